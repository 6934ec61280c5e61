//! JSON Schemas of the two file formats, so editors can check and complete the YAML
//! while it is written. Generated from the same types that read the files.

use schemars::generate::SchemaSettings;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::bank::schema::RawBank;

/// The file formats that have a schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaOf {
    /// The question bank.
    Bank,
    /// An answers file.
    Answers,
}

/// The schema of a bank or an answers file, as files are read (not written).
pub fn of(which: SchemaOf) -> Schema {
    let generator = SchemaSettings::draft2020_12()
        .for_deserialize()
        .into_generator();
    match which {
        SchemaOf::Bank => generator.into_root_schema_for::<RawBank>(),
        SchemaOf::Answers => generator.into_root_schema_for::<AnswersFile>(),
    }
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
    /// Question id → answer.
    answers: std::collections::BTreeMap<String, AnswerSchema>,
}

struct AnswerSchema;

impl JsonSchema for AnswerSchema {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Answer".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let choice = json_schema!({
            "description": "An option id (`unsure` for don't know / not applicable), or a list of option ids for multiple choice.",
            "oneOf": [
                {"type": "string"},
                {"type": "array", "items": {"type": "string"}, "minItems": 1}
            ]
        });
        json_schema!({
            "oneOf": [
                choice,
                {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["choice"],
                    "properties": {
                        "choice": choice,
                        "note": {"type": "string"},
                        "evidence": {"type": "string"}
                    }
                }
            ]
        })
    }
}
