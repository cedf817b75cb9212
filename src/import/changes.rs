//! The 変更箇所 table (別添 変更箇所) read into [`Report::changes`]: one row per line in HTML or
//! Markdown text, cells parted by blank lines in a PDF text (or, where it has none, by the
//! form's labels and the columns' order: `changes/unbroken.rs`, `changes/run_on.rs`).

mod cell_lines;
mod centred;
mod laid_out;
mod run_on;
mod unbroken;
mod undated;

use super::choices::holds;
use super::classify::date_only;
use super::form_words::is_circled;
use super::limits::{
    DATE_CHARS, ITEM_CELL_LINES, ITEM_LABEL_TAIL_CHARS, ITEM_REST_CHARS, ITEM_REST_LINES,
    NOTE_CELL_CHARS, ONE_LINE_CELL_CHARS, PLACE_PATH_LINES, RESTATED_OPENING_CHARS,
};
use super::{Confidence, Trace, TracedValue, text};
use crate::Choice;
use crate::import::UnreadReason;
use crate::import::fill::{is_empty_mark, reflow, squeezed};
use crate::report::{ChangeRecord, ItemId, Report, SubmissionTiming};

/// The 変更箇所 rows: one row per line, six cells (tabs or `|`): 変更日, 項目, 変更前の記載,
/// 変更後の記載, 提出時期, 提出時期に係る説明. A table whose rows lost their tabs, a cell a line,
/// is read by the columns' order instead (`changes/cell_lines.rs`).
pub(super) fn read_changes(
    lines: &[text::Line],
    start: usize,
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    // Rows that lost their tabs, a cell a line: read by the columns' order.
    if cell_lines::is_cell_a_line(lines, start) {
        cell_lines::read_cell_lines(lines, start, report, trace, unread);
        return;
    }
    // A row is one source line: the lines an HTML cell was broken into are joined again.
    let mut rows: Vec<text::Line> = Vec::new();
    for line in lines.iter().filter(|l| l.no > start) {
        match rows.last_mut() {
            Some(last) if last.no == line.no => {
                // A piece that is only a tab still separates two cells.
                if !line.text.trim().is_empty() || line.text.contains('\t') {
                    let text = last.text.to_mut();
                    text.push('\n');
                    text.push_str(&line.text);
                }
            }
            _ => rows.push(line.clone()),
        }
    }
    for line in &rows {
        let t = line.text.trim();
        if t.is_empty() {
            continue;
        }
        let cells: Vec<String> = line
            .text
            .split('\t')
            .map(|c| {
                c.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect();
        let header = crate::import::fill::squeezed(t).starts_with(crate::form::CHANGE_DATE);
        if header {
            continue;
        }
        let date = cells
            .first()
            .and_then(|c| crate::import::fill::dates_in(c).into_iter().next())
            .and_then(crate::import::fill::day);
        if cells.len() < 5 || date.is_none() {
            unread.push((line.no, UnreadReason::ChangeRow));
            continue;
        }
        let cell = |i: usize| cells.get(i).cloned().and_then(written);
        let item = cell(1).unwrap_or_default();
        // The rest of the row above, on a row of its own (a long text cut at a page).
        if continues_row_above(report, date, &item) {
            add_to_row_above(report, trace, (cell(2), cell(3)), line.no);
            continue;
        }
        let mut record = record_of(report.form(), item);
        record.date = date;
        record.before = cell(2);
        record.after = cell(3);
        record.timing = cell(4).and_then(|t| t.parse().ok());
        record.explanation = cell(5);
        let read = ReadFrom {
            rule: "changes.table",
            lines: [line.no, line.no],
            confidence: Confidence::Exact,
        };
        push_row(record, read, report, trace);
    }
}

/// Where a 変更箇所 row was read from: the rule that read it, its first and last source lines,
/// and how sure the reading is.
pub(super) struct ReadFrom {
    pub(super) rule: &'static str,
    pub(super) lines: [usize; 2],
    pub(super) confidence: Confidence,
}

/// `record` added to the report's 変更箇所, and the row traced (`/changes/N`) as `read` says.
pub(super) fn push_row(
    record: ChangeRecord,
    read: ReadFrom,
    report: &mut Report,
    trace: &mut Trace,
) {
    let index = report.changes.len();
    report.changes.push(record);
    trace.values.push(TracedValue {
        rule: std::borrow::Cow::Borrowed(read.rule),
        pointer: format!("/changes/{index}"),
        lines: read.lines,
        confidence: read.confidence,
    });
}

/// The words a row continued from the row above adds to its 項目 (a table cut at a page
/// prints the row's rest under the same 項目 so marked).
const CONTINUED: &str = "（続き）";

/// [`CONTINUED`] in either width of bracket, as a row's 項目 may print it.
const CONTINUED_MARKS: [&str; 2] = [CONTINUED, "(続き)"];

/// Whether `texts` (a row's lines or words, in the text's order) mark a 項目 continued
/// ([`CONTINUED_MARKS`]): the mark whole in their words run together (`容（続` / `き）` on two
/// lines), or its first part ending one text and its rest starting a later one, other cells'
/// words between (`ムの機能（続` … `き）`: a narrow column broke it). `架空の（注）` does not.
pub(super) fn marks_continued<'t>(texts: impl IntoIterator<Item = &'t str>) -> bool {
    let texts: Vec<&str> = texts.into_iter().map(str::trim).collect();
    let joined: String = texts.iter().map(|text| squeezed(text)).collect();
    if CONTINUED_MARKS.iter().any(|mark| joined.contains(mark)) {
        return true;
    }
    for mark in CONTINUED_MARKS {
        for (cut, _) in mark.char_indices().skip(1) {
            let Some((head, rest)) = mark.split_at_checked(cut) else {
                continue;
            };
            let Some(opened) = texts.iter().position(|text| text.ends_with(head)) else {
                continue;
            };
            if texts
                .iter()
                .skip(opened + 1)
                .any(|text| text.starts_with(rest))
            {
                return true;
            }
        }
    }
    false
}

/// Whether a row dated `date` whose 項目 is `item` continues the last row read
/// ([`continues_row`]: a table cut at a page prints the row's rest on a row of its own).
pub(super) fn continues_row_above(
    report: &Report,
    date: Option<chrono::NaiveDate>,
    item: &str,
) -> bool {
    report
        .changes
        .last()
        .is_some_and(|above| above.date == date && continues_row(&above.item, item))
}

/// Adds the texts `before` and `after` of a row that continues the last row read
/// ([`continues_row_above`]) to that row, its trace then ending at `last_line`.
pub(super) fn add_to_row_above(
    report: &mut Report,
    trace: &mut Trace,
    (before, after): (Option<String>, Option<String>),
    last_line: usize,
) {
    if let Some(above) = report.changes.last_mut() {
        append_piece(&mut above.before, before);
        append_piece(&mut above.after, after);
    }
    if let Some(traced) = trace.values.last_mut() {
        traced.lines[1] = last_line;
    }
}

/// Whether `key` (a line's key) is the 変更箇所 table's heading, a header row (or its wrapped
/// last word `説明`, or one column's label on its line, as narrow columns print the row): the
/// table's own words, no row's cell.
pub(super) fn is_table_heading(key: &str) -> bool {
    super::classify::is_changes_heading(key)
        || super::classify::is_header_row(key)
        || key == "説明"
        || crate::form::CHANGE_COLUMNS.contains(&key)
}

/// Whether the row whose 項目 is `item` continues the row above whose 項目 is `above`: its 項目
/// is the one above followed by [`CONTINUED`] (either width of bracket).
///
/// Reads `請求方法（続き）` under `請求方法`; refuses `請求方法（続き）` under `手数料等` (the row
/// above is another item's) and `請求方法` under `請求方法` (two rows of one item).
pub(super) fn continues_row(above: &str, item: &str) -> bool {
    let folded = crate::label::fold(item);
    let Some(base) = folded.strip_suffix(&*crate::label::fold(CONTINUED)) else {
        return false;
    };
    crate::import::fill::squeeze(base) == crate::import::fill::squeeze(above)
}

/// `text` with `piece` added on a line of its own.
fn append_piece(text: &mut Option<String>, piece: Option<String>) {
    match (text.as_mut(), piece) {
        (Some(t), Some(p)) => {
            t.push('\n');
            t.push_str(&p);
        }
        (None, Some(p)) => *text = Some(p),
        (_, None) => {}
    }
}

/// A line that starts a row: a date alone, or a date, a space and the 項目's first words.
/// (The first word first: a date followed by a short word, `令和2年4月1日 同上`, reads as a date
/// alone too.)
pub(super) fn dated(t: &str) -> Option<(chrono::NaiveDate, &str)> {
    if let Some((first, rest)) = t.split_once([' ', '\u{3000}']) {
        if let Some(date) = date_only(first) {
            return Some((date, rest.trim()));
        }
    }
    date_only(t).map(|date| (date, ""))
}

/// A cell's lines as its text, line breaks inside a sentence taken out; `None` for a dash or
/// nothing (a cell left blank: [`written`]).
pub(super) fn cell(lines: &[(usize, &str)]) -> Option<String> {
    written(reflow(&text::join_numbered(lines)))
}

/// A 変更前 or 変更後 cell's text as the report holds it: `None` for nothing or a dash alone
/// (`－`, `―`, `-`: an item added or removed; [`is_empty_mark`]), as every item's cell reads a
/// dash, and as [`crate::form::CHANGE_EMPTY_TEXT`] prints `None` back. Every reader of the
/// table takes its texts through here.
pub(super) fn written(text: String) -> Option<String> {
    Some(text).filter(|t| !is_empty_mark(t))
}

/// A row changing the item its 項目 cell names. A cell whose last line is the number of one of
/// the form's items alone, in the item table's notation and in brackets or not (`（Ⅰ1②）`,
/// `Ⅰ2①`: what `render` prints under the row's words), names that item: the row gets its
/// [`ItemId`] and the line is no part of the 項目's words. Refuses a last
/// line that is no item's number of the form (`（3）`, `Ⅸ9⑨`): the cell is kept whole.
pub(super) fn record_of(form: crate::AssessmentKind, item: String) -> ChangeRecord {
    let reference = item.rsplit_once('\n').and_then(|(words, last)| {
        let number = last
            .trim()
            .trim_start_matches(['（', '('])
            .trim_end_matches(['）', ')']);
        crate::report::ItemId::find_by_number(form, number).map(|id| (words.to_owned(), id))
    });
    match reference {
        Some((words, id)) => ChangeRecord::new(words).with_item_id(id),
        None => ChangeRecord::new(item),
    }
}

/// The 変更箇所 of a PDF text, where each cell stands on its own lines and cells are parted by
/// blank lines (a page's header row parts them too): a date alone starts a row; the cells up
/// to the one that starts with 「事前」 or 「事後」 are 項目, 変更前の記載 and 変更後の記載 when
/// there are exactly three (else only the 項目 is taken, the rest listed as unread); the rest of
/// the 提出時期's cell, or else the cell after it, is its 説明. A row whose cells run on past
/// its 説明, that has no 提出時期, or that holds more cells than the table has columns,
/// interleaves two rows of a page: only its date and 項目 are taken (a 提出時期 on the 変更後's
/// line keeps the texts and the 提出時期, and a 説明 printed right under it whose every cell past
/// it repeats its text is kept: whichever cell is the row's reads the same). Cells run together
/// on one line are parted first (see [`whole_row`], [`run_together`], [`text_and_timing`],
/// [`timing_and_rest`]). Texts in more runs than the two columns leave the 変更前 and 変更後
/// unread but keep the row's 提出時期 and 説明 (after a lone editorial note, the runs are all
/// the 変更後's).
/// Rows are marked inferred: the columns are read from the order of the cells.
///
/// `from` is the first line of the table: the heading's line `start`, or a row printed above
/// it ([`rows_before`]); the heading's line itself parts cells.
pub(super) fn read_changes_blocks(
    lines: &[text::Line],
    (from, start): (usize, usize),
    layout: &text::Layout,
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    // The columns side by side, padded with spaces: read by where each line's runs start.
    if laid_out::is_laid_out(lines, start) {
        // Each cell at its row's middle (a word processor's table): read by the rows' dates.
        if centred::is_centred(lines, from) {
            centred::read_centred(lines, from, report, trace, unread);
        } else {
            laid_out::read_laid_out(lines, from, report, trace, unread);
        }
        return;
    }
    // Cells with no blank line between them: read in the order the page draws them.
    if unbroken::is_unbroken(lines, start, report.form()) {
        unbroken::read_unbroken(lines, start, layout, report, trace, unread);
        return;
    }
    // Cells of several lines with no blank line between them and no item number under a row:
    // read by the form's labels and the columns' order.
    if run_on::is_run_on(lines, start) {
        run_on::read_run_on(lines, (from, start), report, trace, unread);
        return;
    }
    let Some(Read {
        cells,
        split_off,
        closed_by_timing,
        first_dates,
    }) = read_cells(lines, (from, start))
    else {
        return;
    };
    // Each cell's date when it is a date alone (read once: the rows look at each cell twice).
    let lone_dates: Vec<Option<chrono::NaiveDate>> = (0..cells.len())
        .map(|at| match cells.get(at) {
            Some([piece]) if split_off.binary_search(&at).is_err() => first_dates.date(*piece),
            _ => None,
        })
        .collect();
    let lone_date = |at: usize| lone_dates.get(at).copied().flatten();
    // Most dates stand right above another date: the 変更日 were printed as a column of their
    // own, apart from their rows, and no date can be tied to a row.
    let (mut dates, mut stacked) = (0, 0);
    for (at, date) in lone_dates.iter().enumerate() {
        if date.is_some() {
            dates += 1;
            if at
                .checked_sub(1)
                .is_some_and(|above| lone_date(above).is_some())
            {
                stacked += 1;
            }
        }
    }
    if stacked >= 2 && stacked * 2 >= dates {
        undated::read_undated(lines, (from, start), report, trace, unread);
        return;
    }
    // The widths of the lines a cell goes on after, read once: the full width of a line and
    // the rows' paragraphs are found from them.
    let widths = cells.widths();
    let full = upper_quartile(widths.iter().flatten().copied());
    // The lines of a span of pieces (a cell, or cells joined or parted below).
    let pieces = |(a, b): Span| cells.pieces.get(a..b).unwrap_or_default();
    let widths_of = |(a, b): Span| widths.get(a..b).unwrap_or_default();
    // A cell that starts with the 提出時期: the timing, and the lines after it (its 説明).
    let timing_of = |cell: &[Piece<'_>]| -> Option<crate::report::SubmissionTiming> {
        let (_, first) = cell.first()?;
        // The cheap test first (see [`read_timing`]).
        holds(first, '事')
            .then(|| read_timing(&crate::import::fill::squeezed(first)))
            .flatten()
    };
    // The cells of a row below its date, as spans of pieces (a row's cells follow one
    // another: joining two is moving an end), and the cells past its 説明: kept from row to
    // row, emptied at each.
    let mut content: Vec<Span> = Vec::new();
    let mut tail: Vec<&[Piece<'_>]> = Vec::new();
    let mut i = 0;
    while i < cells.len() {
        let Some(date) = lone_date(i) else {
            if let Some(cell) = cells.get(i) {
                unread.extend(cell.iter().map(|(no, _)| (*no, UnreadReason::ChangeRow)));
            }
            i += 1;
            continue;
        };
        let date_cell = cells.get(i).unwrap_or_default();
        let first = date_cell.first().map_or(0, |(no, _)| *no);
        let mut last = first;
        content.clear();
        tail.clear();
        // Whether the last cell of the content ended on the 提出時期's line.
        let mut ends_at_timing = false;
        let mut timing = None;
        let mut explanation: Option<&[Piece<'_>]> = None;
        // Whether the 説明 stands right under the 提出時期, in its run of lines.
        let mut under_timing = false;
        i += 1;
        while let Some((span, cell)) = cells.span(i).zip(cells.get(i)) {
            if lone_date(i).is_some() {
                break;
            }
            last = cell.last().map_or(last, |(no, _)| *no);
            match (timing.is_some(), timing_of(cell)) {
                (false, Some(t)) => {
                    timing = Some(t);
                    explanation = cell.get(1..).filter(|rest| !rest.is_empty());
                    under_timing = explanation.is_some();
                }
                (false, None) => {
                    let beyond_item = content.len() > 1;
                    // (The cell above is the one right before this one: joined, it ends where
                    // this one does.)
                    match content.last_mut() {
                        // 「～上記追加」 speaks of the text above it: the same cell, parted by
                        // a blank line.
                        Some(above) if beyond_item && refers_above(cell) => above.1 = span.1,
                        // A 項目 that breaks off on a particle or a joiner (`…手順の`) runs on
                        // past a blank line: a label never ends there.
                        Some(item)
                            if !beyond_item
                                && (item_runs_on(pieces(*item), cell)
                                    || names_item_rest(report.form(), cell)) =>
                        {
                            item.1 = span.1;
                        }
                        _ => content.push(span),
                    }
                    ends_at_timing = closed_by_timing.binary_search(&i).is_ok();
                }
                (true, t) => {
                    if explanation.is_none() && t.is_none() {
                        explanation = Some(cell);
                    } else {
                        tail.push(cell);
                    }
                }
            }
            i += 1;
        }
        for cell in &tail {
            unread.extend(cell.iter().map(|(no, _)| (*no, SCRAMBLED)));
        }
        // Every row has its 提出時期; a cell past the 説明, or a 説明 that names a place,
        // belongs to another row.
        let names_place = explanation.is_some_and(cell_names_place);
        let interleaved = timing.is_none() || !tail.is_empty() || names_place;
        // A cell past the 説明 leaves the 説明 in doubt, but a 提出時期 printed on the line the
        // 変更後 ends on (`削除 事後`) is the 変更後's: the texts and the 提出時期 are kept.
        let tied = ends_at_timing && timing.is_some() && !names_place;
        let item = content
            .first()
            .map(|&c| text_of(pieces(c)))
            .unwrap_or_default();
        // The 項目 column is narrow and names a place (or is a ditto mark): a long text is a
        // cell carried over, unless it spells out a whole path of the form, from a chapter's
        // numeral to an item's label.
        let item_lines = content.first().map_or(0, |&c| pieces(c).len());
        let narrow = item_lines <= ITEM_CELL_LINES
            || (item_lines <= PLACE_PATH_LINES && spells_out_path(report.form(), &item));
        if !narrow || !(looks_like_place(&item) || is_ditto(&item) || ditto_then_place(&item)) {
            // A date above text that names no item: a long cell carried onto the next page
            // (the date is no row's then either).
            let cells_below = content.iter().map(|&c| pieces(c)).chain(explanation);
            for cell in std::iter::once(date_cell).chain(cells_below) {
                unread.extend(cell.iter().map(|(no, _)| (*no, SCRAMBLED)));
            }
            continue;
        }
        // One run below the 項目 whose first line is an editorial note in brackets or a dash
        // (`（右記の内容を追記）`, `―`) holds both columns: the note is the 変更前, the rest the
        // 変更後 (the 変更前 column is the narrower text).
        if let [_, both] = content.as_mut_slice() {
            let cell = pieces(*both);
            if cell.len() > 1 && cell.first().is_some_and(|(_, l)| is_note_cell(l)) {
                let after = (both.0 + 1, both.1);
                both.1 = after.0;
                content.push(after);
            }
        }
        // One paragraph below the 項目 that ends on the 提出時期's line (`削除 事後`) is the
        // 変更後; the 変更前 was left blank.
        if let [_, only] = content.as_slice() {
            let cell = pieces(*only);
            if ends_at_timing
                && !cell.is_empty()
                && paragraph_breaks(cell, widths_of(*only), full)
                    .next()
                    .is_none()
            {
                content.insert(1, (only.0, only.0));
            }
        }
        // One run below the 項目 that holds two paragraphs, the first a single line that ends
        // where the second's first word would have fitted on it: a one-line 変更前 and the
        // 変更後, printed with no blank line between them. (Lines that run on and then a short
        // line are as likely one cell's two paragraphs: left unread.)
        if let [_, both] = content.as_mut_slice() {
            if !ends_at_timing {
                // Lines next to each other: two runs joined as one cell (`～上記追加`) stay one.
                let adjacent = matches!(pieces(*both), [(a, _), (b, _), ..] if a + 1 == *b);
                let mut breaks = paragraph_breaks(pieces(*both), widths_of(*both), full);
                if adjacent && breaks.next() == Some(1) && breaks.next().is_none() {
                    let after = (both.0 + 1, both.1);
                    both.1 = after.0;
                    content.push(after);
                }
            }
        }
        // More texts than the two columns hold: the 変更前 and 変更後 were printed in several
        // runs and the boundary between them is lost, but the 提出時期 that follows them is still
        // this row's. Where the 変更前 is an editorial note alone (`（右記の内容を追記）`), the
        // runs after it are all the 変更後's (they follow one another: one span).
        if content.len() > 3
            && content
                .get(1)
                .is_some_and(|&c| matches!(pieces(c), [(_, l)] if is_note_cell(l)))
        {
            if let (Some(&(a, _)), Some(&(_, b))) = (content.get(2), content.last()) {
                content.truncate(2);
                content.push((a, b));
            }
        }
        // More texts than the two columns hold, the first of them not a note: the 変更後
        // restates the 変更前 with its edits, so where the runs begin again the way the first
        // one began is the 変更後's first run (see [`restated_from`]).
        if content.len() > 3 {
            let openings: Vec<String> = content
                .iter()
                .skip(1)
                .map(|&c| opening_of(pieces(c)))
                .collect();
            if let Some(k) = restated_from(&openings) {
                // (`k` counts the runs after the 項目: the 変更後 starts at `content[k + 1]`.)
                let before = content.get(1).zip(content.get(k)).map(|(a, b)| (a.0, b.1));
                let after = content
                    .get(k + 1)
                    .zip(content.last())
                    .map(|(a, b)| (a.0, b.1));
                if let (Some(before), Some(after)) = (before, after) {
                    content.truncate(1);
                    content.push(before);
                    content.push(after);
                }
            }
        }
        let many = content.len() > 3;
        // Cells run together on one line (`2018/4/1 平成30年7月31日　時点 事前` that was not
        // split): the columns cannot be told apart. A piece ends in a space and a 提出時期.
        // (Every piece is trimmed.)
        let merged = content.iter().any(|&c| {
            pieces(c).iter().any(|(_, l)| {
                SubmissionTiming::LABELS
                    .iter()
                    .any(|timing| l.strip_suffix(timing).is_some_and(|r| r.ends_with(' ')))
            })
        });
        let mut record = record_of(report.form(), item);
        record.date = Some(date);
        if let (false, false, false, &[_, before, after]) =
            (merged, interleaved && !tied, many, content.as_slice())
        {
            record.before = written(text_of(pieces(before)));
            record.after = written(text_of(pieces(after)));
        } else {
            for &cell in content.iter().skip(1) {
                unread.extend(pieces(cell).iter().map(|(no, _)| (*no, SCRAMBLED)));
            }
        }
        // Cells past a 説明 printed right under a 提出時期 that is the row's (`削除 事後`), all
        // of them the 説明's text again: whichever of them is the row's, it reads the same.
        let same_past = tied
            && under_timing
            && explanation.is_some_and(|own| {
                let own = crate::import::fill::squeeze(&text_of(own));
                tail.iter()
                    .all(|c| crate::import::fill::squeeze(&text_of(c)) == own)
            });
        if interleaved && same_past {
            record.timing = timing;
            record.explanation = explanation.map(text_of);
        } else if interleaved {
            for cell in explanation.iter() {
                unread.extend(cell.iter().map(|(no, _)| (*no, SCRAMBLED)));
            }
            if tied {
                record.timing = timing;
            }
        } else {
            record.timing = timing;
            record.explanation = explanation.map(text_of);
        }
        let read = ReadFrom {
            rule: "changes.blocks",
            lines: [first, last],
            confidence: Confidence::Inferred,
        };
        push_row(record, read, report, trace);
    }
}

/// The cells of a PDF text's 変更箇所 (see [`read_cells`]): every cell's pieces, cell after
/// cell, in one list (a cell is a span of it), and the run of pieces being read.
struct Cells<'a> {
    /// The pieces of every cell in the order of the cells, then those of the open run.
    pieces: Vec<Piece<'a>>,
    /// Where each cell's pieces end in `pieces`: a cell starts where the one before it ends.
    ends: Vec<usize>,
}

/// A span of [`Cells::pieces`], from its first piece up to (not including) its end.
type Span = (usize, usize);

impl<'a> Cells<'a> {
    /// The number of cells (the open run not counted).
    fn len(&self) -> usize {
        self.ends.len()
    }

    /// Where cell `at`'s pieces stand.
    fn span(&self, at: usize) -> Option<Span> {
        let end = *self.ends.get(at)?;
        let start = match at.checked_sub(1) {
            Some(before) => *self.ends.get(before)?,
            None => 0,
        };
        Some((start, end))
    }

    /// The pieces of cell `at`.
    fn get(&self, at: usize) -> Option<&[Piece<'a>]> {
        let (start, end) = self.span(at)?;
        self.pieces.get(start..end)
    }

    /// The pieces of the open run: those after the last cell's.
    fn run(&self) -> &[Piece<'a>] {
        let open = self.ends.last().copied().unwrap_or_default();
        self.pieces.get(open..).unwrap_or_default()
    }

    /// A piece put at the end of the open run.
    fn push(&mut self, piece: Piece<'a>) {
        self.pieces.push(piece);
    }

    /// The open run ends as a cell, if it holds a piece.
    fn close(&mut self) {
        if !self.run().is_empty() {
            self.ends.push(self.pieces.len());
        }
    }

    /// A cell of one piece, after the open run (closed first).
    fn push_cell(&mut self, piece: Piece<'a>) {
        self.close();
        self.pieces.push(piece);
        self.ends.push(self.pieces.len());
    }

    /// Each piece's printed width ([`width`]) where a line of its cell follows it:
    /// those [`full_width`] counts (the last piece of a cell has none).
    fn widths(&self) -> Vec<Option<usize>> {
        let mut widths = vec![None; self.pieces.len()];
        let mut start = 0;
        for &end in &self.ends {
            let cell = self.pieces.get(start..end).unwrap_or_default();
            let own = widths.get_mut(start..end).unwrap_or_default();
            for (w, (_, line)) in own.iter_mut().zip(cell).rev().skip(1) {
                *w = Some(width(line));
            }
            start = end;
        }
        widths
    }
}

/// What [`read_cells`] read: the cells, the cells split off a line of cells run together
/// (never a row's 変更日), those a 提出時期 printed at the end of their last line closed
/// (`削除 事後`), and each line's first word with its date. (Both lists are of cells'
/// indices, pushed as the cells are: in order, searched by bisection.)
struct Read<'a> {
    cells: Cells<'a>,
    split_off: Vec<usize>,
    closed_by_timing: Vec<usize>,
    first_dates: FirstDates<'a>,
}

/// The cells of the 変更箇所 of a PDF text from line `from` (the heading on line `start`; see
/// [`read_changes_blocks`]): runs of non-blank lines (each piece with its source line); a
/// header row (repeated on each page) ends a run. A PDF text also runs cells together: a date
/// alone at the start of a run is a cell of its own (the 項目 printed right under the 変更日),
/// a date followed by ditto marks (`令和2年4月1日 同上 同上`) is the row's first cells, and two
/// texts that each start with a date before the 提出時期 (`平成30年7月31日　時点
/// 平成31年4月1日　時点 事後`) are the 変更前 and 変更後 cells. `None` when no line is left.
// (Kept out of line, so that a profile shows the reading of the lines apart from the rows'.)
#[inline(never)]
fn read_cells<'a>(lines: &'a [text::Line<'a>], (from, start): (usize, usize)) -> Option<Read<'a>> {
    // A page's number is no cell: the rows go on across it.
    let first_line = lines.partition_point(|l| l.no < from.min(start));
    let table = lines.get(first_line..)?;
    // A cell has a line at least, and most are parted by a blank one: sized for the most.
    let mut cells = Cells {
        pieces: Vec::with_capacity(table.len()),
        ends: Vec::with_capacity(table.len() / 2),
    };
    let mut split_off: Vec<usize> = Vec::new();
    let mut closed_by_timing: Vec<usize> = Vec::new();
    // Each line's first word and its date, read once: the tests below and the cells' dates
    // look at them again (a piece that is a line's first word has its date).
    let mut first_dates = FirstDates(Vec::with_capacity(table.len()));
    let mut last_date = LastDate::default();
    for line in table.iter().filter(|l| !is_page_number(l)) {
        // (A line that parts cells is no piece of one: its words are not read.)
        if parts_cells(line, start) {
            cells.close();
            continue;
        }
        // A key as long as the text is the text, which holds no white space to trim nor a
        // space to part words at (folding drops or shortens every character it changes): most
        // lines are one word, found without a search.
        let plain = line.key().len() == line.text.len();
        let (t, first) = if plain {
            (&*line.text, &*line.text)
        } else {
            let t = line.text.trim();
            (t, t.split(' ').find(|w| !w.is_empty()).unwrap_or_default())
        };
        // The first word's folded characters begin the line's key: with no era's first
        // character near the key's start, the word is no date (the cheap test first).
        // A line that is one word has the word's key: a key of more than 4 × [`DATE_CHARS`]
        // bytes is then of no date alone (see [`date_only`], which counts the characters of
        // the few words left; the cheap test first).
        let long_word = first.len() == t.len() && line.key().len() > 4 * DATE_CHARS;
        let first_date = (!long_word && era_near_start(line.key()))
            .then(|| last_date.of(first))
            .flatten();
        first_dates.0.push((line.no, first, first_date));
        let date_of = |w: &str| if w == first { first_date } else { date_only(w) };
        // Every 提出時期 holds `事` (see [`read_timing`]): a line without it runs no 提出時期
        // together with its other cells, and runs cells together only after a date. Cells run
        // together and a 提出時期 after a cell's text are parted by half-width spaces: a line
        // without one (its first word is all of it) is searched only when a 提出時期 may start
        // it, and only when it holds white space at all ([`timing_and_rest`] parts it at a
        // space; a plain line holds none): the cheap tests first.
        let spaced = first.len() < t.len();
        let timed = spaced && holds(t, '事');
        // The pieces of a line parted at its spaces, trimmed as the line is (every piece is:
        // the cells' texts and widths are read from them as they are).
        let piece = |text: &'a str| (line.no, text.trim());
        if let Some((date, item, texts, timing)) = whole_row(t, first_date) {
            // A whole row on one line: the date starts it, the other cells are its columns.
            cells.push_cell(piece(date));
            if let Some(timing) = timing {
                for c in std::iter::once(item).chain(texts) {
                    split_off.push(cells.len());
                    cells.push_cell(piece(c));
                }
                cells.push(piece(timing));
            } else {
                // The 項目 may run on over the next lines.
                cells.push(piece(item));
            }
        } else if let Some(split) = (timed || first_date.is_some())
            .then(|| run_together(t, &date_of))
            .flatten()
        {
            cells.close();
            let (head, timing) = split;
            let dated = timing.is_none();
            for (k, c) in head.into_iter().enumerate() {
                if k > 0 || !dated {
                    split_off.push(cells.len());
                }
                cells.push_cell(piece(c));
            }
            if let Some(timing) = timing {
                // The texts end on the 提出時期's line.
                closed_by_timing.push(cells.len().saturating_sub(1));
                cells.push(piece(timing));
            }
        } else if let Some((head, timing)) = timed.then(|| text_and_timing(t)).flatten() {
            // `…課長 事後`: the cell's last line, then the 提出時期.
            cells.push(piece(head));
            closed_by_timing.push(cells.len());
            cells.close();
            cells.push(piece(timing));
        } else if matches!(cells.run(), [piece] if first_dates.date(*piece).is_some()) {
            cells.close();
            cells.push((line.no, t));
        } else if let Some((timing, rest)) = (cells.run().is_empty()
            && (timed || !spaced && !plain && holds(t, '事')))
        .then(|| timing_and_rest(t))
        .flatten()
        {
            // `事後 追記`: the 提出時期 and its 説明 on one line.
            cells.push(piece(timing));
            cells.push(piece(rest));
        } else if let Some((label, rest)) = spaced.then(|| label_then_text(t)).flatten() {
            // `②所属長の役職名 保険年金課…`: the 項目 ends at its label, the 変更前 starts.
            cells.push(piece(label));
            cells.close();
            split_off.push(cells.len());
            cells.push(piece(rest));
        } else {
            cells.push((line.no, t));
        }
    }
    cells.close();
    Some(Read {
        cells,
        split_off,
        closed_by_timing,
        first_dates,
    })
}

/// A line that opens with an item's circled number and its label of the form, then white
/// space and other words: the 項目 cell's last line and the 変更前 cell's first, run together
/// on one line. The label, then the words. Reads `②所属長の役職名 架空課長` → (`②所属長の役職名`,
/// `架空課長`); refuses `②所属長の役職名` (the label alone), `②架空の項目 架空課長` (no label of
/// the form) and a line that opens with no circled number (`法令上の根拠 架空`: a 変更前 may
/// begin with words that are a label).
fn label_then_text(t: &str) -> Option<(&str, &str)> {
    let mark = t.chars().next()?;
    if !is_circled(mark) {
        return None;
    }
    let after_mark = t.get(mark.len_utf8()..)?;
    let body = after_mark.trim_start_matches([' ', '\u{3000}']);
    let label = super::form_words::form_labels()
        .iter()
        .find(|l| body.starts_with(**l))?;
    let rest = body.get(label.len()..)?;
    let words = rest.trim_start_matches([' ', '\u{3000}']);
    if words.len() == rest.len() || words.is_empty() {
        return None;
    }
    let end = t.len() - rest.len();
    Some((t.get(..end)?, words))
}

/// The cell's lines (trimmed, as every piece of [`Cells`] is) joined with line breaks, written
/// into one string.
fn text_of(cell: &[Piece<'_>]) -> String {
    text::join_numbered(cell)
}

/// [`looks_like_place`] of a cell's [text](text_of), read from its first line with text:
/// the test looks at a text's start alone, and the lines after it cannot change what it
/// finds there (a line break is no figure nor a stop after one).
fn cell_names_place(cell: &[Piece<'_>]) -> bool {
    cell.iter()
        .map(|&(_, l)| l)
        .find(|l| !l.is_empty())
        .is_some_and(looks_like_place)
}

/// Why the lines of a 変更箇所 cell whose row or column is in doubt are left unread.
const SCRAMBLED: UnreadReason = UnreadReason::ChangeColumns;

/// Whether `line` parts the cells of a PDF text's 変更箇所: a blank line, the table's heading
/// (on line `start`, and again on each page a print repeats it) or a header row (repeated on
/// each page).
fn parts_cells(line: &text::Line, start: usize) -> bool {
    line.no == start
        || line.key().is_empty()
        || super::classify::is_header_row(line.key())
        || super::classify::is_changes_heading(line.key())
}

/// Whether the first character of an era's name stands among the first [`DATE_CHARS`]
/// characters of `key` (a line's key, folded as [`date_only`] folds), or the key opens as a
/// date in the short style does (`H30.10.1`): a text whose folded
/// characters begin the key (the line's text, or its first word) is no date alone without one.
/// (The characters are stepped over by their first bytes, [`super::boxes::any_char_bytes`]:
/// only those led by `E4` to `E6`, the eras' first characters' leading byte, are decoded.)
fn era_near_start(key: &str) -> bool {
    // A date in the short style opens with its era's initial ([`super::classify::opens_short_date`]).
    if super::classify::opens_short_date(key) {
        return true;
    }
    let lead = |b: u8| (0xE4..=0xE6).contains(&b);
    super::boxes::any_char_bytes(key, DATE_CHARS, lead, |c| match *c {
        [b @ 0xE4..=0xE6, b1, b2] => decode3(b, b1, b2).is_some_and(crate::import::fill::era_start),
        _ => false,
    })
}

/// Each line's first word and its date alone ([`date_only`]), by line number: pushed in the
/// order of the lines (a line's pieces in turn, the last one kept), searched by bisection.
struct FirstDates<'a>(Vec<(usize, &'a str, Option<chrono::NaiveDate>)>);

impl FirstDates<'_> {
    /// [`date_only`] of a piece of a cell, read from the list when the piece is its line's
    /// first word.
    fn date(&self, (no, piece): Piece<'_>) -> Option<chrono::NaiveDate> {
        let at = self.0.partition_point(|&(n, ..)| n <= no);
        match at.checked_sub(1).and_then(|at| self.0.get(at)) {
            Some(&(n, word, date)) if n == no && word == piece => date,
            _ => date_only(piece),
        }
    }
}

/// [`date_only`] of a line's first word, with the last word read that was a date alone: the
/// rows of a table most often share their 変更日, printed alike, and a date is read once then
/// (the words between the rows that are no date do not take its place).
#[derive(Default)]
struct LastDate<'a> {
    last: Option<(&'a str, chrono::NaiveDate)>,
}

impl<'a> LastDate<'a> {
    /// [`date_only`] of `word`: the last date's when it is the last date's word again.
    fn of(&mut self, word: &'a str) -> Option<chrono::NaiveDate> {
        match self.last {
            Some((last, date)) if last == word => Some(date),
            _ => {
                let date = date_only(word)?;
                self.last = Some((word, date));
                Some(date)
            }
        }
    }
}

/// Whether `line` is a page's number alone ([`super::classify::is_page_number`]). Its key then holds only
/// figures and dashes (the white space folded out, the full-width figures and dash folded to
/// ASCII): a key with any other byte is rejected first (most lines, at their first byte).
fn is_page_number(line: &text::Line) -> bool {
    !line.key().is_empty()
        && line.key().bytes().all(|b| b.is_ascii_digit() || b == b'-')
        && super::classify::is_page_number(&line.text)
}

/// The first line of 変更箇所 rows a PDF text printed above the table's heading (`heading`,
/// the heading's line or the header row): the first row start — a date alone on its line,
/// whose next line names a place in the form, and not under an item's label (`①実施日`, whose
/// value it is: [`form_words::is_circled_label`](super::form_words::is_circled_label)) — after the last line a value was read from
/// (where its cell starts: a cell may run on over lines the walk could not place).
/// Those lines belong to no item (the walk stopped at the heading's page); `None` when no row
/// stands there.
// (Kept out of line, as the other passes are, so that a profile shows its cost on its own.)
#[inline(never)]
pub(super) fn rows_before(lines: &[text::Line], heading: usize, trace: &Trace) -> Option<usize> {
    let read_up_to = trace
        .values
        .iter()
        .map(|v| v.lines[0])
        .filter(|&a| a < heading)
        .max()
        .unwrap_or(0);
    let mut candidate: Option<usize> = None;
    // (The lines are in the order of their numbers: those after `read_up_to` are found by
    // bisection.)
    let from = lines.partition_point(|l| l.no <= read_up_to);
    // The last line with text before the line looked at.
    let mut previous: Option<&str> = lines
        .get(..from)
        .unwrap_or_default()
        .iter()
        .rev()
        .map(|l| l.text.trim())
        .find(|t| !t.is_empty());
    for line in lines
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take_while(|l| l.no < heading)
        .filter(|l| !l.text.trim().is_empty())
    {
        if let Some(date_line) = candidate {
            if looks_like_place(&line.text) {
                return Some(date_line);
            }
            candidate = None;
        }
        // (The line's key is its text folded: the cheap test first.) A date under an item's
        // label is that item's value.
        if era_near_start(line.key())
            && date_only(&line.text).is_some()
            && !previous.is_some_and(super::form_words::is_circled_label)
        {
            candidate = Some(line.no);
        }
        previous = Some(line.text.trim());
    }
    None
}

/// A whole 変更箇所 row printed on one line, cells parted by half-width spaces: a date, the
/// 項目 (it names a place in the form; a word after it that names one too, `①実施日`, is part
/// of it), the 変更前 and 変更後 texts, the 提出時期 (`令和5年4月1日 Ⅳ　リスク対策 ― 追加 事後`)
/// → the date, the 項目, the two texts, the 提出時期. Where more words stand between the 項目
/// and the 提出時期, which space parts the two texts is not known: they come back as one
/// piece. A date and a 項目 alone (`令和5年4月1日 Ⅳ　１．監査`) start a row whose other cells
/// follow.
/// `first_date`: the date its first word is alone (the cheap test first).
fn whole_row(
    text: &str,
    first_date: Option<chrono::NaiveDate>,
) -> Option<(&str, &str, Vec<&str>, Option<&str>)> {
    first_date?;
    // The words parted by half-width spaces, each with its byte offset.
    let words: Vec<(usize, &str)> = text
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let (&(_, date), rest) = words.split_first()?;
    let places = rest.iter().take_while(|(_, w)| looks_like_place(w)).count();
    let (&(item_at, _), _) = rest.split_first()?;
    let &(last_at, last) = rest.get(places.checked_sub(1)?)?;
    let item = text.get(item_at..last_at + last.len())?;
    let rest = rest.get(places..)?;
    let Some((&(timing_at, timing), texts)) = rest.split_last() else {
        return Some((date, item, Vec::new(), None));
    };
    read_timing(timing)?;
    match texts {
        [] => None,
        [(_, before), (_, after)] => Some((date, item, vec![*before, *after], Some(timing))),
        [(from, _), ..] => Some((
            date,
            item,
            vec![text.get(*from..timing_at)?.trim()],
            Some(timing),
        )),
    }
}

/// Whether the 項目 cell `item` breaks off where a label cannot end (a particle `の`, a joiner
/// `・`, `－`) and `next`, one short line, is its rest.
fn item_runs_on(item: &[Piece<'_>], next: &[Piece<'_>]) -> bool {
    let broken = item
        .last()
        .is_some_and(|(_, l)| l.trim_end().ends_with(['の', '・', '－', '-', '、']));
    broken
        && matches!(next, [(_, l)] if l.trim().chars().count() <= ITEM_REST_CHARS && !looks_like_place(l))
}

/// Whether `next`, right under the 項目 cell, is the rest of the place the 項目 names, cut off
/// from it by a blank line. On one line: a block's item as the column names it
/// (`先26-①法令上の根拠`: a circled number after a dash), or one of the form's labels or the end
/// of one (`②事務の概要`, `令上の根拠`, at least [`ITEM_LABEL_TAIL_CHARS`] characters), its
/// circled number aside. On up to [`ITEM_REST_LINES`] lines: a text that ends naming a block or
/// a block's item (`（委託に伴うものを除く。）提供` / `先15-①法令上の根拠`, `…。）提供先2`), or
/// whose last line is an item's circled number and whole label (`り扱う事務` /
/// `③システムの名称`: [`ends_in_circled_label`]). A
/// 変更前 is the item's text as it was, never its label. Refuses `追加`, `なし`, and prose
/// (`提供先2に架空の情報を追加する。`: it goes on past the block's name).
fn names_item_rest(form: crate::AssessmentKind, next: &[Piece<'_>]) -> bool {
    let [(_, line)] = next else {
        return next.len() <= ITEM_REST_LINES
            && (ends_naming_a_block(form, next) || ends_in_circled_label(form, next));
    };
    let squeezed = crate::import::fill::squeeze(line);
    let mut chars = squeezed.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '-' | '－' | '‐' | '−') && chars.peek().copied().is_some_and(is_circled)
        {
            return true;
        }
    }
    let label = squeezed.trim_start_matches(is_circled);
    let label_tail = label.chars().count() >= ITEM_LABEL_TAIL_CHARS
        && super::form_words::of(form)
            .all_labels
            .iter()
            .any(|l| l.ends_with(label));
    label_tail || ends_naming_a_block(form, next)
}

