//! A retailer's answers: the file format (YAML, or JSON, which YAML reads too), and
//! its checks against the bank. Answers hold ids only, never display text.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use crate::bank::{Bank, QuestionKind, RESERVED, SKIPPED, UNSURE};
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
    /// Answers to questions or options the bank no longer has, left out because the
    /// file was made for another version of the bank; one sentence each.
    #[serde(skip)]
    pub dropped: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub choice: Choice,
    pub note: Option<String>,
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

    pub fn is_skipped(&self) -> bool {
        matches!(self, Choice::One(id) if id == SKIPPED)
    }

    pub fn ids(&self) -> &[String] {
        match self {
            Choice::One(id) => std::slice::from_ref(id),
            Choice::Many(ids) => ids,
        }
    }
}

impl Answers {
    /// An empty set of answers for `bank`.
    pub fn new(bank: &Bank, date: Option<String>) -> Answers {
        Answers {
            bank: bank.meta.id.clone(),
            bank_version: bank.meta.version.clone(),
            retailer: None,
            date,
            answers: BTreeMap::new(),
            dropped: Vec::new(),
        }
    }

    /// Parses `src` and checks every answer against `bank`; `file` names it in messages.
    pub fn from_yaml(src: &str, file: &str, bank: &Bank) -> Result<Answers, Error> {
        let invalid = |problems| Error::Invalid {
            kind: InputKind::Answers,
            file: file.to_string(),
            problems,
        };
        let raw: RawAnswers =
            serde_yaml::from_str(src).map_err(|e| invalid(vec![yaml_problem(&e)]))?;
        let mut checked = Checked::default();
        check(&raw, src, bank, &mut checked);
        if !checked.problems.is_empty() {
            return Err(invalid(checked.problems));
        }
        Ok(Answers {
            bank: raw.bank,
            bank_version: raw.bank_version,
            retailer: raw.retailer,
            date: raw.date,
            answers: checked.answers,
            dropped: checked.dropped,
        })
    }

    /// The answer to `question`, if it was answered with options (not "unsure", not
    /// skipped).
    pub fn known(&self, question: &str) -> Option<&Answer> {
        self.answers
            .get(question)
            .filter(|a| !a.choice.is_unsure() && !a.choice.is_skipped())
    }

    /// The file form, which [`Answers::from_yaml`] reads back.
    pub fn to_yaml(&self) -> String {
        serde_yaml::to_string(self).expect("answers always serialize")
    }
}

#[derive(Default)]
struct Checked {
    answers: BTreeMap<String, Answer>,
    problems: Vec<Problem>,
    dropped: Vec<String>,
}

impl Checked {
    /// Something the bank does not know: an error for answers made for this version of
    /// the bank, and only left out for answers made for another version.
    fn unknown(&mut self, lenient: bool, at: Option<(usize, usize)>, message: String) {
        if lenient {
            self.dropped.push(message);
        } else {
            self.problems.push(Problem::new(at, message));
        }
    }
}

fn check(raw: &RawAnswers, src: &str, bank: &Bank, out: &mut Checked) {
    if raw.bank != bank.meta.id {
        out.problems.push(Problem::new(
            locate::locate(src, &["bank", &raw.bank]),
            format!(
                "these answers were made for bank `{}`, but the bank in use is `{}`; pass the bank they were made for with --bank PATH",
                raw.bank, bank.meta.id
            ),
        ));
        return;
    }
    let lenient = raw.bank_version != bank.meta.version;
    for (i, (qid, answer)) in raw.answers.0.iter().enumerate() {
        if raw.answers.0[..i].iter().any(|(k, _)| k == qid) {
            let message = format!("question `{qid}` is answered twice; keep one answer");
            out.problems.push(Problem::new(
                locate::locate(src, &["answers", qid, qid]),
                message,
            ));
            continue;
        }
        let Some(question) = bank.question(qid) else {
            let hint = suggest(qid, bank.questions.iter().map(|q| &q.id));
            let message = format!(
                "question `{qid}` is not in bank `{}` {}{hint}",
                bank.meta.id, bank.meta.version
            );
            out.unknown(lenient, locate::locate(src, &["answers", qid]), message);
            continue;
        };
        let at = |opt: &str| {
            locate::locate(src, &["answers", qid, opt]).or(locate::locate(src, &["answers", qid]))
        };
        if let Choice::Many(list) = &answer.choice {
            if question.kind != QuestionKind::Multi {
                let message = format!(
                    "question `{qid}` takes one option, not a list; choose one of {}",
                    question.option_ids()
                );
                out.problems.push(Problem::new(at(qid), message));
                continue;
            }
            if list.is_empty() {
                let message = format!(
                    "question `{qid}` has an empty list; choose one or more of {}",
                    question.option_ids()
                );
                out.problems.push(Problem::new(at(qid), message));
            }
            if let Some(word) = list.iter().find(|o| RESERVED.contains(&o.as_str())) {
                let message = format!("question `{qid}`: `{word}` stands alone, not inside a list; write `{qid}: {word}`");
                out.problems.push(Problem::new(at(word), message));
                continue;
            }
        }
        let ids = answer.choice.ids();
        let mut known = Vec::new();
        for (i, opt) in ids.iter().enumerate() {
            if ids[..i].contains(opt) {
                out.problems.push(Problem::new(
                    at(opt),
                    format!("question `{qid}`: option `{opt}` is chosen twice"),
                ));
            } else if RESERVED.contains(&opt.as_str()) || question.option(opt).is_some() {
                known.push(opt.clone());
            } else {
                let hint = suggest(opt, question.options.iter().map(|o| &o.id));
                let message = format!(
                    "question `{qid}` has no option `{opt}`{hint}; choose one of {}",
                    question.option_ids()
                );
                out.unknown(lenient, at(opt), message);
            }
        }
        if known.is_empty() {
            continue;
        }
        let choice = match &answer.choice {
            Choice::One(_) => Choice::One(known.remove(0)),
            Choice::Many(_) => Choice::Many(known),
        };
        out.answers.insert(
            qid.clone(),
            Answer {
                choice,
                ..answer.clone()
            },
        );
    }
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

/// The answers mapping in file order, repeats kept so that `check` can report them.
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
        struct AnswerVisitor;
        impl<'de> Visitor<'de> for AnswerVisitor {
            type Value = Answer;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an option id, a list of option ids, or a mapping with `choice` and an optional `note` and `evidence`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Answer, E> {
                ChoiceVisitor.visit_str(v).map(plain)
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Answer, E> {
                ChoiceVisitor.visit_bool(v).map(plain)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Answer, A::Error> {
                ChoiceVisitor.visit_seq(seq).map(plain)
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

fn plain(choice: Choice) -> Answer {
    Answer {
        choice,
        note: None,
        evidence: None,
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
