//! Asking a consultation's questions: starting and resuming a run, moving
//! to the next asked question, `/back` and `/skip`, the parts every
//! question's prompt shares, and "other: ___". What differs per kind of
//! question lives in one sub-module per kind; this module only dispatches.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

use super::button::Button;
use super::dialogue::Prompt;
use super::navigation::closed_text;
use super::step::Out;
use super::{fold, format_number, Core};
use crate::consultation::{Answer, Consultation, Kind, Question};
use crate::records::{Dialogue, Next, Participant, Run};
use crate::text::Text;

mod choice;
mod open;
mod ranking;
mod scale;

pub(super) use open::{check_length, parse_number};

/// Most characters of an "other" answer.
pub const OTHER_MAX: usize = 200;

/// "Question `position` of `total`": conditional questions not yet decided
/// count as asked.
fn progress(
    c: &Consultation,
    run: &Run,
    audiences: &BTreeSet<String>,
    current: &str,
) -> (usize, usize) {
    let mut position = 0;
    let mut total = 0;
    let mut passed = false;
    for q in &c.questions {
        let undecided = q.reaches(audiences)
            && q.condition
                .as_ref()
                .is_some_and(|cond| !run.answers.contains_key(&cond.question));
        if c.is_asked(q, &run.answers, audiences) || undecided {
            total += 1;
            if !passed {
                position += 1;
            }
        }
        if q.id == current {
            passed = true;
        }
    }
    (position, total)
}

/// Whether the question offers "other: ___".
fn has_other(q: &Question) -> bool {
    matches!(
        q.kind,
        Kind::Single { other: true, .. } | Kind::Multi { other: true, .. }
    )
}

impl Core {
    /// Starts or resumes the questions of `c`, asking for consent first.
    pub(super) fn questions(
        &self,
        p: &mut Participant,
        c: &Consultation,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        if !self.has_consent(p) {
            return self.ask_consent(p, Next::Questions(c.id.clone()), out);
        }
        p.current = Some(c.id.clone());
        let title = Text::new(c.title_text());
        match p.runs.get(&c.id) {
            Some(run) if run.completed_at.is_some() => {
                out.say(Text::new("already-completed").text("title", title));
                self.after_questions(p, c);
                out.ask();
                return;
            }
            Some(_) => {
                out.say(Text::new("resuming").text("title", title));
            }
            None => {
                p.runs.insert(c.id.clone(), Run::new(now));
                out.say(
                    Text::new("consultation-intro")
                        .text("title", title)
                        .text("intro", Text::new(c.intro_text())),
                );
            }
        }
        self.advance(p, c, now, out);
    }

    /// After the last question: offer an idea if the consultation takes them.
    fn after_questions(&self, p: &mut Participant, c: &Consultation) {
        p.dialogue = if self.accepts_ideas(c) {
            Dialogue::OfferIdea {
                consultation: c.id.clone(),
            }
        } else {
            Dialogue::Idle
        };
    }

    /// Moves to the first asked, unanswered question, or completes the run.
    fn advance(&self, p: &mut Participant, c: &Consultation, now: DateTime<Utc>, out: &mut Out) {
        let audiences = p.audiences.clone();
        let Some(run) = p.runs.get_mut(&c.id) else {
            p.dialogue = Dialogue::Idle;
            return;
        };
        let next = c
            .questions
            .iter()
            .find(|q| c.is_asked(q, &run.answers, &audiences) && !run.answers.contains_key(&q.id));
        match next {
            Some(q) => {
                p.dialogue = Dialogue::Question {
                    consultation: c.id.clone(),
                    question: q.id.clone(),
                    selected: Vec::new(),
                    other: false,
                };
            }
            None => {
                if run.completed_at.is_none() {
                    run.completed_at = Some(now);
                }
                out.say(Text::new("completed").text("title", Text::new(c.title_text())));
                self.after_questions(p, c);
            }
        }
        out.ask();
    }

