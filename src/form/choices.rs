//! Every ＜選択肢＞ list and checkbox list of the three forms, with the exact labels.
//!
//! Single-choice lists (＜選択肢＞) are enums; checkbox lists are [`CheckSet`]s of an enum plus the
//! text written in the 「その他（ ）」 box. Every enum implements [`Choice`]: its
//! labels are the ones the 令和6年10月 forms print, character for character.
//!
//! Three population scales exist and are kept apart: 対象人数 of the 事務
//! ([`SubjectCountBand`](crate::threshold::SubjectCountBand)), 本人の数 of a file, 委託 or
//! 提供・移転 ([`DataSubjectBand`]), and 使用者数 / 委託先における取扱者数 ([`StaffCountBand`]).
//! Each band gives the numbers it stands for as an [`Interval`], so that
//! several bands can be added up.

#[cfg(feature = "schema")]
use std::collections::BTreeSet;
use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use crate::label::choice_enum;
use crate::setters::setters;
use crate::{Choice, Interval};
use strum::EnumCount;

choice_enum! {
    /// 情報提供ネットワークシステムによる情報連携 ①実施の有無 (全項目 Ⅰ6①, 重点 Ⅰ5①, 基礎 Ⅰ4①).
    ///
    /// ```
    /// use mynumber_pia::report::InfoLinkage;
    ///
    /// assert_eq!("1) 実施する".parse(), Ok(InfoLinkage::Yes));
    /// ```
    #[doc(alias = "実施の有無")]
    #[doc(alias = "情報連携")]
    pub enum InfoLinkage: "情報連携の実施の有無" {
        /// The 事務 exchanges information through the network (番号法 第19条第8号).
        Yes => "実施する",
        /// It does not.
        No => "実施しない",
        /// Not decided yet.
        Undecided => "未定",
    }
}

choice_enum! {
    /// ①ファイルの種類 ※ of a 特定個人情報ファイル (全項目・重点 Ⅱ2①).
    ///
    /// ```
    /// use mynumber_pia::report::FileKind;
    ///
    /// assert_eq!("その他の電子ファイル(表計算ファイル等)".parse(), Ok(FileKind::OtherElectronic));
    /// ```
    pub enum FileKind: "ファイルの種類" {
        /// A file held in a system.
        System => "システム用ファイル",
        /// Another electronic file, e.g. a spreadsheet.
        OtherElectronic => "その他の電子ファイル（表計算ファイル等）",
    }
}

choice_enum! {
    /// 対象となる本人の数 of a file, an entrustment, a provision or a transfer
    /// (全項目・重点 Ⅱ2②, Ⅱ4②, Ⅱ5④). Not the 対象人数 of the 事務, which has other bands.
    ///
    /// ```
    /// use mynumber_pia::report::DataSubjectBand;
    ///
    /// let band: DataSubjectBand = "10万人以上100万人未満".parse()?;
    /// assert_eq!(band.interval().min(), 100_000);
    /// # Ok::<(), mynumber_pia::ParseChoiceError>(())
    /// ```
    #[doc(alias = "本人の数")]
    pub enum DataSubjectBand: "対象となる本人の数" {
        /// Fewer than 10,000 people.
        Under10k => "1万人未満",
        /// 10,000 to 99,999 people.
        From10kTo100k => "1万人以上10万人未満",
        /// 100,000 to 999,999 people.
        From100kTo1m => "10万人以上100万人未満",
        /// 1,000,000 to 9,999,999 people.
        From1mTo10m => "100万人以上1,000万人未満",
        /// 10,000,000 people or more.
        AtLeast10m => "1,000万人以上",
    }
    /// The numbers the band stands for, as its label prints them (`…以上` inclusive, `…未満`
    /// exclusive).
    ///
    /// ```
    /// use mynumber_pia::Interval;
    /// use mynumber_pia::report::DataSubjectBand;
    ///
    /// assert_eq!(DataSubjectBand::Under10k.interval(), Interval::up_to(9_999));
    /// assert_eq!(DataSubjectBand::AtLeast10m.interval(), Interval::at_least(10_000_000));
    /// ```
    pub const fn interval = [0, 10_000, 100_000, 1_000_000, 10_000_000];
}

choice_enum! {
    /// ④記録される項目: how many items a file records (全項目・重点 Ⅱ2④).
    ///
    /// ```
    /// use mynumber_pia::report::RecordItemBand;
    ///
    /// assert_eq!("100項目以上".parse::<RecordItemBand>()?.interval().max(), None);
    /// # Ok::<(), mynumber_pia::ParseChoiceError>(())
    /// ```
    pub enum RecordItemBand: "記録される項目" {
        /// Fewer than 10 items.
        Under10 => "10項目未満",
        /// 10 to 49 items.
        From10To50 => "10項目以上50項目未満",
        /// 50 to 99 items.
        From50To100 => "50項目以上100項目未満",
        /// 100 items or more.
        AtLeast100 => "100項目以上",
    }
    /// The numbers the band stands for, as its label prints them (`…以上` inclusive, `…未満`
    /// exclusive).
    ///
    /// ```
    /// use mynumber_pia::Interval;
    /// use mynumber_pia::report::RecordItemBand;
    ///
    /// assert_eq!(RecordItemBand::From10To50.interval(), Interval::new(10, Some(49))?);
    /// # Ok::<(), mynumber_pia::EmptyIntervalError>(())
    /// ```
    pub const fn interval = [0, 10, 50, 100];
}

choice_enum! {
    /// 使用者数 (全項目 Ⅱ3⑦, 重点 Ⅱ3④) and 委託先における取扱者数 (全項目 Ⅱ4③, 重点 Ⅱ4②): the
    /// people handling a file. Their sum bounds the 取扱者数 of the しきい値判断
    /// (指針 第5の2), see [`Report::handler_interval`](crate::report::Report::handler_interval).
    ///
    /// ```
    /// use mynumber_pia::report::StaffCountBand;
    ///
    /// assert_eq!("１０人以上５０人未満".parse(), Ok(StaffCountBand::From10To50));
    /// ```
    #[doc(alias = "使用者数")]
    #[doc(alias = "委託先における取扱者数")]
    pub enum StaffCountBand: "使用者数・取扱者数" {
        /// Fewer than 10 people.
        Under10 => "10人未満",
        /// 10 to 49 people.
        From10To50 => "10人以上50人未満",
        /// 50 to 99 people.
        From50To100 => "50人以上100人未満",
        /// 100 to 499 people.
        From100To500 => "100人以上500人未満",
        /// 500 to 999 people.
        From500To1000 => "500人以上1,000人未満",
        /// 1,000 people or more.
        AtLeast1000 => "1,000人以上",
    }
    /// The numbers the band stands for, as its label prints them (`…以上` inclusive, `…未満`
    /// exclusive).
    ///
    /// ```
    /// use mynumber_pia::Interval;
    /// use mynumber_pia::report::StaffCountBand;
    ///
    /// assert_eq!(StaffCountBand::From100To500.interval(), Interval::new(100, Some(499))?);
    /// assert_eq!(StaffCountBand::AtLeast1000.interval(), Interval::at_least(1_000));
    /// # Ok::<(), mynumber_pia::EmptyIntervalError>(())
    /// ```
    pub const fn interval = [0, 10, 50, 100, 500, 1_000];
}

