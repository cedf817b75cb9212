//! The three shapes a published 評価書's text comes in, and their lines as the reader sees them.
//!
//! - [`Shape::PdfText`]: the text of the PDF as a viewer copies it or an extractor writes it:
//!   labels and values interleaved, cells wrapped over lines, page numbers alone on a line.
//! - [`Shape::Html`]: HTML fragments with tab-separated cells (`<p>`, `<ol>`, `<li>`, entities).
//! - [`Shape::Markdown`]: Markdown with `#` headings, tab-separated rows or `|` tables, list
//!   items (`- ①事務の名称：…`) and HTML inside cells.
//!
//! Every shape becomes a list of [`Line`]s: plain text (tags taken off, entities decoded, a box
//! written `[ ○ ]` or `[ ]`), each with the 1-based number of the source line it came from. One
//! source line may give several lines (`<p>…</p><p>…</p>`).

use super::limits::SHAPE_LINES;
use crate::import::fill::{Squeezed, squeeze_from, squeezed};
use std::borrow::Cow;
use std::fmt;

/// The tags that make a text HTML ([`Shape::detect`]): a paragraph's, a list's or its item's, a
/// line break, a table's cell.
pub(super) const HTML_TAGS: [&str; 8] = ["<p>", "<p ", "<li>", "<li ", "<br", "<td", "<ol", "<ul"];

/// The shape of an imported text.
///
/// ```
/// use mynumber_pia::import::Shape;
///
/// assert_eq!(Shape::detect("# 特定個人情報保護評価書（全項目評価書）\n"), Shape::Markdown);
/// assert_eq!(Shape::detect("<p>評価書番号</p>\t<p>3</p>\n"), Shape::Html);
/// assert_eq!(Shape::detect("評価書番号 評価書名\n3\n"), Shape::PdfText);
/// ```
#[doc(alias = "テキストの形")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Shape {
    /// Text extracted or copied from the published PDF.
    PdfText,
    /// HTML fragments with tab-separated cells.
    Html,
    /// Markdown (headings, tab-separated rows or `|` tables, list items).
    Markdown,
}

impl Shape {
    /// Tells the shape of `text` from its first lines: a `#` heading (of any level) makes it Markdown, HTML tags
    /// (`<p>`, `<li>`, `<br>`, `<td>`) without one make it HTML, anything else is PDF text.
    #[must_use]
    pub fn detect(text: &str) -> Shape {
        let mut tags = 0usize;
        for line in text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .take(SHAPE_LINES)
        {
            let t = line.trim_start();
            if is_atx_heading(t) {
                return Shape::Markdown;
            }
            // Every tag starts with `<`: a line without one (most) is searched once.
            if !t.contains('<') {
                continue;
            }
            for tag in HTML_TAGS {
                if t.contains(tag) {
                    tags += 1;
                }
            }
        }
        if tags > 0 {
            Shape::Html
        } else {
            Shape::PdfText
        }
    }

    /// The shape's name as the summary line and the trace print it.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Shape::PdfText => "PDFテキスト",
            Shape::Html => "HTML",
            Shape::Markdown => "Markdown",
        }
    }
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// One line as the reader sees it, borrowing the imported text where it can.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// The 1-based number of the source line.
    pub(crate) no: usize,
    /// The text, tags taken off; tabs kept as cell separators. Borrowed from the imported text
    /// where the line is its own bytes (every line of a PDF text), so that reading a text does
    /// not copy each of its lines; owned where tags were taken off or escapes undone.
    pub(crate) text: Cow<'a, str>,
    /// The [key](Line::key) where it differs from the text; most lines fold to themselves and
    /// keep no copy, and a borrowed line whose folding only drops characters at its ends
    /// borrows the part left.
    folded: Option<Cow<'a, str>>,
}

impl<'a> Line<'a> {
    /// Line `no` holding `text` (borrowed or owned), with its [`Line::key`].
    pub(crate) fn new(no: usize, text: impl Into<Cow<'a, str>>) -> Self {
        let text = text.into();
        let folded = match &text {
            Cow::Borrowed(text) => key_of(text),
            // An owned text cannot lend its key to the line that owns it.
            Cow::Owned(text) => key_of(text).map(|key| Cow::Owned(key.into_owned())),
        };
        Line { no, text, folded }
    }

    /// [`squeeze`](crate::import::fill::squeeze)`(text)`: the text as labels are compared,
    /// folded once for every pass.
    pub(crate) fn key(&self) -> &str {
        self.folded.as_deref().unwrap_or(&self.text)
    }
}

