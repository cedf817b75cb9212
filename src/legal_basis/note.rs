//! The parts of a 法令上の根拠 that are no citation but say how to read the citations: headings
//! (「【住民基本台帳情報】」, 「（1）情報提供の根拠」, 「２　情報照会の根拠詳細（…）」) and conditions on
//! the columns of a table (「第三欄（情報提供者）が「…」の項のうち、第四欄に「…」が含まれる項」).
//!
//! They are found on the normalised text before the citations are read, each stretch once: the
//! search is linear in the text.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::scan::{Text, is_circled};
use crate::setters::setters;

/// Which part of a 情報連携 basis a heading introduces.
///
/// ```
/// use mynumber_pia::legal_basis::{HeadingKind, LegalBasis};
///
/// let b = LegalBasis::parse("（1）情報提供の根拠\nなし\n(2) 情報照会の根拠\n番号法第19条第8号")?;
/// let kinds: Vec<HeadingKind> = b.headings().iter().map(|h| h.kind).collect();
/// assert_eq!(kinds, [HeadingKind::Provision, HeadingKind::Inquiry]);
/// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
/// ```
#[doc(alias = "見出しの種類")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum HeadingKind {
    /// 「情報提供の根拠」: the basis of what the body provides through the network.
    Provision,
    /// 「情報照会の根拠」: the basis of what the body asks for through the network.
    Inquiry,
    /// Any other heading (「【住民基本台帳情報】」, 「１　個人番号利用の根拠」).
    Other,
}

impl HeadingKind {
    /// The kind a heading's title names: 「情報提供の根拠」 or 「情報照会の根拠」 in it, or neither.
    ///
    /// ```
    /// use mynumber_pia::legal_basis::HeadingKind;
    ///
    /// assert_eq!(HeadingKind::of_title("別表第二における情報照会の根拠"), HeadingKind::Inquiry);
    /// assert_eq!(HeadingKind::of_title("情報提供ネットワークシステムを使用した情報連携の根拠"), HeadingKind::Other);
    /// ```
    #[must_use]
    pub fn of_title(title: &str) -> HeadingKind {
        let words: String = title.chars().filter(|c| !c.is_whitespace()).collect();
        if words.contains("情報提供の根拠") {
            HeadingKind::Provision
        } else if words.contains("情報照会の根拠") {
            HeadingKind::Inquiry
        } else {
            HeadingKind::Other
        }
    }
}

/// A heading inside a 法令上の根拠: a title in 【】 or ＜＞ (「【住民基本台帳情報】」), a line that
/// names a basis (「（1）情報提供の根拠」, 「２　根拠詳細（同法別表の項番、同法別表主務省令の条）」), or a
/// parenthesis that does (「(別表第二における情報提供の根拠)」).
///
/// A heading may contain citations (「【…第2条の表における情報提供の根拠】」 names the table of
/// the rows after it): they are read as citations too. What is left of the heading is not an
/// [`Unparsed`](super::Unparsed) fragment.
///
/// ```
/// use mynumber_pia::legal_basis::{HeadingKind, LegalBasis};
///
/// let b = LegalBasis::parse("【住民基本台帳情報】 ・住民基本台帳法第7条")?;
/// let h = &b.headings()[0];
/// assert_eq!((h.text.as_str(), h.title.as_str(), h.kind), ("【住民基本台帳情報】", "住民基本台帳情報", HeadingKind::Other));
/// assert_eq!(&b.as_str()[h.span.clone()], "【住民基本台帳情報】");
/// assert!(b.unparsed().is_empty());
/// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
/// ```
#[doc(alias = "見出し")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Heading {
    /// The heading exactly as in the original (marker and brackets included).
    pub text: String,
    /// Its words: without marker, brackets and line breaks, half-width digits and parentheses.
    pub title: String,
    /// Which part of a 情報連携 basis it introduces.
    pub kind: HeadingKind,
    /// Its byte range in the original text.
    pub span: Range<usize>,
}

