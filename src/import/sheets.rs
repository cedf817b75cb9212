//! Pages printed two to a sheet, read back one after the other (rule `shape.two_up`).
//!
//! A report printed two pages to a landscape sheet and taken out with a text that keeps the
//! page's layout (`pdftotext -layout`) writes a line of the left page and a line of the right
//! page on one line of text, the right page's lines starting at one column, the *gutter*:
//!
//! ```text
//! 評価書番号        評価書名              1.特定個人情報ファイルを取り扱う事務
//! 7                 架空市 架空事務 …     ①事務の名称     架空事務
//! ```
//!
//! **Takes in** the lines of one page of the text (a page is what a form feed opens; of a page
//! longer than a sheet can be, its first [`TWO_UP_SHEET_LINES`]).
//! **Gives out** the parts its lines are to be read as, in the order to read them: the left
//! page's parts, then the right page's ([`TwoPages`]); the lines past the sheet are read as
//! they are.
//! **Refuses** (gives out nothing for) a page where no column is a gutter — below.
//!
//! A column is the gutter where, from the page's first line:
//!
//! - at least [`TWO_UP_ROWS`] lines hold text on both sides of it, the right side's cell
//!   starting at the column or one after it (a wide character's width drifts by one), two
//!   spaces or more after the left side's text;
//! - no line runs across it, down to the last line that holds text on both sides;
//! - the right page opens at least [`TWO_UP_HEADINGS`] of its lines at its margin with a
//!   heading of the forms (a chapter's, `Ⅰ 関連情報`, or a section's, `2.特定個人情報ファイル名`),
//!   and the left page as many with a heading or a label of the cover (`評価書番号`): each side
//!   is a page of the form, not a column of a table. A page's label column beside its value
//!   column holds values on the right, and no heading at their margin.
//!
//! The first column from the left that is so is the gutter. Where a text measures a wide
//! character as one column (`pdftotext -layout` does: the right page's lines start at one
//! character's count whatever the left page holds) no gutter found, the text is measured again
//! with wide characters two columns wide, as a text laid out for a terminal is
//! ([`Measure`]).
//!
//! Below the last line with text on both sides the sheet goes on while its lines stay on one
//! side of the gutter (the longer page's last lines); the first line on the other side, or
//! across the gutter, is past the sheet. A left page's lines past the right page's end that
//! open with the section numbered after the right page's last section belong to the next
//! sheet, whose page break the text lost: they are read after the right page.
//!
//! Reads the two lines above (left: `評価書番号 評価書名`, `7 架空市 架空事務 …`; right:
//! `1.特定個人情報ファイルを取り扱う事務`, `①事務の名称 架空事務`, with a third heading line).
//! Refuses `①事務の名称      架空事務` over `②事務の内容      架空の内容…` (a label column beside
//! its values: no heading on the right), and a line run across the column (`評価書番号 7
//! 評価書名 架空市 架空事務 基礎項目評価書` under the same lines).
//!
//! Parts are byte ranges of the lines, so the shape stage keeps each part's source line; a
//! right part keeps the spaces it starts with past the gutter (its value column stays a column).

use std::ops::Range;

use super::classify::{chapter_heading, leading_number, section_heading_starts};
use super::detect::is_cover_label;
use super::fill::squeeze;
use super::limits::{TWO_UP_HEADINGS, TWO_UP_ROWS, TWO_UP_SHEET_LINES};

/// A part of a line to be read as a line of its own: line `line` of the page (0-based),
/// bytes `bytes` of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Part {
    /// The line of the page.
    pub(super) line: usize,
    /// The bytes of the line.
    pub(super) bytes: Range<usize>,
}

/// How columns are counted along a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Measure {
    /// A column a character, as `pdftotext -layout` sets text (its columns are positions on
    /// the page, in characters of one pitch).
    Chars,
    /// Two columns a wide character (CJK, kana, full-width forms), one any other: a text
    /// laid out for a terminal.
    Cells,
}

/// One line of the page, measured.
struct Row<'a> {
    /// The line without the form feed it may open with.
    text: &'a str,
    /// The bytes the form feed took (0 or 1).
    skip: usize,
    /// Each character's byte offset in `text` and the column it starts at.
    chars: Vec<(usize, usize, char)>,
}

impl<'a> Row<'a> {
    fn new(line: &'a str, measure: Measure) -> Self {
        let text = line.strip_prefix('\u{c}').unwrap_or(line);
        let mut chars = Vec::with_capacity(text.len());
        let mut column = 0;
        for (at, c) in text.char_indices() {
            chars.push((at, column, c));
            column += match measure {
                Measure::Cells => char_columns(c),
                Measure::Chars => 1,
            };
        }
        Row {
            text,
            skip: line.len() - text.len(),
            chars,
        }
    }

