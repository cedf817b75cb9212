//! [`WarekiDate`]: a day written in an era, and the checks that make it exist.

use chrono::{Datelike, NaiveDate, Weekday};

use super::era::{GREGORIAN_ADOPTION, check_gregorian, check_year};
use super::error::WarekiError;
use super::{Era, FiscalYear, Iso, Short, YearMonth};

/// The number of days of `month` (1–12) in the Gregorian `year`; 0 for another month.
pub(crate) const fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

pub(crate) fn check_month(month: u32) -> Result<(), WarekiError> {
    if (1..=12).contains(&month) {
        Ok(())
    } else {
        Err(WarekiError::NoSuchMonth { month })
    }
}

/// The day `month`/`day` of the Gregorian `year`, which `era` (if any) names in the error.
fn gregorian_day(
    era: Option<Era>,
    year: i32,
    month: u32,
    day: u32,
) -> Result<NaiveDate, WarekiError> {
    check_month(month)?;
    let last = days_in_month(year, month);
    if day == 0 || day > last {
        return Err(WarekiError::NoSuchDay {
            era,
            year: era.map_or(year, |era| era.era_year_of(year)),
            month,
            day,
            last,
        });
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or(WarekiError::BeforeGregorian)
}

/// A day of the 和暦 (Japanese calendar): era, year (元年 = 1), month and day.
///
/// Every value exists: the era contains the day (平成31年4月30日 is valid, 平成31年5月1日 is not),
/// the month has the day, and the day is on or after 明治6年1月1日 (1873-01-01), the first day of
/// the Gregorian calendar in Japan (明治5年太政官布告第337号); earlier 和暦 days are lunisolar and
/// have no Gregorian month and day. Each day therefore has exactly one `WarekiDate`, and the order
/// of values is the order of days.
///
/// Converts losslessly to and from [`chrono::NaiveDate`] (the form the report model stores).
/// `Display` writes the official style (`令和6年12月6日`, `令和元年5月1日`); [`short`](Self::short)
/// the short style (`R6.12.6`); [`iso`](Self::iso) `2024-12-06`. Parsing accepts every shape
/// listed in the [module documentation](super). serde writes the official style and reads any
/// shape `FromStr` reads (the form of a notice's date in a legal basis's JSON).
///
/// ```
/// use chrono::NaiveDate;
/// use mynumber_pia::wareki::{Era, WarekiDate};
///
/// let d = WarekiDate::new(Era::Reiwa, 6, 12, 6)?;
/// assert_eq!(d.to_naive(), NaiveDate::from_ymd_opt(2024, 12, 6).unwrap());
/// assert_eq!(d.to_string(), "令和6年12月6日");
/// assert_eq!(d.short().to_string(), "R6.12.6");
/// assert_eq!(d.iso().to_string(), "2024-12-06");
/// assert_eq!(WarekiDate::parse("令和６年１２月６日（金）")?, d);
/// assert_eq!(WarekiDate::new(Era::Reiwa, 1, 5, 1)?.to_string(), "令和元年5月1日");
/// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
/// ```
#[doc(alias = "和暦")]
#[doc(alias = "年月日")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WarekiDate {
    era: Era,
    date: NaiveDate,
}

impl WarekiDate {
    /// 明治6年1月1日 (1873-01-01), the first day a `WarekiDate` can hold.
    pub const MIN: WarekiDate = WarekiDate {
        era: Era::Meiji,
        date: GREGORIAN_ADOPTION,
    };

    /// The day `year`年`month`月`day`日 of `era` (`year` 1 is 元年).
    ///
    /// # Errors
    ///
    /// [`WarekiError::YearZero`], [`NoSuchMonth`](WarekiError::NoSuchMonth),
    /// [`NoSuchDay`](WarekiError::NoSuchDay), [`BeforeEra`](WarekiError::BeforeEra) (令和元年4月30日),
    /// [`AfterEra`](WarekiError::AfterEra) (平成31年5月1日, 昭和64年1月8日),
    /// [`BeforeGregorian`](WarekiError::BeforeGregorian) (before 明治6年1月1日) or
    /// [`TooLate`](WarekiError::TooLate) (after 9999).
    ///
    /// ```
    /// use mynumber_pia::wareki::{Era, WarekiDate, WarekiError};
    ///
    /// assert!(WarekiDate::new(Era::Showa, 64, 1, 7).is_ok());
    /// assert_eq!(
    ///     WarekiDate::new(Era::Showa, 64, 1, 8),
    ///     Err(WarekiError::AfterEra { era: Era::Showa })
    /// );
    /// ```
    pub fn new(era: Era, year: u32, month: u32, day: u32) -> Result<Self, WarekiError> {
        let date = gregorian_day(Some(era), era.gregorian_year(year)?, month, day)?;
        era.check_reaches(date, date)?;
        check_gregorian(date)?;
        Ok(WarekiDate { era, date })
    }

