//! The result of a しきい値判断, with its grounds and explanation; the decision when 取扱者数 or
//! 重大事故 is unknown.

use crate::AssessmentKind;
use serde::{Deserialize, Deserializer, Serialize};

use super::rule::required_for;
use super::{
    Exemption, Grounds, HandlerCount, HandlerCountBand, ReportSet, RequiredAssessment,
    SeriousIncident, SubjectCount, SubjectCountBand, decide,
};

/// The outcome of a しきい値判断: the inputs it was reached from, the required assessment, the
/// grounds and a one-sentence explanation (指針 第5の2; 規則 第4条 to 第7条). The 評価書 to
/// submit, the voluntary options and how each form states the result are the required
/// assessment's ([`RequiredAssessment::report_set`], [`RequiredAssessment::voluntary`],
/// [`RequiredAssessment::stated_in`]); the bands are the counts' ([`SubjectCount::band`]).
///
/// Made by [`ThresholdInput::decide`](super::ThresholdInput::decide) from all three inputs, or
/// by [`decide_partial`] when 取扱者数 or 重大事故 is unknown (a 重点 or 全項目評価書 prints only
/// 対象人数) and the known inputs decide the result.
///
/// Serialized (for `pia threshold --json`) as:
///
/// ```json
/// {
///   "subject_count": 150000,
///   "subject_count_band": "10万人以上30万人未満",
///   "handler_count": null,
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
/// and deserialized from the same shape: each count is a number, or `null` when the input was
/// its band (the band is in `…_band` whatever the input). An outcome is its inputs
/// (`subject_count`, `handler_count`, `serious_incident`, `exemption`; a count that is `null`
/// beside its band is that band, and a band label in the count's place is read too): reading one
/// decides again, and every
/// derived field present (`subject_count_band`, `handler_count_band`, `required_assessment`,
/// `report_set`, `voluntary_assessments`, `grounds`) must agree with that decision, or the read
/// fails saying which field disagrees. `explanation` is written anew, not compared (its wording
/// may improve between versions).
///
/// ```
/// use mynumber_pia::threshold::{
///     HandlerCountBand, ReportSet, RequiredAssessment, SeriousIncident, ThresholdInput, ThresholdOutcome,
/// };
///
/// let o = ThresholdInput::new(150_000, HandlerCountBand::AtLeast500, SeriousIncident::NotOccurred).decide();
/// assert_eq!(o.required(), RequiredAssessment::BasicAndFull);
/// assert_eq!(o.required().report_set(), Some(ReportSet::BasicAndFull));
/// assert_eq!(
///     o.explanation(),
///     "対象人数が10万人以上30万人未満であり、取扱者数が500人以上であるため、\
///      基礎項目評価及び全項目評価の実施が義務付けられる（規則第5条及び第7条、指針第5の2）。"
/// );
/// let json = serde_json::to_string(&o)?;
/// assert_eq!(serde_json::from_str::<ThresholdOutcome>(&json)?, o);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[doc(alias = "しきい値判断結果")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "Json")]
pub struct ThresholdOutcome {
    subject_count: SubjectCount,
    handler_count: Option<HandlerCount>,
    serious_incident: Option<SeriousIncident>,
    exemption: Option<Exemption>,
    required: RequiredAssessment,
}

/// The しきい値判断 when 取扱者数 or 重大事故 may be unknown, as in a 重点 or 全項目評価書, which
/// prints only 対象人数 (Ⅰ1③): the outcome if the known inputs decide it, otherwise the two
/// results still possible (指針 第5の2).
///
/// Made by [`decide_partial`]. Match on it, or ask it: [`outcome`](Self::outcome),
/// [`required`](Self::required), [`lowest`](Self::lowest), [`highest`](Self::highest),
/// [`contains`](Self::contains).
///
/// ```
/// use mynumber_pia::threshold::{decide_partial, PartialOutcome, RequiredAssessment as R, SubjectCountBand};
///
/// // 川口市 後期高齢者医療 重点項目評価書 (令和7年12月26日): only 10万人以上30万人未満 is printed.
/// let p = decide_partial(SubjectCountBand::From100kTo300k.into(), None, None);
/// assert_eq!(p, PartialOutcome::OneOf { lower: R::BasicAndFocused, higher: R::BasicAndFull });
/// assert!(p.contains(R::BasicAndFocused) && !p.contains(R::Basic));
/// assert_eq!(p.required(), None);
/// ```
#[doc(alias = "しきい値判断結果の範囲")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PartialOutcome {
    /// The known inputs decide the result.
    Decided(ThresholdOutcome),
    /// The result is one of two, depending on the unknown inputs: `lower` when 取扱者数 is
    /// 500人未満 and no 重大事故 occurred, `higher` when either raises it.
    OneOf {
        /// The result when neither 取扱者数 nor 重大事故 raises it.
        lower: RequiredAssessment,
        /// The result when 取扱者数 500人以上 or a 重大事故 raises it.
        higher: RequiredAssessment,
    },
}

