//! Long polling: updates fetched with `getUpdates` go into one queue per
//! chat, worked off by one task per busy chat, so one busy chat delays
//! nobody else. The offset confirmed to Telegram stays at the lowest
//! update not yet done: a crash loses none.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::sync::Arc;
use std::time::Duration;

use bot_core::retry::Backoff;
use teloxide::payloads::GetUpdatesSetters;
use teloxide::requests::{Request, Requester};
use teloxide::types::{AllowedUpdate, Update};
use tokio_util::sync::CancellationToken;

use crate::{chat_of, classify, Adapter, Failure};

/// Updates fetched by polling and not yet done, as one queue per chat.
#[derive(Default)]
struct Queues {
    state: std::sync::Mutex<QueueState>,
    /// Woken whenever an update is done.
    done: tokio::sync::Notify,
}

#[derive(Default)]
struct QueueState {
    /// Per chat with a worker: its updates still to do, in order.
    chats: HashMap<i64, VecDeque<Update>>,
    /// Ids queued or in work.
    pending: BTreeSet<u32>,
    /// The highest id ever queued: anything up to it came before.
    highest: Option<u32>,
}

impl Queues {
    fn state(&self) -> std::sync::MutexGuard<'_, QueueState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The offset to poll with (the lowest id not done, else past the
    /// highest), and whether any update is pending.
    fn offset(&self) -> (Option<i32>, bool) {
        let st = self.state();
        let lowest = st.pending.first().copied();
        let offset = lowest.or(st.highest.map(|h| h + 1)).map(|o| o as i32);
        (offset, lowest.is_some())
    }

    /// Queues a fetched update unless it was queued before; returns its
    /// chat when that chat needs a worker started.
    fn add(&self, update: Update) -> Option<i64> {
        let id = update.id.0;
        let mut st = self.state();
        if st.highest.is_some_and(|h| id <= h) {
            return None;
        }
        st.highest = Some(id);
        st.pending.insert(id);
        bot_core::metrics::set(
            "queue_length",
            &[("platform", "telegram")],
            st.pending.len() as u64,
        );
        let chat = chat_of(&update).unwrap_or(0);
        match st.chats.entry(chat) {
            std::collections::hash_map::Entry::Occupied(mut q) => {
                q.get_mut().push_back(update);
                None
            }
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(VecDeque::from([update]));
                Some(chat)
            }
        }
    }

    /// The chat's next update; `None` ends its worker (under the same lock
    /// as [`Queues::add`], so no update is left behind).
    fn next(&self, chat: i64) -> Option<Update> {
        let mut st = self.state();
        let next = st.chats.get_mut(&chat).and_then(VecDeque::pop_front);
        if next.is_none() {
            st.chats.remove(&chat);
        }
        next
    }

    fn finish(&self, id: u32) {
        let mut st = self.state();
        st.pending.remove(&id);
        bot_core::metrics::set(
            "queue_length",
            &[("platform", "telegram")],
            st.pending.len() as u64,
        );
        drop(st);
        self.done.notify_waiters();
    }
}

