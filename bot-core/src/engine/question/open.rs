//! Open questions: free text up to a length, and numbers within a range
//! (typed with a decimal comma or point).

use super::super::dialogue::Prompt;
use super::super::format_number;
use crate::consultation::Kind;
use crate::text::Text;

/// The hint on what to type.
pub(super) fn prompt(kind: &Kind, prompt: &mut Prompt) {
    match kind {
        Kind::Text { max_length } => {
            prompt.say(Text::new("hint-text").num("max", *max_length as f64));
        }
        Kind::Number { min, max, integer } => {
            prompt.say(number_hint(*min, *max, *integer));
        }
        _ => {}
    }
}

/// Text within `1..=max` characters, else what is wrong.
pub(in crate::engine) fn check_length(text: &str, max: usize) -> Result<(), Text> {
    let len = text.chars().count();
    if len == 0 {
        Err(Text::new("error-empty"))
    } else if len > max {
        Err(Text::new("error-too-long")
            .num("max", max as f64)
            .num("length", len as f64))
    } else {
        Ok(())
    }
}

/// What a number question takes, as a hint.
fn number_hint(min: Option<f64>, max: Option<f64>, integer: bool) -> Text {
    let kind = Text::new(if integer {
        "number-whole"
    } else {
        "number-any"
    });
    let t = Text::new("hint-number").text("kind", kind);
    match (min, max) {
        (Some(a), Some(b)) => t
            .arg("range", "both")
            .arg("min", format_number(a))
            .arg("max", format_number(b)),
        (Some(a), None) => t
            .arg("range", "min")
            .arg("min", format_number(a))
            .arg("max", ""),
        (None, Some(b)) => t
            .arg("range", "max")
            .arg("min", "")
            .arg("max", format_number(b)),
        (None, None) => t.arg("range", "none").arg("min", "").arg("max", ""),
    }
}

/// A typed number (`1 000,5` too) within the question's limits.
pub(in crate::engine) fn parse_number(
    text: &str,
    min: Option<f64>,
    max: Option<f64>,
    integer: bool,
) -> Result<f64, Text> {
    let cleaned: String = crate::text::western_digits(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .replace(',', ".");
    let n: f64 = cleaned
        .parse()
        .ok()
        .filter(|n: &f64| n.is_finite() && cleaned.len() <= 30)
        .ok_or_else(|| {
            Text::new("error-not-a-number").text("hint", number_hint(min, max, integer))
        })?;
    if integer && n.fract() != 0.0 {
        return Err(Text::new("error-not-a-number").text("hint", number_hint(min, max, integer)));
    }
    if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) {
        return Err(Text::new("error-out-of-range").text("hint", number_hint(min, max, integer)));
    }
    Ok(n)
}
