//! Rendering a [`Reply`] as plain text with numbered options: what the
//! terminal prints and what text-only clients (Matrix `body`) show.

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
