//! The 変更箇所 of a PDF text with no blank line between its cells and no item number under a
//! row's words: a published report's print read by `pdftotext -raw`, or copied from a PDF
//! viewer, keeps the line breaks inside each cell and loses the blank lines between them. Each
//! cell's lines follow one another, row after row, in the columns' order (変更日, 項目, 変更前の
//! 記載, 変更後の記載, 提出時期, 提出時期に係る説明: `form::CHANGE_COLUMNS`).
//!
//! Takes the table's lines (its heading and the header row repeated on each page among them);
//! gives one [`ChangeRecord`] a row, marked inferred, with the rule id `changes.run_on`. Read
//! as a state machine whose states are the row's places ([`Place`]); where a cell ends is told
//! by the form and the columns' value types, or the cell is left empty:
//!
//! - a date alone (`平成29年10月25日`) starts a row, where the row above has its 提出時期 (a
//!   row's texts may be dates too); a line that opens with a date and a space
//!   (`令和2年4月1日 Ⅰ　関連情報`) starts one with the rest of the line as its 項目's first line;
//!   a date followed by words that name a place of the form (that rest, or else the next line)
//!   starts one even where the row above never reached its 提出時期 (no text cell opens so);
//! - the 項目 names a place of the form, wrapped over lines in its narrow column: it ends at
//!   the line where its words end in the label of one of the form's items, in the words of any
//!   revision (`…担当部署②所属長`, `…２．特定個人情報ファイル名`, [`ends_item`]), unless the next
//!   line goes on with it (the label's wrapped rest, a circled item, 「（続き）」). Where it
//!   reaches no such label within [`ITEM_CELL_LINES`] lines, or the next line opens with words in
//!   brackets that may be the 項目's sub-heading or the 変更前's first words (`(1)…機能`), the
//!   項目 is not read and neither is where the texts start: the row keeps its date, 提出時期 and
//!   説明, its other lines are listed as unread;
//! - the lines after the 項目 up to 「事前」 or 「事後」 (alone, or the last word of a line) are
//!   the texts, the line after it up to the next row's date the 説明;
//! - the texts are parted into the 変更前 and the 変更後 only where the table's own marks show
//!   the boundary ([`parted`]): an editorial note alone in brackets or a dash first (the 変更前),
//!   a dash last (the 変更後 left blank), the 変更前's first line met again (the 変更後 restates
//!   the item's text whole: `１．架空システム` … `１．架空システム`), or two texts that a line ran
//!   together, each opening with a date (`2018/4/1 令和元年7月31日 時点 事前`). Any other run of
//!   lines is listed as unread: a line break inside a cell, a paragraph break and the boundary
//!   between two cells all look the same;
//! - a 提出時期 met again before the next row's date, or texts or a 説明 that hold a line
//!   opening with a chapter's numeral (another row's 項目 drawn among them: a page printed its
//!   rows out of order), put the row's 提出時期 and 説明 in doubt: neither is read;
//! - a 説明 that says one paragraph twice ([`says_twice`]) holds another row's 説明 too (a page
//!   printed a row's cells away from it): it is not read;
//! - a date right under a row's date, before any of its cells, leaves the first unread (it
//!   cannot be tied to the cells below).
//!
//! A table whose 変更日 stand one above another (a column printed apart from its rows) or whose
//! cells are parted by blank lines is not read here ([`is_run_on`]).
//!
//! Reads (invented):
//!
//! ```text
//! 令和2年4月1日
//! ５．評価実施機関における担
//! 当部署②所属長
//! （右記の内容に変更）
//! 架空課長
//! 事後
//! 人事異動による変更
//! ```
//!
//! as a row of 令和2年4月1日, 項目 `５．評価実施機関における担当部署②所属長`, 変更前
//! `（右記の内容に変更）`, 変更後 `架空課長`, 事後, 説明 `人事異動による変更`. Refuses to part
//!
//! ```text
//! 令和2年4月1日
//! ５．評価実施機関における担
//! 当部署②所属長
//! 架空課長
//! 模擬課長
//! 事後
//! ```
//!
//! (two lines: one cell wrapped, or two cells): the row keeps its date, 項目 and 提出時期; the
//! two lines are unread.

