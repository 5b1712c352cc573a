//! Load runs on Telegram: the fake Bot API on loopback, a bot process
//! polling it, and citizens who each walk through the example consultation
//! (buttons, toggles and typed answers, 17 steps) and wait for every reply.
//! The same citizens then talk to an echo bot on the same fake, for scale.
//!
//! Three runs per bot: as fast as it goes (`--concurrency` citizens at a
//! time), then paced at half that rate, then idle (one citizen at a time,
//! ten steps a second: how a single citizen sees the bot). Reported per run: steps/s, reply
//! latency p50/p99/max, the bot's CPU per step, Bot API requests per step
//! and the bot's peak RSS, as a table and (with `--json`) as JSON.
//!
//! `scripts/load.sh` builds both bots in release mode and runs this.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use clap::Parser;
use fake_telegram::{FakeTelegram, TOKEN};
use serde_json::{json, Value};

#[derive(Parser)]
struct Args {
    /// The `mitreden` binary (a release build).
    #[arg(long)]
    bot: PathBuf,
    /// The `echo-bot` binary.
    #[arg(long)]
    echo: PathBuf,
    /// Citizens per run.
    #[arg(long, default_value_t = 200)]
    citizens: usize,
    /// Citizens at a time in the full-speed run.
    #[arg(long, default_value_t = 50)]
    concurrency: usize,
    /// Also write the results here as JSON.
    #[arg(long)]
    json: Option<PathBuf>,
}

