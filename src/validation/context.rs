//! What every check needs: the report, the reference date, and where findings go.

use chrono::NaiveDate;

use super::{Code, Finding, ValidationReport};
use crate::AssessmentKind;
use crate::report::ItemPath;
pub(crate) use crate::report::blank;
use crate::report::location::render;
use crate::report::{Field, ItemId, Report, Value, field_at};

/// The state of one validation run.
pub(crate) struct Ctx<'a> {
    pub report: &'a Report,
    pub form: AssessmentKind,
    pub today: NaiveDate,
    out: ValidationReport,
}

impl<'a> Ctx<'a> {
    pub fn new(report: &'a Report, today: NaiveDate) -> Self {
        Ctx {
            report,
            form: report.form(),
            today,
            out: ValidationReport::new(today),
        }
    }

    /// A finding about `item`, an item outside the lists of the report ([`emit_in`](Self::emit_in)
    /// with no list position).
    pub fn emit(&mut self, code: Code, item: ItemId, message: impl Into<String>) {
        self.emit_in(code, item, &[], message);
    }

    /// A finding about `item` at the list positions `indices`, placed in the form by the
    /// item's number and label.
    pub fn emit_in(
        &mut self,
        code: Code,
        item: ItemId,
        indices: &[usize],
        message: impl Into<String>,
    ) {
        // A rendered place is on one line already (its only text of the report's own, the file
        // names, is escaped): it is not read again for characters to escape.
        let location = render(self.report, item, indices);
        let message = one_line(message.into());
        self.push(code, Some(item), item.path(indices), location, message);
    }

    /// A finding at a place that is not an item of the table (a 変更箇所 row, a chain level).
    pub fn emit_at(
        &mut self,
        code: Code,
        item: Option<ItemId>,
        path: ItemPath,
        location: String,
        message: impl Into<String>,
    ) {
        let (location, message) = (one_line(location), one_line(message.into()));
        self.push(code, item, path, location, message);
    }

    /// Adds a finding whose place and message are on one line ([`one_line`]).
    fn push(
        &mut self,
        code: Code,
        item: Option<ItemId>,
        path: ItemPath,
        location: String,
        message: String,
    ) {
        let mut finding = Finding::new(code, path, location, message);
        if let Some(item) = item {
            finding = finding.with_item(item);
        }
        self.out.push(finding);
    }

    pub fn finish(self) -> ValidationReport {
        self.out
    }
}

/// `text` on one line: the control characters of a report's own text, echoed in a place or a
/// message (a 項目 of a 変更箇所 row, a 法令上の根拠, a name), written as escapes (`\n`, `\u{0}`)
/// as in error messages.
fn one_line(text: String) -> String {
    if crate::label::has_unsafe_char(&text) {
        crate::label::Visible(&text).to_string()
    } else {
        text
    }
}

/// Whether an item's instance is empty: a text (or every text of a list) that is [`blank`] (the
/// dashes real reports write for an empty cell count as empty), any other value as
/// [`Field::is_blank`] says.
pub(crate) fn empty(field: &dyn Field) -> bool {
    match field.value() {
        Value::Text(text) => blank(text),
        Value::Texts(texts) => texts.iter().all(|t| blank(Some(t))),
        _ => field.is_blank(),
    }
}

/// Whether `report` has the item `item` (one outside any list) and it is not [empty].
pub(crate) fn filled(report: &Report, item: ItemId) -> bool {
    field_at(report, item, &[]).is_some_and(|f| !empty(f))
}

/// A date as the forms print it, with the ISO date: `令和6年12月6日（2024-12-06）`.
pub(crate) fn show_date(date: NaiveDate) -> String {
    crate::wareki::ShowDate(date).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The place of a finding on an item stays on one line when a file name holds a line
    /// break: rendered escaped, and not escaped twice.
    #[test]
    fn a_file_name_s_line_break_is_escaped_once_in_a_place() {
        let mut r = Report::example(AssessmentKind::Full);
        r.files[0].names = vec!["国保\nファイル\\".into()];
        r.files[0].kind = None;
        let findings =
            crate::validation::validate(&r, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
        let place = findings
            .iter()
            .find(|f| f.item() == Some(ItemId::FileKind))
            .map(|f| f.location());
        assert_eq!(
            place.map(|p| p.starts_with("Ⅱ（国保\\nファイル\\）")),
            Some(true),
            "{place:?}"
        );
        assert!(findings.iter().all(|f| !f.location().contains('\n')));
    }

    #[test]
    fn blank_cells() {
        assert!(blank(None));
        assert!(blank(Some("")));
        assert!(blank(Some(" － ")));
        assert!(blank(Some("--")));
        assert!(!blank(Some("なし")));
        assert!(!blank(Some("書面で許諾")));
    }

    #[test]
    fn shows_dates_with_their_wareki() {
        let d = NaiveDate::from_ymd_opt(2024, 12, 6).unwrap();
        assert_eq!(show_date(d), "令和6年12月6日（2024-12-06）");
    }
}
