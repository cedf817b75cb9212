//! Seed 004: 「松戸市　後期高齢者医療制度に関する事務　重点項目評価書」 (評価書番号 7), transcribed in
//! `tests/fixtures/seed-004-matsudo-focused.json`.
//!
//! The checks below are facts of the published document: counts, names, choices, legal bases,
//! dates and the 7 変更箇所 rows. Loading through `Sample` and the byte-exact round trip are
//! checked once, in `tests/report_json.rs`; what validation finds in it is listed, with reasons,
//! in `tests/validate_seeds.rs`.
//!
//! The text we hold is a dump of the PDF whose table cells come out of order. Transcription
//! choices where it does not say everything:
//! - The cover's 評価実施機関名, 公表日 and 様式 tag are not in the text: left empty.
//! - Checkboxes are taken as checked only where a mark stands with its label (「[ ○ ] 宛名システム等」,
//!   a mark at the end of the row of the box beside it). 主な記録項目 and 入手元 follow the report's
//!   その妥当性 and 使用方法 where the marks are scattered; 移転先1 ⑥移転方法 has a mark that
//!   cannot be paired with a box and is left with none.
//! - The 7 変更日 come out as one column: they are given to the rows in the order printed (rows
//!   4–7 carry a transcriber's note saying so).
//!
//! Real inconsistencies of the document, kept as printed (validation reports them):
//! - Ⅰ3 names the file 「後期高齢者医療システムファイル」, Ⅱ1 and Ⅲ1 「後期高齢者医療ファイル」.
//! - Ⅰ5② says 「（1）情報提供の根拠　なし（情報提供は行わない。）」, while Ⅲ6 leaves 「接続しない（提供）」
//!   unchecked and rates リスク２（不正な提供）, and a count of 1 stands beside the unchecked
//!   「提供を行っている」 box.
//! - 「移転を行っている」 is checked with its （ ）件 blank, for two 移転先.
//! - Ⅱ2④ chooses 50項目以上100項目未満 for the 47 items of (別添1) (numbered 1–46, 21 twice).
//! - The 情報連携 basis still cites 番号法第19条第7号 and 別表第二 (82の項), whose 主務省令 part is
//!   「未制定」; Ⅰ4 cites 別表第一の59の項.
//! - The 変更箇所 row that turns ④再委託の有無 (※) to 再委託する is filed 事後 as 「見直しによる修正」.

use chrono::NaiveDate;
use mynumber_pia::AssessmentKind;
use mynumber_pia::legal_basis::{HeadingKind, LawChange};
use mynumber_pia::report::{
    BasisPart, Connection, DataSubjectBand, DateOrMonth, EntrustmentStatus, FileKind,
    IncidentHistory, InfoLinkage, ItemId, Medium, ReEntrustmentStatus, RecordItemBand,
    RecordItemCategory, Report, SourceKind, StaffCountBand, SubmissionTiming, Sufficiency,
};
use mynumber_pia::samples::Sample;
use mynumber_pia::threshold::{
    PartialOutcome, RequiredAssessment, StatedThresholdResult, SubjectCountBand, decide_partial,
};

