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

/// One setting admins may change from chat: its key, its built-in value,
/// and how a value is checked (brought into its stored form, or the hint
/// on what is accepted). Adding a setting is a row here and a typed getter
/// on [`Runtime`].
pub struct Setting {
    /// The key `set` takes.
    pub key: &'static str,
    /// The value when neither configuration nor chat gives one.
    pub builtin: Option<&'static str>,
    /// The stored form of a good value.
    check: fn(&str, &Locales) -> Option<String>,
    /// Message id of what is accepted.
    hint: &'static str,
}

/// The settings that exist, in the order `settings` lists them. Welcome
/// overrides are per language: `welcome.de`, `welcome.en`, …
pub const SETTINGS: &[Setting] = &[
    Setting {
        key: "language",
        builtin: None,
        check: language,
        hint: "setting-hint-language",
    },
    Setting {
        key: "ideas",
        builtin: Some("on"),
        check: on_off,
        hint: "setting-hint-onoff",
    },
    Setting {
        key: "ideas.max",
        builtin: Some("0"),
        check: |v, _| up_to(v, 1000),
        hint: "setting-hint-max",
    },
    Setting {
        key: "rate.limit",
        builtin: Some("60"),
        check: |v, _| up_to(v, 600),
        hint: "setting-hint-rate",
    },
    Setting {
        key: "privacy.contact",
        builtin: None,
        check: |v, _| text(v),
        hint: "setting-hint-text",
    },
    Setting {
        key: "digest.room",
        builtin: None,
        check: |v, _| room_id(v),
        hint: "setting-hint-room",
    },
    Setting {
        key: "digest.schedule",
        builtin: Some("daily 08:00"),
        check: |v, _| v.parse::<Schedule>().ok().map(|s| s.to_string()),
        hint: "setting-hint-schedule",
    },
    Setting {
        key: "digest.timezone",
        builtin: Some("Europe/Berlin"),
        check: |v, _| time_zone(v).ok().map(|_| v.to_owned()),
        hint: "setting-hint-timezone",
    },
    Setting {
        key: "digest.language",
        builtin: None,
        check: language,
        hint: "setting-hint-language",
    },
];

/// Welcome texts, per language (`welcome.de`): any text.
const WELCOME: Setting = Setting {
    key: "welcome.",
    builtin: None,
    check: |v, _| text(v),
    hint: "setting-hint-text",
};

fn language(v: &str, locales: &Locales) -> Option<String> {
    locales.match_language(v).map(str::to_owned)
}

fn on_off(v: &str, _: &Locales) -> Option<String> {
    match v.to_lowercase().as_str() {
        "on" | "an" | "ja" | "yes" | "true" => Some("on".into()),
        "off" | "aus" | "nein" | "no" | "false" => Some("off".into()),
        _ => None,
    }
}

fn up_to(v: &str, max: u32) -> Option<String> {
    v.parse::<u32>()
        .ok()
        .filter(|n| *n <= max)
        .map(|n| n.to_string())
}

fn text(v: &str) -> Option<String> {
    (!v.is_empty() && v.chars().count() <= 1000).then(|| v.to_owned())
}

/// A room id only: an alias could later point elsewhere (the Matrix
/// adapter turns one into its id when an admin sets it).
fn room_id(v: &str) -> Option<String> {
    (v.starts_with('!') && v.len() > 1 && !v.contains(char::is_whitespace)).then(|| v.to_owned())
}

/// The row of a key (welcome texts for known languages only).
fn setting(key: &str, locales: &Locales) -> Option<&'static Setting> {
    SETTINGS.iter().find(|s| s.key == key).or_else(|| {
        key.strip_prefix("welcome.")
            .filter(|lang| locales.languages().any(|l| l == *lang))
            .map(|_| &WELCOME)
    })
}

const SETTINGS_KEY: &str = "settings";
/// People given a role from chat, kept in `meta` under the role's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Runs the bot from chat (besides the configured admins).
    Admin,
    /// Rates ideas for the jury (`/rate`).
    Juror,
}

impl Role {
    fn key(self) -> &'static str {
        match self {
            Role::Admin => "admins",
            Role::Juror => "jurors",
        }
    }
}

