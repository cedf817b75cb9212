//! How the older revisions print items otherwise than 令和6年10月: two tables, and the readers
//! that answer for an item and a revision from them.
//!
//! - [`DIFFERENCES`]: an item the revisions before a bound ([`Difference::before`]) print under
//!   another label ([`Change::Label`]: renamed), or that reports of unknown revision print under
//!   another label ([`Change::Alias`]); read by [`printed_label`] and [`labels`]. An older label
//!   may begin today's (「所属長」 of 「所属長の役職名」): a reader that takes a line by the start of
//!   a label tries today's label first (the importer does).
//! - [`ADDITIONS`]: an item a revision added, which the revisions before it do not print; read by
//!   [`in_revision`] and [`printed_number`].
//!
//! [`differences_in`] lists the label differences that hold for a revision. No renumbering and no
//! removed item is known: where an older revision prints an item, it prints it at today's
//! number, and every item it prints is one of today's.

use super::FormRevision;
use super::ItemId;
use crate::AssessmentKind;

/// What an older revision prints otherwise for an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Change {
    /// Renamed: the revision prints the item under this label instead of today's. A report of
    /// the revision renders it so, and the importer reads it.
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

/// An item a revision added to the forms: the revisions before it do not print it (a report of
/// theirs renders it only where it holds a value).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Addition {
    /// The item added.
    pub item: ItemId,
    /// The revision that added it: every revision before this one does not print it.
    pub by: FormRevision,
    /// The published document it is read from, and its date.
    pub source: &'static str,
}

/// The word for the head of the 担当部署: the label the forms before 平成30年5月 print for
/// [`ItemId::AffairDepartmentHead`] (様式2 Ⅰ5②, 様式3 Ⅰ6②, 様式4 Ⅰ7②), and the generator's word for
/// that person in its prose.
pub(crate) const DEPARTMENT_HEAD: &str = "所属長";

/// The source of the 所属長 rows: the forms of 平成30年5月 ask the title of the post where the
/// older ones asked the head by name.
const HEAD_BY_NAME: &str = "様式2 Ⅰ5②, 様式3 Ⅰ6②, 様式4 Ⅰ7② before 平成30年5月: 「②所属長」 with the \
     head's name; the forms revised with the 特定個人情報保護評価指針 of 平成30年5月21日 \
     (平成30年個人情報保護委員会告示第2号) print 「②所属長の役職名」, and the 変更箇所 of published \
     基礎・重点項目評価書 of 平成30年 replace the name by the post for that 様式改正";

/// The source of the 基礎 Ⅳ rows: the forms of 平成30年5月 added リスク対策 to the 基礎項目評価書.
const BASIC_RISKS_ADDED: &str = "様式2 Ⅳ リスク対策: not in the 様式2 of 平成26年4月 to 平成29年5月 (their \
     chapters Ⅰ 関連情報, Ⅱ しきい値判断項目, Ⅲ しきい値判断結果); the 変更箇所 of published \
     基礎項目評価書 of 平成31年 add 「Ⅳ リスク対策」 for the change of the 基礎項目評価書's 様式 made with \
     the 特定個人情報保護評価指針 of 平成30年5月21日 (平成30年個人情報保護委員会告示第2号)";

/// A row of the 基礎 Ⅳ items added in 平成30年5月.
const fn basic_risk(item: ItemId) -> Addition {
    Addition {
        item,
        by: FormRevision::Heisei30May,
        source: BASIC_RISKS_ADDED,
    }
}

/// Every known difference of the older revisions, by item (the module docs of
/// [`crate::form`] sum them up by revision).
pub const DIFFERENCES: &[Difference] = &[
    Difference {
        item: ItemId::CoverApprovalDate,
        before: FormRevision::Heisei28January,
        change: Change::Label("特定個人情報保護委員会　承認日"),
        source: "様式2–4 表紙 [平成26年4月], as published 評価書 tagged [平成26年4月 様式4] print it; the \
                 特定個人情報保護委員会 became the 個人情報保護委員会 on 平成28年1月1日 (平成27年法律第65号), \
                 and the forms of 平成28年1月 print its new name",
    },
    Difference {
        item: ItemId::ProcedurePpcReview,
        before: FormRevision::Heisei28January,
        change: Change::Alias("特定個人情報保護委員会による審査"),
        source: "様式4 Ⅵ4② before 平成28年1月: the committee under its name before 平成28年1月1日 \
                 (平成27年法律第65号), as the 平成26年4月 cover prints it; not seen in a published text",
    },
    Difference {
        item: ItemId::AffairDepartmentHead,
        before: FormRevision::Heisei30May,
        change: Change::Label(DEPARTMENT_HEAD),
        source: HEAD_BY_NAME,
    },
    Difference {
        item: ItemId::EntrustmentEntrustee,
        before: FormRevision::Reiwa6October,
        change: Change::Alias("委託先の名称"),
        source: "様式3–4 Ⅱ4 as published 評価書 on the forms of 平成26年4月 to 平成30年5月 print it \
                 (before the item 委託先名の確認方法 was added)",
    },
];

