//! Messages to many participants (an admin's announcement, news for the
//! author and the supporters of an idea): queued in the store, sent one at
//! a time by a single worker at the adapters' pace, and resumed after a
//! restart. The queue (`x:broadcasts`) holds small entries with a cursor;
//! each entry's recipients are written once (`x:broadcast:<id>`). The
//! cursor is stored every few messages, so a crash may repeat at most that
//! many (at least once, never lost).
//!
//! Only pseudonyms are queued; the chat address and the language are read
//! from the store when each message is sent, so a participant who erased
//! their data or withdrew consent in the meantime gets nothing.

use std::collections::HashSet;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tokio::sync::oneshot;

use super::{lock, Core, Notification, Receipt, Reply};
use crate::error::StoreError;
use crate::records::{AuditEntry, RECORD_VERSION};
use crate::text::Text;

const QUEUE_KEY: &str = "broadcasts";

/// How long a queued broadcast waits at most for the admin's own reply.
const REPLY_GRACE: std::time::Duration = std::time::Duration::from_secs(5);

/// How often a running broadcast reports its progress to the admin.
const PROGRESS_EVERY: Duration = Duration::from_secs(10);

/// The cursor is stored after this many messages.
const SAVE_EVERY: usize = 20;

/// How long to wait for a platform's adapter to come up (after a restart)
/// before its messages count as failed.
const ADAPTER_WAIT: Duration = Duration::from_secs(30);

/// One queued broadcast.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Queued {
    /// Names its recipient list.
    id: u64,
    /// What everyone gets, rendered in each one's language.
    text: Text,
    /// Index of the next recipient.
    next: usize,
    delivered: usize,
    failed: usize,
    /// Where progress and the final count go: (platform, chat, language).
    report_to: Option<(String, String, String)>,
    /// For the audit line at the end (no personal data).
    what: String,
}

fn recipients_key(id: u64) -> String {
    format!("broadcast:{id}")
}

impl Core {
    /// Hands a message for another chat to its platform's adapter.
    pub(super) fn notify(&self, platform: &str, n: Notification) -> bool {
        let sent = lock(&self.notifiers)
            .get(platform)
            .map(|tx| tx.send(n).is_ok());
        if sent != Some(true) {
            tracing::warn!(%platform, "no adapter running for this platform; message not sent");
        }
        sent == Some(true)
    }

    fn queue(&self) -> Result<Vec<Queued>, StoreError> {
        Ok(self
            .store
            .meta(QUEUE_KEY)?
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default())
    }

    fn save_queue(&self, queue: &[Queued]) -> Result<(), StoreError> {
        let json = serde_json::to_string(queue).unwrap_or_default();
        self.store.set_meta(QUEUE_KEY, &json)
    }

    fn recipients(&self, id: u64) -> Result<Vec<String>, StoreError> {
        Ok(self
            .store
            .meta(&recipients_key(id))?
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default())
    }

    fn save_recipients(&self, id: u64, recipients: &[String]) -> Result<(), StoreError> {
        let json = serde_json::to_string(recipients).unwrap_or_default();
        self.store.set_meta(&recipients_key(id), &json)
    }

    /// Queues `text` for these participants (durable with the caller's
    /// next flush; call [`Core::send_queued`] once that flush is done).
    pub(super) fn enqueue(
        &self,
        text: Text,
        recipients: Vec<String>,
        report_to: Option<(String, String, String)>,
        what: String,
    ) -> Result<(), StoreError> {
        let _guard = lock(&self.queue_lock);
        let mut queue = self.queue()?;
        let id = queue.iter().map(|q| q.id).max().unwrap_or(0) + 1;
        self.save_recipients(id, &recipients)?;
        queue.push(Queued {
            id,
            text,
            next: 0,
            delivered: 0,
            failed: 0,
            report_to,
            what,
        });
        self.save_queue(&queue)
    }

    /// Takes an erased participant out of every queued broadcast (an empty
    /// entry keeps the others' places).
    pub(super) fn unqueue(&self, pid: &str) -> Result<(), StoreError> {
        let _guard = lock(&self.queue_lock);
        for q in self.queue()? {
            let mut recipients = self.recipients(q.id)?;
            if recipients.iter().any(|r| r == pid) {
                for r in recipients.iter_mut().filter(|r| *r == pid) {
                    r.clear();
                }
                self.save_recipients(q.id, &recipients)?;
            }
        }
        Ok(())
    }

    /// Starts the worker once the replies of the step `event_key` are sent
    /// ([`Engine::replied`](super::Engine::replied)), or after
    /// [`REPLY_GRACE`] if the adapter never says so.
    pub(super) fn send_queued_after_reply(&self, event_key: String) {
        lock(&self.after_reply).insert(event_key.clone());
        let this = self.clone();
        tokio::spawn(async move {
            tokio::time::sleep(REPLY_GRACE).await;
            if lock(&this.after_reply).remove(&event_key) {
                this.send_queued();
            }
        });
    }

    /// The replies of step `event_key` are out: a broadcast it queued may go.
    pub(super) fn reply_sent(&self, event_key: &str) {
        if lock(&self.after_reply).remove(event_key) {
            self.send_queued();
        }
    }

    /// Starts the worker unless it runs already.
    pub(super) fn send_queued(&self) {
        if !self.sending.swap(true, Ordering::SeqCst) {
            tokio::spawn(self.clone().work());
        }
    }

