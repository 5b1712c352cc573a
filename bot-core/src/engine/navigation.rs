//! Finding one's way: `/start`, the list of open consultations, `/restart`,
//! and what a closed consultation says.

use chrono::{DateTime, Utc};

use super::button::Button;
use super::dialogue::Prompt;
use super::step::Out;
use super::Core;
use crate::consultation::Consultation;
use crate::records::{Dialogue, Next, Participant};
use crate::text::Text;

/// Between a consultation id and an event's tag in a start link.
pub(super) const SOURCE: &str = "__";

/// An event's tag: short, letters, digits and `-`.
pub(super) fn is_tag(tag: &str) -> bool {
    (1..=20).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// A closed consultation, politely, with where its results will appear.
pub(super) fn closed_text(c: &Consultation) -> Text {
    Text::new("consultation-closed")
        .text("title", Text::new(c.title_text()))
        .arg("results", c.results.as_deref().unwrap_or("none"))
}

impl Core {
    /// `/start [id]`: open a consultation, resume the current one, or list.
    pub(super) fn start(
        &self,
        p: &mut Participant,
        id: Option<String>,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        if let Some(id) = id {
            // An event's link: `consultation__source`.
            let (cid, source) = match id.rsplit_once(SOURCE) {
                Some((c, s)) if is_tag(s) && self.consultation(c).is_some() => (c, Some(s)),
                _ => (id.as_str(), None),
            };
            // One not open to this person's audiences is not named to them.
            let found = self.consultation(cid).filter(|c| c.open_to(&p.audiences));
            match found {
                Some(c) if self.takes_answers(c, p, now) => {
                    let new = !p.runs.contains_key(&c.id);
                    if !self.has_consent(p) {
                        // The source comes back with the id after consent.
                        return self.ask_consent(p, Next::Questions(id.clone()), out);
                    }
                    self.questions(p, c, now, out);
                    if let Some(run) = p.runs.get_mut(&c.id).filter(|_| new) {
                        run.source = source.map(str::to_owned);
                    }
                    return;
                }
                Some(c) => {
                    out.say(closed_text(c));
                }
                // An invitation code: the same answer as an unknown id when
                // it is not (or no longer) valid.
                None => match self.redeem(p, &id, now, out) {
                    Ok(true) => return self.start(p, None, now, out),
                    Ok(false) => {
                        out.say(Text::new("error-unknown-consultation").echo("id", &id));
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "cannot check an invitation");
                        out.say(Text::new("error-internal"));
                    }
                },
            }
            return self.list(p, now, false, out);
        }
        let resumable = p
            .current
            .as_deref()
            .and_then(|id| self.consultation(id))
            .filter(|c| {
                self.takes_answers(c, p, now)
                    && p.runs.get(&c.id).is_some_and(|r| r.completed_at.is_none())
            });
        if let Some(c) = resumable {
            return self.questions(p, c, now, out);
        }
        self.list(p, now, false, out)
    }

    /// The open consultations (those taking ideas, `for_idea`): none, the
    /// only one straight away, or a list to pick from.
    pub(super) fn list(
        &self,
        p: &mut Participant,
        now: DateTime<Utc>,
        for_idea: bool,
        out: &mut Out,
    ) {
        let open = self.open_consultations(p, now, for_idea);
        match open.as_slice() {
            [] if !for_idea => {
                p.dialogue = Dialogue::Idle;
                // Closed ones are named, with where their results appear.
                let closed: Vec<&Consultation> = self
                    .consultations
                    .iter()
                    .filter(|c| c.open_to(&p.audiences))
                    .filter(|c| self.window(c).1.is_some_and(|end| end <= now))
                    .collect();
                // Open, but past answering: where the process stands.
                let later: Vec<(&Consultation, String)> = self
                    .consultations
                    .iter()
                    .filter(|c| self.is_open(c, now) && c.open_to(&p.audiences))
                    .filter_map(|c| Some((c, c.phase_at(now).0?.id.clone())))
                    .collect();
                if closed.is_empty() && later.is_empty() {
                    out.say(Text::new("no-open-consultations"));
                }
                for c in closed {
                    out.say(closed_text(c));
                }
                for (c, phase) in later {
                    out.say(
                        Text::new("consultation-in-phase")
                            .text("title", Text::new(c.title_text()))
                            .text("phase", Text::new(c.phase_text(&phase))),
                    );
                }
            }
            [] => {
                p.dialogue = Dialogue::Idle;
                out.say(Text::new("no-ideas-open"));
            }
            [only] if for_idea => self.idea(p, Some(only.id.clone()), now, out),
            [only] => self.questions(p, only, now, out),
            _ => {
                p.dialogue = Dialogue::Choosing { for_idea };
                out.ask();
            }
        }
    }

    /// `/consultations`: the list, even when only one is open.
    pub(super) fn consultations_menu(
        &self,
        p: &mut Participant,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        if self.open_consultations(p, now, false).is_empty() {
            out.say(Text::new("no-open-consultations"));
        } else {
            p.dialogue = Dialogue::Choosing { for_idea: false };
            out.ask();
        }
    }

    pub(super) fn choosing_prompt(&self, p: &Participant, for_idea: bool, prompt: &mut Prompt) {
        let now = (self.clock)();
        for c in self.open_consultations(p, now, for_idea) {
            prompt.keyed(
                Button::Consultation(c.id.clone()),
                Text::new(c.title_text()),
            );
        }
        prompt
            .keyed(Button::Cancel, Text::new("choice-cancel"))
            .say(Text::new(if for_idea {
                "choose-consultation-idea"
            } else {
                "choose-consultation"
            }));
    }

    pub(super) fn choosing_press(
        &self,
        p: &mut Participant,
        b: Button,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let Dialogue::Choosing { for_idea } = p.dialogue else {
            return;
        };
        let Button::Consultation(id) = b else {
            out.say(Text::new("error-stale-button")).ask();
            return;
        };
        if for_idea {
            self.idea(p, Some(id), now, out)
        } else {
            self.start(p, Some(id), now, out)
        }
    }

    /// `/restart`: the current consultation's answers go, and it begins again.
    pub(super) fn restart(&self, p: &mut Participant, now: DateTime<Utc>, out: &mut Out) {
        let current = match &p.dialogue {
            Dialogue::Question { consultation, .. } => Some(consultation.clone()),
            _ => p.current.clone(),
        };
        match current {
            // Answers are not thrown away without asking.
            Some(id) if p.runs.get(&id).is_some_and(|r| !r.answers.is_empty()) => {
                p.dialogue = Dialogue::ConfirmRestart {
                    consultation: id,
                    resume: Box::new(p.dialogue.underneath()),
                };
                out.ask();
            }
            Some(id) => self.restart_now(p, id, now, out),
            None => {
                out.say(Text::new("nothing-to-restart")).ask();
            }
        }
    }

    fn restart_now(&self, p: &mut Participant, id: String, now: DateTime<Utc>, out: &mut Out) {
        p.runs.remove(&id);
        p.dialogue = Dialogue::Idle;
        out.say(Text::new("restarted"));
        self.start(p, Some(id), now, out);
    }

    pub(super) fn restart_prompt(&self, p: &Participant, id: &str, prompt: &mut Prompt) {
        let answers = p.runs.get(id).map_or(0, |r| r.answers.len());
        let title = self.consultation(id).map_or_else(
            || Text::new("error-missing-text"),
            |c| Text::new(c.title_text()),
        );
        prompt
            .keyed(Button::Yes, Text::new("choice-restart-yes"))
            .keyed(Button::Cancel, Text::new("choice-restart-no"))
            .say(
                Text::new("restart-question")
                    .num("count", answers as f64)
                    .text("title", title),
            );
    }

    pub(super) fn restart_press(
        &self,
        p: &mut Participant,
        b: Button,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        match (&p.dialogue, b) {
            (Dialogue::ConfirmRestart { consultation, .. }, Button::Yes) => {
                let id = consultation.clone();
                self.restart_now(p, id, now, out)
            }
            _ => {
                out.say(Text::new("error-stale-button")).ask();
            }
        }
    }
}
