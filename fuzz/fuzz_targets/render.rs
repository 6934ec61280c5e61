//! Renders the assessment, the explanation and a comparison of arbitrary answers
//! files in every format, language, width and colour: nothing may panic, and text
//! meant for a terminal carries no control character but the colour it was asked for.
#![no_main]

mod shipped;

use libfuzzer_sys::fuzz_target;
use maturity::engine::compare::compare;
use maturity::i18n::Lang;
use maturity::render::{data_renderer, renderer, DataFormat, Format, RenderOptions};
use maturity::{assess, Answers};
use shipped::bank;

/// The first byte picks the options; the rest is the answers file.
fn options(pick: u8) -> RenderOptions {
    RenderOptions {
        lang: Lang::ALL[usize::from(pick % 4)],
        color: pick & 4 != 0,
        width: [40, 57, 80, 200][usize::from(pick >> 3) % 4],
        all: pick & 32 != 0,
    }
}

/// Text for a terminal holds no control character but line breaks, tabs and, when
/// colour was asked for, the escape that starts a colour.
fn inert(text: &[u8], color: bool) {
    let text = String::from_utf8_lossy(text);
    let bad = text.chars().find(|&c| {
        c.is_control() && !matches!(c, '\n' | '\t') && !(color && c == '\x1b')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    });
    assert_eq!(bad, None, "{text}");
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(src) = std::str::from_utf8(rest) else {
        return;
    };
    let bank = bank();
    let Ok(answers) = Answers::from_yaml(src, "fuzz.yaml", bank) else {
        return;
    };
    let o = options(pick);
    let a = assess(bank, &answers);
    for format in [
        Format::Table,
        Format::Json,
        Format::Yaml,
        Format::Markdown,
        Format::Html,
    ] {
        let mut out = Vec::new();
        renderer(format).render(&a, &o, &mut out).unwrap();
        if format == Format::Table {
            inert(&out, o.color);
        }
    }
    let empty = Answers::new(bank, None);
    let c = compare(bank, &empty, &answers);
    for format in [DataFormat::Table, DataFormat::Json] {
        let mut out = Vec::new();
        let r = data_renderer(format);
        r.explain(&a, &o, &mut out).unwrap();
        r.compare(&c, &o, &mut out).unwrap();
        if format == DataFormat::Table {
            inert(&out, o.color);
        }
    }
});
