//! The Telegram adapter: long polling with teloxide, updates translated into
//! engine events, replies sent as HTML with inline keyboards.
//!
//! Updates are applied exactly once: the update id is the engine's
//! de-duplication id, and the polling offset moves past an update only after
//! its step is durable and its replies were handed to Telegram. A step that
//! keeps failing is tried again a few times, then skipped with an apology.

mod format;
mod outbox;
mod polling;
mod webhook;

use std::sync::Arc;
use std::time::Duration;

use bot_core::{Engine, Incoming, Input, Reply, Text};
use serde::Deserialize;
use teloxide::payloads::{
    EditMessageReplyMarkupSetters, EditMessageTextSetters, SendMessageSetters,
    SetMyCommandsSetters, SetWebhookSetters,
};
use teloxide::requests::{Request, Requester};
use teloxide::types::{
    AllowedUpdate, BotCommand, CallbackQuery, ChatId, InlineKeyboardMarkup, InputFile, Message,
    MessageId, ParseMode, Update, UpdateKind,
};
use teloxide::Bot;
use tokio_util::sync::CancellationToken;

pub use format::{format, Formatted, CALLBACK_LIMIT, MESSAGE_LIMIT};
pub use outbox::{classify, Failure, Outbox};
pub use webhook::Shared;

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
    /// A fixed pace for one private chat, messages per second; 0 (the
    /// default): none — Telegram sets no per-chat limit for private chats
    /// beyond the 429s it sends, which hold that chat as long as it says.
    #[serde(default)]
    pub chat_messages_per_second: u32,
    /// Messages one chat may get at once before a fixed pace applies.
    #[serde(default = "default_burst")]
    pub chat_burst: u32,
    /// Messages a minute to one group (Telegram allows about 20).
    #[serde(default = "default_group_per_minute")]
    pub group_messages_per_minute: u32,
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
fn default_burst() -> u32 {
    3
}
fn default_group_per_minute() -> u32 {
    20
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
const MENU: [&str; 13] = [
    "start",
    "help",
    "consultations",
    "idea",
    "myideas",
    "ideas",
    "results",
    "language",
    "privacy",
    "mydata",
    "forget",
    "cancel",
    "back",
];

struct Adapter {
    bot: Bot,
    engine: Arc<Engine>,
    outbox: Outbox,
    /// Makes event ids unique across bots sharing a data directory.
    bot_id: u64,
    username: String,
}

/// Whether `text` is a Telegram user id (digits): how admins name
/// Telegram people in `/admin add`.
pub fn is_user_id(text: &str) -> bool {
    !text.is_empty() && text.len() <= 20 && text.bytes().all(|b| b.is_ascii_digit())
}

/// Runs the adapter until `stop` is cancelled: then it takes no new
/// updates, finishes those in hand (their steps and replies) and returns.
/// An error only when it cannot run at all (no or refused token).
/// With `shared`, the webhook's routes go there (for the operator's
/// listener on the same address) instead of onto a listener of its own.
pub async fn run(
    engine: Arc<Engine>,
    config: Config,
    stop: CancellationToken,
    shared: Option<webhook::Shared>,
) -> Result<(), TelegramError> {
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
        config.group_messages_per_minute,
    );
    let me = loop {
        let asked = tokio::select! {
            r = bot.get_me().send() => r,
            // Stopped before ever connecting: nothing in hand.
            () = stop.cancelled() => return Ok(()),
        };
        match asked {
            Ok(me) => {
                bot_core::metrics::set("platform_up", &[("platform", "telegram")], 1);
                break me;
            }
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
    });
    tracing::info!(bot = %adapter.username, "Telegram adapter connected");
    adapter.engine.set_start_link(
        "telegram",
        format!("https://t.me/{}?start=", adapter.username),
    );
    adapter.register_commands().await;
    // News for Telegram chats that are not replies (idea status changes).
    let sender = adapter.clone();
    adapter
        .engine
        .deliver_notifications("telegram", move |chat, reply| {
            let sender = sender.clone();
            async move {
                match chat.parse::<i64>() {
                    Ok(chat) => sender.deliver(chat, &[reply]).await,
                    Err(_) => {
                        tracing::warn!("a notification has no Telegram chat id");
                        false
                    }
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
        adapter.poll(config.poll_timeout, stop).await;
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
    let hook = webhook::Hook::new(adapter.clone(), secret.clone(), stop.clone());
    // Listening before Telegram is told where to post.
    let listener = match &shared {
        Some(slot) => {
            if webhook::OPERATOR_PATHS.contains(&path.as_str()) {
                return Err(TelegramError::Webhook(format!(
                    "webhook_url's path {path} is taken by the operator's listener on the same address (/metrics, /healthz, /readyz): choose another"
                )));
            }
            let _ = slot.set(hook.router(&path));
            tracing::info!("Telegram webhook on the operator's listener");
            None
        }
        None => Some(webhook::bind(listen).await?),
    };
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
    match listener {
        Some(listener) => hook.serve(listener, &path).await,
        None => {
            stop.cancelled().await;
            hook.drained().await;
            Ok(())
        }
    }
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

    /// Applies one update. A step that keeps failing is skipped with an
    /// apology (see [`Engine::handle_patiently`]), so one poisoned update
    /// cannot hold everyone else.
    async fn update(&self, update: Update) {
        let event_id = format!("{}:{}", self.bot_id, update.id.0);
        bot_core::metrics::count("updates_total", &[("platform", "telegram")], 1);
        match update.kind {
            UpdateKind::Message(msg) => self.message(event_id, msg).await,
            UpdateKind::CallbackQuery(q) => self.callback(event_id, q).await,
            _ => {}
        }
    }

    async fn message(&self, event_id: String, msg: Message) {
        let Some(from) = msg.from.as_ref().filter(|u| !u.is_bot) else {
            return;
        };
        let chat = msg.chat.id.0;
        if !msg.chat.is_private() {
            return self.group(chat, &msg).await;
        }
        let input = match msg.text() {
            Some(t) => Input::Text(t.to_owned()),
            None => Input::Unsupported,
        };
        let Some(outcome) = self
            .engine
            .handle_patiently(Incoming {
                platform: "telegram".into(),
                user: from.id.0.to_string(),
                chat: chat.to_string(),
                event_id: Some(event_id.clone()),
                language_hint: from.language_code.clone(),
                input,
                staff: false,
            })
            .await
        else {
            return self.apologise(chat).await;
        };
        tracing::info!(participant = %outcome.participant, duplicate = outcome.duplicate, "message handled");
        // Sent or given up: either way no redelivery will come to retry it.
        self.deliver(chat, &outcome.replies).await;
        self.engine.replied("telegram", &event_id);
    }

    /// In groups the bot runs no consultation; a command or a mention gets a
    /// pointer to the private chat.
    async fn group(&self, chat: i64, msg: &Message) {
        let text = msg.text().unwrap_or_default();
        let mention = !self.username.is_empty() && text.contains(&format!("@{}", self.username));
        if !(text.starts_with('/') || mention) {
            return;
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
    }

    /// Stops the client's spinner, with a short note (a toast) if given.
    async fn answer_callback(&self, q: &CallbackQuery, note: Option<String>) {
        self.outbox
            .send(None, "answerCallbackQuery", || {
                use teloxide::payloads::AnswerCallbackQuerySetters;
                let answer = self.bot.answer_callback_query(q.id.clone());
                match note.clone() {
                    Some(text) => answer.text(text).send(),
                    None => answer.send(),
                }
            })
            .await;
    }

    async fn callback(&self, event_id: String, q: CallbackQuery) {
        let (Some(pressed), Some(data)) = (q.message.as_ref(), q.data.clone()) else {
            return self.answer_callback(&q, None).await;
        };
        let chat = pressed.chat().id.0;
        if !pressed.chat().is_private() || q.from.is_bot {
            return self.answer_callback(&q, None).await;
        }
        let Some(outcome) = self
            .engine
            .handle_patiently(Incoming {
                platform: "telegram".into(),
                user: q.from.id.0.to_string(),
                chat: chat.to_string(),
                event_id: Some(event_id.clone()),
                language_hint: q.from.language_code.clone(),
                input: Input::Choice(data.clone()),
                staff: false,
            })
            .await
        else {
            self.answer_callback(&q, None).await;
            return self.apologise(chat).await;
        };
        tracing::info!(participant = %outcome.participant, duplicate = outcome.duplicate, "button handled");
        // Not taken ("done" with nothing chosen): a toast, and the question
        // stays as it is, keyboard and all.
        if let Some(reason) = &outcome.refused {
            let locales = self.engine.locales();
            let lang = outcome
                .replies
                .first()
                .map_or(locales.default_language(), |r| r.lang.as_str());
            let note = locales.render(lang, reason);
            self.answer_callback(&q, Some(note)).await;
            self.engine.replied("telegram", &event_id);
            return;
        }
        // The spinner's answer, the pressed message's edit and the replies
        // go out together: one round trip to the next question, not three
        // (the edit changes an older message, so order is kept).
        let spinner = self.answer_callback(&q, None);
        if outcome.throttled || outcome.duplicate {
            // Not applied (again): the buttons stay as they are; at most a
            // word to slow down, or the replies a crash kept from going out.
            tokio::join!(spinner, self.deliver(chat, &outcome.replies));
            self.engine.replied("telegram", &event_id);
            return;
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
                let text = match formatted.chunks.as_slice() {
                    [text] => Some(text.as_str()),
                    _ => None,
                };
                let redraw = self.edit(chat, message_id, text, Some(&keyboard));
                tokio::join!(spinner, redraw);
                self.engine.replied("telegram", &event_id);
                return;
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
        let marked = match (original.and_then(|m| m.text()), chosen, stale) {
            (Some(text), Some(label), false) => Some(format!(
                "{}\n\n» {}",
                teloxide::utils::html::escape(text),
                teloxide::utils::html::escape(&label)
            )),
            _ => None,
        };
        let mark = self.edit(chat, message_id, marked.as_deref(), None);
        // Sent or given up: either way no redelivery will come to retry it.
        tokio::join!(spinner, mark, self.deliver(chat, &outcome.replies));
        self.engine.replied("telegram", &event_id);
    }

    /// Edits a sent message: its text (HTML) and buttons, or with no text
    /// only its buttons; no keyboard takes the buttons away.
    async fn edit(
        &self,
        chat: i64,
        message: MessageId,
        text: Option<&str>,
        keyboard: Option<&InlineKeyboardMarkup>,
    ) {
        match text {
            Some(text) => {
                self.outbox
                    .send(Some(chat), "editMessageText", || {
                        let request = self
                            .bot
                            .edit_message_text(ChatId(chat), message, text)
                            .parse_mode(ParseMode::Html);
                        match keyboard {
                            Some(kb) => request.reply_markup(kb.clone()).send(),
                            None => request.send(),
                        }
                    })
                    .await
            }
            None => {
                self.outbox
                    .send(Some(chat), "editMessageReplyMarkup", || {
                        let request = self.bot.edit_message_reply_markup(ChatId(chat), message);
                        match keyboard {
                            Some(kb) => request.reply_markup(kb.clone()).send(),
                            None => request.send(),
                        }
                    })
                    .await
            }
        };
    }

    /// Tells a private chat that its last message could not be processed.
    async fn apologise(&self, chat: i64) {
        let lang = self.engine.locales().default_language().to_owned();
        self.deliver(
            chat,
            &[Reply::text(&lang, vec![Text::new("error-internal")])],
        )
        .await;
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