/// The texts of numbered lines (`(line number, text)`) joined with `\n`, written into one
/// string of the right size (collecting them to join would allocate twice).
pub(crate) fn join_numbered(lines: &[(usize, &str)]) -> String {
    let mut text = String::with_capacity(lines.iter().map(|(_, t)| t.len() + 1).sum());
    for (k, (_, t)) in lines.iter().enumerate() {
        if k > 0 {
            text.push('\n');
        }
        text.push_str(t);
    }
    text
}

/// A PDF's layout on the lines the stages read ([`PageLayout`](super::PageLayout) after the
/// shape stage): where its pages begin table cells beside the cells drawn before them, as
/// lines (1-based, as [`Line::no`]) and byte offsets in their text, and where each line starts
/// on its page. What the text alone does not show; empty for any other text.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Layout {
    /// In order.
    starts: Vec<(usize, usize)>,
    /// The x of each line's first character (index 0 is line 1), where it is known.
    lefts: Vec<Option<f64>>,
}

impl Layout {
    /// The cell starts `starts`, in any order, and the lines' `lefts`.
    pub(crate) fn new(mut starts: Vec<(usize, usize)>, lefts: Vec<Option<f64>>) -> Self {
        starts.sort_unstable();
        starts.dedup();
        Layout { starts, lefts }
    }

    /// Where line `no` starts on its page, where it is known.
    pub(crate) fn left(&self, no: usize) -> Option<f64> {
        self.lefts.get(no.checked_sub(1)?).copied().flatten()
    }

    /// Whether a cell starts on line `no` at byte `offset` of its text.
    pub(crate) fn contains(&self, no: usize, offset: usize) -> bool {
        self.starts.binary_search(&(no, offset)).is_ok()
    }

    /// The offsets of the cells that start on line `no` at `from` or after it, before `to`.
    pub(crate) fn within(&self, no: usize, from: usize, to: usize) -> impl Iterator<Item = usize> {
        let first = self.starts.partition_point(|&start| start < (no, from));
        let last = self.starts.partition_point(|&start| start < (no, to));
        let inside = self.starts.get(first..last).unwrap_or_default();
        inside.iter().map(|&(_, offset)| offset)
    }
}

/// A set of line numbers (1-based, as [`Line::no`]): one flag per line, for the passes' sets
/// of lines read or left unread. It grows to the largest number put in; a number past its end
/// is not in it. Its numbers come out in order.
#[derive(Debug, Clone, Default)]
pub(crate) struct LineSet {
    flags: Vec<bool>,
    len: usize,
}

impl LineSet {
    /// The empty set.
    pub(crate) fn new() -> Self {
        LineSet::default()
    }

    /// Puts `no` in; whether it was not in before.
    pub(crate) fn insert(&mut self, no: usize) -> bool {
        if no >= self.flags.len() {
            self.flags.resize(no + 1, false);
        }
        match self.flags.get_mut(no) {
            Some(flag) if !*flag => {
                *flag = true;
                self.len += 1;
                true
            }
            _ => false,
        }
    }

    /// Whether `no` is in the set.
    pub(crate) fn contains(&self, no: usize) -> bool {
        self.flags.get(no).copied().unwrap_or(false)
    }

    /// Whether the set holds no number.
    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The numbers in the set, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.flags
            .iter()
            .enumerate()
            .filter_map(|(no, &flag)| flag.then_some(no))
    }
}

impl PartialEq for LineSet {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len && self.iter().eq(other.iter())
    }
}

impl Eq for LineSet {}

impl Extend<usize> for LineSet {
    fn extend<I: IntoIterator<Item = usize>>(&mut self, iter: I) {
        for no in iter {
            self.insert(no);
        }
    }
}

impl<'a> Extend<&'a usize> for LineSet {
    fn extend<I: IntoIterator<Item = &'a usize>>(&mut self, iter: I) {
        self.extend(iter.into_iter().copied());
    }
}

impl FromIterator<usize> for LineSet {
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> Self {
        let mut set = LineSet::new();
        set.extend(iter);
        set
    }
}

impl<const N: usize> From<[usize; N]> for LineSet {
    fn from(nos: [usize; N]) -> Self {
        nos.into_iter().collect()
    }
}

/// A map from line numbers (as [`LineSet`]) to values: one slot per line.
#[derive(Debug, Clone)]
pub(crate) struct LineMap<T> {
    slots: Vec<Option<T>>,
}

