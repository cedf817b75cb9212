//! The 変更箇所 of a PDF text written in the order the page draws it, with no blank line
//! between its cells (`pdftotext -raw`, a PDF viewer's copy): each cell's lines follow one
//! another, row after row, and a cell that ends on the line the next one starts on shares that
//! line with it (`－ システムを追加 事前 重要な変更である`).
//!
//! Takes the table's lines (its heading, the header row repeated on each page, the page
//! numbers left among them); gives one [`ChangeRecord`] a row, marked inferred, with the rule
//! id `changes.unbroken`. The structure decides each cell, or it is left empty:
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
//!
//! A row whose 項目 ends in 「（続き）」 on the same date continues the row above (a table cut at
//! a page): its lines are that row's (the mark wrapped over lines too,
//! [`merge_wrapped_continued`]).
//!
//! A row a page broke — its lines go on after the next page's heading, header row or number
//! with no row started there, or its date begins and the page cuts it (`令和` / `2` / `年`) —
//! is printed out of order: each cell's lines down to the page's foot, then the rest of each.
//! It keeps its date and a 項目 that ended above the break; its other lines are unread (a row
//! whose date was cut is not read at all).
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

use super::{CONTINUED, SCRAMBLED, date_only, is_page_number, record_of};
use crate::Choice;
use crate::import::fill::{is_empty_mark, reflow, squeezed};
use crate::import::limits::{COLUMN_GAP, ITEM_CELL_LINES, WRAPPED_ITEM_LINES};
use crate::import::{Confidence, Trace, UnreadReason, text};
use crate::report::{ChangeRecord, Report, SubmissionTiming};

