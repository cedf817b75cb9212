//! What only the 基礎項目評価書 (様式2) has: 規則第9条第2項, the しきい値判断項目 and result, and
//! its one-line risk self-ratings (Ⅳ, with Ⅳ8 人手を介在させる作業 and Ⅳ11 最も優先度が高い対策).

use chrono::NaiveDate;

pub use crate::form::choices::PriorityMeasure;

use super::{AuditKind, ChoiceSet, Effort, Sufficiency};
use crate::threshold::{
    HandlerCountBand, ReportSet, SeriousIncident, StatedThresholdResult, SubjectCountBand,
};

model! {
    /// The chapters of the 基礎項目評価書 (様式2) that the other forms do not have.
    ///
    /// ```
    /// use mynumber_pia::report::basic::Part;
    /// use mynumber_pia::threshold::{HandlerCountBand, SubjectCountBand};
    ///
    /// let mut part = Part::default();
    /// part.threshold_items.subject_count = Some(SubjectCountBand::From10kTo100k);
    /// part.threshold_items.handler_count = Some(HandlerCountBand::Under500);
    /// assert!(!part.emergency_exception.applied);
    /// ```
    #[doc(alias = "基礎項目評価書")]
    pub struct Part {
        /// Ⅰ9 規則第９条第２項の適用.
        pub emergency_exception: EmergencyException,
        /// Ⅱ しきい値判断項目.
        pub threshold_items: ThresholdItems,
        /// Ⅲ しきい値判断結果, as stated.
        pub threshold_result: Option<StatedThresholdResult>,
        /// Ⅳ リスク対策.
        pub risk_measures: RiskMeasures,
    }

    /// Ⅰ9 規則第９条第２項の適用: whether the assessment was done after holding the file because of
    /// an emergency such as a disaster (規則 第9条第2項).
    #[doc(alias = "規則第９条第２項の適用")]
    pub struct EmergencyException {
        /// [ ] 適用した.
        pub applied: bool,
        /// 適用した理由.
        pub reason: Option<String>,
    }

    /// Ⅱ しきい値判断項目: the three inputs of the しきい値判断 (指針 第5の2), with the dates the two
    /// counts were taken (「いつ時点の計数か」).
    ///
    /// ```
    /// use mynumber_pia::report::basic::ThresholdItems;
    /// use mynumber_pia::threshold::SeriousIncident;
    ///
    /// let mut t = ThresholdItems::default();
    /// t.serious_incident = Some(SeriousIncident::Occurred);
    /// assert_eq!(t.serious_incident.map(|s| s.label()), Some("発生あり"));
    /// ```
    #[doc(alias = "しきい値判断項目")]
    pub struct ThresholdItems {
        /// １．対象人数: 評価対象の事務の対象人数は何人か.
        pub subject_count: Option<SubjectCountBand>,
        /// １．いつ時点の計数か.
        pub subject_count_as_of: Option<NaiveDate>,
        /// ２．取扱者数: 特定個人情報ファイル取扱者数は500人以上か.
        pub handler_count: Option<HandlerCountBand>,
        /// ２．いつ時点の計数か.
        pub handler_count_as_of: Option<NaiveDate>,
        /// ３．重大事故: 過去１年以内に、評価実施機関において特定個人情報に関する重大事故が発生したか.
        pub serious_incident: Option<SeriousIncident>,
    }

    /// Ⅳ リスク対策 of the 基礎 form: one-line self-ratings.
    #[doc(alias = "リスク対策")]
    pub struct RiskMeasures {
        /// １．提出する特定個人情報保護評価書の種類.
        pub report_set: Option<ReportSet>,
        /// ２．目的外の入手が行われるリスクへの対策は十分か.
        pub acquisition: Option<Sufficiency>,
        /// ３．目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスクへの対策は十分か.
        pub usage_linking: Option<Sufficiency>,
        /// ３．権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスクへの対策は十分か.
        pub usage_unauthorized: Option<Sufficiency>,
        /// ４．[ ] 委託しない / 委託先における不正な使用等のリスクへの対策は十分か.
        pub entrustment: OptOutRisk,
        /// ５．[ ] 提供・移転しない / 不正な提供・移転が行われるリスクへの対策は十分か.
        pub provision_transfer: OptOutRisk,
        /// ６．情報提供ネットワークシステムとの接続.
        pub network: NetworkRisks,
        /// ７．特定個人情報の漏えい・滅失・毀損リスクへの対策は十分か.
        pub storage: Option<Sufficiency>,
        /// ８．人手を介在させる作業.
        pub manual_work: ManualWork,
        /// ９．監査 実施の有無.
        pub audit: ChoiceSet<AuditKind>,
        /// １０．従業者に対する教育・啓発.
        pub training: Option<Effort>,
        /// １１．最も優先度が高いと考えられる対策.
        pub priority: PriorityItem,
    }

    /// A rating with the box that makes it not applicable (「委託しない」, 「提供・移転しない」).
    #[doc(alias = "しない")]
    pub struct OptOutRisk {
        /// The opt-out box is checked.
        pub opted_out: bool,
        /// リスクへの対策は十分か.
        pub sufficiency: Option<Sufficiency>,
    }

    /// 基礎 Ⅳ6 情報提供ネットワークシステムとの接続.
    #[doc(alias = "情報提供ネットワークシステムとの接続")]
    pub struct NetworkRisks {
        /// [ ] 接続しない（入手）.
        pub not_connected_acquisition: bool,
        /// [ ] 接続しない（提供）.
        pub not_connected_provision: bool,
        /// 目的外の入手が行われるリスクへの対策は十分か.
        pub acquisition: Option<Sufficiency>,
        /// 不正な提供が行われるリスクへの対策は十分か.
        pub provision: Option<Sufficiency>,
    }

    /// 基礎 Ⅳ8 人手を介在させる作業.
    #[doc(alias = "人手を介在させる作業")]
    pub struct ManualWork {
        /// [ ] 人手を介在させる作業はない.
        pub none: bool,
        /// 人為的ミスが発生するリスクへの対策は十分か.
        pub sufficiency: Option<Sufficiency>,
        /// 判断の根拠.
        pub rationale: Option<String>,
    }

    /// 基礎 Ⅳ11 最も優先度が高いと考えられる対策.
    #[doc(alias = "最も優先度が高いと考えられる対策")]
    pub struct PriorityItem {
        /// [ ] 全項目評価又は重点項目評価を実施する (then the rest is left blank).
        pub detailed_assessment: bool,
        /// 最も優先度が高いと考えられる対策.
        pub measure: Option<PriorityMeasure>,
        /// 当該対策は十分か【再掲】.
        pub sufficiency: Option<Sufficiency>,
        /// 判断の根拠.
        pub rationale: Option<String>,
    }
}
