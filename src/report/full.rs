//! What only the 全項目評価書 (様式4) has: Ⅲ リスク対策 in full and Ⅳ その他のリスク対策.

pub use crate::form::choices::{DeceasedNumbers, Maintained, NiscCompliance, Publicized};

use super::{
    Control, Effort, Established, Performed, ReEntrusteeOversight, RecentIncidents, Recorded,
    Restricted, Risk, Sufficiency,
};

model! {
    /// The chapters of the 全項目評価書 (様式4) that the other forms do not have in this shape:
    /// Ⅲ 特定個人情報ファイルの取扱いプロセスにおけるリスク対策 ※ and Ⅳ その他のリスク対策 ※.
    ///
    /// ```
    /// use mynumber_pia::report::full::Part;
    ///
    /// let part = Part::default();
    /// assert!(part.risk_measures.file_names.is_empty());
    /// ```
    #[doc(alias = "全項目評価書")]
    pub struct Part {
        /// Ⅲ リスク対策 (once for the whole report).
        pub risk_measures: RiskMeasures,
        /// Ⅳ その他のリスク対策.
        pub other_measures: OtherMeasures,
    }

    /// Ⅲ 特定個人情報ファイルの取扱いプロセスにおけるリスク対策 ※（７．リスク１⑨を除く。）.
    #[doc(alias = "特定個人情報ファイルの取扱いプロセスにおけるリスク対策")]
    pub struct RiskMeasures {
        /// １．特定個人情報ファイル名.
        pub file_names: Vec<String>,
        /// ２．特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）.
        pub acquisition: AcquisitionRisks,
        /// ３．特定個人情報の使用.
        pub usage: UsageRisks,
        /// ４．特定個人情報ファイルの取扱いの委託.
        pub entrustment: EntrustmentRisks,
        /// ５．特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）.
        pub provision_transfer: ProvisionRisks,
        /// ６．情報提供ネットワークシステムとの接続.
        pub network: NetworkRisks,
        /// ７．特定個人情報の保管・消去.
        pub storage: StorageRisks,
    }

    /// Ⅲ2 特定個人情報の入手: リスク1–4.
    #[doc(alias = "特定個人情報の入手")]
    pub struct AcquisitionRisks {
        /// リスク１：目的外の入手が行われるリスク.
        pub risk1: UnintendedAcquisitionRisk,
        /// リスク２：不適切な方法で入手が行われるリスク.
        pub risk2: Risk,
        /// リスク３：入手した特定個人情報が不正確であるリスク.
        pub risk3: InaccuracyRisk,
        /// リスク４：入手の際に特定個人情報が漏えい・紛失するリスク.
        pub risk4: Risk,
        /// 特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）におけるその他のリスク及びそのリスクに対する措置.
        pub other_risks: Option<String>,
    }

    /// Ⅲ2 リスク１：目的外の入手が行われるリスク.
    #[doc(alias = "目的外の入手が行われるリスク")]
    pub struct UnintendedAcquisitionRisk {
        /// 対象者以外の情報の入手を防止するための措置の内容.
        pub non_subject_prevention: Option<String>,
        /// 必要な情報以外を入手することを防止するための措置の内容.
        pub unnecessary_info_prevention: Option<String>,
        /// その他の措置の内容.
        pub other_measures: Option<String>,
        /// リスクへの対策は十分か.
        pub sufficiency: Option<Sufficiency>,
    }

    /// Ⅲ2 リスク３：入手した特定個人情報が不正確であるリスク.
    #[doc(alias = "入手した特定個人情報が不正確であるリスク")]
    pub struct InaccuracyRisk {
        /// 入手の際の本人確認の措置の内容.
        pub identity_check: Option<String>,
        /// 個人番号の真正性確認の措置の内容.
        pub number_authenticity: Option<String>,
        /// 特定個人情報の正確性確保の措置の内容.
        pub accuracy: Option<String>,
        /// その他の措置の内容.
        pub other_measures: Option<String>,
        /// リスクへの対策は十分か.
        pub sufficiency: Option<Sufficiency>,
    }

    /// Ⅲ3 特定個人情報の使用: リスク1–4.
    #[doc(alias = "特定個人情報の使用")]
    pub struct UsageRisks {
        /// リスク１：目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク.
        pub risk1: LinkingRisk,
        /// リスク２：権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスク.
        pub risk2: UnauthorizedUseRisk,
        /// リスク３：従業者が事務外で使用するリスク.
        pub risk3: Risk,
        /// リスク４：特定個人情報ファイルが不正に複製されるリスク.
        pub risk4: Risk,
        /// 特定個人情報の使用におけるその他のリスク及びそのリスクに対する措置.
        pub other_risks: Option<String>,
    }

    /// Ⅲ3 リスク１：目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク.
    #[doc(alias = "目的を超えた紐付け")]
    pub struct LinkingRisk {
        /// 宛名システム等における措置の内容.
        pub address_system_measures: Option<String>,
        /// 事務で使用するその他のシステムにおける措置の内容.
        pub other_system_measures: Option<String>,
        /// その他の措置の内容.
        pub other_measures: Option<String>,
        /// リスクへの対策は十分か.
        pub sufficiency: Option<Sufficiency>,
    }

    /// Ⅲ3 リスク２：権限のない者によって不正に使用されるリスク, with its four typed controls.
    #[doc(alias = "権限のない者によって不正に使用されるリスク")]
    pub struct UnauthorizedUseRisk {
        /// ユーザ認証の管理 / 具体的な管理方法.
        pub user_auth: Control<Performed>,
        /// アクセス権限の発効・失効の管理 / 具体的な管理方法.
        pub access_grant: Control<Performed>,
        /// アクセス権限の管理 / 具体的な管理方法.
        pub access_rights: Control<Performed>,
        /// 特定個人情報の使用の記録 / 具体的な方法.
        pub usage_record: Control<Recorded>,
        /// その他の措置の内容.
        pub other_measures: Option<String>,
        /// リスクへの対策は十分か.
        pub sufficiency: Option<Sufficiency>,
    }

    /// Ⅲ4 特定個人情報ファイルの取扱いの委託.
    #[doc(alias = "特定個人情報ファイルの取扱いの委託")]
    pub struct EntrustmentRisks {
        /// [ ] 委託しない.
        pub not_entrusted: bool,
        /// The risks of 委託 (不正入手・不正な使用, 不正な提供, 保管・消去, 契約終了後, 再委託) and
        /// their common controls.
        pub risk: EntrusteeRisk,
        /// 特定個人情報ファイルの取扱いの委託におけるその他のリスク及びそのリスクに対する措置.
        pub other_risks: Option<String>,
    }

    /// Ⅲ4: 委託先による不正入手・不正な使用・不正な提供・保管・消去、委託契約終了後の不正な使用、
    /// 再委託に関するリスク, with the controls the form asks.
    #[doc(alias = "委託先による特定個人情報の不正入手・不正な使用に関するリスク")]
    pub struct EntrusteeRisk {
        /// 情報保護管理体制の確認.
        pub protection_check: Option<String>,
        /// 特定個人情報ファイルの閲覧者・更新者の制限 / 具体的な制限方法.
        pub viewer_restriction: Control<Restricted>,
        /// 特定個人情報ファイルの取扱いの記録 / 具体的な方法.
        pub handling_record: Control<Recorded>,
        /// 特定個人情報の提供ルール.
        pub provision_rule: ProvisionRule,
        /// 特定個人情報の消去ルール / ルールの内容及びルール遵守の確認方法.
        pub erasure_rule: Control<Established>,
        /// 委託契約書中の特定個人情報ファイルの取扱いに関する規定 / 規定の内容.
        pub contract_clause: Control<Established>,
        /// 再委託先による特定個人情報ファイルの適切な取扱いの確保 / 具体的な方法.
        pub re_entrustee_assurance: Control<ReEntrusteeOversight>,
        /// その他の措置の内容.
        pub other_measures: Option<String>,
        /// リスクへの対策は十分か.
        pub sufficiency: Option<Sufficiency>,
    }

    /// Ⅲ4 特定個人情報の提供ルール, with its two texts.
    #[doc(alias = "特定個人情報の提供ルール")]
    pub struct ProvisionRule {
        /// 定めている / 定めていない.
        pub status: Option<Established>,
        /// 委託先から他者への提供に関するルールの内容及びルール遵守の確認方法.
        pub to_others: Option<String>,
        /// 委託元と委託先間の提供に関するルールの内容及びルール遵守の確認方法.
        pub between: Option<String>,
    }

    /// Ⅲ5 特定個人情報の提供・移転: リスク1–3.
    #[doc(alias = "特定個人情報の提供・移転")]
    pub struct ProvisionRisks {
        /// [ ] 提供・移転しない.
        pub not_provided: bool,
        /// リスク１：不正な提供・移転が行われるリスク.
        pub risk1: ImproperProvisionRisk,
        /// リスク２：不適切な方法で提供・移転が行われるリスク.
        pub risk2: Risk,
        /// リスク３：誤った情報を提供・移転してしまうリスク、誤った相手に提供・移転してしまうリスク.
        pub risk3: Risk,
        /// 特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）におけるその他のリスク及びそのリスクに対する措置.
        pub other_risks: Option<String>,
    }

    /// Ⅲ5 リスク１：不正な提供・移転が行われるリスク.
    #[doc(alias = "不正な提供・移転が行われるリスク")]
    pub struct ImproperProvisionRisk {
        /// 特定個人情報の提供・移転の記録 / 具体的な方法.
        pub record: Control<Recorded>,
        /// 特定個人情報の提供・移転に関するルール / ルールの内容及びルール遵守の確認方法.
        pub rule: Control<Established>,
        /// その他の措置の内容.
        pub other_measures: Option<String>,
        /// リスクへの対策は十分か.
        pub sufficiency: Option<Sufficiency>,
    }

    /// Ⅲ6 情報提供ネットワークシステムとの接続: リスク1–7.
    #[doc(alias = "情報提供ネットワークシステムとの接続")]
    pub struct NetworkRisks {
        /// [ ] 接続しない（入手）.
        pub not_connected_acquisition: bool,
        /// [ ] 接続しない（提供）.
        pub not_connected_provision: bool,
        /// リスク１：目的外の入手が行われるリスク.
        pub risk1: Risk,
        /// リスク２：安全が保たれない方法によって入手が行われるリスク.
        pub risk2: Risk,
        /// リスク３：入手した特定個人情報が不正確であるリスク.
        pub risk3: Risk,
        /// リスク４：入手の際に特定個人情報が漏えい・紛失するリスク.
        pub risk4: Risk,
        /// リスク５：不正な提供が行われるリスク.
        pub risk5: Risk,
        /// リスク６：不適切な方法で提供されるリスク.
        pub risk6: Risk,
        /// リスク７：誤った情報を提供してしまうリスク、誤った相手に提供してしまうリスク.
        pub risk7: Risk,
        /// 情報提供ネットワークシステムとの接続に伴うその他のリスク及びそのリスクに対する措置.
        pub other_risks: Option<String>,
    }

    /// Ⅲ7 特定個人情報の保管・消去: リスク1–3.
    #[doc(alias = "特定個人情報の保管・消去")]
    pub struct StorageRisks {
        /// リスク１：特定個人情報の漏えい・滅失・毀損リスク.
        pub risk1: LeakageRisk,
        /// リスク２：特定個人情報が古い情報のまま保管され続けるリスク.
        pub risk2: Risk,
        /// リスク３：特定個人情報が消去されずいつまでも存在するリスク.
        pub risk3: LingeringDataRisk,
        /// 特定個人情報の保管・消去におけるその他のリスク及びそのリスクに対する措置.
        pub other_risks: Option<String>,
    }

    /// Ⅲ7 リスク１：特定個人情報の漏えい・滅失・毀損リスク, items ①–⑩.
    #[doc(alias = "特定個人情報の漏えい・滅失・毀損リスク")]
    pub struct LeakageRisk {
        /// ①NISC政府機関統一基準群.
        pub nisc: Option<NiscCompliance>,
        /// ②安全管理体制.
        pub safety_system: Option<Maintained>,
        /// ③安全管理規程.
        pub safety_rules: Option<Maintained>,
        /// ④安全管理体制・規程の職員への周知.
        pub staff_awareness: Option<Publicized>,
        /// ⑤物理的対策 / 具体的な対策の内容.
        pub physical: Control<Effort>,
        /// ⑥技術的対策 / 具体的な対策の内容.
        pub technical: Control<Effort>,
        /// ⑦バックアップ.
        pub backup: Option<Effort>,
        /// ⑧事故発生時手順の策定・周知.
        pub incident_procedure: Option<Effort>,
        /// ⑨過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか (not ※).
        pub serious_incident: RecentIncidents,
        /// ⑩死者の個人番号 / 具体的な保管方法.
        pub deceased_numbers: Control<DeceasedNumbers>,
        /// その他の措置の内容.
        pub other_measures: Option<String>,
        /// リスクへの対策は十分か.
        pub sufficiency: Option<Sufficiency>,
    }

    /// Ⅲ7 リスク３：特定個人情報が消去されずいつまでも存在するリスク.
    #[doc(alias = "特定個人情報が消去されずいつまでも存在するリスク")]
    pub struct LingeringDataRisk {
        /// 消去手順 / 手順の内容.
        pub erasure_procedure: Control<Established>,
        /// その他の措置の内容.
        pub other_measures: Option<String>,
        /// リスクへの対策は十分か.
        pub sufficiency: Option<Sufficiency>,
    }

    /// Ⅳ その他のリスク対策 ※ (全項目 only; the 重点 form folds these into Ⅲ8–10).
    #[doc(alias = "その他のリスク対策")]
    pub struct OtherMeasures {
        /// １①自己点検 / 具体的なチェック方法.
        pub self_check: Control<Effort>,
        /// １②監査 / 具体的な内容.
        pub audit: Control<Effort>,
        /// ２ 従業者に対する教育・啓発 / 具体的な方法.
        pub training: Control<Effort>,
        /// ３ その他のリスク対策.
        pub other: Option<String>,
    }
}
