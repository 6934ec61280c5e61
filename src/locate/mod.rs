//! Where things stand in a YAML or JSON source, for messages about problems found
//! after parsing (a missing reference, a duplicate id), which serde cannot place.
//!
//! The source is read once more, by an event parser that marks each node with its
//! line and column, into an [`Index`]: a tree of mappings, sequences and scalars with
//! their places. Serde reads lists and mappings in file order, so a problem found in
//! `raw.questions[3].options[1]` is placed by walking `questions`, item 3, `options`,
//! item 1 in the tree: the entry's own place, in block style or flow style alike,
//! never a search for its text. Building the index is linear in the source and a
//! look-up costs the length of its path, so placing many problems stays linear.
//!
//! Not for checking a source (serde does that): where the event parser finds an
//! error, the index keeps what it read before it.

mod parse;

use std::cell::OnceCell;

use saphyr_parser::{Event, Parser};

pub use parse::{json_error, merge_key, yaml_error};

/// A 1-based line and column (in characters), where there is one.
pub type At = Option<(usize, usize)>;

/// What a node is. Mappings and sequences hold their children in
/// the index's `children`: sequences one per item, mappings key and value in turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Scalar,
    Seq,
    Map,
    /// `*name`: stands for the node its anchor marks.
    Alias(usize),
}

#[derive(Debug, Clone, Copy)]
struct Node {
    line: u32,
    col: u32,
    shape: Shape,
    /// Mappings and sequences: where their children start in `children`. Scalars that
    /// are mapping keys: their text in `texts`.
    start: u32,
    /// Mappings: entries; sequences: items.
    len: u32,
}

/// The nodes of the first document of a source, with their places.
#[derive(Debug, Default)]
pub struct Index {
    nodes: Vec<Node>,
    children: Vec<u32>,
    /// The texts of scalars that are mapping keys, the only ones looked up by text.
    texts: Vec<Box<str>>,
    /// The node each anchor id marks (`u32::MAX` for none).
    anchors: Vec<u32>,
}

const NONE: u32 = u32::MAX;

/// A mapping or sequence being read, with its children so far.
struct Open {
    node: u32,
    children: Vec<u32>,
}

impl Index {
    /// Reads the first document of `src`.
    pub fn new(src: &str) -> Index {
        let mut index = Index::default();
        let mut open: Vec<Open> = Vec::new();
        for event in Parser::new_from_str(src) {
            let Ok((event, span)) = event else { break };
            let (shape, anchor, text) = match event {
                Event::Scalar(text, _, anchor, _) => (Shape::Scalar, anchor, Some(text)),
                Event::SequenceStart(anchor, _) => (Shape::Seq, anchor, None),
                Event::MappingStart(anchor, _) => (Shape::Map, anchor, None),
                Event::Alias(anchor) => (Shape::Alias(anchor), 0, None),
                Event::SequenceEnd | Event::MappingEnd => {
                    if let Some(done) = open.pop() {
                        index.close(done);
                    }
                    if open.is_empty() {
                        break;
                    }
                    continue;
                }
                Event::DocumentEnd if !index.nodes.is_empty() => break,
                _ => continue,
            };
            let is_key = open.last().is_some_and(|o| {
                index.nodes[o.node as usize].shape == Shape::Map && o.children.len() % 2 == 0
            });
            let line_col = (span.start.line() as u32, span.start.col() as u32 + 1);
            let text = text.filter(|_| is_key).map(|t| t.into_owned());
            let id = index.push(shape, anchor, text, line_col);
            match open.last_mut() {
                Some(parent) => parent.children.push(id),
                None if !matches!(shape, Shape::Seq | Shape::Map) => break,
                None => {}
            }
            if matches!(shape, Shape::Seq | Shape::Map) {
                open.push(Open {
                    node: id,
                    children: Vec::new(),
                });
            }
        }
        // After an error, what was read so far.
        while let Some(done) = open.pop() {
            index.close(done);
        }
        index
    }

    /// Adds a node read at `line_col`: a key keeps its text, an anchor its node.
    fn push(
        &mut self,
        shape: Shape,
        anchor: usize,
        key: Option<String>,
        line_col: (u32, u32),
    ) -> u32 {
        let id = self.nodes.len() as u32;
        let start = match key {
            Some(text) => {
                self.texts.push(text.into_boxed_str());
                self.texts.len() as u32 - 1
            }
            None => NONE,
        };
        self.nodes.push(Node {
            line: line_col.0,
            col: line_col.1,
            shape,
            start,
            len: 0,
        });
        if anchor > 0 {
            if self.anchors.len() <= anchor {
                self.anchors.resize(anchor + 1, NONE);
            }
            self.anchors[anchor] = id;
        }
        id
    }

    fn close(&mut self, done: Open) {
        let start = self.children.len() as u32;
        self.children.extend_from_slice(&done.children);
        let node = &mut self.nodes[done.node as usize];
        node.start = start;
        node.len = match node.shape {
            Shape::Map => done.children.len() / 2,
            _ => done.children.len(),
        } as u32;
    }

    /// The document's top node.
    pub fn root(&self) -> Place<'_> {
        Place {
            index: self,
            node: (!self.nodes.is_empty()).then_some(0),
        }
    }
}