/// One column named in a [`ColumnCondition`]: 「第三欄（情報提供者）が「医療保険者…」」.
///
/// ```
/// use mynumber_pia::legal_basis::ColumnValue;
///
/// let c = ColumnValue::new(3).with_name("情報提供者").with_value("医療保険者又は後期高齢者医療広域連合");
/// assert_eq!(c.column, 3);
/// assert_eq!(c.name.as_deref(), Some("情報提供者"));
/// ```
#[doc(alias = "欄")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ColumnValue {
    /// The column's number: 1 for 第一欄.
    pub column: u8,
    /// The column's name in parentheses (「（情報提供者）」), if written.
    pub name: Option<String>,
    /// The quoted words the column holds or contains (「「市町村長」」), if written.
    pub value: Option<String>,
}

impl ColumnValue {
    /// Column `column` with no name or value.
    #[must_use]
    pub fn new(column: u8) -> Self {
        ColumnValue {
            column,
            name: None,
            value: None,
        }
    }

    setters! {
        /// The column with its name (「情報提供者」).
        pub fn with_name(name: impl Into<String>) |c| c.name = Some(name.into());
        /// The column with the words it holds (「市町村長」).
        pub fn with_value(value: impl Into<String>) |c| c.value = Some(value.into());
    }
}

/// A description of which rows of a table apply, by the words in its columns: the 第一欄 to
/// 第四欄 of 番号法別表第二 and of the 第2条の表 of the 第19条第8号 order (情報照会者, 事務,
/// 情報提供者, 特定個人情報), or the 第一欄 / 第二欄 of 別表第一. Detailed reports group their rows
/// under such conditions (熊谷市 国民健康保険に関する事務 基礎項目評価書, 令和7年5月30日:
/// 「①第三欄：「医療保険者又は後期高齢者医療広域連合」　第四欄：「医療保険給付関係情報」」).
///
/// The quoted words are a column's text, not citations: a statute named inside them is not
/// cited by the basis.
///
/// ```
/// use mynumber_pia::legal_basis::LegalBasis;
///
/// let b = LegalBasis::parse("番号法第19条第7号、別表第二第一欄が「市町村長」であって第二欄に「高齢者の医療の確保に関する法律」を含む項のうち本事務に該当するもの（82の項)")?;
/// let cond = &b.column_conditions()[0];
/// let columns: Vec<(u8, Option<&str>)> = cond.columns.iter().map(|c| (c.column, c.value.as_deref())).collect();
/// assert_eq!(columns, [(1, Some("市町村長")), (2, Some("高齢者の医療の確保に関する法律"))]);
/// assert!(cond.text.ends_with("本事務に該当するもの"));
/// assert_eq!(b.canonical(), ["番号法第19条第7号", "番号法別表第二", "番号法別表第二第82項"]);
/// assert!(b.unparsed().is_empty());
/// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
/// ```
#[doc(alias = "欄の条件")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ColumnCondition {
    /// The condition exactly as in the original.
    pub text: String,
    /// The columns it names, in order.
    pub columns: Vec<ColumnValue>,
    /// Its byte range in the original text.
    pub span: Range<usize>,
}

/// Longest heading in brackets, in characters.
const BRACKET_LIMIT: usize = 120;
/// Longest heading line (marker and parenthesis included), in characters.
const LINE_LIMIT: usize = 80;
/// Longest heading in parentheses.
const PAREN_LIMIT: usize = 60;
/// Longest column name in parentheses.
const NAME_LIMIT: usize = 40;
/// Longest quoted column value.
const VALUE_LIMIT: usize = 500;
/// Longest glue between two columns of one condition (「の項のうち、」, 「であって」).
const GLUE_LIMIT: usize = 12;
/// Longest words after the last column (「を含む項のうち本事務に該当するもの」).
const TAIL_LIMIT: usize = 40;

/// What the search found, in cells of the normalised text.
#[derive(Debug, Default)]
pub(crate) struct Notes {
    /// Headings: cell range of the whole heading and of its title.
    headings: Vec<(Range<usize>, Range<usize>)>,
    /// Conditions: cell range and columns.
    conditions: Vec<(Range<usize>, Vec<ColumnValue>)>,
    /// Every range above, merged and sorted: what is no unparsed fragment.
    pub(crate) covered: Vec<Range<usize>>,
}

