//! The embedded store: one sled database in the data directory, records
//! sealed per person (see [`Vault`]), one background thread that flushes
//! for all waiting steps at once.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;

use sled::transaction::{ConflictableTransactionError, TransactionError, Transactional};
use tokio::sync::oneshot;

use super::*;
use crate::error::StoreError;
use crate::records::{AuditEntry, Contact, Idea, Participant};
use crate::vault::Vault;

/// The embedded default: one sled database in the data directory.
pub struct SledStore {
    db: sled::Db,
    /// The data directory (for the pseudonym key in backups).
    dir: std::path::PathBuf,
    participants: sled::Tree,
    ideas: sled::Tree,
    contacts: sled::Tree,
    events: sled::Tree,
    audit: sled::Tree,
    meta: sled::Tree,
    quarantine: sled::Tree,
    /// Per-participant keys: citizens' records are sealed under them.
    vault: Arc<Vault>,
    flush_requests: Mutex<Option<mpsc::Sender<FlushWaiter>>>,
    flusher: Option<thread::JoinHandle<()>>,
    flushes: Arc<AtomicU64>,
    /// The ideas as last read, opened, with the [`SledStore::idea_writes`]
    /// they were read at: every page of `/ideas` would otherwise open every
    /// idea (140 ms for 2,000) under the step lock.
    ideas_read: Mutex<Option<(u64, Vec<Idea>)>>,
    /// Counts writes that change what [`Store::ideas`] returns (ideas
    /// written or set aside, authors' keys shredded).
    idea_writes: AtomicU64,
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

/// A record's key and its stored value, or `None` to delete it.
type KeyedValue = (String, Option<Vec<u8>>);

/// Someone waiting for the next flush.
type FlushWaiter = oneshot::Sender<Result<(), String>>;

const IDEA_COUNTER: &[u8] = b"idea_counter";

/// Brings a store written with schema `from` up to [`SCHEMA_VERSION`].
/// Version 0 (no version written) is version 1's layout. Version 2 added
/// fields with defaults (expert reviews, the restart confirmation, an idea
/// draft's question to return to); version 3 the consent step before a
/// review and review numbers. Older records read as they are (reviews
/// without a number get their position's, see [`Idea::number_reviews`]),
/// so nothing is rewritten; marking the store keeps an older release from
/// misreading (and quarantining) records it cannot read.
fn migrate(_db: &sled::Db, from: u32) -> Result<(), StoreError> {
    tracing::info!(from, to = SCHEMA_VERSION, "store schema migrated");
    Ok(())
}

impl SledStore {
    /// How many flushes ran so far (group commit makes this far fewer than
    /// steps under load); for benchmarks and monitoring.
    pub fn flushes(&self) -> u64 {
        self.flushes.load(Ordering::Relaxed)
    }

    /// Opens (or creates, owner-only) the database under `data_dir/db`.
    pub fn open(data_dir: &Path) -> Result<SledStore, StoreError> {
        create_private_dir(data_dir)?;
        // Only the flusher flushes (after the key file is synced): sled's own
        // timer could otherwise put an erasure on disk while the erased key
        // is still in the key file.
        let db = sled::Config::new()
            .path(data_dir.join("db"))
            .flush_every_ms(None)
            .open()?;
        let meta = db.open_tree("meta")?;
        // A store without a version is new, or from before versions were
        // written (its records are version 1): either way it is marked.
        // An older version would be migrated here, step by step; a newer
        // one is refused, so an old release never writes over what a newer
        // one wrote.
        let found = match meta.get("schema")? {
            None => 0,
            Some(v) => std::str::from_utf8(&v)
                .ok()
                .and_then(|v| v.parse::<u32>().ok())
                .ok_or_else(|| StoreError::Schema {
                    found: String::from_utf8_lossy(&v).into_owned(),
                    expected: SCHEMA_VERSION,
                })?,
        };
        if found > SCHEMA_VERSION {
            return Err(StoreError::Schema {
                found: found.to_string(),
                expected: SCHEMA_VERSION,
            });
        }
        if found < SCHEMA_VERSION {
            migrate(&db, found)?;
            meta.insert("schema", SCHEMA_VERSION.to_string().as_bytes())?;
            db.flush()?;
        }
        let vault = Arc::new(Vault::open(&data_dir.join("keys.log"))?);
        let (tx, rx) = mpsc::channel::<FlushWaiter>();
        let flusher_db = db.clone();
        let flusher_vault = vault.clone();
        let flushes = Arc::new(AtomicU64::new(0));
        let counter = flushes.clone();
        let flusher = thread::Builder::new()
            .name("mitreden-flush".into())
            .spawn(move || group_flush(flusher_db, flusher_vault, rx, counter))
            .map_err(|source| StoreError::Io {
                path: data_dir.to_owned(),
                source,
            })?;
        Ok(SledStore {
            participants: db.open_tree("participants")?,
            ideas: db.open_tree("ideas")?,
            contacts: db.open_tree("contacts")?,
            events: db.open_tree("events")?,
            audit: db.open_tree("audit")?,
            quarantine: db.open_tree("quarantine")?,
            vault,
            meta,
            db,
            dir: data_dir.to_owned(),
            flush_requests: Mutex::new(Some(tx)),
            flusher: Some(flusher),
            flushes,
            ideas_read: Mutex::new(None),
            idea_writes: AtomicU64::new(0),
        })
    }

