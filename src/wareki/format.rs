//! The short (`R6.12.6`) and ISO (`2024-12-06`, `2015-10`, `FY2023`) styles.
//!
//! The official style is each type's `Display`. The other two are small `Copy` wrappers that
//! implement `Display` and allocate nothing: write them with `format!`, `write!` or `to_string()`.

use std::fmt;

use super::{DateRange, DateValue, FiscalYear, WarekiDate, WarekiYear, YearMonth};

/// The short style of a [`WarekiDate`] (`R6.12.6`) or a [`YearMonth`] (`H27.10`): the era's
/// Latin initial, the era year in digits (元年 is `1`), then month and day, joined by dots.
///
/// ```
/// use mynumber_pia::wareki::WarekiDate;
///
/// assert_eq!(WarekiDate::parse("令和元年5月1日")?.short().to_string(), "R1.5.1");
/// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
/// ```
#[doc(alias = "略記")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Short<T>(pub T);

impl fmt::Display for Short<WarekiDate> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.0;
        write!(
            f,
            "{}{}.{}.{}",
            d.era().initial(),
            d.year(),
            d.month(),
            d.day()
        )
    }
}

impl fmt::Display for Short<YearMonth> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = self.0;
        write!(f, "{}{}.{}", m.era().initial(), m.era_year(), m.month())
    }
}

/// The ISO 8601 style: `2024-12-06` (day, chrono's format), `2015-10` (month), `1999` (year),
/// `2024-09-15/2024-10-15` (range); and `FY2023` for a 年度, named by the year of its April.
///
/// ```
/// use mynumber_pia::wareki::DateValue;
///
/// assert_eq!(DateValue::parse("令和6年12月6日")?.iso().to_string(), "2024-12-06");
/// assert_eq!(DateValue::parse("平成27年10月")?.iso().to_string(), "2015-10");
/// assert_eq!(DateValue::parse("令和５年度")?.iso().to_string(), "FY2023");
/// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
/// ```
#[doc(alias = "ISO形式")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Iso<T>(pub T);

impl fmt::Display for Iso<WarekiDate> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.to_naive(), f)
    }
}

impl fmt::Display for Iso<YearMonth> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.0.year(), self.0.month())
    }
}

impl fmt::Display for Iso<FiscalYear> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "FY{:04}", self.0.start_year())
    }
}

impl fmt::Display for Iso<WarekiYear> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.0.year())
    }
}

impl fmt::Display for Iso<DateRange> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}/{}",
            self.0.start().to_naive(),
            self.0.end().to_naive()
        )
    }
}

impl fmt::Display for Iso<DateValue> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            DateValue::Day(d) => Iso(d).fmt(f),
            DateValue::YearMonth(m) => Iso(m).fmt(f),
            DateValue::FiscalYear(fy) => Iso(fy).fmt(f),
            DateValue::Year(y) => Iso(y).fmt(f),
            DateValue::Range(r) => Iso(r).fmt(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wareki::Era;

    #[test]
    fn styles() {
        let d = WarekiDate::new(Era::Showa, 64, 1, 7).unwrap();
        assert_eq!(d.short().to_string(), "S64.1.7");
        assert_eq!(d.iso().to_string(), "1989-01-07");
        let m = YearMonth::new(Era::Heisei, 27, 12).unwrap();
        assert_eq!(m.short().to_string(), "H27.12");
        let fy = FiscalYear::new(Era::Meiji, 19).unwrap();
        assert_eq!(fy.iso().to_string(), "FY1886");
    }
}
