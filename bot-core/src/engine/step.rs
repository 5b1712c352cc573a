//! How every step is applied: under the step lock, once per event (a
//! redelivery gets the stored replies), committed in one write, and
//! answered only once that write is on disk. Dialogue, admin and retention
//! steps all go through [`Core::apply`].

use chrono::{DateTime, Utc};

use super::button::Button;
use super::{
    lock, Attachment, Core, Definitions, EngineError, Incoming, Input, Notification, Outcome, Reply,
};
use crate::command::{self, Command, Parsed};
use crate::records::*;
use crate::store::{Applied, Step, Write};
use crate::text::Text;

/// The audience of the ministry's own staff, given by the platform (the
/// Matrix staff room's members), not by an invitation.
pub const STAFF: &str = "staff";

/// What a step produced besides the new state.
#[derive(Default)]
pub(super) struct Out {
    pub texts: Vec<Text>,
    /// Show the current prompt after the texts.
    pub prompt: bool,
    /// Only the prompt changed in place (multi toggle, ranking pick).
    pub edit: bool,
    /// A button of an older prompt was pressed.
    pub stale: bool,
    /// A pressed button was not taken, and why (see [`Outcome::refused`]).
    pub refused: Option<Text>,
    pub idea: Option<Idea>,
    /// Erase the participant instead of storing them.
    pub erase: bool,
    pub attachment: Option<Attachment>,
    /// Messages for other chats (platform, message), sent once the step
    /// is on disk.
    pub notices: Vec<(String, Notification)>,
}

impl Out {
    /// Nothing but the current prompt.
    pub fn asking() -> Out {
        Out {
            prompt: true,
            ..Out::default()
        }
    }

    pub fn say(&mut self, t: Text) -> &mut Self {
        self.texts.push(t);
        self
    }

    pub fn ask(&mut self) {
        self.prompt = true;
    }

    /// A press or pick not taken: the reason, and the prompt again.
    pub fn refuse(&mut self, t: Text) {
        self.refused = Some(t.clone());
        self.say(t).ask();
    }
}

/// What a dialogue step gives back besides the new state.
#[derive(Default)]
pub(super) struct Stepped {
    duplicate: bool,
    stale: bool,
    refused: Option<Text>,
    replies: Vec<Reply>,
    /// Messages for other chats.
    notices: Vec<(String, Notification)>,
}

/// A step's outcome, and definitions to swap in (`/admin reload`).
pub(super) struct Done {
    pub outcome: Outcome,
    pub reload: Option<Definitions>,
}

impl From<Outcome> for Done {
    fn from(outcome: Outcome) -> Done {
        Done {
            outcome,
            reload: None,
        }
    }
}

/// A step's replies as kept with its event until sent: without files
/// (a `/mydata` export is not kept twice; it can be asked for again).
fn unsent(replies: &[Reply]) -> String {
    let kept: Vec<Reply> = replies
        .iter()
        .map(|r| Reply {
            attachment: None,
            ..r.clone()
        })
        .collect();
    // Plain data (strings, numbers, lists): serialising cannot fail.
    serde_json::to_string(&kept).unwrap_or_default()
}

/// Dialogue without transient parts: when it changes, old buttons go stale.
fn position(d: &Dialogue) -> Dialogue {
    match d {
        Dialogue::Question {
            consultation,
            question,
            other,
            ..
        } => Dialogue::Question {
            consultation: consultation.clone(),
            question: question.clone(),
            selected: Vec::new(),
            other: *other,
        },
        other => other.clone(),
    }
}

impl Core {
    /// The one way a step is applied: under the step lock, `step` sees
    /// whether this event was applied before and does its reads and one
    /// commit; the result is handed back once it is on disk (also when
    /// nothing changed: it may show an earlier step not yet on disk).
    pub(super) async fn apply<T>(
        &self,
        event_key: Option<&str>,
        step: impl FnOnce(Option<Applied>, DateTime<Utc>) -> Result<T, EngineError>,
    ) -> Result<T, EngineError> {
        let value = {
            let _guard = lock(&self.steps);
            let applied = match event_key {
                Some(key) => self.store.applied(key)?,
                None => None,
            };
            step(applied, (self.clock)())?
        };
        self.store.durable().wait().await?;
        Ok(value)
    }

