//! Sending to Telegram within its real limits: about 30 messages a second
//! per bot, about 20 a minute per group, and in private chats no fixed pace
//! (Telegram's own bots answer at once) but a chat that got a 429 waits as
//! long as Telegram said, and only that chat. Transient failures are retried
//! with backoff, so no reply is dropped for a passing problem.

use bot_core::retry::Backoff;
use std::collections::HashMap;
use std::future::Future;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::Duration;

use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};
use teloxide::{ApiError, RequestError};
use tokio::time::Instant;

/// Rate limits for outgoing messages.
pub struct Outbox {
    global: DefaultDirectRateLimiter,
    /// A fixed pace for private chats, if the operator sets one.
    per_chat: Option<DefaultKeyedRateLimiter<i64>>,
    /// Groups (negative chat ids): Telegram allows about 20 a minute.
    groups: DefaultKeyedRateLimiter<i64>,
    /// Chats Telegram told to wait (429 with `retry_after`), until when.
    held: Mutex<HashMap<i64, Instant>>,
    max_attempts: u32,
}

/// How a failed request should be treated.
#[derive(Debug, PartialEq)]
pub enum Failure {
    /// Telegram asked us to wait this long.
    RetryAfter(Duration),
    /// Network, server error or garbled answer: try again later.
    Transient,
    /// Telegram refused the request itself (blocked bot, bad request): do not repeat.
    Permanent,
}

/// Sorts a request error into what to do about it.
pub fn classify(e: &RequestError) -> Failure {
    match e {
        RequestError::RetryAfter(s) => Failure::RetryAfter(s.duration()),
        RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => {
            Failure::Transient
        }
        RequestError::Api(ApiError::Unknown(d))
            if [
                "Internal Server Error",
                "Bad Gateway",
                "Service Unavailable",
                "Gateway Timeout",
            ]
            .iter()
            .any(|s| d.contains(s)) =>
        {
            Failure::Transient
        }
        _ => Failure::Permanent,
    }
}

impl Outbox {
    /// Limits: `per_second` overall; `per_chat_per_second` per private chat
    /// with bursts of `chat_burst` (0: no fixed pace); `group_per_minute`
    /// per group.
    pub fn new(
        per_second: u32,
        per_chat_per_second: u32,
        chat_burst: u32,
        group_per_minute: u32,
    ) -> Outbox {
        let nz = |n: u32| NonZeroU32::new(n.max(1)).unwrap_or(NonZeroU32::MIN);
        Outbox {
            // A small burst only, so no second sees much more than the
            // limit (a full burst of 30 on top of 30/s made 62 in one second).
            global: RateLimiter::direct(
                Quota::per_second(nz(per_second)).allow_burst(nz(per_second / 6)),
            ),
            per_chat: (per_chat_per_second > 0).then(|| {
                RateLimiter::keyed(
                    Quota::per_second(nz(per_chat_per_second)).allow_burst(nz(chat_burst)),
                )
            }),
            groups: RateLimiter::keyed(Quota::per_minute(nz(group_per_minute))),
            held: Mutex::new(HashMap::new()),
            max_attempts: 20,
        }
    }

    /// Waits for a sending slot for `chat`.
    pub async fn slot(&self, chat: i64) {
        loop {
            if let Some(until) = self.held_until(chat) {
                tokio::time::sleep_until(until).await;
            }
            if chat < 0 {
                self.groups.until_key_ready(&chat).await;
            } else if let Some(per_chat) = &self.per_chat {
                per_chat.until_key_ready(&chat).await;
            }
            self.global.until_ready().await;
            // A 429 for this chat may have come while we waited.
            if self.held_until(chat).is_none() {
                return;
            }
        }
    }

    fn held_until(&self, chat: i64) -> Option<Instant> {
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        match held.get(&chat) {
            Some(until) if *until > Instant::now() => Some(*until),
            Some(_) => {
                held.remove(&chat);
                None
            }
            None => None,
        }
    }

    /// Holds every message to `chat` for `wait` (Telegram's `retry_after`).
    fn hold(&self, chat: i64, wait: Duration) {
        let until = Instant::now() + wait;
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        let entry = held.entry(chat).or_insert(until);
        *entry = (*entry).max(until);
    }

