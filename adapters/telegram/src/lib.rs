//! The Telegram adapter: long polling with teloxide, updates translated into
//! engine events, replies sent as HTML with inline keyboards.
//!
//! Updates are applied exactly once: the update id is the engine's
//! de-duplication id, and the polling offset moves past an update only after
//! its step is durable and its replies were handed to Telegram. An update
//! whose step failed is fetched again.

mod format;
mod outbox;
mod webhook;

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::sync::Arc;
use std::time::Duration;

use bot_core::{Engine, Incoming, Input, Reply, Text};
use serde::Deserialize;
use teloxide::payloads::{
    EditMessageReplyMarkupSetters, EditMessageTextSetters, GetUpdatesSetters, SendMessageSetters,
    SetMyCommandsSetters, SetWebhookSetters,
};
use teloxide::requests::{Request, Requester};
use teloxide::types::{
    AllowedUpdate, BotCommand, CallbackQuery, ChatId, InlineKeyboardMarkup, InputFile, Message,
    ParseMode, Update, UpdateKind,
};
use teloxide::Bot;

pub use format::{format, Formatted, CALLBACK_LIMIT, MESSAGE_LIMIT};
pub use outbox::{classify, Failure, Outbox};

/// `[telegram]` in the configuration.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The bot token from BotFather. The environment variable
    /// `MITREDEN_TELEGRAM_TOKEN` wins over this.
    #[serde(default)]
    pub token: Option<String>,
    /// Bot API server, for a self-hosted one; default Telegram's.
    #[serde(default)]
    pub api_url: Option<String>,
    /// Seconds a long poll waits for updates.
    #[serde(default = "default_poll_timeout")]
    pub poll_timeout: u32,
    /// Messages per second for the whole bot (Telegram allows about 30).
    #[serde(default = "default_per_second")]
    pub messages_per_second: u32,
    /// Messages per second in one chat (Telegram allows about 1).
    #[serde(default = "default_per_chat")]
    pub chat_messages_per_second: u32,
    /// Messages one chat may get at once before the per-chat rate applies.
    #[serde(default = "default_burst")]
    pub chat_burst: u32,
    /// Public HTTPS URL Telegram posts updates to; set it to use a webhook
    /// instead of long polling.
    #[serde(default)]
    pub webhook_url: Option<String>,
    /// Address the webhook listens on (behind your reverse proxy).
    #[serde(default = "default_listen")]
    pub listen: String,
    /// Secret Telegram sends with every webhook call
    /// (`MITREDEN_TELEGRAM_WEBHOOK_SECRET` wins; random per start if unset).
    #[serde(default)]
    pub webhook_secret: Option<String>,
}

fn default_listen() -> String {
    "127.0.0.1:8443".into()
}

fn default_poll_timeout() -> u32 {
    25
}
fn default_per_second() -> u32 {
    30
}
fn default_per_chat() -> u32 {
    1
}
fn default_burst() -> u32 {
    3
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("token", &self.token.as_ref().map(|_| "<secret>"))
            .field("api_url", &self.api_url)
            .field("poll_timeout", &self.poll_timeout)
            .field("webhook_url", &self.webhook_url)
            .field("listen", &self.listen)
            .finish_non_exhaustive()
    }
}

/// Why the adapter cannot run at all (transient trouble is retried instead).
#[derive(Debug, thiserror::Error)]
pub enum TelegramError {
    /// No token in the config nor in `MITREDEN_TELEGRAM_TOKEN`.
    #[error("no Telegram bot token: set [telegram] token or MITREDEN_TELEGRAM_TOKEN (BotFather gives you one)")]
    NoToken,
    /// `api_url` is not a URL.
    #[error("[telegram] api_url '{0}' is not a URL")]
    BadApiUrl(String),
    /// Telegram refused the token.
    #[error("Telegram refused the bot token: {0}")]
    TokenRefused(String),
    /// The HTTP client could not be built.
    #[error("cannot build the HTTP client: {0}")]
    Client(String),
    /// The webhook settings are unusable.
    #[error("[telegram] {0}")]
    Webhook(String),
    /// The webhook cannot listen on its address.
    #[error("the Telegram webhook cannot listen on {0}: {1}")]
    Listen(String, String),
}

/// The commands shown in Telegram's menu, with their description ids.
const MENU: [&str; 12] = [
    "start",
    "help",
    "consultations",
    "idea",
    "myideas",
    "ideas",
    "language",
    "privacy",
    "mydata",
    "forget",
    "cancel",
    "back",
];

