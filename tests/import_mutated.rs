//! The importer on the seed texts changed in one small, realistic way (issue 44: "a new wrong
//! value in ≤ 0.5 % of drafts; a block met twice is a warning; every value filled has a trace
//! entry whose lines hold it").
//!
//! A deterministic mutator (a splitmix64 generator written here, seeded by the seed's name, the
//! class and the mutant's number) makes [`per_seed`] mutants of each class from each seed text:
//!
//! - **digits**: one line with digits has them written in the other width (half-width ↔
//!   full-width; a line with any half-width digit becomes full-width, else half-width);
//! - **swap**: two adjacent lines, both with text, change places;
//! - **furniture**: page furniture as a PDF text prints it is put in: a page mark alone on a
//!   line (`- 12 -`) or a page count (`12 / 80 ページ`) between two lines, or a page break every
//!   35–60 lines (a page mark and the report's running title, the title its cover gives);
//! - **blank**: a cell the original draft read is blanked: one line of a traced value emptied,
//!   or the value's text taken out of the line where the line holds the label too;
//! - **twice**: a block met twice: the heading of block *n*+1 (`システム3`, `委託事項3`,
//!   `提供先3`, `移転先3`) renumbered *n*, so that two headings name block *n*.
//!
//! Each mutant's draft is compared with the **unmutated draft of the same seed** (not with the
//! transcription: the question is what the change did, not how good the reading is), leaf by
//! leaf of the report's JSON. Values are compared without white space and with the digits
//! folded to half-width (a re-flowed line and another digit width are the same value). A **new
//! wrong value** is a leaf present in both drafts whose value differs, or a leaf filled in the
//! mutant that is empty in the original, unless the mutation explains it:
//!
//! - *digits*, *furniture*: nothing is explained (the widths are folded before comparing; the
//!   furniture is no value of anything);
//! - *swap* of lines `a`, `a+1`: the swapped lines' text may move into or out of a value next
//!   to them. A changed value is explained when its text stands, whole, in the mutated text's
//!   lines from the first to the last of its original trace lines and the two swapped lines
//!   (the swapped lines only, for a value the original did not have); a value that is no text
//!   (a count, a date, a box) when its trace in either draft touches a swapped line. A value
//!   that takes text from a line farther off is wrong;
//! - *blank*: the values whose original trace covers the blanked line may lose the blanked
//!   text: the new value must be a part of the old one (or the old one without the blanked
//!   text); a neighbour's text moving in is wrong;
//! - *twice*: the second block *n*'s values (the original's block *n*+1, at list position
//!   *n*) may go empty — the second heading's block is left unread — but block *n*'s own
//!   values must stay as they were (two blocks merged into one is wrong).
//!
//! A value present in the original and empty in the mutant is a lost value, not a wrong one;
//! the table counts them apart. A mutant the import refuses (a blanked cell took the last words
//! that named the form) has lost every value. The 変更箇所 rows of the two drafts are paired before they are
//! compared ([`pair_changes`]): a row lost shifts the list positions of the rows after it, and
//! lines swapped may swap two rows, which are the same rows still.
//!
//! Besides, every draft (the originals and every mutant) is held to its trace: every value
//! filled has a trace entry (at its pointer or one above it), and the source lines of that
//! entry hold it. A text holds a value when, both folded (NFKC, white space dropped, as the
//! importer's own width folding does), the value's text stands in the lines' text; a count when
//! its digits stand there; a date when its month and day do (it was read from a 和暦 date); a box
//! (`true`) is held by being traced. And a mutant of the *twice* class must carry
//! [`Warning::BlockTwice`].
//!
//! The seed texts are not in the repository: the test reads them from the folder `PIA_SEEDS`
//! names (else `../shared/seeds`), and says it was skipped where it is not there. With
//! `--nocapture` it prints the table; with `IMPORT_DEBUG=1` every mutant with a new wrong value
//! or an unheld value, what changed and the lines the mutant's trace gives.

#[path = "common/seeds.rs"]
mod seeds;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use mynumber_pia::form::{ENTRUSTMENT, PROVISION, TRANSFER};
use mynumber_pia::import::{Draft, Warning, import};
use mynumber_pia::report::ItemId;
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

/// The seeds that are whole reports (001 is a list of changes, which `import` refuses).
const SEEDS: [&str; 4] = ["000", "002", "003", "004"];

