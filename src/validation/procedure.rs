//! PC: 評価実施手続 (規則 第7条; 指針 第5の3; 番号法 第28条).

use super::Code;
use super::context::{Ctx, blank, filled, show_date};
use crate::AssessmentKind;
use crate::form::THIRD_PARTY_REVIEW;
use crate::report::{BodyKind, ItemId, body_kind};

pub(crate) fn check(cx: &mut Ctx<'_>) {
    if cx.form == AssessmentKind::Basic {
        return;
    }
    let report = cx.report;
    let full = cx.form == AssessmentKind::Full;
    let p = &report.procedures;
    let kind = body_kind(&report.cover);
    let comment = &p.public_comment;
    let period = &comment.period;
    let done = |items: &[ItemId]| items.iter().any(|&item| filled(report, item));
    let comment_done = done(&[
        ItemId::ProcedurePublicCommentPeriod,
        ItemId::ProcedurePublicCommentMethod,
    ]);

    if full && !comment_done {
        cx.emit(
            Code::PublicCommentMissing,
            ItemId::ProcedurePublicCommentPeriod,
            "全項目評価では国民・住民等からの意見の聴取が必要だが、記載されていない",
        );
    }
    // A 全項目評価's comment period under 30 days, without the reason for shortening it.
    let days = period.days().or(period.stated_days);
    let unexplained = || full && blank(comment.shortening_reason.as_deref());
    if let Some(days) = days.filter(|&days| days < 30 && unexplained()) {
        cx.emit(
            Code::PublicCommentTooShort,
            ItemId::ProcedurePublicCommentPeriod,
            format!("意見聴取の期間が{days}日間で30日に満たず、期間を短縮する特段の理由が記載されていない"),
        );
    }
    let review = &p.third_party_review;
    let review_done = done(&[
        ItemId::ProcedureReviewDate,
        ItemId::ProcedureReviewMethod,
        ItemId::ProcedureReviewResult,
    ]);
    if full && kind == Some(BodyKind::LocalGovernment) && !review_done {
        cx.emit(
            Code::ThirdPartyReviewMissing,
            ItemId::ProcedureReviewDate,
            "地方公共団体等の全項目評価では第三者点検が必要だが、記載されていない",
        );
    }

    // PC004: comment → 第三者点検 → 公表; PC005: 基礎項目評価 → 公表. Each row: a date, the date
    // it may not come before (or, `after`, after), the words that name them, and a note.
    let published = report.cover.published_on;
    for (code, item, (date, name), (other, other_name), after, note) in [
        (
            Code::ProcedureDatesOutOfOrder,
            ItemId::ProcedurePublicCommentPeriod,
            (period.end, "意見聴取の終了日"),
            (period.start, "開始日"),
            false,
            "",
        ),
        (
            Code::ProcedureDatesOutOfOrder,
            ItemId::ProcedureReviewDate,
            (review.date, THIRD_PARTY_REVIEW),
            (period.end, "意見聴取の終了"),
            false,
            "（第三者点検は意見聴取の後に行う）",
        ),
        (
            Code::ProcedureDatesOutOfOrder,
            ItemId::ProcedureReviewDate,
            (review.date, THIRD_PARTY_REVIEW),
            (published, ItemId::CoverPublishedOn.label()),
            true,
            "",
        ),
        (
            Code::PublishedBeforeBasicAssessment,
            ItemId::CoverPublishedOn,
            (published, ItemId::CoverPublishedOn.label()),
            (p.basic_assessment.date, "基礎項目評価の実施日"),
            false,
            "",
        ),
    ] {
        let (Some(date), Some(other)) = (date, other) else {
            continue;
        };
        if (after && date > other) || (!after && date < other) {
            let (date, other) = (show_date(date), show_date(other));
            let side = if after { "後" } else { "前" };
            let message = format!("{name} {date} が{other_name} {other} より{side}である{note}");
            cx.emit(code, item, message);
        }
    }
    // PC006 / PC007: 個人情報保護委員会の承認 【行政機関等のみ】.
    let approval_filled = [
        ItemId::ProcedurePpcSubmittedOn,
        ItemId::ProcedurePpcReview,
        ItemId::CoverApprovalDate,
    ]
    .map(|item| (item, filled(report, item)));
    let none_filled = approval_filled.iter().all(|(_, filled)| !filled);
    match kind {
        Some(BodyKind::LocalGovernment) => {
            for (item, _) in approval_filled.into_iter().filter(|&(_, filled)| filled) {
                cx.emit(
                    Code::ApprovalByLocalGovernment,
                    item,
                    format!(
                        "「{}」は行政機関等のみが記載する項目だが、地方公共団体等が記載している",
                        item.label()
                    ),
                );
            }
        }
        Some(BodyKind::NationalAgency) if full && none_filled => cx.emit(
            Code::ApprovalMissing,
            ItemId::ProcedurePpcSubmittedOn,
            "行政機関等の全項目評価書には個人情報保護委員会の承認が必要だが、記載されていない",
        ),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{BodyKind, Period, Report, ReportBuilder};
    use crate::validation::testing::{codes, d};

    #[test]
    fn pc001_short_comment_needs_a_reason() {
        let mut r = Report::example(AssessmentKind::Full);
        assert!(!codes(&r).contains(&Code::PublicCommentTooShort));
        // Both ends count: 4月1日〜4月30日 is 30 days, 4月1日〜4月29日 is 29.
        r.procedures.public_comment.period = Period::new(d(2025, 4, 1), d(2025, 4, 30));
        assert!(!codes(&r).contains(&Code::PublicCommentTooShort));
        r.procedures.public_comment.period = Period::new(d(2025, 4, 1), d(2025, 4, 29));
        assert!(codes(&r).contains(&Code::PublicCommentTooShort));
        r.procedures.public_comment.shortening_reason =
            Some("法改正の施行日に間に合わせるため".into());
        assert!(!codes(&r).contains(&Code::PublicCommentTooShort));
    }

    #[test]
    fn pc002_full_needs_a_public_comment() {
        let mut r = Report::example(AssessmentKind::Full);
        r.procedures.public_comment = Default::default();
        assert!(codes(&r).contains(&Code::PublicCommentMissing));
        // Optional in a 重点.
        assert!(
            !codes(&Report::example(AssessmentKind::Focused)).contains(&Code::PublicCommentMissing)
        );
    }

    /// Any one of the period's start, end, stated count or the 方法 shows the comment was
    /// asked for (mutation testing: `||` → `&&` went unnoticed).
    #[test]
    fn pc002_one_written_part_of_the_comment_is_enough() {
        let parts: [fn(&mut Report); 4] = [
            |r| r.procedures.public_comment.period.start = Some(d(2025, 4, 1)),
            |r| r.procedures.public_comment.period.end = Some(d(2025, 4, 30)),
            |r| r.procedures.public_comment.period.stated_days = Some(30),
            |r| r.procedures.public_comment.method = Some("ホームページに掲載".into()),
        ];
        for (i, part) in parts.iter().enumerate() {
            let mut r = Report::example(AssessmentKind::Full);
            r.procedures.public_comment = Default::default();
            part(&mut r);
            assert!(!codes(&r).contains(&Code::PublicCommentMissing), "part {i}");
        }
    }

    #[test]
    fn pc003_local_full_needs_a_review() {
        let mut r = Report::example(AssessmentKind::Full);
        r.procedures.third_party_review = Default::default();
        assert!(codes(&r).contains(&Code::ThirdPartyReviewMissing));
        let national = ReportBuilder::new(AssessmentKind::Full, "事務")
            .with_body_of_kind("厚生労働大臣", BodyKind::NationalAgency)
            .with_edit(|r| {
                r.procedures.third_party_review = Default::default();
                r.procedures.ppc_approval.submitted_on = Some(d(2025, 6, 1));
            })
            .build();
        assert!(!codes(&national).contains(&Code::ThirdPartyReviewMissing));
    }

    /// Any one of 実施日, 方法 and 結果 shows the review was done (mutation testing: the
    /// example fills all three, so `||` → `&&` went unnoticed).
    #[test]
    fn pc003_one_written_part_of_the_review_is_enough() {
        let mut date = Report::example(AssessmentKind::Full);
        date.procedures.third_party_review = Default::default();
        date.procedures.third_party_review.date = Some(d(2025, 5, 20));
        assert!(!codes(&date).contains(&Code::ThirdPartyReviewMissing));
        let mut method = Report::example(AssessmentKind::Full);
        method.procedures.third_party_review = Default::default();
        method.procedures.third_party_review.method = Some("情報公開・個人情報保護審議会".into());
        assert!(!codes(&method).contains(&Code::ThirdPartyReviewMissing));
        let mut result = Report::example(AssessmentKind::Full);
        result.procedures.third_party_review = Default::default();
        result.procedures.third_party_review.result = Some("適当と認める".into());
        assert!(!codes(&result).contains(&Code::ThirdPartyReviewMissing));
    }

    #[test]
    fn pc004_order_of_comment_review_and_publication() {
        let mut r = Report::example(AssessmentKind::Full);
        assert!(!codes(&r).contains(&Code::ProcedureDatesOutOfOrder));
        r.procedures.third_party_review.date = Some(d(2025, 4, 15));
        assert!(codes(&r).contains(&Code::ProcedureDatesOutOfOrder));
        r.procedures.third_party_review.date = Some(d(2025, 7, 15));
        assert!(codes(&r).contains(&Code::ProcedureDatesOutOfOrder));
        // Reviewed on the day of publication is in order (mutation testing: `>` → `>=`).
        r.procedures.third_party_review.date = r.cover.published_on;
        assert!(!codes(&r).contains(&Code::ProcedureDatesOutOfOrder));
    }

    #[test]
    fn pc005_published_before_the_basic_assessment() {
        let late = ReportBuilder::new(AssessmentKind::Focused, "事務")
            .with_published_on(d(2025, 6, 1))
            .build();
        assert!(codes(&late).contains(&Code::PublishedBeforeBasicAssessment));
        assert!(
            !codes(&Report::example(AssessmentKind::Focused))
                .contains(&Code::PublishedBeforeBasicAssessment)
        );
        // Published on the day of the 基礎項目評価 is in order (mutation testing: `<` → `<=`).
        let mut same_day = Report::example(AssessmentKind::Focused);
        same_day.procedures.basic_assessment.date = same_day.cover.published_on;
        assert!(same_day.cover.published_on.is_some());
        assert!(!codes(&same_day).contains(&Code::PublishedBeforeBasicAssessment));
    }

    #[test]
    fn pc006_pc007_approval_is_for_national_bodies() {
        let mut r = Report::example(AssessmentKind::Full);
        assert!(!codes(&r).contains(&Code::ApprovalByLocalGovernment));
        r.cover.approval_date = Some(d(2025, 6, 20));
        assert!(codes(&r).contains(&Code::ApprovalByLocalGovernment));
        let national = ReportBuilder::new(AssessmentKind::Full, "事務")
            .with_body_of_kind("厚生労働大臣", BodyKind::NationalAgency)
            .build();
        assert!(codes(&national).contains(&Code::ApprovalMissing));
        let approved = ReportBuilder::new(AssessmentKind::Full, "事務")
            .with_body_of_kind("厚生労働大臣", BodyKind::NationalAgency)
            .with_edit(|r| r.cover.approval_date = Some(d(2025, 6, 20)))
            .build();
        assert!(!codes(&approved).contains(&Code::ApprovalMissing));
        assert!(!codes(&approved).contains(&Code::ApprovalByLocalGovernment));
    }
}
