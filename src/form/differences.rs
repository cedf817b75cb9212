//! How the older revisions print items otherwise than 令和6年10月.

use super::FormRevision;
use super::ItemId;

/// What an older revision prints otherwise for an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Change {
    /// The revision prints the item under this label instead of today's: a report of the
    /// revision renders it so, and the importer reads it.
    Label(&'static str),
    /// Reports of the revision are known to print the item under this label, but not which
    /// revisions do exactly: the importer reads it as the item, a report renders today's label.
    Alias(&'static str),
}

/// One difference of the older revisions from 令和6年10月.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Difference {
    /// The item printed otherwise.
    pub item: ItemId,
    /// The difference holds for every revision before this one.
    pub before: FormRevision,
    /// What is printed.
    pub change: Change,
    /// The published document it is read from, and its date.
    pub source: &'static str,
}

/// Every known difference of the older revisions, by item.
pub const DIFFERENCES: &[Difference] = &[
    Difference {
        item: ItemId::CoverApprovalDate,
        before: FormRevision::Heisei28January,
        change: Change::Label("特定個人情報保護委員会　承認日"),
        source: "様式2–4 表紙 [平成26年4月]; the 特定個人情報保護委員会 became the 個人情報保護委員会 \
                 on 平成28年1月1日 (平成27年法律第65号), and the forms of 平成28年1月 print its new name",
    },
    Difference {
        item: ItemId::EntrustmentEntrustee,
        before: FormRevision::Reiwa6October,
        change: Change::Alias("委託先の名称"),
        source: "様式3–4 Ⅱ4 as published 評価書 on the forms of 平成26年4月 to 平成30年5月 print it \
                 (before the item 委託先名の確認方法 was added)",
    },
];

/// The label `revision` prints for `item`: the [`Change::Label`] of a difference that holds for
/// it, else the table's ([`ItemId::label`]). An unlisted revision reads as its
/// [nearest known](FormRevision::nearest_known) one.
///
/// ```
/// use mynumber_pia::form::{FormRevision, printed_label};
/// use mynumber_pia::report::ItemId;
///
/// assert_eq!(printed_label(ItemId::CoverApprovalDate, FormRevision::Heisei28January), "個人情報保護委員会　承認日");
/// assert_eq!(printed_label(ItemId::CoverBody, FormRevision::Heisei26April), "評価実施機関名");
/// ```
#[must_use]
pub fn printed_label(item: ItemId, revision: FormRevision) -> &'static str {
    let revision = revision.nearest_known();
    DIFFERENCES
        .iter()
        .filter(|d| d.item == item && revision.is_before(d.before))
        .find_map(|d| match d.change {
            Change::Label(label) => Some(label),
            Change::Alias(_) => None,
        })
        .unwrap_or_else(|| item.label())
}

/// Every label any revision prints for `item`: the table's first, then those of the
/// [differences](DIFFERENCES). What the importer recognises the item by.
///
/// ```
/// use mynumber_pia::form::labels;
/// use mynumber_pia::report::ItemId;
///
/// let all: Vec<_> = labels(ItemId::EntrustmentEntrustee).collect();
/// assert_eq!(all, ["委託先名", "委託先の名称"]);
/// ```
pub fn labels(item: ItemId) -> impl Iterator<Item = &'static str> {
    let older = DIFFERENCES
        .iter()
        .filter(move |d| d.item == item)
        .map(|d| match d.change {
            Change::Label(label) | Change::Alias(label) => label,
        });
    std::iter::once(item.label()).chain(older)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_difference_is_of_an_older_revision_and_cites_a_source() {
        for d in DIFFERENCES {
            assert!(
                d.before != FormRevision::Heisei26April,
                "{d:?}: no revision before it"
            );
            assert!(FormRevision::KNOWN.contains(&d.before), "{d:?}");
            assert!(d.source.contains('年'), "{d:?}: a source with its date");
            let (Change::Label(label) | Change::Alias(label)) = d.change;
            assert_ne!(label, d.item.label(), "{d:?}: the same as today's");
        }
    }

    #[test]
    fn a_label_holds_for_the_revisions_before_its_bound() {
        let approval = |r| printed_label(ItemId::CoverApprovalDate, r);
        assert_eq!(
            approval(FormRevision::Heisei26April),
            "特定個人情報保護委員会　承認日"
        );
        for r in &FormRevision::KNOWN[1..] {
            assert_eq!(approval(*r), "個人情報保護委員会　承認日");
        }
        // An alias is read, never printed.
        assert_eq!(
            printed_label(ItemId::EntrustmentEntrustee, FormRevision::Heisei26April),
            "委託先名"
        );
    }
}
