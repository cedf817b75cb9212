//! Labels a PDF text prints in a stack, apart from the values below them, and labels printed
//! outside their section.
//!
//! A table's label column often comes out of a PDF as a run of labels (`①事務の名称` /
//! `③他のシステムとの接続`) with the values after them, or a label lands under another
//! section's heading (`②所属長の役職名 …` before `６．評価実施機関における担当部署`). The walk
//! leaves those values unread. This pass reads them where the **form's structure decides**:
//!
//! - A *label line* names an item of the form by its label, with the number printed before it:
//!   a circled number (`②`) must be the item's, a heading number (`３．`) its section's, and a
//!   label without a number is an item numbered without one of its own (`法令上の根拠` of Ⅰ4,
//!   `使用部署` of Ⅱ3④). A line that names more than one item names none.
//! - A *stack* is a run of label lines (blank lines between them only), followed by the
//!   paragraphs that nothing else read, up to the next line that something read or the next
//!   label. Lines of brackets and marks only, and ＜選択肢＞ lists, are passed over.
//! - Each paragraph is matched to the labels whose item's type reads it: a choice its list
//!   holds, a date, a legal basis (it names a law), a free text (neither a box nor an option of
//!   the form); a box list reads none (the boxes are left to their own readers). A label whose
//!   item already holds a value takes nothing. Only when every paragraph has exactly one label
//!   left that reads it is anything filled; otherwise the stack's lines stay unread.
//!
//! - Where that leaves a paragraph without one label, and the labels stand line after line as
//!   one section's items numbered in a run, the lines under them may share out in the labels'
//!   order, a line to a label ([`in_order`]: a page run together prints the label column, then
//!   the value column).
//!
//! The values filled are marked [`Confidence::Inferred`]: the structure placed them, not the
//! layout. Items inside a numbered block (a system, a 委託事項, a 提供先) are counted as labels,
//! and as takers of the texts their type reads (so a text they may hold goes to no other label),
//! but never filled here: which block a stray label is of cannot be read — unless the block's
//! heading stands right above the stack ([`block_above`]), or right above the lines of values
//! the print drew before the stack, one a label in turn ([`block_values_above`]). (基礎's Ⅰ1③,
//! the systems listed in one cell, is filled whole where the labels' order places it.)

use super::limits::{DATE_VALUE_CHARS, WRAP_SLACK_CHARS};
use crate::import::UnreadReason;
use std::collections::HashSet;

use super::boxes::{CharBlocks, has_low_bit, low_bits};
use super::form_words::is_circled;
use super::text::{Line, LineSet};
use super::walk::leads_past;
use super::{Confidence, Trace, TracedValue, item_pointer};
use crate::AssessmentKind;
use crate::import::fill::{dates_in, squeeze, squeezed};
use crate::report::{Cell, ItemId, Report, Value, field_at, field_at_mut};

/// The reasons of unread lines this pass may read: lines of no item, values of stacked labels.
const LOOSE: [UnreadReason; 2] = [UnreadReason::NoItem, UnreadReason::StackedLabels];

/// The number a label line starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// `②`.
    Circled(char),
    /// `３．`.
    Heading(u32),
    /// No number.
    None,
}

/// What a label line names: the item (when exactly one, outside numbered blocks) and the text
/// after the label.
#[derive(Debug, Clone)]
struct Label<'l> {
    /// The item the line names, inside a numbered block or not.
    id: ItemId,
    /// The item, with its list positions; `None` when it is inside a numbered block.
    item: Option<(ItemId, Vec<usize>)>,
    /// The words after the label on its line.
    rest: &'l str,
}

/// `②所属長の役職名 X` → (`Circled('②')`, `所属長の役職名 X`).
fn mark_of(text: &str) -> (Mark, &str) {
    let t = text.trim_start();
    let Some(first) = t.chars().next() else {
        return (Mark::None, t);
    };
    if is_circled(first) {
        let mut rest = t.chars();
        rest.next();
        return (Mark::Circled(first), rest.as_str());
    }
    // The figures (folded) at the start, read as a number as they come; `None` past `u32`.
    let mut n: Option<u32> = Some(0);
    let mut end = 0;
    for (at, c) in t.char_indices() {
        let Some(d) = crate::label::fold_char(c).to_digit(10) else {
            break;
        };
        n = n.and_then(|n| n.checked_mul(10)?.checked_add(d));
        end = at + c.len_utf8();
    }
    if end > 0 {
        let after = t.get(end..).unwrap_or_default();
        if let (Some(rest), Some(n)) = (after.strip_prefix(['．', '.']), n) {
            return (Mark::Heading(n), rest);
        }
    }
    (Mark::None, t)
}

/// The item's number fits the mark: its last circled number, its section number, or none.
fn fits(number: &str, mark: Mark) -> bool {
    let last = number.chars().last();
    match mark {
        Mark::Circled(c) => number.chars().rev().find(|ch| is_circled(*ch)) == Some(c),
        Mark::Heading(n) => {
            let mut rest = number.chars();
            rest.next();
            is_decimal(rest.as_str(), n)
        }
        Mark::None => last.is_some_and(|c| !is_circled(c)),
    }
}

/// Whether `text` is `n` written in figures as `n.to_string()` writes it (no sign, no
/// leading zero).
fn is_decimal(text: &str, n: u32) -> bool {
    !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'))
        && text.parse() == Ok(n)
}

/// One item of [`Labels`], as a label line is compared with it.
struct LabelItem {
    id: ItemId,
    /// Its number in the form.
    number: &'static str,
    /// Its bare label and its heading words, folded, each with its length in characters.
    bare: (String, usize),
    head: (String, usize),
    /// How many lists it is in (the `[]` of its pattern).
    lists: usize,
}

/// The form's items with their numbers and folded labels, made once per form.
struct Labels {
    /// Each item of the form but the cover's.
    items: Vec<LabelItem>,
    /// The first characters of the labels, sorted, each with the items (positions in `items`,
    /// in order) whose bare label or heading words start with it: a line starting with none
    /// names no item, and a line names only items of its first character's list.
    starts: Vec<(char, Vec<usize>)>,
    /// The [`low_bits`] of the characters of `starts`.
    mask: u128,
    /// The blocks of the characters a label line's key starts with: those of `starts`, the
    /// circled numbers and the figures (a mark's).
    blocks: CharBlocks,
}

impl Labels {
    /// The labels of `form`'s items.
    fn new(form: AssessmentKind) -> Labels {
        let mut items = Vec::new();
        for id in ItemId::of_form(form) {
            let Some(number) = id
                .number(form)
                .filter(|n| !n.starts_with(crate::form::COVER))
            else {
                continue;
            };
            // Today's label and those of the earlier revisions (`所属長` for `所属長の役職名`).
            let today = id.label_in(form).unwrap_or(id.label());
            let mut seen: Vec<&str> = Vec::new();
            for label in std::iter::once(today).chain(crate::form::labels(id)) {
                if seen.contains(&label) {
                    continue;
                }
                seen.push(label);
                let bare = squeeze(label.rsplit('　').next().unwrap_or(label));
                let head = squeeze(label.split('　').next().unwrap_or(label));
                items.push(LabelItem {
                    id,
                    number,
                    bare: (bare.clone(), bare.chars().count()),
                    head: (head.clone(), head.chars().count()),
                    lists: id.pattern().matches("[]").count(),
                });
            }
        }
        let mut lists: std::collections::BTreeMap<char, Vec<usize>> = Default::default();
        let mut everywhere = Vec::new();
        for (at, item) in items.iter().enumerate() {
            let (b, h) = (item.bare.0.chars().next(), item.head.0.chars().next());
            // An empty label starts every line: its item is in every list.
            if b.is_none() || h.is_none() {
                everywhere.push(at);
            }
            for c in b.into_iter().chain(h.filter(|h| b != Some(*h))) {
                lists.entry(c).or_default().push(at);
            }
        }
        let starts: Vec<(char, Vec<usize>)> = lists
            .into_iter()
            .map(|(c, mut named)| {
                if !everywhere.is_empty() {
                    named.extend(&everywhere);
                    named.sort_unstable();
                    named.dedup();
                }
                (c, named)
            })
            .collect();
        let mask = low_bits(starts.iter().map(|(c, _): &(char, Vec<usize>)| *c));
        let blocks = CharBlocks::new(
            starts
                .iter()
                .map(|(c, _)| *c)
                .chain('①'..='⑳')
                .chain('0'..='9'),
        );
        Labels {
            items,
            starts,
            mask,
            blocks,
        }
    }
}

/// Reads `line` as a label line, if it names exactly one item (`files`: how many files the
/// report has). A label whose words after it start another item's label (a register's header
/// row: `①事務の名称`, `②事務の内容` and `③対象人数` parted by tabs) is one of a row of labels:
/// the line names more than one item, so it names none, and its words are no value.
fn label_line<'l>(labels: &Labels, files: usize, line: &'l Line) -> Option<Label<'l>> {
    let label = first_label(labels, files, line)?;
    let rest = Line::new(line.no, label.rest);
    if !label.rest.is_empty() && first_label(labels, files, &rest).is_some() {
        return None;
    }
    Some(label)
}

