//! The `pia import` command contract, run against the built `pia` binary: exit 0 (1 when the draft
//! needs attention: a warning, or no value) with the draft on stdout or in `-o` and one summary
//! line on stderr; exit 2 with one line on stderr and nothing on stdout for what is not a 評価書;
//! `--trace` in the shape other tools read (checked against
//! `schema/cli-import-trace.schema.json`, every pointer found in the draft); `--review` and
//! `--text`; `--onto` for a change list; `--max-size`; a batch with `--out-dir`; text, a
//! Shift_JIS file, standard input, a PDF and the Markdown of `pia render`. No test depends on
//! how many values the import reads: the exit code is checked against the draft's own trace.

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

/// Exit 0 or 1 (a draft that needs attention), the draft on stdout (or nothing there with `-o`),
/// and exactly one summary line on stderr without raw control characters.
fn assert_drafted(o: &Output, on_stdout: bool) {
    let err = stderr(o);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{err}");
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
        assert_eq!(keys, ["confidence", "lines", "pointer", "rule"], "{v}");
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
        assert_eq!(keys, ["code", "lines", "reason"], "{u}");
        let lines = u["lines"].as_array().unwrap();
        assert!(
            lines[0].as_u64().unwrap() <= lines[1].as_u64().unwrap(),
            "{u}"
        );
    }
    assert!(trace["furniture"].is_array(), "{trace}");
    trace
}

/// The exit code a draft's trace calls for: 1 when it has a warning or no value, else 0.
fn expected_exit(trace: &Value) -> i32 {
    let warned = !trace["warnings"].as_array().unwrap().is_empty();
    let empty = trace["values"].as_array().unwrap().is_empty();
    i32::from(warned || empty)
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
    assert_eq!(o.status.code(), Some(expected_exit(&trace)));
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

/// A PDF whose text layer gives radicals for the ideographs the page shows: the draft warns
/// `IW008` with their count (trace and exit 1); the same PDF with the ideographs does not.
#[cfg(feature = "pdf")]
#[test]
fn a_pdf_whose_radicals_were_mapped_back_says_so() {
    use crate::pdf_bytes::{OPENING, text_pdf, with_radicals};
    let radicals = with_radicals(&OPENING);
    let radicals: Vec<&str> = radicals.iter().map(String::as_str).collect();
    let codes = |name: &str, lines: &[&str]| {
        let pdf = temp_bytes(name, &text_pdf(lines));
        let trace_path = out_path(&format!("{name}.trace.json"));
        let o = import(&[path_str(&pdf), "--trace", path_str(&trace_path)]);
        assert_drafted(&o, true);
        let trace = checked_trace(&trace_path, &loaded(&stdout(&o)).1);
        assert_eq!(o.status.code(), Some(expected_exit(&trace)));
        trace["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| {
                (
                    w["code"].as_str().unwrap().to_owned(),
                    w["message"].as_str().unwrap().to_owned(),
                )
            })
            .collect::<Vec<_>>()
    };
    let plain = codes("import-opening.pdf", &OPENING);
    let mapped = codes("import-opening-radicals.pdf", &radicals);
    assert!(plain.iter().all(|(code, _)| code != "IW008"), "{plain:?}");
    assert_eq!(mapped[..mapped.len() - 1], plain[..]);
    assert_eq!(
        mapped.last().unwrap(),
        &(
            "IW008".to_owned(),
            "異体字・互換文字 3 文字を通常の文字に置き換えました".to_owned()
        )
    );
}

#[test]
fn a_pdf_is_read_through_its_text() {
    let pdf = fixture("pdf/matsudo-focused.pdf");
    let trace_path = out_path("import-matsudo-trace.json");
    let text_path = out_path("import-matsudo.txt");
    let o = import(&[
        &pdf,
        "--trace",
        path_str(&trace_path),
        "--text",
        path_str(&text_path),
    ]);
    assert_drafted(&o, true);
    assert!(stderr(&o).starts_with("重点項目評価書（"), "{}", stderr(&o));
    let (draft, json) = loaded(&stdout(&o));
    assert_eq!(draft.form(), AssessmentKind::Focused);
    let trace = checked_trace(&trace_path, &json);
    assert_eq!(o.status.code(), Some(expected_exit(&trace)));
    // The text read is the PDF's extracted text: every traced line is one of its lines, and the
    // library reads the PDF to the same text and the same draft (with the page's layout, as
    // `PdfText::import` reads it).
    #[allow(clippy::disallowed_methods)] // the test reads the file pia wrote, and the PDF
    let (text, bytes) = (
        std::fs::read_to_string(&text_path).unwrap(),
        std::fs::read(&pdf).unwrap(),
    );
    let lines = text.lines().count() as u64;
    for v in trace["values"].as_array().unwrap() {
        assert!(v["lines"][1].as_u64().unwrap() <= lines, "{v}");
    }
    let read = mynumber_pia::import::read_pdf(&bytes).unwrap();
    assert_eq!(read.text, text);
    assert_eq!(read.import().unwrap().report, draft);
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
        (
            vec![md.as_str(), "extra"],
            "余分な引数「extra」（複数の入力は --out-dir",
        ),
        (
            vec![md.as_str(), "--max-size", "ten"],
            "--max-size の値「ten」",
        ),
        (
            vec![md.as_str(), "--max-size"],
            "--max-size の大きさがありません",
        ),
        (
            vec![md.as_str(), "--out-dir", same.as_str(), "-o", "x.json"],
            "-o は --out-dir と同時に使えません",
        ),
        (vec!["-", "--out-dir", same.as_str()], "標準入力"),
        (
            vec![md.as_str(), "--review", "-"],
            "--review に - は使えません",
        ),
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
            stderr(&o).contains("pia import") || ["同じファイル", "標準入力"].contains(&needle),
            "{}",
            stderr(&o)
        );
    }
}

