//! The result of a しきい値判断, with its grounds and explanation.

use crate::AssessmentKind;
use serde::{Serialize, Serializer};

use super::{
    Exemption, Grounds, HandlerCount, HandlerCountBand, ReportSet, RequiredAssessment,
    SeriousIncident, StatedThresholdResult, SubjectCount, SubjectCountBand, decide, decide_bounds,
};

/// The outcome of a しきい値判断: the inputs it was reached from, the required assessment, the
/// 評価書 to submit, the voluntary options, the grounds and a one-sentence explanation
/// (指針 第5の2; 規則 第4条 to 第7条).
///
/// 取扱者数 and 重大事故 may be unknown (a 重点 or 全項目評価書 prints only 対象人数); an outcome
/// exists only when the known inputs decide the result ([`ThresholdOutcome::partial`]).
///
/// Serialized (for `pia threshold --json`) as:
///
/// ```json
/// {
///   "subject_count": 150000,
///   "subject_count_band": "10万人以上30万人未満",
///   "handler_count": "500人以上",
///   "handler_count_band": "500人以上",
///   "serious_incident": "発生なし",
///   "exemption": null,
///   "required_assessment": "基礎項目評価及び全項目評価の実施が義務付けられる",
///   "report_set": "基礎項目評価書及び全項目評価書",
///   "voluntary_assessments": [],
///   "grounds": { "rules": ["規則第5条", "規則第7条"], "guideline": "指針第5の2" },
///   "explanation": "対象人数が10万人以上30万人未満であり、…"
/// }
/// ```
///
/// ```
/// use mynumber_pia::threshold::{
///     HandlerCountBand, ReportSet, RequiredAssessment, SeriousIncident, ThresholdOutcome,
/// };
///
/// let o = ThresholdOutcome::new(150_000.into(), HandlerCountBand::AtLeast500.into(), SeriousIncident::NotOccurred);
/// assert_eq!(o.required(), RequiredAssessment::BasicAndFull);
/// assert_eq!(o.report_set(), Some(ReportSet::BasicAndFull));
/// assert_eq!(
///     o.explanation(),
///     "対象人数が10万人以上30万人未満であり、取扱者数が500人以上であるため、\
///      基礎項目評価及び全項目評価の実施が義務付けられる（規則第5条及び第7条、指針第5の2）。"
/// );
/// ```
#[doc(alias = "しきい値判断結果")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ThresholdOutcome {
    subject_count: SubjectCount,
    handler_count: Option<HandlerCount>,
    serious_incident: Option<SeriousIncident>,
    exemption: Option<Exemption>,
    required: RequiredAssessment,
}

impl ThresholdOutcome {
    /// The outcome for all three inputs (指針 第5の2). Fewer than 1,000 people applies 規則
    /// 第4条第3号. Never allocates, never panics; usable in `const` items.
    ///
    /// ```
    /// use mynumber_pia::threshold::{
    ///     Exemption, HandlerCount, RequiredAssessment, SeriousIncident, SubjectCount, ThresholdOutcome,
    /// };
    ///
    /// const SMALL: ThresholdOutcome =
    ///     ThresholdOutcome::new(SubjectCount::Exact(999), HandlerCount::Exact(800), SeriousIncident::Occurred);
    /// assert_eq!(SMALL.required(), RequiredAssessment::NotRequired);
    /// assert_eq!(SMALL.exemption(), Some(Exemption::FewerThan1000));
    /// ```
    #[must_use]
    pub const fn new(
        subject_count: SubjectCount,
        handler_count: HandlerCount,
        serious_incident: SeriousIncident,
    ) -> Self {
        let band = subject_count.band();
        ThresholdOutcome {
            subject_count,
            handler_count: Some(handler_count),
            serious_incident: Some(serious_incident),
            exemption: under_1000(band),
            required: decide(band, handler_count.band(), serious_incident),
        }
    }