/// Every known item a revision added, by item: the 16 items of 様式2 Ⅳ リスク対策, added with the
/// forms of 平成30年5月.
pub const ADDITIONS: &[Addition] = &[
    basic_risk(ItemId::BasicReportSet),
    basic_risk(ItemId::BasicAcquisition),
    basic_risk(ItemId::BasicUsageLinking),
    basic_risk(ItemId::BasicUsageUnauthorized),
    basic_risk(ItemId::BasicEntrustment),
    basic_risk(ItemId::BasicProvisionTransfer),
    basic_risk(ItemId::BasicNetworkAcquisition),
    basic_risk(ItemId::BasicNetworkProvision),
    basic_risk(ItemId::BasicStorage),
    basic_risk(ItemId::BasicManualWork),
    basic_risk(ItemId::BasicManualWorkRationale),
    basic_risk(ItemId::BasicAudit),
    basic_risk(ItemId::BasicTraining),
    basic_risk(ItemId::BasicPriority),
    basic_risk(ItemId::BasicPrioritySufficiency),
    basic_risk(ItemId::BasicPriorityRationale),
];

/// The rows of [`DIFFERENCES`] that hold for `revision` (read as its
/// [nearest known](FormRevision::nearest_known) one), in table order: none for 令和6年10月.
///
/// ```
/// use mynumber_pia::form::{FormRevision, differences_in};
/// use mynumber_pia::report::ItemId;
///
/// assert_eq!(differences_in(FormRevision::CURRENT).count(), 0);
/// let old: Vec<_> = differences_in(FormRevision::Heisei28January).map(|d| d.item).collect();
/// assert!(old.contains(&ItemId::AffairDepartmentHead));
/// assert!(!old.contains(&ItemId::CoverApprovalDate)); // renamed on 平成28年1月1日
/// ```
pub fn differences_in(revision: FormRevision) -> impl Iterator<Item = &'static Difference> {
    let revision = revision.nearest_known();
    DIFFERENCES
        .iter()
        .filter(move |d| revision.is_before(d.before))
}

/// The label `revision` prints for `item`: the [`Change::Label`] of a difference that holds for
/// it, else the table's ([`ItemId::label`]). An unlisted revision reads as its
/// [nearest known](FormRevision::nearest_known) one.
///
/// ```
/// use mynumber_pia::form::{FormRevision, printed_label};
/// use mynumber_pia::report::ItemId;
///
/// assert_eq!(printed_label(ItemId::CoverApprovalDate, FormRevision::Heisei28January), "個人情報保護委員会　承認日");
/// assert_eq!(printed_label(ItemId::AffairDepartmentHead, FormRevision::Heisei29May), "所属長");
/// assert_eq!(printed_label(ItemId::CoverBody, FormRevision::Heisei26April), "評価実施機関名");
/// ```
#[must_use]
pub fn printed_label(item: ItemId, revision: FormRevision) -> &'static str {
    differences_in(revision)
        .filter(|d| d.item == item)
        .find_map(|d| match d.change {
            Change::Label(label) => Some(label),
            Change::Alias(_) => None,
        })
        .unwrap_or_else(|| item.label())
}

