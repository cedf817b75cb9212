//! The 変更箇所 of a text that keeps the page's layout (`pdftotext -layout`, a viewer's
//! "keep layout" copy): the six columns (変更日, 項目, 変更前の記載, 変更後の記載, 提出時期,
//! 提出時期に係る説明: `form::CHANGE_COLUMNS`) stand side by side on each line, padded with
//! spaces, each cell wrapped at its column's width, every cell starting on its row's first
//! line.
//!
//! Takes the table's lines (its heading, and the header row and page furniture repeated at each
//! page among them); gives one [`ChangeRecord`] a row, marked inferred, with the rule id
//! `changes.laid_out`. A line is cut into runs at two spaces or more ([`runs`]): a run's
//! start is where the layout put a column's text. Where a cell's line fills its column, the
//! extractor puts the next column's text after one space instead, and the two run together;
//! they are parted only where the widths decide it. Read as a state machine over the table's
//! lines ([`Place`]):
//!
//! - a line that opens with a date at the table's left edge starts a row (`平成29年4月1日`
//!   then two spaces, or one space where the date fills its column; a date a narrow column
//!   wrapped over lines, `令和元年5月` / `1日`, [`wrapped_date`]); the run after it is the
//!   項目's first line; the page's other lines with text in the 項目's column go on with it,
//!   unless a 項目 run reaches into the texts' column ([`reaches_texts`]: the 項目 is unread);
//! - the run that starts where the page's lines without a 項目 start is the 変更前 (the texts'
//!   column, [`Page`]); a later run on the row's first line is the 変更後 until the word
//!   「事前」 or 「事後」, the 提出時期, and the 説明 after it; on the row's other lines a run
//!   that starts before the 提出時期's place is the 変更後, one after it the 説明;
//! - a 変更前 run with no 変更後 run beside it that is wider than its column's lines are, or
//!   that holds a space after words that fill the column, ran together with the 変更後: it is
//!   parted after the words that fill the column ([`part_full`]) when exactly one place does;
//!   otherwise the row's texts are listed as unread;
//! - a page's heading, header row, page mark or running header ends the page; a row whose
//!   lines go on after it with no date (a row cut at a page) keeps its date, 項目 and 提出時期,
//!   its texts and 説明 are unread; a row whose 項目 ends in 「（続き）」 on the same date
//!   continues the row above.
//!
//! A row whose 提出時期 is not on its first line, or cells' lines above the table's first date,
//! show cells centred in their rows, not started at the row's top: the lines above a date are
//! its row's own, not the row above's. Such a table is not read by columns: every row keeps
//! only its date, all other lines are unread.
//!
//! Reads (invented):
//!
//! ```text
//! 変更日          項目           変更前の記載           変更後の記載           提出時期 提出時期に係る説明
//! 令和2年4月1日    Ⅰ5① 部署     架空部 甲課            架空部 乙課            事後     組織改正による
//! ```
//!
//! as a row of 令和2年4月1日, 項目 `Ⅰ5① 部署`, 変更前 `架空部 甲課`, 変更後 `架空部 乙課`,
//! 事後, 説明 `組織改正による`; and `あいうえおかきくけこさし たちつてと` on a later line of the
//! 変更前's column, with nothing beside it, as `あいうえおかきくけこさし` (a full line) and
//! `たちつてと` (the 変更後's). Refuses to part
//!
//! ```text
//!                  架空市個人情報保護条 第十
//! ```
//!
//! where the table's full line is 24 half-width units wide: the words before the space fill
//! it and the whole line fits in it too, so the space may be the cell's own or the columns'
//! boundary; the row's texts are unread.

use super::{CONTINUED, cell, continues_row, dated, push_row, record_of};
use super::{ReadFrom, is_table_heading, read_timing, upper_quartile, width};
use crate::import::classify::{date_only, is_header_pieces, is_laid_out_header, opens_short_date};
use crate::import::fill::{era_start, reflow};
use crate::import::limits::{COLUMN_SLIP, FULL_LINE_SHORT, FULL_LINE_SLACK, WRAPPED_DATE_LINES};
use crate::import::shape::{begins_date, is_date_pieces};
use crate::import::text::{Run, runs};
use crate::import::{Confidence, Trace, UnreadReason, text};
use crate::report::{ChangeRecord, Report, SubmissionTiming};

