//! Reading a published 評価書's text into a draft [`Report`], with a trace of where every value
//! came from.
//!
//! **From [`crate::form`]** it takes every label, alias and number of every revision
//! ([`crate::form::labels`], [`crate::form::DIFFERENCES`]), the chapter titles, the section titles,
//! the ＜選択肢＞ heading's spellings, the box orders, the label of the 「その他（ ）」 box, the
//! endings of a body's name, the block words ([`crate::form::ENTRUSTMENT`], …), the forms' names
//! and 様式 numbers ([`AssessmentKind::document_name`], [`AssessmentKind::form_number`]), the
//! word of the 様式 tag (the label of [`ItemId::CoverFormVersion`]), the 変更箇所's columns and
//! 提出時期 labels, and the form's skeleton whose values name every item's parts and options; no
//! word comes from an example report. A circled label in words no revision prints is
//! never read by its number alone.
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
//! # The stages, in order
//!
//! 1. *decode* ([`decode()`]): bytes → text;
//! 2. *shape* (`shape.rs`): the text as lines of one cell each — two pages printed side by
//!    side read one after the other (`sheets.rs`), cells run together on one line split at the
//!    form's labels, spaced kanji closed up, a label a layout text printed beside the middle of
//!    its value's lines set above them, page furniture taken off ([`Trace::furniture`]);
//! 3. *detect* (`detect.rs`): the form, the revision its 様式 tag names, and where a second
//!    report begins ([`Warning::SecondReport`]); a text without the form's evidence is refused;
//! 4. *classify* (`classify.rs`): the headings of the forms, tested once by the form's words;
//! 5. *locate*: the lines walked through the form's items (`walk.rs`), each item's cell found
//!    by the place its number gives it; a block headed a second time is warned of
//!    ([`Warning::BlockTwice`]) and its cells left unread ([`UnreadReason::BlockTwice`]);
//! 6. *rules*: the cover's rules (`cover.rs`), each cell read by its item's type, and the
//!    layout rules that place values printed away from their labels (`series.rs`, `boxes.rs`,
//!    `apart.rs`, `choices.rs`, `stacks.rs`, `lone.rs`, `implied.rs`); each value carries the
//!    id of the rule that read it ([`TracedValue::rule`]);
//! 7. *arbiter* (`arbiter.rs`): the one place a rule's proposal becomes a value, through the
//!    item's own reader; a second reading that disagrees is refused
//!    ([`UnreadReason::Conflict`]) — the cover's rules propose through it;
//! 8. *changes* (`changes.rs`): the 変更箇所 table, its own small pipeline on the same lines —
//!    a row a line (HTML, Markdown), a cell a line where a table text's rows lost their tabs
//!    (`changes/cell_lines.rs`), cells parted by blank lines (a PDF text), cells in the
//!    order the page draws them with no blank line between, an item number under each row
//!    (`changes/unbroken.rs`), or with none, each 項目 ended by a label of the form
//!    (`changes/run_on.rs`).
//!
//! Every tuning number of these stages is in `limits.rs`, with its reason.
//!
//! What could not be read is listed with a typed reason ([`UnreadReason`]), and what a person
//! should know is a typed [`Warning`], each with a stable code (their tables are in their
//! docs). Line numbers of every stage after *shape* are mapped back
//! to the source lines.
//!
//! Bytes in any encoding a municipal system writes (UTF-8 with or without a byte-order mark,
//! Shift_JIS) go through [`import_bytes`]; a PDF's text layer through `pdf_text` (feature
//! `pdf`), or `read_pdf` and `PdfText::import`, whose draft warns when the PDF reader mapped
//! radicals or compatibility ideographs back to the ideographs the page shows
//! ([`Warning::VariantCharacters`]).

/// `per_form!(T, build, form)`: the `&'static T` that `build(form)` makes, built the first
/// time a text of that form asks for it and kept for every later text (a pass's words of a
/// form, which are the same for every text of the form). `build` is a function of the form.
macro_rules! per_form {
    ($ty:ty, $build:expr, $form:expr) => {{
        static PER_FORM: [std::sync::LazyLock<$ty>; 3] = [
            std::sync::LazyLock::new(|| $build($crate::AssessmentKind::Basic)),
            std::sync::LazyLock::new(|| $build($crate::AssessmentKind::Focused)),
            std::sync::LazyLock::new(|| $build($crate::AssessmentKind::Full)),
        ];
        $crate::import::form_words::pick(&PER_FORM, $form)
    }};
}

mod apart;
mod arbiter;
mod blocks;
mod boxes;
mod change_list;
mod changes;
mod choices;
mod classify;
mod cover;
mod decode;
mod detect;
mod diagnostics;
mod fill;
mod form_words;
pub(crate) mod gaps;
mod implied;
mod limits;
mod list_end;
mod lone;
mod markup;
mod note_mark;
mod parted;
#[cfg(feature = "pdf")]
mod pdf;
mod radicals;
mod series;
mod shape;
mod sheets;
mod stacks;
mod text;
mod walk;

use std::fmt;

use limits::COVER_ITEMS_READ;

pub use change_list::import_change_list;
pub use decode::{BinaryReason, DecodeError, Decoded, Encoding, decode};
pub use diagnostics::{UnreadReason, Warning};
pub use gaps::{Gap, Gaps};
#[cfg(feature = "pdf")]
pub use pdf::{PdfError, PdfText, pdf_text, read_pdf};
pub use text::Shape;

use crate::AssessmentKind;
#[cfg(any(test, feature = "json"))]
use crate::report::ItemPath;
use crate::report::{Cell, ItemId, Read, Report, field_at_mut};

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
    /// The id of the rule that read it (`cell`: the item's own cell, read by the item's type;
    /// the others name the layout rule that placed a value printed away from its label).
    pub rule: std::borrow::Cow<'static, str>,
}

/// Lines the import could not read.
///
/// Serializes as `{"lines": [first, last], "code": "IU001", "reason": "どの項目にも属さない"}`:
/// the [reason](UnreadReason)'s code and its Japanese message.
#[doc(alias = "未読行")]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(into = "UnreadJson", try_from = "UnreadJson")]
#[non_exhaustive]
pub struct Unread {
    /// The first and last source line (1-based).
    pub lines: [usize; 2],
    /// Why.
    pub reason: UnreadReason,
}

/// [`Unread`] as its JSON writes it: the reason as its code and message.
#[derive(serde::Serialize, serde::Deserialize)]
struct UnreadJson {
    lines: [usize; 2],
    code: String,
    reason: String,
}

impl From<Unread> for UnreadJson {
    fn from(unread: Unread) -> Self {
        UnreadJson {
            lines: unread.lines,
            code: unread.reason.code().to_owned(),
            reason: unread.reason.message().to_owned(),
        }
    }
}

impl TryFrom<UnreadJson> for Unread {
    type Error = String;

    fn try_from(json: UnreadJson) -> Result<Self, Self::Error> {
        let reason = UnreadReason::from_code(&json.code)
            .ok_or_else(|| format!("未読の理由のコードではありません: {}", json.code))?;
        Ok(Unread {
            lines: json.lines,
            reason,
        })
    }
}

/// What kind of page furniture the shape stage took off a text.
///
/// ```
/// use mynumber_pia::import::FurnitureKind;
///
/// assert_eq!(serde_json::to_string(&FurnitureKind::PageNumber).unwrap(), "\"page_number\"");
/// ```
#[doc(alias = "ページ要素")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FurnitureKind {
    /// A page mark alone on a line: `1 / 69 ページ`, `- 3 -`.
    PageMark,
    /// A number alone on a line, one of a run that steps by one through the text.
    PageNumber,
    /// A line repeated beside the page marks of most pages: a running header or footer.
    RunningHeader,
    /// A chapter's heading repeated at the top of a page in mid-cell (a table's header row
    /// that a word processor repeats on each page).
    RepeatedHeading,
    /// A reading printed in kana over a name's kanji (ルビ), given a line of its own.
    Ruby,
    /// A screen reader's announcement of the document's structure, on a line of its own (a
    /// transcript of what it read aloud): `表 開始`, `行 2 列 1`, `見出し レベル1`, and the
    /// `空白` it says for an empty cell.
    ReaderMark,
    /// A watermark's glyph (`公`, `表` of a `公表` drawn across the page) that a text taken out of
    /// a stamped PDF left on a line of its own amid a paragraph.
    Watermark,
    /// A comment a document's editor appended to its text export (Google Docs' `[a]…` lines at
    /// the text's end, Markdown's footnotes `[^1]: …`), its anchor taken off the text above.
    Comment,
}

/// Lines of page furniture the import took off the text: never read as values.
#[doc(alias = "ページ要素の行")]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Furniture {
    /// The first and last source line (1-based).
    pub lines: [usize; 2],
    /// What it is.
    pub kind: FurnitureKind,
}

/// Where every value of a draft came from, and what was not read.
///
/// Serializes as `{"values": [{"pointer", "lines", "confidence"}, …], "unread": [{"lines",
/// "reason"}, …]}`, and `"furniture": [{"lines", "kind"}, …]` where the text had page
/// furniture.
#[doc(alias = "読取り記録")]
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Trace {
    /// Every value filled, in the order read.
    pub values: Vec<TracedValue>,
    /// The lines not read, in source order.
    pub unread: Vec<Unread>,
    /// The page furniture taken off the text (page marks, page numbers, running headers), in
    /// source order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub furniture: Vec<Furniture>,
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
    /// Things a person should know (a block named twice, a value the model could not hold),
    /// each with a stable code.
    pub warnings: Vec<Warning>,
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

/// Reads the text of a published 評価書 into a [`Draft`]. Deterministic; linear in the text. A
/// line ends at LF, CRLF or a CR alone, as [`decode()`] reads bytes.
///
/// # Errors
///
/// [`ImportError::Empty`] for blank text, [`ImportError::NotAReport`] when the text names no
/// form, [`ImportError::ChangeList`] for a list of changed items only.
pub fn import(text: &str) -> Result<Draft, ImportError> {
    import_laid_out(text, &PageLayout::default())
}

/// What a PDF's pages show of its text and the text alone does not (`read_pdf` gives it, feature
/// `pdf`; [`import_laid_out`] reads it). Empty for a text that is no PDF's.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageLayout {
    /// Where the page begins a table cell beside the cell it drew before, as the line of the
    /// text (1-based) and the byte offset in that line, in order: a line whose first character
    /// is drawn above the line before it (offset 0: a row's next cell, begun at the row's top),
    /// and a run of text that stands apart on its line where such a line of any page starts (a
    /// one-line cell in a column whose left edge the table shows elsewhere).
    pub cell_starts: Vec<(usize, usize)>,
    /// Where each line of the text starts on its page: the x of its first character in PDF
    /// units (index 0 is line 1; 0 for a blank line). A table's cells start their lines at their
    /// column's left edge, on every page.
    pub line_lefts: Vec<f64>,
}

/// [`import`], told what a PDF's layout shows and its text does not ([`PageLayout`]; what
/// `PdfText::layout` holds, feature `pdf`; `PdfText::import` calls this). The 変更箇所 rule
/// `changes.unbroken` parts a row's 変更前 from its 変更後 where a cell begins, ends a 項目 printed
/// without its number, and puts the lines of a row a page cut back in its columns' order;
/// everything else reads as [`import`] reads it. A start that is not where a line's character
/// starts is ignored.
///
/// ```
/// use mynumber_pia::import::{import, import_laid_out};
///
/// use mynumber_pia::import::PageLayout;
///
/// let text = "特定個人情報保護評価書（基礎項目評価書）\n評価書番号 1\nⅠ 関連情報\n変更箇所\n\
///             令和2年4月1日 Ⅰ1② 事務の内容\nⅠ1②\n架空の手順で確認\nする。\n\
///             架空の手順を改\nめる。\n事後 字句の修正\n";
/// // The page began a cell on line 7 (the 変更前), 9 (the 変更後) and 11 (the 提出時期).
/// let layout = PageLayout {
///     cell_starts: vec![(7, 0), (9, 0), (11, 0)],
///     ..PageLayout::default()
/// };
/// let draft = import_laid_out(text, &layout)?;
/// let row = &draft.report.changes[0];
/// assert_eq!(row.before.as_deref(), Some("架空の手順で確認する。"));
/// assert_eq!(row.after.as_deref(), Some("架空の手順を改める。"));
/// // The text alone does not tell one cell's two paragraphs from two cells.
/// assert_eq!(import(text)?.report.changes[0].before, None);
/// # Ok::<(), mynumber_pia::import::ImportError>(())
/// ```
///
/// # Errors
///
/// As [`import`].
pub fn import_laid_out(text: &str, page: &PageLayout) -> Result<Draft, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    // A lone CR ends a line as CRLF and LF do (a text tool that writes CR alone), as
    // `decode` reads bytes: the trace's lines are the lines an editor shows.
    let text = decode::normalise_line_ends(std::borrow::Cow::Borrowed(text));
    // Radicals written for the ideographs they look like are read as the ideographs, and
    // counted (IW008): one character for one, the lines as they were.
    let (text, radicals) = radicals::unify(&text);
    let text: &str = &text;
    let kind = Shape::detect(text);
    let shaped = shape::shape(text, kind);
    let source = |no: usize| shaped.source(no);
    let layout = shaped.layout(text, page);
    let spaced = shaped.applied.contains(&shape::SPACED_KANJI.id);
    let mut draft = match read_shaped(&shaped.text, kind, &layout, &shaped.amid, spaced) {
        Ok(draft) => draft,
        Err(ImportError::ChangeList { line }) => {
            return Err(ImportError::ChangeList { line: source(line) });
        }
        Err(e) => return Err(e),
    };
    if !shaped.applied.is_empty() {
        for value in &mut draft.trace.values {
            value.lines = source_span(value.lines, source);
            // A value the shape stage set after its label was read where the text's drawing
            // order was inferred, not where it was printed.
            let [first, last] = value.lines;
            if (first..=last).any(|no| shaped.reordered.contains(no)) {
                value.confidence = Confidence::Inferred;
            }
        }
        for unread in &mut draft.trace.unread {
            unread.lines = unread.lines.map(source);
        }
        for warning in &mut draft.warnings {
            warning.map_line(source);
        }
        // Cells split from one source line are one range of it.
        draft
            .trace
            .unread
            .dedup_by(|b, a| a.lines == b.lines && a.reason == b.reason);
        draft.trace.furniture = shaped.furniture;
    }
    // Cells split out of run-together lines lose the blank lines the reading after the shape
    // stage ends a cell at: what it read from them needs a look.
    if shaped.applied.contains(&shape::RUN_TOGETHER.id) {
        draft.warnings.push(Warning::RunTogether);
    }
    if radicals > 0 {
        draft
            .warnings
            .push(Warning::VariantCharacters { count: radicals });
    }
    Ok(draft)
}