/// Whether the last of the lines `cell` is an item's circled number and its whole label of the
/// form (`③システムの名称`, under `り扱う事務`): the end of a place's path. Refuses a last line
/// whose words after the number are no label (`③架空の記載`) and a label with no number (a
/// word a text may end on).
fn ends_in_circled_label(form: crate::AssessmentKind, cell: &[Piece<'_>]) -> bool {
    let Some((_, last)) = cell.last() else {
        return false;
    };
    let squeezed = crate::import::fill::squeeze(last);
    let label = squeezed.trim_start_matches(is_circled);
    label.len() < squeezed.len() && super::form_words::of(form).all_labels.contains(label)
}

/// Whether the lines `cell`, joined, end naming a block of the form (`提供先2`, `移転先3`,
/// `委託事項4`) or a block's item (`提供先15-①法令上の根拠`: a label of the form after the
/// circled number).
fn ends_naming_a_block(form: crate::AssessmentKind, cell: &[Piece<'_>]) -> bool {
    let joined: String = cell.iter().map(|&(_, l)| l).collect();
    words_end_naming_a_block(form, &crate::import::fill::squeeze(&joined))
}

/// [`ends_naming_a_block`] of words already squeezed (a 項目's words so far).
pub(super) fn words_end_naming_a_block(form: crate::AssessmentKind, squeezed: &str) -> bool {
    // The block's name and number the text ends with, its item after a dash if it has one.
    let block = match squeezed.rfind(['-', '－', '‐', '−']) {
        Some(at) => {
            let (block, item) = squeezed.split_at(at);
            let mut item = item.chars();
            item.next();
            if !item.next().is_some_and(is_circled) {
                return false;
            }
            if !super::form_words::of(form)
                .all_labels
                .contains(item.as_str())
            {
                return false;
            }
            block
        }
        None => squeezed,
    };
    let number = block.trim_end_matches(|c: char| c.is_ascii_digit());
    number.len() < block.len()
        && [
            crate::form::PROVISION,
            crate::form::TRANSFER,
            crate::form::ENTRUSTMENT,
        ]
        .iter()
        .any(|word| number.ends_with(word))
}

/// Where the paragraphs of a cell start (indices of its pieces): a line ends its paragraph when
/// the next line's first word, and one full-width character more, would have fitted within
/// `full` (the width of a full line of the column): a wrapped line fills its column.
fn paragraph_starts(cell: &[Piece<'_>], full: usize) -> Vec<usize> {
    if cell.is_empty() {
        return Vec::new();
    }
    std::iter::once(0)
        .chain(paragraph_breaks(cell, &[], full))
        .collect()
}

/// [`paragraph_starts`] after the first, found as they are asked for; `widths` holds the
/// widths of the cell's lines where they were measured already (by index in the cell; a line
/// without one is measured here).
fn paragraph_breaks<'c>(
    cell: &'c [Piece<'_>],
    widths: &'c [Option<usize>],
    full: usize,
) -> impl Iterator<Item = usize> + 'c {
    cell.windows(2).enumerate().filter_map(move |(k, pair)| {
        let [(_, line), (_, next)] = pair else {
            return None;
        };
        let own = widths
            .get(k)
            .copied()
            .flatten()
            .unwrap_or_else(|| width(line.trim()));
        (own + first_word_width(next.trim()) + 2 <= full).then_some(k + 1)
    })
}

