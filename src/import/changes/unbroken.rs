//! The 変更箇所 of a PDF text written in the order the page draws it, with no blank line
//! between its cells (`pdftotext -raw`, a PDF viewer's copy): each cell's lines follow one
//! another, row after row, and a cell that ends on the line the next one starts on shares that
//! line with it (`－ システムを追加 事前 重要な変更である`).
//!
//! Takes the table's lines (its heading, the header row repeated on each page, the page
//! numbers left among them) and, from a PDF, where its page begins a cell beside the one drawn
//! before it ([`text::Layout`]: what the layout shows and the text does not); gives one
//! [`ChangeRecord`] a row, marked inferred, with the rule id `changes.unbroken`. The structure,
//! or the layout, decides each cell, or it is left empty:
//!
//! - a line that starts with a date (`平成28年5月11日 Ⅰ8 連絡先`) starts a row; the rest of the
//!   line is the 項目's first line;
//! - the 項目 runs on to a line that is one of the form's item numbers alone (`Ⅰ8`, `（Ⅱ3⑧）`:
//!   what the forms' renderings print under a row's words, [`record_of`]); a 項目 that opens
//!   with its number runs on to that number alone ([`item_end`]: a narrow column wraps it over
//!   many lines); without one the 項目 and where the texts start are not known: the row keeps
//!   its date, 提出時期 and 説明, its other lines are listed as unread;
//! - the one word 「事前」 or 「事後」 after the 項目 is the 提出時期; what follows it in the row
//!   is its 説明 (two such words: neither is read);
//! - between the 項目 and the 提出時期 stand the 変更前 and 変更後. Their boundary is read only
//!   where the structure shows it: a dash alone first (the 変更前 left blank: the rest is the
//!   変更後) or last (the 変更後 left blank), or words before the 提出時期 on its own line (a
//!   one-line 変更後 drawn on the row's first line, beside the 提出時期: the lines above it are
//!   the 変更前). Anything else — a text of several lines beside another — is listed as unread:
//!   a paragraph break inside one cell and the boundary between two cells look the same.
//!   Not even the lines' widths decide it: a 変更前 of one sentence ending on a short line, then
//!   a 変更後, reads like a 変更前 left blank with no dash (published tables leave it so) beside
//!   a 変更後 of two paragraphs. (Parting at the one short line that ends a sentence, tried on
//!   the generated prints read by `pdftotext -raw`, read 0.03–0.04 more of their facts with no
//!   wrong value, and nothing more of the seeds or the held-out tables: not kept.)
//!   Where the layout is known, it shows the boundary: among the texts' lines (and the words
//!   beside the 提出時期), exactly one cell begun after the first line parts the 変更前 from the
//!   変更後 ([`parted_by_layout`]); two, or none, leave them unread. It ends a 項目 printed
//!   without its number too ([`item_cell`]).
//!
//! A row whose 項目 ends in 「（続き）」 on the same date continues the row above (a table cut at
//! a page): its lines are that row's (the mark wrapped over lines too,
//! [`merge_wrapped_continued`]).
//!
//! A row a page broke — its lines go on after the next page's heading, header row or number
//! with no row started there, or its date begins and the page cuts it (`令和` / `2` / `年`,
//! alone or as the first cell the layout shows on a line of the row's first lines: `令和2 Ⅰ8
//! 連絡先 …`, [`first_cell`]) — is printed out of order: each cell's lines down to the page's
//! foot, then the rest of each. Where the layout shows each line's column, its cells are put
//! back in order and it is read whole ([`mended_row`], its cut date joined); otherwise it keeps
//! its date and a 項目 that ended above the break, its other lines unread (a row whose date
//! was cut is not read at all).
//!
//! Reads (invented):
//!
//! ```text
//! 令和2年4月1日 Ⅰ1② 事務の内容
//! Ⅰ1②
//! － 架空の事務を追加 事前 重要な変更である
//! ```
//!
//! as a row of 令和2年4月1日, 項目 `Ⅰ1② 事務の内容` (item `affair.description`), 変更前 blank,
//! 変更後 `架空の事務を追加`, 事前, 説明 `重要な変更である`. Refuses to part
//!
//! ```text
//! 令和2年4月1日 Ⅰ1② 事務の内容
//! Ⅰ1②
//! 架空の手順で確認する。
//! 架空の手順を改める。
//! 事後 字句の修正
//! ```
//!
//! into 変更前 and 変更後 (two lines: one cell's two sentences, or two cells): the row keeps its
//! date, 項目, 提出時期 and 説明, the two lines are unread.

use super::{
    CONTINUED_MARKS, SCRAMBLED, date_only, is_item_number, is_page_number, item_words, labels_of,
    marks_continued, record_of,
};
use crate::Choice;
use crate::import::classify::is_header_piece;
use crate::import::fill::{is_empty_mark, reflow, squeezed};
use crate::import::limits::{
    COLUMN_EDGE_UNITS, COLUMN_GAP, ITEM_CELL_LINES, WRAPPED_DATE_LINES, WRAPPED_ITEM_LINES,
};
use crate::import::shape::is_date_pieces;
use crate::import::{Confidence, Trace, UnreadReason, text};
use crate::report::{ChangeRecord, ItemId, Report, SubmissionTiming};

/// A line of a row, or the rest of one after the row's date or a 「（続き）」 mark: its line, its
/// text (trimmed) and where the text starts in the line's (the offsets of
/// [`text::Layout`]).
#[derive(Debug, Clone, Copy)]
struct Piece<'a> {
    no: usize,
    text: &'a str,
    offset: usize,
    /// Whether the piece goes on with a cell a page cut ([`mended`]): it begins no cell.
    carried: bool,
}

impl<'a> Piece<'a> {
    /// The piece of `line` that is `text`, the end of the line's text without its trailing
    /// white space.
    fn of(line: &'a text::Line<'_>, text: &'a str) -> Self {
        let offset = line.text.trim_end().len().saturating_sub(text.len());
        Piece {
            no: line.no,
            text,
            offset,
            carried: false,
        }
    }

    /// The piece parted where the layout starts cells inside it (`starts`): its cells, each
    /// trimmed, in order; the piece alone where none starts inside it.
    fn cells(self, starts: &text::Layout) -> Vec<Piece<'a>> {
        let mut cells = Vec::new();
        let mut from = 0;
        let inside = starts.within(self.no, self.offset + 1, self.offset + self.text.len());
        for start in inside.chain([self.offset + self.text.len()]) {
            let Some(cell) = self.text.get(from..start - self.offset) else {
                // An offset inside a character: no cell starts there.
                continue;
            };
            let trimmed = cell.trim();
            if !trimmed.is_empty() {
                let lead = cell.len() - cell.trim_start().len();
                cells.push(Piece {
                    no: self.no,
                    text: trimmed,
                    offset: self.offset + from + lead,
                    carried: self.carried,
                });
            }
            from = start - self.offset;
        }
        cells
    }

    /// Whether the layout starts a cell where the piece starts.
    fn begins_cell(self, starts: &text::Layout) -> bool {
        !self.carried && starts.contains(self.no, self.offset)
    }

    /// The left edge of the column the piece starts a line in, where the layout knows it.
    fn column(self, layout: &text::Layout) -> Option<f64> {
        layout.left(self.no).filter(|_| self.offset == 0)
    }
}

/// A row's lines as read: its date, the line it starts on and the pieces after the date (the
/// first is the rest of the date's line, when it has one).
struct Row<'a> {
    /// `None` for a row whose date a page cut ([`crate::import::shape::begins_date`]).
    date: Option<chrono::NaiveDate>,
    first: usize,
    pieces: Vec<Piece<'a>>,
    /// The lines of the rows that continue it (「（続き）」): the rest of its cells, whichever
    /// they are.
    continued: Vec<Piece<'a>>,
    /// Where a page broke the row: the number of its pieces before the page's header or
    /// number after which its lines go on with no row started there. A page draws each cell's
    /// lines down to its foot and the next page the rest of each, so the cells' order is lost:
    /// only the row's date is read, and its 項目 when it ended above the break.
    broken: Option<usize>,
}

/// Whether the table from line `start` on is written without blank lines between its cells,
/// in the order the page draws them: a row starts on a line with its date and its 項目 ends
/// in one of the form's item numbers alone (the order date, 項目, number shows the cells are
/// in the page's order), no blank line stands between two lines of rows (a blank line before
/// the table's heading, a header row or a page number parts pages, not cells), and no line
/// holds columns parted by a run of spaces (a text that keeps the page's layout prints the
/// cells side by side).
pub(super) fn is_unbroken(lines: &[text::Line], start: usize, form: crate::AssessmentKind) -> bool {
    let table: Vec<&text::Line> = lines.iter().filter(|l| l.no > start).collect();
    let gap = " ".repeat(COLUMN_GAP);
    let mut rows_started = false;
    let mut numbered = false;
    for (at, line) in table.iter().enumerate() {
        if line.text.trim().contains(&gap) {
            return false;
        }
        if row_start(line).is_some() {
            rows_started = true;
            numbered = numbered
                || table
                    .iter()
                    .skip(at + 1)
                    .take(ITEM_CELL_LINES + 1)
                    .any(|l| is_item_number(form, &l.text));
        }
        if !rows_started || !line.key().is_empty() {
            continue;
        }
        let next = table.iter().skip(at + 1).find(|l| !l.key().is_empty());
        if next.is_some_and(|l| !parts_pages(l)) {
            return false;
        }
    }
    rows_started && numbered
}

/// Whether `line` is the table's own words ([`super::is_table_heading`]), a page number or the
/// form's title (a running header the shape stage left: no cell of the table names the form):
/// lines that part the table's pages, not its cells.
fn parts_pages(line: &text::Line) -> bool {
    let key = line.key();
    super::is_table_heading(key) || is_page_number(line) || key.contains(crate::form::REPORT_TITLE)
}

