//! A quick reading of one JSON Lines record for batches: a scanner over the line's
//! bytes that goes straight from option ids to answer levels, allocating nothing per
//! answer. It accepts only the plain shape of records that the full reader
//! (`Answers::from_json`) would accept unchanged, and gives up (`None`) on anything
//! else (escapes, `null`, repeats, unknown ids), which the full reader then reports
//! or reads; a property test checks that both agree.

use crate::bank::{Bank, Question, QuestionKind, SKIPPED, UNSURE};
use crate::engine::{verdict_from_levels, Verdict};

/// The retailer's name and verdict, or `None` to leave the record to the full reader.
pub fn verdict(bank: &Bank, line: &str) -> Option<(Option<String>, Verdict)> {
    Reader::new(bank).verdict(line)
}

/// Reads records for one bank; made once per batch.
pub struct Reader<'b> {
    bank: &'b Bank,
    /// No id of the bank holds a quote, a backslash or a control character, so an id
    /// can be matched against the line's bytes directly, without reading the string.
    plain: bool,
    /// The last record's answer levels, cleared and used again for the next record.
    spare: std::cell::Cell<Option<Record>>,
}

impl<'b> Reader<'b> {
    pub fn new(bank: &'b Bank) -> Reader<'b> {
        let plain = bank
            .questions
            .iter()
            .flat_map(|q| std::iter::once(&q.id).chain(q.options.iter().map(|o| &o.id)))
            .all(|id| first_special(id.as_bytes()).is_none());
        Reader {
            bank,
            plain,
            spare: std::cell::Cell::new(None),
        }
    }

    /// The retailer's name and verdict, or `None` to leave the record to the full
    /// reader.
    pub fn verdict(&self, line: &str) -> Option<(Option<String>, Verdict)> {
        let bank = self.bank;
        let mut s = Scan { text: line, pos: 0 };
        let mut record = match self.spare.take() {
            Some(record) => record.cleared(),
            None => Record::new(bank),
        };
        let mut retailer = None;
        s.expect(b'{')?;
        let names = ["bank", "bank-version", "retailer", "date", "answers"];
        let seen = s.object(names, |field, s| {
            match field {
                0 => (s.string()? == bank.meta.id).then_some(())?,
                1 => (s.string()? == bank.meta.version).then_some(())?,
                2 => retailer = Some(s.string()?),
                3 => {
                    s.string()?;
                }
                _ => self.answers(s, &mut record)?,
            }
            Some(())
        })?;
        s.end()?;
        if !(seen[0] && seen[1] && seen[4]) {
            return None;
        }
        let verdict = verdict_from_levels(bank, &record.levels, record.answered, record.skipped);
        self.spare.set(Some(record));
        Some((retailer.map(str::to_string), verdict))
    }

    /// The `answers` object: question id → answer.
    fn answers(&self, s: &mut Scan, record: &mut Record) -> Option<()> {
        let questions = &self.bank.questions;
        s.expect(b'{')?;
        if s.peek()? == b'}' {
            s.pos += 1;
            return Some(());
        }
        loop {
            let next = record.next;
            s.peek()?;
            let i = match questions.get(next) {
                Some(q) if self.plain && s.exactly(&q.id) => next,
                _ => match s.string()? {
                    id if questions.get(next).is_some_and(|q| q.id == id) => next,
                    id => self.bank.question_position(id)?,
                },
            };
            s.expect(b':')?;
            record.add(i, self.answer(&questions[i], s)?)?;
            if s.list_end(b'}')? {
                return Some(());
            }
        }
    }

    /// An answer: its choice alone, or an object with `choice` and an optional
    /// `note` and `evidence` (read for their type, not kept).
    fn answer(&self, q: &Question, s: &mut Scan) -> Option<Said> {
        if s.peek()? != b'{' {
            return self.choice(q, s);
        }
        s.pos += 1;
        let mut said = None;
        s.object(["choice", "note", "evidence"], |key, s| {
            match key {
                0 => said = Some(self.choice(q, s)?),
                _ => {
                    s.string()?;
                }
            }
            Some(())
        })?;
        said
    }

    /// One option id, "unsure", "skipped", or (for multiple choice) a list of
    /// distinct option ids, whose level is the highest stage among them.
    fn choice(&self, q: &Question, s: &mut Scan) -> Option<Said> {
        if s.peek()? != b'[' {
            if let Some(k) = self.option(q, s) {
                return Some(Said::Level(q.options[k].stage));
            }
            return match s.string()? {
                UNSURE => Some(Said::Unsure),
                SKIPPED => Some(Said::Skipped),
                id => Some(Said::Level(q.option(id)?.stage)),
            };
        }
        if q.kind != QuestionKind::Multi {
            return None;
        }
        s.pos += 1;
        // Which options were chosen, to refuse a repeat without a list, and which of
        // them go alone.
        let (mut chosen, mut alone, mut best) = (0u64, false, 0);
        loop {
            s.peek()?;
            let k = match self.option(q, s) {
                Some(k) => k,
                None => {
                    let id = s.string()?;
                    q.options.iter().position(|o| o.id == id)?
                }
            };
            let bit = 1u64.checked_shl(u32::try_from(k).ok()?)?;
            if chosen & bit != 0 {
                return None;
            }
            // An option that goes alone, in company: the full reader says so.
            if chosen != 0 && (q.options[k].exclusive || alone) {
                return None;
            }
            chosen |= bit;
            alone |= q.options[k].exclusive;
            best = best.max(q.options[k].stage);
            if s.list_end(b']')? {
                return Some(Said::Level(best));
            }
        }
    }

    /// The option of `q` written next in the line (whitespace skipped), matched byte
    /// for byte.
    fn option(&self, q: &Question, s: &mut Scan) -> Option<usize> {
        if !self.plain {
            return None;
        }
        q.options.iter().position(|o| s.exactly(&o.id))
    }
}

/// A position in the line.
struct Scan<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Scan<'a> {
    /// The next byte after any JSON whitespace, not consumed.
    #[inline(always)]
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        loop {
            let b = *bytes.get(self.pos)?;
            if !matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
                return Some(b);
            }
            self.pos += 1;
        }
    }

    /// The next byte after any JSON whitespace, consumed.
    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.pos += 1;
        Some(b)
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.next()? == byte).then_some(())
    }

    /// After an item of an object or array: `true` at its closing `end`, `false`
    /// before another item.
    fn list_end(&mut self, end: u8) -> Option<bool> {
        match self.next()? {
            b',' => Some(false),
            b if b == end => Some(true),
            _ => None,
        }
    }

    /// The rest of an object (its `{` read) whose keys are among `names`, each at most
    /// once: `field` reads the value of the key at that place in `names`. Says which
    /// keys it had; `None` for any other key or a repeat.
    fn object<const N: usize>(
        &mut self,
        names: [&str; N],
        mut field: impl FnMut(usize, &mut Scan<'a>) -> Option<()>,
    ) -> Option<[bool; N]> {
        let mut seen = [false; N];
        loop {
            let key = self.string()?;
            let i = names.iter().position(|n| *n == key)?;
            if std::mem::replace(&mut seen[i], true) {
                return None;
            }
            self.expect(b':')?;
            field(i, self)?;
            if self.list_end(b'}')? {
                return Some(seen);
            }
        }
    }

    /// Nothing but whitespace is left.
    fn end(&mut self) -> Option<()> {
        self.next().is_none().then_some(())
    }

    /// Consumes `"id"` if that is what comes next, whitespace already skipped
    /// ([`Scan::peek`]); `id` must hold no quote, backslash or control character, so
    /// that those bytes are the whole string.
    // Called for every option tried, so it is kept small and inlined.
    #[inline(always)]
    fn exactly(&mut self, id: &str) -> bool {
        let n = id.len();
        match self.text.as_bytes()[self.pos..].get(..n + 2) {
            Some([b'"', body @ .., b'"']) if body == id.as_bytes() => {
                self.pos += n + 2;
                true
            }
            _ => false,
        }
    }

    /// A string without escapes or control characters, borrowed from the line.
    fn string(&mut self) -> Option<&'a str> {
        self.expect(b'"')?;
        let start = self.pos;
        let bytes = &self.text.as_bytes()[start..];
        let len = first_special(bytes)?;
        (bytes[len] == b'"').then_some(())?;
        self.pos = start + len + 1;
        // Both ends sit next to an ASCII quote, so they are character boundaries.
        Some(&self.text[start..start + len])
    }
}

