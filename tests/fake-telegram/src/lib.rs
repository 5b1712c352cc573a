//! A fake Telegram Bot API server on loopback that speaks the real HTTP/JSON
//! protocol: long-polled `getUpdates` with offsets, messages with inline
//! keyboards, edits, callback answers, command menus. It records every
//! request and can inject 429s, server errors and dropped connections.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use axum::{Json, Router};
use serde_json::{json, Value};

/// The token the fake accepts.
pub const TOKEN: &str = "4242:test-token";
/// The bot's username.
pub const BOT_USERNAME: &str = "mitreden_test_bot";

/// An injected failure for the next call of a method.
#[derive(Debug, Clone, Copy)]
pub enum Fault {
    /// HTTP 429 with `retry_after` seconds.
    RetryAfter(u64),
    /// HTTP 500.
    ServerError,
    /// The connection breaks after the headers.
    Drop,
}

/// One request as the bot sent it.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// Method name in lowercase (`sendmessage`).
    pub method: String,
    /// The JSON body.
    pub body: Value,
    /// When it arrived.
    pub at: Instant,
    /// Whether a fault was injected instead of an answer.
    pub faulted: bool,
}

#[derive(Default)]
struct Inner {
    updates: Vec<Value>,
    next_update: i64,
    confirmed: i64,
    redeliver: Vec<Value>,
    requests: Vec<Recorded>,
    next_message: i64,
    /// message id → the message as the bot sent or last edited it
    messages: BTreeMap<i64, Value>,
    /// (method, only for this chat, fault), each used once.
    faults: Vec<(String, Option<i64>, Fault)>,
    languages: BTreeMap<i64, String>,
}

struct Shared {
    inner: Mutex<Inner>,
    wake: tokio::sync::Notify,
    /// Chats someone watches: each message sent or edited there goes out.
    watchers: Mutex<std::collections::HashMap<i64, Watcher>>,
}

type Watcher = tokio::sync::mpsc::UnboundedSender<Seen>;

/// A message the bot sent or edited, as a watcher sees it.
#[derive(Debug, Clone)]
pub struct Seen {
    /// `sendmessage`, `editmessagetext` or `editmessagereplymarkup`.
    pub method: String,
    /// The message as it now is (id, text, keyboard).
    pub message: Value,
    /// When the request arrived.
    pub at: Instant,
}

impl Shared {
    fn tell(&self, chat: i64, method: &str, message: &Value, at: Instant) {
        let watchers = self.watchers.lock().unwrap();
        if let Some(w) = watchers.get(&chat) {
            let _ = w.send(Seen {
                method: method.to_owned(),
                message: message.clone(),
                at,
            });
        }
    }
}

/// The running fake. Dropping it stops the server.
pub struct FakeTelegram {
    /// Base URL to configure as `api_url`.
    pub url: String,
    shared: Arc<Shared>,
    _runtime: tokio::runtime::Runtime,
}

/// The callback data of the button under `message` whose label contains
/// `label`.
pub fn button(message: &Value, label: &str) -> Option<String> {
    message["reply_markup"]["inline_keyboard"]
        .as_array()?
        .iter()
        .filter_map(Value::as_array)
        .flatten()
        .find(|b| b["text"].as_str().is_some_and(|t| t.contains(label)))
        .map(|b| b["callback_data"].as_str().unwrap_or_default().to_owned())
}

fn ok(result: Value) -> Response {
    Json(json!({"ok": true, "result": result})).into_response()
}

