//! Properties of the engine over random answer sets: the same input always gives the
//! same output, improving an answer never lowers the stage, and losing an answer
//! never raises it. Run on the shipped bank and on a small bank made for tests.

use std::collections::BTreeMap;

use maturity::answers::{Answer, Choice};
use maturity::bank::{Bank, Question, QuestionKind};
use maturity::{assess, Answers};
use proptest::prelude::*;

/// The shipped bank and the small test bank, parsed once for every case.
fn banks() -> &'static [Bank] {
    static BANKS: std::sync::OnceLock<Vec<Bank>> = std::sync::OnceLock::new();
    BANKS.get_or_init(|| {
        let small = include_str!("fixtures/small-bank.yaml");
        vec![
            Bank::embedded().expect("the shipped bank is valid"),
            Bank::from_yaml(small, "small-bank.yaml").expect("the test bank is valid"),
        ]
    })
}

/// Turns a seed into an answer: missing, "unsure", or a valid choice.
fn choice(q: &Question, seed: u32) -> Option<Choice> {
    let n = q.options.len() as u32;
    match seed % (n + 2) {
        0 => None,
        1 => Some(Choice::One("unsure".into())),
        i if q.kind == QuestionKind::Multi => {
            let mask = (seed / (n + 2)) | (1 << (i - 2));
            let mut ids: Vec<String> = q
                .options
                .iter()
                .enumerate()
                .filter(|(k, _)| mask & (1 << k) != 0)
                .map(|(_, o)| o.id.clone())
                .collect();
            // An option that goes alone ("none of these") does, or gives way.
            if ids.len() > 1 {
                ids.retain(|id| q.option(id).is_some_and(|o| !o.exclusive));
            }
            Some(Choice::Many(ids))
        }
        i => Some(Choice::One(q.options[(i - 2) as usize].id.clone())),
    }
}

fn answers(bank: &Bank, seeds: &[u32]) -> Answers {
    let mut map = BTreeMap::new();
    for (q, seed) in bank.questions.iter().zip(seeds.iter().cycle()) {
        if let Some(choice) = choice(q, *seed) {
            map.insert(q.id.clone(), Answer::plain(choice));
        }
    }
    Answers {
        bank: bank.meta.id.clone(),
        bank_version: bank.meta.version.clone(),
        retailer: None,
        date: None,
        answers: map,
        dropped: Vec::new(),
    }
}

fn level(q: &Question, a: &Answers) -> Option<u8> {
    maturity::engine::answer_level(q, a)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn same_answers_give_the_same_assessment_byte_for_byte(seeds in prop::collection::vec(any::<u32>(), 1..64)) {
        for bank in banks() {
            let a = answers(bank, &seeds);
            let first = serde_json::to_string(&assess(bank, &a)).unwrap();
            let second = serde_json::to_string(&assess(bank, &a.clone())).unwrap();
            prop_assert_eq!(first, second);
        }
    }

    #[test]
    fn improving_an_answer_never_lowers_the_stage(
        seeds in prop::collection::vec(any::<u32>(), 1..64),
        pick in any::<prop::sample::Index>(),
        new in any::<u32>(),
    ) {
        for bank in banks() {
            let before = answers(bank, &seeds);
            let q = &bank.questions[pick.index(bank.questions.len())];
            let Some(choice) = choice(q, new) else { continue };
            let mut after = before.clone();
            after.answers.insert(q.id.clone(), Answer::plain(choice));
            let (lb, la) = (level(q, &before), level(q, &after));
            // Only changes that evidence at least as much count as improvements.
            if la.is_none() || la < lb {
                continue;
            }
            let (b, a) = (assess(bank, &before), assess(bank, &after));
            prop_assert!(a.stage.number >= b.stage.number, "{} from {:?} to {:?}", q.id, lb, la);
            for (db, da) in b.dimensions.iter().zip(&a.dimensions) {
                prop_assert!(da.level >= db.level);
            }
        }
    }

    #[test]
    fn a_missing_or_unsure_answer_never_raises_the_stage(
        seeds in prop::collection::vec(any::<u32>(), 1..64),
        pick in any::<prop::sample::Index>(),
    ) {
        for bank in banks() {
            let full = answers(bank, &seeds);
            let q = &bank.questions[pick.index(bank.questions.len())];
            let mut missing = full.clone();
            missing.answers.remove(&q.id);
            let mut unsure = full.clone();
            unsure.answers.insert(q.id.clone(), Answer::plain(Choice::One("unsure".into())));
            let stage = assess(bank, &full).stage.number;
            let m = assess(bank, &missing);
            prop_assert!(m.stage.number <= stage);
            prop_assert!(assess(bank, &unsure).stage.number <= stage);
            prop_assert!(m.completeness.answered <= assess(bank, &full).completeness.answered);
        }
    }
}

