//! The `pia diff` command contract, run against the built `pia` binary.

use std::process::Output;

use super::{stderr, stdout, temp_file as file};

use mynumber_pia::AssessmentKind;
use mynumber_pia::change::ChangeSet;
use mynumber_pia::report::{IncidentHistory, Report};
use mynumber_pia::threshold::{SeriousIncident, SubjectCountBand};

fn run(args: &[&str]) -> Output {
    super::run("diff", args)
}

/// Writes `old` and `new` to files named after `name` and runs `pia diff` on them.
fn diff(name: &str, old: &Report, new: &Report, more: &[&str]) -> Output {
    let (o, n) = (
        file(&format!("{name}-old.json"), &old.to_json()),
        file(&format!("{name}-new.json"), &new.to_json()),
    );
    let mut args = vec![o.to_str().unwrap(), n.to_str().unwrap()];
    args.extend_from_slice(more);
    run(&args)
}

/// The example 全項目 report and a new version of it: a ※ item changed, a date moved, a
/// 提供先 removed, the 3-year 重大事故 recorded.
fn versions() -> (Report, Report) {
    let old = Report::example(AssessmentKind::Full);
    let mut new = old.clone();
    new.files[0].storage.location = Some(
        "ガバメントクラウドの国内データセンターに保管し、バックアップは別のセンターに置く。".into(),
    );
    new.files[0].provisions.clear();
    new.procedures.basic_assessment.date = chrono::NaiveDate::from_ymd_opt(2025, 6, 3);
    if let Some(p) = new.full_mut() {
        p.risk_measures.storage.risk1.serious_incident.status = Some(IncidentHistory::Occurred);
    }
    (old, new)
}

#[test]
fn the_same_report_twice_gives_the_summary_only() {
    let r = Report::example(AssessmentKind::Focused);
    let o = diff("same", &r, &r, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "0 changes, 0 significant\n");
    assert_eq!(stderr(&o), "");
}

