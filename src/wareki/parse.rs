//! The date parser: one pass over the text, no allocation, no panics.
//!
//! The scanner reads characters folded to a common form (full-width ASCII to half-width, `〜` to
//! `~`, the ideographic space to a space) and numbers written in ASCII digits, full-width digits
//! or kanji numerals (read by [`crate::numeral`], shared with the legal-basis parser). Every slice
//! is taken with `get`, every sum is checked.

use chrono::Weekday;

use super::{
    DateRange, DateValue, Era, FiscalYear, WarekiDate, WarekiError, WarekiYear, YearMonth,
};
use crate::label::fold_char;
use crate::numeral;

/// White space between the parts of a date: ASCII white space, the ideographic space `　` and the
/// other Unicode spaces.
#[inline]
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_whitespace()
    } else {
        matches!(
            c,
            '\u{3000}' | '\u{A0}' | '\u{2000}'..='\u{200B}' | '\u{202F}' | '\u{205F}' | '\u{FEFF}'
        )
    }
}

/// Folds one character: the crate's label folding plus the dashes and wave dash of dates.
#[inline]
fn fold(c: char) -> char {
    match c {
        '〜' => '~',
        '\u{2010}' | '\u{2011}' | '\u{2212}' => '-',
        _ => fold_char(c),
    }
}

#[derive(Clone, Copy)]
struct Scanner<'a> {
    text: &'a str,
    /// Byte offset, always on a character boundary.
    pos: usize,
}

impl<'a> Scanner<'a> {
    const fn new(text: &'a str) -> Self {
        Scanner { text, pos: 0 }
    }

    /// The next character as written, and its length in bytes: the parser's hot path.
    ///
    /// Decodes the UTF-8 by hand (the text is a `&str` and `pos` is on a character boundary, so
    /// the bytes are well formed). Callgrind, the dates of `benches/wareki.rs`: 1,357
    /// instructions a date, 1,411 with std's decoder (`chars().next()` on the rest of the text;
    /// b9c3389, which decoded by hand, 1,355).
    #[inline(always)]
    fn next_raw(&self) -> Option<(char, usize)> {
        let bytes = self.text.as_bytes();
        let b0 = *bytes.get(self.pos)?;
        if b0 < 0x80 {
            return Some((char::from(b0), 1));
        }
        let cont = |i: usize| bytes.get(self.pos + i).map(|b| u32::from(b & 0x3F));
        let (code, len) = if b0 < 0xE0 {
            ((u32::from(b0 & 0x1F) << 6) | cont(1)?, 2)
        } else if b0 < 0xF0 {
            ((u32::from(b0 & 0x0F) << 12) | (cont(1)? << 6) | cont(2)?, 3)
        } else {
            (
                (u32::from(b0 & 0x07) << 18) | (cont(1)? << 12) | (cont(2)? << 6) | cont(3)?,
                4,
            )
        };
        Some((char::from_u32(code)?, len))
    }

    #[inline]
    fn peek_raw(&self) -> Option<char> {
        self.next_raw().map(|(c, _)| c)
    }

    #[inline(always)]
    fn peek(&self) -> Option<char> {
        self.next_raw().map(|(c, _)| fold(c))
    }

    #[inline(always)]
    fn bump(&mut self) -> Option<char> {
        let (c, len) = self.next_raw()?;
        self.pos += len;
        Some(fold(c))
    }

    #[inline(always)]
    fn eat(&mut self, want: char) -> bool {
        match self.next_raw() {
            Some((c, len)) if fold(c) == want => {
                self.pos += len;
                true
            }
            _ => false,
        }
    }

