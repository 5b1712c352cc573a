//! The records the store keeps: a participant (with dialogue state and
//! answers, so they always change together) and an idea.
//!
//! Every record carries a format version `v`; a later release that changes a
//! record migrates on read.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::consultation::Answer;

/// Format version written by this release.
pub const RECORD_VERSION: u32 = 1;

/// Everything stored about one participant, keyed by pseudonym. Answers live
/// inside it so that an answer and the dialogue step that took it are one
/// write.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    /// Record format version.
    pub v: u32,
    /// Pseudonymous id (keyed hash of platform and platform user id).
    pub id: String,
    /// Chosen or detected language code.
    pub language: String,
    /// When the participant first wrote.
    pub created_at: DateTime<Utc>,
    /// The latest consent decision, if asked.
    pub consent: Option<Consent>,
    /// Where the participant is in the dialogue.
    pub dialogue: Dialogue,
    /// Counter of prompts shown; buttons of older prompts are stale.
    pub prompt: u32,
    /// The consultation the participant works on, for `/restart` and `/idea`.
    pub current: Option<String>,
    /// Answers per consultation id.
    pub runs: BTreeMap<String, Run>,
    /// Terms of participation in the idea competition accepted, per
    /// consultation: the version.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub terms: BTreeMap<String, u32>,
    /// Audiences the person was invited into (`experts`, `staff`), by an
    /// invitation code; the public is everyone.
    #[serde(default, skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    pub audiences: std::collections::BTreeSet<String>,
    /// Consultations whose new phases and awarded ideas the person wants
    /// to hear about (`/follow`).
    #[serde(default, skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    pub follows: std::collections::BTreeSet<String>,
}

impl Participant {
    /// Someone new: no consent yet, nothing asked, nothing answered.
    pub fn new(id: &str, language: &str, now: DateTime<Utc>) -> Participant {
        Participant {
            v: RECORD_VERSION,
            id: id.to_owned(),
            language: language.to_owned(),
            created_at: now,
            consent: None,
            dialogue: Dialogue::Idle,
            prompt: 0,
            current: None,
            runs: Default::default(),
            terms: Default::default(),
            follows: Default::default(),
            audiences: Default::default(),
        }
    }
}

impl Run {
    /// A consultation begun at `now`, nothing answered yet.
    pub fn new(now: DateTime<Utc>) -> Run {
        Run {
            started_at: now,
            completed_at: None,
            answers: Default::default(),
            answered_at: Default::default(),
            history: Vec::new(),
            source: None,
        }
    }
}

/// A consent decision on one version of the privacy notice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Consent {
    /// Whether the participant agreed.
    pub given: bool,
    /// The notice version shown.
    pub notice_version: u32,
    /// When the decision was made.
    pub at: DateTime<Utc>,
}

/// One participant's answers to one consultation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Run {
    /// When the first question was shown.
    pub started_at: DateTime<Utc>,
    /// When the last question was answered.
    pub completed_at: Option<DateTime<Utc>>,
    /// Answers by question id.
    pub answers: BTreeMap<String, Answer>,
    /// When each answer was last given.
    pub answered_at: BTreeMap<String, DateTime<Utc>>,
    /// Answered question ids in the order answered: "back" walks it.
    pub history: Vec<String>,
    /// Where the person came from (an event's link, `…__dortmund`): counted
    /// per source, nothing personal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Where a participant is in the dialogue. Variants carry what the next
