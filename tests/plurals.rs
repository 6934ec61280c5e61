//! Every plural in every language file, formatted for 0, 1, 2, 3, 11 and 100: the
//! form each language uses for that count, and no placeholder left unformatted.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_syntax::ast::VariantKey;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use maturity::i18n::{Arg, Lang, Messages, Msg};

const COUNTS: [usize; 6] = [0, 1, 2, 3, 11, 100];

/// CLDR plural categories: a selector whose keys are all these (or numbers) picks a
/// plural form; any other selector picks by text.
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// A message's variables: those that pick a plural form, and the rest with the
/// values that pick their variants (none for text shown as it is).
#[derive(Default)]
struct Vars {
    plural: BTreeSet<String>,
    text: BTreeMap<String, BTreeSet<String>>,
}

type Patterns<'s> = HashMap<String, &'s Pattern<&'s str>>;

fn walk_pattern(p: &Pattern<&str>, all: &Patterns, vars: &mut Vars) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            walk_expression(expression, all, vars);
        }
    }
}

fn walk_expression(e: &Expression<&str>, all: &Patterns, vars: &mut Vars) {
    match e {
        Expression::Select { selector, variants } => {
            let plural = variants.iter().all(|v| match &v.key {
                VariantKey::Identifier { name } => CATEGORIES.contains(name),
                VariantKey::NumberLiteral { .. } => true,
            });
            match selector {
                InlineExpression::VariableReference { id } if plural => {
                    vars.plural.insert(id.name.to_string());
                }
                InlineExpression::VariableReference { id } => {
                    let keys = variants.iter().filter_map(|v| match &v.key {
                        VariantKey::Identifier { name } => Some(name.to_string()),
                        VariantKey::NumberLiteral { .. } => None,
                    });
                    vars.text
                        .entry(id.name.to_string())
                        .or_default()
                        .extend(keys);
                }
                other => walk_inline(other, all, vars),
            }
            for v in variants {
                walk_pattern(&v.value, all, vars);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, all, vars),
    }
}

fn walk_inline(e: &InlineExpression<&str>, all: &Patterns, vars: &mut Vars) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.text.entry(id.name.to_string()).or_default();
        }
        InlineExpression::MessageReference { id, .. } => {
            walk_pattern(all[id.name], all, vars);
        }
        InlineExpression::TermReference { id, .. } => {
            walk_pattern(all[&format!("-{}", id.name)], all, vars);
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, all, vars),
        _ => {}
    }
}

/// Each message of `lang` that has variables, with them.
fn messages(lang: Lang) -> Vec<(String, Vars)> {
    let source = std::fs::read_to_string(format!("src/i18n/{lang}.ftl")).unwrap();
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap();
    let mut all = Patterns::new();
    let mut ids = Vec::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) if m.value.is_some() => {
                all.insert(m.id.name.to_string(), m.value.as_ref().unwrap());
                ids.push(m.id.name.to_string());
            }
            Entry::Term(t) => {
                all.insert(format!("-{}", t.id.name), &t.value);
            }
            _ => {}
        }
    }
    ids.into_iter()
        .filter_map(|id| {
            let mut vars = Vars::default();
            walk_pattern(all[&id], &all, &mut vars);
            (!vars.plural.is_empty() || !vars.text.is_empty()).then_some((id, vars))
        })
        .collect()
}