/// The width of a full line of the widest columns (変更前, 変更後), which hold most of the
/// table's lines: the upper quartile of the widths of the lines a cell goes on after (a
/// wrapped line fills its column; see [`upper_quartile`]).
fn full_width(cells: &[Vec<Piece<'_>>]) -> usize {
    upper_quartile(
        cells
            .iter()
            .flat_map(|cell| cell.iter().rev().skip(1))
            .map(|(_, line)| width(line.trim())),
    )
}

/// The upper quartile of `widths` (a line's [`width`] each), counted by width in one pass:
/// [`full_width`].
pub(super) fn upper_quartile(widths: impl Iterator<Item = usize>) -> usize {
    const MAX: usize = 256;
    let mut counts = [0usize; MAX];
    let mut total = 0;
    for w in widths {
        if let Some(n) = counts.get_mut(w.min(MAX - 1)) {
            *n += 1;
            total += 1;
        }
    }
    let mut above = 0;
    for (w, n) in counts.iter().enumerate().rev() {
        above += n;
        if total > 0 && above * 4 >= total {
            return w;
        }
    }
    0
}

/// The printed width of a text in half-width units: an ASCII or half-width katakana
/// character, or a punctuation mark set in half an em (`、`, `（`), is one, any other two
/// ([`is_narrow`]). Read a character at a time from its first byte, which says how long it is
/// and whether it is ASCII; with its second, whether it is of the rows the narrow marks are
/// in (`E3 80`, `E3 83`, `EF BC` to `EF BE`): only those are decoded.
pub(super) fn width(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut total = 0;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        let len = super::fill::char_len(b);
        let wide = match b {
            0x00..=0x7F => false,
            0xE3 | 0xEF => match bytes.get(at + 1..at + 3) {
                Some(&[b1, b2]) => {
                    let row = matches!((b, b1), (0xE3, 0x80 | 0x83) | (0xEF, 0xBC..=0xBE));
                    !(row && decode3(b, b1, b2).is_some_and(is_narrow))
                }
                _ => true,
            },
            _ => true,
        };
        total += if wide { 2 } else { 1 };
        at += len;
    }
    total
}