/// Whether the table under the heading at `start` keeps the page's layout: its header row
/// (among the first lines after the heading) is one ([`is_laid_out_header`]).
pub(super) fn is_laid_out(lines: &[text::Line], start: usize) -> bool {
    lines
        .iter()
        .filter(|l| l.no >= start && !l.key().is_empty())
        .take(3)
        .any(|l| is_laid_out_header(&l.text))
}

/// Where the table's place is, line by line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Before the first row (the heading, the header row).
    BeforeRows,
    /// In a row: its lines go on until a date, the page's end or the table's.
    InRow,
    /// After a page's end (its furniture, the next page's heading and header row): a line with
    /// text in the columns here goes on with a row the page cut.
    AfterPage,
}

/// Where a page's columns start, read from its rows: the 項目's (the run after a date) and
/// the texts' (the first run of a line that has no 項目).
#[derive(Debug, Clone, Copy, Default)]
struct Page {
    item: Option<usize>,
    texts: Option<usize>,
    /// Where the header row above the page prints 「変更前の記載」: no 項目 run reaches past it
    /// (a label starts at its column's start or, centred, after it).
    before_label: Option<usize>,
}

/// A row's cells, each as its lines (line number, text).
#[derive(Debug, Default)]
struct Row<'a> {
    first: usize,
    last: usize,
    date: Option<chrono::NaiveDate>,
    item: Vec<(usize, &'a str)>,
    before: Vec<(usize, &'a str)>,
    after: Vec<(usize, &'a str)>,
    explanation: Vec<(usize, &'a str)>,
    timing: Option<(usize, SubmissionTiming)>,
    /// Where the 説明's column starts, where the row's first line shows it (the 説明 a run of
    /// its own, or right of a 提出時期 that is one): runs on later lines that start there or
    /// after are the 説明's.
    explanation_col: Option<usize>,
    /// Lines whose texts could not be put in their columns: the row's texts are unread.
    unparted: Vec<usize>,
    /// Lines after a page's end that went on with the row: its texts are cut.
    cut: Vec<usize>,
    /// A 提出時期 below the row's first line: the cells are centred in the row.
    centred: bool,
    /// A 項目 run that reaches into the texts' column: where the 項目 ends is not shown.
    item_doubt: bool,
}

/// Reads the rows of the table whose lines start at `from` (its heading's line, or a row
/// printed above it; [`is_laid_out`]): the heading and each header row end a page and give the
/// next page's columns; see the module's docs.
pub(super) fn read_laid_out(
    lines: &[text::Line],
    from: usize,
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let table: Vec<&text::Line> = lines
        .iter()
        .filter(|l| l.no >= from && !l.text.trim().is_empty())
        .collect();
    let pages = pages(&table);
    let full = full_width(&table, &pages);
    let mut rows: Vec<Row<'_>> = Vec::new();
    let mut place = Place::BeforeRows;
    let mut lines_above_rows = false;
    // The lines whose first word at the left edge is the rest of a date wrapped above.
    let mut date_parts: DatePieces = Vec::new();
    for (at, (line, page)) in table.iter().zip(&pages).enumerate() {
        let Some(page) = page else {
            // The page's end: its heading, header row or page mark.
            if place == Place::InRow {
                place = Place::AfterPage;
            }
            continue;
        };
        let mut runs = runs(&line.text);
        if let Some(&(_, count)) = date_parts.iter().find(|(k, _)| *k == at) {
            drop_first_words(&mut runs, count);
        }
        let Some(first) = runs.first() else {
            continue;
        };
        if at_left_edge(first.col, *page) {
            // A date whole on the line, else one wrapped over the lines below (whose first
            // words it takes).
            let mut date = dated(first.text);
            if date.is_none() {
                if let Some((wrapped, rest, parts)) = wrapped_date(&table, &pages, at, first.text) {
                    date_parts.extend(parts);
                    date = Some((wrapped, rest));
                }
            }
            match date {
                Some((date, rest)) => {
                    let mut row = Row {
                        first: line.no,
                        last: line.no,
                        date: Some(date),
                        ..Row::default()
                    };
                    // The 項目 run together with the date after one space: a run of its own.
                    let mut rest_runs = Vec::with_capacity(runs.len());
                    if !rest.is_empty() {
                        let col = first.col + first.text.chars().count() - rest.chars().count();
                        rest_runs.push(Run { col, text: rest });
                    }
                    rest_runs.extend(runs.iter().skip(1).copied());
                    read_first_line(&mut row, line.no, &rest_runs, *page, full);
                    rows.push(row);
                    place = Place::InRow;
                }
                // Text at the left edge that is no date: a running header, the page's end.
                None => {
                    unread.push((line.no, UnreadReason::ChangeRow));
                    if place == Place::InRow {
                        place = Place::AfterPage;
                    }
                }
            }
            continue;
        }
        let Some(row) = rows.last_mut() else {
            // Cells' lines above the table's first date: the cells are centred in their rows
            // (a row's first lines stand above its date, not below the row above's).
            lines_above_rows = true;
            unread.push((line.no, UnreadReason::ChangeRow));
            continue;
        };
        row.last = line.no;
        if place == Place::AfterPage {
            row.cut.push(line.no);
            continue;
        }
        read_later_line(row, line.no, &runs, *page, full);
    }
    let centred = lines_above_rows || rows.iter().any(|r| r.centred);
    let form = report.form();
    for row in merge_continued(form, rows) {
        read_row(form, row, centred, report, trace, unread);
    }
}

/// The 項目 of `row` as the report holds it: its lines joined, the item number a print puts
/// under the words taken off ([`record_of`]).
fn item_record(form: crate::AssessmentKind, row: &Row<'_>) -> ChangeRecord {
    let mut record = record_of(form, text::join_numbered(&row.item));
    record.item = reflow(&record.item);
    record
}

/// `rows` with each row whose 項目 is the row above's followed by 「（続き）」 on the same date
/// (a row a page cut, printed again on the next page) joined to that row: its cells' lines
/// after the row above's. A 提出時期 of its own that is not the row above's leaves the texts
/// unread.
fn merge_continued<'a>(form: crate::AssessmentKind, rows: Vec<Row<'a>>) -> Vec<Row<'a>> {
    let mut out: Vec<Row<'a>> = Vec::with_capacity(rows.len());
    for row in rows {
        let continues = out.last().is_some_and(|above| {
            above.date == row.date
                && continues_row(
                    &item_record(form, above).item,
                    &item_record(form, &row).item,
                )
        });
        let Some(above) = out.last_mut().filter(|_| continues) else {
            out.push(row);
            continue;
        };
        above.last = row.last;
        above.before.extend(row.before);
        above.after.extend(row.after);
        above.explanation.extend(row.explanation);
        above.unparted.extend(row.unparted);
        above.cut.extend(row.cut);
        above.centred |= row.centred;
        above.item_doubt |= row.item_doubt;
        match (above.timing, row.timing) {
            (_, None) => {}
            (Some((_, a)), Some((_, b))) if a == b => {}
            (_, Some((no, _))) => above.unparted.push(no),
        }
    }
    out
}

/// Each line's page ([`Page`]), read from the page's rows and the header row above them;
/// `None` for the lines that end a page (its heading, header row and the pieces of its
/// wrapped labels right above and under it, page mark: the next page's columns may start
/// elsewhere).
fn pages(table: &[&text::Line]) -> Vec<Option<Page>> {
    let mut ends: Vec<bool> = table
        .iter()
        .map(|line| {
            is_table_heading(line.key()) || crate::import::shape::is_page_mark(line.text.trim())
        })
        .collect();
    for (at, line) in table.iter().enumerate() {
        if !is_laid_out_header(&line.text) {
            continue;
        }
        let pieces = |k: &usize| table.get(*k).is_some_and(|l| is_header_pieces(&l.text));
        let above = (0..at).rev().take_while(pieces);
        let under = (at + 1..table.len()).take_while(pieces);
        for k in above.chain(under) {
            if let Some(end) = ends.get_mut(k) {
                *end = true;
            }
        }
    }
    let ends_page = |at: usize| ends.get(at).copied().unwrap_or(false);
    let mut pages = Vec::with_capacity(table.len());
    let mut header: Option<&str> = None;
    let mut at = 0;
    while let Some(line) = table.get(at) {
        if ends_page(at) {
            if is_laid_out_header(&line.text) {
                header = Some(&line.text);
            }
            pages.push(None);
            at += 1;
            continue;
        }
        let end = (at..table.len())
            .find(|&k| ends_page(k))
            .unwrap_or(table.len());
        let page = page_of(table.get(at..end).unwrap_or_default(), header);
        pages.extend(std::iter::repeat_n(Some(page), end - at));
        at = end;
    }
    // A page whose rows show no texts' column (each of its 変更前 lines empty, or run on after
    // the 項目's) has the column the table's other pages show most.
    let shown: Vec<usize> = pages.iter().flatten().filter_map(|p| p.texts).collect();
    if let Some(texts) = most_common(&shown) {
        for page in pages.iter_mut().flatten() {
            page.texts = page.texts.or(Some(texts));
        }
    }
    pages
}

/// The columns of a page's lines: the 項目's start, the most common start of what follows a
/// date (or its first part) at the left edge; the texts', the leftmost start after the 項目's met twice or more as the run
/// after a 項目's or as a line's first, that lies nearer the `header` row's 変更前の記載 than
/// its 変更後の記載 (a row whose 変更前 is left out starts its next run at the 変更後).
fn page_of(lines: &[&text::Line], header: Option<&str>) -> Page {
    let [.., before, after, _, _] = crate::form::CHANGE_COLUMNS;
    let labels = runs(header.unwrap_or_default());
    let label_at = |label: &str| labels.iter().find(|r| r.text == label).map(|r| r.col);
    let (Some(before_at), Some(after_at)) = (label_at(before), label_at(after)) else {
        return Page::default();
    };
    // Where the run after a date (or a date's first part, a narrow column wrapping it) starts:
    // the place of the run's next word after the date's ([`date_words`]) where one space
    // parts them, else the next run's.
    let mut items = Vec::new();
    for line in lines {
        let runs = runs(&line.text);
        let Some(first) = runs.first() else { continue };
        let word = first.text.split(' ').next().unwrap_or_default();
        let opens_date = word.chars().any(era_start) || opens_short_date(word);
        if first.col > COLUMN_SLIP || !opens_date {
            continue;
        }
        let count = date_words(first.text, true).map_or(1, |(_, count)| count);
        let date: Vec<&str> = first.text.splitn(count + 1, ' ').collect();
        match date.get(count) {
            Some(_) => {
                let taken: usize = date.iter().take(count).map(|w| w.chars().count() + 1).sum();
                items.push(first.col + taken);
            }
            None => items.extend(runs.get(1).map(|second| second.col)),
        }
    }
    let item = most_common(&items);
    let Some(item) = item else {
        return Page::default();
    };
    let mut starts = Vec::new();
    for line in lines {
        let runs = runs(&line.text);
        let mut rest = runs.as_slice();
        // (A run left of the 項目's is a date or a part of one.)
        if let [first, tail @ ..] = rest {
            if first.col + COLUMN_SLIP < item {
                rest = tail;
            }
        }
        if let [first, tail @ ..] = rest {
            if at_column(first.col, Some(item)) {
                rest = tail;
            }
        }
        if let Some(first) = rest.first() {
            starts.push(first.col);
        }
    }
    let texts = starts
        .iter()
        .copied()
        .filter(|c| *c > item + COLUMN_SLIP)
        .filter(|c| c.abs_diff(before_at) < c.abs_diff(after_at))
        .filter(|c| starts.iter().filter(|d| *d == c).count() >= 2)
        .min();
    Page {
        item: Some(item),
        texts,
        before_label: Some(before_at),
    }
}

/// The value met most often in `values` (the smallest of a tie); `None` when empty.
fn most_common(values: &[usize]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for v in values {
        let n = values.iter().filter(|w| *w == v).count();
        if best.is_none_or(|(b, m)| n > m || (n == m && *v < b)) {
            best = Some((*v, n));
        }
    }
    best.map(|(v, _)| v)
}

/// How wide the 変更前's lines are when full: the upper quartile of the widths of the first
/// words of the runs that start at the texts' column (a run's first word is the 変更前's line,
/// whatever ran together after it).
fn full_width(table: &[&text::Line], pages: &[Option<Page>]) -> usize {
    let mut widths = Vec::new();
    for (line, page) in table.iter().zip(pages) {
        let Some(page) = page else { continue };
        for run in runs(&line.text) {
            if at_column(run.col, page.texts) {
                widths.push(width(run.text.split(' ').next().unwrap_or_default()));
            }
        }
    }
    upper_quartile(widths.into_iter())
}

/// A date a narrow 変更日 column wrapped: the date's words at the start of `first` (the run at
/// the left edge of line `at`) joined with those at the start of the left-edge runs of the
/// next lines of its page (up to [`WRAPPED_DATE_LINES`]; lines with nothing at the left edge
/// between them are passed over: a centred cell puts them there) until they make a date
/// alone. A date's words are an era's name and the pieces after it (`令和 6 年 11`: a layout
/// text sets a space around figures), on the next lines the pieces alone (`月 1 日`;
/// [`date_words`]). Gives the date, the rest of `first`, and the lines whose first words it
/// took with how many; `None` where no date is made.
///
/// Reads `令和元年5月` then `1日` as 令和元年5月1日, and `令和 6 年 11 Ⅰ5①` then `月 1 日` as
/// 令和6年11月1日 (its rest `Ⅰ5①`); refuses `令和元年` then `福祉課` (no date is made), and a
/// first word with no era's character (`架空市`).
fn wrapped_date<'a>(
    table: &[&text::Line],
    pages: &[Option<Page>],
    at: usize,
    first: &'a str,
) -> Option<(chrono::NaiveDate, &'a str, DatePieces)> {
    let (words, count) = date_words(first, true)?;
    let rest = first.splitn(count + 1, ' ').nth(count).unwrap_or_default();
    let mut joined = words;
    let mut parts = Vec::new();
    for k in at + 1..=at + WRAPPED_DATE_LINES {
        let (Some(line), Some(Some(page))) = (table.get(k), pages.get(k)) else {
            break;
        };
        let runs = runs(&line.text);
        let Some(next) = runs.first() else { continue };
        if !at_left_edge(next.col, *page) {
            continue;
        }
        let Some((more, count)) = date_words(next.text, false) else {
            break;
        };
        joined.push_str(&more);
        parts.push((k, count));
        if let Some(date) = date_only(&joined) {
            return Some((date, rest.trim(), parts));
        }
    }
    None
}

