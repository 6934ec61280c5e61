//! The shareable reports: HTML that loads nothing, Markdown without raw HTML, YAML
//! that reads back, and `-o` writing a file in one step. The HTML in a browser is in
//! `report_pages.rs`.

mod common;

use common::maturity;

#[test]
fn html_is_self_contained_and_right_to_left_in_arabic() {
    let out = maturity()
        .args([
            "score",
            "questions/examples/stage-3-homeware-store.yaml",
            "-f",
            "html",
            "--lang",
            "ar",
        ])
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("المسوق الكامل"));
    for external in ["src=\"http", "href=\"http", "<script", "@import", "url("] {
        assert!(
            !html.contains(external),
            "the page loads something: {external}"
        );
    }
    assert!(html.contains("@media print"));
}

#[test]
fn markdown_has_headings_a_table_and_no_raw_html() {
    let out = maturity()
        .args([
            "score",
            "questions/examples/stage-2-candle-studio.yaml",
            "-f",
            "markdown",
        ])
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# Stage 2 of 4: Up-and-Coming Marketer\n"));
    assert!(md.contains("\n## Dimensions\n"));
    assert!(md.contains("\n|---|---:|---|---:|\n"));
    // Each step is headed by its action, its goal under it.
    let at = md.find("\n### 1. ").expect("a numbered step heading");
    assert!(
        md[at..].lines().nth(3).unwrap().starts_with("- Goal: "),
        "{md}"
    );
    let unescaped_tag = md.as_bytes().windows(2).enumerate().any(|(i, w)| {
        w[0] == b'<' && (i == 0 || md.as_bytes()[i - 1] != b'\\') && w[1].is_ascii_alphabetic()
    });
    assert!(!unescaped_tag, "raw HTML in the Markdown");
    let rows = md
        .lines()
        .filter(|l| l.starts_with("| ") && l.ends_with(" |"))
        .count();
    assert_eq!(rows, 13, "a header row and one per dimension");
}

#[test]
fn yaml_reads_back_with_the_same_verdict() {
    let out = maturity()
        .args([
            "score",
            "questions/examples/stage-4-outdoor-gear-retailer.yaml",
            "-f",
            "yaml",
        ])
        .output()
        .unwrap();
    let doc: serde_yaml::Mapping = serde_yaml::from_slice(&out.stdout).unwrap();
    let stage = doc
        .get("stage")
        .and_then(|s| s.get("number"))
        .and_then(|n| n.as_u64());
    assert_eq!(stage, Some(4));
}

#[test]
fn output_goes_to_a_file_in_one_step_and_nothing_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.md");
    std::fs::write(&path, "old content").unwrap();
    let out = maturity()
        .args([
            "score",
            "questions/examples/stage-1-tea-shop-without-tools.yaml",
            "-f",
            "markdown",
            "-o",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .starts_with("# Stage 1 of 4"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left behind"
    );
    let bad = maturity()
        .args([
            "score",
            "questions/examples/stage-1-tea-shop-without-tools.yaml",
            "-o",
            "/no/such/dir/r.md",
        ])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8(bad.stderr)
        .unwrap()
        .contains("cannot write /no/such/dir/r.md"));
}