    /// Records an answer to the current question and moves on.
    fn answer(
        &self,
        p: &mut Participant,
        c: &Consultation,
        qid: &str,
        answer: Answer,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        if !self.takes_answers(c, p, now) {
            p.dialogue = Dialogue::Idle;
            out.say(closed_text(c));
            return;
        }
        let audiences = p.audiences.clone();
        let Some(run) = p.runs.get_mut(&c.id) else {
            return self.questions(p, c, now, out);
        };
        run.answers.insert(qid.to_owned(), answer);
        run.answered_at.insert(qid.to_owned(), now);
        run.history.retain(|h| h != qid);
        run.history.push(qid.to_owned());
        // A changed answer can hide later questions: their answers go.
        // Conditions only look back, so one pass in order suffices.
        for q in &c.questions {
            if !c.is_asked(q, &run.answers, &audiences) {
                run.answers.remove(&q.id);
                run.answered_at.remove(&q.id);
                run.history.retain(|h| *h != q.id);
            }
        }
        self.advance(p, c, now, out);
    }

    /// The question being asked, if its consultation is still loaded.
    fn asked(&self, p: &Participant) -> Option<(&Consultation, &Question)> {
        let Dialogue::Question {
            consultation,
            question,
            ..
        } = &p.dialogue
        else {
            return None;
        };
        let c = self.consultation(consultation)?;
        Some((c, c.questions.iter().find(|q| &q.id == question)?))
    }

    /// Options picked or toggled so far (multiple choice, ranking).
    fn selected(p: &Participant) -> Vec<String> {
        match &p.dialogue {
            Dialogue::Question { selected, .. } => selected.clone(),
            _ => Vec::new(),
        }
    }

    /// Keeps the picks in the dialogue state; the prompt is redrawn in place.
    fn reselect(p: &mut Participant, picks: Vec<String>, out: &mut Out) {
        if let Dialogue::Question { selected, .. } = &mut p.dialogue {
            *selected = picks;
        }
        out.edit = true;
        out.ask();
    }

    /// Whether typed lists of keys mean a whole selection (`1, 3`).
    pub(super) fn is_multi(&self, p: &Participant) -> bool {
        matches!(self.asked(p), Some((_, q)) if matches!(q.kind, Kind::Multi { .. }))
            && !matches!(p.dialogue, Dialogue::Question { other: true, .. })
    }

    /// `/back` in the questions: the previous answered question.
    pub(super) fn question_back(&self, p: &mut Participant) -> bool {
        let Dialogue::Question {
            consultation,
            question,
            other,
            ..
        } = &mut p.dialogue
        else {
            return false;
        };
        // From the "other" text back to the options.
        if *other {
            *other = false;
            return true;
        }
        let Some(run) = p.runs.get(consultation.as_str()) else {
            return false;
        };
        let target = match run.history.iter().position(|h| h == question) {
            Some(i) => i.checked_sub(1).map(|j| run.history[j].clone()),
            None => run.history.last().cloned(),
        };
        let Some(t) = target else {
            return false;
        };
        let selected = match run.answers.get(&t) {
            Some(Answer::Choices(cs)) => cs.clone(),
            Some(Answer::Other { choices, .. }) => choices.clone(),
            _ => Vec::new(),
        };
        p.dialogue = Dialogue::Question {
            consultation: consultation.clone(),
            question: t,
            selected,
            other: false,
        };
        true
    }

    /// `/skip`: only an optional question.
    pub(super) fn skip(&self, p: &mut Participant, now: DateTime<Utc>, out: &mut Out) {
        if let Some((c, q)) = self.asked(p).filter(|(_, q)| q.optional) {
            return self.answer(p, c, &q.id, Answer::Skipped, now, out);
        }
        out.say(Text::new("error-cannot-skip")).ask();
    }

