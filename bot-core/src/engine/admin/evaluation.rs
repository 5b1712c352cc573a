//! Staff evaluating ideas: one idea in full with its history, a new status
//! with the answer citizens see, internal notes, publishing. Every change
//! is kept on the idea (who, when, what) besides the audit line.

use chrono::{DateTime, Utc};

use super::Effects;
use crate::admin_command::IdeaFilter;
use crate::engine::{status_text, Core, EngineError};
use crate::records::{Idea, IdeaChange, IdeaEvent, IdeaStatus};
use crate::stats::jury_ranking;
use crate::text::Text;

/// The longest public answer or internal note.
const NOTE_MAX: usize = 2000;

impl Core {
    /// The idea staff name, if it exists and what they wrote about it is
    /// not too long; else the reply says what is wrong.
    fn idea_for(
        &self,
        id: &str,
        text: Option<&str>,
        fx: &mut Effects,
    ) -> Result<Option<Idea>, EngineError> {
        let Some(idea) = self.idea_by_id(id)? else {
            fx.body.push(Text::new("admin-unknown-idea").echo("id", id));
            return Ok(None);
        };
        let length = text.map_or(0, |t| t.chars().count());
        if length > NOTE_MAX {
            fx.body.push(
                Text::new("error-too-long")
                    .num("length", length as f64)
                    .num("max", NOTE_MAX as f64),
            );
            return Ok(None);
        }
        Ok(Some(idea))
    }

    /// `ideas [filter]`: one line per idea.
    pub(super) fn list_ideas(
        &self,
        filter: IdeaFilter,
        fx: &mut Effects,
    ) -> Result<(), EngineError> {
        let ideas: Vec<Idea> = self
            .store
            .ideas()?
            .into_iter()
            .filter(|i| match &filter {
                IdeaFilter::Status(s) => i.status == *s,
                IdeaFilter::Published => i.published,
                IdeaFilter::Department(d) => i
                    .department
                    .as_deref()
                    .is_some_and(|x| x.eq_ignore_ascii_case(d)),
                IdeaFilter::All => true,
            })
            .collect();
        if ideas.is_empty() {
            fx.body.push(Text::new("admin-no-ideas"));
        }
        for i in &ideas {
            fx.body.push(
                Text::new("admin-idea-line")
                    .arg("id", &i.id)
                    .arg("title", &i.title)
                    .text("field", self.field_label(i))
                    .text("status", Text::new(status_text(i.status)))
                    .num("supporters", i.supporters.len() as f64)
                    .arg("published", if i.published { "yes" } else { "no" }),
            );
        }
        Ok(())
    }

    /// `ideas ranked`: rated ideas by the jury's weighted mean, best
    /// first, with the number of ratings and their spread.
    pub(super) fn ranked(&self, fx: &mut Effects) -> Result<(), EngineError> {
        let ideas = self.store.ideas()?;
        let ranked = jury_ranking(ideas.iter(), |i| {
            let c = self.consultation(&i.consultation)?;
            Some(c.ideas.as_ref()?.criteria.as_slice())
        });
        if ranked.is_empty() {
            fx.body.push(Text::new("admin-none-rated"));
        }
        for (place, r) in ranked.iter().enumerate() {
            fx.body.push(
                Text::new("admin-ranked-line")
                    .num("place", (place + 1) as f64)
                    .arg("id", &r.id)
                    .arg("title", &r.title)
                    .arg("score", format!("{:.0}", r.score.mean))
                    .num("ratings", r.score.ratings as f64)
                    .arg("spread", format!("{:.0}", r.score.spread)),
            );
        }
        Ok(())
    }

