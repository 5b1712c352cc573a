//! Submitting an idea (title, description, field of action, a last look
//! with changes allowed, then send), the offer after the questions, and a
//! citizen's own ideas (`/myideas`).

use chrono::{DateTime, Utc};

use super::button::Button;
use super::dialogue::Prompt;
use super::question::check_length;
use super::step::Out;
use super::{fold, Core, Notification, Reply};
use crate::consultation::Consultation;
use crate::error::StoreError;
use crate::records::*;
use crate::store::idea_id;
use crate::text::{shorten, Text};

/// How alike (0–1, bigrams) a published idea must be to be offered
/// instead of a new one.
const SIMILAR: f64 = 0.6;

/// The longest answer an author sends to staff's question.
const REPLY_MAX: usize = 2000;

/// An idea for its submitter: id, title, status, and the answer given
/// with the status (never internal notes).
pub(super) fn tell_idea(i: &Idea, out: &mut Out) {
    out.say(
        Text::new("mydata-idea")
            .arg("id", &i.id)
            .arg("title", &i.title)
            .text("status", Text::new(status_text(i.status))),
    );
    if let Some(answer) = i.answer() {
        out.say(
            Text::new("idea-answer")
                .arg("id", &i.id)
                .arg("answer", answer),
        );
    }
}

/// Message id of an idea status.
pub fn status_text(status: IdeaStatus) -> &'static str {
    match status {
        IdeaStatus::Submitted => "idea-status-submitted",
        IdeaStatus::Review => "idea-status-review",
        IdeaStatus::Accepted => "idea-status-accepted",
        IdeaStatus::Rejected => "idea-status-rejected",
        IdeaStatus::Implemented => "idea-status-implemented",
        IdeaStatus::Withdrawn => "idea-status-withdrawn",
        IdeaStatus::Awarded => "idea-status-awarded",
        IdeaStatus::Merged => "idea-status-merged",
    }
}

impl Core {
    /// `/idea`: for the given consultation, the current one, or a pick.
    pub(super) fn idea(
        &self,
        p: &mut Participant,
        id: Option<String>,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let target = id
            .or_else(|| p.current.clone())
            .and_then(|id| self.consultation(&id))
            .filter(|c| self.is_open(c, now) && self.accepts_ideas(c) && c.open_to(&p.audiences));
        let Some(c) = target else {
            if !self.runtime.ideas_on() {
                p.dialogue = Dialogue::Idle;
                out.say(Text::new("ideas-paused"));
                return;
            }
            return self.list(p, now, true, out);
        };
        let max = self.runtime.ideas_max();
        if max > 0 {
            match self.own_ideas(&p.id) {
                Ok(mine) if mine.iter().filter(|i| i.consultation == c.id).count() >= max => {
                    p.dialogue = Dialogue::Idle;
                    out.say(Text::new("ideas-limit").num("max", max as f64));
                    return;
                }
                Ok(_) => {}
                Err(e) => {
                    tracing::error!(error = %e, "cannot count own ideas");
                    out.say(Text::new("error-internal")).ask();
                    return;
                }
            }
        }
        if !self.has_consent(p) {
            return self.ask_consent(p, Next::Idea(c.id.clone()), out);
        }
        p.current = Some(c.id.clone());
        let underneath = p.dialogue.underneath();
        let resume = matches!(underneath, Dialogue::Question { .. }).then(|| Box::new(underneath));
        p.dialogue = Dialogue::Idea {
            consultation: c.id.clone(),
            draft: IdeaDraft {
                resume,
                ..IdeaDraft::default()
            },
            step: IdeaStep::Title,
        };
        out.ask();
    }

    /// The draft's consultation and its idea settings, if still loaded.
    fn idea_target(&self, p: &Participant) -> Option<&Consultation> {
        let Dialogue::Idea { consultation, .. } = &p.dialogue else {
            return None;
        };
        self.consultation(consultation)
            .filter(|c| c.ideas.is_some())
    }