/// Failed steps of one update before it is skipped.
const ATTEMPTS: u32 = bot_core::engine::STEP_ATTEMPTS;

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
        self.state().pending.remove(&id);
        self.done.notify_waiters();
    }
}

struct Adapter {
    bot: Bot,
    engine: Arc<Engine>,
    outbox: Outbox,
    /// Makes event ids unique across bots sharing a data directory.
    bot_id: u64,
    username: String,
    /// Failed steps per update id (see [`ATTEMPTS`]).
    failures: std::sync::Mutex<HashMap<u32, u32>>,
}

/// Runs the adapter until the process ends. Returns only when it cannot run
/// at all (no or refused token).
pub async fn run(engine: Arc<Engine>, config: Config) -> Result<(), TelegramError> {
    let token = config
        .token
        .clone()
        .filter(|t| !t.trim().is_empty())
        .ok_or(TelegramError::NoToken)?;
    let client = teloxide::net::default_reqwest_settings()
        .timeout(Duration::from_secs(u64::from(config.poll_timeout) + 30))
        .build()
        .map_err(|e| TelegramError::Client(e.to_string()))?;
    let mut bot = Bot::with_client(token.trim(), client);
    if let Some(url) = &config.api_url {
        let parsed = reqwest::Url::parse(url).map_err(|_| TelegramError::BadApiUrl(url.clone()))?;
        bot = bot.set_api_url(parsed);
    }
    let outbox = Outbox::new(
        config.messages_per_second,
        config.chat_messages_per_second,
        config.chat_burst,
    );
    let me = loop {
        match bot.get_me().send().await {
            Ok(me) => break me,
            Err(e) => match classify(&e) {
                Failure::Permanent => return Err(TelegramError::TokenRefused(e.to_string())),
                Failure::RetryAfter(wait) => tokio::time::sleep(wait).await,
                Failure::Transient => {
                    tracing::warn!(error = %e, "cannot reach Telegram; retrying");
                    tokio::time::sleep(Duration::from_secs(2)).await;
                }
            },
        }
    };
    let adapter = Arc::new(Adapter {
        bot_id: me.user.id.0,
        username: me.user.username.clone().unwrap_or_default(),
        bot,
        engine,
        outbox,
        failures: Default::default(),
    });
    tracing::info!(bot = %adapter.username, "Telegram adapter connected");
    adapter.register_commands().await;
    // News for Telegram chats that are not replies (idea status changes).
    let mut news = adapter.engine.notifications("telegram");
    let sender = adapter.clone();
    tokio::spawn(async move {
        while let Some(n) = news.recv().await {
            let delivered = match n.chat.parse::<i64>() {
                Ok(chat) => sender.deliver(chat, &[n.reply]).await,
                Err(_) => {
                    tracing::warn!("a notification has no Telegram chat id");
                    false
                }
            };
            if let Some(receipt) = n.receipt {
                receipt.done(delivered);
            }
        }
    });
    let Some(url) = &config.webhook_url else {
        adapter
            .outbox
            .send(None, "deleteWebhook", || {
                adapter.bot.delete_webhook().send()
            })
            .await;
        adapter.poll(config.poll_timeout).await;
        return Ok(());
    };
    let url = reqwest::Url::parse(url)
        .map_err(|_| TelegramError::Webhook(format!("webhook_url '{url}' is not a URL")))?;
    let listen: std::net::SocketAddr = config.listen.parse().map_err(|_| {
        TelegramError::Webhook(format!(
            "listen '{}' is not an address like 127.0.0.1:8443",
            config.listen
        ))
    })?;
    let secret = match config.webhook_secret.clone().filter(|s| !s.is_empty()) {
        Some(s)
            if s.len() <= 256
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') =>
        {
            s
        }
        Some(_) => {
            return Err(TelegramError::Webhook(
                "webhook_secret may only hold 1-256 of A-Z, a-z, 0-9, _ and -".into(),
            ))
        }
        None => random_secret(),
    };
    let path = url.path().to_owned();
    let set = adapter
        .outbox
        .send(None, "setWebhook", || {
            adapter
                .bot
                .set_webhook(url.clone())
                .secret_token(secret.clone())
                .allowed_updates([AllowedUpdate::Message, AllowedUpdate::CallbackQuery])
                .send()
        })
        .await;
    if set.is_none() {
        return Err(TelegramError::Webhook(format!(
            "Telegram did not accept the webhook {url}"
        )));
    }
    webhook::serve(adapter, listen, &path, secret).await
}

