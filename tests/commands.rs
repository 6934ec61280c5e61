//! What every command prints, in every format, for the shipped examples: snapshots,
//! so every change to what users see shows in review. Each snapshot holds one
//! command in one format for every example, one after the other; the data formats,
//! which carry every language, for one example of each stage.

mod common;

use common::{examples, maturity};

/// Standard output of `maturity ARGS`, which must succeed.
fn run(args: &[&str]) -> String {
    common::stdout_of(maturity().env("NO_COLOR", "1").args(args))
}

/// One example of each stage.
const ONE_PER_STAGE: [&str; 4] = [
    "stage-1-tea-shop-without-tools",
    "stage-2-candle-studio",
    "stage-3-homeware-store",
    "stage-4-outdoor-gear-retailer",
];

/// `command` (with `extra` arguments) for every example, each under its file name;
/// for one per stage in the formats that carry every language.
fn for_every_example(command: &[&str], extra: &[&str]) -> String {
    let data = command
        .windows(2)
        .any(|w| w[0] == "--format" && ["json", "yaml", "html"].contains(&w[1]));
    let mut all = String::new();
    let chosen = examples().into_iter().filter(|f| {
        let stem = f.file_stem().unwrap().to_string_lossy();
        !data || ONE_PER_STAGE.contains(&stem.as_ref())
    });
    for file in chosen {
        let path = file.to_str().unwrap();
        let mut args = command.to_vec();
        args.push(path);
        args.extend(extra);
        all.push_str(&format!(
            "==> {}\n",
            file.file_name().unwrap().to_string_lossy()
        ));
        all.push_str(&run(&args));
        all.push('\n');
    }
    all
}

#[test]
fn score_in_every_format() {
    for format in ["table", "json", "yaml", "markdown", "html"] {
        let text = for_every_example(&["score", "--format", format], &[]);
        insta::assert_snapshot!(format!("score_{format}"), text);
    }
}

#[test]
fn explain_in_every_format() {
    for format in ["table", "json"] {
        let text = for_every_example(&["explain", "--format", format], &[]);
        insta::assert_snapshot!(format!("explain_{format}"), text);
    }
}

#[test]
fn plan_in_every_format() {
    for format in ["table", "json"] {
        let text = for_every_example(&["plan", "--format", format], &[]);
        insta::assert_snapshot!(format!("plan_{format}"), text);
    }
}

/// Each example against the Stage 1 example of the same shape: progress as the
/// retailer would see it after improving.
#[test]
fn compare_in_every_format() {
    let before = "questions/examples/stage-1-tea-shop-without-tools.yaml";
    for format in ["table", "json"] {
        let text = for_every_example(&["compare", "--format", format, before], &[]);
        insta::assert_snapshot!(format!("compare_{format}"), text);
    }
}

#[test]
fn questions_and_validate_in_every_format() {
    for format in ["table", "json"] {
        insta::assert_snapshot!(
            format!("questions_{format}"),
            run(&["questions", "--format", format])
        );
    }
    insta::assert_snapshot!("validate", run(&["validate"]));
}

/// The data commands' text in every language, for one retailer.
#[test]
fn explain_plan_and_compare_in_every_language() {
    let file = "questions/examples/stage-2-candle-studio.yaml";
    let before = "questions/examples/stage-1-tea-shop-without-tools.yaml";
    for lang in ["en", "zh", "ar", "tr"] {
        let mut text = run(&["--lang", lang, "explain", file]);
        text.push_str(&run(&["--lang", lang, "plan", file]));
        text.push_str(&run(&["--lang", lang, "compare", before, file]));
        insta::assert_snapshot!(format!("explain_plan_compare_{lang}"), text);
    }
}