    /// The outcome when 取扱者数 or 重大事故 is unknown, if the known inputs decide it
    /// (see [`decide_bounds`](super::decide_bounds)); `None` otherwise.
    ///
    /// ```
    /// use mynumber_pia::threshold::{RequiredAssessment, SubjectCountBand, ThresholdOutcome};
    ///
    /// // 江戸川区 国民健康保険 (seed 000): the 全項目評価書 gives only 30万人以上.
    /// let o = ThresholdOutcome::partial(SubjectCountBand::AtLeast300k.into(), None, None).unwrap();
    /// assert_eq!(o.required(), RequiredAssessment::BasicAndFull);
    /// assert_eq!(
    ///     o.explanation(),
    ///     "対象人数が30万人以上であるため、基礎項目評価及び全項目評価の実施が義務付けられる\
    ///      （規則第5条及び第7条、指針第5の2）。"
    /// );
    /// assert!(ThresholdOutcome::partial(SubjectCountBand::From10kTo100k.into(), None, None).is_none());
    /// ```
    #[must_use]
    pub const fn partial(
        subject_count: SubjectCount,
        handler_count: Option<HandlerCount>,
        serious_incident: Option<SeriousIncident>,
    ) -> Option<Self> {
        let band = subject_count.band();
        let handler_band = match handler_count {
            Some(h) => Some(h.band()),
            None => None,
        };
        let (low, high) = decide_bounds(band, handler_band, serious_incident);
        if low as u8 != high as u8 {
            return None;
        }
        Some(ThresholdOutcome {
            subject_count,
            handler_count,
            serious_incident,
            exemption: under_1000(band),
            required: low,
        })
    }

    /// The outcome with a 規則 第4条 exemption applied: no assessment is required (指針 第4の4).
    ///
    /// 第1号, 第2号 and the other 号 always apply. 第3号 (fewer than 1,000 people) follows from the
    /// 対象人数: claiming it for a count of 1,000 or more changes nothing.
    ///
    /// ```
    /// use mynumber_pia::threshold::{
    ///     Exemption, HandlerCountBand, RequiredAssessment, SeriousIncident, ThresholdOutcome,
    /// };
    ///
    /// let o = ThresholdOutcome::new(400_000.into(), HandlerCountBand::AtLeast500.into(), SeriousIncident::Occurred)
    ///     .with_exemption(Exemption::OwnStaffFilesOnly);
    /// assert_eq!(o.required(), RequiredAssessment::NotRequired);
    /// assert_eq!(o.grounds().to_string(), "規則第4条第1号、指針第4の4");
    /// ```
    #[must_use]
    pub const fn with_exemption(self, exemption: Exemption) -> Self {
        if matches!(exemption, Exemption::FewerThan1000) {
            return self;
        }
        ThresholdOutcome {
            exemption: Some(exemption),
            required: RequiredAssessment::NotRequired,
            ..self
        }
    }

    /// 対象人数 as given.
    #[must_use]
    pub const fn subject_count(&self) -> SubjectCount {
        self.subject_count
    }

    /// The 対象人数 band (基礎項目評価書 Ⅱ1), also when an exact count was given.
    ///
    /// ```
    /// use mynumber_pia::threshold::{HandlerCountBand, SeriousIncident, SubjectCount, SubjectCountBand, ThresholdOutcome};
    ///
    /// let o = ThresholdOutcome::new(10_000.into(), 12.into(), SeriousIncident::NotOccurred);
    /// assert_eq!(o.subject_count(), SubjectCount::Exact(10_000));
    /// assert_eq!(o.subject_count_band(), SubjectCountBand::From10kTo100k);
    /// assert_eq!(o.handler_count_band(), Some(HandlerCountBand::Under500));
    /// assert_eq!(o.serious_incident(), Some(SeriousIncident::NotOccurred));
    /// ```
    #[must_use]
    pub const fn subject_count_band(&self) -> SubjectCountBand {
        self.subject_count.band()
    }

    /// 取扱者数 as given, if known.
    #[must_use]
    pub const fn handler_count(&self) -> Option<HandlerCount> {
        self.handler_count
    }

    /// The 取扱者数 band, if known.
    #[must_use]
    pub const fn handler_count_band(&self) -> Option<HandlerCountBand> {
        match self.handler_count {
            Some(h) => Some(h.band()),
            None => None,
        }
    }

    /// 重大事故 within the past year, if known.
    #[must_use]
    pub const fn serious_incident(&self) -> Option<SeriousIncident> {
        self.serious_incident
    }

    /// The 規則 第4条 exemption that applies, if any.
    #[must_use]
    pub const fn exemption(&self) -> Option<Exemption> {
        self.exemption
    }

    /// The required assessment (しきい値判断結果, 基礎項目評価書 Ⅲ).
    #[must_use]
    pub const fn required(&self) -> RequiredAssessment {
        self.required
    }

    /// The 評価書 to submit (基礎項目評価書 Ⅳ1); `None` when none is required.
    #[must_use]
    pub const fn report_set(&self) -> Option<ReportSet> {
        self.required.report_set()
    }

