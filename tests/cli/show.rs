//! The `pia show` command contract, run against the built `pia` binary.

use std::process::Output;

use super::{stderr, stdout, temp_file};

use mynumber_pia::AssessmentKind;
use mynumber_pia::report::{Entrustment, ReEntrustee, Report, ReportBuilder, StaffCountBand};
use mynumber_pia::samples::Sample;

fn show(args: &[&str]) -> Output {
    super::run("show", args)
}

fn fixture(sample: Sample) -> String {
    format!(
        "{}/tests/fixtures/{}",
        env!("CARGO_MANIFEST_DIR"),
        sample.file_name()
    )
}

/// Saves `report` as `name` in the test's temp directory and runs `pia show` on it.
fn show_report(name: &str, report: &Report) -> Output {
    show_json(name, &report.to_json())
}

/// Writes `json` as `name` in the test's temp directory and runs `pia show` on it.
fn show_json(name: &str, json: &str) -> Output {
    let path = temp_file(name, json);
    let o = show(&[path.to_str().expect("UTF-8 temp path")]);
    std::fs::remove_file(path).ok();
    o
}

#[test]
fn shows_every_embedded_sample() {
    for &sample in Sample::ALL {
        let report = sample.load().unwrap();
        let o = show(&[&fixture(sample)]);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}: {}",
            sample.as_str(),
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
        .with_body("架空区長")
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
    let o = show_report("full.json", &report);
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
}

#[test]
fn basic_report_shows_threshold_items_and_computed_result() {
    let o = show_report("basic.json", &Report::example(AssessmentKind::Basic));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("取扱者数 500人未満（2025-04-01時点）"),
        "{out}"
    );
    assert!(
        out.contains("判定: 基礎項目評価の実施が義務付けられる\n"),
        "{out}"
    );
}

#[test]
fn a_result_that_contradicts_the_inputs_is_flagged() {
    let mut report = Report::example(AssessmentKind::Focused);
    report.affair.subject_count = Some(mynumber_pia::threshold::SubjectCountBand::AtLeast300k);
    let out = stdout(&show_report("contradiction.json", &report));
    assert!(out.contains("（記載と異なる）"), "{out}");
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
        &[
            "/nonexistent/report.json",
            "読み込めません（ファイルがありません）",
        ],
    );
}

#[test]
fn invalid_json_names_line_and_column() {
    assert_fails(
        &show_json("syntax.json", "{\n  \"schema_version\": 1,\n  oops\n}"),
        &["JSON の構文", "3行3列"],
    );
    assert_fails(
        &show_json("eof.json", "{\"schema_version\": 1,"),
        &["途中で終わって"],
    );
}

#[test]
fn schema_mismatch_names_the_path_and_what_was_expected() {
    let bad_label = r#"{"schema_version":1,"form":"全項目評価","files":[{},{"entrustments":[{"re_entrustment":"はい"}]}]}"#;
    assert_fails(
        &show_json("label.json", bad_label),
        &[
            "files[1].entrustments[0].re_entrustment",
            "再委託する / 再委託しない",
        ],
    );
    let unknown = r#"{"schema_version":1,"form":"重点項目評価","cover":{"titel":"x"}}"#;
    assert_fails(
        &show_json("unknown.json", unknown),
        &["cover.titel", "不明なフィールド", "title"],
    );
    let version = r#"{"schema_version":9,"form":"重点項目評価"}"#;
    assert_fails(
        &show_json("version.json", version),
        &["schema_version 9", "対応しているのは 1"],
    );
    // An item the form does not print: 様式3 has no 保管期間 (全項目 Ⅱ6②).
    let mut focused = Report::example(AssessmentKind::Focused);
    focused.files[0].storage.retention = Some(mynumber_pia::report::RetentionPeriod::FiveYears);
    assert_fails(
        &show_report("outside.json", &focused),
        &[
            "files[0].storage.retention",
            "「保管期間」は重点項目評価書（様式3）にない項目です",
            "全項目評価書（様式4） Ⅱ6②",
        ],
    );
}

#[test]
fn bad_arguments_are_usage_errors() {
    assert_fails(&show(&[]), &["<file.json>"]);
    assert_fails(&show(&["a.json", "b.json"]), &["余分な引数「b.json」"]);
    assert_fails(&show(&["--verbose"]), &["--verbose"]);
}
