//! The importer reads and does not remember (issue 20): a seed text changed in one value gives
//! a draft that holds the new value where it held the old one, and nothing else changed.
//!
//! For each seed that imports, one value of each kind is picked from the draft of the original
//! text — the first the importer read and traced, never a constant of a particular seed — and
//! changed in a copy of the text:
//!
//! - the body (評価実施機関名), a system and a 委託先 (else a 委託事項) are renamed throughout
//!   the text with invented names;
//! - the 評価書番号 becomes the next number, written in the same digits, where it was read;
//! - the 公表日 moves one day, written in the same 和暦 style, where it was read;
//! - a selected band (対象人数 first) becomes a neighbouring official label
//!   ([`Choice::LABELS`]), inside its brackets only.
//!
//! The variant's draft must hold the new value at the same JSON Pointer, still traced, and every
//! other leaf of the draft must be unchanged — but for a rename, a value that contained the old
//! name, which must now hold the new one in its place. A kind the importer did not read for a
//! seed is skipped with a note; each kind must run on at least one seed. Page numbers and blank
//! lines between cells must change nothing.
//!
//! The seed texts are not in the repository: the tests read them from the folder `PIA_SEEDS`
//! names (else `../shared/seeds`), and say they were skipped where it is not there.

#[path = "common/seeds.rs"]
mod seeds;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::{Datelike, Days, NaiveDate};
use mynumber_pia::Choice;
use mynumber_pia::import::{Draft, Shape, import};
use mynumber_pia::report::{
    Connection, DataSubjectBand, EntrustmentStatus, FileKind, InfoLinkage, ReEntrustmentStatus,
    RecordItemBand, StaffCountBand,
};
use mynumber_pia::threshold::{HandlerCountBand, SubjectCountBand};
use mynumber_pia::wareki::{Era, WarekiDate};
use serde_json::Value;

/// The seeds that are whole reports (001 is a list of changes, which `import` refuses).
const SEEDS: [&str; 4] = ["000", "002", "003", "004"];

/// The kinds of value a variant changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Body,
    System,
    Entrustment,
    Number,
    Date,
    Band,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Body => "評価実施機関名",
            Kind::System => "システムの名称",
            Kind::Entrustment => "委託先・委託事項",
            Kind::Number => "評価書番号",
            Kind::Date => "表紙の日付",
            Kind::Band => "選択肢",
        })
    }
}

/// The pointers (numbers written `#`) whose values a rename of each kind picks from, in order,
/// and the invented name it gives.
const RENAMES: &[(Kind, &str, &str)] = &[
    (Kind::Body, "/cover/body", "架空市長"),
    (Kind::System, "/systems/#/name", "試験連携システム"),
    (
        Kind::Entrustment,
        "/files/#/entrustments/#/entrustee",
        "架空情報株式会社",
    ),
    (
        Kind::Entrustment,
        "/files/#/entrustments/#/title",
        "試験委託業務",
    ),
];

/// The cover's dates.
const DATES: [&str; 2] = ["/cover/published_on", "/cover/approval_date"];

/// The selected choices a band variant picks from, in order, with their lists' official labels.
const BANDS: &[(&str, &[&str])] = &[
    ("/affair/subject_count", SubjectCountBand::LABELS),
    ("/files/#/data_subjects", DataSubjectBand::LABELS),
    ("/files/#/record_item_count", RecordItemBand::LABELS),
    (
        "/files/#/entrustments/#/handler_count",
        StaffCountBand::LABELS,
    ),
    (
        "/basic/threshold_items/handler_count",
        HandlerCountBand::LABELS,
    ),
    ("/files/#/entrustment_status", EntrustmentStatus::LABELS),
    ("/affair/info_linkage", InfoLinkage::LABELS),
    ("/files/#/kind", FileKind::LABELS),
    (
        "/files/#/entrustments/#/re_entrustment",
        ReEntrustmentStatus::LABELS,
    ),
];

/// A seed text changed in one value.
struct Variant {
    /// The changed value's JSON Pointer.
    pointer: String,
    /// What the item must hold in the variant's draft.
    expected: Value,
    /// For a rename, the old and the new name: other values that contained the old name hold
    /// the new one in its place.
    renamed: Option<(String, String)>,
    /// The changed text.
    text: String,
    /// What was changed, for the messages.
    what: String,
}