/// The position of the first quote, backslash or control character in `bytes`.
/// Strings are most of a record, so this looks at eight bytes at a time.
fn first_special(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    // The high bit of each byte below `n`; exact up to the first such byte, which is
    // all that is read of it.
    let below = |word: u64, n: u8| word.wrapping_sub(ONES * u64::from(n)) & !word & HIGH;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let found = below(word ^ (ONES * u64::from(b'"')), 1)
            | below(word ^ (ONES * u64::from(b'\\')), 1)
            | below(word, 0x20);
        if found != 0 {
            return Some(at + found.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    let rest = chunks.remainder();
    let tail = rest
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
    Some(at + tail)
}

/// The answers read so far, as levels in bank order.
struct Record {
    levels: Vec<Option<u8>>,
    seen: Vec<bool>,
    answered: usize,
    skipped: usize,
    /// Answers usually come in bank order: the next question is tried before hashing.
    next: usize,
}

/// What one answer says.
enum Said {
    Level(u8),
    Unsure,
    Skipped,
}

impl Record {
    fn new(bank: &Bank) -> Record {
        let n = bank.questions.len();
        Record {
            levels: vec![None; n],
            seen: vec![false; n],
            answered: 0,
            skipped: 0,
            next: 0,
        }
    }

    /// The same record with no answers, ready for the next line.
    fn cleared(mut self) -> Record {
        self.levels.fill(None);
        self.seen.fill(false);
        (self.answered, self.skipped, self.next) = (0, 0, 0);
        self
    }

    /// Records the answer to question `i`; `None` if it was answered before.
    fn add(&mut self, i: usize, said: Said) -> Option<()> {
        if std::mem::replace(&mut self.seen[i], true) {
            return None;
        }
        self.next = i + 1;
        match said {
            Said::Level(level) => {
                self.levels[i] = Some(level);
                self.answered += 1;
            }
            Said::Unsure => {}
            Said::Skipped => self.skipped += 1,
        }
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::first_special;

    #[test]
    fn finds_the_first_quote_backslash_or_control_character() {
        let naive = |b: &[u8]| b.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20);
        let mut cases: Vec<Vec<u8>> = vec![b"".to_vec(), b"plain".to_vec()];
        for at in 0..20 {
            for special in [b'"', b'\\', 0x00, 0x1f] {
                for filler in [b'a', 0x7f, 0x80, 0xff, 0x20, b'!', b'#', b'[', b']'] {
                    let mut v = vec![filler; 20];
                    v[at] = special;
                    // A later special byte must not be taken for the first.
                    v[19] = b'"';
                    cases.push(v);
                }
            }
        }
        for case in cases {
            assert_eq!(first_special(&case), naive(&case), "{case:?}");
        }
    }
}
