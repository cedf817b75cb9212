//! A list of changed items (変更または追記した箇所) read into 変更箇所 rows of the report it
//! changes ([`import_change_list`]).
//!
//! Some bodies publish, beside or instead of a new report, a list of the items they changed: a
//! table of three columns, 箇所 (the place and the item's new text), ページ (the pages of the
//! report) and 事由等 (why), repeated for each part of the report, whose rows walk down the
//! form's structure to the items changed. The reader knows the form, not the document: the list
//! is read by the form's chapters, sections, blocks and labels of [`crate::form`] and the item
//! table ([`ItemId`]), on the report it changes (`onto`), whose form and files name the places.
//!
//! Its rules, in the form's terms:
//!
//! 1. **A part of the list** starts at a heading row whose first cell is `変更または追記した箇所`
//!    and whose other cells include `ページ` and `事由等`. A row of `-` only is the table's rule.
//!    A text without such a heading is no change list ([`ImportError::NotAReport`]).
//! 2. **Headings set the place** of the rows below them, until the next part: a chapter
//!    (`Ⅱ 特定個人情報ファイルの概要`, `II …`: a numeral of the form's chapters, ASCII or not), a
//!    section (`4. 特定個人情報ファイルの取扱いの委託`: its number), a 別添 (`（別添1）`), a file
//!    of a chapter whose items are each file's (`(2) 国保資格ファイル`: the report's file of that
//!    number; a range `(1) …～(4) …` names no one file), and a block of a list (`システム3`,
//!    `委託事項2`, `提供先1`, `移転先5`: the list's entry of that number).
//! 3. **An item's row** is a row one of whose first cells is the label of an item of the form at
//!    that place: its number starts with the chapter and the section (`Ⅱ4⑦` under Ⅱ and 4.),
//!    its label (any revision's, [`crate::form::labels`]) is the cell's words without ※ and the
//!    circled number, and that circled number, if the cell has one, is the item's. Where the
//!    labels of several items match, the item of the block's list is taken (`①法令上の根拠` of
//!    a 提供先 block); where they still do, the row is not read. The cells after the label are
//!    the item's new text (the 変更後の記載), then the pages and the reason where the row has
//!    them. A section that is one item (`3. 特定個人情報ファイル名`, Ⅰ3) takes the row below it
//!    as its text, unless that row starts with a circled number (a label the section lacks).
//! 4. **Continuation rows**: a row with text and no label continues the item's text above it in
//!    the same part (a checkbox list printed over several rows).
//! 5. **Pages and reason**: a cell of page numbers (`17`, `5~8`, `40,608,105`) followed by a cell
//!    of text is the pages and the reason (事由等), also at the start of a row of its own
//!    (`41 …による追記`). An item's row takes those of its own row, else those of the nearest row
//!    above it in its block (a block heading that carries them), else the first below it in its
//!    part.
//!
//! Each item's row becomes a [`ChangeRecord`] appended to `onto`'s 変更箇所: 項目 as the
//! 変更箇所 of reports name the place (`Ⅱ（国保資格ファイル）４．特定個人情報ファイルの取扱いの委託
//! 委託事項３　⑦再委託の有無`, from the item table and the report's file names), the item it
//! changes, 変更後の記載 its text (tags taken off, checkboxes as `[ ○ ]`/`[ ]`), 提出時期に係る説明
//! the reason, and a note with the pages. The list has no 変更日, no 変更前の記載 and no
//! 提出時期: they stay empty for the person who confirms the rows. Rows the rules do not read are
//! listed unread ([`UnreadReason::ChangeRow`]).
//!
//! ```
//! use mynumber_pia::import::import_change_list;
//! use mynumber_pia::report::{ItemId, Report};
//! use mynumber_pia::AssessmentKind;
//!
//! let onto = Report::example(AssessmentKind::Full);
//! let list = "変更または追記した箇所\tページ\t事由等\n\
//!             Ⅰ 基本情報\n\
//!             7. 評価実施機関における担当部署\n\
//!             ②所属長の役職名\t架空課長\t4\t組織の改称\n";
//! let draft = import_change_list(list, &onto)?;
//! let row = draft.report.changes.last().unwrap();
//! assert_eq!(row.item_id, Some(ItemId::AffairDepartmentHead));
//! assert_eq!(row.after.as_deref(), Some("架空課長"));
//! assert_eq!(row.explanation.as_deref(), Some("組織の改称"));
//! assert_eq!(draft.report.changes.len(), onto.changes.len() + 1);
//! # Ok::<(), mynumber_pia::import::ImportError>(())
//! ```

