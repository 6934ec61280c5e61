//! A catalogue of bad input, each case run against the real binary: exit code 2, a
//! message that names the file (and the line and column where there is one) and says
//! what is allowed, and never a panic. Hostile files are refused quickly; the time
//! they take is measured by the benchmark, here only a hang is caught.

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use predicates::prelude::*;

const HEAD: &str = "bank: ecommerce-marketing-maturity\nbank-version: \"2.0.0\"\n";

/// One case: what to run, and what stderr must contain.
struct Case {
    name: &'static str,
    /// The command line after `maturity`; `{F}` stands for the written file.
    args: &'static [&'static str],
    /// The file's bytes, written to a temporary path; `None` runs without one.
    file: Option<Vec<u8>>,
    /// Substrings stderr must contain; `{F}` stands for the file's path.
    says: &'static [&'static str],
    /// Whether the message must carry `:line:column:`.
    placed: bool,
    /// A bank's bytes, written to a temporary path that `{B}` stands for.
    bank: Option<Vec<u8>>,
    /// Whether the message must name the file (for a message about a bank's gate, or
    /// a command-line value, it need not).
    named: bool,
}

/// What a case is unless it says otherwise.
const BASE: Case = Case {
    name: "",
    args: &[],
    file: None,
    says: &[],
    placed: false,
    bank: None,
    named: true,
};

fn answers(body: &str) -> Option<Vec<u8>> {
    Some(format!("{HEAD}{body}").into_bytes())
}

fn small_bank(edit: impl Fn(String) -> String) -> Option<Vec<u8>> {
    let src = std::fs::read_to_string("tests/fixtures/small-bank.yaml").unwrap();
    let edited = edit(src.clone());
    assert_ne!(src, edited, "the edit changed nothing");
    Some(edited.into_bytes())
}

fn alias_bomb() -> Vec<u8> {
    let mut s = format!("{HEAD}answers:\n  goals.goal-setting: &a0 [lol]\n");
    for i in 1..12 {
        let refs = vec![format!("*a{}", i - 1); 9].join(", ");
        s.push_str(&format!("  q{i}: &a{i} [{refs}]\n"));
    }
    s.into_bytes()
}

fn quadratic_aliases() -> Vec<u8> {
    let items = vec!["central"; 4000].join(", ");
    let refs = vec!["*a"; 4000].join(", ");
    format!("{HEAD}answers:\n  tools.stack: &a [{items}]\n  goals.goal-setting: [{refs}]\n")
        .into_bytes()
}

/// The options of each question of a generated bank: one at each stage.
const OPTIONS: &str = "[{id: a, label: {en: A}, stage: 1, gap: {en: g}}, {id: b, label: {en: B}, stage: 2, gap: {en: g}}, {id: c, label: {en: C}, stage: 3, gap: {en: g}}, {id: d, label: {en: D}, stage: 4}]";

/// A generated bank that passes `validate`: four stages; dimension `dt` whose one
/// question `qt` decides a transition into each stage; `dims` dimensions `d0`, `d1`,
/// ... of `per` questions `q0-0`, `q0-1`, ..., each with an option at every stage;
/// then `gates`, (stage, kind, condition) each, named `g3`, `g4`, ... after the
/// three transitions `g0` to `g2`.
fn generated_bank(dims: usize, per: usize, gates: &[(u8, &str, String)]) -> String {
    let text = |s: &str| format!("{{en: {s}}}");
    let options = OPTIONS;
    let mut out =
        String::from("bank: {id: gen, version: \"1\", title: {en: G}, languages: [en]}\nstages:\n");
    for n in 1..=4 {
        out += &format!(
            "  - {{id: s{n}, number: {n}, name: {}, summary: {}, description: {}, source: x}}\n",
            text("S"),
            text("s"),
            text("d")
        );
    }
    out += "dimensions:\n  - {id: dt, name: {en: DT}, description: {en: d}, source: x}\n";
    for d in 0..dims {
        out +=
            &format!("  - {{id: d{d}, name: {{en: D{d}}}, description: {{en: d}}, source: x}}\n");
    }
    out += &format!("questions:\n  - {{id: qt, dimension: dt, kind: single, text: {{en: Q}}, help: {{en: H}}, source: x, next-steps: [n], options: {options}}}\n");
    for d in 0..dims {
        for q in 0..per {
            out += &format!("  - {{id: q{d}-{q}, dimension: d{d}, kind: single, text: {{en: Q}}, help: {{en: H}}, source: x, next-steps: [n], options: {options}}}\n");
        }
    }
    out += "gates:\n";
    let transitions = (2..=4).map(|n| {
        (
            n,
            "transition",
            format!("{{answer: {{question: qt, at-least: {n}}}}}"),
        )
    });
    for (i, (stage, kind, when)) in transitions.chain(gates.iter().cloned()).enumerate() {
        out += &format!("  - {{id: g{i}, stage: {stage}, kind: {kind}, title: {{en: T}}, gap: {{en: g}}, next-steps: [n], source: x, when: {when}}}\n");
    }
    out += "next-steps:\n  - {id: n, title: {en: T}, tool-kind: none, dimension: dt, builds-to: 2, goal: revenue, strategy: {en: s}, tactic: {en: t}, tool: {en: t}, effort: low, impact: low, source: x}\n";
    out
}

