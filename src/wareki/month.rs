//! [`YearMonth`]: a month (年月), never silently a day.

use chrono::{Datelike, NaiveDate};

use super::date::{check_month, days_in_month};
use super::era::{check_gregorian, held_day};
use super::{Era, Short, WarekiDate, WarekiError};

/// A month of the 和暦 (年月), as in 保有開始日 `平成27年10月` or `R4.10`.
///
/// A month is not a day: nothing here turns it into its first day silently; ask for
/// [`first_day`](Self::first_day) or [`last_day`](Self::last_day).
///
/// A month is valid when its era covers at least one of its days: `平成31年4月` and `令和元年5月`
/// exist, `平成31年5月` and `令和元年4月` do not; `昭和64年1月` and `平成元年1月` are the same month
/// (January 1989) written in two eras. The value keeps the era it was written in for `Display`,
/// but equality, ordering and hashing compare the month only. Built from a Gregorian month, the
/// era is the one covering most of the month (the era in effect on the 16th): 1989-01 is
/// `平成元年1月`, 1912-07 is `明治45年7月`. Months start at 明治6年1月 (the Gregorian calendar).
///
/// ```
/// use mynumber_pia::wareki::{Era, YearMonth};
///
/// let m = YearMonth::parse("平成２７年１０月")?;
/// assert_eq!((m.era(), m.era_year(), m.year(), m.month()), (Era::Heisei, 27, 2015, 10));
/// assert_eq!(m.to_string(), "平成27年10月");
/// assert_eq!(m.short().to_string(), "H27.10");
/// assert_eq!(m.iso().to_string(), "2015-10");
/// assert_eq!(YearMonth::parse("R4.10")?, YearMonth::from_gregorian(2022, 10)?);
/// assert_eq!(YearMonth::new(Era::Showa, 64, 1)?, YearMonth::new(Era::Heisei, 1, 1)?);
/// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
/// ```
#[doc(alias = "年月")]
#[derive(Debug, Clone, Copy)]
pub struct YearMonth {
    era: Era,
    year: i32,
    month: u32,
}

impl YearMonth {
    /// The month `year`年`month`月 of `era` (`year` 1 is 元年).
    ///
    /// # Errors
    ///
    /// [`WarekiError::YearZero`], [`NoSuchMonth`](WarekiError::NoSuchMonth),
    /// [`BeforeEra`](WarekiError::BeforeEra) (令和元年4月), [`AfterEra`](WarekiError::AfterEra)
    /// (平成31年5月), [`BeforeGregorian`](WarekiError::BeforeGregorian) (before 明治6年1月) or
    /// [`TooLate`](WarekiError::TooLate).
    ///
    /// ```
    /// use mynumber_pia::wareki::{Era, WarekiError, YearMonth};
    ///
    /// assert!(YearMonth::new(Era::Heisei, 31, 4).is_ok());
    /// assert_eq!(YearMonth::new(Era::Heisei, 31, 5), Err(WarekiError::AfterEra { era: Era::Heisei }));
    /// ```
    pub fn new(era: Era, year: u32, month: u32) -> Result<Self, WarekiError> {
        let year = era.gregorian_year(year)?;
        check_month(month)?;
        let m = YearMonth { era, year, month };
        era.check_reaches(m.first_day(), m.last_day())?;
        check_gregorian(m.first_day())?;
        Ok(m)
    }

    /// The month `year`-`month` (Gregorian) written in `era`, for the crate's own constant months
    /// (a [`FormRevision`](crate::form::FormRevision)'s): not checked, so only for months a test
    /// checks against [`YearMonth::new`].
    pub(crate) const fn known(era: Era, year: i32, month: u32) -> Self {
        YearMonth { era, year, month }
    }

    /// The Gregorian month `year`-`month`, written in the era covering most of it.
    ///
    /// # Errors
    ///
    /// [`WarekiError::NoSuchMonth`], [`BeforeGregorian`](WarekiError::BeforeGregorian) (before
    /// 1873-01) or [`TooLate`](WarekiError::TooLate).
    ///
    /// ```
    /// use mynumber_pia::wareki::YearMonth;
    ///
    /// assert_eq!(YearMonth::from_gregorian(1989, 1)?.to_string(), "平成元年1月");
    /// assert_eq!(YearMonth::from_gregorian(2019, 4)?.to_string(), "平成31年4月");
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    pub fn from_gregorian(year: i32, month: u32) -> Result<Self, WarekiError> {
        check_month(month)?;
        let era = Era::naming(year, month, 16, WarekiError::BeforeGregorian)?;
        let m = YearMonth { era, year, month };
        check_gregorian(m.first_day())?;
        Ok(m)
    }

    /// The month written `YYYY-MM` (four digits, a hyphen, two digits), as JSON holds it.
    pub(crate) fn from_iso(text: &str) -> Option<Self> {
        let (y, m) = text.split_once('-')?;
        if y.len() != 4 || m.len() != 2 || !(y.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit())
        {
            return None;
        }
        YearMonth::from_gregorian(y.parse().ok()?, m.parse().ok()?).ok()
    }

