//! Why a text or a set of numbers is not a 和暦 date.

use std::fmt;

use chrono::{Datelike, Weekday};

use super::{Era, WarekiDate};
use crate::label::Visible;
use crate::label::choice_enum;

choice_enum! {
    /// What a date text holds: a day, a month, a fiscal year, a year or a range of days.
    ///
    /// ```
    /// use mynumber_pia::wareki::{DateKind, DateValue};
    ///
    /// assert_eq!(DateValue::parse("令和５年度")?.kind(), DateKind::FiscalYear);
    /// assert_eq!(DateKind::FiscalYear.label(), "年度");
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    pub enum DateKind: "日付の種類" {
        /// A day (年月日), e.g. `令和6年12月6日`.
        Day => "年月日",
        /// A month (年月), e.g. `平成27年10月`.
        YearMonth => "年月",
        /// A fiscal year (年度), e.g. `令和5年度`.
        FiscalYear => "年度",
        /// A calendar year (年), e.g. `平成十一年`.
        Year => "年",
        /// A range of days (期間), e.g. `令和6年9月15日から令和6年10月15日までの31日間`.
        Range => "期間",
    }
}

/// Why a text is not a date, or why numbers do not make a date that exists.
///
/// Every message is in Japanese and says what is wrong: where the text could not be read
/// (a 1-based character position), or which rule of the calendar the date breaks.
///
/// ```
/// use mynumber_pia::wareki::{WarekiDate, WarekiError};
///
/// let err = WarekiDate::parse("平成31年5月1日").unwrap_err();
/// assert_eq!(err.to_string(), "平成は平成31年4月30日までです");
/// let err = WarekiDate::parse("令和元年4月30日").unwrap_err();
/// assert_eq!(err.to_string(), "令和元年は5月1日からです");
/// let err = WarekiDate::parse("令和6年2月30日").unwrap_err();
/// assert_eq!(err.to_string(), "令和6年2月30日はありません（令和6年2月は29日までです）");
/// ```
#[doc(alias = "和暦エラー")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WarekiError {
    /// The text is empty or only white space.
    #[error("日付が空です")]
    Empty,
    /// The text cannot be read as a date at `position` (1-based, in characters).
    #[error("{position}文字目: {expected}が必要です（{}）", found_text(*.found))]
    Syntax {
        /// 1-based character position of the problem.
        position: usize,
        /// What was expected there, in Japanese (e.g. `「月」`).
        expected: &'static str,
        /// The character found there, `None` at the end of the text.
        found: Option<char>,
    },
    /// A date was read, but text follows it from `position` on.
    #[error("{position}文字目の「{}」から後は日付として読めません", Visible(&.found.to_string()))]
    Trailing {
        /// 1-based character position where the unread text starts.
        position: usize,
        /// The first character not read.
        found: char,
    },
    /// A number at `position` has too many digits.
    #[error("{position}文字目: 数が大きすぎます")]
    NumberTooLarge {
        /// 1-based character position of the number.
        position: usize,
    },
    /// Year 0 of an era: the first year is 元年 (year 1).
    #[error("{era}0年はありません（最初の年は{era}元年です）")]
    YearZero {
        /// The era written.
        era: Era,
    },
    /// A month outside 1–12.
    #[error("{month}月はありません（1月から12月までです）")]
    NoSuchMonth {
        /// The month written.
        month: u32,
    },
    /// A day past the end of its month, or day 0.
    #[error("{}{month}月{day}日はありません（{}{month}月は{last}日までです）", YearText(*.era, *.year), YearText(*.era, *.year))]
    NoSuchDay {
        /// The era written, `None` for a Gregorian (西暦) date.
        era: Option<Era>,
        /// The year as written: the era's year, or the Gregorian year when `era` is `None`.
        year: i32,
        /// The month.
        month: u32,
        /// The day written.
        day: u32,
        /// The month's last day.
        last: u32,
    },
    /// A date in the era's 元年 before the era's first day, e.g. 令和元年4月30日.
    #[error("{era}元年は{}月{}日からです", .era.first_day().month(), .era.first_day().day())]
    BeforeEra {
        /// The era written.
        era: Era,
    },
    /// A date after the era's last day, e.g. 平成31年5月1日 or 昭和64年1月8日.
    #[error("{era}は{}までです", last_day_text(*.era))]
    AfterEra {
        /// The era written.
        era: Era,
    },
    /// A day or month before 明治6年1月1日 (1873-01-01), when Japan adopted the Gregorian calendar
    /// (明治5年太政官布告第337号): earlier 和暦 months and days are lunisolar.
    #[error(
        "明治6年1月1日（1873年1月1日、改暦）より前の月日は旧暦（太陰太陽暦）のため、グレゴリオ暦に換算できません"
    )]
    BeforeGregorian,
    /// A year before 明治元年 (1868), which no era of this module names.
    #[error("明治元年（1868年）より前の年は和暦で表せません")]
    BeforeMeiji,
    /// A fiscal year before 明治19年度 (1886), the first April–March 年度
    /// (set in 明治17年 (1884) by a 太政官達, effective from 明治19年度).
    #[error("4月に始まる年度は明治19年度（1886年度）からです")]
    BeforeFiscalYears,
    /// A year after 9999 (Gregorian).
    #[error("9999年より後の日付は扱いません")]
    TooLate,
    /// The weekday written in parentheses is not the date's weekday.
    #[error("{date}は{}曜日です（「{}」と書かれています）", weekday_char(.date.weekday()), weekday_char(*.written))]
    WeekdayMismatch {
        /// The date.
        date: WarekiDate,
        /// The weekday written after it.
        written: Weekday,
    },
    /// The day count stated with a range is not its length (both ends count).
    #[error("{start}から{end}までは両端を含めて{actual}日間です（{stated}日間と書かれています）")]
    DayCountMismatch {
        /// The first day of the range.
        start: WarekiDate,
        /// The last day of the range.
        end: WarekiDate,
        /// The count written (`…までの３１日間`).
        stated: u32,
        /// The real count, both ends included.
        actual: u32,
    },
    /// A range whose end is before its start.
    #[error("期間の終わり（{end}）が始まり（{start}）より前です")]
    ReversedRange {
        /// The first day written.
        start: WarekiDate,
        /// The last day written.
        end: WarekiDate,
    },
    /// A range with no last day (`令和5年4月1日～`).
    #[error("期間の終わりの日付がありません")]
    OpenRange,
    /// The text is a date of another kind than the one asked for, e.g. a 年度 where a day is needed.
    #[error("{expected}が必要ですが、{found}が書かれています")]
    WrongKind {
        /// The kind asked for.
        expected: DateKind,
        /// The kind found in the text.
        found: DateKind,
    },
}