fn report() -> Report {
    Sample::MatsudoFocused
        .load()
        .expect("the seed 004 fixture loads")
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn cover() {
    let r = report();
    assert_eq!(r.form(), AssessmentKind::Focused);
    let c = &r.cover;
    assert_eq!(c.number.as_deref(), Some("7"));
    assert_eq!(
        c.title.as_deref(),
        Some("松戸市　後期高齢者医療制度に関する事務　重点項目評価書")
    );
    assert!(c.declaration.as_deref().unwrap().starts_with("松戸市は"));
    assert_eq!(c.special_note, None);
    // Not in the text we hold.
    assert_eq!((c.body.as_deref(), c.published_on), (None, None));
    assert_eq!(c.form_version, None);
}

#[test]
fn basic_information() {
    let r = report();
    let a = &r.affair;
    assert_eq!(a.name, "後期高齢者医療制度に関する事務");
    assert_eq!(a.subject_count, Some(SubjectCountBand::From100kTo300k));
    assert_eq!(a.file_names, ["後期高齢者医療システムファイル"]);
    let usage = a.number_use_basis.as_ref().unwrap();
    assert_eq!(
        usage.canonical(),
        [
            "番号法第9条第1項",
            "番号法別表第一第59項",
            "番号法別表第一の主務省令第46条"
        ]
    );
    assert_eq!(a.info_linkage, Some(InfoLinkage::Yes));
    assert_eq!(
        a.department.as_deref(),
        Some("福祉長寿部　国民健康保険課　広域保険担当室")
    );
    assert_eq!(a.department_head.as_deref(), Some("広域保険担当室長"));
    assert_eq!(a.other_bodies, None);

    let names: Vec<&str> = r.systems.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "（1）後期高齢者医療システム",
            "（2）庁内共通連携基盤システム（宛名システム等と同義）",
            "（3）中間サーバ",
            "番号管理システム",
        ]
    );
    let checked = |i: usize| -> Vec<Connection> {
        r.systems[i].connections.checked.iter().copied().collect()
    };
    assert_eq!(checked(0), [Connection::AddressSystem, Connection::Other]);
    assert_eq!(
        r.systems[0].connections.other.as_deref(),
        Some("後期高齢者医療広域連合電算処理システム（標準システム）")
    );
    assert_eq!(
        checked(2),
        [Connection::InfoNetwork, Connection::AddressSystem]
    );
    // Only the 中間サーバ connects to the 情報提供ネットワークシステム.
    for i in [0, 1, 3] {
        assert!(!checked(i).contains(&Connection::InfoNetwork), "system {i}");
    }
    assert_eq!(
        r.systems[3].connections.other.as_deref(),
        Some("中間サーバ、他業務システム")
    );
}

/// The two-part 情報連携 basis: 情報提供 「なし」, 情報照会 by the old 第19条第7号 and 別表第二's
/// 82の項, selected by the words of its 第一欄 and 第二欄, the 主務省令 part not enacted.
#[test]
fn linkage_basis_in_two_parts() {
    let r = report();
    let b = r.affair.info_linkage_basis.as_ref().unwrap();
    assert!(b.as_str().starts_with("（1）情報提供の根拠\n"));
    assert_eq!(
        b.provision(),
        &BasisPart::None {
            text: "なし（情報提供は行わない。）".into()
        }
    );
    let inquiry = b.inquiry().basis().unwrap();
    assert_eq!(
        inquiry.canonical(),
        [
            "番号法第19条第7号",
            "番号法別表第二",
            "番号法別表第二第82項",
            "番号法別表第二の主務省令（未制定）"
        ]
    );
    assert!(inquiry.unparsed().is_empty(), "{:?}", inquiry.unparsed());
    let cond = &inquiry.column_conditions()[0];
    let columns: Vec<(u8, Option<&str>)> = cond
        .columns
        .iter()
        .map(|c| (c.column, c.value.as_deref()))
        .collect();
    assert_eq!(
        columns,
        [
            (1, Some("市町村長")),
            (2, Some("高齢者の医療の確保に関する法律"))
        ]
    );
    assert!(inquiry.citations().last().unwrap().not_enacted);
    // The whole text: its headings name the two parts.
    let kinds: Vec<HeadingKind> = b.basis().headings().iter().map(|h| h.kind).collect();
    assert_eq!(kinds, [HeadingKind::Provision, HeadingKind::Inquiry]);
    // 第19条第7号 is the number before the 令和4年 renumbering; 別表第二 before 令和6年5月27日.
    let changes: Vec<Vec<LawChange>> = inquiry
        .citations()
        .iter()
        .filter(|c| c.is_pre_2024_regime())
        .map(|c| c.outdated_by())
        .collect();
    assert_eq!(changes[0], [LawChange::Article19Renumbering]);
    assert_eq!(
        inquiry.citations()[0]
            .current_equivalent()
            .unwrap()
            .to_string(),
        "番号法第19条第8号"
    );
    assert!(
        changes[1..]
            .iter()
            .all(|c| c == &[LawChange::Restructuring2024])
    );
}

