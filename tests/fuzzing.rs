//! The fuzzing set-up the README describes: every target in `fuzz/Cargo.toml` has a
//! run command in the README's Fuzzing section and a committed corpus to start from.

use std::path::Path;

/// The `[[bin]]` names of the fuzz crate, in file order.
fn targets() -> Vec<String> {
    let manifest = std::fs::read_to_string("fuzz/Cargo.toml").unwrap();
    let mut names = Vec::new();
    let mut in_bin = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_bin = line == "[[bin]]";
        } else if let Some(value) = line.strip_prefix("name = ").filter(|_| in_bin) {
            names.push(value.trim_matches('"').to_owned());
        }
    }
    names
}

/// The README from its Fuzzing heading to the next heading of the same or a higher level.
fn fuzzing_section() -> String {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let start = readme
        .find("### Fuzzing\n")
        .expect("a Fuzzing section in the README");
    readme[start..]
        .lines()
        .skip(1)
        .take_while(|l| !l.starts_with("## ") && !l.starts_with("### "))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_fuzz_target_has_a_command_in_the_readme() {
    let targets = targets();
    assert_eq!(targets, ["answers", "bank", "plan", "render", "batch"]);
    let section = fuzzing_section();
    for t in &targets {
        let run = format!("cargo fuzz run -O -s none {t} corpus/{t}");
        assert!(section.contains(&run), "the README has no `{run}`");
        assert!(
            Path::new(&format!("fuzz/fuzz_targets/{t}.rs")).is_file(),
            "{t} has no source file"
        );
    }
}

#[test]
fn every_fuzz_target_has_a_committed_corpus_within_its_length_limit() {
    let section = fuzzing_section();
    assert!(
        section.contains("-max_len=4096"),
        "the README's commands set -max_len=4096"
    );
    for t in targets() {
        let dir = format!("fuzz/corpus/{t}");
        let inputs: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .map(|e| e.unwrap().path())
            .collect();
        assert!(
            inputs.len() >= 100,
            "{dir} holds only {} inputs",
            inputs.len()
        );
        for input in inputs {
            let len = std::fs::metadata(&input).unwrap().len();
            assert!(
                len <= 4096,
                "{} is {len} bytes, over -max_len",
                input.display()
            );
        }
    }
}
