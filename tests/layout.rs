//! The shape of the source that the architecture asks for: the library under the
//! command line knows nothing of clap or of `crate::cli`, no code keeps global or
//! thread-local state, the command line dispatches in `cli/mod.rs`, files stay small.

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
fn no_code_keeps_global_or_hidden_state() {
    for f in rust_files("src") {
        for (i, line) in read(&f).lines().enumerate() {
            let code = line.trim_start();
            // Two statics hold no state of ours: the allocator, and the start-up hook
            // that tells a closed standard output from /dev/null (src/main.rs).
            let allocator = code == "static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;"
                || code == "static MARK_CLOSED: extern \"C\" fn() = mark_closed;";
            let hidden = ["static ", "pub static ", "pub(crate) static "]
                .iter()
                .any(|s| code.starts_with(s))
                && !allocator;
            assert!(
                !hidden
                    && !code.contains("thread_local!")
                    && !code.contains("static mut")
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

/// Every source file stays under 400 lines and every function under 60, so each can
/// be read at once. A function is measured from its `fn` line to the closing brace
/// at the same indentation.
#[test]
fn source_files_and_functions_stay_small() {
    let mut too_long = Vec::new();
    for file in rust_files("src") {
        let text = read(&file);
        let lines: Vec<&str> = text.lines().collect();
        if lines.len() > 400 {
            too_long.push(format!("{}: {} lines", file.display(), lines.len()));
        }
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            let code = line.trim_start();
            let is_fn = ["fn ", "pub fn ", "pub(crate) fn ", "pub(super) fn "]
                .iter()
                .any(|p| code.starts_with(p))
                && !line.trim_end().ends_with(';');
            if is_fn {
                let indent = line.len() - code.len();
                let close = format!("{}}}", " ".repeat(indent));
                let end = (i + 1..lines.len())
                    .find(|&j| {
                        lines[j].starts_with(&close)
                            && lines[j].len() - lines[j].trim_start().len() == indent
                    })
                    .unwrap_or(i);
                if end + 1 - i > 60 {
                    too_long.push(format!(
                        "{}:{}: {} lines",
                        file.display(),
                        i + 1,
                        end + 1 - i
                    ));
                }
                i = end;
            }
            i += 1;
        }
    }
    assert!(too_long.is_empty(), "{too_long:#?}");
}
