//! Parses and scores arbitrary bytes as an answers file against the shipped bank,
//! and renders the report: nothing may panic. Whatever the batch reader's quick path
//! accepts, the full reader must accept with the same verdict.
#![no_main]

mod shipped;

use libfuzzer_sys::fuzz_target;
use maturity::render::{renderer, Format, RenderOptions};
use maturity::{assess, Answers};
use shipped::bank;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    if let Some((name, verdict)) = maturity::quick::verdict(bank(), src) {
        let full = Answers::from_json(src, "line", bank()).expect("quick accepted it");
        assert_eq!(name, full.retailer);
        assert_eq!(verdict, maturity::engine::verdict(bank(), &full));
    }
    let parsed = [
        Answers::from_yaml(src, "fuzz.yaml", bank()),
        Answers::from_json(src, "fuzz.json", bank()),
    ];
    for answers in parsed.into_iter().flatten() {
        let a = assess(bank(), &answers);
        let mut out = Vec::new();
        renderer(Format::Table)
            .render(&a, &RenderOptions::default(), &mut out)
            .unwrap();
    }
});
