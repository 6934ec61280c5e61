//! `-o PATH` writes a regular file the way any program writes a new file (the
//! umask's permissions, or the replaced file's own), writes through a symbolic link
//! to the file it points to, and refuses, with exit code 2, anything that is not a
//! regular file or that the command reads.

#![cfg(unix)]

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::maturity;

const EXAMPLE: &str = "questions/examples/stage-3-homeware-store.yaml";
const EARLIER: &str = "questions/examples/stage-2-candle-studio.yaml";

/// A folder holding a copy of the example as `a.yaml`.
fn folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("a.yaml");
    fs::copy(EXAMPLE, &answers).unwrap();
    (dir, answers)
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

/// The names in a folder, in order.
fn names(dir: &Path) -> BTreeSet<String> {
    let entries = fs::read_dir(dir).unwrap().flatten();
    entries
        .map(|e| e.file_name().into_string().unwrap())
        .collect()
}

/// `maturity ARGS` must fail with exit code 2, print nothing on standard output and
/// say why on standard error, which is returned.
fn refused(args: &[&str]) -> String {
    let out = maturity()
        .args(args)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(out.stdout.is_empty(), "{args:?}");
    stderr
}

#[test]
fn a_new_output_file_gets_the_permissions_the_umask_gives_new_files() {
    let (dir, answers) = folder();
    let binary = assert_cmd::cargo::cargo_bin("maturity");
    for (umask, expected) in [("027", 0o640), ("002", 0o664), ("077", 0o600)] {
        let report = dir.path().join(format!("report-{umask}.txt"));
        let status = std::process::Command::new("sh")
            .args(["-c", &format!("umask {umask} && exec \"$0\" \"$@\"")])
            .arg(&binary)
            .arg("score")
            .arg(&answers)
            .arg("-o")
            .arg(&report)
            .status()
            .unwrap();
        assert!(status.success());
        assert_eq!(mode(&report), expected, "umask {umask}");
    }
}

#[test]
fn a_replaced_output_file_keeps_its_permissions() {
    let (dir, answers) = folder();
    for wanted in [0o644, 0o604, 0o640] {
        let report = dir.path().join("report.md");
        fs::write(&report, "old report\n").unwrap();
        fs::set_permissions(&report, fs::Permissions::from_mode(wanted)).unwrap();
        maturity()
            .arg("plan")
            .arg(&answers)
            .args(["-f", "json", "-o"])
            .arg(&report)
            .assert()
            .success();
        assert_eq!(mode(&report), wanted);
        assert!(fs::read_to_string(&report).unwrap().contains("\"changes\""));
    }
}

#[test]
fn a_symbolic_link_is_written_through_to_the_file_it_points_to() {
    let (dir, answers) = folder();
    let reports = dir.path().join("reports");
    fs::create_dir(&reports).unwrap();
    let target = reports.join("march.txt");
    fs::write(&target, "old\n").unwrap();
    fs::set_permissions(&target, fs::Permissions::from_mode(0o640)).unwrap();
    let link = dir.path().join("latest.txt");
    std::os::unix::fs::symlink("reports/march.txt", &link).unwrap();
    maturity()
        .arg("score")
        .arg(&answers)
        .arg("-o")
        .arg(&link)
        .assert()
        .success();
    assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
    assert!(fs::read_to_string(&target).unwrap().contains("Stage 3"));
    assert_eq!(mode(&target), 0o640);
    assert_eq!(
        names(&reports),
        ["march.txt".to_string()].into(),
        "no temporary left"
    );
    let expected = ["a.yaml", "latest.txt", "reports"].map(String::from);
    assert_eq!(names(dir.path()), expected.into());
}

