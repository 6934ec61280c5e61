//! `maturity explain`: every gate, passed or failed, with the answers and levels
//! that decided it, stage by stage.

use std::io::{self, Write};

use super::painter::{reason_lines, Painter};
use super::RenderOptions;
use crate::engine::Assessment;
use crate::msg;

pub(super) fn table(a: &Assessment, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let p = Painter::new(o);
    let title = msg!(
        "explain-title",
        number = a.stage.number,
        total = a.stages,
        name = p.t(&a.stage.name)
    );
    p.para(out, 0, &p.paint(&p.msg(title), "1;32"))?;
    let verdict = match &a.next_stage {
        _ if a.placement.strict < a.stage.number => msg!(
            "explain-verdict-held",
            number = a.stage.number,
            rest = a.placement.rest
        ),
        Some(next) => msg!(
            "explain-verdict",
            number = a.stage.number,
            next = next.number
        ),
        None => msg!("explain-verdict-top"),
    };
    p.para(out, 2, &p.msg(verdict))?;
    let mut stages: Vec<u8> = a.gates.iter().map(|g| g.stage).collect();
    stages.dedup();
    for stage in stages {
        let gates: Vec<_> = a.gates.iter().filter(|g| g.stage == stage).collect();
        let failed = gates.iter().filter(|g| !g.passed).count();
        let name = a
            .ladder
            .iter()
            .find(|s| s.number == stage)
            .map(|s| p.t(&s.name))
            .unwrap_or_default();
        let heading = p.msg(msg!("explain-stage", number = stage, name = name));
        let result = p.msg(msg!(
            "explain-stage-result",
            failed = failed,
            count = gates.len()
        ));
        p.heading(out, &format!("{heading} · {result}"))?;
        for g in gates {
            let mark = if g.passed {
                p.paint("✓", "32")
            } else {
                p.paint("✗", "31")
            };
            let kind = p.msg(msg!("explain-kind", kind = g.kind.id()));
            let title = format!("{} · {kind}", p.paint(&p.t(&g.title), "1"));
            p.item(out, &format!("  {mark} "), &title)?;
            for r in &g.reasons {
                reason_lines(r, a, &p, out, true)?;
            }
        }
    }
    Ok(())
}
