//! The Matrix adapter: a bot account that citizens invite to a direct chat,
//! encrypted or not. It syncs with its own stored token, so an event is
//! applied exactly once: the token moves on only after every event of a
//! sync response has been stepped (the engine de-duplicates by event id if a
//! response is seen twice).
//!
//! Rooms have roles: a direct chat with one citizen, or the configured staff
//! and admin rooms (handled by later features). Invites to other group rooms
//! are declined with a short note.

mod digest;
mod format;
mod session;
mod staff;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use bot_core::retry::Backoff;
use bot_core::{Engine, Incoming, Input, Reply, Text};
use matrix_sdk::attachment::AttachmentConfig;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::{MessageType, Relation, RoomMessageEventContent};
use matrix_sdk::ruma::events::{
    AnySyncMessageLikeEvent, AnySyncStateEvent, AnySyncTimelineEvent, SyncMessageLikeEvent,
    SyncStateEvent,
};
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId, RoomId};
use matrix_sdk::{Client, Room};
use serde::Deserialize;
use tokio_util::sync::CancellationToken;

pub use digest::DigestConfig;
pub use format::{escape_html, html};

/// `[matrix]` in the configuration.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Homeserver URL, e.g. `https://matrix.example.org`.
    pub homeserver: String,
    /// The bot's full Matrix id, e.g. `@mitreden:example.org`.
    pub user: String,
    /// The bot's password (`MITREDEN_MATRIX_PASSWORD` wins). Used once to
    /// log in; the session is then kept in the data directory.
    #[serde(default)]
    pub password: Option<String>,
    /// An access token instead of a password (`MITREDEN_MATRIX_ACCESS_TOKEN` wins).
    #[serde(default)]
    pub access_token: Option<String>,
    /// Name of the bot's device, shown to users verifying it.
    #[serde(default = "default_device_name")]
    pub device_name: String,
    /// Passphrase that encrypts the local crypto store
    /// (`MITREDEN_MATRIX_STORE_PASSPHRASE` wins).
    #[serde(default)]
    pub store_passphrase: Option<String>,

    /// Room (id or alias) where admins give commands.
    #[serde(default)]
    pub admin_room: Option<String>,
}

fn default_device_name() -> String {
    "mitreden".into()
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("homeserver", &self.homeserver)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "<secret>"))
            .field(
                "access_token",
                &self.access_token.as_ref().map(|_| "<secret>"),
            )
            .field("device_name", &self.device_name)
            .finish_non_exhaustive()
    }
}

/// Why the adapter cannot run (transient trouble is retried instead).
#[derive(Debug, thiserror::Error)]
pub enum MatrixError {
    /// Neither password nor access token.
    #[error("no Matrix credentials: set [matrix] password (or MITREDEN_MATRIX_PASSWORD) or access_token")]
    NoCredentials,
    /// The user id is not a Matrix id.
    #[error("[matrix] user '{0}' is not a Matrix id like @mitreden:example.org")]
    BadUser(String),
    /// The homeserver URL is unusable or does not answer like one.
    #[error("cannot use the homeserver {0}: {1}")]
    Homeserver(String, String),
    /// The homeserver refused the credentials.
    #[error("the homeserver refused the login of {0}: {1}")]
    LoginRefused(String, String),
    /// The session or store in the data directory could not be used.
    #[error("Matrix session in {0}: {1}")]
    Session(PathBuf, String),
    /// The digest settings are unusable.
    #[error("{0}")]
    Digest(String),
}

/// What a room is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A direct chat with one citizen.
    Citizen,
    /// The staff room: digests, `!digest`.
    Staff,
    /// The admin room (commands; not handled yet).
    Admin,
    /// Any other group room: not for consultations.
    Group,
    /// A configured admin or staff room that anyone may join: ignored
    /// (not left) until an admin makes it invite-only.
    Exposed,
}

struct Adapter {
    client: Client,
    engine: Arc<Engine>,
    me: OwnedUserId,
    /// The admin room (alias resolved at start).
    admin_room: Option<OwnedRoomId>,
    dir: PathBuf,
    /// `[digest] send_empty`; the other digest settings can change at
    /// runtime and are read from the engine each time.
    send_empty: bool,
    /// The configured staff room alias and the id it had at start: an
    /// alias is never looked up again later, so nobody can take the staff
    /// role by creating an alias that did not resolve (yet).
    configured_staff: Option<(String, OwnedRoomId)>,
    /// Configured rooms already told they are not invite-only.
    warned: std::sync::Mutex<HashSet<OwnedRoomId>>,
}

