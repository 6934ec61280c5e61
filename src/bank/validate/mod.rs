//! Every check a bank must pass before the engine may use it. Problems are collected,
//! not returned one at a time, so a bank author sees all of them in one run.

use std::collections::{HashMap, HashSet};

use super::rule::{dimension_levels, Rule};
use super::schema::{AnswerRange, Condition, GateKind, QuestionKind, RawBank, Text};
use super::RESERVED;
use crate::error::{Problem, Problems};
use crate::i18n::Msg;
use crate::locate::{Source, Step, Step::Get, Step::Item, Step::Key};
use crate::msg;

mod gates;
mod texts;

use gates::leaves;

/// Everything wrong with `raw`; empty when it is a usable bank. `src` is the text
/// `raw` was read from, which places each problem at the entry it is about.
pub(super) fn problems<'a>(raw: &'a RawBank, src: &'a str) -> Vec<Problem> {
    let first = |ids: Vec<&'a String>| -> HashMap<&'a str, usize> {
        let mut map = HashMap::with_capacity(ids.len());
        for (i, id) in ids.into_iter().enumerate() {
            map.entry(id.as_str()).or_insert(i);
        }
        map
    };
    let mut c = Checker {
        raw,
        source: Source::new(src),
        out: Problems::default(),
        questions: first(raw.questions.iter().map(|q| &q.id).collect()),
        dimensions: first(raw.dimensions.iter().map(|d| &d.id).collect()),
        steps: raw.next_steps.iter().map(|s| s.id.as_str()).collect(),
        known_dimensions: ids(raw.dimensions.iter().map(|d| &d.id)),
    };
    c.meta();
    c.stages();
    c.dimensions();
    c.questions();
    c.next_steps();
    c.gates();
    c.kinds();
    c.conflicts();
    c.situations();
    c.sources();
    c.texts();
    c.reachability();
    c.out.into_vec()
}

/// The checks' state: the bank, where its entries stand, the problems so far, and
/// its ids indexed, so that every check is linear in the size of the bank.
struct Checker<'a> {
    raw: &'a RawBank,
    source: Source<'a>,
    out: Problems,
    /// Question ids, each with the position of its first question.
    questions: HashMap<&'a str, usize>,
    /// Dimension ids, each with the position of its first dimension.
    dimensions: HashMap<&'a str, usize>,
    steps: HashSet<&'a str>,
    /// The dimension ids, for messages that list them.
    known_dimensions: String,
}

/// A path into the bank's source; see [`crate::locate`].
type Path<'p> = Vec<Step<'p>>;