/// The text of `line` up to the first cell the layout begins inside it (`平成29` of `平成29 Ⅴ2①
/// 連絡 作業の都度、…`, where a page drew a row's first line, each cell's, and cut the row);
/// the line's whole text where none begins inside it.
fn first_cell<'a>(line: &'a text::Line, layout: &text::Layout) -> &'a str {
    let text = line.text.trim_end();
    let inside = layout.within(line.no, 1, text.len()).next();
    inside.and_then(|at| text.get(..at)).unwrap_or(text)
}

/// The words of `text` before the first of the form's item numbers among them, and the text
/// from that number on (`平成28 Ⅰ5① 評価 税務部 …` → `平成28`, `Ⅰ5① 評価 税務部 …`); the whole
/// text and nothing where no word is one. A page that cut a row after its first line draws
/// each cell's first line on one line, and a text without the layout (`pdftotext -raw`) keeps
/// them so: the 項目's column, after the 変更日's, opens with the item's number. `令和2年度 Ⅰ8 …`
/// begins no date ([`crate::import::shape::begins_date`] refuses the words before the number),
/// nor `令和2 架空の手順で` (no number after the date's words).
fn date_words(form: crate::AssessmentKind, text: &str) -> (&str, &str) {
    let number = words_at(text)
        .into_iter()
        .find(|&(_, word)| is_item_number(form, word));
    match number.and_then(|(at, _)| text.split_at_checked(at)) {
        Some((date, rest)) => (date.trim_end(), rest),
        None => (text, ""),
    }
}

/// The date a row starts with and the rest of its line (`平成28年5月11日 Ⅰ8 連絡先` →
/// 2016-05-11, `Ⅰ8 連絡先`). A date the text closed up with the 項目 after it (a text whose
/// spaces were taken off) starts a row when the 項目 opens as the forms' 項目 do, with a
/// chapter's numeral or one of the form's labels: `令和元年9月18日請求方法` reads, `令和2年4月1日
/// から施行する` is a sentence of a cell and does not. A date alone starts a row however its
/// printer spaced its figures (`令和 3 年 1 月 5 日`, as `令和3年1月5日` does).
fn row_start<'a>(line: &'a text::Line) -> Option<(chrono::NaiveDate, &'a str)> {
    let t = line.text.trim();
    let (first, rest) = t.split_once(char::is_whitespace).unwrap_or((t, ""));
    if let Some(date) = date_only(first) {
        return Some((date, rest.trim()));
    }
    let (day_end, _) = t.char_indices().find(|&(_, c)| c == '日')?;
    let (date, item) = t.split_at_checked(day_end + '日'.len_utf8())?;
    let date = date_only(date)?;
    let opens_item = item.trim().is_empty()
        || item.starts_with(crate::form::is_roman_numeral)
        || crate::import::form_words::form_labels()
            .iter()
            .any(|label| item.starts_with(label));
    opens_item.then_some((date, item.trim()))
}

/// The 変更箇所 rows of `lines` after the heading on line `start`, read as the module's doc
/// says; the lines it cannot place are listed in `unread`.
pub(super) fn read_unbroken(
    lines: &[text::Line],
    start: usize,
    layout: &text::Layout,
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let rows = rows_of(lines, start, report.form(), layout, unread);
    for row in rows {
        read_row(&row, layout, report, trace, unread);
    }
}

/// The rows of the table: lines parted at each row's start, the lines that part pages left
/// out, a continued row's lines added to the row above.
fn rows_of<'a>(
    lines: &'a [text::Line],
    start: usize,
    form: crate::AssessmentKind,
    layout: &text::Layout,
    unread: &mut Vec<(usize, UnreadReason)>,
) -> Vec<Row<'a>> {
    let mut rows: Vec<Row<'a>> = Vec::new();
    // Whether the last line that parts pages came after the last row's lines.
    let mut after_page = false;
    // Whether the lines since the last that parts pages are a header row and its wrapped rest.
    let mut in_header = false;
    for line in lines.iter().filter(|l| l.no > start) {
        if line.key().is_empty() {
            continue;
        }
        if parts_pages(line) {
            after_page = !rows.is_empty();
            in_header = crate::import::classify::is_header_row(line.key());
            continue;
        }
        // The rest of a header row its narrow columns wrapped (`時期` / `提出時期に係る説` /
        // `明` under `変更日 項目 … 提出`): the page's, not a cell's.
        in_header = in_header && is_header_piece(line.key());
        if in_header {
            continue;
        }
        if crate::import::shape::begins_date(date_words(form, first_cell(line, layout)).0) {
            // A row whose date a page cut (`平成31` / `年2月4` … page … `日`): its date's first
            // piece, which the layout may join to its rest ([`read_row`]), or the row's first
            // line that opens with it (`平成31 Ⅰ8 連絡先 …`, [`read_broken`]).
            after_page = false;
            rows.push(Row {
                date: None,
                first: line.no,
                pieces: vec![Piece::of(line, line.text.trim())],
                continued: Vec::new(),
                broken: None,
            });
            continue;
        }
        if let Some((date, rest)) = row_start(line) {
            after_page = false;
            let continued = continued_item(rest);
            match rows.last_mut() {
                Some(above) if continued.is_some() && above.date == Some(date) => {
                    if let Some(after) = continued.filter(|t| !t.is_empty()) {
                        above.continued.push(Piece::of(line, after));
                    }
                }
                _ => {
                    let mut pieces = Vec::new();
                    if !rest.is_empty() {
                        pieces.push(Piece::of(line, rest));
                    }
                    rows.push(Row {
                        date: Some(date),
                        first: line.no,
                        pieces,
                        continued: Vec::new(),
                        broken: None,
                    });
                }
            }
            continue;
        }
        if std::mem::take(&mut after_page)
            && let Some(row) = rows.last_mut()
        {
            row.broken = row.broken.or(Some(row.pieces.len()));
        }
        match rows.last_mut() {
            Some(row) if !row.continued.is_empty() => {
                row.continued.push(Piece::of(line, line.text.trim()));
            }
            Some(row) => row.pieces.push(Piece::of(line, line.text.trim())),
            // Text before the first row is no row's.
            None => unread.push((line.no, UnreadReason::ChangeRow)),
        }
    }
    merge_wrapped_continued(form, rows)
}

/// The date of a row whose date a page cut, as [`cut_date`] completes it from the row's
/// lines; `None` where they do not.
fn completed_date(form: crate::AssessmentKind, row: &Row<'_>) -> Option<chrono::NaiveDate> {
    let at = row.broken.unwrap_or(row.pieces.len());
    let (above, below) = row.pieces.split_at_checked(at)?;
    cut_date(form, &mut above.to_vec(), &mut below.to_vec())
}