    /// The columns at which a cell starts after text on the same line: a character not a
    /// space after two spaces, with a character not a space before them.
    fn cells_after_text(&self) -> Vec<usize> {
        let mut columns = Vec::new();
        let mut text_before = false;
        // The two characters before each, spaces or not.
        let mut before = [false, false];
        for &(_, column, c) in &self.chars {
            let after_two_spaces = before == [true, true];
            if c != ' ' && after_two_spaces && text_before {
                columns.push(column);
            }
            text_before |= c != ' ';
            before = [before[1], c == ' '];
        }
        columns
    }

    /// The byte offset in `text` where column `gutter` starts: the first character at it or
    /// past it.
    fn split_at(&self, gutter: usize) -> usize {
        self.chars
            .iter()
            .find(|&&(_, column, _)| column >= gutter)
            .map_or(self.text.len(), |&(at, _, _)| at)
    }

    /// The left side of the gutter and the right.
    fn sides(&self, gutter: usize) -> (&'a str, &'a str) {
        self.text.split_at(self.split_at(gutter))
    }

    /// Whether the line runs across the gutter: text on its right side right after text on
    /// its left, with no space between.
    fn crosses(&self, gutter: usize) -> bool {
        let (left, right) = self.sides(gutter);
        left.ends_with(|c: char| c != ' ') && !right.trim().is_empty()
    }
}

/// Which side of the gutter a line's text stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Blank,
    Left,
    Right,
    /// Text on both sides, or across.
    Both,
}

fn side(row: &Row<'_>, gutter: usize) -> Side {
    let (left, right) = row.sides(gutter);
    match (left.trim().is_empty(), right.trim().is_empty()) {
        (true, true) => Side::Blank,
        (false, true) => Side::Left,
        (true, false) => Side::Right,
        (false, false) => Side::Both,
    }
}

/// How many columns of a terminal or a text browser's page `c` takes: two for a wide character
/// ([`is_wide`]), one for any other.
pub(super) fn char_columns(c: char) -> usize {
    if is_wide(c) { 2 } else { 1 }
}

/// How many columns `text` takes on a text browser's or a terminal's page ([`char_columns`] of
/// each character).
pub(super) fn columns_taken(text: &str) -> usize {
    text.chars().map(char_columns).sum()
}

/// Whether `c` takes two columns of a terminal: the East Asian wide and full-width
/// characters (CJK ideographs, kana, Hangul, full-width forms and their punctuation).
pub(super) fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{303E}'
        | '\u{3041}'..='\u{33FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{A000}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{20000}'..='\u{3FFFD}')
}

/// Whether `text` opens with a heading of the forms: a chapter's or a section's.
fn opens_heading(text: &str) -> bool {
    chapter_heading(text).is_some() || section_heading_starts(text).is_some()
}

/// The number of the section whose heading `text` opens with.
fn section_number(text: &str) -> Option<u32> {
    section_heading_starts(text)?;
    leading_number(text, &['.', '．']).map(|(number, _)| number)
}

/// A gutter found: its column and the lines of the sheet.
struct Sheet {
    gutter: usize,
    /// The last line with text on both sides.
    last_two_sided: usize,
    /// The first line past the sheet.
    end: usize,
}