use super::{
    ReadFrom, add_to_row_above, cell, continues_row_above, date_only, dated, ends_in_detail_label,
    is_date_cell, is_ditto, is_note_cell, is_table_heading, looks_like_place, opens_with_chapter,
    push_row, read_timing, record_of, run_together, text_and_timing, timing_and_rest,
    words_end_naming_a_block,
};
use crate::AssessmentKind;
use crate::import::fill::{is_empty_mark, reflow, squeeze, squeezed};
use crate::import::limits::{ITEM_CELL_LINES, PLACE_PATH_LINES};
use crate::import::{Confidence, Trace, UnreadReason, text};
use crate::report::{ChangeRecord, ItemId, Report, SubmissionTiming};

/// Where a row's reading stands: the place the next line is read into.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Place {
    /// Before the first row's date: a line here is no row's.
    BeforeRows,
    /// After a row's date: the line is the 項目's, up to its label's end.
    Item,
    /// After the 項目 (or after lines that could not be placed): texts up to the 提出時期.
    Texts,
    /// After the 提出時期: lines are its 説明 up to the next row's date.
    Explanation,
}

/// A row's lines as read, each with its source line.
#[derive(Default)]
struct Row<'a> {
    date: Option<(usize, chrono::NaiveDate)>,
    /// The 項目's lines as read so far.
    item: Vec<(usize, &'a str)>,
    /// Whether the 項目 ended at a label of the form ([`ends_item`]); `false` once it is known
    /// that it does not (its lines are then unread, as the texts are).
    item_read: bool,
    /// Whether the 項目's words ended at a label before a line in brackets that may be its own
    /// ([`ItemEnd::InDoubt`]): the texts' numbering decides ([`restarted`]).
    item_doubt: bool,
    texts: Vec<(usize, &'a str)>,
    /// Two texts a line ran together with the 提出時期 ([`run_together`]).
    pair: Option<(usize, &'a str, &'a str)>,
    timing: Option<(usize, SubmissionTiming)>,
    explanation: Vec<(usize, &'a str)>,
    /// Whether the 提出時期 and 説明 are in doubt and not read (see the module docs).
    doubt: bool,
    /// Lines of the row that are in no cell it reads.
    unplaced: Vec<usize>,
}

impl Row<'_> {
    /// The row's last source line.
    fn last(&self) -> usize {
        let ends = [
            self.item.last().map(|(no, _)| *no),
            self.texts.last().map(|(no, _)| *no),
            self.pair.map(|(no, _, _)| no),
            self.timing.map(|(no, _)| no),
            self.explanation.last().map(|(no, _)| *no),
            self.unplaced.last().copied(),
        ];
        let first = self.date.map_or(0, |(no, _)| no);
        ends.into_iter().flatten().max().unwrap_or(first)
    }
}

/// Whether the table from line `start` on is read here: no line holds a tab, no line after the
/// first row's date is blank (trailing blank lines aside), a date alone and a 提出時期 are
/// there, and the dates alone do not stand mostly one above another (the 変更日 printed as a
/// column of their own, apart from their rows: `changes/undated.rs` reads that table).
pub(super) fn is_run_on(lines: &[text::Line], start: usize) -> bool {
    let table: Vec<&str> = lines
        .iter()
        .filter(|l| l.no > start)
        .map(|l| l.text.as_ref())
        .collect();
    let end = table
        .iter()
        .rposition(|t| !t.trim().is_empty())
        .map_or(0, |at| at + 1);
    let (mut dates, mut stacked) = (0, 0);
    let mut timed = false;
    let mut date_above = false;
    for t in table.iter().take(end) {
        if t.contains('\t') {
            return false;
        }
        let t = t.trim();
        if t.is_empty() && dates > 0 {
            return false;
        }
        let date = date_only(t).is_some();
        dates += usize::from(date);
        stacked += usize::from(date && date_above);
        date_above = date;
        timed = timed || read_timing(t).is_some() || text_and_timing(t).is_some();
    }
    let column = stacked >= 2 && stacked * 2 >= dates;
    dates > 0 && timed && !column
}

/// Reads the rows of the table from line `from` on, the heading on line `start` among them
/// (see the module docs).
pub(super) fn read_run_on(
    lines: &[text::Line],
    (from, start): (usize, usize),
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let form = report.form();
    let table: Vec<&text::Line> = lines
        .iter()
        .filter(|l| l.no >= from && l.no != start && !l.text.trim().is_empty())
        .filter(|l| !is_table_heading(l.key()))
        .collect();
    let mut rows: Vec<Row<'_>> = Vec::new();
    let mut place = Place::BeforeRows;
    for (at, line) in table.iter().enumerate() {
        let t = line.text.trim();
        let next = table.get(at + 1).map(|l| l.text.trim());
        // A date right under a row's date: the row above has no cells here, its date cannot be
        // tied to them.
        let stacked = place == Place::Item && rows.last().is_some_and(|r| r.item.is_empty());
        if let (true, Some(date)) = (stacked, date_only(t)) {
            if let Some(row) = rows.last_mut() {
                if let Some((no, _)) = row.date.replace((line.no, date)) {
                    unread.push((no, UnreadReason::ChangeDate));
                }
            }
            continue;
        }
        // A date then a place of the form, on its line (`平成28年1月1日 Ⅰ 基本情報 …`) or the
        // next (`平成28年1月1日` / `Ⅰ 基本情報`), starts a row wherever it stands: no text cell
        // opens so, and the row above, which never reached its 提出時期, keeps what it read up
        // to here.
        let dated_line = dated(t);
        let names_place = match dated_line {
            Some((_, "")) => next.is_some_and(looks_like_place),
            Some((_, rest)) => looks_like_place(rest),
            None => false,
        };
        let starts_row = matches!(place, Place::BeforeRows | Place::Explanation) || names_place;
        if let Some((date, rest)) = dated_line.filter(|_| starts_row) {
            let mut row = Row {
                date: Some((line.no, date)),
                ..Row::default()
            };
            place = Place::Item;
            if !rest.is_empty() {
                place = read_item_line(form, &mut row, (line.no, rest), next);
            }
            rows.push(row);
            continue;
        }
        let Some(row) = rows.last_mut() else {
            unread.push((line.no, UnreadReason::ChangeRow));
            continue;
        };
        place = match place {
            Place::BeforeRows => Place::BeforeRows,
            Place::Item => read_item_line(form, row, (line.no, t), next),
            Place::Texts => read_text_line(row, (line.no, t)),
            Place::Explanation => {
                let another =
                    read_timing(t).is_some() || t.starts_with(crate::form::is_roman_numeral);
                if another || row.doubt {
                    // A second 提出時期, or a 項目 under the 説明: the row's cells are another
                    // row's too.
                    row.doubt = true;
                    row.unplaced.push(line.no);
                } else {
                    row.explanation.push((line.no, t));
                }
                Place::Explanation
            }
        };
    }
    for row in rows {
        read_row(form, &row, report, trace, unread);
    }
}

/// Reads `line` as the 項目's: where it ends the 項目, the next place is the texts. Ditto marks
/// run together on the 項目's first line (`同上 同上`) are the 項目 and the cells after it; a
/// line whose words end the 項目 before a space (`Ⅲ　しきい値判断結果 架空の結果`) gives the
/// rest to the texts. A line that ends in the 提出時期 (the 項目 and the texts ran together
/// on one line) gives the 提出時期, the 項目 unread.
fn read_item_line<'a>(
    form: AssessmentKind,
    row: &mut Row<'a>,
    line: (usize, &'a str),
    next: Option<&str>,
) -> Place {
    let (no, t) = line;
    let mut marks = t.split_whitespace();
    if let (true, Some(first)) = (row.item.is_empty(), marks.next()) {
        if is_ditto(first) && marks.clone().all(is_ditto) {
            row.item.push((no, first));
            row.texts.extend(marks.map(|mark| (no, mark)));
            row.item_read = true;
            return Place::Texts;
        }
    }
    if let Some((head, tail)) = label_then_rest(form, &row.item, t, next) {
        row.item.push((no, head));
        row.item_read = true;
        return read_text_line(row, (no, tail));
    }
    if let Some((_, timing)) = text_and_timing(line.1) {
        row.unplaced.extend(row.item.drain(..).map(|(no, _)| no));
        row.unplaced.push(line.0);
        row.timing = read_timing(timing).map(|t| (line.0, t));
        return Place::Explanation;
    }
    if let Some(timing) = read_timing(line.1) {
        row.unplaced.extend(row.item.drain(..).map(|(no, _)| no));
        row.timing = Some((line.0, timing));
        return Place::Explanation;
    }
    row.item.push(line);
    let words: String = row.item.iter().map(|(_, t)| squeeze(t)).collect();
    // A ditto mark alone is a whole 項目 (the row above's).
    let end = match row.item.len() == 1 && is_ditto(line.1) {
        true => ItemEnd::Ends,
        false => item_end(form, &words, next),
    };
    match end {
        ItemEnd::Ends => {
            row.item_read = true;
            Place::Texts
        }
        ItemEnd::InDoubt => {
            row.item_doubt = true;
            Place::Texts
        }
        ItemEnd::GoesOn if row.item.len() >= item_lines(&row.item) => {
            row.unplaced.extend(row.item.drain(..).map(|(no, _)| no));
            Place::Texts
        }
        ItemEnd::GoesOn => Place::Item,
    }
}

/// The most lines a 項目 that opens so (`item`, its lines so far) may take before it ends:
/// [`PLACE_PATH_LINES`] where it opens with a chapter's numeral (a whole path of the form, from
/// the chapter to an item's label, as `changes::spells_out_path` reads it), else
/// [`ITEM_CELL_LINES`].
fn item_lines(item: &[(usize, &str)]) -> usize {
    if item.first().is_some_and(|(_, l)| opens_with_chapter(l)) {
        PLACE_PATH_LINES
    } else {
        ITEM_CELL_LINES
    }
}

/// The line `t` parted after the words that end the 項目 (`item`, its lines so far, and the
/// line's words up to a half-width space: [`end_of`]), when words follow that do not carry the
/// 項目 on (the whole line, or the line and the `next`, end none; the rest opens with no circled
/// number, nor with a number after a chapter's or a section's title, nor is a block of the
/// section after its title: `…の委託 委託事項3`).
fn label_then_rest<'a>(
    form: AssessmentKind,
    item: &[(usize, &str)],
    t: &'a str,
    next: Option<&str>,
) -> Option<(&'a str, &'a str)> {
    let before: String = item.iter().map(|(_, l)| squeeze(l)).collect();
    let line = format!("{before}{}", squeeze(t));
    let with_next = format!("{line}{}", squeeze(next.unwrap_or_default()));
    if end_of(form, &line).is_some() || end_of(form, &with_next).is_some() {
        return None;
    }
    // Cells run together are parted by a half-width space; a full-width one is a cell's own
    // (`Ⅱ　しきい値判断項目`, `問合せ　連絡先`).
    for (at, _) in t.match_indices(' ') {
        let (head, tail) = t.split_at(at);
        let (head, tail) = (head.trim_end(), tail.trim());
        let opens_item = tail.starts_with(super::super::form_words::is_circled);
        if tail.is_empty() || opens_item {
            continue;
        }
        match end_of(form, &format!("{before}{}", squeeze(head))) {
            Some(End::Label) => return Some((head, tail)),
            // A section's title then a block of it (`…の委託 委託事項3`, `…を除く。） 提供先2`):
            // the block is the 項目's.
            Some(End::Heading)
                if entry_number(tail).is_none()
                    && !words_end_naming_a_block(form, &squeeze(tail)) =>
            {
                return Some((head, tail));
            }
            _ => {}
        }
    }
    None
}

