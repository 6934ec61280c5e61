//! Build script: transcodes the default question bank from YAML to JSON at build time: the binary
//! embeds both, and parses the JSON at start-up, many times faster than the YAML.

use std::path::Path;

fn main() {
    let source = Path::new("questions/bank.yaml");
    println!("cargo::rerun-if-changed={}", source.display());
    let yaml = std::fs::read_to_string(source).expect("questions/bank.yaml is readable");
    let mut json = Vec::new();
    let deserializer = serde_yaml::Deserializer::from_str(&yaml);
    let mut serializer = serde_json::Serializer::new(&mut json);
    // A bank that does not transcode is left to the YAML loader, whose message says
    // what is wrong, line and column included.
    if serde_transcode::transcode(deserializer, &mut serializer).is_err() {
        json = b"null".to_vec();
    }
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bank.json");
    std::fs::write(out, json).expect("OUT_DIR is writable");
}