/// How many mutants of each class each seed gives: `PIA_MUTANTS`, else 60 in an optimised
/// build (about 1,200 imports, a few seconds) and 6 in a debug build (the 全項目 seed takes
/// about half a second there).
fn per_seed() -> usize {
    std::env::var("PIA_MUTANTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) { 6 } else { 60 })
}

/// The highest share of the mutants of a class with a new wrong value this version gives, in
/// per cent, and the highest share of its mutants with a value their trace does not hold (a
/// rise above either is a regression; the aim of issue 44 is 0.5 % and none for every class;
/// measured with 60 mutants a class a seed).
const MOST: [(Class, f64, f64); 5] = [
    (Class::Digits, 0.5, 0.0),
    (Class::Swap, 0.5, 0.0),
    (Class::Furniture, 0.5, 0.0),
    (Class::Blank, 0.5, 0.0),
    (Class::Twice, 0.5, 0.0),
];

/// How many mutants a class a seed the shares of [`MOST`] and [`LEAST_WARNED`] were measured on.
const MEASURED_PER_SEED: usize = 60;

/// The lowest share of the mutants of the *twice* class whose draft warns of a block met twice
/// ([`Warning::BlockTwice`]), in per cent (the aim: every one).
const LEAST_WARNED: f64 = 100.0;

/// The mutation classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Class {
    Digits,
    Swap,
    Furniture,
    Blank,
    Twice,
}

impl Class {
    const ALL: [Class; 5] = [
        Class::Digits,
        Class::Swap,
        Class::Furniture,
        Class::Blank,
        Class::Twice,
    ];
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Class::Digits => "digit widths",
            Class::Swap => "lines swapped",
            Class::Furniture => "page furniture",
            Class::Blank => "cell blanked",
            Class::Twice => "block met twice",
        })
    }
}

/// splitmix64: small, deterministic, good enough to pick lines.
struct Rng(u64);

impl Rng {
    fn new(seed: &str, class: Class, n: usize) -> Rng {
        let mut s = 0x9E37_79B9_7F4A_7C15_u64;
        for b in seed.bytes() {
            s = s.rotate_left(7) ^ u64::from(b);
        }
        Rng(s ^ ((class as u64) << 32) ^ n as u64)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (> 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// One of `items`, if any.
    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[self.below(items.len())])
    }
}

/// What a mutation changed, for the rules that explain a changed value.
#[derive(Debug, Clone)]
enum Change {
    /// Nothing any value may change for.
    Nothing,
    /// Lines `a` and `a + 1` (1-based) swapped.
    Swap(usize),
    /// The line (1-based) blanked, the text taken out, and the pointers whose original trace
    /// covered it.
    Blank {
        removed: String,
        pointers: Vec<String>,
    },
    /// A block's heading renamed to the block before it: only going empty is explained for
    /// the second block's values, and going empty is no change counted.
    Twice,
}

/// A seed text changed in one way.
struct Mutant {
    class: Class,
    text: String,
    what: String,
    change: Change,
}

/// The text as lines (without their line ends) and back.
fn lines_of(text: &str) -> Vec<String> {
    text.lines().map(str::to_owned).collect()
}

fn text_of(lines: &[String]) -> String {
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

fn is_wide_digit(c: char) -> bool {
    ('０'..='９').contains(&c)
}

/// Digits folded to half-width.
fn fold_digits(s: &str) -> String {
    s.chars()
        .map(|c| {
            if is_wide_digit(c) {
                char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c)
            } else {
                c
            }
        })
        .collect()
}

/// The text a value is compared by: no white space, half-width digits.
fn squeeze(s: &str) -> String {
    fold_digits(&s.chars().filter(|c| !c.is_whitespace()).collect::<String>())
}

/// The text a trace's lines and a value are held by: NFKC, no white space, no HTML tag (an
/// HTML text's `<p>` is markup, not text; a tag starts with a Latin letter or `/`, unlike the
/// form's `＜選択肢＞`; its entities written as their characters).
fn folded(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let tag = after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
        match after.find('>').filter(|_| tag) {
            Some(end) => rest = &after[end + 1..],
            None => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    // The entities an HTML text writes for its characters.
    let out = [
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&nbsp;", " "),
    ]
    .iter()
    .fold(out, |t, (e, c)| t.replace(e, c))
    .replace("&amp;", "&");
    out.nfkc().filter(|c| !c.is_whitespace()).collect()
}

/// `s` cut to `n` characters, for the messages.
fn cut(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_owned(),
    }
}

