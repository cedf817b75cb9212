//! Every `pia` command answers bad input with exit 2, one line on stderr and nothing on stdout
//! (issue 14): empty, huge, negative, full-width and emoji arguments, control characters,
//! missing and extra arguments, unknown options, a directory, `/dev/null`, a 50 MB file, a byte
//! order mark, deep nesting, duplicated keys. Big files are made in the test's temp directory
//! and removed afterwards. It also ends quietly on a closed pipe, and prints `--help` and
//! `--version` on stdout.

use std::collections::HashSet;
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use mynumber_pia::AssessmentKind;
use mynumber_pia::report::Report;

use super::{pia, stderr, stdout, temp_bytes, temp_dir, temp_file};

/// Runs `pia` with `args` exactly (the command included).
fn run_os(args: &[OsString]) -> Output {
    Command::new(pia())
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("pia runs")
}

fn os(args: &[&str]) -> Vec<OsString> {
    args.iter().map(OsString::from).collect()
}

fn path_arg(command: &str, path: &Path) -> Vec<OsString> {
    vec![OsString::from(command), path.as_os_str().to_owned()]
}

/// The most characters the one line on stderr may have (a message keeps at most 1,000).
const MAX_LINE_CHARS: usize = 1_100;

/// Exit 2, nothing on stdout, one short line on stderr that starts `pia: ` and holds no raw
/// control character, no panic; the line contains each of `needles`.
fn assert_refused(args: &[OsString], needles: &[&str]) {
    let o = run_os(args);
    let shown: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().chars().take(60).collect())
        .collect();
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(2), "{shown:?}: {err}");
    assert!(o.stdout.is_empty(), "{shown:?}: stdout {:?}", stdout(&o));
    assert!(err.starts_with("pia: "), "{shown:?}: {err}");
    assert!(err.ends_with('\n'), "{shown:?}: {err}");
    let line = err.trim_end_matches('\n');
    assert!(
        !line.chars().any(char::is_control),
        "{shown:?}: a control character in {line:?}"
    );
    assert!(
        line.chars().count() <= MAX_LINE_CHARS,
        "{shown:?}: {} characters",
        line.chars().count()
    );
    assert!(!err.contains("panicked"), "{shown:?}: {err}");
    assert_japanese(line, args);
    for needle in needles {
        assert!(
            err.contains(needle),
            "{shown:?}: {err} should contain {needle}"
        );
    }
}

/// The ASCII words a `pia` message may hold besides the input it echoes: names of commands,
/// options, formats and encodings, and the placeholders of its usage lines. Any other English
/// word (an OS's `No such file or directory`, a library's `failed parsing …`, clap's `error:`)
/// fails the test.
#[rustfmt::skip]
const ASCII_WORDS: &[&str] = &[
    // The program and `help` (the commands are [`super::COMMANDS`]).
    "pia", "help",
    // Options and their values.
    "json", "ics", "as", "of", "incident", "format", "html", "md", "form", "basic", "focused",
    "full", "seed", "subjects", "handlers", "defect", "output", "trace", "today", "version",
    "yes", "no", "size", "small", "typical", "large", "huge", "systems", "files", "entrustments",
    "re", "entrustment", "depth", "provisions", "transfers", "changes", "revision", "out", "dir",
    // Placeholders of the usage lines, formats and encodings (abbreviations of up to three
    // capitals pass anyway).
    "file", "old", "new", "text", "DATE", "INPUT", "DRAFT", "TRACE", "CODE", "YYYY", "JSON", "HTML",
    "Shift", "Shift_JIS", "stdin",
];

