//! The `pia threshold` command contract, run against the built `pia` binary.

use std::process::Output;

use mynumber_pia::threshold::{
    HandlerCountBand, SeriousIncident, ThresholdInput, ThresholdOutcome,
};

use super::{stderr, stdout};

fn run(args: &[&str]) -> Output {
    super::run("threshold", args)
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
        (
            &["[ ] 1000人以上1万人未満", "1）500人以上", "［○］発生なし"],
            "基礎項目評価の実施が義務付けられる",
        ),
        (
            &[" ３０万人以上 ", "500人", "Ｎｏ"],
            "基礎項目評価及び全項目評価の実施が義務付けられる",
        ),
        (
            &["1000人未満", "０", "ＹＥＳ"],
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
    // The command prints exactly the library's serialization of the outcome (its field-by-field
    // shape is pinned in the unit tests of `ThresholdOutcome`), wherever `--json` stands: each
    // count a number or null (a band given as a label is in `…_band` alone).
    let cases: &[(&[&str], ThresholdOutcome)] = &[
        (
            &["--json", "150000", "500人以上", "なし"],
            ThresholdInput::new(
                150_000,
                HandlerCountBand::AtLeast500,
                SeriousIncident::NotOccurred,
            )
            .decide(),
        ),
        (
            &["150,000", "499", "発生あり", "--json"],
            ThresholdInput::new(150_000, 499, SeriousIncident::Occurred).decide(),
        ),
        (
            &["500", "1", "なし", "--json"],
            ThresholdInput::new(500, 1, SeriousIncident::NotOccurred).decide(),
        ),
    ];
    for (args, expected) in cases {
        let o = run(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), "");
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON on stdout");
        for key in ["subject_count", "handler_count"] {
            assert!(v[key].is_number() || v[key].is_null(), "{args:?}: {key}");
            assert!(v[format!("{key}_band")].is_string(), "{args:?}: {key}_band");
        }
        assert_eq!(v, serde_json::to_value(expected).unwrap(), "{args:?}");
        // A tool that stores the output reads the same outcome back.
        let back: ThresholdOutcome = serde_json::from_str(&stdout(&o)).expect("reads back");
        assert_eq!(back, *expected, "{args:?}");
    }
    // A band given as a label: the count is null, the label in its band.
    let o = run(&["10万人以上30万人未満", "500人以上", "なし", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["subject_count"], serde_json::Value::Null);
    assert_eq!(v["subject_count_band"], "10万人以上30万人未満");
    assert_eq!(v["handler_count"], serde_json::Value::Null);
    assert_eq!(v["handler_count_band"], "500人以上");
    // And the values a tool reads from it.
    let o = run(&["500", "1", "なし", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(
        v["required_assessment"],
        "特定個人情報保護評価の実施が義務付けられない"
    );
    assert_eq!(v["report_set"], serde_json::Value::Null);
    assert_eq!(v["exemption"], "規則第4条第3号");
    assert_eq!(
        v["voluntary_assessments"],
        serde_json::json!(["基礎項目評価", "重点項目評価", "全項目評価"])
    );
    assert_eq!(
        v["grounds"],
        serde_json::json!({"rules": ["規則第4条第3号"], "guideline": "指針第4の4"})
    );
}

/// Every boundary of the rule (指針 第5の2; 規則 第4条第3号), through the command.
#[test]
fn every_boundary_through_the_command() {
    const NONE: &str = "特定個人情報保護評価の実施が義務付けられない";
    const BASIC: &str = "基礎項目評価の実施が義務付けられる";
    const FOCUSED: &str = "基礎項目評価及び重点項目評価の実施が義務付けられる";
    const FULL: &str = "基礎項目評価及び全項目評価の実施が義務付けられる";
    // (対象人数, result with 499 handlers and no incident, result when raised)
    let rows = [
        ("999", NONE, NONE),
        ("1000", BASIC, BASIC),
        ("9,999", BASIC, BASIC),
        ("10,000", BASIC, FOCUSED),
        ("99999", BASIC, FOCUSED),
        ("100000", FOCUSED, FULL),
        ("299,999", FOCUSED, FULL),
        ("300,000", FULL, FULL),
    ];
    for (subjects, plain, raised) in rows {
        for (handlers, incident, expected) in [
            ("499", "なし", plain),
            ("500", "なし", raised),
            ("499", "あり", raised),
        ] {
            let o = run(&[subjects, handlers, incident]);
            assert_eq!(o.status.code(), Some(0), "{subjects} {handlers} {incident}");
            let out = stdout(&o);
            assert_eq!(
                out.lines().next(),
                Some(expected),
                "{subjects} {handlers} {incident}"
            );
        }
    }
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
        (&["150000", "500人以上か", "なし"], "<取扱者数>"),
        (&["−150000", "500", "なし"], "<対象人数>"),
        (&["150000", "500", "-1"], "<重大事故>"),
        // Misgrouped digits are not a number.
        (&["1,00", "500", "なし"], "<対象人数>"),
        (&["150000", "1,0000", "なし"], "<取扱者数>"),
        // With --json, bad input still prints nothing on stdout.
        (&["abc", "500", "なし", "--json"], "<対象人数>"),
        (&["--json"], "<対象人数>"),
        (&["150000", "500", "--json"], "<重大事故>"),
        // A line break inside an argument is escaped: still one line.
        (&["ab\ncd", "500", "なし"], "「ab\\ncd」"),
        (&["150000", "500", "あり\nなし"], "「あり\\nなし」"),
        (&["150000", "500", "なし", "ex\ntra"], "「ex\\ntra」"),
        (&["150000", "500", "なし", "--x\ny"], "「--x\\ny」"),
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
    // A missing argument: named, with what it accepts.
    let o = run(&["150000"]);
    assert_eq!(
        stderr(&o),
        "pia: 引数 <取扱者数> がありません（受け付ける値: 0以上の人数（例: 150000、150,000、\
         １５００００）または選択肢 500人以上 / 500人未満）: \
         使い方: pia threshold <対象人数> <取扱者数> <重大事故> [--json]\n"
    );
    let o = run(&[]);
    assert!(
        stderr(&o).contains("10万人以上30万人未満"),
        "{}",
        stderr(&o)
    );
    let o = run(&["150000", "500"]);
    assert!(stderr(&o).contains("発生あり / 発生なし"), "{}", stderr(&o));
    // A negative number: named as negative.
    let o = run(&["150000", "-1", "なし"]);
    assert!(
        stderr(&o).starts_with("pia: 引数 <取扱者数>: 取扱者数「-1」は負の数です（受け付ける値: "),
        "{}",
        stderr(&o)
    );
}

/// The `--json` text itself, byte for byte: a tool that stores it reads exactly this shape
/// (`ThresholdOutcome` deserializes it back).
#[test]
fn json_text_is_pinned() {
    let o = run(&["500", "1", "なし", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        r#"{
  "subject_count": 500,
  "subject_count_band": "1,000人未満（任意実施）",
  "handler_count": 1,
  "handler_count_band": "500人未満",
  "serious_incident": "発生なし",
  "exemption": "規則第4条第3号",
  "required_assessment": "特定個人情報保護評価の実施が義務付けられない",
  "report_set": null,
  "voluntary_assessments": [
    "基礎項目評価",
    "重点項目評価",
    "全項目評価"
  ],
  "grounds": {
    "rules": [
      "規則第4条第3号"
    ],
    "guideline": "指針第4の4"
  },
  "explanation": "対象人数が1,000人未満であるため、特定個人情報保護評価の実施が義務付けられない（規則第4条第3号、指針第4の4）。"
}
"#
    );
    let o = run(&["150,000", "499", "発生あり", "--json"]);
    assert_eq!(
        stdout(&o),
        r#"{
  "subject_count": 150000,
  "subject_count_band": "10万人以上30万人未満",
  "handler_count": 499,
  "handler_count_band": "500人未満",
  "serious_incident": "発生あり",
  "exemption": null,
  "required_assessment": "基礎項目評価及び全項目評価の実施が義務付けられる",
  "report_set": "基礎項目評価書及び全項目評価書",
  "voluntary_assessments": [],
  "grounds": {
    "rules": [
      "規則第5条",
      "規則第7条"
    ],
    "guideline": "指針第5の2"
  },
  "explanation": "対象人数が10万人以上30万人未満であり、過去1年以内に特定個人情報に関する重大事故が発生しているため、基礎項目評価及び全項目評価の実施が義務付けられる（規則第5条及び第7条、指針第5の2）。"
}
"#
    );
}

/// White space inside a number is refused with its place (`1\n2` was read as 12); around the
/// number it is fine.
#[test]
fn space_inside_a_number_is_an_error() {
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["1\n2", "10", "なし"],
            "<対象人数>",
            "対象人数「1\\n2」の2文字目",
        ),
        (
            &["12 34", "10", "なし"],
            "<対象人数>",
            "対象人数「12 34」の3文字目",
        ),
        (
            &["1 2 3人", "10", "なし"],
            "<対象人数>",
            "対象人数「1 2 3人」の2文字目",
        ),
        (
            &["150000", "4 99", "なし"],
            "<取扱者数>",
            "取扱者数「4 99」の2文字目",
        ),
        (
            &["150,000", "1, 000", "なし", "--json"],
            "<取扱者数>",
            "の3文字目",
        ),
    ];
    for (args, named, place) in cases {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&o), "", "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.starts_with(&format!("pia: 引数 {named}: ")),
            "{args:?}: {err}"
        );
        assert!(err.contains(place), "{args:?}: {err}");
        assert!(err.contains("数字の間に空白は入れられません"), "{err}");
    }
    // Around a number: read as the number.
    let o = run(&[" 150000 ", "\t499\n", "なし"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o).lines().next(),
        Some("基礎項目評価及び重点項目評価の実施が義務付けられる")
    );
}

/// A very long argument is cut in the message, which stays one short line.
#[test]
fn long_arguments_are_cut_in_messages() {
    let long = "x".repeat(5_000);
    for args in [
        [long.as_str(), "500", "なし", ""],
        ["150000", long.as_str(), "なし", ""],
        ["150000", "500", long.as_str(), ""],
        ["150000", "500", "なし", long.as_str()],
    ] {
        let args: Vec<&str> = args.into_iter().filter(|a| !a.is_empty()).collect();
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(&format!("「{}…」", "x".repeat(40))), "{err}");
        assert!(err.chars().count() < 400, "{}", err.chars().count());
    }
}
