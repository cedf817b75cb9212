//! Any 評価書 as the form: a standalone HTML document in the layout of the 様式 (令和6年10月), or
//! the same content as Markdown.
//!
//! **From [`crate::form`]** it takes the chapters and their order, the chapter and section
//! headings, the item table's labels and numbers, the box orders, the ＜選択肢＞ heading, and the
//! labels and items of the report's own revision ([`crate::form::printed_label`]: a 平成26年4月
//! cover prints 「特定個人情報保護委員会　承認日」, its 担当部署 「②所属長」;
//! [`crate::form::in_revision`]: its 基礎項目評価書 has no Ⅳ リスク対策, unless the report holds a
//! value there).
//!
//! [`to_html`] writes one HTML5 document (inline CSS, no script, no external resource) for A4
//! paper: the cover (評価書番号, 評価書名, 宣言, 特記事項, 評価実施機関名, 公表日, 様式), then
//! every chapter of the form in the order of its 項目一覧, each a two-column table of labels and
//! values whose chapter title repeats on every printed page, a page break before each chapter;
//! the 別添 and the 変更箇所 with its six columns. [`to_markdown`] writes the same content for
//! terminals, reviews and diffs, one line per item and the 変更箇所 as a table.
//!
//! What the renderer prints comes from the item table ([`ItemId`]): every item's number, label
//! and ※ mark, and where its value is in the [`Report`]. The renderer keeps only what the table
//! does not hold: the order of the chapters and the headings that are not items (the chapter
//! titles, 「１．特定個人情報ファイルを取り扱う事務」…), exact as the forms print them. So a
//! label is never written twice, and an item added to the table is rendered with it.
//!
//! As the forms show them:
//! - a ＜選択肢＞ item prints the chosen option in brackets (`[ 30万人以上 ]`) beside the numbered
//!   list of every option, the chosen one marked;
//! - a checkbox list prints every box of its list, `[ ○ ]` checked and `[ ]` not, with the text
//!   of その他（ ）;
//! - systems, 委託事項, 提供先 and 移転先 are numbered blocks (システム1, 委託事項2…); the 再委託
//!   chain the model keeps beyond the form (再委託, 再々委託…) is nested under its 委託事項;
//! - a list the report leaves empty prints one empty block, and an empty item an empty cell, as
//!   the form leaves them;
//! - dates are 和暦 (`令和6年12月6日`), legal bases their original text.
//!
//! Every text is escaped: a name `<script>` is shown as text, never run.
//!
//! The layout is written with plain [`std::fmt::Write`] writers and small helpers rather than a
//! template crate: the form's structure is data (the item table), so a template would hold
//! little but the loops that walk it, and the writers keep the crate free of a template engine's
//! dependencies and build time.
//!
//! ```
//! use mynumber_pia::render;
//! use mynumber_pia::samples::Sample;
//!
//! let report = Sample::KawaguchiFocused.load()?;
//! let html = render::to_html(&report);
//! assert!(html.starts_with("<!DOCTYPE html>"));
//! assert!(html.contains("Ⅱ4⑦") || html.contains("data-number=\"Ⅱ4④\""));
//! let md = render::to_markdown(&report);
//! assert!(md.starts_with("# 特定個人情報保護評価書（重点項目評価書）"));
//! # Ok::<(), mynumber_pia::LoadError>(())
//! ```
//!
//! [`ItemId`]: crate::report::ItemId

mod html;
mod layout;
mod markdown;
mod review;

use std::fmt;

use crate::Report;

/// The report as one standalone HTML5 document in the layout of its form (様式2, 3 or 4).
///
/// The document has inline CSS, no script and no external resource; it prints on A4 with a
/// page break before each chapter and each chapter's title repeated on every page. Each item's
/// line carries its ID and number (`data-item="file.entrustment.re_entrustment"`,
/// `data-number="Ⅱ4⑦"`) for tools that read the document.
///
/// ```
/// use mynumber_pia::render::to_html;
/// use mynumber_pia::report::ReportBuilder;
/// use mynumber_pia::AssessmentKind;
///
/// let mut report = ReportBuilder::new(AssessmentKind::Basic, "国民健康保険に関する事務").build();
/// report.cover.body = Some("<script>alert(1)</script>".to_owned());
/// let html = to_html(&report);
/// assert!(html.starts_with("<!DOCTYPE html>"));
/// assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
/// assert!(!html.contains("<script"));
/// ```
#[doc(alias = "様式")]
#[doc(alias = "評価書の表示")]
#[must_use]
pub fn to_html(report: &Report) -> String {
    let mut sink = html::Html::new(report.form());
    layout::walk(report, &mut sink);
    sink.out
}