choice_enum! {
    /// 委託の有無 ※ (全項目・重点 Ⅱ4).
    ///
    /// ```
    /// use mynumber_pia::report::EntrustmentStatus;
    ///
    /// assert_eq!("1） 委託する".parse(), Ok(EntrustmentStatus::Entrusts));
    /// ```
    pub enum EntrustmentStatus: "委託の有無" {
        /// The handling of the file is entrusted (番号法 第10条).
        Entrusts => "委託する",
        /// It is not.
        DoesNotEntrust => "委託しない",
    }
}

choice_enum! {
    /// ②取扱いを委託する特定個人情報ファイルの範囲 (全項目 Ⅱ4②).
    ///
    /// ```
    /// use mynumber_pia::report::EntrustedScope;
    ///
    /// assert_eq!(EntrustedScope::Whole.label(), "特定個人情報ファイルの全体");
    /// ```
    pub enum EntrustedScope: "取扱いを委託する特定個人情報ファイルの範囲" {
        /// The whole file.
        Whole => "特定個人情報ファイルの全体",
        /// Part of the file.
        Part => "特定個人情報ファイルの一部",
    }
}

choice_enum! {
    /// 再委託の有無 ※ (全項目 Ⅱ4⑦, 重点 Ⅱ4④).
    ///
    /// ```
    /// use mynumber_pia::report::ReEntrustmentStatus;
    ///
    /// assert_eq!("再委託しない".parse(), Ok(ReEntrustmentStatus::DoesNotReEntrust));
    /// ```
    pub enum ReEntrustmentStatus: "再委託の有無" {
        /// The entrustee re-entrusts (only with the permission of the original body, 番号法 第10条).
        ReEntrusts => "再委託する",
        /// It does not.
        DoesNotReEntrust => "再委託しない",
    }
}

choice_enum! {
    /// 保管期間 (全項目 Ⅱ6②). The 重点項目評価書 has no such item.
    ///
    /// ```
    /// use mynumber_pia::report::RetentionPeriod;
    ///
    /// assert_eq!("20年以上".parse::<RetentionPeriod>()?.years(), Some(mynumber_pia::Interval::at_least(20)));
    /// assert_eq!(RetentionPeriod::Undefined.years(), None);
    /// # Ok::<(), mynumber_pia::ParseChoiceError>(())
    /// ```
    pub enum RetentionPeriod: "保管期間" {
        /// Less than a year.
        UnderOneYear => "1年未満",
        /// One year.
        OneYear => "1年",
        /// Two years.
        TwoYears => "2年",
        /// Three years.
        ThreeYears => "3年",
        /// Four years.
        FourYears => "4年",
        /// Five years.
        FiveYears => "5年",
        /// Six to nine years.
        From6To10Years => "6年以上10年未満",
        /// Ten to nineteen years.
        From10To20Years => "10年以上20年未満",
        /// Twenty years or more.
        AtLeast20Years => "20年以上",
        /// No period is set: the form then asks for its その妥当性.
        Undefined => "定められていない",
    }
}

impl RetentionPeriod {
    /// The whole years the period stands for (`N年` is exactly N; `6年以上10年未満` is 6 to 9);
    /// `None` for [`RetentionPeriod::Undefined`].
    ///
    /// ```
    /// use mynumber_pia::Interval;
    /// use mynumber_pia::report::RetentionPeriod;
    ///
    /// assert_eq!(RetentionPeriod::FiveYears.years(), Some(Interval::exactly(5)));
    /// assert_eq!(RetentionPeriod::Undefined.years(), None);
    /// ```
    #[must_use]
    // A band per variant but the last (定められていない), lowest first as the list is: `self as
    // usize` of any other variant is below the length.
    #[allow(clippy::indexing_slicing)]
    pub const fn years(self) -> Option<Interval> {
        const BANDS: [Interval; <RetentionPeriod as EnumCount>::COUNT - 1] =
            Interval::bands([0, 1, 2, 3, 4, 5, 6, 10, 20]);
        if matches!(self, RetentionPeriod::Undefined) {
            return None;
        }
        Some(BANDS[self as usize])
    }
}

choice_enum! {
    /// リスクへの対策は十分か (every risk of 全項目 Ⅲ, 重点 Ⅲ and 基礎 Ⅳ).
    ///
    /// ```
    /// use mynumber_pia::report::Sufficiency;
    ///
    /// assert_eq!("2） 十分である".parse(), Ok(Sufficiency::Sufficient));
    /// ```
    #[doc(alias = "十分性")]
    pub enum Sufficiency: "リスクへの対策は十分か" {
        /// Special effort is made.
        SpecialEffort => "特に力を入れている",
        /// The measures are sufficient.
        Sufficient => "十分である",
        /// Issues remain: the form expects the measures to say what is being done.
        IssuesRemain => "課題が残されている",
    }
}

choice_enum! {
    /// 行っている / 行っていない: ユーザ認証の管理, アクセス権限の発効・失効の管理, アクセス権限の管理
    /// and 個人情報ファイル簿の公表.
    ///
    /// ```
    /// use mynumber_pia::report::Performed;
    ///
    /// assert_eq!("行っている".parse(), Ok(Performed::Yes));
    /// ```
    #[doc(alias = "行っている")]
    pub enum Performed: "行っている／行っていない" {
        /// It is done.
        Yes => "行っている",
        /// It is not done.
        No => "行っていない",
    }
}

choice_enum! {
    /// 記録を残している / 記録を残していない: 特定個人情報の使用の記録, 取扱いの記録,
    /// 提供・移転の記録.
    ///
    /// ```
    /// use mynumber_pia::report::Recorded;
    ///
    /// assert_eq!("2) 記録を残していない".parse(), Ok(Recorded::No));
    /// ```
    #[doc(alias = "記録を残している")]
    pub enum Recorded: "記録の有無" {
        /// A record is kept.
        Yes => "記録を残している",
        /// No record is kept.
        No => "記録を残していない",
    }
}

choice_enum! {
    /// 制限している / 制限していない: 特定個人情報ファイルの閲覧者・更新者の制限.
    ///
    /// ```
    /// use mynumber_pia::report::Restricted;
    ///
    /// assert_eq!(Restricted::Yes.label(), "制限している");
    /// ```
    #[doc(alias = "制限している")]
    pub enum Restricted: "制限の有無" {
        /// Access is restricted.
        Yes => "制限している",
        /// It is not.
        No => "制限していない",
    }
}

choice_enum! {
    /// 定めている / 定めていない: rules, contract clauses and procedures.
    ///
    /// ```
    /// use mynumber_pia::report::Established;
    ///
    /// assert_eq!("定めている".parse(), Ok(Established::Yes));
    /// ```
    #[doc(alias = "定めている")]
    pub enum Established: "定めの有無" {
        /// It is laid down.
        Yes => "定めている",
        /// It is not.
        No => "定めていない",
    }
}

