//! Crypto-shredding: every record that holds what a citizen wrote is stored
//! encrypted under a key of that citizen's own. The keys live in one file,
//! `data_dir/keys.log`, outside the database. Erasure rewrites that file
//! without the person's key, which makes every copy of their records
//! unreadable at once, including the old versions that sled's log keeps
//! on disk until it compacts.
//!
//! A sealed value is `0x01`, the owner's pseudonym (length-prefixed), a
//! 12-byte nonce and the ChaCha20-Poly1305 ciphertext. JSON never starts
//! with `0x01`, so plain values (author-less ideas, older releases' data)
//! are told apart and read as before.
//!
//! The key file is a sequence of entries `len, pseudonym, 32-byte key`.
//! New keys are appended (one `fsync` per group flush covers them all);
//! an erasure takes the key out of memory at once, and the next sync (which
//! the store runs before the flush that makes the erasure durable) writes
//! the remaining keys to a new file and renames it over the old one: one
//! rewrite per flush however many people were erased, outside the step
//! lock (5 MB at 100,000 people: 98 ms a time, under the lock, before).

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};

use crate::error::StoreError;

/// The first byte of a sealed value.
const SEALED: u8 = 1;

/// The participants' keys, all in memory, and their file.
pub struct Vault {
    path: PathBuf,
    inner: Mutex<Inner>,
}

struct Inner {
    keys: HashMap<String, [u8; 32]>,
    /// The key file, open for appending.
    file: File,
    /// Keys appended or shredded since the last [`Vault::sync`].
    dirty: bool,
    /// A key was shredded: the file must be written anew without it.
    rewrite: bool,
}

fn io(path: &Path, source: std::io::Error) -> StoreError {
    StoreError::Io {
        path: path.to_owned(),
        source,
    }
}

/// One key file entry.
fn entry(owner: &str, key: &[u8; 32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 + owner.len() + 32);
    out.push(owner.len() as u8);
    out.extend_from_slice(owner.as_bytes());
    out.extend_from_slice(key);
    out
}

/// The key file's content for these keys.
fn entries(keys: &HashMap<String, [u8; 32]>) -> Vec<u8> {
    let mut all = Vec::with_capacity(keys.len() * 54);
    for (owner, key) in keys {
        all.extend_from_slice(&entry(owner, key));
    }
    all
}

fn append_only(path: &Path) -> Result<File, StoreError> {
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|e| io(path, e))
}

