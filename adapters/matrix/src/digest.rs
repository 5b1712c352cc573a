//! Staff digests in the staff room: what is new since the last one, on a
//! schedule and on `!digest`, as a message (plain and HTML) plus a CSV file
//! of the period. The time of the last digest is stored, so a restart sends
//! no duplicate and a digest missed while the bot was down goes out once,
//! covering the whole gap.

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Deserialize;

use bot_core::export::{self, Export};
use bot_core::schedule::{time_zone, Schedule};
use bot_core::stats::{ConsultationStats, QuestionStats};
use bot_core::text::shorten;
use bot_core::{Engine, Locales, Text};

use crate::format::{defuse, escape_html};

/// `[digest]` in the configuration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DigestConfig {
    /// The staff room (id or alias) the bot is invited to.
    pub room: String,
    /// `daily 08:00`, `weekly mon 08:00` or `every 6h`.
    #[serde(default = "default_schedule")]
    pub schedule: String,
    /// IANA time zone of the schedule and of times in the digest.
    #[serde(default = "default_timezone")]
    pub timezone: String,
    /// Language of the digest (default: the bot's default language).
    #[serde(default)]
    pub language: Option<String>,
    /// Whether to send a one-line digest when nothing happened.
    #[serde(default = "default_true")]
    pub send_empty: bool,
}

fn default_schedule() -> String {
    "daily 08:00".into()
}
fn default_timezone() -> String {
    "Europe/Berlin".into()
}
fn default_true() -> bool {
    true
}

impl DigestConfig {
    /// The parsed schedule and time zone, or what is wrong with them.
    pub fn parsed(&self) -> Result<(Schedule, Tz), String> {
        let schedule = self
            .schedule
            .parse::<Schedule>()
            .map_err(|e| format!("[digest] {e}"))?;
        let tz = time_zone(&self.timezone).map_err(|e| format!("[digest] timezone {e}"))?;
        Ok((schedule, tz))
    }
}

/// Store key of the last scheduled digest's end.
pub const LAST_KEY: &str = "digest:last";

/// Longest message part we send (Matrix events are limited to 64 KiB).
const PART_LIMIT: usize = 24_000;

/// A rendered digest: message parts (plain, HTML) and the CSV of the period.
pub struct Rendered {
    /// Message parts, each within the size limit, never cut mid-entry.
    pub parts: Vec<(String, String)>,
    /// The CSV file, unless nothing happened.
    pub csv: Option<Vec<u8>>,
}

fn bar(percent: f64) -> String {
    let full = ((percent / 10.0).round() as usize).min(10);
    format!("{}{}", "█".repeat(full), "░".repeat(10 - full))
}

fn number(n: f64) -> String {
    bot_core::engine::format_number((n * 10.0).round() / 10.0)
}

/// One entry: a plain line and its HTML.
struct Entry {
    plain: String,
    html: String,
}

