//! Crypto-shredding: every record that holds what a citizen wrote is stored
//! encrypted under a key of that citizen's own, one file per participant
//! in `data_dir/keys/`. Erasure deletes the key file, which makes every
//! copy unreadable at once, including the old versions that sled's log
//! keeps on disk until it compacts.
//!
//! A sealed value is `0x01`, the owner's pseudonym (length-prefixed), a
//! 12-byte nonce and the ChaCha20-Poly1305 ciphertext. JSON never starts
//! with `0x01`, so plain values (author-less ideas, older releases' data)
//! are told apart and read as before.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};

use crate::error::StoreError;

/// The first byte of a sealed value.
const SEALED: u8 = 1;

/// The participants' keys, read on demand and kept in memory.
pub struct Vault {
    dir: PathBuf,
    /// Keys read or made so far; `None` for an owner without a key file.
    keys: Mutex<HashMap<String, Option<[u8; 32]>>>,
    /// Key files written since the last [`Vault::sync`].
    unsynced: Mutex<Vec<PathBuf>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Vault {
    /// Opens (or creates, owner-only) the key directory.
    pub fn open(dir: &Path) -> Result<Vault, StoreError> {
        crate::store::create_private_dir(dir)?;
        Ok(Vault {
            dir: dir.to_owned(),
            keys: Mutex::new(HashMap::new()),
            unsynced: Mutex::new(Vec::new()),
        })
    }

    fn io(&self, path: &Path, source: std::io::Error) -> StoreError {
        StoreError::Io {
            path: path.to_owned(),
            source,
        }
    }

    fn path(&self, owner: &str) -> Option<PathBuf> {
        // Pseudonyms are `p` and hex digits; anything else is no file name.
        let safe = !owner.is_empty() && owner.chars().all(|c| c.is_ascii_alphanumeric());
        safe.then(|| self.dir.join(owner))
    }

    /// The owner's key, if they have one.
    fn key(&self, owner: &str) -> Result<Option<[u8; 32]>, StoreError> {
        if let Some(known) = lock(&self.keys).get(owner) {
            return Ok(*known);
        }
        let Some(path) = self.path(owner) else {
            return Ok(None);
        };
        let key = match fs::read(&path) {
            Ok(bytes) => <[u8; 32]>::try_from(bytes.as_slice()).ok(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(self.io(&path, e)),
        };
        lock(&self.keys).insert(owner.to_owned(), key);
        Ok(key)
    }

    /// The owner's key, made now if they have none (durable with the next
    /// [`Vault::sync`], which the store runs before every flush).
    fn key_or_make(&self, owner: &str) -> Result<[u8; 32], StoreError> {
        if let Some(key) = self.key(owner)? {
            return Ok(key);
        }
        let path = self
            .path(owner)
            .ok_or_else(|| self.io(&self.dir, std::io::Error::other("not a pseudonym")))?;
        let mut key = [0u8; 32];
        getrandom::getrandom(&mut key)
            .map_err(|e| self.io(&path, std::io::Error::other(e.to_string())))?;
        let mut options = fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options
            .open(&path)
            .and_then(|mut f| f.write_all(&key))
            .map_err(|e| self.io(&path, e))?;
        lock(&self.unsynced).push(path);
        lock(&self.keys).insert(owner.to_owned(), Some(key));
        Ok(key)
    }

    /// Encrypts `plain` under the owner's key (made if needed).
    pub fn seal(&self, owner: &str, plain: &[u8]) -> Result<Vec<u8>, StoreError> {
        let key = self.key_or_make(owner)?;
        let mut nonce = [0u8; 12];
        getrandom::getrandom(&mut nonce)
            .map_err(|e| self.io(&self.dir, std::io::Error::other(e.to_string())))?;
        let cipher = ChaCha20Poly1305::new(Key::from_slice(&key));
        let sealed = cipher
            .encrypt(Nonce::from_slice(&nonce), plain)
            .map_err(|_| self.io(&self.dir, std::io::Error::other("encryption failed")))?;
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
        let Some(key) = self.key(owner)? else {
            return Ok(None);
        };
        let cipher = ChaCha20Poly1305::new(Key::from_slice(&key));
        cipher
            .decrypt(Nonce::from_slice(nonce), sealed)
            .map(Some)
            .map_err(|_| damaged())
    }

    /// Destroys the owner's key: everything sealed under it is unreadable
    /// from now on, wherever a copy lies.
    pub fn shred(&self, owner: &str) -> Result<(), StoreError> {
        lock(&self.keys).insert(owner.to_owned(), None);
        let Some(path) = self.path(owner) else {
            return Ok(());
        };
        lock(&self.unsynced).retain(|p| *p != path);
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(self.io(&path, e)),
        }
        // The directory entry is gone on disk with the next sync.
        lock(&self.unsynced).push(self.dir.clone());
        Ok(())
    }

    /// Puts new key files (and removals) on disk; the store calls it
    /// before each flush, so no step is acknowledged before its key is
    /// durable.
    pub fn sync(&self) -> Result<(), StoreError> {
        let pending = std::mem::take(&mut *lock(&self.unsynced));
        if pending.is_empty() {
            return Ok(());
        }
        for path in pending.iter().filter(|p| **p != self.dir) {
            match fs::File::open(path).and_then(|f| f.sync_all()) {
                Ok(()) => {}
                // Shredded meanwhile: nothing to keep.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(self.io(path, e)),
            }
        }
        fs::File::open(&self.dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| self.io(&self.dir, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_until_their_key_is_shredded() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::open(&dir.path().join("keys")).unwrap();
        let sealed = vault.seal("p0a1", b"{\"geheim\":1}").unwrap();
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
        // A fresh vault reads the key from its file.
        let again = Vault::open(&dir.path().join("keys")).unwrap();
        assert!(again.open_value(&sealed).unwrap().is_some());
        again.shred("p0a1").unwrap();
        again.sync().unwrap();
        assert_eq!(again.open_value(&sealed).unwrap(), None);
        let fresh = Vault::open(&dir.path().join("keys")).unwrap();
        assert_eq!(fresh.open_value(&sealed).unwrap(), None);
        // Tampering is noticed, not read as something else.
        let mut bad = vault.seal("p0a2", b"x").unwrap();
        *bad.last_mut().unwrap() ^= 1;
        assert!(vault.open_value(&bad).is_err());
    }
}
