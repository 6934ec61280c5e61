//! The HTML report in a real browser (headless Chromium): on a wide screen and a
//! phone in every language, without sideways scrolling, with readable chart labels and
//! enough contrast; and printed, starting on page 1 with no near-empty last page.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use common::{examples, maturity, stdout_of};
use serde_json::Value;

/// Headless Chromium, which `.ci/run` installs. Outside CI a machine without it
/// skips the browser checks, saying so.
fn chromium() -> Option<&'static str> {
    let found = Process::new("chromium")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    match (found, std::env::var_os("CI").is_some()) {
        (true, _) => Some("chromium"),
        (false, true) => panic!("chromium is not installed; .ci/run installs it"),
        (false, false) => {
            eprintln!("chromium not found: browser checks skipped (CI installs it)");
            None
        }
    }
}

fn headless(browser: &str, profile: &Path, args: &[&str]) -> std::process::Output {
    Process::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .output()
        .unwrap()
}

/// The widths a report is read at: a laptop, and a phone.
const WIDE: u32 = 1280;
const PHONE: u32 = 390;

const LANGUAGES: [&str; 4] = ["en", "zh", "ar", "tr"];

/// The script that measures each report of a page of frames.
const MEASURE: &str = include_str!("browser/measure.js");

fn example(name: &str) -> PathBuf {
    examples()
        .into_iter()
        .find(|f| f.to_string_lossy().contains(name))
        .unwrap()
}

/// The examples the pages are measured with: the one with the most open questions,
/// and a Stage 3 retailer placed among a cohort of every example.
fn reports(lang: &str, dir: &Path) -> Vec<(String, String)> {
    let cohort = dir.join("cohort.jsonl");
    std::fs::write(&cohort, stdout_of(maturity().args(["example", "--jsonl"]))).unwrap();
    let html = |file: PathBuf, extra: &[&str]| {
        let mut cmd = maturity();
        cmd.args(["score", "--format", "html", "--lang", lang])
            .arg(file)
            .args(extra);
        stdout_of(&mut cmd)
    };
    vec![
        (
            "unsure".to_string(),
            html(example("bookshop-mostly-unsure"), &[]),
        ),
        (
            "cohort".to_string(),
            html(
                example("stage-3-homeware"),
                &["--cohort", cohort.to_str().unwrap()],
            ),
        ),
    ]
}

/// Each report in a frame of each width, measured in one browser run: by id
/// (`NAME@WIDTH`), the measurements `tests/browser/measure.js` takes.
fn measured(browser: &str, dir: &Path, pages: &[(String, String)], widths: &[u32]) -> Value {
    let attribute = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;");
    let mut frames = String::new();
    for (name, html) in pages {
        for width in widths {
            frames.push_str(&format!(
                r#"<iframe id="{name}@{width}" scrolling="no" style="width:{width}px;height:900px;border:0" srcdoc="{}"></iframe>"#,
                attribute(html)
            ));
        }
    }
    let page = dir.join("frames.html");
    let script = format!("<script>{MEASURE}</script>");
    std::fs::write(
        &page,
        format!("<!DOCTYPE html><body>{frames}{script}</body>"),
    )
    .unwrap();
    let url = format!("file://{}", page.display());
    let out = headless(browser, &dir.join("profile"), &["--dump-dom", &url]);
    let dom = String::from_utf8_lossy(&out.stdout);
    let start = dom
        .find(r#"<pre id="measured">"#)
        .expect("the page was measured")
        + 19;
    let end = start + dom[start..].find("</pre>").unwrap();
    let json = dom[start..end]
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&");
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"))
}

/// On a laptop and on a phone, in every language: nothing scrolls sideways, every
/// label of the chart is at least 11 px and inside the chart, chart lines have 3:1
/// contrast and text 4.5:1.
#[test]
fn reports_fit_a_laptop_and_a_phone_in_every_language() {
    let Some(browser) = chromium() else { return };
    for lang in LANGUAGES {
        let dir = tempfile::tempdir().unwrap();
        let pages = reports(lang, dir.path());
        let all = measured(browser, dir.path(), &pages, &[WIDE, PHONE]);
        for (id, m) in all.as_object().unwrap() {
            let said = format!("{lang} {id}: {m}");
            eprintln!("{said}");
            let number = |key: &str| m[key].as_f64().unwrap();
            assert!(number("overflow") <= 0.0, "scrolls sideways: {said}");
            assert!(number("label") >= 11.0, "chart labels too small: {said}");
            assert_eq!(m["clipped"], serde_json::json!([]), "labels cut: {said}");
            assert!(number("lines") >= 3.0, "chart lines too faint: {said}");
            assert!(number("text") >= 4.5, "text too faint: {said}");
        }
    }
}

/// The numbers of a PDF's objects, with the text of each one's dictionary.
fn objects(pdf: &[u8]) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(pdf);
    let mut found = Vec::new();
    for (at, _) in text.match_indices(" 0 obj") {
        let number: String = text[..at]
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect();
        let body = &text[at + 6..];
        let end = ["stream", "endobj"]
            .iter()
            .filter_map(|w| body.find(w))
            .min()
            .unwrap_or(body.len());
        found.push((number.chars().rev().collect(), body[..end].to_string()));
    }
    found
}

