//! Checkbox lists whose boxes a PDF text prints away from their item.
//!
//! A checkbox list of the form (`⑥提供方法`, `③他のシステムとの接続`, `主な記録項目`) is a table
//! of boxes in rows and columns. A PDF text often keeps only the first row with the item's
//! label and prints the others elsewhere in the block, with the marks torn from their labels:
//! `] 紙`, `[ ○ ] その他 （ 統合DB ）`, `] 電子メール [ ] 電子記録媒体（フラッシュメモリを除く。）`,
//! `[ ] フラッシュメモリ [`. Two rules of the form's structure read them back:
//!
//! - **Whose boxes**: a run of box lines (nothing but brackets, marks, option labels and a
//!   `（ text ）` after a label) whose labels are all options of one checkbox item, standing
//!   between cells of one block (the walk's cells before and after it are of the same
//!   `提供先N`, `システムN`, …), can only be that block's item. The item's own cell and its
//!   runs must hold every option of its list exactly once (the form prints them all), or
//!   nothing is read. A run that stands in no block is the item's whose list holds all its
//!   labels when that item is the only one and is printed once (`監査　実施の有無`), and the run
//!   holds the brackets its torn labels' boxes opened (`] 自己点検 ] 外部監査` … `[ ○] 内部監査[ [`).
//! - **Which are checked**: a label with its whole box on its line (`[ ○ ] 紙`, `○ ] 紙`,
//!   `[ ] 紙`) is read as printed. The marks of the other labels (`] 紙`) went to brackets left
//!   open elsewhere (`… [ ○`, a lone `○`); when none of those holds a mark, all those labels
//!   are unchecked, and when they hold exactly as many marks as there are such labels, all
//!   are checked, whatever the pairing. Otherwise the pairing decides and cannot be read: the
//!   item is left empty.
//!
//! The `その他 （ text ）` box gives the list's `other` text; a `（` left open at the end of a box
//! line is closed by the first `）` on the next few lines, the wrapped lines between are its text. The choice lists are the item
//! table's ([`ItemId`] and each field's [`Value::Checks`], the 方法 lists as the form prints
//! them), never a list of words kept here. Values read so are marked inferred.

use super::limits::WRAPPED_LINES;
use crate::import::UnreadReason;
use std::collections::{BTreeMap, HashMap};

use super::text::{Line, LineSet};
use super::walk::{CellMap, Indices, Key};
use super::{Confidence, Trace, TracedValue, item_pointer};
use crate::label::fold_char;
use crate::report::{Cell, ItemId, Report, Value, field_at_mut};

/// One piece of a box line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Tok {
    /// `[` or `［`.
    Open,
    /// `]` or `］`.
    Close,
    /// A check mark.
    Mark,
    /// An option label.
    Label(&'static str),
    /// A `（ text ）` after a label: its text.
    Detail(String),
    /// A `（` whose `）` is on a later line.
    OpenDetail,
}

/// The check marks (folded).
const MARKS: [char; 4] = ['○', '〇', '◯', '●'];

/// Whether `c` (folded) is a check mark.
fn is_mark(c: char) -> bool {
    MARKS.contains(&c)
}

