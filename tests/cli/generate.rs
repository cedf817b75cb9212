//! The `pia generate` and `pia codes` command contracts, run against the built `pia` binary.

use std::process::Output;

use mynumber_pia::AssessmentKind;
use mynumber_pia::report::Report;
use mynumber_pia::validation::Code;

use super::{stderr, stdout, temp_file};

fn generate(args: &[&str]) -> Output {
    super::run("generate", args)
}

/// The report the arguments generate (exit 0, nothing on stderr).
fn report(args: &[&str]) -> String {
    let o = generate(args);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    assert_eq!(stderr(&o), "", "{args:?}");
    stdout(&o)
}

/// `pia validate <the report> --today <as-of>`: its lines.
fn validate(json: &str, name: &str, as_of: &str) -> (Option<i32>, String) {
    let path = temp_file(name, json);
    let path = path.to_str().expect("a UTF-8 temp path");
    let o = super::run("validate", &[path, "--today", as_of]);
    (o.status.code(), stdout(&o))
}

#[test]
fn the_same_arguments_give_the_same_bytes() {
    for args in [
        &[][..],
        &["--form", "full", "--seed", "42"],
        &["--form", "基礎", "--incident", "--subjects", "50,000"],
        &["--defect", "PV009", "--seed", "9", "--as-of", "2030-01-15"],
    ] {
        assert_eq!(report(args), report(args), "{args:?}");
    }
    assert_ne!(report(&["--seed", "1"]), report(&["--seed", "2"]));
}

/// Without arguments: seed 0 of the default scenario, the report the library pins for the major
/// version.
#[test]
fn without_arguments_the_pinned_default_report() {
    assert_eq!(
        report(&[]),
        include_str!("../golden/generate-default-seed-0.json")
    );
    assert_eq!(
        report(&["--seed", "0", "--as-of", "2026-04-01"]),
        report(&[])
    );
}

#[test]
fn generated_reports_validate_without_errors_or_warnings() {
    for (args, as_of, form) in [
        (&[][..], "2026-04-01", AssessmentKind::Focused),
        (
            &["--form", "basic", "--seed", "5"],
            "2026-04-01",
            AssessmentKind::Basic,
        ),
        (
            &["--form", "重点", "--seed", "6"],
            "2026-04-01",
            AssessmentKind::Focused,
        ),
        (
            &["--form", "全項目", "--seed", "7", "--as-of", "2021-03-01"],
            "2021-03-01",
            AssessmentKind::Full,
        ),
        (
            &["--subjects", "450000", "--handlers", "800", "--incident"],
            "2026-04-01",
            AssessmentKind::Full,
        ),
        (&["--subjects", "5000"], "2026-04-01", AssessmentKind::Basic),
    ] {
        let json = report(args);
        assert_eq!(Report::from_json(&json).unwrap().form(), form, "{args:?}");
        let (code, lines) = validate(&json, "generated.json", as_of);
        assert_eq!(code, Some(0), "{args:?}: {lines}");
        let summary = lines.lines().last().unwrap_or_default();
        assert!(
            summary.starts_with("0 errors, 0 warnings,"),
            "{args:?}: {lines}"
        );
    }
}

/// `--size` and the counts: each count set is the report's, the others drawn within the size.
#[test]
fn sizes_and_counts_shape_the_report() {
    let json = report(&[
        "--form",
        "full",
        "--size",
        "small",
        "--systems",
        "7",
        "--files",
        "3",
        "--entrustments",
        "4",
        "--re-entrustment-depth",
        "3",
        "--provisions",
        "5",
        "--transfers",
        "0",
        "--changes",
        "12",
    ]);
    let r = Report::from_json(&json).unwrap();
    assert_eq!(r.systems.len(), 7);
    assert_eq!(r.files.len(), 3);
    assert_eq!(r.entrustments().count(), 4);
    let deepest = r
        .entrustments()
        .map(|(_, _, e)| e.re_entrustees.len())
        .max();
    assert_eq!(deepest, Some(3));
    let provisions: usize = r.files.iter().map(|f| f.provisions.len()).sum();
    assert_eq!(provisions, 5);
    assert!(r.files.iter().all(|f| f.transfers.is_empty()));
    assert_eq!(r.changes.len(), 12);
    let (code, lines) = validate(&json, "sized.json", "2026-04-01");
    assert_eq!(code, Some(0), "{lines}");
    let huge = report(&["--form", "full", "--size", "huge", "--seed", "3"]);
    assert!(huge.len() > 2 * 214_210, "{}", huge.len());
    let small = report(&["--size", "small", "--seed", "3"]);
    assert!(small.len() < json.len().max(40_000), "{}", small.len());
}

#[test]
fn a_revision_is_the_report_s_form_and_labels() {
    for (text, month) in [
        ("平成26年4月", "2014-04"),
        ("H30.5", "2018-05"),
        ("2024-10", "2024-10"),
    ] {
        let json = report(&["--form", "full", "--revision", text, "--seed", "5"]);
        let r = Report::from_json(&json).unwrap();
        let printed = r.cover.form_version.map(|v| v.month().iso().to_string());
        assert_eq!(printed.as_deref(), Some(month), "{text}");
        let (code, lines) = validate(&json, "revision.json", "2026-04-01");
        assert_eq!(code, Some(0), "{text}: {lines}");
    }
    // A revision begun after the as-of date, and a month that is no date.
    for (args, message) in [
        (
            &["--revision", "令和6年10月", "--as-of", "2024-09-30"][..],
            "pia: 様式の版 令和6年10月 の評価書は基準日 2024-09-30 の前に公表できません（平成26年4月から基準日の前の月までに始まる版）\n",
        ),
        (
            &["--revision", "様式4"][..],
            "pia: --revision「様式4」は様式の版の年月ではありません（平成26年4月、H30.5、2024-10 など）\n",
        ),
    ] {
        let o = generate(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&o), message, "{args:?}");
    }
}

