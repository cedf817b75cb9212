//! Dates that the forms sometimes give to the month only (保有開始日 `平成２７年１０月`).

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

use crate::label::Visible;
use crate::wareki::{WarekiDate, WarekiError, YearMonth};

/// A date given to the day, or only to the month.
///
/// The forms print 保有開始日 and 使用開始日 either as a full date (`平成28年1月1日`) or as a month
/// (`平成２７年１０月`). JSON writes the first as `"2016-01-01"` and the second as `"2015-10"`. A
/// month is a [`YearMonth`], which cannot hold a day: ask for its
/// [`first_day`](Self::first_day) when a day is needed.
///
/// ```
/// use mynumber_pia::report::DateOrMonth;
///
/// let m: DateOrMonth = "2015-10".parse()?;
/// assert_eq!(m, DateOrMonth::month(2015, 10)?);
/// assert_eq!(m.to_string(), "2015-10");
/// assert_eq!(m.first_day().to_string(), "2015-10-01");
/// assert_eq!(m.wareki(), "平成27年10月");
/// let d: DateOrMonth = "2016-01-01".parse()?;
/// assert!(matches!(d, DateOrMonth::Day(_)));
/// assert_eq!(d.wareki(), "平成28年1月1日");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "年月日")]
#[doc(alias = "年月")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateOrMonth {
    /// A full date.
    Day(NaiveDate),
    /// A month only.
    Month(YearMonth),
}

/// Text that is neither `YYYY-MM-DD` nor `YYYY-MM`.
#[doc(alias = "日付エラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("「{}」は日付（YYYY-MM-DD）でも年月（YYYY-MM）でもありません", Visible(.0))]
pub struct DateOrMonthError(String);

impl DateOrMonth {
    /// The month `year`-`month` of the Gregorian calendar.
    ///
    /// # Errors
    ///
    /// A [`WarekiError`] when `month` is not 1–12 or the month is before 1873 or after 9999
    /// (see [`YearMonth::from_gregorian`]).
    ///
    /// ```
    /// use mynumber_pia::report::DateOrMonth;
    ///
    /// assert_eq!(DateOrMonth::month(2015, 10)?.to_string(), "2015-10");
    /// assert!(DateOrMonth::month(2015, 13).is_err());
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    pub fn month(year: i32, month: u32) -> Result<Self, WarekiError> {
        YearMonth::from_gregorian(year, month).map(DateOrMonth::Month)
    }

    /// The day, or the first day of the month.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::report::DateOrMonth;
    ///
    /// let day = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
    /// assert_eq!(DateOrMonth::Day(day).first_day(), day);
    /// assert_eq!(DateOrMonth::month(2016, 1)?.first_day(), day);
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    #[must_use]
    pub fn first_day(self) -> NaiveDate {
        match self {
            DateOrMonth::Day(d) => d,
            DateOrMonth::Month(m) => m.first_day(),
        }
    }

    /// The date or month as the forms print it, in the 和暦: `平成28年1月1日`, `平成27年10月`. A day
    /// outside the 和暦 (before 1873) is printed in ISO.
    ///
    /// ```
    /// use mynumber_pia::report::DateOrMonth;
    ///
    /// assert_eq!(DateOrMonth::month(2019, 5)?.wareki(), "令和元年5月");
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    #[must_use]
    pub fn wareki(self) -> String {
        match self {
            // Outside the 和暦, as `Display` writes it.
            DateOrMonth::Day(d) => {
                WarekiDate::from_naive(d).map_or_else(|_| self.to_string(), crate::wareki::official)
            }
            DateOrMonth::Month(m) => m.to_string(),
        }
    }
}

/// Days and months in time order; a month sorts at its first day, before the days of the month.
impl PartialOrd for DateOrMonth {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DateOrMonth {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let key = |d: &DateOrMonth| (d.first_day(), matches!(d, DateOrMonth::Day(_)));
        key(self).cmp(&key(other))
    }
}

impl From<NaiveDate> for DateOrMonth {
    fn from(d: NaiveDate) -> Self {
        DateOrMonth::Day(d)
    }
}

impl From<YearMonth> for DateOrMonth {
    fn from(m: YearMonth) -> Self {
        DateOrMonth::Month(m)
    }
}