/// The pieces of `text` when it is a box line: brackets, marks, labels of `labels` (folded, the
/// longest first) and details, and nothing else; `None` otherwise.
pub(super) fn tokens(text: &str, labels: &[(Vec<char>, &'static str)]) -> Option<Vec<Tok>> {
    // A box line holds a bracket or a mark: the other lines are not split (the cheap test first).
    if !has_box_char(text) {
        return None;
    }
    box_tokens(text, labels)
}

/// [`tokens`] of a text already known to hold a bracket or a mark ([`may_hold_boxes`]): split
/// without that test again (a text without one would come out as `None` all the same).
pub(super) fn box_tokens(text: &str, labels: &[(Vec<char>, &'static str)]) -> Option<Vec<Tok>> {
    // The text is read character by character, each folded as it comes (no folded copy).
    let mut out = Vec::with_capacity(8);
    let mut rest = text;
    loop {
        let mut chars = rest.chars();
        let Some(c) = chars.next() else { break };
        let f = fold_char(c);
        if crate::label::is_white_space(f) {
            rest = chars.as_str();
            continue;
        }
        match f {
            '[' => out.push(Tok::Open),
            ']' => out.push(Tok::Close),
            c if is_mark(c) => out.push(Tok::Mark),
            '(' => {
                let mut depth = 0usize;
                let mut end = None;
                for (j, c) in rest.char_indices() {
                    match fold_char(c) {
                        '(' => depth += 1,
                        ')' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                end = Some((j, c));
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                match end {
                    Some((j, close)) => {
                        // The characters between the parentheses, as `text` has them.
                        let inner = rest.get(c.len_utf8()..j)?;
                        out.push(Tok::Detail(inner.trim().to_owned()));
                        rest = rest.get(j + close.len_utf8()..)?;
                    }
                    None => {
                        out.push(Tok::OpenDetail);
                        rest = "";
                    }
                }
                continue;
            }
            _ => {
                // Only a label that starts with `f` can match here (the cheap test first).
                let (label, after) = labels
                    .iter()
                    .filter(|(want, _)| want.first() == Some(&f))
                    .find_map(|(want, label)| match_at(rest, want).map(|after| (*label, after)))?;
                out.push(Tok::Label(label));
                rest = after;
                continue;
            }
        }
        rest = chars.as_str();
    }
    out.iter()
        .any(|t| matches!(t, Tok::Open | Tok::Close | Tok::Mark))
        .then_some(out)
}

/// Whether `text` holds a character that folds to a bracket or is a check mark ([`is_mark`]):
/// `[`, `]`, `［`, `］`, `〔`, `〕`, `○`, `〇`, `◯`, `●`. The cheap test first, a character at a
/// time from its first byte (which says how long it is): an ASCII bracket, or one led by `E2`,
/// `E3` or `EF` whose last two bytes are those of one of the others (which some other
/// characters share: the characters then decide).
pub(super) fn has_box_char(text: &str) -> bool {
    let lead = |b: u8| matches!(b, b'[' | b']' | 0xE2 | 0xE3 | 0xEF);
    let maybe = any_char_bytes(text, usize::MAX, lead, |c| {
        matches!(
            c,
            [b'[' | b']']
                // ○ U+25CB, ● U+25CF, ◯ U+25EF; 〇 U+3007, 〔 U+3014, 〕 U+3015; ［ U+FF3B, ］ U+FF3D.
                | [0xE2 | 0xE3 | 0xEF, 0x97, 0x8B | 0x8F | 0xAF]
                | [0xE2 | 0xE3 | 0xEF, 0x80, 0x87 | 0x94 | 0x95]
                | [0xE2 | 0xE3 | 0xEF, 0xBC, 0xBB | 0xBD]
        )
    });
    maybe
        && text.chars().any(|c| {
            let f = fold_char(c);
            matches!(f, '[' | ']') || is_mark(f)
        })
}

/// Whether one of the first `limit` characters of `text` passes `test`, given its UTF-8
/// bytes: read a character at a time from its first byte, which says how long it is, and
/// tested only when `lead` admits that byte (the cheap tests of a line's characters, without
/// decoding them).
pub(super) fn any_char_bytes(
    text: &str,
    limit: usize,
    lead: impl Fn(u8) -> bool,
    test: impl Fn(&[u8]) -> bool,
) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    for _ in 0..limit {
        let Some(&b) = bytes.get(at) else {
            return false;
        };
        let len = super::fill::char_len(b);
        if lead(b) && bytes.get(at..at + len).is_some_and(&test) {
            return true;
        }
        at += len;
    }
    false
}

/// The characters a box line of `labels` ([`folded_labels`]) starts with, folded: a bracket,
/// a mark, a `（` or the first character of a label (its first piece); sorted.
pub(super) fn box_starts(labels: &[(Vec<char>, &'static str)]) -> Vec<char> {
    let mut starts: Vec<char> = ['[', ']', '(']
        .into_iter()
        .chain(MARKS)
        .chain(labels.iter().filter_map(|(want, _)| want.first().copied()))
        .collect();
    starts.sort_unstable();
    starts.dedup();
    starts
}

/// Whether `line` can be a box line ([`tokens`] of its text is `None` otherwise) of the labels
/// whose [`box_starts`] are `starts`. The cheap test first: the first character of its folded
/// text (that of its text, folded, unless the text starts with one of neither) is one of
/// `starts`; then whether its folded text holds a bracket or a mark (folding keeps brackets
/// and marks, and folds nothing twice), as `boxy` keeps it.
pub(super) fn may_hold_boxes(line: &Line, starts: &[char], boxy: &BoxChars) -> bool {
    let first = line.key().chars().next();
    first.is_some_and(|c| starts.binary_search(&c).is_ok()) && boxy.holds(line)
}

/// Whether each line's key holds a bracket or a check mark ([`has_box_char`]), kept by line
/// number once asked: the passes after the walk (the series, the scattered boxes, the
/// unaligned ones) test the same unread lines one after another.
pub(super) struct BoxChars {
    /// Per line number: [`UNASKED`], [`SHARED`] or the answer (`0`, `1`).
    known: Vec<std::cell::Cell<u8>>,
}

/// A number of [`BoxChars`] not asked about yet.
const UNASKED: u8 = 2;
/// A number that more than one line has (a table row split in pieces): each line is tested,
/// its answer not kept.
const SHARED: u8 = 3;

impl BoxChars {
    /// Nothing asked yet about the lines `lines` (in order of their numbers).
    pub(super) fn new(lines: &[Line]) -> Self {
        let len = lines.last().map_or(0, |l| l.no + 1);
        let known = vec![std::cell::Cell::new(UNASKED); len];
        for pair in lines.windows(2) {
            if let [a, b] = pair {
                if a.no == b.no {
                    if let Some(k) = known.get(a.no) {
                        k.set(SHARED);
                    }
                }
            }
        }
        BoxChars { known }
    }

    /// Whether `line`'s key holds a bracket or a mark: [`has_box_char`], asked once per number.
    pub(super) fn holds(&self, line: &Line) -> bool {
        let Some(known) = self.known.get(line.no) else {
            return has_box_char(line.key());
        };
        match known.get() {
            0 => false,
            1 => true,
            UNASKED => {
                let yes = has_box_char(line.key());
                known.set(u8::from(yes));
                yes
            }
            _ => has_box_char(line.key()),
        }
    }
}

/// The option labels `options` as [`tokens`] matches them: folded, without spaces, the longest
/// first, each once.
pub(super) fn folded_labels(
    options: impl Iterator<Item = &'static str>,
) -> Vec<(Vec<char>, &'static str)> {
    // (Each option folded once, as its characters come: lists share options, `紙`, `その他`.)
    let mut options: Vec<&'static str> = options.collect();
    options.sort_unstable();
    options.dedup();
    let mut labels: Vec<(Vec<char>, &'static str)> = options
        .into_iter()
        .map(|l| (crate::import::fill::squeezed_chars(l).collect(), l))
        .collect();
    labels.sort_unstable_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(b.1)));
    labels
}

/// What follows `want` (folded, without spaces) when `text` starts with it, its characters
/// folded, spaces between them allowed.
fn match_at<'t>(text: &'t str, want: &[char]) -> Option<&'t str> {
    let mut chars = text.chars();
    for &w in want {
        let c = loop {
            let c = fold_char(chars.next()?);
            if !crate::label::is_white_space(c) {
                break c;
            }
        };
        (c == w).then_some(())?;
    }
    Some(chars.as_str())
}

/// What the box lines of one item hold.
#[derive(Debug, Default, Clone)]
struct Read {
    /// Labels whose box stands on their line: whether checked, and their detail.
    known: Vec<(&'static str, bool, Option<Detail>)>,
    /// Labels whose mark went elsewhere (`] 紙`), with their detail.
    unknown: Vec<(&'static str, Option<Detail>)>,
    /// Marks not in a whole box before a label.
    free_marks: usize,
}

/// The text after a label: read, or begun and continued on a later line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Detail {
    Text(String),
    Open,
}

impl Read {
    /// Adds the boxes of one line; `None` when the line does not read as boxes.
    fn add(&mut self, toks: &[Tok]) -> Option<()> {
        let (mut open, mut close, mut marks) = (false, false, 0usize);
        // Where the last label went: known (true) or unknown (false), for its detail.
        let mut last: Option<bool> = None;
        for tok in toks {
            match tok {
                Tok::Open => {
                    self.free_marks += marks;
                    (open, close, marks) = (true, false, 0);
                    last = None;
                }
                Tok::Close => {
                    if close {
                        self.free_marks += marks;
                        marks = 0;
                    }
                    close = true;
                    last = None;
                }
                Tok::Mark => marks += 1,
                Tok::Label(label) => {
                    if marks > 1 || (open && !close) || (!close && marks > 0) {
                        return None;
                    }
                    if close && (open || marks > 0) {
                        self.known.push((label, marks > 0, None));
                        last = Some(true);
                    } else {
                        self.unknown.push((label, None));
                        last = Some(false);
                    }
                    (open, close, marks) = (false, false, 0);
                }
                Tok::Detail(_) | Tok::OpenDetail => {
                    let detail = match tok {
                        Tok::Detail(t) => Detail::Text(t.clone()),
                        _ => Detail::Open,
                    };
                    let slot = match last? {
                        true => self.known.last_mut().map(|k| &mut k.2),
                        false => self.unknown.last_mut().map(|u| &mut u.1),
                    }?;
                    if slot.is_some() {
                        return None;
                    }
                    *slot = Some(detail);
                    last = None;
                }
            }
        }
        self.free_marks += marks;
        Some(())
    }

    /// Every option's state and detail, when the boxes hold each of `options` once and their
    /// marks can be placed (see the module docs).
    fn decide(
        &self,
        options: &[&'static str],
        more_marks: usize,
    ) -> Option<Vec<(&'static str, bool, Option<Detail>)>> {
        let mut seen: Vec<&str> = self
            .known
            .iter()
            .map(|k| k.0)
            .chain(self.unknown.iter().map(|u| u.0))
            .collect();
        let mut want: Vec<&str> = options.to_vec();
        seen.sort_unstable();
        want.sort_unstable();
        if seen != want {
            return None;
        }
        let marks = self.free_marks + more_marks;
        let unknown_checked = if self.unknown.is_empty() || marks == 0 {
            false
        } else if marks == self.unknown.len() {
            true
        } else {
            return None;
        };
        let mut out: Vec<(&'static str, bool, Option<Detail>)> = self.known.clone();
        out.extend(
            self.unknown
                .iter()
                .map(|(l, d)| (*l, unknown_checked, d.clone())),
        );
        Some(out)
    }
}

/// A checkbox item of the report: where it is and the options its list prints.
#[derive(Debug, Clone)]
struct Instance {
    id: ItemId,
    indices: Indices,
    options: &'static [&'static str],
}

/// The checkbox items of `report`, with the options each prints.
fn instances(report: &Report) -> Vec<Instance> {
    let mut out = Vec::new();
    for id in ItemId::of_form(report.form()) {
        let checks = |v: &Value<'_>| matches!(v, Value::Checks { .. });
        super::visit_of_kind(report, id, checks, &mut |indices, field| {
            // (Every item's positions fit `Indices`: its pattern has at most two lists.)
            if let (Value::Checks { options, .. }, Some(indices)) =
                (field.value(), Indices::new(indices))
            {
                out.push(Instance {
                    id,
                    indices,
                    options: crate::form::medium_boxes(id).unwrap_or(options),
                });
            }
        });
    }
    out
}

/// The option labels of every list of `items` as [`tokens`] matches them ([`folded_labels`]):
/// each item's list once, whatever the number of its blocks (an item's options are its
/// field's, the same in every block).
fn labels_of(items: &[Instance]) -> Vec<(Vec<char>, &'static str)> {
    let mut ids: Vec<ItemId> = Vec::new();
    let mut lists: Vec<&'static [&'static str]> = Vec::new();
    for item in items {
        if !ids.contains(&item.id) {
            ids.push(item.id);
            lists.push(item.options);
        }
    }
    folded_labels(lists.into_iter().flatten().copied())
}

/// The block an item stands in: its pattern up to its last list (`None` for an item outside
/// every list), and its positions.
type Place<'k> = (Option<&'static str>, &'k [usize]);

/// The block the item of `key` stands in.
fn container(key: &Key) -> Place<'_> {
    let pattern = key.0.pattern();
    // The pattern up to its last `[]`, found byte by byte (both are ASCII).
    let list = pattern
        .as_bytes()
        .windows(2)
        .rposition(|w| w == b"[]")
        .and_then(|at| pattern.get(..at));
    (list, key.1.as_slice())
}

/// Whether `line` is the heading of a block (`提供先3 …`, `システム2`, a page's `提供先2～5`), a
/// chapter or, outside a cell (`in_cell`), a section (`２．…`).
fn is_heading(line: &Line, in_cell: impl FnOnce() -> bool) -> bool {
    let (text, key) = (line.text.as_ref(), line.key());
    // A key that starts with a figure is of a text that does (white space before it folds
    // out): neither a block word nor a numeral starts it, only a section's number can.
    // (Each test is cheaper than the one after it: the key's first characters, then a search
    // of the whole text.)
    let Some(first) = key.chars().next() else {
        return false;
    };
    if first.is_ascii_digit() {
        return numbered(key.chars()) && text.contains(['.', '．']) && !in_cell();
    }
    // A block heading's key starts with the first character of its word (white space before
    // it folds out), a chapter's with its numeral's, folded: no character starts both
    // (`heading_and_chapter_starts_differ`), so only one of the two is tried.
    if !heading_words().any(|w| w.starts_with(first)) {
        return super::classify::chapter_heading(text).is_some();
    }
    // (A key that starts with no figure is no section's number.)
    super::walk::block_heading_number(text).is_some()
        || heading_words().any(|w| {
            key.strip_prefix(w)
                .is_some_and(|rest| numbered(rest.chars()))
        })
}

/// Whether the folded characters `rest` start with a number, then end or go on with `.` or `～`.
fn numbered(mut rest: impl Iterator<Item = char>) -> bool {
    let mut digits = 0;
    loop {
        match rest.next() {
            Some(c) if c.is_ascii_digit() => digits += 1,
            next => return digits > 0 && next.is_none_or(|c| matches!(c, '.' | '~' | '～')),
        }
    }
}

/// Whether a line whose folded text is `key` can be a block heading
/// ([`super::walk::block_heading_number`]): it starts with the first character of a block word
/// (folding drops the white space before the word and keeps the word). The cheap test first.
pub(super) fn may_be_block_heading(key: &str) -> bool {
    key.chars().next().is_some_and(may_start_block_heading)
}

/// Whether `c`, the first character of a line's folded text, is that of a block word
/// ([`may_be_block_heading`]).
// (Inlined: a test of every line of a text, on a few constant words.)
#[inline]
pub(super) fn may_start_block_heading(c: char) -> bool {
    // (The words' first characters compared as characters: the compiler folds them from the
    // constant words, which it does not for `starts_with(c)`.)
    super::walk::BLOCK_WORDS
        .iter()
        .any(|w| w.chars().next().is_some_and(|f| f == c))
}

/// The words a block's heading starts with (`提供先3`, `システム2`).
fn heading_words() -> impl Iterator<Item = &'static str> {
    super::walk::BLOCK_WORDS.into_iter().chain(["システム"])
}

/// The characters a heading ([`is_heading`]) can start with, besides a figure: the first ones of
/// the block words, `システム` and the Roman numerals, sorted.
fn heading_starts() -> Vec<char> {
    let romans = crate::report::ROMAN_NUMERALS
        .iter()
        .flat_map(|(ascii, numeral)| [*ascii, *numeral]);
    let mut starts: Vec<char> = heading_words()
        .chain(romans)
        .filter_map(|w| w.chars().next())
        .collect();
    starts.sort_unstable();
    starts.dedup();
    starts
}

/// A set of characters told by their blocks of 64 code points, read from the first two bytes of
/// a text without decoding its first character: the cheap test of a line's first character
/// before the exact one. A character of the set always passes, and so do the others of its
/// blocks; most lines' first characters (kanji in other blocks) do not.
#[derive(Debug, Clone, Copy)]
pub(super) struct CharBlocks {
    /// One bit for each block below U+10000 that holds a character of the set.
    bits: [u64; 16],
    /// Whether a character above U+FFFF is in the set (then every such character passes).
    astral: bool,
}

impl CharBlocks {
    /// The blocks of `chars`.
    pub(super) fn new(chars: impl Iterator<Item = char>) -> Self {
        let mut blocks = CharBlocks {
            bits: [0; 16],
            astral: false,
        };
        for c in chars {
            let block = (u32::from(c) >> 6) as usize;
            match blocks.bits.get_mut(block / 64) {
                Some(word) => *word |= 1 << (block % 64),
                None => blocks.astral = true,
            }
        }
        blocks
    }

    /// Whether the first character of `text` may be one of the set (none starts an empty
    /// text): its block, found from its first byte (which says how long it is) and the next.
    pub(super) fn may_start(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        let Some(&lead) = bytes.first() else {
            return false;
        };
        let block = match lead {
            0x00..=0x7F => usize::from(lead >> 6),
            // Two bytes: the block is the first's low five bits.
            0xC0..=0xDF => usize::from(lead & 0x1F),
            // Three bytes: the first's low four bits, then the second's low six.
            0xE0..=0xEF => match bytes.get(1) {
                Some(&next) => usize::from(lead & 0x0F) << 6 | usize::from(next & 0x3F),
                None => return false,
            },
            _ => return self.astral,
        };
        self.bits
            .get(block / 64)
            .is_some_and(|word| word >> (block % 64) & 1 == 1)
    }
}

/// One bit for the low seven bits of each of `chars`: a character whose bit is not set is
/// none of them (the cheap test before a search of `chars`).
pub(super) fn low_bits(chars: impl Iterator<Item = char>) -> u128 {
    chars.fold(0, |mask, c| mask | 1 << (u32::from(c) & 127))
}

/// Whether a line whose folded text is `key` can be a heading ([`is_heading`]) at all: its first
/// character is a figure or one of `starts` ([`heading_starts`]). The cheap test first: the
/// character's bit in `mask` ([`low_bits`] of `starts` and the figures), which most lines'
/// first characters (kana, kanji) do not have.
fn may_be_heading(key: &str, starts: &[char], mask: u128) -> bool {
    key.chars().next().is_some_and(|c| {
        has_low_bit(mask, c) && (c.is_ascii_digit() || starts.binary_search(&c).is_ok())
    })
}

/// Whether the bit of `c` is set in `mask` ([`low_bits`]): when it is not, `c` is none of the
/// characters of the mask.
pub(super) fn has_low_bit(mask: u128, c: char) -> bool {
    mask >> (u32::from(c) & 127) & 1 == 1
}

/// A line of a cell: its number, the cell's key, whether it is the cell's first line, its text.
type CellLine<'k> = (usize, &'k Key, bool, &'k str);

/// `cell_lines` in the order of their numbers, those of one number in the order they come (a
/// stable sort by number), placed by a count of each number's lines: no comparison of lines.
/// `last`: the highest number most of them have at most (a higher one is counted too).
fn by_number<'k>(cell_lines: &[CellLine<'k>], last: usize) -> Vec<CellLine<'k>> {
    // Per number, how many lines have it; then where the first of them goes.
    let mut at: Vec<usize> = vec![0; last + 1];
    for &(no, ..) in cell_lines {
        if no >= at.len() {
            at.resize(no + 1, 0);
        }
        if let Some(count) = at.get_mut(no) {
            *count += 1;
        }
    }
    let mut sum = 0;
    for place in &mut at {
        let count = *place;
        *place = sum;
        sum += count;
    }
    // Every place is written once: the first line fills the rest until then.
    let Some(&first) = cell_lines.first() else {
        return Vec::new();
    };
    let mut out = vec![first; cell_lines.len()];
    for &line in cell_lines {
        let Some(place) = at.get_mut(line.0) else {
            continue;
        };
        if let Some(slot) = out.get_mut(*place) {
            *slot = line;
        }
        *place += 1;
    }
    out
}

