//! Values a PDF text prints apart from their labels, placed where the form's structure leaves
//! one item to take them.
//!
//! Two shapes of layout, each read only where the structure decides:
//!
//! - **An answer inside a scope** ([`answers_in_scope`]): a ＜選択肢＞ answer on a line of its
//!   own (`[ 10万人以上100万人未満`, `1万人以上10万人未満[ ]`) that nothing read, standing
//!   among the cells the walk gave one block (`移転先1`'s rows) or, outside every block, one
//!   section of a file (`２．基本情報`). When that scope has exactly one empty item whose list
//!   holds the answer, and every loose answer of that list in the scope says the same, the item
//!   takes it. An answer standing among the cells of two blocks or two sections is left.
//! - **A single 委託 block printed before its labels** ([`values_before_entrustment`]): the
//!   values of the section `４．特定個人情報ファイルの取扱いの委託` come out above all of its
//!   labels. When the file has exactly one 委託事項 block, the loose lines between the last
//!   heading or value read and the section's first label are the section's values, and each is
//!   matched by type: a count to the only empty count of the section (`（ ）件`), an answer to
//!   the only empty item of its list, the one-line names to the name items in form order (the
//!   block's title above its 委託先名). A type with more lines than items, or the other way
//!   round, fills nothing.
//!
//! Every value filled is [`Confidence::Inferred`] and traced to its line; the lines leave the
//! unread list.

use super::classify::{chapter_heading, is_page_number};
use super::limits::{COUNT_DIGITS, NAME_CHARS};
use crate::import::UnreadReason;
use std::collections::{HashMap, HashSet};

use super::blocks::BLOCK_LISTS;
use super::text::{Line, LineSet};
use super::walk::{CIRCLED, CellMap, bare_label, block_heading_number};
use super::{Confidence, Trace, TracedValue, item_pointer};
use crate::import::fill::{squeeze, squeezed};
use crate::report::{Cell, ItemId, Report, Value, field_at, field_at_mut};

/// Where an item stands: its file and block (kind and position), or its file and section.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Scope {
    Block(usize, usize, usize),
    Section(usize, &'static str),
}

/// What an item's id says of its scope: the kind of its block, or its section (`Ⅱ2`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Within {
    Block(usize),
    Section(&'static str),
}

/// [`Within`] of each item of a form (`None` for an item outside the files), in the order of
/// [`ItemId`].
type WithinTable = Vec<(ItemId, Option<Within>)>;

/// The scope of an item at `indices`: its block, or its file's section; `None` outside the
/// files (the report's own items).
fn scope_of(form: crate::AssessmentKind, id: ItemId, indices: &[usize]) -> Option<Scope> {
    // What the id says, from the form's table (the same for every text of the form).
    let table = per_form!(WithinTable, within_of, form);
    let at = table.binary_search_by_key(&id, |(i, _)| *i).ok()?;
    let within = table.get(at)?.1?;
    let file = *indices.first()?;
    match within {
        Within::Block(kind) => Some(Scope::Block(file, kind, *indices.get(1)?)),
        Within::Section(section) => Some(Scope::Section(file, section)),
    }
}

/// [`Within`] of every item of `form` (`None` for an item outside the files), in the order of
/// [`ItemId`].
fn within_of(form: crate::AssessmentKind) -> WithinTable {
    let mut out: WithinTable = ItemId::ALL
        .iter()
        .map(|&id| {
            let pattern = id.pattern();
            if !pattern.starts_with("files[]") {
                return (id, None);
            }
            if let Some(kind) = BLOCK_LISTS.iter().position(|l| pattern.contains(l)) {
                return (id, Some(Within::Block(kind)));
            }
            // `Ⅱ2④主な記録項目` → `Ⅱ2`: the chapter and the section's digits.
            let section = id.number(form).and_then(|number| {
                let mut digits = false;
                let end = number
                    .char_indices()
                    .find(|&(_, c)| {
                        if c.is_ascii_digit() {
                            digits = true;
                            false
                        } else {
                            digits
                        }
                    })
                    .map_or(number.len(), |(at, _)| at);
                number.get(..end).map(Within::Section)
            });
            (id, section)
        })
        .collect();
    out.sort_by_key(|(id, _)| *id);
    out
}

