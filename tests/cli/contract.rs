//! The command line as one tool (issue 21): one exit-code table for every command, `--as-of` with
//! 和暦, `--json` checked against the schemas of `schema/`, several files and standard input,
//! report text that could move the cursor or the reading order shown escaped everywhere, a
//! renamed 委託先 as one change, `schedule --incident`.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use mynumber_pia::AssessmentKind;
use mynumber_pia::report::Report;
use serde_json::Value;

use super::{pia, run, stderr, stdout, temp_bytes, temp_file};

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .to_str()
        .unwrap()
        .to_owned()
}

const KAWAGUCHI: &str = "seed-002-kawaguchi-focused.json";
const KAWAGUCHI_V2: &str = "versions/seed-002-kawaguchi-focused-v2.json";
const EDOGAWA: &str = "seed-000-edogawa-full.json";
const KUMAGAYA: &str = "seed-003-kumagaya-basic.json";

/// Runs `pia <args…>` with `input` on standard input.
pub(super) fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(pia())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn pia_run(args: &[&str]) -> Output {
    Command::new(pia()).args(args).output().unwrap()
}

/// A report file of this run.
fn report_file(name: &str, report: &Report) -> String {
    temp_file(name, &report.to_json())
        .to_str()
        .unwrap()
        .to_owned()
}

/// A report validation finds an error in.
fn with_errors() -> String {
    let mut report = Report::example(AssessmentKind::Full);
    report.files[0].entrustments[0].re_entrustment_permission = None;
    report_file("contract-errors.json", &report)
}

/// The characters of `text` that could move the cursor or the reading order, but for the line
/// breaks of the output itself.
pub(super) fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| c != '\n' && mynumber_pia::visible::is_unsafe_char(c))
        .collect()
}

fn assert_exit(args: &[&str], code: i32) {
    let o = pia_run(args);
    assert_eq!(o.status.code(), Some(code), "{args:?}: {}", stderr(&o));
    if code == 2 {
        assert!(o.stdout.is_empty(), "{args:?}");
        assert_eq!(stderr(&o).lines().count(), 1, "{args:?}: {}", stderr(&o));
    } else {
        assert_eq!(stderr(&o), "", "{args:?}");
    }
}

#[test]
fn one_exit_code_table_for_every_command() {
    let (kawaguchi, v2, edogawa) = (fixture(KAWAGUCHI), fixture(KAWAGUCHI_V2), fixture(EDOGAWA));
    let errors = with_errors();
    // A generated report published less than a year before 2026-04-01: nothing is due on it
    // (its yearly review, 規則 第14条, is not yet overdue).
    let recent = (0..)
        .map(|seed| {
            mynumber_pia::generate::generate(&mynumber_pia::generate::Scenario::default(), seed)
                .unwrap()
        })
        .find(|r| r.cover.published_on > chrono::NaiveDate::from_ymd_opt(2025, 4, 1))
        .unwrap();
    let generated = report_file("contract-generated.json", &recent);
    let cases: &[(&[&str], i32)] = &[
        (&["threshold", "150000", "500人以上", "なし"], 0),
        (&["threshold", "many"], 2),
        (&["date", "令和元年5月1日"], 0),
        (&["date", "令和7年2月30日"], 2),
        (&["basis", "番号法第19条第8号"], 0),
        (
            &[
                "basis",
                "住民基本台帳法第30条の9",
                "（J-LIS照会による本人確認）",
            ],
            1,
        ),
        (&["basis"], 2),
        (&["show", &kawaguchi], 0),
        (&["show", "/nonexistent.json"], 2),
        (&["validate", &kawaguchi, "--as-of", "2026-11-20"], 0),
        (&["validate", &errors, "--as-of", "2026-11-20"], 1),
        (
            &["validate", &kawaguchi, &errors, "--as-of", "2026-11-20"],
            1,
        ),
        (&["validate", &kawaguchi, "/nonexistent.json"], 2),
        (&["schedule", &generated, "--as-of", "2026-04-01"], 0),
        (&["schedule", &edogawa, "--as-of", "2026-11-20"], 1),
        (&["schedule", &edogawa, "--as-of", "2026-11-20", "--ics"], 0),
        (
            &["schedule", &edogawa, "--as-of", "2026-11-20", "--json"],
            1,
        ),
        (&["schedule", &edogawa, "--as-of", "x"], 2),
        (&["diff", &kawaguchi, &kawaguchi], 0),
        (&["diff", &kawaguchi, &v2], 1),
        (
            &["diff", &kawaguchi, &v2, "--json", "--as-of", "2026-01-05"],
            1,
        ),
        (&["diff", &kawaguchi, &edogawa], 2),
        (&["render", &kawaguchi], 0),
        (&["render", &kawaguchi, "--format", "pdf"], 2),
        (&["generate", "--seed", "3"], 0),
        (&["generate", "--form", "x"], 2),
        (&["import", "/nonexistent.txt"], 2),
        (&["codes"], 0),
        (&["codes", "--json"], 0),
        (&["codes", "x"], 2),
        (&["help"], 0),
        (&["help", "validate"], 0),
        (&["--help"], 0),
        (&["--version"], 0),
        (&["nope"], 2),
    ];
    for &(args, code) in cases {
        assert_exit(args, code);
    }
    // The table is in the help.
    let help = stdout(&pia_run(&["--help"]));
    for needle in ["終了コード / Exit codes", "0  ", "1  ", "2  ", "diff(1)"] {
        assert!(help.contains(needle), "{help}");
    }
}