use std::borrow::Cow;

use super::{Confidence, Draft, ImportError, Shape, Trace, TracedValue, UnreadReason, Warning};
use crate::AssessmentKind;
use crate::report::{ChangeRecord, ItemId, Report};

/// The first cell of a part's heading row, and the words of its other columns.
const HEADING: &str = "変更または追記した箇所";
const PAGE: &str = "ページ";
const REASON: &str = "事由等";

/// The blocks of the form's lists: the word that heads a block and the list's pattern.
const BLOCKS: [(&str, &str); 4] = [
    ("システム", "systems[]"),
    (crate::form::ENTRUSTMENT, "files[].entrustments[]"),
    (crate::form::PROVISION, "files[].provisions[]"),
    (crate::form::TRANSFER, "files[].transfers[]"),
];

/// Reads a list of changed items (変更または追記した箇所) into 変更箇所 rows appended to `onto`, the
/// report it changes: the draft is `onto` with the rows added, its trace the rows' sources.
/// Deterministic; linear in the text. The rules are the module's.
///
/// # Errors
///
/// [`ImportError::Empty`] for blank text, [`ImportError::NotAReport`] for a text with no heading
/// row of a change list.
pub fn import_change_list(text: &str, onto: &Report) -> Result<Draft, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let rows: Vec<(usize, Vec<String>)> = text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, cells(line)))
        .collect();
    if !rows.iter().any(|(_, cells)| is_heading(cells)) {
        return Err(ImportError::NotAReport);
    }
    let mut reader = Reader::new(onto);
    for (no, cells) in &rows {
        reader.row(*no, cells);
    }
    reader.end_part();
    Ok(reader.finish(onto, Shape::detect(text)))
}

/// A row read as an item's: its item, indices, label as printed, text and source lines.
struct ItemRow {
    id: ItemId,
    indices: Option<Vec<usize>>,
    /// The place as the list prints it, for a row whose indices are not known.
    printed: String,
    text: Vec<String>,
    lines: [usize; 2],
    /// The pages and the reason, and their line.
    pages: Option<(String, String, usize)>,
    /// The block the row is in (rows of one block share a heading's pages).
    block: usize,
}

/// The place the headings have set.
#[derive(Clone, Default)]
struct Place {
    chapter: Option<&'static str>,
    section: Option<u32>,
    /// The file's index, and its heading as printed.
    file: Option<(Option<usize>, String)>,
    /// The block's list pattern, its index and its heading as printed.
    block: Option<(&'static str, usize, String)>,
}

struct Reader<'r> {
    onto: &'r Report,
    form: AssessmentKind,
    place: Place,
    /// The item a section that is one item stands for, until its row.
    section_item: Option<ItemId>,
    /// The rows of the part being read, and the pages of its rows without an item.
    part: Vec<ItemRow>,
    loose_pages: Vec<(String, String, usize, usize)>,
    /// A counter of blocks (a new value at every heading).
    block_serial: usize,
    done: Vec<ItemRow>,
    unread: Vec<usize>,
}

impl<'r> Reader<'r> {
    fn new(onto: &'r Report) -> Self {
        Reader {
            onto,
            form: onto.form(),
            place: Place::default(),
            section_item: None,
            part: Vec::new(),
            loose_pages: Vec::new(),
            block_serial: 0,
            done: Vec::new(),
            unread: Vec::new(),
        }
    }

