//! The configuration file: one struct, every key documented in
//! `config.example.toml` (a test parses that file so it cannot drift).

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;

/// The whole configuration. Every section is optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Where things are and the default language.
    pub bot: BotConfig,
    /// What the privacy notice says and how pseudonyms are keyed.
    pub privacy: PrivacyConfig,
    /// Presence enables the terminal chat in `mitreden run`.
    pub terminal: Option<TerminalConfig>,
    /// Presence enables the Telegram adapter in `mitreden run`.
    pub telegram: Option<mitreden_telegram::Config>,
    /// Presence enables the Matrix adapter in `mitreden run`.
    pub matrix: Option<mitreden_matrix::Config>,
    /// Staff digests in a Matrix room (needs `[matrix]`).
    pub digest: Option<mitreden_matrix::DigestConfig>,
    /// Who may give admin commands.
    pub admins: AdminsConfig,
}

/// `[admins]`
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AdminsConfig {
    /// Matrix ids, e.g. `@alice:example.org`.
    pub matrix: Vec<String>,
    /// Telegram numeric user ids.
    pub telegram: Vec<i64>,
}

impl AdminsConfig {
    /// As (platform, platform user id) pairs, the engine's form.
    pub fn list(&self) -> Vec<(String, String)> {
        let matrix = self.matrix.iter().map(|u| ("matrix".to_owned(), u.clone()));
        let telegram = self
            .telegram
            .iter()
            .map(|u| ("telegram".to_owned(), u.to_string()));
        matrix.chain(telegram).collect()
    }
}

/// `[bot]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BotConfig {
    /// The store and the pseudonym key live here (`MITREDEN_DATA_DIR` wins).
    pub data_dir: PathBuf,
    /// Consultation definitions (`*.toml`).
    pub consultations_dir: PathBuf,
    /// Fluent files, one directory per language.
    pub locales_dir: PathBuf,
    /// Language for users whose platform gives no usable hint.
    pub default_language: String,
    /// Messages per participant and minute before the bot asks them to
    /// slow down (0: no limit). Admins can change it with `set rate.limit`.
    pub rate_limit: u32,
}

impl Default for BotConfig {
    fn default() -> Self {
        BotConfig {
            data_dir: "data".into(),
            consultations_dir: "consultations".into(),
            locales_dir: "locales".into(),
            default_language: "de".into(),
            rate_limit: 60,
        }
    }
}

/// `[privacy]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PrivacyConfig {
    /// The controller named in the privacy notice.
    pub controller: String,
    /// Contact for data protection questions, named in the notice.
    pub contact: String,
    /// The supervisory authority citizens may complain to, named in the
    /// notice.
    pub authority: String,
    /// Raise it when the notice changes: everyone is asked again.
    pub notice_version: u32,
    /// Secret for pseudonyms. `MITREDEN_PSEUDONYM_KEY` wins; without
    /// either, a key is generated in the data directory on first start.
    pub pseudonym_key: Option<String>,
    /// Days after a consultation closes until its participants' chat
    /// addresses are deleted (answers stay, pseudonymous).
    pub retention_days: u32,
    /// On `/forget`, keep the person's ideas for the record without any
    /// link to them, instead of deleting them.
    pub keep_ideas_on_erasure: bool,
    /// Platforms whose chats `/admin export` may send the data file to.
    pub export_platforms: Vec<String>,
}

impl Default for PrivacyConfig {
    fn default() -> Self {
        PrivacyConfig {
            controller: "mitreden (Beispielbetrieb / example deployment)".into(),
            contact: "datenschutz@example.org".into(),
            authority: "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), www.ldi.nrw.de".into(),
            notice_version: 1,
            pseudonym_key: None,
            retention_days: 180,
            keep_ideas_on_erasure: false,
            export_platforms: vec!["matrix".into()],
        }
    }
}

/// `[terminal]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TerminalConfig {
    /// The local user's name (only its pseudonym is stored).
    pub user: String,
}

impl Default for TerminalConfig {
    fn default() -> Self {
        TerminalConfig {
            user: "local".into(),
        }
    }
}

impl Config {
    /// Reads and checks a config file; errors name the file and line.
    pub fn load(path: &Path) -> anyhow::Result<Config> {
        let source = std::fs::read_to_string(path)
            .with_context(|| format!("{}: cannot read config", path.display()))?;
        Config::parse(path, &source)
    }

    /// Parses config text (see [`Config::load`]).
    pub fn parse(path: &Path, source: &str) -> anyhow::Result<Config> {
        let config: Config = toml::from_str(source).map_err(|e| {
            let line = e
                .span()
                .map(|s| bot_core::error::line_of(source, s.start))
                .unwrap_or(1);
            anyhow::anyhow!("{}:{}: {}", path.display(), line, e.message())
        })?;
        if let Some(digest) = &config.digest {
            if let Err(e) = digest.parsed() {
                anyhow::bail!("{}: {e}", path.display());
            }
            if config.matrix.is_none() {
                anyhow::bail!(
                    "{}: [digest] needs a [matrix] section: digests go to a Matrix room",
                    path.display()
                );
            }
        }
        if let Some(bad) = config
            .admins
            .matrix
            .iter()
            .find(|u| !mitreden_matrix::is_user_id(u))
        {
            anyhow::bail!(
                "{}: [admins] matrix: '{bad}' is not a Matrix user id like @alice:example.org",
                path.display()
            );
        }
        if config.bot.rate_limit > 600 {
            anyhow::bail!(
                "{}: [bot] rate_limit must be 0 (no limit) to 600 messages per minute",
                path.display()
            );
        }
        if let Some(Err(e)) = config
            .privacy
            .pseudonym_key
            .as_deref()
            .map(bot_core::pseudonym::Pseudonyms::from_secret)
        {
            anyhow::bail!("{}: [privacy] pseudonym_key: {e}", path.display());
        }
        if config.privacy.notice_version == 0 {
            anyhow::bail!(
                "{}: [privacy] notice_version must be 1 or more",
                path.display()
            );
        }
        Ok(config)
    }

