//! The cover (表紙): 評価書番号, 評価書名, 宣言, 特記事項, 評価実施機関名, 公表日 and the 様式.
//!
//! Where a label and its value share a line (`評価書番号：3`, `評価実施機関名\t若葉市長`) or a row
//! of labels stands above a row of values (`評価書番号\t評価書名` / `14\t若葉市…`), the value is
//! read as written. A PDF text often prints the cover's values apart from their labels (the
//! number and the title first, the body and the date last); there each value is recognised by
//! its form alone and marked [`Confidence::Inferred`](super::Confidence::Inferred): a number
//! alone on a line is the 評価書番号, a line ending in 「…評価書」 the 評価書名, a short line
//! ending in 「長」 or in another ending of a body's name ([`form::body_kind_of_name`]: 知事,
//! 大臣, 広域連合, 教育委員会…) the 評価実施機関名, a date alone the 公表日.
//!
//! The labels are every label any revision of the forms prints for a cover item
//! ([`form::labels`]), and the 様式 tag gives the report's [`FormRevision`](form::FormRevision).

use std::sync::LazyLock;

use super::text::Line;
use super::{Trace, TracedValue, item_pointer};
use crate::form;
use crate::import::fill::{after_label, dates_in, is_empty_mark, squeeze, squeezed};
use crate::report::{Cell, ItemId, Read, Report, field_at_mut};

/// The cover's items that are read under their labels.
const ITEMS: [ItemId; 8] = [
    ItemId::CoverNumber,
    ItemId::CoverTitle,
    ItemId::CoverDeclaration,
    ItemId::CoverSpecialNote,
    ItemId::CoverBody,
    ItemId::CoverPublishedOn,
    ItemId::CoverApprovalDate,
    ItemId::CoverBodyKind,
];

/// Every label of [`ITEMS`] that any revision of the forms prints ([`form::labels`]: the
/// 平成26年4月 cover's 「特定個人情報保護委員会　承認日」 too), each folded as [`squeezed`] folds a
/// line: folded once, not for every line compared with it.
static FOLDED: LazyLock<Vec<(ItemId, &'static str, String)>> = LazyLock::new(|| {
    let mut folded = Vec::new();
    for id in ITEMS {
        for label in form::labels(id) {
            folded.push((id, label, squeeze(label)));
        }
    }
    folded
});

/// Whether `text` is (or starts with) a cover label.
fn label_of(text: &str) -> Option<(ItemId, &'static str)> {
    let s = squeezed(text);
    FOLDED
        .iter()
        .filter(|(_, _, folded)| s.starts_with(folded.as_str()))
        .max_by_key(|(_, label, _)| label.len())
        .map(|&(id, label, _)| (id, label))
}

