//! Properties of `change::compare` on generated reports (needs the `proptest` feature):
//! a report compared with itself gives nothing; swapping old and new lists the same places;
//! inserting one entry into any list gives exactly one change.
#![cfg(feature = "proptest")]

use mynumber_pia::AssessmentKind;
use mynumber_pia::Choice;
use mynumber_pia::change::{ChangeKind, ChangeSet, compare};
use mynumber_pia::fixtures;
use mynumber_pia::report::{
    Destination, Entrustment, FileBlock, Medium, ReEntrustee, RecordItemCategory, Report,
    SourceKind, System,
};
use proptest::prelude::*;
use proptest::sample::Index;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn any_form() -> impl Strategy<Value = AssessmentKind> {
    prop_oneof![
        Just(AssessmentKind::Basic),
        Just(AssessmentKind::Focused),
        Just(AssessmentKind::Full)
    ]
}

/// Two reports of one form: a base and another whose values it takes over.
fn two_of_a_form() -> impl Strategy<Value = (Report, Report)> {
    any_form().prop_flat_map(|f| (fixtures::report_of(f), fixtures::report_of(f)))
}

/// `base` with the values of `other` put in place, list by list and entry by entry, without
/// touching what identifies an entry (names, 委託先 and 委託事項) or the lengths of the lists.
fn with_values_of(base: &Report, other: &Report) -> Report {
    let mut new = base.clone();
    new.cover = other.cover.clone();
    let name = new.affair.name.clone();
    new.affair = other.affair.clone();
    new.affair.name = name;
    new.part = other.part.clone();
    new.disclosure = other.disclosure.clone();
    new.procedures = other.procedures.clone();
    for (s, o) in new.systems.iter_mut().zip(&other.systems) {
        s.functions = o.functions.clone();
        s.connections = o.connections.clone();
    }
    for (f, o) in new.files.iter_mut().zip(&other.files) {
        f.kind = o.kind;
        f.data_subjects = o.data_subjects;
        f.subject_scope = o.subject_scope.clone();
        f.main_record_items = o.main_record_items.clone();
        f.acquisition = o.acquisition.clone();
        f.usage = o.usage.clone();
        f.entrustment_status = o.entrustment_status;
        f.provision_transfer = o.provision_transfer.clone();
        f.storage = o.storage.clone();
        f.record_item_list = o.record_item_list.clone();
        for (e, oe) in f.entrustments.iter_mut().zip(&o.entrustments) {
            e.content = oe.content.clone();
            e.handler_count = oe.handler_count;
            e.re_entrustment = oe.re_entrustment;
            e.re_entrustment_items = oe.re_entrustment_items.clone();
        }
        for (d, od) in f.provisions.iter_mut().zip(&o.provisions) {
            d.legal_basis = od.legal_basis.clone();
            d.purpose = od.purpose.clone();
            d.methods = od.methods.clone();
        }
        for (d, od) in f.transfers.iter_mut().zip(&o.transfers) {
            d.information = od.information.clone();
            d.data_subjects = od.data_subjects;
        }
    }
    new.without_items_outside_form()
}

/// The places of a change set with what happened there, sorted, with `swap` reading an addition
/// as a removal and the values the other way round.
fn places(set: &ChangeSet, swap: bool) -> Vec<(String, String, Option<String>, Option<String>)> {
    let mut out: Vec<_> = set
        .changes()
        .iter()
        .map(|c| {
            let kind = match (c.kind(), swap) {
                (ChangeKind::Added, true) => ChangeKind::Removed,
                (ChangeKind::Removed, true) => ChangeKind::Added,
                (k, _) => k,
            };
            let (before, after) = (c.before().map(str::to_owned), c.after().map(str::to_owned));
            let (before, after) = if swap {
                (after, before)
            } else {
                (before, after)
            };
            (
                c.place().to_owned(),
                kind.as_str().to_owned(),
                before,
                after,
            )
        })
        .collect();
    out.sort();
    out
}

/// One entry to insert, into the list its kind names.
#[derive(Debug, Clone)]
enum Entry {
    System(System),
    File(Box<FileBlock>),
    Entrustment(Entrustment),
    Provision(Destination),
    Transfer(Destination),
    Level(ReEntrustee),
    RecordItem(String),
    Category(RecordItemCategory),
    Source(SourceKind, Option<String>),
}

