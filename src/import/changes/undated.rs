//! The 変更箇所 of a PDF text that printed its 変更日 as a column of their own, apart from the
//! rows (the dates stand one above the other, the rows' other cells elsewhere and out of
//! order): no date can be tied to a row, so the rows are read without one (`date: None`, the
//! date lines listed as unread), and only where the structure decides them: a 項目 cell (it
//! starts with a chapter numeral, `Ⅱ-３…`, and may wrap over a few lines) followed by
//!
//! - one line holding the 変更前 and 変更後 (one word each, parted by a half-width space), the
//!   提出時期 and its 説明 (`①旧い課 ①新しい課 事後 組織改正`); or the two texts alone when
//!   both start with the same item number (`①旧い課 ①新しい課`: one sub-item before and after;
//!   a 変更後 that holds a 提出時期's word, its 提出時期 and 説明 closed up into it, is left
//!   unread: `①新しい課事後組織改正`);
//! - or three cells: the 変更前, the 変更後 and one that starts with the 提出時期, whose rest is
//!   its 説明; the first two may stand in one cell when it holds a one-line 変更前 and a
//!   paragraph that starts where its first word would have fitted on that line (the 変更後:
//!   see [`paragraph_starts`]).
//!
//! Cells printed apart from their rows are then placed where the structure leaves them one
//! place, within the stretch of the table they stand in (the stretches are parted by the
//! table's heading and by each piece of its header row): a 変更後 alone with its 提出時期 on a line
//! that names a 項目 left without cells (`Ⅳ　監査を記載 事後` for `Ⅳ監査`) is that row's, and
//! a cell run into the 項目 on its line (`説明Ⅳ監査`) its 説明 (see [`place_named_after`]); a
//! lone 提出時期 cell, or a lone text, goes to the one row of the stretch without one (see
//! [`place_lone_cells`]).
//!
//! Anything else (more texts than the two columns, a 提出時期 with no texts before it, a cell
//! more than one row could take) leaves its lines unread: a cell is left empty rather than
//! guessed. The rows are marked inferred.

use super::{Piece, SCRAMBLED, date_only, full_width, paragraph_starts, parts_cells, written};
use crate::import::UnreadReason;
use crate::import::fill::{squeeze, squeezed};
use crate::import::{Confidence, Trace, text};
use crate::report::{Report, SubmissionTiming};

/// Why a 変更日 of a column printed apart from its rows is left unread.
const APART: UnreadReason = UnreadReason::ChangeDate;

/// Why a row's 提出時期 cell run into its 説明 is left unread ([`closed_up_timing`]).
const CLOSED_UP: UnreadReason = UnreadReason::ChangeColumns;

/// The cells of a row below its 項目.
#[derive(Debug, Default)]
struct Cells {
    before: Option<String>,
    after: Option<String>,
    timing: Option<SubmissionTiming>,
    explanation: Option<String>,
    /// Whether the line held a 変更後 whose end is not known, left unread: the row's texts are
    /// decided all the same (no cell printed apart is its 変更後).
    after_unread: bool,
    /// Whether the cell after the texts starts with a 提出時期's word closed up with the words
    /// after it (see [`closed_up_timing`]): left unread, the texts before it read all the same.
    timing_unread: bool,
}

/// A run of non-blank lines and the stretch of the table it stands in: the stretches are
/// parted by the table's heading and by each piece of a header row (see [`is_header_piece`]).
struct Run<'a> {
    pieces: Vec<Piece<'a>>,
    stretch: usize,
}

/// A row of the table: its 項目, the cell printed on the 項目's line before it (`説明Ⅲ…`, see
/// [`cell_then_item`]), its cells once found, whether its 変更前 and 変更後 are decided (read,
/// or the 変更前 left blank), and the source lines it was read from.
struct Row<'a> {
    item: String,
    head: Option<&'a str>,
    cells: Option<Cells>,
    texts_known: bool,
    stretch: usize,
    lines: [usize; 2],
}

impl Row<'_> {
    fn take_lines(&mut self, run: &[Piece<'_>]) {
        for (no, _) in run {
            self.lines = [self.lines[0].min(*no), self.lines[1].max(*no)];
        }
    }
}

