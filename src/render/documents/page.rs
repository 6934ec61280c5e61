//! What the plan and progress pages share: their style sheet, HTML escaping, and
//! text from a file isolated in `<bdi>` so its direction never spills into a sentence.

use crate::i18n::{Arg, Msg};
use crate::render::painter::Painter;
use crate::text::inert;

/// The style of both pages: readable on screen, clean on paper, mirrored for
/// right-to-left languages by logical properties.
pub(super) const STYLE: &str = r#"
  body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Noto Naskh Arabic", sans-serif; color: #1f2933; max-width: 58rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.5; }
  h1 { font-size: 1.6rem; color: #14532d; margin-bottom: .25rem; }
  h2 { font-size: 1.2rem; margin-top: 2rem; padding-bottom: .2rem; border-bottom: 2px solid #d9e2ec; }
  h3 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
  .who { color: #52606d; }
  .id { color: #7b8794; font-size: .85em; }
  .warning { background: #fffbea; border-inline-start: 4px solid #b7791f; padding: .6rem .9rem; }
  .chart { display: flex; flex-wrap: wrap; align-items: center; gap: 1.5rem; }
  .chart svg { max-width: 100%; height: auto; }
  .legend { list-style: none; padding: 0; }
  .legend li { margin: .3rem 0; }
  table { border-collapse: collapse; }
  th, td { text-align: start; padding: .25rem .6rem; border-bottom: 1px solid #e4e7eb; }
  td.n { text-align: end; font-variant-numeric: tabular-nums; }
  .up { color: #276749; } .down { color: #c53030; } .same { color: #52606d; }
  ul.changes li, ol.steps li, ol.plan > li { margin-bottom: .8rem; }
  .tags { color: #52606d; font-style: italic; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10.5pt; }
    h2, h3 { break-after: avoid; }
    .chart, ol.steps li, ol.plan > li, ul.changes li { break-inside: avoid; }
    details > * { display: block; }
  }
"#;

/// `s` safe inside HTML text and attribute values: the report page's escaping.
pub(super) use crate::render::html::esc as escape;

/// Text from a file as isolated HTML: escaped, control characters shown, inside
/// `<bdi>`.
pub(super) fn bdi(s: &str) -> String {
    format!("<bdi>{}</bdi>", escape(&inert(s)))
}

/// Marks where a text from a file goes in a message, out of any text's way (two
/// private-use characters around its index).
fn token(i: usize) -> String {
    format!("\u{F8FF}{i}\u{F8FF}")
}

/// Message `id` as HTML, its `texts` (names and values from a file) each isolated
/// in `<bdi>` and the rest escaped.
pub(super) fn isolated(p: &Painter, id: &'static str, texts: &[(&'static str, &str)]) -> String {
    let args = texts
        .iter()
        .enumerate()
        .map(|(i, (name, _))| (*name, Arg::from(token(i))))
        .collect();
    let mut html = escape(&p.msg(Msg { id, args }));
    for (i, (_, text)) in texts.iter().enumerate() {
        // A text cannot bring a mark of its own for a later one to replace.
        html = html.replace(&token(i), &bdi(&text.replace('\u{F8FF}', "\u{FFFD}")));
    }
    html
}

/// The retailer and the date, each isolated, joined by ` · `.
pub(super) fn who(retailer: &Option<String>, date: &Option<String>) -> String {
    let parts: Vec<String> = retailer.iter().chain(date).map(|s| bdi(s)).collect();
    parts.join(" · ")
}

/// A page up to its `<body>`: the report's language and direction, the title, the
/// style.
pub(super) fn head(p: &Painter, title: &str) -> String {
    let dir = if p.o.lang.is_rtl() { "rtl" } else { "ltr" };
    let lang = p.o.lang.code();
    let title = escape(title);
    [
        "<!DOCTYPE html>".to_string(),
        format!("<html lang=\"{lang}\" dir=\"{dir}\">"),
        "<head>\n<meta charset=\"utf-8\">".to_string(),
        r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#.to_string(),
        format!("<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"),
    ]
    .join("\n")
}