#[test]
fn a_folder_a_named_pipe_or_a_device_is_refused_and_left_alone() {
    let (dir, answers) = folder();
    let answers = answers.to_str().unwrap();
    let pipe = dir.path().join("pipe");
    let c_path = std::ffi::CString::new(pipe.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o644) }, 0);
    let said = refused(&["score", answers, "-o", pipe.to_str().unwrap()]);
    assert!(said.contains("named pipe"), "{said}");
    assert!(fs::metadata(&pipe).unwrap().file_type().is_fifo());

    let sub = dir.path().join("sub");
    fs::create_dir(&sub).unwrap();
    let said = refused(&["compare", EARLIER, answers, "-o", sub.to_str().unwrap()]);
    assert!(said.contains("is a folder"), "{said}");
    assert!(fs::metadata(&sub).unwrap().is_dir());

    // A device of our own where we may make one, so a failure never replaces the
    // system's /dev/null.
    let device = if unsafe { libc::geteuid() } == 0 {
        let node = dir.path().join("null");
        let c_node = std::ffi::CString::new(node.to_str().unwrap()).unwrap();
        let dev = libc::makedev(1, 3);
        assert_eq!(
            unsafe { libc::mknod(c_node.as_ptr(), libc::S_IFCHR | 0o666, dev) },
            0
        );
        node
    } else {
        PathBuf::from("/dev/null")
    };
    let said = refused(&["plan", answers, "-o", device.to_str().unwrap()]);
    assert!(said.contains("is a device"), "{said}");
    assert!(fs::metadata(&device).unwrap().file_type().is_char_device());
}

#[test]
fn an_input_file_is_never_overwritten_whatever_the_path_that_names_it() {
    let (dir, answers) = folder();
    let before = fs::read(&answers).unwrap();
    let a = answers.to_str().unwrap();
    let d = dir.path().to_str().unwrap();
    let hard = dir.path().join("hard.yaml");
    fs::hard_link(&answers, &hard).unwrap();
    let soft = dir.path().join("soft.txt");
    std::os::unix::fs::symlink("a.yaml", &soft).unwrap();
    let dotted = format!("{d}/./a.yaml");
    for output in [a, &dotted, hard.to_str().unwrap(), soft.to_str().unwrap()] {
        let said = refused(&["score", a, "-o", output]);
        assert!(said.contains("same file as the input"), "{said}");
        refused(&["plan", a, "-o", output]);
        refused(&["compare", a, EARLIER, "-o", output]);
        refused(&["compare", EARLIER, a, "-f", "json", "-o", output]);
    }
    // A file of a folder the command reads.
    refused(&["score", d, "-o", a]);
    assert_eq!(fs::read(&answers).unwrap(), before);
    assert!(fs::symlink_metadata(&soft).unwrap().is_symlink());
}

#[test]
fn the_cohort_and_bank_files_are_inputs_too() {
    let (dir, answers) = folder();
    let a = answers.to_str().unwrap();
    let cohort = dir.path().join("peers.jsonl");
    let peers = common::stdout_of(maturity().args(["example", "--jsonl"]));
    fs::write(&cohort, &peers).unwrap();
    let c = cohort.to_str().unwrap();
    refused(&["score", a, "--cohort", c, "-o", c]);
    assert_eq!(fs::read_to_string(&cohort).unwrap(), peers);

    let bank = dir.path().join("bank.yaml");
    fs::copy("questions/bank.yaml", &bank).unwrap();
    let b = bank.to_str().unwrap();
    let text = fs::read(&bank).unwrap();
    refused(&["score", a, "--bank", b, "-o", b]);
    refused(&["plan", a, "--bank", b, "-o", b]);
    refused(&["init", "--force", "--bank", b, b]);
    assert_eq!(fs::read(&bank).unwrap(), text);
}

#[test]
fn an_output_file_never_holds_colour_codes() {
    let (dir, answers) = folder();
    let a = answers.to_str().unwrap();
    let report = dir.path().join("report.txt");
    let r = report.to_str().unwrap();
    for args in [&["score", a][..], &["plan", a], &["compare", EARLIER, a]] {
        let args = [args, &["-o", r, "--color", "always"]].concat();
        maturity().args(&args).assert().success();
        let text = fs::read_to_string(&report).unwrap();
        assert!(!text.contains('\x1b'), "{args:?}: {text}");
    }
    // Standard output keeps the colour asked for.
    let shown = common::stdout_of(maturity().args(["score", a, "--color", "always"]));
    assert!(shown.contains('\x1b'));
}
