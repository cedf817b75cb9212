//! The systems' ③他のシステムとの接続 boxes, when a PDF text tears them from their labels and
//! scatters them over the systems.
//!
//! Each system block (`システムN`) prints the connection list once: every option of the list, in
//! the form's order, row by row (`[ ] 情報提供ネットワークシステム [ ○ ] 庁内連携システム`). A PDF
//! text often splits the rows: the first box of a row keeps its label and ends with the next
//! box's opening bracket (`[ ○ ] 宛名システム等 [ ○`), the next box's label comes later as
//! `] 税務システム`, a mark may stand alone (`○`), and the lines of neighbouring systems
//! interleave. [`super::boxes`] reads the runs that stand between one block's cells; this pass
//! reads the others from the structure of the whole series:
//!
//! - **Whose boxes**: the form prints each option once per system, so when each option of the
//!   list occurs exactly as many times as there are systems (in the part of the text that holds
//!   the systems, and as many `システムN` headings, each number once), the k-th occurrence of
//!   every option is the k-th system's, the systems taken in the order of their headings in the
//!   text. Otherwise nothing is read.
//! - **Which are checked**: a box whole on its line (`[ ○ ] 紙`, `[ ] 紙`) is read as printed; a
//!   box opened after a label at the end of its line (`… [ ○`) is the box of the option after
//!   that label in the form's order, checked when its mark follows it. The other options (their
//!   marks went elsewhere) are unchecked when no lone mark (`○`) stands within the system's
//!   lines, and checked when as many stand there as such options (and no other system with
//!   such options reaches that mark); otherwise the system is left empty.
//!
//! A checked `その他` must carry its `（ text ）`. A system whose boxes the walk already read must
//! agree with this reading, or nothing of the series is read. Values read so are inferred.
//!
//! The ⑥提供方法 and ⑥移転方法 lists of each file's 提供先 and 移転先 series are read by the same
//! rule ([`read_block_methods`]): a PDF text keeps a block's first row under its ⑥ and prints
//! the other rows in another block's lines (block N's after block N+1's ①, block N+1's after
//! its ⑦), so only the order of the occurrences tells whose they are. The series' lines are
//! those between the cells of other parts around its cells, from its first heading when its
//! blocks print their items below their headings (the rows before it end the series before);
//! the walk's reading of a first row must be part of the series' reading of that block.

use super::blocks::Mark;
use super::boxes::{
    BoxChars, CharBlocks, Detail, Inferred, Tok, box_starts, box_tokens, fill, folded_labels,
    has_low_bit, low_bits, may_hold_boxes, tokens,
};
use super::item_pointer;
use super::text::{Line, LineSet};
use super::walk::{CellMap, Indices, Key};
use crate::import::UnreadReason;
use crate::import::fill::squeeze;
use crate::report::{ItemId, Report, Value, field_at, visit};

/// The word of a system block's heading (`システム2`).
pub(super) const SYSTEM_HEADING: &str = "システム";

/// How a box before a label stands on the label's line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Boxed {
    /// Whole (`[ ○ ] 紙`, `○ ] 紙`, `[ ] 紙`): checked or not.
    Whole(bool),
    /// Torn from its label (`] 紙`, `紙`): its mark went elsewhere.
    Torn,
}

/// A box opened after a label at the end of its line: the next option's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trail {
    /// Nothing after the label.
    None,
    /// `… [`: its mark, if any, went elsewhere.
    Open,
    /// `… [ ○`: checked.
    Marked,
}

/// One option label on a box line.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Occurrence {
    label: &'static str,
    boxed: Boxed,
    trail: Trail,
    detail: Option<Detail>,
}

/// What one box line holds: its labels in order and the marks that stand in no box of a label.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct BoxLine {
    labels: Vec<Occurrence>,
    lone_marks: usize,
}