/// Reads `line` as a text of the row, or its 提出時期 (alone, the last word of the line, or the
/// first word of a line whose rest opens the 説明).
fn read_text_line<'a>(row: &mut Row<'a>, line: (usize, &'a str)) -> Place {
    let (no, t) = line;
    if let Some(timing) = read_timing(t) {
        row.timing = Some((no, timing));
        return Place::Explanation;
    }
    if let Some((texts, Some(timing))) = run_together(t, &date_only) {
        if let ([before, after], true) = (texts.as_slice(), row.texts.is_empty()) {
            row.pair = Some((no, before, after));
        } else {
            row.unplaced.push(no);
        }
        row.timing = read_timing(timing).map(|t| (no, t));
        return Place::Explanation;
    }
    if let Some((head, timing)) = text_and_timing(t) {
        row.texts.push((no, head));
        row.timing = read_timing(timing).map(|t| (no, t));
        return Place::Explanation;
    }
    if let Some((timing, rest)) = timing_and_rest(t) {
        row.timing = read_timing(timing).map(|t| (no, t));
        row.explanation.push((no, rest));
        return Place::Explanation;
    }
    if t.starts_with(crate::form::is_roman_numeral) {
        // Another row's 項目 among the texts.
        row.doubt = true;
    }
    row.texts.push(line);
    Place::Texts
}

