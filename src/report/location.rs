//! Rendering a place in the report with the form's own chapter, number and label.

use std::fmt::Write as _;

use super::{ItemId, Report};
use crate::AssessmentKind;
use crate::label::Visible;

/// The word the forms use for the N-th entry of a list (by JSON list name), and the item whose
/// number stands for the whole list (used for items the forms do not number, such as the
/// explicit 再委託 chain).
pub(crate) fn entry_word(list: &str) -> Option<(&'static str, Option<ItemId>)> {
    match list {
        "systems" => Some(("システム", None)),
        "entrustments" => Some((crate::form::ENTRUSTMENT, Some(ItemId::EntrustmentTitle))),
        "provisions" => Some((crate::form::PROVISION, Some(ItemId::ProvisionName))),
        "transfers" => Some((crate::form::TRANSFER, Some(ItemId::TransferName))),
        _ => None,
    }
}

/// The appendix that holds the 変更箇所 in `form`.
pub(crate) fn changes_appendix(form: AssessmentKind) -> &'static str {
    match form {
        AssessmentKind::Basic => crate::form::CHANGES,
        AssessmentKind::Focused => "（別添２）変更箇所",
        AssessmentKind::Full => "（別添３）変更箇所",
    }
}

/// Splits an item number such as `Ⅱ4⑦` into its chapter (`Ⅱ`, `表紙`, `別添2`) and the rest.
pub(crate) fn split_chapter(number: &str) -> (&str, &str) {
    if let Some(rest) = number.strip_prefix(crate::form::COVER) {
        return (crate::form::COVER, rest);
    }
    if number.starts_with(crate::form::APPENDIX) {
        return (number, "");
    }
    match number.chars().next() {
        Some(c) if crate::form::is_roman_numeral(c) => number.split_at(c.len_utf8()),
        _ => ("", number),
    }
}

/// Splits an item number into its chapter ([`split_chapter`]), the digits of its section and the
/// rest: `Ⅱ4⑦` gives `Ⅱ`, `4` and `⑦`, `表紙公表日` gives `表紙`, no digits and `公表日`.
pub(crate) fn split_number(number: &str) -> (&str, &str, &str) {
    let (chapter, rest) = split_chapter(number);
    let (section, rest) = split_digits(rest);
    (chapter, section, rest)
}

/// The chapter an appendix of `item` belongs to: （別添１）事務の内容 to Ⅰ, the record items of a
/// file to Ⅱ.
pub(crate) fn appendix_chapter(item: ItemId) -> &'static str {
    match item {
        ItemId::AffairDescriptionAppendix => "Ⅰ",
        _ => "Ⅱ",
    }
}

/// The number without the words after its last digit when the label says them already:
/// `3⑦使用者数` with 「使用者数」 gives `3⑦`, `4件数` with 「委託の件数」 gives `4`.
pub(crate) fn without_label_words<'a>(rest: &'a str, label: &str) -> &'a str {
    let cut = rest
        .char_indices()
        // The last part of a number: a digit (half- or full-width) or a circled number.
        .rfind(|&(_, c)| matches!(c, '0'..='9' | '０'..='９' | '①'..='⑳'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    match rest.split_at_checked(cut) {
        Some((number, words)) if !words.is_empty() && label.contains(words) => number,
        _ => rest,
    }
}

/// What the list positions of a path name: the file block (its index and names) and the list
/// entry (the form's word and its number from 1), with the item's label without a leading
/// 「提供先　」「委託　」 when the entry is already named, and none when it is the entry's own
/// word (「委託事項」 of 委託事項3); and the number that places the item in the report's form,
/// with the label it is printed with: the item's own, else its list's (`Ⅱ4` for the 再委託
/// chain), when the form prints one.
struct Along<'r> {
    file: Option<(usize, &'r [String])>,
    entry: Option<(&'static str, usize)>,
    label: &'static str,
    numbered: Option<(&'static str, &'static str)>,
}

fn along<'r>(report: &'r Report, item: ItemId, indices: &[usize]) -> Along<'r> {
    let mut file = None;
    let mut entry = None;
    let mut parent = None;
    let lists = item
        .pattern()
        .split('.')
        .filter_map(|p| p.strip_suffix("[]"));
    for (list, &index) in lists.zip(indices.iter()) {
        if list == "files" {
            let names = report
                .files
                .get(index)
                .map_or(&[][..], |f| f.names.as_slice());
            file = Some((index, names));
        } else if let Some((word, numbered_by)) = entry_word(list) {
            entry = Some((word, index + 1));
            parent = numbered_by;
        }
    }
    let label = match (entry, item.label().split_once('　')) {
        (Some((word, _)), _) if word == item.label() => "",
        (Some((word, _)), Some((head, tail))) if word.starts_with(head) => tail,
        _ => item.label(),
    };
    let form = report.form();
    let numbered = std::iter::once(item)
        .chain(parent)
        .find_map(|id| Some((id.number(form)?, id.label())));
    Along {
        file,
        entry,
        label,
        numbered,
    }
}

