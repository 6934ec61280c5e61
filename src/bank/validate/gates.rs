//! The checks of gates, conflicts and situations: what each may test, what it refers
//! to, and whether it can ever pass.

use super::*;

impl Checker<'_> {
    pub(super) fn gates(&mut self) {
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
        let depth = path.len();
        path.push(Get(variant(cond)));
        match cond {
            Condition::All(list) | Condition::Any(list) => {
                if list.is_empty() {
                    self.problem(path, msg!("bank-empty-list", gate = gate));
                }
                self.each_condition(gate, list, path);
            }
            Condition::Some { count, of } => {
                if *count == 0 || *count > of.len() {
                    let (count, of_len) = (*count, of.len());
                    let m = msg!("bank-some-count", gate = gate, count = count, of = of_len);
                    self.problem(&join(path, &[Get("count")]), m);
                }
                path.push(Get("of"));
                self.each_condition(gate, of, path);
            }
            leaf => self.leaf_condition(gate, leaf, path),
        }
        path.truncate(depth);
    }

    /// Checks each condition of `list`, written as items under `path`.
    fn each_condition(&mut self, gate: &str, list: &[Condition], path: &mut Path) {
        for (k, c) in list.iter().enumerate() {
            path.push(Item(k));
            self.condition(gate, c, path);
            path.pop();
        }
    }

    /// Checks an answer, level or breadth condition written at `path`.
    fn leaf_condition(&mut self, gate: &str, cond: &Condition, path: &Path) {
        let at = join(path, &[Get("at-least")]);
        match cond {
            Condition::Answer { question, at_least } => {
                if !self.questions.contains_key(question.as_str()) {
                    let m = msg!("bank-unknown-question", gate = gate, question = question);
                    self.problem(&join(path, &[Get("question")]), m);
                }
                self.stage_in_range(gate, question, *at_least, 1, &at);
            }
            Condition::Level {
                dimension,
                at_least,
            } => {
                self.dimension_exists(gate, dimension, &join(path, &[Get("dimension")]));
                self.stage_in_range(gate, dimension, *at_least, 1, &at);
            }
            Condition::Breadth { count, at_least } => {
                let n = self.raw.dimensions.len();
                if *count == 0 || *count > n {
                    let c = *count;
                    let m = msg!("bank-breadth-count", gate = gate, count = c, dimensions = n);
                    self.problem(&join(path, &[Get("count")]), m);
                }
                self.stage_in_range(gate, "breadth", *at_least, 1, &at);
            }
            Condition::All(_) | Condition::Any(_) | Condition::Some { .. } => {}
        }
    }

    /// With every question at its best answer, every gate must pass: otherwise a gate
    /// can never pass and its stage (and all above) can never be reached.
    pub(super) fn reachability(&mut self) {
        let raw = self.raw;
        let (questions, dimensions) = (&self.questions, &self.dimensions);
        let question = |id: &str| questions.get(id).copied();
        let dimension = |id: &str| dimensions.get(id).copied();
        let dimension_of: Vec<usize> = raw
            .questions
            .iter()
            .map(|q| dimension(&q.dimension).unwrap_or(usize::MAX))
            .collect();
        let best: Vec<Option<u8>> = raw.questions.iter().map(|q| Some(q.best_stage())).collect();
        let levels = dimension_levels(raw.dimensions.len(), &dimension_of, &best);
        let never: Vec<usize> = (raw.gates.iter().enumerate())
            .filter(|(_, g)| {
                let rule = Rule::compile(&g.when, &question, &dimension);
                rule.is_some_and(|r| !r.holds(&best, &levels))
            })
            .map(|(i, _)| i)
            .collect();
        for i in never {
            let g = &raw.gates[i];
            let m = msg!("bank-gate-never-passes", gate = &g.id, stage = g.stage);
            self.problem(&[Get("gates"), Item(i)], m);
        }
    }

    /// Transitions are decided by answers, marks by answers and levels, breadth gates
    /// by breadth counts; and no answer may decide both a transition and a mark, or
    /// taking the marks as present would lift a transition too.
    pub(super) fn kinds(&mut self) {
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
        self.marks_reading_transitions(&transition_questions);
    }

    /// No mark may read an answer that decides a transition, nor the level of a
    /// dimension holding one: `transition_questions` are those answers.
    fn marks_reading_transitions(&mut self, transition_questions: &[&str]) {
        let raw = self.raw;
        // Per dimension, the first transition question in it.
        let mut transition_dimensions: HashMap<&str, &str> = HashMap::new();
        for t in transition_questions {
            if let Some(&i) = self.questions.get(t) {
                let d = raw.questions[i].dimension.as_str();
                transition_dimensions.entry(d).or_insert(*t);
            }
        }
        let transitions: HashSet<&str> = transition_questions.iter().copied().collect();
        for (i, g) in raw.gates.iter().enumerate() {
            if g.kind != GateKind::Mark {
                continue;
            }
            let here = vec![Get("gates"), Item(i), Get("when")];
            for (leaf, path) in leaves(&g.when, here) {
                let (clash, field) = match leaf {
                    Condition::Answer { question, .. } => (
                        transitions.get(question.as_str()),
                        [Get("answer"), Get("question")],
                    ),
                    Condition::Level { dimension, .. } => (
                        transition_dimensions.get(dimension.as_str()),
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

    pub(super) fn conflicts(&mut self) {
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

    pub(super) fn situations(&mut self) {
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
            if !self.questions.contains_key(question.as_str()) {
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
pub(super) fn leaves<'c>(
    cond: &'c Condition,
    path: Path<'static>,
) -> Vec<(&'c Condition, Path<'static>)> {
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
