//! Consultation definitions: the model, loading from `consultations/*.toml`,
//! and validation that names file and line for every problem.
//!
//! Texts are not in the TOML: each one is a Fluent message whose id follows
//! from the consultation and question ids (see [`Consultation::question_text`]
//! and friends), with translations in `locales/<lang>/consultation-<id>.ftl`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{FileError, FileErrors};
use crate::locales::Locales;

/// One consultation: its window and the questions asked, in order.
#[derive(Debug, Clone)]
pub struct Consultation {
    /// Stable id, used in deep links, exports and message ids.
    pub id: String,
    /// The file it was loaded from, for error messages.
    pub file: PathBuf,
    /// Not open before this instant.
    pub opens: Option<DateTime<Utc>>,
    /// Not open from this instant on.
    pub closes: Option<DateTime<Utc>>,
    /// Where the results will be published (a web address), told to
    /// citizens who come after the close.
    pub results: Option<String>,
    /// The questions, in the order they are asked.
    pub questions: Vec<Question>,
    /// The idea submission step, if the consultation collects ideas.
    pub ideas: Option<IdeaSettings>,
    /// The process in phases, in time order (none: everything open while
    /// the consultation is).
    pub phases: Vec<Phase>,
    /// Open only to these audiences (empty: the public too), e.g. invited
    /// experts or the ministry's own staff.
    pub audience: Vec<String>,
    /// Questions whose figures `/results` shows once staff release them.
    pub result_questions: Vec<String>,
    /// A choice question whose answers split the analysis into groups
    /// (e.g. the role), besides audience and source.
    pub compare_by: Option<String>,
    /// Line of each question's id, for errors found after parsing.
    lines: BTreeMap<String, usize>,
}

/// One question of a consultation.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Unique within the consultation; part of its message ids.
    pub id: String,
    /// What kind of answer it takes.
    pub kind: Kind,
    /// Whether the citizen may skip it.
    pub optional: bool,
    /// Asked only when this holds for earlier answers.
    pub condition: Option<Condition>,
    /// Asked only of these audiences (empty: everyone).
    pub audience: Vec<String>,
}

/// The answer a question takes, with its limits.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Exactly one of the options.
    Single {
        /// Option ids.
        options: Vec<String>,
        /// "Other: ___" is offered: a short text instead of an option.
        other: bool,
    },
    /// Between `min` and `max` of the options.
    Multi {
        /// Option ids.
        options: Vec<String>,
        /// Fewest selections.
        min: usize,
        /// Most selections ("other" counts as one).
        max: usize,
        /// "Other: ___" is offered besides the options.
        other: bool,
    },
    /// All options in the citizen's order, best first.
    Ranking {
        /// Option ids.
        options: Vec<String>,
    },
    /// A whole number from `min` to `max`, with labelled ends.
    Scale {
        /// Lowest value.
        min: i64,
        /// Highest value.
        max: i64,
    },
    /// Yes or no.
    YesNo,
    /// Free text up to `max_length` characters.
    Text {
        /// Most characters accepted.
        max_length: usize,
    },
    /// A number within an optional range.
    Number {
        /// Smallest value accepted.
        min: Option<f64>,
        /// Largest value accepted.
        max: Option<f64>,
        /// Whether only whole numbers are accepted.
        integer: bool,
    },
}

/// "Show only if …": a test on one earlier answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    /// The earlier question.
    pub question: String,
    /// What its answer must satisfy.
    pub test: Test,
}

/// The tests a condition can make.
#[derive(Debug, Clone, PartialEq)]
pub enum Test {
    /// A single choice (or yes/no: `yes`, `no`) equals this option.
    Equals(String),
    /// A multiple choice includes this option.
    Includes(String),
    /// A scale or number is at least this.
    AtLeast(f64),
    /// A scale or number is at most this.
    AtMost(f64),
}

impl Question {
    /// Whether it is for someone in `audiences` (its audience limit only).
    pub fn reaches(&self, audiences: &BTreeSet<String>) -> bool {
        reaches(&self.audience, audiences)
    }
}

/// Whether content limited to `wanted` (empty: everyone) reaches someone
/// in `audiences`.
fn reaches(wanted: &[String], audiences: &BTreeSet<String>) -> bool {
    wanted.is_empty() || wanted.iter().any(|a| audiences.contains(a))
}

/// One phase of the process (ideas collected, jury, workshops, results):
/// from `starts` until the next phase starts, what is open then.
#[derive(Debug, Clone, PartialEq)]
pub struct Phase {
    /// Unique within the consultation; part of its message id.
    pub id: String,
    /// When it begins.
    pub starts: DateTime<Utc>,
    /// What citizens and jurors may do in it.
    pub open: Vec<Activity>,
}

/// What a phase opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    /// Answering the questions.
    Answers,
    /// Submitting ideas.
    Ideas,
    /// Supporting published ideas.
    Supports,
    /// The jury rating ideas.
    Rating,
    /// `/results` shows results.
    Results,
}

