//! Each fact of the forms is written once, in `src/form/` (issue 43): this test reads the
//! crate's sources and fails on a string literal outside `src/form/` that is a copy of a
//! string of the form tables (a label, a choice, a chapter or section title, a box).
//!
//! What counts: a string literal of at least two characters with a Japanese character in it,
//! in the code of `src/form/` (not its comments, doc attributes or test modules); a copy is the
//! same literal in the code of another file of `src/`. Messages that quote a label inside a
//! longer sentence are not copies.
//!
//! [`KNOWN_COPIES`] lists the copies still to be moved into the form model, each with where it
//! is: the list may only shrink. A copy not in the list fails the test, and so does an entry of
//! the list that is no longer a copy (take it out).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The copies of form strings outside `src/form/` that are not yet read from it, as
/// (the string, the file that holds it). Each is a place a later change moves onto the form
/// model; none may be added.
const KNOWN_COPIES: &[(&str, &str)] = &[
    // The しきい値判断 layer, below the report model, keeps its own labels of the 基礎 Ⅱ items and
    // choices; the form tables repeat them.
    ("1万人以上10万人未満", "src/threshold/labels.rs"),
    ("しきい値判断結果", "src/threshold/labels.rs"),
    ("しきい値判断結果", "src/threshold/stated.rs"),
    ("取扱者数", "src/threshold/count.rs"),
    ("取扱者数", "src/threshold/labels.rs"),
    ("基礎項目評価", "src/threshold/form.rs"),
    ("対象人数", "src/threshold/count.rs"),
    ("対象人数", "src/threshold/labels.rs"),
    (
        "提出する特定個人情報保護評価書の種類",
        "src/threshold/labels.rs",
    ),
    ("発生あり", "src/threshold/labels.rs"),
    ("発生なし", "src/threshold/labels.rs"),
    ("重大事故", "src/threshold/labels.rs"),
    // The report model's part labels of its group items (field.rs), its choices of a body's kind and
    // of a 情報連携 (cover.rs, linkage.rs), and the 変更箇所 columns (change.rs).
    ("NISC政府機関統一基準群", "src/report/full.rs"),
    ("しない", "src/report/field.rs"),
    ("リスクへの対策は十分か", "src/report/field.rs"),
    ("再委託の許諾方法", "src/report/field.rs"),
    ("再委託事項", "src/report/field.rs"),
    ("委託事項", "src/report/location.rs"),
    ("実施しない", "src/report/linkage.rs"),
    ("従業者に対する教育・啓発", "src/report/basic.rs"),
    ("提出時期", "src/report/change.rs"),
    ("最も優先度が高いと考えられる対策", "src/report/basic.rs"),
    ("最も優先度が高いと考えられる対策", "src/report/field.rs"),
    ("死者の個人番号", "src/report/full.rs"),
    ("行っていない", "src/report/field.rs"),
    ("行っていない", "src/report/linkage.rs"),
    ("（{other}）", "src/report/field.rs"),
    // The importer's own words for cells, boxes and the 変更箇所.
    ("その他", "src/import/fill.rs"),
    ("事前", "src/import/changes.rs"),
    ("委託事項", "src/import/walk.rs"),
    ("様式", "src/import/cover.rs"),
    ("行っていない", "src/import/mod.rs"),
    // Validation names items and steps in its findings' fields.
    ("公表日", "src/validation/procedure.rs"),
    ("取扱者数", "src/validation/code.rs"),
    ("変更箇所", "src/validation/code.rs"),
    ("接続しない（入手）", "src/validation/provision.rs"),
    ("接続しない（提供）", "src/validation/provision.rs"),
    ("様式", "src/validation/code.rs"),
    ("第三者点検", "src/validation/procedure.rs"),
    ("評価実施手続", "src/validation/code.rs"),
    ("重大事故", "src/validation/changes.rs"),
    // Change records name the steps of the procedure and the box 「しない」.
    ("しない", "src/change/judge.rs"),
    ("第三者点検", "src/change/consequence.rs"),
    ("評価実施手続", "src/change/consequence.rs"),
    // The dated duties name the items they are about.
    ("公表日", "src/schedule/mod.rs"),
    ("様式", "src/schedule/mod.rs"),
    ("様式", "src/schedule/register.rs"),
    ("重大事故", "src/schedule/mod.rs"),
    // The generator draws bodies and systems from lists of its own.
    // (and the names of its record items, some of which are words of the forms too)
    ("個人番号", "src/generate/names.rs"),
    ("備考", "src/generate/names.rs"),
    ("提供先", "src/generate/names.rs"),
    ("住民基本台帳ネットワークシステム", "src/generate/names.rs"),
    ("区長", "src/generate/names.rs"),
    ("市長", "src/generate/names.rs"),
    ("既存住民基本台帳システム", "src/generate/names.rs"),
    ("村長", "src/generate/names.rs"),
    ("町長", "src/generate/names.rs"),
    ("税務システム", "src/generate/names.rs"),
];

