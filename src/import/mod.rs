//! Reading a published 評価書's text into a draft [`Report`], with a trace of where every value
//! came from.
//!
//! About 10⁵ 評価書 are published as PDFs. [`import`] reads the text of one — as a PDF viewer
//! copies it or an extractor writes it, as HTML fragments, or as Markdown ([`Shape`]) — and
//! returns a [`Draft`]: the [`Report`] (it always loads; a value that was not found is `None`,
//! never invented), the [`Trace`] of every value filled (its JSON Pointer into the report's JSON,
//! the source lines, [`Confidence::Exact`] or [`Confidence::Inferred`]), the lines it could not
//! read with the reason, and warnings. A person confirms the draft; the trace says where to look.
//!
//! The reader knows the forms, not the documents: it walks the text by the item table
//! ([`crate::report::ItemId`]), whose numbers give each item's place (`Ⅱ4⑥` is ⑥ of
//! section ４ of chapter Ⅱ) and whose labels say how a line naming it starts. A line is an
//! item's label only where the form's structure puts that item; what follows it up to the next
//! label is the item's cell, read as the item's type reads it (a ＜選択肢＞ answer in brackets,
//! checked boxes, 和暦 dates, counts, legal bases through [`crate::legal_basis`]). The cover,
//! whose values a PDF text often prints away from their labels, is read by its layout and marked
//! inferred.
//!
//! What it does not read, it lists: the columns of check marks that a PDF text scrambles
//! (`[ ○ [` … `] 医療保険関係情報 ]`) are left empty, with their lines in [`Trace::unread`].
//!
//! ```
//! use mynumber_pia::import::{import, Confidence};
//! use mynumber_pia::{render, AssessmentKind, Report};
//!
//! let original = Report::example(AssessmentKind::Focused);
//! let text = render::to_markdown(&original);
//! let draft = import(&text)?;
//! assert_eq!(draft.report.form(), AssessmentKind::Focused);
//! assert_eq!(draft.report.affair.name, original.affair.name);
//! let name = draft.trace.values.iter().find(|v| v.pointer == "/affair/name").unwrap();
//! assert_eq!(name.confidence, Confidence::Exact);
//! # Ok::<(), mynumber_pia::import::ImportError>(())
//! ```
//!
//! Bytes in any encoding a municipal system writes (UTF-8 with or without a byte-order mark,
//! Shift_JIS) go through [`import_bytes`]; a PDF's text layer through `pdf_text` (feature
//! `pdf`).

mod blocks;
mod cover;
mod decode;
#[cfg(feature = "pdf")]
mod pdf;
mod text;
mod walk;

use std::fmt;

pub use decode::{BinaryReason, DecodeError, Decoded, Encoding, decode};
#[cfg(feature = "pdf")]
pub use pdf::{PdfError, pdf_text};
pub use text::Shape;

use crate::AssessmentKind;
use crate::report::{Cell, ChangeRecord, ItemId, ItemPath, Read, Report, Segment, field_at_mut};

/// How sure the importer is of a value.
///
/// ```
/// use mynumber_pia::import::Confidence;
///
/// assert_eq!(serde_json::to_string(&Confidence::Inferred).unwrap(), "\"inferred\"");
/// ```
#[doc(alias = "確度")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Confidence {
    /// Read as written: the value stands next to its label.
    Exact,
    /// Decided from the form's structure where the layout was ambiguous (a value away from its
    /// label, a bracket whose end was lost): check it.
    Inferred,
}

impl From<Read> for Confidence {
    fn from(read: Read) -> Self {
        match read {
            Read::Exact => Confidence::Exact,
            Read::Inferred => Confidence::Inferred,
        }
    }
}

/// One value the import filled, and where it came from.
#[doc(alias = "読取り元")]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TracedValue {
    /// The JSON Pointer (RFC 6901) of the value in the report's JSON (`/files/0/entrustments/1/entrustee`).
    pub pointer: String,
    /// The first and last source line (1-based) it was read from.
    pub lines: [usize; 2],
    /// How sure the import is.
    pub confidence: Confidence,
}

/// Lines the import could not read.
#[doc(alias = "未読行")]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Unread {
    /// The first and last source line (1-based).
    pub lines: [usize; 2],
    /// Why, in a few Japanese words.
    pub reason: String,
}

/// Where every value of a draft came from, and what was not read.
///
/// Serializes as `{"values": [{"pointer", "lines", "confidence"}, …], "unread": [{"lines",
/// "reason"}, …]}`.
#[doc(alias = "読取り記録")]
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Trace {
    /// Every value filled, in the order read.
    pub values: Vec<TracedValue>,
    /// The lines not read, in source order.
    pub unread: Vec<Unread>,
}

/// A report read from a published text, for a person to confirm.
#[doc(alias = "下書き")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Draft {
    /// The report: what was read, `None` or empty where nothing was.
    pub report: Report,
    /// Where each value came from, and what was not read.
    pub trace: Trace,
    /// Things a person should know (a block named twice, a value the model could not hold).
    pub warnings: Vec<String>,
    /// The shape the text was read as.
    pub shape: Shape,
}

impl Draft {
    /// The summary line `pia import` prints: form, values read, inferred, unread lines.
    ///
    /// ```
    /// use mynumber_pia::import::import;
    /// use mynumber_pia::{render, AssessmentKind, Report};
    ///
    /// let text = render::to_markdown(&Report::example(AssessmentKind::Basic));
    /// let line = import(&text)?.summary();
    /// assert!(line.starts_with("基礎項目評価書（Markdown）: "), "{line}");
    /// # Ok::<(), mynumber_pia::import::ImportError>(())
    /// ```
    #[must_use]
    pub fn summary(&self) -> String {
        let inferred = self
            .trace
            .values
            .iter()
            .filter(|v| v.confidence == Confidence::Inferred)
            .count();
        let unread: usize = self
            .trace
            .unread
            .iter()
            .map(|u| u.lines[1].saturating_sub(u.lines[0]) + 1)
            .sum();
        format!(
            "{}（{}）: 読み取った値 {}（うち推定 {}）、読めなかった行 {}、警告 {}",
            self.report.form().document_name(),
            self.shape,
            self.trace.values.len(),
            inferred,
            unread,
            self.warnings.len()
        )
    }
}

