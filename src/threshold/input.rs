//! The inputs of a しきい値判断 as a 基礎項目評価書 (Ⅱ) records them, with their dates.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Exemption, HandlerCount, SeriousIncident, SubjectCount, ThresholdOutcome};

/// The 重大事故 input: either as stated (`発生あり` / `発生なし`) or as incident dates judged
/// against a reference date (基礎項目評価書 Ⅱ3; 指針 第5の2).
///
/// Serialized as `{"stated": "発生あり"}` or
/// `{"dates": {"reference": "2025-05-30", "incidents": ["2025-01-10"]}}`.
///
/// ```
/// use chrono::NaiveDate;
/// use mynumber_pia::threshold::{IncidentInput, SeriousIncident};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let by_dates = IncidentInput::Dates { reference: d(2025, 5, 30), incidents: vec![d(2024, 5, 30)] };
/// assert_eq!(by_dates.resolve(), SeriousIncident::Occurred);
/// assert_eq!(IncidentInput::from(SeriousIncident::NotOccurred).resolve(), SeriousIncident::NotOccurred);
/// let json = serde_json::to_string(&by_dates)?;
/// assert_eq!(json, r#"{"dates":{"reference":"2025-05-30","incidents":["2024-05-30"]}}"#);
/// assert_eq!(serde_json::from_str::<IncidentInput>(&json)?, by_dates);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[doc(alias = "重大事故")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum IncidentInput {
    /// The answer as the form states it.
    Stated(SeriousIncident),
    /// The dates of the 評価実施機関's serious incidents concerning 特定個人情報, judged against
    /// `reference` (e.g. the date of the determination) with
    /// [`SeriousIncident::within_past_year`].
    Dates {
        /// The date the past year is counted back from.
        reference: NaiveDate,
        /// The incident dates, in any order.
        incidents: Vec<NaiveDate>,
    },
}

impl IncidentInput {
    /// `発生あり` or `発生なし` (指針 第5の2: within the past 1 year). Does not allocate.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::threshold::{IncidentInput, SeriousIncident};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// // Reference 29 February: the window opens on 28 February of the year before.
    /// let input = IncidentInput::Dates { reference: d(2024, 2, 29), incidents: vec![d(2023, 2, 27)] };
    /// assert_eq!(input.resolve(), SeriousIncident::NotOccurred);
    /// assert_eq!(IncidentInput::Stated(SeriousIncident::Occurred).resolve(), SeriousIncident::Occurred);
    /// ```
    #[must_use]
    pub fn resolve(&self) -> SeriousIncident {
        match self {
            IncidentInput::Stated(s) => *s,
            IncidentInput::Dates {
                reference,
                incidents,
            } => SeriousIncident::from_dates(incidents.iter().copied(), *reference),
        }
    }
}

impl From<SeriousIncident> for IncidentInput {
    fn from(s: SeriousIncident) -> Self {
        IncidentInput::Stated(s)
    }
}

/// Everything a しきい値判断 needs, as a 基礎項目評価書 records it (Ⅱ しきい値判断項目):
/// 対象人数 and 取扱者数 (exact or banded) with the date each was counted
/// (「いつ時点の計数か」), the 重大事故 answer, and any 規則 第4条 exemption the 事務 claims.
///
/// ```
/// use chrono::NaiveDate;
/// use mynumber_pia::threshold::{
///     HandlerCountBand, RequiredAssessment, SeriousIncident, SubjectCountBand, ThresholdInput,
/// };
///
/// // 熊谷市 国民健康保険 基礎項目評価書 (令和7年5月30日), counted on 令和7年4月1日.
/// let input = ThresholdInput::new(
///     SubjectCountBand::From10kTo100k,
///     HandlerCountBand::Under500,
///     SeriousIncident::Occurred,
/// )
/// .with_count_date(NaiveDate::from_ymd_opt(2025, 4, 1).unwrap());
/// let outcome = input.decide();
/// assert_eq!(outcome.required(), RequiredAssessment::BasicAndFocused);
///
/// // Serialized with its dates, and read back.
/// let json = serde_json::to_string(&input)?;
/// assert_eq!(
///     json,
///     r#"{"subject_count":"1万人以上10万人未満","subject_count_as_of":"2025-04-01","handler_count":"500人未満","handler_count_as_of":"2025-04-01","serious_incident":{"stated":"発生あり"}}"#
/// );
/// assert_eq!(serde_json::from_str::<ThresholdInput>(&json)?, input);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[doc(alias = "しきい値判断項目")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ThresholdInput {
    /// 対象人数 (Ⅱ1).
    pub subject_count: SubjectCount,
    /// When 対象人数 was counted (Ⅱ1 いつ時点の計数か).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_count_as_of: Option<NaiveDate>,
    /// 取扱者数 (Ⅱ2): own staff plus every 委託先's staff who handle the files.
    pub handler_count: HandlerCount,
    /// When 取扱者数 was counted (Ⅱ2 いつ時点の計数か).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handler_count_as_of: Option<NaiveDate>,
    /// 重大事故 within the past year (Ⅱ3).
    pub serious_incident: IncidentInput,
    /// A 規則 第4条 exemption claimed for the 事務 (第1号, 第2号 or another 号; 第3号 follows
    /// from the count).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exemption: Option<Exemption>,
}

