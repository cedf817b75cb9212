//! The `pia schedule` command contract, run against the built `pia` binary: the lines byte for
//! byte, the warnings and the summary, `--json`, `--ics`, `--incident`, and the exit codes.

use std::path::PathBuf;
use std::process::Output;

use super::{stderr, stdout, temp_file as file};

use mynumber_pia::AssessmentKind;
use mynumber_pia::report::{Report, ReportBuilder};
use mynumber_pia::threshold::SubjectCountBand;

fn run(args: &[&str]) -> Output {
    super::run("schedule", args)
}

/// The embedded samples' files.
fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .to_str()
        .unwrap()
        .to_owned()
}

const EDOGAWA: &str = "seed-000-edogawa-full.json";
const KAWAGUCHI: &str = "seed-002-kawaguchi-focused.json";
const KUMAGAYA: &str = "seed-003-kumagaya-basic.json";

#[test]
fn the_three_samples_on_2026_11_20() {
    let (a, b, c) = (fixture(EDOGAWA), fixture(KAWAGUCHI), fixture(KUMAGAYA));
    let o = run(&[&a, &b, &c, "--today", "2026-11-20"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "overdue obligations: {}",
        stderr(&o)
    );
    assert_eq!(stderr(&o), "");
    assert_eq!(
        stdout(&o),
        "\
2025-12-06 overdue 見直し 3 国民健康保険に関する事務　全項目評価書: 公表日 令和6年12月6日（2024-12-06） から1年以内に評価書を見直すよう努める（規則 第14条）
2026-04-01 overdue 計数時点 8 国民健康保険に関する事務　基礎項目評価書: Ⅱ1 対象人数・Ⅱ2 取扱者数の計数時点 令和7年4月1日（2025-04-01） から1年を経過する前に数え直し、評価書を更新するよう努める（指針 第5の2）
2026-05-30 overdue 見直し 8 国民健康保険に関する事務　基礎項目評価書: 公表日 令和7年5月30日（2025-05-30） から1年以内に評価書を見直すよう努める（規則 第14条）
2026-12-26 due-soon 見直し 14 川口市 後期高齢者医療に関する事務 重点項目評価書: 公表日 令和7年12月26日（2025-12-26） から1年以内に評価書を見直すよう努める（規則 第14条）
2029-12-06 later 再実施 3 国民健康保険に関する事務　全項目評価書: 公表日 令和6年12月6日（2024-12-06） から5年を経過する前に再実施するよう努める（規則 第15条）
2030-05-30 later 再実施 8 国民健康保険に関する事務　基礎項目評価書: 公表日 令和7年5月30日（2025-05-30） から5年を経過する前に再実施するよう努める（規則 第15条）
2030-12-26 later 再実施 14 川口市 後期高齢者医療に関する事務 重点項目評価書: 公表日 令和7年12月26日（2025-12-26） から5年を経過する前に再実施するよう努める（規則 第15条）
warning 評価実施機関が1つではない（東京都江戸川区長、埼玉県川口市長、熊谷市長）: 計画管理書は評価実施機関ごとに作る（指針 第5の1）
warning 「国民健康保険に関する事務」（東京都江戸川区長）の全項目評価書に、一緒に提出する基礎項目評価書がない（指針 第5の2）
warning 「後期高齢者医療に関する事務」（埼玉県川口市長）の重点項目評価書に、一緒に提出する基礎項目評価書がない（指針 第5の2）
warning 「国民健康保険に関する事務」（熊谷市長）の基礎項目評価書は提出する評価書に重点項目評価書を含める（Ⅳ1）が、重点項目評価書がない（様式）
7 obligations, 3 overdue
"
    );
}

#[test]
fn nothing_overdue_exits_0() {
    let path = fixture(EDOGAWA);
    let o = run(&[&path, "--today=2025-12-06"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    // The last day of the yearly review: due soon, not overdue.
    assert!(
        lines[0].starts_with("2025-12-06 due-soon 見直し 3 "),
        "{out}"
    );
    assert!(lines[1].starts_with("2029-12-06 later 再実施 3 "), "{out}");
    assert!(lines[2].starts_with("warning "), "{out}");
    assert_eq!(lines[3], "2 obligations, 0 overdue");
    // The day after, it is overdue: exit 1.
    let o = run(&[&path, "--today", "2025-12-07"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).starts_with("2025-12-06 overdue 見直し 3 "));
    assert!(stdout(&o).ends_with("2 obligations, 1 overdue\n"));
}

#[test]
fn a_body_wide_incident_adds_its_obligations() {
    let basic = ReportBuilder::new(AssessmentKind::Basic, "介護保険に関する事務")
        .with_subject_count(SubjectCountBand::From10kTo100k)
        .build();
    let path = file("incident-basic.json", &basic.to_json());
    let path = path.to_str().unwrap();
    let o = run(&[path, "--today", "2025-10-01", "--incident", "2025-09-30"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "2026-04-01 due-soon 計数時点 1 介護保険に関する事務　基礎項目評価書: Ⅱ1 対象人数・Ⅱ2 取扱者数の計数時点 令和7年4月1日（2025-04-01） から1年を経過する前に数え直し、評価書を更新するよう努める（指針 第5の2）",
            "2026-06-30 later 見直し 1 介護保険に関する事務　基礎項目評価書: 公表日 令和7年6月30日（2025-06-30） から1年以内に評価書を見直すよう努める（規則 第14条）",
            "2026-09-30 later 重大事故 1 介護保険に関する事務　基礎項目評価書: 重大事故の発生日 令和7年9月30日（2025-09-30） により、令和8年9月30日（2026-09-30） までのしきい値判断は「基礎項目評価の実施が義務付けられる」から「基礎項目評価及び重点項目評価の実施が義務付けられる」に上がる: 重点項目評価書が必要（指針 第5の2）",
            "2030-06-30 later 再実施 1 介護保険に関する事務　基礎項目評価書: 公表日 令和7年6月30日（2025-06-30） から5年を経過する前に再実施するよう努める（規則 第15条）",
            "4 obligations, 0 overdue",
        ]
    );
    // Once the incident is more than a year old, the 事務 is no longer affected.
    let o = run(&[path, "--today", "2026-10-01", "--incident", "2025-09-30"]);
    assert!(!stdout(&o).contains("重大事故"), "{}", stdout(&o));
}

#[test]
fn json_prints_the_same() {
    let path = fixture(KUMAGAYA);
    let o = run(&[&path, "--today", "2026-11-20", "--json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["as_of"], "2026-11-20");
    assert_eq!(v["summary"]["obligations"], 3);
    assert_eq!(v["summary"]["overdue"], 2);
    let first = &v["obligations"][0];
    assert_eq!(first["kind"], "count-date");
    assert_eq!(first["due"], "2026-04-01");
    assert_eq!(first["status"], "overdue");
    assert_eq!(first["duty"], "effort");
    assert_eq!(first["source"], "指針 第5の2");
    assert_eq!(first["report"]["number"], "8");
    assert_eq!(first["from"]["basis"], "count-date");
    assert_eq!(v["register"][0]["affair"], "国民健康保険に関する事務");
    assert_eq!(v["register"][0]["next_due"], "2026-04-01");
    assert_eq!(v["warnings"][0]["problem"], "missing-detailed");
    assert_eq!(v["warnings"][0]["source"], "様式");
    assert!(
        v["warnings"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("「国民健康保険に関する事務」（熊谷市長）")
    );
    // The obligations read back as the library's type.
    let back: Vec<mynumber_pia::schedule::Obligation> =
        serde_json::from_value(v["obligations"].clone()).unwrap();
    assert_eq!(back.len(), 3);
}

#[test]
fn ics_prints_an_icalendar() {
    let path = fixture(EDOGAWA);
    let o = run(&[&path, "--today", "2025-07-01", "--ics"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
        "{out}"
    );
    assert!(out.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(out.matches("BEGIN:VEVENT\r\n").count(), 2);
    assert!(out.contains("\r\nDTSTART;VALUE=DATE:20291206\r\n"));
    assert!(out.contains("\r\nDTSTAMP:20250701T000000Z\r\n"));
    assert!(out.split_terminator("\r\n").all(|l| l.len() <= 75));
    // The same inputs give the same bytes.
    assert_eq!(
        stdout(&run(&[&path, "--today", "2025-07-01", "--ics"])),
        out
    );
}

#[test]
fn without_today_the_date_is_today_in_japan() {
    let report = Report::example(AssessmentKind::Full);
    let path = file("schedule-today.json", &report.to_json());
    let o = run(&[path.to_str().unwrap()]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    assert!(stdout(&o).contains(" 再実施 1 "), "{}", stdout(&o));
    assert!(stdout(&o).lines().last().unwrap().ends_with(" overdue"));
}

#[test]
fn missing_fields_are_a_dash_and_control_characters_escaped() {
    let mut report = Report::example(AssessmentKind::Focused);
    report.cover.number = None;
    report.cover.title = Some("介護\n保険".into());
    let path = file("schedule-dash.json", &report.to_json());
    let o = run(&[path.to_str().unwrap(), "--today", "2025-07-01"]);
    let out = stdout(&o);
    assert!(
        out.lines()
            .next()
            .unwrap()
            .starts_with("2026-06-30 later 見直し - 介護\\n保険: "),
        "{out}"
    );
}

#[test]
fn bad_input_exits_2_with_one_line() {
    let good = fixture(EDOGAWA);
    let bad_json = file("schedule-bad.json", "{");
    let cases: &[(&[&str], &str)] = &[
        (&[], "引数 <file.json> がありません"),
        (
            &[&good, "--today", "2026-02-30"],
            "--as-of「2026-02-30」は日付",
        ),
        (
            &[&good, "--incident", "yesterday"],
            "--incident「yesterday」は日付",
        ),
        (&[&good, "--today"], "--as-of の日付がありません"),
        (&[&good, "--incident"], "--incident の日付がありません"),
        (
            &[&good, "--json", "--ics"],
            "--json と --ics は同時に指定できません",
        ),
        (&[&good, "--yaml"], "不明なオプション「--yaml」"),
        (
            &[&good, "/nonexistent/x.json"],
            "/nonexistent/x.json: 読み込めません",
        ),
        (&[&good, bad_json.to_str().unwrap()], "schedule-bad.json"),
    ];
    for (args, says) in cases {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.starts_with("pia: ") && err.contains(says),
            "{args:?}: {err}"
        );
    }
}

#[test]
#[allow(clippy::disallowed_methods)] // the test copies a fixture
fn copies_of_one_report_are_named_by_file_and_warned_once() {
    let text = std::fs::read_to_string(fixture(KAWAGUCHI)).unwrap();
    let copies: Vec<String> = (1..=25)
        .map(|i| {
            file(&format!("schedule-copy-{i}.json"), &text)
                .to_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let mut args: Vec<&str> = copies.iter().map(String::as_str).collect();
    args.extend(["--as-of", "2026-01-01"]);
    let out = stdout(&run(&args));
    let lines: Vec<&str> = out.lines().collect();
    // Each obligation line names its file; each copy has its two obligations.
    for copy in &copies {
        let named = lines
            .iter()
            .filter(|l| l.starts_with(&format!("{copy}: ")))
            .count();
        assert_eq!(named, 2, "{copy}: {out}");
    }
    // Each warning once, with how many times it came.
    let warnings: Vec<&&str> = lines.iter().filter(|l| l.starts_with("warning ")).collect();
    let distinct: std::collections::HashSet<&&&str> = warnings.iter().collect();
    assert_eq!(warnings.len(), distinct.len(), "{out}");
    assert!(
        warnings
            .iter()
            .any(|w| w.ends_with("がない（指針 第5の2）（同じ警告 25 件）")),
        "{out}"
    );
    // 25 copies are not "two": the count is not claimed.
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("の重点項目評価書が2つ以上ある（整合性）")),
        "{out}"
    );
    assert_eq!(lines.last(), Some(&"50 obligations, 0 overdue"));
}