choice_enum! {
    /// 再委託先による特定個人情報ファイルの適切な取扱いの確保 (全項目 Ⅲ4) / …の担保 (重点 Ⅲ4).
    ///
    /// ```
    /// use mynumber_pia::report::ReEntrusteeOversight;
    ///
    /// assert_eq!("4） 再委託していない".parse(), Ok(ReEntrusteeOversight::NoReEntrustment));
    /// ```
    #[doc(alias = "再委託先による特定個人情報ファイルの適切な取扱いの確保")]
    pub enum ReEntrusteeOversight: "再委託先による適切な取扱いの確保" {
        /// Special effort is made.
        SpecialEffort => "特に力を入れて行っている",
        /// Done sufficiently.
        Sufficient => "十分に行っている",
        /// Not done sufficiently.
        Insufficient => "十分に行っていない",
        /// There is no re-entrustment.
        NoReEntrustment => "再委託していない",
    }
}

choice_enum! {
    /// 特に力を入れて行っている / 十分に行っている / 十分に行っていない: 物理的対策,
    /// 技術的対策, バックアップ, 事故発生時手順の策定・周知, 自己点検, 監査, 従業者に対する教育・啓発.
    ///
    /// ```
    /// use mynumber_pia::report::Effort;
    ///
    /// assert_eq!("2) 十分に行っている".parse(), Ok(Effort::Sufficient));
    /// ```
    #[doc(alias = "十分に行っている")]
    pub enum Effort: "実施の状況" {
        /// Done with special effort.
        SpecialEffort => "特に力を入れて行っている",
        /// Done sufficiently.
        Sufficient => "十分に行っている",
        /// Not done sufficiently.
        Insufficient => "十分に行っていない",
    }
}

choice_enum! {
    /// 過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか
    /// (全項目 Ⅲ7 リスク1⑨, 重点 Ⅲ7②).
    ///
    /// This is the *3-year*, *any 個人情報* item of the risk chapters. It is a different list from
    /// the しきい値判断 item [`SeriousIncident`](crate::threshold::SeriousIncident) (基礎 Ⅱ3:
    /// 1 year, 特定個人情報 only), although both print `発生あり` / `発生なし`.
    ///
    /// ```
    /// use mynumber_pia::report::IncidentHistory;
    ///
    /// assert_eq!("1） 発生あり".parse(), Ok(IncidentHistory::Occurred));
    /// ```
    #[doc(alias = "過去３年以内の重大事故")]
    pub enum IncidentHistory: "過去3年以内の重大事故" {
        /// A serious incident concerning personal information occurred in the past 3 years.
        Occurred => "発生あり",
        /// None occurred.
        NotOccurred => "発生なし",
    }
}

choice_enum! {
    /// ①NISC政府機関統一基準群 (全項目 Ⅲ7 リスク1①). Local governments choose
    /// `政府機関ではない`.
    ///
    /// ```
    /// use mynumber_pia::report::full::NiscCompliance;
    ///
    /// assert_eq!("政府機関ではない".parse(), Ok(NiscCompliance::NotGovernmentAgency));
    /// ```
    pub enum NiscCompliance: "NISC政府機関統一基準群" {
        /// Complied with special effort.
        SpecialEffort => "特に力を入れて遵守している",
        /// Complied with sufficiently.
        Sufficient => "十分に遵守している",
        /// Not complied with sufficiently.
        Insufficient => "十分に遵守していない",
        /// The body is not a government agency.
        NotGovernmentAgency => "政府機関ではない",
    }
}

choice_enum! {
    /// ②安全管理体制, ③安全管理規程 (全項目 Ⅲ7 リスク1).
    ///
    /// ```
    /// use mynumber_pia::report::full::Maintained;
    ///
    /// assert_eq!(Maintained::Sufficient.label(), "十分に整備している");
    /// ```
    #[doc(alias = "整備している")]
    pub enum Maintained: "整備の状況" {
        /// Set up with special effort.
        SpecialEffort => "特に力を入れて整備している",
        /// Set up sufficiently.
        Sufficient => "十分に整備している",
        /// Not set up sufficiently.
        Insufficient => "十分に整備していない",
    }
}

choice_enum! {
    /// ④安全管理体制・規程の職員への周知 (全項目 Ⅲ7 リスク1).
    ///
    /// ```
    /// use mynumber_pia::report::full::Publicized;
    ///
    /// assert_eq!("十分に周知している".parse(), Ok(Publicized::Sufficient));
    /// ```
    #[doc(alias = "周知している")]
    pub enum Publicized: "周知の状況" {
        /// Made known with special effort.
        SpecialEffort => "特に力を入れて周知している",
        /// Made known sufficiently.
        Sufficient => "十分に周知している",
        /// Not made known sufficiently.
        Insufficient => "十分に周知していない",
    }
}

choice_enum! {
    /// ⑩死者の個人番号 (全項目 Ⅲ7 リスク1⑩).
    ///
    /// ```
    /// use mynumber_pia::report::full::DeceasedNumbers;
    ///
    /// assert_eq!(DeceasedNumbers::Kept.label(), "保管している");
    /// ```
    pub enum DeceasedNumbers: "死者の個人番号" {
        /// The numbers of deceased people are kept.
        Kept => "保管している",
        /// They are not kept.
        NotKept => "保管していない",
    }
}

choice_enum! {
    /// 最も優先度が高いと考えられる対策 (基礎 Ⅳ11).
    ///
    /// ```
    /// use mynumber_pia::Choice;
    /// use mynumber_pia::report::basic::PriorityMeasure;
    ///
    /// assert_eq!(PriorityMeasure::ALL.len(), 9);
    /// assert_eq!("9)　従業者に対する教育・啓発".parse(), Ok(PriorityMeasure::Training));
    /// ```
    pub enum PriorityMeasure: "最も優先度が高いと考えられる対策" {
        /// Against acquisition beyond the purpose.
        UnintendedAcquisition => "目的外の入手が行われるリスクへの対策",
        /// Against linking beyond the purpose.
        ExcessiveLinking => "目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスクへの対策",
        /// Against unauthorised use.
        UnauthorizedUse => "権限のない者によって不正に使用されるリスクへの対策",
        /// Against misuse by entrustees.
        EntrusteeMisuse => "委託先における不正な使用等のリスクへの対策",
        /// Against improper provision or transfer.
        ImproperProvision => "不正な提供・移転が行われるリスクへの対策(委託や情報提供ネットワークシステムを通じた提供を除く。)",
        /// Against acquisition beyond the purpose through the network.
        NetworkAcquisition => "情報提供ネットワークシステムを通じて目的外の入手が行われるリスクへの対策",
        /// Against improper provision through the network.
        NetworkProvision => "情報提供ネットワークシステムを通じて不正な提供が行われるリスクへの対策",
        /// Against leaks, loss and damage.
        Leakage => "特定個人情報の漏えい・滅失・毀損リスクへの対策",
        /// Staff training.
        Training => "従業者に対する教育・啓発",
    }
}

choice_enum! {
    /// ③手数料等 of a disclosure request (全項目 Ⅴ1③).
    ///
    /// ```
    /// use mynumber_pia::report::Fee;
    ///
    /// assert_eq!("2) 無料".parse(), Ok(Fee::Free));
    /// ```
    pub enum Fee: "手数料等" {
        /// A fee is charged.
        Charged => "有料",
        /// Free of charge.
        Free => "無料",
    }
}

