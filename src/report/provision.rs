//! Ⅱ5 提供先 and 移転先.

use super::builder::setters;
use super::{CheckSet, DataSubjectBand, Medium};
use crate::legal_basis::LegalBasis;

model! {
    /// 提供先N or 移転先N: where 特定個人情報 goes, with the seven items ①–⑦ the two share.
    ///
    /// 提供 goes to another body, 移転 to another department of the same body. The form labels
    /// differ only in wording (提供先における用途 / 移転先における用途, …).
    ///
    /// ```
    /// use mynumber_pia::legal_basis::LegalBasis;
    /// use mynumber_pia::report::{CheckSet, DataSubjectBand, Destination, Medium};
    ///
    /// let d = Destination::new("全国健康保険協会", LegalBasis::parse("番号利用法第19条第８号に基づく主務省令第２条の表の2の項")?)
    ///     .with_methods(CheckSet::of([Medium::InfoNetwork]));
    /// assert_eq!(d.legal_basis.as_ref().map(LegalBasis::as_str),
    ///     Some("番号利用法第19条第８号に基づく主務省令第２条の表の2の項"));
    /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
    /// ```
    #[doc(alias = "提供先")]
    #[doc(alias = "移転先")]
    pub struct Destination {
        /// 提供先N / 移転先N: the recipient body or department.
        pub name: Option<String>,
        /// ①法令上の根拠.
        pub legal_basis: Option<LegalBasis>,
        /// ②提供先（移転先）における用途.
        pub purpose: Option<String>,
        /// ③提供（移転）する情報.
        pub information: Option<String>,
        /// ④提供（移転）する情報の対象となる本人の数.
        pub data_subjects: Option<DataSubjectBand>,
        /// ⑤提供（移転）する情報の対象となる本人の範囲.
        pub subject_scope: Option<String>,
        /// ⑥提供方法 / 移転方法.
        pub methods: CheckSet<Medium>,
        /// ⑦時期・頻度.
        pub timing: Option<String>,
        /// A note of the transcriber (not a form item), e.g. that a transfer to a 広域連合 is
        /// recorded as 移転 「便宜上」.
        pub note: Option<String>,
    }
}

impl Destination {
    /// A destination with its name and legal basis.
    ///
    /// ```
    /// use mynumber_pia::legal_basis::LegalBasis;
    /// use mynumber_pia::report::{CheckSet, DataSubjectBand, Destination, Medium};
    ///
    /// let d = Destination::new("市民課", LegalBasis::parse("住民基本台帳法第7条")?);
    /// assert_eq!(d.name.as_deref(), Some("市民課"));
    /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
    /// ```
    #[must_use]
    pub fn new(name: impl Into<String>, legal_basis: LegalBasis) -> Self {
        Destination {
            name: Some(name.into()),
            legal_basis: Some(legal_basis),
            ..Destination::default()
        }
    }

    setters! {
        /// Sets ⑥提供方法 / 移転方法.
        ///
        /// ```
        /// use mynumber_pia::legal_basis::LegalBasis;
        /// use mynumber_pia::report::{CheckSet, DataSubjectBand, Destination, Medium};
        ///
        /// let d = Destination::new("市民課", LegalBasis::parse("住民基本台帳法第7条")?)
        ///     .with_methods(CheckSet::of([Medium::IntraOffice]));
        /// assert!(d.methods.contains(Medium::IntraOffice));
        /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
        /// ```
        pub fn with_methods(methods: CheckSet<Medium>) |d| d.methods = methods;

        /// Sets ④ 対象となる本人の数.
        ///
        /// ```
        /// use mynumber_pia::legal_basis::LegalBasis;
        /// use mynumber_pia::report::{CheckSet, DataSubjectBand, Destination, Medium};
        ///
        /// let d = Destination::new("市民課", LegalBasis::parse("住民基本台帳法第7条")?)
        ///     .with_data_subjects(DataSubjectBand::From10kTo100k);
        /// assert_eq!(d.data_subjects, Some(DataSubjectBand::From10kTo100k));
        /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
        /// ```
        pub fn with_data_subjects(band: DataSubjectBand) |d| d.data_subjects = Some(band);
    }
}
