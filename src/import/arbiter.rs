//! *arbiter*: the one place where the import writes values into the draft report.
//!
//! **Takes** [`Proposal`]s, each made by a rule: an item at its list positions, the lines that
//! hold its value (a [`Cell`]), how sure the rule is, and the rule's id. **Gives** the report
//! with the values filled through each field's own reader ([`Fill`](crate::report::Fill)), a
//! [`TracedValue`] for every value with the rule's id and the lines it was read from, and the
//! lines it could not take as unread with a typed reason. **Refuses** a value that contradicts
//! one already read: the two readings disagree, so neither stands ([`UnreadReason::Conflict`]),
//! unless the first was read as written beside its label ([`Read::Exact`]) and the second was
//! inferred from the layout, in which case the written one stands and the other is listed.
//!
//! A cell that does not read as its item's type fills nothing, and its lines are listed as
//! [`UnreadReason::NotAValue`]; nor does a cell whose words end in a label of the form
//! ([`UnreadReason::EndsInLabel`]: the value ran on into the next item's label).

use std::borrow::Cow;

use super::limits::LABEL_END_CHARS;
use super::{Trace, TracedValue, UnreadReason, item_pointer};
use crate::report::{Cell, ItemId, Read, Report, field_at, field_at_mut};

/// A value a rule read: the item, its list positions, the lines that hold it, and the rule.
#[derive(Debug, Clone)]
pub(super) struct Proposal {
    /// The id of the rule that read it (`cover.labelled`, …).
    pub(super) rule: &'static str,
    /// The item.
    pub(super) item: ItemId,
    /// Its list positions, outermost first (`files[1].provisions[3]` → `[1, 3]`).
    pub(super) indices: Vec<usize>,
    /// The lines that hold the value, as the item's type reads them.
    pub(super) cell: Cell,
}

/// What became of a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Outcome {
    /// The value was filled.
    Filled(Read),
    /// The item already held the same value: the proposal confirms it.
    Confirmed,
    /// The cell does not read as the item's type.
    NotAValue,
    /// Another reading of the item disagrees.
    Conflict,
    /// The report has no such item at those positions.
    NoItem,
}

/// Applies proposals to a report, its trace and its list of unread lines.
pub(super) struct Arbiter<'a> {
    pub(super) report: &'a mut Report,
    pub(super) trace: &'a mut Trace,
    pub(super) unread: &'a mut Vec<(usize, UnreadReason)>,
}

impl Arbiter<'_> {
    /// Fills the proposal's item from its cell, or says why not (see the module's docs).
    pub(super) fn propose(&mut self, p: Proposal) -> Outcome {
        // The next item's label that the value ran on into is no part of it.
        let trimmed =
            match without_label_at_end(self.report, (p.item, &p.indices), &p.cell, self.unread) {
                None => return Outcome::NotAValue,
                Some(Cow::Borrowed(_)) => None,
                Some(Cow::Owned(cell)) => Some(cell),
            };
        let p = match trimmed {
            Some(cell) => Proposal { cell, ..p },
            None => p,
        };
        let Some((first, last)) = p.cell.span() else {
            return Outcome::NotAValue;
        };
        let blank = match field_at(self.report, p.item, &p.indices) {
            Some(field) => field.is_blank(),
            None => return Outcome::NoItem,
        };
        if !blank {
            return self.second_reading(&p);
        }
        let Some(field) = field_at_mut(self.report, p.item, &p.indices) else {
            return Outcome::NoItem;
        };
        match field.fill(&p.cell) {
            Some(read) => {
                self.trace.values.push(TracedValue {
                    pointer: item_pointer(p.item, &p.indices),
                    lines: [first, last],
                    confidence: read.into(),
                    rule: Cow::Borrowed(p.rule),
                });
                Outcome::Filled(read)
            }
            None => {
                self.list(&p.cell, UnreadReason::NotAValue);
                Outcome::NotAValue
            }
        }
    }

    /// A proposal for an item that holds a value already: the same value confirms it; another
    /// value is a conflict, settled for the value read as written where only one was.
    fn second_reading(&mut self, p: &Proposal) -> Outcome {
        // The second reading, made in a report of its own to compare.
        let mut scratch = Report::empty(self.report.form());
        make_room(&mut scratch, p.item, &p.indices);
        let read = field_at_mut(&mut scratch, p.item, &p.indices).and_then(|f| f.fill(&p.cell));
        let (Some(read), Some(new), Some(old)) = (
            read,
            field_at(&scratch, p.item, &p.indices),
            field_at(self.report, p.item, &p.indices),
        ) else {
            self.list(&p.cell, UnreadReason::NotAValue);
            return Outcome::NotAValue;
        };
        if old.same_as(new) {
            return Outcome::Confirmed;
        }
        let pointer = item_pointer(p.item, &p.indices);
        let old_exact = self
            .trace
            .values
            .iter()
            .any(|v| v.pointer == pointer && v.confidence == super::Confidence::Exact);
        if old_exact && read == Read::Inferred {
            // The value written beside its label stands; the other reading is listed.
            self.list(&p.cell, UnreadReason::Conflict);
            return Outcome::Conflict;
        }
        // Two readings, neither sure over the other: neither stands.
        if let Some(field) = field_at_mut(self.report, p.item, &p.indices) {
            field.clear();
        }
        let mut dropped = Vec::new();
        self.trace.values.retain(|v| {
            let same = v.pointer == pointer;
            if same {
                dropped.push(v.lines);
            }
            !same
        });
        for [a, b] in dropped {
            self.unread
                .extend((a..=b).map(|no| (no, UnreadReason::Conflict)));
        }
        self.list(&p.cell, UnreadReason::Conflict);
        Outcome::Conflict
    }

    /// Lists the non-blank lines of `cell` as unread for `reason`.
    pub(super) fn list(&mut self, cell: &Cell, reason: UnreadReason) {
        for (no, text) in &cell.lines {
            if !text.trim().is_empty() {
                self.unread.push((*no, reason));
            }
        }
    }
}