    /// Sends the queue's head until the queue is empty; pauses between
    /// two broadcasts while an admin's acknowledgement is not out yet
    /// ([`Core::reply_sent`] or its timer starts it again).
    async fn work(self) {
        loop {
            if !lock(&self.after_reply).is_empty() {
                self.sending.store(false, Ordering::SeqCst);
                // The reply came meanwhile: go on.
                if lock(&self.after_reply).is_empty() && !self.sending.swap(true, Ordering::SeqCst)
                {
                    continue;
                }
                return;
            }
            let head = {
                let _guard = lock(&self.queue_lock);
                self.queue().map(|q| q.into_iter().next())
            };
            match head {
                Ok(Some(q)) => {
                    if let Err(e) = self.send_one(q).await {
                        tracing::error!(error = %e, "broadcast stopped; it resumes at the next start");
                        break;
                    }
                }
                Ok(None) => {
                    self.sending.store(false, Ordering::SeqCst);
                    // Something queued between the read and the flag?
                    let more = self.queue().is_ok_and(|q| !q.is_empty());
                    if more && !self.sending.swap(true, Ordering::SeqCst) {
                        continue;
                    }
                    return;
                }
                Err(e) => {
                    tracing::error!(error = %e, "cannot read the broadcast queue");
                    break;
                }
            }
        }
        self.sending.store(false, Ordering::SeqCst);
    }

    /// Sends one broadcast to the end, storing the cursor on the way,
    /// then takes it off the queue, audits it and reports the count.
    async fn send_one(&self, mut q: Queued) -> Result<(), StoreError> {
        let recipients = self.recipients(q.id)?;
        let mut reported = Instant::now();
        let mut missing = HashSet::new();
        while let Some(pid) = recipients.get(q.next) {
            if !pid.is_empty() {
                match self.deliver_to(pid, &q.text, &mut missing).await? {
                    Some(true) => {
                        q.delivered += 1;
                        crate::metrics::count(
                            "broadcast_messages_total",
                            &[("result", "delivered")],
                            1,
                        );
                    }
                    Some(false) => {
                        q.failed += 1;
                        crate::metrics::count(
                            "broadcast_messages_total",
                            &[("result", "failed")],
                            1,
                        );
                    }
                    None => {}
                }
            }
            q.next += 1;
            if q.next % SAVE_EVERY == 0 {
                self.update_head(Some(&q))?;
                self.store.durable().wait().await?;
            }
            if reported.elapsed() >= PROGRESS_EVERY && q.next < recipients.len() {
                reported = Instant::now();
                self.report(
                    &q,
                    Text::new("admin-broadcast-progress")
                        .num("done", q.next as f64)
                        .num("total", recipients.len() as f64),
                );
            }
        }
        let entry = AuditEntry {
            v: RECORD_VERSION,
            at: (self.clock)(),
            actor: "system".into(),
            action: "sent".into(),
            detail: format!("{}: delivered {}, failed {}", q.what, q.delivered, q.failed),
            count: None,
        };
        self.update_head(None)?;
        self.store.commit_admin(None, &[], &entry)?;
        self.store.durable().wait().await?;
        tracing::info!(
            delivered = q.delivered,
            failed = q.failed,
            "broadcast finished"
        );
        self.report(
            &q,
            Text::new("admin-broadcast-done")
                .num("delivered", q.delivered as f64)
                .num("failed", q.failed as f64),
        );
        Ok(())
    }

    /// Replaces the queue's head with its progress, or removes it with its
    /// recipients (under the lock, so a new broadcast cannot get its id
    /// before the old list is gone).
    fn update_head(&self, head: Option<&Queued>) -> Result<(), StoreError> {
        let _guard = lock(&self.queue_lock);
        let mut queue = self.queue()?;
        if !queue.is_empty() {
            let done = queue.remove(0);
            if head.is_none() {
                self.store.remove_meta(&recipients_key(done.id))?;
            }
        }
        if let Some(q) = head {
            queue.insert(0, q.clone());
        }
        self.save_queue(&queue)
    }

    /// Sends to one participant: `None` if they can no longer be reached
    /// by right (erased, withdrew consent), else whether it arrived.
    /// A platform whose adapter did not come up is waited for once
    /// (`missing`), not once per recipient.
    async fn deliver_to(
        &self,
        pid: &str,
        text: &Text,
        missing: &mut HashSet<String>,
    ) -> Result<Option<bool>, StoreError> {
        let (Some(p), Some(contact)) = (self.participant(pid)?.0, self.store.contact(pid)?) else {
            return Ok(None);
        };
        if !self.has_consent(&p) {
            return Ok(None);
        }
        let waited = Instant::now();
        while !lock(&self.notifiers).contains_key(&contact.platform) {
            if missing.contains(&contact.platform) || waited.elapsed() >= ADAPTER_WAIT {
                tracing::warn!(platform = %contact.platform, "no adapter for a broadcast recipient");
                missing.insert(contact.platform);
                return Ok(Some(false));
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let (tx, rx) = oneshot::channel();
        let n = Notification {
            chat: contact.chat,
            reply: Reply::text(&p.language, vec![text.clone()]),
            receipt: Some(Receipt(tx)),
        };
        Ok(Some(
            self.notify(&contact.platform, n) && rx.await.unwrap_or(false),
        ))
    }

    fn report(&self, q: &Queued, text: Text) {
        if let Some((platform, chat, lang)) = &q.report_to {
            self.notify(
                platform,
                Notification {
                    chat: chat.clone(),
                    reply: Reply::text(lang, vec![text]),
                    receipt: None,
                },
            );
        }
    }
}
