//! The dated duties of issue 10: each obligation on its last day and on the day after, the
//! 江戸川区 sample's 5-year date, a register of the samples, each register check as a
//! minimal pair, the body-wide 重大事故, the iCalendar export against the rules of RFC 5545,
//! and serde both ways. The table of `mynumber_pia::schedule`'s module docs names these tests;
//! `the_documented_table_lists_every_duty` keeps it honest.

use chrono::NaiveDate;
use mynumber_pia::report::{ChangeRecord, IncidentHistory, Report, ReportBuilder};
use mynumber_pia::schedule::{
    Basis, Duty, IncidentEffects, Obligation, ObligationKind, Register, RegisterProblem, Status,
    obligations, to_icalendar,
};
use mynumber_pia::threshold::{
    ReportSet, RequiredAssessment, StatedThresholdResult, SubjectCountBand,
};
use mynumber_pia::validation::{Code, validate};
use mynumber_pia::{AssessmentKind, Sample};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The one obligation of `kind` of `report` on `today`.
fn one(report: &Report, today: NaiveDate, kind: ObligationKind) -> Obligation {
    let mut found: Vec<Obligation> = obligations(report, today)
        .into_iter()
        .filter(|o| o.kind == kind)
        .collect();
    assert_eq!(found.len(), 1, "{kind}: {found:?}");
    found.remove(0)
}

/// The status of the one obligation of `kind` on `today`.
fn status(report: &Report, today: NaiveDate, kind: ObligationKind) -> Status {
    one(report, today, kind).status
}

#[test]
fn reassessment_last_day_and_the_day_after() {
    let r = Report::example(AssessmentKind::Focused); // published 2025-06-30
    let o = one(&r, d(2030, 6, 30), ObligationKind::Reassessment);
    assert_eq!(o.due, d(2030, 6, 30));
    assert_eq!((o.duty, o.source.as_ref()), (Duty::Effort, "規則 第15条"));
    assert_eq!(
        (o.from.date, o.from.basis),
        (d(2025, 6, 30), Basis::PublishedOn)
    );
    assert_eq!(o.status, Status::DueSoon);
    assert_eq!(
        status(&r, d(2030, 7, 1), ObligationKind::Reassessment),
        Status::Overdue
    );
    assert_eq!(
        status(&r, d(2029, 12, 30), ObligationKind::Reassessment),
        Status::DueSoon
    );
    assert_eq!(
        status(&r, d(2029, 12, 29), ObligationKind::Reassessment),
        Status::Later
    );
    // The validation time checks count the same days.
    assert!(
        validate(&r, d(2030, 6, 30))
            .with_code(Code::ReassessmentOverdue)
            .next()
            .is_none()
    );
    assert!(
        validate(&r, d(2030, 7, 1))
            .with_code(Code::ReassessmentOverdue)
            .next()
            .is_some()
    );
    // A 修正 recorded later does not move the 5 years (the 見直し moves).
    let mut fixed = r.clone();
    fixed
        .changes
        .push(ChangeRecord::new("Ⅰ　6．②所属長の役職名").with_date(d(2027, 4, 1)));
    assert_eq!(
        one(&fixed, d(2030, 7, 1), ObligationKind::Reassessment).due,
        d(2030, 6, 30)
    );
    assert_eq!(
        one(&fixed, d(2030, 7, 1), ObligationKind::Review).due,
        d(2028, 4, 1)
    );
}

#[test]
fn the_reassessment_falls_back_on_the_basic_assessment_date_then_the_latest_change() {
    let mut r = Report::example(AssessmentKind::Full); // 実施日 2025-06-02
    r.cover.published_on = None;
    let o = one(&r, d(2025, 7, 1), ObligationKind::Reassessment);
    assert_eq!(
        (o.from.date, o.from.basis),
        (d(2025, 6, 2), Basis::BasicAssessment)
    );
    assert_eq!(o.due, d(2030, 6, 2));
    assert!(
        o.reason
            .to_string()
            .contains("公表日の記載がないため基礎項目評価の実施日から数える"),
        "{}",
        o.reason
    );

    r.procedures.basic_assessment.date = None;
    r.changes = vec![
        ChangeRecord::new("Ⅰ").with_date(d(2024, 1, 10)),
        ChangeRecord::new("Ⅱ").with_date(d(2025, 2, 3)),
        ChangeRecord::new("Ⅲ"),
    ];
    let o = one(&r, d(2025, 7, 1), ObligationKind::Reassessment);
    assert_eq!(
        (o.from.date, o.from.basis),
        (d(2025, 2, 3), Basis::LatestChange)
    );
    assert!(
        o.reason
            .to_string()
            .contains("公表日の記載がないため変更日から数える"),
        "{}",
        o.reason
    );

    // Nothing to count from: no obligation, and the register says why.
    r.changes.clear();
    assert!(obligations(&r, d(2025, 7, 1)).is_empty());
    let register = Register::new([&r], d(2025, 7, 1));
    assert!(
        register.problems.iter().any(|p| p.as_str() == "undated"),
        "{:?}",
        register.problems
    );
}

