//! The 変更箇所 of a table text (HTML, Markdown) whose rows lost their tabs: each cell stands
//! on a line of its own, row after row, in the columns' order (a copy that put a line break
//! where a cell ended, as some editors and converters do). A table cell of such a text holds
//! no line break of its own, so the lines are the cells; only where a cell is, is told by the
//! columns' order — the six columns 様式2–4 print for the 変更箇所 (`form::CHANGE_COLUMNS`: 変更日,
//! 項目, 変更前の記載, 変更後の記載, 提出時期, 提出時期に係る説明) — and the cells' value types.
//!
//! Takes the table's lines (its header row one label a line among them); gives one
//! [`ChangeRecord`] a row, marked inferred, with the rule id `changes.cell_lines`. Read as a
//! state machine whose states are the row's places ([`Place`]):
//!
//! - a date alone (`平成29年10月25日`) starts a row, where the row above has its 提出時期 (a
//!   row's texts may be dates too: `2018/4/1` under a 項目 is its 変更前);
//! - the line after the date is the 項目;
//! - the lines up to the 提出時期 (`事前` or `事後` alone) are the texts: two lines are the
//!   変更前 and the 変更後 (a dash is a cell left blank); one line, or more than two, cannot be
//!   parted into the two columns (a cell left out, or a cell that ran over lines) and is listed
//!   as unread;
//! - the lines after the 提出時期, up to the next row's date, are its 説明.
//!
//! A table whose lines hold a tab is none of these: [`super::read_changes`] reads its rows.
//!
//! Reads (invented):
//!
//! ```text
//! 令和2年4月1日
//! Ⅰ　基本情報－６．評価実施機関における担当部署－②所属長
//! 架空課長　甲野　一郎
//! 架空課長　乙野　二郎
//! 事後
//! 人事異動による変更
//! ```
//!
//! as a row of 令和2年4月1日, 項目 `Ⅰ　基本情報－６…②所属長`, 変更前 `架空課長　甲野　一郎`,
//! 変更後 `架空課長　乙野　二郎`, 事後, 説明 `人事異動による変更`. Refuses to part
//!
//! ```text
//! 令和2年4月1日
//! Ⅰ　基本情報－６．評価実施機関における担当部署－②所属長
//! 架空課長　甲野　一郎
//! 事後
//! 人事異動による変更
//! ```
//!
//! (one text line: the 変更前 or the 変更後, the other left out): the row keeps its date, 項目,
//! 提出時期 and 説明; the line is unread.

use super::{
    ReadFrom, add_to_row_above, continues_row_above, date_only, is_table_heading, push_row,
    read_timing, record_of, written,
};
use crate::import::{Confidence, Trace, UnreadReason, text};
use crate::report::{ChangeRecord, Report, SubmissionTiming};

/// Where a row's reading stands: the place the next line is read into.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Before the first row's date: a line here is no row's.
    BeforeRows,
    /// After a row's date: the next line is its 項目.
    Item,
    /// After the 項目: lines are texts up to the 提出時期.
    Texts,
    /// After the 提出時期: lines are its 説明 up to the next row's date.
    Explanation,
}

