//! Where the questionnaire saves without `--save`: a file in the current folder named
//! after the local calendar date, numbered when that name is taken, never
//! overwritten.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use jiff::civil::Date;
use jiff::Timestamp;
use maturity::i18n::{Lang, Messages};
use rexpect::session::{spawn_command, PtySession};

/// A time zone whose date differs from UTC's right now: 14 hours ahead after 10:00
/// UTC, 11 hours behind before it.
fn zone_off_utc() -> &'static str {
    if Timestamp::now().in_tz("UTC").unwrap().hour() >= 10 {
        "Pacific/Kiritimati"
    } else {
        "Pacific/Pago_Pago"
    }
}

fn today_in(zone: &str) -> Date {
    Timestamp::now().in_tz(zone).unwrap().date()
}

/// `maturity assess` without `--save`, in `dir`, with the local time zone `zone`.
fn spawn(dir: &Path, zone: &str) -> PtySession {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("maturity"));
    cmd.arg("assess")
        .current_dir(dir)
        .env("TZ", zone)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("COLUMNS", "120")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    spawn_command(cmd, Some(20_000)).unwrap()
}

/// Gets past the opening questions; the answers file is written after them.
fn open_and_stop(p: &mut PtySession) {
    let m = Messages::new(Lang::En);
    p.exp_string(&m.t("prompt-store-name")).unwrap();
    p.send("Clock test\r").unwrap();
    p.flush().unwrap();
    p.exp_string(&m.t("prompt-notes")).unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("[1/").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
}

/// The one file in `dir` whose name is one of `names`, waiting briefly for it.
fn one_of(dir: &Path, names: &[String]) -> PathBuf {
    let start = Instant::now();
    loop {
        if let Some(found) = names.iter().map(|n| dir.join(n)).find(|p| p.exists()) {
            return found;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "none of {names:?} in {}",
            dir.display()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Runs a questionnaire in `dir` until its answers file exists and returns the file,
/// expected to be `maturity-answers-DATE{suffix}.yaml`; and the local dates of the
/// run's start and end (the date may turn while it runs: either side is right).
fn saved_file(dir: &Path, zone: &str, suffix: &str) -> (PathBuf, [Date; 2]) {
    let before = today_in(zone);
    open_and_stop(&mut spawn(dir, zone));
    let days = [before, today_in(zone)];
    let names: Vec<String> = days
        .iter()
        .map(|d| format!("maturity-answers-{d}{suffix}.yaml"))
        .collect();
    (one_of(dir, &names), days)
}

#[test]
fn the_default_answers_file_is_named_after_the_local_date_and_never_overwritten() {
    let zone = zone_off_utc();
    let dir = tempfile::tempdir().unwrap();
    let (first, days) = saved_file(dir.path(), zone, "");
    let text = std::fs::read_to_string(&first).unwrap();
    assert!(
        days.iter().any(|d| text.contains(&format!("date: '{d}'"))),
        "the answers file is dated by the local date:\n{text}"
    );
    let (second, _) = saved_file(dir.path(), zone, "-2");
    assert_ne!(first, second);
    assert_eq!(
        std::fs::read_to_string(&first).unwrap(),
        text,
        "an existing answers file is never overwritten"
    );
}