/// `text` split after its leading ASCII digits.
pub(crate) fn split_digits(text: &str) -> (&str, &str) {
    text.split_at(
        text.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len()),
    )
}

/// The names of a file block joined with `、` in brackets (`（国保賦課ファイル、国保資格ファイル）`),
/// or `（ファイル2）` for a block without a name. A control character of a name is escaped
/// (`\n`), so that the place stays on one line.
fn push_file_name(out: &mut String, (index, names): (usize, &[String])) {
    let mut names = names.iter().filter(|n| !n.is_empty());
    let Some(first) = names.next() else {
        let _ = write!(out, "（ファイル{}）", index + 1);
        return;
    };
    let _ = write!(out, "（{}", Visible(first));
    for name in names {
        let _ = write!(out, "、{}", Visible(name));
    }
    out.push('）');
}

/// The place of `item` (with the list positions `indices`) as the form names it:
/// chapter, file block, number, list entry, sub-number and label, e.g.
/// `Ⅱ（国保給付ファイル）4 委託事項3 ⑦ 再委託の有無`, `Ⅱ（国保給付ファイル）3⑦ 使用者数` or
/// `表紙 公表日`.
///
/// Numbers and labels come from the item table ([`ItemId`]); file blocks are named by their
/// 特定個人情報ファイル名 and list entries by the form's word and their number from 1. An item
/// the form does not number takes the number of its list (`Ⅱ4` for the 再委託 chain). The
/// place is on one line: the file names are its only text of the report's own, and their
/// control characters are escaped ([`push_file_name`]).
pub(crate) fn render(report: &Report, item: ItemId, indices: &[usize]) -> String {
    let place = along(report, item, indices);
    let (chapter, rest) = place.numbered.map_or(("", ""), |(n, l)| {
        let (chapter, rest) = split_chapter(n);
        (chapter, without_label_words(rest, l))
    });

    let mut out = String::with_capacity(64);
    out.push_str(chapter);
    if let Some(f) = place.file {
        push_file_name(&mut out, f);
    }
    match place.entry {
        Some((word, n)) => {
            // `5提供先①` splits at the word; `4⑦` after the leading digits.
            let (head, tail) = rest.split_once(word).unwrap_or_else(|| split_digits(rest));
            out.push_str(head);
            push_part(&mut out, &format!("{word}{n}"));
            push_part(&mut out, tail);
        }
        None => out.push_str(rest),
    }
    push_part(&mut out, place.label);
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

/// Writes `text` with every run of digits in the forms' style: a single digit full-width
/// (`４`, `リスク１`), longer numbers half-width (`10`, `提供先23`).
pub(crate) fn push_numbered(out: &mut String, text: &str) {
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let mut chars = text.chars().peekable();
    let mut run_single = false;
    let mut in_run = false;
    while let Some(c) = chars.next() {
        if !digit(c) {
            in_run = false;
            out.push(c);
            continue;
        }
        if !in_run {
            // A new run: single when the next character is no digit.
            run_single = !chars.peek().is_some_and(|&n| digit(n));
            in_run = true;
        }
        let ascii = crate::label::fold_char(c);
        out.push(if run_single {
            char::from_u32(ascii as u32 + 0xFEE0).unwrap_or(ascii)
        } else {
            ascii
        });
    }
}

/// The item a form has no number for is placed by: the 第三者点検を行った機関 under ３．第三者点検,
/// the kind of body on the cover.
pub(crate) fn stand_in(item: ItemId) -> Option<ItemId> {
    match item {
        ItemId::ProcedureReviewBody => Some(ItemId::ProcedureReviewDate),
        ItemId::CoverBodyKind => Some(ItemId::CoverBody),
        _ => None,
    }
}

/// The place of `item` (with the list positions `indices`) as the 変更箇所 of real reports name
/// it: chapter, file block in `（）`, section number and heading, list entry, sub-number and
/// label, separated by full-width spaces — `Ⅱ（国保給付ファイル）４．特定個人情報ファイルの取扱いの委託
/// 委託事項３　⑦再委託の有無`, `Ⅵ　１．基礎項目評価　①実施日`, `表紙　公表日`.
///
/// Numbers of one digit are full-width, longer ones half-width, as the forms print them. The
/// ※ marks of headings are left out. The 別添 are placed in their chapter
/// (`Ⅰ　（別添１）事務の内容`).
pub(crate) fn log_place(report: &Report, item: ItemId, indices: &[usize]) -> String {
    let form = report.form();
    let place = along(report, item, indices);
    let mut label = place.label;
    // The number and the words it ends with; a stand-in keeps only its chapter and section.
    // The item's own number or its list's, else a stand-in's; an item with none of these is
    // placed by its path alone.
    let (number, numbered_label, keep_after) = match place.numbered {
        Some((n, l)) => (n, l, true),
        None => match stand_in(item).and_then(|s| Some((s.number(form)?, s.label()))) {
            Some((n, l)) => (n, l, false),
            None => ("", "", false),
        },
    };

    let mut out = String::with_capacity(256);
    let (chapter, section, rest) = split_number(number);
    if let Some(appendix) = chapter.strip_prefix(crate::form::APPENDIX) {
        out.push_str(appendix_chapter(item));
        match place.file {
            Some(f) => push_file_name(&mut out, f),
            None => out.push('　'),
        }
        // A label that names its appendix (「（別添１）事務の内容」) is written as it is.
        if !label.starts_with("（別添") {
            out.push_str("（別添");
            push_numbered(&mut out, appendix);
            out.push('）');
        }
        push_numbered(&mut out, label);
        return out;
    }
    let mut after = without_label_words(rest, numbered_label);
    let section: Option<u32> = section.parse().ok();
    let mut heading = "";

    out.push_str(chapter);
    match place.file {
        Some(f) => push_file_name(&mut out, f),
        None if !out.is_empty() => out.push('　'),
        None => {}
    }
    if let Some(n) = section {
        push_numbered(&mut out, &n.to_string());
        out.push('．');
        if let Some(title) = crate::form::section_title(form, chapter, n) {
            out.push_str(title);
            heading = title;
            // 「意見の聴取　実施日・期間」 under 「国民・住民等からの意見の聴取」: the heading says it.
            if let Some((head, tail)) = label.split_once('　') {
                if title.ends_with(head) {
                    label = tail;
                }
            }
        }
    }
    if !keep_after {
        after = "";
    }
    if let Some((word, n)) = place.entry {
        // `提供先①` splits at the word; `⑦` follows the entry.
        let tail = after.split_once(word).map_or(after, |(_, tail)| tail);
        sep(&mut out);
        out.push_str(word);
        push_numbered(&mut out, &n.to_string());
        after = tail;
    }
    let mut chars = after.chars();
    let (marks, circled) = match chars.next_back() {
        Some(c) if ('①'..='⑳').contains(&c) => (chars.as_str(), Some(c)),
        _ => (after, None),
    };
    if !marks.is_empty() && !crate::label::fold(label).starts_with(&crate::label::fold(marks)) {
        sep(&mut out);
        push_numbered(&mut out, marks);
    }
    if let Some(c) = circled {
        sep(&mut out);
        out.push(c);
        out.push_str(label);
    } else if !label.is_empty() && label != heading {
        // (Ⅱ１．特定個人情報ファイル名: the heading is the item.)
        sep(&mut out);
        out.push_str(label);
    }
    out
}

/// A full-width space before the next part (none at the start or after one).
fn sep(out: &mut String) {
    if !out.is_empty() && !out.ends_with('　') {
        out.push('　');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::ReportBuilder;

    /// Found by the fuzz driver (`diff`): a file name with a control character put it, raw,
    /// into the place of a finding or a change.
    #[test]
    fn a_file_name_s_control_characters_are_escaped() {
        let mut r = Report::example(AssessmentKind::Full);
        r.files[0].names = vec!["国保\nファイル\u{7f}".into()];
        let place = render(&r, ItemId::FileNames, &[0]);
        assert!(place.starts_with("Ⅱ（国保\\nファイル\\u{7f}）"), "{place}");
        let logged = log_place(&r, ItemId::FileNames, &[0]);
        assert!(
            logged.starts_with("Ⅱ（国保\\nファイル\\u{7f}）"),
            "{logged}"
        );
    }

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

    #[test]
    fn log_places_follow_the_real_logs() {
        let full = Report::example(AssessmentKind::Full);
        let focused = Report::example(AssessmentKind::Focused);
        let basic = Report::example(AssessmentKind::Basic);
        for (report, item, indices, want) in [
            (
                &full,
                ItemId::EntrustmentReEntrustment,
                &[0, 2][..],
                "Ⅱ（保険資格ファイル）４．特定個人情報ファイルの取扱いの委託　委託事項３　⑦再委託の有無",
            ),
            (
                &full,
                ItemId::ProvisionLegalBasis,
                &[0, 22],
                "Ⅱ（保険資格ファイル）５．特定個人情報の提供・移転（委託に伴うものを除く。）　提供先23　①法令上の根拠",
            ),
            (&full, ItemId::CoverPublishedOn, &[], "表紙　公表日"),
            (
                &full,
                ItemId::ProcedurePublicCommentPeriod,
                &[],
                "Ⅵ　２．国民・住民等からの意見の聴取　②実施日・期間",
            ),
            (
                &full,
                ItemId::ProcedureReviewBody,
                &[],
                "Ⅵ　３．第三者点検　第三者点検を行った機関",
            ),
            (
                &full,
                ItemId::FullStorageSeriousIncident,
                &[],
                "Ⅲ　７．特定個人情報の保管・消去　リスク１　⑨過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか",
            ),
            (
                &full,
                ItemId::FullAcquisitionRisk1,
                &[],
                "Ⅲ　２．特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）　リスク１：目的外の入手が行われるリスク",
            ),
            (
                &full,
                ItemId::FullAcquisitionRisk1NonSubject,
                &[],
                "Ⅲ　２．特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）　リスク１　対象者以外の情報の入手を防止するための措置の内容",
            ),
            (&full, ItemId::FullAudit, &[], "Ⅳ　１．監査　②監査"),
            (
                &full,
                ItemId::AffairDescriptionAppendix,
                &[],
                "Ⅰ　（別添１）事務の内容",
            ),
            (
                &full,
                ItemId::AffairNumberUseBasis,
                &[],
                "Ⅰ　５．個人番号の利用　法令上の根拠",
            ),
            (
                &full,
                ItemId::FileRecordItemList,
                &[0],
                "Ⅱ（保険資格ファイル）（別添２）特定個人情報ファイル記録項目",
            ),
            (
                &full,
                ItemId::FileNames,
                &[0],
                "Ⅱ（保険資格ファイル）１．特定個人情報ファイル名",
            ),
            (
                &full,
                ItemId::FileMainRecordItems,
                &[0],
                "Ⅱ（保険資格ファイル）２．基本情報　④主な記録項目",
            ),
            (
                &full,
                ItemId::EntrustmentReEntrustees,
                &[0, 0],
                "Ⅱ（保険資格ファイル）４．特定個人情報ファイルの取扱いの委託　委託事項１　再委託先・再々委託先",
            ),
            (
                &focused,
                ItemId::FileStorageLocation,
                &[0],
                "Ⅱ（保険資格ファイル）６．特定個人情報の保管・消去　保管場所",
            ),
            (
                &focused,
                ItemId::FocusedAudit,
                &[],
                "Ⅲ　８．監査　実施の有無",
            ),
            (
                &focused,
                ItemId::FileRecordItemList,
                &[0],
                "Ⅱ（保険資格ファイル）（別添１）特定個人情報ファイル記録項目",
            ),
            (
                &basic,
                ItemId::ThresholdSubjectCountAsOf,
                &[],
                "Ⅱ　１．対象人数　いつ時点の計数か",
            ),
            (
                &basic,
                ItemId::BasicAcquisition,
                &[],
                "Ⅳ　２．特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）　目的外の入手が行われるリスクへの対策は十分か",
            ),
            (
                &focused,
                ItemId::FocusedOtherMeasures,
                &[],
                "Ⅲ　10．その他のリスク対策",
            ),
            (&basic, ItemId::ThresholdResult, &[], "Ⅲ　しきい値判断結果"),
            (
                &basic,
                ItemId::SystemName,
                &[1],
                "Ⅰ　１．特定個人情報ファイルを取り扱う事務　システム２　③システムの名称",
            ),
            (
                &basic,
                ItemId::BasicPrioritySufficiency,
                &[],
                "Ⅳ　11．最も優先度が高いと考えられる対策　当該対策は十分か【再掲】",
            ),
        ] {
            assert_eq!(log_place(report, item, indices), want, "{item:?}");
        }
    }

    #[test]
    fn every_item_has_a_log_place() {
        use crate::Choice;
        for &form in AssessmentKind::ALL {
            let report = Report::example(form);
            for id in ItemId::of_form(form) {
                let place = log_place(&report, id, &[0, 0, 0]);
                assert!(
                    !place.is_empty() && !place.contains("　　"),
                    "{form} {id}: {place}"
                );
                assert!(!place.ends_with('　'), "{form} {id}: {place}");
            }
        }
        // Numbers of one digit full-width, longer ones half-width.
        let mut out = String::new();
        push_numbered(&mut out, "リスク1⑤提供先23、１０");
        assert_eq!(out, "リスク１⑤提供先23、10");
    }
}
