//! What must happen next: 再実施 or a correction, and the しきい値判断 of each version.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::AssessmentKind;
use crate::form::{PROCEDURES, THIRD_PARTY_REVIEW};
use crate::report::{BodyKind, Report};
use crate::threshold::{PartialOutcome, RequiredAssessment, decide_partial};

use crate::label::text_enum;

text_enum! {
    /// A step of the 評価実施手続 that a 再実施 repeats (規則 第6条 for 重点, 第7条 for 全項目).
    ///
    /// ```
    /// use mynumber_pia::change::Step;
    ///
    /// assert_eq!(Step::PublicComment.label(), "意見の聴取");
    /// assert_eq!(Step::ThirdPartyReview.as_str(), "third-party-review");
    /// ```
    #[doc(alias = "評価実施手続")]
    #[non_exhaustive]
    pub enum Step: PROCEDURES {
        /// 国民・住民等からの意見の聴取 (規則 第7条第1項; 【任意】 in 重点).
        PublicComment => "public-comment", "意見の聴取";
        /// 第三者点検, for 地方公共団体等 (規則 第7条第4項; 【任意】 in 重点).
        ThirdPartyReview => "third-party-review", THIRD_PARTY_REVIEW;
        /// 個人情報保護委員会の承認, for 行政機関等 (番号法 第28条第2項).
        PpcApproval => "ppc-approval", "委員会の承認";
        /// 第三者点検 or 委員会の承認, when the kind of body is neither stated nor told by its
        /// name.
        ReviewOrApproval => "review-or-approval", "第三者点検又は委員会の承認";
    }
}

/// What must happen next, after a set of changes.
///
/// `Display` is the line `pia diff` prints after `=> `:
///
/// ```
/// use mynumber_pia::AssessmentKind;
/// use mynumber_pia::change::{Consequence, Step};
/// use mynumber_pia::threshold::RequiredAssessment;
///
/// let again = Consequence::Reassessment {
///     assessment: AssessmentKind::Full,
///     steps: vec![Step::PublicComment, Step::ThirdPartyReview],
///     steps_optional: false,
///     before_change: true,
///     threshold_raised: false,
/// };
/// assert_eq!(again.to_string(), "再実施: 全項目評価（意見の聴取、第三者点検）を変更の前に行う");
/// let shift = Consequence::ThresholdChange {
///     before: vec![RequiredAssessment::BasicAndFocused],
///     after: vec![RequiredAssessment::BasicAndFull],
/// };
/// assert_eq!(shift.to_string(), "しきい値判断: 基礎項目評価及び重点項目評価 → 基礎項目評価及び全項目評価");
/// ```
#[doc(alias = "再実施")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Consequence {
    /// The assessment must be done again (再実施): before the change for a 重要な変更 (番号法
    /// 第28条第1項後段; 規則 第11条), or because the しきい値判断 now requires more (指針 第5の2).
    Reassessment {
        /// The assessment to do: the report's form, or the higher one the しきい値判断 now
        /// requires.
        assessment: AssessmentKind,
        /// The steps it repeats, in order.
        steps: Vec<Step>,
        /// Whether the steps are optional (【任意】, 重点項目評価).
        steps_optional: bool,
        /// Whether it comes before the change (a 重要な変更 is made only after it).
        before_change: bool,
        /// Whether the しきい値判断 requires more than before.
        threshold_raised: bool,
    },
    /// No 再実施: the changes are corrections of the report, submitted and published after the
    /// change (judgement aid: how real logs file changes that are not 重要な変更).
    NoReassessment,
    /// The しきい値判断 differs between the versions: the results still possible for each
    /// (one when decided; two when 取扱者数 or 重大事故 is unknown; none when nothing tells).
    ThresholdChange {
        /// Before the change.
        before: Vec<RequiredAssessment>,
        /// After the change.
        after: Vec<RequiredAssessment>,
    },
}

impl Consequence {
    /// The source of the consequence.
    ///
    /// ```
    /// use mynumber_pia::change::Consequence;
    ///
    /// assert!(Consequence::NoReassessment.source().starts_with("判断補助"));
    /// ```
    #[must_use]
    pub fn source(&self) -> &'static str {
        match self {
            Consequence::Reassessment {
                assessment,
                before_change: true,
                ..
            } => match assessment {
                AssessmentKind::Full => "番号法 第28条第1項後段、規則 第11条、規則 第7条",
                AssessmentKind::Focused => "番号法 第28条第1項後段、規則 第11条、規則 第6条",
                _ => "番号法 第28条第1項後段、規則 第11条",
            },
            Consequence::Reassessment { .. } => "指針 第5の2（しきい値判断）",
            Consequence::NoReassessment => "判断補助（規則 第11条: 重要な変更以外は評価書の修正）",
            Consequence::ThresholdChange { .. } => "指針 第5の2、規則 第5条～第7条",
        }
    }
}