/// No word of English in `line` but those of [`ASCII_WORDS`], the field names of the report's
/// JSON (a message names the JSON path), JSON's `null`, `true` and `false`, and what `args`
/// echo (a control character as its escape, as `pia` echoes it) and what a message quotes in
/// 「」 (a value or a key of the input), even when a long message is cut with `…` inside a
/// quote, and the JSON path of a report file's error.
fn assert_japanese(line: &str, args: &[OsString]) {
    let mut echoed: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    echoed.extend(
        // A quote may be cut (`…`) where a long message is shortened.
        line.split(['「', '…'])
            .skip(1)
            .filter_map(|quoted| quoted.split_once('」'))
            .map(|(inside, _)| inside.to_owned()),
    );
    // The JSON path before `評価書の形式に合いません` or `JSON の構文…` names keys of the input.
    let parts: Vec<&str> = line.split(": ").collect();
    echoed.extend(parts.windows(2).filter_map(|pair| match pair {
        [path, why] if why.starts_with("評価書の形式") || why.starts_with("JSON の構文") => {
            Some((*path).to_owned())
        }
        _ => None,
    }));
    // A word touching the `…` of a cut message is a piece of the input the cut went through.
    let ascii_word = |c: char| c.is_ascii_alphabetic() || c == '_';
    for (before, after) in line.split('…').zip(line.split('…').skip(1)) {
        let head = before.len() - before.trim_end_matches(ascii_word).len();
        echoed.push(before[before.len() - head..].to_owned());
        let tail = after.len() - after.trim_start_matches(ascii_word).len();
        echoed.push(after[..tail].to_owned());
    }
    let words = |text: &str| -> Vec<String> {
        without_escapes(text)
            .split(|c: char| !c.is_ascii_alphabetic() && c != '_')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let echoed_words: HashSet<String> = echoed.iter().flat_map(|e| words(e)).collect();
    // Abbreviations (PDF, BOM, the codes' TH, EN…) are not prose.
    let abbreviation = |w: &str| w.len() <= 3 && w.chars().all(|c| c.is_ascii_uppercase());
    let english: Vec<String> = words(line)
        .into_iter()
        .filter(|w| !echoed_words.contains(w) && !abbreviation(w))
        .filter(|w| {
            !ASCII_WORDS.contains(&w.as_str())
                && !super::COMMANDS.contains(&w.as_str())
                && !json_words().contains(w)
        })
        .collect();
    assert!(
        english.is_empty(),
        "{echoed:?}: English {english:?} in {line:?}"
    );
}

/// `text` without its backslash escapes (`\n`, `\xFF`, `\u{1b}`): they stand for characters
/// of the input, not for words.
fn without_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('x') => {
                chars.next();
                chars.next();
            }
            Some('u') if chars.peek() == Some(&'{') => {
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                }
            }
            _ => {}
        }
        out.push(' ');
    }
    out
}

/// The field names of the report's JSON (every `properties` key of its JSON Schema) and JSON's
/// literals.
fn json_words() -> &'static HashSet<String> {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        fn walk(value: &serde_json::Value, words: &mut HashSet<String>) {
            match value {
                serde_json::Value::Object(map) => {
                    for (key, inner) in map {
                        if let ("properties", serde_json::Value::Object(fields)) =
                            (key.as_str(), inner)
                        {
                            words.extend(fields.keys().cloned());
                        }
                        walk(inner, words);
                    }
                }
                serde_json::Value::Array(items) => items.iter().for_each(|i| walk(i, words)),
                _ => {}
            }
        }
        let schema: serde_json::Value =
            serde_json::from_str(mynumber_pia::report::JSON_SCHEMA).expect("the schema");
        let mut words: HashSet<String> = ["null", "true", "false"].map(String::from).into();
        walk(&schema, &mut words);
        words
    })
}

const HUGE: &str = "99999999999999999999999999999999999999999999";

