//! The data behind `mitreden export`: answers, completed runs and ideas,
//! keyed by pseudonym only. Writing JSON or CSV is the binary's job.

use std::io::Write;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::consultation::{Answer, Consultation};
use crate::engine::format_number;
use crate::error::StoreError;
use crate::records::{IdeaChange, IdeaEvent, IdeaStatus, Rating, RECORD_VERSION};
use crate::stats::{
    consultation_stats, score, status_name, ConsultationStats, QuestionStats, Score,
};
use crate::store::Store;

/// Everything exported, in a stable order (consultation, participant, question).
#[derive(Debug, Serialize)]
pub struct Export {
    /// Format version of this export.
    pub format: u32,
    /// When the export was made.
    pub generated_at: DateTime<Utc>,
    /// One row per participant and consultation.
    pub runs: Vec<RunRow>,
    /// One row per answer.
    pub answers: Vec<AnswerRow>,
    /// One row per idea.
    pub ideas: Vec<IdeaRow>,
    /// Per consultation: runs and answer distributions (see [`crate::stats`]).
    pub aggregates: Vec<ConsultationStats>,
}

/// A participant's progress in one consultation.
#[derive(Debug, Serialize)]
pub struct RunRow {
    /// Consultation id.
    pub consultation: String,
    /// Pseudonym.
    pub participant: String,
    /// When the first question was shown.
    pub started_at: DateTime<Utc>,
    /// When the last question was answered, if so.
    pub completed_at: Option<DateTime<Utc>>,
    /// The event the person came from, if through a tagged link.
    pub source: Option<String>,
    /// The person's invited groups (empty: the public).
    pub audiences: Vec<String>,
}

/// One answer.
#[derive(Debug, Serialize)]
pub struct AnswerRow {
    /// Consultation id.
    pub consultation: String,
    /// Pseudonym.
    pub participant: String,
    /// Question id.
    pub question: String,
    /// The answer as stored.
    pub answer: Answer,
    /// The answer as one cell: option id, option ids joined by `;`,
    /// number, or text; empty when skipped.
    pub value: String,
    /// When it was given.
    pub answered_at: Option<DateTime<Utc>>,
}

/// One idea.
#[derive(Debug, Serialize)]
pub struct IdeaRow {
    /// Idea id.
    pub id: String,
    /// Consultation id.
    pub consultation: String,
    /// Pseudonym of the submitter.
    pub participant: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Field of action id.
    pub field: String,
    /// Evaluation status.
    pub status: IdeaStatus,
    /// When it was sent.
    pub submitted_at: DateTime<Utc>,
    /// Whether citizens can see and support it.
    pub published: bool,
    /// How many citizens support it.
    pub supporters: usize,
    /// The answer given with the newest status, as citizens see it.
    pub answer: Option<String>,
    /// Status changes, internal notes and publishing, oldest first (exports
    /// are for staff and operators only).
    pub history: Vec<IdeaEvent>,
    /// The jury's ratings (jurors by pseudonym).
    pub ratings: Vec<Rating>,
    /// The jury's weighted score so far, if rated.
    pub score: Option<Score>,
    /// The department it is assigned to.
    pub department: Option<String>,
    /// Invited experts' reviews (experts by pseudonym).
    pub reviews: Vec<crate::records::Review>,
}

impl Answer {
    /// The answer as one spreadsheet cell.
    pub fn cell(&self) -> String {
        match self {
            Answer::Choice(c) => c.clone(),
            Answer::Choices(cs) | Answer::Ranking(cs) => cs.join(";"),
            Answer::Other { choices, text } => {
                let mut parts = choices.clone();
                parts.push(format!("other: {text}"));
                parts.join(";")
            }
            Answer::Number(n) => format_number(*n),
            Answer::Text(t) => t.clone(),
            Answer::Skipped => String::new(),
        }
    }
}