/// The しきい値判断結果 in a few words: 「基礎項目評価及び全項目評価」, or
/// 「特定個人情報保護評価の義務なし」 for [`RequiredAssessment::NotRequired`].
fn short(required: RequiredAssessment) -> &'static str {
    let label = required.label();
    match required {
        RequiredAssessment::NotRequired => "特定個人情報保護評価の義務なし",
        // Every other label ends in the duty's words; a label that did not would be kept whole.
        _ => label
            .strip_suffix("の実施が義務付けられる")
            .unwrap_or(label),
    }
}

fn possible(list: &[RequiredAssessment]) -> String {
    if list.is_empty() {
        return "不明".to_owned();
    }
    list.iter()
        .map(|&r| short(r))
        .collect::<Vec<_>>()
        .join("又は")
}

impl fmt::Display for Consequence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Consequence::Reassessment {
                assessment,
                steps,
                steps_optional,
                before_change,
                threshold_raised,
            } => {
                write!(f, "再実施: {}", assessment.label())?;
                if !steps.is_empty() {
                    let names: Vec<&str> = steps.iter().map(|s| s.label()).collect();
                    write!(
                        f,
                        "（{}{}）",
                        names.join("、"),
                        if *steps_optional { "は任意" } else { "" }
                    )?;
                }
                f.write_str(if *before_change {
                    "を変更の前に行う"
                } else {
                    "を行う"
                })?;
                if *threshold_raised {
                    f.write_str("（しきい値判断結果の上昇）")?;
                }
                Ok(())
            }
            Consequence::NoReassessment => {
                f.write_str("再実施: 不要（評価書の修正を変更の後に提出・公表する）")
            }
            Consequence::ThresholdChange { before, after } => {
                write!(
                    f,
                    "しきい値判断: {} → {}",
                    possible(before),
                    possible(after)
                )
            }
        }
    }
}

/// The results of the しきい値判断 still possible for `report`, least demanding first: from
/// the 基礎 form's Ⅱ (対象人数, 取扱者数, 重大事故), or from the 対象人数 of a 重点/全項目 form
/// (Ⅰ1③) with its stated result (重点 Ⅴ1②, 全項目 Ⅵ1②) choosing between two (指針 第5の2).
pub(super) fn possible_results(report: &Report) -> Vec<RequiredAssessment> {
    let stated = report.stated_threshold_result().map(|s| s.required);
    // 取扱者数 and 重大事故 are stated in a 基礎項目評価書 only.
    let items = report.basic().map(|p| &p.threshold_items);
    let outcome = report.subject_count().map(|band| {
        let handlers = items.and_then(|i| i.handler_count).map(Into::into);
        let incident = items.and_then(|i| i.serious_incident);
        decide_partial(band.into(), handlers, incident)
    });
    match outcome {
        Some(PartialOutcome::OneOf { lower, higher }) => match stated {
            Some(s) if s == lower || s == higher => vec![s],
            _ => vec![lower, higher],
        },
        Some(decided) => decided.required().map_or_else(Vec::new, |r| vec![r]),
        None => stated.map_or_else(Vec::new, |s| vec![s]),
    }
}

