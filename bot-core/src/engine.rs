//! The dialogue engine: one step per incoming event. It reads the
//! participant, computes the new state and the replies, writes both in one
//! atomic step, waits until that step is on disk, and only then hands the
//! replies back.
//!
//! Architecture Invariant: a reply is returned only after its step is durable.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};
use unicode_normalization::UnicodeNormalization;

use crate::consultation::{Activity, Consultation};
use crate::error::StoreError;
use crate::locales::Locales;
use crate::pseudonym::Pseudonyms;
use crate::records::Participant;
use crate::runtime::Runtime;
use crate::store::Store;

pub use button::Button;
pub use idea::status_text;
pub use messages::{Attachment, Choice, Incoming, Input, Notification, Outcome, Receipt, Reply};

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
    /// The data protection supervisory authority citizens may complain
    /// to (shown in the notice).
    pub privacy_authority: String,
    /// On erasure, keep a citizen's ideas for the record, stripped of any
    /// link to them, instead of deleting them.
    pub keep_ideas_on_erasure: bool,
    /// Days after a consultation closes until its participants' contact
    /// addresses are deleted.
    pub retention_days: u32,
    /// Admins as (platform, platform user id); they cannot be removed
    /// from chat.
    pub admins: Vec<(String, String)>,
    /// How each platform writes its users' ids (for `/admin add`), as the
    /// adapters define them.
    pub user_ids: Vec<crate::admin_command::UserIds>,
    /// Platforms whose chats may receive `/admin export` files (a
    /// self-hosted, encrypted Matrix, not a third-party cloud, by default).
    pub export_platforms: Vec<String>,
    /// Configured values of runtime settings (see [`crate::runtime::SETTINGS`];
    /// `language` and `privacy.contact` come from the fields above).
    pub runtime: std::collections::BTreeMap<String, String>,
}

/// Most invitation codes one `invite` makes.
pub const INVITES_MOST: u32 = invitations::MOST;

/// How often a failing step is tried before its event is skipped.
pub const STEP_ATTEMPTS: u32 = 3;

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
}

/// Consultations and the texts they need, loaded together.
pub type Definitions = (Vec<Consultation>, Arc<Locales>);

/// Reads consultations and locales afresh for `/admin reload`; an error
/// names the file and the line.
pub type Loader = Arc<dyn Fn() -> Result<Definitions, String> + Send + Sync>;

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
    /// Reads the definitions again (`/admin reload`), if they came from files.
    loader: Option<Loader>,
    /// Per platform, the start of a link that opens the bot with a code
    /// (`https://t.me/<bot>?start=`), as its adapter reports it.
    start_links: Arc<Mutex<BTreeMap<String, String>>>,
    /// Per consultation, the `/results` figures and when they were worked
    /// out (see `results.rs`).
    figures: Arc<Mutex<HashMap<String, Figures>>>,
    /// Steps that queued a broadcast whose replies are not sent yet.
    after_reply: Arc<Mutex<std::collections::HashSet<String>>>,
}

/// Worked-out `/results` figures and when.
type Figures = (DateTime<Utc>, Vec<crate::text::Text>);