/// Reads the pieces of one box line; `None` when they do not form boxes (a mark inside an open
/// box before a label, two marks in one box, a detail without its label).
fn read_line(toks: &[Tok]) -> Option<BoxLine> {
    // (One occurrence for each label: the list sized once.)
    let labels = toks.iter().filter(|t| matches!(t, Tok::Label(_))).count();
    let mut out = BoxLine {
        labels: Vec::with_capacity(labels),
        lone_marks: 0,
    };
    let (mut open, mut close, mut marks) = (false, false, 0usize);
    for tok in toks {
        match tok {
            Tok::Open => {
                out.lone_marks += marks;
                (open, close, marks) = (true, false, 0);
            }
            Tok::Close => {
                if close {
                    out.lone_marks += marks;
                    marks = 0;
                }
                close = true;
            }
            Tok::Mark => marks += 1,
            Tok::Label(label) => {
                if marks > 1 || (!close && (open || marks > 0)) {
                    return None;
                }
                let boxed = if close && (open || marks > 0) {
                    Boxed::Whole(marks > 0)
                } else {
                    Boxed::Torn
                };
                out.labels.push(Occurrence {
                    label,
                    boxed,
                    trail: Trail::None,
                    detail: None,
                });
                (open, close, marks) = (false, false, 0);
            }
            Tok::Detail(_) | Tok::OpenDetail => {
                let last = out.labels.last_mut()?;
                if open || close || marks > 0 || last.detail.is_some() {
                    return None;
                }
                last.detail = Some(match tok {
                    Tok::Detail(t) => Detail::Text(t.clone()),
                    _ => Detail::Open,
                });
            }
        }
    }
    match (out.labels.last_mut(), open && !close) {
        (Some(last), true) if marks <= 1 => {
            last.trail = if marks == 1 {
                Trail::Marked
            } else {
                Trail::Open
            };
        }
        _ => out.lone_marks += marks,
    }
    Some(out)
}

/// What one system's occurrences say of its boxes: each option's state where its box was read
/// (on its line or by the trailing bracket before it), `None` where it was torn; and each
/// option's detail. `None` when they contradict each other.
type States = (Vec<Option<bool>>, Vec<Option<Detail>>);

/// Every option's box: its label, whether checked, and its detail.
type Boxes = Vec<(&'static str, bool, Option<Detail>)>;

/// The states of `options` as `occurrences` print them (see [`States`]).
fn states(options: &[&'static str], occurrences: &[&Occurrence]) -> Option<States> {
    let mut state: Vec<Option<bool>> = vec![None; options.len()];
    let mut details: Vec<Option<Detail>> = vec![None; options.len()];
    let set = |slot: &mut Option<bool>, checked: bool| match *slot {
        Some(was) if was != checked => None,
        _ => {
            *slot = Some(checked);
            Some(())
        }
    };
    for occ in occurrences {
        let i = options.iter().position(|o| *o == occ.label)?;
        if let Boxed::Whole(checked) = occ.boxed {
            set(state.get_mut(i)?, checked)?;
        }
        if let Some(d) = &occ.detail {
            *details.get_mut(i)? = Some(d.clone());
        }
        match occ.trail {
            Trail::Marked => set(state.get_mut(i + 1)?, true)?,
            // The last option's trailing bracket opens no box of the list.
            Trail::Open if i + 1 >= options.len() => return None,
            Trail::Open | Trail::None => {}
        }
    }
    Some((state, details))
}

/// Every option's state and detail, the torn boxes placed by the `lone_marks` of the system:
/// none is unchecked, as many as torn boxes are all checked; `None` otherwise, or when a
/// checked その他 lacks its text or an unchecked box has words.
fn settle(options: &[&'static str], (state, details): States, lone_marks: usize) -> Option<Boxes> {
    let torn = state.iter().filter(|s| s.is_none()).count();
    let torn_checked = match lone_marks {
        0 => false,
        n if n == torn => true,
        _ => return None,
    };
    let mut out = Vec::with_capacity(options.len());
    for ((label, state), detail) in options.iter().zip(state).zip(details) {
        let checked = state.unwrap_or(torn_checked);
        match (&detail, checked) {
            (Some(Detail::Open), true) => return None,
            (Some(Detail::Text(t)), false) if !t.is_empty() => return None,
            _ => {}
        }
        out.push((*label, checked, detail));
    }
    Some(out)
}

/// `システム3` → 3: the number of a system block's heading, not a page's (`システム2～5`), read
/// from the line's folded text (its [`Line::key`]).
pub(super) fn system_heading(key: &str) -> Option<usize> {
    let rest = key.strip_prefix(SYSTEM_HEADING)?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    (!digits.is_empty() && rest.len() == digits.len())
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|&n| n > 0)
}

/// How a block's value the walk read must stand with the series' reading of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Agree {
    /// The same boxes checked and the same text.
    Exact,
    /// Its checked boxes among the series' (the walk read the cell's first row only) and its
    /// text the same, if any.
    Within,
}

/// One checkbox item printed once in every block of a series: where the series stands and
/// how its blocks are found.
struct Series<'c> {
    id: ItemId,
    /// The options as the form prints them, row by row.
    options: &'static [&'static str],
    /// The item's indices in each block, block 1 first.
    blocks: Vec<Vec<usize>>,
    /// The lines of the series (both bounds excluded).
    part: (usize, usize),
    /// The block headings of the series' kind: their line numbers (in order) and numbers;
    /// those within `part` are the series'.
    headings: &'c [(usize, usize)],
    /// The lines of the item's cells (the walk's), in the order of the cells.
    cell_lines: &'c [(usize, &'c str)],
    /// The options as [`tokens`] matches them.
    labels: &'c [(Vec<char>, &'static str)],
    agree: Agree,
}