    /// Whether anyone's data is stored (participants or ideas): then a
    /// lost pseudonym key must be restored, not replaced.
    pub fn has_participants(&self) -> bool {
        !self.participants.is_empty() || !self.ideas.is_empty()
    }

    /// Writes raw bytes under a key, as a damaged disk or an older
    /// release might have left them.
    #[cfg(test)]
    pub(crate) fn put_raw(&self, tree: &str, key: &str, value: &[u8]) -> Result<(), StoreError> {
        self.db.open_tree(tree)?.insert(key, value)?;
        Ok(())
    }

    /// Every key and value of every tree, for tests and audits that look
    /// for traces of a person.
    pub fn raw_dump(&self) -> Result<Vec<u8>, StoreError> {
        let mut out = Vec::new();
        for name in self.db.tree_names() {
            out.extend_from_slice(&name);
            for kv in self.db.open_tree(&name)?.iter() {
                let (k, v) = kv?;
                out.extend_from_slice(&k);
                out.push(b'\n');
                let v = self.vault.open_value(&v).ok().flatten().unwrap_or_default();
                out.extend_from_slice(&v);
                out.push(b'\n');
            }
        }
        Ok(out)
    }
}

/// Flushes for everyone who asked while the previous flush ran: one fsync
/// serves many steps.
fn group_flush(
    db: sled::Db,
    vault: Arc<Vault>,
    rx: mpsc::Receiver<FlushWaiter>,
    flushes: Arc<AtomicU64>,
) {
    while let Ok(first) = rx.recv() {
        let mut waiting = vec![first];
        waiting.extend(rx.try_iter());
        // New keys first: a record on disk is useless without its key.
        let result = vault
            .sync()
            .map_err(|e| e.to_string())
            .and_then(|()| db.flush().map(|_| ()).map_err(|e| e.to_string()));
        flushes.fetch_add(1, Ordering::Relaxed);
        for w in waiting {
            let _ = w.send(result.clone());
        }
    }
}

/// Creates a directory readable by its owner only, or makes an existing
/// one so (a data directory someone created with 0755 would leave the
/// database readable by every local user).
pub fn create_private_dir(dir: &Path) -> Result<(), StoreError> {
    let io = |source| StoreError::Io {
        path: PathBuf::from(dir),
        source,
    };
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(io)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir).map_err(io)?.permissions().mode();
        if mode & 0o077 != 0 {
            tracing::warn!(
                path = %dir.display(),
                "the directory was open to other users; it is now owner-only (0700)"
            );
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(io)?;
        }
    }
    Ok(())
}

fn decode<T: serde::de::DeserializeOwned>(key: &[u8], value: &[u8]) -> Result<T, StoreError> {
    serde_json::from_slice(value).map_err(|source| StoreError::Decode {
        key: String::from_utf8_lossy(key).into_owned(),
        source,
    })
}

