//! The dialogue engine: one step per incoming event. It reads the
//! participant, computes the new state and the replies, writes both in one
//! atomic step, waits until that step is on disk, and only then hands the
//! replies back.
//!
//! Architecture Invariant: a reply is returned only after its step is durable.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::command::{self, Command, Parsed};
use crate::consultation::{Answer, Consultation, Kind};
use crate::error::StoreError;
use crate::locales::Locales;
use crate::pseudonym::Pseudonyms;
use crate::records::*;
use crate::runtime::Runtime;
use crate::store::{idea_id, Applied, Step, Store, Write};
use crate::text::Text;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};

/// Days an applied event id is remembered for de-duplication.
pub const EVENT_MEMORY_DAYS: i64 = 30;

/// Where the clock comes from: the system, or a test's.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// Settings the engine takes from the configuration.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Language for participants whose platform gives no usable hint.
    pub default_language: String,
    /// Version of the privacy notice; raising it asks everyone again.
    pub notice_version: u32,
    /// Who is responsible for the data (shown in the notice).
    pub privacy_controller: String,
    /// Whom to contact about the data (shown in the notice).
    pub privacy_contact: String,
    /// On erasure, keep a citizen's ideas for the record, stripped of any
    /// link to them, instead of deleting them.
    pub keep_ideas_on_erasure: bool,
    /// Days after a consultation closes until its participants' contact
    /// addresses are deleted.
    pub retention_days: u32,
    /// Admins as (platform, platform user id); they cannot be removed
    /// from chat.
    pub admins: Vec<(String, String)>,
    /// Platforms whose chats may receive `/admin export` files (a
    /// self-hosted, encrypted Matrix, not a third-party cloud, by default).
    pub export_platforms: Vec<String>,
    /// Configured values of runtime settings (see [`crate::runtime::KEYS`];
    /// `language` and `privacy.contact` come from the fields above).
    pub runtime: std::collections::BTreeMap<String, String>,
}

/// How often a failing step is tried before its event is skipped.
pub const STEP_ATTEMPTS: u32 = 3;

/// One event from a platform, already translated by its adapter.
#[derive(Debug, Clone)]
pub struct Incoming {
    /// Platform name (`terminal`, `telegram`, `matrix`): part of the pseudonym.
    pub platform: String,
    /// The platform's user id; only ever hashed.
    pub user: String,
    /// The address of the private chat (chat id, room id), kept in the
    /// contacts tree once the participant consented.
    pub chat: String,
    /// The platform's id for this event, for de-duplication of redeliveries.
    pub event_id: Option<String>,
    /// The platform's language hint (e.g. Telegram's `language_code`).
    pub language_hint: Option<String>,
    /// What the user did.
    pub input: Input,
    /// The platform vouches that the sender is staff (they wrote in the
    /// staff room): they may evaluate ideas, but not change settings.
    pub staff: bool,
}

/// What a user did.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// The chat was opened (terminal start, bot joined a room): greet or resume.
    Open,
    /// Typed text; may be a command, an option's number or label, or an answer.
    Text(String),
    /// A pressed button: the opaque id of a [`Choice`].
    Choice(String),
    /// A command recognised by the platform (e.g. Telegram entities).
    Command(Command, Option<String>),
    /// Something that is not text (sticker, photo, voice).
    Unsupported,
    /// A message that arrived but could not be read (e.g. its encryption
    /// keys did not reach the bot): the citizen should send it again.
    Unreadable,
}

/// The result of one step.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The participant's pseudonym (safe to log).
    pub participant: String,
    /// The event was already applied earlier: nothing was changed.
    pub duplicate: bool,
    /// The event was over the rate limit: nothing was applied (buttons
    /// pressed stay as they were).
    pub throttled: bool,
    /// Messages to send, in order.
    pub replies: Vec<Reply>,
}

/// One message to send.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    /// Language to render in.
    pub lang: String,
    /// Paragraphs.
    pub body: Vec<Text>,
    /// Buttons, in order.
    pub choices: Vec<Choice>,
    /// This re-renders the previous prompt (a multiple-choice toggle):
    /// adapters that can edit the earlier message should.
    pub edit: bool,
    /// A file to send along (the `/mydata` export).
    pub attachment: Option<Attachment>,
}

impl Outcome {
    /// A redelivered event whose replies were sent: nothing to do.
    fn already_applied(participant: String) -> Outcome {
        Outcome {
            participant,
            duplicate: true,
            throttled: false,
            replies: Vec::new(),
        }
    }
}

/// A step's replies as kept with its event until sent: without files
/// (a `/mydata` export is not kept twice; it can be asked for again).
fn unsent(replies: &[Reply]) -> String {
    let kept: Vec<Reply> = replies
        .iter()
        .map(|r| Reply {
            attachment: None,
            ..r.clone()
        })
        .collect();
    // Plain data (strings, numbers, lists): serialising cannot fail.
    serde_json::to_string(&kept).unwrap_or_default()
}

impl Reply {
    /// Text without buttons or file.
    pub fn text(lang: &str, body: Vec<Text>) -> Reply {
        Reply {
            lang: lang.to_owned(),
            body,
            choices: Vec::new(),
            edit: false,
            attachment: None,
        }
    }
}

/// A file sent with a reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attachment {
    /// File name shown to the user.
    pub name: String,
    /// MIME type.
    pub mime: String,
    /// Content.
    pub data: Vec<u8>,
}

/// One button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// Opaque id to send back as [`Input::Choice`]; short enough for
    /// Telegram's 64-byte callback data.
    pub id: String,
    /// What a user may type instead (`1`, `2`, …), for text-only clients.
    pub key: Option<String>,
    /// The label.
    pub label: Text,
    /// Multiple choice: whether the option is currently selected.
    pub selected: bool,
}

/// Why a step failed; nothing was acknowledged.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// The store failed: the step is not stored, the event may be retried.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The engine every adapter talks to. Consultations and texts can be
/// swapped while it runs (`/admin reload`); a step in flight finishes with
/// the set it started with.
pub struct Engine {
    core: std::sync::RwLock<Arc<Core>>,
    loader: Option<Loader>,
}

/// Reads consultations and locales afresh for `/admin reload`; an error
/// names the file and the line.
pub type Loader = Arc<dyn Fn() -> Result<(Vec<Consultation>, Arc<Locales>), String> + Send + Sync>;

/// One consistent set of definitions, plus the state all steps share
/// (which survives a reload).
#[derive(Clone)]
struct Core {
    consultations: Arc<[Consultation]>,
    locales: Arc<Locales>,
    store: Arc<dyn Store>,
    pseudonyms: Pseudonyms,
    settings: Arc<Settings>,
    clock: Clock,
    /// Serialises read–compute–write of steps (microseconds each); waiting
    /// for the disk happens outside it, so flushes are shared.
    steps: Arc<Mutex<()>>,
    /// Opening windows set by admins, overriding the files' (kept in the
    /// store as `window:<id>`).
    windows: Arc<Mutex<HashMap<String, Window>>>,
    /// Per platform, where messages to other chats go (idea status news).
    notifiers: Arc<Mutex<HashMap<String, UnboundedSender<Notification>>>>,
    /// Settings and admins changed from chat.
    runtime: Arc<Runtime>,
    /// Guards read–modify–write of the broadcast queue.
    queue_lock: Arc<Mutex<()>>,
    /// Whether the broadcast worker runs.
    sending: Arc<std::sync::atomic::AtomicBool>,
    /// Recent message counts per participant, for `rate.limit`.
    rates: Arc<Mutex<HashMap<String, (std::time::Instant, u32)>>>,
}
/// When a consultation is open: from `opens` (if set) until `closes` (if set).
pub type Window = (Option<DateTime<Utc>>, Option<DateTime<Utc>>);

