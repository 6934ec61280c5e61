//! Every check a bank must pass before the engine may use it. Problems are collected,
//! not returned one at a time, so a bank author sees all of them in one run.

use std::collections::{HashMap, HashSet};

use super::rule::{dimension_levels, Rule};
use super::schema::{AnswerRange, Condition, GateKind, QuestionKind, RawBank, Text};
use super::RESERVED;
use crate::error::Problem;
use crate::i18n::Msg;
use crate::locate;
use crate::msg;

/// Everything wrong with `raw`; empty when it is a usable bank.
pub(super) fn problems(raw: &RawBank, src: &str) -> Vec<Problem> {
    let mut c = Checker {
        raw,
        src,
        out: Vec::new(),
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
    c.out
}

struct Checker<'a> {
    raw: &'a RawBank,
    src: &'a str,
    out: Vec<Problem>,
}

impl Checker<'_> {
    /// Records a problem placed at `needle` inside the entry `owner` (or at `owner`).
    fn at(&mut self, owner: &str, needle: Option<&str>, msg: Msg) {
        let at = needle
            .and_then(|n| locate::within(self.src, owner, n))
            .or_else(|| locate::definition(self.src, owner, 0));
        self.out.push(Problem::new(at, msg));
    }

    fn unique<'i>(&mut self, what: &str, ids: impl Iterator<Item = &'i String>) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for id in ids {
            let n = seen.entry(id).or_default();
            if *n > 0 {
                let at = locate::definition(self.src, id, *n);
                let m = msg!("bank-duplicate-id", what = what, id = id);
                self.out.push(Problem::new(at, m));
            }
            *n += 1;
            if id.is_empty() || RESERVED.contains(&id.as_str()) {
                let m = msg!("bank-reserved-id", what = what, id = id);
                self.out.push(Problem::new(None, m));
            }
        }
    }

    fn top(&self) -> u8 {
        self.raw.stages.len() as u8
    }

    fn meta(&mut self) {
        if !self.raw.bank.languages.iter().any(|l| l == "en") {
            let at = locate::locate(self.src, &["languages"]);
            self.out.push(Problem::new(at, msg!("bank-needs-english")));
        }
    }

    fn stages(&mut self) {
        self.unique("stage", self.raw.stages.iter().map(|s| &s.id));
        let mut numbers: Vec<u8> = self.raw.stages.iter().map(|s| s.number).collect();
        numbers.sort_unstable();
        let expected: Vec<u8> = (1..=self.raw.stages.len() as u8).collect();
        if numbers != expected || numbers.len() < 2 {
            let at = locate::locate(self.src, &["stages"]);
            let list: Vec<String> = numbers.iter().map(u8::to_string).collect();
            let m = msg!("bank-stage-numbers", numbers = list.join(", "));
            self.out.push(Problem::new(at, m));
        }
        for stage in &self.raw.stages {
            for step in &stage.advice {
                self.step_exists(&stage.id, step);
            }
        }
    }

    fn dimensions(&mut self) {
        self.unique("dimension", self.raw.dimensions.iter().map(|d| &d.id));
        for d in &self.raw.dimensions {
            for dep in &d.builds_on {
                self.dimension_exists(&d.id, dep);
            }
        }
        if super::foundation_depths(&self.raw.dimensions).is_none() {
            let at = locate::locate(self.src, &["builds-on"]);
            self.out
                .push(Problem::new(at, msg!("bank-builds-on-cycle")));
        }
        for d in &self.raw.dimensions {
            if !self.raw.questions.iter().any(|q| q.dimension == d.id) {
                self.at(&d.id, None, msg!("bank-empty-dimension", dimension = &d.id));
            }
        }
    }

    fn dimension_exists(&mut self, owner: &str, dim: &str) {
        if !self.raw.dimensions.iter().any(|d| d.id == dim) {
            let known = ids(self.raw.dimensions.iter().map(|d| &d.id));
            let m = msg!(
                "bank-unknown-dimension",
                owner = owner,
                dimension = dim,
                known = known
            );
            self.at(owner, Some(dim), m);
        }
    }

    fn step_exists(&mut self, owner: &str, step: &str) {
        if !self.raw.next_steps.iter().any(|s| s.id == step) {
            self.at(
                owner,
                Some(step),
                msg!("bank-unknown-step", owner = owner, step = step),
            );
        }
    }

    fn stage_in_range(&mut self, owner: &str, needle: &str, stage: u8, lowest: u8) {
        let top = self.top();
        if stage < lowest || stage > top {
            let m = msg!(
                "bank-stage-out-of-range",
                owner = owner,
                field = needle,
                stage = stage,
                lowest = lowest,
                top = top
            );
            self.at(owner, Some(needle), m);
        }
    }

    fn questions(&mut self) {
        self.unique("question", self.raw.questions.iter().map(|q| &q.id));
        for q in &self.raw.questions {
            self.dimension_exists(&q.id, &q.dimension);
            self.unique("option", q.options.iter().map(|o| &o.id));
            for o in &q.options {
                self.stage_in_range(&q.id, &o.id, o.stage, 1);
                if o.stage < q.best_stage() && o.gap.is_none() {
                    let m = msg!("bank-option-without-gap", question = &q.id, option = &o.id);
                    self.at(&q.id, Some(&o.id), m);
                }
            }
            let ids: Vec<&str> = q.options.iter().map(|o| o.id.as_str()).collect();
            match q.kind {
                QuestionKind::YesNo if ids != ["yes", "no"] && ids != ["no", "yes"] => {
                    let m = msg!(
                        "bank-yes-no-options",
                        question = &q.id,
                        options = ids.join(", ")
                    );
                    self.at(&q.id, Some("options"), m)
                }
                QuestionKind::Single | QuestionKind::Multi if ids.len() < 2 => {
                    let m = msg!("bank-too-few-options", question = &q.id);
                    self.at(&q.id, Some("options"), m)
                }
                _ => {}
            }
            if q.next_steps.is_empty() {
                self.at(
                    &q.id,
                    None,
                    msg!("bank-question-without-steps", question = &q.id),
                );
            }
            for step in &q.next_steps {
                self.step_exists(&q.id, step);
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
            for leaf in cond.leaves() {
                let Condition::Answer { question, at_least } = leaf else {
                    self.at(
                        &q.id,
                        Some("ask-if"),
                        msg!("bank-ask-if-not-answer", question = &q.id),
                    );
                    continue;
                };
                match questions.iter().position(|o| &o.id == question) {
                    None => {
                        let m = msg!("bank-ask-if-unknown", question = &q.id, target = question);
                        self.at(&q.id, Some(question), m)
                    }
                    Some(j) if j == i => self.at(
                        &q.id,
                        Some("ask-if"),
                        msg!("bank-ask-if-itself", question = &q.id),
                    ),
                    Some(j) if j > i => {
                        let m = msg!("bank-ask-if-later", question = &q.id, target = question);
                        self.at(&q.id, Some(question), m)
                    }
                    Some(_) => self.stage_in_range(&q.id, question, *at_least, 1),
                }
            }
        }
    }

    fn next_steps(&mut self) {
        self.unique("step", self.raw.next_steps.iter().map(|s| &s.id));
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
        for s in &self.raw.next_steps {
            self.dimension_exists(&s.id, &s.dimension);
            if s.tool_kind.trim().is_empty() {
                self.at(
                    &s.id,
                    Some("tool-kind"),
                    msg!("bank-empty-tool-kind", step = &s.id),
                );
            }
            self.stage_in_range(&s.id, "builds-to", s.builds_to, 2);
            if !used.contains(s.id.as_str()) {
                self.at(&s.id, None, msg!("bank-unused-step", step = &s.id));
            }
        }
    }

    fn gates(&mut self) {
        self.unique("gate", self.raw.gates.iter().map(|g| &g.id));
        for g in &self.raw.gates {
            self.stage_in_range(&g.id, "stage", g.stage, 2);
            self.condition(&g.id, &g.when);
            for step in &g.next_steps {
                self.step_exists(&g.id, step);
            }
        }
        for stage in self.raw.stages.iter().filter(|s| s.number > 1) {
            if !self.raw.gates.iter().any(|g| g.stage == stage.number) {
                let m = msg!(
                    "bank-stage-without-gates",
                    number = stage.number,
                    stage = &stage.id
                );
                self.at(&stage.id, None, m);
            }
        }
    }

    fn condition(&mut self, gate: &str, cond: &Condition) {
        match cond {
            Condition::All(list) | Condition::Any(list) => {
                if list.is_empty() {
                    self.at(gate, None, msg!("bank-empty-list", gate = gate));
                }
                list.iter().for_each(|c| self.condition(gate, c));
            }
            Condition::Some { count, of } => {
                if *count == 0 || *count > of.len() {
                    let m = msg!(
                        "bank-some-count",
                        gate = gate,
                        count = *count,
                        of = of.len()
                    );
                    self.at(gate, Some("some"), m);
                }
                of.iter().for_each(|c| self.condition(gate, c));
            }
            Condition::Answer { question, at_least } => {
                if !self.raw.questions.iter().any(|q| &q.id == question) {
                    let m = msg!("bank-unknown-question", gate = gate, question = question);
                    self.at(gate, Some(question), m);
                }
                self.stage_in_range(gate, question, *at_least, 1);
            }
            Condition::Level {
                dimension,
                at_least,
            } => {
                self.dimension_exists(gate, dimension);
                self.stage_in_range(gate, dimension, *at_least, 1);
            }
            Condition::Breadth { count, at_least } => {
                let n = self.raw.dimensions.len();
                if *count == 0 || *count > n {
                    let m = msg!(
                        "bank-breadth-count",
                        gate = gate,
                        count = *count,
                        dimensions = n
                    );
                    self.at(gate, Some("breadth"), m);
                }
                self.stage_in_range(gate, "breadth", *at_least, 1);
            }
        }
    }

    fn texts(&mut self) {
        let raw = self.raw;
        let mut texts: Vec<(&str, &str, &Text)> = vec![("bank", "title", &raw.bank.title)];
        for s in &raw.stages {
            texts.extend([
                (&*s.id, "name", &s.name),
                (&s.id, "summary", &s.summary),
                (&s.id, "description", &s.description),
            ]);
        }
        for d in &raw.dimensions {
            texts.extend([
                (&*d.id, "name", &d.name),
                (&d.id, "description", &d.description),
            ]);
        }
        for q in &raw.questions {
            texts.extend([(&*q.id, "text", &q.text), (&q.id, "help", &q.help)]);
            texts.extend(q.gap.iter().map(|gap| (&*q.id, "gap", gap)));
            texts.extend(q.options.iter().map(|o| (&*q.id, o.id.as_str(), &o.label)));
            texts.extend(
                q.options
                    .iter()
                    .filter_map(|o| Some((&*q.id, o.id.as_str(), o.gap.as_ref()?))),
            );
        }
        for g in &raw.gates {
            texts.extend([(&*g.id, "title", &g.title), (&g.id, "gap", &g.gap)]);
        }
        texts.extend(raw.conflicts.iter().map(|c| (&*c.id, "text", &c.text)));
        texts.extend(raw.situations.iter().map(|s| (&*s.id, "text", &s.text)));
        for s in &raw.next_steps {
            texts.extend([
                (&*s.id, "title", &s.title),
                (&s.id, "strategy", &s.strategy),
                (&s.id, "tactic", &s.tactic),
                (&s.id, "tool", &s.tool),
            ]);
        }
        for (owner, field, text) in texts {
            for lang in &raw.bank.languages {
                if text.exactly(lang).is_none_or(|t| t.trim().is_empty()) {
                    let m = msg!(
                        "bank-missing-text",
                        owner = owner,
                        field = field,
                        lang = lang
                    );
                    self.at(owner, Some(field), m);
                }
            }
            let is_declared = |l: &str| raw.bank.languages.iter().any(|d| d == l);
            for lang in text.languages().filter(|l| !is_declared(l)) {
                let declared = raw.bank.languages.join(", ");
                let m = msg!(
                    "bank-undeclared-language",
                    owner = owner,
                    field = field,
                    lang = lang,
                    declared = declared
                );
                self.at(owner, Some(field), m);
            }
        }
    }

    /// With every question at its best answer, every gate must pass: otherwise a gate
    /// can never pass and its stage (and all above) can never be reached.
    fn reachability(&mut self) {
        let raw = self.raw;
        let question = |id: &str| raw.questions.iter().position(|q| q.id == id);
        let dimension = |id: &str| raw.dimensions.iter().position(|d| d.id == id);
        let dimension_of: Vec<usize> = raw
            .questions
            .iter()
            .map(|q| dimension(&q.dimension).unwrap_or(usize::MAX))
            .collect();
        let best: Vec<Option<u8>> = raw.questions.iter().map(|q| Some(q.best_stage())).collect();
        let levels = dimension_levels(raw.dimensions.len(), &dimension_of, &best);
        for g in &raw.gates {
            let rule = Rule::compile(&g.when, &question, &dimension);
            if rule.is_some_and(|r| !r.holds(&best, &levels)) {
                let m = msg!("bank-gate-never-passes", gate = &g.id, stage = g.stage);
                self.at(&g.id, None, m);
            }
        }
    }

    /// Transitions are decided by answers, marks by answers and levels, breadth gates
    /// by breadth counts; and no answer may decide both a transition and a mark, or
    /// taking the marks as present would lift a transition too.
    fn kinds(&mut self) {
        let raw = self.raw;
        let mut transition_questions: Vec<&str> = Vec::new();
        for g in &raw.gates {
            let fits = |leaf: &&Condition| {
                matches!(
                    (g.kind, leaf),
                    (GateKind::Transition, Condition::Answer { .. })
                        | (
                            GateKind::Mark,
                            Condition::Answer { .. } | Condition::Level { .. }
                        )
                        | (GateKind::Breadth, Condition::Breadth { .. })
                )
            };
            if !g.when.leaves().iter().all(fits) {
                let kind = match g.kind {
                    GateKind::Transition => "transition",
                    GateKind::Mark => "mark",
                    GateKind::Breadth => "breadth",
                };
                self.at(
                    &g.id,
                    Some("kind"),
                    msg!("bank-gate-kind", gate = &g.id, kind = kind),
                );
            }
            if g.kind == GateKind::Transition {
                transition_questions.extend(g.when.leaves().iter().filter_map(|l| match l {
                    Condition::Answer { question, .. } => Some(question.as_str()),
                    _ => None,
                }));
            }
        }
        for g in raw.gates.iter().filter(|g| g.kind == GateKind::Mark) {
            for leaf in g.when.leaves() {
                let clash = match leaf {
                    Condition::Answer { question, .. } => transition_questions
                        .iter()
                        .find(|t| **t == question.as_str()),
                    Condition::Level { dimension, .. } => transition_questions.iter().find(|t| {
                        raw.questions
                            .iter()
                            .any(|q| q.id == **t && &q.dimension == dimension)
                    }),
                    _ => None,
                };
                if let Some(question) = clash {
                    let m = msg!(
                        "bank-mark-reads-transition",
                        gate = &g.id,
                        question = *question
                    );
                    self.at(&g.id, Some(question), m);
                }
            }
        }
    }

    fn conflicts(&mut self) {
        self.unique("conflict", self.raw.conflicts.iter().map(|c| &c.id));
        for c in &self.raw.conflicts {
            if c.answers.len() < 2 {
                self.at(&c.id, None, msg!("bank-conflict-too-few", conflict = &c.id));
            }
            self.ranges(&c.id, &c.answers);
        }
    }

    fn situations(&mut self) {
        self.unique("situation", self.raw.situations.iter().map(|s| &s.id));
        for s in &self.raw.situations {
            if s.answers.is_empty() || s.first.is_empty() {
                self.at(&s.id, None, msg!("bank-situation-empty", situation = &s.id));
            }
            self.ranges(&s.id, &s.answers);
            for step in &s.first {
                self.step_exists(&s.id, step);
            }
        }
    }

    /// Each answer range of `owner` names a question and holds at least one level.
    fn ranges(&mut self, owner: &str, ranges: &[AnswerRange]) {
        for range in ranges {
            let question = &range.question;
            if !self.raw.questions.iter().any(|q| &q.id == question) {
                let m = msg!("bank-unknown-question", gate = owner, question = question);
                self.at(owner, Some(question), m);
            }
            for bound in [range.at_least, range.at_most].into_iter().flatten() {
                self.stage_in_range(owner, question, bound, 1);
            }
            let empty = match (range.at_least, range.at_most) {
                (None, None) => true,
                (Some(low), Some(high)) => low > high,
                _ => false,
            };
            if empty {
                let m = msg!("bank-empty-range", owner = owner, question = question);
                self.at(owner, Some(question), m);
            }
        }
    }

    /// Every entry says where in the model it comes from.
    fn sources(&mut self) {
        let raw = self.raw;
        let mut sources: Vec<(&str, &str)> = Vec::new();
        sources.extend(
            raw.stages
                .iter()
                .map(|s| (s.id.as_str(), s.source.as_str())),
        );
        sources.extend(
            raw.dimensions
                .iter()
                .map(|d| (d.id.as_str(), d.source.as_str())),
        );
        for q in &raw.questions {
            sources.push((&q.id, &q.source));
            sources.extend(
                q.options
                    .iter()
                    .filter_map(|o| Some((q.id.as_str(), o.source.as_deref()?))),
            );
        }
        sources.extend(raw.gates.iter().map(|g| (g.id.as_str(), g.source.as_str())));
        sources.extend(
            raw.conflicts
                .iter()
                .map(|c| (c.id.as_str(), c.source.as_str())),
        );
        sources.extend(
            raw.next_steps
                .iter()
                .map(|s| (s.id.as_str(), s.source.as_str())),
        );
        for (owner, source) in sources {
            if source.trim().is_empty() {
                self.at(
                    owner,
                    Some("source"),
                    msg!("bank-empty-source", owner = owner),
                );
            }
        }
    }
}

fn ids<'i>(ids: impl Iterator<Item = &'i String>) -> String {
    ids.map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ")
}
