//! The report in English, Chinese, Arabic and Turkish: snapshots of one retailer in
//! each, the same stage whatever the language, and tables that line up.

use assert_cmd::Command;
use unicode_width::UnicodeWidthStr;

const STAGE_3: &str = "questions/examples/stage-3-homeware-store.yaml";

fn report(args: &[&str]) -> String {
    let out = Command::cargo_bin("maturity")
        .unwrap()
        .env_remove("COLUMNS")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_report_in_each_language() {
    for lang in ["en", "zh", "ar", "tr"] {
        let text = report(&["score", STAGE_3, "--lang", lang]);
        insta::assert_snapshot!(format!("stage_3_report_{lang}"), text);
    }
}

/// What sits above the dimensions, where a retailer reads the verdict: the stage,
/// what is unknown, what holds it back, and answers to check, in every language.
#[test]
fn the_verdict_lines_of_uncertain_held_back_and_conflicting_answers_in_each_language() {
    let held = tempfile_with(STAGE_4_PLATEAUED);
    let conflicting = tempfile_with(CONFLICTING);
    let files = [
        (
            "unsure",
            "questions/examples/stage-1-bookshop-mostly-unsure.yaml",
        ),
        ("held", held.path().to_str().unwrap()),
        ("conflict", conflicting.path().to_str().unwrap()),
    ];
    for (name, file) in files {
        for lang in ["en", "zh", "ar", "tr"] {
            let text = report(&["score", file, "--lang", lang]);
            let verdict: Vec<&str> = text
                .lines()
                .take_while(|l| !l.contains('┌') && !l.contains('█'))
                .collect();
            insta::assert_snapshot!(format!("verdict_{name}_{lang}"), verdict.join("\n"));
        }
    }
}

/// The Stage 4 example, given no email list: a mark of Stage 2 goes missing.
const STAGE_4_PLATEAUED: &str = "questions/examples/stage-4-kitchenware-plateaued-list.yaml";

/// A store that says it has no tools beyond the store yet coordinates every campaign.
const CONFLICTING: &str = "questions/examples/stage-3-homeware-store.yaml";

/// A copy of `file` with the answers each snapshot is about.
fn tempfile_with(file: &str) -> tempfile::NamedTempFile {
    let mut doc: serde_yaml::Mapping =
        serde_yaml::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let answers = doc.get_mut("answers").unwrap().as_mapping_mut().unwrap();
    let changes: &[(&str, &str)] = match file {
        STAGE_4_PLATEAUED => &[("email.list-growth", "no-list")],
        _ => &[
            ("tools.stack", "store-only"),
            ("omnichannel.campaign-coordination", "coordinated"),
        ],
    };
    for (question, answer) in changes {
        answers.insert((*question).into(), (*answer).into());
    }
    let mut f = tempfile::Builder::new().suffix(".yaml").tempfile().unwrap();
    std::io::Write::write_all(&mut f, serde_yaml::to_string(&doc).unwrap().as_bytes()).unwrap();
    f
}

#[test]
fn a_file_scores_the_same_stage_in_every_language_with_the_seed_names() {
    for (lang, name) in [
        ("en", "Full-Fledged Marketer"),
        ("zh", "成熟的营销人员"),
        ("ar", "المسوق الكامل"),
        ("tr", "Tam Kapsamlı Pazarlamacı"),
    ] {
        let text = report(&["score", STAGE_3, "--lang", lang]);
        let first = text.lines().next().unwrap();
        assert!(
            first.contains(name) && first.contains('3'),
            "{lang}: {first}"
        );
        let json = report(&["score", STAGE_3, "--lang", lang, "--format", "json"]);
        let json: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(json["stage"]["number"], 3);
        assert_eq!(json["stage"]["name"][lang], name);
    }
}

#[test]
fn the_language_comes_from_the_environment_when_not_given() {
    let out = Command::cargo_bin("maturity")
        .unwrap()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "tr_TR.UTF-8")
        .args(["score", STAGE_3])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("Tam Kapsamlı Pazarlamacı"));
    let out = Command::cargo_bin("maturity")
        .unwrap()
        .env("LC_ALL", "zh_CN.UTF-8")
        .env("LANG", "tr_TR.UTF-8")
        .args(["score", "no-such-file.yaml"])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!err.is_ascii(), "the error is in Chinese: {err}");
    assert!(err.contains("no-such-file.yaml"));
}

/// Box-drawn table rows must all be as wide on screen as the border above them.
fn assert_table_lines_up(text: &str) {
    let rows: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with(['┌', '│', '╞', '└']))
        .collect();
    assert!(rows.len() > 10, "no table found:\n{text}");
    let width = rows[0].width();
    for row in &rows {
        assert_eq!(
            row.width(),
            width,
            "misaligned row:\n{row}\nin:\n{}",
            rows.join("\n")
        );
    }
}

#[test]
fn chinese_tables_line_up_by_display_width() {
    let text = report(&["score", STAGE_3, "--lang", "zh"]);
    assert!(text.contains("成熟的营销人员"));
    assert_table_lines_up(&text);
    let wide = Command::cargo_bin("maturity")
        .unwrap()
        .env("COLUMNS", "120")
        .args(["questions", "--lang", "zh"])
        .output()
        .unwrap();
    assert_table_lines_up(&String::from_utf8(wide.stdout).unwrap());
}

#[test]
fn arabic_reports_list_the_dimensions_instead_of_drawing_a_table() {
    let text = report(&["score", STAGE_3, "--lang", "ar"]);
    assert!(text.contains("المسوق الكامل"));
    assert!(!text.contains('┌'), "no box table in Arabic:\n{text}");
    // Each dimension line starts with its fixed-width bar and level.
    let bars: Vec<&str> = text
        .lines()
        .filter(|l| l.trim_start().starts_with(['█', '░']))
        .collect();
    assert_eq!(bars.len(), 12);
    let prefix = |l: &str| {
        l.chars()
            .take_while(|c| !c.is_alphabetic() || c.is_ascii())
            .count()
    };
    assert!(
        bars.iter().all(|l| prefix(l) == prefix(bars[0])),
        "{bars:#?}"
    );
}