    pub(super) async fn handle(&self, ev: Incoming) -> Result<Done, EngineError> {
        let participant = self.pseudonyms.of(&ev.platform, &ev.user);
        let event_key = ev
            .event_id
            .as_ref()
            .map(|e| format!("{}\0{}", ev.platform, e));
        let admin_args = match &ev.input {
            Input::Command(Command::Admin, args) => Some(args.clone().unwrap_or_default()),
            Input::Text(t) => match command::parse(t) {
                Some(Parsed::Command(Command::Admin, args)) => Some(args.unwrap_or_default()),
                _ => None,
            },
            _ => None,
        };
        // Flooding (admin commands too: each refusal is an audit line):
        // nothing is stored; one word to slow down.
        if let Some(first) = self.too_fast(&participant) {
            let lang = self.language_of(&participant)?;
            let replies = first
                .then(|| Reply::text(&lang, vec![Text::new("error-too-fast")]))
                .into_iter()
                .collect();
            return Ok(Outcome {
                participant,
                duplicate: false,
                throttled: true,
                stale: false,
                refused: None,
                replies,
            }
            .into());
        }
        if let Some(args) = admin_args {
            return self.admin(&ev, participant, event_key, &args).await;
        }
        let key = event_key.as_deref();
        let Stepped {
            duplicate,
            stale,
            refused,
            replies,
            notices,
        } = self
            .apply(key, |applied, now| match applied {
                Some(applied) => {
                    let replies = self.stored_replies(&participant, applied)?;
                    Ok(Stepped {
                        duplicate: true,
                        replies,
                        ..Stepped::default()
                    })
                }
                None => self.dialogue_step(ev, &participant, key, now),
            })
            .await?;
        for (platform, notice) in notices {
            self.notify(&platform, notice);
        }
        Ok(Outcome {
            participant,
            duplicate,
            throttled: false,
            stale,
            refused,
            replies,
        }
        .into())
    }

    /// A redelivered event: the replies kept until sent, if any.
    fn stored_replies(
        &self,
        participant: &str,
        applied: Applied,
    ) -> Result<Vec<Reply>, EngineError> {
        tracing::debug!(%participant, "duplicate event: not applied again");
        Ok(match applied.unsent {
            None => Vec::new(),
            Some(json) => match serde_json::from_str(&json) {
                Ok(replies) => replies,
                // Stored without its replies: where the person is now.
                Err(_) => match self.participant(participant)?.0 {
                    Some(p) => self.replies(&p, Out::asking()),
                    None => Vec::new(),
                },
            },
        })
    }