/// input needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case", tag = "at")]
pub enum Dialogue {
    /// Nothing asked.
    #[default]
    Idle,
    /// The privacy notice is shown; yes or no is expected.
    Consent {
        /// What to do once consent is given.
        then: Next,
        /// The notice was shown and the answer was neither yes nor no: a
        /// short reminder now, not the whole notice again.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        reminded: bool,
    },
    /// Open consultations are listed to pick from.
    Choosing {
        /// Whether the pick is for an idea rather than the questions.
        for_idea: bool,
    },
    /// A question is asked.
    Question {
        /// Consultation id.
        consultation: String,
        /// Question id.
        question: String,
        /// Multiple choice: options toggled so far; ranking: options
        /// picked so far, best first.
        #[serde(default)]
        selected: Vec<String>,
        /// "Other" was pressed: the citizen's own text is expected.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        other: bool,
    },
    /// The questions are done; asked whether to submit an idea.
    OfferIdea {
        /// Consultation id.
        consultation: String,
    },
    /// An idea is being written.
    Idea {
        /// Consultation id.
        consultation: String,
        /// What is filled in so far.
        draft: IdeaDraft,
        /// Which part is asked now.
        step: IdeaStep,
    },
    /// Asked to confirm the erasure of all data.
    ConfirmForget {
        /// Where to return if the citizen keeps their data.
        resume: Box<Dialogue>,
    },
    /// Asked to confirm that a consultation's answers go and it begins anew.
    ConfirmRestart {
        /// The consultation.
        consultation: String,
        /// Where to return if the citizen keeps their answers.
        resume: Box<Dialogue>,
    },
    /// Languages are listed to pick from.
    Language {
        /// Where to return afterwards.
        resume: Box<Dialogue>,
    },
    /// A juror rates an idea, criterion by criterion, then may add a note.
    Rating {
        /// The idea.
        idea: String,
        /// Scores given so far, in criterion order.
        #[serde(default)]
        scores: Vec<i64>,
        /// Ideas skipped in this round (not offered again until `/rate`).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        skipped: Vec<String>,
        /// An invited expert's review (`/review`) rather than a jury rating.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        review: bool,
    },
    /// One's own ideas, to change or take back those still submitted.
    Own {
        /// Where to return afterwards.
        resume: Box<Dialogue>,
    },
    /// Browsing published ideas, a page at a time, to support them.
    Browse {
        /// Page shown (from 0).
        page: u32,
        /// Where to return afterwards.
        resume: Box<Dialogue>,
    },
}

impl Dialogue {
    /// The state an overlay (language menu, erasure question, idea list)
    /// returns to: never another overlay, so however a citizen alternates
    /// them the stored state stays one level deep.
    pub fn underneath(&self) -> Dialogue {
        let mut d = self;
        while let Dialogue::ConfirmForget { resume }
        | Dialogue::ConfirmRestart { resume, .. }
        | Dialogue::Language { resume }
        | Dialogue::Own { resume }
        | Dialogue::Browse { resume, .. } = d
        {
            d = resume;
        }
        d.clone()
    }
}

/// What follows consent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Next {
    /// Answer a consultation's questions.
    Questions(String),
    /// Submit an idea to a consultation.
    Idea(String),
    /// Browse published ideas to support them.
    Support,
    /// Follow a consultation's process.
    Follow(String),
    /// Review published ideas (an invited expert).
    Review,
}

/// The idea as written so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct IdeaDraft {
    /// Short title.
    pub title: String,
    /// Longer description.
    pub description: String,
    /// Field of action id.
    pub field: String,
    /// Whether the draft was complete and one part is being edited, so the
    /// next input returns to the confirmation.
    pub editing: bool,
    /// The submitted idea this draft changes (the author edits it while
    /// nobody has looked at it yet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<String>,
    /// The question the citizen was at when they began the idea: where a
    /// sent or cancelled idea returns to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resume: Option<Box<Dialogue>>,
}

/// The part of an idea asked for.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdeaStep {
    /// The title.
    Title,
    /// The description.
    Description,
    /// The field of action.
    Field,
    /// Send, edit or discard.
    Confirm,
}

