//! The real questionnaire in a pseudo-terminal: a full run, going back, Ctrl-C and
//! resume, skip logic, a killed process, and what happens without a terminal.

mod pty;

use maturity::answers::{Answers, Choice};
use maturity::bank::Bank;
use maturity::i18n::{Lang, Messages};
use maturity::msg;
use rexpect::process::{Signal, WaitStatus};

use pty::{
    answer, answer_in, asked, bank, binary, example, opening, opening_in, raw, saved, spawn,
    wait_for_answers, DONT_KNOW, DOWN,
};

/// `target` as the questionnaire saves it: questions it does not ask are `skipped`.
fn as_saved(bank: &Bank, target: &Answers) -> Vec<(String, Choice)> {
    let mut a = target.clone();
    for q in bank.questions.iter().filter(|q| !asked(bank, target, q)) {
        a.answers.get_mut(&q.id).unwrap().choice = Choice::One("skipped".into());
    }
    choices(&a)
}

fn choices(a: &Answers) -> Vec<(String, Choice)> {
    a.answers
        .iter()
        .map(|(k, v)| (k.clone(), v.choice.clone()))
        .collect()
}

#[test]
fn a_full_run_ends_with_the_report_and_the_same_answers_as_the_file() {
    let bank = bank();
    let dir = tempfile::tempdir().unwrap();
    let target = example("stage-3-homeware-store.yaml");
    let mut p = spawn(dir.path(), &["--save", "mine.yaml"]);
    p.exp_string("saved to mine.yaml after every question")
        .unwrap();
    opening(&mut p, "Homeware test");
    for (i, q) in bank.questions.iter().enumerate() {
        if asked(&bank, &target, q) {
            answer(&mut p, &bank, i, &target.answers[&q.id].choice);
        }
    }
    p.exp_string("Stage 3 of 4: Full-Fledged Marketer").unwrap();
    p.exp_string("Score them again with: maturity score mine.yaml")
        .unwrap();
    p.exp_eof().unwrap();
    let mine = saved(&dir.path().join("mine.yaml"));
    assert_eq!(mine.retailer.as_deref(), Some("Homeware test"));
    assert_eq!(choices(&mine), as_saved(&bank, &target));
    let scored = assert_cmd::Command::new(binary())
        .current_dir(dir.path())
        .args(["score", "mine.yaml"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&scored.stdout).starts_with("Stage 3 of 4: Full-Fledged Marketer")
    );
}