/// A run of box lines: its lines and their pieces.
#[derive(Debug, Default)]
struct Run {
    lines: Vec<(usize, Vec<Tok>)>,
}

impl Run {
    /// The labels of the run's boxes, each once (sorted: a run holds a few).
    fn labels(&self) -> Vec<&'static str> {
        let mut labels: Vec<&'static str> = self
            .lines
            .iter()
            .flat_map(|(_, t)| t.iter())
            .filter_map(|t| match t {
                Tok::Label(l) => Some(*l),
                _ => None,
            })
            .collect();
        labels.sort_unstable();
        labels.dedup();
        labels
    }
}

/// Reads the checkbox items whose boxes stand away from them (see the module docs) from the
/// unread lines of `body` and the items' own cells; the lines it reads leave `unread`. `above`:
/// the block headings whose series prints its items above them ([`super::blocks`]).
pub(super) fn read_scattered_boxes(
    // The lines, and whether each holds a bracket or a mark.
    (lines, boxy): (&[Line], &BoxChars),
    body: (usize, usize),
    cells: &CellMap,
    above: &LineSet,
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let items = instances(report);
    if items.is_empty() {
        return;
    }
    let labels = labels_of(&items);
    let starts = box_starts(&labels);
    // (The bits of `starts` pass the lines that may hold boxes before a search of them.)
    let starts_mask = low_bits(starts.iter().copied());
    // The items' keys, sorted for a search by bisection (a few dozen: no hashing).
    let mut item_keys: Vec<(ItemId, &[usize])> =
        items.iter().map(|i| (i.id, i.indices.as_slice())).collect();
    item_keys.sort_unstable();
    item_keys.dedup();
    // Their items, each once (a cell of another item, most of them, is told by its item alone).
    let mut item_ids: Vec<ItemId> = item_keys.iter().map(|k| k.0).collect();
    item_ids.dedup();
    // The lines of the items' own cells, and every cell's lines in order: the neighbours of a
    // run among them are the first line of a cell and the others that are neither blank nor
    // box lines, found when a run or a heading asks (each line's answer kept).
    let mut own_lines = LineSet::new();
    let mut cell_lines: Vec<CellLine<'_>> = Vec::new();
    for (key, cell) in cells {
        if item_ids.binary_search(&key.0).is_ok()
            && item_keys.binary_search(&(key.0, key.1.as_slice())).is_ok()
        {
            own_lines.extend(cell.lines.iter().map(|(no, _)| *no));
        }
        cell_lines.extend(
            cell.lines
                .iter()
                .enumerate()
                .map(|(at, (no, text))| (*no, key, at == 0, text.as_str())),
        );
    }
    let cell_lines = by_number(&cell_lines, lines.last().map_or(0, |l| l.no));
    let neighbour_memo: Vec<std::cell::Cell<Option<bool>>> =
        vec![std::cell::Cell::new(None); cell_lines.len()];
    let is_neighbour = |at: usize| -> bool {
        let memo = neighbour_memo.get(at);
        if let Some(known) = memo.and_then(std::cell::Cell::get) {
            return known;
        }
        let yes = cell_lines.get(at).is_some_and(|&(_, _, first, text)| {
            (first || !text.trim().is_empty()) && tokens(text, &labels).is_none()
        });
        if let Some(memo) = memo {
            memo.set(Some(yes));
        }
        yes
    };
    // The neighbour before line `first` and the one after line `last`.
    let neighbour_before = |first: usize| {
        let end = cell_lines.partition_point(|&(no, ..)| no < first);
        let at = (0..end).rev().find(|&at| is_neighbour(at))?;
        cell_lines.get(at).map(|&(no, key, ..)| (no, key))
    };
    let neighbour_after = |last: usize| {
        let start = cell_lines.partition_point(|&(no, ..)| no <= last);
        let at = (start..cell_lines.len()).find(|&at| is_neighbour(at))?;
        cell_lines.get(at).map(|&(no, key, ..)| (no, key))
    };
    // Whether a neighbour stands on line `no`.
    let in_cell = |no: usize| {
        let from = cell_lines.partition_point(|&(n, ..)| n < no);
        let to = cell_lines.partition_point(|&(n, ..)| n <= no);
        (from..to).any(&is_neighbour)
    };
    // The runs of unread box lines; a `（` left open at the end of one is closed by the first
    // `）` on the lines after it (the text of its box, wrapped).
    let unread_lines: LineSet = unread.iter().map(|&(no, _)| no).collect();
    let readable = |no: usize| unread_lines.contains(no) && !own_lines.contains(no);
    let mut runs: Vec<Run> = Vec::new();
    let mut run = Run::default();
    let mut skip_to = 0usize;
    // (The lines are in the order of their numbers: the body's are found by bisection.)
    let from = lines.partition_point(|l| l.no <= body.0);
    for (at, line) in lines.iter().enumerate().skip(from) {
        if line.no >= body.1 {
            break;
        }
        if at < skip_to {
            continue;
        }
        // A blank line folds to nothing (the cheap test first).
        if line.key().is_empty() && line.text.trim().is_empty() {
            continue;
        }
        let toks = (readable(line.no)
            && line
                .key()
                .chars()
                .next()
                .is_some_and(|c| has_low_bit(starts_mask, c))
            && may_hold_boxes(line, &starts, boxy))
        .then(|| box_tokens(&line.text, &labels))
        .flatten();
        match toks {
            Some(mut toks) => {
                let wrapped = match toks.last() {
                    Some(Tok::OpenDetail) => wrapped_detail(lines, at, &readable, &labels),
                    _ => None,
                };
                match wrapped {
                    Some((more, text, next)) => {
                        if let Some(last) = toks.last_mut() {
                            *last = Tok::Detail(text);
                        }
                        run.lines.push((line.no, toks));
                        run.lines
                            .extend(more.into_iter().map(|no| (no, Vec::new())));
                        skip_to = next;
                    }
                    None => run.lines.push((line.no, toks)),
                }
            }
            None => {
                if !run.lines.is_empty() {
                    runs.push(std::mem::take(&mut run));
                }
            }
        }
    }
    if !run.lines.is_empty() {
        runs.push(run);
    }
    // The headings that stand in no cell, and the block headings of series printed above
    // their headings (see [`super::blocks`]).
    // The headings of 委託/提供先/移転先 blocks: a run before one may be the next block's. Both
    // start with a character of `starts` (the cheap test first).
    // (Only runs ask for them: a text with none is not searched.)
    let heading_starts = heading_starts();
    let heading_mask = low_bits(heading_starts.iter().copied().chain('0'..='9'));
    // (The blocks of those characters first, read from a key's first bytes: every line is
    // tested.)
    let heading_blocks = CharBlocks::new(heading_starts.iter().copied().chain('0'..='9'));
    let mut headings: Vec<usize> = Vec::new();
    let mut block_headings = LineSet::new();
    let scanned: &[Line] = if runs.is_empty() { &[] } else { lines };
    for l in scanned {
        let key = l.key();
        if !heading_blocks.may_start(key) || !may_be_heading(key, &heading_starts, heading_mask) {
            continue;
        }
        if is_heading(l, || in_cell(l.no)) {
            headings.push(l.no);
        }
        if super::walk::BLOCK_WORDS.iter().any(|w| key.starts_with(w)) {
            block_headings.insert(l.no);
        }
    }
    // Whether a heading stands after line `a` and before line `b` (or on it, when `on_b`).
    let heading_between = |a: usize, b: usize, on_b: bool| {
        let at = headings.partition_point(|&h| h <= a);
        headings.get(at).is_some_and(|&h| h < b || on_b && h == b)
    };
    // Each run's block: that of the cells around it when they agree; else the cell's before
    // it when a heading other than a 委託/提供先/移転先 block's (whose boxes a text may print
    // before the heading) ends the block after the run, or the cell's after it when the run is in the lower part of a block printed
    // above its heading (the walk put the cells after it there).
    let block_of = |run: &Run| -> Option<Place<'_>> {
        let first = run.lines.first()?.0;
        let last = run.lines.last()?.0;
        let (before_no, before_key) = neighbour_before(first)?;
        let (after_no, after_key) = neighbour_after(last)?;
        let (before, after) = (container(before_key), container(after_key));
        let last_heading = headings
            .partition_point(|&h| h < first)
            .checked_sub(1)
            .and_then(|i| headings.get(i));
        let printed_above = last_heading.is_some_and(|h| above.contains(*h));
        let ends_before = heading_between(last, after_no, false)
            && !heading_between(before_no, first, false)
            && !printed_above
            && headings
                .get(headings.partition_point(|&h| h <= last))
                .is_some_and(|h| !block_headings.contains(*h));
        let block = if before == after || ends_before {
            before
        } else if printed_above
            && before.0 == after.0
            && !heading_between(before_no, after_no, false)
        {
            after
        } else {
            return None;
        };
        (!block.1.is_empty()).then_some(block)
    };
    // The items of each block.
    // (Sorted by block for a search by bisection: a few dozen blocks, no hashing.)
    let keys: Vec<Key> = items.iter().map(|i| (i.id, i.indices)).collect();
    let mut by_block: Vec<(Place<'_>, usize)> = keys
        .iter()
        .enumerate()
        .map(|(at, key)| (container(key), at))
        .collect();
    by_block.sort_unstable();
    let of_block = |block: &Place<'_>| {
        let from = by_block.partition_point(|(b, _)| b < block);
        let to = by_block.partition_point(|(b, _)| b <= block);
        by_block.get(from..to).unwrap_or_default()
    };
    let mut owned: BTreeMap<usize, Vec<&Run>> = BTreeMap::new();
    let mut loose_marks: HashMap<Place<'_>, usize> = HashMap::new();
    for run in &runs {
        let Some(block) = block_of(run) else {
            if let Some(at) = lone_owner(run, &items) {
                owned.entry(at).or_default().push(run);
            }
            continue;
        };
        let labels = run.labels();
        if labels.is_empty() {
            let mut read = Read::default();
            if run.lines.iter().all(|(_, t)| read.add(t).is_some()) && read.free_marks > 0 {
                *loose_marks.entry(block).or_default() += read.free_marks;
            }
            continue;
        }
        let owners: Vec<usize> = of_block(&block)
            .iter()
            .map(|&(_, at)| at)
            .filter(|&at| {
                items
                    .get(at)
                    .is_some_and(|i| labels.iter().all(|l| i.options.contains(l)))
            })
            .collect();
        if let [owner] = owners.as_slice() {
            owned.entry(*owner).or_default().push(run);
        }
    }
    let mut read_lines = LineSet::new();
    let mut inferred = Inferred::default();
    for (at, runs) in owned {
        let Some(item) = items.get(at) else { continue };
        let key: Key = (item.id, item.indices);
        let mut read = Read::default();
        let mut used: Vec<usize> = Vec::new();
        let mut ok = true;
        if let Some(cell) = cells.get(&key) {
            for (no, text) in &cell.lines {
                if text.trim().is_empty() {
                    continue;
                }
                ok &= tokens(text, &labels).and_then(|t| read.add(&t)).is_some();
                used.push(*no);
            }
        }
        for run in runs {
            for (no, toks) in &run.lines {
                ok &= read.add(toks).is_some();
                used.push(*no);
            }
        }
        let block = container(&key);
        let more = loose_marks.get(&block).copied().unwrap_or(0);
        let Some(boxes) = read.decide(item.options, more).filter(|_| ok) else {
            continue;
        };
        if fill(report, &key, &boxes, used.first().copied().unwrap_or(0)) {
            let p = item_pointer(item.id, &item.indices);
            inferred.push(p, &used, &mut read_lines);
        }
    }
    inferred.apply(trace);
    unread.retain(|(no, _)| !read_lines.contains(*no));
}

