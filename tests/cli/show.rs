//! The `pia show` command contract, run against the built example binary.

use std::process::{Command, Output};

use super::{pia, stderr, stdout, temp_file};

use mynumber_pia::report::{Entrustment, ReEntrustee, Report, ReportBuilder, StaffCountBand};
use mynumber_pia::samples::Sample;
use mynumber_pia::threshold::AssessmentKind;

fn show(args: &[&str]) -> Output {
    Command::new(pia())
        .arg("show")
        .args(args)
        .output()
        .expect("pia runs")
}

fn fixture(sample: Sample) -> String {
    let file = match sample {
        Sample::EdogawaFull => "seed-000-edogawa-full.json",
        Sample::KawaguchiFocused => "seed-002-kawaguchi-focused.json",
        Sample::KumagayaBasic => "seed-003-kumagaya-basic.json",
    };
    format!("{}/tests/fixtures/{file}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn shows_every_embedded_sample() {
    for sample in Sample::ALL {
        let report = sample.load().unwrap();
        let o = show(&[&fixture(sample)]);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}: {}",
            sample.name(),
            stderr(&o)
        );
        assert!(o.stderr.is_empty());
        let out = stdout(&o);
        assert!(
            out.contains(&format!("事務: {}", report.affair.name)),
            "{out}"
        );
        if let Some(result) = report.stated_threshold_result() {
            assert!(
                out.contains(&format!("しきい値判断結果（記載）: {result}")),
                "{out}"
            );
        }
        assert!(
            out.contains(&format!("■ システム（{}）", report.systems.len())),
            "{out}"
        );
        if report.form() != AssessmentKind::Basic {
            assert!(
                out.contains(&format!("（{} ブロック）", report.files.len())),
                "{out}"
            );
        }
        assert!(out.contains("■ 主な日付"));
    }
}

#[test]
fn summary_has_threshold_explanation_chain_tree_and_counts() {
    let mut report = ReportBuilder::new(AssessmentKind::Full, "国民健康保険に関する事務")
        .body("架空区長")
        .build();
    report.files[0].entrustments.push(
        Entrustment::new(
            "資格履歴管理",
            "架空県国民健康保険団体連合会",
            StaffCountBand::From10To50,
        )
        .with_re_entrustment("書面で許諾", "中間サーバーの運用")
        .with_re_entrustee(ReEntrustee::new("国民健康保険中央会"))
        .with_re_entrustee(ReEntrustee::unnamed("運用・保守業務")),
    );
    report.files[0].provision_transfer.provision_count = Some(28);
    let path = temp_file("full.json", &report.to_json());
    let o = show(&[path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("評価実施機関: 架空区長（地方公共団体等）"),
        "{out}"
    );
    assert!(out.contains("対象人数: 30万人以上"));
    assert!(out.contains("説明: 対象人数が30万人以上であるため、基礎項目評価及び全項目評価の実施が義務付けられる（規則第5条及び第7条、指針第5の2）。"), "{out}");
    assert!(
        out.contains("├─ システムの運用・保守 → 株式会社サンプル情報サービス［10人未満］"),
        "{out}"
    );
    assert!(
        out.contains("└─ 資格履歴管理 → 架空県国民健康保険団体連合会［10人以上50人未満］"),
        "{out}"
    );
    assert!(
        out.contains("└─ 再委託: 国民健康保険中央会（許諾あり）"),
        "{out}"
    );
    assert!(
        out.contains("└─ 再々委託: （名称の記載なし）　運用・保守業務（許諾あり）"),
        "{out}"
    );
    // Declared 28, listed 1; the 委託 count is as declared (1) beside the 2 listed.
    assert!(out.contains("提供: 記載 28件 / 掲載 1件"), "{out}");
    assert!(out.contains("委託: 委託する　記載 1件 / 掲載 2件"), "{out}");
    assert!(
        out.contains(
            "意見の聴取: 令和7年4月1日（2025-04-01）〜令和7年4月30日（2025-04-30）（30日間）"
        ),
        "{out}"
    );
    assert!(
        out.contains("公表日: 令和7年6月30日（2025-06-30）"),
        "{out}"
    );
    std::fs::remove_file(path).ok();
}

#[test]
fn basic_report_shows_threshold_items_and_computed_result() {
    let report = Report::example(AssessmentKind::Basic);
    let path = temp_file("basic.json", &report.to_json());
    let o = show(&[path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.contains("取扱者数 500人未満（2025-04-01時点）"),
        "{out}"
    );
    assert!(
        out.contains("判定: 基礎項目評価の実施が義務付けられる\n"),
        "{out}"
    );
    std::fs::remove_file(path).ok();
}

#[test]
fn a_result_that_contradicts_the_inputs_is_flagged() {
    let mut report = Report::example(AssessmentKind::Focused);
    report.affair.subject_count = Some(mynumber_pia::threshold::SubjectCountBand::AtLeast300k);
    let path = temp_file("contradiction.json", &report.to_json());
    let out = stdout(&show(&[path.to_str().unwrap()]));
    assert!(out.contains("（記載と異なる）"), "{out}");
    std::fs::remove_file(path).ok();
}

fn assert_fails(o: &Output, expected: &[&str]) {
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty(), "nothing on stdout");
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("pia: "), "{err}");
    for e in expected {
        assert!(err.contains(e), "{err} should mention {e}");
    }
}

#[test]
fn missing_file_is_one_line_and_exit_2() {
    assert_fails(
        &show(&["/nonexistent/report.json"]),
        &["/nonexistent/report.json", "読めません"],
    );
}

#[test]
fn invalid_json_names_line_and_column() {
    let path = temp_file("syntax.json", "{\n  \"schema_version\": 1,\n  oops\n}");
    assert_fails(&show(&[path.to_str().unwrap()]), &["JSON の構文", "3行"]);
    let path2 = temp_file("eof.json", "{\"schema_version\": 1,");
    assert_fails(&show(&[path2.to_str().unwrap()]), &["途中で終わって"]);
    std::fs::remove_file(path).ok();
    std::fs::remove_file(path2).ok();
}

#[test]
fn schema_mismatch_names_the_path_and_what_was_expected() {
    let bad_label = r#"{"schema_version":1,"form":"全項目評価","files":[{},{"entrustments":[{"re_entrustment":"はい"}]}]}"#;
    let path = temp_file("label.json", bad_label);
    assert_fails(
        &show(&[path.to_str().unwrap()]),
        &[
            "files[1].entrustments[0].re_entrustment",
            "再委託する / 再委託しない",
        ],
    );
    let unknown = r#"{"schema_version":1,"form":"重点項目評価","cover":{"titel":"x"}}"#;
    let path2 = temp_file("unknown.json", unknown);
    assert_fails(&show(&[path2.to_str().unwrap()]), &["cover.titel", "title"]);
    let version = r#"{"schema_version":9,"form":"重点項目評価"}"#;
    let path3 = temp_file("version.json", version);
    assert_fails(&show(&[path3.to_str().unwrap()]), &["schema_version 9"]);
    for p in [path, path2, path3] {
        std::fs::remove_file(p).ok();
    }
}

#[test]
fn bad_arguments_are_usage_errors() {
    assert_fails(&show(&[]), &["<file.json>"]);
    assert_fails(&show(&["a.json", "b.json"]), &["余分な引数「b.json」"]);
    assert_fails(&show(&["--verbose"]), &["--verbose"]);
}