/// A webhook secret for this run, when none is configured.
fn random_secret() -> String {
    let mut bytes = [0u8; 24];
    if getrandom::getrandom(&mut bytes).is_err() {
        // Without randomness, a per-process value is still better than none.
        let seed = format!("{:?}{}", std::time::SystemTime::now(), std::process::id());
        bytes
            .iter_mut()
            .zip(seed.bytes().cycle())
            .for_each(|(b, s)| *b ^= s);
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Adapter {
    /// The command menu in every shipped language, and a default.
    async fn register_commands(&self) {
        let locales = self.engine.locales();
        let commands = |lang: &str| -> Vec<BotCommand> {
            MENU.iter()
                .map(|c| {
                    BotCommand::new(*c, locales.render(lang, &Text::new(format!("command-{c}"))))
                })
                .collect()
        };
        let default = locales.default_language().to_owned();
        self.outbox
            .send(None, "setMyCommands", || {
                self.bot.set_my_commands(commands(&default)).send()
            })
            .await;
        for lang in locales.languages() {
            self.outbox
                .send(None, "setMyCommands", || {
                    self.bot
                        .set_my_commands(commands(lang))
                        .language_code(lang.to_owned())
                        .send()
                })
                .await;
        }
    }

    /// Long polling into per-chat queues: one chat's updates in order,
    /// chats independent, so one busy chat delays nobody else. The offset
    /// confirmed to Telegram stays at the lowest update not yet done, so a
    /// crash loses none; updates fetched again meanwhile are not queued twice.
    async fn poll(self: Arc<Self>, timeout: u32) {
        let queues = Arc::new(Queues::default());
        let mut backoff = Duration::from_millis(500);
        loop {
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
            let updates = match request.send().await {
                Ok(u) => {
                    backoff = Duration::from_millis(500);
                    u
                }
                Err(e) => {
                    match classify(&e) {
                        Failure::RetryAfter(wait) => tokio::time::sleep(wait).await,
                        _ => {
                            tracing::warn!(error = %e, ?backoff, "getUpdates failed; retrying");
                            tokio::time::sleep(backoff).await;
                            backoff = (backoff * 2).min(Duration::from_secs(30));
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
    }

    /// Works through one chat's queue until it is empty.
    async fn work(&self, queues: &Queues, chat: i64) {
        while let Some(update) = queues.next(chat) {
            let id = update.id.0;
            self.step_or_skip(update).await;
            queues.finish(id);
        }
    }

    /// Applies an update, trying again a little later when its step fails;
    /// after [`ATTEMPTS`] failures it is logged and skipped (the citizen is
    /// told), so one poisoned update cannot hold everyone else.
    async fn step_or_skip(&self, update: Update) {
        let mut wait = Duration::from_millis(500);
        loop {
            let id = update.id.0;
            let chat = chat_of(&update);
            match self.update(update.clone()).await {
                Ok(()) => return,
                Err(e) if !self.give_up(id) => {
                    tracing::warn!(update = id, error = %e, "step failed; trying again");
                    tokio::time::sleep(wait).await;
                    wait *= 2;
                }
                Err(e) => {
                    tracing::error!(update = id, error = %e, "step failed {ATTEMPTS} times; the update is skipped");
                    self.apologise(chat).await;
                    return;
                }
            }
        }
    }

    /// Counts a failed step of an update: `true` once it failed
    /// [`ATTEMPTS`] times (and forgets it then).
    fn give_up(&self, id: u32) -> bool {
        let mut failures = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        if failures.len() > 10_000 {
            failures.clear();
        }
        let count = failures.entry(id).or_insert(0);
        *count += 1;
        if *count >= ATTEMPTS {
            failures.remove(&id);
            return true;
        }
        false
    }

    /// Tells a private chat that its last message could not be processed.
    async fn apologise(&self, chat: Option<i64>) {
        let Some(chat) = chat.filter(|c| *c > 0) else {
            return;
        };
        let locales = self.engine.locales();
        let lang = locales.default_language().to_owned();
        self.deliver(
            chat,
            &[Reply::text(&lang, vec![Text::new("error-internal")])],
        )
        .await;
    }

    async fn update(&self, update: Update) -> Result<(), bot_core::EngineError> {
        let event_id = format!("{}:{}", self.bot_id, update.id.0);
        match update.kind {
            UpdateKind::Message(msg) => self.message(event_id, msg).await,
            UpdateKind::CallbackQuery(q) => self.callback(event_id, q).await,
            _ => Ok(()),
        }
    }

    async fn message(&self, event_id: String, msg: Message) -> Result<(), bot_core::EngineError> {
        let Some(from) = msg.from.as_ref().filter(|u| !u.is_bot) else {
            return Ok(());
        };
        let chat = msg.chat.id.0;
        if !msg.chat.is_private() {
            return self.group(chat, &msg).await;
        }
        let input = match msg.text() {
            Some(t) => Input::Text(t.to_owned()),
            None => Input::Unsupported,
        };
        let outcome = self
            .engine
            .handle(Incoming {
                platform: "telegram".into(),
                user: from.id.0.to_string(),
                chat: chat.to_string(),
                event_id: Some(event_id.clone()),
                language_hint: from.language_code.clone(),
                input,
                staff: false,
            })
            .await?;
        tracing::info!(participant = %outcome.participant, duplicate = outcome.duplicate, "message handled");
        // Sent or given up: either way no redelivery will come to retry it.
        self.deliver(chat, &outcome.replies).await;
        self.engine.replied("telegram", &event_id);
        Ok(())
    }

    /// In groups the bot runs no consultation; a command or a mention gets a
    /// pointer to the private chat.
    async fn group(&self, chat: i64, msg: &Message) -> Result<(), bot_core::EngineError> {
        let text = msg.text().unwrap_or_default();
        let mention = !self.username.is_empty() && text.contains(&format!("@{}", self.username));
        if !(text.starts_with('/') || mention) {
            return Ok(());
        }
        let locales = self.engine.locales();
        let lang = msg
            .from
            .as_ref()
            .and_then(|u| u.language_code.as_deref())
            .and_then(|l| locales.match_language(l))
            .unwrap_or(locales.default_language())
            .to_owned();
        let body = locales.render(
            &lang,
            &Text::new("telegram-group-pointer")
                .arg("link", format!("https://t.me/{}", self.username)),
        );
        let body = teloxide::utils::html::escape(&body);
        self.outbox
            .send(Some(chat), "sendMessage", || {
                self.bot
                    .send_message(ChatId(chat), body.clone())
                    .parse_mode(ParseMode::Html)
                    .send()
            })
            .await;
        Ok(())
    }

    async fn callback(
        &self,
        event_id: String,
        q: CallbackQuery,
    ) -> Result<(), bot_core::EngineError> {
        // Answer first, so the client stops its spinner whatever follows.
        self.outbox
            .send(None, "answerCallbackQuery", || {
                self.bot.answer_callback_query(q.id.clone()).send()
            })
            .await;
        let Some(pressed) = q.message.as_ref() else {
            return Ok(());
        };
        let chat = pressed.chat().id.0;
        if !pressed.chat().is_private() || q.from.is_bot {
            return Ok(());
        }
        let Some(data) = q.data.clone() else {
            return Ok(());
        };
        let outcome = self
            .engine
            .handle(Incoming {
                platform: "telegram".into(),
                user: q.from.id.0.to_string(),
                chat: chat.to_string(),
                event_id: Some(event_id.clone()),
                language_hint: q.from.language_code.clone(),
                input: Input::Choice(data.clone()),
                staff: false,
            })
            .await?;
        tracing::info!(participant = %outcome.participant, duplicate = outcome.duplicate, "button handled");
        if outcome.throttled || outcome.duplicate {
            // Not applied (again): the buttons stay as they are; at most a
            // word to slow down, or the replies a crash kept from going out.
            self.deliver(chat, &outcome.replies).await;
            self.engine.replied("telegram", &event_id);
            return Ok(());
        }
        let message_id = pressed.id();
        if let [reply] = outcome.replies.as_slice() {
            if reply.edit {
                // A toggle or a ranking pick: the same question redrawn in
                // place (text and buttons; only the buttons if it is long).
                let formatted = format(&self.engine.locales(), reply);
                let keyboard = formatted
                    .keyboard
                    .unwrap_or_else(|| InlineKeyboardMarkup::new(Vec::<Vec<_>>::new()));
                match formatted.chunks.as_slice() {
                    [text] => {
                        self.outbox
                            .send(Some(chat), "editMessageText", || {
                                self.bot
                                    .edit_message_text(ChatId(chat), message_id, text.clone())
                                    .parse_mode(ParseMode::Html)
                                    .reply_markup(keyboard.clone())
                                    .send()
                            })
                            .await
                    }
                    _ => {
                        self.outbox
                            .send(Some(chat), "editMessageReplyMarkup", || {
                                self.bot
                                    .edit_message_reply_markup(ChatId(chat), message_id)
                                    .reply_markup(keyboard.clone())
                                    .send()
                            })
                            .await
                    }
                };
                self.engine.replied("telegram", &event_id);
                return Ok(());
            }
        }
        // The question is answered (or the button was stale): its buttons go,
        // so they cannot be pressed twice; an accepted answer is shown.
        let stale = outcome.stale;
        let original = pressed.regular_message();
        let chosen = original
            .and_then(|m| m.reply_markup())
            .and_then(|kb| {
                kb.inline_keyboard.iter().flatten().find(|b| {
                    matches!(&b.kind, teloxide::types::InlineKeyboardButtonKind::CallbackData(d) if *d == data)
                })
            })
            .map(|b| b.text.clone());
        match (original.and_then(|m| m.text()), chosen, stale) {
            (Some(text), Some(label), false) => {
                let marked = format!(
                    "{}\n\n» {}",
                    teloxide::utils::html::escape(text),
                    teloxide::utils::html::escape(&label)
                );
                self.outbox
                    .send(Some(chat), "editMessageText", || {
                        self.bot
                            .edit_message_text(ChatId(chat), message_id, marked.clone())
                            .parse_mode(ParseMode::Html)
                            .send()
                    })
                    .await;
            }
            _ => {
                self.outbox
                    .send(Some(chat), "editMessageReplyMarkup", || {
                        self.bot
                            .edit_message_reply_markup(ChatId(chat), message_id)
                            .send()
                    })
                    .await;
            }
        }
        // Sent or given up: either way no redelivery will come to retry it.
        self.deliver(chat, &outcome.replies).await;
        self.engine.replied("telegram", &event_id);
        Ok(())
    }

    /// Sends replies in order, long ones in several messages with the
    /// keyboard on the last; `false` if any part could not be sent.
    async fn deliver(&self, chat: i64, replies: &[Reply]) -> bool {
        let mut delivered = true;
        for reply in replies {
            let formatted = format(&self.engine.locales(), reply);
            let last = formatted.chunks.len().saturating_sub(1);
            for (i, chunk) in formatted.chunks.iter().enumerate() {
                let keyboard = if i == last {
                    formatted.keyboard.clone()
                } else {
                    None
                };
                delivered = self
                    .outbox
                    .send(Some(chat), "sendMessage", || {
                        let request = self
                            .bot
                            .send_message(ChatId(chat), chunk.clone())
                            .parse_mode(ParseMode::Html);
                        match keyboard.clone() {
                            Some(kb) => request.reply_markup(kb).send(),
                            None => request.send(),
                        }
                    })
                    .await
                    .is_some()
                    && delivered;
            }
            if let Some(file) = &reply.attachment {
                delivered = self
                    .outbox
                    .send(Some(chat), "sendDocument", || {
                        let document =
                            InputFile::memory(file.data.clone()).file_name(file.name.clone());
                        self.bot.send_document(ChatId(chat), document).send()
                    })
                    .await
                    .is_some()
                    && delivered;
            }
        }
        delivered
    }
}

/// The chat an update belongs to, for ordering.
pub(crate) fn chat_of(u: &Update) -> Option<i64> {
    match &u.kind {
        UpdateKind::Message(m) => Some(m.chat.id.0),
        UpdateKind::CallbackQuery(q) => q.message.as_ref().map(|m| m.chat().id.0),
        _ => None,
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

    #[test]
    fn every_menu_command_has_a_description_and_a_valid_name() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let locales =
            bot_core::Locales::load(&root.join("locales"), "de").unwrap_or_else(|e| panic!("{e}"));
        for c in MENU {
            assert!(locales.has(&format!("command-{c}")), "command-{c} missing");
            assert!(c.len() <= 32 && c.chars().all(|ch| ch.is_ascii_lowercase() || ch == '_'));
            let d = locales.render("de", &Text::new(format!("command-{c}")));
            assert!((3..=256).contains(&d.chars().count()), "{d}");
        }
    }
}