/// What the words of a 項目 read so far tell of its end.
#[derive(Debug, PartialEq, Eq)]
enum ItemEnd {
    /// The words end in a label of the form and the next line does not go on with it.
    Ends,
    /// The words end in a label, and the next line opens with words in brackets that may be
    /// the 項目's (a sub-heading) or the 変更前's.
    InDoubt,
    /// The 項目 goes on on the next line.
    GoesOn,
}

/// Whether `words` (a 項目's lines so far, squeezed) end the 項目, `next` the line after them
/// (see the module docs). Reads `…担当部署②所属長` before `架空課長`; goes on past `…担当部署②所属長`
/// before `の役職名` (the words then end in the longer label) and before `（続き）`; doubts it
/// before `(1)架空の機能`. A 項目 that names a chapter or a section (`Ⅳ　リスク対策`) ends at its
/// title unless the next line opens with a number (the section's, or an item's, under it).
fn item_end(form: AssessmentKind, words: &str, next: Option<&str>) -> ItemEnd {
    let Some(end) = end_of(form, words) else {
        return ItemEnd::GoesOn;
    };
    let Some(next) = next else {
        return ItemEnd::Ends;
    };
    let next_key = squeezed(next);
    let longer = format!("{words}{next_key}");
    let numbered = entry_number(next).is_some();
    // The label of the item's text part on the next line alone (`⑤物理的対策` /
    // `具体的な対策の内容`) is the 項目's last line.
    let text_part = ends_in_detail_label(&next_key)
        && ends_in_detail_label(&longer)
        && !ends_in_detail_label(words);
    if end_of(form, &longer).is_some()
        || text_part
        || next_key.starts_with(super::super::form_words::is_circled)
        || next_key.starts_with(&*squeeze(super::CONTINUED))
        || (end == End::Heading && numbered)
    {
        return ItemEnd::GoesOn;
    }
    let bracketed = next.starts_with(['（', '(']);
    if bracketed && !is_note_cell(next) {
        return ItemEnd::InDoubt;
    }
    ItemEnd::Ends
}

