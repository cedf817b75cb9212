//! A prose cell whose label a PDF text prints in the middle of it.
//!
//! A form's label is drawn at the vertical middle of its row; where the row's value is tall (a
//! 事務の内容 of several paragraphs), a text that writes a cell a line puts the label amid the
//! value's lines: `①事務の名称` / `架空事務` / `架空法に基づき、次の事務を行う。` /
//! `(1)甲の支給` / `②事務の内容` / `(2)乙の支給`. The walk ends the name where a line is no
//! name's ([`super::walk::ends_a_name`]: a sentence, a heading's bracket, a clause run over a
//! wrapped line; under a 事務's whole name, a line naming the law it rests on,
//! [`super::walk::leads_past_a_name`]) and leaves the lines up to the next label read by no item. This step gives
//! them to the prose item the **form** puts next (the 事務の内容 after the 事務の名称, the
//! システムの機能 after the システムの名称, in the same block) when:
//!
//! - the name's cell holds the name alone (no note `※…` on it, no definition `（以下…）` of
//!   its short form, after which notes follow);
//! - every line between the name's last line and the prose item's label is blank or one the
//!   walk left to no item, and the first of them is the one that ended the name;
//! - the label stands alone on its line (※ aside), or the words after it go on from the line
//!   above it, wrapped in mid-sentence (`…の意見書によ` / `②事務の内容 り程度を審査する。`,
//!   [`wraps_onto_label`]); and the prose item's cell goes on under it.
//!
//! A first step reads the 基礎's ②事務の概要 and ③システムの名称 labels set one under the other
//! amid the 概要's lines (様式2 Ⅰ1②③, [`share_under_stacked_labels`]): the names that end the
//! lines under them are ③'s, and the prose before them, with the lines the labels parted from
//! the name, ②'s — where the prose's last line shows that it ends there.
//!
//! A last step reads a system's name left empty whose value the print set beside the function's
//! label right under it (`①システムの名称` / `②システムの機能 甲システム` / `…を管理する。`,
//! [`give_back_system_names_beside_functions`]): the words beside the label are the name where they
//! end as a system's and the function goes on under its label.
//!
//! **Takes** the walk's [`Found`] and the text's lines. **Gives** the prose cells those lines
//! first, marked displaced (their values are inferred: the structure placed the lines), and the
//! stacked ③'s cell its names alone. **Refuses** lines that a label or another cell parts from
//! the name, a run whose first line could be the name's (no sentence: `架空事務` / `(続き)` /
//! `②事務の内容`) or is a note on it (`※架空システムは、…`), a label with a value on its own line
//! (its cell starts there), and stacked labels' lines whose prose does not show where it ends.

use super::arbiter::holds_words;
use super::fill::squeeze;
use super::limits::PROSE_LINE_CHARS;
use super::list_end::{ends_as_system, names_end_as_systems};
use super::text::Line;
use super::walk::{Found, Indices, Key, ends_a_name, leads_past_a_name, opens_a_note};
use crate::report::{Cell, ItemId, Report, Value, field_at};

/// A line of a cell: its number in the source and its text ([`Cell::lines`]).
type CellLine = (usize, String);

/// The name items and the prose item the form numbers after each (様式2 Ⅰ1①②, 様式3–4 Ⅰ1①②
/// and Ⅰ2①②).
const NAME_THEN_PROSE: [(ItemId, ItemId); 2] = [
    (ItemId::AffairName, ItemId::AffairDescription),
    (ItemId::SystemName, ItemId::SystemFunctions),
];