#[test]
fn review_last_day_and_the_day_after() {
    // 公表日 2025-06-30, counts 2025-04-01: a year from the 公表日.
    let mut r = Report::example(AssessmentKind::Basic);
    let o = one(&r, d(2026, 6, 30), ObligationKind::Review);
    assert_eq!(
        (o.due, o.from.basis, o.status),
        (d(2026, 6, 30), Basis::PublishedOn, Status::DueSoon)
    );
    assert_eq!((o.duty, o.source.as_ref()), (Duty::Effort, "規則 第14条"));
    assert_eq!(
        status(&r, d(2026, 7, 1), ObligationKind::Review),
        Status::Overdue
    );
    // A later 変更日 moves it.
    r.changes
        .push(ChangeRecord::new("Ⅰ").with_date(d(2025, 9, 1)));
    let o = one(&r, d(2026, 9, 1), ObligationKind::Review);
    assert_eq!(
        (o.due, o.from.basis, o.status),
        (d(2026, 9, 1), Basis::LatestChange, Status::DueSoon)
    );
    assert_eq!(
        status(&r, d(2026, 9, 2), ObligationKind::Review),
        Status::Overdue
    );
    // So does a later count date.
    r.basic_mut().unwrap().threshold_items.subject_count_as_of = Some(d(2025, 10, 1));
    let o = one(&r, d(2026, 10, 1), ObligationKind::Review);
    assert_eq!((o.due, o.from.basis), (d(2026, 10, 1), Basis::CountDate));
}

#[test]
fn count_date_last_day_and_the_day_after() {
    let mut r = Report::example(AssessmentKind::Basic); // both counts 2025-04-01
    let o = one(&r, d(2026, 4, 1), ObligationKind::CountDate);
    assert_eq!((o.due, o.status), (d(2026, 4, 1), Status::DueSoon));
    assert!(
        o.reason
            .to_string()
            .starts_with("Ⅱ1 対象人数・Ⅱ2 取扱者数の計数時点 令和7年4月1日"),
        "{}",
        o.reason
    );
    assert_eq!(o.source, "指針 第5の2");
    assert_eq!(
        status(&r, d(2026, 4, 2), ObligationKind::CountDate),
        Status::Overdue
    );
    // Two dates, two obligations, each naming its item.
    r.basic_mut().unwrap().threshold_items.handler_count_as_of = Some(d(2025, 5, 1));
    let counts: Vec<_> = obligations(&r, d(2026, 4, 2))
        .into_iter()
        .filter(|o| o.kind == ObligationKind::CountDate)
        .collect();
    assert_eq!(counts.len(), 2);
    assert!(counts[0].reason.to_string().starts_with("Ⅱ1 対象人数の"));
    assert_eq!(
        (counts[0].status, counts[1].status),
        (Status::Overdue, Status::DueSoon)
    );
    assert!(counts[1].reason.to_string().starts_with("Ⅱ2 取扱者数の"));
    // Reports of the other forms have no count dates.
    assert!(
        obligations(&Report::example(AssessmentKind::Full), d(2026, 4, 2))
            .iter()
            .all(|o| o.kind != ObligationKind::CountDate)
    );
}

