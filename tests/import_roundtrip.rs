//! The importer reads back what the crate renders: a report rendered with
//! `render::to_markdown` imports to a report whose rendering is the same, so every value the
//! form prints came back at its place.

use mynumber_pia::generate::{Scenario, Size, generate};
use mynumber_pia::import::import;
use mynumber_pia::report::Report;
use mynumber_pia::{AssessmentKind, render};

const FORMS: [AssessmentKind; 3] = [
    AssessmentKind::Basic,
    AssessmentKind::Focused,
    AssessmentKind::Full,
];
use proptest::prelude::*;

/// The report without what the forms do not print (the explicit 再委託 chain, the body that
/// made the 第三者点検, the kind of body, item IDs of 変更箇所 rows): the Markdown does not
/// carry them back, marked 様式外.
fn printed_only(mut r: Report) -> Report {
    for file in &mut r.files {
        for e in &mut file.entrustments {
            e.re_entrustees.clear();
        }
    }
    r.procedures.third_party_review.body = None;
    // 「―」 in an optional item is an empty cell (記載要領): it imports as `None`.
    for text in [
        &mut r.affair.description_appendix,
        &mut r.disclosure.request_note,
        &mut r.disclosure.register_place,
    ]
    .into_iter()
    .chain(r.files.iter_mut().map(|f| &mut f.usage.statistics))
    {
        if text.as_deref() == Some("―") {
            *text = None;
        }
    }
    r.cover.body_kind = None;
    // A dash in a 変更箇所 cell is an empty cell (記載要領): it imports as `None`.
    let dash = |t: &Option<String>| {
        t.as_deref()
            .is_some_and(|t| t.chars().all(|c| "－―-ー—−‐─ 　".contains(c)))
    };
    for c in &mut r.changes {
        c.item_id = None;
        c.note = None;
        if dash(&c.before) {
            c.before = None;
        }
        if dash(&c.after) {
            c.after = None;
        }
    }
    r
}

fn assert_round_trip(report: Report) {
    let report = printed_only(report);
    let text = render::to_markdown(&report);
    let draft = import(&text).expect("a rendered report imports");
    let back = render::to_markdown(&printed_only(draft.report.clone()));
    if back != text {
        let a: Vec<&str> = text.lines().collect();
        let b: Vec<&str> = back.lines().collect();
        let at = a
            .iter()
            .zip(&b)
            .position(|(x, y)| x != y)
            .unwrap_or(a.len().min(b.len()));
        let show = |v: &[&str]| {
            v.iter()
                .skip(at.saturating_sub(2))
                .take(6)
                .copied()
                .collect::<Vec<_>>()
                .join("\n")
        };
        panic!(
            "differs from line {}:\n--- rendered\n{}\n--- imported and rendered again\n{}",
            at + 1,
            show(&a),
            show(&b)
        );
    }
}

#[test]
fn the_examples_round_trip() {
    for form in FORMS {
        assert_round_trip(Report::example(form));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Small reports with counts set one by one (the generator's draw shrinks toward them).
    #[test]
    fn generated_reports_round_trip(
        seed in any::<u64>(),
        form in 0usize..3,
        systems in 1usize..5,
        files in 1usize..4,
        entrustments in 0usize..4,
        provisions in 0usize..5,
        transfers in 0usize..4,
        changes in 0usize..6,
    ) {
        let scenario = Scenario::default()
            .with_form(FORMS[form])
            .with_size(Size::Small)
            .with_systems(systems)
            .with_files(files)
            .with_entrustments(entrustments)
            .with_provisions(provisions)
            .with_transfers(transfers)
            .with_changes(changes);
        let report = generate(&scenario, seed);
        prop_assume!(report.is_ok());
        if let Ok(report) = report {
            assert_round_trip(report);
        }
    }
}

/// Every size of every form, a few seeds each (a huge report is about half a megabyte).
#[test]
fn reports_of_every_size_round_trip() {
    for &size in Size::ALL {
        let seeds = if size == Size::Huge { 1 } else { 3 };
        for form in FORMS {
            for seed in 0..seeds {
                let scenario = Scenario::default().with_form(form).with_size(size);
                assert_round_trip(generate(&scenario, seed).expect("a checked scenario"));
            }
        }
    }
}