/// Why a box line no pass read stays unread: its marks could not be tied to the options of a
/// list (a PDF text printed them in another order, or the list's boxes could not be told from
/// another block's).
pub(super) const UNALIGNED: UnreadReason = UnreadReason::UnalignedMarks;

/// Gives the unread lines of `body` that are box lines of the form's checkbox lists (brackets,
/// marks, option labels and their details; a lone `○` or `[ ○ [` too) the reason
/// [`UNALIGNED`]: the check-mark columns scrambled beyond reading, listed as such.
pub(super) fn name_unaligned(
    lines: &[Line],
    body: (usize, usize),
    report: &Report,
    boxy: &BoxChars,
    unread: &mut [(usize, UnreadReason)],
) {
    // The lists' labels are gathered only when a line of `body` is left unread.
    let mut labels = None;
    for (no, reason) in unread.iter_mut() {
        if *no <= body.0 || *no >= body.1 {
            continue;
        }
        let Some(line) = line_numbered(lines, *no) else {
            continue;
        };
        let (labels, starts, mask) = labels.get_or_insert_with(|| {
            let labels = labels_of(&instances(report));
            let starts = box_starts(&labels);
            let mask = low_bits(starts.iter().copied());
            (labels, starts, mask)
        });
        // (The bits of `starts` pass the lines that may hold boxes before a search of them.)
        let may_start = line
            .key()
            .chars()
            .next()
            .is_some_and(|c| has_low_bit(*mask, c));
        if may_start
            && may_hold_boxes(line, starts, boxy)
            && box_tokens(&line.text, labels).is_some()
        {
            *reason = UNALIGNED;
        }
    }
}

