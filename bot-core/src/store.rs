//! Persistence behind a narrow interface, with the embedded sled store as
//! the default.
//!
//! Trees (each value is versioned JSON):
//! - `participants`: pseudonym → [`Participant`] (language, consent,
//!   dialogue state and answers: one record, so one write per step)
//! - `ideas`: idea id (`I-0007`) → [`Idea`]
//! - `events`: `platform` NUL `event id` → RFC 3339 time it was applied
//! - `meta`: `schema` → format version, `idea_counter` → last idea number
//!
//! Architecture Invariant: a step (participant record, its event id, a new
//! idea) is one atomic write, and [`Store::durable`] resolves only once every
//! step written before the call is on disk. Concurrent callers share one
//! flush (group commit).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;

use sled::transaction::{ConflictableTransactionError, TransactionError, Transactional};
use tokio::sync::oneshot;

use crate::error::StoreError;
use crate::records::{Idea, Participant};

/// Schema version of the trees' layout.
pub const SCHEMA_VERSION: u32 = 1;

/// One dialogue step's writes, applied all together or not at all.
#[derive(Debug, Clone, Copy)]
pub struct Step<'a> {
    /// The participant's new record.
    pub participant: &'a Participant,
    /// The platform event that caused the step, for de-duplication.
    pub event: Option<&'a str>,
    /// An idea submitted in this step (its id from [`Store::next_idea_number`]).
    pub idea: Option<&'a Idea>,
}

/// What the engine needs from storage. Kept small so that a server database
/// can stand in for sled in deployments that outgrow one machine.
pub trait Store: Send + Sync {
    /// The participant with this pseudonym.
    fn participant(&self, id: &str) -> Result<Option<Participant>, StoreError>;
    /// Whether the event key was already applied.
    fn seen(&self, event: &str) -> Result<bool, StoreError>;
    /// The number the next idea gets (callers serialise steps).
    fn next_idea_number(&self) -> Result<u64, StoreError>;
    /// Applies a step atomically (not yet durable: see [`Store::durable`]).
    fn commit(&self, step: Step<'_>) -> Result<(), StoreError>;
    /// Resolves once every step committed before this call is on disk.
    fn durable(&self) -> Durable;
    /// All participants, for exports.
    fn participants(&self) -> Result<Vec<Participant>, StoreError>;
    /// All ideas in id order, for exports.
    fn ideas(&self) -> Result<Vec<Idea>, StoreError>;
}

/// A pending flush: await it (async) or wait for it (blocking).
pub struct Durable(oneshot::Receiver<Result<(), String>>);

impl Durable {
    /// Waits until the flush is done.
    pub async fn wait(self) -> Result<(), StoreError> {
        match self.0.await {
            Ok(r) => r.map_err(StoreError::Flush),
            Err(_) => Err(StoreError::Flush("the flusher stopped".into())),
        }
    }
}

/// The embedded default: one sled database in the data directory.
pub struct SledStore {
    participants: sled::Tree,
    ideas: sled::Tree,
    events: sled::Tree,
    meta: sled::Tree,
    flush_requests: Mutex<Option<mpsc::Sender<FlushWaiter>>>,
    flusher: Option<thread::JoinHandle<()>>,
    flushes: Arc<AtomicU64>,
}

impl Drop for SledStore {
    /// Stops the flusher and waits for it, so the database is closed (and
    /// its lock released) when the store is gone.
    fn drop(&mut self) {
        if let Ok(mut requests) = self.flush_requests.lock() {
            requests.take();
        }
        if let Some(flusher) = self.flusher.take() {
            let _ = flusher.join();
        }
    }
}

/// Someone waiting for the next flush.
type FlushWaiter = oneshot::Sender<Result<(), String>>;

const IDEA_COUNTER: &[u8] = b"idea_counter";

impl SledStore {
    /// How many flushes ran so far (group commit makes this far fewer than
    /// steps under load); for benchmarks and monitoring.
    pub fn flushes(&self) -> u64 {
        self.flushes.load(Ordering::Relaxed)
    }

