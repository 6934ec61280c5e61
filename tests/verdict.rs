//! The verdict a retailer can trust, as the real binary shows it: proportionate to the
//! answers, honest about what is unknown (said right under the stage line, in every
//! language and format), and naming answers that cannot both be true.

mod common;

use common::{maturity, temp_file};
use maturity::bank::Bank;
use serde_json::Value;

const STAGE_4: &str = "questions/examples/stage-4-outdoor-gear-retailer.yaml";

/// `file` with the answer to `question` replaced by `answer`.
fn with_answer(file: &str, question: &str, answer: &str) -> tempfile::NamedTempFile {
    let mut doc: serde_yaml::Mapping =
        serde_yaml::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let answers = doc.get_mut("answers").unwrap().as_mapping_mut().unwrap();
    answers.insert(question.into(), answer.into());
    temp_file(&serde_yaml::to_string(&doc).unwrap())
}

fn stdout(args: &[&str], file: &std::path::Path) -> String {
    // Wide enough that a sentence is one line.
    common::stdout_of(maturity().env("COLUMNS", "400").args(args).arg(file))
}

fn json(file: &std::path::Path) -> Value {
    serde_json::from_str(&stdout(&["score", "--format", "json"], file)).unwrap()
}

/// One "don't know" on a mark of Stage 3 costs a Stage 4 retailer one stage, not two,
/// and the report says, right under the stage line, which answer could change it.
#[test]
fn one_unsure_answer_costs_at_most_one_stage_and_is_named_under_the_stage() {
    let f = with_answer(STAGE_4, "goals.goal-setting", "unsure");
    let report = json(f.path());
    assert_eq!(report["stage"]["number"], 3);
    let c = &report["confidence"];
    assert_eq!(c["provisional"], true);
    assert_eq!(c["could_reach"], 4);
    assert_eq!(c["deciding"], serde_json::json!(["goals.goal-setting"]));
    let expected = [
        (
            "en",
            "Provisional:",
            "Answering [goals.goal-setting] could change this stage (up to Stage 4",
        ),
        ("zh", "暂定：", "回答 [goals.goal-setting] 可能改变这一阶段"),
        (
            "ar",
            "نتيجة مؤقتة:",
            "الإجابة عن [goals.goal-setting] قد تغيّر هذه المرحلة",
        ),
        (
            "tr",
            "Geçici:",
            "[goals.goal-setting] sorusunu yanıtlamak bu aşamayı değiştirebilir",
        ),
    ];
    for (lang, provisional, could) in expected {
        let text = stdout(&["--lang", lang, "score"], f.path());
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].contains('3'), "{lang}: {}", lines[0]);
        assert!(
            lines[1].trim_start().starts_with(provisional),
            "{lang}: {}",
            lines[1]
        );
        // The sentence may wrap: compared without white space, it follows at once.
        let squeezed = |s: &str| s.split_whitespace().collect::<String>();
        let paragraph = squeezed(&lines[1..4].join(" "));
        assert!(paragraph.contains(&squeezed(could)), "{lang}: {paragraph}");
        let markdown = stdout(&["--lang", lang, "score", "--format", "markdown"], f.path());
        let under_title = markdown.lines().nth(2).unwrap();
        assert!(
            under_title.starts_with(&format!("**{provisional}")),
            "{lang}: {under_title}"
        );
        let html = stdout(&["--lang", lang, "score", "--format", "html"], f.path());
        let after_h1 = &html[html.find("</h1>").unwrap()..];
        assert!(
            after_h1
                .trim_start_matches("</h1>\n")
                .starts_with("<p class=\"note confidence\">"),
            "{lang}"
        );
        assert!(after_h1.contains(provisional), "{lang}");
    }
}

/// A file of "don't know" is not given a confident verdict.
#[test]
fn a_file_with_almost_nothing_answered_is_provisional() {
    let questions = Bank::embedded().unwrap().questions.len();
    let f = temp_file(&format!(
        "bank: ecommerce-marketing-maturity\nbank-version: \"{}\"\nanswers:\n  tools.stack: store-only\n",
        Bank::embedded().unwrap().meta.version
    ));
    let text = stdout(&["score"], f.path());
    let second = text.lines().nth(1).unwrap();
    assert!(
        second.contains(&format!(
            "Provisional: 1 of {questions} questions answered."
        )),
        "{second}"
    );
    let c = &json(f.path())["confidence"];
    assert_eq!(c["provisional"], true);
}

