//! A [`Reply`] as a Matrix message: a plain `body` with numbered options and
//! an HTML `formatted_body` in which everything is escaped.

use bot_core::{render, Locales, Reply};

/// Escapes text for HTML, so citizen input can never become markup.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

/// Breaks every room-wide mention (`@room`, any case) with a word joiner,
/// so citizen text shown to staff can never ping a whole room, in clients
/// that ignore `m.mentions` too.
pub fn defuse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('@') {
        out.push_str(&rest[..=at]);
        rest = &rest[at + 1..];
        if rest
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("room"))
        {
            out.push('\u{2060}');
        }
    }
    out.push_str(rest);
    out
}

/// Characters per message: a Matrix event may have 64 KiB, and it carries
/// the text twice (plain and HTML, escaped).
pub const PART_CHARS: usize = 5_000;

/// The plain and HTML bodies of a reply, cut into messages of at most
/// [`PART_CHARS`] characters at paragraph or line boundaries.
pub fn html(locales: &Locales, reply: &Reply) -> Vec<(String, String)> {
    render::split(&defuse(&render::plain(locales, reply)), PART_CHARS)
        .into_iter()
        .map(|plain| {
            let formatted = escape_html(&plain);
            (plain, formatted)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_reply_becomes_several_messages_each_within_the_event_limit() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let locales = Locales::load(&root.join("locales"), "de").unwrap_or_else(|e| panic!("{e}"));
        let line = |i: usize| format!("I-{i:04} „<Idee> & 'mehr'“ – {}", "x".repeat(80));
        let body = (0..400)
            .map(|i| bot_core::Text::new("answer-value").arg("value", line(i)))
            .collect();
        let parts = html(&locales, &Reply::text("de", body));
        assert!(parts.len() >= 8, "{}", parts.len());
        for (plain, formatted) in &parts {
            assert!(plain.chars().count() <= PART_CHARS);
            assert!(plain.len() + formatted.len() < 48_000);
            assert!(!formatted.contains("<Idee>"));
        }
        let all: String = parts.iter().map(|(p, _)| p.as_str()).collect();
        assert!(all.contains(&line(0)) && all.contains(&line(399)));
    }

    #[test]
    fn room_mentions_are_defused_in_any_case() {
        assert_eq!(defuse("hi @room!"), "hi @\u{2060}room!");
        assert_eq!(
            defuse("@Room @ROOM @rooms"),
            "@\u{2060}Room @\u{2060}ROOM @\u{2060}rooms"
        );
        assert_eq!(defuse("a@b.de @alice @ro"), "a@b.de @alice @ro");
        assert_eq!(defuse("ü@röom"), "ü@röom");
    }

    #[test]
    fn markup_and_line_breaks() {
        assert_eq!(
            escape_html("<b>\"Hi\" & 'you'</b>\nnext"),
            "&lt;b&gt;&quot;Hi&quot; &amp; &#39;you&#39;&lt;/b&gt;<br>next"
        );
    }
}
