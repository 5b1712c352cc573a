//! The `mitreden` binary: command line, configuration, and the adapters it
//! starts. Errors end here, printed with their whole chain.

mod app;
mod config;
mod control;
mod export_command;
mod server;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use tokio::io::BufReader;

use crate::config::Config;

/// mitreden: public consultation in the messenger.
#[derive(Parser)]
#[command(name = "mitreden", version, about)]
struct Cli {
    /// Configuration file (TOML); see config.example.toml.
    #[arg(long, short, global = true)]
    config: Option<PathBuf>,
    /// Log lines for people (`human`) or one JSON object per line for a
    /// log collector (`json`); also `MITREDEN_LOG_FORMAT`.
    #[arg(
        long,
        global = true,
        value_enum,
        env = "MITREDEN_LOG_FORMAT",
        default_value = "human"
    )]
    log_format: LogFormat,
    /// What to do; without a command, chat in the terminal.
    #[command(subcommand)]
    command: Option<Cmd>,
}

/// How log lines are written (to stderr).
#[derive(Clone, Copy, clap::ValueEnum)]
enum LogFormat {
    /// Readable lines.
    Human,
    /// One JSON object per line (time, level, target, fields).
    Json,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run every adapter the configuration enables.
    Run,
    /// Chat with the bot in this terminal (also from a pipe).
    Chat {
        /// Local user name (only its pseudonym is stored).
        #[arg(long)]
        user: Option<String>,
    },
    /// Check configuration, consultations and locales, then exit.
    Check,
    /// Write answers and ideas (pseudonymous) to stdout.
    Export {
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: export_command::Format,
        /// Only this consultation.
        #[arg(long)]
        consultation: Option<String>,
        /// Only what came after this date (2026-11-01, midnight UTC) or
        /// instant (2026-11-01T08:00:00+01:00).
        #[arg(long, value_parser = parse_since)]
        since: Option<chrono::DateTime<chrono::Utc>>,
        /// CSV for Excel: starts with a UTF-8 byte order mark.
        #[arg(long)]
        excel: bool,
    },
    /// Write the whole data directory to one backup file, also while the
    /// bot runs (it is asked to write it between two steps).
    Backup {
        /// The backup file to write (keep it as safe as the data).
        path: PathBuf,
    },
    /// Restore a backup file into an empty data directory.
    Restore {
        /// The backup file.
        path: PathBuf,
    },
}

/// The default log filter of `run`: our crates at `info`, everything
/// else at `warn` (matrix-sdk logs user and room ids at `info`), and the
/// crypto crate, which names users and devices in its warnings, at `error`.
const RUN_LOG: &str = "warn,matrix_sdk_crypto=error,mitreden=info,bot_core=info,mitreden_telegram=info,mitreden_matrix=info,mitreden_terminal=info";

fn main() -> ExitCode {
    // Everything the bot writes (store, keys, Matrix session, exports) is
    // for its own user only.
    #[cfg(unix)]
    // SAFETY: umask only sets the process's file creation mask; no memory
    // is involved, and it runs before any thread starts.
    unsafe {
        libc::umask(0o077);
    }
    let cli = Cli::parse();
    let default_level = match cli.command {
        Some(Cmd::Run) => RUN_LOG,
        _ => "warn",
    };
    let logs = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default_level)),
        );
    match cli.log_format {
        LogFormat::Human => logs.init(),
        LogFormat::Json => logs.json().init(),
    }
    match real_main(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::FAILURE
        }
    }
}

