//! When staff digests are due: `daily 08:00`, `weekly mon 08:00` or
//! `every 6h`, in an IANA time zone, right across daylight-saving changes.

use std::fmt;
use std::str::FromStr;

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc, Weekday,
};
use chrono_tz::Tz;

/// A digest schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    /// Every day at a local time.
    Daily(NaiveTime),
    /// Every week on a day at a local time.
    Weekly(Weekday, NaiveTime),
    /// At a fixed interval (at least ten seconds).
    Every(Duration),
}

/// Why a schedule text was refused; the message says what is accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("schedule '{0}' is not understood: write 'daily 08:00', 'weekly mon 08:00' or 'every 6h' (also 30m, 90s; at least 10s)")]
pub struct ScheduleError(pub String);

fn time(s: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(s, "%H:%M").ok()
}

fn weekday(s: &str) -> Option<Weekday> {
    Some(match s.to_lowercase().as_str() {
        "mon" | "mo" | "monday" | "montag" => Weekday::Mon,
        "tue" | "di" | "tuesday" | "dienstag" => Weekday::Tue,
        "wed" | "mi" | "wednesday" | "mittwoch" => Weekday::Wed,
        "thu" | "do" | "thursday" | "donnerstag" => Weekday::Thu,
        "fri" | "fr" | "friday" | "freitag" => Weekday::Fri,
        "sat" | "sa" | "saturday" | "samstag" => Weekday::Sat,
        "sun" | "so" | "sunday" | "sonntag" => Weekday::Sun,
        _ => return None,
    })
}

impl FromStr for Schedule {
    type Err = ScheduleError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = || ScheduleError(text.to_owned());
        let words: Vec<&str> = text.split_whitespace().collect();
        match words.as_slice() {
            ["daily", t] => time(t).map(Schedule::Daily).ok_or_else(err),
            ["weekly", d, t] => Ok(Schedule::Weekly(
                weekday(d).ok_or_else(err)?,
                time(t).ok_or_else(err)?,
            )),
            ["every", n] => {
                let split = n.find(|c: char| !c.is_ascii_digit()).ok_or_else(err)?;
                let (number, unit) = n.split_at(split);
                let number: i64 = number.parse().map_err(|_| err())?;
                let seconds = match unit {
                    "s" => number,
                    "m" | "min" => number * 60,
                    "h" => number * 3600,
                    "d" => number * 86_400,
                    _ => return Err(err()),
                };
                if !(10..=366 * 86_400).contains(&seconds) {
                    return Err(err());
                }
                Ok(Schedule::Every(Duration::seconds(seconds)))
            }
            _ => Err(err()),
        }
    }
}

impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Schedule::Daily(t) => write!(f, "daily {}", t.format("%H:%M")),
            Schedule::Weekly(d, t) => write!(
                f,
                "weekly {} {}",
                d.to_string().to_lowercase(),
                t.format("%H:%M")
            ),
            Schedule::Every(d) => {
                let secs = d.num_seconds();
                let (n, unit) = [(86_400, "d"), (3_600, "h"), (60, "m")]
                    .into_iter()
                    .find(|(size, _)| secs % size == 0)
                    .map_or((secs, "s"), |(size, unit)| (secs / size, unit));
                write!(f, "every {n}{unit}")
            }
        }
    }
}

/// The instant of a local date and time in `tz`: the earlier one when the
/// clock falls back, and the first valid minute after a gap when it springs
/// forward.
fn at_local(tz: Tz, date: NaiveDate, t: NaiveTime) -> DateTime<Utc> {
    let mut local = date.and_time(t);
    for _ in 0..180 {
        match tz.from_local_datetime(&local) {
            LocalResult::Single(x) | LocalResult::Ambiguous(x, _) => return x.with_timezone(&Utc),
            LocalResult::None => local += Duration::minutes(1),
        }
    }
    // No zone has a gap this long; fall back to reading the time as UTC.
    Utc.from_utc_datetime(&date.and_time(t))
}

impl Schedule {
    /// The first time the schedule fires strictly after `after`.
    pub fn next_after(&self, after: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
        match *self {
            Schedule::Every(d) => after + d,
            Schedule::Daily(t) | Schedule::Weekly(_, t) => {
                let start = after.with_timezone(&tz).date_naive();
                (0..=8)
                    .map(|days| start + Duration::days(days))
                    .filter(|d| match self {
                        Schedule::Weekly(w, _) => d.weekday() == *w,
                        _ => true,
                    })
                    .map(|d| at_local(tz, d, t))
                    .find(|at| *at > after)
                    .unwrap_or(after + Duration::days(1))
            }
        }
    }
}