/// Every leaf of the draft's report by JSON Pointer.
fn flat(draft: &Draft) -> BTreeMap<String, Value> {
    let json: Value = serde_json::from_str(&draft.report.to_json()).expect("draft JSON");
    let mut out = BTreeMap::new();
    seeds::leaves(&json, String::new(), &mut out);
    out
}

/// The source lines the trace gives for `pointer`.
fn traced(draft: &Draft, pointer: &str) -> Option<[usize; 2]> {
    draft
        .trace
        .values
        .iter()
        .find(|v| v.pointer == pointer)
        .map(|v| v.lines)
}

/// `pointer` with its array indices written `#`.
fn shape(pointer: &str) -> String {
    pointer
        .split('/')
        .map(|s| {
            if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
                "#"
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The traced string leaves of the draft whose pointer has the shape `pattern`.
fn picks<'a>(
    draft: &'a Draft,
    leaves: &'a BTreeMap<String, Value>,
    pattern: &'a str,
) -> impl Iterator<Item = (&'a String, &'a str, [usize; 2])> + 'a {
    leaves.iter().filter_map(move |(p, v)| {
        let s = v.as_str()?;
        if shape(p) != pattern || s.trim().is_empty() {
            return None;
        }
        Some((p, s, traced(draft, p)?))
    })
}

/// `text` with the first of the lines `a..=b` (1-based) that `edit` changes changed.
fn edit_lines(
    text: &str,
    [a, b]: [usize; 2],
    mut edit: impl FnMut(&str) -> Option<String>,
) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 16);
    let mut done = false;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if !done && (a..=b).contains(&(i + 1)) {
            if let Some(new) = edit(line) {
                out.push_str(&new);
                done = true;
                continue;
            }
        }
        out.push_str(line);
    }
    done.then_some(out)
}

fn digit(c: char) -> Option<u32> {
    c.to_digit(10)
        .or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32))
}

fn number_of(digits: &str) -> Option<u64> {
    digits
        .chars()
        .try_fold(0u64, |n, c| Some(n * 10 + u64::from(digit(c)?)))
}

/// `n` in the digits `like` is written in (ASCII or full width).
fn write_number(n: u64, like: &str) -> String {
    let wide = like
        .chars()
        .next()
        .is_some_and(|c| ('０'..='９').contains(&c));
    n.to_string()
        .chars()
        .map(|c| {
            if wide {
                char::from_u32(c as u32 - '0' as u32 + '０' as u32).expect("a full-width digit")
            } else {
                c
            }
        })
        .collect()
}

/// The byte ranges of the runs of digits in `line`.
fn digit_runs(line: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        match (digit(c).is_some(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push((s, line.len()));
    }
    runs
}

/// A 和暦 date written in a line: where it ends, and the byte ranges of its year, month and day.
fn written_date(line: &str, era_at: usize, era: &str) -> Option<(usize, [(usize, usize); 3])> {
    let skip = |mut at: usize| {
        while let Some(c) = line.get(at..)?.chars().next() {
            if c != ' ' && c != '　' {
                break;
            }
            at += c.len_utf8();
        }
        Some(at)
    };
    let mut at = era_at + era.len();
    let mut parts = [(0, 0); 3];
    for (part, unit) in parts.iter_mut().zip(['年', '月', '日']) {
        at = skip(at)?;
        let start = at;
        while let Some(c) = line.get(at..)?.chars().next() {
            if digit(c).is_none() && !(unit == '年' && c == '元') {
                break;
            }
            at += c.len_utf8();
        }
        if start == at {
            return None;
        }
        *part = (start, at);
        at = skip(at)?;
        if !line.get(at..)?.starts_with(unit) {
            return None;
        }
        at += unit.len_utf8();
    }
    Some((at, parts))
}

/// `line` with the 和暦 date that reads as `iso` moved one day (back where forward leaves its
/// era), written in the same style; and the new date.
fn shift_date(line: &str, iso: &str) -> Option<(String, NaiveDate)> {
    for era in ["令和", "平成", "昭和", "大正", "明治"] {
        for (era_at, _) in line.match_indices(era) {
            let Some((end, parts)) = written_date(line, era_at, era) else {
                continue;
            };
            let Ok(date) = WarekiDate::parse(line.get(era_at..end)?) else {
                continue;
            };
            if date.iso().to_string() != iso {
                continue;
            }
            let day = NaiveDate::from(date);
            let in_era = Era::of(day)?;
            let next = day
                .checked_add_days(Days::new(1))
                .filter(|n| Era::of(*n) == Some(in_era))
                .or_else(|| day.checked_sub_days(Days::new(1)))?;
            let year = u64::try_from(next.year() - in_era.first_year() + 1).ok()?;
            let values = [year, u64::from(next.month()), u64::from(next.day())];
            let mut out = line.to_owned();
            for (&(s, e), n) in parts.iter().zip(values).rev() {
                let old = line.get(s..e)?;
                let new = if old == "元" && n == 1 {
                    "元".to_owned()
                } else {
                    write_number(n, old)
                };
                out.replace_range(s..e, &new);
            }
            return Some((out, next));
        }
    }
    None
}

/// The pointer patterns a variant of `kind` picks its value from, in order.
fn patterns(kind: Kind) -> Vec<&'static str> {
    match kind {
        Kind::Body | Kind::System | Kind::Entrustment => RENAMES
            .iter()
            .filter(|(k, _, _)| *k == kind)
            .map(|(_, pattern, _)| *pattern)
            .collect(),
        Kind::Number => vec!["/cover/number"],
        Kind::Date => DATES.to_vec(),
        Kind::Band => BANDS.iter().map(|(pattern, _)| *pattern).collect(),
    }
}

