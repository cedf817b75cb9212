//! Recall and precision of a draft against a seed's transcription (issue 20's measure; see
//! tests/import_seeds.rs for what a fact is). Included by the tests that score drafts with
//! `#[path = "common/score.rs"] mod score;` (after `mod seeds;`).

#![allow(dead_code)] // each test uses its part

use std::collections::BTreeMap;

use mynumber_pia::import::{Confidence, Draft};
use serde_json::Value;

use crate::seeds::leaves;

pub fn squeeze(t: &str) -> String {
    t.chars().filter(|c| !c.is_whitespace()).collect()
}

pub fn is_iso_date(t: &str) -> bool {
    let b = t.as_bytes();
    (b.len() == 10 || b.len() == 7)
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

/// Whether the transcription's leaf is a fact of `text` (see the module docs).
pub fn is_fact(v: &Value, text: &str) -> bool {
    match v {
        Value::Number(_) => true,
        Value::Bool(b) => *b,
        Value::String(s) if is_iso_date(s) => true,
        Value::String(s) => {
            let s = squeeze(s);
            !s.is_empty() && text.contains(&s)
        }
        _ => false,
    }
}

pub fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => squeeze(x) == squeeze(y),
        _ => a == b,
    }
}

/// How many of the cells after the 項目 (変更前, 変更後, 提出時期, 説明) the draft's `row` has
/// as the transcription's `want` row has them.
pub fn agreeing(want: &Value, row: &Value) -> usize {
    ["before", "after", "timing", "explanation"]
        .iter()
        .filter(|f| match (want.get(**f), row.get(**f)) {
            (Some(a), Some(b)) if !a.is_null() => same(a, b),
            _ => false,
        })
        .count()
}

/// The draft's 変更箇所 rows put in the transcription's order: a PDF text prints the rows of
/// a page out of order, so a row's place is its date and item, not its position. Where rows
/// share a date and item (`同上` rows of one day), none of them has a place of its own: the
/// pairs that agree on the most cells are made first (a row goes to the one whose cells it
/// agrees with most, the first of them on a tie).
///
/// A draft row without a date (the importer leaves the 変更日 empty where a PDF text printed
/// the dates as a column of their own) goes to the transcription's row of the same 項目 whose
/// cells it agrees with most, when that row is the only one agreeing that much, agrees on at
/// least one cell, and no other draft row took it; its missing date then counts as missing.
/// A draft row without a 項目 (left empty where a PDF text does not show where the cell ends)
/// goes, the same way, to the transcription's row of the same date it agrees with most; where
/// several agree as much and it agrees with them on every cell it has, to the first free one
/// (its values read the same against any of them). A row of its date alone (a row the
/// importer saw but could not read, a page having broken it) goes to the transcription's one
/// row of that date, if it has one.
/// Rows the transcription does not have keep their order after the matched ones (every value
/// of theirs counts as wrong).
pub fn align_changes(expected: &Value, mut got: Value) -> Value {
    let item = |row: &Value| squeeze(row.get("item").and_then(Value::as_str).unwrap_or(""));
    let key = |row: &Value| (row.get("date").cloned().unwrap_or(Value::Null), item(row));
    let (Some(want), Some(Value::Array(have))) = (
        expected.get("changes").and_then(Value::as_array),
        got.get_mut("changes"),
    ) else {
        return got;
    };
    let mut rest: Vec<Option<Value>> = have.drain(..).map(Some).collect();
    // Every pair of a transcription row and a draft row of the same key, the most agreeing
    // pairs first (in the rows' order on a tie), each row paired once: a draft row goes to the
    // row of its key it agrees with most, not to whichever of them comes first.
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (j, row) in want.iter().enumerate() {
        let k = key(row);
        for (i, r) in rest.iter().enumerate() {
            if let Some(r) = r.as_ref().filter(|r| key(r) == k) {
                pairs.push((agreeing(row, r), j, i));
            }
        }
    }
    pairs.sort_by_key(|&(n, j, i)| (std::cmp::Reverse(n), j, i));
    let mut aligned = vec![Value::Null; want.len()];
    for (_, j, i) in pairs {
        let free = aligned.get(j).is_some_and(Value::is_null);
        if let (true, Some(slot)) = (free, rest.get_mut(i)) {
            if let Some(r) = slot.take() {
                aligned[j] = r;
            }
        }
    }
    // Draft rows without a date, in their order: the transcription's row of their 項目 they
    // agree with most, when it is the only best one and still free.
    for slot in rest.iter_mut() {
        let undated = |r: &&Value| r.get("date").is_none_or(Value::is_null);
        let no_item = |r: &&Value| item(r).is_empty();
        let Some(r) = slot.as_ref().filter(|r| undated(r) || no_item(r)) else {
            continue;
        };
        let mut best: Vec<(usize, usize)> = Vec::new();
        for (j, w) in want.iter().enumerate() {
            let same_place = if undated(&r) {
                item(w) == item(r)
            } else {
                w.get("date") == r.get("date")
            };
            if !same_place {
                continue;
            }
            let n = agreeing(w, r);
            match best.first() {
                Some(&(_, m)) if n < m => {}
                Some(&(_, m)) if n == m => best.push((j, n)),
                _ => best = vec![(j, n)],
            }
        }
        // A row without a 項目 that agrees on every cell it has with several rows of its date
        // reads the same whichever of them it goes to: the first free one.
        let filled = ["before", "after", "timing", "explanation"]
            .iter()
            .filter(|f| r.get(**f).is_some_and(|v| !v.is_null()))
            .count();
        let free = |j: &usize| aligned.get(*j).is_some_and(Value::is_null);
        let chosen = match best.as_slice() {
            [(j, n)] if *n > 0 && free(j) => Some(*j),
            // A row of its date alone, the transcription's only row of that date.
            [(j, _)] if !undated(&r) && filled == 0 && free(j) => Some(*j),
            [(_, n), ..] if !undated(&r) && *n > 0 && *n == filled => {
                best.iter().map(|(j, _)| *j).find(free)
            }
            _ => None,
        };
        if let Some(j) = chosen {
            if let (Some(place), Some(r)) = (aligned.get_mut(j), slot.take()) {
                *place = r;
            }
        }
    }
    aligned.extend(rest.into_iter().flatten());
    *have = aligned;
    got
}

