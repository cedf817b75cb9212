//! The rendered form of the example report of each form (Markdown and HTML) and of the 全項目
//! sample (Markdown; its HTML is 470 KB), pinned byte for byte against committed files
//! (`tests/golden/render/`), so that any change of the output is seen and reviewed. After an intended change: `PIA_BLESS=1 cargo test --test render_golden`,
//! then read the diff of the golden files.

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

/// Compares `text` with the golden file `name`, or writes it with `PIA_BLESS`.
#[allow(clippy::disallowed_methods)] // a test reads its golden files (clippy.toml)
fn check(name: &str, text: &str) -> Result<(), String> {
    let path = format!("{}/tests/golden/render/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("PIA_BLESS").is_some() {
        std::fs::write(&path, text).map_err(|e| format!("{path}: {e}"))?;
    }
    let golden = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    if golden == text {
        return Ok(());
    }
    let line = golden
        .lines()
        .zip(text.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| golden.lines().count().min(text.lines().count()));
    Err(format!(
        "{name} differs from its golden file from line {}: {:?} → {:?} (PIA_BLESS=1 cargo test --test render_golden rewrites it)",
        line + 1,
        golden.lines().nth(line),
        text.lines().nth(line),
    ))
}

#[test]
fn markdown_is_the_golden_one() {
    let failures: Vec<String> = reports()
        .iter()
        .filter_map(|(name, r)| check(&format!("{name}.md"), &to_markdown(r)).err())
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn html_is_the_golden_one() {
    let failures: Vec<String> = reports()
        .iter()
        .filter(|(name, _)| name.starts_with("example-"))
        .filter_map(|(name, r)| check(&format!("{name}.html"), &to_html(r)).err())
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}