    /// A citizen's event applied to their record.
    fn dialogue_step(
        &self,
        ev: Incoming,
        participant: &str,
        event_key: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Stepped, EngineError> {
        let (existing, reset) = self.participant(participant)?;
        let is_new = existing.is_none();
        let mut p = existing.clone().unwrap_or_else(|| {
            let language = ev
                .language_hint
                .as_deref()
                .and_then(|h| self.locales.match_language(h))
                .map(str::to_owned)
                .unwrap_or_else(|| self.runtime.language());
            Participant::new(participant, &language, now)
        });
        let before = p.clone();
        // Staff are an audience while the platform vouches for them.
        if ev.staff {
            p.audiences.insert(STAFF.to_owned());
        } else {
            p.audiences.remove(STAFF);
        }
        let wrote = ev.input != Input::Open;
        let mut out = Out::default();
        if reset {
            out.say(Text::new("record-reset"));
        }
        let juror = self
            .runtime
            .members(crate::runtime::Role::Juror)
            .contains(&format!("{}:{}", ev.platform, ev.user));
        self.step(&mut p, is_new, juror, ev.input, now, &mut out);
        if position(&before.dialogue) != position(&p.dialogue) {
            p.prompt = p.prompt.wrapping_add(1);
        }
        let erased = out.erase;
        if erased {
            self.erase(&p, event_key, now)?;
        } else {
            // The address is kept only with consent, and only in the contacts tree.
            let known = self.store.contact(participant)?;
            let address = (ev.platform.as_str(), ev.chat.as_str());
            let fresh = Contact {
                v: RECORD_VERSION,
                platform: ev.platform.clone(),
                chat: ev.chat.clone(),
                since: now,
            };
            let contact = match (&known, self.has_consent(&p)) {
                (Some(c), true) if (c.platform.as_str(), c.chat.as_str()) == address => None,
                // Only a message the person sent moves their address;
                // a room merely opened (a Matrix join) does not.
                (Some(_), true) if !wrote => None,
                (_, true) => Some(Write::Put(&fresh)),
                (Some(_), false) => Some(Write::Delete(participant)),
                (None, false) => None,
            };
            let ideas: Vec<Write<Idea>> = out.idea.iter().map(Write::Put).collect();
            if p != before || event_key.is_some() || contact.is_some() || !ideas.is_empty() {
                self.store.commit(Step {
                    participant: Write::Put(&p),
                    contact,
                    event: event_key,
                    awaits_reply: event_key.is_some(),
                    ideas: &ideas,
                    audit: None,
                })?;
            }
        }
        tracing::debug!(%participant, "step applied");
        let completed = p
            .runs
            .iter()
            .filter(|(id, run)| {
                run.completed_at.is_some()
                    && before
                        .runs
                        .get(*id)
                        .is_none_or(|b| b.completed_at.is_none())
            })
            .count();
        if completed > 0 {
            crate::metrics::count(
                "completions_total",
                &[("platform", &ev.platform)],
                completed as u64,
            );
        }
        let (stale, refused) = (out.stale, out.refused.take());
        let notices = std::mem::take(&mut out.notices);
        // Rendered after the commit: prompts read what the step wrote.
        let replies = self.replies(&p, out);
        if let Some(key) = event_key {
            // After an erasure nothing may be sealed under a new key.
            let owner = if erased { "" } else { participant };
            self.store.unsent(key, owner, &unsent(&replies))?;
        }
        Ok(Stepped {
            duplicate: false,
            stale,
            refused,
            replies,
            notices,
        })
    }

    /// The replies of a step: its texts, then the current prompt.
    pub(super) fn replies(&self, p: &Participant, out: Out) -> Vec<Reply> {
        let prompt = if out.prompt { self.prompt(p) } else { None };
        let (mut body, choices) = prompt.map(|p| (p.body, p.choices)).unwrap_or_default();
        if out.edit && !body.is_empty() {
            return vec![Reply {
                lang: p.language.clone(),
                body,
                choices,
                edit: true,
                attachment: None,
            }];
        }
        let mut texts = out.texts;
        texts.append(&mut body);
        if texts.is_empty() {
            // Every input gets an answer, even when its state vanished
            // (e.g. a consultation file was removed).
            texts.push(Text::new("idle-hint"));
        }
        vec![Reply {
            lang: p.language.clone(),
            body: texts,
            choices,
            edit: false,
            attachment: out.attachment,
        }]
    }

    /// One input in the person's dialogue: a command, a button, typed text.
    #[allow(clippy::too_many_arguments)]
    fn step(
        &self,
        p: &mut Participant,
        is_new: bool,
        juror: bool,
        input: Input,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let input = match input {
            Input::Text(t) => match command::parse(&t) {
                Some(Parsed::Command(c, arg)) => Input::Command(c, arg),
                Some(Parsed::Unknown(name)) => {
                    out.say(Text::new("error-unknown-command").echo("command", &name))
                        .ask();
                    return;
                }
                None if is_new => Input::Open,
                None => Input::Text(t),
            },
            Input::Choice(_) | Input::Unsupported | Input::Unreadable if is_new => Input::Open,
            other => other,
        };
        if is_new {
            out.say(match self.runtime.welcome(&p.language) {
                None => Text::new("welcome"),
                Some(custom) => Text::new("welcome-custom").arg("text", custom),
            });
        }
        match input {
            Input::Open if is_new => self.start(p, None, now, out),
            Input::Open => {
                out.say(Text::new("welcome-back"));
                if p.dialogue == Dialogue::Idle {
                    out.say(Text::new("idle-hint"));
                }
                out.ask();
            }
            Input::Command(Command::Rate, _) => self.rate(p, juror, false, Vec::new(), out),
            // A review is kept with the expert's pseudonym: consent first.
            Input::Command(Command::Review, _) if self.is_reviewer(p) && !self.has_consent(p) => {
                self.ask_consent(p, Next::Review, out)
            }
            Input::Command(Command::Review, _) => {
                let expert = self.is_reviewer(p);
                self.rate(p, expert, true, Vec::new(), out)
            }
            Input::Command(c, arg) => self.command(p, c, arg, now, out),
            Input::Unsupported => {
                out.say(Text::new("error-unsupported")).ask();
            }
            Input::Unreadable => {
                out.say(Text::new("error-unreadable")).ask();
            }
            Input::Choice(id) => {
                let on_prompt = self
                    .prompt(p)
                    .is_some_and(|prompt| prompt.choices.iter().any(|c| c.id == id));
                match Button::from_id(&id) {
                    Some((seq, button)) if seq == p.prompt && on_prompt => {
                        self.press(p, button, now, out)
                    }
                    _ => {
                        tracing::debug!(participant = %p.id, "stale or unknown button");
                        out.stale = true;
                        out.say(Text::new("error-stale-button")).ask();
                    }
                }
            }
            Input::Text(t) => match self.match_typed(p, &t) {
                Some(pick) => self.pick(p, pick, now, out),
                None => self.typed(p, t, now, out),
            },
        }
    }

    fn command(
        &self,
        p: &mut Participant,
        c: Command,
        arg: Option<String>,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        match c {
            Command::Start => self.start(p, arg, now, out),
            Command::Help => {
                out.say(Text::new("help")).ask();
            }
            Command::Privacy => {
                out.say(self.notice()).ask();
            }
            Command::MyData => self.my_data(p, out),
            // Admin commands are taken before the dialogue (see `admin`).
            Command::Admin => out.ask(),
            Command::MyIdeas => self.my_ideas(p, out),
            Command::Forget => self.confirm_forget(p, out),
            Command::Language => self.language(p, arg, out),
            Command::Consultations => self.consultations_menu(p, now, out),
            Command::Idea => self.idea(p, None, now, out),
            Command::Ideas => self.browse(p, out),
            Command::Cancel => self.cancel(p, out),
            Command::Back => self.back(p, out),
            Command::Skip => self.skip(p, now, out),
            Command::Restart => self.restart(p, now, out),
            Command::Results => self.results(p, arg, out),
            Command::Follow => self.follow(p, arg, out),
            // Need to know who is a juror or expert: taken in `step`.
            Command::Rate | Command::Review => out.ask(),
        }
    }
}