impl Activity {
    /// The word in consultation files.
    pub fn parse(word: &str) -> Option<Activity> {
        Some(match word {
            "answers" => Activity::Answers,
            "ideas" => Activity::Ideas,
            "supports" => Activity::Supports,
            "rating" => Activity::Rating,
            "results" => Activity::Results,
            _ => return None,
        })
    }
}

/// One thing the jury rates an idea by (benefit, feasibility, …), on a
/// scale; the weight counts in the ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    /// Unique within the consultation; part of its message id.
    pub id: String,
    /// Lowest score.
    pub min: i64,
    /// Highest score.
    pub max: i64,
    /// Weight in the weighted mean.
    pub weight: f64,
}

/// Settings of the idea submission step ("Ideenwettbewerb").
#[derive(Debug, Clone, PartialEq)]
pub struct IdeaSettings {
    /// Fields of action an idea is filed under.
    pub fields: Vec<String>,
    /// Most characters in a title.
    pub title_max: usize,
    /// What the jury rates ideas by, in order (none: no rating).
    pub criteria: Vec<Criterion>,
    /// Invited groups whose members review published ideas (`/review`) by
    /// the same criteria, with a text.
    pub reviewers: Vec<String>,
    /// Version of the terms of participation (`<id>-ideas-terms`); raising
    /// it asks everyone to accept them again with their next idea.
    pub terms_version: u32,
    /// Most characters in a description.
    pub description_max: usize,
}

/// A stored answer. Versioned with the participant record it lives in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// A single choice (option id), or `yes`/`no`.
    Choice(String),
    /// A multiple choice (option ids, in definition order).
    Choices(Vec<String>),
    /// A scale value or number.
    Number(f64),
    /// Free text.
    Text(String),
    /// A ranking: option ids, best first.
    Ranking(Vec<String>),
    /// "Other: ___": the citizen's own text, with the options ticked
    /// besides it (multiple choice; none for a single choice).
    Other {
        /// Options ticked besides (multiple choice).
        choices: Vec<String>,
        /// The citizen's own text.
        text: String,
    },
    /// The citizen skipped an optional question.
    Skipped,
}

impl Condition {
    /// Whether the condition holds for the referenced question's answer; an
    /// unanswered or skipped question never satisfies it.
    pub fn holds(&self, answer: Option<&Answer>) -> bool {
        match (answer, &self.test) {
            (Some(Answer::Choice(c)), Test::Equals(v)) => c == v,
            (Some(Answer::Choices(cs)), Test::Includes(v)) => cs.contains(v),
            (Some(Answer::Other { choices, .. }), Test::Includes(v)) => choices.contains(v),
            (Some(Answer::Number(n)), Test::AtLeast(v)) => n >= v,
            (Some(Answer::Number(n)), Test::AtMost(v)) => n <= v,
            _ => false,
        }
    }
}

impl Consultation {
    /// The phase in force at `now` and the one after it, if phases are set.
    pub fn phase_at(&self, now: DateTime<Utc>) -> (Option<&Phase>, Option<&Phase>) {
        let current = self.phases.iter().rev().find(|p| p.starts <= now);
        let next = self.phases.iter().find(|p| p.starts > now);
        (current, next)
    }

    /// Whether `activity` is open at `now` by the phases (always, without
    /// phases; never before the first phase).
    pub fn allows(&self, activity: Activity, now: DateTime<Utc>) -> bool {
        if self.phases.is_empty() {
            return activity != Activity::Results || self.results.is_some();
        }
        self.phase_at(now)
            .0
            .is_some_and(|p| p.open.contains(&activity))
    }

    /// Message id of what happens in a phase.
    pub fn phase_text(&self, phase: &str) -> String {
        format!("{}-phase-{}", self.id, phase)
    }

    /// Message id of the published results.
    pub fn results_text(&self) -> String {
        format!("{}-results", self.id)
    }

