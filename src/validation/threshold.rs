//! TH: しきい値判断 (指針 第5の2; 規則 第5条〜第7条).

use std::cmp::Ordering;

use super::Code;
use super::context::Ctx;
use crate::AssessmentKind;
use crate::report::ItemId;
use crate::threshold::{
    PartialOutcome, RequiredAssessment, StatedThresholdResult, SubjectCountBand, decide,
    decide_partial,
};
use crate::{Interval, Relation};

pub(crate) fn check(cx: &mut Ctx<'_>) {
    match cx.form {
        AssessmentKind::Basic => check_basic(cx),
        AssessmentKind::Focused | AssessmentKind::Full => check_detailed(cx),
    }
    check_subject_against_files(cx);
}

/// 基礎項目評価書: Ⅱ inputs → Ⅲ result → Ⅳ1 提出する評価書の種類.
fn check_basic(cx: &mut Ctx<'_>) {
    let Some(part) = cx.report.basic() else {
        return;
    };
    let items = &part.threshold_items;
    let stated = part.threshold_result;
    let decided = match (
        items.subject_count,
        items.handler_count,
        items.serious_incident,
    ) {
        (Some(s), Some(h), Some(i)) => Some((decide(s, h, i), (s, h, i))),
        _ => None,
    };
    if let Some(stated) = stated {
        match (decided, items.subject_count) {
            (Some((decided, (s, h, i))), _) if decided != stated.required => cx.emit(
                Code::ThresholdResultMismatch,
                ItemId::ThresholdResult,
                format!(
                    "しきい値判断項目（対象人数「{}」、取扱者数「{}」、重大事故「{}」）からは「{}」となるが、「{}」と記載されている",
                    s.label(),
                    h.label(),
                    i.label(),
                    decided.label(),
                    stated.required.label()
                ),
            ),
            (None, Some(subject)) => {
                let possible = decide_partial(
                    subject.into(),
                    items.handler_count.map(Into::into),
                    items.serious_incident,
                );
                beyond(cx, ItemId::ThresholdResult, subject, stated.required, possible);
            }
            _ => {}
        }
        voluntary_suffix(cx, ItemId::ThresholdResult, stated);
    }
    let Some(required) = decided.map(|(d, _)| d).or(stated.map(|s| s.required)) else {
        return;
    };
    let Some(set) = part.risk_measures.report_set else {
        if required == RequiredAssessment::NotRequired {
            cx.emit(
                Code::VoluntaryAssessment,
                ItemId::ThresholdResult,
                "評価の実施は義務付けられていないが、任意に基礎項目評価を実施している",
            );
        }
        return;
    };
    let [.., filed] = *set.kinds() else {
        return;
    };
    against_required(cx, ItemId::BasicReportSet, filed, required, || {
        let set = set.label();
        (
            format!("提出する評価書は「{set}」である"),
            format!("「{set}」を提出している"),
        )
    });
}

/// TH002 when `filed`, the highest assessment filed, is below the one `required`; TH003 when it
/// is above (a voluntary filing); whether it is below. `words` says what was filed, as each
/// message ends: 「…が義務付けられているのに、{filing}」, 「…だが、任意に{act}」.
fn against_required(
    cx: &mut Ctx<'_>,
    item: ItemId,
    filed: AssessmentKind,
    required: RequiredAssessment,
    words: impl FnOnce() -> (String, String),
) -> bool {
    // The kinds compare as the results do: none required is below 基礎.
    let below = match Some(filed).cmp(&required.highest_kind()) {
        Ordering::Less => true,
        Ordering::Greater => false,
        Ordering::Equal => return false,
    };
    let ((filing, act), required) = (words(), required.label());
    if below {
        let message = format!("「{required}」が義務付けられているのに、{filing}");
        cx.emit(Code::ReportBelowRequired, item, message);
    } else {
        let message = format!("義務付けられているのは「{required}」だが、任意に{act}");
        cx.emit(Code::VoluntaryAssessment, item, message);
    }
    below
}

