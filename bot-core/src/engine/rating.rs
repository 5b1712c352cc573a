//! The jury: a juror rates ideas one by one in their own chat (`/rate`):
//! the idea in full, one question per criterion with a button per score,
//! then a note if they like. Only once they rated an idea do they see how
//! the jury rated it so far. Ratings are kept on the idea under the
//! juror's pseudonym.

use chrono::{DateTime, Utc};

use super::button::Button;
use super::dialogue::Prompt;
use super::question::check_length;
use super::step::Out;
use super::Core;
use crate::consultation::{Activity, Criterion};
use crate::error::StoreError;
use crate::records::{Dialogue, Idea, IdeaStatus, Participant, Rating};
use crate::stats::score;
use crate::text::Text;

/// The longest note a juror adds to a rating.
const NOTE_MAX: usize = 1000;

impl Core {
    /// `/rate`: the next idea this juror has not rated yet, or word that
    /// none is left.
    pub(super) fn rate(
        &self,
        p: &mut Participant,
        juror: bool,
        skipped: Vec<String>,
        out: &mut Out,
    ) {
        if !juror {
            out.say(Text::new("rate-not-juror")).ask();
            return;
        }
        match self.next_to_rate(&p.id, &skipped) {
            Ok(Some(idea)) => {
                p.dialogue = Dialogue::Rating {
                    idea: idea.id,
                    scores: Vec::new(),
                    skipped,
                };
                out.ask();
            }
            Ok(None) => {
                p.dialogue = Dialogue::Idle;
                out.say(Text::new("rate-none-left"));
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot read ideas to rate");
                out.say(Text::new("error-internal")).ask();
            }
        }
    }

    /// The criteria an idea is rated by; `None` if its consultation has none.
    fn criteria(&self, i: &Idea) -> Option<&[Criterion]> {
        let criteria = &self.consultation(&i.consultation)?.ideas.as_ref()?.criteria;
        (!criteria.is_empty()).then_some(criteria.as_slice())
    }

    /// In id order: ideas under evaluation in a rating phase, with
    /// criteria, not the juror's own, not yet rated by them, not skipped in
    /// this round.
    fn next_to_rate(&self, juror: &str, skipped: &[String]) -> Result<Option<Idea>, StoreError> {
        let now = (self.clock)();
        Ok(self.store.ideas()?.into_iter().find(|i| {
            matches!(i.status, IdeaStatus::Submitted | IdeaStatus::Review)
                && i.author != juror
                && !skipped.contains(&i.id)
                && !i.ratings.iter().any(|r| r.juror == juror)
                && self.criteria(i).is_some()
                && self
                    .consultation(&i.consultation)
                    .is_some_and(|c| c.allows(Activity::Rating, now))
        }))
    }

    /// The idea being rated and its criteria, if both still exist.
    fn rated(&self, p: &Participant) -> Option<(Idea, &[Criterion])> {
        let Dialogue::Rating { idea, .. } = &p.dialogue else {
            return None;
        };
        let idea = self.idea_by_id(idea).ok()??;
        let criteria = self.criteria(&idea)?;
        Some((idea, criteria))
    }

    pub(super) fn rating_prompt(&self, p: &Participant, prompt: &mut Prompt) -> Option<()> {
        let Dialogue::Rating { scores, .. } = &p.dialogue else {
            return None;
        };
        let (i, criteria) = self.rated(p)?;
        let c = self.consultation(&i.consultation)?;
        prompt.say(
            Text::new("rate-idea")
                .arg("id", &i.id)
                .arg("title", &i.title)
                .arg("description", &i.description)
                .text("field", self.field_label(&i)),
        );
        match criteria.get(scores.len()) {
            Some(k) => {
                prompt.say(
                    Text::new("rate-criterion")
                        .num("position", (scores.len() + 1) as f64)
                        .num("total", criteria.len() as f64)
                        .text("criterion", Text::new(c.criterion_text(&k.id)))
                        .num("min", k.min as f64)
                        .num("max", k.max as f64),
                );
                for v in k.min..=k.max {
                    prompt.unkeyed(
                        Button::Value(v),
                        Text::new("scale-value").num("value", v as f64),
                    );
                }
            }
            None => {
                prompt
                    .say(Text::new("rate-note").num("max", NOTE_MAX as f64))
                    .unkeyed(Button::Done, Text::new("choice-no-note"));
            }
        }
        prompt
            .unkeyed(Button::Skip, Text::new("choice-rate-skip"))
            .unkeyed(Button::Cancel, Text::new("choice-cancel"));
        Some(())
    }

    pub(super) fn rating_press(
        &self,
        p: &mut Participant,
        b: Button,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let Dialogue::Rating {
            idea,
            mut scores,
            mut skipped,
        } = p.dialogue.clone()
        else {
            return;
        };
        let Some((_, criteria)) = self.rated(p) else {
            // Rated, withdrawn or gone meanwhile: on to the next one.
            return self.rate(p, true, skipped, out);
        };
        match (criteria.get(scores.len()), b) {
            (Some(k), Button::Value(v)) if (k.min..=k.max).contains(&v) => {
                scores.push(v);
                p.dialogue = Dialogue::Rating {
                    idea,
                    scores,
                    skipped,
                };
                out.ask();
            }
            (None, Button::Done) => self.save_rating(p, None, now, out),
            (_, Button::Skip) => {
                skipped.push(idea);
                self.rate(p, true, skipped, out)
            }
            _ => {
                out.say(Text::new("error-stale-button")).ask();
            }
        }
    }

    /// A note, once every criterion has its score.
    pub(super) fn rating_typed(
        &self,
        p: &mut Participant,
        text: String,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let Dialogue::Rating { scores, .. } = &p.dialogue else {
            return;
        };
        let complete = self
            .rated(p)
            .is_some_and(|(_, criteria)| scores.len() == criteria.len());
        if !complete {
            out.say(Text::new("error-use-choices")).ask();
            return;
        }
        if let Err(t) = check_length(&text, NOTE_MAX) {
            out.say(t).ask();
            return;
        }
        self.save_rating(p, Some(text), now, out)
    }

    /// Keeps the rating on the idea (replacing an earlier one of the same
    /// juror), shows the jury's score so far, and goes on to the next idea.
    fn save_rating(
        &self,
        p: &mut Participant,
        note: Option<String>,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let Dialogue::Rating {
            scores, skipped, ..
        } = p.dialogue.clone()
        else {
            return;
        };
        let Some((mut idea, criteria)) = self.rated(p) else {
            return self.rate(p, true, skipped, out);
        };
        idea.ratings.retain(|r| r.juror != p.id);
        idea.ratings.push(Rating {
            juror: p.id.clone(),
            at: now,
            scores: criteria.iter().map(|c| c.id.clone()).zip(scores).collect(),
            note,
        });
        if let Some(s) = score(&idea, criteria) {
            out.say(
                Text::new("rate-saved")
                    .arg("id", &idea.id)
                    .arg("score", format!("{:.0}", s.mean))
                    .num("ratings", s.ratings as f64)
                    .arg("spread", format!("{:.0}", s.spread)),
            );
        }
        // The rating is written with this step: the store does not have it
        // yet, so the next idea must not be this one.
        let mut passed = skipped;
        passed.push(idea.id.clone());
        out.idea = Some(idea);
        self.rate(p, true, passed, out)
    }
}