/// Bad arguments, command by command: (arguments, parts of the message).
const ARGUMENTS: &[(&[&str], &[&str])] = &[
    // The command itself.
    (&["thresold"], &["不明なコマンド「thresold」"]),
    (&["--json"], &["不明なコマンド「--json」"]),
    (&[""], &["不明なコマンド「」"]),
    (&["😀"], &["不明なコマンド「😀」"]),
    (&["show\nx"], &["「show\\nx」"]),
    // threshold
    (&["threshold", "", "", ""], &["<対象人数>"]),
    (&["threshold", HUGE, "1", "なし"], &["<対象人数>"]),
    (&["threshold", "1", HUGE, "なし"], &["<取扱者数>"]),
    (&["threshold", "-1", "1", "なし"], &["<対象人数>", "負の数"]),
    (&["threshold", "-1,000", "1", "なし"], &["<対象人数>"]),
    (&["threshold", "ａｂｃ", "1", "なし"], &["<対象人数>"]),
    (&["threshold", "１", "－１", "なし"], &["<取扱者数>"]),
    (&["threshold", "1", "1", "なしなし"], &["<重大事故>"]),
    (&["threshold", "😀", "1", "なし"], &["<対象人数>"]),
    (&["threshold", "1", "1", "😀"], &["<重大事故>"]),
    (&["threshold", "1", "1", "なし", "-x"], &["「-x」"]),
    (
        &["threshold", "1", "1", "なし", "--json=x"],
        &["「--json=x」"],
    ),
    (&["threshold", "--yaml"], &["不明なオプション「--yaml」"]),
    (
        &["threshold", "1\u{1b}[31m", "1", "なし"],
        &["1\\u{1b}[31m"],
    ),
    (&["threshold", "1\r2", "1", "なし"], &["「1\\r2」"]),
    // date
    (&["date"], &["pia date"]),
    (&["date", ""], &["日付が空です"]),
    (
        &["date", "令和6年\n13月6日"],
        &["「令和6年\\n13月6日」", "13月"],
    ),
    (&["date", "令和6\u{1b}[31m年"], &["\\u{1b}"]),
    (&["date", "令和6年\r13月"], &["\\r"]),
    (&["date", "令和99999999999999999999年1月1日"], &[]),
    (&["date", "-1"], &[]),
    (&["date", "－１"], &[]),
    (&["date", "😀"], &["😀"]),
    (&["date", "2024-13-01"], &[]),
    // basis: only empty text is bad input.
    (&["basis"], &["空"]),
    (&["basis", ""], &["空"]),
    (&["basis", "　"], &["空"]),
    (&["basis", "--json"], &["空"]),
    (
        &["basis", "--json=x", "番号法"],
        &["basis: 不明なオプション「--json=x」"],
    ),
    (&["basis", "番号法", "--yaml\nx"], &["「--yaml\\nx」"]),
    // show and validate: arguments.
    (&["show"], &["<file.json>"]),
    (&["show", "--json"], &["--json"]),
    (&["show", "-x"], &["「-x」"]),
    (&["show", "a.json", "b.json"], &["余分な引数「b.json」"]),
    (&["show", ""], &["読み込めません（ファイルがありません）"]),
    (
        &["show", "/nonexistent/a\nb.json"],
        &["/nonexistent/a\\nb.json"],
    ),
    (&["validate"], &["<file.json>"]),
    (
        &["validate", "a.json", "--today"],
        &["--as-of の日付がありません"],
    ),
    (
        &["validate", "a.json", "--today", "2026-01-01\nx"],
        &["「2026-01-01\\nx」"],
    ),
    (
        &["validate", "a.json", "--today", "2026-02-30"],
        &["--as-of「2026-02-30」"],
    ),
    (&["validate", "a.json", "--today", "-1"], &["--as-of「-1」"]),
    (
        &["validate", "a.json", "--today", "２０２６-１３-０１"],
        &["--as-of"],
    ),
    (&["validate", "a.json", "--today", HUGE], &["--as-of"]),
    (
        &["validate", "a.json", "--yaml"],
        &["不明なオプション「--yaml」"],
    ),
    (
        &["validate", "/nonexistent/a\nb.json"],
        &["/nonexistent/a\\nb.json"],
    ),
    // schedule
    (&["schedule"], &["<file.json>"]),
    (
        &["schedule", "a.json", "--incident"],
        &["--incident の日付がありません"],
    ),
    (
        &["schedule", "a.json", "--incident", "2026-01-01\nx"],
        &["「2026-01-01\\nx」"],
    ),
    (&["schedule", "a.json", "--today", HUGE], &["--as-of"]),
    (&["schedule", "a.json", "--json=x"], &["「--json=x」"]),
    (
        &["schedule", "a.json", "--ics", "--json"],
        &["同時に指定できません"],
    ),
    (
        &["schedule", "a.json", "/nonexistent/a\nb.json"],
        &["a.json"],
    ),
    // diff: arguments.
    (&["diff"], &["<old.json> <new.json>"]),
    (&["diff", "a.json"], &["<old.json> <new.json>"]),
    (
        &["diff", "a.json", "b.json", "--date"],
        &["--as-of の日付がありません"],
    ),
    (
        &["diff", "a.json", "b.json", "--date", "2026-01-01\nx"],
        &["「2026-01-01\\nx」"],
    ),
    (&["diff", "a.json", "b.json", "--date", HUGE], &["--as-of"]),
    (
        &["diff", "a.json", "b.json", "c.json"],
        &["余分な引数「c.json」"],
    ),
    (&["diff", "a.json", "b.json", "--json=x"], &["--json=x"]),
    (
        &["diff", "/nonexistent/a\nb.json", "b.json"],
        &["/nonexistent/a\\nb.json"],
    ),
    // generate
    (&["generate", "--form"], &["--form の値がありません"]),
    (&["generate", "--form", "full\nx"], &["「full\\nx」"]),
    (
        &["generate", "--seed", HUGE],
        &["--seed「", "までの整数ではありません"],
    ),
    (&["generate", "--seed", "１"], &["--seed「１」"]),
    (&["generate", "--subjects", HUGE], &["--subjects"]),
    (&["generate", "--handlers", "😀"], &["--handlers"]),
    (
        &["generate", "--as-of", "令和8年4月31日"],
        &["--as-of「令和8年4月31日」"],
    ),
    (&["generate", "--defect", ""], &["--defect"]),
    (&["generate", "--defect", "TH001\u{1b}"], &["TH001\\u{1b}"]),
    (&["generate", "--incident=yes"], &["「--incident=yes」"]),
    (&["generate", "--yaml"], &["不明なオプション「--yaml」"]),
    // codes
    (&["codes", "x"], &["余分な引数「x」", "pia codes"]),
    // render: arguments.
    (&["render"], &["<file.json>"]),
    (
        &["render", "a.json", "--format"],
        &["--format の値がありません"],
    ),
    (
        &["render", "a.json", "--format", "pdf"],
        &["--format「pdf」は html か md です"],
    ),
    (&["render", "a.json", "--format", "md\nx"], &["「md\\nx」"]),
    (
        &["render", "a.json", "--json"],
        &["不明なオプション「--json」"],
    ),
    (&["render", "a.json", "b.json"], &["余分な引数「b.json」"]),
    (&["render", ""], &["読み込めません（ファイルがありません）"]),
    (
        &["render", "/nonexistent/a\nb.json"],
        &["/nonexistent/a\\nb.json"],
    ),
];