fn error(status: u16, description: &str, parameters: Option<Value>) -> Response {
    let mut body = json!({"ok": false, "error_code": status, "description": description});
    if let Some(p) = parameters {
        body["parameters"] = p;
    }
    let code = axum::http::StatusCode::from_u16(status)
        .unwrap_or(axum::http::StatusCode::INTERNAL_SERVER_ERROR);
    (code, Json(body)).into_response()
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn bot_user() -> Value {
    json!({"id": 4242, "is_bot": true, "first_name": "mitreden", "username": BOT_USERNAME})
}

fn text_update(id: i64, user: i64, from: Value, text: &str) -> Value {
    json!({"update_id": id, "message": {
        "message_id": id, "date": now(), "chat": private_chat(user), "from": from, "text": text
    }})
}

fn private_chat(id: i64) -> Value {
    json!({"id": id, "type": "private", "first_name": "Citizen"})
}

/// Telegram methods that may carry files arrive as multipart forms: their
/// text fields become a JSON object (values parsed as JSON where they are;
/// a binary file as `{"hex": …}`).
fn parse_form(content_type: &str, body: &[u8]) -> Option<Value> {
    let boundary = format!(
        "--{}",
        content_type.split("boundary=").nth(1)?.trim_matches('"')
    );
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    let mut fields = serde_json::Map::new();
    let mut rest = body;
    while let Some(at) = find(rest, boundary.as_bytes()) {
        let part = &rest[..at];
        rest = &rest[at + boundary.len()..];
        let Some(split) = find(part, b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&part[..split]);
        let value = &part[split + 4..];
        let value = value.strip_suffix(b"\r\n").unwrap_or(value);
        let Some(name) = head
            .split("name=\"")
            .nth(1)
            .and_then(|n| n.split('"').next())
        else {
            continue;
        };
        let parsed = match std::str::from_utf8(value) {
            Ok(text) => {
                serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_owned()))
            }
            Err(_) => json!({"hex": value.iter().map(|b| format!("{b:02x}")).collect::<String>()}),
        };
        fields.insert(name.to_owned(), parsed);
    }
    // Files are sent as `attach://<part>`: put the part in its place.
    let refs: Vec<(String, String)> = fields
        .iter()
        .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.strip_prefix("attach://")?.to_owned())))
        .collect();
    for (field, part) in refs {
        if let Some(content) = fields.remove(&part) {
            fields.insert(field, content);
        }
    }
    Some(Value::Object(fields))
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    Path(path): Path<String>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Response {
    let Some((token, method)) = path.strip_prefix("bot").and_then(|p| p.split_once('/')) else {
        return error(404, "Not Found", None);
    };
    let method = method.to_lowercase();
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let body: Value = if body.is_empty() {
        json!({})
    } else if content_type.starts_with("multipart/form-data") {
        parse_form(content_type, &body).unwrap_or_else(|| json!({}))
    } else {
        serde_json::from_slice(&body)
            .unwrap_or_else(|_| json!({"_unparsed": String::from_utf8_lossy(&body)}))
    };
    if token != TOKEN {
        return error(401, "Unauthorized", None);
    }
    let arrived = Instant::now();
    let fault = {
        let mut inner = shared.inner.lock().unwrap();
        let chat = body["chat_id"].as_i64();
        let fault = inner
            .faults
            .iter()
            .position(|(m, only, _)| *m == method && only.is_none_or(|c| Some(c) == chat))
            .map(|i| inner.faults.remove(i).2);
        inner.requests.push(Recorded {
            method: method.clone(),
            body: body.clone(),
            at: arrived,
            faulted: fault.is_some(),
        });
        fault
    };
    match fault {
        Some(Fault::RetryAfter(s)) => {
            return error(
                429,
                &format!("Too Many Requests: retry after {s}"),
                Some(json!({"retry_after": s})),
            )
        }
        Some(Fault::ServerError) => return error(500, "Internal Server Error", None),
        Some(Fault::Drop) => {
            let stream = futures_util::stream::once(async {
                Err::<Bytes, std::io::Error>(std::io::Error::other(
                    "connection dropped by the fake",
                ))
            });
            return Response::builder()
                .header("content-type", "application/json")
                .body(Body::from_stream(stream))
                .unwrap_or_default();
        }
        None => {}
    }
    match method.as_str() {
        "getme" => ok(json!({
            "id": 4242, "is_bot": true, "first_name": "mitreden", "username": BOT_USERNAME,
            "can_join_groups": true, "can_read_all_group_messages": false,
            "supports_inline_queries": false, "can_connect_to_business": false,
            "has_main_web_app": false
        })),
        "getwebhookinfo" => {
            ok(json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0}))
        }
        "deletewebhook" | "setwebhook" | "setmycommands" | "answercallbackquery" => ok(json!(true)),
        "getupdates" => get_updates(&shared, &body).await,
        "sendmessage" => {
            let mut inner = shared.inner.lock().unwrap();
            inner.next_message += 1;
            let id = inner.next_message;
            let chat = body["chat_id"].as_i64().unwrap_or(0);
            let mut message = json!({
                "message_id": id, "date": now(), "chat": private_chat(chat),
                "from": bot_user(), "text": body["text"].clone(),
            });
            if !body["reply_markup"].is_null() {
                message["reply_markup"] = body["reply_markup"].clone();
            }
            inner.messages.insert(id, message.clone());
            drop(inner);
            shared.tell(chat, &method, &message, arrived);
            ok(message)
        }
        "senddocument" => {
            let mut inner = shared.inner.lock().unwrap();
            inner.next_message += 1;
            let id = inner.next_message;
            let chat = body["chat_id"].as_i64().unwrap_or(0);
            ok(json!({
                "message_id": id, "date": now(), "chat": private_chat(chat), "from": bot_user(),
                "document": {"file_id": format!("doc{id}"), "file_unique_id": format!("udoc{id}"), "file_name": "data.json"}
            }))
        }
        "editmessagetext" | "editmessagereplymarkup" => {
            let mut inner = shared.inner.lock().unwrap();
            let id = body["message_id"].as_i64().unwrap_or(0);
            let Some(message) = inner.messages.get_mut(&id) else {
                return error(400, "Bad Request: message to edit not found", None);
            };
            if let Some(text) = body.get("text") {
                message["text"] = text.clone();
            }
            match body.get("reply_markup") {
                Some(markup) if !markup.is_null() => message["reply_markup"] = markup.clone(),
                _ => {
                    if let Some(m) = message.as_object_mut() {
                        m.remove("reply_markup");
                    }
                }
            }
            let message = message.clone();
            drop(inner);
            let chat = message["chat"]["id"].as_i64().unwrap_or(0);
            shared.tell(chat, &method, &message, arrived);
            ok(message)
        }
        _ => error(404, "Not Found: method not found", None),
    }
}