/// Where a cell's words end in a label of the form ([`label_at_end`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LabelAtEnd {
    /// They end in none: the cell is the value's.
    No,
    /// Its lines from this index on are a label alone (an item's number before it aside),
    /// and lines of words stand above them: the value is the lines above, the label the next
    /// item's, printed under the value's last line.
    LinesFrom(usize),
    /// The label begins amid a line's words, or the cell holds nothing else: where the value
    /// ends the text does not show.
    Amid,
}

/// Whether the words of `cell`, joined without white space, end in a label of the form in any
/// revision's words ([`crate::form::labels`], a row's label also as it prints alone) of
/// [`LABEL_END_CHARS`] characters or more, and where it begins ([`LabelAtEnd`]). A value's
/// words never end so: the label is the next item's, that the value ran on into
/// ([`UnreadReason::EndsInLabel`]). `架空事務` / `③ 対 象 人 数` is
/// [`LabelAtEnd::LinesFrom`]`(1)` (the index of the label's line); `架空市長 評価実施機関名` and `番号法第9条第1項 法令上の根`
/// / `拠` are [`LabelAtEnd::Amid`]; `架空市長`, `架空台帳の名称` (`名称` is shorter), prose
/// that ends its sentence (`…対象人数。`) and a box's words (`[ ] 委託しない`, [`is_box`]) are
/// [`LabelAtEnd::No`].
pub(super) fn label_at_end(cell: &Cell) -> LabelAtEnd {
    // The cell's last words: lines from its end, as many as the longest label and a character
    // before it take (a prose cell is not folded whole).
    let mut words = String::new();
    for (_, line) in cell.lines.iter().rev() {
        if words.chars().count() > longest_label() {
            break;
        }
        words.insert_str(0, &crate::import::fill::squeeze(line));
    }
    let Some(label) = label_ending(&words) else {
        return LabelAtEnd::No;
    };
    if after_box_or_option(words.strip_suffix(label).unwrap_or_default()) {
        return LabelAtEnd::No;
    }
    // The lines from the last up, until they hold the label.
    let mut below = String::new();
    for (at, (_, line)) in cell.lines.iter().enumerate().rev() {
        if line.trim().is_empty() {
            continue;
        }
        below.insert_str(0, &crate::import::fill::squeeze(line));
        if below.len() < label.len() {
            continue;
        }
        let before = below.strip_suffix(label).unwrap_or(&below);
        let alone = before.chars().all(is_item_number_char);
        let above = cell
            .lines
            .iter()
            .take(at)
            .any(|(_, t)| !t.trim().is_empty());
        return match alone && above {
            true => LabelAtEnd::LinesFrom(at),
            false => LabelAtEnd::Amid,
        };
    }
    LabelAtEnd::Amid
}