/// The report as Markdown: the same content as [`to_html`], one line per item, the 変更箇所 as
/// a table with one row per change.
///
/// ```
/// use mynumber_pia::render::to_markdown;
/// use mynumber_pia::samples::Sample;
///
/// let md = to_markdown(&Sample::KumagayaBasic.load()?);
/// assert!(md.starts_with("# 特定個人情報保護評価書（基礎項目評価書）"));
/// assert!(md.contains("| 変更日 | 項目 | 変更前の記載 | 変更後の記載 | 提出時期 | 提出時期に係る説明 |"));
/// # Ok::<(), mynumber_pia::LoadError>(())
/// ```
#[doc(alias = "マークダウン")]
#[must_use]
pub fn to_markdown(report: &Report) -> String {
    let mut sink = markdown::Markdown::new(report.form());
    layout::walk(report, &mut sink);
    sink.out
}

/// The review page of an imported draft: one standalone HTML document for the person who
/// confirms it, built from the draft's `report`, its `trace`, its `warnings` and the `text` the
/// import read (the text given to [`import`](crate::import::import); for a PDF, the text
/// [`pdf_text`](crate::import) gave), whose lines the trace numbers.
///
/// At the top, a summary: the form and its revision, the 評価実施機関 and 評価書名, the values
/// read and how many were inferred, the unread lines and characters
/// ([`Trace::unread_chars`](crate::import::Trace::unread_chars)), the page furniture taken off,
/// every warning with its code, and every unread range with its reason. Then the draft in the
/// form's layout, as [`to_html`] writes it, with a link beside each value's label to its source
/// lines (`12–14行`; `推定 12行` and a yellow bar for a value the import inferred). Then the text
/// read, line by line with anchors (`#L12`): the lines each value came from marked and linked
/// back to the value, each unread range headed by its reason's code and message at its place,
/// each line of page furniture struck through as taken off. Every text of the report, the trace
/// and the input is escaped as [`to_html`] escapes it; the page has no script.
///
/// ```
/// use mynumber_pia::import::import;
/// use mynumber_pia::render::{review_html, to_markdown};
/// use mynumber_pia::samples::Sample;
///
/// let text = to_markdown(&Sample::KawaguchiFocused.load()?);
/// let draft = import(&text)?;
/// let page = review_html(&draft.report, &draft.trace, &draft.warnings, &text);
/// assert!(page.starts_with("<!DOCTYPE html>"));
/// assert!(page.contains("取込みの確認"));
/// assert!(page.contains("id=\"L1\""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "確認ページ")]
#[must_use]
pub fn review_html(
    report: &Report,
    trace: &crate::import::Trace,
    warnings: &[crate::import::Warning],
    text: &str,
) -> String {
    review::page(report, trace, warnings, text)
}

/// Appends `value` to `out`.
fn push_fmt(out: &mut String, value: impl fmt::Display) {
    use fmt::Write as _;
    // Writing to a String cannot fail: its `write_str` always returns `Ok`.
    let _ = write!(out, "{value}");
}

/// Not zero when `byte` is one of `set` or may start a character that both escapers show as its
/// visible escape: a C0 control, DEL, or the lead byte of a C1 control (0xC2) or of a bidi control
/// or separator (0xE2, U+2000–U+2FFF); the flag of a byte for [`for_each_flagged`]. Written
/// without a branch (a saturating subtraction for the C0 controls, a whole-byte mask for each
/// comparison; `| 0x20` makes 0xC2 and 0xE2 one comparison), so that the compiler vectorises a
/// block of them.
fn escape_flag(byte: u8, set: &[u8]) -> u8 {
    let mask = |hit: bool| 0u8.wrapping_sub(u8::from(hit));
    set.iter().fold(
        0x20u8.saturating_sub(byte) | mask(byte == 0x7F) | mask((byte | 0x20) == 0xE2),
        |flag, &b| flag | mask(byte == b),
    )
}

/// The bytes [`for_each_flagged`] tests at a time.
const FLAG_BLOCK: usize = 16;

