//! One content in every format: what the JSON holds, the HTML and Markdown reports
//! show, in words a store owner reads (no internal ids), with nothing a retailer
//! wrote read as markup or reordering the page; options that cannot apply refused.

mod common;

use std::collections::HashMap;
use std::path::Path;

use common::{examples, maturity, stdout_of};
use serde_json::Value;

/// A batch writes rows to standard output: `-o`, `--cohort` and `--all` mean
/// nothing there, so they are refused with a reason instead of being ignored.
#[test]
fn options_for_one_report_are_refused_for_a_batch() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rows.txt");
    let cohort = dir.path().join("cohort.jsonl");
    std::fs::write(&cohort, "{}\n").unwrap();
    let files = examples();
    let refused: [(&[&str], &str); 3] = [
        (
            &["-o", out.to_str().unwrap()],
            "-o writes one retailer's report",
        ),
        (
            &["--cohort", cohort.to_str().unwrap()],
            "--cohort places one retailer",
        ),
        (
            &["--all"],
            "--all shows every gap and next step of one retailer",
        ),
    ];
    for (args, why) in refused {
        for batch in [&files[..2], &files[..1]] {
            let mut cmd = maturity();
            cmd.arg("score").args(batch).args(args);
            if batch.len() == 1 {
                cmd.args(["--format", "csv"]);
            }
            let run = cmd.output().unwrap();
            assert_eq!(run.status.code(), Some(2), "{args:?}");
            let said = String::from_utf8_lossy(&run.stderr);
            assert!(said.contains(why), "{args:?}: {said}");
            assert!(run.stdout.is_empty(), "{args:?}: rows were written");
        }
    }
    assert!(!out.exists(), "-o wrote a file");
}

/// A score in one format, with extra arguments.
fn score(file: &Path, format: &str, extra: &[&str]) -> String {
    stdout_of(
        maturity()
            .arg("score")
            .arg(file)
            .args(["--format", format])
            .args(extra),
    )
}

