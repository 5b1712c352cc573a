//! Numbers about a consultation: how many took part and finished, how the
//! answers are distributed, what ideas came in. Digests and exports show
//! them; all of it is computed from pseudonymous records only.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::consultation::{Answer, Consultation, Criterion, Kind};
use crate::records::{Idea, IdeaStatus, Participant, Run};
use crate::text::Text;

/// One consultation's numbers for a period and in total.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConsultationStats {
    /// Consultation id.
    pub consultation: String,
    /// Runs in the period (`since` to `until`).
    pub period: Runs,
    /// Runs up to `until`.
    pub total: Runs,
    /// Answer distributions up to `until`, in question order.
    pub questions: Vec<QuestionStats>,
    /// Ideas submitted in the period, oldest first.
    pub new_ideas: Vec<IdeaSummary>,
    /// Ideas per status up to `until`.
    pub idea_statuses: BTreeMap<String, usize>,
    /// Published ideas with the most supporters (at most five, none
    /// without support), most first.
    pub most_supported: Vec<SupportedIdea>,
    /// The jury's ranking so far (at most five), best first.
    pub jury_ranking: Vec<JuryRanked>,
    /// Runs started up to `until` per event source (links with a tag).
    pub sources: BTreeMap<String, usize>,
    /// The same distributions per group of runs: by audience, by event
    /// source, and by the answer to the consultation's `compare_by`
    /// question; only groups with runs.
    pub groups: Vec<GroupStats>,
    /// Invited experts' reviews written in the period, oldest first.
    pub new_reviews: Vec<ReviewSummary>,
}

/// Answer distributions of one group of runs (e.g. the invited experts).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupStats {
    /// What groups them: `audience`, `source`, or the `compare_by`
    /// question's id.
    pub by: String,
    /// The group: an audience (`public` for everyone not invited), a
    /// source tag, or an option id.
    pub value: String,
    /// Runs in the group, up to `until`.
    pub runs: usize,
    /// Distributions, in question order.
    pub questions: Vec<QuestionStats>,
}

/// A new expert review, as a digest lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewSummary {
    /// Idea id.
    pub idea: String,
    /// The idea's title.
    pub title: String,
    /// The expert's group.
    pub audience: String,
    /// Score per criterion id.
    pub scores: Vec<(String, i64)>,
    /// The assessment.
    pub text: String,
}

/// A rated idea and the jury's score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JuryRanked {
    /// Idea id.
    pub id: String,
    /// Title.
    pub title: String,
    /// The score (see [`Score`]).
    pub score: Score,
}

/// A published idea and how many citizens support it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SupportedIdea {
    /// Idea id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Number of supporters.
    pub supporters: usize,
}

/// Started and completed runs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct Runs {
    /// Participants who saw the first question.
    pub started: usize,
    /// Participants who answered the last question.
    pub completed: usize,
    /// `completed / started` in percent (0 when nobody started).
    pub completion_rate: f64,
}

/// How one question was answered.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum QuestionStats {
    /// Single choice, yes/no, scale: each answer counts once; percentages
    /// of those who answered add up to 100.
    Choice {
        /// Question id.
        question: String,
        /// How many answered.
        answered: usize,
        /// How many skipped.
        skipped: usize,
        /// Per option (scale: per value), in definition order; `other`
        /// last if offered.
        options: Vec<OptionCount>,
        /// The newest "other" texts, newest first.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        other_texts: Vec<String>,
    },
    /// Multiple choice: percentages of respondents choosing each option
    /// (they may add up to more than 100).
    Multi {
        /// Question id.
        question: String,
        /// How many answered.
        answered: usize,
        /// How many skipped.
        skipped: usize,
        /// Per option, in definition order; `other` last if offered.
        options: Vec<OptionCount>,
        /// The newest "other" texts, newest first.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        other_texts: Vec<String>,
    },
    /// Ranking: each option's average place (1 is best) and how often it
    /// came first, best average first.
    Ranking {
        /// Question id.
        question: String,
        /// How many answered.
        answered: usize,
        /// How many skipped.
        skipped: usize,
        /// Per option, best average place first.
        options: Vec<RankedOption>,
    },
    /// Numbers: count, mean, median.
    Number {
        /// Question id.
        question: String,
        /// How many answered.
        answered: usize,
        /// How many skipped.
        skipped: usize,
        /// Mean of the answers.
        mean: Option<f64>,
        /// Median of the answers.
        median: Option<f64>,
    },
    /// Free text: count and the newest few.
    Text {
        /// Question id.
        question: String,
        /// How many answered.
        answered: usize,
        /// How many skipped.
        skipped: usize,
        /// The newest answers, newest first.
        newest: Vec<String>,
    },
}

