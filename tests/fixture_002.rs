//! Seed 002: 埼玉県川口市長「川口市 後期高齢者医療に関する事務 重点項目評価書」 (公表 令和7年12月26日),
//! transcribed in `tests/fixtures/seed-002-kawaguchi-focused.json`.
//!
//! The checks below are facts of the published document: counts, names, choices, legal bases,
//! dates and the 48 変更箇所 rows.
//!
//! Loading through `Sample` and the byte-exact round trip of all three fixtures are checked once,
//! in `tests/report_json.rs`.
//!
//! Real inconsistencies of the document, kept as printed (validation may report them):
//! - 移転先1–5 print no ④本人の数 (only the option list); only 移転先6 has `1万人未満`.
//! - 取扱者数 cannot be read from the bands (210–1,047 people): a 重点 report does not print it.
//! - 変更箇所 row 24 names the 重大事故 item with the 全項目 number ⑨ (重点 Ⅲ7 is ②); row 3 says
//!   「②所属長」 for 「②所属長の役職名」.
//! - Row 1 says システム1 ③ became 「その他 (※他システムとは接続しない)」, but the body prints その他
//!   unchecked and empty.
//! - Row 34 raises the 委託 count from 1 to 2 only in 令和7年, although row 18 changed 委託事項2's
//!   委託先 in 令和2年: the count disagreed with the listed entries in between.
//! - Row 37's 変更前 (…地方税法第20条の11) differs from row 6's 変更後 (…地方税法): no row adds 第20条の11.
//! - Row 38's 変更後 reads 「条例第(以下…という)3条」 where the body reads 「条例(以下…という)第3条」.
//! - Row 25 (removing ケース2) quotes ケース1's old 再発防止策 as its 変更前.
//! - ⑤再委託の許諾方法 says re-entrustment is not done in principle while ④ is `再委託する`.
//! - The 通知 is cited with 總 (總行住, 總税市) in 移転先1 and with 総 in Ⅲ5.

use chrono::NaiveDate;
use mynumber_pia::AssessmentKind;
use mynumber_pia::report::{
    ChangeRecord, DataSubjectBand, DateOrMonth, EntrustmentStatus, FileKind, IncidentHistory,
    InfoLinkage, ItemId, Medium, ReEntrustmentStatus, RecordItemBand, Report, SourceKind,
    StaffCountBand, SubmissionTiming,
};
use mynumber_pia::samples::Sample;
use mynumber_pia::threshold::{
    HandlerCountBand, PartialOutcome, RequiredAssessment, SeriousIncident, StatedThresholdResult,
    SubjectCountBand, decide, decide_partial,
};