/// Text as the HTML report writes it.
fn html_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Text as the Markdown report writes it.
fn markdown_text(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "\\`*_[]<>|#~$&".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The English of a text object of the JSON.
fn en(v: &Value) -> &str {
    v["en"]
        .as_str()
        .unwrap_or_else(|| panic!("no English text in {v}"))
}

/// Every question's English text, by id.
fn question_texts() -> HashMap<String, String> {
    let listing: Value = serde_json::from_str(&stdout_of(maturity().args([
        "questions",
        "--format",
        "json",
    ])))
    .unwrap();
    let questions = listing["questions"].as_array().unwrap();
    let text = |q: &Value| {
        (
            q["id"].as_str().unwrap().to_string(),
            en(&q["text"]).to_string(),
        )
    };
    questions.iter().map(text).collect()
}

/// The answers of every example as JSON Lines: a cohort of 18.
fn cohort_file() -> tempfile::NamedTempFile {
    let lines = stdout_of(maturity().args(["example", "--jsonl"]));
    let mut f = tempfile::Builder::new()
        .suffix(".jsonl")
        .tempfile()
        .unwrap();
    std::io::Write::write_all(&mut f, lines.as_bytes()).unwrap();
    f
}

/// What the JSON of a report holds that a person must also read in the HTML and the
/// Markdown, as the English texts each shows.
fn expected_texts(json: &Value, questions: &HashMap<String, String>) -> Vec<(String, String)> {
    let mut expected: Vec<(String, String)> = Vec::new();
    let mut see = |section: &str, text: &str| expected.push((section.into(), text.into()));
    see("stage", en(&json["stage"]["name"]));
    for rung in json["ladder"].as_array().unwrap() {
        see("ladder", en(&rung["name"]));
    }
    let confidence = &json["confidence"];
    if confidence["provisional"] == true {
        see("confidence", "Provisional:");
    }
    for q in confidence["deciding"].as_array().unwrap() {
        see("confidence", &questions[q.as_str().unwrap()]);
    }
    for c in json["conflicts"].as_array().unwrap() {
        see("conflicts", en(&c["text"]));
    }
    for d in json["dimensions"].as_array().unwrap() {
        see("dimensions", en(&d["name"]));
    }
    for g in json["gaps"].as_array().unwrap() {
        if g["kind"] == "gate" {
            see("gaps", en(&g["title"]));
        }
    }
    for s in json["next_steps"].as_array().unwrap() {
        if s["in_top_five"] == true {
            see("next_steps", en(&s["title"]));
            if let Some(why) = s.get("why_first") {
                see("situations", en(why));
            }
        }
    }
    let c = &json["completeness"];
    let count = format!("{} of", c["answered"]);
    see("completeness", &count);
    for kind in ["unsure", "missing", "skipped"] {
        for q in c[kind].as_array().unwrap() {
            see("completeness", &questions[q.as_str().unwrap()]);
        }
    }
    if let Some(cohort) = json.get("cohort") {
        let ahead = format!("ahead of {}%", cohort["stage_percentile"]);
        see("cohort", &ahead);
    }
    expected
}

/// For every example, alone and among a cohort of all of them, each section the JSON
/// holds is in the HTML and the Markdown: the ladder, how sure the verdict is, the
/// answers to check, the dimensions, the failed gates, the top five steps (and only
/// those), the open questions, the cohort standing.
#[test]
fn every_section_of_the_json_is_in_the_html_and_the_markdown() {
    let questions = question_texts();
    let cohort = cohort_file();
    let with_cohort = ["--cohort", cohort.path().to_str().unwrap()];
    for file in examples() {
        for extra in [&[][..], &with_cohort[..]] {
            let json: Value = serde_json::from_str(&score(&file, "json", extra)).unwrap();
            let html = score(&file, "html", extra);
            let markdown = score(&file, "markdown", extra);
            for (section, text) in expected_texts(&json, &questions) {
                let name = file.display();
                assert!(
                    html.contains(&html_text(&text)),
                    "{name} {extra:?}: {section} in the JSON, not in the HTML: {text}"
                );
                assert!(
                    markdown.contains(&markdown_text(&text)),
                    "{name} {extra:?}: {section} in the JSON, not in the Markdown: {text}"
                );
            }
            for s in json["next_steps"].as_array().unwrap() {
                let title = en(&s["title"]);
                if s["in_top_five"] == false {
                    assert!(
                        !html.contains(&html_text(title)),
                        "{title}: not in the top five"
                    );
                    assert!(!markdown.contains(&markdown_text(title)), "{title}");
                }
            }
        }
    }
}

/// `--all` shows every next step in every report format.
#[test]
fn all_shows_every_step_in_html_and_markdown() {
    let file = &examples()[0];
    let json: Value = serde_json::from_str(&score(file, "json", &[])).unwrap();
    let html = score(file, "html", &["--all"]);
    let markdown = score(file, "markdown", &["--all"]);
    let steps = json["next_steps"].as_array().unwrap();
    assert!(
        steps.iter().any(|s| s["in_top_five"] == false),
        "more than five"
    );
    for s in steps {
        let title = en(&s["title"]);
        assert!(html.contains(&html_text(title)), "{title}");
        assert!(markdown.contains(&markdown_text(title)), "{title}");
    }
}

/// What the HTML shows: its text without tags, comments or attributes.
fn visible(html: &str) -> String {
    let body = &html[html.find("<body>").unwrap()..];
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Store owners read questions, gates and steps by their words: no id of the bank
/// is shown in the HTML or the Markdown (the JSON keeps them).
#[test]
fn store_owners_see_no_internal_ids() {
    let questions = question_texts();
    for file in examples() {
        let json: Value = serde_json::from_str(&score(&file, "json", &[])).unwrap();
        let mut ids: Vec<String> = questions.keys().cloned().collect();
        for list in ["gates", "next_steps"] {
            let items = json[list].as_array().unwrap();
            ids.extend(
                items
                    .iter()
                    .map(|x| format!("[{}]", x["id"].as_str().unwrap())),
            );
        }
        for lang in ["en", "zh", "ar", "tr"] {
            let lang = ["--lang", lang];
            let html = visible(&score(&file, "html", &lang));
            let markdown = score(&file, "markdown", &lang).replace('\\', "");
            for id in &ids {
                assert!(
                    !html.contains(id.as_str()),
                    "{}: {id} in the HTML",
                    file.display()
                );
                assert!(
                    !markdown.contains(id.as_str()),
                    "{}: {id} in the Markdown",
                    file.display()
                );
            }
            assert!(
                json.to_string().contains("goals.goal-setting"),
                "the JSON keeps ids"
            );
        }
    }
}

/// The bidirectional controls that reorder the rest of a line.
const BIDI: [char; 9] = [
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}',
];

/// The stage 3 example, with a retailer name that tries to reverse the line and a
/// note that tries to start a list item and a heading, strike text through and
/// turn addresses into links.
fn hostile_answers() -> tempfile::NamedTempFile {
    let example = std::fs::read_to_string("questions/examples/stage-3-homeware-store.yaml");
    let text = example.unwrap().replace(
        "retailer: Cedar & Clay Homeware",
        r#"retailer: "Cedar \u202Eyalc\u202C Store ~~gone~~""#,
    );
    let note = "note: The winter sale is on one calendar with one message, but email, \
                Instagram ads and the site are each set up and reported on separately.";
    assert!(text.contains(note));
    let hostile = r#"note: "Planned in one sheet.\n- injected item\n# injected heading\n~~struck~~ costs $5, see https://evil.example/x, www.evil.example or me@evil.example <b>bold</b>"
    evidence: https://example.com/our-dashboard"#;
    common::temp_file(&text.replace(note, hostile))
}

/// A retailer's own text is shown as written: it cannot reverse the line around it
/// (no bidirectional control in any format), start a list item or a heading, strike
/// text through or become a link in Markdown, or become markup in HTML, where it is
/// isolated in <bdi> so its direction cannot reorder the page.
#[test]
fn user_text_cannot_inject_markup_or_reorder_a_page() {
    let f = hostile_answers();
    for format in ["table", "json", "markdown", "html"] {
        for lang in ["en", "ar"] {
            let out = score(f.path(), format, &["--lang", lang]);
            let found: Vec<char> = out.chars().filter(|c| BIDI.contains(c)).collect();
            assert!(found.is_empty(), "{format} {lang}: {found:?}");
        }
    }
    let json: Value = serde_json::from_str(&score(f.path(), "json", &[])).unwrap();
    assert_eq!(
        json["retailer"],
        "Cedar \u{202e}yalc\u{202c} Store ~~gone~~"
    );
    let markdown = score(f.path(), "markdown", &[]);
    for line in markdown.lines() {
        let start = line.trim_start();
        assert!(!start.starts_with("- injected"), "{line}");
        assert!(!start.starts_with("# injected"), "{line}");
        if line.contains("evil") || line.contains("Cedar") {
            for bare in ["~~", "://", "www.", "@evil", " $5", "<b>"] {
                assert!(!line.contains(bare), "{bare} left in Markdown: {line}");
            }
        }
    }
    assert!(markdown.contains("injected item \\# injected heading \\~\\~struck\\~\\~"));
    let html = score(f.path(), "html", &["--lang", "ar"]);
    assert!(html.contains("<bdi>Cedar \\u{202e}yalc\\u{202c} Store ~~gone~~</bdi>"));
    assert!(
        html.contains("&lt;b&gt;bold&lt;/b&gt;</bdi>"),
        "the note is escaped and isolated"
    );
    assert!(html.contains("<bdi>https://example.com/our-dashboard</bdi>"));
}

/// Chinese has no italic form, so no report slants text: no italics in the HTML,
/// no single-star emphasis in the Markdown.
#[test]
fn no_report_slants_text() {
    for file in examples().iter().take(4) {
        for lang in ["zh", "en"] {
            let html = score(file, "html", &["--lang", lang]);
            for italic in ["italic", "oblique", "<em", "<i>"] {
                assert!(!html.contains(italic), "{lang}: {italic}");
            }
            let markdown = score(file, "markdown", &["--lang", lang]);
            let stars = markdown.replace("\\*", "").replace("**", "");
            assert!(!stars.contains('*'), "{lang}: emphasis in the Markdown");
        }
    }
}