/// Every leaf of the draft's report by JSON Pointer.
fn flat(draft: &Draft) -> BTreeMap<String, Value> {
    let json: Value = serde_json::from_str(&draft.report.to_json()).expect("draft JSON");
    let mut out = BTreeMap::new();
    seeds::leaves(&json, String::new(), &mut out);
    out.remove("/schema_version");
    out.remove("/form");
    out
}

/// Whether a leaf holds a value (a box checked, a text not empty).
fn filled(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::String(s) => !s.trim().is_empty(),
        _ => true,
    }
}

/// Two leaves the same but for white space and digit widths.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => squeeze(x) == squeeze(y),
        _ => a == b,
    }
}

/// The trace entry of the leaf `pointer`: at it, or the nearest one above it.
fn entry_of<'d>(draft: &'d Draft, pointer: &str) -> Option<&'d mynumber_pia::import::TracedValue> {
    draft
        .trace
        .values
        .iter()
        .filter(|t| {
            pointer == t.pointer
                || pointer
                    .strip_prefix(t.pointer.as_str())
                    .is_some_and(|rest| rest.starts_with('/'))
        })
        .max_by_key(|t| t.pointer.len())
}

/// The lines `a..=b` (1-based) of `lines`.
fn span(lines: &[String], [a, b]: [usize; 2]) -> String {
    lines
        .get(a.saturating_sub(1)..b.min(lines.len()))
        .map(|l| l.join("\n"))
        .unwrap_or_default()
}

