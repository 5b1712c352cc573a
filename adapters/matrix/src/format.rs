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

/// The plain body and the HTML body of a reply.
pub fn html(locales: &Locales, reply: &Reply) -> (String, String) {
    let plain = render::plain(locales, reply);
    let formatted = escape_html(&plain);
    (plain, formatted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_line_breaks() {
        assert_eq!(
            escape_html("<b>\"Hi\" & 'you'</b>\nnext"),
            "&lt;b&gt;&quot;Hi&quot; &amp; &#39;you&#39;&lt;/b&gt;<br>next"
        );
    }
}
