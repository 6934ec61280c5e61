//! A retailer's answers: the file format (YAML, or JSON, which YAML reads too), and
//! its checks against the bank. Answers hold ids only, never display text.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use crate::bank::{Bank, QuestionKind, RESERVED, SKIPPED, UNSURE};
use crate::error::{Error, InputKind, Problem, Problems, SHOWN_PROBLEMS};
use crate::i18n::Msg;
use crate::locate::{
    json_error, merge_key, more_nodes_than, without_bom, yaml_error, At, Source, Step::Get,
};
use crate::msg;
use crate::nesting::nesting_problem;
use crate::size::size_problems;

mod format;

use format::RawAnswers;

/// One retailer's answers, checked against a bank.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    /// file was made for another version of the bank.
    #[serde(skip)]
    pub dropped: Vec<Msg>,
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

impl Answer {
    /// An answer with no note or evidence.
    pub fn plain(choice: Choice) -> Answer {
        Answer {
            choice,
            note: None,
            evidence: None,
        }
    }
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
    /// A byte-order mark in front, as some editors save, is passed over.
    pub fn from_yaml(src: &str, file: &str, bank: &Bank) -> Result<Answers, Error> {
        let src = without_bom(src);
        let refused = nesting_problem(src)
            .or_else(|| merge_key(src))
            .or_else(|| too_many_entries(src));
        if let Some(p) = refused {
            return Err(invalid(file, vec![p]));
        }
        let too_large = size_problems(src, &[]);
        if !too_large.is_empty() {
            return Err(invalid(file, too_large));
        }
        let raw =
            serde_yaml::from_str(src).map_err(|e| invalid(file, vec![yaml_error(src, &e)]))?;
        Answers::checked(raw, &Source::new(src), file, bank)
    }

    /// Parses one JSON document (a line of a JSON Lines stream), faster than YAML; a
    /// byte-order mark in front is passed over.
    pub fn from_json(src: &str, file: &str, bank: &Bank) -> Result<Answers, Error> {
        let src = without_bom(src);
        if let Some(p) = nesting_problem(src).or_else(|| too_many_entries(src)) {
            return Err(invalid(file, vec![p]));
        }
        let raw =
            serde_json::from_str(src).map_err(|e| invalid(file, vec![json_error(src, &e)]))?;
        Answers::checked(raw, &Source::new(src), file, bank)
    }

    fn checked(
        mut raw: RawAnswers,
        source: &Source,
        file: &str,
        bank: &Bank,
    ) -> Result<Answers, Error> {
        let mut checked = Checked::default();
        check(&mut raw, source, bank, &mut checked);
        if checked.dropped_more > 0 {
            let more = msg!("error-more-problems", count = checked.dropped_more);
            checked.dropped.push(more);
        }
        if !checked.problems.is_empty() {
            return Err(invalid(file, checked.problems.into_vec()));
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
        crate::render::yaml::to_string(self).expect("answers always serialize")
    }
}

/// The most entries (keys, ids, lists and texts) an answers file may hold: answers
/// to a bank of 1,000 questions, each with its options, note and evidence, need far
/// fewer. More are refused before serde reads them, so a file of a million unknown
/// ids costs one quick pass, not a full reading and a million messages.
pub const MAX_ENTRIES: usize = 100_000;

/// A file with more than [`MAX_ENTRIES`] entries, counted only as far as the limit.
/// Each entry takes at least two bytes, so a file of at most twice that many bytes
/// is not counted at all.
fn too_many_entries(src: &str) -> Option<Problem> {
    let over = src.len() > 2 * MAX_ENTRIES && more_nodes_than(src, MAX_ENTRIES);
    over.then(|| Problem::new(None, msg!("answers-too-many-entries", max = MAX_ENTRIES)))
}

fn invalid(file: &str, problems: Vec<Problem>) -> Error {
    Error::Invalid {
        kind: InputKind::Answers,
        file: file.to_string(),
        problems,
    }
}

#[derive(Default)]
struct Checked {
    answers: BTreeMap<String, Answer>,
    problems: Problems,
    dropped: Vec<Msg>,
    /// Left out beyond those listed in `dropped`, only counted.
    dropped_more: usize,
}

impl Checked {
    /// Something the bank does not know: an error for answers made for this version of
    /// the bank, and only left out for answers made for another version.
    /// `at` places it and `msg` says it, each made only when it is shown.
    fn unknown(&mut self, lenient: bool, at: impl FnOnce() -> At, msg: impl FnOnce() -> Msg) {
        if lenient && self.dropped.len() < SHOWN_PROBLEMS {
            self.dropped.push(msg());
        } else if lenient {
            self.dropped_more += 1;
        } else {
            self.problems.push_with(|| Problem::new(at(), msg()));
        }
    }
}

fn check(raw: &mut RawAnswers, source: &Source, bank: &Bank, out: &mut Checked) {
    if raw.bank != bank.meta.id {
        let at = source.at(&[Get("bank")]);
        let m = msg!(
            "answers-wrong-bank",
            made_for = &raw.bank,
            bank = &bank.meta.id
        );
        out.problems.push(Problem::new(at, m));
        return;
    }
    let lenient = raw.bank_version != bank.meta.version;
    // Questions seen with a problem, so that a repeat of them is still caught.
    let mut refused: rustc_hash::FxHashSet<String> = Default::default();
    for (i, (qid, answer)) in std::mem::take(&mut raw.answers.0).into_iter().enumerate() {
        let place = Where { source, entry: i };
        if out.answers.contains_key(&qid) || refused.contains(&qid) {
            out.problems.push(Problem::new(
                place.entry(),
                msg!("answers-twice", question = &qid),
            ));
            continue;
        }
        match check_answer(&qid, answer, place, bank, lenient, out) {
            Some(answer) => {
                out.answers.insert(qid, answer);
            }
            None => {
                refused.insert(qid);
            }
        }
    }
}

/// Where the `entry`th answer of the file stands, and its options.
#[derive(Clone, Copy)]
struct Where<'s> {
    source: &'s Source<'s>,
    entry: usize,
}