/// The text of a source file.
#[allow(clippy::disallowed_methods)] // the test reads the library's source files
fn read(path: &Path) -> String {
    fs::read_to_string(path).expect("a source")
}

/// The `.rs` files under `dir`, recursively, sorted.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The code of a source file: up to its test module, without comment lines and without
/// `#[doc…]` attributes.
fn code(text: &str) -> String {
    let mut end = text.len();
    for (at, _) in text.match_indices("#[cfg(test)]\n") {
        let next = text[at..].lines().nth(1).unwrap_or("");
        if next.contains("mod tests") {
            end = at;
            break;
        }
    }
    let text = &text[..end];
    text.lines()
        .filter(|line| {
            let t = line.trim_start();
            !t.starts_with("//") && !t.starts_with("#[doc")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The string literals (`"…"`, escapes kept as written) of `code`.
fn literals(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        // A char literal `'"'` holds no string.
        if c == '\'' && chars.peek() == Some(&'"') {
            chars.next();
            prev = '"';
            continue;
        }
        if c == '"' && prev != '\\' {
            let mut lit = String::new();
            let mut escaped = false;
            for d in chars.by_ref() {
                if d == '"' && !escaped {
                    break;
                }
                escaped = d == '\\' && !escaped;
                lit.push(d);
            }
            out.push(lit);
            prev = '"';
            continue;
        }
        prev = c;
    }
    out
}

/// Whether a literal is a string of the forms: two characters or more, one of them Japanese.
fn is_form_text(lit: &str) -> bool {
    lit.chars().count() >= 2 && lit.chars().any(|c| c >= '\u{3000}')
}

#[test]
fn every_form_string_is_written_once_in_the_form_model() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("src");
    let form_dir = src.join("form");
    let mut form_texts = BTreeSet::new();
    for path in sources(&form_dir) {
        let text = read(&path);
        form_texts.extend(
            literals(&code(&text))
                .into_iter()
                .filter(|l| is_form_text(l)),
        );
    }
    assert!(
        form_texts.len() > 300,
        "the form tables' strings: {}",
        form_texts.len()
    );
    let mut copies: BTreeMap<(String, String), usize> = BTreeMap::new();
    for path in sources(&src) {
        if path.starts_with(&form_dir) {
            continue;
        }
        let text = read(&path);
        let file = path
            .strip_prefix(root)
            .expect("under the crate")
            .to_string_lossy()
            .replace('\\', "/");
        for lit in literals(&code(&text)) {
            if form_texts.contains(&lit) {
                *copies.entry((lit, file.clone())).or_default() += 1;
            }
        }
    }
    if std::env::var_os("FORM_ONCE_LIST").is_some() {
        for (s, f) in copies.keys() {
            println!("    ({s:?}, {f:?}),");
        }
    }
    let known: BTreeSet<(String, String)> = KNOWN_COPIES
        .iter()
        .map(|&(s, f)| (s.to_owned(), f.to_owned()))
        .collect();
    let new: Vec<_> = copies.keys().filter(|k| !known.contains(*k)).collect();
    let gone: Vec<_> = known.iter().filter(|k| !copies.contains_key(*k)).collect();
    assert!(
        new.is_empty(),
        "strings of the form tables written again outside src/form/ (read them from crate::form): {new:?}"
    );
    assert!(
        gone.is_empty(),
        "KNOWN_COPIES lists copies that are gone (take them out of the list): {gone:?}"
    );
}

#[test]
fn the_literal_reader_reads_literals() {
    assert_eq!(
        literals(r#"let a = "甲"; let b = '"'; f("乙\"丙", "");"#),
        ["甲", "乙\\\"丙", ""]
    );
    assert!(is_form_text("基本情報") && !is_form_text("a.b") && !is_form_text("甲"));
}
