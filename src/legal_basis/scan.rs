//! The normalised character view of a 法令上の根拠 that the parser walks.
//!
//! Full-width ASCII becomes half-width (`１９` → `19`, `（` → `(`), every other kind of space
//! becomes `' '`, and line breaks (`\n`, `\r`, and the Unicode line and paragraph separators
//! U+2028, U+2029, U+0085, U+000B, U+000C) are removed (a PDF wraps lines inside words and
//! numbers: `第８\n号`), remembering that the next character started a line. Each character keeps the
//! byte offset of its original, so spans point into the text as given.

use std::ops::Range;

use crate::numeral;

/// The normalised view of a text: characters, their byte offsets and line starts.
#[derive(Debug)]
pub(crate) struct Text<'a> {
    cells: Vec<Cell>,
    /// The original text.
    src: &'a str,
}

/// One normalised character with its place in the original.
#[derive(Debug, Clone, Copy)]
struct Cell {
    c: char,
    /// Byte offset of the original character.
    offset: usize,
    /// Whether a line break came right before it.
    line_start: bool,
    /// For a `(`, the index of the `)` that closes it; for a 「, of the first 」 after it if no
    /// 「 comes first; for a 【 or <, of its 】 or > if no 【 or < comes first ([`NO_CLOSE`] if
    /// none).
    close: usize,
    /// Whether `c` is the original character unchanged.
    verbatim: bool,
}

/// [`Cell::close`] of a cell that closes nothing.
const NO_CLOSE: usize = usize::MAX;

/// Whether `c` ends a line: the next character starts one.
#[inline]
pub(crate) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Maps one original character to its normalised form; `None` drops it. Full-width ASCII is
/// folded as labels fold it ([`fold_char`](crate::label::fold_char)), but 〔〕 are parentheses.
fn normalise(c: char) -> Option<char> {
    match c {
        // Full-width ASCII first, the commonest here (digits, parentheses): none of it is a line
        // break or a space.
        '\u{FF01}'..='\u{FF5E}' => Some(crate::label::fold_char(c)),
        c if is_line_break(c) => None,
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' => None,
        c if c.is_whitespace() => Some(' '),
        '｢' => Some('「'),
        '｣' => Some('」'),
        '･' => Some('・'),
        '〔' => Some('('),
        '〕' => Some(')'),
        c => Some(crate::label::fold_char(c)),
    }
}