/// What a 項目's words end in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    /// The label of one of the form's items ([`ends_item`]).
    Label,
    /// The title of one of the form's chapters or sections ([`headings`]).
    Heading,
}

/// What `words` (squeezed) end in, if a label or a heading of `form`, or a block of the form
/// (`委託事項3`, `提供先2`: a row that changes the whole block; [`words_end_naming_a_block`]) or the
/// label of an item's text part after a circled item ([`ends_in_detail_label`]), read as a
/// label.
fn end_of(form: AssessmentKind, words: &str) -> Option<End> {
    if ends_item(form, words) || words_end_naming_a_block(form, words) {
        return Some(End::Label);
    }
    // An item's label, then the label of its text part (`⑤物理的対策具体的な対策の内容`).
    if ends_in_detail_label(words) && words.chars().any(super::super::form_words::is_circled) {
        return Some(End::Label);
    }
    let titles = per_form!(Vec<String>, headings, form);
    titles
        .iter()
        .any(|title| words.ends_with(title.as_str()))
        .then_some(End::Heading)
}

/// The titles of `form`'s chapters and numbered sections ([`crate::form::heading`],
/// [`crate::form::section_title`]), squeezed, without the marks after a chapter's title
/// (`※（７．②を除く。）`).
fn headings(form: AssessmentKind) -> Vec<String> {
    let mut out = Vec::new();
    for &chapter in crate::form::chapters(form) {
        if let Some(title) = crate::form::heading(form, chapter) {
            let title = title.split('※').next().unwrap_or(title).trim();
            out.push(squeeze(title));
        }
        // The sections are numbered from 1 with no gap.
        let sections = (1..).map_while(|n| crate::form::section_title(form, chapter, n));
        out.extend(sections.map(squeeze));
    }
    out.retain(|t| !t.is_empty());
    out
}

/// Whether `words` (squeezed) end in the label of one of `form`'s items, in the words of any
/// revision ([`crate::form::labels`]), as the form prints it: after its circled number where
/// the form numbers it with one (`②所属長`), alone where it does not (`いつ時点の計数か`, of
/// at least [`SPLIT_LABEL_CHARS`](crate::import::limits::SPLIT_LABEL_CHARS) characters).
pub(super) fn ends_item(form: AssessmentKind, words: &str) -> bool {
    let ends = per_form!(Vec<ItemLabel>, item_labels, form);
    ends.iter().any(|end| match end.circled {
        true => words
            .strip_suffix(end.words.as_str())
            .and_then(|head| head.chars().next_back())
            .is_some_and(super::super::form_words::is_circled),
        false => words.ends_with(end.words.as_str()),
    })
}

