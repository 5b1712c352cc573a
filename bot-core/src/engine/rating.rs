//! The jury: a juror rates ideas one by one in their own chat (`/rate`):
//! the idea in full, one question per criterion with a button per score,
//! then a note if they like. Only once they rated an idea do they see how
//! the jury rated it so far. Ratings are kept on the idea under the
//! juror's pseudonym.
//!
//! Invited experts review published ideas the same way (`/review`), with a
//! text they must write; reviews are kept apart from the jury's ratings.

use chrono::{DateTime, Utc};

use super::button::Button;
use super::dialogue::Prompt;
use super::question::check_length;
use super::step::Out;
use super::Core;
use crate::consultation::{Activity, Criterion};
use crate::error::StoreError;
use crate::records::{Dialogue, Idea, IdeaStatus, Participant, Rating, Review};
use crate::stats::score;
use crate::text::Text;

/// The longest note a juror adds to a rating.
const NOTE_MAX: usize = 1000;

impl Core {
    /// `/rate` (a juror) or `/review` (an invited expert): the next idea
    /// this person has not rated or reviewed yet, or word that none is left.
    pub(super) fn rate(
        &self,
        p: &mut Participant,
        allowed: bool,
        review: bool,
        skipped: Vec<String>,
        out: &mut Out,
    ) {
        let (refused, none_left) = if review {
            ("review-not-expert", "review-none-left")
        } else {
            ("rate-not-juror", "rate-none-left")
        };
        if !allowed {
            out.say(Text::new(refused)).ask();
            return;
        }
        match self.next_to_rate(p, &skipped, review) {
            Ok(Some(idea)) => {
                p.dialogue = Dialogue::Rating {
                    idea: idea.id,
                    scores: Vec::new(),
                    skipped,
                    review,
                };
                out.ask();
            }
            Ok(None) => {
                p.dialogue = Dialogue::Idle;
                out.say(Text::new(none_left));
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot read ideas to rate");
                out.say(Text::new("error-internal")).ask();
            }
        }
    }

    /// Whether the person belongs to a group that reviews some
    /// consultation's ideas.
    pub(super) fn is_reviewer(&self, p: &Participant) -> bool {
        self.consultations
            .iter()
            .any(|c| c.reviewer_group(&p.audiences).is_some())
    }

    /// The criteria an idea is rated by; `None` if its consultation has none.
    fn criteria(&self, i: &Idea) -> Option<&[Criterion]> {
        let criteria = &self.consultation(&i.consultation)?.ideas.as_ref()?.criteria;
        (!criteria.is_empty()).then_some(criteria.as_slice())
    }

    /// In id order, ideas in a rating phase, with criteria, not the
    /// person's own, not yet rated (reviewed) by them, not skipped in this
    /// round: for the jury those under evaluation, for experts those
    /// published in a consultation they review for.
    fn next_to_rate(
        &self,
        p: &Participant,
        skipped: &[String],
        review: bool,
    ) -> Result<Option<Idea>, StoreError> {
        let now = (self.clock)();
        Ok(self.store.ideas()?.into_iter().find(|i| {
            let Some(c) = self.consultation(&i.consultation) else {
                return false;
            };
            let open = if review {
                i.is_public()
                    && c.reviewer_group(&p.audiences).is_some()
                    && !i.reviews.iter().any(|r| r.expert == p.id)
            } else {
                matches!(i.status, IdeaStatus::Submitted | IdeaStatus::Review)
                    && !i.ratings.iter().any(|r| r.juror == p.id)
            };
            open && i.author != p.id
                && !skipped.contains(&i.id)
                && self.criteria(i).is_some()
                && c.allows(Activity::Rating, now)
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
        let Dialogue::Rating { scores, review, .. } = &p.dialogue else {
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
            // An expert's review needs its text; a juror's note is optional.
            None if *review => {
                prompt.say(Text::new("review-text").num("max", NOTE_MAX as f64));
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
            review,
        } = p.dialogue.clone()
        else {
            return;
        };
        let Some((_, criteria)) = self.rated(p) else {
            // Rated, withdrawn or gone meanwhile: on to the next one.
            return self.rate(p, true, review, skipped, out);
        };
        match (criteria.get(scores.len()), b) {
            (Some(k), Button::Value(v)) if (k.min..=k.max).contains(&v) => {
                scores.push(v);
                p.dialogue = Dialogue::Rating {
                    idea,
                    scores,
                    skipped,
                    review,
                };
                out.ask();
            }
            (None, Button::Done) if !review => self.save_rating(p, None, now, out),
            (_, Button::Skip) => {
                skipped.push(idea);
                self.rate(p, true, review, skipped, out)
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

    /// Keeps the rating (review) on the idea, replacing an earlier one of
    /// the same person; a juror then sees the jury's score so far. On to
    /// the next idea.
    fn save_rating(
        &self,
        p: &mut Participant,
        note: Option<String>,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let Dialogue::Rating {
            scores,
            skipped,
            review,
            ..
        } = p.dialogue.clone()
        else {
            return;
        };
        let Some((mut idea, criteria)) = self.rated(p) else {
            return self.rate(p, true, review, skipped, out);
        };
        let scores = criteria.iter().map(|c| c.id.clone()).zip(scores).collect();
        let group = self
            .consultation(&idea.consultation)
            .and_then(|c| c.reviewer_group(&p.audiences));
        match (review, group, note) {
            (true, Some(group), Some(text)) => {
                idea.reviews.retain(|r| r.expert != p.id);
                idea.reviews_numbered += 1;
                idea.reviews.push(Review {
                    expert: p.id.clone(),
                    audience: group.to_owned(),
                    at: now,
                    scores,
                    text,
                    published: false,
                    no: idea.reviews_numbered,
                });
                out.say(Text::new("review-saved").arg("id", &idea.id));
            }
            (true, ..) => {
                out.say(Text::new("review-not-expert"));
                p.dialogue = Dialogue::Idle;
                return;
            }
            (false, _, note) => {
                idea.ratings.retain(|r| r.juror != p.id);
                idea.ratings.push(Rating {
                    juror: p.id.clone(),
                    at: now,
                    scores,
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
            }
        }
        // The rating is written with this step: the store does not have it
        // yet, so the next idea must not be this one.
        let mut passed = skipped;
        passed.push(idea.id.clone());
        out.idea = Some(idea);
        self.rate(p, true, review, passed, out)
    }
}