/// The mutant of class `class` number `n` of the seed `seed` (its text as `lines`, its draft
/// `original`); `None` when the text has nothing the class can change.
fn mutate(
    seed: &str,
    class: Class,
    n: usize,
    lines: &[String],
    original: &Draft,
) -> Option<Mutant> {
    let mut rng = Rng::new(seed, class, n);
    let mut out = lines.to_vec();
    match class {
        Class::Digits => {
            let with: Vec<usize> = (0..lines.len())
                .filter(|&i| {
                    lines[i]
                        .chars()
                        .any(|c| c.is_ascii_digit() || is_wide_digit(c))
                })
                .collect();
            let &i = rng.pick(&with)?;
            let line = &lines[i];
            let to_wide = line.chars().any(|c| c.is_ascii_digit());
            out[i] = line
                .chars()
                .map(|c| match (to_wide, c) {
                    (true, '0'..='9') => {
                        char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c)
                    }
                    (false, c) if is_wide_digit(c) => {
                        fold_digits(&c.to_string()).chars().next().unwrap_or(c)
                    }
                    _ => c,
                })
                .collect();
            Some(Mutant {
                class,
                text: text_of(&out),
                what: format!(
                    "line {} digits to {}-width",
                    i + 1,
                    if to_wide { "full" } else { "half" }
                ),
                change: Change::Nothing,
            })
        }
        Class::Swap => {
            let pairs: Vec<usize> = (0..lines.len().saturating_sub(1))
                .filter(|&i| {
                    !lines[i].trim().is_empty()
                        && !lines[i + 1].trim().is_empty()
                        && lines[i].trim() != lines[i + 1].trim()
                })
                .collect();
            let &i = rng.pick(&pairs)?;
            out.swap(i, i + 1);
            Some(Mutant {
                class,
                text: text_of(&out),
                what: format!("lines {} and {} swapped", i + 1, i + 2),
                change: Change::Swap(i + 1),
            })
        }
        Class::Furniture => {
            let pages = 20 + rng.below(80);
            let page = 2 + rng.below(pages - 2);
            let what = match rng.below(3) {
                0 => {
                    let at = rng.below(lines.len() + 1);
                    out.insert(at, format!("- {page} -"));
                    format!("`- {page} -` put in before line {}", at + 1)
                }
                1 => {
                    let at = rng.below(lines.len() + 1);
                    out.insert(at, format!("{page} / {pages} ページ"));
                    format!("`{page} / {pages} ページ` put in before line {}", at + 1)
                }
                _ => {
                    // A page break every `every` lines: the page's mark, then the next page's
                    // running title.
                    let title = original
                        .report
                        .cover
                        .title
                        .clone()
                        .unwrap_or_else(|| original.report.form().document_name().to_owned());
                    let title = title.replace('\n', "");
                    let every = 35 + rng.below(26);
                    let first = 1 + rng.below(every);
                    out.clear();
                    let mut page = 1;
                    for (i, line) in lines.iter().enumerate() {
                        if i >= first && (i - first) % every == 0 {
                            out.push(format!("- {page} -"));
                            out.push(title.clone());
                            page += 1;
                        }
                        out.push(line.clone());
                    }
                    format!(
                        "a page break every {every} lines from line {first} (`- N -`, 「{title}」)"
                    )
                }
            };
            Some(Mutant {
                class,
                text: text_of(&out),
                what,
                change: Change::Nothing,
            })
        }
        Class::Blank => {
            let leaves = flat(original);
            // (line, pointer)
            let mut cells: Vec<(usize, String)> = Vec::new();
            for t in &original.trace.values {
                let value: String = leaves
                    .iter()
                    .filter(|(p, _)| {
                        *p == &t.pointer
                            || p.strip_prefix(t.pointer.as_str())
                                .is_some_and(|r| r.starts_with('/'))
                    })
                    .filter_map(|(_, v)| v.as_str())
                    .collect::<Vec<_>>()
                    .join("");
                let value = squeeze(&value);
                // (A value of one character would be taken out of other words too.)
                if value.chars().count() < 2 {
                    continue;
                }
                for no in t.lines[0]..=t.lines[1] {
                    let Some(line) = lines.get(no - 1) else {
                        continue;
                    };
                    let s = squeeze(line);
                    if !s.is_empty() && (value.contains(&s) || s.contains(&value)) {
                        cells.push((no, t.pointer.clone()));
                    }
                }
            }
            cells.sort();
            cells.dedup();
            let (no, pointer) = rng.pick(&cells)?.clone();
            let line = &lines[no - 1];
            let value: String = leaves
                .iter()
                .filter(|(p, _)| {
                    **p == pointer
                        || p.strip_prefix(pointer.as_str())
                            .is_some_and(|r| r.starts_with('/'))
                })
                .filter_map(|(_, v)| v.as_str())
                .collect::<Vec<_>>()
                .join("");
            // The whole line where it is part of the value, else the value where the line
            // holds it as written (a label and its value on one line).
            let removed = if squeeze(&value).contains(&squeeze(line)) {
                out[no - 1] = String::new();
                line.trim().to_owned()
            } else {
                let v = value.trim();
                if v.contains('\n') || !line.contains(v) {
                    return None;
                }
                out[no - 1] = line.replacen(v, "", 1);
                v.to_owned()
            };
            let pointers = original
                .trace
                .values
                .iter()
                .filter(|t| t.lines[0] <= no && no <= t.lines[1])
                .map(|t| t.pointer.clone())
                .collect();
            Some(Mutant {
                class,
                text: text_of(&out),
                what: format!("line {no} blanked (「{removed}」 of {pointer})"),
                change: Change::Blank { removed, pointers },
            })
        }
        Class::Twice => {
            // The block headings: (line index, list, number, where the number is in the line).
            let system = system_word();
            let words: [(&str, &'static str); 4] = [
                (system, "systems"),
                (ENTRUSTMENT, "entrustments"),
                (PROVISION, "provisions"),
                (TRANSFER, "transfers"),
            ];
            let mut headings = Vec::new();
            let mut twice = Vec::new();
            for (i, line) in lines.iter().enumerate() {
                let t = line.trim_start_matches(['#', ' ', '　', '\t']);
                let Some(&(word, list)) = words.iter().find(|(w, _)| t.starts_with(w)) else {
                    continue;
                };
                let start = line.len() - t.len() + word.len();
                let digits: String = line[start..]
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || is_wide_digit(*c))
                    .collect();
                let Ok(number) = fold_digits(&digits).parse::<usize>() else {
                    continue;
                };
                let after = line[start + digits.len()..].chars().next();
                if number < 1 || after.is_some_and(|c| "～~〜-－‐−]］)）".contains(c)) {
                    continue;
                }
                // Block n+1 only where block n was headed before it.
                let before = headings
                    .iter()
                    .any(|h: &(usize, &str, usize, usize, String)| {
                        h.1 == list && h.2 + 1 == number
                    });
                let heading = (i, list, number, start, digits);
                if before {
                    twice.push(heading.clone());
                }
                headings.push(heading);
            }
            let (i, _, number, start, digits) = rng.pick(&twice)?.clone();
            let wide = digits.chars().next().is_some_and(is_wide_digit);
            let new: String = (number - 1)
                .to_string()
                .chars()
                .map(|c| {
                    if wide {
                        char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c)
                    } else {
                        c
                    }
                })
                .collect();
            let line = &lines[i];
            out[i] = format!("{}{new}{}", &line[..start], &line[start + digits.len()..]);
            Some(Mutant {
                class,
                text: text_of(&out),
                what: format!(
                    "line {}: block {number} headed as block {}",
                    i + 1,
                    number - 1
                ),
                change: Change::Twice,
            })
        }
    }
}