/// `rows` with each row whose 項目, wrapped over its first lines, ends in 「（続き）」 (`請求` /
/// `方法` / `（続` / `き）`: a narrow column breaks the mark too) on the date of the row above
/// (a date a page cut too, as the row's lines complete it: [`completed_date`]) made part of
/// that row: its lines after the mark are the above row's continued lines. A broken
/// continuation breaks the row it continues (its lines' order is lost).
fn merge_wrapped_continued(form: crate::AssessmentKind, rows: Vec<Row<'_>>) -> Vec<Row<'_>> {
    let mut merged: Vec<Row<'_>> = Vec::with_capacity(rows.len());
    for row in rows {
        let mark_end = wrapped_continued_mark(&row.pieces);
        // A date a page cut, completed after the break (`平成29 Ⅰ1② 事務の内 …` / page / `年2月3`
        // / `日` / `容（続き）`: [`cut_date`]).
        let date = row
            .date
            .or_else(|| mark_end.and_then(|_| completed_date(form, &row)));
        match (merged.last_mut(), mark_end) {
            (Some(above), Some(end)) if date.is_some() && above.date == date => {
                // (A row whose date a page cut drew other cells' words on its 項目's lines:
                // all its lines go on.)
                let from = if row.date.is_some() { end + 1 } else { 0 };
                let after = row.pieces.get(from..).unwrap_or_default();
                above.continued.extend(after.iter().chain(&row.continued));
                if row.broken.is_some() {
                    above.broken = above.broken.or(Some(above.pieces.len()));
                }
            }
            _ => merged.push(row),
        }
    }
    merged
}

/// The piece among a row's first [`WRAPPED_ITEM_LINES`] `pieces` that completes 「（続き）」,
/// the pieces read together without their breaks; `None` when they hold no such mark.
fn wrapped_continued_mark(pieces: &[Piece<'_>]) -> Option<usize> {
    let mut joined = String::new();
    for (at, piece) in pieces.iter().take(WRAPPED_ITEM_LINES).enumerate() {
        joined.push_str(&squeezed(piece.text));
        if continued_item(&joined).is_some() {
            return Some(at);
        }
    }
    None
}

/// The text after a 項目 marked continued (`Ⅰ8 連絡先（続き） 毎月…` → `毎月…`), when the line
/// holds 「（続き）」 (either width of bracket).
fn continued_item(rest: &str) -> Option<&str> {
    CONTINUED_MARKS
        .iter()
        .find_map(|mark| rest.split_once(mark))
        .map(|(_, after)| after.trim())
}

/// One row's record: its 項目 (up to an item number alone, or a cell the layout parts on the
/// date's line), its 提出時期 and 説明, and its texts where the structure or the layout parts
/// them.
fn read_row(
    row: &Row<'_>,
    layout: &text::Layout,
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let form = report.form();
    if let Some(at) = row.broken {
        // The layout may put its cells back in order: then it is read as a whole row. (Not a
        // row continued too: which of its cells the 「（続き）」 row finishes, it does not show.)
        let mendable = row.continued.is_empty();
        if let Some(whole) = mendable.then(|| mended_row(row, at, layout)).flatten() {
            read_row(&whole, layout, report, trace, unread);
            return;
        }
    }
    let date = match row.date {
        Some(date) if row.broken.is_none() => date,
        _ => {
            read_broken(row, report, trace, unread);
            return;
        }
    };
    // A row a page cut and continued may finish any of its cells after the cut: the layout
    // parts the cells of a row whole on its page only.
    let layout = row.continued.is_empty().then_some(layout);
    // The 項目: the lines up to an item number alone, and that number.
    let (record, rest) = item_of(form, &row.pieces, layout);
    let item_found = record.is_some();
    let mut record = record.unwrap_or_else(|| ChangeRecord::new(String::new()));
    record.date = Some(date);
    // The lines of a continued row finish cells this part left open: which ones, the text
    // does not say. Where the 提出時期 stands before them they are listed as unread; where it
    // stands among them, the row is read as one.
    let rest: Vec<Piece<'_>> = if row.continued.is_empty() || the_timing(&rest).is_some() {
        unread.extend(row.continued.iter().map(|piece| (piece.no, SCRAMBLED)));
        rest
    } else {
        rest.iter().chain(&row.continued).copied().collect()
    };
    // The 提出時期's line: the lines above it, its words before the 提出時期, the 提出時期, its
    // words after it and the lines below it.
    let parts = the_timing(&rest).and_then(|(at, word)| {
        let (above, from_timing) = rest.split_at_checked(at)?;
        let (timing_piece, below) = from_timing.split_first()?;
        let (beside, timing, after) = around_word(*timing_piece, word)?;
        Some((above, beside, timing, after, below))
    });
    let Some((above, beside, timing, after_timing, below)) = parts else {
        // No 提出時期, or two: the row's texts and 説明 cannot be told.
        unread.extend(rest.iter().map(|piece| (piece.no, SCRAMBLED)));
        push(record, row, report, trace);
        return;
    };
    record.timing = timing.parse::<SubmissionTiming>().ok();
    let mut explanation: Vec<&str> = Vec::new();
    if !after_timing.is_empty() {
        explanation.push(after_timing);
    }
    explanation.extend(below.iter().map(|piece| piece.text));
    if !explanation.is_empty() {
        record.explanation = Some(reflow(&explanation.join("\n")));
    }
    // The texts, where the structure or the layout parts them and the 項目 was found.
    match texts(above, beside, layout, record.item_id).filter(|_| item_found) {
        Some((before, after)) => {
            record.before = before;
            record.after = after;
        }
        None => {
            unread.extend(above.iter().map(|piece| (piece.no, SCRAMBLED)));
            if let Some(beside) = beside {
                unread.push((beside.no, SCRAMBLED));
            }
        }
    }
    push(record, row, report, trace);
}

/// A row a page broke that the layout does not put back in order ([`mended_row`]; a text
/// without a layout, `pdftotext -raw`): read from what stays whole across the break, its other
/// lines unread. Above the break the page drew each cell's lines down to its foot, one cell
/// after another (cells that start on one line share it); after it, the rest of each cell in
/// the columns' order, the 変更日's first. So
///
/// - its date, where a page cut it, is its first words (up to the 項目's number:
///   [`date_words`]) and the lines of date pieces under them, completed by the first lines
///   after the break (`令和2` … page … `年4月` / `1日`); a date the lines do not complete leaves
///   the row unread;
/// - its 項目 is the one that ended above the break ([`item_of`]); or else one that opens with
///   its number on a line above the break (`Ⅰ1② 事務 架空の…`, its first line beside the
///   next cell's) and ends in that number alone after the date's rest (`の内容` / `Ⅰ1②`): its
///   first line's words are the ones that make one of the item's labels with the rest
///   ([`item_across`]);
/// - its 提出時期 is the one word 「事前」 or 「事後」 among all its lines (two: neither);
/// - its 変更前, 変更後 and 説明 are unread: which rest goes on which cell, the text does not
///   show.
///
/// Reads (invented) `令和2 Ⅰ1② 事務 架空の手順で 架空の手順を 事前 架空の` / page / `年4月1日` /
/// `の内容` / `Ⅰ1②` / `確認する。` as a row of 令和2年4月1日, 項目 `Ⅰ1② 事務の内容`, 事前, its
/// texts and 説明 unread; refuses the date of `令和2 Ⅰ1② 事務 …` / page / `の内容` (no date
/// completed: the row is unread).
fn read_broken(
    row: &Row<'_>,
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let form = report.form();
    let at = row.broken.unwrap_or(row.pieces.len());
    let (above, below) = row
        .pieces
        .split_at_checked(at)
        .unwrap_or((&row.pieces, &[]));
    let mut above = above.to_vec();
    let mut below = below.to_vec();
    let date = match row.date {
        Some(date) => Some(date),
        // A row that marks its 項目 「（続き）」 is the rest of the row above, not one of its
        // own: which, its cut date does not say before it is completed.
        None if !marks_continued(row.pieces.iter().map(|piece| piece.text)) => {
            cut_date(form, &mut above, &mut below)
        }
        None => None,
    };
    let Some(date) = date else {
        // A date a page cut and never completed (or a row's rest): no row, its lines unread.
        let pieces = row.pieces.iter().chain(&row.continued);
        unread.extend(pieces.map(|piece| (piece.no, SCRAMBLED)));
        return;
    };
    let (record, left) = match item_of(form, &above, None) {
        (Some(record), rest) => (Some(record), rest.into_iter().chain(below).collect()),
        (None, _) => match item_across(form, &above, &below) {
            Some((record, left)) => (Some(record), left),
            None => (None, above.into_iter().chain(below).collect()),
        },
    };
    let item_found = record.is_some();
    let mut record = record.unwrap_or_else(|| ChangeRecord::new(String::new()));
    record.date = Some(date);
    // The line the page broke the row at: the first after the break.
    let break_no = row.pieces.get(at).map_or(usize::MAX, |piece| piece.no);
    if item_found && row.continued.is_empty() && ended_above_break(&mut record, &left, break_no) {
        push(record, row, report, trace);
        return;
    }
    let left: Vec<Piece<'_>> = left
        .into_iter()
        .chain(row.continued.iter().copied())
        .collect();
    // The 提出時期: the one such word among the lines left.
    let timing = the_timing(&left).and_then(|(at, word)| around_word(*left.get(at)?, word));
    if let Some((_, timing, _)) = timing {
        record.timing = timing.parse::<SubmissionTiming>().ok();
    }
    unread.extend(left.iter().map(|piece| (piece.no, SCRAMBLED)));
    push(record, row, report, trace);
}

/// The texts, 提出時期 and 説明 of a row a page broke ([`read_broken`]) whose cells after the
/// 項目 all began on one line and whose texts ended above the break, filled into `record`;
/// `false` (and `record` untouched) where the lines `left` (after the 項目, the break before
/// line `break_no`) do not show it. Above the break the page drew each cell's lines one cell
/// after another, the lines at one height joined: so the texts, the 提出時期 and the 説明's
/// first line on the first line left (`保険部 高齢者医療課 福祉部 高齢者医療課 事後 組織改正`) are
/// a line each, and the 説明 going on under that line before the break (`に伴う名`) shows that
/// the page had room under them: they ended there. After the break the page drew the rest of
/// each cell that ran on, in the columns' order; the 変更日's and the 項目's were taken before
/// the lines left, the texts and the 提出時期 ended: the lines after the break are the 説明's.
/// The texts are parted as [`texts`] parts them (a dash, a 部署's two names), or left unread.
///
/// Reads (invented) `架空部 架空課 新部 新課 事後 組織改正` / `に伴う` / page / `修正` as
/// 変更前 `架空部 架空課`, 変更後 `新部 新課`, 事後 and 説明 `組織改正に伴う修正`; refuses
/// `架空部 架空課 新部 新課 事後 組織改正` / page / `に伴う修正` (nothing under the first line
/// before the break: the texts may go on after it as well as the 説明).
fn ended_above_break(record: &mut ChangeRecord, left: &[Piece<'_>], break_no: usize) -> bool {
    let Some((first, rest)) = left.split_first() else {
        return false;
    };
    let goes_on_above = rest.first().is_some_and(|next| next.no < break_no);
    if first.no >= break_no || !goes_on_above {
        return false;
    }
    let Some((0, word)) = the_timing(left) else {
        return false;
    };
    let Some((beside, timing, after_timing)) = around_word(*first, word) else {
        return false;
    };
    let Some((before, after)) = texts(&[], beside, None, record.item_id) else {
        return false;
    };
    let mut explanation: Vec<&str> = Vec::new();
    if !after_timing.is_empty() {
        explanation.push(after_timing);
    }
    explanation.extend(rest.iter().map(|piece| piece.text));
    record.before = before;
    record.after = after;
    record.timing = timing.parse::<SubmissionTiming>().ok();
    record.explanation = cell_text(&explanation);
    true
}

/// The date of a row a page cut ([`read_broken`]): the words its first line opens with (up to
/// the 項目's number, [`date_words`]), the lines of date pieces right under a first line that is
/// the date's alone, and the first lines after the break that complete it, within
/// [`WRAPPED_DATE_LINES`] (`令和2` / `年4月` … page … `1日`). Takes them out of `above` and
/// `below`, leaving the first line's words after the date at the head of `above`; `None` (and
/// both untouched) where the lines complete no date.
fn cut_date<'a>(
    form: crate::AssessmentKind,
    above: &mut Vec<Piece<'a>>,
    below: &mut Vec<Piece<'a>>,
) -> Option<chrono::NaiveDate> {
    let first = *above.first()?;
    let (words, rest) = date_words(form, first.text);
    let mut written = words.to_owned();
    let mut taken_above = 1;
    if rest.is_empty() {
        for next in above.iter().skip(1).take(WRAPPED_DATE_LINES) {
            if date_only(&written).is_some() || !is_date_pieces(next.text) {
                break;
            }
            written.push_str(next.text);
            taken_above += 1;
        }
    }
    let mut taken_below = 0;
    while date_only(&written).is_none() {
        let next = below.get(taken_below)?;
        if taken_below == WRAPPED_DATE_LINES || !is_date_pieces(next.text) {
            return None;
        }
        written.push_str(next.text);
        taken_below += 1;
    }
    let date = date_only(&written)?;
    above.drain(..taken_above);
    if !rest.is_empty() {
        let rest = Piece {
            text: rest,
            offset: first.offset + (first.text.len() - rest.len()),
            ..first
        };
        above.insert(0, rest);
    }
    below.drain(..taken_below);
    Some(date)
}

/// The 項目 of a row a page broke where it runs across the break ([`read_broken`]): the first
/// line above the break (after the date) opens with the item's number, and the first lines
/// after the break end in that number alone within [`WRAPPED_ITEM_LINES`] (`の内容` / `Ⅰ1②`).
/// Above the break the 項目 is the number and some of the first line's words, the next cell's
/// beside them (`Ⅰ1② 事務 架空の手順で …`), or the whole line and some of the lines under it
/// (`Ⅰ5① 評価` / `実施機関` / `における`); it is the one such part that makes, with the lines
/// after the break, one of the labels of the item the number names ([`labels_of`]: `事務` +
/// `の内容` is 事務の内容). Gives the record and the pieces left: the first line's other words
/// (as a piece), the other lines above the break, the lines after the number. `None` where the
/// first line opens with no number, no number alone closes the 項目, or no part makes a label,
/// or two do (`Ⅰ5① 評価` / `実施機関における担当部署` / page / `部署` / `Ⅰ5①`: the whole label
/// from all the lines, or the words after its heading, `部署`, from the number alone).
fn item_across<'a>(
    form: crate::AssessmentKind,
    above: &[Piece<'a>],
    below: &[Piece<'a>],
) -> Option<(ChangeRecord, Vec<Piece<'a>>)> {
    let (opening, others) = above.split_first()?;
    let words = words_at(opening.text);
    let (_, number) = *words.first()?;
    let id = crate::report::ItemId::find_by_number(form, number)?;
    let close = below
        .iter()
        .take(WRAPPED_ITEM_LINES)
        .position(|piece| piece.text.trim() == number)?;
    let (rest, after) = below.split_at_checked(close)?;
    let rest_words: String = rest.iter().map(|piece| squeezed(piece.text)).collect();
    let labels = labels_of(id, form);
    // Each part above the break: the number and its line's first `count` words, and the
    // `more` lines under it (only after all the line's words).
    let all = words.len() - 1;
    let parts = (0..=all).map(|count| (count, 0));
    let parts = parts.chain((1..=others.len().min(WRAPPED_ITEM_LINES)).map(|more| (all, more)));
    let mut making = parts.filter(|&(count, more)| {
        let head = words.get(1..=count).unwrap_or_default();
        let mut written: String = head.iter().map(|&(_, word)| word).collect();
        for line in others.get(..more).unwrap_or_default() {
            written.push_str(&squeezed(line.text));
        }
        written.push_str(&rest_words);
        labels.contains(&written)
    });
    let (count, more) = making.next()?;
    if making.next().is_some() {
        return None;
    }
    let &(end, last) = words.get(count)?;
    let (under, others) = others.split_at_checked(more)?;
    let mut lines = vec![opening.text.get(..end + last.len())?];
    lines.extend(under.iter().chain(rest).map(|piece| piece.text));
    lines.push(number);
    let record = record_of(form, item_words(form, &lines));
    let mut left = Vec::new();
    if let Some(&(from, _)) = words.get(count + 1) {
        left.push(Piece {
            text: opening.text.get(from..)?,
            offset: opening.offset + from,
            ..*opening
        });
    }
    left.extend(others);
    left.extend(after.iter().skip(1));
    Some((record, left))
}

/// A row a page broke, its cells put back in their columns' order by the layout ([`mended`]):
/// its pieces after its date, whole. A row whose date the page cut (`平成31` / `年2月4` … page
/// … `日`) takes its date from the first column's pieces, which must make one date; `None`
/// where they do not, or where the layout does not mend the row.
fn mended_row<'a>(row: &Row<'a>, at: usize, layout: &text::Layout) -> Option<Row<'a>> {
    let mut cells = mended(row, at, layout)?;
    let date = match row.date {
        Some(date) => date,
        None => {
            let date_cell = cells.first()?;
            let written: String = date_cell.iter().map(|piece| piece.text).collect();
            let date = date_only(&written)?;
            cells.remove(0);
            date
        }
    };
    Some(Row {
        date: Some(date),
        pieces: cells.into_iter().flatten().collect(),
        broken: None,
        continued: Vec::new(),
        ..*row
    })
}

