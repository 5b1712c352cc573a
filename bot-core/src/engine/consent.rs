//! Consent to the privacy notice: asked before anything is kept that
//! links answers, ideas or supports to a person; refusing keeps nothing.

use chrono::{DateTime, Utc};

use super::button::Button;
use super::dialogue::Prompt;
use super::step::Out;
use super::Core;
use crate::records::{Consent, Dialogue, Next, Participant};
use crate::text::Text;

impl Core {
    /// The privacy notice with its controller, contact and retention.
    pub(super) fn notice(&self) -> Text {
        Text::new("privacy-notice")
            .arg("controller", &self.settings.privacy_controller)
            .arg("contact", self.runtime.privacy_contact())
            .arg("authority", &self.settings.privacy_authority)
            .num("version", self.settings.notice_version)
            .num("retention", self.settings.retention_days)
    }

    /// Consent was given to the notice in force.
    pub(super) fn has_consent(&self, p: &Participant) -> bool {
        p.consent
            .as_ref()
            .is_some_and(|c| c.given && c.notice_version == self.settings.notice_version)
    }

    /// Asks for consent first; `then` follows once given.
    pub(super) fn ask_consent(&self, p: &mut Participant, then: Next, out: &mut Out) {
        p.dialogue = Dialogue::Consent {
            then,
            reminded: false,
        };
        out.ask();
    }

    pub(super) fn consent_prompt(&self, reminded: bool, prompt: &mut Prompt) {
        // One tap to another language, for whoever cannot read this one.
        prompt
            .keyed(Button::Yes, Text::new("choice-consent-yes"))
            .keyed(Button::No, Text::new("choice-consent-no"))
            .keyed(Button::Languages, Text::new("choice-other-language"));
        if reminded {
            prompt.say(Text::new("consent-reminder"));
        } else {
            prompt.say(self.notice()).say(Text::new("consent-question"));
        }
    }

    /// Anything but yes or no while consent is asked: the short reminder.
    pub(super) fn consent_typed(&self, p: &mut Participant, out: &mut Out) {
        if let Dialogue::Consent { reminded, .. } = &mut p.dialogue {
            *reminded = true;
        }
        out.ask();
    }

    pub(super) fn consent_press(
        &self,
        p: &mut Participant,
        b: Button,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        if b == Button::Languages {
            // In the new language, the whole notice again.
            if let Dialogue::Consent { reminded, .. } = &mut p.dialogue {
                *reminded = false;
            }
            return self.language(p, None, out);
        }
        let Dialogue::Consent { then, .. } = std::mem::take(&mut p.dialogue) else {
            return;
        };
        let given = b == Button::Yes;
        p.consent = Some(Consent {
            given,
            notice_version: self.settings.notice_version,
            at: now,
        });
        if !given {
            out.say(Text::new("consent-refused"));
            return;
        }
        out.say(Text::new("consent-thanks"));
        match then {
            Next::Questions(id) => self.start(p, Some(id), now, out),
            Next::Idea(id) => self.idea(p, Some(id), now, out),
            Next::Support => self.browse(p, out),
            Next::Follow(id) => self.follow(p, Some(id), out),
            Next::Review => {
                let expert = self.is_reviewer(p);
                self.rate(p, expert, true, Vec::new(), out)
            }
        }
    }
}
