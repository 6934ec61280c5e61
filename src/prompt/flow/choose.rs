//! The answer to one question, picked from its options: one, or several that go
//! together.

use std::io;

use super::Questionnaire;
use crate::answers::Choice;
use crate::bank::{Question, QuestionKind, UNSURE};
use crate::msg;
use crate::prompt::{Prompter, Reply};

impl Questionnaire<'_> {
    /// The choice for one question; `None` to go back.
    pub(super) fn choose(
        &self,
        p: &mut dyn Prompter,
        q: &Question,
        previous: Option<&Choice>,
        can_go_back: bool,
    ) -> io::Result<Option<Choice>> {
        let dont_know = self.m.t("prompt-dont-know");
        let mut items: Vec<String> = q
            .options
            .iter()
            .map(|o| self.t(&o.label).to_string())
            .collect();
        items.push(dont_know);
        let unsure = q.options.len();
        let chosen = |k: usize| match previous {
            Some(c) if k == unsure => c.is_unsure(),
            Some(c) => c.ids().contains(&q.options[k].id),
            None => false,
        };
        if q.kind == QuestionKind::Multi {
            let checked: Vec<bool> = (0..items.len()).map(chosen).collect();
            return self.choose_many(p, q, &items, checked);
        }
        if can_go_back {
            items.push(self.m.t("prompt-back"));
        }
        let default = (0..=unsure).find(|&k| chosen(k)).unwrap_or(0);
        Ok(match p.select(self.t(&q.text), &items, default)? {
            Reply::Back => None,
            Reply::Value(k) if k > unsure => None,
            Reply::Value(k) if k == unsure => Some(Choice::One(UNSURE.into())),
            Reply::Value(k) => Some(Choice::One(q.options[k].id.clone())),
        })
    }

    /// The choice for a multiple-choice question, whose `items` are its options and
    /// "don't know"; `None` to go back. Ticks that do not go together are refused
    /// with a message, and kept to be corrected.
    fn choose_many(
        &self,
        p: &mut dyn Prompter,
        q: &Question,
        items: &[String],
        mut checked: Vec<bool>,
    ) -> io::Result<Option<Choice>> {
        let prompt = self
            .m
            .render(&msg!("prompt-multi", question = self.t(&q.text)));
        let check = |picked: &[usize]| self.ticks_problem(q, items, picked);
        loop {
            let Reply::Value(picked) = p.multi_select(&prompt, items, &checked, &check)? else {
                return Ok(None);
            };
            if let Some(problem) = check(&picked) {
                p.show(&problem)?;
                checked = (0..items.len()).map(|k| picked.contains(&k)).collect();
                continue;
            }
            return Ok(Some(match picked.as_slice() {
                [k] if *k == q.options.len() => Choice::One(UNSURE.into()),
                ks => Choice::Many(ks.iter().map(|&k| q.options[k].id.clone()).collect()),
            }));
        }
    }

    /// What is wrong with ticking `picked` of `items` (the options of `q`, then
    /// "don't know"): nothing ticked, or an item that goes alone ticked with others.
    fn ticks_problem(&self, q: &Question, items: &[String], picked: &[usize]) -> Option<String> {
        let unsure = q.options.len();
        let alone = |k: usize| k == unsure || q.options.get(k).is_some_and(|o| o.exclusive);
        let msg = match picked {
            [] => msg!("prompt-tick-one", dont_know = &items[unsure]),
            [_] => return None,
            ks => msg!(
                "prompt-goes-alone",
                option = &items[ks.iter().copied().find(|&k| alone(k))?]
            ),
        };
        Some(self.m.render(&msg))
    }
}
