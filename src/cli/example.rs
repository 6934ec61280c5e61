//! `maturity example`: the example answers files shipped in the binary, one by stage
//! or by name, their list, or all of them as JSON Lines for a batch or a cohort.

use std::io::Write;

use super::args::ExampleArgs;
use super::io::write;
use crate::error::Error;
use crate::msg;

/// An example's name and its file, from `questions/examples/`.
macro_rules! example {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("../../questions/examples/", $name, ".yaml")),
        )
    };
}

/// Every shipped example, by stage; the first of each stage is the one `maturity
/// example N` prints. A test checks this list against the folder.
pub const EXAMPLES: &[(&str, &str)] = &[
    example!("stage-1-tea-shop-without-tools"),
    example!("stage-1-bookshop-mostly-unsure"),
    example!("stage-1-handmade-soap-startup"),
    example!("stage-1-jewellery-maker-patchy"),
    example!("stage-1-print-shop-without-a-list"),
    example!("stage-2-candle-studio"),
    example!("stage-2-bike-parts-uneven"),
    example!("stage-2-coffee-roaster-gut-goals"),
    example!("stage-2-kids-clothing-manual-sends"),
    example!("stage-2-pet-supplies-flying-blind"),
    example!("stage-3-homeware-store"),
    example!("stage-3-beauty-brand-stretched-team"),
    example!("stage-3-fashion-boutique-not-omnichannel"),
    example!("stage-3-furniture-store-in-silos"),
    example!("stage-3-garden-centre-flat-budget"),
    example!("stage-3-sports-nutrition-uneven"),
    example!("stage-4-outdoor-gear-retailer"),
    example!("stage-4-kitchenware-plateaued-list"),
];

pub fn run(args: ExampleArgs, out: &mut dyn Write) -> Result<(), Error> {
    if args.list {
        return write(out, |w| {
            for (name, text) in EXAMPLES {
                writeln!(w, "{name}  {}", retailer(text))?;
            }
            Ok(())
        });
    }
    if args.jsonl {
        let lines: String = EXAMPLES
            .iter()
            .filter_map(|(_, text)| jsonl(text))
            .collect();
        return write(out, |w| w.write_all(lines.as_bytes()));
    }
    let which = args.which.as_deref().unwrap_or("3");
    let found = EXAMPLES.iter().find(|(name, _)| {
        *name == which
            || name
                .strip_prefix("stage-")
                .is_some_and(|n| n.starts_with(&format!("{which}-")))
    });
    match found {
        Some((_, text)) => write(out, |w| w.write_all(text.as_bytes())),
        None => {
            let names: Vec<&str> = EXAMPLES.iter().map(|(name, _)| *name).collect();
            Err(Error::Usage(msg!(
                "example-unknown",
                which = which,
                names = names.join(", ")
            )))
        }
    }
}

/// The retailer an example is for.
fn retailer(text: &str) -> &str {
    text.lines()
        .find_map(|l| l.strip_prefix("retailer: "))
        .unwrap_or("")
}

/// An example as one line of JSON (tests check every example reads).
fn jsonl(text: &str) -> Option<String> {
    let value: serde_json::Value = serde_yaml::from_str(text).ok()?;
    Some(format!("{value}\n"))
}