/// Collects the export, optionally for one consultation and for what came
/// after `since`, with answers in the consultation's question order.
pub fn collect(
    store: &dyn Store,
    consultations: &[Consultation],
    only: Option<&str>,
    since: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<Export, StoreError> {
    let wanted = |id: &str| only.is_none_or(|o| o == id);
    let recent = |t: DateTime<Utc>| since.is_none_or(|s| t > s);
    let mut participants = store.participants()?;
    participants.sort_by(|a, b| a.id.cmp(&b.id));
    let mut runs = Vec::new();
    let mut answers = Vec::new();
    for c in consultations.iter().filter(|c| wanted(&c.id)) {
        for p in &participants {
            let Some(run) = p.runs.get(&c.id) else {
                continue;
            };
            let changed = run
                .answered_at
                .values()
                .copied()
                .max()
                .unwrap_or(run.started_at);
            if !recent(run.started_at.max(changed)) {
                continue;
            }
            runs.push(RunRow {
                consultation: c.id.clone(),
                participant: p.id.clone(),
                started_at: run.started_at,
                completed_at: run.completed_at,
                source: run.source.clone(),
                audiences: p.audiences.iter().cloned().collect(),
            });
            for q in &c.questions {
                let at = run.answered_at.get(&q.id).copied();
                if let Some(a) = run.answers.get(&q.id).filter(|_| at.is_none_or(recent)) {
                    answers.push(AnswerRow {
                        consultation: c.id.clone(),
                        participant: p.id.clone(),
                        question: q.id.clone(),
                        value: a.cell(),
                        answer: a.clone(),
                        answered_at: at,
                    });
                }
            }
        }
    }
    let all_ideas = store.ideas()?;
    let aggregates = consultations
        .iter()
        .filter(|c| wanted(&c.id))
        .map(|c| consultation_stats(c, &participants, &all_ideas, since, now))
        .collect();
    let ideas = all_ideas
        .into_iter()
        .filter(|i| wanted(&i.consultation) && recent(i.submitted_at))
        .map(|i| IdeaRow {
            answer: i.answer().map(str::to_owned),
            score: consultations
                .iter()
                .find(|c| c.id == i.consultation)
                .and_then(|c| score(&i, &c.ideas.as_ref()?.criteria)),
            id: i.id,
            consultation: i.consultation,
            participant: i.author,
            title: i.title,
            description: i.description,
            field: i.field,
            status: i.status,
            submitted_at: i.submitted_at,
            published: i.published,
            supporters: i.supporters.len(),
            history: i.history,
            ratings: i.ratings,
            department: i.department,
            reviews: i.reviews,
        })
        .collect();
    Ok(Export {
        format: RECORD_VERSION,
        generated_at: now,
        runs,
        answers,
        ideas,
        aggregates,
    })
}

/// Keeps spreadsheet programs from evaluating citizen text as a formula.
fn cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

/// Writes the export as one CSV table (columns in the module docs). For
/// `excel` (as German Excel opens a file by double click): a byte order
/// mark first, so umlauts are read right, and `;` between cells.
pub fn write_csv(export: &Export, mut out: impl Write, excel: bool) -> Result<(), csv::Error> {
    if excel {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = csv::WriterBuilder::new()
        .delimiter(if excel { b';' } else { b',' })
        .from_writer(out);
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
        let audiences = if r.audiences.is_empty() {
            "public".to_owned()
        } else {
            r.audiences.join(";")
        };
        w.write_record([
            "run",
            &r.consultation,
            &r.participant,
            "",
            r.source.as_deref().unwrap_or_default(),
            status,
            &time.to_rfc3339(),
            &audiences,
            "",
        ])?;
    }
    for a in &export.answers {
        let status = if a.answer == Answer::Skipped {
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
        let status = status_name(i.status);
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
        for e in &i.history {
            let (state, text) = match &e.change {
                IdeaChange::Status { status, answer } => {
                    (status_name(*status), answer.clone().unwrap_or_default())
                }
                IdeaChange::Note { text } => (String::new(), text.clone()),
                IdeaChange::Published { published } => (published.to_string(), String::new()),
                IdeaChange::Assigned { department } => (String::new(), department.clone()),
                IdeaChange::Question { text, .. } | IdeaChange::Reply { text } => {
                    (String::new(), text.clone())
                }
                IdeaChange::Edited | IdeaChange::Withdrawn => (String::new(), String::new()),
                IdeaChange::Merged { with } => (String::new(), with.clone()),
            };
            w.write_record([
                "idea-history",
                &i.consultation,
                &cell(&e.by),
                &i.id,
                e.change.kind(),
                &state,
                &e.at.to_rfc3339(),
                "",
                &cell(&text),
            ])?;
        }
        for r in &i.ratings {
            for (criterion, score) in &r.scores {
                w.write_record([
                    "idea-rating",
                    &i.consultation,
                    &r.juror,
                    &i.id,
                    criterion,
                    &score.to_string(),
                    &r.at.to_rfc3339(),
                    "",
                    &cell(r.note.as_deref().unwrap_or_default()),
                ])?;
            }
        }
        // An expert's review: one row per criterion, the text with each;
        // `title` is the group and whether it is public.
        for r in &i.reviews {
            let group = format!(
                "{}{}",
                r.audience,
                if r.published { " (public)" } else { "" }
            );
            for (criterion, score) in &r.scores {
                w.write_record([
                    "idea-review",
                    &i.consultation,
                    &r.expert,
                    &i.id,
                    criterion,
                    &score.to_string(),
                    &r.at.to_rfc3339(),
                    &group,
                    &cell(&r.text),
                ])?;
            }
        }
    }
    for c in &export.aggregates {
        // All runs, then each group (`audience=experts`, `source=…`,
        // `rolle=buerger`) in the `participant` column.
        let groups = c
            .groups
            .iter()
            .map(|g| (format!("{}={}", g.by, g.value), &g.questions));
        for (group, questions) in std::iter::once((String::new(), &c.questions)).chain(groups) {
            let record = if group.is_empty() {
                "aggregate"
            } else {
                "aggregate-group"
            };
            for q in questions {
                for (value, number, percent) in aggregate_cells(q) {
                    w.write_record([
                        record,
                        &c.consultation,
                        &group,
                        q.question(),
                        &value,
                        &number,
                        "",
                        &percent,
                        "",
                    ])?;
                }
            }
        }
    }
    w.flush()?;
    Ok(())
}

/// (value, number, percent) cells of one question's aggregate rows.
fn aggregate_cells(q: &QuestionStats) -> Vec<(String, String, String)> {
    let n = |v: usize| v.to_string();
    let num = |v: Option<f64>| v.map(format_number).unwrap_or_default();
    let (answered, skipped) = q.counts();
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
        QuestionStats::Ranking { options, .. } => {
            for o in options {
                let place = o.mean_place.map(|m| format!("{m:.2}")).unwrap_or_default();
                rows.push((format!("{} mean place", o.option), place, String::new()));
                rows.push((format!("{} first", o.option), n(o.first), String::new()));
            }
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
