//! TM: dates against the reference date (規則 第15条; 指針 第5の2; 様式).

use chrono::{Months, NaiveDate};

use super::Code;
use super::context::{Ctx, show_date};
use crate::AssessmentKind;
use crate::report::{IncidentHistory, ItemId};

/// `date` plus `months`, saturating at the last representable date.
fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// `date` minus `months`, saturating at the first representable date.
fn sub_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN)
}

pub(crate) fn check(cx: &mut Ctx<'_>) {
    let report = cx.report;
    let today = cx.today;
    if let Some(published) = report.cover.published_on {
        // 規則 第15条: re-assess before 5 years pass. The day of publication is not counted
        // (民法 第140条), so the 5 years end with the day of the same date 5 years on
        // (民法 第143条): 公表日 2025-06-30 gives 2030-06-30, still in time.
        let last_day = add_months(published, 60);
        if today > last_day {
            cx.emit(
                Code::ReassessmentOverdue,
                ItemId::CoverPublishedOn,
                &[],
                format!(
                    "公表日 {} から5年を経過している（{} までに再実施する）",
                    show_date(published),
                    show_date(last_day)
                ),
            );
        } else if today >= sub_months(last_day, 6) {
            cx.emit(
                Code::ReassessmentDueSoon,
                ItemId::CoverPublishedOn,
                &[],
                format!(
                    "公表日 {} から5年を経過する前の再実施の期限 {} が6か月以内に来る",
                    show_date(published),
                    show_date(last_day)
                ),
            );
        }
        if cx.form == AssessmentKind::Basic {
            if let Some(part) = report.basic() {
                let t = &part.threshold_items;
                for (item, as_of) in [
                    (ItemId::ThresholdSubjectCountAsOf, t.subject_count_as_of),
                    (ItemId::ThresholdHandlerCountAsOf, t.handler_count_as_of),
                ] {
                    let Some(as_of) = as_of else {
                        continue;
                    };
                    if as_of > published {
                        cx.emit(
                            Code::CountDateAfterPublication,
                            item,
                            &[],
                            format!(
                                "計数時点 {} が公表日 {} より後である",
                                show_date(as_of),
                                show_date(published)
                            ),
                        );
                    } else if as_of < sub_months(published, 12) {
                        cx.emit(
                            Code::CountDateStale,
                            item,
                            &[],
                            format!(
                                "計数時点 {} は公表日 {} の1年以上前である",
                                show_date(as_of),
                                show_date(published)
                            ),
                        );
                    }
                }
            }
        }
    }
    // The 3-year 重大事故 item (重点 Ⅲ7②, 全項目 Ⅲ7リスク1⑨).
    if let Some(item) = report.recent_incidents() {
        if item.status == Some(IncidentHistory::Occurred) {
            let id = match cx.form {
                AssessmentKind::Focused => ItemId::FocusedStorageSeriousIncident,
                _ => ItemId::FullStorageSeriousIncident,
            };
            let expired: Vec<NaiveDate> = item
                .incident_dates
                .iter()
                .copied()
                .filter(|d| add_months(*d, 36) < today)
                .collect();
            if !expired.is_empty() {
                let all = expired.len() == item.incident_dates.len();
                let dates: Vec<String> = expired.iter().map(|d| show_date(*d)).collect();
                cx.emit(
                    Code::IncidentExpired,
                    id,
                    &[],
                    format!(
                        "{} の重大事故は発生から3年を経過している（{}）",
                        dates.join("、"),
                        if all {
                            "「発生なし」に改める"
                        } else {
                            "その内容から削除する"
                        }
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
    fn tm003_tm004_count_dates() {
        let today = d(2025, 7, 1);
        let mut r = Report::example(AssessmentKind::Basic); // counted 2025-04-01, published 2025-06-30
        assert!(validate(&r, today).is_empty(), "{}", validate(&r, today));
        r.basic_mut().unwrap().threshold_items.subject_count_as_of = Some(d(2025, 7, 1));
        assert!(finds(&r, today, Code::CountDateAfterPublication));
        // Exactly a year before the 公表日 is not stale; a day more is.
        r.basic_mut().unwrap().threshold_items.subject_count_as_of = Some(d(2024, 6, 30));
        assert!(validate(&r, today).is_empty());
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
