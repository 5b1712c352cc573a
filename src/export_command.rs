//! `mitreden export`: the store's answers and ideas as JSON or CSV on stdout.
//!
//! CSV columns (stable order): `record` (`run`, `answer` or `idea`),
//! `consultation`, `participant` (pseudonym), `item` (question id or idea
//! id), `value` (answer cell, the idea's field of action, or a run's event
//! source), `status`
//! (`completed`/`started`, `answered`/`skipped`, or the idea status), `time`
//! (RFC 3339), `title` (an idea's title; a run's groups, `public` or
//! e.g. `experts`), `description` (ideas only). After each idea its
//! `idea-history` rows: `participant` is who (a staff member's platform
//! id), `value` the kind (`status`, `note`, `published`), `status` the new
//! state, `description` the public answer or the internal note; its
//! `idea-rating` rows (a juror's pseudonym, `value` the criterion,
//! `status` the score, `description` the note) and `idea-review` rows (an
//! invited expert's, likewise, `title` their group and ` (public)` once
//! published). Then `aggregate` rows:
//! `item` is the question id, `value` the option id (or `answered`,
//! `skipped`, `mean`, `median`; for a ranking `<option> mean place` and
//! `<option> first`), `status` the count or number, `title` the percent;
//! then the same as `aggregate-group` rows per group of runs, the group in
//! `participant`: `audience=experts`, `source=dortmund-2027`, or the
//! consultation's `compare_by` question and option (`rolle=buerger`).
//! Cells that a spreadsheet would run as a formula get a leading `'`. `--excel` puts a UTF-8 byte order mark first and separates cells
//! with `;`, as German Excel expects.

use std::io::Write;

use bot_core::export::Export;

/// Output formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// One JSON document (`runs`, `answers`, `ideas`, `aggregates`).
    Json,
    /// One CSV table, see the module documentation.
    Csv,
}

/// Writes the export in `format`; `excel` makes CSV for Excel (byte order
/// mark, `;`).
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
        Format::Csv => bot_core::export::write_csv(export, out, excel)?,
    }
    Ok(())
}
