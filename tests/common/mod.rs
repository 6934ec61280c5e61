//! Helpers the integration tests share: the real binary with a predictable
//! environment, and the shipped examples.

#![allow(dead_code)]

use std::path::PathBuf;

use assert_cmd::Command;

/// The `maturity` binary, with no language, colour or width taken from the
/// environment of whoever runs the tests.
pub fn maturity() -> Command {
    let mut cmd = Command::cargo_bin("maturity").unwrap();
    for var in ["LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR", "COLUMNS"] {
        cmd.env_remove(var);
    }
    cmd
}

/// The shipped example answers files, in name order.
pub fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("questions/examples")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    files
}

/// A temporary `.yaml` file holding `contents`.
pub fn temp_file(contents: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new().suffix(".yaml").tempfile().unwrap();
    std::io::Write::write_all(&mut f, contents.as_bytes()).unwrap();
    f
}

/// Standard output of `cmd`, which must succeed (its standard error is shown if not).
pub fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