#[test]
fn file_block() {
    let r = report();
    assert_eq!(r.files.len(), 1);
    let f = &r.files[0];
    assert_eq!(f.names, ["後期高齢者医療ファイル"]);
    assert_eq!(f.kind, Some(FileKind::System));
    assert_eq!(f.data_subjects, Some(DataSubjectBand::From100kTo1m));
    assert_eq!(f.record_item_count, Some(RecordItemBand::From50To100));
    assert!(
        f.main_record_items
            .checked
            .contains(&RecordItemCategory::NumberCode)
    );
    assert_eq!(f.main_record_items.checked.len(), 11);
    assert_eq!(
        f.holding_start,
        Some(DateOrMonth::Month("2016-01".parse().unwrap()))
    );
    assert_eq!(f.usage.start, Some(DateOrMonth::Day(date(2016, 1, 1))));
    assert_eq!(f.usage.user_count, Some(StaffCountBand::From100To500));
    assert_eq!(
        f.usage
            .departments
            .as_deref()
            .map(|d| d.split('、').count()),
        Some(9)
    );
    assert_eq!(
        f.acquisition.sources.keys().copied().collect::<Vec<_>>(),
        [
            SourceKind::Person,
            SourceKind::OtherDepartment,
            SourceKind::LocalBody
        ]
    );
    assert!(f.acquisition.methods.contains(Medium::Paper));
    assert!(!f.acquisition.methods.contains(Medium::InfoNetwork));
    assert_eq!(
        f.acquisition.methods.other.as_deref(),
        Some("庁内連携共通基盤システム")
    );

    // (別添1): one group, 47 items numbered 1–46 (21 twice).
    assert_eq!(f.record_item_list.len(), 47);
    assert!(
        f.record_item_list
            .iter()
            .all(|i| i.starts_with("<収納滞納・資格・賦課>"))
    );
    assert_eq!(
        f.record_item_list
            .iter()
            .skip(20)
            .take(2)
            .collect::<Vec<_>>(),
        [
            "<収納滞納・資格・賦課>住所地特例者管理",
            "<収納滞納・資格・賦課>充当内容"
        ]
    );
    assert_eq!(
        f.record_item_list.last(),
        Some("<収納滞納・資格・賦課>連携税マスタ")
    );
    // 重点 has no 保管期間 or 消去方法.
    assert!(f.storage.location.is_some());
    assert_eq!(
        (f.storage.retention, f.storage.erasure.as_deref()),
        (None, None)
    );
}

#[test]
fn entrustment_and_re_entrustment() {
    let f = &report().files[0];
    assert_eq!(f.entrustment_status, Some(EntrustmentStatus::Entrusts));
    assert_eq!(f.entrustment_count, Some(1));
    let e = &f.entrustments[0];
    assert_eq!(e.title.as_deref(), Some("帳票作成等業務委託"));
    assert_eq!(e.entrustee.as_deref(), Some("株式会社　アイネス"));
    assert_eq!(e.handler_count, Some(StaffCountBand::From50To100));
    assert_eq!(e.re_entrustment, Some(ReEntrustmentStatus::ReEntrusts));
    assert!(e.re_entrustment_permission.is_some() && e.re_entrustment_items.is_some());
    // The 重点 form names no 再委託先: one level, unnamed, permitted by 松戸市.
    assert_eq!(e.re_entrustees.len(), 1);
    assert_eq!(e.re_entrustees[0].name, None);
    assert_eq!(e.re_entrustees[0].permitted_by_original, Some(true));
}