/// Builds the digest for the period after `since` up to `until`.
pub fn render(
    engine: &Engine,
    lang: &str,
    tz: Tz,
    since: Option<DateTime<Utc>>,
    until: DateTime<Utc>,
    send_empty: bool,
) -> Result<Option<Rendered>, bot_core::StoreError> {
    let locales = engine.locales();
    let consultations = engine.consultations();
    let t = |text: Text| locales.render(lang, &text);
    let time = |at: DateTime<Utc>| at.with_timezone(&tz).format("%d.%m.%Y %H:%M").to_string();
    let data: Export = export::collect(&*engine.store(), &consultations, None, since, until)?;
    let nothing = data.runs.is_empty() && data.answers.is_empty() && data.ideas.is_empty();
    let from = since.map(time).unwrap_or_else(|| "–".into());
    let title = t(Text::new("digest-title")
        .arg("from", from.clone())
        .arg("to", time(until)));
    if nothing {
        if !send_empty {
            return Ok(None);
        }
        let line = t(Text::new("digest-nothing").arg("from", from));
        return Ok(Some(Rendered {
            parts: vec![(
                format!("{title}\n{line}"),
                format!("<b>{}</b><br>{}", escape_html(&title), escape_html(&line)),
            )],
            csv: None,
        }));
    }
    // Sections per consultation, each a list of entries.
    let mut sections: Vec<(String, Vec<Entry>)> = Vec::new();
    for stats in &data.aggregates {
        let Some(c) = consultations.iter().find(|c| c.id == stats.consultation) else {
            continue;
        };
        sections.push((
            t(Text::new(c.title_text())),
            entries(&locales, lang, c, stats, &time),
        ));
    }
    let mut parts = Vec::new();
    let mut plain = format!("{title}\n");
    let mut html = format!("<h3>{}</h3>", escape_html(&title));
    for (heading, list) in sections {
        let head_plain = format!("\n{heading}\n");
        let head_html = format!("<h4>{}</h4>", escape_html(&heading));
        if plain.len() + head_plain.len() > PART_LIMIT {
            parts.push((std::mem::take(&mut plain), std::mem::take(&mut html)));
        }
        plain.push_str(&head_plain);
        html.push_str(&head_html);
        html.push_str("<ul>");
        for e in list {
            if plain.len() + e.plain.len() > PART_LIMIT {
                html.push_str("</ul>");
                parts.push((std::mem::take(&mut plain), std::mem::take(&mut html)));
                html.push_str("<ul>");
            }
            plain.push_str(&e.plain);
            plain.push('\n');
            html.push_str(&format!("<li>{}</li>", e.html));
        }
        html.push_str("</ul>");
    }
    let file_line = t(Text::new("digest-file"));
    plain.push_str(&format!("\n{file_line}"));
    html.push_str(&format!("<p>{}</p>", escape_html(&file_line)));
    parts.push((plain, html));
    // For staff who open it in (German) Excel.
    let mut csv = Vec::new();
    if let Err(e) = export::write_csv(&data, &mut csv, true) {
        tracing::error!(error = %e, "cannot write the digest CSV");
    }
    Ok(Some(Rendered {
        parts,
        csv: Some(csv),
    }))
}

