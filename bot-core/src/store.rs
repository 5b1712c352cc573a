//! Persistence behind a narrow interface, with the embedded sled store as
//! the default.
//!
//! Trees (each value is versioned JSON):
//! - `participants`: pseudonym → [`Participant`] (language, consent,
//!   dialogue state and answers: one record, so one write per step)
//! - `ideas`: idea id (`I-0007`) → [`Idea`]
//! - `contacts`: pseudonym → [`Contact`] (the only place a chat address lives)
//! - `events`: `platform` NUL `event id` → RFC 3339 time it was applied,
//!   then, until the adapter reports them sent, the step's replies (JSON)
//! - `audit`: big-endian nanosecond timestamp → [`AuditEntry`]
//! - `meta`: `schema` → format version, `idea_counter` → last idea number,
//!   `x:<name>` → small values such as `x:digest:last` (RFC 3339)
//!
//! Architecture Invariant: a step (participant record, its event id, a new
//! idea) is one atomic write, and [`Store::durable`] resolves only once every
//! step written before the call is on disk. Concurrent callers share one
//! flush (group commit).

use tokio::sync::oneshot;

use crate::error::StoreError;
use crate::records::{AuditEntry, Contact, Idea, Participant};

/// Schema version of the trees' layout.
pub const SCHEMA_VERSION: u32 = 3;

/// A write to one record: store it, or delete it by key.
#[derive(Debug)]
pub enum Write<'a, T> {
    /// Insert or replace.
    Put(&'a T),
    /// Remove the record with this key.
    Delete(&'a str),
}

impl<T> Clone for Write<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Write<'_, T> {}

/// One dialogue step's writes, applied all together or not at all.
#[derive(Debug, Clone, Copy)]
pub struct Step<'a> {
    /// The participant's new record, or its erasure.
    pub participant: Write<'a, Participant>,
    /// The participant's contact address, when it changes.
    pub contact: Option<Write<'a, Contact>>,
    /// The platform event that caused the step, for de-duplication.
    pub event: Option<&'a str>,
    /// The event awaits replies (see [`Store::unsent`]): until the adapter
    /// reports them sent, a redelivery after a crash is answered again.
    pub awaits_reply: bool,
    /// Ideas submitted, changed or deleted in this step (new ids from
    /// [`Store::next_idea_number`]).
    pub ideas: &'a [Write<'a, Idea>],
    /// An audit log line for the step.
    pub audit: Option<&'a AuditEntry>,
}

/// An event applied earlier.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    /// While its replies are not reported sent: them as the engine
    /// serialised them, or empty if the step was stored without them.
    pub unsent: Option<String>,
}

/// What the engine needs from storage. Kept small so that a server database
/// can stand in for sled in deployments that outgrow one machine.
pub trait Store: Send + Sync {
    /// The participant with this pseudonym.
    fn participant(&self, id: &str) -> Result<Option<Participant>, StoreError>;
    /// Whether the event key was already applied, and the replies not yet
    /// reported sent, if any.
    fn applied(&self, event: &str) -> Result<Option<Applied>, StoreError>;
    /// Keeps an applied event's replies (serialised, sealed under the
    /// participant's key, or plain for an empty `owner`) until the adapter reports them sent (not flushed
    /// on its own: the step's flush covers it).
    fn unsent(&self, event: &str, owner: &str, replies: &str) -> Result<(), StoreError>;
    /// The adapter sent the event's replies: forget them (not flushed on
    /// its own: lost in a crash, they are merely sent once more).
    fn answered(&self, event: &str) -> Result<(), StoreError>;
    /// The number the next idea gets (callers serialise steps).
    fn next_idea_number(&self) -> Result<u64, StoreError>;
    /// Applies a step atomically (not yet durable: see [`Store::durable`]).
    fn commit(&self, step: Step<'_>) -> Result<(), StoreError>;
    /// Resolves once every step committed before this call is on disk.
    fn durable(&self) -> Durable;
    /// All participants, for exports.
    fn participants(&self) -> Result<Vec<Participant>, StoreError>;
    /// All ideas in id order, for exports.
    fn ideas(&self) -> Result<Vec<Idea>, StoreError>;
    /// One idea by its id (`I-0007`), without reading the others.
    fn idea(&self, id: &str) -> Result<Option<Idea>, StoreError>;
    /// The contact address of a participant.
    fn contact(&self, id: &str) -> Result<Option<Contact>, StoreError>;
    /// All contact addresses, by pseudonym.
    fn contacts(&self) -> Result<Vec<(String, Contact)>, StoreError>;
    /// The audit log, oldest first.
    fn audit(&self) -> Result<Vec<AuditEntry>, StoreError>;
    /// The newest `n` entries of the audit log, oldest first (read from
    /// the end, however long the log is).
    fn audit_tail(&self, n: usize) -> Result<Vec<AuditEntry>, StoreError>;
    /// Deletes contact addresses in one durable-after-`durable` write.
    fn forget_contacts(&self, ids: &[String], audit: &AuditEntry) -> Result<(), StoreError>;
    /// An admin action: changed ideas, its event id, its audit line, at once.
    fn commit_admin(
        &self,
        event: Option<&str>,
        ideas: &[Write<'_, Idea>],
        audit: &AuditEntry,
    ) -> Result<(), StoreError>;
    /// Forgets applied event ids older than `before` (redeliveries come
    /// within hours); returns how many.
    fn prune_events(&self, before: chrono::DateTime<chrono::Utc>) -> Result<usize, StoreError>;
    /// A small named value kept by the bot (e.g. `digest:last`).
    fn meta(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Sets a named value (durable after [`Store::durable`]).
    fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes a named value (durable after [`Store::durable`]).
    fn remove_meta(&self, key: &str) -> Result<(), StoreError>;
    /// Moves a participant record that cannot be decoded out of the way
    /// (kept for the operator in `quarantine`), so that the person can
    /// start over and nothing else trips over it.
    fn set_aside(&self, participant: &str) -> Result<(), StoreError>;
    /// How many records were set aside, for the operator.
    fn set_aside_count(&self) -> Result<usize, StoreError>;
    /// Participants, ideas and bytes on disk, counted without reading the
    /// records (for monitoring).
    fn counts(&self) -> Result<Counts, StoreError>;
    /// Writes everything to one backup file at `to` (see
    /// [`backup::restore`]); returns its size. Call it between steps.
    fn backup(&self, to: &std::path::Path) -> Result<u64, StoreError>;
}

/// Sizes of the store, for `/metrics`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Participant records.
    pub participants: u64,
    /// Ideas.
    pub ideas: u64,
    /// Bytes the database takes on disk.
    pub bytes: u64,
}

/// A pending flush: await it (async) or wait for it (blocking).
pub struct Durable(oneshot::Receiver<Result<(), String>>);

impl Durable {
    /// Waits until the flush is done.
    pub async fn wait(self) -> Result<(), StoreError> {
        match self.0.await {
            Ok(r) => r.map_err(StoreError::Flush),
            Err(_) => Err(StoreError::Flush("the flusher stopped".into())),
        }
    }
}

/// The audit action of a refused admin command.
pub const REFUSED: &str = "admin-refused";

/// The number in an idea id such as `I-0007`.
pub fn idea_number(id: &str) -> Option<u64> {
    id.strip_prefix("I-")?.parse().ok()
}

/// The id of idea number `n`.
pub fn idea_id(n: u64) -> String {
    format!("I-{n:04}")
}

pub mod backup;
mod sled_store;
#[cfg(test)]
mod tests;

pub use sled_store::{create_private_dir, SledStore};