/// Whether the item `id` at `indices` of `report` holds words — a text, names, a basis — and
/// not a typed value (a date, a ＜選択肢＞ answer, a box); `false` where the report has no such
/// item yet.
pub(super) fn holds_words(report: &Report, id: ItemId, indices: &[usize]) -> bool {
    use crate::report::Value;
    matches!(
        field_at(report, id, indices).map(|f| f.value()),
        Some(Value::Text(_) | Value::Texts(_) | Value::Basis(_))
    )
}

/// `cell`, of the item at `at` of `report`, without the label of another item its words end in
/// ([`label_at_end`]): the lines above a label alone on its lines, or `None` where the label
/// begins amid a value's words. The label's lines, or all of them for `None`, are listed in
/// `unread` as [`UnreadReason::EndsInLabel`]. Only an item that holds words (a text, names, a
/// basis) is looked at: a typed value (a date, a ＜選択肢＞ answer) is read by its type, whatever
/// words its cell holds beside it.
pub(super) fn without_label_at_end<'c>(
    report: &Report,
    at: (ItemId, &[usize]),
    cell: &'c Cell,
    unread: &mut Vec<(usize, UnreadReason)>,
) -> Option<Cow<'c, Cell>> {
    let (item, indices) = at;
    if !holds_words(report, item, indices) {
        return Some(Cow::Borrowed(cell));
    }
    let listed = match label_at_end(cell) {
        LabelAtEnd::No => return Some(Cow::Borrowed(cell)),
        LabelAtEnd::LinesFrom(at) => at,
        LabelAtEnd::Amid => 0,
    };
    let (value, label) = cell.lines.split_at_checked(listed)?;
    for (no, text) in label {
        if !text.trim().is_empty() {
            unread.push((*no, UnreadReason::EndsInLabel));
        }
    }
    (!value.is_empty()).then(|| {
        Cow::Owned(Cell {
            lines: value.to_vec(),
            displaced: cell.displaced,
        })
    })
}

/// Whether `before` (a cell's words up to a label) ends in a box (`［ ○ ］`) or an option's
/// number (`2)`): the label's words are then the box's or the option's (`［ ○ ］全項目評価又は
/// 重点項目評価を実施する`), which a cell may end with.
fn after_box_or_option(before: &str) -> bool {
    let mut last = before.chars().rev();
    match (last.next(), last.next()) {
        (Some(']' | '］'), _) => true,
        (Some(')' | '）'), Some(digit)) => digit.is_ascii_digit(),
        _ => false,
    }
}

/// Whether `c` may stand before a label as its item's number (`③`, `3.`, `（3）`).
fn is_item_number_char(c: char) -> bool {
    super::form_words::is_circled(c)
        || c.is_ascii_digit()
        || matches!(c, '.' | '．' | '(' | ')' | '（' | '）' | '０'..='９')
}

/// The label of [`labels_ended`] that `words` end in, the longest.
fn label_ending(words: &str) -> Option<&'static str> {
    // The cheap test first: words whose last character ends no label end in none (most cells:
    // a sentence's `。`, a name's `課`). Each suffix looked up is hashed: 5.6 M instructions an
    // import of the 全項目 seed text without this test (callgrind, `examples` of one import and
    // of two).
    let last = words.chars().next_back()?;
    if label_last_chars().binary_search(&last).is_err() {
        return None;
    }
    let chars = words.chars().count();
    // The suffixes as long as a label may be, longest first.
    let from = chars.saturating_sub(longest_label());
    for (k, (at, _)) in words.char_indices().enumerate().skip(from) {
        if chars - k < LABEL_END_CHARS {
            return None;
        }
        let suffix = words.get(at..).unwrap_or_default();
        if let Some(label) = labels_ended().get(suffix) {
            return Some(label.as_str());
        }
    }
    None
}

/// The form's labels of [`LABEL_END_CHARS`] characters or more, squeezed, in every revision's
/// words ([`label_at_end`]); a single box's aside ([`is_box`]).
fn labels_ended() -> &'static std::collections::HashSet<String> {
    static LABELS: std::sync::LazyLock<std::collections::HashSet<String>> =
        std::sync::LazyLock::new(|| {
            let items = ItemId::ALL.iter().copied().filter(|&id| !is_box(id));
            let all = items.flat_map(crate::form::labels);
            // A label that names its section before a full-width space is printed as its
            // row's words alone (`個人番号の利用　法令上の根拠` prints `法令上の根拠`).
            let printed =
                all.flat_map(|label| [Some(label), label.rsplit_once('　').map(|(_, row)| row)]);
            printed
                .flatten()
                .map(crate::import::fill::squeeze)
                .filter(|l| l.chars().count() >= LABEL_END_CHARS)
                .collect()
        });
    &LABELS
}