impl Notes {
    /// The ranges of the conditions, sorted: the parser skips them (their quotes are no
    /// citations).
    pub(crate) fn conditions(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.conditions.iter().map(|(r, _)| r.clone())
    }

    /// The public headings, with byte spans into the original text.
    pub(crate) fn headings(&self, t: &Text) -> Vec<Heading> {
        self.headings
            .iter()
            .filter_map(|(whole, title)| {
                let (span, text) = t.spanned(whole.start, whole.end)?;
                let title = t
                    .string(title.start, title.end)
                    .trim_matches(' ')
                    .to_owned();
                Some(Heading {
                    text: text.to_owned(),
                    kind: HeadingKind::of_title(&title),
                    title,
                    span,
                })
            })
            .collect()
    }

    /// The public conditions, with byte spans into the original text.
    pub(crate) fn column_conditions(&self, t: &Text) -> Vec<ColumnCondition> {
        self.conditions
            .iter()
            .filter_map(|(range, columns)| {
                let (span, text) = t.spanned(range.start, range.end)?;
                Some(ColumnCondition {
                    text: text.to_owned(),
                    columns: columns.clone(),
                    span,
                })
            })
            .collect()
    }
}

/// Finds the headings and column conditions of `t`.
pub(crate) fn find(t: &Text) -> Notes {
    let mut notes = Notes::default();
    // Each kind of note needs a character of its own: most texts need no search. One pass over
    // the text says which can be there (callgrind, the short cells of `benches/legal_basis.rs`,
    // a text parsed and dropped: 13.07 k instructions a text, 13.38 k with a pass for each).
    let (mut conditions, mut headings) = (false, false);
    for c in t.chars() {
        match c {
            '欄' => conditions = true,
            '根' | '【' | '<' => headings = true,
            _ => continue,
        }
        if conditions && headings {
            break;
        }
    }
    if conditions {
        find_conditions(t, &mut notes);
    }
    if headings {
        find_headings(t, &mut notes);
    }
    let mut all: Vec<Range<usize>> = notes
        .headings
        .iter()
        .map(|(r, _)| r.clone())
        .chain(notes.conditions.iter().map(|(r, _)| r.clone()))
        .collect();
    all.sort_by_key(|r| (r.start, r.end));
    for r in all {
        match notes.covered.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => notes.covered.push(r),
        }
    }
    notes
}

// ----- headings ------------------------------------------------------------------------------

fn find_headings(t: &Text, notes: &mut Notes) {
    let n = t.len();
    let mut found: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    // Headings in 【】 or <> (from an opener to its closer, no other opener between), and
    // parentheses that name a basis.
    for i in 0..n {
        let Some(c) = t.close_of(i) else { continue };
        let heading = match t.at(i) {
            Some('【' | '<') => c - i <= BRACKET_LIMIT && t.any(i + 1, c, |x| x != ' '),
            Some('(') => c - i <= PAREN_LIMIT && names_basis(t, i + 1, c),
            _ => false,
        };
        if heading {
            found.push((i..c + 1, i + 1..c));
        }
    }
    // The two parts' headings with their number, inside a line (a PDF's text that ran the
    // cell's lines together): `番号法第19条第8号 (1)情報提供の根拠 …`.
    let numbered: Vec<(Range<usize>, Range<usize>)> =
        (0..n).filter_map(|i| numbered_part_heading(t, i)).collect();
    // Lines that name a basis (each line ends where the next starts, the last at the end). A
    // line that ends in a numbered part's heading after other words (`第8号、別表第二の26の項
    // (2)情報照会の根拠`) is no heading: its words before the number are the part before's.
    // (The numbered headings' starts ascend, as the lines do: one walk over both.)
    let mut numbered_starts = numbered.iter().map(|(whole, _)| whole.start).peekable();
    let mut line_start = 0;
    for end in (1..n).filter(|&i| t.starts_line(i)).chain([n]) {
        let first = t.ws(line_start);
        while numbered_starts.next_if(|&start| start <= first).is_some() {}
        let numbered_inside = numbered_starts.peek().is_some_and(|&start| start < end);
        if end - line_start <= LINE_LIMIT && !numbered_inside {
            if let Some(title) = heading_line(t, line_start, end) {
                found.push((line_start..end, title));
            }
        }
        line_start = end;
    }
    found.extend(numbered);
    // Inner headings (a parenthesis inside a heading line) give way to the outer one.
    found.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
    let mut reach = 0;
    for (whole, title) in found {
        if whole.end <= reach {
            continue;
        }
        reach = whole.end;
        notes.headings.push((whole, title));
    }
}