/// The label of a ＜選択肢＞ answer a loose line holds and nothing else: brackets around it are
/// the layout's, a mark in them makes it a box.
fn bare_answer(text: &str) -> Option<String> {
    if text.contains(['○', '〇', '◯', '●']) {
        return None;
    }
    let t = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '[' | ']' | '［' | '］'));
    (!t.is_empty() && !t.contains(['[', ']', '［', '］'])).then(|| squeeze(t))
}

/// One empty choice item: where it is and its list.
struct Slot {
    id: ItemId,
    indices: Vec<usize>,
    options: &'static [&'static str],
}

/// The empty choice items of the files of `report` (not the parts of group items).
fn empty_choices(report: &Report) -> Vec<Slot> {
    let mut out = Vec::new();
    for id in ItemId::of_form(report.form()) {
        if !id.pattern().starts_with("files[]") {
            continue;
        }
        let choice = |v: &Value<'_>| matches!(v, Value::Choice { .. });
        super::visit_of_kind(report, id, choice, &mut |indices, field| {
            if let Value::Choice {
                chosen: None,
                options,
            } = field.value()
            {
                out.push(Slot {
                    id,
                    indices: indices.to_vec(),
                    options,
                });
            }
        });
    }
    out
}

/// Fills `id` at `indices` from `text` read on line `no`; traced as inferred and taken off
/// `unread`. Whether it was filled.
fn put(
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
    (id, indices): (ItemId, &[usize]),
    lines: &[(usize, String)],
) -> bool {
    let Some(field) = field_at_mut(report, id, indices) else {
        return false;
    };
    let cell = Cell {
        lines: lines.to_vec(),
        displaced: true,
    };
    if field.fill(&cell).is_none() {
        return false;
    }
    let (Some(a), Some(b)) = (lines.first().map(|l| l.0), lines.last().map(|l| l.0)) else {
        return true;
    };
    trace.values.push(TracedValue {
        rule: std::borrow::Cow::Borrowed("apart"),
        pointer: item_pointer(id, indices),
        lines: [a, b],
        confidence: Confidence::Inferred,
    });
    unread.retain(|(no, _)| !(a..=b).contains(no));
    true
}