#[test]
fn going_back_preselects_the_earlier_answer_and_changes_it() {
    let bank = bank();
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--save", "a.yaml"]);
    opening(&mut p, "");
    let q0 = &bank.questions[0];
    answer(&mut p, &bank, 0, &Choice::One(q0.options[1].id.clone()));
    p.exp_string(&format!("[2/{}]", bank.questions.len()))
        .unwrap();
    p.exp_string(DONT_KNOW).unwrap();
    p.send("\x1b").unwrap();
    p.flush().unwrap();
    // Back on the first question, the earlier answer is highlighted.
    p.exp_string(&format!("[1/{}]", bank.questions.len()))
        .unwrap();
    p.exp_string(&format!("> {}", q0.options[1].label.get("en")))
        .unwrap();
    p.exp_string(DONT_KNOW).unwrap();
    p.send(&format!("{DOWN}\r")).unwrap();
    p.flush().unwrap();
    // The answer is saved before the next question is drawn.
    p.exp_string(&format!("[2/{}]", bank.questions.len()))
        .unwrap();
    let a = saved(&dir.path().join("a.yaml"));
    assert_eq!(
        a.answers[&q0.id].choice,
        Choice::One(q0.options[2].id.clone())
    );
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn ctrl_c_keeps_every_answer_and_resume_asks_only_the_rest() {
    let bank = bank();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.yaml");
    let target = example("stage-2-candle-studio.yaml");
    let mut p = spawn(dir.path(), &["--save", "r.yaml"]);
    opening(&mut p, "Candle test");
    for i in 0..3 {
        answer(
            &mut p,
            &bank,
            i,
            &target.answers[&bank.questions[i].id].choice,
        );
        assert_eq!(wait_for_answers(&path, i + 1).answers.len(), i + 1);
    }
    p.exp_string("[4/").unwrap();
    p.exp_string(DONT_KNOW).unwrap();
    p.send_control('c').unwrap();
    p.exp_string("Every answer you gave is saved in r.yaml")
        .unwrap();
    p.exp_string("maturity assess --resume r.yaml").unwrap();
    p.exp_eof().unwrap();
    assert!(
        matches!(p.process().wait(), Ok(WaitStatus::Exited(_, 130))),
        "Ctrl-C exits 130"
    );
    assert_eq!(saved(&path).answers.len(), 3);

    let mut p = spawn(dir.path(), &["--resume", "r.yaml"]);
    p.exp_string(&format!(
        "Welcome back: 3 of {} questions are done",
        bank.questions.len()
    ))
    .unwrap();
    p.exp_string("add notes as you go?").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    for (i, q) in bank.questions.iter().enumerate().skip(3) {
        if asked(&bank, &target, q) {
            answer(&mut p, &bank, i, &target.answers[&q.id].choice);
            wait_for_answers(&path, i + 1);
        }
    }
    p.exp_string("Stage 2 of 4: Up-and-Coming Marketer")
        .unwrap();
    p.exp_eof().unwrap();
    let done = saved(&path);
    assert_eq!(done.retailer.as_deref(), Some("Candle test"));
    assert_eq!(choices(&done), as_saved(&bank, &target));
}

#[test]
fn without_an_email_list_the_nurture_question_is_skipped() {
    let bank = bank();
    let list = bank
        .questions
        .iter()
        .position(|q| q.id == "email.list-growth")
        .unwrap();
    let nurture = bank
        .questions
        .iter()
        .position(|q| q.ask_if.is_some())
        .unwrap();
    assert!(nurture > list);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.yaml");
    let mut p = spawn(dir.path(), &["--save", "s.yaml"]);
    opening(&mut p, "");
    for i in 0..nurture {
        let q = &bank.questions[i];
        answer(&mut p, &bank, i, &Choice::One(q.options[0].id.clone()));
    }
    // The next question on screen is the one after the skipped one.
    p.exp_string(&format!("[{}/", nurture + 2)).unwrap();
    let a = wait_for_answers(&path, nurture + 1);
    assert!(a.answers[&bank.questions[nurture].id].choice.is_skipped());
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn a_killed_assessment_loses_no_answer_given() {
    let bank = bank();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.yaml");
    let mut p = spawn(dir.path(), &["--save", "k.yaml"]);
    opening(&mut p, "Kill test");
    for i in 0..5 {
        answer(&mut p, &bank, i, &Choice::One("unsure".into()));
    }
    wait_for_answers(&path, 5);
    p.exp_string("[6/").unwrap();
    p.process_mut().kill(Signal::SIGKILL).unwrap();
    let a = saved(&path);
    assert_eq!(a.answers.len(), 5);
    assert_eq!(a.retailer.as_deref(), Some("Kill test"));
    assert!(a.answers.values().all(|x| x.choice.is_unsure()));
}

#[test]
fn assess_without_a_terminal_points_to_score_at_once() {
    let out = assert_cmd::Command::new(binary())
        .arg("assess")
        .write_stdin("")
        .timeout(std::time::Duration::from_secs(10))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("maturity score FILE"), "{err}");
    // No command and no terminal: the help, not a questionnaire.
    let out = assert_cmd::Command::new(binary())
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("Usage: maturity"));
}

#[test]
fn an_existing_answers_file_is_never_overwritten_by_a_new_assessment() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("taken.yaml"), "precious").unwrap();
    let mut p = spawn(dir.path(), &["--save", "taken.yaml"]);
    p.exp_string("already exists; continue it with `maturity assess --resume taken.yaml`")
        .unwrap();
    p.exp_eof().unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("taken.yaml")).unwrap(),
        "precious"
    );
}

/// A whole assessment in `lang`, replaying an example file through the prompts.
fn full_run_in(lang: Lang, example_file: &str, stage: u8) {
    let bank = bank();
    let m = Messages::new(lang);
    let dir = tempfile::tempdir().unwrap();
    let target = example(example_file);
    let mut p = spawn(dir.path(), &["--lang", lang.code(), "--save", "x.yaml"]);
    p.exp_string(&raw(bank.meta.title.get(lang.code())))
        .unwrap();
    opening_in(&mut p, &m, "");
    for (i, q) in bank.questions.iter().enumerate() {
        if asked(&bank, &target, q) {
            answer_in(
                &mut p,
                &m.t("prompt-dont-know"),
                &bank,
                i,
                &target.answers[&q.id].choice,
            );
        }
    }
    let name = bank.stage(stage).unwrap().name.get(lang.code());
    let title = m.render(&msg!(
        "report-stage-title",
        number = stage,
        total = 4u8,
        name = name
    ));
    p.exp_string(&raw(&title)).unwrap();
    p.exp_eof().unwrap();
    assert_eq!(
        choices(&saved(&dir.path().join("x.yaml"))),
        as_saved(&bank, &target)
    );
}

#[test]
fn a_full_assessment_in_turkish() {
    full_run_in(Lang::Tr, "stage-2-candle-studio.yaml", 2);
}

#[test]
fn a_full_assessment_in_chinese() {
    full_run_in(Lang::Zh, "stage-1-handmade-soap-startup.yaml", 1);
}

#[test]
fn a_full_assessment_in_arabic() {
    full_run_in(Lang::Ar, "stage-3-homeware-store.yaml", 3);
}
