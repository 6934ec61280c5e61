//! No answer shown as given is ever lost: each is saved before it is shown, the store
//! name as soon as it is typed, skips follow the answers they depend on, `--save` is
//! checked before the first question, and what a killed save left is put back.

mod pty;

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io;
use std::rc::Rc;

use maturity::answers::{Answers, Choice};
use maturity::bank::Bank;
use maturity::i18n::{Lang, Messages};
use maturity::prompt::flow::Questionnaire;
use maturity::prompt::{Prompter, Reply};
use rexpect::process::WaitStatus;
use rexpect::session::PtySession;

use pty::{answer, bank, opening, position, press, saved, spawn, DONT_KNOW, DOWN};

/// One scripted reply; when the script runs out, the next prompt meets Ctrl-C.
enum Step {
    Pick(usize),
    Type(&'static str),
    Back,
}

/// Prompts, ✔ lines and saves, in the order they happened.
type Log = Rc<RefCell<Vec<String>>>;

struct Replay {
    steps: VecDeque<Step>,
    log: Log,
}

impl Replay {
    fn next(&mut self, prompt: &str) -> io::Result<Step> {
        self.log.borrow_mut().push(format!("? {prompt}"));
        self.steps
            .pop_front()
            .ok_or_else(|| io::Error::from(io::ErrorKind::Interrupted))
    }
}

impl Prompter for Replay {
    fn show(&mut self, _: &str) -> io::Result<()> {
        Ok(())
    }

    fn select(&mut self, prompt: &str, _: &[String], _: usize) -> io::Result<Reply<usize>> {
        Ok(match self.next(prompt)? {
            Step::Pick(k) => Reply::Value(k),
            Step::Back => Reply::Back,
            Step::Type(_) => panic!("{prompt}: a select met typing"),
        })
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        _: &[String],
        _: &[bool],
        _: maturity::prompt::Check,
    ) -> io::Result<Reply<Vec<usize>>> {
        Ok(match self.next(prompt)? {
            Step::Pick(k) => Reply::Value(vec![k]),
            Step::Back => Reply::Back,
            Step::Type(_) => panic!("{prompt}: a multi-select met typing"),
        })
    }

    fn text(&mut self, prompt: &str, _: &str) -> io::Result<String> {
        match self.next(prompt)? {
            Step::Type(s) => Ok(s.to_string()),
            _ => panic!("{prompt}: a text prompt met a pick"),
        }
    }

