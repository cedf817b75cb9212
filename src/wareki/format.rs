//! The official (`令和6年12月6日`), short (`R6.12.6`) and ISO (`2024-12-06`, `2015-10`, `FY2023`)
//! styles, each a `Display` written in one table here.
//!
//! The official style is each type's `Display`. The other two are small `Copy` wrappers that
//! implement `Display` and allocate nothing: write them with `format!`, `write!` or `to_string()`.

use std::fmt;
use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::{DateRange, Era, FiscalYear, WarekiDate, WarekiYear, YearMonth};

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

/// `Display` of the styles: each writes its value, taken as `$v`, to `$f` as `$write` does.
macro_rules! styles {
    ($($(#[$doc:meta])* $style:ty: |$v:pat_param, $f:ident| $write:expr;)+) => {$(
        impl fmt::Display for $style {
            $(#[$doc])*
            fn fmt(&self, $f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let $v = *self;
                $write
            }
        }
    )+};
}

styles! {
    /// The official style: `令和6年12月6日`, `令和元年5月1日`.
    WarekiDate: |d, f| write_official(f, d);
    /// The official style: `平成27年10月`, `令和元年5月`.
    YearMonth: |m, f| write_year_month(f, m.era(), m.era_year(), m.month());
    /// The official style: `令和5年度`, `令和元年度`.
    FiscalYear: |y, f| write!(f, "{}度", y.era().year_text(y.start_year()));
    /// The official style: `平成11年`, `令和元年`.
    WarekiYear: |y, f| y.era().year_text(y.year()).fmt(f);
    /// `令和6年9月15日から令和6年10月15日までの31日間` (always with the real count).
    DateRange: |r, f| write!(f, "{}から{}までの{}日間", r.start(), r.end(), r.days());
    Short<WarekiDate>: |Short(d), f| write!(f, "{}.{}", d.year_month().short(), d.day());
    Short<YearMonth>: |Short(m), f| write!(f, "{}{}.{}", m.era().initial(), m.era_year(), m.month());
    Iso<WarekiDate>: |Iso(d), f| fmt::Display::fmt(&d.to_naive(), f);
    Iso<YearMonth>: |Iso(m), f| write!(f, "{:04}-{:02}", m.year(), m.month());
    Iso<FiscalYear>: |Iso(y), f| write!(f, "FY{:04}", y.start_year());
    Iso<WarekiYear>: |Iso(y), f| write!(f, "{:04}", y.year());
    Iso<DateRange>: |Iso(r), f| write!(f, "{}/{}", r.start().to_naive(), r.end().to_naive());
}

/// A date as the messages print it: `令和7年6月30日（2025-06-30）`, or the ISO date alone outside
/// the eras (the one format of validation's and the schedule's messages).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ShowDate(pub NaiveDate);

impl std::fmt::Display for ShowDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let date = self.0;
        let Ok(w) = WarekiDate::from_naive(date) else {
            return write!(f, "{date}");
        };
        // `{w}（{date}）` written piece by piece, skipping the formatting machinery: the schedule
        // writes two dates into each of its obligations' reasons (`benches/schedule.rs`; a test
        // checks the pieces against the machinery).
        write_official(f, w)?;
        f.write_str("（")?;
        // A WarekiDate is in the years 1873–9999: four digits.
        write_digits(f, date.year().unsigned_abs(), 4)?;
        f.write_char('-')?;
        write_digits(f, date.month(), 2)?;
        f.write_char('-')?;
        write_digits(f, date.day(), 2)?;
        f.write_str("）")
    }
}

/// Writes `w` in the official style (`令和6年12月6日`) piece by piece, without the formatting
/// machinery, which took half of the instructions of `DateOrMonth::wareki` (callgrind, a render
/// of the 全項目 sample to HTML, `benches/render.rs`, writes some 140 dates: 0.08 M instructions
/// so, 0.28 M through `write!`; a test checks the pieces against `write!` over the eras).
fn write_official(f: &mut impl fmt::Write, w: WarekiDate) -> fmt::Result {
    write_year_month(f, w.era(), w.year(), w.month())?;
    write_digits(f, w.day(), 1)?;
    f.write_str("日")
}

/// `w` in the official style, as `w.to_string()` writes it, into a string of its size at once
/// (`to_string()` starts empty and grows twice): the renderers write every date of a report so.
pub(crate) fn official(w: WarekiDate) -> String {
    // An era's name, four digits, 年, two, 月, two, 日: 24 bytes.
    let mut text = String::with_capacity(24);
    // Writing to a String cannot fail.
    let _ = write_official(&mut text, w);
    text
}

/// Writes the month `month` of the year `year` of `era` in the official style (`令和元年5月`).
fn write_year_month(f: &mut impl fmt::Write, era: Era, year: u32, month: u32) -> fmt::Result {
    f.write_str(era.label())?;
    match year {
        1 => f.write_str("元")?,
        year => write_digits(f, year, 1)?,
    }
    f.write_str("年")?;
    write_digits(f, month, 1)?;
    f.write_str("月")
}

/// Writes `n` in decimal with at least `width` digits (zero-padded; `u32` has at most 10).
fn write_digits(f: &mut impl fmt::Write, mut n: u32, width: usize) -> fmt::Result {
    let mut digits = [0u8; 10];
    let mut len = 0;
    for slot in &mut digits {
        // n % 10 < 10: one digit.
        *slot = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 && len >= width {
            break;
        }
    }
    for &digit in digits.iter().take(len).rev() {
        f.write_char(char::from(digit))?;
    }
    Ok(())
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

    #[test]
    fn show_date_gives_the_wareki_date_and_the_iso_date() {
        let show = |y, m, d| ShowDate(NaiveDate::from_ymd_opt(y, m, d).unwrap()).to_string();
        assert_eq!(show(2019, 5, 1), "令和元年5月1日（2019-05-01）");
        assert_eq!(show(1989, 1, 7), "昭和64年1月7日（1989-01-07）");
        assert_eq!(show(9999, 12, 31), "令和7981年12月31日（9999-12-31）");
        // Outside the eras: the ISO date alone.
        assert_eq!(show(1868, 1, 1), "1868-01-01");
        assert_eq!(show(10000, 1, 1), "+10000-01-01");
    }

    #[test]
    fn dates_write_what_the_formatting_machinery_writes() {
        let mut day = NaiveDate::from_ymd_opt(1868, 1, 1).unwrap();
        let last = NaiveDate::from_ymd_opt(2100, 12, 31).unwrap();
        while day <= last {
            // The official style as `write!` writes it from the era's year (`YearText`).
            let expected = match WarekiDate::from_naive(day) {
                Ok(w) => {
                    let year = w.era().year_text(day.year());
                    let official = format!("{year}{}月{}日", w.month(), w.day());
                    assert_eq!(w.to_string(), official);
                    assert_eq!(w.year_month().to_string(), format!("{year}{}月", w.month()));
                    format!("{official}（{day}）")
                }
                Err(_) => day.to_string(),
            };
            assert_eq!(ShowDate(day).to_string(), expected);
            day += chrono::Duration::days(7);
        }
    }

    #[test]
    fn digits_are_padded_and_zero_is_written() {
        let digits = |n, width| {
            let mut s = String::new();
            write_digits(&mut s, n, width).unwrap();
            s
        };
        assert_eq!(digits(0, 1), "0");
        assert_eq!(digits(7, 2), "07");
        assert_eq!(digits(2025, 4), "2025");
        assert_eq!(digits(u32::MAX, 1), "4294967295");
    }
}
