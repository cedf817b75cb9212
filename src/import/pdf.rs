//! A PDF's text, for the importer: [`pdf_text`], and [`read_pdf`] with how many characters it
//! mapped back (feature `pdf`).
//!
//! The text comes out in the order the PDF draws it, one line per text line (the characters that
//! share a baseline), a space between runs of text that stand apart on a line (a label and its
//! value in the next cell), and each page after the first opening with a form feed (U+000C,
//! as poppler's texts open it: a page's top is where a page break cut a cell, or where a
//! heading the print repeats on each page stands): the shape of the text of a published
//! 評価書 that the importer reads. Beside the text, [`read_pdf`] gives what the page shows and the
//! text does not: where a table cell begins beside the cell drawn before it
//! ([`PageLayout::cell_starts`], in [`PdfText::layout`]), which [`PdfText::import`] reads a 変更箇所 row's cells by.
//!
//! Which PDF reader and why: the measurement in [`pdf_text`]'s docs.
//!
//! # The characters mapped back
//!
//! A font may draw a radical and its ideograph (⼈ and 人) with one glyph; a PDF that maps that
//! glyph to the radical's code point in its text layer (its `ToUnicode` map or glyph names) gives
//! the radical where the page shows the ideograph, and no label of the forms matches. The reader
//! maps these code points back, counts them ([`PdfText::mapped`]) and the import of the text says
//! how many ([`Warning::VariantCharacters`], `IW008`, through [`PdfText::import`]): a person
//! confirming the draft knows its text was not the PDF's, character for character.
//!
//! | code points | example | mapped to | by | which reader gives them, and why |
//! |---|---|---|---|---|
//! | Kangxi Radicals, U+2F00–U+2FD5 | ⼈ U+2F08, ⽇ U+2F47 | the unified ideograph (人, 日) | NFKC's compatibility mapping, written out in `import/radicals.rs` (`KANGXI_RADICALS`, which [`import`](super::import) of a text applies too) | pdf-extract 0.12.1 as published, on Chromium's prints with Type 3 fonts (Noto Sans CJK): 1,303 radicals of this block and the next in the Kumagaya print (the first table in [`pdf_text`]'s docs), the font drawing radical and ideograph with one glyph. The vendored pdf-extract reads Chromium's `ActualText` now (`vendor/pdf-extract/PATCH.md`), so Chromium's prints give none; a PDF without `ActualText` still does |
//! | CJK Radicals Supplement, U+2E81–U+2EF3 | ⺠ U+2EA0, ⻑ U+2ED1 | the equivalent unified ideograph (民, 長) | a table of `import/radicals.rs`, `RADICALS_SUPPLEMENT` (Unicode's `EquivalentUnifiedIdeograph.txt`; NFKC maps only U+2E9F and U+2EF3), which [`import`](super::import) of a text applies too | the same prints, the same glyphs (⺠ for 民 among those 1,303) |
//! | CJK Compatibility Ideographs with a canonical equivalent, U+F900–U+FAFF and U+2F800–U+2FA1F | U+F929 → 朗 U+6717 | the unified ideograph | their canonical decomposition (what NFKC gives) | no print measured gives them; mapped for the same fault, a glyph shared with the unified ideograph named by the compatibility code point. The twelve of U+F900–U+FAFF with no decomposition (U+FA0E, U+FA11 﨑, …) are ideographs of their own and kept |
//!
//! Not mapped, and not counted: a character with no equivalent (U+2E80, U+2E9A), and the
//! variants that are characters of their own, which Chromium's Type 3 fonts also draw with a
//! shared glyph — 戶 U+6236 for 戸, ‧ U+2027 for ・, ∕ U+2215 for ／. No table guesses those back
//! (戶 is a character names are written in; ‧ a hyphenation point): the vendored reader takes
//! them from the PDF's `ActualText` where the PDF writes it (Chromium does), as the page shows
//! them, and a PDF that does not write it gives the variant. Control characters (a glyph the font
//! maps to nothing readable) are left out, not counted.
//!
//! ```
//! use mynumber_pia::import::{pdf_text, PdfError};
//!
//! assert_eq!(pdf_text(b"not a PDF"), Err(PdfError::NotPdf));
//! ```