/// Built-in values for settings the configuration does not give.
pub fn builtin() -> BTreeMap<String, String> {
    SETTINGS
        .iter()
        .filter_map(|s| Some((s.key.to_owned(), s.builtin?.to_owned())))
        .collect()
}

/// Current settings, and admins and jurors added from chat, mirrored in
/// the store.
pub struct Runtime {
    baseline: BTreeMap<String, String>,
    overrides: Mutex<BTreeMap<String, String>>,
    /// Admins and jurors added from chat, as `platform:user`.
    people: Mutex<BTreeMap<&'static str, BTreeSet<String>>>,
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
        let people = [Role::Admin, Role::Juror]
            .into_iter()
            .map(|role| {
                let set = read(role.key())
                    .and_then(|json| serde_json::from_str(&json).ok())
                    .unwrap_or_default();
                (role.key(), set)
            })
            .collect();
        let mut all = builtin();
        all.extend(baseline);
        Runtime {
            baseline: all,
            overrides: Mutex::new(overrides),
            people: Mutex::new(people),
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

    /// The default language of the bot (also of admins' replies).
    pub fn language(&self) -> String {
        self.get("language")
    }

    /// Whether ideas are taken (admins can pause them all).
    pub fn ideas_on(&self) -> bool {
        self.get("ideas") != "off"
    }

    /// Most ideas per person and consultation; 0 is no limit.
    pub fn ideas_max(&self) -> usize {
        self.get("ideas.max").parse().unwrap_or(0)
    }

    /// Messages per person and minute; 0 is no limit.
    pub fn rate_limit(&self) -> u32 {
        self.get("rate.limit").parse().unwrap_or(0)
    }

    /// Whom citizens contact about their data.
    pub fn privacy_contact(&self) -> String {
        self.get("privacy.contact")
    }

    /// The staff room, as stored: a Matrix room id, or the configured
    /// alias (which the Matrix adapter pins at start); empty if none.
    pub fn digest_room(&self) -> String {
        self.get("digest.room")
    }

    /// When digests go out; `None` if the stored value is unreadable.
    pub fn digest_schedule(&self) -> Option<Schedule> {
        self.get("digest.schedule").parse().ok()
    }

    /// The time zone of the digest schedule.
    pub fn digest_timezone(&self) -> Option<chrono_tz::Tz> {
        time_zone(&self.get("digest.timezone")).ok()
    }

    /// The digests' language (else the bot's).
    pub fn digest_language(&self) -> String {
        Some(self.get("digest.language"))
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| self.language())
    }

    /// An admin's welcome text for a language, if set.
    pub fn welcome(&self, lang: &str) -> Option<String> {
        Some(self.get(&format!("welcome.{lang}"))).filter(|t| !t.is_empty())
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

    /// People given `role` from chat, as `platform:user`.
    pub fn members(&self, role: Role) -> BTreeSet<String> {
        lock(&self.people)
            .get(role.key())
            .cloned()
            .unwrap_or_default()
    }

    /// Gives or takes `role`; `false` if nothing changed.
    pub fn change_member(
        &self,
        store: &dyn Store,
        role: Role,
        who: &str,
        add: bool,
    ) -> Result<bool, StoreError> {
        let mut next = self.members(role);
        let changed = if add {
            next.insert(who.to_owned())
        } else {
            next.remove(who)
        };
        if changed {
            let json = serde_json::to_string(&next).unwrap_or_default();
            store.set_meta(role.key(), &json)?;
            lock(&self.people).insert(role.key(), next);
        }
        Ok(changed)
    }
}

/// Whether `key` names a setting (welcome texts per known language).
pub fn known(key: &str, locales: &Locales) -> bool {
    setting(key, locales).is_some()
}

/// Checks a value for a setting and brings it into its stored form; an
/// error says what is accepted.
pub fn check(key: &str, value: &str, locales: &Locales) -> Result<String, Text> {
    let value = value.trim();
    let row = setting(key, locales).unwrap_or(&WELCOME);
    (row.check)(value, locales).ok_or_else(|| {
        Text::new("admin-setting-invalid")
            .echo("key", key)
            .echo("value", value)
            .text("hint", Text::new(row.hint))
    })
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
