//! A [`Reply`] in Telegram's terms: HTML text cut to the message limit, and
//! an inline keyboard whose callback data is the engine's choice id.

use bot_core::render::split;
use bot_core::{Locales, Reply};
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};
use teloxide::utils::html::escape;

/// Telegram's limit on a message's text, in characters after parsing.
pub const MESSAGE_LIMIT: usize = 4096;

/// Telegram's limit on callback data, in bytes.
pub const CALLBACK_LIMIT: usize = 64;

/// A reply ready to send: HTML chunks (each within the limit) and the
/// keyboard for the last one.
#[derive(Debug, Clone, PartialEq)]
pub struct Formatted {
    /// Message texts in HTML; citizen text is escaped.
    pub chunks: Vec<String>,
    /// Buttons, if the reply offers choices.
    pub keyboard: Option<InlineKeyboardMarkup>,
}

/// Renders and escapes a reply. All text goes through HTML escaping, so a
/// citizen's `<b>` or `&` arrives as typed and never as markup.
pub fn format(locales: &Locales, reply: &Reply) -> Formatted {
    let text = reply
        .body
        .iter()
        .map(|t| locales.render(&reply.lang, t))
        .collect::<Vec<_>>()
        .join("\n\n");
    let chunks = split(&text, MESSAGE_LIMIT)
        .iter()
        .map(|c| escape(c))
        .collect();
    Formatted {
        chunks,
        keyboard: keyboard(locales, reply),
    }
}

/// One button per row, except scale values (label = key), which share a row.
pub fn keyboard(locales: &Locales, reply: &Reply) -> Option<InlineKeyboardMarkup> {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
    let mut short_row = false;
    for c in &reply.choices {
        if c.id.len() > CALLBACK_LIMIT {
            tracing::error!(
                len = c.id.len(),
                "choice id too long for Telegram; button left out"
            );
            continue;
        }
        let label = locales.render(&reply.lang, &c.label);
        let short = c.key.as_deref() == Some(label.as_str());
        let text = if c.selected {
            format!("✓ {label}")
        } else {
            label
        };
        let button = InlineKeyboardButton::callback(text, c.id.clone());
        match rows.last_mut() {
            Some(row) if short && short_row => row.push(button),
            _ => rows.push(vec![button]),
        }
        short_row = short;
    }
    (!rows.is_empty()).then(|| InlineKeyboardMarkup::new(rows))
}