/// What a citizen does in one step.
#[derive(Clone, Copy)]
enum Act {
    Say(&'static str),
    Press(&'static str),
    /// A press that redraws the question in place (a toggle).
    Toggle(&'static str),
}

/// A step and the text of the message that ends it (toggles end with
/// their redraw).
type Step = (Act, &'static str);

/// Consent and the whole example consultation, as the end-to-end tests
/// walk it: half buttons, half typed.
const WALK: &[Step] = &[
    (Act::Say("/start"), "Datenschutzhinweis"),
    (Act::Press("Ja, einverstanden"), "Frage 1 von 14"),
    (Act::Press("Als Bürgerin oder Bürger"), "Frage 2 von 14"),
    (Act::Say("35"), "Frage 3 von 14"),
    (Act::Press("4"), "Frage 4 von 14"),
    (Act::Toggle("In Kontakt bleiben"), ""),
    (Act::Toggle("Sich informieren"), ""),
    (Act::Press("Fertig"), "Frage 5 von 14"),
    (Act::Say("1, 3"), "Frage 6 von 14"),
    (Act::Say("5"), "Frage 7 von 14"),
    (Act::Say("2"), "Frage 8 von 14"),
    (Act::Press("5"), "Frage 9 von 13"),
    (Act::Press("Nein"), "Frage 10 von 12"),
    (Act::Press("Im Messenger"), "Frage 11 von 12"),
    (Act::Toggle("Mehr Mitsprache"), ""),
    (Act::Say("6, 1, 2, 3, 4, 5"), "Frage 12 von 12"),
    (Act::Say("Mehr Kurse im Viertel."), "Möchten Sie außerdem"),
];

/// The echo bot's walk: as many steps, each a typed line and its echo.
const ECHO: &[Step] = &[(Act::Say("Mehr Kurse im Viertel."), ""); 17];

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()?;
    let mut results = Vec::new();
    for (name, script) in [("echo bot", ECHO), ("mitreden", WALK)] {
        let fake = Arc::new(FakeTelegram::start());
        let dir = tempfile::tempdir()?;
        let mut bot = Bot::start(name, &args, &fake, dir.path())?;
        // Warm up (connections, caches), then full speed, then half rate.
        let mut next_id = 8_000_000i64;
        let mut take = |n: usize| {
            let ids = next_id..next_id + n as i64;
            next_id += n as i64;
            ids
        };
        runtime.block_on(run(&fake, &bot, take(10), script, 10, None))?;
        let full = runtime.block_on(run(
            &fake,
            &bot,
            take(args.citizens),
            script,
            args.concurrency,
            None,
        ))?;
        let half_rate = full.steps_per_second() / 2.0;
        let half = runtime.block_on(run(
            &fake,
            &bot,
            take(args.citizens),
            script,
            args.citizens,
            Some(half_rate),
        ))?;
        let idle = runtime.block_on(run(&fake, &bot, take(10), script, 1, Some(10.0)))?;
        let peak = bot.peak_rss_mib();
        bot.stop();
        for (mode, r) in [("full speed", &full), ("half rate", &half), ("idle", &idle)] {
            results.push(r.report(name, mode, peak));
        }
    }
    print_table(&results);
    if let Some(path) = &args.json {
        std::fs::write(path, serde_json::to_string_pretty(&results)?)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// A bot process under load.
struct Bot {
    child: Child,
}

impl Bot {
    fn start(name: &str, args: &Args, fake: &FakeTelegram, dir: &Path) -> anyhow::Result<Bot> {
        let mut cmd = if name == "mitreden" {
            // The repository root holds the example consultation and locales.
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
            let config = dir.join("config.toml");
            // Limits lifted: the run measures the bot, not Telegram's quotas.
            std::fs::write(
                &config,
                format!(
                    "[bot]\ndata_dir = \"{}\"\nrate_limit = 0\n\n[telegram]\ntoken = \"{TOKEN}\"\napi_url = \"{}\"\npoll_timeout = 2\nmessages_per_second = 1000000\n",
                    dir.join("data").display(),
                    fake.url
                ),
            )?;
            let mut cmd = Command::new(&args.bot);
            cmd.current_dir(root)
                .arg("--config")
                .arg(&config)
                .arg("run")
                .env_remove("MITREDEN_DATA_DIR")
                .env("RUST_LOG", "warn");
            cmd
        } else {
            let mut cmd = Command::new(&args.echo);
            cmd.args([TOKEN, fake.url.as_str()]);
            cmd
        };
        let child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()
            .with_context(|| format!("cannot start {name}"))?;
        Ok(Bot { child })
    }

    /// User plus system CPU time so far.
    fn cpu(&self) -> Duration {
        let stat =
            std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap_or_default();
        // Fields after the command name (which may hold spaces): utime and
        // stime are the 12th and 13th.
        let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
        let ticks: u64 = after
            .split_whitespace()
            .skip(11)
            .take(2)
            .filter_map(|v| v.parse::<u64>().ok())
            .sum();
        // SAFETY: sysconf only reads a constant.
        let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
        Duration::from_micros(ticks * 1_000_000 / per_second)
    }

    fn peak_rss_mib(&self) -> f64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
            .map_or(0.0, |kib| kib / 1024.0)
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        self.stop();
    }
}

/// One run's measurements.
struct Run {
    steps: usize,
    wall: Duration,
    cpu: Duration,
    requests: usize,
    /// Sorted.
    latencies: Vec<Duration>,
}

impl Run {
    fn steps_per_second(&self) -> f64 {
        self.steps as f64 / self.wall.as_secs_f64()
    }

    fn quantile(&self, q: f64) -> f64 {
        let i = ((self.latencies.len().max(1) - 1) as f64 * q).round() as usize;
        self.latencies
            .get(i)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    }

    fn report(&self, bot: &str, mode: &str, peak_rss_mib: f64) -> Value {
        let steps = self.steps.max(1) as f64;
        json!({
            "bot": bot,
            "mode": mode,
            "steps": self.steps,
            "seconds": round(self.wall.as_secs_f64(), 2),
            "steps_per_second": round(self.steps_per_second(), 0),
            "p50_ms": round(self.quantile(0.5), 1),
            "p99_ms": round(self.quantile(0.99), 1),
            "max_ms": round(self.quantile(1.0), 1),
            "cpu_ms_per_step": round(self.cpu.as_secs_f64() * 1000.0 / steps, 3),
            "requests_per_step": round(self.requests as f64 / steps, 2),
            "peak_rss_mib": round(peak_rss_mib, 1),
        })
    }
}

fn round(v: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (v * f).round() / f
}

/// Spaces steps evenly at a given rate, over all citizens.
struct Pacer {
    start: tokio::time::Instant,
    interval: Duration,
    issued: AtomicU64,
}

impl Pacer {
    async fn ticket(&self) {
        let k = self.issued.fetch_add(1, Ordering::Relaxed);
        let at = self.start + self.interval.mul_f64(k as f64);
        tokio::time::sleep_until(at).await;
    }
}

/// Runs every citizen in `ids` through `script`, `at_once` at a time,
/// paced to `rate` steps/s if given.
async fn run(
    fake: &Arc<FakeTelegram>,
    bot: &Bot,
    ids: std::ops::Range<i64>,
    script: &'static [Step],
    at_once: usize,
    rate: Option<f64>,
) -> anyhow::Result<Run> {
    let pacer = rate.map(|r| {
        Arc::new(Pacer {
            start: tokio::time::Instant::now(),
            interval: Duration::from_secs_f64(1.0 / r.max(1.0)),
            issued: AtomicU64::new(0),
        })
    });
    let ids: Arc<Vec<i64>> = Arc::new(ids.collect());
    let next = Arc::new(AtomicUsize::new(0));
    let requests_before = requests(fake);
    let cpu_before = bot.cpu();
    let started = Instant::now();
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..at_once.min(ids.len()) {
        let (fake, ids, next, pacer) = (fake.clone(), ids.clone(), next.clone(), pacer.clone());
        workers.spawn(async move {
            let mut latencies = Vec::new();
            while let Some(&id) = ids.get(next.fetch_add(1, Ordering::Relaxed)) {
                latencies.extend(citizen(&fake, id, script, pacer.as_deref()).await?);
            }
            anyhow::Ok(latencies)
        });
    }
    let mut latencies = Vec::new();
    while let Some(done) = workers.join_next().await {
        latencies.extend(done??);
    }
    let wall = started.elapsed();
    latencies.sort();
    Ok(Run {
        steps: latencies.len(),
        wall,
        cpu: bot.cpu().saturating_sub(cpu_before),
        requests: requests(fake) - requests_before,
        latencies,
    })
}

/// The bot's Bot API requests except polling.
fn requests(fake: &FakeTelegram) -> usize {
    fake.request_counts()
        .into_iter()
        .filter(|(method, _)| method != "getupdates")
        .map(|(_, n)| n)
        .sum()
}

/// One citizen's walk; the latency of each step, from the update to the
/// message that ends it.
async fn citizen(
    fake: &FakeTelegram,
    id: i64,
    script: &[Step],
    pacer: Option<&Pacer>,
) -> anyhow::Result<Vec<Duration>> {
    let mut seen = fake.watch(id);
    // The chat's messages as last sent or edited, by id.
    let mut messages = std::collections::BTreeMap::<i64, Value>::new();
    let mut latencies = Vec::with_capacity(script.len());
    for &(act, ends) in script {
        if let Some(p) = pacer {
            p.ticket().await;
        }
        let sent = Instant::now();
        match act {
            Act::Say(text) => {
                fake.text(id, text);
            }
            Act::Press(label) | Act::Toggle(label) => {
                let Some((message, data)) = button(&messages, label) else {
                    bail!("citizen {id}: no button '{label}'");
                };
                fake.press_on(id, &message, &data);
            }
        }
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let Ok(Some(s)) = tokio::time::timeout_at(deadline, seen.recv()).await else {
                bail!("citizen {id}: no reply containing {ends:?} within 30 s");
            };
            let message_id = s.message["message_id"].as_i64().unwrap_or(0);
            messages.insert(message_id, s.message.clone());
            let done = match act {
                Act::Toggle(_) => {
                    s.method.starts_with("edit") && !s.message["reply_markup"].is_null()
                }
                _ => {
                    s.method == "sendmessage"
                        && s.message["text"].as_str().is_some_and(|t| t.contains(ends))
                }
            };
            if done {
                latencies.push(s.at.duration_since(sent));
                break;
            }
        }
    }
    Ok(latencies)
}

/// The newest message with a button labelled with `label`, and its data.
fn button(
    messages: &std::collections::BTreeMap<i64, Value>,
    label: &str,
) -> Option<(Value, String)> {
    messages
        .values()
        .rev()
        .find_map(|m| Some((m.clone(), fake_telegram::button(m, label)?)))
}

fn print_table(results: &[Value]) {
    println!("| bot | run | steps | steps/s | p50 | p99 | max | CPU per step | requests per step | peak RSS |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for r in results {
        println!(
            "| {} | {} | {} | {} | {} ms | {} ms | {} ms | {} ms | {} | {} MiB |",
            r["bot"].as_str().unwrap_or_default(),
            r["mode"].as_str().unwrap_or_default(),
            r["steps"],
            r["steps_per_second"],
            r["p50_ms"],
            r["p99_ms"],
            r["max_ms"],
            r["cpu_ms_per_step"],
            r["requests_per_step"],
            r["peak_rss_mib"],
        );
    }
}