impl<'a> Text<'a> {
    /// Builds the normalised view of `src`, whatever its length.
    pub(crate) fn new(src: &'a str) -> Text<'a> {
        // At most one cell per character: counting them first keeps a short text's vector
        // small enough for the allocator's quick path (a byte count is three times too many for
        // Japanese).
        let mut cells: Vec<Cell> = Vec::with_capacity(src.chars().count());
        let mut at_line_start = true;
        // Open parentheses not closed yet, the last 「, and the last 【 or <, to pair each with
        // its closer in the same pass.
        let mut open: Vec<usize> = Vec::new();
        let (mut quote, mut bracket): (Option<usize>, Option<usize>) = (None, None);
        for (off, c) in src.char_indices() {
            // Fast path: kana, kanji and visible ASCII stay as they are (the openers and closers
            // excepted, which are paired below), pushed at once. Callgrind, the short cells of
            // `benches/legal_basis.rs` (a text parsed and dropped): 13.07 k instructions a text,
            // 13.38 k when every character went on to the pairing steps below (then two
            // `match`es, and full-width ASCII the last case of `normalise`).
            if ('\u{3040}'..'\u{FEFF}').contains(&c)
                || (c.is_ascii_graphic() && !matches!(c, '(' | ')' | '<' | '>'))
            {
                cells.push(Cell {
                    c,
                    offset: off,
                    line_start: at_line_start,
                    close: NO_CLOSE,
                    verbatim: true,
                });
                at_line_start = false;
                continue;
            }
            let Some(n) = normalise(c) else {
                at_line_start |= is_line_break(c);
                continue;
            };
            let here = cells.len();
            // A closer takes its opener (one `match`: an opener is remembered, nothing closed).
            let opener = match n {
                ')' => open.pop(),
                '」' => quote.take(),
                '】' | '>' => {
                    bracket.take_if(|o| cells.get(*o).is_some_and(|b| (b.c == '【') == (n == '】')))
                }
                '(' => {
                    open.push(here);
                    None
                }
                '「' => {
                    quote = Some(here);
                    None
                }
                '【' | '<' => {
                    bracket = Some(here);
                    None
                }
                _ => None,
            };
            if let Some(cell) = opener.and_then(|o| cells.get_mut(o)) {
                cell.close = here;
            }
            cells.push(Cell {
                c: n,
                offset: off,
                line_start: at_line_start,
                close: NO_CLOSE,
                verbatim: n == c,
            });
            at_line_start = false;
        }
        Text { cells, src }
    }

    /// Number of normalised characters.
    pub(crate) fn len(&self) -> usize {
        self.cells.len()
    }

    /// The character at `i`, if any.
    #[inline]
    pub(crate) fn at(&self, i: usize) -> Option<char> {
        self.cells.get(i).map(|c| c.c)
    }

    /// Whether the character at `i` is `c`.
    #[inline]
    pub(crate) fn is(&self, i: usize, c: char) -> bool {
        self.at(i) == Some(c)
    }

    /// The index of the `)` closing the `(` at `i`, or of the 」, 】 or > closing the 「, 【 or <
    /// there (pairs are found once, when the view is built).
    pub(crate) fn close_of(&self, i: usize) -> Option<usize> {
        self.cells
            .get(i)
            .filter(|c| c.close != NO_CLOSE)
            .map(|c| c.close)
    }

    /// Whether the character at `i` began a line of the original.
    pub(crate) fn starts_line(&self, i: usize) -> bool {
        self.cells.get(i).is_some_and(|c| c.line_start)
    }

    /// Byte offset in the original of the character at `i` (the text's length past the end).
    pub(crate) fn offset(&self, i: usize) -> usize {
        self.cells.get(i).map_or(self.src.len(), |c| c.offset)
    }

    /// The original text of `a..b` when it reads exactly as its characters (nothing in it
    /// normalised or dropped), so that a caller can read it without collecting them.
    pub(crate) fn verbatim(&self, a: usize, b: usize) -> Option<&'a str> {
        let cells = self.cells.get(a..b)?;
        let first = cells.first()?;
        let mut end = first.offset;
        for cell in cells {
            if !cell.verbatim || cell.offset != end {
                return None;
            }
            end += cell.c.len_utf8();
        }
        self.src.get(first.offset..end)
    }

    /// The byte range in the original of cells `a..b` with the text it holds; `None` only if the
    /// range does not fall on the original's character boundaries, which the view rules out.
    pub(crate) fn spanned(&self, a: usize, b: usize) -> Option<(Range<usize>, &'a str)> {
        let span = self.byte_range(a, b);
        let text = self.src.get(span.clone())?;
        Some((span, text))
    }

    /// The byte range in the original of cells `a..b` (`b` > `a`), ending just after the last
    /// character (a line break dropped after it is not included).
    pub(crate) fn byte_range(&self, a: usize, b: usize) -> Range<usize> {
        let start = self.offset(a);
        let end = match b.checked_sub(1) {
            Some(last) if last >= a => {
                let off = self.offset(last);
                off + self
                    .src
                    .get(off..)
                    .and_then(|r| r.chars().next())
                    .map_or(0, char::len_utf8)
            }
            _ => start,
        };
        start..end
    }

    /// The characters from `a` to `b`, collected.
    pub(crate) fn string(&self, a: usize, b: usize) -> String {
        let mut out = String::new();
        self.string_into(&mut out, a, b);
        out
    }