/// The line of `lines` (in order of their numbers) numbered `no`: where most texts have it (one
/// line per number, from 1), else found by bisection.
fn line_numbered<'l>(lines: &'l [Line], no: usize) -> Option<&'l Line<'l>> {
    let alone = |at: usize| {
        let here = lines.get(at).is_some_and(|l| l.no == no);
        let other = |i: Option<usize>| i.and_then(|i| lines.get(i)).is_some_and(|l| l.no == no);
        here && !other(at.checked_sub(1)) && !other(at.checked_add(1))
    };
    match no.checked_sub(1) {
        Some(at) if alone(at) => lines.get(at),
        _ => lines
            .binary_search_by_key(&no, |l| l.no)
            .ok()
            .and_then(|at| lines.get(at)),
    }
}

/// The item a run of boxes that stands in no block is of: the one checkbox item of the report
/// whose list holds all the run's labels, when it is printed once (outside every block) and the
/// run holds the boxes of its torn labels too — as many brackets left open (`[ ○ ] 内部監査 [ [`)
/// as labels after a `]` (`] 自己点検 ] 外部監査`) — so that their marks, or none, are the run's.
fn lone_owner(run: &Run, items: &[Instance]) -> Option<usize> {
    let labels = run.labels();
    if labels.is_empty() {
        return None;
    }
    let mut owners = items
        .iter()
        .enumerate()
        .filter(|(_, i)| labels.iter().all(|l| i.options.contains(l)));
    let (at, item) = owners.next()?;
    if owners.next().is_some() || !item.indices.is_empty() {
        return None;
    }
    let mut read = Read::default();
    for (_, toks) in &run.lines {
        read.add(toks)?;
    }
    // The brackets left open: each followed by another or by the line's end (marks between).
    let dangling: usize = run
        .lines
        .iter()
        .map(|(_, toks)| {
            let (mut n, mut open) = (0, false);
            for tok in toks {
                match tok {
                    Tok::Open => {
                        n += usize::from(open);
                        open = true;
                    }
                    Tok::Mark => {}
                    _ => open = false,
                }
            }
            n + usize::from(open)
        })
        .sum();
    (dangling == read.unknown.len()).then_some(at)
}