    fn confirm(&mut self, prompt: &str, answer: &str) -> io::Result<()> {
        self.log.borrow_mut().push(format!("✔ {prompt} · {answer}"));
        Ok(())
    }
}

fn small_bank() -> Bank {
    Bank::from_yaml(include_str!("fixtures/small-bank.yaml"), "small-bank.yaml").unwrap()
}

/// The answers as a short line: `retailer | question=choice (note) ...`.
fn summary(a: &Answers) -> String {
    let answers: Vec<String> = a
        .answers
        .iter()
        .map(|(id, x)| {
            let note = x
                .note
                .as_ref()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default();
            format!("{id}={}{note}", x.choice.ids().join("+"))
        })
        .collect();
    format!(
        "{} | {}",
        a.retailer.as_deref().unwrap_or("-"),
        answers.join(" ")
    )
}

/// Runs the opening (when `intro`) and the questions over `steps` until they run
/// out; returns the log and the answers last saved.
fn replay(bank: &Bank, start: Answers, intro: bool, steps: Vec<Step>) -> (Vec<String>, Answers) {
    let m = Messages::new(Lang::En);
    let log: Log = Rc::default();
    let last = RefCell::new(start.clone());
    let mut save = |a: &Answers| {
        log.borrow_mut().push(format!("saved {}", summary(a)));
        *last.borrow_mut() = a.clone();
        Ok(())
    };
    let mut p = Replay {
        steps: steps.into(),
        log: log.clone(),
    };
    let mut q = Questionnaire::new(bank, start, &m);
    let path = std::path::Path::new("a.yaml");
    let asked = if intro {
        q.intro(&mut p, path, &mut save)
    } else {
        Ok(())
    };
    let asked = asked.and_then(|()| q.run(&mut p, &mut save));
    assert_eq!(asked.unwrap_err().kind(), io::ErrorKind::Interrupted);
    let log = log.borrow().clone();
    (log, last.into_inner())
}

#[test]
fn the_store_name_and_every_answer_are_saved_before_they_are_shown_and_before_the_note() {
    let b = small_bank();
    let steps = vec![
        Step::Type(" Corner Shop "),
        Step::Pick(1), // notes: yes
        Step::Pick(1), // reach.email: some
        Step::Type("at checkout"),
    ];
    let (log, last) = replay(&b, Answers::new(&b, None), true, steps);
    let email = "Do you collect email addresses?";
    assert_eq!(
        log,
        [
            "? Your store's name (optional; Enter to skip)",
            "saved Corner Shop | ",
            "✔ Your store's name (optional; Enter to skip) · Corner Shop",
            "? Would you like to add notes as you go?",
            "✔ Would you like to add notes as you go? · Answers, each with an optional note or evidence",
            &format!("? {email}"),
            "saved Corner Shop | reach.email=some",
            &format!("✔ {email} · At checkout"),
            "? Note or evidence (optional; Enter to skip)",
            "saved Corner Shop | reach.email=some (at checkout)",
            "✔ Note or evidence (optional; Enter to skip) · at checkout",
            "? Which channels do you use? (Space ticks, Enter confirms, Esc goes back)",
        ]
    );
    assert_eq!(
        summary(&last),
        "Corner Shop | reach.email=some (at checkout)"
    );
}

#[test]
fn changing_the_answer_a_skip_depends_on_drops_the_skip_in_the_same_save() {
    let b = small_bank();
    let steps = vec![
        Step::Pick(0), // reach.email: none, so care.loyalty is skipped
        Step::Pick(0), // reach.channels: site
        Step::Back,    // care.service → reach.channels
        Step::Back,    // → reach.email
        Step::Pick(1), // reach.email: some; then Ctrl-C at reach.channels
    ];
    let (log, last) = replay(&b, Answers::new(&b, None), false, steps);
    assert!(
        log.contains(
            &"saved - | care.loyalty=skipped reach.channels=site reach.email=none".to_string()
        ),
        "{log:#?}"
    );
    assert_eq!(summary(&last), "- | reach.channels=site reach.email=some");
}

#[test]
fn a_skipped_question_whose_ask_if_holds_now_is_not_done_and_is_asked_on_resume() {
    let b = small_bank();
    let src = "bank: small-test-bank\nbank-version: \"0.1.0\"\nanswers:\n  reach.email: some\n  reach.channels: [site]\n  care.loyalty: skipped\n  care.service: live\n";
    let file = Answers::from_yaml(src, "stale.yaml", &b).unwrap();
    let m = Messages::new(Lang::En);
    assert_eq!(Questionnaire::new(&b, file.clone(), &m).done(), 3);
    let (log, last) = replay(&b, file, false, vec![Step::Pick(0)]);
    assert!(log[0].contains("loyalty"), "{log:#?}");
    assert_eq!(
        last.answers["care.loyalty"].choice,
        Choice::One("yes".into())
    );
}

/// Presses Ctrl-C and checks the way out: the message, the end, exit code 130.
fn ctrl_c(p: &mut PtySession, file: &str) {
    press(p, "\x03");
    p.exp_string(&format!("Every answer you gave is saved in {file}"))
        .unwrap();
    p.exp_eof().unwrap();
    assert!(matches!(p.process().wait(), Ok(WaitStatus::Exited(_, 130))));
}

#[test]
fn resume_asks_the_nurture_question_again_after_the_answer_that_skipped_it_changed() {
    let bank = bank();
    let total = bank.questions.len();
    let (list, flows) = (
        position(&bank, "email.list-growth"),
        position(&bank, "email.triggered-flows"),
    );
    let nurture = position(&bank, "email.lead-nurture");
    assert_eq!((flows, nurture), (list + 1, list + 2));
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--save", "n.yaml"]);
    opening(&mut p, "Nurture test");
    for i in 0..=flows {
        // list-growth: no-list, so the nurture question is skipped.
        answer(
            &mut p,
            &bank,
            i,
            &Choice::One(bank.questions[i].options[0].id.clone()),
        );
    }
    for shown in [nurture + 2, flows + 1] {
        p.exp_string(&format!("[{shown}/{total}]")).unwrap();
        p.exp_string(DONT_KNOW).unwrap();
        press(&mut p, "\x1b");
    }
    // Back on list-growth, "no-list" is highlighted: one down is "site-form".
    p.exp_string(&format!("[{}/{total}]", list + 1)).unwrap();
    p.exp_string(DONT_KNOW).unwrap();
    press(&mut p, &format!("{DOWN}\r"));
    p.exp_string(&format!("[{}/{total}]", flows + 1)).unwrap();
    p.exp_string(DONT_KNOW).unwrap();
    press(&mut p, "\r");
    p.exp_string(&format!("[{}/{total}]", nurture + 1)).unwrap();
    p.exp_string(DONT_KNOW).unwrap();
    ctrl_c(&mut p, "n.yaml");
    let file = saved(&dir.path().join("n.yaml"));
    assert_eq!(
        file.answers["email.list-growth"].choice,
        Choice::One("site-form".into())
    );
    assert!(
        !file.answers.contains_key("email.lead-nurture"),
        "{}",
        file.to_yaml()
    );

    let mut p = spawn(dir.path(), &["--resume", "n.yaml"]);
    p.exp_string(&format!(
        "Welcome back: {nurture} of {total} questions are done"
    ))
    .unwrap();
    p.exp_string("add notes as you go?").unwrap();
    press(&mut p, "\r");
    p.exp_string(&format!("[{}/{total}]", nurture + 1)).unwrap();
    p.exp_string(DONT_KNOW).unwrap();
    ctrl_c(&mut p, "n.yaml");
}

#[test]
fn ctrl_c_while_typing_a_note_keeps_the_answer_shown_as_given() {
    let bank = bank();
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--save", "t.yaml"]);
    p.exp_string("Your store's name").unwrap();
    press(&mut p, "Note test\r");
    p.exp_string("add notes as you go?").unwrap();
    press(&mut p, &format!("{DOWN}\r"));
    let choice = Choice::One(bank.questions[0].options[1].id.clone());
    answer(&mut p, &bank, 0, &choice);
    p.exp_string("Note or evidence").unwrap();
    press(&mut p, "half a note");
    p.exp_string("half a note").unwrap();
    ctrl_c(&mut p, "t.yaml");
    let file = saved(&dir.path().join("t.yaml"));
    assert_eq!(file.answers[&bank.questions[0].id].choice, choice);
    assert_eq!(file.retailer.as_deref(), Some("Note test"));
}

#[test]
fn ctrl_c_at_the_notes_question_keeps_the_store_name_just_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--save", "s.yaml"]);
    p.exp_string("Your store's name").unwrap();
    press(&mut p, "Corner Shop\r");
    p.exp_string("add notes as you go?").unwrap();
    ctrl_c(&mut p, "s.yaml");
    let file = saved(&dir.path().join("s.yaml"));
    assert_eq!(file.retailer.as_deref(), Some("Corner Shop"));
}

