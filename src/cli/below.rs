//! `--min-stage` in a batch: which retailers are below the stage, named on standard
//! error with their stage before the batch exits with code 3.

use super::context::Context;
use super::stderr;
use crate::batch::Row;
use crate::msg;
use crate::text::inert_line;

/// Most retailers named; the rest are counted (a batch may be a million records).
const NAMED: usize = 50;

/// The retailers of a batch below `--min-stage`.
#[derive(Debug, Default)]
pub struct Below {
    min: Option<u8>,
    named: Vec<(String, u8)>,
    count: usize,
}

impl Below {
    pub fn new(min: Option<u8>) -> Below {
        Below {
            min,
            ..Below::default()
        }
    }

    /// Notes `row` if it is below the stage.
    pub fn see(&mut self, row: &Row) {
        let stage = row.verdict.stage;
        if self.min.is_some_and(|min| stage < min) {
            self.count += 1;
            if self.named.len() < NAMED {
                self.named.push((row.name.clone(), stage));
            }
        }
    }

    /// Names them on standard error, even when quiet: they are what the exit code
    /// is about.
    pub fn report(&self, ctx: &Context, scored: usize) {
        let Some(min) = self.min.filter(|_| self.count > 0) else {
            return;
        };
        let m = &ctx.m;
        let said = msg!(
            "batch-below",
            count = self.count,
            scored = scored,
            min = min
        );
        stderr::line(m.render(&said));
        for (name, stage) in &self.named {
            let stage = m.render(&msg!("batch-below-stage", stage = *stage));
            stderr::line(format_args!("  {}: {stage}", inert_line(name)));
        }
        if self.count > self.named.len() {
            let more = msg!("batch-below-more", count = self.count - self.named.len());
            stderr::line(format_args!("  {}", m.render(&more)));
        }
    }
}
