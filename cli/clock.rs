//! Today's date in Japan: the one place where `pia` reads the clock (the library never does;
//! `clippy.toml` forbids the clock everywhere else).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chrono::{Days, NaiveDate};
use mynumber_pia::wareki::DateValue;

use super::harness::{Echo, Failure};

/// Japan Standard Time is UTC+9 all year round (no summer time).
const JAPAN_OFFSET_SECS: u64 = 9 * 60 * 60;

const SECS_PER_DAY: u64 = 24 * 60 * 60;

/// Today's date in Japan (UTC+9) from the system clock, whatever the machine's time zone.
/// `Err` is the message when the clock is before 1970 or past the dates chrono holds.
pub(crate) fn today_in_japan() -> Result<NaiveDate, String> {
    #[allow(clippy::disallowed_methods)] // the command line reads the clock
    let now = SystemTime::now();
    now.duration_since(UNIX_EPOCH)
        .ok()
        .and_then(japan_date)
        .ok_or_else(|| {
            "システムの時計から今日の日付を決められません（--as-of 2025-04-01 のように指定してください）"
                .to_owned()
        })
}

/// The date of the option `option` (`--as-of`, `--incident`): ISO (`2025-04-01`) or 和暦
/// (`令和7年4月1日`, `R7.4.1`, `令和元年5月1日`), read by the crate's own parser
/// ([`DateValue::parse`]); a month, a year or a range is not a day and is refused, as is
/// anything else, by a usage failure that echoes the text and says why.
pub(crate) fn date_option(option: &str, text: &str) -> Result<NaiveDate, Failure> {
    let refused = |why: String| {
        Failure::usage(format!(
            "{option}「{}」は日付ではありません（{why}。例: 2025-04-01、令和7年4月1日、R7.4.1）",
            Echo::arg(text)
        ))
    };
    match DateValue::parse(text.trim()) {
        Ok(DateValue::Day(day)) => Ok(day.to_naive()),
        Ok(other) => Err(refused(format!("「{other}」は日までの日付ではありません"))),
        Err(err) => Err(refused(err.to_string())),
    }
}

/// The reference date: `--as-of` (or its old spellings `--today`, `--date`) if given, else
/// today's date in Japan.
pub(crate) fn reference_date(as_of: Option<&str>) -> Result<NaiveDate, Failure> {
    match as_of {
        Some(text) => date_option("--as-of", text),
        None => today_in_japan().map_err(Failure::usage),
    }
}

/// The date in Japan `since_epoch` after 1970-01-01T00:00:00Z; `None` past the last date
/// chrono holds.
pub(crate) fn japan_date(since_epoch: Duration) -> Option<NaiveDate> {
    let days = since_epoch.as_secs().checked_add(JAPAN_OFFSET_SECS)? / SECS_PER_DAY;
    NaiveDate::from_ymd_opt(1970, 1, 1)?.checked_add_days(Days::new(days))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(unix_secs: u64) -> Option<NaiveDate> {
        japan_date(Duration::from_secs(unix_secs))
    }

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn the_day_changes_at_15_00_utc() {
        // 2024-12-05T14:59:59Z is 23:59:59 on 5 December in Japan.
        assert_eq!(at(1_733_410_799), ymd(2024, 12, 5));
        // 2024-12-05T15:00:00Z is midnight of 6 December in Japan (令和6年12月6日).
        assert_eq!(at(1_733_410_800), ymd(2024, 12, 6));
        // Still 6 December in Japan until 15:00 UTC the next day.
        assert_eq!(at(1_733_410_800 + 86_399), ymd(2024, 12, 6));
    }

    #[test]
    fn year_end_and_leap_day() {
        // 2024-12-31T15:00:00Z: already 2025 in Japan.
        assert_eq!(at(1_735_657_200 - 1), ymd(2024, 12, 31));
        assert_eq!(at(1_735_657_200), ymd(2025, 1, 1));
        // 2024-02-28T15:00:00Z: 29 February in Japan.
        assert_eq!(at(1_709_132_400), ymd(2024, 2, 29));
    }

    #[test]
    fn the_epoch_is_9_am_in_japan() {
        assert_eq!(at(0), ymd(1970, 1, 1));
        assert_eq!(at(15 * 3600 - 1), ymd(1970, 1, 1));
        assert_eq!(at(15 * 3600), ymd(1970, 1, 2));
    }

    #[test]
    fn past_chrono_s_last_date_is_none() {
        assert_eq!(japan_date(Duration::from_secs(u64::MAX)), None);
        assert_eq!(at(u64::MAX / 2), None);
    }

    #[test]
    fn date_options_read_iso_and_wareki() {
        let day = ymd(2025, 4, 1).unwrap();
        for text in [
            "2025-04-01",
            "令和7年4月1日",
            "R7.4.1",
            " 令和７年４月１日 ",
        ] {
            assert_eq!(date_option("--as-of", text).unwrap(), day, "{text}");
        }
        assert_eq!(
            date_option("--as-of", "令和元年5月1日").unwrap(),
            ymd(2019, 5, 1).unwrap()
        );
        for text in ["令和7年", "2025-04", "x\u{2028}y", "2025-02-30"] {
            assert!(date_option("--as-of", text).is_err(), "{text}");
        }
    }

    #[test]
    fn the_clock_gives_a_date() {
        let today = today_in_japan().unwrap();
        assert!(
            today > NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
            "{today}"
        );
    }
}