/// One option's count.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionCount {
    /// Option id (`yes`/`no`, or the scale value).
    pub option: String,
    /// How often it was chosen.
    pub count: usize,
    /// Percent (see the question kind for of what).
    pub percent: f64,
}

impl QuestionStats {
    /// The question's id.
    pub fn question(&self) -> &str {
        match self {
            QuestionStats::Choice { question, .. }
            | QuestionStats::Multi { question, .. }
            | QuestionStats::Ranking { question, .. }
            | QuestionStats::Number { question, .. }
            | QuestionStats::Text { question, .. } => question,
        }
    }

    /// How many answered and how many skipped.
    pub fn counts(&self) -> (usize, usize) {
        match self {
            QuestionStats::Choice {
                answered, skipped, ..
            }
            | QuestionStats::Multi {
                answered, skipped, ..
            }
            | QuestionStats::Ranking {
                answered, skipped, ..
            }
            | QuestionStats::Number {
                answered, skipped, ..
            }
            | QuestionStats::Text {
                answered, skipped, ..
            } => (*answered, *skipped),
        }
    }
}

/// One option of a ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankedOption {
    /// Option id.
    pub option: String,
    /// Average place, 1 being the best (`None` if nobody ranked yet).
    pub mean_place: Option<f64>,
    /// How often it was put first.
    pub first: usize,
}

/// A new idea, as a digest lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IdeaSummary {
    /// Idea id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Field of action id.
    pub field: String,
    /// When it came in.
    pub submitted_at: DateTime<Utc>,
    /// The submitter's pseudonym (empty after erasure).
    pub author: String,
}

/// How many of the newest free-text answers a digest shows.
pub const NEWEST_TEXTS: usize = 3;

/// Percentages of `counts` that add up to exactly 100 (largest remainder,
/// one decimal); all zero when the total is zero.
pub fn percentages(counts: &[usize]) -> Vec<f64> {
    let total: usize = counts.iter().sum();
    if total == 0 {
        return vec![0.0; counts.len()];
    }
    let tenths: Vec<f64> = counts
        .iter()
        .map(|c| *c as f64 * 1000.0 / total as f64)
        .collect();
    let mut floors: Vec<u64> = tenths.iter().map(|t| t.floor() as u64).collect();
    let missing = 1000 - floors.iter().sum::<u64>();
    let mut order: Vec<usize> = (0..counts.len()).collect();
    order.sort_by(|a, b| {
        (tenths[*b] - tenths[*b].floor()).total_cmp(&(tenths[*a] - tenths[*a].floor()))
    });
    for i in order.into_iter().take(missing as usize) {
        floors[i] += 1;
    }
    floors.into_iter().map(|f| f as f64 / 10.0).collect()
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        (part as f64 * 1000.0 / whole as f64).round() / 10.0
    }
}

fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 0 {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    })
}