/// A text that is not a 評価書 the importer can read.
///
/// ```
/// use mynumber_pia::import::{import, ImportError};
///
/// assert_eq!(import("  \n"), Err(ImportError::Empty));
/// assert_eq!(
///     import("議事録\n出席者 5名").unwrap_err().to_string(),
///     "特定個人情報保護評価書ではありません（評価書の種類を示す「基礎項目評価書」「重点項目評価書」「全項目評価書」が見つかりません）"
/// );
/// ```
#[doc(alias = "取込みエラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// Nothing but white space.
    #[error("入力が空です")]
    Empty,
    /// Bytes that are not text.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// No form title or 様式 number anywhere in the text.
    #[error(
        "特定個人情報保護評価書ではありません（評価書の種類を示す「基礎項目評価書」「重点項目評価書」「全項目評価書」が見つかりません）"
    )]
    NotAReport,
    /// The text is a list of changed items (変更または追記した箇所), not a whole report.
    #[error(
        "変更箇所の一覧（「変更または追記した箇所」）で、評価書の全体ではありません（{line}行目）"
    )]
    ChangeList {
        /// The line of the list's heading.
        line: usize,
    },
}

/// Reads the text of a published 評価書 into a [`Draft`]. Deterministic; linear in the text.
///
/// # Errors
///
/// [`ImportError::Empty`] for blank text, [`ImportError::NotAReport`] when the text names no
/// form, [`ImportError::ChangeList`] for a list of changed items only.
pub fn import(text: &str) -> Result<Draft, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let shape = Shape::detect(text);
    let lines = text::lines(text, shape);
    let form = detect_form(&lines)?;
    let mut report = Report::empty(form);
    let mut warnings = Vec::new();
    let found = walk::Walker::new(&mut report, shape == Shape::PdfText).walk(&lines);
    let mut trace = Trace::default();
    let mut unread_lines: Vec<(usize, &'static str)> = Vec::new();

    let options = walk::option_words(form);
    let body_start = found.body_start.unwrap_or(usize::MAX);
    cover::read(&lines, body_start, &mut report, &mut trace);

    for ((id, indices), cell) in &found.cells {
        if let Some(reason) = misplaced(&report, *id, indices, cell, &found, &options) {
            unread_lines.extend(
                cell.lines
                    .iter()
                    .filter(|(_, t)| !t.trim().is_empty())
                    .map(|(no, _)| (*no, reason)),
            );
            continue;
        }
        let listed = lists_systems(report.form(), *id, cell);
        let mut also = Vec::new();
        let read = fill(&mut report, *id, indices, cell, &mut also);
        match (read, cell.span()) {
            (Some(read), Some((a, b))) => {
                let own = if listed {
                    // The list replaced the systems read before it; `also` names each one.
                    trace.values.retain(|v| !v.pointer.starts_with("/systems/"));
                    None
                } else {
                    Some((*id, indices.clone()))
                };
                let filled = own.into_iter().chain(also);
                trace.values.extend(filled.map(|(id, indices)| TracedValue {
                    pointer: pointer(&id.path(&indices)),
                    lines: [a, b],
                    confidence: read.into(),
                }));
            }
            (None, Some(_))
                if !cell.text().trim().is_empty()
                    && !crate::report::fill::is_empty_mark(&cell.text()) =>
            {
                for (no, t) in &cell.lines {
                    if !t.trim().is_empty() {
                        unread_lines.push((*no, "項目の値として読めない"));
                    }
                }
            }
            _ => {}
        }
    }
    for &no in &found.stray {
        if no > body_start {
            unread_lines.push((no, "どの項目にも属さない"));
        }
    }
    if let Some(start) = found.changes_start {
        if shape == Shape::PdfText {
            read_changes_blocks(&lines, start, &mut report, &mut trace, &mut unread_lines);
        } else {
            read_changes(&lines, start, &mut report, &mut trace, &mut unread_lines);
        }
    }
    trace.unread = ranges(unread_lines);
    ensure_loads(&mut report, &mut trace, &mut warnings);
    Ok(Draft {
        report,
        trace,
        warnings,
        shape,
    })
}

/// Decodes `bytes` ([`decode`]) and reads them with [`import`].
///
/// # Errors
///
/// A [`DecodeError`] for bytes that are not text, then as [`import`].
pub fn import_bytes(bytes: &[u8]) -> Result<Draft, ImportError> {
    let decoded = decode(bytes)?;
    import(&decoded.text)
}

/// The form a text is of: its title 「特定個人情報保護評価書（全項目評価書）」, else its 様式 number,
/// else the first form name it mentions.
fn detect_form(lines: &[text::Line]) -> Result<AssessmentKind, ImportError> {
    const NAMES: [(&str, AssessmentKind); 3] = [
        ("全項目評価書", AssessmentKind::Full),
        ("重点項目評価書", AssessmentKind::Focused),
        ("基礎項目評価書", AssessmentKind::Basic),
    ];
    let mut mentioned = None;
    let mut change_list = None;
    for line in lines.iter().take(400) {
        let s = crate::report::fill::squeeze(&line.text);
        if change_list.is_none() && s.starts_with("変更または追記した箇所") {
            change_list = Some(line.no);
        }
        for (name, form) in NAMES {
            if s.contains(&format!("特定個人情報保護評価書（{name}）"))
                || s.contains(&format!("特定個人情報保護評価書({name})"))
            {
                return Ok(form);
            }
            if mentioned.is_none() && s.contains(name) {
                mentioned = Some(form);
            }
        }
        for (digit, form) in [
            ('2', AssessmentKind::Basic),
            ('3', AssessmentKind::Focused),
            ('4', AssessmentKind::Full),
        ] {
            if s.contains(&format!("様式{digit}]")) && s.starts_with('[') {
                return Ok(form);
            }
        }
    }
    if let Some(line) = change_list {
        return Err(ImportError::ChangeList { line });
    }
    if mentioned.is_none() {
        // A title wrapped over two lines of a PDF text (`…重点項目評` / `価書`).
        let head: String = lines
            .iter()
            .take(60)
            .map(|l| crate::report::fill::squeeze(&l.text))
            .collect();
        mentioned = NAMES
            .iter()
            .filter_map(|(name, form)| head.find(name).map(|at| (at, *form)))
            .min_by_key(|&(at, _)| at)
            .map(|(_, form)| form);
    }
    mentioned.ok_or(ImportError::NotAReport)
}