impl ThresholdInput {
    /// The three inputs, without dates or exemption (基礎項目評価書 Ⅱ1–Ⅱ3). Each count takes an
    /// exact number or a band; the 重大事故 a [`SeriousIncident`] or an [`IncidentInput`].
    ///
    /// ```
    /// use mynumber_pia::threshold::{
    ///     HandlerCount, HandlerCountBand, IncidentInput, SeriousIncident, SubjectCount, ThresholdInput,
    /// };
    ///
    /// let input = ThresholdInput::new(150_000, HandlerCountBand::Under500, SeriousIncident::NotOccurred);
    /// assert_eq!(input.subject_count, SubjectCount::Exact(150_000));
    /// assert_eq!(input.handler_count, HandlerCount::Band(HandlerCountBand::Under500));
    /// assert_eq!(input.serious_incident, IncidentInput::Stated(SeriousIncident::NotOccurred));
    /// ```
    pub fn new(
        subject_count: impl Into<SubjectCount>,
        handler_count: impl Into<HandlerCount>,
        serious_incident: impl Into<IncidentInput>,
    ) -> Self {
        ThresholdInput {
            subject_count: subject_count.into(),
            subject_count_as_of: None,
            handler_count: handler_count.into(),
            handler_count_as_of: None,
            serious_incident: serious_incident.into(),
            exemption: None,
        }
    }

    /// Sets both counting dates, 基礎項目評価書 Ⅱ1 and Ⅱ2 いつ時点の計数か (the forms usually give
    /// the same date for both).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::threshold::{SeriousIncident, ThresholdInput};
    ///
    /// let day = NaiveDate::from_ymd_opt(2025, 4, 1).unwrap();
    /// let input = ThresholdInput::new(50_000, 120, SeriousIncident::Occurred).with_count_date(day);
    /// assert_eq!((input.subject_count_as_of, input.handler_count_as_of), (Some(day), Some(day)));
    /// ```
    #[must_use]
    pub fn with_count_date(mut self, date: NaiveDate) -> Self {
        self.subject_count_as_of = Some(date);
        self.handler_count_as_of = Some(date);
        self
    }

    /// Claims a 規則 第4条 exemption (指針 第4の4): 第1号, 第2号 and the other 号 make the
    /// assessment not required; 第3号 follows from the count and changes nothing here.
    ///
    /// ```
    /// use mynumber_pia::threshold::{Exemption, RequiredAssessment, SeriousIncident, ThresholdInput};
    ///
    /// let input = ThresholdInput::new(400_000, 900, SeriousIncident::NotOccurred)
    ///     .with_exemption(Exemption::OwnStaffFilesOnly);
    /// let outcome = input.decide();
    /// assert_eq!(outcome.required(), RequiredAssessment::NotRequired);
    /// assert_eq!(
    ///     outcome.explanation(),
    ///     "職員等の人事・給与・福利厚生に関する特定個人情報ファイルのみを取り扱う事務であるため、\
    ///      特定個人情報保護評価の実施が義務付けられない（規則第4条第1号、指針第4の4）。"
    /// );
    /// ```
    #[must_use]
    pub fn with_exemption(mut self, exemption: Exemption) -> Self {
        self.exemption = Some(exemption);
        self
    }

    /// しきい値判断 (指針 第5の2; 規則 第4条 to 第7条): the outcome with its grounds and
    /// explanation. Does not allocate; never panics.
    ///
    /// ```
    /// use mynumber_pia::threshold::{ReportSet, RequiredAssessment, SeriousIncident, ThresholdInput};
    ///
    /// let outcome = ThresholdInput::new(99_999, 500, SeriousIncident::NotOccurred).decide();
    /// assert_eq!(outcome.required(), RequiredAssessment::BasicAndFocused);
    /// assert_eq!(outcome.required().report_set(), Some(ReportSet::BasicAndFocused));
    /// ```
    #[must_use]
    pub fn decide(&self) -> ThresholdOutcome {
        let outcome = ThresholdOutcome::complete(
            self.subject_count,
            self.handler_count,
            self.serious_incident.resolve(),
        );
        self.exemption
            .map_or(outcome, |e| outcome.with_exemption(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::threshold::{HandlerCountBand, RequiredAssessment, SubjectCountBand};

    use crate::threshold::ymd as d;

    #[test]
    fn incident_dates_decide_the_result() {
        let reference = d(2025, 5, 30);
        let input = |dates: Vec<NaiveDate>| {
            ThresholdInput::new(
                50_000,
                HandlerCountBand::Under500,
                IncidentInput::Dates {
                    reference,
                    incidents: dates,
                },
            )
        };
        assert_eq!(input(vec![]).decide().required(), RequiredAssessment::Basic);
        assert_eq!(
            input(vec![d(2024, 5, 29)]).decide().required(),
            RequiredAssessment::Basic
        );
        assert_eq!(
            input(vec![d(2024, 5, 29), d(2024, 5, 30)])
                .decide()
                .required(),
            RequiredAssessment::BasicAndFocused
        );
    }

    #[test]
    fn json_round_trip() {
        let input = ThresholdInput::new(
            SubjectCountBand::From10kTo100k,
            480,
            IncidentInput::Dates {
                reference: d(2024, 2, 29),
                incidents: vec![d(2023, 2, 28)],
            },
        )
        .with_count_date(d(2024, 2, 1))
        .with_exemption(Exemption::ManualFilesOnly);
        let json = serde_json::to_string(&input).unwrap();
        assert!(
            json.contains(r#""subject_count":"1万人以上10万人未満""#),
            "{json}"
        );
        assert!(json.contains(r#""handler_count":480"#), "{json}");
        assert!(json.contains(r#""exemption":"規則第4条第2号""#), "{json}");
        let back: ThresholdInput = serde_json::from_str(&json).unwrap();
        assert_eq!(back, input);
        let minimal: ThresholdInput = serde_json::from_str(
            r#"{"subject_count":"30万人以上","handler_count":"500人未満","serious_incident":{"stated":"発生なし"}}"#,
        )
        .unwrap();
        assert_eq!(
            minimal.decide().required(),
            RequiredAssessment::BasicAndFull
        );
    }
}
