//! The interface in English, Chinese, Arabic and Turkish: which language to speak, and
//! the interface strings, kept in Fluent files beside this module.

use std::fmt;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Zh,
    Ar,
    Tr,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Zh, Lang::Ar, Lang::Tr];

    /// The code used on the command line and as the key of bank texts.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
            Lang::Ar => "ar",
            Lang::Tr => "tr",
        }
    }

    /// Parses a language tag in any case: a code (`zh`, `AR`), a BCP 47 tag (`zh-CN`,
    /// `zh-Hans`, `tr-TR`) or a POSIX locale (`zh_CN.UTF-8`); the language decides.
    pub fn parse(tag: &str) -> Option<Lang> {
        // A POSIX locale's encoding (`.UTF-8`) and modifier (`@euro`) are not BCP 47.
        let tag = tag.split(['.', '@']).next()?.replace('_', "-");
        let id: LanguageIdentifier = tag.parse().ok()?;
        let language = id.language.as_str();
        Lang::ALL.into_iter().find(|l| l.code() == language)
    }

    /// The supported codes, for messages.
    pub fn codes() -> String {
        Lang::ALL.map(Lang::code).join(", ")
    }

    /// The language asked for by the environment (`LC_ALL`, then `LC_MESSAGES`, then
    /// `LANG`, as POSIX orders them), or English.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|name| var(name).filter(|v| !v.is_empty()))
            .next()
            .and_then(|v| Lang::parse(&v))
            .unwrap_or(Lang::En)
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The language's Fluent file as written (see also [`crate::embedded::messages`]).
    pub(crate) fn ftl(self) -> &'static str {
        match self {
            Lang::En => include_str!("en.ftl"),
            Lang::Zh => include_str!("zh.ftl"),
            Lang::Ar => include_str!("ar.ftl"),
            Lang::Tr => include_str!("tr.ftl"),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A value passed to a message: text, or a number (which picks plural forms).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u32, usize);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(s: std::borrow::Cow<'_, str>) -> Arg {
        Arg::Text(s.into_owned())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

/// A message to show, by id and arguments; rendered in a language only at the edge.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// Builds a [`Msg`]: `msg!("answers-unknown-question", question = id)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Msg {
            id: $id,
            args: vec![$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        }
    };
}

/// The interface strings of one language, falling back to English for any missing.
pub struct Messages {
    lang: Lang,
    catalog: Catalog,
    /// Read only if a message is missing from `catalog` (tests see that none is).
    english: std::cell::OnceCell<Catalog>,
}

impl fmt::Debug for Messages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Messages({})", self.lang)
    }
}

/// One language's Fluent file, each message parsed the first time it is shown: a run
/// shows a few dozen of the file's messages, and start-up time counts.
struct Catalog {
    /// Each entry's id (`-name` for a term) and its source text, in file order, as the
    /// build script split the file with Fluent's own parser.
    entries: &'static [(&'static str, &'static str)],
    bundle: std::cell::RefCell<FluentBundle<FluentResource>>,
    /// The entries already in `bundle`.
    loaded: std::cell::RefCell<Vec<&'static str>>,
}

impl Catalog {
    fn new(lang: Lang) -> Catalog {
        let id: LanguageIdentifier = lang.code().parse().expect("valid language codes");
        let mut bundle = FluentBundle::new(vec![id]);
        // Unicode isolation marks show up as stray characters in terminals.
        bundle.set_use_isolating(false);
        Catalog {
            entries: crate::embedded::messages(lang),
            bundle: std::cell::RefCell::new(bundle),
            loaded: std::cell::RefCell::new(Vec::new()),
        }
    }

    fn has(&self, id: &str) -> bool {
        self.entries.iter().any(|(e, _)| *e == id)
    }

    /// Adds entry `id` to the bundle, if the file has it and it is not there yet; says
    /// whether it did.
    fn load(&self, id: &str) -> bool {
        let Some(&(id, source)) = self.entries.iter().find(|(e, _)| *e == id) else {
            return false;
        };
        if self.loaded.borrow().contains(&id) {
            return false;
        }
        self.loaded.borrow_mut().push(id);
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(res, _)| res);
        // A broken entry is skipped; tests check every file parses cleanly.
        let _ = self.bundle.borrow_mut().add_resource(resource);
        true
    }

    /// The message formatted, loading it and the messages and terms it refers to.
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
        use fluent_bundle::FluentError;
        self.load(id);
        // Each round loads the references the last one found missing; an entry is
        // loaded once, so this ends.
        for _ in 0..=self.entries.len() {
            let bundle = self.bundle.borrow();
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            drop(bundle);
            let missing = errors.iter().filter_map(|e| match e {
                FluentError::ResolverError(ResolverError::Reference(r)) => match r {
                    ReferenceKind::Message { id, .. } => Some(id.clone()),
                    ReferenceKind::Term { id, .. } => Some(format!("-{id}")),
                    _ => None,
                },
                _ => None,
            });
            // Not `any`: every missing reference is loaded before the next round.
            if missing.filter(|m| self.load(m)).count() == 0 {
                return Some(text);
            }
        }
        None
    }
}

