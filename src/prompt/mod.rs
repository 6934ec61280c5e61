//! The interactive questionnaire. Its logic (order, skips, back, resume) lives in
//! [`flow`] behind the [`Prompter`] seam; [`terminal`] draws it.

pub mod flow;
mod keys;
mod menu;
pub mod terminal;

use std::io;

/// What a prompt gives back: a value, or a request to go back a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply<T> {
    Value(T),
    Back,
}

/// What is wrong with a set of ticked items (their indices), if anything.
pub type Check<'a> = &'a dyn Fn(&[usize]) -> Option<String>;

/// The few kinds of prompt the questionnaire needs. Ctrl-C surfaces as an
/// `io::ErrorKind::Interrupted` error. A prompt does not show what was answered:
/// the questionnaire calls [`Prompter::confirm`] once the answer is saved.
pub trait Prompter {
    /// Shows a line of text (headings, help, messages).
    fn show(&mut self, text: &str) -> io::Result<()>;
    /// One item of `items`; `default` is highlighted first.
    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> io::Result<Reply<usize>>;
    /// Any number of `items`; `checked` are ticked at first. Ticks that `check`
    /// finds fault with may be refused with its message, keeping them to correct.
    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
        check: Check,
    ) -> io::Result<Reply<Vec<usize>>>;
    /// A line of free text, starting from `initial`; may be empty.
    fn text(&mut self, prompt: &str, initial: &str) -> io::Result<String>;
    /// Shows that `prompt` was answered with `answer` (the ✔ line); nothing by
    /// default.
    fn confirm(&mut self, _prompt: &str, _answer: &str) -> io::Result<()> {
        Ok(())
    }
}