/// Fills the choice items that a loose answer inside their scope decides (see the module
/// docs). `cells` are the walk's.
pub(super) fn answers_in_scope(
    lines: &[Line],
    cells: &CellMap,
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let form = report.form();
    let slots = empty_choices(report);
    if slots.is_empty() {
        return;
    }
    // The span of each scope's cells, blocks and sections apart.
    // (A list searched from its end, not a map: a scope's cells mostly come one after another,
    // so the search stops at once, and no cell's scope is hashed.)
    let mut spans: Vec<(Scope, (usize, usize))> = Vec::new();
    for ((id, indices), cell) in cells {
        let (Some(scope), Some((a, b))) = (scope_of(form, *id, indices), cell.span()) else {
            continue;
        };
        match spans.iter_mut().rev().find(|(s, _)| *s == scope) {
            Some((_, span)) => *span = (span.0.min(a), span.1.max(b)),
            None => spans.push((scope, (a, b))),
        }
    }
    let within = |no: usize, block: bool| -> Vec<&Scope> {
        spans
            .iter()
            .filter(|(s, (a, b))| matches!(s, Scope::Block(..)) == block && (*a..=*b).contains(&no))
            .map(|(s, _)| s)
            .collect()
    };
    let loose: LineSet = unread.iter().map(|(no, _)| *no).collect();
    // Each empty item's scope and its options folded: once, not per line.
    let slot_scopes: Vec<Option<Scope>> = slots
        .iter()
        .map(|s| scope_of(form, s.id, &s.indices))
        .collect();
    // Each folded option, with the empty items (positions in `slots`, in order) that list it:
    // each list folded once, however many items have it.
    let mut lists: Vec<(&'static [&'static str], Vec<usize>)> = Vec::new();
    for (k, s) in slots.iter().enumerate() {
        match lists.iter_mut().find(|(l, _)| *l == s.options) {
            Some((_, ks)) => ks.push(k),
            None => lists.push((s.options, vec![k])),
        }
    }
    let mut listing: HashMap<String, Vec<usize>> = HashMap::new();
    for (list, ks) in lists {
        for o in list {
            listing.entry(squeeze(o)).or_default().extend(&ks);
        }
    }
    for ks in listing.values_mut() {
        ks.sort_unstable();
        ks.dedup();
    }
    // The cheap test first: a line's key holds its bare answer between brackets only (the
    // layout's, folded), unless an option itself starts or ends with one.
    let bracket = ['[', ']'];
    let by_key = listing
        .keys()
        .all(|o| !o.starts_with(bracket) && !o.ends_with(bracket));
    // And before the key is hashed: its length is an option's.
    let mut lengths: Vec<usize> = listing.keys().map(String::len).collect();
    lengths.sort_unstable();
    lengths.dedup();
    // Per scope and list: the loose answers (line, label).
    let mut found: HashMap<(Scope, usize), Vec<(usize, String)>> = HashMap::new();
    for line in lines.iter().filter(|l| loose.contains(l.no)) {
        if by_key {
            let Some(key) = trim_brackets(line.key()) else {
                continue;
            };
            if lengths.binary_search(&key.len()).is_err() || !listing.contains_key(key) {
                continue;
            }
        }
        // An answer no empty item lists is no one's: its scope is not looked for.
        let Some((answer, ks)) =
            bare_answer(&line.text).and_then(|a| listing.get(&a).map(|ks| (a, ks)))
        else {
            continue;
        };
        let blocks = within(line.no, true);
        let scopes = if blocks.is_empty() {
            within(line.no, false)
        } else {
            blocks
        };
        let [scope] = scopes.as_slice() else {
            continue;
        };
        for &k in ks {
            if slot_scopes.get(k).and_then(Option::as_ref) == Some(*scope) {
                found
                    .entry(((*scope).clone(), k))
                    .or_default()
                    .push((line.no, answer.clone()));
            }
        }
    }
    let mut keys: Vec<&(Scope, usize)> = found.keys().collect();
    keys.sort_by_key(|(_, k)| *k);
    let mut fills = Vec::new();
    for key in keys {
        let (scope, k) = key;
        let Some(slot) = slots.get(*k) else { continue };
        // The only empty item of its list in the scope.
        let rivals = slots
            .iter()
            .zip(&slot_scopes)
            .filter(|(s, s_scope)| s.options == slot.options && s_scope.as_ref() == Some(scope))
            .count();
        let Some(answers) = found.get(key) else {
            continue;
        };
        let labels: HashSet<&String> = answers.iter().map(|(_, a)| a).collect();
        if rivals != 1 || labels.len() != 1 {
            continue;
        }
        let Some(label) = slot.options.iter().find(|o| labels.contains(&squeeze(o))) else {
            continue;
        };
        let rows: Vec<(usize, String)> = answers
            .iter()
            .map(|(no, _)| (*no, (*label).to_owned()))
            .take(1)
            .collect();
        fills.push((slot.id, slot.indices.clone(), rows, answers.clone()));
    }
    for (id, indices, rows, answers) in fills {
        if put(report, trace, unread, (id, &indices), &rows) {
            let taken: LineSet = answers.iter().map(|(no, _)| *no).collect();
            unread.retain(|(no, _)| !taken.contains(*no));
        }
    }
}

/// `key` (a line's folded text) without the `[` and `]` at its ends, found byte by byte (both
/// are ASCII: the bytes around them are ends of characters).
fn trim_brackets(key: &str) -> Option<&str> {
    let bytes = key.as_bytes();
    let bracket = |b: &u8| matches!(b, b'[' | b']');
    let start = bytes.iter().take_while(|b| bracket(b)).count();
    let end = bytes.len() - bytes.iter().rev().take_while(|b| bracket(b)).count();
    key.get(start..end.max(start))
}

/// Whether `text` is a section heading of the form (`５．特定個人情報の提供・移転…`).
fn is_section_heading(form: crate::AssessmentKind, text: &str) -> bool {
    let t = squeeze(text);
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    let Ok(n) = digits.parse::<u32>() else {
        return false;
    };
    let Some(title) = t
        .get(digits.len()..)
        .and_then(|r| r.strip_prefix(['．', '.']))
    else {
        return false;
    };
    super::walk::CHAPTERS.iter().any(|ch| {
        crate::form::section_title(form, ch, n)
            .is_some_and(|s| !s.is_empty() && title.starts_with(&*squeezed(s)))
    })
}

