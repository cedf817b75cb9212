//! A block's label printed alone, away from its heading, with its value right under it.
//!
//! A PDF text may tear a block's rows (`移転先1`'s `①法令上の根拠`) from the block's heading and
//! from each other: the label stands on a line of its own among other labels of the series,
//! the value under it after a blank line, and the walk, which cannot tell which block the row
//! is of, leaves the value unread. This pass gives such a *lone label* the paragraph directly
//! under it where the **form's structure decides** the block and the value's type confirms it:
//!
//! - The label line is a circled block item's label and nothing else (`①法令上の根拠`); a label
//!   several kinds share (提供先 and 移転先 both have ①法令上の根拠) is of the kind whose own
//!   labels stand around it: the nearest label that only one kind has, above it since the
//!   previous block heading, is that kind's, and no other kind's own label stands between it
//!   and the next block heading.
//! - That next heading is of the same kind, and the previous block heading (if any) of another:
//!   the rows of a kind printed between another kind's block and a heading of theirs can only
//!   be that heading's block, printed above it (as [`super::blocks`] reads a series' lead).
//! - The paragraph is the loose lines directly under the label (blank lines only between), up
//!   to the first blank line; its first line is no label, and every line is one nothing read.
//! - The item is empty and its type reads the paragraph: a legal basis (it names a law, and
//!   the crate's legal-basis [`Fill`](mod@crate::import::fill) rule reads it), a date, a choice.
//!   A free text is never placed so: its type cannot tell it from another row's value.
//!
//! The values filled are [`Confidence::Inferred`](super::Confidence::Inferred); the label and
//! the paragraph leave the unread list.

use super::blocks::{self, BLOCK_LISTS, all_kind_labels, circled_body, kind_labels};
use super::boxes::Inferred;
use super::stacks::{loose_lines, reads};
use super::text::{Line, LineSet};
use super::walk::{CellMap, bare_label, block_heading_number};
use super::{Trace, item_pointer};
use crate::AssessmentKind;
use crate::import::UnreadReason;
use crate::import::fill::squeeze;
use crate::report::{Cell, ItemId, Report, Value, field_at, field_at_mut};

/// A lone label's kind (a position in [`BLOCK_LISTS`]) and circled number, with its folded
/// label, when a line is a block item's circled label and nothing more: `c` and `body` are its
/// [`blocks::Mark::Circled`] (folded, so no note mark `※` is left after the label).
fn lone_label<'a>(
    (c, body): (char, &'a str),
    all: &[Vec<(char, String)>],
) -> Option<(char, &'a str, Vec<usize>)> {
    let kinds: Vec<usize> = all
        .iter()
        .enumerate()
        .filter(|(_, l)| l.iter().any(|(n, label)| *n == c && *label == body))
        .map(|(k, _)| k)
        .collect();
    (!kinds.is_empty()).then_some((c, body, kinds))
}

/// The kind whose own label (a label no other kind has) a circled line's folded rest
/// ([`blocks::Mark::Circled`]) starts with.
fn own_kind((c, body): (char, &str), only: &[Vec<(char, String)>]) -> Option<usize> {
    only.iter().position(|l| {
        l.iter()
            .any(|(n, label)| *n == c && !label.is_empty() && body.starts_with(label.as_str()))
    })
}

/// The item of kind `kind` numbered `c` with the folded label `label`.
fn item_of(form: AssessmentKind, kind: usize, c: char, label: &str) -> Option<ItemId> {
    let list = BLOCK_LISTS.get(kind)?;
    ItemId::of_form(form).find(|id| {
        id.pattern().contains(list)
            && id
                .number(form)
                .and_then(|n| n.chars().last())
                .is_some_and(|n| n == c)
            && squeeze(bare_label(*id)) == label
    })
}

/// The list positions of the block of kind `kind` whose heading stands on `heading`: those of
/// the first cell the walk read for that kind at or after the heading, before `until`.
fn block_at(cells: &CellMap, kind: usize, heading: usize, until: usize) -> Option<Vec<usize>> {
    let list = BLOCK_LISTS.get(kind)?;
    let (ix, _) = cells
        .iter()
        .filter_map(|((id, ix), cell)| {
            let first = cell.lines.first()?.0;
            let pattern = id.pattern();
            let depth = pattern.split(list).next()?.matches("[]").count() + 1;
            (pattern.contains(list) && (heading..until).contains(&first))
                .then(|| (ix.get(..depth).map(<[usize]>::to_vec), first))
        })
        .min_by_key(|(_, first)| *first)?;
    ix
}

/// Whether the paragraph's type confirms the item: a legal basis, a date, a choice.
fn typed(value: &Value<'_>) -> bool {
    matches!(
        value,
        Value::Basis(_) | Value::Date(_) | Value::Choice { .. } | Value::Label(_)
    )
}

