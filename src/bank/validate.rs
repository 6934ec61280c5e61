//! Every check a bank must pass before the engine may use it. Problems are collected,
//! not returned one at a time, so a bank author sees all of them in one run.

use std::collections::{HashMap, HashSet};

use super::rule::{dimension_levels, Rule};
use super::schema::{AnswerRange, Condition, GateKind, QuestionKind, RawBank, Text};
use super::RESERVED;
use crate::error::Problem;
use crate::i18n::Msg;
use crate::locate::{Source, Step, Step::Get, Step::Item, Step::Key};
use crate::msg;

/// Everything wrong with `raw`; empty when it is a usable bank. `src` is the text
/// `raw` was read from, which places each problem at the entry it is about.
pub(super) fn problems(raw: &RawBank, src: &str) -> Vec<Problem> {
    let mut c = Checker {
        raw,
        source: Source::new(src),
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
    source: Source<'a>,
    out: Vec<Problem>,
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
    fn problem(&mut self, path: &[Step], msg: Msg) {
        let at = self.source.at(path);
        self.out.push(Problem::new(at, msg));
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
        if super::foundation_depths(&self.raw.dimensions).is_none() {
            let i = in_cycle(self.raw).unwrap_or(0);
            let path = [Get("dimensions"), Item(i), Key("builds-on")];
            self.problem(&path, msg!("bank-builds-on-cycle"));
        }
        for (i, d) in self.raw.dimensions.iter().enumerate() {
            if !self.raw.questions.iter().any(|q| q.dimension == d.id) {
                let m = msg!("bank-empty-dimension", dimension = &d.id);
                self.problem(&[Get("dimensions"), Item(i)], m);
            }
        }
    }

    /// `dim`, which `owner` names at `path`, must be a dimension of the bank.
    fn dimension_exists(&mut self, owner: &str, dim: &str, path: &[Step]) {
        if !self.raw.dimensions.iter().any(|d| d.id == dim) {
            let known = ids(self.raw.dimensions.iter().map(|d| &d.id));
            let m = msg!(
                "bank-unknown-dimension",
                owner = owner,
                dimension = dim,
                known = known
            );
            self.problem(path, m);
        }
    }

    /// `step`, which `owner` names at `path`, must be a next step of the bank.
    fn step_exists(&mut self, owner: &str, step: &str, path: &[Step]) {
        if !self.raw.next_steps.iter().any(|s| s.id == step) {
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
            for (j, o) in q.options.iter().enumerate() {
                let option = join(&options, &[Item(j)]);
                let stage = join(&option, &[Get("stage")]);
                self.stage_in_range(&q.id, &o.id, o.stage, 1, &stage);
                if o.stage < q.best_stage() && o.gap.is_none() {
                    let m = msg!("bank-option-without-gap", question = &q.id, option = &o.id);
                    self.problem(&option, m);
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
                match questions.iter().position(|o| &o.id == question) {
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

    fn gates(&mut self) {
        self.unique(
            "gate",
            &[Get("gates")],
            self.raw.gates.iter().map(|g| &g.id),
        );
        for (i, g) in self.raw.gates.iter().enumerate() {
            let here = [Get("gates"), Item(i)];
            self.stage_in_range(&g.id, "stage", g.stage, 2, &join(&here, &[Get("stage")]));
            self.condition(&g.id, &g.when, &mut join(&here, &[Get("when")]));
            for (j, step) in g.next_steps.iter().enumerate() {
                self.step_exists(&g.id, step, &join(&here, &[Get("next-steps"), Item(j)]));
            }
        }
        for (i, stage) in self.raw.stages.iter().enumerate() {
            if stage.number > 1 && !self.raw.gates.iter().any(|g| g.stage == stage.number) {
                let m = msg!(
                    "bank-stage-without-gates",
                    number = stage.number,
                    stage = &stage.id
                );
                self.problem(&[Get("stages"), Item(i)], m);
            }
        }
    }

    /// Checks a gate's condition, written at `path` (which is left as it was found).
    fn condition(&mut self, gate: &str, cond: &Condition, path: &mut Path) {
        let key = variant(cond);
        let depth = path.len();
        path.push(Get(key));
        match cond {
            Condition::All(list) | Condition::Any(list) => {
                if list.is_empty() {
                    self.problem(path, msg!("bank-empty-list", gate = gate));
                }
                for (k, c) in list.iter().enumerate() {
                    path.push(Item(k));
                    self.condition(gate, c, path);
                    path.pop();
                }
            }
            Condition::Some { count, of } => {
                if *count == 0 || *count > of.len() {
                    let m = msg!(
                        "bank-some-count",
                        gate = gate,
                        count = *count,
                        of = of.len()
                    );
                    self.problem(&join(path, &[Get("count")]), m);
                }
                path.push(Get("of"));
                for (k, c) in of.iter().enumerate() {
                    path.push(Item(k));
                    self.condition(gate, c, path);
                    path.pop();
                }
            }
            Condition::Answer { question, at_least } => {
                if !self.raw.questions.iter().any(|q| &q.id == question) {
                    let m = msg!("bank-unknown-question", gate = gate, question = question);
                    self.problem(&join(path, &[Get("question")]), m);
                }
                let at = join(path, &[Get("at-least")]);
                self.stage_in_range(gate, question, *at_least, 1, &at);
            }
            Condition::Level {
                dimension,
                at_least,
            } => {
                self.dimension_exists(gate, dimension, &join(path, &[Get("dimension")]));
                let at = join(path, &[Get("at-least")]);
                self.stage_in_range(gate, dimension, *at_least, 1, &at);
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
                    self.problem(&join(path, &[Get("count")]), m);
                }
                let at = join(path, &[Get("at-least")]);
                self.stage_in_range(gate, "breadth", *at_least, 1, &at);
            }
        }
        path.truncate(depth);
    }

    fn texts(&mut self) {
        let raw = self.raw;
        self.text("bank", "title", &raw.bank.title, &[Get("bank")], "title");
        for (i, s) in raw.stages.iter().enumerate() {
            let here = [Get("stages"), Item(i)];
            self.text(&s.id, "name", &s.name, &here, "name");
            self.text(&s.id, "summary", &s.summary, &here, "summary");
            self.text(&s.id, "description", &s.description, &here, "description");
        }
        for (i, d) in raw.dimensions.iter().enumerate() {
            let here = [Get("dimensions"), Item(i)];
            self.text(&d.id, "name", &d.name, &here, "name");
            self.text(&d.id, "description", &d.description, &here, "description");
        }
        for (i, q) in raw.questions.iter().enumerate() {
            let here = [Get("questions"), Item(i)];
            self.text(&q.id, "text", &q.text, &here, "text");
            self.text(&q.id, "help", &q.help, &here, "help");
            if let Some(gap) = &q.gap {
                self.text(&q.id, "gap", gap, &here, "gap");
            }
            for (j, o) in q.options.iter().enumerate() {
                let option = join(&here, &[Get("options"), Item(j)]);
                self.text(&q.id, &o.id, &o.label, &option, "label");
            }
            for (j, o) in q.options.iter().enumerate() {
                if let Some(gap) = &o.gap {
                    let option = join(&here, &[Get("options"), Item(j)]);
                    self.text(&q.id, &o.id, gap, &option, "gap");
                }
            }
        }
        for (i, g) in raw.gates.iter().enumerate() {
            let here = [Get("gates"), Item(i)];
            self.text(&g.id, "title", &g.title, &here, "title");
            self.text(&g.id, "gap", &g.gap, &here, "gap");
        }
        for (i, c) in raw.conflicts.iter().enumerate() {
            self.text(&c.id, "text", &c.text, &[Get("conflicts"), Item(i)], "text");
        }
        for (i, s) in raw.situations.iter().enumerate() {
            self.text(
                &s.id,
                "text",
                &s.text,
                &[Get("situations"), Item(i)],
                "text",
            );
        }
        for (i, s) in raw.next_steps.iter().enumerate() {
            let here = [Get("next-steps"), Item(i)];
            self.text(&s.id, "title", &s.title, &here, "title");
            self.text(&s.id, "strategy", &s.strategy, &here, "strategy");
            self.text(&s.id, "tactic", &s.tactic, &here, "tactic");
            self.text(&s.id, "tool", &s.tool, &here, "tool");
        }
    }

    /// A text, written under `key` in the entry at `entry`, must be in every declared
    /// language and in no other; messages name it as `owner`'s `field`.
    fn text(&mut self, owner: &str, field: &str, text: &Text, entry: &[Step], key: &str) {
        let raw = self.raw;
        for lang in &raw.bank.languages {
            if text.exactly(lang).is_none_or(|t| t.trim().is_empty()) {
                let m = msg!(
                    "bank-missing-text",
                    owner = owner,
                    field = field,
                    lang = lang
                );
                let at = match text.exactly(lang) {
                    Some(_) => join(entry, &[Get(key), Get(lang)]),
                    None => join(entry, &[Key(key)]),
                };
                self.problem(&at, m);
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
            self.problem(&join(entry, &[Get(key), Key(lang)]), m);
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
        for (i, g) in raw.gates.iter().enumerate() {
            let rule = Rule::compile(&g.when, &question, &dimension);
            if rule.is_some_and(|r| !r.holds(&best, &levels)) {
                let m = msg!("bank-gate-never-passes", gate = &g.id, stage = g.stage);
                self.problem(&[Get("gates"), Item(i)], m);
            }
        }
    }

    /// Transitions are decided by answers, marks by answers and levels, breadth gates
    /// by breadth counts; and no answer may decide both a transition and a mark, or
    /// taking the marks as present would lift a transition too.
    fn kinds(&mut self) {
        let raw = self.raw;
        let mut transition_questions: Vec<&str> = Vec::new();
        for (i, g) in raw.gates.iter().enumerate() {
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
                let m = msg!("bank-gate-kind", gate = &g.id, kind = g.kind.id());
                self.problem(&[Get("gates"), Item(i), Key("kind")], m);
            }
            if g.kind == GateKind::Transition {
                transition_questions.extend(g.when.leaves().iter().filter_map(|l| match l {
                    Condition::Answer { question, .. } => Some(question.as_str()),
                    _ => None,
                }));
            }
        }
        for (i, g) in raw.gates.iter().enumerate() {
            if g.kind != GateKind::Mark {
                continue;
            }
            let here = vec![Get("gates"), Item(i), Get("when")];
            for (leaf, path) in leaves(&g.when, here) {
                let (clash, field) = match leaf {
                    Condition::Answer { question, .. } => (
                        transition_questions
                            .iter()
                            .find(|t| **t == question.as_str()),
                        [Get("answer"), Get("question")],
                    ),
                    Condition::Level { dimension, .. } => (
                        transition_questions.iter().find(|t| {
                            raw.questions
                                .iter()
                                .any(|q| q.id == **t && &q.dimension == dimension)
                        }),
                        [Get("level"), Get("dimension")],
                    ),
                    _ => continue,
                };
                if let Some(question) = clash {
                    let m = msg!(
                        "bank-mark-reads-transition",
                        gate = &g.id,
                        question = *question
                    );
                    self.problem(&join(&path, &field), m);
                }
            }
        }
    }

    fn conflicts(&mut self) {
        let ids = self.raw.conflicts.iter().map(|c| &c.id);
        self.unique("conflict", &[Get("conflicts")], ids);
        for (i, c) in self.raw.conflicts.iter().enumerate() {
            let here = [Get("conflicts"), Item(i)];
            if c.answers.len() < 2 {
                self.problem(&here, msg!("bank-conflict-too-few", conflict = &c.id));
            }
            self.ranges(&c.id, &c.answers, &join(&here, &[Get("answers")]));
        }
    }

    fn situations(&mut self) {
        let ids = self.raw.situations.iter().map(|s| &s.id);
        self.unique("situation", &[Get("situations")], ids);
        for (i, s) in self.raw.situations.iter().enumerate() {
            let here = [Get("situations"), Item(i)];
            if s.answers.is_empty() || s.first.is_empty() {
                self.problem(&here, msg!("bank-situation-empty", situation = &s.id));
            }
            self.ranges(&s.id, &s.answers, &join(&here, &[Get("answers")]));
            for (j, step) in s.first.iter().enumerate() {
                self.step_exists(&s.id, step, &join(&here, &[Get("first"), Item(j)]));
            }
        }
    }

    /// Each answer range of `owner`, listed at `list`, names a question and holds at
    /// least one level.
    fn ranges(&mut self, owner: &str, ranges: &[AnswerRange], list: &[Step]) {
        for (k, range) in ranges.iter().enumerate() {
            let here = join(list, &[Item(k)]);
            let question = &range.question;
            if !self.raw.questions.iter().any(|q| &q.id == question) {
                let m = msg!("bank-unknown-question", gate = owner, question = question);
                self.problem(&join(&here, &[Get("question")]), m);
            }
            let bounds = [(range.at_least, "at-least"), (range.at_most, "at-most")];
            for (bound, key) in bounds {
                if let Some(bound) = bound {
                    let at = join(&here, &[Get(key)]);
                    self.stage_in_range(owner, question, bound, 1, &at);
                }
            }
            let empty = match (range.at_least, range.at_most) {
                (None, None) => true,
                (Some(low), Some(high)) => low > high,
                _ => false,
            };
            if empty {
                let m = msg!("bank-empty-range", owner = owner, question = question);
                self.problem(&here, m);
            }
        }
    }

    /// Every entry says where in the model it comes from.
    fn sources(&mut self) {
        let raw = self.raw;
        for (i, s) in raw.stages.iter().enumerate() {
            self.source(&s.id, &s.source, &[Get("stages"), Item(i)]);
        }
        for (i, d) in raw.dimensions.iter().enumerate() {
            self.source(&d.id, &d.source, &[Get("dimensions"), Item(i)]);
        }
        for (i, q) in raw.questions.iter().enumerate() {
            let here = [Get("questions"), Item(i)];
            self.source(&q.id, &q.source, &here);
            for (j, o) in q.options.iter().enumerate() {
                if let Some(source) = &o.source {
                    let option = join(&here, &[Get("options"), Item(j)]);
                    self.source(&q.id, source, &option);
                }
            }
        }
        for (i, g) in raw.gates.iter().enumerate() {
            self.source(&g.id, &g.source, &[Get("gates"), Item(i)]);
        }
        for (i, c) in raw.conflicts.iter().enumerate() {
            self.source(&c.id, &c.source, &[Get("conflicts"), Item(i)]);
        }
        for (i, s) in raw.next_steps.iter().enumerate() {
            self.source(&s.id, &s.source, &[Get("next-steps"), Item(i)]);
        }
    }

    /// The `source` of the entry at `entry`, which messages name as `owner`'s.
    fn source(&mut self, owner: &str, source: &str, entry: &[Step]) {
        if source.trim().is_empty() {
            let m = msg!("bank-empty-source", owner = owner);
            self.problem(&join(entry, &[Key("source")]), m);
        }
    }
}

/// The key a condition is written under.
fn variant(cond: &Condition) -> &'static str {
    match cond {
        Condition::All(_) => "all",
        Condition::Any(_) => "any",
        Condition::Some { .. } => "some",
        Condition::Answer { .. } => "answer",
        Condition::Level { .. } => "level",
        Condition::Breadth { .. } => "breadth",
    }
}

/// The leaves of `cond` (written at `path`), each with the path to where it is
/// written, in the order of [`Condition::leaves`].
fn leaves<'c>(cond: &'c Condition, path: Path<'static>) -> Vec<(&'c Condition, Path<'static>)> {
    let mut out = Vec::new();
    let mut todo = vec![(cond, path)];
    while let Some((cond, path)) = todo.pop() {
        let (list, under): (&[Condition], &[Step<'static>]) = match cond {
            Condition::All(list) => (list, &[Get("all")]),
            Condition::Any(list) => (list, &[Get("any")]),
            Condition::Some { of, .. } => (of, &[Get("some"), Get("of")]),
            leaf => {
                out.push((leaf, path));
                continue;
            }
        };
        // Last first, so that the first is taken next.
        for (k, c) in list.iter().enumerate().rev() {
            todo.push((c, join(&join(&path, under), &[Item(k)])));
        }
    }
    out
}

/// A dimension whose `builds-on` depth cannot be settled: one on a loop or resting
/// on one.
fn in_cycle(raw: &RawBank) -> Option<usize> {
    let dims = &raw.dimensions;
    let index = |id: &str| dims.iter().position(|d| d.id == id);
    let mut settled = vec![false; dims.len()];
    loop {
        let mut changed = false;
        for (i, d) in dims.iter().enumerate() {
            let ready = d
                .builds_on
                .iter()
                .filter_map(|id| index(id))
                .all(|j| settled[j]);
            if !settled[i] && ready {
                settled[i] = true;
                changed = true;
            }
        }
        if !changed {
            return settled.iter().position(|s| !s);
        }
    }
}

fn ids<'i>(ids: impl Iterator<Item = &'i String>) -> String {
    ids.map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ")
}
