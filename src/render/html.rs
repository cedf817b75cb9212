//! The HTML writer: one standalone document, A4 and print-friendly.

use super::layout::{
    COVER, Chapter, Line, LineKind, Marks, Markup, Parts, Section, Sink, change_refs,
};
use super::{
    document_title, escape_flag, for_each_flagged, form_line, push_fmt, push_number,
    push_section_number,
};
use crate::AssessmentKind;
use crate::form::{CHANGE_EMPTY_TEXT, FormRevision};
use crate::label::{is_unsafe_char, push_escaped};
use crate::report::{CHANGE_COLUMNS, ChangeRecord, DateOrMonth, ItemId, Report, Value};

/// The style sheet: A4 with the margins of the published forms, a page break before each
/// chapter (a short chapter follows the one before it), chapter titles repeated on every page, a
/// shaded label column and a value column in bordered tables as the forms have them. Every box
/// wraps any text, however long and unbroken (`overflow-wrap: anywhere`, tables of fixed layout),
/// so nothing is wider than the page and a browser never shrinks the pages to fit; a row does not
/// break across pages, a heading stays with what follows it, a date never breaks inside, and the
/// last three rows of a table go over to a new page together, so that no page holds one or two
/// rows of a chapter's end.
///
/// The tables' widths and their columns' are not here but in `width` attributes of `<table>` and
/// `<col>` (the label column 36 %; the 変更箇所 columns 16, 17, 21.5, 21.5, 9 and 15 %). Browsers take
/// them as they take CSS; LibreOffice's HTML import reads only the attributes, and without them it
/// gave each column the width of its longest unbreakable run: a 変更日 two characters wide, a
/// date printed over seven lines. The fonts are named for `body` as well as `html`: LibreOffice's
/// HTML import takes them only from `body`, and without them it drew figures and Latin letters in
/// its own Western font, in runs its PDF writes apart from the kanji around them (`Ⅰ1③` came
/// back from the PDF's text as `1` on a line before `Ⅰ ③`).
const CSS: &str = r#"
@page { size: A4; margin: 16mm 14mm 15mm 14mm; }
html, body { overflow-wrap: anywhere; font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, sans-serif; font-size: 9pt; line-height: 1.45; color: #000; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
main { margin: 0; }
section.chapter, nav.contents { break-before: page; }
section.chapter.short { break-before: auto; margin-top: 7mm; }
table { border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
table > tbody:last-child > tr:nth-last-child(-n+3) { break-before: avoid; }
th, td { border: 0.6pt solid #000; padding: 1.1mm 1.6mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; min-width: 0; }
tbody th { font-weight: normal; background: #eef0f3; }
thead th { border: none; border-bottom: 1.2pt solid #000; padding: 0 0 1.5mm 0; font-size: 11.5pt; font-weight: bold; background: none; }
tr.section, tr.subheading, tr.entry, tr.wide { break-after: avoid; }
tr.section > th { font-weight: bold; background: #dde3ec; }
tr.subheading > th, tr.entry > th { font-weight: bold; background: #e6e9ee; }
tr.part > th, tr.level > th { background: #f5f6f8; }
tr.extra > th::after, tr.level > th::after, .cover .extra > .label::after { content: "（様式外）"; font-size: 7pt; color: #555; margin-left: 1mm; }
tr.note > th { background: #fff8e0; }
tr.continued > th, tr.change.continued > td:nth-child(-n+2) { color: #444; }
.d1 > th { padding-left: 4.5mm; } .d2 > th { padding-left: 8mm; } .d3 > th { padding-left: 11.5mm; } .d4 > th { padding-left: 15mm; }
.mark { margin-right: 0.3em; }
.sig { margin-left: 0.5em; }
.gov { margin-left: 0.5em; font-size: 7.5pt; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.text + .text { margin-top: 0.8mm; }
.date { white-space: nowrap; }
.esc { font-family: "Noto Sans Mono", monospace; font-size: 85%; color: #a00; border: 0.4pt solid #a00; border-radius: 0.6mm; padding: 0 0.4mm; white-space: nowrap; }
.choice { display: flex; gap: 3mm; align-items: flex-start; }
.chosen { flex: 0 1 auto; max-width: 48%; font-weight: bold; }
.options { flex: 1 1 0; min-width: 0; font-size: 7.5pt; color: #333; }
.options ol { list-style: none; margin: 0; padding: 0; }
.options li { padding-left: 1.4em; text-indent: -1.4em; }
.options li.selected { color: #000; font-weight: bold; }
ul.checks { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5mm 4mm; }
ul.checks > li { min-width: 0; max-width: 100%; }
.inline > span + span { margin-left: 3mm; }
.cover .form-version { text-align: right; margin: 0 0 14mm 0; }
.cover h1 { text-align: center; font-size: 16pt; margin: 0 0 11mm 0; }
.cover .field { border: 0.6pt solid #000; margin: 0 0 4mm 0; break-inside: avoid; }
.cover .field > .label { background: #eef0f3; border-bottom: 0.6pt solid #000; padding: 1.1mm 1.6mm; }
.cover .field > .value { padding: 2mm 1.6mm; min-height: 5mm; overflow-wrap: anywhere; }
.cover .pair { display: flex; border: 0.6pt solid #000; margin: 0 0 4mm 0; break-inside: avoid; }
.cover .pair > .label { flex: 0 0 36%; box-sizing: border-box; background: #eef0f3; border-right: 0.6pt solid #000; padding: 1.1mm 1.6mm; }
.cover .pair > .value { flex: 1 1 0; min-width: 0; padding: 1.1mm 1.6mm; overflow-wrap: anywhere; }
nav.contents h2 { font-size: 12pt; margin: 0 0 4mm 0; padding-bottom: 1.5mm; border-bottom: 1.2pt solid #000; }
nav.contents ol { list-style: none; margin: 0; padding: 0; }
nav.contents li { padding: 1.2mm 0; border-bottom: 0.4pt solid #999; }
nav.contents ol ol li { border: none; padding: 0.4mm 0 0 6mm; font-size: 8.5pt; }
nav.contents a { color: #000; text-decoration: none; }
table.changes tbody td { font-size: 8pt; }
table.changes thead tr.columns th { border: 0.6pt solid #000; background: #eef0f3; font-size: 8.5pt; font-weight: normal; padding: 1.1mm 1.6mm; }
.ref { display: block; font-size: 7pt; color: #555; }
tr.wide > th { background: #eef0f3; }
ul.columns { list-style: none; margin: 0; padding: 0; columns: 2; column-gap: 6mm; }
ul.columns > li { break-inside: avoid; }
@media screen { main { max-width: 182mm; margin: 0 auto; padding: 8mm; } }
"#;

/// The text HTML writes for `byte`, if it must be escaped.
const fn replacement(byte: u8) -> Option<&'static str> {
    match byte {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'"' => Some("&quot;"),
        b'\'' => Some("&#39;"),
        _ => None,
    }
}

/// The bytes HTML escapes as entities ([`replacement`]): with the bytes that may start an unsafe
/// character, those [`escape_in`] looks at ([`escape_flag`]); every other byte is written as it
/// is, whatever the context.
const ENTITY_BYTES: &[u8] = b"&<>\"'";

/// Appends `text` escaped for an attribute value or the `<title>`: as [`Html::escape`], the
/// escapes of unsafe characters as plain text.
pub(super) fn escape_plain(out: &mut String, text: &str) {
    escape_in(out, text, false);
}

/// Appends `text` escaped for element content (`content`), where a character of
/// [`is_unsafe_char`] is shown as a marked escape and a line break or a tab is kept, or else for an
/// attribute value or the `<title>`, where the escape is plain text and every such character is
/// escaped.
fn escape_in(out: &mut String, text: &str, content: bool) {
    let bytes = text.as_bytes();
    // `from` is where the text not yet appended starts; it always follows a whole character (or
    // is 0), and every cut is at an ASCII byte or a lead byte, so every cut is a char boundary.
    let mut from = 0;
    let mut flush = |out: &mut String, at: usize| {
        let Some(&byte) = bytes.get(at) else {
            return;
        };
        // The bytes of a character already escaped.
        if at < from {
            return;
        }
        match byte {
            b'\n' | b'\t' if content => {}
            0..=0x1F | 0x7F | 0xC2 | 0xE2 => {
                let c = text.get(at..).and_then(|t| t.chars().next());
                let Some(c) = c.filter(|&c| is_unsafe_char(c)) else {
                    return;
                };
                out.extend(text.get(from..at));
                if content {
                    out.push_str("<span class=\"esc\">");
                }
                // Writing to a String cannot fail.
                let _ = push_escaped(out, c);
                if content {
                    out.push_str("</span>");
                }
                from = at + c.len_utf8();
            }
            _ => {
                let Some(entity) = replacement(byte) else {
                    return;
                };
                out.extend(text.get(from..at));
                out.push_str(entity);
                from = at + 1;
            }
        }
    };
    for_each_flagged(bytes, |b| escape_flag(b, ENTITY_BYTES), |at| flush(out, at));
    out.extend(text.get(from..));
}

/// How many characters a line of a value cell holds (9 pt in a column of 113 mm).
const LINE_CHARS: usize = 34;

/// How many characters a line of the 変更前の記載 or 変更後の記載 of the 変更箇所 holds (8 pt in a
/// column of 36 mm).
const CHANGE_LINE_CHARS: usize = 12;

/// The most lines one row of the form holds: a row longer than a page is cut in pieces of this
/// many lines (a page holds some 55 below its chapter's title).
const ROW_LINES: usize = 50;

/// Whether `text` surely fits in one row in a column of `line_chars` characters a line, told
/// without counting characters: a paragraph of `c` characters takes at most `c / line_chars + 1`
/// lines, and a text has no more characters than bytes. Most texts are far shorter than a page
/// (callgrind: the counting took 1.1 M of the 7.3 M instructions of a render of the 全項目 sample
/// to HTML).
fn fits_a_row(text: &str, line_chars: usize) -> bool {
    line_breaks(text) + 1 + text.len() / line_chars <= ROW_LINES
}

/// A text cut in pieces of about the same length that each fit on a page in a column of
/// `line_chars` characters a line: at line breaks, or inside a paragraph longer than a piece after
/// its last 「。」 (else anywhere). One piece for a text that fits; none for an empty text.
///
/// A piece is built of whole paragraphs and of the parts a paragraph longer than a piece is cut
/// in, so each is a slice of `text`; every cut is at a character's start or after a 「。」 found in
/// the paragraph itself.
fn row_pieces(text: &str, line_chars: usize) -> Vec<&str> {
    if text.is_empty() {
        return Vec::new();
    }
    if fits_a_row(text, line_chars) {
        return vec![text];
    }
    let lines_of = |piece: &str| piece.chars().count().div_ceil(line_chars).max(1);
    let total: usize = text.split_inclusive('\n').map(lines_of).sum();
    // As many pieces as pages it needs, of about the same length.
    let budget = total.div_ceil(total.div_ceil(ROW_LINES).max(1));
    let mut pieces = Vec::new();
    // The piece being built is `text[start..end]`, of `used` lines.
    let (mut start, mut end, mut used) = (0, 0, 0);
    for paragraph in text.split_inclusive('\n') {
        let mut rest = paragraph;
        while !rest.is_empty() {
            let lines = lines_of(rest);
            if used + lines <= budget {
                used += lines;
                end += rest.len();
                break;
            }
            if used > 0 {
                // The paragraph starts the next piece.
                pieces.extend(text.get(start..end));
                start = end;
                used = 0;
                continue;
            }
            // A paragraph longer than a piece: cut it after its last 「。」 in the second half of
            // what a piece holds, else where the piece is full.
            let room = budget * line_chars;
            let limit = rest.char_indices().nth(room).map_or(rest.len(), |(i, _)| i);
            let cut = rest
                .match_indices('。')
                .map(|(i, stop)| i + stop.len())
                .take_while(|&end| end <= limit)
                .last()
                .filter(|&end| end > limit / 2)
                .unwrap_or(limit);
            let (head, tail) = rest.split_at(cut);
            pieces.push(head);
            start += cut;
            end = start;
            rest = tail;
        }
    }
    pieces.extend(text.get(start..end));
    pieces.retain(|p| !p.is_empty());
    pieces
}

/// How many line breaks `text` holds, counted in runs of 128 bytes by a counter of one byte,
/// which the compiler vectorises 16 bytes at a time. Callgrind, a render of the 全項目 sample to
/// HTML (`benches/render.rs`): [`row_pieces`] takes 0.2 M instructions so, 0.58 M with
/// `bytes().filter(…).count()`, whose count of 64 bits took 5 instructions a byte.
fn line_breaks(text: &str) -> usize {
    text.as_bytes()
        .chunks(128)
        .map(|run| usize::from(run.iter().fold(0u8, |n, &b| n + u8::from(b == b'\n'))))
        .sum()
}

/// Appends `text` as a CSS string inside a `<style>` element: quoted, with every character that
/// is not a letter, a digit, a space or CJK text written as a CSS escape (`\\3c `), so that no
/// quote, backslash or `</style` can end it.
fn css_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        if c.is_alphanumeric() || c == ' ' || (!c.is_ascii() && !is_unsafe_char(c)) {
            out.push(c);
        } else {
            push_fmt(out, format_args!("\\{:x} ", u32::from(c)));
        }
    }
    out.push('"');
}

/// The fewest rows a chapter has for a page of its own; a shorter one (not an appendix) follows
/// the chapter before it on the same page (基礎 Ⅱ and Ⅲ), so that no page is near empty.
const SHORT_CHAPTER_ROWS: usize = 8;

/// The HTML writer.
pub(super) struct Html {
    /// The document so far.
    pub(super) out: String,
    form: AssessmentKind,
    /// In an appendix, a line's value takes the whole width below its label.
    appendix: bool,
    /// Where the open chapter's class list ends (to mark it short), and its rows so far.
    chapter_class_end: usize,
    chapter_rows: usize,
}

impl Html {
    /// A writer for a report of `form`.
    pub(super) fn new(form: AssessmentKind) -> Self {
        Html {
            out: String::with_capacity(1 << 19),
            form,
            appendix: false,
            chapter_class_end: 0,
            chapter_rows: 0,
        }
    }

    /// The page header and footer of the printed document: the form's name on the left, the
    /// 公表日 and the 様式 line on the right, the page number below. The texts are the crate's
    /// (the form, dates), written as CSS strings.
    fn page_style(&mut self, report: &Report) {
        let mut right = report.cover.published_on.map_or_else(String::new, |day| {
            let label = ItemId::CoverPublishedOn.label();
            format!("{label}　{}　", DateOrMonth::Day(day).wareki())
        });
        let edition = Value::Month(report.cover.form_version.map(FormRevision::month));

        right.push_str(&form_line(self.form, Some(&edition)));
        self.out.push_str("<style>@page { @top-left { content: ");
        css_string(&mut self.out, &document_title(self.form));
        self.out.push_str("; } @top-right { content: ");
        css_string(&mut self.out, &right);
        self.out.push_str(
            "; } @bottom-center { content: counter(page) \" / \" counter(pages); } }\n\
             @page { @top-left { font-size: 7.5pt; color: #333; vertical-align: bottom; } @top-right { font-size: 7.5pt; color: #333; vertical-align: bottom; } @bottom-center { font-size: 7.5pt; color: #333; } }\n\
             @page :first { @top-left { content: none; } @top-right { content: none; } }</style>\n",
        );
    }

    /// Closes a row of the open chapter.
    fn row_end(&mut self) {
        self.out.push_str("</tr>\n");
        self.chapter_rows += 1;
    }

    /// ` data-item="…" data-number="…"` for an item: the table's key and number, which hold no
    /// character HTML escapes (a test checks every row).
    fn item_attributes(&mut self, id: ItemId, number: Option<&'static str>) {
        self.out.push_str(" data-item=\"");
        self.out.push_str(id.as_str());
        self.out.push('"');
        if let Some(number) = number {
            self.out.push_str(" data-number=\"");
            self.out.push_str(number);
            self.out.push('"');
        }
    }

    /// An entry of the 項目一覧 (left open for its sub-entries) with its link to the chapter at
    /// `anchor`.
    fn link(&mut self, anchor: &str, text: &str) {
        push_fmt(&mut self.out, format_args!("<li><a href=\"#{anchor}\">"));
        Html::escape(&mut self.out, text);
        self.out.push_str("</a>");
    }

    /// Opens the label cell of a row: beside a value cell, or across both columns.
    fn label_cell(&mut self, beside_value: bool) {
        self.out.push_str(if beside_value {
            "<th>"
        } else {
            "<th colspan=\"2\">"
        });
    }

    /// Closes the label cell of a row and writes its value cell, if it has one (`value_cell`: the
    /// value, empty without one, and the label a box or a count is printed with).
    fn end_label_cell(&mut self, value_cell: Option<(Option<&Value<'_>>, &str)>) {
        self.out.push_str("</th>");
        if let Some((value, label)) = value_cell {
            self.out.push_str("<td>");
            if let Some(value) = value {
                Html::value(&mut self.out, value, label);
            }
            self.out.push_str("</td>");
        }
    }

    /// The label cell and the value cell of a line.
    fn cells(&mut self, line: &Line<'_, '_>) {
        let (label, value_label) = line.shown_label();
        // A line with no value of its own (a risk's heading) spans the value column too.
        self.label_cell(line.value.is_some());
        // The circled number before the label, if there is one.
        if !line.mark.is_empty() {
            self.out.push_str("<span class=\"mark\">");
            self.out.push_str(line.mark);
            self.out.push_str("</span>");
        }
        Html::escape(&mut self.out, label);
        Html::marks(&mut self.out, line.marks);
        self.end_label_cell(line.value.map(|value| (Some(value), value_label)));
    }

    fn change_cell(&mut self, text: Option<&str>) {
        self.out.push_str("<td>");
        Html::text(&mut self.out, text);
        self.out.push_str("</td>");
    }
}

/// Appends a date, which never breaks inside.
fn date(out: &mut String, text: &str) {
    out.push_str("<span class=\"date\">");
    Html::escape(out, text);
    out.push_str("</span>");
}

impl Markup for Html {
    const BOX: [&'static str; 5] = [
        "<li class=\"checked\">",
        "<li>",
        " （ <span class=\"text\">",
        "</span> ）",
        "</li>",
    ];
    const MARKS: [&'static str; 3] = [
        "<span class=\"sig\">※</span>",
        "<span class=\"gov\">",
        "</span>",
    ];
    const PARTS: fn(Parts) -> [&'static str; 5] = |parts| match parts {
        Parts::Texts => ["", "", "", "", ""],
        Parts::Boxes => ["<ul class=\"checks\">", "", "", "", "</ul>"],
        Parts::Inline => ["<div class=\"inline\">", "", "<span>", "</span>", "</div>"],
        Parts::Columns => [
            "<ul class=\"columns\">",
            "",
            "<li class=\"text\">",
            "</li>",
            "</ul>",
        ],
    };

    /// Appends `text` escaped for HTML element content: the five characters HTML reads as markup
    /// as entities, and every character that could move the cursor or the reading order
    /// ([`is_unsafe_char`]: ESC, U+202E, U+2028…) as a visible escape (`\u{1b}`) in a marked span;
    /// a line break and a tab are kept (the text's layout).
    fn escape(out: &mut String, text: &str) {
        escape_in(out, text, true);
    }

    /// A text as a block; nothing for a text not written (`None`) or empty: the form's box
    /// stays empty.
    fn text(out: &mut String, text: Option<&str>) {
        let Some(text) = text.filter(|t| !t.is_empty()) else {
            return;
        };
        out.push_str("<div class=\"text\">");
        Html::escape(out, text);
        out.push_str("</div>");
    }

    fn choice(out: &mut String, chosen: Option<&str>, options: &[&str]) {
        out.push_str("<div class=\"choice\"><span class=\"chosen\">[ ");
        Self::escape_written(out, chosen);
        out.push_str(" ]</span><div class=\"options\">");
        out.push_str(crate::form::CHOICE_HEADING);
        out.push_str("<ol>");
        for (i, option) in options.iter().enumerate() {
            if Some(*option) == chosen {
                out.push_str("<li class=\"selected\">");
            } else {
                out.push_str("<li>");
            }
            out.push_str("<span class=\"n\">");
            push_number(out, i + 1);
            out.push_str(")</span> ");
            Html::escape(out, option);
            out.push_str("</li>");
        }
        out.push_str("</ol></div></div>");
    }

    /// Dates in the 和暦, none breaking inside.
    fn dates(out: &mut String, value: &Value<'_>) {
        if let Value::Dates(days) = value {
            for (i, &day) in days.iter().enumerate() {
                if i > 0 {
                    out.push('、');
                }
                date(out, &DateOrMonth::Day(day).wareki());
            }
        } else if let Some(text) = value.printed() {
            date(out, &text);
        }
    }
}

impl<'r> Sink<'r> for Html {
    fn begin(&mut self, report: &'r Report) {
        self.out.push_str(
            "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
        );
        // A report without a 評価書名 is titled by its form's name.
        let title = report
            .cover
            .title
            .as_deref()
            .filter(|t| !t.trim().is_empty());
        escape_plain(&mut self.out, title.unwrap_or(self.form.document_name()));
        self.out.push_str("</title>\n<style>");
        self.out.push_str(CSS);
        self.out.push_str("</style>\n");
        self.page_style(report);
        self.out
            .push_str("</head>\n<body>\n<main class=\"report\" data-form=\"");
        self.out.push_str(self.form.as_str());
        self.out.push_str("\">\n");
    }

    fn cover(&mut self, lines: &[Line<'_, 'r>]) {
        self.out
            .push_str("<section class=\"cover\" data-chapter=\"");
        self.out.push_str(COVER);
        self.out.push_str("\">\n");
        // The 様式 line stands at the top right, as on the forms.
        for line in lines.iter().filter(|l| l.id == ItemId::CoverFormVersion) {
            self.out.push_str("<p class=\"form-version\"");
            self.item_attributes(line.id, line.number);
            self.out.push('>');
            Html::escape(&mut self.out, &form_line(self.form, line.value));
            self.out.push_str("</p>\n");
        }
        push_fmt(
            &mut self.out,
            format_args!("<h1>{}</h1>\n", document_title(self.form)),
        );
        for line in lines.iter().filter(|l| l.id != ItemId::CoverFormVersion) {
            let long = matches!(line.id, ItemId::CoverDeclaration | ItemId::CoverSpecialNote);
            self.out.push_str("<div class=\"");
            self.out.push_str(if long { "field" } else { "pair" });
            if line.kind == LineKind::Extra {
                self.out.push_str(" extra");
            }
            self.out.push('"');
            self.item_attributes(line.id, line.number);
            self.out.push_str("><div class=\"label\">");
            Html::escape(&mut self.out, line.label);
            Html::marks(&mut self.out, line.marks);
            self.out.push_str("</div><div class=\"value\">");
            if let Some(value) = line.value {
                Html::value(&mut self.out, value, line.label);
            }
            self.out.push_str("</div></div>\n");
        }
        self.out.push_str("</section>\n");
    }

    fn contents(&mut self, entries: &[Chapter]) {
        self.out
            .push_str("<nav class=\"contents\" id=\"contents\">\n<h2>項目一覧</h2>\n<ol>\n");
        for entry in entries {
            self.link(&entry.anchor, &entry.text);
            if entry.files.len() > 1 {
                self.out.push_str("<ol>");
                for (anchor, text) in &entry.files {
                    self.link(anchor, text);
                    self.out.push_str("</li>");
                }
                self.out.push_str("</ol>");
            }
            self.out.push_str("</li>\n");
        }
        self.out.push_str("</ol>\n</nav>\n");
    }

    fn chapter(&mut self, c: &Chapter, file: Option<usize>, anchor: &str) {
        self.appendix = c.key.starts_with(crate::form::APPENDIX);
        self.out.push_str("<section class=\"chapter");
        self.chapter_class_end = self.out.len();
        self.chapter_rows = 0;
        self.out.push_str("\" id=\"");
        self.out.push_str(anchor);
        self.out.push_str("\" data-chapter=\"");
        escape_plain(&mut self.out, c.key);
        self.out.push('"');
        if let Some(file) = file {
            push_fmt(&mut self.out, format_args!(" data-file=\"{file}\""));
        }
        self.out.push_str(
            ">\n<table class=\"form\" width=\"100%\"><colgroup><col width=\"36%\"><col width=\"64%\"></colgroup>\n<thead><tr><th colspan=\"2\">",
        );
        Html::escape(&mut self.out, &c.text);
        self.out.push_str("</th></tr></thead>\n<tbody>\n");
    }

    fn end_chapter(&mut self) {
        self.out.push_str("</tbody></table>\n</section>\n");
        // An appendix's rows can be long lists: it keeps a page of its own.
        if self.chapter_rows < SHORT_CHAPTER_ROWS && !self.appendix {
            self.out.insert_str(self.chapter_class_end, " short");
        }
    }

    fn section(&mut self, section: &Section<'_, 'r>) {
        self.out.push_str("<tr class=\"section\" data-section=\"");
        escape_plain(&mut self.out, section.chapter);
        push_fmt(&mut self.out, section.number);
        self.out.push('"');
        if let Some(line) = &section.line {
            self.item_attributes(line.id, line.number);
        }
        self.out.push('>');
        self.label_cell(section.line.is_some());
        push_section_number(&mut self.out, section.number);
        Html::escape_written(&mut self.out, section.text);
        Html::marks(&mut self.out, section.marks);
        let line = section.line.as_ref();
        self.end_label_cell(line.map(|l| (l.value, l.shown_label().1)));
        self.row_end();
    }

    fn line(&mut self, line: &Line<'_, 'r>) {
        let wide = line
            .value
            .filter(|v| self.appendix && line.kind == LineKind::Item && !v.is_blank());
        if let Some(value) = wide {
            // An appendix takes the page's width: its label above, its text below; a list of
            // 記録項目 in two columns. (An empty one is an empty cell beside its label, as any
            // empty item.)
            self.out.push_str("<tr class=\"item wide\"");
            self.item_attributes(line.id, line.number);
            self.out.push_str("><th colspan=\"2\">");
            Html::escape(&mut self.out, line.label);
            self.out.push_str("</th>");
            self.row_end();
            self.out
                .push_str("<tr class=\"wide-value\"><td colspan=\"2\">");
            if let Value::Texts(items) = value {
                Html::parts(&mut self.out, Parts::Columns, items.iter(), Html::escape);
            } else {
                Html::value(&mut self.out, value, "");
            }
            self.out.push_str("</td>");
            self.row_end();
            return;
        }
        self.out.push_str("<tr class=\"");
        self.out.push_str(line.kind.into());
        let heading = matches!(line.kind, LineKind::Entry | LineKind::Subheading);
        if !heading {
            // The style sheet indents four levels (`d1`…`d4`).
            self.out.push_str(" d");
            push_number(&mut self.out, usize::from(line.depth.min(4)));
        }
        self.out.push('"');
        // A block named by an item's value carries the item (a file of an appendix is named by
        // its 特定個人情報ファイル名, whose place is Ⅱ1: no number here).
        let named = line.kind == LineKind::Entry && line.value.is_some();
        if named || matches!(line.kind, LineKind::Item | LineKind::Extra) {
            self.item_attributes(line.id, line.number);
        }
        if line.kind == LineKind::Item {
            self.out.push_str(if line.id.is_significant(self.form) {
                " data-significant=\"true\""
            } else {
                " data-significant=\"false\""
            });
        }
        self.out.push('>');
        let long = match line.value {
            _ if heading => None,
            Some(Value::Text(Some(text))) => Some(*text),
            Some(Value::Basis(Some(basis))) => Some(basis.as_str()),
            _ => None,
        };
        let pieces = long
            .filter(|text| !fits_a_row(text, LINE_CHARS))
            .map(|text| row_pieces(text, LINE_CHARS));
        match pieces.as_deref().and_then(<[&str]>::split_first) {
            Some((first, rest)) if !rest.is_empty() => {
                // A text longer than a page: one row per piece, each with its label, so that
                // no row breaks across pages.
                let value = Value::Text(Some(first));
                self.cells(&Line {
                    value: Some(&value),
                    ..*line
                });
                let label = format!("{}（続き）", line.label);
                for piece in rest {
                    self.row_end();
                    self.out.push_str("<tr class=\"continued\">");
                    let value = Value::Text(Some(piece));
                    self.cells(&Line {
                        label: &label,
                        marks: Marks::default(),
                        value: Some(&value),
                        ..*line
                    });
                }
            }
            _ => self.cells(line),
        }
        self.row_end();
    }

    fn changes(&mut self, title: &str, records: &'r [ChangeRecord], anchor: &str) {
        self.out
            .push_str("<section class=\"chapter changes\" id=\"");
        self.out.push_str(anchor);
        self.out.push_str("\" data-chapter=\"変更箇所\">\n<table class=\"changes\" width=\"100%\"><colgroup><col width=\"16%\"><col width=\"17%\"><col width=\"21.5%\"><col width=\"21.5%\"><col width=\"9%\"><col width=\"15%\"></colgroup>\n<thead><tr><th colspan=\"6\">");
        Html::escape(&mut self.out, title);
        self.out.push_str("</th></tr>\n<tr class=\"columns\">");
        for column in CHANGE_COLUMNS {
            push_fmt(&mut self.out, format_args!("<th>{column}</th>"));
        }
        self.out.push_str("</tr></thead>\n<tbody>\n");
        for (i, record) in records.iter().enumerate() {
            // A text longer than a page is cut into rows, each with the date and the item.
            // A text not written is printed as the form's dash.
            let pieces = |text: Option<&'r str>| {
                row_pieces(text.unwrap_or(CHANGE_EMPTY_TEXT), CHANGE_LINE_CHARS)
            };
            let (before, after) = (
                pieces(record.before.as_deref()),
                pieces(record.after.as_deref()),
            );
            for k in 0..before.len().max(after.len()).max(1) {
                let first = k == 0;
                let class = if first { "change" } else { "change continued" };
                self.out.push_str("<tr class=\"");
                self.out.push_str(class);
                self.out.push_str("\" data-change=\"");
                push_number(&mut self.out, i);
                self.out.push('"');
                if let Some(id) = record.item_id.filter(|_| first) {
                    self.item_attributes(id, None);
                }
                self.out.push_str("><td>");
                if let Some(d) = record.date {
                    date(&mut self.out, &DateOrMonth::Day(d).wareki());
                }
                self.out.push_str("</td><td>");
                if first {
                    Html::text(&mut self.out, Some(&record.item));
                    for text in change_refs(record, self.form) {
                        self.out.push_str("<span class=\"ref\">");
                        Html::escape(&mut self.out, &text);
                        self.out.push_str("</span>");
                    }
                } else {
                    Html::escape(&mut self.out, &record.item);
                    self.out.push_str("（続き）");
                }
                self.out.push_str("</td>");
                self.change_cell(before.get(k).copied());
                self.change_cell(after.get(k).copied());
                // The timing and its explanation stand on the record's first row.
                self.change_cell(record.timing.map(|t| t.label()).filter(|_| first));
                self.change_cell(record.explanation.as_deref().filter(|_| first));
                self.out.push_str("</tr>\n");
            }
        }
        self.out.push_str("</tbody></table>\n</section>\n");
    }

    fn end(&mut self) {
        self.out.push_str("</main>\n</body>\n</html>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Choice;

    #[test]
    fn the_bytes_that_may_start_an_escape_are_flagged() {
        let starts: Vec<u8> = (0..=u8::MAX)
            .filter(|&b| escape_flag(b, ENTITY_BYTES) != 0)
            .collect();
        let mut expected: Vec<u8> = (0..0x20).collect();
        expected.extend([b'"', b'&', b'\'', b'<', b'>', 0x7F, 0xC2, 0xE2]);
        expected.sort_unstable();
        assert_eq!(starts, expected);
    }

    #[test]
    fn keys_and_numbers_of_the_table_need_no_escaping() {
        for &id in ItemId::ALL {
            let numbers = AssessmentKind::ALL.iter().filter_map(|&f| id.number(f));
            for text in numbers.chain([id.as_str()]) {
                assert!(!text.bytes().any(|b| replacement(b).is_some()), "{text}");
            }
        }
    }

    #[test]
    fn escapes_across_chunks() {
        let text = format!("{}<{}&", "日本".repeat(20), "x".repeat(40));
        let mut out = String::new();
        Html::escape(&mut out, &text);
        assert_eq!(
            out,
            format!("{}&lt;{}&amp;", "日本".repeat(20), "x".repeat(40))
        );
        let mut out = String::new();
        Html::escape(&mut out, "");
        assert_eq!(out, "");
    }

    #[test]
    fn shows_controls_as_escapes_across_chunks() {
        // Each unsafe character at every offset of a block, and in the bytes after the last one.
        for pad in 0..=2 * 16 + 1 {
            let text = format!(
                "{}\u{1b}日\u{202e}x\u{2028}\u{85}\u{7f}\n\t※",
                "a".repeat(pad)
            );
            let mut out = String::new();
            Html::escape(&mut out, &text);
            let esc = |e: &str| format!("<span class=\"esc\">{e}</span>");
            assert_eq!(
                out,
                format!(
                    "{}{}日{}x{}{}{}\n\t※",
                    "a".repeat(pad),
                    esc("\\u{1b}"),
                    esc("\\u{202e}"),
                    esc("\\u{2028}"),
                    esc("\\u{85}"),
                    esc("\\u{7f}")
                )
            );
            let mut plain = String::new();
            escape_plain(&mut plain, &text);
            assert_eq!(
                plain,
                format!(
                    "{}\\u{{1b}}日\\u{{202e}}x\\u{{2028}}\\u{{85}}\\u{{7f}}\\n\\t※",
                    "a".repeat(pad)
                )
            );
        }
    }

    #[test]
    fn rows_longer_than_a_page_are_cut_in_pieces() {
        assert_eq!(row_pieces("短い。\n二行目", LINE_CHARS), ["短い。\n二行目"]);
        let paragraph = "あ".repeat(LINE_CHARS * 10);
        let text = format!("{paragraph}\n").repeat(9);
        let pieces = row_pieces(&text, LINE_CHARS);
        assert_eq!(pieces.len(), 3);
        assert_eq!(pieces.concat(), text);
        assert!(pieces.iter().all(|p| p.ends_with('\n')));
        // One paragraph longer than a page is cut after a 「。」.
        let sentence = format!("{}。", "い".repeat(99));
        let text = sentence.repeat(30);
        let pieces = row_pieces(&text, LINE_CHARS);
        assert!(pieces.len() > 1);
        assert_eq!(pieces.concat(), text);
        assert!(pieces.iter().all(|p| p.ends_with('。')));
        assert!(
            pieces
                .iter()
                .all(|p| p.chars().count() <= ROW_LINES * LINE_CHARS)
        );
        // Without one, anywhere.
        let text = "x".repeat(ROW_LINES * LINE_CHARS * 2 + 5);
        let pieces = row_pieces(&text, LINE_CHARS);
        assert_eq!(pieces.len(), 3);
        assert_eq!(pieces.concat(), text);
        assert!(row_pieces("", LINE_CHARS).is_empty());
    }

    #[test]
    fn css_strings_cannot_end_their_rule() {
        let mut out = String::new();
        css_string(&mut out, "公表日　令和6年\"</style>\\");
        assert_eq!(out, "\"公表日　令和6年\\22 \\3c \\2f style\\3e \\5c \"");
    }

    #[test]
    fn escapes_the_five_characters() {
        let mut out = String::new();
        Html::escape(&mut out, "<a href='x'>\"&amp;\"</a>日本");
        assert_eq!(
            out,
            "&lt;a href=&#39;x&#39;&gt;&quot;&amp;amp;&quot;&lt;/a&gt;日本"
        );
    }
}