/// The character of the three UTF-8 bytes `b`, `b1`, `b2` (read from a `str`: they are one).
fn decode3(b: u8, b1: u8, b2: u8) -> Option<char> {
    char::from_u32(u32::from(b & 0x0F) << 12 | u32::from(b1 & 0x3F) << 6 | u32::from(b2 & 0x3F))
}

/// Whether `c` is printed in half an em: ASCII, half-width katakana, and the punctuation set
/// so (`、`, `（`, `［`).
fn is_narrow(c: char) -> bool {
    c.is_ascii()
        || ('\u{FF61}'..='\u{FF9F}').contains(&c)
        || matches!(
            c,
            '、' | '。'
                | '，'
                | '．'
                | '・'
                | '「'
                | '」'
                | '（'
                | '）'
                | '『'
                | '』'
                | '【'
                | '】'
                | '：'
                | '；'
                | '〔'
                | '〕'
                | '［'
                | '］'
                | '｢'
                | '｣'
        )
}

/// The width of what a line break can not split at the start of `text`: a word of ASCII
/// letters and figures, or else the first character.
fn first_word_width(text: &str) -> usize {
    let word = text.chars().take_while(char::is_ascii_alphanumeric).count();
    if word > 0 {
        word
    } else {
        text.chars()
            .next()
            .map_or(0, |c| width(c.encode_utf8(&mut [0; 4])))
    }
}