/// One step of a path from a node to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'p> {
    /// The value of a mapping's entry with this key.
    Get(&'p str),
    /// The key of a mapping's entry, where the field is named.
    Key(&'p str),
    /// A sequence's item.
    Item(usize),
}

/// A node of an [`Index`], or nowhere when a path leads out of the source.
#[derive(Debug, Clone, Copy)]
pub struct Place<'i> {
    index: &'i Index,
    node: Option<u32>,
}

impl<'i> Place<'i> {
    /// Where the node starts: for a mapping in block style its first key, for one in
    /// flow style its `{`.
    pub fn at(self) -> At {
        let n = self.index.nodes[self.node? as usize];
        Some((n.line as usize, n.col as usize))
    }

    fn to(self, node: Option<u32>) -> Place<'i> {
        Place {
            index: self.index,
            node,
        }
    }

    /// The node itself, or the node its alias stands for.
    fn resolved(self) -> Option<Node> {
        let ix = self.index;
        let node = ix.nodes[self.node? as usize];
        match node.shape {
            Shape::Alias(anchor) => {
                let target = *ix.anchors.get(anchor)?;
                ix.nodes.get(target as usize).copied()
            }
            _ => Some(node),
        }
    }

    /// The children of a mapping or sequence (empty for anything else).
    fn children(self, shape: Shape) -> &'i [u32] {
        match self.resolved() {
            Some(n) if n.shape == shape => {
                let (start, len) = (n.start as usize, n.len as usize);
                let len = if shape == Shape::Map { 2 * len } else { len };
                &self.index.children[start..start + len]
            }
            _ => &[],
        }
    }

    /// The position in `children` of the entry whose key is `key`.
    fn find(self, key: &str) -> Option<usize> {
        let ix = self.index;
        self.children(Shape::Map).chunks(2).position(|pair| {
            let k = ix.nodes[pair[0] as usize];
            k.shape == Shape::Scalar && k.start != NONE && &*ix.texts[k.start as usize] == key
        })
    }

    /// The value under `key` in a mapping.
    pub fn get(self, key: &str) -> Place<'i> {
        let found = self.find(key);
        self.value_at(found.unwrap_or(usize::MAX))
    }

    /// The key `key` itself in a mapping, where that field is named.
    pub fn key(self, key: &str) -> Place<'i> {
        let found = self.find(key);
        self.key_at(found.unwrap_or(usize::MAX))
    }

    /// The `i`th item of a sequence.
    pub fn item(self, i: usize) -> Place<'i> {
        self.to(self.children(Shape::Seq).get(i).copied())
    }

    /// The key of a mapping's `i`th entry.
    pub fn key_at(self, i: usize) -> Place<'i> {
        let pair = i.checked_mul(2);
        self.to(pair.and_then(|p| self.children(Shape::Map).get(p)).copied())
    }

    /// The value of a mapping's `i`th entry.
    pub fn value_at(self, i: usize) -> Place<'i> {
        let pair = i.checked_mul(2).and_then(|p| p.checked_add(1));
        self.to(pair.and_then(|p| self.children(Shape::Map).get(p)).copied())
    }

    /// Whether the node is a mapping (or an alias of one).
    pub fn is_map(self) -> bool {
        self.resolved().is_some_and(|n| n.shape == Shape::Map)
    }

    /// Whether the node is a sequence (or an alias of one).
    pub fn is_seq(self) -> bool {
        self.resolved().is_some_and(|n| n.shape == Shape::Seq)
    }

    /// One step further.
    pub fn step(self, step: Step) -> Place<'i> {
        match step {
            Step::Get(key) => self.get(key),
            Step::Key(key) => self.key(key),
            Step::Item(i) => self.item(i),
        }
    }

    /// Where the end of `path` stands, or, where the path leads out of the source, the
    /// last node on it that exists (`None` if not even the first does).
    pub fn walk(self, path: &[Step]) -> At {
        let mut here = self;
        let mut found = None;
        for step in path {
            here = here.step(*step);
            match here.at() {
                Some(at) => found = Some(at),
                None => break,
            }
        }
        found
    }
}

/// `src` as an editor shows it: without the byte-order mark (U+FEFF) some editors
/// save in front of UTF-8 text, so that lines and columns match theirs.
pub fn without_bom(src: &str) -> &str {
    src.strip_prefix('\u{feff}').unwrap_or(src)
}

/// A source whose index is built the first time a place is asked for, so that a file
/// without problems costs nothing more.
pub struct Source<'s> {
    src: &'s str,
    index: OnceCell<Index>,
}

impl<'s> Source<'s> {
    pub fn new(src: &'s str) -> Source<'s> {
        Source {
            src,
            index: OnceCell::new(),
        }
    }

    /// The document's top node.
    pub fn root(&self) -> Place<'_> {
        self.index().root()
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::new(self.src))
    }

    /// Where `path` leads from the top; see [`Place::walk`].
    pub fn at(&self, path: &[Step]) -> At {
        self.root().walk(path)
    }
}

/// Whether the first document of `src` holds more than `limit` nodes (scalars,
/// sequences, mappings and aliases), read only as far as needed to tell, and without
/// keeping them.
pub fn more_nodes_than(src: &str, limit: usize) -> bool {
    let mut count = 0;
    for event in Parser::new_from_str(src) {
        match event {
            Ok((Event::DocumentEnd | Event::StreamEnd, _)) | Err(_) => return false,
            Ok((
                Event::Scalar(..)
                | Event::SequenceStart(..)
                | Event::MappingStart(..)
                | Event::Alias(_),
                _,
            )) => count += 1,
            Ok(_) => {}
        }
        if count > limit {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests;
