//! The seeds in every shape a published text comes in (issue 44's shapes): each seed text is
//! rewritten as a PDF viewer, an extractor or a document site gives a text, imported, and
//! scored against the seed's transcription as `tests/import_seeds.rs` scores the seed itself
//! (the facts are those of the seed's own text). The shapes (domain README §12):
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
//!
//! The floors in [`FLOORS`] are what this version reaches (a drop below them is a regression);
//! the aim (issue 44) is ≥ 0.9 of the seed's own recall and precision ≥ 0.98 in every shape.
//!
//! The seed texts are not in the repository: the tests read them from the folder `PIA_SEEDS`
//! names, and say they were skipped where it is not there.

#[path = "common/score.rs"]
mod score;
#[path = "common/seeds.rs"]
mod seeds;

use mynumber_pia::import::import;
use mynumber_pia::report::ItemId;

/// Lines of a seed text taken as one page (a page of the seeds' PDF texts holds 40–60).
const PAGE_LINES: usize = 45;

/// The running header the shapes print on every page (invented words).
const HEADER: &str = "架空市 個人番号事務担当課";

/// The seeds that are whole reports, their transcriptions, and the lists their texts print
/// beyond reading (as tests/import_seeds.rs).
const SEEDS: [(&str, &str, &[&str]); 4] = [
    (
        "000",
        include_str!("fixtures/seed-000-edogawa-full.json"),
        &[],
    ),
    (
        "002",
        include_str!("fixtures/seed-002-kawaguchi-focused.json"),
        &[],
    ),
    (
        "003",
        include_str!("fixtures/seed-003-kumagaya-basic.json"),
        &[],
    ),
    (
        "004",
        include_str!("fixtures/seed-004-matsudo-focused.json"),
        &[
            "/files/0/main_record_items/",
            "/systems/1/connections/",
            "/systems/3/connections/",
        ],
    ),
];

