//! The Markdown writer: the same content as the HTML, one line per item.

use super::layout::{Chapter, Line, LineKind, Markup, NOTE, Parts, Section, Sink, change_refs};
use super::{
    document_title, escape_flag, for_each_flagged, form_line, push_fmt, push_number,
    push_section_number,
};
use crate::AssessmentKind;
use crate::form::CHANGE_EMPTY_TEXT;
use crate::label::{is_unsafe_char, push_escaped};
use crate::report::{CHANGE_COLUMNS, ChangeRecord, DateOrMonth, ItemId, Report, Value};

/// The Markdown writer.
pub(super) struct Markdown {
    /// The document so far.
    pub(super) out: String,
    form: AssessmentKind,
}

impl Markdown {
    /// A writer for a report of `form`.
    pub(super) fn new(form: AssessmentKind) -> Self {
        Markdown {
            out: String::with_capacity(1 << 18),
            form,
        }
    }

    /// A list item: `indent` levels of two spaces, the label with its marks (none when the value
    /// prints the label itself), then the value on the same line, or below it when it has
    /// several lines.
    fn item(&mut self, indent: usize, line: &Line<'_, '_>) {
        let (label, value_label) = line.shown_label();
        self.out.extend(std::iter::repeat_n("  ", indent));
        self.out.push_str("- ");
        self.out.push_str(line.mark);
        Markdown::escape(&mut self.out, label);
        Markdown::marks(&mut self.out, line.marks);
        if matches!(line.kind, LineKind::Extra | LineKind::Level) {
            self.out.push_str(crate::form::EXTRA_MARK);
        }
        let after_label = !label.is_empty() || !line.mark.is_empty();
        if let Some(value) = line.value {
            let mut text = String::new();
            <Markdown as Markup>::value(&mut text, value, value_label);
            // A box at the start of an item would be read as a task list.
            if !after_label && text.starts_with('[') {
                self.out.push('\\');
            }
            self.value(indent, after_label, &text);
        }
        self.out.push('\n');
    }

    /// The heading of a block, with the value that names it (its words on one line).
    fn entry(&mut self, line: &Line<'_, '_>) {
        self.blank_line();
        self.out.push_str("#### ");
        self.out.push_str(line.label);
        if let Some(value) = line.value {
            let mut text = String::new();
            <Markdown as Markup>::value(&mut text, value, "");
            if !text.is_empty() {
                self.out.push('　');
                self.out.push_str(&text.replace('\n', "、"));
            }
        }
        self.out.push('\n');
        self.blank_line();
    }

    /// A chapter heading with the anchor the 項目一覧 links to.
    fn heading(&mut self, text: &str, anchor: &str) {
        self.blank_line();
        push_fmt(&mut self.out, format_args!("## <a id=\"{anchor}\"></a>"));
        Markdown::escape(&mut self.out, text);
        self.out.push('\n');
        self.blank_line();
    }

    /// A link of the 項目一覧 to the chapter at `anchor`, as a list item after `indent`.
    fn link(&mut self, indent: &str, anchor: &str, text: &str) {
        push_fmt(&mut self.out, format_args!("{indent}- ["));
        Markdown::escape(&mut self.out, text);
        push_fmt(&mut self.out, format_args!("](#{anchor})\n"));
    }