fn entry(full: bool) -> impl Strategy<Value = Entry> {
    prop_oneof![
        fixtures::system().prop_map(Entry::System),
        fixtures::file_block(full).prop_map(|f| Entry::File(Box::new(f))),
        fixtures::entrustment(full).prop_map(Entry::Entrustment),
        fixtures::destination(Medium::PROVISION).prop_map(Entry::Provision),
        fixtures::destination(Medium::TRANSFER).prop_map(Entry::Transfer),
        fixtures::re_entrustee().prop_map(Entry::Level),
        "[ぁ-ん一-龥]{1,12}".prop_map(Entry::RecordItem),
        fixtures::choice(RecordItemCategory::ALL).prop_map(Entry::Category),
        (
            fixtures::choice(SourceKind::ALL),
            proptest::option::of("[一-龥]{1,8}")
        )
            .prop_map(|(k, d)| Entry::Source(k, d)),
    ]
}

/// `report` with `entry` inserted at positions chosen by `at`; `None` when the report has no
/// such list (no file block, no 委託事項) or already has the box or 入手元.
fn inserted(report: &Report, entry: Entry, at: [Index; 3]) -> Option<Report> {
    let mut r = report.clone();
    let file = (!r.files.is_empty()).then(|| at[0].index(r.files.len()));
    match entry {
        Entry::System(s) => {
            let i = at[1].index(r.systems.len() + 1);
            r.systems.insert(i, s);
        }
        Entry::File(f) => {
            if report.form() == AssessmentKind::Basic {
                return None;
            }
            let i = at[1].index(r.files.len() + 1);
            r.files.insert(i, *f);
        }
        Entry::Entrustment(e) => {
            let list = &mut r.files.get_mut(file?)?.entrustments;
            list.insert(at[1].index(list.len() + 1), e);
        }
        Entry::Provision(d) => {
            let list = &mut r.files.get_mut(file?)?.provisions;
            list.insert(at[1].index(list.len() + 1), d);
        }
        Entry::Transfer(d) => {
            let list = &mut r.files.get_mut(file?)?.transfers;
            list.insert(at[1].index(list.len() + 1), d);
        }
        Entry::Level(level) => {
            let f = r.files.get_mut(file?)?;
            if f.entrustments.is_empty() {
                return None;
            }
            let k = at[1].index(f.entrustments.len());
            let chain = &mut f.entrustments.get_mut(k)?.re_entrustees;
            chain.insert(at[2].index(chain.len() + 1), level);
        }
        Entry::RecordItem(text) => {
            let list = &mut r.files.get_mut(file?)?.record_item_list;
            if !list.insert(at[1].index(list.len() + 1), &text) {
                return None;
            }
        }
        Entry::Category(c) => {
            let set = &mut r.files.get_mut(file?)?.main_record_items.checked;
            if !set.insert(c) {
                return None;
            }
        }
        Entry::Source(kind, detail) => {
            let sources = &mut r.files.get_mut(file?)?.acquisition.sources;
            if sources.insert(kind, detail).is_some() {
                return None;
            }
        }
    }
    Some(r)
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn a_report_compared_with_itself_gives_nothing(report in fixtures::report()) {
        let set = compare(&report, &report.clone()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(set.changes().is_empty(), "{:#?}", set.changes());
        prop_assert!(set.consequences().is_empty());
        prop_assert_eq!(set.summary(), "0 changes, 0 significant");
    }

    #[test]
    fn swapping_old_and_new_lists_the_same_places((base, other) in two_of_a_form()) {
        let new = with_values_of(&base, &other);
        let forward = compare(&base, &new).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let backward = compare(&new, &base).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(places(&forward, false), places(&backward, true));
    }

    #[test]
    fn any_two_versions_give_rows_that_validate_without_ch001((old, mut new) in two_of_a_form()) {
        new.affair.name = old.affair.name.clone();
        let set = compare(&old, &new).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let date = chrono::NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
        let rows = set.records(date);
        prop_assert_eq!(rows.len(), set.changes().len());
        let before = new.changes.len();
        new.changes.extend(rows);
        let findings = mynumber_pia::validate(&new, date);
        let ch001 = findings
            .with_code(mynumber_pia::validation::Code::SignificantChangeFiledAfter)
            .filter(|f| f.path().indices().next().is_some_and(|i| i >= before))
            .count();
        prop_assert_eq!(ch001, 0);
        let json = serde_json::to_string(&set).unwrap();
        prop_assert_eq!(serde_json::from_str::<ChangeSet>(&json).unwrap(), set);
    }

    #[test]
    fn inserting_one_entry_into_any_list_gives_one_change(
        report in any_form().prop_flat_map(fixtures::report_of),
        new_entry in entry(true),
        at in [any::<Index>(), any::<Index>(), any::<Index>()],
    ) {
        let Some(new) = inserted(&report, new_entry, at) else {
            return Ok(());
        };
        let set = compare(&report, &new).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(set.changes().len(), 1, "{:#?}", set.changes());
    }
}
