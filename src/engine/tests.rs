//! The engine on the small test bank: placement, gaps and next steps.

use super::*;

const SMALL: &str = include_str!("../../tests/fixtures/small-bank.yaml");

fn bank() -> Bank {
    Bank::from_yaml(SMALL, "small-bank.yaml").unwrap()
}

fn answers(bank: &Bank, body: &str) -> Answers {
    let src = format!("bank: small-test-bank\nbank-version: \"0.1.0\"\nanswers:\n{body}");
    Answers::from_yaml(&src, "test.yaml", bank).unwrap()
}

fn stage(body: &str) -> u8 {
    let b = bank();
    assess(&b, &answers(&b, body)).stage.number
}

const TOP: &str = "  reach.email: growing\n  reach.channels: [site, app]\n  care.loyalty: yes\n  care.service: live\n";

#[test]
fn best_answers_reach_the_top_stage() {
    assert_eq!(stage(TOP), 3);
}

#[test]
fn no_answers_is_stage_one_with_nothing_complete() {
    let b = bank();
    let a = assess(&b, &answers(&b, "  {}\n"));
    assert_eq!(a.stage.number, 1);
    assert_eq!(a.completeness.answered, 0);
    assert_eq!(a.completeness.missing.len(), 4);
}

#[test]
fn unsure_never_passes_an_answer_condition() {
    // Everything else at the top, but the list question is unknown.
    let body = TOP.replace("reach.email: growing", "reach.email: unsure");
    let b = bank();
    let a = assess(&b, &answers(&b, &body));
    assert_eq!(a.stage.number, 1);
    assert_eq!(a.completeness.unsure, vec!["reach.email".to_string()]);
    let gate = a.gates.iter().find(|g| g.id == "second-list").unwrap();
    assert!(!gate.passed);
    assert!(matches!(
        &gate.reasons[0],
        Reason::Answer {
            level: None,
            met: false,
            ..
        }
    ));
}

#[test]
fn multiple_choice_counts_its_highest_option() {
    let b = bank();
    let a = assess(&b, &answers(&b, "  reach.channels: [site, app]\n"));
    assert_eq!(
        answer_level(
            b.question("reach.channels").unwrap(),
            &answers(&b, "  reach.channels: [site, app]\n")
        ),
        Some(3)
    );
    assert_eq!(a.dimensions[0].mean, 2.0);
}

#[test]
fn a_failed_gate_names_the_answers_that_decided_it() {
    let body = TOP.replace("care.service: live", "care.service: email");
    let b = bank();
    let a = assess(&b, &answers(&b, &body));
    assert_eq!(a.stage.number, 2);
    let gap = &a.gaps[0];
    assert_eq!((gap.kind, gap.id.as_str()), (GapKind::Gate, "third-all"));
    assert!(
        matches!(&gap.reasons[..], [Reason::Level { dimension, level: 2, required: 3, .. }] if dimension == "care")
    );
}

#[test]
fn same_stage_different_weak_spots_get_different_advice() {
    let weak_reach = "  reach.email: some\n  reach.channels: [social]\n  care.loyalty: yes\n  care.service: live\n";
    let weak_care = "  reach.email: growing\n  reach.channels: [app]\n  care.loyalty: yes\n  care.service: email\n";
    let b = bank();
    let x = assess(&b, &answers(&b, weak_care));
    let y = assess(&b, &answers(&b, weak_reach));
    assert_eq!((x.stage.number, y.stage.number), (2, 2));
    let ids = |a: &Assessment| {
        a.next_steps
            .iter()
            .map(|s| s.step.id.clone())
            .collect::<Vec<_>>()
    };
    assert_ne!(ids(&x), ids(&y));
    assert!(!ids(&x).contains(&"grow-list".to_string()));
    assert!(ids(&y).contains(&"grow-list".to_string()));
}

#[test]
fn a_failed_gate_offers_only_steps_beyond_what_the_retailer_does() {
    // Reach is at 3 already; care (2) holds the gate shut.
    let body = "  reach.email: growing\n  reach.channels: [app]\n  care.loyalty: yes\n  care.service: email\n";
    let b = bank();
    let a = assess(&b, &answers(&b, body));
    let gap = a.gaps.iter().find(|g| g.id == "third-all").unwrap();
    assert!(b
        .gates
        .iter()
        .any(|g| g.id == "third-all" && g.next_steps.contains(&"grow-list".to_string())));
    assert!(
        !gap.next_steps.contains(&"grow-list".to_string()),
        "{:?}",
        gap.next_steps
    );
    assert!(gap.next_steps.contains(&"start-loyalty".to_string()));
    // The answer holding care down brings its own next rung.
    assert!(gap.next_steps.contains(&"coordinate".to_string()));
}

#[test]
fn next_steps_rank_by_worth_not_file_order() {
    let b = bank();
    let a = assess(&b, &answers(&b, "  reach.email: none\n  reach.channels: [site]\n  care.loyalty: no\n  care.service: slow\n"));
    let ids: Vec<&str> = a.next_steps.iter().map(|s| s.step.id.as_str()).collect();
    // Blocking steps first; among them low effort and high impact first.
    assert_eq!(ids[0], "start-list");
    assert!(
        a.next_steps
            .iter()
            .take_while(|s| s.unblocks_next_stage)
            .count()
            >= 3
    );
    assert_eq!(
        a.next_steps.iter().map(|s| s.rank).collect::<Vec<_>>(),
        (1..=ids.len()).collect::<Vec<_>>()
    );
}

#[test]
fn the_top_stage_still_gets_advice() {
    let b = bank();
    let a = assess(&b, &answers(&b, TOP));
    assert!(a.next_stage.is_none());
    assert!(a.next_steps.iter().any(|s| s.step.id == "keep-going"));
}

#[test]
fn weak_answers_get_the_next_rung_only() {
    let b = bank();
    let none = answers(&b, "  {}\n");
    let levels = Levels::compute(&b, |q| answer_level(q, &none));
    let q = b.question("reach.email").unwrap();
    assert_eq!(steps_for_answer(&b, &levels, q, 1, 2), vec!["start-list"]);
    assert_eq!(steps_for_answer(&b, &levels, q, 2, 3), vec!["grow-list"]);
    assert_eq!(
        steps_for_answer(&b, &levels, q, 1, 3),
        vec!["start-list", "grow-list"]
    );
    // Nothing in range: the nearest rung above.
    let loyalty = b.question("care.loyalty").unwrap();
    assert_eq!(
        steps_for_answer(&b, &levels, loyalty, 1, 2),
        vec!["start-loyalty"]
    );
}