#[test]
fn incident_item_last_day_and_the_day_after() {
    for form in [AssessmentKind::Focused, AssessmentKind::Full] {
        let r = ReportBuilder::new(form, "国民健康保険に関する事務")
            .with_recent_incident("書類の誤送付", "封入時に二人で確認する", d(2022, 6, 30))
            .build();
        let o = one(&r, d(2025, 6, 30), ObligationKind::SeriousIncident);
        assert_eq!(
            (o.due, o.status, o.duty),
            (d(2025, 6, 30), Status::DueSoon, Duty::Required)
        );
        assert_eq!(
            (o.from.date, o.from.basis),
            (d(2022, 6, 30), Basis::Incident)
        );
        assert_eq!(
            status(&r, d(2025, 7, 1), ObligationKind::SeriousIncident),
            Status::Overdue
        );
        // TM005 counts the same last day.
        assert!(
            validate(&r, d(2025, 6, 30))
                .with_code(Code::IncidentExpired)
                .next()
                .is_none()
        );
        assert!(
            validate(&r, d(2025, 7, 1))
                .with_code(Code::IncidentExpired)
                .next()
                .is_some()
        );
        let number = if form == AssessmentKind::Focused {
            "Ⅲ7②"
        } else {
            "Ⅲ7リスク1⑨"
        };
        assert!(o.reason.to_string().starts_with(number), "{}", o.reason);
    }
    // 発生なし: nothing to drop.
    let mut r = ReportBuilder::new(AssessmentKind::Focused, "事務")
        .with_recent_incident("誤送付", "確認", d(2022, 6, 30))
        .build();
    r.focused_mut()
        .unwrap()
        .risk_measures
        .storage
        .risk
        .serious_incident
        .status = Some(IncidentHistory::NotOccurred);
    assert!(
        obligations(&r, d(2025, 7, 1))
            .iter()
            .all(|o| o.kind != ObligationKind::SeriousIncident)
    );
}

#[test]
fn keep_published_last_day_and_the_day_after() {
    let mut r = Report::example(AssessmentKind::Full);
    r.cover.title = Some("国民健康保険に関する事務　全項目評価書【令和7年3月31日 終了】".into());
    let list = obligations(&r, d(2028, 3, 31));
    assert_eq!(
        list.len(),
        1,
        "an ended 事務 has only its publication to keep up: {list:?}"
    );
    let o = &list[0];
    assert_eq!(
        (o.kind, o.due, o.status),
        (
            ObligationKind::KeepPublished,
            d(2028, 3, 31),
            Status::DueSoon
        )
    );
    assert_eq!(
        (o.from.basis, o.duty, o.source.as_ref()),
        (Basis::AffairEnd, Duty::Required, "記載要領")
    );
    assert_eq!(
        status(&r, d(2027, 9, 29), ObligationKind::KeepPublished),
        Status::Later
    );
    assert_eq!(
        status(&r, d(2027, 9, 30), ObligationKind::KeepPublished),
        Status::DueSoon
    );
    // After the 3 years nothing is left to do: the obligation is gone, never overdue.
    assert!(obligations(&r, d(2028, 4, 1)).is_empty());
    // Validation does not ask an ended 事務 to re-assess.
    assert!(
        validate(&r, d(2031, 1, 1))
            .with_code(Code::ReassessmentOverdue)
            .next()
            .is_none()
    );
}

#[test]
fn the_edogawa_sample_is_due_for_reassessment_on_2029_12_06() {
    let r = Sample::EdogawaFull.load().unwrap();
    let o = one(&r, d(2029, 12, 6), ObligationKind::Reassessment);
    assert_eq!(o.due, d(2029, 12, 6));
    assert_eq!(o.status, Status::DueSoon);
    assert_eq!(o.report.number.as_deref(), Some("3"));
    assert_eq!(
        status(&r, d(2029, 12, 7), ObligationKind::Reassessment),
        Status::Overdue
    );
    assert_eq!(
        o.reason,
        "公表日 令和6年12月6日（2024-12-06） から5年を経過する前に再実施するよう努める（規則 第15条）"
    );
}