/// The lines whose first words a wrapped date took (indices into the table), each with how
/// many.
type DatePieces = Vec<(usize, usize)>;

/// The words a date's piece takes at the start of `run`, written together, and how many they
/// are: an era's name and the pieces after it where the date `opens`, the pieces alone
/// otherwise ([`begins_date`], [`is_date_pieces`]); `None` where the run's first word is none.
fn date_words(run: &str, opens: bool) -> Option<(String, usize)> {
    let mut written = String::new();
    let mut count = 0;
    for word in run.split(' ') {
        let more = format!("{written}{word}");
        let piece = match opens {
            true => begins_date(&more) || (count == 0 && word.chars().any(era_start)),
            false => is_date_pieces(&more),
        };
        if !piece {
            break;
        }
        written = more;
        count += 1;
    }
    (count > 0).then_some((written, count))
}

/// `runs` without the first `count` words of its first run (a date's piece read with the date
/// above).
fn drop_first_words(runs: &mut Vec<Run<'_>>, count: usize) {
    for _ in 0..count {
        let Some(first) = runs.first_mut() else {
            return;
        };
        match first.text.split_once(' ') {
            Some((word, rest)) => {
                first.col += word.chars().count() + 1;
                first.text = rest;
            }
            None => {
                runs.remove(0);
            }
        }
    }
}