#[test]
fn provision_and_transfers() {
    let f = &report().files[0];
    let s = &f.provision_transfer;
    // As printed: 「[ ] 提供を行っている（ 1 ）件」, 「[ ○ ] 移転を行っている（ ）件」.
    assert!(!s.provision && s.transfer && !s.neither);
    assert_eq!((s.provision_count, s.transfer_count), (Some(1), None));
    assert!(f.provisions.is_empty());
    let names: Vec<&str> = f
        .transfers
        .iter()
        .map(|t| t.name.as_deref().unwrap())
        .collect();
    assert_eq!(names, ["千葉県後期高齢者医療広域連合", "市民部　市民課"]);

    let t1 = &f.transfers[0];
    let basis = t1.legal_basis.as_ref().unwrap();
    let headings: Vec<&str> = basis.headings().iter().map(|h| h.title.as_str()).collect();
    assert_eq!(headings, ["住民基本台帳情報", "住民基本台帳情報以外の情報"]);
    assert_eq!(
        basis.canonical(),
        [
            "高齢者の医療の確保に関する法律第48条",
            "高齢者の医療の確保に関する法律第54条第1項",
            "高齢者の医療の確保に関する法律第54条第10項",
            "高齢者の医療の確保に関する法律第48条",
            "高齢者の医療の確保に関する法律第54条第1項",
            "高齢者の医療の確保に関する法律第138条",
        ]
    );
    assert!(basis.unparsed().is_empty());
    // The 広域連合 is a separate body recorded as 移転 「便宜上」 under a 通知.
    assert!(
        t1.note
            .as_deref()
            .unwrap()
            .contains("平成27年2月13日府番第27号、総行住第14号、総税市第12号")
    );
    assert_eq!(t1.data_subjects, Some(DataSubjectBand::From10kTo100k));
    assert!(t1.methods.is_empty());

    let t2 = &f.transfers[1];
    assert_eq!(
        t2.legal_basis.as_ref().unwrap().canonical(),
        ["住民基本台帳法第7条"]
    );
    assert_eq!(t2.data_subjects, Some(DataSubjectBand::From10kTo100k));
    assert!(t2.methods.contains(Medium::Other));
    assert_eq!(
        t2.methods.other.as_deref(),
        Some("庁内共通連携基盤システム")
    );
}

#[test]
fn risk_chapter() {
    let r = report();
    let m = &r.focused().unwrap().risk_measures;
    assert_eq!(m.file_names, ["後期高齢者医療ファイル"]);
    assert!(!m.entrustment.not_entrusted && !m.provision_transfer.not_provided);
    // Neither 「接続しない」 box is checked, and both network risks are rated.
    assert!(!m.network.not_connected_acquisition && !m.network.not_connected_provision);
    assert_eq!(m.network.risk2.sufficiency, Some(Sufficiency::Sufficient));
    // All eight 「リスクへの対策は十分か」 are 十分である.
    let ratings = [
        m.acquisition.risk.sufficiency,
        m.usage.risk1.sufficiency,
        m.usage.risk2.sufficiency,
        m.entrustment.risk.sufficiency,
        m.provision_transfer.risk.sufficiency,
        m.network.risk1.sufficiency,
        m.network.risk2.sufficiency,
        m.storage.risk.sufficiency,
    ];
    assert!(ratings.iter().all(|s| *s == Some(Sufficiency::Sufficient)));
    let incidents = r.recent_incidents().unwrap();
    assert_eq!(incidents.status, Some(IncidentHistory::NotOccurred));
    assert_eq!(
        m.audit.iter().map(|a| a.label()).collect::<Vec<_>>(),
        ["内部監査"]
    );
}