impl Adapter {
    /// Long polling into per-chat queues: one chat's updates in order,
    /// chats independent, so one busy chat delays nobody else. The offset
    /// confirmed to Telegram stays at the lowest update not yet done, so a
    /// crash loses none; updates fetched again meanwhile are not queued twice.
    /// Once `stop` is cancelled no more are fetched; the queued ones are
    /// finished and confirmed before it returns.
    pub(crate) async fn poll(self: Arc<Self>, timeout: u32, stop: CancellationToken) {
        let queues = Arc::new(Queues::default());
        let mut backoff = Backoff::new(Duration::from_millis(500), Duration::from_secs(30));
        while !stop.is_cancelled() {
            let (offset, busy) = queues.offset();
            let mut request = self
                .bot
                .get_updates()
                .timeout(if busy { 0 } else { timeout })
                .allowed_updates([AllowedUpdate::Message, AllowedUpdate::CallbackQuery]);
            if let Some(o) = offset {
                request = request.offset(o);
            }
            // Registered before the fetch, so a step finishing meanwhile wakes us.
            let done = queues.done.notified();
            let fetched = tokio::select! {
                r = request.send() => r,
                () = stop.cancelled() => break,
            };
            let updates = match fetched {
                Ok(u) => {
                    backoff.reset();
                    bot_core::metrics::set("platform_up", &[("platform", "telegram")], 1);
                    u
                }
                Err(e) => {
                    bot_core::metrics::set("platform_up", &[("platform", "telegram")], 0);
                    // A stop is not kept waiting by the pause.
                    match classify(&e) {
                        Failure::RetryAfter(wait) => tokio::select! {
                            () = tokio::time::sleep(wait) => {}
                            () = stop.cancelled() => break,
                        },
                        _ => {
                            tracing::warn!(error = %e, wait = ?backoff.next(), "getUpdates failed; retrying");
                            tokio::select! {
                                () = backoff.wait() => {}
                                () = stop.cancelled() => break,
                            }
                        }
                    }
                    continue;
                }
            };
            let mut fresh = 0;
            for u in updates {
                if let Some(chat) = queues.add(u) {
                    fresh += 1;
                    let this = self.clone();
                    let queues = queues.clone();
                    tokio::spawn(async move { this.work(&queues, chat).await });
                }
            }
            if fresh == 0 && busy {
                // Only updates already queued came back: wait until one is
                // done (or a moment passed, for new chats' updates).
                let _ = tokio::time::timeout(Duration::from_millis(300), done).await;
            }
            self.outbox.tidy();
        }
        self.drain(&queues).await;
    }

    /// Waits for the queued updates to be done, then confirms them to
    /// Telegram (a last `getUpdates` past them), so a restart does not
    /// fetch them again.
    async fn drain(&self, queues: &Queues) {
        loop {
            let done = queues.done.notified();
            let (offset, busy) = queues.offset();
            if !busy {
                if let Some(o) = offset {
                    let confirm = self.bot.get_updates().offset(o).limit(1).timeout(0);
                    if let Err(e) = confirm.send().await {
                        tracing::warn!(error = %e, "could not confirm the last updates; they come again after the restart");
                    }
                }
                return;
            }
            done.await;
        }
    }

    /// Works through one chat's queue until it is empty.
    async fn work(&self, queues: &Queues, chat: i64) {
        while let Some(update) = queues.next(chat) {
            let id = update.id.0;
            self.update(update).await;
            queues.finish(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn update(id: u32, chat: i64) -> Update {
        let json = format!(
            r#"{{"update_id":{id},"message":{{"message_id":{id},"date":0,"chat":{{"id":{chat},"type":"private","first_name":"C"}},"from":{{"id":{chat},"is_bot":false,"first_name":"C"}},"text":"x"}}}}"#
        );
        serde_json::from_str(&json).expect("an update")
    }

    #[test]
    fn chats_queue_apart_and_the_offset_waits_for_the_slowest() {
        let q = Queues::default();
        assert_eq!(q.offset(), (None, false));
        // Chat 1 gets a worker for its first update only; chat 2 its own.
        assert_eq!(q.add(update(10, 1)), Some(1));
        assert_eq!(q.add(update(11, 1)), None);
        assert_eq!(q.add(update(12, 2)), Some(2));
        assert_eq!(q.offset(), (Some(10), true));
        // Fetched again while pending: not queued twice.
        assert_eq!(q.add(update(10, 1)), None);
        assert_eq!(q.add(update(12, 2)), None);
        // Chat 2 finishes first: the offset stays at chat 1's update.
        assert_eq!(q.next(2).map(|u| u.id.0), Some(12));
        q.finish(12);
        assert!(q.next(2).is_none());
        assert_eq!(q.offset(), (Some(10), true));
        assert_eq!(q.next(1).map(|u| u.id.0), Some(10));
        q.finish(10);
        assert_eq!(q.offset(), (Some(11), true));
        assert_eq!(q.next(1).map(|u| u.id.0), Some(11));
        q.finish(11);
        assert!(q.next(1).is_none());
        // All done: past the highest, and a new update starts a worker again.
        assert_eq!(q.offset(), (Some(13), false));
        assert_eq!(q.add(update(13, 1)), Some(1));
    }
}
