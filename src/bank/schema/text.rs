//! A user-facing text of the bank, in each of its languages: read straight into a
//! short sorted list, and written back as the mapping it was read from.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A user-facing text keyed by language code (`en`, `zh`, `ar`, `tr`). Every text
/// in the bank has this shape, so adding a language is adding keys, not a schema.
#[derive(Debug, Clone, PartialEq, Eq, Default, JsonSchema)]
#[schemars(transparent)]
pub struct Text(
    // A short list sorted by language, not a map: a text has a few languages, a bank
    // hundreds of texts, and a map costs a large node each.
    #[schemars(with = "BTreeMap<String, String>")] Vec<(String, String)>,
);

/// Read straight into the sorted list: every start reads hundreds of texts.
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Texts;
        impl<'de> serde::de::Visitor<'de> for Texts {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map from language code to text")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut text = Text(Vec::with_capacity(map.size_hint().unwrap_or(4).min(8)));
                while let Some((lang, words)) = map.next_entry::<String, String>()? {
                    if text.exactly(&lang).is_some() {
                        // Worded as serde words a repeated field, to be placed alike.
                        let repeat = format!("duplicate field `{lang}`");
                        return Err(serde::de::Error::custom(repeat));
                    }
                    text.set(lang, words);
                }
                Ok(text)
            }
        }
        d.deserialize_map(Texts)
    }
}

impl Text {
    /// The text in `lang`, falling back to English, then to any language present.
    pub fn get(&self, lang: &str) -> &str {
        self.exactly(lang)
            .or_else(|| self.exactly("en"))
            .or_else(|| self.0.first().map(|(_, t)| t.as_str()))
            .unwrap_or("")
    }

    /// The text in `lang`, if it has one.
    pub fn exactly(&self, lang: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(_, t)| t.as_str())
    }

    /// The languages it is written in, in order.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(l, _)| l.as_str())
    }

    /// Sets the text in `lang`, replacing any there was.
    pub fn set(&mut self, lang: impl Into<String>, text: impl Into<String>) {
        let (lang, text) = (lang.into(), text.into());
        match self.0.binary_search_by(|(l, _)| l.cmp(&lang)) {
            Ok(i) => self.0[i].1 = text,
            Err(i) => self.0.insert(i, (lang, text)),
        }
    }
}

/// Written as a mapping from language to text, as it is read.
impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(l, t)| (l.as_str(), t.as_str())))
    }
}
