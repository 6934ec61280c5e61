//! Throughput and memory of batch scoring, through the real binary: generates random
//! answer records for the shipped bank, scores them as JSON Lines, and reports
//! records per second and peak memory; then compares one `maturity score FILE` with
//! `maturity --version`. Run with `cargo bench`; `BENCH_RECORDS` sets the large run
//! (default 1,000,000).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use maturity::bank::{Bank, QuestionKind};

const BINARY: &str = env!("CARGO_BIN_EXE_maturity");

/// A small deterministic generator (xorshift), so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Writes `records` lines of answers; the line numbered `corrupt` (from 1), if any, is
/// cut short, as a failed export leaves it.
fn generate(bank: &Bank, records: usize, corrupt: Option<usize>, path: &Path) {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = BufWriter::new(File::create(path).unwrap());
    for i in 0..records {
        if corrupt == Some(i + 1) {
            writeln!(out, "{{\"bank\": \"ecommerce-marketing-maturity\", \"answ").unwrap();
            continue;
        }
        // Built by hand to keep the bank's order, as exports from a form usually do.
        let mut answers = Vec::with_capacity(bank.questions.len());
        for q in &bank.questions {
            let value = match (rng.below(30), q.kind) {
                (0, _) => serde_json::json!("unsure"),
                (_, QuestionKind::Multi) => {
                    // An option that goes alone is never ticked with others.
                    let picked: Vec<&str> = q
                        .options
                        .iter()
                        .filter(|o| !o.exclusive && rng.below(2) == 0)
                        .map(|o| o.id.as_str())
                        .collect();
                    if picked.is_empty() {
                        serde_json::json!([q.options[0].id])
                    } else {
                        serde_json::json!(picked)
                    }
                }
                _ => serde_json::json!(q.options[rng.below(q.options.len())].id),
            };
            answers.push(format!("{}:{value}", serde_json::json!(q.id)));
        }
        writeln!(
            out,
            "{{\"bank\":{},\"bank-version\":{},\"retailer\":\"Store {i}\",\"answers\":{{{}}}}}",
            serde_json::json!(bank.meta.id),
            serde_json::json!(bank.meta.version),
            answers.join(",")
        )
        .unwrap();
    }
    // On disk before the timing starts, so that writing it back does not slow the run.
    out.into_inner().unwrap().sync_all().unwrap();
}

/// What one run of the binary took.
struct Run {
    wall: Duration,
    /// User and system time.
    cpu: Duration,
    /// Peak resident memory, KiB.
    peak: i64,
    code: Option<i32>,
}

/// Runs the binary with its output to `stdout` and `stderr` (files), or nowhere.
///
/// The kernel counts into a new process's peak memory that of the process it was
/// started from, so a small launcher (this program again, see [`launch`]) starts and
/// measures the binary: this program's own memory would otherwise be counted in.
fn run_to(args: &[&str], stdout: Option<&Path>, stderr: Option<&Path>) -> Run {
    let to =
        |path: Option<&Path>| path.map_or_else(Stdio::null, |p| File::create(p).unwrap().into());
    let report = tempfile::NamedTempFile::new().unwrap();
    let status = Command::new(std::env::current_exe().unwrap())
        .args(args)
        .env(LAUNCH, report.path())
        .stdout(to(stdout))
        .stderr(to(stderr))
        .status()
        .unwrap();
    assert!(status.success(), "the launcher failed");
    let report = std::fs::read_to_string(report.path()).unwrap();
    let fields: Vec<&str> = report.split_whitespace().collect();
    let nanos = |i: usize| Duration::from_nanos(fields[i].parse().unwrap());
    Run {
        wall: nanos(0),
        peak: fields[1].parse().unwrap(),
        code: fields[2].parse().ok(),
        cpu: nanos(3),
    }
}

/// Set to a file path, this program only launches the binary with its own arguments,
/// and writes there the wall time in nanoseconds, peak memory in KiB, exit code and
/// CPU time (user and system) in nanoseconds.
const LAUNCH: &str = "MATURITY_BENCH_LAUNCH";

fn launch(report: &str) {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let run = measure(Command::new(BINARY).args(&args));
    let code = run.code.unwrap_or(-1);
    let line = format!(
        "{} {} {code} {}\n",
        run.wall.as_nanos(),
        run.peak,
        run.cpu.as_nanos()
    );
    std::fs::write(report, line).unwrap();
}

/// Starts `command` and waits for it, with what the kernel says it used.
// wait4 reaps the child itself (it also reports its peak memory and CPU time), so
// `wait` is not used.
#[allow(clippy::zombie_processes)]
fn measure(command: &mut Command) -> Run {
    let start = Instant::now();
    let child = command.spawn().unwrap();
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value to be filled in by wait4.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, with valid pointers to locals.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    assert_eq!(pid, child.id() as i32);
    let of = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    Run {
        wall,
        cpu: of(usage.ru_utime) + of(usage.ru_stime),
        peak: usage.ru_maxrss,
        code: std::process::ExitStatus::from_raw(status).code(),
    }
}

fn run(args: &[&str]) -> Run {
    run_to(args, None, None)
}

