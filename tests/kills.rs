//! Random kills (SIGKILL) during scripted questionnaires in a pseudo-terminal: every
//! answer the screen showed as given (its ✔ line) before the kill is in the answers
//! file, or is put back from what the killed save left when the next one starts.

mod pty;

use std::collections::BTreeMap;
use std::path::Path;
use std::thread::sleep;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use maturity::answers::Answers;
use maturity::bank::Bank;
use rexpect::process::Signal;
use rexpect::session::{spawn_command, PtySession};

use pty::{asked, bank, command, example, keys, raw, DONT_KNOW};

/// How long questionnaires are started and killed, kept well under a minute on two
/// cores.
const BUDGET: Duration = Duration::from_secs(30);

/// The answers file.
const FILE: &str = "k.yaml";
const NAME: &str = "Kill test";
const STORE: &str = "Your store's name";
const NOTES: &str = "add notes as you go?";
const NOTE: &str = "Note or evidence";
const EXISTS: &str = "already exists";
const END: &str = "Score them again with";

/// What a ✔ line shows as given, in the order the script gives it.
#[derive(Debug, Clone)]
enum Given {
    Name,
    NotesOrNot,
    /// The answer to the question at this position in the bank.
    Answer(usize),
    Note(usize, String),
}

/// One step of the script: what to wait for, then the keys to press.
struct Step {
    wait: Option<String>,
    keys: String,
    gives: Given,
}

/// Everything shown as given so far, which the answers file must hold.
#[derive(Debug, Default)]
struct Kept {
    name: bool,
    /// Question position → its note, if one was shown as given.
    answers: BTreeMap<usize, Option<String>>,
}

impl Kept {
    fn add(&mut self, given: &Given) {
        match given {
            Given::Name => self.name = true,
            Given::NotesOrNot => {}
            Given::Answer(i) => {
                self.answers.entry(*i).or_default();
            }
            Given::Note(i, note) => {
                self.answers.insert(*i, Some(note.clone()));
            }
        }
    }
}

/// How the runs went, printed at the end.
#[derive(Debug, Default)]
struct Tally {
    starts: usize,
    kills: usize,
    finished: usize,
    /// Starts that put back what a killed save had left.
    put_back: usize,
    /// Starts whose file held answers that were saved but not yet shown.
    saved_before_shown: usize,
}

/// xorshift64: small, and seeded so that a failure can be repeated with
/// MATURITY_KILL_SEED.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// A questionnaire in a pseudo-terminal, and all it has printed so far.
struct Screen {
    p: PtySession,
    seen: String,
    /// Where the next wait starts looking in `seen`.
    read_to: usize,
}

impl Screen {
    fn start(dir: &Path, args: &[&str]) -> Screen {
        let mut cmd = command(dir, args);
        cmd.args(["--color", "always"]);
        Screen {
            p: spawn_command(cmd, Some(20_000)).unwrap(),
            seen: String::new(),
            read_to: 0,
        }
    }

    /// Waits (polling every half millisecond) for the first of `needles` to be
    /// printed; returns which one came.
    fn wait_for(&mut self, needles: &[&str]) -> usize {
        let started = Instant::now();
        loop {
            while let Some(c) = self.p.try_read() {
                self.seen.push(c);
            }
            let rest = &self.seen[self.read_to..];
            let found = needles
                .iter()
                .enumerate()
                .filter_map(|(k, n)| rest.find(&raw(n)).map(|at| (at + raw(n).len(), k)))
                .min();
            if let Some((end, k)) = found {
                self.read_to += end;
                return k;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "none of {needles:?} came; the screen:\n{}",
                self.seen
            );
            sleep(Duration::from_micros(500));
        }
    }

    fn press(&mut self, keys: &str) {
        self.p.send(keys).unwrap();
        self.p.flush().unwrap();
    }

    /// What was printed until the end, after a kill or a finished questionnaire.
    fn rest(mut self, kill: bool) -> String {
        if kill {
            // It may have ended already, for instance on a bad start.
            let _ = self.p.process_mut().signal(Signal::SIGKILL);
        }
        self.p.process().wait().unwrap();
        sleep(Duration::from_millis(2));
        self.seen.push_str(&self.p.exp_eof().unwrap_or_default());
        self.seen
    }
}

/// How many ✔ lines `seen` holds: each ends in ` · ANSWER`, and no prompt or menu
/// prints a `·`.
fn ticks(seen: &str) -> usize {
    seen.matches(&raw("·")).count()
}

/// Checks that the answers file holds everything in `kept` as the script gave it,
/// and that no temporary file is left beside it; returns the file's answers.
fn check(dir: &Path, bank: &Bank, target: &Answers, kept: &Kept, seed: u64) -> Answers {
    let leftovers: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "seed {seed}: left behind: {leftovers:?}"
    );
    let path = dir.join(FILE);
    if !path.exists() {
        assert!(
            !kept.name && kept.answers.is_empty(),
            "seed {seed}: {kept:?} lost with the file"
        );
        return Answers::new(bank, None);
    }
    let src = std::fs::read_to_string(&path).unwrap();
    let file = Answers::from_yaml(&src, FILE, bank).expect("the file is always whole and valid");
    if kept.name {
        assert_eq!(file.retailer.as_deref(), Some(NAME), "seed {seed}:\n{src}");
    }
    for (&i, note) in &kept.answers {
        let id = &bank.questions[i].id;
        let held = file.answers.get(id);
        assert_eq!(
            held.map(|a| &a.choice),
            Some(&target.answers[id].choice),
            "seed {seed}: {id} lost:\n{src}"
        );
        if note.is_some() {
            assert_eq!(
                held.and_then(|a| a.note.as_ref()),
                note.as_ref(),
                "seed {seed}: the note of {id} lost:\n{src}"
            );
        }
    }
    file
}

