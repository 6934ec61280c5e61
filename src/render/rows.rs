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

/// Widest the name column of the text table grows, and narrowest it shrinks.
const NAME: usize = 32;
const NAME_MIN: usize = 14;

/// Columns of the stage (`  3? `) and of completeness (`  100`).
const STAGE: usize = 6;
const PERCENT: usize = 6;

pub struct Rows<'a> {
    pub format: RowFormat,
    pub bank: &'a Bank,
    pub m: &'a Messages,
    /// Columns the text table may take.
    pub width: usize,
}

/// How the text table fits its width: the name column's width, and each dimension's
/// column, headed by the first `code` letters of its id (a legend names them in
/// full); with `code` 0 the levels are one column of digits, in bank order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Layout {
    name: usize,
    code: usize,
}

impl Layout {
    /// The widest layout that fits `width` with a name column of at least `NAME_MIN`.
    fn fit(width: usize, dims: usize) -> Layout {
        for code in [4, 3] {
            let fixed = STAGE + dims * (code + 1) + PERCENT;
            if width >= fixed + NAME_MIN {
                let name = (width - fixed).min(NAME);
                return Layout { name, code };
            }
        }
        let fixed = STAGE + 2 + dims + PERCENT;
        Layout {
            name: width.saturating_sub(fixed).clamp(NAME_MIN, NAME),
            code: 0,
        }
    }
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
                let layout = self.layout();
                let cols: String = if layout.code == 0 {
                    format!("  {}", fit(&self.m.t("batch-col-levels"), dims.len()))
                } else {
                    let w = layout.code + 1;
                    dims.iter()
                        .map(|d| format!("{:>w$}", short(d, layout.code)))
                        .collect()
                };
                writeln!(
                    out,
                    "{}{:>STAGE$}{cols}{:>PERCENT$}",
                    fit(&self.m.t("batch-col-retailer"), layout.name),
                    self.m.t("batch-col-stage"),
                    "%"
                )
            }
        }
    }

    fn layout(&self) -> Layout {
        Layout::fit(self.width, self.bank.dimensions.len())
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
                crate::text::json::to_writer(out, &line)?;
                writeln!(out)
            }
            RowFormat::Table => {
                let layout = self.layout();
                let cols: String = if layout.code == 0 {
                    let digits: String = v.dimensions.iter().map(|l| format!("{l}")).collect();
                    format!("  {digits}")
                } else {
                    let w = layout.code + 1;
                    v.dimensions.iter().map(|l| format!("{l:>w$}")).collect()
                };
                // A provisional stage is marked, and the summary says what the mark means.
                let stage = format!("{}{}", v.stage, if v.provisional { "?" } else { " " });
                writeln!(
                    out,
                    "{}{stage:>STAGE$}{cols}{:>PERCENT$}",
                    fit(&r.name, layout.name),
                    v.completeness
                )
            }
        }
    }

    /// What the dimension columns of the text table stand for, in full.
    fn legend(&self, out: &mut dyn Write) -> io::Result<()> {
        let lang = self.m.lang().code();
        let layout = self.layout();
        let names = self.bank.dimensions.iter().map(|d| {
            let name = inert(d.name.get(lang));
            match layout.code {
                0 => name.into_owned(),
                n => format!("{} = {name}", short(&d.id, n)),
            }
        });
        let names: Vec<String> = names.collect();
        let list = names.join(", ");
        let said = self.m.render(&if layout.code == 0 {
            msg!("batch-legend-levels", list = list)
        } else {
            msg!("batch-legend", list = list)
        });
        for line in crate::text::wrap(&said, self.width.max(20)) {
            writeln!(out, "{line}")?;
        }
        Ok(())
    }

    /// How many retailers sit at each stage (the failed records are counted by the
    /// error that closes the batch), after the legend of a text table.
    pub fn summary(&self, s: &Summary, out: &mut dyn Write) -> io::Result<()> {
        let lang = self.m.lang().code();
        if self.format == RowFormat::Table {
            self.legend(out)?;
            writeln!(out)?;
        }
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
            let line = self
                .m
                .render(&msg!("batch-provisional", count = s.provisional));
            for line in crate::text::wrap(&line, self.width.max(20)) {
                writeln!(out, "{line}")?;
            }
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
fn short(id: &str, letters: usize) -> String {
    id.chars().take(letters).collect()
}

#[cfg(test)]
mod tests {
    use super::Layout;

    #[test]
    fn the_table_fits_its_width() {
        for width in [40, 60, 72, 80, 100, 120, 200] {
            let l = Layout::fit(width, 12);
            let cols = if l.code == 0 {
                2 + 12
            } else {
                12 * (l.code + 1)
            };
            let total = l.name + super::STAGE + cols + super::PERCENT;
            assert!(total <= width, "{width}: {l:?} takes {total}");
        }
        assert_eq!(Layout::fit(100, 12), Layout { name: 28, code: 4 });
        assert_eq!(Layout::fit(80, 12), Layout { name: 20, code: 3 });
        assert_eq!(Layout::fit(200, 12).name, super::NAME);
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0u8, 7, 10, 99, 100, 255] {
            let mut line = String::new();
            super::push_number(&mut line, n);
            assert_eq!(line, n.to_string());
        }
    }
}
