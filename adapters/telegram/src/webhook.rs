//! Webhook mode: Telegram posts updates to us. An update is acknowledged
//! (HTTP 200) only after its step is durable and its replies were sent (or
//! its step failed a few times and the citizen got an apology); a crash
//! before that means Telegram delivers it again.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use teloxide::types::Update;
use tokio_util::sync::CancellationToken;

use crate::{chat_of, Adapter, TelegramError};

/// The header Telegram sets to the secret given in `setWebhook`.
const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

struct Hook {
    adapter: Arc<Adapter>,
    secret: String,
    /// One update per chat at a time, so a chat's steps keep their order.
    chats: Mutex<HashMap<i64, Arc<tokio::sync::Mutex<()>>>>,
}

/// Serves `path` on `listen` until `stop` is cancelled; then takes no new
/// calls (Telegram sends those updates again later) and returns once the
/// calls in hand are answered.
pub async fn serve(
    adapter: Arc<Adapter>,
    listen: SocketAddr,
    path: &str,
    secret: String,
    stop: CancellationToken,
) -> Result<(), TelegramError> {
    let hook = Arc::new(Hook {
        adapter,
        secret,
        chats: Mutex::new(HashMap::new()),
    });
    let app = Router::new().route(path, post(receive)).with_state(hook);
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| TelegramError::Listen(listen.to_string(), e.to_string()))?;
    tracing::info!(%listen, "Telegram webhook listening");
    axum::serve(listener, app)
        .with_graceful_shutdown(stop.cancelled_owned())
        .await
        .map_err(|e| TelegramError::Listen(listen.to_string(), e.to_string()))
}

/// Largest update body read (Telegram's are a few kilobytes).
const MAX_BODY: usize = 1 << 20;

async fn receive(State(hook): State<Arc<Hook>>, headers: HeaderMap, body: Body) -> StatusCode {
    // The secret first, in constant time, before any of the body is read.
    let given = headers.get(SECRET_HEADER).map(|v| v.as_bytes());
    if !given.is_some_and(|g| same(g, hook.secret.as_bytes())) {
        tracing::warn!("webhook call without the right secret refused");
        return StatusCode::UNAUTHORIZED;
    }
    let body = match axum::body::to_bytes(body, MAX_BODY).await {
        Ok(b) => b,
        Err(_) => return StatusCode::PAYLOAD_TOO_LARGE,
    };
    let update: Update = match serde_json::from_slice(&body) {
        Ok(u) => u,
        Err(e) => {
            // Acknowledge: Telegram would repeat an update we can never read.
            tracing::warn!(error = %e, "unreadable webhook update ignored");
            return StatusCode::OK;
        }
    };
    let chat = chat_of(&update).unwrap_or(0);
    let lock = {
        let mut chats = hook.chats.lock().unwrap_or_else(|p| p.into_inner());
        chats.retain(|_, l| Arc::strong_count(l) > 1);
        chats.entry(chat).or_default().clone()
    };
    let _turn = lock.lock().await;
    hook.adapter.update(update).await;
    StatusCode::OK
}

/// Compares secrets in time that does not depend on where they differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    #[test]
    fn secrets_compare_whole() {
        assert!(super::same(b"abc", b"abc"));
        assert!(!super::same(b"abc", b"abd"));
        assert!(!super::same(b"abc", b"ab"));
        assert!(!super::same(b"", b"a"));
    }
}
