//! Counters and gauges for an operator's monitoring (Prometheus text on
//! `/metrics`): the engine counts steps, replies, failures and step time;
//! adapters count what they send, their failures and the waits Telegram
//! asks for, and say whether they are connected. Process-wide, lock-free
//! to bump (one short lock to find a series the first time).

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

/// Upper bounds of the step-latency histogram, in seconds.
pub const LATENCY_BUCKETS: [f64; 10] = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1.0, 5.0];

type Series = (&'static str, Vec<(&'static str, String)>);

#[derive(Default)]
struct Registry {
    counters: Mutex<BTreeMap<Series, Arc<AtomicU64>>>,
    gauges: Mutex<BTreeMap<Series, Arc<AtomicU64>>>,
    /// Per bucket (and +Inf), then the sum in microseconds.
    latency: [AtomicU64; LATENCY_BUCKETS.len() + 2],
}

fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(Registry::default)
}

fn key(name: &'static str, labels: &[(&'static str, &str)]) -> Series {
    (
        name,
        labels.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(),
    )
}

fn series(
    map: &Mutex<BTreeMap<Series, Arc<AtomicU64>>>,
    name: &'static str,
    labels: &[(&'static str, &str)],
) -> Arc<AtomicU64> {
    map.lock()
        .unwrap_or_else(|e| e.into_inner())
        .entry(key(name, labels))
        .or_default()
        .clone()
}

/// Adds `n` to the counter `name{labels}` (created at 0).
pub fn count(name: &'static str, labels: &[(&'static str, &str)], n: u64) {
    series(&registry().counters, name, labels).fetch_add(n, Ordering::Relaxed);
}

/// Sets the gauge `name{labels}`.
pub fn set(name: &'static str, labels: &[(&'static str, &str)], value: u64) {
    series(&registry().gauges, name, labels).store(value, Ordering::Relaxed);
}

/// The gauge `name{labels}`, if it was ever set.
pub fn gauge(name: &'static str, labels: &[(&'static str, &str)]) -> Option<u64> {
    registry()
        .gauges
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&key(name, labels))
        .map(|v| v.load(Ordering::Relaxed))
}

/// Records how long one step took.
pub fn step_time(took: Duration) {
    let r = registry();
    let secs = took.as_secs_f64();
    let bucket = LATENCY_BUCKETS
        .iter()
        .position(|b| secs <= *b)
        .unwrap_or(LATENCY_BUCKETS.len());
    r.latency[bucket].fetch_add(1, Ordering::Relaxed);
    r.latency[LATENCY_BUCKETS.len() + 1].fetch_add(
        took.as_micros().try_into().unwrap_or(u64::MAX),
        Ordering::Relaxed,
    );
}

/// Everything in the Prometheus text format, with `extra` gauges computed
/// at scrape time (participants, ideas, store size).
pub fn render(extra: &[(&'static str, u64)]) -> String {
    let r = registry();
    let mut out = String::new();
    let mut kinds: BTreeMap<&str, &str> = BTreeMap::new();
    let labels = |l: &[(&'static str, String)]| {
        if l.is_empty() {
            String::new()
        } else {
            let inner: Vec<String> = l
                .iter()
                .map(|(k, v)| format!("{k}=\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\"")))
                .collect();
            format!("{{{}}}", inner.join(","))
        }
    };
    for (map, kind) in [(&r.counters, "counter"), (&r.gauges, "gauge")] {
        for ((name, l), v) in map.lock().unwrap_or_else(|e| e.into_inner()).iter() {
            if kinds.insert(name, kind).is_none() {
                out.push_str(&format!("# TYPE mitreden_{name} {kind}\n"));
            }
            out.push_str(&format!(
                "mitreden_{name}{} {}\n",
                labels(l),
                v.load(Ordering::Relaxed)
            ));
        }
    }
    for (name, value) in extra {
        out.push_str(&format!(
            "# TYPE mitreden_{name} gauge\nmitreden_{name} {value}\n"
        ));
    }
    out.push_str("# TYPE mitreden_step_seconds histogram\n");
    let mut cumulative = 0;
    for (i, bound) in LATENCY_BUCKETS.iter().enumerate() {
        cumulative += r.latency[i].load(Ordering::Relaxed);
        out.push_str(&format!(
            "mitreden_step_seconds_bucket{{le=\"{bound}\"}} {cumulative}\n"
        ));
    }
    cumulative += r.latency[LATENCY_BUCKETS.len()].load(Ordering::Relaxed);
    out.push_str(&format!(
        "mitreden_step_seconds_bucket{{le=\"+Inf\"}} {cumulative}\nmitreden_step_seconds_count {cumulative}\nmitreden_step_seconds_sum {}\n",
        r.latency[LATENCY_BUCKETS.len() + 1].load(Ordering::Relaxed) as f64 / 1e6
    ));
    out
}

/// The value of one series in a [`render`] text (for tests and checks).
pub fn value_in(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_gauges_and_the_histogram_render_as_prometheus_text() {
        count("test_sent_total", &[("platform", "x\"y")], 2);
        count("test_sent_total", &[("platform", "x\"y")], 1);
        set("test_up", &[("platform", "x")], 1);
        step_time(Duration::from_millis(3));
        let text = render(&[("test_participants", 7)]);
        assert_eq!(
            value_in(&text, "mitreden_test_sent_total{platform=\"x\\\"y\"}"),
            Some(3.0)
        );
        assert_eq!(
            value_in(&text, "mitreden_test_up{platform=\"x\"}"),
            Some(1.0)
        );
        assert_eq!(value_in(&text, "mitreden_test_participants"), Some(7.0));
        assert!(value_in(&text, "mitreden_step_seconds_bucket{le=\"0.005\"}").unwrap() >= 1.0);
        assert!(
            text.contains("# TYPE mitreden_test_sent_total counter"),
            "{text}"
        );
    }
}