    /// The day of the Gregorian (西暦) `year`-`month`-`day`.
    ///
    /// # Errors
    ///
    /// [`WarekiError::NoSuchMonth`], [`NoSuchDay`](WarekiError::NoSuchDay) (`2023-02-29`),
    /// [`BeforeGregorian`](WarekiError::BeforeGregorian) or [`TooLate`](WarekiError::TooLate).
    ///
    /// ```
    /// use mynumber_pia::wareki::WarekiDate;
    ///
    /// assert_eq!(WarekiDate::from_ymd(2019, 4, 30)?.to_string(), "平成31年4月30日");
    /// assert!(WarekiDate::from_ymd(2023, 2, 29).is_err());
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Self, WarekiError> {
        check_year(year)?;
        Self::from_naive(gregorian_day(None, year, month, day)?)
    }

    /// The 和暦 day of a chrono date.
    ///
    /// # Errors
    ///
    /// [`WarekiError::BeforeGregorian`] before 1873-01-01, [`WarekiError::TooLate`] after 9999.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::wareki::{Era, WarekiDate};
    ///
    /// let d = WarekiDate::from_naive(NaiveDate::from_ymd_opt(1989, 1, 8).unwrap())?;
    /// assert_eq!((d.era(), d.year(), d.month(), d.day()), (Era::Heisei, 1, 1, 8));
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    pub fn from_naive(date: NaiveDate) -> Result<Self, WarekiError> {
        check_gregorian(date)?;
        check_year(date.year())?;
        let era = Era::of(date).ok_or(WarekiError::BeforeGregorian)?;
        Ok(WarekiDate { era, date })
    }

    /// The chrono date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::wareki::WarekiDate;
    ///
    /// let d = WarekiDate::parse("S64.1.7")?;
    /// assert_eq!(d.to_naive(), NaiveDate::from_ymd_opt(1989, 1, 7).unwrap());
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    #[must_use]
    pub const fn to_naive(self) -> NaiveDate {
        self.date
    }

    /// The era.
    ///
    /// ```
    /// use chrono::Weekday;
    /// use mynumber_pia::wareki::{Era, WarekiDate};
    ///
    /// let d = WarekiDate::parse("令和元年5月1日")?;
    /// assert_eq!((d.era(), d.year(), d.month(), d.day()), (Era::Reiwa, 1, 5, 1));
    /// assert_eq!(d.weekday(), Weekday::Wed);
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    #[must_use]
    pub const fn era(self) -> Era {
        self.era
    }

    /// The year of the era (1 for 元年).
    #[must_use]
    pub fn year(self) -> u32 {
        self.era.year_number(self.date.year())
    }

    /// The month, 1–12.
    #[must_use]
    pub fn month(self) -> u32 {
        self.date.month()
    }

    /// The day of the month, 1–31.
    #[must_use]
    pub fn day(self) -> u32 {
        self.date.day()
    }

    /// The day of the week.
    #[must_use]
    pub fn weekday(self) -> Weekday {
        self.date.weekday()
    }

    /// The month containing this day.
    ///
    /// ```
    /// use mynumber_pia::wareki::WarekiDate;
    ///
    /// let d = WarekiDate::parse("令和元年5月1日")?;
    /// assert_eq!(d.year_month().to_string(), "令和元年5月");
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    #[must_use]
    pub fn year_month(self) -> YearMonth {
        YearMonth::of_day(self)
    }

    /// The fiscal year (年度, April–March) containing this day.
    ///
    /// # Errors
    ///
    /// [`WarekiError::BeforeFiscalYears`] before 明治19年度 (1886-04-01).
    ///
    /// ```
    /// use mynumber_pia::wareki::WarekiDate;
    ///
    /// let d = WarekiDate::parse("令和6年3月31日")?;
    /// assert_eq!(d.fiscal_year()?.to_string(), "令和5年度");
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    pub fn fiscal_year(self) -> Result<FiscalYear, WarekiError> {
        FiscalYear::containing(self.date)
    }