/// The label `line` starts with, if it names exactly one item, whatever follows it on the line
/// ([`label_line`]).
fn first_label<'l>(labels: &Labels, files: usize, line: &'l Line) -> Option<Label<'l>> {
    // The cheap test first: a line whose key starts with no number and no label's first
    // character is a line without a mark whose text starts no label.
    // (A key whose first character's block holds none it can start with is not decoded.)
    if !labels.blocks.may_start(line.key()) {
        return None;
    }
    let first = line.key().chars().next()?;
    // (A character whose bit is not in the mask starts no label: the cheap test before the
    // search.)
    let starts = |c: char| {
        if has_low_bit(labels.mask, c) {
            labels.starts.binary_search_by_key(&c, |(c, _)| *c)
        } else {
            Err(0)
        }
    };
    let (mark, rest, folded, label_first) = if is_circled(first) || first.is_ascii_digit() {
        // The cheap test first: the label's first character is the key's first (no mark was
        // read) or the one after the mark as the key holds it (the circled number, or the
        // figures and a full stop).
        if after_mark(line.key(), first).is_none_or(|c| starts(c).is_err())
            && starts(first).is_err()
        {
            return None;
        }
        let (mark, rest) = mark_of(&line.text);
        // The folded `rest`: the line's key after the mark, whose every character folds to one
        // of the key's (a circled number, figures, a full stop).
        let t = line.text.trim_start();
        let marked = t
            .get(..t.len().saturating_sub(rest.len()))
            .map_or(0, |m| m.chars().count());
        let folded = match line.key().char_indices().nth(marked) {
            Some((at, _)) => line.key().get(at..)?,
            None => "",
        };
        (mark, rest, folded, folded.chars().next()?)
    } else {
        // A key that starts with neither a circled number nor a figure is of a text that starts
        // with neither (white space folds out, figures fold to figures): [`mark_of`] would find
        // no mark, and the whole key is the label's. (The text is not trimmed: [`after_chars`]
        // passes over white space.)
        (Mark::None, line.text.as_ref(), line.key(), first)
    };
    // The first character first: most lines start no label.
    let at = starts(label_first).ok()?;
    let (_, named) = labels.starts.get(at)?;
    let mut found: Option<(&LabelItem, usize)> = None;
    let mut count = 0;
    for item in named.iter().filter_map(|&at| labels.items.get(at)) {
        // The label first: it is the cheaper test.
        let used = if folded.starts_with(item.bare.0.as_str()) {
            item.bare.1
        } else if matches!(mark, Mark::Heading(_)) && folded.starts_with(item.head.0.as_str()) {
            item.head.1
        } else {
            continue;
        };
        if !fits(item.number, mark) {
            continue;
        }
        // One item's labels of two revisions, one the start of the other (`所属長`,
        // `所属長の役職名`): the longer that the line holds.
        match found {
            Some((earlier, longest)) if earlier.id == item.id => {
                if used > longest {
                    found = Some((item, used));
                }
            }
            _ => {
                count += 1;
                found = Some((item, used));
            }
        }
    }
    let (found, used) = found.filter(|_| count == 1)?;
    let rest = after_chars(rest, used);
    let id = found.id;
    let item = match found.lists {
        0 => Some((id, Vec::new())),
        // A file's own item: the only file's.
        1 if id.pattern().starts_with("files[]") && files == 1 => Some((id, vec![0])),
        _ => None,
    };
    Some(Label { id, item, rest })
}

/// The character of `key` (a line's key, starting with `first`) after the mark [`mark_of`]
/// reads from its text: after a circled number, or after figures and a full stop.
fn after_mark(key: &str, first: char) -> Option<char> {
    let mut chars = key.chars();
    if is_circled(first) {
        chars.next();
        return chars.next();
    }
    let mut rest = chars.skip_while(char::is_ascii_digit);
    (rest.next() == Some('.')).then(|| rest.next()).flatten()
}

/// `text` after its first `n` characters that are not white space or note marks.
fn after_chars(text: &str, n: usize) -> &str {
    let mut seen = 0;
    let mut rest = text.chars();
    while seen < n {
        match rest.next() {
            Some(c) if !c.is_whitespace() && !matches!(c, '※' | '*') => seen += 1,
            Some(_) => {}
            None => return "",
        }
    }
    rest.as_str()
        .trim_matches(|c: char| c.is_whitespace() || c == '※')
}

/// Whether `text` is only brackets, parentheses, marks and spaces (a box's fragment).
fn is_junk(text: &str) -> bool {
    text.chars().all(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '[' | ']' | '［' | '］' | '○' | '〇' | '（' | '）' | '(' | ')' | '※'
            )
    })
}

/// Whether `text` opens or continues a ＜選択肢＞ list: its folded text starts with an option's
/// number (`1)`) or holds 「選択肢」.
fn is_option_line(text: &str) -> bool {
    // The number read from the folded characters as they come, without the folded text.
    let mut folded = crate::import::fill::squeezed_chars(text).peekable();
    let mut digits = 0;
    while folded.next_if(char::is_ascii_digit).is_some() {
        digits += 1;
    }
    if digits > 0 && folded.next() == Some(')') {
        return true;
    }
    // Folding leaves `肢` as it is: a text without it is not folded (the cheap test first).
    super::choices::holds(text, '肢') && super::choices::names_options(&squeeze(text))
}

/// Whether `text` is one selection in brackets (`[ 値 ]`, `][ 値`): brackets at its ends only.
fn is_selection(text: &str) -> bool {
    let t = text.trim();
    // `] 名称` closes a box whose mark went elsewhere: a fragment, not a selection.
    let opens = t.starts_with(['[', '［']) || t.starts_with("][") || t.starts_with("］［");
    if !opens && !t.ends_with([']', '］']) {
        return false;
    }
    let inner =
        text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '[' | ']' | '［' | '］'));
    !inner.is_empty() && !inner.contains(['[', ']', '［', '］', '○'])
}

/// `][ 値 ]` → `値`.
fn unbracketed(text: &str) -> String {
    squeeze(text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '[' | ']' | '［' | '］')))
}

/// Whether the field of `id` at `indices` reads `text` as its type.
pub(super) fn reads(
    report: &Report,
    scratch: &mut Report,
    id: ItemId,
    indices: &[usize],
    text: &str,
    options: &HashSet<String>,
) -> bool {
    let Some(field) = field_at(report, id, indices) else {
        return false;
    };
    // (Asked only of the types that read free text: the test folds a copy of the text.)
    let free =
        || !text.contains(['[', ']', '［', '］', '○']) && !options.contains(&unbracketed(text));
    let trial = |scratch: &mut Report| {
        let cell = Cell {
            lines: vec![(0, text.to_owned())],
            displaced: true,
        };
        let ok = field_at_mut(scratch, id, indices).and_then(|f| {
            let read = f.fill(&cell);
            f.clear();
            read
        });
        ok.is_some()
    };
    match field.value() {
        Value::Text(_) | Value::Texts(_) => free(),
        // An option as the list prints it, or a selection in brackets the item reads: another
        // revision's or form's spelling of an option (`[ 1,000人未満 ]` of the 重点 and 全項目
        // lists, `1,000人未満（任意実施）` of the 基礎's) is known to the item, not to `list`.
        Value::Choice { options: list, .. } => {
            let t = unbracketed(text);
            list.iter().any(|o| squeezed(o) == t) || (is_selection(text) && trial(scratch))
        }
        // (The words of a law first: the cheap test.)
        Value::Basis(_) => text.contains(['法', '条', '令']) && free() && trial(scratch),
        Value::Date(_) => {
            let dates = dates_in(text);
            dates.len() == 1 && squeezed(text).chars().count() <= DATE_VALUE_CHARS && trial(scratch)
        }
        Value::Label(_) => is_selection(text) && trial(scratch),
        _ => false,
    }
}

/// Whether the item `id` at `indices` is still empty in `report` and its type reads `text`
/// ([`reads`]): its label may take the text.
fn may_take(
    report: &Report,
    scratch: &mut Report,
    id: ItemId,
    indices: &[usize],
    text: &str,
    options: &HashSet<String>,
) -> bool {
    field_at(report, id, indices).is_some_and(|f| f.is_blank())
        && reads(report, scratch, id, indices, text, options)
}

/// The unread lines this pass (and [`super::lone`]) may read: those of the [`LOOSE`] reasons.
pub(super) fn loose_lines(unread: &[(usize, UnreadReason)]) -> LineSet {
    unread
        .iter()
        .filter(|(_, r)| LOOSE.contains(r))
        .map(|(no, _)| *no)
        .collect()
}

