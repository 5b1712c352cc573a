//! Localisable text as data: a Fluent message id plus arguments.
//!
//! The engine never produces finished strings. It says *which* message to show
//! and with *what* values; the adapter renders it in the user's language at the
//! edge. Rendered text is plain text: an adapter that sends markup escapes all
//! of it, so citizen input can never become markup.

use serde::{Deserialize, Serialize};

/// Most characters of a typed value repeated in a reply.
pub const ECHO_MAX: usize = 40;

/// A message to be rendered through Fluent, kept as data so the engine stays
/// language-neutral and replies can be stored and re-rendered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Text {
    /// The Fluent message id.
    pub id: String,
    /// Named arguments, in insertion order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, Arg)>,
}

/// One argument value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Arg {
    /// A string: citizen text, an id, a date. Inserted verbatim; the whole
    /// rendered text is plain text that adapters escape for their markup.
    Str(String),
    /// A number: Fluent selects plural forms with it.
    Num(f64),
    /// Another localised message, rendered first in the same language.
    Text(Box<Text>),
}

impl Text {
    /// A message without arguments.
    pub fn new(id: impl Into<String>) -> Self {
        Text {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// Adds a string argument.
    pub fn arg(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args.push((name.to_owned(), Arg::Str(value.into())));
        self
    }

    /// Adds a string the sender typed and the reply repeats (an unknown
    /// command, code or id), cut to [`ECHO_MAX`] characters so that one
    /// long message cannot make the bot send many.
    pub fn echo(self, name: &str, value: &str) -> Self {
        let value = match value.char_indices().nth(ECHO_MAX) {
            Some((cut, _)) => format!("{}…", &value[..cut]),
            None => value.to_owned(),
        };
        self.arg(name, value)
    }

    /// Adds a number.
    pub fn num(mut self, name: &str, value: impl Into<f64>) -> Self {
        self.args.push((name.to_owned(), Arg::Num(value.into())));
        self
    }

    /// Adds a nested localised message.
    pub fn text(mut self, name: &str, value: Text) -> Self {
        self.args
            .push((name.to_owned(), Arg::Text(Box::new(value))));
        self
    }
}
