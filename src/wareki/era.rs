//! 元号 (eras) and their first and last days.

use crate::Choice;
use chrono::{Datelike, NaiveDate};

use super::WarekiError;
use super::error::YearText;
use crate::label::choice_enum;

/// Builds a date in a constant; the crate's constant dates are all valid (each checked by a test
/// where it is written), so the fallback is never used.
pub(crate) const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

/// A day of a month, 年度 or year value of this module: each holds a month 1–12 of a Gregorian
/// year from 1868 to 9999 (a 年度 ends in the year after), so every day it names exists.
#[allow(clippy::expect_used)]
pub(crate) fn held_day(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day)
        .expect("a 和暦 value holds a month 1–12 of a year from 1868 to 10000, and a day of it")
}

/// 明治6年1月1日 (1873-01-01): the first day of the Gregorian calendar in Japan
/// (明治5年太政官布告第337号, 改暦ノ布告: 明治5年12月3日 became 明治6年1月1日).
///
/// Before it, 和暦 months and days are lunisolar (旧暦) and do not match Gregorian months and days,
/// so this module refuses 和暦 days and months before it ([`WarekiError::BeforeGregorian`]).
///
/// [`WarekiError::BeforeGregorian`]: super::WarekiError::BeforeGregorian
pub const GREGORIAN_ADOPTION: NaiveDate = ymd(1873, 1, 1);

/// [`WarekiError::BeforeGregorian`] for a day before [`GREGORIAN_ADOPTION`] (a lunisolar day).
pub(crate) fn check_gregorian(day: NaiveDate) -> Result<(), WarekiError> {
    (day >= GREGORIAN_ADOPTION)
        .then_some(())
        .ok_or(WarekiError::BeforeGregorian)
}

/// The last Gregorian year the 和暦 types handle.
pub(crate) const MAX_YEAR: i32 = 9999;

/// [`WarekiError::TooLate`] for a year after [`MAX_YEAR`].
pub(crate) fn check_year(year: i32) -> Result<(), WarekiError> {
    (year <= MAX_YEAR).then_some(()).ok_or(WarekiError::TooLate)
}

choice_enum! {
    /// A 元号 (era) of the modern 和暦: 明治, 大正, 昭和, 平成, 令和.
    ///
    /// Each era runs from its first day to the day before the next era's first day
    /// (明治 counted from the first day of its first year, 慶応4年1月1日): 明治 1868-01-25 · 大正 1912-07-30 · 昭和 1926-12-25 ·
    /// 平成 1989-01-08 · 令和 2019-05-01. The first year of an era is 元年 (year 1) and runs from
    /// the era's first day to 31 December; later years are calendar years. 明治's first day is the
    /// Gregorian equivalent of 慶応4年1月1日, to which the era was made retroactive
    /// (改元の詔, 明治元年9月8日); days before 明治6年1月1日 are lunisolar, see
    /// [`GREGORIAN_ADOPTION`].
    ///
    /// Variants are ordered in time. `FromStr` also accepts the Latin initials (`R`, `H`, `S`,
    /// `T`, `M`) and the one-character forms (`㋿`, `㍻`, `㍼`, `㍽`, `㍾`).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::wareki::Era;
    ///
    /// assert_eq!(Era::Heisei.label(), "平成");
    /// assert_eq!(Era::Heisei.last_day(), NaiveDate::from_ymd_opt(2019, 4, 30));
    /// assert_eq!(Era::of(NaiveDate::from_ymd_opt(1989, 1, 7).unwrap()), Some(Era::Showa));
    /// assert_eq!("Ｒ".parse::<Era>()?, Era::Reiwa);
    /// # Ok::<(), mynumber_pia::ParseChoiceError>(())
    /// ```
    pub enum Era: "元号" {
        /// 明治 (Meiji), from 1868-01-25 to 1912-07-29 (改元の詔, 明治元年9月8日, retroactive to
        /// 慶応4年1月1日).
        Meiji => "明治" | "M" | "㍾",
        /// 大正 (Taishō), from 1912-07-30 to 1926-12-24 (明治45年7月30日の改元の詔書).
        Taisho => "大正" | "T" | "㍽",
        /// 昭和 (Shōwa), from 1926-12-25 to 1989-01-07 (大正15年12月25日の改元の詔書).
        Showa => "昭和" | "S" | "㍼",
        /// 平成 (Heisei), from 1989-01-08 to 2019-04-30 (元号を改める政令, 昭和64年政令第1号,
        /// under 元号法).
        Heisei => "平成" | "H" | "㍻",
        /// 令和 (Reiwa), from 2019-05-01; the current era, with no last day (元号を改める政令,
        /// 平成31年政令第143号, under 元号法).
        Reiwa => "令和" | "R" | "㋿",
    }
}