/// Answers clustered around a stage, as real retailers answer: each question at the
/// option nearest `base` most of the time, otherwise anything (unsure and missing
/// included), so every stage and every mix of strong and weak answers is covered.
fn near(bank: &Bank, base: u8, seeds: &[u32]) -> Answers {
    let mut a = answers(bank, seeds);
    for (q, seed) in bank.questions.iter().zip(seeds.iter().cycle()) {
        if seed % 4 == 0 {
            continue;
        }
        let nearest = q
            .options
            .iter()
            .min_by_key(|o| (o.stage.abs_diff(base), o.id.clone()))
            .expect("questions have options");
        let choice = match q.kind {
            QuestionKind::Multi => Choice::Many(vec![nearest.id.clone()]),
            _ => Choice::One(nearest.id.clone()),
        };
        a.answers.insert(q.id.clone(), Answer::plain(choice));
    }
    a
}

/// Every other answer a question could have: missing, unsure, each option alone and,
/// for multiple choice, every option added to the current answer.
fn alternatives(q: &Question, current: &Answers) -> Vec<Option<Choice>> {
    let mut out = vec![None, Some(Choice::One("unsure".into()))];
    for o in &q.options {
        out.push(Some(match q.kind {
            QuestionKind::Multi => Choice::Many(vec![o.id.clone()]),
            _ => Choice::One(o.id.clone()),
        }));
        if let (QuestionKind::Multi, Some(a)) = (q.kind, current.known(&q.id)) {
            let mut ids = a.choice.ids().to_vec();
            if !ids.contains(&o.id) {
                ids.push(o.id.clone());
                out.push(Some(Choice::Many(ids)));
            }
        }
    }
    out
}