    /// The short style, `R6.12.6` (元年 written `1`: `R1.5.1`).
    ///
    /// ```
    /// use mynumber_pia::wareki::WarekiDate;
    ///
    /// let d = WarekiDate::parse("平成三十年五月二十一日")?;
    /// assert_eq!(d.short().to_string(), "H30.5.21");
    /// assert_eq!(d.iso().to_string(), "2018-05-21");
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    #[must_use]
    pub const fn short(self) -> Short<WarekiDate> {
        Short(self)
    }

    /// The ISO 8601 style, `2024-12-06` (chrono's).
    #[must_use]
    pub const fn iso(self) -> Iso<WarekiDate> {
        Iso(self)
    }
}

impl From<WarekiDate> for NaiveDate {
    fn from(d: WarekiDate) -> Self {
        d.date
    }
}

impl TryFrom<NaiveDate> for WarekiDate {
    type Error = WarekiError;

    fn try_from(date: NaiveDate) -> Result<Self, Self::Error> {
        Self::from_naive(date)
    }
}

// Serialized as its official text (`平成27年2月13日`, as `Display` writes it) and read through
// `FromStr` (any shape the module reads), a refusal told in `WarekiError`'s words: the text a
// notice's date is cited in (a legal basis's `Target::Notice`). A report's days and months are
// written ISO instead, as its JSON format says (`NaiveDate`, `YearMonth`).
crate::label::serde_as_text!(WarekiDate, FromStr);

#[cfg(test)]
mod tests {
    use super::*;

    /// serde writes the official style and reads through `FromStr`, telling a refusal in
    /// [`WarekiError`]'s words.
    #[test]
    fn serde_is_the_official_text() {
        let d = WarekiDate::new(Era::Heisei, 27, 2, 13).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"平成27年2月13日\"");
        assert_eq!(
            serde_json::from_str::<WarekiDate>("\"H27.2.13\"").unwrap(),
            d
        );
        let err = serde_json::from_str::<WarekiDate>("\"平成31年5月1日\"").unwrap_err();
        assert_eq!(
            err.to_string(),
            "平成は平成31年4月30日までです at line 1 column 21"
        );
        let err = serde_json::from_str::<WarekiDate>("3").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("invalid type: integer `3`, expected a string"),
            "{err}"
        );
    }

    #[test]
    fn era_boundaries() {
        assert!(WarekiDate::new(Era::Heisei, 31, 4, 30).is_ok());
        assert_eq!(
            WarekiDate::new(Era::Heisei, 31, 5, 1),
            Err(WarekiError::AfterEra { era: Era::Heisei })
        );
        assert_eq!(
            WarekiDate::new(Era::Reiwa, 1, 4, 30),
            Err(WarekiError::BeforeEra { era: Era::Reiwa })
        );
        assert_eq!(
            WarekiDate::new(Era::Heisei, 1, 1, 7),
            Err(WarekiError::BeforeEra { era: Era::Heisei })
        );
        assert_eq!(
            WarekiDate::new(Era::Heisei, 32, 1, 1),
            Err(WarekiError::AfterEra { era: Era::Heisei })
        );
        assert_eq!(
            WarekiDate::new(Era::Meiji, 5, 12, 2),
            Err(WarekiError::BeforeGregorian)
        );
        assert!(WarekiDate::new(Era::Meiji, 6, 1, 1).is_ok());
        assert_eq!(
            WarekiDate::new(Era::Reiwa, 0, 1, 1),
            Err(WarekiError::YearZero { era: Era::Reiwa })
        );
        assert_eq!(
            WarekiDate::new(Era::Reiwa, u32::MAX, 1, 1),
            Err(WarekiError::TooLate)
        );
    }

    #[test]
    fn days_of_month() {
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(
            WarekiDate::new(Era::Reiwa, 6, 2, 30)
                .unwrap_err()
                .to_string(),
            "令和6年2月30日はありません（令和6年2月は29日までです）"
        );
        assert!(WarekiDate::new(Era::Reiwa, 6, 2, 0).is_err());
        assert!(WarekiDate::new(Era::Reiwa, 6, 13, 1).is_err());
    }

    #[test]
    fn conversions() {
        let d = WarekiDate::new(Era::Showa, 64, 1, 7).unwrap();
        assert_eq!(d.to_naive(), NaiveDate::from_ymd_opt(1989, 1, 7).unwrap());
        assert_eq!(WarekiDate::from_naive(d.to_naive()).unwrap(), d);
        assert_eq!(d.year(), 64);
        assert_eq!(WarekiDate::MIN.to_string(), "明治6年1月1日");
        assert_eq!(
            WarekiDate::from_ymd(1872, 12, 31),
            Err(WarekiError::BeforeGregorian)
        );
    }
}