/// Answers that cannot both be true are named, for the retailer to check, and the
/// verdict is left as the rule gives it.
#[test]
fn answers_that_cannot_both_be_true_are_named_for_the_retailer_to_check() {
    let f = temp_file(
        "bank: small-test-bank\nbank-version: \"0.1.0\"\nanswers:\n  reach.email: none\n  care.loyalty: \"yes\"\n",
    );
    let args = ["--bank", "tests/fixtures/small-bank.yaml", "score"];
    let text = stdout(&args, f.path());
    let at = text
        .find("Answers to check")
        .expect("a section for conflicts");
    let section = &text[at..];
    assert!(
        section.contains("A loyalty programme with no email list"),
        "{text}"
    );
    assert!(
        section.contains("[reach.email]: you answered “No” (Stage 1)"),
        "{text}"
    );
    assert!(
        section.contains("[care.loyalty]: you answered “Yes” (Stage 3)"),
        "{text}"
    );
    let out = maturity()
        .args(args)
        .args(["--format", "json"])
        .arg(f.path())
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["conflicts"][0]["id"], "loyalty-without-list");
    assert_eq!(report["conflicts"][0]["answers"][1]["level"], 3);
    // Without the contradiction there is nothing to check.
    let calm = temp_file(
        "bank: small-test-bank\nbank-version: \"0.1.0\"\nanswers:\n  reach.email: some\n  care.loyalty: \"yes\"\n",
    );
    assert!(!stdout(&args, calm.path()).contains("Answers to check"));
}

/// Every gate says its kind, and the placement its two readings.
#[test]
fn json_says_each_gates_kind_and_how_the_stage_was_placed() {
    let report = json(std::path::Path::new(STAGE_4));
    let kinds: Vec<&str> = report["gates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["kind"].as_str().unwrap())
        .collect();
    for kind in ["transition", "mark", "breadth"] {
        assert!(kinds.contains(&kind), "{kinds:?}");
    }
    assert_eq!(report["placement"]["strict"], 4);
    assert_eq!(report["placement"]["rest"], 4);
    assert_eq!(report["confidence"]["could_reach"], 4);
}

/// Batch rows carry the same flag as the single report.
#[test]
fn batch_rows_say_which_stages_are_provisional() {
    let f = with_answer(STAGE_4, "goals.goal-setting", "unsure");
    let out = maturity()
        .args(["score", "--format", "jsonl", STAGE_4])
        .arg(f.path())
        .output()
        .unwrap();
    let rows: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (rows[0]["stage"].clone(), rows[0]["provisional"].clone()),
        (4.into(), false.into())
    );
    assert_eq!(
        (rows[1]["stage"].clone(), rows[1]["provisional"].clone()),
        (3.into(), true.into())
    );
    let table = maturity()
        .args(["score", STAGE_4])
        .arg(f.path())
        .output()
        .unwrap();
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.contains("    3?"), "{text}");
    assert!(text.contains("? provisional: one stage rests"), "{text}");
}

/// Every shipped example, every question, every other answer it could have: none
/// moves the stage by more than one, except an answer that decides a transition.
#[test]
fn no_single_answer_moves_an_example_by_more_than_one_stage_unless_it_is_a_transition() {
    use maturity::answers::{Answer, Choice};
    use maturity::Answers;
    let bank = Bank::embedded().unwrap();
    let (mut changes, mut transitions) = (0, 0);
    for file in common::examples() {
        let src = std::fs::read_to_string(&file).unwrap();
        let a = Answers::from_yaml(&src, &file.display().to_string(), &bank).unwrap();
        let stage = maturity::engine::verdict(&bank, &a).stage;
        for (i, q) in bank.questions.iter().enumerate() {
            let mut others: Vec<Option<Choice>> = vec![None, Some(Choice::One("unsure".into()))];
            others.extend(q.options.iter().map(|o| {
                Some(match q.kind {
                    maturity::bank::QuestionKind::Multi => Choice::Many(vec![o.id.clone()]),
                    _ => Choice::One(o.id.clone()),
                })
            }));
            for choice in others {
                let mut changed = a.clone();
                match &choice {
                    Some(c) => {
                        let answer = Answer::plain(c.clone());
                        changed.answers.insert(q.id.clone(), answer);
                    }
                    None => {
                        changed.answers.remove(&q.id);
                    }
                }
                let moved = maturity::engine::verdict(&bank, &changed).stage;
                changes += 1;
                if bank.ladder().is_transition(i) {
                    transitions += usize::from(moved.abs_diff(stage) > 1);
                    continue;
                }
                assert!(
                    moved.abs_diff(stage) <= 1,
                    "{}: {} to {choice:?} moves Stage {stage} to Stage {moved}",
                    file.display(),
                    q.id
                );
            }
        }
    }
    assert!(changes > 1000, "{changes} changes tried");
    eprintln!("{changes} single-answer changes; {transitions} moved by a transition alone");
}
