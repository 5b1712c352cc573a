//! The participant's rights in the chat: seeing everything stored
//! (`/mydata`), erasure (`/forget`), and the daily retention job that
//! deletes contact addresses once consultations are long closed.

use std::collections::HashSet;

use chrono::{DateTime, Utc};

use super::button::Button;
use super::dialogue::Prompt;
use super::idea::tell_idea;
use super::step::Out;
use super::*;
use crate::consultation::Answer;
use crate::records::*;
use crate::store::{Step, Write};
use crate::text::Text;

impl Core {
    /// `/forget`: asks first; keeping one's data returns to where one was.
    pub(super) fn confirm_forget(&self, p: &mut Participant, out: &mut Out) {
        p.dialogue = Dialogue::ConfirmForget {
            resume: Box::new(p.dialogue.underneath()),
        };
        out.ask();
    }

    pub(super) fn forget_prompt(&self, prompt: &mut Prompt) {
        prompt
            .keyed(Button::Forget, Text::new("choice-forget-yes"))
            .keyed(Button::Cancel, Text::new("choice-forget-no"))
            .say(Text::new("forget-question"));
    }

    pub(super) fn forget_press(&self, p: &mut Participant, b: Button, out: &mut Out) {
        if b == Button::Forget {
            p.dialogue = Dialogue::Idle;
            out.erase = true;
            out.say(Text::new("forget-done"));
        } else {
            out.say(Text::new("error-stale-button")).ask();
        }
    }

    /// `/mydata`: everything stored about the participant, as a readable
    /// message and as a JSON file.
    pub(super) fn my_data(&self, p: &Participant, out: &mut Out) {
        let lang = p.language.as_str();
        let render = |t: &Text| self.locales.render(lang, t);
        let (contact, ideas) = match (self.store.contact(&p.id), self.own_ideas(&p.id)) {
            (Ok(c), Ok(ideas)) => (c, ideas),
            (Err(e), _) | (_, Err(e)) => {
                tracing::error!(error = %e, "cannot read data for /mydata");
                out.say(Text::new("error-internal")).ask();
                return;
            }
        };
        out.say(
            Text::new("mydata-intro")
                .arg("id", &p.id)
                .text("since", self.when(p.created_at)),
        );
        out.say(Text::new("mydata-language").text("language", Text::new("language-name")));
        out.say(match &p.consent {
            Some(c) => Text::new("mydata-consent")
                .arg("given", if c.given { "yes" } else { "no" })
                .text("at", self.when(c.at))
                .num("version", c.notice_version),
            None => Text::new("mydata-no-consent"),
        });
        if let Some(c) = &contact {
            out.say(
                Text::new("mydata-contact")
                    .arg("platform", &c.platform)
                    .arg("address", &c.chat),
            );
        }
        let mut runs = Vec::new();
        for (cid, run) in &p.runs {
            let c = self.consultation(cid);
            let title = match c {
                Some(c) => Text::new(c.title_text()),
                None => Text::new("answer-value").arg("value", cid),
            };
            out.say(
                Text::new("mydata-consultation")
                    .text("title", title.clone())
                    .num("count", run.answers.len() as f64)
                    .arg(
                        "completed",
                        if run.completed_at.is_some() {
                            "yes"
                        } else {
                            "no"
                        },
                    ),
            );
            let mut answers = Vec::new();
            // In question order where the consultation is known.
            let mut ordered: Vec<(&String, &Answer)> = run.answers.iter().collect();
            if let Some(c) = c {
                ordered.sort_by_key(|(qid, _)| c.position(qid).unwrap_or(usize::MAX));
            }
            for (qid, a) in ordered {
                let (question, answer) = match c {
                    Some(c) => (
                        Text::new(c.question_text(qid)),
                        self.answer_text(lang, c, qid, a),
                    ),
                    None => (
                        Text::new("answer-value").arg("value", qid),
                        Text::new("answer-value").arg("value", a.cell()),
                    ),
                };
                out.say(
                    Text::new("mydata-answer")
                        .text("question", question.clone())
                        .text("answer", answer.clone()),
                );
                answers.push(serde_json::json!({
                    "question": qid,
                    "question_text": render(&question),
                    "answer": a,
                    "answer_text": render(&answer),
                    "answered_at": run.answered_at.get(qid),
                }));
            }
            runs.push(serde_json::json!({
                "consultation": cid,
                "title": render(&title),
                "started_at": run.started_at,
                "completed_at": run.completed_at,
                "answers": answers,
            }));
        }
        for i in &ideas {
            tell_idea(i, out);
        }
        let others = self.store.ideas().unwrap_or_else(|e| {
            tracing::error!(error = %e, "cannot read supports and reviews for /mydata");
            Vec::new()
        });
        let supports: Vec<String> = others
            .iter()
            .filter(|i| i.supporters.contains(&p.id))
            .map(|i| i.id.clone())
            .collect();
        if !supports.is_empty() {
            out.say(Text::new("mydata-supports").arg("ids", supports.join(", ")));
        }
        // An invited expert's reviews are their words, so theirs to see.
        let reviews: Vec<serde_json::Value> = others
            .iter()
            .flat_map(|i| i.reviews.iter().map(move |r| (i, r)))
            .filter(|(_, r)| r.expert == p.id)
            .map(|(i, r)| {
                out.say(
                    Text::new("mydata-review")
                        .arg("id", &i.id)
                        .arg("text", &r.text),
                );
                serde_json::json!({
                    "idea": i.id,
                    "at": r.at,
                    "scores": r.scores,
                    "text": r.text,
                    "published": r.published,
                })
            })
            .collect();
        if p.runs.is_empty() && ideas.is_empty() && supports.is_empty() && reviews.is_empty() {
            out.say(Text::new("mydata-nothing"));
        }
        // Who else supports their ideas is not theirs to see: counts only.
        let ideas: Vec<serde_json::Value> = ideas
            .iter()
            .map(|i| {
                serde_json::json!({
                    "id": i.id,
                    "consultation": i.consultation,
                    "title": i.title,
                    "description": i.description,
                    "field": i.field,
                    "status": i.status,
                    "submitted_at": i.submitted_at,
                    "language": i.language,
                    "published": i.published,
                    "may_be_published": i.publishable,
                    "answer": i.answer(),
                    "supporters": i.supporters.len(),
                })
            })
            .collect();
        let data = serde_json::json!({
            "participant": p.id,
            "created_at": p.created_at,
            "language": p.language,
            "consent": p.consent,
            "contact": contact,
            "dialogue": p.dialogue,
            "consultations": runs,
            "ideas": ideas,
            "supports": supports,
            "reviews": reviews,
        });
        out.say(Text::new("mydata-file"));
        out.attachment = Some(Attachment {
            name: format!("mitreden-{}.json", p.id),
            mime: "application/json".into(),
            data: serde_json::to_vec_pretty(&data).unwrap_or_default(),
        });
        out.ask();
    }