/// Whether `col` is at the start of the page's column `start` (the layout pads to it give or
/// take [`COLUMN_SLIP`]).
fn at_column(col: usize, start: Option<usize>) -> bool {
    start.is_some_and(|s| col + COLUMN_SLIP >= s && col <= s + COLUMN_SLIP)
}

/// Whether a run starting at `col` stands at the table's left edge, left of the page's 項目
/// column: a date or a part of one (or a running header).
fn at_left_edge(col: usize, page: Page) -> bool {
    page.item.is_some_and(|item| col + COLUMN_SLIP < item)
}

/// Whether a run starting at `col` is the 項目's: it starts before the texts' column, or at
/// the 項目's where the page shows no texts' column.
fn starts_item(col: usize, page: Page) -> bool {
    match page.texts {
        Some(texts) => col + COLUMN_SLIP < texts,
        None => at_column(col, page.item),
    }
}

/// Whether a 項目 `run` reaches past the start of the page's texts' column (or, where the
/// page's rows do not show it, its header's 「変更前の記載」): the texts ran on after it with
/// one space. A layout text prints a character in one column or fewer of its
/// printed width (a full-width character takes two columns' room and one character), so a run
/// whose characters alone reach past a column's start is printed past it.
///
/// With the texts' column at 27: `Ⅰ5① 部署` at 14 does not (it ends at 21);
/// `Ⅰ5① 評価実施機関における担当 架空部 甲課` at 14 does (36).
fn reaches_texts(run: &Run<'_>, page: Page) -> bool {
    let end = run.col + run.text.chars().count();
    let texts = page.texts.or(page.before_label);
    texts.is_some_and(|texts| end > texts + COLUMN_SLIP)
}

