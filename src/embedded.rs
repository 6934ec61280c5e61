//! What the build script prepares for the binary: the question bank (checked in full,
//! so a bank that fails a check fails the build; stored as JSON) and the interface
//! messages (each Fluent file split into its entries by Fluent's own parser).

use crate::bank::{schema::RawBank, Bank, DEFAULT_BANK_NAME};
use crate::error::{parse_problem, Error, InputKind};
use crate::i18n::Lang;

/// Each message and term of a language's Fluent file, by id (`-name` for a term), with
/// its source, in file order: a run parses only the few dozen it shows.
pub(crate) fn messages(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => include!(concat!(env!("OUT_DIR"), "/messages.en.rs")),
        Lang::Zh => include!(concat!(env!("OUT_DIR"), "/messages.zh.rs")),
        Lang::Ar => include!(concat!(env!("OUT_DIR"), "/messages.ar.rs")),
        Lang::Tr => include!(concat!(env!("OUT_DIR"), "/messages.tr.rs")),
    }
}

/// The bank shipped inside the binary.
pub const DEFAULT_BANK_YAML: &str = include_str!("../questions/bank.yaml");
/// The same bank as JSON, written at build time (see `src/build.rs`).
const DEFAULT_BANK_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/bank.json"));
/// The same, once per declared language, with that language's texts and English only.
const BANK_BY_LANGUAGE: &[(&str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/bank_by_language.rs"));

impl Bank {
    /// The bank embedded at build time.
    pub fn embedded() -> Result<Bank, Error> {
        Bank::from_json(DEFAULT_BANK_JSON)
    }

    /// The embedded bank with the texts of `lang` (and English, the fallback) only,
    /// for output in one language: quicker to read.
    pub fn embedded_in(lang: &str) -> Result<Bank, Error> {
        let json = BANK_BY_LANGUAGE
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(DEFAULT_BANK_JSON, |(_, json)| json);
        Bank::from_json(json)
    }

    /// Reads the embedded bank into the same types as any bank. The build script ran
    /// every check on the YAML this JSON was written from, in every build profile, so
    /// they are not run again at each start; a test checks that both agree.
    fn from_json(json: &str) -> Result<Bank, Error> {
        let raw: RawBank = serde_json::from_str(json).map_err(|e| Error::Invalid {
            kind: InputKind::Bank,
            file: DEFAULT_BANK_NAME.to_string(),
            problems: vec![parse_problem(None, e.to_string())],
        })?;
        Ok(Bank::index(raw))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The JSON the build script wrote reads as the YAML it was made from.
    #[test]
    fn the_embedded_bank_is_the_yaml_bank() {
        let from_yaml = Bank::from_yaml(DEFAULT_BANK_YAML, DEFAULT_BANK_NAME).unwrap();
        assert_eq!(
            format!("{:?}", Bank::embedded().unwrap()),
            format!("{from_yaml:?}")
        );
    }

    /// Each language's share holds that language's texts and English, nothing else.
    #[test]
    fn each_language_share_holds_its_texts_and_english() {
        let whole = Bank::embedded().unwrap();
        let shares: Vec<&str> = BANK_BY_LANGUAGE.iter().map(|(l, _)| *l).collect();
        assert_eq!(shares, whole.meta.languages);
        for (lang, json) in BANK_BY_LANGUAGE {
            assert!(
                json.len() < DEFAULT_BANK_JSON.len(),
                "{lang}: only its texts"
            );
            let share = Bank::embedded_in(lang).unwrap();
            for (q, full) in share.questions.iter().zip(&whole.questions) {
                let kept: Vec<&str> = q.text.languages().collect();
                let mut expected = vec!["en", lang];
                expected.sort_unstable();
                expected.dedup();
                assert_eq!(kept, expected, "{lang}: {}", q.id);
                assert_eq!(q.text.get(lang), full.text.get(lang));
            }
        }
    }
}