#[test]
fn a_register_of_the_samples() {
    let reports: Vec<Report> = Sample::ALL.iter().map(|s| s.load().unwrap()).collect();
    let register = Register::new(&reports, d(2026, 11, 20));
    let rows: Vec<(Option<&str>, &str, Vec<AssessmentKind>)> = register
        .entries
        .iter()
        .map(|e| (e.number.as_deref(), e.affair.as_str(), e.filed()))
        .collect();
    assert_eq!(
        rows,
        [
            (
                Some("3"),
                "国民健康保険に関する事務",
                vec![AssessmentKind::Full]
            ),
            (
                Some("14"),
                "後期高齢者医療に関する事務",
                vec![AssessmentKind::Focused]
            ),
            (
                Some("8"),
                "国民健康保険に関する事務",
                vec![AssessmentKind::Basic]
            ),
            (
                Some("7"),
                "後期高齢者医療制度に関する事務",
                vec![AssessmentKind::Focused]
            ),
        ]
    );
    let kumagaya = &register.entries[2];
    assert_eq!(kumagaya.published_on.map(|a| a.date), Some(d(2025, 5, 30)));
    assert_eq!(kumagaya.next_due, Some(d(2026, 4, 1)));
    assert_eq!(
        kumagaya.stated.map(|s| s.required),
        Some(RequiredAssessment::BasicAndFocused)
    );
    let lines: Vec<String> = register
        .obligations
        .iter()
        .map(|o| {
            format!(
                "{} {} {} {}",
                o.due,
                o.status,
                o.kind.label(),
                o.report.number.as_deref().unwrap_or("")
            )
        })
        .collect();
    // 松戸市's text has no 公表日: its 再実施 counts from the 基礎項目評価 実施日 (平成27年11月25日),
    // its 見直し from its last 変更日 (令和3年7月26日).
    assert_eq!(
        lines,
        [
            "2020-11-25 overdue 再実施 7",
            "2022-07-26 overdue 見直し 7",
            "2025-12-06 overdue 見直し 3",
            "2026-04-01 overdue 計数時点 8",
            "2026-05-30 overdue 見直し 8",
            "2026-12-26 due-soon 見直し 14",
            "2029-12-06 later 再実施 3",
            "2030-05-30 later 再実施 8",
            "2030-12-26 later 再実施 14",
        ]
    );
    let problems: Vec<&str> = register
        .problems
        .iter()
        .map(RegisterProblem::as_str)
        .collect();
    // Several bodies; the 全項目 and 重点 reports without their 基礎 reports; 熊谷市's 基礎 report
    // names a 重点 report (and its result requires one) that is not there; 松戸市's 重点 report
    // (whose text lost its 評価実施機関名) without its 基礎 report.
    assert_eq!(
        problems,
        [
            "several-bodies",
            "missing-basic",
            "missing-basic",
            "missing-detailed",
            "missing-basic"
        ]
    );
    assert_eq!(register.summary(), "9 obligations, 5 overdue");
}

/// A clean register of one body: 介護保険 (基礎 + 重点, number 1) and 国民健康保険 (基礎, number 2).
fn clean() -> Vec<Report> {
    let stated = StatedThresholdResult::required(RequiredAssessment::BasicAndFocused);
    let a_basic = ReportBuilder::new(AssessmentKind::Basic, "介護保険に関する事務")
        .with_subject_count(SubjectCountBand::From100kTo300k)
        .with_threshold_result(stated)
        .with_edit(|r| {
            r.basic_mut().unwrap().risk_measures.report_set = Some(ReportSet::BasicAndFocused)
        })
        .build();
    let a_focused = ReportBuilder::new(AssessmentKind::Focused, "介護保険に関する事務").build();
    let b_basic = ReportBuilder::new(AssessmentKind::Basic, "国民健康保険に関する事務")
        .with_edit(|r| r.cover.number = Some("2".into()))
        .build();
    vec![a_basic, a_focused, b_basic]
}

fn problems(reports: &[Report]) -> Vec<&'static str> {
    Register::new(reports, d(2025, 7, 1))
        .problems
        .iter()
        .map(RegisterProblem::as_str)
        .collect()
}