impl fmt::Display for DateOrMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateOrMonth::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            DateOrMonth::Month(m) => write!(f, "{}", m.iso()),
        }
    }
}

impl FromStr for DateOrMonth {
    type Err = DateOrMonthError;

    /// Reads `YYYY-MM-DD` or `YYYY-MM`, as [`Display`](fmt::Display) writes them.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(m) = YearMonth::from_iso(s) {
            return Ok(DateOrMonth::Month(m));
        }
        exact_iso_day(s)
            .map(DateOrMonth::Day)
            .ok_or_else(|| DateOrMonthError(s.to_owned()))
    }
}

crate::label::serde_as_text!(DateOrMonth, expecting "日付 \"YYYY-MM-DD\" または年月 \"YYYY-MM\"");

/// A [`NaiveDate`] read from exactly `YYYY-MM-DD` (as chrono and [`DateOrMonth`] write it, and
/// as the JSON Schema's pattern says), so that a bad date says what was expected instead of
/// chrono's 「input contains invalid characters」, and chrono's more lenient reading (a leading
/// space, a year of one digit) does not let through what the schema refuses.
pub(crate) struct IsoDate(NaiveDate);

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::label::deserialize_text(
            d,
            |f| f.write_str("日付 \"YYYY-MM-DD\""),
            |v| exact_iso_day(v).map(IsoDate).ok_or(crate::label::INVALID),
        )
    }
}