/// Puts a 項目 run of line `no` in the row's 項目, or, where it reaches into the texts'
/// column ([`reaches_texts`]) or the table shows no texts' column, leaves the 項目 and the
/// line's texts unread. (A table whose 変更前 lines never start at a column of their own ran
/// each after the 項目's line after one space, `Ⅰ 基本情報 ６．評 架空部 甲課`: where a 項目
/// line ends, it does not show.)
fn read_item_run<'a>(row: &mut Row<'a>, no: usize, run: &Run<'a>, page: Page) {
    if page.texts.is_none() || reaches_texts(run, page) {
        row.item_doubt = true;
        row.unparted.push(no);
    } else {
        row.item.push((no, run.text));
    }
}

/// Reads the runs of a row's first line after its date: the 項目, then the texts, the
/// 提出時期 and the 説明.
fn read_first_line<'a>(row: &mut Row<'a>, no: usize, runs: &[Run<'a>], page: Page, full: usize) {
    let mut rest = runs;
    if let Some((first, tail)) = runs.split_first() {
        if starts_item(first.col, page) {
            // 「（続き）」 ends a 項目; words run on after it are the texts', in a column the
            // run does not show.
            match first.text.split_once(CONTINUED) {
                Some((words, more)) if !more.trim().is_empty() => {
                    let end = words.len() + CONTINUED.len();
                    row.item
                        .push((no, first.text.get(..end).unwrap_or_default()));
                    row.unparted.push(no);
                }
                _ => read_item_run(row, no, first, page),
            }
            rest = tail;
        }
    }
    // The 提出時期: the first word 「事前」 or 「事後」 of a run; what follows it is the 説明.
    // (A run the extractor ran on after one space starts where the text before it ended, not
    // where its column does: only a run's own start shows a column.)
    let mut texts: Vec<Run<'a>> = Vec::new();
    let mut after_timing = false;
    for run in rest {
        if after_timing {
            if row.explanation.is_empty() {
                row.explanation_col = Some(run.col.saturating_sub(COLUMN_SLIP));
            }
            row.explanation.push((no, run.text));
            continue;
        }
        match split_at_timing(run) {
            Some((before, timing, col, explanation)) => {
                if before.is_none() {
                    row.explanation_col = Some(col + 1);
                }
                if let Some(before) = before {
                    texts.push(before);
                }
                row.timing = Some((no, timing));
                if let Some(e) = explanation {
                    row.explanation.push((no, e));
                }
                after_timing = true;
            }
            None => texts.push(*run),
        }
    }
    read_texts(row, no, &texts, page, full);
}