    fn row(&mut self, no: usize, cells: &[String]) {
        let filled: Vec<&str> = cells
            .iter()
            .map(String::as_str)
            .filter(|c| !c.is_empty())
            .collect();
        let Some(&first) = filled.first() else {
            return;
        };
        if is_heading(cells) {
            self.end_part();
            self.place = Place::default();
            self.section_item = None;
            return;
        }
        if first
            .chars()
            .all(|c| matches!(c, '-' | '|' | ':' | '－' | '―'))
        {
            return;
        }
        if let Some(chapter) = chapter_of(first) {
            self.place = Place {
                chapter: Some(chapter),
                ..Place::default()
            };
            self.section_item = None;
            self.block_serial += 1;
            return;
        }
        if let Some(section) = section_of(first) {
            self.place.section = Some(section);
            self.place.block = None;
            self.block_serial += 1;
            let number = format!("{}{section}", self.place.chapter.unwrap_or_default());
            self.section_item =
                ItemId::of_form(self.form).find(|id| id.number(self.form) == Some(&number));
            return;
        }
        if let Some(file) = self.file_of(first) {
            self.place.file = Some(file);
            self.place.block = None;
            self.block_serial += 1;
            return;
        }
        if let Some((pattern, index)) = block_of(first) {
            self.place.block = Some((pattern, index, first.to_owned()));
            self.block_serial += 1;
            // A heading may carry its block's pages and reason, or its title item's text.
            let rest: Vec<&str> = filled.iter().skip(1).copied().collect();
            let (text, pages) = split_pages(&rest);
            if let Some((pages, reason)) = pages {
                self.loose_pages
                    .push((pages, reason, no, self.block_serial));
            }
            if let Some(title) = text.first() {
                let id = BLOCKS
                    .iter()
                    .find(|(_, p)| *p == pattern)
                    .and_then(|(word, _)| self.item_of(word));
                if let Some(id) = id {
                    self.push_item(id, no, vec![(*title).to_owned()], None, first);
                }
            }
            return;
        }
        if let Some(at) = filled.iter().position(|c| self.item_of(c).is_some()) {
            let label = filled.get(at).copied().unwrap_or_default();
            let Some(id) = self.item_of(label) else {
                return;
            };
            let rest: Vec<&str> = filled.iter().skip(at + 1).copied().collect();
            let (text, pages) = split_pages(&rest);
            let text: Vec<String> = text.iter().map(|t| (*t).to_owned()).collect();
            self.section_item = None;
            self.push_item(id, no, text, pages.map(|(p, r)| (p, r, no)), label);
            return;
        }
        let (mut text, mut pages) = split_pages(&filled);
        if let (None, [only]) = (&pages, filled.as_slice()) {
            if let Some(at_start) = pages_at_start(only) {
                pages = Some(at_start);
                text.clear();
            }
        }
        // (A row that starts with a circled number is a label this place does not have.)
        let labelled = first.starts_with(|c: char| ('①'..='⑳').contains(&c));
        if let Some(id) = self
            .section_item
            .take()
            .filter(|_| !text.is_empty() && !labelled)
        {
            let text = text.iter().map(|t| (*t).to_owned()).collect();
            self.push_item(id, no, text, pages.map(|(p, r)| (p, r, no)), "");
            return;
        }
        if let Some((pages, reason)) = pages {
            if text.is_empty() {
                self.loose_pages
                    .push((pages, reason, no, self.block_serial));
                return;
            }
        }
        match self.part.last_mut() {
            Some(item) if !text.is_empty() => {
                item.text.extend(text.iter().map(|t| (*t).to_owned()));
                item.lines[1] = no;
            }
            _ => self.unread.push(no),
        }
    }

    /// Adds the row of item `id` at the current place.
    fn push_item(
        &mut self,
        id: ItemId,
        no: usize,
        text: Vec<String>,
        pages: Option<(String, String, usize)>,
        label: &str,
    ) {
        let lists = id.pattern().matches("[]").count();
        let file = self.place.file.as_ref().map(|(index, _)| *index);
        let block = self
            .place
            .block
            .as_ref()
            .filter(|(pattern, _, _)| id.pattern().starts_with(pattern))
            .map(|(_, index, _)| *index);
        let mut indices = Vec::new();
        if id.pattern().starts_with("files[]") {
            // A file named by a range is no one file; a chapter of one file's items without a
            // file heading is the report's only file.
            match file {
                Some(Some(f)) => indices.push(f),
                None if self.onto.files.len() == 1 => indices.push(0),
                _ => {}
            }
        }
        indices.extend(block);
        let known = indices.len() == lists;
        let mut printed = String::new();
        for part in [
            self.place.chapter.map(str::to_owned),
            self.place.file.as_ref().map(|(_, t)| format!("（{t}）")),
            self.place.section.map(|s| format!("{s}．")),
            self.place.block.as_ref().map(|(_, _, t)| t.clone()),
        ]
        .into_iter()
        .flatten()
        {
            printed.push_str(&part);
        }
        if !label.is_empty() {
            printed.push('　');
            printed.push_str(label);
        }
        self.part.push(ItemRow {
            id,
            indices: known.then_some(indices),
            printed,
            text,
            lines: [no, no],
            pages,
            block: self.block_serial,
        });
    }

