//! Following the process: `/results` says where a consultation stands
//! (its phase, and what comes next), and once its results phase has begun
//! the results: the text, the link, and, when staff released them, the
//! figures of chosen questions (free-text answers are never shown).
//! `/follow` asks for news: each new phase, and awarded ideas.

use chrono::{DateTime, Utc};

use super::step::Out;
use super::Core;
use crate::consultation::{Activity, Consultation};
use crate::error::StoreError;
use crate::records::{AuditEntry, Next, Participant, RECORD_VERSION};
use crate::stats::{consultation_stats, option_label, QuestionStats};
use crate::text::Text;

/// The store key that says a consultation's figures are released.
pub(super) fn released_key(id: &str) -> String {
    format!("released:{id}")
}

/// Phases that began longer ago are not announced any more (a restart
/// after a long pause must not send old news).
const ANNOUNCE_DAYS: i64 = 7;

impl Core {
    /// `/follow [id]`: news of the consultation's process, or no more.
    pub(super) fn follow(&self, p: &mut Participant, id: Option<String>, out: &mut Out) {
        let Some(c) = id
            .or_else(|| p.current.clone())
            .and_then(|id| self.consultation(&id))
            .or_else(|| self.consultations.first())
        else {
            out.say(Text::new("no-open-consultations")).ask();
            return;
        };
        // Who follows is stored: only with consent.
        if !self.has_consent(p) {
            return self.ask_consent(p, Next::Follow(c.id.clone()), out);
        }
        let title = Text::new(c.title_text());
        if p.follows.remove(&c.id) {
            out.say(Text::new("follow-stopped").text("title", title))
                .ask();
        } else {
            p.follows.insert(c.id.clone());
            out.say(Text::new("follow-started").text("title", title))
                .ask();
        }
    }

    /// The pseudonyms of everyone following `c`.
    pub(super) fn followers(&self, c: &str) -> Result<Vec<String>, StoreError> {
        Ok(self
            .store
            .participants()?
            .into_iter()
            .filter(|p| p.follows.contains(c))
            .map(|p| p.id)
            .collect())
    }

    /// Announces each phase that began in the last days to its
    /// consultation's followers, once (run hourly).
    pub(super) async fn announce_phases(&self) -> Result<usize, crate::engine::EngineError> {
        let announced = self
            .apply(None, |_, now| {
                let mut count = 0;
                for c in self.consultations.iter() {
                    for phase in &c.phases {
                        let key = format!("phase-announced:{}:{}", c.id, phase.id);
                        let recent = phase.starts <= now
                            && now - phase.starts < chrono::Duration::days(ANNOUNCE_DAYS);
                        if !recent || self.store.meta(&key)?.is_some() {
                            continue;
                        }
                        let text = Text::new("phase-started")
                            .text("title", Text::new(c.title_text()))
                            .text("phase", Text::new(c.phase_text(&phase.id)));
                        let what = format!("phase {} of {}", phase.id, c.id);
                        self.enqueue(text, self.followers(&c.id)?, None, what)?;
                        self.store.set_meta(&key, &now.to_rfc3339())?;
                        self.store.commit_admin(
                            None,
                            &[],
                            &AuditEntry {
                                v: RECORD_VERSION,
                                at: now,
                                actor: "system".into(),
                                action: "phase".into(),
                                detail: format!("{} {} announced", c.id, phase.id),
                                count: None,
                            },
                        )?;
                        count += 1;
                    }
                }
                Ok(count)
            })
            .await?;
        if announced > 0 {
            self.send_queued();
        }
        Ok(announced)
    }

    /// `/results [id]`: the named consultation, else the current one, else
    /// every one.
    pub(super) fn results(&self, p: &Participant, id: Option<String>, out: &mut Out) {
        let now = (self.clock)();
        let chosen: Vec<&Consultation> = match id.or_else(|| p.current.clone()) {
            Some(id) => match self.consultation(&id).filter(|c| c.open_to(&p.audiences)) {
                Some(c) => vec![c],
                None => {
                    out.say(Text::new("error-unknown-consultation").echo("id", &id))
                        .ask();
                    return;
                }
            },
            None => self
                .consultations
                .iter()
                .filter(|c| c.open_to(&p.audiences))
                .collect(),
        };
        for c in chosen {
            self.tell_results(c, now, out);
        }
        out.ask();
    }