/// A piece of a 変更箇所 cell: its source line and text (trimmed, in a PDF text's cells).
type Piece<'a> = (usize, &'a str);

/// The opening of a run of a 変更箇所 cell, as [`restated_from`] compares it: its first line,
/// squeezed (white space taken out), or nothing when that line is shorter than
/// [`RESTATED_OPENING_CHARS`] (a bullet, a dash or a word opens many paragraphs alike).
fn opening_of(run: &[Piece<'_>]) -> String {
    let first = run
        .first()
        .map(|(_, line)| crate::import::fill::squeeze(line))
        .unwrap_or_default();
    if first.chars().count() < RESTATED_OPENING_CHARS {
        String::new()
    } else {
        first
    }
}

/// Whether two runs open alike: their openings ([`opening_of`]) share their first
/// [`RESTATED_OPENING_CHARS`] characters — a paragraph restated with an edit further on
/// (`43項　第25条の2 第1項` and `43項　第25条の2 第1号、2号`). Refused: an empty opening, and
/// openings that part sooner (`（１）国民健康保険税…` and `（２）国民健康保険資格…`). A
/// paragraph that cites a row of a 別表 and the article of its 主務省令 (`93項　第46条 第1項第1号`,
/// as the 法令上の根拠 of 情報連携 lists them: 別表第二項番及び同主務省令) is restated where
/// the other cites the same row and article, however soon the numbers after them part
/// ([`cited_row`]: `93項　第46条 第1号、3号` restates it; `93項　第47条 …` does not).
fn open_alike(a: &str, b: &str) -> bool {
    let shared = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let same_row = cited_row(a).is_some_and(|row| cited_row(b) == Some(row));
    !a.is_empty() && (shared >= RESTATED_OPENING_CHARS || same_row)
}

/// The row of a 別表 and the article a paragraph's opening cites, as one text (`93項第46条`,
/// `43項第25条の2`): figures, 「項」, 「第」, figures, 「条」 and a branch number (`の2`) if any,
/// at the opening's start (white space squeezed out, as [`opening_of`] gives it). `None` for an
/// opening that does not start so (`第46条…`, `93項 主務省令未制定`).
fn cited_row(opening: &str) -> Option<&str> {
    let figures = |t: &str| t.chars().take_while(char::is_ascii_digit).count();
    let row = figures(opening);
    let rest = opening.get(row..)?.strip_prefix("項第")?;
    let article = figures(rest);
    let rest = rest.get(article..)?.strip_prefix('条')?;
    if row == 0 || article == 0 {
        return None;
    }
    let branch = rest
        .strip_prefix('の')
        .map_or(0, |after| match figures(after) {
            0 => 0,
            n => 'の'.len_utf8() + n,
        });
    let end = opening.len() - rest.len() + branch;
    opening.get(..end)
}

/// Where the 変更後 begins among the runs of text under a 項目 (more than two, each given by
/// its [`opening_of`]), when the 変更前 and the 変更後 were printed one after the other,
/// parted by blank lines like their own paragraphs: the index of the 変更後's first run.
///
/// A 変更後 restates the 変更前 with its edits: it opens as the 変更前 opened, and most of its
/// paragraphs open as the 変更前's did ([`open_alike`]), in the same order. The boundary is
/// the one after which the most runs open as the runs before it do, in order (a longest
/// common subsequence of the openings), when the run there opens as the first run does.
///
/// Read: `A B C D | A B C′ D` (the 変更後 from the fifth run; 3 openings again, against 2 at
/// any other run opening as `A`). Refused:
/// `A B N | A B` where `N` may be the 変更前's last paragraph or the 変更後's first (parted
/// after `B`, `N A B` repeats `A B` as well: two boundaries, neither read), and runs where no
/// later run opens as the first (the 変更後 rewrote its opening).
fn restated_from(openings: &[String]) -> Option<usize> {
    let first = openings.first().filter(|o| !o.is_empty())?;
    // For every boundary that leaves each column a run: how many of the openings before it
    // open, in order, runs after it.
    let counts: Vec<usize> = (1..openings.len())
        .map(|k| {
            let (before, after) = openings.split_at(k);
            common_subsequence(before, after)
        })
        .collect();
    let most = counts.iter().copied().max().filter(|&m| m > 0)?;
    let mut boundaries = (1..openings.len())
        .zip(&counts)
        .filter(|(_, c)| **c == most);
    let (k, _) = boundaries.next()?;
    if boundaries.next().is_some() {
        return None;
    }
    openings
        .get(k)
        .is_some_and(|o| open_alike(o, first))
        .then_some(k)
}

/// The length of the longest common subsequence of two lists of openings, alike as
/// [`open_alike`] says (the lists are a row's runs: a few dozen at most).
fn common_subsequence(a: &[String], b: &[String]) -> usize {
    let mut row = vec![0; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row.get(j + 1).copied().unwrap_or(0);
            let left = row.get(j).copied().unwrap_or(0);
            let here = if open_alike(x, y) {
                diagonal + 1
            } else {
                above.max(left)
            };
            diagonal = above;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = here;
            }
        }
    }
    row.last().copied().unwrap_or(0)
}

/// The ditto marks a cell holds whole, standing for the cell above.
pub(super) const DITTO_MARKS: [&str; 3] = ["同上", "〃", "同じ"];

/// A ditto mark standing for the cell above (`同上`, `〃`).
fn is_ditto(text: &str) -> bool {
    DITTO_MARKS.contains(&text.trim())
}

/// A 項目 that opens with a ditto mark for the path of the row above and then names its own
/// item (`同上 ②提供先における用途`, `〃　③委託先名`): a place of the form. Refuses a ditto mark
/// followed by words that name no place (`同上 変更`).
fn ditto_then_place(text: &str) -> bool {
    text.trim()
        .split_once([' ', '\u{3000}'])
        .is_some_and(|(head, rest)| is_ditto(head) && looks_like_place(rest))
}

/// A 変更前 cell that is only an editorial note in brackets (`（右記の内容を追記）`) or a dash.
fn is_note_cell(text: &str) -> bool {
    let t = text.trim();
    crate::import::fill::is_empty_mark(t)
        || (t.starts_with(['（', '('])
            && t.ends_with(['）', ')'])
            && t.chars().count() <= NOTE_CELL_CHARS)
}

/// `text` read as a 提出時期 (`事前`, `事後`). Every spelling of either holds `事`: a text
/// without it is not parsed (the cheap test first).
pub(super) fn read_timing(text: &str) -> Option<crate::report::SubmissionTiming> {
    holds(text, '事').then(|| text.parse().ok()).flatten()
}

/// `削除 事後` → (`削除`, `事後`): a cell's last line and the 提出時期 after it.
fn text_and_timing(text: &str) -> Option<(&str, &str)> {
    let (head, timing) = text.rsplit_once(' ')?;
    read_timing(timing)?;
    let head = head.trim();
    (!head.is_empty()).then_some((head, timing))
}

/// `事後 追記` → (`事後`, `追記`): a 提出時期 and the start of its 説明 on one line.
fn timing_and_rest(text: &str) -> Option<(&str, &str)> {
    let (head, rest) = text.split_once([' ', '　'])?;
    read_timing(head)?;
    let rest = rest.trim();
    (!rest.is_empty()).then_some((head, rest))
}

/// Cells a PDF text ran together on one line, parted by half-width spaces: a date followed
/// by ditto marks (`令和2年4月1日 同上 同上` → the date, `同上`, `同上`), or two texts each
/// starting with a date, then the 提出時期 (`平成30年7月31日　時点 平成31年4月1日　時点 事後`
/// → the two texts, and `事後`). The first text may be a date in figures (`2018/4/1`).
/// Whether `word` is a date in figures parted by slashes (`2018/4/1`), as a 変更箇所 text may
/// print its 時点.
fn is_figures_date(word: &str) -> bool {
    word.split('/').count() == 3 && word.chars().all(|c| c.is_ascii_digit() || c == '/')
}

