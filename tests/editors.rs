//! What an editor, `man` and a shell get from the definitions: an answers schema that
//! knows every question and option of the bank, one manual page per command, and
//! completion scripts that offer each option's values. Also the outputs a person
//! reads in a terminal: the questions with what each option says, and batch tables
//! that fit the width.

mod common;

use common::{examples, maturity, stdout_of, temp_file};
use predicates::prelude::*;
use serde_json::{json, Value};
use unicode_width::UnicodeWidthStr;

fn answers_schema() -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(&stdout_of(maturity().args(["schema", "answers"]))).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn answers(entries: Value) -> Value {
    json!({"bank": "ecommerce-marketing-maturity", "bank-version": "2.0.0", "answers": entries})
}

#[test]
fn every_example_is_valid_against_the_answers_schema() {
    let schema = answers_schema();
    for path in examples() {
        let doc: Value = serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let errors: Vec<String> = schema.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
    let template: Value = serde_yaml::from_str(&stdout_of(maturity().arg("init"))).unwrap();
    assert!(schema.is_valid(&template), "the file `init` writes");
}

#[test]
fn the_answers_schema_refuses_what_the_reader_refuses() {
    let schema = answers_schema();
    for good in [
        json!({"tools.stack": "central"}),
        json!({"tools.stack": "unsure"}),
        json!({"tools.stack": "skipped"}),
        json!({"tools.stack": {"choice": "central", "note": "n", "evidence": "https://e"}}),
        json!({"email.triggered-flows": ["welcome", "abandoned-cart"]}),
        json!({"email.triggered-flows": "welcome"}),
    ] {
        assert!(schema.is_valid(&answers(good.clone())), "{good}");
    }
    for bad in [
        json!({"tools.stack": "centrl"}),
        json!({"tools.stack": ["central"]}),
        json!({"tools.stack": {"choice": "nope"}}),
        json!({"tools.stack": {"choice": "central", "remark": "x"}}),
        json!({"tools.stak": "central"}),
        json!({"email.triggered-flows": ["welcome", "unsure"]}),
        json!({"email.triggered-flows": []}),
    ] {
        assert!(!schema.is_valid(&answers(bad.clone())), "{bad}");
        // The reader refuses it too.
        let f = temp_file(&serde_json::to_string(&answers(bad.clone())).unwrap());
        maturity().arg("score").arg(f.path()).assert().code(2);
    }
    let other_bank = json!({"bank": "other", "bank-version": "1", "answers": {}});
    assert!(!schema.is_valid(&other_bank));
}

#[test]
fn the_answers_schema_describes_each_question_in_the_chosen_language() {
    let schema: Value = serde_json::from_str(&stdout_of(
        maturity().args(["schema", "answers", "--lang", "tr"]),
    ))
    .unwrap();
    let question = &schema["properties"]["answers"]["properties"]["goals.goal-setting"];
    let text = question["description"].as_str().unwrap();
    assert!(text.contains("Satış ve büyüme hedeflerinizi"), "{text}");
    assert!(text.contains("- gut-feel: "), "{text}");
}

#[test]
fn man_output_writes_a_page_for_every_command_with_every_option() {
    let dir = tempfile::tempdir().unwrap();
    maturity()
        .args(["man", "--output"])
        .arg(dir.path())
        .assert()
        .success();
    let page = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
    let commands = [
        "assess",
        "score",
        "explain",
        "plan",
        "compare",
        "questions",
        "validate",
        "completions",
        "man",
        "schema",
        "init",
        "example",
    ];
    for command in commands {
        let text = page(&format!("maturity-{command}.1"));
        assert!(text.contains(".TH maturity-"), "{command}");
        assert!(text.contains("\\-\\-lang"), "{command}: global options");
    }
    let score = page("maturity-score.1");
    for option in [
        "\\-\\-min\\-stage",
        "\\-\\-cohort",
        "\\-\\-jsonl",
        "\\-\\-output",
        "\\-\\-all",
    ] {
        assert!(score.contains(option), "{option}");
    }
    // Every page another page refers to exists.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for (i, _) in text.match_indices("maturity\\-") {
            let name: String = text[i..]
                .replace("\\-", "-")
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '-')
                .collect();
            if text[i..].replace("\\-", "-")[name.len()..].starts_with("(1)") {
                assert!(dir.path().join(format!("{name}.1")).exists(), "{name}(1)");
            }
        }
    }
    let main = stdout_of(maturity().arg("man"));
    assert_eq!(main, page("maturity.1"));
}