    /// Index of the question with this id.
    pub fn position(&self, question: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == question)
    }

    /// Whether question `q` is asked, given the answers so far.
    pub fn is_asked(
        &self,
        q: &Question,
        answers: &BTreeMap<String, Answer>,
        audiences: &BTreeSet<String>,
    ) -> bool {
        reaches(&q.audience, audiences)
            && q.condition
                .as_ref()
                .is_none_or(|c| c.holds(answers.get(&c.question)))
    }

    /// Whether someone in `audiences` may take part.
    pub fn open_to(&self, audiences: &BTreeSet<String>) -> bool {
        reaches(&self.audience, audiences)
    }

    /// Every audience this consultation names (for itself or a question).
    pub fn audiences(&self) -> BTreeSet<&str> {
        self.audience
            .iter()
            .chain(self.questions.iter().flat_map(|q| &q.audience))
            .chain(self.ideas.iter().flat_map(|i| &i.reviewers))
            .map(String::as_str)
            .collect()
    }

    /// The invited group of `audiences` that reviews this consultation's ideas
    /// for, if any.
    pub fn reviewer_group<'a>(&'a self, audiences: &BTreeSet<String>) -> Option<&'a str> {
        self.ideas
            .as_ref()?
            .reviewers
            .iter()
            .find(|a| audiences.contains(*a))
            .map(String::as_str)
    }

    /// Message id of the consultation's title.
    pub fn title_text(&self) -> String {
        format!("{}-title", self.id)
    }

    /// Message id of the consultation's introduction.
    pub fn intro_text(&self) -> String {
        format!("{}-intro", self.id)
    }

    /// Message id of a question.
    pub fn question_text(&self, q: &str) -> String {
        format!("{}-q-{}", self.id, q)
    }

    /// Message id of an option (`yes`/`no` of a yes/no question use the shared ones).
    pub fn option_text(&self, q: &str, option: &str) -> String {
        format!("{}-q-{}-{}", self.id, q, option)
    }

    /// Message id of a scale's low (`min`) or high (`max`) label.
    pub fn scale_label_text(&self, q: &str, end: &str) -> String {
        format!("{}-q-{}-{}", self.id, q, end)
    }

    /// Message id of a field of action.
    pub fn field_text(&self, field: &str) -> String {
        format!("{}-field-{}", self.id, field)
    }

    /// Message id of a rating criterion.
    pub fn criterion_text(&self, criterion: &str) -> String {
        format!("{}-criterion-{}", self.id, criterion)
    }

    /// Message id of the terms of participation in the idea competition
    /// (rights of use, publication, who decides).
    pub fn terms_text(&self) -> String {
        format!("{}-ideas-terms", self.id)
    }

    /// Every message id this consultation needs, with the line that needs it.
    fn message_ids(&self) -> Vec<(String, usize)> {
        let mut ids = vec![(self.title_text(), 1), (self.intro_text(), 1)];
        for q in &self.questions {
            let line = self.lines.get(&q.id).copied().unwrap_or(1);
            ids.push((self.question_text(&q.id), line));
            match &q.kind {
                Kind::Single { options, .. }
                | Kind::Multi { options, .. }
                | Kind::Ranking { options } => {
                    ids.extend(options.iter().map(|o| (self.option_text(&q.id, o), line)))
                }
                Kind::Scale { .. } => {
                    ids.push((self.scale_label_text(&q.id, "min"), line));
                    ids.push((self.scale_label_text(&q.id, "max"), line));
                }
                _ => {}
            }
        }
        if let Some(ideas) = &self.ideas {
            ids.extend(ideas.fields.iter().map(|f| (self.field_text(f), 1)));
            ids.push((self.terms_text(), 1));
            ids.extend(
                ideas
                    .criteria
                    .iter()
                    .map(|c| (self.criterion_text(&c.id), 1)),
            );
        }
        ids
    }

    /// Checks that every text of the consultation has a translation.
    pub fn check_texts(&self, locales: &Locales) -> Vec<FileError> {
        self.message_ids()
            .into_iter()
            .filter(|(id, _)| !locales.has(id))
            .map(|(id, line)| FileError {
                file: self.file.clone(),
                line: Some(line),
                message: format!(
                    "no translation for '{id}': add it to locales/{}/consultation-{}.ftl",
                    locales.default_language(),
                    self.id
                ),
            })
            .collect()
    }
}

/// Loads locales and consultations and checks that every text a
/// consultation needs exists: what the bot starts with and what `/admin
/// reload` swaps in. The error names every problem with file and line.
pub fn load_definitions(
    consultations_dir: &Path,
    locales_dir: &Path,
    default_language: &str,
) -> Result<(Vec<Consultation>, std::sync::Arc<Locales>), String> {
    let locales = Locales::load(locales_dir, default_language)
        .map_err(|e| format!("the locales are not usable: {e}"))?;
    let consultations = load_dir(consultations_dir)
        .map_err(|e| format!("the consultations are not usable: {e}"))?;
    let missing: Vec<String> = consultations
        .iter()
        .flat_map(|c| c.check_texts(&locales))
        .map(|e| e.to_string())
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "consultation texts are missing:\n{}",
            missing.join("\n")
        ));
    }
    Ok((consultations, std::sync::Arc::new(locales)))
}

/// Loads and validates every `*.toml` in `dir`, sorted by file name.
pub fn load_dir(dir: &Path) -> Result<Vec<Consultation>, FileErrors> {
    let entries = fs::read_dir(dir).map_err(|e| {
        FileErrors(vec![FileError::file(
            dir,
            format!("cannot read consultations directory: {e}"),
        )])
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut errors = Vec::new();
    let mut out: Vec<Consultation> = Vec::new();
    for file in files {
        let Some(source) = crate::error::read_text(&file, &mut errors) else {
            continue;
        };
        match parse(&file, &source) {
            Ok(c) => {
                if let Some(other) = out.iter().find(|o| o.id == c.id) {
                    errors.push(FileError::at(
                        &file,
                        &source,
                        0,
                        format!(
                            "consultation id '{}' is already used by {}",
                            c.id,
                            other.file.display()
                        ),
                    ));
                } else {
                    out.push(c);
                }
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    if out.is_empty() && errors.is_empty() {
        errors.push(FileError::file(dir, "no consultation files (*.toml) here"));
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(FileErrors(errors))
    }
}

mod parse;
#[cfg(test)]
mod tests;

pub use parse::parse;
