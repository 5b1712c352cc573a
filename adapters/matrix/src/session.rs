//! Logging in once and restoring the session afterwards, so the bot keeps
//! one device (and its encryption keys) across restarts; and the sync token
//! that marks how far events were handled.

use std::io::Write;
use std::path::Path;

use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::ruma::api::error::ErrorKind;
use matrix_sdk::ruma::OwnedUserId;
use matrix_sdk::{Client, SessionMeta, SessionTokens};

use crate::{Config, MatrixError};

fn write_private(path: &Path, content: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&tmp)?;
    file.write_all(content)?;
    file.sync_all()?;
    std::fs::rename(&tmp, path)
}

/// The stored sync token, if events were handled before.
pub fn load_token(dir: &Path) -> Option<String> {
    std::fs::read_to_string(dir.join("sync_token"))
        .ok()
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
}

/// Stores the sync token durably (written aside, synced, renamed).
pub fn save_token(dir: &Path, token: &str) -> std::io::Result<()> {
    write_private(&dir.join("sync_token"), token.as_bytes())
}

/// A logged-in client with its store in `dir`.
pub async fn connect(config: &Config, dir: &Path) -> Result<Client, MatrixError> {
    let session_error = |e: String| MatrixError::Session(dir.to_owned(), e);
    bot_core::store::create_private_dir(dir).map_err(|e| session_error(e.to_string()))?;
    let user = OwnedUserId::try_from(config.user.as_str())
        .map_err(|_| MatrixError::BadUser(config.user.clone()))?;
    let homeserver = |e: String| MatrixError::Homeserver(config.homeserver.clone(), e);
    let client = Client::builder()
        .homeserver_url(&config.homeserver)
        .sqlite_store(dir.join("store"), config.store_passphrase.as_deref())
        .build()
        .await
        .map_err(|e| homeserver(e.to_string()))?;
    let session_path = dir.join("session.json");
    if let Ok(stored) = std::fs::read_to_string(&session_path) {
        let session: MatrixSession = serde_json::from_str(&stored)
            .map_err(|e| session_error(format!("session.json is damaged: {e}")))?;
        if session.meta.user_id != user {
            return Err(session_error(format!(
                "the stored session belongs to {}, not {user}; use another data directory",
                session.meta.user_id
            )));
        }
        client
            .restore_session(session)
            .await
            .map_err(|e| session_error(e.to_string()))?;
        if let Err(e) = client.whoami().await {
            if matches!(e.client_api_error_kind(), Some(ErrorKind::UnknownToken(_))) {
                return Err(session_error(
                    "the homeserver no longer accepts the stored session (logged out?); remove session.json, store* and sync_token in this directory to log in as a new device".into(),
                ));
            }
            tracing::warn!(error = %e, "cannot check the session now; continuing");
        }
        return Ok(client);
    }
    if let Some(password) = config.password.as_deref().filter(|p| !p.is_empty()) {
        client
            .matrix_auth()
            .login_username(user.as_str(), password)
            .initial_device_display_name(&config.device_name)
            .send()
            .await
            .map_err(|e| match e.client_api_error_kind() {
                Some(kind) => MatrixError::LoginRefused(user.to_string(), format!("{kind:?}: {e}")),
                None => homeserver(e.to_string()),
            })?;
    } else if let Some(token) = config.access_token.as_deref().filter(|t| !t.is_empty()) {
        // The device id comes from the homeserver; ask with a store-less client.
        let probe = Client::builder()
            .homeserver_url(&config.homeserver)
            .build()
            .await
            .map_err(|e| homeserver(e.to_string()))?;
        let tokens = SessionTokens {
            access_token: token.to_owned(),
            refresh_token: None,
        };
        let placeholder = MatrixSession {
            meta: SessionMeta {
                user_id: user.clone(),
                device_id: "PROBE".into(),
            },
            tokens: tokens.clone(),
        };
        probe
            .restore_session(placeholder)
            .await
            .map_err(|e| session_error(e.to_string()))?;
        let me = probe
            .whoami()
            .await
            .map_err(|e| match e.client_api_error_kind() {
                Some(kind) => MatrixError::LoginRefused(user.to_string(), format!("{kind:?}: {e}")),
                None => homeserver(e.to_string()),
            })?;
        let device_id = me
            .device_id
            .ok_or_else(|| session_error("the access token has no device".into()))?;
        client
            .restore_session(MatrixSession {
                meta: SessionMeta {
                    user_id: me.user_id,
                    device_id,
                },
                tokens,
            })
            .await
            .map_err(|e| session_error(e.to_string()))?;
    } else {
        return Err(MatrixError::NoCredentials);
    }
    let session = client
        .matrix_auth()
        .session()
        .ok_or_else(|| session_error("no session after login".into()))?;
    let json = serde_json::to_vec(&session).map_err(|e| session_error(e.to_string()))?;
    write_private(&session_path, &json).map_err(|e| session_error(e.to_string()))?;
    tracing::info!("logged in to Matrix; session stored for the next start");
    Ok(client)
}
