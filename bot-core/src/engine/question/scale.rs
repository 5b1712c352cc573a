//! A scale: one button per value, typed as the value itself.

use chrono::{DateTime, Utc};

use super::super::button::Button;
use super::super::dialogue::Prompt;
use super::super::step::Out;
use super::super::Core;
use crate::consultation::{Answer, Consultation, Question};
use crate::records::Participant;
use crate::text::Text;

/// The labelled ends as a hint, a button per value.
pub(super) fn prompt(c: &Consultation, q: &Question, min: i64, max: i64, prompt: &mut Prompt) {
    prompt.say(
        Text::new("hint-scale")
            .num("min", min as f64)
            .num("max", max as f64)
            .text("minLabel", Text::new(c.scale_label_text(&q.id, "min")))
            .text("maxLabel", Text::new(c.scale_label_text(&q.id, "max"))),
    );
    for v in min..=max {
        prompt.unkeyed(
            Button::Value(v),
            Text::new("scale-value").num("value", v as f64),
        );
    }
}

impl Core {
    /// A value pressed (or typed) within the scale answers it.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn scale_press(
        &self,
        p: &mut Participant,
        c: &Consultation,
        q: &Question,
        (min, max): (i64, i64),
        b: Button,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        match b {
            Button::Value(v) if (min..=max).contains(&v) => {
                self.answer(p, c, &q.id, Answer::Number(v as f64), now, out)
            }
            _ => {
                out.say(Text::new("error-stale-button")).ask();
            }
        }
    }
}