impl PartialOutcome {
    /// The outcome, if the known inputs decide it.
    ///
    /// ```
    /// use mynumber_pia::threshold::{decide_partial, RequiredAssessment, SubjectCountBand};
    ///
    /// // 江戸川区 国民健康保険 全項目評価書 (令和6年12月6日): 30万人以上 decides alone.
    /// let o = decide_partial(SubjectCountBand::AtLeast300k.into(), None, None).outcome().unwrap();
    /// assert_eq!(o.required(), RequiredAssessment::BasicAndFull);
    /// assert_eq!(
    ///     o.explanation(),
    ///     "対象人数が30万人以上であるため、基礎項目評価及び全項目評価の実施が義務付けられる\
    ///      （規則第5条及び第7条、指針第5の2）。"
    /// );
    /// ```
    #[must_use]
    pub const fn outcome(&self) -> Option<ThresholdOutcome> {
        match self {
            PartialOutcome::Decided(o) => Some(*o),
            PartialOutcome::OneOf { .. } => None,
        }
    }

    /// The required assessment, if the known inputs decide it.
    ///
    /// ```
    /// use mynumber_pia::threshold::{decide_partial, RequiredAssessment, SubjectCountBand};
    ///
    /// let band = SubjectCountBand::From1kTo10k;
    /// assert_eq!(decide_partial(band.into(), None, None).required(), Some(RequiredAssessment::Basic));
    /// ```
    #[must_use]
    pub const fn required(&self) -> Option<RequiredAssessment> {
        match self {
            PartialOutcome::Decided(o) => Some(o.required),
            PartialOutcome::OneOf { .. } => None,
        }
    }

    /// The least demanding result still possible (the result itself when decided).
    ///
    /// ```
    /// use mynumber_pia::threshold::{decide_partial, RequiredAssessment, SubjectCountBand};
    ///
    /// let p = decide_partial(SubjectCountBand::From10kTo100k.into(), None, None);
    /// assert_eq!((p.lowest(), p.highest()), (RequiredAssessment::Basic, RequiredAssessment::BasicAndFocused));
    /// ```
    #[must_use]
    pub const fn lowest(&self) -> RequiredAssessment {
        self.bounds().0
    }

    /// The most demanding result still possible (the result itself when decided).
    ///
    /// ```
    /// use mynumber_pia::threshold::{decide_partial, RequiredAssessment, SubjectCountBand};
    ///
    /// let p = decide_partial(SubjectCountBand::AtLeast300k.into(), None, None);
    /// assert_eq!(p.highest(), RequiredAssessment::BasicAndFull);
    /// assert_eq!(p.lowest(), p.highest());
    /// ```
    #[must_use]
    pub const fn highest(&self) -> RequiredAssessment {
        self.bounds().1
    }

    /// Whether `required` is still possible: the decided result, or one of the two.
    ///
    /// ```
    /// use mynumber_pia::threshold::{decide_partial, RequiredAssessment as R, SubjectCountBand};
    ///
    /// let p = decide_partial(SubjectCountBand::From10kTo100k.into(), None, None);
    /// assert!(p.contains(R::Basic) && p.contains(R::BasicAndFocused));
    /// assert!(!p.contains(R::BasicAndFull));
    /// ```
    #[must_use]
    pub const fn contains(&self, required: RequiredAssessment) -> bool {
        let (lower, higher) = self.bounds();
        lower as u8 == required as u8 || higher as u8 == required as u8
    }

    /// The least and the most demanding results still possible: the result twice when decided.
    const fn bounds(&self) -> (RequiredAssessment, RequiredAssessment) {
        match *self {
            PartialOutcome::Decided(o) => (o.required, o.required),
            PartialOutcome::OneOf { lower, higher } => (lower, higher),
        }
    }
}

