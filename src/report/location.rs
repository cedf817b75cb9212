//! Rendering a place in the report with the form's own chapter, number and label.

use std::fmt::Write as _;

use super::{ItemId, Report};
use crate::AssessmentKind;

/// The word the forms use for the N-th entry of a list (by JSON list name), and the item whose
/// number stands for the whole list (used for items the forms do not number, such as the
/// explicit 再委託 chain).
pub(crate) fn entry_word(list: &str) -> Option<(&'static str, Option<ItemId>)> {
    match list {
        "systems" => Some(("システム", None)),
        "entrustments" => Some(("委託事項", Some(ItemId::EntrustmentTitle))),
        "provisions" => Some(("提供先", Some(ItemId::ProvisionName))),
        "transfers" => Some(("移転先", Some(ItemId::TransferName))),
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
pub(crate) fn split_chapter(number: &str) -> (&str, &str) {
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

/// Whether `c` is part of a number: a digit (half- or full-width) or a circled number.
fn is_number_char(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || ('①'..='⑳').contains(&c)
}

/// The number without the words after its last digit when the label says them already:
/// `3⑦使用者数` with 「使用者数」 gives `3⑦`, `4件数` with 「委託の件数」 gives `4`.
pub(crate) fn without_label_words<'a>(rest: &'a str, label: &str) -> &'a str {
    let cut = rest
        .char_indices()
        .rfind(|(_, c)| is_number_char(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    match rest.get(cut..) {
        Some(words) if !words.is_empty() && label.contains(words) => {
            rest.get(..cut).unwrap_or(rest)
        }
        _ => rest,
    }
}

/// The place of `item` (with the list positions `indices`) as the form names it:
/// chapter, file block, number, list entry, sub-number and label, e.g.
/// `Ⅱ（国保給付ファイル）4 委託事項3 ⑦ 再委託の有無`, `Ⅱ（国保給付ファイル）3⑦ 使用者数` or
/// `表紙 公表日`.
///
/// Numbers and labels come from the item table ([`ItemId`]); file blocks are named by their
/// 特定個人情報ファイル名 and list entries by the form's word and their number from 1. An item
/// the form does not number takes the number of its list (`Ⅱ4` for the 再委託 chain).
pub(crate) fn render(report: &Report, item: ItemId, indices: &[usize]) -> String {
    let form = report.form();
    let mut file: Option<String> = None;
    let mut entry: Option<(&'static str, usize, Option<ItemId>)> = None;
    let lists = item
        .pattern()
        .split('.')
        .filter_map(|p| p.strip_suffix("[]"));
    for (list, &index) in lists.zip(indices.iter()) {
        if list == "files" {
            let names = report
                .files
                .get(index)
                .map(|f| f.names.join("、"))
                .filter(|n| !n.is_empty());
            file = Some(names.unwrap_or_else(|| format!("ファイル{}", index + 1)));
        } else if let Some((word, parent)) = entry_word(list) {
            entry = Some((word, index + 1, parent));
        }
    }
    // The label without a leading 「提供先　」「委託　」 when the entry is already named, and
    // none when it is the entry's own word (「委託事項」 of 委託事項3).
    let label = match (entry, item.label().split_once('　')) {
        (Some((word, _, _)), _) if word == item.label() => "",
        (Some((word, _, _)), Some((head, tail))) if word.starts_with(head) => tail,
        _ => item.label(),
    };
    let number = match item.number(form) {
        Some(n) => Some((n, item.label())),
        None => entry
            .and_then(|(_, _, parent)| parent)
            .and_then(|p| p.number(form).map(|n| (n, p.label()))),
    };
    let (chapter, rest) = number.map_or(("", ""), |(n, l)| {
        let (chapter, rest) = split_chapter(n);
        (chapter, without_label_words(rest, l))
    });

    let mut out = String::with_capacity(64);
    out.push_str(chapter);
    if let Some(f) = &file {
        let _ = write!(out, "（{f}）");
    }
    match entry {
        Some((word, n, _)) => {
            // `5提供先①` splits at the word; `4⑦` after the leading digits.
            let (head, tail) = match rest.find(word) {
                Some(at) => (
                    rest.get(..at).unwrap_or(""),
                    rest.get(at + word.len()..).unwrap_or(""),
                ),
                None => rest.split_at(
                    rest.char_indices()
                        .find(|(_, c)| !c.is_ascii_digit())
                        .map_or(rest.len(), |(i, _)| i),
                ),
            };
            out.push_str(head);
            push_part(&mut out, &format!("{word}{n}"));
            push_part(&mut out, tail);
        }
        None => out.push_str(rest),
    }
    push_part(&mut out, label);
    out
}

/// Appends `text` after a space (nothing when it is empty).
fn push_part(out: &mut String, text: &str) {
    if !text.is_empty() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(text);
    }
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
            "Ⅱ（ファイル8）3⑦ 使用者数"
        );
        // Not numbered by the form: the number of its list.
        assert_eq!(
            render(&full, ItemId::EntrustmentReEntrustees, &[0, 0]),
            "Ⅱ（保険資格ファイル）4 委託事項1 再委託先・再々委託先"
        );
        assert_eq!(
            render(&full, ItemId::EntrustmentTitle, &[0, 1]),
            "Ⅱ（保険資格ファイル）4 委託事項2"
        );
        assert_eq!(
            render(&full, ItemId::CoverBodyKind, &[]),
            "評価実施機関の種別"
        );
    }

    #[test]
    fn words_of_the_number_are_not_repeated_before_the_label() {
        let full = Report::example(AssessmentKind::Full);
        for (item, indices, want) in [
            (
                ItemId::FileEntrustmentStatus,
                &[0][..],
                "Ⅱ（保険資格ファイル）4 委託の有無",
            ),
            (
                ItemId::FileEntrustmentCount,
                &[0],
                "Ⅱ（保険資格ファイル）4 委託の有無　（ ）件",
            ),
            (
                ItemId::FileStorageRetentionValidity,
                &[0],
                "Ⅱ（保険資格ファイル）6② 保管期間　その妥当性",
            ),
            (
                ItemId::EntrustmentDataSubjects,
                &[0, 0],
                "Ⅱ（保険資格ファイル）4 委託事項1 ② 対象となる本人の数",
            ),
            (
                ItemId::ProvisionName,
                &[0, 4],
                "Ⅱ（保険資格ファイル）5 提供先5",
            ),
            (
                ItemId::CoverApprovalDate,
                &[],
                "表紙 個人情報保護委員会　承認日",
            ),
        ] {
            assert_eq!(render(&full, item, indices), want, "{item:?}");
        }
        let basic = Report::example(AssessmentKind::Basic);
        assert_eq!(
            render(&basic, ItemId::ThresholdSubjectCountAsOf, &[]),
            "Ⅱ1 対象人数　いつ時点の計数か"
        );
        assert_eq!(
            render(&basic, ItemId::ThresholdResult, &[]),
            "Ⅲ しきい値判断結果"
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