/// Values a pass traces as inferred (each replacing what was traced at its pointer, its lines
/// counted read), put in the trace at once when the pass is done ([`Inferred::apply`]): one
/// walk over the trace for all of them, not one each. The trace ends as it would with each put
/// in on its own in turn, provided the pass neither reads the trace nor changes it otherwise
/// before applying them.
#[derive(Debug, Default)]
pub(super) struct Inferred {
    values: Vec<TracedValue>,
}

impl Inferred {
    /// The value at `p`, inferred from the lines `used`, counted read in `read_lines`; nothing
    /// without a line.
    pub(super) fn push(&mut self, p: String, used: &[usize], read_lines: &mut impl Extend<usize>) {
        let (Some(&first), Some(&last)) = (used.iter().min(), used.iter().max()) else {
            return;
        };
        self.values.push(TracedValue {
            rule: std::borrow::Cow::Borrowed("series"),
            pointer: p,
            lines: [first, last],
            confidence: Confidence::Inferred,
        });
        read_lines.extend(used.iter().copied());
    }

    /// Puts the values in `trace`: each replaces what was traced at its pointer (a later one
    /// of the same pointer replaces an earlier one), in the order pushed, after the rest. The
    /// trace is walked once, each of its pointers looked up among the batch's, sorted by length
    /// first: most steps of a search then compare two lengths, not two texts.
    pub(super) fn apply(self, trace: &mut Trace) {
        if self.values.is_empty() {
            return;
        }
        /// A pointer as the batch is sorted: by its length, then its text.
        fn key(p: &str) -> (usize, &str) {
            (p.len(), p)
        }
        let mut pointers: Vec<(usize, &str)> =
            self.values.iter().map(|v| key(&v.pointer)).collect();
        pointers.sort_unstable();
        pointers.dedup();
        // (A pointer of a length none of the batch's has is none of them: the cheap test, one
        // bit for the low seven bits of each length, before the search.)
        let lengths = pointers
            .iter()
            .fold(0u128, |mask, &(len, _)| mask | 1 << (len & 127));
        trace.values.retain(|v| {
            lengths >> (v.pointer.len() & 127) & 1 == 0
                || pointers.binary_search(&key(&v.pointer)).is_err()
        });
        // A pointer pushed twice keeps its last value, where that was pushed: read from the
        // end, the first of each pointer is kept.
        let mut taken = vec![false; pointers.len()];
        let mut keep: Vec<bool> = self
            .values
            .iter()
            .rev()
            .map(|v| {
                pointers
                    .binary_search(&key(&v.pointer))
                    .ok()
                    .and_then(|i| taken.get_mut(i))
                    .is_some_and(|t| !std::mem::replace(t, true))
            })
            .collect();
        keep.reverse();
        drop(pointers);
        trace.values.extend(
            self.values
                .into_iter()
                .zip(keep)
                .filter_map(|(v, keep)| keep.then_some(v)),
        );
    }
}