    /// Applies environment overrides (`MITREDEN_DATA_DIR`,
    /// `MITREDEN_PSEUDONYM_KEY`, `MITREDEN_TELEGRAM_TOKEN`,
    /// `MITREDEN_TELEGRAM_WEBHOOK_SECRET`, `MITREDEN_MATRIX_PASSWORD`,
    /// `MITREDEN_MATRIX_ACCESS_TOKEN`, `MITREDEN_MATRIX_STORE_PASSPHRASE`).
    pub fn with_env(mut self) -> Config {
        if let Some(dir) = std::env::var_os("MITREDEN_DATA_DIR").filter(|d| !d.is_empty()) {
            self.bot.data_dir = dir.into();
        }
        if let Some(telegram) = &mut self.telegram {
            if let Ok(token) = std::env::var("MITREDEN_TELEGRAM_TOKEN") {
                if !token.trim().is_empty() {
                    telegram.token = Some(token);
                }
            }
            if let Ok(secret) = std::env::var("MITREDEN_TELEGRAM_WEBHOOK_SECRET") {
                if !secret.trim().is_empty() {
                    telegram.webhook_secret = Some(secret.trim().to_owned());
                }
            }
        }
        if let Some(matrix) = &mut self.matrix {
            let env = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
            if let Some(password) = env("MITREDEN_MATRIX_PASSWORD") {
                matrix.password = Some(password);
            }
            if let Some(token) = env("MITREDEN_MATRIX_ACCESS_TOKEN") {
                matrix.access_token = Some(token);
            }
            if let Some(passphrase) = env("MITREDEN_MATRIX_STORE_PASSPHRASE") {
                matrix.store_passphrase = Some(passphrase);
            }
        }
        if let Ok(key) = std::env::var("MITREDEN_PSEUDONYM_KEY") {
            if !key.trim().is_empty() {
                self.privacy.pseudonym_key = Some(key);
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_config_parses_and_matches_the_defaults() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
        let config = Config::load(&path).unwrap();
        let defaults = Config::default();
        assert_eq!(config.bot.data_dir, defaults.bot.data_dir);
        assert_eq!(config.bot.consultations_dir, defaults.bot.consultations_dir);
        assert_eq!(config.bot.locales_dir, defaults.bot.locales_dir);
        assert_eq!(config.bot.default_language, defaults.bot.default_language);
        assert_eq!(config.privacy.notice_version, 1);
        assert_eq!(
            config.privacy.retention_days,
            defaults.privacy.retention_days
        );
        assert_eq!(
            config.privacy.keep_ideas_on_erasure,
            defaults.privacy.keep_ideas_on_erasure
        );
        assert!(config.terminal.is_some());
        let telegram = config.telegram.expect("[telegram] is documented");
        assert_eq!(telegram.poll_timeout, 25);
        assert_eq!(telegram.messages_per_second, 30);
        assert_eq!(telegram.group_messages_per_minute, 20);
        assert_eq!(telegram.chat_messages_per_second, 0, "no fixed pace");
        let digest = config.digest.as_ref().expect("[digest] is documented");
        assert_eq!(
            digest.parsed().map(|(s, _)| s.to_string()),
            Ok("daily 08:00".to_owned())
        );
        let matrix = config.matrix.expect("[matrix] is documented");
        assert_eq!(matrix.device_name, "mitreden");
    }

    #[test]
    fn unknown_keys_and_bad_values_name_file_and_line() {
        let e = Config::parse(
            Path::new("c.toml"),
            "[bot]\ndata_dir = \"x\"\ncolour = \"red\"\n",
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("c.toml:3: unknown field `colour`"),
            "{e}"
        );
        let e = Config::parse(
            Path::new("c.toml"),
            "[matrix]\nhomeserver = \"x\"\nuser = \"@a:b\"\n[digest]\nroom = \"!r:b\"\nschedule = \"hourly\"\n",
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .contains("c.toml: [digest] schedule 'hourly' is not understood"),
            "{e}"
        );
        let e = Config::parse(Path::new("c.toml"), "[privacy]\nnotice_version = \"one\"\n")
            .unwrap_err();
        assert!(e.to_string().starts_with("c.toml:2:"), "{e}");
        let e = Config::parse(Path::new("c.toml"), "[admins]\nmatrix = [\"alice\"]\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "c.toml: [admins] matrix: 'alice' is not a Matrix user id like @alice:example.org"
        );
        let e =
            Config::parse(Path::new("c.toml"), "[privacy]\npseudonym_key = \"\"\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "c.toml: [privacy] pseudonym_key: the pseudonym key has 0 bytes; at least 32 are needed (make one with `openssl rand -hex 32`)"
        );
        let e = Config::parse(Path::new("c.toml"), "[bot]\nrate_limit = 5000\n").unwrap_err();
        assert!(e.to_string().contains("rate_limit must be 0"), "{e}");
    }
}
