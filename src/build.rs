//! Build script: reads and checks the default question bank with the same code as
//! `--bank`, so a `bank.yaml` that does not parse or pass a check fails the build with
//! every problem listed; then writes it as JSON, whole and once per declared language
//! (that language's texts and English only), so a report reads only what it shows.

// The library's bank reader and checks, compiled into this script; much of the rest
// of those modules is not needed here.
#![allow(dead_code, unused_imports)]

use std::path::{Path, PathBuf};

use serde_json::Value;

#[path = "bank/mod.rs"]
mod bank;
#[path = "error.rs"]
mod error;
#[path = "events.rs"]
mod events;
#[path = "i18n/mod.rs"]
mod i18n;
#[path = "locate/mod.rs"]
mod locate;
#[path = "nesting.rs"]
mod nesting;
#[path = "size.rs"]
mod size;

/// The interface messages, read here as the program reads what [`write_messages`]
/// writes for it.
mod embedded {
    use super::i18n::Lang;

    pub fn messages(lang: Lang) -> &'static [(&'static str, &'static str)] {
        let entries = super::ftl_entries(lang.code());
        let entries: Vec<(&'static str, &'static str)> = entries
            .into_iter()
            .map(|(id, src)| (&*id.leak(), &*src.leak()))
            .collect();
        entries.leak()
    }
}

fn main() {
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for lang in i18n::Lang::ALL {
        write_messages(lang.code(), &out);
    }
    let source = Path::new("questions/bank.yaml");
    println!("cargo::rerun-if-changed={}", source.display());
    let yaml = std::fs::read_to_string(source).expect("questions/bank.yaml is readable");
    if let Err(e) = bank::Bank::from_yaml(&yaml, "questions/bank.yaml") {
        let english = i18n::Messages::new(i18n::Lang::En);
        eprintln!("{}", e.render(&english));
        std::process::exit(1);
    }
    let whole: Value = serde_yaml::from_str(&yaml).expect("read above");
    write(&out.join("bank.json"), &whole);
    let declared = languages(&whole);
    let mut table = String::from("&[\n");
    for lang in &declared {
        let keep = [lang.as_str(), "en"];
        let mut one = whole.clone();
        keep_languages(&mut one, &declared, &keep);
        if let Some(list) = one
            .pointer_mut("/bank/languages")
            .and_then(Value::as_array_mut)
        {
            list.retain(|l| l.as_str().is_some_and(|l| keep.contains(&l)));
        }
        let file = out.join(format!("bank.{lang}.json"));
        write(&file, &one);
        table.push_str(&format!(
            "    ({lang:?}, include_str!({:?})),\n",
            file.display()
        ));
    }
    table.push(']');
    std::fs::write(out.join("bank_by_language.rs"), table).expect("OUT_DIR is writable");
}

/// The entries of `src/i18n/<lang>.ftl`, each as its id (`-name` for a term) and its
/// source; a file that Fluent's parser does not read cleanly fails the build.
fn ftl_entries(lang: &str) -> Vec<(String, String)> {
    use fluent_syntax::ast::{Entry, Resource};
    let path = format!("src/i18n/{lang}.ftl");
    println!("cargo::rerun-if-changed={path}");
    let source = std::fs::read_to_string(&path).expect("the Fluent files are readable");
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
        eprintln!("{path} does not parse: {errors:?}");
        std::process::exit(1)
    });
    let id = |entry: &Entry<&str>| match entry {
        Entry::Message(m) => Some(m.id.name.to_string()),
        Entry::Term(t) => Some(format!("-{}", t.id.name)),
        _ => None,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| {
            let alone = Resource {
                body: vec![entry.clone()],
            };
            Some((id(entry)?, fluent_syntax::serializer::serialize(&alone)))
        })
        .collect()
}

/// Writes `messages.<lang>.rs`: the entries of the language's Fluent file as a Rust
/// slice of (id, source) pairs.
fn write_messages(lang: &str, out: &Path) {
    let mut table = String::from("&[\n");
    for (id, source) in ftl_entries(lang) {
        table.push_str(&format!("    ({id:?}, {source:?}),\n"));
    }
    table.push(']');
    let file = out.join(format!("messages.{lang}.rs"));
    std::fs::write(file, table).expect("OUT_DIR is writable");
}

fn write(path: &Path, value: &Value) {
    let json = serde_json::to_string(value).expect("a YAML value is JSON");
    std::fs::write(path, json).expect("OUT_DIR is writable");
}

/// The bank's declared languages (`bank.languages`), none if it has no such list.
fn languages(bank: &Value) -> Vec<String> {
    bank.pointer("/bank/languages")
        .and_then(Value::as_array)
        .map(|l| {
            l.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Drops from every text (a map keyed only by declared languages, with string values)
/// the languages not in `keep`. A test checks the result against the full bank.
fn keep_languages(value: &mut Value, declared: &[String], keep: &[&str]) {
    match value {
        Value::Object(map) => {
            let is_text = !map.is_empty()
                && map
                    .iter()
                    .all(|(k, v)| declared.contains(k) && v.is_string());
            if is_text {
                map.retain(|k, _| keep.contains(&k.as_str()));
            } else {
                map.values_mut()
                    .for_each(|v| keep_languages(v, declared, keep));
            }
        }
        Value::Array(list) => list
            .iter_mut()
            .for_each(|v| keep_languages(v, declared, keep)),
        _ => {}
    }
}