impl Messages {
    pub fn new(lang: Lang) -> Messages {
        Messages {
            lang,
            catalog: Catalog::new(lang),
            english: std::cell::OnceCell::new(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with its arguments.
    pub fn render(&self, msg: &Msg) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            match value {
                Arg::Text(s) => args.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        self.format(msg.id, Some(&args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let catalog = if self.catalog.has(id) {
            &self.catalog
        } else {
            self.english.get_or_init(|| Catalog::new(Lang::En))
        };
        catalog.format(id, args).unwrap_or_else(|| id.to_string())
    }
}

/// Every message id in a Fluent source, for checking that translations are complete.
pub fn message_ids(lang: Lang) -> Result<Vec<String>, String> {
    use fluent_syntax::ast::Entry;
    let resource = FluentResource::try_new(lang.ftl().to_string())
        .map_err(|(_, errors)| format!("{lang}.ftl: {errors:?}"))?;
    Ok(resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_picks_the_language_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::from_env(env(&[("LANG", "tr_TR.UTF-8")])), Lang::Tr);
        assert_eq!(
            Lang::from_env(env(&[("LANG", "tr_TR.UTF-8"), ("LC_ALL", "zh_CN.UTF-8")])),
            Lang::Zh
        );
        assert_eq!(
            Lang::from_env(env(&[("LC_MESSAGES", "ar_EG"), ("LANG", "tr_TR")])),
            Lang::Ar
        );
        assert_eq!(Lang::from_env(env(&[("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LANG", "fr_FR.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
    }

    /// Read one entry at a time (as the build script split the file), every message
    /// comes out as it does from the whole file read at once, references included.
    #[test]
    fn messages_read_one_by_one_match_the_whole_file() {
        for lang in Lang::ALL {
            let mut whole = FluentBundle::new(vec![lang.code().parse().unwrap()]);
            whole.set_use_isolating(false);
            whole
                .add_resource(FluentResource::try_new(lang.ftl().to_string()).unwrap())
                .unwrap();
            let ids = message_ids(lang).unwrap();
            assert_eq!(
                crate::embedded::messages(lang)
                    .iter()
                    .filter(|(id, _)| !id.starts_with('-'))
                    .map(|(id, _)| id.to_string())
                    .collect::<Vec<_>>(),
                ids
            );
            let mut args = FluentArgs::new();
            for name in ["count", "mib", "offset", "stage", "scored", "failed", "n"] {
                args.set(name, FluentValue::from(2));
            }
            for name in ["kind", "suggestion", "question", "path", "file", "id"] {
                args.set(name, FluentValue::from("x"));
            }
            let m = Messages::new(lang);
            for id in &ids {
                let pattern = whole.get_message(id).unwrap().value().unwrap();
                let expected = whole.format_pattern(pattern, Some(&args), &mut Vec::new());
                assert_eq!(m.format(id, Some(&args)), expected, "{lang} {id}");
            }
        }
    }

    #[test]
    fn tags_are_read_in_any_case_and_form() {
        for (tag, lang) in [
            ("tr", Lang::Tr),
            ("TR", Lang::Tr),
            ("tr-TR", Lang::Tr),
            ("zh-CN", Lang::Zh),
            ("zh_Hans", Lang::Zh),
            ("zh-Hans-CN", Lang::Zh),
            ("zh_CN.UTF-8", Lang::Zh),
            ("AR", Lang::Ar),
            ("ar-EG", Lang::Ar),
            ("en-GB", Lang::En),
        ] {
            assert_eq!(Lang::parse(tag), Some(lang), "{tag}");
        }
        for tag in ["İ", "fr", "fr-FR", "C", "", "zh--CN", "x"] {
            assert_eq!(Lang::parse(tag), None, "{tag}");
        }
    }
}
