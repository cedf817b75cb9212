//! [`WarekiYear`]: a calendar year written in an era (`平成十一年`, `昭和33年法律第192号`).

use chrono::NaiveDate;

use super::era::held_day;
use super::{Era, WarekiError};

/// A calendar year of the 和暦 (年), as in law numbers (`昭和３３年法律第１９２号`) or
/// `平成十一年東京都規則`.
///
/// Valid when its era covers at least one of its days: `平成31年` and `令和元年` are both 2019,
/// `平成32年` does not exist. The value keeps the era it was written in for `Display`; equality,
/// ordering and hashing compare the Gregorian year only. Built from a Gregorian year, the era is
/// the one covering most of the year (the era in effect on 1 July): 1989 is `平成元年`, 2019
/// `令和元年`, 1926 `大正15年`. Years start at 明治元年 (1868).
///
/// ```
/// use mynumber_pia::wareki::{Era, WarekiYear};
///
/// let y = WarekiYear::parse("平成十一年")?;
/// assert_eq!((y.era(), y.era_year(), y.year()), (Era::Heisei, 11, 1999));
/// assert_eq!(y.to_string(), "平成11年");
/// assert_eq!(y.iso().to_string(), "1999");
/// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
/// ```
#[doc(alias = "年")]
#[doc(alias = "和暦年")]
#[derive(Debug, Clone, Copy)]
pub struct WarekiYear {
    era: Era,
    year: i32,
}

impl WarekiYear {
    /// The year `year` of `era` (1 is 元年).
    ///
    /// # Errors
    ///
    /// [`WarekiError::YearZero`], [`AfterEra`](WarekiError::AfterEra) (平成32年) or
    /// [`TooLate`](WarekiError::TooLate).
    ///
    /// ```
    /// use mynumber_pia::wareki::{Era, WarekiError, WarekiYear};
    ///
    /// assert_eq!(WarekiYear::new(Era::Reiwa, 1)?.year(), 2019);
    /// assert_eq!(WarekiYear::new(Era::Heisei, 32), Err(WarekiError::AfterEra { era: Era::Heisei }));
    /// # Ok::<(), WarekiError>(())
    /// ```
    pub fn new(era: Era, year: u32) -> Result<Self, WarekiError> {
        let y = WarekiYear {
            era,
            year: era.gregorian_year(year)?,
        };
        era.check_reaches(y.first_day(), y.last_day())?;
        Ok(y)
    }

    /// The Gregorian `year`, written in the era covering most of it.
    ///
    /// # Errors
    ///
    /// [`WarekiError::BeforeMeiji`] before 1868, [`WarekiError::TooLate`] after 9999.
    ///
    /// ```
    /// use mynumber_pia::wareki::WarekiYear;
    ///
    /// assert_eq!(WarekiYear::from_gregorian(1989)?.to_string(), "平成元年");
    /// assert_eq!(WarekiYear::from_gregorian(1958)?.to_string(), "昭和33年");
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    pub fn from_gregorian(year: i32) -> Result<Self, WarekiError> {
        Ok(WarekiYear {
            era: Era::naming(year, 7, 1, WarekiError::BeforeMeiji)?,
            year,
        })
    }

    /// The Gregorian year.
    #[must_use]
    pub const fn year(self) -> i32 {
        self.year
    }

    /// 1 January of the year.
    ///
    /// ```
    /// use mynumber_pia::wareki::WarekiYear;
    ///
    /// let y = WarekiYear::parse("令和元年")?;
    /// assert_eq!(y.first_day().to_string(), "2019-01-01");
    /// assert_eq!(y.last_day().to_string(), "2019-12-31");
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    #[must_use]
    pub fn first_day(self) -> NaiveDate {
        held_day(self.year, 1, 1)
    }

    /// 31 December of the year.
    #[must_use]
    pub fn last_day(self) -> NaiveDate {
        held_day(self.year, 12, 31)
    }
}

period!(WarekiYear, "平成十一年" => "1999", |y| y.year);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_across_eras() {
        assert_eq!(WarekiYear::new(Era::Meiji, 1).unwrap().year(), 1868);
        assert_eq!(WarekiYear::new(Era::Showa, 1).unwrap().year(), 1926);
        assert_eq!(
            WarekiYear::new(Era::Showa, 65),
            Err(WarekiError::AfterEra { era: Era::Showa })
        );
        assert_eq!(
            WarekiYear::new(Era::Heisei, 31).unwrap(),
            WarekiYear::new(Era::Reiwa, 1).unwrap()
        );
        assert_eq!(
            WarekiYear::from_gregorian(1867),
            Err(WarekiError::BeforeMeiji)
        );
        assert_eq!(
            WarekiYear::from_gregorian(1868).unwrap().to_string(),
            "明治元年"
        );
        assert_eq!(
            WarekiYear::from_gregorian(1912).unwrap().to_string(),
            "明治45年"
        );
    }
}
