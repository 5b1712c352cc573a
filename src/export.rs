//! `mitreden export`: the store's answers and ideas as JSON or CSV on stdout.
//!
//! CSV columns (stable order): `record` (`run`, `answer` or `idea`),
//! `consultation`, `participant` (pseudonym), `item` (question id or idea
//! id), `value` (answer cell, or the idea's field of action), `status`
//! (`completed`/`started`, `answered`/`skipped`, or the idea status), `time`
//! (RFC 3339), `title`, `description` (ideas only). Cells that a spreadsheet
//! would run as a formula get a leading `'`.

use std::io::Write;

use bot_core::export::Export;

/// Output formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// One JSON document (`runs`, `answers`, `ideas`).
    Json,
    /// One CSV table, see the module documentation.
    Csv,
}

/// Writes the export in `format`.
pub fn write(export: &Export, format: Format, out: impl Write) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            let mut out = out;
            serde_json::to_writer_pretty(&mut out, export)?;
            writeln!(out)?;
        }
        Format::Csv => write_csv(export, out)?,
    }
    Ok(())
}

/// Keeps spreadsheet programs from evaluating citizen text as a formula.
fn cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

fn write_csv(export: &Export, out: impl Write) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "record",
        "consultation",
        "participant",
        "item",
        "value",
        "status",
        "time",
        "title",
        "description",
    ])?;
    for r in &export.runs {
        let (status, time) = match r.completed_at {
            Some(t) => ("completed", t),
            None => ("started", r.started_at),
        };
        w.write_record([
            "run",
            &r.consultation,
            &r.participant,
            "",
            "",
            status,
            &time.to_rfc3339(),
            "",
            "",
        ])?;
    }
    for a in &export.answers {
        let status = if a.answer == bot_core::consultation::Answer::Skipped {
            "skipped"
        } else {
            "answered"
        };
        let time = a.answered_at.map(|t| t.to_rfc3339()).unwrap_or_default();
        w.write_record([
            "answer",
            &a.consultation,
            &a.participant,
            &a.question,
            &cell(&a.value),
            status,
            &time,
            "",
            "",
        ])?;
    }
    for i in &export.ideas {
        let status = serde_json::to_value(i.status)?
            .as_str()
            .unwrap_or_default()
            .to_owned();
        w.write_record([
            "idea",
            &i.consultation,
            &i.participant,
            &i.id,
            &i.field,
            &status,
            &i.submitted_at.to_rfc3339(),
            &cell(&i.title),
            &cell(&i.description),
        ])?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formula_cells_are_defused() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("Gute Idee"), "Gute Idee");
    }
}
