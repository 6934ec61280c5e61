//! The assessment as YAML: the same shape as the JSON, for people who read YAML.

use std::io::{self, Write};

use super::{Render, RenderOptions};
use crate::engine::Assessment;

pub struct Yaml;

impl Render for Yaml {
    fn render(&self, a: &Assessment, _: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        let text = serde_yaml::to_string(a).map_err(io::Error::other)?;
        out.write_all(text.as_bytes())
    }
}
