//! The `pia validate` command contract, run against the built `pia` binary.

use std::process::Output;

use super::{stderr, stdout, temp_file as file};

use mynumber_pia::AssessmentKind;
use mynumber_pia::report::Report;

fn run(args: &[&str]) -> Output {
    super::run("validate", args)
}

#[test]
fn clean_report_exits_0_with_the_summary_only() {
    let path = file(
        "clean.json",
        &Report::example(AssessmentKind::Full).to_json(),
    );
    let o = run(&[path.to_str().unwrap(), "--today", "2026-01-01"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "0 errors, 0 warnings, 0 infos\n");
    assert_eq!(stderr(&o), "");
}

#[test]
fn warnings_only_exit_0_and_print_one_line_each() {
    // Published 2025-06-30: on 2030-07-01 five years have passed (規則 第15条, a warning).
    let path = file(
        "old.json",
        &Report::example(AssessmentKind::Focused).to_json(),
    );
    let o = run(&["--today=2030-07-01", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].starts_with("warning TM001 cover.published_on 表紙 公表日: 公表日 令和7年6月30日"),
        "{out}"
    );
    assert_eq!(lines[1], "0 errors, 1 warnings, 0 infos");
}

#[test]
fn errors_exit_1() {
    let mut report = Report::example(AssessmentKind::Full);
    report.files[0].entrustments[0].re_entrustment_permission = None;
    report.affair.info_linkage_basis = None;
    let path = file("errors.json", &report.to_json());
    let o = run(&[path.to_str().unwrap(), "--today", "2026-01-01"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "error EN004 files[0].entrustments[0].re_entrustment_permission Ⅱ（保険資格ファイル）4 委託事項1 ⑧ 再委託の許諾方法: 「再委託する」としているが、再委託の許諾方法が記載されていない（委託元の許諾が必要）",
            "error PV004 affair.info_linkage_basis Ⅰ6② 情報提供ネットワークシステムによる情報連携\u{3000}法令上の根拠: 情報連携を「実施する」としているが、法令上の根拠が記載されていない",
            "2 errors, 0 warnings, 0 infos",
        ]
    );
}

#[test]
fn every_line_has_the_contract_shape() {
    let mut report = Report::example(AssessmentKind::Full);
    report.cover.body = None;
    report.procedures.public_comment = Default::default();
    let path = file("shape.json", &report.to_json());
    let o = run(&[path.to_str().unwrap(), "--today", "2031-01-01"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let (last, findings) = out
        .lines()
        .collect::<Vec<_>>()
        .split_last()
        .map(|(l, f)| (*l, f.to_vec()))
        .unwrap();
    assert!(!findings.is_empty());
    for line in &findings {
        let (head, message) = line.split_once(": ").expect("`: ` separates the message");
        // `<severity> <code> <path> <form item>`: the form item may hold spaces.
        let parts: Vec<&str> = head.splitn(4, ' ').collect();
        assert_eq!(parts.len(), 4, "{line}");
        assert!(["error", "warning", "info"].contains(&parts[0]), "{line}");
        assert!(
            parts[1].parse::<mynumber_pia::validation::Code>().is_ok(),
            "{line}"
        );
        assert!(!parts[2].is_empty() && !message.is_empty(), "{line}");
    }
    let count = |s: &str| findings.iter().filter(|l| l.starts_with(s)).count();
    assert_eq!(
        last,
        format!(
            "{} errors, {} warnings, {} infos",
            count("error "),
            count("warning "),
            count("info ")
        )
    );
}

#[test]
fn embedded_samples_print_what_the_library_finds() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    for &sample in mynumber_pia::samples::Sample::ALL {
        let path = file(&format!("{}.json", sample.as_str()), sample.json());
        let o = run(&[path.to_str().unwrap(), "--today", "2026-11-20"]);
        let expected = mynumber_pia::validate(&sample.load().unwrap(), today);
        // 松戸市's transcription has errors: the text it comes from lost cover cells.
        assert_eq!(
            o.status.code(),
            Some(i32::from(expected.has_errors())),
            "{}: {}",
            sample.as_str(),
            stdout(&o)
        );
        let lines: String = expected.iter().map(|f| format!("{}\n", f.line())).collect();
        assert_eq!(
            stdout(&o),
            format!("{lines}{}\n", expected.summary()),
            "{}",
            sample.as_str()
        );
        assert_eq!(stderr(&o), "");
    }
}

#[test]
fn without_today_the_clock_is_used() {
    let path = file(
        "clock.json",
        &Report::example(AssessmentKind::Basic).to_json(),
    );
    let o = run(&[path.to_str().unwrap()]);
    assert_eq!(stderr(&o), "");
    let out = stdout(&o);
    let summary = out.lines().last().unwrap();
    let errors: usize = summary.split(' ').next().unwrap().parse().unwrap();
    assert!(summary.ends_with(" infos"), "{out}");
    // Exit 1 exactly when there are errors, whatever today is.
    assert_eq!(
        o.status.code(),
        Some(if errors > 0 { 1 } else { 0 }),
        "{out}"
    );
}

fn assert_usage_error(o: &Output, needle: &str) {
    assert_eq!(o.status.code(), Some(2), "{}", stdout(o));
    assert_eq!(stdout(o), "", "nothing on stdout");
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "one line on stderr: {err}");
    assert!(err.contains(needle), "{err}");
}

#[test]
fn unloadable_files_exit_2() {
    assert_usage_error(&run(&["/nonexistent/report.json"]), "読み込めません");
    let invalid = file("invalid.json", "{ not json");
    assert_usage_error(&run(&[invalid.to_str().unwrap()]), "invalid.json");
    let mismatch = file(
        "mismatch.json",
        r#"{"schema_version": 1, "form": "全項目評価", "files": [{"data_subjects": "10万人"}]}"#,
    );
    assert_usage_error(
        &run(&[mismatch.to_str().unwrap()]),
        "files[0].data_subjects",
    );
}

#[test]
fn bad_arguments_exit_2() {
    assert_usage_error(&run(&[]), "<file.json>");
    let path = file(
        "args.json",
        &Report::example(AssessmentKind::Basic).to_json(),
    );
    let p = path.to_str().unwrap();
    assert_usage_error(&run(&[p, "--today", "2026/13/01"]), "--as-of");
    assert_usage_error(&run(&[p, "--today"]), "--as-of");
    assert_usage_error(&run(&[p, "--yaml"]), "--yaml");
    assert_usage_error(&run(&[p, "-", "-"]), "標準入力");
}

/// A draft of a text cut after chapter Ⅱ, and its trace: the findings on the chapters the text
/// did not have are marked as the import's, in the lines and in `--json`; the others are not.
#[test]
fn a_draft_is_judged_with_its_trace() {
    let report = Report::example(AssessmentKind::Full);
    let md = mynumber_pia::render::to_markdown(&report);
    let cut = md
        .find("\n# Ⅲ")
        .or_else(|| md.find("Ⅲ　"))
        .expect("chapter Ⅲ");
    let text = file("validate-cut.md", md.get(..cut).unwrap());
    let (draft, trace) = (
        super::temp_dir().join("validate-cut.json"),
        super::temp_dir().join("validate-cut.trace.json"),
    );
    let o = super::run(
        "import",
        &[
            text.to_str().unwrap(),
            "-o",
            draft.to_str().unwrap(),
            "--trace",
            trace.to_str().unwrap(),
        ],
    );
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    let (draft, trace) = (draft.to_str().unwrap(), trace.to_str().unwrap());
    let plain = run(&[draft, "--as-of", "2026-01-01"]);
    assert!(!stdout(&plain).contains("取込みで未読"));
    let marked = run(&[draft, "--as-of", "2026-01-01", "--trace", trace]);
    assert_eq!(marked.status.code(), plain.status.code());
    let out = stdout(&marked);
    let lines: Vec<&str> = out.lines().collect();
    // The same findings, some marked, then the count of the marked.
    assert_eq!(lines.len(), stdout(&plain).lines().count() + 1, "{out}");
    let count = lines
        .iter()
        .filter(|l| l.contains("［取込みで未読"))
        .count();
    assert!(count > 0, "{out}");
    assert_eq!(
        lines.last().unwrap(),
        &format!("取込みで未読の項目への指摘 {count} 件")
    );
    // The chapters the text did not have: their findings are all marked.
    for line in &lines {
        if line.starts_with("error") && line.contains(" full.risk_measures") {
            assert!(line.contains("［取込みで未読"), "{line}");
        }
    }
    let json = run(&[draft, "--as-of", "2026-01-01", "--trace", trace, "--json"]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    let errors: Vec<String> = super::contract::schema("cli-validate.schema.json")
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let findings = value["files"][0]["findings"].as_array().unwrap();
    let gaps = findings
        .iter()
        .filter(|f| f.get("import").is_some())
        .count();
    assert_eq!(gaps, count);
    // One draft only.
    let o = run(&[draft, draft, "--trace", trace]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--trace は下書き1つと使います"),
        "{}",
        stderr(&o)
    );
}