    /// The characters from `a` to `b`, written over `out`.
    pub(crate) fn string_into(&self, out: &mut String, a: usize, b: usize) {
        out.clear();
        let cells = self.cells.get(a..b).unwrap_or(&[]);
        out.reserve(cells.len() * 3);
        for c in cells {
            out.push(c.c);
        }
    }

    /// Every normalised character, in order.
    pub(crate) fn chars(&self) -> impl Iterator<Item = char> + '_ {
        self.cells.iter().map(|cell| cell.c)
    }

    /// Whether any character from `a` to `b` satisfies `f`.
    pub(crate) fn any(&self, a: usize, b: usize, f: impl Fn(char) -> bool) -> bool {
        self.cells.get(a..b).unwrap_or(&[]).iter().any(|c| f(c.c))
    }

    /// If the text at `i` reads `lit`, the index just after it.
    #[inline]
    pub(crate) fn lit(&self, i: usize, lit: &str) -> Option<usize> {
        let mut j = i;
        for c in lit.chars() {
            if self.at(j)? != c {
                return None;
            }
            j += 1;
        }
        Some(j)
    }

    /// If the text before `b` reads `lit`, the index where it starts.
    pub(crate) fn lit_before(&self, b: usize, lit: &str) -> Option<usize> {
        // Read backwards: most words differ in their last character.
        let mut j = b;
        for c in lit.chars().rev() {
            j = j.checked_sub(1)?;
            if self.at(j)? != c {
                return None;
            }
        }
        Some(j)
    }

    /// The end of `a..b` without its trailing spaces.
    pub(crate) fn trim_end(&self, a: usize, mut b: usize) -> usize {
        while b > a && self.is(b - 1, ' ') {
            b -= 1;
        }
        b
    }

    /// Skips spaces from `i`.
    pub(crate) fn ws(&self, mut i: usize) -> usize {
        while self.is(i, ' ') {
            i += 1;
        }
        i
    }

    /// A number at `i` in any script ([`crate::numeral`]: `19`, `十九`, `百三十八`, `二〇`).
    /// Returns the value and the index after it; `None` for a number beyond `u32`, which no 条
    /// or 項 comes near (its text is left unparsed rather than read as another number).
    ///
    /// A number starts only where a run of numerals of its script starts: the `2` of `12` (or
    /// of `1\n2`, a number wrapped by a line break) is no number of its own. So each run is read
    /// from its start only, and reading stays linear however the parser probes.
    #[inline]
    pub(crate) fn number(&self, i: usize) -> Option<(u32, usize)> {
        let here = self.at(i)?;
        if here.is_ascii_digit() {
            return self.digits(i);
        }
        // A numeral after another of its script (full-width digits are ASCII here, so the
        // script of a digit is ASCII).
        let same_script =
            |b: char| numeral::is_numeral(b) && b.is_ascii_digit() == here.is_ascii_digit();
        if !numeral::is_numeral(here)
            || i.checked_sub(1)
                .and_then(|p| self.at(p))
                .is_some_and(same_script)
        {
            return None;
        }
        let cells = self.cells.get(i..)?.iter().map(|c| (c.c, 1));
        let (value, len) = numeral::read(cells)?;
        Some((value?, i + len))
    }

    /// [`number`](Self::number) at `i`, which holds an ASCII digit (full-width digits are ASCII
    /// here, so a run of digits is a run of ASCII digits), read digit by digit. Callgrind, the
    /// short cells of `benches/legal_basis.rs` (a text parsed and dropped): 13.07 k instructions
    /// a text, 13.32 k when digits were read by [`numeral::read`] as kanji numerals are.
    fn digits(&self, i: usize) -> Option<(u32, usize)> {
        if i.checked_sub(1)
            .and_then(|p| self.at(p))
            .is_some_and(|b| b.is_ascii_digit())
        {
            return None;
        }
        let mut value: Option<u32> = Some(0);
        let mut j = i;
        while let Some(d) = self.at(j).and_then(|c| c.to_digit(10)) {
            value = value.and_then(|v| v.checked_mul(10)?.checked_add(d));
            j += 1;
        }
        Some((value?, j))
    }
}