/// A line of the body that tells the blocks apart: a block heading or a circled label.
struct Mark<'l> {
    /// Its position in the body.
    at: usize,
    /// The kind of the block it is the heading of.
    heading: Option<usize>,
    /// Its circled number and folded rest ([`blocks::Mark::Circled`]).
    circled: Option<(char, &'l str)>,
    /// The kind whose own label it starts with ([`own_kind`]).
    own: Option<usize>,
}

/// Reads the values of lone block labels among the loose lines of `range` (the body before the
/// 変更箇所), after the stacks of labels (`stacks.rs`); see the module docs.
// (Kept out of line, as the other passes are, so that a profile shows its cost on its own.)
#[inline(never)]
pub(super) fn read_lone_labels<'l>(
    lines: &'l [Line],
    range: (usize, usize),
    cells: &CellMap,
    blocks: &[(usize, blocks::Mark<'l>)],
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let loose = loose_lines(unread);
    if loose.is_empty() {
        return;
    }
    let form = report.form();
    let options = &super::form_words::of(form).options;
    // The body's lines: `lines` are in the order of their numbers.
    let from = lines.partition_point(|l| l.no <= range.0);
    let to = lines.partition_point(|l| l.no < range.1).max(from);
    let body = lines.get(from..to).unwrap_or_default();
    // The kinds' labels: the same for every text of a form, folded once (`blocks`).
    let (all, only) = (all_kind_labels(form), kind_labels(form));
    // The lines that tell the blocks apart, in order: the block headings (their kind) and the
    // circled labels (with the kind whose own label it starts with), as [`blocks::marks`]
    // found them in the whole text; those of the body, each with its position in it.
    let first = blocks.partition_point(|(no, _)| *no <= range.0);
    let mut marks: Vec<Mark<'_>> = Vec::new();
    for &(no, mark) in blocks.get(first..).unwrap_or_default() {
        if no >= range.1 {
            break;
        }
        let (heading, circled) = match mark {
            blocks::Mark::Heading(kind, _) => (Some(kind), None),
            blocks::Mark::Circled(c, Some(rest)) => (None, Some((c, rest))),
            blocks::Mark::Circled(_, None) | blocks::Mark::File => continue,
        };
        let at = body.partition_point(|l| l.no < no);
        let own = circled.and_then(|c| own_kind(c, only));
        marks.push(Mark {
            at,
            heading,
            circled,
            own,
        });
    }
    // Forward: the kind of the last heading, and the nearest own label since it.
    let mut before: Vec<(Option<usize>, Option<usize>)> = Vec::with_capacity(marks.len());
    let (mut last_heading, mut nearest) = (None, None);
    for mark in &marks {
        if mark.heading.is_some() {
            last_heading = mark.heading;
            nearest = None;
        }
        before.push((last_heading, nearest));
        if mark.own.is_some() {
            nearest = mark.own;
        }
    }
    // Backward: the next heading (its position in `marks`) and the kinds of the own labels up
    // to it.
    let mut after: Vec<(Option<usize>, u8)> = vec![(None, 0); marks.len()];
    let (mut next, mut kinds) = (None, 0u8);
    for (m, mark) in marks.iter().enumerate().rev() {
        if let Some(slot) = after.get_mut(m) {
            *slot = (next, kinds);
        }
        if mark.heading.is_some() {
            next = Some(m);
            kinds = 0;
        } else if let Some(k) = mark.own {
            kinds |= 1 << k;
        }
    }
    let mut scratch: Option<Report> = None;
    let mut read = LineSet::new();
    let mut inferred = Inferred::default();
    for (m, mark) in marks.iter().enumerate() {
        let Some((c, label, shared)) = mark.circled.and_then(|key| lone_label(key, all)) else {
            continue;
        };
        let (Some((prev, Some(kind))), Some((Some(h1), others))) = (before.get(m), after.get(m))
        else {
            continue;
        };
        let Some(heading) = marks.get(*h1) else {
            continue;
        };
        if !shared.contains(kind)
            || *prev == Some(*kind)
            || heading.heading != Some(*kind)
            || others & !(1 << kind) != 0
        {
            continue;
        }
        let (i, Some(line)) = (mark.at, body.get(mark.at)) else {
            continue;
        };
        // The paragraph: blank lines, then loose lines up to the first blank line.
        let mut j = i + 1;
        while body.get(j).is_some_and(|l| l.text.trim().is_empty()) {
            j += 1;
        }
        let mut paragraph: Vec<(usize, String)> = Vec::new();
        while let Some(l) = body.get(j).filter(|l| !l.text.trim().is_empty()) {
            paragraph.push((l.no, l.text.trim().to_owned()));
            j += 1;
        }
        let first_is_label = paragraph
            .first()
            .is_some_and(|(_, t)| circled_body(t).is_some() || block_heading_number(t).is_some());
        if paragraph.is_empty()
            || first_is_label
            || paragraph
                .iter()
                .any(|(no, _)| !loose.contains(*no) || read.contains(*no))
        {
            continue;
        }
        let Some(id) = item_of(form, *kind, c, label) else {
            continue;
        };
        let until = after
            .get(*h1)
            .and_then(|(n, _)| *n)
            .and_then(|n| marks.get(n))
            .and_then(|n| body.get(n.at))
            .map_or(usize::MAX, |l| l.no);
        let Some(heading_no) = body.get(heading.at).map(|l| l.no) else {
            continue;
        };
        let Some(ix) = block_at(cells, *kind, heading_no, until) else {
            continue;
        };
        if id.pattern().matches("[]").count() != ix.len() {
            continue;
        }
        let open = field_at(report, id, &ix).is_some_and(|f| f.is_blank() && typed(&f.value()));
        let text = paragraph
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        // A copy to try the paragraph on: the report's blocks, made once.
        let scratch = scratch.get_or_insert_with(|| report.clone());
        if !open || !reads(report, scratch, id, &ix, &text, options) {
            continue;
        }
        let cell = Cell {
            lines: paragraph,
            displaced: true,
        };
        if field_at_mut(report, id, &ix)
            .and_then(|f| f.fill(&cell))
            .is_none()
        {
            continue;
        }
        let used: Vec<usize> = cell.lines.iter().map(|(no, _)| *no).collect();
        inferred.push(item_pointer(id, &ix), &used, &mut read);
        read.insert(line.no);
    }
    // (The pass does not read the trace: its values go in at once.)
    inferred.apply(trace);
    if !read.is_empty() {
        unread.retain(|(no, _)| !read.contains(*no));
    }
}

#[cfg(test)]
mod tests {
    use super::super::Confidence;

    use super::super::walk::tests::provision_section as focused;

    /// The rows of a 移転先 printed above its heading, its ① alone with the basis under it
    /// after a blank line, and a note paragraph after the next blank line.
    const TORN: &str = " ②移転先における用途\n架空の用途の説明\n\n ③移転する情報\n\n ⑦時期・頻度\n\n ①法令上の根拠\n\n【甲情報】\n・架空法第3条、第4条\n【乙情報】\n・架空法第5条\n\n架空の事情による注記の一段落。\n\n 移転先1 架空広域連合\n\n";

    #[test]
    fn a_lone_basis_label_takes_the_paragraph_under_it() {
        let draft = focused(TORN);
        let transfer = draft.report.files[0].transfers.first().expect("移転先1");
        let basis = transfer
            .legal_basis
            .as_ref()
            .expect("the basis")
            .to_string();
        assert!(basis.contains("架空法第3条"), "{basis}");
        assert!(basis.contains("架空法第5条"), "{basis}");
        assert!(!basis.contains("注記"), "{basis}");
        let traced = draft
            .trace
            .values
            .iter()
            .find(|v| v.pointer == "/files/0/transfers/0/legal_basis")
            .expect("traced");
        assert_eq!(traced.confidence, Confidence::Inferred);
        // The basis's four lines and its label two lines above were read; the note two lines
        // below stays unread.
        let [first, last] = traced.lines;
        assert_eq!(last - first, 3);
        let unread = |n: usize| {
            draft
                .trace
                .unread
                .iter()
                .any(|u| (u.lines[0]..=u.lines[1]).contains(&n))
        };
        assert!(!unread(first - 2));
        assert!((first..=last).all(|n| !unread(n)));
        assert!(unread(last + 2));
    }

    #[test]
    fn another_kinds_label_between_leaves_it_unread() {
        // A 提供先's own label between the ① and the heading: whose the ① is cannot be read.
        let body = TORN.replace(" 移転先1", " ②提供先における用途\n\n 移転先1");
        let draft = focused(&body);
        let transfer = draft.report.files[0].transfers.first().expect("移転先1");
        assert!(transfer.legal_basis.is_none());
    }

    #[test]
    fn a_heading_of_the_kind_above_leaves_it_unread() {
        // Under 移転先1 and above 移転先2, the rows may be either block's.
        let body = format!(
            " 移転先1 架空市\n\n{}",
            TORN.replace("移転先1 架空広域連合", "移転先2 架空広域連合")
        );
        let draft = focused(&body);
        assert!(
            draft.report.files[0]
                .transfers
                .iter()
                .all(|t| t.legal_basis.is_none())
        );
    }

    #[test]
    fn a_free_text_label_takes_nothing_so() {
        // ③ alone with a paragraph under it: a free text's type confirms nothing.
        let body = " ②移転先における用途\n架空の用途\n\n ③移転する情報\n\n架空の頻度の説明\n\n 移転先1 架空広域連合\n\n";
        let draft = focused(body);
        let transfer = draft.report.files[0].transfers.first().expect("移転先1");
        assert!(transfer.information.is_none());
    }
}