/// When a consultation is open: from `opens` (if set) until `closes` (if set).
pub type Window = (Option<DateTime<Utc>>, Option<DateTime<Utc>>);

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
            loader: None,
            start_links: Default::default(),
            figures: Default::default(),
            after_reply: Default::default(),
        };
        core.load_windows();
        Engine {
            core: std::sync::RwLock::new(Arc::new(core)),
        }
    }

    /// Lets `/admin reload` read the definitions again.
    pub fn with_loader(self, loader: Loader) -> Engine {
        let core = Core {
            loader: Some(loader),
            ..Core::clone(&self.core())
        };
        Engine {
            core: std::sync::RwLock::new(Arc::new(core)),
        }
    }

    fn core(&self) -> Arc<Core> {
        self.core
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Swaps in definitions an admin reloaded; steps in flight finish
    /// with the set they started with.
    fn install(&self, (consultations, locales): Definitions) {
        let mut slot = self
            .core
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let core = Core {
            consultations: consultations.into(),
            locales,
            // Figures of the old definitions are not shown for the new.
            figures: Default::default(),
            ..Core::clone(&slot)
        };
        core.load_windows();
        *slot = Arc::new(core);
    }

    /// Applies one event and returns the replies once the step is durable.
    pub async fn handle(&self, ev: Incoming) -> Result<Outcome, EngineError> {
        let started = std::time::Instant::now();
        let platform = ev.platform.clone();
        let done = match self.core().handle(ev).await {
            Ok(done) => done,
            Err(e) => {
                crate::metrics::count("step_failures_total", &[("platform", &platform)], 1);
                return Err(e);
            }
        };
        crate::metrics::step_time(started.elapsed());
        let o = &done.outcome;
        let kind = if o.duplicate {
            "duplicate"
        } else if o.throttled {
            "throttled"
        } else {
            "applied"
        };
        crate::metrics::count("steps_total", &[("platform", &platform), ("kind", kind)], 1);
        crate::metrics::count(
            "replies_total",
            &[("platform", &platform)],
            o.replies.len() as u64,
        );
        if let Some(definitions) = done.reload {
            self.install(definitions);
        }
        Ok(done.outcome)
    }

    /// [`Engine::handle`], tried again after a short wait when it fails (a
    /// busy disk); `None` after [`STEP_ATTEMPTS`] failures: the adapter then
    /// skips the event and tells the person, so one poisoned event cannot
    /// hold up everyone else.
    pub async fn handle_patiently(&self, ev: Incoming) -> Option<Outcome> {
        let second = std::time::Duration::from_secs(1);
        let mut backoff = crate::retry::Backoff::new(second / 2, second * 4);
        for attempt in 1..=STEP_ATTEMPTS {
            match self.handle(ev.clone()).await {
                Ok(outcome) => return Some(outcome),
                Err(e) if attempt < STEP_ATTEMPTS => {
                    crate::metrics::count("step_retries_total", &[("platform", &ev.platform)], 1);
                    tracing::warn!(error = %e, attempt, "step failed; trying again");
                    backoff.wait().await;
                }
                Err(e) => {
                    tracing::error!(error = %e, "step failed {STEP_ATTEMPTS} times; the event is skipped");
                }
            }
        }
        None
    }

    /// The settings in force (changed from chat, else configured, else
    /// built in), with typed getters.
    pub fn settings(&self) -> Arc<Runtime> {
        self.core().runtime.clone()
    }

    /// Where an adapter receives messages for chats on its platform that
    /// are not replies (idea news, broadcasts, broadcast progress).
    pub fn notifications(&self, platform: &str) -> UnboundedReceiver<Notification> {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        lock(&self.core().notifiers).insert(platform.to_owned(), tx);
        rx
    }

    /// An adapter says how a link that opens the bot with a code starts
    /// (for invitation files).
    pub fn set_start_link(&self, platform: &str, prefix: String) {
        lock(&self.core().start_links).insert(platform.to_owned(), prefix);
    }

    /// Hands this platform's notifications to `deliver` (chat address and
    /// reply; `true` once delivered), one at a time, and reports each
    /// result to whoever waits for it (a broadcast). Runs in the background
    /// for as long as the engine lives.
    pub fn deliver_notifications<F, Fut>(&self, platform: &str, deliver: F)
    where
        F: Fn(String, Reply) -> Fut + Send + 'static,
        Fut: std::future::Future<Output = bool> + Send,
    {
        let mut news = self.notifications(platform);
        tokio::spawn(async move {
            while let Some(n) = news.recv().await {
                let delivered = deliver(n.chat, n.reply).await;
                if let Some(receipt) = n.receipt {
                    receipt.done(delivered);
                }
            }
        });
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
        let core = self.core();
        if let Err(e) = core.store.answered(&key) {
            tracing::warn!(error = %e, "cannot note a reply as sent; it may be sent twice");
        }
        core.reply_sent(&key);
    }

    /// Deletes expired contact addresses (see [`Core::retention`]).
    pub async fn retention(&self) -> Result<usize, EngineError> {
        self.core().retention().await
    }

    /// Tells followers about phases that began; returns how many phases
    /// were announced. Run when [`Engine::next_phase_start`] comes.
    pub async fn announce_phases(&self) -> Result<usize, EngineError> {
        self.core().announce_phases().await
    }

    /// Writes a backup of the store to `to` between two steps (so it is
    /// consistent); returns its size in bytes.
    pub fn backup(&self, to: &std::path::Path) -> Result<u64, EngineError> {
        let core = self.core();
        let _between_steps = lock(&core.steps);
        Ok(core.store.backup(to)?)
    }

    /// When the next phase of any consultation begins, so that its
    /// announcement goes out then and not up to an hour late.
    pub fn next_phase_start(&self) -> Option<DateTime<Utc>> {
        let core = self.core();
        let now = (core.clock)();
        core.consultations
            .iter()
            .flat_map(|c| c.phases.iter().map(|p| p.starts))
            .filter(|t| *t > now)
            .min()
    }
}

