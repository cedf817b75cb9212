//! [`WarekiYear`]: a calendar year written in an era (`平成十一年`, `昭和33年法律第192号`).

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use chrono::NaiveDate;

use super::date::MAX_YEAR;
use super::error::YearText;
use super::{DateKind, DateValue, Era, Iso, WarekiError};

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
        if year == 0 {
            return Err(WarekiError::YearZero { era });
        }
        let g = era
            .gregorian_year(year)
            .filter(|g| *g <= MAX_YEAR)
            .ok_or(WarekiError::TooLate)?;
        let (first, last) = bounds(g)?;
        if !era.overlaps(first, last) {
            return Err(if last < era.first_day() {
                WarekiError::BeforeEra { era }
            } else {
                WarekiError::AfterEra { era }
            });
        }
        Ok(WarekiYear { era, year: g })
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
        if year > MAX_YEAR {
            return Err(WarekiError::TooLate);
        }
        let july = NaiveDate::from_ymd_opt(year, 7, 1).ok_or(WarekiError::BeforeMeiji)?;
        let era = Era::of(july).ok_or(WarekiError::BeforeMeiji)?;
        Ok(WarekiYear { era, year })
    }

    /// Parses a year (`平成十一年`, `昭和３３年`, `2024年`).
    ///
    /// # Errors
    ///
    /// Any [`WarekiError`]; [`WarekiError::WrongKind`] for another kind of date.
    pub fn parse(text: &str) -> Result<Self, WarekiError> {
        match DateValue::parse(text)? {
            DateValue::Year(y) => Ok(y),
            other => Err(WarekiError::WrongKind {
                expected: DateKind::Year,
                found: other.kind(),
            }),
        }
    }

    /// The era as written.
    #[must_use]
    pub const fn era(self) -> Era {
        self.era
    }

    /// The year of the era (1 for 元年).
    #[must_use]
    pub fn era_year(self) -> u32 {
        u32::try_from(self.era.era_year_of(self.year)).unwrap_or(1)
    }

    /// The Gregorian year.
    #[must_use]
    pub const fn year(self) -> i32 {
        self.year
    }

    /// Whether `date` is in this year.
    #[must_use]
    pub fn contains(self, date: NaiveDate) -> bool {
        chrono::Datelike::year(&date) == self.year
    }

    /// The ISO 8601 style, `1999`.
    #[must_use]
    pub const fn iso(self) -> Iso<WarekiYear> {
        Iso(self)
    }
}

fn bounds(year: i32) -> Result<(NaiveDate, NaiveDate), WarekiError> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).ok_or(WarekiError::TooLate)?;
    let last = NaiveDate::from_ymd_opt(year, 12, 31).ok_or(WarekiError::TooLate)?;
    Ok((first, last))
}

impl PartialEq for WarekiYear {
    fn eq(&self, other: &Self) -> bool {
        self.year == other.year
    }
}

impl Eq for WarekiYear {}

impl PartialOrd for WarekiYear {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for WarekiYear {
    fn cmp(&self, other: &Self) -> Ordering {
        self.year.cmp(&other.year)
    }
}

impl Hash for WarekiYear {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.year.hash(state);
    }
}

impl fmt::Display for WarekiYear {
    /// The official style: `平成11年`, `令和元年`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        YearText(Some(self.era), self.era.era_year_of(self.year)).fmt(f)
    }
}

impl FromStr for WarekiYear {
    type Err = WarekiError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

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