    /// `ask ID QUESTION`: the question goes to the author's chat; their
    /// next message there is the answer, which comes back to `from`.
    pub(super) fn ask_author(
        &self,
        id: &str,
        question: String,
        who: &str,
        from: (String, String),
        now: DateTime<Utc>,
        fx: &mut Effects,
    ) -> Result<(), EngineError> {
        let Some(mut idea) = self.idea_for(id, Some(&question), fx)? else {
            return Ok(());
        };
        fx.detail = format!("idea {} question to its author", idea.id);
        let news = Text::new("idea-question")
            .arg("id", &idea.id)
            .arg("title", &idea.title)
            .arg("question", &question);
        idea.history.push(IdeaEvent {
            at: now,
            by: who.to_owned(),
            change: IdeaChange::Question {
                text: question,
                from,
            },
        });
        let reachable = self.tell_author(fx, &idea, news)?;
        fx.body.push(
            Text::new("admin-asked")
                .arg("id", &idea.id)
                .arg("reachable", if reachable { "yes" } else { "no" }),
        );
        fx.ideas.push(idea);
        Ok(())
    }

    /// `merge FROM INTO`: a duplicate goes into another idea; its
    /// supporters move there (once each), and both authors hear of it.
    pub(super) fn merge(
        &self,
        from: &str,
        into: &str,
        who: &str,
        now: DateTime<Utc>,
        fx: &mut Effects,
    ) -> Result<(), EngineError> {
        let (Some(mut dup), Some(mut kept)) = (self.idea_by_id(from)?, self.idea_by_id(into)?)
        else {
            let unknown = if self.idea_by_id(from)?.is_none() {
                from
            } else {
                into
            };
            fx.body
                .push(Text::new("admin-unknown-idea").echo("id", unknown));
            return Ok(());
        };
        for s in std::mem::take(&mut dup.supporters) {
            if s != kept.author && !kept.supporters.contains(&s) {
                kept.supporters.push(s);
            }
        }
        dup.status = IdeaStatus::Merged;
        dup.published = false;
        for (idea, other) in [(&mut dup, into), (&mut kept, from)] {
            idea.history.push(IdeaEvent {
                at: now,
                by: who.to_owned(),
                change: IdeaChange::Merged {
                    with: other.to_owned(),
                },
            });
        }
        fx.detail = format!("idea {from} merged into {into}");
        let news = Text::new("idea-merged")
            .arg("id", &dup.id)
            .arg("into", &kept.id)
            .arg("title", &kept.title);
        self.tell_author(fx, &dup, news)?;
        let news = Text::new("idea-merged-into")
            .arg("id", &kept.id)
            .arg("from", &dup.id)
            .arg("title", &dup.title);
        self.tell_author(fx, &kept, news)?;
        fx.body.push(
            Text::new("admin-merged")
                .arg("from", &dup.id)
                .arg("into", &kept.id)
                .num("supporters", kept.supporters.len() as f64),
        );
        fx.ideas.push(dup);
        fx.ideas.push(kept);
        Ok(())
    }

    /// `idea ID assign DEPARTMENT`: who in the ministry takes it on.
    pub(super) fn assign(
        &self,
        id: &str,
        department: String,
        who: &str,
        now: DateTime<Utc>,
        fx: &mut Effects,
    ) -> Result<(), EngineError> {
        let Some(mut idea) = self.idea_for(id, None, fx)? else {
            return Ok(());
        };
        let department = crate::text::one_line(&department);
        let department: String = department.chars().take(100).collect();
        fx.detail = format!("idea {} assigned", idea.id);
        idea.department = Some(department.clone());
        idea.history.push(IdeaEvent {
            at: now,
            by: who.to_owned(),
            change: IdeaChange::Assigned {
                department: department.clone(),
            },
        });
        fx.body.push(
            Text::new("admin-assigned")
                .arg("id", &idea.id)
                .arg("department", department),
        );
        fx.ideas.push(idea);
        Ok(())
    }

