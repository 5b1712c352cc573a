//! The chat's language: `/language de`, or a menu over whatever the
//! person was doing, which returns there.

use super::button::Button;
use super::dialogue::Prompt;
use super::step::Out;
use super::Core;
use crate::records::{Dialogue, Participant};
use crate::text::Text;

impl Core {
    /// `/language [code]`.
    pub(super) fn language(&self, p: &mut Participant, code: Option<String>, out: &mut Out) {
        if let Some(code) = code {
            if let Some(code) = self.locales.match_language(&code) {
                p.language = code.to_owned();
                out.say(Text::new("language-set")).ask();
                return;
            }
            out.say(Text::new("error-unknown-language").echo("code", &code));
        }
        p.dialogue = Dialogue::Language {
            resume: Box::new(p.dialogue.underneath()),
        };
        out.ask();
    }

    pub(super) fn language_prompt(&self, prompt: &mut Prompt) {
        for code in self.locales.languages() {
            let name = self.locales.render(code, &Text::new("language-name"));
            prompt.keyed(
                Button::Language(code.to_owned()),
                Text::new("language-choice").arg("name", name),
            );
        }
        prompt
            .keyed(Button::Cancel, Text::new("choice-cancel"))
            .say(Text::new("choose-language"));
    }

    pub(super) fn language_press(&self, p: &mut Participant, b: Button, out: &mut Out) {
        let Dialogue::Language { resume } = std::mem::take(&mut p.dialogue) else {
            return;
        };
        if let Button::Language(code) = b {
            if let Some(code) = self.locales.match_language(&code) {
                p.language = code.to_owned();
            }
        }
        p.dialogue = *resume;
        out.say(Text::new("language-set")).ask();
    }
}