/// A text of a form with hardly anything in it: the draft is written, and it needs attention.
#[test]
fn a_draft_that_needs_attention_exits_1() {
    let path = temp_file(
        "import-thin.txt",
        "特定個人情報保護評価書（基礎項目評価書）\n\nⅠ　関連情報\n\n架空の一行\n",
    );
    let trace_path = out_path("import-thin-trace.json");
    let o = import(&[path_str(&path), "--trace", path_str(&trace_path)]);
    assert_drafted(&o, true);
    let (_, json) = loaded(&stdout(&o));
    #[allow(clippy::disallowed_methods)] // the test reads the file pia wrote
    let trace: Value =
        serde_json::from_str(&std::fs::read_to_string(&trace_path).unwrap()).unwrap();
    assert!(json.is_object());
    assert_eq!(expected_exit(&trace), 1, "{trace}");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

#[test]
fn the_review_page_and_the_text_read_are_written() {
    let md = rendered_markdown("seed-002-kawaguchi-focused.json");
    let path = temp_file("import-review.md", &md);
    let (review, text) = (
        out_path("import-review.html"),
        out_path("import-review.txt"),
    );
    let o = import(&[
        path_str(&path),
        "--review",
        path_str(&review),
        "--text",
        path_str(&text),
    ]);
    assert_drafted(&o, true);
    #[allow(clippy::disallowed_methods)] // the test reads the files pia wrote
    let (page, read) = (
        std::fs::read_to_string(&review).unwrap(),
        std::fs::read_to_string(&text).unwrap(),
    );
    assert_eq!(read, md);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("取込みの確認"));
    assert!(!page.contains("<script"));
    // A line anchor for every line of the text read.
    let lines = read.lines().count();
    assert!(page.contains(&format!("id=\"L{lines}\"")));
    // --review and -o must be different files.
    assert_refused(
        &import(&[
            path_str(&path),
            "-o",
            path_str(&review),
            "--review",
            path_str(&review),
        ]),
        "同じファイル",
    );
}

#[test]
fn the_size_limit_is_raised_by_max_size() {
    let md = rendered_markdown("seed-003-kumagaya-basic.json");
    let path = temp_file("import-size.md", &md);
    assert_refused(
        &import(&[path_str(&path), "--max-size", "1K"]),
        "--max-size",
    );
    let o = import(&[path_str(&path), "--max-size", "20M"]);
    assert_drafted(&o, true);
}

/// An invented list of changed items, in the shape bodies publish them.
const CHANGE_LIST: &str = "変更または追記した箇所\tページ\t事由等\n\
    -------------\t-----\t-----\n\
    Ⅰ 基本情報\n\
    6. 評価実施機関における担当部署\n\
    ②所属長の役職名\t架空課長\t4\t架空の組織改正\n";

#[test]
fn a_change_list_is_read_onto_the_report_it_changes() {
    let list = temp_file("import-change-list.txt", CHANGE_LIST);
    // Without --onto: refused as before, and told how to read it.
    assert_refused(&import(&[path_str(&list)]), "--onto");
    // A 重点項目評価書: its 担当部署 is section 6 of chapter Ⅰ.
    let onto = fixture("seed-002-kawaguchi-focused.json");
    let trace_path = out_path("import-change-list-trace.json");
    let o = import(&[
        path_str(&list),
        "--onto",
        &onto,
        "--trace",
        path_str(&trace_path),
    ]);
    assert_drafted(&o, true);
    let (draft, json) = loaded(&stdout(&o));
    #[allow(clippy::disallowed_methods)] // the test reads a fixture
    let before = Report::from_json(&std::fs::read_to_string(&onto).unwrap()).unwrap();
    assert_eq!(draft.changes.len(), before.changes.len() + 1);
    let row = draft.changes.last().unwrap();
    assert_eq!(row.after.as_deref(), Some("架空課長"));
    assert_eq!(row.explanation.as_deref(), Some("架空の組織改正"));
    assert_eq!(draft.cover, before.cover);
    let trace = checked_trace(&trace_path, &json);
    assert_eq!(o.status.code(), Some(expected_exit(&trace)));
    // --onto with a whole report is refused.
    let md = temp_file(
        "import-onto-whole.md",
        &rendered_markdown("seed-003-kumagaya-basic.json"),
    );
    assert_refused(&import(&[path_str(&md), "--onto", &onto]), "--onto");
}