    /// `idea ID`: the idea in full, then its history (notes included:
    /// this is for staff).
    pub(super) fn show_idea(&self, id: &str, fx: &mut Effects) -> Result<(), EngineError> {
        let Some(i) = self.idea_for(id, None, fx)? else {
            return Ok(());
        };
        fx.body.push(
            Text::new("admin-idea-full")
                .arg("id", &i.id)
                .arg("title", &i.title)
                .arg("description", &i.description)
                .text("field", self.field_label(&i))
                .text("status", Text::new(status_text(i.status)))
                .text("time", self.when(i.submitted_at))
                .arg(
                    "author",
                    if i.author.is_empty() {
                        "–"
                    } else {
                        &i.author
                    },
                )
                .num("supporters", i.supporters.len() as f64)
                .arg("published", if i.published { "yes" } else { "no" })
                .arg("publishable", if i.publishable { "yes" } else { "no" }),
        );
        for e in &i.history {
            let time = self.when(e.at);
            let line = match &e.change {
                IdeaChange::Status { status, answer } => Text::new("admin-history-status")
                    .text("status", Text::new(status_text(*status)))
                    .arg("answer", answer.as_deref().unwrap_or("–")),
                IdeaChange::Note { text } => Text::new("admin-history-note").arg("text", text),
                IdeaChange::Published { published } => Text::new("admin-history-published")
                    .arg("published", if *published { "yes" } else { "no" }),
                IdeaChange::Assigned { department } => {
                    Text::new("admin-history-assigned").arg("department", department)
                }
                IdeaChange::Question { text, .. } => {
                    Text::new("admin-history-question").arg("text", text)
                }
                IdeaChange::Reply { text } => Text::new("admin-history-reply").arg("text", text),
                IdeaChange::Merged { with } => Text::new("admin-history-merged").arg("with", with),
                IdeaChange::Edited | IdeaChange::Withdrawn => {
                    Text::new("admin-history-author").arg("kind", e.change.kind())
                }
            };
            fx.body.push(line.text("time", time).arg("by", &e.by));
        }
        let c = self.consultation(&i.consultation);
        for r in &i.reviews {
            fx.body.push(
                Text::new("admin-review-line")
                    .num("n", r.no as f64)
                    .arg("audience", &r.audience)
                    .text("time", self.when(r.at))
                    .arg("scores", self.score_list(c, &r.scores))
                    .arg("text", &r.text)
                    .arg("published", if r.published { "yes" } else { "no" })
                    .arg("id", &i.id),
            );
        }
        Ok(())
    }

