//! Localisable text as data: a Fluent message id plus arguments.
//!
//! The engine never produces finished strings. It says *which* message to show
//! and with *what* values; the adapter renders it in the user's language at the
//! edge. Rendered text is plain text: an adapter that sends markup escapes all
//! of it, so citizen input can never become markup.

use serde::{Deserialize, Serialize};

/// Characters that can make typed text look like something else: bidi
/// embeddings, overrides and isolates, zero-width space, word joiner,
/// byte order mark, line and paragraph separators. (Zero-width joiners
/// and left-to-right/right-to-left marks stay: scripts and emoji need them.)
fn disguising(c: char) -> bool {
    matches!(c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}' | '\u{2060}'
        | '\u{FEFF}' | '\u{2028}' | '\u{2029}')
        || (c.is_control() && c != '\n')
}

/// Digits and separators as typed on an Arabic or Persian keyboard
/// (`٣`, `۳`, `٫`, `،`) in their western form, so "٣٥" answers a number
/// question and "١، ٣" picks options 1 and 3.
pub fn western_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{066B}' => '.',
            '\u{060C}' => ',',
            c => c,
        })
        .collect()
}

/// Typed text without disguising or control characters (line breaks stay).
pub fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !disguising(*c))
        .collect::<String>()
        .trim()
        .to_owned()
}

/// [`clean`] text on one line, for titles shown in lists: line breaks and
/// runs of spaces become one space, so a title cannot fake a list line.
pub fn one_line(text: &str) -> String {
    clean(&text.replace(['\n', '\r', '\t'], " "))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

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

/// At most `max` characters, with `…` when cut (previews of long texts).
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(max).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_and_persian_digits_read_as_digits() {
        assert_eq!(western_digits("٣٥"), "35");
        assert_eq!(western_digits("۱۲٫۵"), "12.5");
        assert_eq!(western_digits("١، ٣"), "1, 3");
        assert_eq!(western_digits("I-0001 „x“"), "I-0001 „x“");
    }

    #[test]
    fn disguising_characters_go_and_titles_stay_on_one_line() {
        assert_eq!(clean(" a\u{202E}b\u{200B}c\u{0007}\nd "), "abc\nd");
        assert_eq!(clean("👨\u{200D}👩 \u{200C}"), "👨\u{200D}👩 \u{200C}");
        assert_eq!(
            one_line("Idee\n\nI-0002 „x“ – Status: angenommen\u{2066}"),
            "Idee I-0002 „x“ – Status: angenommen"
        );
        assert_eq!(one_line("a\t\r\n  b"), "a b");
    }
}
