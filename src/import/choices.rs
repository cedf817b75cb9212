//! The answers of ＜選択肢＞ lists that a PDF text prints away from their items.
//!
//! A PDF text of a risk chapter often comes out as a stack of item labels, a stack of option
//! lists and, somewhere else, the chosen answers on lines of their own (`十分である`,
//! `[ 十分である`, `定めている[`), in an order that is not the items'. Which answer is whose
//! cannot be read; but where the form's structure leaves no choice it need not be. The
//! **pigeonhole rule**: take the loose answer lines (lines nothing else read) that are a label of
//! a choice list of the form, and the items of one chapter whose answer on such a list is still
//! empty (an item whose opt-out box is checked asks none). When they are exactly as many, and
//! all the answers are the same label, every one of those items has that label, whichever line
//! is whose. Each is filled, marked inferred and traced to the lines of the answers. When the
//! counts differ or the answers do not agree, nothing is filled and the lines stay unread.
//!
//! The choice lists are the item table's ([`ItemId`] and each field's [`Value::Choice`], from the
//! [`crate::Choice`] types), never a list of words kept here.

use super::limits::{ANSWER_LINE_FACTOR, ANSWER_LINE_SLACK};
use crate::import::UnreadReason;
use std::collections::{BTreeMap, HashMap, HashSet};

use super::text::{Line, LineSet};
use super::walk::Indices;
use super::{Confidence, Trace, TracedValue, item_pointer};
use crate::import::boxes::{CharBlocks, has_low_bit, low_bits};
use crate::import::fill::squeeze;
use crate::report::{Cell, Field, ItemId, Report, Value, field_at_mut};

/// The heading of a ＜選択肢＞ list, as texts print it.
const OPTION_HEADINGS: [&str; 4] = crate::form::CHOICE_HEADING_SPELLINGS;

/// A loose answer: its line and the label it holds.
type Answer = (usize, &'static str);

/// An answered item: its chapter and the label it holds.
type Chosen = (Option<char>, &'static str);

/// One empty answer of a choice list: the item, its list positions, the label of its part when
/// the answer is a part of a group item (`""` for the group's unlabelled part), and the list.
#[derive(Debug, Clone)]
struct Slot {
    id: ItemId,
    /// (Held in place: a slot is made for every answer of the form, each time they are read.)
    indices: Indices,
    part: Option<&'static str>,
    options: &'static [&'static str],
}

/// The answers of the form's choice lists in `report`, skipping the items whose opt-out box
/// is checked: the empty ones, and the chosen ones with their labels.
fn choice_slots(report: &Report) -> (Vec<Slot>, Vec<(Slot, &'static str)>) {
    let form = report.form();
    let opted_out = crate::report::opted_out(report);
    let mut empty = Vec::new();
    let mut chosen_slots = Vec::new();
    for id in ItemId::of_form(form) {
        if opted_out.contains(&id) {
            continue;
        }
        let choices = |v: &Value<'_>| match v {
            Value::Choice { .. } => true,
            Value::Group(parts) => parts.iter().any(|(_, p)| matches!(p, Value::Choice { .. })),
            _ => false,
        };
        super::visit_of_kind(report, id, choices, &mut |indices, field| {
            field_slots(id, indices, field, &mut empty, &mut chosen_slots);
        });
    }
    (empty, chosen_slots)
}

/// The answers of the form's choice lists in one field (`id` at `indices`), pushed to `empty`
/// or, chosen, to `chosen` with their labels ([`choice_slots`]).
fn field_slots(
    id: ItemId,
    indices: &[usize],
    field: &dyn Field,
    empty: &mut Vec<Slot>,
    chosen: &mut Vec<(Slot, &'static str)>,
) {
    // (No item's pattern has more than two lists: a test holds every item to it.)
    let Some(indices) = Indices::new(indices) else {
        return;
    };
    let mut push = |part: Option<&'static str>,
                    label: Option<&'static str>,
                    options: &'static [&'static str]| {
        let slot = Slot {
            id,
            indices,
            part,
            options,
        };
        match label {
            None => empty.push(slot),
            Some(c) => chosen.push((slot, c)),
        }
    };
    match field.value() {
        Value::Choice { chosen, options } => push(None, chosen, options),
        Value::Group(parts) => {
            for (label, value) in parts {
                if let Value::Choice { chosen, options } = value {
                    push(Some(label), chosen, options);
                }
            }
        }
        _ => {}
    }
}

/// [`choice_slots`] again after the fields at `filled` (items and their positions) were
/// filled: each one's slots are read again from `report`, its empty ones where they stood
/// (their order is the order the items are decided and traced in), its chosen ones at the end
/// (only counted).
fn refresh_slots(
    report: &Report,
    filled: &[(ItemId, Indices)],
    empty: &mut Vec<Slot>,
    chosen: &mut Vec<(Slot, &'static str)>,
) {
    for (id, indices) in filled {
        let of_field = |s: &Slot| s.id == *id && s.indices == *indices;
        let mut fresh = Vec::new();
        chosen.retain(|(s, _)| !of_field(s));
        if let Some(field) = crate::report::field_at(report, *id, indices) {
            field_slots(*id, indices, field, &mut fresh, chosen);
        }
        // (A field's slots are pushed together: its empty ones are one run.)
        let from = empty.iter().position(of_field).unwrap_or(empty.len());
        let to = from + empty.iter().skip(from).take_while(|s| of_field(s)).count();
        empty.splice(from..to, fresh);
    }
}

/// The choice label a loose line holds, if it holds one and nothing else: brackets and a
/// ＜選択肢＞ heading around it are the layout's (`[ 十分である`, `定めている[`, `＜選択肢＞[ 行っている`),
/// options after it are the list's (`[ 十分である 2） 十分である`), and an item's label after it is
/// the next cell's (`十分に行っている 従業者に対する教育・啓発`). A mark in the brackets (`[ ○ ]`)
/// makes the line a checkbox, not an answer; so does a box before it (`] 行っていない`,
/// `[ ] 行っていない`) when the label is also a box's of the form (`box_labels`).
fn loose_label(
    text: &str,
    labels: &HashMap<String, &'static str>,
    item_labels: &HashSet<String>,
    box_labels: &HashSet<&str>,
) -> Option<&'static str> {
    let label = answer_in(text, labels, item_labels)?;
    let t = text.trim_start();
    let after_box = t.starts_with([']', '］'])
        || t.strip_prefix(['[', '［'])
            .is_some_and(|r| r.trim_start().starts_with([']', '］']));
    (!(after_box && box_labels.contains(label))).then_some(label)
}

/// The label of [`loose_label`], whatever stands before it.
fn answer_in(
    text: &str,
    labels: &HashMap<String, &'static str>,
    item_labels: &HashSet<String>,
) -> Option<&'static str> {
    // The ＜選択肢＞ headings read as spaces (only a text that holds one is copied).
    let t: std::borrow::Cow<'_, str> = if names_options(text) {
        let mut t = text.to_owned();
        for heading in OPTION_HEADINGS {
            t = t.replace(heading, " ");
        }
        t.into()
    } else {
        text.into()
    };
    // Up to the first option of a list (`2） 十分である`), at the start of a word.
    let mut end = t.len();
    let mut word_start = true;
    for (i, c) in t.char_indices() {
        if word_start && crate::import::fill::option_mark_at(&t, i) {
            end = i;
            break;
        }
        word_start = c.is_whitespace() || is_bracket(c);
    }
    let (head, _) = t.split_at_checked(end)?;
    if head.contains(['○', '〇', '◯', '●']) {
        return None;
    }
    // Brackets read as spaces: folded, they are dropped as spaces are.
    let mut folded = String::with_capacity(head.len());
    if let Some(label) = labels.get(squeeze_unbracketed(head, &mut folded)) {
        return Some(label);
    }
    // An answer followed by the label of an item (the next cell, printed on the same line).
    let apart = |c: char| c.is_whitespace() || is_bracket(c);
    let (first, rest) = head.trim_matches(apart).split_once(apart)?;
    let label = labels.get(squeeze_unbracketed(first, &mut folded))?;
    item_labels
        .contains(squeeze_unbracketed(rest, &mut folded))
        .then_some(*label)
}

