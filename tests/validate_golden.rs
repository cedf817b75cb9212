//! The findings of `validate`, pinned byte for byte (code, severity, item, path, location,
//! message, source, in order) against a committed file (`tests/golden/validate/findings.txt`):
//! for every embedded sample, the example report of each form, and a generated report of each
//! form with each defect of [`mynumber_pia::generate::with_defect`] that its form allows. Any
//! change of a finding is seen and reviewed; a change of how validation runs (a table built
//! once, a message formatted later) must leave the file as it is.
//!
//! After an intended change: `PIA_BLESS=1 cargo test --all-features --test validate_golden`,
//! then read the diff of the golden file.

#[path = "common/golden.rs"]
mod golden;

use chrono::NaiveDate;
use mynumber_pia::AssessmentKind;
use mynumber_pia::generate::{Scenario, generate, with_defect};
use mynumber_pia::report::Report;
use mynumber_pia::samples::Sample;
use mynumber_pia::validation::{Code, validate};

/// The reference date of the samples (as in `tests/validate_seeds.rs`): after every seed's
/// 公表日, before any 5-year date.
fn sample_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).expect("a date")
}

/// Every pinned case: its name and its findings as pretty JSON.
fn cases() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut pin = |name: String, report: &Report, day: NaiveDate| {
        let findings = validate(report, day);
        let json = serde_json::to_string_pretty(&findings).expect("findings serialise");
        out.push((name, json));
    };
    for &sample in Sample::ALL {
        let report = sample.load().expect("the embedded sample loads");
        pin(format!("sample {}", sample.as_str()), &report, sample_day());
    }
    let forms = [
        AssessmentKind::Basic,
        AssessmentKind::Focused,
        AssessmentKind::Full,
    ];
    for form in forms {
        pin(
            format!("example {form:?}"),
            &Report::example(form),
            sample_day(),
        );
    }
    for form in forms {
        let scenario = Scenario::default().with_form(form);
        let report = generate(&scenario, 7).expect("the scenario generates");
        pin(format!("generated {form:?}"), &report, scenario.as_of);
        for &code in Code::ALL {
            if let Ok(defective) = with_defect(&report, code, scenario.as_of) {
                pin(
                    format!("generated {form:?} with {code}"),
                    &defective.report,
                    scenario.as_of,
                );
            }
        }
    }
    out
}

#[test]
fn findings_are_the_golden_ones() {
    let cases = cases();
    assert!(cases.len() > 60, "{} cases", cases.len());
    let mut text = String::new();
    for (name, json) in &cases {
        text.push_str("== ");
        text.push_str(name);
        text.push('\n');
        text.push_str(json);
        text.push('\n');
    }
    golden::check("tests/golden/validate/findings.txt", &text).unwrap_or_else(|e| panic!("{e}"));
}
