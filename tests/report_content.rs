//! One content in every format: what the JSON holds, the HTML and Markdown reports
//! show, in words a store owner reads (no internal ids), with nothing a retailer
//! wrote read as markup or reordering the page; options that cannot apply refused.

mod common;

use common::{examples, maturity};

/// A batch writes rows to standard output: `-o`, `--cohort` and `--all` mean
/// nothing there, so they are refused with a reason instead of being ignored.
#[test]
fn options_for_one_report_are_refused_for_a_batch() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rows.txt");
    let cohort = dir.path().join("cohort.jsonl");
    std::fs::write(&cohort, "{}\n").unwrap();
    let files = examples();
    let refused: [(&[&str], &str); 3] = [
        (
            &["-o", out.to_str().unwrap()],
            "-o writes one retailer's report",
        ),
        (
            &["--cohort", cohort.to_str().unwrap()],
            "--cohort places one retailer",
        ),
        (
            &["--all"],
            "--all shows every gap and next step of one retailer",
        ),
    ];
    for (args, why) in refused {
        for batch in [&files[..2], &files[..1]] {
            let mut cmd = maturity();
            cmd.arg("score").args(batch).args(args);
            if batch.len() == 1 {
                cmd.args(["--format", "csv"]);
            }
            let run = cmd.output().unwrap();
            assert_eq!(run.status.code(), Some(2), "{args:?}");
            let said = String::from_utf8_lossy(&run.stderr);
            assert!(said.contains(why), "{args:?}: {said}");
            assert!(run.stdout.is_empty(), "{args:?}: rows were written");
        }
    }
    assert!(!out.exists(), "-o wrote a file");
}
