//! The `pia import` command contract, run against the built `pia` binary: exit 0 with the draft
//! on stdout or in `-o` and one summary line on stderr; exit 2 with one line on stderr and
//! nothing on stdout for what is not a 評価書; `--trace` in the shape other tools read (checked
//! against `schema/cli-import-trace.schema.json`, every pointer found in the draft); text, a
//! Shift_JIS file, standard input, a PDF and the Markdown of `pia render`.

use std::path::{Path, PathBuf};
use std::process::Output;

use mynumber_pia::AssessmentKind;
use mynumber_pia::report::Report;
use serde_json::Value;

use super::contract::{raw_controls, run_stdin, schema};
use super::{run, stderr, stdout, temp_bytes, temp_dir, temp_file};

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .to_str()
        .unwrap()
        .to_owned()
}

fn import(args: &[&str]) -> Output {
    run("import", args)
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A path of this run's temp directory (not created).
fn out_path(name: &str) -> PathBuf {
    temp_dir().join(name)
}

/// The Markdown of a report, as `pia render --format md` writes it.
fn rendered_markdown(fixture_name: &str) -> String {
    let o = run("render", &[&fixture(fixture_name), "--format", "md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    stdout(&o)
}

/// Exit 0, the draft on stdout (or nothing there with `-o`), and exactly one summary line on
/// stderr without raw control characters.
fn assert_drafted(o: &Output, on_stdout: bool) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert_eq!(err.lines().count(), 1, "{err:?}");
    assert!(err.ends_with('\n'), "{err:?}");
    assert!(raw_controls(&err).is_empty(), "{err:?}");
    assert!(err.contains("読み取った値"), "{err}");
    assert_eq!(!o.stdout.is_empty(), on_stdout);
}

/// Exit 2, nothing on stdout, one line `pia: …` on stderr that contains `needle`.
fn assert_refused(o: &Output, needle: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(o.stdout.is_empty(), "{}", stdout(o));
    assert_eq!(err.lines().count(), 1, "{err:?}");
    assert!(err.starts_with("pia: "), "{err}");
    assert!(err.contains(needle), "{err} should contain {needle}");
}

/// The draft's JSON loads with the crate's loader; returns the report and the JSON value.
fn loaded(text: &str) -> (Report, Value) {
    assert!(raw_controls(text).is_empty());
    let report = Report::from_json(text).expect("the draft loads");
    (report, serde_json::from_str(text).unwrap())
}

/// The trace file: exactly the contract's shape, valid for its schema, every pointer found in
/// `draft`, every line range ordered.
#[allow(clippy::disallowed_methods)] // the test reads the file pia wrote
fn checked_trace(path: &Path, draft: &Value) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(raw_controls(&text).is_empty());
    let trace: Value = serde_json::from_str(&text).unwrap();
    let errors: Vec<String> = schema("cli-import-trace.schema.json")
        .iter_errors(&trace)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let values = trace["values"].as_array().unwrap();
    assert!(!values.is_empty());
    for v in values {
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["confidence", "lines", "pointer"], "{v}");
        let pointer = v["pointer"].as_str().unwrap();
        assert!(
            draft.pointer(pointer).is_some(),
            "{pointer} is not in the draft"
        );
        let lines = v["lines"].as_array().unwrap();
        assert!(
            lines[0].as_u64().unwrap() <= lines[1].as_u64().unwrap(),
            "{v}"
        );
        assert!(matches!(
            v["confidence"].as_str(),
            Some("exact" | "inferred")
        ));
    }
    for u in trace["unread"].as_array().unwrap() {
        let keys: Vec<&String> = u.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["lines", "reason"], "{u}");
        let lines = u["lines"].as_array().unwrap();
        assert!(
            lines[0].as_u64().unwrap() <= lines[1].as_u64().unwrap(),
            "{u}"
        );
    }
    trace
}

#[test]
#[allow(clippy::disallowed_methods)] // the test reads a fixture
fn markdown_of_a_rendered_fixture_becomes_a_draft_on_stdout() {
    let md = rendered_markdown("seed-002-kawaguchi-focused.json");
    let original = Report::from_json(
        &std::fs::read_to_string(fixture("seed-002-kawaguchi-focused.json")).unwrap(),
    )
    .unwrap();
    let path = temp_file("import-kawaguchi.md", &md);
    let o = import(&[path_str(&path)]);
    assert_drafted(&o, true);
    assert!(
        stderr(&o).starts_with("重点項目評価書（Markdown）: "),
        "{}",
        stderr(&o)
    );
    let (draft, _) = loaded(&stdout(&o));
    assert_eq!(draft.form(), AssessmentKind::Focused);
    assert_eq!(draft.affair.name, original.affair.name);
}

