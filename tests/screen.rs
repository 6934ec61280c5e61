//! What the questionnaire leaves on screen, read through a terminal emulator: the
//! question and its help stay while choosing, nothing stale is left after an answer,
//! no line is broken by the terminal nor any word by the program, in every language,
//! at 80 and 40 columns and after a resize.

use std::collections::HashSet;
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::path::Path;
use std::process::Command;
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use maturity::answers::{Answer, Answers, Choice};
use maturity::bank::{Bank, Question, QuestionKind};
use maturity::i18n::{Lang, Messages};
use maturity::msg;
use rexpect::process::PtyProcess;

const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const ESC: &str = "\x1b";
const ROWS: u16 = 24;

/// The binary in a pseudo-terminal of a given size, and what it drew there.
struct Tty {
    _process: PtyProcess,
    master: File,
    output: Receiver<Vec<u8>>,
    vt: vt100::Parser,
}

impl Tty {
    /// `maturity --lang LANG assess ARGS` in `dir`, in a terminal `cols` wide.
    fn spawn(dir: &Path, lang: Lang, cols: u16, args: &[&str]) -> Tty {
        let mut cmd = Command::new("sh");
        // The terminal has its size before the program starts.
        cmd.arg("-c")
            .arg(format!(
                "stty rows {ROWS} cols {cols} && exec \"$0\" \"$@\""
            ))
            .arg(assert_cmd::cargo::cargo_bin("maturity"))
            .args(["--lang", lang.code(), "assess"])
            .args(args)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .env("TERM", "xterm")
            .env_remove("COLUMNS");
        let mut process = PtyProcess::new(cmd).unwrap();
        process.set_kill_timeout(Some(2_000));
        let mut reader = process.get_file_handle().unwrap();
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n @ 1..) = reader.read(&mut buf) {
                if tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let master = process.get_file_handle().unwrap();
        let vt = vt100::Parser::new(nz(ROWS), nz(cols), 1_000);
        Tty {
            _process: process,
            master,
            output,
            vt,
        }
    }

    fn keys(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).unwrap();
        self.master.flush().unwrap();
    }

    /// Reads what the program draws until `done` holds of the screen, and a little
    /// longer in case it is still drawing; fails with the screen after 20 s.
    fn until(&mut self, what: &str, done: impl Fn(&Screen) -> bool) -> Screen {
        let start = Instant::now();
        loop {
            let quiet = match self.output.recv_timeout(Duration::from_millis(60)) {
                Ok(bytes) => {
                    self.vt.process(&bytes);
                    false
                }
                Err(_) => true,
            };
            let screen = Screen::of(&mut self.vt);
            // A busy machine can pause the program mid-frame for longer than the
            // quiet spell above: only a screen that stays still a while longer counts.
            if quiet && done(&screen) {
                match self.output.recv_timeout(Duration::from_millis(150)) {
                    Ok(bytes) => self.vt.process(&bytes),
                    Err(_) => return screen,
                }
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "never {what}; the screen (rows {:?} wrapped):\n{}",
                screen.wrapped,
                screen.text
            );
        }
    }

    /// Resizes the terminal as a window manager does: the program gets SIGWINCH.
    fn resize(&mut self, cols: u16) {
        let size = libc::winsize {
            ws_row: ROWS,
            ws_col: cols,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: TIOCSWINSZ reads one `winsize` from a valid pointer, on an open fd.
        let done = unsafe { libc::ioctl(self.master.as_raw_fd(), libc::TIOCSWINSZ, &size) };
        assert_eq!(done, 0, "TIOCSWINSZ");
        self.vt.set_size(nz(ROWS), nz(cols));
    }
}

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).unwrap()
}

/// The screen's rows, whether the terminal wrapped any of them, and everything drawn
/// so far: the rows scrolled away above the screen, then the screen.
struct Screen {
    rows: Vec<String>,
    wrapped: Vec<usize>,
    text: String,
    history: String,
}

impl Screen {
    fn of(vt: &mut vt100::Parser) -> Screen {
        let s = vt.screen_mut();
        s.set_scrollback(usize::MAX);
        let mut history: Vec<String> = Vec::new();
        for offset in (1..=s.scrollback()).rev() {
            s.set_scrollback(offset);
            history.extend(s.rows(0, s.size().1.get()).next());
        }
        s.set_scrollback(0);
        let (rows, cols) = s.size();
        let lines: Vec<String> = s.rows(0, cols.get()).collect();
        let wrapped = (0..rows.get())
            .filter(|&r| s.row_wrapped(r))
            .map(usize::from)
            .collect();
        history.extend(lines.iter().cloned());
        Screen {
            text: lines.join("\n"),
            rows: lines,
            wrapped,
            history: history.join("\n"),
        }
    }

