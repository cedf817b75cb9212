//! Dates that the forms sometimes give to the month only (保有開始日 `平成２７年１０月`).

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A date given to the day, or only to the month.
///
/// The forms print 保有開始日 and 使用開始日 either as a full date (`平成28年1月1日`) or as a month
/// (`平成２７年１０月`). JSON writes the first as `"2016-01-01"` and the second as `"2015-10"`.
/// [`DateOrMonth::Month`] holds the first day of its month.
///
/// ```
/// use mynumber_pia::report::DateOrMonth;
///
/// let m: DateOrMonth = "2015-10".parse()?;
/// assert_eq!(m, DateOrMonth::month(2015, 10).unwrap());
/// assert_eq!(m.to_string(), "2015-10");
/// assert_eq!(m.first_day().to_string(), "2015-10-01");
/// let d: DateOrMonth = "2016-01-01".parse()?;
/// assert!(matches!(d, DateOrMonth::Day(_)));
/// # Ok::<(), mynumber_pia::report::DateOrMonthError>(())
/// ```
#[doc(alias = "年月日")]
#[doc(alias = "年月")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DateOrMonth {
    /// A full date.
    Day(NaiveDate),
    /// A month only; the date held is the first day of the month.
    Month(NaiveDate),
}

/// Text that is neither `YYYY-MM-DD` nor `YYYY-MM`.
#[doc(alias = "日付エラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("「{0}」は日付（YYYY-MM-DD）でも年月（YYYY-MM）でもありません")]
pub struct DateOrMonthError(String);

impl DateOrMonth {
    /// The month `year`-`month`, or `None` if `month` is not 1–12.
    ///
    /// ```
    /// use mynumber_pia::report::DateOrMonth;
    ///
    /// assert_eq!(DateOrMonth::month(2015, 10).map(|m| m.to_string()).as_deref(), Some("2015-10"));
    /// assert_eq!(DateOrMonth::month(2015, 13), None);
    /// ```
    #[must_use]
    pub fn month(year: i32, month: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, 1).map(DateOrMonth::Month)
    }

    /// The day, or the first day of the month.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::report::DateOrMonth;
    ///
    /// let day = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
    /// assert_eq!(DateOrMonth::Day(day).first_day(), day);
    /// assert_eq!(DateOrMonth::month(2016, 1).map(DateOrMonth::first_day), Some(day));
    /// ```
    #[must_use]
    pub const fn first_day(self) -> NaiveDate {
        match self {
            DateOrMonth::Day(d) | DateOrMonth::Month(d) => d,
        }
    }
}

impl From<NaiveDate> for DateOrMonth {
    fn from(d: NaiveDate) -> Self {
        DateOrMonth::Day(d)
    }
}

impl fmt::Display for DateOrMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateOrMonth::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            DateOrMonth::Month(d) => write!(f, "{:04}-{:02}", d.year(), d.month()),
        }
    }
}

impl FromStr for DateOrMonth {
    type Err = DateOrMonthError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateOrMonthError(s.to_owned());
        let parts: Vec<&str> = s.split('-').collect();
        match parts.as_slice() {
            [_, _, _] => NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map(DateOrMonth::Day)
                .map_err(|_| err()),
            [y, m] if y.len() == 4 && m.len() == 2 => {
                let year: i32 = y.parse().map_err(|_| err())?;
                let month: u32 = m.parse().map_err(|_| err())?;
                DateOrMonth::month(year, month).ok_or_else(err)
            }
            _ => Err(err()),
        }
    }
}

impl Serialize for DateOrMonth {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateOrMonth {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        super::deserialize_parsed(d, "日付 \"YYYY-MM-DD\" または年月 \"YYYY-MM\"")
    }
}

/// What a full date of the model looks like, for load errors.
const ISO_DATE: &str = "日付 \"YYYY-MM-DD\"";

/// A [`NaiveDate`] read through its `FromStr` (the same text chrono's own serde accepts), so that a
/// bad date says what was expected instead of chrono's 「input contains invalid characters」.
struct IsoDate(NaiveDate);

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        super::deserialize_parsed(d, ISO_DATE).map(IsoDate)
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