/// How many pieces of tagged content (headings, paragraphs, list items, cells) each
/// page of a PDF printed by Chromium holds, in page order.
fn content_per_page(pdf: &[u8]) -> Vec<usize> {
    let objects = objects(pdf);
    let kids = |dict: &str| -> Vec<String> {
        let Some(at) = dict.find("/Kids [") else {
            return Vec::new();
        };
        let list = &dict[at + 7..at + dict[at..].find(']').unwrap()];
        let words: Vec<&str> = list.split_whitespace().collect();
        words.chunks(3).map(|w| w[0].to_string()).collect()
    };
    let get = |n: &str| {
        objects
            .iter()
            .find(|(m, _)| m == n)
            .map(|(_, d)| d.as_str())
    };
    let root = objects
        .iter()
        .find(|(_, d)| d.contains("/Type /Pages") && !d.contains("/Parent"))
        .expect("a page tree");
    let mut pages = Vec::new();
    let mut todo = kids(&root.1);
    todo.reverse();
    while let Some(n) = todo.pop() {
        let dict = get(&n).unwrap_or_default();
        if dict.contains("/Type /Pages") {
            todo.extend(kids(dict).into_iter().rev());
        } else {
            pages.push(n);
        }
    }
    let tagged: Vec<&str> = objects
        .iter()
        .filter(|(_, d)| d.contains("/Type /StructElem"))
        .filter_map(|(_, d)| d.split("/Pg ").nth(1)?.split_whitespace().next())
        .collect();
    assert!(!tagged.is_empty(), "Chromium tags the PDFs it prints");
    let count = |p: &String| tagged.iter().filter(|t| **t == p.as_str()).count();
    pages.iter().map(count).collect()
}

/// Printed in every language, a report starts on page 1 (the summary, the chart and
/// the table together, not the title alone), takes at most five A4 pages, and its
/// last page is not a line or two left over.
#[test]
fn printed_reports_start_on_page_one_and_leave_no_page_nearly_empty() {
    let Some(browser) = chromium() else { return };
    for lang in LANGUAGES {
        let dir = tempfile::tempdir().unwrap();
        for (name, html) in reports(lang, dir.path()) {
            assert!(html.contains("counter(page)"), "pages are numbered");
            let file = dir.path().join(format!("{name}.html"));
            std::fs::write(&file, &html).unwrap();
            let pdf = dir.path().join(format!("{name}.pdf"));
            let url = format!("file://{}", file.display());
            let print = format!("--print-to-pdf={}", pdf.display());
            let args = ["--no-pdf-header-footer", &print, &url];
            headless(browser, &dir.path().join("profile"), &args);
            let bytes = std::fs::read(&pdf).unwrap();
            let pages = bytes.windows(11).filter(|w| w == b"/Type /Page").count()
                - bytes.windows(12).filter(|w| w == b"/Type /Pages").count();
            let content = content_per_page(&bytes);
            eprintln!("{lang} {name}: {pages} pages, tagged content per page {content:?}");
            assert_eq!(content.len(), pages);
            assert!((2..=5).contains(&pages), "{lang} {name}: {pages} pages");
            assert!(content[0] >= 40, "{lang} {name}: page 1 holds {content:?}");
            let last = content[pages - 1];
            assert!(last >= 3, "{lang} {name}: the last page holds {content:?}");
        }
    }
}

/// Every shipped example, in one browser run: each page shows its stage, the table
/// of the twelve dimensions and the radar chart.
#[test]
fn every_example_renders_in_a_browser_with_its_chart() {
    let Some(browser) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let mut pages = Vec::new();
    let mut stages = Vec::new();
    for (i, file) in examples().into_iter().enumerate() {
        let json = stdout_of(maturity().arg("score").arg(&file).args(["-f", "json"]));
        let json: Value = serde_json::from_str(&json).unwrap();
        stages.push(json["stage"]["name"]["en"].as_str().unwrap().to_string());
        let html = stdout_of(maturity().arg("score").arg(&file).args(["-f", "html"]));
        pages.push((format!("example{i}"), html));
    }
    let all = measured(browser, dir.path(), &pages, &[WIDE]);
    for (i, stage) in stages.iter().enumerate() {
        let m = &all[format!("example{i}@{WIDE}")];
        assert!(m["title"].as_str().unwrap().contains(stage.as_str()), "{m}");
        assert_eq!(m["rows"], 12, "{m}");
        assert!(
            m["polygons"].as_u64().unwrap() > 4,
            "the chart is drawn: {m}"
        );
    }
}