/// The sheet's end: the line after `last_two_sided` where the lines leave the side they
/// stand on below it (see the module docs).
fn sheet_end(rows: &[Row<'_>], gutter: usize, last_two_sided: usize) -> usize {
    let mut on = None;
    for (i, row) in rows.iter().enumerate().skip(last_two_sided + 1) {
        let here = match side(row, gutter) {
            Side::Blank => continue,
            Side::Both => return i,
            _ if row.crosses(gutter) => return i,
            here => here,
        };
        match on {
            None => on = Some(here),
            Some(side) if side != here => return i,
            Some(_) => {}
        }
    }
    rows.len()
}

/// Whether both sides of rows `..end` are pages of the form (the module docs' third point).
fn both_pages(rows: &[Row<'_>], gutter: usize, end: usize) -> bool {
    let mut left_headings = 0;
    let mut right_headings = 0;
    for row in rows.iter().take(end) {
        let (left, right) = row.sides(gutter);
        let left = left.trim();
        if opens_heading(left) || is_cover_label(&squeeze(left)) {
            left_headings += 1;
        }
        let at_margin = right.len() - right.trim_start_matches(' ').len() <= 1;
        if at_margin && opens_heading(right.trim()) {
            right_headings += 1;
        }
    }
    left_headings >= TWO_UP_HEADINGS && right_headings >= TWO_UP_HEADINGS
}

/// The sheet of `rows` measured one way, if a column is its gutter.
fn find_sheet(rows: &[Row<'_>]) -> Option<Sheet> {
    // For each column, the lines with a cell starting at it after text.
    let mut at_column: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for (i, row) in rows.iter().enumerate() {
        for column in row.cells_after_text() {
            at_column.entry(column).or_default().push(i);
        }
    }
    for &gutter in at_column.keys() {
        // The lines whose right side starts at the gutter or one column after it.
        let mut two_sided: std::collections::BTreeSet<usize> = Default::default();
        for column in [gutter, gutter + 1] {
            two_sided.extend(at_column.get(&column).into_iter().flatten().copied());
        }
        if two_sided.len() < TWO_UP_ROWS {
            continue;
        }
        // The last line with text on both sides, its right side's cell at the gutter or
        // further in (a value's line in the right page's value column).
        let Some(last_two_sided) = rows.iter().rposition(|row| side(row, gutter) == Side::Both)
        else {
            continue;
        };
        if rows
            .iter()
            .take(last_two_sided + 1)
            .any(|row| row.crosses(gutter))
        {
            continue;
        }
        let end = sheet_end(rows, gutter, last_two_sided);
        if both_pages(rows, gutter, end) {
            return Some(Sheet {
                gutter,
                last_two_sided,
                end,
            });
        }
    }
    None
}

/// The two pages of a sheet, in parts of its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct TwoPages {
    /// The parts of the sheet's lines in the order to read them: the left page's, the right
    /// page's, the next sheet's left page's.
    pub(super) parts: Vec<Part>,
    /// The first line past the sheet: it and the lines after it are read as they are.
    pub(super) end: usize,
}

/// The two pages of `lines` (one page of a text) where they are two pages side by side; `None`
/// where they are not (see the module docs).
pub(super) fn two_pages(lines: &[&str]) -> Option<TwoPages> {
    // A sheet holds a page's lines: a page longer than a sheet can be (a text with no form
    // feeds) is measured over its first lines, and the lines below are past any sheet.
    // (`benches/import.rs`, the 全項目 seed text 25 times over, one page of 264,000 lines:
    // 823.7 ms, 32.0× the time of one text, with the whole page measured; 518.9 ms, 20.8×,
    // with this bound.)
    let lines = lines.get(..TWO_UP_SHEET_LINES).unwrap_or(lines);
    // A page with fewer lines that hold a gap of two spaces after text than a gutter needs has
    // none: its lines are not measured character by character. (`benches/import.rs`, the
    // 全項目 seed text: 35.7 ms with every page measured, 31.9 ms with this test first.)
    let gapped = lines
        .iter()
        .filter(|line| line.trim().contains("  "))
        .count();
    if gapped < TWO_UP_ROWS {
        return None;
    }
    let (rows, sheet) = [Measure::Chars, Measure::Cells]
        .into_iter()
        .find_map(|measure| {
            let rows: Vec<Row<'_>> = lines.iter().map(|line| Row::new(line, measure)).collect();
            let sheet = find_sheet(&rows)?;
            Some((rows, sheet))
        })?;
    let gutter = sheet.gutter;
    // Each line's left part (its form feed kept) and right part, where they hold text; a
    // blank line stays a blank line on both pages.
    let mut left = Vec::new();
    let mut right = Vec::new();
    for (i, row) in rows.iter().take(sheet.end).enumerate() {
        let split = row.skip + row.split_at(gutter);
        let line_end = row.skip + row.text.len();
        let (left_text, right_text) = row.sides(gutter);
        let blank = left_text.trim().is_empty() && right_text.trim().is_empty();
        if blank || !left_text.trim().is_empty() || row.skip > 0 {
            left.push(Part {
                line: i,
                bytes: 0..split,
            });
        }
        if blank || !right_text.trim().is_empty() {
            right.push(Part {
                line: i,
                bytes: split..line_end,
            });
        }
    }
    // The next sheet's left page, its page break lost: from the section after the right
    // page's last, below the last line with text on both sides.
    let text_of = |part: &Part| {
        let line = lines.get(part.line).copied().unwrap_or_default();
        line.get(part.bytes.clone()).unwrap_or_default().trim()
    };
    let right_last_section = right
        .iter()
        .rev()
        .find_map(|part| section_number(text_of(part)));
    let next_sheet = right_last_section.and_then(|last| {
        left.iter().position(|part| {
            part.line > sheet.last_two_sided && section_number(text_of(part)) == Some(last + 1)
        })
    });
    let later = match next_sheet {
        Some(at) => left.split_off(at),
        None => Vec::new(),
    };
    let mut parts = left;
    parts.extend(right);
    parts.extend(later);
    Some(TwoPages {
        parts,
        end: sheet.end,
    })
}

#[cfg(test)]
mod tests {
    use super::{Part, char_columns, two_pages};

    /// The lines the parts of `text` give, in order (each trimmed at its end).
    fn read(text: &str) -> Option<Vec<String>> {
        let lines: Vec<&str> = text.lines().collect();
        let sheet = two_pages(&lines)?;
        let parts = sheet.parts.iter();
        let sides = parts.map(|Part { line, bytes }| lines[*line][bytes.clone()].trim_end());
        let past = lines[sheet.end..].iter().copied();
        Some(sides.chain(past).map(str::to_owned).collect())
    }

    /// A sheet of two pages, each row's left page line padded to `gutter` columns (wide
    /// characters two columns wide where `cells`) before its right page line.
    fn sheet(rows: &[(&str, &str)], gutter: usize, cells: bool) -> String {
        let mut text = String::new();
        for (left, right) in rows {
            text.push_str(left);
            if !right.is_empty() {
                let width: usize = left
                    .chars()
                    .map(|c| if cells { char_columns(c) } else { 1 })
                    .sum();
                text.push_str(&" ".repeat(gutter - width));
                text.push_str(right);
            }
            text.push('\n');
        }
        text
    }

    const ROWS: [(&str, &str); 8] = [
        ("特定個人情報保護評価書（基礎項目評価書）", "Ⅰ 関連情報"),
        (
            "評価書番号  評価書名",
            "1.特定個人情報ファイルを取り扱う事務",
        ),
        ("7           架空市 架空事務", "①事務の名称     架空事務"),
        (
            "            基礎項目評価書",
            "②事務の概要     架空の条例に基づき、架空の",
        ),
        (
            "個人のプライバシー等の権利利益の保護の宣言",
            "                給付を行う。",
        ),
        (
            "架空市は、架空事務で特定個人情報ファイルを",
            "2.特定個人情報ファイル名",
        ),
        (
            "取り扱うにあたり、措置を講じていることを宣",
            "架空受給者ファイル",
        ),
        ("言する。", ""),
    ];

    #[test]
    fn two_pages_side_by_side_are_read_one_after_the_other() {
        let lines = read(&sheet(&ROWS, 24, false)).unwrap();
        let (left, right): (Vec<&str>, Vec<&str>) = ROWS.iter().copied().unzip();
        let right = right.iter().filter(|line| !line.is_empty());
        let expected: Vec<&str> = left.iter().copied().chain(right.copied()).collect();
        assert_eq!(lines, expected);
    }

    #[test]
    fn a_label_column_beside_its_values_is_one_page() {
        let page = "\
①事務の名称      架空事務
②事務の内容      架空の条例に基づき、架空の給付を行う。
                  申請を受け付ける。
③対象人数        [ 1万人以上10万人未満 ]
①システムの名称  架空システム
②システムの機能  架空の機能
";
        assert_eq!(read(page), None);
    }

    #[test]
    fn a_line_across_the_gutter_makes_it_none() {
        let mut rows = ROWS;
        rows[5] = (
            "架空市は、架空事務で特定個人情報ファイルを取り扱うにあたり、措置を",
            "",
        );
        assert_eq!(read(&sheet(&rows, 24, false)), None);
    }

    #[test]
    fn a_text_laid_out_for_a_terminal_is_measured_in_cells() {
        // The right page starts at one display column: wide characters count two.
        let lines = read(&sheet(&ROWS, 46, true)).unwrap();
        assert_eq!(lines[1], "評価書番号  評価書名");
        assert_eq!(lines[8], "Ⅰ 関連情報");
        assert_eq!(lines.last().unwrap(), "架空受給者ファイル");
    }

    #[test]
    fn the_next_sheet_s_left_page_is_read_after_the_right_page() {
        let mut text = sheet(&ROWS, 24, false);
        text.push_str("特記事項\n3.個人番号の利用\n法令上の根拠  架空法第1条\n");
        let lines = read(&text).unwrap();
        let at = |line: &str| lines.iter().position(|l| l == line).unwrap();
        assert!(at("特記事項") < at("Ⅰ 関連情報"));
        assert!(at("架空受給者ファイル") < at("3.個人番号の利用"));
        assert_eq!(lines.last().unwrap(), "法令上の根拠  架空法第1条");
    }
}
