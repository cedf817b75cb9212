//! What only the 重点項目評価書 (様式3) has: its Ⅲ リスク対策, with 監査, 教育 and その他 folded in.

use super::{
    AuditKind, ChoiceSet, Control, Effort, Established, Performed, ReEntrusteeOversight,
    RecentIncidents, Risk, Sufficiency,
};

model! {
    /// The chapter of the 重点項目評価書 (様式3) that differs from the other forms:
    /// Ⅲ リスク対策 ※（７．②を除く。）, items 1–10. The 重点 form has no Ⅳ その他のリスク対策 of
    /// its own: 監査, 教育・啓発 and その他 are Ⅲ8–10.
    ///
    /// ```
    /// use mynumber_pia::report::AuditKind;
    /// use mynumber_pia::report::focused::Part;
    ///
    /// let mut part = Part::default();
    /// part.risk_measures.audit.insert(AuditKind::SelfCheck);
    /// assert!(part.risk_measures.audit.contains(&AuditKind::SelfCheck));
    /// ```
    #[doc(alias = "重点項目評価書")]
    pub struct Part {
        /// Ⅲ リスク対策.
        pub risk_measures: RiskMeasures,
    }

    /// Ⅲ リスク対策 of the 重点 form.
    #[doc(alias = "リスク対策")]
    pub struct RiskMeasures {
        /// １．特定個人情報ファイル名.
        pub file_names: Vec<String>,
        /// ２．特定個人情報の入手.
        pub acquisition: AcquisitionRisks,
        /// ３．特定個人情報の使用.
        pub usage: UsageRisks,
        /// ４．特定個人情報ファイルの取扱いの委託.
        pub entrustment: EntrustmentRisks,
        /// ５．特定個人情報の提供・移転.
        pub provision_transfer: ProvisionRisks,
        /// ６．情報提供ネットワークシステムとの接続.
        pub network: NetworkRisks,
        /// ７．特定個人情報の保管・消去.
        pub storage: StorageRisks,
        /// ８．監査 実施の有無 (自己点検 / 内部監査 / 外部監査).
        pub audit: ChoiceSet<AuditKind>,
        /// ９．従業者に対する教育・啓発 / 具体的な方法.
        pub training: Control<Effort>,
        /// １０．その他のリスク対策.
        pub other_measures: Option<String>,
    }

    /// 重点 Ⅲ2 特定個人情報の入手.
    #[doc(alias = "特定個人情報の入手")]
    pub struct AcquisitionRisks {
        /// リスク：目的外の入手が行われるリスク.
        pub risk: Risk,
        /// その他のリスク及びそのリスクに対する措置.
        pub other_risks: Option<String>,
    }

    /// 重点 Ⅲ3 特定個人情報の使用.
    #[doc(alias = "特定個人情報の使用")]
    pub struct UsageRisks {
        /// リスク１：目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク.
        pub risk1: Risk,
        /// リスク２：権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスク.
        pub risk2: UnauthorizedUseRisk,
        /// その他のリスク及びそのリスクに対する措置.
        pub other_risks: Option<String>,
    }

    /// 重点 Ⅲ3 リスク２: only ユーザ認証の管理 among the typed controls.
    #[doc(alias = "権限のない者によって不正に使用されるリスク")]
    pub struct UnauthorizedUseRisk {
        /// ユーザ認証の管理 / 具体的な管理方法.
        pub user_auth: Control<Performed>,
        /// その他の措置の内容.
        pub other_measures: Option<String>,
        /// リスクへの対策は十分か.
        pub sufficiency: Option<Sufficiency>,
    }

    /// 重点 Ⅲ4 特定個人情報ファイルの取扱いの委託.
    #[doc(alias = "特定個人情報ファイルの取扱いの委託")]
    pub struct EntrustmentRisks {
        /// [ ] 委託しない.
        pub not_entrusted: bool,
        /// リスク：委託先における不正な使用等のリスク.
        pub risk: EntrusteeRisk,
        /// その他のリスク及びそのリスクに対する措置.
        pub other_risks: Option<String>,
    }

    /// 重点 Ⅲ4 リスク：委託先における不正な使用等のリスク.
    #[doc(alias = "委託先における不正な使用等のリスク")]
    pub struct EntrusteeRisk {
        /// 委託契約書中の特定個人情報ファイルの取扱いに関する規定 / 規定の内容.
        pub contract_clause: Control<Established>,
        /// 再委託先による特定個人情報ファイルの適切な取扱いの担保 / 具体的な方法.
        pub re_entrustee_assurance: Control<ReEntrusteeOversight>,
        /// その他の措置の内容.
        pub other_measures: Option<String>,
        /// リスクへの対策は十分か.
        pub sufficiency: Option<Sufficiency>,
    }

    /// 重点 Ⅲ5 特定個人情報の提供・移転.
    #[doc(alias = "特定個人情報の提供・移転")]
    pub struct ProvisionRisks {
        /// [ ] 提供・移転しない.
        pub not_provided: bool,
        /// リスク：不正な提供・移転が行われるリスク.
        pub risk: ImproperProvisionRisk,
        /// その他のリスク及びそのリスクに対する措置.
        pub other_risks: Option<String>,
    }

    /// 重点 Ⅲ5 リスク：不正な提供・移転が行われるリスク.
    #[doc(alias = "不正な提供・移転が行われるリスク")]
    pub struct ImproperProvisionRisk {
        /// 特定個人情報の提供・移転に関するルール / ルールの内容及びルール遵守の確認方法.
        pub rule: Control<Established>,
        /// その他の措置の内容.
        pub other_measures: Option<String>,
        /// リスクへの対策は十分か.
        pub sufficiency: Option<Sufficiency>,
    }

    /// 重点 Ⅲ6 情報提供ネットワークシステムとの接続.
    #[doc(alias = "情報提供ネットワークシステムとの接続")]
    pub struct NetworkRisks {
        /// [ ] 接続しない（入手）.
        pub not_connected_acquisition: bool,
        /// [ ] 接続しない（提供）.
        pub not_connected_provision: bool,
        /// リスク１：目的外の入手が行われるリスク.
        pub risk1: Risk,
        /// リスク２：不正な提供が行われるリスク.
        pub risk2: Risk,
        /// その他のリスク及びそのリスクに対する措置.
        pub other_risks: Option<String>,
    }

    /// 重点 Ⅲ7 特定個人情報の保管・消去.
    #[doc(alias = "特定個人情報の保管・消去")]
    pub struct StorageRisks {
        /// リスク：特定個人情報の漏えい・滅失・毀損リスク.
        pub risk: LeakageRisk,
        /// その他のリスク及びそのリスクに対する措置.
        pub other_risks: Option<String>,
    }

    /// 重点 Ⅲ7 リスク：特定個人情報の漏えい・滅失・毀損リスク, items ① and ②.
    #[doc(alias = "特定個人情報の漏えい・滅失・毀損リスク")]
    pub struct LeakageRisk {
        /// ①事故発生時手順の策定・周知.
        pub incident_procedure: Option<Effort>,
        /// ②過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか (not ※).
        pub serious_incident: RecentIncidents,
        /// その他の措置の内容.
        pub other_measures: Option<String>,
        /// リスクへの対策は十分か.
        pub sufficiency: Option<Sufficiency>,
    }
}