/// Reads the values of stacked and misplaced labels among the loose lines of `range` (the body
/// before the 変更箇所); see the module docs.
// (Kept out of line, as the other passes are, so that a profile shows its cost on its own.)
#[inline(never)]
pub(super) fn read_stacks(
    lines: &[Line],
    range: (usize, usize),
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
    options: &HashSet<String>,
) {
    let form = report.form();
    let loose = loose_lines(unread);
    if loose.is_empty() {
        return;
    }
    let parts = &super::form_words::of(form).part_labels;
    // (The bits of the part labels' first characters, before a line's key is hashed to look
    // it up among them.)
    let part_starts = low_bits(parts.iter().filter_map(|p| p.chars().next()));
    let is_part = |key: &str| {
        key.chars()
            .next()
            .is_none_or(|c| has_low_bit(part_starts, c))
            && parts.contains(key)
    };
    let labels = per_form!(Labels, Labels::new, form);
    // One empty block of each kind, to ask a numbered block's item what its type reads.
    let blocks = crate::report::skeleton(form);
    let mut block_scratch = crate::report::skeleton(form);
    let mut scratch = Report::empty(form);
    scratch
        .files
        .resize_with(report.files.len(), Default::default);
    let body = super::choices::lines_within(lines, range);
    let files = report.files.len();
    let mut read: Vec<usize> = Vec::new();
    let mut i = 0;
    // The first loose line at or after `i` (a cursor: `i` only moves on), and where the lines
    // up to it were last looked at from: none of them from there on ends a stack.
    let mut next_loose = 0;
    let mut clear: Option<(usize, usize)> = None;
    while i < body.len() {
        // Only a stack that reaches a loose line reads anything. A line that is neither blank,
        // loose nor a label ends any stack and its paragraphs, so a stack begun before the last
        // such line ahead of the next loose line reads nothing, and the scan, which stops on
        // that line, goes on after it: the labels are looked for near the loose lines only.
        next_loose = next_loose.max(i);
        while body.get(next_loose).is_some_and(|l| !loose.contains(l.no)) {
            next_loose += 1;
        }
        // (A stack right under loose lines is looked at all the same, whether or not loose
        // lines follow: a block drawn values first, [`block_values_above`].)
        let under_loose = i
            .checked_sub(1)
            .and_then(|above| body.get(above))
            .is_some_and(|l| loose.contains(l.no))
            && body
                .get(i)
                .is_some_and(|l| label_line(labels, files, l).is_some());
        if next_loose >= body.len() && !under_loose {
            break;
        }
        let ends_stacks = |k: &usize| {
            body.get(*k).is_some_and(|l| {
                !l.text.trim().is_empty() && label_line(labels, files, l).is_none()
            })
        };
        // (Each line looked at once for the same next loose line.)
        let from = match clear {
            Some((loose_at, from)) if loose_at == next_loose => from,
            _ => next_loose,
        };
        if i < from && !under_loose {
            if let Some(end) = (i..from).rev().find(ends_stacks) {
                i = end + 1;
            }
            clear = Some((next_loose, i));
        }
        let Some(first) = body.get(i).and_then(|l| label_line(labels, files, l)) else {
            i += 1;
            continue;
        };
        // The stack: label lines with blank lines between them; the last may carry a value.
        let mut stack = vec![(body.get(i).map_or(0, |l| l.no), first)];
        let mut j = i + 1;
        while let Some(line) = body.get(j) {
            if line.text.trim().is_empty() {
                j += 1;
                continue;
            }
            if stack
                .last()
                .is_some_and(|(_, l)| l.rest.is_empty() || is_option_line(l.rest))
            {
                if let Some(label) = label_line(labels, files, line) {
                    // A heading and its item's own label name one item once.
                    if stack
                        .last()
                        .is_some_and(|(_, l)| l.item.is_some() && l.item == label.item)
                    {
                        stack.pop();
                    }
                    stack.push((line.no, label));
                    j += 1;
                    continue;
                }
            }
            break;
        }
        let below_stack = j;
        // A numbered block's labels stacked right under the block's heading are that block's.
        if let Some((list, indices)) = block_above(form, body, i, &stack, files) {
            of_the_block(&mut stack, list, &indices);
        } else if let Some((list, indices, values)) =
            block_values_above(form, body, i, &stack, files, &loose)
        {
            // Its values drawn between the heading and the labels, one a label in turn.
            of_the_block(&mut stack, list, &indices);
            let fits = values.iter().zip(&stack).all(|(line, (_, label))| {
                value_fits_label(report, &mut scratch, label, line.text.trim(), options)
            });
            if fits {
                for (line, (_, label)) in values.iter().zip(&stack) {
                    if fill_label(form, report, trace, label, &[(line.no, line.text.trim())]) {
                        read.push(line.no);
                    }
                }
            }
        }
        // The first label's value printed above it: filled before the paragraphs under the
        // stack are shared out among the labels left.
        let above = value_above_first(form, body, i, &stack, &loose);
        if let (Some(above), Some((_, first))) = (above, stack.first()) {
            let text = above.text.trim();
            let fits = match &first.item {
                Some((id, ix)) => may_take(report, &mut scratch, *id, ix, text, options),
                None => false,
            };
            if fits && fill_label(form, report, trace, first, &[(above.no, text)]) {
                read.push(above.no);
                stack.remove(0);
            }
        }
        // The paragraphs: an inline value, then loose lines up to anything else.
        // (Their lines borrowed: only a paragraph filled into a cell is copied.)
        let mut paragraphs: Vec<Vec<(usize, &str)>> = Vec::new();
        if let Some((no, last)) = stack.last() {
            if !last.rest.is_empty() && !is_option_line(last.rest) && loose.contains(*no) {
                paragraphs.push(vec![(*no, last.rest)]);
            }
        }
        let mut blank = true;
        while let Some(line) = body.get(j) {
            let t = line.text.trim();
            if t.is_empty() {
                blank = true;
                j += 1;
                continue;
            }
            // A box's fragment (not a chosen option in brackets) is another cell's.
            let boxed = t.contains(['[', ']', '［', '］', '○']) && !is_selection(t);
            if !loose.contains(line.no)
                || label_line(labels, files, line).is_some()
                // (`t` folded is the line's key: trimming takes off only white space.)
                || is_part(line.key())
                || (boxed && !is_junk(t))
            {
                break;
            }
            if is_junk(t) || is_option_line(t) || super::classify::is_page_number(t) {
                blank = true;
                j += 1;
                continue;
            }
            match paragraphs.last_mut() {
                Some(p) if !blank => p.push((line.no, t)),
                _ => paragraphs.push(vec![(line.no, t)]),
            }
            blank = false;
            j += 1;
        }
        i = j.max(i + 1);
        // A paragraph that begins on the line right under the last label, no blank line
        // between (one cell's lines follow each other without one), is that label's cell —
        // where the stack's labels stand parted by blank lines, so that a blank line shows a
        // cell's end here. Labels line after line (a text without blank lines) show nothing:
        // the lines under the last one may be any label's.
        let parted = stack
            .iter()
            .zip(stack.iter().skip(1))
            .all(|((above, _), (below, _))| *below > above + 1);
        let last_no = stack.last().map(|(no, _)| *no);
        let under_last = |p: &Vec<(usize, &str)>| {
            parted
                && p.first()
                    .is_some_and(|(no, _)| last_no.is_some_and(|l| *no == l + 1))
        };
        let mut takers: Vec<Vec<usize>> = paragraphs
            .iter()
            .map(|p| {
                let text = super::text::join_numbered(p);
                stack
                    .iter()
                    .enumerate()
                    .filter(|(_, (_, l))| match &l.item {
                        Some((id, ix)) => may_take(report, &mut scratch, *id, ix, &text, options),
                        // A numbered block's item is never filled here, but a text its type
                        // reads may be its (a system's name under `③システムの名称`): then
                        // the paragraph is no other label's for want of a taker.
                        None => {
                            let first = first_block(l.id);
                            reads(&blocks, &mut block_scratch, l.id, &first, &text, options)
                        }
                    })
                    .map(|(k, _)| k)
                    .collect()
            })
            .collect();
        if let (Some(p), Some(t)) = (paragraphs.first(), takers.first_mut()) {
            let last = stack.len().saturating_sub(1);
            if under_last(p) && t.contains(&last) {
                *t = vec![last];
            }
        }
        // More paragraphs than labels: the ones after the n-th are another cell's only when
        // no stacked label reads any of them.
        if takers.len() > stack.len() && takers.iter().skip(stack.len()).any(|t| !t.is_empty()) {
            continue;
        }
        let n = stack.len().min(paragraphs.len());
        let (Some(paragraphs), Some(takers)) = (paragraphs.get(..n), takers.get(..n)) else {
            continue;
        };
        // Every paragraph read by exactly one label, no label taking two; else, a column
        // printed after its labels, read in their order.
        let mut taken = HashSet::new();
        let unique = takers
            .iter()
            .all(|t| t.len() == 1 && t.first().is_some_and(|k| taken.insert(*k)));
        let cells: Vec<(usize, Vec<(usize, &str)>)> = if unique {
            let labelled = takers.iter().filter_map(|t| t.first().copied());
            labelled.zip(paragraphs.iter().cloned()).collect()
        } else {
            let under = body.get(below_stack..).unwrap_or_default();
            let stops = |l: &Line<'_>| {
                let t = l.text.trim();
                label_line(labels, files, l).is_some()
                    || is_part(l.key())
                    || is_option_line(t)
                    || is_junk(t)
            };
            let prose: Vec<bool> = stack.iter().map(|(_, l)| is_prose(&blocks, l.id)).collect();
            let Some(groups) = in_order(form, &stack, &prose, under, &loose, trace, stops) else {
                continue;
            };
            let mut cells = Vec::new();
            for (k, (group, (_, label))) in groups.iter().zip(&stack).enumerate() {
                let lines: Vec<(usize, &str)> =
                    group.iter().map(|l| (l.no, l.text.trim())).collect();
                let unread_lines = lines.iter().all(|(no, _)| loose.contains(*no));
                if !unread_lines {
                    // Its own value, read by its own reader (`in_order` checked).
                    continue;
                }
                let Some((id, ix)) = &label.item else {
                    // A systems list (基礎 Ⅰ1③, `super::lists_systems` below) is filled whole,
                    // when no system is named yet.
                    if label.id == ItemId::SystemName
                        && report.systems.iter().all(|s| s.name.is_empty())
                    {
                        cells.push((k, lines));
                    }
                    continue;
                };
                let Some(field) = field_at(report, *id, ix) else {
                    continue;
                };
                let text = super::text::join_numbered(&lines);
                if !field.is_blank() || !reads(report, &mut scratch, *id, ix, &text, options) {
                    cells.clear();
                    break;
                }
                cells.push((k, lines));
            }
            cells
        };
        for (k, mut p) in cells {
            let Some(&(label_no, ref label)) = stack.get(k) else {
                continue;
            };
            if k == 0 && label.id == ItemId::AffairDescription {
                let lead = lead_in_above(body, label_no, &loose, report);
                p.splice(0..0, lead);
            }
            if fill_label(form, report, trace, label, &p) {
                read.extend(p.iter().map(|(no, _)| *no));
            }
        }
    }
    if !read.is_empty() {
        let read: LineSet = read.into_iter().collect();
        unread.retain(|(no, _)| !read.contains(*no));
    }
}

