//! Each fact of the forms is written once, in `src/form/` (issue 43): this test reads the
//! crate's sources and fails on a string literal outside `src/form/` that is a copy of a
//! string of the form tables (a label, a choice, a chapter or section title, a box).
//!
//! What counts: a string literal of at least two characters with a Japanese character in it,
//! in the code of `src/form/` or of the しきい値判断's lists, `src/threshold/labels.rs` (not their
//! comments, doc attributes or test modules); a copy is the same literal in the code of another
//! file of `src/` (for the しきい値判断's lists, a literal of `src/form/`). Messages that quote a
//! label inside a longer sentence are not copies.
//!
//! [`KNOWN_COPIES`] lists the copies still to be moved into the form model, each with where it
//! is: the list may only shrink. A copy not in the list fails the test, and so does an entry of
//! the list that is no longer a copy (take it out).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The copies of form strings outside `src/form/` that are not read from it, as (the string,
/// the file that holds it), each group with why. The list may only shrink: none may be added
/// but one that truly cannot be read from the form, with its reason.
const KNOWN_COPIES: &[(&str, &str)] = &[
    // The しきい値判断's lists (src/threshold/labels.rs, which `form` reads from: see its docs). The
    // item table's labels of 基礎 Ⅲ, 基礎 Ⅳ1 and 重点・全項目 Ⅰ1③ are literals in src/form/ (the table
    // builds each item's docs from its label with `concat!`), and these lists' names are literals
    // (their `#[doc(alias)]`); `threshold` cannot read `form`, which reads it.
    ("しきい値判断結果", "src/threshold/labels.rs"),
    ("対象人数", "src/threshold/labels.rs"),
    (
        "提出する特定個人情報保護評価書の種類",
        "src/threshold/labels.rs",
    ),
    // Other lists of the forms print the same words: 過去3年以内の重大事故 (IncidentHistory) 発生あり,
    // 発生なし; 対象となる本人の数 (DataSubjectBand) 1万人以上10万人未満. Two lists, each with its
    // labels; not one word written twice.
    ("1万人以上10万人未満", "src/threshold/labels.rs"),
    ("発生あり", "src/threshold/labels.rs"),
    ("発生なし", "src/threshold/labels.rs"),
    // 「なし」: a spelling of 重大事故's 発生なし that texts write (an alias the list reads, which the
    // forms do not print); elsewhere the word a cell says it has nothing with.
    // The cover reads 「なし」 as a value left empty, as transcriptions write an empty cell (－, ―,
    // なし; the forms print no such word).
    ("なし", "src/generate/build.rs"),
    ("なし", "src/import/cover.rs"),
    ("なし", "src/report/linkage.rs"),
    // A rule's source, 「様式」 (the form itself, beside 「規則 第N条」): validation builds each code's
    // docs from its source with `concat!`, which takes literals only (`form::FORM_AS_SOURCE` elsewhere).
    ("様式", "src/validation/code.rs"),
    // The generator's made-up data: the offices of its invented bodies end as real 評価実施機関名
    // do (the endings `form::body_kind_of_name` reads), and its invented record-item lists hold
    // database fields some of which are words of the forms too (個人番号, 提供先, 備考).
    ("個人番号", "src/generate/names.rs"),
    ("備考", "src/generate/names.rs"),
    ("区長", "src/generate/names.rs"),
    ("市長", "src/generate/names.rs"),
    ("提供先", "src/generate/names.rs"),
    ("村長", "src/generate/names.rs"),
    ("町長", "src/generate/names.rs"),
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

/// The files that state the words of the forms: `src/form/`, and the しきい値判断's lists
/// (`src/threshold/labels.rs`: 対象人数, 取扱者数, 重大事故, しきい値判断結果, the report set),
/// which sit in the layer `form` reads from (`form` names them by their `LIST_LABEL`s; see
/// `src/threshold/labels.rs` for why they are not in `src/form/`).
const FORM_DIR: &str = "src/form";
const THRESHOLD_LISTS: &str = "src/threshold/labels.rs";

/// The string literals of the forms' words in the code of `paths`.
fn words_of(paths: &[PathBuf]) -> BTreeSet<String> {
    let mut texts = BTreeSet::new();
    for path in paths {
        let text = read(path);
        texts.extend(
            literals(&code(&text))
                .into_iter()
                .filter(|l| is_form_text(l)),
        );
    }
    texts
}

#[test]
fn every_form_string_is_written_once_in_the_form_model() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("src");
    let form_dir = root.join(FORM_DIR);
    let threshold_lists = root.join(THRESHOLD_LISTS);
    let form_texts = words_of(&sources(&form_dir));
    let threshold_texts = words_of(std::slice::from_ref(&threshold_lists));
    assert!(
        form_texts.len() > 300,
        "the form tables' strings: {}",
        form_texts.len()
    );
    assert!(
        threshold_texts.contains("しきい値判断結果"),
        "the しきい値判断's lists: {threshold_texts:?}"
    );
    let mut copies: BTreeMap<(String, String), usize> = BTreeMap::new();
    for path in sources(&src) {
        if path.starts_with(&form_dir) {
            continue;
        }
        // The しきい値判断's lists are checked against `src/form/` (a word both state is written
        // twice); every other file against both.
        let home = path == threshold_lists;
        let text = read(&path);
        let file = path
            .strip_prefix(root)
            .expect("under the crate")
            .to_string_lossy()
            .replace('\\', "/");
        for lit in literals(&code(&text)) {
            if form_texts.contains(&lit) || (!home && threshold_texts.contains(&lit)) {
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