/// Whether `text` names an item of `items` (`(circled number, folded bare label)`): it starts
/// with the label, after the item's circled number when it has one.
fn names_item(text: &str, items: &[(Option<char>, String)]) -> bool {
    let t = text.trim_start();
    let mut chars = t.chars();
    let (mark, rest) = match chars.next().filter(|c| CIRCLED.contains(*c)) {
        Some(c) => (Some(c), chars.as_str()),
        None => (None, t),
    };
    let folded = squeeze(rest);
    items
        .iter()
        .any(|(c, l)| *c == mark && folded.starts_with(l.as_str()))
}

/// What a loose paragraph of the 委託 section can be, by its shape.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Shape {
    /// A number alone (`1`): a count `（ 1 ）件`.
    Count,
    /// The label of a ＜選択肢＞ answer, folded.
    Answer(String),
    /// One line of words without a sentence's marks: a name.
    Name,
    /// Anything else (a sentence, a list).
    Other,
}

/// The shape of a paragraph's lines.
fn shape_of(lines: &[(usize, String)], answers: &HashSet<String>) -> Shape {
    let [(_, text)] = lines else {
        return Shape::Other;
    };
    let t = squeeze(text);
    if !t.is_empty() && t.len() <= COUNT_DIGITS && t.chars().all(|c| c.is_ascii_digit()) {
        return Shape::Count;
    }
    if let Some(a) = bare_answer(text).filter(|a| answers.contains(a)) {
        return Shape::Answer(a);
    }
    let marks = [
        '。', '、', '：', '・', '[', ']', '［', '］', '（', '）', '(', ')', '○',
    ];
    if t.contains(marks) || t.chars().count() > NAME_CHARS {
        Shape::Other
    } else {
        Shape::Name
    }
}

/// An item and its list positions, with the lines that fill it.
type Placed = (ItemId, Vec<usize>, Vec<(usize, String)>);

/// Whether `text` is only brackets, parentheses and 件 (the frame of `（ ）件` and boxes).
fn is_frame(text: &str) -> bool {
    text.chars().all(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '[' | ']' | '［' | '］' | '（' | '）' | '(' | ')' | '件' | '※'
            )
    })
}