    /// How many times `s` was drawn and not taken away, however it was wrapped.
    fn drawn(&self, s: &str) -> usize {
        squash(&self.history).matches(&squash(s)).count()
    }

    /// Whether `s` is on screen, however it was wrapped.
    fn has(&self, s: &str) -> bool {
        self.count(s) > 0
    }

    fn count(&self, s: &str) -> usize {
        squash(&self.text).matches(&squash(s)).count()
    }

    /// The row the cursor's mark is on, without the mark and any tick box.
    fn pointed(&self) -> Option<String> {
        let row = self.rows.iter().find(|r| r.starts_with("> "))?;
        Some(
            row[2..]
                .trim_start_matches("[x] ")
                .trim_start_matches("[ ] ")
                .into(),
        )
    }

    /// Whether the cursor is on the item labelled `label`.
    fn points_at(&self, label: &str) -> bool {
        self.pointed()
            .is_some_and(|row| !row.trim().is_empty() && squash(label).starts_with(&squash(&row)))
    }
}

/// `s` without whitespace, to find a text whatever its line breaks.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A word as texts are compared: without the punctuation around it.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Every word the questionnaire can show in `lang`: the bank's texts and the
/// interface messages, and the words of the run (`extra`).
fn dictionary(lang: Lang, extra: &str) -> HashSet<String> {
    let bank = std::fs::read_to_string("questions/bank.yaml").unwrap();
    let ftl = std::fs::read_to_string(format!("src/i18n/{}.ftl", lang.code())).unwrap();
    [bank.as_str(), &ftl, extra]
        .iter()
        .flat_map(|t| t.split_whitespace())
        .map(|w| bare(w).to_string())
        .collect()
}

/// No row runs past the terminal's edge, no prompt ends in "?:", and (in languages
/// written with spaces) no word is broken across rows.
fn assert_tidy(screen: &Screen, lang: Lang, words: &HashSet<String>) {
    assert!(
        screen.wrapped.is_empty(),
        "rows {:?} ran past the edge:\n{}",
        screen.wrapped,
        screen.text
    );
    for ends in ["?:", "？:", "؟:"] {
        assert!(
            !screen.text.contains(ends),
            "a prompt ends in {ends}:\n{}",
            screen.text
        );
    }
    if lang == Lang::Zh {
        return;
    }
    for row in &screen.rows {
        for word in row.split_whitespace().map(bare) {
            let known = word.is_empty() || word.contains(|c: char| c.is_ascii_digit());
            assert!(
                known || words.contains(word),
                "`{word}` is not a word: broken?\n{}",
                screen.text
            );
        }
    }
}

fn bank() -> Bank {
    Bank::embedded().unwrap()
}

/// The items of question `q`'s menu in `lang`, "don't know" last.
fn labels(q: &Question, lang: Lang) -> Vec<String> {
    let m = Messages::new(lang);
    let mut items: Vec<String> = q
        .options
        .iter()
        .map(|o| o.label.get(lang.code()).into())
        .collect();
    items.push(m.t("prompt-dont-know"));
    items
}

/// A question's progress line, `[n/total]`.
fn progress(bank: &Bank, i: usize) -> String {
    format!("[{}/{}]", i + 1, bank.questions.len())
}

/// What question `i` shows above its menu: its progress, why it matters, the question.
fn question_shown(screen: &Screen, bank: &Bank, i: usize, lang: Lang) -> bool {
    let (q, m) = (&bank.questions[i], Messages::new(lang));
    let why = m.render(&msg!("prompt-why", help = q.help.get(lang.code())));
    screen.has(&progress(bank, i)) && screen.has(&why) && screen.has(q.text.get(lang.code()))
}

/// Starts a questionnaire in `lang` and waits for the first question's menu.
fn first_question(dir: &Path, lang: Lang, cols: u16) -> Tty {
    let m = Messages::new(lang);
    let mut tty = Tty::spawn(dir, lang, cols, &["--save", "a.yaml"]);
    tty.until("asked the store's name", |s| {
        s.has(&m.t("prompt-store-name"))
    });
    tty.keys("Shop\r");
    tty.until("asked about notes", |s| s.has(&m.t("prompt-notes-yes")));
    tty.keys("\r");
    let bank = bank();
    let first = labels(&bank.questions[0], lang);
    tty.until("showed the first question", |s| {
        question_shown(s, &bank, 0, lang) && s.points_at(&first[0])
    });
    tty
}