    /// The question's prompt: progress, question, its kind's hint and
    /// buttons, optional/previous-answer notes, skip and back.
    pub(super) fn question_prompt(&self, p: &Participant, prompt: &mut Prompt) -> Option<()> {
        let (c, q) = self.asked(p)?;
        let run = p.runs.get(&c.id)?;
        let (position, total) = progress(c, run, &p.audiences, &q.id);
        prompt
            .say(
                Text::new("progress")
                    .num("position", position as f64)
                    .num("total", total as f64),
            )
            .say(Text::new(c.question_text(&q.id)));
        let selected = Self::selected(p);
        if matches!(p.dialogue, Dialogue::Question { other: true, .. }) {
            prompt.say(Text::new("hint-other").num("max", OTHER_MAX as f64));
            if !selected.is_empty() {
                let chosen = self.options_text(&p.language, c, &q.id, &selected);
                prompt.say(Text::new("other-chosen-so-far").text("chosen", chosen));
            }
            prompt.unkeyed(Button::Back, Text::new("choice-back"));
            return Some(());
        }
        match &q.kind {
            Kind::Single { .. } | Kind::Multi { .. } | Kind::YesNo => {
                choice::prompt(c, q, &selected, prompt)
            }
            Kind::Scale { min, max } => scale::prompt(c, q, *min, *max, prompt),
            Kind::Ranking { options } => {
                ranking::prompt(self, &p.language, c, q, options, &selected, prompt)
            }
            Kind::Text { .. } | Kind::Number { .. } => open::prompt(&q.kind, prompt),
        }
        if q.optional {
            prompt.say(Text::new("hint-optional"));
        }
        let previous = run.answers.get(&q.id);
        if let Some(a) = previous.filter(|_| !matches!(q.kind, Kind::Multi { .. })) {
            prompt.say(
                Text::new("previous-answer")
                    .text("answer", self.answer_text(&p.language, c, &q.id, a)),
            );
        }
        // Ranking keeps its keys for the options' numbers.
        let keyed = matches!(
            q.kind,
            Kind::Single { .. } | Kind::Multi { .. } | Kind::YesNo
        );
        if q.optional {
            prompt.button(Button::Skip, Text::new("choice-skip"), keyed, false);
        }
        if run.history.first().is_some_and(|h| h != &q.id) {
            prompt.button(Button::Back, Text::new("choice-back"), keyed, false);
        }
        Some(())
    }

    /// A button of the question's prompt.
    pub(super) fn question_press(
        &self,
        p: &mut Participant,
        b: Button,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let Some((c, q)) = self.asked(p) else {
            p.dialogue = Dialogue::Idle;
            return;
        };
        if b == Button::Other && has_other(q) {
            if let Dialogue::Question { other, .. } = &mut p.dialogue {
                *other = true;
            }
            out.ask();
            return;
        }
        let selected = Self::selected(p);
        match &q.kind {
            Kind::Single { .. } | Kind::Multi { .. } | Kind::YesNo => {
                self.choice_press(p, c, q, selected, b, now, out)
            }
            Kind::Scale { min, max } => self.scale_press(p, c, q, (*min, *max), b, now, out),
            Kind::Ranking { options } => {
                self.ranking_press(p, c, q, options, selected, b, now, out)
            }
            Kind::Text { .. } | Kind::Number { .. } => {
                out.say(Text::new("error-stale-button")).ask();
            }
        }
    }

    /// A typed list of keys for a multiple choice (`1, 3`).
    pub(super) fn question_selection(
        &self,
        p: &mut Participant,
        values: Vec<String>,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        match self.asked(p) {
            Some((c, q)) => self.submit_multi(p, c, q, values, None, now, out),
            None => {
                out.say(Text::new("error-use-choices")).ask();
            }
        }
    }