    /// Opens (or creates, owner-only) the database under `data_dir/db`.
    pub fn open(data_dir: &Path) -> Result<SledStore, StoreError> {
        create_private_dir(data_dir)?;
        let db = sled::Config::new().path(data_dir.join("db")).open()?;
        let meta = db.open_tree("meta")?;
        match meta.get("schema")? {
            None => {
                meta.insert("schema", SCHEMA_VERSION.to_string().as_bytes())?;
            }
            Some(v) if v.as_ref() == SCHEMA_VERSION.to_string().as_bytes() => {}
            Some(v) => return Err(StoreError::Schema(String::from_utf8_lossy(&v).into_owned())),
        }
        let (tx, rx) = mpsc::channel::<FlushWaiter>();
        let flusher_db = db.clone();
        let flushes = Arc::new(AtomicU64::new(0));
        let counter = flushes.clone();
        let flusher = thread::Builder::new()
            .name("mitreden-flush".into())
            .spawn(move || group_flush(flusher_db, rx, counter))
            .map_err(|source| StoreError::Io {
                path: data_dir.to_owned(),
                source,
            })?;
        Ok(SledStore {
            participants: db.open_tree("participants")?,
            ideas: db.open_tree("ideas")?,
            events: db.open_tree("events")?,
            meta,
            flush_requests: Mutex::new(Some(tx)),
            flusher: Some(flusher),
            flushes,
        })
    }
}

/// Flushes for everyone who asked while the previous flush ran: one fsync
/// serves many steps.
fn group_flush(db: sled::Db, rx: mpsc::Receiver<FlushWaiter>, flushes: Arc<AtomicU64>) {
    while let Ok(first) = rx.recv() {
        let mut waiting = vec![first];
        waiting.extend(rx.try_iter());
        let result = db.flush().map(|_| ()).map_err(|e| e.to_string());
        flushes.fetch_add(1, Ordering::Relaxed);
        for w in waiting {
            let _ = w.send(result.clone());
        }
    }
}

/// Creates a directory readable by its owner only.
pub fn create_private_dir(dir: &Path) -> Result<(), StoreError> {
    let io = |source| StoreError::Io {
        path: PathBuf::from(dir),
        source,
    };
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(io)
}

fn decode<T: serde::de::DeserializeOwned>(key: &[u8], value: &[u8]) -> Result<T, StoreError> {
    serde_json::from_slice(value).map_err(|source| StoreError::Decode {
        key: String::from_utf8_lossy(key).into_owned(),
        source,
    })
}

fn encode<T: serde::Serialize>(value: &T) -> Vec<u8> {
    // Our records are plain data (strings, numbers, maps with string keys):
    // serialising them to JSON cannot fail.
    serde_json::to_vec(value).expect("records serialise to JSON")
}

impl Store for SledStore {
    fn participant(&self, id: &str) -> Result<Option<Participant>, StoreError> {
        self.participants
            .get(id)?
            .map(|v| decode(id.as_bytes(), &v))
            .transpose()
    }

    fn seen(&self, event: &str) -> Result<bool, StoreError> {
        Ok(self.events.contains_key(event)?)
    }

    fn next_idea_number(&self) -> Result<u64, StoreError> {
        let last = match self.meta.get(IDEA_COUNTER)? {
            Some(v) => decode::<u64>(IDEA_COUNTER, &v)?,
            None => 0,
        };
        Ok(last + 1)
    }

    fn commit(&self, step: Step<'_>) -> Result<(), StoreError> {
        let record = encode(step.participant);
        let idea = step
            .idea
            .map(|i| (i.id.clone(), encode(i), idea_number(&i.id)));
        let now = chrono::Utc::now().to_rfc3339();
        let result: Result<(), TransactionError<()>> =
            (&self.participants, &self.ideas, &self.events, &self.meta).transaction(
                |(p, i, e, m)| {
                    p.insert(step.participant.id.as_bytes(), record.as_slice())?;
                    if let Some(event) = step.event {
                        e.insert(event.as_bytes(), now.as_bytes())?;
                    }
                    if let Some((id, value, number)) = &idea {
                        i.insert(id.as_bytes(), value.as_slice())?;
                        if let Some(n) = number {
                            m.insert(IDEA_COUNTER, encode(n))?;
                        }
                    }
                    Ok::<(), ConflictableTransactionError<()>>(())
                },
            );
        match result {
            Ok(()) => Ok(()),
            Err(TransactionError::Storage(e)) => Err(StoreError::Db(e)),
            Err(TransactionError::Abort(())) => {
                Err(StoreError::Flush("transaction aborted".into()))
            }
        }
    }