impl Era {
    /// The era's first day, its Latin initial and its one-character form: what the short style
    /// writes and the parser reads besides the name.
    const fn facts(self) -> (NaiveDate, char, char) {
        // Each first day is built at compile time (`const { }`): built at run time, on every
        // call, chrono's date builder took 160 of a 和暦 parse's 1,596 instructions (59 of 1,355
        // at b9c3389; `benches/wareki.rs` under callgrind).
        match self {
            Era::Meiji => (const { ymd(1868, 1, 25) }, 'M', '㍾'),
            Era::Taisho => (const { ymd(1912, 7, 30) }, 'T', '㍽'),
            Era::Showa => (const { ymd(1926, 12, 25) }, 'S', '㍼'),
            Era::Heisei => (const { ymd(1989, 1, 8) }, 'H', '㍻'),
            Era::Reiwa => (const { ymd(2019, 5, 1) }, 'R', '㋿'),
        }
    }

    /// The era's first day (its 元年's first day).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::wareki::Era;
    ///
    /// assert_eq!(Era::Reiwa.first_day(), NaiveDate::from_ymd_opt(2019, 5, 1).unwrap());
    /// ```
    #[must_use]
    pub const fn first_day(self) -> NaiveDate {
        self.facts().0
    }

    /// The era's last day: the day before the next era's first day; `None` for 令和.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::wareki::Era;
    ///
    /// assert_eq!(Era::Showa.last_day(), NaiveDate::from_ymd_opt(1989, 1, 7));
    /// assert_eq!(Era::Reiwa.last_day(), None);
    /// ```
    #[must_use]
    pub fn last_day(self) -> Option<NaiveDate> {
        self.next().and_then(|next| next.first_day().pred_opt())
    }

    /// The following era, `None` for 令和.
    ///
    /// ```
    /// use mynumber_pia::wareki::Era;
    ///
    /// assert_eq!(Era::Showa.next(), Some(Era::Heisei));
    /// assert_eq!(Era::Reiwa.next(), None);
    /// ```
    #[must_use]
    pub const fn next(self) -> Option<Era> {
        // The era after this one in `ALL`, which lists them in time order.
        match Era::ALL.split_at_checked(self as usize + 1) {
            Some((_, [next, ..])) => Some(*next),
            _ => None,
        }
    }

    /// The Latin initial used in short dates (`R6.12.6`): `M`, `T`, `S`, `H` or `R`.
    ///
    /// ```
    /// use mynumber_pia::wareki::Era;
    ///
    /// assert_eq!(Era::Heisei.initial(), 'H');
    /// ```
    #[must_use]
    pub const fn initial(self) -> char {
        self.facts().1
    }

    /// The one-character form: `㍾ ㍽ ㍼ ㍻ ㋿` (the parser matches them itself, for speed; a
    /// test of `wareki::parse` holds its match to this column).
    #[cfg(test)]
    pub(crate) const fn glyph(self) -> char {
        self.facts().2
    }

    /// The Gregorian year of the era's 元年.
    ///
    /// ```
    /// use mynumber_pia::wareki::Era;
    ///
    /// assert_eq!(Era::Heisei.first_year(), 1989);
    /// ```
    #[must_use]
    pub fn first_year(self) -> i32 {
        self.first_day().year()
    }

    /// The era's last year number (`平成31年` → 31); `None` for 令和.
    ///
    /// ```
    /// use mynumber_pia::wareki::Era;
    ///
    /// assert_eq!(Era::Meiji.last_year(), Some(45));
    /// assert_eq!(Era::Showa.last_year(), Some(64));
    /// ```
    #[must_use]
    pub fn last_year(self) -> Option<u32> {
        u32::try_from(self.era_year_of(self.last_day()?.year())).ok()
    }

    /// The era in effect on `date`, `None` before 明治 (1868-01-25).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::wareki::Era;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert_eq!(Era::of(d(2019, 4, 30)), Some(Era::Heisei));
    /// assert_eq!(Era::of(d(2019, 5, 1)), Some(Era::Reiwa));
    /// assert_eq!(Era::of(d(1868, 1, 24)), None);
    /// ```
    #[must_use]
    pub fn of(date: NaiveDate) -> Option<Era> {
        Era::ALL
            .iter()
            .rev()
            .copied()
            .find(|era| era.first_day() <= date)
    }

