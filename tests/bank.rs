//! The shipped question bank: complete, traceable to the model, and shaped as the
//! model's documents describe it.

mod common;

use maturity::bank::{Bank, Condition, GateKind, QuestionKind};

fn bank() -> Bank {
    Bank::embedded().expect("the shipped bank is valid")
}

#[test]
fn the_embedded_bank_is_the_file_in_questions() {
    let on_disk = std::fs::read_to_string("questions/bank.yaml").unwrap();
    assert_eq!(on_disk, maturity::embedded::DEFAULT_BANK_YAML);
}

#[test]
fn it_has_the_four_stages_with_the_seed_names() {
    let bank = bank();
    let names: Vec<(u8, &str)> = bank
        .stages
        .iter()
        .map(|s| (s.number, s.name.get("en")))
        .collect();
    assert_eq!(
        names,
        [
            (1, "Ad Hoc Marketer"),
            (2, "Up-and-Coming Marketer"),
            (3, "Full-Fledged Marketer"),
            (4, "Best-in-Class Marketer")
        ]
    );
}

#[test]
fn it_is_large_enough_to_place_a_retailer() {
    let b = bank();
    assert!(
        b.dimensions.len() >= 10,
        "{} dimensions",
        b.dimensions.len()
    );
    assert!(b.questions.len() >= 30, "{} questions", b.questions.len());
    for kind in [
        QuestionKind::Single,
        QuestionKind::Multi,
        QuestionKind::YesNo,
    ] {
        assert!(
            b.questions.iter().any(|q| q.kind == kind),
            "no {kind:?} question"
        );
    }
}

#[test]
fn every_entry_cites_the_part_of_the_model_it_comes_from() {
    let b = bank();
    let cited = |s: &str| {
        ["000", "001", "002", "003", "004"]
            .iter()
            .any(|d| s.starts_with(d))
            || s.starts_with("beyond-seeds: ")
    };
    let sources = b
        .stages
        .iter()
        .map(|s| (&s.id, &s.source))
        .chain(b.dimensions.iter().map(|d| (&d.id, &d.source)))
        .chain(b.questions.iter().map(|q| (&q.id, &q.source)))
        .chain(b.gates.iter().map(|g| (&g.id, &g.source)))
        .chain(b.conflicts.iter().map(|c| (&c.id, &c.source)))
        .chain(b.next_steps.iter().map(|s| (&s.id, &s.source)))
        .chain(
            b.questions
                .iter()
                .flat_map(|q| q.options.iter())
                .filter_map(|o| Some((&o.id, o.source.as_ref()?))),
        );
    for (id, source) in sources {
        assert!(
            cited(source),
            "`{id}` cites `{source}`, not a seed document (000-004) or `beyond-seeds: <reason>`"
        );
    }
}

#[test]
fn stage_4_requires_coordination_across_channels_and_devices() {
    let b = bank();
    let gate = b
        .gate("stage-4-omnichannel")
        .expect("the seed's explicit gate");
    assert_eq!(gate.stage, 4);
    let asks_for_omnichannel_stage_4 = gate.when.leaves().into_iter().any(|leaf| {
        matches!(leaf, Condition::Answer { question, at_least: 4 } if question.starts_with("omnichannel."))
    });
    assert!(asks_for_omnichannel_stage_4);
    assert!(gate.source.starts_with("000"));
}

#[test]
fn every_stage_above_the_first_has_gates_with_advice() {
    let b = bank();
    for stage in b.stages.iter().skip(1) {
        let gates: Vec<_> = b.gates.iter().filter(|g| g.stage == stage.number).collect();
        assert!(!gates.is_empty(), "stage {} has no gates", stage.number);
        for g in gates {
            assert!(!g.next_steps.is_empty(), "gate {} has no next steps", g.id);
        }
    }
    assert!(
        !b.stages.last().unwrap().advice.is_empty(),
        "the top stage has no advice for staying there"
    );
}

#[test]
fn next_steps_are_goal_first_and_name_kinds_of_tools_not_products() {
    for s in &bank().next_steps {
        for (field, text) in [
            ("strategy", &s.strategy),
            ("tactic", &s.tactic),
            ("tool", &s.tool),
        ] {
            assert!(text.get("en").len() > 10, "{} has a thin {field}", s.id);
        }
        let tool = s.tool.get("en").to_lowercase();
        for product in [
            "mailchimp",
            "klaviyo",
            "hubspot",
            "shopify",
            "springbot",
            "facebook ads manager",
            "google analytics 4",
        ] {
            assert!(
                !tool.contains(product),
                "{} names a product as its tool: {tool}",
                s.id
            );
        }
    }
}

