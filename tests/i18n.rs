//! Every language speaks every interface message and every bank text.

use maturity::bank::Bank;
use maturity::i18n::{message_ids, Lang};

#[test]
fn every_fluent_file_parses_and_has_exactly_the_english_messages() {
    let english = message_ids(Lang::En).unwrap();
    assert!(english.len() > 50, "{} messages", english.len());
    for lang in Lang::ALL {
        let ids = message_ids(lang).unwrap_or_else(|e| panic!("{e}"));
        let missing: Vec<&String> = english.iter().filter(|id| !ids.contains(id)).collect();
        let extra: Vec<&String> = ids.iter().filter(|id| !english.contains(id)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{lang}.ftl: missing {missing:?}, extra {extra:?}");
    }
}

#[test]
fn the_shipped_bank_has_every_text_in_every_language() {
    let bank = Bank::embedded().unwrap();
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(bank.meta.languages, codes, "the bank declares the four languages");
}
