//! `change::compare` beyond the judgement rules: list entries matched by identity, the form's
//! order, the values as the form prints them, the 変更箇所 rows, JSON, and errors.

use chrono::NaiveDate;
use mynumber_pia::AssessmentKind;
use mynumber_pia::change::{ChangeKind, ChangeSet, CompareError, Significance, compare};
use mynumber_pia::legal_basis::LegalBasis;
use mynumber_pia::report::{
    CheckSet, Connection, DataSubjectBand, Destination, FileBlock, ItemId, Medium, ReEntrustee,
    Report, System,
};
use mynumber_pia::validation::{Code, validate};

fn full() -> Report {
    Report::example(AssessmentKind::Full)
}

fn provision(name: &str, row: u32) -> Destination {
    let basis = format!("番号利用法第19条第8号に基づく主務省令第2条の表の{row}の項");
    Destination::new(name, LegalBasis::parse(&basis).unwrap())
        .with_methods(CheckSet::of([Medium::InfoNetwork]))
}

/// A 全項目 report whose first file block has 20 提供先.
fn with_twenty_provisions() -> Report {
    let mut r = full();
    r.files[0].provisions = (0..20)
        .map(|i| provision(&format!("提供先の機関{i}"), 100 + i))
        .collect();
    r
}

fn places(set: &ChangeSet) -> Vec<&str> {
    set.changes().iter().map(|c| c.place()).collect()
}

#[test]
fn one_provision_inserted_at_the_front_is_one_change() {
    let old = with_twenty_provisions();
    let mut new = old.clone();
    new.files[0]
        .provisions
        .insert(0, provision("新しい提供先", 2));
    let set = compare(&old, &new).unwrap();
    assert_eq!(
        places(&set),
        ["Ⅱ（保険資格ファイル）５．特定個人情報の提供・移転（委託に伴うものを除く。）　提供先１"]
    );
    let c = &set.changes()[0];
    assert_eq!(
        (c.kind(), c.after()),
        (ChangeKind::Added, Some("新しい提供先"))
    );
    assert_eq!(c.path().to_string(), "files[0].provisions[0].name");
    // And removed again: one removal, at its place in the old report.
    let back = compare(&new, &old).unwrap();
    assert_eq!(places(&back), places(&set));
    assert_eq!(back.changes()[0].kind(), ChangeKind::Removed);
    assert_eq!(back.changes()[0].before(), Some("新しい提供先"));
}

#[test]
fn an_entry_moved_and_changed_is_found_by_its_name() {
    let old = with_twenty_provisions();
    let mut new = old.clone();
    let mut moved = new.files[0].provisions.remove(15);
    moved.timing = Some("月次".into());
    new.files[0].provisions.insert(2, moved);
    let set = compare(&old, &new).unwrap();
    // Its own change only, at its new number.
    assert_eq!(
        places(&set),
        [
            "Ⅱ（保険資格ファイル）５．特定個人情報の提供・移転（委託に伴うものを除く。）　提供先３　⑦時期・頻度"
        ]
    );
}

#[test]
fn a_new_entrustee_is_a_change_of_its_entrustment() {
    let old = full();
    let mut new = old.clone();
    new.files[0].entrustments[0].entrustee = Some("株式会社ほかの情報サービス".into());
    let set = compare(&old, &new).unwrap();
    assert_eq!(set.changes().len(), 1, "{:#?}", set.changes());
    let c = &set.changes()[0];
    assert_eq!(c.item(), ItemId::EntrustmentEntrustee);
    assert_eq!(
        c.place(),
        "Ⅱ（保険資格ファイル）４．特定個人情報ファイルの取扱いの委託　委託事項１　⑥委託先名"
    );
    assert_eq!(c.significance(), Significance::NotSignificant);
}

#[test]
fn a_re_entrustment_level_added_is_one_change() {
    let old = full();
    let mut new = old.clone();
    new.files[0].entrustments[0].re_entrustees.insert(
        0,
        ReEntrustee::new("株式会社再委託").with_permission("書面で許諾"),
    );
    let set = compare(&old, &new).unwrap();
    assert_eq!(
        places(&set),
        [
            "Ⅱ（保険資格ファイル）４．特定個人情報ファイルの取扱いの委託　委託事項１　再委託先・再々委託先１"
        ]
    );
    assert_eq!(
        set.changes()[0].path().to_string(),
        "files[0].entrustments[0].re_entrustees[0]"
    );
}

