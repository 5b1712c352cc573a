//! The staff room: who counts as staff, when it may receive exports, and
//! digests on schedule and on demand (rendered in [`crate::digest`]).

use std::sync::Arc;
use std::time::Duration;

use matrix_sdk::attachment::AttachmentConfig;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::RoomMessageEventContent;
use matrix_sdk::ruma::{OwnedRoomId, RoomId};
use matrix_sdk::Room;

use crate::{digest, invite_only, resolve, Adapter};

/// The staff digest settings in force.
struct Digests {
    room: OwnedRoomId,
    schedule: bot_core::schedule::Schedule,
    tz: chrono_tz::Tz,
    lang: String,
}

impl Adapter {
    /// Whether staff may receive exports: the staff room is invite-only
    /// and encrypted (an export holds every answer and idea).
    pub(crate) async fn staff_room_trusted(&self) -> bool {
        let Some(room) = self.staff_room_known().await else {
            return false;
        };
        invite_only(&room)
            && room
                .latest_encryption_state()
                .await
                .is_ok_and(|s| s.is_encrypted())
    }

    /// `set digest.room #alias` becomes `set digest.room !id`: an alias is
    /// looked up once, when an admin sets it, never again later.
    pub(crate) async fn pin_alias(&self, command: &str) -> String {
        let words: Vec<&str> = command.split_whitespace().collect();
        if let ["set", "digest.room", alias] = words.as_slice() {
            if alias.starts_with('#') {
                if let Some(id) = resolve(&self.client, alias).await {
                    return format!("set digest.room {id}");
                }
            }
        }
        command.to_owned()
    }

    /// The staff room in force (admins may change it from chat, as a room
    /// id): a room id, or the configured alias as it resolved at start.
    pub(crate) async fn staff_room(&self) -> Option<OwnedRoomId> {
        let room = self.engine.settings().digest_room();
        if let Ok(id) = RoomId::parse(&room) {
            return Some(id);
        }
        match &self.configured_staff {
            Some((alias, id)) if *alias == room => Some(id.clone()),
            _ => None,
        }
    }

    /// The staff room, if the bot knows it (was invited or joined).
    async fn staff_room_known(&self) -> Option<Room> {
        self.staff_room()
            .await
            .and_then(|id| self.client.get_room(&id))
    }

    /// Whether `user` is a joined member of the staff room.
    pub(crate) async fn is_staff(&self, user: &matrix_sdk::ruma::UserId) -> bool {
        let Some(room) = self.staff_room_known().await else {
            return false;
        };
        matches!(
            room.get_member(user).await,
            Ok(Some(m)) if *m.membership() == MembershipState::Join
        )
    }

    /// The digest settings in force; `None` while there is no staff room.
    async fn digests(&self) -> Option<Digests> {
        let room = self.staff_room().await?;
        let settings = self.engine.settings();
        let schedule = settings.digest_schedule()?;
        let tz = settings.digest_timezone()?;
        let locales = self.engine.locales();
        let lang = locales
            .match_language(&settings.digest_language())
            .unwrap_or(locales.default_language())
            .to_owned();
        Some(Digests {
            room,
            schedule,
            tz,
            lang,
        })
    }

    /// Sends digests on the schedule; the end of the last one is stored.
    /// The settings are read afresh each round, so a change from chat
    /// takes effect within seconds.
    pub(crate) async fn scheduled_digests(self: Arc<Self>) {
        let mut last = match self.last_digest() {
            Some(t) => t,
            None => {
                let now = chrono::Utc::now();
                self.remember_digest(now).await;
                now
            }
        };
        loop {
            let Some(d) = self.digests().await else {
                tokio::time::sleep(Duration::from_secs(5)).await;
                continue;
            };
            let due = d.schedule.next_after(last, d.tz);
            let now = chrono::Utc::now();
            if due > now {
                let wait = (due - now).to_std().unwrap_or(Duration::from_secs(1));
                tokio::time::sleep(wait.min(Duration::from_secs(2))).await;
                continue;
            }
            let joined = self
                .client
                .get_room(&d.room)
                .filter(|r| r.state() == matrix_sdk::RoomState::Joined);
            let Some(room) = joined else {
                tokio::time::sleep(Duration::from_secs(5)).await;
                continue;
            };
            if !invite_only(&room) {
                self.warn_exposed(&room).await;
                tokio::time::sleep(Duration::from_secs(30)).await;
                continue;
            }
            if self.send_digest(&room, Some(last), now).await {
                self.remember_digest(now).await;
                last = now;
            } else {
                tokio::time::sleep(Duration::from_secs(30)).await;
            }
        }
    }

    fn last_digest(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        let stored = self.engine.store().meta(digest::LAST_KEY).ok().flatten()?;
        chrono::DateTime::parse_from_rfc3339(&stored)
            .ok()
            .map(|t| t.with_timezone(&chrono::Utc))
    }

    async fn remember_digest(&self, at: chrono::DateTime<chrono::Utc>) {
        let store = self.engine.store();
        if let Err(e) = store.set_meta(digest::LAST_KEY, &at.to_rfc3339()) {
            tracing::error!(error = %e, "cannot store the digest time");
            return;
        }
        if let Err(e) = store.durable().wait().await {
            tracing::error!(error = %e, "cannot store the digest time");
        }
    }

    /// `!digest` in the staff room: since the last digest, and today.
    pub(crate) async fn on_demand_digests(&self, room: &Room) {
        let Some(d) = self.digests().await else {
            return;
        };
        let now = chrono::Utc::now();
        self.send_digest(room, self.last_digest(), now).await;
        self.send_digest(room, Some(digest::start_of_day(now, d.tz)), now)
            .await;
    }

    /// Renders and sends one digest; `false` if it could not be made.
    async fn send_digest(
        &self,
        room: &Room,
        since: Option<chrono::DateTime<chrono::Utc>>,
        until: chrono::DateTime<chrono::Utc>,
    ) -> bool {
        let Some(d) = self.digests().await else {
            return false;
        };
        let rendered =
            match digest::render(&self.engine, &d.lang, d.tz, since, until, self.send_empty) {
                Ok(Some(r)) => r,
                Ok(None) => return true,
                Err(e) => {
                    tracing::error!(error = %e, "cannot build the digest");
                    return false;
                }
            };
        // Marked sent only when every part went out; else the whole
        // digest is tried again later.
        for (plain, html) in rendered.parts {
            if !self
                .send(room, RoomMessageEventContent::notice_html(plain, html))
                .await
            {
                return false;
            }
        }
        if let Some(csv) = rendered.csv {
            let name = format!(
                "mitreden-{}.csv",
                until.with_timezone(&d.tz).format("%Y-%m-%d-%H%M")
            );
            let mime: mime::Mime = "text/csv".parse().unwrap_or(mime::TEXT_PLAIN);
            if let Err(e) = room
                .send_attachment(name, &mime, csv, AttachmentConfig::new())
                .await
            {
                tracing::warn!(error = %e, "cannot attach the digest CSV");
                return false;
            }
        }
        tracing::info!("digest sent");
        bot_core::metrics::count("digest_runs_total", &[], 1);
        true
    }
}