use std::panic::{AssertUnwindSafe, catch_unwind};

use pdf_extract::{MediaBox, OutputDev, OutputError, PageReader, Transform, load_mem_for_text};

use super::{Draft, ImportError, PageLayout, Warning};

/// How far into the file the `%PDF-` header may start (readers accept a little junk before it).
const HEADER_WINDOW: usize = 1024;

/// A vertical move larger than this share of the font size starts a new line.
const LINE_SHIFT: f64 = 0.5;

/// A horizontal gap larger than this share of the font size between two characters of a line is
/// written as one space.
const GAP: f64 = 0.25;

/// A move to the left by more than this share of the font size, on the same baseline, starts a
/// new line (text drawn out of order is not run into the line before it).
const BACKWARDS: f64 = 1.0;

/// A run of text that stands apart on its line starts a table cell when it starts within this
/// share of the font size of the left edge of a column of the document
/// ([`PageLayout::cell_starts`]): a table sets its cells' text at one x, to the point. A gap's
/// width cannot tell the same: Chromium's prints set a box's words 1.1 font sizes apart within
/// a cell, and LibreOffice's its cells 1.1 font sizes apart.
const COLUMN_EDGE: f64 = 0.1;

/// Why a PDF's text could not be read.
///
/// ```
/// use mynumber_pia::import::{pdf_text, PdfError};
///
/// let e = pdf_text(b"").unwrap_err();
/// assert_eq!(e.to_string(), "PDF ではありません（先頭 1024 バイトに %PDF- がありません）");
/// ```
#[doc(alias = "PDF読み取りエラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PdfError {
    /// No `%PDF-` header in the first 1,024 bytes.
    #[error("PDF ではありません（先頭 1024 バイトに %PDF- がありません）")]
    NotPdf,
    /// Encrypted with a password to open it (a PDF with only a permissions password is read).
    #[error(
        "PDF はパスワードで暗号化されていて読めません（開くパスワードのない PDF にしてください）"
    )]
    Encrypted,
    /// Pages without any text: a scan or a print of images, which needs OCR first.
    #[error("PDF に文字がありません（{pages} ページ。画像だけの PDF は文字認識が必要です）")]
    NoText {
        /// The number of pages.
        pages: usize,
    },
    /// The PDF reader failed: a damaged file or a construct it does not read.
    #[error("PDF を読めません{}: {reason}", page_note(*.page))]
    Unreadable {
        /// The page (from 1) where it failed, when it failed on a page.
        page: Option<u32>,
        /// What the reader said, on one line.
        reason: String,
    },
}

/// ` （N ページ目）` for a page, nothing otherwise.
fn page_note(page: Option<u32>) -> String {
    page.map(|p| format!("（{p} ページ目）"))
        .unwrap_or_default()
}

/// A PDF's text as [`read_pdf`] gives it: the text, and how many characters of it the reader
/// mapped back from radicals and compatibility ideographs (the module docs' table).
///
/// ```
/// use mynumber_pia::import::{read_pdf, PdfError};
///
/// assert_eq!(read_pdf(b"not a PDF").unwrap_err(), PdfError::NotPdf);
/// ```
#[doc(alias = "PDFのテキストと置換えた文字数")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PdfText {
    /// The text, as [`pdf_text`] gives it.
    pub text: String,
    /// How many characters were mapped back: radicals (⼈ U+2F08, ⺠ U+2EA0) and compatibility
    /// ideographs (U+F929) written as the unified ideographs the page shows.
    pub mapped: usize,
    /// What the pages show and `text` does not: where a table cell begins beside the cell drawn
    /// before it, and where each line starts ([`PageLayout`]). A cell begins
    ///
    /// - on a line whose first character is drawn above the line before it (offset 0): a
    ///   row's next cell, begun at the row's top;
    /// - at a run of text that stands apart on its line and starts where such a line of any
    ///   page starts (within a tenth of the font size): a one-line cell in a column whose left
    ///   edge the table shows elsewhere (a table sets its columns at one x on every page).
    ///
    /// The text alone does not show them — a cell's second paragraph and the next cell's first
    /// line follow one another alike, and a space parts words as it parts cells — and
    /// [`PdfText::import`] reads a 変更箇所 row's cells by them.
    pub layout: PageLayout,
}

