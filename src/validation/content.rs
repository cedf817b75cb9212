//! CT: what each form requires to be written (様式).

use std::borrow::Cow;

use super::Code;
use super::context::{Ctx, blank, empty};
use crate::AssessmentKind;
use crate::report::ItemPath;
use crate::report::location::render;
use crate::report::{Group, Value, field_at, risk_ratings, visit_strays};
use crate::report::{IncidentHistory, ItemId, RecentIncidents, RetentionPeriod, Sufficiency};

pub(crate) fn check(cx: &mut Ctx<'_>) {
    mandatory(cx);
    files(cx);
    file_names(cx);
    record_items(cx);
    unsafe_characters(cx);
    incidents(cx);
    for r in risk_ratings(cx.report).into_iter().filter(|r| r.applies) {
        match r.sufficiency {
            None => cx.emit_at(
                Code::ItemNotFilled,
                Some(r.item),
                r.item.path(&[]).field("sufficiency"),
                render(cx.report, r.item, &[]),
                "「リスクへの対策は十分か」が選択されていない",
            ),
            Some(Sufficiency::IssuesRemain) if r.has_measures == Some(false) => cx.emit(
                Code::RemainingIssueWithoutMeasures,
                r.item,
                "「課題が残されている」としているが、リスクに対する措置の内容が記載されていない",
            ),
            Some(_) => {}
        }
    }
}

/// CT002: the 3-year 重大事故 item needs its content and prevention when 発生あり.
fn incidents(cx: &mut Ctx<'_>) {
    let Some((id, item)) = cx.report.recent_incidents_item() else {
        return;
    };
    match item.status {
        Some(IncidentHistory::Occurred) => {
            // The parts after the status, under the labels the item prints (その内容,
            // 再発防止策の内容).
            let missing: Vec<&str> = RecentIncidents::LABELS
                .iter()
                .skip(1)
                .zip([&item.content, &item.prevention])
                .filter(|(_, text)| blank(text.as_deref()))
                .map(|(label, _)| *label)
                .collect();
            if !missing.is_empty() {
                cx.emit(
                    Code::IncidentWithoutDetails,
                    id,
                    format!(
                        "重大事故が「発生あり」だが、{}が記載されていない",
                        missing.join("と")
                    ),
                );
            }
        }
        Some(IncidentHistory::NotOccurred) => {}
        None => cx.emit(
            Code::ItemNotFilled,
            id,
            "過去3年以内の重大事故の発生の有無が選択されていない",
        ),
    }
}

/// A `code` finding, 「{label}」`what`, on each of `items` at the list positions `at` that the
/// report has and that is empty. The entries of a list (a 委託事項, a 提供先) are read directly,
/// with [`unfilled`]: there are many, and validation is on their path.
fn each_empty(cx: &mut Ctx<'_>, code: Code, items: &[ItemId], at: &[usize], what: &str) {
    for &item in items {
        if field_at(cx.report, item, at).is_some_and(empty) {
            unfilled(cx, code, item, at, what);
        }
    }
}

/// A `code` finding, 「{label}」`what`, on the empty `item` at the list positions `at`.
fn unfilled(cx: &mut Ctx<'_>, code: Code, item: ItemId, at: &[usize], what: &str) {
    cx.emit_in(code, item, at, format!("「{}」{what}", item.label()));
}

