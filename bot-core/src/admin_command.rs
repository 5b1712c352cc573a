//! Admin commands given in chat (`/admin …` in a private chat, `!…` in the
//! Matrix admin and staff rooms): consultations, ideas and their status,
//! settings, broadcasts, admins, the audit log. Parsed by hand so that
//! every message, errors included, comes from Fluent.

use chrono::{DateTime, Utc};

use crate::records::IdeaStatus;
use crate::text::Text;

/// Which ideas `ideas` lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdeaFilter {
    /// Those with this status (`new` is `submitted`).
    Status(IdeaStatus),
    /// Those in the citizens' public list.
    Published,
    /// Those assigned to this department (case ignored).
    Department(String),
    /// All of them.
    All,
}

/// A status as admins type it.
fn status(word: &str) -> Option<IdeaStatus> {
    Some(match word {
        "new" | "submitted" => IdeaStatus::Submitted,
        "review" => IdeaStatus::Review,
        "accepted" => IdeaStatus::Accepted,
        "rejected" => IdeaStatus::Rejected,
        "implemented" => IdeaStatus::Implemented,
        "awarded" => IdeaStatus::Awarded,
        _ => return None,
    })
}

/// One admin command.
#[derive(Debug, Clone, PartialEq)]
pub enum AdminCommand {
    /// The commands with one line each.
    Help,
    /// All consultations with state, dates and numbers.
    Consultations,
    /// Ideas with id, title, field, status.
    Ideas(IdeaFilter),
    /// One idea in full.
    Idea(String),
    /// Set an idea's status; the submitter is told, with the comment.
    Status {
        /// Idea id.
        id: String,
        /// New status.
        status: IdeaStatus,
        /// Comment for the submitter.
        comment: Option<String>,
    },
    /// An internal note on an idea: staff only, never to citizens.
    Note {
        /// Idea id.
        id: String,
        /// The note, as typed.
        text: String,
    },
    /// Ask the author of an idea a question (their reply comes back here).
    Ask {
        /// Idea id.
        id: String,
        /// The question, as typed.
        question: String,
    },
    /// Make an expert's review of an idea public under it (or not).
    PublishReview {
        /// Idea id.
        id: String,
        /// The review's number as `idea ID` lists it (from 1).
        n: usize,
        /// Public.
        on: bool,
    },
    /// Show (or hide) a consultation's figures in `/results`.
    Release {
        /// Consultation id.
        id: String,
        /// Shown.
        on: bool,
    },
    /// Merge a duplicate into another idea: supports move, both authors
    /// are told.
    Merge {
        /// The duplicate.
        from: String,
        /// The idea it goes into.
        into: String,
    },
    /// Assign an idea to a department.
    Assign {
        /// Idea id.
        id: String,
        /// The department, as typed (`Referat 312`).
        department: String,
    },
    /// The ideas by the jury's weighted mean, with count and spread.
    Ranked,
    /// Links for an event: runs started through them count for `tag`.
    Source {
        /// Consultation id.
        id: String,
        /// The event's tag (`dortmund-2027`).
        tag: String,
    },
    /// Invitation codes into an audience, as a file.
    Invite {
        /// The audience (`experts`, `staff`).
        audience: String,
        /// How many codes.
        count: u32,
        /// Each code for one person only.
        single: bool,
        /// Codes stop working then.
        until: Option<DateTime<Utc>>,
    },
    /// Codes per audience: made, used, still valid.
    Invites,
    /// Revoke every code of an audience.
    Revoke(String),
    /// Jurors added from chat.
    Jurors,
    /// Make someone a juror (`platform:user`).
    AddJuror(String),
    /// Take the juror role away.
    RemoveJuror(String),
    /// The newest audit log entries.
    Audit(usize),
    /// Open a consultation now, with no end.
    Open(String),
    /// Close a consultation now.
    Close(String),
    /// Set a consultation's window.
    Schedule {
        /// Consultation id.
        id: String,
        /// Opens then.
        from: DateTime<Utc>,
        /// Closes then.
        to: DateTime<Utc>,
    },
    /// Read consultation files and locales again.
    Reload,
    /// The runtime settings in force.
    Settings,
    /// Change a runtime setting.
    Set {
        /// Setting name (see [`crate::runtime::SETTINGS`]).
        key: String,
        /// New value, as typed.
        value: String,
    },
    /// Back to the configured value.
    Unset(String),
    /// An announcement to every consenting participant of a consultation.
    Broadcast {
        /// Consultation id.
        id: String,
        /// The message, as typed.
        message: String,
    },
    /// Configured and chat-added admins.
    Admins,
    /// Add an admin (`platform:user`).
    AddAdmin(String),
    /// Remove a chat-added admin (`platform:user`).
    RemoveAdmin(String),
    /// Show an idea in the public list, where citizens can support it.
    Publish(String),
    /// Take an idea out of the public list.
    Unpublish(String),
    /// The data as a file in the chat (what `mitreden export` writes, which
    /// cannot run beside the bot).
    Export {
        /// Only this consultation.
        consultation: Option<String>,
        /// JSON instead of CSV (for Excel).
        json: bool,
    },
}

