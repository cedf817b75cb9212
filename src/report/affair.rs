//! Ⅰ 基本情報 (基礎: Ⅰ 関連情報): the 事務, its legal bases and its department.

use super::{InfoLinkage, LinkageBasis};
use crate::legal_basis::LegalBasis;
use crate::threshold::SubjectCountBand;

model! {
    /// Ⅰ 基本情報 of the 全項目 and 重点 forms, Ⅰ 関連情報 of the 基礎 form: the 事務 (affair) assessed.
    ///
    /// The systems (Ⅰ2) are [`Report::systems`](crate::report::Report::systems); the 開示請求 and
    /// 問合せ items that the 基礎 form prints in Ⅰ7 and Ⅰ8 are in
    /// [`Report::disclosure`](crate::report::Report::disclosure).
    ///
    /// ```
    /// use mynumber_pia::report::{Affair, InfoLinkage, LinkageBasis};
    /// use mynumber_pia::threshold::SubjectCountBand;
    ///
    /// let mut affair = Affair::default();
    /// affair.name = "国民健康保険に関する事務".into();
    /// affair.subject_count = Some(SubjectCountBand::AtLeast300k);
    /// affair.info_linkage = Some(InfoLinkage::Yes);
    /// affair.info_linkage_basis = Some(LinkageBasis::parse("（1）情報提供の根拠\nなし\n（2）情報照会の根拠\n番号利用法第19条第8号")?);
    /// assert_eq!(affair.subject_count.map(|b| b.label()), Some("30万人以上"));
    /// assert!(affair.info_linkage_basis.as_ref().is_some_and(|b| b.provision().says_none()));
    /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
    /// ```
    #[doc(alias = "基本情報")]
    #[doc(alias = "関連情報")]
    #[doc(alias = "事務")]
    pub struct Affair {
        /// ①事務の名称 (Ⅰ1①).
        pub name: String,
        /// ②事務の内容 ※ (全項目, 重点 Ⅰ1②) / ②事務の概要 (基礎 Ⅰ1②).
        pub description: Option<String>,
        /// ③対象人数 (全項目・重点 Ⅰ1③). The 基礎 form asks it in Ⅱ1 instead, with its count date:
        /// see [`basic::ThresholdItems`](crate::report::basic::ThresholdItems).
        pub subject_count: Option<SubjectCountBand>,
        /// 特定個人情報ファイル名 (全項目・重点 Ⅰ3, 基礎 Ⅰ2), one entry per file.
        #[serde(deserialize_with = "super::strict::list")]
        pub file_names: Vec<String>,
        /// ①事務実施上の必要性 (全項目 Ⅰ4① only).
        pub necessity: Option<String>,
        /// ②実現が期待されるメリット (全項目 Ⅰ4② only).
        pub benefits: Option<String>,
        /// 個人番号の利用 ※ 法令上の根拠 (全項目 Ⅰ5, 重点 Ⅰ4, 基礎 Ⅰ3).
        pub number_use_basis: Option<LegalBasis>,
        /// 情報提供ネットワークシステムによる情報連携 ※ ①実施の有無 (全項目 Ⅰ6①, 重点 Ⅰ5①, 基礎 Ⅰ4①).
        pub info_linkage: Option<InfoLinkage>,
        /// 情報連携 ②法令上の根拠 (番号法 第19条第8号 and its 主務省令): the whole cell with its
        /// （1）情報提供の根拠 and （2）情報照会の根拠 parts (see [`LinkageBasis`]).
        pub info_linkage_basis: Option<LinkageBasis>,
        /// 評価実施機関における担当部署 ①部署.
        pub department: Option<String>,
        /// ②所属長の役職名 (a title only since the 平成30年 様式; older reports held names).
        pub department_head: Option<String>,
        /// 他の評価実施機関 (`なし`, `－` or blank: `null`).
        pub other_bodies: Option<String>,
        /// （別添１） 事務の内容 (全項目 only): usually 「別ファイルで添付します。」 and its 備考.
        pub description_appendix: Option<String>,
    }
}