impl<T> Default for LineMap<T> {
    fn default() -> Self {
        LineMap { slots: Vec::new() }
    }
}

impl<T> LineMap<T> {
    /// The empty map.
    pub(crate) fn new() -> Self {
        LineMap::default()
    }

    /// Puts `value` at line `no`; what stood there before.
    pub(crate) fn insert(&mut self, no: usize, value: T) -> Option<T> {
        if no >= self.slots.len() {
            self.slots.resize_with(no + 1, || None);
        }
        self.slots.get_mut(no).and_then(|slot| slot.replace(value))
    }

    /// The value at line `no`.
    pub(crate) fn get(&self, no: usize) -> Option<&T> {
        self.slots.get(no).and_then(Option::as_ref)
    }

    /// The lines and their values, in line order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (usize, &T)> + '_ {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(no, slot)| slot.as_ref().map(|v| (no, v)))
    }
}

impl<T: PartialEq> PartialEq for LineMap<T> {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl<T: Eq> Eq for LineMap<T> {}

impl<T, const N: usize> From<[(usize, T); N]> for LineMap<T> {
    fn from(pairs: [(usize, T); N]) -> Self {
        let mut map = LineMap::new();
        for (no, value) in pairs {
            map.insert(no, value);
        }
        map
    }
}

/// The lines of `text` read as `shape`.
pub(crate) fn lines(text: &str, shape: Shape) -> Vec<Line<'_>> {
    let mut out = Vec::with_capacity(source_lines(text));
    if shape == Shape::PdfText {
        pdf_lines(text, &mut out);
        return out;
    }
    // An HTML table row whose cells hold line breaks runs over several source lines: its
    // lines are read as one, numbered as the row's first (a row is one line of cells).
    let mut open_row: Option<(usize, String)> = None;
    for (i, raw) in text.lines().enumerate() {
        let no = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if shape == Shape::Html {
            let (first, row) = match open_row.take() {
                Some((first, mut row)) => {
                    row.push('\n');
                    row.push_str(raw);
                    (first, row)
                }
                None if opens_row(raw) => (no, raw.to_owned()),
                None => {
                    push_stripped(&mut out, no, Cow::Borrowed(raw));
                    continue;
                }
            };
            if opens_row(&row) {
                open_row = Some((first, row));
            } else {
                push_stripped(&mut out, first, Cow::Owned(row));
            }
            continue;
        }
        // A line with nothing to unescape and no markup is its own text: borrowed, not copied.
        let raw = match shape {
            Shape::Markdown => {
                let line = markdown_line(raw);
                if line.contains('\\') {
                    Cow::Owned(unescape_markdown(line))
                } else {
                    Cow::Borrowed(line)
                }
            }
            _ => Cow::Borrowed(raw),
        };
        push_stripped(&mut out, no, raw);
    }
    if let Some((first, row)) = open_row {
        push_stripped(&mut out, first, Cow::Owned(row));
    }
    out
}

/// The lines of source line `no`'s text `raw`: as it is where it holds no markup (borrowed),
/// else with its tags taken off, one line per break they make.
fn push_stripped<'a>(out: &mut Vec<Line<'a>>, no: usize, raw: Cow<'a, str>) {
    match raw {
        Cow::Borrowed(plain) if !has_markup(plain) => out.push(Line::new(no, plain)),
        raw => {
            for piece in strip_tags(&raw).split('\n') {
                out.push(Line::new(no, piece.to_owned()));
            }
        }
    }
}

/// Whether an HTML text's line leaves a table row open: it opens more `<tr` than it closes.
fn opens_row(line: &str) -> bool {
    line.matches("<tr").count() > line.matches("</tr>").count()
}

/// How many lines [`str::lines`] splits `text` into, or one more: its `\n`s and one. Counted
/// first so that the list of lines is made once at its size: moving it each time it doubled as
/// it was filled would copy it whole about once more.
fn source_lines(text: &str) -> usize {
    let mut chunks = text.as_bytes().chunks_exact(64);
    let mut breaks = 0;
    for chunk in &mut chunks {
        // At most 64 in a chunk: a `u8` holds the count, and a byte-wide sum of byte-wide
        // compares becomes a few vector steps, not a step per byte.
        let here = chunk
            .iter()
            .fold(0u8, |n, &b| n.wrapping_add(u8::from(b == b'\n')));
        breaks += usize::from(here);
    }
    let rest = chunks.remainder().iter().filter(|&&b| b == b'\n').count();
    breaks + rest + 1
}