impl AdminCommand {
    /// Whether staff (not only admins) may give it: evaluating ideas.
    pub fn for_staff(&self) -> bool {
        matches!(
            self,
            AdminCommand::Help
                | AdminCommand::Consultations
                | AdminCommand::Ideas(_)
                | AdminCommand::Idea(_)
                | AdminCommand::Status { .. }
                | AdminCommand::Note { .. }
                | AdminCommand::Assign { .. }
                | AdminCommand::Ask { .. }
                | AdminCommand::Merge { .. }
                | AdminCommand::Ranked
                | AdminCommand::Publish(_)
                | AdminCommand::Unpublish(_)
                | AdminCommand::PublishReview { .. }
                | AdminCommand::Export { .. }
        )
    }
}

/// The text after the first `n` words, as typed (line breaks kept).
fn after_words(text: &str, n: usize) -> &str {
    let mut rest = text.trim_start();
    for _ in 0..n {
        rest = rest
            .find(char::is_whitespace)
            .map_or("", |end| rest[end..].trim_start());
    }
    rest.trim_end()
}

/// How one platform writes its users' ids: the platform's name and a
/// check. Each adapter gives its own, so bot-core knows no platform's syntax.
pub type UserIds = (&'static str, fn(&str) -> bool);

/// A person as `platform:user`: one platform's user id (`@alice:example.org`,
/// `4242`), with or without `platform:` written in front.
pub fn person(text: &str, platforms: &[UserIds]) -> Option<String> {
    if let Some((name, user)) = text.split_once(':') {
        if let Some((name, is_user)) = platforms.iter().find(|(p, _)| *p == name) {
            return is_user(user).then(|| format!("{name}:{user}"));
        }
    }
    platforms
        .iter()
        .find(|(_, is_user)| is_user(text))
        .map(|(name, _)| format!("{name}:{text}"))
}

/// A date (`2026-12-01`, midnight UTC) or an RFC 3339 instant.
pub fn instant(text: &str) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.with_timezone(&Utc));
    }
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()?
        .and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc())
}