/// しきい値判断 when 取扱者数 or 重大事故 may be unknown (`None`), as in a 重点 or 全項目評価書,
/// which prints only 対象人数 (Ⅰ1③) (指針 第5の2; 規則 第4条第3号, 第5条 to 第7条).
///
/// The result is decided when 対象人数 decides alone (1,000人未満, 1,000人以上1万人未満,
/// 30万人以上), when a known input raises it (取扱者数 500人以上 or 重大事故 発生あり), or when
/// both are known; otherwise it is one of two ([`PartialOutcome::OneOf`]). With both inputs
/// known this is [`ThresholdInput::decide`](super::ThresholdInput::decide) without dates or
/// exemption. Never allocates, never panics; usable in `const` items.
///
/// ```
/// use mynumber_pia::threshold::{
///     decide_partial, HandlerCountBand, PartialOutcome, RequiredAssessment as R, SeriousIncident,
///     SubjectCountBand,
/// };
///
/// let band = SubjectCountBand::From100kTo300k;
/// // 500人以上 raises the result whatever the 重大事故.
/// let p = decide_partial(band.into(), Some(HandlerCountBand::AtLeast500.into()), None);
/// assert_eq!(p.required(), Some(R::BasicAndFull));
/// // 500人未満 alone does not decide: a 重大事故 would raise it.
/// let p = decide_partial(band.into(), Some(HandlerCountBand::Under500.into()), None);
/// assert!(matches!(p, PartialOutcome::OneOf { lower: R::BasicAndFocused, higher: R::BasicAndFull }));
/// // From exact counts.
/// let p = decide_partial(99_999.into(), Some(12.into()), Some(SeriousIncident::NotOccurred));
/// assert_eq!(p.required(), Some(R::Basic));
/// ```
#[doc(alias = "しきい値判断")]
#[must_use]
pub const fn decide_partial(
    subject_count: SubjectCount,
    handler_count: Option<HandlerCount>,
    serious_incident: Option<SeriousIncident>,
) -> PartialOutcome {
    let band = subject_count.band();
    let raised = matches!(handler_count, Some(h) if h.band().is_at_least_500())
        || matches!(serious_incident, Some(SeriousIncident::Occurred));
    let not_raised = matches!(handler_count, Some(h) if !h.band().is_at_least_500())
        && matches!(serious_incident, Some(SeriousIncident::NotOccurred));
    let (lower, higher) = (required_for(band, false), required_for(band, true));
    let required = if raised {
        higher
    } else if not_raised || lower as u8 == higher as u8 {
        lower
    } else {
        return PartialOutcome::OneOf { lower, higher };
    };
    PartialOutcome::Decided(ThresholdOutcome {
        subject_count,
        handler_count,
        serious_incident,
        exemption: under_1000(band),
        required,
    })
}

