//! The configuration file: one struct, every key documented in
//! `config.example.toml` (a test parses that file so it cannot drift).

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;

#[cfg(feature = "telegram")]
type TelegramConfig = mitreden_telegram::Config;
#[cfg(not(feature = "telegram"))]
type TelegramConfig = NotBuilt<Telegram>;
#[cfg(feature = "matrix")]
type MatrixConfig = mitreden_matrix::Config;
#[cfg(not(feature = "matrix"))]
type MatrixConfig = NotBuilt<Matrix>;
#[cfg(feature = "matrix")]
type DigestConfig = mitreden_matrix::DigestConfig;
#[cfg(not(feature = "matrix"))]
type DigestConfig = NotBuilt<Matrix>;

/// A section for an adapter this build leaves out: refused with a clear
/// message instead of being ignored.
#[derive(Debug, Clone)]
#[allow(dead_code)]
pub struct NotBuilt<T>(std::marker::PhantomData<T>);

/// The names of adapters that may be left out of a build.
pub trait Adapter {
    /// The cargo feature and section name.
    const NAME: &'static str;
}

/// The Telegram adapter.
#[derive(Debug, Clone)]
#[allow(dead_code)]
pub struct Telegram;
impl Adapter for Telegram {
    const NAME: &'static str = "telegram";
}

/// The Matrix adapter.
#[derive(Debug, Clone)]
#[allow(dead_code)]
pub struct Matrix;
impl Adapter for Matrix {
    const NAME: &'static str = "matrix";
}

impl<'de, T: Adapter> Deserialize<'de> for NotBuilt<T> {
    fn deserialize<D: serde::Deserializer<'de>>(_: D) -> Result<Self, D::Error> {
        Err(serde::de::Error::custom(format!(
            "this mitreden was built without the {0} adapter: build it with `--features {0}` (the default)",
            T::NAME
        )))
    }
}

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
    pub telegram: Option<TelegramConfig>,
    /// Presence enables the Matrix adapter in `mitreden run`.
    pub matrix: Option<MatrixConfig>,
    /// Staff digests in a Matrix room (needs `[matrix]`).
    pub digest: Option<DigestConfig>,
    /// Who may give admin commands.
    pub admins: AdminsConfig,
    /// The operator's HTTP listener for metrics and health checks.
    pub server: Option<ServerConfig>,
}

/// `[server]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerConfig {
    /// Address for `/metrics`, `/healthz` and `/readyz`, e.g.
    /// `127.0.0.1:9090` (no authentication: loopback or an internal net).
    pub listen: std::net::SocketAddr,
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
    /// Seconds a stop (SIGTERM, Ctrl-C) waits for the updates in hand to be
    /// answered; below Docker's 10 s before it kills.
    pub drain_seconds: u64,
}

