//! The questionnaire's logic with scripted answers: order, skips, going back with the
//! earlier answer preselected, resuming, notes, and a save after every answer.

use std::collections::VecDeque;
use std::io;

use maturity::answers::{Answers, Choice};
use maturity::bank::Bank;
use maturity::i18n::{Lang, Messages};
use maturity::prompt::flow::Questionnaire;
use maturity::prompt::{Prompter, Reply};

/// One scripted reply, checked against the kind of prompt it meets.
#[derive(Debug)]
enum Step {
    Pick(usize),
    Tick(Vec<usize>),
    Type(&'static str),
    Back,
}

/// A prompter that replays a script and records what it was shown.
#[derive(Default)]
struct Script {
    steps: VecDeque<Step>,
    /// (prompt, preselected item indices) for every select and multi-select.
    asked: Vec<(String, Vec<usize>)>,
    shown: Vec<String>,
}

impl Script {
    fn new(steps: Vec<Step>) -> Script {
        Script {
            steps: steps.into(),
            ..Script::default()
        }
    }

    fn next(&mut self, prompt: &str) -> Step {
        self.steps
            .pop_front()
            .unwrap_or_else(|| panic!("script ran out at: {prompt}"))
    }
}

impl Prompter for Script {
    fn show(&mut self, text: &str) -> io::Result<()> {
        self.shown.push(text.to_string());
        Ok(())
    }

    fn select(&mut self, prompt: &str, _: &[String], default: usize) -> io::Result<Reply<usize>> {
        self.asked.push((prompt.to_string(), vec![default]));
        match self.next(prompt) {
            Step::Pick(k) => Ok(Reply::Value(k)),
            Step::Back => Ok(Reply::Back),
            other => panic!("{prompt}: a select met {other:?}"),
        }
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        _: &[String],
        checked: &[bool],
        _: maturity::prompt::Check,
    ) -> io::Result<Reply<Vec<usize>>> {
        let ticked = checked
            .iter()
            .enumerate()
            .filter(|(_, c)| **c)
            .map(|(k, _)| k)
            .collect();
        self.asked.push((prompt.to_string(), ticked));
        match self.next(prompt) {
            Step::Tick(ks) => Ok(Reply::Value(ks)),
            Step::Back => Ok(Reply::Back),
            other => panic!("{prompt}: a multi-select met {other:?}"),
        }
    }

