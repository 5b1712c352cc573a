//! Sending to Telegram within its limits: about 30 messages a second per
//! bot and about one a second per chat (short bursts allowed), waiting out
//! 429s and retrying transient failures with backoff, so no reply is
//! dropped for a passing problem.

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
        let mut backoff = Duration::from_millis(500);
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
                        tracing::warn!(what, error = %e, attempt, ?backoff, "Telegram request failed; retrying");
                        tokio::time::sleep(backoff).await;
                        backoff = (backoff * 2).min(Duration::from_secs(30));
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