fn real_main(cli: Cli) -> anyhow::Result<()> {
    let config = match &cli.config {
        Some(path) => Config::load(path)?,
        None => Config::default(),
    }
    .with_env()?;
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    match cli.command.unwrap_or(Cmd::Chat { user: None }) {
        Cmd::Check => {
            let (consultations, locales) = app::definitions(&config)?;
            println!(
                "ok: {} consultation(s), languages: {}",
                consultations.len(),
                locales.languages().collect::<Vec<_>>().join(", ")
            );
            Ok(())
        }
        Cmd::Export {
            format,
            consultation,
            since,
            excel,
        } => {
            let (consultations, _) = app::definitions(&config)?;
            if let Some(id) = &consultation {
                if !consultations.iter().any(|c| &c.id == id) {
                    anyhow::bail!("there is no consultation '{id}'");
                }
            }
            let store = app::store(&config)?;
            let data = bot_core::export::collect(
                &*store,
                &consultations,
                consultation.as_deref(),
                since,
                chrono::Utc::now(),
            )?;
            export_command::write(&data, format, excel, std::io::stdout().lock())
        }
        Cmd::Backup { path } => {
            let to = std::path::absolute(&path)
                .with_context(|| format!("{}: not a usable path", path.display()))?;
            anyhow::ensure!(
                config.bot.data_dir.join("db").exists(),
                "no data in {}: nothing to back up (is the data directory right?)",
                config.bot.data_dir.display()
            );
            let bytes = match app::store(&config) {
                // Nobody else has it: write it here.
                Ok(store) => bot_core::store::Store::backup(&*store, &to)
                    .with_context(|| format!("cannot write the backup {}", to.display()))?,
                Err(_) => control::backup_through(&config.bot.data_dir, &to)?,
            };
            println!("backup written: {} ({bytes} bytes)", to.display());
            Ok(())
        }
        Cmd::Restore { path } => {
            bot_core::store::backup::restore(&path, &config.bot.data_dir).with_context(|| {
                format!(
                    "cannot restore {} into {}",
                    path.display(),
                    config.bot.data_dir.display()
                )
            })?;
            println!(
                "restored {} into {}",
                path.display(),
                config.bot.data_dir.display()
            );
            Ok(())
        }
        Cmd::Chat { user } => {
            let engine = app::engine(&config)?;
            let user = user
                .or_else(|| config.terminal.as_ref().map(|t| t.user.clone()))
                .unwrap_or_else(|| "local".into());
            runtime.spawn(control(engine.clone(), &config));
            runtime.block_on(chat(engine, user))
        }
        Cmd::Run => {
            let engine = app::engine(&config)?;
            runtime.spawn(control(engine.clone(), &config));
            runtime.block_on(run(engine, config))
        }
    }
}