    /// The higher assessments that may be done voluntarily (指針 第5の2).
    ///
    /// ```
    /// use mynumber_pia::threshold::{SeriousIncident, ThresholdOutcome};
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let o = ThresholdOutcome::new(5_000.into(), 10.into(), SeriousIncident::NotOccurred);
    /// assert_eq!(o.voluntary(), [AssessmentKind::Focused, AssessmentKind::Full]);
    /// ```
    #[must_use]
    pub const fn voluntary(&self) -> &'static [AssessmentKind] {
        self.required.voluntary()
    }

    /// How a report of kind `form` states the result (see [`RequiredAssessment::stated_in`]).
    #[must_use]
    pub const fn stated_in(&self, form: AssessmentKind) -> Option<StatedThresholdResult> {
        self.required.stated_in(form)
    }

    /// The 規則 articles and 指針 section the result rests on: 規則 第5条 to 第7条 with 指針 第5の2,
    /// or the 号 of 規則 第4条 with 指針 第4の4 when no assessment is required.
    ///
    /// ```
    /// use mynumber_pia::threshold::{SeriousIncident, ThresholdOutcome};
    ///
    /// let o = ThresholdOutcome::new(50_000.into(), 10.into(), SeriousIncident::Occurred);
    /// assert_eq!(o.grounds().to_string(), "規則第5条及び第6条、指針第5の2");
    /// ```
    #[must_use]
    pub const fn grounds(&self) -> Grounds {
        match self.exemption {
            Some(e) => Grounds::exemption(e),
            None => Grounds::for_required(self.required),
        }
    }

    /// One Japanese sentence naming the inputs that decided the result, the result and its
    /// grounds, e.g. 「対象人数が10万人以上30万人未満であり、取扱者数が500人以上であるため、
    /// 基礎項目評価及び全項目評価の実施が義務付けられる（規則第5条及び第7条、指針第5の2）。」
    ///
    /// Inputs that did not matter are not named: 30万人以上 decides alone; when both 取扱者数
    /// 500人以上 and a 重大事故 raise the result, both are named; when neither does, both are
    /// named as absent.
    ///
    /// ```
    /// use mynumber_pia::threshold::{SeriousIncident, ThresholdOutcome};
    ///
    /// let o = ThresholdOutcome::new(50_000.into(), 10.into(), SeriousIncident::NotOccurred);
    /// assert_eq!(
    ///     o.explanation(),
    ///     "対象人数が1万人以上10万人未満であり、取扱者数が500人未満で、\
    ///      過去1年以内に特定個人情報に関する重大事故が発生していないため、\
    ///      基礎項目評価の実施が義務付けられる（規則第5条、指針第5の2）。"
    /// );
    /// ```
    #[must_use]
    pub fn explanation(&self) -> String {
        let mut s = String::with_capacity(256);
        match self.exemption {
            Some(Exemption::FewerThan1000) | None => self.push_reasons(&mut s),
            Some(e) => match e.description() {
                Some(d) => {
                    s.push_str(d);
                    s.push_str("であるため");
                }
                None => {
                    s.push_str(&e.citation().to_string());
                    s.push_str("に当たる事務であるため");
                }
            },
        }
        s.push('、');
        s.push_str(self.required.label());
        s.push('（');
        s.push_str(&self.grounds().to_string());
        s.push_str("）。");
        s
    }

    /// The reasons clause, ending in 「ため」.
    fn push_reasons(&self, s: &mut String) {
        let band = self.subject_count.band();
        s.push_str("対象人数が");
        s.push_str(band.short_label());
        let decides_alone = matches!(
            band,
            SubjectCountBand::Under1k
                | SubjectCountBand::From1kTo10k
                | SubjectCountBand::AtLeast300k
        );
        if decides_alone {
            s.push_str("であるため");
            return;
        }
        let handlers = self.handler_count_band();
        let incident = self.serious_incident;
        let many = matches!(handlers, Some(HandlerCountBand::AtLeast500));
        let occurred = matches!(incident, Some(SeriousIncident::Occurred));
        const HANDLERS_MANY: &str = "取扱者数が500人以上";
        const HANDLERS_FEW: &str = "取扱者数が500人未満";
        const INCIDENT: &str = "過去1年以内に特定個人情報に関する重大事故が発生している";
        const NO_INCIDENT: &str = "過去1年以内に特定個人情報に関する重大事故が発生していない";
        s.push_str("であり、");
        match (many, occurred) {
            (true, true) => {
                s.push_str(HANDLERS_MANY);
                s.push_str("であり、");
                s.push_str(INCIDENT);
            }
            (true, false) => {
                s.push_str(HANDLERS_MANY);
                s.push_str("である");
            }
            (false, true) => s.push_str(INCIDENT),
            (false, false) => {
                s.push_str(HANDLERS_FEW);
                s.push_str("で、");
                s.push_str(NO_INCIDENT);
            }
        }
        s.push_str("ため");
    }
}

