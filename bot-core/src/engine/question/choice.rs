//! Single choice, multiple choice and yes/no: one button per option
//! (multiple choice toggles them and ends with "done").

use chrono::{DateTime, Utc};

use super::super::button::Button;
use super::super::dialogue::Prompt;
use super::super::step::Out;
use super::super::Core;
use crate::consultation::{Answer, Consultation, Kind, Question};
use crate::records::Participant;
use crate::text::Text;

/// The options as buttons (ticked ones marked), "other" if offered, and
/// multiple choice's hint and "done".
pub(super) fn prompt(c: &Consultation, q: &Question, selected: &[String], prompt: &mut Prompt) {
    match &q.kind {
        Kind::Single { options, other } => {
            for o in options {
                prompt.keyed(
                    Button::Option(o.clone()),
                    Text::new(c.option_text(&q.id, o)),
                );
            }
            if *other {
                prompt.keyed(Button::Other, Text::new("choice-other"));
            }
        }
        Kind::Multi {
            options,
            min,
            max,
            other,
        } => {
            prompt.say(
                Text::new("hint-multi")
                    .num("min", *min as f64)
                    .num("max", *max as f64),
            );
            for o in options {
                prompt.toggle(
                    Button::Option(o.clone()),
                    Text::new(c.option_text(&q.id, o)),
                    selected.contains(o),
                );
            }
            if *other {
                prompt.keyed(Button::Other, Text::new("choice-other"));
            }
            prompt.keyed(Button::Done, Text::new("choice-done"));
        }
        _ => {
            prompt
                .keyed(Button::Yes, Text::new("choice-yes"))
                .keyed(Button::No, Text::new("choice-no"));
        }
    }
}

impl Core {
    /// An option pressed: answers a single choice or yes/no, toggles a
    /// multiple choice ("done" submits it).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn choice_press(
        &self,
        p: &mut Participant,
        c: &Consultation,
        q: &Question,
        mut selected: Vec<String>,
        b: Button,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let answer = match (&q.kind, b) {
            (Kind::Multi { .. }, Button::Done) => {
                return self.submit_multi(p, c, q, selected, None, now, out)
            }
            (Kind::Multi { options, max, .. }, Button::Option(o)) if options.contains(&o) => {
                if let Some(i) = selected.iter().position(|s| *s == o) {
                    selected.remove(i);
                } else if selected.len() >= *max {
                    out.refuse(Text::new("error-too-many").num("max", *max as f64));
                    return;
                } else {
                    selected.push(o);
                }
                return Self::reselect(p, selected, out);
            }
            (Kind::Single { options, .. }, Button::Option(o)) if options.contains(&o) => {
                Answer::Choice(o)
            }
            (Kind::YesNo, Button::Yes) => Answer::Choice("yes".into()),
            (Kind::YesNo, Button::No) => Answer::Choice("no".into()),
            _ => {
                out.say(Text::new("error-stale-button")).ask();
                return;
            }
        };
        self.answer(p, c, &q.id, answer, now, out)
    }

    /// A multiple choice's whole selection (and "other" text), checked
    /// against its limits.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn submit_multi(
        &self,
        p: &mut Participant,
        c: &Consultation,
        q: &Question,
        values: Vec<String>,
        other: Option<String>,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let Kind::Multi {
            options, min, max, ..
        } = &q.kind
        else {
            out.say(Text::new("error-use-choices")).ask();
            return;
        };
        let chosen: Vec<String> = options
            .iter()
            .filter(|o| values.contains(o))
            .cloned()
            .collect();
        let count = chosen.len() + usize::from(other.is_some());
        if count < *min {
            out.refuse(Text::new("error-too-few").num("min", *min as f64));
        } else if count > *max {
            out.refuse(Text::new("error-too-many").num("max", *max as f64));
        } else {
            let answer = match other {
                Some(text) => Answer::Other {
                    choices: chosen,
                    text,
                },
                None => Answer::Choices(chosen),
            };
            self.answer(p, c, &q.id, answer, now, out)
        }
    }
}