/// The rest of the questionnaire as the script answers it, from what `file` holds.
fn script(
    bank: &Bank,
    target: &Answers,
    file: &Answers,
    asks_name: bool,
    notes: bool,
) -> Vec<Step> {
    let mut steps = Vec::new();
    if asks_name {
        steps.push(Step {
            wait: None,
            keys: format!("{NAME}\r"),
            gives: Given::Name,
        });
    }
    steps.push(Step {
        wait: asks_name.then(|| NOTES.to_string()),
        keys: if notes {
            "\x1b[B\r".into()
        } else {
            "\r".into()
        },
        gives: Given::NotesOrNot,
    });
    let total = bank.questions.len();
    for (i, q) in bank.questions.iter().enumerate() {
        if !asked(bank, target, q) || file.answers.contains_key(&q.id) {
            continue;
        }
        let choice = &target.answers[&q.id].choice;
        steps.push(Step {
            wait: Some(format!("[{}/{total}]", i + 1)),
            keys: keys(bank, i, choice),
            gives: Given::Answer(i),
        });
        if notes {
            let note = format!("note {i}");
            steps.push(Step {
                wait: Some(NOTE.into()),
                keys: format!("{note}\r"),
                gives: Given::Note(i, note),
            });
        }
    }
    steps
}

/// Starts a questionnaire (resumed once the file exists) and waits for its first
/// prompt, or for the message that the file exists now that a first save cut short
/// is put back (2).
fn start(dir: &Path, tally: &mut Tally) -> (Screen, usize) {
    let args = if dir.join(FILE).exists() {
        ["--resume", FILE]
    } else {
        ["--save", FILE]
    };
    let mut screen = Screen::start(dir, &args);
    let came = screen.wait_for(&[STORE, NOTES, EXISTS]);
    tally.starts += 1;
    tally.put_back += usize::from(screen.seen.contains(&raw("was cut short")));
    (screen, came)
}

/// One questionnaire: started (resumed once the file exists), checked, scripted,
/// and killed at a random moment or finished.
fn one_run(
    dir: &Path,
    bank: &Bank,
    target: &Answers,
    kept: &mut Kept,
    rng: &mut Rng,
    seed: u64,
    tally: &mut Tally,
) {
    let (mut screen, came) = start(dir, tally);
    // The start has put back or removed what a kill left: the file holds all shown.
    let file = check(dir, bank, target, kept, seed);
    let asked = file
        .answers
        .values()
        .filter(|a| !a.choice.is_skipped())
        .count();
    tally.saved_before_shown += usize::from(asked > kept.answers.len());
    if came == 2 {
        screen.rest(false);
        return;
    }
    let steps = script(bank, target, &file, came == 0, rng.below(3) == 0);
    let kill_at = rng.below(steps.len() + 1);
    let mut given = Vec::new();
    for (k, step) in steps.iter().enumerate() {
        if let Some(wait) = &step.wait {
            screen.wait_for(&[wait]);
            if matches!(step.gives, Given::Answer(_)) {
                screen.wait_for(&[DONT_KNOW]);
            }
        }
        screen.press(&step.keys);
        given.push(step.gives.clone());
        if k == kill_at {
            let micros = if rng.below(4) == 0 {
                rng.below(40_000)
            } else {
                rng.below(4_000)
            };
            sleep(Duration::from_micros(micros as u64));
            break;
        }
    }
    let killed = kill_at < steps.len();
    if !killed {
        screen.wait_for(&[END]);
    }
    let seen = screen.rest(killed);
    for g in given.iter().take(ticks(&seen)) {
        kept.add(g);
    }
    if killed {
        tally.kills += 1;
    } else {
        tally.finished += 1;
        check(dir, bank, target, kept, seed);
        std::fs::remove_file(dir.join(FILE)).unwrap();
        *kept = Kept::default();
    }
}

#[test]
fn random_kills_never_lose_an_answer_shown_as_given() {
    let bank = bank();
    let target = example("stage-3-homeware-store.yaml");
    let dir = tempfile::tempdir().unwrap();
    let seed = std::env::var("MATURITY_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    eprintln!("MATURITY_KILL_SEED={seed}");
    let mut rng = Rng(seed);
    let (mut kept, mut tally) = (Kept::default(), Tally::default());
    let started = Instant::now();
    while started.elapsed() < BUDGET {
        one_run(
            dir.path(),
            &bank,
            &target,
            &mut kept,
            &mut rng,
            seed,
            &mut tally,
        );
    }
    // One more start puts back what the last kill left, and checks it.
    let (screen, _) = start(dir.path(), &mut tally);
    check(dir.path(), &bank, &target, &kept, seed);
    screen.rest(true);
    eprintln!("{tally:?} in {:?}", started.elapsed());
    assert!(tally.kills >= 20, "too few kills to tell: {tally:?}");
}