/// Reads the 変更箇所 from line `from` (the table's heading on line `start`) into dateless rows
/// (see the module docs), then places the cells printed apart from their rows
/// ([`place_named_after`], [`place_lone_cells`]).
pub(super) fn read_undated(
    lines: &[text::Line],
    (from, start): (usize, usize),
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    // Cells: runs of non-blank lines; a page's number is no cell; a piece of a header row parts
    // the stretches.
    let mut runs: Vec<Run<'_>> = Vec::new();
    let mut run: Vec<Piece<'_>> = Vec::new();
    let mut stretch = 0;
    for line in lines
        .iter()
        .filter(|l| l.no >= from.min(start) && !super::is_page_number(l))
    {
        let header = line.no == start || is_header_piece(&line.text);
        if header || parts_cells(line, start) {
            if !run.is_empty() {
                runs.push(Run {
                    pieces: std::mem::take(&mut run),
                    stretch,
                });
            }
            stretch += usize::from(header);
        } else {
            run.push((line.no, line.text.trim()));
        }
    }
    if !run.is_empty() {
        runs.push(Run {
            pieces: run,
            stretch,
        });
    }
    let full = full_width(&runs.iter().map(|r| r.pieces.clone()).collect::<Vec<_>>());
    let mut claimed = vec![false; runs.len()];
    let mut rows: Vec<Row<'_>> = Vec::new();
    let mut i = 0;
    while let Some(run) = runs.get(i) {
        let first = run.pieces.first().map_or(0, |(no, _)| *no);
        let mut row = Row {
            item: text_of(&run.pieces),
            head: None,
            cells: None,
            texts_known: false,
            stretch: run.stretch,
            lines: [first, first],
        };
        row.take_lines(&run.pieces);
        if is_item(&run.pieces) {
            let below: Vec<Vec<Piece<'_>>> = runs
                .get(i + 1..)
                .unwrap_or_default()
                .iter()
                .take(3)
                .map(|r| r.pieces.clone())
                .collect();
            if let Some((cells, used)) = row_below(&below, full) {
                for k in i..=i + used {
                    if let (Some(c), Some(r)) = (claimed.get_mut(k), runs.get(k)) {
                        *c = true;
                        if k == i + used && cells.timing_unread {
                            unread.extend(r.pieces.iter().map(|(no, _)| (*no, CLOSED_UP)));
                        } else {
                            row.take_lines(&r.pieces);
                        }
                    }
                }
                row.texts_known =
                    cells.before.is_some() && (cells.after.is_some() || cells.after_unread);
                row.cells = Some(cells);
                rows.push(row);
                i += 1 + used;
                continue;
            }
        } else if let Some((head, item)) = cell_then_item(&run.pieces) {
            row.item = item.to_owned();
            row.head = Some(head);
        } else {
            i += 1;
            continue;
        }
        // A 項目 with no cells below it: its cells may stand elsewhere in its stretch.
        if let Some(c) = claimed.get_mut(i) {
            *c = true;
        }
        rows.push(row);
        i += 1;
    }
    place_named_after(&runs, &mut claimed, &mut rows);
    place_lone_cells(&runs, &mut claimed, &mut rows);
    for (run, taken) in runs.iter().zip(&claimed) {
        if !taken {
            let reason = match run.pieces.as_slice() {
                [(_, l)] if date_only(l).is_some() => APART,
                _ => SCRAMBLED,
            };
            unread.extend(run.pieces.iter().map(|(no, _)| (*no, reason)));
        }
    }
    for row in rows {
        let Some(cells) = row.cells else {
            unread.extend((row.lines[0]..=row.lines[1]).map(|no| (no, SCRAMBLED)));
            continue;
        };
        let mut record = super::record_of(report.form(), row.item);
        record.before = cells.before;
        record.after = cells.after;
        record.timing = cells.timing;
        record.explanation = cells.explanation;
        let read = super::ReadFrom {
            rule: "changes.undated",
            lines: row.lines,
            confidence: Confidence::Inferred,
        };
        super::push_row(record, read, report, trace);
    }
}