/// The end of a 項目 that names an item: the label's words as the form prints them (squeezed),
/// and whether a circled number stands before them.
struct ItemLabel {
    words: String,
    circled: bool,
}

/// The [`ItemLabel`]s of `form`'s items, in every revision's words. A label too short to end a
/// 項目 alone (`連絡先`) ends it after its section's title (`…問合せ　連絡先`).
fn item_labels(form: AssessmentKind) -> Vec<ItemLabel> {
    let mut out = Vec::new();
    for id in ItemId::of_form(form) {
        let Some(number) = id.position(form).map(|p| p.item_number()) else {
            continue;
        };
        let circled = number.circled().is_some();
        let section = id
            .number(form)
            .and_then(|n| n.chars().next())
            .zip(number.section())
            .and_then(|(chapter, section)| {
                crate::form::section_title(form, &chapter.to_string(), u32::from(section))
            });
        let own = id.label_in(form).into_iter();
        for label in own.chain(crate::form::labels(id)) {
            // The words the form prints: the last part of a label the model qualifies.
            let printed = label.rsplit('\u{3000}').next().unwrap_or(label);
            let long_enough = printed.chars().count() >= crate::import::limits::SPLIT_LABEL_CHARS;
            let words = match (circled || long_enough, section) {
                (true, _) => squeeze(printed),
                (false, Some(title)) => squeeze(&format!("{title}{printed}")),
                (false, None) => continue,
            };
            out.push(ItemLabel { words, circled });
        }
    }
    out
}

/// The 変更前 and 変更後 of a row's texts, where the table's marks part them (see the module
/// docs); `None` where they do not.
fn parted(texts: &[(usize, &str)]) -> Option<(Option<String>, Option<String>)> {
    let (first, rest) = texts.split_first()?;
    let (last, head) = texts.split_last()?;
    if rest.is_empty() {
        return None;
    }
    // A note, a dash or a ditto mark is a whole cell: the 変更前.
    if is_note_cell(first.1) || is_ditto(first.1) {
        return Some((cell(&[*first]), cell(rest)));
    }
    if is_empty_mark(last.1) {
        return Some((cell(head), None));
    }
    // Two lines, each a date alone (`2018/4/1` / `平成30年7月31日　時点`) or each a whole option
    // of one of the form's ＜選択肢＞ lists (`発生なし` / `発生あり`): a cell's line that wraps
    // does not end right after such a value and another one after it, so each is a cell.
    if let [before, after] = texts {
        let whole = |t: &str| is_date_cell(t) || is_option(t);
        if whole(before.1) && whole(after.1) {
            return Some((cell(&[*before]), cell(&[*after])));
        }
    }
    let key = squeeze(first.1);
    let mut again = rest
        .iter()
        .enumerate()
        .filter(|(_, (_, t))| squeeze(t) == key);
    match (again.next(), again.next()) {
        (Some((at, _)), None) => {
            let (before, after) = texts.split_at(at + 1);
            Some((cell(before), cell(after)))
        }
        _ => restarted(texts),
    }
}

/// Whether `line` is an option of one of the forms' ＜選択肢＞ lists, whole (`発生あり`,
/// `基礎項目評価の実施が義務付けられる`). Refused: `発生ありとした` (words after it).
fn is_option(line: &str) -> bool {
    let key = squeeze(line);
    crate::import::fill::all_options()
        .binary_search(&key)
        .is_ok()
}

/// The 変更前 and 変更後 of texts that open with a numbered entry (`（１）`, `１．`, `①`) and
/// number their entries from it again exactly once: the 変更後 restates the list
/// (`（１）架空ファイル` `（２）模擬ファイル` `（１）架空ファイル` …). `None` where the first
/// line opens with no number, or its number opens no later line or more than one.
fn restarted(texts: &[(usize, &str)]) -> Option<(Option<String>, Option<String>)> {
    let (first, rest) = texts.split_first()?;
    let number = entry_number(first.1)?;
    let mut again = rest
        .iter()
        .enumerate()
        .filter(|(_, (_, t))| entry_number(t) == Some(number));
    let (at, _) = again.next()?;
    if again.next().is_some() {
        return None;
    }
    let (before, after) = texts.split_at(at + 1);
    Some((cell(before), cell(after)))
}