    /// The draft being written and its consultation; `None` (and the
    /// dialogue idle) once that consultation no longer takes ideas.
    fn draft(&self, p: &mut Participant) -> Option<(&Consultation, IdeaDraft, IdeaStep)> {
        let target = self.idea_target(p);
        match (target, &p.dialogue) {
            (Some(c), Dialogue::Idea { draft, step, .. }) => Some((c, draft.clone(), *step)),
            _ => {
                p.dialogue = Dialogue::Idle;
                None
            }
        }
    }

    pub(super) fn idea_prompt(&self, p: &Participant, prompt: &mut Prompt) -> Option<()> {
        let Dialogue::Idea { draft, step, .. } = &p.dialogue else {
            return None;
        };
        let c = self.idea_target(p)?;
        let settings = c.ideas.as_ref()?;
        match step {
            IdeaStep::Title => {
                prompt
                    .unkeyed(Button::Cancel, Text::new("choice-cancel"))
                    .say(Text::new("idea-ask-title").num("max", settings.title_max as f64));
            }
            IdeaStep::Description => {
                prompt
                    .unkeyed(Button::Back, Text::new("choice-back"))
                    .unkeyed(Button::Cancel, Text::new("choice-cancel"))
                    .say(
                        Text::new("idea-ask-description")
                            .num("max", settings.description_max as f64),
                    );
            }
            IdeaStep::Field => {
                for f in &settings.fields {
                    prompt.keyed(Button::Option(f.clone()), Text::new(c.field_text(f)));
                }
                prompt
                    .keyed(Button::Back, Text::new("choice-back"))
                    .keyed(Button::Cancel, Text::new("choice-cancel"))
                    .say(Text::new("idea-ask-field"));
            }
            IdeaStep::Confirm => {
                // Alike ideas others published: support one instead (in a
                // phase that takes supports)?
                for i in self.similar(c, draft) {
                    prompt.say(
                        Text::new("idea-similar")
                            .arg("id", &i.id)
                            .arg("title", &i.title),
                    );
                    if self.takes_supports(&i) {
                        prompt.keyed(
                            Button::Support(i.id.clone()),
                            Text::new("choice-support-instead").arg("id", &i.id),
                        );
                    }
                }
                // The terms, until accepted: sending accepts them.
                if !self.accepted_terms(p, c) {
                    prompt
                        .say(Text::new(c.terms_text()))
                        .say(Text::new("idea-terms-hint"));
                }
                prompt
                    .keyed(Button::Send, Text::new("choice-send-public"))
                    .keyed(Button::SendInternal, Text::new("choice-send-internal"))
                    .keyed(Button::EditTitle, Text::new("choice-edit-title"))
                    .keyed(
                        Button::EditDescription,
                        Text::new("choice-edit-description"),
                    )
                    .keyed(Button::EditField, Text::new("choice-edit-field"))
                    .keyed(Button::Cancel, Text::new("choice-cancel"))
                    .say(
                        Text::new("idea-confirm")
                            .arg("title", &draft.title)
                            .arg("description", &draft.description)
                            .text("field", Text::new(c.field_text(&draft.field))),
                    );
            }
        }
        Some(())
    }

    pub(super) fn idea_press(
        &self,
        p: &mut Participant,
        b: Button,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let Some((c, mut draft, step)) = self.draft(p) else {
            return;
        };
        let fields = c.ideas.as_ref().map(|s| s.fields.as_slice()).unwrap_or(&[]);
        let next = match (step, b) {
            (IdeaStep::Field, Button::Option(f)) if fields.contains(&f) => {
                draft.field = f;
                IdeaStep::Confirm
            }
            (IdeaStep::Confirm, Button::EditTitle) => IdeaStep::Title,
            (IdeaStep::Confirm, Button::EditDescription) => IdeaStep::Description,
            (IdeaStep::Confirm, Button::EditField) => IdeaStep::Field,
            // The draft goes only for a support that can be given.
            (IdeaStep::Confirm, Button::Support(id)) if self.can_support(p, &id) => {
                p.dialogue = Dialogue::Idle;
                out.say(Text::new("idea-discarded"));
                return self.support(p, &id, out);
            }
            (IdeaStep::Confirm, Button::Send) => {
                return self.submit_idea(p, c, draft, true, now, out)
            }
            (IdeaStep::Confirm, Button::SendInternal) => {
                return self.submit_idea(p, c, draft, false, now, out)
            }
            _ => {
                out.say(Text::new("error-stale-button")).ask();
                return;
            }
        };
        draft.editing = next != IdeaStep::Confirm;
        p.dialogue = Dialogue::Idea {
            consultation: c.id.clone(),
            draft,
            step: next,
        };
        out.ask();
    }