#[test]
fn bad_arguments_are_refused_in_one_line() {
    for (args, needles) in ARGUMENTS {
        assert_refused(&os(args), needles);
    }
}

#[test]
fn a_huge_argument_is_cut_in_the_message() {
    // About 100 KB (Linux takes at most 128 KiB in one argument).
    let huge = "令".repeat(33_000);
    let path = format!("/nonexistent/{huge}.json");
    for args in [
        vec!["date", huge.as_str()],
        vec!["threshold", huge.as_str(), "1", "なし"],
        vec!["threshold", "1", "1", "なし", huge.as_str()],
        vec!["show", path.as_str()],
        vec!["validate", path.as_str()],
        vec!["render", path.as_str()],
        vec!["validate", "a.json", "--today", huge.as_str()],
        vec!["show", "a.json", huge.as_str()],
        vec![huge.as_str()],
    ] {
        assert_refused(&os(&args), &[&"令".repeat(40)]);
        let err = stderr(&run_os(&os(&args)));
        assert!(err.chars().count() < 400, "{}", err.chars().count());
    }
}

#[cfg(unix)]
#[test]
fn invalid_utf8_anywhere_is_refused() {
    use std::os::unix::ffi::OsStringExt;

    let bad = || OsString::from_vec(b"\xff\xfe".to_vec());
    for args in [
        vec![bad()],
        vec!["threshold".into(), "1".into(), bad(), "なし".into()],
        vec!["date".into(), bad()],
        vec!["basis".into(), "番号法".into(), bad()],
        vec!["show".into(), bad()],
        vec!["render".into(), "a.json".into(), "--format".into(), bad()],
        vec!["validate".into(), "a.json".into(), "--today".into(), bad()],
        vec![
            "schedule".into(),
            "a.json".into(),
            "--incident".into(),
            bad(),
        ],
    ] {
        assert_refused(&args, &["UTF-8"]);
    }
}

