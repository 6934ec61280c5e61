//! Helpers for tests of the real questionnaire in a pseudo-terminal: starting it,
//! the keys that pick an answer, and reading back the answers file it saves.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use maturity::answers::{Answers, Choice};
use maturity::bank::{Bank, Question, QuestionKind};
use maturity::engine::answer_level;
use maturity::i18n::{Lang, Messages};
use rexpect::session::{spawn_command, PtySession};

pub const DOWN: &str = "\x1b[B";
pub const DONT_KNOW: &str = "Don't know / not applicable";

pub fn bank() -> Bank {
    Bank::embedded().unwrap()
}

pub fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("maturity")
}

/// rexpect reads the terminal byte by byte as Latin-1 characters: a needle must
/// be spelled the same way to match text that is not ASCII.
pub fn raw(s: &str) -> String {
    s.bytes().map(char::from).collect()
}

/// `maturity assess` with `args` in a pseudo-terminal, in `dir`, without colour.
pub fn spawn(dir: &Path, args: &[&str]) -> PtySession {
    let mut cmd = command(dir, args);
    cmd.env("NO_COLOR", "1");
    spawn_command(cmd, Some(20_000)).unwrap()
}

/// `maturity assess` with `args`, in `dir`, in English and 120 columns wide.
pub fn command(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(binary());
    cmd.arg("assess")
        .args(args)
        .current_dir(dir)
        .env("TERM", "xterm")
        .env("COLUMNS", "120")
        .env_remove("NO_COLOR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd
}

/// Waits for the opening screen, gives the store name and says no to notes.
pub fn opening(p: &mut PtySession, name: &str) {
    opening_in(p, &Messages::new(Lang::En), name);
}

pub fn opening_in(p: &mut PtySession, m: &Messages, name: &str) {
    p.exp_string(&raw(&m.t("prompt-store-name"))).unwrap();
    p.send(&format!("{name}\r")).unwrap();
    p.flush().unwrap();
    p.exp_string(&raw(&m.t("prompt-notes"))).unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
}

/// The keys that pick `choice` for question `i`, starting from a fresh menu.
pub fn keys(bank: &Bank, i: usize, choice: &Choice) -> String {
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
pub fn answer(p: &mut PtySession, bank: &Bank, i: usize, choice: &Choice) {
    answer_in(p, DONT_KNOW, bank, i, choice);
}

pub fn answer_in(p: &mut PtySession, dont_know: &str, bank: &Bank, i: usize, choice: &Choice) {
    p.exp_string(&format!("[{}/{}]", i + 1, bank.questions.len()))
        .unwrap();
    p.exp_string(&raw(dont_know)).unwrap();
    p.send(&keys(bank, i, choice)).unwrap();
    p.flush().unwrap();
}

pub fn example(name: &str) -> Answers {
    let src = std::fs::read_to_string(format!("questions/examples/{name}")).unwrap();
    Answers::from_yaml(&src, name, &bank()).unwrap()
}

pub fn saved(path: &Path) -> Answers {
    let src = std::fs::read_to_string(path).unwrap();
    Answers::from_yaml(&src, &path.display().to_string(), &bank())
        .expect("the saved file is a valid answers file")
}

/// Waits (up to 10 s) until the saved file holds `n` answers.
pub fn wait_for_answers(path: &Path, n: usize) -> Answers {
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
pub fn asked(bank: &Bank, target: &Answers, q: &Question) -> bool {
    let levels: Vec<Option<u8>> = bank
        .questions
        .iter()
        .map(|q| answer_level(q, target))
        .collect();
    let holds = |c| bank.compile(c).is_some_and(|rule| rule.holds(&levels, &[]));
    q.ask_if.as_ref().is_none_or(holds)
}

/// The position of question `id` in the bank.
pub fn position(bank: &Bank, id: &str) -> usize {
    bank.questions.iter().position(|q| q.id == id).unwrap()
}

/// Sends `keys` to the terminal at once.
pub fn press(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}