/// A command that must succeed, started straight from here: a launcher in between
/// would add its own noise to short runs.
fn time(args: &[&str]) -> Run {
    let run = measure(
        Command::new(BINARY)
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null()),
    );
    assert_eq!(run.code, Some(0), "{args:?} failed");
    run
}

/// Files built to exhaust a YAML reader: each must be refused well under a second,
/// in under 100 MB.
fn hostile(dir: &Path) {
    let head = "bank: ecommerce-marketing-maturity\nbank-version: \"2.0.0\"\n";
    let mut bomb = format!("{head}answers:\n  goals.goal-setting: &a0 [lol]\n");
    for i in 1..12 {
        let refs = vec![format!("*a{}", i - 1); 9].join(", ");
        bomb.push_str(&format!("  q{i}: &a{i} [{refs}]\n"));
    }
    let items = vec!["central"; 4000].join(", ");
    let refs = vec!["*a"; 4000].join(", ");
    let quadratic =
        format!("{head}answers:\n  tools.stack: &a [{items}]\n  goals.goal-setting: [{refs}]\n");
    let deep = format!(
        "{head}answers:\n  tools.stack: {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    println!("hostile answers files (target: refused well under 1 s, in under 100 MB):");
    for (name, text) in [
        ("alias bomb", bomb),
        ("quadratic aliases", quadratic),
        ("10,000-deep nesting", deep),
    ] {
        let path = dir.join("hostile.yaml");
        std::fs::write(&path, text).unwrap();
        let r = run(&["score", path.to_str().unwrap()]);
        println!(
            "  {name:<20} exit {:?}, {:>6.1} ms, peak memory {:>6} KiB",
            r.code,
            r.wall.as_secs_f64() * 1e3,
            r.peak
        );
    }
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn main() {
    if let Ok(report) = std::env::var(LAUNCH) {
        return launch(&report);
    }
    let bank = Bank::embedded().unwrap();
    let large: usize = std::env::var("BENCH_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir().unwrap();
    println!(
        "batch scoring, JSON Lines in, CSV out, one process, {}",
        std::env::consts::ARCH
    );
    let mut peaks = Vec::new();
    for records in [10_000, large] {
        // The large run has one corrupted line in the middle: it must be reported by
        // its number, and every other record scored.
        let corrupt = (records == large).then_some(records / 2);
        let path = dir.path().join(format!("{records}.jsonl"));
        generate(&bank, records, corrupt, &path);
        let (rows, messages) = (dir.path().join("rows.csv"), dir.path().join("stderr"));
        let file = path.to_str().unwrap();
        let args = ["score", "--jsonl", file, "--format", "csv"];
        let r = run_to(&args, Some(&rows), Some(&messages));
        let scored = std::fs::read_to_string(&rows).unwrap().lines().count() - 1;
        let messages = std::fs::read_to_string(&messages).unwrap();
        match corrupt {
            Some(line) => {
                assert_eq!(r.code, Some(2), "a batch with a bad record exits 2");
                assert!(messages.contains(&format!("{file}:{line}:")), "{messages}");
                assert_eq!(scored, records - 1);
            }
            None => assert_eq!((r.code, scored), (Some(0), records)),
        }
        let rate = |d: Duration| records as f64 / d.as_secs_f64();
        println!(
            "  {records:>9} records: {:>7.2} s, {:>9.0} records/s ({:>9.0} per CPU second), peak memory {:>6} KiB, {scored} scored{}",
            r.wall.as_secs_f64(),
            rate(r.wall),
            rate(r.cpu),
            r.peak,
            corrupt.map_or(String::new(), |l| format!(", line {l} reported as corrupt"))
        );
        let peak = r.peak;
        peaks.push(peak);
        std::fs::remove_file(&path).unwrap();
    }
    println!(
        "  peak memory, large run over small run: {:.2}x (target: at most 1.20x)",
        peaks[1] as f64 / peaks[0] as f64
    );
    hostile(dir.path());
    let example = "questions/examples/stage-3-homeware-store.yaml";
    // Taken in turns, so that both see the same load on the machine. CPU time, which
    // other work on the machine does not add to, is given beside the wall time.
    let (mut score, mut version) = (Vec::new(), Vec::new());
    for _ in 0..51 {
        score.push(time(&["score", example]));
        version.push(time(&["--version"]));
    }
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let wall = |runs: &[Run]| median(runs.iter().map(|r| r.wall).collect());
    let cpu = |runs: &[Run]| median(runs.iter().map(|r| r.cpu).collect());
    let (score_wall, version_wall) = (wall(&score), wall(&version));
    let (score_cpu, version_cpu) = (cpu(&score), cpu(&version));
    println!(
        "one report: `maturity score FILE` {:.2} ms, `maturity --version` {:.2} ms: {:.2}x wall time; CPU time {:.2} ms vs {:.2} ms: {:.2}x (target: at most 2x)",
        ms(score_wall),
        ms(version_wall),
        score_wall.as_secs_f64() / version_wall.as_secs_f64(),
        ms(score_cpu),
        ms(version_cpu),
        score_cpu.as_secs_f64() / version_cpu.as_secs_f64()
    );
}