/// A batch of a few files and a folder, one of them bad: every file imported, the files and the
/// summary written, a line per input naming it, the exit code the worst.
#[test]
#[allow(clippy::disallowed_methods)] // the test reads the files pia wrote
fn a_batch_imports_every_file_and_summarises() {
    let folder = temp_dir().join("import-batch-in");
    std::fs::create_dir_all(folder.join("nested")).unwrap();
    std::fs::write(
        folder.join("kawaguchi.md"),
        rendered_markdown("seed-002-kawaguchi-focused.json"),
    )
    .unwrap();
    std::fs::write(folder.join("minutes.txt"), "議事録\n出席者 5名\n").unwrap();
    std::fs::write(folder.join(".hidden"), "x").unwrap();
    std::fs::write(folder.join("nested/inner.md"), "not read").unwrap();
    let kumagaya = temp_file(
        "kumagaya.md",
        &rendered_markdown("seed-003-kumagaya-basic.json"),
    );
    let pdf = fixture("pdf/matsudo-focused.pdf");
    let out = temp_dir().join("import-batch-out");
    let _ = std::fs::remove_dir_all(&out);
    let o = import(&[
        path_str(&folder),
        path_str(&kumagaya),
        &pdf,
        "--out-dir",
        path_str(&out),
    ]);
    let err = stderr(&o);
    // The bad file: exit 2, after every other file was imported.
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(o.stdout.is_empty());
    assert!(raw_controls(&err).is_empty(), "{err:?}");
    let inputs = [
        "kawaguchi.md",
        "minutes.txt",
        "kumagaya.md",
        "matsudo-focused.pdf",
    ];
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), inputs.len(), "{err}");
    for (line, input) in lines.iter().zip(inputs) {
        assert!(line.contains(input), "{line} names {input}");
    }
    assert!(lines[1].contains("取り込めません"), "{}", lines[1]);
    // Each good input's four files; the bad one's text only.
    for name in ["kawaguchi", "kumagaya", "matsudo-focused"] {
        for ext in ["json", "trace.json", "review.html", "txt"] {
            assert!(out.join(format!("{name}.{ext}")).is_file(), "{name}.{ext}");
        }
        let draft = std::fs::read_to_string(out.join(format!("{name}.json"))).unwrap();
        let (_, json) = loaded(&draft);
        checked_trace(&out.join(format!("{name}.trace.json")), &json);
    }
    assert!(out.join("minutes.txt").is_file());
    assert!(!out.join("minutes.json").exists());
    assert!(!out.join("inner.json").exists() && !out.join("hidden.json").exists());
    // The summary: a row per input, in order, with the columns the issue names.
    let summary: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("summary.json")).unwrap()).unwrap();
    let rows = summary.as_array().unwrap();
    assert_eq!(rows.len(), inputs.len());
    for (row, input) in rows.iter().zip(inputs) {
        assert!(row["file"].as_str().unwrap().ends_with(input), "{row}");
        for key in [
            "form",
            "revision",
            "body",
            "title",
            "values",
            "inferred",
            "unread_chars",
            "warnings",
            "outcome",
        ] {
            assert!(row.get(key).is_some(), "{key} in {row}");
        }
    }
    let outcomes: Vec<&str> = rows
        .iter()
        .map(|r| r["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes[1], "refused");
    assert!(
        outcomes
            .iter()
            .enumerate()
            .all(|(i, o)| i == 1 || *o != "refused"),
        "{outcomes:?}"
    );
    // Each draft's outcome is what its trace calls for.
    for (row, name) in rows
        .iter()
        .zip(["kawaguchi", "", "kumagaya", "matsudo-focused"])
    {
        if name.is_empty() {
            continue;
        }
        let trace: Value = serde_json::from_str(
            &std::fs::read_to_string(out.join(format!("{name}.trace.json"))).unwrap(),
        )
        .unwrap();
        let outcome = if expected_exit(&trace) == 1 {
            "attention"
        } else {
            "ok"
        };
        assert_eq!(row["outcome"], outcome, "{row}");
        assert_eq!(row["values"], trace["values"].as_array().unwrap().len());
    }
    let csv = std::fs::read_to_string(out.join("summary.csv")).unwrap();
    assert_eq!(csv.lines().count(), inputs.len() + 1);
    assert!(csv.starts_with("\u{feff}file,draft,form,revision,body,title,values,inferred,unread_chars,warnings,outcome,message"));
    // Without the bad file, the worst outcome of the drafts.
    let o = import(&[path_str(&kumagaya), "--out-dir", path_str(&out)]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
}
