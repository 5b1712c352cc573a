//! Admin commands given in chat (`/admin …` in a private chat, `!admin …`
//! on Matrix): listing consultations and ideas, setting an idea's status
//! (the submitter hears back), reading the audit log. Parsed by hand so
//! that every message, errors included, comes from Fluent.

use chrono::{DateTime, Utc};

use crate::records::IdeaStatus;
use crate::text::Text;

/// Which ideas `ideas` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdeaFilter {
    /// Submitted, not yet looked at.
    New,
    /// Under review.
    Review,
    /// All of them.
    All,
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
pub fn parse(args: &str) -> Result<AdminCommand, Text> {
    let words: Vec<&str> = args.split_whitespace().collect();
    let usage = |command: &str| Err(Text::new("admin-usage").arg("command", command));
    Ok(match words.as_slice() {
        [] | ["help"] => AdminCommand::Help,
        ["consultations"] => AdminCommand::Consultations,
        ["ideas"] | ["ideas", "all"] => AdminCommand::Ideas(IdeaFilter::All),
        ["ideas", "new"] => AdminCommand::Ideas(IdeaFilter::New),
        ["ideas", "review"] => AdminCommand::Ideas(IdeaFilter::Review),
        ["ideas", ..] => return usage("ideas"),
        ["idea", id] => AdminCommand::Idea(id.to_uppercase()),
        ["idea", id, "status", status, comment @ ..] => {
            let status = match *status {
                "review" => IdeaStatus::Review,
                "accepted" => IdeaStatus::Accepted,
                "rejected" => IdeaStatus::Rejected,
                "implemented" => IdeaStatus::Implemented,
                "submitted" => IdeaStatus::Submitted,
                _ => return usage("idea"),
            };
            let comment = comment.join(" ");
            AdminCommand::Status {
                id: id.to_uppercase(),
                status,
                comment: (!comment.is_empty()).then_some(comment),
            }
        }
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
        ["audit"] => AdminCommand::Audit(20),
        ["audit", n] => match n.parse::<usize>() {
            Ok(n) if (1..=500).contains(&n) => AdminCommand::Audit(n),
            _ => return usage("audit"),
        },
        [other, ..] => return Err(Text::new("admin-unknown").arg("command", *other)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_and_their_mistakes() {
        assert_eq!(parse(""), Ok(AdminCommand::Help));
        assert_eq!(parse("ideas new"), Ok(AdminCommand::Ideas(IdeaFilter::New)));
        assert_eq!(
            parse("idea i-0007"),
            Ok(AdminCommand::Idea("I-0007".into()))
        );
        assert_eq!(
            parse("idea I-0007 status accepted Wird 2027 umgesetzt"),
            Ok(AdminCommand::Status {
                id: "I-0007".into(),
                status: IdeaStatus::Accepted,
                comment: Some("Wird 2027 umgesetzt".into()),
            })
        );
        assert_eq!(parse("audit 5"), Ok(AdminCommand::Audit(5)));
        assert_eq!(
            parse("idea I-1 status great"),
            Err(Text::new("admin-usage").arg("command", "idea"))
        );
        assert_eq!(
            parse("audit lots"),
            Err(Text::new("admin-usage").arg("command", "audit"))
        );
        assert_eq!(
            parse("reboot"),
            Err(Text::new("admin-unknown").arg("command", "reboot"))
        );
        assert_eq!(parse("close x"), Ok(AdminCommand::Close("x".into())));
        assert!(matches!(
            parse("schedule x 2026-12-01 2027-01-31"),
            Ok(AdminCommand::Schedule { .. })
        ));
        assert_eq!(
            parse("schedule x 2027-01-31 2026-12-01"),
            Err(Text::new("admin-usage").arg("command", "schedule"))
        );
        assert_eq!(
            parse("schedule x soon later"),
            Err(Text::new("admin-usage").arg("command", "schedule"))
        );
    }
}