async fn get_updates(shared: &Arc<Shared>, body: &Value) -> Response {
    let offset = body["offset"].as_i64();
    let timeout = body["timeout"].as_u64().unwrap_or(0).min(5);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);
    loop {
        let notified = shared.wake.notified();
        {
            let mut inner = shared.inner.lock().unwrap();
            if let Some(o) = offset {
                inner.confirmed = inner.confirmed.max(o);
            }
            let from = inner.confirmed;
            let mut result: Vec<Value> = std::mem::take(&mut inner.redeliver);
            // At most `limit` (Telegram: 1–100, default 100) at a time.
            let limit = body["limit"].as_u64().unwrap_or(100).clamp(1, 100) as usize;
            // Updates are kept in id order: start at the first not confirmed.
            let first = inner
                .updates
                .partition_point(|u| u["update_id"].as_i64().unwrap_or(0) < from);
            result.extend(inner.updates[first..].iter().take(limit).cloned());
            if !result.is_empty() {
                return ok(Value::Array(result));
            }
        }
        if tokio::time::timeout_at(deadline, notified).await.is_err() {
            return ok(json!([]));
        }
    }
}

impl FakeTelegram {
    /// Starts the fake on a free loopback port.
    pub fn start() -> FakeTelegram {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner {
                next_update: 1000,
                ..Inner::default()
            }),
            wake: tokio::sync::Notify::new(),
            watchers: Mutex::default(),
        });
        let app = Router::new()
            .route("/{*path}", any(handle))
            .with_state(shared.clone());
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("bind loopback");
        let addr = listener.local_addr().expect("address");
        runtime.spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeTelegram {
            url: format!("http://{addr}/"),
            shared,
            _runtime: runtime,
        }
    }

    fn push(&self, make: impl FnOnce(i64) -> Value) -> Value {
        let update = {
            let mut inner = self.shared.inner.lock().unwrap();
            inner.next_update += 1;
            let update = make(inner.next_update);
            inner.updates.push(update.clone());
            update
        };
        self.shared.wake.notify_waiters();
        update
    }

    fn user(&self, id: i64) -> Value {
        let lang = self
            .shared
            .inner
            .lock()
            .unwrap()
            .languages
            .get(&id)
            .cloned()
            .unwrap_or_else(|| "de".into());
        json!({"id": id, "is_bot": false, "first_name": "Citizen", "language_code": lang})
    }

    /// Sets the `language_code` a user's client reports.
    pub fn set_language(&self, user: i64, lang: &str) {
        self.shared
            .inner
            .lock()
            .unwrap()
            .languages
            .insert(user, lang.into());
    }

    /// A citizen types `text` in their private chat. Returns the update.
    pub fn text(&self, user: i64, text: &str) -> Value {
        let from = self.user(user);
        self.push(|id| text_update(id, user, from, text))
    }

    /// The update for a typed text, not queued: for posting to a webhook.
    pub fn unqueued_text(&self, user: i64, text: &str) -> Value {
        let from = self.user(user);
        let mut inner = self.shared.inner.lock().unwrap();
        inner.next_update += 1;
        text_update(inner.next_update, user, from, text)
    }

    /// A citizen sends a photo.
    pub fn photo(&self, user: i64) -> Value {
        let from = self.user(user);
        self.push(|id| {
            json!({"update_id": id, "message": {
                "message_id": id, "date": now(), "chat": private_chat(user), "from": from,
                "photo": [{"file_id": "f1", "file_unique_id": "u1", "width": 10, "height": 10}]
            }})
        })
    }

    /// Someone writes in a group the bot is in.
    pub fn group_text(&self, group: i64, user: i64, text: &str) -> Value {
        let from = self.user(user);
        self.push(|id| {
            json!({"update_id": id, "message": {
                "message_id": id, "date": now(),
                "chat": {"id": group, "type": "group", "title": "Nachbarschaft"},
                "from": from, "text": text
            }})
        })
    }

    /// A callback with arbitrary data on the last message sent to `user`.
    pub fn callback(&self, user: i64, data: &str) -> Value {
        let from = self.user(user);
        let message = self.last_message(user).unwrap_or_else(
            || json!({"message_id": 1, "date": now(), "chat": private_chat(user), "text": "x"}),
        );
        self.push(|id| {
            json!({"update_id": id, "callback_query": {
                "id": format!("cb{id}"), "from": from, "message": message,
                "chat_instance": "ci", "data": data
            }})
        })
    }

    /// The citizen presses the button whose label contains `label` on the
    /// newest message in their chat that has one.
    /// (A long reply comes in several messages, the buttons under the
    /// last: the button is waited for, up to the usual deadline.)
    pub fn press(&self, user: i64, label: &str) -> Value {
        let find = || {
            let inner = self.shared.inner.lock().unwrap();
            inner
                .messages
                .values()
                .rev()
                .filter(|m| m["chat"]["id"].as_i64() == Some(user))
                .find_map(|m| Some((m.clone(), button(m, label)?)))
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        let (message, data) = loop {
            if let Some(found) = find() {
                break found;
            }
            assert!(
                Instant::now() < deadline,
                "no button '{label}' in the chat of {user}"
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        let from = self.user(user);
        self.push(|id| {
            json!({"update_id": id, "callback_query": {
                "id": format!("cb{id}"), "from": from, "message": message,
                "chat_instance": "ci", "data": data
            }})
        })
    }

    /// Every message the bot sends or edits in `chat` from now on, as it
    /// happens (for load runs, which cannot poll the whole record).
    pub fn watch(&self, chat: i64) -> tokio::sync::mpsc::UnboundedReceiver<Seen> {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        self.shared.watchers.lock().unwrap().insert(chat, tx);
        rx
    }

    /// A press of the button with `data` under `message` (as a watcher saw
    /// it) by `user`.
    pub fn press_on(&self, user: i64, message: &Value, data: &str) -> Value {
        let from = self.user(user);
        self.push(|id| {
            json!({"update_id": id, "callback_query": {
                "id": format!("cb{id}"), "from": from, "message": message,
                "chat_instance": "ci", "data": data
            }})
        })
    }

    /// Whether a request of `method` for `chat` was answered with an
    /// injected fault (a reply held back by a 429, say).
    pub fn held_back(&self, method: &str, chat: i64) -> bool {
        self.requests(method)
            .iter()
            .any(|r| r.faulted && r.body["chat_id"].as_i64() == Some(chat))
    }

    /// How many requests of each method arrived so far.
    pub fn request_counts(&self) -> BTreeMap<String, usize> {
        let mut counts = BTreeMap::new();
        for r in &self.shared.inner.lock().unwrap().requests {
            *counts.entry(r.method.clone()).or_default() += 1;
        }
        counts
    }

    /// Delivers an update again in the next `getUpdates`, whatever the offset.
    pub fn redeliver(&self, update: Value) {
        self.shared.inner.lock().unwrap().redeliver.push(update);
        self.shared.wake.notify_waiters();
    }

    /// Makes the next call of `method` (e.g. `sendMessage`) fail.
    pub fn inject(&self, method: &str, fault: Fault) {
        self.shared
            .inner
            .lock()
            .unwrap()
            .faults
            .push((method.to_lowercase(), None, fault));
    }

    /// Forgets the faults not yet used.
    pub fn clear_faults(&self) {
        self.shared.inner.lock().unwrap().faults.clear();
    }

    /// Makes the next request of `method` to `chat` fail with `fault`.
    pub fn inject_for(&self, method: &str, chat: i64, fault: Fault) {
        self.shared
            .inner
            .lock()
            .unwrap()
            .faults
            .push((method.to_lowercase(), Some(chat), fault));
    }

    /// Every recorded request of `method` (case-insensitive).
    pub fn requests(&self, method: &str) -> Vec<Recorded> {
        let method = method.to_lowercase();
        self.shared
            .inner
            .lock()
            .unwrap()
            .requests
            .iter()
            .filter(|r| r.method == method)
            .cloned()
            .collect()
    }

    /// The newest message the bot sent to `chat`, as last edited.
    pub fn last_message(&self, chat: i64) -> Option<Value> {
        let inner = self.shared.inner.lock().unwrap();
        inner
            .messages
            .values()
            .rev()
            .find(|m| m["chat"]["id"].as_i64() == Some(chat))
            .cloned()
    }

    /// Texts of all messages sent to `chat`, in order.
    pub fn texts(&self, chat: i64) -> Vec<String> {
        self.requests("sendMessage")
            .iter()
            .filter(|r| !r.faulted && r.body["chat_id"].as_i64() == Some(chat))
            .map(|r| r.body["text"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// Waits until the `n`-th message (counting from 1) to `chat` exists and
    /// contains `part`; returns its text.
    pub fn wait_message(&self, chat: i64, n: usize, part: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let texts = self.texts(chat);
            if let Some(t) = texts.get(n - 1) {
                assert!(
                    t.contains(part),
                    "message {n} to {chat} lacks {part:?}:\n{t}\n\nall: {texts:#?}"
                );
                return t.clone();
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for message {n} ({part:?}) to {chat}; got {texts:#?}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until `check` holds for the recorded requests.
    pub fn wait_until(&self, what: &str, check: impl Fn(&FakeTelegram) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while !check(self) {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}
