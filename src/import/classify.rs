//! *classify*: what each line of a text is, as the form prints it — a heading (a chapter, an
//! appendix, the 変更箇所, the 項目一覧), a ＜選択肢＞ list, a table's rule, a page number, or
//! text — tested once, by the form's own words.
//!
//! **Takes** a line's text (and its folded key). **Gives** its [`Class`]. **Refuses**
//! nothing: a line that is none of the form's shapes is [`Class::Text`].

use super::limits::{CHANGES_HEADING_TAIL, DATE_CHARS};
use crate::import::fill::squeeze;

/// What a line is, as the form prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// A chapter's heading (`Ⅱ　特定個人情報ファイルの概要`), by its numeral.
    Chapter(&'static str),
    /// An appendix's heading (`（別添１）事務の内容`), by its number.
    Appendix(u32),
    /// The heading of the 変更箇所 (`（別添３）変更箇所`).
    Changes,
    /// The heading of a rendered report's table of contents (`項目一覧`).
    Contents,
    /// Anything else.
    Text,
}

/// The words of a rendered report's table of contents' heading.
pub(super) const CONTENTS: &str = "項目一覧";

/// The class of a line among the headings (`text` as printed, `key` its [`squeeze`]).
pub(super) fn heading(text: &str, key: &str) -> Class {
    if is_changes_heading(key) {
        return Class::Changes;
    }
    if key == CONTENTS {
        return Class::Contents;
    }
    if let Some(n) = appendix_number(key) {
        return Class::Appendix(n);
    }
    match chapter_heading(text) {
        Some(chapter) => Class::Chapter(chapter),
        None => Class::Text,
    }
}

/// The words of the 変更箇所's heading.
pub(super) const CHANGES: &str = crate::form::CHANGES;

/// `（別添３）変更箇所`, `変更箇所` (folded by [`squeeze`]).
pub(super) fn is_changes_heading(squeezed: &str) -> bool {
    squeezed == CHANGES
        || squeezed
            .strip_prefix("(別添")
            .is_some_and(|r| r.ends_with(CHANGES) && r.chars().count() <= CHANGES_HEADING_TAIL)
}

/// `（別添１）…` → 1 (not the 変更箇所, read apart).
pub(super) fn appendix_number(squeezed: &str) -> Option<u32> {
    let rest = squeezed.strip_prefix("(別添")?;
    let (n, after) = leading_number(rest, &[')'])?;
    (!after.contains(crate::form::CHANGES)).then_some(n)
}

/// `（1）　保険資格ファイル` → 1.
pub(super) fn file_block_number(text: &str) -> Option<u32> {
    let t = text.trim_start();
    let rest = t.strip_prefix(['（', '('])?;
    let (n, after) = leading_number(rest, &['）', ')'])?;
    (!after.trim().is_empty()).then_some(n)
}

/// A chapter heading's numeral and the rest: `Ⅱ　…`, `II …` (Latin letters).
pub(super) fn roman_chapter(text: &str) -> Option<(&'static str, &str)> {
    let t = text.trim_start();
    // The cheap test first: the line starts with the first character of a numeral (an ASCII
    // capital or a Roman numeral's character, then one of the table's).
    let first = t.chars().next()?;
    if !may_start_numeral(first) {
        return None;
    }
    // (Borrowed: a copy of the table for every line cost more than the test above.)
    let numerals = &crate::report::ROMAN_NUMERALS;
    if !numerals
        .iter()
        .any(|(ascii, numeral)| ascii.starts_with(first) || numeral.starts_with(first))
    {
        return None;
    }
    let unicode = numerals.iter().map(|&(_, u)| (u, u));
    for (written, chapter) in unicode.chain(numerals.iter().copied()) {
        if let Some(rest) = t.strip_prefix(written) {
            let Some(sep) = rest.chars().next() else {
                continue;
            };
            // A numeral written as its one character (the table's non-ASCII spelling) may run
            // into a chapter's title (`Ⅰ関連情報`: a PDF text drops the space; the character
            // ends the numeral as a space would); one of ASCII letters may not (`IV`, or `I`
            // then `V…`).
            let one_character = !written.is_ascii();
            let run_into_title = one_character && is_chapter_title(rest);
            if !(sep.is_whitespace() || sep == '　' || sep == '.' || sep == '．' || run_into_title)
            {
                continue;
            }
            return Some((
                chapter,
                rest.trim_start_matches([' ', '　', '.', '．', '\t']),
            ));
        }
    }
    None
}