/// CT004: the items without which the report does not say what it is about, in form order.
fn mandatory(cx: &mut Ctx<'_>) {
    use ItemId::*;
    let report = cx.report;
    let code = Code::MandatoryItemEmpty;
    let missing = "が記載されていない";
    // A list with no entry at all: named as a whole, at the list's path.
    let none = |cx: &mut Ctx<'_>, item: ItemId, field: &'static str, what: &str| {
        let location = render(report, item, &[]);
        let path = ItemPath::root().field(field);
        cx.emit_at(
            code,
            Some(item),
            path,
            location,
            format!("{what}が一つも記載されていない"),
        );
    };
    each_empty(
        cx,
        code,
        &[CoverTitle, CoverBody, CoverPublishedOn, AffairName],
        &[],
        missing,
    );
    if report.systems.is_empty() {
        none(cx, SystemName, "systems", "使用するシステム");
    }
    for si in 0..report.systems.len() {
        each_empty(cx, code, &[SystemName], &[si], missing);
    }
    each_empty(cx, code, &[AffairFileNames], &[], missing);
    if cx.form == AssessmentKind::Basic {
        let items = [
            ThresholdSubjectCount,
            ThresholdHandlerCount,
            ThresholdSeriousIncident,
            ThresholdResult,
        ];
        each_empty(cx, code, &items, &[], missing);
    } else {
        let items = [
            AffairSubjectCount,
            ProcedureBasicAssessmentDate,
            ProcedureThresholdResult,
        ];
        each_empty(cx, code, &items, &[], missing);
        if report.files.is_empty() {
            none(cx, FileNames, "files", "Ⅱ 特定個人情報ファイルの概要");
        }
    }
    for (fi, file) in report.files.iter().enumerate() {
        each_empty(cx, code, &[FileNames], &[fi], missing);
        let name = |cx: &mut Ctx<'_>, item: ItemId, i: usize, name: &Option<String>| {
            if blank(name.as_deref()) {
                unfilled(cx, code, item, &[fi, i], missing);
            }
        };
        for (i, e) in file.entrustments.iter().enumerate() {
            name(cx, EntrustmentEntrustee, i, &e.entrustee);
        }
        for (item, list) in [
            (ProvisionName, &file.provisions),
            (TransferName, &file.transfers),
        ] {
            for (i, d) in list.iter().enumerate() {
                name(cx, item, i, &d.name);
            }
        }
    }
}

/// A file name as compared between chapters: width folded, white space and a leading list marker
/// (「（１）」, 「1.」, 「①」, 「・」) dropped. Borrowed from the name when folding leaves it as it
/// is (most names).
fn name_key(name: &str) -> Cow<'_, str> {
    /// The end of a folded name that its key keeps.
    fn without_marker(folded: &str) -> &str {
        // Most names start with none of the markers' characters: their first character is
        // read once, not once for each kind of marker.
        let marked = |c: char| {
            matches!(c, '・' | '･' | '(' | '0'..='9') || crate::legal_basis::is_circled(c)
        };
        if !folded.starts_with(marked) {
            return folded;
        }
        let rest = folded.trim_start_matches(['・', '･']);
        let rest = match rest
            .strip_prefix('(')
            .and_then(|inner| inner.split_once(')'))
        {
            Some((n, after)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => after,
            _ => rest,
        };
        let after_digits = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        let rest = match after_digits.strip_prefix(['.', ')']) {
            Some(after) if after_digits.len() < rest.len() => after,
            _ => rest,
        };
        rest.trim_start_matches(crate::legal_basis::is_circled)
    }
    match crate::label::folded(name) {
        Cow::Borrowed(folded) => Cow::Borrowed(without_marker(folded)),
        Cow::Owned(mut key) => {
            // The key is the folded name's end: its head is cut off in place.
            let head = key.len() - without_marker(&key).len();
            key.replace_range(..head, "");
            Cow::Owned(key)
        }
    }
}

/// Names with their [keys](name_key) and their places in the list, in the order of their keys: a
/// list of file names read once for every comparison it takes part in.
struct Keyed<'a> {
    sorted: Vec<(Cow<'a, str>, usize, &'a str)>,
}