/// A 項目 with no cells below it whose 変更後 stands elsewhere in its stretch, alone with its
/// 提出時期 on one line, and names the 項目 (`Ⅳ　監査を記載 事後` for the 項目 `Ⅳ監査`: the
/// text written into the item): when that line is the only one naming the 項目 and names no
/// other, it is the row's 変更後 and 提出時期; the 変更前 was left blank (a 変更後 that ends on
/// the 提出時期's line, as in [`super::read_changes_blocks`]), and the cell printed on the
/// 項目's line before it is the one left, the 説明.
fn place_named_after(runs: &[Run<'_>], claimed: &mut [bool], rows: &mut [Row<'_>]) {
    let names = |row: &Row<'_>, run: &Run<'_>| -> Option<(String, SubmissionTiming)> {
        let [(_, line)] = run.pieces.as_slice() else {
            return None;
        };
        let (text, timing) = super::text_and_timing(line)?;
        let item = squeeze(&row.item);
        let named = row.stretch == run.stretch
            && item.chars().count() >= 3
            && squeezed(text).starts_with(&item);
        named.then_some(())?;
        Some((text.to_owned(), timing.parse().ok()?))
    };
    let run_spans = spans(runs.iter().map(|r| r.stretch));
    let row_spans = spans(rows.iter().map(|r| r.stretch));
    for r in 0..rows.len() {
        let Some(row) = rows.get(r).filter(|row| row.cells.is_none()) else {
            continue;
        };
        let (Some(own_runs), Some(own_rows)) = (
            run_spans.get(&row.stretch).cloned(),
            row_spans.get(&row.stretch).cloned(),
        ) else {
            continue;
        };
        // A stretch too long to compare its cells with each other in time is left unread.
        if own_runs.len() > LONGEST_STRETCH {
            continue;
        }
        let found: Vec<(usize, String, SubmissionTiming)> = own_runs
            .filter(|&k| !claimed.get(k).copied().unwrap_or(true))
            .filter_map(|k| {
                let (text, timing) = names(row, runs.get(k)?)?;
                Some((k, text, timing))
            })
            .collect();
        let [(k, text, timing)] = found.as_slice() else {
            continue;
        };
        let Some(run) = runs.get(*k) else { continue };
        // The line names no other 項目 waiting for its cells.
        let others = own_rows
            .filter(|&o| o != r)
            .filter_map(|o| rows.get(o))
            .filter(|other| other.cells.is_none() && names(other, run).is_some())
            .count();
        if others > 0 {
            continue;
        }
        let Some(row) = rows.get_mut(r) else { continue };
        row.cells = Some(Cells {
            before: None,
            after: Some(text.clone()),
            timing: Some(*timing),
            explanation: row.head.map(str::to_owned),
            ..Cells::default()
        });
        row.texts_known = true;
        row.take_lines(&run.pieces);
        if let Some(c) = claimed.get_mut(*k) {
            *c = true;
        }
    }
}

/// The cells of a stretch printed apart from their rows, placed where the stretch leaves one
/// place for them (a pigeonhole: every row has one 提出時期 and one 説明 cell): when every 項目
/// of the stretch found its row, the one cell left that starts with a 提出時期 goes to the one
/// row without one (with its 説明, when the row has none); then, when every row of the stretch
/// has its 変更前, 変更後 and 提出時期 and no other cell is left but dates, the one text left
/// is the 説明 of the one row without one. Anything else is left unread.
fn place_lone_cells(runs: &[Run<'_>], claimed: &mut [bool], rows: &mut [Row<'_>]) {
    let run_spans = spans(runs.iter().map(|r| r.stretch));
    for (stretch, own_rows) in spans(rows.iter().map(|r| r.stretch)) {
        let own_runs = run_spans.get(&stretch).cloned().unwrap_or_default();
        if rows
            .get(own_rows.clone())
            .unwrap_or_default()
            .iter()
            .any(|r| r.cells.is_none())
        {
            continue;
        }
        let left = |claimed: &[bool]| -> Vec<usize> {
            own_runs
                .clone()
                .filter(|&k| {
                    !claimed.get(k).copied().unwrap_or(true)
                        && runs.get(k).is_some_and(
                            |r| !matches!(r.pieces.as_slice(), [(_, l)] if date_only(l).is_some()),
                        )
                })
                .collect()
        };
        let has_timing = |k: &usize| {
            runs.get(*k).is_some_and(|r| {
                r.pieces
                    .iter()
                    .any(|(_, l)| words(l).iter().any(|(_, w)| is_timing(w)))
            })
        };
        // A 項目 left unread may own any cell left.
        let cells = left(claimed);
        if cells
            .iter()
            .any(|k| runs.get(*k).is_some_and(|r| is_item_like(&r.pieces)))
        {
            continue;
        }
        // The 提出時期.
        let timings: Vec<usize> = cells.iter().copied().filter(has_timing).collect();
        // (A row whose 提出時期 cell was left closed up may lack its 提出時期 or not: it counts
        // among the rows that may take the cell, and never takes it.)
        let without = lacking(rows, own_rows.clone(), |c| c.timing.is_none());
        let taker_sure = without.first().is_some_and(|r| {
            rows.get(*r)
                .and_then(|row| row.cells.as_ref())
                .is_some_and(|c| !c.timing_unread)
        });
        if let ([k], [r], true) = (timings.as_slice(), without.as_slice(), taker_sure) {
            let cell = runs
                .get(*k)
                .and_then(|run| Some((timing_cell(&run.pieces)?, run)));
            if let (Some(((timing, explanation), run)), Some(row)) = (cell, rows.get_mut(*r)) {
                if let Some(cells) = row.cells.as_mut() {
                    let fits = explanation.is_none() || cells.explanation.is_none();
                    if fits {
                        cells.timing = Some(timing);
                        if explanation.is_some() {
                            cells.explanation = explanation;
                        }
                        row.take_lines(&run.pieces);
                        if let Some(c) = claimed.get_mut(*k) {
                            *c = true;
                        }
                    }
                }
            }
        }
        // The 説明.
        let cells = left(claimed);
        let complete = rows
            .get(own_rows.clone())
            .unwrap_or_default()
            .iter()
            .all(|r| {
                r.texts_known
                    && r.cells
                        .as_ref()
                        .is_some_and(|c| c.timing.is_some() || c.timing_unread)
            });
        let texts = cells
            .iter()
            .all(|k| runs.get(*k).is_some_and(|r| is_text(&r.pieces)));
        // (A row whose 提出時期 cell was left closed up holds its 説明 there, either way.)
        let without = lacking(rows, own_rows.clone(), |c| {
            c.explanation.is_none() && !c.timing_unread
        });
        if let ([k], [r], true, true) = (cells.as_slice(), without.as_slice(), complete, texts) {
            if let (Some(run), Some(row)) = (runs.get(*k), rows.get_mut(*r)) {
                if let Some(cells) = row.cells.as_mut() {
                    cells.explanation = Some(text_of(&run.pieces));
                    row.take_lines(&run.pieces);
                    if let Some(c) = claimed.get_mut(*k) {
                        *c = true;
                    }
                }
            }
        }
    }
}

