//! The HTML writer: one standalone document, A4 and print-friendly.

use super::layout::{
    CHANGE_COLUMNS, COVER, CheckBox, Entry, GOV_ONLY, Line, LineKind, Section, Sink, boxes,
    count_text, is_inline,
};
use super::{check_box, push_fmt, push_section_number};
use crate::AssessmentKind;
use crate::report::{ChangeRecord, DateOrMonth, ItemId, Report, Value};

/// The style sheet: A4, a page break before each chapter, chapter titles repeated on every page,
/// a label column and a value column as the forms have them.
const CSS: &str = r#"
@page { size: A4; margin: 14mm 12mm; }
html { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, sans-serif; font-size: 9.5pt; line-height: 1.45; color: #000; background: #fff; }
body { margin: 0; }
main { max-width: 186mm; margin: 0 auto; padding: 6mm 0; }
section.chapter { break-before: page; margin-top: 10mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
col.label { width: 36%; }
thead { display: table-header-group; }
th, td { border: 0.6pt solid #000; padding: 1.2mm 1.8mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
tbody th { font-weight: normal; background: #f3f3f3; }
thead th { border: none; border-bottom: 1.2pt solid #000; padding: 0 0 1.5mm 0; font-size: 12pt; font-weight: bold; background: none; }
tr.section, tr.subheading, tr.entry, tr.wide { break-after: avoid; }
tr.section > th { font-weight: bold; background: #e1e6ef; }
tr.subheading > th, tr.entry > th { font-weight: bold; background: #ececec; }
tr.entry > th { background: #e8ecf3; }
tr.part > th, tr.level > th { background: #fafafa; }
tr.extra > th::after, tr.level > th::after, .cover .extra > .label::after { content: "（様式外）"; font-size: 7.5pt; color: #555; margin-left: 1mm; }
tr.note > th { background: #fff8e0; }
.d1 > th { padding-left: 5mm; } .d2 > th { padding-left: 9mm; } .d3 > th { padding-left: 13mm; } .d4 > th { padding-left: 17mm; }
.mark { margin-right: 0.3em; }
.sig { margin-left: 0.5em; }
.gov { margin-left: 0.5em; font-size: 8pt; }
.text { white-space: pre-wrap; }
.text + .text { margin-top: 1mm; }
.choice { display: flex; gap: 3mm; align-items: flex-start; }
.chosen { white-space: nowrap; font-weight: bold; }
.options { font-size: 8pt; color: #333; }
.options ol { list-style: none; margin: 0; padding: 0; }
.options li.selected { color: #000; font-weight: bold; }
ul.checks { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.6mm 4mm; }
.inline > span + span { margin-left: 3mm; }
.cover { position: relative; }
.cover .form-version { text-align: right; margin: 0 0 16mm 0; }
.cover h1 { text-align: center; font-size: 17pt; margin: 0 0 12mm 0; }
.cover .field { border: 0.6pt solid #000; margin: 0 0 4mm 0; }
.cover .field > .label { background: #f3f3f3; border-bottom: 0.6pt solid #000; padding: 1.2mm 1.8mm; }
.cover .field > .value { padding: 2mm 1.8mm; min-height: 5mm; }
.cover .pair { display: flex; border: 0.6pt solid #000; margin: 0 0 4mm 0; }
.cover .pair > .label { width: 36%; background: #f3f3f3; border-right: 0.6pt solid #000; padding: 1.2mm 1.8mm; }
.cover .pair > .value { flex: 1; padding: 1.2mm 1.8mm; }
table.changes col.date { width: 14%; } table.changes col.item { width: 18%; } table.changes col.timing { width: 6%; } table.changes col.explanation { width: 17%; }
table.changes tbody td { font-size: 8.5pt; }
table.changes thead tr.columns th { border: 0.6pt solid #000; background: #f3f3f3; font-size: 9pt; padding: 1.2mm 1.8mm; }
.ref { display: block; font-size: 7.5pt; color: #555; }
tr.wide > th { background: #f3f3f3; }
.columns { columns: 2; column-gap: 6mm; }
.columns .text { break-inside: avoid; }
@media screen { main { padding: 8mm; } }
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

/// Whether one of the eight bytes of `word` is below 0x40, where the five bytes HTML escapes
/// are. Most of a report's text is Japanese, whose UTF-8 bytes are all 0x80 or more, so most
/// words are passed whole.
const fn may_need_escape(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte below 0x40 has its two high bits clear: it is a zero byte of `top`.
    let top = word & 0xC0C0_C0C0_C0C0_C0C0;
    top.wrapping_sub(ONES) & !top & HIGH != 0
}

/// Appends `text` escaped for HTML text and attribute values.
pub(super) fn escape(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    // `from` is where the text not yet appended starts; it always follows an ASCII byte (or is
    // 0), so it and every cut at an ASCII byte are char boundaries.
    let mut from = 0;
    let mut flush = |out: &mut String, at: usize, byte: u8| {
        if let Some(replacement) = replacement(byte) {
            if let Some(plain) = text.get(from..at) {
                out.push_str(plain);
            }
            out.push_str(replacement);
            from = at + 1;
        }
    };
    let mut words = bytes.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut words {
        // A chunk of `chunks_exact(8)` is 8 bytes; were it not, 0 sends it to the byte check.
        let word = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        if may_need_escape(word) {
            for (k, &byte) in chunk.iter().enumerate() {
                flush(out, base + k, byte);
            }
        }
        base += 8;
    }
    for (k, &byte) in words.remainder().iter().enumerate() {
        flush(out, base + k, byte);
    }
    if let Some(plain) = text.get(from..) {
        out.push_str(plain);
    }
}

/// The HTML writer.
pub(super) struct Html {
    out: String,
    form: AssessmentKind,
    /// In an appendix, a line's value takes the whole width below its label.
    appendix: bool,
}

impl Html {
    pub(super) fn new() -> Self {
        Html {
            out: String::with_capacity(1 << 19),
            form: AssessmentKind::Full,
            appendix: false,
        }
    }

    pub(super) fn finish(self) -> String {
        self.out
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

    /// The marks after a label.
    fn marks(&mut self, significant: bool, gov_only: bool) {
        if significant {
            self.out.push_str("<span class=\"sig\">※</span>");
        }
        if gov_only {
            self.out.push_str("<span class=\"gov\">");
            self.out.push_str(GOV_ONLY);
            self.out.push_str("</span>");
        }
    }

    /// The label cell and the value cell of a line.
    fn cells(&mut self, line: &Line<'_, '_>) {
        let (label, value_label) = shown_label(line);
        // A line with no value of its own (a risk's heading) spans the value column too.
        self.out.push_str(if line.value.is_some() {
            "<th>"
        } else {
            "<th colspan=\"2\">"
        });
        if !line.mark.is_empty() {
            self.out.push_str("<span class=\"mark\">");
            self.out.push_str(line.mark);
            self.out.push_str("</span>");
        }
        escape(&mut self.out, label);
        self.marks(line.significant, line.gov_only);
        if let Some(value) = line.value {
            self.out.push_str("</th><td>");
            self.value(value, value_label);
            self.out.push_str("</td>");
        } else {
            self.out.push_str("</th>");
        }
    }

    /// A value as the form shows it; `label` is the label a box or a count is printed with.
    fn value(&mut self, value: &Value<'_>, label: &str) {
        match value {
            Value::Text(text) => self.text(text.unwrap_or("")),
            Value::Texts(texts) => {
                for text in texts.iter() {
                    self.text(text);
                }
            }
            Value::Label(text) => self.text(text.as_deref().unwrap_or("")),
            Value::Choice { chosen, options } => self.choice(*chosen, options),
            Value::Checks { .. } | Value::Sources { .. } => {
                self.out.push_str("<ul class=\"checks\">");
                for b in boxes(value) {
                    self.check(&b);
                }
                self.out.push_str("</ul>");
            }
            Value::Flag(on) => {
                self.out.push_str(check_box(*on));
                self.out.push(' ');
                escape(&mut self.out, label);
            }
            Value::Count(n) => escape(&mut self.out, &count_text(label, *n)),
            Value::Basis(b) => self.text(b.map_or("", |b| b.as_str())),
            Value::Group(parts) if is_inline(parts) => {
                self.out.push_str("<div class=\"inline\">");
                for (label, part) in parts {
                    self.out.push_str("<span>");
                    self.value(part, label);
                    self.out.push_str("</span>");
                }
                self.out.push_str("</div>");
            }
            Value::Group(parts) => {
                for (label, part) in parts {
                    self.out.push_str("<div>");
                    if !label.is_empty() && !matches!(part, Value::Flag(_)) {
                        escape(&mut self.out, label);
                        self.out.push('：');
                    }
                    self.value(part, label);
                    self.out.push_str("</div>");
                }
            }
            Value::List(levels) => {
                for level in levels {
                    self.out.push_str("<div>");
                    self.value(level, "");
                    self.out.push_str("</div>");
                }
            }
            // Dates in the 和暦, a period as …から…までのN日間, はい / いいえ.
            other => {
                if let Some(text) = other.printed() {
                    escape(&mut self.out, &text);
                }
            }
        }
    }

    fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        self.out.push_str("<div class=\"text\">");
        escape(&mut self.out, text);
        self.out.push_str("</div>");
    }

    fn choice(&mut self, chosen: Option<&str>, options: &[&str]) {
        self.out
            .push_str("<div class=\"choice\"><span class=\"chosen\">[ ");
        if let Some(chosen) = chosen {
            escape(&mut self.out, chosen);
        }
        self.out
            .push_str(" ]</span><div class=\"options\">＜選択肢＞<ol>");
        for (i, option) in options.iter().enumerate() {
            if Some(*option) == chosen {
                self.out.push_str("<li class=\"selected\">");
            } else {
                self.out.push_str("<li>");
            }
            push_fmt(&mut self.out, i + 1);
            self.out.push_str(") ");
            escape(&mut self.out, option);
            self.out.push_str("</li>");
        }
        self.out.push_str("</ol></div></div>");
    }

    /// One box of a checkbox list, with the text written in its parentheses.
    fn check(&mut self, b: &CheckBox<'_>) {
        self.out.push_str(if b.on {
            "<li class=\"checked\">"
        } else {
            "<li>"
        });
        if !b.label.is_empty() {
            self.out.push_str(check_box(b.on));
            self.out.push(' ');
            escape(&mut self.out, b.label);
        }
        if let Some(detail) = b.detail {
            self.out.push_str(" （ <span class=\"text\">");
            escape(&mut self.out, detail);
            self.out.push_str("</span> ）");
        }
        self.out.push_str("</li>");
    }

    fn change_cell(&mut self, text: Option<&str>) {
        self.out.push_str("<td>");
        self.text(text.unwrap_or(""));
        self.out.push_str("</td>");
    }
}

/// The label cell's text and the label a value prints with: a box prints its label beside it
/// (`[ ○ ] 委託しない`) and a count inside it (`（ 6 ）件`), leaving the label cell empty.
fn shown_label<'a>(line: &Line<'a, '_>) -> (&'a str, &'a str) {
    match line.value {
        Some(Value::Flag(_)) => ("", line.label),
        Some(Value::Count(_)) if line.label.contains("（ ）") => ("", line.label),
        _ => (line.label, ""),
    }
}

impl<'r> Sink<'r> for Html {
    fn begin(&mut self, report: &'r Report) {
        self.form = report.form();
        self.out
            .push_str("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n");
        self.out.push_str(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
        );
        match report
            .cover
            .title
            .as_deref()
            .filter(|t| !t.trim().is_empty())
        {
            Some(title) => escape(&mut self.out, title),
            None => {
                self.out.push_str(self.form.document_name());
            }
        }
        self.out.push_str("</title>\n<style>");
        self.out.push_str(CSS);
        self.out
            .push_str("</style>\n</head>\n<body>\n<main class=\"report\" data-form=\"");
        self.out.push_str(self.form.as_str());
        self.out.push_str("\">\n");
    }

    fn cover(&mut self, form: AssessmentKind, lines: &[Line<'_, 'r>]) {
        self.out
            .push_str("<section class=\"cover\" data-chapter=\"");
        self.out.push_str(COVER);
        self.out.push_str("\">\n");
        // The 様式 line stands at the top right, as on the forms.
        for line in lines.iter().filter(|l| l.id == ItemId::CoverFormVersion) {
            self.out.push_str("<p class=\"form-version\"");
            self.item_attributes(line.id, line.number);
            self.out.push_str(">[");
            if let Some(value) = line.value {
                self.value(value, "");
            }
            self.out.push('　');
            escape(&mut self.out, line.label);
            push_fmt(&mut self.out, form.form_number());
            self.out.push_str("]</p>\n");
        }
        self.out.push_str("<h1>特定個人情報保護評価書（");
        self.out.push_str(form.document_name());
        self.out.push_str("）</h1>\n");
        for line in lines.iter().filter(|l| l.id != ItemId::CoverFormVersion) {
            let long = matches!(line.id, ItemId::CoverDeclaration | ItemId::CoverSpecialNote);
            self.out.push_str(if long {
                "<div class=\"field"
            } else {
                "<div class=\"pair"
            });
            if line.kind == LineKind::Extra {
                self.out.push_str(" extra");
            }
            self.out.push('"');
            self.item_attributes(line.id, line.number);
            self.out.push_str("><div class=\"label\">");
            escape(&mut self.out, line.label);
            self.marks(line.significant, line.gov_only);
            self.out.push_str("</div><div class=\"value\">");
            if let Some(value) = line.value {
                self.value(value, line.label);
            }
            self.out.push_str("</div></div>\n");
        }
        self.out.push_str("</section>\n");
    }

    fn chapter(&mut self, key: &str, title: &str, file: Option<usize>) {
        self.appendix = key.starts_with("別添");
        self.out
            .push_str("<section class=\"chapter\" data-chapter=\"");
        escape(&mut self.out, key);
        self.out.push('"');
        if let Some(file) = file {
            self.out.push_str(" data-file=\"");
            push_fmt(&mut self.out, file);
            self.out.push('"');
        }
        self.out.push_str(
            ">\n<table class=\"form\"><colgroup><col class=\"label\"><col class=\"value\"></colgroup>\n<thead><tr><th colspan=\"2\">",
        );
        if !key.starts_with("別添") {
            escape(&mut self.out, key);
            self.out.push('　');
        }
        escape(&mut self.out, title);
        self.out.push_str("</th></tr></thead>\n<tbody>\n");
    }

    fn end_chapter(&mut self) {
        self.out.push_str("</tbody></table>\n</section>\n");
    }

    fn section(&mut self, section: &Section<'_, 'r>) {
        self.out.push_str("<tr class=\"section\" data-section=\"");
        escape(&mut self.out, section.chapter);
        push_fmt(&mut self.out, section.number);
        self.out.push('"');
        match &section.line {
            Some(line) => {
                self.item_attributes(line.id, line.number);
                self.out.push_str("><th>");
                push_section_number(&mut self.out, section.number);
                escape(&mut self.out, section.text);
                self.marks(section.significant, section.gov_only);
                self.out.push_str("</th><td>");
                if let Some(value) = line.value {
                    self.value(value, shown_label(line).1);
                }
                self.out.push_str("</td></tr>\n");
            }
            None => {
                self.out.push_str("><th colspan=\"2\">");
                push_section_number(&mut self.out, section.number);
                escape(&mut self.out, section.text);
                self.marks(section.significant, section.gov_only);
                self.out.push_str("</th></tr>\n");
            }
        }
    }

    fn subheading(&mut self, mark: &str, text: &str) {
        self.out
            .push_str("<tr class=\"subheading\"><th colspan=\"2\"><span class=\"mark\">");
        escape(&mut self.out, mark);
        self.out.push_str("</span>");
        escape(&mut self.out, text);
        self.out.push_str("</th></tr>\n");
    }

    fn entry(&mut self, entry: &Entry<'_, 'r>) {
        self.out.push_str("<tr class=\"entry\"");
        if let Some((id, _)) = entry.title {
            // A file of an appendix is named by its 特定個人情報ファイル名, whose place is Ⅱ1.
            let number = if entry.word.is_empty() {
                None
            } else {
                id.number(self.form)
            };
            self.item_attributes(id, number);
        }
        self.out.push_str(if entry.title.is_some() {
            "><th>"
        } else {
            "><th colspan=\"2\">"
        });
        if entry.word.is_empty() {
            self.out.push('（');
            push_fmt(&mut self.out, entry.number);
            self.out.push('）');
        } else {
            escape(&mut self.out, entry.word);
            push_fmt(&mut self.out, entry.number);
        }
        if let Some((_, value)) = entry.title {
            self.out.push_str("</th><td>");
            self.value(value, "");
            self.out.push_str("</td></tr>\n");
        } else {
            self.out.push_str("</th></tr>\n");
        }
    }

    fn line(&mut self, line: &Line<'_, 'r>) {
        if self.appendix && line.kind == LineKind::Item {
            // A list of 記録項目 takes the page's width, in two columns.
            self.out.push_str("<tr class=\"item wide\"");
            self.item_attributes(line.id, line.number);
            self.out.push_str("><th colspan=\"2\">");
            escape(&mut self.out, line.label);
            self.out.push_str(
                "</th></tr>\n<tr class=\"wide-value\"><td colspan=\"2\"><div class=\"columns\">",
            );
            if let Some(value) = line.value {
                self.value(value, "");
            }
            self.out.push_str("</div></td></tr>\n");
            return;
        }
        self.out.push_str("<tr class=\"");
        self.out.push_str(match line.kind {
            LineKind::Item => "item",
            LineKind::Part => "part",
            LineKind::Extra => "extra",
            LineKind::Level => "level",
            LineKind::Note => "note",
        });
        self.out.push_str(match line.depth {
            0 => " d0",
            1 => " d1",
            2 => " d2",
            3 => " d3",
            _ => " d4",
        });
        self.out.push('"');
        if matches!(line.kind, LineKind::Item | LineKind::Extra) {
            self.item_attributes(line.id, line.number);
            if line.kind == LineKind::Item {
                self.out.push_str(if line.id.is_significant(self.form) {
                    " data-significant=\"true\""
                } else {
                    " data-significant=\"false\""
                });
            }
        }
        self.out.push('>');
        self.cells(line);
        self.out.push_str("</tr>\n");
    }

    fn changes(&mut self, title: &str, form: AssessmentKind, records: &'r [ChangeRecord]) {
        self.out
            .push_str("<section class=\"chapter changes\" data-chapter=\"変更箇所\">\n<table class=\"changes\"><colgroup><col class=\"date\"><col class=\"item\"><col><col><col class=\"timing\"><col class=\"explanation\"></colgroup>\n<thead><tr><th colspan=\"6\">");
        escape(&mut self.out, title);
        self.out.push_str("</th></tr>\n<tr class=\"columns\">");
        for column in CHANGE_COLUMNS {
            self.out.push_str("<th>");
            self.out.push_str(column);
            self.out.push_str("</th>");
        }
        self.out.push_str("</tr></thead>\n<tbody>\n");
        for (i, record) in records.iter().enumerate() {
            self.out.push_str("<tr class=\"change\" data-change=\"");
            push_fmt(&mut self.out, i);
            self.out.push('"');
            if let Some(id) = record.item_id {
                self.out.push_str(" data-item=\"");
                self.out.push_str(id.as_str());
                self.out.push('"');
            }
            self.out.push_str("><td>");
            if let Some(d) = record.date {
                self.out.push_str(&DateOrMonth::Day(d).wareki());
            }
            self.out.push_str("</td><td>");
            self.text(&record.item);
            if let Some(number) = record.item_id.and_then(|id| id.number(form)) {
                self.out.push_str("<span class=\"ref\">");
                escape(&mut self.out, number);
                self.out.push_str("</span>");
            }
            if let Some(note) = record.note.as_deref() {
                self.out.push_str("<span class=\"ref\">");
                self.out.push_str(super::layout::NOTE);
                self.out.push('：');
                escape(&mut self.out, note);
                self.out.push_str("</span>");
            }
            self.out.push_str("</td>");
            self.change_cell(record.before.as_deref());
            self.change_cell(record.after.as_deref());
            self.change_cell(record.timing.map(|t| t.label()));
            self.change_cell(record.explanation.as_deref());
            self.out.push_str("</tr>\n");
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
        escape(&mut out, &text);
        assert_eq!(
            out,
            format!("{}&lt;{}&amp;", "日本".repeat(20), "x".repeat(40))
        );
        let mut out = String::new();
        escape(&mut out, "");
        assert_eq!(out, "");
    }

    #[test]
    fn escapes_the_five_characters() {
        let mut out = String::new();
        escape(&mut out, "<a href='x'>\"&amp;\"</a>日本");
        assert_eq!(
            out,
            "&lt;a href=&#39;x&#39;&gt;&quot;&amp;amp;&quot;&lt;/a&gt;日本"
        );
    }
}
