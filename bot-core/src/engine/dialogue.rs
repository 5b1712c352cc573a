//! The dispatcher: for the dialogue state a person is in, which module
//! asks (prompt and buttons), takes a pressed button, and takes typed
//! text. Each state's module owns all three.

use chrono::{DateTime, Utc};

use super::button::Button;
use super::step::Out;
use super::{fold, Choice, Core};
use crate::records::{Dialogue, Participant};
use crate::text::Text;

/// A prompt being built: its paragraphs and its buttons.
pub(super) struct Prompt {
    seq: u32,
    pub body: Vec<Text>,
    pub choices: Vec<Choice>,
}

impl Prompt {
    fn new(seq: u32) -> Prompt {
        Prompt {
            seq,
            body: Vec::new(),
            choices: Vec::new(),
        }
    }

    /// A paragraph.
    pub fn say(&mut self, t: Text) -> &mut Self {
        self.body.push(t);
        self
    }

    /// A button a text-only user picks by its number (1, 2, … in order).
    pub fn keyed(&mut self, button: Button, label: Text) -> &mut Self {
        self.button(button, label, true, false)
    }

    /// A button picked by its label only (or, on a scale, its value).
    pub fn unkeyed(&mut self, button: Button, label: Text) -> &mut Self {
        self.button(button, label, false, false)
    }

    /// A keyed button shown as ticked or not (multiple choice).
    pub fn toggle(&mut self, button: Button, label: Text, selected: bool) -> &mut Self {
        self.button(button, label, true, selected)
    }

    /// A button with its own typed key (ranking keeps the options' numbers).
    pub fn with_key(&mut self, button: Button, label: Text, key: String) -> &mut Self {
        self.push(button, label, Some(key), false)
    }

    /// A button: keyed ones are numbered in order; scale values are typed
    /// as themselves.
    pub fn button(
        &mut self,
        button: Button,
        label: Text,
        keyed: bool,
        selected: bool,
    ) -> &mut Self {
        let key = match &button {
            Button::Value(v) => Some(v.to_string()),
            _ => keyed
                .then(|| (self.choices.iter().filter(|c| c.key.is_some()).count() + 1).to_string()),
        };
        self.push(button, label, key, selected)
    }

    fn push(
        &mut self,
        button: Button,
        label: Text,
        key: Option<String>,
        selected: bool,
    ) -> &mut Self {
        self.choices.push(Choice {
            id: button.id(self.seq),
            key,
            label,
            selected,
        });
        self
    }
}

/// A choice picked by button or typed text.
pub(super) enum Pick {
    One(Button),
    /// A typed list for a multiple choice question: the whole selection.
    Many(Vec<String>),
}

impl Core {
    /// The current question or request, with its buttons; `None` when
    /// nothing is asked.
    pub(super) fn prompt(&self, p: &Participant) -> Option<Prompt> {
        let mut prompt = Prompt::new(p.prompt);
        match &p.dialogue {
            Dialogue::Idle => return None,
            Dialogue::Consent { reminded, .. } => self.consent_prompt(*reminded, &mut prompt),
            Dialogue::Choosing { for_idea } => self.choosing_prompt(p, *for_idea, &mut prompt),
            Dialogue::Language { .. } => self.language_prompt(&mut prompt),
            Dialogue::Browse { page, .. } => self.browse_prompt(p, *page, &mut prompt),
            Dialogue::ConfirmForget { .. } => self.forget_prompt(&mut prompt),
            Dialogue::ConfirmRestart { consultation, .. } => {
                self.restart_prompt(p, consultation, &mut prompt)
            }
            Dialogue::OfferIdea { .. } => self.offer_idea_prompt(&mut prompt),
            Dialogue::Question { .. } => self.question_prompt(p, &mut prompt)?,
            Dialogue::Idea { .. } => self.idea_prompt(p, &mut prompt)?,
            Dialogue::Own { .. } => self.own_prompt(p, &mut prompt),
            Dialogue::Rating { .. } => self.rating_prompt(p, &mut prompt)?,
        }
        Some(prompt)
    }

    /// A pressed button of the current prompt (checked fresh by the caller).
    pub(super) fn press(&self, p: &mut Participant, b: Button, now: DateTime<Utc>, out: &mut Out) {
        let rating = matches!(p.dialogue, Dialogue::Rating { .. });
        match b {
            Button::Cancel => return self.cancel(p, out),
            Button::Back => return self.back(p, out),
            Button::Skip if !rating => return self.skip(p, now, out),
            _ => {}
        }
        match &p.dialogue {
            Dialogue::Consent { .. } => self.consent_press(p, b, now, out),
            Dialogue::Choosing { .. } => self.choosing_press(p, b, now, out),
            Dialogue::Browse { .. } => self.browse_press(p, b, out),
            Dialogue::ConfirmForget { .. } => self.forget_press(p, b, out),
            Dialogue::ConfirmRestart { .. } => self.restart_press(p, b, now, out),
            Dialogue::Language { .. } => self.language_press(p, b, out),
            Dialogue::OfferIdea { .. } => self.offer_idea_press(p, b, now, out),
            Dialogue::Question { .. } => self.question_press(p, b, now, out),
            Dialogue::Idea { .. } => self.idea_press(p, b, now, out),
            Dialogue::Own { .. } => self.own_press(p, b, now, out),
            Dialogue::Rating { .. } => self.rating_press(p, b, now, out),
            Dialogue::Idle => {
                out.say(Text::new("error-stale-button")).ask();
            }
        }
    }