/// Whether `c` is a bracket of a box or a selection (`[`, `］`).
fn is_bracket(c: char) -> bool {
    matches!(c, '[' | ']' | '［' | '］')
}

/// [`squeeze`]`(text)` with the brackets ([`is_bracket`]) dropped too, written into `out`.
fn squeeze_unbracketed<'o>(text: &str, out: &'o mut String) -> &'o str {
    out.clear();
    // (Each character folded as [`squeeze`] folds it, without an iterator per character.)
    out.extend(
        text.chars()
            .filter(|&c| !is_bracket(c))
            .map(crate::label::fold_char)
            .filter(|&f| !crate::import::fill::squeezed_out(f)),
    );
    out
}

/// The first character of what [`answer_in`] reads a label from in `text`, folded as
/// [`squeeze`] folds: past the white space, brackets and ＜選択肢＞ headings before it. The
/// label it reads, if any, starts with this character.
fn answer_start(text: &str) -> Option<char> {
    let mut rest = text;
    let mut buf = [0; 4];
    loop {
        if let Some(after) = OPTION_HEADINGS.iter().find_map(|h| rest.strip_prefix(h)) {
            rest = after;
            continue;
        }
        let mut chars = rest.chars();
        let c = chars.next()?;
        if !is_bracket(c) {
            if let Some(f) = crate::import::fill::squeezed_first(c.encode_utf8(&mut buf)) {
                return Some(f);
            }
        }
        rest = chars.as_str();
    }
}

/// Whether the keys of `group` (the pieces of one source line, folded as [`squeeze`] folds),
/// read as one text, start with one of `named` (folded labels: those that start with the first
/// character of the keys past their brackets, [`first_unbracketed`] and [`labels_from`]) once
/// their brackets are dropped: a line whose [`answer_in`] reads a label does (its brackets and
/// white space before the label fold to brackets, dropped here), when no label holds a bracket
/// and no ＜選択肢＞ heading stands before it.
fn may_start_label(group: &[Line], named: &[&str]) -> bool {
    // A line alone (most lines): its key past the brackets it starts with is compared with the
    // labels byte by byte, as far as no bracket stands in it.
    // (A label the part's bytes start with is read so too. When none is, only a bracket where
    // the part first differs from a label, or before, can make one read: the part is searched
    // for brackets that far, not as far as the longest label.)
    if let [line] = group {
        let key = line.key();
        let skip = key.bytes().take_while(|b| matches!(b, b'[' | b']')).count();
        if let Some(rest) = key.get(skip..) {
            let mut reach = 0;
            for label in named {
                let same = label
                    .bytes()
                    .zip(rest.bytes())
                    .take_while(|(a, b)| a == b)
                    .count();
                if same == label.len() {
                    return true;
                }
                reach = reach.max(same + 1);
            }
            if !rest.bytes().take(reach).any(|b| matches!(b, b'[' | b']')) {
                return false;
            }
        }
    }
    let unbracketed = |c: &char| !matches!(c, '[' | ']');
    let chars = group
        .iter()
        .flat_map(|l| l.key().chars())
        .filter(unbracketed);
    named.iter().any(|l| {
        let mut rest = chars.clone();
        l.chars().all(|c| rest.next() == Some(c))
    })
}

