//! The assessment as pretty-printed JSON, for scripts and other tools.

use std::io::{self, Write};

use super::{Render, RenderOptions};
use crate::engine::Assessment;

pub struct Json;

impl Render for Json {
    fn render(&self, a: &Assessment, _: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        super::json(a, out)
    }
}