    /// The title or description typed (after a change, back to the last look).
    pub(super) fn idea_typed(&self, p: &mut Participant, text: String, out: &mut Out) {
        let Some((c, mut draft, step)) = self.draft(p) else {
            return;
        };
        let Some(settings) = &c.ideas else {
            return;
        };
        let (limit, slot, next) = match step {
            IdeaStep::Title => (settings.title_max, &mut draft.title, IdeaStep::Description),
            IdeaStep::Description => (
                settings.description_max,
                &mut draft.description,
                IdeaStep::Field,
            ),
            IdeaStep::Field | IdeaStep::Confirm => {
                out.say(Text::new("error-use-choices")).ask();
                return;
            }
        };
        let text = match step {
            IdeaStep::Title => crate::text::one_line(&text),
            _ => text,
        };
        if let Err(t) = check_length(&text, limit) {
            out.say(t).ask();
            return;
        }
        *slot = text;
        let step = if draft.editing {
            IdeaStep::Confirm
        } else {
            next
        };
        draft.editing = false;
        p.dialogue = Dialogue::Idea {
            consultation: c.id.clone(),
            draft,
            step,
        };
        out.ask();
    }

    /// `/back` while writing an idea: the previous part.
    pub(super) fn idea_back(&self, p: &mut Participant) -> bool {
        let Dialogue::Idea { step, draft, .. } = &mut p.dialogue else {
            return false;
        };
        let previous = match step {
            IdeaStep::Title => return false,
            IdeaStep::Description => IdeaStep::Title,
            IdeaStep::Field => IdeaStep::Description,
            IdeaStep::Confirm => IdeaStep::Field,
        };
        *step = previous;
        draft.editing = false;
        true
    }

    /// Published ideas of the consultation much like the draft (bigram
    /// similarity of titles, or of title and description), most alike
    /// first, at most two.
    fn similar(&self, c: &Consultation, draft: &IdeaDraft) -> Vec<Idea> {
        let text = |title: &str, description: &str| {
            fold(&format!("{title} {}", shorten(description, 300)))
        };
        let (title, whole) = (fold(&draft.title), text(&draft.title, &draft.description));
        let mut alike: Vec<(f64, Idea)> = self
            .store
            .ideas()
            .unwrap_or_default()
            .into_iter()
            .filter(|i| i.is_public() && i.consultation == c.id)
            .filter(|i| draft.replaces.as_deref() != Some(i.id.as_str()))
            .map(|i| {
                let by_title = strsim::sorensen_dice(&fold(&i.title), &title);
                let by_text = strsim::sorensen_dice(&text(&i.title, &i.description), &whole);
                (by_title.max(by_text), i)
            })
            .filter(|(score, _)| *score >= SIMILAR)
            .collect();
        alike.sort_by(|a, b| b.0.total_cmp(&a.0));
        alike.into_iter().take(2).map(|(_, i)| i).collect()
    }

    /// Whether the person accepted the consultation's terms in force.
    fn accepted_terms(&self, p: &Participant, c: &Consultation) -> bool {
        let version = c.ideas.as_ref().map_or(0, |i| i.terms_version);
        p.terms.get(&c.id).is_some_and(|v| *v >= version)
    }