    /// Typed text while a question is asked: the "other" text, or what the
    /// question's kind makes of it.
    pub(super) fn question_typed(
        &self,
        p: &mut Participant,
        text: String,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let Some((c, q)) = self.asked(p) else {
            p.dialogue = Dialogue::Idle;
            return;
        };
        if matches!(p.dialogue, Dialogue::Question { other: true, .. }) {
            let text = crate::text::one_line(&text);
            if let Err(t) = check_length(&text, OTHER_MAX) {
                out.say(t).ask();
                return;
            }
            let selected = Self::selected(p);
            return match &q.kind {
                Kind::Multi { .. } => self.submit_multi(p, c, q, selected, Some(text), now, out),
                _ => {
                    let answer = Answer::Other {
                        choices: Vec::new(),
                        text,
                    };
                    self.answer(p, c, &q.id, answer, now, out)
                }
            };
        }
        // A scale's ends are understood by their labels ("sehr stark").
        if let Kind::Scale { min, max } = &q.kind {
            let end = |which: &str| {
                let label = Text::new(c.scale_label_text(&q.id, which));
                fold(&self.locales.render(&p.language, &label))
            };
            let typed = fold(&text);
            let value = [(*min, "min"), (*max, "max")]
                .into_iter()
                .find(|(_, which)| end(which) == typed);
            if let Some((v, _)) = value {
                return self.answer(p, c, &q.id, Answer::Number(v as f64), now, out);
            }
        }
        match &q.kind {
            Kind::Text { max_length } => match check_length(&text, *max_length) {
                Ok(()) => self.answer(p, c, &q.id, Answer::Text(text), now, out),
                Err(t) => {
                    out.say(t).ask();
                }
            },
            Kind::Number { min, max, integer } => match parse_number(&text, *min, *max, *integer) {
                Ok(n) => self.answer(p, c, &q.id, Answer::Number(n), now, out),
                Err(t) => {
                    out.say(t).ask();
                }
            },
            Kind::Scale { min, max } => {
                out.say(
                    Text::new("error-scale")
                        .num("min", *min as f64)
                        .num("max", *max as f64),
                )
                .ask();
            }
            Kind::Ranking { options } => self.ranking_typed(p, c, q, options, &text, now, out),
            Kind::Single { .. } | Kind::Multi { .. } | Kind::YesNo => {
                out.say(Text::new("error-use-choices")).ask();
            }
        }
    }

    /// Option labels in the person's language, joined.
    fn options_text(&self, lang: &str, c: &Consultation, qid: &str, options: &[String]) -> Text {
        let labels: Vec<String> = options
            .iter()
            .map(|o| self.locales.render(lang, &Text::new(c.option_text(qid, o))))
            .collect();
        Text::new("answer-value").arg("value", labels.join(", "))
    }

    /// An answer as the person sees it ("your answer so far").
    pub(super) fn answer_text(&self, lang: &str, c: &Consultation, qid: &str, a: &Answer) -> Text {
        match a {
            Answer::Choice(o) if o == "yes" || o == "no" => Text::new(format!("choice-{o}")),
            Answer::Choice(o) => Text::new(c.option_text(qid, o)),
            Answer::Choices(os) => self.options_text(lang, c, qid, os),
            Answer::Ranking(os) => {
                let labels: Vec<String> = os
                    .iter()
                    .enumerate()
                    .map(|(i, o)| {
                        let label = self.locales.render(lang, &Text::new(c.option_text(qid, o)));
                        format!("{}. {label}", i + 1)
                    })
                    .collect();
                Text::new("answer-value").arg("value", labels.join(", "))
            }
            Answer::Other { choices, text } => {
                let mut labels: Vec<String> = choices
                    .iter()
                    .map(|o| self.locales.render(lang, &Text::new(c.option_text(qid, o))))
                    .collect();
                labels.push(text.clone());
                Text::new("answer-value").arg("value", labels.join(", "))
            }
            Answer::Number(n) => Text::new("answer-value").arg("value", format_number(*n)),
            Answer::Text(t) => Text::new("answer-value").arg("value", t.clone()),
            Answer::Skipped => Text::new("answer-skipped"),
        }
    }
}