fn report() -> Report {
    Sample::KawaguchiFocused
        .load()
        .expect("the seed 002 fixture loads")
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn cover() {
    let c = report().cover;
    assert_eq!(c.number.as_deref(), Some("14"));
    assert_eq!(
        c.title.as_deref(),
        Some("川口市 後期高齢者医療に関する事務 重点項目評価書")
    );
    assert_eq!(c.body.as_deref(), Some("埼玉県川口市長"));
    assert_eq!(c.published_on, Some(date(2025, 12, 26)));
    assert_eq!(
        c.form_version
            .map(|v| v.month().iso().to_string())
            .as_deref(),
        Some("2024-10")
    );
    assert_eq!(c.approval_date, None);
}

#[test]
fn basic_information() {
    let r = report();
    let a = &r.affair;
    assert_eq!(a.name, "後期高齢者医療に関する事務");
    assert_eq!(a.subject_count, Some(SubjectCountBand::From100kTo300k));
    assert_eq!(a.file_names, ["後期高齢者医療事務ファイル"]);
    let basis = a.number_use_basis.as_ref().unwrap().as_str();
    assert!(basis.contains("第9条第1項 別表85の項"));
    assert!(basis.ends_with("別表の主務省令で定める事務を定める命令第46条"));
    assert_eq!(a.info_linkage, Some(InfoLinkage::No));
    assert_eq!(a.info_linkage_basis, None);
    assert_eq!(
        a.department.as_deref(),
        Some("川口市 保健部 高齢者保険事業室")
    );
    assert_eq!(a.department_head.as_deref(), Some("高齢者保険事業室長"));

    assert_eq!(r.systems.len(), 2);
    assert_eq!(r.systems[0].name, "後期高齢者医療広域連合電算処理システム");
    assert!(r.systems[0].connections.checked.is_empty());
    assert_eq!(r.systems[1].name, "後期高齢者医療市町村システム");
    assert_eq!(
        r.systems[1]
            .connections
            .checked
            .iter()
            .map(|c| c.label())
            .collect::<Vec<_>>(),
        ["庁内連携システム"]
    );
}

#[test]
fn file_block() {
    let r = report();
    assert_eq!(r.files.len(), 1);
    let f = &r.files[0];
    assert_eq!(f.names, ["後期高齢者医療事務ファイル"]);
    assert_eq!(f.kind, Some(FileKind::System));
    assert_eq!(f.data_subjects, Some(DataSubjectBand::From100kTo1m));
    assert_eq!(f.record_item_count, Some(RecordItemBand::AtLeast100));
    assert_eq!(f.main_record_items.checked.len(), 10);
    assert_eq!(f.holding_start, Some(DateOrMonth::Day(date(2016, 1, 1))));
    assert_eq!(f.usage.start, Some(DateOrMonth::Day(date(2016, 1, 1))));
    assert_eq!(f.usage.user_count, Some(StaffCountBand::From100To500));
    assert_eq!(
        f.usage
            .departments
            .as_deref()
            .map(|d| d.split('、').count()),
        Some(9)
    );

    assert_eq!(f.acquisition.sources.len(), 4);
    assert_eq!(
        f.acquisition.sources[&SourceKind::LocalBody].as_deref(),
        Some("埼玉県後期高齢者医療広域連合")
    );
    assert_eq!(
        f.acquisition.sources[&SourceKind::Other].as_deref(),
        Some("埼玉県国民健康保険団体連合会")
    );
    assert!(f.acquisition.methods.contains(Medium::FlashMemory));
    assert!(!f.acquisition.methods.contains(Medium::Email));
    assert_eq!(f.acquisition.methods.checked.len(), 4);

    // (別添1): 4 groups printed as 20 + 24 + 92 + 66 top-level items.
    let group = |g: &str| {
        f.record_item_list
            .iter()
            .filter(|i| i.starts_with(&format!("<{g}>")))
            .count()
    };
    assert_eq!(
        (group("宛名"), group("資格"), group("賦課"), group("収納")),
        (20, 24, 92, 66)
    );
    assert_eq!(f.record_item_list.len(), 202);

    // 重点 has no 保管期間 or 消去方法.
    assert!(f.storage.location.is_some());
    assert_eq!(f.storage.retention, None);
    assert_eq!(f.storage.erasure, None);
}

#[test]
fn entrustments_and_chains() {
    let f = &report().files[0];
    assert_eq!(f.entrustment_status, Some(EntrustmentStatus::Entrusts));
    assert_eq!(f.entrustment_count, Some(2));
    assert_eq!(f.entrustments.len(), 2);

    let e1 = &f.entrustments[0];
    assert_eq!(
        e1.title.as_deref(),
        Some("後期高齢者医療市町村システム保守")
    );
    assert_eq!(e1.entrustee.as_deref(), Some("株式会社 日立システムズ"));
    assert_eq!(e1.handler_count, Some(StaffCountBand::From10To50));
    let e2 = &f.entrustments[1];
    assert_eq!(e2.title.as_deref(), Some("電算データ入力委託"));
    assert_eq!(e2.entrustee.as_deref(), Some("日本情報産業株式会社"));
    assert_eq!(e2.handler_count, Some(StaffCountBand::From100To500));

    // Both are re-entrusted, one level below the 委託先, to a body the report does not name,
    // with the permission of 川口市 (the 委託元).
    for e in &f.entrustments {
        assert_eq!(e.re_entrustment, Some(ReEntrustmentStatus::ReEntrusts));
        assert!(e.re_entrustment_permission.is_some() && e.re_entrustment_items.is_some());
        assert_eq!(e.re_entrustees.len(), 1);
        assert_eq!(e.re_entrustees[0].name, None);
        assert_eq!(e.re_entrustees[0].permitted_by_original, Some(true));
    }
    // The two 許諾方法 are printed identically.
    assert_eq!(e1.re_entrustment_permission, e2.re_entrustment_permission);
}

#[test]
fn transfers_and_no_provisions() {
    let f = &report().files[0];
    let s = &f.provision_transfer;
    assert!(!s.provision && s.transfer && !s.neither);
    assert_eq!((s.provision_count, s.transfer_count), (None, Some(6)));
    assert!(f.provisions.is_empty());
    assert_eq!(f.transfers.len(), 6);

    let names: Vec<_> = f
        .transfers
        .iter()
        .map(|t| t.name.as_deref().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "埼玉県後期高齢者医療広域連合",
            "川口市 市民課",
            "川口市 市民税課",
            "川口市 生活福祉1課・2課",
            "川口市 障害福祉課",
            "川口市 子育て支援課",
        ]
    );
    let basis = |i: usize| f.transfers[i].legal_basis.as_ref().unwrap().as_str();
    assert!(basis(0).starts_with(
        "【住民基本台帳情報】 ・高齢者の医療の確保に関する法律第48条、50条、第54条第1項、第10項"
    ));
    assert_eq!(basis(1), "住民基本台帳法第7条 第10号の2");
    assert_eq!(basis(2), "番号法第9条 別表24の項 地方税法第20条の11");
    assert!(basis(3).starts_with("番号法第9条第2項 行政手続における特定の個人を識別するための番号の利用等に関する法律に基づく"));
    assert_eq!(
        basis(4),
        "番号法第9条第2項 番号法に基づく個人番号の利用及び特定個人情報の提供に関する条例第3条"
    );
    assert_eq!(basis(5), basis(4));
    // The 広域連合 is a separate body recorded as 移転 「便宜上」 under a 通知.
    assert!(
        f.transfers[0]
            .note
            .as_deref()
            .unwrap()
            .contains("平成27年2月13日府番第27号")
    );

    // Only 移転先6 prints its 本人の数.
    let subjects: Vec<_> = f.transfers.iter().map(|t| t.data_subjects).collect();
    assert_eq!(
        subjects,
        [
            None,
            None,
            None,
            None,
            None,
            Some(DataSubjectBand::Under10k)
        ]
    );

    let method = |i: usize| {
        f.transfers[i]
            .methods
            .checked
            .iter()
            .copied()
            .collect::<Vec<_>>()
    };
    assert_eq!(method(0), [Medium::DedicatedLine]);
    assert_eq!(method(1), [Medium::IntraOffice]);
    assert_eq!(method(2), [Medium::IntraOffice]);
    for i in 3..6 {
        assert_eq!(method(i), [Medium::Email]);
        assert_eq!(f.transfers[i].timing.as_deref(), Some("照会を受けたら都度"));
    }
    assert_eq!(f.transfers[1].timing.as_deref(), Some("日次"));
    assert_eq!(f.transfers[2].timing.as_deref(), Some("年1回"));
}