/// `path` followed by `more`.
fn join<'p>(path: &[Step<'p>], more: &[Step<'p>]) -> Path<'p> {
    path.iter().chain(more).copied().collect()
}

impl<'a> Checker<'a> {
    /// Records a problem placed at the end of `path` in the source (or as near to it
    /// as the source goes).
    /// Placing it is left out once enough problems are listed.
    fn problem(&mut self, path: &[Step], msg: Msg) {
        let source = &self.source;
        self.out.push_with(|| Problem::new(source.at(path), msg));
    }

    /// Ids must be unique and not reserved; `list` is the path to the entries, and a
    /// problem is placed at the offending entry's `id`.
    fn unique<'i>(&mut self, what: &str, list: &[Step], ids: impl Iterator<Item = &'i String>) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            let n = seen.entry(id).or_default();
            if *n > 0 {
                let m = msg!("bank-duplicate-id", what = what, id = id);
                self.problem(&join(list, &[Item(i), Key("id")]), m);
            }
            *n += 1;
            if id.is_empty() || RESERVED.contains(&id.as_str()) {
                let m = msg!("bank-reserved-id", what = what, id = id);
                self.problem(&join(list, &[Item(i), Key("id")]), m);
            }
        }
    }

    fn top(&self) -> u8 {
        self.raw.stages.len() as u8
    }

    fn meta(&mut self) {
        if !self.raw.bank.languages.iter().any(|l| l == "en") {
            self.problem(&[Get("bank"), Key("languages")], msg!("bank-needs-english"));
        }
    }

    fn stages(&mut self) {
        let ids = self.raw.stages.iter().map(|s| &s.id);
        self.unique("stage", &[Get("stages")], ids);
        let mut numbers: Vec<u8> = self.raw.stages.iter().map(|s| s.number).collect();
        numbers.sort_unstable();
        let expected: Vec<u8> = (1..=self.raw.stages.len() as u8).collect();
        if numbers != expected || numbers.len() < 2 {
            let list: Vec<String> = numbers.iter().map(u8::to_string).collect();
            let m = msg!("bank-stage-numbers", numbers = list.join(", "));
            self.problem(&[Key("stages")], m);
        }
        for (i, stage) in self.raw.stages.iter().enumerate() {
            for (j, step) in stage.advice.iter().enumerate() {
                let path = [Get("stages"), Item(i), Get("advice"), Item(j)];
                self.step_exists(&stage.id, step, &path);
            }
        }
    }

    fn dimensions(&mut self) {
        let ids = self.raw.dimensions.iter().map(|d| &d.id);
        self.unique("dimension", &[Get("dimensions")], ids);
        for (i, d) in self.raw.dimensions.iter().enumerate() {
            for (j, dep) in d.builds_on.iter().enumerate() {
                let path = [Get("dimensions"), Item(i), Get("builds-on"), Item(j)];
                self.dimension_exists(&d.id, dep, &path);
            }
        }
        if let Err(i) = super::foundation_depths(&self.raw.dimensions) {
            let path = [Get("dimensions"), Item(i), Key("builds-on")];
            self.problem(&path, msg!("bank-builds-on-cycle"));
        }
        let asked: HashSet<&str> = self
            .raw
            .questions
            .iter()
            .map(|q| q.dimension.as_str())
            .collect();
        for (i, d) in self.raw.dimensions.iter().enumerate() {
            if !asked.contains(d.id.as_str()) {
                let m = msg!("bank-empty-dimension", dimension = &d.id);
                self.problem(&[Get("dimensions"), Item(i)], m);
            }
        }
    }

    /// `dim`, which `owner` names at `path`, must be a dimension of the bank.
    fn dimension_exists(&mut self, owner: &str, dim: &str, path: &[Step]) {
        if !self.dimensions.contains_key(dim) {
            let m = msg!(
                "bank-unknown-dimension",
                owner = owner,
                dimension = dim,
                known = &self.known_dimensions
            );
            self.problem(path, m);
        }
    }

    /// `step`, which `owner` names at `path`, must be a next step of the bank.
    fn step_exists(&mut self, owner: &str, step: &str, path: &[Step]) {
        if !self.steps.contains(step) {
            let m = msg!("bank-unknown-step", owner = owner, step = step);
            self.problem(path, m);
        }
    }

    /// `stage`, written at `path`, must lie between `lowest` and the top stage; the
    /// message names the stage as `owner`'s `field`.
    fn stage_in_range(&mut self, owner: &str, field: &str, stage: u8, lowest: u8, path: &[Step]) {
        let top = self.top();
        if stage < lowest || stage > top {
            let m = msg!(
                "bank-stage-out-of-range",
                owner = owner,
                field = field,
                stage = stage,
                lowest = lowest,
                top = top
            );
            self.problem(path, m);
        }
    }

    fn questions(&mut self) {
        let ids = self.raw.questions.iter().map(|q| &q.id);
        self.unique("question", &[Get("questions")], ids);
        for (i, q) in self.raw.questions.iter().enumerate() {
            let here = [Get("questions"), Item(i)];
            self.dimension_exists(&q.id, &q.dimension, &join(&here, &[Get("dimension")]));
            let options = join(&here, &[Get("options")]);
            self.unique("option", &options, q.options.iter().map(|o| &o.id));
            let best = q.best_stage();
            for (j, o) in q.options.iter().enumerate() {
                let option = join(&options, &[Item(j)]);
                let stage = join(&option, &[Get("stage")]);
                self.stage_in_range(&q.id, &o.id, o.stage, 1, &stage);
                if o.stage < best && o.gap.is_none() {
                    let m = msg!("bank-option-without-gap", question = &q.id, option = &o.id);
                    self.problem(&option, m);
                }
                if o.exclusive && q.kind != QuestionKind::Multi {
                    let m = msg!("bank-exclusive-not-multi", question = &q.id, option = &o.id);
                    self.problem(&join(&option, &[Key("exclusive")]), m);
                }
            }
            let ids: Vec<&str> = q.options.iter().map(|o| o.id.as_str()).collect();
            let options_key = join(&here, &[Key("options")]);
            match q.kind {
                QuestionKind::YesNo if ids != ["yes", "no"] && ids != ["no", "yes"] => {
                    let m = msg!(
                        "bank-yes-no-options",
                        question = &q.id,
                        options = ids.join(", ")
                    );
                    self.problem(&options_key, m)
                }
                QuestionKind::Single | QuestionKind::Multi if ids.len() < 2 => {
                    let m = msg!("bank-too-few-options", question = &q.id);
                    self.problem(&options_key, m)
                }
                _ => {}
            }
            if q.next_steps.is_empty() {
                let m = msg!("bank-question-without-steps", question = &q.id);
                self.problem(&join(&here, &[Key("next-steps")]), m);
            }
            for (j, step) in q.next_steps.iter().enumerate() {
                self.step_exists(&q.id, step, &join(&here, &[Get("next-steps"), Item(j)]));
            }
        }
        self.ask_ifs();
    }

    /// A skip condition may look only at answers given before its question, which
    /// also rules out loops.
    fn ask_ifs(&mut self) {
        let questions = &self.raw.questions;
        for (i, q) in questions.iter().enumerate() {
            let Some(cond) = &q.ask_if else { continue };
            let here = vec![Get("questions"), Item(i), Get("ask-if")];
            for (leaf, path) in leaves(cond, here) {
                let Condition::Answer { question, at_least } = leaf else {
                    let m = msg!("bank-ask-if-not-answer", question = &q.id);
                    self.problem(&path, m);
                    continue;
                };
                let target = join(&path, &[Get("answer"), Get("question")]);
                match self.questions.get(question.as_str()).copied() {
                    None => {
                        let m = msg!("bank-ask-if-unknown", question = &q.id, target = question);
                        self.problem(&target, m)
                    }
                    Some(j) if j == i => {
                        let m = msg!("bank-ask-if-itself", question = &q.id);
                        self.problem(&target, m)
                    }
                    Some(j) if j > i => {
                        let m = msg!("bank-ask-if-later", question = &q.id, target = question);
                        self.problem(&target, m)
                    }
                    Some(_) => {
                        let at = join(&path, &[Get("answer"), Get("at-least")]);
                        self.stage_in_range(&q.id, question, *at_least, 1, &at)
                    }
                }
            }
        }
    }

    fn next_steps(&mut self) {
        let ids = self.raw.next_steps.iter().map(|s| &s.id);
        self.unique("step", &[Get("next-steps")], ids);
        let mut used: HashSet<&str> = HashSet::new();
        used.extend(
            self.raw
                .questions
                .iter()
                .flat_map(|q| q.next_steps.iter().map(String::as_str)),
        );
        used.extend(
            self.raw
                .gates
                .iter()
                .flat_map(|g| g.next_steps.iter().map(String::as_str)),
        );
        used.extend(
            self.raw
                .stages
                .iter()
                .flat_map(|s| s.advice.iter().map(String::as_str)),
        );
        used.extend(
            self.raw
                .situations
                .iter()
                .flat_map(|s| s.first.iter().map(String::as_str)),
        );
        for (i, s) in self.raw.next_steps.iter().enumerate() {
            let here = [Get("next-steps"), Item(i)];
            self.dimension_exists(&s.id, &s.dimension, &join(&here, &[Get("dimension")]));
            if s.tool_kind.trim().is_empty() {
                let m = msg!("bank-empty-tool-kind", step = &s.id);
                self.problem(&join(&here, &[Key("tool-kind")]), m);
            }
            let builds_to = join(&here, &[Get("builds-to")]);
            self.stage_in_range(&s.id, "builds-to", s.builds_to, 2, &builds_to);
            if !used.contains(s.id.as_str()) {
                self.problem(&here, msg!("bank-unused-step", step = &s.id));
            }
        }
    }
}

fn ids<'i>(ids: impl Iterator<Item = &'i String>) -> String {
    ids.map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ")
}
