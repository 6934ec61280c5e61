//! Standard error for notes and errors: each line written whole, and a failure to
//! write it ignored, since with standard error closed or full nothing can be said.

use std::fmt::Display;
use std::io::Write;

/// Writes `text` and a newline to standard error; a closed or full standard error
/// loses the line, never the run.
pub fn line(text: impl Display) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{text}");
}