/// The number a list entry opens with: `（１）` and `(1)` as `(Bracketed, 1)`, `１．` and `1.` as
/// `(Dotted, 1)`, `①` as `(Circled, 1)`.
fn entry_number(line: &str) -> Option<(EntryMark, u32)> {
    let t = line.trim_start();
    if let Some(inside) = t.strip_prefix(['（', '(']) {
        let (n, _) = crate::import::classify::leading_number(inside, &['）', ')'])?;
        return Some((EntryMark::Bracketed, n));
    }
    if let Some((n, _)) = crate::import::classify::leading_number(t, &['．', '.']) {
        return Some((EntryMark::Dotted, n));
    }
    let n = t
        .chars()
        .next()
        .and_then(super::super::form_words::circled_number)?;
    Some((EntryMark::Circled, n))
}

/// How a list entry's number is written ([`entry_number`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EntryMark {
    Bracketed,
    Dotted,
    Circled,
}

/// One row's record, pushed; the lines of cells it could not place listed as unread.
fn read_row(
    form: AssessmentKind,
    row: &Row<'_>,
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let Some((first, date)) = row.date else {
        return;
    };
    let reason = UnreadReason::ChangeColumns;
    unread.extend(row.unplaced.iter().map(|no| (*no, reason)));
    // A 項目 in doubt ends where the texts' numbering starts again: the bracketed line is the
    // 変更前's first entry.
    let restart = match row.item_doubt {
        true => restarted(&row.texts),
        false => None,
    };
    let item_read = row.item_read || restart.is_some();
    if !item_read {
        unread.extend(row.item.iter().map(|(no, _)| (*no, reason)));
    }
    let texts = match (row.pair, row.item_read) {
        _ if restart.is_some() => restart,
        (Some((no, before, after)), true) => Some((cell(&[(no, before)]), cell(&[(no, after)]))),
        (None, true) if row.texts.is_empty() => Some((None, None)),
        (None, true) => parted(&row.texts),
        (_, false) => None,
    };
    if texts.is_none() {
        unread.extend(row.texts.iter().map(|(no, _)| (*no, reason)));
        if let Some((no, _, _)) = row.pair {
            unread.push((no, reason));
        }
    }
    let (before, after) = texts.unwrap_or((None, None));
    let item = match item_read {
        true => reflow(&text::join_numbered(&row.item)),
        false => String::new(),
    };
    if item_read && continues_row_above(report, Some(date), &item) {
        add_to_row_above(report, trace, (before, after), row.last());
        return;
    }
    let mut record: ChangeRecord = record_of(form, item);
    record.date = Some(date);
    record.before = before;
    record.after = after;
    if row.doubt {
        if let Some((no, _)) = row.timing {
            unread.push((no, reason));
        }
        unread.extend(row.explanation.iter().map(|(no, _)| (*no, reason)));
    } else {
        record.timing = row.timing.map(|(_, t)| t);
        let explanation = reflow(&text::join_numbered(&row.explanation));
        if says_twice(&explanation) {
            unread.extend(row.explanation.iter().map(|(no, _)| (*no, reason)));
        } else if !row.explanation.is_empty() {
            record.explanation = Some(explanation);
        }
    }
    let read = ReadFrom {
        rule: "changes.run_on",
        lines: [first, row.last()],
        confidence: Confidence::Inferred,
    };
    push_row(record, read, report, trace);
}