impl PdfText {
    /// [`Warning::VariantCharacters`] (`IW008`) with the count, when the reader mapped any
    /// character; `None` otherwise. What [`PdfText::import`] adds to the draft's warnings, for a
    /// caller that reads the text some other way (as a list of changes,
    /// [`import_change_list`](super::import_change_list)).
    #[must_use]
    pub fn warning(&self) -> Option<Warning> {
        (self.mapped > 0).then_some(Warning::VariantCharacters { count: self.mapped })
    }

    /// The text read with [`import`](super::import), and [`PdfText::warning`] after the
    /// importer's own warnings when the reader mapped any character.
    ///
    /// ```
    /// use mynumber_pia::import::read_pdf;
    /// use mynumber_pia::AssessmentKind;
    ///
    /// // A print by Chromium (tests/fixtures/pdf/README.md): its `ActualText` gives every
    /// // character as drawn, so the reader maps none and the draft has no IW008.
    /// let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pdf/matsudo-focused.pdf");
    /// let read = read_pdf(&std::fs::read(path)?)?;
    /// assert_eq!((read.mapped, read.warning()), (0, None));
    /// let draft = read.import()?;
    /// assert_eq!(draft.report.form(), AssessmentKind::Focused);
    /// assert!(draft.warnings.iter().all(|w| w.code() != "IW008"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`import`](super::import).
    pub fn import(&self) -> Result<Draft, ImportError> {
        let mut draft = super::import_laid_out(&self.text, &self.layout)?;
        draft.warnings.extend(self.warning());
        Ok(draft)
    }
}