/// Parses an IANA time zone name such as `Europe/Berlin`.
pub fn time_zone(name: &str) -> Result<Tz, String> {
    name.parse::<Tz>()
        .map_err(|_| format!("'{name}' is not an IANA time zone name (e.g. Europe/Berlin)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn schedules_parse_and_bad_ones_say_what_is_accepted() {
        assert_eq!(
            "daily 08:00".parse::<Schedule>().unwrap().to_string(),
            "daily 08:00"
        );
        assert_eq!(
            "weekly Mon 07:30".parse::<Schedule>().unwrap().to_string(),
            "weekly mon 07:30"
        );
        assert_eq!(
            "every 6h".parse::<Schedule>(),
            Ok(Schedule::Every(Duration::hours(6)))
        );
        assert_eq!(
            "every 30m".parse::<Schedule>(),
            Ok(Schedule::Every(Duration::minutes(30)))
        );
        // Shown in the largest unit that fits, and read back the same.
        for (typed, shown) in [
            ("every 90s", "every 90s"),
            ("every 120m", "every 2h"),
            ("every 48h", "every 2d"),
        ] {
            let schedule = typed.parse::<Schedule>().unwrap();
            assert_eq!(schedule.to_string(), shown);
            assert_eq!(shown.parse::<Schedule>(), Ok(schedule));
        }
        for bad in [
            "hourly",
            "daily 25:00",
            "weekly someday 08:00",
            "every 5s",
            "every 6x",
            "every h",
            "",
        ] {
            let e = bad.parse::<Schedule>().expect_err(bad).to_string();
            assert!(e.contains("write 'daily 08:00'"), "{e}");
        }
        assert!(time_zone("Europe/Berlin").is_ok());
        assert!(time_zone("Mars/Olympus").unwrap_err().contains("IANA"));
    }

    #[test]
    fn daily_follows_local_time_across_daylight_saving_changes() {
        let berlin = time_zone("Europe/Berlin").unwrap();
        let daily = "daily 08:00".parse::<Schedule>().unwrap();
        // Winter: 08:00 CET is 07:00 UTC.
        assert_eq!(
            daily.next_after(utc("2026-01-10T06:00:00Z"), berlin),
            utc("2026-01-10T07:00:00Z")
        );
        // The night clocks go forward (29 March 2026): 08:00 CEST is 06:00 UTC.
        assert_eq!(
            daily.next_after(utc("2026-03-28T07:00:00Z"), berlin),
            utc("2026-03-29T06:00:00Z")
        );
        // And back (25 October 2026).
        assert_eq!(
            daily.next_after(utc("2026-10-24T06:00:00Z"), berlin),
            utc("2026-10-25T07:00:00Z")
        );
    }

    #[test]
    fn a_time_in_the_spring_gap_moves_to_the_first_valid_minute_and_fall_back_takes_the_first() {
        let berlin = time_zone("Europe/Berlin").unwrap();
        let at_2_30 = "daily 02:30".parse::<Schedule>().unwrap();
        // 02:30 does not exist on 29 March 2026; 03:00 CEST = 01:00 UTC.
        assert_eq!(
            at_2_30.next_after(utc("2026-03-28T12:00:00Z"), berlin),
            utc("2026-03-29T01:00:00Z")
        );
        // 02:30 happens twice on 25 October 2026; the first is 00:30 UTC.
        assert_eq!(
            at_2_30.next_after(utc("2026-10-24T12:00:00Z"), berlin),
            utc("2026-10-25T00:30:00Z")
        );
    }

    #[test]
    fn weekly_and_every() {
        let berlin = time_zone("Europe/Berlin").unwrap();
        let weekly = "weekly mon 08:00".parse::<Schedule>().unwrap();
        // 27 Nov 2026 is a Friday; the next Monday is 30 Nov.
        assert_eq!(
            weekly.next_after(utc("2026-11-27T10:00:00Z"), berlin),
            utc("2026-11-30T07:00:00Z")
        );
        // Exactly at the time: the next one is a week later.
        assert_eq!(
            weekly.next_after(utc("2026-11-30T07:00:00Z"), berlin),
            utc("2026-12-07T07:00:00Z")
        );
        let every = "every 6h".parse::<Schedule>().unwrap();
        assert_eq!(
            every.next_after(utc("2026-11-27T10:00:00Z"), berlin),
            utc("2026-11-27T16:00:00Z")
        );
    }
}