/// Fills the item `id` at `indices` from `cell`, with what the form's layout needs beyond the
/// item's own type; the other items the cell filled go to `also`, for the trace (a 基礎 systems
/// list: every system it holds, in place of the cell's own).
fn fill(
    report: &mut Report,
    id: ItemId,
    indices: &[usize],
    cell: &Cell,
    also: &mut Vec<(ItemId, Vec<usize>)>,
) -> Option<Read> {
    match id {
        ItemId::SystemName if lists_systems(report.form(), id, cell) => {
            let names = walk::listed_names(cell);
            if names.is_empty() {
                return None;
            }
            report.systems = names
                .into_iter()
                .map(|name| crate::report::System {
                    name,
                    ..Default::default()
                })
                .collect();
            // Every system the list holds; the cell's own place may not be one of them.
            also.extend((0..report.systems.len()).map(|i| (ItemId::SystemName, vec![i])));
            Some(Read::Exact)
        }
        ItemId::FileProvisionTransfer => {
            let file = report.files.get_mut(*indices.first()?)?;
            read_provision_transfer(&mut file.provision_transfer, &cell.text())
        }
        ItemId::FileEntrustmentStatus => {
            let read = field_at_mut(report, id, indices)?.fill(cell);
            // The declared count (「（ 2 ）件」) stands in the same cell.
            if let Some(n) = count_of_cases(&cell.text()) {
                if let Some(file) = indices.first().and_then(|&f| report.files.get_mut(f)) {
                    file.entrustment_count = Some(n);
                    also.push((ItemId::FileEntrustmentCount, indices.to_vec()));
                }
            }
            read
        }
        _ => field_at_mut(report, id, indices)?.fill(cell),
    }
}

/// Whether `cell` of item `id` is 基礎 Ⅰ1③ listing the systems' names, one per line: it fills
/// the whole list (its pointer is `/systems`).
fn lists_systems(form: AssessmentKind, id: ItemId, cell: &Cell) -> bool {
    id == ItemId::SystemName
        && form == AssessmentKind::Basic
        && cell
            .lines
            .iter()
            .filter(|(_, t)| !t.trim().is_empty())
            .count()
            > 1
}

/// Why a cell the walk found holds no value of its item, if it does not: its label stood in a
/// stack of labels (PDF text), it begins with the closing bracket of a box whose mark and
/// label went elsewhere (`] 提供を行っている`), or it is a free text that is only the option of a
/// ＜選択肢＞ list (another item's answer).
fn misplaced(
    report: &Report,
    id: ItemId,
    indices: &[usize],
    cell: &Cell,
    found: &walk::Found,
    options: &std::collections::HashSet<String>,
) -> Option<&'static str> {
    use crate::report::Value;
    if found.stacked.contains(&(id, indices.to_vec())) {
        return Some("ラベルが並び、値の位置を決められない");
    }
    let text = cell.text();
    if text.trim_start().starts_with([']', '］']) {
        return Some("チェック欄の断片");
    }
    let free = matches!(
        crate::report::field_at(report, id, indices).map(|f| f.value()),
        Some(Value::Text(_) | Value::Texts(_) | Value::Basis(_))
    );
    let words = crate::report::fill::squeeze(crate::report::fill::strip_list_mark(&text));
    (free && options.contains(&words)).then_some("選択肢の語で、この項目の値ではない")
}