/// The day of a text that is exactly `YYYY-MM-DD` (ten ASCII characters) and a real day; `None`
/// for any other text, which the caller then gives to chrono. Reports hold many dates, all
/// written this way, and chrono's general parser takes several times as long for them.
fn exact_iso_day(s: &str) -> Option<NaiveDate> {
    let b: &[u8; 10] = s.as_bytes().try_into().ok()?;
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        b.get(range)?.iter().try_fold(0, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(digits(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)
}

/// The JSON Schema pattern of a day written `YYYY-MM-DD` (years 0000–9999 of the proleptic
/// Gregorian calendar, as [`NaiveDate`] holds them): exactly the texts [`exact_iso_day`] reads,
/// 29 February in leap years only.
#[cfg(feature = "schema")]
pub(crate) const DAY_PATTERN: &str = concat!(
    "^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])",
    "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)",
    "|02-(?:0[1-9]|1[0-9]|2[0-8]))",
    "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)-02-29)$"
);

crate::label::schema_by_hand! {
    /// A full date: `YYYY-MM-DD`.
    IsoDate, "Date", true, |_| {
        schemars::json_schema!({ "type": "string", "format": "date", "pattern": DAY_PATTERN })
    }
}

crate::label::schema_by_hand! {
    /// A day `YYYY-MM-DD` or a month `YYYY-MM` (see [`YearMonth`]'s schema).
    DateOrMonth, "DateOrMonth", true, |generator| {
        schemars::json_schema!({
            "anyOf": [generator.subschema_for::<IsoDate>(), generator.subschema_for::<YearMonth>()]
        })
    }
}

/// `deserialize_with` for the `Option<NaiveDate>` fields of the model (公表日, 変更日, …).
pub(super) fn opt_iso_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    Option::<IsoDate>::deserialize(d).map(|o| o.map(|IsoDate(date)| date))
}

/// `deserialize_with` for the `Vec<NaiveDate>` fields of the model.
pub(super) fn iso_dates<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
    Vec::<IsoDate>::deserialize(d).map(|v| v.into_iter().map(|IsoDate(date)| date).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reading of `YYYY-MM-DD` gives what chrono gives for the texts chrono writes, and
    /// nothing for the other shapes near it that chrono would read.
    #[test]
    fn exact_iso_days_agree_with_chrono() {
        for text in [
            "2024-12-06",
            "0001-01-01",
            "9999-12-31",
            "2024-02-29",
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-12-00",
            "2024-12-32",
            "2024/12/06",
            "2024-1-06",
            "２０２４-12-06",
            "+2024-12-06",
            "2024-12-06 ",
            " 2024-12-06",
            "20a4-12-06",
            "2024-12-0６",
        ] {
            // What chrono reads and writes back as the same text: nothing more lenient.
            let exact = text
                .parse::<NaiveDate>()
                .ok()
                .filter(|d| d.format("%Y-%m-%d").to_string() == text);
            assert_eq!(exact_iso_day(text), exact, "{text}");
            let json = serde_json::to_string(text).unwrap();
            let read = serde_json::from_str::<IsoDate>(&json).ok();
            assert_eq!(read.map(|d| d.0), exact, "{text}");
            assert_eq!(
                text.parse::<DateOrMonth>().ok(),
                exact.map(DateOrMonth::Day),
                "{text}"
            );
        }
        assert_eq!(
            exact_iso_day("2024-12-06"),
            NaiveDate::from_ymd_opt(2024, 12, 6)
        );
        assert_eq!(exact_iso_day("2023-02-29"), None);
    }

    /// A text with one of its two separators not `-` is no day, whichever of the two it is,
    /// and a report's day written so is refused.
    #[test]
    fn a_day_with_one_separator_wrong_is_not_read() {
        for text in ["2024-12/06", "2024/12-06", "2024-12 06", "2024.12-06"] {
            assert_eq!(exact_iso_day(text), None, "{text}");
            let json = serde_json::to_string(text).unwrap();
            assert!(serde_json::from_str::<IsoDate>(&json).is_err(), "{text}");
        }
    }

    #[test]
    fn parses_and_prints_both_precisions() {
        let d: DateOrMonth = "2024-12-06".parse().unwrap();
        assert_eq!(d.to_string(), "2024-12-06");
        let m: DateOrMonth = "2015-10".parse().unwrap();
        assert_eq!(m.to_string(), "2015-10");
        assert!("2015-13".parse::<DateOrMonth>().is_err());
        assert!("2015".parse::<DateOrMonth>().is_err());
        assert!("2015-02-30".parse::<DateOrMonth>().is_err());
    }

    #[test]
    fn months_sort_at_their_first_day() {
        let oct = DateOrMonth::month(2015, 10).unwrap();
        let first = DateOrMonth::Day(NaiveDate::from_ymd_opt(2015, 10, 1).unwrap());
        let sep = DateOrMonth::Day(NaiveDate::from_ymd_opt(2015, 9, 30).unwrap());
        assert!(sep < oct && oct < first);
        assert_eq!(
            DateOrMonth::from(YearMonth::from_gregorian(2015, 10).unwrap()),
            oct
        );
    }

    #[test]
    fn json_is_a_string() {
        let m = DateOrMonth::month(2015, 10).unwrap();
        assert_eq!(serde_json::to_string(&m).unwrap(), "\"2015-10\"");
        let back: DateOrMonth = serde_json::from_str("\"2015-10\"").unwrap();
        assert_eq!(back, m);
        let err = serde_json::from_str::<DateOrMonth>("\"平成27年10月\"").unwrap_err();
        assert!(err.to_string().contains("年月 \"YYYY-MM\""), "{err}");
    }

    #[test]
    fn bad_full_dates_say_what_was_expected() {
        #[derive(Debug, serde::Deserialize)]
        struct Row {
            #[serde(default, deserialize_with = "opt_iso_date")]
            day: Option<NaiveDate>,
            #[serde(default, deserialize_with = "iso_dates")]
            days: Vec<NaiveDate>,
        }
        let ok: Row =
            serde_json::from_str(r#"{"day": "2024-12-06", "days": ["2019-05-01"]}"#).unwrap();
        assert_eq!(ok.day, NaiveDate::from_ymd_opt(2024, 12, 6));
        assert_eq!(ok.days, [NaiveDate::from_ymd_opt(2019, 5, 1).unwrap()]);
        let none: Row = serde_json::from_str(r#"{"day": null}"#).unwrap();
        assert_eq!((none.day, none.days.len()), (None, 0));
        for bad in [
            r#"{"day": "令和6年12月6日"}"#,
            r#"{"days": ["2024-13-01"]}"#,
        ] {
            let err = serde_json::from_str::<Row>(bad).unwrap_err().to_string();
            assert!(err.contains(r#"expected 日付 "YYYY-MM-DD""#), "{err}");
        }
    }
}