/// Whether `line` holds a character [`strip_tags`] acts on (a tag's `<`, an entity's `&`, a
/// table's `|`, a bold `**`): a line without one it gives back as it is.
fn has_markup(line: &str) -> bool {
    line.contains(['<', '&', '|']) || line.contains("**")
}

/// The lines of a PDF text, as [`str::lines`] splits it and with one more `\r` taken off the
/// end, pushed to `out` with their keys. One scan of the text finds both where each line ends
/// and what its key is ([`squeeze_from`] stops at a line break): a line without a character
/// that folds (most) is borrowed as it is, without a second look.
fn pdf_lines<'a>(text: &'a str, out: &mut Vec<Line<'a>>) {
    // The key of a line that folds, written here first: its length is known only at the end.
    let mut written = String::new();
    let mut start = 0;
    let mut no = 0;
    while start < text.len() {
        no += 1;
        written.clear();
        // `end` is where the line ends: before its `\n` (one byte), or at the end of the text.
        let (end, key) = squeeze_from(text, start, true, &mut written);
        let Some(line) = text.get(start..end) else {
            break;
        };
        let ended = end < text.len();
        // `str::lines` takes a `\r` off a line that a `\n` ends; then one more is taken off.
        // (The key has none: a `\r` is white space.)
        let line = if ended {
            line.strip_suffix('\r').unwrap_or(line)
        } else {
            line
        };
        let line = line.strip_suffix('\r').unwrap_or(line);
        // A part of the line as long as the line is the line: its folding changed nothing (or
        // only took off a `\r` the line has not either). A written key is always shorter than
        // the line: something between its pieces was dropped or folded to one byte.
        let folded = match key {
            Squeezed::Part(part) if part.len() == line.len() => None,
            Squeezed::Part(part) => Some(Cow::Borrowed(part)),
            Squeezed::Empty if line.is_empty() => None,
            Squeezed::Empty => Some(Cow::Borrowed("")),
            Squeezed::Written => Some(Cow::Owned(written.as_str().to_owned())),
        };
        out.push(Line {
            no,
            text: Cow::Borrowed(line),
            folded,
        });
        start = end + usize::from(ended);
    }
}

/// The key of `text` where it differs from `text` (as [`Line::folded`] keeps it): borrowed
/// where folding only drops characters at its ends.
fn key_of(text: &str) -> Option<Cow<'_, str>> {
    match squeezed(text) {
        // A part of the text as long as the text is the text.
        Cow::Borrowed(key) if key.len() == text.len() => None,
        key => Some(key),
    }
}

/// Whether `t` (trimmed at its start) opens as a Markdown heading does: one to six `#`, then a
/// space (`### 特定個人情報保護評価書`; not `#1` nor `####### …`).
fn is_atx_heading(t: &str) -> bool {
    let marks = t.len() - t.trim_start_matches('#').len();
    (1..=6).contains(&marks) && t.get(marks..).is_some_and(|rest| rest.starts_with(' '))
}

/// A Markdown line without its heading marks, list bullet or table pipes.
fn markdown_line(raw: &str) -> &str {
    let t = raw.trim_start();
    let t = t.trim_start_matches('#');
    let t = t
        .strip_prefix("- ")
        .or_else(|| t.strip_prefix("* "))
        .unwrap_or(t);
    t.trim_start()
}

