//! Ⅱ 特定個人情報ファイルの概要: one block per file or group of files (全項目・重点).

use super::builder::setters;
use std::collections::BTreeMap;

use super::{
    CheckSet, DataSubjectBand, DateOrMonth, Destination, Entrustment, EntrustmentStatus, FileKind,
    Medium, RecordItemBand, RecordItemCategory, RecordItems, RetentionPeriod, SourceKind,
    StaffCountBand,
};

model! {
    /// One block of Ⅱ 特定個人情報ファイルの概要 (全項目・重点 forms).
    ///
    /// A block may cover several files (`国保賦課ファイル、国保資格ファイル`), hence
    /// [`names`](Self::names). Items that only the 全項目 form has are `None` in a 重点 report; the
    /// item table ([`ItemId`](crate::report::ItemId)) says which form has which item.
    ///
    /// Declared counts are kept beside the listed entries and never forced to agree: 江戸川区
    /// declares 提供 （28）件 and prints 20 提供先.
    ///
    /// ```
    /// use mynumber_pia::report::{DataSubjectBand, Entrustment, FileBlock, StaffCountBand};
    ///
    /// let block = FileBlock::new("国保給付ファイル", DataSubjectBand::From100kTo1m)
    ///     .with_user_count(StaffCountBand::From100To500)
    ///     .with_entrustment(Entrustment::new("レセプト点検", "点検株式会社", StaffCountBand::Under10));
    /// assert_eq!(block.entrustments.len(), 1);
    /// assert_eq!(block.entrustment_count, Some(1));
    /// ```
    #[doc(alias = "特定個人情報ファイルの概要")]
    #[doc(alias = "特定個人情報ファイル")]
    pub struct FileBlock {
        /// １．特定個人情報ファイル名: the file or files the block covers.
        pub names: Vec<String>,
        /// ２①ファイルの種類 ※.
        pub kind: Option<FileKind>,
        /// ２②対象となる本人の数.
        pub data_subjects: Option<DataSubjectBand>,
        /// ２③対象となる本人の範囲 ※.
        pub subject_scope: Option<String>,
        /// ２③その必要性.
        pub subject_scope_necessity: Option<String>,
        /// ２④記録される項目.
        pub record_item_count: Option<RecordItemBand>,
        /// ２④主な記録項目 ※ (checkboxes, その他 text for 業務関係情報).
        pub main_record_items: CheckSet<RecordItemCategory>,
        /// ２④その妥当性.
        pub record_items_validity: Option<String>,
        /// ２④全ての記録項目 (usually 「別添２を参照。」).
        pub all_record_items: Option<String>,
        /// ２⑤保有開始日.
        pub holding_start: Option<DateOrMonth>,
        /// ２⑥事務担当部署.
        pub department: Option<String>,
        /// ３ 入手 (①入手元 … ⑤本人への明示).
        pub acquisition: Acquisition,
        /// ３ 使用 (使用目的 … 使用開始日).
        pub usage: Usage,
        /// ４ 委託の有無 ※.
        pub entrustment_status: Option<EntrustmentStatus>,
        /// ４ 委託の有無 「（ N ）件」: the declared count, kept even when it differs from
        /// [`entrustments`](Self::entrustments).
        pub entrustment_count: Option<u32>,
        /// ４ 委託事項1…N.
        #[serde(deserialize_with = "super::strict::list")]
        pub entrustments: Vec<Entrustment>,
        /// ５ 提供・移転の有無, with the declared counts.
        pub provision_transfer: ProvisionTransferStatus,
        /// ５ 提供先1…N (provision to another body).
        #[serde(deserialize_with = "super::strict::list")]
        pub provisions: Vec<Destination>,
        /// ５ 移転先1…N (transfer to another department of the same body).
        #[serde(deserialize_with = "super::strict::list")]
        pub transfers: Vec<Destination>,
        /// ６ 保管・消去.
        pub storage: Storage,
        /// ７ 備考.
        pub remarks: Option<String>,
        /// （別添） 特定個人情報ファイル記録項目: the record items, when the report lists them.
        #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
        pub record_item_list: RecordItems,
    }

    /// ３ 特定個人情報の入手 (全項目 Ⅱ3①–⑤, 重点 Ⅱ3①②).
    ///
    /// ```
    /// use mynumber_pia::report::{Acquisition, SourceKind};
    ///
    /// let mut a = Acquisition::default();
    /// a.sources.insert(SourceKind::Person, None);
    /// a.sources.insert(SourceKind::OtherDepartment, Some("区民課".into()));
    /// assert_eq!(a.sources.len(), 2);
    /// ```
    #[doc(alias = "特定個人情報の入手")]
    pub struct Acquisition {
        /// ①入手元 ※: the checked sources, each with the text written in its （ ） (`null` when
        /// blank). JSON: `{"本人又は本人の代理人": null, "評価実施機関内の他部署": "区民課"}`.
        #[serde(deserialize_with = "sources_once_each")]
        #[cfg_attr(feature = "schema", schemars(schema_with = "sources_schema"))]
        pub sources: BTreeMap<SourceKind, Option<String>>,
        /// ②入手方法.
        pub methods: CheckSet<Medium>,
        /// ③入手の時期・頻度 (全項目 only).
        pub timing: Option<String>,
        /// ④入手に係る妥当性 (全項目 only).
        pub validity: Option<String>,
        /// ⑤本人への明示 (全項目 only).
        pub notice: Option<String>,
    }
}

