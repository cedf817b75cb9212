//! Numerals as 評価書 write them, read by both parsers ([`wareki`](crate::wareki) and
//! [`legal_basis`](crate::legal_basis)): ASCII digits (`19`), full-width digits (`１９`, mixed
//! widths allowed: `1９`) and kanji numerals, positional (`二〇二四`) or with the units 十, 百
//! and 千 (`十九`, `三十一`, `百十二`, `百三十八`). 元 (year 1, `元年`) is a word of dates, not a
//! numeral: the date parser reads it itself.
//!
//! One number is written in one script: `2十` is the number 2 followed by 十.

/// What one character contributes to a number.
#[derive(Clone, Copy)]
enum Numeral {
    /// An ASCII or full-width digit.
    Digit(u32),
    /// A kanji digit (〇 一 二 … 九).
    Kanji(u32),
    /// A kanji unit (十 百 千).
    Unit(u32),
}

#[inline(always)]
const fn numeral(c: char) -> Option<Numeral> {
    Some(match c {
        '0'..='9' => Numeral::Digit(c as u32 - '0' as u32),
        '０'..='９' => Numeral::Digit(c as u32 - '０' as u32),
        '〇' | '零' | '○' => Numeral::Kanji(0),
        '一' => Numeral::Kanji(1),
        '二' => Numeral::Kanji(2),
        '三' => Numeral::Kanji(3),
        '四' => Numeral::Kanji(4),
        '五' => Numeral::Kanji(5),
        '六' => Numeral::Kanji(6),
        '七' => Numeral::Kanji(7),
        '八' => Numeral::Kanji(8),
        '九' => Numeral::Kanji(9),
        '十' => Numeral::Unit(10),
        '百' => Numeral::Unit(100),
        '千' => Numeral::Unit(1000),
        _ => return None,
    })
}

/// Whether `c` can be part of a number (a digit of either width or a kanji numeral).
#[inline]
pub(crate) const fn is_numeral(c: char) -> bool {
    numeral(c).is_some()
}

/// Reads the number at the start of `chars`, given as (character, width) pairs.
///
/// Returns `None` when the first character starts no number; otherwise the value (`None` when it
/// does not fit in a `u32`) and the total width of the characters read. The whole run of
/// numerals is read even when the value overflows, so the caller resumes after it.
#[inline(always)]
pub(crate) fn read(mut chars: impl Iterator<Item = (char, usize)>) -> Option<(Option<u32>, usize)> {
    let (first, mut width) = chars.next()?;
    let first = numeral(first)?;
    let kanji = !matches!(first, Numeral::Digit(_));
    // `total` holds what the units have closed (百二十 → 120), `pending` the digits since.
    let mut total: Option<u32> = Some(0);
    let mut pending: Option<Option<u32>> = None;
    let mut n = first;
    loop {
        match n {
            Numeral::Digit(d) | Numeral::Kanji(d) => {
                pending = Some(match pending {
                    Some(p) => p.and_then(|p| p.checked_mul(10)?.checked_add(d)),
                    None => Some(d),
                });
            }
            Numeral::Unit(u) => {
                let times = pending.take().unwrap_or(Some(1));
                total = total.and_then(|t| t.checked_add(times?.checked_mul(u)?));
            }
        }
        let Some((c, w)) = chars.next() else { break };
        match numeral(c) {
            Some(next) if matches!(next, Numeral::Digit(_)) != kanji => {
                n = next;
                width += w;
            }
            _ => break,
        }
    }
    let value = total.and_then(|t| t.checked_add(pending.unwrap_or(Some(0))?));
    Some((value, width))
}

/// Reads the number at the start of `text` (see [`read`]); the width is in bytes.
#[inline(always)]
pub(crate) fn read_str(text: &str) -> Option<(Option<u32>, usize)> {
    read(text.chars().map(|c| (c, c.len_utf8())))
}

/// Writes `n` in kanji numerals as 別表 ordinals are printed (`2` → `二`, `112` → `百十二`);
/// from 10,000 on, in digits.
pub(crate) fn to_kanji(n: u32) -> String {
    const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let digit = |d: u32| DIGITS.get(d as usize).copied().unwrap_or('〇');
    if n == 0 {
        return "〇".to_owned();
    }
    if n >= 10_000 {
        return n.to_string();
    }
    let mut out = String::new();
    for (unit, name) in [(1000, '千'), (100, '百'), (10, '十')] {
        let d = (n / unit) % 10;
        if d > 1 {
            out.push(digit(d));
        }
        if d >= 1 {
            out.push(name);
        }
    }
    if n % 10 > 0 {
        out.push(digit(n % 10));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Option<(Option<u32>, usize)> {
        read(s.chars().map(|c| (c, 1)))
    }

    #[test]
    fn every_script() {
        assert_eq!(n("19条"), Some((Some(19), 2)));
        assert_eq!(n("１９条"), Some((Some(19), 2)));
        assert_eq!(n("1９"), Some((Some(19), 2)));
        assert_eq!(n("三十一日"), Some((Some(31), 3)));
        assert_eq!(n("十"), Some((Some(10), 1)));
        assert_eq!(n("二十"), Some((Some(20), 2)));
        assert_eq!(n("十一"), Some((Some(11), 2)));
        assert_eq!(n("百十二"), Some((Some(112), 3)));
        assert_eq!(n("百三十八"), Some((Some(138), 4)));
        assert_eq!(n("二〇二四"), Some((Some(2024), 4)));
        assert_eq!(n("千九百八十九"), Some((Some(1989), 6)));
        assert_eq!(n("〇十"), Some((Some(0), 2)));
        assert_eq!(n("x"), None);
        assert_eq!(n(""), None);
        assert_eq!(n("元"), None);
    }

    #[test]
    fn one_script_per_number() {
        assert_eq!(n("2十"), Some((Some(2), 1)));
        assert_eq!(n("十2"), Some((Some(10), 1)));
    }

    #[test]
    fn overflow_reads_the_whole_run() {
        assert_eq!(n("99999999999条"), Some((None, 11)));
        assert_eq!(n("4294967295"), Some((Some(u32::MAX), 10)));
        assert_eq!(n("4294967296"), Some((None, 10)));
        assert_eq!(n("九九九九九九九九九九九千"), Some((None, 12)));
        assert_eq!(read_str("１２月"), Some((Some(12), 6)));
    }

    #[test]
    fn kanji_ordinals() {
        assert_eq!(to_kanji(1), "一");
        assert_eq!(to_kanji(2), "二");
        assert_eq!(to_kanji(10), "十");
        assert_eq!(to_kanji(112), "百十二");
        assert_eq!(to_kanji(139), "百三十九");
        assert_eq!(to_kanji(2024), "二千二十四");
        for k in 1..10_000 {
            assert_eq!(n(&to_kanji(k)).and_then(|(v, _)| v), Some(k), "{k}");
        }
    }
}
