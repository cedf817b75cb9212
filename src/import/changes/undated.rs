//! The 変更箇所 of a PDF text that printed its 変更日 as a column of their own, apart from the
//! rows (the dates stand one above the other, the rows' other cells elsewhere and out of
//! order): no date can be tied to a row, so the rows are read without one (`date: None`, the
//! date lines listed as unread), and only where the structure decides them: a 項目 cell (it
//! starts with a chapter numeral, `Ⅱ-３…`, and may wrap over a few lines) followed by
//!
//! - one line holding the 変更前 and 変更後 (one word each, parted by a half-width space), the
//!   提出時期 and its 説明 (`①旧い課 ①新しい課 事後 組織改正`); or the two texts alone when
//!   both start with the same item number (`①旧い課 ①新しい課`: one sub-item before and after);
//! - or three cells: the 変更前, the 変更後 and one that starts with the 提出時期, whose rest is
//!   its 説明; the first two may stand in one cell when it holds a one-line 変更前 and a
//!   paragraph that starts where its first word would have fitted on that line (the 変更後:
//!   see [`paragraph_starts`]).
//!
//! Anything else (more texts than the two columns, a 提出時期 with no texts before it) leaves its
//! lines unread: a cell is left empty rather than guessed. The rows are marked inferred.

use super::{Piece, SCRAMBLED, date_only, full_width, paragraph_starts, parts_cells};
use crate::import::{Confidence, Trace, TracedValue, text, walk};
use crate::report::{ChangeRecord, Report, SubmissionTiming};

/// Why a 変更日 of a column printed apart from its rows is left unread.
const APART: &str = "変更日を行に結び付けられない";

/// The cells of a row below its 項目.
#[derive(Debug, Default)]
struct Cells {
    before: Option<String>,
    after: Option<String>,
    timing: Option<SubmissionTiming>,
    explanation: Option<String>,
}