/// Runs `maturity validate` on the small test bank with `edits` applied; its stderr.
fn validate_small_bank_with(edits: &[(&str, &str)]) -> String {
    let mut src = std::fs::read_to_string("tests/fixtures/small-bank.yaml").unwrap();
    for (from, to) in edits {
        assert!(src.contains(from), "the fixture has `{from}`");
        src = src.replacen(from, to, 1);
    }
    let f = common::temp_file(&src);
    let out = common::maturity()
        .arg("validate")
        .arg(f.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn validate_refuses_a_gate_that_tests_what_its_kind_may_not() {
    let err = validate_small_bank_with(&[("    kind: breadth\n", "    kind: transition\n")]);
    // Placed at the gate's `kind:`.
    let src = std::fs::read_to_string("tests/fixtures/small-bank.yaml").unwrap();
    let gate = src
        .lines()
        .position(|l| l == "  - id: second-breadth")
        .unwrap();
    let kind = src
        .lines()
        .skip(gate)
        .position(|l| l.starts_with("    kind:"));
    let line = 1 + gate + kind.unwrap();
    let expected = format!(
        ":{line}:5: gate `second-breadth` is a transition gate, so it may test answers only"
    );
    assert!(err.contains(&expected), "{err}");
}

#[test]
fn validate_refuses_a_mark_that_reads_a_transition_answer() {
    let err = validate_small_bank_with(&[(
        "              - answer: {question: reach.channels, at-least: 3}",
        "              - answer: {question: reach.email, at-least: 3}",
    )]);
    assert!(
        err.contains("gate `third-all` reads `reach.email`, which decides a transition"),
        "{err}"
    );
}

#[test]
fn validate_refuses_an_entry_with_no_source() {
    let err = validate_small_bank_with(&[("    source: \"003 §六\"\n", "    source: \"  \"\n")]);
    assert!(
        err.contains(
            "`loyalty-without-list` has an empty source; say where in the model it comes from"
        ),
        "{err}"
    );
    let missing = validate_small_bank_with(&[("    source: \"003 §六\"\n", "")]);
    assert!(missing.contains("missing field `source`"), "{missing}");
}

#[test]
fn validate_refuses_a_conflict_whose_range_is_empty() {
    let err = validate_small_bank_with(&[(
        "{question: reach.email, at-most: 1}",
        "{question: reach.email, at-least: 3, at-most: 1}",
    )]);
    assert!(
        err.contains("`loyalty-without-list`: the range for `reach.email` is empty"),
        "{err}"
    );
}

/// The model names three transitions, and only those are hard: proper tools out of
/// Stage 1, acting on analytics insights into Stage 3, omnichannel coordination into
/// Stage 4. Each is decided by the answers that define it.
#[test]
fn the_transitions_are_the_three_the_model_names_decided_by_their_answers() {
    let b = bank();
    let mut transitions: Vec<(u8, Vec<&str>)> = b
        .gates
        .iter()
        .filter(|g| g.kind == GateKind::Transition)
        .map(|g| {
            let questions = g.when.leaves().into_iter().map(|leaf| match leaf {
                Condition::Answer { question, .. } => question.as_str(),
                other => panic!("{} tests {other:?}", g.id),
            });
            (g.stage, questions.collect())
        })
        .collect();
    transitions.sort();
    assert_eq!(
        transitions,
        [
            (2, vec!["tools.stack"]),
            (3, vec!["analytics.insights-to-action"]),
            (
                4,
                vec![
                    "omnichannel.campaign-coordination",
                    "omnichannel.cross-device"
                ]
            ),
        ]
    );
}

/// A "no" is no evidence of a higher stage.
#[test]
fn no_evidences_the_first_stage() {
    for q in bank()
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::YesNo)
    {
        assert_eq!(q.option("no").unwrap().stage, 1, "{}", q.id);
    }
}

/// The marks the model gives each stage are in the bank, Stage 4's growing budget
/// included, and so are the practices of 003 the first version missed.
#[test]
fn the_marks_and_practices_of_the_model_are_covered() {
    let b = bank();
    let marks: Vec<(u8, Vec<String>)> = b
        .gates
        .iter()
        .filter(|g| g.kind == GateKind::Mark)
        .map(|g| {
            let leaves = g.when.leaves().into_iter().filter_map(|l| match l {
                Condition::Answer { question, .. } => Some(question.clone()),
                _ => None,
            });
            (g.stage, leaves.collect())
        })
        .collect();
    let marked = |stage: u8, question: &str| {
        marks
            .iter()
            .any(|(s, qs)| *s == stage && qs.iter().any(|q| q == question))
    };
    assert!(marked(2, "email.list-growth") && marked(2, "social.presence"));
    assert!(marked(3, "automation.routine-tasks") && marked(3, "goals.goal-setting"));
    assert!(marked(4, "goals.budget") && marked(4, "team.specialists"));
    for question in ["social.content", "loyalty.referrals", "goals.budget"] {
        assert!(b.question(question).is_some(), "{question}");
    }
    // A list that stopped growing is not the same answer as no list at all.
    let growth = b.question("email.list-growth").unwrap();
    assert_eq!(growth.option("no-list").unwrap().stage, 1);
    assert_eq!(growth.option("plateaued").unwrap().stage, 2);
}

/// What goes beyond the seeds says so where it stands.
#[test]
fn what_goes_beyond_the_seeds_is_marked_where_it_stands() {
    let b = bank();
    let beyond = |s: &str| s.contains("beyond-seeds:");
    let option_source = |q: &str, o: &str| {
        b.question(q)
            .and_then(|q| q.option(o))
            .and_then(|o| o.source.clone())
            .unwrap_or_default()
    };
    assert!(beyond(&option_source("testing.experiments", "ab-tests")));
    assert!(beyond(&option_source(
        "privacy.consent",
        "preference-centre"
    )));
    assert!(beyond(&b.next_step("ab-testing").unwrap().source));
    for g in b.gates.iter().filter(|g| g.kind == GateKind::Breadth) {
        assert!(beyond(&g.source), "{}: {}", g.id, g.source);
    }
    // 003 is cited by its own section numbers.
    let all: Vec<&str> = b
        .questions
        .iter()
        .map(|q| q.source.as_str())
        .chain(b.next_steps.iter().map(|s| s.source.as_str()))
        .chain(b.dimensions.iter().map(|d| d.source.as_str()))
        .collect();
    for source in all {
        for old in [
            "§Membership",
            "§Customer journey",
            "§Ten points",
            "§Case studies",
        ] {
            assert!(!source.contains(old), "{source}");
        }
    }
}

/// The conflict the README gives as its example is in the bank.
#[test]
fn no_tools_with_every_campaign_coordinated_is_a_conflict() {
    let b = bank();
    let found = b.conflicts.iter().any(|c| {
        let has = |q: &str| c.answers.iter().any(|a| a.question == q);
        has("tools.stack") && has("omnichannel.campaign-coordination")
    });
    assert!(
        found,
        "{:?}",
        b.conflicts.iter().map(|c| &c.id).collect::<Vec<_>>()
    );
}

#[test]
fn validate_refuses_a_situation_that_names_a_missing_step_or_nothing() {
    let err =
        validate_small_bank_with(&[("    first: [start-list]\n", "    first: [start-lists]\n")]);
    assert!(
        err.contains(
            "`social-without-list` refers to next step `start-lists`, which does not exist"
        ),
        "{err}"
    );
    let empty = validate_small_bank_with(&[("    first: [start-list]\n", "    first: []\n")]);
    assert!(
        empty.contains(
            "situation `social-without-list` needs at least one answer and at least one step"
        ),
        "{empty}"
    );
}

#[test]
fn validate_refuses_an_option_below_the_top_without_a_gap() {
    let err = validate_small_bank_with(&[(
        ", gap: {en: \"You collect addresses only at checkout.\"}",
        "",
    )]);
    assert!(
        err.contains(
            "question `reach.email` option `some` is below the question's top but has no `gap:`"
        ),
        "{err}"
    );
}

#[test]
fn options_that_go_alone_are_marked_in_the_bank_and_only_in_multiple_choice() {
    let bank = bank();
    for q in bank
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Multi)
    {
        let alone: Vec<&str> = q
            .options
            .iter()
            .filter(|o| o.exclusive)
            .map(|o| o.id.as_str())
            .collect();
        assert_eq!(alone.len(), 1, "{}: one \"none of these\" option", q.id);
    }
    let schema = common::stdout_of(common::maturity().args(["schema", "bank"]));
    assert!(schema.contains("\"exclusive\": {"), "{schema}");
    let err = validate_small_bank_with(&[(
        "{id: none, label: {en: No}, stage: 1,",
        "{id: none, label: {en: No}, stage: 1, exclusive: true,",
    )]);
    assert!(
        err.contains(":44:47: question `reach.email` option `none`: only an option of a multiple-choice question can be `exclusive`"),
        "{err}"
    );
}
