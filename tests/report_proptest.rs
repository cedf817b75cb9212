//! Round-trips of generated 評価書 through JSON (needs the `proptest` feature).
#![cfg(feature = "proptest")]

use mynumber_pia::AssessmentKind;
use mynumber_pia::fixtures;
use mynumber_pia::report::Report;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn json_round_trip_of_any_report(report in fixtures::report()) {
        let json = report.to_json();
        let back = Report::from_json(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back, &report);
        // Saving again gives the same text: the format is canonical.
        prop_assert_eq!(back.to_json(), json);
    }

    #[test]
    fn full_reports_keep_their_form_and_counts(report in fixtures::report_of(AssessmentKind::Full)) {
        let back = Report::from_json(&report.to_json()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(back.form(), AssessmentKind::Full);
        for (a, b) in back.files.iter().zip(&report.files) {
            prop_assert_eq!(a.entrustment_count, b.entrustment_count);
            prop_assert_eq!(a.provisions.len(), b.provisions.len());
            prop_assert_eq!(&a.provision_transfer, &b.provision_transfer);
        }
    }

    #[test]
    fn loading_arbitrary_text_never_panics(text in ".{0,200}") {
        // Short text is never a whole report: an error of one line that says where.
        let e = Report::from_json(&text).expect_err("200 characters are no 評価書");
        prop_assert!(!e.to_string().contains('\n'), "{:?}", e.to_string());
    }

    #[test]
    fn loading_a_damaged_report_never_panics(report in fixtures::report_of(AssessmentKind::Focused), cut in 0usize..4000) {
        let json = report.to_json();
        let end = json.char_indices().map(|(i, _)| i).take_while(|&i| i <= cut).last().unwrap_or(0);
        let damaged = json.get(..end).unwrap_or("");
        prop_assert!(Report::from_json(damaged).is_err() || damaged == json);
    }
}

#[test]
fn generated_reports_look_real() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut with_chain = 0;
    for _ in 0..32 {
        let r = fixtures::report_of(AssessmentKind::Full)
            .new_tree(&mut runner)
            .unwrap()
            .current();
        assert!(!r.files.is_empty());
        assert!(
            r.cover
                .body
                .as_deref()
                .is_some_and(|b| b.ends_with('長') || b.ends_with("知事"))
        );
        with_chain += r
            .entrustments()
            .filter(|(_, _, e)| !e.re_entrustees.is_empty())
            .count();
    }
    assert!(with_chain > 0, "some entrustments carry a chain");
}