    /// Erases the participant in one step: record (with answers), contact,
    /// and ideas (deleted, or kept without author where configured). The
    /// audit log notes the erasure without anything personal.
    pub(super) fn erase(
        &self,
        p: &Participant,
        event: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let ideas = self.own_ideas(&p.id)?;
        let keep = self.settings.keep_ideas_on_erasure;
        let stripped: Vec<Idea> = ideas
            .iter()
            .map(|i| Idea {
                author: String::new(),
                language: String::new(),
                ..i.clone()
            })
            .collect();
        // Their supports and reviews go too; counts on others' ideas drop
        // by one.
        let unsupported: Vec<Idea> = self
            .store
            .ideas()?
            .into_iter()
            .filter(|i| {
                i.author != p.id
                    && (i.supporters.contains(&p.id) || i.reviews.iter().any(|r| r.expert == p.id))
            })
            .map(|mut i| {
                i.supporters.retain(|s| *s != p.id);
                i.reviews.retain(|r| r.expert != p.id);
                i
            })
            .collect();
        let mut writes: Vec<Write<Idea>> = if keep {
            stripped.iter().map(Write::Put).collect()
        } else {
            ideas.iter().map(|i| Write::Delete(i.id.as_str())).collect()
        };
        writes.extend(unsupported.iter().map(Write::Put));
        let audit = AuditEntry {
            v: RECORD_VERSION,
            at: now,
            actor: "participant".into(),
            action: "erasure".into(),
            detail: format!(
                "{} consultation run(s) and {} idea(s) {}, {} support(s) withdrawn",
                p.runs.len(),
                ideas.len(),
                if keep {
                    "kept without author"
                } else {
                    "deleted"
                },
                unsupported.len()
            ),
            count: None,
        };
        self.unqueue(&p.id)?;
        self.store.commit(Step {
            participant: Write::Delete(&p.id),
            contact: Some(Write::Delete(&p.id)),
            event,
            awaits_reply: event.is_some(),
            ideas: &writes,
            audit: Some(&audit),
        })
    }