#[test]
fn every_defect_is_listed_by_validate() {
    for code in Code::ALL {
        let json = report(&["--defect", code.as_str(), "--seed", "3"]);
        let (_, lines) = validate(&json, "defective.json", "2026-04-01");
        let listed: Vec<&str> = lines.lines().filter_map(|l| l.split(' ').nth(1)).collect();
        assert!(listed.contains(&code.as_str()), "{code}: {lines}");
        // No other error or warning.
        for line in lines
            .lines()
            .filter(|l| l.starts_with("error ") || l.starts_with("warning "))
        {
            assert!(line.contains(&format!(" {code} ")), "{code}: {line}");
        }
    }
}

#[test]
fn a_defect_picks_a_form_that_can_have_it() {
    let forms = |args: &[&str]| Report::from_json(&report(args)).unwrap().form();
    assert_eq!(forms(&["--defect", "CT001"]), AssessmentKind::Full);
    assert_eq!(forms(&["--defect", "tm003"]), AssessmentKind::Basic);
    assert_eq!(forms(&["--defect", "EN004"]), AssessmentKind::Focused);
    assert_eq!(
        forms(&["--defect", "TH002", "--subjects", "400000"]),
        AssessmentKind::Basic
    );
}

/// Bad arguments: exit 2, one line on stderr, nothing on stdout.
#[test]
fn bad_arguments_are_one_line() {
    for (args, message) in [
        (
            &["--form", "様式9"][..],
            "pia: --form「様式9」は様式ではありません（basic|focused|full|基礎|重点|全項目）\n",
        ),
        (
            &["--seed", "x"],
            "pia: --seed「x」は 0 から 18446744073709551615 までの整数ではありません\n",
        ),
        (
            &["--as-of", "2026-13-01"],
            "pia: --as-of「2026-13-01」は日付ではありません（13月はありません（1月から12月までです）。例: 2025-04-01、令和7年4月1日、R7.4.1）\n",
        ),
        (
            &["--as-of", "2300-01-01"],
            "pia: 基準日 2300-01-01 は 2018-01-01 から 2199-12-31 までです\n",
        ),
        (
            &["--defect", "XX999"],
            "pia: --defect: 「XX999」は検査コードではありません（例: TH001, EN004）\n",
        ),
        (
            &["--form", "basic", "--defect", "TH005"],
            "pia: TH005（対象人数がファイルの対象となる本人の数と矛盾する）は基礎項目評価書では起こり得ません（起こり得る評価書: 重点項目評価書、全項目評価書）\n",
        ),
        (
            &["--form", "focused", "--subjects", "400000"],
            "pia: 重点項目評価書は「基礎項目評価及び全項目評価の実施が義務付けられる」の事務には提出できません（規則 第7条: 義務付けられた評価より低い評価は不可）\n",
        ),
        (
            &["--defect", "PV005", "--as-of", "2024-05-01"],
            "pia: PV005（番号法改正前の条文を引用している）の欠陥はこの評価書には作れません: 基準日が令和6年5月27日以前（改正前の条文の引用が正しい時期）\n",
        ),
        (
            &["--size", "medium"],
            "pia: 規模「medium」は small、typical、large、huge のいずれでもありません\n",
        ),
        (
            &["--systems", "21"],
            "pia: システムの数は1から20までです（21）\n",
        ),
        (
            &["--changes", "many"],
            "pia: --changes「many」は 0 以上の整数ではありません\n",
        ),
        (
            &["--files", "1", "--transfers", "31"],
            "pia: 移転先の数は0から30までです（31）\n",
        ),
        (
            &["--seed"],
            "pia: --seed の値がありません: 使い方: pia generate [--form basic|focused|full] [--seed N] [--as-of 日付] [--subjects N] [--handlers N] [--incident] [--size small|typical|large|huge] [--systems N] [--files N] [--entrustments N] [--re-entrustment-depth N] [--provisions N] [--transfers N] [--changes N] [--revision 様式の版] [--defect CODE] [--json]\n",
        ),
        (
            &["extra"],
            "pia: 余分な引数「extra」: 使い方: pia generate [--form basic|focused|full] [--seed N] [--as-of 日付] [--subjects N] [--handlers N] [--incident] [--size small|typical|large|huge] [--systems N] [--files N] [--entrustments N] [--re-entrustment-depth N] [--provisions N] [--transfers N] [--changes N] [--revision 様式の版] [--defect CODE] [--json]\n",
        ),
    ] {
        let o = generate(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&o), "", "{args:?}");
        assert_eq!(stderr(&o), message, "{args:?}");
    }
    let o = generate(&["--subjects", "-5"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("pia: --subjects: "),
        "{}",
        stderr(&o)
    );
    assert_eq!(stderr(&o).lines().count(), 1);
}

#[test]
fn codes_lists_every_code_with_its_severity_and_title() {
    let o = super::run("codes", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), Code::ALL.len());
    for (line, code) in lines.iter().zip(Code::ALL) {
        assert_eq!(
            *line,
            format!(
                "{} {} {}",
                code.as_str(),
                code.severity().as_str(),
                code.title()
            )
        );
    }
    assert_eq!(
        lines[0],
        "TH001 error しきい値判断結果が判断項目から導かれる結果と一致しない"
    );
    let o = super::run("codes", &["--yaml"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    assert_eq!(
        stderr(&o),
        "pia: 不明なオプション「--yaml」: 使い方: pia codes [--json]\n"
    );
}
