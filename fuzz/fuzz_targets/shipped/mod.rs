//! The shipped bank, read once per fuzzing process: every target that scores answers
//! scores them against it, and reading it for each input would swamp the run.

use std::sync::OnceLock;

use maturity::Bank;

pub fn bank() -> &'static Bank {
    static BANK: OnceLock<Bank> = OnceLock::new();
    BANK.get_or_init(|| Bank::embedded().expect("the shipped bank is valid"))
}
