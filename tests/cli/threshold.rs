//! The `pia threshold` command contract, run against the built example binary.

use std::process::{Command, Output};

use super::{pia, stderr, stdout};

fn run(args: &[&str]) -> Output {
    Command::new(pia())
        .arg("threshold")
        .args(args)
        .output()
        .expect("pia runs")
}

#[test]
fn prints_result_and_explanation() {
    let o = run(&["150000", "500人以上", "なし"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "基礎項目評価及び全項目評価の実施が義務付けられる\n\
         対象人数が10万人以上30万人未満であり、取扱者数が500人以上であるため、\
         基礎項目評価及び全項目評価の実施が義務付けられる（規則第5条及び第7条、指針第5の2）。\n"
    );
    assert_eq!(stderr(&o), "");
}

#[test]
fn accepts_every_documented_spelling() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["150,000", "499", "発生なし"],
            "基礎項目評価及び重点項目評価の実施が義務付けられる",
        ),
        (
            &["１５００００", "500", "no"],
            "基礎項目評価及び全項目評価の実施が義務付けられる",
        ),
        (
            &["10万人以上30万人未満", "500人未満", "あり"],
            "基礎項目評価及び全項目評価の実施が義務付けられる",
        ),
        (
            &["1万人以上10万人未満", "500人未満", "発生あり"],
            "基礎項目評価及び重点項目評価の実施が義務付けられる",
        ),
        (&["1000", "0", "YES"], "基礎項目評価の実施が義務付けられる"),
        (
            &["999", "10000", "yes"],
            "特定個人情報保護評価の実施が義務付けられない",
        ),
        (
            &["1,000人未満（任意実施）", "500人以上", "なし"],
            "特定個人情報保護評価の実施が義務付けられない",
        ),
    ];
    for (args, first_line) in cases {
        let o = run(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        let out = stdout(&o);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2, "{args:?}: {out}");
        assert_eq!(lines[0], *first_line, "{args:?}");
        assert!(
            lines[1].ends_with('。') && lines[1].contains(first_line),
            "{out}"
        );
    }
}

#[test]
fn json_prints_the_whole_outcome() {
    for args in [
        ["--json", "150000", "500人以上", "なし"],
        ["150000", "500人以上", "なし", "--json"],
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON on stdout");
        assert_eq!(v["subject_count"], 150_000);
        assert_eq!(v["subject_count_band"], "10万人以上30万人未満");
        assert_eq!(v["handler_count"], "500人以上");
        assert_eq!(v["handler_count_band"], "500人以上");
        assert_eq!(v["serious_incident"], "発生なし");
        assert_eq!(
            v["required_assessment"],
            "基礎項目評価及び全項目評価の実施が義務付けられる"
        );
        assert_eq!(v["report_set"], "基礎項目評価書及び全項目評価書");
        assert_eq!(v["voluntary_assessments"], serde_json::json!([]));
        assert_eq!(
            v["grounds"],
            serde_json::json!({"rules": ["規則第5条", "規則第7条"], "guideline": "指針第5の2"})
        );
        assert!(v["explanation"].as_str().unwrap().starts_with("対象人数が"));
    }
    let o = run(&["500", "1", "なし", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["report_set"], serde_json::Value::Null);
    assert_eq!(v["exemption"], "規則第4条第3号");
    assert_eq!(
        v["voluntary_assessments"],
        serde_json::json!(["基礎項目評価", "重点項目評価", "全項目評価"])
    );
}

/// Bad input: exit 2, nothing on stdout, one line on stderr naming the argument.
#[test]
fn bad_input_is_one_stderr_line_and_exit_2() {
    let cases: &[(&[&str], &str)] = &[
        (&[], "<対象人数>"),
        (&["150000"], "<取扱者数>"),
        (&["150000", "500"], "<重大事故>"),
        (&["-5", "500", "なし"], "<対象人数>"),
        (&["－５", "500", "なし"], "<対象人数>"),
        (&["abc", "500", "なし"], "<対象人数>"),
        (&["1.5", "500", "なし"], "<対象人数>"),
        (&["", "500", "なし"], "<対象人数>"),
        (&["99999999999999999999999", "500", "なし"], "<対象人数>"),
        (&["150000", "-1", "なし"], "<取扱者数>"),
        (&["150000", "たくさん", "なし"], "<取扱者数>"),
        (&["150000", "500", "maybe"], "<重大事故>"),
        (&["150000", "500", ""], "<重大事故>"),
        (&["150000", "500", "なし", "extra"], "extra"),
        (&["150000", "500", "なし", "--yaml"], "--yaml"),
    ];
    for (args, named) in cases {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&o), "", "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.ends_with('\n'), "{args:?}");
        assert!(err.contains(named), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn bad_input_says_what_is_accepted() {
    let o = run(&["abc", "500", "なし"]);
    let err = stderr(&o);
    assert!(
        err.contains("150,000") && err.contains("10万人以上30万人未満"),
        "{err}"
    );
    let o = run(&["1", "many", "なし"]);
    assert!(stderr(&o).contains("500人以上 / 500人未満"));
    let o = run(&["1", "1", "maybe"]);
    assert!(stderr(&o).contains("あり / なし"));
}