/// Each register check: the clean register changed in one place has exactly that problem, with
/// a one-line Japanese message citing its source.
#[test]
fn each_register_check_as_a_minimal_pair() {
    assert_eq!(problems(&clean()), Vec::<&str>::new());
    type Edit = fn(&mut Vec<Report>);
    let cases: &[(&str, Edit, &str)] = &[
        (
            "several-bodies",
            |v| v[2].cover.body = Some("架空町長".into()),
            "架空町長",
        ),
        (
            "number-reused",
            |v| v[2].cover.number = Some("1".into()),
            "評価書番号 1 が",
        ),
        (
            "affair-filed-twice",
            |v| {
                let again = v[0].clone();
                v.push(again)
            },
            "基礎項目評価書が2つ以上ある",
        ),
        (
            "affair-numbered-twice",
            |v| v[1].cover.number = Some("3".into()),
            "（1、3）",
        ),
        (
            "missing-basic",
            |v| {
                v.remove(0);
            },
            "重点項目評価書に、一緒に提出する基礎項目評価書がない",
        ),
        (
            "missing-detailed",
            |v| {
                v[2].basic_mut().unwrap().risk_measures.report_set = Some(ReportSet::BasicAndFull);
            },
            "全項目評価書を含める（Ⅳ1）",
        ),
        (
            "filed-below-stated",
            |v| {
                v[2].basic_mut().unwrap().threshold_result = Some(StatedThresholdResult::required(
                    RequiredAssessment::BasicAndFull,
                ));
            },
            "「基礎項目評価及び全項目評価の実施が義務付けられる」だが、全項目評価書がない",
        ),
        (
            "unreadable-end-date",
            |v| {
                v[2].cover.title =
                    Some("国民健康保険に関する事務　基礎項目評価書【令和7年2月30日 終了】".into());
            },
            "令和7年2月30日",
        ),
        (
            "undated",
            |v| v[2].cover.published_on = None,
            "期限を数えられない",
        ),
    ];
    for (problem, edit, says) in cases {
        let mut reports = clean();
        edit(&mut reports);
        let register = Register::new(&reports, d(2025, 7, 1));
        let found: Vec<&str> = register
            .problems
            .iter()
            .map(RegisterProblem::as_str)
            .collect();
        assert_eq!(found, [*problem], "{problem}: {:?}", register.problems);
        let p = &register.problems[0];
        let message = p.to_string();
        assert!(message.contains(says), "{problem}: {message}");
        assert!(message.contains(p.source()), "{problem}: {message}");
        assert!(!message.contains('\n'));
    }
    // The incident check: a 事務 without 対象人数.
    let mut reports = clean();
    reports[2]
        .basic_mut()
        .unwrap()
        .threshold_items
        .subject_count = None;
    assert_eq!(problems(&reports), Vec::<&str>::new());
    let register = Register::new(&reports, d(2025, 7, 1)).with_incident(d(2025, 7, 1));
    let found: Vec<&str> = register
        .problems
        .iter()
        .map(RegisterProblem::as_str)
        .collect();
    assert_eq!(found, ["incident-undecided"]);
}

#[test]
fn a_body_wide_incident_raises_the_focused_affairs() {
    let mut reports = clean();
    // 国民健康保険: 1万–10万 people, 基礎 only → 基礎 + 重点 with an incident.
    reports[2] = ReportBuilder::new(AssessmentKind::Basic, "国民健康保険に関する事務")
        .with_subject_count(SubjectCountBand::From10kTo100k)
        .with_edit(|r| r.cover.number = Some("2".into()))
        .build();
    // 住民基本台帳: 1,000–1万 people: 基礎 whatever happens.
    reports.push(
        ReportBuilder::new(AssessmentKind::Basic, "住民基本台帳に関する事務")
            .with_edit(|r| r.cover.number = Some("4".into()))
            .build(),
    );
    let register = Register::new(&reports, d(2025, 10, 1));
    assert!(register.problems.is_empty(), "{:?}", register.problems);
    let effects: IncidentEffects = register.incident_effects(d(2025, 10, 1)).unwrap();
    assert_eq!(effects.until, d(2026, 10, 1));
    let raised: Vec<(
        &str,
        RequiredAssessment,
        RequiredAssessment,
        Vec<AssessmentKind>,
    )> = effects
        .affected
        .iter()
        .map(|e| (e.affair.as_str(), e.from, e.to, e.missing.clone()))
        .collect();
    assert_eq!(
        raised,
        [
            // 10万–30万 with 基礎 + 重点 filed: 全項目 is now required.
            (
                "介護保険に関する事務",
                RequiredAssessment::BasicAndFocused,
                RequiredAssessment::BasicAndFull,
                vec![AssessmentKind::Full]
            ),
            (
                "国民健康保険に関する事務",
                RequiredAssessment::Basic,
                RequiredAssessment::BasicAndFocused,
                vec![AssessmentKind::Focused]
            ),
        ]
    );
    assert!(effects.undecided.is_empty());
    // The register lists them until the last day the incident counts, then no more.
    for (today, listed) in [(d(2026, 10, 1), 2), (d(2026, 10, 2), 0)] {
        let register = Register::new(&reports, today).with_incident(d(2025, 10, 1));
        let incident: Vec<&Obligation> = register
            .obligations
            .iter()
            .filter(|o| o.kind == ObligationKind::SeriousIncident)
            .collect();
        assert_eq!(incident.len(), listed, "{today}");
        for o in incident {
            assert_eq!(
                (o.due, o.status, o.duty),
                (d(2026, 10, 1), Status::DueSoon, Duty::Required)
            );
            assert_eq!(o.source, "指針 第5の2");
            assert!(
                o.reason.to_string().contains("しきい値判断は「"),
                "{}",
                o.reason
            );
        }
    }
    // An incident 29 February: counted through 2025-02-28 (SeriousIncident::within_past_year).
    assert_eq!(
        register.incident_effects(d(2024, 2, 29)).unwrap().until,
        d(2025, 2, 28)
    );
}

