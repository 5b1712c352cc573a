//! Settings admins change from chat (`/admin set KEY VALUE`) and admins
//! added from chat. Both take effect at once, are kept in the store (meta
//! `x:settings`, `x:admins`), and a setting overrides the configuration
//! until `unset`.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use crate::error::StoreError;
use crate::locales::Locales;
use crate::schedule::{time_zone, Schedule};
use crate::store::Store;
use crate::text::Text;

/// The settings that exist, in the order `settings` lists them. Welcome
/// overrides are per language: `welcome.de`, `welcome.en`, …
pub const KEYS: &[&str] = &[
    "language",
    "ideas",
    "ideas.max",
    "rate.limit",
    "privacy.contact",
    "digest.room",
    "digest.schedule",
    "digest.timezone",
    "digest.language",
];

const SETTINGS_KEY: &str = "settings";
const ADMINS_KEY: &str = "admins";

/// Built-in values for settings the configuration does not give.
pub fn builtin() -> BTreeMap<String, String> {
    [
        ("ideas", "on"),
        ("ideas.max", "0"),
        ("rate.limit", "60"),
        ("digest.schedule", "daily 08:00"),
        ("digest.timezone", "Europe/Berlin"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect()
}

/// Current settings and chat-added admins, mirrored in the store.
pub struct Runtime {
    baseline: BTreeMap<String, String>,
    overrides: Mutex<BTreeMap<String, String>>,
    admins: Mutex<BTreeSet<String>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Runtime {
    /// Loads what admins stored earlier; `baseline` are the configured
    /// values (over the built-in ones).
    pub fn load(store: &dyn Store, baseline: BTreeMap<String, String>) -> Runtime {
        let read = |key: &str| -> Option<String> {
            match store.meta(key) {
                Ok(v) => v,
                Err(e) => {
                    tracing::error!(error = %e, key, "cannot read stored settings");
                    None
                }
            }
        };
        let overrides = read(SETTINGS_KEY)
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default();
        let admins = read(ADMINS_KEY)
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default();
        let mut all = builtin();
        all.extend(baseline);
        Runtime {
            baseline: all,
            overrides: Mutex::new(overrides),
            admins: Mutex::new(admins),
        }
    }

    /// The value in force (empty when there is none).
    pub fn get(&self, key: &str) -> String {
        lock(&self.overrides)
            .get(key)
            .or_else(|| self.baseline.get(key))
            .cloned()
            .unwrap_or_default()
    }

    /// Whether an admin changed this setting from chat.
    pub fn overridden(&self, key: &str) -> bool {
        lock(&self.overrides).contains_key(key)
    }

    /// Sets (`Some`) or unsets (`None`) an override; returns the old value
    /// in force. Written to the store (durable after the next flush).
    pub fn change(
        &self,
        store: &dyn Store,
        key: &str,
        value: Option<String>,
    ) -> Result<String, StoreError> {
        let old = self.get(key);
        let mut next = lock(&self.overrides).clone();
        match value {
            Some(v) => next.insert(key.to_owned(), v),
            None => next.remove(key),
        };
        let json = serde_json::to_string(&next).unwrap_or_default();
        store.set_meta(SETTINGS_KEY, &json)?;
        *lock(&self.overrides) = next;
        Ok(old)
    }

    /// Admins added from chat, as `platform:user`.
    pub fn admins(&self) -> BTreeSet<String> {
        lock(&self.admins).clone()
    }

    /// Adds or removes a chat-added admin; `false` if nothing changed.
    pub fn change_admin(
        &self,
        store: &dyn Store,
        who: &str,
        add: bool,
    ) -> Result<bool, StoreError> {
        let mut next = self.admins();
        let changed = if add {
            next.insert(who.to_owned())
        } else {
            next.remove(who)
        };
        if changed {
            let json = serde_json::to_string(&next).unwrap_or_default();
            store.set_meta(ADMINS_KEY, &json)?;
            *lock(&self.admins) = next;
        }
        Ok(changed)
    }
}

/// Whether `key` names a setting (welcome texts per known language).
pub fn known(key: &str, locales: &Locales) -> bool {
    KEYS.contains(&key)
        || key
            .strip_prefix("welcome.")
            .is_some_and(|lang| locales.languages().any(|l| l == lang))
}

/// Checks a value for a setting and brings it into its stored form; an
/// error says what is accepted.
pub fn check(key: &str, value: &str, locales: &Locales) -> Result<String, Text> {
    let value = value.trim();
    let bad = |hint: &str| {
        Err(Text::new("admin-setting-invalid")
            .echo("key", key)
            .echo("value", value)
            .text("hint", Text::new(hint)))
    };
    match key {
        "language" | "digest.language" => match locales.match_language(value) {
            Some(l) => Ok(l.to_owned()),
            None => bad("setting-hint-language"),
        },
        "ideas" => match value.to_lowercase().as_str() {
            "on" | "an" | "ja" | "yes" | "true" => Ok("on".into()),
            "off" | "aus" | "nein" | "no" | "false" => Ok("off".into()),
            _ => bad("setting-hint-onoff"),
        },
        "ideas.max" => match value.parse::<u32>() {
            Ok(n) if n <= 1000 => Ok(n.to_string()),
            _ => bad("setting-hint-max"),
        },
        "rate.limit" => match value.parse::<u32>() {
            Ok(n) if n <= 600 => Ok(n.to_string()),
            _ => bad("setting-hint-rate"),
        },
        "digest.room" => {
            // A room id only: an alias could later point elsewhere (the
            // Matrix adapter turns one into its id when an admin sets it).
            let ok =
                value.starts_with('!') && value.len() > 1 && !value.contains(char::is_whitespace);
            if ok {
                Ok(value.to_owned())
            } else {
                bad("setting-hint-room")
            }
        }
        "digest.schedule" => match value.parse::<Schedule>() {
            Ok(s) => Ok(s.to_string()),
            Err(_) => bad("setting-hint-schedule"),
        },
        "digest.timezone" => match time_zone(value) {
            Ok(_) => Ok(value.to_owned()),
            Err(_) => bad("setting-hint-timezone"),
        },
        _ if value.is_empty() || value.chars().count() > 1000 => bad("setting-hint-text"),
        _ => Ok(value.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales() -> Locales {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        Locales::load(&dir, "de").expect("locales load")
    }

    #[test]
    fn values_are_checked_and_normalised() {
        let l = locales();
        assert_eq!(check("ideas", "AUS", &l), Ok("off".into()));
        assert_eq!(
            check("digest.schedule", "every 10m", &l),
            Ok("every 10m".into())
        );
        assert_eq!(check("language", "en-GB", &l), Ok("en".into()));
        assert_eq!(
            check("digest.room", "!staff:example.org", &l).ok(),
            Some("!staff:example.org".into())
        );
        for (key, value) in [
            ("ideas", "maybe"),
            ("ideas.max", "-1"),
            ("rate.limit", "1000000"),
            ("digest.schedule", "hourly"),
            ("digest.timezone", "Mars/Olympus"),
            ("digest.room", "staff"),
            ("digest.room", "#staff:example.org"),
            ("language", "xx"),
            ("privacy.contact", " "),
        ] {
            let err = check(key, value, &l).expect_err(key);
            assert_eq!(err.id, "admin-setting-invalid", "{key}");
        }
        assert!(known("welcome.en", &l));
        assert!(!known("welcome.xx", &l));
        assert!(!known("colour", &l));
    }
}