/// TH001 when the `stated` result is outside the results the 対象人数 `subject` allows (those
/// `possible`, the other inputs unknown or partly known); whether it is.
fn beyond(
    cx: &mut Ctx<'_>,
    item: ItemId,
    subject: SubjectCountBand,
    stated: RequiredAssessment,
    possible: PartialOutcome,
) -> bool {
    let (low, high) = (possible.lowest(), possible.highest());
    let outside = stated < low || stated > high;
    if outside {
        cx.emit(
            Code::ThresholdResultMismatch,
            item,
            format!(
                "対象人数「{}」では「{}」とはならない（「{}」から「{}」まで）",
                subject.label(),
                stated.label(),
                low.label(),
                high.label()
            ),
        );
    }
    outside
}

/// 重点・全項目評価書: Ⅰ1③ 対象人数 and the stated result of 評価実施手続 1②.
fn check_detailed(cx: &mut Ctx<'_>) {
    let (form, item) = (cx.form, ItemId::ProcedureThresholdResult);
    let stated = cx.report.procedures.basic_assessment.threshold_result;
    let subject = cx.report.affair.subject_count;
    let possible = subject.map(|s| (s, decide_partial(s.into(), None, None)));
    let impossible = stated
        .zip(possible)
        .is_some_and(|(stated, (subject, p))| beyond(cx, item, subject, stated.required, p));
    // The stated result, or the lowest the 対象人数 allows if that is higher.
    let lowest = possible.map(|(_, p)| p.lowest());
    let Some(required) = stated.map(|s| s.required).max(lowest) else {
        return;
    };
    let form_words = || {
        let form = form.label();
        (
            format!("{form}書を提出している"),
            format!("{form}を実施している"),
        )
    };
    if against_required(cx, item, form, required, form_words) {
        return;
    }
    // The 「（任意に…を実施）」 of a result the 対象人数 cannot give is moot (TH001 says so).
    if let Some(stated) = stated.filter(|_| !impossible) {
        voluntary_suffix(cx, item, stated);
    }
}

/// TH004: the 「（任意に…を実施）」 of the `stated` result against the one a report of its form
/// prints for that result ([`RequiredAssessment::stated_in`]: a 基礎項目評価書 prints none).
fn voluntary_suffix(cx: &mut Ctx<'_>, item: ItemId, stated: StatedThresholdResult) {
    let (form, required) = (cx.form.label(), stated.required.label());
    let Some(expected) = stated.required.stated_in(cx.form) else {
        return;
    };
    let message = match (expected.voluntary, stated.voluntary) {
        (Some(kind), None) => format!(
            "義務付けられた評価より上位の{form}書なので「{required}（任意に{kind}を実施）」と記載する"
        ),
        (None, Some(kind)) if cx.form == AssessmentKind::Basic => {
            format!("{form}書のしきい値判断結果に「（任意に{kind}を実施）」は付かない")
        }
        (expected_kind, Some(kind)) if expected_kind != Some(kind) => format!(
            "{form}書のしきい値判断結果に「（任意に{kind}を実施）」は付かない（正しくは「{expected}」）"
        ),
        _ => return,
    };
    cx.emit(Code::VoluntaryLabelMismatch, item, message);
}

