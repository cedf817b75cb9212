//! TM: dates against the reference date (規則 第15条; 指針 第5の2; 様式; 記載要領).
//!
//! Every date here is computed by [`crate::schedule`] (the obligations of a report): the 5-year
//! re-assessment and the 3-year window of the 重大事故 item are its due dates, judged with
//! [`Status::at`]; the age of a count is its [`period_end`]. When the cover has no 公表日, the
//! date that stands in for it ([`Report::publication_date`](crate::report::Report::publication_date))
//! is used and the message says so. A report whose 事務 has ended (【…終了】 in the 評価書名) has
//! no re-assessment and no 重大事故 item to keep up.

use super::Code;
use super::context::{Ctx, show_date};
use crate::report::ItemId;
use crate::schedule::{Basis, ObligationKind, Status, dues, period_end};

/// The note a message ends with when `basis` stands in for a missing 公表日 (`how`: counted
/// from it, compared with it), written by `wrap`; empty for a printed 公表日.
fn fallback(basis: Basis, how: &str, wrap: fn(String) -> String) -> String {
    if basis.is_fallback() {
        wrap(format!("公表日の記載がないため{}{how}", basis.label()))
    } else {
        String::new()
    }
}

pub(crate) fn check(cx: &mut Ctx<'_>) {
    let report = cx.report;
    let today = cx.today;
    if let Err(e) = report.cover.ended_on() {
        cx.emit(Code::EndDateUnreadable, ItemId::CoverTitle, e.to_string());
    }
    let dues = dues(report);
    // 規則 第15条: re-assess before 5 years pass (the last day per 民法 第140条, 第143条:
    // 公表日 2025-06-30 gives 2030-06-30, still in time).
    if let Some(due) = dues.iter().find(|d| d.kind == ObligationKind::Reassessment) {
        let from = due.from;
        let note = |wrap| fallback(from.basis, "から数えた", wrap);
        match Status::at(due.due, today) {
            Status::Overdue => cx.emit(
                Code::ReassessmentOverdue,
                ItemId::CoverPublishedOn,
                format!(
                    "{from} から5年を経過している（{} までに再実施する{}）",
                    show_date(due.due),
                    note(|n| format!("。{n}"))
                ),
            ),
            Status::DueSoon => cx.emit(
                Code::ReassessmentDueSoon,
                ItemId::CoverPublishedOn,
                format!(
                    "{from} から5年を経過する前の再実施の期限 {} が6か月以内に来る{}",
                    show_date(due.due),
                    note(|n| format!("（{n}）"))
                ),
            ),
            Status::Later => {}
        }
    }
    if let (Some(part), Some(published)) = (report.basic(), report.publication_date()) {
        let t = &part.threshold_items;
        for (item, as_of) in [
            (ItemId::ThresholdSubjectCountAsOf, t.subject_count_as_of),
            (ItemId::ThresholdHandlerCountAsOf, t.handler_count_as_of),
        ] {
            let Some(as_of) = as_of else {
                continue;
            };
            // An error is judged only against a printed 公表日.
            if as_of > published.date && published.basis == Basis::PublishedOn {
                cx.emit(
                    Code::CountDateAfterPublication,
                    item,
                    format!(
                        "計数時点 {} が公表日 {} より後である",
                        show_date(as_of),
                        show_date(published.date)
                    ),
                );
            } else if period_end(as_of, 1).is_some_and(|fresh| published.date > fresh) {
                cx.emit(
                    Code::CountDateStale,
                    item,
                    format!(
                        "計数時点 {} は{published} の1年以上前である{}",
                        show_date(as_of),
                        fallback(published.basis, "と比べた", |n| format!("（{n}）"))
                    ),
                );
            }
        }
    }
    // The 3-year 重大事故 item (重点 Ⅲ7②, 全項目 Ⅲ7リスク1⑨): an incident past its last day.
    let incidents: Vec<_> = dues
        .iter()
        .filter(|d| d.kind == ObligationKind::SeriousIncident)
        .collect();
    let expired: Vec<String> = incidents
        .iter()
        .filter(|d| Status::at(d.due, today) == Status::Overdue)
        .map(|d| show_date(d.from.date))
        .collect();
    // An incident due comes only from the report's 重大事故 item, so the item is there.
    if let (false, Some((id, _))) = (expired.is_empty(), report.recent_incidents_item()) {
        cx.emit(
            Code::IncidentExpired,
            id,
            format!(
                "{} の重大事故は発生から3年を経過している（{}）",
                expired.join("、"),
                if expired.len() == incidents.len() {
                    "「発生なし」に改める"
                } else {
                    "その内容から削除する"
                }
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AssessmentKind;
    use crate::report::{Report, ReportBuilder};
    use crate::validation::testing::{d, finds};
    use crate::validation::{Severity, validate};

    #[test]
    fn tm001_tm002_five_years_after_publication() {
        let r = Report::example(AssessmentKind::Focused); // published 2025-06-30
        // The 5 years run to the end of 2030-06-30 (民法 第140条, 第143条).
        assert!(!finds(&r, d(2030, 6, 30), Code::ReassessmentOverdue));
        assert!(finds(&r, d(2030, 6, 30), Code::ReassessmentDueSoon));
        let overdue = validate(&r, d(2030, 7, 1));
        let f = overdue.with_code(Code::ReassessmentOverdue).next().unwrap();
        assert_eq!(f.severity(), Severity::Warning);
        assert_eq!(
            f.message(),
            "公表日 令和7年6月30日（2025-06-30） から5年を経過している（令和12年6月30日（2030-06-30） までに再実施する）"
        );
        assert!(finds(&r, d(2029, 12, 30), Code::ReassessmentDueSoon));
        assert!(!finds(&r, d(2029, 12, 29), Code::ReassessmentDueSoon));
        assert!(!finds(&r, d(2030, 7, 1), Code::ReassessmentDueSoon));
        // A leap day: the 5 years end on 2029-02-28.
        let mut leap = r.clone();
        leap.cover.published_on = Some(d(2024, 2, 29));
        assert!(!finds(&leap, d(2029, 2, 28), Code::ReassessmentOverdue));
        assert!(finds(&leap, d(2029, 3, 1), Code::ReassessmentOverdue));
    }

    #[test]
    fn tm001_a_28_february_publication_runs_to_the_leap_day() {
        // 公表日 2023-02-28: the period is reckoned from 2023-03-01 (民法 第140条) and ends the
        // day before 2028-03-01 (第143条), 29 February.
        let mut r = Report::example(AssessmentKind::Focused);
        r.cover.published_on = Some(d(2023, 2, 28));
        assert!(!finds(&r, d(2028, 2, 29), Code::ReassessmentOverdue));
        assert!(finds(&r, d(2028, 3, 1), Code::ReassessmentOverdue));
    }

    #[test]
    fn fallback_messages_say_which_date_they_counted_from() {
        let mut r = Report::example(AssessmentKind::Full); // 実施日 2025-06-02
        r.cover.published_on = None;
        let v = validate(&r, d(2030, 6, 3));
        let f = v.with_code(Code::ReassessmentOverdue).next().unwrap();
        assert_eq!(
            f.message(),
            "基礎項目評価の実施日 令和7年6月2日（2025-06-02） から5年を経過している（令和12年6月2日（2030-06-02） までに再実施する。公表日の記載がないため基礎項目評価の実施日から数えた）"
        );
        let v = validate(&r, d(2030, 1, 1));
        let f = v.with_code(Code::ReassessmentDueSoon).next().unwrap();
        assert!(
            f.message().ends_with(
                "が6か月以内に来る（公表日の記載がないため基礎項目評価の実施日から数えた）"
            ),
            "{}",
            f.message()
        );
        // A 基礎 report has no 実施日: the latest 変更日; TM003 needs a printed 公表日.
        let mut b = Report::example(AssessmentKind::Basic); // counted 2025-04-01
        b.cover.published_on = None;
        b.changes
            .push(crate::report::ChangeRecord::new("Ⅰ").with_date(d(2025, 3, 1)));
        assert!(!finds(&b, d(2025, 7, 1), Code::CountDateAfterPublication));
        assert!(!finds(&b, d(2025, 7, 1), Code::CountDateStale));
        // Nothing to count from: no time finding at all.
        b.changes.clear();
        let v = validate(&b, d(2040, 1, 1));
        assert!(
            v.iter()
                .all(|f| f.code().family() != crate::validation::Family::Time),
            "{v}"
        );
    }

    #[test]
    fn tm006_an_unreadable_end_date() {
        let mut r = Report::example(AssessmentKind::Basic);
        r.cover.title = Some("事務　基礎項目評価書【令和7年13月1日 終了】".into());
        let v = validate(&r, d(2025, 7, 1));
        let f = v.with_code(Code::EndDateUnreadable).next().unwrap();
        assert!(
            f.message()
                .starts_with("評価書名の【令和7年13月1日 終了】の終了日を読めない: "),
            "{}",
            f.message()
        );
        r.cover.title = Some("事務　基礎項目評価書【令和7年3月31日 終了】".into());
        assert!(!finds(&r, d(2025, 7, 1), Code::EndDateUnreadable));
    }

    #[test]
    fn tm003_tm004_count_dates() {
        let today = d(2025, 7, 1);
        let mut r = Report::example(AssessmentKind::Basic); // counted 2025-04-01, published 2025-06-30
        assert!(
            validate(&r, today).findings().is_empty(),
            "{}",
            validate(&r, today)
        );
        r.basic_mut().unwrap().threshold_items.subject_count_as_of = Some(d(2025, 7, 1));
        assert!(finds(&r, today, Code::CountDateAfterPublication));
        // Exactly a year before the 公表日 is not stale; a day more is.
        r.basic_mut().unwrap().threshold_items.subject_count_as_of = Some(d(2024, 6, 30));
        assert!(validate(&r, today).findings().is_empty());
        r.basic_mut().unwrap().threshold_items.subject_count_as_of = Some(d(2024, 6, 29));
        let v = validate(&r, today);
        assert!(v.with_code(Code::CountDateStale).next().is_some());
        assert!(
            v.with_code(Code::CountDateAfterPublication)
                .next()
                .is_none()
        );
    }

    #[test]
    fn tm005_incident_older_than_three_years() {
        let r = ReportBuilder::new(AssessmentKind::Focused, "事務")
            .with_recent_incident("HDDの盗難", "外部媒体の制限", d(2016, 10, 7))
            .build();
        assert!(!finds(&r, d(2019, 10, 7), Code::IncidentExpired));
        let v = validate(&r, d(2019, 10, 8));
        let f = v.with_code(Code::IncidentExpired).next().unwrap();
        assert!(f.message().contains("「発生なし」に改める"));
    }
}