impl Vault {
    /// Opens (or creates, owner-only) the key file `path` and reads it.
    pub fn open(path: &Path) -> Result<Vault, StoreError> {
        let bytes = match fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(io(path, e)),
        };
        let mut keys = HashMap::new();
        let mut rest = bytes.as_slice();
        while let Some((&len, tail)) = rest.split_first() {
            let len = usize::from(len);
            if tail.len() < len + 32 {
                // A torn append at the end (crash mid-write): its step was
                // never acknowledged, so nothing sealed under it counts.
                tracing::warn!(path = %path.display(), "the key file ends in a partial entry; ignored");
                break;
            }
            let owner = String::from_utf8_lossy(&tail[..len]).into_owned();
            let mut key = [0u8; 32];
            key.copy_from_slice(&tail[len..len + 32]);
            keys.insert(owner, key);
            rest = &tail[len + 32..];
        }
        Ok(Vault {
            path: path.to_owned(),
            inner: Mutex::new(Inner {
                keys,
                file: append_only(path)?,
                dirty: false,
                rewrite: false,
            }),
        })
    }

    fn inner(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The owner's key, made now if they have none (durable with the next
    /// [`Vault::sync`], which the store runs before every flush).
    fn key_or_make(&self, owner: &str) -> Result<[u8; 32], StoreError> {
        let mut inner = self.inner();
        if let Some(key) = inner.keys.get(owner) {
            return Ok(*key);
        }
        if owner.is_empty() || owner.len() > usize::from(u8::MAX) {
            return Err(io(&self.path, std::io::Error::other("not a pseudonym")));
        }
        let mut key = [0u8; 32];
        getrandom::getrandom(&mut key)
            .map_err(|e| io(&self.path, std::io::Error::other(e.to_string())))?;
        inner
            .file
            .write_all(&entry(owner, &key))
            .map_err(|e| io(&self.path, e))?;
        inner.dirty = true;
        inner.keys.insert(owner.to_owned(), key);
        Ok(key)
    }

    /// Encrypts `plain` under the owner's key (made if needed).
    pub fn seal(&self, owner: &str, plain: &[u8]) -> Result<Vec<u8>, StoreError> {
        let key = self.key_or_make(owner)?;
        let mut nonce = [0u8; 12];
        getrandom::getrandom(&mut nonce)
            .map_err(|e| io(&self.path, std::io::Error::other(e.to_string())))?;
        let cipher = ChaCha20Poly1305::new(Key::from_slice(&key));
        let sealed = cipher
            .encrypt(Nonce::from_slice(&nonce), plain)
            .map_err(|_| io(&self.path, std::io::Error::other("encryption failed")))?;
        let owner = owner.as_bytes();
        let mut out = Vec::with_capacity(2 + owner.len() + 12 + sealed.len());
        out.push(SEALED);
        out.push(owner.len() as u8);
        out.extend_from_slice(owner);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// A stored value in plain: as it is if it was not sealed, decrypted
    /// if it was, `None` if its owner's key is gone (erased).
    pub fn open_value(&self, value: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        let Some((&SEALED, rest)) = value.split_first() else {
            return Ok(Some(value.to_vec()));
        };
        let damaged = || StoreError::Damaged { key: String::new() };
        let (&len, rest) = rest.split_first().ok_or_else(damaged)?;
        let len = usize::from(len);
        if rest.len() < len + 12 {
            return Err(damaged());
        }
        let owner = std::str::from_utf8(&rest[..len]).map_err(|_| damaged())?;
        let (nonce, sealed) = rest[len..].split_at(12);
        let Some(key) = self.inner().keys.get(owner).copied() else {
            return Ok(None);
        };
        let cipher = ChaCha20Poly1305::new(Key::from_slice(&key));
        cipher
            .decrypt(Nonce::from_slice(nonce), sealed)
            .map(Some)
            .map_err(|_| damaged())
    }

    /// Destroys the owner's key: everything sealed under it is unreadable
    /// from now on, wherever a copy lies; the key file loses it at the next
    /// [`Vault::sync`].
    pub fn shred(&self, owner: &str) -> Result<(), StoreError> {
        let mut inner = self.inner();
        if inner.keys.remove(owner).is_some() {
            inner.rewrite = true;
            inner.dirty = true;
        }
        Ok(())
    }

    /// Writes the key file anew from the keys in memory and renames it over
    /// the old one.
    fn rewrite(&self, inner: &mut Inner) -> Result<(), StoreError> {
        let fresh = self.path.with_extension("log.new");
        let all = entries(&inner.keys);
        let mut options = OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options
            .open(&fresh)
            .and_then(|mut f| f.write_all(&all).and_then(|()| f.sync_all()))
            .map_err(|e| io(&fresh, e))?;
        fs::rename(&fresh, &self.path).map_err(|e| io(&self.path, e))?;
        inner.file = append_only(&self.path)?;
        inner.rewrite = false;
        Ok(())
    }

    /// Every key as the key file holds them, for a backup.
    pub fn snapshot(&self) -> Vec<u8> {
        entries(&self.inner().keys)
    }

    /// Puts new keys (and a replaced file) on disk; the store calls it
    /// before each flush, so no step is acknowledged before its key is
    /// durable.
    pub fn sync(&self) -> Result<(), StoreError> {
        let mut inner = self.inner();
        if !inner.dirty {
            return Ok(());
        }
        if inner.rewrite {
            self.rewrite(&mut inner)?;
        } else {
            inner.file.sync_data().map_err(|e| io(&self.path, e))?;
        }
        if let Some(dir) = self.path.parent() {
            File::open(dir)
                .and_then(|d| d.sync_all())
                .map_err(|e| io(dir, e))?;
        }
        inner.dirty = false;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_until_their_key_is_shredded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.log");
        let vault = Vault::open(&path).unwrap();
        let sealed = vault.seal("p0a1", b"{\"geheim\":1}").unwrap();
        let other = vault.seal("p0a2", b"{\"bleibt\":1}").unwrap();
        assert!(!sealed.windows(6).any(|w| w == b"geheim"));
        assert_eq!(
            vault.open_value(&sealed).unwrap().as_deref(),
            Some(&b"{\"geheim\":1}"[..])
        );
        assert_eq!(
            vault.open_value(b"{\"plain\":1}").unwrap().as_deref(),
            Some(&b"{\"plain\":1}"[..])
        );
        vault.sync().unwrap();
        // A fresh vault reads the keys from the file.
        let again = Vault::open(&path).unwrap();
        assert!(again.open_value(&sealed).unwrap().is_some());
        again.shred("p0a1").unwrap();
        again.sync().unwrap();
        assert_eq!(again.open_value(&sealed).unwrap(), None);
        // Appends after a shred land in the new file.
        let third = again.seal("p0a3", b"{\"neu\":1}").unwrap();
        again.sync().unwrap();
        let fresh = Vault::open(&path).unwrap();
        assert_eq!(fresh.open_value(&sealed).unwrap(), None);
        assert!(fresh.open_value(&other).unwrap().is_some());
        assert!(fresh.open_value(&third).unwrap().is_some());
        // Tampering is noticed, not read as something else.
        let mut bad = vault.seal("p0a2", b"x").unwrap();
        *bad.last_mut().unwrap() ^= 1;
        assert!(matches!(
            vault.open_value(&bad),
            Err(StoreError::Damaged { .. })
        ));
    }

    #[test]
    fn shreds_reach_the_file_at_the_next_sync_in_one_rewrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.log");
        let vault = Vault::open(&path).unwrap();
        let sealed: Vec<Vec<u8>> = ["p0b1", "p0b2", "p0b3"]
            .iter()
            .map(|o| vault.seal(o, b"x").unwrap())
            .collect();
        vault.sync().unwrap();
        vault.shred("p0b1").unwrap();
        vault.shred("p0b2").unwrap();
        // Unreadable at once; the file loses them with the next sync.
        assert_eq!(vault.open_value(&sealed[0]).unwrap(), None);
        let has = |owner: &[u8]| fs::read(&path).unwrap().windows(4).any(|w| w == owner);
        assert!(has(b"p0b1") && has(b"p0b2"));
        vault.sync().unwrap();
        assert!(!has(b"p0b1") && !has(b"p0b2") && has(b"p0b3"));
        let fresh = Vault::open(&path).unwrap();
        assert_eq!(fresh.open_value(&sealed[1]).unwrap(), None);
        assert!(fresh.open_value(&sealed[2]).unwrap().is_some());
    }

    #[test]
    fn a_torn_last_entry_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.log");
        let vault = Vault::open(&path).unwrap();
        let sealed = vault.seal("p0a1", b"x").unwrap();
        vault.sync().unwrap();
        drop(vault);
        let mut f = OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(&[4, b'p', b'0']).unwrap();
        let vault = Vault::open(&path).unwrap();
        assert!(vault.open_value(&sealed).unwrap().is_some());
    }
}
