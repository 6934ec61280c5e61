//! Build script: turns the default question bank from YAML into its packed binary form
//! at build time, once whole and once per declared language (that language's texts and
//! English only), so that start-up reads the bank many times faster than from YAML,
//! and only what it shows.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

#[path = "bank/packed_format.rs"]
mod packed_format;

fn main() {
    let source = Path::new("questions/bank.yaml");
    println!("cargo::rerun-if-changed={}", source.display());
    let yaml = std::fs::read_to_string(source).expect("questions/bank.yaml is readable");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    // A bank that does not read is left to the YAML loader, whose message says
    // what is wrong, line and column included.
    let whole: Value = serde_yaml::from_str(&yaml).unwrap_or(Value::Null);
    write(&out.join("bank.bin"), &whole);
    let mut table = String::from("&[\n");
    let declared = languages(&whole);
    for lang in &declared {
        let mut one = whole.clone();
        keep_languages(&mut one, &declared, &[lang, "en"]);
        let file = out.join(format!("bank.{lang}.bin"));
        write(&file, &one);
        writeln!(
            table,
            "    ({lang:?}, include_bytes!({:?})),",
            file.display()
        )
        .unwrap();
    }
    table.push(']');
    std::fs::write(out.join("bank_by_language.rs"), table).expect("OUT_DIR is writable");
}

fn write(path: &Path, value: &Value) {
    std::fs::write(path, packed_format::pack(value)).expect("OUT_DIR is writable");
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
