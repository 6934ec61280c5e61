//! How clap reads the option values that are not a plain enum: a language tag and a
//! stage number. Each names its possible values, so every shell completes them.

use std::ffi::OsStr;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::ErrorKind;

use crate::bank::MAX_STAGES;
use crate::i18n::{Lang, Messages};
use crate::msg;

/// `--lang`: a code or a BCP 47 tag in any case (`zh`, `zh-CN`, `AR`); completion
/// offers the codes, and an unknown tag is refused with the list of them.
#[derive(Debug, Clone, Copy)]
pub struct LangParser;

impl TypedValueParser for LangParser {
    type Value = Lang;

    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<Lang, clap::Error> {
        let tag = value.to_string_lossy();
        Lang::parse(&tag).ok_or_else(|| {
            // The language is not known yet: the environment's is the best guess.
            let m = Messages::new(Lang::from_env(|name| std::env::var(name).ok()));
            let said = msg!(
                "usage-unknown-lang",
                lang = crate::text::inert_line(&tag),
                supported = Lang::codes()
            );
            clap::Error::raw(ErrorKind::InvalidValue, format!("{}\n", m.render(&said)))
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            Lang::ALL.into_iter().map(|l| PossibleValue::new(l.code())),
        ))
    }
}

/// A stage number; completion offers the model's stages, 1 to 4.
#[derive(Debug, Clone, Copy)]
pub struct StageParser {
    /// Refuse numbers outside 1 to the most stages a bank may have (the command then
    /// checks the number against the bank in use); otherwise the command says why a
    /// stage does not exist.
    only_model: bool,
}

impl StageParser {
    /// Any number, with the model's stages offered.
    pub const ANY: StageParser = StageParser { only_model: false };
    /// Only numbers a bank's stages can have, the model's offered.
    pub const MODEL: StageParser = StageParser { only_model: true };
    const STAGES: std::ops::RangeInclusive<i64> = 1..=MAX_STAGES as i64;
}

impl TypedValueParser for StageParser {
    type Value = u8;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<u8, clap::Error> {
        if self.only_model {
            clap::value_parser!(u8)
                .range(StageParser::STAGES)
                .parse_ref(cmd, arg, value)
        } else {
            clap::value_parser!(u8).parse_ref(cmd, arg, value)
        }
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            ["1", "2", "3", "4"].into_iter().map(PossibleValue::new),
        ))
    }
}