/// The labels of `sorted` (labels, sorted) that start with `first`, by `ranges`
/// ([`label_ranges`]); `None` when none does.
fn labels_from<'s>(
    first: char,
    ranges: &[(char, std::ops::Range<usize>)],
    sorted: &'s [&'s str],
) -> Option<&'s [&'s str]> {
    let at = ranges.binary_search_by_key(&first, |(c, _)| *c).ok()?;
    ranges.get(at).and_then(|(_, r)| sorted.get(r.clone()))
}

/// Where the labels of each first character stand in `sorted` (labels, sorted): the
/// characters in order, each once.
fn label_ranges(sorted: &[&str]) -> Vec<(char, std::ops::Range<usize>)> {
    let mut out: Vec<(char, std::ops::Range<usize>)> = Vec::new();
    for (at, label) in sorted.iter().enumerate() {
        let Some(c) = label.chars().next() else {
            continue;
        };
        match out.last_mut() {
            Some((last, range)) if *last == c => range.end = at + 1,
            _ => out.push((c, at..at + 1)),
        }
    }
    out
}

/// The first character of the keys of `group` past their brackets (`[`, `]`: keys are folded),
/// found in a plain loop: most lines are rejected by it.
fn first_unbracketed(group: &[Line]) -> Option<char> {
    for line in group {
        if let Some(c) = line.key().chars().find(|c| !matches!(c, '[' | ']')) {
            return Some(c);
        }
    }
    None
}

/// Whether `text` holds `c`, found by a search for its bytes: [`str::contains`] builds a
/// searcher for a word for a character outside ASCII, costly on the short texts of most lines.
pub(super) fn holds(text: &str, c: char) -> bool {
    text.match_indices(c).next().is_some()
}

/// Whether `text` holds 「選択肢」 (a ＜選択肢＞ list's heading, whatever its brackets), found
/// from each `肢` in it (see [`holds`]).
pub(super) fn names_options(text: &str) -> bool {
    text.match_indices('肢')
        .any(|(at, _)| text.get(..at).is_some_and(|head| head.ends_with("選択")))
}

/// The lines of `lines` (in the order of their numbers) strictly between the lines `body.0`
/// and `body.1`.
pub(super) fn lines_within<'l>(lines: &'l [Line], body: (usize, usize)) -> &'l [Line<'l>] {
    let from = lines.partition_point(|l| l.no <= body.0);
    let to = lines.partition_point(|l| l.no < body.1);
    lines.get(from..to).unwrap_or_default()
}

/// The last words of the labels of `form`'s items, folded: a loose answer followed by one on
/// its line is an answer ([`answer_in`]). Made once per form.
fn item_words(form: crate::AssessmentKind) -> HashSet<String> {
    ItemId::of_form(form)
        .map(|id| squeeze(id.label().rsplit('　').next().unwrap_or(id.label())))
        .collect()
}

/// The chapter of an item in the report's form: the first character of its number.
fn chapter(report: &Report, id: ItemId) -> Option<char> {
    id.number(report.form())?.chars().next()
}