/// The numbers of `c` for the period after `since` (all time if `None`) up
/// to `until`.
pub fn consultation_stats(
    c: &Consultation,
    participants: &[Participant],
    ideas: &[Idea],
    since: Option<DateTime<Utc>>,
    until: DateTime<Utc>,
) -> ConsultationStats {
    let in_period = |t: DateTime<Utc>| since.is_none_or(|s| t > s) && t <= until;
    let mut period = Runs::default();
    let mut total = Runs::default();
    let runs: Vec<_> = participants
        .iter()
        .filter_map(|p| p.runs.get(&c.id))
        .filter(|r| r.started_at <= until)
        .collect();
    for r in &runs {
        total.started += 1;
        let completed = r.completed_at.filter(|t| *t <= until);
        total.completed += usize::from(completed.is_some());
        period.started += usize::from(in_period(r.started_at));
        period.completed += usize::from(completed.is_some_and(in_period));
    }
    let mut sources = BTreeMap::new();
    for r in &runs {
        if let Some(source) = &r.source {
            *sources.entry(source.clone()).or_insert(0) += 1;
        }
    }
    for runs in [&mut period, &mut total] {
        runs.completion_rate = share(runs.completed, runs.started);
    }

    let questions = question_stats(c, &runs, until);
    let groups = group_stats(c, participants, until);

    let mine: Vec<&Idea> = ideas
        .iter()
        .filter(|i| i.consultation == c.id && i.submitted_at <= until)
        .collect();
    let mut idea_statuses = BTreeMap::new();
    for i in &mine {
        *idea_statuses.entry(status_name(i.status)).or_insert(0) += 1;
    }
    let new_ideas = mine
        .iter()
        .filter(|i| in_period(i.submitted_at))
        .map(|i| IdeaSummary {
            id: i.id.clone(),
            title: i.title.clone(),
            field: i.field.clone(),
            submitted_at: i.submitted_at,
            author: i.author.clone(),
        })
        .collect();
    let mut most_supported: Vec<SupportedIdea> = mine
        .iter()
        .filter(|i| i.published && !i.supporters.is_empty())
        .map(|i| SupportedIdea {
            id: i.id.clone(),
            title: i.title.clone(),
            supporters: i.supporters.len(),
        })
        .collect();
    most_supported.sort_by(|a, b| b.supporters.cmp(&a.supporters).then(a.id.cmp(&b.id)));
    most_supported.truncate(5);
    let criteria = c.ideas.as_ref().map(|i| i.criteria.as_slice());
    let mut jury_ranking = jury_ranking(mine.iter().copied(), |_| criteria);
    jury_ranking.truncate(5);
    let mut new_reviews: Vec<(DateTime<Utc>, ReviewSummary)> = mine
        .iter()
        .flat_map(|i| i.reviews.iter().map(move |r| (i, r)))
        .filter(|(_, r)| in_period(r.at))
        .map(|(i, r)| {
            (
                r.at,
                ReviewSummary {
                    idea: i.id.clone(),
                    title: i.title.clone(),
                    audience: r.audience.clone(),
                    scores: r.scores.clone(),
                    text: r.text.clone(),
                },
            )
        })
        .collect();
    new_reviews.sort_by_key(|(at, _)| *at);
    let new_reviews = new_reviews.into_iter().map(|(_, r)| r).collect();
    ConsultationStats {
        consultation: c.id.clone(),
        period,
        total,
        questions,
        new_ideas,
        idea_statuses,
        most_supported,
        jury_ranking,
        sources,
        groups,
        new_reviews,
    }
}

