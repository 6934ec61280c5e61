//! How answers are written: the file's shape, an answer as a plain id, a list of
//! ids or a map with a note and evidence, and `yes`/`no` read from YAML booleans.

use std::fmt;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::{Answer, Choice};

#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    rename_all = "kebab-case",
    expecting = "an answers file (a mapping with bank, bank-version, answers)"
)]
pub(super) struct RawAnswers {
    pub(super) bank: String,
    pub(super) bank_version: String,
    #[serde(default)]
    pub(super) retailer: Option<String>,
    #[serde(default)]
    pub(super) date: Option<String>,
    pub(super) answers: AnswerMap,
}

/// The answers mapping in file order, repeats kept so that `check` can report them.
pub(super) struct AnswerMap(pub(super) Vec<(String, Answer)>);

impl<'de> Deserialize<'de> for AnswerMap {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = AnswerMap;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping from question id to answer")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AnswerMap, A::Error> {
                let mut out: Vec<(String, Answer)> = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value = map.next_value::<Answer>()?;
                    out.push((key, value));
                }
                Ok(AnswerMap(out))
            }
        }
        d.deserialize_map(V)
    }
}

/// The long form of an answer, with a note or evidence.
#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "an answer with a note (a mapping with choice, note, evidence)"
)]
struct DetailedAnswer {
    choice: Choice,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    evidence: Option<String>,
}

/// An answer is an option id, a list of option ids, or a mapping with `choice`
/// and an optional `note` and `evidence`.
impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct AnswerVisitor;
        impl<'de> Visitor<'de> for AnswerVisitor {
            type Value = Answer;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an option id, a list of option ids, or a mapping with `choice` and an optional `note` and `evidence`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Answer, E> {
                ChoiceVisitor.visit_str(v).map(Answer::plain)
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Answer, E> {
                ChoiceVisitor.visit_bool(v).map(Answer::plain)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Answer, A::Error> {
                ChoiceVisitor.visit_seq(seq).map(Answer::plain)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Answer, A::Error> {
                let d = DetailedAnswer::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Answer {
                    choice: d.choice,
                    note: d.note,
                    evidence: d.evidence,
                })
            }
        }
        d.deserialize_any(AnswerVisitor)
    }
}

/// An answer without a note or evidence is written as its choice alone.
impl Serialize for Answer {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Detailed<'a> {
            choice: &'a Choice,
            #[serde(skip_serializing_if = "Option::is_none")]
            note: &'a Option<String>,
            #[serde(skip_serializing_if = "Option::is_none")]
            evidence: &'a Option<String>,
        }
        if self.note.is_none() && self.evidence.is_none() {
            return self.choice.serialize(s);
        }
        Detailed {
            choice: &self.choice,
            note: &self.note,
            evidence: &self.evidence,
        }
        .serialize(s)
    }
}

struct ChoiceVisitor;

impl<'de> Visitor<'de> for ChoiceVisitor {
    type Value = Choice;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an option id or a list of option ids")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Choice, E> {
        Ok(Choice::One(v.to_string()))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Choice, E> {
        // YAML reads a bare `yes`/`no` as text, but `true`/`false` as booleans.
        Ok(Choice::One(if v { "yes" } else { "no" }.to_string()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Choice, A::Error> {
        Vec::<String>::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Choice::Many)
    }
}

impl<'de> Deserialize<'de> for Choice {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ChoiceVisitor)
    }
}