/// Whether `revision` prints `item` at all: false where a later revision added it
/// ([`ADDITIONS`]; an unlisted revision reads as its [nearest known](FormRevision::nearest_known)
/// one). Whether a form has the item is [`ItemId::in_form`]'s answer; [`printed_number`] asks
/// both.
///
/// ```
/// use mynumber_pia::form::{FormRevision, in_revision};
/// use mynumber_pia::report::ItemId;
///
/// // The 基礎項目評価書 has printed Ⅳ リスク対策 since the forms of 平成30年5月.
/// assert!(!in_revision(ItemId::BasicStorage, FormRevision::Heisei26April));
/// assert!(in_revision(ItemId::BasicStorage, FormRevision::Heisei30May));
/// assert!(in_revision(ItemId::CoverTitle, FormRevision::Heisei26April));
/// ```
#[must_use]
pub fn in_revision(item: ItemId, revision: FormRevision) -> bool {
    let revision = revision.nearest_known();
    !ADDITIONS
        .iter()
        .any(|a| a.item == item && revision.is_before(a.by))
}

/// The number `form` prints for `item` in `revision` (`Ⅰ7②`), `None` where the form or the
/// revision does not print the item. No renumbering of an item between revisions is known: an
/// item the revision prints is at today's number ([`ItemId::number`]).
///
/// ```
/// use mynumber_pia::AssessmentKind;
/// use mynumber_pia::form::{FormRevision, printed_number};
/// use mynumber_pia::report::ItemId;
///
/// let old = FormRevision::Heisei26April;
/// assert_eq!(printed_number(ItemId::AffairDepartmentHead, AssessmentKind::Full, old), Some("Ⅰ7②"));
/// assert_eq!(printed_number(ItemId::BasicTraining, AssessmentKind::Basic, old), None);
/// assert_eq!(printed_number(ItemId::BasicTraining, AssessmentKind::Basic, FormRevision::CURRENT), Some("Ⅳ10"));
/// ```
#[must_use]
pub fn printed_number(
    item: ItemId,
    form: AssessmentKind,
    revision: FormRevision,
) -> Option<&'static str> {
    item.number(form).filter(|_| in_revision(item, revision))
}