/// The rows in `range` whose cells lack what `lacks` looks for.
fn lacking(
    rows: &[Row<'_>],
    range: std::ops::Range<usize>,
    lacks: impl Fn(&Cells) -> bool,
) -> Vec<usize> {
    range
        .filter(|&r| {
            rows.get(r)
                .is_some_and(|row| row.cells.as_ref().is_some_and(&lacks))
        })
        .collect()
}

/// The most runs of lines a stretch may hold for its cells printed apart to be placed (their
/// rows are compared with each other).
const LONGEST_STRETCH: usize = 256;

/// The index range of each stretch in a list ordered by stretch (`stretches`, the stretch of
/// each element in turn).
fn spans(
    stretches: impl Iterator<Item = usize>,
) -> std::collections::BTreeMap<usize, std::ops::Range<usize>> {
    let mut out: std::collections::BTreeMap<usize, std::ops::Range<usize>> =
        std::collections::BTreeMap::new();
    for (at, stretch) in stretches.enumerate() {
        out.entry(stretch).or_insert(at..at).end = at + 1;
    }
    out
}

/// A piece of the table's header row standing alone (`項目`, `提出時期に係る説明`, or several
/// column headings run together: `変更前の記載 変更後の記載 提出時期変更日`).
fn is_header_piece(line: &str) -> bool {
    let s = squeeze(line);
    let mut rest = s.as_str();
    while !rest.is_empty() {
        let Some(next) = crate::report::CHANGE_COLUMNS
            .iter()
            .filter_map(|c| rest.strip_prefix(c))
            .min_by_key(|r| r.len())
        else {
            return false;
        };
        rest = next;
    }
    !s.is_empty()
}

/// A cell and a 項目 run together on one line (`説明Ⅳ監査`): the text up to the first chapter
/// numeral, and the 項目 from it, when the 項目 reads as one (see [`is_item`]) and the text
/// before it is no date and holds no 提出時期.
fn cell_then_item<'a>(run: &[Piece<'a>]) -> Option<(&'a str, &'a str)> {
    let [(no, line)] = run else {
        return None;
    };
    let (at, _) = line.char_indices().find(|(_, c)| ('Ⅰ'..='Ⅹ').contains(c))?;
    let head = line.get(..at)?.trim();
    let item = line.get(at..)?.trim();
    let plain = !head.is_empty()
        && date_only(head).is_none()
        && !words(head).iter().any(|(_, w)| is_timing(w));
    (plain && is_item(&[(*no, item)])).then_some((head, item))
}