/// The consequences of a set of changes to a report of `form` by a body of kind `body`
/// (`None`: unknown).
pub(super) fn consequences(
    form: AssessmentKind,
    body: Option<BodyKind>,
    any_change: bool,
    any_significant: bool,
    before: &[RequiredAssessment],
    after: &[RequiredAssessment],
) -> Vec<Consequence> {
    let mut out = Vec::new();
    let raised = matches!((before.iter().max(), after.iter().min()), (Some(b), Some(a)) if a > b);
    if any_significant || raised {
        // The highest assessment the raised しきい値判断 requires.
        let raised_to = after.iter().min().filter(|_| raised);
        let assessment = match raised_to.and_then(|r| r.highest_kind()) {
            Some(top) if any_significant => form.max(top),
            Some(top) => top,
            None => form,
        };
        let (steps, steps_optional) = match assessment {
            AssessmentKind::Full => (
                vec![
                    Step::PublicComment,
                    match body {
                        Some(BodyKind::LocalGovernment) => Step::ThirdPartyReview,
                        Some(BodyKind::NationalAgency) => Step::PpcApproval,
                        _ => Step::ReviewOrApproval,
                    },
                ],
                false,
            ),
            AssessmentKind::Focused => (vec![Step::PublicComment, Step::ThirdPartyReview], true),
            _ => (Vec::new(), false),
        };
        out.push(Consequence::Reassessment {
            assessment,
            steps,
            steps_optional,
            before_change: any_significant,
            threshold_raised: raised,
        });
    } else if any_change {
        out.push(Consequence::NoReassessment);
    }
    if before != after {
        out.push(Consequence::ThresholdChange {
            before: before.to_vec(),
            after: after.to_vec(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::threshold::{
        HandlerCountBand, SeriousIncident, StatedThresholdResult, SubjectCountBand,
    };

    #[test]
    fn every_result_has_its_few_words() {
        use crate::label::Choice;
        let words: Vec<&str> = RequiredAssessment::ALL.iter().map(|&r| short(r)).collect();
        assert_eq!(
            words,
            [
                "特定個人情報保護評価の義務なし",
                "基礎項目評価",
                "基礎項目評価及び重点項目評価",
                "基礎項目評価及び全項目評価",
            ]
        );
    }

    #[test]
    fn results_of_each_form() {
        let full = Report::example(AssessmentKind::Full);
        assert_eq!(possible_results(&full), [RequiredAssessment::BasicAndFull]);
        let mut focused = Report::example(AssessmentKind::Focused);
        // 10万人以上30万人未満: one of two; the stated result chooses.
        assert_eq!(
            possible_results(&focused),
            [RequiredAssessment::BasicAndFocused]
        );
        focused.procedures.basic_assessment.threshold_result = None;
        assert_eq!(
            possible_results(&focused),
            [
                RequiredAssessment::BasicAndFocused,
                RequiredAssessment::BasicAndFull
            ]
        );
        let mut basic = Report::example(AssessmentKind::Basic);
        assert_eq!(possible_results(&basic), [RequiredAssessment::Basic]);
        if let Some(p) = basic.basic_mut() {
            p.threshold_items.subject_count = Some(SubjectCountBand::From10kTo100k);
            p.threshold_items.handler_count = Some(HandlerCountBand::Under500);
            p.threshold_items.serious_incident = Some(SeriousIncident::Occurred);
            p.threshold_result = Some(StatedThresholdResult::required(RequiredAssessment::Basic));
        }
        // Inputs decide; the stated result does not override them.
        assert_eq!(
            possible_results(&basic),
            [RequiredAssessment::BasicAndFocused]
        );
    }

    #[test]
    fn reassessment_for_each_form_and_body() {
        let full = |body| consequences(AssessmentKind::Full, body, true, true, &[], &[]);
        assert_eq!(
            full(Some(BodyKind::NationalAgency))[0].to_string(),
            "再実施: 全項目評価（意見の聴取、委員会の承認）を変更の前に行う"
        );
        assert_eq!(
            full(None)[0].to_string(),
            "再実施: 全項目評価（意見の聴取、第三者点検又は委員会の承認）を変更の前に行う"
        );
        let focused = consequences(AssessmentKind::Focused, None, true, true, &[], &[]);
        assert_eq!(
            focused[0].to_string(),
            "再実施: 重点項目評価（意見の聴取、第三者点検は任意）を変更の前に行う"
        );
        let none = consequences(AssessmentKind::Full, None, true, false, &[], &[]);
        assert_eq!(none, [Consequence::NoReassessment]);
        assert!(consequences(AssessmentKind::Full, None, false, false, &[], &[]).is_empty());
        // A rise of the しきい値判断 alone: the higher assessment, not before the change.
        let raised = consequences(
            AssessmentKind::Basic,
            None,
            true,
            false,
            &[RequiredAssessment::Basic],
            &[RequiredAssessment::BasicAndFocused],
        );
        assert_eq!(
            raised[0].to_string(),
            "再実施: 重点項目評価（意見の聴取、第三者点検は任意）を行う（しきい値判断結果の上昇）"
        );
        assert_eq!(
            raised[1].to_string(),
            "しきい値判断: 基礎項目評価 → 基礎項目評価及び重点項目評価"
        );
        // Two results still possible: not a certain rise.
        let maybe = consequences(
            AssessmentKind::Focused,
            None,
            true,
            false,
            &[RequiredAssessment::BasicAndFocused],
            &[
                RequiredAssessment::BasicAndFocused,
                RequiredAssessment::BasicAndFull,
            ],
        );
        assert_eq!(maybe[0], Consequence::NoReassessment);
        assert_eq!(
            maybe[1].to_string(),
            "しきい値判断: 基礎項目評価及び重点項目評価 → 基礎項目評価及び重点項目評価又は基礎項目評価及び全項目評価"
        );
    }
}