/// Parses the words after `/admin`; an error is a message for the admin.
pub fn parse(args: &str, platforms: &[UserIds]) -> Result<AdminCommand, Text> {
    let words: Vec<&str> = args.split_whitespace().collect();
    let usage = |command: &str| Err(Text::new("admin-usage").arg("command", command));
    Ok(match words.as_slice() {
        [] | ["help"] => AdminCommand::Help,
        ["consultations"] => AdminCommand::Consultations,
        ["ideas"] | ["ideas", "all"] => AdminCommand::Ideas(IdeaFilter::All),
        ["ideas", "published"] => AdminCommand::Ideas(IdeaFilter::Published),
        ["ideas", "ranked"] => AdminCommand::Ranked,
        ["ideas", "department", _, ..] => {
            AdminCommand::Ideas(IdeaFilter::Department(after_words(args, 2).to_owned()))
        }
        ["ideas", word] => match status(word) {
            Some(s) => AdminCommand::Ideas(IdeaFilter::Status(s)),
            None => return usage("ideas"),
        },
        ["ideas", ..] => return usage("ideas"),
        ["idea", id] => AdminCommand::Idea(id.to_uppercase()),
        ["idea", id, "status", word, ..] => {
            let Some(status) = status(word) else {
                return usage("idea");
            };
            let comment = after_words(args, 4).to_owned();
            AdminCommand::Status {
                id: id.to_uppercase(),
                status,
                comment: (!comment.is_empty()).then_some(comment),
            }
        }
        ["idea", id, "ask", _, ..] => AdminCommand::Ask {
            id: id.to_uppercase(),
            question: after_words(args, 3).to_owned(),
        },
        ["merge", from, into] if !from.eq_ignore_ascii_case(into) => AdminCommand::Merge {
            from: from.to_uppercase(),
            into: into.to_uppercase(),
        },
        ["merge", ..] => return usage("merge"),
        ["ask", id, _, ..] => AdminCommand::Ask {
            id: id.to_uppercase(),
            question: after_words(args, 2).to_owned(),
        },
        ["idea", id, "assign", _, ..] => AdminCommand::Assign {
            id: id.to_uppercase(),
            department: after_words(args, 3).to_owned(),
        },
        ["idea", id, "note", _, ..] => AdminCommand::Note {
            id: id.to_uppercase(),
            text: after_words(args, 3).to_owned(),
        },
        ["idea", ..] => return usage("idea"),
        ["open", id] => AdminCommand::Open((*id).to_owned()),
        ["close", id] => AdminCommand::Close((*id).to_owned()),
        ["schedule", id, from, to] => match (instant(from), instant(to)) {
            (Some(from), Some(to)) if from < to => AdminCommand::Schedule {
                id: (*id).to_owned(),
                from,
                to,
            },
            _ => return usage("schedule"),
        },
        ["open" | "close" | "schedule", ..] => return usage(words[0]),
        ["reload"] => AdminCommand::Reload,
        ["settings"] => AdminCommand::Settings,
        ["set", key, _, ..] => AdminCommand::Set {
            key: (*key).to_owned(),
            value: after_words(args, 2).to_owned(),
        },
        ["unset", key] => AdminCommand::Unset((*key).to_owned()),
        ["reload" | "settings" | "set" | "unset", ..] => return usage(words[0]),
        ["broadcast", id, _, ..] => AdminCommand::Broadcast {
            id: (*id).to_owned(),
            message: after_words(args, 2).to_owned(),
        },
        ["broadcast", ..] => return usage("broadcast"),
        ["admins"] => AdminCommand::Admins,
        ["add", who] => match person(who, platforms) {
            Some(p) => AdminCommand::AddAdmin(p),
            None => return usage("add"),
        },
        ["remove", who] => match person(who, platforms) {
            Some(p) => AdminCommand::RemoveAdmin(p),
            None => return usage("remove"),
        },
        ["add" | "remove", ..] => return usage(words[0]),
        ["jurors"] => AdminCommand::Jurors,
        ["invite", audience, count, rest @ ..] => {
            let Some(count) = count
                .parse()
                .ok()
                .filter(|n| (1..=crate::engine::INVITES_MOST).contains(n))
            else {
                return usage("invite");
            };
            let (mut single, mut until) = (true, None);
            let mut rest = rest.iter();
            while let Some(word) = rest.next() {
                match *word {
                    "single" => single = true,
                    "multi" => single = false,
                    "until" | "expires" => match rest.next().and_then(|d| instant(d)) {
                        Some(t) => until = Some(t),
                        None => return usage("invite"),
                    },
                    _ => return usage("invite"),
                }
            }
            AdminCommand::Invite {
                audience: (*audience).to_owned(),
                count,
                single,
                until,
            }
        }
        ["invites"] => AdminCommand::Invites,
        // `qr` as the issue and the README name it; `source` as before.
        ["source" | "qr", id, tag] => AdminCommand::Source {
            id: (*id).to_owned(),
            tag: (*tag).to_owned(),
        },
        ["source" | "qr", ..] => return usage("source"),
        ["revoke", audience] => AdminCommand::Revoke((*audience).to_owned()),
        ["invite" | "revoke", ..] => return usage(words[0]),
        ["results", id, "on"] => AdminCommand::Release {
            id: (*id).to_owned(),
            on: true,
        },
        ["results", id, "off"] => AdminCommand::Release {
            id: (*id).to_owned(),
            on: false,
        },
        ["results", ..] => return usage("results"),
        ["review", id, n, on @ ("on" | "off")] => match n.parse() {
            Ok(n) if n >= 1 => AdminCommand::PublishReview {
                id: (*id).to_owned(),
                n,
                on: *on == "on",
            },
            _ => return usage("review"),
        },
        ["review", ..] => return usage("review"),
        ["juror", "add", who] => match person(who, platforms) {
            Some(p) => AdminCommand::AddJuror(p),
            None => return usage("juror"),
        },
        ["juror", "remove", who] => match person(who, platforms) {
            Some(p) => AdminCommand::RemoveJuror(p),
            None => return usage("juror"),
        },
        ["juror", ..] => return usage("juror"),
        ["publish", id] => AdminCommand::Publish(id.to_uppercase()),
        ["unpublish", id] => AdminCommand::Unpublish(id.to_uppercase()),
        ["publish" | "unpublish", ..] => return usage(words[0]),
        ["export", rest @ ..] if rest.len() <= 2 => {
            let json = rest.last() == Some(&"json");
            let ids: Vec<&str> = rest
                .iter()
                .copied()
                .filter(|w| !matches!(*w, "json" | "csv"))
                .collect();
            match ids.as_slice() {
                [] => AdminCommand::Export {
                    consultation: None,
                    json,
                },
                [id] => AdminCommand::Export {
                    consultation: Some((*id).to_owned()),
                    json,
                },
                _ => return usage("export"),
            }
        }
        ["export", ..] => return usage("export"),
        ["audit"] => AdminCommand::Audit(20),
        ["audit", n] => match n.parse::<usize>() {
            Ok(n) if (1..=500).contains(&n) => AdminCommand::Audit(n),
            _ => return usage("audit"),
        },
        [other, ..] => return Err(Text::new("admin-unknown").echo("command", other)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two platforms' ids, as the adapters write them.
    const PLATFORMS: &[UserIds] = &[
        ("matrix", |u| u.starts_with('@') && u.contains(':')),
        ("telegram", |u| {
            !u.is_empty() && u.bytes().all(|b| b.is_ascii_digit())
        }),
    ];

    #[test]
    fn commands_and_their_mistakes() {
        assert_eq!(parse("", PLATFORMS), Ok(AdminCommand::Help));
        assert_eq!(
            parse("ideas new", PLATFORMS),
            Ok(AdminCommand::Ideas(IdeaFilter::Status(
                IdeaStatus::Submitted
            )))
        );
        assert_eq!(
            parse("ideas accepted", PLATFORMS),
            Ok(AdminCommand::Ideas(IdeaFilter::Status(
                IdeaStatus::Accepted
            )))
        );
        assert_eq!(
            parse("ideas published", PLATFORMS),
            Ok(AdminCommand::Ideas(IdeaFilter::Published))
        );
        assert_eq!(
            parse("idea i-0007", PLATFORMS),
            Ok(AdminCommand::Idea("I-0007".into()))
        );
        assert_eq!(
            parse("idea I-0007 status accepted Wird 2027 umgesetzt", PLATFORMS),
            Ok(AdminCommand::Status {
                id: "I-0007".into(),
                status: IdeaStatus::Accepted,
                comment: Some("Wird 2027 umgesetzt".into()),
            })
        );
        assert_eq!(parse("audit 5", PLATFORMS), Ok(AdminCommand::Audit(5)));
        assert_eq!(
            parse("idea I-1 status great", PLATFORMS),
            Err(Text::new("admin-usage").arg("command", "idea"))
        );
        assert_eq!(
            parse("audit lots", PLATFORMS),
            Err(Text::new("admin-usage").arg("command", "audit"))
        );
        assert_eq!(
            parse("reboot", PLATFORMS),
            Err(Text::new("admin-unknown").arg("command", "reboot"))
        );
        assert_eq!(
            parse("close x", PLATFORMS),
            Ok(AdminCommand::Close("x".into()))
        );
        assert_eq!(
            parse(
                "broadcast x  Ergebnisse sind da:\nhttps://example.org ",
                PLATFORMS
            ),
            Ok(AdminCommand::Broadcast {
                id: "x".into(),
                message: "Ergebnisse sind da:\nhttps://example.org".into()
            })
        );
        assert_eq!(
            parse("set welcome.de Hallo  und willkommen", PLATFORMS),
            Ok(AdminCommand::Set {
                key: "welcome.de".into(),
                value: "Hallo  und willkommen".into()
            })
        );
        assert_eq!(
            parse("set ideas", PLATFORMS),
            Err(Text::new("admin-usage").arg("command", "set"))
        );
        assert_eq!(
            parse("add @bob:example.org", PLATFORMS),
            Ok(AdminCommand::AddAdmin("matrix:@bob:example.org".into()))
        );
        assert_eq!(
            parse("remove telegram:42", PLATFORMS),
            Ok(AdminCommand::RemoveAdmin("telegram:42".into()))
        );
        assert_eq!(
            parse("export lebensbildung-digital json", PLATFORMS),
            Ok(AdminCommand::Export {
                consultation: Some("lebensbildung-digital".into()),
                json: true
            })
        );
        assert_eq!(
            parse("export", PLATFORMS),
            Ok(AdminCommand::Export {
                consultation: None,
                json: false
            })
        );
        assert_eq!(
            parse("export a b", PLATFORMS),
            Err(Text::new("admin-usage").arg("command", "export"))
        );
        assert_eq!(
            parse("add bob", PLATFORMS),
            Err(Text::new("admin-usage").arg("command", "add"))
        );
        assert!(matches!(
            parse("schedule x 2026-12-01 2027-01-31", PLATFORMS),
            Ok(AdminCommand::Schedule { .. })
        ));
        assert_eq!(
            parse("schedule x 2027-01-31 2026-12-01", PLATFORMS),
            Err(Text::new("admin-usage").arg("command", "schedule"))
        );
        assert_eq!(
            parse("schedule x soon later", PLATFORMS),
            Err(Text::new("admin-usage").arg("command", "schedule"))
        );
    }
}