/// Whether `text` is a Matrix user id (`@alice:example.org`): how admins
/// name Matrix people in `/admin add`.
pub fn is_user_id(text: &str) -> bool {
    matrix_sdk::ruma::UserId::parse(text).is_ok()
}

/// Logs in (or restores the stored session), then syncs until `stop` is
/// cancelled (the events in hand are finished first). Returns an error
/// only when it cannot run at all.
pub async fn run(
    engine: Arc<Engine>,
    config: Config,
    digest: Option<DigestConfig>,
    data_dir: &Path,
    stop: CancellationToken,
) -> Result<(), MatrixError> {
    let dir = data_dir.join("matrix");
    let client = session::connect(&config, &dir).await?;
    let me = client
        .user_id()
        .map(ToOwned::to_owned)
        .ok_or_else(|| MatrixError::Session(dir.clone(), "no user id after login".into()))?;
    let mut configured_staff = None;
    if let Some(d) = &digest {
        d.parsed().map_err(MatrixError::Digest)?;
        let id = resolve(&client, &d.room)
            .await
            .ok_or_else(|| MatrixError::Digest(format!("[digest] room '{}' not found", d.room)))?;
        configured_staff = Some((d.room.clone(), id));
    }
    let mut admin_room = None;
    if let Some(room) = &config.admin_room {
        admin_room = resolve(&client, room).await;
        if admin_room.is_none() {
            tracing::warn!(
                room,
                "configured room not found; invites to it will be treated as groups"
            );
        }
    }
    let adapter = Arc::new(Adapter {
        client,
        engine,
        me,
        admin_room,
        dir,
        send_empty: digest.as_ref().is_none_or(|d| d.send_empty),
        configured_staff,
        warned: Default::default(),
    });
    tokio::spawn(adapter.clone().scheduled_digests());
    // News for Matrix rooms that are not replies (idea status changes).
    let sender = adapter.clone();
    adapter
        .engine
        .deliver_notifications("matrix", move |chat, reply| {
            let sender = sender.clone();
            async move {
                let room = RoomId::parse(&chat)
                    .ok()
                    .and_then(|id| sender.client.get_room(&id));
                match room {
                    Some(room) => sender.deliver(&room, &[reply]).await,
                    None => {
                        tracing::warn!("a notification's room is unknown");
                        false
                    }
                }
            }
        });
    tracing::info!(device = ?adapter.client.device_id(), "Matrix adapter connected");
    adapter.sync(stop).await;
    Ok(())
}

/// Whether only invited users can join (no public, knock or restricted
/// room may hold staff or admin rights).
fn invite_only(room: &Room) -> bool {
    matches!(
        room.join_rule(),
        Some(matrix_sdk::ruma::events::room::join_rules::JoinRule::Invite)
    )
}

async fn resolve(client: &Client, room: &str) -> Option<OwnedRoomId> {
    if let Ok(id) = RoomId::parse(room) {
        return Some(id);
    }
    let alias = matrix_sdk::ruma::RoomAliasId::parse(room).ok()?;
    client
        .resolve_room_alias(&alias)
        .await
        .ok()
        .map(|r| r.room_id)
}

