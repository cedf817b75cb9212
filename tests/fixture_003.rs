//! Seed 003: 熊谷市 「国民健康保険に関する事務　基礎項目評価書」 (様式2, 公表日 令和7年5月30日),
//! transcribed in `tests/fixtures/seed-003-kumagaya-basic.json`.
//!
//! Loading through `Sample` and the byte-exact round trip of all three fixtures are checked once,
//! in `tests/report_json.rs`.
//!
//! The 重大事故 answer moved to 発生あり on 令和7年5月30日, which raised the しきい値判断結果 from
//! 基礎 to 基礎 + 重点 (指針 第5の2): the fixture must reproduce that through `crate::threshold`.
//!
//! Transcription choices (facts verbatim, free text in our own words):
//! - 様式2 has no file blocks, 委託事項 or 提供先/移転先: the 委託 chain (市 → 国保連合会 → 再委託
//!   国保中央会; 市 → 支払基金) exists only in the prose of Ⅰ1② and is summarised there.
//! - Systems and files keep their operator notes (`（※国保中央会）`) inside the name.
//! - 変更箇所: 66 rows on 11 pages. The text dump scrambles rows inside a page (it prints 「同上」
//!   continuation rows before the row they continue), so the fixture keeps the pages in order and
//!   sorts rows by date inside a page, continuation rows right after the row they continue. Three
//!   説明 cells of page 1 float free in the dump and were assigned by meaning (rows 1–3).
//!
//! Real inconsistencies of the document that validation may report (none is a rule of the
//! 規則/指針 broken by this transcription):
//! - the 重大事故 and しきい値判断結果 rows (令和7年5月30日) are filed 事後, and the Ⅳ1/Ⅳ11 changes
//!   that had to come with them are not logged;
//! - files (7)–(11) and system 11 say 「（※国保中央会）」 today, but the last rows touching Ⅰ1③/Ⅰ2
//!   still show 「（※国保連合会）」 / 「および」: the switch was never logged;
//! - rows 1, 6, 7 print the item as 「評価実施期間」 (for 機関); row 5 has 「国保税係、」 where the
//!   body has 「国保税係」;
//! - historic rows quote the pre-2024-05-27 citations (別表第一, 別表第二, 第19条第7号); the current
//!   body cites 別表 and 第19条第8号 with the 命令 第2条の表 only.

use chrono::NaiveDate;
use mynumber_pia::report::{
    AuditKind, Effort, InfoLinkage, ItemId, Report, SubmissionTiming, Sufficiency,
};
use mynumber_pia::samples::Sample;
use mynumber_pia::threshold::{
    HandlerCountBand, ReportSet, RequiredAssessment, SeriousIncident, StatedThresholdResult,
    SubjectCountBand, ThresholdInput, decide,
};
use mynumber_pia::wareki::WarekiDate;