/// The 事務の内容's lead-in printed above its label, where the label heads a stack (様式3–4
/// Ⅰ1②: the 内容's first sentence names the law the 事務 rests on, and a tall row's label is
/// drawn amid its value, so the lines before the label are the value's first): the loose lines
/// between the line `label_no` and the 事務の名称's value above it, when the name is whole
/// (`…事務`) and the first of them names the law ([`leads_past`]), as the walk reads a lead-in
/// under a name it has not parted from its label (`super::parted`).
///
/// Reads `固定資産税に関する事務` / `地方税法及び架空市市税条例に基づく次の事務` / `②事務の内容 ※`
/// / `③対象人数` / `①土地の評価` …: the second line opens the 内容; so does a heading in
/// brackets over the law's line (`【概要】` / `架空町条例に基づき、…`). Refuses the same lead-in
/// under a name not whole (`架空金の貸与に関する`: the line may be its rest), a first line that
/// names no law (`次の事務を行う。`, or `【概要】` / `次の事務を行う。`), and a line between read
/// by another item.
fn lead_in_above<'l>(
    body: &'l [Line],
    label_no: usize,
    loose: &LineSet,
    report: &Report,
) -> Vec<(usize, &'l str)> {
    let at = body.partition_point(|l| l.no < label_no);
    let mut lead: Vec<(usize, &'l str)> = Vec::new();
    for line in body.get(..at).unwrap_or_default().iter().rev() {
        let t = line.text.trim();
        if t.is_empty() {
            continue;
        }
        if loose.contains(line.no) {
            lead.push((line.no, t));
            continue;
        }
        // The line above the loose ones: the name's last line, if it is the name's end.
        let name = report.affair.name.trim();
        let under_the_name = !name.is_empty() && name.ends_with(t);
        // The law named by the first line, or by the line after a heading of its own in
        // brackets (`【概要】`) that opens the 内容.
        let mut opening = lead.iter().rev().map(|(_, l)| *l);
        let first = match opening.next() {
            Some(heading) if is_bracketed_heading(heading) => opening.next(),
            first => first,
        };
        let names_the_law = first.is_some_and(|first| leads_past(t, first));
        if under_the_name && names_the_law {
            lead.reverse();
            return lead;
        }
        break;
    }
    Vec::new()
}

/// The block a stack of a numbered block's labels stands in (its list's pattern, through its
/// `[]`, and its indices), where the form shows which: the stack's first label is the block's
/// first item (`①`), and the line above it (past blank lines) is the block's heading — a
/// system's (`システム2`, 様式3–4 Ⅰ2) or, in a report of one file, a 委託事項's, 提供先's or
/// 移転先's (`提供先3`, 様式3–4 Ⅱ4–5). A block's items follow its heading, so labels that do
/// are its own, and their values under them are read as a stack's are.
///
/// Reads `システム2` / `①システムの名称` / `②システムの機能` as system 2's. Refuses the same
/// labels under `２．特定個人情報ファイルを取り扱う事務において使用するシステム` (no block
/// named), under `システム2` with a line between, and a stack opened by `②システムの機能`.
fn block_above(
    form: AssessmentKind,
    body: &[Line],
    first_at: usize,
    stack: &[(usize, Label<'_>)],
    files: usize,
) -> Option<(&'static str, Vec<usize>)> {
    let above = body
        .get(..first_at)?
        .iter()
        .rev()
        .find(|l| !l.text.trim().is_empty())?;
    block_of_heading(form, above, stack, files)
}

/// Whether item `id`'s label names a 名称 (a name: `システムの名称`, `特定個人情報ファイル名`),
/// whose value is one line and no sentence.
fn names_a_name(id: ItemId) -> bool {
    let label = id.label();
    label.ends_with("名称") || label.ends_with('名')
}

/// Whether `text`, one line drawn before its label ([`block_values_above`]), is of `label`'s
/// type: a name's line holds no sentence (`。`), a free text's ends one, and the item, still
/// blank, reads it ([`may_take`]).
fn value_fits_label(
    report: &Report,
    scratch: &mut Report,
    label: &Label<'_>,
    text: &str,
    options: &HashSet<String>,
) -> bool {
    let typed = if names_a_name(label.id) {
        !text.contains('。')
    } else {
        text.ends_with('。')
    };
    let Some((id, indices)) = &label.item else {
        return false;
    };
    typed && may_take(report, scratch, *id, indices, text, options)
}

/// Marks the labels of `stack` that are items of the block `list` at `indices` as that block's.
fn of_the_block(stack: &mut [(usize, Label<'_>)], list: &str, indices: &[usize]) {
    for (_, label) in stack {
        let of_the_block = label
            .id
            .pattern()
            .strip_prefix(list)
            .is_some_and(|rest| rest.matches("[]").count() == 0);
        if label.item.is_none() && of_the_block {
            label.item = Some((label.id, indices.to_vec()));
        }
    }
}

/// A numbered block drawn values first (a PDF text's drawing order, block by block: `システム1`
/// / `架空システム` / `甲を管理する。` / `①システムの名称` / `②システムの機能`): the block
/// [`block_above`] would give were the lines not there, and the lines between its heading and
/// its stack of labels, top down. They are loose (no other item read them), one under the other
/// with no blank line, one at least and no more than the labels; the caller gives each to the
/// label in its turn where each is of that label's type (a name's line holds no sentence, a free
/// text's ends one). Refuses (`None`) a line between that something read, a blank line between,
/// more lines than labels, and a stack that no block heading heads.
fn block_values_above<'b, 'l>(
    form: AssessmentKind,
    body: &'b [Line<'l>],
    first_at: usize,
    stack: &[(usize, Label<'_>)],
    files: usize,
    loose: &LineSet,
) -> Option<(&'static str, Vec<usize>, Vec<&'b Line<'l>>)> {
    let above = body.get(..first_at)?;
    let values_from = above
        .iter()
        .rposition(|l| !loose.contains(l.no) || l.text.trim().is_empty())
        .map_or(0, |at| at + 1);
    let values: Vec<&Line> = above.get(values_from..)?.iter().collect();
    let heading = above.get(values_from.checked_sub(1)?)?;
    if values.is_empty() || values.len() > stack.len() {
        return None;
    }
    let (list, indices) = block_of_heading(form, heading, stack, files)?;
    Some((list, indices, values))
}

/// The block `heading` names for `stack` ([`block_above`]): its list and indices.
fn block_of_heading(
    form: AssessmentKind,
    above: &Line,
    stack: &[(usize, Label<'_>)],
    files: usize,
) -> Option<(&'static str, Vec<usize>)> {
    let (_, first) = stack.first()?;
    if first.item.is_some() || !first.id.number(form)?.ends_with('①') {
        return None;
    }
    // The block's list: the first label's, through its last `[]` (`files[].provisions[]`).
    let pattern = first.id.pattern();
    let list = pattern.get(..pattern.rfind("[]")? + 2)?;
    if let Some(n) = super::series::system_heading(above.key()) {
        let n = n.checked_sub(1)?;
        return (list == "systems[]").then(|| (list, vec![n]));
    }
    let (kind, n) = super::walk::block_heading_number(&above.text)?;
    let kind_list = super::blocks::BLOCK_LISTS.get(kind)?;
    let n = usize::try_from(n).ok()?.checked_sub(1)?;
    (files == 1 && list.strip_prefix("files[].") == Some(*kind_list)).then(|| (list, vec![0, n]))
}

/// Whether `text` (trimmed) is a heading in brackets alone on its line (`【概要】`): a 内容's
/// own heading over its paragraph, no sentence. `【概要】架空の事務` (words after it) is not one.
fn is_bracketed_heading(text: &str) -> bool {
    text.starts_with('【') && text.ends_with('】') && text.matches('【').count() == 1
}

/// The line a stack's first label's value was printed on above it (a PDF text's drawing
/// order: a value set beside the middle of its row comes before its label), where the form
/// shows whose it is: the label is its section's first item (`①`) and has no value under it
/// (the stack's next label stands on the very next line), and the line stands between the
/// section's heading and the label, one line, loose, of no sentence (`。`). A section's
/// heading that is no item of its own holds no value, so the line is the first item's.
///
/// Reads `１．特定個人情報ファイルを取り扱う事務` / `架空の事務` / `①事務の名称` / `②事務の内容`;
/// refuses the same with a line between the heading and the name, with `①事務の名称` and
/// `②事務の内容` a line apart (① may hold its value under it), and a sentence above the label.
fn value_above_first<'b, 'l>(
    form: AssessmentKind,
    body: &'b [Line<'l>],
    first_at: usize,
    stack: &[(usize, Label<'_>)],
    loose: &LineSet,
) -> Option<&'b Line<'l>> {
    let [(first_no, first), (second_no, _), ..] = stack else {
        return None;
    };
    if *second_no != first_no + 1 || !first.rest.is_empty() {
        return None;
    }
    // The label's section: its number between the chapter's numeral and its `①`.
    let number = first.id.number(form)?;
    let section = number
        .strip_suffix('①')?
        .trim_start_matches(crate::form::is_roman_numeral);
    let above = body.get(first_at.checked_sub(1)?)?;
    let heading = body.get(first_at.checked_sub(2)?)?;
    let heading_number = super::classify::leading_number(heading.text.trim(), &['.', '．'])?.0;
    let in_place = above.no + 1 == *first_no
        && heading.no + 1 == above.no
        && super::classify::is_section_heading(&heading.text)
        && heading_number.to_string() == section;
    let text = above.text.trim();
    (in_place && loose.contains(above.no) && !text.is_empty() && !text.contains('。'))
        .then_some(above)
}

/// Fills `label`'s item with the lines `p`, traced as this pass's and inferred; whether it read
/// them.
fn fill_label(
    form: AssessmentKind,
    report: &mut Report,
    trace: &mut Trace,
    label: &Label<'_>,
    p: &[(usize, &str)],
) -> bool {
    let cell = Cell {
        lines: p.iter().map(|&(no, t)| (no, t.to_owned())).collect(),
        displaced: true,
    };
    let filled = match &label.item {
        Some((id, ix)) => field_at_mut(report, *id, ix)
            .and_then(|field| field.fill(&cell))
            .map(|_| vec![item_pointer(*id, ix)]),
        // A 基礎 systems list: every system it names (`super::fill`).
        None if super::lists_systems(form, label.id, &cell) => {
            let mut also = Vec::new();
            super::fill(report, label.id, &[0], &cell, &mut also).map(|_| {
                let named = also.iter();
                named.map(|(id, ix)| item_pointer(*id, ix)).collect()
            })
        }
        None => None,
    };
    let Some(pointers) = filled else {
        return false;
    };
    let (a, b) = cell.span().unwrap_or((0, 0));
    trace
        .values
        .extend(pointers.into_iter().map(|pointer| TracedValue {
            rule: std::borrow::Cow::Borrowed("stacks"),
            pointer,
            lines: [a, b],
            confidence: Confidence::Inferred,
        }));
    true
}

/// The lines under a stack, shared out among its labels in their order, where the text printed
/// the labels' column and then their values' column, one cell a line (a page run together and
/// parted at its cells, a text without blank lines):
///
/// - the labels stand line after line with nothing on them but the label, and they are one
///   section's items numbered one after the other (`①事務の名称`, `②事務の内容`, `③対象人数`);
/// - the lines under the last label (a blank line between the labels' column and the values'
///   allowed, as `pdftotext`'s default mode prints the two blocks), up to a blank line, a line
///   of the form's own words (`stops`: a label, a ＜選択肢＞ list, a box's brackets alone) or a
///   line something else read,
///   are the values' column (each of them unread, or the very line its label's item was read
///   from: a box its own reader read);
/// - a label that names a 名称 (a name) takes one line, which holds no sentence (`。`);
/// - as many lines as labels: one each; more: the one label of free text that is not a 名称
///   takes the lines left over (a choice, a date and a box list read one line each, but a box
///   list that is the last label takes the rows its own reader read at the column's end: a
///   system block's `③他のシステムとの接続`), the last of them ending a sentence (`。`), and
///   when it is the last label, the column must end at a line of the form's words or one
///   something else read (not at a blank line or the text's end, where the lines after may be
///   anyone's);
/// - where those lines hold a sentence the column wrapped (a line that ends in no `。`), such
///   lines are of one width (within [`WRAP_SLACK_CHARS`]) and every 名称's line is shorter: one
///   column wraps at one width, and a name wrapped there (or parted at its space in a page run
///   together: `架空市` / `架空事務`) would give its first line to its label and its rest to the
///   prose;
/// - a 名称's line right above the prose's sentences is shorter than their widest line: a line
///   as wide as theirs or wider is the prose's first line, wrapped (`…福祉サービ` / `スの支給を
///   決める。`), where the name was printed elsewhere (above its label, in drawing order). (A
///   text of no sentence, a 部署 above its 所属長, says nothing of the column's width.)
///
/// Anything else — labels out of the form's order (a PDF text's drawing order:
/// `①事務の名称` / `③他のシステムとの接続`), fewer lines than labels, a name taking a sentence,
/// two labels that could take more lines — shows no order to read by: `None`.
///
/// Reads (invented), under `①事務の名称` / `②事務の内容` / `③対象人数`, the lines `架空の事務` /
/// `甲を支給する。` / `[ 1,000人未満 ]` as ①, ② and ③ in turn; under `①事務の名称` /
/// `②事務の概要` / `③システムの名称`, `架空の事務` / `甲を受け付ける。` / `乙を通知する。` /
/// `架空システム` as ①, ② (two sentences) and ③. Refuses `甲を支給する。` / `架空の事務` /
/// `[ 1,000人未満 ]` (① would take a sentence), the same lines under `①事務の名称` / `③対象人数`
/// / `②事務の内容`, and `架空部` / `架空課長` / `見本` / `花子` under `①部署` / `②所属長の役職名`
/// (a name parted at its space: where the 部署 ends is not shown).
fn in_order<'b, 'l>(
    form: AssessmentKind,
    stack: &[(usize, Label<'_>)],
    prose: &[bool],
    under: &'b [Line<'l>],
    loose: &LineSet,
    trace: &Trace,
    stops: impl Fn(&Line<'_>) -> bool,
) -> Option<Vec<&'b [Line<'l>]>> {
    let (last, _) = stack.last()?;
    let labels_line_after_line = stack.windows(2).all(|w| match w {
        [(above, _), (below, _)] => *below == above + 1,
        _ => true,
    });
    if stack.len() < 2 || !labels_line_after_line || stack.iter().any(|(_, l)| !l.rest.is_empty()) {
        return None;
    }
    // One section's items numbered one after the other: the same number up to the circled
    // one, and circled numbers in a run.
    let mut previous: Option<(&str, char)> = None;
    for (_, label) in stack {
        let number = label.id.number(form)?;
        let circled = number.chars().last().filter(|c| is_circled(*c))?;
        let section = number.strip_suffix(circled)?;
        if let Some((before, c)) = previous {
            if before != section || char::from_u32(c as u32 + 1) != Some(circled) {
                return None;
            }
        }
        previous = Some((section, circled));
    }
    // The values' column: the lines under the last label (past the blank lines right under
    // it: `under` opens after them), each unread or its own label's (which label's is known
    // once the column is shared out: checked below).
    let mut column = 0;
    let mut expected = under.first().map_or(last + 1, |line| line.no);
    while let Some(line) = under.get(column) {
        if line.no != expected || line.text.trim().is_empty() {
            break;
        }
        if stops(line) || (!loose.contains(line.no) && !read_from(trace, line.no, None)) {
            break;
        }
        column += 1;
        expected += 1;
    }
    let ended_by_a_read_line = under
        .get(column)
        .is_some_and(|l| l.no == expected && !l.text.trim().is_empty());
    let is_name = |label: &Label<'_>| names_a_name(label.id);
    // The 基礎's ③システムの名称 (様式2 Ⅰ1③) lists the systems a line each: as the last label,
    // it takes the run of names that ends the column (bulleted or not), each marked as the
    // last is (a list is marked alike: `①甲の受付` / `・甲システム` are a 概要's entry and a
    // system).
    let (names, names_mark) = match stack.last() {
        Some((_, label)) if super::is_systems_list(form, label.id) => {
            let column_lines = under.get(..column)?;
            let last_mark = column_lines.last().map(|l| EntryMark::of(&l.text));
            let names = column_lines.iter().rev().take_while(|l| {
                is_listed_name(&l.text) && Some(EntryMark::of(&l.text)) == last_mark
            });
            (names.count(), last_mark)
        }
        _ => (0, None),
    };
    // A box list that its own reader read (a system block's `③他のシステムとの接続`, its rows
    // of boxes) takes those lines, at the column's end, when its label is the last.
    let own_rows = match stack.last().and_then(|(_, label)| label.item.as_ref()) {
        Some((id, ix)) => {
            let own = item_pointer(*id, ix);
            let column_lines = under.get(..column)?;
            let rows = column_lines.iter().rev();
            rows.take_while(|l| read_from(trace, l.no, Some(&own)))
                .count()
        }
        None => 0,
    };
    let list_lines = names.max(own_rows).max(1);
    // Where the prose before a list of names ends: a sentence's end, or an entry of a list
    // marked otherwise than the names (`②手当の支給` / `・甲システム`, `4` / `丙の照会` /
    // `1.甲システム`).
    let ends_prose = |group: &[Line<'_>]| {
        let Some(last) = group.len().checked_sub(1) else {
            return false;
        };
        let text = group.get(last).map_or("", |l| l.text.trim());
        let entry_before_names =
            names > 0 && is_entry(group, last) && Some(EntryMark::of(text)) != names_mark;
        text.ends_with('。') || entry_before_names
    };
    let left_over = column.checked_sub(stack.len() + list_lines - 1)?;
    let is_prose = |k: usize| prose.get(k).copied().unwrap_or(false);
    // The label that takes the lines left over: the one free text that is no 名称.
    let takes_the_rest = |k: usize, label: &Label<'_>| is_prose(k) && !is_name(label);
    let takers = stack
        .iter()
        .enumerate()
        .filter(|(k, (_, label))| takes_the_rest(*k, label));
    if left_over > 0 && takers.count() != 1 {
        return None;
    }
    let mut groups: Vec<&'b [Line<'l>]> = Vec::with_capacity(stack.len());
    let mut at = 0;
    for (k, (_, label)) in stack.iter().enumerate() {
        let prose_taker = takes_the_rest(k, label);
        let takes = if left_over > 0 && prose_taker {
            if k + 1 == stack.len() && !ended_by_a_read_line {
                return None;
            }
            1 + left_over
        } else if k + 1 == stack.len() {
            list_lines
        } else {
            1
        };
        let group = under.get(at..at + takes)?;
        at += takes;
        let ends = ends_prose(group);
        if takes > 1 && prose_taker && !ends {
            return None;
        }
        if is_name(label) && group.iter().any(|l| l.text.contains('。')) {
            return None;
        }
        // A line some reader read is its label's item's own value, or the column is not.
        let own = label.item.as_ref().map(|(id, ix)| item_pointer(*id, ix));
        let its_own = |no: usize| {
            own.as_deref()
                .is_some_and(|p| read_from(trace, no, Some(p)))
        };
        if group
            .iter()
            .any(|l| !loose.contains(l.no) && !its_own(l.no))
        {
            return None;
        }
        groups.push(group);
    }
    // A sentence the column wrapped (a line of the prose that ends in no `。` and is no list's
    // entry, which ends where its entry does): the names' lines, each shorter than every such
    // line, were not wrapped at the same width (a name wrapped there would give its first line
    // to the name and its rest to the prose).
    let chars = |line: &Line<'_>| line.text.trim().chars().count();
    let mut wrapped: Vec<usize> = Vec::new();
    for (label_at, ((_, label), group)) in stack.iter().zip(&groups).enumerate() {
        // (A box list's rows are no sentence wrapped.)
        if is_name(label) || !is_prose(label_at) || group.len() < 2 {
            continue;
        }
        for (k, line) in group.iter().enumerate() {
            if !is_entry(group, k) {
                wrapped.push(chars(line));
            }
        }
    }
    let (narrowest, widest) = (wrapped.iter().min(), wrapped.iter().max());
    let one_width = narrowest
        .zip(widest)
        .is_none_or(|(n, w)| w - n <= WRAP_SLACK_CHARS);
    let names_short = stack.iter().zip(&groups).all(|((_, label), group)| {
        !is_name(label)
            || group
                .iter()
                .all(|l| narrowest.is_none_or(|w| chars(l) < *w))
    });
    // A name's line right above the prose's sentences, as wide as their widest line or wider,
    // reads as the prose's first line the column wrapped (`…福祉サービ` / `スの支給を決める。`),
    // the name printed elsewhere.
    let labelled_groups: Vec<(&Label<'_>, &&[Line<'l>])> =
        stack.iter().map(|(_, l)| l).zip(&groups).collect();
    let names_above_prose_short =
        labelled_groups
            .windows(2)
            .enumerate()
            .all(|(k, pair)| match pair {
                [(label, group), (below, prose)]
                    if is_name(label) && is_prose(k + 1) && !is_name(below) =>
                {
                    let sentences = prose.iter().any(|l| l.text.contains('。'));
                    let widest = prose.iter().map(chars).max().unwrap_or(0);
                    !sentences || group.iter().all(|l| chars(l) < widest)
                }
                _ => true,
            });
    (at == column && one_width && names_short && names_above_prose_short).then_some(groups)
}

/// The mark a listed line opens with, for telling one list from the next
/// ([`super::is_systems_list`]): its bullet, a circled number (any), a list's number (any), or
/// none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EntryMark {
    /// `・甲システム`.
    Bullet(char),
    /// `①甲の受付`.
    Circled,
    /// `1.甲システム`, `（2）乙システム` ([`super::fill::strip_list_mark`]).
    Numbered,
    /// `甲システム`.
    Bare,
}

impl EntryMark {
    /// The mark `text` (a line) opens with.
    fn of(text: &str) -> EntryMark {
        let t = text.trim_start();
        match t.chars().next() {
            Some(c) if t.starts_with(super::fill::BULLETS) => EntryMark::Bullet(c),
            Some(c) if is_circled(c) => EntryMark::Circled,
            Some(_) if super::fill::strip_list_mark(t) != t.trim_end() => EntryMark::Numbered,
            _ => EntryMark::Bare,
        }
    }
}

/// Whether `text` may be a line of the 基礎's list of systems ([`super::is_systems_list`]): a
/// name ([`super::parted::is_name_line`]), after a bullet or a list's number or not
/// (`・架空システム`, `1.架空システム`, `架空システム`; not `・架空の受付を行う。`).
fn is_listed_name(text: &str) -> bool {
    super::parted::is_name_line(super::fill::strip_list_mark(text))
}

/// Whether line `k` of `group` (a column's lines shared to one label) is an entry of a list: it
/// ends a sentence or is a marked entry ([`super::parted::ends_prose_entry`]), or it opens with
/// a number set off by a space, or alone, or it is the words after such a number alone (`1
/// 甲の受付`, `1` / `甲の受付`: a page run together on one line prints a 概要's entries numbered
/// without a mark; not `甲の受付` under a line of prose, nor `10月に通知する` under one).
fn is_entry(group: &[Line<'_>], k: usize) -> bool {
    let first_word_a_number = |line: &Line<'_>| {
        let first = line.text.split_whitespace().next().unwrap_or("");
        !first.is_empty()
            && first
                .chars()
                .all(|c| crate::label::fold_char(c).is_ascii_digit())
    };
    let number_alone = |line: &Line<'_>| {
        first_word_a_number(line) && line.text.split_whitespace().nth(1).is_none()
    };
    let Some(line) = group.get(k) else {
        return false;
    };
    super::parted::ends_prose_entry(line.text.trim())
        || first_word_a_number(line)
        || k.checked_sub(1)
            .and_then(|above| group.get(above))
            .is_some_and(number_alone)
}

/// The list positions of item `id` in the first block of each list it is inside (none for an
/// item outside every block): where a report with one block of each kind holds it.
fn first_block(id: ItemId) -> Vec<usize> {
    vec![0; id.pattern().matches("[]").count()]
}

/// Whether item `id`'s value is free text (asked of `blocks`, a report with one block of each
/// kind): a choice, a date or a box list reads one line of a column, a free text may read
/// several.
fn is_prose(blocks: &Report, id: ItemId) -> bool {
    field_at(blocks, id, &first_block(id))
        .is_some_and(|f| matches!(f.value(), Value::Text(_) | Value::Texts(_)))
}

/// Whether a value of `trace` (the one at `pointer`, or any) was read from line `no`.
fn read_from(trace: &Trace, no: usize, pointer: Option<&str>) -> bool {
    trace.values.iter().any(|v| {
        let [first, last] = v.lines;
        pointer.is_none_or(|p| v.pointer == p) && (first..=last).contains(&no)
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::pdf;
    use super::*;
    use crate::import::{Draft, import};

    #[test]
    fn the_circled_numbers_are_one_range() {
        let listed: Vec<char> = super::super::form_words::CIRCLED.chars().collect();
        assert_eq!(listed.len(), 20);
        assert!(listed.iter().all(|&c| is_circled(c)));
        assert!(!is_circled('⓪') && !is_circled('㉑') && !is_circled('1'));
    }

    #[test]
    fn option_lines() {
        for line in ["＜選択肢＞", " 1) 行っている", "１） 十分である", "選 択肢"]
        {
            assert!(is_option_line(line), "{line}");
        }
        for line in ["1 行っている", ")", "十分である", "2018/4/1"] {
            assert!(!is_option_line(line), "{line}");
        }
    }

    #[test]
    fn marks_and_labels() {
        assert_eq!(mark_of("②所属長の役職名").0, Mark::Circled('②'));
        assert_eq!(mark_of("３．特定個人情報ファイル名").0, Mark::Heading(3));
        assert_eq!(mark_of("使用部署").0, Mark::None);
        let labels = Labels::new(AssessmentKind::Focused);
        // The item and the words after the label, of a line of `text`.
        let label_line = |files, text: &str| {
            label_line(&labels, files, &Line::new(0, text)).map(|l| (l.item, l.rest.to_owned()))
        };
        assert_eq!(after_mark("②所属長", '②'), Some('所'));
        assert_eq!(after_mark("12.監査", '1'), Some('監'));
        assert_eq!(after_mark("12監査", '1'), None);
        let (item, rest) = label_line(1, "②所属長の役職名 架空室長").unwrap();
        assert_eq!(item, Some((ItemId::AffairDepartmentHead, vec![])));
        assert_eq!(rest, "架空室長");
        // `法令上の根拠` without a number is Ⅰ4's; with ① it is a block's, never read here.
        let (item, _) = label_line(1, "法令上の根拠").unwrap();
        assert_eq!(item, Some((ItemId::AffairNumberUseBasis, vec![])));
        assert!(label_line(1, "①法令上の根拠").is_none_or(|(item, _)| item.is_none()));
        let (item, rest) = label_line(1, "４．個人番号の利用 ※").unwrap();
        assert_eq!(item, Some((ItemId::AffairNumberUseBasis, vec![])));
        assert!(rest.is_empty(), "{rest:?}");
        // `実施日` names two items: none.
        assert!(label_line(1, "①実施日").is_none());
        // A row of labels (a register's header row) names none, whatever it is parted by; a
        // label whose words after it only mention another item is one.
        assert!(label_line(1, "①事務の名称\t②事務の内容\t③対象人数").is_none());
        assert!(label_line(1, "①事務の名称 ②事務の内容").is_none());
        let (item, rest) = label_line(1, "①事務の名称 架空事務（②事務の内容を参照）").unwrap();
        assert_eq!(item, Some((ItemId::AffairName, vec![])));
        assert_eq!(rest, "架空事務（②事務の内容を参照）");
    }

    /// The trace's entry of the value at `pointer`.
    fn traced<'d>(draft: &'d Draft, pointer: &str) -> &'d TracedValue {
        let found = draft.trace.values.iter().find(|v| v.pointer == pointer);
        found.unwrap_or_else(|| panic!("{pointer} not traced"))
    }

    /// An invented 基礎 opening run into one line, as a document site gives a page, with Ⅰ1's
    /// three labels before their three values (`values` in their place).
    fn basic_page(values: &str) -> Draft {
        let text = format!(
            "特定個人情報保護評価書(基礎項目評価書) 評価書番号 7 評価書名 架空町 架空手当事務 基礎項目評価書 \
             評価実施機関名 架空町長 公表日 令和2年4月1日 [平成26年4月 様式2] Ⅰ 関連情報 \
             1.特定個人情報ファイルを取り扱う事務 {values} 2.特定個人情報ファイル名 架空ファイル"
        );
        import(&text).unwrap()
    }

    #[test]
    fn a_column_of_values_after_its_labels_is_read_in_their_order() {
        let draft = basic_page(
            "①事務の名称 ②事務の概要 ③システムの名称 架空手当事務 \
             手当の請求を受け付ける。 受給者に支払を通知する。 架空手当システム,宛名システム",
        );
        assert_eq!(draft.report.affair.name, "架空手当事務");
        assert!(
            draft
                .report
                .affair
                .description
                .as_deref()
                .is_some_and(|d| d.contains("通知する。"))
        );
        assert_eq!(
            super::super::tests::system_names(&draft),
            ["架空手当システム", "宛名システム"]
        );
        let traced = traced(&draft, "/affair/name");
        assert_eq!(
            (traced.rule.as_ref(), traced.confidence),
            ("stacks", Confidence::Inferred)
        );
    }

    #[test]
    fn the_basic_systems_list_takes_the_names_that_end_the_column() {
        // Reads: the systems a line each (bulleted), after the 概要's sentences.
        let draft = basic_page(
            "①事務の名称 ②事務の概要 ③システムの名称 架空手当事務 \
             手当の請求を受け付ける。 受給者に支払を通知する。 ・架空手当システム ・宛名システム",
        );
        assert_eq!(draft.report.affair.name, "架空手当事務");
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("手当の請求を受け付ける。\n受給者に支払を通知する。")
        );
        assert_eq!(
            super::super::tests::system_names(&draft),
            ["架空手当システム", "宛名システム"]
        );
        // Refuses: a sentence ends the column (no list of names ends it): nothing is shared out.
        let draft = basic_page(
            "①事務の名称 ②事務の概要 ③システムの名称 架空手当事務 \
             手当の請求を受け付ける。 ・架空手当システム ・宛名システムで支払を通知する。",
        );
        assert_eq!(draft.report.affair.name, "");
        assert_eq!(draft.report.affair.description, None);
    }

    #[test]
    fn a_list_numbered_without_a_mark_ends_the_basic_description() {
        // Reads: the 概要's entries `1 甲` … numbered without a mark, the systems `1.甲システム`.
        let draft = basic_page(
            "①事務の名称 ②事務の概要 ③システムの名称 架空手当事務 \
             手当法に基づき、次の事務を行う。 1 請求の受付 2 手当の支給 3 現況の確認 \
             1.架空手当システム 2.宛名システム",
        );
        assert_eq!(draft.report.affair.name, "架空手当事務");
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("手当法に基づき、次の事務を行う。\n1 請求の受付\n2 手当の支給\n3 現況の確認")
        );
        assert_eq!(
            super::super::tests::system_names(&draft),
            ["架空手当システム", "宛名システム"]
        );
        // Refuses: the last entry's words run into the names with no number of their own.
        let draft = basic_page(
            "①事務の名称 ②事務の概要 ③システムの名称 架空手当事務 \
             手当法に基づき、次の事務を行う。 請求の受付 1.架空手当システム 2.宛名システム",
        );
        assert_eq!(draft.report.affair.description, None);
    }

    #[test]
    fn the_basic_systems_list_is_marked_as_its_last_name_is() {
        // Reads: the 概要's circled entries end it, the bulleted names after them are ③'s.
        let draft = basic_page(
            "①事務の名称 ②事務の概要 ③システムの名称 架空手当事務 \
             手当の請求を受け付ける。 ①請求の受付 ②手当の支給 ・架空手当システム ・宛名システム",
        );
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("手当の請求を受け付ける。\n①請求の受付\n②手当の支給")
        );
        assert_eq!(
            super::super::tests::system_names(&draft),
            ["架空手当システム", "宛名システム"]
        );
        // Refuses: no line of names ends the column (the systems on one line, commas between):
        // an entry ends no 概要 then, and nothing is shared out.
        let draft = basic_page(
            "①事務の名称 ②事務の概要 ③システムの名称 架空手当事務 \
             手当の請求を受け付ける。 ①請求の受付 ②手当の支給 架空手当システム、宛名システム",
        );
        assert_eq!(draft.report.affair.description, None);
    }

    /// An invented 重点 opening a cell a line, Ⅰ1's three labels before `values`.
    fn focused_cells(values: &str) -> Draft {
        let text = format!(
            "特定個人情報保護評価書（重点項目評価書）\n評価書番号\n7\n評価書名\n架空手当事務 重点項目評価書\n\
             評価実施機関名\n架空町長\n公表日\n令和2年4月1日\n[平成28年1月 様式3]\nⅠ 基本情報\n\
             1.特定個人情報ファイルを取り扱う事務\n①事務の名称\n②事務の内容\n③対象人数\n{values}\n\
             ＜選択肢＞\n1) 1,000人未満\n2) 1,000人以上1万人未満\n3) 1万人以上10万人未満\n\
             4) 10万人以上30万人未満\n5) 30万人以上\n2.特定個人情報ファイルを取り扱う事務において使用するシステム\n"
        );
        import(&text).unwrap()
    }

    /// An invented 全項目 opening a cell a line: `name` under ①, then `lead`, then the ② and ③
    /// labels stacked over the 内容's list and the band.
    fn stacked_under_a_lead(name: &str, lead: &str) -> Draft {
        let text = format!(
            "特定個人情報保護評価書（全項目評価書）\n評価書番号\n7\n評価書名\n架空税事務 全項目評価書\n\
             評価実施機関名\n架空市長\n公表日\n令和2年4月1日\n[平成28年1月 様式4]\nⅠ 基本情報\n\
             １．特定個人情報ファイルを取り扱う事務\n①事務の名称\n{name}\n{lead}\n②事務の内容 ※\n\
             ③対象人数\n①土地の評価\n②家屋の評価\n[ 1万人以上10万人未満 ]\n＜選択肢＞\n\
             1) 1,000人未満\n2) 1,000人以上1万人未満\n3) 1万人以上10万人未満\n\
             4) 10万人以上30万人未満\n5) 30万人以上\n２．特定個人情報ファイルを取り扱う事務において使用するシステム\n"
        );
        import(&text).unwrap()
    }

    #[test]
    fn a_lead_in_above_a_stack_opens_the_description() {
        let draft = stacked_under_a_lead(
            "架空税に関する事務",
            "架空税法及び架空市税条例に基づく次の事務",
        );
        let description = draft.report.affair.description.as_deref();
        assert_eq!(
            description,
            Some("架空税法及び架空市税条例に基づく次の事務\n①土地の評価\n②家屋の評価")
        );
        assert_eq!(traced(&draft, "/affair/description").lines[0], 15);
        // A sentence that names no law may be anything (a note on the name): it stays unread.
        let draft = stacked_under_a_lead("架空税に関する事務", "次の事務を行う。");
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("①土地の評価\n②家屋の評価")
        );
        assert!(draft.trace.unread.iter().any(|u| u.lines == [15, 15]));
        // Under a name that is not whole, the line may be the name's rest.
        let draft = stacked_under_a_lead("架空金の貸与に関する", "架空条例に基づく事務");
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("①土地の評価\n②家屋の評価")
        );
        // A heading of the 内容's own in brackets over the law's line opens it too; over a line
        // that names no law, neither is read.
        let draft = stacked_under_a_lead("架空税に関する事務", "【概要】\n架空税法に基づき課す。");
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("【概要】\n架空税法に基づき課す。\n①土地の評価\n②家屋の評価")
        );
        let draft = stacked_under_a_lead("架空税に関する事務", "【概要】\n次の事務を行う。");
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("①土地の評価\n②家屋の評価")
        );
    }

    #[test]
    fn a_choice_in_the_column_takes_one_line_and_the_prose_the_rest() {
        let draft = focused_cells(
            "架空手当事務\n架空手当法に基づき、町民からの請求を受け付けて受給資格を認定\n\
             し、手当を支給する。\n[ 1,000人未満 ]",
        );
        assert_eq!(draft.report.affair.name, "架空手当事務");
        let description = draft
            .report
            .affair
            .description
            .as_deref()
            .unwrap_or_default();
        assert!(description.ends_with("支給する。"), "{description}");
        // (The 重点 list's spelling of the first option, which the 基礎's spells otherwise.)
        assert_eq!(
            draft.report.affair.subject_count,
            Some(crate::threshold::SubjectCountBand::Under1k)
        );
        // The prose's last line ends no sentence: where it ends is not shown.
        let draft = focused_cells(
            "架空手当事務\n架空手当法に基づき、町民からの請求を受け付けて受給資格を認定\n\
             し、手当を支給する\n[ 1,000人未満 ]",
        );
        assert_eq!(draft.report.affair.name, "");
        assert_eq!(draft.report.affair.description, None);
    }

    #[test]
    fn a_column_out_of_its_labels_order_is_not_read() {
        // ① would take a sentence.
        let draft = basic_page(
            "①事務の名称 ②事務の概要 ③システムの名称 手当の請求を受け付ける。 \
             架空手当事務 架空手当システム,宛名システム",
        );
        assert_eq!(draft.report.affair.name, "");
        // The labels out of the form's order.
        let draft = basic_page(
            "①事務の名称 ③システムの名称 ②事務の概要 架空手当事務 \
             架空手当システム,宛名システム 手当の請求を受け付ける。",
        );
        assert_eq!(draft.report.affair.name, "");
        assert!(draft.report.systems.iter().all(|s| s.name.is_empty()));
        // The 概要's lines are no whole sentences: where it ends is not shown.
        let draft = basic_page(
            "①事務の名称 ②事務の概要 ③システムの名称 架空手当事務 \
             手当の請求を 受け付ける。 架空手当システム,宛名システム",
        );
        assert_eq!(draft.report.affair.name, "");
    }

    /// An invented 基礎 text a cell a line: Ⅰ1's three labels, then `values`.
    fn basic_cells(values: &str) -> Draft {
        import(&format!(
            "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n\
             1.特定個人情報ファイルを取り扱う事務\n①事務の名称\n②事務の概要\n③システムの名称\n\
             {values}\n2.特定個人情報ファイル名\n架空ファイル\n"
        ))
        .unwrap()
    }

    #[test]
    fn a_column_of_values_a_blank_line_below_its_labels_is_read_in_their_order() {
        // `pdftotext`'s default mode: the labels' block, a blank line, the values' block.
        let text = |values: &str| {
            import(&format!(
                "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n\
                 5.評価実施機関における担当部署\n①部署\n②所属長の役職名\n\n{values}\n\n\
                 6.他の評価実施機関\n"
            ))
            .unwrap()
        };
        let draft = text("架空課\n架空課長");
        assert_eq!(draft.report.affair.department.as_deref(), Some("架空課"));
        assert_eq!(
            draft.report.affair.department_head.as_deref(),
            Some("架空課長")
        );
        // Refused: more lines than labels, where a name may be parted at its space.
        let draft = text("架空部\n架空課\n架空課長");
        assert_eq!(draft.report.affair.department, None);
    }

    #[test]
    fn a_first_items_value_above_its_label_under_the_sections_heading_is_read() {
        let text = |between: &str, gap: &str| {
            import(&format!(
                "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n\
                 1.特定個人情報ファイルを取り扱う事務\n{between}①事務の名称\n{gap}②事務の概要\n\
                 架空手当を支給する。\n③システムの名称\n架空システム\n"
            ))
            .unwrap()
        };
        let draft = text("架空手当の事務\n", "");
        assert_eq!(draft.report.affair.name, "架空手当の事務");
        assert_eq!(
            traced(&draft, "/affair/name").confidence,
            Confidence::Inferred
        );
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("架空手当を支給する。")
        );
        // Refused: a line between the heading and the value; a sentence above the label.
        assert_eq!(text("見本\n架空手当の事務\n", "").report.affair.name, "");
        assert_eq!(text("架空手当を支給する。\n", "").report.affair.name, "");
        // Refused: ① and ② a blank line apart, where ① may hold its value under it.
        assert_eq!(text("架空手当の事務\n", "\n").report.affair.name, "");
    }

    #[test]
    fn a_stack_of_an_earlier_revisions_labels_is_read() {
        // `②所属長` (the forms before 平成30年5月) as `②所属長の役職名`.
        let text = |head: &str| {
            format!(
                "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n\
                 5.評価実施機関における担当部署\n①部署\n{head}\n架空課\n架空課長\n\
                 6.他の評価実施機関\n"
            )
        };
        for head in ["②所属長", "②所属長の役職名"] {
            let draft = import(&text(head)).unwrap();
            assert_eq!(
                draft.report.affair.department.as_deref(),
                Some("架空課"),
                "{head}"
            );
            assert_eq!(
                draft.report.affair.department_head.as_deref(),
                Some("架空課長"),
                "{head}"
            );
        }
    }

    #[test]
    fn a_sentence_the_column_wrapped_goes_to_the_prose_label() {
        // The 概要 wrapped over two lines, each name shorter than the wrapped line.
        let draft = basic_cells(
            "架空手当の事務\n架空手当法に基づき、架空町が受け持つ手当の請求の受付と、受給\n\
             者への支払の通知を行う。\n架空手当システム、宛名システム",
        );
        assert_eq!(draft.report.affair.name, "架空手当の事務");
        assert_eq!(draft.report.systems.len(), 2);
        // A name as wide as the wrapped line may have been wrapped itself: not read.
        let draft = basic_cells(
            "架空手当の認定及び支給並びに架空特例給付の支給に関\nする事務\n\
             架空手当法に基づき受付を行う。\n架空手当システム",
        );
        assert_eq!(draft.report.affair.name, "");
        // A sentence's first line where the name stands, wider than every line of the prose
        // after it (the name printed elsewhere, drawing order): not read.
        let draft = basic_cells(
            "架空手当法に基づき、架空町が受け持つ手当の請求の受付と、受給\n者への支払の通知を行う。\n\
             架空の通知を送る。\n架空手当システム",
        );
        assert_eq!(draft.report.affair.name, "");
        assert_eq!(draft.report.affair.description, None);
    }

    #[test]
    fn a_block_label_that_may_take_the_text_leaves_it_to_no_label() {
        // ③ of 基礎 lists the systems (a numbered block's item, never filled here): the lines
        // under `②事務の概要` / `③システムの名称` may be either's — where their types do not
        // part them (`super::parted`: a last line of names, each ending as a system's, after
        // prose that ends there; here `…等` ends as no system's).
        let stacked = |names: &str| {
            import(&format!(
                "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n1.特定個人情報ファイルを取り扱う事務\n\
                 ①事務の名称\n架空の事務\n②事務の概要\n③システムの名称\n1.甲の受付\n2.乙の通知\n\
                 {names}\n2.特定個人情報ファイル名\n架空ファイル\n",
            ))
            .unwrap()
        };
        let draft = stacked("架空システム，宛名システム等");
        assert_eq!(draft.report.affair.description, None);
        let draft = stacked("架空システム，宛名システム");
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("1.甲の受付\n2.乙の通知")
        );
    }

    #[test]
    fn a_stack_is_read_where_only_one_label_reads_each_value() {
        // ③ is a box list: the free text below the stack is ①'s.
        let draft =
            pdf("Ⅲ　リスク対策\n\n ①事務の名称\n\n ③他のシステムとの接続\n\n架空の事務\n\n");
        assert_eq!(draft.report.affair.name, "架空の事務");
        assert_eq!(
            traced(&draft, "/affair/name").confidence,
            Confidence::Inferred
        );
        // Two free texts under two free-text labels: whose is whose cannot be read.
        let draft = pdf("Ⅲ　リスク対策\n\n ①事務の名称\n\n ②所属長の役職名\n\n架空の事務\n\n");
        assert_eq!(draft.report.affair.name, "");
        assert_eq!(draft.report.affair.department_head, None);
    }

    #[test]
    fn a_value_right_under_the_last_label_of_a_stack_is_its_own() {
        // Two free-text labels; the text follows the second with no blank line between.
        let draft = pdf(
            "Ⅱ　特定個人情報ファイルの概要\n\n １．特定個人情報ファイル名\n架空ファイル\n\n ２．基本情報\n\n ③使用目的　※\n\n 使用部署\n甲課、乙課、丙\n支所\n\n",
        );
        assert_eq!(
            draft.report.files[0].usage.departments.as_deref(),
            Some("甲課、乙課、丙支所")
        );
        assert_eq!(draft.report.files[0].usage.purpose, None);
        // A blank line between: whose the text is cannot be read.
        let draft = pdf(
            "Ⅱ　特定個人情報ファイルの概要\n\n １．特定個人情報ファイル名\n架空ファイル\n\n ２．基本情報\n\n ③使用目的　※\n\n 使用部署\n\n甲課、乙課、丙支所\n\n",
        );
        assert_eq!(draft.report.files[0].usage.departments, None);
    }

    #[test]
    fn a_basis_and_a_selection_find_their_labels() {
        let draft = pdf(
            " ７．他の評価実施機関\n\n―\n\n ①実施の有無\n\n ②法令上の根拠\n\n（1）情報照会の根拠\n架空法第19条第7号\n\n\nⅤ　評価実施手続\n\n ②しきい値判断結果 ＜選択肢＞\n1） 基礎項目評価及び重点項目評価の実施が義務付けられる\n\n][ 基礎項目評価及び重点項目評価の実施が義務付けられる\n\n",
        );
        assert!(draft.report.affair.info_linkage_basis.is_some());
        assert!(
            draft
                .report
                .procedures
                .basic_assessment
                .threshold_result
                .is_some()
        );
    }

    #[test]
    fn a_label_under_another_section_reads_its_own_line() {
        let draft = pdf(
            " ５．情報提供ネットワークシステムによる情報連携 ※\n\n ②所属長の役職名 架空担当室長\n\n ６．評価実施機関における担当部署\n\n",
        );
        assert_eq!(
            draft.report.affair.department_head.as_deref(),
            Some("架空担当室長")
        );
    }

    /// An invented 重点 opening whose two system blocks each print `heading` and the block's
    /// number (or nothing), then their three labels stacked over the name, the function and
    /// the rows of boxes (which the boxes' own reader reads, as the blocks print them alike).
    fn systems_stacked_under(heading: &str) -> Draft {
        let block = |n: u32, name: &str| {
            let heading = if heading.is_empty() {
                String::new()
            } else {
                format!("{heading}{n}\n")
            };
            format!(
                "{heading}①システムの名称\n②システムの機能\n③他のシステムとの接続\n{name}\n\
                 {name}で架空手当の認定と支払を管理する。\n{CONNECTION_ROWS}"
            )
        };
        two_systems(block)
    }

    /// A system block's rows of boxes (③他のシステムとの接続), 庁内連携 checked.
    const CONNECTION_ROWS: &str = "[ ] 情報提供ネットワークシステム [ ○ ] 庁内連携システム\n\
                                   [ ] 住民基本台帳ネットワークシステム [ ] 既存住民基本台帳システム\n\
                                   [ ] 宛名システム等 [ ] 税務システム\n[ ] その他 （ ）\n";

    /// An invented 重点 opening a cell a line whose Ⅰ2 holds `block(n, name)` for two systems.
    fn two_systems(block: impl Fn(u32, &str) -> String) -> Draft {
        let text = format!(
            "特定個人情報保護評価書（重点項目評価書）\n評価書番号\n7\n評価書名\n架空手当事務 重点項目評価書\n\
             評価実施機関名\n架空町長\n公表日\n令和2年4月1日\n[平成28年1月 様式3]\nⅠ 基本情報\n\
             １．特定個人情報ファイルを取り扱う事務\n①事務の名称\n架空手当事務\n\
             ２．特定個人情報ファイルを取り扱う事務において使用するシステム\n{}{}\
             ３．特定個人情報ファイル名\n架空手当ファイル\n",
            block(1, "架空手当システム"),
            block(2, "架空宛名システム"),
        );
        import(&text).unwrap()
    }

    #[test]
    fn a_blocks_labels_stacked_under_its_heading_take_the_column_in_order() {
        let draft = systems_stacked_under("システム");
        assert_eq!(
            super::super::tests::system_names(&draft),
            ["架空手当システム", "架空宛名システム"]
        );
        assert_eq!(
            draft.report.systems[1].functions.as_deref(),
            Some("架空宛名システムで架空手当の認定と支払を管理する。")
        );
        assert_eq!(traced(&draft, "/systems/0/name").rule, "stacks");
        // Under no block's heading, which system's labels they are is not shown: the columns
        // stay unread.
        let draft = systems_stacked_under("");
        assert!(draft.report.systems.iter().all(|s| s.name.is_empty()));
    }

    /// An invented 重点 opening whose two system blocks each print their heading, then the
    /// lines `values(name)`, then their three labels stacked over the rows of boxes.
    fn systems_drawn_values_first(values: fn(&str) -> String) -> Draft {
        two_systems(|n, name| {
            format!(
                "システム{n}\n{}①システムの名称\n②システムの機能\n③他のシステムとの接続\n\
                 {CONNECTION_ROWS}",
                values(name)
            )
        })
    }

    #[test]
    fn a_block_s_values_drawn_between_its_heading_and_its_labels_are_its_own() {
        // Reads: the name, then the function, each its label's in turn (the last block too).
        let draft =
            systems_drawn_values_first(|name| format!("{name}\n{name}で支払を管理する。\n"));
        assert_eq!(
            super::super::tests::system_names(&draft),
            ["架空手当システム", "架空宛名システム"]
        );
        assert_eq!(
            draft.report.systems[1].functions.as_deref(),
            Some("架空宛名システムで支払を管理する。")
        );
        assert_eq!(traced(&draft, "/systems/1/name").rule, "stacks");
        // Refuses: a line that is not of its label's type (a function that ends no sentence),
        // and a blank line between (which lines are the block's values is not shown).
        for values in [
            (|name: &str| format!("{name}\n{name}で支払を管理\n")) as fn(&str) -> String,
            |name| format!("{name}\n\n{name}で支払を管理する。\n"),
        ] {
            let draft = systems_drawn_values_first(values);
            assert!(draft.report.systems.iter().all(|s| s.name.is_empty()));
        }
    }
}