    fn text(&mut self, prompt: &str, _: &str) -> io::Result<String> {
        match self.next(prompt) {
            Step::Type(s) => Ok(s.to_string()),
            other => panic!("{prompt}: a text prompt met {other:?}"),
        }
    }
}

fn bank() -> Bank {
    Bank::from_yaml(include_str!("fixtures/small-bank.yaml"), "small-bank.yaml").unwrap()
}

/// Runs the questionnaire (without its opening screen) and counts the saves.
fn run(bank: &Bank, answers: Answers, script: &mut Script) -> (Answers, usize) {
    let m = Messages::new(Lang::En);
    let mut q = Questionnaire::new(bank, answers, &m);
    let mut saves = 0;
    q.run(script, &mut |_| {
        saves += 1;
        Ok(())
    })
    .unwrap();
    assert!(
        script.steps.is_empty(),
        "script not used up: {:?}",
        script.steps
    );
    (q.answers, saves)
}

fn choice(a: &Answers, q: &str) -> Choice {
    a.answers[q].choice.clone()
}

fn one(id: &str) -> Choice {
    Choice::One(id.into())
}

#[test]
fn asks_every_question_in_order_and_saves_after_each() {
    let b = bank();
    // reach.email, reach.channels (multi), care.loyalty (yes-no), care.service
    let mut s = Script::new(vec![
        Step::Pick(1),
        Step::Tick(vec![0, 1]),
        Step::Pick(0),
        Step::Pick(2),
    ]);
    let (a, saves) = run(&b, Answers::new(&b, None), &mut s);
    assert_eq!(choice(&a, "reach.email"), one("some"));
    assert_eq!(
        choice(&a, "reach.channels"),
        Choice::Many(vec!["site".into(), "social".into()])
    );
    assert_eq!(choice(&a, "care.loyalty"), one("yes"));
    assert_eq!(choice(&a, "care.service"), one("live"));
    assert_eq!(saves, 4);
    assert!(s.shown.iter().any(|l| l == "[3/4] Care"), "{:?}", s.shown);
    assert!(s.shown.iter().any(|l| l == "━━ Reach ━━"));
}

#[test]
fn back_returns_to_the_previous_answer_preselected_and_it_can_change() {
    let b = bank();
    let mut s = Script::new(vec![
        Step::Pick(2),       // reach.email: growing
        Step::Back,          // from reach.channels
        Step::Pick(1),       // reach.email again: some
        Step::Tick(vec![1]), // reach.channels
        Step::Pick(1),       // care.loyalty: no
        Step::Pick(4),       // care.service: "← Back" (the item after "Don't know")
        Step::Pick(0),       // care.loyalty: yes
        Step::Pick(0),       // care.service: slow
    ]);
    let (a, _) = run(&b, Answers::new(&b, None), &mut s);
    assert_eq!(choice(&a, "reach.email"), one("some"));
    assert_eq!(choice(&a, "care.loyalty"), one("yes"));
    let email_asks: Vec<&Vec<usize>> = s
        .asked
        .iter()
        .filter(|(p, _)| p.contains("email addresses"))
        .map(|(_, d)| d)
        .collect();
    assert_eq!(
        email_asks,
        [&vec![0], &vec![2]],
        "the second time, the earlier answer is preselected"
    );
    let loyalty_asks: Vec<&Vec<usize>> = s
        .asked
        .iter()
        .filter(|(p, _)| p.contains("loyalty"))
        .map(|(_, d)| d)
        .collect();
    assert_eq!(loyalty_asks, [&vec![0], &vec![1]]);
}

#[test]
fn an_ask_if_that_does_not_hold_skips_the_question_and_records_it() {
    let b = bank();
    // No email list: the loyalty question is not asked.
    let mut s = Script::new(vec![
        Step::Pick(0),
        Step::Tick(vec![0]),
        Step::Back,
        Step::Tick(vec![0]),
        Step::Pick(1),
    ]);
    let (a, saves) = run(&b, Answers::new(&b, None), &mut s);
    assert_eq!(choice(&a, "care.loyalty"), one("skipped"));
    assert!(!s.asked.iter().any(|(p, _)| p.contains("loyalty")));
    // Back from care.service went to reach.channels, past the skipped question.
    assert_eq!(
        s.asked
            .iter()
            .filter(|(p, _)| p.contains("channels"))
            .count(),
        2
    );
    assert_eq!(saves, 5);
    let text = a.to_yaml();
    assert!(text.contains("care.loyalty: skipped"), "{text}");
}

#[test]
fn changing_an_earlier_answer_brings_a_skipped_question_back() {
    let b = bank();
    let mut s = Script::new(vec![
        Step::Pick(0),       // reach.email: none
        Step::Tick(vec![0]), // reach.channels
        Step::Back,          // care.service → reach.channels
        Step::Back,          // → reach.email
        Step::Pick(1),       // reach.email: some
        Step::Tick(vec![0]), // reach.channels
        Step::Pick(0),       // care.loyalty is asked now: yes
        Step::Pick(1),       // care.service
    ]);
    let (a, _) = run(&b, Answers::new(&b, None), &mut s);
    assert_eq!(choice(&a, "care.loyalty"), one("yes"));
}

#[test]
fn resuming_asks_only_what_is_left_and_can_go_back_into_the_file() {
    let b = bank();
    let src = "bank: small-test-bank\nbank-version: \"0.1.0\"\nanswers:\n  reach.email: growing\n  reach.channels: [app]\n";
    let saved = Answers::from_yaml(src, "saved.yaml", &b).unwrap();
    let mut s = Script::new(vec![
        Step::Back,
        Step::Tick(vec![2]),
        Step::Pick(0),
        Step::Pick(2),
    ]);
    let (a, _) = run(&b, saved, &mut s);
    // The first prompt was loyalty; back went to channels with `app` ticked.
    assert!(s.asked[0].0.contains("loyalty"));
    assert!(s.asked[1].0.contains("channels"));
    assert_eq!(s.asked[1].1, vec![2]);
    assert_eq!(choice(&a, "reach.email"), one("growing"));
    assert_eq!(a.answers.len(), 4);
}

#[test]
fn multiple_choice_needs_a_tick_and_options_that_go_alone_go_alone_ticks_kept() {
    let src = include_str!("fixtures/small-bank.yaml").replacen(
        "{id: site, label: {en: Website only}, stage: 1,",
        "{id: site, label: {en: Website only}, stage: 1, exclusive: true,",
        1,
    );
    let b = Bank::from_yaml(&src, "small-bank.yaml").unwrap();
    let mut s = Script::new(vec![
        Step::Pick(1),
        Step::Tick(vec![]),     // nothing ticked: asked again
        Step::Tick(vec![0, 1]), // "website only" and another: asked again
        Step::Tick(vec![1, 3]), // an option and "don't know": asked again
        Step::Tick(vec![3]),    // "don't know" alone
        Step::Pick(2),          // loyalty: "don't know"
        Step::Pick(1),
    ]);
    let (a, _) = run(&b, Answers::new(&b, None), &mut s);
    assert_eq!(choice(&a, "reach.channels"), one("unsure"));
    assert_eq!(choice(&a, "care.loyalty"), one("unsure"));
    let shown = |needle: &str| s.shown.iter().filter(|l| l.contains(needle)).count();
    assert_eq!(shown("Tick at least one answer"), 1, "{:?}", s.shown);
    assert_eq!(shown("\"Website only\" goes alone"), 1, "{:?}", s.shown);
    assert_eq!(shown("\"Don't know / not applicable\" goes alone"), 1);
    // Each time it is asked again, with the ticks that were refused.
    let ticks: Vec<&Vec<usize>> = s.asked[1..5].iter().map(|(_, t)| t).collect();
    assert_eq!(ticks, [&vec![], &vec![], &vec![0, 1], &vec![1, 3]]);
}

#[test]
fn a_prompter_is_given_the_check_that_refuses_ticks_not_going_together() {
    struct Checking(Vec<Option<String>>);
    impl Prompter for Checking {
        fn show(&mut self, _: &str) -> io::Result<()> {
            Ok(())
        }
        fn select(&mut self, _: &str, _: &[String], _: usize) -> io::Result<Reply<usize>> {
            Ok(Reply::Value(0))
        }
        fn multi_select(
            &mut self,
            _: &str,
            _: &[String],
            _: &[bool],
            check: maturity::prompt::Check,
        ) -> io::Result<Reply<Vec<usize>>> {
            self.0 = vec![check(&[]), check(&[0, 3]), check(&[0, 1]), check(&[3])];
            Ok(Reply::Value(vec![0, 1]))
        }
        fn text(&mut self, _: &str, _: &str) -> io::Result<String> {
            Ok(String::new())
        }
    }
    let b = bank();
    let m = Messages::new(Lang::En);
    let mut q = Questionnaire::new(&b, Answers::new(&b, None), &m);
    let mut p = Checking(Vec::new());
    q.run(&mut p, &mut |_| Ok(())).unwrap();
    assert!(p.0[0].as_deref().unwrap().contains("Tick at least one"));
    assert!(p.0[1].as_deref().unwrap().contains("goes alone"));
    assert_eq!(p.0[2..], [None, None]);
}

#[test]
fn the_opening_screen_names_the_stages_and_takes_the_store_name_and_notes() {
    let b = bank();
    let m = Messages::new(Lang::En);
    let mut q = Questionnaire::new(&b, Answers::new(&b, None), &m);
    let mut s = Script::new(vec![Step::Type("  Corner Shop "), Step::Pick(1)]);
    q.intro(
        &mut s,
        std::path::Path::new("answers.yaml"),
        &mut |_| Ok(()),
    )
    .unwrap();
    assert_eq!(q.answers.retailer.as_deref(), Some("Corner Shop"));
    let screen = s.shown.join("\n");
    for needle in [
        "1. First",
        "2. Second",
        "3. Third",
        "4 questions",
        "Esc",
        "Ctrl-C",
        "answers.yaml",
    ] {
        assert!(screen.contains(needle), "{needle} missing from:\n{screen}");
    }
    // With notes on, every answer is followed by a note prompt.
    let mut s = Script::new(vec![
        Step::Pick(1),
        Step::Type("at checkout only"),
        Step::Tick(vec![0]),
        Step::Type(""),
        Step::Pick(0),
        Step::Type(""),
        Step::Pick(0),
        Step::Type("we reply fast"),
    ]);
    let mut saves = 0;
    q.run(&mut s, &mut |_| {
        saves += 1;
        Ok(())
    })
    .unwrap();
    assert_eq!(
        q.answers.answers["reach.email"].note.as_deref(),
        Some("at checkout only")
    );
    assert_eq!(q.answers.answers["reach.channels"].note, None);
    assert!(q.answers.to_yaml().contains("note: we reply fast"));
}
