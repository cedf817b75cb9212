//! Rendering a place in the report with the form's own chapter, number and label.

use std::fmt::Write as _;

use crate::report::{ItemId, Report};
use crate::threshold::AssessmentKind;

/// The words the forms use for the N-th entry of a list, by JSON list name.
fn entry_word(list: &str) -> Option<&'static str> {
    match list {
        "systems" => Some("システム"),
        "entrustments" => Some("委託事項"),
        "provisions" => Some("提供先"),
        "transfers" => Some("移転先"),
        _ => None,
    }
}

/// The appendix that holds the 変更箇所 in `form`.
pub(crate) fn changes_appendix(form: AssessmentKind) -> &'static str {
    match form {
        AssessmentKind::Basic => "変更箇所",
        AssessmentKind::Focused => "（別添2）変更箇所",
        AssessmentKind::Full => "（別添3）変更箇所",
    }
}

/// Splits an item number such as `Ⅱ4⑦` into its chapter (`Ⅱ`, `表紙`, `別添2`) and the rest.
fn split_chapter(number: &str) -> (&str, &str) {
    if let Some(rest) = number.strip_prefix("表紙") {
        return ("表紙", rest);
    }
    if number.starts_with("別添") {
        return (number, "");
    }
    let mut chars = number.char_indices();
    match chars.next() {
        Some((_, c)) if ('\u{2160}'..='\u{216B}').contains(&c) => {
            let at = c.len_utf8();
            (
                number.get(..at).unwrap_or(""),
                number.get(at..).unwrap_or(""),
            )
        }
        _ => ("", number),
    }
}

/// The place of `item` (with the list positions `indices`) as the form names it, e.g.
/// `Ⅱ（国保給付ファイル）4 委託事項3 ⑦ 再委託の有無` or `表紙 公表日`.
///
/// Numbers and labels come from the item table ([`ItemId`]); file blocks are named by their
/// 特定個人情報ファイル名 and list entries by the form's word and their number from 1.
pub(crate) fn render(report: &Report, item: ItemId, indices: &[usize]) -> String {
    let def = item.def();
    let mut file: Option<String> = None;
    let mut entry: Option<(&'static str, usize)> = None;
    let lists = def.path.split('.').filter_map(|p| p.strip_suffix("[]"));
    for (list, &index) in lists.zip(indices.iter()) {
        if list == "files" {
            let names = report
                .files
                .get(index)
                .map(|f| f.names.join("、"))
                .filter(|n| !n.is_empty());
            file = Some(names.unwrap_or_else(|| format!("ファイル{}", index + 1)));
        } else if let Some(word) = entry_word(list) {
            entry = Some((word, index + 1));
        }
    }
    // The label without a leading 「提供先　」「委託　」 when the entry is already named.
    let label = match (entry, def.label.split_once('　')) {
        (Some((word, _)), Some((head, tail))) if word.starts_with(head) => tail,
        _ => def.label,
    };

    let mut out = String::with_capacity(64);
    match def.number(report.form()) {
        Some(number) => {
            let (chapter, rest) = split_chapter(number);
            out.push_str(chapter);
            if let Some(f) = &file {
                let _ = write!(out, "（{f}）");
            }
            let rest_names_label = rest.contains(label);
            match entry {
                Some((word, n)) => match rest.find(word) {
                    Some(at) => {
                        let (head, tail) = rest.split_at(at);
                        let tail = tail.get(word.len()..).unwrap_or("");
                        let _ = write!(out, "{head} {word}{n}");
                        if !tail.is_empty() {
                            let _ = write!(out, " {tail}");
                        }
                    }
                    None => {
                        let digits = rest
                            .char_indices()
                            .find(|(_, c)| !c.is_ascii_digit())
                            .map_or(rest.len(), |(i, _)| i);
                        let (head, tail) = rest.split_at(digits);
                        let _ = write!(out, "{head} {word}{n}");
                        if !tail.is_empty() {
                            let _ = write!(out, " {tail}");
                        }
                    }
                },
                None if !rest.is_empty() => {
                    if !chapter.is_empty() && chapter == "表紙" {
                        out.push(' ');
                    }
                    out.push_str(rest);
                }
                None => {}
            }
            if !rest_names_label {
                out.push(' ');
                out.push_str(label);
            }
        }
        None => {
            if let Some(f) = &file {
                let _ = write!(out, "（{f}）");
            }
            if let Some((word, n)) = entry {
                let _ = write!(out, "{word}{n} ");
            }
            out.push_str(label);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::ReportBuilder;

    #[test]
    fn renders_numbers_labels_and_entries() {
        let full = Report::example(AssessmentKind::Full);
        assert_eq!(
            render(&full, ItemId::EntrustmentReEntrustment, &[0, 2]),
            "Ⅱ（保険資格ファイル）4 委託事項3 ⑦ 再委託の有無"
        );
        assert_eq!(
            render(&full, ItemId::ProvisionLegalBasis, &[0, 19]),
            "Ⅱ（保険資格ファイル）5 提供先20 ① 法令上の根拠"
        );
        assert_eq!(render(&full, ItemId::CoverPublishedOn, &[]), "表紙 公表日");
        assert_eq!(
            render(&full, ItemId::ProcedurePublicCommentPeriod, &[]),
            "Ⅵ2② 意見の聴取　実施日・期間"
        );
        assert_eq!(
            render(&full, ItemId::FileUsageUserCount, &[7]),
            "Ⅱ（ファイル8）3⑦使用者数"
        );
        assert_eq!(
            render(&full, ItemId::EntrustmentReEntrustees, &[0, 0]),
            "（保険資格ファイル）委託事項1 再委託先・再々委託先"
        );
    }

    #[test]
    fn uses_each_forms_numbers() {
        let focused =
            ReportBuilder::new(AssessmentKind::Focused, "後期高齢者医療に関する事務").build();
        assert_eq!(
            render(&focused, ItemId::EntrustmentReEntrustment, &[0, 0]),
            "Ⅱ（保険資格ファイル）4 委託事項1 ④ 再委託の有無"
        );
        let basic = Report::example(AssessmentKind::Basic);
        assert_eq!(
            render(&basic, ItemId::ThresholdSeriousIncident, &[]),
            "Ⅱ3 過去１年以内に、評価実施機関において特定個人情報に関する重大事故が発生したか"
        );
        assert_eq!(
            render(&basic, ItemId::SystemName, &[1]),
            "Ⅰ1 システム2 ③ システムの名称"
        );
    }
}