/// Unfolds an iCalendar text (RFC 5545 §3.1): CRLF followed by one space or tab is removed.
fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "").replace("\r\n\t", "")
}

#[test]
fn the_icalendar_export_follows_rfc_5545() {
    let mut r = Report::example(AssessmentKind::Basic);
    // A long title with the characters TEXT escapes.
    r.cover.title = Some(format!(
        "{}；a,b;c\\d\n次の行",
        "国民健康保険に関する事務　基礎項目評価書".repeat(3)
    ));
    let register = Register::new([&r], d(2025, 7, 1));
    let ics = to_icalendar(&register.obligations, register.as_of);
    // CRLF everywhere, no bare LF or CR.
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());
    assert_eq!(ics.matches('\r').count(), ics.matches("\r\n").count());
    // Folded at 75 octets, continuation lines start with a space.
    let lines: Vec<&str> = ics.split_terminator("\r\n").collect();
    assert!(lines.iter().all(|l| l.len() <= 75), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.starts_with(' ')),
        "the long summary is folded"
    );
    let unfolded = unfold(&ics);
    assert!(unfolded.contains("\r\nSUMMARY:見直し 1 国民健康保険に関する事務"));
    assert!(
        unfolded.contains("；a\\,b\\;c\\\\d\\n次の行\r\n"),
        "{unfolded}"
    );
    // Each unfolded line is valid UTF-8 content: folding never split a character.
    assert!(unfolded.split("\r\n").all(|l| !l.starts_with(' ')));
    // One event per obligation, stamped with the reference date, a stable UID each.
    let events = unfolded.matches("BEGIN:VEVENT\r\n").count();
    assert_eq!(events, register.obligations.len());
    assert_eq!(
        unfolded.matches("\r\nDTSTAMP:20250701T000000Z\r\n").count(),
        events
    );
    let uids: Vec<&str> = unfolded
        .split("\r\n")
        .filter(|l| l.starts_with("UID:"))
        .collect();
    let mut unique = uids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), events);
    // Another reference date changes the stamp and the statuses, not the UIDs.
    let later = Register::new([&r], d(2026, 1, 1));
    let later = to_icalendar(&later.obligations, later.as_of);
    let later_uids: Vec<String> = unfold(&later)
        .split("\r\n")
        .filter(|l| l.starts_with("UID:"))
        .map(str::to_owned)
        .collect();
    assert_eq!(uids, later_uids);
    assert!(later.contains("DTSTAMP:20260101T000000Z"));
    assert!(unfolded.contains("\r\nDTSTART;VALUE=DATE:20260401\r\n"));
}

