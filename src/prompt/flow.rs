//! The questionnaire's logic, whatever draws it: the bank's order, skip conditions,
//! going back with earlier answers preselected, and resuming where a file left off.

use std::io;
use std::path::Path;

use super::{Prompter, Reply};
use crate::answers::{Answer, Answers, Choice};
use crate::bank::{Bank, Question, QuestionKind, Text, SKIPPED, UNSURE};
use crate::engine::answer_level;
use crate::i18n::{Messages, Msg};
use crate::msg;

pub struct Questionnaire<'b> {
    bank: &'b Bank,
    m: &'b Messages,
    /// Everything answered so far, saved after each question.
    pub answers: Answers,
    /// Whether to offer a note after each answer.
    notes: bool,
}

impl<'b> Questionnaire<'b> {
    pub fn new(bank: &'b Bank, answers: Answers, m: &'b Messages) -> Self {
        Questionnaire {
            bank,
            m,
            answers,
            notes: false,
        }
    }

    /// A bank text in the questionnaire's language.
    fn t<'t>(&self, text: &'t Text) -> &'t str {
        text.get(self.m.lang().code())
    }

    /// An interface message in the questionnaire's language.
    fn say(&self, p: &mut dyn Prompter, msg: Msg) -> io::Result<()> {
        p.show(&self.m.render(&msg))
    }

    /// How many questions are answered or skipped already.
    pub fn done(&self) -> usize {
        self.bank
            .questions
            .iter()
            .filter(|q| self.answers.answers.contains_key(&q.id))
            .count()
    }

    /// The opening screen: what the model is, its stages, how long this takes, and
    /// how to go back and stop. Then the store's name and whether to take notes.
    pub fn intro(&mut self, p: &mut dyn Prompter, save: &Path) -> io::Result<()> {
        let (bank, m) = (self.bank, self.m);
        let total = bank.questions.len();
        p.show(self.t(&bank.meta.title))?;
        p.show(&m.t("intro-purpose"))?;
        p.show("")?;
        self.say(p, msg!("intro-stages", count = bank.stages.len()))?;
        for s in &bank.stages {
            p.show(&format!(
                "  {}. {}: {}",
                s.number,
                self.t(&s.name),
                self.t(&s.summary)
            ))?;
        }
        p.show("")?;
        let minutes = (total / 3).max(1);
        let areas = bank.dimensions.len();
        self.say(
            p,
            msg!(
                "intro-length",
                questions = total,
                areas = areas,
                minutes = minutes
            ),
        )?;
        self.say(p, msg!("intro-keys", back = m.t("prompt-back")))?;
        self.say(p, msg!("intro-saved-to", path = save.display().to_string()))?;
        let done = self.done();
        if done > 0 {
            self.say(p, msg!("intro-welcome-back", done = done, total = total))?;
        }
        if self.answers.retailer.is_none() {
            let name = p.text(&m.t("prompt-store-name"), "")?;
            let name = name.trim();
            self.answers.retailer = (!name.is_empty()).then(|| name.to_string());
        }
        let modes = [m.t("prompt-notes-no"), m.t("prompt-notes-yes")];
        self.notes = loop {
            if let Reply::Value(k) = p.select(&m.t("prompt-notes"), &modes, 0)? {
                break k == 1;
            }
        };
        Ok(())
    }

    /// Asks every question not yet answered, in bank order, calling `save` after
    /// each answer so that nothing given is ever lost.
    pub fn run(
        &mut self,
        p: &mut dyn Prompter,
        save: &mut dyn FnMut(&Answers) -> io::Result<()>,
    ) -> io::Result<()> {
        let questions = &self.bank.questions;
        let mut i = questions
            .iter()
            .position(|q| !self.answers.answers.contains_key(&q.id))
            .unwrap_or(questions.len());
        let mut section: Option<&str> = None;
        while let Some(q) = questions.get(i) {
            if !self.applies(q) {
                let skipped = Answer::plain(Choice::One(SKIPPED.into()));
                if self.answers.answers.get(&q.id) != Some(&skipped) {
                    self.record(q, skipped);
                    save(&self.answers)?;
                }
                i += 1;
                continue;
            }
            if section != Some(q.dimension.as_str()) {
                self.heading(p, q)?;
                section = Some(&q.dimension);
            }
            let back_to = self.previous_asked(i);
            match self.ask(p, i, q, back_to.is_some())? {
                Reply::Value(answer) => {
                    self.record(q, answer);
                    save(&self.answers)?;
                    i += 1;
                }
                Reply::Back => match back_to {
                    Some(j) => {
                        i = j;
                        section = None;
                    }
                    None => p.show(&self.m.t("prompt-first-question"))?,
                },
            }
        }
        Ok(())
    }

    /// Whether the question's `ask-if` holds over the answers given so far.
    fn applies(&self, q: &Question) -> bool {
        let Some(cond) = &q.ask_if else { return true };
        let levels: Vec<Option<u8>> = self
            .bank
            .questions
            .iter()
            .map(|q| answer_level(q, &self.answers))
            .collect();
        // Validation allows answers only in `ask-if`, so no dimension level is read.
        self.bank
            .compile(cond)
            .is_some_and(|rule| rule.holds(&levels, &[]))
    }

    fn record(&mut self, q: &Question, answer: Answer) {
        self.answers.answers.insert(q.id.clone(), answer);
    }

    /// The last question before `i` that was asked rather than skipped.
    fn previous_asked(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&j| {
            let id = &self.bank.questions[j].id;
            self.answers
                .answers
                .get(id)
                .is_some_and(|a| !a.choice.is_skipped())
        })
    }

    fn heading(&self, p: &mut dyn Prompter, q: &Question) -> io::Result<()> {
        let Some(d) = self.bank.dimensions.iter().find(|d| d.id == q.dimension) else {
            return Ok(());
        };
        p.show("")?;
        p.show(&format!("━━ {} ━━", self.t(&d.name)))?;
        p.show(self.t(&d.description))
    }

    fn ask(
        &self,
        p: &mut dyn Prompter,
        i: usize,
        q: &Question,
        can_go_back: bool,
    ) -> io::Result<Reply<Answer>> {
        let dimension = self
            .bank
            .dimensions
            .iter()
            .find(|d| d.id == q.dimension)
            .map_or("", |d| self.t(&d.name));
        p.show("")?;
        p.show(&format!(
            "[{}/{}] {dimension}",
            i + 1,
            self.bank.questions.len()
        ))?;
        self.say(p, msg!("prompt-why", help = self.t(&q.help)))?;
        let previous = self.answers.answers.get(&q.id);
        let Some(choice) = self.choose(p, q, previous.map(|a| &a.choice), can_go_back)? else {
            return Ok(Reply::Back);
        };
        let mut answer = Answer {
            choice,
            note: previous.and_then(|a| a.note.clone()),
            evidence: previous.and_then(|a| a.evidence.clone()),
        };
        if self.notes {
            let initial = answer.note.as_deref().unwrap_or("");
            let note = p.text(&self.m.t("prompt-note"), initial)?;
            let note = note.trim();
            answer.note = (!note.is_empty()).then(|| note.to_string());
        }
        Ok(Reply::Value(answer))
    }

    /// The choice for one question; `None` to go back.
    fn choose(
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