#[test]
fn lines_are_pinned_byte_for_byte() {
    let (old, new) = versions();
    let o = diff("pinned", &old, &new, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    assert_eq!(
        stdout(&o),
        "事後 重要な変更に当たらない Ⅱ（保険資格ファイル）５．特定個人情報の提供・移転（委託に伴うものを除く。）　提供先１: 市町村長 → （なし）\n\
         事前 重要な変更 Ⅱ（保険資格ファイル）６．特定個人情報の保管・消去　①保管場所: 施錠されたサーバー室。操作は認証された職員に限る。 → ガバメントクラウドの国内データセンターに保管し、バックアップは別のセンターに置…\n\
         事後 重要な変更に当たらない Ⅲ　７．特定個人情報の保管・消去　リスク１　⑨過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか: 発生なし → 発生あり\n\
         事後 重要な変更に当たらない Ⅵ　１．基礎項目評価　①実施日: 令和7年6月2日 → 令和7年6月3日\n\
         => 再実施: 全項目評価（意見の聴取、第三者点検）を変更の前に行う\n\
         4 changes, 1 significant\n"
    );
}

#[test]
fn a_rise_of_the_threshold_is_a_consequence() {
    let mut old = Report::example(AssessmentKind::Basic);
    if let Some(p) = old.basic_mut() {
        p.threshold_items.subject_count = Some(SubjectCountBand::From10kTo100k);
    }
    let mut new = old.clone();
    if let Some(p) = new.basic_mut() {
        p.threshold_items.serious_incident = Some(SeriousIncident::Occurred);
    }
    let o = diff("rise", &old, &new, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "事後 重要な変更に当たらない Ⅱ　３．重大事故　過去１年以内に、評価実施機関において特定個人情報に関する重大事故が発生したか: 発生なし → 発生あり\n\
         => 再実施: 重点項目評価（意見の聴取、第三者点検は任意）を行う（しきい値判断結果の上昇）\n\
         => しきい値判断: 基礎項目評価 → 基礎項目評価及び重点項目評価\n\
         1 changes, 0 significant\n"
    );
}

#[test]
fn values_are_one_line_cut_at_40_and_empty_is_nashi() {
    let old = Report::example(AssessmentKind::Full);
    let mut new = old.clone();
    new.affair.description = Some(format!("一行目\n二行目\t{}", "長".repeat(60)));
    new.files[0].storage.erasure = None;
    let o = diff("values", &old, &new, &[]);
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    let after = lines[0].rsplit_once(" → ").unwrap().1;
    assert_eq!(after.chars().count(), 40, "{after}");
    assert!(
        after.starts_with("一行目 二行目 長長") && after.ends_with('…'),
        "{after}"
    );
    assert!(
        lines[1].ends_with("③消去方法: 保管期間を過ぎたデータを年度ごとに消去する。 → （なし）"),
        "{}",
        lines[1]
    );
}

#[test]
fn json_is_the_change_set_with_its_rows() {
    let (old, new) = versions();
    let o = diff("json", &old, &new, &["--json", "--date", "2025-07-01"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let mut value: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let records = value
        .as_object_mut()
        .unwrap()
        .remove("records")
        .expect("records");
    let records = records.as_array().unwrap();
    assert_eq!(records.len(), 4);
    assert_eq!(records[0]["date"], "2025-07-01");
    assert_eq!(records[0]["after"], "削除");
    assert_eq!(records[1]["timing"], "事前");
    assert_eq!(records[1]["explanation"], "重要な変更である");
    let set: ChangeSet = serde_json::from_value(value).unwrap();
    assert_eq!(set.summary(), "4 changes, 1 significant");
    // Without --date the rows take the new version's 公表日.
    let o = diff("json-default", &old, &new, &["--json"]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(value["records"][0]["date"], "2025-06-30");
}

#[test]
fn other_forms_or_affairs_exit_2_saying_which() {
    let full = Report::example(AssessmentKind::Full);
    let o = diff(
        "forms",
        &full,
        &Report::example(AssessmentKind::Focused),
        &[],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("pia: ")
            && err.contains("同じ評価書の版ではありません（様式が異なる: 変更前は全項目評価書、変更後は重点項目評価書）"),
        "{err}"
    );
    let mut other = full.clone();
    other.affair.name = "介護保険に関する事務".into();
    let o = diff("affairs", &full, &other, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert!(
        stderr(&o).contains(
            "事務が異なる: 変更前は「国民健康保険に関する事務」、変更後は「介護保険に関する事務」"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn bad_files_and_arguments_exit_2_with_one_line() {
    let good = file(
        "good.json",
        &Report::example(AssessmentKind::Full).to_json(),
    );
    let good = good.to_str().unwrap();
    let broken = file(
        "broken.json",
        "{\"schema_version\": 1, \"form\": \"全項目評価\", \"files\": [{\"data_subjects\": \"10万人\"}]}",
    );
    for (args, needle) in [
        (
            vec![good, "/nonexistent/old.json"],
            "/nonexistent/old.json: 読み込めません",
        ),
        (
            vec![broken.to_str().unwrap(), good],
            "files[0].data_subjects",
        ),
        (vec![good], "引数 <new.json> がありません"),
        (vec![], "引数 <old.json> <new.json> がありません"),
        (
            vec![good, good, "--date", "2025-02-30"],
            "--as-of「2025-02-30」は日付ではありません",
        ),
        (vec![good, good, "--date"], "--as-of の日付がありません"),
        (vec![good, good, "--yaml"], "不明なオプション「--yaml」"),
        (vec![good, good, "extra.json"], "余分な引数「extra.json」"),
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stdout(&o));
        assert!(o.stdout.is_empty(), "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.starts_with("pia: ") && err.contains(needle),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn the_embedded_samples_compare_with_themselves() {
    for &sample in mynumber_pia::samples::Sample::ALL {
        let path = file(&format!("diff-{}.json", sample.as_str()), sample.json());
        let p = path.to_str().unwrap();
        let o = run(&[p, p]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert_eq!(stdout(&o), "0 changes, 0 significant\n");
    }
}

#[test]
fn rows_of_the_change_table_added_are_said_and_differ() {
    let old = Report::example(AssessmentKind::Full);
    let mut new = old.clone();
    new.changes.push(mynumber_pia::report::ChangeRecord::new(
        "Ⅰ　基本情報　１．②事務の内容",
    ));
    let o = diff("rows", &old, &new, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let rows = old.changes.len();
    assert_eq!(
        stdout(&o),
        format!(
            "変更箇所: 追加 1 行、削除 0 行（変更前 {rows} 行 → 変更後 {} 行）\n\
             0 changes, 0 significant\n",
            rows + 1
        )
    );
}

#[test]
fn a_long_value_shows_where_it_changed() {
    let old = Report::example(AssessmentKind::Full);
    let mut new = old.clone();
    let head = "同じ前置き。".repeat(10);
    let mut old = old;
    old.affair.description = Some(format!("{head}旧い説明。"));
    new.affair.description = Some(format!("{head}新しい説明。"));
    let out = stdout(&diff("long", &old, &new, &[]));
    let line = out.lines().next().unwrap();
    assert!(line.contains("旧い説明。 → …"), "{line}");
    assert!(line.ends_with("新しい説明。"), "{line}");
}
