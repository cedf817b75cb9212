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
//! [`UnreadReason::NotAValue`].

use std::borrow::Cow;

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