#[test]
fn a_renamed_file_block_is_matched_when_it_is_the_only_one() {
    let old = full();
    let mut new = old.clone();
    new.files[0].names = vec!["国保資格ファイル".into()];
    let set = compare(&old, &new).unwrap();
    assert_eq!(set.changes().len(), 1, "{:#?}", set.changes());
    let c = &set.changes()[0];
    assert_eq!(c.item(), ItemId::FileNames);
    assert_eq!(
        (c.before(), c.after()),
        (Some("保険資格ファイル"), Some("国保資格ファイル"))
    );
    assert_eq!(c.place(), "Ⅱ（国保資格ファイル）１．特定個人情報ファイル名");
}

#[test]
fn a_file_block_added_is_one_change() {
    let old = full();
    let mut new = old.clone();
    new.files.push(FileBlock::new(
        "国保給付ファイル",
        DataSubjectBand::From100kTo1m,
    ));
    let set = compare(&old, &new).unwrap();
    assert_eq!(
        places(&set),
        ["Ⅱ（国保給付ファイル）１．特定個人情報ファイル名"]
    );
    // ①ファイルの種類 is a ※ item and is filled in.
    assert_eq!(set.changes()[0].significance(), Significance::Significant);
}

#[test]
fn changes_come_in_the_forms_order() {
    let old = full();
    let mut new = old.clone();
    // Made in reverse order of the form.
    new.procedures.third_party_review.result = Some("妥当である。".into());
    new.disclosure.inquiry_handling = Some("記録を残し、課長に報告する。".into());
    new.full_mut().unwrap().other_measures.other = Some("クラウドの責任分界を定める。".into());
    new.files[0].storage.erasure = Some("年度末に消去する。".into());
    new.files[0].usage.purpose = Some("資格の管理のため。".into());
    new.systems.push(System::new("申請管理システム"));
    new.systems[0].connections = CheckSet::of([Connection::IntraOffice]);
    new.affair.department = Some("健康部　国保課".into());
    new.cover.published_on = NaiveDate::from_ymd_opt(2026, 6, 30);
    let set = compare(&old, &new).unwrap();
    let items: Vec<ItemId> = set.changes().iter().map(|c| c.item()).collect();
    assert_eq!(
        items,
        [
            ItemId::CoverPublishedOn,
            ItemId::SystemConnections,
            ItemId::SystemName,
            ItemId::AffairDepartment,
            ItemId::FileUsagePurpose,
            ItemId::FileStorageErasure,
            ItemId::FullOtherMeasures,
            ItemId::DisclosureInquiryHandling,
            ItemId::ProcedureReviewResult,
        ]
    );
    assert_eq!(set.changes()[0].place(), "表紙　公表日");
    assert_eq!(
        (set.changes()[0].before(), set.changes()[0].after()),
        (Some("令和7年6月30日"), Some("令和8年6月30日"))
    );
    assert_eq!(
        set.changes()[1].place(),
        "Ⅰ　２．特定個人情報ファイルを取り扱う事務において使用するシステム　システム１　③他のシステムとの接続"
    );
    assert_eq!(
        (set.changes()[1].before(), set.changes()[1].after()),
        (
            Some("庁内連携システム、宛名システム等"),
            Some("庁内連携システム")
        )
    );
    assert_eq!(
        set.changes()[7].place(),
        "Ⅴ　２．特定個人情報ファイルの取扱いに関する問合せ　②対応方法"
    );
    assert_eq!(set.changes()[8].place(), "Ⅵ　３．第三者点検　③結果");
}

#[test]
fn records_validate_without_ch001() {
    let old = full();
    let mut new = old.clone();
    new.files[0].storage.location = Some("ガバメントクラウドに保管する。".into());
    new.files[0].storage.erasure = Some("クラウドでは事業者が消去する。".into());
    new.files[0].provisions.clear();
    new.affair.number_use_basis =
        Some(LegalBasis::parse("番号利用法第９条第１項、別表の４４の項").unwrap());
    let set = compare(&old, &new).unwrap();
    assert_eq!(set.summary(), "4 changes, 1 significant");
    let date = new.cover.published_on.unwrap();
    let rows = set.records(date);
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0].item, "Ⅰ　５．個人番号の利用　法令上の根拠");
    assert_eq!(rows[0].item_id, Some(ItemId::AffairNumberUseBasis));
    assert_eq!(rows[0].date, Some(date));
    assert_eq!(rows[0].declares_significant(), Some(false));
    assert_eq!(rows[1].after.as_deref(), Some("削除"));
    assert_eq!(rows[2].declares_significant(), Some(true));
    assert_eq!(rows[3].declares_significant(), Some(false));
    // The new version with its rows: no CH001 (重要な変更 filed 事後) for them.
    new.changes.extend(rows);
    let findings = validate(&new, date);
    assert_eq!(
        findings
            .with_code(Code::SignificantChangeFiledAfter)
            .count(),
        0
    );
    assert_eq!(findings.with_code(Code::ChangeAfterPublication).count(), 0);
    // Filed 事後, the 重要な変更 would be CH001: the check sees these rows.
    let mut wrong = new.clone();
    let at = wrong.changes.len() - 2;
    wrong.changes[at].timing = Some(mynumber_pia::report::SubmissionTiming::After);
    assert_eq!(
        validate(&wrong, date)
            .with_code(Code::SignificantChangeFiledAfter)
            .count(),
        1
    );
}