/// The cell's lines joined with line breaks.
fn text_of(cell: &[Piece<'_>]) -> String {
    cell.iter().map(|(_, l)| *l).collect::<Vec<_>>().join("\n")
}

/// The words of a line parted by half-width spaces, each with its byte offset.
fn words(line: &str) -> Vec<(usize, &str)> {
    line.split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect()
}

fn is_timing(word: &str) -> bool {
    word.parse::<SubmissionTiming>().is_ok()
}

/// A 項目 cell: at most three lines, the first starting with a chapter numeral (`Ⅰ`–`Ⅹ`), no
/// date and no 提出時期 among its words (`Ⅲ　リスク対策を記載 事後` is a 変更後 and its 提出時期).
fn is_item(run: &[Piece<'_>]) -> bool {
    let chapter = run
        .first()
        .and_then(|(_, l)| l.chars().next())
        .is_some_and(|c| ('Ⅰ'..='Ⅹ').contains(&c));
    chapter
        && run.len() <= 3
        && run
            .iter()
            .all(|(_, l)| date_only(l).is_none() && !words(l).iter().any(|(_, w)| is_timing(w)))
}

/// A cell that can only be a 変更前 or 変更後 text: no date alone, no line starting or ending
/// with a 提出時期, nothing that starts like a 項目, no column heading.
fn is_text(run: &[Piece<'_>]) -> bool {
    let heading = |l: &str| {
        let s = crate::import::fill::squeeze(l);
        crate::report::CHANGE_COLUMNS.contains(&s.as_str())
    };
    !run.is_empty()
        && !is_item_like(run)
        && run.iter().all(|(_, l)| {
            let w = words(l);
            date_only(l).is_none()
                && !heading(l)
                && !w.first().is_some_and(|(_, f)| is_timing(f))
                && !w.last().is_some_and(|(_, f)| is_timing(f))
        })
}

/// Whether a cell starts with a chapter numeral, as a 項目 does.
fn is_item_like(run: &[Piece<'_>]) -> bool {
    run.first()
        .and_then(|(_, l)| l.chars().next())
        .is_some_and(|c| ('Ⅰ'..='Ⅹ').contains(&c))
}

/// The cells of the row whose 項目 stands right above `below`, and how many cells of `below`
/// they take (see the module docs); `full` is the width of a full line of the text columns.
fn row_below(below: &[Vec<Piece<'_>>], full: usize) -> Option<(Cells, usize)> {
    if let Some([(_, line)]) = below.first().map(Vec::as_slice) {
        if let Some(cells) = values_line(line) {
            return Some((cells, 1));
        }
    }
    let (before, after, timing, used) = match below {
        [before, after, timing, ..] if is_text(before) && is_text(after) => {
            (before.as_slice(), after.as_slice(), timing, 3)
        }
        // A one-line 変更前 and the 変更後 in one cell, lines next to each other.
        [both, timing, ..]
            if is_text(both)
                && matches!(both.as_slice(), [(a, _), (b, _), ..] if a + 1 == *b)
                && paragraph_starts(both, full) == [0, 1] =>
        {
            let (before, after) = both.split_at(1);
            (before, after, timing, 2)
        }
        _ => return None,
    };
    let (timing, explanation, timing_unread) = match timing_cell(timing) {
        Some((timing, explanation)) => (Some(timing), explanation, false),
        None if closed_up_timing(timing) => (None, None, true),
        None => return None,
    };
    Some((
        Cells {
            before: written(text_of(before)),
            after: written(text_of(after)),
            timing,
            explanation,
            timing_unread,
            ..Cells::default()
        },
        used,
    ))
}

/// Whether `cell` starts with a 提出時期's word run into the words after it, no space between
/// (`事後問い合わせ先変更`, as a text that lost the space between two cells gives it): the cell
/// stands where a row's 提出時期 cell does, but whether the words after are its 説明 or the
/// 説明 is the whole cell (`事後で足りるが任意に事前に提出`) is not known. Refused: `事後` and
/// `事後 問い合わせ先変更` (a 提出時期 cell, [`timing_cell`]), `問い合わせ先変更`.
fn closed_up_timing(cell: &[Piece<'_>]) -> bool {
    let Some((_, head)) = cell.first() else {
        return false;
    };
    <SubmissionTiming as crate::Choice>::LABELS
        .iter()
        .any(|label| {
            head.strip_prefix(label)
                .is_some_and(|rest| !rest.is_empty() && !rest.starts_with(char::is_whitespace))
        })
}

/// A cell that starts with a 提出時期: the 提出時期, and the rest of the cell (its 説明), if any.
fn timing_cell(cell: &[Piece<'_>]) -> Option<(SubmissionTiming, Option<String>)> {
    let [(_, head), rest @ ..] = cell else {
        return None;
    };
    let (word, more) = head
        .split_once([' ', '　'])
        .map_or((*head, ""), |(w, m)| (w, m.trim()));
    let timing: SubmissionTiming = word.parse().ok()?;
    let explanation: Vec<&str> = std::iter::once(more)
        .chain(rest.iter().map(|(_, l)| *l))
        .filter(|l| !l.is_empty())
        .collect();
    Some((
        timing,
        (!explanation.is_empty()).then(|| explanation.join("\n")),
    ))
}

/// A row's cells after its 項目 on one line (see the module docs).
fn values_line(line: &str) -> Option<Cells> {
    let words = words(line);
    let texts = |a: &str, b: &str| {
        let plain = |w: &str| date_only(w).is_none() && !is_item_like(&[(0, w)]);
        (plain(a) && plain(b)).then(|| (Some(a.to_owned()), Some(b.to_owned())))
    };
    match words.as_slice() {
        [(_, a), (_, b), (_, t), rest @ ..] if is_timing(t) => {
            if rest.iter().any(|(_, w)| is_timing(w)) {
                return None;
            }
            let (before, after) = texts(a, b)?;
            let explanation = rest
                .first()
                .and_then(|(at, _)| line.get(*at..))
                .map(|e| e.trim().to_owned());
            Some(Cells {
                before,
                after,
                timing: t.parse().ok(),
                explanation,
                ..Cells::default()
            })
        }
        [(_, a), (_, b)] if same_number(a, b) => {
            let (before, after) = texts(a, b)?;
            // A 変更後 that holds a 提出時期's word may have its 提出時期 and 説明 run into it (a
            // text whose cells were closed up: `②新しい課事後人事異動`): where it ends is not
            // known, and it is left unread.
            let after_unread = after.as_deref().is_some_and(holds_timing_word);
            Some(Cells {
                before,
                after: after.filter(|_| !after_unread),
                after_unread,
                ..Cells::default()
            })
        }
        _ => None,
    }
}

/// Whether `word` holds a 提出時期's word (`事前`, `事後`) anywhere.
fn holds_timing_word(word: &str) -> bool {
    <SubmissionTiming as crate::Choice>::LABELS
        .iter()
        .any(|label| word.contains(label))
}

/// Whether two texts start with the same item number (`①`): one sub-item before and after.
fn same_number(a: &str, b: &str) -> bool {
    let number = |t: &str| {
        t.chars()
            .next()
            .filter(|c| "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".contains(*c))
    };
    number(a).is_some() && number(a) == number(b)
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::pdf;
    use crate::import::UnreadReason;
    use crate::report::SubmissionTiming::{After, Before};

    #[test]
    fn rows_under_a_column_of_dates_are_read_without_a_date() {
        let draft = pdf(concat!(
            "変更箇所\n\n変更日 項目 変更前の記載 変更後の記載 提出時期 提出時期に係る説明\n\n",
            "令和5年4月1日\n\n令和5年5月1日\n\n令和5年6月1日\n\n",
            "Ⅰ-２架空の\nシステム名\n\n旧い名前\n\n新しい名前\n\n事後 名称変更\n\n",
            "Ⅱ-３入手元\n\n①架空課 ①架空部\n\n",
            "Ⅲ-５点検\n\n実施 未実施 事前 見直し\n\n",
            // A 変更後 and its 提出時期: no 項目.
            "Ⅳ　追記のみ 事後\n\n",
            // Three texts: where the 変更前 ends is not known.
            "Ⅳ-１監査\n\n一段目\n\n二段目\n\n三段目\n\n事後\n\n",
            // Two words of different items: one text or two.
            "Ⅱ-４保管\n\n甲 乙\n\n",
            "孤立した説明\n\n",
        ));
        let rows = super::super::tests::row_cells(&draft);
        assert_eq!(
            rows,
            [
                (
                    None,
                    "Ⅰ-２架空の\nシステム名",
                    Some("旧い名前"),
                    Some("新しい名前"),
                    Some(After),
                    Some("名称変更")
                ),
                (
                    None,
                    "Ⅱ-３入手元",
                    Some("①架空課"),
                    Some("①架空部"),
                    None,
                    None
                ),
                (
                    None,
                    "Ⅲ-５点検",
                    Some("実施"),
                    Some("未実施"),
                    Some(Before),
                    Some("見直し")
                ),
            ]
        );
        let reasons = |reason: UnreadReason| {
            draft
                .trace
                .unread
                .iter()
                .filter(|u| u.reason == reason)
                .count()
        };
        assert!(reasons(super::APART) >= 1, "{:?}", draft.trace.unread);
        assert!(reasons(super::SCRAMBLED) >= 1, "{:?}", draft.trace.unread);
        // The draft with dateless rows loads.
        #[cfg(feature = "json")]
        {
            let json = draft.report.to_json();
            assert!(crate::Report::from_json(&json).is_ok(), "{json}");
        }
    }

    #[test]
    fn a_one_line_before_and_a_wrapped_after_in_one_cell_are_parted() {
        let draft = pdf(concat!(
            "変更箇所\n\n変更日 項目 変更前の記載 変更後の記載 提出時期 提出時期に係る説明\n\n",
            "令和5年4月1日\n\n令和5年5月1日\n\n令和5年6月1日\n\n",
            "Ⅱ-６架空の\n委託\n\n委託しない\n",
            "「委託する」に改め、委託先の名称と委託の\n内容を追記\n\n事後\n\n",
            // Lines that run on and then a short line: one cell's two paragraphs, or two cells.
            "Ⅱ-７架空の\n保管\n\n保管場所を架空の庁舎から別の架空の庁舎\n",
            "に移した\n変更\n\n事後\n\n",
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
                )
            })
            .collect();
        assert_eq!(
            rows,
            [(
                "Ⅱ-６架空の\n委託",
                Some("委託しない"),
                Some("「委託する」に改め、委託先の名称と委託の\n内容を追記"),
                Some(After)
            )]
        );
    }

    /// The head of a table whose 変更日 stand in a column of their own.
    const DATES_APART: &str = concat!(
        "変更箇所\n\n変更日 項目 変更前の記載 変更後の記載 提出時期 提出時期に係る説明\n\n",
        "令和5年4月1日\n\n令和5年5月1日\n\n令和5年6月1日\n\n",
    );

    #[test]
    fn cells_printed_apart_go_to_the_one_row_of_their_stretch_that_lacks_them() {
        let draft = pdf(&format!(
            "{DATES_APART}{}",
            concat!(
                // A 説明 above the rows; the one row without one.
                "架空の見直し\n\n",
                "Ⅰ-３架空の事務\n\n旧い事務\n\n新しい事務\n\n事後\n\n",
                "Ⅱ-３入手元\n\n旧 新 事後 名称変更\n\n",
                // A piece of the header row parts the stretches.
                "提出時期に係る説明\n\n",
                "別の説明\nの続き\n\n",
                "Ⅱ-５保管\n\n①甲課 ①乙課\n\n",
                "Ⅲ-１点検\n\n実施 未実施 事前\n\n",
                // A 変更後 naming its 項目, with its 提出時期; the 提出時期 of the row above.
                "Ⅳ　架空監査を記載 事後\n\n",
                "事後 人事異動\n\n",
                // The 説明 and the 項目 run together on one line.
                "様式改正Ⅳ架空監査\n\n",
            )
        ));
        let rows = super::super::tests::row_cells(&draft);
        let first = (Some("旧い事務"), Some("新しい事務"), Some("架空の見直し"));
        assert_eq!(
            rows.first().map(|r| (r.2, r.3, r.5)),
            Some(first),
            "{rows:?}"
        );
        assert_eq!(
            rows.get(1..).unwrap_or_default(),
            [
                (
                    None,
                    "Ⅱ-３入手元",
                    Some("旧"),
                    Some("新"),
                    Some(After),
                    Some("名称変更")
                ),
                (
                    None,
                    "Ⅱ-５保管",
                    Some("①甲課"),
                    Some("①乙課"),
                    Some(After),
                    Some("人事異動")
                ),
                (
                    None,
                    "Ⅲ-１点検",
                    Some("実施"),
                    Some("未実施"),
                    Some(Before),
                    Some("別の説明\nの続き")
                ),
                (
                    None,
                    "Ⅳ架空監査",
                    None,
                    Some("Ⅳ　架空監査を記載"),
                    Some(After),
                    Some("様式改正")
                ),
            ]
        );
        assert!(
            draft.trace.values.iter().any(|v| v.pointer == "/changes/0"
                && v.lines[1] > v.lines[0]
                && v.confidence == crate::import::Confidence::Inferred),
            "{:?}",
            draft.trace.values
        );
    }

    #[test]
    fn cells_apart_are_left_unread_where_more_than_one_row_could_take_them() {
        let draft = pdf(&format!(
            "{DATES_APART}{}",
            concat!(
                // Two rows without a 説明, one text left.
                "架空の見直し\n\n",
                "Ⅰ-２架空\n\n旧い名前\n\n新しい名前\n\n事後\n\n",
                "Ⅱ-３入手元\n\n旧 新 事後\n\n",
                "項目\n\n",
                // Two rows without a 提出時期, one 提出時期 left.
                "Ⅱ-５保管\n\n①甲課 ①乙課\n\n",
                "Ⅱ-６消去\n\n①丙 ①丁\n\n",
                "事後 人事異動\n\n",
                "項目\n\n",
                // Two 項目 that the one 変更後 names.
                "Ⅳ　架空監査を記載 事後\n\n",
                "説明Ⅳ架空監査\n\n",
                "Ⅳ架空監査\n\n",
                "項目\n\n",
                // A 項目 left without cells: the 提出時期 may be its.
                "Ⅲ-２点検\n\n旧 新\n\n",
                "Ⅲ-３孤立した項目\n\n",
                "事前\n\n",
            )
        ));
        for (_, item, _, _, timing, explanation) in super::super::tests::row_cells(&draft) {
            // Only the 提出時期 read in place.
            let own = ["Ⅰ-２架空", "Ⅱ-３入手元"].contains(&item);
            assert_eq!((timing.is_some(), explanation), (own, None), "{item}");
        }
        assert!(
            !draft
                .report
                .changes
                .iter()
                .any(|r| r.item.contains("架空監査")),
            "{:?}",
            draft.report.changes
        );
    }

    #[test]
    fn a_timing_closed_up_with_its_words_leaves_the_texts_read() {
        let draft = pdf(&format!(
            "{DATES_APART}{}",
            concat!(
                // A 説明 above the rows: the one row without one takes it.
                "架空の見直し\n\n",
                // The 提出時期 cell closed up: its 提出時期 and 説明 unread, the texts read.
                "Ⅰ-２架空の\n窓口\n\n旧い窓口\n\n新しい窓口\n\n事後窓口の変更\n\n",
                "Ⅱ-３入手元\n\n旧い課\n\n新しい課\n\n事後\n\n",
                // A lone 提出時期: the closed-up row may lack one, so it stays unread.
                "項目\n\n",
                "Ⅱ-５保管\n\n旧い庫\n\n新しい庫\n\n事前で足りる\n\n",
                "事後\n\n",
            )
        ));
        let rows = super::super::tests::row_cells(&draft);
        assert_eq!(
            rows,
            [
                (
                    None,
                    "Ⅰ-２架空の\n窓口",
                    Some("旧い窓口"),
                    Some("新しい窓口"),
                    None,
                    None
                ),
                (
                    None,
                    "Ⅱ-３入手元",
                    Some("旧い課"),
                    Some("新しい課"),
                    Some(After),
                    Some("架空の見直し")
                ),
                (
                    None,
                    "Ⅱ-５保管",
                    Some("旧い庫"),
                    Some("新しい庫"),
                    None,
                    None
                ),
            ]
        );
        let closed_up = draft
            .trace
            .unread
            .iter()
            .filter(|u| u.reason == super::CLOSED_UP)
            .count();
        // The two closed-up cells and the lone 提出時期 (scrambled: the same reason).
        assert_eq!(closed_up, 3, "{:?}", draft.trace.unread);
        // Refused: a 提出時期 cell, with its 説明 or not, and words with no 提出時期 first.
        for cell in ["事後", "事後 窓口の変更", "窓口の変更"] {
            assert!(!super::closed_up_timing(&[(1, cell)]), "{cell}");
        }
    }

    #[test]
    fn header_pieces_and_a_cell_run_into_a_item_are_told() {
        use super::{cell_then_item, is_header_piece};
        assert!(is_header_piece("項目"));
        assert!(is_header_piece("変更前の記載 変更後の記載 提出時期変更日"));
        assert!(is_header_piece("提出時期に係る説明"));
        assert!(!is_header_piece("項目の追加"));
        assert!(!is_header_piece(""));
        assert_eq!(
            cell_then_item(&[(1, "様式改正Ⅳ架空監査")]),
            Some(("様式改正", "Ⅳ架空監査"))
        );
        assert_eq!(cell_then_item(&[(1, "Ⅳ架空監査")]), None);
        assert_eq!(cell_then_item(&[(1, "事後 Ⅳ架空監査")]), None);
        assert_eq!(cell_then_item(&[(1, "令和5年4月1日Ⅳ架空監査")]), None);
    }

    #[test]
    fn a_line_of_values_needs_two_texts_before_its_timing() {
        use super::values_line;
        assert!(values_line("旧 新 事後").is_some());
        assert!(values_line("一 二 三 事後").is_none());
        assert!(values_line("新 事後").is_none());
        assert!(values_line("旧 新 事後 説明 事前").is_none());
        assert!(values_line("①甲 ②乙").is_none());
        let cells = values_line("①甲 ①乙 事後 説明 の続き").expect("cells");
        assert_eq!(cells.explanation.as_deref(), Some("説明 の続き"));
    }

    #[test]
    fn a_second_text_that_holds_a_timing_word_is_left_unread() {
        use super::values_line;
        // One sub-item before and after: both read.
        let cells = values_line("②所属長　甲野 ②所属長　乙野").expect("cells");
        assert_eq!(cells.after.as_deref(), Some("②所属長　乙野"));
        assert!(!cells.after_unread);
        // The 提出時期 and its 説明 closed up into the 変更後: where it ends is not known.
        let cells = values_line("②所属長　甲野 ②所属長　乙野事後人事異動").expect("cells");
        assert_eq!(cells.before.as_deref(), Some("②所属長　甲野"));
        assert_eq!((cells.after, cells.after_unread), (None, true));
    }
}
