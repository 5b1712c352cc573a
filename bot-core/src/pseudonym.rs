//! Pseudonymous participant ids: a keyed hash of platform and platform user
//! id, so stored answers never carry a platform identity and the same person
//! on two platforms gets two unlinked ids.

use std::fs;
use std::io::Write;
use std::path::Path;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::error::StoreError;

/// Shortest secret accepted: with less, pseudonyms of known platform ids
/// could be recomputed by brute force.
pub const MIN_KEY_BYTES: usize = 32;

/// Why a pseudonym key cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The configured secret is too short.
    #[error("the pseudonym key has {0} bytes; at least {MIN_KEY_BYTES} are needed (make one with `openssl rand -hex 32`)")]
    TooShort(usize),
    /// The key file is missing or empty although participants are stored:
    /// a new key would cut every one of them off from `/mydata` and erasure.
    #[error("{0} is missing or empty, but the data directory holds participants: restore the key file from your backup (a new key would make their data unreachable)")]
    Lost(std::path::PathBuf),
    /// Reading or writing the key file failed.
    #[error(transparent)]
    Io(#[from] StoreError),
}

/// Derives pseudonyms with a secret key; without the key they cannot be
/// linked back to a platform id.
#[derive(Clone)]
pub struct Pseudonyms {
    key: Vec<u8>,
}

impl std::fmt::Debug for Pseudonyms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pseudonyms(<secret>)")
    }
}

impl Pseudonyms {
    /// Uses the given secret (from config or environment).
    pub fn new(key: impl AsRef<[u8]>) -> Self {
        Pseudonyms {
            key: key.as_ref().to_vec(),
        }
    }

    /// Uses a configured secret, refusing one too short to be secret.
    pub fn from_secret(key: &str) -> Result<Self, KeyError> {
        let key = key.trim();
        if key.len() < MIN_KEY_BYTES {
            return Err(KeyError::TooShort(key.len()));
        }
        Ok(Pseudonyms::new(key))
    }

    /// Reads `<data_dir>/pseudonym.key`, creating it (owner-only) with a
    /// random key on first start. Returns whether it was created. A key is
    /// only created for an empty store (`has_participants` false): next
    /// to existing data a lost key must be restored, not replaced.
    pub fn from_key_file(
        data_dir: &Path,
        has_participants: bool,
    ) -> Result<(Self, bool), KeyError> {
        let path = data_dir.join("pseudonym.key");
        let io = |source| StoreError::Io {
            path: path.clone(),
            source,
        };
        match fs::read_to_string(&path) {
            Ok(s) if !s.trim().is_empty() => {
                return Ok((Pseudonyms::from_secret(&s)?, false));
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io(e).into()),
        }
        if has_participants {
            return Err(KeyError::Lost(path));
        }
        let mut bytes = [0u8; 32];
        getrandom::getrandom(&mut bytes).map_err(|e| io(std::io::Error::other(e.to_string())))?;
        let key = hex::encode(bytes);
        let mut options = fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&path).map_err(io)?;
        file.write_all(key.as_bytes()).map_err(io)?;
        file.sync_all().map_err(io)?;
        Ok((Pseudonyms::new(key), true))
    }

    /// The pseudonym of `user` on `platform`: `p` and 20 hex digits.
    pub fn of(&self, platform: &str, user: &str) -> String {
        // HMAC accepts keys of any length, so this cannot fail.
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.key).expect("HMAC takes any key length");
        mac.update(platform.as_bytes());
        mac.update(&[0]);
        mac.update(user.as_bytes());
        let digest = mac.finalize().into_bytes();
        format!("p{}", &hex::encode(digest)[..20])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudonyms_are_stable_keyed_and_platform_specific() {
        let a = Pseudonyms::new("k1");
        let b = Pseudonyms::new("k2");
        assert_eq!(a.of("telegram", "42"), a.of("telegram", "42"));
        assert_ne!(a.of("telegram", "42"), a.of("matrix", "42"));
        assert_ne!(a.of("telegram", "42"), b.of("telegram", "42"));
        assert_eq!(a.of("telegram", "42").len(), 21);
    }

    #[test]
    fn the_key_file_is_created_once_and_private() {
        let dir = tempfile::tempdir().unwrap();
        let (p1, created) = Pseudonyms::from_key_file(dir.path(), false).unwrap();
        assert!(created);
        let (p2, created) = Pseudonyms::from_key_file(dir.path(), true).unwrap();
        assert!(!created);
        assert_eq!(p1.of("x", "y"), p2.of("x", "y"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.path().join("pseudonym.key"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn short_keys_are_refused() {
        assert!(matches!(
            Pseudonyms::from_secret(""),
            Err(KeyError::TooShort(0))
        ));
        assert!(matches!(
            Pseudonyms::from_secret("geheim"),
            Err(KeyError::TooShort(6))
        ));
        assert!(Pseudonyms::from_secret(&"k".repeat(32)).is_ok());
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("pseudonym.key"), "short").unwrap();
        assert!(Pseudonyms::from_key_file(dir.path(), false).is_err());
    }

    #[test]
    fn a_lost_key_is_not_replaced_next_to_existing_participants() {
        let dir = tempfile::tempdir().unwrap();
        let e = Pseudonyms::from_key_file(dir.path(), true).unwrap_err();
        assert!(
            e.to_string().contains("pseudonym.key is missing or empty"),
            "{e}"
        );
        assert!(!dir.path().join("pseudonym.key").exists());
        fs::write(dir.path().join("pseudonym.key"), "\n").unwrap();
        assert!(matches!(
            Pseudonyms::from_key_file(dir.path(), true),
            Err(KeyError::Lost(_))
        ));
    }
}
