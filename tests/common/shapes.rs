//! The shapes a published text comes in (issue 44; domain README §12): each rewrites a text as
//! a PDF viewer, an extractor or a document site gives it. Shared by the tests that import texts
//! in every shape (`tests/import_shapes.rs`: the seeds; `tests/import_prints.rs`: the prints of
//! generated reports), included with `#[path = "common/shapes.rs"] mod shapes;`.
//!
//! - **no blank lines**: every line trimmed, the blank ones left out;
//! - **a page a line**: the lines of each page (every [`PAGE_LINES`] lines) run into one line,
//!   one space between them;
//! - **spaced kanji**: a space on each side of every kanji, kana runs whole;
//! - **headers and footers**: each page opened by a running header and closed by `N / M
//!   ページ`;
//! - **page numbers at the top**: each page opened by its number alone on a line (the cover's
//!   too, above a 評価書番号 or where there is none);
//! - **a cell a line**: every tab and every gap of two spaces or more a line break;
//! - **a label and its value on one line**: a line that is only a label joined with the line
//!   after it.

#![allow(dead_code)] // each test uses its part

use mynumber_pia::report::ItemId;

/// Lines of a seed text taken as one page (a page of the seeds' PDF texts holds 40–60).
pub const PAGE_LINES: usize = 45;

/// The running header the shapes print on every page (invented words).
pub const HEADER: &str = "架空市 個人番号事務担当課";

/// A shape: its name and how it rewrites a text.
pub type Reshape = (&'static str, fn(&str) -> String);

/// The shapes, in the order the report prints them.
pub const SHAPES: [Reshape; 8] = [
    ("as published", |t| t.to_owned()),
    ("no blank lines", no_blank_lines),
    ("a page a line", page_a_line),
    ("spaced kanji", spaced_kanji),
    ("headers and footers", headers_and_footers),
    ("page numbers at the top", page_numbers_at_the_top),
    ("a cell a line", cell_a_line),
    ("label and value on one line", label_and_value),
];

/// Every line trimmed, the blank ones left out (as some extractors write a text).
pub fn no_blank_lines(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect()
}

/// The pages of `text`: every [`PAGE_LINES`] lines.
pub fn pages(text: &str) -> Vec<Vec<&str>> {
    let lines: Vec<&str> = text.lines().collect();
    lines.chunks(PAGE_LINES).map(<[&str]>::to_vec).collect()
}

/// Each page's lines (trimmed, blank ones left out) on one line, one space between them.
pub fn page_a_line(text: &str) -> String {
    pages(text)
        .iter()
        .map(|page| {
            page.iter()
                .map(|l| l.trim())
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `c` is a kanji (as the shapes space them).
pub fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々')
}

/// Every kanji with a space on each side (one space where the text has one already).
pub fn spaced_kanji(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for line in text.lines() {
        let mut pending = false;
        for c in line.chars() {
            let blank = c.is_whitespace();
            if is_kanji(c) {
                if out.chars().last().is_some_and(|p| !p.is_whitespace()) {
                    out.push(' ');
                }
                out.push(c);
                pending = true;
                continue;
            }
            if pending && !blank {
                out.push(' ');
            }
            pending = false;
            out.push(c);
        }
        out.push('\n');
    }
    out
}

/// Each page opened by [`HEADER`] and closed by `N / M ページ`.
pub fn headers_and_footers(text: &str) -> String {
    let pages = pages(text);
    let count = pages.len();
    let mut out = String::with_capacity(text.len() + count * 64);
    for (i, page) in pages.iter().enumerate() {
        out.push_str(HEADER);
        out.push('\n');
        for line in page {
            out.push_str(line);
            out.push('\n');
        }
        out.push_str(&format!("{} / {count} ページ\n", i + 1));
    }
    out
}

/// Each page opened by its number alone on a line.
pub fn page_numbers_at_the_top(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4096);
    for (i, page) in pages(text).iter().enumerate() {
        out.push_str(&format!("{}\n", i + 1));
        for line in page {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Every tab, and every gap of two spaces or more inside a line, a line break.
pub fn cell_a_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let lead = line.len() - line.trim_start().len();
        out.push_str(&line[..lead]);
        let mut spaces = 0;
        for c in line[lead..].chars() {
            if c == ' ' {
                spaces += 1;
                continue;
            }
            match spaces {
                0 => {}
                1 => out.push(' '),
                _ => out.push('\n'),
            }
            spaces = 0;
            out.push(if c == '\t' { '\n' } else { c });
        }
        out.push('\n');
    }
    out
}

/// Whether `line` is only a label: a circled number and words without a space, or a label of
/// the cover.
pub fn is_label_line(line: &str) -> bool {
    let t = line.trim();
    let circled = t.chars().next().is_some_and(|c| matches!(c, '①'..='⑳'));
    let cover = [
        ItemId::CoverNumber,
        ItemId::CoverTitle,
        ItemId::CoverBody,
        ItemId::CoverPublishedOn,
    ]
    .iter()
    .any(|id| id.label() == t);
    (circled && !t.contains([' ', '\t']) && t.chars().count() <= 24) || cover
}

/// A line that is only a label joined with the next non-blank line, one space between, unless
/// that line opens another numbered item.
pub fn label_and_value(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        out.push_str(line);
        i += 1;
        if is_label_line(line) {
            let next = (i..lines.len()).find(|&j| !lines[j].trim().is_empty());
            if let Some(j) = next {
                let value = lines[j].trim();
                let numbered = value
                    .chars()
                    .next()
                    .is_some_and(|c| matches!(c, '①'..='⑳' | 'Ⅰ'..='Ⅻ' | '１'..='９'));
                if !numbered && !is_label_line(value) {
                    out.push(' ');
                    out.push_str(value);
                    i = j + 1;
                }
            }
        }
        out.push('\n');
    }
    out
}
