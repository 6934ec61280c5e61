//! Loads arbitrary bytes as a question bank: validation must report, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maturity::Bank;

fuzz_target!(|data: &[u8]| {
    if let Ok(src) = std::str::from_utf8(data) {
        let _ = Bank::from_yaml(src, "fuzz.yaml");
    }
});