fn load() -> Report {
    Sample::KumagayaBasic
        .load()
        .expect("the 熊谷市 fixture loads")
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

#[test]
fn cover_facts() {
    let cover = load().cover;
    assert_eq!(cover.number.as_deref(), Some("8"));
    assert_eq!(
        cover.title.as_deref(),
        Some("国民健康保険に関する事務　基礎項目評価書")
    );
    assert_eq!(cover.body.as_deref(), Some("熊谷市長"));
    assert_eq!(cover.published_on, Some(date(2025, 5, 30)));
    assert_eq!(cover.special_note, None, "特記事項 なし");
    assert_eq!(cover.approval_date, None);
    assert_eq!(
        cover
            .form_version
            .map(|v| v.month().iso().to_string())
            .as_deref(),
        Some("2024-10")
    );
}

#[test]
fn related_information_facts() {
    let report = load();
    let affair = &report.affair;
    assert_eq!(affair.name, "国民健康保険に関する事務");
    assert_eq!(report.systems.len(), 13, "Ⅰ1③ lists 13 systems");
    assert_eq!(report.systems[0].name, "国民健康保険税システム");
    assert_eq!(
        report.systems[12].name,
        "埼玉県市町村電子申請共同システム（※埼玉県）"
    );
    assert!(report.systems.iter().all(|s| s.functions.is_none()));
    assert_eq!(affair.file_names.len(), 13, "Ⅰ2 lists 13 files");
    assert_eq!(affair.file_names[12], "オンライン申請ファイル");
    assert!(report.files.is_empty(), "様式2 has no file blocks");
    assert_eq!(report.entrustments().count(), 0, "様式2 has no 委託事項");

    let use_basis = affair.number_use_basis.as_ref().expect("Ⅰ3");
    assert!(
        use_basis
            .as_str()
            .starts_with("１　個人番号利用の根拠\n①番号利用法第9条第1項\n")
    );
    assert!(use_basis.as_str().ends_with("\n44項　第24条"));
    assert_eq!(affair.info_linkage, Some(InfoLinkage::Yes));
    let link = affair.info_linkage_basis.as_ref().expect("Ⅰ4②").as_str();
    assert!(link.contains("①番号利用法第19条第8号"));
    assert!(link.contains("2項　第4条　、　3項　第5条　、　6項　第8条　、　13項　第15条\n"));
    // 提供 37 項/条 pairs in five groups, 照会 3: every pair is written 「N項　第M条」.
    let pairs = link.matches("項　第").count();
    assert_eq!(pairs, 40);
    assert_eq!(
        affair.department.as_deref(),
        Some("市民部　保険年金課、総務部　納税課")
    );
    assert_eq!(affair.department_head.as_deref(), Some("課長"));
    assert_eq!(affair.other_bodies, None, "他の評価実施機関 －");
    assert!(
        report
            .disclosure
            .request_to
            .as_deref()
            .is_some_and(|t| t.ends_with("熊谷市総務部庶務課行政係\n電話048-524-1111　内線223"))
    );
    assert_eq!(
        report
            .disclosure
            .inquiry_contact
            .as_deref()
            .map(|t| t.lines().count()),
        Some(6)
    );
    let basic = report.basic().expect("基礎 part");
    assert!(!basic.emergency_exception.applied);
    assert_eq!(basic.emergency_exception.reason, None);
}

#[test]
fn threshold_items_give_the_stated_result() {
    let report = load();
    let basic = report.basic().expect("基礎 part");
    let t = &basic.threshold_items;
    assert_eq!(t.subject_count, Some(SubjectCountBand::From10kTo100k));
    assert_eq!(t.subject_count_as_of, Some(date(2025, 4, 1)));
    assert_eq!(t.handler_count, Some(HandlerCountBand::Under500));
    assert_eq!(t.handler_count_as_of, Some(date(2025, 4, 1)));
    assert_eq!(t.serious_incident, Some(SeriousIncident::Occurred));

    let stated = basic.threshold_result.expect("Ⅲ");
    assert_eq!(
        stated,
        StatedThresholdResult::required(RequiredAssessment::BasicAndFocused)
    );
    assert_eq!(report.stated_threshold_result(), Some(stated));

    let (s, h, i) = (
        t.subject_count.expect("Ⅱ1"),
        t.handler_count.expect("Ⅱ2"),
        t.serious_incident.expect("Ⅱ3"),
    );
    assert_eq!(decide(s, h, i), stated.required);
    let outcome = ThresholdInput::new(s, h, i)
        .with_count_date(date(2025, 4, 1))
        .decide();
    assert_eq!(outcome.required(), RequiredAssessment::BasicAndFocused);
    assert_eq!(
        outcome.required().report_set(),
        Some(ReportSet::BasicAndFocused)
    );
    assert_eq!(
        basic.risk_measures.report_set,
        outcome.required().report_set()
    );
    // Without the incident the same counts only require the 基礎 assessment: the state before
    // the change rows of 令和7年5月30日.
    assert_eq!(
        decide(s, h, SeriousIncident::NotOccurred),
        RequiredAssessment::Basic
    );
}

#[test]
fn risk_measures() {
    let report = load();
    let r = &report.basic().expect("基礎 part").risk_measures;
    let all = [
        r.acquisition,
        r.usage_linking,
        r.usage_unauthorized,
        r.entrustment.sufficiency,
        r.provision_transfer.sufficiency,
        r.network.acquisition,
        r.network.provision,
        r.storage,
        r.manual_work.sufficiency,
    ];
    assert!(all.iter().all(|s| *s == Some(Sufficiency::Sufficient)));
    assert!(!r.entrustment.opted_out && !r.provision_transfer.opted_out);
    assert!(!r.network.not_connected_acquisition && !r.network.not_connected_provision);
    assert!(!r.manual_work.none);
    assert!(r.manual_work.rationale.is_some());
    assert_eq!(
        r.audit.iter().copied().collect::<Vec<_>>(),
        [AuditKind::SelfCheck]
    );
    assert_eq!(r.training, Some(Effort::Sufficient));
    assert!(r.priority.detailed_assessment);
    assert_eq!(r.priority.measure, None);
    assert_eq!(r.priority.sufficiency, None);
    assert_eq!(r.priority.rationale, None);
}

#[test]
fn change_log() {
    let changes = load().changes;
    assert_eq!(changes.len(), 66);
    let before = changes
        .iter()
        .filter(|c| c.timing == Some(SubmissionTiming::Before))
        .count();
    let after = changes
        .iter()
        .filter(|c| c.timing == Some(SubmissionTiming::After))
        .count();
    assert_eq!((before, after), (29, 37));
    assert!(changes.iter().all(|c| c.date.is_some()));
    assert_eq!(changes[0].date, Some(date(2016, 4, 1)));
    assert_eq!(changes[65].date, Some(date(2025, 5, 30)));
    // Sorted by date (see the fixture's ordering note in the report).
    assert!(changes.windows(2).all(|w| w[0].date <= w[1].date));

    // The incident and the raised result, both filed 事後.
    let incident = &changes[64];
    assert_eq!(incident.item_id, Some(ItemId::ThresholdSeriousIncident));
    assert_eq!(incident.before.as_deref(), Some("発生なし"));
    assert_eq!(incident.after.as_deref(), Some("発生あり"));
    assert_eq!(incident.timing, Some(SubmissionTiming::After));
    let result = &changes[65];
    assert_eq!(result.item_id, Some(ItemId::ThresholdResult));
    assert_eq!(
        result.before.as_deref(),
        Some("基礎項目評価の実施が義務付けられる")
    );
    assert_eq!(
        result.after.as_deref(),
        Some("基礎項目評価及び重点項目評価の実施が義務付けられる")
    );

    // Continuation rows 「同上」 follow the row they continue.
    let continued: Vec<usize> = changes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.item == "同上")
        .map(|(i, _)| i)
        .collect();
    assert_eq!(continued, [25, 26, 27, 34, 35, 36, 52, 53, 54]);
    for &i in &continued {
        assert_eq!(changes[i].item_id, Some(ItemId::AffairInfoLinkageBasis));
        assert_eq!(changes[i].date, changes[i - 1].date);
    }

    // Count-date rows: the yearly 4月1日 refresh is 事後, the re-assessments are 事前.
    let count_dates = changes
        .iter()
        .filter(|c| {
            matches!(
                c.item_id,
                Some(ItemId::ThresholdSubjectCountAsOf | ItemId::ThresholdHandlerCountAsOf)
            )
        })
        .count();
    assert_eq!(count_dates, 18);
    let latest_subject = changes
        .iter()
        .rev()
        .find(|c| c.item_id == Some(ItemId::ThresholdSubjectCountAsOf))
        .expect("a 対象人数 count-date row");
    assert_eq!(latest_subject.after.as_deref(), Some("令和7年4月1日"));
}