/// A message to a chat outside a reply: idea news for a submitter, a
/// broadcast, a broadcast's progress for the admin.
#[derive(Debug)]
pub struct Notification {
    /// The platform's chat address (from the contacts tree).
    pub chat: String,
    /// What to send.
    pub reply: Reply,
    /// Whoever waits to learn whether it was delivered (broadcasts).
    pub receipt: Option<Receipt>,
}

/// The adapter's answer to "was it delivered?"; dropping it counts as no.
#[derive(Debug)]
pub struct Receipt(tokio::sync::oneshot::Sender<bool>);

impl Receipt {
    /// Reports the delivery result.
    pub fn done(self, delivered: bool) {
        let _ = self.0.send(delivered);
    }
}

/// What a step produced besides the new state.
#[derive(Default)]
struct Out {
    texts: Vec<Text>,
    /// Show the current prompt after the texts.
    prompt: bool,
    /// Only the prompt changed in place (multi toggle).
    edit: bool,
    idea: Option<Idea>,
    /// Erase the participant instead of storing them.
    erase: bool,
    attachment: Option<Attachment>,
}

impl Out {
    /// Nothing but the current prompt.
    fn asking() -> Out {
        Out {
            prompt: true,
            ..Out::default()
        }
    }

    fn say(&mut self, t: Text) -> &mut Self {
        self.texts.push(t);
        self
    }
    fn ask(&mut self) {
        self.prompt = true;
    }
}