const fn under_1000(band: SubjectCountBand) -> Option<Exemption> {
    match band {
        SubjectCountBand::Under1k => Some(Exemption::FewerThan1000),
        _ => None,
    }
}

impl Serialize for ThresholdOutcome {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Json {
            subject_count: SubjectCount,
            subject_count_band: SubjectCountBand,
            handler_count: Option<HandlerCount>,
            handler_count_band: Option<HandlerCountBand>,
            serious_incident: Option<SeriousIncident>,
            exemption: Option<Exemption>,
            required_assessment: RequiredAssessment,
            report_set: Option<ReportSet>,
            voluntary_assessments: &'static [AssessmentKind],
            grounds: Grounds,
            explanation: String,
        }
        Json {
            subject_count: self.subject_count,
            subject_count_band: self.subject_count_band(),
            handler_count: self.handler_count,
            handler_count_band: self.handler_count_band(),
            serious_incident: self.serious_incident,
            exemption: self.exemption,
            required_assessment: self.required,
            report_set: self.report_set(),
            voluntary_assessments: self.voluntary(),
            grounds: self.grounds(),
            explanation: self.explanation(),
        }
        .serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Choice;
    use crate::threshold::OtherExemptionItem;
    use HandlerCountBand::{AtLeast500, Under500};
    use SeriousIncident::{NotOccurred, Occurred};
    use SubjectCountBand::*;

    fn outcome(s: SubjectCountBand, h: HandlerCountBand, i: SeriousIncident) -> ThresholdOutcome {
        ThresholdOutcome::new(s.into(), h.into(), i)
    }

    #[test]
    fn explanations_name_the_deciding_inputs() {
        let cases = [
            (
                outcome(Under1k, AtLeast500, Occurred),
                "対象人数が1,000人未満であるため、特定個人情報保護評価の実施が義務付けられない（規則第4条第3号、指針第4の4）。",
            ),
            (
                outcome(From1kTo10k, AtLeast500, Occurred),
                "対象人数が1,000人以上1万人未満であるため、基礎項目評価の実施が義務付けられる（規則第5条、指針第5の2）。",
            ),
            (
                outcome(From10kTo100k, Under500, Occurred),
                "対象人数が1万人以上10万人未満であり、過去1年以内に特定個人情報に関する重大事故が発生しているため、基礎項目評価及び重点項目評価の実施が義務付けられる（規則第5条及び第6条、指針第5の2）。",
            ),
            (
                outcome(From10kTo100k, Under500, NotOccurred),
                "対象人数が1万人以上10万人未満であり、取扱者数が500人未満で、過去1年以内に特定個人情報に関する重大事故が発生していないため、基礎項目評価の実施が義務付けられる（規則第5条、指針第5の2）。",
            ),
            (
                outcome(From100kTo300k, AtLeast500, NotOccurred),
                "対象人数が10万人以上30万人未満であり、取扱者数が500人以上であるため、基礎項目評価及び全項目評価の実施が義務付けられる（規則第5条及び第7条、指針第5の2）。",
            ),
            (
                outcome(From100kTo300k, AtLeast500, Occurred),
                "対象人数が10万人以上30万人未満であり、取扱者数が500人以上であり、過去1年以内に特定個人情報に関する重大事故が発生しているため、基礎項目評価及び全項目評価の実施が義務付けられる（規則第5条及び第7条、指針第5の2）。",
            ),
            (
                outcome(AtLeast300k, Under500, NotOccurred),
                "対象人数が30万人以上であるため、基礎項目評価及び全項目評価の実施が義務付けられる（規則第5条及び第7条、指針第5の2）。",
            ),
        ];
        for (o, text) in cases {
            assert_eq!(o.explanation(), text);
        }
    }