    /// `Nutzen 4, Machbarkeit 3`: scores by criterion, in the chat's
    /// default language (staff views).
    pub(in crate::engine) fn score_list(
        &self,
        c: Option<&crate::consultation::Consultation>,
        scores: &[(String, i64)],
    ) -> String {
        let lang = &self.settings.default_language;
        scores
            .iter()
            .map(|(k, v)| {
                let name = c.map_or_else(
                    || k.clone(),
                    |c| self.locales.render(lang, &Text::new(c.criterion_text(k))),
                );
                format!("{name} {v}")
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// `review ID N on|off`: an expert's review public under the idea, or
    /// back to staff only.
    pub(super) fn publish_review(
        &self,
        id: &str,
        n: usize,
        on: bool,
        fx: &mut Effects,
    ) -> Result<(), EngineError> {
        let Some(mut idea) = self.idea_for(id, None, fx)? else {
            return Ok(());
        };
        let Some(review) = idea.reviews.iter_mut().find(|r| r.no as usize == n) else {
            fx.body.push(
                Text::new("admin-review-unknown")
                    .arg("id", &idea.id)
                    .num("n", n as f64),
            );
            return Ok(());
        };
        review.published = on;
        fx.detail = format!("idea {} review {n} published {on}", idea.id);
        fx.body.push(
            Text::new("admin-review-published")
                .arg("id", &idea.id)
                .num("n", n as f64)
                .arg("on", if on { "yes" } else { "no" }),
        );
        fx.ideas.push(idea);
        Ok(())
    }

    /// `idea ID status S [answer]`: the new status and its answer go on the
    /// idea and to the author and the supporters.
    pub(super) fn set_status(
        &self,
        id: &str,
        status: IdeaStatus,
        answer: Option<String>,
        who: &str,
        now: DateTime<Utc>,
        fx: &mut Effects,
    ) -> Result<(), EngineError> {
        let Some(mut idea) = self.idea_for(id, answer.as_deref(), fx)? else {
            return Ok(());
        };
        fx.detail = format!(
            "idea {} status {} -> {}",
            idea.id,
            crate::stats::status_name(idea.status),
            crate::stats::status_name(status)
        );
        idea.status = status;
        idea.history.push(IdeaEvent {
            at: now,
            by: who.to_owned(),
            change: IdeaChange::Status {
                status,
                answer: answer.clone(),
            },
        });
        let answer = answer.unwrap_or_default();
        let news = Text::new("idea-status-changed")
            .arg("id", &idea.id)
            .arg("title", &idea.title)
            .text("status", Text::new(status_text(status)))
            .arg("comment", &answer);
        let notified = self.tell_author(fx, &idea, news)?;
        fx.body.push(
            Text::new("admin-status-set")
                .arg("id", &idea.id)
                .text("status", Text::new(status_text(status)))
                .arg("notified", if notified { "yes" } else { "no" }),
        );
        // Supporters follow the idea: they hear too, with the answer.
        let supporters = idea
            .supporters
            .iter()
            .filter(|s| **s != idea.author)
            .cloned()
            .collect();
        let news = Text::new("idea-supported-status-changed")
            .arg("id", &idea.id)
            .arg("title", &idea.title)
            .text("status", Text::new(status_text(status)))
            .arg("comment", answer);
        let what = format!("idea {} news to its supporters", idea.id);
        self.announce(fx, news, supporters, None, what)?;
        // An award is news for everyone following the consultation.
        if status == IdeaStatus::Awarded {
            let followers = self
                .followers(&idea.consultation)?
                .into_iter()
                .filter(|f| *f != idea.author && !idea.supporters.contains(f))
                .collect();
            let news = Text::new("idea-awarded-news")
                .arg("id", &idea.id)
                .arg("title", &idea.title);
            let what = format!("idea {} award to the followers", idea.id);
            self.announce(fx, news, followers, None, what)?;
        }
        fx.ideas.push(idea);
        Ok(())
    }

    /// `idea ID note TEXT`: for staff only; the audit line says a note was
    /// added, not what it says.
    pub(super) fn add_note(
        &self,
        id: &str,
        text: String,
        who: &str,
        now: DateTime<Utc>,
        fx: &mut Effects,
    ) -> Result<(), EngineError> {
        let Some(mut idea) = self.idea_for(id, Some(&text), fx)? else {
            return Ok(());
        };
        fx.detail = format!("idea {} note added", idea.id);
        idea.history.push(IdeaEvent {
            at: now,
            by: who.to_owned(),
            change: IdeaChange::Note { text },
        });
        fx.body
            .push(Text::new("admin-note-added").arg("id", &idea.id));
        fx.ideas.push(idea);
        Ok(())
    }

    /// `publish` / `unpublish`: in or out of the public list (the author
    /// hears when it goes in).
    pub(super) fn set_published(
        &self,
        id: &str,
        published: bool,
        who: &str,
        now: DateTime<Utc>,
        fx: &mut Effects,
    ) -> Result<(), EngineError> {
        let Some(old) = self.idea_for(id, None, fx)? else {
            return Ok(());
        };
        if published && old.status == IdeaStatus::Withdrawn {
            fx.body
                .push(Text::new("admin-publish-withdrawn").arg("id", &old.id));
            return Ok(());
        }
        if published && !old.publishable {
            fx.body
                .push(Text::new("admin-publish-internal").arg("id", &old.id));
            return Ok(());
        }
        let mut idea = Idea {
            published,
            ..old.clone()
        };
        idea.history.push(IdeaEvent {
            at: now,
            by: who.to_owned(),
            change: IdeaChange::Published { published },
        });
        fx.detail = format!("idea {id} published {} -> {published}", old.published);
        if published && !old.published {
            let news = Text::new("idea-published")
                .arg("id", &idea.id)
                .arg("title", &idea.title);
            self.tell_author(fx, &idea, news)?;
        }
        let done = if published {
            "admin-published"
        } else {
            "admin-unpublished"
        };
        fx.body.push(Text::new(done).arg("id", &idea.id));
        fx.ideas.push(idea);
        Ok(())
    }
}
