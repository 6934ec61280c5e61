//! Positions found in block and flow style, and what aliases lead to.

use super::Step::{Get, Item, Key};
use super::*;

const BANK: &str = "\
questions:
  - id: q1
    options:
      - id: yes
        stage: 2
      - {id: no, stage: 1}
  - id: q2
    next-steps: [a, b]
";

#[test]
fn places_entries_in_block_and_flow_style() {
    let ix = Index::new(BANK);
    let q = ix.root().get("questions");
    assert_eq!(q.item(0).at(), Some((2, 5)));
    assert_eq!(q.item(0).get("options").item(0).at(), Some((4, 9)));
    assert_eq!(q.item(0).get("options").item(1).at(), Some((6, 9)));
    assert_eq!(
        q.item(0).get("options").item(1).key("id").at(),
        Some((6, 10))
    );
    assert_eq!(
        q.item(0).get("options").item(1).get("stage").at(),
        Some((6, 25))
    );
    assert_eq!(q.item(1).get("next-steps").item(1).at(), Some((8, 21)));
    assert_eq!(q.item(1).key("next-steps").at(), Some((8, 5)));
    assert_eq!(q.item(2).at(), None);
    assert_eq!(q.item(1).get("missing").at(), None);
}

#[test]
fn a_path_that_leads_out_of_the_source_stops_at_the_last_node() {
    let ix = Index::new(BANK);
    let root = ix.root();
    let path = [Get("questions"), Item(1), Get("next-steps"), Item(0)];
    assert_eq!(root.walk(&path), Some((8, 18)));
    let path = [Get("questions"), Item(1), Key("ask-if")];
    assert_eq!(root.walk(&path), Some((7, 5)));
    assert_eq!(root.walk(&[Get("gates"), Item(0)]), None);
}

#[test]
fn mapping_entries_are_found_by_position_repeats_included() {
    let src = "answers:\n  a: x\n  b: [y, z]\n  a: w\n";
    let answers = Index::new(src);
    let answers = answers.root().get("answers");
    assert_eq!(answers.key_at(2).at(), Some((4, 3)));
    assert_eq!(answers.value_at(2).at(), Some((4, 6)));
    assert_eq!(answers.value_at(1).item(1).at(), Some((3, 10)));
    assert_eq!(answers.value_at(3).at(), None);
}

#[test]
fn reads_json_and_counts_columns_in_characters() {
    let src = "{\"名前\": \"x\", \"answers\": {\"q\": [\"a\", \"b\"]}}";
    let ix = Index::new(src);
    assert_eq!(ix.root().get("名前").at(), Some((1, 8)));
    assert_eq!(
        ix.root().get("answers").get("q").item(1).at(),
        Some((1, 36))
    );
}

#[test]
fn aliases_lead_to_what_their_anchor_marks() {
    let src = "a: &x\n  k: v\nb: *x\n";
    let ix = Index::new(src);
    assert_eq!(ix.root().get("b").at(), Some((3, 4)));
    assert_eq!(ix.root().get("b").get("k").at(), Some((2, 6)));
}

#[test]
fn keeps_what_was_read_before_an_error() {
    let src = "a:\n  b: 1\nc: [\n";
    let ix = Index::new(src);
    assert_eq!(ix.root().get("a").get("b").at(), Some((2, 6)));
}

#[test]
fn builds_the_index_only_when_asked() {
    let source = Source::new("a: [x]\n");
    assert!(source.index.get().is_none());
    assert_eq!(source.at(&[Get("a"), Item(0)]), Some((1, 5)));
}