#[test]
fn the_change_set_round_trips_through_json() {
    let old = full();
    let mut new = old.clone();
    new.files[0].storage.location = Some("ガバメントクラウドに保管する。".into());
    new.files[0].usage.departments = Some("保険年金課".into());
    new.files[0].provisions.clear();
    let mut set = compare(&old, &new).unwrap();
    set.override_judgement(0, Significance::NotSignificant, "組織の名称変更")
        .unwrap();
    let json = serde_json::to_string_pretty(&set).unwrap();
    let back: ChangeSet = serde_json::from_str(&json).unwrap();
    assert_eq!(back, set);
    assert!(json.contains("\"override\""), "{json}");
    assert!(json.contains("\"reason\": \"marked-item\""), "{json}");
    assert!(json.contains("\"kind\": \"reassessment\""), "{json}");
    // Unknown fields and words are refused.
    let bad = json.replace("\"marked-item\"", "\"important\"");
    let err = serde_json::from_str::<ChangeSet>(&bad)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("「important」は判断の理由ではありません"),
        "{err}"
    );
}

#[test]
fn reports_of_other_forms_or_affairs_are_refused() {
    let err = compare(&full(), &Report::example(AssessmentKind::Basic)).unwrap_err();
    assert!(matches!(err, CompareError::FormMismatch { .. }));
    let mut other = full();
    other.affair.name = "介護保険に関する事務\n".into();
    let err = compare(&full(), &other).unwrap_err();
    assert_eq!(
        err.to_string(),
        "事務が異なる: 変更前は「国民健康保険に関する事務」、変更後は「介護保険に関する事務\\n」"
    );
    // The same 事務 written in another width is the same 事務.
    let mut wide = full();
    wide.affair.name = "国民健康保険に関する事務 ".into();
    assert!(compare(&full(), &wide).is_ok());
}

#[test]
fn values_are_printed_as_the_form_prints_them() {
    let old = full();
    let mut new = old.clone();
    new.files[0].data_subjects = Some(DataSubjectBand::From1mTo10m);
    new.files[0].holding_start = None;
    new.procedures.public_comment.period.start = NaiveDate::from_ymd_opt(2025, 3, 2);
    let set = compare(&old, &new).unwrap();
    let shown: Vec<(Option<&str>, Option<&str>)> = set
        .changes()
        .iter()
        .map(|c| (c.before(), c.after()))
        .collect();
    assert_eq!(
        shown,
        [
            (
                Some("10万人以上100万人未満"),
                Some("100万人以上1,000万人未満")
            ),
            (Some("平成27年10月"), None),
            (
                Some("令和7年4月1日から令和7年4月30日までの30日間"),
                Some("令和7年3月2日から令和7年4月30日までの30日間")
            ),
        ]
    );
    assert_eq!(set.changes()[1].kind(), ChangeKind::Removed);
}

/// The place of a changed explanation names the text box the form prints under the control:
/// 具体的な管理方法, ルールの内容及びルール遵守の確認方法, 規定の内容…
#[test]
fn a_controls_text_is_placed_under_its_own_label() {
    let cases: &[(AssessmentKind, &str, &str)] = &[
        (
            AssessmentKind::Full,
            "/full/risk_measures/usage/risk2/user_auth",
            "具体的な管理方法",
        ),
        (
            AssessmentKind::Full,
            "/full/risk_measures/entrustment/risk/erasure_rule",
            "ルールの内容及びルール遵守の確認方法",
        ),
        (
            AssessmentKind::Full,
            "/full/risk_measures/entrustment/risk/contract_clause",
            "規定の内容",
        ),
        (
            AssessmentKind::Full,
            "/full/risk_measures/entrustment/risk/viewer_restriction",
            "具体的な制限方法",
        ),
        (
            AssessmentKind::Full,
            "/full/risk_measures/storage/risk1/deceased_numbers",
            "具体的な保管方法",
        ),
        (
            AssessmentKind::Focused,
            "/focused/risk_measures/provision_transfer/risk/rule",
            "ルールの内容及びルール遵守の確認方法",
        ),
    ];
    for &(form, pointer, label) in cases {
        let old = Report::example(form);
        let mut value = serde_json::to_value(&old).unwrap();
        let detail = value
            .pointer_mut(pointer)
            .unwrap_or_else(|| panic!("{pointer}"))
            .as_object_mut()
            .unwrap_or_else(|| panic!("{pointer} is a control"));
        detail.insert("detail".into(), "変更後の説明".into());
        let new: Report = serde_json::from_value(value).unwrap();
        let set = compare(&old, &new).unwrap();
        assert_eq!(set.changes().len(), 1, "{pointer}: {:#?}", set.changes());
        let place = set.changes()[0].place();
        assert!(place.ends_with(&format!("　{label}")), "{pointer}: {place}");
    }
}