/// The variants of `text` that change one value of `kind` each, picked from `original`'s
/// draft, in order.
fn variants<'a>(
    kind: Kind,
    text: &'a str,
    original: &'a Draft,
) -> impl Iterator<Item = Variant> + 'a {
    let leaves = flat(original);
    patterns(kind).into_iter().flat_map(move |pattern| {
        picks(original, &leaves, pattern)
            .filter_map(|(pointer, old, lines)| change(kind, pattern, text, pointer, old, lines))
            .collect::<Vec<_>>()
    })
}

/// The variant of `text` that changes the value `old` of `kind` at `pointer`, read from `lines`.
fn change(
    kind: Kind,
    pattern: &str,
    text: &str,
    pointer: &str,
    old: &str,
    lines: [usize; 2],
) -> Option<Variant> {
    let pointer = pointer.to_owned();
    match kind {
        Kind::Body | Kind::System | Kind::Entrustment => {
            let &(_, _, new) = RENAMES.iter().find(|(_, p, _)| *p == pattern)?;
            assert!(!text.contains(new), "{new} is not new to the text");
            if old.contains('\n') || old.chars().count() < 2 || !text.contains(old) {
                return None;
            }
            // A name that is also a box label of the form (a system called 税務システム):
            // renaming it throughout would rewrite the form's own boxes too.
            if Connection::LABELS.contains(&old) {
                return None;
            }
            Some(Variant {
                what: format!("{pointer} 「{old}」 → 「{new}」 throughout"),
                pointer,
                expected: Value::from(new),
                renamed: Some((old.to_owned(), new.to_owned())),
                text: text.replace(old, new),
            })
        }
        Kind::Number => {
            let n = number_of(old)?;
            let changed = edit_lines(text, lines, |line| {
                let &(s, e) = digit_runs(line)
                    .iter()
                    .find(|&&(s, e)| number_of(&line[s..e]) == Some(n))?;
                Some(format!(
                    "{}{}{}",
                    &line[..s],
                    write_number(n + 1, &line[s..e]),
                    &line[e..]
                ))
            })?;
            Some(Variant {
                what: format!("{pointer} {n} → {}", n + 1),
                pointer,
                expected: Value::from((n + 1).to_string()),
                renamed: None,
                text: changed,
            })
        }
        Kind::Date => {
            let mut new = None;
            let changed = edit_lines(text, lines, |line| {
                let (line, date) = shift_date(line, old)?;
                new = Some(date);
                Some(line)
            })?;
            let new = new?.to_string();
            Some(Variant {
                what: format!("{pointer} {old} → {new}"),
                pointer,
                expected: Value::from(new),
                renamed: None,
                text: changed,
            })
        }
        Kind::Band => {
            let &(_, labels) = BANDS.iter().find(|(p, _)| *p == pattern)?;
            let at = labels.iter().position(|l| *l == old)?;
            let new = if at > 0 {
                labels[at - 1]
            } else {
                labels.get(1)?
            };
            // The label where it stands as the selection: just after its bracket.
            let changed = edit_lines(text, lines, |line| {
                let (i, _) = line.match_indices(old).find(|&(i, _)| {
                    line[..i]
                        .trim_end_matches([' ', '　', '\t'])
                        .ends_with(['[', '［'])
                })?;
                Some(format!("{}{new}{}", &line[..i], &line[i + old.len()..]))
            })?;
            Some(Variant {
                what: format!("{pointer} [{old}] → [{new}]"),
                pointer,
                expected: Value::from(new),
                renamed: None,
                text: changed,
            })
        }
    }
}

