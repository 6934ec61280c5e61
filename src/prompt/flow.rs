//! The questionnaire's logic, whatever draws it: the bank's order, skip conditions,
//! going back with earlier answers preselected, and resuming where a file left off.

use std::io;
use std::path::Path;

use super::{Prompter, Reply};
use crate::answers::{Answer, Answers, Choice};
use crate::bank::{Bank, Question, Text, SKIPPED};
use crate::engine::answer_level;
use crate::i18n::{Messages, Msg};
use crate::msg;

mod choose;

/// Where the answers go: called with all of them each time one is given or changed,
/// before it is shown as given.
pub type Save<'s> = dyn FnMut(&Answers) -> io::Result<()> + 's;

pub struct Questionnaire<'b> {
    bank: &'b Bank,
    m: &'b Messages,
    /// Everything answered so far, saved after each question.
    pub answers: Answers,
    /// Whether to offer a note after each answer.
    notes: bool,
}

impl<'b> Questionnaire<'b> {
    /// A questionnaire that starts from `answers`, whose skips are brought up to
    /// date first: a `skipped` whose `ask-if` holds now is asked again.
    pub fn new(bank: &'b Bank, answers: Answers, m: &'b Messages) -> Self {
        let mut q = Questionnaire {
            bank,
            m,
            answers,
            notes: false,
        };
        q.settle();
        q
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

    /// The opening screen, then the store's name (saved as soon as it is typed) and
    /// whether to take notes.
    pub fn intro(&mut self, p: &mut dyn Prompter, path: &Path, save: &mut Save) -> io::Result<()> {
        self.welcome(p, path)?;
        let m = self.m;
        if self.answers.retailer.is_none() {
            let prompt = m.t("prompt-store-name");
            let name = p.text(&prompt, "")?;
            let name = name.trim();
            self.answers.retailer = (!name.is_empty()).then(|| name.to_string());
            save(&self.answers)?;
            p.confirm(&prompt, name)?;
        } else {
            save(&self.answers)?;
        }
        let prompt = m.t("prompt-notes");
        let modes = [m.t("prompt-notes-no"), m.t("prompt-notes-yes")];
        let k = loop {
            if let Reply::Value(k) = p.select(&prompt, &modes, 0)? {
                break k;
            }
        };
        p.confirm(&prompt, &modes[k])?;
        self.notes = k == 1;
        Ok(())
    }

    /// What the model is, its stages, how long this takes, how to go back and stop,
    /// and where the answers are saved.
    fn welcome(&self, p: &mut dyn Prompter, path: &Path) -> io::Result<()> {
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
        self.say(p, msg!("intro-saved-to", path = path.display().to_string()))?;
        let done = self.done();
        if done > 0 {
            self.say(p, msg!("intro-welcome-back", done = done, total = total))?;
        }
        Ok(())
    }

    /// Asks every question not yet answered, in bank order, calling `save` after
    /// each answer, before it is shown as given, so that nothing given is ever lost.
    pub fn run(&mut self, p: &mut dyn Prompter, save: &mut Save) -> io::Result<()> {
        let questions = &self.bank.questions;
        let mut i = questions
            .iter()
            .position(|q| !self.answers.answers.contains_key(&q.id))
            .unwrap_or(questions.len());
        let mut section: Option<&str> = None;
        while let Some(q) = questions.get(i) {
            if !self.applies(q) {
                if !self.is_skipped(q) {
                    self.record(q, Answer::plain(Choice::One(SKIPPED.into())));
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
                Reply::Value(choice) => {
                    self.answer(p, q, choice, save)?;
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

    /// Records `choice` for `q`, keeping its earlier note and evidence, saves it,
    /// shows it as given, then asks for its note.
    fn answer(
        &mut self,
        p: &mut dyn Prompter,
        q: &Question,
        choice: Choice,
        save: &mut Save,
    ) -> io::Result<()> {
        let shown = self.shown(q, &choice);
        let previous = self.answers.answers.get(&q.id);
        let answer = Answer {
            choice,
            note: previous.and_then(|a| a.note.clone()),
            evidence: previous.and_then(|a| a.evidence.clone()),
        };
        self.record(q, answer);
        save(&self.answers)?;
        p.confirm(self.t(&q.text), &shown)?;
        if self.notes {
            self.note(p, q, save)?;
        }
        Ok(())
    }

    /// Asks for the note of `q`'s answer, and saves it when it changed.
    fn note(&mut self, p: &mut dyn Prompter, q: &Question, save: &mut Save) -> io::Result<()> {
        let prompt = self.m.t("prompt-note");
        let Some(answer) = self.answers.answers.get_mut(&q.id) else {
            return Ok(());
        };
        let typed = p.text(&prompt, answer.note.as_deref().unwrap_or(""))?;
        let typed = typed.trim();
        let note = (!typed.is_empty()).then(|| typed.to_string());
        if answer.note != note {
            answer.note = note;
            save(&self.answers)?;
        }
        p.confirm(&prompt, typed)
    }

    /// How an answer reads on screen: its options' labels.
    fn shown(&self, q: &Question, choice: &Choice) -> String {
        if choice.is_unsure() {
            return self.m.t("prompt-dont-know");
        }
        let labels: Vec<&str> = choice
            .ids()
            .iter()
            .filter_map(|id| q.option(id))
            .map(|o| self.t(&o.label))
            .collect();
        labels.join(", ")
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

    fn is_skipped(&self, q: &Question) -> bool {
        self.answers
            .answers
            .get(&q.id)
            .is_some_and(|a| a.choice.is_skipped())
    }

    /// Records an answer and brings the skips after it up to date.
    fn record(&mut self, q: &Question, answer: Answer) {
        self.answers.answers.insert(q.id.clone(), answer);
        self.settle();
    }

    /// Brings the skips up to date up to the first unanswered question, as far as
    /// every `ask-if` can be decided (it looks only at earlier questions): a
    /// question whose `ask-if` no longer holds is skipped, and a `skipped` whose
    /// `ask-if` holds now is dropped, not being an answer, so that it is asked.
    fn settle(&mut self) {
        for q in &self.bank.questions {
            let Some(given) = self.answers.answers.get(&q.id) else {
                break;
            };
            match (self.applies(q), given.choice.is_skipped()) {
                (true, true) => {
                    self.answers.answers.remove(&q.id);
                    break;
                }
                (false, false) => {
                    let skipped = Answer::plain(Choice::One(SKIPPED.into()));
                    self.answers.answers.insert(q.id.clone(), skipped);
                }
                _ => {}
            }
        }
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

    /// Shows where question `i` stands and why it matters, and asks it; `Back` to go
    /// back.
    fn ask(
        &self,
        p: &mut dyn Prompter,
        i: usize,
        q: &Question,
        can_go_back: bool,
    ) -> io::Result<Reply<Choice>> {
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
        let previous = self.answers.answers.get(&q.id).map(|a| &a.choice);
        Ok(match self.choose(p, q, previous, can_go_back)? {
            Some(choice) => Reply::Value(choice),
            None => Reply::Back,
        })
    }
}