/// The word of a system block's heading (`システム1`): the system name's label up to its `の`.
fn system_word() -> &'static str {
    let label = ItemId::SystemName.label();
    label.split('の').next().unwrap_or(label)
}

/// Whether the changed leaf `p` (`old` in the original, `new` in the mutant) is explained by
/// the mutation (see the module's docs).
/// (`p` names the leaf in the original's draft; `(draft, in_draft)` are the mutant's draft and
/// the leaf's pointer there, which differ for a 変更箇所 row [`pair_changes`] paired elsewhere.)
fn explained(
    m: &Mutant,
    p: &str,
    old: Option<&Value>,
    new: &Value,
    original: &Draft,
    (draft, in_draft): (&Draft, &str),
) -> bool {
    match &m.change {
        Change::Nothing => false,
        Change::Swap(a) => {
            let swapped = [*a, *a + 1];
            let touches =
                |lines: [usize; 2]| swapped.iter().any(|&s| lines[0] <= s && s <= lines[1]);
            let old_lines = entry_of(original, p).map(|t| t.lines);
            let Value::String(new) = new else {
                return old_lines.is_some_and(touches)
                    || entry_of(draft, in_draft).is_some_and(|t| touches(t.lines));
            };
            let range = match old_lines.filter(|_| old.is_some_and(filled)) {
                Some([x, y]) => [x.min(*a), y.max(*a + 1)],
                None => swapped,
            };
            let lines = lines_of(&m.text);
            squeeze(&span(&lines, range)).contains(&squeeze(new))
        }
        Change::Blank { removed, pointers } => {
            let covered = pointers.iter().any(|q| {
                p == q
                    || p.strip_prefix(q.as_str())
                        .is_some_and(|r| r.starts_with('/'))
            });
            let (Some(Value::String(old)), Value::String(new)) = (old, new) else {
                return false;
            };
            let (old, new) = (squeeze(old), squeeze(new));
            covered && (old.contains(&new) || without_one(&old, &squeeze(removed), &new))
        }
        Change::Twice => false,
    }
}

/// Whether `new` is `old` with one of the places where `removed` stands in it taken out (the
/// blanked line's text may stand in the value more than once: `…消去することはない。` ends two
/// of its paragraphs, and the blanked one need not be the first).
fn without_one(old: &str, removed: &str, new: &str) -> bool {
    !removed.is_empty()
        && old.match_indices(removed).any(|(at, _)| {
            old[..at].len() + old[at + removed.len()..].len() == new.len()
                && new.starts_with(&old[..at])
                && new.ends_with(&old[at + removed.len()..])
        })
}

/// What one mutant's draft did.
#[derive(Default)]
struct Outcome {
    wrong: Vec<String>,
    lost: usize,
    unheld: Vec<String>,
    warned: bool,
}

