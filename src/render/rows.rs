//! Batch output: one row per retailer as it is scored (aligned text, CSV or JSON
//! Lines), then a summary of how many retailers sit at each stage.

use std::borrow::Cow;
use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use crate::bank::Bank;
use crate::batch::{Row, Summary};
use crate::i18n::Messages;
use crate::msg;
use crate::text::inert;

/// How rows are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowFormat {
    Table,
    Csv,
    Jsonl,
}

/// Width of the name column of the text table.
const NAME: usize = 32;

pub struct Rows<'a> {
    pub format: RowFormat,
    pub bank: &'a Bank,
    pub m: &'a Messages,
}

/// A CSV field: quoted when needed, and never read as a formula by a spreadsheet.
fn csv(field: &str) -> Cow<'_, str> {
    let field = inert(field);
    let field = match field.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{field}")),
        _ => field,
    };
    if field.contains([',', '"', '\n', '\r']) {
        Cow::Owned(format!("\"{}\"", field.replace('"', "\"\"")))
    } else {
        field
    }
}

/// `s` cut or padded to `width` display columns.
fn fit(s: &str, width: usize) -> String {
    let mut out = String::new();
    for c in s.chars().filter(|c| !c.is_control()) {
        if out.width() + unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) > width - 1 {
            out.push('…');
            break;
        }
        out.push(c);
    }
    let pad = width.saturating_sub(out.width());
    out + &" ".repeat(pad)
}

impl Rows<'_> {
    pub fn header(&self, out: &mut dyn Write) -> io::Result<()> {
        let dims: Vec<&str> = self.bank.dimensions.iter().map(|d| d.id.as_str()).collect();
        match self.format {
            RowFormat::Csv => writeln!(
                out,
                "retailer,stage,stage_id,{},completeness,provisional",
                dims.join(",")
            ),
            RowFormat::Jsonl => Ok(()),
            RowFormat::Table => {
                let cols: Vec<String> = dims.iter().map(|d| format!("{:>5}", short(d))).collect();
                writeln!(
                    out,
                    "{}{:>6}{}{:>6}",
                    fit(&self.m.t("batch-col-retailer"), NAME),
                    self.m.t("batch-col-stage"),
                    cols.join(""),
                    "%"
                )
            }
        }
    }

    pub fn row(&self, r: &Row, out: &mut dyn Write) -> io::Result<()> {
        let v = &r.verdict;
        let stage_id = self.bank.stage(v.stage).map_or("", |s| s.id.as_str());
        match self.format {
            RowFormat::Csv => {
                // Built in one buffer: a batch writes a million of these.
                let mut line = String::with_capacity(64 + r.name.len());
                line.push_str(&csv(&r.name));
                line.push(',');
                push_number(&mut line, v.stage);
                line.push(',');
                line.push_str(stage_id);
                for l in &v.dimensions {
                    line.push(',');
                    push_number(&mut line, *l);
                }
                line.push(',');
                push_number(&mut line, v.completeness);
                line.push_str(if v.provisional { ",true\n" } else { ",false\n" });
                out.write_all(line.as_bytes())
            }
            RowFormat::Jsonl => {
                let dims: serde_json::Map<String, serde_json::Value> = self
                    .bank
                    .dimensions
                    .iter()
                    .zip(&v.dimensions)
                    .map(|(d, l)| (d.id.clone(), (*l).into()))
                    .collect();
                let line = serde_json::json!({
                    "retailer": r.name,
                    "stage": v.stage,
                    "stage_id": stage_id,
                    "dimensions": dims,
                    "completeness": v.completeness,
                    "provisional": v.provisional,
                });
                writeln!(out, "{line}")
            }
            RowFormat::Table => {
                let cols: String = v.dimensions.iter().map(|l| format!("{l:>5}")).collect();
                // A provisional stage is marked, and the summary says what the mark means.
                let stage = format!("{}{}", v.stage, if v.provisional { "?" } else { " " });
                writeln!(
                    out,
                    "{}{stage:>6}{cols}{:>6}",
                    fit(&r.name, NAME),
                    v.completeness
                )
            }
        }
    }

    /// How many retailers sit at each stage, and (with `failed`) how many records
    /// failed.
    pub fn summary(&self, s: &Summary, failed: bool, out: &mut dyn Write) -> io::Result<()> {
        let lang = self.m.lang().code();
        writeln!(
            out,
            "{}",
            self.m.render(&msg!("batch-summary", scored = s.scored))
        )?;
        for (i, n) in s.per_stage.iter().enumerate() {
            let name = self.bank.stages.get(i).map_or("", |st| st.name.get(lang));
            writeln!(out, "  {} {}: {n}", i + 1, name)?;
        }
        if s.provisional > 0 {
            let line = msg!("batch-provisional", count = s.provisional);
            writeln!(out, "{}", self.m.render(&line))?;
        }
        if failed && s.failed > 0 {
            writeln!(
                out,
                "{}",
                self.m.render(&msg!("batch-failed", failed = s.failed))
            )?;
        }
        Ok(())
    }
}

/// Appends `n` in decimal, without the formatting machinery.
fn push_number(line: &mut String, n: u8) {
    if n >= 100 {
        line.push(char::from(b'0' + n / 100));
    }
    if n >= 10 {
        line.push(char::from(b'0' + n / 10 % 10));
    }
    line.push(char::from(b'0' + n % 10));
}

/// A dimension id cut to fit a narrow column.
fn short(id: &str) -> String {
    id.chars().take(4).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0u8, 7, 10, 99, 100, 255] {
            let mut line = String::new();
            super::push_number(&mut line, n);
            assert_eq!(line, n.to_string());
        }
    }
}