/// Whether the 説明 `text` says one of its paragraphs twice, or is one text written twice
/// (`事前の提出が義務付けられない` / `事前の提出が義務付けられない`): a 提出時期に係る説明 states one
/// reason once, so the second is another row's, printed under this one. Refuses (`false`)
/// `重要な変更に当たらない` / `組織の改正による` (two paragraphs of one 説明).
fn says_twice(text: &str) -> bool {
    let paragraphs: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // (A set, not each pair: a 説明 of a text that never meets its next row's date may run to
    // the text's end, and its lines' pairs would grow as their square.)
    let mut seen = std::collections::BTreeSet::new();
    let repeated = paragraphs.iter().any(|p| !seen.insert(*p));
    let joined: String = paragraphs.concat();
    let half = joined.len() / 2;
    let doubled = joined.len() % 2 == 0
        && joined.is_char_boundary(half)
        && joined.get(..half) == joined.get(half..)
        && !joined.is_empty();
    repeated || doubled
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explanation_said_twice_is_two_rows() {
        assert!(says_twice(
            "事前の提出が義務付けられない\n事前の提出が義務付けられない"
        ));
        assert!(says_twice("重要な変更に当たらない重要な変更に当たらない"));
        assert!(!says_twice("重要な変更に当たらない\n組織の改正による"));
        assert!(!says_twice("組織改正"));
        assert!(!says_twice(""));
    }

    #[test]
    fn a_item_ends_at_a_label_of_the_form() {
        let basic = AssessmentKind::Basic;
        let words = |t: &str| squeeze(t);
        // A circled item's label after its number, in today's words and an older revision's.
        assert!(ends_item(
            basic,
            &words("５．評価実施機関における担当部署②所属長の役職名")
        ));
        assert!(ends_item(
            basic,
            &words("５．評価実施機関における担当部署②所属長")
        ));
        // A label the form prints without a circled number.
        assert!(ends_item(
            basic,
            &words("Ⅱしきい値判断項目１．対象人数いつ時点の計数か")
        ));
        // A section's title is no item's label; a label without its circled number is not one.
        assert!(!ends_item(
            basic,
            &words("Ⅰ関連情報１．特定個人情報ファイルを取り扱う事務")
        ));
        assert!(!ends_item(
            basic,
            &words("５．評価実施機関における担当部署所属長")
        ));
    }

    #[test]
    fn the_next_line_may_carry_the_item_on_or_put_its_end_in_doubt() {
        let basic = AssessmentKind::Basic;
        let words = squeeze("５．評価実施機関における担当部署②所属長");
        let end = |next: Option<&str>| item_end(basic, &words, next);
        assert_eq!(end(None), ItemEnd::Ends);
        assert_eq!(end(Some("架空課長")), ItemEnd::Ends);
        assert_eq!(end(Some("（右記の内容を追記）")), ItemEnd::Ends);
        assert_eq!(end(Some("の役職名")), ItemEnd::GoesOn);
        assert_eq!(end(Some("（続き）")), ItemEnd::GoesOn);
        assert_eq!(end(Some("(1)架空の機能")), ItemEnd::InDoubt);
    }

    #[test]
    fn texts_are_parted_only_by_the_tables_marks() {
        let lines = |ts: &[&'static str]| -> Vec<(usize, &'static str)> {
            ts.iter().enumerate().map(|(k, t)| (k + 1, *t)).collect()
        };
        let some = |t: &str| Some(t.to_owned());
        assert_eq!(
            parted(&lines(&[
                "（右記の内容を追記）",
                "架空の手順。",
                "模擬の手順。"
            ])),
            Some((
                some("（右記の内容を追記）"),
                some("架空の手順。\n模擬の手順。")
            ))
        );
        assert_eq!(parted(&lines(&["―", "架空"])), Some((None, some("架空"))));
        assert_eq!(parted(&lines(&["架空", "―"])), Some((some("架空"), None)));
        assert_eq!(
            parted(&lines(&["１．架空", "２．模擬", "１．架空", "３．見本"])),
            Some((some("１．架空\n２．模擬"), some("１．架空\n３．見本")))
        );
        // Two lines, a first line met twice more, or never again: not parted.
        assert_eq!(parted(&lines(&["架空", "模擬"])), None);
        assert_eq!(parted(&lines(&["架空", "架空", "模擬", "架空"])), None);
        assert_eq!(parted(&lines(&["架空", "模擬", "見本"])), None);
        // Two dates alone, a cell each; a date then words, or three lines: not parted.
        assert_eq!(
            parted(&lines(&["2018/4/1", "平成30年7月31日　時点"])),
            Some((some("2018/4/1"), some("平成30年7月31日　時点")))
        );
        assert_eq!(
            parted(&lines(&[
                "令和５年４月１日 時点",
                "令和６年５月２４日 時点"
            ])),
            Some((
                some("令和５年４月１日 時点"),
                some("令和６年５月２４日 時点")
            ))
        );
        assert_eq!(
            parted(&lines(&["令和2年4月1日から", "令和3年3月31日まで"])),
            None
        );
        assert_eq!(
            parted(&lines(&["発生なし", "発生あり"])),
            Some((some("発生なし"), some("発生あり")))
        );
        assert_eq!(parted(&lines(&["発生なし", "発生ありとした"])), None);
        assert_eq!(
            parted(&lines(&["令和2年4月1日", "令和3年4月1日", "令和4年4月1日"])),
            None
        );
    }
}
