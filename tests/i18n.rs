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

/// Every message id written in the source exists in `en.ftl`, so a typo fails here
/// instead of printing the id to a user.
#[test]
fn every_message_id_in_the_source_is_in_the_english_file() {
    let english = message_ids(Lang::En).unwrap();
    let mut sources = vec![std::path::PathBuf::from("src")];
    let mut unknown = Vec::new();
    let mut seen = 0;
    while let Some(path) = sources.pop() {
        if path.is_dir() {
            sources.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        // `msg!("id"`, `Msg { id: "id"`, `id: "id"` in message tables, and `.t("id")`.
        for opener in ["msg!(\"", "msg!(\n", "id: \"", ".t(\""] {
            for (at, _) in src.match_indices(opener) {
                let rest = src[at + opener.len()..]
                    .trim_start()
                    .trim_start_matches('"');
                let id: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                    .collect();
                // Only ids shaped like message ids: lowercase words joined by dashes.
                if id.contains('-') && rest[id.len()..].starts_with('"') {
                    seen += 1;
                    if !english.contains(&id) {
                        unknown.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
    }
    assert!(
        seen > 100,
        "only {seen} message ids found: the scan is broken"
    );
    assert!(unknown.is_empty(), "not in en.ftl: {unknown:?}");
}