choice_enum! {
    /// 提出時期 of a 変更箇所 row: submitted before (`事前`) or after (`事後`) the change.
    ///
    /// A 重要な変更 must be assessed before the change (規則 第11条); other changes are corrections
    /// filed without delay afterwards. Real logs break the rule, so it is stored as written.
    ///
    /// ```
    /// use mynumber_pia::report::SubmissionTiming;
    ///
    /// assert_eq!("事後".parse(), Ok(SubmissionTiming::After));
    /// ```
    pub enum SubmissionTiming: "提出時期" {
        /// Submitted before the change.
        Before => "事前",
        /// Submitted after the change.
        After => "事後",
    }
}

// ---- checkbox lists ----

choice_enum! {
    /// ③他のシステムとの接続: a checkbox of the connection list of a system (Ⅰ2).
    ///
    /// ```
    /// use mynumber_pia::report::Connection;
    ///
    /// assert_eq!("[ ○ ] 庁内連携システム".parse(), Ok(Connection::IntraOffice));
    /// ```
    pub enum Connection: "他のシステムとの接続" {
        /// 情報提供ネットワークシステム.
        InfoNetwork => "情報提供ネットワークシステム",
        /// 庁内連携システム.
        IntraOffice => "庁内連携システム" | "府内連携システム",
        /// 住民基本台帳ネットワークシステム (住基ネット).
        ResidentRegistryNetwork => "住民基本台帳ネットワークシステム",
        /// 既存住民基本台帳システム.
        ExistingResidentRegistry => "既存住民基本台帳システム",
        /// 宛名システム等.
        AddressSystem => "宛名システム等",
        /// 税務システム.
        TaxSystem => "税務システム",
        /// その他: the text goes in [`CheckSet::other`].
        Other => "その他",
    }
}

choice_enum! {
    /// 主な記録項目 ※: a checkbox of the record-item categories (全項目・重点 Ⅱ2④).
    ///
    /// The boxes come in three groups, see [`RecordItemCategory::group`].
    ///
    /// ```
    /// use mynumber_pia::report::{RecordItemCategory, RecordItemGroup};
    ///
    /// let c: RecordItemCategory = "4情報（氏名、性別、生年月日、住所）".parse()?;
    /// assert_eq!(c.group(), RecordItemGroup::Contact);
    /// # Ok::<(), mynumber_pia::ParseChoiceError>(())
    /// ```
    pub enum RecordItemCategory: "主な記録項目" {
        /// 個人番号.
        IndividualNumber => "個人番号",
        /// 個人番号対応符号.
        NumberCode => "個人番号対応符号",
        /// その他識別情報（内部番号）.
        OtherIdentifier => "その他識別情報（内部番号）",
        /// 4情報（氏名、性別、生年月日、住所）.
        FourItems => "4情報（氏名、性別、生年月日、住所）",
        /// 連絡先（電話番号等）.
        ContactDetails => "連絡先（電話番号等）",
        /// その他住民票関係情報.
        OtherResidentRecord => "その他住民票関係情報",
        /// 国税関係情報.
        NationalTax => "国税関係情報",
        /// 地方税関係情報.
        LocalTax => "地方税関係情報",
        /// 健康・医療関係情報.
        HealthMedical => "健康・医療関係情報",
        /// 医療保険関係情報.
        MedicalInsurance => "医療保険関係情報",
        /// 児童福祉・子育て関係情報.
        ChildWelfare => "児童福祉・子育て関係情報",
        /// 障害者福祉関係情報.
        DisabilityWelfare => "障害者福祉関係情報",
        /// 生活保護・社会福祉関係情報.
        PublicAssistance => "生活保護・社会福祉関係情報",
        /// 介護・高齢者福祉関係情報.
        ElderlyCare => "介護・高齢者福祉関係情報",
        /// 雇用・労働関係情報.
        Employment => "雇用・労働関係情報",
        /// 年金関係情報.
        Pension => "年金関係情報",
        /// 学校・教育関係情報.
        Education => "学校・教育関係情報",
        /// 災害関係情報.
        Disaster => "災害関係情報",
        /// その他 (業務関係情報): the text goes in [`CheckSet::other`].
        Other => "その他",
    }
}

/// The three groups of [`RecordItemCategory`] boxes as the form prints them.
///
/// ```
/// use mynumber_pia::report::{RecordItemCategory, RecordItemGroup};
///
/// assert_eq!(RecordItemCategory::Pension.group(), RecordItemGroup::Business);
/// assert_eq!(RecordItemGroup::Identification.label(), "識別情報");
/// ```
#[doc(alias = "記録項目の分類")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordItemGroup {
    /// ・識別情報.
    Identification,
    /// ・連絡先等情報.
    Contact,
    /// ・業務関係情報.
    Business,
}

impl RecordItemGroup {
    /// The group heading as printed (without the leading `・`).
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            RecordItemGroup::Identification => "識別情報",
            RecordItemGroup::Contact => "連絡先等情報",
            RecordItemGroup::Business => "業務関係情報",
        }
    }
}

impl RecordItemCategory {
    /// The group the box is printed in.
    #[must_use]
    pub const fn group(self) -> RecordItemGroup {
        use RecordItemCategory as C;
        match self {
            C::IndividualNumber | C::NumberCode | C::OtherIdentifier => {
                RecordItemGroup::Identification
            }
            C::FourItems | C::ContactDetails | C::OtherResidentRecord => RecordItemGroup::Contact,
            _ => RecordItemGroup::Business,
        }
    }
}

choice_enum! {
    /// ①入手元 ※: where a file's data comes from (全項目・重点 Ⅱ3①). Each checked box
    /// except the first carries a detail text, see
    /// [`Acquisition::sources`](crate::report::Acquisition::sources).
    ///
    /// ```
    /// use mynumber_pia::report::SourceKind;
    ///
    /// assert_eq!("[ ○ ] 評価実施機関内の他部署".parse(), Ok(SourceKind::OtherDepartment));
    /// ```
    pub enum SourceKind: "入手元" {
        /// 本人又は本人の代理人.
        Person => "本人又は本人の代理人",
        /// 評価実施機関内の他部署.
        OtherDepartment => "評価実施機関内の他部署",
        /// 行政機関・独立行政法人等.
        NationalBody => "行政機関・独立行政法人等",
        /// 地方公共団体・地方独立行政法人.
        LocalBody => "地方公共団体・地方独立行政法人",
        /// 民間事業者.
        PrivateBusiness => "民間事業者",
        /// その他.
        Other => "その他",
    }
}

