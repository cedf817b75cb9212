//! HC: 取扱者数 against the 使用者数 and 委託先における取扱者数 bands (指針 第5の2).

use super::Code;
use super::context::Ctx;
use crate::AssessmentKind;
use crate::report::ItemId;
use crate::threshold::{HandlerCountBand, PartialOutcome, decide_partial};

pub(crate) fn check(cx: &mut Ctx<'_>) {
    if cx.report.files.is_empty() {
        return;
    }
    let (declared, item, basis) = match cx.form {
        AssessmentKind::Basic => {
            let Some(h) = cx
                .report
                .basic()
                .and_then(|p| p.threshold_items.handler_count)
            else {
                return;
            };
            (
                h,
                ItemId::ThresholdHandlerCount,
                format!("取扱者数を「{}」としている", h.label()),
            )
        }
        AssessmentKind::Focused | AssessmentKind::Full => {
            // A 重点/全項目 report does not print 取扱者数, but its stated result can imply it.
            let (Some(subject), Some(stated)) = (
                cx.report.affair.subject_count,
                cx.report.procedures.basic_assessment.threshold_result,
            ) else {
                return;
            };
            // Only when the 対象人数 leaves two results and the lower one is stated does the
            // stated result say 500人未満 (指針 第5の2).
            let PartialOutcome::OneOf { lower, .. } = decide_partial(subject.into(), None, None)
            else {
                return;
            };
            if stated.required != lower {
                return;
            }
            (
                HandlerCountBand::Under500,
                ItemId::ProcedureThresholdResult,
                format!(
                    "対象人数「{}」でしきい値判断結果が「{}」なので取扱者数は{}のはずである",
                    subject.label(),
                    stated.required.label(),
                    HandlerCountBand::Under500.label()
                ),
            )
        }
    };
    let total = cx.report.handler_interval();
    let range = match total.max() {
        Some(max) => format!("{}人から{}人", total.min(), max),
        None => format!("{}人以上", total.min()),
    };
    // The band the sum is in (指針 第5の2), if the bands decide it.
    let bound = HandlerCountBand::AtLeast500;
    match HandlerCountBand::of_interval(total) {
        Some(band) if band != declared => cx.emit(
            Code::HandlerCountContradiction,
            item,
            format!("{basis}が、使用者数と委託先の取扱者数の区分の合計は{range}である"),
        ),
        None => cx.emit(
            Code::HandlerCountUndecidable,
            item,
            format!("{basis}が、使用者数と委託先の取扱者数の区分の合計（{range}）からは{bound}か判定できない"),
        ),
        Some(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{
        DataSubjectBand, Entrustment, FileBlock, Report, ReportBuilder, StaffCountBand,
    };
    use crate::threshold::{
        RequiredAssessment, SeriousIncident, StatedThresholdResult, SubjectCountBand,
    };
    use crate::validation::testing::codes;

    fn block(users: StaffCountBand, entrustees: &[(&str, StaffCountBand)]) -> FileBlock {
        let mut f =
            FileBlock::new("ファイル", DataSubjectBand::From100kTo1m).with_user_count(users);
        for (name, band) in entrustees {
            f = f.with_entrustment(Entrustment::new("保守", *name, *band));
        }
        f
    }

    #[test]
    fn overlapping_staff_and_entrustees_count_once_at_least() {
        let files = [
            block(
                StaffCountBand::From100To500,
                &[("株式会社 A", StaffCountBand::From10To50)],
            ),
            block(
                StaffCountBand::From100To500,
                &[("株式会社A", StaffCountBand::From10To50)],
            ),
        ];
        let mut report = Report::empty(AssessmentKind::Full);
        report.files = files.to_vec();
        let i = report.handler_interval();
        assert_eq!(i.min(), 110);
        assert_eq!(i.max(), Some(499 + 499 + 49 + 49));
        assert_eq!(
            crate::report::entrustee_key("国保連(国保中央会に再委託する)"),
            "国保連"
        );
    }

    fn focused(users: StaffCountBand) -> Report {
        ReportBuilder::new(AssessmentKind::Focused, "事務")
            .with_subject_count(SubjectCountBand::From100kTo300k)
            .with_threshold_result(StatedThresholdResult::required(
                RequiredAssessment::BasicAndFocused,
            ))
            .with_files(vec![block(
                users,
                &[("株式会社A", StaffCountBand::Under10)],
            )])
            .build()
    }

    #[test]
    fn hc001_contradiction() {
        // 基礎+重点 at 10万–30万 needs 500人未満, but 1,000+ users are declared.
        assert!(
            codes(&focused(StaffCountBand::AtLeast1000)).contains(&Code::HandlerCountContradiction)
        );
        assert!(
            !codes(&focused(StaffCountBand::From10To50)).contains(&Code::HandlerCountContradiction)
        );
    }

    #[test]
    fn hc002_undecidable() {
        let found = codes(&focused(StaffCountBand::From100To500));
        assert!(found.contains(&Code::HandlerCountUndecidable));
        assert!(!found.contains(&Code::HandlerCountContradiction));
        assert!(
            !codes(&focused(StaffCountBand::From50To100)).contains(&Code::HandlerCountUndecidable)
        );
    }

    #[test]
    fn hc001_against_a_declared_count() {
        // A 基礎項目評価書 declares Ⅱ2 itself; the form has no file blocks, but a report that
        // carries them (the model allows it) is checked against them.
        let basic = |users| {
            ReportBuilder::new(AssessmentKind::Basic, "事務")
                .with_subject_count(SubjectCountBand::From10kTo100k)
                .with_threshold_inputs(HandlerCountBand::Under500, SeriousIncident::NotOccurred)
                .with_edit(|r| r.files = vec![block(users, &[])])
                .build()
        };
        let v = crate::validation::testing::check(&basic(StaffCountBand::AtLeast1000));
        let f = v.with_code(Code::HandlerCountContradiction).next().unwrap();
        assert_eq!(f.path().to_string(), "basic.threshold_items.handler_count");
        assert!(f.message().contains("1000人以上"), "{}", f.message());
        assert!(
            !codes(&basic(StaffCountBand::From100To500)).contains(&Code::HandlerCountContradiction)
        );
    }

    #[test]
    fn no_finding_without_a_declared_or_implied_count() {
        // 30万人以上 decides alone: nothing is implied about 取扱者数.
        assert!(
            !codes(&Report::example(AssessmentKind::Full))
                .iter()
                .any(|c| c.family() == crate::validation::Family::Handlers)
        );
    }
}
