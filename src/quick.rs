//! A quick reading of one JSON Lines record for batches: it borrows its strings from
//! the line and goes straight to answer levels. It accepts only records that the full
//! reader (`Answers::from_json`) would accept unchanged, and gives up (`None`) on
//! anything else, which the full reader then reports or reads; a property test checks
//! that both agree.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use crate::bank::{Bank, QuestionKind, SKIPPED, UNSURE};
use crate::engine::{verdict_from_levels, Verdict};

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Record<'a> {
    #[serde(borrow)]
    bank: Cow<'a, str>,
    #[serde(borrow)]
    bank_version: Cow<'a, str>,
    #[serde(borrow, default)]
    retailer: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    #[allow(dead_code)]
    date: Option<Cow<'a, str>>,
    #[serde(borrow)]
    answers: Entries<'a>,
}

struct Entries<'a>(Vec<(Cow<'a, str>, Picks<'a>)>);

/// A string borrowed from the line when it has no escapes (serde's own `Cow` always
/// copies).
struct Borrowed<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Borrowed<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Borrowed<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Borrowed<'a>, E> {
                Ok(Borrowed(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Borrowed<'a>, E> {
                Ok(Borrowed(Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_str(V(std::marker::PhantomData))
    }
}

/// The option ids of one answer; notes and evidence are checked for type, not kept.
/// The first id is kept apart so that the common single answer needs no list.
struct Picks<'a> {
    first: Option<Cow<'a, str>>,
    more: Vec<Cow<'a, str>>,
    list: bool,
}

impl<'a> Picks<'a> {
    fn one(id: Cow<'a, str>) -> Picks<'a> {
        Picks {
            first: Some(id),
            more: Vec::new(),
            list: false,
        }
    }

    fn ids(&self) -> impl Iterator<Item = &Cow<'a, str>> {
        self.first.iter().chain(&self.more)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Entries<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Entries<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("answers")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<'a>, A::Error> {
                let mut out = Vec::with_capacity(40);
                while let Some(Borrowed(key)) = map.next_key::<Borrowed<'a>>()? {
                    out.push((key, map.next_value::<Picks<'a>>()?));
                }
                Ok(Entries(out))
            }
        }
        d.deserialize_map(V(std::marker::PhantomData))
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Picks<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Picks<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an answer")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Picks<'a>, E> {
                Ok(Picks::one(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Picks<'a>, E> {
                Ok(Picks::one(Cow::Owned(v.to_string())))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Picks<'a>, A::Error> {
                let first = seq.next_element::<Borrowed<'a>>()?.map(|b| b.0);
                let mut picks = Picks {
                    first,
                    more: Vec::new(),
                    list: true,
                };
                while let Some(Borrowed(id)) = seq.next_element::<Borrowed<'a>>()? {
                    picks.more.push(id);
                }
                Ok(picks)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Picks<'a>, A::Error> {
                let mut picks = None;
                while let Some(Borrowed(key)) = map.next_key::<Borrowed<'a>>()? {
                    match &*key {
                        "choice" if picks.is_none() => picks = Some(map.next_value::<Picks<'a>>()?),
                        "note" | "evidence" => {
                            map.next_value::<Borrowed<'a>>()?;
                        }
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                            return Err(de::Error::custom("left to the full reader"));
                        }
                    }
                }
                picks.ok_or_else(|| de::Error::custom("no choice"))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// The retailer's name and verdict, or `None` to leave the record to the full reader.
pub fn verdict(bank: &Bank, line: &str) -> Option<(Option<String>, Verdict)> {
    let record: Record = serde_json::from_str(line).ok()?;
    if record.bank != bank.meta.id || record.bank_version != bank.meta.version {
        return None;
    }
    let n = bank.questions.len();
    let (mut levels, mut seen) = (vec![None; n], vec![false; n]);
    let (mut answered, mut skipped) = (0, 0);
    // Answers usually come in bank order: try the next question before hashing.
    let mut next = 0;
    for (id, picks) in &record.answers.0 {
        let i = match bank.questions.get(next) {
            Some(q) if q.id == *id => next,
            _ => bank.question_position(id)?,
        };
        next = i + 1;
        if std::mem::replace(&mut seen[i], true) {
            return None;
        }
        let q = &bank.questions[i];
        let Some(first) = &picks.first else {
            return None;
        };
        if !picks.list && first == UNSURE {
            continue;
        }
        if !picks.list && first == SKIPPED {
            skipped += 1;
            continue;
        }
        if picks.list && q.kind != QuestionKind::Multi {
            return None;
        }
        let mut best = 0;
        for (k, id) in picks.ids().enumerate() {
            if picks.ids().take(k).any(|earlier| earlier == id) {
                return None;
            }
            best = best.max(q.option(id)?.stage);
        }
        levels[i] = Some(best);
        answered += 1;
    }
    let name = record.retailer.map(Cow::into_owned);
    Some((name, verdict_from_levels(bank, &levels, answered, skipped)))
}