/// A choice value picked by button or typed text.
enum Pick {
    One(String),
    /// A typed list for a multiple choice question: the whole selection.
    Many(Vec<String>),
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Engine {
    /// Builds an engine. Consultations must have passed `check_texts`.
    pub fn new(
        consultations: Vec<Consultation>,
        locales: Arc<Locales>,
        store: Arc<dyn Store>,
        pseudonyms: Pseudonyms,
        settings: Settings,
        clock: Clock,
    ) -> Engine {
        let mut baseline = settings.runtime.clone();
        baseline.insert("language".into(), settings.default_language.clone());
        baseline.insert("privacy.contact".into(), settings.privacy_contact.clone());
        let core = Core {
            consultations: consultations.into(),
            locales,
            runtime: Arc::new(Runtime::load(&*store, baseline)),
            store,
            pseudonyms,
            settings: Arc::new(settings),
            clock,
            steps: Default::default(),
            notifiers: Default::default(),
            windows: Default::default(),
            rates: Default::default(),
            queue_lock: Default::default(),
            sending: Default::default(),
        };
        core.load_windows();
        Engine {
            core: std::sync::RwLock::new(Arc::new(core)),
            loader: None,
        }
    }

    /// Lets `/admin reload` read the definitions again.
    pub fn with_loader(mut self, loader: Loader) -> Engine {
        self.loader = Some(loader);
        self
    }

    fn core(&self) -> Arc<Core> {
        self.core
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Reads the definitions again and swaps them in; on any error the
    /// running set stays. Returns how many consultations are loaded.
    fn reload(&self) -> Result<usize, String> {
        let loader = self
            .loader
            .as_ref()
            .ok_or_else(|| "this engine has no definition files".to_owned())?;
        let (consultations, locales) = loader()?;
        let mut slot = self
            .core
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let core = Core {
            consultations: consultations.into(),
            locales,
            ..Core::clone(&slot)
        };
        core.load_windows();
        let count = core.consultations.len();
        *slot = Arc::new(core);
        Ok(count)
    }

    /// Applies one event and returns the replies once the step is durable.
    pub async fn handle(&self, ev: Incoming) -> Result<Outcome, EngineError> {
        self.core().handle(ev, self).await
    }

    /// [`Engine::handle`], tried again after a short wait when it fails (a
    /// busy disk); `None` after [`STEP_ATTEMPTS`] failures: the adapter then
    /// skips the event and tells the person, so one poisoned event cannot
    /// hold up everyone else.
    pub async fn handle_patiently(&self, ev: Incoming) -> Option<Outcome> {
        let mut wait = std::time::Duration::from_millis(500);
        for attempt in 1..=STEP_ATTEMPTS {
            match self.handle(ev.clone()).await {
                Ok(outcome) => return Some(outcome),
                Err(e) if attempt < STEP_ATTEMPTS => {
                    tracing::warn!(error = %e, attempt, "step failed; trying again");
                    tokio::time::sleep(wait).await;
                    wait *= 2;
                }
                Err(e) => {
                    tracing::error!(error = %e, "step failed {STEP_ATTEMPTS} times; the event is skipped");
                }
            }
        }
        None
    }

    /// A runtime setting in force (see [`crate::runtime::KEYS`]): changed
    /// from chat, else configured, else built in; empty if none.
    pub fn setting(&self, key: &str) -> String {
        self.core().runtime.get(key)
    }

    /// Where an adapter receives messages for chats on its platform that
    /// are not replies (idea news, broadcasts, broadcast progress).
    pub fn notifications(&self, platform: &str) -> UnboundedReceiver<Notification> {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        lock(&self.core().notifiers).insert(platform.to_owned(), tx);
        rx
    }

    /// The locales replies are rendered with (the newest set).
    pub fn locales(&self) -> Arc<Locales> {
        self.core().locales.clone()
    }

    /// The loaded consultations (the newest set).
    pub fn consultations(&self) -> Arc<[Consultation]> {
        self.core().consultations.clone()
    }

    /// The store (for exports).
    pub fn store(&self) -> Arc<dyn Store> {
        self.core().store.clone()
    }

    /// Goes on with broadcasts a restart interrupted. Call once the
    /// adapters run (their messages wait for them a little).
    pub fn resume_broadcasts(&self) {
        self.core().send_queued();
    }

    /// The adapter sent the replies of this event: a redelivery needs
    /// none again. Until then a redelivery (after a crash) gets them.
    pub fn replied(&self, platform: &str, event_id: &str) {
        let key = format!("{platform}\0{event_id}");
        if let Err(e) = self.core().store.answered(&key) {
            tracing::warn!(error = %e, "cannot note a reply as sent; it may be sent twice");
        }
    }

    /// Deletes expired contact addresses (see [`Core::retention`]).
    pub async fn retention(&self) -> Result<usize, EngineError> {
        self.core().retention().await
    }
}

impl Core {
    /// Loads the windows admins set earlier for the current consultations.
    fn load_windows(&self) {
        let stored: HashMap<String, Window> = self
            .consultations
            .iter()
            .filter_map(|c| {
                let json = self
                    .store
                    .meta(&format!("window:{}", c.id))
                    .ok()
                    .flatten()?;
                Some((c.id.clone(), serde_json::from_str(&json).ok()?))
            })
            .collect();
        *lock(&self.windows) = stored;
    }

    /// The window in force: an admin's, else the file's.
    fn window(&self, c: &Consultation) -> Window {
        lock(&self.windows)
            .get(&c.id)
            .copied()
            .unwrap_or((c.opens, c.closes))
    }

    /// Whether citizens may answer `c` at `now`.
    fn is_open(&self, c: &Consultation, now: DateTime<Utc>) -> bool {
        let (opens, closes) = self.window(c);
        opens.is_none_or(|o| now >= o) && closes.is_none_or(|c| now < c)
    }

    /// The participant's language, or the default for someone unknown
    /// (an admin who never answered).
    fn language_of(&self, participant: &str) -> Result<String, StoreError> {
        Ok(self
            .participant(participant)?
            .0
            .map(|p| p.language)
            .unwrap_or_else(|| self.runtime.get("language")))
    }

    /// A participant's record; one that cannot be read is set aside (kept
    /// for the operator) and the person starts over: `true` says so.
    fn participant(&self, id: &str) -> Result<(Option<Participant>, bool), StoreError> {
        match self.store.participant(id) {
            Err(StoreError::Decode { .. } | StoreError::Damaged { .. }) => {
                self.store.set_aside(id)?;
                Ok((None, true))
            }
            other => Ok((other?, false)),
        }
    }

    /// Whether the platform event was applied before (redelivered).
    fn applied(&self, event_key: &Option<String>) -> Result<Option<Applied>, StoreError> {
        event_key
            .as_deref()
            .map_or(Ok(None), |key| self.store.applied(key))
    }

    /// Counts a message against `rate.limit` (per participant and minute):
    /// `None` if within it, else whether this is the first one over it.
    fn too_fast(&self, participant: &str) -> Option<bool> {
        let limit: u32 = self.runtime.get("rate.limit").parse().unwrap_or(0);
        if limit == 0 {
            return None;
        }
        let now = std::time::Instant::now();
        let minute = std::time::Duration::from_secs(60);
        let mut rates = lock(&self.rates);
        if rates.len() > 10_000 {
            rates.retain(|_, (start, _)| now.duration_since(*start) < minute);
        }
        let (start, count) = rates.entry(participant.to_owned()).or_insert((now, 0));
        if now.duration_since(*start) >= minute {
            (*start, *count) = (now, 0);
        }
        *count += 1;
        (*count > limit).then_some(*count == limit + 1)
    }

    async fn handle(&self, ev: Incoming, engine: &Engine) -> Result<Outcome, EngineError> {
        let participant = self.pseudonyms.of(&ev.platform, &ev.user);
        let event_key = ev
            .event_id
            .as_ref()
            .map(|e| format!("{}\0{}", ev.platform, e));
        let admin_args = match &ev.input {
            Input::Command(Command::Admin, args) => Some(args.clone().unwrap_or_default()),
            Input::Text(t) => match command::parse(t) {
                Some(Parsed::Command(Command::Admin, args)) => Some(args.unwrap_or_default()),
                _ => None,
            },
            _ => None,
        };
        // Flooding (admin commands too: each refusal is an audit line):
        // nothing is stored; one word to slow down.
        if let Some(first) = self.too_fast(&participant) {
            let lang = self.language_of(&participant)?;
            let replies = first
                .then(|| Reply::text(&lang, vec![Text::new("error-too-fast")]))
                .into_iter()
                .collect();
            return Ok(Outcome {
                participant,
                duplicate: false,
                throttled: true,
                replies,
            });
        }
        if let Some(args) = admin_args {
            return self.admin(&ev, participant, event_key, &args, engine).await;
        }
        let (duplicate, replies) = 'step: {
            let _guard = lock(&self.steps);
            if let Some(applied) = self.applied(&event_key)? {
                tracing::debug!(%participant, "duplicate event: not applied again");
                let replies = match applied.unsent {
                    None => Vec::new(),
                    Some(json) => match serde_json::from_str(&json) {
                        Ok(replies) => replies,
                        // Stored without its replies: where the person is now.
                        Err(_) => match self.participant(&participant)?.0 {
                            Some(p) => self.replies(&p, Out::asking()),
                            None => Vec::new(),
                        },
                    },
                };
                break 'step (true, replies);
            }
            let now = (self.clock)();
            let (existing, reset) = self.participant(&participant)?;
            let is_new = existing.is_none();
            let mut p = existing.clone().unwrap_or_else(|| Participant {
                v: RECORD_VERSION,
                id: participant.clone(),
                language: ev
                    .language_hint
                    .as_deref()
                    .and_then(|h| self.locales.match_language(h))
                    .map(str::to_owned)
                    .unwrap_or_else(|| self.runtime.get("language")),
                created_at: now,
                consent: None,
                dialogue: Dialogue::Idle,
                prompt: 0,
                current: None,
                runs: Default::default(),
            });
            let before = p.clone();
            let wrote = ev.input != Input::Open;
            let mut out = Out::default();
            if reset {
                out.say(Text::new("record-reset"));
            }
            self.step(&mut p, is_new, ev.input, now, &mut out);
            if position(&before.dialogue) != position(&p.dialogue) {
                p.prompt = p.prompt.wrapping_add(1);
            }
            let erased = out.erase;
            if erased {
                self.erase(&p, event_key.as_deref(), now)?;
            } else {
                // The address is kept only with consent, and only in the contacts tree.
                let known = self.store.contact(&participant)?;
                let address = (ev.platform.as_str(), ev.chat.as_str());
                let fresh = Contact {
                    v: RECORD_VERSION,
                    platform: ev.platform.clone(),
                    chat: ev.chat.clone(),
                    since: now,
                };
                let contact = match (&known, self.has_consent(&p)) {
                    (Some(c), true) if (c.platform.as_str(), c.chat.as_str()) == address => None,
                    // Only a message the person sent moves their address;
                    // a room merely opened (a Matrix join) does not.
                    (Some(_), true) if !wrote => None,
                    (_, true) => Some(Write::Put(&fresh)),
                    (Some(_), false) => Some(Write::Delete(&participant)),
                    (None, false) => None,
                };
                let ideas: Vec<Write<Idea>> = out.idea.iter().map(Write::Put).collect();
                if p != before || event_key.is_some() || contact.is_some() || !ideas.is_empty() {
                    self.store.commit(Step {
                        participant: Write::Put(&p),
                        contact,
                        event: event_key.as_deref(),
                        awaits_reply: event_key.is_some(),
                        ideas: &ideas,
                        audit: None,
                    })?;
                }
            }
            tracing::debug!(%participant, "step applied");
            // Rendered after the commit: prompts read what the step wrote.
            let replies = self.replies(&p, out);
            if let Some(key) = &event_key {
                // After an erasure nothing may be sealed under a new key.
                let owner = if erased { "" } else { participant.as_str() };
                self.store.unsent(key, owner, &unsent(&replies))?;
            }
            (false, replies)
        };
        // Also when nothing changed (or for a duplicate): the reply may show
        // state from an earlier step that is not yet on disk.
        self.store.durable().wait().await?;
        Ok(Outcome {
            participant,
            duplicate,
            throttled: false,
            replies,
        })
    }

    fn replies(&self, p: &Participant, out: Out) -> Vec<Reply> {
        let prompt = if out.prompt { self.prompt(p) } else { None };
        let (mut body, choices) = prompt.unwrap_or_default();
        if out.edit && !body.is_empty() {
            return vec![Reply {
                lang: p.language.clone(),
                body,
                choices,
                edit: true,
                attachment: None,
            }];
        }
        let mut texts = out.texts;
        texts.append(&mut body);
        if texts.is_empty() {
            // Every input gets an answer, even when its state vanished
            // (e.g. a consultation file was removed).
            texts.push(Text::new("idle-hint"));
        }
        vec![Reply {
            lang: p.language.clone(),
            body: texts,
            choices,
            edit: false,
            attachment: out.attachment,
        }]
    }

    fn consultation(&self, id: &str) -> Option<&Consultation> {
        self.consultations.iter().find(|c| c.id == id)
    }

    /// Whether `c` takes ideas now (admins can pause all with `ideas off`).
    fn accepts_ideas(&self, c: &Consultation) -> bool {
        c.ideas.is_some() && self.runtime.get("ideas") != "off"
    }

    fn open_consultations(&self, now: DateTime<Utc>, for_idea: bool) -> Vec<&Consultation> {
        self.consultations
            .iter()
            .filter(|c| self.is_open(c, now) && (!for_idea || self.accepts_ideas(c)))
            .collect()
    }

    fn step(
        &self,
        p: &mut Participant,
        is_new: bool,
        input: Input,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let input = match input {
            Input::Text(t) => match command::parse(&t) {
                Some(Parsed::Command(c, arg)) => Input::Command(c, arg),
                Some(Parsed::Unknown(name)) => {
                    out.say(Text::new("error-unknown-command").echo("command", &name))
                        .ask();
                    return;
                }
                None if is_new => Input::Open,
                None => Input::Text(t),
            },
            Input::Choice(_) | Input::Unsupported | Input::Unreadable if is_new => Input::Open,
            other => other,
        };
        if is_new {
            let custom = self.runtime.get(&format!("welcome.{}", p.language));
            out.say(if custom.is_empty() {
                Text::new("welcome")
            } else {
                Text::new("welcome-custom").arg("text", custom)
            });
        }
        match input {
            Input::Open if is_new => self.start(p, None, now, out),
            Input::Open => {
                out.say(Text::new("welcome-back"));
                if p.dialogue == Dialogue::Idle {
                    out.say(Text::new("idle-hint"));
                }
                out.ask();
            }
            Input::Command(c, arg) => self.command(p, c, arg, now, out),
            Input::Unsupported => {
                out.say(Text::new("error-unsupported")).ask();
            }
            Input::Unreadable => {
                out.say(Text::new("error-unreadable")).ask();
            }
            Input::Choice(id) => {
                let fresh = id
                    .split_once('.')
                    .filter(|(seq, _)| seq.parse::<u32>().ok() == Some(p.prompt))
                    .map(|(_, value)| value.to_owned());
                match fresh {
                    Some(value)
                        if self
                            .prompt(p)
                            .is_some_and(|(_, cs)| cs.iter().any(|c| c.id == id))
                            || value == "done" =>
                    {
                        self.choose(p, Pick::One(value), now, out)
                    }
                    _ => {
                        tracing::debug!(participant = %p.id, "stale or unknown button");
                        out.say(Text::new("error-stale-button")).ask();
                    }
                }
            }
            Input::Text(t) => match self.match_typed(p, &t) {
                Some(pick) => self.choose(p, pick, now, out),
                None => self.typed(p, t, now, out),
            },
        }
    }

    fn command(
        &self,
        p: &mut Participant,
        c: Command,
        arg: Option<String>,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        match c {
            Command::Start => self.start(p, arg, now, out),
            Command::Help => {
                out.say(Text::new("help")).ask();
            }
            Command::Privacy => {
                out.say(self.notice()).ask();
            }
            Command::MyData => self.my_data(p, out),
            // Admin commands are taken before the dialogue (see `admin`).
            Command::Admin => out.ask(),
            Command::MyIdeas => {
                match self.own_ideas(&p.id) {
                    Ok(mine) if mine.is_empty() => {
                        out.say(Text::new("myideas-none"));
                    }
                    Ok(mine) => mine.iter().for_each(|i| {
                        out.say(idea_line(i));
                    }),
                    Err(e) => {
                        tracing::error!(error = %e, "cannot read ideas for /myideas");
                        out.say(Text::new("error-internal"));
                    }
                }
                out.ask();
            }
            Command::Forget => {
                p.dialogue = Dialogue::ConfirmForget {
                    resume: Box::new(p.dialogue.underneath()),
                };
                out.ask();
            }
            Command::Language => match arg {
                Some(code) => match self.locales.match_language(&code) {
                    Some(code) => {
                        p.language = code.to_owned();
                        out.say(Text::new("language-set")).ask();
                    }
                    None => {
                        out.say(Text::new("error-unknown-language").echo("code", &code));
                        self.choose_language(p, out);
                    }
                },
                None => self.choose_language(p, out),
            },
            Command::Consultations => {
                if self.open_consultations(now, false).is_empty() {
                    out.say(Text::new("no-open-consultations"));
                } else {
                    p.dialogue = Dialogue::Choosing { for_idea: false };
                    out.ask();
                }
            }
            Command::Idea => self.idea(p, None, now, out),
            Command::Ideas => self.browse(p, out),
            Command::Cancel => self.cancel(p, out),
            Command::Back => self.back(p, out),
            Command::Skip => self.skip(p, now, out),
            Command::Restart => {
                let current = match &p.dialogue {
                    Dialogue::Question { consultation, .. } => Some(consultation.clone()),
                    _ => p.current.clone(),
                };
                match current {
                    Some(id) => {
                        p.runs.remove(&id);
                        p.dialogue = Dialogue::Idle;
                        out.say(Text::new("restarted"));
                        self.start(p, Some(id), now, out);
                    }
                    None => {
                        out.say(Text::new("nothing-to-restart")).ask();
                    }
                }
            }
        }
    }

    fn choose_language(&self, p: &mut Participant, out: &mut Out) {
        p.dialogue = Dialogue::Language {
            resume: Box::new(p.dialogue.underneath()),
        };
        out.ask();
    }

    fn notice(&self) -> Text {
        Text::new("privacy-notice")
            .arg("controller", &self.settings.privacy_controller)
            .arg("contact", self.runtime.get("privacy.contact"))
            .num("version", self.settings.notice_version)
            .num("retention", self.settings.retention_days)
    }

    fn has_consent(&self, p: &Participant) -> bool {
        p.consent
            .as_ref()
            .is_some_and(|c| c.given && c.notice_version == self.settings.notice_version)
    }

    /// `/start [id]`: open a consultation, resume the current one, or list.
    fn start(&self, p: &mut Participant, id: Option<String>, now: DateTime<Utc>, out: &mut Out) {
        if let Some(id) = id {
            match self.consultation(&id) {
                Some(c) if self.is_open(c, now) => return self.questions(p, c, now, out),
                Some(c) => {
                    out.say(closed_text(c));
                }
                None => {
                    out.say(Text::new("error-unknown-consultation").echo("id", &id));
                }
            }
            return self.list(p, now, false, out);
        }
        let resumable = p
            .current
            .as_deref()
            .and_then(|id| self.consultation(id))
            .filter(|c| {
                self.is_open(c, now) && p.runs.get(&c.id).is_some_and(|r| r.completed_at.is_none())
            });
        if let Some(c) = resumable {
            return self.questions(p, c, now, out);
        }
        self.list(p, now, false, out)
    }

    fn list(&self, p: &mut Participant, now: DateTime<Utc>, for_idea: bool, out: &mut Out) {
        let open = self.open_consultations(now, for_idea);
        match open.as_slice() {
            [] if !for_idea => {
                p.dialogue = Dialogue::Idle;
                // Closed ones are named, with where their results appear.
                let closed: Vec<&Consultation> = self
                    .consultations
                    .iter()
                    .filter(|c| self.window(c).1.is_some_and(|end| end <= now))
                    .collect();
                if closed.is_empty() {
                    out.say(Text::new("no-open-consultations"));
                }
                for c in closed {
                    out.say(closed_text(c));
                }
            }
            [] => {
                p.dialogue = Dialogue::Idle;
                out.say(Text::new("no-ideas-open"));
            }
            [only] if for_idea => self.idea(p, Some(only.id.clone()), now, out),
            [only] => self.questions(p, only, now, out),
            _ => {
                p.dialogue = Dialogue::Choosing { for_idea };
                out.ask();
            }
        }
    }

    /// Starts or resumes the questions of `c`, asking for consent first.
    fn questions(&self, p: &mut Participant, c: &Consultation, now: DateTime<Utc>, out: &mut Out) {
        if !self.has_consent(p) {
            p.dialogue = Dialogue::Consent {
                then: Next::Questions(c.id.clone()),
            };
            out.ask();
            return;
        }
        p.current = Some(c.id.clone());
        let title = Text::new(c.title_text());
        match p.runs.get(&c.id) {
            Some(run) if run.completed_at.is_some() => {
                out.say(Text::new("already-completed").text("title", title));
                p.dialogue = if self.accepts_ideas(c) {
                    Dialogue::OfferIdea {
                        consultation: c.id.clone(),
                    }
                } else {
                    Dialogue::Idle
                };
                out.ask();
                return;
            }
            Some(_) => {
                out.say(Text::new("resuming").text("title", title));
            }
            None => {
                p.runs.insert(
                    c.id.clone(),
                    Run {
                        started_at: now,
                        completed_at: None,
                        answers: Default::default(),
                        answered_at: Default::default(),
                        history: Vec::new(),
                    },
                );
                out.say(
                    Text::new("consultation-intro")
                        .text("title", title)
                        .text("intro", Text::new(c.intro_text())),
                );
            }
        }
        self.advance(p, c, now, out);
    }

    /// Moves to the first asked, unanswered question, or completes the run.
    fn advance(&self, p: &mut Participant, c: &Consultation, now: DateTime<Utc>, out: &mut Out) {
        let Some(run) = p.runs.get_mut(&c.id) else {
            p.dialogue = Dialogue::Idle;
            return;
        };
        let next = c
            .questions
            .iter()
            .find(|q| c.is_asked(q, &run.answers) && !run.answers.contains_key(&q.id));
        match next {
            Some(q) => {
                let selected = Vec::new();
                p.dialogue = Dialogue::Question {
                    consultation: c.id.clone(),
                    question: q.id.clone(),
                    selected,
                };
            }
            None => {
                if run.completed_at.is_none() {
                    run.completed_at = Some(now);
                }
                out.say(Text::new("completed").text("title", Text::new(c.title_text())));
                p.dialogue = if self.accepts_ideas(c) {
                    Dialogue::OfferIdea {
                        consultation: c.id.clone(),
                    }
                } else {
                    Dialogue::Idle
                };
            }
        }
        out.ask();
    }

    /// Records an answer to the current question and moves on.
    fn answer(
        &self,
        p: &mut Participant,
        c: &Consultation,
        qid: &str,
        answer: Answer,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        if !self.is_open(c, now) {
            p.dialogue = Dialogue::Idle;
            out.say(closed_text(c));
            return;
        }
        let Some(run) = p.runs.get_mut(&c.id) else {
            return self.questions(p, c, now, out);
        };
        run.answers.insert(qid.to_owned(), answer);
        run.answered_at.insert(qid.to_owned(), now);
        run.history.retain(|h| h != qid);
        run.history.push(qid.to_owned());
        // A changed answer can hide later questions: their answers go.
        // Conditions only look back, so one pass in order suffices.
        for q in &c.questions {
            if !c.is_asked(q, &run.answers) {
                run.answers.remove(&q.id);
                run.answered_at.remove(&q.id);
                run.history.retain(|h| *h != q.id);
            }
        }
        self.advance(p, c, now, out);
    }

    fn back(&self, p: &mut Participant, out: &mut Out) {
        match &mut p.dialogue {
            Dialogue::Question {
                consultation,
                question,
                ..
            } => {
                let Some(run) = p.runs.get(consultation.as_str()) else {
                    out.say(Text::new("error-no-back")).ask();
                    return;
                };
                let target = match run.history.iter().position(|h| h == question) {
                    Some(i) => i.checked_sub(1).map(|j| run.history[j].clone()),
                    None => run.history.last().cloned(),
                };
                match target {
                    Some(t) => {
                        let selected = match run.answers.get(&t) {
                            Some(Answer::Choices(cs)) => cs.clone(),
                            _ => Vec::new(),
                        };
                        p.dialogue = Dialogue::Question {
                            consultation: consultation.clone(),
                            question: t,
                            selected,
                        };
                    }
                    None => {
                        out.say(Text::new("error-no-back"));
                    }
                }
            }
            Dialogue::Idea { step, draft, .. } => {
                let previous = match step {
                    IdeaStep::Title => None,
                    IdeaStep::Description => Some(IdeaStep::Title),
                    IdeaStep::Field => Some(IdeaStep::Description),
                    IdeaStep::Confirm => Some(IdeaStep::Field),
                };
                match previous {
                    Some(s) => {
                        *step = s;
                        draft.editing = false;
                    }
                    None => {
                        out.say(Text::new("error-no-back"));
                    }
                }
            }
            _ => {
                out.say(Text::new("error-no-back"));
            }
        }
        out.ask();
    }

    fn skip(&self, p: &mut Participant, now: DateTime<Utc>, out: &mut Out) {
        if let Some((c, qid)) = self.current_question(p) {
            if c.questions.iter().any(|q| q.id == qid && q.optional) {
                return self.answer(p, c, &qid, Answer::Skipped, now, out);
            }
        }
        out.say(Text::new("error-cannot-skip")).ask();
    }

    fn cancel(&self, p: &mut Participant, out: &mut Out) {
        let (text, next) = match std::mem::take(&mut p.dialogue) {
            Dialogue::Idle => ("nothing-to-cancel", Dialogue::Idle),
            Dialogue::Question { .. } | Dialogue::OfferIdea { .. } => ("paused", Dialogue::Idle),
            Dialogue::Idea { .. } => ("idea-discarded", Dialogue::Idle),
            Dialogue::Language { resume } => ("cancelled", *resume),
            Dialogue::ConfirmForget { resume } => ("forget-kept", *resume),
            Dialogue::Browse { resume, .. } => ("browse-closed", *resume),
            Dialogue::Consent { .. } | Dialogue::Choosing { .. } => ("cancelled", Dialogue::Idle),
        };
        p.dialogue = next;
        out.say(Text::new(text)).ask();
    }

    /// `/idea`: for the given consultation, the current one, or a pick.
    fn idea(&self, p: &mut Participant, id: Option<String>, now: DateTime<Utc>, out: &mut Out) {
        let target = id
            .or_else(|| p.current.clone())
            .and_then(|id| self.consultation(&id))
            .filter(|c| self.is_open(c, now) && self.accepts_ideas(c));
        let Some(c) = target else {
            if self.runtime.get("ideas") == "off" {
                p.dialogue = Dialogue::Idle;
                out.say(Text::new("ideas-paused"));
                return;
            }
            return self.list(p, now, true, out);
        };
        let max: usize = self.runtime.get("ideas.max").parse().unwrap_or(0);
        if max > 0 {
            match self.own_ideas(&p.id) {
                Ok(mine) if mine.iter().filter(|i| i.consultation == c.id).count() >= max => {
                    p.dialogue = Dialogue::Idle;
                    out.say(Text::new("ideas-limit").num("max", max as f64));
                    return;
                }
                Ok(_) => {}
                Err(e) => {
                    tracing::error!(error = %e, "cannot count own ideas");
                    out.say(Text::new("error-internal")).ask();
                    return;
                }
            }
        }
        if !self.has_consent(p) {
            p.dialogue = Dialogue::Consent {
                then: Next::Idea(c.id.clone()),
            };
            out.ask();
            return;
        }
        p.current = Some(c.id.clone());
        p.dialogue = Dialogue::Idea {
            consultation: c.id.clone(),
            draft: IdeaDraft::default(),
            step: IdeaStep::Title,
        };
        out.ask();
    }

    fn current_question(&self, p: &Participant) -> Option<(&Consultation, String)> {
        match &p.dialogue {
            Dialogue::Question {
                consultation,
                question,
                ..
            } => self
                .consultation(consultation)
                .map(|c| (c, question.clone())),
            _ => None,
        }
    }

    /// A button press or a typed option.
    fn choose(&self, p: &mut Participant, pick: Pick, now: DateTime<Utc>, out: &mut Out) {
        let value = match pick {
            Pick::One(v) => v,
            Pick::Many(values) => {
                if let Some((c, qid)) = self.current_question(p) {
                    return self.submit_multi(p, c, &qid, values, now, out);
                }
                out.say(Text::new("error-use-choices")).ask();
                return;
            }
        };
        match value.as_str() {
            "cancel" => return self.cancel(p, out),
            "back" => return self.back(p, out),
            "skip" => return self.skip(p, now, out),
            _ => {}
        }
        let option = value.strip_prefix("o:");
        match p.dialogue.clone() {
            Dialogue::Consent { then } => {
                let given = option == Some("yes");
                p.consent = Some(Consent {
                    given,
                    notice_version: self.settings.notice_version,
                    at: now,
                });
                p.dialogue = Dialogue::Idle;
                if !given {
                    out.say(Text::new("consent-refused"));
                    return;
                }
                out.say(Text::new("consent-thanks"));
                match then {
                    Next::Questions(id) => self.start(p, Some(id), now, out),
                    Next::Idea(id) => self.idea(p, Some(id), now, out),
                    Next::Support => self.browse(p, out),
                }
            }
            Dialogue::Choosing { for_idea } => {
                let id = value.strip_prefix("c:").unwrap_or_default().to_owned();
                if for_idea {
                    self.idea(p, Some(id), now, out)
                } else {
                    self.start(p, Some(id), now, out)
                }
            }
            Dialogue::Browse { .. } => self.browse_choose(p, &value, out),
            Dialogue::ConfirmForget { .. } => {
                if value == "forget-yes" {
                    p.dialogue = Dialogue::Idle;
                    out.erase = true;
                    out.say(Text::new("forget-done"));
                } else {
                    out.say(Text::new("error-stale-button")).ask();
                }
            }
            Dialogue::Language { resume } => {
                if let Some(code) = value
                    .strip_prefix("l:")
                    .and_then(|c| self.locales.match_language(c))
                {
                    p.language = code.to_owned();
                }
                p.dialogue = *resume;
                out.say(Text::new("language-set")).ask();
            }
            Dialogue::OfferIdea { consultation } => {
                if option == Some("yes") {
                    self.idea(p, Some(consultation), now, out)
                } else {
                    p.dialogue = Dialogue::Idle;
                    out.say(Text::new("goodbye"));
                }
            }
            Dialogue::Question { selected, .. } => {
                let Some((c, qid)) = self.current_question(p) else {
                    p.dialogue = Dialogue::Idle;
                    return;
                };
                let Some(q) = c.questions.iter().find(|q| q.id == qid) else {
                    p.dialogue = Dialogue::Idle;
                    return;
                };
                match (&q.kind, option, value.as_str()) {
                    (Kind::Multi { .. }, _, "done") => {
                        self.submit_multi(p, c, &qid, selected, now, out)
                    }
                    (Kind::Multi { options, max, .. }, Some(o), _)
                        if options.iter().any(|x| x == o) =>
                    {
                        let mut selected = selected;
                        if let Some(i) = selected.iter().position(|s| s == o) {
                            selected.remove(i);
                        } else if selected.len() >= *max {
                            out.say(Text::new("error-too-many").num("max", *max as f64))
                                .ask();
                            return;
                        } else {
                            selected.push(o.to_owned());
                        }
                        if let Dialogue::Question { selected: s, .. } = &mut p.dialogue {
                            *s = selected;
                        }
                        out.edit = true;
                        out.ask();
                    }
                    (Kind::Single { options }, Some(o), _) if options.iter().any(|x| x == o) => {
                        self.answer(p, c, &qid, Answer::Choice(o.to_owned()), now, out)
                    }
                    (Kind::YesNo, Some(o @ ("yes" | "no")), _) => {
                        self.answer(p, c, &qid, Answer::Choice(o.to_owned()), now, out)
                    }
                    (Kind::Scale { min, max }, Some(o), _) => {
                        match o.strip_prefix('=').unwrap_or("").parse::<i64>() {
                            Ok(v) if (*min..=*max).contains(&v) => {
                                self.answer(p, c, &qid, Answer::Number(v as f64), now, out)
                            }
                            _ => {
                                out.say(Text::new("error-stale-button")).ask();
                            }
                        }
                    }
                    _ => {
                        out.say(Text::new("error-stale-button")).ask();
                    }
                }
            }
            Dialogue::Idea {
                consultation,
                mut draft,
                step,
            } => {
                let Some(c) = self.consultation(&consultation) else {
                    p.dialogue = Dialogue::Idle;
                    return;
                };
                let Some(settings) = &c.ideas else {
                    p.dialogue = Dialogue::Idle;
                    return;
                };
                let next = match (step, value.as_str(), option) {
                    (IdeaStep::Field, _, Some(f)) if settings.fields.iter().any(|x| x == f) => {
                        draft.field = f.to_owned();
                        IdeaStep::Confirm
                    }
                    (IdeaStep::Confirm, "edit-title", _) => IdeaStep::Title,
                    (IdeaStep::Confirm, "edit-description", _) => IdeaStep::Description,
                    (IdeaStep::Confirm, "edit-field", _) => IdeaStep::Field,
                    (IdeaStep::Confirm, "send", _) => {
                        return self.submit_idea(p, c, draft, now, out);
                    }
                    _ => {
                        out.say(Text::new("error-stale-button")).ask();
                        return;
                    }
                };
                draft.editing = next != IdeaStep::Confirm;
                p.dialogue = Dialogue::Idea {
                    consultation,
                    draft,
                    step: next,
                };
                out.ask();
            }
            Dialogue::Idle => {
                out.say(Text::new("error-stale-button")).ask();
            }
        }
    }

    fn submit_multi(
        &self,
        p: &mut Participant,
        c: &Consultation,
        qid: &str,
        values: Vec<String>,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let Some(Kind::Multi { options, min, max }) =
            c.questions.iter().find(|q| q.id == qid).map(|q| &q.kind)
        else {
            out.say(Text::new("error-use-choices")).ask();
            return;
        };
        let chosen: Vec<String> = options
            .iter()
            .filter(|o| values.contains(o))
            .cloned()
            .collect();
        if chosen.len() < *min {
            out.say(Text::new("error-too-few").num("min", *min as f64))
                .ask();
        } else if chosen.len() > *max {
            out.say(Text::new("error-too-many").num("max", *max as f64))
                .ask();
        } else {
            self.answer(p, c, qid, Answer::Choices(chosen), now, out)
        }
    }

    fn submit_idea(
        &self,
        p: &mut Participant,
        c: &Consultation,
        draft: IdeaDraft,
        now: DateTime<Utc>,
        out: &mut Out,
    ) {
        let number = match self.store.next_idea_number() {
            Ok(n) => n,
            Err(e) => {
                tracing::error!(error = %e, "cannot number an idea");
                out.say(Text::new("error-internal")).ask();
                return;
            }
        };
        let idea = Idea {
            v: RECORD_VERSION,
            id: idea_id(number),
            consultation: c.id.clone(),
            author: p.id.clone(),
            title: draft.title,
            description: draft.description,
            field: draft.field,
            status: IdeaStatus::Submitted,
            submitted_at: now,
            language: p.language.clone(),
            published: false,
            supporters: Vec::new(),
        };
        out.say(Text::new("idea-submitted").arg("id", &idea.id));
        out.idea = Some(idea);
        p.dialogue = Dialogue::Idle;
    }

    /// Typed text that is not an option: an answer to a text or number
    /// question, a part of an idea, or a mistake.
    fn typed(&self, p: &mut Participant, text: String, now: DateTime<Utc>, out: &mut Out) {
        let text = crate::text::clean(&text);
        match p.dialogue.clone() {
            Dialogue::Question { .. } => {
                let Some((c, qid)) = self.current_question(p) else {
                    p.dialogue = Dialogue::Idle;
                    return;
                };
                let Some(q) = c.questions.iter().find(|q| q.id == qid) else {
                    p.dialogue = Dialogue::Idle;
                    return;
                };
                match &q.kind {
                    Kind::Text { max_length } => match check_length(&text, *max_length) {
                        Ok(()) => self.answer(p, c, &qid, Answer::Text(text), now, out),
                        Err(t) => {
                            out.say(t).ask();
                        }
                    },
                    Kind::Number { min, max, integer } => {
                        match parse_number(&text, *min, *max, *integer) {
                            Ok(n) => self.answer(p, c, &qid, Answer::Number(n), now, out),
                            Err(t) => {
                                out.say(t).ask();
                            }
                        }
                    }
                    Kind::Scale { min, max } => {
                        out.say(
                            Text::new("error-scale")
                                .num("min", *min as f64)
                                .num("max", *max as f64),
                        )
                        .ask();
                    }
                    _ => {
                        out.say(Text::new("error-use-choices")).ask();
                    }
                }
            }
            Dialogue::Idea {
                consultation,
                mut draft,
                step,
            } => {
                let Some(settings) = self
                    .consultation(&consultation)
                    .and_then(|c| c.ideas.as_ref())
                else {
                    p.dialogue = Dialogue::Idle;
                    return;
                };
                let (limit, slot, next) = match step {
                    IdeaStep::Title => {
                        (settings.title_max, &mut draft.title, IdeaStep::Description)
                    }
                    IdeaStep::Description => (
                        settings.description_max,
                        &mut draft.description,
                        IdeaStep::Field,
                    ),
                    IdeaStep::Field | IdeaStep::Confirm => {
                        out.say(Text::new("error-use-choices")).ask();
                        return;
                    }
                };
                let text = match step {
                    IdeaStep::Title => crate::text::one_line(&text),
                    _ => text,
                };
                if let Err(t) = check_length(&text, limit) {
                    out.say(t).ask();
                    return;
                }
                *slot = text;
                let step = if draft.editing {
                    IdeaStep::Confirm
                } else {
                    next
                };
                draft.editing = false;
                p.dialogue = Dialogue::Idea {
                    consultation,
                    draft,
                    step,
                };
                out.ask();
            }
            Dialogue::Idle => {
                out.say(Text::new("idle-hint"));
            }
            _ => {
                out.say(Text::new("error-use-choices")).ask();
            }
        }
    }

    /// Maps typed text to a choice of the current prompt: its key (`2`),
    /// its label (case and accents ignored), or for multiple choice a list
    /// of keys (`1, 3`).
    fn match_typed(&self, p: &Participant, text: &str) -> Option<Pick> {
        let (_, choices) = self.prompt(p)?;
        let value = |c: &Choice| {
            c.id.split_once('.')
                .map(|(_, v)| v.to_owned())
                .unwrap_or_default()
        };
        let wanted = fold(text);
        if wanted.is_empty() {
            return None;
        }
        let is_multi = matches!(self.current_question(p), Some((c, qid)) if c.questions.iter().any(|q| q.id == qid && matches!(q.kind, Kind::Multi { .. })));
        let by_key = |k: &str| choices.iter().find(|c| c.key.as_deref() == Some(k));
        let by_label = |t: &str| {
            choices
                .iter()
                .find(|c| fold(&self.locales.render(&p.language, &c.label)) == t)
        };
        if let Some(c) = by_key(&wanted).or_else(|| by_label(&wanted)) {
            let v = value(c);
            return Some(match v.strip_prefix("o:") {
                Some(o) if is_multi => Pick::Many(vec![o.to_owned()]),
                _ => Pick::One(v),
            });
        }
        if is_multi {
            let parts: Vec<&str> = wanted
                .split([',', ';', ' '])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            let picked: Option<Vec<String>> = parts
                .iter()
                .map(|k| {
                    by_key(k)
                        .map(value)
                        .and_then(|v| v.strip_prefix("o:").map(str::to_owned))
                })
                .collect();
            if let Some(values) = picked.filter(|v| !v.is_empty()) {
                return Some(Pick::Many(values));
            }
        }
        None
    }

    /// The current question or request, with its buttons.
    fn prompt(&self, p: &Participant) -> Option<(Vec<Text>, Vec<Choice>)> {
        let seq = p.prompt;
        let mut choices = Vec::new();
        // Keyed choices are numbered 1, 2, … in order, unless given a key.
        let mut push = |value: String, label: Text, keyed: bool, selected: bool| {
            let key = keyed.then(|| {
                (choices.iter().filter(|c: &&Choice| c.key.is_some()).count() + 1).to_string()
            });
            let key = match value.strip_prefix("o:").and_then(|v| v.strip_prefix('=')) {
                Some(v) => Some(v.to_owned()),
                None => key,
            };
            choices.push(Choice {
                id: format!("{seq}.{value}"),
                key,
                label,
                selected,
            });
        };
        let body = match &p.dialogue {
            Dialogue::Idle => return None,
            Dialogue::Consent { .. } => {
                push("o:yes".into(), Text::new("choice-consent-yes"), true, false);
                push("o:no".into(), Text::new("choice-consent-no"), true, false);
                vec![self.notice(), Text::new("consent-question")]
            }
            Dialogue::Choosing { for_idea } => {
                let now = (self.clock)();
                for c in self.open_consultations(now, *for_idea) {
                    push(
                        format!("c:{}", c.id),
                        Text::new(c.title_text()),
                        true,
                        false,
                    );
                }
                push("cancel".into(), Text::new("choice-cancel"), true, false);
                vec![Text::new(if *for_idea {
                    "choose-consultation-idea"
                } else {
                    "choose-consultation"
                })]
            }
            Dialogue::Language { .. } => {
                for code in self.locales.languages() {
                    let name = self.locales.render(code, &Text::new("language-name"));
                    push(
                        format!("l:{code}"),
                        Text::new("language-choice").arg("name", name),
                        true,
                        false,
                    );
                }
                push("cancel".into(), Text::new("choice-cancel"), true, false);
                vec![Text::new("choose-language")]
            }
            Dialogue::Browse { page, .. } => {
                let (body, buttons) = self.browse_prompt(p, *page);
                for (value, label) in buttons {
                    push(value, label, true, false);
                }
                body
            }
            Dialogue::ConfirmForget { .. } => {
                push(
                    "forget-yes".into(),
                    Text::new("choice-forget-yes"),
                    true,
                    false,
                );
                push("cancel".into(), Text::new("choice-forget-no"), true, false);
                vec![Text::new("forget-question")]
            }
            Dialogue::OfferIdea { .. } => {
                push("o:yes".into(), Text::new("choice-yes"), true, false);
                push("o:no".into(), Text::new("choice-no"), true, false);
                vec![Text::new("offer-idea")]
            }
            Dialogue::Question {
                consultation,
                question,
                selected,
            } => {
                let c = self.consultation(consultation)?;
                let q = c.questions.iter().find(|q| &q.id == question)?;
                let run = p.runs.get(consultation)?;
                let (position, total) = progress(c, run, &q.id);
                let mut body = vec![
                    Text::new("progress")
                        .num("position", position as f64)
                        .num("total", total as f64),
                    Text::new(c.question_text(&q.id)),
                ];
                let previous = run.answers.get(&q.id);
                match &q.kind {
                    Kind::Single { options } => {
                        for o in options {
                            push(
                                format!("o:{o}"),
                                Text::new(c.option_text(&q.id, o)),
                                true,
                                false,
                            );
                        }
                    }
                    Kind::Multi { options, min, max } => {
                        body.push(
                            Text::new("hint-multi")
                                .num("min", *min as f64)
                                .num("max", *max as f64),
                        );
                        for o in options {
                            push(
                                format!("o:{o}"),
                                Text::new(c.option_text(&q.id, o)),
                                true,
                                selected.contains(o),
                            );
                        }
                        push("done".into(), Text::new("choice-done"), true, false);
                    }
                    Kind::YesNo => {
                        push("o:yes".into(), Text::new("choice-yes"), true, false);
                        push("o:no".into(), Text::new("choice-no"), true, false);
                    }
                    Kind::Scale { min, max } => {
                        body.push(
                            Text::new("hint-scale")
                                .num("min", *min as f64)
                                .num("max", *max as f64)
                                .text("minLabel", Text::new(c.scale_label_text(&q.id, "min")))
                                .text("maxLabel", Text::new(c.scale_label_text(&q.id, "max"))),
                        );
                        for v in *min..=*max {
                            push(
                                format!("o:={v}"),
                                Text::new("scale-value").num("value", v as f64),
                                false,
                                false,
                            );
                        }
                    }
                    Kind::Text { max_length } => {
                        body.push(Text::new("hint-text").num("max", *max_length as f64))
                    }
                    Kind::Number { min, max, integer } => {
                        body.push(number_hint(*min, *max, *integer))
                    }
                }
                if q.optional {
                    body.push(Text::new("hint-optional"));
                }
                if let Some(a) = previous.filter(|_| !matches!(q.kind, Kind::Multi { .. })) {
                    body.push(
                        Text::new("previous-answer")
                            .text("answer", self.answer_text(&p.language, c, &q.id, a)),
                    );
                }
                let keyed = matches!(
                    q.kind,
                    Kind::Single { .. } | Kind::Multi { .. } | Kind::YesNo
                );
                if q.optional {
                    push("skip".into(), Text::new("choice-skip"), keyed, false);
                }
                if run.history.first().is_some_and(|h| h != &q.id) {
                    push("back".into(), Text::new("choice-back"), keyed, false);
                }
                body
            }
            Dialogue::Idea {
                consultation,
                draft,
                step,
            } => {
                let c = self.consultation(consultation)?;
                let settings = c.ideas.as_ref()?;
                match step {
                    IdeaStep::Title => {
                        push("cancel".into(), Text::new("choice-cancel"), false, false);
                        vec![Text::new("idea-ask-title").num("max", settings.title_max as f64)]
                    }
                    IdeaStep::Description => {
                        push("back".into(), Text::new("choice-back"), false, false);
                        push("cancel".into(), Text::new("choice-cancel"), false, false);
                        vec![Text::new("idea-ask-description")
                            .num("max", settings.description_max as f64)]
                    }
                    IdeaStep::Field => {
                        for f in &settings.fields {
                            push(format!("o:{f}"), Text::new(c.field_text(f)), true, false);
                        }
                        push("back".into(), Text::new("choice-back"), true, false);
                        push("cancel".into(), Text::new("choice-cancel"), true, false);
                        vec![Text::new("idea-ask-field")]
                    }
                    IdeaStep::Confirm => {
                        push("send".into(), Text::new("choice-send"), true, false);
                        push(
                            "edit-title".into(),
                            Text::new("choice-edit-title"),
                            true,
                            false,
                        );
                        push(
                            "edit-description".into(),
                            Text::new("choice-edit-description"),
                            true,
                            false,
                        );
                        push(
                            "edit-field".into(),
                            Text::new("choice-edit-field"),
                            true,
                            false,
                        );
                        push("cancel".into(), Text::new("choice-cancel"), true, false);
                        vec![Text::new("idea-confirm")
                            .arg("title", &draft.title)
                            .arg("description", &draft.description)
                            .text("field", Text::new(c.field_text(&draft.field)))]
                    }
                }
            }
        };
        Some((body, choices))
    }

    fn answer_text(&self, lang: &str, c: &Consultation, qid: &str, a: &Answer) -> Text {
        match a {
            Answer::Choice(o) if o == "yes" || o == "no" => Text::new(format!("choice-{o}")),
            Answer::Choice(o) => Text::new(c.option_text(qid, o)),
            Answer::Choices(os) => {
                let labels: Vec<String> = os
                    .iter()
                    .map(|o| self.locales.render(lang, &Text::new(c.option_text(qid, o))))
                    .collect();
                Text::new("answer-value").arg("value", labels.join(", "))
            }
            Answer::Number(n) => Text::new("answer-value").arg("value", format_number(*n)),
            Answer::Text(t) => Text::new("answer-value").arg("value", t.clone()),
            Answer::Skipped => Text::new("answer-skipped"),
        }
    }

    /// One idea by its id.
    fn idea_by_id(&self, id: &str) -> Result<Option<Idea>, StoreError> {
        Ok(self.store.ideas()?.into_iter().find(|i| i.id == id))
    }

    /// An idea's field of action, by name; its id if the consultation is gone.
    fn field_label(&self, i: &Idea) -> Text {
        match self.consultation(&i.consultation) {
            Some(c) => Text::new(c.field_text(&i.field)),
            None => Text::new("answer-value").arg("value", &i.field),
        }
    }

    /// The ideas a participant submitted, in id order.
    fn own_ideas(&self, id: &str) -> Result<Vec<Idea>, StoreError> {
        Ok(self
            .store
            .ideas()?
            .into_iter()
            .filter(|i| i.author == id)
            .collect())
    }
}

/// A closed consultation, politely, with where its results will appear.
fn closed_text(c: &Consultation) -> Text {
    Text::new("consultation-closed")
        .text("title", Text::new(c.title_text()))
        .arg("results", c.results.as_deref().unwrap_or("none"))
}

/// One line about an idea for its submitter: id, title, status.
fn idea_line(i: &Idea) -> Text {
    Text::new("mydata-idea")
        .arg("id", &i.id)
        .arg("title", &i.title)
        .text("status", Text::new(status_text(i.status)))
}

/// Message id of an idea status.
pub fn status_text(status: IdeaStatus) -> &'static str {
    match status {
        IdeaStatus::Submitted => "idea-status-submitted",
        IdeaStatus::Review => "idea-status-review",
        IdeaStatus::Accepted => "idea-status-accepted",
        IdeaStatus::Rejected => "idea-status-rejected",
        IdeaStatus::Implemented => "idea-status-implemented",
    }
}

