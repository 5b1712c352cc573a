//! Published ideas for citizens (`/ideas`): a page at a time, each with a
//! button to support it. One support per person and idea; none for one's
//! own idea. A support is written in the same step as the dialogue state.

use super::button::Button;
use super::dialogue::Prompt;
use super::step::Out;
use super::Core;
use crate::consultation::Activity;
use crate::records::{Dialogue, Idea, Next, Participant};
use crate::text::{shorten, Text};

/// Ideas per page: a page must fit one chat message and its buttons.
pub(super) const PAGE: usize = 5;

/// Characters of a description shown on a page; "more" shows the rest.
const PREVIEW: usize = 200;

impl Core {
    /// Published ideas in id order.
    fn published(&self) -> Vec<Idea> {
        match self.store.ideas() {
            Ok(all) => all.into_iter().filter(Idea::is_public).collect(),
            Err(e) => {
                tracing::error!(error = %e, "cannot read ideas");
                Vec::new()
            }
        }
    }

    /// Whether the current phase of the idea's consultation takes supports
    /// (and their withdrawal).
    pub(super) fn supports_open(&self, id: &str) -> bool {
        self.published()
            .iter()
            .find(|i| i.id == id)
            .is_none_or(|i| self.takes_supports(i))
    }

    /// Whether `p` can support idea `id` right now: published, not their
    /// own, not supported by them yet, in a phase that takes supports.
    pub(super) fn can_support(&self, p: &Participant, id: &str) -> bool {
        self.published()
            .iter()
            .find(|i| i.id == id)
            .is_some_and(|i| {
                i.author != p.id && !i.supporters.contains(&p.id) && self.takes_supports(i)
            })
    }

    pub(super) fn takes_supports(&self, i: &Idea) -> bool {
        self.consultation(&i.consultation)
            .is_none_or(|c| c.allows(Activity::Supports, (self.clock)()))
    }

    /// `/ideas`: opens the first page, or says there is nothing yet.
    pub(super) fn browse(&self, p: &mut Participant, out: &mut Out) {
        if self.published().is_empty() {
            out.say(Text::new("ideas-public-none")).ask();
            return;
        }
        p.dialogue = Dialogue::Browse {
            page: 0,
            resume: Box::new(p.dialogue.underneath()),
        };
        out.ask();
    }

    /// The page's text (short descriptions, so a page is one message) and
    /// its buttons: per idea support (or take back) and "more", then
    /// paging, then done.
    pub(super) fn browse_prompt(&self, p: &Participant, page: u32, prompt: &mut Prompt) {
        let ideas = self.published();
        let pages = ideas.len().div_ceil(PAGE).max(1);
        let page = (page as usize).min(pages - 1);
        prompt.say(
            Text::new("ideas-public-page")
                .num("page", (page + 1) as f64)
                .num("pages", pages as f64),
        );
        for i in ideas.iter().skip(page * PAGE).take(PAGE) {
            let mine = i.author == p.id;
            let supported = i.supporters.contains(&p.id);
            prompt.say(
                Text::new("ideas-public-line")
                    .arg("id", &i.id)
                    .arg("title", &i.title)
                    .arg("description", shorten(&i.description, PREVIEW))
                    .text("field", self.field_label(i))
                    .num("supporters", i.supporters.len() as f64)
                    .arg(
                        "mark",
                        if mine {
                            "own"
                        } else if supported {
                            "supported"
                        } else {
                            "none"
                        },
                    ),
            );
            if let Some(answer) = i.answer() {
                prompt.say(
                    Text::new("idea-answer")
                        .arg("id", &i.id)
                        .arg("answer", answer),
                );
            }
            // Outside the phase for supports, a page only shows.
            let open = self.takes_supports(i);
            if open && supported {
                prompt.keyed(
                    Button::Unsupport(i.id.clone()),
                    Text::new("choice-unsupport").arg("id", &i.id),
                );
            } else if open && !mine {
                prompt.keyed(
                    Button::Support(i.id.clone()),
                    Text::new("choice-support").arg("id", &i.id),
                );
            }
            if i.description.chars().count() > PREVIEW || i.reviews.iter().any(|r| r.published) {
                prompt.keyed(
                    Button::More(i.id.clone()),
                    Text::new("choice-more").arg("id", &i.id),
                );
            }
        }
        if page > 0 {
            prompt.keyed(Button::Page(page as u32 - 1), Text::new("choice-previous"));
        }
        if page + 1 < pages {
            prompt.keyed(Button::Page(page as u32 + 1), Text::new("choice-next"));
        }
        prompt.keyed(Button::Cancel, Text::new("choice-done"));
    }

    /// A button on a page: support an idea or turn the page.
    pub(super) fn browse_press(&self, p: &mut Participant, b: Button, out: &mut Out) {
        match b {
            Button::Page(page) => {
                if let Dialogue::Browse { page: shown, .. } = &mut p.dialogue {
                    *shown = page;
                }
                out.ask();
            }
            Button::Support(id) => self.support(p, &id, out),
            Button::Unsupport(id) => self.unsupport(p, &id, out),
            Button::More(id) => {
                if let Some(i) = self.published().into_iter().find(|i| i.id == id) {
                    out.say(
                        Text::new("ideas-public-full")
                            .arg("id", &i.id)
                            .arg("title", &i.title)
                            .arg("description", &i.description),
                    );
                    // Experts' reviews that staff made public.
                    for r in i.reviews.iter().filter(|r| r.published) {
                        out.say(Text::new("ideas-public-review").arg("text", &r.text));
                    }
                }
                out.ask();
            }
            _ => {
                out.say(Text::new("error-stale-button")).ask();
            }
        }
    }

    /// Supports a listed idea (once; not one's own), with consent.
    pub(super) fn support(&self, p: &mut Participant, id: &str, out: &mut Out) {
        if !self.supports_open(id) {
            out.say(Text::new("supports-closed")).ask();
            return;
        }
        // A support stores who gave it: only with consent.
        if !self.has_consent(p) {
            return self.ask_consent(p, Next::Support, out);
        }
        let found = self.published().into_iter().find(|i| i.id == *id);
        match found {
            Some(i) if i.author == p.id => {
                out.say(Text::new("idea-support-own"));
            }
            Some(i) if i.supporters.contains(&p.id) => {
                out.say(Text::new("idea-support-twice").arg("id", &i.id));
            }
            Some(mut i) => {
                i.supporters.push(p.id.clone());
                out.say(
                    Text::new("idea-supported")
                        .arg("id", &i.id)
                        .num("supporters", i.supporters.len() as f64),
                );
                out.idea = Some(i);
            }
            None => {
                out.say(Text::new("error-stale-button"));
            }
        }
        out.ask();
    }

    /// Takes one's support of a listed idea back.
    fn unsupport(&self, p: &mut Participant, id: &str, out: &mut Out) {
        // Counts are final once the phase for supports is over.
        if !self.supports_open(id) {
            out.say(Text::new("supports-closed")).ask();
            return;
        }
        match self.published().into_iter().find(|i| i.id == id) {
            Some(mut i) if i.supporters.contains(&p.id) => {
                i.supporters.retain(|s| *s != p.id);
                out.say(
                    Text::new("idea-unsupported")
                        .arg("id", &i.id)
                        .num("supporters", i.supporters.len() as f64),
                );
                out.idea = Some(i);
            }
            _ => {
                out.say(Text::new("error-stale-button"));
            }
        }
        out.ask();
    }
}