/// The 「いつ時点の計数か」 rows chain: each row starts from the date the previous one set, in
/// every style the log uses (`2017/4/1`, `平成30年7月31日　時点`, `令和５年４月１日 時点`,
/// `令和6年11月1日`), and the chain ends at the count dates the report states today.
#[test]
fn count_date_rows_form_a_chain() {
    let report = load();
    let t = &report.basic().expect("基礎 part").threshold_items;
    let parse = |s: Option<&str>| {
        WarekiDate::parse(s.expect("a date cell"))
            .expect("a count date")
            .to_naive()
    };
    for (id, label, current) in [
        (
            ItemId::ThresholdSubjectCountAsOf,
            "対象人数",
            t.subject_count_as_of,
        ),
        (
            ItemId::ThresholdHandlerCountAsOf,
            "取扱者数",
            t.handler_count_as_of,
        ),
    ] {
        // Two early rows cover both counts at once (item 「１．対象人数及び２．取扱者数」, no single item).
        let rows: Vec<_> = report
            .changes
            .iter()
            .filter(|c| c.item_id == Some(id) || (c.item_id.is_none() && c.item.contains(label)))
            .collect();
        assert_eq!(rows.len(), 11, "{label}");
        let mut last = parse(rows[0].before.as_deref());
        assert_eq!(last, date(2017, 2, 1));
        for row in &rows {
            assert_eq!(parse(row.before.as_deref()), last, "{label} {:?}", row.date);
            last = parse(row.after.as_deref());
        }
        assert_eq!(Some(last), current, "{label}");
    }
}