fn with(a: &Answers, q: &Question, choice: Option<Choice>) -> Answers {
    let mut out = a.clone();
    match choice {
        Some(choice) => {
            out.answers.insert(q.id.clone(), Answer::plain(choice));
        }
        None => {
            out.answers.remove(&q.id);
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    /// The verdict is proportionate: changing any one answer, to anything, moves the
    /// stage by at most one, except an answer that decides one of the model's own
    /// transitions (proper tools, acting on analytics, omnichannel coordination).
    #[test]
    fn one_answer_moves_the_stage_by_at_most_one_unless_it_decides_a_transition(
        base in 1u8..=4,
        seeds in prop::collection::vec(any::<u32>(), 1..64),
    ) {
        for bank in banks() {
            let a = near(bank, base, &seeds);
            let stage = maturity::engine::verdict(bank, &a).stage;
            for (i, q) in bank.questions.iter().enumerate() {
                if bank.ladder().is_transition(i) {
                    continue;
                }
                for choice in alternatives(q, &a) {
                    let moved = maturity::engine::verdict(bank, &with(&a, q, choice.clone())).stage;
                    prop_assert!(
                        moved.abs_diff(stage) <= 1,
                        "{}: {:?} moves Stage {} to Stage {}", q.id, choice, stage, moved
                    );
                }
            }
        }
    }

    /// The model's transitions keep their force: no stage without every transition
    /// up to it, however strong everything else is.
    #[test]
    fn no_stage_is_reached_without_its_transitions(
        base in 1u8..=4,
        seeds in prop::collection::vec(any::<u32>(), 1..64),
    ) {
        for bank in banks() {
            let report = assess(bank, &near(bank, base, &seeds));
            for g in report.gates.iter().filter(|g| g.kind == maturity::bank::GateKind::Transition) {
                prop_assert!(g.passed || g.stage > report.stage.number, "{} failed at Stage {}", g.id, report.stage.number);
            }
        }
    }

    /// `could_reach` is the best the open questions can do, and `deciding` names
    /// exactly the open questions that alone change the stage.
    #[test]
    fn the_confidence_says_exactly_what_the_open_questions_could_do(
        base in 1u8..=4,
        seeds in prop::collection::vec(any::<u32>(), 1..64),
        fill in prop::collection::vec(any::<u32>(), 1..64),
    ) {
        for bank in banks() {
            let a = near(bank, base, &seeds);
            let report = assess(bank, &a);
            let c = &report.confidence;
            let open: Vec<&Question> = bank.questions.iter().filter(|q| level(q, &a).is_none()).collect();
            // Any way of answering the open questions lands at or below `could_reach`,
            // and answering each at its best lands exactly there.
            let mut filled = a.clone();
            let mut best = a.clone();
            for (q, seed) in open.iter().zip(fill.iter().cycle()) {
                if let Some(choice) = choice(q, *seed) {
                    filled = with(&filled, q, Some(choice));
                }
                let top = q.options.iter().filter(|o| o.stage == q.best_stage()).map(|o| o.id.clone());
                let choice = match q.kind {
                    QuestionKind::Multi => Choice::Many(top.collect()),
                    _ => Choice::One(top.take(1).collect()),
                };
                best = with(&best, q, Some(choice));
            }
            prop_assert!(assess(bank, &filled).stage.number <= c.could_reach);
            prop_assert_eq!(assess(bank, &best).stage.number, c.could_reach);
            prop_assert!(c.could_reach >= report.stage.number);
            for q in &open {
                let top = q.options.iter().find(|o| o.stage == q.best_stage()).unwrap();
                let choice = match q.kind {
                    QuestionKind::Multi => Choice::Many(vec![top.id.clone()]),
                    _ => Choice::One(top.id.clone()),
                };
                let moved = assess(bank, &with(&a, q, Some(choice))).stage.number != report.stage.number;
                prop_assert_eq!(moved, c.deciding.contains(&q.id), "{}", q.id);
            }
            let provisional = report.completeness.percent < 80 || c.could_reach > report.stage.number;
            prop_assert_eq!(c.provisional, provisional);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The top five next steps stay on the retailer's next rung, offer nothing it
    /// already does, name each kind of tool once, and spread over at least three
    /// dimensions and include a quick win whenever the steps offered allow it.
    #[test]
    fn the_top_five_are_on_the_next_rung_new_and_varied(
        base in 1u8..=4,
        seeds in prop::collection::vec(any::<u32>(), 1..64),
    ) {
        for bank in banks() {
            let a = near(bank, base, &seeds);
            let report = assess(bank, &a);
            let stage = report.stage.number;
            let top: Vec<&maturity::bank::NextStep> =
                report.next_steps.iter().filter(|r| r.in_top_five).map(|r| &r.step).collect();
            prop_assert!(top.len() <= maturity::engine::TOP);
            prop_assert!(report.next_steps.iter().take(top.len()).all(|r| r.in_top_five));
            let mut kinds = Vec::new();
            for s in &top {
                prop_assert!(s.builds_to <= stage + 1, "{} builds to {} at Stage {}", s.id, s.builds_to, stage);
                let listing: Vec<&Question> = bank.questions.iter().filter(|q| q.next_steps.contains(&s.id)).collect();
                let done = !listing.is_empty()
                    && listing.iter().all(|q| level(q, &a).is_some_and(|l| l >= s.builds_to));
                prop_assert!(!done, "{} is offered though every question listing it is at {}", s.id, s.builds_to);
                if s.tool_kind != maturity::engine::NO_TOOL {
                    prop_assert!(!kinds.contains(&&s.tool_kind), "{} repeats {}", s.id, s.tool_kind);
                    kinds.push(&s.tool_kind);
                }
            }
            let dimensions = |steps: &[&maturity::bank::NextStep]| {
                steps.iter().map(|s| s.dimension.clone()).collect::<std::collections::BTreeSet<_>>().len()
            };
            let all: Vec<&maturity::bank::NextStep> = report.next_steps.iter().map(|r| &r.step).collect();
            // Fewer than three dimensions only when no step of another dimension could
            // take the place of one whose dimension is there twice without repeating a
            // kind of tool (a step a situation puts first keeps its place).
            let pinned: Vec<&String> = report
                .next_steps
                .iter()
                .filter(|r| r.why_first.is_some())
                .map(|r| &r.step.id)
                .collect();
            if dimensions(&top) < 3.min(dimensions(&all)).min(top.len()) {
                let twice = |t: &maturity::bank::NextStep| top.iter().filter(|o| o.dimension == t.dimension).count() > 1;
                for s in all.iter().filter(|s| top.iter().all(|t| t.dimension != s.dimension)) {
                    for out in top.iter().filter(|t| twice(t) && !pinned.contains(&&t.id)) {
                        let clash = top.iter().any(|t| t.id != out.id && t.tool_kind == s.tool_kind && s.tool_kind != maturity::engine::NO_TOOL);
                        prop_assert!(clash, "{} could replace {} in {:?}", s.id, out.id, top.iter().map(|s| &s.id).collect::<Vec<_>>());
                    }
                }
            }
            // As many as five, unless fewer kinds of tool are offered.
            let kinds_offered = all.iter().map(|s| s.tool_kind.clone()).collect::<std::collections::BTreeSet<_>>();
            prop_assert!(top.len() >= maturity::engine::TOP.min(kinds_offered.len()));
            // A quick win is in the top five unless every one offered needs a kind of
            // tool a step there already names.
            let quick = |s: &maturity::bank::NextStep| s.effort == maturity::bank::Rating::Low;
            if !top.iter().any(|s| quick(s)) {
                for s in all.iter().filter(|s| quick(s)) {
                    prop_assert!(
                        top.iter().any(|t| t.tool_kind == s.tool_kind),
                        "{} left out of {:?}", s.id, top.iter().map(|s| &s.id).collect::<Vec<_>>()
                    );
                }
            }
        }
    }
}

/// Fragments that make up answers files, broken ones included.
const FRAGMENTS: &[&str] = &[
    "bank: ecommerce-marketing-maturity\n",
    "bank-version: \"2.0.0\"\n",
    "answers:\n",
    "  ",
    "tools.stack",
    ": ",
    "central",
    "[",
    "]",
    "{",
    "}",
    ",",
    "unsure",
    "\n",
    "- ",
    "&a ",
    "*a",
    "choice: ",
    "note: ",
    "\"",
    "'",
    "#",
    "email.triggered-flows",
    "welcome",
    "~",
    "!!str ",
    "yes",
    "true",
    "3",
    "é",
    "临时",
    ":",
    "---\n",
    "\t",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn no_answers_file_makes_the_engine_panic(parts in prop::collection::vec(prop::sample::select(FRAGMENTS), 0..40)) {
        let bank = &banks()[0];
        let src: String = parts.concat();
        // The entry points the fuzz targets in fuzz/ exercise, briefly, on every run.
        let parsed = [Answers::from_yaml(&src, "fuzz.yaml", bank), Answers::from_json(&src, "fuzz.json", bank)];
        for a in parsed.into_iter().flatten() {
            let report = assess(bank, &a);
            let mut out = Vec::new();
            maturity::render::renderer(maturity::render::Format::Table)
                .render(&report, &maturity::render::RenderOptions::default(), &mut out)
                .unwrap();
        }
    }

    #[test]
    fn no_bank_file_makes_validation_panic(cut in 0usize..4000, junk in prop::sample::select(FRAGMENTS)) {
        let mut src = include_str!("fixtures/small-bank.yaml").to_string();
        let at = (0..=cut.min(src.len())).rev().find(|i| src.is_char_boundary(*i)).unwrap();
        src.insert_str(at, junk);
        let _ = Bank::from_yaml(&src, "fuzz.yaml");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Batches use the lighter verdict; it must agree with the full assessment.
    #[test]
    fn the_batch_verdict_agrees_with_the_full_assessment(seeds in prop::collection::vec(any::<u32>(), 1..64)) {
        for bank in banks() {
            let a = answers(bank, &seeds);
            let (full, quick) = (assess(bank, &a), maturity::engine::verdict(bank, &a));
            prop_assert_eq!(quick.stage, full.stage.number);
            prop_assert_eq!(quick.completeness, full.completeness.percent);
            let levels: Vec<u8> = full.dimensions.iter().map(|d| d.level).collect();
            prop_assert_eq!(quick.dimensions, levels);
        }
    }
}

/// Ways to spoil a JSON record, each of which the quick reader must leave to the full
/// one: (question to change or none, new value, or a text replacement).
fn spoil(line: &str, which: usize) -> String {
    let mut doc: serde_json::Value = serde_json::from_str(line).unwrap();
    let answers = doc["answers"].as_object_mut().unwrap();
    let set =
        |a: &mut serde_json::Map<String, serde_json::Value>, q: &str, v: serde_json::Value| {
            a.insert(q.to_string(), v);
        };
    match which {
        0 => doc["bank-version"] = "0.9.0".into(),
        1 => set(answers, "tools.stak", "basic".into()),
        2 => set(answers, "tools.stack", "nonsense".into()),
        3 => set(answers, "tools.stack", serde_json::json!(["basic"])),
        4 => set(answers, "email.triggered-flows", serde_json::json!([])),
        5 => set(
            answers,
            "email.triggered-flows",
            serde_json::json!(["welcome", "welcome"]),
        ),
        6 => set(
            answers,
            "email.triggered-flows",
            serde_json::json!(["unsure"]),
        ),
        7 => set(
            answers,
            "tools.stack",
            serde_json::json!({"choice": "basic", "notes": "x"}),
        ),
        8 => set(answers, "tools.stack", true.into()),
        9 => doc["score"] = 1.into(),
        10 => set(
            answers,
            "tools.stack",
            serde_json::json!({"choice": "basic", "note": 3}),
        ),
        11 => set(
            answers,
            "email.triggered-flows",
            serde_json::json!(["welcome", "none"]),
        ),
        _ => {
            // A question answered twice cannot be built as a JSON value.
            let text = doc.to_string();
            return text.replacen(
                "\"answers\":{",
                "\"answers\":{\"goals.goal-setting\":\"none\",\"goals.goal-setting\":\"none\",",
                1,
            );
        }
    }
    doc.to_string()
}

/// A record as a batch might hold it: a retailer name (some needing escapes), some
/// answers skipped or written with a note, and JSON whitespace between tokens.
fn dressed(bank: &Bank, seeds: &[u32]) -> String {
    let mut a = answers(bank, seeds);
    let names = [
        "Store 7",
        "Café \"Nord\"",
        "Ünlü Mağaza",
        "商店",
        "a\\b",
        "",
    ];
    a.retailer = Some(names[seeds[0] as usize % names.len()].to_string());
    for (k, answer) in a.answers.values_mut().enumerate() {
        match seeds.get(k).map(|s| s % 7) {
            Some(0) => answer.choice = Choice::One("skipped".into()),
            Some(1) => answer.note = Some(format!("note {k}")),
            Some(2) => answer.evidence = Some("report.pdf".into()),
            _ => {}
        }
    }
    let mut compact = serde_json::to_string(&a).unwrap();
    if seeds.len() > 1 && seeds[1] % 2 == 0 {
        // In bank order, as forms export them (the map above is in id order).
        let answers: Vec<String> = bank
            .questions
            .iter()
            .filter_map(|q| Some((q, a.answers.get(&q.id)?)))
            .map(|(q, answer)| format!("{:?}:{}", q.id, serde_json::to_string(answer).unwrap()))
            .collect();
        let at = compact.find("\"answers\":").unwrap();
        compact = format!("{}\"answers\":{{{}}}}}", &compact[..at], answers.join(","));
    }
    match seeds[0] % 3 {
        0 => compact,
        1 => serde_json::to_string_pretty(&a).unwrap().replace('\n', " "),
        _ => compact.replace(':', " :\t").replace(',', " , "),
    }
}

/// Whatever the quick reader makes of `line`, the full reader must agree: same name,
/// same verdict; and where the full reader refuses the line, so must the quick one.
fn agrees(bank: &Bank, line: &str) -> Result<bool, TestCaseError> {
    let quick = maturity::quick::verdict(bank, line);
    match (Answers::from_json(line, "line", bank), &quick) {
        (Ok(full), Some((name, v))) => {
            prop_assert_eq!(name, &full.retailer, "{}", line);
            prop_assert_eq!(v, &maturity::engine::verdict(bank, &full), "{}", line);
        }
        (Err(_), Some(_)) => {
            prop_assert!(
                false,
                "quick accepted what the full reader refuses: {}",
                line
            )
        }
        _ => {}
    }
    Ok(quick.is_some())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Batches read JSON Lines quickly; whatever the quick reader accepts, the full
    /// reader accepts too, with the same verdict. Clean records take the quick way.
    #[test]
    fn the_quick_reader_agrees_with_the_full_one(
        seeds in prop::collection::vec(any::<u32>(), 1..64),
        spoiler in prop::option::of(0usize..13),
    ) {
        let bank = &banks()[0];
        let mut line = dressed(bank, &seeds);
        if let Some(which) = spoiler {
            line = spoil(&line, which);
        }
        let quick = agrees(bank, &line)?;
        let plain = !line.contains('\\');
        prop_assert!(quick || spoiler.is_some() || !plain, "a clean record was left to the full reader: {}", line);
    }

    /// Random edits of a record's bytes (inserted, deleted or replaced, with the
    /// characters JSON gives meaning to) never make the two readers disagree.
    #[test]
    fn the_quick_reader_agrees_on_damaged_records(
        seeds in prop::collection::vec(any::<u32>(), 1..64),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, prop::sample::select(
            vec!["\"", "\\", "{", "}", "[", "]", ",", ":", " ", "\u{1}", "null", "1", "e", "é", "\\u0041"],
        )), 1..4),
    ) {
        let bank = &banks()[0];
        let mut line = dressed(bank, &seeds);
        for (at, how, text) in edits {
            let mut i = at.index(line.len() + 1);
            while !line.is_char_boundary(i) {
                i -= 1;
            }
            let end = line[i..].chars().next().map_or(i, |c| i + c.len_utf8());
            match how {
                0 => line.insert_str(i, text),
                1 => line.replace_range(i..end, ""),
                _ => line.replace_range(i..end, text),
            }
        }
        agrees(bank, &line)?;
    }
}