impl Adapter {
    /// The sync loop. The first start skips history; afterwards each
    /// response's events are handled before its token is stored. Ends
    /// between two responses once `stop` is cancelled: a running sync is
    /// not cut off (it also updates the crypto store), so its long poll is
    /// kept below the drain time.
    async fn sync(self: Arc<Self>, stop: CancellationToken) {
        let mut token = session::load_token(&self.dir);
        let mut backoff = Backoff::new(Duration::from_secs(1), Duration::from_secs(60));
        while !stop.is_cancelled() {
            let first = token.is_none();
            let mut settings =
                SyncSettings::default().timeout(Duration::from_secs(if first { 0 } else { 5 }));
            if let Some(t) = &token {
                settings = settings.token(t.clone());
            }
            let response = match self.client.sync_once(settings).await {
                Ok(r) => {
                    backoff.reset();
                    bot_core::metrics::set("platform_up", &[("platform", "matrix")], 1);
                    r
                }
                Err(e) => {
                    bot_core::metrics::set("platform_up", &[("platform", "matrix")], 0);
                    tracing::warn!(error = %e, wait = ?backoff.next(), "Matrix sync failed; retrying");
                    tokio::select! {
                        () = backoff.wait() => {}
                        () = stop.cancelled() => break,
                    }
                    continue;
                }
            };
            for room_id in response.rooms.invited.keys() {
                self.clone().accept_invite(room_id.clone());
            }
            if !first {
                for (room_id, update) in &response.rooms.joined {
                    self.room_events(room_id, &update.timeline.events).await;
                }
            }
            if let Err(e) = session::save_token(&self.dir, &response.next_batch) {
                tracing::error!(error = %e, "cannot store the sync token");
            }
            token = Some(response.next_batch);
        }
    }

