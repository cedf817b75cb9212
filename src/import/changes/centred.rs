//! The 変更箇所 of a text that keeps the page's layout (`pdftotext -layout`) where each cell
//! stands at the middle of its row, as a word processor prints a table: a cell of one line on
//! the row's middle line, a taller one reaching above and below it. So a row's first lines
//! stand above its date, and the date, wrapped in its narrow column, stands on lines apart
//! with the other cells' lines between them:
//!
//! ```text
//!                  架空の手順で確認す                                     字句の
//! 令和 2
//!         Ⅰ8 連絡先 る。               架空の手順を改める。       事後     修正
//! 年4月
//! 1 日    Ⅰ8
//! ```
//!
//! Takes the table's lines (its heading, and the header row, wrapped over lines, repeated at
//! each page among them); gives one [`ChangeRecord`] a row, marked inferred, with the rule id
//! `changes.centred`. A line is read as words, each with the column it starts at (a cell's
//! line may run into the next cell's after one space, so a run of spaces parts no cells here).
//! What it reads of each row, and why each is sure:
//!
//! - **its date**: the words at the table's left edge that are pieces of a date, joined over the
//!   lines they stand on (`令和 2` / `年4月` / `1 日`); a date the page cut is completed by the
//!   pieces at the left edge of the next page. The date's lines are the row's middle: every
//!   cell is centred on them.
//! - **its 提出時期**: the one word 「事前」 or 「事後」 on its date's lines (a cell of one line
//!   stands on the row's middle line; two such words: neither is read).
//! - **its 項目**: from a line whose 項目 column opens with one of the form's item numbers down
//!   to that number alone (what the forms' renderings print under a row's words), the words in
//!   the 項目's column, taken line by line while they go on spelling one of the labels of the
//!   item the number names and spelling it whole at the end ([`labels_of`]: the words of the
//!   next cell after one space stop it); where the row's middle lies between the two numbers.
//!   A row the page broke closes its 項目 at the next page's top, in that page's column.
//! - **its 説明**: the lines right of the 提出時期's column, shared out among the page's rows
//!   from the last row up, each taking as many lines above its middle as below it ([`shares`]);
//!   a row the page broke, its lines from its top down and the next page's lines above that
//!   page's first row's share ([`read_explanations`]).
//! - **its 変更前 and 変更後**: the lines with words left of the 提出時期's column, shared out
//!   among the page's rows by where they stand, each row spanning as far above its middle as
//!   below it ([`spans`]); on each line, a run that starts at the 変更前's column (or runs on
//!   after the 項目's words) is the 変更前's, one at the 変更後's the 変更後's, and a 変更前 run
//!   with nothing beside it that is wider than its column is parted where the widths decide it
//!   ([`part_texts`]). Each column's lines must be centred on the row's middle too.
//!
//! Refuses, leaving the lines unread:
//!
//! - the texts of a row the page broke (the page's last, its cells set at its top): their
//!   rest is on the next page, centred on what is left of the row there, and which lines of
//!   the two columns are whose the widths do not show (its 説明, alone in its column, is read:
//!   its lines from the row's top down, and the next page's above that page's first row's);
//! - a 項目 whose words spell no label of its number's item (`Ⅰ8 架空の欄`); the 説明s of a
//!   page whose lines do not share out (a cell would reach past another row's middle);
//! - the texts of a row one of whose lines does not part (a run left of the 変更前's column, a
//!   run whose words another cell took, a line the widths part in two places or none), or
//!   whose 変更前 or 変更後 lines are not centred on its middle (its span holds a line of
//!   another row), and of a page whose header row or columns do not show.

use super::laid_out::part_full;
use super::{
    ReadFrom, SCRAMBLED, cell, is_item_number, is_table_heading, item_words, labels_of,
    marks_continued, push_row, record_of, upper_quartile, width,
};
use crate::Choice;
use crate::import::classify::{date_only, is_header_piece, is_header_pieces, is_laid_out_header};
use crate::import::fill::{reflow, squeezed};
use crate::import::limits::{COLUMN_SLIP, WRAPPED_DATE_LINES, WRAPPED_ITEM_LINES};
use crate::import::shape::{begins_date, is_date_pieces, is_page_mark};
use crate::import::{Confidence, Trace, UnreadReason, text};
use crate::report::{ChangeRecord, ItemId, Report, SubmissionTiming};

/// How far right of the column's edge (in characters) a 項目 line may start: a line centred
/// in the narrow column, or set after a date's piece and one space.
const ITEM_SLIP: usize = 3;

/// A word of a line and the column (in characters) it starts at.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    col: usize,
    text: &'a str,
}

/// A line of the table: its number, its page (counted from the table's first) and its words,
/// each marked once a cell has taken it.
#[derive(Debug)]
struct Line<'a> {
    no: usize,
    page: usize,
    words: Vec<Word<'a>>,
    taken: Vec<bool>,
}

impl<'a> Line<'a> {
    /// The words not taken yet, with their places in the line.
    fn open_words(&self) -> impl Iterator<Item = (usize, Word<'a>)> + '_ {
        let taken = &self.taken;
        self.words
            .iter()
            .copied()
            .enumerate()
            .filter(move |(at, _)| !taken.get(*at).copied().unwrap_or(true))
    }

    fn take(&mut self, at: usize) {
        if let Some(taken) = self.taken.get_mut(at) {
            *taken = true;
        }
    }
}

/// A row: its date, the lines its date stands on (their numbers, on the row's first page)
/// and what the row's other cells gave.
#[derive(Debug)]
struct Row {
    date: chrono::NaiveDate,
    page: usize,
    top: usize,
    bottom: usize,
    /// A row whose date a page cut, or that a 「（続き）」 row continues: the page broke it
    /// and its cells go on at the next page's top.
    cut: bool,
    timings: Vec<(usize, usize, SubmissionTiming)>,
    item: Option<(ChangeRecord, Taken)>,
    explanation: Option<(String, Taken)>,
    texts: Option<Texts>,
}

/// A row's 変更前 and 変更後 and the words they took (line numbers).
#[derive(Debug)]
struct Texts {
    before: Option<String>,
    after: Option<String>,
    taken: Taken,
}

impl Row {
    /// Twice the row's middle line (an even sum where the date stands on an even count of
    /// lines): the place every cell of the row is centred on.
    fn middle2(&self) -> usize {
        self.top + self.bottom
    }