/// Whether `line` is a date alone as a 変更箇所 text prints a 時点 (`2018/4/1`,
/// `平成30年7月31日　時点`, `令和５年４月１日`): a date in figures or a 和暦 date, then nothing
/// or 「時点」. Refused: `令和2年4月1日から`, `平成30年7月31日 時点の計数`.
pub(super) fn is_date_cell(line: &str) -> bool {
    let key = squeezed(line);
    let date = key.strip_suffix(POINT_IN_TIME).unwrap_or(&key);
    // (`date_only` lets a few words follow the date: here the day ends the text.)
    (date.ends_with('日') && date_only(date).is_some()) || is_figures_date(date)
}

/// The word a 変更箇所 text puts after a date it counts at (`平成30年7月31日　時点`).
const POINT_IN_TIME: &str = "時点";

fn run_together<'a>(
    text: &'a str,
    date_only: &dyn Fn(&str) -> Option<chrono::NaiveDate>,
) -> Option<(Vec<&'a str>, Option<&'a str>)> {
    use crate::import::fill::dates_in;
    // The cheap test first: the line ends with a 提出時期 or starts with a date.
    let mut all = text.split(' ').filter(|w| !w.is_empty());
    let (first, last) = (all.next()?, all.next_back()?);
    if !holds(last, '事') && date_only(first).is_none() {
        return None;
    }
    // The words parted by half-width spaces, each with its byte offset.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut from = 0;
    for (at, _) in text.match_indices(' ').chain([(text.len(), "")]) {
        if let Some(w) = text.get(from..at).filter(|w| !w.is_empty()) {
            words.push((from, w));
        }
        from = at + 1;
    }
    if words.len() < 2 {
        return None;
    }
    if let Some(((_, first), rest)) = words.split_first() {
        if date_only(first).is_some() && rest.len() <= 2 && rest.iter().all(|(_, w)| is_ditto(w)) {
            return Some((words.iter().map(|(_, w)| *w).collect(), None));
        }
    }
    let (&(end, last), head) = words.split_last()?;
    read_timing(last)?;
    // The texts: each starts at a word that holds a date (or at the first word); two words
    // (`発生なし 発生あり 事後`) are the two texts.
    let starts: Vec<usize> = if head.len() == 2 {
        head.iter().map(|(at, _)| *at).collect()
    } else {
        let &(first_at, first) = head.first()?;
        if dates_in(first).is_empty() && !is_figures_date(first) {
            return None;
        }
        std::iter::once(first_at)
            .chain(
                head.iter()
                    .skip(1)
                    .filter(|(_, w)| !dates_in(w).is_empty())
                    .map(|(at, _)| *at),
            )
            .collect()
    };
    let [a, b] = starts.as_slice() else {
        return None;
    };
    let before = text.get(*a..*b)?.trim();
    let after = text.get(*b..end)?.trim();
    // Each text is short: a date and a word or two (`時点`).
    if before.chars().count() > ONE_LINE_CELL_CHARS || after.chars().count() > ONE_LINE_CELL_CHARS {
        return None;
    }
    Some((vec![before, after], Some(last)))
}

/// Whether a cell begins by pointing at the text above it (`～上記追加。`, `上記のとおり`): in a
/// table cell 「上記」 is the same cell's text, so the two are one cell.
fn refers_above(cell: &[Piece<'_>]) -> bool {
    cell.first().is_some_and(|(_, l)| {
        let t = l.trim_start();
        t.starts_with(['～', '〜', '~']) || t.starts_with("上記")
    })
}

/// Whether a 項目 spells out a whole path of the form: it opens with a chapter's numeral
/// (`Ⅲ`) and its words end in the label of one of the form's items ([`run_on::ends_item`]) or
/// of an item's text part (`具体的な対策の内容`, [`ItemId::detail_labels`]).
///
/// Reads `Ⅲ 架空のリスク対策` / … / `⑤物理的対策` / `具体的な対策の内容`; refuses a text that
/// opens so but ends in prose (`…を管理している。`), and one that ends in a label but opens with
/// no chapter's numeral (a cell carried over from the page before).
fn spells_out_path(form: crate::AssessmentKind, item: &str) -> bool {
    if !opens_with_chapter(item) {
        return false;
    }
    let words = crate::import::fill::squeeze(item);
    run_on::ends_item(form, &words) || ends_in_detail_label(&words)
}

/// Whether `text` opens with a chapter's numeral (`Ⅲ …`): a 項目 that names its place from the
/// chapter down, which may take up to [`PLACE_PATH_LINES`] lines.
pub(super) fn opens_with_chapter(text: &str) -> bool {
    text.trim_start().starts_with(crate::form::is_roman_numeral)
}

/// Whether `words` (squeezed) end in a label the forms print for an item's text part
/// (`具体的な対策の内容`, `具体的な管理方法`: [`ItemId::detail_labels`]).
pub(super) fn ends_in_detail_label(words: &str) -> bool {
    // The labels squeezed once, as the item labels are (`run_on::item_labels`): a 項目's every
    // line is tested.
    static LABELS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        let labels = ItemId::detail_labels();
        labels
            .iter()
            .map(|l| crate::import::fill::squeeze(l))
            .collect()
    });
    LABELS.iter().any(|label| words.ends_with(label.as_str()))
}

/// Whether a 変更箇所 cell names a place in the form: a chapter (`Ⅱ`), a section (`５．`),
/// an item (`③`), an appendix or the cover.
pub(super) fn looks_like_place(text: &str) -> bool {
    let t = text.trim_start();
    let Some(c) = t.chars().next() else {
        return false;
    };
    ('Ⅰ'..='Ⅹ').contains(&c)
        || "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".contains(c)
        || t.starts_with(['I', 'V'])
        || t.starts_with("（別添")
        || t.starts_with("(別添")
        || t.starts_with(crate::form::COVER)
        || t.starts_with("評価書")
        || {
            let digits: String = t
                .chars()
                .map(crate::label::fold_char)
                .take_while(char::is_ascii_digit)
                .collect();
            !digits.is_empty()
                && t.chars()
                    .nth(digits.chars().count())
                    .is_some_and(|c| matches!(c, '．' | '.'))
        }
}

/// A 項目 cell's `lines` as [`record_of`] takes them: its words re-flowed, and a last line that
/// is one of the form's item numbers kept on a line of its own (it names the item). A number a
/// narrow column set on a line of its own is parted from its words by a space, as the forms
/// write a 項目 (`Ⅰ1②` / `事務の内容` / `Ⅰ1②` → `Ⅰ1② 事務の内容` / `Ⅰ1②`).
pub(super) fn item_words(form: crate::AssessmentKind, lines: &[&str]) -> String {
    let Some((last, words)) = lines.split_last() else {
        return String::new();
    };
    if !is_item_number(form, last) {
        return reflow(&lines.join("\n"));
    }
    if words.is_empty() {
        return (*last).to_owned();
    }
    let words = match words.split_first() {
        Some((first, label)) if first == last && !label.is_empty() => {
            format!("{first} {}", reflow(&label.join("\n")))
        }
        _ => reflow(&words.join("\n")),
    };
    format!("{words}\n{last}")
}

/// Whether `t` is one of the form's item numbers alone, bracketed or not (`Ⅰ8`, `（Ⅱ3⑧）`).
pub(super) fn is_item_number(form: crate::AssessmentKind, t: &str) -> bool {
    let number = t
        .trim()
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    !number.is_empty() && crate::report::ItemId::find_by_number(form, number).is_some()
}