impl ThresholdOutcome {
    /// The outcome for all three inputs (指針 第5の2); fewer than 1,000 people applies 規則
    /// 第4条第3号.
    pub(super) const fn complete(
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

    /// The outcome with a 規則 第4条 exemption applied: no assessment is required (指針 第4の4).
    ///
    /// 第1号, 第2号 and the other 号 always apply. 第3号 (fewer than 1,000 people) follows from the
    /// 対象人数: claiming it for a count of 1,000 or more changes nothing.
    pub(super) const fn with_exemption(self, exemption: Exemption) -> Self {
        if matches!(exemption, Exemption::FewerThan1000) {
            return self;
        }
        ThresholdOutcome {
            exemption: Some(exemption),
            required: RequiredAssessment::NotRequired,
            ..self
        }
    }

    /// 対象人数 as given: an exact count or a band. Its band (基礎項目評価書 Ⅱ1) is
    /// [`SubjectCount::band`], also when an exact count was given.
    ///
    /// ```
    /// use mynumber_pia::threshold::{SeriousIncident, SubjectCount, SubjectCountBand, ThresholdInput};
    ///
    /// let o = ThresholdInput::new(10_000, 12, SeriousIncident::NotOccurred).decide();
    /// assert_eq!(o.subject_count(), SubjectCount::Exact(10_000));
    /// assert_eq!(o.subject_count().band(), SubjectCountBand::From10kTo100k);
    /// ```
    #[must_use]
    pub const fn subject_count(&self) -> SubjectCount {
        self.subject_count
    }

    /// 取扱者数 as given (an exact count or a band), `None` if unknown. Its band (基礎項目評価書
    /// Ⅱ2) is [`HandlerCount::band`].
    ///
    /// ```
    /// use mynumber_pia::threshold::{
    ///     decide_partial, HandlerCount, HandlerCountBand, SeriousIncident, SubjectCountBand, ThresholdInput,
    /// };
    ///
    /// let o = ThresholdInput::new(10_000, 12, SeriousIncident::NotOccurred).decide();
    /// assert_eq!(o.handler_count(), Some(HandlerCount::Exact(12)));
    /// assert_eq!(o.handler_count().map(HandlerCount::band), Some(HandlerCountBand::Under500));
    /// let o = decide_partial(SubjectCountBand::AtLeast300k.into(), None, None).outcome().unwrap();
    /// assert_eq!(o.handler_count(), None);
    /// ```
    #[must_use]
    pub const fn handler_count(&self) -> Option<HandlerCount> {
        self.handler_count
    }

    /// 重大事故 within the past year (基礎項目評価書 Ⅱ3), `None` if unknown. When the input gave
    /// incident dates, this is the answer they give.
    ///
    /// ```
    /// use mynumber_pia::threshold::{SeriousIncident, ThresholdInput};
    ///
    /// let o = ThresholdInput::new(10_000, 12, SeriousIncident::Occurred).decide();
    /// assert_eq!(o.serious_incident(), Some(SeriousIncident::Occurred));
    /// ```
    #[must_use]
    pub const fn serious_incident(&self) -> Option<SeriousIncident> {
        self.serious_incident
    }

    /// The 規則 第4条 exemption that applies, if any: 第3号 when fewer than 1,000 people, or the
    /// 号 claimed with [`ThresholdInput::with_exemption`](super::ThresholdInput::with_exemption).
    ///
    /// ```
    /// use mynumber_pia::threshold::{Exemption, SeriousIncident, ThresholdInput};
    ///
    /// let o = ThresholdInput::new(999, 800, SeriousIncident::Occurred).decide();
    /// assert_eq!(o.exemption(), Some(Exemption::FewerThan1000));
    /// ```
    #[must_use]
    pub const fn exemption(&self) -> Option<Exemption> {
        self.exemption
    }

    /// The required assessment (しきい値判断結果, 基礎項目評価書 Ⅲ). It gives the 評価書 to submit
    /// (基礎項目評価書 Ⅳ1, [`RequiredAssessment::report_set`]), the higher assessments that may be
    /// done voluntarily ([`RequiredAssessment::voluntary`]) and how a report of each kind states
    /// the result ([`RequiredAssessment::stated_in`]).
    ///
    /// ```
    /// use mynumber_pia::threshold::{ReportSet, RequiredAssessment, SeriousIncident, ThresholdInput};
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let o = ThresholdInput::new(10_000, 12, SeriousIncident::Occurred).decide();
    /// assert_eq!(o.required(), RequiredAssessment::BasicAndFocused);
    /// assert_eq!(o.required().report_set(), Some(ReportSet::BasicAndFocused));
    /// assert_eq!(o.required().voluntary(), [AssessmentKind::Full]);
    /// assert_eq!(
    ///     o.required().stated_in(AssessmentKind::Full).unwrap().to_string(),
    ///     "基礎項目評価及び重点項目評価の実施が義務付けられる（任意に全項目評価を実施）"
    /// );
    /// assert_eq!(ThresholdInput::new(999, 12, SeriousIncident::Occurred).decide().required().report_set(), None);
    /// ```
    #[must_use]
    pub const fn required(&self) -> RequiredAssessment {
        self.required
    }

    /// The 規則 articles and 指針 section the result rests on: 規則 第5条 to 第7条 with 指針 第5の2,
    /// or the 号 of 規則 第4条 with 指針 第4の4 when no assessment is required.
    ///
    /// ```
    /// use mynumber_pia::threshold::{SeriousIncident, ThresholdInput};
    ///
    /// let o = ThresholdInput::new(50_000, 10, SeriousIncident::Occurred).decide();
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
    /// use mynumber_pia::threshold::{SeriousIncident, ThresholdInput};
    ///
    /// let o = ThresholdInput::new(50_000, 10, SeriousIncident::NotOccurred).decide();
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
            Some(e) => {
                match e.description() {
                    Some(d) => s.push_str(d),
                    None => s.push_str(&format!("{}に当たる事務", e.citation())),
                }
                s.push_str("であるため");
            }
        }
        s.push_str(&format!("、{}（{}）。", self.required, self.grounds()));
        s
    }

    /// The reasons clause, ending in 「ため」.
    fn push_reasons(&self, s: &mut String) {
        let band = self.subject_count.band();
        s.push_str("対象人数が");
        // The band without the 基礎 form's （任意実施） note, as 重点/全項目 Ⅰ1③ prints it.
        s.push_str(band.label_in(AssessmentKind::Full));
        // A band whose result the other inputs cannot change (規則 第4条第3号, 1,000人以上1万人未満, 30万人以上).
        if decide_partial(self.subject_count, None, None)
            .required()
            .is_some()
        {
            s.push_str("であるため");
            return;
        }
        let many = self
            .handler_count
            .is_some_and(|h| h.band().is_at_least_500());
        let occurred = matches!(self.serious_incident, Some(SeriousIncident::Occurred));
        // The inputs that decided, in their words: 取扱者数 by its band, the 重大事故 of
        // 基礎項目評価書 Ⅱ3 by the ending of 「…発生し」.
        let (handlers, incident) = match (many, occurred) {
            (true, true) => (
                Some((HandlerCountBand::AtLeast500, "であり、")),
                Some("ている"),
            ),
            (true, false) => (Some((HandlerCountBand::AtLeast500, "である")), None),
            (false, true) => (None, Some("ている")),
            (false, false) => (Some((HandlerCountBand::Under500, "で、")), Some("ていない")),
        };
        s.push_str("であり、");
        if let Some((band, then)) = handlers {
            s.push_str(&format!("取扱者数が{band}{then}"));
        }
        if let Some(ending) = incident {
            s.push_str(&format!(
                "過去1年以内に特定個人情報に関する重大事故が発生し{ending}"
            ));
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

/// The JSON shape of a [`ThresholdOutcome`]: its inputs, then what they decide. Read, a derived
/// field is `None` when absent and `Some` when present (even as `null`); `explanation` is written
/// anew and read as anything.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Json {
    #[serde(default)]
    subject_count: Option<SubjectCount>,
    #[serde(default, deserialize_with = "present")]
    subject_count_band: Option<SubjectCountBand>,
    #[serde(default)]
    handler_count: Option<HandlerCount>,
    #[serde(default, deserialize_with = "present")]
    handler_count_band: Option<Option<HandlerCountBand>>,
    #[serde(default)]
    serious_incident: Option<SeriousIncident>,
    #[serde(default, deserialize_with = "present")]
    exemption: Option<Option<Exemption>>,
    #[serde(default, deserialize_with = "present")]
    required_assessment: Option<RequiredAssessment>,
    #[serde(default, deserialize_with = "present")]
    report_set: Option<Option<ReportSet>>,
    #[serde(default, deserialize_with = "present")]
    voluntary_assessments: Option<Vec<AssessmentKind>>,
    #[serde(default, deserialize_with = "present")]
    grounds: Option<Grounds>,
    #[serde(default, deserialize_with = "ignored")]
    explanation: String,
}

/// A field that is present, even as `null`: `Some(value)`; absent fields stay `None`.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// A field read as anything and left out: the explanation is written anew.
fn ignored<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    serde::de::IgnoredAny::deserialize(d).map(|_| String::new())
}