/// Every label any revision prints for `item`: the table's first, then those of the
/// [differences](DIFFERENCES). What the importer recognises the
/// item by.
///
/// ```
/// use mynumber_pia::form::labels;
/// use mynumber_pia::report::ItemId;
///
/// let all: Vec<_> = labels(ItemId::EntrustmentEntrustee).collect();
/// assert_eq!(all, ["委託先名", "委託先の名称"]);
/// let head: Vec<_> = labels(ItemId::AffairDepartmentHead).collect();
/// assert_eq!(head, ["所属長の役職名", "所属長"]);
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
        for d in DIFFERENCES.iter() {
            assert!(
                d.before != FormRevision::Heisei26April,
                "{d:?}: no revision before it"
            );
            assert!(FormRevision::KNOWN.contains(&d.before), "{d:?}");
            assert!(d.source.contains('年'), "{d:?}: a source with its date");
            let (Change::Label(label) | Change::Alias(label)) = d.change;
            assert_ne!(label, d.item.label(), "{d:?}: the same as today's");
        }
        for a in ADDITIONS {
            assert!(
                a.by != FormRevision::Heisei26April,
                "{a:?}: in the first forms"
            );
            assert!(FormRevision::KNOWN.contains(&a.by), "{a:?}");
            assert!(a.source.contains('年'), "{a:?}: a source with its date");
        }
    }

    #[test]
    fn an_item_has_one_row_per_table() {
        let differences: Vec<&Difference> = DIFFERENCES.iter().collect();
        for (i, a) in differences.iter().enumerate() {
            assert!(
                differences[i + 1..].iter().all(|b| b.item != a.item),
                "{a:?}"
            );
        }
        for (i, a) in ADDITIONS.iter().enumerate() {
            assert!(ADDITIONS[i + 1..].iter().all(|b| b.item != a.item), "{a:?}");
            // An item added later has no older label.
            assert!(DIFFERENCES.iter().all(|d| d.item != a.item), "{a:?}");
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
        assert_eq!(
            printed_label(ItemId::ProcedurePpcReview, FormRevision::Heisei26April),
            ItemId::ProcedurePpcReview.label()
        );
    }

    #[test]
    fn the_head_of_the_department_is_named_before_the_forms_of_heisei_30() {
        let head = |r| printed_label(ItemId::AffairDepartmentHead, r);
        for r in [
            FormRevision::Heisei26April,
            FormRevision::Heisei28January,
            FormRevision::Heisei29May,
        ] {
            assert_eq!(head(r), "所属長", "{r}");
        }
        assert_eq!(head(FormRevision::Heisei30May), "所属長の役職名");
        assert_eq!(head(FormRevision::CURRENT), "所属長の役職名");
        // In every form, at today's number.
        for (form, number) in [
            (AssessmentKind::Basic, "Ⅰ5②"),
            (AssessmentKind::Focused, "Ⅰ6②"),
            (AssessmentKind::Full, "Ⅰ7②"),
        ] {
            assert_eq!(
                printed_number(
                    ItemId::AffairDepartmentHead,
                    form,
                    FormRevision::Heisei26April
                ),
                Some(number)
            );
        }
    }

    #[test]
    fn the_basic_risks_are_printed_from_heisei_30() {
        let risks: Vec<ItemId> = ItemId::of_form(AssessmentKind::Basic)
            .filter(|id| {
                id.number(AssessmentKind::Basic)
                    .is_some_and(|n| n.starts_with('Ⅳ'))
            })
            .collect();
        assert_eq!(risks.len(), 16, "{risks:?}");
        for id in risks {
            for r in [
                FormRevision::Heisei26April,
                FormRevision::Heisei28January,
                FormRevision::Heisei29May,
            ] {
                assert!(!in_revision(id, r), "{id:?} in {r}");
                assert_eq!(printed_number(id, AssessmentKind::Basic, r), None);
            }
            assert!(in_revision(id, FormRevision::Heisei30May), "{id:?}");
            assert!(in_revision(id, FormRevision::CURRENT), "{id:?}");
            assert_eq!(labels(id).count(), 1, "{id:?}");
        }
        // The rest of the 基礎 form is printed by every revision.
        for id in ItemId::of_form(AssessmentKind::Basic) {
            if id
                .number(AssessmentKind::Basic)
                .is_some_and(|n| !n.starts_with('Ⅳ'))
            {
                assert!(in_revision(id, FormRevision::Heisei26April), "{id:?}");
            }
        }
    }

    #[test]
    fn an_unlisted_month_reads_as_the_revision_before_it() {
        let between =
            FormRevision::from_month(crate::wareki::YearMonth::from_gregorian(2017, 11).unwrap());
        assert_eq!(
            printed_label(ItemId::AffairDepartmentHead, between),
            "所属長"
        );
        assert!(!in_revision(ItemId::BasicAudit, between));
        let later =
            FormRevision::from_month(crate::wareki::YearMonth::from_gregorian(2021, 9).unwrap());
        assert_eq!(
            printed_label(ItemId::AffairDepartmentHead, later),
            "所属長の役職名"
        );
        assert!(in_revision(ItemId::BasicAudit, later));
    }

    #[test]
    fn the_differences_of_each_revision() {
        let count = |r| differences_in(r).count();
        // 平成26年4月: the approval label, its alias in Ⅵ4, 所属長, 委託先の名称.
        assert_eq!(count(FormRevision::Heisei26April), 4);
        assert_eq!(count(FormRevision::Heisei28January), 2);
        assert_eq!(count(FormRevision::Heisei29May), 2);
        assert_eq!(count(FormRevision::Heisei30May), 1);
        assert_eq!(count(FormRevision::CURRENT), 0);
        let absent = |r| {
            ItemId::ALL
                .iter()
                .filter(|&&id| !in_revision(id, r))
                .count()
        };
        assert_eq!(absent(FormRevision::Heisei29May), 16);
        assert_eq!(absent(FormRevision::Heisei30May), 0);
    }

    #[test]
    fn the_readers_agree_with_the_table() {
        for d in DIFFERENCES.iter() {
            let old = FormRevision::KNOWN
                .into_iter()
                .find(|r| r.is_before(d.before))
                .unwrap();
            match d.change {
                Change::Label(label) => {
                    assert_eq!(printed_label(d.item, old), label);
                    assert_eq!(printed_label(d.item, d.before), d.item.label());
                    assert!(labels(d.item).any(|l| l == label));
                }
                Change::Alias(label) => {
                    assert_eq!(printed_label(d.item, old), d.item.label());
                    assert!(labels(d.item).any(|l| l == label));
                }
            }
            // A renamed item is still printed.
            assert!(in_revision(d.item, old));
        }
        for a in ADDITIONS {
            let old = FormRevision::KNOWN
                .into_iter()
                .find(|r| r.is_before(a.by))
                .unwrap();
            assert!(!in_revision(a.item, old));
            assert!(in_revision(a.item, a.by));
        }
    }
}