/// `（ 28 ）件` → 28.
fn count_of_cases(text: &str) -> Option<u32> {
    let at = text.find('件')?;
    let before = text.get(..at)?;
    let open = before.rfind(['（', '('])?;
    let inner = before.get(open..)?;
    let digits: String = inner
        .chars()
        .map(crate::label::fold_char)
        .filter(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// The number in the first `（ … ）` of `text`.
fn parenthesized_number(text: &str) -> Option<u32> {
    let open = text.find(['（', '('])?;
    let inner = text.get(open..)?;
    let close = inner.find(['）', ')'])?;
    let digits: String = inner
        .get(..close)?
        .chars()
        .map(crate::label::fold_char)
        .filter(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// 提供・移転の有無: `[ ○ ] 提供を行っている （ 28 ）件 [ ○ ] 移転を行っている （ 13 ）件 [ ] 行っていない`.
fn read_provision_transfer(
    status: &mut crate::report::ProvisionTransferStatus,
    text: &str,
) -> Option<Read> {
    let flat = text.replace('\n', " ");
    let mut read = None;
    let mut next = crate::report::ProvisionTransferStatus::default();
    for (label, which) in [
        ("提供を行っている", 0),
        ("移転を行っている", 1),
        ("行っていない", 2),
    ] {
        let Some(at) = flat.find(label) else { continue };
        let before = flat.get(..at)?;
        let open = before.rfind(['[', '［'])?;
        let mark = before.get(open..)?.trim_start_matches(['[', '［']);
        let mark = mark.trim_end().trim_end_matches([']', '］']).trim();
        let checked = !mark.is_empty();
        let after = flat.get(at + label.len()..)?;
        // `（ 28 ）件` or `提供先の件数（ 28 ）` before the next box.
        let upto = after.find(['[', '［']).unwrap_or(after.len());
        let count = after.get(..upto).and_then(parenthesized_number);
        match which {
            0 => {
                next.provision = checked;
                next.provision_count = count;
            }
            1 => {
                next.transfer = checked;
                next.transfer_count = count;
            }
            _ => next.neither = checked,
        }
        read = Some(Read::Exact);
    }
    if read.is_some() {
        *status = next;
    }
    read
}

/// The 変更箇所 rows: one row per line, six cells (tabs or `|`): 変更日, 項目, 変更前の記載,
/// 変更後の記載, 提出時期, 提出時期に係る説明.
fn read_changes(
    lines: &[text::Line],
    start: usize,
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, &'static str)>,
) {
    // A row is one source line: the lines an HTML cell was broken into are joined again.
    let mut rows: Vec<text::Line> = Vec::new();
    for line in lines.iter().filter(|l| l.no > start) {
        match rows.last_mut() {
            Some(last) if last.no == line.no => {
                // A piece that is only a tab still separates two cells.
                if !line.text.trim().is_empty() || line.text.contains('\t') {
                    last.text.push('\n');
                    last.text.push_str(&line.text);
                }
            }
            _ => rows.push(line.clone()),
        }
    }
    for line in &rows {
        let t = line.text.trim();
        if t.is_empty() {
            continue;
        }
        let cells: Vec<String> = line
            .text
            .split('\t')
            .map(|c| {
                c.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect();
        let header = crate::report::fill::squeeze(t).starts_with("変更日");
        if header {
            continue;
        }
        let date = cells
            .first()
            .and_then(|c| crate::report::fill::dates_in(c).into_iter().next())
            .and_then(|v| match v {
                crate::wareki::DateValue::Day(d) => Some(d.to_naive()),
                _ => None,
            });
        if cells.len() < 5 || date.is_none() {
            unread.push((line.no, "変更箇所の行として読めない"));
            continue;
        }
        let cell = |i: usize| {
            cells
                .get(i)
                .cloned()
                // A dash is an empty cell (記載要領): `None`.
                .filter(|c| !crate::report::fill::is_empty_mark(c))
        };
        let mut record = ChangeRecord::new(cell(1).unwrap_or_default());
        record.date = date;
        record.before = cell(2);
        record.after = cell(3);
        record.timing = cell(4).and_then(|t| t.parse().ok());
        record.explanation = cell(5);
        let index = report.changes.len();
        report.changes.push(record);
        trace.values.push(TracedValue {
            pointer: format!("/changes/{index}"),
            lines: [line.no, line.no],
            confidence: Confidence::Exact,
        });
    }
}

/// The 変更箇所 of a PDF text, where each cell stands on its own lines and cells are parted by
/// blank lines (a page's header row parts them too): a date alone starts a row; the cells up
/// to the one that starts with 「事前」 or 「事後」 are 項目, 変更前の記載 and 変更後の記載 when
/// there are exactly three (else only the 項目 is taken, the rest listed as unread); the rest of
/// the 提出時期's cell, or else the cell after it, is its 説明. A row whose cells run on past
/// its 説明, that has no 提出時期, or that holds more cells than the table has columns,
/// interleaves two rows of a page: only its date and 項目 are taken. Cells run together on one
/// line are parted first (see [`run_together`], [`text_and_timing`], [`timing_and_rest`]).
/// Rows are marked inferred: the columns are read from the order of the cells.
fn read_changes_blocks(
    lines: &[text::Line],
    start: usize,
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, &'static str)>,
) {
    use crate::report::fill::{dates_in, squeeze};
    const SCRAMBLED: &str = "変更箇所の列を決められない";
    // A date alone on its line (`令和5年4月1日`): the 変更日 cell that starts a row.
    let date_only = |t: &str| -> Option<chrono::NaiveDate> {
        let t = t.trim();
        match dates_in(t).as_slice() {
            [crate::wareki::DateValue::Day(d)] if squeeze(t).chars().count() <= 14 => {
                Some(d.to_naive())
            }
            _ => None,
        }
    };
    // Cells: runs of non-blank lines (each piece with its source line); a header row (repeated
    // on each page) ends a run. A PDF text also runs cells together: a date alone at the start
    // of a run is a cell of its own (the 項目 printed right under the 変更日), a date followed by
    // ditto marks (`令和2年4月1日 同上 同上`) is the row's first cells, and two texts that each
    // start with a date before the 提出時期 (`平成30年7月31日　時点 平成31年4月1日　時点 事後`)
    // are the 変更前 and 変更後 cells.
    let mut cells: Vec<Vec<Piece<'_>>> = Vec::new();
    let mut run: Vec<Piece<'_>> = Vec::new();
    // The cells split off a line of cells run together: never a row's 変更日.
    let mut split_off = std::collections::HashSet::new();
    // The cells a 提出時期 printed at the end of their last line closed (`削除 事後`).
    let mut closed_by_timing = std::collections::HashSet::new();
    // A page's number is no cell: the rows go on across it.
    for line in lines
        .iter()
        .filter(|l| l.no > start && !walk::is_page_number(&l.text))
    {
        let s = squeeze(&line.text);
        let header =
            s.starts_with("変更日") || (s.contains("変更前の記載") && s.contains("変更後の記載"));
        let t = line.text.trim();
        if s.is_empty() || header {
            if !run.is_empty() {
                cells.push(std::mem::take(&mut run));
            }
        } else if let Some(split) = run_together(t, &date_only) {
            if !run.is_empty() {
                cells.push(std::mem::take(&mut run));
            }
            let (head, timing) = split;
            let dated = timing.is_none();
            for (k, c) in head.into_iter().enumerate() {
                if k > 0 || !dated {
                    split_off.insert(cells.len());
                }
                cells.push(vec![(line.no, c)]);
            }
            if let Some(timing) = timing {
                run.push((line.no, timing));
            }
        } else if let Some((head, timing)) = text_and_timing(t) {
            // `…課長 事後`: the cell's last line, then the 提出時期.
            run.push((line.no, head));
            closed_by_timing.insert(cells.len());
            cells.push(std::mem::replace(&mut run, vec![(line.no, timing)]));
        } else if run.len() == 1 && run.first().is_some_and(|(_, l)| date_only(l).is_some()) {
            cells.push(std::mem::replace(&mut run, vec![(line.no, t)]));
        } else if let Some((timing, rest)) = timing_and_rest(t).filter(|_| run.is_empty()) {
            // `事後 追記`: the 提出時期 and its 説明 on one line.
            run.push((line.no, timing));
            run.push((line.no, rest));
        } else {
            run.push((line.no, t));
        }
    }
    if !run.is_empty() {
        cells.push(run);
    }
    let lone_date = |at: usize| -> Option<chrono::NaiveDate> {
        let [(_, line)] = cells.get(at)?.as_slice() else {
            return None;
        };
        if split_off.contains(&at) {
            return None;
        }
        date_only(line)
    };
    let text_of = |cell: &[Piece<'_>]| -> String {
        cell.iter()
            .map(|(_, l)| l.trim())
            .collect::<Vec<_>>()
            .join("\n")
    };
    // A cell that starts with the 提出時期: the timing, and the lines after it (its 説明).
    let timing_of = |cell: &[Piece<'_>]| -> Option<crate::report::SubmissionTiming> {
        let (_, first) = cell.first()?;
        squeeze(first).parse().ok()
    };
    let mut i = 0;
    while i < cells.len() {
        let Some(date) = lone_date(i) else {
            if let Some(cell) = cells.get(i) {
                unread.extend(
                    cell.iter()
                        .map(|(no, _)| (*no, "変更箇所の行として読めない")),
                );
            }
            i += 1;
            continue;
        };
        let first = cells
            .get(i)
            .and_then(|c| c.first())
            .map_or(0, |(no, _)| *no);
        let mut last = first;
        let mut content: Vec<Vec<Piece<'_>>> = Vec::new();
        // Whether the last cell of the content ended on the 提出時期's line.
        let mut ends_at_timing = false;
        let mut timing = None;
        let mut explanation: Option<&[Piece<'_>]> = None;
        let mut tail: Vec<&[Piece<'_>]> = Vec::new();
        i += 1;
        while let Some(cell) = cells.get(i) {
            if lone_date(i).is_some() {
                break;
            }
            last = cell.last().map_or(last, |(no, _)| *no);
            match (timing.is_some(), timing_of(cell)) {
                (false, Some(t)) => {
                    timing = Some(t);
                    explanation = cell.get(1..).filter(|rest| !rest.is_empty());
                }
                (false, None) => {
                    let beyond_item = content.len() > 1;
                    match content.last_mut() {
                        // 「～上記追加」 speaks of the text above it: the same cell, parted by
                        // a blank line.
                        Some(above) if beyond_item && refers_above(cell) => {
                            above.extend(cell.iter().copied());
                        }
                        _ => content.push(cell.clone()),
                    }
                    ends_at_timing = closed_by_timing.contains(&i);
                }
                (true, t) => {
                    if explanation.is_none() && t.is_none() {
                        explanation = Some(cell.as_slice());
                    } else {
                        tail.push(cell.as_slice());
                    }
                }
            }
            i += 1;
        }
        for cell in &tail {
            unread.extend(cell.iter().map(|(no, _)| (*no, SCRAMBLED)));
        }
        // Every row has its 提出時期; a cell past the 説明, or a 説明 that names a place,
        // belongs to another row.
        let interleaved = timing.is_none()
            || !tail.is_empty()
            || explanation.is_some_and(|c| looks_like_place(&text_of(c)));
        let item = content.first().map(|c| text_of(c)).unwrap_or_default();
        // The 項目 column is narrow and names a place (or is a ditto mark): a long text is a
        // cell carried over.
        let narrow = content.first().is_some_and(|c| c.len() <= 6);
        if !narrow || !(looks_like_place(&item) || is_ditto(&item)) {
            // A date above text that names no item: a long cell carried onto the next page.
            for cell in content.iter().map(Vec::as_slice).chain(explanation) {
                unread.extend(cell.iter().map(|(no, _)| (*no, SCRAMBLED)));
            }
            continue;
        }
        // One run below the 項目 whose first line is an editorial note in brackets or a dash
        // (`（右記の内容を追記）`, `―`) holds both columns: the note is the 変更前, the rest the
        // 変更後 (the 変更前 column is the narrower text).
        if let [_, both] = content.as_mut_slice() {
            if both.len() > 1 && both.first().is_some_and(|(_, l)| is_note_cell(l)) {
                let after = both.split_off(1);
                content.push(after);
            }
        }
        // One line below the 項目 that ends on the 提出時期's line (`削除 事後`) is the 変更後;
        // the 変更前 was left blank.
        if let [_, only] = content.as_slice() {
            if ends_at_timing && only.len() == 1 {
                content.insert(1, Vec::new());
            }
        }
        let interleaved = interleaved || content.len() > 3;
        // Cells run together on one line (`2018/4/1 平成30年7月31日　時点 事前` that was not
        // split): the columns cannot be told apart.
        let merged = content.iter().any(|c| {
            c.iter().any(|(_, l)| {
                let t = l.trim_end();
                t.len() > "事前".len() && (t.ends_with(" 事前") || t.ends_with(" 事後"))
            })
        });
        let mut record = ChangeRecord::new(item);
        record.date = Some(date);
        if let (false, false, [_, before, after]) = (merged, interleaved, content.as_slice()) {
            record.before = Some(text_of(before))
                .filter(|t| !t.is_empty() && !crate::report::fill::is_empty_mark(t));
            record.after = Some(text_of(after)).filter(|t| !crate::report::fill::is_empty_mark(t));
        } else {
            for cell in content.iter().skip(1) {
                unread.extend(cell.iter().map(|(no, _)| (*no, SCRAMBLED)));
            }
        }
        if interleaved {
            for cell in explanation.iter() {
                unread.extend(cell.iter().map(|(no, _)| (*no, SCRAMBLED)));
            }
        } else {
            record.timing = timing;
            record.explanation = explanation.map(&text_of);
        }
        let index = report.changes.len();
        report.changes.push(record);
        trace.values.push(TracedValue {
            pointer: format!("/changes/{index}"),
            lines: [first, last],
            confidence: Confidence::Inferred,
        });
    }
}

/// A piece of a 変更箇所 cell: its source line and text.
type Piece<'a> = (usize, &'a str);

/// A ditto mark standing for the cell above (`同上`, `〃`).
fn is_ditto(text: &str) -> bool {
    matches!(text.trim(), "同上" | "〃" | "同じ")
}

/// A 変更前 cell that is only an editorial note in brackets (`（右記の内容を追記）`) or a dash.
fn is_note_cell(text: &str) -> bool {
    let t = text.trim();
    crate::report::fill::is_empty_mark(t)
        || (t.starts_with(['（', '(']) && t.ends_with(['）', ')']) && t.chars().count() <= 40)
}

/// `削除 事後` → (`削除`, `事後`): a cell's last line and the 提出時期 after it.
fn text_and_timing(text: &str) -> Option<(&str, &str)> {
    let (head, timing) = text.rsplit_once(' ')?;
    timing.parse::<crate::report::SubmissionTiming>().ok()?;
    let head = head.trim();
    (!head.is_empty()).then_some((head, timing))
}

/// `事後 追記` → (`事後`, `追記`): a 提出時期 and the start of its 説明 on one line.
fn timing_and_rest(text: &str) -> Option<(&str, &str)> {
    let (head, rest) = text.split_once([' ', '　'])?;
    head.parse::<crate::report::SubmissionTiming>().ok()?;
    let rest = rest.trim();
    (!rest.is_empty()).then_some((head, rest))
}

/// Cells a PDF text ran together on one line, parted by half-width spaces: a date followed
/// by ditto marks (`令和2年4月1日 同上 同上` → the date, `同上`, `同上`), or two texts each
/// starting with a date, then the 提出時期 (`平成30年7月31日　時点 平成31年4月1日　時点 事後`
/// → the two texts, and `事後`). The first text may be a date in figures (`2018/4/1`).
fn run_together<'a>(
    text: &'a str,
    date_only: &dyn Fn(&str) -> Option<chrono::NaiveDate>,
) -> Option<(Vec<&'a str>, Option<&'a str>)> {
    use crate::report::fill::dates_in;
    // The words parted by half-width spaces, each with its byte offset.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut from = 0;
    for (at, _) in text.match_indices(' ').chain([(text.len(), "")]) {
        if let Some(w) = text.get(from..at).filter(|w| !w.is_empty()) {
            words.push((from, w));
        }
        from = at + 1;
    }
    if words.len() < 2 {
        return None;
    }
    if let Some(((_, first), rest)) = words.split_first() {
        if date_only(first).is_some() && rest.len() <= 2 && rest.iter().all(|(_, w)| is_ditto(w)) {
            return Some((words.iter().map(|(_, w)| *w).collect(), None));
        }
    }
    let (&(end, last), head) = words.split_last()?;
    last.parse::<crate::report::SubmissionTiming>().ok()?;
    // The texts: each starts at a word that holds a date (or at the first word); two words
    // (`発生なし 発生あり 事後`) are the two texts.
    let starts: Vec<usize> = if head.len() == 2 {
        head.iter().map(|(at, _)| *at).collect()
    } else {
        let &(first_at, first) = head.first()?;
        let figures =
            first.split('/').count() == 3 && first.chars().all(|c| c.is_ascii_digit() || c == '/');
        if dates_in(first).is_empty() && !figures {
            return None;
        }
        std::iter::once(first_at)
            .chain(
                head.iter()
                    .skip(1)
                    .filter(|(_, w)| !dates_in(w).is_empty())
                    .map(|(at, _)| *at),
            )
            .collect()
    };
    let [a, b] = starts.as_slice() else {
        return None;
    };
    let before = text.get(*a..*b)?.trim();
    let after = text.get(*b..end)?.trim();
    // Each text is short: a date and a word or two (`時点`).
    if before.chars().count() > 24 || after.chars().count() > 24 {
        return None;
    }
    Some((vec![before, after], Some(last)))
}

/// Whether a cell begins by pointing at the text above it (`～上記追加。`, `上記のとおり`): in a
/// table cell 「上記」 is the same cell's text, so the two are one cell.
fn refers_above(cell: &[Piece<'_>]) -> bool {
    cell.first().is_some_and(|(_, l)| {
        let t = l.trim_start();
        t.starts_with(['～', '〜', '~']) || t.starts_with("上記")
    })
}

/// Whether a 変更箇所 cell names a place in the form: a chapter (`Ⅱ`), a section (`５．`),
/// an item (`③`), an appendix or the cover.
fn looks_like_place(text: &str) -> bool {
    let t = text.trim_start();
    let Some(c) = t.chars().next() else {
        return false;
    };
    ('Ⅰ'..='Ⅹ').contains(&c)
        || "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".contains(c)
        || t.starts_with(['I', 'V'])
        || t.starts_with("（別添")
        || t.starts_with("(別添")
        || t.starts_with("表紙")
        || t.starts_with("評価書")
        || {
            let digits: String = t
                .chars()
                .map(crate::label::fold_char)
                .take_while(char::is_ascii_digit)
                .collect();
            !digits.is_empty()
                && t.chars()
                    .nth(digits.chars().count())
                    .is_some_and(|c| matches!(c, '．' | '.'))
        }
}

/// Sorted line numbers with reasons as ranges of consecutive lines of one reason.
fn ranges(mut lines: Vec<(usize, &'static str)>) -> Vec<Unread> {
    lines.sort_unstable();
    lines.dedup_by_key(|(no, _)| *no);
    let mut out: Vec<Unread> = Vec::new();
    for (no, reason) in lines {
        match out.last_mut() {
            Some(last) if last.lines[1] + 1 == no && last.reason == reason => last.lines[1] = no,
            _ => out.push(Unread {
                lines: [no, no],
                reason: reason.to_owned(),
            }),
        }
    }
    out
}

/// An [`ItemPath`] as a JSON Pointer: `files[0].entrustments[2]` → `/files/0/entrustments/2`.
fn pointer(path: &ItemPath) -> String {
    let mut out = String::new();
    for segment in path.segments() {
        out.push('/');
        match segment {
            Segment::Index(i) => out.push_str(&i.to_string()),
            Segment::Field(name) => {
                out.push_str(&name.replace('~', "~0").replace('/', "~1"));
            }
        }
    }
    out
}

/// Makes sure the draft loads: a value the loader refuses is emptied, with a warning, and its
/// trace dropped.
#[cfg(feature = "json")]
fn ensure_loads(report: &mut Report, trace: &mut Trace, warnings: &mut Vec<String>) {
    for _ in 0..16 {
        let json = report.to_json();
        let Err(err) = Report::from_json(&json) else {
            return;
        };
        let path: Option<ItemPath> = Some(err.path().clone());
        let item = path.as_ref().and_then(ItemPath::item);
        let cleared = match (item, &path) {
            (Some(id), Some(path)) => {
                let indices: Vec<usize> = path.indices().collect();
                match field_at_mut(report, id, &indices) {
                    Some(field) => {
                        field.clear();
                        let p = pointer(&id.path(&indices));
                        trace.values.retain(|v| v.pointer != p);
                        true
                    }
                    None => false,
                }
            }
            _ => false,
        };
        warnings.push(format!(
            "読み取った値を読み込めないため空にしました: {}",
            crate::label::Quoted(&err.to_string())
        ));
        if !cleared {
            return;
        }
    }
}

#[cfg(not(feature = "json"))]
fn ensure_loads(_: &mut Report, _: &mut Trace, _: &mut Vec<String>) {}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Confidence::Exact => "exact",
            Confidence::Inferred => "inferred",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_escape_and_index() {
        let path: ItemPath = "files[0].entrustments[2].entrustee".parse().unwrap();
        assert_eq!(pointer(&path), "/files/0/entrustments/2/entrustee");
    }

    #[test]
    fn unread_lines_become_ranges() {
        let got = ranges(vec![(3, "a"), (1, "a"), (2, "a"), (7, "b"), (8, "a")]);
        let got: Vec<_> = got.iter().map(|u| (u.lines, u.reason.as_str())).collect();
        assert_eq!(got, [([1, 3], "a"), ([7, 7], "b"), ([8, 8], "a")]);
    }

    #[test]
    fn provision_transfer_reads_marks_and_counts() {
        let mut s = crate::report::ProvisionTransferStatus::default();
        let read = read_provision_transfer(
            &mut s,
            "[ ○ ] 提供を行っている （ 28 ）件 [ ○ ] 移転を行っている （ 13 ）件 [ ] 行っていない",
        );
        assert_eq!(read, Some(Read::Exact));
        assert!(s.provision && s.transfer && !s.neither);
        assert_eq!((s.provision_count, s.transfer_count), (Some(28), Some(13)));
        assert_eq!(count_of_cases("[ 委託する ] （ 10 ） 件"), Some(10));
    }

    /// Found by the fuzz target `import`: a 基礎 systems list read after a numbered system
    /// replaced it and left a pointer to a system that was no longer there.
    #[cfg(feature = "json")]
    #[test]
    fn a_systems_list_is_traced_name_by_name() {
        let draft = import("基礎項目評価書\nⅠ\u{3000}関連情報\nシステム3ム\nシステム3団").unwrap();
        let json: serde_json::Value = serde_json::from_str(&draft.report.to_json()).unwrap();
        for v in &draft.trace.values {
            assert!(json.pointer(&v.pointer).is_some(), "{}", v.pointer);
        }
        let pointers: Vec<&str> = draft
            .trace
            .values
            .iter()
            .map(|v| v.pointer.as_str())
            .collect();
        assert_eq!(pointers.len(), draft.report.systems.len(), "{pointers:?}");
        assert!(
            pointers.iter().all(|p| p.starts_with("/systems/")),
            "{pointers:?}"
        );
    }

    /// An invented 重点 text in the PDF shape: the title, chapter Ⅰ, then `body`.
    fn pdf(body: &str) -> Draft {
        import(&format!(
            "特定個人情報保護評価書（重点項目評価書）\n\nⅠ　基本情報\n\n{body}"
        ))
        .unwrap()
    }

    fn unread_reasons(draft: &Draft) -> Vec<&str> {
        draft
            .trace
            .unread
            .iter()
            .map(|u| u.reason.as_str())
            .collect()
    }

    #[test]
    fn a_block_run_that_goes_back_is_read_where_only_one_block_can_take_it() {
        // Block 1 holds ① and ⑦; the run ②⑦ after it repeats ⑦, so it is block 2's, printed
        // above block 2's heading.
        let head = "Ⅱ　特定個人情報ファイルの概要\n\n １．特定個人情報ファイル名\n架空ファイル\n\n ５．特定個人情報の提供・移転（委託に伴うものを除く。）\n\n";
        let draft = pdf(&format!(
            "{head} 提供先1 架空協会\n\n ①法令上の根拠 架空法第1条\n\n ⑦時期・頻度 随時\n\n ②提供先における用途 架空の支給事務\n\n ⑦時期・頻度 月次\n\n 提供先2 架空組合\n\n ①法令上の根拠 架空法第2条\n\n"
        ));
        let file = &draft.report.files[0];
        assert_eq!(file.provisions[0].purpose, None);
        assert_eq!(
            file.provisions[1].purpose.as_deref(),
            Some("架空の支給事務")
        );
        assert_eq!(file.provisions[1].timing.as_deref(), Some("月次"));
        let traced = draft
            .trace
            .values
            .iter()
            .find(|v| v.pointer == "/files/0/provisions/1/purpose")
            .unwrap();
        assert_eq!(traced.confidence, Confidence::Inferred);
        // Where both blocks could take the run, it is left unread.
        let draft = pdf(&format!(
            "{head} 提供先1 架空協会\n\n ①法令上の根拠 架空法第1条\n\n ⑦時期・頻度 随時\n\n ②提供先における用途 架空の支給事務\n\n 提供先2 架空組合\n\n"
        ));
        let file = &draft.report.files[0];
        assert!(file.provisions.iter().all(|p| p.purpose.is_none()));
    }

    #[test]
    fn stacked_labels_leave_their_values_unread() {
        let draft =
            pdf(" ３．特定個人情報ファイル名\n\n ４．個人番号の利用 ※\n\n架空台帳ファイル\n\n");
        assert_eq!(draft.report.affair.number_use_basis, None);
        assert!(
            unread_reasons(&draft).contains(&"ラベルが並び、値の位置を決められない"),
            "{:?}",
            draft.trace.unread
        );
        // A heading and its own item's label are one item, not a stack.
        let draft = pdf(" ４．個人番号の利用\n\n 法令上の根拠\n\n架空条例第3条\n\n");
        assert!(draft.report.affair.number_use_basis.is_some());
    }

    #[test]
    fn box_fragments_and_option_words_are_not_values() {
        let draft = pdf(
            "Ⅱ　特定個人情報ファイルの概要\n\n １．特定個人情報ファイル名\n架空ファイル\n\n ５．特定個人情報の提供・移転（委託に伴うものを除く。）\n\n 提供先1\n\n] 提供を行っている 3 ） 件\n\n ①法令上の根拠\n\n再委託しない\n\n",
        );
        let provision = draft
            .report
            .files
            .first()
            .and_then(|f| f.provisions.first());
        assert!(provision.is_none_or(|p| p.name.is_none() && p.legal_basis.is_none()));
        let reasons = unread_reasons(&draft);
        assert!(reasons.contains(&"チェック欄の断片"), "{reasons:?}");
        assert!(
            reasons.contains(&"選択肢の語で、この項目の値ではない"),
            "{reasons:?}"
        );
    }

    #[test]
    fn a_circled_label_ends_the_cell_and_a_note_mark_is_no_value() {
        let draft = pdf(
            "Ⅳ　開示請求、問合せ\n\n ２．特定個人情報ファイルの取扱いに関する問合せ\n\n ①連絡先\n架空市　総務課\n  ①実施日\n\n",
        );
        assert_eq!(
            draft.report.disclosure.inquiry_contact.as_deref(),
            Some("架空市　総務課")
        );
    }

    fn changes(rows: &str) -> Draft {
        pdf(&format!(
            "変更箇所\n\n変更日 項目 変更前の記載 変更後の記載 提出時期 提出時期に係る説明\n\n{rows}"
        ))
    }

    #[test]
    fn change_rows_take_timing_and_explanation_from_one_cell() {
        let draft = changes(
            "令和5年4月1日\n\nⅠ　２．システム\n\n旧い記載\n\n新しい記載\n\n事後\n軽微な変更\nである\n\n",
        );
        let [row] = draft.report.changes.as_slice() else {
            panic!("{:?}", draft.report.changes)
        };
        assert_eq!(row.before.as_deref(), Some("旧い記載"));
        assert_eq!(row.after.as_deref(), Some("新しい記載"));
        assert_eq!(row.timing, Some(crate::report::SubmissionTiming::After));
        assert_eq!(row.explanation.as_deref(), Some("軽微な変更\nである"));
    }

    #[test]
    fn interleaved_change_rows_keep_only_date_and_item() {
        // Before and after in one run, then a stray cell of another row past the 説明; a page's
        // header row in between.
        let draft = changes(
            "令和5年4月1日\n\nⅠ　２．システム\n\n旧い記載\n新しい記載\n\n事前\n説明\n\n 提出時期に係る説明変更日 項目 変更前の記載 変更後の記載 提出時期\n\n事後\n\n令和5年4月2日\n\nⅡ　３．入手\n\n追加\n\n～上記追加\n\n事後\n\n",
        );
        let rows = &draft.report.changes;
        assert_eq!(rows.len(), 2, "{rows:?}");
        for row in rows {
            assert!(row.before.is_none() && row.after.is_none(), "{row:?}");
        }
        let first = rows.first().unwrap();
        assert_eq!((first.timing, first.explanation.as_deref()), (None, None));
        assert_eq!(
            rows.get(1).unwrap().timing,
            Some(crate::report::SubmissionTiming::After)
        );
    }

    #[test]
    fn change_cells_run_together_on_a_line_are_parted() {
        // A date right above its 項目; two dated texts and the 提出時期 on one line; a note
        // and the new text in one run; ditto marks beside a date; 提出時期 and 説明 on a line;
        // a 変更後 alone on the 提出時期's line.
        let draft = changes(concat!(
            "令和5年4月1日\nⅡ　しきい値判断項目\nいつ時点の計数か\n\n",
            "令和4年4月1日　時点 令和5年4月1日　時点 事後\n\n",
            "令和5年5月1日\n\nⅠ　２．システム\n\n（右記の内容を追記）\n架空システム\n\n事前 追記\n\n",
            "令和5年5月1日 同上 同上\n\n新しい記載\n\n事前\n\n",
            "令和5年6月1日\n\nⅡ　３．重大事故\n\n発生なし 発生あり 事後\n\n",
            "令和5年7月1日\n\nⅡ　５．提供先2\n\n削除 事後\nその他の変更\n\n",
        ));
        let rows: Vec<_> = draft
            .report
            .changes
            .iter()
            .map(|r| {
                (
                    r.item.as_str(),
                    r.before.as_deref(),
                    r.after.as_deref(),
                    r.timing,
                    r.explanation.as_deref(),
                )
            })
            .collect();
        use crate::report::SubmissionTiming::{After, Before};
        assert_eq!(
            rows,
            [
                (
                    "Ⅱ　しきい値判断項目\nいつ時点の計数か",
                    Some("令和4年4月1日　時点"),
                    Some("令和5年4月1日　時点"),
                    Some(After),
                    None
                ),
                (
                    "Ⅰ　２．システム",
                    Some("（右記の内容を追記）"),
                    Some("架空システム"),
                    Some(Before),
                    Some("追記")
                ),
                ("同上", Some("同上"), Some("新しい記載"), Some(Before), None),
                (
                    "Ⅱ　３．重大事故",
                    Some("発生なし"),
                    Some("発生あり"),
                    Some(After),
                    None
                ),
                (
                    "Ⅱ　５．提供先2",
                    None,
                    Some("削除"),
                    Some(After),
                    Some("その他の変更")
                ),
            ]
        );
    }

    #[test]
    fn the_form_is_read_from_the_title_or_the_form_number() {
        let lines = text::lines(
            "評価書番号\n特定個人情報保護評価書（重点項目評価書）\n",
            Shape::PdfText,
        );
        assert_eq!(detect_form(&lines), Ok(AssessmentKind::Focused));
        let lines = text::lines("[令和６年10月　様式２]\n", Shape::PdfText);
        assert_eq!(detect_form(&lines), Ok(AssessmentKind::Basic));
        let lines = text::lines("変更または追記した箇所\tページ\n", Shape::PdfText);
        assert_eq!(
            detect_form(&lines),
            Err(ImportError::ChangeList { line: 1 })
        );
    }
}