#[test]
fn risk_chapter() {
    let r = report();
    let m = &r.focused().unwrap().risk_measures;
    assert_eq!(m.file_names, ["後期高齢者医療事務ファイル"]);
    assert!(!m.entrustment.not_entrusted);
    assert!(!m.provision_transfer.not_provided);
    assert!(m.network.not_connected_acquisition && m.network.not_connected_provision);
    assert_eq!(m.network.risk1.sufficiency, None);
    let incidents = r.recent_incidents().unwrap();
    assert_eq!(incidents.status, Some(IncidentHistory::NotOccurred));
    assert!(incidents.incident_dates.is_empty());
    assert_eq!(
        m.audit.iter().map(|a| a.label()).collect::<Vec<_>>(),
        ["自己点検"]
    );
}

#[test]
fn procedures_and_key_dates() {
    let r = report();
    let p = &r.procedures;
    assert_eq!(p.basic_assessment.date, Some(date(2025, 9, 5)));
    assert_eq!(
        p.basic_assessment.threshold_result,
        Some(StatedThresholdResult::required(
            RequiredAssessment::BasicAndFocused
        ))
    );
    // 意見の聴取 and 第三者点検 are 【任意】 in the 重点 form and were not done.
    assert_eq!(p.public_comment.method, None);
    assert_eq!(p.third_party_review.date, None);
}