/// Starts every enabled adapter and runs until all have ended or the
/// process is asked to stop (Ctrl-C, SIGTERM): then the messenger adapters
/// take nothing new and finish what they hold, for up to `drain_seconds`;
/// a second signal ends the process at once.
async fn run(engine: std::sync::Arc<bot_core::Engine>, config: Config) -> anyhow::Result<()> {
    let stop = tokio_util::sync::CancellationToken::new();
    // The messengers and the operator's listener (which may carry the
    // webhook), which drain on a stop; the terminal chat simply ends with
    // the process.
    let mut adapters = tokio::task::JoinSet::new();
    let mut others = tokio::task::JoinSet::new();
    if let Some(terminal) = config.terminal.clone() {
        tracing::info!("starting the terminal chat");
        let engine = engine.clone();
        others.spawn(async move { chat(engine, terminal.user).await.context("terminal chat") });
    }
    // The Telegram webhook on the operator's listener when both have the
    // same address.
    let shared: Option<server::Shared> = None;
    #[cfg(feature = "telegram")]
    let shared = match (&config.server, &config.telegram) {
        (Some(server), Some(t))
            if t.webhook_url.is_some() && t.listen.parse().ok() == Some(server.listen) =>
        {
            Some(server::Shared::default())
        }
        _ => shared,
    };
    #[cfg(feature = "telegram")]
    if let Some(telegram) = config.telegram.clone() {
        tracing::info!("starting the Telegram adapter");
        let (engine, stop, shared) = (engine.clone(), stop.clone(), shared.clone());
        adapters.spawn(async move {
            mitreden_telegram::run(engine, telegram, stop, shared)
                .await
                .context("Telegram adapter")
        });
    }
    // Retention: at start, then hourly (records without consent go after
    // a day, so they must not wait for a daily run).
    let retention = engine.clone();
    tokio::spawn(async move {
        let mut hourly = tokio::time::interval(std::time::Duration::from_secs(60 * 60));
        loop {
            hourly.tick().await;
            if let Err(e) = retention.retention().await {
                tracing::error!(error = %e, "retention job failed; retrying in an hour");
            }
        }
    });
    // Phase announcements: at start and when a phase begins; at least
    // every minute, so a phase added by `/admin reload` is not missed.
    let phases = engine.clone();
    tokio::spawn(async move {
        loop {
            if let Err(e) = phases.announce_phases().await {
                tracing::error!(error = %e, "phase announcements failed; retrying in a minute");
            }
            let minute = std::time::Duration::from_secs(60);
            let wait = phases
                .next_phase_start()
                .and_then(|t| (t - chrono::Utc::now()).to_std().ok())
                .map_or(minute, |until| {
                    (until + std::time::Duration::from_millis(200)).min(minute)
                });
            tokio::time::sleep(wait).await;
        }
    });
    #[cfg(feature = "matrix")]
    if let Some(matrix) = config.matrix.clone() {
        tracing::info!("starting the Matrix adapter");
        let (engine, stop) = (engine.clone(), stop.clone());
        let data_dir = config.bot.data_dir.clone();
        let digest = config.digest.clone();
        adapters.spawn(async move {
            mitreden_matrix::run(engine, matrix, digest, &data_dir, stop)
                .await
                .context("Matrix adapter")
        });
    }
    if adapters.is_empty() && others.is_empty() {
        anyhow::bail!("no adapter is enabled: add a [terminal], [telegram] or [matrix] section to the configuration (see config.example.toml)");
    }
    if let Some(server) = &config.server {
        let platforms = [
            ("telegram", config.telegram.is_some()),
            ("matrix", config.matrix.is_some()),
        ]
        .into_iter()
        .filter_map(|(p, on)| on.then_some(p))
        .collect();
        let engine = engine.clone();
        let listen = server.listen;
        let stop = stop.clone();
        adapters.spawn(async move { server::serve(engine, listen, platforms, shared, stop).await });
    }
    // Broadcasts a restart interrupted go on (they wait for the adapters).
    engine.resume_broadcasts();
    let ended = |next: Result<anyhow::Result<()>, tokio::task::JoinError>| match next {
        Ok(result) => result,
        Err(e) => Err(anyhow::anyhow!("an adapter crashed: {e}")),
    };
    loop {
        if adapters.is_empty() && others.is_empty() {
            return Ok(());
        }
        tokio::select! {
            Some(next) = adapters.join_next() => ended(next)?,
            Some(next) = others.join_next() => ended(next)?,
            () = stop_signal() => break,
        }
    }
    let drain = std::time::Duration::from_secs(config.bot.drain_seconds);
    tracing::info!(?drain, "stopping: no new messages; answering those in hand");
    stop.cancel();
    let drained = async {
        while let Some(next) = adapters.join_next().await {
            if let Err(e) = ended(next) {
                tracing::warn!(error = %e, "an adapter failed while stopping");
            }
        }
    };
    tokio::select! {
        () = drained => tracing::info!("stopped cleanly"),
        () = tokio::time::sleep(drain) => {
            tracing::warn!("not everything was answered in time; the rest comes again after the restart");
        }
        () = stop_signal() => {
            tracing::warn!("second stop signal: exiting at once");
            std::process::exit(1);
        }
    }
    // Every answered step is on disk already (durable before acknowledged).
    Ok(())
}

/// The control socket for `mitreden backup` while this process holds the
/// store; a failure only costs that.
fn control(
    engine: std::sync::Arc<bot_core::Engine>,
    config: &Config,
) -> impl std::future::Future<Output = ()> {
    let dir = config.bot.data_dir.clone();
    async move {
        if let Err(e) = control::serve(engine, dir).await {
            tracing::warn!(error = %e, "no control socket: `mitreden backup` cannot reach this process");
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM.
async fn stop_signal() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => return std::future::pending().await,
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// The terminal chat on this process's stdin and stdout.
async fn chat(engine: std::sync::Arc<bot_core::Engine>, user: String) -> anyhow::Result<()> {
    let session = mitreden_terminal::Session {
        user,
        language_hint: language_from_env(),
        prompt: std::io::stdin().is_terminal(),
    };
    mitreden_terminal::run(
        engine,
        session,
        BufReader::new(tokio::io::stdin()),
        tokio::io::stdout(),
    )
    .await
    .context("terminal input/output failed")
}

/// `--since`: a date (midnight UTC) or an RFC 3339 instant.
fn parse_since(text: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(text) {
        return Ok(t.with_timezone(&chrono::Utc));
    }
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
        .ok_or_else(|| format!("'{text}' is not a date like 2026-11-01 or an instant like 2026-11-01T08:00:00+01:00"))
}

/// `de_DE.UTF-8` → `de_DE`; nothing for `C`/`POSIX`.
fn language_from_env() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .map(|v| v.split(['.', '@']).next().unwrap_or_default().to_owned())
        .filter(|v| v != "C" && v != "POSIX" && !v.is_empty())
}