impl<'a> Keyed<'a> {
    fn new(names: impl Iterator<Item = &'a str>) -> Self {
        let mut sorted: Vec<(Cow<'a, str>, usize, &str)> = names
            .filter(|n| !blank(Some(n)))
            .enumerate()
            .map(|(i, n)| (name_key(n), i, n))
            .collect();
        sorted.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Keyed { sorted }
    }

    /// Whether one of the names has `key`.
    fn has(&self, key: &str) -> bool {
        self.sorted
            .binary_search_by(|(k, _, _)| k.as_ref().cmp(key))
            .is_ok()
    }

    /// The names (in list order) whose key `others` does not have (none gathered, nothing
    /// allocated, for the names of most reports).
    fn missing_from(&self, others: &Keyed<'_>) -> Vec<&'a str> {
        let mut missing: Vec<(usize, &'a str)> = self
            .sorted
            .iter()
            .filter(|(key, _, _)| !others.has(key))
            .map(|&(_, i, name)| (i, name))
            .collect();
        missing.sort_unstable_by_key(|&(i, _)| i);
        missing.into_iter().map(|(_, name)| name).collect()
    }
}

/// CT006: the file names of Ⅰ and Ⅲ against those of the Ⅱ blocks.
fn file_names(cx: &mut Ctx<'_>) {
    let report = cx.report;
    let chapter2 = Keyed::new(
        report
            .files
            .iter()
            .flat_map(|f| f.names.iter().map(String::as_str)),
    );
    if chapter2.sorted.is_empty() {
        return;
    }
    for item in [
        ItemId::AffairFileNames,
        ItemId::FullFileNames,
        ItemId::FocusedFileNames,
    ] {
        if let Some(Value::Texts(names)) = field_at(report, item, &[]).map(|f| f.value()) {
            compare_names(cx, item, Keyed::new(names.iter()), &chapter2);
        }
    }
}

/// A CT006 finding on `item` when its `names` are not the names of the Ⅱ blocks.
fn compare_names(cx: &mut Ctx<'_>, item: ItemId, names: Keyed<'_>, chapter2: &Keyed<'_>) {
    let (Some(here), Some(there)) = (item.number(cx.form), ItemId::FileNames.number(cx.form))
    else {
        return;
    };
    if names.sorted.is_empty() {
        return;
    }
    let only_here = names.missing_from(chapter2);
    let only_there = chapter2.missing_from(&names);
    // `names` as 「…」 quotes joined by 、 (control characters are escaped with the whole
    // message, in `Ctx::emit_at`).
    let quote = |names: Vec<&str>| format!("「{}」", names.join("」、「"));
    let mut parts = Vec::new();
    if !only_here.is_empty() {
        parts.push(format!("{here}の{}は{there}にない", quote(only_here)));
    }
    if !only_there.is_empty() {
        parts.push(format!("{there}の{}は{here}にない", quote(only_there)));
    }
    if parts.is_empty() {
        return;
    }
    cx.emit(
        Code::FileNamesDiffer,
        item,
        format!(
            "特定個人情報ファイル名が{here}と{there}で一致しない（{}）",
            parts.join("、")
        ),
    );
}

/// CT008: every text of the report's items (the item table, passing over those that
/// hold no text: [`visit_strays`]) holding a character that is not
/// printable text ([`crate::label::is_stray_char`], found by `Field::first_stray`); one finding per item, naming the first such
/// character by its code point.
fn unsafe_characters(cx: &mut Ctx<'_>) {
    // Collected first, then emitted: the walk stays apart from `Ctx::emit` (a closure that
    // emits as it goes is inlined into the walk, which the validate bench measured slower).
    let mut found = Vec::new();
    visit_strays(cx.report, cx.form, &mut |item, at, c| {
        found.push((item, at.to_vec(), c))
    });
    for (item, at, c) in found {
        cx.emit_in(
            Code::UnsafeCharacter,
            item,
            &at,
            format!(
                "「{}」の記載に表示を乱す文字 U+{:04X} が含まれている（帳票に印字されない文字: 削除してください）",
                item.label(),
                u32::from(c)
            ),
        );
    }
}

/// CT007: the band of 記録される項目 against the items the appendix lists.
fn record_items(cx: &mut Ctx<'_>) {
    let report = cx.report;
    let Some(appendix) = ItemId::FileRecordItemList.number(cx.form) else {
        return;
    };
    for (fi, file) in report.files.iter().enumerate() {
        let listed = file
            .record_item_list
            .iter()
            .filter(|i| !blank(Some(i)))
            .count();
        let Some(band) = file.record_item_count else {
            continue;
        };
        if listed == 0 || band.interval().contains(listed as u64) {
            continue;
        }
        cx.emit_in(
            Code::RecordItemCountMismatch,
            ItemId::FileRecordItemCount,
            &[fi],
            format!(
                "記録される項目は「{}」だが、（{appendix}）特定個人情報ファイル記録項目には{listed}項目が記載されている",
                band.label()
            ),
        );
    }
}

/// CT001 and CT005 in the file blocks.
fn files(cx: &mut Ctx<'_>) {
    use ItemId::*;
    let report = cx.report;
    let (code, unchosen) = (Code::ItemNotFilled, "が選択されていない");
    for (fi, file) in report.files.iter().enumerate() {
        let at = [fi];
        let choices = [
            FileKind,
            FileDataSubjects,
            FileRecordItemCount,
            FileUsageUserCount,
            FileEntrustmentStatus,
        ];
        each_empty(cx, code, &choices, &at, unchosen);
        if cx.form == AssessmentKind::Full
            && file.storage.retention == Some(RetentionPeriod::Undefined)
            && blank(file.storage.retention_validity.as_deref())
        {
            cx.emit_in(
                Code::RetentionUndefinedWithoutReason,
                FileStorageRetentionValidity,
                &at,
                "保管期間を「定められていない」としているが、その妥当性が記載されていない",
            );
        }
        for (ei, e) in file.entrustments.iter().enumerate() {
            for (item, unset) in [
                (EntrustmentHandlerCount, e.handler_count.is_none()),
                (EntrustmentReEntrustment, e.re_entrustment.is_none()),
            ] {
                if unset {
                    unfilled(cx, code, item, &[fi, ei], unchosen);
                }
            }
        }
        for (list, subjects, methods) in [
            (&file.provisions, ProvisionDataSubjects, ProvisionMethods),
            (&file.transfers, TransferDataSubjects, TransferMethods),
        ] {
            for (di, d) in list.iter().enumerate() {
                if d.data_subjects.is_none() {
                    unfilled(cx, code, subjects, &[fi, di], unchosen);
                }
                if d.methods.is_empty() {
                    let message = format!("「{}」にチェックがない", methods.label());
                    cx.emit_in(code, methods, &[fi, di], message);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Report, ReportBuilder};
    use crate::validation::testing::{check, codes, d};

    /// Every kind of list marker is dropped from a name's key, a name without one keeps its
    /// folded text, and a marker's character inside a name stays.
    #[test]
    fn a_name_key_drops_a_leading_list_marker() {
        for name in [
            "国保賦課ファイル",
            "（１）国保賦課ファイル",
            "1.国保賦課ファイル",
            "12)国保賦課ファイル",
            "①国保賦課ファイル",
            "❶国保賦課ファイル",
            "・国保賦課ファイル",
            "･ 国保賦課ファイル",
            "国保賦課 ファイル",
        ] {
            assert_eq!(name_key(name), "国保賦課ファイル", "{name}");
        }
        assert_eq!(name_key("国保①ファイル"), "国保①ファイル");
        assert_eq!(name_key("(国保)ファイル"), "(国保)ファイル");
        assert_eq!(name_key("2024年ファイル"), "2024年ファイル");
    }

    #[test]
    fn ct001_undefined_retention_needs_its_reason() {
        let mut r = Report::example(AssessmentKind::Full);
        r.files[0].storage.retention = Some(RetentionPeriod::Undefined);
        assert!(!codes(&r).contains(&Code::RetentionUndefinedWithoutReason));
        r.files[0].storage.retention_validity = Some("－".into());
        assert!(codes(&r).contains(&Code::RetentionUndefinedWithoutReason));
    }

    #[test]
    fn ct002_incident_needs_content_and_prevention() {
        let today = d(2025, 1, 10);
        let ok = ReportBuilder::new(AssessmentKind::Focused, "事務")
            .with_recent_incident("USBメモリの紛失", "媒体の暗号化", today)
            .build();
        assert!(!codes(&ok).contains(&Code::IncidentWithoutDetails));
        let missing = ReportBuilder::new(AssessmentKind::Full, "事務")
            .with_recent_incident("USBメモリの紛失", "", today)
            .build();
        let r = check(&missing);
        let f = r.with_code(Code::IncidentWithoutDetails).next().unwrap();
        assert!(f.message().contains("再発防止策の内容"));
        assert_eq!(
            f.location(),
            "Ⅲ7リスク1⑨ 過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか"
        );
    }

    #[test]
    fn ct003_remaining_issue_needs_measures() {
        let mut r = Report::example(AssessmentKind::Full);
        r.full_mut().unwrap().risk_measures.usage.risk3.sufficiency =
            Some(Sufficiency::IssuesRemain);
        assert!(!codes(&r).contains(&Code::RemainingIssueWithoutMeasures));
        r.full_mut().unwrap().risk_measures.usage.risk3.measures = None;
        assert!(codes(&r).contains(&Code::RemainingIssueWithoutMeasures));
        let mut b = Report::example(AssessmentKind::Basic);
        let m = &mut b.basic_mut().unwrap().risk_measures.manual_work;
        m.sufficiency = Some(Sufficiency::IssuesRemain);
        m.rationale = None;
        assert!(codes(&b).contains(&Code::RemainingIssueWithoutMeasures));
    }

    /// The explanation of a control (e.g. ユーザ認証の管理's 具体的な管理方法) counts as a
    /// written measure (mutation testing: `detail` returning `None` went unnoticed).
    #[test]
    fn ct003_a_control_s_explanation_is_a_measure() {
        let mut r = Report::example(AssessmentKind::Focused);
        let risk2 = &mut r.focused_mut().unwrap().risk_measures.usage.risk2;
        risk2.sufficiency = Some(Sufficiency::IssuesRemain);
        risk2.other_measures = None;
        risk2.user_auth.detail = Some("生体認証で利用者を確認する".into());
        assert!(!codes(&r).contains(&Code::RemainingIssueWithoutMeasures));
        r.focused_mut()
            .unwrap()
            .risk_measures
            .usage
            .risk2
            .user_auth
            .detail = None;
        assert!(codes(&r).contains(&Code::RemainingIssueWithoutMeasures));
    }

    /// The `items` found not filled (CT004) in `r`, in order.
    fn unfilled(r: &Report, items: &[ItemId]) -> Vec<ItemId> {
        check(r)
            .with_code(Code::ItemNotFilled)
            .filter_map(|f| f.item())
            .filter(|i| items.contains(i))
            .collect()
    }

    /// A risk whose opt-out box (委託しない, 提供・移転しない, 接続しない) is checked needs no
    /// answer; unchecked, its answer is required (mutation testing: `!` deleted from an
    /// opt-out went unnoticed).
    #[test]
    fn ct004_opted_out_risks_need_no_answer() {
        let unanswered = |r: &mut Report| {
            let m = &mut r.full_mut().unwrap().risk_measures;
            m.entrustment.risk.sufficiency = None;
            m.provision_transfer.risk1.sufficiency = None;
            m.network.risk1.sufficiency = None;
            m.network.risk5.sufficiency = None;
        };
        let items = [
            ItemId::FullEntrustmentRisk,
            ItemId::FullProvisionRisk1,
            ItemId::FullNetworkRisk1,
            ItemId::FullNetworkRisk5,
        ];
        let mut r = Report::example(AssessmentKind::Full);
        unanswered(&mut r);
        assert_eq!(unfilled(&r, &items), items);
        let m = &mut r.full_mut().unwrap().risk_measures;
        m.entrustment.not_entrusted = true;
        m.provision_transfer.not_provided = true;
        m.network.not_connected_acquisition = true;
        m.network.not_connected_provision = true;
        assert!(unfilled(&r, &items).is_empty());

        // The same four boxes of a 重点項目評価書.
        let items = [
            ItemId::FocusedEntrustmentRisk,
            ItemId::FocusedProvisionRisk,
            ItemId::FocusedNetworkRisk1,
            ItemId::FocusedNetworkRisk2,
        ];
        let mut r = Report::example(AssessmentKind::Focused);
        let m = &mut r.focused_mut().unwrap().risk_measures;
        m.entrustment.risk.sufficiency = None;
        m.provision_transfer.risk.sufficiency = None;
        m.network.risk1.sufficiency = None;
        m.network.risk2.sufficiency = None;
        assert_eq!(unfilled(&r, &items), items);
        let m = &mut r.focused_mut().unwrap().risk_measures;
        m.entrustment.not_entrusted = true;
        m.provision_transfer.not_provided = true;
        m.network.not_connected_acquisition = true;
        m.network.not_connected_provision = true;
        assert!(unfilled(&r, &items).is_empty());
    }

    #[test]
    fn ct004_mandatory_items() {
        for form in [
            AssessmentKind::Basic,
            AssessmentKind::Focused,
            AssessmentKind::Full,
        ] {
            assert!(
                !codes(&Report::example(form)).contains(&Code::MandatoryItemEmpty),
                "{form}"
            );
        }
        let mut r = Report::example(AssessmentKind::Focused);
        r.cover.body = None;
        r.files[0].entrustments[0].entrustee = Some("  ".into());
        let v = check(&r);
        let paths: Vec<String> = v
            .with_code(Code::MandatoryItemEmpty)
            .map(|f| f.path().to_string())
            .collect();
        assert_eq!(paths, ["cover.body", "files[0].entrustments[0].entrustee"]);
        assert!(Report::empty(AssessmentKind::Full).files.is_empty());
        assert!(codes(&Report::empty(AssessmentKind::Full)).contains(&Code::MandatoryItemEmpty));
    }

    /// CT008 reads a 情報連携 basis as its whole text and a legal basis once: a stray character in
    /// either part of the cell, or in a 提供先's basis, is still found, at its item.
    #[test]
    fn ct008_finds_stray_characters_in_bases_and_their_parts() {
        use crate::legal_basis::LegalBasis;
        use crate::report::LinkageBasis;
        let stray_items = |r: &Report| -> Vec<ItemId> {
            check(r)
                .with_code(Code::UnsafeCharacter)
                .filter_map(|f| f.item())
                .collect()
        };
        let mut r = Report::example(AssessmentKind::Full);
        assert!(stray_items(&r).is_empty());
        for text in [
            "（1）情報提供の根拠\nなし\u{1b}\n（2）情報照会の根拠\n番号利用法第19条第8号",
            "（1）情報提供の根拠\nなし\n（2）情報照会の根拠\n番号利用法第19条第8号\u{202e}",
        ] {
            let basis = LinkageBasis::parse(text).unwrap();
            assert!(basis.has_parts(), "{text}");
            r.affair.info_linkage_basis = Some(basis);
            assert_eq!(stray_items(&r), [ItemId::AffairInfoLinkageBasis], "{text}");
        }
        r.affair.info_linkage_basis = None;
        r.files[0].provisions[0].legal_basis =
            Some(LegalBasis::parse("番号法第19条第8号\u{7}").unwrap());
        // Asked twice: the second answer is the one kept.
        assert_eq!(stray_items(&r), [ItemId::ProvisionLegalBasis]);
        assert_eq!(stray_items(&r), [ItemId::ProvisionLegalBasis]);
    }

    #[test]
    fn ct005_unfilled_choices() {
        let mut r = Report::example(AssessmentKind::Focused);
        assert!(!codes(&r).contains(&Code::ItemNotFilled));
        r.files[0].transfers[0].data_subjects = None;
        let v = check(&r);
        let f = v.with_code(Code::ItemNotFilled).next().unwrap();
        assert_eq!(f.path().to_string(), "files[0].transfers[0].data_subjects");
        // A risk whose opt-out box is checked needs no rating.
        let mut r = Report::example(AssessmentKind::Focused);
        let n = &mut r.focused_mut().unwrap().risk_measures.network;
        n.risk1.sufficiency = None;
        assert!(codes(&r).contains(&Code::ItemNotFilled));
        r.focused_mut()
            .unwrap()
            .risk_measures
            .network
            .not_connected_acquisition = true;
        assert!(!codes(&r).contains(&Code::ItemNotFilled));
    }
}