/// A shape: its name and how it rewrites a text.
type Reshape = (&'static str, fn(&str) -> String);

/// The shapes, in the order the report prints them.
const SHAPES: [Reshape; 8] = [
    ("as published", |t| t.to_owned()),
    ("no blank lines", no_blank_lines),
    ("a page a line", page_a_line),
    ("spaced kanji", spaced_kanji),
    ("headers and footers", headers_and_footers),
    ("page numbers at the top", page_numbers_at_the_top),
    ("a cell a line", cell_a_line),
    ("label and value on one line", label_and_value),
];

/// The floors of each seed in each shape (recall, precision), in [`SHAPES`] order: what this
/// version reaches, measured with `cargo test --all-features --test import_shapes --
/// --nocapture`. Below the aim: the shapes without blank lines (no blank lines, a page a line:
/// the reader after the shape stage ends a cell at a blank line, and without them runs cells
/// together and fills wrong values), spaced kanji of 003 and 004 (a space between two cells of
/// kanji is lost with the spacing: `令和2年4月1日時点 令和3年4月1日時点 事後` comes back run
/// together), a cell a line of 002 (Markdown's tab rows), and a label and its value on one line
/// of 003. Issue 44's later stages (locate, rules) are to lift them.
const FLOORS: [(&str, [(f64, f64); 8]); 4] = [
    (
        "000",
        [
            (0.9, 0.99),
            (0.3, 0.86),
            (0.08, 0.57),
            (0.83, 0.99),
            (0.9, 0.99),
            (0.9, 0.99),
            (0.9, 0.99),
            (0.86, 0.99),
        ],
    ),
    (
        "002",
        [
            (0.98, 0.99),
            (0.98, 0.99),
            (0.0, 0.0),
            (0.98, 0.99),
            (0.98, 0.99),
            (0.98, 0.99),
            (0.32, 0.98),
            (0.98, 0.99),
        ],
    ),
    (
        "003",
        [
            (0.93, 0.985),
            (0.23, 0.95),
            (0.11, 0.91),
            (0.61, 0.97),
            (0.93, 0.985),
            (0.93, 0.985),
            (0.93, 0.985),
            (0.74, 0.83),
        ],
    ),
    (
        "004",
        [
            (0.78, 0.99),
            (0.43, 0.71),
            // 0.80 on the shape stage's own branch; 0.737 merged with the reading of circled
            // labels through the form (issue 43/44): three more values a page run together mixes
            // up (a department with the next heading, a 法令上の根拠 with the next item).
            (0.21, 0.73),
            (0.61, 0.97),
            (0.78, 0.99),
            (0.77, 0.99),
            (0.78, 0.99),
            (0.72, 0.99),
        ],
    ),
];

/// Every line trimmed, the blank ones left out (as some extractors write a text).
fn no_blank_lines(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect()
}

/// The pages of `text`: every [`PAGE_LINES`] lines.
fn pages(text: &str) -> Vec<Vec<&str>> {
    let lines: Vec<&str> = text.lines().collect();
    lines.chunks(PAGE_LINES).map(<[&str]>::to_vec).collect()
}

/// Each page's lines (trimmed, blank ones left out) on one line, one space between them.
fn page_a_line(text: &str) -> String {
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
fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々')
}

/// Every kanji with a space on each side (one space where the text has one already).
fn spaced_kanji(text: &str) -> String {
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
fn headers_and_footers(text: &str) -> String {
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
fn page_numbers_at_the_top(text: &str) -> String {
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
fn cell_a_line(text: &str) -> String {
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
fn is_label_line(line: &str) -> bool {
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
fn label_and_value(text: &str) -> String {
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

#[test]
fn every_seed_in_every_shape_keeps_its_facts() {
    let Some(dir) = seeds::dir() else {
        eprintln!("skipped: no seed texts (set PIA_SEEDS to the folder of the published texts)");
        return;
    };
    let mut failures = Vec::new();
    for (&(seed, fixture, unreadable), (_, floors)) in SEEDS.iter().zip(FLOORS) {
        let text = seeds::text(&dir, seed).unwrap_or_else(|| panic!("seed {seed} missing"));
        let mut own = None;
        for (&(name, reshape), (min_recall, min_precision)) in SHAPES.iter().zip(floors) {
            let shaped = reshape(&text);
            let Ok(draft) = import(&shaped) else {
                failures.push(format!("seed {seed}, {name}: refused"));
                continue;
            };
            let s = score::score(fixture, &text, &shaped, &draft, unreadable);
            let own_recall = *own.get_or_insert(s.recall());
            println!(
                "seed {seed}, {name:<28}: recall {:.3} ({}/{}, {:.2} of the seed's), precision {:.3} ({}/{}), furniture {}",
                s.recall(),
                s.found,
                s.facts,
                s.recall() / own_recall.max(f64::EPSILON),
                s.precision(),
                s.right,
                s.filled,
                draft.trace.furniture.len(),
            );
            if s.recall() < min_recall || s.precision() < min_precision {
                failures.push(format!(
                    "seed {seed}, {name}: recall {:.3} (floor {min_recall}), precision {:.3} (floor {min_precision})",
                    s.recall(),
                    s.precision()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_shapes_rewrite_as_documented() {
    assert_eq!(spaced_kanji("令和6年 かな\n"), "令 和 6 年 かな\n");
    assert_eq!(cell_a_line("一\t二  三 四\n"), "一\n二\n三 四\n");
    assert_eq!(
        label_and_value("①事務の名称\n\n架空事務\n②事務の内容\n③対象人数\n"),
        "①事務の名称 架空事務\n②事務の内容\n③対象人数\n"
    );
    let text = (1..=50).map(|n| format!("行{n}\n")).collect::<String>();
    assert_eq!(page_a_line(&text).lines().count(), 2);
    assert!(headers_and_footers(&text).contains("2 / 2 ページ"));
    assert!(page_numbers_at_the_top(&text).starts_with("1\n行1\n"));
}