/// The rows of the 変更箇所 of the mutant's draft paired with the original's: a row the mutation
/// dropped (or split in two) shifts the list positions of the rows after it, and two lines
/// swapped may swap two rows, which are still the same rows; a row lost is a lost value, not a
/// wrong one. Rows are compared whole first (every cell, white space dropped), then by their
/// date, 項目, 変更前 and 変更後 alone; in each of the two passes a row equal to the original's
/// at its own position is paired with it, then a row equal to another original row not yet
/// paired with that one. Then the rows left are paired in order
/// with the original rows left (a row the mutation changed is compared with its own). Gives,
/// for each of the mutant's rows, the original's position it is compared with; a row left over
/// gets a position past the original's rows (its values are new).
fn pair_changes(original: &Draft, draft: &Draft) -> Vec<usize> {
    let signature = |r: &mynumber_pia::report::ChangeRecord| {
        squeeze(&format!(
            "{:?}|{}|{}|{}",
            r.date,
            r.item,
            r.before.as_deref().unwrap_or_default(),
            r.after.as_deref().unwrap_or_default()
        ))
    };
    // The whole row: two rows of one signature (`同上`, no 変更前 or 変更後) are told apart by
    // their 提出時期 and its 説明.
    let whole = |r: &mynumber_pia::report::ChangeRecord| {
        squeeze(&format!(
            "{}|{:?}|{}",
            signature(r),
            r.timing,
            r.explanation.as_deref().unwrap_or_default()
        ))
    };
    let rows = |d: &Draft, f: &dyn Fn(&mynumber_pia::report::ChangeRecord) -> String| {
        d.report.changes.iter().map(f).collect::<Vec<String>>()
    };
    let a_len = original.report.changes.len();
    let mut to: Vec<Option<usize>> = vec![None; draft.report.changes.len()];
    let mut used = vec![false; a_len];
    for (a, b) in [
        (rows(original, &whole), rows(draft, &whole)),
        (rows(original, &signature), rows(draft, &signature)),
    ] {
        for (j, row) in b.iter().enumerate() {
            if to[j].is_none() && !used.get(j).copied().unwrap_or(true) && a.get(j) == Some(row) {
                to[j] = Some(j);
                used[j] = true;
            }
        }
        for (j, row) in b.iter().enumerate() {
            if to[j].is_some() {
                continue;
            }
            if let Some(i) = (0..a.len()).find(|&i| !used[i] && a[i] == *row) {
                to[j] = Some(i);
                used[i] = true;
            }
        }
    }
    let mut left = (0..a_len).filter(|&i| !used[i]);
    let mut fresh = a_len;
    to.into_iter()
        .map(|pair| match pair {
            Some(i) => i,
            None => left.next().unwrap_or_else(|| {
                fresh += 1;
                fresh - 1
            }),
        })
        .collect()
}

/// `pointer` with its 変更箇所 row's position `i` put through `map` (`/changes/3/item` →
/// `/changes/{map(3)}/item`); any other pointer as it is.
fn renumber(pointer: &str, map: impl Fn(usize) -> Option<usize>) -> String {
    let Some(rest) = pointer.strip_prefix("/changes/") else {
        return pointer.to_owned();
    };
    let (index, tail) = rest.split_once('/').unwrap_or((rest, ""));
    match index.parse().ok().and_then(map) {
        Some(to) if tail.is_empty() => format!("/changes/{to}"),
        Some(to) => format!("/changes/{to}/{tail}"),
        None => pointer.to_owned(),
    }
}

/// The mutant's draft against the original's (its 変更箇所 rows paired by [`pair_changes`]).
fn compare(m: &Mutant, original: &Draft, before: &BTreeMap<String, Value>) -> Outcome {
    let draft = match import(&m.text) {
        Ok(draft) => draft,
        // The change took the text's last evidence of its form (the title's last characters,
        // where nothing else names the form): the import refuses it, and every value is lost;
        // none is wrong.
        Err(_) => {
            return Outcome {
                lost: before.values().filter(|v| filled(v)).count(),
                ..Outcome::default()
            };
        }
    };
    let pairs = pair_changes(original, &draft);
    let after: BTreeMap<String, Value> = flat(&draft)
        .into_iter()
        .map(|(p, v)| (renumber(&p, |j| pairs.get(j).copied()), v))
        .collect();
    // A pointer of `after` as the mutant's draft names it (for its trace).
    let in_draft = |p: &str| renumber(p, |i| pairs.iter().position(|&to| to == i));
    let mut out = Outcome {
        warned: draft
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::BlockTwice { .. })),
        unheld: unheld(&draft, &m.text),
        ..Outcome::default()
    };
    let mutated_lines = lines_of(&m.text);
    let pointers: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    for p in pointers {
        let (old, new) = (before.get(p), after.get(p));
        let old_filled = old.is_some_and(filled);
        let Some(new) = new.filter(|v| filled(v)) else {
            out.lost += usize::from(old_filled);
            continue;
        };
        if old.is_some_and(|o| same(o, new)) {
            continue;
        }
        if explained(m, p, old, new, original, (&draft, &in_draft(p))) {
            continue;
        }
        let at = entry_of(&draft, &in_draft(p)).map(|t| {
            format!(
                " [{}-{} {} {}: {:?}]",
                t.lines[0],
                t.lines[1],
                t.rule,
                t.confidence,
                cut(&span(&mutated_lines, t.lines), 160)
            )
        });
        out.wrong.push(format!(
            "{p}: {} → {}{}",
            cut(&old.map_or("(none)".to_owned(), Value::to_string), 120),
            cut(&new.to_string(), 120),
            at.unwrap_or_default()
        ));
    }
    out
}

