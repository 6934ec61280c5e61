//! Hostile paths and streams, run against the real binary: what is not a regular file
//! (a FIFO with no writer, a device, a folder) is refused at once with exit code 2,
//! and a standard error that is full or closed, or a standard output closed before
//! the start, never crashes a run nor loses a report without a word. Every case that
//! could block has a time limit, so a regression fails instead of hanging.

mod common;

use std::ffi::CString;
use std::fs::File;
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};
use std::time::Duration;

use common::maturity;

const EXAMPLE: &str = "questions/examples/stage-3-homeware-store.yaml";

/// Long enough for a slow machine, short enough that a hang fails the test.
const LIMIT: Duration = Duration::from_secs(20);

/// A FIFO at `dir/name` that nobody writes to.
fn fifo(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let c = CString::new(path.as_os_str().as_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
    path
}

/// A pipe whose reading end is already closed: writing to it fails with a broken pipe.
fn pipe_without_reader() -> OwnedFd {
    let mut fds = [0; 2];
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0, "pipe");
    drop(unsafe { OwnedFd::from_raw_fd(fds[0]) });
    unsafe { OwnedFd::from_raw_fd(fds[1]) }
}

/// The binary in English, as `std::process::Command`, which can send its output
/// anywhere.
fn binary(args: &[&str]) -> StdCommand {
    let mut cmd = StdCommand::new(assert_cmd::cargo::cargo_bin("maturity"));
    cmd.args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null());
    cmd
}