/// Each question's distribution over `runs`, answers given up to `until`.
fn question_stats(c: &Consultation, runs: &[&Run], until: DateTime<Utc>) -> Vec<QuestionStats> {
    let mut questions = Vec::new();
    for q in &c.questions {
        let mut given: Vec<(&Answer, DateTime<Utc>)> = runs
            .iter()
            .filter_map(|r| {
                Some((
                    r.answers.get(&q.id)?,
                    r.answered_at.get(&q.id).copied().unwrap_or(r.started_at),
                ))
            })
            .filter(|(_, t)| *t <= until)
            .collect();
        let skipped = given.iter().filter(|(a, _)| **a == Answer::Skipped).count();
        given.retain(|(a, _)| **a != Answer::Skipped);
        let answered = given.len();
        let question = q.id.clone();
        let stats = match &q.kind {
            Kind::Single { options, other } => {
                let mut options = options.clone();
                if *other {
                    options.push(OTHER.into());
                }
                choice(question, answered, skipped, options, &mut given)
            }
            Kind::YesNo => choice(
                question,
                answered,
                skipped,
                vec!["yes".into(), "no".into()],
                &mut given,
            ),
            Kind::Scale { min, max } => {
                let values = (*min..=*max).map(|v| v.to_string()).collect();
                choice(question, answered, skipped, values, &mut given)
            }
            Kind::Multi { options, other, .. } => {
                let options = options
                    .iter()
                    .chain(other.then_some(&OTHER.to_owned()))
                    .map(|o| {
                        let count = given
                            .iter()
                            .filter(|(a, _)| match a {
                                Answer::Choices(cs) => cs.contains(o),
                                Answer::Other { choices, .. } => choices.contains(o) || o == OTHER,
                                _ => false,
                            })
                            .count();
                        OptionCount {
                            option: o.clone(),
                            count,
                            percent: share(count, answered),
                        }
                    })
                    .collect();
                QuestionStats::Multi {
                    question,
                    answered,
                    skipped,
                    options,
                    other_texts: other_texts(&mut given),
                }
            }
            Kind::Ranking { options } => {
                let mut ranked: Vec<RankedOption> = options
                    .iter()
                    .map(|o| {
                        let places: Vec<usize> = given
                            .iter()
                            .filter_map(|(a, _)| match a {
                                Answer::Ranking(order) => order.iter().position(|x| x == o),
                                _ => None,
                            })
                            .collect();
                        RankedOption {
                            option: o.clone(),
                            mean_place: (!places.is_empty()).then(|| {
                                places.iter().map(|p| (p + 1) as f64).sum::<f64>()
                                    / places.len() as f64
                            }),
                            first: places.iter().filter(|p| **p == 0).count(),
                        }
                    })
                    .collect();
                ranked.sort_by(|a, b| {
                    let key = |r: &RankedOption| r.mean_place.unwrap_or(f64::MAX);
                    key(a).total_cmp(&key(b))
                });
                QuestionStats::Ranking {
                    question,
                    answered,
                    skipped,
                    options: ranked,
                }
            }
            Kind::Number { .. } => {
                let mut values: Vec<f64> = given
                    .iter()
                    .filter_map(|(a, _)| match a {
                        Answer::Number(n) => Some(*n),
                        _ => None,
                    })
                    .collect();
                let mean =
                    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64);
                QuestionStats::Number {
                    question,
                    answered,
                    skipped,
                    mean,
                    median: median(&mut values),
                }
            }
            Kind::Text { .. } => {
                given.sort_by_key(|g| std::cmp::Reverse(g.1));
                let newest = given
                    .iter()
                    .filter_map(|(a, _)| match a {
                        Answer::Text(t) => Some(t.clone()),
                        _ => None,
                    })
                    .take(NEWEST_TEXTS)
                    .collect();
                QuestionStats::Text {
                    question,
                    answered,
                    skipped,
                    newest,
                }
            }
        };
        questions.push(stats);
    }
    questions
}