    /// Sends the draft: the terms shown with it are accepted, and the
    /// author's choice on publication is kept with the idea.
    fn submit_idea(
        &self,
        p: &mut Participant,
        c: &Consultation,
        draft: IdeaDraft,
        publishable: bool,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        if let Some(id) = &draft.replaces {
            return self.resubmit(p, id, draft.clone(), publishable, now, out);
        }
        let number = match self.store.next_idea_number() {
            Ok(n) => n,
            Err(e) => {
                tracing::error!(error = %e, "cannot number an idea");
                out.say(Text::new("error-internal")).ask();
                return;
            }
        };
        let idea = Idea {
            v: RECORD_VERSION,
            id: idea_id(number),
            consultation: c.id.clone(),
            author: p.id.clone(),
            title: draft.title,
            description: draft.description,
            field: draft.field,
            status: IdeaStatus::Submitted,
            submitted_at: now,
            language: p.language.clone(),
            published: false,
            publishable,
            supporters: Vec::new(),
            history: Vec::new(),
            ratings: Vec::new(),
            department: None,
            reviews: Vec::new(),
            reviews_numbered: 0,
        };
        if let Some(settings) = &c.ideas {
            p.terms.insert(c.id.clone(), settings.terms_version);
        }
        out.say(Text::new("idea-submitted").arg("id", &idea.id));
        if !publishable {
            out.say(Text::new("idea-internal-only"));
        }
        out.idea = Some(idea);
        // Back to the question the idea interrupted, if any.
        p.dialogue = match draft.resume {
            Some(question) => {
                out.ask();
                *question
            }
            None => Dialogue::Idle,
        };
    }

    /// One's own idea that nobody has taken up yet (still submitted): the
    /// author may change or withdraw it.
    fn own_untouched(&self, p: &Participant, id: &str) -> Option<Idea> {
        self.idea_by_id(id)
            .ok()
            .flatten()
            .filter(|i| i.author == p.id && i.status == IdeaStatus::Submitted)
    }

    /// An edited idea replaces its text, if nobody looked at it meanwhile.
    fn resubmit(
        &self,
        p: &mut Participant,
        id: &str,
        draft: IdeaDraft,
        publishable: bool,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        p.dialogue = Dialogue::Idle;
        let Some(mut idea) = self.own_untouched(p, id) else {
            out.say(Text::new("idea-no-longer-open"));
            return;
        };
        idea.title = draft.title;
        idea.description = draft.description;
        idea.field = draft.field;
        idea.publishable = publishable;
        idea.history.push(IdeaEvent {
            at: now,
            by: "author".into(),
            change: IdeaChange::Edited,
        });
        out.say(Text::new("idea-edited").arg("id", &idea.id));
        out.idea = Some(idea);
    }

    pub(super) fn offer_idea_prompt(&self, prompt: &mut Prompt) {
        prompt
            .keyed(Button::Yes, Text::new("choice-yes"))
            .keyed(Button::No, Text::new("choice-no"))
            .say(Text::new("offer-idea"));
    }

    pub(super) fn offer_idea_press(
        &self,
        p: &mut Participant,
        b: Button,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let Dialogue::OfferIdea { consultation } = std::mem::take(&mut p.dialogue) else {
            return;
        };
        if b == Button::Yes {
            self.idea(p, Some(consultation), now, out)
        } else {
            out.say(Text::new("goodbye"));
        }
    }

    /// Text while nothing is asked: the answer to staff's open question on
    /// one of the person's ideas (the question said so), else a hint.
    pub(super) fn idle_text(
        &self,
        p: &mut Participant,
        text: String,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let asked = match self.own_ideas(&p.id) {
            Ok(mine) => mine.into_iter().find(|i| i.open_question().is_some()),
            Err(e) => {
                tracing::error!(error = %e, "cannot read ideas for an answer");
                None
            }
        };
        let Some(mut idea) = asked else {
            out.say(Text::new("idle-hint"));
            return;
        };
        if let Err(t) = check_length(&text, REPLY_MAX) {
            out.say(t);
            return;
        }
        let Some((_, (platform, chat))) = idea.open_question() else {
            return;
        };
        let (platform, chat) = (platform.clone(), chat.clone());
        let lang = self.runtime.language();
        let news = Text::new("idea-reply-came")
            .arg("id", &idea.id)
            .arg("title", &idea.title)
            .arg("text", &text);
        idea.history.push(IdeaEvent {
            at: now,
            by: "author".into(),
            change: IdeaChange::Reply { text },
        });
        out.say(Text::new("idea-reply-sent").arg("id", &idea.id));
        out.notices.push((
            platform,
            Notification {
                chat,
                reply: Reply::text(&lang, vec![news]),
                receipt: None,
            },
        ));
        out.idea = Some(idea);
    }