choice_enum! {
    /// A medium or channel for handing over data: the boxes of ②入手方法, ④委託先への
    /// 特定個人情報ファイルの提供方法, ⑥提供方法 and ⑥移転方法.
    ///
    /// The four lists share this vocabulary, each offering a subset: see
    /// [`Medium::ACQUISITION`], [`Medium::ENTRUSTMENT`], [`Medium::PROVISION`] and
    /// [`Medium::TRANSFER`].
    ///
    /// ```
    /// use mynumber_pia::report::Medium;
    ///
    /// assert_eq!("電子記録媒体(フラッシュメモリを除く。)".parse(), Ok(Medium::ElectronicMedia));
    /// assert!(!Medium::PROVISION.contains(&Medium::IntraOffice));
    /// ```
    #[doc(alias = "入手方法")]
    #[doc(alias = "提供方法")]
    #[doc(alias = "移転方法")]
    pub enum Medium: "入手・提供・移転の方法" {
        /// 紙.
        Paper => "紙",
        /// 電子記録媒体（フラッシュメモリを除く。）.
        ElectronicMedia => "電子記録媒体（フラッシュメモリを除く。）",
        /// フラッシュメモリ.
        FlashMemory => "フラッシュメモリ",
        /// 電子メール.
        Email => "電子メール",
        /// 専用線.
        DedicatedLine => "専用線",
        /// 庁内連携システム.
        IntraOffice => "庁内連携システム" | "府内連携システム",
        /// 情報提供ネットワークシステム.
        InfoNetwork => "情報提供ネットワークシステム",
        /// その他: the text goes in [`CheckSet::other`].
        Other => "その他",
    }
}

impl Medium {
    /// The boxes of ②入手方法, in form order: every medium, in the order of the list (which
    /// is this item's).
    pub const ACQUISITION: &'static [Medium] = <Medium as Choice>::ALL;
    /// The boxes of ④委託先への特定個人情報ファイルの提供方法, in form order.
    pub const ENTRUSTMENT: &'static [Medium] = &Medium::SENT;
    /// The boxes of ⑥提供方法, in form order.
    pub const PROVISION: &'static [Medium] = &Medium::led_by(Medium::InfoNetwork);
    /// The boxes of ⑥移転方法, in form order.
    pub const TRANSFER: &'static [Medium] = &Medium::led_by(Medium::IntraOffice);

    /// The media of every list of handing data over, in form order: ④委託先への提供方法 offers
    /// them alone, ⑥提供方法 and ⑥移転方法 after a channel of their own.
    const SENT: [Medium; 6] = [
        Medium::DedicatedLine,
        Medium::Email,
        Medium::ElectronicMedia,
        Medium::FlashMemory,
        Medium::Paper,
        Medium::Other,
    ];

    /// `first`, then the [sent](Medium::SENT) media.
    const fn led_by(first: Medium) -> [Medium; 7] {
        let [a, b, c, d, e, f] = Medium::SENT;
        [first, a, b, c, d, e, f]
    }
}

choice_enum! {
    /// 監査 実施の有無: a checkbox of 重点 Ⅲ8 and 基礎 Ⅳ9.
    ///
    /// ```
    /// use mynumber_pia::report::AuditKind;
    ///
    /// assert_eq!("[○] 内部監査".parse(), Ok(AuditKind::Internal));
    /// ```
    #[doc(alias = "監査")]
    pub enum AuditKind: "監査の実施の有無" {
        /// 自己点検.
        SelfCheck => "自己点検",
        /// 内部監査.
        Internal => "内部監査",
        /// 外部監査.
        External => "外部監査",
    }
}

/// The checked boxes of one checkbox list, in form order: a set of the choices of `T`, held as
/// one bit per choice (no allocation).
///
/// It reads and writes like a `BTreeSet<T>`: JSON is the list of the labels in form order
/// (`["庁内連携システム", "その他"]`), and a box given twice reads as once. Iterating yields the
/// choices of [`Choice::ALL`] in its order.
///
/// ```
/// use mynumber_pia::report::{ChoiceSet, Medium};
///
/// let mut set: ChoiceSet<Medium> = [Medium::Other, Medium::Paper].into_iter().collect();
/// assert!(set.insert(Medium::Email));
/// assert!(!set.insert(Medium::Email));
/// assert!(set.remove(&Medium::Other));
/// assert!(set.contains(&Medium::Paper));
/// assert_eq!(set.iter().copied().collect::<Vec<_>>(), [Medium::Paper, Medium::Email]);
/// assert_eq!(set.len(), 2);
/// ```
#[doc(alias = "チェックした選択肢")]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ChoiceSet<T> {
    /// Bit `i` is set when `T::ALL[i]` is in the set.
    bits: u64,
    choices: PhantomData<T>,
}

impl<T: Choice> ChoiceSet<T> {
    /// The empty set.
    #[must_use]
    pub const fn new() -> Self {
        ChoiceSet {
            bits: 0,
            choices: PhantomData,
        }
    }

    /// The bit of a choice (every list of the forms has fewer than 64 choices).
    fn bit(item: T) -> u64 {
        const { assert!(T::ALL.len() <= 64, "a ChoiceSet holds up to 64 choices") };
        1 << item.index()
    }

    /// Adds a choice; whether it was not in the set already.
    pub fn insert(&mut self, item: T) -> bool {
        let absent = !self.contains(&item);
        self.bits |= Self::bit(item);
        absent
    }

    /// Removes a choice; whether it was in the set.
    pub fn remove(&mut self, item: &T) -> bool {
        let present = self.contains(item);
        self.bits &= !Self::bit(*item);
        present
    }

    /// Whether the choice is in the set.
    #[must_use]
    pub fn contains(&self, item: &T) -> bool {
        self.bits & Self::bit(*item) != 0
    }

    /// How many choices the set holds.
    #[must_use]
    pub const fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// Whether the set is empty.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// Empties the set.
    pub fn clear(&mut self) {
        self.bits = 0;
    }

    /// The choices in form order.
    #[must_use]
    pub fn iter(&self) -> ChoiceSetIter<T> {
        ChoiceSetIter {
            bits: self.bits,
            all: T::ALL,
        }
    }
}

impl<T: Choice> Default for ChoiceSet<T> {
    fn default() -> Self {
        ChoiceSet::new()
    }
}

/// Written as a set: `{Paper, Other}`.
impl<T: Choice> std::fmt::Debug for ChoiceSet<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self).finish()
    }
}

impl<T: Choice> FromIterator<T> for ChoiceSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut set = ChoiceSet::new();
        set.extend(items);
        set
    }
}

impl<T: Choice> Extend<T> for ChoiceSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for item in items {
            self.insert(item);
        }
    }
}

impl<T: Choice> IntoIterator for &ChoiceSet<T> {
    type Item = &'static T;
    type IntoIter = ChoiceSetIter<T>;

    fn into_iter(self) -> ChoiceSetIter<T> {
        self.iter()
    }
}

/// The choices of a [`ChoiceSet`], in form order.
#[doc(alias = "チェックした選択肢の列")]
#[derive(Debug, Clone)]
pub struct ChoiceSetIter<T: 'static> {
    /// The choices not yet given.
    bits: u64,
    all: &'static [T],
}

impl<T> Iterator for ChoiceSetIter<T> {
    type Item = &'static T;

    fn next(&mut self) -> Option<&'static T> {
        // 64 once the bits are spent: past the end of every list.
        let i = self.bits.trailing_zeros() as usize;
        self.bits &= self.bits.wrapping_sub(1);
        self.all.get(i)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.bits.count_ones() as usize;
        (n, Some(n))
    }
}

impl<T> ExactSizeIterator for ChoiceSetIter<T> {}

