//! The rendered form of the example report of each form (Markdown and HTML) and of the 全項目
//! sample (Markdown; its HTML is 470 KB), pinned byte for byte against committed files
//! (`tests/golden/render/`), so that any change of the output is seen and reviewed. After an intended change: `PIA_BLESS=1 cargo test --test render_golden`,
//! then read the diff of the golden files.

#[path = "common/golden.rs"]
mod golden;

use mynumber_pia::AssessmentKind;
use mynumber_pia::render::{to_html, to_markdown};
use mynumber_pia::report::Report;
use mynumber_pia::samples::Sample;

/// The reports pinned: the example of each form, and the 全項目 sample (every kind of list and
/// chain a real report has).
fn reports() -> Vec<(&'static str, Report)> {
    vec![
        ("example-basic", Report::example(AssessmentKind::Basic)),
        ("example-focused", Report::example(AssessmentKind::Focused)),
        ("example-full", Report::example(AssessmentKind::Full)),
        (
            "edogawa-full",
            Sample::EdogawaFull
                .load()
                .expect("the embedded sample loads"),
        ),
    ]
}

#[test]
fn markdown_is_the_golden_one() {
    let failures: Vec<String> = reports()
        .iter()
        .filter_map(|(name, r)| {
            golden::check(&format!("tests/golden/render/{name}.md"), &to_markdown(r)).err()
        })
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn html_is_the_golden_one() {
    let failures: Vec<String> = reports()
        .iter()
        .filter(|(name, _)| name.starts_with("example-"))
        .filter_map(|(name, r)| {
            golden::check(&format!("tests/golden/render/{name}.html"), &to_html(r)).err()
        })
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}