/// 対象人数 (everyone in all the files) against each file's 本人の数.
fn check_subject_against_files(cx: &mut Ctx<'_>) {
    let Some(subject) = cx.report.subject_count() else {
        return;
    };
    let files = &cx.report.files;
    if files.is_empty() {
        return;
    }
    let item = match cx.form {
        AssessmentKind::Basic => ItemId::ThresholdSubjectCount,
        _ => ItemId::AffairSubjectCount,
    };
    let range = subject.interval();
    for (fi, file) in files.iter().enumerate() {
        let Some(band) = file.data_subjects else {
            continue;
        };
        if range.max().is_some_and(|max| band.interval().min() > max) {
            cx.emit_in(
                Code::SubjectCountInconsistent,
                ItemId::FileDataSubjects,
                &[fi],
                format!(
                    "ファイルの対象となる本人の数「{}」が事務の対象人数「{}」を超えている",
                    band.label(),
                    subject.label()
                ),
            );
        }
    }
    let all: Option<Interval> = files
        .iter()
        .map(|f| f.data_subjects.map(|b| b.interval()))
        .sum();
    if let Some(all) = all {
        if all.relation_to(range.min()) == Relation::Below {
            cx.emit(
                Code::SubjectCountInconsistent,
                item,
                format!(
                    "対象人数「{}」に対し、全ファイルの対象となる本人の数を合わせても{}人に満たない",
                    subject.label(),
                    range.min()
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::AssessmentKind;
    use crate::report::{DataSubjectBand, FileBlock, Report, ReportBuilder};
    use crate::threshold::{
        HandlerCountBand, ReportSet, RequiredAssessment, SeriousIncident, StatedThresholdResult,
        SubjectCountBand,
    };
    use crate::validation::Code;
    use crate::validation::testing::codes;

    /// A 基礎項目評価書 with its three inputs, its stated result and Ⅳ1.
    fn basic(
        subject: SubjectCountBand,
        handlers: HandlerCountBand,
        incident: SeriousIncident,
        stated: RequiredAssessment,
        set: ReportSet,
    ) -> Report {
        ReportBuilder::new(AssessmentKind::Basic, "国民健康保険に関する事務")
            .with_subject_count(subject)
            .with_threshold_inputs(handlers, incident)
            .with_threshold_result(StatedThresholdResult::required(stated))
            .with_edit(|r| r.basic_mut().unwrap().risk_measures.report_set = Some(set))
            .build()
    }

    /// A 重点 or 全項目 report with its 対象人数 and the stated result (its label as printed).
    fn detailed(form: AssessmentKind, subject: SubjectCountBand, stated: &str) -> Report {
        ReportBuilder::new(form, "事務")
            .with_subject_count(subject)
            .with_threshold_result(stated.parse().unwrap())
            .build()
    }

    const BASIC: &str = "基礎項目評価の実施が義務付けられる";
    const FOCUSED: &str = "基礎項目評価及び重点項目評価の実施が義務付けられる";
    const FULL: &str = "基礎項目評価及び全項目評価の実施が義務付けられる";

    #[test]
    fn th001_basic_result_must_follow_inputs() {
        let wrong = basic(
            SubjectCountBand::From10kTo100k,
            HandlerCountBand::AtLeast500,
            SeriousIncident::NotOccurred,
            RequiredAssessment::Basic,
            ReportSet::Basic,
        );
        assert!(codes(&wrong).contains(&Code::ThresholdResultMismatch));
        let right = basic(
            SubjectCountBand::From10kTo100k,
            HandlerCountBand::Under500,
            SeriousIncident::Occurred,
            RequiredAssessment::BasicAndFocused,
            ReportSet::BasicAndFocused,
        );
        assert!(codes(&right).is_empty(), "{:?}", codes(&right));
    }

    #[test]
    fn th001_detailed_result_must_be_possible_for_the_band() {
        // 30万人以上 can only give 基礎+全項目.
        let wrong = detailed(AssessmentKind::Full, SubjectCountBand::AtLeast300k, BASIC);
        assert!(codes(&wrong).contains(&Code::ThresholdResultMismatch));
        let right = detailed(AssessmentKind::Full, SubjectCountBand::AtLeast300k, FULL);
        assert!(codes(&right).is_empty(), "{:?}", codes(&right));
    }

    #[test]
    fn th002_filing_below_the_requirement() {
        let low_set = basic(
            SubjectCountBand::AtLeast300k,
            HandlerCountBand::Under500,
            SeriousIncident::NotOccurred,
            RequiredAssessment::BasicAndFull,
            ReportSet::Basic,
        );
        assert!(codes(&low_set).contains(&Code::ReportBelowRequired));
        let focused_for_full =
            detailed(AssessmentKind::Focused, SubjectCountBand::AtLeast300k, FULL);
        assert!(codes(&focused_for_full).contains(&Code::ReportBelowRequired));
        let focused_for_focused = detailed(
            AssessmentKind::Focused,
            SubjectCountBand::From100kTo300k,
            FOCUSED,
        );
        assert!(!codes(&focused_for_focused).contains(&Code::ReportBelowRequired));
    }

    #[test]
    fn th003_voluntary_higher_assessment_is_info() {
        let voluntary = detailed(
            AssessmentKind::Full,
            SubjectCountBand::From100kTo300k,
            "基礎項目評価及び重点項目評価の実施が義務付けられる（任意に全項目評価を実施）",
        );
        let found = codes(&voluntary);
        assert!(found.contains(&Code::VoluntaryAssessment), "{found:?}");
        assert!(!found.contains(&Code::VoluntaryLabelMismatch));
        assert!(!found.contains(&Code::ThresholdResultMismatch));
        // In a 基礎項目評価書: Ⅳ1 above the result.
        let basic_set = basic(
            SubjectCountBand::From1kTo10k,
            HandlerCountBand::Under500,
            SeriousIncident::NotOccurred,
            RequiredAssessment::Basic,
            ReportSet::BasicAndFocused,
        );
        assert_eq!(codes(&basic_set), [Code::VoluntaryAssessment]);
        let required = detailed(AssessmentKind::Full, SubjectCountBand::AtLeast300k, FULL);
        assert!(!codes(&required).contains(&Code::VoluntaryAssessment));
    }

    #[test]
    fn th004_voluntary_suffix_must_match_the_form() {
        let missing = detailed(
            AssessmentKind::Full,
            SubjectCountBand::From100kTo300k,
            FOCUSED,
        );
        assert!(codes(&missing).contains(&Code::VoluntaryLabelMismatch));
        let other_kind = detailed(
            AssessmentKind::Full,
            SubjectCountBand::From10kTo100k,
            "基礎項目評価の実施が義務付けられる（任意に重点項目評価を実施）",
        );
        assert!(codes(&other_kind).contains(&Code::VoluntaryLabelMismatch));
        // A 基礎項目評価書 never carries the suffix.
        let in_basic = ReportBuilder::new(AssessmentKind::Basic, "事務")
            .with_subject_count(SubjectCountBand::From1kTo10k)
            .with_threshold_inputs(HandlerCountBand::Under500, SeriousIncident::NotOccurred)
            .with_threshold_result(
                "基礎項目評価の実施が義務付けられる（任意に重点項目評価を実施）"
                    .parse()
                    .unwrap(),
            )
            .build();
        assert!(codes(&in_basic).contains(&Code::VoluntaryLabelMismatch));
        let right = detailed(
            AssessmentKind::Focused,
            SubjectCountBand::From10kTo100k,
            "基礎項目評価の実施が義務付けられる（任意に重点項目評価を実施）",
        );
        assert!(!codes(&right).contains(&Code::VoluntaryLabelMismatch));
    }

    #[test]
    fn th005_subject_count_against_files() {
        // 対象人数 under 1万 with the preset file of 10万人以上100万人未満.
        let too_big_file = detailed(
            AssessmentKind::Focused,
            SubjectCountBand::From1kTo10k,
            "基礎項目評価の実施が義務付けられる（任意に重点項目評価を実施）",
        );
        assert!(codes(&too_big_file).contains(&Code::SubjectCountInconsistent));
        let too_small_files = ReportBuilder::new(AssessmentKind::Full, "事務")
            .with_files(vec![FileBlock::new(
                "小さなファイル",
                DataSubjectBand::Under10k,
            )])
            .build();
        assert!(codes(&too_small_files).contains(&Code::SubjectCountInconsistent));
        // 10万–30万 with a file of 10万–100万: the bands overlap, nothing to say.
        let overlapping = detailed(
            AssessmentKind::Focused,
            SubjectCountBand::From100kTo300k,
            FOCUSED,
        );
        assert!(!codes(&overlapping).contains(&Code::SubjectCountInconsistent));
    }

    /// In a 基礎項目評価書 the 対象人数 is Ⅱ1 of the しきい値判断項目, not Ⅰ's (mutation testing:
    /// the `Basic` arm could go unnoticed). The form prints no file blocks, so only a report built
    /// in code, not one loaded from JSON, reaches it.
    #[test]
    fn th005_names_the_basic_form_s_own_subject_count() {
        let mut r = ReportBuilder::new(AssessmentKind::Basic, "事務")
            .with_subject_count(SubjectCountBand::AtLeast300k)
            .build();
        r.files = vec![FileBlock::new("小さなファイル", DataSubjectBand::Under10k)];
        let found = crate::validation::testing::check(&r);
        let f = found
            .with_code(Code::SubjectCountInconsistent)
            .next()
            .expect("the files hold fewer people than the 対象人数");
        assert_eq!(f.item(), Some(crate::report::ItemId::ThresholdSubjectCount));
    }
}