/// Reads the cover from the lines before `body_start` (chapter Ⅰ).
pub(super) fn read(lines: &[Line], body_start: usize, report: &mut Report, trace: &mut Trace) {
    let cover: Vec<&Line> = lines.iter().filter(|l| l.no < body_start).collect();
    let mut done: Vec<ItemId> = Vec::new();
    let mut put =
        |report: &mut Report, id: ItemId, no: usize, last: usize, text: &str, read: Read| {
            if done.contains(&id)
                || text.trim().is_empty()
                || is_empty_mark(text)
                || squeezed(text) == "なし"
            {
                return;
            }
            let cell = Cell {
                lines: vec![(no, text.to_owned())],
                displaced: read == Read::Inferred,
            };
            let Some(field) = field_at_mut(report, id, &[]) else {
                return;
            };
            if let Some(r) = field.fill(&cell) {
                done.push(id);
                trace.values.push(TracedValue {
                    pointer: item_pointer(id, &[]),
                    lines: [no, last],
                    confidence: r.into(),
                });
            }
        };
    // Labels with their values beside them, and rows of labels above rows of values.
    let mut i = 0;
    while let Some(line) = cover.get(i) {
        let cells: Vec<&str> = line
            .text
            .split('\t')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        let labels: Vec<_> = cells.iter().map(|c| label_of(c)).collect();
        if cells.len() > 1
            && cells
                .iter()
                .zip(&labels)
                .all(|(c, l)| l.is_some_and(|(_, lb)| squeezed(c) == squeezed(lb)))
        {
            // A row of labels: the values are the next line's cells.
            if let Some(next) = cover.get(i + 1) {
                let values: Vec<&str> = next.text.split('\t').map(str::trim).collect();
                for (k, (id, _)) in labels.iter().flatten().enumerate() {
                    if let Some(v) = values.get(k) {
                        put(report, *id, next.no, next.no, v, Read::Exact);
                    }
                }
                i += 2;
                continue;
            }
        }
        if let Some((id, label)) = label_of(&line.text) {
            // The mark of an item of 行政機関等 only is part of its label, not its value.
            let value = after_label(&line.text, label);
            let value = value
                .trim()
                .strip_prefix(form::GOV_ONLY_MARK)
                .unwrap_or(value);
            if value != line.text && !value.trim().is_empty() && label_of(value).is_none() {
                // The value may run on over the lines that follow (the 宣言).
                let mut text = value.to_owned();
                let mut last = line.no;
                if id == ItemId::CoverDeclaration {
                    for next in cover.iter().skip(i + 1) {
                        if label_of(&next.text).is_some() || next.text.trim().is_empty() {
                            break;
                        }
                        text.push('\n');
                        text.push_str(next.text.trim());
                        last = next.no;
                    }
                }
                put(report, id, line.no, last, text.trim(), Read::Exact);
            } else if value.trim().is_empty() {
                // The value on the next line (`評価実施機関名` / `〇〇県若葉市長`).
                if let Some(next) = cover.get(i + 1) {
                    if label_of(&next.text).is_none() && !next.text.trim().is_empty() {
                        put(report, id, next.no, next.no, next.text.trim(), Read::Exact);
                    }
                }
            }
        }
        i += 1;
    }
    // The 様式: `[令和６年10月　様式２]`.
    for line in &cover {
        if line.text.contains("様式") && line.text.contains(['[', '［']) {
            put(
                report,
                ItemId::CoverFormVersion,
                line.no,
                line.no,
                &line.text,
                Read::Exact,
            );
        }
    }
    // What a PDF text prints apart from its labels, recognised by its form.
    for (i, line) in cover.iter().enumerate() {
        let t = line.text.trim();
        if t.is_empty() || label_of(t).is_some() || t.contains("特定個人情報保護評価書")
        {
            continue;
        }
        // A title wrapped inside its last word (`…重点項目評` / `価書`): the form's name ends it.
        let wrapped = wrapped_title(t, cover.get(i + 1).map(|l| l.text.trim()));
        let (t, last) = match &wrapped {
            Some(joined) => (joined.as_str(), cover.get(i + 1).map_or(line.no, |l| l.no)),
            None => (t, line.no),
        };
        if all_digits(t) && t.chars().count() <= 4 {
            put(
                report,
                ItemId::CoverNumber,
                line.no,
                line.no,
                t,
                Read::Inferred,
            );
            continue;
        }
        if t.ends_with("評価書") && t.contains("事務") {
            // `8 国民健康保険に関する事務　基礎項目評価書`: the number may come first.
            let (number, title) = match t.split_once([' ', '　']) {
                Some((n, rest)) if all_digits(n) => (Some(n), rest.trim()),
                _ => (None, t),
            };
            if let Some(n) = number {
                put(
                    report,
                    ItemId::CoverNumber,
                    line.no,
                    line.no,
                    n,
                    Read::Inferred,
                );
            }
            put(
                report,
                ItemId::CoverTitle,
                line.no,
                last,
                title,
                Read::Inferred,
            );
            continue;
        }
        let names_body = t.ends_with('長') || form::body_kind_of_name(t).is_some();
        if t.chars().count() <= 40 && names_body && !t.contains(['。', '、']) {
            put(
                report,
                ItemId::CoverBody,
                line.no,
                line.no,
                t,
                Read::Inferred,
            );
            continue;
        }
        let dates = dates_in(t);
        let short = dates
            .first()
            .is_some_and(|d| squeezed(t).len() <= squeezed(&d.to_string()).len() + 12);
        if dates.len() == 1 && short && !t.contains("様式") {
            put(
                report,
                ItemId::CoverPublishedOn,
                line.no,
                line.no,
                t,
                Read::Inferred,
            );
        }
    }
}

