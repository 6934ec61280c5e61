//! The checks of texts and sources: every text in every declared language, and every
//! entry saying where in the model it comes from.

use super::*;

impl Checker<'_> {
    pub(super) fn texts(&mut self) {
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

    /// Every entry says where in the model it comes from.
    pub(super) fn sources(&mut self) {
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