/// The cells of a row a page broke (its pieces before the break: `at`), each its pieces, in
/// its columns' order, where the layout shows each column. Above the break the page drew each cell's lines down to
/// its foot; after it, the rest of each cell that ran on, one cell after another. Each line after the
/// break joins the cell above whose column ([`cell_column`]) starts where it does (within
/// [`COLUMN_EDGE_UNITS`]): a line that begins a cell, a column right of the last one taken; any
/// other, the last one's. Its lines are [carried](Piece::carried), no cell's start. Refuses
/// (`None`) where a line after the break starts at no such column, out of that order, or at a
/// left edge the layout does not know: then the row keeps its date and 項目 only.
///
/// Reads `Ⅰ8` / `連絡先` / `Ⅰ8` / `|架空の手順で` / `|架空の手順を` / `|事後` (page break) `確認する。`
/// / `|改める。` when `確認する。` starts where `架空の手順で` does and `改める。` where `架空の手順を`
/// does: as the cells `架空の手順で` / `確認する。`, `架空の手順を` / `改める。` and `事後`.
fn mended<'a>(row: &Row<'a>, at: usize, layout: &text::Layout) -> Option<Vec<Vec<Piece<'a>>>> {
    let (above, below) = row.pieces.split_at_checked(at)?;
    if below.is_empty() {
        return None;
    }
    let mut cells = cells_of(above, layout);
    let columns: Vec<Option<f64>> = cells.iter().map(|cell| cell_column(cell, layout)).collect();
    let mut taken: Option<usize> = None;
    for piece in below.iter().flat_map(|piece| piece.cells(layout)) {
        let left = piece.column(layout)?;
        let at_edge = |column: &Option<f64>| {
            column.is_some_and(|edge| (edge - left).abs() <= COLUMN_EDGE_UNITS)
        };
        let column = columns.iter().position(at_edge)?;
        // A cell that begins goes to a column right of the last; a line of it, to its own.
        let in_order = match taken {
            None => true,
            Some(last) if piece.begins_cell(layout) => column > last,
            Some(last) => column == last,
        };
        if !in_order {
            return None;
        }
        taken = Some(column);
        cells.get_mut(column)?.push(Piece {
            carried: true,
            ..piece
        });
    }
    Some(cells)
}

/// The left edge of a cell's column: where the first of its lines that starts its text line
/// starts (a cell begun beside another, `事後 組織改正`, shows its edge on its next line,
/// `に伴う名`); `None` where no line of it starts one.
fn cell_column(cell: &[Piece<'_>], layout: &text::Layout) -> Option<f64> {
    cell.iter().find_map(|line| line.column(layout))
}

/// `pieces` parted into the cells the layout begins: each cell's pieces (parted where a cell
/// starts inside one), the first cell from the first piece on.
fn cells_of<'a>(pieces: &[Piece<'a>], layout: &text::Layout) -> Vec<Vec<Piece<'a>>> {
    let mut cells: Vec<Vec<Piece<'a>>> = Vec::new();
    for piece in pieces.iter().flat_map(|piece| piece.cells(layout)) {
        match cells.last_mut() {
            Some(cell) if !piece.begins_cell(layout) => cell.push(piece),
            _ => cells.push(vec![piece]),
        }
    }
    cells
}

/// The piece with the 提出時期 at its word `word` parted around it: the words before it (as a
/// piece of the line, `None` when there are none), the 提出時期 and the words after it.
fn around_word(piece: Piece<'_>, word: usize) -> Option<(Option<Piece<'_>>, &str, &str)> {
    let (start, timing) = words_at(piece.text).into_iter().nth(word)?;
    let before = piece.text.get(..start)?.trim_end();
    let after = piece.text.get(start + timing.len()..)?.trim();
    let beside = (!before.is_empty()).then_some(Piece {
        text: before,
        ..piece
    });
    Some((beside, timing, after))
}

/// The words of `text` (parted by white space, as `str::split_whitespace` parts them), each
/// with the byte it starts at.
fn words_at(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(at),
            (true, Some(from)) => {
                words.extend(text.get(from..at).map(|word| (from, word)));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        words.extend(text.get(from..).map(|word| (from, word)));
    }
    words
}

/// The 変更前 and the 変更後 of a 部署 (`Ⅰ5①` and the like: [`ItemId::AffairDepartment`]) that a
/// line runs together, each a 部署's name of one line (`保険部 高齢者医療課 福祉部 高齢者医療課`,
/// as `pdftotext -raw` joins two cells drawn side by side on one line). A 部署's name names its
/// units from the largest down ([`crate::import::department_rank`]), so a word that names a unit
/// as large as the word before it, or larger, starts the other name: the line is parted there
/// when every word names a unit and exactly one word starts a name again. Reads `保険部 高齢者医療課
/// 福祉部 高齢者医療課` as `保険部 高齢者医療課` and `福祉部 高齢者医療課`; refuses `保険部
/// 高齢者医療課` (one name: a 変更前 left blank, or a 変更後 left blank), `架空部 架空課 架空部
/// 架空課 架空部` (three names) and `架空部 架空センター` (a word that names no unit: `None`).
fn two_departments(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    let mut restart = None;
    let mut previous: Option<usize> = None;
    for (from, word) in words_at(text) {
        let rank = crate::import::department_rank(word)?;
        if previous.is_some_and(|above| rank <= above) {
            if restart.is_some() {
                return None;
            }
            restart = Some(from);
        }
        previous = Some(rank);
    }
    let (before, after) = text.split_at_checked(restart?)?;
    Some((before.trim_end(), after))
}