/// Answers to the generated bank: none.
fn generated_answers() -> Option<Vec<u8>> {
    Some(b"bank: gen\nbank-version: \"1\"\nanswers: {}\n".to_vec())
}

/// `n` answer conditions joined as a YAML flow list, `q{d}-0` for each `d` of `dims`.
fn answer_leaves(dims: impl Iterator<Item = usize>, at_least: u8) -> String {
    let leaves: Vec<String> = dims
        .map(|d| format!("{{answer: {{question: q{d}-0, at-least: {at_least}}}}}"))
        .collect();
    format!("[{}]", leaves.join(", "))
}

/// A plan case: `plan --target N` on a generated bank, refused by name.
fn too_complex(
    name: &'static str,
    target: &'static str,
    bank: String,
    says: &'static [&'static str],
) -> Case {
    let args: &'static [&'static str] = match target {
        "3" => &["--bank", "{B}", "plan", "{F}", "--target", "3"],
        _ => &["--bank", "{B}", "plan", "{F}", "--target", "4"],
    };
    Case {
        name,
        args,
        file: generated_answers(),
        says,
        bank: Some(bank.into_bytes()),
        named: false,
        ..BASE
    }
}

/// A bank whose top-level list `key` holds `n` entries (nothing else matters: the
/// list is refused before the rest is read).
fn long_list(key: &str, n: usize) -> Option<Vec<u8>> {
    Some(format!("bank: {{id: x}}\n{key}:\n{}", "  - {id: x}\n".repeat(n)).into_bytes())
}

/// A JSON Lines record for the shipped bank answering `tools.stack` with `choice`.
fn record(retailer: &str, choice: &str) -> String {
    format!("{{\"bank\": \"ecommerce-marketing-maturity\", \"bank-version\": \"2.0.0\", \"retailer\": \"{retailer}\", \"answers\": {{\"tools.stack\": \"{choice}\"}}}}\n")
}

/// Five distinct peers, one per answer to `tools.stack`.
fn five_peers() -> String {
    let choices = ["store-only", "basic", "central", "connected", "unsure"];
    choices
        .iter()
        .enumerate()
        .map(|(i, c)| record(&format!("Peer {i}"), c))
        .collect()
}

