//! A [`Reply`] in Telegram's terms: HTML text cut to the message limit, and
//! an inline keyboard whose callback data is the engine's choice id.

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

/// Splits plain text into pieces of at most `limit` characters, at a
/// paragraph, line or word boundary where there is one.
pub fn split(text: &str, limit: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while rest.chars().count() > limit {
        let cut = rest
            .char_indices()
            .nth(limit)
            .map(|(i, _)| i)
            .unwrap_or(rest.len());
        let head = &rest[..cut];
        let at = ["\n\n", "\n", " "]
            .iter()
            .filter_map(|sep| head.rfind(sep).filter(|&i| i > 0).map(|i| i + sep.len()))
            .next()
            .unwrap_or(cut);
        out.push(rest[..at].trim_end().to_owned());
        rest = rest[at..].trim_start();
    }
    if !rest.is_empty() || out.is_empty() {
        out.push(rest.to_owned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_split_at_boundaries_within_the_limit() {
        let para = "wort ".repeat(300);
        let text = format!("{para}\n\n{para}\n\n{para}");
        let chunks = split(&text, 4096);
        assert_eq!(chunks.len(), 2);
        assert!(chunks.iter().all(|c| c.chars().count() <= 4096));
        assert_eq!(
            chunks.concat().replace(['\n', ' '], ""),
            text.replace(['\n', ' '], "")
        );
        // no boundary at all: a hard cut, nothing lost
        let blob = "ä".repeat(9000);
        let chunks = split(&blob, 4096);
        assert_eq!(
            chunks.iter().map(|c| c.chars().count()).collect::<Vec<_>>(),
            [4096, 4096, 808]
        );
    }

    #[test]
    fn short_text_stays_whole() {
        assert_eq!(split("Hallo", 4096), ["Hallo"]);
        assert_eq!(split("", 4096), [""]);
    }
}