/// A Markdown line with its backslash escapes (`\[`) and its hard break (a `\` at the end)
/// taken off.
fn unescape_markdown(line: &str) -> String {
    let line = line.strip_suffix('\\').unwrap_or(line);
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&next) = chars.peek() {
                if next.is_ascii_punctuation() {
                    out.push(next);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

/// `cell` without the attributes Textile writes before a table cell's text and a `. ` (a wiki's
/// table, `|_. 評価書番号 | 6 |`, read as a `|` table here and by
/// [`CELL_BARS`](super::shape::CELL_BARS)): `_. 評価書番号` → `評価書番号`, `\2=. システム1` → `システム1`. A cell whose
/// opening is no such run — a number (`1. 架空`: a section's), no `. ` after it — is itself;
/// attributes alone leave nothing (`_.`: an empty header cell).
pub(super) fn without_textile_attributes(cell: &str) -> &str {
    let split = cell.split_once(". ");
    let Some((attributes, text)) = split.or_else(|| Some((cell.strip_suffix('.')?, ""))) else {
        return cell;
    };
    let marks = |c: char| matches!(c, '_' | '\\' | '/' | '<' | '>' | '=' | '^' | '~');
    let mut chars = attributes.chars().peekable();
    let mut any_mark = false;
    while let Some(c) = chars.next() {
        if !marks(c) {
            return cell;
        }
        any_mark = true;
        // A span's count follows its mark (`\2`, `/3`).
        if matches!(c, '\\' | '/') {
            while chars.next_if(char::is_ascii_digit).is_some() {}
        }
    }
    if any_mark { text.trim_start() } else { cell }
}

/// Whether `c` is a kanji (CJK ideographs and their repetition marks).
pub(super) fn is_kanji(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '々' | '〆' | '〇')
}

/// Whether `c` is a kana letter: a hiragana or a katakana (`ァ` to `ヺ`), the prolonged sound
/// mark `ー` aside.
pub(super) fn is_kana(c: char) -> bool {
    is_hiragana(c) || matches!(c, 'ァ'..='ヺ')
}

/// Whether `c` is a hiragana letter (`ぁ` to `ゖ`; the voicing and iteration marks aside).
pub(super) fn is_hiragana(c: char) -> bool {
    matches!(c, 'ぁ'..='ゖ')
}

/// Whether `text` is white space alone, or empty (`text.trim().is_empty()`): its start trimmed says
/// it, not both its ends (a line's end was looked at too; 180.1 → 178.7 M instructions an import of
/// the 全項目 seed text, callgrind).
pub(super) fn is_blank(text: &str) -> bool {
    text.trim_start().is_empty()
}

/// `chars` sorted, each once: a set of characters a line's first or last character is looked up
/// in by binary search (the labels' first characters, their last).
pub(super) fn sorted_chars(chars: impl Iterator<Item = char>) -> Vec<char> {
    let mut sorted: Vec<char> = chars.collect();
    sorted.sort_unstable();
    sorted.dedup();
    sorted
}

/// The block tags that end a line of text.
const BREAKS: &[&str] = &[
    "p", "/p", "br", "br/", "li", "/li", "tr", "/tr", "div", "/div", "ul", "/ul", "ol", "/ol",
];

/// `raw` with tags taken off: block tags become line breaks, a cell's end a tab, a row's end a
/// line break that parts its row from the next (`<tr><th>①部署</th><td>甲課</td></tr><tr>…`: a
/// table on one line is a line a row), a checkbox `[ ○ ]` or `[ ]` (the mark alone when the
/// text already brackets it), `**` bold marks dropped, entities decoded. `|` table rows become
/// tab-separated cells.
fn strip_tags(raw: &str) -> String {
    // The rows ended so far, each with its cells unbroken ([`cells_unbroken`]), and the text
    // since the last row's end.
    let mut rows: Vec<String> = Vec::new();
    let mut out = String::with_capacity(raw.len());
    let row = raw.trim();
    // A `|` table row: the cells between its first and last `|` (a lone `|` is no row). A
    // `<br>` in a cell is its line break (as `render::to_markdown` writes one): the row's
    // pieces share its line number, and the 変更箇所 reader joins them again.
    if let Some(inner) = row.strip_prefix('|').and_then(|r| r.strip_suffix('|')) {
        if row.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')) {
            return String::new();
        }
        return decode_entities(
            &inner
                .split('|')
                .map(|cell| without_textile_attributes(cell.trim()).replace("<br>", "\n"))
                .collect::<Vec<_>>()
                .join("\t"),
        );
    }
    let mut rest = raw;
    while let Some((before, opened)) = rest.split_once('<') {
        out.push_str(before);
        let Some((tag, after_tag)) = opened.split_once('>') else {
            out.push('<');
            out.push_str(opened);
            rest = "";
            break;
        };
        let name: String = tag
            .trim()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            // Not a tag (`<選択肢>`): keep the text.
            out.push('<');
            out.push_str(tag);
            out.push('>');
        } else if name == "input" {
            let checked = tag.contains("checked");
            let mark = if checked { "○" } else { "" };
            if out.trim_end().ends_with('[') {
                out.push_str(mark);
                out.push(' ');
            } else {
                out.push_str(if checked { "[ ○ ] " } else { "[ ] " });
            }
        } else if name == "/td" || name == "/th" {
            // A cell's end parts it from the next (its start parts nothing: `<td>a</td><td>b</td>`
            // is `a`, `b`, not four cells).
            out.push('\t');
        } else if name == "/tr" {
            // A row's end: the line breaks at the cells' edges are taken off the row's cells,
            // never the break between two rows.
            rows.push(cells_unbroken(&out));
            out.clear();
        } else if BREAKS.contains(&name.as_str()) {
            out.push('\n');
        }
        rest = after_tag;
    }
    out.push_str(rest);
    rows.push(cells_unbroken(&out));
    // (The text before a row's start and after its end is often nothing: no line of its own.)
    rows.retain(|row| !row.is_empty());
    decode_entities(&rows.join("\n").replace("**", ""))
}