    /// Eats the kanji or kana literal `lit`, byte for byte (folding leaves these unchanged).
    #[inline]
    fn eat_lit(&mut self, lit: &str) -> bool {
        let found = self
            .text
            .as_bytes()
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(lit.as_bytes()));
        if found {
            self.pos += lit.len();
        }
        found
    }

    /// Eats `lit` (ASCII letters matched without regard to case, full-width folded).
    fn eat_str(&mut self, lit: &str) -> bool {
        let mut s = *self;
        for want in lit.chars() {
            match s.bump() {
                Some(c) if c.eq_ignore_ascii_case(&want) => {}
                _ => return false,
            }
        }
        *self = s;
        true
    }

    #[inline]
    fn skip_spaces(&mut self) {
        while let Some((c, len)) = self.next_raw() {
            if !is_space(c) {
                break;
            }
            self.pos += len;
        }
    }

    fn at_end(&self) -> bool {
        self.peek_raw().is_none()
    }

    /// The 1-based character position of the scanner.
    fn position(&self) -> usize {
        self.text
            .get(..self.pos)
            .map_or(0, |done| done.chars().count())
            + 1
    }

    fn syntax(&self, expected: &'static str) -> WarekiError {
        WarekiError::Syntax {
            position: self.position(),
            expected,
            found: self.peek_raw(),
        }
    }

    fn expect(&mut self, want: char, expected: &'static str) -> Result<(), WarekiError> {
        self.skip_spaces();
        if self.eat(want) {
            Ok(())
        } else {
            Err(self.syntax(expected))
        }
    }

    /// A number in ASCII or full-width digits, or in kanji numerals (`三十一`, `二〇二四`); see
    /// [`crate::numeral`].
    #[inline]
    fn number(&mut self) -> Result<Option<u32>, WarekiError> {
        self.skip_spaces();
        let rest = self.text.get(self.pos..).unwrap_or_default();
        let Some((value, len)) = numeral::read_str(rest) else {
            return Ok(None);
        };
        let Some(value) = value else {
            return Err(WarekiError::NumberTooLarge {
                position: self.position(),
            });
        };
        self.pos += len;
        Ok(Some(value))
    }

    fn required_number(&mut self, expected: &'static str) -> Result<u32, WarekiError> {
        self.number()?.ok_or_else(|| self.syntax(expected))
    }

    /// An era name (`令和`), its one-character form (`㋿`) or its Latin initial (`R`, `r`).
    /// Matched on the first character, not searched for in `Era::ALL`: `benches/wareki.rs`
    /// (the search made a date's parse 1.4–1.8× slower).
    fn era(&mut self) -> Option<Era> {
        let (era, name) = match self.peek()? {
            '明' => (Era::Meiji, "明治"),
            '大' => (Era::Taisho, "大正"),
            '昭' => (Era::Showa, "昭和"),
            '平' => (Era::Heisei, "平成"),
            '令' => (Era::Reiwa, "令和"),
            '㍾' | 'M' | 'm' => (Era::Meiji, ""),
            '㍽' | 'T' | 't' => (Era::Taisho, ""),
            '㍼' | 'S' | 's' => (Era::Showa, ""),
            '㍻' | 'H' | 'h' => (Era::Heisei, ""),
            '㋿' | 'R' | 'r' => (Era::Reiwa, ""),
            _ => return None,
        };
        if name.is_empty() {
            self.bump().map(|_| era)
        } else {
            self.eat_lit(name).then_some(era)
        }
    }

    /// A separator of short dates: `.`, `/` or `-`.
    fn eat_separator(&mut self) -> bool {
        self.skip_spaces();
        matches!(self.peek(), Some('.' | '/' | '-')) && self.bump().is_some()
    }

    /// `date`, read with the optional weekday in parentheses after it (`(金)`, `（金）`,
    /// `(金曜日)`), checked.
    fn weekday(&mut self, date: WarekiDate) -> Result<WarekiDate, WarekiError> {
        let save = *self;
        self.skip_spaces();
        if !self.eat('(') {
            *self = save;
            return Ok(date);
        }
        self.skip_spaces();
        let Some(written) = self.peek().and_then(weekday_of) else {
            return Err(self.syntax("曜日（日・月・火・水・木・金・土）"));
        };
        self.bump();
        if !self.eat_lit("曜日") {
            self.eat('曜');
        }
        self.expect(')', "「)」")?;
        if written == date.weekday() {
            Ok(date)
        } else {
            Err(WarekiError::WeekdayMismatch { date, written })
        }
    }
}

const fn weekday_of(c: char) -> Option<Weekday> {
    Some(match c {
        '日' => Weekday::Sun,
        '月' => Weekday::Mon,
        '火' => Weekday::Tue,
        '水' => Weekday::Wed,
        '木' => Weekday::Thu,
        '金' => Weekday::Fri,
        '土' => Weekday::Sat,
        _ => return None,
    })
}

/// The year a date starts with: an era's year, or a Gregorian (西暦) year.
#[derive(Clone, Copy)]
enum Year {
    Era(Era, u32),
    Gregorian(i32),
}