    /// Joins a room we were invited to, retrying as the homeserver may not
    /// have federated the room yet.
    fn accept_invite(self: Arc<Self>, room_id: OwnedRoomId) {
        tokio::spawn(async move {
            let mut backoff = Backoff::new(Duration::from_secs(2), Duration::from_secs(300));
            for attempt in 1..=8 {
                match self.client.join_room_by_id(&room_id).await {
                    Ok(_) => {
                        tracing::info!("joined a room after an invite");
                        return;
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, attempt, wait = ?backoff.next(), "joining failed; retrying");
                        backoff.wait().await;
                    }
                }
            }
            tracing::error!("giving up joining a room");
        });
    }

    /// A room's role, from facts: the configured admin and staff rooms
    /// (only while invite-only), else a direct chat if its only joined
    /// members are the bot and one person and nobody else is invited,
    /// else a group.
    async fn role(&self, room: &Room) -> Role {
        let configured = if self.admin_room.as_deref() == Some(room.room_id()) {
            Some(Role::Admin)
        } else if self.staff_room().await.as_deref() == Some(room.room_id()) {
            Some(Role::Staff)
        } else {
            None
        };
        if let Some(role) = configured {
            if invite_only(room) {
                return role;
            }
            self.warn_exposed(room).await;
            return Role::Exposed;
        }
        match self.citizen_of(room).await {
            Some(_) => Role::Citizen,
            None => Role::Group,
        }
    }

    /// The person of a direct chat: the one joined member besides the bot,
    /// with nobody invited. A room where someone is only invited is no
    /// direct chat with them (anyone can invite anyone).
    async fn citizen_of(&self, room: &Room) -> Option<OwnedUserId> {
        let invited = room
            .members(matrix_sdk::RoomMemberships::INVITE)
            .await
            .ok()?;
        if !invited.is_empty() {
            return None;
        }
        let joined = room.members(matrix_sdk::RoomMemberships::JOIN).await.ok()?;
        let mut others = joined.iter().map(|m| m.user_id()).filter(|u| *u != self.me);
        match (others.next(), others.next()) {
            (Some(person), None) if joined.len() == 2 => Some(person.to_owned()),
            _ => None,
        }
    }

    /// Says once (per start) in a configured room that is not invite-only
    /// that it gets no commands and no digests until it is.
    async fn warn_exposed(&self, room: &Room) {
        let first = self
            .warned
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(room.room_id().to_owned());
        if !first {
            return;
        }
        tracing::warn!("a configured admin or staff room is not invite-only; it gets no commands and no digests");
        let lang = self.engine.settings().language();
        self.deliver(
            room,
            &[Reply::text(&lang, vec![Text::new("matrix-room-exposed")])],
        )
        .await;
    }

    /// Steps the new events of one room, in order. A step that keeps
    /// failing is skipped with an apology (see
    /// [`bot_core::Engine::handle_patiently`]), so the sync token moves on.
    async fn room_events(
        &self,
        room_id: &OwnedRoomId,
        events: &[matrix_sdk::deserialized_responses::TimelineEvent],
    ) {
        let Some(room) = self.client.get_room(room_id) else {
            return;
        };
        // Messages from before our own join are history: not for us.
        let joined_at = events.iter().rposition(|e| {
            matches!(
                e.raw().deserialize(),
                Ok(AnySyncTimelineEvent::State(AnySyncStateEvent::RoomMember(SyncStateEvent::Original(m))))
                    if m.state_key == self.me && m.content.membership == MembershipState::Join
            )
        });
        if let Some(at) = joined_at {
            let event_id = events[at].event_id().map(|e| e.to_string());
            self.joined(&room, event_id).await;
        }
        let start = joined_at.map_or(0, |i| i + 1);
        for event in &events[start..] {
            let (sender, event_id, input) = match event.raw().deserialize() {
                Ok(AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::RoomMessage(
                    SyncMessageLikeEvent::Original(ev),
                ))) => {
                    if matches!(ev.content.relates_to, Some(Relation::Replacement(_))) {
                        continue;
                    }
                    let input = match &ev.content.msgtype {
                        MessageType::Text(t) => Input::Text(t.body.clone()),
                        MessageType::Emote(t) => Input::Text(t.body.clone()),
                        // Notices come from bots; answering them could loop.
                        MessageType::Notice(_) => continue,
                        _ => Input::Unsupported,
                    };
                    (ev.sender, ev.event_id, input)
                }
                // Still encrypted: the keys did not reach us. Say so, so
                // the citizen can send it again, instead of staying silent.
                Ok(AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::RoomEncrypted(
                    SyncMessageLikeEvent::Original(ev),
                ))) => {
                    tracing::warn!("an encrypted message could not be decrypted");
                    (ev.sender, ev.event_id, Input::Unreadable)
                }
                _ => continue,
            };
            if sender == self.me {
                continue;
            }
            let role = self.role(&room).await;
            let input = match role {
                Role::Citizen => input,
                Role::Group | Role::Exposed => continue,
                // In the admin and staff rooms every `!command` is an admin
                // command; the engine checks who may (staff: evaluating
                // ideas only).
                Role::Admin | Role::Staff => {
                    let Input::Text(t) = &input else { continue };
                    let Some(rest) = t.trim().strip_prefix('!') else {
                        continue;
                    };
                    if role == Role::Staff && rest.trim() == "digest" {
                        self.on_demand_digests(&room).await;
                        continue;
                    }
                    let rest = match rest.strip_prefix("admin") {
                        Some(r) if r.is_empty() || r.starts_with(char::is_whitespace) => r.trim(),
                        _ => rest,
                    };
                    Input::Command(bot_core::command::Command::Admin, Some(rest.to_owned()))
                }
            };
            // An admin command typed in a direct chat, as a command.
            let input = match input {
                Input::Text(t) => match bot_core::command::parse(&t) {
                    Some(bot_core::command::Parsed::Command(
                        bot_core::command::Command::Admin,
                        args,
                    )) => Input::Command(bot_core::command::Command::Admin, args),
                    _ => Input::Text(t),
                },
                other => other,
            };
            let (input, staff) = match input {
                Input::Command(bot_core::command::Command::Admin, args) => {
                    let args = self.pin_alias(args.as_deref().unwrap_or_default()).await;
                    // Staff are the staff room's members, also in a direct
                    // chat; exports go to them only from a trusted room.
                    let staff = (role == Role::Staff || self.is_staff(&sender).await)
                        && (args.split_whitespace().next() != Some("export")
                            || self.staff_room_trusted().await);
                    let command = bot_core::command::Command::Admin;
                    (Input::Command(command, Some(args)), staff)
                }
                // In a direct chat a staff member is asked the internal
                // consultations too.
                other => {
                    let staff = role == Role::Citizen && self.is_staff(&sender).await;
                    (other, staff)
                }
            };
            bot_core::metrics::count("updates_total", &[("platform", "matrix")], 1);
            let Some(outcome) = self
                .engine
                .handle_patiently(Incoming {
                    platform: "matrix".into(),
                    user: sender.to_string(),
                    chat: room.room_id().to_string(),
                    event_id: Some(event_id.to_string()),
                    language_hint: None,
                    input,
                    staff,
                })
                .await
            else {
                self.apologise(&room).await;
                continue;
            };
            tracing::info!(participant = %outcome.participant, duplicate = outcome.duplicate, "message handled");
            // Sent or given up: either way no redelivery will come to retry it.
            self.deliver(&room, &outcome.replies).await;
            self.engine.replied("matrix", event_id.as_str());
        }
    }

    /// Tells a room that its last message could not be processed.
    async fn apologise(&self, room: &Room) {
        let lang = self.engine.settings().language();
        self.deliver(
            room,
            &[Reply::text(&lang, vec![Text::new("error-internal")])],
        )
        .await;
    }

    /// We joined a room: greet the citizen of a direct chat, or leave a
    /// group room with a note.
    async fn joined(&self, room: &Room, event_id: Option<String>) {
        let locales = self.engine.locales();
        match self.role(room).await {
            Role::Staff | Role::Admin | Role::Exposed => {}
            Role::Group => {
                let note = locales.render(
                    locales.default_language(),
                    &Text::new("matrix-group-decline"),
                );
                self.send(
                    room,
                    RoomMessageEventContent::text_html(note.clone(), escape_html(&note)),
                )
                .await;
                match room.leave().await {
                    Ok(_) => tracing::info!("left a room that is no direct chat"),
                    Err(e) => tracing::warn!(error = %e, "cannot leave a group room"),
                }
            }
            Role::Citizen => {
                let Some(citizen) = self.citizen_of(room).await else {
                    return;
                };
                let event_id = event_id.map(|e| format!("join:{e}"));
                let Some(outcome) = self
                    .engine
                    .handle_patiently(Incoming {
                        platform: "matrix".into(),
                        user: citizen.to_string(),
                        chat: room.room_id().to_string(),
                        event_id: event_id.clone(),
                        language_hint: None,
                        input: Input::Open,
                        staff: self.is_staff(&citizen).await,
                    })
                    .await
                else {
                    return self.apologise(room).await;
                };
                self.deliver(room, &outcome.replies).await;
                if let Some(id) = &event_id {
                    self.engine.replied("matrix", id);
                }
            }
        }
    }

    /// Sends replies in order; `false` if a message could not be sent.
    async fn deliver(&self, room: &Room, replies: &[Reply]) -> bool {
        let mut delivered = true;
        for reply in replies {
            for (plain, formatted) in html(&self.engine.locales(), reply) {
                delivered = self
                    .send(room, RoomMessageEventContent::text_html(plain, formatted))
                    .await
                    && delivered;
            }
            if let Some(file) = &reply.attachment {
                let mime: mime::Mime = file.mime.parse().unwrap_or(mime::APPLICATION_OCTET_STREAM);
                for attempt in 1..=5u32 {
                    match room
                        .send_attachment(
                            file.name.clone(),
                            &mime,
                            file.data.clone(),
                            AttachmentConfig::new(),
                        )
                        .await
                    {
                        Ok(_) => break,
                        Err(e) => {
                            tracing::warn!(error = %e, attempt, "sending a file failed");
                            tokio::time::sleep(Duration::from_secs(u64::from(attempt))).await;
                        }
                    }
                }
            }
        }
        delivered
    }

    /// Sends a message, waiting out rate limits and retrying transient
    /// failures; the SDK already retries most of them itself. `false` if
    /// it gave up.
    async fn send(&self, room: &Room, mut content: RoomMessageEventContent) -> bool {
        // Whatever citizen text it carries, the message mentions nobody.
        content.mentions = Some(matrix_sdk::ruma::events::Mentions::new());
        let mut backoff = Backoff::new(Duration::from_millis(500), Duration::from_secs(30));
        for attempt in 1..=10u32 {
            match room.send(content.clone()).await {
                Ok(_) => return true,
                Err(e) => {
                    if let Some(matrix_sdk::ruma::api::error::ErrorKind::LimitExceeded(data)) =
                        e.client_api_error_kind()
                    {
                        let wait = match data.retry_after {
                            Some(matrix_sdk::ruma::api::error::RetryAfter::Delay(d)) => d,
                            _ => Duration::from_secs(1),
                        };
                        tracing::warn!(?wait, "rate limited by the homeserver; waiting");
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                    tracing::warn!(error = %e, attempt, "sending failed; retrying");
                    backoff.wait().await;
                }
            }
        }
        tracing::error!("giving up sending a message");
        false
    }
}
