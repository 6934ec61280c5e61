//! The shape of the source that the architecture asks for: the library under the
//! command line knows nothing of clap or of `crate::cli`, and the command line keeps
//! no global state, dispatches in `cli/mod.rs` and stays in small files.

use std::path::{Path, PathBuf};

/// The `.rs` files under `path` (or `path` itself), in name order.
fn rust_files(path: &str) -> Vec<PathBuf> {
    let path = Path::new(path);
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            files.extend(rust_files(p.to_str().unwrap()));
        } else if p.extension().is_some_and(|e| e == "rs") {
            files.push(p);
        }
    }
    files.sort();
    files
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn the_library_under_the_command_line_knows_nothing_of_clap() {
    for part in ["src/render", "src/engine", "src/bank", "src/schema.rs"] {
        for f in rust_files(part) {
            let text = read(&f);
            for word in ["clap", "crate::cli", "ValueEnum"] {
                assert!(!text.contains(word), "{} mentions {word}", f.display());
            }
        }
    }
}

#[test]
fn the_command_line_keeps_no_global_state() {
    for f in rust_files("src/cli") {
        for (i, line) in read(&f).lines().enumerate() {
            let code = line.trim_start();
            assert!(
                !code.starts_with("static ")
                    && !code.starts_with("pub static ")
                    && !code.contains("std::mem::forget"),
                "{}:{}: {line}",
                f.display(),
                i + 1
            );
        }
    }
}

#[test]
fn the_command_line_is_small_files_and_mod_rs_only_dispatches() {
    for f in rust_files("src/cli") {
        let lines = read(&f).lines().count();
        assert!(lines <= 400, "{} has {lines} lines", f.display());
    }
    let dispatch = read(Path::new("src/cli/mod.rs"));
    let functions: Vec<&str> = dispatch
        .lines()
        .filter(|l| l.trim_start().starts_with("pub fn ") || l.trim_start().starts_with("fn "))
        .collect();
    assert_eq!(
        functions,
        ["pub fn run(cli: Cli, out: &mut dyn Write) -> Result<(), Error> {"]
    );
}
