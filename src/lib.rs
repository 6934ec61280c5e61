//! `maturity` places an e-commerce retailer on the four-stage eCommerce Marketing
//! Maturity Model, says what holds it back from the next stage, and what to do next.
//!
//! Data flows one way: YAML files are checked into a [`bank::Bank`] and
//! [`answers::Answers`], [`engine::assess`] turns them into an
//! [`engine::Assessment`] without any I/O, and a [`render`]er turns that into bytes.

pub mod answers;
pub mod bank;
pub mod cli;
pub mod engine;
pub mod error;
mod locate;
pub mod render;

pub use answers::Answers;
pub use bank::Bank;
pub use engine::{assess, Assessment};
pub use error::Error;