    fn tell_results(&self, c: &Consultation, now: DateTime<Utc>, out: &mut Out) {
        out.say(Text::new("results-title").text("title", Text::new(c.title_text())));
        let (current, next) = c.phase_at(now);
        if let Some(phase) = current {
            out.say(
                Text::new("phase-now")
                    .text("phase", Text::new(c.phase_text(&phase.id)))
                    .arg("since", phase.starts.format("%Y-%m-%d").to_string()),
            );
        }
        if let Some(phase) = next {
            out.say(
                Text::new("phase-next")
                    .text("phase", Text::new(c.phase_text(&phase.id)))
                    .arg("from", phase.starts.format("%Y-%m-%d").to_string()),
            );
        }
        if !c.allows(Activity::Results, now) {
            out.say(Text::new("results-not-yet"));
            return;
        }
        if !c.phases.is_empty() {
            out.say(Text::new(c.results_text()));
        }
        if let Some(link) = &c.results {
            out.say(Text::new("results-link").arg("link", link));
        }
        let released = matches!(
            self.store.meta(&released_key(&c.id)),
            Ok(Some(v)) if v == "on"
        );
        if released {
            self.figures(c, now, out);
        }
    }

    /// The released figures. They are read from every participant record,
    /// which takes seconds with a hundred thousand of them, under the step
    /// lock: so they are worked out at most every [`FIGURES_FRESH`] per
    /// consultation, and asking `/results` again and again cannot hold up
    /// everyone else's steps.
    fn figures(&self, c: &Consultation, now: DateTime<Utc>, out: &mut Out) {
        let cached = super::lock(&self.figures)
            .get(&c.id)
            .filter(|(at, _)| *at <= now && now.signed_duration_since(*at) < FIGURES_FRESH)
            .map(|(_, texts)| texts.clone());
        let texts = match cached {
            Some(texts) => texts,
            None => match (self.store.participants(), self.store.ideas()) {
                (Ok(participants), Ok(ideas)) => {
                    let texts = self.work_out_figures(c, &participants, &ideas, now);
                    super::lock(&self.figures).insert(c.id.clone(), (now, texts.clone()));
                    texts
                }
                (Err(e), _) | (_, Err(e)) => {
                    tracing::error!(error = %e, "cannot read data for /results");
                    out.say(Text::new("error-internal"));
                    return;
                }
            },
        };
        out.texts.extend(texts);
    }

    /// Per chosen question its distribution (or, for a ranking, its order;
    /// for numbers, mean and median).
    fn work_out_figures(
        &self,
        c: &Consultation,
        participants: &[Participant],
        ideas: &[crate::records::Idea],
        now: DateTime<Utc>,
    ) -> Vec<Text> {
        let mut out = Out::default();
        let stats = consultation_stats(c, participants, ideas, None, now);
        out.say(Text::new("results-figures").num("participants", stats.total.started as f64));
        for q in stats
            .questions
            .iter()
            .filter(|q| c.result_questions.iter().any(|r| r == q.question()))
        {
            let qid = q.question();
            let (answered, _) = q.counts();
            out.say(
                Text::new("results-question")
                    .text("question", Text::new(c.question_text(qid)))
                    .num("answered", answered as f64),
            );
            let label = |o: &str| option_label(c, qid, o);
            match q {
                QuestionStats::Choice { options, .. } | QuestionStats::Multi { options, .. } => {
                    for o in options {
                        out.say(
                            Text::new("results-option")
                                .text("label", label(&o.option))
                                .arg(
                                    "percent",
                                    super::format_number((o.percent * 10.0).round() / 10.0),
                                ),
                        );
                    }
                }
                QuestionStats::Ranking { options, .. } => {
                    for (place, o) in options.iter().enumerate() {
                        out.say(
                            Text::new("results-ranked")
                                .num("place", (place + 1) as f64)
                                .text("label", label(&o.option)),
                        );
                    }
                }
                QuestionStats::Number { mean, median, .. } => {
                    let n = |v: Option<f64>| {
                        v.map(|v| super::format_number((v * 10.0).round() / 10.0))
                            .unwrap_or_else(|| "–".into())
                    };
                    out.say(
                        Text::new("digest-number")
                            .arg("mean", n(*mean))
                            .arg("median", n(*median)),
                    );
                }
                QuestionStats::Text { .. } => {}
            }
        }
        out.texts
    }
}

/// How long worked-out `/results` figures are shown before they are
/// worked out again.
pub(super) const FIGURES_FRESH: chrono::Duration = chrono::Duration::minutes(10);