    #[test]
    fn every_explanation_is_one_sentence_with_result_and_grounds() {
        for s in SubjectCountBand::ALL.iter().copied() {
            for h in HandlerCountBand::ALL.iter().copied() {
                for i in SeriousIncident::ALL.iter().copied() {
                    let o = outcome(s, h, i);
                    let e = o.explanation();
                    assert_eq!(e.matches('。').count(), 1, "{e}");
                    assert!(e.ends_with('。'));
                    assert!(e.contains(o.required().label()), "{e}");
                    assert!(e.contains(&o.grounds().to_string()), "{e}");
                    assert!(e.starts_with("対象人数が"), "{e}");
                }
            }
        }
    }

    #[test]
    fn exemptions() {
        let base = outcome(AtLeast300k, AtLeast500, Occurred);
        let own = base.with_exemption(Exemption::OwnStaffFilesOnly);
        assert_eq!(own.required(), RequiredAssessment::NotRequired);
        assert_eq!(own.report_set(), None);
        assert_eq!(own.exemption(), Some(Exemption::OwnStaffFilesOnly));
        assert_eq!(
            own.explanation(),
            "職員等の人事・給与・福利厚生に関する特定個人情報ファイルのみを取り扱う事務であるため、特定個人情報保護評価の実施が義務付けられない（規則第4条第1号、指針第4の4）。"
        );
        let manual = base.with_exemption(Exemption::ManualFilesOnly);
        assert_eq!(manual.required(), RequiredAssessment::NotRequired);
        assert_eq!(manual.grounds().to_string(), "規則第4条第2号、指針第4の4");
        let other = base.with_exemption(Exemption::OtherItem(OtherExemptionItem::new(5).unwrap()));
        assert_eq!(other.required(), RequiredAssessment::NotRequired);
        assert_eq!(
            other.explanation(),
            "規則第4条第5号に当たる事務であるため、特定個人情報保護評価の実施が義務付けられない（規則第4条第5号、指針第4の4）。"
        );
        // A claimed 第3号 cannot override a count of 1,000 or more.
        assert_eq!(base.with_exemption(Exemption::FewerThan1000), base);
        // 第3号 applies by itself below 1,000.
        let few = ThresholdOutcome::new(999.into(), 600.into(), Occurred);
        assert_eq!(few.exemption(), Some(Exemption::FewerThan1000));
        assert_eq!(few.required(), RequiredAssessment::NotRequired);
        assert_eq!(
            few.voluntary(),
            [
                AssessmentKind::Basic,
                AssessmentKind::Focused,
                AssessmentKind::Full
            ]
        );
        let at = ThresholdOutcome::new(1_000.into(), 0.into(), NotOccurred);
        assert_eq!(at.exemption(), None);
        assert_eq!(at.required(), RequiredAssessment::Basic);
    }

    #[test]
    fn partial_outcomes() {
        let o = ThresholdOutcome::partial(From10kTo100k.into(), None, Some(Occurred)).unwrap();
        assert_eq!(o.required(), RequiredAssessment::BasicAndFocused);
        assert!(o.explanation().contains("重大事故が発生しているため"));
        let o = ThresholdOutcome::partial(From100kTo300k.into(), Some(AtLeast500.into()), None)
            .unwrap();
        assert_eq!(o.required(), RequiredAssessment::BasicAndFull);
        assert!(
            ThresholdOutcome::partial(From100kTo300k.into(), Some(Under500.into()), None).is_none()
        );
    }

    #[test]
    fn json_shape() {
        let o = ThresholdOutcome::new(150_000.into(), AtLeast500.into(), NotOccurred);
        let v: serde_json::Value = serde_json::to_value(o).unwrap();
        assert_eq!(v["subject_count"], 150_000);
        assert_eq!(v["subject_count_band"], "10万人以上30万人未満");
        assert_eq!(v["handler_count"], "500人以上");
        assert_eq!(v["serious_incident"], "発生なし");
        assert_eq!(v["exemption"], serde_json::Value::Null);
        assert_eq!(
            v["required_assessment"],
            "基礎項目評価及び全項目評価の実施が義務付けられる"
        );
        assert_eq!(v["report_set"], "基礎項目評価書及び全項目評価書");
        assert_eq!(v["voluntary_assessments"], serde_json::json!([]));
        assert_eq!(
            v["grounds"]["rules"],
            serde_json::json!(["規則第5条", "規則第7条"])
        );
        assert_eq!(v["grounds"]["guideline"], "指針第5の2");
        assert_eq!(v["explanation"], o.explanation());
    }
}