/// A report file that is not one: (file name, contents, parts of the message).
fn bad_files() -> Vec<(&'static str, Vec<u8>, Vec<&'static str>)> {
    let head = r#"{"schema_version":1,"form":"全項目評価","#;
    let nested_value = format!(
        "{head}\"cover\":{{\"title\":{}{}}}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    vec![
        ("empty.json", Vec::new(), vec!["空"]),
        ("spaces.json", b"  \n\t ".to_vec(), vec![]),
        ("null.json", b"null".to_vec(), vec![]),
        ("bom.json", b"\xEF\xBB\xBF\r\n".to_vec(), vec!["BOM"]),
        (
            "latin1.json",
            [head.as_bytes(), b"\"cover\":{\"title\":\"\xe9\"}}"].concat(),
            // Worded as `pia import` words bytes that no encoding reads.
            vec!["入力はテキストではありません", "UTF-8 として読めません"],
        ),
        ("nested.json", "[".repeat(100_000).into_bytes(), vec![]),
        ("nested-value.json", nested_value.into_bytes(), vec![]),
        (
            "nested-objects.json",
            format!("{head}\"cover\":{}", "{\"a\":".repeat(100_000)).into_bytes(),
            vec![],
        ),
        (
            "duplicate.json",
            format!("{head}\"form\":\"全項目評価\"}}").into_bytes(),
            vec!["フィールド「form」が2回あります"],
        ),
        (
            "duplicate-inner.json",
            format!("{head}\"cover\":{{\"title\":\"a\",\"title\":\"b\"}}}}").into_bytes(),
            vec!["cover", "フィールド「title」が2回あります"],
        ),
        (
            "duplicate-source.json",
            format!(
                "{head}\"files\":[{{\"acquisition\":{{\"sources\":\
                 {{\"その他\":null,\"その他\":\"x\"}}}}}}]}}"
            )
            .into_bytes(),
            vec![
                "files[0].acquisition.sources",
                "入手元「その他」が2回あります",
            ],
        ),
        (
            "key-line-break.json",
            format!("{head}\"cover\":{{\"ti\\ntle\":1}}}}").into_bytes(),
            vec!["ti\\ntle"],
        ),
        (
            "key-escape.json",
            format!("{head}\"cover\":{{\"a\\u001b[31mb\\rc\":1}}}}").into_bytes(),
            vec!["a\\u{1b}[31mb\\rc"],
        ),
        (
            "long-key.json",
            format!("{head}\"cover\":{{\"{}\":1}}}}", "k".repeat(200_000)).into_bytes(),
            vec!["…"],
        ),
        (
            "raw-line-break.json",
            format!("{head}\"cover\":{{\"title\":\"a\nb\"}}}}").into_bytes(),
            vec!["JSON の構文"],
        ),
        (
            "huge-number.json",
            r#"{"schema_version":1e999999,"form":"全項目評価"}"#
                .as_bytes()
                .to_vec(),
            vec![],
        ),
        (
            "negative-count.json",
            format!("{head}\"files\":[{{\"entrustment_count\":-1}}]}}").into_bytes(),
            vec!["files[0].entrustment_count"],
        ),
        (
            "emoji-label.json",
            format!("{head}\"affair\":{{\"subject_count\":\"😀\"}}}}").into_bytes(),
            vec!["affair.subject_count", "😀"],
        ),
        (
            "full-width-version.json",
            "{\"schema_version\":\"１\",\"form\":\"全項目評価\"}"
                .as_bytes()
                .to_vec(),
            vec!["schema_version"],
        ),
    ]
}

#[test]
fn bad_files_are_refused_in_one_line() {
    for (name, bytes, needles) in bad_files() {
        let path = temp_bytes(name, &bytes);
        for command in ["show", "validate", "schedule", "diff", "render"] {
            let mut args = path_arg(command, &path);
            match command {
                "validate" | "schedule" => args.extend(os(&["--today", "2026-01-01"])),
                // The bad file as the new version, after a good old one.
                "diff" => args.insert(
                    1,
                    temp_file(
                        "good-old.json",
                        &Report::example(AssessmentKind::Full).to_json(),
                    )
                    .into_os_string(),
                ),
                _ => {}
            }
            assert_refused(&args, &needles);
        }
        std::fs::remove_file(path).ok();
    }
}

#[test]
fn a_directory_and_dev_null_are_refused() {
    let dir = temp_dir().join("a-directory.json");
    std::fs::create_dir_all(&dir).unwrap();
    for command in ["show", "validate", "schedule", "render"] {
        assert_refused(&path_arg(command, &dir), &["a-directory.json"]);
        #[cfg(unix)]
        assert_refused(&path_arg(command, Path::new("/dev/null")), &["空"]);
        // A device that never ends is read only up to the limit.
        #[cfg(unix)]
        assert_refused(
            &path_arg(command, Path::new("/dev/zero")),
            &["大きすぎます"],
        );
    }
}