    /// Whether the row's middle lies between lines `first` and `last` of page `page`.
    fn middle_within(&self, page: usize, first: usize, last: usize) -> bool {
        self.page == page && 2 * first <= self.middle2() && self.middle2() <= 2 * last
    }
}

/// Whether the table under the heading at `from` prints its cells at their rows' middle: one
/// of its dates is wrapped over lines of the left edge with another cell's line between two
/// of its pieces (`令和 2` / `        Ⅰ8 連絡先 …` / `年4月`). (A row a page breaks sets its
/// cells at its top, so the first date of a page may show none.)
pub(super) fn is_centred(lines: &[text::Line], from: usize) -> bool {
    let (table, _) = table_lines(lines, from);
    let mut written: Option<String> = None;
    let mut between = false;
    for line in &table {
        match (date_opening(line), written.as_mut()) {
            (Some((true, _)), _) => {
                written = Some(date_words(line));
                between = false;
            }
            (Some((false, _)), Some(date)) => {
                date.push_str(&date_words(line));
                if between && date_only(date).is_some() {
                    return true;
                }
            }
            (None, Some(_)) => between = true,
            _ => {}
        }
        if written
            .as_deref()
            .is_some_and(|date| date_only(date).is_some())
        {
            written = None;
        }
    }
    false
}

/// Reads the rows of the table whose lines start at `from`, as the module's doc says; the
/// lines it does not read whole are listed in `unread`.
pub(super) fn read_centred(
    lines: &[text::Line],
    from: usize,
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let form = report.form();
    let (mut table, headers) = table_lines(lines, from);
    let rows = rows_of(&mut table);
    let mut rows = continued_dropped(&table, rows);
    read_timings(&mut table, &mut rows);
    read_items(form, &mut table, &mut rows);
    read_explanations(&mut table, &mut rows);
    read_texts(&mut table, &mut rows, &headers);
    for row in rows {
        let mut record = row
            .item
            .as_ref()
            .map_or_else(|| ChangeRecord::new(String::new()), |(r, _)| r.clone());
        record.date = Some(row.date);
        let mut read_lines = vec![row.top, row.bottom];
        if let [(at, _, timing)] = row.timings.as_slice() {
            record.timing = Some(*timing);
            read_lines.extend(table.get(*at).map(|line| line.no));
        }
        if let Some((_, taken)) = &row.item {
            read_lines.extend(taken.iter().map(|&(no, _)| no));
        }
        if let Some((explanation, taken)) = row.explanation {
            record.explanation = Some(explanation);
            read_lines.extend(taken.iter().map(|&(no, _)| no));
        }
        if let Some(texts) = row.texts {
            record.before = texts.before;
            record.after = texts.after;
            read_lines.extend(texts.taken.iter().map(|&(no, _)| no));
        }
        let first = read_lines.iter().copied().min().unwrap_or(row.top);
        let last = read_lines.iter().copied().max().unwrap_or(row.bottom);
        let read = ReadFrom {
            rule: "changes.centred",
            lines: [first, last],
            confidence: Confidence::Inferred,
        };
        push_row(record, read, report, trace);
    }
    for line in &table {
        if line.open_words().next().is_some() {
            unread.push((line.no, SCRAMBLED));
        }
    }
}

/// The table's lines after the heading at `from`, as words, each with its page; the lines
/// that part pages (a heading, a header row and the pieces of its labels wrapped under it, a
/// page mark) left out. Gives too each page's header row, where the page shows one.
fn table_lines<'a>(lines: &'a [text::Line<'_>], from: usize) -> (Vec<Line<'a>>, Headers<'a>) {
    let mut table = Vec::new();
    let mut headers = vec![None];
    let mut page = 0;
    let mut in_header = true;
    for line in lines.iter().filter(|l| l.no > from) {
        let key = line.key();
        if key.is_empty() {
            continue;
        }
        let trimmed = line.text.trim();
        if is_table_heading(key) || is_page_mark(trimmed) || is_laid_out_header(&line.text) {
            if !in_header {
                page += 1;
                headers.push(None);
            }
            if is_laid_out_header(&line.text)
                && let Some(header) = headers.last_mut()
            {
                *header = Some(&*line.text);
            }
            in_header = true;
            continue;
        }
        if in_header && (is_header_piece(key) || is_header_pieces(&line.text)) {
            continue;
        }
        in_header = false;
        let words = words_of(&line.text);
        let taken = vec![false; words.len()];
        table.push(Line {
            no: line.no,
            page,
            words,
            taken,
        });
    }
    (table, headers)
}

/// Each page's header row (`None` where the page shows none), by the pages' count.
type Headers<'a> = Vec<Option<&'a str>>;

/// The words of `line` (parted by white space), each with the column it starts at.
fn words_of(line: &str) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    for (col, (at, c)) in line.char_indices().enumerate() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some((at, col)),
            (true, Some((from, from_col))) => {
                words.extend(line.get(from..at).map(|text| Word {
                    col: from_col,
                    text,
                }));
                start = None;
            }
            _ => {}
        }
    }
    if let Some((from, from_col)) = start {
        words.extend(line.get(from..).map(|text| Word {
            col: from_col,
            text,
        }));
    }
    words
}

/// Whether `line` holds a date's pieces at the table's left edge, and how many of its first
/// words they are: whether they open a date (an era's name first) and the count; `None` where
/// the line's first word stands right of the edge or is no piece of a date.
fn date_opening(line: &Line<'_>) -> Option<(bool, usize)> {
    let first = line.words.first().filter(|w| w.col <= COLUMN_SLIP)?;
    let opens = begins_date(first.text) || date_only(first.text).is_some();
    let pieces = line
        .words
        .iter()
        .skip(1)
        .take_while(|w| is_date_pieces(w.text))
        .count();
    (opens || is_date_pieces(first.text)).then_some((opens, 1 + pieces))
}

/// The date's words of `line` ([`date_opening`]) written together.
fn date_words(line: &Line<'_>) -> String {
    let count = date_opening(line).map_or(0, |(_, count)| count);
    line.words.iter().take(count).map(|w| w.text).collect()
}