/// Runs `maturity assess ARGS` in `dir` to its end: what it printed and its exit code.
fn run_to_end(dir: &std::path::Path, args: &[&str]) -> (String, i32) {
    let mut p = spawn(dir, args);
    let text = p.exp_eof().unwrap();
    let Ok(WaitStatus::Exited(_, code)) = p.process().wait() else {
        panic!("{args:?} did not exit: {text}");
    };
    (text, code)
}

#[test]
fn a_save_path_that_cannot_be_written_fails_before_the_first_question_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("folder")).unwrap();
    std::fs::write(dir.path().join("plain.txt"), "").unwrap();
    for (path, says) in [
        ("nowhere/a.yaml", "cannot save answers to nowhere/a.yaml: there is no folder nowhere; create it first"),
        ("plain.txt/a.yaml", "cannot save answers to plain.txt/a.yaml: there is no folder plain.txt"),
        ("folder", "folder is a folder, not a file; give a file name in it, for example folder/answers.yaml"),
    ] {
        let (text, code) = run_to_end(dir.path(), &["--save", path]);
        assert_eq!(code, 2, "{path}: {text}");
        assert!(text.contains(says), "{path}: {text}");
        assert!(!text.contains(".tmp") && !text.contains("store's name"), "{text}");
    }
    assert!(!dir.path().join("nowhere").exists());
}