/// The commands that read a file, each with the arguments that make it read `path` alone.
fn reading(path: &Path) -> Vec<Vec<OsString>> {
    let good = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/seed-002-kawaguchi-focused.json");
    let mut runs: Vec<Vec<OsString>> = ["show", "validate", "schedule", "render", "import"]
        .iter()
        .map(|command| path_arg(command, path))
        .collect();
    runs.push(vec!["diff".into(), path.into(), good.clone().into()]);
    runs.push(vec!["diff".into(), good.into(), path.into()]);
    runs
}

#[test]
fn a_file_that_cannot_be_read_is_worded_once_in_japanese() {
    let dir = temp_dir().join("a-folder");
    std::fs::create_dir_all(&dir).unwrap();
    let missing = temp_dir().join("no-such-file.json");
    for (path, why) in [
        (missing.as_path(), "読み込めません（ファイルがありません）"),
        (
            dir.as_path(),
            "読み込めません（ファイルではなくディレクトリです）",
        ),
    ] {
        let expected = format!("pia: {}: {why}", path.display());
        for args in reading(path) {
            let o = run_os(&args);
            assert_refused(&args, &[why]);
            // `import` reads a directory's files with `--out-dir`, and says so after the words
            // every command says.
            let hint = match (args[0].to_str(), path == dir.as_path()) {
                (Some("import"), true) => {
                    "。ディレクトリのファイルは --out-dir DIR を付けると読めます"
                }
                _ => "",
            };
            let err = stderr(&o);
            assert!(
                err.starts_with(&format!("{expected}{hint}")),
                "{args:?}: {err}"
            );
            if hint.is_empty() {
                assert_eq!(err, format!("{expected}\n"), "{args:?}");
            }
        }
    }
    let out = temp_dir().join("no-such-dir").join("draft.json");
    let text = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf/matsudo-focused.pdf");
    assert_refused(
        &[
            "import".into(),
            text.clone().into(),
            "-o".into(),
            out.clone().into(),
        ],
        &[&format!(
            "{}: 書き込めません（書き込み先のディレクトリがありません）",
            out.display()
        )],
    );
    // `--out-dir` naming a file that is there: no directory can be made under its name.
    let taken = temp_file("taken-name", "x");
    assert_refused(
        &[
            "import".into(),
            text.clone().into(),
            "--out-dir".into(),
            taken.clone().into(),
        ],
        &[&format!(
            "{}: ディレクトリを作れません（同じ名前のファイルがすでにあります）",
            taken.display()
        )],
    );
}

#[test]
#[allow(clippy::disallowed_methods)] // the test reads a fixture PDF to damage it
fn a_damaged_pdf_is_refused_in_japanese() {
    let pdf = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf/matsudo-focused.pdf"),
    )
    .unwrap();
    for (name, bytes) in [
        ("cut.pdf", pdf[..3000].to_vec()),
        ("header-only.pdf", b"%PDF-1.7\n% nothing else".to_vec()),
        (
            "bad-xref.pdf",
            [&pdf[..pdf.len() / 2], b"\nxref\n0 x\ntrailer\n%%EOF\n"].concat(),
        ),
    ] {
        let path = temp_bytes(name, &bytes);
        assert_refused(&path_arg("import", &path), &["PDF を読めません"]);
    }
}

#[test]
fn a_published_text_or_pdf_is_pointed_to_import_and_a_report_away_from_it() {
    let pdf = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf/matsudo-focused.pdf");
    let text = temp_file(
        "published.txt",
        "特定個人情報保護評価書（基礎項目評価書）\n評価書番号 1\n",
    );
    for command in ["show", "validate", "render"] {
        for path in [pdf.as_path(), text.as_path()] {
            assert_refused(&path_arg(command, path), &["pia import"]);
        }
    }
    let report = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/seed-002-kawaguchi-focused.json");
    assert_refused(
        &path_arg("import", &report),
        &["すでに評価書の JSON です", "pia show"],
    );
    let other = temp_file("other.json", "{\"a\": 1}");
    assert_refused(
        &path_arg("import", &other),
        &["JSON です", "不明なフィールド「a」"],
    );
}