/// Fills the empty answers of the form's choice lists from the loose answer lines of the unread
/// lines in `body` (the lines after the cover and before the 変更箇所), by the pigeonhole rule
/// of the module docs; the lines it reads leave `unread`. The chapters in `doubtful` (those
/// with a block headed twice, whose items the report does not hold) are not counted: their
/// answers stay unread.
pub(super) fn place_loose_answers(
    lines: &[Line],
    body: (usize, usize),
    doubtful: &[char],
    (report, trace): (&mut Report, &mut Trace),
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let box_labels = &super::form_words::of(report.form()).box_labels;
    let (mut slots, mut chosen) = choice_slots(report);
    // The unread lines as the pass found them, and those the labelled answers then read.
    let unread_before: LineSet = unread.iter().map(|&(no, _)| no).collect();
    let (filled, labelled) = place_labelled_answers(
        lines,
        body,
        report,
        trace,
        &unread_before,
        box_labels,
        (&slots, &chosen),
    );
    if !filled.is_empty() {
        unread.retain(|(no, _)| !labelled.contains(*no));
        refresh_slots(report, &filled, &mut slots, &mut chosen);
    }
    let is_unread = |no: usize| unread_before.contains(no) && !labelled.contains(no);
    if slots.is_empty() {
        return;
    }
    // (A list that the slot before has too is folded once: the parts of an item share one. A
    // label folded as another keeps the last one's, as it did with each slot's folded.)
    let mut slot_lists: Vec<&'static [&'static str]> = slots.iter().map(|s| s.options).collect();
    slot_lists.dedup();
    let labels: HashMap<String, &'static str> = slot_lists
        .iter()
        .flat_map(|l| l.iter())
        .map(|&o| (squeeze(o), o))
        .collect();
    let item_labels = per_form!(HashSet<String>, item_words, report.form());
    // The loose answers: the unread lines of the body, and the lines the walk took for a
    // ＜選択肢＞ list that hold an answer after its heading (`＜選択肢＞[ 行っている`).
    let mut loose: Vec<(usize, &'static str)> = Vec::new();
    // Every answer line of the body, read or not (for the chapter's count).
    let mut every: Vec<(usize, &'static str)> = Vec::new();
    let longest = labels.keys().map(String::len).max().unwrap_or(0);
    let mut starts: Vec<char> = labels.keys().filter_map(|l| l.chars().next()).collect();
    starts.sort_unstable();
    starts.dedup();
    // The labels sorted, for the cheap test of a line's key, when none is empty or holds a
    // bracket (else every line is tried).
    let mut sorted: Vec<&str> = labels.keys().map(String::as_str).collect();
    sorted.sort_unstable();
    let by_key = sorted
        .iter()
        .all(|l| !l.is_empty() && !l.contains(['[', ']']));
    let ranges = label_ranges(&sorted);
    // (The bits of the labels' first characters and the headings' `<` and `〈` reject most
    // lines' first characters before a search of the labels.)
    let first_mask = low_bits(starts.iter().copied().chain(['<', '〈']));
    // (And their blocks, read from a key's first bytes before its first character is decoded.)
    let first_blocks = CharBlocks::new(starts.iter().copied().chain(['<', '〈']));
    let mut text = String::new();
    let within = lines_within(lines, body);
    let mut at = 0;
    while let Some(line) = within.get(at) {
        let no = line.no;
        // The pieces of one source line (HTML, Markdown) are read together.
        let mut end = at + 1;
        while within.get(end).is_some_and(|l| l.no == no) {
            end += 1;
        }
        let group = within.get(at..end).unwrap_or_default();
        at = end;
        // The cheap test first: the label [`answer_in`] reads starts the line's key, past
        // its brackets, unless a ＜選択肢＞ heading (read as a space) stands before it or in it.
        // Where one does, the key past its brackets starts with the heading's `<` or `〈`, or
        // with the label's first character: a line whose key starts otherwise is not searched
        // for the heading.
        // (A key that starts with no bracket starts with that character.)
        let plain = group.first().map(Line::key).filter(|k| {
            k.as_bytes()
                .first()
                .is_some_and(|b| !matches!(b, b'[' | b']'))
        });
        if by_key && plain.is_some_and(|k| !first_blocks.may_start(k)) {
            continue;
        }
        let first = match plain {
            Some(key) => key.chars().next(),
            None => first_unbracketed(group),
        };
        if by_key && !first.is_some_and(|c| has_low_bit(first_mask, c)) {
            continue;
        }
        // The labels that start with it (the first characters of the labels, sorted, reject
        // most lines).
        let named = first.and_then(|c| labels_from(c, &ranges, &sorted));
        if by_key && !named.is_some_and(|named| may_start_label(group, named)) {
            let heading_first = first.is_some_and(|c| matches!(c, '<' | '〈')) || named.is_some();
            if !heading_first || !group.iter().any(|l| names_options(l.key())) {
                continue;
            }
        }
        text.clear();
        for piece in group {
            text.push_str(&piece.text);
            text.push(' ');
        }
        // A cell's answer is read before its list's heading, never after it.
        let candidate = is_unread(no)
            || OPTION_HEADINGS
                .iter()
                .any(|h| text.trim_start().starts_with(h));
        // (A line much longer than any label holds more than an answer: not tried.)
        if !candidate && text.len() > ANSWER_LINE_FACTOR * longest + ANSWER_LINE_SLACK {
            continue;
        }
        // (A line whose answer would start with no label's first character is not tried.)
        if answer_start(&text).is_none_or(|c| starts.binary_search(&c).is_err()) {
            continue;
        }
        if let Some(label) = loose_label(&text, &labels, item_labels, box_labels) {
            every.push((no, label));
            if candidate {
                loose.push((no, label));
            }
        }
    }
    // Lists that share a label are one pool: an answer may be of either.
    let lists: Vec<&'static [&'static str]> = {
        let mut v: Vec<&'static [&'static str]> = slots.iter().map(|s| s.options).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let mut pool_of: Vec<usize> = (0..lists.len()).collect();
    for i in 0..lists.len() {
        for j in 0..i {
            let shared = lists
                .get(i)
                .zip(lists.get(j))
                .is_some_and(|(a, b)| a.iter().any(|o| b.contains(o)));
            if shared {
                let (pi, pj) = (root(&pool_of, i), root(&pool_of, j));
                if let Some(p) = pool_of.get_mut(pi) {
                    *p = pj;
                }
            }
        }
    }
    let pool = |options: &'static [&'static str]| -> Option<usize> {
        lists
            .iter()
            .position(|l| *l == options)
            .map(|i| root(&pool_of, i))
    };
    let mut pools: BTreeMap<usize, (Vec<&Slot>, Vec<Answer>)> = BTreeMap::new();
    for s in &slots {
        if let Some(p) = pool(s.options) {
            pools.entry(p).or_default().0.push(s);
        }
    }
    let owner = |label: &'static str| {
        lists
            .iter()
            .position(|l| l.contains(&label))
            .map(|i| root(&pool_of, i))
    };
    for &(no, label) in &loose {
        if let Some(entry) = owner(label).and_then(|p| pools.get_mut(&p)) {
            entry.1.push((no, label));
        }
    }
    // For the chapter count: each pool's chosen answers (by chapter) and every answer line.
    let mut counted: BTreeMap<usize, (Vec<Chosen>, Vec<Answer>)> = BTreeMap::new();
    for (s, label) in &chosen {
        if let Some(p) = pool(s.options).filter(|p| pools.contains_key(p)) {
            counted
                .entry(p)
                .or_default()
                .0
                .push((chapter(report, s.id), label));
        }
    }
    for &(no, label) in &every {
        if let Some(p) = owner(label).filter(|p| pools.contains_key(p)) {
            counted.entry(p).or_default().1.push((no, label));
        }
    }
    // The chapters as the text heads them: a pool whose items are of several chapters is
    // decided chapter by chapter, each with the answers under its heading.
    // (Found when a pool first needs them.)
    let headings = std::cell::OnceCell::new();
    let chapter_at = |no: usize| -> Option<char> {
        let headings: &Vec<(usize, Option<char>)> = headings.get_or_init(|| {
            // (A heading's key starts with the first character of its numeral: the other
            // lines are passed over by that.)
            let numerals: Vec<char> = crate::report::ROMAN_NUMERALS
                .iter()
                .flat_map(|(ascii, numeral)| ascii.chars().take(1).chain(numeral.chars().take(1)))
                .collect();
            // (The first bytes of the numerals, one flag for each byte, reject most lines
            // before their first character is read.)
            let mut leads = [false; 256];
            for c in &numerals {
                if let Some(lead) = c
                    .encode_utf8(&mut [0; 4])
                    .bytes()
                    .next()
                    .and_then(|b| leads.get_mut(usize::from(b)))
                {
                    *lead = true;
                }
            }
            within
                .iter()
                .filter(|l| {
                    l.key()
                        .as_bytes()
                        .first()
                        .is_some_and(|&b| leads.get(usize::from(b)).copied().unwrap_or(false))
                })
                .filter(|l| {
                    l.key()
                        .chars()
                        .next()
                        .is_some_and(|c| numerals.contains(&c))
                })
                .filter_map(|l| {
                    super::classify::chapter_heading(&l.text).map(|c| (l.no, c.chars().next()))
                })
                .collect()
        });
        let i = headings.partition_point(|&(h, _)| h < no);
        i.checked_sub(1)
            .and_then(|i| headings.get(i))
            .and_then(|&(_, c)| c)
    };
    let mut decided: Vec<(&Slot, &'static str, [usize; 2])> = Vec::new();
    let mut read_lines = LineSet::new();
    let none = (Vec::new(), Vec::new());
    for (p, (slots, answers)) in &pools {
        let mut by_chapter: BTreeMap<Option<char>, Vec<&Slot>> = BTreeMap::new();
        for s in slots {
            by_chapter.entry(chapter(report, s.id)).or_default().push(s);
        }
        let whole = by_chapter.len() == 1;
        let (chosen, every) = counted.get(p).unwrap_or(&none);
        for (c, slots) in &by_chapter {
            if c.is_some_and(|c| doubtful.contains(&c)) {
                continue;
            }
            let answers: Vec<(usize, &'static str)> = answers
                .iter()
                .copied()
                .filter(|&(no, _)| whole || chapter_at(no) == *c)
                .collect();
            if let Some((label, span)) = pigeonhole(slots, &answers) {
                decided.extend(slots.iter().map(|s| (*s, label, span)));
                read_lines.extend(answers.iter().map(|&(no, _)| no));
                continue;
            }
            // The chapter count: every answer line of the chapter, read or not, against every
            // item of the pool in the chapter, answered or not.
            // (A pool whose items are all of one chapter counts the answers wherever the
            // text printed them.)
            let one_chapter = chosen.iter().all(|(ch, _)| ch == c) && whole;
            let every: Vec<Answer> = every
                .iter()
                .copied()
                .filter(|&(no, _)| one_chapter || chapter_at(no) == *c)
                .collect();
            let chosen: Vec<&'static str> = chosen
                .iter()
                .filter(|(ch, _)| ch == c)
                .map(|&(_, l)| l)
                .collect();
            if let Some((label, span)) = counted_alike(slots, &chosen, &every) {
                decided.extend(slots.iter().map(|s| (*s, label, span)));
                read_lines.extend(answers.iter().map(|&(no, _)| no));
            }
        }
    }
    for (s, label, lines) in decided {
        if fill_slot(report, s, label, lines[0]) {
            trace.values.push(TracedValue {
                rule: std::borrow::Cow::Borrowed("choices.loose_answers"),
                pointer: item_pointer(s.id, &s.indices),
                lines,
                confidence: Confidence::Inferred,
            });
        }
    }
    unread.retain(|(no, _)| !read_lines.contains(*no));
    // An answer left undecided that the walk took for part of an option list is unread too.
    unread.extend(
        loose
            .iter()
            .filter(|&&(no, _)| !read_lines.contains(no) && !is_unread(no))
            .map(|&(no, _)| (no, UnreadReason::LooseAnswer)),
    );
}

/// The label every one of `slots` has when `answers` are as many and all that label (and the
/// label is on each slot's list), with the first and last line of the answers.
fn pigeonhole(
    slots: &[&Slot],
    answers: &[(usize, &'static str)],
) -> Option<(&'static str, [usize; 2])> {
    let &(first, label) = answers.first()?;
    let last = answers.last().map_or(first, |&(no, _)| no);
    (slots.len() == answers.len()
        && answers.iter().all(|&(_, l)| l == label)
        && slots.iter().all(|s| s.options.contains(&label)))
    .then_some((label, [first, last]))
}

/// Answers printed after their label on a line of their own (`ユーザ認証の管理 [ 行っている`) that
/// the walk left unread (the text printed them where another item's cell is): a label (an
/// item's or its part's) that one answer of the form has, and only one, names the answer's
/// place. Each is filled when
/// still empty and on the part's list, marked inferred and traced to its line. `unread`: the
/// unread lines; `(empty, chosen)`: [`choice_slots`] of `report`. The fields it filled and the
/// lines it read.
fn place_labelled_answers(
    lines: &[Line],
    body: (usize, usize),
    report: &mut Report,
    trace: &mut Trace,
    unread: &LineSet,
    box_labels: &HashSet<&str>,
    (empty, chosen): (&[Slot], &[(Slot, &'static str)]),
) -> (Vec<(ItemId, Indices)>, LineSet) {
    // Folded part label → how many answers of the form have it, and the empty one.
    let mut by_label: HashMap<String, (usize, Option<&Slot>)> = HashMap::new();
    let parts = empty
        .iter()
        .map(|s| (s, true))
        .chain(chosen.iter().map(|(s, _)| (s, false)));
    for (s, is_empty) in parts {
        // The part's label, or the item's for its own answer.
        let label = match s.part {
            Some(part) if !part.is_empty() => part,
            _ => s.id.label().rsplit('　').next().unwrap_or(s.id.label()),
        };
        let entry = by_label.entry(squeeze(label)).or_default();
        entry.0 += 1;
        if is_empty {
            entry.1 = Some(s);
        }
    }
    by_label.retain(|_, (n, slot)| *n == 1 && slot.is_some());
    let mut filled = Vec::new();
    let mut read = LineSet::new();
    if by_label.is_empty() {
        return (filled, read);
    }
    // The labels' first characters, sorted: the folded text before a line's bracket, which a
    // label must be, starts the line's key or is empty (the line's key then starts with the
    // bracket, as most box lines do). Taken before any label is removed (a wider test).
    let mut firsts: Vec<char> = by_label.keys().filter_map(|k| k.chars().next()).collect();
    firsts.sort_unstable();
    firsts.dedup();
    let empty_label = by_label.contains_key("");
    // (Their blocks, read from a key's first bytes, before its first character is decoded.)
    let first_blocks = CharBlocks::new(firsts.iter().copied());
    for line in lines_within(lines, body) {
        if !unread.contains(line.no) || !empty_label && !first_blocks.may_start(line.key()) {
            continue;
        }
        // (The key's first character before a search of the whole key.)
        let first = line.key().chars().next();
        if !empty_label && first.is_none_or(|c| firsts.binary_search(&c).is_err()) {
            continue;
        }
        // (A line with a bracket has one in its key, `［` folded to `[`.)
        if !line.key().contains('[') {
            continue;
        }
        let t = line.text.trim();
        let Some(at) = t.find(['[', '［']) else {
            continue;
        };
        let (head, rest) = t.split_at(at);
        let key = squeeze(head);
        let Some(&(_, Some(slot))) = by_label.get(&key) else {
            continue;
        };
        let labels: HashMap<String, &'static str> =
            slot.options.iter().map(|&o| (squeeze(o), o)).collect();
        let Some(answer) = loose_label(rest, &labels, &HashSet::new(), box_labels) else {
            continue;
        };
        if fill_slot(report, slot, answer, line.no) {
            trace.values.push(TracedValue {
                rule: std::borrow::Cow::Borrowed("choices.labelled_answers"),
                pointer: item_pointer(slot.id, &slot.indices),
                lines: [line.no, line.no],
                confidence: Confidence::Inferred,
            });
            read.insert(line.no);
            filled.push((slot.id, slot.indices));
            by_label.remove(&key);
        }
    }
    (filled, read)
}

/// The **chapter count**, where the loose answers alone do not decide: when the answer lines
/// of one chapter, those an item's cell took among them, are exactly as many as the chapter's
/// items on the pool's lists (answered or not) and all say one label that every answered item
/// has too, every item has that label whichever line is whose. The label the empty `slots` get
/// then, with the first and last line of the answers.
fn counted_alike(
    slots: &[&Slot],
    chosen: &[&'static str],
    every: &[Answer],
) -> Option<(&'static str, [usize; 2])> {
    let &(first, label) = every.first()?;
    let last = every.last().map_or(first, |&(no, _)| no);
    (slots.len() + chosen.len() == every.len()
        && every.iter().all(|&(_, l)| l == label)
        && chosen.iter().all(|&l| l == label)
        && slots.iter().all(|s| s.options.contains(&label)))
    .then_some((label, [first, last]))
}

/// The pool a list belongs to: the root of its chain in `pool_of`.
fn root(pool_of: &[usize], mut i: usize) -> usize {
    // Only roots are linked, so a chain has no cycle and is shorter than the list.
    for _ in 0..pool_of.len() {
        match pool_of.get(i) {
            Some(&p) if p != i => i = p,
            _ => break,
        }
    }
    i
}

/// Fills `label` into the slot, as the item's cell would print it (`[ 十分である ]`, after its
/// part's label for a part of a group); whether the slot now holds it.
fn fill_slot(report: &mut Report, slot: &Slot, label: &str, line: usize) -> bool {
    let text = match slot.part {
        Some(part) if !part.is_empty() => format!("{part} [ {label} ]"),
        _ => format!("[ {label} ]"),
    };
    let cell = Cell {
        lines: vec![(line, text)],
        displaced: true,
    };
    let Some(field) = field_at_mut(report, slot.id, &slot.indices) else {
        return false;
    };
    if field.fill(&cell).is_none() {
        return false;
    }
    match field.value() {
        Value::Choice { chosen, .. } => chosen == Some(label) && slot.part.is_none(),
        Value::Group(parts) => parts.iter().any(|(l, v)| {
            Some(*l) == slot.part
                && matches!(v, Value::Choice { chosen: Some(c), .. } if *c == label)
        }),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::import;

    #[test]
    fn characters_words_and_lines_are_found_as_the_std_finds_them() {
        assert!(holds("事後", '事') && !holds("前後", '事') && holds("a[", '['));
        for (text, named) in [
            ("＜選択肢＞", true),
            ("選択肢", true),
            ("選 択肢", false),
            ("肢", false),
        ] {
            assert_eq!(names_options(text), named, "{text}");
            assert_eq!(text.contains("選択肢"), named, "{text}");
        }
        let lines: Vec<Line> = [1, 2, 2, 3, 4]
            .into_iter()
            .map(|no| Line::new(no, String::new()))
            .collect();
        let nos: Vec<usize> = lines_within(&lines, (1, 4)).iter().map(|l| l.no).collect();
        assert_eq!(nos, [2, 2, 3]);
        assert!(lines_within(&lines, (4, 9)).is_empty());
    }

    #[test]
    fn unbracketed_text_folds_as_squeeze_folds_it() {
        let mut out = String::new();
        for (text, want) in [
            ("［ 十分 である ］", "十分である"),
            ("[ ＡＢ　※ ]", "AB"),
            ("〔 定めている 〕", "[定めている]"),
        ] {
            assert_eq!(squeeze_unbracketed(text, &mut out), want, "{text}");
            let plain: String = text.chars().filter(|&c| !is_bracket(c)).collect();
            assert_eq!(out, squeeze(&plain), "{text}");
        }
    }

    #[test]
    fn the_labels_of_each_first_character_are_one_range() {
        let sorted = ["十分である", "十分でない", "定めている", "行っている"];
        let ranges = label_ranges(&sorted);
        assert_eq!(ranges, [('十', 0..2), ('定', 2..3), ('行', 3..4)]);
        assert_eq!(labels_from('定', &ranges, &sorted), Some(&sorted[2..3]));
        assert_eq!(labels_from('あ', &ranges, &sorted), None);
        let named = |group: &[Line]| {
            let first = first_unbracketed(group)?;
            labels_from(first, &ranges, &sorted)
        };
        let group = [Line::new(1, "[ 十分でない".to_owned())];
        assert!(named(&group).is_some_and(|n| may_start_label(&group, n)));
        let group = [Line::new(1, "十分ではない".to_owned())];
        assert!(!named(&group).is_some_and(|n| may_start_label(&group, n)));
        // A key without a bracket, one with a bracket inside the label, a line in pieces: the
        // same label past the brackets.
        for group in [
            vec![Line::new(1, "十分である 架空".to_owned())],
            vec![Line::new(1, "［ ］十分である".to_owned())],
            vec![Line::new(1, "十分で［ある".to_owned())],
            vec![
                Line::new(1, "十分".to_owned()),
                Line::new(1, "[である".to_owned()),
            ],
        ] {
            assert!(named(&group).is_some_and(|n| may_start_label(&group, n)));
        }
        let group = [Line::new(1, "十分で［あった".to_owned())];
        assert!(!named(&group).is_some_and(|n| may_start_label(&group, n)));
    }

    #[test]
    fn a_loose_line_is_an_answer_only_alone() {
        let labels: HashMap<String, &'static str> = [
            ("十分である", "十分である"),
            ("行っていない", "行っていない"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        let items: HashSet<String> = ["従業者に対する教育・啓発".to_owned()].into();
        let boxes: HashSet<&str> = ["行っていない"].into();
        for line in [
            "十分である",
            " [ 十分である",
            "[ ]十分である",
            "十分である[",
            "＜選択肢＞[ 十分である",
            "[ 十分である 2） 十分である",
            "十分である 従業者に対する教育・啓発",
        ] {
            assert_eq!(
                loose_label(line, &labels, &items, &boxes),
                Some("十分である"),
                "{line}"
            );
            assert_eq!(answer_start(line), Some('十'), "{line}");
        }
        // A box's words after the bracket of a select box's end are its answer.
        assert_eq!(
            loose_label("行っていない ]", &labels, &items, &boxes),
            Some("行っていない")
        );
        for line in [
            "2） 十分である",
            "1） 特に力を入れている 2） 十分である",
            "[ ○ ] 十分である",
            "十分である。",
            "十分である 別の語",
            "] 行っていない",
            "[ ] 行っていない",
        ] {
            assert_eq!(loose_label(line, &labels, &items, &boxes), None, "{line}");
        }
    }

    /// A 重点 text whose risk chapter holds `answers`, each on a line of its own, away from the
    /// items (as a PDF text prints them).
    fn focused_with(answers: &[&str]) -> String {
        let mut text = String::from(
            "特定個人情報保護評価書（重点項目評価書）\n\nⅠ　基本情報\n\nⅢ　リスク対策\n\n",
        );
        for a in answers {
            text.push_str(a);
            text.push_str("\n\n");
        }
        text
    }

    fn sufficiencies(report: &Report) -> Vec<Option<&'static str>> {
        let mut out = Vec::new();
        for id in ItemId::of_form(report.form()) {
            crate::report::visit(report, id, &mut |_, field| {
                if let Value::Group(parts) = field.value() {
                    for (label, v) in parts {
                        if let (Value::Choice { chosen, .. }, "リスクへの対策は十分か") = (v, label)
                        {
                            out.push(chosen);
                        }
                    }
                }
            });
        }
        out
    }

    #[test]
    fn slots_refreshed_after_a_fill_are_those_read_again() {
        let mut report = import(&focused_with(&[])).unwrap().report;
        let (mut empty, mut chosen) = choice_slots(&report);
        // A part of a group in the middle of the list, and the first slot.
        let at = empty.iter().rposition(|s| s.part.is_some()).unwrap();
        let mut filled = Vec::new();
        for slot in [empty[at].clone(), empty[0].clone()] {
            assert!(fill_slot(&mut report, &slot, slot.options[0], 1));
            filled.push((slot.id, slot.indices));
        }
        refresh_slots(&report, &filled, &mut empty, &mut chosen);
        let (want_empty, want_chosen) = choice_slots(&report);
        let shown = |slots: &[Slot]| format!("{slots:?}");
        assert_eq!(shown(&empty), shown(&want_empty));
        // (The chosen ones are counted, not ordered.)
        let sorted = |chosen: &[(Slot, &str)]| {
            let mut v: Vec<String> = chosen.iter().map(|c| format!("{c:?}")).collect();
            v.sort();
            v
        };
        assert_eq!(sorted(&chosen), sorted(&want_chosen));
        assert_eq!(chosen.len(), 2);
    }

    #[test]
    fn as_many_same_answers_as_empty_items_fill_them_all() {
        let text = focused_with(&["十分である"; 8]);
        let draft = import(&text).unwrap();
        let got = sufficiencies(&draft.report);
        assert_eq!(got.len(), 8);
        assert!(got.iter().all(|c| *c == Some("十分である")), "{got:?}");
        let risk = draft
            .trace
            .values
            .iter()
            .find(|v| v.pointer == "/focused/risk_measures/acquisition/risk")
            .unwrap();
        assert_eq!(risk.confidence, Confidence::Inferred);
        assert_eq!(risk.lines, [7, 21]);
        assert!(
            draft
                .trace
                .unread
                .iter()
                .all(|u| u.lines[1] < 7 || u.lines[0] > 21)
        );
    }

    #[test]
    fn a_count_or_an_answer_that_differs_fills_nothing() {
        for answers in [
            vec!["十分である"; 7],
            vec!["十分である"; 9],
            [vec!["十分である"; 7], vec!["課題が残されている"]].concat(),
        ] {
            let draft = import(&focused_with(&answers)).unwrap();
            assert!(
                sufficiencies(&draft.report).iter().all(Option::is_none),
                "{answers:?}"
            );
            let unread: usize = draft
                .trace
                .unread
                .iter()
                .map(|u| u.lines[1] - u.lines[0] + 1)
                .sum();
            assert!(
                unread >= answers.len(),
                "{answers:?}: {:?}",
                draft.trace.unread
            );
        }
    }

    #[test]
    fn an_answer_after_a_label_one_item_has_fills_that_item() {
        // Printed where no item of its own stands (chapter Ⅰ): the label names its place.
        let text = "特定個人情報保護評価書（重点項目評価書）\n\nⅠ　基本情報\n\n\
                    ユーザ認証の管理 [ 行っている\n\nリスクへの対策は十分か [ 十分である\n\n\
                    Ⅲ　リスク対策\n\n";
        let draft = import(text).unwrap();
        let focused = draft.report.focused().unwrap();
        assert_eq!(
            focused.risk_measures.usage.risk2.user_auth.status,
            Some(crate::report::Performed::Yes)
        );
        let traced = draft
            .trace
            .values
            .iter()
            .find(|v| v.pointer == "/focused/risk_measures/usage/risk2/user_auth")
            .unwrap();
        assert_eq!(traced.confidence, Confidence::Inferred);
        // A label every risk has names no one place.
        assert!(sufficiencies(&draft.report).iter().all(Option::is_none));
    }

    #[test]
    fn the_chapter_count_takes_the_answers_items_read_too() {
        const LIST: &[&str] = &["特に力を入れている", "十分である", "課題が残されている"];
        let slot = Slot {
            id: ItemId::of_form(crate::AssessmentKind::Full).next().unwrap(),
            indices: Indices::Zero,
            part: None,
            options: LIST,
        };
        let slots = [&slot, &slot];
        let answers = [(3, "十分である"), (9, "十分である"), (20, "十分である")];
        // Two empty items, one answered alike, three answer lines: all alike.
        assert_eq!(
            counted_alike(&slots, &["十分である"], &answers),
            Some(("十分である", [3, 20]))
        );
        // One answered otherwise, or a count that differs: nothing.
        assert_eq!(
            counted_alike(&slots, &["特に力を入れている"], &answers),
            None
        );
        assert_eq!(counted_alike(&slots, &[], &answers), None);
        assert_eq!(counted_alike(&slots, &["十分である"], &answers[..2]), None);
    }

    #[test]
    fn one_answer_in_brackets_and_option_lists_fills_its_one_item() {
        // The answer after a ＜選択肢＞ heading; a box's label of the same words is no answer.
        let draft = import(&focused_with(&["] 行っていない", "＜選択肢＞[ 行っている"])).unwrap();
        let focused = draft.report.focused().unwrap();
        assert_eq!(
            focused.risk_measures.usage.risk2.user_auth.status,
            Some(crate::report::Performed::Yes)
        );
    }
}