    /// A typed pick: one button, or a whole multiple-choice selection.
    pub(super) fn pick(&self, p: &mut Participant, pick: Pick, now: DateTime<Utc>, out: &mut Out) {
        match pick {
            Pick::One(b) => self.press(p, b, now, out),
            Pick::Many(values) => self.question_selection(p, values, now, out),
        }
    }

    /// Typed text that is not an option: an answer to a text or number
    /// question, a part of an idea, or a mistake.
    pub(super) fn typed(
        &self,
        p: &mut Participant,
        text: String,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let text = crate::text::clean(&text);
        match &p.dialogue {
            Dialogue::Question { .. } => self.question_typed(p, text, now, out),
            Dialogue::Idea { .. } => self.idea_typed(p, text, out),
            Dialogue::Rating { .. } => self.rating_typed(p, text, now, out),
            Dialogue::Consent { .. } => self.consent_typed(p, out),
            Dialogue::Idle => self.idle_text(p, text, now, out),
            // A list of one's ideas asks nothing: text is as if idle (an
            // answer to staff's question, say).
            Dialogue::Own { resume } if **resume == Dialogue::Idle => {
                p.dialogue = Dialogue::Idle;
                self.idle_text(p, text, now, out)
            }
            _ => {
                out.say(Text::new("error-use-choices")).ask();
            }
        }
    }

    /// Maps typed text to a choice of the current prompt: its key (`2`) or
    /// its label (case and accents ignored); for multiple choice also a
    /// list of keys (`1, 3`).
    pub(super) fn match_typed(&self, p: &Participant, text: &str) -> Option<Pick> {
        let prompt = self.prompt(p)?;
        let wanted = fold(text);
        if wanted.is_empty() {
            return None;
        }
        let button = |c: &Choice| Button::from_id(&c.id).map(|(_, b)| b);
        let by_key = |k: &str| prompt.choices.iter().find(|c| c.key.as_deref() == Some(k));
        let by_label = |t: &str| {
            prompt
                .choices
                .iter()
                .find(|c| fold(&self.locales.render(&p.language, &c.label)) == t)
        };
        let multi = self.is_multi(p);
        if let Some(b) = by_key(&wanted)
            .or_else(|| by_label(&wanted))
            .and_then(button)
        {
            return Some(match b {
                Button::Option(o) if multi => Pick::Many(vec![o]),
                b => Pick::One(b),
            });
        }
        if multi {
            // A typed list is the whole selection; the "done" line's number
            // in it only says so.
            let picked: Option<Vec<String>> = wanted
                .split([',', ';', ' '])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .filter_map(|k| match by_key(k).and_then(button) {
                    Some(Button::Option(o)) => Some(Some(o)),
                    Some(Button::Done) => None,
                    _ => Some(None),
                })
                .collect();
            if let Some(values) = picked.filter(|v| !v.is_empty()) {
                return Some(Pick::Many(values));
            }
        }
        // A question's option typed in part ("Bürger" for "Als Bürgerin oder
        // Bürger"), if only one option has it.
        if matches!(p.dialogue, Dialogue::Question { .. }) && wanted.chars().count() >= 3 {
            let mut partly = prompt.choices.iter().filter(|c| {
                matches!(
                    button(c),
                    Some(Button::Option(_) | Button::Yes | Button::No)
                ) && fold(&self.locales.render(&p.language, &c.label)).contains(&wanted)
            });
            if let (Some(only), None) = (partly.next(), partly.next()) {
                return Some(match button(only)? {
                    Button::Option(o) if multi => Pick::Many(vec![o]),
                    b => Pick::One(b),
                });
            }
        }
        None
    }

    /// `/cancel`: leave the current dialogue (an overlay returns to what
    /// was underneath).
    pub(super) fn cancel(&self, p: &mut Participant, out: &mut Out) {
        let (text, next) = match std::mem::take(&mut p.dialogue) {
            Dialogue::Idle => ("nothing-to-cancel", Dialogue::Idle),
            Dialogue::Question { .. } | Dialogue::OfferIdea { .. } => ("paused", Dialogue::Idle),
            Dialogue::Idea { draft, .. } => (
                "idea-discarded",
                draft.resume.map_or(Dialogue::Idle, |question| *question),
            ),
            Dialogue::Language { resume } => ("cancelled", *resume),
            Dialogue::ConfirmForget { resume } => ("forget-kept", *resume),
            Dialogue::ConfirmRestart { resume, .. } => ("restart-kept", *resume),
            Dialogue::Browse { resume, .. } => ("browse-closed", *resume),
            Dialogue::Own { resume } => ("browse-closed", *resume),
            Dialogue::Consent { .. } | Dialogue::Choosing { .. } => ("cancelled", Dialogue::Idle),
            Dialogue::Rating { review: false, .. } => ("rate-stopped", Dialogue::Idle),
            Dialogue::Rating { review: true, .. } => ("review-stopped", Dialogue::Idle),
        };
        p.dialogue = next;
        out.say(Text::new(text)).ask();
    }

    /// `/back`: the previous question or idea step.
    pub(super) fn back(&self, p: &mut Participant, out: &mut Out) {
        let went = match &p.dialogue {
            Dialogue::Question { .. } => self.question_back(p),
            Dialogue::Idea { .. } => self.idea_back(p),
            _ => false,
        };
        if !went {
            out.say(Text::new("error-no-back"));
        }
        out.ask();
    }
}