/// The values of `draft` (read from `text`) that no trace entry names, or whose entry's lines
/// do not hold them, the page furniture the draft lists taken off them (see the module's docs).
fn unheld(draft: &Draft, text: &str) -> Vec<String> {
    let mut lines = lines_of(text);
    // The page furniture the shape stage took off is no line of any value.
    for f in &draft.trace.furniture {
        for no in f.lines[0]..=f.lines[1] {
            if let Some(line) = lines.get_mut(no - 1) {
                line.clear();
            }
        }
    }
    let mut out = Vec::new();
    for (p, v) in flat(draft) {
        if !filled(&v) {
            continue;
        }
        let Some(t) = entry_of(draft, &p) else {
            out.push(format!(
                "{p} = {}: no trace entry",
                cut(&v.to_string(), 120)
            ));
            continue;
        };
        let held = folded(&span(&lines, t.lines));
        let digits = |s: &str| {
            s.split(|c: char| !c.is_ascii_digit())
                .filter(|d| !d.is_empty())
                .map(|d| d.trim_start_matches('0').to_owned())
                .collect::<Vec<_>>()
        };
        let ok = match &v {
            Value::Bool(_) => true,
            Value::Number(n) => digits(&held).contains(&n.to_string()),
            Value::String(s) if is_iso_date(s) => {
                let have = digits(&held);
                s.split('-')
                    .skip(1)
                    .all(|part| have.contains(&part.trim_start_matches('0').to_owned()))
            }
            // A record item named with its group (`<宛名>個人番号`, the form `RecordItems`
            // documents) is held when its group's heading and its entry are.
            Value::String(s) if p.contains("/record_item_list/") => match group_and_entry(s) {
                Some((group, entry)) => {
                    held.contains(&folded(group)) && held.contains(&folded(entry))
                }
                None => held.contains(&folded(s)),
            },
            Value::String(s) => held.contains(&folded(s)),
            _ => true,
        };
        if !ok {
            out.push(format!(
                "{p} = {}: lines {}-{} ({} {}) hold {:?}",
                cut(&v.to_string(), 120),
                t.lines[0],
                t.lines[1],
                t.rule,
                t.confidence,
                cut(&span(&lines, t.lines), 160)
            ));
        }
    }
    out
}

/// `<宛名>個人番号` → (`<宛名>`, `個人番号`): a record item's group heading and its entry.
fn group_and_entry(item: &str) -> Option<(&str, &str)> {
    if !item.starts_with(['<', '＜']) {
        return None;
    }
    let end = item.find(['>', '＞'])?;
    let close = item.get(end..)?.chars().next()?.len_utf8();
    Some(item.split_at(end + close)).filter(|(_, entry)| !entry.is_empty())
}

