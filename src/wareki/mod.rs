//! 和暦 (Japanese calendar) dates: eras, parsing, checking and formatting.
//!
//! **From [`crate::form`]** it takes nothing: `form` takes its months (a revision's tag).
//!
//! Every date in a 評価書 is typed by hand, in many shapes (all seen in published reports, such as
//! the 江戸川区 国民健康保険 全項目評価書 of 令和6年12月6日 and the 熊谷市 国民健康保険
//! 基礎項目評価書 of 令和7年5月30日): `令和6年12月6日`, `令和６年１１月２２日`, `令和1年6月27日`,
//! `平成十一年`, `H30.5.21`, `令和7年4月1日 時点`, `平成27年10月`, `令和５年度`,
//! `令和６年９月１５日から令和６年１０月１５日までの３１日間`, `2017/4/1`. This module reads them into
//! typed values, refuses what does not exist with a message that says why, and writes them back
//! in the official style (`令和6年12月6日`), the short style (`R6.12.6`) and ISO (`2024-12-06`).
//!
//! # Types
//!
//! | type | 日本語 | example | ISO style |
//! |---|---|---|---|
//! | [`Era`] | 元号 | `令和` | |
//! | [`WarekiDate`] | 年月日 | `令和6年12月6日`, short `R6.12.6` | `2024-12-06` |
//! | [`YearMonth`] | 年月 | `平成27年10月`, short `H27.10` | `2015-10` |
//! | [`FiscalYear`] | 年度 (4月–3月) | `令和5年度` | `FY2023` |
//! | [`WarekiYear`] | 年 | `平成11年` | `1999` |
//! | [`DateRange`] | 期間 (both ends count) | `令和6年9月15日から令和6年10月15日までの31日間` | `2024-09-15/2024-10-15` |
//! | [`DateValue`] | any of the above | | |
//!
//! A month, a fiscal year or a year is never silently turned into a day: each has its own type,
//! and [`WarekiDate::parse`] refuses them with [`WarekiError::WrongKind`].
//!
//! # Parsing
//!
//! [`DateValue::parse`] reads any kind; `WarekiDate::parse`, `YearMonth::parse`,
//! `FiscalYear::parse`, `WarekiYear::parse` and `DateRange::parse` (and `FromStr`) read one kind.
//! Parsing is one pass over the text: it never panics and allocates nothing when the text is a
//! date. Accepted:
//!
//! - an era as a name (`令和`), a one-character form (`㋿ ㍻ ㍼ ㍽ ㍾`) or a Latin initial (`R H S T M`,
//!   either case, half- or full-width);
//! - numbers in ASCII digits, full-width digits (`１２`) or kanji numerals (`十`, `二十`, `三十一`,
//!   `百十二`, `二〇二四`), mixed widths inside one date (`令和2年4月１日`); `元` for year 1;
//! - `<era><Y>年<M>月<D>日` (day), `<era><Y>年<M>月` (month), `<era><Y>年度` (fiscal year),
//!   `<era><Y>年` (year);
//! - `<era><Y>.<M>.<D>` and `<era><Y>.<M>`, with `.`, `/` or `-` (`R7.1.14`, `R6/12/6`, `R4.10`);
//! - Gregorian (西暦): `2024-12-06`, `2024/12/6`, `2024.12.6`, `2024年12月6日`, `2015-10`,
//!   `2015年10月`, `2023年度`, `FY2023`, `2024年` (and a bare `2024`);
//! - after a day, a weekday in parentheses, `(金)`, `（金）`, `(金曜日)`, which must be the day's
//!   weekday ([`WarekiError::WeekdayMismatch`]);
//! - a `時点` or `現在` suffix; spaces (including `　`) around and between every part; one pair of
//!   parentheses around the whole (`（令和７年１月１４日）`);
//! - ranges: `<day>から<day>まで[の<N>日間]` or `<day>～<day>`; the last day may leave out what it
//!   shares with the first (`同年10月15日`, `10月15日`, `15日`). A stated count is checked, both
//!   ends counting.
//!
//! Not accepted, on purpose: open ranges (`令和5年4月1日～`, [`WarekiError::OpenRange`]),
//! qualifiers that change the meaning (`以後`, `まで` alone, `末`), and days or months before
//! 明治6年1月1日 (1873-01-01): 和暦 days before the Gregorian calendar was adopted
//! (明治5年太政官布告第337号) are lunisolar and have no Gregorian equivalent.
//!
//! # Checks
//!
//! Each refusal is a [`WarekiError`] with a Japanese message: `平成31年5月1日` →
//! 「平成は平成31年4月30日までです」, `令和元年4月30日` → 「令和元年は5月1日からです」, `昭和64年1月8日` →
//! 「昭和は昭和64年1月7日までです」, `令和6年2月30日` → 「令和6年2月30日はありません（令和6年2月は29日までです）」,
//! `令和0年` → 「令和0年はありません（最初の年は令和元年です）」. Each era starts on the day of its
//! 改元 (see [`Era`]) and ends the day before the next begins.
//!
//! # Which era names a month, a 年度 or a year
//!
//! A period that spans an era change can be written in either era, and both parse to the same
//! value (`昭和64年1月` = `平成元年1月`; `平成31年度` = `令和元年度`). Values keep the era they were
//! written in for display, and compare by the period only. Built from Gregorian numbers, a
//! period takes the era that covers most of it: the era on the 16th of a month, on 1 October of
//! a 年度 (so FY2019 is `令和元年度`, FY1988 `昭和63年度`) and on 1 July of a year.
//!
//! ```
//! use mynumber_pia::wareki::{DateValue, WarekiDate};
//!
//! let d = WarekiDate::parse("令和６年１１月２２日")?;
//! assert_eq!(d.to_string(), "令和6年11月22日");
//! assert_eq!(d.short().to_string(), "R6.11.22");
//! assert_eq!(d.iso().to_string(), "2024-11-22");
//!
//! let err = WarekiDate::parse("平成31年5月1日").unwrap_err();
//! assert_eq!(err.to_string(), "平成は平成31年4月30日までです");
//!
//! let v = DateValue::parse("令和６年９月１５日から令和６年１０月１５日までの３１日間")?;
//! assert_eq!(v.iso().to_string(), "2024-09-15/2024-10-15");
//! # Ok::<(), mynumber_pia::wareki::WarekiError>(())
//! ```