#[test]
fn completions_offer_the_values_of_lang_format_target_and_min_stage() {
    let bash = stdout_of(maturity().args(["completions", "bash"]));
    for values in [
        "en zh ar tr",
        "table json yaml markdown html csv jsonl",
        "1 2 3 4",
    ] {
        assert!(bash.contains(values), "bash: {values}");
    }
    let lang = bash.find("--lang)").expect("a case for --lang");
    let case = &bash[lang..lang + bash[lang..].find(";;").unwrap()];
    assert!(
        case.contains("en zh ar tr") && !case.contains("compgen -f"),
        "{case}"
    );
    let fish = stdout_of(maturity().args(["completions", "fish"]));
    for (option, first, last) in [
        ("lang", "en", "tr"),
        ("min-stage", "1", "4"),
        ("target", "1", "4"),
    ] {
        let line = fish
            .split("\ncomplete ")
            .find(|l| l.contains(&format!(" -l {option} ")))
            .unwrap_or_else(|| panic!("fish: no --{option}"));
        assert!(
            line.contains(&format!("-f -a \"{first}\\t")) && line.contains(&format!("\n{last}\\t")),
            "fish: {line}"
        );
    }
    let zsh = stdout_of(maturity().args(["completions", "zsh"]));
    assert!(
        zsh.contains("--lang=[") && zsh.contains("(en zh ar tr)"),
        "zsh"
    );
    assert!(
        zsh.contains("--min-stage=[") && zsh.contains("(1 2 3 4)"),
        "zsh"
    );
}

#[test]
fn questions_show_what_each_option_says_wrapped_to_the_width() {
    let wide = stdout_of(maturity().arg("questions"));
    assert!(wide.contains("none (1): We don't set targets;"), "{wide}");
    for (lang, says) in [
        ("zh", "我们不设目标"),
        ("tr", "Hedef belirlemiyoruz"),
        ("ar", "لا نحدد أهدافًا"),
    ] {
        let out = stdout_of(maturity().args(["questions", "--lang", lang]));
        assert!(out.contains(says), "{lang}");
    }
    for columns in ["60", "40"] {
        let out = stdout_of(maturity().arg("questions").env("COLUMNS", columns));
        let width: usize = columns.parse().unwrap();
        for line in out.lines().skip(1) {
            assert!(line.width() <= width, "{columns}: {line}");
        }
        assert!(out.contains("\ngoals.goal-setting "), "ids stay whole");
    }
}

#[test]
fn a_batch_table_fits_the_terminal_and_names_the_dimensions_in_full() {
    for columns in [40usize, 60, 80, 100, 150] {
        let out = stdout_of(
            maturity()
                .args(["score", "questions/examples"])
                .env("COLUMNS", columns.to_string()),
        );
        for line in out.lines() {
            assert!(line.width() <= columns, "{columns}: {line}");
        }
        let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
        for name in [
            "Goals and KPIs",
            "Omnichannel and customer journey",
            "Testing and optimisation",
        ] {
            assert!(flat.contains(name), "{columns}: {name} in\n{out}");
        }
    }
}

#[test]
fn a_batch_says_its_closing_error_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "questions/examples/stage-2-candle-studio.yaml",
        dir.path().join("a.yaml"),
    )
    .unwrap();
    std::fs::write(dir.path().join("b.yaml"), "bank: nope\n").unwrap();
    let out = maturity().arg("score").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let both =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(both.matches("could not be scored").count(), 1, "{both}");
}

#[test]
fn min_stage_in_a_batch_names_every_retailer_below_it() {
    let out = maturity()
        .args(["score", "questions/examples", "--min-stage", "3"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("10 retailers of 18 are below Stage 3:"),
        "{err}"
    );
    assert!(err.contains("  Leaf & Kettle Loose Tea: Stage 1"), "{err}");
    assert!(
        err.contains("  Wick & Ember Candle Studio: Stage 2"),
        "{err}"
    );
    assert!(!err.contains("Cedar & Clay"), "{err}");
    assert!(
        err.contains("Stage 1 is below the required Stage 3."),
        "{err}"
    );
    maturity()
        .args(["score", "questions/examples", "--min-stage", "5"])
        .assert()
        .code(2);
    maturity()
        .args(["score", "questions/examples", "--min-stage", "1"])
        .assert()
        .success()
        .stderr(predicate::str::contains("below").not());
}