/// `t` joined with the line after it when `t` is a title cut inside the form's name
/// (`…事務　重点項目評` / `価書`): the next line is the rest of 「評価書」 and nothing else.
fn wrapped_title(t: &str, next: Option<&str>) -> Option<String> {
    let next = next?;
    if t.ends_with("評価書") || !t.contains("事務") || next.is_empty() {
        return None;
    }
    let joined = format!("{t}{next}");
    let whole = ["基礎項目評価書", "重点項目評価書", "全項目評価書"];
    // The cut falls inside the form's name: the line after it holds only the name's rest.
    whole
        .iter()
        .any(|name| joined.ends_with(name) && name.ends_with(next))
        .then_some(joined)
}

/// Whether `t` is digits only, full- or half-width (a 評価書番号 printed alone).
fn all_digits(t: &str) -> bool {
    t.chars()
        .all(|c| crate::label::fold_char(c).is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_cut_inside_the_form_name_is_joined() {
        assert_eq!(
            wrapped_title("架空町　架空の事務　重点項目評", Some("価書")).as_deref(),
            Some("架空町　架空の事務　重点項目評価書")
        );
        assert_eq!(
            wrapped_title("架空町　架空の事務　重点項目評価書", Some("価書")),
            None
        );
        assert_eq!(wrapped_title("架空町　架空の事務", Some("別の行")), None);
        let lines = super::super::text::lines(
            " 3\n架空町　架空の事務　全項目評\n価書\n",
            super::super::Shape::PdfText,
        );
        let mut report = Report::empty(crate::AssessmentKind::Full);
        let mut trace = Trace::default();
        read(&lines, usize::MAX, &mut report, &mut trace);
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空町　架空の事務　全項目評価書")
        );
        let title = trace.values.iter().find(|v| v.pointer == "/cover/title");
        assert_eq!(title.map(|v| v.lines), Some([2, 3]));
    }

    /// Reads `text` as a cover (the whole text before chapter Ⅰ).
    fn cover_of(text: &str) -> (Report, Trace) {
        let lines = super::super::text::lines(text, super::super::Shape::PdfText);
        let mut report = Report::empty(crate::AssessmentKind::Full);
        let mut trace = Trace::default();
        read(&lines, usize::MAX, &mut report, &mut trace);
        (report, trace)
    }

    #[test]
    fn the_first_revisions_approval_label_and_tag_are_read() {
        let (report, _) = cover_of(
            "[平成26年4月　様式4]\n評価実施機関名\n架空大臣\n\
             特定個人情報保護委員会　承認日 【行政機関等のみ】\n平成27年3月2日\n",
        );
        assert_eq!(
            report.cover.form_version,
            Some(form::FormRevision::Heisei26April)
        );
        assert_eq!(
            report.cover.approval_date,
            chrono::NaiveDate::from_ymd_opt(2015, 3, 2)
        );
        assert_eq!(report.cover.body.as_deref(), Some("架空大臣"));
    }

    #[test]
    fn a_body_is_known_by_the_endings_of_the_forms_bodies() {
        for body in [
            "架空県知事",
            "架空大臣",
            "架空県後期高齢者医療広域連合",
            "架空市教育委員会",
        ] {
            let (report, trace) = cover_of(&format!(" 3\n{body}\n"));
            assert_eq!(report.cover.body.as_deref(), Some(body), "{body}");
            assert!(trace.values.iter().any(|v| v.pointer == "/cover/body"));
        }
        // A line that ends in none of them is no body.
        let (report, _) = cover_of(" 3\n架空の窓口\n");
        assert_eq!(report.cover.body, None);
    }
}