/// The lines of the cells of `id` in `cells`, in the order of the cells: read once for every
/// series of the item.
fn cell_lines_of(cells: &CellMap, id: ItemId) -> Vec<(usize, &str)> {
    cells
        .iter()
        .filter(|(key, _)| key.0 == id)
        .flat_map(|(_, cell)| cell.lines.iter().map(|(no, t)| (*no, t.as_str())))
        .collect()
}

/// The lines of `lines` within `body` that are in `unread` and can be box lines of `labels`
/// (the cheap test on their folded text, [`may_hold_boxes`]), each number once (the first line
/// of it, as the passes read a number's text), in order: the only ones [`read_series`]
/// tokenizes.
fn unread_box_lines<'l>(
    lines: &'l [Line],
    body: (usize, usize),
    unread: &LineSet,
    labels: &[(Vec<char>, &'static str)],
    boxy: &BoxChars,
) -> Vec<&'l Line<'l>> {
    let starts = box_starts(labels);
    unread_in(lines, body, unread)
        .filter(|line| may_hold_boxes(line, &starts, boxy))
        .collect()
}

/// The lines of `lines` within `body` (both bounds excluded) whose numbers are in `unread`,
/// each number once (the first line of it, as the passes read a number's text), in order.
fn unread_in<'l>(
    lines: &'l [Line],
    body: (usize, usize),
    unread: &LineSet,
) -> impl Iterator<Item = &'l Line<'l>> {
    let mut last = None;
    between(lines, body).iter().filter(move |line| {
        let first = last != Some(line.no);
        last = Some(line.no);
        first && unread.contains(line.no)
    })
}

/// Reads the systems' connection boxes that [`super::boxes`] cannot place (see the module
/// docs) from the unread lines of `body` and the connection cells; the lines it reads leave
/// `unread`, the values go to `inferred` (for the trace: this pass does not read it).
pub(super) fn read_system_connections(
    lines: &[Line],
    body: (usize, usize),
    cells: &CellMap,
    boxy: &BoxChars,
    report: &mut Report,
    inferred: &mut Inferred,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let id = ItemId::SystemConnections;
    if !id.in_form(report.form()) {
        return;
    }
    let mut systems: Vec<(Vec<usize>, &'static [&'static str])> = Vec::new();
    visit(report, id, &mut |indices, field| {
        if let Value::Checks { options, .. } = field.value() {
            systems.push((indices.to_vec(), options));
        }
    });
    let Some(&(_, options)) = systems.first() else {
        return;
    };
    // The lines of the systems: up to the first cell of another part after the systems' cells
    // begin (a cell may run on far past its block).
    let block = ItemId::SystemName.pattern();
    let block = block
        .get(..block.find("[]").map_or(0, |at| at + 2))
        .unwrap_or(block);
    let is_system = |key: &Key| key.0.pattern().starts_with(block);
    let last_system = cells
        .iter()
        .filter(|(k, _)| is_system(k))
        .filter_map(|(_, c)| c.lines.first().map(|l| l.0))
        .max();
    let Some(last_system) = last_system else {
        return;
    };
    let end = cells
        .iter()
        .filter(|(k, _)| !is_system(k))
        .filter_map(|(_, c)| c.lines.first().map(|l| l.0))
        .filter(|&no| no > last_system)
        .min()
        .unwrap_or(body.1)
        .min(body.1);
    let part = (body.0, end);
    let headings: Vec<(usize, usize)> = between(lines, part)
        .iter()
        .filter_map(|l| Some((l.no, system_heading(l.key())?)))
        .collect();
    let cell_lines = cell_lines_of(cells, id);
    let labels = folded_labels(options.iter().copied());
    let series = Series {
        id,
        options,
        blocks: systems.into_iter().map(|s| s.0).collect(),
        part,
        headings: &headings,
        cell_lines: &cell_lines,
        labels: &labels,
        agree: Agree::Exact,
    };
    let unread_lines: LineSet = unread.iter().map(|&(no, _)| no).collect();
    let candidates = unread_box_lines(lines, part, &unread_lines, &labels, boxy);
    let mut taken = LineSet::new();
    read_series(&series, &candidates, &mut taken, report, inferred);
    take_read(&taken, unread);
}

