//! Rendering a [`Reply`] as plain text with numbered options: what the
//! terminal prints and what text-only clients (Matrix `body`) show; and
//! cutting long text to a platform's message size.

use crate::engine::Reply;
use crate::locales::Locales;

/// Paragraphs, then one line per choice: `[1] Ja`, `[✓ 2] …` when selected,
/// `[1] [2] [3]` for scale values, and `· Zurück` for choices that are
/// typed by name.
pub fn plain(locales: &Locales, reply: &Reply) -> String {
    let mut out: Vec<String> = reply
        .body
        .iter()
        .map(|t| locales.render(&reply.lang, t))
        .collect();
    let mut lines: Vec<String> = Vec::new();
    let mut bare_keys = false;
    for c in &reply.choices {
        let label = locales.render(&reply.lang, &c.label);
        let mark = if c.selected { "✓ " } else { "" };
        match &c.key {
            // A scale value is its own label: keep such keys on one line.
            Some(k) if *k == label => {
                match lines.last_mut() {
                    Some(last) if bare_keys => last.push_str(&format!(" [{mark}{k}]")),
                    _ => lines.push(format!("[{mark}{k}]")),
                }
                bare_keys = true;
                continue;
            }
            Some(k) => lines.push(format!("[{mark}{k}] {label}")),
            None => lines.push(format!("· {mark}{label}")),
        }
        bare_keys = false;
    }
    if !lines.is_empty() {
        out.push(lines.join("\n"));
    }
    out.join("\n\n")
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