/// `run` parted at its word 「事前」 or 「事後」: the words before (a run of their own at the
/// run's start), the 提出時期, where it starts, and the words after.
fn split_at_timing<'a>(
    run: &Run<'a>,
) -> Option<(Option<Run<'a>>, SubmissionTiming, usize, Option<&'a str>)> {
    let mut at = 0;
    for word in run.text.split(' ') {
        if let Some(timing) = read_timing(word) {
            let head = run
                .text
                .get(..at)
                .map(str::trim_end)
                .filter(|h| !h.is_empty());
            let tail = run
                .text
                .get(at + word.len()..)
                .map(str::trim_start)
                .filter(|t| !t.is_empty());
            let col = run.col + run.text.get(..at).map_or(0, |h| h.chars().count());
            let before = head.map(|text| Run { col: run.col, text });
            return Some((before, timing, col, tail));
        }
        at += word.len() + 1;
    }
    None
}

/// Reads a later line of a row: a 項目 run, then the texts' runs and the 説明's.
fn read_later_line<'a>(row: &mut Row<'a>, no: usize, runs: &[Run<'a>], page: Page, full: usize) {
    let mut rest = runs;
    if let Some((first, tail)) = runs.split_first() {
        if starts_item(first.col, page) {
            read_item_run(row, no, first, page);
            rest = tail;
        }
    }
    let mut texts = Vec::new();
    for run in rest {
        if read_timing(run.text).is_some() {
            // A 提出時期 below the row's first line: the row's cells are centred.
            row.centred = true;
            continue;
        }
        match row.explanation_col {
            Some(col) if run.col >= col => row.explanation.push((no, run.text)),
            Some(_) => texts.push(*run),
            // A run past the texts' start on a row whose 説明's column is not shown: the
            // 変更後's or the 説明's.
            None if at_column(run.col, page.texts) => texts.push(*run),
            None => row.unparted.push(no),
        }
    }
    read_texts(row, no, &texts, page, full);
}