/// The labels in form order, as a `BTreeSet` of the choices writes them.
impl<T: Choice> Serialize for ChoiceSet<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self)
    }
}

/// A list of labels, as a `BTreeSet` of the choices reads it: a box given twice reads as once.
impl<'de, T: Choice> Deserialize<'de> for ChoiceSet<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Labels<T>(PhantomData<T>);
        impl<'de, T: Choice> serde::de::Visitor<'de> for Labels<T> {
            type Value = ChoiceSet<T>;
            /// serde's words for its sets (the messages stay the same).
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a sequence")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                let mut set = ChoiceSet::new();
                while let Some(item) = seq.next_element()? {
                    set.insert(item);
                }
                Ok(set)
            }
        }
        d.deserialize_seq(Labels(PhantomData))
    }
}

/// The schema of a `BTreeSet` of the choices.
#[cfg(feature = "schema")]
impl<T: Choice + schemars::JsonSchema> schemars::JsonSchema for ChoiceSet<T> {
    fn inline_schema() -> bool {
        <BTreeSet<T> as schemars::JsonSchema>::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        <BTreeSet<T> as schemars::JsonSchema>::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <BTreeSet<T> as schemars::JsonSchema>::json_schema(generator)
    }
}

/// A checkbox list as filled in: the checked boxes, and the text of the 「その他（ ）」 box.
///
/// JSON: `{"checked": ["庁内連携システム", "その他"], "other": "統合DB"}`. The set is ordered in
/// form order. A text without the その他 box checked (or the reverse) is kept as written.
///
/// ```
/// use mynumber_pia::report::{CheckSet, Connection};
///
/// let set = CheckSet::of([Connection::IntraOffice, Connection::Other]).with_other("統合DB");
/// assert!(set.contains(Connection::IntraOffice));
/// assert_eq!(set.other.as_deref(), Some("統合DB"));
/// assert_eq!(set.to_string(), "庁内連携システム、その他（統合DB）");
/// ```
#[doc(alias = "チェックボックス")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, bound = "")]
#[non_exhaustive]
pub struct CheckSet<T: Choice> {
    /// The checked boxes.
    #[serde(default)]
    pub checked: ChoiceSet<T>,
    /// The text written in the その他 box, if any.
    #[serde(default)]
    pub other: Option<String>,
}

impl<T: Choice> Default for CheckSet<T> {
    fn default() -> Self {
        CheckSet::of([])
    }
}

impl<T: Choice> CheckSet<T> {
    /// The set of the given boxes, with no その他 text.
    #[must_use]
    pub fn of<I: IntoIterator<Item = T>>(boxes: I) -> Self {
        CheckSet {
            checked: boxes.into_iter().collect(),
            other: None,
        }
    }

    setters! {
        /// Sets the その他 text.
        pub fn with_other(text: impl Into<String>) |s| s.other = Some(text.into());
    }

    /// Whether the box is checked.
    #[must_use]
    pub fn contains(&self, item: T) -> bool {
        self.checked.contains(&item)
    }

    /// Whether no box is checked and no その他 text is written.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.checked.is_empty() && self.other.is_none()
    }
}

impl<T: Choice> std::fmt::Display for CheckSet<T> {
    /// The checked labels joined with `、`; the その他 text follows in `（…）` after the last box
    /// (or alone when the その他 box is not checked).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let labels: Vec<&str> = self.checked.iter().map(|c| c.label()).collect();
        f.write_str(&labels.join("、"))?;
        if let Some(other) = &self.other {
            write!(f, "{}", OtherText(other))?;
        }
        Ok(())
    }
}

/// The text of a 「その他（ ）」 box as printed after the checked labels: `（{text}）`. What
/// [`CheckSet`]'s `Display` and the report's printed values both write.
pub(crate) struct OtherText<'a>(pub(crate) &'a str);

impl std::fmt::Display for OtherText<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = self.0;
        write!(f, "（{text}）")
    }
}