fn cases() -> Vec<Case> {
    let score: &[&str] = &["score", "{F}"];
    let validate: &[&str] = &["validate", "{F}"];
    let mut cases = vec![
        Case { name: "empty file", args: score, file: Some(vec![]), says: &["missing field `bank`"], placed: true, ..BASE },
        Case { name: "whitespace only", args: score, file: Some(b"   \n   \n".to_vec()), says: &["missing field `bank`"], placed: true, ..BASE },
        Case { name: "not YAML", args: score, file: Some(b"{{{{ :: ]]\n".to_vec()), says: &["{F}:1:"], placed: true, ..BASE },
        Case { name: "invalid UTF-8", args: score, file: Some(b"bank: \xff\xfe\n".to_vec()), says: &["not UTF-8 text", "save it as UTF-8"], placed: false, ..BASE },
        Case { name: "binary bytes", args: score, file: Some(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00".to_vec()), says: &["not UTF-8 text"], placed: false, ..BASE },
        Case { name: "alias bomb", args: score, file: Some(alias_bomb()), says: &["{F}:"], placed: true, ..BASE },
        Case { name: "quadratic aliases", args: score, file: Some(quadratic_aliases()), says: &["{F}:5:48: its aliases would add more than 1024 KiB"], placed: true, ..BASE },
        Case { name: "10,000-deep nesting", args: score, file: answers(&format!("answers:\n  tools.stack: {}{}\n", "[".repeat(10_000), "]".repeat(10_000))), says: &["nested more than 64 levels deep"], placed: true, ..BASE },
        Case { name: "an apostrophe before 100,000 brackets", args: score, file: answers(&format!("retailer: don't\nanswers:\n  tools.stack: {}{}\n", "[".repeat(100_000), "]".repeat(100_000))), says: &["{F}:5:80: nested more than 64 levels deep"], placed: true, ..BASE },
        Case { name: "100,000 brackets whose closing ones hide in quotes", args: score, file: answers(&format!("answers:\n  tools.stack: {}{}\n", "[\"]\", ".repeat(100_000), "]".repeat(100_000))), says: &["nested more than 64 levels deep"], placed: true, ..BASE },
        Case { name: "over the size limit", args: score, file: Some(vec![b'#'; 16 * 1024 * 1024 + 10]), says: &["larger than 16 MiB"], placed: false, ..BASE },
        Case { name: "duplicate keys", args: score, file: answers("answers:\n  tools.stack: basic\n  tools.stack: central\n"), says: &["{F}:5:3: question `tools.stack` is answered twice; keep one answer"], placed: true, ..BASE },
        Case { name: "unknown question id", args: score, file: answers("answers:\n  tools.stak: basic\n"), says: &["{F}:4:3: question `tools.stak` is not in bank", "did you mean `tools.stack`?"], placed: true, ..BASE },
        Case { name: "unknown option id", args: score, file: answers("answers:\n  tools.stack: cheap\n"), says: &["{F}:4:16: question `tools.stack` has no option `cheap`; choose one of `store-only`, `basic`, `central`, `connected`, or `unsure`"], placed: true, ..BASE },
        Case { name: "a list for a single-choice question", args: score, file: answers("answers:\n  tools.stack: [basic]\n"), says: &["takes one option, not a list; choose one of"], placed: true, ..BASE },
        Case { name: "a number where an id is expected", args: score, file: answers("answers:\n  tools.stack: 3\n"), says: &["expected an option id"], placed: true, ..BASE },
        Case { name: "a bank id that does not match", args: score, file: Some(b"bank: another-bank\nbank-version: \"2.0.0\"\nanswers: {}\n".to_vec()), says: &["{F}:1:7: these answers were made for bank `another-bank`", "pass the bank they were made for with --bank PATH"], placed: true, ..BASE },
        Case { name: "no bank version", args: score, file: Some(b"bank: ecommerce-marketing-maturity\nanswers: {}\n".to_vec()), says: &["missing field `bank-version`"], placed: true, ..BASE },
        Case { name: "an unknown field", args: score, file: answers("answers: {}\nscore: 4\n"), says: &["unknown field `score`, expected one of `bank`, `bank-version`, `retailer`, `date`, `answers`"], placed: true, ..BASE },
        Case { name: "an empty list", args: score, file: answers("answers:\n  email.triggered-flows: []\n"), says: &["has an empty list; choose one or more of"], placed: true, ..BASE },
        Case { name: "unsure inside a list", args: score, file: answers("answers:\n  email.triggered-flows: [welcome, unsure]\n"), says: &["`unsure` stands alone"], placed: true, ..BASE },
        Case { name: "an option chosen twice", args: score, file: answers("answers:\n  email.triggered-flows: [welcome, welcome]\n"), says: &["option `welcome` is chosen twice"], placed: true, ..BASE },
        Case { name: "answers that are a list", args: score, file: answers("answers: [a, b]\n"), says: &["expected a mapping from question id to answer"], placed: true, ..BASE },
        Case { name: "a misspelt note field", args: score, file: answers("answers:\n  tools.stack:\n    choice: basic\n    notes: x\n"), says: &["unknown field `notes`, expected one of `choice`, `note`, `evidence`"], placed: true, ..BASE },
        Case { name: "a bank with a duplicate id", args: validate, file: small_bank(|s| s.replacen("  - id: care.loyalty\n", "  - id: reach.email\n", 1)), says: &["question id `reach.email` is used more than once"], placed: true, ..BASE },
        Case { name: "a bank with a dangling reference", args: validate, file: small_bank(|s| s.replacen("next-steps: [start-list, grow-list]", "next-steps: [start-list, grow-lists]", 1)), says: &["refers to next step `grow-lists`, which does not exist"], placed: true, ..BASE },
        Case { name: "a bank with a stage nobody can reach", args: validate, file: small_bank(|s| s.replacen("level: {dimension: care, at-least: 3}", "level: {dimension: care, at-least: 3}\n        - answer: {question: care.service, at-least: 4}", 1)), says: &["stage 4 is out of range"], placed: true, ..BASE },
        Case { name: "a bank whose gate can never pass", args: validate, file: small_bank(|s| s.replacen("{id: live, label: {en: Live chat at key moments}, stage: 3}", "{id: live, label: {en: Live chat at key moments}, stage: 2}", 1)), says: &["gate `third-all` can never pass", "stage 3 can never be reached"], placed: true, ..BASE },
        Case { name: "a bank whose skip condition loops", args: validate, file: small_bank(|s| s.replacen("answer: {question: reach.email, at-least: 2}\n    text: {en: Do you run", "answer: {question: care.loyalty, at-least: 2}\n    text: {en: Do you run", 1)), says: &["ask-if refers to the question itself, a loop"], placed: true, ..BASE },
        Case { name: "a bank that is not YAML", args: validate, file: Some(b"bank:\n  id: [x\n".to_vec()), says: &["{F}:"], placed: true, ..BASE },
        Case { name: "an answers file that is a directory", args: &["explain", "questions"], file: None, says: &["cannot read the answers file questions"], placed: false, ..BASE },
        Case { name: "a path that does not exist", args: &["score", "no/such/answers.yaml"], file: None, says: &["cannot read the answers file no/such/answers.yaml"], placed: false, ..BASE },
        Case { name: "an unknown language", args: &["score", "questions/examples/stage-2-candle-studio.yaml", "--lang", "fr"], file: None, says: &["--lang fr: no such language; supported: en, zh, ar, tr"], placed: false, ..BASE },
        Case { name: "a bad line in a JSON Lines batch", args: &["score", "--jsonl", "{F}"], file: Some(b"{\"bank\": \"ecommerce-marketing-maturity\", \"bank-version\": \"2.0.0\", \"answers\": {}}\n{oops\n".to_vec()), says: &["{F}:2:2:", "One record could not be scored"], placed: true, ..BASE },
    ];
    cases.extend(plans());
    cases.extend(streams());
    cases.extend(sizes());
    cases
}

/// Banks too complex to plan exactly: refused by the gate's name, quickly.
fn plans() -> Vec<Case> {
    let breadth =
        |count: usize, level: u8| format!("{{breadth: {{count: {count}, at-least: {level}}}}}");
    let some = |k: usize, of: String| format!("{{some: {{count: {k}, of: {of}}}}}");
    let any = |of: String| format!("{{any: {of}}}");
    let broad = vec![
        (2, "breadth", breadth(60, 2)),
        (3, "breadth", breadth(70, 3)),
        (
            4,
            "breadth",
            format!("{{all: [{}, {}]}}", breadth(80, 4), breadth(90, 3)),
        ),
    ];
    let either_of_99 = |level| any(answer_leaves(0..99, level));
    let multiplied = vec![
        (3, "mark", either_of_99(3)),
        (
            3,
            "mark",
            format!("{{any: [{}, {}]}}", either_of_99(3), either_of_99(4)),
        ),
    ];
    vec![
        too_complex(
            "a gate met by any 13 of 26 answers",
            "3",
            generated_bank(26, 1, &[(3, "mark", some(13, answer_leaves(0..26, 3)))]),
            &["cannot plan exactly: gate `g3` on the way to Stage 3"],
        ),
        too_complex(
            "a gate met by any 2 of 99 answers",
            "3",
            generated_bank(99, 1, &[(3, "mark", some(2, answer_leaves(0..99, 3)))]),
            &[
                "cannot plan exactly: gate `g3` on the way to Stage 3",
                "no more ways of meeting the gates than 4096",
            ],
        ),
        too_complex(
            "gates whose ways multiply past the cap",
            "3",
            generated_bank(99, 1, &multiplied),
            &["cannot plan exactly: gate `g4` on the way to Stage 3"],
        ),
        too_complex(
            "breadth counts over 100 dimensions",
            "4",
            generated_bank(99, 1, &broad),
            &[
                "cannot plan exactly: gate `g5` on the way to Stage 4",
                "no more steps of work than 8000000",
            ],
        ),
    ]
}

/// Batches, cohorts and the stage they must reach: bad lines reported by their
/// number and the rest read, reading errors said as such, stages checked.
fn streams() -> Vec<Case> {
    let csv: &[&str] = &["score", "--jsonl", "{F}", "--format", "csv"];
    let cohort: &[&str] = &[
        "score",
        "questions/examples/stage-2-candle-studio.yaml",
        "--cohort",
        "{F}",
    ];
    let long_line = format!("{{\"retailer\": \"{}\"}}\n", "x".repeat(2 << 20));
    let bytes = |s: String| Some(s.into_bytes());
    vec![
        Case {
            name: "a JSON Lines line over 1 MiB",
            args: csv,
            file: bytes(format!(
                "{}{long_line}{}",
                record("A", "basic"),
                record("B", "central")
            )),
            says: &[
                "{F}:2:1: the line is longer than 1 MiB",
                "2 retailers scored",
                "One record could not be scored",
            ],
            placed: true,
            ..BASE
        },
        Case {
            name: "3 MiB of NUL bytes as JSON Lines",
            args: csv,
            file: Some(vec![0; 3 << 20]),
            says: &[
                "{F}:1:1: the line is longer than 1 MiB",
                "One record could not be scored",
            ],
            placed: true,
            ..BASE
        },
        Case {
            name: "a folder given as JSON Lines",
            args: &["score", "--jsonl", "questions"],
            says: &["cannot read the answers file questions: it is a folder"],
            ..BASE
        },
        Case {
            name: "a folder given as a cohort",
            args: &[
                "score",
                "questions/examples/stage-2-candle-studio.yaml",
                "--cohort",
                "questions",
            ],
            says: &["cannot read the answers file questions: it is a folder"],
            ..BASE
        },
        Case {
            name: "a cohort with a bad line",
            args: cohort,
            file: bytes(format!("{}{{oops\n", five_peers())),
            says: &["{F}:6:2:", "One cohort record could not be read"],
            placed: true,
            ..BASE
        },
        Case {
            name: "a cohort with a line over 1 MiB",
            args: cohort,
            file: bytes(format!("{}{long_line}", five_peers())),
            says: &[
                "{F}:6:1: the line is longer than 1 MiB",
                "One cohort record could not be read",
            ],
            placed: true,
            ..BASE
        },
        Case {
            name: "a cohort of five copies of one record",
            args: cohort,
            file: bytes(record("Acme", "basic").repeat(5)),
            says: &["4 records repeat", "the cohort has 1 usable record;"],
            ..BASE
        },
        Case {
            name: "a cohort of one record under five names",
            args: cohort,
            file: bytes(
                (0..5)
                    .map(|i| record(&format!("Acme {i}"), "basic"))
                    .collect(),
            ),
            says: &["the cohort has 1 usable record;"],
            ..BASE
        },
        Case {
            name: "a cohort of five records under one name",
            args: cohort,
            file: bytes(
                ["store-only", "basic", "central", "connected", "unsure"]
                    .iter()
                    .map(|c| record("Acme", c))
                    .collect(),
            ),
            says: &["the cohort has 1 usable record;"],
            ..BASE
        },
        Case {
            name: "--min-stage 0",
            args: &[
                "score",
                "questions/examples/stage-2-candle-studio.yaml",
                "--min-stage",
                "0",
            ],
            says: &["invalid value '0' for '--min-stage <N>': 0 is not in 1..=10"],
            ..BASE
        },
        Case {
            name: "--min-stage 11",
            args: &[
                "score",
                "questions/examples/stage-2-candle-studio.yaml",
                "--min-stage",
                "11",
            ],
            says: &["11 is not in 1..=10"],
            ..BASE
        },
        Case {
            name: "--min-stage 5",
            args: &[
                "score",
                "questions/examples/stage-2-candle-studio.yaml",
                "--min-stage",
                "5",
            ],
            says: &["--min-stage 5: the bank's stages go from 1 to 4"],
            ..BASE
        },
        Case {
            name: "--min-stage 9 for a batch",
            args: &["score", "--jsonl", "{F}", "--min-stage", "9"],
            file: bytes(record("A", "basic")),
            says: &["--min-stage 9: the bank's stages go from 1 to 4"],
            named: false,
            ..BASE
        },
        Case {
            name: "--min-stage 4 with a three-stage bank",
            args: &[
                "--bank",
                "tests/fixtures/small-bank.yaml",
                "score",
                "questions/examples/stage-2-candle-studio.yaml",
                "--min-stage",
                "4",
            ],
            says: &["--min-stage 4: the bank's stages go from 1 to 3"],
            ..BASE
        },
    ]
}

/// Files that would cost far more than their size: aliases that expand, lists longer
/// than a bank may hold, thousands of problems, megabyte-long ids.
fn sizes() -> Vec<Case> {
    let validate: &[&str] = &["validate", "{F}"];
    let score: &[&str] = &["score", "{F}"];
    let long = "x".repeat(100_000);
    let aliased = vec!["*s"; 300].join(", ");
    let mut lol = String::from("bank: {id: x}\nstages:\n  - &a0 [lol]\n");
    for i in 1..12 {
        lol += &format!(
            "  - &a{i} [{}]\n",
            vec![format!("*a{}", i - 1); 9].join(", ")
        );
    }
    let unknown: String = (0..40_000).map(|i| format!("  x{i}: basic\n")).collect();
    let nowhere = generated_bank(1, 999, &[]).replace("dimension: d0,", "dimension: nowhere,");
    let mut ring = generated_bank(99, 1, &[]);
    for d in 0..99 {
        let before = (d + 98) % 99;
        let plain = format!("{{id: d{d}, name: {{en: D{d}}}, description: {{en: d}}, source: x}}");
        ring = ring.replace(&plain, &format!("{{id: d{d}, name: {{en: D{d}}}, description: {{en: d}}, source: x, builds-on: [d{before}]}}"));
    }
    let bytes = |s: String| Some(s.into_bytes());
    vec![
        Case {
            name: "300 aliases of a 100 KB text in an answers file",
            args: score,
            file: answers(&format!(
                "retailer: &s {long}\nanswers:\n  email.triggered-flows: [{aliased}]\n"
            )),
            says: &["its aliases would add more than 1024 KiB"],
            placed: true,
            ..BASE
        },
        Case {
            name: "300 aliases of a 100 KB text in a bank",
            args: validate,
            file: bytes(format!(
                "bank: {{id: x, title: {{en: &s {long}}}, languages: [{aliased}]}}\n"
            )),
            says: &["its aliases would add more than 1024 KiB"],
            placed: true,
            ..BASE
        },
        Case {
            name: "an alias bomb in a bank",
            args: validate,
            file: bytes(lol),
            says: &["its aliases would add more than 1024 KiB"],
            placed: true,
            ..BASE
        },
        Case {
            name: "a bank of 1,001 questions",
            args: validate,
            file: long_list("questions", 1001),
            says: &["{F}:1003:5: the bank has too many questions: a bank may have at most 1000"],
            placed: true,
            ..BASE
        },
        Case {
            name: "a bank of 501 gates",
            args: validate,
            file: long_list("gates", 501),
            says: &["the bank has too many gates: a bank may have at most 500"],
            placed: true,
            ..BASE
        },
        Case {
            name: "a bank of 101 dimensions",
            args: validate,
            file: long_list("dimensions", 101),
            says: &["the bank has too many dimensions: a bank may have at most 100"],
            placed: true,
            ..BASE
        },
        Case {
            name: "a bank of 11 stages",
            args: validate,
            file: long_list("stages", 11),
            says: &["the bank has too many stages: a bank may have at most 10"],
            placed: true,
            ..BASE
        },
        Case {
            name: "a bank of 2,001 next steps",
            args: validate,
            file: long_list("next-steps", 2001),
            says: &["the bank has too many next steps: a bank may have at most 2000"],
            placed: true,
            ..BASE
        },
        Case {
            name: "a bank of 1,001 conflicts",
            args: validate,
            file: long_list("conflicts", 1001),
            says: &["the bank has too many conflicts: a bank may have at most 1000"],
            placed: true,
            ..BASE
        },
        Case {
            name: "a bank of 1,001 situations",
            args: validate,
            file: long_list("situations", 1001),
            says: &["the bank has too many situations: a bank may have at most 1000"],
            placed: true,
            ..BASE
        },
        Case {
            name: "a bank whose 999 questions name a missing dimension",
            args: validate,
            file: bytes(nowhere),
            says: &[
                "(1000 problems)",
                ":12:27: `q0-0` refers to dimension `nowhere`",
                "… and 980 more",
            ],
            placed: true,
            ..BASE
        },
        Case {
            name: "99 dimensions that build on each other in a ring",
            args: validate,
            file: bytes(ring),
            says: &["{F}:9:63: the dimensions' builds-on form a loop"],
            placed: true,
            ..BASE
        },
        Case {
            name: "40,000 unknown question ids",
            args: score,
            file: answers(&format!("answers:\n{unknown}")),
            says: &[
                "(40000 problems)",
                "{F}:4:3: question `x0` is not in bank",
                "… and 39980 more",
            ],
            placed: true,
            ..BASE
        },
        Case {
            name: "a megabyte-long option id",
            args: score,
            file: answers(&format!(
                "answers:\n  tools.stack: {}\n",
                "q".repeat(1 << 20)
            )),
            says: &[
                "{F}:4:16: question `tools.stack` has no option `qqqqqqqqqq",
                "qqqq…`",
            ],
            placed: true,
            ..BASE
        },
        Case {
            name: "a megabyte-long text where the answers belong",
            args: score,
            file: answers(&format!("answers: {}\n", "q".repeat(1 << 20))),
            says: &["invalid type: string", "qqqq…"],
            placed: true,
            ..BASE
        },
    ]
}

fn run(case: &Case, dir: &Path) -> (Option<i32>, String, String) {
    let path: PathBuf = dir.join(format!("{}.yaml", case.name.replace([' ', ','], "-")));
    if let Some(bytes) = &case.file {
        std::fs::write(&path, bytes).unwrap();
    }
    let bank = dir.join(format!("{}.bank.yaml", case.name.replace([' ', ','], "-")));
    if let Some(bytes) = &case.bank {
        std::fs::write(&bank, bytes).unwrap();
    }
    let args: Vec<String> = case
        .args
        .iter()
        .map(|a| a.replace("{F}", &path.display().to_string()))
        .map(|a| a.replace("{B}", &bank.display().to_string()))
        .collect();
    let out = Command::cargo_bin("maturity")
        .unwrap()
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(&args)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    (
        out.status.code(),
        path.display().to_string(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_bad_input_is_refused_with_a_clear_message_and_exit_code_2() {
    let cases = cases();
    assert!(cases.len() >= 60, "{} cases", cases.len());
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let (code, path, err) = run(case, dir.path());
        let named = if case.file.is_some() && case.named {
            err.contains(&path)
        } else {
            true
        };
        let placed = !case.placed
            || err.contains(&format!("{path}:"))
                && err.split(&format!("{path}:")).nth(1).is_some_and(|rest| {
                    let mut parts = rest.splitn(3, ':');
                    parts.next().is_some_and(|l| l.parse::<usize>().is_ok())
                        && parts.next().is_some_and(|c| c.parse::<usize>().is_ok())
                });
        let says = case
            .says
            .iter()
            .all(|s| err.contains(&s.replace("{F}", &path)));
        if code != Some(2) || !named || !placed || !says || err.contains("panicked") {
            failures.push(format!(
                "{}: exit {code:?}, named {named}, placed {placed}, says {says}\n{err}",
                case.name
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n---\n"));
}

#[test]
fn an_unreadable_file_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.yaml");
    std::fs::write(&path, "bank: x\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        // The superuser reads any file; the permission cannot be tested as root.
        eprintln!("running as a user who can read a file without permission: case skipped");
        return;
    }
    Command::cargo_bin("maturity")
        .unwrap()
        .arg("score")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(
            predicates::str::contains("cannot read the answers file")
                .and(predicates::str::contains("Permission denied")),
        );
}

#[test]
fn escape_sequences_in_a_file_are_shown_not_obeyed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evil.yaml");
    let body = "retailer: \"Evil\\e]0;owned\\a\\e[2J\\e[31mRed\"\nanswers:\n  tools.stack:\n    choice: basic\n    note: \"\\e[8mhidden\"\n";
    std::fs::write(&path, format!("{HEAD}{body}")).unwrap();
    for args in [&["score", "--all"][..], &["explain"], &["plan"]] {
        let out = Command::cargo_bin("maturity")
            .unwrap()
            .args(args)
            .arg(&path)
            .args(["--color", "never"])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            !text.contains('\x1b') && !text.contains('\x07'),
            "{args:?} let a control character through"
        );
        if args[0] == "score" {
            assert!(
                text.contains("Evil\\u{1b}]0;owned\\u{7}\\u{1b}[2J\\u{1b}[31mRed"),
                "{text}"
            );
        }
    }
    let bad = dir.path().join("bad.yaml");
    std::fs::write(
        &bad,
        format!("{HEAD}answers:\n  \"tools.stack\\e[2J\": basic\n"),
    )
    .unwrap();
    let out = Command::cargo_bin("maturity")
        .unwrap()
        .arg("score")
        .arg(&bad)
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        !err.contains('\x1b') && err.contains("tools.stack\\u{1b}[2J"),
        "{err}"
    );
}

#[test]
fn a_plan_is_found_when_impossible_branches_fill_an_any() {
    // `q0-0` only reaches Stage 2, so each of the 5,000 first branches can never hold;
    // only the last one can, and the plan takes it.
    let impossible = answer_leaves(std::iter::repeat_n(0, 5000), 4);
    let gate = format!(
        "{{any: [{}, {{answer: {{question: q1-0, at-least: 3}}}}]}}",
        &impossible[1..impossible.len() - 1]
    );
    let stage_2 =
        "[{id: a, label: {en: A}, stage: 1, gap: {en: g}}, {id: b, label: {en: B}, stage: 2}]";
    let q0 = "{id: q0-0, dimension: d0, kind: single, text: {en: Q}, help: {en: H}, source: x, next-steps: [n], options: ";
    let bank = generated_bank(2, 1, &[(3, "mark", gate)]).replacen(
        &format!("{q0}{OPTIONS}"),
        &format!("{q0}{stage_2}"),
        1,
    );
    let dir = tempfile::tempdir().unwrap();
    let (bank_path, answers_path) = (dir.path().join("bank.yaml"), dir.path().join("a.yaml"));
    std::fs::write(&bank_path, bank).unwrap();
    std::fs::write(&answers_path, generated_answers().unwrap()).unwrap();
    let out = Command::cargo_bin("maturity")
        .unwrap()
        .arg("--bank")
        .arg(&bank_path)
        .args(["plan", "--target", "4", "--format", "json"])
        .arg(&answers_path)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut changed: Vec<&str> = plan["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["question"].as_str().unwrap())
        .collect();
    changed.sort_unstable();
    assert_eq!(changed, ["q1-0", "qt"]);
}

#[test]
fn an_endless_line_on_standard_input_is_reported_and_read_past_in_flat_memory() {
    let zeros = std::fs::File::open("/dev/zero").unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("maturity"))
        .args(["score", "--jsonl", "-", "--format", "csv"])
        .stdin(zeros)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Long enough to read far more than any memory cap would allow it to keep.
    std::thread::sleep(Duration::from_millis(1500));
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap();
    child.kill().unwrap();
    let out = child.wait_with_output().unwrap();
    let rss_kib: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    assert!(rss_kib < 64 * 1024, "{rss_kib} KiB resident");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("<stdin>:1:1: the line is longer than 1 MiB"),
        "{err}"
    );
}

#[test]
fn a_megabyte_long_id_is_quoted_cut_short() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.yaml");
    let id = "q".repeat(1 << 20);
    let body = format!(
        "{HEAD}answers:\n  email.triggered-flows: [{id}1, {id}2, {id}3]\n  tools.stack: {id}\n  ? {id}\n  : basic\n"
    );
    std::fs::write(&path, body).unwrap();
    let out = Command::cargo_bin("maturity")
        .unwrap()
        .arg("score")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        out.stderr.len() < 4000,
        "{} bytes of messages",
        out.stderr.len()
    );
}