/// The record of a row's 項目 and the pieces after it: its lines up to an item number alone
/// ([`item_end`]) and that number; or else, where the layout is known (`layout`), the 項目's
/// cell as the layout ends it ([`item_cell`]). `None` and all of `pieces` when neither ends it.
fn item_of<'a>(
    form: crate::AssessmentKind,
    pieces: &[Piece<'a>],
    layout: Option<&text::Layout>,
) -> (Option<ChangeRecord>, Vec<Piece<'a>>) {
    let item = item_end(form, pieces)
        .and_then(|end| pieces.split_at_checked(end))
        .and_then(|(words, from_number)| Some((words, from_number.split_first()?)));
    let Some((words, (number, rest))) = item else {
        return match layout.and_then(|starts| item_cell(form, pieces, starts)) {
            Some((item, rest)) => {
                let lines: Vec<&str> = item.iter().map(|piece| piece.text).collect();
                (Some(record_of(form, item_words(form, &lines))), rest)
            }
            None => (None, pieces.to_vec()),
        };
    };
    let mut lines: Vec<&str> = words.iter().map(|piece| piece.text.trim()).collect();
    lines.push(number.text.trim());
    (
        Some(record_of(form, item_words(form, &lines))),
        rest.to_vec(),
    )
}

/// The 項目's cell among a row's `pieces` as the layout (`starts`) ends it, and the pieces after
/// it: its lines up to the first that begins a cell beside it, within [`WRAPPED_ITEM_LINES`],
/// where they are
///
/// - one line parted on the date's line from the cell beside it (`システムの機能 | 四半期ごと
///   に…`: a one-line 項目 beside its 変更前's first line);
/// - or lines that end in one of the form's item numbers alone (a narrow column's 項目 wrapped
///   over a dozen lines, `Ⅰ5` / `①` / `評価` / … / `Ⅰ5①`, its 変更前 begun at the row's top);
/// - or lines whose first begins a cell too (the 項目 begun beside a date its narrow column
///   wrapped: the layout bounds the cell at both ends), none of them holding a run of text
///   apart (` `: on `請求方法 毎月１回、委託` the 変更前 may have begun beside the 項目 where the
///   page shows no column's edge).
///
/// Refuses lines of any other kind (`None`): `請求方法 年２回、…` / `は、媒体の…` where no column's
/// edge on the page parts the 項目 from the 変更前 beside it on the date's line; and a 項目 marked
/// 「（続き）」 (the rest of a row the row above could not take: no 項目 of its own).
fn item_cell<'a>(
    form: crate::AssessmentKind,
    pieces: &[Piece<'a>],
    starts: &text::Layout,
) -> Option<(Vec<Piece<'a>>, Vec<Piece<'a>>)> {
    let (first, after) = pieces.split_first()?;
    let mut cells = first.cells(starts);
    let parted_on_first_line = cells.len() > 1;
    cells.extend(after);
    let end = cells
        .iter()
        .take(WRAPPED_ITEM_LINES + 1)
        .skip(1)
        .position(|cell| cell.begins_cell(starts))?;
    let (item, rest) = cells.split_at_checked(end + 1)?;
    let one_line = parted_on_first_line && item.len() == 1;
    let numbered = item
        .last()
        .is_some_and(|line| is_item_number(form, line.text));
    let bounded = item.first().is_some_and(|line| line.begins_cell(starts))
        && item.iter().all(|line| !line.text.contains(' '));
    let words: Vec<&str> = item.iter().map(|line| line.text).collect();
    let continued = continued_item(&squeezed(&words.concat())).is_some();
    (!continued && (one_line || numbered || bounded)).then(|| (item.to_vec(), rest.to_vec()))
}

/// The 変更前 and 変更後 from the lines `above` the 提出時期's line and the words `beside` it on
/// that line, where the structure parts them (the module's doc), the page's layout does
/// ([`parted_by_layout`]) or, for the item `item` of a 部署, the two names' units do (both
/// beside the 提出時期, each a line: [`two_departments`]); `None` when none does. A dash is a
/// cell left blank (`None`).
fn texts(
    above: &[Piece<'_>],
    beside: Option<Piece<'_>>,
    layout: Option<&text::Layout>,
    item: Option<ItemId>,
) -> Option<(Option<String>, Option<String>)> {
    // All the texts' words, line by line, the words beside the 提出時期 last.
    let mut lines: Vec<&str> = above.iter().map(|piece| piece.text).collect();
    lines.extend(beside.map(|piece| piece.text));
    let Some((first, after_first)) = lines.split_first() else {
        return Some((None, None));
    };
    // A dash alone first: the 変更前 left blank, the rest the 変更後.
    let (head, tail) = first.split_once(char::is_whitespace).unwrap_or((first, ""));
    if is_empty_mark(head) {
        let mut after = vec![tail.trim()];
        after.extend(after_first);
        return Some((None, cell_text(&after)));
    }
    // A dash alone last: the 変更後 left blank, the rest the 変更前.
    let (last, before_last) = lines.split_last()?;
    let (head, tail) = last.rsplit_once(char::is_whitespace).unwrap_or(("", last));
    if is_empty_mark(tail) {
        let mut before = before_last.to_vec();
        before.push(head.trim());
        return Some((cell_text(&before), None));
    }
    if let Some(starts) = layout {
        let mut pieces: Vec<Piece<'_>> = above.to_vec();
        pieces.extend(beside);
        if let Some((before, after)) = parted_by_layout(&pieces, starts) {
            return Some((cell_text(&before), cell_text(&after)));
        }
    }
    // Words beside the 提出時期 after lines above: a one-line 変更後 on the row's first line.
    let beside = beside.map_or("", |piece| piece.text);
    // Two 部署's names of a line each, drawn side by side beside the 提出時期.
    if above.is_empty()
        && item == Some(ItemId::AffairDepartment)
        && let Some((before, after)) = two_departments(beside)
    {
        return Some((Some(before.to_owned()), Some(after.to_owned())));
    }
    if !beside.is_empty() && !above.is_empty() && !beside.contains(char::is_whitespace) {
        let before: Vec<&str> = above.iter().map(|piece| piece.text).collect();
        return Some((cell_text(&before), Some(beside.to_owned())));
    }
    None
}

/// The texts' `pieces` (the lines above the 提出時期 and its line's words before it) parted
/// into the 変更前's lines and the 変更後's where the layout (`starts`, a PDF's:
/// [`PageLayout::cell_starts`](crate::import::PageLayout)) begins exactly one cell after the first
/// piece's start: the 変更後's, beside the 変更前. Two such starts (a third cell, or a cell drawn
/// out of order) or none: `None`.
///
/// Reads `架空の手順で確認する。` / `架空の手順を改める。` where the page drew the second line
/// above the first (the 変更後 begun at the row's top, beside the 変更前), and `架空課 架空部` where
/// `架空部` starts at a column's left edge; refuses the same lines drawn one under the other, and
/// the words parted by a space alone (one cell's two sentences, or two words of one cell).
fn parted_by_layout<'a>(
    pieces: &[Piece<'a>],
    starts: &text::Layout,
) -> Option<(Vec<&'a str>, Vec<&'a str>)> {
    let cells: Vec<Piece<'a>> = pieces
        .iter()
        .flat_map(|piece| piece.cells(starts))
        .collect();
    let mut begun = cells
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, cell)| cell.begins_cell(starts));
    let (at, _) = begun.next()?;
    if begun.next().is_some() {
        return None;
    }
    let (before, after) = cells.split_at_checked(at)?;
    let text = |cells: &[Piece<'a>]| cells.iter().map(|cell| cell.text).collect();
    Some((text(before), text(after)))
}

/// A cell's lines as one text, the breaks its width made taken out; `None` when it is empty or
/// a dash (a cell left blank).
fn cell_text(lines: &[&str]) -> Option<String> {
    let text = reflow(&lines.join("\n"));
    Some(text).filter(|t| !t.trim().is_empty() && !is_empty_mark(t))
}