/// Reads the ⑥提供方法 and ⑥移転方法 boxes of each file's 提供先 and 移転先 series the same
/// way (each block prints its list once, the blocks numbered by their headings): the rows a
/// PDF text prints away from their block, often in the next block's lines. A block whose first
/// row the walk read keeps it and gains the other rows. The values go to `inferred` (for the
/// trace: this pass does not read it).
pub(super) fn read_block_methods(
    // The lines, and whether each holds a bracket or a mark.
    (lines, boxy): (&[Line], &BoxChars),
    body: (usize, usize),
    cells: &CellMap,
    marks: &[(usize, Mark<'_>)],
    report: &mut Report,
    inferred: &mut Inferred,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let kinds = [(1, ItemId::ProvisionMethods), (2, ItemId::TransferMethods)];
    if kinds.iter().all(|(_, id)| !id.in_form(report.form())) {
        return;
    }
    // Each kind's items (their list positions and options) and its list as printed, folded
    // for [`tokens`], with the characters its box lines start with.
    let mut lists = Vec::new();
    for (kind, id) in kinds {
        if !id.in_form(report.form()) {
            continue;
        }
        let mut items: Vec<(Vec<usize>, &'static [&'static str])> = Vec::new();
        visit(report, id, &mut |indices, field| {
            if let Value::Checks { options, .. } = field.value() {
                items.push((indices.to_vec(), options));
            }
        });
        let Some(&(_, options)) = items.first() else {
            continue;
        };
        let options = crate::form::medium_boxes(id).unwrap_or(options);
        let labels = folded_labels(options.iter().copied());
        let starts = box_starts(&labels);
        // (The bits of `starts`, the cheap test before their search.)
        let mask = low_bits(starts.iter().copied());
        lists.push((kind, id, items, options, labels, (starts, mask)));
    }
    // The block headings of the body (kind, line number, number), from the `marks` of the
    // text, and one walk over the unread lines of the body for both kinds and every file: those
    // that can be box lines of each list (as [`unread_box_lines`] finds them). The unread lines
    // are those before any series is read: a line a series reads is `taken`, and no later
    // series reads it.
    let unread_lines: LineSet = unread.iter().map(|&(no, _)| no).collect();
    let headings: Vec<(usize, usize, usize)> = marks
        .iter()
        .filter(|(no, _)| *no > body.0 && *no < body.1)
        .filter_map(|&(no, mark)| match mark {
            Mark::Heading(kind, n) => Some((kind, no, usize::try_from(n).ok()?)),
            Mark::Circled(..) | Mark::File => None,
        })
        .collect();
    let mut candidates: Vec<Vec<&Line>> = vec![Vec::new(); lists.len()];
    // (The blocks of all the lists' starts, read from a key's first bytes: most lines are
    // passed over before their first character is decoded.)
    let blocks = CharBlocks::new(
        lists
            .iter()
            .flat_map(|(.., (starts, _))| starts.iter().copied()),
    );
    for line in unread_in(lines, body, &unread_lines) {
        if !blocks.may_start(line.key()) {
            continue;
        }
        let Some(first) = line.key().chars().next() else {
            continue;
        };
        // (Whether the line holds a bracket or a mark: asked once, when a list's starts
        // admit it.)
        for ((.., (starts, mask)), found) in lists.iter().zip(&mut candidates) {
            if has_low_bit(*mask, first) && starts.binary_search(&first).is_ok() && boxy.holds(line)
            {
                found.push(line);
            }
        }
    }
    let mut taken = LineSet::new();
    let firsts: Vec<(ItemId, Option<usize>, usize)> = cells
        .iter()
        .filter_map(|(key, c)| Some((key.0, key.1.first().copied(), c.lines.first()?.0)))
        .collect();
    for ((kind, id, items, options, labels, _), candidates) in lists.iter().zip(&candidates) {
        let (kind, id, options) = (*kind, *id, *options);
        let pattern = id.pattern();
        let block = pattern
            .get(..pattern.rfind("[]").map_or(0, |at| at + 2))
            .unwrap_or(pattern);
        let headings: Vec<(usize, usize)> = headings
            .iter()
            .filter(|h| h.0 == kind)
            .map(|&(_, no, n)| (no, n))
            .collect();
        let cell_lines = cell_lines_of(cells, id);
        // Each cell's first line, and the file of the series it is in (`None` for a cell of
        // another part).
        let firsts: Vec<(Option<usize>, usize)> = firsts
            .iter()
            .map(|&(cell, file, no)| (file.filter(|_| cell.pattern().starts_with(block)), no))
            .collect();
        let mut files: Vec<usize> = items.iter().filter_map(|i| i.0.first().copied()).collect();
        files.dedup();
        for file in files {
            let blocks: Vec<Vec<usize>> = items
                .iter()
                .filter(|i| i.0.first() == Some(&file))
                .map(|i| i.0.clone())
                .collect();
            // The series' lines: between the cells of other parts around its cells (the first
            // and last of its cells found in one walk over the cells, those around in another).
            let mut own: Option<(usize, usize)> = None;
            for &(f, no) in &firsts {
                if f == Some(file) {
                    own = Some(own.map_or((no, no), |(a, b)| (a.min(no), b.max(no))));
                }
            }
            let Some((first, last)) = own else {
                continue;
            };
            let (mut start, mut end): (Option<usize>, Option<usize>) = (None, None);
            for &(f, no) in &firsts {
                if f == Some(file) {
                    continue;
                }
                if no < first {
                    start = Some(start.map_or(no, |s| s.max(no)));
                } else if no > last {
                    end = Some(end.map_or(no, |e| e.min(no)));
                }
            }
            let mut part = (
                start.unwrap_or(body.0).max(body.0),
                end.unwrap_or(body.1).min(body.1),
            );
            // A series printed below its headings begins at its first: the lines before it
            // end the series before (its last block's rows).
            let first_heading = headings
                .iter()
                .map(|h| h.0)
                .find(|&no| no > part.0 && no < part.1);
            if let Some(h) = first_heading.filter(|&h| h <= first) {
                part.0 = part.0.max(h - 1);
            }
            let series = Series {
                id,
                options,
                blocks,
                part,
                headings: &headings,
                cell_lines: &cell_lines,
                labels,
                agree: Agree::Within,
            };
            read_series(&series, candidates, &mut taken, report, inferred);
        }
    }
    take_read(&taken, unread);
}

/// Reads the item of `series` in every block by the k-th occurrence of each option (see the
/// module docs), or nothing of the series. The lines it reads go to `taken` (taken off the
/// unread lines by the caller, [`take_read`]).
fn read_series(
    series: &Series<'_>,
    candidates: &[&Line],
    taken: &mut LineSet,
    report: &mut Report,
    inferred: &mut Inferred,
) {
    let Series {
        id,
        options,
        ref blocks,
        part,
        headings,
        cell_lines,
        labels,
        agree,
    } = *series;
    let inside = |no: usize| no > part.0 && no < part.1;
    // The lines to read: the item's cells' (as the cells hold them, without their labels) and
    // the unread ones that can be boxes (`candidates`, less those a series before read).
    let from = candidates.partition_point(|l| l.no <= part.0);
    let to = candidates.partition_point(|l| l.no < part.1).max(from);
    let in_part = candidates.get(from..to).unwrap_or_default();
    // (Sized for all of them at once.)
    // (Each with whether it is known to hold a bracket or a mark: a candidate is.)
    let mut texts: Vec<(usize, &str, bool)> = Vec::with_capacity(cell_lines.len() + in_part.len());
    texts.extend(
        cell_lines
            .iter()
            .filter(|&&(no, _)| inside(no))
            .map(|&(no, text)| (no, text, false)),
    );
    texts.extend(
        in_part
            .iter()
            .filter(|l| !taken.contains(l.no))
            .map(|l| (l.no, l.text.as_ref(), true)),
    );
    // A line a cell holds is read as the cell holds it.
    texts.sort_by_key(|&(no, ..)| no);
    texts.dedup_by_key(|&mut (no, ..)| no);
    let mut box_lines: Vec<(usize, BoxLine)> = Vec::with_capacity(texts.len());
    for (no, text, boxy) in texts {
        if text.trim().is_empty() {
            continue;
        }
        let toks = if boxy {
            box_tokens(text, labels)
        } else {
            tokens(text, labels)
        };
        if let Some(toks) = toks {
            let Some(read) = read_line(&toks) else {
                return;
            };
            box_lines.push((no, read));
        }
    }
    // The blocks in the order of their headings, each number once.
    let n = blocks.len();
    let mut headings: Vec<(usize, usize)> =
        headings.iter().copied().filter(|h| inside(h.0)).collect();
    let mut numbers: Vec<usize> = headings.iter().map(|h| h.1).collect();
    numbers.sort_unstable();
    if n < 2 || numbers != (1..=n).collect::<Vec<_>>() {
        return;
    }
    headings.sort_unstable();
    // The k-th occurrence of each option: the k-th block's.
    // (Each group takes one occurrence of each option when the series reads.)
    let mut groups: Vec<Vec<(usize, &Occurrence)>> =
        (0..n).map(|_| Vec::with_capacity(options.len())).collect();
    let mut seen = vec![0usize; options.len()];
    for (no, read) in &box_lines {
        for occ in &read.labels {
            let Some(i) = options.iter().position(|o| *o == occ.label) else {
                return;
            };
            let Some(count) = seen.get_mut(i) else { return };
            let Some(group) = groups.get_mut(*count) else {
                return;
            };
            group.push((*no, occ));
            *count += 1;
        }
    }
    if seen.iter().any(|&c| c != n) {
        return;
    }
    let spans: Vec<(usize, usize)> = groups
        .iter()
        .map(|g| {
            let first = g.iter().map(|o| o.0).min().unwrap_or(0);
            let last = g.iter().map(|o| o.0).max().unwrap_or(0);
            (first, last)
        })
        .collect();
    // Each group's states; whether it has torn boxes (those a lone mark may belong to).
    let group_states: Vec<Option<States>> = groups
        .iter()
        .map(|g| {
            let occs: Vec<&Occurrence> = g.iter().map(|o| o.1).collect();
            states(options, &occs)
        })
        .collect();
    let torn: Vec<bool> = group_states
        .iter()
        .map(|s| s.as_ref().is_none_or(|(state, _)| state.contains(&None)))
        .collect();
    // The lone marks of each group; a mark two groups with torn boxes reach, or none reaches,
    // leaves them (or its neighbours) unread.
    let mut marks = vec![0usize; n];
    let mut unsure = vec![false; n];
    for (no, read) in &box_lines {
        if read.lone_marks == 0 {
            continue;
        }
        let reach: Vec<usize> = (0..n)
            .filter(|&k| {
                torn.get(k).copied().unwrap_or(false)
                    && spans.get(k).is_some_and(|&(a, b)| a <= *no && *no <= b)
            })
            .collect();
        match reach.as_slice() {
            [k] => {
                if let Some(m) = marks.get_mut(*k) {
                    *m += read.lone_marks;
                }
            }
            [] => {
                // Outside every group with torn boxes: those around it may own it.
                let before = (0..n)
                    .rev()
                    .find(|&k| spans.get(k).is_some_and(|s| s.1 < *no));
                let after = (0..n).find(|&k| spans.get(k).is_some_and(|s| s.0 > *no));
                for k in before.into_iter().chain(after) {
                    if let Some(u) = unsure.get_mut(k) {
                        *u = true;
                    }
                }
            }
            many => {
                for &k in many {
                    if let Some(u) = unsure.get_mut(k) {
                        *u = true;
                    }
                }
            }
        }
    }
    // Decide every block; a block the walk read must agree, or nothing is read.
    let mut decided: Vec<(usize, Boxes)> = Vec::new();
    for k in 0..n {
        let Some(&(_, number)) = headings.get(k) else {
            return;
        };
        let torn_here = torn.get(k).copied().unwrap_or(true);
        let boxes = match group_states.get(k).cloned().flatten() {
            Some(_) if torn_here && unsure.get(k).copied().unwrap_or(true) => None,
            Some(states) => settle(options, states, marks.get(k).copied().unwrap_or(0)),
            None => None,
        };
        let Some(indices) = number.checked_sub(1).and_then(|at| blocks.get(at)) else {
            return;
        };
        let filled = field_at(report, id, indices).and_then(|f| match f.value() {
            Value::Checks { checked, other, .. } if !checked.is_empty() => {
                Some((checked, other.map(str::to_owned)))
            }
            _ => None,
        });
        match (filled, boxes) {
            (Some((checked, other)), Some(boxes)) => {
                let want: Vec<&str> = boxes.iter().filter(|b| b.1).map(|b| b.0).collect();
                let text = boxes.iter().find_map(|b| match &b.2 {
                    Some(Detail::Text(t)) if b.1 && !t.is_empty() => Some(t.clone()),
                    _ => None,
                });
                let (other, text) = (squeeze_opt(other), squeeze_opt(text));
                if checked == want && other == text {
                    continue;
                }
                // The walk's reading of a first row: the same boxes, fewer of them.
                let within = agree == Agree::Within
                    && checked.iter().all(|c| want.contains(c))
                    && other.is_none_or(|o| text.as_ref() == Some(&o));
                if !within {
                    return;
                }
                decided.push((k, boxes));
            }
            (Some(_), None) | (None, None) => {}
            (None, Some(boxes)) => decided.push((k, boxes)),
        }
    }
    let mut read_lines: Vec<usize> = Vec::new();
    for (k, boxes) in decided {
        let Some(group) = groups.get(k) else {
            continue;
        };
        let Some(indices) = headings
            .get(k)
            .and_then(|h| h.1.checked_sub(1))
            .and_then(|at| blocks.get(at))
        else {
            continue;
        };
        let Some(key) = Indices::new(indices).map(|ix| (id, ix)) else {
            continue;
        };
        let mut used: Vec<usize> = group.iter().map(|o| o.0).collect();
        if let Some(&(a, b)) = spans.get(k) {
            used.extend(
                box_lines
                    .iter()
                    .filter(|(no, read)| read.labels.is_empty() && a <= *no && *no <= b)
                    .map(|(no, _)| *no),
            );
        }
        let Some(&first) = used.iter().min() else {
            continue;
        };
        if fill(report, &key, &boxes, first) {
            inferred.push(item_pointer(id, indices), &used, &mut read_lines);
        }
    }
    taken.extend(&read_lines);
}

/// Takes the lines of `taken` (those the series read) off `unread`: once for all the series a
/// pass reads (none of them reads `unread`).
fn take_read(taken: &LineSet, unread: &mut Vec<(usize, UnreadReason)>) {
    if !taken.is_empty() {
        unread.retain(|(no, _)| !taken.contains(*no));
    }
}

/// The lines of `lines` (in order of their numbers) after line `part.0` and before `part.1`.
fn between<'l>(lines: &'l [Line], part: (usize, usize)) -> &'l [Line<'l>] {
    let from = lines.partition_point(|l| l.no <= part.0);
    let to = lines.partition_point(|l| l.no < part.1).max(from);
    lines.get(from..to).unwrap_or_default()
}