/// The labels a 変更箇所 row's 項目 may give the item `id` of `form`, squeezed: the model's
/// (`評価実施機関における担当部署　部署`), the words after the heading it sits under (`部署`) and
/// the form's own wording where it differs (`事務の概要`).
pub(super) fn labels_of(id: crate::report::ItemId, form: crate::AssessmentKind) -> Vec<String> {
    let label = id.label();
    let mut labels = vec![squeezed(label).into_owned()];
    if let Some((_, tail)) = label.rsplit_once('　') {
        labels.push(squeezed(tail).into_owned());
    }
    if let Some(own) = id.label_in(form) {
        labels.push(squeezed(own).into_owned());
    }
    labels
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_continued_mark_may_be_broken_over_texts() {
        use super::marks_continued;
        assert!(marks_continued(["Ⅰ8 連絡先（続き）"]));
        assert!(marks_continued(["事務の内容（続", "き）"]));
        assert!(marks_continued([
            "ムの機能（続",
            "異動の日から",
            "日",
            "き）",
            "録を"
        ]));
        assert!(marks_continued(["請求(続き)"]));
        assert!(!marks_continued(["架空の（注）", "き）の前に"]));
        assert!(!marks_continued(["き）", "事務の内容（続"]));
    }

    #[test]
    fn a_date_under_an_items_label_starts_no_row_above_the_table() {
        use super::super::text::Line;
        let lines = |texts: &[&str]| -> Vec<Line<'static>> {
            texts
                .iter()
                .enumerate()
                .map(|(k, t)| Line::new(k + 1, t.to_string()))
                .collect()
        };
        let trace = super::Trace::default();
        // A row above the header: its date, then its 項目.
        let above = lines(&[
            "架空の説明",
            "令和6年1月6日",
            "Ⅰ　２．架空の項目",
            "変更日 項目",
        ]);
        assert_eq!(super::rows_before(&above, 4, &trace), Some(2));
        // The same date under an item's label is the item's value: no row starts there.
        let value = lines(&[
            "①実施日",
            "令和6年1月6日",
            "②しきい値判断結果",
            "変更日 項目",
        ]);
        assert_eq!(super::rows_before(&value, 4, &trace), None);
        use super::super::form_words::is_circled_label;
        assert!(is_circled_label("①実施日"));
        assert!(is_circled_label("② しきい値判断結果"));
        assert!(!is_circled_label("Ⅰ　２．架空の項目"));
        assert!(!is_circled_label("①実施日 令和6年1月6日"));
        assert!(!is_circled_label("①架空の語"));
    }

    use super::super::Draft;
    use super::super::tests::pdf;
    use super::{opening_of, restated_from};
    use crate::import::UnreadReason;

    #[test]
    fn the_after_begins_where_the_paragraphs_start_again() {
        let openings =
            |runs: &[&str]| -> Vec<String> { runs.iter().map(|r| opening_of(&[(1, r)])).collect() };
        let a = "架空市は、架空手当法に基づき";
        let b = "・架空手当の申請を受け付ける";
        let c = "架空第一表の第3項第2号、4号";
        let c_edited = "架空第一表の第3項第2号、5号、";
        let n = "（新）架空手当の額を通知する";
        // A B C | A B C′: the 変更後 from the fourth run.
        assert_eq!(
            restated_from(&openings(&[a, b, c, a, b, c_edited])),
            Some(3)
        );
        // A B N | A B, or A B | N A B: two boundaries, neither read.
        assert_eq!(restated_from(&openings(&[a, b, n, a, b])), None);
        // Nothing opens as the first run again.
        assert_eq!(restated_from(&openings(&[a, b, n, c])), None);
        // Openings too short to tell paragraphs apart are never alike.
        assert_eq!(restated_from(&openings(&["・架空", b, "・架空", b])), None);
        // A cited row and article edited within the first ten characters: still restated.
        let row = "93項　第46条 第1項第1号、3号";
        let row_edited = "93項　第46条 第1号、3号、4号";
        let other = "27項　第20条 第20号";
        assert_eq!(
            restated_from(&openings(&[a, b, other, row, a, b, row_edited])),
            Some(4)
        );
        assert_eq!(super::cited_row("93項第46条第1項第1号"), Some("93項第46条"));
        assert_eq!(
            super::cited_row("43項第25条の2第1号"),
            Some("43項第25条の2")
        );
        assert_eq!(super::cited_row("93項第47条第1号"), Some("93項第47条"));
        assert_eq!(super::cited_row("93項主務省令未制定"), None);
        assert_eq!(super::cited_row("第46条第1号"), None);
    }

    #[test]
    fn widths_count_narrow_characters_once() {
        // ASCII, half-width katakana and the punctuation set in half an em: one each.
        assert_eq!(super::width("ab1 ｱｶﾞ｢｣"), 9);
        assert_eq!(super::width("、。，．・「」（）『』【】：；〔〕［］"), 19);
        // Kana, kanji and the full-width letters: two each.
        assert_eq!(super::width("あア漢Ａ－"), 10);
        // Read on bytes, every character counts as it is narrow or not.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let want = if super::is_narrow(c) { 2 + 1 } else { 2 + 2 };
            assert_eq!(super::width(&format!("ab{c}")), want, "{c:?}");
        }
    }

    fn changes(rows: &str) -> Draft {
        pdf(&format!(
            "変更箇所\n\n変更日 項目 変更前の記載 変更後の記載 提出時期 提出時期に係る説明\n\n{rows}"
        ))
    }

    #[test]
    fn change_rows_take_timing_and_explanation_from_one_cell() {
        let draft = changes(
            "令和5年4月1日\n\nⅠ　２．システム\n\n旧い記載\n\n新しい記載\n\n事後\n軽微な変更\nである\n\n",
        );
        let [row] = draft.report.changes.as_slice() else {
            panic!("{:?}", draft.report.changes)
        };
        assert_eq!(row.before.as_deref(), Some("旧い記載"));
        assert_eq!(row.after.as_deref(), Some("新しい記載"));
        assert_eq!(row.timing, Some(crate::report::SubmissionTiming::After));
        assert_eq!(row.explanation.as_deref(), Some("軽微な変更\nである"));
    }

    #[test]
    fn a_label_and_the_text_after_it_end_the_item_and_start_the_text_before() {
        assert_eq!(
            super::label_then_text("②所属長の役職名 架空課長"),
            Some(("②所属長の役職名", "架空課長"))
        );
        assert_eq!(super::label_then_text("②所属長の役職名"), None);
        assert_eq!(super::label_then_text("②架空の項目 架空課長"), None);
        assert_eq!(super::label_then_text("法令上の根拠 架空"), None);
        // Reads: the 項目's label and the 変更前's first line on one line, the 変更後 with the
        // 提出時期 after it.
        let draft = changes(concat!(
            "令和5年4月1日\n\nⅠ　関連情報\n５．評価実施機関における担当部署\n",
            "②所属長の役職名 架空課　架空　一郎\n架空課　架空　二郎\n\n課長 事後\n\n",
        ));
        let [row] = draft.report.changes.as_slice() else {
            panic!("{:?}", draft.report.changes)
        };
        assert!(row.item.ends_with("②所属長の役職名"), "{:?}", row.item);
        assert_eq!(
            row.before.as_deref(),
            Some("架空課　架空　一郎\n架空課　架空　二郎")
        );
        assert_eq!(row.after.as_deref(), Some("課長"));
    }

    #[test]
    fn a_place_wrapped_over_lines_parted_from_its_item_is_the_item_s() {
        // Reads: two lines that end naming a block's item, or a block, are the 項目's rest.
        let draft = changes(concat!(
            "令和5年4月1日\n\nⅡ　５．特定個人情報の提供・移転\n\n（委託に伴うものを除く。）提供\n",
            "先15-①法令上の根拠\n\n架空法第1条\n\n架空法第2条\n\n事後\n\n",
            "令和5年5月1日\n\nⅡ　５．特定個人情報の提供・移転\n\n（委託に伴うものを除く。）\n",
            "提供先2\n\n－\n\n提供先を追加\n\n事前\n\n",
            "令和5年6月1日\n\nⅡ　５．特定個人情報の提供・移転（委託\n\nに伴うものを除く。）提供先3\n\n",
            "－\n\n提供先を追加\n\n事前\n\n",
        ));
        let rows = &draft.report.changes;
        assert_eq!(rows.len(), 3, "{rows:?}");
        // (The dash is the empty 変更前.)
        assert_eq!(rows[2].before, None, "{rows:?}");
        assert!(rows[2].item.ends_with("提供先3"), "{rows:?}");
        assert_eq!(rows[0].before.as_deref(), Some("架空法第1条"), "{rows:?}");
        assert!(rows[0].item.ends_with("法令上の根拠"), "{rows:?}");
        assert_eq!(rows[1].after.as_deref(), Some("提供先を追加"), "{rows:?}");
        assert!(rows[1].item.ends_with("提供先2"), "{rows:?}");
        // Refuses: a text that names a block and goes on is the 変更前.
        let draft = changes(concat!(
            "令和5年6月1日\n\nⅡ　５．特定個人情報の提供・移転\n\n提供先2に架空の\n",
            "情報を追加する。\n\n提供先2に架空の情報を追加しない。\n\n事後\n\n",
        ));
        let [row] = draft.report.changes.as_slice() else {
            panic!("{:?}", draft.report.changes)
        };
        assert_eq!(
            row.before.as_deref(),
            Some("提供先2に架空の\n情報を追加する。")
        );
    }

    #[test]
    fn the_rest_of_a_place_parted_from_its_item_is_the_item_s() {
        // Reads: a block's item (`先2-①…`) and a label's end (`令上の根拠`) cut off from the
        // 項目 by a blank line are its rest; the columns after them are read as written.
        let draft = changes(concat!(
            "令和5年4月1日\n\nⅡ　５．特定個人情報の提供・移転\n\n先2-①法令上の根拠\n\n",
            "追加\n\n架空法第1条\n\n事後\n\n",
            "令和5年5月1日\n\nⅡ　５．提供先3－①法\n\n令上の根拠\n\n架空法第2条\n\n",
            "架空法第3条\n\n事後\n\n",
        ));
        let rows = &draft.report.changes;
        assert_eq!(rows.len(), 2, "{rows:?}");
        for (row, (before, after)) in rows
            .iter()
            .zip([("追加", "架空法第1条"), ("架空法第2条", "架空法第3条")])
        {
            assert_eq!(row.before.as_deref(), Some(before), "{row:?}");
            assert_eq!(row.after.as_deref(), Some(after), "{row:?}");
        }
        assert!(rows.iter().all(|r| r.item.contains("根拠")), "{rows:?}");
        // Refuses: a 変更前 that is a text (`追加`, `架空法第4条`) stays the 変更前.
        let draft = changes(
            "令和5年6月1日\n\nⅡ　５．提供先4－①法令上の根拠\n\n架空法第4条\n\n架空法第5条\n\n事後\n\n",
        );
        let [row] = draft.report.changes.as_slice() else {
            panic!("{:?}", draft.report.changes)
        };
        assert_eq!(row.before.as_deref(), Some("架空法第4条"));
        assert_eq!(row.after.as_deref(), Some("架空法第5条"));
    }

    #[test]
    fn interleaved_change_rows_keep_only_date_and_item() {
        // Before and after in one run, then a stray cell of another row past the 説明; a page's
        // header row in between.
        let draft = changes(
            "令和5年4月1日\n\nⅠ　２．システム\n\n旧い記載\n新しい記載\n\n事前\n説明\n\n 提出時期に係る説明変更日 項目 変更前の記載 変更後の記載 提出時期\n\n事後\n\n令和5年4月2日\n\nⅡ　３．入手\n\n追加\n\n～上記追加\n\n事後\n\n",
        );
        let rows = &draft.report.changes;
        assert_eq!(rows.len(), 2, "{rows:?}");
        for row in rows {
            assert!(row.before.is_none() && row.after.is_none(), "{row:?}");
        }
        let first = rows.first().unwrap();
        assert_eq!((first.timing, first.explanation.as_deref()), (None, None));
        assert_eq!(
            rows.get(1).unwrap().timing,
            Some(crate::report::SubmissionTiming::After)
        );
    }

    #[test]
    fn change_cells_run_together_on_a_line_are_parted() {
        // A date right above its 項目; two dated texts and the 提出時期 on one line; a note
        // and the new text in one run; ditto marks beside a date; 提出時期 and 説明 on a line;
        // a 変更後 alone on the 提出時期's line.
        let draft = changes(concat!(
            "令和5年4月1日\nⅡ　しきい値判断項目\nいつ時点の計数か\n\n",
            "令和4年4月1日　時点 令和5年4月1日　時点 事後\n\n",
            "令和5年5月1日\n\nⅠ　２．システム\n\n（右記の内容を追記）\n架空システム\n\n事前 追記\n\n",
            "令和5年5月1日 同上 同上\n\n新しい記載\n\n事前\n\n",
            "令和5年6月1日\n\nⅡ　３．重大事故\n\n発生なし 発生あり 事後\n\n",
            "令和5年7月1日\n\nⅡ　５．提供先2\n\n削除 事後\nその他の変更\n\n",
        ));
        let rows: Vec<_> = draft
            .report
            .changes
            .iter()
            .map(|r| {
                (
                    r.item.as_str(),
                    r.before.as_deref(),
                    r.after.as_deref(),
                    r.timing,
                    r.explanation.as_deref(),
                )
            })
            .collect();
        use crate::report::SubmissionTiming::{After, Before};
        assert_eq!(
            rows,
            [
                (
                    "Ⅱ　しきい値判断項目\nいつ時点の計数か",
                    Some("令和4年4月1日　時点"),
                    Some("令和5年4月1日　時点"),
                    Some(After),
                    None
                ),
                (
                    "Ⅰ　２．システム",
                    Some("（右記の内容を追記）"),
                    Some("架空システム"),
                    Some(Before),
                    Some("追記")
                ),
                ("同上", Some("同上"), Some("新しい記載"), Some(Before), None),
                (
                    "Ⅱ　３．重大事故",
                    Some("発生なし"),
                    Some("発生あり"),
                    Some(After),
                    None
                ),
                (
                    "Ⅱ　５．提供先2",
                    None,
                    Some("削除"),
                    Some(After),
                    Some("その他の変更")
                ),
            ]
        );
    }

    /// A row's 変更日, 項目, 変更前, 変更後, 提出時期, 説明 (the undated reader's tests read rows
    /// the same way).
    pub(super) type Row<'a> = (
        Option<chrono::NaiveDate>,
        &'a str,
        Option<&'a str>,
        Option<&'a str>,
        Option<crate::report::SubmissionTiming>,
        Option<&'a str>,
    );

    pub(super) fn row_cells(draft: &Draft) -> Vec<Row<'_>> {
        draft
            .report
            .changes
            .iter()
            .map(|r| {
                (
                    r.date,
                    r.item.as_str(),
                    r.before.as_deref(),
                    r.after.as_deref(),
                    r.timing,
                    r.explanation.as_deref(),
                )
            })
            .collect()
    }

    fn day(m: u32, d: u32) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(2023, m, d)
    }

    #[test]
    fn a_whole_row_on_one_line_is_parted_into_its_columns() {
        use crate::report::SubmissionTiming::After;
        let draft = changes(
            "令和5年4月1日 Ⅳ　リスク対策 ― 「Ⅳ　リスク対策」の追加 事後\n様式の変更\n\n令和5年4月2日 Ⅱ　３． 旧い 記載 新しい 事後\n\n",
        );
        let rows = row_cells(&draft);
        assert_eq!(
            rows.first(),
            Some(&(
                day(4, 1),
                "Ⅳ　リスク対策",
                // (The dash is the empty 変更前.)
                None,
                Some("「Ⅳ　リスク対策」の追加"),
                Some(After),
                Some("様式の変更")
            ))
        );
        // Three words: which space parts the columns is not known; the texts are left unread,
        // the 提出時期 is the row's.
        assert_eq!(
            rows.get(1),
            Some(&(day(4, 2), "Ⅱ　３．", None, None, Some(After), None))
        );
    }

    #[test]
    fn rows_printed_above_the_heading_are_read_with_the_table() {
        use crate::report::SubmissionTiming::{After, Before};
        let draft = pdf(concat!(
            " ２．担当部署\n\n ①部署\n架空課\n\n",
            "令和5年4月1日\n\nⅠ　２．システム\n\n旧い記載\n\n新しい記載\n\n事後\n\n",
            "変更箇所\n変更日 項目 変更前の記載 変更後の記載 提出時期 提出時期に係る説明\n\n",
            "令和5年5月1日\n\nⅡ　３．入手\n\n前\n\n後\n\n事前\n\n",
        ));
        let rows = row_cells(&draft);
        assert_eq!(
            rows,
            [
                (
                    day(4, 1),
                    "Ⅰ　２．システム",
                    Some("旧い記載"),
                    Some("新しい記載"),
                    Some(After),
                    None
                ),
                (
                    day(5, 1),
                    "Ⅱ　３．入手",
                    Some("前"),
                    Some("後"),
                    Some(Before),
                    None
                ),
            ]
        );
        // Read lines are not listed as belonging to no item.
        assert!(
            draft
                .trace
                .unread
                .iter()
                .all(|u| u.reason != UnreadReason::NoItem || u.lines[1] < 10),
            "{:?}",
            draft.trace.unread
        );
    }

    #[test]
    fn texts_in_more_runs_than_columns_keep_the_timing() {
        use crate::report::SubmissionTiming::{After, Before};
        let draft = changes(concat!(
            "令和5年4月1日\n\nⅠ　２．システム\n\n（右記の内容を追記）\n\n第一段\n\n第二段\n\n事前\n追記のため\n\n",
            "令和5年4月2日\n\nⅠ　３．ファイル\n\n旧い一段\n\n旧い二段\n\n新しい一段\n\n事後\n見直し\n\n",
        ));
        assert_eq!(
            row_cells(&draft),
            [
                (
                    day(4, 1),
                    "Ⅰ　２．システム",
                    Some("（右記の内容を追記）"),
                    Some("第一段\n第二段"),
                    Some(Before),
                    Some("追記のため")
                ),
                // Where the 変更前 ends is not known: only the 提出時期 and its 説明.
                (
                    day(4, 2),
                    "Ⅰ　３．ファイル",
                    None,
                    None,
                    Some(After),
                    Some("見直し")
                ),
            ]
        );
    }

    #[test]
    fn a_one_line_before_above_a_wrapped_after_in_one_run_is_parted() {
        use crate::report::SubmissionTiming::After;
        let draft = changes(concat!(
            // A short line, then a text that fills its column and wraps: two cells.
            "令和5年4月1日\n\nⅡ　５．提供先1\n\n旧い規定の一行\n",
            "新しい規定を定めた架空の省令第二条の表\nの項\n\n事後\n\n",
            // A wrapped paragraph, then a short line: one cell's two paragraphs, or two cells.
            "令和5年4月2日\n\nⅠ　（別添１）事務の内容\n\n",
            "長い一段目の文章が列の幅いっぱいまで続\nいて折り返した\n図の変更\n\n事後\n\n",
            // One wrapped paragraph ending on the 提出時期's line: the 変更後.
            "令和5年4月3日\n\nⅠ　（別添１）事務の内容\n\n",
            "新しい規定を定めた架空の省令第二条の表\nを追加 事後\n\n",
        ));
        assert_eq!(
            row_cells(&draft),
            [
                (
                    day(4, 1),
                    "Ⅱ　５．提供先1",
                    Some("旧い規定の一行"),
                    Some("新しい規定を定めた架空の省令第二条の表\nの項"),
                    Some(After),
                    None
                ),
                (
                    day(4, 2),
                    "Ⅰ　（別添１）事務の内容",
                    None,
                    None,
                    Some(After),
                    None
                ),
                (
                    day(4, 3),
                    "Ⅰ　（別添１）事務の内容",
                    None,
                    Some("新しい規定を定めた架空の省令第二条の表\nを追加"),
                    Some(After),
                    None
                ),
            ]
        );
    }

    #[test]
    fn a_timing_on_the_after_line_is_kept_when_a_cell_runs_past_the_explanation() {
        use crate::report::SubmissionTiming::After;
        let draft = changes(concat!(
            "令和5年7月1日\n\nⅡ　５．提供先7\n\n削除 事後\n一つ目の説明\n\n二つ目の説明\n\n",
            "令和5年7月2日\n\nⅢ　７．重大事故\n\n発生あり 発生なし 事後\n説明\n\n続き\n\n",
        ));
        assert_eq!(
            row_cells(&draft),
            [
                (
                    day(7, 1),
                    "Ⅱ　５．提供先7",
                    None,
                    Some("削除"),
                    Some(After),
                    None
                ),
                (
                    day(7, 2),
                    "Ⅲ　７．重大事故",
                    Some("発生あり"),
                    Some("発生なし"),
                    Some(After),
                    None
                ),
            ]
        );
    }

    #[test]
    fn a_cell_past_the_explanation_that_repeats_it_leaves_the_explanation_read() {
        use crate::report::SubmissionTiming::After;
        let draft = changes(concat!(
            // The same 説明 twice: whichever is the row's, it reads the same.
            "令和5年7月1日\n\nⅡ　５．提供先2\n\n削除 事後\n架空の説明\nの続き\n\n架空の 説明\nの続き\n\n",
            // The 説明 in a cell of its own, not under the 提出時期: in doubt.
            "令和5年7月2日\n\nⅡ　５．提供先3\n\n削除 事後\n\n架空の説明\n\n架空の説明\n\n",
            // A different text past it: in doubt.
            "令和5年7月3日\n\nⅡ　５．提供先4\n\n削除 事後\n架空の説明\n\n別の説明\n\n",
        ));
        let cells: Vec<_> = row_cells(&draft)
            .into_iter()
            .map(|(_, _, _, after, timing, explanation)| (after, timing, explanation))
            .collect();
        assert_eq!(
            cells,
            [
                (Some("削除"), Some(After), Some("架空の説明\nの続き")),
                (Some("削除"), Some(After), None),
                (Some("削除"), Some(After), None),
            ]
        );
    }

    #[test]
    fn the_cheap_tests_pass_what_the_readings_read() {
        use super::{date_only, era_near_start, is_page_number};
        use crate::import::classify::is_header_row;
        use crate::import::fill::squeeze;
        use crate::import::text::Line;
        // A date alone has an era's first character near its key's start.
        for text in ["令和5年4月1日", " 平成30年 7月31日 "] {
            assert!(date_only(text).is_some(), "{text}");
            assert!(era_near_start(&squeeze(text)), "{text}");
        }
        let late = "架空の長い記述がここまで続いてから令和5年";
        assert!(!era_near_start(late) && date_only(late).is_none());
        // A header row, whole or in the pieces a page leaves.
        assert!(is_header_row("変更日項目変更前の記載変更後の記載提出時期"));
        assert!(is_header_row("変更前の記載変更後の記載提出時期"));
        assert!(!is_header_row("変更前の記載のみ") && !is_header_row("記載の変更"));
        // A page's number, with its dashes.
        for (text, page) in [
            (" 12 ", true),
            ("－ 3 －", true),
            ("12人", false),
            ("--", false),
        ] {
            assert_eq!(is_page_number(&Line::new(1, text)), page, "{text}");
        }
    }

    #[test]
    fn paragraphs_end_on_a_line_the_next_word_would_have_fitted_on() {
        use super::{Piece, paragraph_starts, width};
        assert_eq!(width("ab、漢字"), 2 + 1 + 4);
        let cell: Vec<Piece<'_>> = vec![(1, "短い"), (2, "列の幅まで"), (3, "続く"), (4, "J-LIS")];
        // Full at ten: 「短い」 leaves room for 「列」, 「列の幅まで」 does not for 「続」.
        assert_eq!(paragraph_starts(&cell, 10), [0, 1, 3]);
        assert!(paragraph_starts(&[], 10).is_empty());
    }

    #[test]
    fn measured_widths_stand_for_the_lines_they_were_read_from() {
        use super::{Cells, full_width, paragraph_breaks, upper_quartile, width};
        let mut cells = Cells {
            pieces: Vec::new(),
            ends: Vec::new(),
        };
        // A run of three lines, a cell of one piece, then a run of two.
        for piece in [(1, "短い"), (2, "列の幅まで"), (3, "続く")] {
            cells.push(piece);
        }
        cells.push_cell((5, "令和5年4月1日"));
        cells.push((7, "J-LIS"));
        cells.push((8, "の項"));
        assert_eq!(cells.run().len(), 2);
        cells.close();
        // Closed twice, a run makes one cell.
        cells.close();
        assert_eq!(cells.len(), 3);
        assert_eq!(cells.span(1), Some((3, 4)));
        assert_eq!(cells.get(2), Some(&[(7, "J-LIS"), (8, "の項")][..]));
        assert!(cells.get(3).is_none() && cells.run().is_empty());
        // Every line but a cell's last is measured, as the full width counts them.
        let widths = cells.widths();
        let want = [Some(4), Some(10), None, None, Some(5), None];
        assert_eq!(widths, want);
        let by_cell: Vec<Vec<_>> = (0..3)
            .map(|at| cells.get(at).unwrap_or_default().to_vec())
            .collect();
        assert_eq!(
            upper_quartile(widths.iter().flatten().copied()),
            full_width(&by_cell)
        );
        // A width measured or not, the paragraphs are the same.
        let first = cells.get(0).unwrap_or_default();
        let measured: Vec<_> = paragraph_breaks(first, widths.get(..3).unwrap(), 10).collect();
        let unmeasured: Vec<_> = paragraph_breaks(first, &[], 10).collect();
        assert_eq!(
            (measured.as_slice(), unmeasured.as_slice()),
            (&[1][..], &[1][..])
        );
        assert_eq!(widths.first().copied().flatten(), Some(width("短い")));
    }

    #[test]
    fn a_cell_names_a_place_as_its_text_does() {
        use super::{cell_names_place, looks_like_place, text_of};
        for cell in [
            &[(1, "Ⅱ　３．入手"), (2, "の変更")][..],
            &[(1, ""), (2, "①実施日")],
            &[(1, "12"), (2, "．")],
            &[(1, "表"), (2, "紙")],
            &[(1, "架空の説明")],
            &[],
        ] {
            assert_eq!(
                cell_names_place(cell),
                looks_like_place(&text_of(cell)),
                "{cell:?}"
            );
        }
    }

    #[test]
    fn the_last_date_read_is_read_again_as_it_was() {
        use super::{LastDate, date_only};
        let mut dates = LastDate::default();
        for word in [
            "令和6年12月6日",
            "平成",
            "令和6年12月6日",
            "令和5年4月1日",
            "架空",
        ] {
            assert_eq!(dates.of(word), date_only(word), "{word}");
        }
        // A word that is no date leaves the last date in place.
        assert_eq!(dates.last.map(|(word, _)| word), Some("令和5年4月1日"));
    }

    #[test]
    fn an_item_broken_off_on_a_particle_runs_on_past_a_blank_line() {
        let draft = changes(
            "令和5年4月1日\n\nⅢ　７．保管・消去リスク-手順の\n\n内容\n\n架空の手順\n\n事後 見直し\n\n",
        );
        let rows = row_cells(&draft);
        let [row] = rows.as_slice() else {
            panic!("{rows:?}")
        };
        assert_eq!(row.1, "Ⅲ　７．保管・消去リスク-手順の\n内容");
        assert_eq!((row.2, row.4.is_some()), (None, true), "{row:?}");
    }
}