/// The one 提出時期 word among `pieces` (its piece and word), `None` when there is none or more
/// than one.
fn the_timing(pieces: &[Piece<'_>]) -> Option<(usize, usize)> {
    let mut found = None;
    for (at, piece) in pieces.iter().enumerate() {
        for (word, w) in piece.text.split_whitespace().enumerate() {
            let folded = squeezed(w);
            if SubmissionTiming::ALL.iter().any(|t| t.label() == folded) {
                if found.is_some() {
                    return None;
                }
                found = Some((at, word));
            }
        }
    }
    found
}

/// Where the 項目 among a row's `pieces` ends: at the piece that is one of the form's item
/// numbers alone (what the renders print under a row's words). A 項目 that opens with its
/// number (`Ⅰ8 連絡先`; `Ⅰ8` alone on its line where a narrow column wrapped it) ends where
/// that number stands alone again, within [`WRAPPED_ITEM_LINES`] lines (a narrow column breaks
/// its words every two or three characters); any other at the first number alone within
/// [`ITEM_CELL_LINES`]. Reads `Ⅰ1③` / `シス` / `テム` / `の名` / `称` / `Ⅰ1③` as the 項目
/// `Ⅰ1③ システムの名称`; refuses `Ⅰ1③` / `シス` / `テム` with no `Ⅰ1③` again (`None`).
fn item_end(form: crate::AssessmentKind, pieces: &[Piece<'_>]) -> Option<usize> {
    let first = pieces.first()?;
    let opening = first
        .text
        .split_whitespace()
        .next()
        .filter(|w| is_item_number(form, w));
    match opening {
        Some(number) => pieces
            .iter()
            .take(WRAPPED_ITEM_LINES + 1)
            .skip(1)
            .position(|piece| piece.text.trim() == number)
            .map(|at| at + 1),
        None => pieces
            .iter()
            .take(ITEM_CELL_LINES + 1)
            .position(|piece| is_item_number(form, piece.text)),
    }
}

/// `record` added to the report, traced over the row's lines.
fn push(record: ChangeRecord, row: &Row<'_>, report: &mut Report, trace: &mut Trace) {
    // The row's last line: a row put back in its columns' order ([`mended`]) ends with a cell
    // whose lines stand before the rest of another.
    let lines = row.pieces.iter().chain(&row.continued);
    let last = lines.map(|piece| piece.no).max().unwrap_or(row.first);
    let read = super::ReadFrom {
        rule: "changes.unbroken",
        lines: [row.first, last],
        confidence: Confidence::Inferred,
    };
    super::push_row(record, read, report, trace);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AssessmentKind;
    use crate::import::Shape;

    fn read(text: &str) -> (Report, Vec<(usize, UnreadReason)>) {
        read_laid_out(text, &[])
    }

    /// `text` read with the cell starts `starts` (line, and the text in that line the cell
    /// starts with).
    fn read_laid_out(text: &str, starts: &[(usize, &str)]) -> (Report, Vec<(usize, UnreadReason)>) {
        read_with_lefts(text, starts, &[])
    }

    /// [`read_laid_out`], the lines starting at `lefts` (index 0 is line 1).
    fn read_with_lefts(
        text: &str,
        starts: &[(usize, &str)],
        lefts: &[Option<f64>],
    ) -> (Report, Vec<(usize, UnreadReason)>) {
        let mut report = Report::example(AssessmentKind::Basic);
        report.changes.clear();
        let lines = text::lines(text, Shape::PdfText);
        let mut trace = Trace::default();
        let mut unread = Vec::new();
        assert!(
            is_unbroken(&lines, 1, AssessmentKind::Basic),
            "unbroken: {text}"
        );
        let starts = starts.iter().map(|&(no, cell)| {
            let line = lines
                .iter()
                .find(|l| l.no == no)
                .expect("a line of the text");
            (no, line.text.find(cell).expect("the cell in its line"))
        });
        read_unbroken(
            &lines,
            1,
            &text::Layout::new(starts.collect(), lefts.to_vec()),
            &mut report,
            &mut trace,
            &mut unread,
        );
        // Every line of the table is a traced row's, the page's (a heading or header row that
        // parts pages) or listed as unread.
        let table = lines
            .iter()
            .filter(|l| l.no > 1 && !l.key().is_empty() && !parts_pages(l));
        for line in table {
            let traced = trace
                .values
                .iter()
                .any(|v| (v.lines[0]..=v.lines[1]).contains(&line.no));
            let listed = unread.iter().any(|(no, _)| *no == line.no);
            assert!(traced || listed, "line {} unaccounted for: {text}", line.no);
        }
        (report, unread)
    }

    const TWO_UNDER_TWO: &str = "変更箇所\n令和2年4月1日 Ⅰ1② 事務の内容\nⅠ1②\n架空の手順で確認\nする。\n架空の手順を改\nめる。\n事後 字句の修正\n";

    #[test]
    fn the_layout_parts_texts_where_one_cell_begins_beside_another() {
        // The 変更前 begun at line 4, the 変更後 at line 6: both drawn above the line before.
        let (r, unread) = read_laid_out(TWO_UNDER_TWO, &[(4, "架空"), (6, "架空"), (8, "事後")]);
        let [c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.before.as_deref(), Some("架空の手順で確認する。"));
        assert_eq!(c.after.as_deref(), Some("架空の手順を改める。"));
        assert!(unread.is_empty());
        // Without the layout, and with a third cell begun among them, the texts are unread.
        for starts in [&[][..], &[(4, "架空"), (5, "する"), (6, "架空")]] {
            let (r, unread) = read_laid_out(TWO_UNDER_TWO, starts);
            let [c] = r.changes.as_slice() else {
                panic!("{:?}", r.changes)
            };
            assert_eq!((c.before.as_deref(), c.after.as_deref()), (None, None));
            assert_eq!(
                unread.iter().map(|(no, _)| *no).collect::<Vec<_>>(),
                [4, 5, 6, 7]
            );
        }
    }

    #[test]
    fn the_layout_parts_one_line_texts_on_the_timing_s_line() {
        let text = "変更箇所\n令和2年4月1日 Ⅰ7 請求先\nⅠ7\n架空課 架空部 事後 組織の改正\n";
        let (r, _) = read_laid_out(text, &[(4, "架空課"), (4, "架空部"), (4, "事後")]);
        let [c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(
            (c.before.as_deref(), c.after.as_deref()),
            (Some("架空課"), Some("架空部"))
        );
        assert_eq!(c.explanation.as_deref(), Some("組織の改正"));
        // A space alone parts no cells.
        let (r, _) = read_laid_out(text, &[(4, "架空課"), (4, "事後")]);
        assert_eq!(r.changes.first().and_then(|c| c.after.clone()), None);
    }

    /// A row a page broke: above the break, the 変更前, 変更後 and 提出時期 cells begun at the
    /// row's top (lines 5–7); after the page's heading, the rest of the 変更前 and of the
    /// 変更後, the second begun beside the first.
    const BROKEN: &str = "変更箇所\n令和2年4月1日\nⅠ8 連絡先\nⅠ8\n架空の手順で\n架空の手順を\n事後 字句の修正\n\n変更箇所\n確認する。\n改める。\n";
    const BROKEN_STARTS: [(usize, &str); 4] = [(5, "架空"), (6, "架空"), (7, "事後"), (11, "改")];

    /// The lines' left edges of [`BROKEN`], the rest of the 変更前 at `x`.
    fn broken_lefts(x: f64) -> Vec<Option<f64>> {
        [
            40.0, 40.0, 120.0, 120.0, 200.0, 300.0, 400.0, 0.0, 40.0, x, 300.0,
        ]
        .into_iter()
        .map(Some)
        .collect()
    }

    #[test]
    fn the_layout_puts_a_broken_row_s_cells_back_in_their_columns() {
        let (r, unread) = read_with_lefts(BROKEN, &BROKEN_STARTS, &broken_lefts(200.0));
        let [c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.before.as_deref(), Some("架空の手順で確認する。"));
        assert_eq!(c.after.as_deref(), Some("架空の手順を改める。"));
        assert_eq!(c.explanation.as_deref(), Some("字句の修正"));
        assert!(unread.is_empty(), "{unread:?}");
        // A rest that starts at no column's edge: the row keeps its date, 項目 and 提出時期
        // (what stays whole across the break), its texts and 説明 are unread.
        for lefts in [broken_lefts(250.0), Vec::new()] {
            let (r, unread) = read_with_lefts(BROKEN, &BROKEN_STARTS, &lefts);
            let [c] = r.changes.as_slice() else {
                panic!("{:?}", r.changes)
            };
            assert_eq!((c.item.as_str(), c.before.as_deref()), ("Ⅰ8 連絡先", None));
            assert_eq!(
                (c.timing, c.explanation.as_deref()),
                (Some(SubmissionTiming::After), None)
            );
            let unread: Vec<usize> = unread.iter().map(|(no, _)| *no).collect();
            assert_eq!(unread, [5, 6, 7, 10, 11]);
        }
    }

    /// A row a page broke after its 説明's first lines: the 変更前, 変更後, 提出時期 and 説明
    /// begun side by side on line 5, the 説明's next line at its column's edge (400), and its
    /// rest after the page's heading.
    const BROKEN_IN_EXPLANATION: &str = "変更箇所\n令和2年4月1日\nⅠ8 連絡先\nⅠ8\n架空課 架空部 事後 組織の\n改正による\n\n変更箇所\nもの\n";
    const EXPLANATION_STARTS: [(usize, &str); 4] =
        [(5, "架空課"), (5, "架空部"), (5, "事後"), (5, "組織")];

    /// The lines' left edges of [`BROKEN_IN_EXPLANATION`], the 説明's rest at `x`.
    fn explanation_lefts(x: f64) -> Vec<Option<f64>> {
        [40.0, 40.0, 120.0, 120.0, 200.0, 400.0, 0.0, 40.0, x]
            .into_iter()
            .map(Some)
            .collect()
    }

    #[test]
    fn a_cell_begun_beside_another_shows_its_column_on_its_next_line() {
        let read = |x| {
            read_with_lefts(
                BROKEN_IN_EXPLANATION,
                &EXPLANATION_STARTS,
                &explanation_lefts(x),
            )
        };
        let (r, unread) = read(400.0);
        let [c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.before.as_deref(), Some("架空課"));
        assert_eq!(c.after.as_deref(), Some("架空部"));
        assert_eq!(c.timing, Some(SubmissionTiming::After));
        assert_eq!(c.explanation.as_deref(), Some("組織の改正によるもの"));
        assert!(unread.is_empty(), "{unread:?}");
        // The rest at no cell's edge: the row keeps its date and 項目.
        let (r, unread) = read(300.0);
        let [c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(
            (c.before.as_deref(), c.explanation.as_deref()),
            (None, None)
        );
        assert!(!unread.is_empty());
    }

    /// A row whose date a page cut (`令和2` … page … `年4月1日`), its 説明 cut with it, after a
    /// whole row.
    const DATE_CUT: &str = "変更箇所\n令和元年5月1日 Ⅰ8 連絡先\nⅠ8\n－ 架空課 事前 架空の追加\n令和2\nⅠ8 連絡先\nⅠ8\n架空課 架空部 事後 組織の\n改正による\n\n変更箇所\n年4月1日\nもの\n";
    const DATE_CUT_STARTS: [(usize, &str); 10] = [
        (4, "架空課"),
        (4, "事前"),
        (4, "架空の"),
        (6, "Ⅰ8"),
        (8, "架空課"),
        (8, "架空部"),
        (8, "事後"),
        (8, "組織"),
        (12, "年"),
        (13, "もの"),
    ];

    #[test]
    fn the_layout_joins_a_date_a_page_cut() {
        let lefts = |x: f64| -> Vec<Option<f64>> {
            [
                40.0, 40.0, 120.0, 200.0, 40.0, 120.0, 120.0, 200.0, 400.0, 0.0, 40.0, x, 400.0,
            ]
            .into_iter()
            .map(Some)
            .collect()
        };
        let (r, unread) = read_with_lefts(DATE_CUT, &DATE_CUT_STARTS, &lefts(40.0));
        let [_, c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.date, chrono::NaiveDate::from_ymd_opt(2020, 4, 1));
        assert_eq!(c.item, "Ⅰ8 連絡先");
        assert_eq!(c.after.as_deref(), Some("架空部"));
        assert_eq!(c.explanation.as_deref(), Some("組織の改正によるもの"));
        assert!(unread.is_empty(), "{unread:?}");
        // The date's rest at no column's edge: the text alone completes the date; the row
        // keeps its 項目 (ended above the break) and 提出時期, its texts and 説明 unread.
        let (r, unread) = read_with_lefts(DATE_CUT, &DATE_CUT_STARTS, &lefts(300.0));
        let [_, c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.date, chrono::NaiveDate::from_ymd_opt(2020, 4, 1));
        assert_eq!(
            (c.item.as_str(), c.timing),
            ("Ⅰ8 連絡先", Some(SubmissionTiming::After))
        );
        assert_eq!((c.after.as_deref(), c.explanation.as_deref()), (None, None));
        let unread: Vec<usize> = unread.iter().map(|(no, _)| *no).collect();
        assert_eq!(unread, [8, 9, 13]);
        // A date the lines after the break do not complete: no row, its lines unread.
        let text = DATE_CUT.replace("年4月1日", "架空の");
        let starts: Vec<(usize, &str)> = DATE_CUT_STARTS
            .into_iter()
            .filter(|&(no, _)| no != 12)
            .collect();
        let (r, unread) = read_with_lefts(&text, &starts, &lefts(300.0));
        assert_eq!(r.changes.len(), 1, "{:?}", r.changes);
        assert!(unread.iter().any(|(no, _)| *no == 5));
    }

    /// A whole row, then a row whose first line holds every cell's first line, its date cut
    /// by the page (`令和2` … `年4月1日`).
    const CUT_DATE_LINE: &str = "変更箇所\n令和元年5月1日 Ⅰ8 連絡先\nⅠ8\n－ 架空課 事前 架空の追加\n令和2 Ⅰ8 連絡先 架空課 架空部 事後 組織の\n\n変更箇所\n年4月1日\nもの\n";

    #[test]
    fn a_line_whose_first_cell_is_a_cut_date_starts_a_row() {
        let starts = [
            (4, "架空課"),
            (4, "事前"),
            (4, "架空の"),
            (5, "Ⅰ8"),
            (5, "架空課"),
            (5, "架空部"),
            (5, "事後"),
            (5, "組織"),
        ];
        // With the layout, or without it (the words before the 項目's number `Ⅰ8` begin a
        // date): the row above keeps its own cells; the cut row, not mended, keeps its date
        // (completed after the break) and its 提出時期, the rest of its first line unread (its
        // 項目 closes in no number alone).
        for starts in [&starts[..], &[]] {
            let (r, unread) = read_laid_out(CUT_DATE_LINE, starts);
            let [above, cut] = r.changes.as_slice() else {
                panic!("{:?}", r.changes)
            };
            assert_eq!(above.explanation.as_deref(), Some("架空の追加"));
            assert_eq!(cut.date, chrono::NaiveDate::from_ymd_opt(2020, 4, 1));
            assert_eq!(
                (cut.item.as_str(), cut.timing),
                ("", Some(SubmissionTiming::After))
            );
            assert!(unread.iter().any(|(no, _)| *no == 5), "{unread:?}");
        }
        // Words before no item number begin no row: the line is the row above's, two 提出時期.
        let text = CUT_DATE_LINE.replace("令和2 Ⅰ8", "令和2 架空");
        let (r, _) = read(&text);
        assert_eq!(r.changes.first().and_then(|c| c.explanation.clone()), None);
    }

    /// A row a page broke in a text without its layout: each cell's first line on one line
    /// (the 項目's first word, `事務`, beside the 変更前's), its date completed after the page's
    /// heading (`年4月1日`), then the 項目's rest ending in its number, then the texts' rests.
    const CUT_ITEM: &str = "変更箇所
令和元年5月1日 Ⅰ8 連絡先
Ⅰ8
－ 架空課 事前 架空の追加
令和2 Ⅰ1② 事務 架空の手順で 架空の手順を 事前 架空の

変更箇所
年4月1日
の内容
Ⅰ1②
確認する。
追加
";

    #[test]
    fn a_continued_row_whose_date_a_page_cut_is_the_row_above_s() {
        // The row of 令和2年4月1日 broken, its 「（続き）」 row (which holds its 提出時期) cut
        // by a page after its first line.
        let text = "変更箇所\n令和2年4月1日 Ⅰ1② 事務の内容\nⅠ1②\n架空の手順で\n架空の\n\n変更箇所\n確認する。\n令和2 Ⅰ1② 事務の内 架空の手順を 事前\n\n変更箇所\n年4月1日\n容（続き）\n改める。\n";
        let (r, unread) = read(text);
        let [c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(
            (c.item.as_str(), c.timing),
            ("Ⅰ1② 事務の内容", Some(SubmissionTiming::Before))
        );
        assert!(unread.iter().any(|(no, _)| *no == 9), "{unread:?}");
        // Another date: a row's rest with no row to go on; unread, not a row of its own.
        let (r, unread) = read(&text.replace("\n年4月1日", "\n年5月1日"));
        let [c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.timing, None);
        assert!(unread.iter().any(|(no, _)| *no == 9), "{unread:?}");
    }

    #[test]
    fn a_broken_row_s_item_is_the_part_that_makes_its_label() {
        let (r, unread) = read(CUT_ITEM);
        let [_, c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.date, chrono::NaiveDate::from_ymd_opt(2020, 4, 1));
        assert_eq!(c.item, "Ⅰ1② 事務の内容");
        assert_eq!(c.item_id, Some(ItemId::AffairDescription));
        assert_eq!(c.timing, Some(SubmissionTiming::Before));
        assert_eq!(
            (c.before.as_deref(), c.explanation.as_deref()),
            (None, None)
        );
        let unread: Vec<usize> = unread.iter().map(|(no, _)| *no).collect();
        assert_eq!(unread, [5, 11, 12]);
        // The 項目's first line and the lines under it, down to the break.
        let text = CUT_ITEM.replace(
            "Ⅰ1② 事務 架空の手順で",
            "Ⅰ1② 事
務
架空の手順で",
        );
        let (r, _) = read(&text);
        assert_eq!(
            r.changes.get(1).map(|c| c.item.as_str()),
            Some("Ⅰ1② 事務の内容")
        );
        // Words that make the label in two ways (the whole label above the break, or the
        // words after its heading from the number alone): no 項目.
        let text = CUT_ITEM
            .replace(
                "Ⅰ1② 事務 架空の手順で",
                "Ⅰ5① 評価
実施機関における担当部署
架空の手順で",
            )
            .replace(
                "の内容
Ⅰ1②",
                "部署
Ⅰ5①",
            );
        let (r, _) = read(&text);
        assert_eq!(r.changes.get(1).map(|c| c.item.as_str()), Some(""));
        // Words that make no label: no 項目.
        let (r, _) = read(&CUT_ITEM.replace("の内容", "の手順"));
        assert_eq!(r.changes.get(1).map(|c| c.item.as_str()), Some(""));
    }

    #[test]
    fn a_header_row_wrapped_under_itself_is_the_page_s() {
        // BROKEN, the page's header row wrapped in its narrow columns after the heading.
        let text = BROKEN.replace(
            "変更箇所\n確認",
            "変更箇所\n変更日 項目 変更前の記載 変更後の記載 提出\n時期\n提出時期に係る説\n明\n確認",
        );
        let starts = [(5, "架空"), (6, "架空"), (7, "事後"), (15, "改")];
        let lefts: Vec<Option<f64>> = [
            40.0, 40.0, 120.0, 120.0, 200.0, 300.0, 400.0, 0.0, 40.0, 40.0, 400.0, 480.0, 480.0,
            200.0, 300.0,
        ]
        .into_iter()
        .map(Some)
        .collect();
        let (r, unread) = read_with_lefts(&text, &starts, &lefts);
        let [c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.before.as_deref(), Some("架空の手順で確認する。"));
        assert_eq!(c.after.as_deref(), Some("架空の手順を改める。"));
        assert!(unread.is_empty(), "{unread:?}");
    }

    #[test]
    fn the_layout_ends_an_item_without_its_number() {
        let first_row = "変更箇所\n令和2年4月1日 Ⅰ1② 事務の内容\nⅠ1②\n－ 架空 事前 説明\n";
        // One line, parted from the 変更前 beside it on the date's line.
        let text = format!(
            "{first_row}令和2年4月2日 架空の項目 架空の手順で確認\nする。\n架空の手順を改\nめる。\n事後 字句の修正\n"
        );
        let (r, _) = read_laid_out(&text, &[(5, "架空の手順"), (7, "架空"), (9, "事後")]);
        let [_, c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.item, "架空の項目");
        assert_eq!(c.before.as_deref(), Some("架空の手順で確認する。"));
        // Nothing parts the 項目 from the 変更前 on the date's line: lines that neither end in
        // an item's number nor begin a cell are no 項目.
        let (r, _) = read_laid_out(&text, &[(7, "架空"), (9, "事後")]);
        let [_, c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!((c.item.as_str(), c.before.as_deref()), ("", None));
        // Begun beside a date alone on its line, and ended where the 変更前 begins: the layout
        // bounds it.
        let text = format!(
            "{first_row}令和2年4月2日\n架空の\n事項\n架空の手順で確認\nする。\n架空の手順を改\nめる。\n事後 字句の修正\n"
        );
        let starts = [(6, "架空"), (8, "架空"), (10, "架空"), (12, "事後")];
        let (r, _) = read_laid_out(&text, &starts);
        assert_eq!(
            r.changes.get(1).map(|c| c.item.as_str()),
            Some("架空の事項"),
            "{:?}",
            r.changes
        );
        // A line of it holds a run apart: the 変更前 may have begun beside it.
        let text = format!(
            "{first_row}令和2年4月2日\n架空の項目 架空の手順で確認\nする。\n架空の手順を改\nめる。\n事後 字句の修正\n"
        );
        let (r, _) = read_laid_out(&text, &[(6, "架空の項目"), (8, "架空"), (10, "事後")]);
        assert_eq!(r.changes.get(1).map(|c| c.item.as_str()), Some(""));
    }

    #[test]
    fn a_dash_first_parts_the_texts() {
        let (r, unread) = read(
            "変更箇所\n令和2年4月1日 Ⅰ1② 事務の内容\nⅠ1②\n－ 架空の事務を追加 事前 重要な変更である\n",
        );
        let [c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.item, "Ⅰ1② 事務の内容");
        assert_eq!(c.before, None);
        assert_eq!(c.after.as_deref(), Some("架空の事務を追加"));
        assert_eq!(c.timing, Some(SubmissionTiming::Before));
        assert_eq!(c.explanation.as_deref(), Some("重要な変更である"));
        assert!(unread.is_empty());
    }

    #[test]
    fn two_department_names_are_parted_where_a_unit_as_large_comes_again() {
        assert_eq!(
            two_departments("架空部 架空第一課 架空部 架空第二課"),
            Some(("架空部 架空第一課", "架空部 架空第二課"))
        );
        assert_eq!(
            two_departments("架空部\u{3000}架空課 架空局 架空部"),
            Some(("架空部\u{3000}架空課", "架空局 架空部"))
        );
        assert_eq!(two_departments("架空課 架空課"), Some(("架空課", "架空課")));
        // Refused: one name, three names, a word that names no unit, a title.
        assert_eq!(two_departments("架空部 架空課 架空室"), None);
        assert_eq!(two_departments("架空部 架空課 架空部 架空課 架空部"), None);
        assert_eq!(two_departments("架空部 架空センター 架空部"), None);
        assert_eq!(two_departments("架空部長 架空課長"), None);
        assert_eq!(two_departments(""), None);
    }

    #[test]
    fn a_spaced_date_alone_starts_a_row() {
        let (r, unread) = read(
            "変更箇所\n令和2年4月1日 Ⅰ1② 事務の内容\nⅠ1②\n－ 架空の事務を追加 事前 重要な変更である\n令和 3 年 1 月 5 日\nⅠ1③ システムの名\n称\nⅠ1③\n－ 架空システムを追加 事前 重要な変更である\n",
        );
        let [_, c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.date, chrono::NaiveDate::from_ymd_opt(2021, 1, 5));
        assert_eq!(c.after.as_deref(), Some("架空システムを追加"));
        assert!(unread.is_empty(), "{unread:?}");
        // Refused: a spaced date that words of a sentence follow is a cell's, not a row's.
        assert_eq!(
            row_start(&text::lines("令和 3 年 1 月 5 日 から施行する", Shape::PdfText)[0]),
            None
        );
    }

    #[test]
    fn a_department_s_two_names_beside_the_timing_are_parted() {
        let (r, unread) = read(
            "変更箇所\n令和2年4月1日 Ⅰ5① 評価実施機関における担当部署 部署\nⅠ5①\n架空部 架空課 新部 新課 事後 組織改正\n",
        );
        let [c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.before.as_deref(), Some("架空部 架空課"));
        assert_eq!(c.after.as_deref(), Some("新部 新課"));
        assert!(unread.is_empty(), "{unread:?}");
        // Refused: the same words in a row of another item (not a 部署's names).
        let (r, unread) =
            read("変更箇所\n令和2年4月1日 Ⅰ8 連絡先\nⅠ8\n架空部 架空課 新部 新課 事後 組織改正\n");
        let [c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!((c.before.as_deref(), c.after.as_deref()), (None, None));
        assert_eq!(unread.len(), 1);
    }

    #[test]
    fn a_broken_row_whose_texts_ended_above_the_break_reads_them() {
        let first =
            "令和元年5月1日 Ⅰ1③ システムの名称\nⅠ1③\n－ 架空システムを追加 事前 重要な変更である\n";
        let page = "変更箇所\n変更日 項目 変更前の記載 変更後の記載 提出時期\n";
        let (r, unread) = read(&format!(
            "変更箇所\n{first}令和2年4月1日 Ⅰ5① 評価\n実施機関に\nおける担当\n架空部 架空課 新部 新課 事後 組織改正\nに伴う\n{page}部署 部署\nⅠ5①\n修正\n"
        ));
        let [_, c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.item_id, Some(ItemId::AffairDepartment));
        assert_eq!(c.before.as_deref(), Some("架空部 架空課"));
        assert_eq!(c.after.as_deref(), Some("新部 新課"));
        assert_eq!(c.timing, Some(SubmissionTiming::After));
        assert_eq!(c.explanation.as_deref(), Some("組織改正に伴う修正"));
        assert!(unread.is_empty(), "{unread:?}");
        // Refused: nothing under the first line before the break (the texts may go on after it).
        let (r, unread) = read(&format!(
            "変更箇所\n{first}令和2年4月1日 Ⅰ5① 評価\n実施機関に\nおける担当\n架空部 架空課 新部 新課 事後 組織改正\n{page}部署 部署\nⅠ5①\nに伴う修正\n"
        ));
        let [_, c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.item_id, Some(ItemId::AffairDepartment));
        assert_eq!(
            (c.before.as_deref(), c.explanation.as_deref()),
            (None, None)
        );
        assert_eq!(c.timing, Some(SubmissionTiming::After));
        assert_eq!(unread.len(), 2, "{unread:?}");
    }

    #[test]
    fn two_texts_of_several_lines_are_not_parted() {
        let (r, unread) = read(
            "変更箇所\n令和2年4月1日 Ⅰ1② 事務の内容\nⅠ1②\n架空の手順で確認する。\n架空の手順を改める。\n事後 字句の修正\n",
        );
        let [c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!((c.before.as_deref(), c.after.as_deref()), (None, None));
        assert_eq!(c.timing, Some(SubmissionTiming::After));
        assert_eq!(c.explanation.as_deref(), Some("字句の修正"));
        assert_eq!(unread.iter().map(|(no, _)| *no).collect::<Vec<_>>(), [4, 5]);
    }

    #[test]
    fn a_one_line_after_beside_the_timing_parts_the_texts() {
        let (r, _) = read(
            "変更箇所\n令和2年4月1日 Ⅰ7 請求先\nⅠ7\n架空課の窓口で受け付け\nる。\n架空課 事後 組織の改正\n",
        );
        let [c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.before.as_deref(), Some("架空課の窓口で受け付ける。"));
        assert_eq!(c.after.as_deref(), Some("架空課"));
    }

    #[test]
    fn a_row_without_an_item_number_keeps_its_date_and_timing_only() {
        let (r, unread) = read(
            "変更箇所\n令和2年4月1日 Ⅰ1② 事務の内容\nⅠ1②\n－ 架空 事前 説明\n令和2年4月1日 Ⅱ 架空ファイルの\n概要\n架空の記載 架空の記載２ 事前 説明\n",
        );
        let [_, c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.item, "");
        assert_eq!((c.before.as_deref(), c.after.as_deref()), (None, None));
        assert_eq!(c.timing, Some(SubmissionTiming::Before));
        assert!(!unread.is_empty());
    }

    #[test]
    fn a_continued_row_runs_on_and_pages_part_nothing() {
        let (r, _) = read(
            "変更箇所\n令和2年4月1日 Ⅰ1② 事務の内容\nⅠ1②\n－ 架空の事務を\n\n変更箇所\n変更日 項目 変更前の記載 変更後の記載 提出時期 提出時期に係る\n説明\n令和2年4月1日 事務の内容（続き） 追加 事前 重要な変更である\n",
        );
        let [c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(c.after.as_deref(), Some("架空の事務を追加"));
        assert_eq!(c.explanation.as_deref(), Some("重要な変更である"));
    }

    #[test]
    fn a_layout_text_or_cells_parted_by_blank_lines_are_not_unbroken() {
        let layout = "変更箇所\n令和2年4月1日 Ⅰ1②    －    架空 事前\n";
        assert!(!is_unbroken(
            &text::lines(layout, Shape::PdfText),
            1,
            AssessmentKind::Basic
        ));
        let blocks = "変更箇所\n令和2年4月1日\n\nⅠ1②\n\n架空\n";
        assert!(!is_unbroken(
            &text::lines(blocks, Shape::PdfText),
            1,
            AssessmentKind::Basic
        ));
    }
}