#[test]
fn a_shift_jis_report_is_read_as_import_reads_it() {
    let report = Report::example(AssessmentKind::Basic);
    let json = report.to_json();
    let (sjis, _, lossy) = encoding_rs::SHIFT_JIS.encode(&json);
    assert!(!lossy);
    let path = temp_bytes("shift-jis.json", &sjis);
    let o = run_os(&path_arg("show", &path));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let title = report.cover.title.as_deref().unwrap();
    assert!(stdout(&o).contains(title), "{}", stdout(&o));
}

/// Writes a 50 MB file (a report whose title is one long string) in the temp directory.
fn fifty_megabytes() -> PathBuf {
    let path = temp_dir().join("fifty-mb.json");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    file.write_all(r#"{"schema_version":1,"form":"全項目評価","cover":{"title":""#.as_bytes())
        .unwrap();
    let chunk = "あ".repeat(1024);
    for _ in 0..(50 * 1024 * 1024 / chunk.len()) {
        file.write_all(chunk.as_bytes()).unwrap();
    }
    file.write_all(b"\"}}").unwrap();
    file.flush().unwrap();
    path
}

#[test]
fn a_50_mb_file_is_refused() {
    let path = fifty_megabytes();
    for command in ["show", "validate", "schedule", "render"] {
        assert_refused(
            &path_arg(command, &path),
            &["大きすぎます", "fifty-mb.json"],
        );
    }
    std::fs::remove_file(path).ok();
}

/// Runs `pia` with its stdout a pipe whose reader has gone (`pia … | head -0`) and returns its
/// exit code and stderr. The reader is closed right after the start; an output longer than a
/// pipe's buffer meets the closed pipe whatever the timing.
fn with_closed_stdout(args: &[OsString]) -> (Option<i32>, String) {
    let mut child = Command::new(pia())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pia starts");
    drop(child.stdout.take());
    let o = child.wait_with_output().expect("pia ends");
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn every_command_ends_quietly_on_a_closed_pipe() {
    let full = temp_file(
        "pipe-full.json",
        &Report::example(AssessmentKind::Full).to_json(),
    );
    let mut with_errors = Report::example(AssessmentKind::Full);
    with_errors.affair.info_linkage_basis = None;
    let errors = temp_file("pipe-errors.json", &with_errors.to_json());
    // More than a pipe's buffer (64 KiB) of output: 100,000 characters printed back on a `? ` line.
    let long_basis = "x".repeat(100_000);
    let cases: Vec<(Vec<OsString>, i32)> = vec![
        (os(&["threshold", "150000", "500人以上", "なし"]), 0),
        (
            os(&["threshold", "150000", "500人以上", "なし", "--json"]),
            0,
        ),
        (os(&["date", "令和6年12月6日"]), 0),
        (os(&["generate", "--form", "full"]), 0),
        (os(&["codes"]), 0),
        (os(&["basis", "番号法第19条第8号"]), 0),
        (os(&["basis", "--json", "番号法第19条第8号"]), 0),
        (os(&["basis", &long_basis]), 1),
        (os(&["basis", "--json", &long_basis]), 1),
        (path_arg("show", &full), 0),
        (path_arg("render", &full), 0),
        (
            [path_arg("render", &full), os(&["--format", "md"])].concat(),
            0,
        ),
        (
            [path_arg("validate", &full), os(&["--today", "2026-01-01"])].concat(),
            0,
        ),
        (
            [
                path_arg("validate", &errors),
                os(&["--today", "2026-01-01"]),
            ]
            .concat(),
            1,
        ),
        (
            [path_arg("schedule", &full), os(&["--today", "2026-01-01"])].concat(),
            0,
        ),
        (
            [
                path_arg("diff", &full),
                path_arg("x", &errors)[1..].to_vec(),
            ]
            .concat(),
            1,
        ),
        (
            [
                path_arg("schedule", &full),
                os(&["--today", "2031-01-01", "--ics"]),
            ]
            .concat(),
            0,
        ),
        (
            [
                path_arg("diff", &full),
                path_arg("x", &errors)[1..].to_vec(),
                os(&["--json"]),
            ]
            .concat(),
            1,
        ),
        (os(&["--help"]), 0),
        (os(&["validate", "--help"]), 0),
    ];
    for (args, code) in cases {
        let (status, err) = with_closed_stdout(&args);
        assert_eq!(status, Some(code), "{args:?}: {err}");
        assert_eq!(err, "", "{args:?}");
    }
}

#[test]
fn help_is_printed_on_stdout_in_japanese_and_english() {
    let o = run_os(&os(&["--help"]));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let out = stdout(&o);
    assert!(out.contains("使い方 / Usage: pia"), "{out}");
    for &command in super::COMMANDS {
        assert!(out.contains(&format!("  {command} ")), "{command}: {out}");
    }
    assert!(out.contains("終了コード / Exit codes"), "{out}");
    let o = run_os(&os(&["-h"]));
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("コマンド / Commands"));

    for (command, usage) in [
        (
            "threshold",
            "pia threshold <対象人数> <取扱者数> <重大事故> [--json]",
        ),
        ("date", "pia date <日付> [--json]"),
        ("basis", "pia basis <text> [--json]"),
        ("show", "pia show <file.json> [--json]"),
        (
            "validate",
            "pia validate <file.json>... [--as-of 日付] [--json] [--trace TRACE.json]",
        ),
        (
            "schedule",
            "pia schedule <file.json>... [--as-of 日付] [--incident 日付] [--json | --ics]",
        ),
        (
            "diff",
            "pia diff <old.json> <new.json> [--as-of 日付] [--json]",
        ),
        (
            "generate",
            "pia generate [--form basic|focused|full] [--seed N] [--as-of 日付] [--subjects N] [--handlers N] [--incident] [--size small|typical|large|huge] [--systems N] [--files N] [--entrustments N] [--re-entrustment-depth N] [--provisions N] [--transfers N] [--changes N] [--revision 様式の版] [--defect CODE] [--json]",
        ),
        ("codes", "pia codes [--json]"),
        ("render", "pia render <file.json> [--format html|md]"),
        (
            "import",
            "pia import <INPUT> [-o DRAFT.json] [--trace TRACE.json] [--review REVIEW.html] [--text TEXT.txt] [--onto REPORT.json] [--max-size N]\n       pia import <INPUT>... --out-dir DIR [--max-size N]",
        ),
    ] {
        for flag in ["--help", "-h"] {
            let o = run_os(&os(&[command, flag]));
            assert_eq!(o.status.code(), Some(0), "{command} {flag}");
            assert_eq!(stderr(&o), "", "{command} {flag}");
            let out = stdout(&o);
            assert!(
                out.contains(&format!("使い方 / Usage: {usage}\n")),
                "{command}: {out}"
            );
            assert!(
                out.contains("ヘルプを表示 / Print help"),
                "{command}: {out}"
            );
        }
    }
}

#[test]
fn help_shows_required_arguments_as_required_and_no_empty_heading() {
    for command in super::COMMANDS {
        let help = stdout(&run_os(&os(&[command, "--help"])));
        // A heading of arguments only where there are some, each argument written `<…>` (all are
        // required), never `[…]`.
        match help.split_once("引数 / Arguments:\n") {
            Some((_, rest)) => {
                let first = rest.lines().next().unwrap_or_default();
                assert!(first.starts_with("  <"), "{command}: {first:?}");
                let section = rest
                    .split("オプション / Options:")
                    .next()
                    .unwrap_or_default();
                assert!(
                    !section.lines().any(|l| l.starts_with("  [")),
                    "{command}: {section}"
                );
            }
            None => assert!(
                ["generate", "codes"].contains(command),
                "{command} has arguments: {help}"
            ),
        }
        // Japanese sentences are not joined with a space (a doc comment's line break).
        for stray in ["。 ", "、 "] {
            assert!(!help.contains(stray), "{command}: {stray:?} in {help}");
        }
    }
}

#[test]
fn version_is_printed_on_stdout() {
    for flag in ["--version", "-V"] {
        let o = run_os(&os(&[flag]));
        assert_eq!(o.status.code(), Some(0));
        assert_eq!(stdout(&o), format!("pia {}\n", env!("CARGO_PKG_VERSION")));
        assert_eq!(stderr(&o), "");
    }
}

/// `pia` alone: the list of commands, one line, exit 2.
#[test]
fn no_command_is_a_usage_error() {
    let o = run_os(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "pia: 使い方: pia <threshold|date|basis|show|validate|schedule|diff|render|generate|import|codes> …\n"
    );
    assert_eq!(stdout(&o), "");
}