/// Reads ①入手元, refusing a source written twice: JSON keeps both, and the second would
/// silently replace the first (the other maps of serde keep the last).
/// The schema of 入手元: an object from the labels of [`SourceKind`] to the text in their （ ）.
#[cfg(feature = "schema")]
fn sources_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "type": "object",
        "propertyNames": generator.subschema_for::<SourceKind>(),
        "additionalProperties": generator.subschema_for::<Option<String>>()
    })
}

fn sources_once_each<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<SourceKind, Option<String>>, D::Error> {
    struct Sources;

    impl<'de> serde::de::Visitor<'de> for Sources {
        type Value = BTreeMap<SourceKind, Option<String>>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("入手元（選択肢）ごとの（ ）内の記載のオブジェクト")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut sources = BTreeMap::new();
            while let Some(kind) = map.next_key::<SourceKind>()? {
                let text = map.next_value()?;
                if sources.insert(kind, text).is_some() {
                    return Err(serde::de::Error::custom(format!(
                        "入手元「{kind}」が2回あります"
                    )));
                }
            }
            Ok(sources)
        }
    }

    deserializer.deserialize_map(Sources)
}

model! {
    /// ３ 特定個人情報の使用 (全項目 Ⅱ3⑥–⑨, 重点 Ⅱ3③–⑥).
    ///
    /// ```
    /// use mynumber_pia::report::{StaffCountBand, Usage};
    ///
    /// let mut u = Usage::default();
    /// u.user_count = Some(StaffCountBand::From100To500);
    /// assert_eq!(u.user_count.map(|b| b.interval().to_string()).as_deref(), Some("100–499"));
    /// ```
    #[doc(alias = "特定個人情報の使用")]
    pub struct Usage {
        /// 使用目的 ※ (全項目 ⑥, 重点 ③).
        pub purpose: Option<String>,
        /// 変更の妥当性 (全項目 only).
        pub purpose_change_validity: Option<String>,
        /// 使用の主体 使用部署 (※ in 全項目).
        pub departments: Option<String>,
        /// 使用の主体 使用者数.
        pub user_count: Option<StaffCountBand>,
        /// 使用方法 (※ in 全項目).
        pub method: Option<String>,
        /// 情報の突合 (※ in 全項目).
        pub matching: Option<String>,
        /// 情報の統計分析 ※ (全項目 only).
        pub statistics: Option<String>,
        /// 権利利益に影響を与え得る決定 ※ (全項目 only).
        pub decisions: Option<String>,
        /// 使用開始日.
        pub start: Option<DateOrMonth>,
    }

    /// ５ 提供・移転の有無: the three boxes and the two declared counts.
    ///
    /// JSON: `{"provision": true, "provision_count": 28, "transfer": true, "transfer_count": 13,
    /// "neither": false}`.
    ///
    /// ```
    /// use mynumber_pia::report::ProvisionTransferStatus;
    ///
    /// let s = ProvisionTransferStatus::default();
    /// assert!(!s.provision && !s.transfer && !s.neither);
    /// ```
    #[doc(alias = "提供・移転の有無")]
    pub struct ProvisionTransferStatus {
        /// [ ] 提供を行っている.
        pub provision: bool,
        /// 提供を行っている 「（ N ）件」.
        pub provision_count: Option<u32>,
        /// [ ] 移転を行っている.
        pub transfer: bool,
        /// 移転を行っている 「（ N ）件」.
        pub transfer_count: Option<u32>,
        /// [ ] 行っていない.
        pub neither: bool,
    }

    /// ６ 特定個人情報の保管・消去 (全項目 ①–③; 重点 has 保管場所 only).
    ///
    /// ```
    /// use mynumber_pia::report::{RetentionPeriod, Storage};
    ///
    /// let mut s = Storage::default();
    /// s.retention = Some(RetentionPeriod::Undefined);
    /// assert_eq!(s.retention.and_then(RetentionPeriod::years), None);
    /// ```
    #[doc(alias = "特定個人情報の保管・消去")]
    pub struct Storage {
        /// ①保管場所 ※.
        pub location: Option<String>,
        /// ②保管期間 期間 (全項目 only).
        pub retention: Option<RetentionPeriod>,
        /// ②保管期間 その妥当性 (全項目 only).
        pub retention_validity: Option<String>,
        /// ③消去方法 (全項目 only).
        pub erasure: Option<String>,
    }
}