/// The binary, in English unless `args` say otherwise, run on `args` within [`LIMIT`]:
/// its exit code, and what it wrote to standard output and standard error.
fn run<S: AsRef<std::ffi::OsStr>>(
    args: impl IntoIterator<Item = S>,
) -> (Option<i32>, String, String) {
    let out = maturity().args(args).timeout(LIMIT).output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

/// Runs `cmd` to its end, or kills it and fails after [`LIMIT`]; its exit code and
/// what it wrote to the pipes it was given.
fn finish(cmd: &mut StdCommand) -> (Option<i32>, String, String) {
    let mut child = cmd.spawn().unwrap();
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > LIMIT {
            child.kill().unwrap();
            panic!("{cmd:?} still runs after {LIMIT:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
    (out.status.code(), text(out.stdout), text(out.stderr))
}

/// A JSON Lines stream of every shipped example after `bad` broken records.
fn stream_with_bad_records(dir: &Path, bad: usize) -> PathBuf {
    let good = common::stdout_of(maturity().args(["example", "--jsonl"]));
    let path = dir.join("batch.jsonl");
    std::fs::write(&path, format!("{}{good}", "{oops\n".repeat(bad))).unwrap();
    path
}

#[test]
fn a_fifo_with_no_writer_is_refused_at_once_wherever_a_file_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = fifo(dir.path(), "answers.yaml");
    let p = pipe.to_str().unwrap();
    let runs: [(&[&str], &str); 8] = [
        (&["score", p], "answers file"),
        (&["explain", p], "answers file"),
        (&["score", "--bank", p, EXAMPLE], "question bank"),
        (&["score", "--jsonl", p], "answers file"),
        (&["score", EXAMPLE, "--cohort", p], "answers file"),
        (&["compare", EXAMPLE, p], "answers file"),
        (&["validate", p], "question bank"),
        (&["score", EXAMPLE, p], "answers file"),
    ];
    for (args, kind) in runs {
        let (code, _, err) = run(args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(
            err.contains(&format!(
                "cannot read the {kind} {p}: it is a named pipe (FIFO)"
            )) && err.contains("give the path of a regular file, or - to read standard input"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn devices_and_folders_are_refused_as_files_with_what_they_are() {
    let runs: [(&[&str], &str); 4] = [
        (
            &["score", "/dev/zero"],
            "answers file /dev/zero: it is a device",
        ),
        (
            &["score", "--jsonl", "/dev/zero"],
            "answers file /dev/zero: it is a device",
        ),
        (
            &["validate", "questions"],
            "question bank questions: it is a folder",
        ),
        (
            &["score", "--jsonl", "questions"],
            "answers file questions: it is a folder",
        ),
    ];
    for (args, says) in runs {
        maturity()
            .args(args)
            .timeout(LIMIT)
            .assert()
            .code(2)
            .stderr(predicates::str::contains(says));
    }
}

#[test]
fn standard_input_is_still_read_from_a_pipe() {
    let example = std::fs::read_to_string(EXAMPLE).unwrap();
    maturity()
        .args(["score", "-"])
        .write_stdin(example)
        .timeout(LIMIT)
        .assert()
        .success()
        .stdout(predicates::str::contains("Cedar & Clay Homeware"));
}

#[test]
fn a_batch_folder_with_a_fifo_among_its_files_names_it_and_scores_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(EXAMPLE, dir.path().join("a.yaml")).unwrap();
    fifo(dir.path(), "b.yaml");
    let (code, text, err) = run(["score".as_ref(), dir.path().as_os_str()]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("b.yaml: it is a named pipe (FIFO)"), "{err}");
    assert!(text.contains("Cedar & Clay"), "{text}");
}

#[test]
fn resuming_from_a_fifo_is_refused_before_the_first_question() {
    use rexpect::session::spawn_command;
    let dir = tempfile::tempdir().unwrap();
    fifo(dir.path(), "answers.yaml");
    let mut cmd = StdCommand::new(assert_cmd::cargo::cargo_bin("maturity"));
    cmd.args(["assess", "--resume", "answers.yaml"])
        .current_dir(dir.path())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    let mut p = spawn_command(cmd, Some(LIMIT.as_millis() as u64)).unwrap();
    p.exp_string("answers.yaml: it is a named pipe (FIFO)")
        .unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn a_full_standard_error_loses_the_message_not_the_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let batch = stream_with_bad_records(dir.path(), 3);
    let runs: [(&[&str], i32); 3] = [
        (&["score", "/nonexistent.yaml"], 2),
        (&["score", "--jsonl", batch.to_str().unwrap()], 2),
        (&["score", "--lang", "xx", EXAMPLE], 2),
    ];
    for (args, code) in runs {
        let full = File::options().write(true).open("/dev/full").unwrap();
        let (status, _, _) = finish(binary(args).stdout(Stdio::null()).stderr(full));
        assert_eq!(status, Some(code), "{args:?}");
    }
}

#[test]
fn a_standard_error_closed_by_its_reader_does_not_crash_a_batch() {
    let dir = tempfile::tempdir().unwrap();
    let batch = stream_with_bad_records(dir.path(), 2000);
    let mut cmd = binary(&["score", "--jsonl", batch.to_str().unwrap()]);
    let (status, text, _) = finish(
        cmd.stdout(Stdio::piped())
            .stderr(Stdio::from(pipe_without_reader())),
    );
    assert_eq!(status, Some(2));
    assert!(text.contains("Cedar & Clay"), "{text}");
}

#[test]
fn a_reader_of_the_report_that_goes_away_is_not_an_error() {
    let mut cmd = binary(&["score", EXAMPLE]);
    let (status, _, err) = finish(
        cmd.stdout(Stdio::from(pipe_without_reader()))
            .stderr(Stdio::piped()),
    );
    assert_eq!(status, Some(0), "{err}");
    assert_eq!(err, "");
}

#[test]
fn a_closed_standard_output_is_an_error_not_a_report_lost_in_silence() {
    let binary = assert_cmd::cargo::cargo_bin("maturity");
    for args in [&["score", EXAMPLE][..], &["--help"]] {
        let mut sh = StdCommand::new("sh");
        sh.arg("-c")
            .arg("exec \"$@\" >&-")
            .arg("sh")
            .arg(&binary)
            .args(args)
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stderr(Stdio::piped());
        let (status, _, err) = finish(&mut sh);
        assert_eq!(status, Some(1), "{args:?}: {err}");
        assert!(err.contains("cannot write <stdout>"), "{args:?}: {err}");
    }
}

#[test]
fn standard_output_sent_to_dev_null_is_still_a_success() {
    let null = File::options().write(true).open("/dev/null").unwrap();
    let mut cmd = binary(&["score", EXAMPLE]);
    let (status, _, err) = finish(cmd.stdout(null).stderr(Stdio::piped()));
    assert_eq!(status, Some(0), "{err}");
    assert_eq!(err, "");
}

const HEAD: &str = "bank: ecommerce-marketing-maturity\nbank-version: \"2.0.0\"\n";
const BOM: &str = "\u{feff}";

/// The small test bank with one edit.
fn small_bank(from: &str, to: &str) -> Vec<u8> {
    let src = std::fs::read_to_string("tests/fixtures/small-bank.yaml").unwrap();
    assert!(src.contains(from), "{from}");
    src.replacen(from, to, 1).into_bytes()
}

/// Runs `args` with `{F}` standing for a file holding `bytes` named `name`; the exit
/// code and standard error, with the file's path written `{F}`.
fn with_file(dir: &Path, name: &str, bytes: &[u8], args: &[&str]) -> (Option<i32>, String) {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    let p = path.to_str().unwrap();
    let args: Vec<String> = args.iter().map(|a| a.replace("{F}", p)).collect();
    let (code, _, err) = run(&args);
    (code, err.replace(p, "{F}"))
}

#[test]
fn a_byte_order_mark_in_front_is_passed_over_in_yaml_json_and_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = std::fs::read_to_string(EXAMPLE).unwrap();
    let plain = common::stdout_of(maturity().args(["score", EXAMPLE]));
    let jsonl = common::stdout_of(maturity().args(["example", "--jsonl"]));
    let json = jsonl.lines().next().unwrap();
    let bank = std::fs::read("tests/fixtures/small-bank.yaml").unwrap();
    let runs: [(&str, Vec<u8>, &[&str]); 5] = [
        (
            "a.yaml",
            format!("{BOM}{yaml}").into_bytes(),
            &["score", "{F}"],
        ),
        (
            "a.json",
            format!("{BOM}{json}").into_bytes(),
            &["score", "{F}"],
        ),
        (
            "a.jsonl",
            format!("{BOM}{jsonl}").into_bytes(),
            &["score", "--jsonl", "{F}"],
        ),
        (
            "bank.yaml",
            [BOM.as_bytes(), &bank].concat(),
            &["validate", "{F}"],
        ),
        (
            "bank.yaml",
            [BOM.as_bytes(), &bank].concat(),
            &["questions", "--bank", "{F}"],
        ),
    ];
    for (name, bytes, args) in runs {
        let (code, err) = with_file(dir.path(), name, &bytes, args);
        assert_eq!(code, Some(0), "{name} {args:?}: {err}");
    }
    let path = dir.path().join("a.yaml");
    std::fs::write(&path, format!("{BOM}{yaml}")).unwrap();
    let with_bom = common::stdout_of(maturity().arg("score").arg(&path));
    assert_eq!(with_bom.replace(path.to_str().unwrap(), EXAMPLE), plain);
}

#[test]
fn parse_errors_are_said_plainly_and_placed_where_their_cause_stands() {
    let dir = tempfile::tempdir().unwrap();
    let answers = |body: &str| format!("{HEAD}{body}").into_bytes();
    let score: &[&str] = &["score", "{F}"];
    let jsonl: &[&str] = &["score", "--jsonl", "{F}"];
    let validate: &[&str] = &["validate", "{F}"];
    let record = "\"bank-version\": \"2.0.0\", \"answers\": {}}\n";
    let cases: Vec<(&str, Vec<u8>, &[&str], &str)> = vec![
        ("JSON with a comment line in front", format!("// from the form\n{{\"bank\": \"ecommerce-marketing-maturity\", {record}").into_bytes(), score, "{F}:1:1: a comment starting with `//` is neither JSON nor YAML"),
        ("JSON with a block comment inside", format!("{{\n  /* the bank */\n  \"bank\": \"ecommerce-marketing-maturity\", {record}").into_bytes(), score, "{F}:2:3: a comment starting with `/*`"),
        ("a JSON Lines record with a comment", format!("// c\n{{\"bank\": \"ecommerce-marketing-maturity\", {record}").into_bytes(), jsonl, "{F}:1:1: a comment starting with `//`"),
        ("text instead of a mapping", b"just some words\n".to_vec(), score, "{F}:1:1: invalid type: string \"just some words\", expected an answers file (a mapping with bank, bank-version, answers)"),
        ("a list instead of a bank", b"- a\n- b\n".to_vec(), validate, "{F}:1:1: invalid type: sequence, expected a question bank (a mapping with"),
        ("a merge key in answers", answers("base: &b {tools.stack: basic}\nanswers:\n  <<: *b\n"), score, "{F}:5:3: merge keys (`<<`) are not supported"),
        ("a merge key in a bank", small_bank("  - id: reach\n", "  - <<: {source: x}\n    id: reach\n"), validate, "{F}:28:5: merge keys (`<<`) are not supported"),
        ("a NUL byte", answers("answers:\n  tools.stack: ba\0sic\n"), score, "{F}:4:18: a NUL byte is not allowed here"),
        ("a C1 control character", answers("answers:\n  tools.stack: ba\u{9b}sic\n"), score, "{F}:4:18: the control character U+009B is not allowed here"),
        ("a repeated top-level key", answers("answers: {}\nbank: another\n"), score, "{F}:4:1: `bank` is given a second time in the same mapping; keep one"),
        ("a repeated key in an answer", answers("answers:\n  tools.stack:\n    choice: basic\n    note: a\n    choice: central\n"), score, "{F}:7:5: `choice` is given a second time"),
        ("a repeated key in a JSON Lines record", format!("{{\"bank\": \"ecommerce-marketing-maturity\", \"bank\": \"x\", {record}").into_bytes(), jsonl, "{F}:1:42: `bank` is given a second time"),
        ("a repeated field of a bank's question", small_bank("    text: {en: Do you collect email addresses?}\n", "    text: {en: Do you collect email addresses?}\n    text: {en: again}\n"), validate, "{F}:41:5: `text` is given a second time"),
        ("a text repeated in one language", small_bank("title: {en: Small test bank}", "title: {en: Small test bank, en: again}"), validate, "{F}:5:32: `en` is given a second time"),
    ];
    let mut failures = Vec::new();
    for (name, bytes, args, says) in cases {
        let (code, err) = with_file(dir.path(), "input.yaml", &bytes, args);
        let internal = ["Raw", "struct ", "panicked"]
            .iter()
            .any(|w| err.contains(w));
        if code != Some(2) || !err.contains(says) || internal {
            failures.push(format!("{name}: exit {code:?}\n{err}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n---\n"));
}

/// Characters a terminal obeys instead of showing: none may reach it raw from a file
/// or the command line.
const OBEYED: [char; 6] = [
    '\x1b', '\u{9b}', '\u{202e}', '\u{2066}', '\u{200f}', '\u{61c}',
];

fn raw_control(text: &str) -> Option<char> {
    text.chars().find(|c| OBEYED.contains(c))
}

#[test]
fn texts_from_the_command_line_are_inert_and_on_one_line_in_every_error() {
    let dir = tempfile::tempdir().unwrap();
    let tricky = dir.path().join("re\u{202e}lmy.yaml\nerror: all is well");
    let t = tricky.to_str().unwrap();
    let runs: [&[&str]; 6] = [
        &["score", t],
        &["score", "--bank", t, EXAMPLE],
        &["score", "--jsonl", t],
        &["score", EXAMPLE, "--lang", "x\u{202e}\u{1b}[2J\ny"],
        &["score", EXAMPLE, "--format", "\u{202e}json\u{9b}"],
        &["validate", t],
    ];
    for args in runs {
        let (code, _, err) = run(args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert_eq!(raw_control(&err), None, "{args:?}: {err:?}");
        assert!(err.contains("\\u{202e}"), "{args:?}: {err}");
        let first = err.lines().next().unwrap();
        assert!(
            !first.ends_with("lmy.yaml"),
            "a newline split {args:?}: {err}"
        );
    }
}

#[test]
fn texts_from_a_file_are_inert_in_errors_notes_and_questions() {
    let dir = tempfile::tempdir().unwrap();
    let answers = |body: &str| format!("{HEAD}{body}").into_bytes();
    let older = "bank: ecommerce-marketing-maturity\nbank-version: \"1.0\\u202e\\e[2J\"\nanswers:\n  gone\\u202e\\nid: yes\n";
    let bank = small_bank(
        "title: {en: Small test bank}",
        "title: {en: \"Small \\e]0;owned\\a\\u202etest\\u009b bank\"}",
    );
    let runs: [(&[u8], &[&str]); 5] = [
        (
            &answers("answers:\n  \"tools.stack\\u202e\\e[2J\": basic\n"),
            &["score", "{F}"],
        ),
        (
            &answers("answers:\n  tools.stack: \"basic\\u2066\\u009b\"\n"),
            &["score", "{F}"],
        ),
        (
            b"bank: \"\\u202eevil\"\nbank-version: \"2.0.0\"\nanswers: {}\n",
            &["score", "{F}"],
        ),
        (older.as_bytes(), &["score", "{F}"]),
        (&bank, &["questions", "--bank", "{F}"]),
    ];
    for (bytes, args) in runs {
        let path = dir.path().join("input.yaml");
        std::fs::write(&path, bytes).unwrap();
        let args: Vec<String> = (args.iter())
            .map(|a| a.replace("{F}", path.to_str().unwrap()))
            .collect();
        let (_, text, err) = run(&args);
        assert_eq!(raw_control(&err), None, "{args:?}: {err:?}");
        assert_eq!(raw_control(&text), None, "{args:?}: {text:?}");
        assert!(
            err.contains("\\u{202e}") || err.contains("\\u{2066}") || text.contains("\\u{202e}"),
            "{args:?}: {err}{text}"
        );
    }
}

#[test]
fn the_marks_of_our_own_arabic_messages_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "--lang".as_ref(),
        "ar".as_ref(),
        "score".as_ref(),
        dir.path().as_os_str(),
    ];
    let (code, _, err) = run(args);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("(\u{200e}.yaml"), "{err}");
}

#[test]
fn json_and_json_lines_output_escape_c1_and_bidi_controls_from_a_file() {
    let file = common::temp_file(
        "bank: ecommerce-marketing-maturity\nbank-version: \"2.0.0\"\nretailer: \"A\\u009b31mB\\u202eC\"\nanswers:\n  tools.stack: basic\n",
    );
    let path = file.path().to_str().unwrap();
    for args in [
        vec!["score", path, "--format", "json"],
        vec!["score", path, path, "--format", "jsonl"],
    ] {
        let out = maturity().args(&args).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains(r"A\u009b31mB\u202eC"), "{args:?}: {text}");
        assert!(!text.contains(['\u{9b}', '\u{202e}']), "{args:?}: {text}");
    }
}
