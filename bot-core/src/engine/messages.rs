//! What adapters hand the engine and get back: one event in, an outcome
//! with replies out, and notifications for chats outside a reply.

use serde::{Deserialize, Serialize};

use crate::command::Command;
use crate::text::Text;

/// One event from a platform, already translated by its adapter.
#[derive(Debug, Clone)]
pub struct Incoming {
    /// Platform name (`terminal`, `telegram`, `matrix`): part of the pseudonym.
    pub platform: String,
    /// The platform's user id; only ever hashed.
    pub user: String,
    /// The address of the private chat (chat id, room id), kept in the
    /// contacts tree once the participant consented.
    pub chat: String,
    /// The platform's id for this event, for de-duplication of redeliveries.
    pub event_id: Option<String>,
    /// The platform's language hint (e.g. Telegram's `language_code`).
    pub language_hint: Option<String>,
    /// What the user did.
    pub input: Input,
    /// The platform vouches that the sender is staff (a member of the staff
    /// room): they may evaluate ideas, but not change settings, and are
    /// asked consultations for the `staff` audience.
    pub staff: bool,
}

/// What a user did.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// The chat was opened (terminal start, bot joined a room): greet or resume.
    Open,
    /// Typed text; may be a command, an option's number or label, or an answer.
    Text(String),
    /// A pressed button: the opaque id of a [`Choice`].
    Choice(String),
    /// A command recognised by the platform (e.g. Telegram entities).
    Command(Command, Option<String>),
    /// Something that is not text (sticker, photo, voice).
    Unsupported,
    /// A message that arrived but could not be read (e.g. its encryption
    /// keys did not reach the bot): the citizen should send it again.
    Unreadable,
}

/// The result of one step.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The participant's pseudonym (safe to log).
    pub participant: String,
    /// The event was already applied earlier: nothing was changed.
    pub duplicate: bool,
    /// The event was over the rate limit: nothing was applied (buttons
    /// pressed stay as they were).
    pub throttled: bool,
    /// A button from an older prompt was pressed: nothing was applied;
    /// adapters may take that message's buttons away.
    pub stale: bool,
    /// A pressed button was not taken ("done" with nothing chosen): the
    /// reason, short. Nothing changed and the prompt stays; adapters with
    /// real buttons may show just this (Telegram: a toast) instead of the
    /// replies, which say the same and ask again.
    pub refused: Option<Text>,
    /// Messages to send, in order.
    pub replies: Vec<Reply>,
}

/// One message to send.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    /// Language to render in.
    pub lang: String,
    /// Paragraphs.
    pub body: Vec<Text>,
    /// Buttons, in order.
    pub choices: Vec<Choice>,
    /// This re-renders the previous prompt (a multiple-choice toggle):
    /// adapters that can edit the earlier message should.
    pub edit: bool,
    /// A file to send along (the `/mydata` export).
    pub attachment: Option<Attachment>,
}

impl Outcome {
    /// A redelivered event whose replies were sent: nothing to do.
    pub(super) fn already_applied(participant: String) -> Outcome {
        Outcome {
            participant,
            duplicate: true,
            throttled: false,
            stale: false,
            refused: None,
            replies: Vec::new(),
        }
    }
}

impl Reply {
    /// Text without buttons or file.
    pub fn text(lang: &str, body: Vec<Text>) -> Reply {
        Reply {
            lang: lang.to_owned(),
            body,
            choices: Vec::new(),
            edit: false,
            attachment: None,
        }
    }
}

/// A file sent with a reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attachment {
    /// File name shown to the user.
    pub name: String,
    /// MIME type.
    pub mime: String,
    /// Content.
    pub data: Vec<u8>,
}

/// One button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// Opaque id to send back as [`Input::Choice`] (the prompt's number
    /// and a [`super::Button`]); at most 64 bytes, Telegram's callback data.
    pub id: String,
    /// What a user may type instead (`1`, `2`, …), for text-only clients.
    pub key: Option<String>,
    /// The label.
    pub label: Text,
    /// Multiple choice: whether the option is currently selected.
    pub selected: bool,
}

/// A message to a chat outside a reply: idea news for a submitter, a
/// broadcast, a broadcast's progress for the admin.
#[derive(Debug)]
pub struct Notification {
    /// The platform's chat address (from the contacts tree).
    pub chat: String,
    /// What to send.
    pub reply: Reply,
    /// Whoever waits to learn whether it was delivered (broadcasts).
    pub receipt: Option<Receipt>,
}

/// The adapter's answer to "was it delivered?"; dropping it counts as no.
#[derive(Debug)]
pub struct Receipt(pub(super) tokio::sync::oneshot::Sender<bool>);

impl Receipt {
    /// Reports the delivery result.
    pub fn done(self, delivered: bool) {
        let _ = self.0.send(delivered);
    }
}
