//! `mitreden export`: the store's answers and ideas as JSON or CSV on stdout.
//!
//! CSV columns (stable order): `record` (`run`, `answer` or `idea`),
//! `consultation`, `participant` (pseudonym), `item` (question id or idea
//! id), `value` (answer cell, or the idea's field of action), `status`
//! (`completed`/`started`, `answered`/`skipped`, or the idea status), `time`
//! (RFC 3339), `title`, `description` (ideas only). Then `aggregate` rows:
//! `item` is the question id, `value` the option id (or `answered`,
//! `skipped`, `mean`, `median`), `status` the count or number, `title` the
//! percent. Cells that a spreadsheet would run as a formula get a leading
//! `'`. `--excel` puts a UTF-8 byte order mark first.

use std::io::Write;

use bot_core::export::Export;
use bot_core::stats::QuestionStats;

/// Output formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// One JSON document (`runs`, `answers`, `ideas`, `aggregates`).
    Json,
    /// One CSV table, see the module documentation.
    Csv,
}

/// Writes the export in `format`; `excel` starts CSV with a byte order mark.
pub fn write(
    export: &Export,
    format: Format,
    excel: bool,
    mut out: impl Write,
) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, export)?;
            writeln!(out)?;
        }
        Format::Csv => {
            if excel {
                out.write_all("\u{feff}".as_bytes())?;
            }
            write_csv(export, out)?
        }
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
    for c in &export.aggregates {
        for q in &c.questions {
            for (value, number, percent) in aggregate_cells(q) {
                w.write_record([
                    "aggregate",
                    &c.consultation,
                    "",
                    question_id(q),
                    &value,
                    &number,
                    "",
                    &percent,
                    "",
                ])?;
            }
        }
    }
    w.flush()?;
    Ok(())
}

fn question_id(q: &QuestionStats) -> &str {
    match q {
        QuestionStats::Choice { question, .. }
        | QuestionStats::Multi { question, .. }
        | QuestionStats::Number { question, .. }
        | QuestionStats::Text { question, .. } => question,
    }
}

/// (value, number, percent) cells of one question's aggregate rows.
fn aggregate_cells(q: &QuestionStats) -> Vec<(String, String, String)> {
    let n = |v: usize| v.to_string();
    let num = |v: Option<f64>| v.map(bot_core::engine::format_number).unwrap_or_default();
    let (answered, skipped) = match q {
        QuestionStats::Choice {
            answered, skipped, ..
        }
        | QuestionStats::Multi {
            answered, skipped, ..
        }
        | QuestionStats::Number {
            answered, skipped, ..
        }
        | QuestionStats::Text {
            answered, skipped, ..
        } => (*answered, *skipped),
    };
    let mut rows = vec![
        ("answered".to_owned(), n(answered), String::new()),
        ("skipped".to_owned(), n(skipped), String::new()),
    ];
    match q {
        QuestionStats::Choice { options, .. } | QuestionStats::Multi { options, .. } => rows
            .extend(
                options
                    .iter()
                    .map(|o| (o.option.clone(), n(o.count), o.percent.to_string())),
            ),
        QuestionStats::Number { mean, median, .. } => {
            rows.push(("mean".to_owned(), num(*mean), String::new()));
            rows.push(("median".to_owned(), num(*median), String::new()));
        }
        QuestionStats::Text { .. } => {}
    }
    rows
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