impl Where<'_> {
    /// The answer: where its question id stands.
    fn entry(self) -> At {
        self.source.root().get("answers").key_at(self.entry).at()
    }

    /// Its `n`th option id (the only one, for a single choice), or the answer where
    /// that cannot be found.
    fn option(self, n: usize) -> At {
        let answer = self.source.root().get("answers").value_at(self.entry);
        let choice = if answer.is_map() {
            answer.get("choice")
        } else {
            answer
        };
        let option = if choice.is_seq() {
            choice.item(n)
        } else {
            choice
        };
        option.at().or_else(|| self.entry())
    }
}

/// One answer against its question: the answer with any unknown options left out
/// (for another bank version), or `None` when nothing of it can be kept.
fn check_answer(
    qid: &str,
    mut answer: Answer,
    place: Where,
    bank: &Bank,
    lenient: bool,
    out: &mut Checked,
) -> Option<Answer> {
    let Some(question) = bank.question(qid) else {
        let m = || {
            msg!(
                "answers-unknown-question",
                question = qid,
                bank = &bank.meta.id,
                version = &bank.meta.version,
                suggestion = suggest(qid, bank.questions.iter().map(|q| &q.id)),
            )
        };
        out.unknown(lenient, || place.entry(), m);
        return None;
    };
    if let Choice::Many(list) = &answer.choice {
        list_problems(qid, question, list, place, out)?;
    }
    let ids = answer.choice.ids();
    let valid = |opt: &String| RESERVED.contains(&opt.as_str()) || question.option(opt).is_some();
    let mut keep = vec![true; ids.len()];
    let mut seen: HashSet<&str> = HashSet::new();
    for (i, opt) in ids.iter().enumerate() {
        if ids.len() > 1 && !seen.insert(opt) {
            let m = msg!("answers-option-twice", question = qid, option = opt);
            out.problems.push(Problem::new(place.option(i), m));
        } else if !valid(opt) {
            keep[i] = false;
            let m = || {
                msg!(
                    "answers-unknown-option",
                    question = qid,
                    option = opt,
                    options = question.option_ids(),
                    suggestion = suggest(opt, question.options.iter().map(|o| &o.id)),
                )
            };
            out.unknown(lenient, || place.option(i), m);
        }
    }
    if keep.iter().all(|k| *k) {
        return Some(answer);
    }
    let mut k = keep.iter();
    match &mut answer.choice {
        Choice::One(_) => return None,
        Choice::Many(list) => list.retain(|_| *k.next().unwrap_or(&false)),
    }
    (!answer.choice.ids().is_empty()).then_some(answer)
}

/// What is wrong with a list answer: a list for a single choice, an empty list, a
/// reserved word among the options, or an option that goes alone with others;
/// `None` when the answer cannot be kept.
fn list_problems(
    qid: &str,
    question: &crate::bank::Question,
    list: &[String],
    place: Where,
    out: &mut Checked,
) -> Option<()> {
    if question.kind != QuestionKind::Multi {
        let options = question.option_ids();
        let m = msg!("answers-list-for-single", question = qid, options = options);
        out.problems.push(Problem::new(place.entry(), m));
        return None;
    }
    if list.is_empty() {
        let options = question.option_ids();
        let m = msg!("answers-empty-list", question = qid, options = options);
        out.problems.push(Problem::new(place.entry(), m));
    }
    if let Some(n) = list.iter().position(|o| RESERVED.contains(&o.as_str())) {
        let m = msg!("answers-reserved-in-list", question = qid, word = &list[n]);
        out.problems.push(Problem::new(place.option(n), m));
        return None;
    }
    if let Some(n) = question.exclusive_among(list) {
        let m = msg!("answers-exclusive", question = qid, option = &list[n]);
        out.problems.push(Problem::new(place.option(n), m));
        return None;
    }
    Some(())
}

/// The known id a small typo away from `id`, or `none`.
fn suggest<'a>(id: &str, known: impl Iterator<Item = &'a String>) -> String {
    let len = id.chars().count();
    known
        // Ids whose lengths differ by more than the allowance cannot be near.
        .filter(|k| len.abs_diff(k.chars().count()) <= 2.max(k.len() / 4))
        .map(|k| (edit_distance(id, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min()
        .map_or_else(|| "none".to_string(), |(_, k)| k.clone())
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