    /// Whether `date` lies within this era.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::wareki::Era;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert!(Era::Heisei.contains(d(2019, 4, 30)));
    /// assert!(!Era::Heisei.contains(d(2019, 5, 1)));
    /// ```
    #[must_use]
    pub fn contains(self, date: NaiveDate) -> bool {
        date >= self.first_day() && self.last_day().is_none_or(|last| date <= last)
    }

    /// The Gregorian year of this era's year `era_year` (1 is 元年), for a value to be built.
    ///
    /// # Errors
    ///
    /// [`WarekiError::YearZero`], or [`WarekiError::TooLate`] past 9999.
    pub(crate) fn gregorian_year(self, era_year: u32) -> Result<i32, WarekiError> {
        if era_year == 0 {
            return Err(WarekiError::YearZero { era: self });
        }
        i32::try_from(era_year)
            .ok()
            .and_then(|y| y.checked_add(self.first_year() - 1))
            .filter(|g| *g <= MAX_YEAR)
            .ok_or(WarekiError::TooLate)
    }

    /// Checks that the era covers at least one of the days `first..=last`: a day, month, 年度 or
    /// year is valid in an era only then (平成31年4月 is, 平成31年5月 is not).
    ///
    /// # Errors
    ///
    /// [`WarekiError::BeforeEra`] (令和元年4月) or [`WarekiError::AfterEra`] (平成31年5月).
    pub(crate) fn check_reaches(
        self,
        first: NaiveDate,
        last: NaiveDate,
    ) -> Result<(), WarekiError> {
        if last < self.first_day() {
            Err(WarekiError::BeforeEra { era: self })
        } else if self.last_day().is_some_and(|end| first > end) {
            Err(WarekiError::AfterEra { era: self })
        } else {
            Ok(())
        }
    }

    /// The era naming a Gregorian period: the one in effect on its day `year`-`month`-`day` (the
    /// day that decides which era covers most of the period), or `before` when no era does.
    pub(crate) fn naming(
        year: i32,
        month: u32,
        day: u32,
        before: WarekiError,
    ) -> Result<Era, WarekiError> {
        check_year(year)?;
        NaiveDate::from_ymd_opt(year, month, day)
            .and_then(Era::of)
            .ok_or(before)
    }

    /// This era's year number for the Gregorian `year` (may be 0 or negative outside the era).
    pub(crate) fn era_year_of(self, year: i32) -> i32 {
        year - self.first_year() + 1
    }

    /// This era's year number for the Gregorian `year` of a value in the era (1 for 元年).
    #[allow(clippy::expect_used)]
    pub(crate) fn year_number(self, year: i32) -> u32 {
        u32::try_from(self.era_year_of(year))
            .expect("the dates, months and years of an era are in or after its first year")
    }

    /// The year as the official style writes it: `令和6年`, `令和元年`.
    pub(crate) fn year_text(self, year: i32) -> YearText {
        YearText(Some(self), self.era_year_of(year))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn first_and_last_days_follow_the_readme() {
        assert_eq!(Era::Meiji.first_day(), d(1868, 1, 25));
        assert_eq!(Era::Taisho.first_day(), d(1912, 7, 30));
        assert_eq!(Era::Showa.first_day(), d(1926, 12, 25));
        assert_eq!(Era::Heisei.first_day(), d(1989, 1, 8));
        assert_eq!(Era::Reiwa.first_day(), d(2019, 5, 1));
        assert_eq!(Era::Meiji.last_day(), Some(d(1912, 7, 29)));
        assert_eq!(Era::Taisho.last_day(), Some(d(1926, 12, 24)));
        assert_eq!(Era::Heisei.last_day(), Some(d(2019, 4, 30)));
        assert_eq!(Era::Taisho.last_year(), Some(15));
        assert_eq!(Era::Heisei.last_year(), Some(31));
        assert_eq!(Era::Reiwa.last_year(), None);
    }

    #[test]
    fn of_picks_the_era_on_each_boundary() {
        for era in Era::ALL {
            assert_eq!(Era::of(era.first_day()), Some(*era));
            if let Some(last) = era.last_day() {
                assert_eq!(Era::of(last), Some(*era));
                assert!(era.contains(last));
                assert!(!era.contains(last.succ_opt().unwrap()));
            }
        }
        assert_eq!(Era::of(d(1868, 1, 24)), None);
    }

    #[test]
    fn parses_initials_and_glyphs() {
        assert_eq!("H".parse::<Era>().unwrap(), Era::Heisei);
        assert_eq!("㍼".parse::<Era>().unwrap(), Era::Showa);
        assert_eq!(" 令和 ".parse::<Era>().unwrap(), Era::Reiwa);
        assert!("X".parse::<Era>().is_err());
        assert_eq!(Era::Reiwa.to_string(), "令和");
    }
}