impl Core {
    /// A moment as people read it: local time (in the digest's time zone)
    /// in the reader's language's format (`datetime` in the locales).
    fn when(&self, t: DateTime<Utc>) -> crate::text::Text {
        let tz = self
            .runtime
            .digest_timezone()
            .unwrap_or(chrono_tz::Europe::Berlin);
        let local = t.with_timezone(&tz);
        let part = |f: &str| local.format(f).to_string();
        crate::text::Text::new("datetime")
            .arg("day", part("%d"))
            .arg("month", part("%m"))
            .arg("year", part("%Y"))
            .arg("hour", part("%H"))
            .arg("minute", part("%M"))
    }

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

    /// Whether `c` is in its window at `now` (the admin's, else the file's).
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
            .unwrap_or_else(|| self.runtime.language()))
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

    /// Counts a message against `rate.limit` (per participant and minute):
    /// `None` if within it, else whether this is the first one over it.
    fn too_fast(&self, participant: &str) -> Option<bool> {
        let limit = self.runtime.rate_limit();
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

    fn consultation(&self, id: &str) -> Option<&Consultation> {
        self.consultations.iter().find(|c| c.id == id)
    }

    /// Whether `c` takes ideas now: it has an idea competition, its phase
    /// collects ideas, and admins did not pause them all (`ideas off`).
    fn accepts_ideas(&self, c: &Consultation) -> bool {
        c.ideas.is_some() && self.runtime.ideas_on() && c.allows(Activity::Ideas, (self.clock)())
    }

    /// Whether `p` may answer `c`'s questions at `now`: in its window, in a
    /// phase for answers, and open to one of `p`'s audiences.
    fn takes_answers(&self, c: &Consultation, p: &Participant, now: DateTime<Utc>) -> bool {
        self.is_open(c, now) && c.allows(Activity::Answers, now) && c.open_to(&p.audiences)
    }

    /// The consultations `p` may answer now, or (`for_idea`) send ideas to.
    fn open_consultations(
        &self,
        p: &Participant,
        now: DateTime<Utc>,
        for_idea: bool,
    ) -> Vec<&Consultation> {
        self.consultations
            .iter()
            .filter(|c| {
                if for_idea {
                    self.is_open(c, now) && self.accepts_ideas(c) && c.open_to(&p.audiences)
                } else {
                    self.takes_answers(c, p, now)
                }
            })
            .collect()
    }
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
    let stripped: String = crate::text::western_digits(text)
        .nfkd()
        // Isolation marks come with right-to-left labels, never typed.
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect::<String>()
        .to_lowercase();
    stripped.split_whitespace().collect::<Vec<_>>().join(" ")
}

mod admin;
mod broadcast;
mod browse;
mod button;
mod consent;
mod dialogue;
mod idea;
mod invitations;
mod language;
mod messages;
mod navigation;
mod privacy;
mod question;
mod rating;
mod results;
mod step;
#[cfg(test)]
mod tests;