/// [`question_stats`] per audience, per event source and per answer to
/// the `compare_by` question.
fn group_stats(
    c: &Consultation,
    participants: &[Participant],
    until: DateTime<Utc>,
) -> Vec<GroupStats> {
    let runs: Vec<(&Participant, &Run)> = participants
        .iter()
        .filter_map(|p| Some((p, p.runs.get(&c.id)?)))
        .filter(|(_, r)| r.started_at <= until)
        .collect();
    let mut keys: BTreeMap<(String, String), Vec<&Run>> = BTreeMap::new();
    for (p, r) in &runs {
        let audiences: Vec<String> = if p.audiences.is_empty() {
            vec!["public".into()]
        } else {
            p.audiences.iter().cloned().collect()
        };
        for a in audiences {
            keys.entry(("audience".into(), a)).or_default().push(r);
        }
        if let Some(source) = &r.source {
            keys.entry(("source".into(), source.clone()))
                .or_default()
                .push(r);
        }
        let compared = c
            .compare_by
            .as_ref()
            .and_then(|q| Some((q, r.answers.get(q)?)));
        if let Some((q, answer)) = compared {
            for value in answer.cell().split(';').filter(|v| !v.is_empty()) {
                keys.entry((q.clone(), value.to_owned()))
                    .or_default()
                    .push(r);
            }
        }
    }
    keys.into_iter()
        .map(|((by, value), runs)| GroupStats {
            by,
            value,
            runs: runs.len(),
            questions: question_stats(c, &runs, until),
        })
        .collect()
}

/// Rated ideas by the jury's weighted mean, best first (ties by id);
/// `criteria` gives each idea's consultation's criteria.
pub fn jury_ranking<'a>(
    ideas: impl Iterator<Item = &'a Idea>,
    criteria: impl Fn(&Idea) -> Option<&'a [Criterion]>,
) -> Vec<JuryRanked> {
    let mut ranked: Vec<JuryRanked> = ideas
        .filter_map(|i| {
            Some(JuryRanked {
                id: i.id.clone(),
                title: i.title.clone(),
                score: score(i, criteria(i)?)?,
            })
        })
        .collect();
    ranked.sort_by(|a, b| b.score.mean.total_cmp(&a.score.mean).then(a.id.cmp(&b.id)));
    ranked
}

/// The jury's verdict on one idea.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Score {
    /// Mean over the ratings of each rating's weighted mean, normalised
    /// to 0–100 so criteria on different scales weigh as configured.
    pub mean: f64,
    /// How many jurors rated it.
    pub ratings: usize,
    /// Highest minus lowest rating (0–100): how far the jurors disagree.
    pub spread: f64,
}

/// An idea's score by the criteria, `None` while nobody rated it.
pub fn score(idea: &Idea, criteria: &[Criterion]) -> Option<Score> {
    let each: Vec<f64> = idea
        .ratings
        .iter()
        .filter_map(|r| {
            let (mut sum, mut weights) = (0.0, 0.0);
            for c in criteria {
                let (_, v) = r.scores.iter().find(|(id, _)| *id == c.id)?;
                let normal = (*v - c.min) as f64 / (c.max - c.min) as f64 * 100.0;
                sum += c.weight * normal;
                weights += c.weight;
            }
            (weights > 0.0).then(|| sum / weights)
        })
        .collect();
    if each.is_empty() {
        return None;
    }
    let max = each.iter().copied().fold(f64::MIN, f64::max);
    let min = each.iter().copied().fold(f64::MAX, f64::min);
    Some(Score {
        mean: each.iter().sum::<f64>() / each.len() as f64,
        ratings: each.len(),
        spread: max - min,
    })
}