/// A submitted idea. Ideas have their own tree: staff list and evaluate them
/// apart from participants.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Idea {
    /// Record format version.
    pub v: u32,
    /// Short human-readable id, e.g. `I-0007`.
    pub id: String,
    /// Consultation id.
    pub consultation: String,
    /// Pseudonym of the submitter.
    pub author: String,
    /// Short title.
    pub title: String,
    /// Longer description.
    pub description: String,
    /// Field of action id.
    pub field: String,
    /// Where the idea stands in evaluation.
    pub status: IdeaStatus,
    /// When it was sent.
    pub submitted_at: DateTime<Utc>,
    /// The submitter's language, for notifying them later.
    pub language: String,
    /// Staff published it: citizens see it in `/ideas` and may support it.
    #[serde(default)]
    pub published: bool,
    /// The author agreed that it may be published (else: internal only,
    /// and `publish` refuses it).
    #[serde(default)]
    pub publishable: bool,
    /// Pseudonyms of its supporters, one entry each; a supporter who
    /// erases their data is taken out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supporters: Vec<String>,
    /// What staff did with it, oldest first: status changes with the
    /// answer citizens see, and internal notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<IdeaEvent>,
    /// The jury's ratings, one per juror (a new one replaces the old).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ratings: Vec<Rating>,
    /// The department it is assigned to (`Referat 312`), for staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// Invited experts' reviews, one per expert (a new one replaces the old).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<Review>,
    /// Reviews ever numbered under this idea: numbers are never reused, so
    /// `review ID N on` cannot publish another review than staff read.
    #[serde(default)]
    pub reviews_numbered: u32,
}

/// An invited expert's assessment of a published idea: scores on the
/// consultation's criteria and a text. Staff see it; citizens only once
/// staff publish it. It does not count towards the jury's score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    /// The expert's pseudonym.
    pub expert: String,
    /// The invited group they review for (`experts`).
    pub audience: String,
    /// When.
    pub at: DateTime<Utc>,
    /// Score per criterion id, in the consultation's order.
    pub scores: Vec<(String, i64)>,
    /// The assessment in words.
    pub text: String,
    /// Staff made it public (under the idea in `/ideas`).
    #[serde(default)]
    pub published: bool,
    /// Its number under the idea (see [`Idea::reviews_numbered`]).
    #[serde(default)]
    pub no: u32,
}

impl Idea {
    /// Gives reviews written before reviews were numbered (schema 2) the
    /// number staff saw then, their position, and keeps the count of
    /// numbers given up to date.
    pub fn number_reviews(&mut self) {
        let mut given = self.reviews.iter().map(|r| r.no).max().unwrap_or(0);
        given = given.max(self.reviews_numbered);
        for r in self.reviews.iter_mut().filter(|r| r.no == 0) {
            given += 1;
            r.no = given;
        }
        self.reviews_numbered = given;
    }
}

/// One juror's rating of an idea.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rating {
    /// The juror's pseudonym.
    pub juror: String,
    /// When.
    pub at: DateTime<Utc>,
    /// Score per criterion id, in the consultation's order.
    pub scores: Vec<(String, i64)>,
    /// The juror's note for the jury, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Idea {
    /// The newest answer given with a status change: what the author, the
    /// supporters and the public list show.
    pub fn answer(&self) -> Option<&str> {
        self.history
            .iter()
            .rev()
            .find_map(|e| match &e.change {
                IdeaChange::Status { answer, .. } => Some(answer.as_deref().unwrap_or_default()),
                _ => None,
            })
            .filter(|a| !a.is_empty())
    }

    /// Staff's question still waiting for the author's reply, if any.
    pub fn open_question(&self) -> Option<(&str, &(String, String))> {
        match self
            .history
            .iter()
            .rev()
            .find(|e| {
                matches!(
                    e.change,
                    IdeaChange::Question { .. } | IdeaChange::Reply { .. }
                )
            })?
            .change
        {
            IdeaChange::Question { ref text, ref from } => Some((text, from)),
            _ => None,
        }
    }

    /// Whether citizens see it in `/ideas` (a rejected idea leaves the list).
    pub fn is_public(&self) -> bool {
        self.published
            && !matches!(
                self.status,
                IdeaStatus::Rejected | IdeaStatus::Withdrawn | IdeaStatus::Merged
            )
    }
}