choice_enum! {
    /// The kind of 評価実施機関: which procedures apply depends on it. 行政機関等 need the
    /// 個人情報保護委員会's approval of a 全項目評価書 (番号法 第28条); 地方公共団体等 have it
    /// reviewed by a third party (第三者点検) instead (規則 第7条第4項).
    ///
    /// Not printed on the form: transcriptions state it (or validation infers it from the
    /// 評価実施機関名).
    ///
    /// ```
    /// use mynumber_pia::report::BodyKind;
    ///
    /// assert_eq!("地方公共団体等".parse(), Ok(BodyKind::LocalGovernment));
    /// ```
    pub enum BodyKind: "評価実施機関の種別" {
        /// 行政機関等: national bodies (ministries, agencies, independent administrative agencies…).
        NationalAgency => "行政機関等",
        /// 地方公共団体等: local governments and their bodies.
        LocalGovernment => "地方公共団体等" | "地方公共団体",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Choice;
    use crate::report::basic;
    use crate::report::full;

    /// Every ＜選択肢＞ list of the 全項目評価書 (catalogue numbers C2–C25), copied character for
    /// character from the published forms, against the labels of the enums (C1 and C26 are the
    /// しきい値 lists of
    /// [`crate::threshold`]).
    const CATALOGUE: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "C2",
            InfoLinkage::LIST_LABEL,
            InfoLinkage::LABELS,
            &["実施する", "実施しない", "未定"],
        ),
        (
            "C3",
            FileKind::LIST_LABEL,
            FileKind::LABELS,
            &[
                "システム用ファイル",
                "その他の電子ファイル（表計算ファイル等）",
            ],
        ),
        (
            "C4",
            DataSubjectBand::LIST_LABEL,
            DataSubjectBand::LABELS,
            &[
                "1万人未満",
                "1万人以上10万人未満",
                "10万人以上100万人未満",
                "100万人以上1,000万人未満",
                "1,000万人以上",
            ],
        ),
        (
            "C5",
            RecordItemBand::LIST_LABEL,
            RecordItemBand::LABELS,
            &[
                "10項目未満",
                "10項目以上50項目未満",
                "50項目以上100項目未満",
                "100項目以上",
            ],
        ),
        (
            "C6",
            StaffCountBand::LIST_LABEL,
            StaffCountBand::LABELS,
            &[
                "10人未満",
                "10人以上50人未満",
                "50人以上100人未満",
                "100人以上500人未満",
                "500人以上1,000人未満",
                "1,000人以上",
            ],
        ),
        (
            "C7",
            EntrustmentStatus::LIST_LABEL,
            EntrustmentStatus::LABELS,
            &["委託する", "委託しない"],
        ),
        (
            "C8",
            EntrustedScope::LIST_LABEL,
            EntrustedScope::LABELS,
            &["特定個人情報ファイルの全体", "特定個人情報ファイルの一部"],
        ),
        (
            "C9",
            ReEntrustmentStatus::LIST_LABEL,
            ReEntrustmentStatus::LABELS,
            &["再委託する", "再委託しない"],
        ),
        (
            "C10",
            RetentionPeriod::LIST_LABEL,
            RetentionPeriod::LABELS,
            &[
                "1年未満",
                "1年",
                "2年",
                "3年",
                "4年",
                "5年",
                "6年以上10年未満",
                "10年以上20年未満",
                "20年以上",
                "定められていない",
            ],
        ),
        (
            "C11",
            Sufficiency::LIST_LABEL,
            Sufficiency::LABELS,
            &["特に力を入れている", "十分である", "課題が残されている"],
        ),
        (
            "C12",
            Performed::LIST_LABEL,
            Performed::LABELS,
            &["行っている", "行っていない"],
        ),
        (
            "C13",
            Recorded::LIST_LABEL,
            Recorded::LABELS,
            &["記録を残している", "記録を残していない"],
        ),
        (
            "C14",
            Restricted::LIST_LABEL,
            Restricted::LABELS,
            &["制限している", "制限していない"],
        ),
        (
            "C15",
            Established::LIST_LABEL,
            Established::LABELS,
            &["定めている", "定めていない"],
        ),
        (
            "C16",
            ReEntrusteeOversight::LIST_LABEL,
            ReEntrusteeOversight::LABELS,
            &[
                "特に力を入れて行っている",
                "十分に行っている",
                "十分に行っていない",
                "再委託していない",
            ],
        ),
        (
            "C17",
            full::NiscCompliance::LIST_LABEL,
            full::NiscCompliance::LABELS,
            &[
                "特に力を入れて遵守している",
                "十分に遵守している",
                "十分に遵守していない",
                "政府機関ではない",
            ],
        ),
        (
            "C18",
            full::Maintained::LIST_LABEL,
            full::Maintained::LABELS,
            &[
                "特に力を入れて整備している",
                "十分に整備している",
                "十分に整備していない",
            ],
        ),
        (
            "C19",
            full::Publicized::LIST_LABEL,
            full::Publicized::LABELS,
            &[
                "特に力を入れて周知している",
                "十分に周知している",
                "十分に周知していない",
            ],
        ),
        (
            "C20",
            Effort::LIST_LABEL,
            Effort::LABELS,
            &[
                "特に力を入れて行っている",
                "十分に行っている",
                "十分に行っていない",
            ],
        ),
        (
            "C21",
            IncidentHistory::LIST_LABEL,
            IncidentHistory::LABELS,
            &["発生あり", "発生なし"],
        ),
        (
            "C22",
            full::DeceasedNumbers::LIST_LABEL,
            full::DeceasedNumbers::LABELS,
            &["保管している", "保管していない"],
        ),
        (
            "C23",
            Effort::LIST_LABEL,
            Effort::LABELS,
            &[
                "特に力を入れて行っている",
                "十分に行っている",
                "十分に行っていない",
            ],
        ),
        ("C24", Fee::LIST_LABEL, Fee::LABELS, &["有料", "無料"]),
        (
            "C25",
            Performed::LIST_LABEL,
            Performed::LABELS,
            &["行っている", "行っていない"],
        ),
    ];

    #[test]
    fn labels_match_the_form_catalogue() {
        for (id, list, labels, expected) in CATALOGUE {
            assert_eq!(labels, expected, "{id} {list}");
        }
        // Checkbox lists, seed 000 §2.2 K1–K7 (K7 is K6 with 庁内連携システム first).
        let labels = |all: &[Medium]| all.iter().map(|m| m.label()).collect::<Vec<_>>();
        assert_eq!(
            Connection::LABELS,
            &[
                "情報提供ネットワークシステム",
                "庁内連携システム",
                "住民基本台帳ネットワークシステム",
                "既存住民基本台帳システム",
                "宛名システム等",
                "税務システム",
                "その他"
            ],
            "K1"
        );
        assert_eq!(
            RecordItemCategory::LABELS,
            &[
                "個人番号",
                "個人番号対応符号",
                "その他識別情報（内部番号）",
                "4情報（氏名、性別、生年月日、住所）",
                "連絡先（電話番号等）",
                "その他住民票関係情報",
                "国税関係情報",
                "地方税関係情報",
                "健康・医療関係情報",
                "医療保険関係情報",
                "児童福祉・子育て関係情報",
                "障害者福祉関係情報",
                "生活保護・社会福祉関係情報",
                "介護・高齢者福祉関係情報",
                "雇用・労働関係情報",
                "年金関係情報",
                "学校・教育関係情報",
                "災害関係情報",
                "その他"
            ],
            "K2"
        );
        assert_eq!(
            SourceKind::LABELS,
            &[
                "本人又は本人の代理人",
                "評価実施機関内の他部署",
                "行政機関・独立行政法人等",
                "地方公共団体・地方独立行政法人",
                "民間事業者",
                "その他"
            ],
            "K3"
        );
        let k4: &[&str] = &[
            "紙",
            "電子記録媒体（フラッシュメモリを除く。）",
            "フラッシュメモリ",
            "電子メール",
            "専用線",
            "庁内連携システム",
            "情報提供ネットワークシステム",
            "その他",
        ];
        assert_eq!(labels(Medium::ACQUISITION), k4, "K4");
        assert_eq!(Medium::LABELS, k4, "Medium in K4 order");
        let k5: &[&str] = &[
            "専用線",
            "電子メール",
            "電子記録媒体（フラッシュメモリを除く。）",
            "フラッシュメモリ",
            "紙",
            "その他",
        ];
        assert_eq!(labels(Medium::ENTRUSTMENT), k5, "K5");
        let k6: &[&str] = &[
            "情報提供ネットワークシステム",
            "専用線",
            "電子メール",
            "電子記録媒体（フラッシュメモリを除く。）",
            "フラッシュメモリ",
            "紙",
            "その他",
        ];
        assert_eq!(labels(Medium::PROVISION), k6, "K6");
        let mut k7 = k6.to_vec();
        k7[0] = "庁内連携システム";
        assert_eq!(labels(Medium::TRANSFER), k7, "K7");
        // seed 003–004 Part C: 基礎 Ⅳ11 and the 監査 boxes; seed 000 §8.1: 提出時期.
        assert_eq!(
            basic::PriorityMeasure::LABELS,
            &[
                "目的外の入手が行われるリスクへの対策",
                "目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスクへの対策",
                "権限のない者によって不正に使用されるリスクへの対策",
                "委託先における不正な使用等のリスクへの対策",
                "不正な提供・移転が行われるリスクへの対策(委託や情報提供ネットワークシステムを通じた提供を除く。)",
                "情報提供ネットワークシステムを通じて目的外の入手が行われるリスクへの対策",
                "情報提供ネットワークシステムを通じて不正な提供が行われるリスクへの対策",
                "特定個人情報の漏えい・滅失・毀損リスクへの対策",
                "従業者に対する教育・啓発"
            ],
            "基礎 Ⅳ11"
        );
        assert_eq!(AuditKind::LABELS, ["自己点検", "内部監査", "外部監査"]);
        assert_eq!(SubmissionTiming::LABELS, ["事前", "事後"]);
    }

    #[test]
    fn numbered_options_as_printed_parse_to_their_position() {
        // The forms print `1) ` (ASCII) or `1） ` (full-width) before each option.
        for (id, list, labels, _) in CATALOGUE {
            for (i, label) in labels.iter().enumerate() {
                for printed in [
                    format!("{}) {label}", i + 1),
                    format!("{}） {label}", i + 1),
                ] {
                    let again = match *id {
                        "C2" => printed.parse::<InfoLinkage>().map(|v| v.label()),
                        "C3" => printed.parse::<FileKind>().map(|v| v.label()),
                        "C4" => printed.parse::<DataSubjectBand>().map(|v| v.label()),
                        "C5" => printed.parse::<RecordItemBand>().map(|v| v.label()),
                        "C6" => printed.parse::<StaffCountBand>().map(|v| v.label()),
                        "C7" => printed.parse::<EntrustmentStatus>().map(|v| v.label()),
                        "C8" => printed.parse::<EntrustedScope>().map(|v| v.label()),
                        "C9" => printed.parse::<ReEntrustmentStatus>().map(|v| v.label()),
                        "C10" => printed.parse::<RetentionPeriod>().map(|v| v.label()),
                        "C11" => printed.parse::<Sufficiency>().map(|v| v.label()),
                        "C12" | "C25" => printed.parse::<Performed>().map(|v| v.label()),
                        "C13" => printed.parse::<Recorded>().map(|v| v.label()),
                        "C14" => printed.parse::<Restricted>().map(|v| v.label()),
                        "C15" => printed.parse::<Established>().map(|v| v.label()),
                        "C16" => printed.parse::<ReEntrusteeOversight>().map(|v| v.label()),
                        "C17" => printed.parse::<full::NiscCompliance>().map(|v| v.label()),
                        "C18" => printed.parse::<full::Maintained>().map(|v| v.label()),
                        "C19" => printed.parse::<full::Publicized>().map(|v| v.label()),
                        "C20" | "C23" => printed.parse::<Effort>().map(|v| v.label()),
                        "C21" => printed.parse::<IncidentHistory>().map(|v| v.label()),
                        "C22" => printed.parse::<full::DeceasedNumbers>().map(|v| v.label()),
                        "C24" => printed.parse::<Fee>().map(|v| v.label()),
                        other => panic!("{other} has no enum"),
                    };
                    assert_eq!(again.as_deref(), Ok(*label), "{id} {list}: {printed}");
                }
            }
        }
        // seed 001–002 B4 prints the bracketed labels with half-width parentheses.
        assert_eq!(
            "2) その他の電子ファイル(表計算ファイル等)".parse(),
            Ok(FileKind::OtherElectronic)
        );
        assert_eq!(
            "連絡先(電話番号等)".parse(),
            Ok(RecordItemCategory::ContactDetails)
        );
        assert_eq!(
            "電子記録媒体(フラッシュメモリを除く。)".parse(),
            Ok(Medium::ElectronicMedia)
        );
        // seed 003–004 Part C prints 基礎 Ⅳ11 as `5)　…` with an ideographic space.
        assert_eq!(
            "5)　不正な提供・移転が行われるリスクへの対策(委託や情報提供ネットワークシステムを通じた提供を除く。)".parse(),
            Ok(basic::PriorityMeasure::ImproperProvision)
        );
    }

    #[test]
    fn band_intervals_follow_their_labels() {
        fn all<T: Copy>(bands: &[T], interval: fn(T) -> Interval) -> Vec<String> {
            bands.iter().map(|b| interval(*b).to_string()).collect()
        }
        assert_eq!(
            all(DataSubjectBand::ALL, DataSubjectBand::interval),
            [
                "0–9999",
                "10000–99999",
                "100000–999999",
                "1000000–9999999",
                "10000000–"
            ]
        );
        assert_eq!(
            all(RecordItemBand::ALL, RecordItemBand::interval),
            ["0–9", "10–49", "50–99", "100–"]
        );
        assert_eq!(
            all(StaffCountBand::ALL, StaffCountBand::interval),
            ["0–9", "10–49", "50–99", "100–499", "500–999", "1000–"]
        );
        let years: Vec<_> = RetentionPeriod::ALL
            .iter()
            .map(|p| p.years().map(|y| y.to_string()))
            .collect();
        assert_eq!(
            years,
            [
                Some("0"),
                Some("1"),
                Some("2"),
                Some("3"),
                Some("4"),
                Some("5"),
                Some("6–9"),
                Some("10–19"),
                Some("20–"),
                None
            ]
            .map(|y| y.map(str::to_owned))
        );
    }

    #[test]
    fn labels_parse_leniently() {
        assert_eq!("５）　1,000人以上".parse(), Ok(StaffCountBand::AtLeast1000));
        assert_eq!("1000万人以上".parse(), Ok(DataSubjectBand::AtLeast10m));
        assert_eq!(
            "2） その他の電子ファイル（表計算ファイル等）".parse(),
            Ok(FileKind::OtherElectronic)
        );
        assert!("十分".parse::<Sufficiency>().is_err());
    }

    #[test]
    fn choice_sets_read_and_write_as_sets_of_the_choices() {
        use std::collections::BTreeSet;
        for text in [
            "[]",
            r#"["その他", "紙", "その他"]"#,
            r#"["紙", "庁内連携システム", "電子メール", "フラッシュメモリ"]"#,
            r#"["府内連携システム"]"#,
            r#"["紙", 3]"#,
            r#"{"紙": 1}"#,
            "null",
            r#"["紙""#,
        ] {
            let ours = serde_json::from_str::<ChoiceSet<Medium>>(text);
            let set = serde_json::from_str::<BTreeSet<Medium>>(text);
            match (ours, set) {
                (Ok(ours), Ok(set)) => {
                    assert!(ours.iter().eq(set.iter()), "{text}");
                    assert_eq!(ours.len(), set.len(), "{text}");
                    assert_eq!(
                        serde_json::to_string(&ours).unwrap(),
                        serde_json::to_string(&set).unwrap()
                    );
                    assert_eq!(format!("{ours:?}"), format!("{set:?}"));
                }
                (Err(ours), Err(set)) => assert_eq!(ours.to_string(), set.to_string(), "{text}"),
                (ours, set) => panic!("{text}: {ours:?} against {set:?}"),
            }
        }
        // Every choice of the longest list has its own bit, at its place in the form.
        let all: ChoiceSet<RecordItemCategory> = RecordItemCategory::ALL.iter().copied().collect();
        assert!(all.iter().eq(RecordItemCategory::ALL));
        assert_eq!(all.iter().len(), RecordItemCategory::ALL.len());
        for (i, c) in RecordItemCategory::ALL.iter().enumerate() {
            assert_eq!(c.index(), i);
            let mut one = ChoiceSet::new();
            assert!(one.insert(*c) && one.contains(c) && !one.insert(*c));
            assert!(one.iter().eq([c]));
            assert!(one.remove(c) && one.is_empty() && !one.remove(c));
        }
    }

    #[test]
    fn checkset_json_shape() {
        let set = CheckSet::of([Medium::Paper, Medium::Other]).with_other("統合DB");
        let json = serde_json::to_string(&set).unwrap();
        assert_eq!(json, r#"{"checked":["紙","その他"],"other":"統合DB"}"#);
        let back: CheckSet<Medium> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, set);
        assert!(serde_json::from_str::<CheckSet<Medium>>(r#"{"checked":[],"x":1}"#).is_err());
    }
}