/// What differs between the variant's draft and what it should be.
fn check(original: &Draft, v: &Variant) -> Result<(), String> {
    let draft = import(&v.text).map_err(|e| format!("{}: the variant is refused: {e}", v.what))?;
    let before = flat(original);
    let after = flat(&draft);
    let mut problems = Vec::new();
    if after.get(&v.pointer) != Some(&v.expected) {
        problems.push(format!(
            "{} holds {:?}, not {}",
            v.pointer,
            after.get(&v.pointer),
            v.expected
        ));
    }
    let pointers: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    for p in pointers {
        let (a, b) = (before.get(p), after.get(p));
        if *p == v.pointer || a == b {
            continue;
        }
        let renamed_inside = match (&v.renamed, a, b) {
            // (Line breaks aside: the variant does not wrap again the line it makes shorter or
            // longer, and the re-flow keeps the break after a line that stops short. And it
            // renames the value where a line holds it whole: where a wrap cut it, the re-flow
            // joins the old name again.)
            (Some((old, new)), Some(Value::String(a)), Some(Value::String(b))) => {
                a.contains(old.as_str())
                    && b.contains(new.as_str())
                    && b.replace(new.as_str(), old).replace('\n', "") == a.replace('\n', "")
            }
            _ => false,
        };
        if !renamed_inside {
            problems.push(format!("{p} changed: {a:?} → {b:?}"));
        }
    }
    if traced(&draft, &v.pointer).is_none() {
        problems.push(format!("the trace has no {}", v.pointer));
    }
    if problems.is_empty() {
        return Ok(());
    }
    let more = problems.len().saturating_sub(8);
    problems.truncate(8);
    if more > 0 {
        problems.push(format!("and {more} more"));
    }
    Err(format!("{}: {}", v.what, problems.join("; ")))
}

/// Each seed that imports, its text and its draft; `None`, having said so, without the texts.
fn imported_seeds() -> Option<Vec<(&'static str, String, Draft)>> {
    let dir = seeds::dir()?;
    let seeds = SEEDS.map(|seed| {
        let text =
            seeds::text(&dir, seed).unwrap_or_else(|| panic!("seed {seed} missing from {dir:?}"));
        let draft = import(&text).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        (seed, text, draft)
    });
    Some(seeds.into())
}

/// How many values of one kind each seed changes, one at a time (the first ones the draft
/// holds): enough to meet several layouts, few enough for a quick test.
const MOST: usize = 4;

