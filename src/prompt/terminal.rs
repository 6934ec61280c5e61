//! The real prompts: dialoguer on standard error, Esc for "back".

use std::io;

use dialoguer::console::Term;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Input, MultiSelect, Select};

use super::{Prompter, Reply};
use crate::text::inert;

pub struct Terminal {
    term: Term,
    theme: Box<dyn Theme>,
}

impl Terminal {
    pub fn new(color: bool) -> Terminal {
        let theme: Box<dyn Theme> = if color {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        };
        Terminal {
            term: Term::stderr(),
            theme,
        }
    }

    /// Whether prompts can be drawn: both standard input and standard error are
    /// terminals.
    pub fn available() -> bool {
        use std::io::IsTerminal;
        io::stdin().is_terminal() && Term::stderr().is_term()
    }

    /// Shows the cursor again; dialoguer hides it while a menu is open.
    pub fn restore() {
        let _ = Term::stderr().show_cursor();
    }
}

fn io_error(e: dialoguer::Error) -> io::Error {
    match e {
        dialoguer::Error::IO(e) => e,
    }
}

/// Menu items with any control characters shown, not obeyed.
fn safe(items: &[String]) -> Vec<String> {
    items.iter().map(|i| inert(i).into_owned()).collect()
}

fn reply<T>(value: Option<T>) -> Reply<T> {
    value.map_or(Reply::Back, Reply::Value)
}

impl Prompter for Terminal {
    fn show(&mut self, text: &str) -> io::Result<()> {
        let width = usize::from(self.term.size().1).clamp(40, 120);
        for line in crate::text::wrap_indented(&inert(text), width) {
            self.term.write_line(&line)?;
        }
        Ok(())
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> io::Result<Reply<usize>> {
        Select::with_theme(&*self.theme)
            .with_prompt(inert(prompt))
            .items(safe(items))
            .default(default)
            .report(false)
            .interact_on_opt(&self.term)
            .map(reply)
            .map_err(io_error)
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> io::Result<Reply<Vec<usize>>> {
        MultiSelect::with_theme(&*self.theme)
            .with_prompt(inert(prompt))
            .items(safe(items))
            .defaults(checked)
            .report(false)
            .interact_on_opt(&self.term)
            .map(reply)
            .map_err(io_error)
    }

    fn text(&mut self, prompt: &str, initial: &str) -> io::Result<String> {
        Input::<String>::with_theme(&*self.theme)
            .with_prompt(inert(prompt))
            .with_initial_text(initial)
            .allow_empty(true)
            .report(false)
            .interact_text_on(&self.term)
            .map_err(io_error)
    }

    fn confirm(&mut self, prompt: &str, answer: &str) -> io::Result<()> {
        let mut line = String::new();
        self.theme
            .format_select_prompt_selection(&mut line, &inert(prompt), &inert(answer))
            .map_err(io::Error::other)?;
        self.term.write_line(&line)
    }
}
