//! The `pia render` command contract, run against the built `pia` binary.

use std::process::Output;

use super::{stderr, stdout, temp_file};

use mynumber_pia::render::{to_html, to_markdown};
use mynumber_pia::samples::Sample;

fn render(args: &[&str]) -> Output {
    super::run("render", args)
}

fn fixture(sample: Sample) -> String {
    format!(
        "{}/tests/fixtures/{}",
        env!("CARGO_MANIFEST_DIR"),
        sample.file_name()
    )
}

#[test]
fn writes_html_by_default_and_markdown_on_request() {
    for &sample in Sample::ALL {
        let report = sample.load().unwrap();
        let path = fixture(sample);

        let o = render(&[&path]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(o.stderr.is_empty());
        let html = stdout(&o);
        assert!(html.starts_with("<!DOCTYPE html>\n"), "{}", sample.as_str());
        assert_eq!(html, to_html(&report));

        let o = render(&[&path, "--format", "html"]);
        assert_eq!(o.status.code(), Some(0));
        assert_eq!(stdout(&o), html);

        let o = render(&["--format", "md", &path]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let md = stdout(&o);
        assert!(
            md.starts_with("# 特定個人情報保護評価書（"),
            "{}: {md:.80}",
            sample.as_str()
        );
        assert_eq!(md, to_markdown(&report));
    }
}

#[test]
fn the_last_format_wins() {
    let path = fixture(Sample::KumagayaBasic);
    let o = render(&[&path, "--format", "html", "--format", "md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("# "));
}

#[test]
fn a_file_that_cannot_be_loaded_is_one_line_and_exit_2() {
    let path = temp_file(
        "render-bad.json",
        r#"{"schema_version": 1, "form": "様式9"}"#,
    );
    let path = path.to_str().expect("UTF-8 temp path");
    for args in [
        vec![path],
        vec![path, "--format", "md"],
        vec!["/nonexistent/report.json"],
    ] {
        let o = render(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("pia: "), "{err}");
        assert!(
            err.contains("render-bad.json") || err.contains("/nonexistent/report.json"),
            "the message names the file: {err}"
        );
    }
}

#[test]
fn a_bad_format_is_refused_before_reading() {
    let o = render(&["/nonexistent/report.json", "--format", "pdf"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "pia: --format「pdf」は html か md です\n",
        "the format is checked first"
    );
    assert!(o.stdout.is_empty());
}