/// Dialogue without transient parts: when it changes, old buttons go stale.
fn position(d: &Dialogue) -> Dialogue {
    match d {
        Dialogue::Question {
            consultation,
            question,
            ..
        } => Dialogue::Question {
            consultation: consultation.clone(),
            question: question.clone(),
            selected: Vec::new(),
        },
        other => other.clone(),
    }
}

/// "Question `position` of `total`": conditional questions not yet decided
/// count as asked.
fn progress(c: &Consultation, run: &Run, current: &str) -> (usize, usize) {
    let mut position = 0;
    let mut total = 0;
    let mut passed = false;
    for q in &c.questions {
        let undecided = q
            .condition
            .as_ref()
            .is_some_and(|cond| !run.answers.contains_key(&cond.question));
        if c.is_asked(q, &run.answers) || undecided {
            total += 1;
            if !passed {
                position += 1;
            }
        }
        if q.id == current {
            passed = true;
        }
    }
    (position, total)
}

fn check_length(text: &str, max: usize) -> Result<(), Text> {
    let len = text.chars().count();
    if len == 0 {
        Err(Text::new("error-empty"))
    } else if len > max {
        Err(Text::new("error-too-long")
            .num("max", max as f64)
            .num("length", len as f64))
    } else {
        Ok(())
    }
}

