//! Waiting longer after each failure, up to a cap: the one backoff every
//! retry loop uses (Telegram polling and sending, Matrix sync, joins and
//! sending, failing steps).

use std::time::Duration;

/// The wait before the next try: doubles after each failure up to `max`,
/// and starts over after a success.
#[derive(Debug, Clone)]
pub struct Backoff {
    first: Duration,
    next: Duration,
    max: Duration,
}

impl Backoff {
    /// Starts at `first`, never waits longer than `max`.
    pub fn new(first: Duration, max: Duration) -> Backoff {
        Backoff {
            first,
            next: first,
            max,
        }
    }

    /// How long the next [`Backoff::wait`] sleeps (for logs).
    pub fn next(&self) -> Duration {
        self.next
    }

    /// Sleeps, and waits twice as long next time.
    pub async fn wait(&mut self) {
        tokio::time::sleep(self.next).await;
        self.next = (self.next * 2).min(self.max);
    }

    /// After a success: the next failure waits `first` again.
    pub fn reset(&mut self) {
        self.next = self.first;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn doubles_up_to_the_cap_and_starts_over_after_a_success() {
        let mut b = Backoff::new(Duration::from_millis(1), Duration::from_millis(5));
        let mut seen = Vec::new();
        for _ in 0..5 {
            seen.push(b.next().as_millis());
            b.wait().await;
        }
        assert_eq!(seen, [1, 2, 4, 5, 5]);
        b.reset();
        assert_eq!(b.next(), Duration::from_millis(1));
    }
}