#[test]
fn everything_round_trips_through_serde() {
    let reports: Vec<Report> = Sample::ALL.iter().map(|s| s.load().unwrap()).collect();
    let register = Register::new(&reports, d(2026, 11, 20)).with_incident(d(2026, 6, 1));
    let json = serde_json::to_string(&register).unwrap();
    assert_eq!(serde_json::from_str::<Register>(&json).unwrap(), register);
    let effects = register.incident_effects(d(2026, 6, 1)).unwrap();
    let json = serde_json::to_string(&effects).unwrap();
    assert_eq!(
        serde_json::from_str::<IncidentEffects>(&json).unwrap(),
        effects
    );
    let problem = serde_json::to_string(&register.problems[0]).unwrap();
    assert!(
        problem.starts_with(r#"{"problem":"several-bodies","bodies":["#),
        "{problem}"
    );
    for kind in ObligationKind::ALL {
        let json = serde_json::to_string(kind).unwrap();
        assert_eq!(json, format!("\"{}\"", kind.as_str()));
        assert_eq!(
            &serde_json::from_str::<ObligationKind>(&json).unwrap(),
            kind
        );
        assert_eq!(&kind.label().parse::<ObligationKind>().unwrap(), kind);
    }
    for s in Status::ALL {
        assert_eq!(
            &serde_json::from_str::<Status>(&serde_json::to_string(s).unwrap()).unwrap(),
            s
        );
    }
    for b in Basis::ALL {
        assert_eq!(
            &serde_json::from_str::<Basis>(&serde_json::to_string(b).unwrap()).unwrap(),
            b
        );
    }
    for x in Duty::ALL {
        assert_eq!(
            &serde_json::from_str::<Duty>(&serde_json::to_string(x).unwrap()).unwrap(),
            x
        );
    }
    assert!(serde_json::from_str::<Status>("\"soon\"").is_err());
}

/// The tests the table of the module docs names, by kind.
const TABLE: &[(ObligationKind, &str)] = &[
    (
        ObligationKind::Reassessment,
        "reassessment_last_day_and_the_day_after",
    ),
    (ObligationKind::Review, "review_last_day_and_the_day_after"),
    (
        ObligationKind::CountDate,
        "count_date_last_day_and_the_day_after",
    ),
    (
        ObligationKind::SeriousIncident,
        "incident_item_last_day_and_the_day_after",
    ),
    (
        ObligationKind::KeepPublished,
        "keep_published_last_day_and_the_day_after",
    ),
    (
        ObligationKind::SeriousIncident,
        "a_body_wide_incident_raises_the_focused_affairs",
    ),
];

#[test]
fn the_documented_table_lists_every_duty() {
    let docs = include_str!("../src/schedule/mod.rs");
    let this = include_str!("schedule.rs");
    for kind in ObligationKind::ALL {
        assert!(
            TABLE.iter().any(|(k, _)| k == kind),
            "{kind} has no test in the table"
        );
    }
    for (kind, test) in TABLE {
        let row = docs
            .lines()
            .find(|l| l.starts_with("//! |") && l.contains(&format!("`{test}`")))
            .unwrap_or_else(|| panic!("{test} is not in the table of src/schedule/mod.rs"));
        assert!(row.contains(kind.label()), "{row}");
        let source = if *test == "a_body_wide_incident_raises_the_focused_affairs" {
            "指針 第5の2"
        } else {
            kind.source()
        };
        assert!(row.contains(source), "{row}");
        let duty = match kind.duty() {
            Duty::Required => "duty",
            Duty::Effort => "effort",
        };
        assert!(row.contains(duty), "{row}");
        assert!(
            this.contains(&format!("fn {test}()")),
            "{test} is not a test here"
        );
    }
}

/// A 事務 filed as 基礎 + 重点: its register row takes the しきい値判断 and the counts from the
/// 基礎項目評価書, whichever report comes first.
#[test]
fn a_register_row_reads_the_basic_report_first() {
    use mynumber_pia::threshold::{HandlerCountBand, SeriousIncident};
    let basic = ReportBuilder::new(AssessmentKind::Basic, "介護保険に関する事務")
        .with_subject_count(SubjectCountBand::From100kTo300k)
        .with_threshold_inputs(HandlerCountBand::AtLeast500, SeriousIncident::NotOccurred)
        .with_threshold_result(StatedThresholdResult::required(
            RequiredAssessment::BasicAndFull,
        ))
        .build();
    let focused = ReportBuilder::new(AssessmentKind::Focused, "介護保険に関する事務")
        .with_subject_count(SubjectCountBand::From10kTo100k)
        .with_threshold_result(StatedThresholdResult::required(
            RequiredAssessment::BasicAndFocused,
        ))
        .build();
    for group in [[&focused, &basic], [&basic, &focused]] {
        let register = Register::new(group, d(2025, 7, 1));
        let [row] = register.entries.as_slice() else {
            panic!("one 事務: {:#?}", register.entries)
        };
        assert_eq!(
            row.stated,
            Some(StatedThresholdResult::required(
                RequiredAssessment::BasicAndFull
            ))
        );
        assert_eq!(row.subject_count, Some(SubjectCountBand::From100kTo300k));
        assert_eq!(row.handler_count, Some(HandlerCountBand::AtLeast500));
        assert_eq!(
            row.filed(),
            [AssessmentKind::Basic, AssessmentKind::Focused]
        );
    }
}