/// Puts a line's text runs (those before the 提出時期) in the 変更前 and 変更後 columns: a run
/// at the texts' start is the 変更前 (parted by [`part_full`] when nothing stands beside it),
/// a run after it the 変更後.
fn read_texts<'a>(row: &mut Row<'a>, no: usize, texts: &[Run<'a>], page: Page, full: usize) {
    match texts {
        [] => {}
        [only] if at_column(only.col, page.texts) => match part_full(only.text, full, full) {
            Some((before, after)) => {
                row.before.push((no, before));
                if let Some(after) = after {
                    row.after.push((no, after));
                }
            }
            None => row.unparted.push(no),
        },
        [only] if page.texts.is_some_and(|t| only.col > t) => row.after.push((no, only.text)),
        [before, after] if at_column(before.col, page.texts) && after.col > before.col => {
            row.before.push((no, before.text));
            row.after.push((no, after.text));
        }
        _ => row.unparted.push(no),
    }
}

/// A 変更前 run with nothing beside it: the 変更前's line alone, or that line and the 変更後's
/// run together after one space. It is parted where the words before a space fill the
/// column ([`FULL_LINE_SHORT`] to [`FULL_LINE_SLACK`] of the 変更前's full width `full`) and the
/// words after fit in the 変更後's (`next_full`); it is whole where it fits in the column.
/// `None` where both, or neither, or two places to part, are possible. A space beside a
/// half-width letter or figure is no place to part and takes no room ([`printed_width`]): a
/// layout text sets one around them where the print has none (`利用者の ID を`).
///
/// With both full widths 24: `あいうえおかきくけこさし たちつてと` parts after `し` (the whole is
/// 35 wide); `架空部 甲課` is whole (nothing before a space fills the column);
/// `架空市個人情報保護条 第十` is either (the words before the space, 20 wide, fill the column,
/// and the whole, 25, fits in it): `None`.
pub(super) fn part_full(text: &str, full: usize, next_full: usize) -> Option<(&str, Option<&str>)> {
    let whole = printed_width(text) <= full + FULL_LINE_SLACK;
    let mut places = text.match_indices(' ').filter_map(|(at, _)| {
        let (head, tail) = (text.get(..at)?, text.get(at + 1..)?);
        let half_width = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        if half_width(head.chars().next_back()) || half_width(tail.chars().next()) {
            return None;
        }
        let w = printed_width(head);
        let fills = w + FULL_LINE_SHORT >= full && w <= full + FULL_LINE_SLACK;
        (fills && printed_width(tail) <= next_full + FULL_LINE_SLACK).then_some((head, tail))
    });
    let place = places.next();
    if places.next().is_some() {
        return None;
    }
    match (whole, place) {
        (true, None) => Some((text, None)),
        (false, Some((head, tail))) => Some((head, Some(tail))),
        _ => None,
    }
}

/// The half-width units `text` prints in: its [`width`], less the spaces beside a half-width
/// letter or figure (a layout text's own: `利用者の ID を` prints as `利用者のIDを`).
fn printed_width(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut set = 0;
    for (at, c) in chars.iter().enumerate() {
        let beside = |k: Option<usize>| {
            k.and_then(|k| chars.get(k))
                .is_some_and(|c| c.is_ascii_alphanumeric())
        };
        if *c == ' ' && (beside(at.checked_sub(1)) || beside(Some(at + 1))) {
            set += 1;
        }
    }
    width(text).saturating_sub(set)
}

