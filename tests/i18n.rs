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
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}.ftl: missing {missing:?}, extra {extra:?}"
        );
    }
}

#[test]
fn the_shipped_bank_has_every_text_in_every_language() {
    let bank = Bank::embedded().unwrap();
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(
        bank.meta.languages, codes,
        "the bank declares the four languages"
    );
}

#[test]
fn validate_names_every_missing_text_with_its_id_and_language() {
    let small = std::fs::read_to_string("tests/fixtures/small-bank.yaml").unwrap();
    let bank = small
        .replacen("languages: [en]", "languages: [en, tr]", 1)
        .replacen("name: {en: First}", "name: {en: First, tr: Birinci}", 1);
    let mut f = tempfile::Builder::new().suffix(".yaml").tempfile().unwrap();
    std::io::Write::write_all(&mut f, bank.as_bytes()).unwrap();
    let out = assert_cmd::Command::cargo_bin("maturity")
        .unwrap()
        .arg("validate")
        .arg(f.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("`first` summary: the `tr` text is missing"),
        "{err}"
    );
    assert!(
        err.contains("`reach.email` text: the `tr` text is missing"),
        "{err}"
    );
    assert!(!err.contains("`first` name:"), "{err}");
}