/// The source lines of the shaped lines `first..=last`, as a range: the first and the last of
/// them in the source (a line the shape stage moved, a label set before the values a text
/// printed above it, stands elsewhere there than its neighbours).
fn source_span([first, last]: [usize; 2], source: impl Fn(usize) -> usize) -> [usize; 2] {
    let mut span = [source(first), source(first)];
    for no in first..=last {
        let at = source(no);
        span = [span[0].min(at), span[1].max(at)];
    }
    span
}

/// The stages after *shape*, on the shaped text (its line numbers are the shaped text's, as are
/// those of `layout` and of `amid`, the lines cut from amid a page run together).
fn read_shaped(
    text: &str,
    shape: Shape,
    layout: &text::Layout,
    amid: &text::LineSet,
    spaced: bool,
) -> Result<Draft, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let mut lines = text::lines(text, shape);
    let detected = detect::detect(&lines)?;
    let form = detected.form;
    // A second report in the same text: only the first is read, the rest listed unread.
    let mut after_end = Vec::new();
    if let Some(start) = detected.second_report {
        let at = lines.partition_point(|l| l.no < start);
        after_end = lines.split_off(at);
    }
    let mut report = Report::empty(form);
    let mut warnings = Vec::new();
    let mut unread_lines: Vec<(usize, UnreadReason)> = Vec::new();
    let mut walker = walk::Walker::new(&mut report, shape == Shape::PdfText).with_amid(amid);
    // Which side of its headings each block series prints its items on (a PDF text's layout).
    // (The block headings and circled lines are read once for both.)
    let marks = (shape == Shape::PdfText).then(|| blocks::marks(&lines));
    let sides = marks.as_deref().map(|m| blocks::lower_parts_above(m, form));
    if let (Some(marks), Some(sides)) = (&marks, &sides) {
        walker = walker
            .with_block_sides(sides.clone())
            .with_leads(blocks::lead_starts(marks, form, &sides.0));
    }
    let mut found = walker.walk(&lines);
    // A prose item's label printed amid its value: the lines above it given back to it.
    parted::join(&mut found, &lines);
    // A system's name left empty whose value stands beside the function's label: given back.
    parted::give_back_system_names_beside_functions(&mut found, &lines);
    // The 基礎's last system's name printed beside the files' heading: given back.
    list_end::give_back(&mut found, form, &lines);
    // The files' first entry printed above their heading, after the cell above's words.
    list_end::give_first_file_back(&mut found);
    // A system's name printed a line up, after the box list of the block before it.
    list_end::give_back_names_after_boxes(&mut found);
    // A prose value's end printed beside the next item's label: given back.
    parted::give_back_prose_ends(&mut found, &report, &lines);
    // The ※ the form prints after a label, come apart onto its value's line: given back.
    note_mark::give_back(&mut found, form);
    // The files' names set under the next section's label, in a stack of labels.
    file_names_under_basis_label(&mut found);
    // A section's first item printed a line up, on the section's heading.
    first_item_on_heading(&mut found, &lines);
    // The 部署 and its 所属長 each printed a line down, the 所属長 on the next heading's line.
    department_over_heading(&mut found, &lines);
    // The 部署 and its 所属長 each printed a line up, the 部署 on the section's heading.
    department_a_line_up(&mut found, &lines);
    // A block headed twice: warned of; its cells are left unread below (`misplaced`).
    for (block, line, _) in &found.twice {
        warnings.push(Warning::BlockTwice {
            block: block.clone(),
            line: *line,
        });
    }
    let mut trace = Trace::default();

    let options = &form_words::of(form).options;
    let body_start = found.body_start.unwrap_or(usize::MAX);
    let mut cover_lines: Vec<&text::Line> = lines.iter().filter(|l| l.no < body_start).collect();
    // Another page's words above the report's heading: listed unread, no cover's lines.
    let above_report = cover::lines_above_report(&cover_lines);
    for line in cover_lines.drain(..above_report) {
        if !line.text.trim().is_empty() {
            unread_lines.push((line.no, UnreadReason::NoItem));
        }
    }
    let mut cover_used = Vec::new();
    cover::read(
        &cover_lines,
        &mut arbiter::Arbiter {
            report: &mut report,
            trace: &mut trace,
            unread: &mut unread_lines,
        },
        &mut cover_used,
    );
    // The cover's lines no rule took (a value the cover's rules could not place, a 特記事項
    // under a cover whose cells came apart) are listed unread, not dropped.
    // (The form's own words are no value: its title, the headings of its contents list.)
    // The lines taken are sorted to be searched by halves: a text with no body is all cover,
    // and searching every line taken for each line took time in the square of the lines (the
    // fuzz driver's cover of 98 characters repeated to 3.9 MB, 144,000 lines: 3.2 s, 0.7 s
    // now).
    cover_used.sort_unstable();
    for line in &cover_lines {
        let text = line.text.trim();
        let form_words = text.contains(crate::form::REPORT_TITLE)
            || classify::heading(text, &fill::squeeze(text)) != classify::Class::Text;
        if !text.is_empty() && !form_words && cover_used.binary_search(&line.no).is_err() {
            unread_lines.push((line.no, UnreadReason::NoItem));
        }
    }

    // Whether the walk met the 部署's label with nothing under it ([`read_department_down`]).
    let department_met_empty = found
        .cells
        .get(&(ItemId::AffairDepartment, walk::Indices::Zero))
        .is_some_and(|own| own.joined().trim().is_empty());
    // Whether the walk met the 事務の名称's label with nothing under it
    // ([`read_affair_name_down`]).
    let name_met_empty = found
        .cells
        .get(&(ItemId::AffairName, walk::Indices::Zero))
        .is_some_and(|own| own.joined().trim().is_empty());
    // The words on a heading over items: no rule reads them ([`open_above_heading_words`]).
    for (_, line) in &found.before_words_on_heading {
        unread_lines.push((*line, UnreadReason::Conflict));
    }
    for (key, cell) in &found.cells {
        let (id, indices) = key;
        // The rest of the item's own label, wrapped under it, is listed, and the value read
        // from the lines after it.
        let rest = label_rest_lines(&report, *id, indices, cell);
        let after_rest;
        let cell = match cell.lines.split_at_checked(rest) {
            Some((label, value)) if rest > 0 => {
                for (no, t) in label {
                    if !t.trim().is_empty() {
                        unread_lines.push((*no, UnreadReason::LabelRest));
                    }
                }
                after_rest = Cell {
                    lines: value.to_vec(),
                    displaced: cell.displaced,
                };
                &after_rest
            }
            _ => cell,
        };
        // A name that a definition of its short form follows: the name, the text after it
        // listed.
        let named;
        let cell = match name_before_definition(&report, *id, cell) {
            Some((name, surplus)) => {
                unread_lines.extend(surplus.into_iter().map(|no| (no, UnreadReason::Surplus)));
                named = name;
                &named
            }
            None => cell,
        };
        // The next item's label that the value ran on into.
        let at = (*id, indices.as_slice());
        let Some(cell) = arbiter::without_label_at_end(&report, at, cell, &mut unread_lines) else {
            continue;
        };
        let cell = cell.as_ref();
        // The 部署 printed on the 所属長's line, under its own label left empty: both read.
        let department_down = department_met_empty && report.affair.department.is_none();
        if department_down && read_department_down(&mut report, &mut trace, *id, cell) {
            continue;
        }
        // The 部署's and the 所属長's labels side by side, their values a line each under them.
        if let Some(parts) = department_row(*id, cell, &lines) {
            fill_department(&mut report, &mut trace, DEPARTMENT_ROW, parts);
            continue;
        }
        let reason = match misplaced(&report, key, cell, &found, options) {
            None if spaced && names_run_together(*id, cell) => Some(UnreadReason::Conflict),
            None if department_above_title(*id, cell) => Some(UnreadReason::Conflict),
            None if beside_label_after_empty(report.form(), &found, key, cell, &lines) => {
                Some(UnreadReason::Conflict)
            }
            None if open_above_heading_words(&found, key) => Some(UnreadReason::Conflict),
            None if name_met_empty && name_under_the_description(*id, cell) => {
                Some(UnreadReason::Conflict)
            }
            reason => reason,
        };
        // The 事務の名称 printed on the 事務の内容's line, under its own label left empty (a
        // 内容 the walk placed: not one of a stack of labels).
        let name_down = name_met_empty && report.affair.name.is_empty() && reason.is_none();
        if name_down && read_affair_name_down(&mut report, &mut trace, *id, cell) {
            continue;
        }
        if let Some(reason) = reason {
            unread_lines.extend(
                cell.lines
                    .iter()
                    .filter(|(_, t)| !t.trim().is_empty())
                    .map(|(no, _)| (*no, reason)),
            );
            continue;
        }
        // Words after a box list's free box are none of the list's: listed, the boxes read.
        let checks = matches!(
            crate::report::field_at(&report, *id, indices).map(|f| f.value()),
            Some(crate::report::Value::Checks { .. })
        );
        let boxes_only;
        let cell = match list_end::without_words_after_boxes(checks, cell) {
            Some((cut, no)) => {
                unread_lines.push((no, UnreadReason::Surplus));
                boxes_only = cut;
                &boxes_only
            }
            None => cell,
        };
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
                    Some(item_pointer(*id, indices))
                };
                let filled = own
                    .into_iter()
                    .chain(also.iter().map(|(id, indices)| item_pointer(*id, indices)));
                trace.values.extend(filled.map(|pointer| TracedValue {
                    rule: std::borrow::Cow::Borrowed("cell"),
                    pointer,
                    lines: [a, b],
                    confidence: read.into(),
                }));
            }
            (None, Some(_)) if !crate::import::fill::is_empty_mark(&cell.joined()) => {
                for (no, t) in &cell.lines {
                    if !t.trim().is_empty() {
                        unread_lines.push((*no, UnreadReason::NotAValue));
                    }
                }
            }
            _ => {}
        }
    }
    // Rows of the 変更箇所 printed above its heading are read with the table, not as strays.
    let changes_from = found.changes_start.map(|start| {
        let before = (shape == Shape::PdfText)
            .then(|| changes::rows_before(&lines, start, &trace))
            .flatten();
        (before.unwrap_or(start), start)
    });
    for &no in &found.stray {
        if no > body_start && changes_from.is_none_or(|(from, _)| no < from) {
            unread_lines.push((no, UnreadReason::NoItem));
        }
    }
    let body_end = changes_from.map_or(usize::MAX, |(from, _)| from);
    // Whether a line holds a bracket or a mark, kept for the passes that look for boxes.
    let boxy = boxes::BoxChars::new(&lines);
    if shape == Shape::PdfText {
        // The two series passes read no trace: their values go in at once, after both.
        let mut inferred = boxes::Inferred::default();
        series::read_system_connections(
            &lines,
            (body_start, body_end),
            &found.cells,
            &boxy,
            &mut report,
            &mut inferred,
            &mut unread_lines,
        );
        series::read_block_methods(
            (&lines, &boxy),
            (body_start, body_end),
            &found.cells,
            marks.as_deref().unwrap_or_default(),
            &mut report,
            &mut inferred,
            &mut unread_lines,
        );
        inferred.apply(&mut trace);
    }
    if let Some((above, _)) = &sides {
        boxes::read_scattered_boxes(
            (&lines, &boxy),
            (body_start, body_end),
            &found.cells,
            above,
            &mut report,
            &mut trace,
            &mut unread_lines,
        );
    }
    if shape == Shape::PdfText {
        apart::values_before_entrustment(
            &lines,
            (body_start, body_end),
            &mut report,
            &mut trace,
            &mut unread_lines,
        );
        apart::answers_in_scope(
            &lines,
            &found.cells,
            &mut report,
            &mut trace,
            &mut unread_lines,
        );
    }
    // The pigeonhole rule counts a chapter's empty answers against its loose ones; a block
    // headed twice is a block of the text the report does not hold, so in its chapter the count
    // does not hold.
    let doubtful: Vec<char> = found
        .twice
        .iter()
        .filter_map(|(_, _, id)| id.number(form)?.chars().next())
        .collect();
    choices::place_loose_answers(
        &lines,
        (body_start, body_end),
        &doubtful,
        (&mut report, &mut trace),
        &mut unread_lines,
    );
    if shape == Shape::PdfText {
        stacks::read_stacks(
            &lines,
            (body_start, body_end),
            &mut report,
            &mut trace,
            &mut unread_lines,
            options,
        );
        // Then a block's label printed alone, with its value under it.
        lone::read_lone_labels(
            &lines,
            (body_start, body_end),
            &found.cells,
            marks.as_deref().unwrap_or_default(),
            &mut report,
            &mut trace,
            &mut unread_lines,
        );
    }
    if shape == Shape::PdfText {
        implied::read_implied(
            &lines,
            (body_start, body_end),
            &mut report,
            &mut trace,
            &mut unread_lines,
        );
    }
    if let Some((from, start)) = changes_from {
        if shape == Shape::PdfText {
            changes::read_changes_blocks(
                &lines,
                (from, start),
                layout,
                &mut report,
                &mut trace,
                &mut unread_lines,
            );
        } else {
            changes::read_changes(&lines, start, &mut report, &mut trace, &mut unread_lines);
        }
    }
    boxes::name_unaligned(
        &lines,
        (body_start, body_end),
        &report,
        &boxy,
        &mut unread_lines,
    );
    if let Some(start) = detected.second_report {
        warnings.push(Warning::SecondReport { line: start });
        unread_lines.extend(
            after_end
                .iter()
                .filter(|l| !l.text.trim().is_empty())
                .map(|l| (l.no, UnreadReason::AfterEnd)),
        );
    }
    trace.unread = ranges(unread_lines);
    ensure_loads(&mut report, &mut trace, &mut warnings);
    warnings.extend(draft_warnings(&report, &trace, &lines));
    Ok(Draft {
        report,
        trace,
        warnings,
        shape,
    })
}

