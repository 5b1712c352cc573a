//! The operator's HTTP listener (`[server] listen`): `/metrics` in the
//! Prometheus text format, `/healthz` (the process and its store answer)
//! and `/readyz` (and every enabled platform is connected). Bind it to
//! loopback or an internal network: it has no authentication. When the
//! Telegram webhook is configured on the same address, the webhook's
//! routes are served here too (the adapter fills them in once connected;
//! until then its calls get 503 and Telegram sends them again).

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use axum::extract::Request;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tokio_util::sync::CancellationToken;
use tower::ServiceExt;

struct Served {
    engine: Arc<bot_core::Engine>,
    /// Platforms whose adapter must be connected for `/readyz`.
    platforms: Vec<&'static str>,
    /// Routes an adapter serves on this listener (the Telegram webhook).
    shared: Option<Shared>,
}

/// Routes an adapter hands over once it is ready.
pub type Shared = Arc<std::sync::OnceLock<Router>>;

/// Serves until `stop` is cancelled, then finishes the calls in hand (a
/// webhook call answers once its step is done); an address that cannot be
/// bound is an error naming it.
pub async fn serve(
    engine: Arc<bot_core::Engine>,
    listen: SocketAddr,
    platforms: Vec<&'static str>,
    shared: Option<Shared>,
    stop: CancellationToken,
) -> anyhow::Result<()> {
    let app = Router::new()
        .route("/metrics", get(metrics))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .fallback(forward)
        .with_state(Arc::new(Served {
            engine,
            platforms,
            shared,
        }));
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("[server] listen: cannot listen on {listen}"))?;
    tracing::info!(%listen, "metrics and health listening");
    axum::serve(listener, app)
        .with_graceful_shutdown(stop.cancelled_owned())
        .await
        .with_context(|| format!("[server] on {listen}"))
}

/// Any other path: the shared routes, if there are any.
async fn forward(State(s): State<Arc<Served>>, request: Request) -> Response {
    let Some(shared) = &s.shared else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match shared.get() {
        Some(routes) => match routes.clone().oneshot(request).await {
            Ok(response) => response,
            Err(never) => match never {},
        },
        None => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

async fn metrics(State(s): State<Arc<Served>>) -> impl IntoResponse {
    let counts = s.engine.store().counts().unwrap_or_default();
    let text = bot_core::metrics::render(&[
        ("participants", counts.participants),
        ("ideas", counts.ideas),
        ("store_bytes", counts.bytes),
    ]);
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], text)
}

async fn healthz(State(s): State<Arc<Served>>) -> (StatusCode, &'static str) {
    match s.engine.store().meta("schema") {
        Ok(_) => (StatusCode::OK, "ok\n"),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "store unavailable\n"),
    }
}

async fn readyz(State(s): State<Arc<Served>>) -> (StatusCode, String) {
    if s.engine.store().meta("schema").is_err() {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "store unavailable\n".into(),
        );
    }
    let down: Vec<&str> = s
        .platforms
        .iter()
        .copied()
        .filter(|p| bot_core::metrics::gauge("platform_up", &[("platform", p)]) != Some(1))
        .collect();
    if down.is_empty() {
        (StatusCode::OK, "ready\n".into())
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not connected: {}\n", down.join(", ")),
        )
    }
}