    /// Deletes the contact addresses of participants whose consultations all
    /// closed more than `retention_days` ago (or who never took part and
    /// wrote last that long ago), and the records of people who did not
    /// consent after a day. Run hourly; returns how many addresses were
    /// deleted. Everyone is read and judged outside the step lock (seconds
    /// with a hundred thousand people); under it only those found are
    /// judged again, then removed.
    pub(super) async fn retention(&self) -> Result<usize, EngineError> {
        let this = self.clone();
        let now = (self.clock)();
        let found = tokio::task::spawn_blocking(move || this.retention_due(None, now))
            .await
            .map_err(|e| EngineError::Store(StoreError::Flush(format!("retention: {e}"))))??;
        let removed = self
            .apply(None, |_, now| {
                let due = self.retention_due(Some(&found), now)?;
                for id in &due.unconsented {
                    self.store.commit(Step {
                        participant: Write::Delete(id),
                        contact: Some(Write::Delete(id)),
                        event: None,
                        awaits_reply: false,
                        ideas: &[],
                        audit: None,
                    })?;
                }
                if !due.unconsented.is_empty() {
                    let unconsented = due.unconsented.len();
                    tracing::info!(unconsented, "retention: records without consent deleted");
                }
                let expired = due.addresses;
                // Event ids only guard against redelivery, which comes within
                // hours: a month is plenty.
                self.store
                    .prune_events(now - chrono::Duration::days(EVENT_MEMORY_DAYS))?;
                if !expired.is_empty() {
                    self.store.forget_contacts(
                        &expired,
                        &AuditEntry {
                            v: RECORD_VERSION,
                            at: now,
                            actor: "system".into(),
                            action: "retention".into(),
                            detail: format!("{} contact address(es) deleted", expired.len()),
                            count: None,
                        },
                    )?;
                }
                Ok(expired.len())
            })
            .await?;
        if removed > 0 {
            tracing::info!(removed, "retention: contact addresses deleted");
        }
        Ok(removed)
    }
    /// Who is due for retention at `now`: among everyone (`None`, read
    /// without the step lock, damaged records skipped), or among those
    /// found before (`Some`, under the lock, read again).
    fn retention_due(&self, among: Option<&Due>, now: DateTime<Utc>) -> Result<Due, EngineError> {
        let keep = chrono::Duration::days(i64::from(self.settings.retention_days));
        let over = |t: DateTime<Utc>| t + keep < now;
        let ideas = self.store.ideas()?;
        // Whose ideas, supports and reviews are in which consultations:
        // looked up per person, not searched.
        let mut involved: HashMap<&str, Vec<&str>> = HashMap::new();
        let mut authors: HashSet<&str> = HashSet::new();
        for i in &ideas {
            authors.insert(&i.author);
            let people = std::iter::once(i.author.as_str())
                .chain(i.supporters.iter().map(String::as_str))
                .chain(i.reviews.iter().map(|r| r.expert.as_str()));
            for person in people {
                involved.entry(person).or_default().push(&i.consultation);
            }
        }
        let read = |id: &str| -> Result<Option<Participant>, EngineError> {
            Ok(match among {
                Some(_) => self.participant(id)?.0,
                None => self.store.participant(id).ok().flatten(),
            })
        };
        let mut due = Due::default();
        let addresses: Vec<String> = match among {
            Some(found) => found.addresses.clone(),
            None => self
                .store
                .contacts()?
                .into_iter()
                .map(|(id, _)| id)
                .collect(),
        };
        for id in addresses {
            if among.is_some() {
                match self.store.contact(&id) {
                    Ok(Some(_)) => {}
                    Ok(None) => continue,
                    // An address that cannot be read cannot be used: it goes.
                    Err(StoreError::Decode { .. } | StoreError::Damaged { .. }) => {
                        due.addresses.push(id);
                        continue;
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            let Some(p) = read(&id)? else {
                due.addresses.push(id);
                continue;
            };
            let mut taken: Vec<&str> = p.runs.keys().map(String::as_str).collect();
            // Ideas written, supported or reviewed are taking part too:
            // their news needs the address while it runs.
            taken.extend(involved.get(id.as_str()).into_iter().flatten());
            let done = if taken.is_empty() {
                over(p.created_at)
            } else {
                taken.iter().all(|c| {
                    self.consultation(c)
                        .is_none_or(|c| self.window(c).1.is_some_and(over))
                })
            };
            if done {
                due.addresses.push(id);
            }
        }
        // Who never consented (or refused) and gave nothing is not kept
        // past a day: not even their language and refusal.
        let day = chrono::Duration::days(1);
        let people = match among {
            Some(found) => {
                let mut people = Vec::new();
                for id in &found.unconsented {
                    people.extend(read(id)?);
                }
                people
            }
            None => self.store.participants()?,
        };
        for p in people {
            let consented = p.consent.as_ref().is_some_and(|c| c.given);
            let gave = !p.runs.is_empty() || authors.contains(p.id.as_str());
            if !consented && !gave && p.created_at + day < now {
                due.unconsented.push(p.id);
            }
        }
        Ok(due)
    }
}

/// Whom retention is due for.
#[derive(Default)]
struct Due {
    /// Participants whose contact address goes.
    addresses: Vec<String>,
    /// Records without consent that go whole.
    unconsented: Vec<String>,
}