/// Every seed's variants of `kind`: each must give the draft it should; at least one must run.
fn variants_of(kind: Kind) {
    let Some(seeds) = imported_seeds() else {
        return;
    };
    let mut ran = 0;
    let mut failures = Vec::new();
    for (seed, text, original) in &seeds {
        let mut any = false;
        for v in variants(kind, text, original).take(MOST) {
            any = true;
            ran += 1;
            match check(original, &v) {
                Ok(()) => println!("seed {seed}: {kind}: {} — the draft follows", v.what),
                Err(e) => failures.push(format!("seed {seed}: {e}")),
            }
        }
        if !any {
            println!(
                "seed {seed}: {kind} skipped: the importer read none that a variant can change"
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(ran > 0, "no seed had a {kind} to change");
}

/// Every value the draft holds is named in the trace, at its pointer or one above it.
#[test]
fn every_value_read_is_traced() {
    let Some(seeds) = imported_seeds() else {
        return;
    };
    let mut untraced = Vec::new();
    for (seed, _, draft) in &seeds {
        for (p, v) in flat(draft) {
            let filled = match &v {
                Value::Null => false,
                Value::Bool(b) => *b,
                Value::String(s) => !s.is_empty(),
                _ => true,
            };
            // The two the form's kind gives, not a value read.
            if !filled || p == "/schema_version" || p == "/form" {
                continue;
            }
            let traced = draft.trace.values.iter().any(|t| {
                p == t.pointer
                    || p.strip_prefix(t.pointer.as_str())
                        .is_some_and(|rest| rest.starts_with('/'))
            });
            if !traced {
                untraced.push(format!("seed {seed}: {p} = {v}"));
            }
        }
    }
    assert!(
        untraced.is_empty(),
        "not in the trace:\n{}",
        untraced.join("\n")
    );
}

#[test]
fn renaming_the_body_changes_it_and_nothing_else() {
    variants_of(Kind::Body);
}

#[test]
fn renaming_a_system_changes_it_and_nothing_else() {
    variants_of(Kind::System);
}

#[test]
fn renaming_an_entrustee_changes_it_and_nothing_else() {
    variants_of(Kind::Entrustment);
}

#[test]
fn another_report_number_changes_it_and_nothing_else() {
    variants_of(Kind::Number);
}

#[test]
fn a_cover_date_a_day_later_changes_it_and_nothing_else() {
    variants_of(Kind::Date);
}

#[test]
fn another_selected_band_changes_it_and_nothing_else() {
    variants_of(Kind::Band);
}

/// `text` with every blank line written twice.
fn blank_lines_doubled(text: &str) -> String {
    text.split_inclusive('\n')
        .flat_map(|line| {
            let times = if line.trim().is_empty() { 2 } else { 1 };
            std::iter::repeat_n(line, times)
        })
        .collect()
}

/// `text` with a page number (`- 7 -` and ` 8` by turns) at a blank line every 40 lines or so
/// after line `from`, as a PDF text prints the pages' footers.
fn page_numbers_added(text: &str, from: usize) -> String {
    let mut out = String::with_capacity(text.len() + 4096);
    let mut last = from;
    let mut page = 1;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        out.push_str(line);
        if i + 1 >= last + 40 && line.trim().is_empty() {
            page += 1;
            let footer = if page % 2 == 0 {
                format!(" - {page} -")
            } else {
                format!(" {page}")
            };
            out.push_str(&footer);
            out.push_str("\n\n");
            last = i + 1;
        }
    }
    out
}

#[test]
fn page_numbers_and_blank_lines_change_nothing() {
    let Some(seeds) = imported_seeds() else {
        return;
    };
    let mut failures = Vec::new();
    for (seed, text, original) in &seeds {
        let mut variants = vec![("blank lines doubled", blank_lines_doubled(text))];
        // The body's first line: the cover's page has no footer to add.
        let body = original
            .trace
            .values
            .iter()
            .filter(|v| !v.pointer.starts_with("/cover/"))
            .map(|v| v.lines[0])
            .min();
        match (original.shape, body) {
            (Shape::PdfText, Some(body)) => {
                variants.push(("page numbers added", page_numbers_added(text, body)));
            }
            (shape, _) => {
                println!("seed {seed}: page numbers skipped: a {shape} text has no pages")
            }
        }
        let before = flat(original);
        let pointers = |d: &Draft| {
            d.trace
                .values
                .iter()
                .map(|v| v.pointer.clone())
                .collect::<Vec<_>>()
        };
        for (what, changed) in variants {
            let draft = import(&changed).unwrap_or_else(|e| panic!("seed {seed}, {what}: {e}"));
            let after = flat(&draft);
            let keys: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
            let differ: Vec<String> = keys
                .into_iter()
                .filter(|p| before.get(*p) != after.get(*p))
                .map(|p| format!("{p}: {:?} → {:?}", before.get(p), after.get(p)))
                .take(8)
                .collect();
            if !differ.is_empty() {
                failures.push(format!("seed {seed}, {what}: {}", differ.join("; ")));
            } else if pointers(&draft) != pointers(original) {
                failures.push(format!("seed {seed}, {what}: the trace names other values"));
            } else {
                println!("seed {seed}, {what}: the same draft");
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