/// Items read one after another from `j`, each by `next` from where the last ended, as long as
/// it finds one (the 枝番 「の2の3」 after a number, the rows of a list after its first): the
/// items and where the last ends (`j` if none).
pub(crate) fn many<T>(mut j: usize, next: impl Fn(usize) -> Option<(T, usize)>) -> (Vec<T>, usize) {
    let mut items = Vec::new();
    while let Some((item, e)) = next(j) {
        items.push(item);
        j = e;
    }
    (items, j)
}

/// Circled numbers used as list bullets (`①`–`⑳`, `⑴`–`⒇`).
pub(crate) fn is_circled(c: char) -> bool {
    matches!(c, '\u{2460}'..='\u{2473}' | '\u{2474}'..='\u{2487}' | '\u{2776}'..='\u{277F}')
}

/// Characters after which a name or a list may begin: separators, brackets, `※`, `…` and
/// digits.
#[inline]
pub(crate) fn is_boundary(c: char) -> bool {
    // Fast path: kana and kanji (every boundary character is under U+3040 but 「・」).
    if c >= '\u{3040}' {
        return c == '・';
    }
    is_separator(c) || is_bracket(c) || matches!(c, '※' | '…') || c.is_ascii_digit()
}

/// Separators that carry no meaning of their own between citations.
pub(crate) fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '、' | ',' | '。' | '.' | '・' | ':' | ';') || is_circled(c)
}

/// Brackets and quotes: a fragment made only of these and separators says nothing.
pub(crate) fn is_bracket(c: char) -> bool {
    // U+3008–U+3011 are 〈〉《》「」『』【】.
    matches!(
        c,
        '〈'..='】' | '<' | '>' | '(' | ')' | '[' | ']' | '"' | '\''
    )
}

/// Words that join citations (`及び`, `並びに`, …), longest first.
pub(crate) const JOINERS: [&str; 4] = ["並びに", "若しくは", "及び", "又は"];

/// Whether `c` is the first or the last character of a [`JOINERS`] word (a test keeps the two
/// in step): a piece of text that neither starts nor ends so is not searched for them.
#[inline]
pub(crate) fn may_edge_joiner(c: char) -> bool {
    matches!(c, '並' | '若' | '及' | '又' | 'に' | 'は' | 'び')
}

/// The イロハ order of 号 sub-items (イ, ロ, ハ, …).
pub(crate) const IROHA: [char; 20] = [
    'イ', 'ロ', 'ハ', 'ニ', 'ホ', 'ヘ', 'ト', 'チ', 'リ', 'ヌ', 'ル', 'ヲ', 'ワ', 'カ', 'ヨ', 'タ',
    'レ', 'ソ', 'ツ', 'ネ',
];