/// A text compared as labels are.
fn squeeze_opt(text: Option<String>) -> Option<String> {
    text.map(|t| squeeze(&t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AssessmentKind;
    use crate::report::Connection;

    /// The connection list's options as the item table gives them.
    fn options() -> &'static [&'static str] {
        let report = Report::example(AssessmentKind::Focused);
        let mut out: &'static [&'static str] = &[];
        visit(&report, ItemId::SystemConnections, &mut |_, field| {
            if let Value::Checks { options, .. } = field.value() {
                out = options;
            }
        });
        out
    }

    fn line(text: &str) -> Option<BoxLine> {
        read_line(&tokens(text, &folded_labels(options().iter().copied()))?)
    }

    #[test]
    fn a_bracket_opened_after_a_label_is_the_next_box() {
        let read = line("[ ○ ] 宛名システム等 [ ○").unwrap();
        assert_eq!(read.labels.len(), 1);
        assert_eq!(read.labels[0].boxed, Boxed::Whole(true));
        assert_eq!(read.labels[0].trail, Trail::Marked);
        let read = line("] 住民基本台帳ネットワークシステム [[").unwrap();
        assert_eq!(
            (read.labels[0].boxed, read.labels[0].trail),
            (Boxed::Torn, Trail::Open)
        );
        assert_eq!(line("○").unwrap().lone_marks, 1);
        assert_eq!(line("[ ○ ] その他 （ 架空連携 ） ○").unwrap().lone_marks, 1);
        // A mark in a box left open before a label does not read.
        assert_eq!(line("[ ○ 税務システム"), None);
        assert_eq!(line("宛名システム等の説明"), None);
    }

    fn group(lines: &[&str]) -> Vec<Occurrence> {
        lines.iter().flat_map(|l| line(l).unwrap().labels).collect()
    }

    fn checked(boxes: &[(&'static str, bool, Option<Detail>)]) -> Vec<&'static str> {
        boxes.iter().filter(|b| b.1).map(|b| b.0).collect()
    }

    #[test]
    fn torn_boxes_take_the_lone_marks_when_they_agree() {
        let o = options();
        let occs = group(&[
            "[ ] 情報提供ネットワークシステム [",
            "[ ○ ] 宛名システム等 [ ○",
            "[ ○ ] その他 （ 架空連携 ）",
            "] 庁内連携システム",
            "] 税務システム",
            "[ ] 住民基本台帳ネットワークシステム [ ] 既存住民基本台帳システム",
        ]);
        let occs: Vec<&Occurrence> = occs.iter().collect();
        let s = states(o, &occs).unwrap();
        // One torn box (庁内連携システム): no lone mark, unchecked; one, checked; two, unread.
        let none = settle(o, s.clone(), 0).unwrap();
        assert_eq!(
            checked(&none),
            [
                Connection::AddressSystem.label(),
                Connection::TaxSystem.label(),
                Connection::Other.label()
            ]
        );
        let one = settle(o, s.clone(), 1).unwrap();
        assert!(checked(&one).contains(&Connection::IntraOffice.label()));
        assert!(settle(o, s, 2).is_none());
        // A whole box and a trailing mark that disagree: nothing.
        let occs = group(&[
            "[ ] 住民基本台帳ネットワークシステム [ ○",
            "[ ] 既存住民基本台帳システム",
        ]);
        let occs: Vec<&Occurrence> = occs.iter().collect();
        assert!(states(o, &occs).is_none());
        // A checked その他 whose text goes on elsewhere: nothing.
        let occs = group(&["[ ○ ] その他 （"]);
        let occs: Vec<&Occurrence> = occs.iter().collect();
        assert!(settle(o, states(o, &occs).unwrap(), 0).is_none());
    }

    /// An invented 提供先 series of two blocks, the rows of block 1's ⑥ printed in block 2's
    /// lines after its ①, block 2's after its ⑦; `extra` goes after the series.
    fn provisions(extra: &str) -> crate::import::Draft {
        let rest = |other: &str, last: &str| {
            format!(
                "] 紙\n\n[ {other}\n\n] 電子メール [ ] 電子記録媒体（フラッシュメモリを除く。）\n\n[ ] フラッシュメモリ [{last}\n\n"
            )
        };
        crate::import::tests::pdf(&format!(
            "Ⅱ　特定個人情報ファイルの概要\n\n １．特定個人情報ファイル名\n架空ファイル\n\n \
             ５．特定個人情報の提供・移転（委託に伴うものを除く。）\n\n \
             提供先1 架空協会\n\n ①法令上の根拠 架空法第1条\n\n ⑥提供方法\n\n\
             [ ○ ] 情報提供ネットワークシステム [ ] 専用線\n\n ⑦時期・頻度 随時\n\n \
             提供先2 架空組合\n\n ①法令上の根拠 架空法第2条\n\n{}\
             ⑥提供方法\n\n[ ] 情報提供ネットワークシステム [ ] 専用線\n\n ⑦時期・頻度 月次\n\n{}{extra}\
             ６．特定個人情報の保管・消去\n\n ①保管場所 架空の庁舎\n\n",
            rest("○ ] その他 （ 架空DB ）", ""),
            rest("] その他 （ ）", " ○"),
        ))
    }

    #[test]
    fn method_rows_go_to_the_blocks_in_order() {
        let draft = provisions("");
        let file = &draft.report.files[0];
        let methods: Vec<(Vec<&str>, Option<&str>)> = file
            .provisions
            .iter()
            .map(|p| {
                let mut checked: Vec<&str> = p.methods.checked.iter().map(|m| m.label()).collect();
                checked.sort_unstable();
                (checked, p.methods.other.as_deref())
            })
            .collect();
        assert_eq!(
            methods,
            [
                (
                    vec!["その他", "情報提供ネットワークシステム"],
                    Some("架空DB")
                ),
                (vec!["紙"], None),
            ],
            "{:?}",
            draft.trace.unread
        );
        assert!(draft.trace.values.iter().any(|v| {
            v.pointer == "/files/0/provisions/0/methods"
                && v.confidence == super::super::Confidence::Inferred
        }));
        // A third run: which block prints which cannot be read; the first row stays as read.
        let draft = provisions("[ ] 紙 [ ] その他\n\n");
        let file = &draft.report.files[0];
        let checked: Vec<&str> = file.provisions[0]
            .methods
            .checked
            .iter()
            .map(|m| m.label())
            .collect();
        assert_eq!(checked, ["情報提供ネットワークシステム"]);
    }

    #[test]
    fn system_headings_are_numbered_blocks_not_pages() {
        let heading = |text: &str| system_heading(&squeeze(text));
        assert_eq!(heading(" システム3"), Some(3));
        assert_eq!(heading("システム１２"), Some(12));
        assert_eq!(heading("システム2～5"), None);
        assert_eq!(heading("システム0"), None);
        assert_eq!(heading("①システムの名称 架空システム"), None);
    }
}