/// Adds the row read to the report (or to the row above, for a row that continues it).
fn read_row(
    form: crate::AssessmentKind,
    row: Row<'_>,
    centred: bool,
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let reason = UnreadReason::ChangeColumns;
    let mut lines_of =
        |cell: &[(usize, &str)]| unread.extend(cell.iter().map(|(no, _)| (*no, reason)));
    if centred {
        lines_of(&row.item);
        lines_of(&row.before);
        lines_of(&row.after);
        lines_of(&row.explanation);
        if let Some((no, _)) = row.timing {
            lines_of(&[(no, "")]);
        }
        let mut record = ChangeRecord::new(String::new());
        record.date = row.date;
        push(record, &row, report, trace);
        return;
    }
    // Without a 提出時期 the 変更後's runs and the 説明's cannot be told apart.
    let texts_read = row.unparted.is_empty() && row.cut.is_empty() && row.timing.is_some();
    if !texts_read {
        lines_of(&row.before);
        lines_of(&row.after);
        lines_of(&row.explanation);
    }
    let mut record = match row.item_doubt {
        true => {
            lines_of(&row.item);
            ChangeRecord::new(String::new())
        }
        false => item_record(form, &row),
    };
    unread.extend(row.unparted.iter().chain(&row.cut).map(|no| (*no, reason)));
    let (before, after) = match texts_read {
        true => (cell(&row.before), cell(&row.after)),
        false => (None, None),
    };
    record.date = row.date;
    record.before = before;
    record.after = after;
    record.timing = row.timing.map(|(_, t)| t);
    if texts_read {
        record.explanation = cell(&row.explanation);
    }
    push(record, &row, report, trace);
}

/// `record` added with its trace: the row's lines, the rule `changes.laid_out`.
fn push(record: ChangeRecord, row: &Row<'_>, report: &mut Report, trace: &mut Trace) {
    let read = ReadFrom {
        rule: "changes.laid_out",
        lines: [row.first, row.last],
        confidence: Confidence::Inferred,
    };
    push_row(record, read, report, trace);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapped_date_is_joined_and_words_that_make_none_are_not() {
        let page = Page {
            item: Some(13),
            texts: None,
            before_label: None,
        };
        let pages = vec![Some(page); 3];
        let lines = [
            text::Line::new(1, "令和元年5月  Ⅰ5① 部署"),
            text::Line::new(2, "             における"),
            text::Line::new(3, "1日"),
        ];
        let table: Vec<&text::Line> = lines.iter().collect();
        let day = chrono::NaiveDate::from_ymd_opt(2019, 5, 1);
        let read = wrapped_date(&table, &pages, 0, "令和元年5月");
        assert_eq!(
            read.map(|(d, rest, parts)| (Some(d), rest, parts)),
            Some((day, "", vec![(2, 1)]))
        );
        // A layout text's spaces around figures: the date's pieces are words of their own.
        let lines = [
            text::Line::new(1, "令和 6 年 11 Ⅰ5① 部署"),
            text::Line::new(2, "月 1 日"),
        ];
        let table: Vec<&text::Line> = lines.iter().collect();
        let day = chrono::NaiveDate::from_ymd_opt(2024, 11, 1);
        let read = wrapped_date(&table, &pages, 0, "令和 6 年 11 Ⅰ5① 部署");
        assert_eq!(
            read.map(|(d, rest, parts)| (Some(d), rest, parts)),
            Some((day, "Ⅰ5① 部署", vec![(1, 3)]))
        );
        let lines = [text::Line::new(1, "令和元年"), text::Line::new(2, "福祉課")];
        let table: Vec<&text::Line> = lines.iter().collect();
        assert_eq!(wrapped_date(&table, &pages, 0, "令和元年"), None);
    }

    #[test]
    fn a_full_line_and_the_next_column_run_together_are_parted() {
        let full = width("あいうえおかきくけこさし");
        assert_eq!(
            part_full("あいうえおかきくけこさし たちつてと", full, full),
            Some(("あいうえおかきくけこさし", Some("たちつてと")))
        );
        assert_eq!(
            part_full("架空部 甲課", full, full),
            Some(("架空部 甲課", None))
        );
        // The words before the space fill the column, and the whole fits: either reading.
        assert_eq!(part_full("架空市個人情報保護条 第十", full, full), None);
        // Spaces beside half-width letters are the layout's: no place to part, no room taken.
        let line = "あいうえおかきくけこ ID さ";
        assert_eq!(part_full(line, full, full), Some((line, None)));
    }
}