fn number_hint(min: Option<f64>, max: Option<f64>, integer: bool) -> Text {
    let kind = Text::new(if integer {
        "number-whole"
    } else {
        "number-any"
    });
    let t = Text::new("hint-number").text("kind", kind);
    match (min, max) {
        (Some(a), Some(b)) => t
            .arg("range", "both")
            .arg("min", format_number(a))
            .arg("max", format_number(b)),
        (Some(a), None) => t
            .arg("range", "min")
            .arg("min", format_number(a))
            .arg("max", ""),
        (None, Some(b)) => t
            .arg("range", "max")
            .arg("min", "")
            .arg("max", format_number(b)),
        (None, None) => t.arg("range", "none").arg("min", "").arg("max", ""),
    }
}

fn parse_number(
    text: &str,
    min: Option<f64>,
    max: Option<f64>,
    integer: bool,
) -> Result<f64, Text> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .replace(',', ".");
    let n: f64 = cleaned
        .parse()
        .ok()
        .filter(|n: &f64| n.is_finite() && cleaned.len() <= 30)
        .ok_or_else(|| {
            Text::new("error-not-a-number").text("hint", number_hint(min, max, integer))
        })?;
    if integer && n.fract() != 0.0 {
        return Err(Text::new("error-not-a-number").text("hint", number_hint(min, max, integer)));
    }
    if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) {
        return Err(Text::new("error-out-of-range").text("hint", number_hint(min, max, integer)));
    }
    Ok(n)
}

/// Formats a number without a needless `.0`.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Lowercase, accents removed, whitespace collapsed: for matching typed
/// option labels.
pub fn fold(text: &str) -> String {
    let stripped: String = text
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase();
    stripped.split_whitespace().collect::<Vec<_>>().join(" ")
}

mod admin;
mod broadcast;
mod privacy;
mod public;
#[cfg(test)]
mod tests;