    /// The item of the form whose label `cell` is at the current place (rule 3).
    fn item_of(&self, cell: &str) -> Option<ItemId> {
        let (circle, words) = label_words(cell);
        if words.is_empty() {
            return None;
        }
        let chapter = self.place.chapter?;
        let prefix = match self.place.section {
            Some(section) => format!("{chapter}{section}"),
            None => chapter.to_owned(),
        };
        let matches: Vec<ItemId> = ItemId::of_form(self.form)
            .filter(|id| {
                let Some(number) = id.number(self.form) else {
                    return false;
                };
                // `Ⅱ4` is not the start of `Ⅱ41…`: the next character is no digit.
                let after = number.strip_prefix(prefix.as_str());
                after.is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_digit()))
                    && circle.is_none_or(|c| number.contains(c))
                    && crate::form::labels(*id).any(|label| label_words(label).1 == words)
            })
            .collect();
        match matches.as_slice() {
            [one] => Some(*one),
            [] => None,
            several => {
                let list = self.place.block.as_ref().map(|(pattern, _, _)| *pattern);
                let in_list: Vec<ItemId> = several
                    .iter()
                    .copied()
                    .filter(|id| list.is_some_and(|l| id.pattern().starts_with(l)))
                    .collect();
                match in_list.as_slice() {
                    [one] => Some(*one),
                    _ => None,
                }
            }
        }
    }

    /// A file heading `(2) 国保資格ファイル` in a chapter of each file's items: the file's index
    /// (none for a range of files) and the heading's words.
    fn file_of(&self, cell: &str) -> Option<(Option<usize>, String)> {
        let chapter = self.place.chapter?;
        let per_file = ItemId::of_form(self.form)
            .filter(|id| {
                id.number(self.form).is_some_and(|n| {
                    n.strip_prefix(chapter)
                        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
                })
            })
            .all(|id| id.pattern().starts_with("files[]"));
        if !per_file {
            return None;
        }
        let folded = crate::label::fold(cell);
        let inner = folded.strip_prefix('(')?;
        let close = inner.find(')')?;
        let number: usize = inner.get(..close)?.trim().parse().ok()?;
        let name = inner.get(close + 1..)?.trim();
        if name.is_empty() {
            return None;
        }
        let range = ['～', '~', '〜'].iter().any(|c| name.contains(*c));
        let index = number.checked_sub(1).filter(|_| !range);
        Some((index, cell.trim().to_owned()))
    }

    /// The part read: each row takes its pages (rule 5) and goes to the rows read.
    fn end_part(&mut self) {
        let loose = std::mem::take(&mut self.loose_pages);
        for mut row in std::mem::take(&mut self.part) {
            if row.pages.is_none() {
                let line = row.lines[0];
                let above = loose
                    .iter()
                    .rfind(|(_, _, no, block)| *no <= line && *block == row.block);
                let below = loose.iter().find(|(_, _, no, _)| *no > line);
                row.pages = above
                    .or(below)
                    .map(|(p, r, no, _)| (p.clone(), r.clone(), *no));
            }
            self.done.push(row);
        }
    }

    /// The draft: `onto` with the rows added, and its trace.
    fn finish(self, onto: &Report, shape: Shape) -> Draft {
        let mut report = onto.clone();
        let mut trace = Trace::default();
        let base = report.changes.len();
        for (k, row) in self.done.into_iter().enumerate() {
            let at = base + k;
            let item = match &row.indices {
                Some(indices) => crate::report::location::log_place(onto, row.id, indices),
                None => row.printed.clone(),
            };
            let mut record = ChangeRecord::new(item).with_item_id(row.id);
            let text = row.text.join("\n");
            if !text.is_empty() {
                record.after = Some(text);
            }
            let mut traced = |field: &str, lines: [usize; 2], confidence| {
                trace.values.push(TracedValue {
                    pointer: format!("/changes/{at}/{field}"),
                    lines,
                    confidence,
                    rule: Cow::Borrowed("change_list"),
                });
            };
            let confidence = if row.indices.is_some() {
                Confidence::Exact
            } else {
                Confidence::Inferred
            };
            traced("item", [row.lines[0], row.lines[0]], confidence);
            if record.after.is_some() {
                traced("after", row.lines, Confidence::Exact);
            }
            if let Some((pages, reason, line)) = row.pages {
                let own = line >= row.lines[0] && line <= row.lines[1];
                let confidence = if own {
                    Confidence::Exact
                } else {
                    Confidence::Inferred
                };
                record.explanation = Some(reason);
                record.note = Some(format!("変更箇所の一覧 {pages} ページ"));
                traced("explanation", [line, line], confidence);
            }
            report.changes.push(record);
        }
        let mut unread = self.unread;
        unread.sort_unstable();
        trace.unread = super::ranges(
            unread
                .into_iter()
                .map(|no| (no, UnreadReason::ChangeRow))
                .collect(),
        );
        let mut warnings = Vec::new();
        if trace.values.is_empty() {
            warnings.push(Warning::NoValue);
        }
        Draft {
            report,
            trace,
            warnings,
            shape,
        }
    }
}

