//! Reads arbitrary bytes as a JSON Lines batch and writes its rows in every row
//! format: nothing may panic, and every line that is not blank is either scored or
//! reported, once.
#![no_main]

mod shipped;

use libfuzzer_sys::fuzz_target;
use maturity::batch::score_jsonl;
use maturity::i18n::Messages;
use maturity::render::rows::{RowFormat, Rows};
use shipped::bank;

/// The lines the reader must account for: every line that is not UTF-8, and every
/// one that is and holds more than white space.
fn records(data: &[u8]) -> usize {
    let data = data.strip_suffix(b"\n").unwrap_or(data);
    if data.is_empty() {
        return 0;
    }
    data.split(|&b| b == b'\n')
        .filter(|line| std::str::from_utf8(line).map_or(true, |l| !l.trim().is_empty()))
        .count()
}

fuzz_target!(|data: &[u8]| {
    let bank = bank();
    let m = Messages::new(maturity::i18n::Lang::En);
    for format in [RowFormat::Table, RowFormat::Csv, RowFormat::Jsonl] {
        let rows = Rows {
            format,
            bank,
            m: &m,
            width: 80,
        };
        let mut out = Vec::new();
        rows.header(&mut out).unwrap();
        let mut reported = 0;
        let summary = score_jsonl(
            bank,
            data,
            "fuzz.jsonl",
            &mut |r| {
                rows.row(r, &mut out).unwrap();
                Ok(())
            },
            &mut |_| reported += 1,
        )
        .unwrap();
        rows.summary(&summary, &mut out).unwrap();
        assert_eq!(summary.failed, reported);
        assert_eq!(summary.scored + summary.failed, records(data));
    }
});