    /// Forgets chats that have not sent for a while (keeps memory flat).
    pub fn tidy(&self) {
        if let Some(per_chat) = &self.per_chat {
            per_chat.retain_recent();
        }
        self.groups.retain_recent();
        let now = Instant::now();
        self.held
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|_, until| *until > now);
    }

    /// Sends a message-like request for `chat` within the limits, retrying
    /// as [`classify`] says. `None` when it could not be delivered.
    pub async fn send<T, F, Fut>(&self, chat: Option<i64>, what: &str, mut request: F) -> Option<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, RequestError>>,
    {
        let mut backoff = Backoff::new(Duration::from_millis(500), Duration::from_secs(30));
        for attempt in 1..=self.max_attempts {
            if let Some(chat) = chat {
                self.slot(chat).await;
            }
            match request().await {
                Ok(v) => {
                    bot_core::metrics::count("telegram_requests_total", &[("method", what)], 1);
                    return Some(v);
                }
                Err(e) => match classify(&e) {
                    Failure::RetryAfter(wait) => {
                        bot_core::metrics::count("telegram_retry_after_total", &[], 1);
                        bot_core::metrics::count(
                            "telegram_retry_after_seconds_total",
                            &[],
                            wait.as_secs(),
                        );
                        tracing::warn!(
                            what,
                            ?wait,
                            attempt,
                            "Telegram rate limit; waiting as told"
                        );
                        // The whole chat waits (its other messages too);
                        // other chats go on.
                        match chat {
                            Some(chat) => self.hold(chat, wait),
                            None => tokio::time::sleep(wait).await,
                        }
                    }
                    Failure::Transient => {
                        bot_core::metrics::count("telegram_retries_total", &[], 1);
                        tracing::warn!(what, error = %e, attempt, wait = ?backoff.next(), "Telegram request failed; retrying");
                        backoff.wait().await;
                    }
                    Failure::Permanent => {
                        bot_core::metrics::count(
                            "telegram_send_failures_total",
                            &[("method", what)],
                            1,
                        );
                        tracing::warn!(what, error = %e, "Telegram refused the request");
                        return None;
                    }
                },
            }
        }
        bot_core::metrics::count("telegram_send_failures_total", &[("method", what)], 1);
        tracing::error!(what, "giving up after {} attempts", self.max_attempts);
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    #[tokio::test]
    async fn one_chat_is_held_to_its_rate_after_the_burst_while_others_go_on() {
        let outbox = Outbox::new(30, 2, 2, 20);
        let start = Instant::now();
        for _ in 0..4 {
            outbox
                .send(Some(1), "test", || async { Ok::<_, RequestError>(()) })
                .await;
        }
        // Two at once (burst), then one every half second.
        assert!(
            start.elapsed() >= Duration::from_millis(900),
            "{:?}",
            start.elapsed()
        );
        let other = Instant::now();
        outbox
            .send(Some(2), "test", || async { Ok::<_, RequestError>(()) })
            .await;
        assert!(
            other.elapsed() < Duration::from_millis(400),
            "another chat waited {:?}",
            other.elapsed()
        );
    }

    #[tokio::test]
    async fn private_chats_have_no_fixed_pace_by_default() {
        let outbox = Outbox::new(30, 0, 0, 20);
        let start = Instant::now();
        for _ in 0..10 {
            outbox
                .send(Some(7), "test", || async { Ok::<_, RequestError>(()) })
                .await;
        }
        assert!(
            start.elapsed() < Duration::from_millis(200),
            "{:?}",
            start.elapsed()
        );
    }

    #[tokio::test]
    async fn a_group_is_held_to_its_rate_per_minute() {
        let outbox = Outbox::new(30, 0, 0, 2);
        for _ in 0..2 {
            outbox
                .send(Some(-100), "test", || async { Ok::<_, RequestError>(()) })
                .await;
        }
        let third = outbox.send(Some(-100), "test", || async { Ok::<_, RequestError>(()) });
        assert!(
            tokio::time::timeout(Duration::from_millis(300), third)
                .await
                .is_err(),
            "a third message within the minute went out"
        );
        // A private chat is not held by the group.
        let private = outbox.send(Some(5), "test", || async { Ok::<_, RequestError>(()) });
        assert!(tokio::time::timeout(Duration::from_millis(300), private)
            .await
            .is_ok());
    }

    #[tokio::test]
    async fn retry_after_holds_that_chat_only() {
        let outbox = Outbox::new(30, 0, 0, 20);
        let calls = AtomicU32::new(0);
        let start = Instant::now();
        let held = outbox.send(Some(1), "test", || {
            let first = calls.fetch_add(1, Ordering::SeqCst) == 0;
            async move {
                if first {
                    Err(RequestError::RetryAfter(
                        teloxide::types::Seconds::from_seconds(1),
                    ))
                } else {
                    Ok(())
                }
            }
        });
        let other = async {
            tokio::time::sleep(Duration::from_millis(100)).await;
            outbox
                .send(Some(2), "test", || async { Ok::<_, RequestError>(()) })
                .await;
            start.elapsed()
        };
        let (sent, other_done) = tokio::join!(held, other);
        assert_eq!(sent, Some(()));
        assert!(
            start.elapsed() >= Duration::from_millis(950),
            "{:?}",
            start.elapsed()
        );
        assert!(other_done < Duration::from_millis(500), "{other_done:?}");
        // Meanwhile-queued messages to the held chat waited as well.
        outbox.hold(3, Duration::from_millis(400));
        let t = Instant::now();
        outbox
            .send(Some(3), "test", || async { Ok::<_, RequestError>(()) })
            .await;
        assert!(
            t.elapsed() >= Duration::from_millis(350),
            "{:?}",
            t.elapsed()
        );
    }

    #[tokio::test]
    async fn a_permanent_refusal_is_not_repeated() {
        let outbox = Outbox::new(30, 30, 30, 20);
        let calls = AtomicU32::new(0);
        let result = outbox
            .send(None, "test", || {
                calls.fetch_add(1, Ordering::SeqCst);
                async { Err::<(), _>(RequestError::Api(ApiError::BotBlocked)) }
            })
            .await;
        assert_eq!(result, None);
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn server_errors_are_transient_and_refusals_permanent() {
        assert_eq!(
            classify(&RequestError::Api(ApiError::Unknown(
                "Internal Server Error".into()
            ))),
            Failure::Transient
        );
        assert_eq!(
            classify(&RequestError::Api(ApiError::BotBlocked)),
            Failure::Permanent
        );
    }
}