/// The warnings a draft as a whole calls for: no value read ([`Warning::NoValue`]), the cover
/// mostly unread ([`Warning::CoverUnread`]: fewer than [`COVER_ITEMS_READ`] of its 評価書番号,
/// 評価書名, 評価実施機関名 and 公表日), a text that ends inside a chapter before the form's last
/// with no 変更箇所 after it ([`Warning::EndsInsideChapter`]).
fn draft_warnings(report: &Report, trace: &Trace, lines: &[text::Line]) -> Vec<Warning> {
    let mut warnings = Vec::new();
    if trace.values.is_empty() {
        warnings.push(Warning::NoValue);
        return warnings;
    }
    let cover = &report.cover;
    let read = [
        cover.number.is_some(),
        cover.title.is_some(),
        cover.body.is_some(),
        cover.published_on.is_some(),
    ];
    if read.iter().filter(|&&r| r).count() < COVER_ITEMS_READ {
        warnings.push(Warning::CoverUnread);
    }
    let mut last = None;
    for line in lines {
        match classify::heading(&line.text, line.key()) {
            classify::Class::Chapter(chapter) => last = Some(chapter),
            classify::Class::Changes => return warnings,
            _ => {}
        }
    }
    if let Some(chapter) = last.filter(|&c| c != last_chapter(report)) {
        warnings.push(Warning::EndsInsideChapter {
            chapter: chapter.to_owned(),
        });
    }
    warnings
}

/// The last chapter of the report's form in its revision (基礎 Ⅳ リスク対策 came with the forms of
/// 平成30年5月: a 基礎 report on an older form ends at Ⅲ).
fn last_chapter(report: &Report) -> &'static str {
    let form = report.form();
    let revision = report
        .cover
        .form_version
        .unwrap_or(crate::form::FormRevision::CURRENT);
    if form == AssessmentKind::Basic && !crate::form::in_revision(ItemId::BasicReportSet, revision)
    {
        return "Ⅲ";
    }
    crate::form::chapters(form)
        .iter()
        .rev()
        .copied()
        .find(|c| c.chars().next().is_some_and(crate::form::is_roman_numeral))
        .unwrap_or("Ⅰ")
}

/// The text as [`import`]'s *shape* stage gives it to the stages after it: lines of one cell
/// each, page furniture taken off.
///
/// ```
/// use mynumber_pia::import::{shape_text, FurnitureKind};
///
/// let shaped = shape_text("特 定 個 人 情 報 保 護 評 価 書\n- 1 -\n本文\n");
/// assert_eq!(shaped.lines, [(1, "特定個人情報保護評価書".to_owned()), (3, "本文".to_owned())]);
/// assert_eq!(shaped.furniture[0].kind, FurnitureKind::PageMark);
/// assert_eq!(shaped.rules, ["shape.spaced_kanji", "shape.page_mark"]);
/// ```
#[must_use]
pub fn shape_text(text: &str) -> ShapedText {
    let shaped = shape::shape(text, Shape::detect(text));
    let lines = shaped
        .text
        .lines()
        .enumerate()
        .map(|(i, line)| (shaped.source(i + 1), line.to_owned()))
        .collect();
    ShapedText {
        lines,
        furniture: shaped.furniture,
        rules: shaped.applied,
    }
}

/// What [`shape_text`] gives: the lines the later stages read and what was taken off.
#[doc(alias = "整形済みテキスト")]
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ShapedText {
    /// Each line with its source line (1-based), in order.
    pub lines: Vec<(usize, String)>,
    /// The page furniture taken off.
    pub furniture: Vec<Furniture>,
    /// The ids of the shape rules that changed the text (`shape.spaced_kanji`, …).
    pub rules: Vec<&'static str>,
}

/// Decodes `bytes` ([`decode()`]) and reads them with [`import`].
///
/// # Errors
///
/// A [`DecodeError`] for bytes that are not text, then as [`import`].
pub fn import_bytes(bytes: &[u8]) -> Result<Draft, ImportError> {
    let decoded = decode(bytes)?;
    import(&decoded.text)
}

/// Whether a block's system name (重点, 全項目 Ⅰ2①: one name) is a name with prose beside it: a
/// line as long as a line of prose ([`limits::PROSE_LINE_CHARS`]) with a space inside it. A name
/// is shorter; a name with a space inside it (`架空市 住民記録システム`) is shorter still.
///
/// Beside prose: `架空集約システム 県内の市町村の間で架空の資格と該当回数を引`. A name:
/// `架空市 住民記録システム`, `架空広域連合電算処理システム（標準システム）`.
fn name_beside_prose(value: &str) -> bool {
    let t = value.trim();
    t.contains(char::is_whitespace) && t.chars().count() >= limits::PROSE_LINE_CHARS
}

