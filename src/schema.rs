//! JSON Schemas of the two file formats, so editors can check and complete the YAML
//! while it is written. Generated from the same types that read the files.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::{json, Map, Value};

use crate::bank::schema::RawBank;
use crate::bank::{Bank, Question, QuestionKind, SKIPPED, UNSURE};
use crate::i18n::{Lang, Messages};

/// The file formats that have a schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaOf {
    /// The question bank.
    Bank,
    /// An answers file.
    Answers,
}

/// The schema of a bank or an answers file, as files are read (not written). An
/// answers file's is the one `bank` reads: its question ids and each one's option
/// ids, described in `lang`.
pub fn of(which: SchemaOf, bank: &Bank, lang: Lang) -> Schema {
    let generator = SchemaSettings::draft2020_12()
        .for_deserialize()
        .into_generator();
    match which {
        SchemaOf::Bank => generator.into_root_schema_for::<RawBank>(),
        SchemaOf::Answers => {
            let mut schema = generator.into_root_schema_for::<AnswersFile>();
            if let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) {
                let made_for = "The id of the bank the answers were made for.";
                props.insert(
                    "bank".into(),
                    json!({"const": bank.meta.id, "description": made_for}),
                );
                props.insert("answers".into(), answers_of(bank, lang));
            }
            schema
        }
    }
}

/// The `answers` mapping of `bank`: one property per question, nothing else.
fn answers_of(bank: &Bank, lang: Lang) -> Value {
    let m = Messages::new(lang);
    let properties: Map<String, Value> = bank
        .questions
        .iter()
        .map(|q| (q.id.clone(), answer_of(q, lang, &m)))
        .collect();
    json!({
        "description": "Question id → answer.",
        "type": "object",
        "additionalProperties": false,
        "properties": properties,
    })
}

/// One question's answer: an option id (a list of them for multiple choice),
/// `unsure` or `skipped`, alone or as `choice` with a `note` and `evidence`.
fn answer_of(q: &Question, lang: Lang, m: &Messages) -> Value {
    let code = lang.code();
    let mut ids: Vec<Value> = q.options.iter().map(|o| json!(o.id)).collect();
    let mut labels: Vec<String> = q.options.iter().map(|o| o.label.get(code).into()).collect();
    let options = ids.clone();
    ids.extend([json!(UNSURE), json!(SKIPPED)]);
    labels.extend([m.t("prompt-dont-know"), m.t("schema-skipped")]);
    let one = json!({"enum": ids, "enumDescriptions": labels});
    let choice = match q.kind {
        QuestionKind::Single => one,
        // YAML reads `true` and `false` as booleans, and the reader takes them.
        QuestionKind::YesNo => json!({"anyOf": [one, {"type": "boolean"}]}),
        QuestionKind::Multi => json!({"anyOf": [one, {
            "type": "array",
            "items": {"enum": options},
            "minItems": 1,
            "uniqueItems": true,
        }]}),
    };
    let described: Vec<String> = q
        .options
        .iter()
        .map(|o| format!("- {}: {}", o.id, o.label.get(code)))
        .collect();
    json!({
        "description": format!("{}\n{}\n\n{}", q.text.get(code), q.help.get(code), described.join("\n")),
        "anyOf": [choice, {
            "type": "object",
            "additionalProperties": false,
            "required": ["choice"],
            "properties": {
                "choice": choice,
                "note": {"type": "string"},
                "evidence": {"type": "string"},
            },
        }],
    })
}

// The reader's own types deserialize by hand (to catch a question answered twice),
// so the schema of the file is spelled out here; the fields are never read.
#[allow(dead_code)]
/// An answers file: the bank it was made for and one retailer's answers.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct AnswersFile {
    /// The id of the bank the answers were made for.
    bank: String,
    /// The version of that bank.
    bank_version: String,
    retailer: Option<String>,
    date: Option<String>,
    /// Question id → answer: one property per question of the bank (see [`of`]).
    answers: Value,
}
