//! Throughput and latency of durable dialogue steps, alone and with many
//! participants at once, and the number of flushes they needed (group
//! commit). Run with `cargo bench -p bot-core`; results go to BENCHMARKS.md.
//!
//! `cargo bench -p bot-core --bench steps -- scale` instead fills a store
//! with 100 000 participants (`MITREDEN_SCALE_N`) and measures start-up
//! (store and engine, then one step) and its peak memory in a fresh
//! process, and the time of a full export.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bot_core::consultation::load_dir;
use bot_core::pseudonym::Pseudonyms;
use bot_core::store::SledStore;
use bot_core::{Engine, Incoming, Input, Locales, Settings};

/// One participant's way through the example consultation: consent, role,
/// age, everyday life, chances, worries, learning, culture, the
/// administration, taken part before.
const SCRIPT: &[&str] = &["1", "1", "40", "4", "1,3", "2", "1", "1", "4", "nein"];

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

/// A memory figure of this process from `/proc/self/status`, in KiB.
fn status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

fn rss_kib() -> u64 {
    status_kib("VmRSS:")
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
    let args: Vec<String> = std::env::args().collect();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    if let Some(i) = args.iter().position(|a| a == "--startup") {
        return runtime.block_on(startup(Path::new(&args[i + 1])));
    }
    if args.iter().any(|a| a == "scale") {
        return runtime.block_on(scale());
    }
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
                    // Consent, then the opt-in for news (broadcasts reach followers).
                    let inputs = [Input::Open, Input::Text("1".into()), Input::Text("/follow".into())];
                    for (i, input) in inputs.into_iter().enumerate() {
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

fn peak_rss_kib() -> u64 {
    status_kib("VmHWM:")
}

/// A store with many participants who answered a few questions each.
async fn scale() {
    use bot_core::records::{Consent, Contact, Participant, Run};
    use bot_core::store::{Step, Store, Write};
    let n: usize = std::env::var("MITREDEN_SCALE_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("tempdir");
    let now = chrono::Utc::now();
    let start = Instant::now();
    {
        let store = SledStore::open(dir.path()).expect("store");
        for i in 0..n {
            let id = format!("p{i:07}");
            let mut p = Participant::new(&id, "de", now);
            p.consent = Some(Consent {
                given: true,
                notice_version: 1,
                at: now,
            });
            let mut run = Run::new(now);
            for (q, a) in [("rolle", "buerger"), ("alter", "40"), ("alltag", "4")] {
                let answer = match a.parse::<f64>() {
                    Ok(v) => bot_core::consultation::Answer::Number(v),
                    Err(_) => bot_core::consultation::Answer::Choice(a.into()),
                };
                run.answers.insert(q.into(), answer);
                run.answered_at.insert(q.into(), now);
                run.history.push(q.into());
            }
            p.runs.insert("lebensbildung-digital".into(), run);
            p.current = Some("lebensbildung-digital".into());
            let contact = Contact {
                v: 1,
                platform: "bench".into(),
                chat: id.clone(),
                since: now,
            };
            // Every 50th participant submitted an idea, published.
            let idea = (i % 50 == 0).then(|| bot_core::records::Idea {
                v: bot_core::records::RECORD_VERSION,
                id: format!("I-{:04}", i / 50 + 1),
                consultation: "lebensbildung-digital".into(),
                author: id.clone(),
                title: format!("Idee {i}"),
                description: "Offene Werkstätten für digitale Bildung im Viertel. ".repeat(8),
                field: "ausrichtung".into(),
                status: bot_core::records::IdeaStatus::Submitted,
                submitted_at: now,
                language: "de".into(),
                published: true,
                publishable: true,
                supporters: Vec::new(),
                history: Vec::new(),
                ratings: Vec::new(),
                department: None,
                reviews: Vec::new(),
                reviews_numbered: 0,
            });
            let ideas: Vec<Write<bot_core::records::Idea>> = idea.iter().map(Write::Put).collect();
            store
                .commit(Step {
                    participant: Write::Put(&p),
                    contact: Some(Write::Put(&contact)),
                    event: None,
                    awaits_reply: false,
                    ideas: &ideas,
                    audit: None,
                })
                .expect("commit");
            // As the bot does (a flush per group of steps): sled slows down
            // badly under thousands of unflushed transactions (10 000 in
            // 0.8 s, 30 000 not in 4 minutes when flushing every 5 000).
            if i % 100 == 0 {
                store.durable().wait().await.expect("flush");
            }
        }
        store.durable().wait().await.expect("flush");
    }
    println!(
        "filled {n} participants in {:.1} s; store on disk {} MiB",
        start.elapsed().as_secs_f64(),
        dir_size(dir.path()) / (1024 * 1024)
    );
    let exe = std::env::current_exe().expect("own path");
    let out = std::process::Command::new(exe)
        .arg("--startup")
        .arg(dir.path())
        .output()
        .expect("start-up run");
    print!("{}", String::from_utf8_lossy(&out.stdout));
    let (engine, store) = setup(dir.path());
    let start = Instant::now();
    let export = bot_core::export::collect(
        &*store,
        &engine.consultations(),
        None,
        None,
        chrono::Utc::now(),
    )
    .expect("export");
    println!(
        "export of {} runs and {} answers: {:.2} s",
        export.runs.len(),
        export.answers.len(),
        start.elapsed().as_secs_f64()
    );
    // Erasures (`/forget`): the person's key goes from the key file.
    for who in ["p0000007", "p0000008", "p0000009"] {
        let erase = Instant::now();
        store
            .commit(Step {
                participant: Write::Delete(who),
                contact: Some(Write::Delete(who)),
                event: None,
                awaits_reply: false,
                ideas: &[],
                audit: None,
            })
            .expect("erase");
        let committed = erase.elapsed();
        store.durable().wait().await.expect("flush");
        println!(
            "an erasure among {n}: {:.1} ms to commit (under the step lock), {:.1} ms until durable (key file rewritten)",
            committed.as_secs_f64() * 1e3,
            erase.elapsed().as_secs_f64() * 1e3
        );
    }
    // A citizen browsing the published ideas (every 50th participant's).
    for _ in 0..2 {
        let read = Instant::now();
        let ideas = store.ideas().expect("ideas");
        println!(
            "reading {} ideas: {:.1} ms",
            ideas.len(),
            read.elapsed().as_secs_f64() * 1e3
        );
    }
    let step = Instant::now();
    engine
        .handle(incoming(
            "bench",
            "browser",
            0,
            Input::Command(bot_core::command::Command::Ideas, None),
        ))
        .await
        .expect("step");
    println!(
        "/ideas over {} ideas: {:.1} ms",
        n / 50,
        step.elapsed().as_secs_f64() * 1e3
    );
    // The hourly retention job, and a citizen's step while it runs.
    let start = Instant::now();
    let job = {
        let engine = engine.clone();
        tokio::spawn(async move { engine.retention().await })
    };
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let step = Instant::now();
    engine
        .handle(incoming("bench", "during-retention", 0, Input::Open))
        .await
        .expect("step");
    let waited = step.elapsed();
    let removed = job.await.expect("join").expect("retention");
    println!(
        "retention job over {n} participants ({removed} addresses removed): {:.2} s; a step meanwhile took {:.1} ms",
        start.elapsed().as_secs_f64(),
        waited.as_secs_f64() * 1e3
    );
}

/// In a fresh process: open the big store, build the engine, answer one
/// step of an existing participant; time and peak memory.
async fn startup(dir: &Path) {
    let start = Instant::now();
    let (engine, _store) = setup(dir);
    let opened = start.elapsed();
    let step = Instant::now();
    engine
        .handle(incoming("bench", "someone-new", 0, Input::Open))
        .await
        .expect("step");
    println!(
        "start-up: store and engine {:.0} ms, then a first step {:.1} ms; peak RSS {} MiB",
        opened.as_secs_f64() * 1e3,
        step.elapsed().as_secs_f64() * 1e3,
        peak_rss_kib() / 1024
    );
}
