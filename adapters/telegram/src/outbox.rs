//! Sending to Telegram within its limits: about 30 messages a second per
//! bot and about one a second per chat (short bursts allowed), waiting out
//! 429s and retrying transient failures with backoff, so no reply is
//! dropped for a passing problem.

use bot_core::retry::Backoff;
use std::future::Future;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};
use teloxide::{ApiError, RequestError};

/// Rate limits for outgoing messages.
pub struct Outbox {
    global: DefaultDirectRateLimiter,
    per_chat: DefaultKeyedRateLimiter<i64>,
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
    /// Limits: `per_second` overall, `per_chat_per_second` per chat with
    /// bursts of `chat_burst`.
    pub fn new(per_second: u32, per_chat_per_second: u32, chat_burst: u32) -> Outbox {
        let nz = |n: u32| NonZeroU32::new(n.max(1)).unwrap_or(NonZeroU32::MIN);
        Outbox {
            global: RateLimiter::direct(Quota::per_second(nz(per_second))),
            per_chat: RateLimiter::keyed(
                Quota::per_second(nz(per_chat_per_second)).allow_burst(nz(chat_burst)),
            ),
            max_attempts: 20,
        }
    }

    /// Waits for a sending slot for `chat`.
    pub async fn slot(&self, chat: i64) {
        self.per_chat.until_key_ready(&chat).await;
        self.global.until_ready().await;
    }

    /// Forgets chats that have not sent for a while (keeps memory flat).
    pub fn tidy(&self) {
        self.per_chat.retain_recent();
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
                Ok(v) => return Some(v),
                Err(e) => match classify(&e) {
                    Failure::RetryAfter(wait) => {
                        tracing::warn!(
                            what,
                            ?wait,
                            attempt,
                            "Telegram rate limit; waiting as told"
                        );
                        tokio::time::sleep(wait).await;
                    }
                    Failure::Transient => {
                        tracing::warn!(what, error = %e, attempt, wait = ?backoff.next(), "Telegram request failed; retrying");
                        backoff.wait().await;
                    }
                    Failure::Permanent => {
                        tracing::warn!(what, error = %e, "Telegram refused the request");
                        return None;
                    }
                },
            }
        }
        tracing::error!(what, "giving up after {} attempts", self.max_attempts);
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::time::Instant;

    #[tokio::test]
    async fn one_chat_is_held_to_its_rate_after_the_burst_while_others_go_on() {
        let outbox = Outbox::new(30, 2, 2);
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
    async fn a_permanent_refusal_is_not_repeated() {
        let outbox = Outbox::new(30, 30, 30);
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