/// A row's lines as read: its date, the line it starts on and the pieces after the date (the
/// first is the rest of the date's line, when it has one).
struct Row<'a> {
    /// `None` for a row whose date a page cut ([`crate::import::shape::begins_date`]).
    date: Option<chrono::NaiveDate>,
    first: usize,
    pieces: Vec<(usize, &'a str)>,
    /// The lines of the rows that continue it (「（続き）」): the rest of its cells, whichever
    /// they are.
    continued: Vec<(usize, &'a str)>,
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

/// The date a row starts with and the rest of its line (`平成28年5月11日 Ⅰ8 連絡先` →
/// 2016-05-11, `Ⅰ8 連絡先`). A date the text closed up with the 項目 after it (a text whose
/// spaces were taken off) starts a row when the 項目 opens as the forms' 項目 do, with a
/// chapter's numeral or one of the form's labels: `令和元年9月18日請求方法` reads, `令和2年4月1日
/// から施行する` is a sentence of a cell and does not.
fn row_start<'a>(line: &'a text::Line) -> Option<(chrono::NaiveDate, &'a str)> {
    let t = line.text.trim();
    let (first, rest) = t.split_once(char::is_whitespace).unwrap_or((t, ""));
    if let Some(date) = date_only(first) {
        return Some((date, rest.trim()));
    }
    let (day_end, _) = t.char_indices().find(|&(_, c)| c == '日')?;
    let (date, item) = t.split_at_checked(day_end + '日'.len_utf8())?;
    let date = date_only(date)?;
    let opens_item = item.starts_with(crate::form::is_roman_numeral)
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
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let rows = rows_of(lines, start, unread);
    for row in rows {
        read_row(&row, report, trace, unread);
    }
}

/// The rows of the table: lines parted at each row's start, the lines that part pages left
/// out, a continued row's lines added to the row above.
fn rows_of<'a>(
    lines: &'a [text::Line],
    start: usize,
    unread: &mut Vec<(usize, UnreadReason)>,
) -> Vec<Row<'a>> {
    let mut rows: Vec<Row<'a>> = Vec::new();
    // Whether the last line that parts pages came after the last row's lines.
    let mut after_page = false;
    for line in lines.iter().filter(|l| l.no > start) {
        if line.key().is_empty() {
            continue;
        }
        if parts_pages(line) {
            after_page = !rows.is_empty();
            continue;
        }
        if crate::import::shape::begins_date(&line.text) {
            // A row whose date a page cut: the row is broken.
            after_page = false;
            rows.push(Row {
                date: None,
                first: line.no,
                pieces: Vec::new(),
                continued: Vec::new(),
                broken: Some(0),
            });
            continue;
        }
        if let Some((date, rest)) = row_start(line) {
            after_page = false;
            let continued = continued_item(rest);
            match rows.last_mut() {
                Some(above) if continued.is_some() && above.date == Some(date) => {
                    if let Some(after) = continued.filter(|t| !t.is_empty()) {
                        above.continued.push((line.no, after));
                    }
                }
                _ => {
                    let mut pieces = Vec::new();
                    if !rest.is_empty() {
                        pieces.push((line.no, rest));
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
                row.continued.push((line.no, line.text.trim()));
            }
            Some(row) => row.pieces.push((line.no, line.text.trim())),
            // Text before the first row is no row's.
            None => unread.push((line.no, UnreadReason::ChangeRow)),
        }
    }
    merge_wrapped_continued(rows)
}

/// `rows` with each row whose 項目, wrapped over its first lines, ends in 「（続き）」 (`請求` /
/// `方法` / `（続` / `き）`: a narrow column breaks the mark too) on the date of the row above
/// made part of that row: its lines after the mark are the above row's continued lines. A
/// broken continuation breaks the row it continues (its lines' order is lost).
fn merge_wrapped_continued(rows: Vec<Row<'_>>) -> Vec<Row<'_>> {
    let mut merged: Vec<Row<'_>> = Vec::with_capacity(rows.len());
    for row in rows {
        let mark_end = wrapped_continued_mark(&row.pieces);
        match (merged.last_mut(), mark_end) {
            (Some(above), Some(end)) if row.date.is_some() && above.date == row.date => {
                let after = row.pieces.get(end + 1..).unwrap_or_default();
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
fn wrapped_continued_mark(pieces: &[(usize, &str)]) -> Option<usize> {
    let mut joined = String::new();
    for (at, (_, piece)) in pieces.iter().take(WRAPPED_ITEM_LINES).enumerate() {
        joined.push_str(&squeezed(piece));
        if continued_item(&joined).is_some() {
            return Some(at);
        }
    }
    None
}

/// The text after a 項目 marked continued (`Ⅰ8 連絡先（続き） 毎月…` → `毎月…`), when the line
/// holds 「（続き）」 (either width of bracket).
fn continued_item(rest: &str) -> Option<&str> {
    [CONTINUED, "(続き)"]
        .iter()
        .find_map(|mark| rest.split_once(mark))
        .map(|(_, after)| after.trim())
}

/// One row's record: its 項目 (up to an item number alone), its 提出時期 and 説明, and its texts
/// where the structure parts them.
fn read_row(
    row: &Row<'_>,
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let form = report.form();
    if let Some(at) = row.broken {
        // Its 項目 where it ended above the break; its other lines are unread.
        let above_break = row.pieces.get(..at).unwrap_or_default();
        let (record, rest) = item_of(form, above_break);
        // (`rest` ends `above_break`: the 項目 took the pieces before it.)
        let item_pieces = above_break.len().saturating_sub(rest.len());
        let scrambled = row.pieces.iter().skip(item_pieces).chain(&row.continued);
        unread.extend(scrambled.map(|(no, _)| (*no, SCRAMBLED)));
        match row.date {
            Some(date) => {
                let mut record = record.unwrap_or_else(|| ChangeRecord::new(String::new()));
                record.date = Some(date);
                push(record, row, report, trace);
            }
            None => unread.push((row.first, SCRAMBLED)),
        }
        return;
    }
    // The 項目: the lines up to an item number alone, and that number.
    let (record, rest) = item_of(form, &row.pieces);
    let item_found = record.is_some();
    let mut record = record.unwrap_or_else(|| ChangeRecord::new(String::new()));
    record.date = row.date;
    // The lines of a continued row finish cells this part left open: which ones, the text
    // does not say. Where the 提出時期 stands before them they are listed as unread; where it
    // stands among them, the row is read as one.
    let joined: Vec<(usize, &str)>;
    let rest = if row.continued.is_empty() || the_timing(rest).is_some() {
        unread.extend(row.continued.iter().map(|(no, _)| (*no, SCRAMBLED)));
        rest
    } else {
        joined = rest.iter().chain(&row.continued).copied().collect();
        &joined
    };
    // The 提出時期's line: the lines above it, its words before the 提出時期, the 提出時期, its
    // words after it and the lines below it.
    let parts = the_timing(rest).and_then(|(at, word)| {
        let (above, from_timing) = rest.split_at_checked(at)?;
        let ((timing_no, timing_line), below) = from_timing.split_first()?;
        let words: Vec<&str> = timing_line.split_whitespace().collect();
        let (beside, from_word) = words.split_at_checked(word)?;
        let (timing, after) = from_word.split_first()?;
        Some((
            above,
            (*timing_no, beside.join(" ")),
            *timing,
            after.join(" "),
            below,
        ))
    });
    let Some((above, (timing_no, beside), timing, after_timing, below)) = parts else {
        // No 提出時期, or two: the row's texts and 説明 cannot be told.
        unread.extend(rest.iter().map(|(no, _)| (*no, SCRAMBLED)));
        push(record, row, report, trace);
        return;
    };
    record.timing = timing.parse::<SubmissionTiming>().ok();
    let mut explanation: Vec<&str> = Vec::new();
    if !after_timing.is_empty() {
        explanation.push(&after_timing);
    }
    explanation.extend(below.iter().map(|(_, t)| *t));
    if !explanation.is_empty() {
        record.explanation = Some(reflow(&explanation.join("\n")));
    }
    // The texts, where the structure parts them and the 項目 was found.
    match texts(above, &beside).filter(|_| item_found) {
        Some((before, after)) => {
            record.before = before;
            record.after = after;
        }
        None => {
            unread.extend(above.iter().map(|(no, _)| (*no, SCRAMBLED)));
            if !beside.is_empty() {
                unread.push((timing_no, SCRAMBLED));
            }
        }
    }
    push(record, row, report, trace);
}

/// The record of a row's 項目 (its lines up to an item number alone, [`item_end`], and that
/// number) and the pieces after it; `None` and all of `pieces` when no number ends it.
fn item_of<'p, 'a>(
    form: crate::AssessmentKind,
    pieces: &'p [(usize, &'a str)],
) -> (Option<ChangeRecord>, &'p [(usize, &'a str)]) {
    let item = item_end(form, pieces)
        .and_then(|end| pieces.split_at_checked(end))
        .and_then(|(words, from_number)| Some((words, from_number.split_first()?)));
    let Some((words, ((_, number), rest))) = item else {
        return (None, pieces);
    };
    let words: Vec<&str> = words.iter().map(|(_, t)| t.trim()).collect();
    // A number a narrow column set on a line of its own is parted from its words by a space,
    // as the forms write a 項目 (`Ⅰ1② 事務の内容`).
    let words = match words.split_first() {
        Some((first, label)) if *first == number.trim() && !label.is_empty() => {
            format!("{first} {}", reflow(&label.join("\n")))
        }
        _ => reflow(&words.join("\n")),
    };
    (Some(record_of(form, format!("{words}\n{number}"))), rest)
}

/// The 変更前 and 変更後 from the lines `above` the 提出時期's line and the words `beside` it on
/// that line, where the structure parts them (the module's doc); `None` when it does not.
/// A dash is a cell left blank (`None`).
fn texts(above: &[(usize, &str)], beside: &str) -> Option<(Option<String>, Option<String>)> {
    // All the texts' words, line by line, the words beside the 提出時期 last.
    let mut lines: Vec<&str> = above.iter().map(|(_, t)| *t).collect();
    if !beside.is_empty() {
        lines.push(beside);
    }
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
    // Words beside the 提出時期 after lines above: a one-line 変更後 on the row's first line.
    if !beside.is_empty() && !above.is_empty() && !beside.contains(char::is_whitespace) {
        let before: Vec<&str> = above.iter().map(|(_, t)| *t).collect();
        return Some((cell_text(&before), Some(beside.to_owned())));
    }
    None
}

/// A cell's lines as one text, the breaks its width made taken out; `None` when it is empty or
/// a dash (a cell left blank).
fn cell_text(lines: &[&str]) -> Option<String> {
    let text = reflow(&lines.join("\n"));
    Some(text).filter(|t| !t.trim().is_empty() && !is_empty_mark(t))
}

/// The one 提出時期 word among `pieces` (its piece and word), `None` when there is none or more
/// than one.
fn the_timing(pieces: &[(usize, &str)]) -> Option<(usize, usize)> {
    let mut found = None;
    for (at, (_, line)) in pieces.iter().enumerate() {
        for (word, w) in line.split_whitespace().enumerate() {
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
fn item_end(form: crate::AssessmentKind, pieces: &[(usize, &str)]) -> Option<usize> {
    let (_, first) = pieces.first()?;
    let opening = first
        .split_whitespace()
        .next()
        .filter(|w| is_item_number(form, w));
    match opening {
        Some(number) => pieces
            .iter()
            .take(WRAPPED_ITEM_LINES + 1)
            .skip(1)
            .position(|(_, t)| t.trim() == number)
            .map(|at| at + 1),
        None => pieces
            .iter()
            .take(ITEM_CELL_LINES + 1)
            .position(|(_, t)| is_item_number(form, t)),
    }
}

/// Whether `t` is one of the form's item numbers alone, bracketed or not (`Ⅰ8`, `（Ⅱ3⑧）`).
fn is_item_number(form: crate::AssessmentKind, t: &str) -> bool {
    let number = t
        .trim()
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    !number.is_empty() && crate::report::ItemId::find_by_number(form, number).is_some()
}

/// `record` added to the report, traced over the row's lines.
fn push(record: ChangeRecord, row: &Row<'_>, report: &mut Report, trace: &mut Trace) {
    let last = row
        .continued
        .last()
        .or(row.pieces.last())
        .map_or(row.first, |(no, _)| *no);
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
        let mut report = Report::example(AssessmentKind::Basic);
        report.changes.clear();
        let lines = text::lines(text, Shape::PdfText);
        let mut trace = Trace::default();
        let mut unread = Vec::new();
        assert!(
            is_unbroken(&lines, 1, AssessmentKind::Basic),
            "unbroken: {text}"
        );
        read_unbroken(&lines, 1, &mut report, &mut trace, &mut unread);
        (report, unread)
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
