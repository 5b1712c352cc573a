//! Ranking: the citizen orders the options, best first, by pressing them
//! one after the other (the last one falls into place), or by typing the
//! options' numbers in order (`3, 1, 2`).

use chrono::{DateTime, Utc};

use super::super::button::Button;
use super::super::dialogue::Prompt;
use super::super::step::Out;
use super::super::Core;
use crate::consultation::{Answer, Consultation, Question};
use crate::records::Participant;
use crate::text::Text;

/// The order so far, a button per option not yet placed (keeping the
/// option's number as its key), and "undo".
pub(super) fn prompt(
    core: &Core,
    lang: &str,
    c: &Consultation,
    q: &Question,
    options: &[String],
    picked: &[String],
    prompt: &mut Prompt,
) {
    prompt.say(Text::new("hint-ranking").num("count", options.len() as f64));
    if !picked.is_empty() {
        let so_far = core.answer_text(lang, c, &q.id, &Answer::Ranking(picked.to_vec()));
        prompt.say(Text::new("ranking-so-far").text("order", so_far));
    }
    for (i, o) in options.iter().enumerate() {
        if !picked.contains(o) {
            prompt.with_key(
                Button::Option(o.clone()),
                Text::new(c.option_text(&q.id, o)),
                (i + 1).to_string(),
            );
        }
    }
    if !picked.is_empty() {
        prompt.unkeyed(Button::Undo, Text::new("choice-undo"));
    }
}

/// Completes an order: with all but one placed, the last one goes last.
fn complete(options: &[String], mut order: Vec<String>) -> Option<Vec<String>> {
    if order.len() + 1 == options.len() {
        order.extend(options.iter().find(|o| !order.contains(o)).cloned());
    }
    (order.len() == options.len()).then_some(order)
}

impl Core {
    /// An option placed next, or the last placement undone.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn ranking_press(
        &self,
        p: &mut Participant,
        c: &Consultation,
        q: &Question,
        options: &[String],
        mut picked: Vec<String>,
        b: Button,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        match b {
            Button::Option(o) if options.contains(&o) && !picked.contains(&o) => picked.push(o),
            Button::Undo if !picked.is_empty() => {
                picked.pop();
            }
            _ => {
                out.say(Text::new("error-stale-button")).ask();
                return;
            }
        }
        match complete(options, picked.clone()) {
            Some(order) => self.answer(p, c, &q.id, Answer::Ranking(order), now, out),
            None => Self::reselect(p, picked, out),
        }
    }

    /// A typed order of option numbers (`3, 1, 2`; the last may be left out).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn ranking_typed(
        &self,
        p: &mut Participant,
        c: &Consultation,
        q: &Question,
        options: &[String],
        text: &str,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let numbers: Option<Vec<usize>> = text
            .split([',', ';', ' ', '>'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|n| n.trim_end_matches('.').parse().ok())
            .collect();
        let mut order: Vec<String> = Vec::new();
        for n in numbers.unwrap_or_default() {
            match n.checked_sub(1).and_then(|i| options.get(i)) {
                Some(o) if !order.contains(o) => order.push(o.clone()),
                _ => {
                    order.clear();
                    break;
                }
            }
        }
        match complete(options, order) {
            Some(order) => self.answer(p, c, &q.id, Answer::Ranking(order), now, out),
            None => {
                out.say(Text::new("error-ranking").num("count", options.len() as f64))
                    .ask();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::complete;

    #[test]
    fn the_last_option_falls_into_place_and_nothing_else_is_guessed() {
        let options: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            complete(&options, v(&["c", "a"])),
            Some(v(&["c", "a", "b"]))
        );
        assert_eq!(
            complete(&options, v(&["b", "a", "c"])),
            Some(v(&["b", "a", "c"]))
        );
        assert_eq!(complete(&options, v(&["c"])), None);
        assert_eq!(complete(&options, v(&[])), None);
    }
}