fn entries(
    locales: &Locales,
    lang: &str,
    c: &bot_core::consultation::Consultation,
    stats: &ConsultationStats,
    time: &dyn Fn(DateTime<Utc>) -> String,
) -> Vec<Entry> {
    let t = |text: Text| locales.render(lang, &text);
    let plain_entry = |plain: String| Entry {
        html: escape_html(&plain),
        plain,
    };
    let mut out = vec![plain_entry(t(Text::new("digest-runs")
        .num("started", stats.period.started as f64)
        .num("completed", stats.period.completed as f64)
        .num("totalStarted", stats.total.started as f64)
        .num("totalCompleted", stats.total.completed as f64)
        .arg("rate", number(stats.total.completion_rate))))];
    if !stats.sources.is_empty() {
        let list = stats
            .sources
            .iter()
            .map(|(source, runs)| format!("{source} {runs}"))
            .collect::<Vec<_>>()
            .join(", ");
        out.push(plain_entry(
            t(Text::new("digest-sources").arg("list", list)),
        ));
    }
    for q in &stats.questions {
        let qid = q.question();
        let (answered, skipped) = q.counts();
        let question = t(Text::new(c.question_text(qid)));
        let head = t(Text::new("digest-answered")
            .num("answered", answered as f64)
            .num("skipped", skipped as f64));
        let mut plain = format!("{question} ({head})");
        let mut html = format!("<b>{}</b> ({})", escape_html(&question), escape_html(&head));
        // Citizens' own words: shortened, defused, escaped.
        let quote = |plain: &mut String, html: &mut String, texts: &[String]| {
            for text in texts {
                let text = defuse(&shorten(text, 280));
                plain.push_str(&format!("\n    » {text}"));
                html.push_str(&format!("<br>» <i>{}</i>", escape_html(&text)));
            }
        };
        match q {
            QuestionStats::Choice {
                options,
                other_texts,
                ..
            }
            | QuestionStats::Multi {
                options,
                other_texts,
                ..
            } => {
                for o in options {
                    let label = t(bot_core::stats::option_label(c, qid, &o.option));
                    let line = format!(
                        "{} {} {} % ({})",
                        bar(o.percent),
                        label,
                        number(o.percent),
                        o.count
                    );
                    plain.push_str(&format!("\n    {line}"));
                    html.push_str(&format!(
                        "<br><code>{}</code> {} {} % ({})",
                        bar(o.percent),
                        escape_html(&label),
                        number(o.percent),
                        o.count
                    ));
                }
                quote(&mut plain, &mut html, other_texts);
            }
            QuestionStats::Ranking { options, .. } => {
                for (i, o) in options.iter().enumerate() {
                    let line = t(Text::new("digest-ranked")
                        .num("place", (i + 1) as f64)
                        .text("label", Text::new(c.option_text(qid, &o.option)))
                        .arg(
                            "mean",
                            o.mean_place.map(number).unwrap_or_else(|| "–".into()),
                        )
                        .num("first", o.first as f64));
                    plain.push_str(&format!("\n    {line}"));
                    html.push_str(&format!("<br>{}", escape_html(&line)));
                }
            }
            QuestionStats::Number { mean, median, .. } => {
                let line = t(Text::new("digest-number")
                    .arg("mean", mean.map(number).unwrap_or_else(|| "–".into()))
                    .arg("median", median.map(number).unwrap_or_else(|| "–".into())));
                plain.push_str(&format!("\n    {line}"));
                html.push_str(&format!("<br>{}", escape_html(&line)));
            }
            QuestionStats::Text { newest, .. } => quote(&mut plain, &mut html, newest),
        }
        out.push(Entry { plain, html });
    }
    out.push(plain_entry(t(
        Text::new("digest-ideas-new").num("count", stats.new_ideas.len() as f64)
    )));
    for idea in &stats.new_ideas {
        let field = t(Text::new(c.field_text(&idea.field)));
        let line = t(Text::new("digest-idea")
            .arg("id", &idea.id)
            .arg("title", defuse(&shorten(&idea.title, 200)))
            .arg("field", field)
            .arg("time", time(idea.submitted_at))
            .arg("author", &idea.author));
        out.push(plain_entry(line));
    }
    if !stats.new_reviews.is_empty() {
        out.push(plain_entry(t(
            Text::new("digest-reviews-new").num("count", stats.new_reviews.len() as f64)
        )));
    }
    for r in &stats.new_reviews {
        let scores = r
            .scores
            .iter()
            .map(|(k, v)| format!("{} {v}", t(Text::new(c.criterion_text(k)))))
            .collect::<Vec<_>>()
            .join(", ");
        out.push(plain_entry(t(Text::new("digest-review")
            .arg("id", &r.idea)
            .arg("title", defuse(&shorten(&r.title, 200)))
            .arg("audience", &r.audience)
            .arg("scores", scores)
            .arg("text", defuse(&shorten(&r.text, 280))))));
    }
    // Groups that differ from everyone (a group of all runs says nothing new).
    for g in stats.groups.iter().filter(|g| g.runs < stats.total.started) {
        let (by, value) = match g.by.as_str() {
            "audience" => (t(Text::new("digest-by-audience")), g.value.clone()),
            "source" => (t(Text::new("digest-by-source")), g.value.clone()),
            q => (
                t(Text::new(c.question_text(q))),
                t(bot_core::stats::option_label(c, q, &g.value)),
            ),
        };
        let mut plain = t(Text::new("digest-group")
            .arg("by", by)
            .arg("value", value)
            .num("runs", g.runs as f64));
        for q in &g.questions {
            if let Some(line) = summary(locales, lang, c, q) {
                plain.push_str(&format!("\n    {line}"));
            }
        }
        out.push(plain_entry(plain));
    }
    if !stats.jury_ranking.is_empty() {
        out.push(plain_entry(t(Text::new("digest-jury"))));
        for (place, idea) in stats.jury_ranking.iter().enumerate() {
            out.push(plain_entry(t(Text::new("admin-ranked-line")
                .num("place", (place + 1) as f64)
                .arg("id", &idea.id)
                .arg("title", defuse(&shorten(&idea.title, 200)))
                .arg("score", format!("{:.0}", idea.score.mean))
                .num("ratings", idea.score.ratings as f64)
                .arg("spread", format!("{:.0}", idea.score.spread)))));
        }
    }
    if !stats.most_supported.is_empty() {
        out.push(plain_entry(t(Text::new("digest-most-supported"))));
        for idea in &stats.most_supported {
            out.push(plain_entry(t(Text::new("digest-supported-idea")
                .arg("id", &idea.id)
                .arg("title", defuse(&shorten(&idea.title, 200)))
                .num("supporters", idea.supporters as f64))));
        }
    }
    if !stats.idea_statuses.is_empty() {
        let list = stats
            .idea_statuses
            .iter()
            .map(|(status, n)| format!("{} {n}", t(Text::new(format!("idea-status-{status}")))))
            .collect::<Vec<_>>()
            .join(", ");
        out.push(plain_entry(t(
            Text::new("digest-idea-statuses").arg("list", list)
        )));
    }
    out
}