/// The changes between two versions whose 提供先 differ, checked to be of `kinds` in order.
fn compare_provisions<const N: usize>(
    old: &Report,
    new: &Report,
    kinds: [ChangeKind; N],
) -> ChangeSet {
    let set = compare(old, new).unwrap();
    let found: Vec<ChangeKind> = set.changes().iter().map(|c| c.kind()).collect();
    assert_eq!(found, kinds, "{:#?}", set.changes());
    set
}

/// 提供先 of one name are told apart by position within the name: one inserted before them and
/// one of them changed is two changes, not a removal and three additions.
#[test]
fn entries_of_one_name_pair_in_order() {
    let mut old = full();
    old.files[0].provisions = vec![provision("同名の機関", 101), provision("同名の機関", 102)];
    let mut new = old.clone();
    new.files[0].provisions = vec![
        provision("新しい機関", 103),
        provision("同名の機関", 101),
        provision("同名の機関", 105),
    ];
    let set = compare_provisions(&old, &new, [ChangeKind::Added, ChangeKind::Modified]);
    assert_eq!(
        set.changes()[1].path().to_string(),
        "files[0].provisions[2].legal_basis"
    );
}

/// Two equal 提供先 pair with two equal ones, each once: an insertion before them and a change
/// after them are the only changes (mutation testing: a taken entry was paired again).
#[test]
fn equal_entries_pair_once_each() {
    let mut old = full();
    old.files[0].provisions = vec![
        provision("同じ機関", 101),
        provision("同じ機関", 101),
        provision("最後の機関", 102),
    ];
    let mut new = old.clone();
    new.files[0].provisions = vec![
        provision("新しい機関", 103),
        provision("同じ機関", 101),
        provision("同じ機関", 101),
        provision("最後の機関", 104),
    ];
    compare_provisions(&old, &new, [ChangeKind::Added, ChangeKind::Modified]);
}

/// A 再委託先 renamed is another 再委託先: the old one removed, the new one added.
#[test]
fn a_renamed_re_entrustee_is_another_one() {
    let mut old = full();
    old.files[0].entrustments[0].re_entrustees =
        vec![ReEntrustee::new("株式会社再委託").with_permission("書面で許諾")];
    let mut new = old.clone();
    new.files[0].entrustments[0].re_entrustees =
        vec![ReEntrustee::new("株式会社別会社").with_permission("書面で許諾")];
    let set = compare(&old, &new).unwrap();
    let mut kinds: Vec<ChangeKind> = set.changes().iter().map(|c| c.kind()).collect();
    kinds.sort_by_key(|k| format!("{k:?}"));
    assert_eq!(
        kinds,
        [ChangeKind::Added, ChangeKind::Removed],
        "{:#?}",
        set.changes()
    );
}

/// A 委託先, 提供先, system or file renamed with the rest unchanged is one change of its name
/// (before → after), not a removal and an addition, even where the name was the entry's only
/// identity.
#[test]
fn a_rename_with_the_rest_unchanged_is_one_change() {
    fn one_rename(old: &Report, new: &Report, before: &str, after: &str) {
        let set = compare(old, new).unwrap();
        assert_eq!(set.changes().len(), 1, "{:?}", places(&set));
        let c = &set.changes()[0];
        assert_eq!(c.kind(), ChangeKind::Modified, "{}", c.place());
        assert_eq!((c.before(), c.after()), (Some(before), Some(after)));
    }
    let old = with_twenty_provisions();
    let mut new = old.clone();
    new.files[0].provisions[3].name = Some("改称した提供先".into());
    one_rename(&old, &new, "提供先の機関3", "改称した提供先");

    let old = full();
    let mut new = old.clone();
    let before = old.systems[0].name.clone();
    new.systems[0].name = "新しい名前のシステム".into();
    one_rename(&old, &new, &before, "新しい名前のシステム");

    // Two 委託事項 with one title: the 委託先 is what tells them apart.
    let mut old = full();
    let mut twin = old.files[0].entrustments[0].clone();
    twin.entrustee = Some("株式会社ふたご".into());
    old.files[0].entrustments.push(twin);
    let mut new = old.clone();
    let before = old.files[0].entrustments[0].entrustee.clone().unwrap();
    new.files[0].entrustments[0].entrustee = Some("株式会社あたらしい".into());
    one_rename(&old, &new, &before, "株式会社あたらしい");
}
