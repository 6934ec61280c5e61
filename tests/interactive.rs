//! The real questionnaire in a pseudo-terminal: a full run, going back, Ctrl-C and
//! resume, skip logic, a killed process, and what happens without a terminal.

use std::path::{Path, PathBuf};
use std::process::Command;

use maturity::answers::{Answers, Choice};
use maturity::bank::{Bank, QuestionKind};
use maturity::engine::answer_level;
use maturity::i18n::{Lang, Messages};
use maturity::msg;
use rexpect::process::{Signal, WaitStatus};
use rexpect::session::{spawn_command, PtySession};

const DOWN: &str = "\x1b[B";
const DONT_KNOW: &str = "Don't know / not applicable";

fn bank() -> Bank {
    Bank::embedded().unwrap()
}

fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("maturity")
}

/// rexpect reads the terminal byte by byte as Latin-1 characters: a needle must
/// be spelled the same way to match text that is not ASCII.
fn raw(s: &str) -> String {
    s.bytes().map(char::from).collect()
}

/// `maturity assess` with `args` in a pseudo-terminal, in `dir`.
fn spawn(dir: &Path, args: &[&str]) -> PtySession {
    let mut cmd = Command::new(binary());
    cmd.arg("assess")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("COLUMNS", "120")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    spawn_command(cmd, Some(20_000)).unwrap()
}

/// Waits for the opening screen, gives the store name and says no to notes.
fn opening(p: &mut PtySession, name: &str) {
    opening_in(p, &Messages::new(Lang::En), name);
}

fn opening_in(p: &mut PtySession, m: &Messages, name: &str) {
    p.exp_string(&raw(&m.t("prompt-store-name"))).unwrap();
    p.send(&format!("{name}\r")).unwrap();
    p.flush().unwrap();
    p.exp_string(&raw(&m.t("prompt-notes"))).unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
}

/// The keys that pick `choice` for question `i`, starting from a fresh menu.
fn keys(bank: &Bank, i: usize, choice: &Choice) -> String {
    let q = &bank.questions[i];
    let index = |id: &str| {
        q.options
            .iter()
            .position(|o| o.id == id)
            .unwrap_or(q.options.len())
    };
    match q.kind {
        QuestionKind::Multi => {
            let ids = choice.ids();
            let mut k = String::new();
            for item in 0..=q.options.len() {
                let id = q.options.get(item).map_or("unsure", |o| o.id.as_str());
                if ids.iter().any(|c| c == id) {
                    k.push(' ');
                }
                k.push_str(DOWN);
            }
            k + "\r"
        }
        _ => DOWN.repeat(index(&choice.ids()[0])) + "\r",
    }
}

/// Waits until question `i` is on screen with its menu drawn, then answers it.
fn answer(p: &mut PtySession, bank: &Bank, i: usize, choice: &Choice) {
    answer_in(p, DONT_KNOW, bank, i, choice);
}

fn answer_in(p: &mut PtySession, dont_know: &str, bank: &Bank, i: usize, choice: &Choice) {
    p.exp_string(&format!("[{}/{}]", i + 1, bank.questions.len()))
        .unwrap();
    p.exp_string(&raw(dont_know)).unwrap();
    p.send(&keys(bank, i, choice)).unwrap();
    p.flush().unwrap();
}

fn example(name: &str) -> Answers {
    let src = std::fs::read_to_string(format!("questions/examples/{name}")).unwrap();
    Answers::from_yaml(&src, name, &bank()).unwrap()
}

fn saved(path: &Path) -> Answers {
    let src = std::fs::read_to_string(path).unwrap();
    Answers::from_yaml(&src, &path.display().to_string(), &bank())
        .expect("the saved file is a valid answers file")
}

/// Waits (up to 10 s) until the saved file holds `n` answers.
fn wait_for_answers(path: &Path, n: usize) -> Answers {
    for _ in 0..200 {
        if let Ok(src) = std::fs::read_to_string(path) {
            if let Ok(a) = Answers::from_yaml(&src, "saved", &bank()) {
                if a.answers.len() >= n {
                    return a;
                }
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("{} never held {n} answers", path.display());
}

/// Whether the questionnaire asks `q` of a retailer whose answers are `target`.
fn asked(bank: &Bank, target: &Answers, q: &maturity::bank::Question) -> bool {
    let levels: Vec<Option<u8>> = bank
        .questions
        .iter()
        .map(|q| answer_level(q, target))
        .collect();
    let holds = |c| bank.compile(c).is_some_and(|rule| rule.holds(&levels, &[]));
    q.ask_if.as_ref().is_none_or(holds)
}

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
