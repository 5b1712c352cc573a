//! Reading one consultation file: TOML into the model, with every
//! problem named by file and line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use toml::Spanned;

use super::*;
use crate::error::FileError;

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
    #[serde(default, rename = "phases")]
    phases: Vec<Spanned<RawPhase>>,
    #[serde(default)]
    result_questions: Vec<String>,
    #[serde(default)]
    compare_by: Option<String>,
    #[serde(default)]
    audience: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhase {
    id: String,
    starts: toml::value::Datetime,
    open: Vec<String>,
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
    #[serde(default)]
    audience: Vec<String>,
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
    terms_version: Option<u32>,
    #[serde(default)]
    criteria: Vec<RawCriterion>,
    #[serde(default)]
    reviewers: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCriterion {
    id: String,
    min: Option<i64>,
    max: Option<i64>,
    weight: Option<f64>,
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
            audience: rq.audience.clone(),
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
        let mut ids = BTreeSet::new();
        let criteria: Vec<Criterion> = r
            .criteria
            .iter()
            .map(|c| {
                let (min, max) = (c.min.unwrap_or(1), c.max.unwrap_or(5));
                let weight = c.weight.unwrap_or(1.0);
                if !is_slug(&c.id) || !ids.insert(&c.id) {
                    err(at, format!("criterion '{}' must be a unique slug", c.id));
                }
                if min >= max || max - min > 10 {
                    err(
                        at,
                        format!("criterion '{}': need min < max and at most 11 steps", c.id),
                    );
                }
                if !(weight > 0.0 && weight <= 100.0) {
                    err(
                        at,
                        format!("criterion '{}': weight must be above 0, at most 100", c.id),
                    );
                }
                Criterion {
                    id: c.id.clone(),
                    min,
                    max,
                    weight,
                }
            })
            .collect();
        for a in &r.reviewers {
            if !is_slug(a) || a == "public" || a == "staff" {
                err(
                    at,
                    format!("[ideas] reviewers: '{a}' must be an invited group (a slug, not public or staff)"),
                );
            }
        }
        if !r.reviewers.is_empty() && criteria.is_empty() {
            err(at, "[ideas] reviewers need [[ideas.criteria]] to review by".into());
        }
        IdeaSettings {
            criteria,
            reviewers: r.reviewers.clone(),
            fields: r.fields.clone(),
            title_max: r.title_max.unwrap_or(120).clamp(10, 500),
            description_max: r.description_max.unwrap_or(2000).clamp(50, 4000),
            terms_version: r.terms_version.unwrap_or(1),
        }
    });

    let mut phases: Vec<Phase> = Vec::new();
    for rp in &raw.phases {
        let at = rp.span().start;
        let r = rp.get_ref();
        if !is_slug(&r.id) || phases.iter().any(|p| p.id == r.id) {
            err(at, format!("phase '{}' must be a unique slug", r.id));
        }
        let starts = match to_instant(&r.starts) {
            Ok(t) => t,
            Err(m) => {
                err(at, m);
                continue;
            }
        };
        if phases.last().is_some_and(|p| p.starts >= starts) {
            err(
                at,
                format!("phase '{}' must start after the one before it", r.id),
            );
        }
        let open = r
            .open
            .iter()
            .filter_map(|w| {
                let activity = Activity::parse(w);
                if activity.is_none() {
                    err(at, format!("phase '{}': unknown '{w}' in 'open' (known: answers, ideas, supports, rating, results)", r.id));
                }
                activity
            })
            .collect();
        phases.push(Phase {
            id: r.id.clone(),
            starts,
            open,
        });
    }
    for a in raw
        .audience
        .iter()
        .chain(raw.questions.iter().flat_map(|q| &q.audience))
    {
        if !is_slug(a) || a == "public" {
            err(
                0,
                format!(
                    "audience '{a}' must be a slug other than 'public' (everyone is the public)"
                ),
            );
        }
    }
    for q in &raw.result_questions {
        if !questions.iter().any(|x| x.id == *q) {
            err(
                0,
                format!("result_questions: '{q}' is no question of this consultation"),
            );
        }
    }
    if let Some(q) = &raw.compare_by {
        let choice = questions.iter().find(|x| x.id == *q).is_some_and(|x| {
            matches!(
                x.kind,
                Kind::Single { .. } | Kind::Multi { .. } | Kind::YesNo | Kind::Scale { .. }
            )
        });
        if !choice {
            err(
                0,
                format!(
                    "compare_by: '{q}' is no choice, yes/no or scale question of this consultation"
                ),
            );
        }
    }

    if errors.is_empty() {
        Ok(Consultation {
            id,
            file: file.to_owned(),
            opens,
            closes,
            results: raw.results.filter(|r| !r.trim().is_empty()),
            questions,
            ideas,
            phases,
            audience: raw.audience.clone(),
            result_questions: raw.result_questions.clone(),
            compare_by: raw.compare_by.clone(),
            lines,
        })
    } else {
        Err(errors)
    }
}