/// Whether a chapter's numeral may start with `c` (as written or folded: an ASCII capital or
/// a Roman numeral's character).
pub(super) fn may_start_numeral(c: char) -> bool {
    c.is_ascii_uppercase() || crate::form::is_roman_numeral(c)
}

/// The chapter a line heads (`Ⅲ　リスク対策` → `Ⅲ`), if it is a chapter's heading.
pub(super) fn chapter_heading(text: &str) -> Option<&'static str> {
    roman_chapter(text).and_then(|(chapter, rest)| is_chapter_title(rest).then_some(chapter))
}

/// Whether `text` starts with the title of a chapter of one of the forms.
pub(super) fn is_chapter_title(text: &str) -> bool {
    // The titles are folded already (no width to fold, no space).
    let s = squeeze(text);
    crate::form::CHAPTER_TITLES.iter().any(|t| s.starts_with(t))
}

/// A number at the start of `text` (half- or full-width) followed by one of `seps` (or by
/// anything, when `seps` is empty), and the text after it. A space may stand between the
/// number and a full stop, as a text that spaces figures out of words prints a section's
/// number (`4 .情報提供…`); not before a bracket, which closes a figure a text spaces inside
/// its brackets (`（ 2 ）件`, a count).
pub(super) fn leading_number<'a>(text: &'a str, seps: &[char]) -> Option<(u32, &'a str)> {
    // (A text that starts with a printable ASCII character or a full-width form, the first
    // byte tells, starts with no white space: nothing to trim.)
    let t = match text.as_bytes().first() {
        Some(&b) if (0x21..0x80).contains(&b) || b == 0xEF => text,
        _ => text.trim_start(),
    };
    // Up to three digits (half- or full-width), read as they come (no text built for them).
    let mut n: Option<u32> = None;
    let mut end = 0;
    for (i, c) in t.char_indices().take(3) {
        let Some(d) = crate::label::fold_char(c).to_digit(10) else {
            break;
        };
        n = Some(n.unwrap_or(0) * 10 + d);
        end = i + c.len_utf8();
    }
    let n = n?;
    let rest = t.get(end..)?;
    if seps.is_empty() {
        return Some((n, rest.trim_start_matches([' ', '　'])));
    }
    // (One space, of either width: more is a gap between cells.)
    let rest = rest
        .strip_prefix([' ', '　'])
        .filter(|after| after.starts_with(['.', '．']) && after.starts_with(seps))
        .unwrap_or(rest);
    let sep = rest.chars().next()?;
    if !seps.contains(&sep) {
        return None;
    }
    Some((n, rest.get(sep.len_utf8()..)?.trim_start()))
}

/// A line of a ＜選択肢＞ list: its heading, or options `1) …`, `2）…` only.
///
/// One numbered piece alone (`1) 令和6年に見直した`) is a list only when it continues one
/// (`continuing`: the line above was the heading or options); otherwise it is a numbered text.
/// (`text` is trimmed, and `key` is [`squeeze`]`(text)`, the line's key.)
pub(super) fn is_option_list(text: &str, key: &str, continuing: bool) -> bool {
    if crate::form::CHOICE_HEADING_SPELLINGS
        .iter()
        .any(|heading| key.starts_with(heading))
    {
        return true;
    }
    // `1) 1,000人未満 3) 1万人以上10万人未満`: every piece numbered (the first starts where the
    // trimmed text does).
    let first = text.chars().next();
    if !first.is_some_and(|c| crate::label::fold_char(c).is_ascii_digit()) {
        return false;
    }
    // (Counted up to two, all the test below tells apart: once two are found, the words of the
    // pieces after are not read, only whether each piece starts with a number.)
    let mut numbers = 0;
    for piece in text.split(['\t']).map(str::trim).filter(|p| !p.is_empty()) {
        let piece = without_list_number(piece);
        let Some((_, rest)) = leading_number(piece, &[')', '）']) else {
            return false;
        };
        if rest.is_empty() {
            return false;
        }
        numbers += 1;
        // (A word that starts with neither white space nor a digit holds no number: it is
        // passed over without reading it.)
        let may_number = |w: &str| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_whitespace() || crate::label::fold_char(c).is_ascii_digit())
        };
        if numbers < 2
            && rest
                .split([' ', '　'])
                .any(|w| may_number(w) && leading_number(w, &[')', '）']).is_some())
        {
            numbers += 1;
        }
    }
    numbers >= 2 || (numbers == 1 && continuing)
}