/// Calls `visit` with the place of every byte of `bytes` whose `flag` is not zero, in order: how
/// both renderers' escapers find the few bytes of a text they must look at. The flags of a block
/// of 16 bytes are computed at once (each `flag` is written without a branch, so the compiler
/// vectorises them) and the bytes flagged are found by `trailing_zeros`: a block with none costs a
/// few instructions, one with some is not read again byte by byte. The last block, shorter, is
/// padded with spaces, which neither escaper flags. Callgrind, the 全項目 sample
/// (`benches/render.rs`): the HTML escaper takes 0.9 M instructions so, 1.3 M when a block that
/// held a flagged byte was tested again byte by byte (a report's text has many: line breaks, and
/// 0xE2 leads ①, Ⅱ, ※, ―), 1.0 M at b9c3389, which escaped only the five bytes HTML escapes; the
/// Markdown escaper 1.4 M, 4.2 M when it decoded every character (b9c3389, which read
/// every byte: 3.8 M).
#[inline(always)]
fn for_each_flagged(bytes: &[u8], flag: impl Fn(u8) -> u8, mut visit: impl FnMut(usize)) {
    let mut start = 0;
    while start < bytes.len() {
        let rest = bytes.get(start..).unwrap_or_default();
        let block = rest
            .first_chunk::<FLAG_BLOCK>()
            .copied()
            .unwrap_or_else(|| {
                let mut padded = [b' '; FLAG_BLOCK];
                padded.iter_mut().zip(rest).for_each(|(p, &b)| *p = b);
                padded
            });
        let mut flags = [0; FLAG_BLOCK];
        for (f, &byte) in flags.iter_mut().zip(&block) {
            *f = flag(byte);
        }
        // Byte `k` of the block is byte `k` of the number, from the least significant.
        let mut flags = u128::from_le_bytes(flags);
        while flags != 0 {
            let k = flags.trailing_zeros() / 8;
            visit(start + k as usize);
            flags &= !(0xFF << (8 * k));
        }
        start += FLAG_BLOCK;
    }
}

