//! Throughput and latency of durable dialogue steps, alone and with many
//! participants at once, and the number of flushes they needed (group
//! commit). Run with `cargo bench -p bot-core`; results go to BENCHMARKS.md.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bot_core::consultation::load_dir;
use bot_core::pseudonym::Pseudonyms;
use bot_core::store::SledStore;
use bot_core::{Engine, Incoming, Input, Locales, Settings};

/// One participant's way through the example consultation.
const SCRIPT: &[&str] = &["1", "1", "40", "4", "1,3", "2", "nein", "4", "1", "nein"];

fn setup(dir: &Path) -> (Arc<Engine>, Arc<SledStore>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let store = Arc::new(SledStore::open(dir).expect("store"));
    let engine = Engine::new(
        load_dir(&root.join("consultations")).expect("consultations"),
        Arc::new(Locales::load(&root.join("locales"), "de").expect("locales")),
        store.clone(),
        Pseudonyms::new("bench"),
        Settings {
            default_language: "de".into(),
            notice_version: 1,
            privacy_controller: "x".into(),
            privacy_contact: "y".into(),
            privacy_authority: "LDI NRW".into(),
            keep_ideas_on_erasure: false,
            retention_days: 180,
            admins: vec![("test".into(), "admin".into())],
            export_platforms: vec!["test".into(), "matrix".into()],
            user_ids: USER_IDS.to_vec(),
            // Benchmark participants type faster than any person.
            runtime: [("rate.limit".to_owned(), "0".to_owned())].into(),
        },
        Arc::new(chrono::Utc::now),
    );
    (Arc::new(engine), store)
}

async fn participant(engine: Arc<Engine>, user: String) -> Vec<Duration> {
    let mut latencies = Vec::new();
    let inputs =
        std::iter::once(Input::Open).chain(SCRIPT.iter().map(|s| Input::Text((*s).into())));
    for (i, input) in inputs.enumerate() {
        let start = Instant::now();
        let outcome = engine
            .handle(Incoming {
                platform: "bench".into(),
                user: user.clone(),
                chat: user.clone(),
                event_id: Some(format!("{user}-{i}")),
                language_hint: None,
                input,
                staff: false,
            })
            .await
            .expect("step");
        assert!(!outcome.replies.is_empty());
        latencies.push(start.elapsed());
        // As an adapter does once the replies went out.
        engine.replied("bench", &format!("{user}-{i}"));
    }
    latencies
}

fn report(name: &str, latencies: &mut [Duration], wall: Duration, flushes: u64) {
    latencies.sort();
    let n = latencies.len();
    let pct = |p: f64| latencies[((n as f64 * p) as usize).min(n - 1)];
    println!(
        "{name}: {n} steps in {:.2} s = {:.0} steps/s; latency p50 {:.2} ms, p99 {:.2} ms; {flushes} flushes ({:.2} steps per flush)",
        wall.as_secs_f64(),
        n as f64 / wall.as_secs_f64(),
        pct(0.5).as_secs_f64() * 1e3,
        pct(0.99).as_secs_f64() * 1e3,
        n as f64 / flushes.max(1) as f64,
    );
}

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .map(str::to_owned)
        })
        .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        .unwrap_or(0)
}

fn dir_size(path: &Path) -> u64 {
    std::fs::read_dir(path)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => dir_size(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}

/// The platforms' user ids the bench needs (none: it adds no admins).
const USER_IDS: &[bot_core::admin_command::UserIds] = &[];

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        // One participant after another: every step waits for its own flush.
        let dir = tempfile::tempdir().expect("tempdir");
        let (engine, store) = setup(dir.path());
        let start = Instant::now();
        let mut all = Vec::new();
        for u in 0..20 {
            all.extend(participant(engine.clone(), format!("seq{u}")).await);
        }
        report("sequential, 1 at a time", &mut all, start.elapsed(), store.flushes());

        // Many at once: flushes are shared.
        for concurrent in [100usize, 1000] {
            let dir = tempfile::tempdir().expect("tempdir");
            let (engine, store) = setup(dir.path());
            let before = rss_kib();
            let start = Instant::now();
            let tasks: Vec<_> = (0..concurrent)
                .map(|u| tokio::spawn(participant(engine.clone(), format!("par{u}"))))
                .collect();
            let mut all = Vec::new();
            for t in tasks {
                all.extend(t.await.expect("task"));
            }
            report(&format!("{concurrent} participants at once"), &mut all, start.elapsed(), store.flushes());
            println!(
                "  store on disk: {} KiB for {concurrent} completed participants; RSS grew by {} KiB",
                dir_size(dir.path()) / 1024,
                rss_kib().saturating_sub(before)
            );
        }

        // A broadcast to everyone: queue, one worker, receipts, cursor.
        let dir = tempfile::tempdir().expect("tempdir");
        let (engine, store) = setup(dir.path());
        let people = 10_000;
        let tasks: Vec<_> = (0..people)
            .map(|u| {
                let engine = engine.clone();
                tokio::spawn(async move {
                    for (i, input) in [Input::Open, Input::Text("1".into())].into_iter().enumerate() {
                        engine
                            .handle(incoming("bench", &format!("b{u}"), i, input))
                            .await
                            .expect("step");
                    }
                })
            })
            .collect();
        for t in tasks {
            t.await.expect("task");
        }
        let mut citizens = engine.notifications("bench");
        let mut admin = engine.notifications("test");
        tokio::spawn(async move {
            while let Some(n) = citizens.recv().await {
                if let Some(receipt) = n.receipt {
                    receipt.done(true);
                }
            }
        });
        let before = (rss_kib(), store.flushes());
        let start = Instant::now();
        engine
            .handle(incoming(
                "test",
                "admin",
                0,
                Input::Text("/admin broadcast lebensbildung-digital Ergebnisse online".into()),
            ))
            .await
            .expect("broadcast");
        let done = admin.recv().await.expect("final count");
        let wall = start.elapsed();
        println!(
            "broadcast to {people}: {:.2} s = {:.0} messages/s; {} flushes; RSS grew by {} KiB; final report: {:?}",
            wall.as_secs_f64(),
            people as f64 / wall.as_secs_f64(),
            store.flushes() - before.1,
            rss_kib().saturating_sub(before.0),
            done.reply.body[0].args,
        );
    });
}

fn incoming(platform: &str, user: &str, i: usize, input: Input) -> Incoming {
    Incoming {
        platform: platform.into(),
        user: user.into(),
        chat: user.into(),
        event_id: Some(format!("{user}-{i}")),
        language_hint: None,
        input,
        staff: false,
    }
}