/// Writes `answers` as a temporary file of `k.yaml` that a killed save left behind,
/// `cut` bytes short of what its name promises.
fn leftover(
    dir: &std::path::Path,
    answers: &Answers,
    cut: usize,
    random: &str,
) -> std::path::PathBuf {
    let text = answers.to_yaml();
    let path = dir.join(format!(".maturity-k.yaml.{}.{random}.tmp", text.len()));
    std::fs::write(&path, &text[..text.len() - cut]).unwrap();
    path
}

#[test]
fn what_a_killed_save_left_is_put_back_when_newer_and_whole_and_removed_otherwise() {
    let bank = bank();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.yaml");
    let mut older = Answers::new(&bank, None);
    older.retailer = Some("Older".into());
    let mut newer = older.clone();
    newer.retailer = Some("Newer".into());
    for q in &bank.questions[..2] {
        newer.answers.insert(
            q.id.clone(),
            maturity::answers::Answer::plain(Choice::One("unsure".into())),
        );
    }
    let stale = leftover(dir.path(), &newer, 0, "00000000000000aa");
    std::thread::sleep(std::time::Duration::from_millis(30));
    std::fs::write(&path, older.to_yaml()).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(30));
    let cut = leftover(dir.path(), &newer, 5, "00000000000000bb");
    let (text, code) = run_to_end(dir.path(), &["--save", "k.yaml"]);
    assert_eq!(code, 2, "{text}");
    assert!(
        !stale.exists() && !cut.exists(),
        "older and incomplete leftovers are removed"
    );
    assert_eq!(saved(&path).retailer.as_deref(), Some("Older"));

    leftover(dir.path(), &newer, 0, "00000000000000cc");
    let mut p = spawn(dir.path(), &["--resume", "k.yaml"]);
    p.exp_string("the last save to k.yaml was cut short")
        .unwrap();
    p.exp_string("Welcome back: 2 of").unwrap();
    p.exp_string("add notes as you go?").unwrap();
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["k.yaml"]);
    ctrl_c(&mut p, "k.yaml");
    assert_eq!(saved(&path).retailer.as_deref(), Some("Newer"));
}

#[test]
fn a_new_assessment_puts_back_a_first_save_cut_short_and_points_to_resume() {
    let bank = bank();
    let dir = tempfile::tempdir().unwrap();
    let mut first = Answers::new(&bank, None);
    first.retailer = Some("First".into());
    leftover(dir.path(), &first, 0, "00000000000000dd");
    let (text, code) = run_to_end(dir.path(), &["--save", "k.yaml"]);
    assert_eq!(code, 2, "{text}");
    assert!(
        text.contains("the last save to k.yaml was cut short"),
        "{text}"
    );
    assert!(
        text.contains("continue it with `maturity assess --resume k.yaml`"),
        "{text}"
    );
    assert_eq!(
        saved(&dir.path().join("k.yaml")).retailer.as_deref(),
        Some("First")
    );
}