impl FileBlock {
    /// Adds a 提供先 (a 移転先 when `transfer`), checks 提供を行っている (移転を行っている) with the
    /// number of entries as its declared count, and unchecks 行っていない.
    fn add_destination(&mut self, transfer: bool, destination: Destination) {
        let status = &mut self.provision_transfer;
        let (list, checked, count) = if transfer {
            (
                &mut self.transfers,
                &mut status.transfer,
                &mut status.transfer_count,
            )
        } else {
            (
                &mut self.provisions,
                &mut status.provision,
                &mut status.provision_count,
            )
        };
        list.push(destination);
        *checked = true;
        *count = u32::try_from(list.len()).ok();
        status.neither = false;
    }

    /// A block for one file with its 本人の数: a システム用ファイル, with no entries yet.
    ///
    /// ```
    /// use mynumber_pia::report::{DataSubjectBand, FileBlock};
    ///
    /// let f = FileBlock::new("国保資格ファイル", DataSubjectBand::From100kTo1m);
    /// assert_eq!(f.names, ["国保資格ファイル"]);
    /// assert!(f.provision_transfer.neither && f.entrustments.is_empty());
    /// ```
    #[must_use]
    pub fn new(name: impl Into<String>, data_subjects: DataSubjectBand) -> Self {
        FileBlock {
            names: vec![name.into()],
            kind: Some(FileKind::System),
            data_subjects: Some(data_subjects),
            entrustment_status: Some(EntrustmentStatus::DoesNotEntrust),
            provision_transfer: ProvisionTransferStatus {
                neither: true,
                ..ProvisionTransferStatus::default()
            },
            ..FileBlock::default()
        }
    }

    setters! {
        /// Sets 使用者数.
        ///
        /// ```
        /// use mynumber_pia::report::{DataSubjectBand, FileBlock, StaffCountBand};
        ///
        /// let f = FileBlock::new("ファイル", DataSubjectBand::Under10k).with_user_count(StaffCountBand::Under10);
        /// assert_eq!(f.usage.user_count, Some(StaffCountBand::Under10));
        /// ```
        pub fn with_user_count(band: StaffCountBand) |f| f.usage.user_count = Some(band);

        /// Adds a 委託事項: sets 委託する and the declared count to the number of entries.
        ///
        /// ```
        /// use mynumber_pia::report::{DataSubjectBand, Entrustment, EntrustmentStatus, FileBlock, StaffCountBand};
        ///
        /// let f = FileBlock::new("ファイル", DataSubjectBand::Under10k)
        ///     .with_entrustment(Entrustment::new("保守", "保守会社", StaffCountBand::Under10))
        ///     .with_entrustment(Entrustment::new("印刷", "印刷会社", StaffCountBand::Under10));
        /// assert_eq!((f.entrustment_status, f.entrustment_count), (Some(EntrustmentStatus::Entrusts), Some(2)));
        /// ```
        pub fn with_entrustment(entrustment: Entrustment) |f| {
            f.entrustments.push(entrustment);
            f.entrustment_status = Some(EntrustmentStatus::Entrusts);
            f.entrustment_count = u32::try_from(f.entrustments.len()).ok();
        };

        /// Adds a 提供先: checks 提供を行っている and sets the declared count to the number of entries.
        ///
        /// ```
        /// use mynumber_pia::legal_basis::LegalBasis;
        /// use mynumber_pia::report::{DataSubjectBand, Destination, FileBlock};
        ///
        /// let basis = LegalBasis::parse("番号利用法第19条第8号")?;
        /// let f = FileBlock::new("ファイル", DataSubjectBand::Under10k)
        ///     .with_provision(Destination::new("全国健康保険協会", basis));
        /// assert!(f.provision_transfer.provision && !f.provision_transfer.neither);
        /// assert_eq!(f.provision_transfer.provision_count, Some(1));
        /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
        /// ```
        pub fn with_provision(provision: Destination) |f| f.add_destination(false, provision);

        /// Adds a 移転先: checks 移転を行っている and sets the declared count to the number of entries.
        ///
        /// ```
        /// use mynumber_pia::legal_basis::LegalBasis;
        /// use mynumber_pia::report::{DataSubjectBand, Destination, FileBlock};
        ///
        /// let f = FileBlock::new("ファイル", DataSubjectBand::Under10k)
        ///     .with_transfer(Destination::new("市民課", LegalBasis::parse("住民基本台帳法第7条")?));
        /// assert_eq!((f.provision_transfer.transfer, f.provision_transfer.transfer_count), (true, Some(1)));
        /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
        /// ```
        pub fn with_transfer(transfer: Destination) |f| f.add_destination(true, transfer);
    }
}