    /// Ends the output with an empty line (before and after a heading).
    fn blank_line(&mut self) {
        while !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    /// Appends an escaped value: after a label on the same line after `：` (indented below it
    /// when it has several lines), or without a label from the item's first line; each line but
    /// the last ends with a hard break. (Leading white space of a line is not kept: Markdown
    /// would read it as code.)
    fn value(&mut self, indent: usize, after_label: bool, text: &str) {
        if text.is_empty() {
            return;
        }
        if after_label {
            self.out.push('：');
        }
        let lines: Vec<&str> = text.split('\n').collect();
        let several = lines.len() > 1;
        for (i, line) in lines.iter().enumerate() {
            let line = line.trim_start_matches([' ', '\t']);
            if i > 0 || (after_label && several) {
                self.out.push('\n');
                if line.is_empty() {
                    continue;
                }
                self.out.extend(std::iter::repeat_n("  ", indent + 1));
            }
            self.out.push_str(line);
            let next_has_text = lines.get(i + 1).is_some_and(|n| !n.trim().is_empty());
            if next_has_text && !line.is_empty() {
                self.out.push('\\');
            }
        }
    }
}

/// A value as one escaped text (with new lines where the text has them).
impl Markup for Markdown {
    const BOX: [&'static str; 5] = ["", "", " （ ", " ）", ""];
    const MARKS: [&'static str; 3] = [" ※", "", ""];
    const PARTS: fn(Parts) -> [&'static str; 5] = |parts| match parts {
        Parts::Texts | Parts::Columns => ["", "\n", "", "", ""],
        Parts::Boxes | Parts::Inline => ["", "　", "", "", ""],
    };

    /// Appends `text` with every character that Markdown could read as markup escaped: ASCII
    /// punctuation that starts emphasis, links, HTML, code, tables and headings, and at the start
    /// of a line the markers of lists, quotes and setext headings. A character that could move the
    /// cursor or the reading order ([`is_unsafe_char`]: ESC, U+202E, U+2028…) is written as its
    /// visible escape (`\u{1b}`); a line break and a tab are kept (the text's layout).
    fn escape(out: &mut String, text: &str) {
        let bytes = text.as_bytes();
        // `from` is where the text not yet appended starts, always at a character's start.
        let mut from = 0;
        line_start(out, text, &mut from, 0);
        for_each_flagged(
            bytes,
            |b| escape_flag(b, MARKUP_BYTES),
            |at| {
                // The bytes of a character already escaped.
                if at < from {
                    return;
                }
                match bytes.get(at) {
                    Some(b'\n') => line_start(out, text, &mut from, at + 1),
                    Some(b'\t') | None => {}
                    Some(0..=0x1F | 0x7F | 0xC2 | 0xE2) => {
                        let c = text.get(at..).and_then(|t| t.chars().next());
                        let Some(c) = c.filter(|&c| is_unsafe_char(c)) else {
                            return;
                        };
                        out.extend(text.get(from..at));
                        // Writing to a String cannot fail.
                        let _ = push_escaped(out, c);
                        from = at + c.len_utf8();
                    }
                    Some(_) => backslash(out, text, &mut from, at),
                }
            },
        );
        out.extend(text.get(from..));
    }

    /// A text not written leaves the box empty.
    fn text(out: &mut String, text: Option<&str>) {
        Self::escape_written(out, text);
    }

    fn choice(out: &mut String, chosen: Option<&str>, options: &[&str]) {
        out.push_str("[ ");
        Self::escape_written(out, chosen);
        out.push_str(" ]　");
        out.push_str(crate::form::CHOICE_HEADING);
        for (i, option) in options.iter().enumerate() {
            out.push(' ');
            push_number(out, i + 1);
            out.push_str(") ");
            Markdown::escape(out, option);
        }
    }

    /// Dates in the 和暦, several joined with 、.
    fn dates(out: &mut String, value: &Value<'_>) {
        if let Some(text) = value.printed() {
            Markdown::escape(out, &text);
        }
    }
}

/// The ASCII punctuation [`Markdown::escape`] escapes anywhere: with the bytes that may start an
/// unsafe character (the line break among them: the next line's start is looked at), the bytes
/// it looks at ([`escape_flag`]).
const MARKUP_BYTES: &[u8] = b"\\`*_[]<>#|~&!{}";

/// Appends the text from `from` up to the byte at `at` and a backslash before that byte, which is
/// appended next.
fn backslash(out: &mut String, text: &str, from: &mut usize, at: usize) {
    out.extend(text.get(*from..at));
    out.push('\\');
    *from = at;
}

/// Escapes what starts a Markdown block at the start of a line, the byte at `at`: a list, quote
/// or setext marker (`-`, `+`, `=`), or the `.` or `)` after the digits that start it (an
/// ordered list).
fn line_start(out: &mut String, text: &str, from: &mut usize, at: usize) {
    let bytes = text.as_bytes();
    match bytes.get(at) {
        Some(b'-' | b'+' | b'=') => backslash(out, text, from, at),
        Some(b'0'..=b'9') => {
            let digits = bytes.get(at..).map_or(0, |rest| {
                rest.iter().take_while(|b| b.is_ascii_digit()).count()
            });
            if let Some(b'.' | b')') = bytes.get(at + digits) {
                backslash(out, text, from, at + digits);
            }
        }
        _ => {}
    }
}

/// A table cell on one line: escaped, pipes escaped, new lines (`\n`, `\r\n`) as `<br>`.
fn cell(out: &mut String, text: Option<&str>) {
    out.push(' ');
    // A text not written is the empty cell.
    if let Some(text) = text {
        let mut escaped = String::with_capacity(text.len());
        Markdown::escape(&mut escaped, &text.trim().replace("\r\n", "\n"));
        out.push_str(&escaped.replace('\n', "<br>"));
    }
    out.push_str(" |");
}

impl<'r> Sink<'r> for Markdown {
    fn begin(&mut self, _report: &'r Report) {
        push_fmt(
            &mut self.out,
            format_args!("# {}\n", document_title(self.form)),
        );
    }

    fn cover(&mut self, lines: &[Line<'_, 'r>]) {
        for line in lines.iter().filter(|l| l.id == ItemId::CoverFormVersion) {
            // The crate's own text (an edition in the 和暦, a number): no markup to escape.
            self.out.push('\n');
            self.out.push_str(&form_line(self.form, line.value));
            self.out.push('\n');
        }
        self.out.push('\n');
        for line in lines.iter().filter(|l| l.id != ItemId::CoverFormVersion) {
            self.item(0, line);
        }
    }

    fn contents(&mut self, entries: &[Chapter]) {
        self.blank_line();
        self.out.push_str("## 項目一覧\n\n");
        for entry in entries {
            self.link("", &entry.anchor, &entry.text);
            if entry.files.len() > 1 {
                for (anchor, text) in &entry.files {
                    self.link("  ", anchor, text);
                }
            }
        }
    }

    fn chapter(&mut self, c: &Chapter, _file: Option<usize>, anchor: &str) {
        self.heading(&c.text, anchor);
    }

    fn section(&mut self, section: &Section<'_, 'r>) {
        self.blank_line();
        self.out.push_str("### ");
        push_section_number(&mut self.out, section.number);
        Markdown::escape_written(&mut self.out, section.text);
        Markdown::marks(&mut self.out, section.marks);
        self.out.push('\n');
        self.blank_line();
        if let Some(line) = &section.line {
            if line.value.is_some_and(|v| !v.is_blank()) {
                // The heading is the item's label: the value alone.
                self.item(0, &Line { label: "", ..*line });
            }
        }
    }

    fn line(&mut self, line: &Line<'_, 'r>) {
        match line.kind {
            LineKind::Entry => self.entry(line),
            // A note is no item of the form: its label in parentheses.
            LineKind::Note => {
                let label = &format!("（{NOTE}）");
                self.item(usize::from(line.depth), &Line { label, ..*line });
            }
            _ => self.item(usize::from(line.depth), line),
        }
    }

    fn changes(&mut self, title: &str, records: &'r [ChangeRecord], anchor: &str) {
        self.heading(title, anchor);
        self.out.push('|');
        for column in CHANGE_COLUMNS {
            cell(&mut self.out, Some(column));
        }
        self.out.push_str("\n|");
        self.out.push_str(&" --- |".repeat(CHANGE_COLUMNS.len()));
        self.out.push('\n');
        for record in records {
            self.out.push('|');
            let date = record.date.map(|d| DateOrMonth::Day(d).wareki());
            cell(&mut self.out, date.as_deref());
            let refs: String = change_refs(record, self.form)
                .map(|text| format!("\n（{text}）"))
                .collect();
            cell(&mut self.out, Some(&format!("{}{refs}", record.item)));
            // A text not written is printed as the form's dash.
            let empty = Some(CHANGE_EMPTY_TEXT);
            cell(&mut self.out, record.before.as_deref().or(empty));
            cell(&mut self.out, record.after.as_deref().or(empty));
            cell(&mut self.out, record.timing.map(|t| t.label()));
            cell(&mut self.out, record.explanation.as_deref());
            self.out.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        let mut out = String::new();
        Markdown::escape(
            &mut out,
            "<script>alert(1)</script> a|b *x* [y](z)\n1. one\n- two\n1) three",
        );
        assert_eq!(
            out,
            "\\<script\\>alert(1)\\</script\\> a\\|b \\*x\\* \\[y\\](z)\n1\\. one\n\\- two\n1\\) three"
        );
    }

    #[test]
    fn shows_controls_as_escapes_and_keeps_line_breaks() {
        let mut out = String::new();
        Markdown::escape(&mut out, "x\u{1b}1.\n\u{85}- y\u{2028}\r\n\t-z\n12) w");
        assert_eq!(out, "x\\u{1b}1.\n\\u{85}- y\\u{2028}\\r\n\t-z\n12\\) w");
    }

    /// The escape character by character, as it was written before [`for_each_flagged`].
    fn escaped_by_chars(text: &str) -> String {
        let mut out = String::new();
        let (mut from, mut line_start, mut number) = (0, true, false);
        for (at, c) in text.char_indices() {
            let markup = match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!'
                | '{' | '}' => true,
                '-' | '+' | '=' => line_start,
                '.' | ')' => number,
                _ => false,
            };
            let shown = !matches!(c, '\n' | '\t') && is_unsafe_char(c);
            if markup || shown {
                out.push_str(&text[from..at]);
                if shown {
                    push_escaped(&mut out, c).unwrap();
                    from = at + c.len_utf8();
                } else {
                    out.push('\\');
                    from = at;
                }
            }
            number = c.is_ascii_digit() && (line_start || number);
            line_start = c == '\n';
        }
        out.push_str(&text[from..]);
        out
    }

    #[test]
    fn escapes_as_character_by_character() {
        let pieces = [
            "日本",
            "a",
            "1",
            "12",
            ".",
            ")",
            "-",
            "+",
            "=",
            "\n",
            "\r\n",
            "\t",
            "*",
            "|",
            "\\",
            "\u{1b}",
            "\u{85}",
            "\u{202e}",
            "\u{2028}",
            "①",
            "※",
            "°",
            " ",
            "#",
            "!",
            "x".repeat(20).leak(),
        ];
        // Every text of up to three pieces, and longer ones across blocks.
        let mut texts = vec![String::new()];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    texts.push(format!("{a}{b}{c}"));
                    texts.push(format!("{}{a}{b}{c}", "あ".repeat(5)));
                }
            }
        }
        for text in texts {
            let mut out = String::new();
            Markdown::escape(&mut out, &text);
            assert_eq!(out, escaped_by_chars(&text), "{text:?}");
        }
    }

    #[test]
    fn cells_keep_one_line() {
        let mut out = String::new();
        cell(&mut out, Some("a|b\nc"));
        cell(&mut out, None);
        assert_eq!(out, " a\\|b<br>c |  |");
    }
}