/// Whether `c` is katakana (so a following katakana means a word, not a sub-item).
pub(crate) fn is_katakana(c: char) -> bool {
    ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_every_script() {
        let t = Text::new("１９ 百三十八 十 二十 三十九 百十二 7");
        assert_eq!(t.number(0), Some((19, 2)));
        assert_eq!(t.number(3), Some((138, 7)));
        assert_eq!(t.number(8), Some((10, 9)));
        assert_eq!(t.number(10), Some((20, 12)));
        assert_eq!(t.number(13), Some((39, 16)));
        assert_eq!(t.number(17), Some((112, 20)));
        assert_eq!(t.number(21), Some((7, 22)));
        assert_eq!(t.number(2), None);
    }

    #[test]
    fn line_breaks_vanish_but_are_remembered() {
        let t = Text::new("第８\n号");
        assert_eq!(t.len(), 3);
        assert_eq!(t.lit(0, "第8号"), Some(3));
        assert!(t.starts_line(2));
        assert!(!t.starts_line(1));
        assert_eq!(t.offset(2), "第８\n".len());
    }

    #[test]
    fn joiners_start_and_end_with_the_listed_characters() {
        let edges: Vec<char> = JOINERS
            .iter()
            .flat_map(|j| [j.chars().next(), j.chars().next_back()])
            .flatten()
            .collect();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(may_edge_joiner(c), edges.contains(&c), "{c:?}");
        }
    }

    #[test]
    fn brackets_are_the_listed_ones() {
        let listed = "「」『』【】<>〈〉《》()[]\"'";
        for c in (0..=0x3100).filter_map(char::from_u32) {
            assert_eq!(is_bracket(c), listed.contains(c), "{c:?}");
        }
    }

    #[test]
    fn a_word_is_found_before_an_index() {
        // The line break is dropped: 同 is at 5.
        let t = Text::new("番号法及び\n同法");
        assert_eq!(t.lit_before(5, "及び"), Some(3));
        assert_eq!(t.lit_before(7, "同法"), Some(5));
        assert_eq!(t.lit_before(1, "番号法"), None);
        assert_eq!(t.lit_before(4, "及び"), None);
    }

    #[test]
    fn verbatim_runs_are_read_from_the_original() {
        let src = "国保法第１条\n住民基本\n台帳法　第7条";
        let t = Text::new(src);
        // 国保法: unchanged, read from the original.
        assert_eq!(t.verbatim(0, 3), Some("国保法"));
        assert_eq!(t.string(0, 3), "国保法");
        // １ became 1: the collected characters differ from the original.
        assert_eq!(t.verbatim(3, 6), None);
        assert_eq!(t.string(3, 6), "第1条");
        // A dropped line break inside the run: the original is not the run.
        assert_eq!(t.string(6, 12), "住民基本台帳");
        assert_eq!(t.verbatim(6, 12), None);
        assert_eq!(t.verbatim(6, 10), Some("住民基本"));
        // The ideographic space became ' '.
        assert_eq!(t.verbatim(12, 14), None);
        assert_eq!(t.verbatim(5, 5), None);
        assert_eq!(t.verbatim(14, 99), None);
    }

    #[test]
    fn parentheses_are_paired_once() {
        let t = Text::new("（a(b)c）)(");
        assert_eq!(t.close_of(0), Some(6));
        assert_eq!(t.close_of(2), Some(4));
        assert_eq!(t.close_of(8), None);
        assert_eq!(t.close_of(1), None);
    }

    #[test]
    fn quotes_and_heading_brackets_close_before_another_opener() {
        let t = Text::new("「a「b」【c<d>】<e】>");
        // The 「 at 0 is cut off by the 「 at 2, which closes at 4.
        assert_eq!(t.close_of(0), None);
        assert_eq!(t.close_of(2), Some(4));
        // The 【 at 5 is cut off by the < at 7, which closes at 9; the < at 11 passes the 】
        // on its way to its >.
        assert_eq!(t.close_of(5), None);
        assert_eq!(t.close_of(7), Some(9));
        assert_eq!(t.close_of(11), Some(14));
    }

    #[test]
    fn a_number_starts_only_where_its_run_starts() {
        let t = Text::new("12 1\n2 一二 2十");
        assert_eq!(t.number(0), Some((12, 2)));
        assert_eq!(t.number(1), None);
        assert_eq!(t.number(3), Some((12, 5)));
        assert_eq!(t.number(4), None);
        assert_eq!(t.number(7), None);
        // Another script starts a number of its own.
        assert_eq!(t.number(10), Some((10, 11)));
    }

    #[test]
    fn branches_and_overflow() {
        let t = Text::new("31の2の2の項");
        let next = |j| t.number(t.lit(j, "の")?);
        assert_eq!(many(2, next), (vec![2, 2], 6));
        assert_eq!(many(6, next), (vec![], 6));
        let big = Text::new("99999999999999999999");
        assert_eq!(big.number(0), None);
        let largest = Text::new("4294967295");
        assert_eq!(largest.number(0), Some((u32::MAX, 10)));
        assert_eq!(Text::new("第4294967296条").number(1), None);
    }
}
