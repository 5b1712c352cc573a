//! Chat commands every adapter maps, and parsing them from typed text
//! (`/start x`, `!help`, `/start@SomeBot x`), with German aliases.

use serde::{Deserialize, Serialize};

/// A command a citizen can give in any adapter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    /// Start or resume a consultation (argument: consultation id, as in a deep link).
    Start,
    /// Explain what the bot can do.
    Help,
    /// Change the language (argument: language code).
    Language,
    /// List open consultations.
    Consultations,
    /// Submit an idea.
    Idea,
    /// Leave the current step.
    Cancel,
    /// Go back to the previous question.
    Back,
    /// Skip an optional question.
    Skip,
    /// Answer the current consultation again from the start.
    Restart,
    /// Show the privacy notice.
    Privacy,
    /// Show everything stored about me, with a JSON file.
    MyData,
    /// Erase everything stored about me (after a confirmation).
    Forget,
    /// List my ideas and what became of them.
    MyIdeas,
    /// Browse published ideas and support them.
    Ideas,
    /// Where a consultation stands, and its results once published
    /// (argument: consultation id).
    Results,
    /// Hear about a consultation's new phases and awarded ideas, or stop
    /// (argument: consultation id).
    Follow,
    /// Rate the next idea for the jury; jurors only.
    Rate,
    /// Review the next published idea; invited experts only.
    Review,
    /// An admin command (argument: the command); refused for non-admins.
    Admin,
}

impl Command {
    /// Every command with its canonical name, in the order help lists them.
    pub const ALL: [(Command, &'static str); 19] = [
        (Command::Start, "start"),
        (Command::Help, "help"),
        (Command::Language, "language"),
        (Command::Consultations, "consultations"),
        (Command::Idea, "idea"),
        (Command::Cancel, "cancel"),
        (Command::Back, "back"),
        (Command::Skip, "skip"),
        (Command::Restart, "restart"),
        (Command::Privacy, "privacy"),
        (Command::MyData, "mydata"),
        (Command::Forget, "forget"),
        (Command::MyIdeas, "myideas"),
        (Command::Ideas, "ideas"),
        (Command::Results, "results"),
        (Command::Follow, "follow"),
        (Command::Rate, "rate"),
        (Command::Review, "review"),
        (Command::Admin, "admin"),
    ];

    /// The command's canonical (English) name.
    pub fn name(self) -> &'static str {
        Command::ALL
            .iter()
            .find(|(c, _)| *c == self)
            .map(|(_, n)| *n)
            .unwrap_or("help")
    }

    fn from_name(name: &str) -> Option<Command> {
        let name = name.to_lowercase();
        if let Some((c, _)) = Command::ALL.iter().find(|(_, n)| *n == name) {
            return Some(*c);
        }
        Some(match name.as_str() {
            "hilfe" => Command::Help,
            "sprache" | "lang" => Command::Language,
            "konsultationen" | "list" => Command::Consultations,
            "idee" => Command::Idea,
            "abbrechen" | "stop" => Command::Cancel,
            "zurueck" | "zurück" => Command::Back,
            "ueberspringen" | "überspringen" => Command::Skip,
            "neustart" => Command::Restart,
            "datenschutz" => Command::Privacy,
            "meinedaten" | "daten" => Command::MyData,
            "meineideen" => Command::MyIdeas,
            "ideen" | "unterstuetzen" | "unterstützen" | "support" => Command::Ideas,
            "vergessen" | "loeschen" | "löschen" => Command::Forget,
            "bewerten" => Command::Rate,
            "einschaetzen" | "einschätzen" => Command::Review,
            "ergebnisse" => Command::Results,
            "folgen" => Command::Follow,
            _ => return None,
        })
    }
}

/// What typed text says, if it looks like a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    /// A known command, with its argument if one was given.
    Command(Command, Option<String>),
    /// Starts with `/` or `!` but names no command we know.
    Unknown(String),
}

/// Parses `/name arg`, `!name arg` or `/name@bot arg`; `None` for text that
/// is not a command.
pub fn parse(text: &str) -> Option<Parsed> {
    let text = text.trim();
    let rest = text.strip_prefix('/').or_else(|| text.strip_prefix('!'))?;
    let (word, arg) = match rest.split_once(char::is_whitespace) {
        Some((w, a)) => (w, Some(a.trim().to_owned()).filter(|a| !a.is_empty())),
        None => (rest, None),
    };
    let name = word.split('@').next().unwrap_or(word);
    if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        return None;
    }
    Some(match Command::from_name(name) {
        Some(c) => Parsed::Command(c, arg),
        None => Parsed::Unknown(name.to_owned()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_parse_with_prefixes_bot_names_and_aliases() {
        assert_eq!(parse("/start"), Some(Parsed::Command(Command::Start, None)));
        assert_eq!(
            parse("/start@MitredenBot lebensbildung-digital"),
            Some(Parsed::Command(
                Command::Start,
                Some("lebensbildung-digital".into())
            ))
        );
        assert_eq!(parse("!hilfe"), Some(Parsed::Command(Command::Help, None)));
        assert_eq!(
            parse("/Sprache en"),
            Some(Parsed::Command(Command::Language, Some("en".into())))
        );
        assert_eq!(
            parse("/frobnicate"),
            Some(Parsed::Unknown("frobnicate".into()))
        );
        assert_eq!(parse("hallo"), None);
        assert_eq!(parse("/ 3"), None);
        assert_eq!(parse("!!!"), None);
    }
}
