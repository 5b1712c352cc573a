//! Consultation definitions: the model, loading from `consultations/*.toml`,
//! and validation that names file and line for every problem.
//!
//! Texts are not in the TOML: each one is a Fluent message whose id follows
//! from the consultation and question ids (see [`Consultation::question_text`]
//! and friends), with translations in `locales/<lang>/consultation-<id>.ftl`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use toml::Spanned;

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

/// Settings of the idea submission step ("Ideenwettbewerb").
#[derive(Debug, Clone, PartialEq)]
pub struct IdeaSettings {
    /// Fields of action an idea is filed under.
    pub fields: Vec<String>,
    /// Most characters in a title.
    pub title_max: usize,
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
    /// Index of the question with this id.
    pub fn position(&self, question: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == question)
    }

    /// Whether question `q` is asked, given the answers so far.
    pub fn is_asked(&self, q: &Question, answers: &BTreeMap<String, Answer>) -> bool {
        q.condition
            .as_ref()
            .is_none_or(|c| c.holds(answers.get(&c.question)))
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
        let source = match fs::read_to_string(&file) {
            Ok(s) => s,
            Err(e) => {
                errors.push(FileError::file(&file, format!("cannot read: {e}")));
                continue;
            }
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    id: Spanned<String>,
    opens: Option<Spanned<toml::value::Datetime>>,
    closes: Option<Spanned<toml::value::Datetime>>,
    results: Option<String>,
    #[serde(default, rename = "question")]
    questions: Vec<RawQuestion>,
    ideas: Option<Spanned<RawIdeas>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    #[serde(rename = "type")]
    kind: Spanned<String>,
    options: Option<Vec<String>>,
    min: Option<f64>,
    max: Option<f64>,
    max_length: Option<usize>,
    integer: Option<bool>,
    /// Offer "other: ___" (single and multi).
    other: Option<bool>,
    #[serde(default)]
    optional: bool,
    when: Option<Spanned<RawCondition>>,
}

/// The kind of one question and its limits; problems go to `err`.
fn parse_kind(rq: &RawQuestion, err: &mut dyn FnMut(usize, String)) -> Option<Kind> {
    let qid = rq.id.get_ref();
    let at = rq.id.span().start;
    let other = rq.other.unwrap_or(false);
    if other && !matches!(rq.kind.get_ref().as_str(), "single" | "multi") {
        err(
            at,
            format!("'other' of '{qid}' applies to single and multi questions only"),
        );
    }
    if other && rq.options.iter().flatten().any(|o| o == "other") {
        err(
            at,
            format!("question '{qid}' offers 'other': no option may be called 'other'"),
        );
    }
    let options = rq.options.clone();
    let check_options =
        |err: &mut dyn FnMut(usize, String), options: &Option<Vec<String>>| -> Vec<String> {
            let Some(options) = options else {
                err(at, format!("question '{qid}' needs 'options'"));
                return Vec::new();
            };
            if options.len() < 2 {
                err(at, format!("question '{qid}' needs at least two options"));
            }
            let mut seen = BTreeSet::new();
            for o in options {
                if !is_slug(o) {
                    err(
                        at,
                        format!(
                        "option '{o}' of '{qid}' must be lowercase letters, digits, '-' and '_'"
                    ),
                    );
                }
                if !seen.insert(o) {
                    err(at, format!("option '{o}' of '{qid}' is listed twice"));
                }
            }
            options.clone()
        };
    let kind_at = rq.kind.span().start;
    let unexpected = |err: &mut dyn FnMut(usize, String), name: &str, present: bool| {
        if present {
            err(
                kind_at,
                format!(
                    "'{name}' does not apply to a question of type '{}'",
                    rq.kind.get_ref()
                ),
            );
        }
    };
    let whole = |err: &mut dyn FnMut(usize, String), name: &str, v: Option<f64>| -> Option<i64> {
        v.and_then(|v| {
            if v.fract() == 0.0 && v.abs() < 1e12 {
                Some(v as i64)
            } else {
                err(at, format!("'{name}' of '{qid}' must be a whole number"));
                None
            }
        })
    };
    let kind = match rq.kind.get_ref().as_str() {
        "single" => {
            unexpected(err, "min", rq.min.is_some());
            unexpected(err, "max", rq.max.is_some());
            unexpected(err, "max_length", rq.max_length.is_some());
            unexpected(err, "integer", rq.integer.is_some());
            Kind::Single {
                options: check_options(err, &options),
                other,
            }
        }
        "multi" => {
            unexpected(err, "max_length", rq.max_length.is_some());
            unexpected(err, "integer", rq.integer.is_some());
            let options = check_options(err, &options);
            let min = whole(err, "min", rq.min).unwrap_or(1);
            let choices = options.len() + usize::from(other);
            let max = whole(err, "max", rq.max).unwrap_or(choices as i64);
            if min < 0 || max < 1 || min > max || max as usize > choices {
                err(
                    at,
                    format!(
                        "question '{qid}': need 0 <= min <= max <= number of options ({choices}, 'other' counts as one)"
                    ),
                );
            }
            Kind::Multi {
                options,
                min: min.max(0) as usize,
                max: max.max(1) as usize,
                other,
            }
        }
        "ranking" => {
            for (name, present) in [
                ("min", rq.min.is_some()),
                ("max", rq.max.is_some()),
                ("max_length", rq.max_length.is_some()),
                ("integer", rq.integer.is_some()),
            ] {
                unexpected(err, name, present);
            }
            let options = check_options(err, &options);
            if options.len() > 10 {
                err(at, format!("ranking '{qid}': at most 10 options"));
            }
            Kind::Ranking { options }
        }
        "scale" => {
            unexpected(err, "options", options.is_some());
            unexpected(err, "max_length", rq.max_length.is_some());
            unexpected(err, "integer", rq.integer.is_some());
            let min = whole(err, "min", rq.min).unwrap_or(1);
            let max = whole(err, "max", rq.max).unwrap_or(5);
            if min >= max || max - min > 10 {
                err(
                    at,
                    format!("scale '{qid}': need min < max and at most 11 steps"),
                );
            }
            Kind::Scale { min, max }
        }
        "yesno" => {
            for (name, present) in [
                ("options", options.is_some()),
                ("min", rq.min.is_some()),
                ("max", rq.max.is_some()),
                ("max_length", rq.max_length.is_some()),
                ("integer", rq.integer.is_some()),
            ] {
                unexpected(err, name, present);
            }
            Kind::YesNo
        }
        "text" => {
            unexpected(err, "options", options.is_some());
            unexpected(err, "min", rq.min.is_some());
            unexpected(err, "max", rq.max.is_some());
            unexpected(err, "integer", rq.integer.is_some());
            let max_length = rq.max_length.unwrap_or(1000);
            if max_length == 0 || max_length > 4000 {
                err(at, format!("text '{qid}': max_length must be 1 to 4000"));
            }
            Kind::Text { max_length }
        }
        "number" => {
            unexpected(err, "options", options.is_some());
            unexpected(err, "max_length", rq.max_length.is_some());
            if let (Some(a), Some(b)) = (rq.min, rq.max) {
                if a > b {
                    err(at, format!("number '{qid}': min is greater than max"));
                }
            }
            Kind::Number {
                min: rq.min,
                max: rq.max,
                integer: rq.integer.unwrap_or(false),
            }
        }
        other => {
            err(
                kind_at,
                format!("unknown question type '{other}' (known: single, multi, ranking, scale, yesno, text, number)"),
            );
            return None;
        }
    };
    Some(kind)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    question: String,
    equals: Option<String>,
    includes: Option<String>,
    at_least: Option<f64>,
    at_most: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIdeas {
    fields: Vec<String>,
    title_max: Option<usize>,
    description_max: Option<usize>,
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && s.starts_with(|c: char| c.is_ascii_lowercase())
}

fn to_instant(dt: &toml::value::Datetime) -> Result<DateTime<Utc>, String> {
    let s = dt.to_string();
    if let Ok(t) = DateTime::parse_from_rfc3339(&s) {
        return Ok(t.with_timezone(&Utc));
    }
    if let Ok(d) = NaiveDate::parse_from_str(&s, "%Y-%m-%d") {
        if let Some(t) = d.and_hms_opt(0, 0, 0) {
            return Ok(t.and_utc());
        }
    }
    Err(format!(
        "'{s}' is not a date (2026-01-31) or a date-time with offset (2026-01-31T18:00:00+01:00)"
    ))
}

/// Parses and validates one consultation file.
pub fn parse(file: &Path, source: &str) -> Result<Consultation, Vec<FileError>> {
    let raw: RawFile = toml::from_str(source).map_err(|e| {
        let offset = e.span().map(|s| s.start).unwrap_or(0);
        vec![FileError::at(file, source, offset, e.message().to_owned())]
    })?;
    let mut errors = Vec::new();
    let mut err =
        |offset: usize, msg: String| errors.push(FileError::at(file, source, offset, msg));

    let id = raw.id.get_ref().clone();
    if !is_slug(&id) {
        err(
            raw.id.span().start,
            format!(
                "consultation id '{id}' must be lowercase letters, digits and '-' (at most 40)"
            ),
        );
    }
    let mut window = [None, None];
    for (slot, value) in window.iter_mut().zip([&raw.opens, &raw.closes]) {
        if let Some(v) = value {
            match to_instant(v.get_ref()) {
                Ok(t) => *slot = Some(t),
                Err(m) => err(v.span().start, m),
            }
        }
    }
    let [opens, closes] = window;
    if let (Some(o), Some(c), Some(span)) = (opens, closes, raw.closes.as_ref().map(|c| c.span())) {
        if c <= o {
            err(span.start, "'closes' must be after 'opens'".to_owned());
        }
    }
    if raw.questions.is_empty() {
        err(
            0,
            "a consultation needs at least one [[question]]".to_owned(),
        );
    }

    let mut questions: Vec<Question> = Vec::new();
    let mut lines = BTreeMap::new();
    for rq in &raw.questions {
        let qid = rq.id.get_ref().clone();
        let at = rq.id.span().start;
        if !is_slug(&qid) {
            err(
                at,
                format!("question id '{qid}' must be lowercase letters, digits, '-' and '_'"),
            );
        }
        if questions.iter().any(|q| q.id == qid) {
            err(at, format!("question id '{qid}' is used twice"));
        }
        let Some(kind) = parse_kind(rq, &mut err) else {
            continue;
        };
        let condition = rq.when.as_ref().and_then(|w| {
            let wat = w.span().start;
            let c = w.get_ref();
            let Some(target) = questions.iter().find(|q| q.id == c.question) else {
                err(
                    wat,
                    format!("condition of '{qid}' refers to '{}', which is not an earlier question", c.question),
                );
                return None;
            };
            let tests: Vec<Test> = [
                c.equals.clone().map(Test::Equals),
                c.includes.clone().map(Test::Includes),
                c.at_least.map(Test::AtLeast),
                c.at_most.map(Test::AtMost),
            ]
            .into_iter()
            .flatten()
            .collect();
            let [test] = <[Test; 1]>::try_from(tests).map_err(|_| ()).ok().or_else(|| {
                err(wat, format!("condition of '{qid}' needs exactly one of equals, includes, at_least, at_most"));
                None
            })?;
            let fits = match (&target.kind, &test) {
                (Kind::Single { options, .. }, Test::Equals(v)) | (Kind::Multi { options, .. }, Test::Includes(v)) => {
                    options.contains(v)
                }
                (Kind::YesNo, Test::Equals(v)) => v == "yes" || v == "no",
                (Kind::Scale { .. } | Kind::Number { .. }, Test::AtLeast(_) | Test::AtMost(_)) => true,
                _ => false,
            };
            if !fits {
                err(
                    wat,
                    format!(
                        "condition of '{qid}' does not fit question '{}' (equals an option for single/yesno, includes for multi, at_least/at_most for scale/number)",
                        c.question
                    ),
                );
                return None;
            }
            Some(Condition {
                question: c.question.clone(),
                test,
            })
        });
        lines.insert(qid.clone(), crate::error::line_of(source, at));
        questions.push(Question {
            id: qid,
            kind,
            optional: rq.optional,
            condition,
        });
    }

    let ideas = raw.ideas.as_ref().map(|ri| {
        let at = ri.span().start;
        let r = ri.get_ref();
        if r.fields.is_empty() {
            err(
                at,
                "[ideas] needs at least one field of action in 'fields'".to_owned(),
            );
        }
        let mut seen = BTreeSet::new();
        for f in &r.fields {
            if !is_slug(f) || !seen.insert(f) {
                err(
                    at,
                    format!(
                        "field '{f}' must be a unique slug (lowercase letters, digits, '-', '_')"
                    ),
                );
            }
        }
        IdeaSettings {
            fields: r.fields.clone(),
            title_max: r.title_max.unwrap_or(120).clamp(10, 500),
            description_max: r.description_max.unwrap_or(2000).clamp(50, 4000),
        }
    });

    if errors.is_empty() {
        Ok(Consultation {
            id,
            file: file.to_owned(),
            opens,
            closes,
            results: raw.results.filter(|r| !r.trim().is_empty()),
            questions,
            ideas,
            lines,
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(source: &str) -> String {
        match parse(Path::new("c.toml"), source) {
            Ok(_) => panic!("should be refused:\n{source}"),
            Err(e) => FileErrors(e).to_string(),
        }
    }

    #[test]
    fn the_example_consultation_loads_and_has_every_question_type() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../consultations");
        let all = load_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
        let c = &all[0];
        let kinds: BTreeSet<&str> = c
            .questions
            .iter()
            .map(|q| match q.kind {
                Kind::Single { .. } => "single",
                Kind::Multi { .. } => "multi",
                Kind::Scale { .. } => "scale",
                Kind::YesNo => "yesno",
                Kind::Text { .. } => "text",
                Kind::Number { .. } => "number",
                Kind::Ranking { .. } => "ranking",
            })
            .collect();
        assert_eq!(kinds.len(), 7, "{kinds:?}");
        assert!(c
            .questions
            .iter()
            .any(|q| matches!(q.kind, Kind::Single { other: true, .. })));
        assert!(c
            .questions
            .iter()
            .any(|q| matches!(q.kind, Kind::Multi { other: true, .. })));
        assert!((8..=12).contains(&c.questions.len()));
        assert_eq!(c.ideas.as_ref().map(|i| i.fields.len()), Some(3));
        let locales =
            Locales::load(&dir.join("../locales"), "de").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.check_texts(&locales), vec![]);
    }

    #[test]
    fn unknown_type_is_named_with_line() {
        let e = errors("id = \"x\"\n\n[[question]]\nid = \"a\"\ntype = \"slider\"\n");
        assert!(
            e.contains("c.toml:5: unknown question type 'slider'"),
            "{e}"
        );
    }

    #[test]
    fn condition_on_unknown_or_later_question_is_refused() {
        let e = errors(
            "id = \"x\"\n[[question]]\nid = \"a\"\ntype = \"yesno\"\nwhen = { question = \"b\", equals = \"yes\" }\n[[question]]\nid = \"b\"\ntype = \"yesno\"\n",
        );
        assert!(
            e.contains("c.toml:5: condition of 'a' refers to 'b'"),
            "{e}"
        );
    }

    #[test]
    fn condition_must_fit_the_question_type() {
        let e = errors(
            "id = \"x\"\n[[question]]\nid = \"a\"\ntype = \"yesno\"\n[[question]]\nid = \"b\"\ntype = \"text\"\nwhen = { question = \"a\", at_least = 3 }\n",
        );
        assert!(e.contains("does not fit question 'a'"), "{e}");
    }

    #[test]
    fn duplicate_question_ids_and_bad_limits_are_refused() {
        let e = errors(
            "id = \"x\"\n[[question]]\nid = \"a\"\ntype = \"yesno\"\n[[question]]\nid = \"a\"\ntype = \"multi\"\noptions = [\"p\", \"q\"]\nmax = 3\n",
        );
        assert!(e.contains("c.toml:6: question id 'a' is used twice"), "{e}");
        assert!(e.contains("min <= max <= number of options (2,"), "{e}");
    }

    #[test]
    fn syntax_and_unknown_keys_are_reported_with_line() {
        let e = errors("id = \"x\"\n[[question]]\nid = \"a\"\ntype = \"yesno\"\ncolour = 1\n");
        assert!(e.contains("c.toml:5: unknown field `colour`"), "{e}");
    }

    #[test]
    fn duplicate_consultation_ids_across_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let body = "id = \"x\"\n[[question]]\nid = \"a\"\ntype = \"yesno\"\n";
        fs::write(dir.path().join("a.toml"), body).unwrap();
        fs::write(dir.path().join("b.toml"), body).unwrap();
        let e = load_dir(dir.path()).expect_err("must fail").to_string();
        assert!(
            e.contains("b.toml:1: consultation id 'x' is already used by"),
            "{e}"
        );
    }

    #[test]
    fn conditions_evaluate_against_answers() {
        let c = Condition {
            question: "a".into(),
            test: Test::AtLeast(4.0),
        };
        assert!(!c.holds(None));
        assert!(c.holds(Some(&Answer::Number(4.0))));
        assert!(!c.holds(Some(&Answer::Number(3.5))));
        assert!(!c.holds(Some(&Answer::Skipped)));
        let inc = Condition {
            question: "m".into(),
            test: Test::Includes("p".into()),
        };
        assert!(inc.holds(Some(&Answer::Choices(vec!["q".into(), "p".into()]))));
        assert!(!inc.holds(Some(&Answer::Choice("p".into()))));
    }
}