/// The message formatted with the plural variables at the counts given (the rest at
/// `fill`), the text variables that pick a variant at the values `chosen`, and the
/// others as `‹name›`.
fn format(
    m: &Messages,
    id: &str,
    vars: &Vars,
    counts: &[(&str, usize)],
    fill: usize,
    chosen: &[(String, String)],
) -> String {
    let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
    let mut args: Vec<(&'static str, Arg)> = vars
        .text
        .keys()
        .filter(|v| !vars.plural.contains(*v))
        .map(|v| {
            let value = chosen
                .iter()
                .find(|c| &c.0 == v)
                .map_or(format!("‹{v}›"), |c| c.1.clone());
            (leak(v), Arg::Text(value))
        })
        .collect();
    for v in &vars.plural {
        let n = counts
            .iter()
            .find(|(name, _)| name == v)
            .map_or(fill, |c| c.1);
        args.push((leak(v), Arg::from(n)));
    }
    m.render(&Msg { id: leak(id), args })
}

/// Every way of picking the text variants of `vars`: one value for each variable
/// that picks by text.
fn choices(vars: &Vars) -> Vec<Vec<(String, String)>> {
    let mut all = vec![Vec::new()];
    for (name, keys) in vars
        .text
        .iter()
        .filter(|(n, k)| !k.is_empty() && !vars.plural.contains(*n))
    {
        all = all
            .into_iter()
            .flat_map(|picked: Vec<(String, String)>| {
                keys.iter().map(move |k| {
                    let mut p = picked.clone();
                    p.push((name.clone(), k.clone()));
                    p
                })
            })
            .collect();
    }
    all
}

/// Counts no message is given: more failed gates than gates.
fn impossible(counts: &BTreeMap<&str, usize>) -> bool {
    matches!((counts.get("failed"), counts.get("count")), (Some(f), Some(c)) if f > c)
}

/// Every plural message of `lang` at every count, in every variant: each plural
/// variable alone at the count (the others at 0, then at 3), then all of them at it.
/// Lines of `id (variables=values): text`, with the count they are about.
fn renderings(lang: Lang) -> Vec<(usize, String)> {
    let m = Messages::new(lang);
    let mut out = Vec::new();
    let plural = messages(lang)
        .into_iter()
        .filter(|m| !m.1.plural.is_empty());
    for (id, vars) in plural {
        for chosen in choices(&vars) {
            for n in COUNTS {
                let mut runs: Vec<BTreeMap<&str, usize>> = Vec::new();
                for (v, fill) in vars.plural.iter().flat_map(|v| [(v, 0), (v, 3)]) {
                    if vars.plural.len() > 1 {
                        let others = vars
                            .plural
                            .iter()
                            .map(|o| (o.as_str(), if o == v { n } else { fill }));
                        runs.push(others.collect());
                    }
                }
                runs.push(vars.plural.iter().map(|v| (v.as_str(), n)).collect());
                for counts in runs.into_iter().filter(|c| !impossible(c)) {
                    let list: Vec<(&str, usize)> = counts.iter().map(|(k, v)| (*k, *v)).collect();
                    let text = format(&m, &id, &vars, &list, n, &chosen);
                    let shown: Vec<String> = chosen
                        .iter()
                        .map(|(k, v)| format!("{k}={v}"))
                        .chain(list.iter().map(|(k, v)| format!("{k}={v}")))
                        .collect();
                    let line = (n, format!("{id} ({}): {text}", shown.join(", ")));
                    if !out.contains(&line) {
                        out.push(line);
                    }
                }
            }
        }
    }
    out
}

/// The words after each standalone `n` in `text`, up to `take` of them, without
/// their punctuation.
fn words_after(text: &str, n: usize, take: usize) -> Vec<Vec<String>> {
    let strip = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\u{64b}')
            .to_string()
    };
    let words: Vec<String> = text.split_whitespace().map(strip).collect();
    let n = n.to_string();
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| **w == n)
        .map(|(i, _)| words[i + 1..].iter().take(take).cloned().collect())
        .collect()
}

/// The faults of one rendering in `lang` at count `n`.
fn faults(lang: Lang, n: usize, line: &str) -> Vec<String> {
    let mut found = Vec::new();
    if line.contains(['{', '}', '$']) {
        found.push("an unformatted placeholder".to_string());
    }
    // English puts an adjective between a number and its noun ("2 more answers");
    // Turkish and Arabic put the noun right after it.
    let after = words_after(line, n, if lang == Lang::En { 2 } else { 1 });
    let any_after = |bad: &dyn Fn(&str) -> bool| after.iter().flatten().any(|w| bad(w));
    match lang {
        Lang::En => {
            let nouns = "answer step problem question stage gate retailer record level dimension
                area minute condition";
            let wrong = |w: &str| match n {
                1 => nouns.split_whitespace().any(|s| w == format!("{s}s")),
                _ => nouns.split_whitespace().any(|s| w == s),
            };
            if any_after(&wrong) {
                found.push(format!("{n} with the wrong form of its noun"));
            }
        }
        Lang::Tr => {
            let plural = |w: &str| {
                ["lar", "ler", "ları", "leri"]
                    .iter()
                    .any(|s| w.ends_with(s))
            };
            if any_after(&plural) {
                found.push(format!("{n} followed by a plural noun"));
            }
        }
        Lang::Ar => found.extend(arabic_faults(n, &after)),
        Lang::Zh => {}
    }
    found
}