impl SledStore {
    /// After a write that changes what [`Store::ideas`] returns in a way
    /// only a new read shows: what was read before is dropped (an erased
    /// author's ideas must not be shown from memory).
    fn ideas_changed(&self) {
        self.idea_writes.fetch_add(1, Ordering::SeqCst);
        *self.ideas_read.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// After ideas were written: they replace their old versions in what
    /// was read (a support must not cost the next page a full read).
    fn ideas_written(&self, written: &[Write<'_, Idea>]) {
        let mut kept = self.ideas_read.lock().unwrap_or_else(|p| p.into_inner());
        let writes = self.idea_writes.fetch_add(1, Ordering::SeqCst) + 1;
        let Some((at, ideas)) = kept.as_mut() else {
            return;
        };
        for w in written {
            let id = match w {
                Write::Put(i) => i.id.as_str(),
                Write::Delete(id) => id,
            };
            let n = idea_number(id);
            let at = ideas.partition_point(|i| idea_number(&i.id) < n);
            if ideas.get(at).is_some_and(|i| i.id == id) {
                ideas.remove(at);
            }
            if let Write::Put(i) = w {
                let mut i = (*i).clone();
                i.number_reviews();
                ideas.insert(at, i);
            }
        }
        *at = writes;
    }

    /// Moves one undecodable record into `quarantine` (key: tree NUL key
    /// NUL time), in one transaction. Logged by key only: never content.
    /// With `seen`, only if the record is still the one that failed (a
    /// reader outside the step lock must not set aside what a step just
    /// wrote).
    fn quarantine(
        &self,
        tree: &sled::Tree,
        key: &[u8],
        seen: Option<&[u8]>,
    ) -> Result<(), StoreError> {
        let mut aside = tree.name().to_vec();
        aside.push(0);
        aside.extend_from_slice(key);
        aside.push(0);
        aside.extend_from_slice(
            &chrono::Utc::now()
                .timestamp_nanos_opt()
                .unwrap_or(0)
                .to_be_bytes(),
        );
        let result: Result<bool, TransactionError<()>> =
            (tree, &self.quarantine).transaction(|(t, q)| {
                Ok::<bool, ConflictableTransactionError<()>>(match t.get(key)? {
                    Some(value) if seen.is_none_or(|s| s == &value[..]) => {
                        t.remove(key)?;
                        q.insert(aside.as_slice(), value)?;
                        true
                    }
                    _ => false,
                })
            });
        if transaction_result(result)? {
            self.ideas_changed();
            tracing::error!(
                tree = %String::from_utf8_lossy(&tree.name()),
                key = %String::from_utf8_lossy(key),
                "a stored record cannot be read; it was set aside in the quarantine tree"
            );
        }
        Ok(())
    }

    /// Every record of a tree in key order; one that cannot be decoded is
    /// set aside rather than failing the whole read (exports, digests,
    /// broadcasts and retention read everything). Records whose owner's
    /// key was shredded are gone and skipped.
    fn decode_all<T: serde::de::DeserializeOwned>(
        &self,
        tree: &sled::Tree,
    ) -> Result<Vec<(sled::IVec, T)>, StoreError> {
        let mut all = Vec::new();
        for kv in tree.iter() {
            let (k, v) = kv?;
            match self.read(&k, &v) {
                Ok(Some(record)) => all.push((k, record)),
                Ok(None) => {}
                Err(StoreError::Decode { .. } | StoreError::Damaged { .. }) => {
                    self.quarantine(tree, &k, Some(&v))?
                }
                Err(e) => return Err(e),
            }
        }
        Ok(all)
    }

    /// Every record of a tree, without keys (see [`SledStore::decode_all`]).
    fn values<T: serde::de::DeserializeOwned>(
        &self,
        tree: &sled::Tree,
    ) -> Result<Vec<T>, StoreError> {
        Ok(self.decode_all(tree)?.into_iter().map(|(_, v)| v).collect())
    }

    /// A stored value, opened (see [`Vault`]) and decoded; `None` if it
    /// was sealed under a key that erasure destroyed.
    fn read<T: serde::de::DeserializeOwned>(
        &self,
        key: &[u8],
        value: &[u8],
    ) -> Result<Option<T>, StoreError> {
        let plain = self.vault.open_value(value).map_err(|e| match e {
            StoreError::Damaged { .. } => StoreError::Damaged {
                key: String::from_utf8_lossy(key).into_owned(),
            },
            other => other,
        })?;
        plain.map(|p| decode(key, &p)).transpose()
    }

    /// A record as stored: sealed under its owner's key, or plain if it
    /// has no owner (an idea kept without its author).
    fn seal<T: serde::Serialize>(&self, owner: &str, value: &T) -> Result<Vec<u8>, StoreError> {
        if owner.is_empty() {
            return Ok(encode(value));
        }
        self.vault.seal(owner, &encode(value))
    }

    fn seal_ideas(&self, ideas: &[Write<'_, Idea>]) -> Result<Vec<KeyedValue>, StoreError> {
        ideas
            .iter()
            .map(|w| match w {
                Write::Put(i) => Ok((i.id.clone(), Some(self.seal(&i.author, *i)?))),
                Write::Delete(id) => Ok(((*id).to_owned(), None)),
            })
            .collect()
    }
}

fn encode<T: serde::Serialize>(value: &T) -> Vec<u8> {
    // Our records are plain data (strings, numbers, maps with string keys):
    // serialising them to JSON cannot fail.
    serde_json::to_vec(value).expect("records serialise to JSON")
}

impl Store for SledStore {
    fn participant(&self, id: &str) -> Result<Option<Participant>, StoreError> {
        match self.participants.get(id)? {
            Some(v) => self.read(id.as_bytes(), &v),
            None => Ok(None),
        }
    }

    fn applied(&self, event: &str) -> Result<Option<Applied>, StoreError> {
        let Some(v) = self.events.get(event)? else {
            return Ok(None);
        };
        let unsent = match v.iter().position(|b| *b == b'\n') {
            None => None,
            Some(end) => Some(match self.vault.open_value(&v[end + 1..]) {
                Ok(Some(plain)) => String::from_utf8_lossy(&plain).into_owned(),
                // Erased meanwhile, or damaged: nothing to repeat.
                Ok(None) | Err(StoreError::Damaged { .. }) => String::new(),
                Err(e) => return Err(e),
            }),
        };
        Ok(Some(Applied { unsent }))
    }

    fn unsent(&self, event: &str, owner: &str, replies: &str) -> Result<(), StoreError> {
        let sealed = match owner {
            "" => replies.as_bytes().to_vec(),
            owner => self.vault.seal(owner, replies.as_bytes())?,
        };
        self.events.fetch_and_update(event, |v| {
            v.map(|v| {
                let at = v.split(|b| *b == b'\n').next().unwrap_or_default();
                [at, b"\n", sealed.as_slice()].concat()
            })
        })?;
        Ok(())
    }

    fn answered(&self, event: &str) -> Result<(), StoreError> {
        self.events.fetch_and_update(event, |v| {
            v.map(|v| match v.iter().position(|b| *b == b'\n') {
                Some(end) => v[..end].to_vec(),
                None => v.to_vec(),
            })
        })?;
        Ok(())
    }

    fn next_idea_number(&self) -> Result<u64, StoreError> {
        let last = match self.meta.get(IDEA_COUNTER)? {
            Some(v) => decode::<u64>(IDEA_COUNTER, &v)?,
            None => 0,
        };
        Ok(last + 1)
    }

    fn commit(&self, step: Step<'_>) -> Result<(), StoreError> {
        let participant = match step.participant {
            Write::Put(p) => (p.id.clone(), Some(self.seal(&p.id, p)?)),
            Write::Delete(id) => (id.to_owned(), None),
        };
        let contact = match step.contact {
            Some(Write::Put(c)) => Some(Some(self.seal(&participant.0, c)?)),
            Some(Write::Delete(_)) => Some(None),
            None => None,
        };
        let ideas = self.seal_ideas(step.ideas)?;
        let top_idea = ideas
            .iter()
            .filter_map(|(id, v)| v.as_ref().and(idea_number(id)))
            .max();
        let audit = step.audit.map(|a| (audit_key(a), encode(a)));
        // The time applied, then (until sent) the replies on the next line.
        let mut event_value = chrono::Utc::now().to_rfc3339();
        if step.awaits_reply {
            event_value.push('\n');
        }
        let trees = (
            &self.participants,
            &self.ideas,
            &self.contacts,
            &self.events,
            &self.audit,
            &self.meta,
        );
        let result: Result<(), TransactionError<()>> = trees.transaction(|(p, i, c, e, a, m)| {
            let (id, record) = &participant;
            match record {
                Some(r) => p.insert(id.as_bytes(), r.as_slice())?,
                None => p.remove(id.as_bytes())?,
            };
            match &contact {
                Some(Some(r)) => {
                    c.insert(id.as_bytes(), r.as_slice())?;
                }
                Some(None) => {
                    c.remove(id.as_bytes())?;
                }
                None => {}
            }
            if let Some(event) = step.event {
                e.insert(event.as_bytes(), event_value.as_bytes())?;
            }
            for (idea, record) in &ideas {
                match record {
                    Some(r) => i.insert(idea.as_bytes(), r.as_slice())?,
                    None => i.remove(idea.as_bytes())?,
                };
            }
            if let Some(n) = top_idea {
                let last = m
                    .get(IDEA_COUNTER)?
                    .and_then(|v| serde_json::from_slice::<u64>(&v).ok())
                    .unwrap_or(0);
                if n > last {
                    m.insert(IDEA_COUNTER, encode(&n))?;
                }
            }
            if let Some((key, value)) = &audit {
                a.insert(key.as_slice(), value.as_slice())?;
            }
            Ok::<(), ConflictableTransactionError<()>>(())
        });
        transaction_result(result)?;
        if participant.1.is_none() {
            // Erasure: every copy of what they wrote, on disk too, becomes
            // unreadable now.
            let shredded = self.vault.shred(&participant.0);
            // Dropped even if the shred failed: the transaction took their
            // ideas away, and no copy in memory may bring them back.
            self.ideas_changed();
            shredded?;
        } else if !step.ideas.is_empty() {
            self.ideas_written(step.ideas);
        }
        Ok(())
    }

    fn commit_admin(
        &self,
        event: Option<&str>,
        ideas: &[Write<'_, Idea>],
        audit: &AuditEntry,
    ) -> Result<(), StoreError> {
        let written = ideas;
        let ideas = self.seal_ideas(written)?;
        // Refusals of one person are one line per hour, with a count.
        let merge = audit.action == REFUSED;
        let key = if merge {
            refusal_key(audit)
        } else {
            audit_key(audit)
        };
        let now = chrono::Utc::now().to_rfc3339();
        let result: Result<(), TransactionError<()>> = (&self.ideas, &self.events, &self.audit)
            .transaction(|(i, e, a)| {
                for (id, record) in &ideas {
                    match record {
                        Some(r) => i.insert(id.as_bytes(), r.as_slice())?,
                        None => i.remove(id.as_bytes())?,
                    };
                }
                if let Some(event) = event {
                    e.insert(event.as_bytes(), now.as_bytes())?;
                }
                let earlier = match a.get(key.as_slice())? {
                    Some(v) if merge => serde_json::from_slice::<AuditEntry>(&v).ok(),
                    _ => None,
                };
                let entry = match earlier {
                    Some(e) => AuditEntry {
                        count: Some(e.count.unwrap_or(1).saturating_add(1)),
                        at: e.at,
                        ..audit.clone()
                    },
                    None => audit.clone(),
                };
                a.insert(key.as_slice(), encode(&entry))?;
                Ok::<(), ConflictableTransactionError<()>>(())
            });
        transaction_result(result)?;
        if !written.is_empty() {
            self.ideas_written(written);
        }
        Ok(())
    }

    fn prune_events(&self, before: chrono::DateTime<chrono::Utc>) -> Result<usize, StoreError> {
        let mut pruned = 0;
        for kv in self.events.iter() {
            let (k, v) = kv?;
            let v = String::from_utf8_lossy(&v);
            let at = v.split('\n').next().unwrap_or_default();
            let old = chrono::DateTime::parse_from_rfc3339(at).is_ok_and(|t| t < before);
            if old {
                self.events.remove(k)?;
                pruned += 1;
            }
        }
        Ok(pruned)
    }

    fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .meta
            .get(format!("x:{key}"))?
            .map(|v| String::from_utf8_lossy(&v).into_owned()))
    }

    fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.meta.insert(format!("x:{key}"), value.as_bytes())?;
        Ok(())
    }

    fn remove_meta(&self, key: &str) -> Result<(), StoreError> {
        self.meta.remove(format!("x:{key}"))?;
        Ok(())
    }

    fn contact(&self, id: &str) -> Result<Option<Contact>, StoreError> {
        match self.contacts.get(id)? {
            Some(v) => self.read(id.as_bytes(), &v),
            None => Ok(None),
        }
    }

    fn contacts(&self) -> Result<Vec<(String, Contact)>, StoreError> {
        Ok(self
            .decode_all(&self.contacts)?
            .into_iter()
            .map(|(k, c)| (String::from_utf8_lossy(&k).into_owned(), c))
            .collect())
    }

    fn audit(&self) -> Result<Vec<AuditEntry>, StoreError> {
        self.values(&self.audit)
    }

    fn audit_tail(&self, n: usize) -> Result<Vec<AuditEntry>, StoreError> {
        let mut tail = Vec::with_capacity(n.min(1000));
        for kv in self.audit.iter().rev() {
            if tail.len() >= n {
                break;
            }
            let (k, v) = kv?;
            if let Ok(Some(entry)) = self.read(&k, &v) {
                tail.push(entry);
            }
        }
        tail.reverse();
        Ok(tail)
    }

    fn forget_contacts(&self, ids: &[String], audit: &AuditEntry) -> Result<(), StoreError> {
        let (key, value) = (audit_key(audit), encode(audit));
        let result: Result<(), TransactionError<()>> =
            (&self.contacts, &self.audit).transaction(|(c, a)| {
                for id in ids {
                    c.remove(id.as_bytes())?;
                }
                a.insert(key.as_slice(), value.as_slice())?;
                Ok::<(), ConflictableTransactionError<()>>(())
            });
        transaction_result(result)
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
        self.values(&self.participants)
    }

    fn ideas(&self) -> Result<Vec<Idea>, StoreError> {
        let cache = || self.ideas_read.lock().unwrap_or_else(|p| p.into_inner());
        let writes = self.idea_writes.load(Ordering::SeqCst);
        if let Some((at, ideas)) = &*cache() {
            if *at == writes {
                return Ok(ideas.clone());
            }
        }
        let mut ideas: Vec<Idea> = self.values(&self.ideas)?;
        ideas.iter_mut().for_each(Idea::number_reviews);
        ideas.sort_by_key(|i| idea_number(&i.id));
        // Kept only if no write came while reading.
        let mut kept = cache();
        if self.idea_writes.load(Ordering::SeqCst) == writes {
            *kept = Some((writes, ideas.clone()));
        }
        Ok(ideas)
    }

    fn idea(&self, id: &str) -> Result<Option<Idea>, StoreError> {
        let Some(v) = self.ideas.get(id)? else {
            return Ok(None);
        };
        match self.read::<Idea>(id.as_bytes(), &v) {
            Ok(idea) => Ok(idea.map(|mut i| {
                i.number_reviews();
                i
            })),
            // As when all are read: a damaged record is set aside.
            Err(StoreError::Decode { .. } | StoreError::Damaged { .. }) => {
                self.quarantine(&self.ideas, id.as_bytes(), Some(&v))?;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    fn set_aside(&self, participant: &str) -> Result<(), StoreError> {
        // Under the step lock: nothing can have changed the record since.
        self.quarantine(&self.participants, participant.as_bytes(), None)
    }

    fn set_aside_count(&self) -> Result<usize, StoreError> {
        Ok(self.quarantine.len())
    }

    fn backup(&self, to: &Path) -> Result<u64, StoreError> {
        let key_file = self.dir.join("pseudonym.key");
        let pseudonym_key = match std::fs::read(&key_file) {
            Ok(k) => Some(k),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(source) => {
                return Err(StoreError::Io {
                    path: key_file,
                    source,
                })
            }
        };
        super::backup::write(
            &self.db,
            &self.vault.snapshot(),
            pseudonym_key.as_deref(),
            to,
        )
    }

    fn counts(&self) -> Result<super::Counts, StoreError> {
        Ok(super::Counts {
            participants: self.participants.len() as u64,
            ideas: self.ideas.len() as u64,
            bytes: self.db.size_on_disk()?,
        })
    }
}

/// A transaction's outcome as a store result (we never abort on purpose).
fn transaction_result<T>(result: Result<T, TransactionError<()>>) -> Result<T, StoreError> {
    match result {
        Ok(v) => Ok(v),
        Err(TransactionError::Storage(e)) => Err(StoreError::Db(e)),
        Err(TransactionError::Abort(())) => Err(StoreError::Flush("transaction aborted".into())),
    }
}

/// Audit keys sort by time; the counter keeps two entries of the same
/// nanosecond apart.
fn audit_key(entry: &AuditEntry) -> Vec<u8> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = entry.at.timestamp_nanos_opt().unwrap_or(0).max(0) as u64;
    let mut key = nanos.to_be_bytes().to_vec();
    key.extend_from_slice(&COUNTER.fetch_add(1, Ordering::Relaxed).to_be_bytes());
    key
}

/// The one audit key of a person's refusals in one hour: just before the
/// hour's first entry, then the actor (a pseudonym).
fn refusal_key(entry: &AuditEntry) -> Vec<u8> {
    let hour = entry.at.timestamp().div_euclid(3600) * 3600;
    let start = (hour.max(0) as u64).saturating_mul(1_000_000_000);
    let mut key = start.saturating_sub(1).to_be_bytes().to_vec();
    key.push(0xff);
    key.extend_from_slice(entry.actor.as_bytes());
    key
}