impl Year {
    fn fiscal_year(self) -> Result<DateValue, WarekiError> {
        match self {
            Year::Era(era, y) => FiscalYear::new(era, y),
            Year::Gregorian(y) => FiscalYear::from_gregorian(y),
        }
        .map(DateValue::FiscalYear)
    }

    fn year(self) -> Result<DateValue, WarekiError> {
        match self {
            Year::Era(era, y) => WarekiYear::new(era, y),
            Year::Gregorian(y) => WarekiYear::from_gregorian(y),
        }
        .map(DateValue::Year)
    }

    fn month(self, month: u32) -> Result<DateValue, WarekiError> {
        match self {
            Year::Era(era, y) => YearMonth::new(era, y, month),
            Year::Gregorian(y) => YearMonth::from_gregorian(y, month),
        }
        .map(DateValue::YearMonth)
    }

    fn day(self, month: u32, day: u32) -> Result<WarekiDate, WarekiError> {
        match self {
            Year::Era(era, y) => WarekiDate::new(era, y, month, day),
            Year::Gregorian(y) => WarekiDate::from_ymd(y, month, day),
        }
    }
}

fn gregorian(n: u32) -> Result<i32, WarekiError> {
    i32::try_from(n).map_err(|_| WarekiError::TooLate)
}

/// One date of any kind except a range.
fn single(sc: &mut Scanner<'_>) -> Result<DateValue, WarekiError> {
    sc.skip_spaces();
    let year = if let Some(era) = sc.era() {
        sc.skip_spaces();
        let year = if sc.eat('元') {
            1
        } else {
            sc.required_number("年の数（元・1・一など）")?
        };
        Year::Era(era, year)
    } else if sc.eat_str("FY") {
        let year = gregorian(sc.required_number("年度の西暦年")?)?;
        return Year::Gregorian(year).fiscal_year();
    } else {
        let n = sc.required_number("元号（令和・平成など）または西暦の年")?;
        Year::Gregorian(gregorian(n)?)
    };
    sc.skip_spaces();
    let (month, day) = if sc.eat('年') {
        // <year>年[度 | <M>月[<D>日]]
        sc.skip_spaces();
        if sc.eat('度') {
            return year.fiscal_year();
        }
        let Some(month) = sc.number()? else {
            return year.year();
        };
        sc.expect('月', "「月」")?;
        let Some(day) = sc.number()? else {
            return year.month(month);
        };
        sc.expect('日', "「日」")?;
        (month, day)
    } else if sc.eat_separator() {
        // <year>.<M>[.<D>]
        let month = sc.required_number("月の数")?;
        if !sc.eat_separator() {
            return year.month(month);
        }
        (month, sc.required_number("日の数")?)
    } else if let Year::Gregorian(_) = year {
        // A bare Gregorian year: `2024`.
        return year.year();
    } else {
        return Err(sc.syntax("「年」または「.」"));
    };
    sc.weekday(year.day(month, day)?).map(DateValue::Day)
}

/// The last day of a range: a full date, or `同年M月D日`, `M月D日`, `D日` taking what is left out
/// from the first day.
fn range_end(sc: &mut Scanner<'_>, start: WarekiDate) -> Result<WarekiDate, WarekiError> {
    sc.skip_spaces();
    let partial = if sc.eat('同') {
        sc.expect('年', "「年」")?;
        let month = sc.required_number("月の数")?;
        sc.expect('月', "「月」")?;
        let day = sc.required_number("日の数")?;
        sc.expect('日', "「日」")?;
        Some((month, day))
    } else {
        let save = *sc;
        match sc.number()? {
            Some(n) => {
                sc.skip_spaces();
                if sc.eat('月') {
                    let day = sc.required_number("日の数")?;
                    sc.expect('日', "「日」")?;
                    Some((n, day))
                } else if sc.eat('日') {
                    Some((start.month(), n))
                } else {
                    *sc = save;
                    None
                }
            }
            None => None,
        }
    };
    if let Some((month, day)) = partial {
        return sc.weekday(WarekiDate::new(start.era(), start.year(), month, day)?);
    }
    single(sc)?.try_into()
}