/// The text of a PDF, in the order it is drawn: one line per text line, a space between runs of
/// text that stand apart on a line, each page after the first opening with a form feed
/// (U+000C, as poppler's texts do), radicals and compatibility
/// ideographs turned into unified ideographs (the CJK Radicals Supplement and Kangxi Radicals
/// that some fonts' maps give, ⼈ U+2F08 → 人).
///
/// A PDF with only a permissions password (no password to open it) is read. Pure: the bytes in,
/// the text out. The PDF reader (pdf-extract) can panic on damaged files; the panic is caught and
/// returned as [`PdfError::Unreadable`] (Rust's panic hook may still print it to stderr, and a
/// build with `panic = "abort"` aborts).
///
/// ```
/// use mynumber_pia::import::{pdf_text, PdfError};
///
/// let e = pdf_text(b"%PDF-1.4\n% cut short").unwrap_err();
/// assert!(matches!(e, PdfError::Unreadable { page: None, .. }), "{e}");
/// ```
///
/// # Which PDF reader, measured
///
/// The Kumagaya (基礎, 28 pages), Kawaguchi (重点, 23 pages) and Matsudo (重点, 14 pages) samples,
/// rendered with [`render::to_html`](crate::render::to_html) and printed with headless Chromium
/// 156 (the fixtures under `tests/fixtures/pdf/`), once with BIZ UDPGothic (TrueType: embedded as
/// CID fonts, Identity-H with a ToUnicode map, as Word and most office software write Japanese)
/// and once with Noto Sans CJK (CFF: Chromium embeds Type 3 fonts). Characters are compared with
/// the HTML's text (white space ignored; the table headers Chromium repeats on each page count as
/// extra in every row alike); "in order" is the share of the HTML's characters found in the same
/// order; "run-in" counts a table-header label followed, without a space or line break, by the next
/// cell's text (a few are labels that are the start of longer labels, システム1 in システム10).
/// Times are one run each on a loaded two-core machine, release build.
///
/// | crate | version | Kumagaya CID: time, wrong characters, in order, run-in | Kawaguchi CID | Matsudo CID | Kumagaya Type 3 |
/// |---|---|---|---|---|---|
/// | pdf-extract | 0.12.1 | 0.38 s, 0, 0.972, 67 | 0.37 s, 0, 0.996, 94 | 0.18 s, 0, 1.000, 64 | 0.96 s, 1,303 radicals (⽇ for 日, ⺠ for 民), 0.893 |
/// | pdf_oxide | 0.3.78 | 0.35 s, 0, 0.972, 175 | 0.19 s, 0, 0.995, 280 | 0.26 s, 0, 0.999, 185 | 0.56 s, 0, 0.807 |
/// | lopdf | 0.42.0 | 0.24 s, 0, 0.972, 67 | 0.22 s, 0, 0.996, 94 | 0.06 s, 0, 1.000, 64 | 0.17 s, 20,954 of 21,838 wrong (glyph codes) |
/// | oxidize-pdf | 2.16.6 | 0.05 s, 788 U+FFFD (for U+3000), 0.946, 69 | 0.08 s, 616 U+FFFD | 0.04 s, 439 U+FFFD | 0.23 s, 1,303 radicals, U+FFFD |
///
/// pdf_oxide runs labels into values (`評価書番号8`, `システムの機能市の窓口端末`) and reorders
/// brackets (`選択肢＞＜`); lopdf reads no Type 3 font; oxidize-pdf loses every ideographic space.
/// pdf-extract gets every character of the CID prints right, keeps labels apart from values, and
/// its radicals on Type 3 fonts are undone here; it is the one kept. Its own line breaking (a
/// line break only when the text moves left, blank lines inside paragraphs) is replaced by the
/// one described above. As kept (pdf-extract 0.12.1 and this module's lines and characters):
///
/// | PDF | pages | time | wrong characters | in order |
/// |---|---|---|---|---|
/// | Kumagaya, CID | 28 | 0.33 s | 0 | 0.972 |
/// | Kawaguchi, CID | 23 | 0.23 s | 0 | 0.996 |
/// | Matsudo, CID | 14 | 0.21 s | 0 | 1.000 |
/// | Kumagaya, Type 3 | 29 | 1.05 s | 41: ‧ U+2027 for ・, ∕ U+2215 for ／ (glyphs the font shares; not guessed back) | 0.961 |
///
/// Since then pdf-extract is patched (`vendor/pdf-extract/PATCH.md`): fonts are parsed once per
/// document, and the `ActualText` Chromium writes for a glyph its font shares between characters
/// is read, so 戸, ・, ／ and 人 come out as drawn, not as 戶, ‧, ∕ or ⼈. No variant is guessed
/// back by a table: every print measured (the two fixtures, the four samples printed by Chromium
/// with Type 3 fonts and three by LibreOffice) reads character for character as poppler's
/// `pdftotext -raw` after NFKC (`tests/import_pdf.rs`), in 0.13–1.35× its CPU time
/// (`benches/pdf.rs`; the README has the figures). The document is loaded without its structure
/// elements (a tagged PDF's one dictionary for every paragraph, span and table cell, which the
/// text is not read from) and each object kept in a copy made to measure
/// (`pdf_extract::load_mem_for_text`), a Type 3 font's `Widths` packed and its `Differences` cut
/// to the names that map to a character (`vendor/pdf-extract/PATCH.md` 6): Chromium's prints
/// with Type 3 fonts in 1.2–1.6× the peak memory of `pdftotext` where they took 2.3–4.9×.
///
/// Published PDFs made by other software (word processors, 一太郎, scanners with OCR) may extract
/// differently: a PDF without a text layer gives [`PdfError::NoText`], never an empty text.
///
/// # Errors
///
/// [`PdfError::NotPdf`] without a `%PDF-` header, [`PdfError::Encrypted`] when a password is
/// needed to open it, [`PdfError::NoText`] when no page has text, [`PdfError::Unreadable`] when
/// the reader fails.
#[doc(alias = "PDFのテキスト")]
pub fn pdf_text(bytes: &[u8]) -> Result<String, PdfError> {
    read_pdf(bytes).map(|read| read.text)
}