/// Appends `n` in decimal, as `push_fmt` would, a digit at a time: the renderers write a number
/// into many rows (a choice's options, a row's depth, a change's row), and `write!` took some
/// 150 instructions a number (callgrind, `benches/render.rs`).
fn push_number(out: &mut String, n: usize) {
    if n >= 10 {
        push_number(out, n / 10);
    }
    // n % 10 < 10: one digit.
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// The 様式 line of the cover, which the page header of the HTML repeats: the edition of the
/// form (the value of 様式, [`ItemId::CoverFormVersion`](crate::report::ItemId)) and its number,
/// `[令和6年10月　様式4]`; `[様式4]`, without a blank, when the report does not say which edition
/// it follows.
fn form_line(form: crate::AssessmentKind, edition: Option<&crate::report::Value<'_>>) -> String {
    let mut line = String::from("[");
    if let Some(printed) = edition.and_then(crate::report::Value::printed) {
        line.extend(Some(printed));
        line.push('　');
    }
    line.push_str(crate::report::ItemId::CoverFormVersion.label());
    push_fmt(&mut line, form.form_number());
    line.push(']');
    line
}

/// The title of a report of `form`, as its cover prints it: `特定個人情報保護評価書（全項目評価書）`.
fn document_title(form: crate::AssessmentKind) -> String {
    format!("特定個人情報保護評価書（{}）", form.document_name())
}

/// Appends the number of a section as the forms print it: full-width below 10 (`１．`),
/// half-width from 10 (`10．`).
fn push_section_number(out: &mut String, n: u32) {
    crate::report::location::push_numbered(out, &n.to_string());
    out.push('．');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Value;

    #[test]
    fn every_flagged_byte_is_visited_once_in_order() {
        let flag = |b: u8| u8::from(b == b'x');
        for len in 0..=3 * FLAG_BLOCK + 1 {
            for k in 0..len {
                let mut bytes = vec![b'a'; len];
                if let Some(b) = bytes.get_mut(k) {
                    *b = b'x';
                }
                if let Some(last) = bytes.last_mut() {
                    *last = b'x';
                }
                let mut seen = Vec::new();
                for_each_flagged(&bytes, flag, |at| seen.push(at));
                let mut expected = vec![k, len - 1];
                expected.dedup();
                assert_eq!(seen, expected, "{len} bytes, x at {k}");
            }
        }
    }

    #[test]
    fn numbers_are_written_as_write_writes_them() {
        for n in [0, 7, 10, 99, 100, 12_345, usize::MAX] {
            let mut out = String::new();
            push_number(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn section_numbers_are_full_width_below_ten() {
        for (n, want) in [(1, "１．"), (9, "９．"), (10, "10．"), (11, "11．")] {
            let mut out = String::new();
            push_section_number(&mut out, n);
            assert_eq!(out, want);
        }
    }

    /// The texts a value must show: every text, chosen label, checked box and その他 text, date
    /// and number it holds.
    fn leaves(value: &Value<'_>, out: &mut Vec<String>) {
        match value {
            Value::Text(Some(text)) => out.push((*text).to_owned()),
            Value::Texts(texts) => out.extend(texts.iter().map(str::to_owned)),
            Value::Choice {
                chosen: Some(chosen),
                ..
            } => out.push((*chosen).to_owned()),
            Value::Label(Some(label)) => out.push(label.clone()),
            Value::Checks { checked, other, .. } => {
                out.extend(checked.iter().map(|c| format!("[ ○ ] {c}")));
                out.extend(other.map(str::to_owned));
            }
            Value::Sources { checked, .. } => {
                for (label, detail) in checked {
                    out.push(format!("[ ○ ] {label}"));
                    out.extend(detail.map(str::to_owned));
                }
            }
            Value::Basis(Some(basis)) => out.push(basis.as_str().to_owned()),
            Value::Group(parts) => parts.iter().for_each(|(_, v)| leaves(v, out)),
            Value::List(items) => items.iter().for_each(|v| leaves(v, out)),
            Value::Flag(true) => out.push("[ ○ ]".to_owned()),
            other => out.extend(other.printed()),
        }
    }

    #[test]
    fn every_value_the_item_table_reaches_is_shown() {
        use crate::report::{ItemId, visit};
        use crate::{AssessmentKind, Choice, Sample};

        let mut reports: Vec<Report> = Sample::ALL
            .iter()
            .map(|s| s.load().expect("a sample loads"))
            .collect();
        reports.extend(AssessmentKind::ALL.iter().map(|&f| Report::example(f)));
        for report in &reports {
            let html = to_html(report);
            let doc = scraper::Html::parse_document(&html);
            // The text shown, without the labels of the rows that continue a long text (nor
            // the line breaks between rows).
            let shown: String = doc
                .root_element()
                .descendants()
                .filter(|node| {
                    node.parent()
                        .and_then(scraper::ElementRef::wrap)
                        .is_none_or(|p| p.value().name() != "tbody")
                })
                .filter(|node| {
                    !node.ancestors().any(|a| {
                        scraper::ElementRef::wrap(a).is_some_and(|e| {
                            e.value().name() == "th"
                                && a.parent().and_then(scraper::ElementRef::wrap).is_some_and(
                                    |tr| tr.value().classes().any(|c| c == "continued"),
                                )
                        })
                    })
                })
                .filter_map(|node| node.value().as_text().map(|t| t.to_string()))
                .collect();
            let md_plain: String = to_markdown(report)
                .chars()
                .filter(|c| c.is_alphanumeric() && !c.is_ascii())
                .collect();
            for &id in ItemId::ALL {
                let mut texts = Vec::new();
                visit(report, id, &mut |_, field| {
                    leaves(&field.value(), &mut texts)
                });
                for text in texts.iter().filter(|t| !t.trim().is_empty()) {
                    assert!(
                        shown.contains(text.as_str()),
                        "{id}: «{text}» not in the HTML"
                    );
                    // Markdown escapes and folds lines: its first words are there.
                    let head: String = text
                        .lines()
                        .next()
                        .expect("a text that is not blank has a first line")
                        .chars()
                        .filter(|c| c.is_alphanumeric() && !c.is_ascii())
                        .take(8)
                        .collect();
                    assert!(
                        md_plain.contains(&head),
                        "{id}: «{head}» not in the Markdown"
                    );
                }
            }
        }
    }

    #[test]
    fn boxes_are_marked_with_a_circle() {
        use layout::Markup;
        let mut out = String::new();
        markdown::Markdown::boxed(&mut out, true, "委託する");
        markdown::Markdown::boxed(&mut out, false, "委託しない");
        assert_eq!(out, "[ ○ ] 委託する[ ] 委託しない");
    }
}