/// A row's lines as read, each with its source line.
struct Row<'a> {
    date: (usize, chrono::NaiveDate),
    item: Option<(usize, &'a str)>,
    texts: Vec<(usize, &'a str)>,
    timing: Option<(usize, SubmissionTiming)>,
    explanation: Vec<(usize, &'a str)>,
}

impl Row<'_> {
    /// The row's last source line.
    fn last(&self) -> usize {
        let ends = [
            self.item.map(|(no, _)| no),
            self.texts.last().map(|(no, _)| *no),
            self.timing.map(|(no, _)| no),
            self.explanation.last().map(|(no, _)| *no),
        ];
        ends.into_iter().flatten().max().unwrap_or(self.date.0)
    }
}

/// Whether the table from line `start` on stands a cell a line: no line of it holds a tab (a
/// row's cells), and it holds a date alone and a 提出時期 alone, each on a line.
pub(super) fn is_cell_a_line(lines: &[text::Line], start: usize) -> bool {
    let table = lines.iter().filter(|l| l.no > start);
    let mut dated = false;
    let mut timed = false;
    for line in table {
        if line.text.contains('\t') {
            return false;
        }
        let t = line.text.trim();
        dated = dated || date_only(t).is_some();
        timed = timed || read_timing(t).is_some();
    }
    dated && timed
}

/// Reads the rows of the table from line `start` on (see the module docs).
pub(super) fn read_cell_lines(
    lines: &[text::Line],
    start: usize,
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let mut rows: Vec<Row<'_>> = Vec::new();
    let mut place = Place::BeforeRows;
    for line in lines.iter().filter(|l| l.no > start) {
        let t = line.text.trim();
        // (The header row stands a label a line too. A page number is not passed over: a
        // table text has no pages, and a number alone is a cell here, a count.)
        if t.is_empty() || is_table_heading(line.key()) {
            continue;
        }
        let date = date_only(t);
        let starts_row = matches!(place, Place::BeforeRows | Place::Explanation);
        if let (Some(date), true) = (date, starts_row) {
            rows.push(Row {
                date: (line.no, date),
                item: None,
                texts: Vec::new(),
                timing: None,
                explanation: Vec::new(),
            });
            place = Place::Item;
            continue;
        }
        let Some(row) = rows.last_mut() else {
            unread.push((line.no, UnreadReason::ChangeRow));
            continue;
        };
        let timing = read_timing(t);
        match (place, timing) {
            (Place::BeforeRows, _) => unread.push((line.no, UnreadReason::ChangeRow)),
            (Place::Item | Place::Texts, Some(timing)) => {
                row.timing = Some((line.no, timing));
                place = Place::Explanation;
            }
            (Place::Item, None) => {
                row.item = Some((line.no, t));
                place = Place::Texts;
            }
            (Place::Texts, None) => row.texts.push((line.no, t)),
            (Place::Explanation, _) => row.explanation.push((line.no, t)),
        }
    }
    for row in rows {
        read_row(&row, report, trace, unread);
    }
}

/// One row's record (see the module docs), pushed; its texts listed as unread where they
/// cannot be parted. The rest of a row continued from the row above (「（続き）」 on its date)
/// is added to that row's texts.
fn read_row(
    row: &Row<'_>,
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let cell = |text: &str| written(text.to_owned());
    let texts = match row.texts.as_slice() {
        [] => Some((None, None)),
        [(_, before), (_, after)] => Some((cell(before), cell(after))),
        _ => None,
    };
    if texts.is_none() {
        unread.extend(
            row.texts
                .iter()
                .map(|(no, _)| (*no, UnreadReason::ChangeColumns)),
        );
    }
    let (before, after) = texts.unwrap_or((None, None));
    let item = row.item.map(|(_, t)| t.to_owned()).unwrap_or_default();
    let date = Some(row.date.1);
    if continues_row_above(report, date, &item) {
        add_to_row_above(report, trace, (before, after), row.last());
        return;
    }
    let mut record: ChangeRecord = record_of(report.form(), item);
    record.date = date;
    record.before = before;
    record.after = after;
    record.timing = row.timing.map(|(_, t)| t);
    let explanation: Vec<&str> = row.explanation.iter().map(|(_, t)| *t).collect();
    if !explanation.is_empty() {
        record.explanation = Some(explanation.join("\n"));
    }
    let read = ReadFrom {
        rule: "changes.cell_lines",
        lines: [row.date.0, row.last()],
        confidence: Confidence::Inferred,
    };
    push_row(record, read, report, trace);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AssessmentKind;
    use crate::import::Shape;

    /// The rows `text` (a heading, then its table) gives.
    fn read(text: &str) -> (Vec<ChangeRecord>, Vec<(usize, UnreadReason)>) {
        let lines = text::lines(text, Shape::Markdown);
        assert!(is_cell_a_line(&lines, 1));
        let mut report = Report::empty(AssessmentKind::Focused);
        let (mut trace, mut unread) = (Trace::default(), Vec::new());
        read_cell_lines(&lines, 1, &mut report, &mut trace, &mut unread);
        (report.changes, unread)
    }

    #[test]
    fn two_text_lines_are_the_before_and_the_after() {
        let (rows, unread) = read(
            "## 変更箇所\n変更日\n項目\n変更前の記載\n変更後の記載\n提出時期\n提出時期に係る説明\n\
             令和2年4月1日\nⅠ　基本情報－６．評価実施機関における担当部署－②所属長\n\
             架空課長　甲野　一郎\n架空課長　乙野　二郎\n事後\n人事異動による変更\n\
             令和3年4月1日\nⅡ　特定個人情報ファイルの概要－いつ時点の計数か\n2018/4/1\n\
             令和3年4月1日　時点\n事前\n見直し\n",
        );
        assert!(unread.is_empty(), "{unread:?}");
        let [first, second] = rows.as_slice() else {
            panic!("{rows:?}")
        };
        assert_eq!(first.before.as_deref(), Some("架空課長　甲野　一郎"));
        assert_eq!(first.after.as_deref(), Some("架空課長　乙野　二郎"));
        assert_eq!(first.timing, Some(SubmissionTiming::After));
        assert_eq!(first.explanation.as_deref(), Some("人事異動による変更"));
        // A date under the 項目 is the 変更前, not the next row.
        assert_eq!(second.before.as_deref(), Some("2018/4/1"));
        assert_eq!(second.timing, Some(SubmissionTiming::Before));
    }

    #[test]
    fn one_text_line_is_left_unread() {
        let (rows, unread) = read(
            "## 変更箇所\n令和2年4月1日\nⅠ　基本情報－６．評価実施機関における担当部署－②所属長\n\
             架空課長　甲野　一郎\n事後\n人事異動による変更\n",
        );
        let [row] = rows.as_slice() else {
            panic!("{rows:?}")
        };
        assert_eq!((row.before.as_deref(), row.after.as_deref()), (None, None));
        assert_eq!(row.timing, Some(SubmissionTiming::After));
        assert_eq!(unread, [(4, UnreadReason::ChangeColumns)]);
    }

    #[test]
    fn a_table_with_tabs_is_not_a_cell_a_line() {
        let lines = text::lines(
            "## 変更箇所\n令和2年4月1日\tⅠ\t甲\t乙\t事後\t説明\n",
            Shape::Markdown,
        );
        assert!(!is_cell_a_line(&lines, 1));
    }
}