/// Fills the items of a file's single 委託 block whose values a PDF text printed above all of
/// the section's labels (see the module docs).
// (Kept out of line, as the other passes are, so that a profile shows its cost on its own.)
#[inline(never)]
pub(super) fn values_before_entrustment(
    lines: &[Line],
    body: (usize, usize),
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let form = report.form();
    // One file, one block: whose each value is is then the section's structure.
    let [file] = report.files.as_slice() else {
        return;
    };
    if file.entrustments.len() != 1 {
        return;
    }
    // Every item's label (a line naming one is a label, not a value), then the section's items:
    // (id, indices, circled number, folded bare label), in form order.
    let every: Vec<(Option<char>, String)> = ItemId::of_form(form)
        .filter_map(|id| {
            let number = id.number(form)?;
            let label = squeeze(bare_label(id));
            let circled = number.chars().rev().find(|c| CIRCLED.contains(*c));
            (label.chars().filter(|c| c.is_alphabetic()).count() >= 2).then_some((circled, label))
        })
        .collect();
    let mut items: Vec<(ItemId, Vec<usize>, Option<char>, String)> = Vec::new();
    for id in ItemId::of_form(form) {
        let Some(number) = id.number(form).filter(|n| n.starts_with("Ⅱ4")) else {
            continue;
        };
        let indices = match id.pattern().matches("[]").count() {
            1 => vec![0],
            2 => vec![0, 0],
            _ => continue,
        };
        let circled = number.chars().rev().find(|c| CIRCLED.contains(*c));
        let label = squeeze(bare_label(id));
        items.push((id, indices, circled, label));
    }
    // (A label of one word, `（ ）件`'s 件, names no line.)
    let labels: Vec<(Option<char>, String)> = items
        .iter()
        .filter(|(_, _, _, l)| l.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .map(|(_, _, c, l)| (*c, l.clone()))
        .collect();
    let in_body = |l: &&Line| l.no > body.0 && l.no < body.1;
    // The section's first label (a 委託事項 heading is one).
    let Some(first) = lines.iter().filter(in_body).position(|l| {
        block_heading_number(&l.text).is_some_and(|(kind, _)| kind == 0)
            || names_item(&l.text, &labels)
    }) else {
        return;
    };
    let body_lines: Vec<&Line> = lines.iter().filter(in_body).collect();
    let read: LineSet = trace
        .values
        .iter()
        .flat_map(|v| v.lines[0]..=v.lines[1])
        .collect();
    let loose: LineSet = unread.iter().map(|(no, _)| *no).collect();
    // Back from the first label to a heading or a value read: the run of loose paragraphs.
    let mut start = first;
    while let Some(prev) = start.checked_sub(1).and_then(|i| body_lines.get(i)) {
        let t = prev.text.trim();
        if read.contains(prev.no)
            || chapter_heading(t).is_some()
            || is_section_heading(form, t)
            || block_heading_number(t).is_some()
        {
            break;
        }
        start -= 1;
    }
    let answers: HashSet<String> = items
        .iter()
        .filter_map(|(id, ix, _, _)| match field_at(report, *id, ix)?.value() {
            Value::Choice { options, .. } => Some(options.iter().map(|o| squeeze(o))),
            _ => None,
        })
        .flatten()
        .collect();
    let mut paragraphs: Vec<Vec<(usize, String)>> = Vec::new();
    let mut blank = true;
    for line in body_lines.get(start..first).unwrap_or_default() {
        let t = line.text.trim();
        let footer = is_page_number(t) && !t.chars().all(|c| c.is_ascii_digit());
        if t.is_empty()
            || !loose.contains(line.no)
            || is_frame(t)
            || footer
            || names_item(t, &every)
        {
            blank = true;
            continue;
        }
        match paragraphs.last_mut() {
            Some(p) if !blank => p.push((line.no, t.to_owned())),
            _ => paragraphs.push(vec![(line.no, t.to_owned())]),
        }
        blank = false;
    }
    let shapes: Vec<Shape> = paragraphs.iter().map(|p| shape_of(p, &answers)).collect();
    // The empty items each shape can fill, in form order.
    let empty = |id: ItemId, ix: &[usize]| field_at(report, id, ix).is_some_and(|f| f.is_blank());
    let mut fills: Vec<Placed> = Vec::new();
    let of_shape = |want: &dyn Fn(&Shape) -> bool| -> Vec<&Vec<(usize, String)>> {
        paragraphs
            .iter()
            .zip(&shapes)
            .filter(|(_, s)| want(s))
            .map(|(p, _)| p)
            .collect()
    };
    // A count: the only empty count of the section (a page's number is not one).
    let numbers: Vec<(usize, u32)> = body_lines
        .iter()
        .filter(|l| is_page_number(&l.text))
        .filter_map(|l| Some((l.no, page_number(&l.text)?)))
        .collect();
    let counts: Vec<&Vec<(usize, String)>> = of_shape(&|s| *s == Shape::Count)
        .into_iter()
        .filter(|p| {
            p.first()
                .is_some_and(|(no, _)| !in_page_sequence(&numbers, *no))
        })
        .collect();
    let count_items: Vec<&(ItemId, Vec<usize>, Option<char>, String)> = items
        .iter()
        .filter(|(id, ix, _, _)| {
            empty(*id, ix)
                && field_at(report, *id, ix).is_some_and(|f| matches!(f.value(), Value::Count(_)))
        })
        .collect();
    if let ([p], [(id, ix, _, _)]) = (counts.as_slice(), count_items.as_slice()) {
        fills.push((*id, ix.clone(), (*p).clone()));
    }
    // An answer: the only empty item of its list, the only answer of that list.
    for (id, ix, _, _) in &items {
        let Some(Value::Choice {
            chosen: None,
            options,
        }) = field_at(report, *id, ix).map(|f| f.value())
        else {
            continue;
        };
        let of_list = |a: &String| options.iter().any(|o| squeezed(o) == a.as_str());
        let rivals = items
            .iter()
            .filter(|(i, x, _, _)| {
                matches!(field_at(report, *i, x).map(|f| f.value()),
                    Some(Value::Choice { options: o, .. }) if o == options)
            })
            .count();
        let found = of_shape(&|s| matches!(s, Shape::Answer(a) if of_list(a)));
        if let ([p], 1) = (found.as_slice(), rivals) {
            if let Some(label) = p
                .first()
                .and_then(|(_, t)| bare_answer(t))
                .and_then(|a| options.iter().find(|o| squeezed(o) == a.as_str()))
            {
                let no = p.first().map_or(0, |(no, _)| *no);
                fills.push((*id, ix.clone(), vec![(no, (*label).to_owned())]));
            }
        }
    }
    // The names, in form order: the block's title, then its 委託先名.
    let names = of_shape(&|s| *s == Shape::Name);
    let name_items: Vec<&(ItemId, Vec<usize>, Option<char>, String)> = items
        .iter()
        .filter(|(id, _, _, _)| matches!(id, ItemId::EntrustmentTitle) || super::walk::is_name(*id))
        .collect();
    let all_empty = name_items.iter().all(|(id, ix, _, _)| empty(*id, ix));
    if all_empty && !names.is_empty() && names.len() == name_items.len() {
        for ((id, ix, _, _), p) in name_items.iter().zip(&names) {
            fills.push((*id, ix.clone(), (*p).clone()));
        }
    }
    for (id, ix, rows) in fills {
        put(report, trace, unread, (id, &ix), &rows);
    }
}

/// The number of a page-number line (`- 3 -`, `3`).
fn page_number(text: &str) -> Option<u32> {
    let digits: String = text
        .chars()
        .map(crate::label::fold_char)
        .filter(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// Whether the number alone on line `no` is a page's: it continues the sequence of the
/// `numbers` alone around it (the one before is one less, or the one after one more), or the
/// sequence has a gap there that it would fill. A number the sequence runs past without it (the
/// one before and the one after are consecutive), or the only one, is a value.
fn in_page_sequence(numbers: &[(usize, u32)], no: usize) -> bool {
    let Some(&(_, n)) = numbers.iter().find(|(l, _)| *l == no) else {
        return false;
    };
    let prev = numbers.iter().rev().find(|(l, _)| *l < no).map(|(_, v)| *v);
    let next = numbers.iter().find(|(l, _)| *l > no).map(|(_, v)| *v);
    let continues = prev.is_some_and(|p| p.checked_add(1) == Some(n))
        || next.is_some_and(|x| n.checked_add(1) == Some(x));
    let runs_past = match (prev, next) {
        (Some(p), Some(x)) => p.checked_add(1) == Some(x),
        _ => true,
    };
    continues || !runs_past
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::import;

    /// A 重点 text whose one 委託 block prints `values` above all of its labels (a PDF text).
    fn entrustment_after(values: &[&str], blocks: usize) -> String {
        let mut text = String::from(
            "特定個人情報保護評価書（重点項目評価書）\n\nⅠ　基本情報\n\nⅡ　特定個人情報ファイルの概要\n\n\
             １．特定個人情報ファイル名\n\n試験ファイル\n\n\
             ５．特定個人情報の提供・移転（委託に伴うものを除く。）\n\n",
        );
        for v in values {
            text.push_str(v);
            text.push_str("\n\n");
        }
        text.push_str(" 委託の有無　※\n\n ②委託先における取扱者数\n\n");
        for n in 1..=blocks {
            text.push_str(&format!(" 委託事項{n}\n\n ①委託内容 帳票の印刷\n\n"));
        }
        text.push_str(" ４．特定個人情報ファイルの取扱いの委託\n\n ③委託先名\n\n");
        text
    }

    fn traced(draft: &crate::import::Draft, pointer: &str) -> Option<([usize; 2], Confidence)> {
        draft
            .trace
            .values
            .iter()
            .find(|v| v.pointer == pointer)
            .map(|v| (v.lines, v.confidence))
    }

    #[test]
    fn a_single_blocks_values_above_its_labels_are_placed_by_type_and_order() {
        let values = [
            "（ ）件 [",
            "10人以上50人未満",
            "委託する",
            "2",
            "印刷業務",
            "試験印刷株式会社",
        ];
        let draft = import(&entrustment_after(&values, 1)).unwrap();
        let file = &draft.report.files[0];
        assert_eq!(file.entrustment_count, Some(2));
        let e = &file.entrustments[0];
        assert_eq!(e.title.as_deref(), Some("印刷業務"));
        assert_eq!(e.entrustee.as_deref(), Some("試験印刷株式会社"));
        assert_eq!(e.handler_count.map(|b| b.label()), Some("10人以上50人未満"));
        let (lines, confidence) = traced(&draft, "/files/0/entrustments/0/entrustee").unwrap();
        assert_eq!(confidence, Confidence::Inferred);
        assert_eq!(lines, [23, 23]);
        // The values' lines left the unread list; the frame of `（ ）件` stays.
        let unread = |no: usize| {
            draft
                .trace
                .unread
                .iter()
                .any(|u| (u.lines[0]..=u.lines[1]).contains(&no))
        };
        assert!(unread(13));
        assert!([15, 17, 19, 21, 23].into_iter().all(|no| !unread(no)));
    }

    #[test]
    fn names_or_blocks_that_do_not_match_fill_nothing() {
        // Three names for two name items.
        let values = ["印刷業務", "試験印刷株式会社", "別の名称"];
        let draft = import(&entrustment_after(&values, 1)).unwrap();
        let e = &draft.report.files[0].entrustments[0];
        assert_eq!((e.title.as_deref(), e.entrustee.as_deref()), (None, None));
        // Two blocks: whose each value is cannot be read.
        let values = ["2", "印刷業務", "試験印刷株式会社"];
        let draft = import(&entrustment_after(&values, 2)).unwrap();
        let file = &draft.report.files[0];
        assert_eq!(file.entrustment_count, None);
        assert!(file.entrustments.iter().all(|e| e.entrustee.is_none()));
    }

    #[test]
    fn an_items_scope_is_its_block_or_its_files_section() {
        let form = crate::AssessmentKind::Full;
        // `Ⅱ2④…` → the section `Ⅱ2` of its file; a 提供先's item → its block; a report's own
        // item → none.
        let section = ItemId::of_form(form).find(|id| {
            id.pattern().starts_with("files[]")
                && id.number(form).is_some_and(|n| n.starts_with("Ⅱ2④"))
        });
        let section = section.and_then(|id| scope_of(form, id, &[1]));
        assert_eq!(section, Some(Scope::Section(1, "Ⅱ2")));
        assert_eq!(
            scope_of(form, ItemId::ProvisionMethods, &[0, 2]),
            Some(Scope::Block(0, 1, 2))
        );
        assert_eq!(scope_of(form, ItemId::ProvisionMethods, &[0]), None);
        assert_eq!(scope_of(form, ItemId::SystemConnections, &[0]), None);
    }

    #[test]
    fn a_number_that_continues_the_pages_is_not_a_count() {
        let numbers = [(10, 4), (20, 5), (30, 6)];
        assert!(in_page_sequence(&numbers, 20));
        let numbers = [(10, 4), (15, 1), (30, 5)];
        assert!(!in_page_sequence(&numbers, 15));
        assert!(!in_page_sequence(&[(15, 1)], 15));
        assert_eq!(page_number(" - 12 -"), Some(12));
    }

    /// A 重点 text with a file's 本人の数 and a 移転先 whose 本人の数 answer `answer` is printed
    /// under its ⑥ (`inside`) or after the block's heading of the next block.
    fn transfer_with(answer: &str) -> String {
        format!(
            "特定個人情報保護評価書（重点項目評価書）\n\nⅠ　基本情報\n\nⅡ　特定個人情報ファイルの概要\n\n\
             １．特定個人情報ファイル名\n\n試験ファイル\n\n\
             ５．特定個人情報の提供・移転（委託に伴うものを除く。）\n\n\
             移転先1 試験広域連合\n\n ④移転する情報の対象となる\n本人の数\n\n[ ○\n\n\
             ⑥移転方法\n\n{answer}\n\n ６．特定個人情報の保管・消去\n\n"
        )
    }

    #[test]
    fn an_answer_among_one_blocks_cells_is_its_only_empty_item_of_that_list() {
        let draft = import(&transfer_with("1万人以上10万人未満[ ]")).unwrap();
        let file = &draft.report.files[0];
        assert_eq!(
            file.transfers[0].data_subjects.map(|b| b.label()),
            Some("1万人以上10万人未満")
        );
        assert_eq!(file.data_subjects, None);
        let (_, confidence) = traced(&draft, "/files/0/transfers/0/data_subjects").unwrap();
        assert_eq!(confidence, Confidence::Inferred);
        // A box's mark makes the line a box, not an answer.
        let draft = import(&transfer_with("[ ○ ] 1万人以上10万人未満")).unwrap();
        assert_eq!(draft.report.files[0].transfers[0].data_subjects, None);
    }
}
