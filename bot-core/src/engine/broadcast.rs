//! Messages to many participants (an admin's announcement, news for the
//! supporters of an idea): queued in the store (meta `x:broadcasts`), sent
//! one at a time by a single worker at the adapters' pace, and resumed
//! after a restart. Progress is stored every few messages, so a crash may
//! repeat at most that many (at least once, never lost).
//!
//! Only pseudonyms are queued; the chat address and the language are read
//! from the store when each message is sent, so a participant who erased
//! their data or withdrew consent in the meantime gets nothing.

use std::collections::VecDeque;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tokio::sync::oneshot;

use super::{lock, Core, Notification, Receipt, Reply};
use crate::error::StoreError;
use crate::records::{AuditEntry, RECORD_VERSION};
use crate::text::Text;

const QUEUE_KEY: &str = "broadcasts";

/// How often a running broadcast reports its progress to the admin.
const PROGRESS_EVERY: Duration = Duration::from_secs(10);

/// Progress is stored after this many messages.
const SAVE_EVERY: usize = 20;

/// How long to wait for a platform's adapter to come up (after a restart)
/// before its messages count as failed.
const ADAPTER_WAIT: Duration = Duration::from_secs(30);

/// One queued broadcast.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Queued {
    /// What everyone gets, rendered in each one's language.
    pub text: Text,
    /// Pseudonyms still to send to, in order.
    pub pending: VecDeque<String>,
    /// How many there were at the start.
    pub total: usize,
    pub delivered: usize,
    pub failed: usize,
    /// Where progress and the final count go: (platform, chat, language).
    pub report_to: Option<(String, String, String)>,
    /// For the audit line at the end (no personal data).
    pub what: String,
}

impl Queued {
    pub(super) fn new(
        text: Text,
        pending: VecDeque<String>,
        report_to: Option<(String, String, String)>,
        what: String,
    ) -> Queued {
        Queued {
            text,
            total: pending.len(),
            pending,
            delivered: 0,
            failed: 0,
            report_to,
            what,
        }
    }
}

impl Core {
    /// Hands a message for another chat to its platform's adapter.
    fn notify(&self, platform: &str, n: Notification) -> bool {
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

    /// Appends a broadcast (durable with the caller's next flush); call
    /// [`Core::send_queued`] once that flush is done.
    pub(super) fn enqueue(&self, q: Queued) -> Result<(), StoreError> {
        let _guard = lock(&self.queue_lock);
        let mut queue = self.queue()?;
        queue.push(q);
        self.save_queue(&queue)
    }

    /// Takes an erased participant out of every queued broadcast.
    pub(super) fn unqueue(&self, pid: &str) -> Result<(), StoreError> {
        let _guard = lock(&self.queue_lock);
        let mut queue = self.queue()?;
        if queue.iter().any(|q| q.pending.iter().any(|p| p == pid)) {
            for q in &mut queue {
                q.pending.retain(|p| p != pid);
            }
            self.save_queue(&queue)?;
        }
        Ok(())
    }

    /// Starts the worker unless it runs already.
    pub(super) fn send_queued(&self) {
        if !self.sending.swap(true, Ordering::SeqCst) {
            tokio::spawn(self.clone().work());
        }
    }

    /// Sends the queue's head until the queue is empty.
    async fn work(self) {
        loop {
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

    /// Sends one broadcast to the end, storing progress on the way, then
    /// takes it off the queue, audits it and reports the count.
    async fn send_one(&self, mut q: Queued) -> Result<(), StoreError> {
        let mut reported = Instant::now();
        let mut unsaved = 0;
        let mut missing = std::collections::HashSet::new();
        while let Some(pid) = q.pending.front().cloned() {
            match self.deliver_to(&pid, &q.text, &mut missing).await? {
                Some(true) => q.delivered += 1,
                Some(false) => q.failed += 1,
                None => {}
            }
            q.pending.pop_front();
            unsaved += 1;
            if unsaved >= SAVE_EVERY {
                unsaved = 0;
                self.update_head(Some(&q))?;
                self.store.durable().wait().await?;
            }
            if reported.elapsed() >= PROGRESS_EVERY && !q.pending.is_empty() {
                reported = Instant::now();
                self.report(
                    &q,
                    Text::new("admin-broadcast-progress")
                        .num("done", (q.total - q.pending.len()) as f64)
                        .num("total", q.total as f64),
                );
            }
        }
        let entry = AuditEntry {
            v: RECORD_VERSION,
            at: (self.clock)(),
            actor: "system".into(),
            action: "sent".into(),
            detail: format!("{}: delivered {}, failed {}", q.what, q.delivered, q.failed),
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

    /// Replaces the queue's head with its progress, or removes it. Who was
    /// taken out meanwhile (erasure) stays out.
    fn update_head(&self, head: Option<&Queued>) -> Result<(), StoreError> {
        let _guard = lock(&self.queue_lock);
        let mut queue = self.queue()?;
        let stored = (!queue.is_empty()).then(|| queue.remove(0));
        if let Some(q) = head {
            let mut q = q.clone();
            if let Some(stored) = stored {
                let still: std::collections::HashSet<&String> = stored.pending.iter().collect();
                q.pending.retain(|p| still.contains(p));
            }
            queue.insert(0, q);
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
        missing: &mut std::collections::HashSet<String>,
    ) -> Result<Option<bool>, StoreError> {
        let (Some(p), Some(contact)) = (self.store.participant(pid)?, self.store.contact(pid)?)
        else {
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