/// An option printed as an item of an ordered list, the list's own number before the option's
/// (`1. 1) 実施する`: an office suite's print of a numbered list), without the list's number when
/// the two are one number. Refuses `1. 2) 実施しない` (two numbers: the piece is left whole) and
/// `1. 番号法` (no option's number after the list's).
fn without_list_number(piece: &str) -> &str {
    let Some((list, rest)) = leading_number(piece, &['.', '．']) else {
        return piece;
    };
    match leading_number(rest, &[')', '）']) {
        Some((option, _)) if option == list => rest,
        _ => piece,
    }
}

/// A table's rule (`-----\t---`, `| --- |`, an Org table's `|----+----|`): no text.
pub(super) fn is_rule_line(text: &str) -> bool {
    text.chars()
        .all(|c| is_rule_char(c) || matches!(c, '\t' | ' ' | '　'))
}

/// Whether `c` draws a table's rule ([`is_rule_line`]; white space aside): a trimmed rule starts
/// with one.
pub(super) fn is_rule_char(c: char) -> bool {
    matches!(c, '-' | '|' | ':' | '=' | '+')
}

/// A page number alone on a line (`7`, `- 7 -`).
pub(super) fn is_page_number(text: &str) -> bool {
    is_trimmed_page_number(text.trim())
}

/// [`is_page_number`] of a trimmed text (the walk's lines are trimmed already).
pub(super) fn is_trimmed_page_number(t: &str) -> bool {
    // The cheap test first: the text starts with a dash or a digit (what is left starts where
    // the text does when it starts with neither).
    if !t.starts_with(|c: char| {
        matches!(c, '-' | '－' | ' ') || crate::label::fold_char(c).is_ascii_digit()
    }) {
        return false;
    }
    let t = t.trim_matches(['-', '－', ' ']);
    !t.is_empty()
        && t.len() <= 4
        && t.chars()
            .all(|c| crate::label::fold_char(c).is_ascii_digit())
}

/// Whether `key` (a line's key) is a header row of the 変更箇所: it starts with 「変更日」, or
/// holds both 「変更前の記載」 and 「変更後の記載」. (A search for a word of more than one byte
/// compares its first and last bytes at once over a block of the key's: cheaper than a search
/// for the `変` that starts both, whose last byte most lines hold.)
pub(super) fn is_header_row(key: &str) -> bool {
    let [date, _, before, after, ..] = crate::form::CHANGE_COLUMNS;
    if key.starts_with(date) {
        return true;
    }
    // (A key shorter than the two words holds not both.)
    if key.len() < before.len() + after.len() {
        return false;
    }
    key.contains(before) && key.contains(after)
}

/// Whether `line` is the 変更箇所's header row as a text that keeps the page's layout prints it:
/// 変更日, 項目, 変更前の記載 and 変更後の記載 each a run of its own, two spaces or more apart,
/// and the 提出時期's labels after them or, wrapped in their narrow columns, on the lines around
/// it ([`is_header_pieces`]; the other shapes part the labels by one space, a tab, or a line).
///
/// Reads `変更日   項目   変更前の記載   変更後の記載   提出時期`, and `変更日   項目   変更前の記載
/// 変更後の記載` with `提出時  提出時期に係る` above it; refuses `変更日 項目 変更前の記載
/// 変更後の記載 提出時期 提出時期に係る説明`.
pub(crate) fn is_laid_out_header(line: &str) -> bool {
    let [date, item, before, after, ..] = crate::form::CHANGE_COLUMNS;
    let wanted = [date, item, before, after];
    // The cheap test first: the line starts with the first label.
    if !line.trim_start().starts_with(date) {
        return false;
    }
    let labels = super::text::runs(line);
    labels.len() >= wanted.len() && labels.iter().zip(wanted).all(|(l, w)| l.text == w)
}

/// Whether `key` is a piece of one of the 変更箇所 columns' labels (`時期`, `提出時期に係る説`):
/// what a header row wrapped in narrow columns leaves on the lines under it.
pub(crate) fn is_header_piece(key: &str) -> bool {
    !key.is_empty()
        && crate::form::CHANGE_COLUMNS
            .iter()
            .any(|label| label.contains(key))
}