/// `令和6年`, `令和元年` or `2024年`.
pub(crate) struct YearText(pub(crate) Option<Era>, pub(crate) i32);

impl fmt::Display for YearText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            YearText(Some(era), 1) => write!(f, "{era}元年"),
            YearText(Some(era), year) => write!(f, "{era}{year}年"),
            YearText(None, year) => write!(f, "{year}年"),
        }
    }
}

/// The era's last day in the official style (`平成31年4月30日`), `現在` for 令和.
fn last_day_text(era: Era) -> String {
    match era.last_day().map(WarekiDate::from_naive) {
        Some(Ok(last)) => last.to_string(),
        _ => "現在".to_owned(),
    }
}

/// What the parser found where it wanted something else: a character (shown as [`Visible`] shows
/// it, so that the message stays on one line) or the end of the text.
fn found_text(found: Option<char>) -> String {
    found.map_or_else(
        || "文が終わっています".to_owned(),
        |c| format!("「{}」があります", Visible(&c.to_string())),
    )
}

/// The one-character Japanese weekday: 日 月 火 水 木 金 土.
pub(crate) const fn weekday_char(weekday: Weekday) -> char {
    match weekday {
        Weekday::Sun => '日',
        Weekday::Mon => '月',
        Weekday::Tue => '火',
        Weekday::Wed => '水',
        Weekday::Thu => '木',
        Weekday::Fri => '金',
        Weekday::Sat => '土',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words the messages build from their parts: an era's last day (`現在` for 令和), a
    /// character found (escaped when it would break the line) or the end of the text.
    #[test]
    fn message_parts() {
        assert_eq!(last_day_text(Era::Heisei), "平成31年4月30日");
        assert_eq!(last_day_text(Era::Reiwa), "現在");
        assert_eq!(found_text(Some('x')), "「x」があります");
        assert_eq!(found_text(Some('\n')), "「\\n」があります");
        assert_eq!(found_text(None), "文が終わっています");
        let trailing = WarekiError::Trailing {
            position: 3,
            found: '\u{1b}',
        };
        assert_eq!(
            trailing.to_string(),
            "3文字目の「\\u{1b}」から後は日付として読めません"
        );
    }
}