/// The outcome as it is written: its inputs and every value derived from them, each derived
/// value stated here once for writing it and for checking it when it is read back.
impl From<ThresholdOutcome> for Json {
    fn from(o: ThresholdOutcome) -> Json {
        Json {
            subject_count: o.subject_count.exact().map(SubjectCount::from),
            subject_count_band: Some(o.subject_count.band()),
            handler_count: o
                .handler_count
                .and_then(HandlerCount::exact)
                .map(HandlerCount::from),
            handler_count_band: Some(o.handler_count.map(HandlerCount::band)),
            serious_incident: o.serious_incident,
            exemption: Some(o.exemption),
            required_assessment: Some(o.required),
            report_set: Some(o.required.report_set()),
            voluntary_assessments: Some(o.required.voluntary().to_vec()),
            grounds: Some(o.grounds()),
            explanation: o.explanation(),
        }
    }
}

impl<'de> Deserialize<'de> for ThresholdOutcome {
    /// Reads the shape [`Serialize`] writes: decides again from `subject_count`,
    /// `handler_count`, `serious_incident` and `exemption`, and checks every derived field present
    /// against that decision (see [`ThresholdOutcome`]).
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;

        let mut j = Json::deserialize(d)?;
        // A count left `null` beside its band is the band.
        let subject_count = j
            .subject_count
            .or(j.subject_count_band.map(SubjectCount::from))
            .ok_or_else(|| D::Error::custom("subject_count（対象人数）がありません"))?;
        j.handler_count = j
            .handler_count
            .or(j.handler_count_band.flatten().map(HandlerCount::from));
        // A claimed 号 other than 第3号 (which follows from the count) decides alone.
        let claimed = j
            .exemption
            .flatten()
            .filter(|&e| e != Exemption::FewerThan1000);
        let decided = match decide_partial(subject_count, j.handler_count, j.serious_incident) {
            PartialOutcome::Decided(o) => o,
            PartialOutcome::OneOf { .. } if claimed.is_some() => ThresholdOutcome {
                subject_count,
                handler_count: j.handler_count,
                serious_incident: j.serious_incident,
                exemption: None,
                required: RequiredAssessment::NotRequired,
            },
            PartialOutcome::OneOf { lower, higher } => {
                return Err(D::Error::custom(format!(
                    "取扱者数・重大事故が不明で、しきい値判断結果が「{lower}」か「{higher}」か決まりません（指針第5の2）"
                )));
            }
        };
        let o = claimed.map_or(decided, |e| decided.with_exemption(e));
        // Each derived field present against the value decided.
        let derived = Json::from(o);
        macro_rules! agree {
            ($field:ident, $show:expr) => {
                check::<D::Error, _>(stringify!($field), j.$field, derived.$field, $show)?
            };
        }
        let labels = |kinds: &Vec<AssessmentKind>| {
            let labels: Vec<&str> = kinds.iter().map(|k| k.label()).collect();
            labels.join("、")
        };
        agree!(exemption, or_null);
        agree!(subject_count_band, ToString::to_string);
        agree!(handler_count_band, or_null);
        agree!(required_assessment, ToString::to_string);
        agree!(report_set, or_null);
        agree!(voluntary_assessments, labels);
        agree!(grounds, ToString::to_string);
        Ok(o)
    }
}