/// The text of a PDF as [`pdf_text`] gives it, with how many characters the reader mapped back
/// from radicals and compatibility ideographs ([`PdfText::mapped`]; which, and why: the module
/// docs). [`PdfText::import`] reads it into a draft that says so (`IW008`).
///
/// ```
/// use mynumber_pia::import::{read_pdf, PdfError};
///
/// let e = read_pdf(b"%PDF-1.4\n% cut short").unwrap_err();
/// assert!(matches!(e, PdfError::Unreadable { page: None, .. }), "{e}");
/// ```
///
/// # Errors
///
/// As [`pdf_text`].
#[doc(alias = "PDFの読取り")]
pub fn read_pdf(bytes: &[u8]) -> Result<PdfText, PdfError> {
    let head = bytes.get(..HEADER_WINDOW).unwrap_or(bytes);
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(PdfError::NotPdf);
    }
    let mut doc = guarded(None, || {
        load_mem_for_text(bytes).map_err(|e| PdfError::Unreadable {
            page: None,
            reason: one_line(&e.to_string()),
        })
    })?;
    if doc.is_encrypted() {
        // An empty user password opens a PDF that only restricts copying or printing.
        guarded(None, || doc.decrypt("").map_err(|_| PdfError::Encrypted))?;
    }
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let mut lines = Lines::default();
    let mut reader = PageReader::new(&doc);
    for &page in &pages {
        guarded(Some(page), || {
            reader
                .output_page(&mut lines, page)
                .map_err(|e| PdfError::Unreadable {
                    page: Some(page),
                    reason: one_line(&e.to_string()),
                })
        })?;
    }
    if lines.text.trim().is_empty() {
        return Err(PdfError::NoText { pages: pages.len() });
    }
    lines.mark_cell_starts();
    lines.layout.cell_starts.sort_unstable();
    Ok(PdfText {
        text: lines.text,
        mapped: lines.mapped,
        layout: lines.layout,
    })
}

/// Runs a call into the PDF reader, a panic turned into [`PdfError::Unreadable`].
fn guarded<T>(
    page: Option<u32>,
    call: impl FnOnce() -> Result<T, PdfError>,
) -> Result<T, PdfError> {
    catch_unwind(AssertUnwindSafe(call)).unwrap_or_else(|payload| {
        let said = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(PdfError::Unreadable {
            page,
            reason: one_line(&format!("PDF の読み取りが異常終了しました（{said}）")),
        })
    })
}