#[test]
fn as_of_reads_iso_and_wareki_and_the_old_spellings() {
    let kawaguchi = fixture(KAWAGUCHI);
    let edogawa = fixture(EDOGAWA);
    for (command, file, old) in [
        ("validate", &kawaguchi, "--today"),
        ("schedule", &edogawa, "--today"),
    ] {
        let iso = pia_run(&[command, file, "--as-of", "2026-11-20"]);
        assert!(!iso.stdout.is_empty());
        for date in ["令和8年11月20日", "R8.11.20", "令和８年１１月２０日"] {
            let o = pia_run(&[command, file, "--as-of", date]);
            assert_eq!(o.stdout, iso.stdout, "{command} {date}");
            assert_eq!(o.status.code(), iso.status.code());
        }
        let o = pia_run(&[command, file, old, "2026-11-20"]);
        assert_eq!(o.stdout, iso.stdout, "{command} {old}");
    }
    let v2 = fixture(KAWAGUCHI_V2);
    for flag in ["--as-of", "--date"] {
        let o = pia_run(&["diff", &kawaguchi, &v2, "--json", flag, "令和8年1月5日"]);
        let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
        assert_eq!(v["records"][0]["date"], "2026-01-05", "{flag}");
    }
    assert_eq!(
        pia_run(&["generate", "--as-of", "令和8年4月1日"]).stdout,
        pia_run(&["generate", "--as-of", "2026-04-01"]).stdout
    );
    // 元年, and a day that is not one.
    let o = pia_run(&[
        "schedule",
        &edogawa,
        "--as-of",
        "令和8年11月20日",
        "--incident",
        "R8.10.1",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let o = pia_run(&["validate", &kawaguchi, "--as-of", "令和元年"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("日までの日付ではありません"),
        "{}",
        stderr(&o)
    );
    let o = pia_run(&["validate", &kawaguchi, "--as-of", "令和元年5月1日"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[allow(clippy::disallowed_methods)] // the test reads the committed schema
pub(super) fn schema(name: &str) -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schema")
        .join(name);
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::draft202012::meta::validate(&schema).expect("a draft 2020-12 schema");
    jsonschema::draft202012::new(&schema).expect("the schema compiles")
}

fn checked(schema_name: &str, o: &Output) -> Value {
    let text = stdout(o);
    assert_eq!(stderr(o), "");
    assert!(raw_controls(&text).is_empty());
    let value: Value = serde_json::from_str(&text).expect("one JSON document");
    let validator = schema(schema_name);
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{schema_name}: {errors:?}");
    value
}

#[test]
#[allow(clippy::disallowed_methods)] // the test reads the fixtures
fn json_output_matches_its_schema_and_the_library() {
    let (kawaguchi, v2, edogawa, kumagaya) = (
        fixture(KAWAGUCHI),
        fixture(KAWAGUCHI_V2),
        fixture(EDOGAWA),
        fixture(KUMAGAYA),
    );
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let o = pia_run(&[
        "validate",
        &kawaguchi,
        &edogawa,
        "--as-of",
        "2026-11-20",
        "--json",
    ]);
    let v = checked("cli-validate.schema.json", &o);
    assert_eq!(v["as_of"], "2026-11-20");
    for (i, path) in [&kawaguchi, &edogawa].into_iter().enumerate() {
        let file = &v["files"][i];
        assert_eq!(file["file"], path.as_str());
        let report = Report::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
        let expected = mynumber_pia::validate(&report, today);
        assert_eq!(
            file["findings"],
            serde_json::to_value(expected.findings()).unwrap()
        );
        assert_eq!(
            file["summary"]["warnings"],
            expected.count(mynumber_pia::Severity::Warning)
        );
    }
    for (args, name) in [
        (vec!["show", &kumagaya, "--json"], "cli-show.schema.json"),
        (vec!["show", &edogawa, "--json"], "cli-show.schema.json"),
        (vec!["codes", "--json"], "cli-codes.schema.json"),
        (
            vec![
                "schedule",
                &edogawa,
                &kumagaya,
                "--as-of",
                "2026-11-20",
                "--json",
            ],
            "cli-schedule.schema.json",
        ),
        (
            vec!["diff", &kawaguchi, &v2, "--json", "--as-of", "2026-01-05"],
            "cli-diff.schema.json",
        ),
    ] {
        checked(name, &pia_run(&args));
    }
    let codes = checked("cli-codes.schema.json", &pia_run(&["codes", "--json"]));
    assert_eq!(
        codes["codes"].as_array().unwrap().len(),
        mynumber_pia::validation::Code::ALL.len()
    );
}

#[test]
#[allow(clippy::disallowed_methods)] // the test reads a fixture
fn several_files_and_standard_input() {
    let (kawaguchi, edogawa) = (fixture(KAWAGUCHI), fixture(EDOGAWA));
    let o = pia_run(&["validate", &kawaguchi, &edogawa, "--as-of", "2026-11-20"]);
    let out = stdout(&o);
    for line in out.lines() {
        assert!(
            line.starts_with(&format!("{kawaguchi}: "))
                || line.starts_with(&format!("{edogawa}: ")),
            "{line}"
        );
    }
    let summaries: Vec<&str> = out.lines().filter(|l| l.ends_with(" infos")).collect();
    assert_eq!(summaries.len(), 2, "{out}");
    // One file: no name on the lines.
    let one = stdout(&pia_run(&["validate", &kawaguchi, "--as-of", "2026-11-20"]));
    assert!(!one.contains(&kawaguchi));

    let text = std::fs::read(&kawaguchi).unwrap();
    let o = run_stdin(&["validate", "-", "--as-of", "2026-11-20"], &text);
    assert_eq!(stdout(&o), one);
    let o = run_stdin(
        &["validate", "-", &edogawa, "--as-of", "2026-11-20", "--json"],
        &text,
    );
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["files"][0]["file"], "<stdin>");
    assert_exit(&["validate", "-", "-"], 2);

    // A BOM and CRLF line ends, from a file and from standard input, for every command that
    // reads a report.
    let crlf = String::from_utf8(text.clone())
        .unwrap()
        .replace('\n', "\r\n");
    let bom: Vec<u8> = [b"\xEF\xBB\xBF".as_slice(), crlf.as_bytes()].concat();
    let path = temp_bytes("contract-bom-crlf.json", &bom);
    let path = path.to_str().unwrap();
    for args in [
        vec!["show", path],
        vec!["validate", path, "--as-of", "2026-11-20"],
        vec!["schedule", path, "--as-of", "2026-11-20"],
        vec!["render", path, "--format", "md"],
        vec!["diff", path, &kawaguchi],
    ] {
        let from_file = pia_run(&args);
        assert!(
            from_file.status.code().unwrap() < 2,
            "{args:?}: {}",
            stderr(&from_file)
        );
        let stdin_args: Vec<&str> = args
            .iter()
            .map(|&a| if a == path { "-" } else { a })
            .collect();
        let from_stdin = run_stdin(&stdin_args, &bom);
        assert_eq!(
            from_stdin.status.code(),
            from_file.status.code(),
            "{args:?}"
        );
        let plain: Vec<&str> = args
            .iter()
            .map(|&a| if a == path { kawaguchi.as_str() } else { a })
            .collect();
        assert_eq!(pia_run(&plain).stdout, from_file.stdout, "{args:?}");
    }
}

/// A report whose texts hold ESC, U+202E and U+2028 (and a tab and a line break, which cells
/// may hold).
fn hostile() -> (Report, PathBuf) {
    let mut report = Report::example(AssessmentKind::Focused);
    report.cover.title = Some("評価書\u{1b}[2J\u{202e}名".into());
    report.affair.name = "事務\u{2028}名".into();
    report.systems[0].name = "システム\u{1b}]0;x\u{7}".into();
    report.files[0].entrustments[0].entrustee = Some("株式会社\u{202e}エヌ\u{2028}".into());
    let path = temp_file("contract-hostile.json", &report.to_json());
    (report, path)
}

#[test]
fn report_text_that_moves_the_cursor_comes_out_escaped_everywhere() {
    let (report, path) = hostile();
    let path = path.to_str().unwrap();
    let plain = report_file("contract-hostile-plain.json", &{
        let mut r = report.clone();
        r.files[0].entrustments[0].entrustee = Some("株式会社エヌ".into());
        r.systems[0].name = "システム".into();
        r
    });
    let runs = [
        vec!["show", path],
        vec!["show", path, "--json"],
        vec!["validate", path, "--as-of", "2026-11-20"],
        vec!["validate", path, "--as-of", "2026-11-20", "--json"],
        vec!["schedule", path, "--as-of", "2026-11-20"],
        vec!["schedule", path, "--as-of", "2026-11-20", "--json"],
        vec!["diff", &plain, path],
        vec!["diff", &plain, path, "--json", "--as-of", "2026-01-05"],
        vec!["render", path, "--format", "md"],
    ];
    for args in &runs {
        let o = pia_run(args);
        assert!(o.status.code().unwrap() < 2, "{args:?}: {}", stderr(&o));
        let (out, err) = (stdout(&o), stderr(&o));
        if args[0] != "render" {
            assert_eq!(raw_controls(&out), [], "{args:?}: {out}");
        }
        assert_eq!(raw_controls(&err), [], "{args:?}");
        if !args.contains(&"--json") && ["show", "schedule", "diff"].contains(&args[0]) {
            assert!(
                out.contains("\\u{1b}") || out.contains("\\u{202e}") || out.contains("\\u{2028}"),
                "{args:?}: {out}"
            );
        }
    }
    // The calendar: its own CRLF line ends only.
    let ics = stdout(&pia_run(&[
        "schedule",
        path,
        "--as-of",
        "2026-11-20",
        "--ics",
    ]));
    assert_eq!(raw_controls(&ics.replace("\r\n", "\n")), [], "{ics}");
    assert!(ics.contains("\\u{202e}"), "{ics}");
    // The JSON reads back as the report's own text.
    let o = pia_run(&["show", path, "--json"]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["title"].as_str(), report.cover.title.as_deref());
    // Validation warns, naming the item.
    let o = pia_run(&["validate", path, "--as-of", "2026-11-20"]);
    let out = stdout(&o);
    assert!(
        out.lines().any(
            |l| l.starts_with("warning CT008 files[0].entrustments[0].entrustee Ⅱ")
                && l.contains("委託事項1")
        ),
        "{out}"
    );
    // Messages: an argument, a JSON key and a file's content.
    for (args, input) in [
        (
            vec!["validate", path, "--as-of", "2026\u{2028}-01-01"],
            None,
        ),
        (vec!["schedule", path, "--incident", "\u{202e}x"], None),
        (vec!["threshold", "1\u{1b}[2J", "500人以上", "なし"], None),
        (
            vec!["show", "-"],
            Some(
                "{\"schema_version\": 2, \"form\": \"全項目評価\", \"cover\": {\"a\u{2028}b\": 1}}",
            ),
        ),
        (
            vec!["show", "-"],
            Some("{\"schema_version\": 2, \"form\": \"全項目\u{202e}評価\"}"),
        ),
    ] {
        let o = match input {
            Some(text) => run_stdin(&args, text.as_bytes()),
            None => pia_run(&args),
        };
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert_eq!(raw_controls(&err), [], "{args:?}: {err}");
        assert!(err.contains("\\u{"), "{args:?}: {err}");
    }
}

#[test]
fn a_renamed_entrustee_is_one_change() {
    let o = pia_run(&["diff", &fixture(KAWAGUCHI), &fixture(KAWAGUCHI_V2)]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let changes: Vec<&str> = out.lines().filter(|l| l.contains(" → ")).collect();
    assert_eq!(
        changes,
        [
            "事後 重要な変更に当たらない Ⅱ（後期高齢者医療事務ファイル）４．特定個人情報ファイルの取扱いの委託　委託事項１　③委託先名: 株式会社 日立システムズ → 株式会社 日立システムズ東日本"
        ],
        "{out}"
    );
    assert!(out.ends_with("1 changes, 0 significant\n"), "{out}");
    // A system renamed, the rest unchanged: one change too.
    let old = Report::example(AssessmentKind::Full);
    let mut new = old.clone();
    new.systems[0].name = "改称後のシステム".into();
    let (a, b) = (
        report_file("contract-sys-a.json", &old),
        report_file("contract-sys-b.json", &new),
    );
    let out = stdout(&pia_run(&["diff", &a, &b]));
    assert!(
        out.ends_with("1 changes, 0 significant\n") || out.contains("\n1 changes"),
        "{out}"
    );
    assert!(out.contains("→ 改称後のシステム"), "{out}");
}

#[test]
fn schedule_incident_names_every_missing_report_and_refuses_a_later_day() {
    // A 事務 of 10万–30万 people with only its 重点項目評価書: a serious incident makes the
    // 全項目評価 required, and the 基礎項目評価書 is missing too.
    let report = Report::example(AssessmentKind::Focused);
    let path = report_file("contract-incident.json", &report);
    let o = pia_run(&[
        "schedule",
        &path,
        "--as-of",
        "2026-04-01",
        "--incident",
        "2026-03-01",
    ]);
    let out = stdout(&o);
    let line = out
        .lines()
        .find(|l| l.contains(" 重大事故 "))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(
        line.contains("基礎項目評価書と全項目評価書が必要"),
        "{line}"
    );
    let o = pia_run(&[
        "schedule",
        &path,
        "--as-of",
        "2026-04-01",
        "--incident",
        "令和8年4月2日",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("基準日"), "{}", stderr(&o));
    // The same day is fine.
    assert_exit(
        &[
            "schedule",
            &path,
            "--as-of",
            "2026-04-01",
            "--incident",
            "2026-04-01",
        ],
        0,
    );
}

#[test]
fn the_old_run_helper_still_works() {
    // `run` (the other modules' helper) passes the command first.
    assert_eq!(run("codes", &[]).status.code(), Some(0));
}