    /// The month containing `day`, in `day`'s era.
    pub(crate) fn of_day(day: WarekiDate) -> Self {
        let date = day.to_naive();
        YearMonth {
            era: day.era(),
            year: date.year(),
            month: date.month(),
        }
    }

    /// The Gregorian year.
    #[must_use]
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    #[must_use]
    pub const fn month(self) -> u32 {
        self.month
    }

    /// The number of days in the month.
    ///
    /// ```
    /// use mynumber_pia::wareki::YearMonth;
    ///
    /// assert_eq!(YearMonth::parse("令和6年2月")?.days(), 29);
    /// assert_eq!(YearMonth::parse("令和5年2月")?.days(), 28);
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    #[must_use]
    pub const fn days(self) -> u32 {
        days_in_month(self.year, self.month)
    }

    /// The first day of the month (`平成元年1月` → 1989-01-01, a 昭和 day).
    #[must_use]
    pub fn first_day(self) -> NaiveDate {
        held_day(self.year, self.month, 1)
    }

    /// The last day of the month.
    #[must_use]
    pub fn last_day(self) -> NaiveDate {
        held_day(self.year, self.month, self.days())
    }

    /// The short style, `H27.10`.
    #[must_use]
    pub const fn short(self) -> Short<YearMonth> {
        Short(self)
    }
}

period!(YearMonth, "平成２７年１０月" => "2015-10", |m| (m.year, m.month));

/// Serialized as the ISO month `YYYY-MM` (`"2015-10"`), as [`Iso`](super::Iso) prints it.
impl serde::Serialize for YearMonth {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.iso())
    }
}

/// Read from the ISO month `YYYY-MM` (`"2015-10"`) only, as [`Serialize`](serde::Serialize)
/// writes it; the era is the one covering most of the month
/// ([`from_gregorian`](YearMonth::from_gregorian)).
impl<'de> serde::Deserialize<'de> for YearMonth {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::label::deserialize_text(
            d,
            |f| f.write_str("年月 \"YYYY-MM\""),
            |v| YearMonth::from_iso(v).ok_or(crate::label::INVALID),
        )
    }
}

crate::label::schema_by_hand! {
    /// The JSON Schema of the ISO month: `YYYY-MM` from 1873-01 (the adoption of the Gregorian
    /// calendar) to 9999-12, the months [`from_gregorian`](YearMonth::from_gregorian) accepts.
    YearMonth, "YearMonth", true, |_| {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^(?:187[3-9]|18[89][0-9]|19[0-9]{2}|[2-9][0-9]{3})-(?:0[1-9]|1[0-2])$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries() {
        assert_eq!(
            YearMonth::new(Era::Reiwa, 1, 4),
            Err(WarekiError::BeforeEra { era: Era::Reiwa })
        );
        assert!(YearMonth::new(Era::Reiwa, 1, 5).is_ok());
        assert!(YearMonth::new(Era::Showa, 64, 1).is_ok());
        assert_eq!(
            YearMonth::new(Era::Showa, 64, 2),
            Err(WarekiError::AfterEra { era: Era::Showa })
        );
        assert_eq!(
            YearMonth::new(Era::Meiji, 5, 12),
            Err(WarekiError::BeforeGregorian)
        );
        assert_eq!(
            YearMonth::new(Era::Reiwa, 0, 1),
            Err(WarekiError::YearZero { era: Era::Reiwa })
        );
    }

    #[test]
    fn json_is_the_iso_month() {
        let m = YearMonth::from_gregorian(2015, 10).unwrap();
        assert_eq!(serde_json::to_string(&m).unwrap(), "\"2015-10\"");
        assert_eq!(serde_json::from_str::<YearMonth>("\"2015-10\"").unwrap(), m);
        for bad in [
            "\"2015-1\"",
            "\"2015-13\"",
            "\"平成27年10月\"",
            "\"2015-10-01\"",
            "\"+015-10\"",
        ] {
            let err = serde_json::from_str::<YearMonth>(bad).unwrap_err();
            assert!(err.to_string().contains("YYYY-MM"), "{bad}: {err}");
        }
        // Every month from 1873-01 to 9999-12 has a first and a last day (the expects hold).
        for year in [1873, 1989, 2019, 9999] {
            for month in 1..=12 {
                let m = YearMonth::from_gregorian(year, month).unwrap();
                assert!(m.first_day() <= m.last_day());
            }
        }
    }

    #[test]
    fn era_written_is_kept_but_not_compared() {
        let a = YearMonth::new(Era::Showa, 64, 1).unwrap();
        let b = YearMonth::new(Era::Heisei, 1, 1).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.to_string(), "昭和64年1月");
        assert_eq!(b.to_string(), "平成元年1月");
        assert_eq!(
            YearMonth::from_gregorian(1912, 7).unwrap().to_string(),
            "明治45年7月"
        );
        assert_eq!(
            YearMonth::from_gregorian(1926, 12).unwrap().to_string(),
            "大正15年12月"
        );
        assert_eq!(a.days(), 31);
        assert_eq!(a.last_day(), NaiveDate::from_ymd_opt(1989, 1, 31).unwrap());
    }
}