/// The text of line `no`, where one line of `lines` has that number (markup may make several of
/// one source line: those are not moved).
pub(super) fn text_of<'l>(lines: &'l [Line<'_>], no: usize) -> Option<&'l str> {
    let at = lines.partition_point(|l| l.no < no);
    match (lines.get(at), lines.get(at + 1)) {
        (Some(line), next) if line.no == no && next.is_none_or(|n| n.no != no) => {
            Some(line.text.as_ref())
        }
        _ => None,
    }
}

/// The lines numbered `nos` of `lines` ([`text_of`]), each with its number: a cell's lines.
fn numbered_texts(lines: &[Line<'_>], nos: &[usize]) -> Vec<(usize, String)> {
    nos.iter()
        .filter_map(|&no| text_of(lines, no).map(|t| (no, t.to_owned())))
        .collect()
}

/// Whether a cell's first line, the rest of its label's line, holds nothing of a value (a
/// note mark `※` aside).
fn is_bare(first: &str) -> bool {
    first.trim().trim_matches(['※', ' ', '　']).is_empty()
}

/// The lines between the end of a name item's value and the label of the prose item after it,
/// where the label parted them from the prose (see the module's docs): the lines that are not
/// blank, each left to no item, the first of them one that ends the name (none: the label stands
/// right under the name). `None` where a line between is another's, or could be the name's.
fn parted_lines(
    found: &Found,
    lines: &[Line],
    (name, indices): Key,
    name_end: usize,
    label_no: usize,
) -> Option<Vec<usize>> {
    let mut between = Vec::new();
    for no in name_end + 1..label_no {
        let text = text_of(lines, no)?;
        if !text.trim().is_empty() {
            between.push(no);
        }
    }
    let all_loose = between.iter().all(|no| found.stray.contains(no));
    // (A note on the name, `※架空システムは、…` or `確認：…`, is the name cell's or no item's,
    // never the next item's.)
    let name_cell = found.cells.get(&(name, indices));
    let ends_the_name = |t: &str| {
        let lead_in =
            name == ItemId::AffairName && name_cell.is_some_and(|c| leads_past_a_name(c, t));
        (ends_a_name(name, t) || lead_in) && !t.starts_with('※') && !opens_a_note(t)
    };
    let ended_the_name = match between.first() {
        None => true,
        Some(&no) => text_of(lines, no).map(str::trim).is_some_and(ends_the_name),
    };
    (all_loose && ended_the_name).then_some(between)
}

/// The last line of the name item `name`'s value in the cell at `indices`, where the cell
/// holds the name alone: no note on it (`※…`), no definition of its short form
/// (`（以下「甲」という。）`), after which any text may follow.
fn name_end(found: &Found, name: ItemId, indices: Indices) -> Option<usize> {
    let name_cell = found.cells.get(&(name, indices))?;
    let noted = name_cell
        .texts()
        .any(|t| t.starts_with('※') || super::DEFINITION_OPENINGS.iter().any(|o| t.contains(o)));
    if noted {
        return None;
    }
    name_cell
        .lines
        .iter()
        .filter(|(_, t)| !t.trim().is_empty())
        .map(|(no, _)| *no)
        .max()
}

/// Gives the lines a prose item's label parted from the rest of its value to the prose item's
/// cell (see the module's docs).
pub(super) fn join(found: &mut Found, lines: &[Line]) {
    share_under_a_row(found, lines);
    share_under_stacked_labels(found, lines);
    let mut moves: Vec<(Key, Vec<usize>, bool)> = Vec::new();
    for (key, cell) in &found.cells {
        let Some(&(name, _)) = NAME_THEN_PROSE.iter().find(|(_, prose)| *prose == key.0) else {
            continue;
        };
        let Some(name_end) = name_end(found, name, key.1) else {
            continue;
        };
        let Some(&(label_no, ref first)) = cell.lines.first() else {
            continue;
        };
        let goes_on = cell.texts().next().is_some();
        if !goes_on || label_no <= name_end + 1 {
            continue;
        }
        // (Lines the label parted from the prose: none, and the cell is as the walk read it.)
        let between = parted_lines(found, lines, (name, key.1), name_end, label_no);
        let Some(between) = between.filter(|b| !b.is_empty()) else {
            continue;
        };
        // The label's line holds nothing of the value, or the rest of the line above it.
        let keeps_rest = !is_bare(first);
        if keeps_rest && !wraps_onto_label(lines, &between, first) {
            continue;
        }
        moves.push((*key, between, keeps_rest));
    }
    for (key, held, keeps_rest) in moves {
        found.stray.retain(|no| !held.contains(no));
        let Some(cell) = found.cells.get_mut(&key) else {
            continue;
        };
        let mut joined = numbered_texts(lines, &held);
        // (A label's line that holds nothing of the value is left out.)
        let skip = usize::from(!keeps_rest);
        joined.extend(cell.lines.drain(..).skip(skip));
        cell.lines = joined;
        cell.displaced = true;
    }
}

/// The end of a prose value that the print set beside the next item's label (a text that
/// prints values a line down): `…支給を決` / `③対象人数 定し、給付費を支払う。`. The words on the
/// label's line are given back to the prose cell above where the types tell: the next item takes
/// no words (a ＜選択肢＞ answer, a date, a box: [`arbiter::holds_words`](super::arbiter::holds_words)),
/// the words end a sentence (`。`), and the prose's last line ends in mid-sentence
/// ([`ends_prose_entry`]) or the next item's own answer stands under its label (the words are
/// then one more sentence of the prose: `…を消除する。` / `③対象人数 写しを交付する。` /
/// `＜選択肢＞ [ 1万人以上10万人未満 ]`, the answer in the item's cell or on the line under,
/// [`holds_selection`]). The prose cell is marked displaced (its value
/// inferred). A system's name takes words but is never a sentence: where names stand under its
/// label (`…を給付する。` / `③システムの名称 養育医療券を交付する。` / `甲システム`, the 基礎's
/// list), the sentence beside it is the prose's too. Refuses a prose whose last line ends its
/// sentence where nothing stands under the next label (the words may be its answer's place: they
/// stay where the walk put them), words that end no sentence (`③対象人数 1万人以上10万人未満`: the
/// item's own answer), and a next item that takes words (the words may open its value) but a
/// system's name with names under it.
pub(super) fn give_back_prose_ends(found: &mut Found, report: &Report, lines: &[Line]) {
    // (The prose cell's place, the next cell's, and the lines that go back.)
    let mut moves: Vec<(usize, usize, Vec<CellLine>)> = Vec::new();
    let keys: Vec<Key> = found.cells.keys().copied().collect();
    for (at, pair) in keys.windows(2).enumerate() {
        let [prose_key, next_key] = pair else {
            continue;
        };
        let prose_item = matches!(
            field_at(report, prose_key.0, prose_key.1.as_slice()).map(|f| f.value()),
            Some(Value::Text(_))
        );
        if !prose_item {
            continue;
        }
        let (Some(prose), Some(next)) = (found.cells.get(prose_key), found.cells.get(next_key))
        else {
            continue;
        };
        let names_under = next_key.0 == ItemId::SystemName
            && next
                .lines
                .iter()
                .skip(1)
                .any(|(_, t)| ends_as_system(t.trim()));
        if holds_words(report, next_key.0, next_key.1.as_slice()) && !names_under {
            continue;
        }
        let Some((no, beside)) = next.lines.first() else {
            continue;
        };
        let beside = beside.trim();
        let last = prose.texts().last();
        let wraps = last.is_some_and(|l| !ends_prose_entry(l));
        // (Or the prose ended a sentence and the words are one more, while the next item's
        // own answer stands under its label: `…を消除する。` / `③対象人数 写しを交付する。` /
        // `＜選択肢＞ [ 1万人以上10万人未満 ]`.)
        let answered_under = next.lines.iter().skip(1).any(|(_, t)| !t.trim().is_empty())
            || text_of(lines, no + 1).is_some_and(holds_selection);
        let sentence_more = last.is_some() && answered_under;
        if (wraps || sentence_more) && beside.ends_with('。') {
            let mut words = vec![(*no, beside.to_owned())];
            if !names_under {
                words.extend(sentences_above_answer(next));
            }
            moves.push((at, at + 1, words));
        }
    }
    for (prose_at, next_at, words) in moves {
        if let Some((_, next)) = found.cells.get_index_mut(next_at) {
            if let Some(first) = next.lines.first_mut() {
                first.1.clear();
            }
            next.lines
                .retain(|line| !words.iter().skip(1).any(|w| w == line));
        }
        if let Some((_, prose)) = found.cells.get_index_mut(prose_at) {
            prose.lines.extend(words);
            prose.displaced = true;
        }
    }
}

/// The lines under the label of an item that takes no words (a ＜選択肢＞ item), in `cell`, that
/// are sentences before the item's answer: the prose the print moved down a line goes on there
/// (`③対象人数 …を助成する。` / `受給者証を交付し、…を支払う。` / `[ 1,000人以上1万人未満 ]`).
/// The run is lines of words (no bracket, no ＜選択肢＞), the last ending a sentence, and the
/// line after it holds the answer ([`holds_selection`]). Empty where it is not so
/// (`③対象人数 …を助成する。` / `[ 1,000人以上1万人未満 ]`: no line between; a run that ends
/// in mid-sentence or that no answer follows).
fn sentences_above_answer(cell: &Cell) -> Vec<CellLine> {
    let under: Vec<&CellLine> = cell
        .lines
        .iter()
        .skip(1)
        .filter(|(_, t)| !t.trim().is_empty())
        .collect();
    let run = under
        .iter()
        .take_while(|(_, t)| !t.trim_start().starts_with(['[', '［', '＜', '<']))
        .count();
    let ends_sentence = run
        .checked_sub(1)
        .and_then(|last| under.get(last))
        .is_some_and(|(_, t)| t.trim().ends_with('。'));
    let answer_after = under.get(run).is_some_and(|(_, t)| holds_selection(t));
    if !ends_sentence || !answer_after {
        return Vec::new();
    }
    under.into_iter().take(run).cloned().collect()
}

/// A system's name left empty whose value the print set beside the システムの機能's label right
/// under it (様式3–4 Ⅰ2①②): `①システムの名称` / `②システムの機能 架空税務システム` /
/// `課税と収納を管理する。`. A text that prints values a line down puts the name on the next
/// label's line, and the walk reads it as the function's first line. The form's types tell: the
/// words beside the label are a system's name on their own ([`is_name_line`], ending as one:
/// [`SYSTEM_NAME_WORDS`](super::list_end::SYSTEM_NAME_WORDS)), and the function goes on under
/// its label with a line that is no such name. Both cells are marked displaced (their values
/// inferred). (The 事務の名称 on the 事務の内容's line is `affair_name_a_line_down`'s, which
/// knows the 内容's lead-ins.)
///
/// Reads the example above: name `架空税務システム`, 機能 `課税と収納を管理する。`. Refuses a
/// name that holds a value of its own, labels with a line between them, words that are no
/// system's name (`②システムの機能 課税を管理する`: the function's own first line), and a
/// function with nothing under its label (`②システムの機能 架空税務システム` alone: which item
/// the words are is not shown).
pub(super) fn give_back_system_names_beside_functions(found: &mut Found, lines: &[Line]) {
    let mut moves: Vec<(Key, Key)> = Vec::new();
    for (key, prose) in &found.cells {
        if key.0 != ItemId::SystemFunctions {
            continue;
        }
        let name_key = (ItemId::SystemName, key.1);
        let Some(name) = found.cells.get(&name_key) else {
            continue;
        };
        let (Some(&(name_no, _)), Some((label_no, beside))) =
            (name.lines.first(), prose.lines.first())
        else {
            continue;
        };
        let right_under = *label_no > name_no
            && (name_no + 1..*label_no)
                .all(|n| text_of(lines, n).is_some_and(|t| t.trim().is_empty()));
        let beside = beside.trim();
        let names_one = is_name_line(beside) && ends_as_system(beside);
        let mut under = prose.lines.iter().skip(1).map(|(_, t)| t.trim());
        let prose_under = under.any(|t| !t.is_empty() && !ends_as_system(t));
        if name.texts().next().is_none() && right_under && names_one && prose_under {
            moves.push((name_key, *key));
        }
    }
    for (name_key, prose_key) in moves {
        let Some(prose) = found.cells.get_mut(&prose_key) else {
            continue;
        };
        let Some(first) = prose.lines.first_mut() else {
            continue;
        };
        let words = (first.0, std::mem::take(&mut first.1).trim().to_owned());
        prose.displaced = true;
        if let Some(name) = found.cells.get_mut(&name_key) {
            name.lines.push(words);
            name.displaced = true;
        }
        found.stacked.remove(&name_key);
        found.stacked.remove(&prose_key);
    }
}

/// Whether `line` holds a ＜選択肢＞ list's answer in its brackets (`[ 1万人以上10万人未満 ]`,
/// `＜選択肢＞ ［ 実施する ］`): words between `[` and `]` of either width.
fn holds_selection(line: &str) -> bool {
    let Some((_, after)) = line.split_once(['[', '［']) else {
        return false;
    };
    after
        .split_once([']', '］'])
        .is_some_and(|(answer, _)| !answer.trim().is_empty())
}

/// The 基礎's ②事務の概要 and ③システムの名称 labels (様式2 Ⅰ1②③) printed one right under the
/// other amid the 概要's lines: the print draws each label at the middle of its row, and where
/// the 概要 is tall both fall among its lines (`①事務の名称` / `架空事務` / `【概要】` /
/// `架空法に基づき、…を行う。` / `②事務の概要` / `③システムの名称` / `・甲の受付` / `・乙の決定` /
/// `甲システム` / `乙システム`). The walk leaves the lines above the labels to no item and puts
/// those under them in ③'s cell. The form's types tell which is whose: ③ lists names, each on
/// a line of its own (no sentence's or clause's punctuation, no bullet, number, bracket or note
/// mark, shorter than a prose line), and ② is the prose before them, whose last line shows that
/// it ends there (a sentence's 。, a bulleted or numbered entry).
///
/// Reads the example above: ② `【概要】 … ・乙の決定`, ③ `甲システム`, `乙システム`. Refuses ③'s
/// lines where the prose's last line ends in mid-sentence (`…を行` / `甲システム`: the line may
/// wrap on into the names), where no line of prose or no name stands under the labels, and
/// where ② holds a value of its own.
fn share_under_stacked_labels(found: &mut Found, lines: &[Line]) {
    let Some((prose_key, label_no)) = found.cells.iter().find_map(|(key, cell)| {
        let &(no, ref first) = cell.lines.first()?;
        let empty = cell.texts().next().is_none();
        (key.0 == ItemId::AffairDescription && is_bare(first) && empty).then_some((*key, no))
    }) else {
        return;
    };
    // ③'s label right under ②'s, blank lines aside.
    let names_key = found.cells.iter().find_map(|(key, cell)| {
        let &(no, ref first) = cell.lines.first()?;
        let right_under = no > label_no
            && (label_no + 1..no).all(|n| text_of(lines, n).is_some_and(|t| t.trim().is_empty()));
        (key.0 == ItemId::SystemName && is_bare(first) && right_under).then_some(*key)
    });
    let Some(names_key) = names_key else { return };
    let Some(name_end) = name_end(found, ItemId::AffairName, prose_key.1) else {
        return;
    };
    if label_no <= name_end {
        return;
    }
    let name_key = (ItemId::AffairName, prose_key.1);
    let Some(between) = parted_lines(found, lines, name_key, name_end, label_no) else {
        return;
    };
    let Some(names_cell) = found.cells.get(&names_key) else {
        return;
    };
    let under = lines_with_words(names_cell);
    let Some((prose, names)) = prose_then_names(&under) else {
        return;
    };
    found.stray.retain(|no| !between.contains(no));
    // (The labels stood in a stack; the types have told which value is whose.)
    found.stacked.remove(&names_key);
    found.stacked.remove(&prose_key);
    let label_line = names_cell.lines.first().cloned();
    if let Some(cell) = found.cells.get_mut(&names_key) {
        cell.lines = label_line
            .into_iter()
            .chain(names.iter().cloned())
            .collect();
        cell.displaced = true;
    }
    if let Some(cell) = found.cells.get_mut(&prose_key) {
        let mut joined = numbered_texts(lines, &between);
        joined.extend(prose.iter().cloned());
        cell.lines = joined;
        cell.displaced = true;
    }
}

/// The lines of `cell` under its label's line that hold words.
fn lines_with_words(cell: &Cell) -> Vec<CellLine> {
    cell.lines
        .iter()
        .skip(1)
        .filter(|(_, t)| !t.trim().is_empty())
        .cloned()
        .collect()
}

/// The lines `under` the 基礎's ②事務の概要 and ③システムの名称 labels parted into ②'s prose and
/// ③'s names: the names are the run of lines of names that ends them ([`is_names_line`]), the
/// prose the lines before, whose last line must show that the prose ends there
/// ([`ends_prose_entry`]). `None` where no line of prose or no name stands under the labels, or
/// the prose's last line ends in mid-sentence (it may wrap on into the names).
fn prose_then_names(under: &[CellLine]) -> Option<(&[CellLine], &[CellLine])> {
    let names_from = under
        .iter()
        .rposition(|(_, t)| !is_names_line(t.trim()))
        .map_or(0, |last_prose| last_prose + 1);
    let (_, last_prose) = under.get(names_from.checked_sub(1)?)?;
    if names_from == under.len() || !ends_prose_entry(last_prose.trim()) {
        return None;
    }
    Some(under.split_at(names_from))
}

/// The 基礎's ②事務の概要 and ③システムの名称 labels (様式2 Ⅰ1②③) printed side by side, the
/// row alone on its line (`②事務の概要 ③システムの名称`), with both values under the row: the
/// walk reads a row of labels' lines under its first label, so the 概要's cell holds the names
/// too. They share as the stacked labels' lines do ([`share_under_stacked_labels`], by
/// [`prose_then_names`]): ③ takes the lines of names that end the cell, ② the prose before
/// them. Both are marked displaced (inferred: the types placed the lines, not the layout).
///
/// Reads `②事務の概要 ③システムの名称` / `架空法に基づき、…を行う。` / `甲システム、乙システム`.
/// Refuses a row with words after its labels or labels of other items (`②事務の概要
/// ③対象人数`), a row whose prose ends in mid-sentence above the names, and a text whose ③
/// has a cell of its own.
fn share_under_a_row(found: &mut Found, lines: &[Line]) {
    if found.cells.keys().any(|(id, _)| *id == ItemId::SystemName) {
        return;
    }
    let Some((at, prose_key, cell)) = found
        .cells
        .get_full(&(ItemId::AffairDescription, Indices::Zero))
        .map(|(at, key, cell)| (at, *key, cell))
    else {
        return;
    };
    let Some(&(label_no, ref first)) = cell.lines.first() else {
        return;
    };
    let row = text_of(lines, label_no).map(squeeze).unwrap_or_default();
    if !is_bare(first) || !is_row_of_prose_and_names(&row) {
        return;
    }
    let under = lines_with_words(cell);
    let Some((prose, names)) = prose_then_names(&under) else {
        return;
    };
    let Some(names_indices) = Indices::new(&[0]) else {
        return;
    };
    let prose_cell = displaced_under(label_no, prose);
    let names_cell = displaced_under(label_no, names);
    found.cells.insert(prose_key, prose_cell);
    found
        .cells
        .shift_insert(at + 1, (ItemId::SystemName, names_indices), names_cell);
}

/// A cell of `lines` under an empty label's line `label_no`, marked displaced.
fn displaced_under(label_no: usize, lines: &[CellLine]) -> Cell {
    let mut cell_lines = vec![(label_no, String::new())];
    cell_lines.extend_from_slice(lines);
    Cell {
        lines: cell_lines,
        displaced: true,
    }
}

/// Whether `row` (squeezed) is the 基礎's ②事務の概要 and ③システムの名称 labels side by side and
/// nothing else, in the words of any revision (様式2 Ⅰ1②③).
fn is_row_of_prose_and_names(row: &str) -> bool {
    let Some(rest) = row.strip_prefix('②') else {
        return false;
    };
    // (The 基礎 prints ② in its own words, 事務の概要: [`ItemId::label_in`].)
    let basic = ItemId::AffairDescription.label_in(crate::AssessmentKind::Basic);
    let prose_labels = basic
        .into_iter()
        .chain(crate::form::labels(ItemId::AffairDescription));
    for prose in prose_labels {
        let Some(after_prose) = rest.strip_prefix(squeeze(prose).as_str()) else {
            continue;
        };
        let Some(names) = after_prose.strip_prefix('③') else {
            continue;
        };
        if crate::form::labels(ItemId::SystemName).any(|label| squeeze(label) == names) {
            return true;
        }
    }
    false
}

/// Whether `text` (trimmed) is a line of the 基礎's list of systems (様式2 Ⅰ1③): one name
/// ([`is_name_line`]), or names parted by commas, each a name ending as a system's
/// ([`names_end_as_systems`]): `甲システム`, `甲システム、乙サーバー`; not `甲と、乙を行う`, nor an entry
/// of the prose's numbered list (`①減免の審査`: [`ends_prose_entry`] counts it the prose's).
fn is_names_line(text: &str) -> bool {
    if text
        .chars()
        .next()
        .is_some_and(super::form_words::is_circled)
    {
        return false;
    }
    if is_name_line(text) {
        return true;
    }
    let mut names = text.split(super::walk::NAME_COMMAS).map(str::trim);
    let several = text.contains(super::walk::NAME_COMMAS);
    several && names.all(is_name_line) && names_end_as_systems(text)
}

/// Whether `text` (trimmed) may be a system's name on a line of its own in 基礎's list (様式2
/// Ⅰ1③): no sentence's or clause's punctuation, no bullet, list number, bracket or note mark
/// before it, and shorter than a line of prose ([`PROSE_LINE_CHARS`]). `甲システム`, `中間サーバー`;
/// not `・甲の受付`, `（1）甲`, `【内容】`, `甲を行う。`, `甲と、乙`.
pub(super) fn is_name_line(text: &str) -> bool {
    !text.is_empty()
        && !text.contains(['。', '、', '，', ','])
        && !text.starts_with(super::fill::BULLETS)
        && !text.starts_with(['【', '（', '(', '[', '［', '※', '＜', '<'])
        && super::fill::strip_list_mark(text) == text
        && text.chars().count() < PROSE_LINE_CHARS
}

/// Whether the words on a prose item's label line (`rest`) go on from the last of the lines
/// `between` above the label, wrapped in mid-sentence: that line ends no sentence nor entry
/// ([`ends_prose_entry`]) and the rest opens none (no bullet, no list mark). The print set the
/// label at its row's middle, on a line of the value (`…の診断書によ` / `②事務の内容 り程度を
/// 審査する。`). Refused: a line above that ends in `。` (the words beside the label may be a
/// paragraph of their own), and words that open with `・`.
fn wraps_onto_label(lines: &[Line], between: &[usize], rest: &str) -> bool {
    let rest = rest.trim_start_matches(['※', ' ', '　']);
    let last = between.last().and_then(|&no| text_of(lines, no));
    last.is_some_and(|last| !ends_prose_entry(last.trim()))
        && !rest.starts_with(super::fill::BULLETS)
        && super::fill::strip_list_mark(rest) == rest
}

/// Whether `text` (trimmed), a line of prose, shows that the prose may end after it: it ends a
/// sentence, or it is an entry of a bulleted or numbered list (`・乙の決定`, `（2）乙の決定`,
/// `②乙の決定`).
pub(super) fn ends_prose_entry(text: &str) -> bool {
    text.ends_with('。')
        || text.starts_with(super::fill::BULLETS)
        || super::fill::strip_list_mark(text) != text
        || text
            .chars()
            .next()
            .is_some_and(super::form_words::is_circled)
}

#[cfg(test)]
mod tests {
    use crate::import::{Confidence, import};

    /// An invented 重点 opening a cell a line, with the 事務's lines `affair` under ①.
    fn focused(affair: &str) -> crate::import::Draft {
        let text = format!(
            "特定個人情報保護評価書（重点項目評価書）\n評価書番号\n7\n評価書名\n架空手当事務 重点項目評価書\n\
             評価実施機関名\n架空町長\n公表日\n令和2年4月1日\n[平成28年1月 様式3]\nⅠ 基本情報\n\
             1.特定個人情報ファイルを取り扱う事務\n①事務の名称\n{affair}\n③対象人数\n[ 1万人以上10万人未満 ]\n\
             2.特定個人情報ファイルを取り扱う事務において使用するシステム\n"
        );
        import(&text).unwrap()
    }

    /// An invented 重点 opening a cell a line, with its first system's lines `system` under the
    /// systems' heading.
    fn focused_system(system: &str) -> crate::import::Draft {
        let text = format!(
            "特定個人情報保護評価書（重点項目評価書）\n評価書番号\n7\n評価書名\n架空手当事務 重点項目評価書\n\
             評価実施機関名\n架空町長\n公表日\n令和2年4月1日\n[平成28年1月 様式3]\nⅠ 基本情報\n\
             1.特定個人情報ファイルを取り扱う事務\n①事務の名称\n架空手当事務\n③対象人数\n[ 1万人以上10万人未満 ]\n\
             2.特定個人情報ファイルを取り扱う事務において使用するシステム\nシステム1\n{system}\n\
             3.特定個人情報ファイル名\n架空手当ファイル\n"
        );
        import(&text).unwrap()
    }

    #[test]
    fn a_name_beside_the_prose_label_under_its_empty_label_is_the_name() {
        let draft = focused_system(
            "①システムの名称\n②システムの機能 架空手当システム\n申請と支給を管理する。",
        );
        let system = draft.report.systems.first();
        assert_eq!(system.map(|s| s.name.as_str()), Some("架空手当システム"));
        assert_eq!(
            system.and_then(|s| s.functions.as_deref()),
            Some("申請と支給を管理する。")
        );
        // Refuses words that are no system's name (the function's own first line), and a name
        // with nothing under the function's label (which item it is is not shown).
        for refused in [
            "①システムの名称\n②システムの機能 申請と支給を管理する\n受給者の届出も扱う。",
            "①システムの名称\n②システムの機能 架空手当システム",
        ] {
            let draft = focused_system(refused);
            let name = draft.report.systems.first().map(|s| s.name.as_str());
            assert_eq!(name.unwrap_or(""), "", "{refused}");
        }
    }

    /// How sure the trace says the 事務の内容 of `draft` is.
    fn description_confidence(draft: &crate::import::Draft) -> Option<Confidence> {
        let traced = draft.trace.values.iter();
        let mut description = traced.filter(|v| v.pointer == "/affair/description");
        description.next().map(|v| v.confidence)
    }

    #[test]
    fn a_label_amid_its_prose_keeps_the_lines_above_it() {
        let draft = focused(
            "架空手当事務\n架空手当法に基づき、町は次の事務を行う。\n(1)受給資格の認定\n②事務の内容\n(2)手当の支給",
        );
        assert_eq!(draft.report.affair.name, "架空手当事務");
        let description = draft.report.affair.description.as_deref();
        assert_eq!(
            description,
            Some("架空手当法に基づき、町は次の事務を行う。\n(1)受給資格の認定\n(2)手当の支給")
        );
        assert_eq!(description_confidence(&draft), Some(Confidence::Inferred));
    }

    #[test]
    fn a_label_on_a_line_its_prose_wraps_onto_keeps_both() {
        // Reads: the line above the label ends mid-sentence, the words beside the label go on.
        let draft = focused(
            "架空手当事務
架空手当法に基づき、申請を受けて資格を審査し、手当
②事務の内容 を支給する。
受給者の届出を受け付ける。",
        );
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some(
                "架空手当法に基づき、申請を受けて資格を審査し、手当を支給する。\n受給者の届出を受け付ける。"
            )
        );
        // Refuses: a line above that ends its sentence (the words beside the label may open a
        // paragraph of their own): the cell is as the walk read it.
        let draft = focused(
            "架空手当事務
架空手当法に基づき、手当を支給する。
②事務の内容 受給者の届出を受け付ける。",
        );
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("受給者の届出を受け付ける。")
        );
    }

    #[test]
    fn a_prose_end_beside_the_next_label_goes_back_to_the_prose() {
        let with_under = |end: &str, beside: &str, under: &str| {
            import(&format!(
                "特定個人情報保護評価書（重点項目評価書）\n[平成28年1月 様式3]\nⅠ 基本情報\n\
                 1.特定個人情報ファイルを取り扱う事務\n①事務の名称\n架空手当事務\n②事務の内容\n\
                 架空手当法に基づき、{end}\n③対象人数 {beside}\n{under}\
                 2.特定個人情報ファイルを取り扱う事務において使用するシステム\n"
            ))
            .unwrap()
        };
        let text = |end: &str, beside: &str| with_under(end, beside, "[ 1万人以上10万人未満 ]\n");
        // Reads: the prose's last line wraps, the words beside ③ end its sentence.
        let draft = text("手当の支給を決", "定する。");
        let description = draft.report.affair.description.unwrap_or_default();
        assert!(description.ends_with("定する。"), "{description}");
        assert_eq!(
            draft.report.affair.subject_count.map(|c| c.label()),
            Some("1万人以上10万人未満")
        );
        // Reads: a prose that ends its sentence, one more beside ③, whose answer is under it.
        let draft = text("手当を支給する。", "架空の記録を残す。");
        let description = draft.report.affair.description.unwrap_or_default();
        assert!(description.ends_with("架空の記録を残す。"), "{description}");
        // Refuses: the same with nothing under ③ (the words stand in its answer's place).
        let draft = with_under("手当を支給する。", "架空の記録を残す。", "");
        let description = draft.report.affair.description.unwrap_or_default();
        assert!(!description.contains("架空の記録"), "{description}");
        // Reads: the sentences under ③ before its answer go on with the prose.
        let answer = "[ 1万人以上10万人未満 ]\n";
        let draft = with_under(
            "手当の支給を決",
            "定する。",
            &format!("記録を五年残す。\n{answer}"),
        );
        let description = draft.report.affair.description.unwrap_or_default();
        assert!(
            description.ends_with("定する。\n記録を五年残す。"),
            "{description}"
        );
        // Refuses: a line under ③ that ends in mid-sentence (which item it is of is not shown).
        let draft = with_under(
            "手当の支給を決",
            "定する。",
            &format!("記録を五年残し、\n{answer}"),
        );
        let description = draft.report.affair.description.unwrap_or_default();
        assert!(!description.contains("記録を"), "{description}");
    }

    #[test]
    fn a_sentence_beside_the_systems_label_goes_back_to_the_prose_above() {
        let names = |beside: &str, under: &str| {
            let draft = basic(&format!(
                "架空手当事務\n②事務の概要\n架空手当法に基づき、手当を支給する。\n\
                 ③システムの名称 {beside}\n{under}"
            ));
            let description = draft.report.affair.description.clone().unwrap_or_default();
            let systems: Vec<String> = super::super::tests::system_names(&draft)
                .into_iter()
                .map(str::to_owned)
                .collect();
            (description, systems)
        };
        // Reads: a sentence beside ③, names under it.
        let (description, systems) = names("受給者の届出を受け付ける。", "甲システム\n乙システム");
        assert!(description.ends_with("届出を受け付ける。"), "{description}");
        assert_eq!(systems, ["甲システム", "乙システム"]);
        // Refuses: no names under the label (what the words are is not shown).
        let (description, _) = names("受給者の届出を受け付ける。", "");
        assert!(!description.contains("届出"), "{description}");
    }

    /// An invented 基礎 opening a cell a line, with the lines `affair` under ①事務の名称.
    fn basic(affair: &str) -> crate::import::Draft {
        let text = format!(
            "特定個人情報保護評価書（基礎項目評価書）\n評価書番号\n7\n評価書名\n架空手当事務 基礎項目評価書\n\
             評価実施機関名\n架空町長\n公表日\n令和2年4月1日\n[平成26年4月 様式2]\nⅠ 関連情報\n\
             1.特定個人情報ファイルを取り扱う事務\n①事務の名称\n{affair}\n2.特定個人情報ファイル名\n\
             架空ファイル\n"
        );
        import(&text).unwrap()
    }

    #[test]
    fn labels_stacked_amid_the_prose_share_it_and_the_names_by_their_types() {
        let opening = "架空手当事務\n【概要】\n架空手当法に基づき、町は手当を支給する。\n②事務の概要\n\
                       ③システムの名称\n【内容】\n・受給資格の認定\n・手当の支給\n";
        // Reads: the names that end ③'s lines, the prose before them and above the labels ②'s.
        let draft = basic(&format!("{opening}甲システム\n乙システム"));
        let description = draft
            .report
            .affair
            .description
            .as_deref()
            .unwrap_or_default();
        assert!(description.starts_with("【概要】"), "{description}");
        assert!(description.ends_with("・手当の支給"), "{description}");
        let names = super::super::tests::system_names(&draft);
        assert_eq!(names, ["甲システム", "乙システム"]);
        // Refuses: the prose's last line ends inside a sentence (it may run on into the names).
        let cut = opening.replace("・手当の支給\n", "手当の額を定め、\n");
        let draft = basic(&format!("{cut}甲システム\n乙システム"));
        assert_eq!(draft.report.affair.description, None);
        let names = super::super::tests::system_names(&draft);
        assert!(names.iter().all(|n| n.is_empty()), "{names:?}");
    }

    #[test]
    fn a_row_of_the_prose_s_and_the_names_labels_shares_the_lines_under_it() {
        let row =
            "架空手当事務\n②事務の概要 ③システムの名称\n架空手当法に基づき、町は手当を支給する。\n";
        // Reads: the names (parted by commas) that end the lines under the row are ③'s, the
        // prose before them ②'s, both inferred.
        let draft = basic(&format!("{row}甲システム、乙システム"));
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("架空手当法に基づき、町は手当を支給する。")
        );
        let names = super::super::tests::system_names(&draft);
        assert_eq!(names, ["甲システム", "乙システム"]);
        assert_eq!(description_confidence(&draft), Some(Confidence::Inferred));
        // A numbered list's entries (`①…`) are the prose's, not names.
        let draft = basic(&format!(
            "{row}①申請の受付\n②支給の決定\n甲システム,乙システム"
        ));
        let description = draft.report.affair.description.clone().unwrap_or_default();
        assert!(description.ends_with("②支給の決定"), "{description}");
        let names = super::super::tests::system_names(&draft);
        assert_eq!(names, ["甲システム", "乙システム"]);
        // Refuses: the prose's last line ends inside a sentence, and a line whose commas part
        // no names (a clause): the lines stay the 概要's, as the walk read them.
        for refused in [
            row.replace("支給する。", "支給し、"),
            row.replace("支給する。\n", "支給する。\n受給者と、"),
        ] {
            let draft = basic(&format!("{refused}甲システム"));
            let names = super::super::tests::system_names(&draft);
            assert!(names.iter().all(|n| n.is_empty()), "{refused}: {names:?}");
        }
    }

    #[test]
    fn lines_that_could_be_the_names_stay_unread() {
        // The line under the name ends no sentence: it could be the name's wrapped rest.
        let draft = focused("架空手当\n事務\n②事務の内容\n手当を支給する。");
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("手当を支給する。")
        );
        // A note on the name is the name cell's.
        let draft = focused(
            "架空手当事務\n※架空手当事務は、町の単独事業である。\n②事務の内容\n手当を支給する。",
        );
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("手当を支給する。")
        );
        // A value on the label's line: the cell starts there.
        let draft = focused(
            "架空手当事務\n架空手当法に基づき、町は次の事務を行う。\n②事務の内容 (2)手当の支給",
        );
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("(2)手当の支給")
        );
    }
}