#[test]
fn standard_input_and_the_output_and_trace_files() {
    let md = rendered_markdown("seed-000-edogawa-full.json");
    let (draft_path, trace_path) = (
        out_path("import-edogawa.json"),
        out_path("import-edogawa-trace.json"),
    );
    let o = run_stdin(
        &[
            "import",
            "-",
            "-o",
            path_str(&draft_path),
            "--trace",
            path_str(&trace_path),
        ],
        md.as_bytes(),
    );
    assert_drafted(&o, false);
    #[allow(clippy::disallowed_methods)] // the test reads the file pia wrote
    let text = std::fs::read_to_string(&draft_path).unwrap();
    let (draft, json) = loaded(&text);
    assert_eq!(draft.form(), AssessmentKind::Full);
    let trace = checked_trace(&trace_path, &json);
    assert!(
        trace["values"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["pointer"] == "/affair/name")
    );
    // The same draft as on stdout; `-o -` is stdout.
    let o = run_stdin(&["import", "-", "-o", "-"], md.as_bytes());
    assert_drafted(&o, true);
    assert_eq!(stdout(&o), text);
}

#[test]
fn a_shift_jis_text_is_read() {
    let md = rendered_markdown("seed-003-kumagaya-basic.json");
    let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(&md);
    assert!(!unmappable, "the fixture's Markdown is in Shift_JIS");
    let path = temp_bytes("import-kumagaya-sjis.md", &bytes);
    let trace_path = out_path("import-kumagaya-trace.json");
    let o = import(&[path_str(&path), "--trace", path_str(&trace_path)]);
    assert_drafted(&o, true);
    let (draft, json) = loaded(&stdout(&o));
    assert_eq!(draft.form(), AssessmentKind::Basic);
    checked_trace(&trace_path, &json);
    // The same draft as from the UTF-8 text.
    let o = run_stdin(&["import", "-"], md.as_bytes());
    assert_eq!(loaded(&stdout(&o)).0, draft);
}

#[test]
fn a_pdf_is_read_through_its_text() {
    let pdf = fixture("pdf/matsudo-focused.pdf");
    let trace_path = out_path("import-matsudo-trace.json");
    let o = import(&[&pdf, "--trace", path_str(&trace_path)]);
    assert_drafted(&o, true);
    assert!(stderr(&o).starts_with("重点項目評価書（"), "{}", stderr(&o));
    let (draft, json) = loaded(&stdout(&o));
    assert_eq!(draft.form(), AssessmentKind::Focused);
    checked_trace(&trace_path, &json);
}

#[test]
fn what_is_not_a_report_is_refused_with_exit_2() {
    let dir = temp_dir();
    let cases: Vec<(PathBuf, &str)> = vec![
        (temp_bytes("import-empty.txt", b""), "空"),
        (temp_file("import-blank.txt", " \n\n"), "空"),
        (
            temp_bytes("import-binary.bin", b"\x00\x01\x02PK\x03\x04\x00\x00"),
            "テキストではありません",
        ),
        (
            temp_file("import-minutes.txt", "議事録\n出席者 5名\n"),
            "特定個人情報保護評価書ではありません",
        ),
        (
            temp_file(
                "import-changes.txt",
                "変更または追記した箇所\n変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n",
            ),
            "変更箇所の一覧",
        ),
        (
            temp_bytes("import-broken.pdf", b"%PDF-1.7\n% cut short\n"),
            "PDF",
        ),
        (dir.join("import-missing.txt"), "読み込めません"),
        (dir.to_path_buf(), "読み込めません"),
    ];
    for (path, needle) in cases {
        let o = import(&[path_str(&path)]);
        assert_refused(&o, needle);
        assert!(
            stderr(&o).contains(path.file_name().unwrap().to_str().unwrap()),
            "{}",
            stderr(&o)
        );
    }
    // On standard input, named `<stdin>`.
    assert_refused(&run_stdin(&["import", "-"], b""), "<stdin>: ");
}

#[test]
fn nothing_is_written_to_stdout_when_a_file_cannot_be_written() {
    let md = temp_file(
        "import-write.md",
        &rendered_markdown("seed-003-kumagaya-basic.json"),
    );
    let nowhere = temp_dir().join("no-such-dir/draft.json");
    for args in [
        vec![path_str(&md), "-o", path_str(&nowhere)],
        vec![path_str(&md), "--trace", path_str(&nowhere)],
    ] {
        assert_refused(&import(&args), "書き込めません");
    }
}

#[test]
fn bad_arguments_are_one_line() {
    let md = path_str(&temp_file("import-args.md", "x")).to_owned();
    let same = path_str(&out_path("import-same.json")).to_owned();
    for (args, needle) in [
        (vec![], "引数 <INPUT> がありません"),
        (vec![md.as_str(), "extra"], "余分な引数「extra」"),
        (vec![md.as_str(), "--yaml"], "不明なオプション「--yaml」"),
        (vec![md.as_str(), "-o"], "--output のファイル名がありません"),
        (
            vec![md.as_str(), "--trace"],
            "--trace のファイル名がありません",
        ),
        (
            vec![md.as_str(), "--trace", "-"],
            "--trace に - は使えません",
        ),
        (
            vec![md.as_str(), "-o", same.as_str(), "--trace", same.as_str()],
            "同じファイル",
        ),
    ] {
        let o = import(&args);
        assert_refused(&o, needle);
        assert!(
            stderr(&o).contains("pia import") || needle == "同じファイル",
            "{}",
            stderr(&o)
        );
    }
}