/// One line for a question within a group: its short distribution
/// (`Frage: A 67 %, B 33 %`); `None` for free text and unanswered ones.
fn summary(
    locales: &Locales,
    lang: &str,
    c: &bot_core::consultation::Consultation,
    q: &QuestionStats,
) -> Option<String> {
    let t = |text: Text| locales.render(lang, &text);
    let qid = q.question();
    let list = match q {
        QuestionStats::Choice {
            options, answered, ..
        }
        | QuestionStats::Multi {
            options, answered, ..
        } if *answered > 0 => options
            .iter()
            .filter(|o| o.count > 0)
            .map(|o| {
                let label = t(bot_core::stats::option_label(c, qid, &o.option));
                format!("{} {} %", shorten(&label, 40), number(o.percent))
            })
            .collect::<Vec<_>>()
            .join(", "),
        QuestionStats::Ranking {
            options, answered, ..
        } if *answered > 0 => options
            .iter()
            .take(3)
            .enumerate()
            .map(|(i, o)| format!("{}. {}", i + 1, t(Text::new(c.option_text(qid, &o.option)))))
            .collect::<Vec<_>>()
            .join(", "),
        QuestionStats::Number {
            mean: Some(mean),
            median,
            ..
        } => t(Text::new("digest-number")
            .arg("mean", number(*mean))
            .arg("median", median.map(number).unwrap_or_else(|| "–".into()))),
        _ => return None,
    };
    let question = shorten(&t(Text::new(c.question_text(qid))), 60);
    Some(format!("{question}: {list}"))
}

/// Local midnight of `now` in `tz`: the start of "today" for `!digest`.
pub fn start_of_day(now: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
    let midnight = now
        .with_timezone(&tz)
        .date_naive()
        .and_time(chrono::NaiveTime::MIN);
    tz.from_local_datetime(&midnight)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citizen_text_cannot_mention_the_room_and_bars_scale() {
        assert_eq!(defuse("hi @room!"), "hi @\u{2060}room!");
        assert_eq!(bar(0.0), "░░░░░░░░░░");
        assert_eq!(bar(45.0), "█████░░░░░");
        assert_eq!(bar(100.0), "██████████");
        assert_eq!(shorten("abcdef", 3), "abc…");
    }

    #[test]
    fn today_starts_at_local_midnight() {
        let tz = time_zone("Europe/Berlin").unwrap();
        let now = DateTime::parse_from_rfc3339("2026-07-10T15:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let start = start_of_day(now, tz);
        assert_eq!(
            start,
            DateTime::parse_from_rfc3339("2026-07-09T22:00:00Z")
                .unwrap()
                .with_timezone(&Utc)
        );
    }
}
