//! `maturity` places an e-commerce retailer on the four-stage eCommerce Marketing
//! Maturity Model, says what holds it back from the next stage, and what to do next.
//!
//! Data flows one way: YAML files are checked into a [`bank::Bank`] and
//! [`answers::Answers`], [`engine::assess`] turns them into an
//! [`engine::Assessment`] without any I/O, and a [`render`]er turns that into bytes.
//!
//! ```
//! use maturity::{assess, Answers, Bank};
//!
//! let bank = Bank::embedded()?;
//! let yaml = "bank: ecommerce-marketing-maturity\nbank-version: \"2.0.0\"\nanswers:\n  tools.stack: basic\n";
//! let answers = Answers::from_yaml(yaml, "answers.yaml", &bank)?;
//! let assessment = assess(&bank, &answers);
//! assert_eq!(assessment.stage.name.get("en"), "Ad Hoc Marketer");
//! assert_eq!(assessment.completeness.answered, 1);
//! # Ok::<(), maturity::Error>(())
//! ```

pub mod answers;
mod atomic;
pub mod bank;
pub mod batch;
pub mod cli;
pub mod embedded;
pub mod engine;
pub mod error;
mod events;
pub mod i18n;
mod locate;
mod nesting;
pub mod prompt;
pub mod quick;
pub mod render;
mod schema;
mod size;
pub mod text;

pub use answers::Answers;
pub use bank::Bank;
pub use engine::{assess, Assessment};
pub use error::Error;