/// `text` with the line breaks that block tags made at a cell's edges taken off: a cell's
/// text starts and ends its cell (`<td><div>架空</div></td>` is the cell `架空`, not a break, the
/// cell and a break), and a break inside a cell stays.
fn cells_unbroken(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (k, cell) in text.split('\t').enumerate() {
        if k > 0 {
            out.push('\t');
        }
        out.push_str(cell.trim_matches('\n'));
    }
    out
}

/// `text` with the HTML entities a published text uses decoded (`&lt;`, `&amp;`, `&#12354;`).
pub(super) fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('&') {
        out.push_str(before);
        // `after` is the text past the `&`; a name of up to 9 bytes ends at `;`.
        let decoded = after
            .split_once(';')
            .filter(|(name, _)| name.len() < 10)
            .and_then(|(name, tail)| {
                let c = match name {
                    "lt" => '<',
                    "gt" => '>',
                    "amp" => '&',
                    "quot" => '"',
                    "apos" | "#39" => '\'',
                    "nbsp" => ' ',
                    _ => {
                        let num = name.strip_prefix('#')?;
                        let code = match num.strip_prefix(['x', 'X']) {
                            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                            None => num.parse().ok()?,
                        };
                        char::from_u32(code)?
                    }
                };
                Some((c, tail))
            });
        match decoded {
            Some((c, tail)) => {
                out.push(c);
                rest = tail;
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A run of a line's text between runs of two spaces or more: where it starts (in characters
/// from the line's start, the unit a layout text pads in) and its text, whose words are parted
/// by one space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Run<'a> {
    /// Where the run starts, in characters from the line's start.
    pub(crate) col: usize,
    /// The run's text.
    pub(crate) text: &'a str,
}

/// The runs of `line`, left to right.
///
/// `"令和2年4月1日    Ⅰ5① 部署  －"` gives runs at 0, 12 and 20; the space inside
/// `Ⅰ5① 部署` stays in its run.
pub(crate) fn runs(line: &str) -> Vec<Run<'_>> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None; // (byte, column) where the run began
    let mut spaces = 0;
    let mut end = 0;
    for (col, (at, c)) in line.char_indices().enumerate() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if spaces >= 2 || start.is_none() {
            if let Some((from, from_col)) = start.take() {
                out.push(Run {
                    col: from_col,
                    text: line.get(from..end).unwrap_or_default(),
                });
            }
            start = Some((at, col));
        }
        spaces = 0;
        end = at + c.len_utf8();
    }
    if let Some((from, col)) = start {
        out.push(Run {
            col,
            text: line.get(from..end).unwrap_or_default(),
        });
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn textile_attributes_leave_their_cell() {
        assert_eq!(without_textile_attributes("_. 評価書番号"), "評価書番号");
        assert_eq!(without_textile_attributes("\\2=. システム1"), "システム1");
        assert_eq!(without_textile_attributes("_."), "");
        assert_eq!(without_textile_attributes("1. 架空"), "1. 架空");
        assert_eq!(without_textile_attributes("架空. 甲"), "架空. 甲");
        assert_eq!(without_textile_attributes("架空"), "架空");
    }

    use super::*;

    #[test]
    fn a_markdown_heading_of_any_level_makes_the_text_markdown() {
        assert_eq!(Shape::detect("### 架空の見出し\n本文\n"), Shape::Markdown);
        assert_eq!(Shape::detect("###### 架空\n"), Shape::Markdown);
        assert_eq!(Shape::detect("####### 架空\n"), Shape::PdfText);
        assert_eq!(Shape::detect("#1 架空\n"), Shape::PdfText);
    }

    #[test]
    fn runs_part_at_two_spaces() {
        let r = runs("令和2年4月1日    Ⅰ5① 部署  －");
        let cols: Vec<(usize, &str)> = r.iter().map(|r| (r.col, r.text)).collect();
        assert_eq!(
            cols,
            vec![(0, "令和2年4月1日"), (12, "Ⅰ5① 部署"), (20, "－")]
        );
    }

    use crate::import::fill::squeeze;

    #[test]
    fn numbered_lines_join_with_line_breaks_between_them_only() {
        assert_eq!(
            join_numbered(&[(3, "甲"), (4, "乙 丙"), (7, "")]),
            "甲\n乙 丙\n"
        );
        assert_eq!(join_numbered(&[(1, "一行")]), "一行");
        assert_eq!(join_numbered(&[]), "");
    }

    #[test]
    fn a_pdf_line_keeps_its_key_and_borrows_it_where_folding_only_trims() {
        let text = "  申請書 \r\n全角：ＡＢ\n〔 ○ 〕委託\n\r\n　\n前 後\r\r\nそのまま";
        let got = lines(text, Shape::PdfText);
        let texts: Vec<&str> = got.iter().map(|l| l.text.as_ref()).collect();
        assert_eq!(
            texts,
            text.lines()
                .map(|l| l.strip_suffix('\r').unwrap_or(l))
                .collect::<Vec<_>>()
        );
        for line in &got {
            assert_eq!(line.key(), squeeze(&line.text), "{}", line.text);
        }
        let borrowed = |no: usize| {
            got.iter()
                .find(|l| l.no == no)
                .map(|l| matches!(l.folded, None | Some(Cow::Borrowed(_))))
        };
        // Trimmed, kept whole, or emptied: no copy. Folded inside: a copy.
        for no in [1, 4, 5, 7] {
            assert_eq!(borrowed(no), Some(true), "line {no}");
        }
        for no in [2, 3, 6] {
            assert_eq!(borrowed(no), Some(false), "line {no}");
        }
        assert!(
            got.iter()
                .find(|l| l.no == 7)
                .is_some_and(|l| l.folded.is_none())
        );
    }

    #[test]
    fn source_lines_counts_the_line_breaks_and_one() {
        let long = "一行目\n".repeat(40) + "\r\n\n末尾";
        for text in [
            "",
            "a",
            "\n",
            "a\nb",
            "a\nb\n",
            long.as_str(),
            &long[..70],
            &long[10..],
        ] {
            let count = source_lines(text);
            assert_eq!(count, text.matches('\n').count() + 1, "{text:?}");
            assert!(count >= text.lines().count(), "{text:?}");
        }
    }

    #[test]
    fn html_cells_become_text_with_boxes() {
        let got = strip_tags(
            "<p>[ <input type=\"checkbox\"/> ] 情報提供ネットワークシステム [ <input checked=\"\" type=\"radio\"/> ] 庁内連携システム</p>",
        );
        let words: Vec<&str> = got.split_whitespace().collect();
        assert_eq!(
            words,
            [
                "[",
                "]",
                "情報提供ネットワークシステム",
                "[",
                "○",
                "]",
                "庁内連携システム"
            ]
        );
        let got = strip_tags(
            "<input checked=\"\" type=\"checkbox\"/> 紙 <input type=\"checkbox\"/> 電子メール",
        );
        assert_eq!(got, "[ ○ ]  紙 [ ]  電子メール");
        assert_eq!(
            strip_tags("&lt;選択肢&gt; 1) 委託する"),
            "<選択肢> 1) 委託する"
        );
        assert_eq!(
            strip_tags("<b>委託事項1</b>\tシステム保守"),
            "委託事項1\tシステム保守"
        );
        assert_eq!(
            strip_tags("| 令和7年1月1日 | Ⅱ | a | b | 事後 | c |"),
            "令和7年1月1日\tⅡ\ta\tb\t事後\tc"
        );
        assert_eq!(strip_tags("| --- | --- |"), "");
        // A table on one line: a line a row; a row alone on its line: no line more.
        assert_eq!(
            strip_tags(
                "<table><tr><th>①部署</th><td>甲課</td></tr><tr><th>②所属長</th><td>甲課長</td></tr></table>"
            ),
            "①部署\t甲課\t\n②所属長\t甲課長\t"
        );
        assert_eq!(strip_tags("<tr><td>\n甲</td><td>乙</td></tr>"), "甲\t乙\t");
    }

    #[test]
    fn lines_without_markup_are_borrowed_as_they_are() {
        for text in ["①\t一", "[ ○ ] 紙", "a*b", "#見出し", ""] {
            assert!(!has_markup(text), "{text}");
            assert_eq!(strip_tags(text), text);
        }
        for text in ["<p>一</p>", "A&amp;B", "| a | b |", "**太字**"] {
            assert!(has_markup(text), "{text}");
            assert_ne!(strip_tags(text), text);
        }
        let text = "一\r\n　二\n<p>三</p>\n";
        let pdf = lines(text, Shape::PdfText);
        assert!(pdf.iter().all(|l| matches!(l.text, Cow::Borrowed(_))));
        let html = lines(text, Shape::Html);
        let borrowed: Vec<_> = html
            .iter()
            .map(|l| (l.no, matches!(l.text, Cow::Borrowed(_))))
            .collect();
        // A paragraph alone on its line is its text, with no break at its cell's edges.
        assert_eq!(borrowed, [(1, true), (2, true), (3, false)]);
        let md = lines("# 見出し\n- \\[注\\]\n", Shape::Markdown);
        let got: Vec<_> = md
            .iter()
            .map(|l| (l.text.as_ref(), matches!(l.text, Cow::Borrowed(_))))
            .collect();
        assert_eq!(got, [("見出し", true), ("[注]", false)]);
    }

    #[test]
    fn block_tags_split_lines_but_keep_the_source_line() {
        let ls = lines("①\t<p>一</p><p>二</p>\n三", Shape::Html);
        let got: Vec<_> = ls.iter().map(|l| (l.no, l.text.as_ref())).collect();
        assert_eq!(
            got,
            // The first paragraph starts its cell; the break between the two stays.
            [(1, "①\t一"), (1, ""), (1, "二"), (2, "三")]
        );
    }

    #[test]
    fn a_pdf_text_splits_as_lines_does_with_one_more_cr_off() {
        // What `pdf_lines` does in one scan, done the plain way.
        let plain = |text: &str| -> Vec<Line> {
            text.lines()
                .enumerate()
                .map(|(i, raw)| Line::new(i + 1, raw.strip_suffix('\r').unwrap_or(raw).to_owned()))
                .collect()
        };
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "\n\nＡ　Ｂ\n",
            "一\r\n二\r\r\n三\r",
            "一\r\r",
            "\r\n\r",
            "※ 注\t記\r\n〔 ○ 〕\n\u{3000}\nかな、漢字。\nｘ\r",
            "行\u{85}\u{a0}\u{2028}末",
            "abc\r\r\r",
            "ａ b\r\r\r\nc\r\r",
            "一\r\r\n\r\r\r\n　\r",
        ] {
            assert_eq!(lines(text, Shape::PdfText), plain(text), "{text:?}");
        }
    }

    #[test]
    fn entities_and_markdown_marks() {
        assert_eq!(
            decode_entities("A&amp;B&#12354;&#x3042;&bogus"),
            "A&Bああ&bogus"
        );
        assert_eq!(markdown_line("  - ①事務の名称：国保"), "①事務の名称：国保");
        assert_eq!(markdown_line("### １．監査"), "１．監査");
    }

    #[test]
    fn a_line_set_holds_numbers_in_order() {
        let mut set = LineSet::from([9, 2]);
        assert!(set.insert(4));
        assert!(!set.insert(4));
        assert!(set.contains(2) && !set.contains(3) && !set.contains(100));
        assert_eq!(set.iter().collect::<Vec<_>>(), [2, 4, 9]);
        assert_eq!(set, LineSet::from([4, 9, 2]));
        assert_ne!(set, LineSet::from([4, 2]));
        assert!(LineSet::new().is_empty());
        let mut map = LineMap::from([(7, 'a')]);
        assert_eq!(map.insert(3, 'b'), None);
        assert_eq!(map.insert(7, 'c'), Some('a'));
        assert_eq!(map.get(7), Some(&'c'));
        assert_eq!(map.get(4).or(map.get(99)), None);
        assert_eq!(map.iter().collect::<Vec<_>>(), [(3, &'b'), (7, &'c')]);
    }

    #[test]
    fn what_is_no_tag_or_entity_stays_as_written() {
        // A name over nine bytes, a lone `&` at the end, a `;` far away: kept.
        assert_eq!(decode_entities("&abcdefghij;&"), "&abcdefghij;&");
        assert_eq!(decode_entities("&#x3042;&lt"), "あ&lt");
        // An unclosed `<`, and a bracket that names no tag, stay; a tag goes.
        assert_eq!(strip_tags("a <b>c</b> < d"), "a c < d");
        assert_eq!(strip_tags("<>x<選択肢>"), "<>x<選択肢>");
        assert_eq!(strip_tags("| 項目 | 値 |"), "項目\t値");
        assert_eq!(strip_tags("|"), "|");
    }
}