#[test]
fn disclosure_and_procedures() {
    let r = report();
    assert!(
        r.disclosure
            .request_to
            .as_deref()
            .unwrap()
            .ends_with("電話番号０４７－３６６－７１０７")
    );
    // The 条例 of the 請求方法 was repealed on 令和5年4月1日; the report was not updated.
    assert!(
        r.disclosure
            .request_method
            .as_deref()
            .unwrap()
            .starts_with("松戸市個人情報の保護に関する条例第１０条")
    );
    assert!(
        r.disclosure
            .inquiry_contact
            .as_deref()
            .unwrap()
            .contains("047-712-0141")
    );
    let p = &r.procedures;
    assert_eq!(p.basic_assessment.date, Some(date(2015, 11, 25)));
    assert_eq!(
        p.basic_assessment.threshold_result,
        Some(StatedThresholdResult::required(
            RequiredAssessment::BasicAndFocused
        ))
    );
    assert_eq!(p.public_comment.method, None);
    assert_eq!(p.third_party_review.date, None);
}

#[test]
fn change_records() {
    let changes = report().changes;
    assert_eq!(changes.len(), 7);
    let dates: Vec<NaiveDate> = changes.iter().map(|c| c.date.unwrap()).collect();
    assert_eq!(
        dates,
        [
            date(2016, 6, 30),
            date(2016, 6, 30),
            date(2017, 7, 31),
            date(2019, 6, 27),
            date(2019, 6, 27),
            date(2020, 7, 10),
            date(2021, 7, 26),
        ]
    );
    assert!(
        changes
            .iter()
            .all(|c| c.timing == Some(SubmissionTiming::After))
    );
    // Rows 4–7 note that their date was paired by the order printed.
    let noted: Vec<usize> = changes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.note.is_some())
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(noted, [4, 5, 6, 7]);
    // The rows that name one item carry it; row 2 (④、⑤、⑥) and row 6 (Ⅲ as a whole) are
    // resolved from their 項目 text.
    let ids: Vec<Option<ItemId>> = changes.iter().map(|c| c.item_id).collect();
    assert_eq!(
        ids,
        [
            Some(ItemId::DisclosureInquiryContact),
            None,
            Some(ItemId::AffairDepartmentHead),
            Some(ItemId::AffairDepartmentHead),
            Some(ItemId::AffairDepartmentHead),
            None,
            Some(ItemId::FocusedStorageSeriousIncident),
        ]
    );
    // 「様式改正」 and 「人事異動」 are formal reasons; 「見直しによる修正」 gives none.
    let says: Vec<Option<bool>> = changes.iter().map(|c| c.declares_significant()).collect();
    assert_eq!(
        says,
        [
            None,
            None,
            Some(false),
            Some(false),
            Some(false),
            Some(false),
            None
        ]
    );
    assert_eq!(
        (changes[1].before.as_deref(), changes[1].item.as_str()),
        (
            Some("再委託しない"),
            "Ⅱ-４特定個人情報ファイルの取扱いの委託④、⑤、⑥"
        )
    );
    // The 3-year 重大事故 item went back to 発生なし.
    assert_eq!(
        (changes[6].before.as_deref(), changes[6].after.as_deref()),
        (Some("発生あり"), Some("発生なし"))
    );
}

#[test]
fn threshold_inputs_allow_the_stated_result() {
    let r = report();
    let stated = r.stated_threshold_result().unwrap();
    let subjects = r.subject_count().unwrap();
    assert_eq!(
        decide_partial(subjects.into(), None, None),
        PartialOutcome::OneOf {
            lower: RequiredAssessment::BasicAndFocused,
            higher: RequiredAssessment::BasicAndFull
        }
    );
    assert_eq!(stated.required, RequiredAssessment::BasicAndFocused);
    // 使用者数 100–499 and the one 委託先's 50–99: 150 to 598 people, undecided at 500.
    let handlers = r.handler_interval();
    assert_eq!((handlers.min(), handlers.max()), (150, Some(598)));
}
