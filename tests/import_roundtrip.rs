//! The importer reads back what the crate renders: a report rendered with
//! `render::to_markdown` imports to a report whose rendering is the same, so every value the
//! form prints came back at its place.

#[path = "common/printed.rs"]
mod printed;

use mynumber_pia::generate::{Scenario, Size, generate};
use mynumber_pia::import::import;
use mynumber_pia::report::Report;
use mynumber_pia::{AssessmentKind, render};
use printed::printed_only;
use proptest::prelude::*;

const FORMS: [AssessmentKind; 3] = [
    AssessmentKind::Basic,
    AssessmentKind::Focused,
    AssessmentKind::Full,
];

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

/// Every 様式 revision, every form: the older revisions' labels print and read back.
#[test]
fn reports_of_every_revision_round_trip() {
    for revision in mynumber_pia::form::FormRevision::KNOWN {
        for form in FORMS {
            let scenario = Scenario::default()
                .with_form(form)
                .with_size(Size::Small)
                .with_revision(revision);
            for seed in 0..2 {
                let report = generate(&scenario, seed).expect("a checked scenario");
                assert_eq!(report.cover.form_version, Some(revision));
                assert_round_trip(report);
            }
        }
    }
}