/// The status as exports and statistics name it (`submitted`, …).
pub fn status_name(s: IdeaStatus) -> String {
    serde_json::to_value(s)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The option id under which "other" answers are counted.
pub const OTHER: &str = "other";

/// How an option of a distribution is shown: yes/no, "other", a scale's
/// value, or the option's text.
pub fn option_label(c: &Consultation, question: &str, option: &str) -> Text {
    let scale = c
        .questions
        .iter()
        .any(|q| q.id == question && matches!(q.kind, Kind::Scale { .. }));
    match option {
        "yes" | "no" => Text::new(format!("choice-{option}")),
        OTHER => Text::new("digest-other"),
        _ if scale => Text::new("scale-value").arg("value", option),
        _ => Text::new(c.option_text(question, option)),
    }
}

/// The newest "other" texts of these answers, newest first.
fn other_texts(given: &mut [(&Answer, DateTime<Utc>)]) -> Vec<String> {
    given.sort_by_key(|g| std::cmp::Reverse(g.1));
    given
        .iter()
        .filter_map(|(a, _)| match a {
            Answer::Other { text, .. } => Some(text.clone()),
            _ => None,
        })
        .take(NEWEST_TEXTS)
        .collect()
}

fn choice(
    question: String,
    answered: usize,
    skipped: usize,
    options: Vec<String>,
    given: &mut [(&Answer, DateTime<Utc>)],
) -> QuestionStats {
    let counts: Vec<usize> = options
        .iter()
        .map(|o| {
            given
                .iter()
                .filter(|(a, _)| match a {
                    Answer::Choice(c) => c == o,
                    Answer::Other { .. } => o == OTHER,
                    Answer::Number(n) => crate::engine::format_number(*n) == *o,
                    _ => false,
                })
                .count()
        })
        .collect();
    let percents = percentages(&counts);
    QuestionStats::Choice {
        question,
        answered,
        skipped,
        other_texts: other_texts(given),
        options: options
            .into_iter()
            .zip(counts)
            .zip(percents)
            .map(|((option, count), percent)| OptionCount {
                option,
                count,
                percent,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consultation::parse;
    use crate::records::{Run, RECORD_VERSION};
    use std::path::Path;

    fn at(h: u32) -> DateTime<Utc> {
        use chrono::TimeZone;
        Utc.with_ymd_and_hms(2026, 5, 1, h, 0, 0).unwrap()
    }

    fn participant(
        n: u32,
        answers: &[(&str, Answer)],
        started: u32,
        completed: Option<u32>,
    ) -> Participant {
        let run = Run {
            completed_at: completed.map(at),
            answers: answers
                .iter()
                .map(|(q, a)| ((*q).to_owned(), a.clone()))
                .collect(),
            answered_at: answers
                .iter()
                .map(|(q, _)| ((*q).to_owned(), at(started)))
                .collect(),
            ..Run::new(at(started))
        };
        Participant {
            runs: [("c".to_owned(), run)].into_iter().collect(),
            ..Participant::new(&format!("p{n}"), "de", at(started))
        }
    }

    const DEF: &str = "id = \"c\"\n[[question]]\nid = \"s\"\ntype = \"single\"\noptions = [\"a\", \"b\", \"c\"]\n[[question]]\nid = \"m\"\ntype = \"multi\"\noptions = [\"x\", \"y\"]\noptional = true\n[[question]]\nid = \"n\"\ntype = \"number\"\noptional = true\n[[question]]\nid = \"t\"\ntype = \"text\"\noptional = true\n";

    #[test]
    fn percentages_always_add_up_to_100() {
        assert_eq!(percentages(&[1, 1, 1]), [33.4, 33.3, 33.3]);
        assert_eq!(percentages(&[2, 1]), [66.7, 33.3]);
        assert_eq!(percentages(&[0, 0]), [0.0, 0.0]);
        for counts in [vec![7, 3, 5, 1], vec![1, 2, 3, 4, 5, 6, 7], vec![999, 1, 1]] {
            let sum: f64 = percentages(&counts).iter().sum();
            assert!((sum - 100.0).abs() < 1e-9, "{counts:?}: {sum}");
        }
    }

    #[test]
    fn distributions_skips_periods_and_completion() {
        let c = parse(Path::new("c.toml"), DEF).unwrap();
        let people = vec![
            participant(
                1,
                &[
                    ("s", Answer::Choice("a".into())),
                    ("m", Answer::Choices(vec!["x".into(), "y".into()])),
                    ("n", Answer::Number(10.0)),
                    ("t", Answer::Text("früh".into())),
                ],
                1,
                Some(2),
            ),
            participant(
                2,
                &[
                    ("s", Answer::Choice("a".into())),
                    ("m", Answer::Skipped),
                    ("n", Answer::Number(20.0)),
                    ("t", Answer::Text("spät".into())),
                ],
                5,
                Some(6),
            ),
            participant(
                3,
                &[
                    ("s", Answer::Choice("b".into())),
                    ("m", Answer::Choices(vec!["y".into()])),
                    ("n", Answer::Number(60.0)),
                ],
                7,
                None,
            ),
        ];
        let stats = consultation_stats(&c, &people, &[], Some(at(4)), at(23));
        assert_eq!(
            stats.total,
            Runs {
                started: 3,
                completed: 2,
                completion_rate: 66.7
            }
        );
        assert_eq!(
            stats.period,
            Runs {
                started: 2,
                completed: 1,
                completion_rate: 50.0
            }
        );
        let QuestionStats::Choice {
            answered, options, ..
        } = &stats.questions[0]
        else {
            panic!()
        };
        assert_eq!(*answered, 3);
        let got: Vec<(usize, f64)> = options.iter().map(|o| (o.count, o.percent)).collect();
        assert_eq!(got, [(2, 66.7), (1, 33.3), (0, 0.0)]);
        let QuestionStats::Multi {
            answered,
            skipped,
            options,
            ..
        } = &stats.questions[1]
        else {
            panic!()
        };
        assert_eq!((*answered, *skipped), (2, 1));
        assert_eq!(
            options.iter().map(|o| o.percent).collect::<Vec<_>>(),
            [50.0, 100.0]
        );
        let QuestionStats::Number {
            mean,
            median,
            answered,
            ..
        } = &stats.questions[2]
        else {
            panic!()
        };
        assert_eq!((*answered, *mean, *median), (3, Some(30.0), Some(20.0)));
        let QuestionStats::Text {
            newest,
            answered,
            skipped,
            ..
        } = &stats.questions[3]
        else {
            panic!()
        };
        assert_eq!((*answered, *skipped), (2, 0));
        assert_eq!(newest, &["spät".to_owned(), "früh".to_owned()]);
    }

    #[test]
    fn an_empty_consultation_has_zeros_not_errors() {
        let c = parse(Path::new("c.toml"), DEF).unwrap();
        let stats = consultation_stats(&c, &[], &[], None, at(1));
        assert_eq!(stats.total, Runs::default());
        let QuestionStats::Number { mean, median, .. } = &stats.questions[2] else {
            panic!()
        };
        assert_eq!((*mean, *median), (None, None));
        let QuestionStats::Choice { options, .. } = &stats.questions[0] else {
            panic!()
        };
        assert!(options.iter().all(|o| o.count == 0 && o.percent == 0.0));
    }

    #[test]
    fn the_most_supported_published_ideas_come_first() {
        let c = parse(Path::new("c.toml"), DEF).unwrap();
        let idea = |n: u32, supporters: usize, published: bool| Idea {
            v: RECORD_VERSION,
            id: format!("I-000{n}"),
            consultation: "c".into(),
            author: "p".into(),
            title: format!("Idee {n}"),
            description: String::new(),
            field: "f".into(),
            status: IdeaStatus::Submitted,
            submitted_at: at(1),
            language: "de".into(),
            published,
            publishable: true,
            supporters: (0..supporters).map(|s| format!("s{s}")).collect(),
            history: Vec::new(),
            ratings: Vec::new(),
            department: None,
            reviews: Vec::new(),
            reviews_numbered: 0,
        };
        let ideas = [
            idea(1, 2, true),
            idea(2, 9, false),
            idea(3, 5, true),
            idea(4, 0, true),
            idea(5, 2, true),
        ];
        let stats = consultation_stats(&c, &[], &ideas, None, at(2));
        let top: Vec<(&str, usize)> = stats
            .most_supported
            .iter()
            .map(|i| (i.id.as_str(), i.supporters))
            .collect();
        assert_eq!(top, [("I-0003", 5), ("I-0001", 2), ("I-0005", 2)]);
    }
}
