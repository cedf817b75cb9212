//! [`FiscalYear`]: a 年度 (April to March), never silently a day.

use chrono::{Datelike, NaiveDate};

use super::era::{check_year, held_day};
use super::{Era, WarekiError};

/// The first fiscal year that ran April–March: 明治19年度 (1886).
const FIRST_FISCAL_YEAR: i32 = 1886;

/// A fiscal year (年度): 1 April to 31 March of the next year, as in `令和５年度`.
///
/// A 年度 is named after the year of its April: `令和5年度` is 2023-04-01 to 2024-03-31 (`FY2023`).
/// It is valid in an era when the era covers at least one of its days, so the year that started in
/// April 2019 is both `平成31年度` and `令和元年度`, and `昭和64年度` does not exist (昭和 ended on
/// 1989-01-07, before 昭和64年 reached April). As for [`YearMonth`](super::YearMonth), the value
/// keeps the era it was written in for `Display`; equality, ordering and hashing compare the year
/// only. Built from a Gregorian year, the era is the one covering most of the 年度 (the era in
/// effect on 1 October): FY2019 is `令和元年度`, FY1988 `昭和63年度`.
///
/// The April–March 会計年度 was set in 明治17年 (1884) and began with 明治19年度; earlier 年度 are
/// refused ([`WarekiError::BeforeFiscalYears`]).
///
/// ```
/// use chrono::NaiveDate;
/// use mynumber_pia::wareki::{Era, FiscalYear};
///
/// let fy = FiscalYear::parse("令和５年度")?;
/// assert_eq!(fy.start_year(), 2023);
/// assert_eq!(fy.iso().to_string(), "FY2023");
/// assert_eq!(fy.to_string(), "令和5年度");
/// assert_eq!(fy.first_day(), NaiveDate::from_ymd_opt(2023, 4, 1).unwrap());
/// assert_eq!(fy.last_day(), NaiveDate::from_ymd_opt(2024, 3, 31).unwrap());
/// assert_eq!(FiscalYear::new(Era::Heisei, 31)?, FiscalYear::new(Era::Reiwa, 1)?);
/// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
/// ```
#[doc(alias = "年度")]
#[derive(Debug, Clone, Copy)]
pub struct FiscalYear {
    era: Era,
    year: i32,
}

impl FiscalYear {
    /// The 年度 `year` of `era` (`year` 1 is 元年度).
    ///
    /// # Errors
    ///
    /// [`WarekiError::YearZero`], [`AfterEra`](WarekiError::AfterEra) (平成32年度, 昭和64年度),
    /// [`BeforeFiscalYears`](WarekiError::BeforeFiscalYears) (before 明治19年度) or
    /// [`TooLate`](WarekiError::TooLate).
    ///
    /// ```
    /// use mynumber_pia::wareki::{Era, FiscalYear, WarekiError};
    ///
    /// assert_eq!(FiscalYear::new(Era::Showa, 64), Err(WarekiError::AfterEra { era: Era::Showa }));
    /// ```
    pub fn new(era: Era, year: u32) -> Result<Self, WarekiError> {
        let fy = FiscalYear {
            era,
            ..Self::from_gregorian(era.gregorian_year(year)?)?
        };
        era.check_reaches(fy.first_day(), fy.last_day())?;
        Ok(fy)
    }

    /// The 年度 that starts on 1 April of the Gregorian `start_year` (`FY<start_year>`).
    ///
    /// # Errors
    ///
    /// [`WarekiError::BeforeFiscalYears`] before 1886, [`WarekiError::TooLate`] from 9999.
    ///
    /// ```
    /// use mynumber_pia::wareki::FiscalYear;
    ///
    /// assert_eq!(FiscalYear::from_gregorian(2019)?.to_string(), "令和元年度");
    /// assert_eq!(FiscalYear::from_gregorian(1988)?.to_string(), "昭和63年度");
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    pub fn from_gregorian(start_year: i32) -> Result<Self, WarekiError> {
        if start_year < FIRST_FISCAL_YEAR {
            return Err(WarekiError::BeforeFiscalYears);
        }
        // The 年度 ends in the year after its April.
        check_year(start_year.saturating_add(1))?;
        Ok(FiscalYear {
            era: Era::naming(start_year, 10, 1, WarekiError::BeforeFiscalYears)?,
            year: start_year,
        })
    }

    /// The 年度 containing `date`.
    ///
    /// # Errors
    ///
    /// As [`from_gregorian`](Self::from_gregorian).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::wareki::FiscalYear;
    ///
    /// let d = NaiveDate::from_ymd_opt(2025, 3, 31).unwrap();
    /// assert_eq!(FiscalYear::containing(d)?.start_year(), 2024);
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    pub fn containing(date: NaiveDate) -> Result<Self, WarekiError> {
        // January to March end the 年度 that began the April before.
        Self::from_gregorian(date.year() - i32::from(date.month() < 4))
    }

    /// The Gregorian year of its April (`令和5年度` → 2023).
    #[must_use]
    pub const fn start_year(self) -> i32 {
        self.year
    }

    /// 1 April of [`start_year`](Self::start_year).
    #[must_use]
    pub fn first_day(self) -> NaiveDate {
        held_day(self.year, 4, 1)
    }

    /// 31 March of the following year.
    #[must_use]
    pub fn last_day(self) -> NaiveDate {
        held_day(self.year + 1, 3, 31)
    }
}

period!(FiscalYear, "令和５年度" => "FY2023", |fy| fy.year);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eras_of_fiscal_years() {
        assert_eq!(
            FiscalYear::new(Era::Heisei, 31).unwrap().to_string(),
            "平成31年度"
        );
        assert_eq!(FiscalYear::new(Era::Reiwa, 1).unwrap().start_year(), 2019);
        assert_eq!(
            FiscalYear::new(Era::Heisei, 32),
            Err(WarekiError::AfterEra { era: Era::Heisei })
        );
        assert_eq!(FiscalYear::new(Era::Heisei, 1).unwrap().start_year(), 1989);
        assert_eq!(
            FiscalYear::from_gregorian(1912).unwrap().to_string(),
            "大正元年度"
        );
        assert_eq!(
            FiscalYear::from_gregorian(1926).unwrap().to_string(),
            "大正15年度"
        );
        assert_eq!(
            FiscalYear::new(Era::Meiji, 18),
            Err(WarekiError::BeforeFiscalYears)
        );
        assert!(FiscalYear::new(Era::Meiji, 19).is_ok());
        assert_eq!(
            FiscalYear::new(Era::Reiwa, 0),
            Err(WarekiError::YearZero { era: Era::Reiwa })
        );
    }

    #[test]
    fn containing() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(
            FiscalYear::containing(d(2024, 4, 1)).unwrap().start_year(),
            2024
        );
        assert_eq!(
            FiscalYear::containing(d(2024, 3, 31)).unwrap().start_year(),
            2023
        );
        let fy = FiscalYear::from_gregorian(2023).unwrap();
        assert!(fy.contains(d(2024, 3, 31)));
        assert!(!fy.contains(d(2024, 4, 1)));
    }
}