/// The words of the two parts' headings that [`numbered_part_heading`] finds inside a line.
const PART_HEADINGS: [&str; 2] = ["情報提供の根拠", "情報照会の根拠"];

/// A part's heading with its number at `i`, wherever it stands in its line: `(1)` or `(2)` (one
/// or two digits in parentheses) at a word's start, then 「情報提供の根拠」 or 「情報照会の根拠」
/// ending a word (a line break inside it is read through, as everywhere: `(2)情報照` /
/// `会の根拠`). Its whole range and its title's. Refuses the words going on
/// (`(1)情報提供の根拠となる規定`) and the words without their number.
fn numbered_part_heading(t: &Text, i: usize) -> Option<(Range<usize>, Range<usize>)> {
    let close = t
        .close_of(i)
        .filter(|&c| t.is(i, '(') && (2..=3).contains(&(c - i)))?;
    let not_a_number = t.any(i + 1, close, |c| !c.is_ascii_digit());
    let at_word_start = i == 0 || t.is(i - 1, ' ') || t.starts_line(i);
    if not_a_number || !at_word_start {
        return None;
    }
    let start = t.ws(close + 1);
    let end = PART_HEADINGS.iter().find_map(|words| t.lit(start, words))?;
    let ends_word = end == t.len() || t.is(end, ' ') || t.starts_line(end);
    ends_word.then_some((i..end, start..end))
}

/// Whether the words of `a..b` end in 「根拠」 or 「根拠詳細」 (spaces ignored).
fn names_basis(t: &Text, a: usize, b: usize) -> bool {
    let e = t.trim_end(a, b);
    ["根拠", "根拠詳細"]
        .iter()
        .any(|w| t.lit_before(e, w).is_some_and(|s| s >= a))
}

/// If the line `a..b` is a heading (an optional list marker, then words ending in 「根拠」 or
/// 「根拠詳細」, perhaps with a parenthesis after them), the cell range of its title.
fn heading_line(t: &Text, a: usize, b: usize) -> Option<Range<usize>> {
    let mut i = t.ws(a);
    // A list marker: ①, (1), 1), 1., １　.
    match t.at(i) {
        Some(c) if is_circled(c) => i += 1,
        Some('(') => {
            let d = digits(t, i + 1);
            if d > i + 1 && t.is(d, ')') {
                i = d + 1;
            }
        }
        Some(c) if c.is_ascii_digit() => {
            let d = digits(t, i);
            if matches!(t.at(d), Some(' ' | '.' | ')')) {
                i = d + 1;
            }
        }
        _ => {}
    }
    let start = t.ws(i);
    let end = t.trim_end(start, b);
    if end <= start {
        return None;
    }
    // A parenthesis closing the line: what it says is part of the title, but the words before
    // it must name the basis.
    let mut words_end = end;
    if t.is(end - 1, ')') {
        if let Some(open) = (start..end - 1).find(|&k| t.close_of(k) == Some(end - 1)) {
            words_end = open;
        }
    }
    names_basis(t, start, words_end).then_some(start..end)
}

/// The end of one or two ASCII digits at `i` (`i` itself if none).
fn digits(t: &Text, i: usize) -> usize {
    let mut j = i;
    while j < i + 2 && t.at(j).is_some_and(|c| c.is_ascii_digit()) {
        j += 1;
    }
    j
}

// ----- column conditions ---------------------------------------------------------------------

/// 「第N欄」 at `i`: the column's number and the index after 欄.
fn column_at(t: &Text, i: usize) -> Option<(u8, usize)> {
    if !t.is(i, '第') || !t.is(i + 2, '欄') {
        return None;
    }
    // One numeral between 第 and 欄, one to six (kanji or digit).
    let (n, _) = t
        .number(i + 1)
        .filter(|&(n, e)| e == i + 2 && (1..=6).contains(&n))?;
    Some((u8::try_from(n).ok()?, i + 3))
}