/// At question 1: moving, answering, going back with "← Back".
fn choosing_answering_and_going_back(lang: Lang, cols: u16) {
    let (bank, dir) = (bank(), tempfile::tempdir().unwrap());
    let words = dictionary(lang, "Shop a.yaml");
    let mut tty = first_question(dir.path(), lang, cols);
    let q = &bank.questions[0];
    let items = labels(q, lang);
    for (presses, k) in [(2, 2), (3, 0)] {
        tty.keys(&DOWN.repeat(presses));
        let s = tty.until("moved", |s| s.points_at(&items[k]));
        assert!(
            question_shown(&s, &bank, 0, lang),
            "{lang} {cols}:\n{}",
            s.text
        );
        assert_tidy(&s, lang, &words);
    }
    tty.keys(&format!("{DOWN}\r"));
    let next = labels(&bank.questions[1], lang);
    let s = tty.until("asked question 2", |s| {
        question_shown(s, &bank, 1, lang) && s.points_at(&next[0])
    });
    let text = q.text.get(lang.code());
    assert_eq!(
        s.drawn(&format!("✔ {text} · {}", items[1])),
        1,
        "{}",
        s.history
    );
    assert_eq!(s.drawn(text), 1, "a stale prompt:\n{}", s.history);
    // "Don't know" is on the next menu too.
    for (k, label) in items[..q.options.len()].iter().enumerate() {
        assert!(
            k == 1 || s.drawn(label) == 0,
            "stale item {k}:\n{}",
            s.history
        );
    }
    assert_tidy(&s, lang, &words);
    // "← Back" is the last item: going back takes question 2 away and answers nothing.
    tty.keys(&format!("{UP}\r"));
    let s = tty.until("went back", |s| {
        s.points_at(&items[1]) && !s.has(&progress(&bank, 1))
    });
    assert!(question_shown(&s, &bank, 0, lang), "{}", s.text);
    assert_eq!(
        s.drawn(bank.questions[1].text.get(lang.code())),
        0,
        "{}",
        s.history
    );
    assert_eq!(s.drawn(&progress(&bank, 1)), 0, "{}", s.history);
    let back = Messages::new(lang).t("prompt-back");
    assert_eq!(s.drawn(&format!("· {back}")), 0, "{}", s.history);
    assert_tidy(&s, lang, &words);
}

/// A questionnaire in `lang` resumed at the first multiple-choice question.
fn multiple_choice(dir: &Path, lang: Lang, cols: u16) -> (Tty, usize) {
    let bank = bank();
    let i = bank
        .questions
        .iter()
        .position(|q| q.kind == QuestionKind::Multi && q.ask_if.is_none())
        .unwrap();
    let mut answers = Answers::new(&bank, None);
    answers.retailer = Some("Shop".into());
    for q in &bank.questions[..i] {
        let id = q.options.last().unwrap().id.clone();
        let choice = match q.kind {
            QuestionKind::Multi => Choice::Many(vec![id]),
            _ => Choice::One(id),
        };
        answers.answers.insert(q.id.clone(), Answer::plain(choice));
    }
    std::fs::write(dir.join("r.yaml"), answers.to_yaml()).unwrap();
    let m = Messages::new(lang);
    let mut tty = Tty::spawn(dir, lang, cols, &["--resume", "r.yaml"]);
    tty.until("asked about notes", |s| s.has(&m.t("prompt-notes-yes")));
    tty.keys("\r");
    let items = labels(&bank.questions[i], lang);
    tty.until("showed the question", |s| {
        question_shown(s, &bank, i, lang) && s.points_at(&items[0])
    });
    (tty, i)
}

/// Whether the item labelled `label` is ticked, if it is in view.
fn tick(s: &Screen, label: &str) -> Option<bool> {
    s.rows.iter().find_map(|r| {
        let item = r.strip_prefix("> ").or_else(|| r.strip_prefix("  "))?;
        let (ticked, rest) = match item.split_at_checked(4)? {
            ("[x] ", rest) => (true, rest),
            ("[ ] ", rest) => (false, rest),
            _ => return None,
        };
        squash(label).starts_with(&squash(rest)).then_some(ticked)
    })
}

/// The ticks of `items` in view: ticked or not, or `None` out of view.
fn ticks(s: &Screen, items: &[String]) -> Vec<Option<bool>> {
    items.iter().map(|label| tick(s, label)).collect()
}