/// The cells of a row of the list: split at tabs, tags taken off (a checkbox as `[ ○ ]` or `[ ]`),
/// the five entities decoded, white space trimmed.
fn cells(line: &str) -> Vec<String> {
    line.trim_end_matches('\r')
        .split('\t')
        .map(|cell| untagged(cell).trim().to_owned())
        .collect()
}

/// `cell` without its tags: an `<input>` checkbox is `[ ○ ]` when `checked`, else `[ ]`; the
/// other tags leave a space where they ended a block, nothing where they marked words (`<u>`).
fn untagged(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut rest = cell;
    while let Some(open) = rest.find('<') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let tail = rest.get(open..).unwrap_or_default();
        let Some(close) = tail.find('>') else {
            out.push_str(tail);
            return decode_entities(&out);
        };
        let tag = tail.get(1..close).unwrap_or_default().to_ascii_lowercase();
        let name = tag.trim_start_matches('/');
        let name = name.split([' ', '/']).next().unwrap_or_default();
        if name == "input" {
            out.push_str(if tag.contains("checked") {
                "[ ○ ]"
            } else {
                "[ ]"
            });
        } else if !matches!(name, "u" | "b" | "i" | "strong" | "em" | "span" | "s")
            && !out.ends_with(' ')
            && !out.is_empty()
        {
            out.push(' ');
        }
        rest = tail.get(close + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    decode_entities(&out)
}

/// The five entities of HTML, and `&nbsp;`, decoded.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// Whether `cells` are a part's heading row (rule 1).
fn is_heading(cells: &[String]) -> bool {
    let mut filled = cells.iter().filter(|c| !c.is_empty());
    filled.next().is_some_and(|c| c == HEADING)
        && filled.clone().any(|c| c == PAGE)
        && filled.any(|c| c == REASON)
}

/// The chapter a heading cell names (`Ⅱ 特定個人情報ファイルの概要`, `II …`): a numeral of the
/// forms, ASCII or not, then white space and words.
fn chapter_of(cell: &str) -> Option<&'static str> {
    let (numeral, words) = cell.split_once([' ', '　', '\t'])?;
    if words.trim().is_empty() {
        return None;
    }
    crate::report::ROMAN_NUMERALS
        .iter()
        .find(|(ascii, roman)| numeral == *roman || numeral == *ascii)
        .map(|(_, roman)| *roman)
        .or_else(|| appendix_of(cell))
}

/// The 別添 a heading cell names: `（別添1）`, `(別添２)` → `別添1`.
fn appendix_of(cell: &str) -> Option<&'static str> {
    let folded = crate::label::fold(cell);
    let inner = folded.strip_prefix('(')?.strip_suffix(')')?;
    /// The appendices' keys (`別添1`…), the form's word with each number the forms give one.
    static KEYS: std::sync::LazyLock<[String; 3]> = std::sync::LazyLock::new(|| {
        ["1", "2", "3"].map(|n| format!("{}{n}", crate::form::APPENDIX))
    });
    let n = inner.strip_prefix(crate::form::APPENDIX)?;
    KEYS.iter()
        .find(|key| key.strip_prefix(crate::form::APPENDIX) == Some(n))
        .map(String::as_str)
}

/// The section number a heading cell names: `4. 特定個人情報ファイルの取扱いの委託`, `４．…`.
fn section_of(cell: &str) -> Option<u32> {
    let folded = crate::label::fold(cell);
    let digits = folded.chars().take_while(char::is_ascii_digit).count();
    let rest = folded.get(digits..)?;
    let words = rest.strip_prefix('.')?.trim_start();
    if digits == 0 || words.is_empty() || words.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    folded.get(..digits)?.parse().ok()
}