fn is_iso_date(t: &str) -> bool {
    let b = t.as_bytes();
    (b.len() == 10 || b.len() == 7)
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

/// The counts of one class.
#[derive(Default, Clone)]
struct Tally {
    drafts: usize,
    wrong: usize,
    lost: usize,
    unheld: usize,
    warned: usize,
}

#[test]
fn mutated_seeds_put_no_new_wrong_value() {
    let Some(dir) = seeds::dir() else {
        return;
    };
    let debug = std::env::var("IMPORT_DEBUG").is_ok();
    let n = per_seed();
    let mut tallies: BTreeMap<Class, Tally> = BTreeMap::new();
    let mut unheld_originals = Vec::new();
    let mut examples: BTreeMap<Class, Vec<String>> = BTreeMap::new();
    for seed in SEEDS {
        let text = seeds::text(&dir, seed).unwrap_or_else(|| panic!("seed {seed} missing"));
        let original = import(&text).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        unheld_originals.extend(
            unheld(&original, &text)
                .into_iter()
                .map(|u| format!("seed {seed}: {u}")),
        );
        if original
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::BlockTwice { .. }))
        {
            unheld_originals.push(format!(
                "seed {seed}: the unmutated draft warns of a block met twice: {:?}",
                original.warnings
            ));
        }
        let before = flat(&original);
        let lines = lines_of(&text);
        for class in Class::ALL {
            let tally = tallies.entry(class).or_default();
            for i in 0..n {
                let Some(m) = mutate(seed, class, i, &lines, &original) else {
                    continue;
                };
                let o = compare(&m, &original, &before);
                tally.drafts += 1;
                tally.wrong += usize::from(!o.wrong.is_empty());
                tally.lost += usize::from(o.lost > 0);
                tally.unheld += usize::from(!o.unheld.is_empty());
                tally.warned += usize::from(o.warned);
                if !o.wrong.is_empty() || (debug && !o.unheld.is_empty()) {
                    let mut e = format!("seed {seed}, {class} #{i}: {}", m.what);
                    for w in o.wrong.iter().take(6) {
                        e.push_str(&format!("\n    wrong {w}"));
                    }
                    for u in o.unheld.iter().take(3) {
                        e.push_str(&format!("\n    unheld {u}"));
                    }
                    examples.entry(class).or_default().push(e);
                }
            }
        }
    }
    println!(
        "{:<16} {:>6} {:>10} {:>7} {:>6} {:>8} {:>7}",
        "class", "drafts", "new wrong", "%", "lost", "unheld", "warned"
    );
    for (class, t) in &tallies {
        println!(
            "{:<16} {:>6} {:>10} {:>6.2}% {:>6} {:>8} {:>7}",
            class.to_string(),
            t.drafts,
            t.wrong,
            100.0 * t.wrong as f64 / t.drafts.max(1) as f64,
            t.lost,
            t.unheld,
            t.warned
        );
    }
    if debug {
        for e in examples.values().flatten() {
            println!("{e}");
        }
        for u in &unheld_originals {
            println!("original {u}");
        }
    }
    let mut failures = Vec::new();
    // The shares of MOST and LEAST_WARNED were measured on MEASURED_PER_SEED mutants a seed. A
    // run of fewer (a debug build's) makes the first of those same mutants (each is seeded by
    // its index), a subset: its counts are held to the counts the measured shares allow on the
    // whole sample, not to the shares (a few drafts are too few to hold a share to).
    let scale = MEASURED_PER_SEED as f64 / n.clamp(1, MEASURED_PER_SEED) as f64;
    let share = |count: usize, of: usize| 100.0 * count as f64 / (of.max(1) as f64 * scale);
    for (class, most_wrong, most_unheld) in MOST {
        let t = &tallies[&class];
        let rate = share(t.wrong, t.drafts);
        if t.drafts == 0 {
            failures.push(format!("{class}: no mutant"));
        } else if rate > most_wrong {
            let first = examples
                .get(&class)
                .and_then(|e| e.first())
                .cloned()
                .unwrap_or_default();
            failures.push(format!(
                "{class}: a new wrong value in {rate:.2} % of drafts (> {most_wrong} %); e.g. {first}"
            ));
        }
        if share(t.unheld, t.drafts) > most_unheld {
            failures.push(format!(
                "{class}: a value its trace does not hold in {} of {} drafts (> {most_unheld} %)",
                t.unheld, t.drafts
            ));
        }
        if class != Class::Twice && t.warned > 0 {
            failures.push(format!(
                "{class}: {} drafts warn of a block met twice, which the class does not make",
                t.warned
            ));
        }
    }
    let twice = &tallies[&Class::Twice];
    if share(twice.drafts - twice.warned, twice.drafts) > 100.0 - LEAST_WARNED {
        failures.push(format!(
            "a block met twice warned in {} of {} drafts (< {LEAST_WARNED} %)",
            twice.warned, twice.drafts
        ));
    }
    if !unheld_originals.is_empty() {
        failures.push(format!(
            "the unmutated drafts: {}",
            unheld_originals.join("; ")
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_mutator_is_deterministic_and_changes_the_text() {
    // Long enough for a page break.
    let lines: Vec<String> = ["システム1", "甲", "", "システム2", "乙 12", "x"]
        .iter()
        .map(|s| s.to_string())
        .chain((0..100).map(|i| format!("行{i}")))
        .collect();
    let text = text_of(&lines);
    let example = mynumber_pia::Report::example(mynumber_pia::AssessmentKind::Focused);
    let draft = import(&mynumber_pia::render::to_markdown(&example)).unwrap();
    for class in Class::ALL {
        if class == Class::Blank {
            continue;
        }
        let a = mutate("x", class, 3, &lines, &draft).expect("a mutant");
        let b = mutate("x", class, 3, &lines, &draft).expect("a mutant");
        assert_eq!(a.text, b.text, "{class}");
        assert_ne!(a.text, text, "{class}");
        assert_eq!(a.class, class);
    }
    let twice = mutate("x", Class::Twice, 0, &lines, &draft).unwrap();
    assert_eq!(twice.text.matches("システム1").count(), 2);
}
