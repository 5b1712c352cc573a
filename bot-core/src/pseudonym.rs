//! Pseudonymous participant ids: a keyed hash of platform and platform user
//! id, so stored answers never carry a platform identity and the same person
//! on two platforms gets two unlinked ids.

use std::fs;
use std::io::Write;
use std::path::Path;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::error::StoreError;

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

    /// Reads `<data_dir>/pseudonym.key`, creating it (owner-only) with a
    /// random key on first start. Returns whether it was created.
    pub fn from_key_file(data_dir: &Path) -> Result<(Self, bool), StoreError> {
        let path = data_dir.join("pseudonym.key");
        let io = |source| StoreError::Io {
            path: path.clone(),
            source,
        };
        match fs::read_to_string(&path) {
            Ok(s) if !s.trim().is_empty() => return Ok((Pseudonyms::new(s.trim()), false)),
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io(e)),
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
        let (p1, created) = Pseudonyms::from_key_file(dir.path()).unwrap();
        assert!(created);
        let (p2, created) = Pseudonyms::from_key_file(dir.path()).unwrap();
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
}