/// Parses any date; see the module documentation of [`wareki`](super) for the shapes.
pub(crate) fn parse_value(text: &str) -> Result<DateValue, WarekiError> {
    let mut sc = Scanner::new(text);
    sc.skip_spaces();
    if sc.at_end() {
        return Err(WarekiError::Empty);
    }
    let paren = sc.eat('(');
    let first = single(&mut sc)?;
    sc.skip_spaces();
    let value = if sc.eat_lit("から") || sc.eat('~') || sc.eat('/') {
        let start = WarekiDate::try_from(first)?;
        sc.skip_spaces();
        if sc.at_end() || sc.peek() == Some(')') {
            return Err(WarekiError::OpenRange);
        }
        let end = range_end(&mut sc, start)?;
        sc.skip_spaces();
        sc.eat_lit("まで");
        sc.skip_spaces();
        let stated = if sc.eat('の') {
            Some(sc.required_number("日数")?)
        } else {
            sc.number()?
        };
        DateValue::Range(match stated {
            Some(days) => {
                sc.skip_spaces();
                if !sc.eat_lit("日間") {
                    return Err(sc.syntax("「日間」"));
                }
                DateRange::with_stated_days(start, end, days)?
            }
            None => DateRange::new(start, end)?,
        })
    } else {
        if !sc.eat_lit("時点") {
            sc.eat_lit("現在");
        }
        first
    };
    sc.skip_spaces();
    if paren {
        sc.expect(')', "「)」")?;
        sc.skip_spaces();
    }
    match sc.peek_raw() {
        None => Ok(value),
        Some(found) => Err(WarekiError::Trailing {
            position: sc.position(),
            found,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Choice;

    fn day(s: &str) -> String {
        match parse_value(s) {
            Ok(DateValue::Day(d)) => d.iso().to_string(),
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn numerals() {
        let n = |s: &str| Scanner::new(s).number().unwrap();
        assert_eq!(n("三十一"), Some(31));
        assert_eq!(n("十"), Some(10));
        assert_eq!(n("二十"), Some(20));
        assert_eq!(n("十一"), Some(11));
        assert_eq!(n("百十二"), Some(112));
        assert_eq!(n("二〇二四"), Some(2024));
        assert_eq!(n("１２"), Some(12));
        assert_eq!(n("x"), None);
        assert!(Scanner::new("99999999999").number().is_err());
    }

    #[test]
    fn shapes() {
        assert_eq!(day("令和6年12月6日"), "2024-12-06");
        assert_eq!(day("令和６年１２月６日"), "2024-12-06");
        assert_eq!(day("平成十一年三月三十一日"), "1999-03-31");
        assert_eq!(day("R7.1.14"), "2025-01-14");
        assert_eq!(day("ｒ６／１２／６"), "2024-12-06");
        assert_eq!(day(" 2024/12/6 "), "2024-12-06");
        assert_eq!(day("2024年12月6日(金)"), "2024-12-06");
        assert_eq!(day("令和7年4月1日　時点"), "2025-04-01");
        assert_eq!(day("（令和７年１月１４日）"), "2025-01-14");
        assert_eq!(day("令和6年12月6日（金曜日）"), "2024-12-06");
    }

    /// Every era reads from its name, its initial (either case, either width) and its glyph,
    /// and a name's first character alone is no era.
    #[test]
    fn weekdays_read_as_they_are_written() {
        for w in std::iter::successors(Some(Weekday::Mon), |w| Some(w.succ())).take(7) {
            assert_eq!(weekday_of(super::super::error::weekday_char(w)), Some(w));
        }
        assert_eq!(weekday_of('曜'), None);
    }

    #[test]
    fn eras_from_names_initials_and_glyphs() {
        for &era in Era::ALL {
            let initial = era.initial();
            let wide = char::from_u32(initial as u32 + 0xFEE0).unwrap();
            for text in [
                era.label().to_owned(),
                initial.to_string(),
                initial.to_ascii_lowercase().to_string(),
                wide.to_string(),
                era.glyph().to_string(),
            ] {
                assert_eq!(Scanner::new(&text).era(), Some(era), "{text}");
            }
            let first = era.label().chars().next().unwrap().to_string();
            assert_eq!(Scanner::new(&first).era(), None, "{first}");
        }
        assert_eq!(Scanner::new("X").era(), None);
    }

    #[test]
    fn positions_are_in_characters() {
        assert_eq!(
            parse_value("令和6年12x"),
            Err(WarekiError::Syntax {
                position: 7,
                expected: "「月」",
                found: Some('x')
            })
        );
        assert_eq!(
            parse_value("令和6年12月6日以後"),
            Err(WarekiError::Trailing {
                position: 10,
                found: '以'
            })
        );
    }
}