/// Whether every word of `line` (parted by white space) is a piece of a column's label
/// ([`is_header_piece`]): the pieces of several wrapped labels side by side, as a text that
/// keeps the page's layout prints them above or under the header row (`提出時  提出時期に係る`,
/// `期  説明`). Refuses a line with any other word (`事後  人事異動`) and a blank one.
pub(crate) fn is_header_pieces(line: &str) -> bool {
    let mut words = line.split_whitespace().peekable();
    words.peek().is_some() && words.all(is_header_piece)
}

/// A date alone on its line (`令和5年4月1日`, or in the short style, [`short_date`]): the
/// 変更日 cell that starts a row.
pub(super) fn date_only(t: &str) -> Option<chrono::NaiveDate> {
    use crate::import::fill::{dates_in, era_start, squeezed_chars};
    let t = t.trim();
    if let Some(date) = short_date(t) {
        return Some(date);
    }
    // The cheap tests first: a date alone holds the first character of an era's name (folding
    // neither makes one of another character nor drops one: the text's characters tell), and
    // it is short, at most [`DATE_CHARS`] folded characters (folding never adds a character:
    // a text of no more characters has no more; only a longer one is folded).
    if !t.chars().any(era_start) {
        return None;
    }
    if t.chars().count() > DATE_CHARS && squeezed_chars(t).nth(DATE_CHARS).is_some() {
        return None;
    }
    match dates_in(t).as_slice() {
        [crate::wareki::DateValue::Day(d)] => Some(d.to_naive()),
        _ => None,
    }
}

/// A day written in figures, alone: the era's Latin initial (or its one-character form), then
/// year, month and day parted by dots or slashes, as tables abbreviate a 変更日 (`H30.10.1`,
/// `R1.5.1`, `Ｒ２．４．１`), or a Gregorian (西暦) day (`2024/12/1`, `2024年12月1日`); the 様式
/// and its 記載要領 prescribe no style for the date. What the 和暦 parser reads
/// ([`crate::wareki::DateValue::parse`]), when it is a day.
///
/// Reads `H30.10.1` as 2018-10-01 and `2024/12/1` as 2024-12-01; refuses `H30.10` (a month,
/// not a day), `1.5.1` (no era: an item's number), `12/1` (no year) and `H30.10.1 追加` (more
/// than the date).
pub(crate) fn short_date(t: &str) -> Option<chrono::NaiveDate> {
    match short_day(t)? {
        crate::wareki::DateValue::Day(d) => Some(d.to_naive()),
        _ => None,
    }
}

/// [`short_date`]'s day as the 和暦 parser gives it (a [`crate::wareki::DateValue::Day`]).
pub(crate) fn short_day(t: &str) -> Option<crate::wareki::DateValue> {
    // The cheap test first.
    if !opens_short_date(t) {
        return None;
    }
    match crate::wareki::DateValue::parse(t) {
        Ok(day @ crate::wareki::DateValue::Day(_)) => Some(day),
        _ => None,
    }
}

/// Whether `t` opens as a day in figures does ([`short_date`]): an era's initial or its
/// one-character form, then a figure (or 元, the first year); or four figures and a mark that
/// parts a Gregorian year from its month (`/`, `.`, `-`, `年`); either width.
pub(crate) fn opens_short_date(t: &str) -> bool {
    use crate::label::fold_char;
    let mut chars = t.chars().map(fold_char);
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
        return false;
    };
    let initial = matches!(first.to_ascii_uppercase(), 'M' | 'T' | 'S' | 'H' | 'R')
        || matches!(first, '㍾' | '㍽' | '㍼' | '㍻' | '㋿');
    if initial {
        return second.is_ascii_digit() || second == '元';
    }
    let mut year = [first, second].into_iter().chain(chars);
    year.by_ref().take(4).all(|c| c.is_ascii_digit())
        && year
            .next()
            .is_some_and(|c| matches!(c, '/' | '.' | '-' | '年'))
}

/// The chapters of the forms.
pub(super) const CHAPTERS: [&str; 6] = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ"];

/// Whether `line` is a section's heading of the forms, whole (`1.特定個人情報ファイルを取り扱う事務`,
/// `4.個人番号の利用 ※`): its number, the title the forms print for a section of that number
/// ([`section_heading_starts`]), and nothing after it but a note mark.
pub(super) fn is_section_heading(line: &str) -> bool {
    let t = line.trim();
    section_heading_starts(t)
        .is_some_and(|end| squeeze(t.get(end..).unwrap_or_default()).is_empty())
}