/// Whether `id` is a single box (`[ ] 委託しない`): its label is the words printed after the box,
/// which a value may end with (a ＜選択肢＞ list's `2) 委託しない`), not a label that ends a row.
fn is_box(id: ItemId) -> bool {
    <crate::AssessmentKind as crate::Choice>::ALL
        .iter()
        .filter(|&&form| id.in_form(form))
        .any(|&form| {
            let mut report = Report::empty(form);
            let indices = vec![0; id.pattern().matches("[]").count()];
            make_room(&mut report, id, &indices);
            let field = field_at(&report, id, &indices);
            field.is_some_and(|f| matches!(f.value(), crate::report::Value::Flag(_)))
        })
}

/// The last characters of [`labels_ended`], sorted.
fn label_last_chars() -> &'static [char] {
    static LAST: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
        let last = labels_ended().iter().filter_map(|l| l.chars().next_back());
        super::text::sorted_chars(last)
    });
    &LAST
}

/// The characters of the longest of [`labels_ended`].
fn longest_label() -> usize {
    static LONGEST: std::sync::LazyLock<usize> = std::sync::LazyLock::new(|| {
        labels_ended()
            .iter()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0)
    });
    *LONGEST
}

/// Grows the report's lists so that `indices` reach an entry of `id` (`files[2].provisions[5]`
/// makes three files and six 提供先 in the third).
pub(super) fn make_room(report: &mut Report, id: ItemId, indices: &[usize]) {
    let mut at = indices.iter();
    let pattern = id.pattern();
    if pattern.starts_with("systems[]") {
        if let Some(&i) = at.next() {
            if report.systems.len() <= i {
                report.systems.resize_with(i + 1, Default::default);
            }
        }
        return;
    }
    if !pattern.starts_with("files[]") {
        return;
    }
    let Some(&f) = at.next() else { return };
    if report.files.len() <= f {
        report.files.resize_with(f + 1, Default::default);
    }
    let (Some(file), Some(&i)) = (report.files.get_mut(f), at.next()) else {
        return;
    };
    if pattern.starts_with("files[].entrustments[]") && file.entrustments.len() <= i {
        file.entrustments.resize_with(i + 1, Default::default);
    } else if pattern.starts_with("files[].provisions[]") && file.provisions.len() <= i {
        file.provisions.resize_with(i + 1, Default::default);
    } else if pattern.starts_with("files[].transfers[]") && file.transfers.len() <= i {
        file.transfers.resize_with(i + 1, Default::default);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(lines: &[&str]) -> Cell {
        Cell {
            lines: (1..).zip(lines.iter().map(|l| (*l).to_owned())).collect(),
            displaced: false,
        }
    }

    #[test]
    fn a_label_alone_under_the_value_is_cut_off() {
        let below = cell(&["架空事務", "", "③ 対 象 人 数"]);
        assert_eq!(label_at_end(&below), LabelAtEnd::LinesFrom(2));
        let mut unread = Vec::new();
        let report = Report::empty(crate::AssessmentKind::Basic);
        let at = (ItemId::AffairName, &[][..]);
        let value = without_label_at_end(&report, at, &below, &mut unread).map(Cow::into_owned);
        assert_eq!(value.map(|c| c.text()).as_deref(), Some("架空事務"));
        assert_eq!(unread, [(3, UnreadReason::EndsInLabel)]);
    }

    #[test]
    fn a_label_amid_a_line_refuses_the_cell() {
        for lines in [
            &["架空市長 評価実施機関名"][..],
            &["番号法第9条第1項 法令上の根", "拠"],
            &["対象人数"],
        ] {
            let c = cell(lines);
            assert_eq!(label_at_end(&c), LabelAtEnd::Amid, "{lines:?}");
            let mut unread = Vec::new();
            let report = Report::empty(crate::AssessmentKind::Basic);
            let at = (ItemId::CoverBody, &[][..]);
            assert!(without_label_at_end(&report, at, &c, &mut unread).is_none());
            assert_eq!(unread.len(), lines.len());
        }
    }

    #[test]
    fn values_that_end_otherwise_are_kept() {
        for lines in [
            &["架空市長"][..],
            &["架空台帳の名称"],
            &["架空の対象人数。"],
            &["[ ] 委託しない"],
            &["1) 委託する 2) 委託しない"],
            &["［ ○ ］全項目評価又は重点項目評価を実施する"],
        ] {
            assert_eq!(label_at_end(&cell(lines)), LabelAtEnd::No, "{lines:?}");
        }
    }
}