    fn durable(&self) -> Durable {
        let (tx, rx) = oneshot::channel();
        let sent = match self.flush_requests.lock() {
            Ok(requests) => match requests.as_ref() {
                Some(r) => r.send(tx).map_err(|e| e.0),
                None => Err(tx),
            },
            Err(_) => Err(tx),
        };
        if let Err(tx) = sent {
            let _ = tx.send(Err("the flusher stopped".into()));
        }
        Durable(rx)
    }

    fn participants(&self) -> Result<Vec<Participant>, StoreError> {
        self.participants
            .iter()
            .map(|kv| {
                let (k, v) = kv?;
                decode(&k, &v)
            })
            .collect()
    }

    fn ideas(&self) -> Result<Vec<Idea>, StoreError> {
        let mut ideas: Vec<Idea> = self
            .ideas
            .iter()
            .map(|kv| {
                let (k, v) = kv?;
                decode(&k, &v)
            })
            .collect::<Result<_, _>>()?;
        ideas.sort_by_key(|i| idea_number(&i.id));
        Ok(ideas)
    }
}

/// The number in an idea id such as `I-0007`.
pub fn idea_number(id: &str) -> Option<u64> {
    id.strip_prefix("I-")?.parse().ok()
}

/// The id of idea number `n`.
pub fn idea_id(n: u64) -> String {
    format!("I-{n:04}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::*;
    use chrono::Utc;

    fn participant(id: &str) -> Participant {
        Participant {
            v: RECORD_VERSION,
            id: id.into(),
            language: "de".into(),
            created_at: Utc::now(),
            consent: None,
            dialogue: Dialogue::Idle,
            prompt: 0,
            current: None,
            runs: Default::default(),
        }
    }

    #[tokio::test]
    async fn a_step_with_event_and_idea_is_stored_together_and_survives_reopen() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = SledStore::open(dir.path()).unwrap();
            let p = participant("p1");
            let n = store.next_idea_number().unwrap();
            let idea = Idea {
                v: RECORD_VERSION,
                id: idea_id(n),
                consultation: "c".into(),
                author: "p1".into(),
                title: "t".into(),
                description: "d".into(),
                field: "f".into(),
                status: IdeaStatus::Submitted,
                submitted_at: Utc::now(),
                language: "de".into(),
            };
            store
                .commit(Step {
                    participant: &p,
                    event: Some("tg\x00001"),
                    idea: Some(&idea),
                })
                .unwrap();
            store.durable().wait().await.unwrap();
        }
        let store = SledStore::open(dir.path()).unwrap();
        assert!(store.seen("tg\x00001").unwrap());
        assert!(!store.seen("tg\x00002").unwrap());
        assert_eq!(
            store.participant("p1").unwrap().map(|p| p.id),
            Some("p1".into())
        );
        assert_eq!(store.ideas().unwrap()[0].id, "I-0001");
        assert_eq!(store.next_idea_number().unwrap(), 2);
    }

    #[tokio::test]
    async fn concurrent_flushes_all_resolve() {
        let dir = tempfile::tempdir().unwrap();
        let store = std::sync::Arc::new(SledStore::open(dir.path()).unwrap());
        let mut tasks = Vec::new();
        for i in 0..50 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                store
                    .commit(Step {
                        participant: &participant(&format!("p{i}")),
                        event: None,
                        idea: None,
                    })
                    .unwrap();
                store.durable().wait().await
            }));
        }
        for t in tasks {
            t.await.unwrap().unwrap();
        }
        assert_eq!(store.participants().unwrap().len(), 50);
    }

    #[test]
    fn the_data_directory_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        SledStore::open(&data).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&data).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700);
        }
    }
}