/// A message on one line: control characters become spaces.
fn one_line(message: &str) -> String {
    message
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Pushes `c`, a radical or a compatibility ideograph turned into its unified ideograph (the
/// module docs' table); a control character (a glyph the font maps to nothing readable) is left
/// out. Whether `c` was mapped to another character.
fn push_char(out: &mut String, c: char) -> bool {
    match c {
        '\u{2E80}'..='\u{2FDF}' => {
            let unified = super::radicals::unified(c).unwrap_or(c);
            out.push(unified);
            unified != c
        }
        '\u{F900}'..='\u{FAFF}' | '\u{2F800}'..='\u{2FA1F}' => {
            let mut mapped = false;
            unicode_normalization::char::decompose_compatible(c, |d| {
                mapped |= d != c;
                out.push(d);
            });
            mapped
        }
        c if c.is_control() => false,
        c => {
            out.push(c);
            false
        }
    }
}

/// The text as lines: the [`OutputDev`] that pdf-extract draws into.
#[derive(Default)]
struct Lines {
    /// The text so far.
    text: String,
    /// How many characters [`push_char`] mapped to others.
    mapped: usize,
    /// Whether the current line has characters.
    open: bool,
    /// The baseline of the current line.
    y: f64,
    /// Where the last character of the current line ends.
    end: f64,
    /// Whether `y` is a baseline of the page being drawn.
    on_page: bool,
    /// The line breaks written so far (the line being written is one more).
    breaks: usize,
    /// Where the current line starts in `text`.
    line_start: usize,
    /// Whether the next character stands apart from the one before on its line.
    apart: bool,
    /// [`PdfText::layout`] so far.
    layout: PageLayout,
    /// The left edges of the document's columns: where each line drawn above the line before
    /// it on its page starts, and its font size. A table sets its columns at one x on every
    /// page it runs over: a row whose cells all stand on one line, on a page where no cell
    /// begun above shows the column, starts its cells at the edges other pages show.
    columns: Vec<(f64, f64)>,
    /// The runs of text that stand apart on their line: line, offset, x and font size.
    runs: Vec<(usize, usize, f64, f64)>,
    /// Whether the next line is the first of a page after the first: it opens with a form feed.
    page_opens: bool,
}

impl Lines {
    /// Ends the current line, if it has characters.
    fn close(&mut self) {
        if self.open {
            let kept = self.text.trim_end_matches(' ').len();
            self.text.truncate(kept);
            self.line_break();
            self.open = false;
        }
    }

    /// Writes a line break, counted.
    fn line_break(&mut self) {
        self.text.push('\n');
        self.breaks += 1;
    }

    /// Adds the runs that start at one of the columns' left edges to the cell starts, once the
    /// document is read. (The columns are sorted by their edge: a run looks only at the edges
    /// within its font size's reach.)
    fn mark_cell_starts(&mut self) {
        self.columns.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
        for &(line, offset, x, size) in &self.runs {
            let reach = size * COLUMN_EDGE;
            let first = self.columns.partition_point(|&(left, _)| left < x - reach);
            let near = self.columns.get(first..).unwrap_or_default();
            let at_edge = near.iter().take_while(|&&(left, _)| left <= x + reach).any(
                |&(left, column_size)| (x - left).abs() <= size.min(column_size) * COLUMN_EDGE,
            );
            if at_edge {
                self.layout.cell_starts.push((line, offset));
            }
        }
    }
}

impl OutputDev for Lines {
    fn begin_page(
        &mut self,
        _page: u32,
        _media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.close();
        self.page_opens = !self.text.is_empty();
        self.on_page = false;
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.close();
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        let (x, y) = (trm.m31, trm.m32);
        // The side of the square with the area of the transformed (size, size) box.
        let size = (font_size * (trm.m11 + trm.m21) * font_size * (trm.m12 + trm.m22))
            .abs()
            .sqrt();
        if self.open {
            if (y - self.y).abs() > size * LINE_SHIFT || x < self.end - size * BACKWARDS {
                self.close();
            } else if x > self.end + size * GAP {
                self.apart = true;
                if !self.text.ends_with(' ') {
                    self.text.push(' ');
                }
            }
        }
        if char.chars().all(|c| c == ' ' || c == '\u{a0}') {
            // A space glyph separates, once, inside a line. (An ideographic space U+3000 is a
            // character of the text, kept.)
            if self.open && !self.text.ends_with(' ') {
                self.text.push(' ');
            }
        } else {
            let line = self.breaks + 1;
            if !self.open {
                self.line_start = self.text.len();
                if std::mem::take(&mut self.page_opens) {
                    // A page's first line opens with a form feed, as poppler's texts do: the
                    // shape stage knows a page's top by it (`shape.repeated_heading`).
                    self.text.push('\u{c}');
                }
                // Where the line starts (a blank line before it: 0).
                self.layout.line_lefts.resize(line - 1, 0.0);
                self.layout.line_lefts.push(x);
                // A line that starts above the one before it on the page: a cell beside the last.
                if self.on_page && y - self.y > size * LINE_SHIFT {
                    self.layout.cell_starts.push((line, 0));
                    self.columns.push((x, size));
                }
            } else if self.apart {
                let offset = self.text.len() - self.line_start;
                self.runs.push((line, offset, x, size));
            }
            self.apart = false;
            for c in char.chars() {
                if push_char(&mut self.text, c) {
                    self.mapped += 1;
                }
            }
            self.open = true;
            self.on_page = true;
            self.y = y;
        }
        if self.open {
            self.end = x + width * size;
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalised(text: &str) -> String {
        mapped(text).0
    }

    /// The text as [`push_char`] writes it, and how many characters it mapped.
    fn mapped(text: &str) -> (String, usize) {
        let mut out = String::new();
        let count = text.chars().filter(|&c| push_char(&mut out, c)).count();
        (out, count)
    }

    #[test]
    fn radicals_and_compatibility_ideographs_become_unified() {
        assert_eq!(normalised("⼈⽇⽉⼆⺠⻑⻟⾦"), "人日月二民長飠金");
        // U+F929 朗 has a canonical equivalent; U+FA11 﨑 is a unified ideograph of its own.
        assert_eq!(normalised("\u{F929}\u{FA11}髙"), "\u{6717}\u{FA11}髙");
        // No equivalent: kept.
        assert_eq!(normalised("\u{2E80}"), "\u{2E80}");
        assert_eq!(normalised("評価\u{0}書"), "評価書");
    }

    #[test]
    fn only_characters_written_otherwise_are_counted() {
        assert_eq!(mapped("⼈⺠\u{F929}"), ("人民\u{6717}".to_owned(), 3));
        // Kept as they are: no equivalent, a unified ideograph of the compatibility block, the
        // variants no table guesses back, a control character left out.
        assert_eq!(
            mapped("\u{2E80}\u{FA11}戶‧∕人\u{0}"),
            ("\u{2E80}\u{FA11}戶‧∕人".to_owned(), 0)
        );
    }

    #[test]
    fn the_warning_is_there_only_when_a_character_was_mapped() {
        let read = |mapped| PdfText {
            text: String::new(),
            mapped,
            layout: PageLayout::default(),
        };
        assert_eq!(read(0).warning(), None);
        assert_eq!(
            read(3).warning(),
            Some(Warning::VariantCharacters { count: 3 })
        );
    }

    #[test]
    fn not_a_pdf() {
        for bytes in [&b""[..], b"hello", b"%PDF", &[0u8; 2000]] {
            assert_eq!(pdf_text(bytes), Err(PdfError::NotPdf), "{bytes:?}");
        }
        let mut late = vec![b' '; HEADER_WINDOW];
        late.extend_from_slice(b"%PDF-1.4\n");
        assert_eq!(pdf_text(&late), Err(PdfError::NotPdf));
    }

    #[test]
    fn damaged_pdfs_are_typed_errors() {
        for bytes in [
            &b"%PDF-1.4\n"[..],
            b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
            b"junk %PDF-\xFF\xFE\x00",
        ] {
            let e = pdf_text(bytes).unwrap_err();
            assert!(
                matches!(e, PdfError::Unreadable { .. } | PdfError::NoText { .. }),
                "{bytes:?}: {e}"
            );
            assert!(!e.to_string().contains('\n'), "{e}");
        }
    }

    #[test]
    fn messages_are_one_line() {
        let e = PdfError::Unreadable {
            page: Some(3),
            reason: one_line("bad\nxref"),
        };
        assert_eq!(e.to_string(), "PDF を読めません（3 ページ目）: bad xref");
        assert_eq!(
            PdfError::NoText { pages: 2 }.to_string(),
            "PDF に文字がありません（2 ページ。画像だけの PDF は文字認識が必要です）"
        );
    }
}