fn find_conditions(t: &Text, notes: &mut Notes) {
    let n = t.len();
    let mut i = 0;
    while i < n {
        match condition(t, i) {
            Ok((end, columns)) => {
                notes.conditions.push((i..end, columns));
                i = end;
            }
            // A chain of columns that says nothing: no start inside it says more (its columns
            // are a part of these, its tail the same), so the search goes on after it.
            Err(scanned) => i = scanned.max(i + 1),
        }
    }
}

/// A column condition starting at `i`: its end and its columns; else how far the chain of
/// columns from `i` reached.
fn condition(t: &Text, i: usize) -> Result<(usize, Vec<ColumnValue>), usize> {
    let mut columns = Vec::new();
    let mut at = i;
    let mut end = i;
    while let Some((number, after)) = column_at(t, at) {
        let mut column = ColumnValue::new(number);
        let mut k = after;
        let p = t.ws(k);
        if let Some(c) = t.is(p, '(').then(|| t.close_of(p)).flatten() {
            if c - p <= NAME_LIMIT {
                column.name = Some(t.string(p + 1, c).trim_matches(' ').to_owned());
                k = c + 1;
            }
        }
        let mut q = t.ws(k);
        if matches!(t.at(q), Some(':' | 'が' | 'に' | 'は')) {
            q = t.ws(q + 1);
        }
        if let Some(close) = t.is(q, '「').then(|| t.close_of(q)).flatten() {
            if close - q <= VALUE_LIMIT {
                column.value = Some(t.string(q + 1, close));
                k = close + 1;
            }
        }
        columns.push(column);
        end = k;
        let Some(next) = glue(t, k) else { break };
        at = next;
    }
    if columns.is_empty() {
        return Err(i + 1);
    }
    let tail = tail(t, end);
    let described = columns
        .iter()
        .any(|c| c.name.is_some() || c.value.is_some());
    if !described && tail == end {
        return Err(end);
    }
    Ok((tail, columns))
}

/// The start of the next column after the glue at `k` (「の項のうち、」, 「であって」, 「及び」, a
/// line break), if one follows within [`GLUE_LIMIT`].
fn glue(t: &Text, k: usize) -> Option<usize> {
    let mut j = k;
    while j - k <= GLUE_LIMIT {
        if column_at(t, j).is_some() {
            return Some(j);
        }
        match t.at(j)? {
            '「' | '」' | '(' | ')' | '【' | '】' | '<' | '>' | '・' | '第' => return None,
            c if c.is_ascii_digit() || is_circled(c) => return None,
            _ => j += 1,
        }
    }
    None
}

