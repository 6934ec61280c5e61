//! What a YAML file stands for before serde builds anything from it: how much its
//! aliases add once expanded, and how many entries its top-level lists hold, measured
//! in one pass of the event parser serde reads with, so that a file that would cost
//! far more to read than its size is refused first, in time and memory linear in it.

use std::collections::HashMap;

use crate::error::Problem;
use crate::events::{Event, EventParser};
use crate::msg;
use crate::nesting::line_and_column;

/// What an entry counts for besides its text, in bytes: about what it costs once read.
const ENTRY: u64 = 32;

/// Aliases may add as much as the file itself holds, and this much to a smaller file.
const MIN_ALIAS_ROOM: u64 = 1 << 20;

/// A top-level list with a cap: its key, the most entries it may hold, and how
/// messages name its entries.
pub(crate) type Cap = (&'static str, usize);

/// A sequence or mapping being read.
struct Open {
    /// The entry's size so far: its text and entries, aliases expanded.
    size: u64,
    anchor: Option<Vec<u8>>,
    /// Children read so far (keys and values alike in a mapping).
    children: usize,
    /// For a capped top-level list: which cap.
    capped: Option<usize>,
    map: bool,
}

/// The problem with `src`'s size, found as soon as there is one: aliases that add
/// more than the file holds (or 1 MiB to a smaller file), or a top-level list longer
/// than its cap in `caps`. A file with no `*` has no aliases, so without caps it is
/// not read at all.
pub(crate) fn size_problems(src: &str, caps: &[Cap]) -> Vec<Problem> {
    if caps.is_empty() && !src.contains('*') {
        return Vec::new();
    }
    let room = (src.len() as u64).max(MIN_ALIAS_ROOM);
    let mut m = Measure {
        caps,
        open: Vec::new(),
        anchors: HashMap::new(),
        added: 0,
        pending: None,
    };
    let mut parser = EventParser::new(src);
    loop {
        let step = parser.next(|e| m.event(e));
        match step {
            Some(Step::Go) => {}
            Some(Step::Alias(at)) if m.added > room => {
                let kib = (room >> 10) as usize;
                let at = line_and_column(src, at);
                return vec![Problem::new(Some(at), msg!("error-aliases", kib = kib))];
            }
            Some(Step::Alias(_)) => {}
            Some(Step::Over { cap, at }) => {
                let (what, max) = caps[cap];
                let at = line_and_column(src, at);
                let m = msg!("bank-too-many", what = what, max = max);
                return vec![Problem::new(Some(at), m)];
            }
            Some(Step::Done) | None => return Vec::new(),
        }
    }
}

/// What one event comes to.
enum Step {
    Go,
    /// An alias at byte `at` added to the total.
    Alias(usize),
    /// The first entry of a capped list beyond its cap, at byte `at`.
    Over {
        cap: usize,
        at: usize,
    },
    Done,
}

struct Measure<'c> {
    caps: &'c [Cap],
    open: Vec<Open>,
    /// The size of each anchored entry read so far.
    anchors: HashMap<Vec<u8>, u64>,
    /// What the aliases read so far add.
    added: u64,
    /// The cap the value about to be read falls under, after its top-level key.
    pending: Option<usize>,
}

impl Measure<'_> {
    fn event(&mut self, e: Event) -> Step {
        match e {
            Event::Start {
                map, at, anchor, ..
            } => {
                let capped = self.pending.take().filter(|_| !map);
                let over = self.child(at, None);
                self.open.push(Open {
                    size: ENTRY,
                    anchor: anchor.map(<[u8]>::to_vec),
                    children: 0,
                    capped,
                    map,
                });
                over
            }
            Event::End => self.close(),
            Event::Scalar { value, at, anchor } => {
                let size = ENTRY + value.len() as u64;
                if let Some(a) = anchor {
                    self.anchors.insert(a.to_vec(), size);
                }
                let over = self.child(at, Some(value));
                self.add(size);
                over
            }
            Event::Alias { anchor, at } => {
                let size = self.anchors.get(anchor).copied().unwrap_or(0);
                self.added = self.added.saturating_add(size);
                let over = self.child(at, None);
                self.add(size);
                match over {
                    Step::Go => Step::Alias(at),
                    over => over,
                }
            }
            Event::StreamEnd => Step::Done,
            Event::Other => Step::Go,
        }
    }

    /// Counts a child of the innermost open entry, starting at byte `at`: `Over` if
    /// it is one too many for a capped list. A key of the top mapping (`text`) may
    /// make the value after it fall under a cap.
    fn child(&mut self, at: usize, text: Option<&[u8]>) -> Step {
        let top = self.open.len() == 1;
        let caps = self.caps;
        let Some(parent) = self.open.last_mut() else {
            return Step::Go;
        };
        if top && parent.map {
            self.pending = match parent.children % 2 {
                0 => text.and_then(|t| caps.iter().position(|(k, _)| k.as_bytes() == t)),
                _ => None,
            };
        }
        parent.children += 1;
        match parent.capped {
            Some(cap) if parent.children > caps[cap].1 => Step::Over { cap, at },
            _ => Step::Go,
        }
    }

    /// Adds `size` to the innermost open entry.
    fn add(&mut self, size: u64) {
        if let Some(parent) = self.open.last_mut() {
            parent.size = parent.size.saturating_add(size);
        }
    }

    fn close(&mut self) -> Step {
        let Some(done) = self.open.pop() else {
            return Step::Go;
        };
        if let Some(a) = done.anchor {
            self.anchors.insert(a, done.size);
        }
        self.add(done.size);
        Step::Go
    }
}

#[cfg(test)]
mod tests {
    use super::size_problems;

    #[test]
    fn aliases_may_add_as_much_as_the_file_holds() {
        let long = "x".repeat(100_000);
        let few = format!("a: &a {long}\nb: [*a, *a, *a]\n");
        assert!(size_problems(&few, &[]).is_empty());
        let many = format!("a: &a {long}\nb: [{}]\n", vec!["*a"; 20].join(", "));
        let p = size_problems(&many, &[]);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].msg.id, "error-aliases");
        // Aliases inside an anchored entry count each time it is aliased.
        let nested = format!("a: &a [{long}]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b]\n");
        assert_eq!(size_problems(&nested, &[]).len(), 1);
    }

    #[test]
    fn top_level_lists_are_counted_against_their_caps() {
        let caps = [("questions", 3), ("gates", 2)];
        let ok = "questions: [a, b, c]\ngates:\n  - x\n  - y\nother: [1, 2, 3, 4]\n";
        assert!(size_problems(ok, &caps).is_empty());
        let over = "questions: [a, b, c, d, e]\ngates:\n  - x\n  - y\n  - [z]\n";
        let p = size_problems(over, &caps);
        assert_eq!((p.len(), p[0].at), (1, Some((1, 22))));
        let over = "questions: [a]\ngates:\n  - x\n  - y\n  - [z]\n";
        assert_eq!(size_problems(over, &caps)[0].at, Some((5, 5)));
        // Nested lists of the same name are not the top-level list.
        let nested = "bank: {questions: [a, b, c, d]}\n";
        assert!(size_problems(nested, &caps).is_empty());
    }
}