/// Whether a block's system name (重点, 全項目 Ⅰ2①) runs past the name into its functions: into
/// their first clause ([`walk::is_clause_line`]) or beside them for a prose line's width
/// ([`name_beside_prose`]).
fn runs_past_a_name(value: &str) -> bool {
    walk::is_clause_line(value) || name_beside_prose(value)
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
        // A system's name is never a sentence: `甲システム 記録を管理する。` under `①システムの
        // 名称 ②システムの機能` holds the functions beside the name, parted where the text does
        // not show (the cell is not read).
        ItemId::SystemName if cell.joined().contains('。') => None,
        // Nor is a 事務's: a name that runs into a clause (`架空の事務 架空法に基づき、…`, the
        // 概要 printed beside it) is not read; nor a block's system (重点, 全項目: one system a
        // block, where the 基礎's Ⅰ1③ lists them parted by commas) that runs into the clause
        // its functions begin with, wrapped before their `。`, or runs on past a space for a
        // prose line's width (`甲システム 県内の市町村の間で…を引`: the name and the functions
        // side by side, where one ends the text does not show).
        ItemId::AffairName if walk::is_clause_line(&cell.joined()) => None,
        ItemId::SystemName
            if report.form() != AssessmentKind::Basic && runs_past_a_name(&cell.joined()) =>
        {
            None
        }
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
            // Every system the list names; the cell's own place may not be one of them (an
            // entry with no name is no value read).
            for (i, system) in report.systems.iter().enumerate() {
                if !system.name.is_empty() {
                    also.push((ItemId::SystemName, vec![i]));
                }
            }
            // (Inferred where a step placed a line of the list: `list_end`.)
            Some(cell.read(true))
        }
        ItemId::FileProvisionTransfer => {
            let file = report.files.get_mut(*indices.first()?)?;
            read_provision_transfer(&mut file.provision_transfer, &cell.joined())
        }
        ItemId::FileEntrustmentStatus => {
            let read = field_at_mut(report, id, indices)?.fill(cell);
            // The declared count (「（ 2 ）件」) stands in the same cell. (Read only with the
            // box: a cell whose box is not read is listed unread, and a value filled from it
            // would have no trace.)
            if let Some(n) = read.and_then(|_| count_of_cases(&cell.joined())) {
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

/// Whether `cell` of a name item — a system's name, a list of file names — read from a text
/// whose kanji were spaced (`shape.spaced_kanji`) holds two names of its kind run together: a
/// word its kind's names end with ([`list_end::SYSTEM_NAME_WORDS`],
/// [`walk::FILE_NAME_WORD`]) run into a kanji, and the
/// line's words after it holding such a word again (`甲システム乙システム`,
/// `甲システム乙システム丙サーバー`, `甲システム中間サーバー`). Closing up the spaces around every
/// kanji closed up the space, or the comma a site turned into one, between two names too, and
/// one name that goes on after the word reads alike. Neither reading is taken: the cell is
/// unread ([`UnreadReason::Conflict`]). Refuses (reads as usual) `甲システム`, `甲システム等`,
/// `甲ファイル（副本）` and names a conjunction joins (`甲システム及び乙システム`, one name).
fn names_run_together(id: ItemId, cell: &Cell) -> bool {
    const CONJUNCTIONS: [&str; 4] = ["及び", "並びに", "又は", "若しくは"];
    let words: &[&str] = match id {
        ItemId::SystemName => &list_end::SYSTEM_NAME_WORDS,
        _ if walk::FILE_NAME_LISTS.contains(&id) => &[walk::FILE_NAME_WORD],
        _ => return false,
    };
    cell.lines.iter().any(|(_, line)| {
        let line = line.trim_end();
        // (A word again after an occurrence: the last occurrence of any stands after it. Found
        // once a line, not searched for after each occurrence, which a line of many names
        // would make quadratic.)
        let last = words.iter().filter_map(|word| line.rfind(word)).max();
        words.iter().any(|word| {
            line.match_indices(word).any(|(at, _)| {
                let end = at + word.len();
                let after = line.get(end..).unwrap_or_default();
                after.chars().next().is_some_and(shape::is_kanji)
                    && !CONJUNCTIONS.iter().any(|c| after.starts_with(c))
                    && last.is_some_and(|last| last >= end)
            })
        })
    })
}

/// Whether `cell` of the 所属長の役職名 holds the 部署 above it printed a line down, then the title:
/// its first line ends as a 部署's name does ([`department_rank`]: `架空部`) and its last is a
/// title of its own (`架空部長`: more than `長` alone). A text that prints each value on the next
/// label's line (`②所属長の役職名 架空部` / `架空部長`, where the cover did not decide it:
/// `shape.value_down`) and a title wrapped over two lines read alike; neither reading is taken
/// ([`UnreadReason::Conflict`]). Refuses (reads as usual) `架空部長` alone and `架空部` / `長` (a
/// title wrapped).
fn department_above_title(id: ItemId, cell: &Cell) -> bool {
    if id != ItemId::AffairDepartmentHead {
        return false;
    }
    let mut lines = cell.texts();
    let (Some(first), Some(last)) = (lines.next(), lines.next_back()) else {
        return false;
    };
    department_rank(first).is_some() && last.ends_with('長') && last.chars().count() > 1
}

/// The rule id of [`department_a_line_down`]'s values in the trace.
const DEPARTMENT_DOWN: &str = "department_down";

/// Fills the 部署 and the 所属長の役職名 from `cell` of item `id` where
/// [`department_a_line_down`] parts it (the caller has found the 部署's own label empty), each
/// traced as inferred: the structure placed them. Whether it did.
fn read_department_down(report: &mut Report, trace: &mut Trace, id: ItemId, cell: &Cell) -> bool {
    let Some(parts) = department_a_line_down(id, cell) else {
        return false;
    };
    fill_department(report, trace, DEPARTMENT_DOWN, parts);
    true
}

/// Fills the 部署 and the 所属長の役職名 from their cells as a rule `rule` parted them
/// ([`fill_parts`]).
fn fill_department(
    report: &mut Report,
    trace: &mut Trace,
    rule: &'static str,
    (department, head): (Cell, Cell),
) {
    let parts = [
        (ItemId::AffairDepartment, department),
        (ItemId::AffairDepartmentHead, head),
    ];
    fill_parts(report, trace, rule, parts);
}

/// Fills each item of `parts` (items of chapter Ⅰ, outside any block) with its part of a cell
/// that a rule parted, each traced as inferred under the rule's id `rule`: the structure placed
/// them.
fn fill_parts(
    report: &mut Report,
    trace: &mut Trace,
    rule: &'static str,
    parts: [(ItemId, Cell); 2],
) {
    for (item, part) in parts {
        let mut also = Vec::new();
        let read = fill(report, item, &[], &part, &mut also);
        let (Some(_), Some((a, b))) = (read, part.span()) else {
            continue;
        };
        trace.values.push(TracedValue {
            rule: std::borrow::Cow::Borrowed(rule),
            pointer: item_pointer(item, &[]),
            lines: [a, b],
            confidence: Confidence::Inferred,
        });
    }
}

/// The 部署 and the 所属長の役職名 (評価実施機関における担当部署 ①②: 様式2 Ⅰ5, 様式3 Ⅰ6, 様式4
/// Ⅰ7) in `cell` of the 所属長の役職名 (item `id`), where the 部署 stands a line down, on the
/// 所属長's label's line: its first line names a 部署 one of whose units the title on its last
/// line heads (`財政局 税務部 架空課` / `架空課長`, `税務課 課税係` / `税務課長`: a 係's 所属長 may
/// be its 課's head). A title wrapped over two lines never names its unit twice, so this
/// reading is the only one — where the 部署's own label stood with nothing under it (the
/// caller's test). Refuses (`None`: the conflict of [`department_above_title`] stands) a title
/// that heads with no unit of the line (`架空部 架空課` / `架空室長`), a title that goes on from
/// the line (`架空部` / `長`), more than one line after the first, and a cell of one line.
fn department_a_line_down(id: ItemId, cell: &Cell) -> Option<(Cell, Cell)> {
    if !department_above_title(id, cell) {
        return None;
    }
    department_then_title(&cell.lines)
}

/// The 部署 and the 所属長の役職名 in `lines`, where the first names a 部署 one of whose units the
/// title on the second and last heads ([`department_a_line_down`]'s test); `None` otherwise.
fn department_then_title(lines: &[(usize, String)]) -> Option<(Cell, Cell)> {
    let mut filled = lines.iter().filter(|(_, t)| !t.trim().is_empty());
    let &(first_no, ref first) = filled.next()?;
    let rest: Vec<(usize, String)> = filled.cloned().collect();
    let title = rest.first().map(|(_, t)| fill::squeeze(t))?;
    // The title heads with a unit's whole name (`架空課長` of `架空課`), more than `長` after it.
    let names_the_unit = first.split_whitespace().any(|unit| {
        title
            .strip_prefix(fill::squeeze(unit).as_str())
            .is_some_and(|after| !after.is_empty())
    });
    if !names_the_unit || rest.len() != 1 {
        return None;
    }
    let department = Cell {
        lines: vec![(first_no, first.clone())],
        displaced: true,
    };
    let head = Cell {
        lines: rest,
        displaced: true,
    };
    Some((department, head))
}

/// Gives the 所属長の役職名 (評価実施機関における担当部署 ②: 様式2 Ⅰ5, 様式3 Ⅰ6, 様式4 Ⅰ7)
/// back its value where the print set it a line down, on the next section's heading (the
/// 担当部署 is the chapter's last section but the 他の評価実施機関), the words after the
/// heading a title heading a unit of the 部署 ([`department_then_title`]: `６．他の評価実施機関
/// 架空課長`). The 部署 is then one of:
///
/// - printed a line down too: its label with nothing under it, the 所属長's cell one line that
///   names a unit and no post (`②所属長 架空課 架空係`: no title, its last word a unit,
///   [`department_rank`]), which is the 部署's;
/// - in its own cell, one line that names a unit ([`names_a_unit`]: `架空課 保健センター`), the
///   所属長's label with nothing beside or under it.
///
/// The title is taken off the cell that held it; the values moved are inferred.
///
/// Reads `①部署` / `②所属長 町民課 税務係` / `６．他の評価実施機関 町民課長` / `なし`, and
/// `①部署 町民課 税務係` / `②所属長` / `６．他の評価実施機関 町民課長`; refuses a 所属長's cell that
/// holds a post (`架空課長`), words after the heading that head no unit of the 部署 (`架空室長`),
/// and words on a line that opens with no section's heading.
fn department_over_heading(found: &mut walk::Found, lines: &[text::Line]) {
    let department_key = (ItemId::AffairDepartment, walk::Indices::Zero);
    let head_key = (ItemId::AffairDepartmentHead, walk::Indices::Zero);
    let (Some(department), Some(head)) =
        (found.cells.get(&department_key), found.cells.get(&head_key))
    else {
        return;
    };
    let only_line = |cell: &Cell| {
        let mut filled = cell.lines.iter().filter(|(_, t)| !t.trim().is_empty());
        match (filled.next(), filled.next()) {
            (Some(line), None) => Some(line.clone()),
            _ => None,
        }
    };
    // The 部署's line, the line the heading stands under, and whether the 部署 moves too.
    let (unit, above_heading, department_moves) =
        match (only_line(department), only_line(head), head.lines.first()) {
            (None, Some(unit), _)
                if department.texts().next().is_none() && ends_in_a_unit(&unit.1) =>
            {
                let no = unit.0;
                (unit, no, true)
            }
            (Some(unit), None, Some(&(label_no, _))) if names_a_unit(&unit.1) => {
                (unit, label_no, false)
            }
            _ => return,
        };
    // The cell whose first words stand on the next line, after a section's heading.
    let heading_no = above_heading + 1;
    let on_heading = parted::text_of(lines, heading_no)
        .is_some_and(|text| classify::section_heading_starts(text.trim()).is_some());
    let holder = found.cells.iter().find_map(|(key, cell)| {
        let first = cell.lines.iter().find(|(_, t)| !t.trim().is_empty())?;
        (first.0 == heading_no).then(|| (*key, first.clone()))
    });
    let Some((holder_key, title)) = holder.filter(|_| on_heading) else {
        return;
    };
    let pair = [unit, title.clone()];
    let Some((department, head)) = department_then_title(&pair) else {
        return;
    };
    if let Some(cell) = found.cells.get_mut(&holder_key) {
        cell.lines.retain(|line| *line != title);
    }
    if department_moves {
        found.cells.insert(department_key, department);
    }
    found.cells.insert(head_key, head);
}

/// Gives the 部署 and the 所属長の役職名 (評価実施機関における担当部署 ①②: 様式2 Ⅰ5, 様式3 Ⅰ6,
/// 様式4 Ⅰ7) the values a print drew a line higher than their labels, the 所属長's label bare
/// with nothing under it:
///
/// - the 部署 on the section's heading after its title, the 所属長 beside the 部署's label
///   (`５．評価実施機関における担当部署 町民部 税務課` / `①部署 税務課長` / `②所属長`);
/// - the 部署 alone on the line between the heading and its label, the 所属長 alone under the
///   部署's label (`５．評価実施機関における担当部署` / `町民部 税務課` / `①部署` / `税務課長` /
///   `②所属長`: a text that draws every value before its label).
///
/// The types tell the shift: the words above the label end in a unit ([`ends_in_a_unit`]), and
/// the 部署's own words are a title heading one of those units ([`department_then_title`]) and
/// name no unit themselves. Both values are inferred; the words above are no other cell's.
///
/// Reads the examples above (部署 `町民部 税務課`, 所属長 `税務課長`); refuses a title that heads
/// no unit of the words above (`①部署 架空室長`: whose it is is not shown), 部署's words that
/// name a unit (`町民部 税務課` / `①部署 税務課 課税係`: its own value), a 所属長's label with
/// words beside or under it, and a line above the label that is another cell's.
fn department_a_line_up(found: &mut walk::Found, lines: &[text::Line]) {
    let department_key = (ItemId::AffairDepartment, walk::Indices::Zero);
    let head_key = (ItemId::AffairDepartmentHead, walk::Indices::Zero);
    let (Some(department), Some(head)) =
        (found.cells.get(&department_key), found.cells.get(&head_key))
    else {
        return;
    };
    let Some(&(label_no, _)) = department.lines.first() else {
        return;
    };
    let mut filled = department
        .lines
        .iter()
        .filter(|(_, t)| !t.trim().is_empty());
    let (Some(&(post_no, ref post)), None) = (filled.next(), filled.next()) else {
        return;
    };
    let head_bare = head.texts().next().is_none()
        && head.lines.first().is_some_and(|(no, _)| *no == post_no + 1);
    if post_no > label_no + 1 || !head_bare || ends_in_a_unit(post) {
        return;
    }
    let Some(above_no) = label_no.checked_sub(1) else {
        return;
    };
    let Some(above) = parted::text_of(lines, above_no).map(str::trim) else {
        return;
    };
    let unit = match (post_no == label_no, words_after_heading(above)) {
        // The 部署 on the heading's line, the 所属長 beside the 部署's label.
        (true, Some(words)) => words.to_owned(),
        // The 部署 alone between the bare heading and the label, the 所属長 under the label.
        (false, None) => {
            let heading = above_no
                .checked_sub(1)
                .and_then(|no| parted::text_of(lines, no))
                .and_then(|text| words_after_heading(text.trim()));
            let anothers = found
                .cells
                .values()
                .any(|cell| cell.lines.iter().any(|(no, _)| *no == above_no));
            if heading.is_none_or(|words| !words.is_empty()) || anothers {
                return;
            }
            above.to_owned()
        }
        _ => return,
    };
    if !ends_in_a_unit(&unit) {
        return;
    }
    let pair = [(above_no, unit), (post_no, post.clone())];
    let Some((department, head)) = department_then_title(&pair) else {
        return;
    };
    found.cells.insert(department_key, department);
    found.cells.insert(head_key, head);
    found.stacked.remove(&department_key);
    found.stacked.remove(&head_key);
    found
        .before_words_on_heading
        .retain(|(_, no)| *no != above_no);
}

/// The words a section's heading carries after its title and the form's `※` (`５．評価実施機関
/// における担当部署 ※ 町民部 税務課` → `町民部 税務課`; empty after a heading alone); `None` for
/// a line that opens with no section's heading.
fn words_after_heading(text: &str) -> Option<&str> {
    let title_end = classify::section_heading_starts(text)?;
    let words = text.get(title_end..).unwrap_or_default();
    Some(words.trim_start_matches(['※', ' ', '　']).trim())
}

/// The first item of a section and the item the form numbers after it, whose values
/// [`first_item_on_heading`] reads where the first's value stands on the section's heading:
/// 事務の名称 and 事務の内容 (様式2–4 Ⅰ1①②), 部署 and 所属長 (様式2 Ⅰ5, 様式3 Ⅰ6, 様式4 Ⅰ7 ①②).
const FIRST_THEN_NEXT: [(ItemId, ItemId); 2] = [
    (ItemId::AffairName, ItemId::AffairDescription),
    (ItemId::AffairDepartment, ItemId::AffairDepartmentHead),
];

/// Whether `words` read as a value of `id`, the first item of [`FIRST_THEN_NEXT`]: a 事務's
/// name ends in `事務`; a 部署's last word names a unit ([`department_rank`]).
fn reads_as_first_item(id: ItemId, words: &str) -> bool {
    match id {
        ItemId::AffairName => words.ends_with("事務") && !words.contains(['。', '、']),
        ItemId::AffairDepartment => ends_in_a_unit(words),
        _ => false,
    }
}

/// Gives a section's first item ([`FIRST_THEN_NEXT`]) its value printed a line up, on the
/// section's heading after its title, where the item's label stands right under the heading
/// with nothing beside or under it and the next item's label right under it, bare too (a stack
/// of two labels whose values a print drew higher than their labels): `５．評価実施機関における
/// 担当部署 町民課 税務係` / `①部署` / `②所属長` / `町民課長`. The words are the first item's
/// where they read as its type ([`reads_as_first_item`]); the lines under the stack are then the
/// next item's, as the walk read them. The stack is resolved (neither cell is left unread as a
/// stack's), and the words are no other cell's (not noted as the rest of the cell open above the
/// heading: [`walk::Found::before_words_on_heading`]). The first item's value is inferred.
///
/// Reads the example above (部署 `町民課 税務係`, 所属長 `町民課長`) and `１．特定個人情報ファイルを
/// 取り扱う事務 架空手当に関する事務` / `①事務の名称` / `②事務の内容` / `…を支給する。`; refuses
/// words of no type of the item (`５．評価実施機関における担当部署 架空法第1条`: the cell above's,
/// perhaps), a first label with a value of its own, and a next label with words beside it (the
/// first item's value printed a line down, perhaps).
fn first_item_on_heading(found: &mut walk::Found, lines: &[text::Line]) {
    for (first_id, next_id) in FIRST_THEN_NEXT {
        let first_key = (first_id, walk::Indices::Zero);
        let next_key = (next_id, walk::Indices::Zero);
        let (Some(first), Some(next)) = (found.cells.get(&first_key), found.cells.get(&next_key))
        else {
            continue;
        };
        let (Some(&(label_no, _)), Some((next_no, beside))) =
            (first.lines.first(), next.lines.first())
        else {
            continue;
        };
        let stacked = *next_no == label_no + 1 && beside.trim().is_empty();
        if first.texts().next().is_some() || !stacked {
            continue;
        }
        let Some(heading_no) = label_no.checked_sub(1) else {
            continue;
        };
        let Some(heading) = parted::text_of(lines, heading_no).map(str::trim) else {
            continue;
        };
        let Some(words) = words_after_heading(heading) else {
            continue;
        };
        if !reads_as_first_item(first_id, words) {
            continue;
        }
        let value = Cell {
            lines: vec![(label_no, String::new()), (heading_no, words.to_owned())],
            displaced: true,
        };
        found.cells.insert(first_key, value);
        found.stacked.remove(&first_key);
        found.stacked.remove(&next_key);
        found
            .before_words_on_heading
            .retain(|(_, no)| *no != heading_no);
    }
}

/// Gives the files' names (特定個人情報ファイル名: 様式2 Ⅰ2, 様式3–4 Ⅰ3) back the names a print
/// set under the next section's label, where the section's label stood right under the files'
/// (a stack of labels whose values follow in the labels' order): `２．特定個人情報ファイル名` /
/// `３．個人番号の利用` / `法令上の根拠` / `甲ファイル` / `番号法第9条第1項 …`. The form's types
/// tell: the list's cell is empty, and the 個人番号の利用's value opens with lines that name a
/// file and no law ([`walk::names_a_file`]), then a line that names a law ([`walk::names_a_law`]).
/// Those lines go to the list; both values are inferred.
///
/// Reads the example above (file `甲ファイル`, basis `番号法第9条第1項 …`); refuses a list that
/// holds a name of its own, and a basis whose lines under the file's names name no law (which
/// lines are whose is not shown).
fn file_names_under_basis_label(found: &mut walk::Found) {
    let files_key = (ItemId::AffairFileNames, walk::Indices::Zero);
    let basis_key = (ItemId::AffairNumberUseBasis, walk::Indices::Zero);
    let (Some(files_at), Some(basis_at)) = (
        found.cells.get_index_of(&files_key),
        found.cells.get_index_of(&basis_key),
    ) else {
        return;
    };
    let (Some(files), Some(basis)) = (found.cells.get(&files_key), found.cells.get(&basis_key))
    else {
        return;
    };
    if basis_at != files_at + 1 || files.texts().next().is_some() {
        return;
    }
    let filled: Vec<&(usize, String)> = basis
        .lines
        .iter()
        .filter(|(_, t)| !t.trim().is_empty())
        .collect();
    let names = filled
        .iter()
        .take_while(|(_, t)| walk::names_a_file(t.trim()))
        .count();
    let law_after = filled
        .get(names)
        .is_some_and(|(_, t)| walk::names_a_law(t.trim()));
    if names == 0 || !law_after {
        return;
    }
    let moved: Vec<(usize, String)> = filled
        .iter()
        .take(names)
        .map(|&line| line.clone())
        .collect();
    if let Some(basis) = found.cells.get_mut(&basis_key) {
        basis.lines.retain(|line| !moved.contains(line));
        basis.displaced = true;
    }
    if let Some(files) = found.cells.get_mut(&files_key) {
        files.lines.extend(moved);
        files.displaced = true;
    }
    found.stacked.remove(&files_key);
    found.stacked.remove(&basis_key);
}

/// The rule id of [`department_row`]'s values in the trace.
const DEPARTMENT_ROW: &str = "department_row";

/// The 部署 and the 所属長の役職名 (評価実施機関における担当部署 ①②: 様式2 Ⅰ5, 様式3 Ⅰ6, 様式4
/// Ⅰ7) in `cell` of the 部署 (item
/// `id`), where the two labels stand side by side in a row (`①部署 ②所属長の役職名`: the row's
/// line ends with the 所属長's whole label, in the words of any revision) and their values a line
/// each under the row, in the labels' order, the title heading a unit of the 部署
/// ([`department_then_title`]): `上下水道局 営業課` / `営業課長`. Refuses (`None`: the cell is
/// read as it is) a row whose lines under it are not so (`架空部` / `架空課` / `架空課長`: which
/// lines are whose is not shown), and a 部署's cell that opens with its own value.
fn department_row(id: ItemId, cell: &Cell, lines: &[text::Line]) -> Option<(Cell, Cell)> {
    if id != ItemId::AffairDepartment {
        return None;
    }
    let ((label_no, rest), under) = cell.lines.split_first()?;
    // (The walk took the 所属長's label off the 部署's line: the source line shows it.)
    let at = lines.partition_point(|l| l.no < *label_no);
    let row = lines.get(at).filter(|l| l.no == *label_no)?;
    let row = fill::squeeze(&row.text);
    let ends_with_head = crate::form::labels(ItemId::AffairDepartmentHead)
        .any(|l| row.ends_with(fill::squeeze(l).as_str()));
    if !rest.trim().is_empty() || !ends_with_head {
        return None;
    }
    department_then_title(under)
}

/// The rule id of [`affair_name_a_line_down`]'s values in the trace.
const AFFAIR_NAME_DOWN: &str = "affair_name_down";

/// Fills the 事務の名称 and the 事務の内容 from `cell` of item `id` where
/// [`affair_name_a_line_down`] parts it (the caller has found the 名称's own label empty), each
/// traced as inferred ([`fill_parts`]). Whether it did.
fn read_affair_name_down(report: &mut Report, trace: &mut Trace, id: ItemId, cell: &Cell) -> bool {
    let Some((name, description)) = affair_name_a_line_down(id, cell) else {
        return false;
    };
    let parts = [
        (ItemId::AffairName, name),
        (ItemId::AffairDescription, description),
    ];
    fill_parts(report, trace, AFFAIR_NAME_DOWN, parts);
    true
}

/// The 事務の名称 and the 事務の内容 (様式2–4 Ⅰ1①②) in `cell` of the 事務の内容 (item `id`),
/// where the name stands a line down, on the 内容's label's line (`①事務の名称` / `②事務の内容
/// 架空手当に関する事務` / `架空法に基づき、…`): the cell's first line a 事務's name — ending in
/// 「事務」, at most [`NAME_CHARS`](limits::NAME_CHARS) characters, no sentence's marks (、。) —
/// and under it the 内容, whose first line opens no list (a name's line is no lead-in to its
/// items). A 評価書 always names its 事務 (記載要領 Ⅰ1①), so the name's label left empty above
/// a 内容 that opens with a name is this shape — where the caller found that label empty.
///
/// Refuses a first line that is a sentence or a clause (`架空法に基づき、次の事務`), a line of
/// any other ending (`架空手当を支給する`), a lead-in above a list (`架空法に基づく次の事務` /
/// `①架空の申請の受付`) and a cell of one line.
fn affair_name_a_line_down(id: ItemId, cell: &Cell) -> Option<(Cell, Cell)> {
    if id != ItemId::AffairDescription {
        return None;
    }
    let mut filled = cell.lines.iter().filter(|(_, t)| !t.trim().is_empty());
    let &(first_no, ref first) = filled.next()?;
    let rest: Vec<(usize, String)> = filled.cloned().collect();
    let is_name = is_affair_name(first.trim());
    let opens_a_list = rest
        .first()
        .and_then(|(_, t)| t.trim_start().chars().next())
        .is_none_or(|c| {
            super::import::form_words::is_circled(c)
                || c.is_ascii_digit()
                || matches!(
                    c,
                    '（' | '(' | '・' | '●' | '○' | '■' | '□' | '◆' | '-' | '－'
                )
        });
    if !is_name || opens_a_list {
        return None;
    }
    let name = Cell {
        lines: vec![(first_no, first.clone())],
        displaced: true,
    };
    let description = Cell {
        lines: rest,
        displaced: true,
    };
    Some((name, description))
}

/// Whether `t` (trimmed) reads as a 事務's name: it ends in 「事務」, holds at most
/// [`NAME_CHARS`](limits::NAME_CHARS) characters and no sentence's marks (`架空手当に関する事務`;
/// not `架空法に基づき、次の事務`).
fn is_affair_name(t: &str) -> bool {
    t.ends_with("事務")
        && t.chars().count() <= limits::NAME_CHARS
        && !t.contains(['、', '。', ',', '，'])
}

/// The units a 部署's name is made of, by how their names end, from the largest down: a bureau,
/// a department, a division, an office, a section (`架空局`, `架空部`, `架空課`, `架空室`,
/// `架空係`). A 部署's name names them from the largest down (`架空部　架空課`, `架空課　架空室`,
/// `架空課　架空係`).
const DEPARTMENT_UNITS: [&str; 5] = ["局", "部", "課", "室", "係"];

/// The rank of the unit the word `word` names ([`DEPARTMENT_UNITS`]: 0 for a bureau, 3 for an
/// office), by its ending; `None` for a word that names none (`架空センター`, `架空部長`).
pub(super) fn department_rank(word: &str) -> Option<usize> {
    DEPARTMENT_UNITS
        .iter()
        .position(|unit| word.ends_with(unit))
}

/// Whether `cell` of item `id` is 基礎 Ⅰ1③ listing the systems' names (more than one, a line or a
/// comma apart: [`walk::listed_names`]): it fills
/// the whole list (its pointer is `/systems`).
fn lists_systems(form: AssessmentKind, id: ItemId, cell: &Cell) -> bool {
    is_systems_list(form, id) && walk::listed_names(cell).len() > 1
}

/// Whether `words`, a 部署's name, end in a unit ([`department_rank`] of its last word:
/// `架空部 架空課`), as a 部署 does and no post does (`架空課長`).
fn ends_in_a_unit(words: &str) -> bool {
    words
        .split_whitespace()
        .next_back()
        .is_some_and(|last| department_rank(last).is_some())
}

/// Whether `words`, a 部署's name, name a unit in any word (`架空課 保健センター`: a centre under
/// a division; [`department_rank`]) — where the 部署's own label holds them, and they need not
/// end in one.
fn names_a_unit(words: &str) -> bool {
    words
        .split_whitespace()
        .any(|word| department_rank(word).is_some())
}

/// Whether `cell` of item `id`, a list of names, holds what no name of its kind is: the files'
/// names (Ⅰ2, 様式2–4) each ending as a system's name does (`甲システム`, `中間サーバー`: the
/// systems printed a line down, on the files' heading's line — a file is named for its records,
/// [`list_end::ends_as_system`]), or the 基礎's list of systems (様式2 Ⅰ1③) with a name as long
/// as a line of prose ([`limits::PROSE_LINE_CHARS`]) and none ending as a system's name does (a
/// 概要's sentence printed a line down, on ③'s line, parted at its commas). Refuses (reads as
/// usual) `甲ファイル` and `甲システム連携ファイル` under Ⅰ2, `甲システム、乙システム` under ③, and a
/// list with a long name among systems' names (`丙の保険者等向け中間サーバー及び…資格確認システム
/// （※丙会）`).
fn names_no_item_of_its_kind(form: AssessmentKind, id: ItemId, cell: &Cell) -> bool {
    let system = |name: &String| list_end::ends_as_system(name.trim());
    if id == ItemId::AffairFileNames {
        let names = walk::listed_names(cell);
        return !names.is_empty() && names.iter().all(system);
    }
    if !is_systems_list(form, id) {
        return false;
    }
    let names = walk::listed_names(cell);
    let prose_long = |name: &String| name.trim().chars().count() >= limits::PROSE_LINE_CHARS;
    names.iter().any(prose_long) && !names.iter().any(system)
}

/// Whether `cell` of the 事務の内容 (概要) is a 事務's name alone, on one line
/// ([`is_affair_name`]), where the caller found the 事務の名称's cell empty: the name printed a line
/// down, on the next label's line, and the 内容 on the line of the label after that. Whose value
/// each line is, the text does not show ([`UnreadReason::Conflict`]; a 内容 of more lines under
/// the name is [`affair_name_a_line_down`]'s). Refuses (reads as usual) `架空税を課す事務を行う。`
/// and a name under a 事務の名称 that holds one.
fn name_under_the_description(id: ItemId, cell: &Cell) -> bool {
    if id != ItemId::AffairDescription {
        return false;
    }
    let mut filled = cell.texts();
    let (Some(line), None) = (filled.next(), filled.next()) else {
        return false;
    };
    is_affair_name(line)
}

/// Whether item `id` of `form` is the 基礎's Ⅰ1③システムの名称 (様式2): one cell naming every
/// system, a line or a comma apart, where the other forms give each system a block of its own.
pub(super) fn is_systems_list(form: AssessmentKind, id: ItemId) -> bool {
    id == ItemId::SystemName && form == AssessmentKind::Basic
}

/// Why a cell the walk found holds no value of its item, if it does not: its label stood in a
/// stack of labels (PDF text), it begins with the closing bracket of a box whose mark and
/// label went elsewhere (`] 提供を行っている`), or it is a free text that is only the option of a
/// ＜選択肢＞ list, in its selection's brackets or not (another item's answer).
fn misplaced(
    report: &Report,
    key: &walk::Key,
    cell: &Cell,
    found: &walk::Found,
    options: &std::collections::HashSet<String>,
) -> Option<UnreadReason> {
    let &(id, ref indices) = key;
    if indices.contains(&walk::TWICE) {
        return Some(UnreadReason::BlockTwice);
    }
    if found.reopened.contains(key) {
        return Some(UnreadReason::Conflict);
    }
    if found.stacked.contains(key) {
        return Some(UnreadReason::StackedLabels);
    }
    if names_no_item_of_its_kind(report.form(), id, cell) {
        return Some(UnreadReason::NotAValue);
    }
    // The cell's text starts with its first non-blank line.
    if cell
        .lines
        .iter()
        .map(|(_, t)| t.trim_start())
        .find(|t| !t.is_empty())
        .is_some_and(|t| t.starts_with([']', '］']))
    {
        return Some(UnreadReason::UnalignedMarks);
    }
    let free = arbiter::holds_words(report, id, indices);
    // Only a free text's words are looked up (joined and folded only then), and only when
    // they are no longer than the longest option (counted as they fold, without folding them).
    let longest = *per_form!(usize, longest_option, report.form());
    let option_words = |text: &str| {
        let words = crate::import::fill::strip_list_mark(text);
        // A selection as the form shows it, in brackets (`[ 1万人以上10万人未満 ]`).
        let words = words
            .strip_prefix(['[', '［'])
            .and_then(|w| w.strip_suffix([']', '］']))
            .unwrap_or(words);
        crate::import::fill::squeezed_chars(words)
            .nth(longest)
            .is_none()
            && options.contains(crate::import::fill::squeezed(words).as_ref())
    };
    // A free text whose last line is a selection in its brackets holds the next item's answer
    // under its own words (`…を支給する。` / `[ 1,000人以上1万人未満 ]`, a text that draws
    // each value before its label): which lines are whose is not shown.
    let last = cell.texts().next_back().unwrap_or_default();
    let selection_last = last.starts_with(['[', '［']) && option_words(last);
    (free && (option_words(&cell.joined()) || selection_last)).then_some(UnreadReason::OptionWord)
}

/// How many lines a free text's cell opens with that are the rest of its own item's label, not
/// its value: their words, joined, end one of the item's labels in any revision
/// ([`crate::form::labels`]), at least [`limits::LABEL_REST_CHARS`] characters and short of the
/// whole label (a label wrapped in the form's narrow label column, its rest printed where the
/// value stands). Under 「…におけるその他のリスク及びそのリスクに対する措置」, the lines `及びそのリスク` /
/// `に対する措置` / `甲の措置を講じる。` open with two such lines; `甲の措置` opens with none (no
/// label ends so), nor does a cell that is the whole label. 0 when none.
fn label_rest_lines(report: &Report, item: ItemId, indices: &[usize], cell: &Cell) -> usize {
    use crate::report::Value;
    let free = matches!(
        crate::report::field_at(report, item, indices).map(|f| f.value()),
        Some(Value::Text(_))
    );
    if !free {
        return 0;
    }
    let labels: Vec<String> = crate::form::labels(item)
        .map(crate::import::fill::squeeze)
        .collect();
    let mut words = String::new();
    let mut rest = 0;
    for (k, (_, line)) in cell.lines.iter().enumerate() {
        words.push_str(&crate::import::fill::squeeze(line));
        if words.is_empty() {
            continue;
        }
        // (The lines so far may be a label's middle, its end on a line below.)
        let within = |label: &String| label.len() > words.len() && label.contains(&words);
        if !labels.iter().any(within) {
            break;
        }
        if ends_a_label(&labels, &words) {
            rest = k + 1;
        }
    }
    rest
}

/// Whether the cell of `key` stood open above a heading over items
/// (`４．情報提供ネットワークシステムによる情報連携`) that came with words after its title
/// ([`walk::Found::before_words_on_heading`]). In a text that prints each value a line down, on
/// the next label's line, those words are the rest of this cell's value or a value of its own;
/// which, the text does not show, and the cell and the words are left unread
/// ([`UnreadReason::Conflict`]). Reads (leaves unread) `甲法第1条、第16条` / `４．情報提供ネット
/// ワークシステムによる情報連携 乙法第7条`; refuses (reads as usual) the heading with nothing or
/// only the form's note mark `※` after its title.
fn open_above_heading_words(found: &walk::Found, key: &walk::Key) -> bool {
    found
        .before_words_on_heading
        .iter()
        .any(|(open, _)| open == key)
}

/// Whether `cell` of `key` opens with text on its section's heading line (`３．個人番号の利用
/// 甲`) whose next line is the rest of the item's own label (`法令上の根拠`, at least
/// [`limits::LABEL_REST_CHARS`] characters that end a label of the item in any revision, short
/// of the whole label), right after a cell the walk found empty (`２．特定個人情報ファイル名`
/// with nothing under it) or holding no name of its kind ([`names_no_item_of_its_kind`]).
/// Two readings: the empty item's value printed a line down, on the next heading's line (a text
/// that prints its values so), or the first line of this item's value beside a label of two
/// lines. Neither is taken ([`UnreadReason::Conflict`]). Refuses
/// (reads as usual) the same lines after a filled cell (the second reading: nothing is missing
/// above), a heading with nothing after it and a text on the heading's line that no rest of the
/// label follows.
fn beside_label_after_empty(
    form: AssessmentKind,
    found: &walk::Found,
    key: &walk::Key,
    cell: &Cell,
    lines: &[text::Line],
) -> bool {
    let Some(at) = found.cells.get_index_of(key) else {
        return false;
    };
    let after_empty = at
        .checked_sub(1)
        .and_then(|before| found.cells.get_index(before))
        .is_some_and(|((id, _), before)| {
            before.joined().trim().is_empty() || names_no_item_of_its_kind(form, *id, before)
        });
    if !after_empty {
        return false;
    }
    let Some(&(first, _)) = cell.lines.iter().find(|(_, t)| !t.trim().is_empty()) else {
        return false;
    };
    // (The lines are in source order: the one after `first` is found by halves.)
    let next = lines
        .get(lines.partition_point(|l| l.no <= first)..)
        .unwrap_or_default()
        .iter()
        .find(|l| !l.text.trim().is_empty());
    let Some(next) = next else {
        return false;
    };
    // (The label's line stands in the cell as an empty line, its words taken off.)
    let in_cell = cell
        .lines
        .iter()
        .any(|(no, t)| *no == next.no && !t.trim().is_empty());
    let labels: Vec<String> = crate::form::labels(key.0).map(fill::squeeze).collect();
    !in_cell && ends_a_label(&labels, &fill::squeeze(&next.text))
}

/// Whether `words` (squeezed) are the rest of one of `labels` (squeezed): at least
/// [`limits::LABEL_REST_CHARS`] characters that end the label, short of the whole of it. A
/// shorter value may end a label by chance (`名称` of `システムの名称`).
fn ends_a_label(labels: &[String], words: &str) -> bool {
    let long = words.chars().nth(limits::LABEL_REST_CHARS - 1).is_some();
    long && labels
        .iter()
        .any(|label| label.len() > words.len() && label.ends_with(words))
}

/// The opening of a definition of a short form, as the 評価書 write it after a name
/// (`…システム（以下この評価書において「甲」という。）`, `…事務（以下「甲事務」という。）`): either
/// width of bracket.
const DEFINITION_OPENINGS: [&str; 2] = ["（以下", "(以下"];

/// The cell of a name item — the form's 「事務の名称」 and 「システムの名称」 (a system's own; not
/// the 基礎 list of them, [`lists_systems`]) — cut before a definition of the name's short form
/// that follows the name, and the source lines after the definition's line (notes on the
/// system, sentences): the name is what comes before the definition, and the text after it no
/// name takes (IU011). Reads `甲システム（以下「甲」という。）` / `※甲システムは…` as the name
/// `甲システム` and lists the second line; refuses `甲（税）システム` (no definition) and a cell
/// that opens with the definition (no name before it): `None`, the cell read as it is.
fn name_before_definition(
    report: &Report,
    item: ItemId,
    cell: &Cell,
) -> Option<(Cell, Vec<usize>)> {
    let a_name = match item {
        ItemId::AffairName => true,
        ItemId::SystemName => !lists_systems(report.form(), item, cell),
        _ => false,
    };
    if !a_name {
        return None;
    }
    let mut name: Vec<(usize, String)> = Vec::new();
    for (k, (no, line)) in cell.lines.iter().enumerate() {
        let opening = DEFINITION_OPENINGS
            .iter()
            .filter_map(|o| line.find(o))
            .min();
        let Some(at) = opening else {
            name.push((*no, line.clone()));
            continue;
        };
        let before = line.get(..at).unwrap_or_default();
        if name.iter().all(|(_, t)| t.trim().is_empty()) && before.trim().is_empty() {
            return None;
        }
        name.push((*no, before.trim_end().to_owned()));
        let surplus = cell
            .lines
            .iter()
            .skip(k + 1)
            .filter(|(_, t)| !t.trim().is_empty())
            .map(|(no, _)| *no)
            .collect();
        let name = Cell {
            lines: name,
            displaced: cell.displaced,
        };
        return Some((name, surplus));
    }
    None
}

/// How many characters the longest option word of `form` ([`form_words::FormWords::options`],
/// folded) has: a text that folds to more is none of them.
fn longest_option(form: AssessmentKind) -> usize {
    form_words::of(form)
        .options
        .iter()
        .map(|o| o.chars().count())
        .max()
        .unwrap_or(0)
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

/// The boxes of 提供・移転の有無 that carry a count: 提供を行っている, 移転を行っている.
const PROVISION_TRANSFER_LABELS: [&str; 2] = ["提供を行っている", "移転を行っている"];

/// 提供・移転の有無: `[ ○ ] 提供を行っている （ 28 ）件 [ ○ ] 移転を行っている （ 13 ）件 [ ] 行っていない`.
fn read_provision_transfer(
    status: &mut crate::report::ProvisionTransferStatus,
    text: &str,
) -> Option<Read> {
    let flat = text.replace('\n', " ");
    let mut read = None;
    let mut next = crate::report::ProvisionTransferStatus::default();
    // The third box prints the words of the 行っている／行っていない list (Performed's No).
    for (which, label) in PROVISION_TRANSFER_LABELS
        .into_iter()
        .chain([crate::report::Performed::No.label()])
        .enumerate()
    {
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

/// Sorted line numbers with reasons as ranges of consecutive lines of one reason.
fn ranges(mut lines: Vec<(usize, UnreadReason)>) -> Vec<Unread> {
    lines.sort_unstable();
    lines.dedup_by_key(|(no, _)| *no);
    let mut out: Vec<Unread> = Vec::new();
    for (no, reason) in lines {
        match out.last_mut() {
            Some(last) if last.lines[1] + 1 == no && last.reason == reason => last.lines[1] = no,
            _ => out.push(Unread {
                lines: [no, no],
                reason,
            }),
        }
    }
    out
}

/// An [`ItemPath`] as a JSON Pointer: `files[0].entrustments[2]` → `/files/0/entrustments/2`.
/// (The passes write their items' pointers with [`item_pointer`]; the tests hold it to this.)
#[cfg(test)]
fn pointer(path: &ItemPath) -> String {
    let mut out = String::with_capacity(48);
    for segment in path.segments() {
        push_segment(&mut out, segment);
    }
    out
}

/// [`crate::report::visit`] of the fields of `id` when the first one's value passes `of_kind`,
/// for the passes that look for one kind of answer (a checkbox list, a choice list): an item's
/// fields are all of one type, and `of_kind` asks what the type decides (a choice list's value
/// is a choice whatever is chosen), so the values of an item of another kind are not built.
fn visit_of_kind<'r>(
    report: &'r Report,
    id: ItemId,
    of_kind: impl Fn(&crate::report::Value<'_>) -> bool,
    f: &mut dyn FnMut(&[usize], &'r dyn crate::report::Field),
) {
    let mut kind = None;
    crate::report::visit(report, id, &mut |indices, field| {
        if *kind.get_or_insert_with(|| of_kind(&field.value())) {
            f(indices, field);
        }
    });
}

/// The JSON Pointer of the item `id` at `indices` (its [`ItemPath`], `id.path(indices)`, as a
/// JSON Pointer), written straight from the item's pattern (`files[].provisions[].legal_basis`
/// → `/files/1/provisions/19/legal_basis`) byte by byte, in one allocation of its size: a `.`
/// becomes a `/`, a list's `[]` a `/` and its position, and a list without a position ends the
/// pointer (as [`ItemId::path`] leaves it at the list). The pattern's names are Rust field
/// names, which hold nothing RFC 6901 escapes (a test checks every item against [`pointer`]).
fn item_pointer(id: ItemId, indices: &[usize]) -> String {
    let pattern = id.pattern();
    // A `[]` (two bytes) becomes a `/` and the digits: the pointer is at most this long.
    let digits: usize = indices.iter().map(|&i| decimal_len(i)).sum();
    let mut out = String::with_capacity(1 + pattern.len() + digits);
    let mut indices = indices.iter();
    out.push('/');
    // `run` is where the name not yet written starts; `at` the byte looked at. Both stand
    // after ASCII bytes (`.`, `]`) or at the start: on character boundaries.
    let (mut run, mut at) = (0, 0);
    while let Some(&b) = pattern.as_bytes().get(at) {
        if !matches!(b, b'.' | b'[') {
            at += 1;
            continue;
        }
        if let Some(name) = pattern.get(run..at) {
            out.push_str(name);
        }
        if b == b'.' {
            out.push('/');
            at += 1;
        } else {
            let Some(&i) = indices.next() else {
                return out;
            };
            out.push('/');
            push_decimal(&mut out, i);
            // Past the `[]`.
            at += 2;
        }
        run = at;
    }
    if let Some(name) = pattern.get(run..) {
        out.push_str(name);
    }
    out
}

/// How many decimal digits `n` has.
fn decimal_len(n: usize) -> usize {
    n.checked_ilog10().map_or(1, |l| l as usize + 1)
}

/// Writes `/` and `segment` to the JSON Pointer `out`: an index digit by digit, a field name as
/// it is unless it holds a character RFC 6901 escapes (`~`, `/`; the model's names hold none, a
/// map key might).
#[cfg(test)]
fn push_segment(out: &mut String, segment: &crate::report::Segment) {
    use crate::report::Segment;
    out.push('/');
    match segment {
        Segment::Index(i) => push_decimal(out, *i),
        // (Both are ASCII: their bytes stand for nothing else in UTF-8.)
        Segment::Field(name) if name.bytes().any(|b| matches!(b, b'~' | b'/')) => {
            out.push_str(&name.replace('~', "~0").replace('/', "~1"));
        }
        Segment::Field(name) => out.push_str(name),
    }
}

/// Writes `n` in decimal digits to `out` (without the formatting machinery of `to_string`).
fn push_decimal(out: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    let mut len = 0;
    let mut rest = n;
    // The digits from the last; a `usize` has at most 20.
    for slot in digits.iter_mut() {
        // `rest % 10` is below 10: the cast keeps it.
        *slot = b'0' + (rest % 10) as u8;
        len += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &d in digits.iter().take(len).rev() {
        out.push(char::from(d));
    }
}

/// Makes sure the draft loads: a value the loader refuses is emptied, with a warning, and its
/// trace dropped.
#[cfg(feature = "json")]
fn ensure_loads(report: &mut Report, trace: &mut Trace, warnings: &mut Vec<Warning>) {
    for _ in 0..16 {
        // Checked on the typed draft, without writing its JSON (`refused_at` finds what the
        // loader refuses; debug builds ask the loader as well). Only a draft it refuses is
        // written, for the loader's error (its line and column) in the warning.
        let refused = crate::report::refused_at(report);
        debug_assert_eq!(
            refused,
            Report::from_json(&report.to_json())
                .err()
                .map(|e| e.path().clone())
        );
        if refused.is_none() {
            return;
        }
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
                        let p = item_pointer(id, &indices);
                        trace.values.retain(|v| v.pointer != p);
                        true
                    }
                    None => false,
                }
            }
            _ => false,
        };
        warnings.push(Warning::ValueRefused {
            message: crate::label::Visible(&err.to_string()).to_string(),
        });
        if !cleared {
            return;
        }
    }
}

#[cfg(not(feature = "json"))]
fn ensure_loads(_: &mut Report, _: &mut Trace, _: &mut Vec<Warning>) {}

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
    fn a_system_name_with_a_prose_line_beside_it_is_no_name() {
        assert!(name_beside_prose(
            "架空集約システム 県内の市町村の間で架空の資格と該当回数を引"
        ));
        assert!(!name_beside_prose("架空市 住民記録システム"));
        assert!(!name_beside_prose(
            "架空広域連合電算処理システム（標準システム）"
        ));
    }

    #[test]
    fn pointers_escape_and_index() {
        let path: ItemPath = "files[0].entrustments[2].entrustee".parse().unwrap();
        assert_eq!(pointer(&path), "/files/0/entrustments/2/entrustee");
        let path: ItemPath = "files[1234567].provisions[10]".parse().unwrap();
        assert_eq!(pointer(&path), "/files/1234567/provisions/10");
        let path = ItemPath::root().field("sources").field("a/b~c");
        assert_eq!(pointer(&path), "/sources/a~1b~0c");
        // An item's pointer is that of its path, a list without an index left at the list.
        for (id, indices) in [
            (ItemId::ProvisionLegalBasis, &[1, 19][..]),
            (ItemId::ProvisionLegalBasis, &[1][..]),
            (ItemId::ProvisionLegalBasis, &[][..]),
            (ItemId::AffairName, &[][..]),
            (ItemId::AffairName, &[3][..]),
        ] {
            assert_eq!(item_pointer(id, indices), pointer(&id.path(indices)));
        }
        // Every item, at positions of one digit and of several.
        for &id in ItemId::ALL {
            for indices in [&[0, 0, 0][..], &[12, 3, 4567], &[9, 10]] {
                assert_eq!(
                    item_pointer(id, indices),
                    pointer(&id.path(indices)),
                    "{id:?}"
                );
            }
        }
        assert_eq!(
            item_pointer(ItemId::ProvisionLegalBasis, &[1, 19]),
            "/files/1/provisions/19/legal_basis"
        );
    }

    #[test]
    fn the_department_s_and_its_head_s_labels_side_by_side_take_a_line_each() {
        let text = |under: &str| {
            import(&format!(
                "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n\
                 5.評価実施機関における担当部署\n①部署 ②所属長の役職名\n{under}\n\
                 6.他の評価実施機関\n"
            ))
            .unwrap()
        };
        // Reads: the 部署, then a title that heads a unit of it.
        let draft = text("架空局 架空課\n架空課長");
        let affair = &draft.report.affair;
        assert_eq!(affair.department.as_deref(), Some("架空局 架空課"));
        assert_eq!(affair.department_head.as_deref(), Some("架空課長"));
        assert!(draft.trace.values.iter().any(|v| v.rule == DEPARTMENT_ROW));
        // Refuses: three lines under the row (which are whose is not shown).
        let draft = text("架空局\n架空課\n架空課長");
        assert_eq!(draft.report.affair.department_head, None);
        assert!(!draft.trace.values.iter().any(|v| v.rule == DEPARTMENT_ROW));
    }

    #[test]
    fn a_department_and_its_head_each_a_line_down_are_read_over_the_next_heading() {
        let text = |on_head: &str, on_heading: &str| {
            import(&format!(
                "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n\
                 5.評価実施機関における担当部署\n①部署\n②所属長の役職名 {on_head}\n\
                 6.他の評価実施機関 {on_heading}\nなし\n"
            ))
            .unwrap()
        };
        let draft = text("架空課 架空係", "架空課長");
        let affair = &draft.report.affair;
        assert_eq!(affair.department.as_deref(), Some("架空課 架空係"));
        assert_eq!(affair.department_head.as_deref(), Some("架空課長"));
        assert_eq!(affair.other_bodies.as_deref(), Some("なし"));
        // Refuses: a post on the 所属長's line (its own value), a title that heads no unit of
        // the line.
        let draft = text("架空課長", "架空課長");
        assert_eq!(draft.report.affair.department, None);
        let draft = text("架空課 架空係", "架空室長");
        assert_ne!(
            draft.report.affair.department_head.as_deref(),
            Some("架空室長")
        );
    }

    #[test]
    fn a_department_and_its_head_each_a_line_up_are_read_from_the_heading_down() {
        let text = |on_heading: &str, on_label: &str| {
            import(&format!(
                "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n\
                 5.評価実施機関における担当部署 {on_heading}\n①部署 {on_label}\n②所属長の役職名\n\
                 6.他の評価実施機関\nなし\n"
            ))
            .unwrap()
        };
        let draft = text("架空部 架空課", "架空課長");
        let affair = &draft.report.affair;
        assert_eq!(affair.department.as_deref(), Some("架空部 架空課"));
        assert_eq!(affair.department_head.as_deref(), Some("架空課長"));
        // Refuses a title that heads no unit of the heading's words, and a unit beside the
        // 部署's label (its own value): neither is moved.
        let draft = text("架空部 架空課", "架空室長");
        assert_ne!(
            draft.report.affair.department.as_deref(),
            Some("架空部 架空課")
        );
        assert_ne!(
            draft.report.affair.department_head.as_deref(),
            Some("架空室長")
        );
        let draft = text("架空部 架空課", "架空課 架空係");
        assert_eq!(draft.report.affair.department_head, None);
        // Every value a line before its label: the 部署 between the heading and its label.
        let text = |above: &str| {
            import(&format!(
                "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n\
                 5.評価実施機関における担当部署\n{above}\n①部署\n架空課長\n②所属長の役職名\n\
                 6.他の評価実施機関\nなし\n"
            ))
            .unwrap()
        };
        let draft = text("架空部 架空課");
        let affair = &draft.report.affair;
        assert_eq!(affair.department.as_deref(), Some("架空部 架空課"));
        assert_eq!(affair.department_head.as_deref(), Some("架空課長"));
        // Refuses words above the label that name no unit the title heads.
        let draft = text("架空部 架空室");
        assert_ne!(
            draft.report.affair.department_head.as_deref(),
            Some("架空課長")
        );
    }

    #[test]
    fn files_names_under_the_next_section_s_label_go_back_to_the_files() {
        let text = |basis: &str| {
            import(&format!(
                "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n\
                 2.特定個人情報ファイル名\n3.個人番号の利用\n法令上の根拠\n架空手当受給者ファイル\n{basis}\n\
                 4.情報提供ネットワークシステムによる情報連携\n"
            ))
            .unwrap()
        };
        let draft = text("番号法第9条第2項 架空市条例第4条");
        let affair = &draft.report.affair;
        assert_eq!(affair.file_names, ["架空手当受給者ファイル"]);
        assert_eq!(
            affair.number_use_basis.as_ref().map(|b| b.as_str()),
            Some("番号法第9条第2項 架空市条例第4条")
        );
        // Refuses lines under the names that name no law: the file's name stays where it was.
        let draft = text("架空の定めによる");
        assert!(draft.report.affair.file_names.is_empty());
    }

    #[test]
    fn a_section_s_first_value_on_its_heading_over_two_bare_labels_is_the_first_item_s() {
        let text = |on_heading: &str| {
            import(&format!(
                "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n\
                 1.特定個人情報ファイルを取り扱う事務 架空手当に関する事務\n①事務の名称\n②事務の概要\n\
                 架空手当法に基づき、手当を支給する。\n\
                 5.評価実施機関における担当部署 {on_heading}\n①部署\n②所属長の役職名\n架空課長\n\
                 6.他の評価実施機関\nなし\n"
            ))
            .unwrap()
        };
        let draft = text("架空部 架空課");
        let affair = &draft.report.affair;
        assert_eq!(affair.name, "架空手当に関する事務");
        assert_eq!(
            affair.description.as_deref(),
            Some("架空手当法に基づき、手当を支給する。")
        );
        assert_eq!(affair.department.as_deref(), Some("架空部 架空課"));
        assert_eq!(affair.department_head.as_deref(), Some("架空課長"));
        // Refuses words of no 部署's type (another cell's, perhaps): nothing of them is read.
        let draft = text("架空法第1条");
        assert_eq!(draft.report.affair.department, None);
    }

    #[test]
    fn a_head_a_line_down_under_a_department_with_its_value_is_read_over_the_next_heading() {
        let text = |department: &str, on_heading: &str| {
            import(&format!(
                "特定個人情報保護評価書（全項目評価書）\nⅠ 基本情報\n\
                 7.評価実施機関における担当部署\n①部署 {department}\n②所属長\n\
                 8.他の評価実施機関 {on_heading}\n"
            ))
            .unwrap()
        };
        let draft = text("架空局 架空課", "架空課長");
        let affair = &draft.report.affair;
        assert_eq!(affair.department.as_deref(), Some("架空局 架空課"));
        assert_eq!(affair.department_head.as_deref(), Some("架空課長"));
        assert_eq!(affair.other_bodies, None);
        // A 部署 that ends in a unit of no rank's name, under a division it names.
        let draft = text("架空課 保健センター", "架空課長");
        assert_eq!(
            draft.report.affair.department_head.as_deref(),
            Some("架空課長")
        );
        // Refuses a title that heads no unit of the 部署 (another body's words, perhaps).
        let draft = text("架空局 架空課", "架空町長");
        assert_eq!(draft.report.affair.department_head, None);
    }

    #[test]
    fn a_department_printed_above_its_heads_title_is_not_read_into_it() {
        let text = |department: &str, head: &str| {
            import(&format!(
                "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n\
                 5.評価実施機関における担当部署\n①部署{department}\n②所属長の役職名 {head}\n\
                 6.他の評価実施機関\n"
            ))
            .unwrap()
        };
        // Reads: under the 部署's label left empty, `架空局 架空課` on the 所属長's line, then a
        // title that heads with a unit of the line: the 部署 a line down (no title wrapped
        // names its unit twice).
        let draft = text("", "架空局 架空課\n架空課長");
        assert_eq!(
            draft.report.affair.department.as_deref(),
            Some("架空局 架空課")
        );
        assert_eq!(
            draft.report.affair.department_head.as_deref(),
            Some("架空課長")
        );
        let traced = draft
            .trace
            .values
            .iter()
            .filter(|v| v.rule == DEPARTMENT_DOWN);
        assert!(traced.clone().count() == 2);
        assert!(
            traced
                .into_iter()
                .all(|v| v.confidence == Confidence::Inferred)
        );
        // Reads: a title that heads with a larger unit of the line (`架空局長` under `架空局
        // 架空課`; a section, `係`, is a unit too, its title the 課's above it).
        for (line, title) in [("架空局 架空課", "架空局長"), ("架空課 架空係", "架空課長")]
        {
            let draft = text("", &format!("{line}\n{title}"));
            assert_eq!(draft.report.affair.department.as_deref(), Some(line));
            assert_eq!(draft.report.affair.department_head.as_deref(), Some(title));
        }
        // Refuses: a title that heads with no unit of the line (`架空室長` under `架空局
        // 架空課`), or a 部署 that holds its own value: the 部署 a line down, or one title,
        // unread.
        for (department, head) in [
            ("", "架空局 架空課\n架空室長"),
            (" 甲部", "架空部\n架空部長"),
        ] {
            let draft = text(department, head);
            assert_eq!(draft.report.affair.department_head, None, "{head}");
            assert!(unread_reasons(&draft).contains(&UnreadReason::Conflict));
        }
        // A title alone, and a title wrapped at its last character, are read.
        let draft = text("", "架空部長");
        assert_eq!(
            draft.report.affair.department_head.as_deref(),
            Some("架空部長")
        );
        let draft = text("", "架空部\n長");
        assert_eq!(
            draft.report.affair.department_head.as_deref(),
            Some("架空部長")
        );
    }

    #[test]
    fn an_affair_name_printed_on_the_description_s_line_is_read_as_the_name() {
        let text = |name: &str, description: &str| {
            import(&format!(
                "特定個人情報保護評価書（重点項目評価書）\n[平成26年4月 様式3]\nⅠ 基本情報\n\
                 １．特定個人情報ファイルを取り扱う事務\n①事務の名称{name}\n\
                 ②事務の内容 {description}\n③対象人数\n"
            ))
            .unwrap()
        };
        // Reads: under the 名称's label left empty, a name ending in 事務 on the 内容's line,
        // then the 内容's prose.
        let draft = text("", "架空金に関する事務\n架空法に基づき、架空金を支給する。");
        assert_eq!(draft.report.affair.name, "架空金に関する事務");
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("架空法に基づき、架空金を支給する。")
        );
        let traced = draft
            .trace
            .values
            .iter()
            .filter(|v| v.rule == AFFAIR_NAME_DOWN);
        assert_eq!(traced.clone().count(), 2);
        assert!(
            traced
                .into_iter()
                .all(|v| v.confidence == Confidence::Inferred)
        );
        // Refuses: a name's label with its own value, a clause, a lead-in above a list, a
        // line of another ending and a 内容 of one line: the 内容 read as printed.
        for (name, description) in [
            (
                " 架空金の事務",
                "架空金に関する事務\n架空法に基づき、架空金を支給する。",
            ),
            ("", "架空法に基づき、次の事務\n架空金を支給する。"),
            ("", "架空法に基づく次の事務\n①架空の申請の受付"),
            ("", "架空金を支給する\n架空法に基づく。"),
            (" 架空金の事務", "架空金に関する事務"),
        ] {
            let draft = text(name, description);
            assert_eq!(draft.report.affair.name, name.trim(), "{description}");
            let first = description.lines().next().unwrap_or_default();
            let read = draft.report.affair.description.unwrap_or_default();
            assert!(read.starts_with(first), "{description}");
        }
        // Refuses (leaves unread: two readings, `name_under_the_description`): a 内容 of one
        // line that is a name, under the 名称 left empty.
        let draft = text("", "架空金に関する事務");
        assert_eq!(draft.report.affair.name, "");
        assert_eq!(draft.report.affair.description, None);
        assert!(unread_reasons(&draft).contains(&UnreadReason::Conflict));
    }

    #[test]
    fn names_run_together_by_spaced_kanji_are_not_read() {
        let opening = |systems: &str, file: &str| {
            let text = format!(
                "特 定 個 人 情 報 保 護 評 価 書 基 礎 項 目 評 価 書\nⅠ 関 連 情 報\n\
                 1. 特 定 個 人 情 報 ファイルを 取 り 扱 う 事 務\n1 事 務 の 名 称\n架 空 事 務\n\
                 3 システムの 名 称\n{systems}\n2. 特 定 個 人 情 報 ファイル 名\n{file}\n"
            );
            import(&text).unwrap()
        };
        // `甲システム 乙システム` or `甲システム、乙システム` spaced: one name or two, unread.
        let draft = opening(
            "架 空 システム 模 擬 システム",
            "架 空 ファイル 見 本 ファイル",
        );
        assert!(draft.report.systems.iter().all(|s| s.name.is_empty()));
        assert!(draft.report.affair.file_names.is_empty());
        // So with one name of another kind after it.
        let draft = opening("架 空 システム 中 間 サーバー", "架 空 ファイル");
        assert!(draft.report.systems.iter().all(|s| s.name.is_empty()));
        // So with a name of another kind after them.
        let draft = opening(
            "架 空 システム 模 擬 システム 中 間 サーバー",
            "架 空 ファイル",
        );
        assert!(draft.report.systems.iter().all(|s| s.name.is_empty()));
        assert!(unread_reasons(&draft).contains(&UnreadReason::Conflict));
        // A name whose word ends it, or goes on in other than a kanji or to no second name,
        // and names a conjunction joins, are read.
        let draft = opening("架 空 システム", "架 空 ファイル（ 副 本 ）");
        assert_eq!(
            draft.report.systems.first().map(|s| s.name.as_str()),
            Some("架空システム")
        );
        assert_eq!(draft.report.affair.file_names, ["架空ファイル（副本）"]);
        let draft = opening("架 空 システム 等", "架 空 ファイル");
        assert_eq!(
            draft.report.systems.first().map(|s| s.name.as_str()),
            Some("架空システム等")
        );
        let draft = opening("架 空 システム 及 び 模 擬 システム", "架 空 ファイル");
        assert_eq!(
            draft.report.systems.first().map(|s| s.name.as_str()),
            Some("架空システム及び模擬システム")
        );
        // Unspaced, the words are the text's own: read as written.
        let text = "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n\
                    1.特定個人情報ファイルを取り扱う事務\n①事務の名称\n架空事務\n\
                    ③システムの名称\n架空システム連携基盤\n";
        let draft = import(text).unwrap();
        assert_eq!(
            draft.report.systems.first().map(|s| s.name.as_str()),
            Some("架空システム連携基盤")
        );
    }

    #[test]
    fn fields_of_a_kind_are_those_whose_values_are() {
        // Every field whose value is of the kind, and no other: an item's fields are of one type.
        for form in [
            AssessmentKind::Basic,
            AssessmentKind::Focused,
            AssessmentKind::Full,
        ] {
            let report = Report::example(form);
            let checks =
                |v: &crate::report::Value<'_>| matches!(v, crate::report::Value::Checks { .. });
            let (mut all, mut of_kind) = (Vec::new(), Vec::new());
            for id in ItemId::of_form(form) {
                crate::report::visit(&report, id, &mut |indices, field| {
                    if checks(&field.value()) {
                        all.push((id, indices.to_vec()));
                    }
                });
                visit_of_kind(&report, id, checks, &mut |indices, _| {
                    of_kind.push((id, indices.to_vec()));
                });
            }
            assert!(!all.is_empty());
            assert_eq!(of_kind, all);
        }
    }

    #[test]
    fn unread_lines_become_ranges() {
        let (a, b) = (UnreadReason::NoItem, UnreadReason::Surplus);
        let got = ranges(vec![(3, a), (1, a), (2, a), (7, b), (8, a)]);
        let got: Vec<_> = got.iter().map(|u| (u.lines, u.reason)).collect();
        assert_eq!(got, [([1, 3], a), ([7, 7], b), ([8, 8], a)]);
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
    /// replaced it and left a pointer to a system that was no longer there. (Its second
    /// `システム3` is now a block met twice, left unread: every named system is traced.)
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
        let named = draft
            .report
            .systems
            .iter()
            .filter(|s| !s.name.is_empty())
            .count();
        assert_eq!(pointers.len(), named, "{pointers:?}");
        assert!(
            pointers.iter().all(|p| p.starts_with("/systems/")),
            "{pointers:?}"
        );
        assert!(
            draft
                .warnings
                .iter()
                .any(|w| matches!(w, Warning::BlockTwice { .. })),
            "{:?}",
            draft.warnings
        );
    }

    /// A value the loader refuses (a day past the year 9999, which JSON writes `+12017-…`) is
    /// emptied, its trace dropped, and the warning names the error as the pretty JSON gives it.
    #[cfg(feature = "json")]
    #[test]
    fn a_draft_that_would_not_load_is_emptied_where_it_fails() {
        let mut report = Report::empty(AssessmentKind::Full);
        report.cover.published_on = chrono::NaiveDate::from_ymd_opt(12017, 1, 1);
        let refused = Report::from_json(&report.to_json()).unwrap_err();
        let mut trace = Trace::default();
        trace.values.push(TracedValue {
            rule: std::borrow::Cow::Borrowed("cell"),
            pointer: "/cover/published_on".to_owned(),
            lines: [3, 3],
            confidence: Confidence::Exact,
        });
        let mut warnings = Vec::new();
        ensure_loads(&mut report, &mut trace, &mut warnings);
        assert_eq!(report.cover.published_on, None);
        assert!(trace.values.is_empty(), "{:?}", trace.values);
        assert_eq!(
            warnings,
            [Warning::ValueRefused {
                message: crate::label::Visible(&refused.to_string()).to_string()
            }]
        );
        assert!(Report::from_json(&report.to_json()).is_ok());
    }

    /// The names of a draft's systems, in order (an empty name where a system has none).
    pub(super) fn system_names(draft: &Draft) -> Vec<&str> {
        draft
            .report
            .systems
            .iter()
            .map(|s| s.name.as_str())
            .collect()
    }

    /// An invented 重点 text in the PDF shape: the title, chapter Ⅰ, then `body`.
    pub(super) fn pdf(body: &str) -> Draft {
        import(&format!(
            "特定個人情報保護評価書（重点項目評価書）\n\nⅠ　基本情報\n\n{body}"
        ))
        .unwrap()
    }

    #[test]
    fn text_on_a_heading_above_its_label_s_rest_after_an_empty_cell_is_not_read() {
        let opening = |files: &str, heading: &str, basis: &str| {
            import(&format!(
                "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n\
                 １．特定個人情報ファイルを取り扱う事務\n①事務の名称\n架空事務\n\
                 ２．特定個人情報ファイル名\n{files}３．個人番号の利用 {heading}\n法令上の根拠\n\
                 {basis}\n４．情報提供ネットワークシステムによる情報連携\n"
            ))
            .unwrap()
        };
        // The file list left empty above: the heading's words are its value a line down, or
        // this item's first line beside a label of two lines. Neither is read where their type
        // does not tell (words of neither a file's name nor a law).
        let draft = opening("", "架空の記録", "番号法第9条第1項");
        assert_eq!(draft.report.affair.number_use_basis, None);
        assert!(unread_reasons(&draft).contains(&UnreadReason::Conflict));
        // A file's name there is the list's (a basis names a law): both are read.
        let draft = opening("", "架空ファイル", "番号法第9条第1項");
        assert_eq!(draft.report.affair.file_names, ["架空ファイル"]);
        assert!(draft.report.affair.number_use_basis.is_some());
        // The file list filled: the heading's words open the basis.
        let draft = opening("架空ファイル\n", "番号法第9条第1項", "別表第一の1の項");
        let basis = draft
            .report
            .affair
            .number_use_basis
            .map(|b| b.as_str().to_owned());
        assert_eq!(basis.as_deref(), Some("番号法第9条第1項\n別表第一の1の項"));
    }

    #[test]
    fn words_on_a_heading_over_items_leave_the_cell_above_unread() {
        let opening = |after: &str| {
            import(&format!(
                "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n\
                 １．特定個人情報ファイルを取り扱う事務\n①事務の名称\n架空事務\n\
                 ３．個人番号の利用\n法令上の根拠\n架空法第7条第1項、第16条\n\
                 ４．情報提供ネットワークシステムによる情報連携{after}\n①実施の有無\n[ 実施しない ]\n"
            ))
            .unwrap()
        };
        // The words may be the basis's last line or a value of their own: both unread.
        let draft = opening(" ※ 架空条例第2条");
        assert_eq!(draft.report.affair.number_use_basis, None);
        let heading = draft.trace.unread.iter().find(|u| u.lines[1] >= 9);
        assert_eq!(heading.map(|u| u.reason), Some(UnreadReason::Conflict));
        // The note mark alone is the form's: the basis is read.
        let draft = opening(" ※");
        let basis = draft
            .report
            .affair
            .number_use_basis
            .map(|b| b.as_str().to_owned());
        assert_eq!(basis.as_deref(), Some("架空法第7条第1項、第16条"));
    }

    #[test]
    fn a_name_is_cut_before_a_definition_after_it_only() {
        let report = Report::empty(AssessmentKind::Full);
        let cell = fill::tests::cell;
        let read = |lines: &[&str]| {
            name_before_definition(&report, ItemId::SystemName, &cell(lines))
                .map(|(name, surplus)| (name.joined().into_owned(), surplus))
        };
        assert_eq!(
            read(&[
                "甲システム（以下「甲」という。）",
                "※甲システムは乙で構成される。"
            ]),
            Some(("甲システム".to_owned(), vec![2]))
        );
        assert_eq!(read(&["甲（税）システム"]), None);
        assert_eq!(read(&["（以下「甲」という。）", "甲システム"]), None);
        // Another item's cell is not a name's.
        let other = name_before_definition(
            &report,
            ItemId::SystemFunctions,
            &cell(&["甲を行う（以下「甲」という。）。"]),
        );
        assert!(other.is_none());
    }

    #[test]
    fn the_entrustment_count_is_read_with_its_box_only() {
        let text = |answer: &str| {
            format!(
                "# 特定個人情報保護評価書（重点項目評価書）\n## Ⅰ　基本情報\n\
                 ## Ⅱ　特定個人情報ファイルの概要\n１．特定個人情報ファイル名\t架空ファイル\n\
                 ### ４．特定個人情報ファイルの取扱いの委託\n委託の有無 ※\t[ {answer} ]\t<選択肢>\n\
                 \t( 2 ) 件\t1) 委託する 2) 委託しない\n"
            )
        };
        let draft = import(&text("委託する")).unwrap();
        assert_eq!(draft.report.files[0].entrustment_count, Some(2));
        let traced = |d: &Draft| {
            d.trace
                .values
                .iter()
                .any(|v| v.pointer == "/files/0/entrustment_count")
        };
        assert!(traced(&draft));
        // The box's answer blanked: the cell is unread, and no count is filled without a trace.
        let draft = import(&text("")).unwrap();
        assert_eq!(draft.report.files[0].entrustment_count, None);
        assert!(!traced(&draft));
    }

    fn unread_reasons(draft: &Draft) -> Vec<UnreadReason> {
        draft.trace.unread.iter().map(|u| u.reason).collect()
    }

    /// An invented 基礎 chapter Ⅰ a cell a line, with `section1` after its first heading and
    /// `files` after the files' heading.
    fn basic_chapter(section1: &str, files: &str) -> Draft {
        let text = format!(
            "特定個人情報保護評価書（基礎項目評価書）\n評価書番号\n7\n評価書名\n架空手当事務 基礎項目評価書\n\
             評価実施機関名\n架空町長\n公表日\n令和2年4月1日\n[平成26年4月 様式2]\nⅠ 関連情報\n\
             １．特定個人情報ファイルを取り扱う事務\n{section1}\n２．特定個人情報ファイル名 {files}\n\
             ３．個人番号の利用\n法令上の根拠\n番号法第9条第1項 別表第一の56の項\n"
        );
        import(&text).unwrap()
    }

    #[test]
    fn names_of_another_kind_are_no_files_nor_systems() {
        // Refuses (leaves unread): systems' names on the files' heading's line, and a 概要's
        // sentence parted at its commas under ③.
        let down = basic_chapter(
            "①事務の名称\n架空手当事務\n②事務の概要\n\
             ③システムの名称 架空法に基づき、保護者からの申請を受けて架空の通所の支援と架空の一時の預かりの支給の量\nを決める。",
            "架空手当システム\n中間サーバー",
        );
        assert!(
            down.report.affair.file_names.is_empty(),
            "{:?}",
            down.report.affair.file_names
        );
        assert!(down.report.systems.iter().all(|s| s.name.is_empty()));
        assert!(unread_reasons(&down).contains(&UnreadReason::NotAValue));
        // Reads: a file named for its records, and systems' names under ③.
        let read = basic_chapter(
            "①事務の名称\n架空手当事務\n②事務の概要\n手当を支給する。\n③システムの名称\n架空手当システム、中間サーバー",
            "架空手当システム連携ファイル",
        );
        assert_eq!(
            read.report.affair.file_names,
            ["架空手当システム連携ファイル"]
        );
        assert_eq!(
            tests::system_names(&read),
            ["架空手当システム", "中間サーバー"]
        );
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
        // Two free texts stacked over one value: whose it is cannot be read.
        let draft =
            pdf(" ３．特定個人情報ファイル名\n\n ７．他の評価実施機関\n\n架空台帳ファイル\n\n");
        assert!(draft.report.affair.file_names.is_empty());
        assert_eq!(draft.report.affair.other_bodies, None);
        assert!(
            unread_reasons(&draft).contains(&UnreadReason::StackedLabels),
            "{:?}",
            draft.trace.unread
        );
        // A heading and its own item's label are one item, not a stack.
        let draft = pdf(" ４．個人番号の利用\n\n 法令上の根拠\n\n架空条例第3条\n\n");
        assert!(draft.report.affair.number_use_basis.is_some());
        // A label left blank at a section's end and the first label after the next section's
        // heading, which is no item's label, are no stack: the risk block reads.
        let draft = pdf(concat!(
            "Ⅲ　リスク対策\n\n",
            "２．特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）\n\n",
            "リスク：目的外の入手が行われるリスク\n\n",
            "リスクに対する措置の内容 架空の措置をとる。\n\n",
            "特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）",
            "におけるその他のリスク及びそのリスクに対する措置\n\n",
            "３．特定個人情報の使用\n\n",
            "リスク１：目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク\n\n",
            "リスクに対する措置の内容 架空の照合をする。\n\n",
        ));
        let usage = &draft.report.focused().unwrap().risk_measures.usage.risk1;
        assert_eq!(usage.measures.as_deref(), Some("架空の照合をする。"));
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
        // The fragment is the count of its box ([`implied`]), not the block's name.
        let status = draft.report.files.first().map(|f| &f.provision_transfer);
        assert_eq!(status.and_then(|s| s.provision_count), Some(3));
        let reasons = unread_reasons(&draft);
        assert!(reasons.contains(&UnreadReason::OptionWord), "{reasons:?}");
        // A selection in its brackets under a free text's label is another item's answer (the
        // count's, read as a loose answer), not the free text.
        let text = "特定個人情報保護評価書（重点項目評価書）\nⅠ 基本情報\n\
                    1.特定個人情報ファイルを取り扱う事務\n①事務の名称\n架空事務\n\
                    ②事務の内容\n[ 1万人以上10万人未満 ]\n";
        let draft = import(text).unwrap();
        assert_eq!(draft.report.affair.description, None);
        // A selection last under a free text's words, in a text that draws each value before
        // its label, is no part of the free text: the next label's (the 対象人数's).
        let text = |last: &str| {
            import(&format!(
                "特定個人情報保護評価書（重点項目評価書）\nⅠ 基本情報\n\
                 1.特定個人情報ファイルを取り扱う事務\n架空事務\n①事務の名称\n\
                 架空の手当を支給する。\n架空の届出を受け付ける。\n②事務の内容\n{last}\n③対象人数\n\
                 ＜選択肢＞\n1) 1,000人未満\n2) 1,000人以上1万人未満\n3) 1万人以上10万人未満\n"
            ))
            .unwrap()
        };
        let draft = text("[ 1万人以上10万人未満 ]");
        let description = draft.report.affair.description;
        assert!(
            description.as_ref().is_none_or(|d| !d.contains('[')),
            "{description:?}"
        );
        assert!(draft.report.affair.subject_count.is_some());
        // Brackets of words no option reads, drawn before the 対象人数's label: no one's.
        let draft = text("[ 架空の手続 ]");
        let description = draft.report.affair.description;
        assert!(
            description
                .as_ref()
                .is_some_and(|d| !d.contains("架空の手続")),
            "{description:?}"
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

    #[test]
    fn cover_lines_no_rule_takes_are_listed_unread() {
        // A cover whose labels came apart from their values (read by their types; its blank
        // lines end cells, as a label with no blank line under it shows): the 特記事項's
        // sentence is of no type, and is listed unread rather than dropped; the form's title
        // is the form's.
        let text = "特定個人情報保護評価書（全項目評価書）\n\n評価書番号\n評価書名\n\n4\n\n\
                    架空市 架空事務 全項目評価書\n\n特記事項\n\n\
                    架空の窓口の端末は、課の職員に限って使わせて\nいる。\n\n\
                    評価実施機関名\n\n架空市長\n\n公表日\n\n令和3年4月1日\n\n\
                    Ⅰ 基本情報\n\n1.特定個人情報ファイルを取り扱う事務\n\n①事務の名称\n\n架空事務\n";
        let draft = import(text).unwrap();
        assert_eq!(draft.report.cover.number.as_deref(), Some("4"));
        let unread: Vec<[usize; 2]> = draft
            .trace
            .unread
            .iter()
            .filter(|u| u.reason == UnreadReason::NoItem)
            .map(|u| u.lines)
            .collect();
        assert!(unread.contains(&[12, 13]), "{unread:?}");
        assert!(unread.iter().all(|l| l[0] > 1), "{unread:?}");
    }
}