/// The block a heading cell names (`委託事項2`): its list's pattern and its index (from 0).
fn block_of(cell: &str) -> Option<(&'static str, usize)> {
    let folded = crate::label::fold(cell);
    BLOCKS.iter().find_map(|(word, pattern)| {
        let n: usize = folded.strip_prefix(word)?.trim().parse().ok()?;
        Some((*pattern, n.checked_sub(1)?))
    })
}

/// A label's circled number (if any) and its words: ※ marks, white space and a leading
/// （別添N） left out, folded as labels are compared.
fn label_words(label: &str) -> (Option<char>, String) {
    // The table writes an ambiguous label after its heading and a full-width space.
    let label = label.rsplit_once('　').map_or(label, |(_, tail)| tail);
    let mut chars = label.trim().chars().peekable();
    let circle = chars.next_if(|c| ('①'..='⑳').contains(c));
    let rest: String = chars.filter(|&c| c != '※' && !c.is_whitespace()).collect();
    let rest = crate::label::fold(&rest);
    let rest = rest
        .strip_prefix("(別添")
        .and_then(|r| r.split_once(')'))
        .map_or(rest.as_str(), |(_, tail)| tail);
    (circle, rest.to_owned())
}

/// The cells split into text and, at their end, the pages and the reason (rule 5): a cell of
/// page numbers followed by one cell of text.
fn split_pages<'c>(cells: &[&'c str]) -> (Vec<&'c str>, Option<(String, String)>) {
    if let [text @ .., pages, reason] = cells {
        if is_pages(pages) && !reason.is_empty() && !is_pages(reason) {
            return (
                text.to_vec(),
                Some(((*pages).to_owned(), (*reason).to_owned())),
            );
        }
    }
    (cells.to_vec(), None)
}

/// The pages and the reason at the start of a cell of their own: `41 国保事務センター…`.
fn pages_at_start(cell: &str) -> Option<(String, String)> {
    let (pages, reason) = cell.split_once([' ', '　'])?;
    (is_pages(pages) && !reason.trim().is_empty())
        .then(|| (pages.to_owned(), reason.trim().to_owned()))
}