/// One thing staff did with an idea, kept on the idea.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdeaEvent {
    /// When.
    pub at: DateTime<Utc>,
    /// Who: the staff member's or admin's platform id.
    pub by: String,
    /// What.
    #[serde(flatten)]
    pub change: IdeaChange,
}

impl IdeaChange {
    /// Its name in exports (`status`, `note`, …).
    pub fn kind(&self) -> &'static str {
        match self {
            IdeaChange::Status { .. } => "status",
            IdeaChange::Note { .. } => "note",
            IdeaChange::Published { .. } => "published",
            IdeaChange::Edited => "edited",
            IdeaChange::Withdrawn => "withdrawn",
            IdeaChange::Merged { .. } => "merged",
            IdeaChange::Assigned { .. } => "assigned",
            IdeaChange::Question { .. } => "question",
            IdeaChange::Reply { .. } => "reply",
        }
    }
}

/// What happened to an idea.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum IdeaChange {
    /// A new status, with the answer citizens see (author, supporters,
    /// the public list).
    Status {
        /// The new status.
        status: IdeaStatus,
        /// The public answer, if one was given.
        answer: Option<String>,
    },
    /// A note for staff only: never shown to citizens, never in what they
    /// get (`/mydata`, `/myideas`).
    Note {
        /// The note.
        text: String,
    },
    /// Shown in, or taken out of, the public list.
    Published {
        /// In the list now.
        published: bool,
    },
    /// The author changed title, description or field.
    Edited,
    /// The author took it back.
    Withdrawn,
    /// Merged with another idea: this one into `with`, or `with` into this.
    Merged {
        /// The other idea.
        with: String,
    },
    /// Assigned to a department (staff only).
    Assigned {
        /// The department, as typed.
        department: String,
    },
    /// Staff asked the author a question; the answer goes back to the chat
    /// it was asked from.
    Question {
        /// The question, as typed.
        text: String,
        /// The asking chat (`platform`, chat address): a staff or admin
        /// room, never a citizen's.
        from: (String, String),
    },
    /// The author's answer to the open question (`by` is `author`).
    Reply {
        /// The answer, as written.
        text: String,
    },
}

/// Evaluation states of an idea.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdeaStatus {
    /// Sent, not yet looked at.
    Submitted,
    /// Staff are evaluating it.
    Review,
    /// Taken up.
    Accepted,
    /// Not taken up.
    Rejected,
    /// Put into practice.
    Implemented,
    /// Its author took it back.
    Withdrawn,
    /// Awarded in the competition (announced to followers).
    Awarded,
    /// Merged into another idea (a duplicate); its supports moved there.
    Merged,
}

/// How to reach a participant again (idea status, announcements). Kept in
/// its own tree and nowhere else, so retention and erasure remove it whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    /// Record format version.
    pub v: u32,
    /// Platform name.
    pub platform: String,
    /// The platform's address of the private chat (chat id, room id).
    pub chat: String,
    /// When it was last confirmed by a message from there.
    pub since: DateTime<Utc>,
}

/// One line of the audit log: who did what, never personal data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Record format version.
    pub v: u32,
    /// When it happened.
    pub at: DateTime<Utc>,
    /// Who acted: `participant` for a citizen's own request, `system` for
    /// jobs, or an admin's id.
    pub actor: String,
    /// What was done (`erasure`, `retention`, …).
    pub action: String,
    /// Counts and ids of things, never citizen text or platform ids.
    pub detail: String,
    /// How many attempts this line stands for (refused admin commands of
    /// one person are merged per hour, so refusals cannot grow the log
    /// without bound); absent for one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
}