/// Ticks that do not go together are refused, kept and corrected; the answer and
/// going back leave nothing stale.
fn ticking(lang: Lang, cols: u16) {
    let (bank, dir, m) = (bank(), tempfile::tempdir().unwrap(), Messages::new(lang));
    let words = dictionary(lang, "Shop r.yaml x");
    let (mut tty, i) = multiple_choice(dir.path(), lang, cols);
    let q = &bank.questions[i];
    let (items, alone) = (labels(q, lang), q.options.iter().position(|o| o.exclusive));
    assert_eq!(
        alone,
        Some(0),
        "{} starts with an option that goes alone",
        q.id
    );
    let text = q.text.get(lang.code());
    // Refused with `problem`, the ticks kept and nothing answered.
    let refused = |tty: &mut Tty, keys: &str, problem: String| {
        tty.keys(keys);
        let s = tty.until("refused the ticks", |s| s.has(&problem));
        assert_eq!(s.drawn(&format!("✔ {text}")), 0, "answered:\n{}", s.history);
        assert!(
            question_shown(&s, &bank, i, lang),
            "{lang} {cols}:\n{}",
            s.text
        );
        assert_tidy(&s, lang, &words);
        s
    };
    let alone_msg = |k: usize| m.render(&msg!("prompt-goes-alone", option = &items[k]));
    let all = |k: &[usize]| (0..items.len()).map(|j| k.contains(&j)).collect::<Vec<_>>();
    // What is in view agrees with the ticks `k`.
    let agree = |s: &Screen, k: &[usize]| {
        let seen = ticks(s, &items);
        assert!(seen.iter().flatten().count() > 0, "{}", s.text);
        for (j, (seen, want)) in seen.iter().zip(all(k)).enumerate() {
            assert!(seen.is_none_or(|t| t == want), "item {j}:\n{}", s.text);
        }
    };
    let s = refused(&mut tty, &format!(" {DOWN} \r"), alone_msg(0));
    agree(&s, &[0, 1]);
    let none = m.render(&msg!("prompt-tick-one", dont_know = items.last().unwrap()));
    let s = refused(&mut tty, &format!(" {UP} \r"), none);
    agree(&s, &[]);
    let to_last = DOWN.repeat(items.len() - 2);
    let s = refused(
        &mut tty,
        &format!("{DOWN} {to_last} \r"),
        alone_msg(items.len() - 1),
    );
    agree(&s, &[1, items.len() - 1]);
    tty.keys(" \r");
    let echo = format!("✔ {text}");
    let s = tty.until("took the answer", |s| {
        s.drawn(&echo) == 1 && s.has(&progress(&bank, i + 1)) && s.pointed().is_some()
    });
    assert!(s.drawn(&format!("· {}", items[1])) == 1, "{}", s.history);
    assert_eq!(
        s.drawn(&alone_msg(0)) + s.drawn(&alone_msg(items.len() - 1)),
        0
    );
    assert_tidy(&s, lang, &words);
    tty.keys(ESC);
    let s = tty.until("went back to it", |s| question_shown(s, &bank, i, lang));
    agree(&s, &[1]);
    tty.keys(ESC);
    let s = tty.until("went back past it", |s| {
        s.has(&progress(&bank, i - 1)) && s.pointed().is_some()
    });
    assert_eq!(s.drawn(&progress(&bank, i + 1)), 0, "{}", s.history);
    assert_tidy(&s, lang, &words);
}

/// A resized terminal gets the question drawn again to its new width.
fn resizing(lang: Lang) {
    let (bank, dir) = (bank(), tempfile::tempdir().unwrap());
    let words = dictionary(lang, "Shop a.yaml");
    let mut tty = first_question(dir.path(), lang, 80);
    let items = labels(&bank.questions[0], lang);
    tty.keys(DOWN);
    tty.until("moved", |s| s.points_at(&items[1]));
    // Resized, then moved at that size.
    for (cols, press, k) in [(40, "", 1), (40, DOWN, 2), (80, "", 2), (80, DOWN, 3)] {
        tty.resize(cols);
        tty.keys(press);
        let s = tty.until("drew the question again", |s| {
            s.points_at(&items[k]) && s.wrapped.is_empty() && question_shown(s, &bank, 0, lang)
        });
        assert_tidy(&s, lang, &words);
    }
    tty.keys("\r");
    let next = labels(&bank.questions[1], lang);
    let s = tty.until("asked question 2", |s| s.points_at(&next[0]));
    assert_eq!(
        s.count(bank.questions[0].text.get(lang.code())),
        1,
        "{}",
        s.text
    );
    assert_tidy(&s, lang, &words);
}

#[test]
fn the_first_question_stays_while_choosing_and_leaves_only_its_answer() {
    for lang in Lang::ALL {
        for cols in [80, 40] {
            choosing_answering_and_going_back(lang, cols);
        }
    }
}

#[test]
fn ticks_that_do_not_go_together_are_refused_and_kept() {
    for lang in Lang::ALL {
        for cols in [80, 40] {
            ticking(lang, cols);
        }
    }
}

#[test]
fn a_resized_terminal_gets_the_question_drawn_to_its_new_width() {
    for lang in Lang::ALL {
        resizing(lang);
    }
}