/// Whether `cell` is page numbers: digits, joined by `~`, `-`, `,` or `、`.
fn is_pages(cell: &str) -> bool {
    let folded = crate::label::fold(cell);
    folded.starts_with(|c: char| c.is_ascii_digit())
        && folded.ends_with(|c: char| c.is_ascii_digit())
        && folded
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '~' | '～' | '〜' | '-' | ',' | '、' | ' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_lose_their_tags() {
        assert_eq!(
            cells("<p>②事務の内容 ※</p>\t<u>架空</u>の事務&amp;\t"),
            ["②事務の内容 ※", "架空の事務&", ""]
        );
        assert_eq!(
            untagged("<input checked type=\"checkbox\"/> 専用線 <input type=\"checkbox\"/> 紙"),
            "[ ○ ] 専用線 [ ] 紙"
        );
    }

    #[test]
    fn headings_are_read_in_the_forms_terms() {
        assert_eq!(chapter_of("II 特定個人情報ファイルの概要"), Some("Ⅱ"));
        assert_eq!(chapter_of("Ⅳ　開示請求、問合せ"), Some("Ⅳ"));
        assert_eq!(chapter_of("I"), None);
        assert_eq!(chapter_of("（別添2）"), None);
        assert_eq!(appendix_of("（別添２）"), Some("別添2"));
        assert_eq!(section_of("4. 特定個人情報ファイルの取扱いの委託"), Some(4));
        assert_eq!(section_of("１．特定個人情報ファイル名"), Some(1));
        assert_eq!(section_of("3.14"), None);
        assert_eq!(block_of("委託事項12"), Some(("files[].entrustments[]", 11)));
        assert_eq!(block_of("システム０"), None);
        assert_eq!(
            label_words("⑦再委託の有無 ※"),
            (Some('⑦'), "再委託の有無".to_owned())
        );
        assert_eq!(label_words("提供先　法令上の根拠").1, "法令上の根拠");
    }

    #[test]
    fn pages_are_numbers_before_a_reason() {
        assert!(is_pages("5~8") && is_pages("40,608,105") && is_pages("17"));
        assert!(!is_pages("第5条") && !is_pages(""));
        assert_eq!(
            split_pages(&["架空", "12", "架空の理由"]),
            (
                vec!["架空"],
                Some(("12".to_owned(), "架空の理由".to_owned()))
            )
        );
        assert_eq!(split_pages(&["1", "2"]).1, None);
        assert_eq!(
            pages_at_start("41 架空の追記"),
            Some(("41".to_owned(), "架空の追記".to_owned()))
        );
    }

    /// An invented list in the shape of a published one: a part for chapter Ⅰ's systems, one
    /// for a file's 委託事項 whose pages stand on a row of their own below.
    const LIST: &str = "変更または追記した箇所\tページ\t事由等\n\
        -------------\t-----\t-----\n\
        Ⅰ 基本情報\n\
        2. 特定個人情報ファイルを取り扱う事務において使用するシステム\t\t\n\
        システム2\t\t9~10\t架空の刷新\n\
        ①システムの名称\t<u>架空管理システム</u>\t\n\
        変更または追記した箇所\t\tページ\t事由等\n\
        架空の注記\n\
        II 特定個人情報ファイルの概要\n\
        1. 特定個人情報ファイル名\n\
        (1) 架空ファイル\n\
        4. 特定個人情報ファイルの取扱いの委託\n\
        委託事項2\t架空の入力業務\n\
        ①委託内容\t架空の入力業務\n\
        ④委託先への特定個人情報ファイルの提供方法\t<input checked type=\"checkbox\"/> 専用線\n\
        \t<input type=\"checkbox\"/> 紙\n\
        再委託\t⑦再委託の有無 ※\t[再委託しない]\n\
        \t\t33\t架空の委託の追加\n";

    fn onto() -> Report {
        let mut report = Report::example(AssessmentKind::Full);
        report.files.truncate(1);
        report
    }

    #[test]
    fn an_invented_list_is_read_onto_its_report() {
        let onto = onto();
        let draft = import_change_list(LIST, &onto).unwrap();
        let rows = draft.report.changes.get(onto.changes.len()..).unwrap();
        let ids: Vec<Option<ItemId>> = rows.iter().map(|r| r.item_id).collect();
        assert_eq!(
            ids,
            [
                Some(ItemId::SystemName),
                Some(ItemId::EntrustmentTitle),
                Some(ItemId::EntrustmentContent),
                Some(ItemId::EntrustmentHandoverMethods),
                Some(ItemId::EntrustmentReEntrustment),
            ]
        );
        let first = rows.first().unwrap();
        assert_eq!(first.after.as_deref(), Some("架空管理システム"));
        assert_eq!(first.explanation.as_deref(), Some("架空の刷新"));
        assert!(first.item.contains("システム２"), "{}", first.item);
        let methods = rows.get(3).unwrap();
        assert_eq!(methods.after.as_deref(), Some("[ ○ ] 専用線\n[ ] 紙"));
        // The pages below the part are each row's.
        assert!(
            rows.iter()
                .skip(1)
                .all(|r| r.explanation.as_deref() == Some("架空の委託の追加"))
        );
        assert!(
            rows.get(4).unwrap().item.contains("委託事項２"),
            "{}",
            rows[4].item
        );
        // The line that is no row is unread; every traced pointer is in the draft.
        assert_eq!(draft.trace.unread.len(), 1);
        assert_eq!(draft.trace.unread[0].lines, [8, 8]);
        let json: serde_json::Value = serde_json::from_str(&draft.report.to_json()).unwrap();
        for v in &draft.trace.values {
            assert!(json.pointer(&v.pointer).is_some(), "{}", v.pointer);
        }
        assert!(draft.warnings.is_empty());
    }

    #[test]
    fn a_text_without_the_heading_row_is_refused() {
        let onto = onto();
        assert_eq!(
            import_change_list("Ⅰ 基本情報\n①事務の名称\t架空の事務", &onto).unwrap_err(),
            ImportError::NotAReport
        );
        assert_eq!(
            import_change_list(" \n", &onto).unwrap_err(),
            ImportError::Empty
        );
        // A list whose rows name no item of the form: no value, a warning.
        let draft = import_change_list("変更または追記した箇所\tページ\t事由等\n架空の行\n", &onto)
            .unwrap();
        assert_eq!(draft.warnings, [Warning::NoValue]);
        assert_eq!(draft.report.changes, onto.changes);
    }
}