/// Arabic nouns counted in the interface: singular, accusative singular, plural.
const ARABIC_NOUNS: [(&str, &str, &str); 11] = [
    ("سؤال", "سؤالًا", "أسئلة"),
    ("متجر", "متجرًا", "متاجر"),
    ("سجل", "سجلًا", "سجلات"),
    ("مستوى", "مستوًى", "مستويات"),
    ("مجال", "مجالًا", "مجالات"),
    ("إجابة", "إجابة", "إجابات"),
    ("خطوة", "خطوة", "خطوات"),
    ("بوابة", "بوابة", "بوابات"),
    ("مرحلة", "مرحلة", "مراحل"),
    ("مشكلة", "مشكلة", "مشكلات"),
    ("دقيقة", "دقيقة", "دقائق"),
];

/// 3 to 10 count with the plural; 11 to 99 with the accusative singular; 100 with
/// the singular.
fn arabic_faults(n: usize, after: &[Vec<String>]) -> Vec<String> {
    let next: Vec<&str> = after
        .iter()
        .filter_map(|w| w.first())
        .map(String::as_str)
        .collect();
    let mut found = Vec::new();
    for (singular, accusative, plural) in ARABIC_NOUNS {
        let right = match n % 100 {
            3..=10 => plural,
            11..=99 => accusative,
            _ if n >= 100 => singular,
            _ => continue,
        };
        let forms = [singular, accusative, plural];
        if let Some(w) = next.iter().find(|w| forms.contains(w) && **w != right) {
            found.push(format!("{n} {w}, not {n} {right}"));
        }
    }
    found
}

/// The variables that hold numbers, wherever they are shown.
const NUMBERS: &str = "actual after answered areas before count dimensions done failed from
    gates item lands level max mib min minutes n next number of offset peers percent percentile
    questions required rest scored stage stages steps target top total typical";

/// Every message of `lang` with each of its number variables at each count, those
/// shown as they are too ("{ $steps } stage steps" counts as much as a plural).
fn with_numbers_everywhere(lang: Lang) -> Vec<(usize, String)> {
    let m = Messages::new(lang);
    let mut out = Vec::new();
    for (id, mut vars) in messages(lang) {
        let shown: Vec<String> = vars
            .text
            .iter()
            .filter(|(name, keys)| {
                keys.is_empty() && NUMBERS.split_whitespace().any(|n| n == *name)
            })
            .map(|(name, _)| name.clone())
            .collect();
        vars.plural.extend(shown);
        for chosen in choices(&vars) {
            for n in COUNTS {
                let text = format(&m, &id, &vars, &[], n, &chosen);
                out.push((n, format!("{id} (all at {n}): {text}")));
            }
        }
    }
    out
}

fn check(lang: Lang) -> String {
    let lines = renderings(lang);
    let found: Vec<String> = lines
        .iter()
        .chain(&with_numbers_everywhere(lang))
        .flat_map(|(n, line)| {
            // The text after the `id (variables):` label.
            let text = line.split_once("): ").map_or(line.as_str(), |(_, t)| t);
            faults(lang, *n, text)
                .into_iter()
                .map(move |f| format!("{f}: {line}"))
        })
        .collect();
    assert!(found.is_empty(), "{lang}:\n{}", found.join("\n"));
    lines
        .into_iter()
        .map(|(_, l)| l)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn english_plurals_agree_with_their_counts() {
    let all = check(Lang::En);
    assert!(all.contains("one level to climb"), "{all}");
    insta::assert_snapshot!("plurals_en", all);
}

#[test]
fn chinese_plurals_format_every_count() {
    insta::assert_snapshot!("plurals_zh", check(Lang::Zh));
}

#[test]
fn arabic_plurals_use_the_form_of_each_plural_category() {
    let all = check(Lang::Ar);
    assert!(all.contains("قُيِّم 100 متجر:"), "{all}");
    insta::assert_snapshot!("plurals_ar", all);
}

#[test]
fn turkish_plurals_keep_the_noun_singular_after_a_number() {
    insta::assert_snapshot!("plurals_tr", check(Lang::Tr));
}

/// A name from the bank runs straight into the Chinese around it, with no space.
#[test]
fn chinese_names_run_on_without_a_space() {
    let m = Messages::new(Lang::Zh);
    let level = m.render(&maturity::msg!(
        "report-level",
        name = "营销自动化",
        level = 3u8,
        required = 4u8
    ));
    assert!(level.starts_with("营销自动化的水平"), "{level}");
    let answer = m.render(&maturity::msg!(
        "report-conflict-answer",
        answer = "“有”",
        level = 2u8
    ));
    assert!(answer.starts_with("您的回答是“有”"), "{answer}");
}