/// A stored derived field against the value decided from the inputs (always present): absent or
/// equal is fine.
fn check<E: serde::de::Error, T: PartialEq>(
    field: &str,
    stored: Option<T>,
    decided: Option<T>,
    show: impl Fn(&T) -> String,
) -> Result<(), E> {
    match (stored, decided) {
        (Some(stored), Some(decided)) if stored != decided => Err(E::custom(format!(
            "{field}「{}」は入力（対象人数・取扱者数・重大事故・規則第4条の号）から決まる「{}」と異なります",
            show(&stored),
            show(&decided)
        ))),
        _ => Ok(()),
    }
}

/// Shows an optional value in a message as its label, or `null`.
fn or_null<T: std::fmt::Display>(value: &Option<T>) -> String {
    value
        .as_ref()
        .map_or_else(|| "null".to_owned(), ToString::to_string)
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
        ThresholdOutcome::complete(s.into(), h.into(), i)
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
        assert_eq!(own.required().report_set(), None);
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
        let few = ThresholdOutcome::complete(999.into(), 600.into(), Occurred);
        assert_eq!(few.exemption(), Some(Exemption::FewerThan1000));
        assert_eq!(few.required(), RequiredAssessment::NotRequired);
        assert_eq!(
            few.required().voluntary(),
            [
                AssessmentKind::Basic,
                AssessmentKind::Focused,
                AssessmentKind::Full
            ]
        );
        let at = ThresholdOutcome::complete(1_000.into(), 0.into(), NotOccurred);
        assert_eq!(at.exemption(), None);
        assert_eq!(at.required(), RequiredAssessment::Basic);
    }

    #[test]
    fn partial_outcomes() {
        let o = decide_partial(From10kTo100k.into(), None, Some(Occurred))
            .outcome()
            .unwrap();
        assert_eq!(o.required(), RequiredAssessment::BasicAndFocused);
        assert!(o.explanation().contains("重大事故が発生しているため"));
        assert!(!o.explanation().contains("取扱者数"));
        let o = decide_partial(From100kTo300k.into(), Some(AtLeast500.into()), None)
            .outcome()
            .unwrap();
        assert_eq!(o.required(), RequiredAssessment::BasicAndFull);
        assert_eq!(o.serious_incident(), None);
        assert_eq!(
            decide_partial(From100kTo300k.into(), Some(Under500.into()), None),
            PartialOutcome::OneOf {
                lower: RequiredAssessment::BasicAndFocused,
                higher: RequiredAssessment::BasicAndFull
            }
        );
        assert_eq!(
            decide_partial(From1kTo10k.into(), None, None).required(),
            Some(RequiredAssessment::Basic)
        );
        let small = decide_partial(Under1k.into(), None, None)
            .outcome()
            .unwrap();
        assert_eq!(small.required(), RequiredAssessment::NotRequired);
        assert_eq!(small.exemption(), Some(Exemption::FewerThan1000));
    }

    /// Every band with every input known, hidden or both: the partial decision holds the
    /// complete one, is decided exactly when the hidden inputs cannot change it, and then agrees
    /// with it.
    #[test]
    fn partial_decisions_bound_the_complete_one() {
        for band in SubjectCountBand::ALL.iter().copied() {
            let none = decide_partial(band.into(), None, None);
            assert_eq!(none.lowest(), decide(band, Under500, NotOccurred));
            assert_eq!(none.highest(), decide(band, AtLeast500, Occurred));
            for h in HandlerCountBand::ALL.iter().copied() {
                for i in SeriousIncident::ALL.iter().copied() {
                    let exact = decide(band, h, i);
                    let complete = outcome(band, h, i);
                    assert_eq!(
                        decide_partial(band.into(), Some(h.into()), Some(i)),
                        PartialOutcome::Decided(complete)
                    );
                    for p in [
                        decide_partial(band.into(), Some(h.into()), None),
                        decide_partial(band.into(), None, Some(i)),
                        none,
                    ] {
                        assert!(p.contains(exact), "{band} {h} {i}");
                        assert!(p.lowest() <= exact && exact <= p.highest());
                        let all_agree = HandlerCountBand::ALL.iter().all(|h2| {
                            SeriousIncident::ALL.iter().all(|i2| {
                                !p.contains(decide(band, *h2, *i2))
                                    || decide(band, *h2, *i2) == p.lowest()
                            })
                        });
                        assert_eq!(p.required().is_some(), p.lowest() == p.highest());
                        assert!(all_agree || p.required().is_none());
                        if let Some(o) = p.outcome() {
                            assert_eq!(o.required(), exact);
                            assert_eq!(o.grounds(), complete.grounds());
                        }
                    }
                }
            }
        }
    }

    /// Every complete outcome, and every decided partial one, reads back from its JSON.
    #[test]
    fn json_round_trip_of_every_outcome() {
        let mut outcomes = Vec::new();
        for s in SubjectCountBand::ALL.iter().copied() {
            for h in HandlerCountBand::ALL.iter().copied() {
                for i in SeriousIncident::ALL.iter().copied() {
                    outcomes.push(outcome(s, h, i));
                    outcomes.push(
                        ThresholdOutcome::complete(
                            s.interval().min().into(),
                            h.interval().min().into(),
                            i,
                        )
                        .with_exemption(Exemption::ManualFilesOnly),
                    );
                    for p in [
                        decide_partial(s.into(), Some(h.into()), None),
                        decide_partial(s.into(), None, Some(i)),
                        decide_partial(s.into(), None, None),
                    ] {
                        outcomes.extend(p.outcome());
                    }
                }
            }
        }
        for o in outcomes {
            let json = serde_json::to_string(&o).unwrap();
            assert_eq!(
                serde_json::from_str::<ThresholdOutcome>(&json).unwrap(),
                o,
                "{json}"
            );
        }
    }

    #[test]
    fn json_reads_inputs_alone_and_refuses_what_disagrees() {
        let read = |json: &str| serde_json::from_str::<ThresholdOutcome>(json);
        // The inputs alone are an outcome; so is 対象人数 alone when it decides.
        let o = read(
            r#"{"subject_count": 150000, "handler_count": 499, "serious_incident": "発生あり"}"#,
        )
        .unwrap();
        assert_eq!(
            o,
            ThresholdOutcome::complete(150_000.into(), 499.into(), Occurred)
        );
        let o = read(r#"{"subject_count": "30万人以上", "handler_count": null}"#).unwrap();
        assert_eq!(o.required(), RequiredAssessment::BasicAndFull);
        // A count left null beside its band is the band (the shape written).
        let o = read(
            r#"{"subject_count": null, "subject_count_band": "10万人以上30万人未満",
                "handler_count": null, "handler_count_band": "500人以上", "serious_incident": "発生なし"}"#,
        )
        .unwrap();
        assert_eq!(
            o,
            ThresholdOutcome::complete(From100kTo300k.into(), AtLeast500.into(), NotOccurred)
        );
        let err = read(r#"{"subject_count": null}"#).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("subject_count（対象人数）がありません"),
            "{err}"
        );
        // Undecided.
        let err = read(r#"{"subject_count": "1万人以上10万人未満"}"#).unwrap_err();
        assert!(
            err.to_string().starts_with(
                "取扱者数・重大事故が不明で、しきい値判断結果が「基礎項目評価の実施が義務付けられる」か「基礎項目評価及び重点項目評価の実施が義務付けられる」か決まりません"
            ),
            "{err}"
        );
        // A derived field that disagrees.
        let mut v = serde_json::to_value(outcome(From10kTo100k, Under500, NotOccurred)).unwrap();
        v["required_assessment"] = "基礎項目評価及び全項目評価の実施が義務付けられる".into();
        let err = serde_json::from_value::<ThresholdOutcome>(v).unwrap_err();
        assert_eq!(
            err.to_string(),
            "required_assessment「基礎項目評価及び全項目評価の実施が義務付けられる」は入力（対象人数・取扱者数・重大事故・規則第4条の号）から決まる「基礎項目評価の実施が義務付けられる」と異なります"
        );
        for (field, value) in [
            ("subject_count_band", serde_json::json!("30万人以上")),
            ("handler_count_band", serde_json::json!("500人以上")),
            ("handler_count_band", serde_json::Value::Null),
            ("report_set", serde_json::Value::Null),
            ("voluntary_assessments", serde_json::json!([])),
            ("exemption", serde_json::json!("規則第4条第3号")),
            (
                "grounds",
                serde_json::json!({"rules": ["規則第5条"], "guideline": "指針第4の4"}),
            ),
        ] {
            // Counts, so that a changed band is compared, not read as the input.
            let counted = ThresholdOutcome::complete(50_000.into(), 100.into(), NotOccurred);
            let mut v = serde_json::to_value(counted).unwrap();
            v[field] = value;
            let err = serde_json::from_value::<ThresholdOutcome>(v).unwrap_err();
            assert!(err.to_string().starts_with(field), "{field}: {err}");
        }
        // A stored null shows as `null` (mutation testing: the text was unchecked).
        let counted = ThresholdOutcome::complete(50_000.into(), 100.into(), NotOccurred);
        let mut v = serde_json::to_value(counted).unwrap();
        v["handler_count_band"] = serde_json::Value::Null;
        let err = serde_json::from_value::<ThresholdOutcome>(v).unwrap_err();
        assert!(
            err.to_string().starts_with("handler_count_band「null」は"),
            "{err}"
        );
        // 第3号 below 1,000 must not be left out once the field is there.
        let mut v = serde_json::to_value(outcome(Under1k, Under500, NotOccurred)).unwrap();
        v["exemption"] = serde_json::Value::Null;
        assert!(serde_json::from_value::<ThresholdOutcome>(v).is_err());
        // The explanation is written anew, not compared.
        let mut v = serde_json::to_value(outcome(From10kTo100k, Under500, NotOccurred)).unwrap();
        v["explanation"] = "古い説明".into();
        let o = serde_json::from_value::<ThresholdOutcome>(v).unwrap();
        assert_eq!(o, outcome(From10kTo100k, Under500, NotOccurred));
        // Unknown fields are refused.
        assert!(read(r#"{"subject_count": "30万人以上", "note": 1}"#).is_err());
        // A claimed exemption decides even when the other inputs are unknown.
        let o = read(r#"{"subject_count": "1万人以上10万人未満", "exemption": "規則第4条第1号"}"#)
            .unwrap();
        assert_eq!(o.required(), RequiredAssessment::NotRequired);
        assert_eq!(o.exemption(), Some(Exemption::OwnStaffFilesOnly));
        let back = serde_json::to_string(&o).unwrap();
        assert_eq!(serde_json::from_str::<ThresholdOutcome>(&back).unwrap(), o);
    }

    #[test]
    fn json_shape() {
        let o = ThresholdOutcome::complete(150_000.into(), AtLeast500.into(), NotOccurred);
        let v: serde_json::Value = serde_json::to_value(o).unwrap();
        assert_eq!(v["subject_count"], 150_000);
        assert_eq!(v["subject_count_band"], "10万人以上30万人未満");
        // A band given for a count: the count is null, the band in its own field.
        assert_eq!(v["handler_count"], serde_json::Value::Null);
        assert_eq!(v["handler_count_band"], "500人以上");
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