/// The end of the words after the last column, when they close the condition (「…が含まれる項」,
/// 「…に該当するもの」): up to a parenthesis, a quote, a bullet, a number or the end of a line.
/// `end` itself when they do not.
fn tail(t: &Text, end: usize) -> usize {
    let mut j = end;
    while j - end < TAIL_LIMIT {
        match t.at(j) {
            None => break,
            // A line break after a word that ends something ends the condition; one inside a
            // word is the PDF wrapping the line.
            Some(_)
                if j > end
                    && t.starts_line(j)
                    && matches!(t.at(j - 1), Some('」' | ')' | '項' | '。' | ' ')) =>
            {
                break;
            }
            Some('(' | '「' | '【' | '<' | '・' | ':') => break,
            Some(c) if c.is_ascii_digit() || is_circled(c) => break,
            Some(_) => j += 1,
        }
    }
    if j - end >= TAIL_LIMIT {
        return end;
    }
    let e = t.trim_end(end, j);
    let closes =
        (e > end && t.is(e - 1, '項')) || t.lit_before(e, "もの").is_some_and(|s| s >= end);
    if closes { e } else { end }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(src: &str) -> Vec<String> {
        let t = Text::new(src);
        find(&t).headings(&t).into_iter().map(|h| h.title).collect()
    }

    fn conditions(src: &str) -> Vec<(String, Vec<ColumnValue>)> {
        let t = Text::new(src);
        find(&t)
            .column_conditions(&t)
            .into_iter()
            .map(|c| (c.text, c.columns))
            .collect()
    }

    #[test]
    fn headings_of_every_style() {
        assert_eq!(
            titles("（1）情報提供の根拠\n　なし\n(2) 情報照会の根拠\n①番号法第19条第7号"),
            ["情報提供の根拠", "情報照会の根拠"]
        );
        assert_eq!(
            titles(
                "２　情報提供の根拠詳細（同法主務省令第2条の表の項番、同法主務省令の条）\n第三欄"
            ),
            ["情報提供の根拠詳細(同法主務省令第2条の表の項番、同法主務省令の条)"]
        );
        assert_eq!(
            titles(
                "【番号利用法第19条第８号に基づく主務省令第2条の表における情報照\n会の根拠】\n・第一欄"
            ),
            ["番号利用法第19条第8号に基づく主務省令第2条の表における情報照会の根拠"]
        );
        assert_eq!(
            titles(
                "番号法第19条第7号 (別表第二における情報提供の根拠) ・1,2 <オンライン資格確認の準備業務> ・附則"
            ),
            [
                "別表第二における情報提供の根拠",
                "オンライン資格確認の準備業務"
            ]
        );
        // Full-width angle brackets are read as `<>`, and 根 is not needed inside 【】 or <>.
        assert_eq!(
            titles("番号法第9条 ＜オンライン資格確認の準備業務＞ ・附則"),
            ["オンライン資格確認の準備業務"]
        );
        assert_eq!(
            titles("【住民基本台帳情報】 ・法第48条"),
            ["住民基本台帳情報"]
        );
        // A citation line that ends otherwise, a parenthesis that names no basis, an opener
        // without its closer: no heading.
        assert!(
            titles("①番号利用法第19条第8号\n番号法第9条（個人番号の利用範囲）\n【未完").is_empty()
        );
    }

    #[test]
    fn heading_kinds() {
        let src = "１　情報提供ネットワークシステムを使用した情報連携の根拠\n２　情報提供の根拠詳細\n３　情報照会の根拠詳細";
        let t = Text::new(src);
        let kinds: Vec<HeadingKind> = find(&t).headings(&t).iter().map(|h| h.kind).collect();
        assert_eq!(
            kinds,
            [
                HeadingKind::Other,
                HeadingKind::Provision,
                HeadingKind::Inquiry
            ]
        );
    }

    #[test]
    fn conditions_of_every_shape() {
        let found = conditions(
            "：第三欄（情報提供者）が「医療保険者」の項のうち、第四欄（特定個人\n情報）に「医療保険給付関係情報」が含まれる項（２、３の項）",
        );
        assert_eq!(found.len(), 1);
        assert!(found[0].0.ends_with("が含まれる項"), "{:?}", found[0].0);
        assert_eq!(
            found[0].1,
            [
                ColumnValue::new(3)
                    .with_name("情報提供者")
                    .with_value("医療保険者"),
                ColumnValue::new(4)
                    .with_name("特定個人情報")
                    .with_value("医療保険給付関係情報"),
            ]
        );
        let found =
            conditions("①第三欄：「市町村長」\n　第四欄：「医療保険給付関係情報」\n2項　第4条");
        assert_eq!(
            found[0].0,
            "第三欄：「市町村長」\n　第四欄：「医療保険給付関係情報」"
        );
        let found = conditions(
            "第一欄（行政事務を処理する者）及び第二欄\n（事務）に以下が含まれる項\n①第一欄",
        );
        assert_eq!(
            found[0].0,
            "第一欄（行政事務を処理する者）及び第二欄\n（事務）に以下が含まれる項"
        );
        assert_eq!(found[0].1[1].name.as_deref(), Some("事務"));
        // A bare column with nothing said about it is no condition.
        assert!(conditions("第一欄 2項").is_empty());
    }

    #[test]
    fn spans_point_into_the_original() {
        let src = "・【住民基本台帳情報】";
        let t = Text::new(src);
        let h = &find(&t).headings(&t)[0];
        assert_eq!(&src[h.span.clone()], "【住民基本台帳情報】");
    }
}