/// The text of the `（` left open at the end of the box line `lines[at]`, when the next
/// non-blank lines (each `readable`, none of them boxes or another `（`) close it with a `）`
/// within [`WRAPPED_LINES`]: their numbers, the text (wrapped lines joined), and where the lines
/// after it begin.
fn wrapped_detail(
    lines: &[Line],
    at: usize,
    readable: &dyn Fn(usize) -> bool,
    labels: &[(Vec<char>, &'static str)],
) -> Option<(Vec<usize>, String, usize)> {
    let first = lines.get(at)?.text.as_ref();
    let open = first.rfind(['（', '('])?;
    let mut text = first.get(open..)?.chars().skip(1).collect::<String>();
    text = text.trim().to_owned();
    let mut used = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(at + 1) {
        let t = line.text.trim();
        if t.is_empty() || super::classify::is_page_number(t) {
            continue;
        }
        if used.len() >= WRAPPED_LINES
            || !readable(line.no)
            || t.contains(['（', '('])
            || tokens(t, labels).is_some()
        {
            return None;
        }
        used.push(line.no);
        match t.strip_suffix(['）', ')']) {
            Some(rest) => {
                if rest.contains(['）', ')']) {
                    return None;
                }
                text.push_str(rest.trim());
                return (!text.is_empty()).then_some((used, text, i + 1));
            }
            None if t.contains(['）', ')']) => return None,
            None => text.push_str(t),
        }
    }
    None
}

/// Fills the item of `key` with `boxes` as its cell would print them; whether it took them.
///
/// The text holds the checked boxes only (and the first box when none is: a text of no box
/// reads as nothing). The field reads the same set from it: an unchecked box adds nothing to
/// the set and only has to read as one of the list's choices, which every option of the form's
/// lists does (the test `an_unchecked_box_of_every_option_reads`); and the field parses two or
/// three labels instead of the whole list of a dozen.
pub(super) fn fill(
    report: &mut Report,
    key: &Key,
    boxes: &[(&str, bool, Option<Detail>)],
    line: usize,
) -> bool {
    let mut text = String::new();
    for (label, checked, detail) in boxes {
        match detail {
            // An unchecked box with words in its parentheses contradicts itself.
            Some(Detail::Text(t)) if !t.is_empty() && !*checked => return false,
            _ if !*checked => continue,
            _ => {}
        }
        text.push_str("[ ○ ] ");
        text.push_str(label);
        if let Some(Detail::Text(t)) = detail.as_ref().filter(|_| *checked) {
            if !t.is_empty() {
                text.push_str(" （ ");
                text.push_str(t);
                text.push_str(" ）");
            }
        }
        text.push(' ');
    }
    if text.is_empty() {
        let Some((label, ..)) = boxes.first() else {
            return false;
        };
        text = format!("[  ] {label} ");
    }
    let cell = Cell {
        lines: vec![(line, text)],
        displaced: true,
    };
    field_at_mut(report, key.0, &key.1).is_some_and(|field| field.fill(&cell).is_some())
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::import::fill::squeeze;

    #[test]
    fn inferred_values_replace_the_trace_and_the_last_of_a_pointer_wins() {
        let traced = |pointer: &str, line: usize| TracedValue {
            rule: std::borrow::Cow::Borrowed("boxes.scattered"),
            pointer: pointer.to_owned(),
            lines: [line, line],
            confidence: Confidence::Exact,
        };
        let mut trace = Trace {
            values: vec![traced("/a", 1), traced("/b", 2), traced("/c", 3)],
            ..Trace::default()
        };
        let mut read = LineSet::new();
        let mut batch = Inferred::default();
        batch.push("/b".to_owned(), &[5], &mut read);
        batch.push("/a".to_owned(), &[6, 8], &mut read);
        batch.push("/d".to_owned(), &[], &mut read); // no line: nothing traced
        batch.push("/b".to_owned(), &[7], &mut read);
        batch.apply(&mut trace);
        let got: Vec<(&str, [usize; 2], Confidence)> = trace
            .values
            .iter()
            .map(|v| (v.pointer.as_str(), v.lines, v.confidence))
            .collect();
        assert_eq!(
            got,
            [
                ("/c", [3, 3], Confidence::Exact),
                ("/a", [6, 8], Confidence::Inferred),
                ("/b", [7, 7], Confidence::Inferred),
            ]
        );
        assert_eq!(read.iter().collect::<Vec<_>>(), [5, 6, 7, 8]);
    }

    fn labels(list: &[&'static str]) -> Vec<(Vec<char>, &'static str)> {
        let mut out: Vec<(Vec<char>, &'static str)> = list
            .iter()
            .map(|&l| (squeeze(l).chars().collect(), l))
            .collect();
        out.sort_unstable_by_key(|b| std::cmp::Reverse(b.0.len()));
        out
    }

    const MEDIA: [&str; 4] = [
        "紙",
        "電子メール",
        "電子記録媒体（フラッシュメモリを除く。）",
        "その他",
    ];

    #[test]
    fn the_byte_test_finds_every_bracket_and_mark() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let f = fold_char(c);
            let want = matches!(f, '[' | ']') || is_mark(f);
            let text = format!("あ{c}い");
            assert_eq!(has_box_char(&text), want, "{c:?}");
            // The same test on the folded text of a line that starts as a box line may.
            let line = Line::new(1, text);
            let boxy = BoxChars::new(std::slice::from_ref(&line));
            assert_eq!(may_hold_boxes(&line, &['あ'], &boxy), want, "{c:?}");
        }
    }

    #[test]
    fn an_unchecked_box_of_every_option_reads() {
        // What `fill` leaves out of its text: an unchecked box of any option of a checkbox list
        // (as the item table and the form's printed lists give them) reads, as no choice.
        for form in [
            crate::AssessmentKind::Basic,
            crate::AssessmentKind::Focused,
            crate::AssessmentKind::Full,
        ] {
            let mut report = Report::example(form);
            let mut lists: Vec<(ItemId, Vec<usize>, Vec<&str>)> = Vec::new();
            for id in ItemId::of_form(form) {
                crate::report::visit(&report, id, &mut |indices, field| {
                    if let Value::Checks { options, .. } = field.value() {
                        let shown = crate::form::medium_boxes(id).unwrap_or_default();
                        let all = options.iter().chain(shown).copied().collect();
                        lists.push((id, indices.to_vec(), all));
                    }
                });
            }
            assert!(!lists.is_empty());
            for (id, indices, options) in lists {
                for option in options {
                    let cell = Cell {
                        lines: vec![(1, format!("[  ] {option} "))],
                        displaced: true,
                    };
                    let field = field_at_mut(&mut report, id, &indices);
                    assert!(
                        field.is_some_and(|f| f.fill(&cell).is_some() && f.is_blank()),
                        "{id:?} {option}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_mask_of_heading_starts_passes_every_heading_start() {
        let starts = heading_starts();
        let mask = low_bits(starts.iter().copied().chain('0'..='9'));
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let want = c.is_ascii_digit() || starts.contains(&c);
            assert_eq!(may_be_heading(&c.to_string(), &starts, mask), want, "{c:?}");
        }
        assert!(may_be_heading("提供先1", &starts, mask) && !may_be_heading("架空", &starts, mask));
    }

    #[test]
    fn cell_lines_are_put_in_the_order_of_their_numbers_stably() {
        let (a, b): (Key, Key) = (
            (ItemId::SystemName, Indices::new(&[0]).unwrap()),
            (ItemId::SystemName, Indices::new(&[1]).unwrap()),
        );
        let lines: Vec<CellLine<'_>> = vec![
            (5, &a, true, "a5"),
            (2, &a, false, "a2"),
            (5, &b, true, "b5"),
            (9, &b, false, "b9"),
            (0, &b, false, "b0"),
        ];
        let mut want = lines.clone();
        want.sort_by_key(|&(no, ..)| no);
        // Whatever the highest number given, even below the lines' own.
        for last in [0, 4, 9, 20] {
            assert_eq!(by_number(&lines, last), want, "{last}");
        }
        assert!(by_number(&[], 3).is_empty());
    }

    #[test]
    fn char_blocks_pass_their_characters_and_their_blocks_only() {
        let set = ['0', 'シ', '提', 'Ⅱ', '①', 'é', '😀'];
        let blocks = CharBlocks::new(set.into_iter());
        let block = |c: char| u32::from(c) >> 6;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            // (A character above U+FFFF in the set lets every such character pass.)
            let want = u32::from(c) >= 0x10000 || set.iter().any(|&s| block(s) == block(c));
            assert_eq!(blocks.may_start(&format!("{c}架空")), want, "{c:?}");
        }
        assert!(!blocks.may_start(""));
        let none = CharBlocks::new(std::iter::empty());
        assert!(!none.may_start("😀") && !none.may_start("0"));
    }

    #[test]
    fn heading_and_chapter_starts_differ() {
        // A chapter's numeral, folded, starts with no character a block word starts with.
        for (ascii, numeral) in crate::report::ROMAN_NUMERALS.iter() {
            for c in [ascii, numeral].iter().filter_map(|w| w.chars().next()) {
                let f = fold_char(c);
                assert!(!heading_words().any(|w| w.starts_with(f)), "{c:?}");
            }
        }
        // Both read as headings all the same; other words do not.
        for text in [
            "Ⅱ 特定個人情報ファイルの概要",
            "提供先1 架空市",
            "システム2",
        ] {
            assert!(is_heading(&Line::new(1, text), || false), "{text}");
        }
        for text in ["架空の説明", "提供先の架空市", "", "Ⅱ 架空"] {
            assert!(!is_heading(&Line::new(1, text), || false), "{text}");
        }
    }

    #[test]
    fn white_space_before_a_block_heading_folds_away() {
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
        {
            let line = Line::new(1, format!("{c}提供先1 架空市"));
            assert!(super::super::walk::block_heading_number(&line.text).is_some());
            assert!(may_be_block_heading(line.key()), "{c:?}");
        }
        assert!(!may_be_block_heading("架空市"));
    }

    #[test]
    fn box_lines_are_brackets_marks_labels_and_details() {
        let l = labels(&MEDIA);
        assert_eq!(
            tokens("[ ○ ] その他 （ 架空DB ）", &l),
            Some(vec![
                Tok::Open,
                Tok::Mark,
                Tok::Close,
                Tok::Label("その他"),
                Tok::Detail("架空DB".into())
            ])
        );
        assert_eq!(
            tokens(
                "］ 電子メール ［ ］ 電子記録媒体(フラッシュメモリを除く。)",
                &l
            )
            .map(|t| t.len()),
            Some(5)
        );
        // A line that tokenizes starts with one of the labels' box starts; another does not.
        let starts = box_starts(&l);
        for text in [
            "[ ○ ] その他 （ 架空DB ）",
            "] 紙",
            "電子メール [",
            "○",
            "（ 架空DB ） [",
        ] {
            assert!(tokens(text, &l).is_some(), "{text}");
            let line = Line::new(1, text);
            let boxy = BoxChars::new(std::slice::from_ref(&line));
            assert!(may_hold_boxes(&line, &starts, &boxy), "{text}");
        }
        let line = Line::new(1, "架空の[説明]");
        let boxy = BoxChars::new(std::slice::from_ref(&line));
        assert!(!may_hold_boxes(&line, &starts, &boxy));
        assert_eq!(tokens("紙", &l), None);
        assert_eq!(tokens("[ ○ ] 紙の台帳", &l), None);
        assert_eq!(tokens("[", &l), Some(vec![Tok::Open]));
        // Without the test for a bracket or a mark first, the same pieces.
        for text in ["[ ○ ] 紙", "紙", "電子メール [", "架空の説明"] {
            assert_eq!(box_tokens(text, &l), tokens(text, &l), "{text}");
        }
    }

    #[test]
    fn box_chars_are_kept_per_number_unless_lines_share_it() {
        let lines = vec![
            Line::new(1, "[ ○ ] 紙"),
            Line::new(2, "架空の説明"),
            Line::new(3, "架空の説明"),
            Line::new(3, "] 紙"),
        ];
        let boxy = BoxChars::new(&lines);
        // Asked twice, the same answer; lines that share a number each their own.
        for _ in 0..2 {
            let got: Vec<bool> = lines.iter().map(|l| boxy.holds(l)).collect();
            assert_eq!(got, [true, false, false, true]);
        }
        // A line beyond those it was made for is tested as it comes.
        assert!(boxy.holds(&Line::new(9, "○")));
    }

    /// Lines numbered from 1.
    pub(in crate::import) fn numbered<'a>(texts: &[&'a str]) -> Vec<Line<'a>> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Line::new(i + 1, *t))
            .collect()
    }

    #[test]
    fn a_wrapped_detail_is_closed_by_the_first_closing_parenthesis() {
        let l = labels(&MEDIA);
        let all = |_: usize| true;
        let lines = numbered(&[
            "[ ○ ] その他 （ 架空端末の",
            "",
            "直接操作、架空室での",
            "- 7 -",
            "作業 ）",
            "[ ] 紙",
        ]);
        assert_eq!(
            wrapped_detail(&lines, 0, &all, &l),
            Some((
                vec![3, 5],
                "架空端末の直接操作、架空室での作業".to_owned(),
                5
            ))
        );
        // A line not free to read, a box line or no `）` soon: not a detail.
        assert_eq!(wrapped_detail(&lines, 0, &|no| no != 3, &l), None);
        let lines = numbered(&["[ ○ ] その他 （", "[ ] 紙", "）"]);
        assert_eq!(wrapped_detail(&lines, 0, &all, &l), None);
        let lines = numbered(&["[ ○ ] その他 （", "一", "二", "三", "四", "五 ）"]);
        assert_eq!(wrapped_detail(&lines, 0, &all, &l), None);
    }

    #[test]
    fn unread_box_lines_are_named_unaligned() {
        // A report with a file: its checkbox lists (入手方法 among them) give the labels.
        let report = Report::example(crate::AssessmentKind::Focused);
        let lines = numbered(&[
            "見出し",
            "[ ○ [ ○",
            "] 紙 ] その他 （ 架空基盤 ）",
            "架空の説明文",
            "○",
        ]);
        let stray = UnreadReason::NoItem;
        let mut unread = vec![(2, stray), (3, stray), (4, stray), (5, stray)];
        name_unaligned(&lines, (1, 5), &report, &BoxChars::new(&lines), &mut unread);
        // Box lines in the body: unaligned; prose, or a line past the body: as they were.
        assert_eq!(
            unread,
            [(2, UNALIGNED), (3, UNALIGNED), (4, stray), (5, stray)]
        );
    }

    #[test]
    fn a_run_outside_every_block_is_the_one_item_listing_its_labels() {
        let report = Report::example(crate::AssessmentKind::Focused);
        let items = instances(&report);
        let labels = folded_labels(items.iter().flat_map(|i| i.options.iter().copied()));
        let run = |texts: &[&str]| Run {
            lines: texts
                .iter()
                .enumerate()
                .map(|(no, t)| (no, tokens(t, &labels).unwrap()))
                .collect(),
        };
        let audit = items.iter().position(|i| i.id == ItemId::FocusedAudit);
        assert!(audit.is_some());
        // The torn labels' boxes are the two brackets left open: the run is the 監査's.
        let whole = run(&["] 自己点検 ] 外部監査", "]", "[ ○] 内部監査[ ["]);
        assert_eq!(lone_owner(&whole, &items), audit);
        // One bracket for two torn labels: whose mark is elsewhere, not read.
        let short = run(&["] 自己点検 ] 外部監査", "[ ○] 内部監査["]);
        assert_eq!(lone_owner(&short, &items), None);
        // Labels of a list printed per block (紙): no lone owner.
        assert_eq!(lone_owner(&run(&["[ ○ ] 紙"]), &items), None);
    }

    fn read(lines: &[&str]) -> Read {
        let l = labels(&MEDIA);
        let mut r = Read::default();
        for line in lines {
            r.add(&tokens(line, &l).unwrap()).unwrap();
        }
        r
    }

    #[test]
    fn marks_torn_from_their_labels_are_placed_when_they_agree() {
        // No loose mark: the labels after `]` are unchecked.
        let r = read(&[
            "] 紙",
            "[ ○ ] その他 （ 架空DB ）",
            "] 電子メール [ ] 電子記録媒体（フラッシュメモリを除く。）",
            "[",
        ]);
        let got = r.decide(&MEDIA, 0).unwrap();
        let checked: Vec<&str> = got.iter().filter(|b| b.1).map(|b| b.0).collect();
        assert_eq!(checked, ["その他"]);
        // As many loose marks as torn labels: all checked.
        let r = read(&[
            "[ ] その他 （ ） [ ○",
            "] 紙",
            "○",
            "] 電子メール",
            "[ ○ ] 電子記録媒体（フラッシュメモリを除く。）",
            "[",
        ]);
        let got = r.decide(&MEDIA, 0).unwrap();
        assert!(got.iter().all(|b| b.1 != (b.0 == "その他")), "{got:?}");
        // One mark for two torn labels: which one cannot be read.
        let r = read(&[
            "[ ] その他 [ ○",
            "] 紙",
            "] 電子メール",
            "[ ] 電子記録媒体（フラッシュメモリを除く。）",
        ]);
        assert!(r.decide(&MEDIA, 0).is_none());
        assert!(r.decide(&MEDIA, 1).is_some());
        // A label missing or twice: nothing.
        let r = read(&["[ ○ ] 紙 [ ] 電子メール", "[ ] その他"]);
        assert!(r.decide(&MEDIA, 0).is_none());
    }
}