#[test]
fn change_records() {
    let changes = report().changes;
    assert_eq!(changes.len(), 48);
    assert!(changes.iter().all(|c| c.item_id.is_some()));

    // Six batches, in date order; the last is the 公表日.
    let mut batches: Vec<(NaiveDate, usize)> = Vec::new();
    for c in &changes {
        let d = c.date.unwrap();
        match batches.last_mut() {
            Some((last, n)) if *last == d => *n += 1,
            _ => batches.push((d, 1)),
        }
    }
    assert_eq!(
        batches,
        [
            (date(2017, 10, 25), 12),
            (date(2018, 11, 15), 4),
            (date(2020, 10, 22), 6),
            (date(2022, 3, 2), 3),
            (date(2023, 3, 1), 3),
            (date(2025, 12, 26), 20),
        ]
    );

    let before: Vec<usize> = changes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.timing == Some(SubmissionTiming::Before))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(before, [17, 26, 27, 28, 45, 46, 47]);
    assert!(changes.iter().all(|c| c.timing.is_some()));

    // 13 rows say the change is not a 重要な変更, 7 more give a formal reason (字句の修正,
    // 組織改正: FORMAL_REASONS); none says it is.
    let not_significant: Vec<usize> = changes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.declares_significant() == Some(false))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(
        not_significant,
        [
            1, 2, 3, 4, 13, 14, 17, 18, 22, 29, 31, 32, 33, 35, 36, 37, 38, 40, 42, 43
        ]
    );
    let formal: Vec<usize> = changes
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.explanation
                .as_deref()
                .is_some_and(|e| !e.contains("重要な変更"))
                && c.declares_significant() == Some(false)
        })
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(formal, [4, 35, 36, 38, 40, 42, 43]);
    assert!(
        changes
            .iter()
            .all(|c| c.declares_significant() != Some(true))
    );

    let row = |n: usize| -> &ChangeRecord { &changes[n - 1] };
    // The 委託先 changes of 令和2年 and the 委託 count raised only in 令和7年.
    assert_eq!(row(17).after.as_deref(), Some("株式会社 日立システムズ"));
    assert_eq!(
        row(18).before.as_deref(),
        Some("富士ソフトサービスビューロ株式会社")
    );
    assert_eq!(row(34).item_id, Some(ItemId::FileEntrustmentCount));
    assert_eq!(
        (row(34).before.as_deref(), row(34).after.as_deref()),
        (Some("1"), Some("2"))
    );
    // The 番号法 restructuring: 別表第1の16項 → 別表24の項.
    assert_eq!(
        row(37).after.as_deref(),
        Some("番号法第9条 別表24の項 地方税法第20条の11")
    );
    // The 基礎項目評価 date history: 平成27年11月4日 → 令和2年10月22日 → 令和7年9月5日.
    assert_eq!(row(22).item_id, Some(ItemId::ProcedureBasicAssessmentDate));
    assert_eq!(row(48).after.as_deref(), Some("令和7年9月5日"));
    // Row 24 names the 重大事故 item with the 全項目 number ⑨ (the 重点 form has ②).
    assert!(row(24).item.contains("⑨過去3年以内"));
    // The 3-year 重大事故 item: 発生あり in 平成29年, back to 発生なし in 令和4年.
    assert_eq!(row(10).after.as_deref(), Some("発生あり"));
    assert_eq!(row(23).after.as_deref(), Some("発生なし"));
}

#[test]
fn threshold_inputs_give_the_stated_result() {
    let r = report();
    let stated = r.stated_threshold_result().unwrap();
    let subjects = r.subject_count().unwrap();
    assert_eq!(subjects, SubjectCountBand::From100kTo300k);

    // A 重点 report prints only the 対象人数: alone it allows 基礎+重点 or 基礎+全項目.
    assert_eq!(
        decide_partial(subjects.into(), None, None),
        PartialOutcome::OneOf {
            lower: RequiredAssessment::BasicAndFocused,
            higher: RequiredAssessment::BasicAndFull
        }
    );

    // 重大事故 (past year, 特定個人情報) follows from Ⅲ7②: no 個人情報 incident in 3 years.
    assert_eq!(
        r.recent_incidents().unwrap().status,
        Some(IncidentHistory::NotOccurred)
    );
    let incident = SeriousIncident::NotOccurred;

    // 取扱者数 does not follow from the bands: 使用者数 and the two 委託先 give 210 to 1,047.
    let handlers = r.handler_interval();
    assert_eq!((handlers.min(), handlers.max()), (210, Some(1047)));

    // With 500人未満 the inputs give the stated result; 500人以上 would require 全項目.
    let result = decide(subjects, HandlerCountBand::Under500, incident);
    assert_eq!(result, stated.required);
    assert_eq!(result.stated_in(AssessmentKind::Focused), Some(stated));
    assert_eq!(
        decide(subjects, HandlerCountBand::AtLeast500, incident),
        RequiredAssessment::BasicAndFull
    );
    assert_eq!(
        RequiredAssessment::BasicAndFull.stated_in(AssessmentKind::Focused),
        None
    );
}
