//! Plans from arbitrary answers files to a stage picked from the input: nothing may
//! panic, a plan's changes made to the answers place the retailer at its target at
//! least, and the roadmap renders in every format.
#![no_main]

mod shipped;

use libfuzzer_sys::fuzz_target;
use maturity::engine::plan::{apply, plan, NoPlan};
use maturity::render::documents::{self, DocFormat};
use maturity::render::plan::Outcome;
use maturity::render::{RenderOptions, Roadmap};
use maturity::{assess, Answers};
use shipped::bank;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(answers) = Answers::from_yaml(src, "fuzz.yaml", bank()) else {
        return;
    };
    let bank = bank();
    let a = assess(bank, &answers);
    let target = target_for(data, bank.top_stage());
    let planned = plan(bank, &answers, target);
    let r = match &planned {
        Ok(p) => {
            let reached = assess(bank, &apply(bank, &answers, &p.raises(bank)));
            assert!(reached.stage.number >= target, "{target}: {p:?}");
            assert_eq!(reached.stage.number, p.lands_at);
            Outcome::Changes(p)
        }
        Err(NoPlan::AlreadyThere { stage }) => {
            assert!(*stage >= target);
            Outcome::AlreadyThere {
                stage: *stage,
                target,
                top: bank.top_stage(),
            }
        }
        Err(NoPlan::NoSuchStage { .. } | NoPlan::TooComplex { .. }) => return,
    };
    let r = Roadmap {
        assessment: &a,
        outcome: r,
    };
    for format in [
        DocFormat::Table,
        DocFormat::Json,
        DocFormat::Markdown,
        DocFormat::Html,
    ] {
        let mut out = Vec::new();
        documents::plan(&r, format, &RenderOptions::default(), &mut out).unwrap();
    }
});

/// One target per input, from 0 to one past the top so both refusals are reached too.
/// Planning every input to every stage spent most of a run re-planning the same
/// answers; a hash of the bytes spreads the targets while staying reproducible.
fn target_for(data: &[u8], top: u8) -> u8 {
    let hash = data.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    (hash % (u64::from(top) + 2)) as u8
}