/// Recall, precision and the counts behind them for one seed.
pub struct Score {
    pub facts: usize,
    pub found: usize,
    /// The facts outside the seed's unreadable check-mark lists ([`SEEDS`]), and those found.
    pub readable_facts: usize,
    pub readable_found: usize,
    /// Values the import filled inside those lists (each a guess).
    pub guessed: Vec<String>,
    /// The lines of those lists' values the trace neither read nor lists as unaligned boxes.
    pub unlisted: Vec<String>,
    pub filled: usize,
    pub right: usize,
    pub inferred: usize,
    pub unread: usize,
    /// The counts by part of the report (the first key of the JSON Pointer: `cover`,
    /// `affair`, `systems`, `files`, `changes`…): facts, found, filled, right.
    pub by_part: BTreeMap<String, [usize; 4]>,
}

/// The part of the report a JSON Pointer is in: its first key.
pub fn part_of(pointer: &str) -> String {
    pointer
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or_default()
        .to_owned()
}

impl Score {
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.facts.max(1) as f64
    }
    pub fn readable_recall(&self) -> f64 {
        self.readable_found as f64 / self.readable_facts.max(1) as f64
    }
    pub fn precision(&self) -> f64 {
        self.right as f64 / self.filled.max(1) as f64
    }
}

/// `draft` scored against the transcription `fixture` of the seed whose text is `text` (its
/// facts are what `text` holds); the lines of the unreadable lists are looked up in `read`,
/// the text the draft was read from.
pub fn score(fixture: &str, text: &str, read: &str, draft: &Draft, unreadable: &[&str]) -> Score {
    let expected: Value = serde_json::from_str(fixture).expect("fixture JSON");
    let got: Value = serde_json::from_str(&draft.report.to_json()).expect("draft JSON");
    let got = align_changes(&expected, got);
    let mut want = BTreeMap::new();
    leaves(&expected, String::new(), &mut want);
    let mut have = BTreeMap::new();
    leaves(&got, String::new(), &mut have);
    let flat = squeeze(text);
    let skip = |p: &str| p == "/schema_version" || p == "/form";
    let beyond = |p: &str| unreadable.iter().any(|u| p.starts_with(u));
    let mut s = Score {
        facts: 0,
        found: 0,
        readable_facts: 0,
        readable_found: 0,
        guessed: Vec::new(),
        unlisted: Vec::new(),
        filled: 0,
        right: 0,
        inferred: draft
            .trace
            .values
            .iter()
            .filter(|v| v.confidence == Confidence::Inferred)
            .count(),
        unread: draft.trace.unread.len(),
        by_part: BTreeMap::new(),
    };
    let debug = std::env::var("IMPORT_DEBUG").is_ok();
    for (p, v) in &want {
        if skip(p) || !is_fact(v, &flat) {
            continue;
        }
        s.facts += 1;
        s.readable_facts += usize::from(!beyond(p));
        let part = s.by_part.entry(part_of(p)).or_default();
        part[0] += 1;
        if have.get(p).is_some_and(|h| same(h, v)) {
            part[1] += 1;
            s.found += 1;
            s.readable_found += usize::from(!beyond(p));
        } else if debug {
            println!("  missing {p} = {v} (got {:?})", have.get(p));
        }
    }
    for (p, h) in &have {
        let filled = match h {
            Value::Null => false,
            Value::Bool(b) => *b,
            Value::String(t) => !t.is_empty(),
            _ => true,
        };
        if skip(p) || !filled {
            continue;
        }
        if beyond(p) {
            s.guessed.push(format!("{p} = {h}"));
        }
        match want.get(p) {
            // Paraphrased free text: not judged.
            Some(v) if !v.is_null() && !is_fact(v, &flat) && v != &Value::Bool(false) => {}
            Some(v) => {
                s.filled += 1;
                let part = s.by_part.entry(part_of(p)).or_default();
                part[2] += 1;
                if same(h, v) {
                    part[3] += 1;
                    s.right += 1;
                } else if debug {
                    println!("  wrong {p} = {h} (want {v})");
                }
            }
            None => {
                s.filled += 1;
                s.by_part.entry(part_of(p)).or_default()[2] += 1;
                if debug {
                    println!("  extra {p} = {h}");
                }
            }
        }
    }
    // The lines of the unreadable lists' values: each line that holds a box and the value (an
    // option label, or the `その他` text), outside every value the import traced, is unread as
    // a box whose marks could not be tied to its options. (`その他` itself is an option of
    // every list; its line is found through its text.)
    let lines: Vec<&str> = read.lines().collect();
    let traced = |no: usize| {
        draft
            .trace
            .values
            .iter()
            .any(|v| v.lines[0] <= no && no <= v.lines[1])
    };
    let unaligned = |no: usize| {
        draft
            .trace
            .unread
            .iter()
            .any(|u| u.lines[0] <= no && no <= u.lines[1] && u.reason == UNALIGNED)
    };
    for (p, v) in &want {
        let Some(v) = v.as_str().filter(|v| beyond(p) && *v != "その他") else {
            continue;
        };
        let v = squeeze(v);
        let boxed: Vec<usize> = (1..=lines.len())
            .filter(|&no| {
                let line = lines[no - 1];
                line.contains(['[', ']', '［', '］', '○']) && squeeze(line).contains(&v)
            })
            .filter(|&no| !traced(no))
            .collect();
        if boxed.is_empty() {
            s.unlisted
                .push(format!("{p}: no box line of {v} left unread"));
        }
        s.unlisted.extend(
            boxed
                .into_iter()
                .filter(|&no| !unaligned(no))
                .map(|no| format!("{p}: line {no}")),
        );
    }
    s
}

/// The reason the import gives the lines of a box list whose marks it could not tie to the
/// list's options.
pub const UNALIGNED: mynumber_pia::import::UnreadReason =
    mynumber_pia::import::UnreadReason::UnalignedMarks;
