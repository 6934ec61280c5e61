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
#[path = "i18n/mod.rs"]
mod i18n;
#[path = "locate/mod.rs"]
mod locate;
#[path = "nesting.rs"]
mod nesting;

fn main() {
    let source = Path::new("questions/bank.yaml");
    println!("cargo::rerun-if-changed={}", source.display());
    let yaml = std::fs::read_to_string(source).expect("questions/bank.yaml is readable");
    if let Err(e) = bank::Bank::from_yaml(&yaml, "questions/bank.yaml") {
        let english = i18n::Messages::new(i18n::Lang::En);
        eprintln!("{}", e.render(&english));
        std::process::exit(1);
    }
    let whole: Value = serde_yaml::from_str(&yaml).expect("read above");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
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