/// Reads the 変更箇所 from line `from` (the table's heading on line `start`) into dateless rows
/// (see the module docs).
pub(super) fn read_undated(
    lines: &[text::Line],
    (from, start): (usize, usize),
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, &'static str)>,
) {
    // Cells: runs of non-blank lines; a page's number is no cell.
    let mut runs: Vec<Vec<Piece<'_>>> = Vec::new();
    let mut run: Vec<Piece<'_>> = Vec::new();
    for line in lines
        .iter()
        .filter(|l| l.no >= from.min(start) && !walk::is_page_number(&l.text))
    {
        if parts_cells(line, start) {
            if !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
        } else {
            run.push((line.no, line.text.trim()));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    let full = full_width(&runs);
    let mut i = 0;
    while let Some(run) = runs.get(i) {
        let below = runs.get(i + 1..).unwrap_or_default();
        let Some((cells, used)) = is_item(run).then(|| row_below(below, full)).flatten() else {
            let reason = match run.as_slice() {
                [(_, l)] if date_only(l).is_some() => APART,
                _ => SCRAMBLED,
            };
            unread.extend(run.iter().map(|(no, _)| (*no, reason)));
            i += 1;
            continue;
        };
        let first = run.first().map_or(0, |(no, _)| *no);
        let last = below
            .get(..used)
            .and_then(|b| b.last()?.last())
            .map_or(first, |(no, _)| *no);
        let mut record = ChangeRecord::new(text_of(run));
        record.before = cells.before;
        record.after = cells.after;
        record.timing = cells.timing;
        record.explanation = cells.explanation;
        let index = report.changes.len();
        report.changes.push(record);
        trace.values.push(TracedValue {
            pointer: format!("/changes/{index}"),
            lines: [first, last],
            confidence: Confidence::Inferred,
        });
        i += 1 + used;
    }
}

/// The cell's lines joined with line breaks.
fn text_of(cell: &[Piece<'_>]) -> String {
    cell.iter().map(|(_, l)| *l).collect::<Vec<_>>().join("\n")
}

/// The words of a line parted by half-width spaces, each with its byte offset.
fn words(line: &str) -> Vec<(usize, &str)> {
    line.split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect()
}

fn is_timing(word: &str) -> bool {
    word.parse::<SubmissionTiming>().is_ok()
}

/// A 項目 cell: at most three lines, the first starting with a chapter numeral (`Ⅰ`–`Ⅹ`), no
/// date and no 提出時期 among its words (`Ⅲ　リスク対策を記載 事後` is a 変更後 and its 提出時期).
fn is_item(run: &[Piece<'_>]) -> bool {
    let chapter = run
        .first()
        .and_then(|(_, l)| l.chars().next())
        .is_some_and(|c| ('Ⅰ'..='Ⅹ').contains(&c));
    chapter
        && run.len() <= 3
        && run
            .iter()
            .all(|(_, l)| date_only(l).is_none() && !words(l).iter().any(|(_, w)| is_timing(w)))
}

/// A cell that can only be a 変更前 or 変更後 text: no date alone, no line starting or ending
/// with a 提出時期, nothing that starts like a 項目, no column heading.
fn is_text(run: &[Piece<'_>]) -> bool {
    let heading = |l: &str| {
        let s = crate::report::fill::squeeze(l);
        crate::render::CHANGE_COLUMNS.contains(&s.as_str())
    };
    !run.is_empty()
        && !is_item_like(run)
        && run.iter().all(|(_, l)| {
            let w = words(l);
            date_only(l).is_none()
                && !heading(l)
                && !w.first().is_some_and(|(_, f)| is_timing(f))
                && !w.last().is_some_and(|(_, f)| is_timing(f))
        })
}

/// Whether a cell starts with a chapter numeral, as a 項目 does.
fn is_item_like(run: &[Piece<'_>]) -> bool {
    run.first()
        .and_then(|(_, l)| l.chars().next())
        .is_some_and(|c| ('Ⅰ'..='Ⅹ').contains(&c))
}

/// The cells of the row whose 項目 stands right above `below`, and how many cells of `below`
/// they take (see the module docs); `full` is the width of a full line of the text columns.
fn row_below(below: &[Vec<Piece<'_>>], full: usize) -> Option<(Cells, usize)> {
    if let Some([(_, line)]) = below.first().map(Vec::as_slice) {
        if let Some(cells) = values_line(line) {
            return Some((cells, 1));
        }
    }
    let (before, after, timing, used) = match below {
        [before, after, timing, ..] if is_text(before) && is_text(after) => {
            (before.as_slice(), after.as_slice(), timing, 3)
        }
        // A one-line 変更前 and the 変更後 in one cell, lines next to each other.
        [both, timing, ..]
            if is_text(both)
                && matches!(both.as_slice(), [(a, _), (b, _), ..] if a + 1 == *b)
                && paragraph_starts(both, full) == [0, 1] =>
        {
            let (before, after) = both.split_at(1);
            (before, after, timing, 2)
        }
        _ => return None,
    };
    let [(_, head), rest @ ..] = timing.as_slice() else {
        return None;
    };
    let (word, more) = head
        .split_once([' ', '　'])
        .map_or((*head, ""), |(w, m)| (w, m.trim()));
    let timing: SubmissionTiming = word.parse().ok()?;
    let explanation: Vec<&str> = std::iter::once(more)
        .chain(rest.iter().map(|(_, l)| *l))
        .filter(|l| !l.is_empty())
        .collect();
    Some((
        Cells {
            before: Some(text_of(before)),
            after: Some(text_of(after)),
            timing: Some(timing),
            explanation: (!explanation.is_empty()).then(|| explanation.join("\n")),
        },
        used,
    ))
}

/// A row's cells after its 項目 on one line (see the module docs).
fn values_line(line: &str) -> Option<Cells> {
    let words = words(line);
    let texts = |a: &str, b: &str| {
        let plain = |w: &str| date_only(w).is_none() && !is_item_like(&[(0, w)]);
        (plain(a) && plain(b)).then(|| (Some(a.to_owned()), Some(b.to_owned())))
    };
    match words.as_slice() {
        [(_, a), (_, b), (_, t), rest @ ..] if is_timing(t) => {
            if rest.iter().any(|(_, w)| is_timing(w)) {
                return None;
            }
            let (before, after) = texts(a, b)?;
            let explanation = rest
                .first()
                .and_then(|(at, _)| line.get(*at..))
                .map(|e| e.trim().to_owned());
            Some(Cells {
                before,
                after,
                timing: t.parse().ok(),
                explanation,
            })
        }
        [(_, a), (_, b)] if same_number(a, b) => {
            let (before, after) = texts(a, b)?;
            Some(Cells {
                before,
                after,
                ..Cells::default()
            })
        }
        _ => None,
    }
}

/// Whether two texts start with the same item number (`①`): one sub-item before and after.
fn same_number(a: &str, b: &str) -> bool {
    let number = |t: &str| {
        t.chars()
            .next()
            .filter(|c| "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".contains(*c))
    };
    number(a).is_some() && number(a) == number(b)
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::pdf;
    use crate::report::SubmissionTiming::{After, Before};

    #[test]
    fn rows_under_a_column_of_dates_are_read_without_a_date() {
        let draft = pdf(concat!(
            "変更箇所\n\n変更日 項目 変更前の記載 変更後の記載 提出時期 提出時期に係る説明\n\n",
            "令和5年4月1日\n\n令和5年5月1日\n\n令和5年6月1日\n\n",
            "Ⅰ-２架空の\nシステム名\n\n旧い名前\n\n新しい名前\n\n事後 名称変更\n\n",
            "Ⅱ-３入手元\n\n①架空課 ①架空部\n\n",
            "Ⅲ-５点検\n\n実施 未実施 事前 見直し\n\n",
            // A 変更後 and its 提出時期: no 項目.
            "Ⅳ　追記のみ 事後\n\n",
            // Three texts: where the 変更前 ends is not known.
            "Ⅳ-１監査\n\n一段目\n\n二段目\n\n三段目\n\n事後\n\n",
            // Two words of different items: one text or two.
            "Ⅱ-４保管\n\n甲 乙\n\n",
            "孤立した説明\n\n",
        ));
        let rows = super::super::tests::row_cells(&draft);
        assert_eq!(
            rows,
            [
                (
                    None,
                    "Ⅰ-２架空の\nシステム名",
                    Some("旧い名前"),
                    Some("新しい名前"),
                    Some(After),
                    Some("名称変更")
                ),
                (
                    None,
                    "Ⅱ-３入手元",
                    Some("①架空課"),
                    Some("①架空部"),
                    None,
                    None
                ),
                (
                    None,
                    "Ⅲ-５点検",
                    Some("実施"),
                    Some("未実施"),
                    Some(Before),
                    Some("見直し")
                ),
            ]
        );
        let reasons = |reason: &str| {
            draft
                .trace
                .unread
                .iter()
                .filter(|u| u.reason == reason)
                .count()
        };
        assert!(reasons(super::APART) >= 1, "{:?}", draft.trace.unread);
        assert!(reasons(super::SCRAMBLED) >= 1, "{:?}", draft.trace.unread);
        // The draft with dateless rows loads.
        #[cfg(feature = "json")]
        {
            let json = draft.report.to_json();
            assert!(crate::Report::from_json(&json).is_ok(), "{json}");
        }
    }

    #[test]
    fn a_one_line_before_and_a_wrapped_after_in_one_cell_are_parted() {
        let draft = pdf(concat!(
            "変更箇所\n\n変更日 項目 変更前の記載 変更後の記載 提出時期 提出時期に係る説明\n\n",
            "令和5年4月1日\n\n令和5年5月1日\n\n令和5年6月1日\n\n",
            "Ⅱ-６架空の\n委託\n\n委託しない\n",
            "「委託する」に改め、委託先の名称と委託の\n内容を追記\n\n事後\n\n",
            // Lines that run on and then a short line: one cell's two paragraphs, or two cells.
            "Ⅱ-７架空の\n保管\n\n保管場所を架空の庁舎から別の架空の庁舎\n",
            "に移した\n変更\n\n事後\n\n",
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
                )
            })
            .collect();
        assert_eq!(
            rows,
            [(
                "Ⅱ-６架空の\n委託",
                Some("委託しない"),
                Some("「委託する」に改め、委託先の名称と委託の\n内容を追記"),
                Some(After)
            )]
        );
    }

    #[test]
    fn a_line_of_values_needs_two_texts_before_its_timing() {
        use super::values_line;
        assert!(values_line("旧 新 事後").is_some());
        assert!(values_line("一 二 三 事後").is_none());
        assert!(values_line("新 事後").is_none());
        assert!(values_line("旧 新 事後 説明 事前").is_none());
        assert!(values_line("①甲 ②乙").is_none());
        let cells = values_line("①甲 ①乙 事後 説明 の続き").expect("cells");
        assert_eq!(cells.explanation.as_deref(), Some("説明 の続き"));
    }
}