impl Default for BotConfig {
    fn default() -> Self {
        BotConfig {
            data_dir: "data".into(),
            consultations_dir: "consultations".into(),
            locales_dir: "locales".into(),
            default_language: "de".into(),
            rate_limit: 60,
            drain_seconds: 8,
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

/// Secrets by section and key; each may be given as `<key>_file` (a path
/// whose content is the secret), and in the environment as the variable or
/// the variable with `_FILE` (Docker and systemd credentials).
pub const SECRETS: [(&str, &str, &str); 6] = [
    ("telegram", "token", "MITREDEN_TELEGRAM_TOKEN"),
    (
        "telegram",
        "webhook_secret",
        "MITREDEN_TELEGRAM_WEBHOOK_SECRET",
    ),
    ("matrix", "password", "MITREDEN_MATRIX_PASSWORD"),
    ("matrix", "access_token", "MITREDEN_MATRIX_ACCESS_TOKEN"),
    (
        "matrix",
        "store_passphrase",
        "MITREDEN_MATRIX_STORE_PASSPHRASE",
    ),
    ("privacy", "pseudonym_key", "MITREDEN_PSEUDONYM_KEY"),
];

/// A secret file's content, trimmed; an error names the file and why.
fn secret_file(file: &Path, whose: &str) -> anyhow::Result<String> {
    let text = std::fs::read_to_string(file)
        .with_context(|| format!("{whose}: cannot read the secret file {}", file.display()))?;
    let text = text.trim();
    anyhow::ensure!(
        !text.is_empty(),
        "{whose}: the secret file {} is empty",
        file.display()
    );
    Ok(text.to_owned())
}

/// Puts the content of every `<secret>_file` in place of the key; `true`
/// if there was any. Relative paths are taken from the config's folder.
fn read_secret_files(config: &Path, table: &mut toml::Table) -> anyhow::Result<bool> {
    let mut any = false;
    for (section, key, _) in SECRETS {
        let Some(toml::Value::Table(t)) = table.get_mut(section) else {
            continue;
        };
        let file_key = format!("{key}_file");
        let Some(value) = t.remove(&file_key) else {
            continue;
        };
        let whose = format!("{}: [{section}] {file_key}", config.display());
        let file = value
            .as_str()
            .map(PathBuf::from)
            .ok_or_else(|| anyhow::anyhow!("{whose}: must be a path"))?;
        anyhow::ensure!(
            !t.contains_key(key),
            "{whose}: give either {key} or {file_key}, not both"
        );
        let file = config.parent().map_or(file.clone(), |dir| dir.join(&file));
        t.insert(
            key.to_owned(),
            toml::Value::String(secret_file(&file, &whose)?),
        );
        any = true;
    }
    Ok(any)
}

/// A secret from the environment: `NAME`, or the content of the file
/// `NAME_FILE` names.
fn env_secret(name: &str) -> anyhow::Result<Option<String>> {
    if let Some(v) = std::env::var(name).ok().filter(|v| !v.trim().is_empty()) {
        return Ok(Some(v));
    }
    match std::env::var_os(format!("{name}_FILE")).filter(|v| !v.is_empty()) {
        Some(file) => secret_file(Path::new(&file), &format!("{name}_FILE")).map(Some),
        None => Ok(None),
    }
}

impl Config {
    /// Reads and checks a config file; errors name the file and line.
    pub fn load(path: &Path) -> anyhow::Result<Config> {
        let source = std::fs::read_to_string(path)
            .with_context(|| format!("{}: cannot read config", path.display()))?;
        Config::parse(path, &source)
    }

    /// Parses config text (see [`Config::load`]). A secret may come from
    /// a file instead (`token_file = "/run/secrets/telegram"`, see
    /// [`SECRETS`]): the file's content, trimmed, is the value.
    pub fn parse(path: &Path, source: &str) -> anyhow::Result<Config> {
        let at_line = |e: toml::de::Error| {
            let line = e
                .span()
                .map(|s| bot_core::error::line_of(source, s.start))
                .unwrap_or(1);
            anyhow::anyhow!("{}:{}: {}", path.display(), line, e.message())
        };
        let mut table: toml::Table = toml::from_str(source).map_err(at_line)?;
        let config: Config = if read_secret_files(path, &mut table)? {
            // Line numbers are gone with the files' contents put in.
            table.try_into().map_err(|e: toml::de::Error| {
                anyhow::anyhow!("{}: {}", path.display(), e.message())
            })?
        } else {
            toml::from_str(source).map_err(at_line)?
        };
        #[cfg(feature = "matrix")]
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
        #[cfg(feature = "matrix")]
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
        if config.bot.drain_seconds > 600 {
            anyhow::bail!("{}: [bot] drain_seconds must be 0 to 600", path.display());
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

    /// Applies environment overrides: `MITREDEN_DATA_DIR` and each secret
    /// of [`SECRETS`] (as the variable or `<variable>_FILE`).
    pub fn with_env(mut self) -> anyhow::Result<Config> {
        if let Some(dir) = std::env::var_os("MITREDEN_DATA_DIR").filter(|d| !d.is_empty()) {
            self.bot.data_dir = dir.into();
        }
        for (_, key, name) in SECRETS {
            let Some(value) = env_secret(name)? else {
                continue;
            };
            #[allow(unused_variables)]
            let slot = match (key, &mut self.telegram, &mut self.matrix) {
                #[cfg(feature = "telegram")]
                ("token", Some(t), _) => &mut t.token,
                #[cfg(feature = "telegram")]
                ("webhook_secret", Some(t), _) => {
                    t.webhook_secret = Some(value.trim().to_owned());
                    continue;
                }
                #[cfg(feature = "matrix")]
                ("password", _, Some(m)) => &mut m.password,
                #[cfg(feature = "matrix")]
                ("access_token", _, Some(m)) => &mut m.access_token,
                #[cfg(feature = "matrix")]
                ("store_passphrase", _, Some(m)) => &mut m.store_passphrase,
                ("pseudonym_key", ..) => &mut self.privacy.pseudonym_key,
                _ => continue,
            };
            *slot = Some(value);
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(feature = "telegram")]
    fn secrets_come_from_files_and_a_bad_one_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("config.toml");
        std::fs::write(dir.path().join("telegram-token"), "123:ABC\n").unwrap();
        std::fs::write(dir.path().join("key"), "k".repeat(40)).unwrap();
        let parsed = Config::parse(
            &config,
            "[privacy]\npseudonym_key_file = \"key\"\n[telegram]\ntoken_file = \"telegram-token\"\n",
        )
        .unwrap();
        assert_eq!(parsed.telegram.unwrap().token.as_deref(), Some("123:ABC"));
        assert_eq!(parsed.privacy.pseudonym_key, Some("k".repeat(40)));
        let missing = Config::parse(&config, "[telegram]\ntoken_file = \"nope\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            missing.contains("[telegram] token_file: cannot read the secret file")
                && missing.contains("nope"),
            "{missing}"
        );
        let both = Config::parse(
            &config,
            "[telegram]\ntoken = \"x\"\ntoken_file = \"telegram-token\"\n",
        )
        .unwrap_err()
        .to_string();
        assert!(both.contains("not both"), "{both}");
        std::fs::write(dir.path().join("empty"), "\n").unwrap();
        let empty = Config::parse(&config, "[telegram]\ntoken_file = \"empty\"\n")
            .unwrap_err()
            .to_string();
        assert!(empty.contains("is empty"), "{empty}");
    }

    #[test]
    #[cfg(all(feature = "telegram", feature = "matrix"))]
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