/// Where the title ends (a byte offset in `rest`) when `rest` opens with a section's heading:
/// its number, `.` or `．`, and the title the forms print for a section of that number
/// ([`crate::form::section_title`]: `4. 個人番号の利用`, `５．特定個人情報の提供・移転`);
/// `None` otherwise (`4. 架空の見出し`, `3. 個人番号の利用`).
pub(super) fn section_heading_starts(rest: &str) -> Option<usize> {
    let (number, after_mark) = leading_number(rest, &['.', '．'])?;
    let title = after_mark.trim_start_matches([' ', '　', '\t']);
    let printed = section_titles(number)
        .filter(|t| title.starts_with(*t))
        .max_by_key(|t| t.len())?;
    Some(rest.len() - title.len() + printed.len())
}

/// The titles the forms print for their sections numbered `number`, in any chapter.
fn section_titles(number: u32) -> impl Iterator<Item = &'static str> {
    <crate::AssessmentKind as crate::Choice>::ALL
        .iter()
        .flat_map(|&form| CHAPTERS.iter().map(move |&chapter| (form, chapter)))
        .filter_map(move |(form, chapter)| crate::form::section_title(form, chapter, number))
}

#[cfg(test)]
mod tests {
    use super::{
        chapter_heading, date_only, is_header_piece, is_header_pieces, is_laid_out_header,
        leading_number, short_date,
    };

    #[test]
    fn a_section_number_spaced_from_its_full_stop_is_read() {
        assert_eq!(
            leading_number("4 .情報提供", &['.', '．']),
            Some((4, "情報提供"))
        );
        assert_eq!(
            leading_number("4　．情報提供", &['．']),
            Some((4, "情報提供"))
        );
        // Not before a bracket (a figure spaced inside its brackets), nor across two spaces.
        assert_eq!(leading_number("2 ）件", &['）']), None);
        assert_eq!(leading_number("4  .情報", &['.']), None);
    }

    #[test]
    fn a_chapter_s_numeral_character_may_run_into_its_title() {
        assert_eq!(chapter_heading("Ⅰ関連情報"), Some("Ⅰ"));
        assert_eq!(chapter_heading("Ⅰ　関連情報"), Some("Ⅰ"));
        assert_eq!(chapter_heading("Ⅰ8連絡先"), None);
        assert_eq!(chapter_heading("I関連情報"), None);
    }

    #[test]
    fn a_laid_out_header_row_may_leave_its_wrapped_labels_around_it() {
        assert!(is_laid_out_header(
            "変更日   項目   変更前の記載   変更後の記載   提出時期"
        ));
        // The 提出時期's labels wrapped above and under the row.
        assert!(is_laid_out_header(
            "変更日   項目   変更前の記載   変更後の記載"
        ));
        assert!(is_header_pieces("          提出時  提出時期に係る"));
        assert!(is_header_pieces("  期     説明"));
        assert!(!is_header_pieces("  事後   人事異動"));
        assert!(!is_header_pieces("   "));
        // Labels one space apart: another shape's.
        assert!(!is_laid_out_header(
            "変更日 項目 変更前の記載 変更後の記載 提出時期"
        ));
        assert!(!is_laid_out_header("変更日   項目   変更前の記載"));
    }

    #[test]
    fn a_header_piece_is_part_of_a_column_s_label() {
        // What a header row wrapped in narrow columns leaves on the lines around it.
        assert!(is_header_piece("時期") && is_header_piece("明") && is_header_piece("提出時期"));
        assert!(!is_header_piece("確認する。") && !is_header_piece(""));
    }

    #[test]
    fn a_day_in_the_short_style_is_a_date_alone() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(short_date("H30.10.1"), day(2018, 10, 1));
        assert_eq!(short_date("R1.5.1"), day(2019, 5, 1));
        assert_eq!(short_date("Ｒ２．４．１"), day(2020, 4, 1));
        assert_eq!(date_only(" R2.4.1 "), day(2020, 4, 1));
        assert_eq!(short_date("2024/12/1"), day(2024, 12, 1));
        assert_eq!(short_date("２０２４年１２月１日"), day(2024, 12, 1));
        for refused in [
            "H30.10",
            "1.5.1",
            "H30.10.1 追加",
            "Ⅱ1.2",
            "H31.5.1",
            "12/1",
            "2024/12",
            "2024/12/1 追加",
        ] {
            assert_eq!(short_date(refused.trim()), None, "{refused}");
            assert_eq!(date_only(refused), None, "{refused}");
        }
    }
}
