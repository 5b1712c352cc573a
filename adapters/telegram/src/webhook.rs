//! Webhook mode: Telegram posts updates to us. An update is acknowledged
//! (HTTP 200) only after its step is durable and its replies were sent (or
//! its step failed a few times and the citizen got an apology); a crash
//! before that means Telegram delivers it again.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use teloxide::types::Update;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::{chat_of, Adapter, TelegramError};

/// The header Telegram sets to the secret given in `setWebhook`.
const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

pub(crate) struct Hook {
    adapter: Arc<Adapter>,
    secret: String,
    /// One update per chat at a time, so a chat's steps keep their order.
    chats: Mutex<HashMap<i64, Arc<tokio::sync::Mutex<()>>>>,
    /// Once cancelled, new calls are refused (Telegram sends them again).
    stop: CancellationToken,
    /// Calls being worked on, and a wake-up when one ends.
    in_hand: AtomicUsize,
    idle: Notify,
}

/// The webhook's routes, for the operator's listener when the two share an
/// address (`[server] listen` = `[telegram] listen`).
pub type Shared = Arc<std::sync::OnceLock<Router>>;

impl Hook {
    pub(crate) fn new(adapter: Arc<Adapter>, secret: String, stop: CancellationToken) -> Arc<Hook> {
        Arc::new(Hook {
            adapter,
            secret,
            chats: Mutex::new(HashMap::new()),
            stop,
            in_hand: AtomicUsize::new(0),
            idle: Notify::new(),
        })
    }

    pub(crate) fn router(self: &Arc<Self>, path: &str) -> Router {
        Router::new()
            .route(path, post(receive))
            .with_state(self.clone())
    }

    /// Resolves once no call is being worked on.
    pub(crate) async fn drained(&self) {
        loop {
            let idle = self.idle.notified();
            if self.in_hand.load(Ordering::SeqCst) == 0 {
                return;
            }
            idle.await;
        }
    }

    /// Serves on its own listener until the stop; then waits for the calls
    /// in hand.
    pub(crate) async fn serve(
        self: &Arc<Self>,
        listener: tokio::net::TcpListener,
        path: &str,
    ) -> Result<(), TelegramError> {
        let listen = listener
            .local_addr()
            .map_or_else(|_| "?".into(), |a| a.to_string());
        tracing::info!(%listen, "Telegram webhook listening");
        axum::serve(listener, self.router(path))
            .with_graceful_shutdown(self.stop.clone().cancelled_owned())
            .await
            .map_err(|e| TelegramError::Listen(listen, e.to_string()))?;
        self.drained().await;
        Ok(())
    }
}

/// The paths of the operator's listener, which a shared webhook must not use.
pub(crate) const OPERATOR_PATHS: [&str; 3] = ["/metrics", "/healthz", "/readyz"];

/// The webhook's own listener; an address that cannot be bound is an error
/// naming it.
pub(crate) async fn bind(listen: SocketAddr) -> Result<tokio::net::TcpListener, TelegramError> {
    tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| TelegramError::Listen(listen.to_string(), e.to_string()))
}

/// Counts a call as in hand while it lives.
struct InHand<'a>(&'a Hook);

impl Drop for InHand<'_> {
    fn drop(&mut self) {
        self.0.in_hand.fetch_sub(1, Ordering::SeqCst);
        self.0.idle.notify_waiters();
    }
}

/// Largest update body read (Telegram's are a few kilobytes).
const MAX_BODY: usize = 1 << 20;

async fn receive(State(hook): State<Arc<Hook>>, headers: HeaderMap, body: Body) -> StatusCode {
    hook.in_hand.fetch_add(1, Ordering::SeqCst);
    let _in_hand = InHand(&hook);
    if hook.stop.is_cancelled() {
        return StatusCode::SERVICE_UNAVAILABLE;
    }
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