/// The rows: each date at the left edge, its pieces joined over the lines they stand on (the
/// next page's first pieces complete a date the page cut); the date's words taken.
fn rows_of(table: &mut [Line<'_>]) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    // The date being written: its words so far and the lines (index, word count) of its pieces.
    let mut open: Option<(String, Vec<(usize, usize)>)> = None;
    for at in 0..table.len() {
        let Some(line) = table.get(at) else { break };
        let Some((opens, count)) = date_opening(line) else {
            continue;
        };
        let words = date_words(line);
        let (mut written, mut pieces) = match open.take() {
            Some(open) if !opens => open,
            // A piece with no date begun above: no row's.
            None if !opens => continue,
            // An era's name: a new date (one begun above and never finished is left unread).
            _ => (String::new(), Vec::new()),
        };
        written.push_str(&words);
        pieces.push((at, count));
        if pieces.len() > WRAPPED_DATE_LINES {
            continue;
        }
        let Some(date) = date_only(&written) else {
            open = Some((written, pieces));
            continue;
        };
        let mut page = None;
        let (mut top, mut bottom) = (usize::MAX, 0);
        for &(index, count) in &pieces {
            let Some(piece) = table.get_mut(index) else {
                continue;
            };
            for word in 0..count {
                piece.take(word);
            }
            let page = *page.get_or_insert(piece.page);
            if piece.page == page {
                top = top.min(piece.no);
                bottom = bottom.max(piece.no);
            }
        }
        let Some(page) = page else { continue };
        let cut = pieces
            .iter()
            .any(|&(index, _)| table.get(index).is_some_and(|l| l.page != page));
        rows.push(Row {
            date,
            page,
            top,
            bottom,
            cut,
            timings: Vec::new(),
            item: None,
            explanation: None,
            texts: None,
        });
    }
    rows
}

/// `rows` without the rows that continue the row above: a row on the same date whose lines,
/// from the middle of the row above (or its page's top) to the middle of the row below (or
/// its page's foot), mark a 項目 「（続き）」 (whole, or broken over lines: `（続` / `き）`) is
/// the rest of a row a page cut, printed again on the next page. The row it continues is
/// marked cut (its cells go on); its own lines stay open (unread).
fn continued_dropped(table: &[Line<'_>], rows: Vec<Row>) -> Vec<Row> {
    // Whether each row's lines mark a 項目 continued.
    let mut marked = Vec::with_capacity(rows.len());
    for (at, row) in rows.iter().enumerate() {
        let from = at
            .checked_sub(1)
            .and_then(|up| rows.get(up))
            .filter(|above| above.page == row.page)
            .map_or(0, Row::middle2);
        let to = rows
            .get(at + 1)
            .filter(|below| below.page == row.page)
            .map_or(usize::MAX, Row::middle2);
        let region: Vec<&str> = table
            .iter()
            .filter(|l| l.page == row.page && from < 2 * l.no && 2 * l.no < to)
            .flat_map(|l| l.words.iter().map(|w| w.text))
            .collect();
        marked.push(marks_continued(region));
    }
    let mut kept: Vec<Row> = Vec::with_capacity(rows.len());
    for (row, marked) in rows.into_iter().zip(marked) {
        match kept.last_mut() {
            Some(above) if above.date == row.date && marked => above.cut = true,
            _ => kept.push(row),
        }
    }
    kept
}

/// Each word 「事前」 or 「事後」 on the lines of one row's date goes to that row; a row's one
/// such word is its 提出時期 (taken).
fn read_timings(table: &mut [Line<'_>], rows: &mut [Row]) {
    for (at, line) in table.iter().enumerate() {
        for (word, w) in line.open_words() {
            let Some(timing) = SubmissionTiming::ALL
                .iter()
                .copied()
                .find(|t| t.label() == squeezed(w.text))
            else {
                continue;
            };
            let mut on_date = rows
                .iter_mut()
                .filter(|r| r.page == line.page && r.top <= line.no && line.no <= r.bottom);
            if let (Some(row), None) = (on_date.next(), on_date.next()) {
                row.timings.push((at, word, timing));
            }
        }
    }
    for row in rows.iter() {
        if let [(at, word, _)] = row.timings.as_slice()
            && let Some(line) = table.get_mut(*at)
        {
            line.take(*word);
        }
    }
}

/// Each 項目 ([`item_between`]) goes to the one row whose middle lies between its numbers.
fn read_items(form: crate::AssessmentKind, table: &mut [Line<'_>], rows: &mut [Row]) {
    // The 項目's column on each page: where its numbers alone start.
    let pages = table.last().map_or(0, |l| l.page + 1);
    let mut columns = Vec::with_capacity(pages);
    for page in 0..pages {
        let mut closings = Vec::new();
        for line in table.iter().filter(|l| l.page == page) {
            let mut open = line.open_words();
            if let (Some((_, w)), None) = (open.next(), open.next())
                && is_item_number(form, w.text)
            {
                closings.push(w.col);
            }
        }
        columns.push(most_common(&closings));
    }
    for (page, column) in columns.iter().enumerate() {
        if column.is_none() {
            continue;
        }
        let mut at = 0;
        while let Some(line) = table.get(at) {
            if line.page != page {
                at += 1;
                continue;
            }
            let Some((item, taken, close)) = item_between(form, table, at, &columns) else {
                at += 1;
                continue;
            };
            let (first, last) = (line.no, table.get(close).map_or(line.no, |l| l.no));
            let mut holding = rows
                .iter_mut()
                .filter(|r| r.middle_within(page, first, last));
            if let (Some(row), None) = (holding.next(), holding.next()) {
                let taken_lines: Vec<(usize, usize)> = taken
                    .iter()
                    .filter_map(|&(index, word)| Some((table.get(index)?.no, word)))
                    .collect();
                for &(index, word) in &taken {
                    if let Some(line) = table.get_mut(index) {
                        line.take(word);
                    }
                }
                row.item = Some((item, taken_lines));
                at = close + 1;
            } else {
                at += 1;
            }
        }
    }
}

/// The 項目 whose first line is `table[at]`: its first open word, in the 項目's column of its
/// page (`columns`, by page; or right after the date's pieces on their line), one of the form's
/// item numbers; its last, that number alone in the column within [`WRAPPED_ITEM_LINES`] lines,
/// of the page or of the next (a row the page broke goes on at the next page's top, where the
/// text may set the column elsewhere). Between them, each line's open words from the column on
/// are the 項目's while they go on spelling one of the item's labels ([`labels_of`]); together
/// they must spell one whole. Gives the record, the words it took (line index, word) and the
/// closing line's index; `None` where the lines spell no label.
fn item_between(
    form: crate::AssessmentKind,
    table: &[Line<'_>],
    at: usize,
    columns: &[Option<usize>],
) -> Option<(ChangeRecord, Taken, usize)> {
    let opening = table.get(at)?;
    let in_column = |w: &Word<'_>, page: usize| {
        columns.get(page).copied().flatten().is_some_and(|column| {
            column.saturating_sub(COLUMN_SLIP) <= w.col && w.col <= column + ITEM_SLIP
        })
    };
    // The number stands in the column, or right after the date's pieces on their line: a
    // short date (`令和元年 Ⅰ8 連絡先`) lets the 項目's line run on after one space, left of
    // where the column's lines start.
    let after_date = opening.taken.first() == Some(&true);
    let (number_at, number) = opening
        .open_words()
        .next()
        .filter(|(_, w)| in_column(w, opening.page) || after_date)?;
    let id = ItemId::find_by_number(form, number.text.trim_matches(['（', '）', '(', ')']))?;
    let close = table
        .iter()
        .enumerate()
        .skip(at + 1)
        .take(2 * WRAPPED_ITEM_LINES)
        .take_while(|(_, l)| l.page <= opening.page + 1)
        .find(|(_, l)| {
            let mut open = l.open_words();
            matches!((open.next(), open.next()), (Some((_, w)), None) if w.text == number.text && in_column(&w, l.page))
        })
        .map(|(index, _)| index)?;
    let labels = labels_of(id, form);
    let spells = |written: &str| labels.iter().any(|label| label.starts_with(written));
    let mut written = String::new();
    let mut taken = vec![(at, number_at)];
    let mut lines: Vec<String> = Vec::new();
    for index in at..close {
        let line = table.get(index)?;
        let mut open = line
            .open_words()
            .skip_while(|&(word, _)| index == at && word <= number_at)
            .peekable();
        let mut words: Vec<&str> = Vec::new();
        // The line's words from the column on: a line whose first open word stands elsewhere
        // holds none of the 項目 (the first line's, beside the number, do). On a line of the
        // date's pieces the 項目's words may come right after them, left of the column (a date
        // of full-width characters pushes them left: `5 月 10 日 実施機関に`), or another
        // cell's may: such a line holds the 項目's words only where they spell it on.
        let starts_in_column = open.peek().is_some_and(|(_, w)| in_column(w, line.page));
        let after_date_pieces = line.taken.first() == Some(&true);
        if index != at && !starts_in_column && !after_date_pieces {
            continue;
        }
        let spelled = written.len();
        for (word, w) in open {
            let more = format!("{written}{}", squeezed(w.text));
            if !spells(&more) {
                break;
            }
            written = more;
            words.push(w.text);
            taken.push((index, word));
        }
        // A line in the column that spells none of it: words of another row's 項目 (the
        // numbers bound a stretch that is not one cell).
        if index != at && written.len() == spelled && starts_in_column {
            return None;
        }
        if index == at {
            let mut first_line = vec![number.text];
            first_line.extend(&words);
            lines.push(first_line.join(" "));
        } else if !words.is_empty() {
            lines.push(words.join(" "));
        }
    }
    if !labels.contains(&written) {
        return None;
    }
    let close_word = table.get(close)?.open_words().next()?.0;
    taken.push((close, close_word));
    let mut cell: Vec<&str> = lines.iter().map(String::as_str).collect();
    cell.push(number.text);
    Some((record_of(form, item_words(form, &cell)), taken, close))
}

/// The 説明s: on each page, the lines right of the 提出時期's column ([`explanation_lines`]),
/// shared out among the page's rows by [`shares`]; a row's share read whole. The page's last
/// row, where the page broke it and set its cells at its top, takes its lines from its top
/// down on its page and the lines the next page holds above its first row's share (the rest
/// of the cell, centred on what is left of the row there); where either page's lines do not share out, or the next page's
/// rows take none of its lines, its 説明 is unread.
fn read_explanations(table: &mut [Line<'_>], rows: &mut [Row]) {
    let pages = table.last().map_or(0, |l| l.page + 1);
    // The row the page before broke (an index into `rows`) and its lines on that page.
    let mut carried: Option<(usize, Vec<ColumnLine>)> = None;
    for page in 0..pages {
        let broken_above = carried.take();
        let Some(lines) = explanation_lines(table, rows, page) else {
            continue;
        };
        let on_page = rows_on(rows, page);
        let Some(shares) = shares(table, rows, &on_page, &lines) else {
            continue;
        };
        // The broken row's rest: this page's lines above the first line a row here took.
        let first_shared = shares
            .iter()
            .find_map(|share| share.first())
            .map(|(at, _)| *at);
        if let (Some((row_at, mut head)), Some(first)) = (broken_above, first_shared) {
            head.extend(lines.iter().take_while(|(at, _)| *at < first).cloned());
            let text = share_text(table, &head);
            let taken = take_share(table, &head);
            if let Some(row) = rows.get_mut(row_at) {
                row.explanation = Some((text, taken));
            }
        }
        for (&row_at, share) in on_page.iter().zip(&shares) {
            let Some(row) = rows.get_mut(row_at).filter(|_| !share.is_empty()) else {
                continue;
            };
            let text = share_text(table, share);
            let taken = take_share(table, share);
            row.explanation = Some((text, taken));
        }
        // Only a row set at its top (its 提出時期 on its first line) has its lines from its top
        // down: a row a 「（続き）」 row continues may stand centred, its 説明 above its top too.
        let last = on_page.last().and_then(|&at| Some((at, rows.get(at)?)));
        let set_at_top = |row: &Row| timing_line(table, row) == Some(row.top);
        if let Some((row_at, row)) =
            last.filter(|(_, row)| broken_by_page(table, row) && set_at_top(row))
        {
            let top = row.top;
            let from_top = lines
                .iter()
                .filter(|(at, _)| table.get(*at).is_some_and(|l| l.no >= top));
            carried = Some((row_at, from_top.cloned().collect()));
        }
    }
}

/// The words of a cell's `share` of a column, line by line, as one text (its breaks taken out).
fn share_text(table: &[Line<'_>], share: &[ColumnLine]) -> String {
    let mut text_lines = Vec::new();
    for (at, words) in share {
        let Some(line) = table.get(*at) else { continue };
        let texts: Vec<&str> = words
            .iter()
            .filter_map(|&word| line.words.get(word).map(|w| w.text))
            .collect();
        text_lines.push(texts.join(" "));
    }
    reflow(&text_lines.join("\n"))
}

/// The words a cell took: each its line (an index into the table, or a line number) and its
/// place in the line.
type Taken = Vec<(usize, usize)>;

/// The line number of `row`'s one 提出時期 word; `None` where it shows none, or several.
fn timing_line(table: &[Line<'_>], row: &Row) -> Option<usize> {
    let [(at, _, _)] = row.timings.as_slice() else {
        return None;
    };
    table.get(*at).map(|l| l.no)
}

/// Whether the page broke `row`, its last: a date the page cut, or the 提出時期 on the date's
/// first line, not its middle (the cells set at the row's top, their rest on the next page).
fn broken_by_page(table: &[Line<'_>], row: &Row) -> bool {
    row.cut || (timing_line(table, row) == Some(row.top) && row.top != row.bottom)
}

/// `lines` cut at `ranges`, a slice each.
fn slices(lines: &[ColumnLine], ranges: Vec<std::ops::Range<usize>>) -> Vec<&[ColumnLine]> {
    ranges
        .into_iter()
        .map(|range| lines.get(range).unwrap_or_default())
        .collect()
}

/// The rows of `page`, as indices into `rows`.
fn rows_on(rows: &[Row], page: usize) -> Vec<usize> {
    (0..rows.len())
        .filter(|&at| rows.get(at).is_some_and(|r| r.page == page))
        .collect()
}

/// Marks the words of a row's `share` of a column taken, and gives them by line number.
fn take_share(table: &mut [Line<'_>], share: &[ColumnLine]) -> Taken {
    let mut taken = Vec::new();
    for (at, words) in share {
        let Some(line) = table.get_mut(*at) else {
            continue;
        };
        for &word in words {
            line.take(word);
            taken.push((line.no, word));
        }
    }
    taken
}

/// A line's words right of the 提出時期's column: (the line's index, its words' places).
type ColumnLine = (usize, Vec<usize>);

/// The lines of `page` that hold the 説明's words, with those words: on a row's 提出時期 line,
/// the words after the 提出時期; on any other, the words from the first that starts at the
/// 説明's column (where most such lines' first word right of the 提出時期's column starts) on.
/// Each page sets its columns anew. `None` where a line holds words right of the 提出時期's
/// column that start elsewhere (a line pushed right by a wide cell beside it: whose words they
/// are, the columns do not show) or the page shows no 提出時期.
fn explanation_lines(table: &[Line<'_>], rows: &[Row], page: usize) -> Option<Vec<ColumnLine>> {
    let timings = timings_on(table, rows, page);
    let timing_col = timing_column(table, &timings)?;
    let right_of = |line: &Line<'_>| {
        line.open_words()
            .find(|(_, w)| w.col > timing_col + 2)
            .map(|(word, w)| (word, w.col))
    };
    let on_page = || table.iter().enumerate().filter(|(_, l)| l.page == page);
    let firsts: Vec<usize> = on_page()
        .filter(|(at, _)| !timings.iter().any(|(t, _)| t == at))
        .filter_map(|(_, line)| right_of(line).map(|(_, col)| col))
        .collect();
    let column = most_common(&firsts);
    let mut lines = Vec::new();
    for (at, line) in on_page() {
        let first = match timings.iter().find(|(t, _)| *t == at) {
            Some(&(_, timing)) => line
                .open_words()
                .map(|(word, _)| word)
                .find(|&w| w > timing),
            None => match (right_of(line), column) {
                (None, _) => None,
                (Some((word, col)), Some(column)) if col.abs_diff(column) <= COLUMN_SLIP => {
                    Some(word)
                }
                _ => return None,
            },
        };
        if let Some(first) = first {
            let words = line
                .open_words()
                .map(|(word, _)| word)
                .filter(|&w| w >= first);
            lines.push((at, words.collect()));
        }
    }
    Some(lines)
}

/// The 提出時期 words of the rows of `page`: (line index, word).
fn timings_on(table: &[Line<'_>], rows: &[Row], page: usize) -> Vec<(usize, usize)> {
    rows.iter()
        .flat_map(|r| r.timings.iter())
        .map(|&(at, word, _)| (at, word))
        .filter(|&(at, _)| table.get(at).is_some_and(|l| l.page == page))
        .collect()
}

/// Where the 提出時期's column starts: the column most of the page's `timings` words start at.
fn timing_column(table: &[Line<'_>], timings: &[(usize, usize)]) -> Option<usize> {
    let cols: Vec<usize> = timings
        .iter()
        .filter_map(|&(at, word)| Some(table.get(at)?.words.get(word)?.col))
        .collect();
    most_common(&cols)
}

/// Where a page's 変更前 and 変更後 columns start, and how wide their lines are when full (in
/// half-width units, the table's widest quarter of each column's lines).
#[derive(Debug, Clone, Copy)]
struct TextColumns {
    before: usize,
    after: usize,
    before_full: usize,
    after_full: usize,
}

/// A run of a line's open words that starts left of the 提出時期's column, one space between
/// each: the words' places, the run's text and where it starts; `placed` where that start is
/// the column's (the line's first word, or two spaces or more after the word before it), and
/// `after_item` where it follows a 項目's word after one space (the 項目's line filled its
/// column and the 変更前's ran on after it). A word after one space goes on with the run
/// wherever its column (a layout text gives a full-width character one column of two, so the
/// run's later words stand left of where they print); `spills` where such a word was taken
/// by another cell (a 説明 read from the words right of the 提出時期's column): which words
/// are whose, the line does not show.
#[derive(Debug)]
struct TextRun {
    words: Vec<usize>,
    text: String,
    col: usize,
    placed: bool,
    after_item: bool,
    spills: bool,
}

/// The runs of `line`'s open words that start left of column `timing` ([`TextRun`]);
/// `item_words` are the (line number, word) the rows' 項目s took.
fn text_runs(
    line: &Line<'_>,
    timing: usize,
    item_words: &std::collections::BTreeSet<(usize, usize)>,
) -> Vec<TextRun> {
    let mut runs: Vec<TextRun> = Vec::new();
    // The word before, and whether it ended the last run.
    let mut previous: Option<(usize, Word<'_>, bool)> = None;
    for (at, word) in line.words.iter().copied().enumerate() {
        let open = !line.taken.get(at).copied().unwrap_or(true);
        let joined =
            previous.is_some_and(|(_, p, _)| p.col + p.text.chars().count() + 1 == word.col);
        let in_run = joined && previous.is_some_and(|(_, _, ends_run)| ends_run);
        let mut ends_run = false;
        match runs.last_mut() {
            Some(run) if in_run && open => {
                run.words.push(at);
                run.text.push(' ');
                run.text.push_str(word.text);
                ends_run = true;
            }
            Some(run) if in_run => run.spills = true,
            _ if open && word.col + COLUMN_SLIP < timing => {
                let after_item =
                    joined && previous.is_some_and(|(p, _, _)| item_words.contains(&(line.no, p)));
                runs.push(TextRun {
                    words: vec![at],
                    text: word.text.to_owned(),
                    col: word.col,
                    placed: !joined,
                    after_item,
                    spills: false,
                });
                ends_run = true;
            }
            _ => {}
        }
        previous = Some((at, word, ends_run));
    }
    runs
}

/// Where the page's 変更前, 変更後 and 提出時期 columns start, in that order (the places of
/// [`TextColumns`], whose widths are the whole table's): the 提出時期's from its rows' 提出時期;
/// the 変更前's and the 変更後's, the columns placed runs start at most often among those nearer
/// the header row's 「変更前の記載」 (or 「変更後の記載」) than its other labels. `None` where the page shows no
/// header row, no 提出時期, or a column no placed run starts at.
fn text_columns(
    table: &[Line<'_>],
    rows: &[Row],
    page: usize,
    header: Option<&str>,
    item_words: &std::collections::BTreeSet<(usize, usize)>,
) -> Option<(usize, usize, usize)> {
    let timing = timing_column(table, &timings_on(table, rows, page))?;
    let labels = crate::import::text::runs(header?);
    let [_, item, before, after, ..] = crate::form::CHANGE_COLUMNS;
    let label_at = |label: &str| labels.iter().find(|r| r.text == label).map(|r| r.col);
    let (item_at, before_at, after_at) = (label_at(item)?, label_at(before)?, label_at(after)?);
    let (mut befores, mut afters) = (Vec::new(), Vec::new());
    for line in table.iter().filter(|l| l.page == page) {
        for run in text_runs(line, timing, item_words)
            .into_iter()
            .filter(|r| r.placed)
        {
            let to = |at: usize| run.col.abs_diff(at);
            if to(before_at) < to(item_at) && to(before_at) < to(after_at) {
                befores.push(run.col);
            } else if to(after_at) < to(before_at) && run.col < timing {
                afters.push(run.col);
            }
        }
    }
    Some((most_common(&befores)?, most_common(&afters)?, timing))
}

/// The 変更前 and 変更後: on each page, the lines with open words left of the 提出時期's column
/// ([`TextColumns`]), shared out among the page's rows by [`shares`] (each cell is centred
/// on its row's middle, so the two columns' lines together are too); each line of a row's
/// share parted into its 変更前's words and its 変更後's by [`part_texts`]. A row one of whose
/// lines does not part keeps neither text (its lines stay unread).
fn read_texts(table: &mut [Line<'_>], rows: &mut [Row], headers: &[Option<&str>]) {
    let item_words: std::collections::BTreeSet<(usize, usize)> = rows
        .iter()
        .filter_map(|r| r.item.as_ref())
        .flat_map(|(_, taken)| taken.iter().copied())
        .collect();
    let pages = table.last().map_or(0, |l| l.page + 1);
    let mut columns: Vec<Option<(usize, usize, usize)>> = Vec::with_capacity(pages);
    for page in 0..pages {
        let header = headers.get(page).copied().flatten();
        columns.push(text_columns(table, rows, page, header, &item_words));
    }
    // How wide a column's lines are when full: the widths of the first words of the placed
    // runs at its start, over every page (a run's first word is the column's line, whatever
    // ran together after it).
    let (mut before_widths, mut after_widths) = (Vec::new(), Vec::new());
    for line in table.iter() {
        let Some(Some((before, after, timing))) = columns.get(line.page) else {
            continue;
        };
        for run in text_runs(line, *timing, &item_words)
            .into_iter()
            .filter(|r| r.placed)
        {
            let first = width(run.text.split(' ').next().unwrap_or_default());
            if run.col.abs_diff(*before) <= COLUMN_SLIP {
                before_widths.push(first);
            } else if run.col.abs_diff(*after) <= COLUMN_SLIP {
                after_widths.push(first);
            }
        }
    }
    let before_full = upper_quartile(before_widths.into_iter());
    let after_full = upper_quartile(after_widths.into_iter());
    for page in 0..pages {
        let Some(Some((before, after, timing))) = columns.get(page).copied() else {
            continue;
        };
        let columns = TextColumns {
            before,
            after,
            before_full,
            after_full,
        };
        let lines: Vec<ColumnLine> = table
            .iter()
            .enumerate()
            .filter(|(_, l)| l.page == page)
            .filter_map(|(at, line)| {
                let words: Vec<usize> = text_runs(line, timing, &item_words)
                    .into_iter()
                    .flat_map(|r| r.words)
                    .collect();
                (!words.is_empty()).then_some((at, words))
            })
            .collect();
        let on_page = rows_on(rows, page);
        let Some(spans) = spans(table, rows, &on_page, &lines) else {
            continue;
        };
        for (&row_at, share) in on_page.iter().zip(spans) {
            let Some(row) = rows.get_mut(row_at).filter(|_| !share.is_empty()) else {
                continue;
            };
            let mut before_lines: Vec<(usize, String)> = Vec::new();
            let mut after_lines: Vec<(usize, String)> = Vec::new();
            let mut parted = true;
            for &(at, _) in share {
                let Some(line) = table.get(at) else { continue };
                let runs = text_runs(line, timing, &item_words);
                match part_texts(&runs, columns) {
                    Some((b, a)) => {
                        before_lines.extend(b.map(|b| (line.no, b)));
                        after_lines.extend(a.map(|a| (line.no, a)));
                    }
                    None => parted = false,
                }
            }
            // Each column's lines centred on the row's middle too, give or take half a line:
            // else the row's span holds a line of the row above or below.
            let centred = |lines: &[(usize, String)]| match (lines.first(), lines.last()) {
                (Some((first, _)), Some((last, _))) => (first + last).abs_diff(row.middle2()) <= 1,
                _ => true,
            };
            if !parted || !centred(&before_lines) || !centred(&after_lines) {
                continue;
            }
            let taken = take_share(table, share);
            let as_cell = |lines: &[(usize, String)]| {
                let lines: Vec<(usize, &str)> =
                    lines.iter().map(|(no, t)| (*no, t.as_str())).collect();
                cell(&lines)
            };
            row.texts = Some(Texts {
                before: as_cell(&before_lines),
                after: as_cell(&after_lines),
                taken,
            });
        }
    }
}

/// One line's text `runs` parted into its 変更前's words and its 変更後's: a run after a
/// 項目's word, or placed from the 変更前's column up to the 変更後's, is the 変更前's (two such
/// runs, a wide space inside the cell, joined); a run placed from the 変更後's column on is the
/// 変更後's. A 変更前 run with no 変更後 run beside it may hold the 変更後's line after one space
/// where its own filled its column: it is parted by [`part_full`]. `None` where a run stands
/// left of the 変更前's column (words of a 項目 not read), a run follows a word it does not
/// belong with after one space (a date's piece), or the widths part nothing for sure.
///
/// With the 変更前 at 17, the 変更後 at 39, both 24 wide when full: `甲課` at 17 and `乙課` at 39
/// part as they stand; `あいうえおかきくけこさし たちつてと` at 17 alone parts after `し`;
/// `架空の欄` at 8 (no 項目 taken before it) does not part.
fn part_texts(runs: &[TextRun], columns: TextColumns) -> Option<(Option<String>, Option<String>)> {
    let mut before: Vec<&str> = Vec::new();
    let mut after: Vec<&str> = Vec::new();
    for run in runs {
        if run.spills {
            return None;
        }
        let is_before = run.after_item
            || (run.placed
                && run.col + COLUMN_SLIP >= columns.before
                && run.col + COLUMN_SLIP < columns.after);
        if is_before {
            before.push(&run.text);
        } else if run.placed && run.col + COLUMN_SLIP >= columns.after {
            after.push(&run.text);
        } else {
            return None;
        }
    }
    let joined = |words: &[&str]| (!words.is_empty()).then(|| words.join(" "));
    match (before.as_slice(), after.is_empty()) {
        ([one], true) => {
            let (head, tail) = part_full(one, columns.before_full, columns.after_full)?;
            Some((Some(head.to_owned()), tail.map(str::to_owned)))
        }
        ([_, _, ..], true) => None,
        _ => Some((joined(&before), joined(&after))),
    }
}

/// The page's text `lines` (the 変更前's and the 変更後's columns together) shared out among
/// its rows (`on_page`, indices into `rows`) by where they stand, each row's span in order;
/// `None` where a span would reach above the middle of the row above, or a row shows no
/// 提出時期 on its middle line.
///
/// Two cells centred on a row's middle span lines as far above it as below, so together
/// they do too (their lines need not be as many above as below: the 変更後's may stand on
/// lines the 変更前's leaves blank, which [`shares`] would count). From the last row up: its
/// span ends at the page's last text line, and starts as far above its middle as that line
/// stands below; the lines above its start end the span of the row above. The lines left
/// above the first row's span are a cell of the page before. A last row the page broke (as
/// [`shares`] tells it) gets no span.
fn spans<'l>(
    table: &[Line<'_>],
    rows: &[Row],
    on_page: &[usize],
    lines: &'l [ColumnLine],
) -> Option<Vec<&'l [ColumnLine]>> {
    let no_of = |&(at, _): &ColumnLine| table.get(at).map_or(0, |l| l.no);
    let page_rows: Vec<&Row> = on_page.iter().filter_map(|&at| rows.get(at)).collect();
    let last = page_rows.last()?;
    let first_from = |no2: usize| {
        lines
            .iter()
            .position(|l| 2 * no_of(l) >= no2)
            .unwrap_or(lines.len())
    };
    let broken = broken_by_page(table, last);
    let mut end = match broken {
        true => first_from(2 * last.top),
        false => lines.len(),
    };
    let mut ranges: Vec<std::ops::Range<usize>> = vec![0..0; page_rows.len()];
    let sharing = page_rows.len() - usize::from(broken);
    for at in (0..sharing).rev() {
        let row = page_rows.get(at)?;
        if timing_line(table, row).is_none_or(|t| 2 * t != row.middle2()) {
            return None;
        }
        let bottom = lines
            .get(..end)
            .and_then(<[ColumnLine]>::last)
            .map(no_of)
            .filter(|&no| 2 * no >= row.middle2());
        let Some(bottom) = bottom else {
            if let Some(range) = ranges.get_mut(at) {
                *range = end..end;
            }
            continue;
        };
        let start = first_from(2 * row.middle2().checked_sub(bottom)?).min(end);
        let above = at.checked_sub(1).and_then(|up| page_rows.get(up));
        if above.is_some_and(|up| start < first_from(up.middle2() + 1)) {
            return None;
        }
        if let Some(range) = ranges.get_mut(at) {
            *range = start..end;
        }
        end = start;
    }
    Some(slices(lines, ranges))
}

/// The page's column `lines` shared out among its rows (`on_page`, indices into `rows`), each
/// row's share in order; `None` where the counts do not come out.
///
/// Each cell is centred on its row's middle: as many of its lines stand above the middle as
/// below it (one more may stand on it). So the lines below the last row's middle are its lower
/// half, and as many above it its upper half; the lines left between it and the row above are
/// that row's lower half, and so on up the page: the lines left above the first row's upper
/// half are a cell of the page before. A last row the page broke (its 提出時期 on its date's
/// first line, not its middle: the cells set at the row's top) takes the lines from its top
/// down, and gets no share (its rest is on the next page). Counts that come out below zero, a
/// page whose last row shows neither, or a row with no 提出時期: no share for any row.
fn shares<'l>(
    table: &[Line<'_>],
    rows: &[Row],
    on_page: &[usize],
    lines: &'l [ColumnLine],
) -> Option<Vec<&'l [ColumnLine]>> {
    let no_of = |&(at, _): &ColumnLine| table.get(at).map_or(0, |l| l.no);
    let page_rows: Vec<&Row> = on_page.iter().filter_map(|&at| rows.get(at)).collect();
    let last = page_rows.last()?;
    // The lines (as a range of `lines`) each row takes, found from the last row up.
    let mut ranges: Vec<std::ops::Range<usize>> = vec![0..0; page_rows.len()];
    let first_below = |row: &Row| lines.iter().position(|l| 2 * no_of(l) > row.middle2());
    let first_from = |middle2: usize| lines.iter().position(|l| 2 * no_of(l) >= middle2);
    let timing = timing_line(table, last)?;
    let broken = broken_by_page(table, last);
    // Where the share of the rows above the last ends (exclusive), and how many lines the
    // last row's upper half takes.
    let mut end = if broken {
        first_from(2 * last.top).unwrap_or(lines.len())
    } else if 2 * timing == last.middle2() {
        let below = first_below(last).unwrap_or(lines.len());
        let lower = lines.len() - below;
        let on = first_from(last.middle2()).unwrap_or(below);
        let start = on.checked_sub(lower)?;
        if let Some(range) = ranges.last_mut() {
            *range = start..lines.len();
        }
        start
    } else {
        return None;
    };
    // A row's upper half reaches no further up than the middle of the row above.
    let above_middle_of = |at: usize| match at.checked_sub(1).and_then(|up| page_rows.get(up)) {
        Some(up) => first_below(up).unwrap_or(lines.len()),
        None => 0,
    };
    if !broken && end < above_middle_of(page_rows.len() - 1) {
        return None;
    }
    for at in (0..page_rows.len().saturating_sub(1)).rev() {
        let row = page_rows.get(at)?;
        if timing_line(table, row).is_none_or(|t| 2 * t != row.middle2()) {
            return None;
        }
        let below = first_below(row).unwrap_or(lines.len()).min(end);
        let lower = end - below;
        let on = first_from(row.middle2()).unwrap_or(below).min(below);
        let start = on.checked_sub(lower)?;
        if start < above_middle_of(at) {
            return None;
        }
        if let Some(range) = ranges.get_mut(at) {
            *range = start..end;
        }
        end = start;
    }
    Some(slices(lines, ranges))
}

/// The value met most often in `values` (the smallest of those met as often); `None` when
/// there are none.
fn most_common(values: &[usize]) -> Option<usize> {
    let mut counts: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for &value in values {
        *counts.entry(value).or_default() += 1;
    }
    let best = counts.values().copied().max()?;
    counts
        .into_iter()
        .find(|&(_, count)| count == best)
        .map(|(value, _)| value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AssessmentKind;
    use crate::import::Shape;

    /// A line of `cells`, each set at its column (in characters), spaces between.
    fn line(cells: &[(usize, &str)]) -> String {
        let mut out = String::new();
        for &(col, text) in cells {
            let width = out.chars().count();
            let pad = if width == 0 {
                col
            } else {
                col.saturating_sub(width).max(1)
            };
            out.push_str(&" ".repeat(pad));
            out.push_str(text);
        }
        out
    }

    /// The table's heading and its header row, the labels at the columns' places.
    fn heading() -> Vec<String> {
        let labels = [
            (0, "変更日"),
            (8, "項目"),
            (20, "変更前の記載"),
            (38, "変更後の記載"),
            (55, "提出時期"),
            (62, "提出時期に係る説明"),
        ];
        vec!["変更箇所".to_owned(), line(&labels)]
    }

    /// A row centred on its date's middle line, as a word processor prints it: the date's
    /// pieces on every second line, the 項目 and the 変更後 between them, the 提出時期 on the
    /// date's middle line, the 変更前 and the 説明 reaching above and below the date.
    fn centred_row(
        date: [&str; 3],
        item: [&str; 2],
        explanation: [&str; 2],
        timing: &str,
    ) -> Vec<String> {
        vec![
            line(&[(20, "架空の手順で確認"), (62, explanation[0])]),
            line(&[(0, date[0])]),
            line(&[(8, item[0]), (38, "架空の手順を改める。")]),
            line(&[(0, date[1]), (55, timing)]),
            line(&[(8, item[1])]),
            line(&[(0, date[2])]),
            line(&[(20, "する。"), (62, explanation[1])]),
        ]
    }

    fn table(rows: &[Vec<String>]) -> String {
        let mut all = heading();
        for row in rows {
            all.extend(row.iter().cloned());
        }
        all.join("\n") + "\n"
    }

    /// `text` read; the numbers of the lines it lists as unread.
    fn read(text: &str) -> (Report, Vec<usize>) {
        let mut report = Report::example(AssessmentKind::Basic);
        report.changes.clear();
        let lines = text::lines(text, Shape::PdfText);
        let mut trace = Trace::default();
        let mut unread = Vec::new();
        assert!(is_centred(&lines, 1), "centred: {text}");
        read_centred(&lines, 1, &mut report, &mut trace, &mut unread);
        (report, unread.iter().map(|(no, _)| *no).collect())
    }

    fn first_row() -> Vec<String> {
        centred_row(
            ["令和 2", "年4月", "1 日"],
            ["Ⅰ8 連絡先", "Ⅰ8"],
            ["字句の", "修正"],
            "事後",
        )
    }

    #[test]
    fn a_row_is_read_from_its_date_s_middle() {
        // The second row's 項目 over three lines, its number alone (beside the date's last
        // piece) on the last.
        let mut two = centred_row(
            ["令和 3", "年5月", "6 日"],
            ["Ⅰ1② 事務", "の内容"],
            ["重要な", "変更"],
            "事前",
        );
        two[5] = line(&[(0, "6 日"), (8, "Ⅰ1②")]);
        let (r, unread) = read(&table(&[first_row(), two]));
        let [a, b] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2020, 4, 1));
        assert_eq!(
            (a.item.as_str(), a.item_id),
            ("Ⅰ8 連絡先", Some(ItemId::DisclosureInquiryContact))
        );
        assert_eq!(a.timing, Some(SubmissionTiming::After));
        assert_eq!(a.explanation.as_deref(), Some("字句の修正"));
        assert_eq!((a.before.as_deref(), a.after.as_deref()), (None, None));
        assert_eq!(b.date, chrono::NaiveDate::from_ymd_opt(2021, 5, 6));
        assert_eq!(
            (b.item.as_str(), b.timing),
            ("Ⅰ1② 事務の内容", Some(SubmissionTiming::Before))
        );
        assert_eq!(b.explanation.as_deref(), Some("重要な変更"));
        // The texts' lines are unread, the rest read whole.
        assert_eq!(unread, [3, 5, 9, 10, 12, 16]);
        // A 項目 whose words spell no label of its number's item: no 項目.
        let text = table(&[first_row()]).replace("Ⅰ8 連絡先", "Ⅰ8 架空欄");
        let (r, _) = read(&text);
        assert_eq!(r.changes.first().map(|c| c.item.as_str()), Some(""));
    }

    /// A row whose cells all stand centred on its date's middle line (`年4月`): the 変更後 of
    /// one line on it, the 変更前 and the 説明 reaching as far above it as below.
    fn centred_texts(before: [&str; 2], after: &str) -> Vec<String> {
        vec![
            line(&[(20, before[0]), (62, "字句の")]),
            line(&[(0, "令和 2")]),
            line(&[(8, "Ⅰ8 連絡先")]),
            line(&[(0, "年4月"), (38, after), (55, "事後")]),
            line(&[(8, "Ⅰ8")]),
            line(&[(0, "1 日")]),
            line(&[(20, before[1]), (62, "修正")]),
        ]
    }

    #[test]
    fn the_texts_are_read_where_each_column_is_centred() {
        let row = centred_texts(["架空の手順で確認", "する。"], "架空の手順を改める。");
        let (r, unread) = read(&table(&[row]));
        let [a] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(
            (a.before.as_deref(), a.after.as_deref()),
            (Some("架空の手順で確認する。"), Some("架空の手順を改める。"))
        );
        assert_eq!(a.explanation.as_deref(), Some("字句の修正"));
        assert!(unread.is_empty(), "{unread:?}");
        // A dash is an empty 変更前.
        let mut row = centred_texts(["", "－"], "架空の手順を改める。");
        row[0] = line(&[(62, "字句の")]);
        row[3] = line(&[
            (0, "年4月"),
            (20, "－"),
            (38, "架空の手順を改める。"),
            (55, "事後"),
        ]);
        row[6] = line(&[(62, "修正")]);
        let (r, _) = read(&table(&[row]));
        let texts = r
            .changes
            .first()
            .map(|c| (c.before.clone(), c.after.clone()));
        assert_eq!(texts, Some((None, Some("架空の手順を改める。".to_owned()))));
    }

    #[test]
    fn texts_that_stand_off_the_middle_or_left_of_their_column_are_not_read() {
        // The 変更後 one line above the middle: its span is not its row's alone.
        let mut row = centred_texts(["架空の手順で確認", "する。"], "架空の手順を改める。");
        row[2] = line(&[(8, "Ⅰ8 連絡先"), (38, "架空の手順を改める。")]);
        row[3] = line(&[(0, "年4月"), (55, "事後")]);
        let (r, unread) = read(&table(&[row]));
        let texts = r
            .changes
            .first()
            .map(|c| (c.before.clone(), c.after.clone()));
        assert_eq!(texts, Some((None, None)));
        assert_eq!(unread, [3, 5, 9]);
        // Words left of the 変更前's column that no 項目 took: whose they are is not shown.
        let mut row = centred_texts(["架空の手順で確認", "する。"], "架空の手順を改める。");
        row[6] = line(&[(14, "架空欄"), (20, "する。"), (62, "修正")]);
        let (r, _) = read(&table(&[row]));
        let texts = r
            .changes
            .first()
            .map(|c| (c.before.clone(), c.after.clone()));
        assert_eq!(texts, Some((None, None)));
    }

    #[test]
    fn a_short_date_lets_its_item_start_left_of_the_column() {
        // `令和元年` fills less than its column: the 項目's first line follows it after one
        // space, left of where the column's other lines start.
        let short = vec![
            line(&[(20, "架空の手順で確認"), (62, "字句の")]),
            line(&[(0, "令和元年"), (5, "Ⅰ8 連絡先")]),
            line(&[(38, "架空の手順を改める。")]),
            line(&[(0, "6月7日"), (55, "事後")]),
            line(&[(8, "Ⅰ8")]),
            line(&[(20, "する。"), (62, "修正")]),
        ];
        let (r, _) = read(&table(&[first_row(), short]));
        let [_, b] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(b.date, chrono::NaiveDate::from_ymd_opt(2019, 6, 7));
        assert_eq!(
            (b.item.as_str(), b.timing),
            ("Ⅰ8 連絡先", Some(SubmissionTiming::After))
        );
    }

    /// The page's last row set at its top (its 提出時期 on its date's first line), its cells
    /// going on at the next page.
    fn broken_row() -> Vec<String> {
        vec![
            line(&[
                (0, "令和 3"),
                (8, "Ⅰ8 連絡先"),
                (20, "架空の手順で確認す"),
                (55, "事前"),
                (62, "重要な"),
            ]),
            line(&[(0, "年5月"), (62, "変更で")]),
            line(&[(0, "6 日"), (8, "Ⅰ8")]),
        ]
    }

    #[test]
    fn a_row_a_page_broke_keeps_its_date_and_timing() {
        let broken = broken_row();
        let (r, unread) = read(&table(&[first_row(), broken]));
        let [a, b] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(a.explanation.as_deref(), Some("字句の修正"));
        assert_eq!(b.date, chrono::NaiveDate::from_ymd_opt(2021, 5, 6));
        assert_eq!(b.item, "Ⅰ8 連絡先");
        assert_eq!(
            (b.timing, b.explanation.as_deref()),
            (Some(SubmissionTiming::Before), None)
        );
        assert!(unread.contains(&10) && unread.contains(&11), "{unread:?}");
    }

    #[test]
    fn a_broken_row_s_item_ends_at_the_next_page_s_top() {
        // The page's last row set at its top, its 項目 going on at the next page's top (where
        // the text sets the column elsewhere), a line of it right after the date's last piece.
        let broken = vec![
            line(&[
                (0, "令和 3"),
                (8, "Ⅰ5① 評価"),
                (20, "架空部"),
                (38, "新部"),
                (55, "事後"),
                (62, "組織改正"),
            ]),
            line(&[(0, "年5月"), (8, "実施機関に")]),
            line(&[(0, "6 日"), (5, "おける担当")]),
        ];
        let next_page = |rest: &str| vec![line(&[(6, rest)]), line(&[(6, "Ⅰ5①")])];
        let mut text = table(&[first_row(), broken.clone()]);
        text.push_str(&table(&[next_page("部署 部署")]));
        let (r, _) = read(&text);
        let [_, b] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(b.item_id, Some(ItemId::AffairDepartment));
        assert_eq!(b.item, "Ⅰ5① 評価実施機関における担当部署 部署");
        // Refused: the words at the next page's top do not finish the item's label.
        let mut text = table(&[first_row(), broken]);
        text.push_str(&table(&[next_page("架空の欄")]));
        let (r, _) = read(&text);
        let [_, b] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!((b.item.as_str(), b.item_id), ("", None));
    }

    #[test]
    fn a_broken_row_s_explanation_goes_on_above_the_next_page_s_rows() {
        let broken = broken_row();
        let rest = line(&[(20, "る。"), (62, "ある")]);
        let next_row = centred_row(
            ["令和 4", "年1月", "5 日"],
            ["Ⅰ8 連絡先", "Ⅰ8"],
            ["字句の", "修正"],
            "事後",
        );
        let mut text = table(&[first_row(), broken.clone()]);
        let mut next_page = vec![rest.clone()];
        next_page.extend(next_row);
        text.push_str(&table(&[next_page]));
        let (r, _) = read(&text);
        let [_, b, c] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(b.explanation.as_deref(), Some("重要な変更である"));
        assert_eq!(c.explanation.as_deref(), Some("字句の修正"));
        // Refused: a next page whose lines no row of its own shares out (none stands there).
        let mut text = table(&[first_row(), broken]);
        text.push_str(&table(&[vec![rest]]));
        let (r, _) = read(&text);
        let [_, b] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(b.explanation, None);
    }

    #[test]
    fn a_continued_row_is_the_row_above_s_rest() {
        let mut text = table(&[first_row()]);
        // The next page prints the row again, its 項目 marked continued (the mark broken).
        let again = centred_row(
            ["令和 2", "年4月", "1 日"],
            ["Ⅰ8 連絡先（続", "き）"],
            ["架空", "理由"],
            "事後",
        );
        text.push_str(&table(&[again]));
        let (r, _) = read(&text);
        let [a] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        // The row above goes on: its 説明 is not read.
        assert_eq!(
            (a.item.as_str(), a.explanation.as_deref()),
            ("Ⅰ8 連絡先", None)
        );
        // With a row of its own after it on that page: the row above, centred on its page, does
        // not take the lines above that row as its 説明's rest (its own stand above its top).
        let mut more = table(&[first_row()]);
        let mut again_page = centred_row(
            ["令和 2", "年4月", "1 日"],
            ["Ⅰ8 連絡先（続", "き）"],
            ["架空", "理由"],
            "事後",
        );
        again_page.extend(centred_row(
            ["令和 3", "年4月", "1 日"],
            ["Ⅰ8 連絡先", "Ⅰ8"],
            ["別の", "説明"],
            "事後",
        ));
        more.push_str(&table(&[again_page]));
        let (r, _) = read(&more);
        let [a, b] = r.changes.as_slice() else {
            panic!("{:?}", r.changes)
        };
        assert_eq!(a.explanation, None);
        assert_eq!(b.explanation.as_deref(), Some("別の説明"));
        // The same row on another date is a row of its own.
        let (r, _) = read(&text.replacen("1 日", "2 日", 2).replacen("2 日", "1 日", 1));
        assert_eq!(r.changes.len(), 2, "{:?}", r.changes);
    }

    #[test]
    fn a_table_whose_dates_stand_on_one_line_is_not_centred() {
        let row = line(&[
            (0, "令和2年4月1日"),
            (16, "Ⅰ8 連絡先"),
            (30, "架空課"),
            (40, "架空部"),
            (55, "事後"),
        ]);
        let text = table(&[vec![row]]);
        let lines = text::lines(&text, Shape::PdfText);
        assert!(!is_centred(&lines, 1));
    }
}