/// What a period written in an era ([`YearMonth`], [`FiscalYear`], [`WarekiYear`]) shares: the
/// accessors `era`, `era_year`, `contains` and `iso` (`sample` parses to a period whose ISO style
/// is `iso`), and `PartialEq`, `Eq`, `PartialOrd`, `Ord` and `Hash` by the period only
/// (`|v| key`): the period keeps the era it was written in for display but compares as the same
/// period whichever era names it (`平成31年度` = `令和元年度`).
macro_rules! period {
    ($ty:ident, $sample:literal => $iso:literal, |$v:ident| $key:expr) => {
        impl $ty {
            /// The era as written.
            #[must_use]
            pub const fn era(self) -> $crate::wareki::Era {
                self.era
            }

            /// The year of the era (1 for 元年 or 元年度).
            #[must_use]
            pub fn era_year(self) -> u32 {
                self.era.year_number(self.year)
            }

            #[doc = concat!("Whether `date` is in this period, from [`first_day`](Self::first_day) to [`last_day`](Self::last_day).

```
use mynumber_pia::wareki::", stringify!($ty), ";

let p = ", stringify!($ty), "::parse(\"", $sample, "\")?;
assert!(p.contains(p.first_day()) && p.contains(p.last_day()));
assert!(!p.contains(p.last_day().succ_opt().unwrap()));
# Ok::<(), mynumber_pia::wareki::WarekiError>(())
```")]
            #[must_use]
            pub fn contains(self, date: chrono::NaiveDate) -> bool {
                self.first_day() <= date && date <= self.last_day()
            }

            #[doc = concat!("The ISO 8601 style, `", $iso, "`.

```
use mynumber_pia::wareki::", stringify!($ty), ";

assert_eq!(", stringify!($ty), "::parse(\"", $sample, "\")?.iso().to_string(), \"", $iso, "\");
# Ok::<(), mynumber_pia::wareki::WarekiError>(())
```")]
            #[must_use]
            pub const fn iso(self) -> $crate::wareki::Iso<$ty> {
                $crate::wareki::Iso(self)
            }
        }

        impl PartialEq for $ty {
            fn eq(&self, other: &Self) -> bool {
                let key = |$v: &Self| $key;
                key(self) == key(other)
            }
        }

        impl Eq for $ty {}

        impl PartialOrd for $ty {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }

        impl Ord for $ty {
            fn cmp(&self, other: &Self) -> std::cmp::Ordering {
                let key = |$v: &Self| $key;
                key(self).cmp(&key(other))
            }
        }

        impl std::hash::Hash for $ty {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                let key = |$v: &Self| $key;
                key(self).hash(state);
            }
        }
    };
}

mod date;
mod era;
mod error;
mod fiscal;
mod format;
mod month;
mod parse;
mod range;
mod value;
mod year;

pub use date::WarekiDate;
pub(crate) use era::ymd;
pub use era::{Era, GREGORIAN_ADOPTION};
pub use error::{DateKind, WarekiError};
pub use fiscal::FiscalYear;
pub use format::{Iso, Short};
pub(crate) use format::{ShowDate, official};
pub use month::YearMonth;
pub use range::DateRange;
pub use value::DateValue;
pub use year::WarekiYear;
