//! A retailer's answers: the file format (YAML, or JSON, which YAML reads too), and
//! its checks against the bank. Answers hold ids only, never display text.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use crate::bank::{Bank, QuestionKind, UNSURE};
use crate::error::{yaml_problem, Error, InputKind, Problem};
use crate::locate;

/// One retailer's answers, checked against a bank.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Answers {
    /// The id of the bank the answers were made for.
    pub bank: String,
    /// The version of that bank.
    pub bank_version: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retailer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Question id → answer.
    pub answers: BTreeMap<String, Answer>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Answer {
    pub choice: Choice,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// What was chosen: one option, several (multiple choice), or "don't know / not
/// applicable", which the engine counts as no evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Choice {
    One(String),
    Many(Vec<String>),
}

impl Choice {
    pub fn is_unsure(&self) -> bool {
        matches!(self, Choice::One(id) if id == UNSURE)
    }

    pub fn ids(&self) -> &[String] {
        match self {
            Choice::One(id) => std::slice::from_ref(id),
            Choice::Many(ids) => ids,
        }
    }
}

impl Answers {
    /// Parses `src` and checks every answer against `bank`; `file` names it in messages.
    pub fn from_yaml(src: &str, file: &str, bank: &Bank) -> Result<Answers, Error> {
        let invalid = |problems| Error::Invalid {
            kind: InputKind::Answers,
            file: file.to_string(),
            problems,
        };
        let raw: RawAnswers =
            serde_yaml::from_str(src).map_err(|e| invalid(vec![yaml_problem(&e)]))?;
        let problems = check(&raw, src, bank);
        if !problems.is_empty() {
            return Err(invalid(problems));
        }
        Ok(Answers {
            bank: raw.bank,
            bank_version: raw.bank_version,
            retailer: raw.retailer,
            date: raw.date,
            answers: raw.answers.0.into_iter().collect(),
        })
    }

    /// The chosen option ids of `question`, if it was answered with something other
    /// than "unsure".
    pub fn known(&self, question: &str) -> Option<&Answer> {
        self.answers.get(question).filter(|a| !a.choice.is_unsure())
    }
}

fn check(raw: &RawAnswers, src: &str, bank: &Bank) -> Vec<Problem> {
    let mut out = Vec::new();
    if raw.bank != bank.meta.id {
        out.push(Problem::new(
            locate::locate(src, &["bank", &raw.bank]),
            format!(
                "these answers were made for bank `{}`, but the bank in use is `{}`; pass the bank they were made for with --bank PATH",
                raw.bank, bank.meta.id
            ),
        ));
        return out;
    }
    for (qid, answer) in &raw.answers.0 {
        let Some(question) = bank.question(qid) else {
            out.push(Problem::new(
                locate::locate(src, &["answers", qid]),
                format!(
                    "question `{qid}` is not in bank `{}`{}",
                    bank.meta.id,
                    suggest(qid, bank.questions.iter().map(|q| &q.id))
                ),
            ));
            continue;
        };
        let at = |opt: &str| {
            locate::locate(src, &["answers", qid, opt]).or(locate::locate(src, &["answers", qid]))
        };
        let ids = answer.choice.ids();
        if let Choice::Many(list) = &answer.choice {
            if question.kind != QuestionKind::Multi {
                out.push(Problem::new(
                    at(qid),
                    format!(
                        "question `{qid}` takes one option, not a list; choose one of {}",
                        question.option_ids()
                    ),
                ));
                continue;
            }
            if list.is_empty() {
                out.push(Problem::new(
                    at(qid),
                    format!(
                        "question `{qid}` has an empty list; choose one or more of {}",
                        question.option_ids()
                    ),
                ));
            }
            if list.iter().any(|o| o == UNSURE) {
                out.push(Problem::new(at(UNSURE), format!("question `{qid}`: `{UNSURE}` stands alone, not inside a list; write `{qid}: {UNSURE}`")));
                continue;
            }
        }
        for (i, opt) in ids.iter().enumerate() {
            if ids[..i].contains(opt) {
                out.push(Problem::new(
                    at(opt),
                    format!("question `{qid}`: option `{opt}` is chosen twice"),
                ));
            } else if opt != UNSURE && question.option(opt).is_none() {
                out.push(Problem::new(
                    at(opt),
                    format!(
                        "question `{qid}` has no option `{opt}`{}; choose one of {}",
                        suggest(opt, question.options.iter().map(|o| &o.id)),
                        question.option_ids()
                    ),
                ));
            }
        }
    }
    out
}

/// " (did you mean `x`?)" when an id is a small typo away from a known one.
fn suggest<'a>(id: &str, known: impl Iterator<Item = &'a String>) -> String {
    known
        .map(|k| (edit_distance(id, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min()
        .map(|(_, k)| format!(" (did you mean `{k}`?)"))
        .unwrap_or_default()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (diag + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawAnswers {
    bank: String,
    bank_version: String,
    #[serde(default)]
    retailer: Option<String>,
    #[serde(default)]
    date: Option<String>,
    answers: AnswerMap,
}

/// The answers mapping, in file order; a question answered twice is an error.
struct AnswerMap(Vec<(String, Answer)>);

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
                    if out.iter().any(|(k, _)| *k == key) {
                        return Err(de::Error::custom(format!(
                            "question `{key}` is answered twice; keep one answer"
                        )));
                    }
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
#[serde(deny_unknown_fields)]
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
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Answer;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an option id, a list of option ids, or a mapping with `choice` and an optional `note` and `evidence`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Answer, E> {
                Ok(plain(Choice::One(v.to_string())))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Answer, E> {
                // YAML reads a bare `yes`/`no` as text, but `true`/`false` as booleans.
                Ok(plain(Choice::One(if v { "yes" } else { "no" }.to_string())))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Answer, A::Error> {
                let ids = Vec::<String>::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
                Ok(plain(Choice::Many(ids)))
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
        d.deserialize_any(V)
    }
}

fn plain(choice: Choice) -> Answer {
    Answer {
        choice,
        note: None,
        evidence: None,
    }
}

impl<'de> Deserialize<'de> for Choice {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Choice;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an option id or a list of option ids")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Choice, E> {
                Ok(Choice::One(v.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Choice, A::Error> {
                Vec::<String>::deserialize(de::value::SeqAccessDeserializer::new(seq))
                    .map(Choice::Many)
            }
        }
        d.deserialize_any(V)
    }
}