    /// `/myideas`: one's ideas with their status and answer; those nobody
    /// has looked at yet can be changed or taken back.
    pub(super) fn my_ideas(&self, p: &mut Participant, out: &mut Out) {
        match self.own_ideas(&p.id) {
            Ok(mine) if mine.is_empty() => {
                out.say(Text::new("myideas-none")).ask();
            }
            Ok(_) => {
                p.dialogue = Dialogue::Own {
                    resume: Box::new(p.dialogue.underneath()),
                };
                out.ask();
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot read ideas for /myideas");
                out.say(Text::new("error-internal")).ask();
            }
        }
    }

    pub(super) fn own_prompt(&self, p: &Participant, prompt: &mut Prompt) {
        let mine = self.own_ideas(&p.id).unwrap_or_default();
        let mut said = Out::default();
        for i in &mine {
            tell_idea(i, &mut said);
            if i.status == IdeaStatus::Submitted {
                prompt
                    .keyed(
                        Button::Edit(i.id.clone()),
                        Text::new("choice-edit-idea").arg("id", &i.id),
                    )
                    .keyed(
                        Button::Withdraw(i.id.clone()),
                        Text::new("choice-withdraw-idea").arg("id", &i.id),
                    );
            }
        }
        prompt.body.append(&mut said.texts);
        prompt.keyed(Button::Cancel, Text::new("choice-done"));
    }

    /// Change or take back an own idea, while it is still submitted.
    pub(super) fn own_press(
        &self,
        p: &mut Participant,
        b: Button,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let (Button::Edit(id) | Button::Withdraw(id)) = &b else {
            out.say(Text::new("error-stale-button")).ask();
            return;
        };
        let Some(mut idea) = self.own_untouched(p, id) else {
            out.say(Text::new("idea-no-longer-open")).ask();
            return;
        };
        match b {
            Button::Withdraw(_) => {
                idea.status = IdeaStatus::Withdrawn;
                idea.published = false;
                idea.history.push(IdeaEvent {
                    at: now,
                    by: "author".into(),
                    change: IdeaChange::Withdrawn,
                });
                out.say(Text::new("idea-withdrawn").arg("id", &idea.id))
                    .ask();
                out.idea = Some(idea);
            }
            _ => {
                p.dialogue = Dialogue::Idea {
                    consultation: idea.consultation.clone(),
                    draft: IdeaDraft {
                        title: idea.title,
                        description: idea.description,
                        field: idea.field,
                        editing: false,
                        replaces: Some(idea.id),
                        resume: None,
                    },
                    step: IdeaStep::Confirm,
                };
                out.ask();
            }
        }
    }

    /// One idea by its id.
    pub(super) fn idea_by_id(&self, id: &str) -> Result<Option<Idea>, StoreError> {
        self.store.idea(id)
    }

    /// An idea's field of action, by name; its id if the consultation is gone.
    pub(super) fn field_label(&self, i: &Idea) -> Text {
        match self.consultation(&i.consultation) {
            Some(c) => Text::new(c.field_text(&i.field)),
            None => Text::new("answer-value").arg("value", &i.field),
        }
    }

    /// The ideas a participant submitted, in id order.
    pub(super) fn own_ideas(&self, id: &str) -> Result<Vec<Idea>, StoreError> {
        Ok(self
            .store
            .ideas()?
            .into_iter()
            .filter(|i| i.author == id)
            .collect())
    }
}
