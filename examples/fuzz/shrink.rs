//! Shrinking a failing input before it is printed: for a JSON document, values removed one at a
//! time while the failure stays; then delta debugging over the characters (chunks removed,
//! halving their size until single characters).

use std::time::Instant;

use serde_json::Value;

use crate::mutate::{node_at, node_paths};

/// The smallest input found before `deadline` for which `fails` still holds (it holds for
/// `input`).
pub fn shrink(input: &str, fails: &mut dyn FnMut(&str) -> bool, deadline: Instant) -> String {
    let mut best = input.to_owned();
    if let Ok(doc) = serde_json::from_str::<Value>(input) {
        for text in [
            serde_json::to_string(&doc),
            serde_json::to_string_pretty(&doc),
        ]
        .into_iter()
        .flatten()
        {
            if text.len() <= best.len() && fails(&text) {
                best = shrink_json(doc, fails, deadline, text.contains('\n'));
                break;
            }
        }
    }
    ddmin(&best, fails, deadline)
}

/// Removes array elements and object entries (outermost first) while the failure stays.
fn shrink_json(
    mut doc: Value,
    fails: &mut dyn FnMut(&str) -> bool,
    deadline: Instant,
    pretty: bool,
) -> String {
    let write = |v: &Value| {
        if pretty {
            serde_json::to_string_pretty(v)
        } else {
            serde_json::to_string(v)
        }
        .unwrap_or_default()
    };
    let mut i = 0;
    loop {
        let mut paths = Vec::new();
        node_paths(&doc, &mut Vec::new(), &mut paths);
        paths.retain(|p| !p.is_empty());
        paths.sort_by_key(Vec::len);
        let Some(path) = paths.get(i).cloned() else {
            break;
        };
        if Instant::now() > deadline {
            break;
        }
        let mut candidate = doc.clone();
        let (last, parent) = path.split_last().unwrap_or((&0, &[]));
        let removed = match node_at(&mut candidate, parent) {
            Some(Value::Array(items)) if *last < items.len() => {
                items.remove(*last);
                true
            }
            Some(Value::Object(map)) => {
                let key = map.keys().nth(*last).cloned();
                key.is_some_and(|k| map.remove(&k).is_some())
            }
            _ => false,
        };
        if removed && fails(&write(&candidate)) {
            doc = candidate;
        } else {
            i += 1;
        }
    }
    write(&doc)
}

/// Delta debugging over characters: remove chunks of `len / n` characters while the failure
/// stays, doubling `n` when no chunk can go.
fn ddmin(input: &str, fails: &mut dyn FnMut(&str) -> bool, deadline: Instant) -> String {
    let mut chars: Vec<char> = input.chars().collect();
    let mut n = 2;
    while chars.len() >= 2 && Instant::now() < deadline {
        let chunk = chars.len().div_ceil(n);
        let mut reduced = false;
        let mut start = 0;
        while start < chars.len() {
            let end = (start + chunk).min(chars.len());
            let candidate: String = chars[..start].iter().chain(&chars[end..]).collect();
            if fails(&candidate) {
                chars = candidate.chars().collect();
                n = (n - 1).max(2);
                reduced = true;
                break;
            }
            if Instant::now() > deadline {
                break;
            }
            start = end;
        }
        if !reduced {
            if n >= chars.len() {
                break;
            }
            n = (n * 2).min(chars.len());
        }
    }
    chars.into_iter().collect()
}
