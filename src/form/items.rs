//! The static table of form items: one [`ItemId`] per item of the three forms.
//!
//! Each row gives the item's stable ID text, its label as the form prints it, where it is in a
//! [`Report`](crate::Report) (written as the path of its field, with `[]` for a list), and for
//! each form that has it its number as printed and whether it is a ※ item. The rows are written
//! once, in [`item_rows!`]; this module builds [`ItemId`] and its table from them, and
//! `report::items` builds from the same rows the functions that reach every instance of an item
//! in a typed report (the path is code as well as text there). One table, no copies.

use super::ItemNumber;
use crate::{AssessmentKind, Choice};

/// The model's label of the text part of a typed control ([`Control::detail`](crate::report::Control::detail)):
/// the table gives the words each form prints instead ([`ItemId::printed_label`]).
pub(crate) const DETAIL_LABEL: &str = "具体的な方法";

/// The model's label of the opt-out box of a 基礎 Ⅳ risk (`opted_out` of
/// [`OptOutRisk`](crate::report::basic::OptOutRisk)): the table gives the words each item prints instead (「委託しない」, 「提供・移転しない」). The
/// word that ends every opt-out box and choice of the forms (「接続しない（入手）」, 「実施しない」).
pub(crate) const OPT_OUT_LABEL: &str = "しない";

/// Where an item sits in one form: its number as printed and whether it is a ※ item.
///
/// ```
/// use mynumber_pia::AssessmentKind;
/// use mynumber_pia::report::ItemId;
///
/// let p = ItemId::FileStorageLocation.position(AssessmentKind::Full).unwrap();
/// assert_eq!((p.number(), p.is_significant()), ("Ⅱ6①", true));
/// ```
#[doc(alias = "項目番号")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Position {
    number: &'static str,
    typed: ItemNumber,
    significant: bool,
}

impl Position {
    /// The item's number in the form, e.g. `Ⅱ4⑦` (see [`ItemId`] for the notation).
    #[must_use]
    pub const fn number(self) -> &'static str {
        self.number
    }

    /// The item's number, typed (read from the table's text when the code is built).
    #[must_use]
    pub const fn item_number(self) -> ItemNumber {
        self.typed
    }

    /// Whether the form marks the item ※: a change to it may be a 重要な変更 (規則 第11条).
    #[must_use]
    pub const fn is_significant(self) -> bool {
        self.significant
    }
}

/// One row of the table.
struct Row {
    key: &'static str,
    label: &'static str,
    pattern: &'static str,
    positions: [Option<Position>; 3],
    gov_only: bool,
    /// The labels of parts of the item that the forms print in words of their own, with those
    /// words (see [`ItemId::printed_label`]).
    printed: &'static [(&'static str, &'static str)],
}

/// The words the forms print for the text part of a control under ユーザ認証の管理 and the other
/// access controls (全項目 Ⅲ3リスク2, 重点 Ⅲ3リスク2).
const MANAGEMENT_METHOD: &str = "具体的な管理方法";
/// The words the forms print for the text part of a 物理的対策 and a 技術的対策 (全項目 Ⅲ7リスク1).
const MEASURE_CONTENT: &str = "具体的な対策の内容";
/// The words the forms print for the text part of a rule (消去ルール, 提供・移転に関するルール).
const RULE_CONTENT: &str = "ルールの内容及びルール遵守の確認方法";

const NA: Option<Position> = None;

/// A plain item at `number`.
const fn n(number: &'static str) -> Option<Position> {
    Some(Position {
        number,
        typed: ItemNumber::of_table(number),
        significant: false,
    })
}

/// A ※ item at `number`.
const fn s(number: &'static str) -> Option<Position> {
    Some(Position {
        number,
        typed: ItemNumber::of_table(number),
        significant: true,
    })
}

/// The pattern text of a path written as tokens: `files[].storage.retention`.
macro_rules! pattern {
    (@acc [$($out:expr),*] $f:ident [] . $($rest:tt)+) => {
        pattern!(@acc [$($out,)* stringify!($f), "[]."] $($rest)+)
    };
    (@acc [$($out:expr),*] $f:ident []) => { concat!($($out,)* stringify!($f), "[]") };
    (@acc [$($out:expr),*] $f:ident . $($rest:tt)+) => {
        pattern!(@acc [$($out,)* stringify!($f), "."] $($rest)+)
    };
    (@acc [$($out:expr),*] $f:ident) => { concat!($($out,)* stringify!($f)) };
    ($($path:tt)+) => { pattern!(@acc [] $($path)+) };
}

/// The item table. A row is `Variant = "id text", "label", (path), [基礎, 重点, 全項目 positions]`,
/// then `, gov` for an item of 行政機関等 only and `=> [part label => printed words, …]` for the
/// parts the forms print in words of their own.
macro_rules! item_table {
    ($( $variant:ident = $key:literal, $label:literal, ($($path:tt)+), [$b:expr, $f:expr, $a:expr] $(, $gov:ident)? $(=> [$($part:expr => $printed:expr),+])? ; )+) => {
        /// A stable ID for each item of the three forms, with the item's label, its number in each
        /// form, its ※ mark and its path in a [`Report`](crate::Report).
        ///
        /// Numbers are written `<chapter><section><item>` (`Ⅱ4⑦`); sub-items without a number of
        /// their own add their label (`Ⅱ2③その必要性`); cover items are `表紙<label>`. Lookups
        /// normalise width, spaces and separators, so `Ⅱ－４．⑦` and `II 4 ⑦` find the same
        /// item. Labels are as the form prints them (the 全項目 wording where the forms differ);
        /// where the bare label would be ambiguous, the heading it sits under comes first, after
        /// a full-width space (`委託　対象となる本人の数`); a heading printed as several lines (the
        /// five 委託 risks of 全項目 Ⅲ4) is named by its first line.
        ///
        /// Serialized, written (`Display`) and read (`FromStr`: the item whose ID text is the text
        /// exactly, by a match, which loading reads faster than a search of the table: a 全項目
        /// report names about 140 items in its 変更箇所) as its [`as_str`](ItemId::as_str) text. A
        /// new revision of the forms may add items.
        ///
        /// ```
        /// use mynumber_pia::AssessmentKind;
        /// use mynumber_pia::report::ItemId;
        ///
        /// let id = ItemId::EntrustmentReEntrustment;
        /// assert_eq!(id.as_str(), "file.entrustment.re_entrustment");
        /// assert_eq!(id.label(), "再委託の有無");
        /// assert_eq!(id.number(AssessmentKind::Full), Some("Ⅱ4⑦"));
        /// assert_eq!(id.number(AssessmentKind::Focused), Some("Ⅱ4④"));
        /// assert!(id.is_significant(AssessmentKind::Full));
        /// assert_eq!(ItemId::find_by_number(AssessmentKind::Focused, "Ⅱ－４．④"), Some(id));
        /// assert_eq!(id.path(&[0, 2]).to_string(), "files[0].entrustments[2].re_entrustment");
        /// ```
        #[doc(alias = "項目ID")]
        #[doc(alias = "記載項目")]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ::strum::VariantArray, ::strum::EnumCount, ::strum::Display, ::strum::EnumString)]
        #[strum(parse_err_ty = UnknownItemId, parse_err_fn = UnknownItemId::of)]
        #[non_exhaustive]
        pub enum ItemId {
            $(
                #[doc = concat!("「", $label, "」: `", $key, "`, at `", pattern!($($path)+), "`.")]
                #[strum(serialize = $key)]
                $variant,
            )+
        }

        /// Every row, in the order of [`ItemId`].
        static ROWS: &[Row] = &[
            $(
                Row {
                    key: $key,
                    label: $label,
                    pattern: pattern!($($path)+),
                    positions: [$b, $f, $a],
                    gov_only: item_table!(@gov $($gov)?),
                    printed: &[$($(($part, $printed)),+)?],
                },
            )+
        ];

    };
    (@gov) => { false };
    (@gov gov) => { true };
}

/// The rows of the item table, handed to `$callback!`: the one list every table of the items is
/// built from ([`item_table!`] here, the binding of each path to the report's fields in
/// `report::items`).
macro_rules! item_rows {
    ($callback:ident) => {
        $callback! {
    // ---- 表紙 ----
    CoverNumber = "cover.number", "評価書番号", (cover.number), [n("表紙評価書番号"), n("表紙評価書番号"), n("表紙評価書番号")];
    CoverTitle = "cover.title", "評価書名", (cover.title), [n("表紙評価書名"), n("表紙評価書名"), n("表紙評価書名")];
    CoverDeclaration = "cover.declaration", "個人のプライバシー等の権利利益の保護の宣言", (cover.declaration), [n("表紙宣言"), n("表紙宣言"), n("表紙宣言")];
    CoverSpecialNote = "cover.special_note", "特記事項", (cover.special_note), [n("表紙特記事項"), n("表紙特記事項"), n("表紙特記事項")];
    CoverBody = "cover.body", "評価実施機関名", (cover.body), [n("表紙評価実施機関名"), n("表紙評価実施機関名"), n("表紙評価実施機関名")];
    CoverPublishedOn = "cover.published_on", "公表日", (cover.published_on), [n("表紙公表日"), n("表紙公表日"), n("表紙公表日")];
    CoverApprovalDate = "cover.approval_date", "個人情報保護委員会　承認日", (cover.approval_date), [NA, NA, n("表紙承認日")], gov;
    CoverBodyKind = "cover.body_kind", "評価実施機関の種別", (cover.body_kind), [NA, NA, NA];
    CoverFormVersion = "cover.form_version", "様式", (cover.form_version), [n("表紙様式"), n("表紙様式"), n("表紙様式")];

    // ---- Ⅰ 基本情報 / 関連情報 ----
    AffairName = "affair.name", "事務の名称", (affair.name), [n("Ⅰ1①"), n("Ⅰ1①"), n("Ⅰ1①")];
    AffairDescription = "affair.description", "事務の内容", (affair.description), [n("Ⅰ1②"), n("Ⅰ1②"), s("Ⅰ1②")];
    AffairSubjectCount = "affair.subject_count", "対象人数", (affair.subject_count), [NA, n("Ⅰ1③"), n("Ⅰ1③")];
    SystemName = "system.name", "システムの名称", (systems[].name), [n("Ⅰ1③"), n("Ⅰ2①"), n("Ⅰ2①")];
    SystemFunctions = "system.functions", "システムの機能", (systems[].functions), [NA, n("Ⅰ2②"), n("Ⅰ2②")];
    SystemConnections = "system.connections", "他のシステムとの接続", (systems[].connections), [NA, n("Ⅰ2③"), n("Ⅰ2③")];
    AffairFileNames = "affair.file_names", "特定個人情報ファイル名", (affair.file_names), [n("Ⅰ2"), n("Ⅰ3"), n("Ⅰ3")];
    AffairNecessity = "affair.necessity", "事務実施上の必要性", (affair.necessity), [NA, NA, n("Ⅰ4①")];
    AffairBenefits = "affair.benefits", "実現が期待されるメリット", (affair.benefits), [NA, NA, n("Ⅰ4②")];
    AffairNumberUseBasis = "affair.number_use_basis", "個人番号の利用　法令上の根拠", (affair.number_use_basis), [n("Ⅰ3"), s("Ⅰ4"), s("Ⅰ5")];
    AffairInfoLinkage = "affair.info_linkage", "情報提供ネットワークシステムによる情報連携　実施の有無", (affair.info_linkage), [n("Ⅰ4①"), s("Ⅰ5①"), s("Ⅰ6①")];
    AffairInfoLinkageBasis = "affair.info_linkage_basis", "情報提供ネットワークシステムによる情報連携　法令上の根拠", (affair.info_linkage_basis), [n("Ⅰ4②"), s("Ⅰ5②"), s("Ⅰ6②")];
    AffairDepartment = "affair.department", "評価実施機関における担当部署　部署", (affair.department), [n("Ⅰ5①"), n("Ⅰ6①"), n("Ⅰ7①")];
    AffairDepartmentHead = "affair.department_head", "所属長の役職名", (affair.department_head), [n("Ⅰ5②"), n("Ⅰ6②"), n("Ⅰ7②")];
    AffairOtherBodies = "affair.other_bodies", "他の評価実施機関", (affair.other_bodies), [n("Ⅰ6"), n("Ⅰ7"), n("Ⅰ8")];
    AffairDescriptionAppendix = "affair.description_appendix", "（別添１）事務の内容", (affair.description_appendix), [NA, NA, n("別添1")];
    BasicEmergencyException = "basic.emergency_exception", "規則第９条第２項の適用", (basic.emergency_exception), [n("Ⅰ9"), NA, NA];

    // ---- 開示請求、問合せ ----
    DisclosureRequestTo = "disclosure.request_to", "請求先", (disclosure.request_to), [n("Ⅰ7"), n("Ⅳ1①"), n("Ⅴ1①")];
    DisclosureRequestMethod = "disclosure.request_method", "請求方法", (disclosure.request_method), [NA, n("Ⅳ1②"), n("Ⅴ1②")];
    DisclosureRequestNote = "disclosure.request_note", "請求方法　特記事項", (disclosure.request_note), [NA, NA, n("Ⅴ1②特記事項")];
    DisclosureFee = "disclosure.fee", "手数料等", (disclosure.fee), [NA, NA, n("Ⅴ1③")];
    DisclosureFeeDetail = "disclosure.fee_detail", "手数料額、納付方法", (disclosure.fee_detail), [NA, NA, n("Ⅴ1③手数料額、納付方法")];
    DisclosureRegisterPublished = "disclosure.register_published", "個人情報ファイル簿の公表", (disclosure.register_published), [NA, NA, n("Ⅴ1④")];
    DisclosureRegisterFileName = "disclosure.register_file_name", "個人情報ファイル名", (disclosure.register_file_name), [NA, NA, n("Ⅴ1④個人情報ファイル名")];
    DisclosureRegisterPlace = "disclosure.register_place", "公表場所", (disclosure.register_place), [NA, NA, n("Ⅴ1④公表場所")];
    DisclosureSpecialProcedure = "disclosure.special_procedure", "法令による特別の手続", (disclosure.special_procedure), [NA, n("Ⅳ1③"), n("Ⅴ1⑤")];
    DisclosureRegisterOmission = "disclosure.register_omission", "個人情報ファイル簿への不記載等", (disclosure.register_omission), [NA, n("Ⅳ1④"), n("Ⅴ1⑥")];
    DisclosureInquiryContact = "disclosure.inquiry_contact", "連絡先", (disclosure.inquiry_contact), [n("Ⅰ8"), n("Ⅳ2①"), n("Ⅴ2①")];
    DisclosureInquiryHandling = "disclosure.inquiry_handling", "対応方法", (disclosure.inquiry_handling), [NA, n("Ⅳ2②"), n("Ⅴ2②")];

    // ---- 基礎 Ⅱ しきい値判断項目 / Ⅲ しきい値判断結果 ----
    ThresholdSubjectCount = "threshold.subject_count", "評価対象の事務の対象人数は何人か", (basic.threshold_items.subject_count), [n("Ⅱ1"), NA, NA];
    ThresholdSubjectCountAsOf = "threshold.subject_count_as_of", "対象人数　いつ時点の計数か", (basic.threshold_items.subject_count_as_of), [n("Ⅱ1いつ時点の計数か"), NA, NA];
    ThresholdHandlerCount = "threshold.handler_count", "特定個人情報ファイル取扱者数は500人以上か", (basic.threshold_items.handler_count), [n("Ⅱ2"), NA, NA];
    ThresholdHandlerCountAsOf = "threshold.handler_count_as_of", "取扱者数　いつ時点の計数か", (basic.threshold_items.handler_count_as_of), [n("Ⅱ2いつ時点の計数か"), NA, NA];
    ThresholdSeriousIncident = "threshold.serious_incident", "過去１年以内に、評価実施機関において特定個人情報に関する重大事故が発生したか", (basic.threshold_items.serious_incident), [n("Ⅱ3"), NA, NA];
    ThresholdResult = "threshold.result", "しきい値判断結果", (basic.threshold_result), [n("Ⅲ"), NA, NA];

    // ---- Ⅱ 特定個人情報ファイルの概要 ----
    FileNames = "file.names", "特定個人情報ファイル名", (files[].names), [NA, n("Ⅱ1"), n("Ⅱ1")];
    FileKind = "file.kind", "ファイルの種類", (files[].kind), [NA, s("Ⅱ2①"), s("Ⅱ2①")];
    FileDataSubjects = "file.data_subjects", "対象となる本人の数", (files[].data_subjects), [NA, n("Ⅱ2②"), n("Ⅱ2②")];
    FileSubjectScope = "file.subject_scope", "対象となる本人の範囲", (files[].subject_scope), [NA, s("Ⅱ2③"), s("Ⅱ2③")];
    FileSubjectScopeNecessity = "file.subject_scope_necessity", "その必要性", (files[].subject_scope_necessity), [NA, n("Ⅱ2③その必要性"), n("Ⅱ2③その必要性")];
    FileRecordItemCount = "file.record_item_count", "記録される項目", (files[].record_item_count), [NA, n("Ⅱ2④"), n("Ⅱ2④")];
    FileMainRecordItems = "file.main_record_items", "主な記録項目", (files[].main_record_items), [NA, s("Ⅱ2④主な記録項目"), s("Ⅱ2④主な記録項目")];
    FileRecordItemsValidity = "file.record_items_validity", "記録される項目　その妥当性", (files[].record_items_validity), [NA, n("Ⅱ2④その妥当性"), n("Ⅱ2④その妥当性")];
    FileAllRecordItems = "file.all_record_items", "全ての記録項目", (files[].all_record_items), [NA, n("Ⅱ2④全ての記録項目"), n("Ⅱ2④全ての記録項目")];
    FileHoldingStart = "file.holding_start", "保有開始日", (files[].holding_start), [NA, n("Ⅱ2⑤"), n("Ⅱ2⑤")];
    FileDepartment = "file.department", "事務担当部署", (files[].department), [NA, n("Ⅱ2⑥"), n("Ⅱ2⑥")];
    FileSources = "file.acquisition.sources", "入手元", (files[].acquisition.sources), [NA, s("Ⅱ3①"), s("Ⅱ3①")];
    FileAcquisitionMethods = "file.acquisition.methods", "入手方法", (files[].acquisition.methods), [NA, n("Ⅱ3②"), n("Ⅱ3②")];
    FileAcquisitionTiming = "file.acquisition.timing", "入手の時期・頻度", (files[].acquisition.timing), [NA, NA, n("Ⅱ3③")];
    FileAcquisitionValidity = "file.acquisition.validity", "入手に係る妥当性", (files[].acquisition.validity), [NA, NA, n("Ⅱ3④")];
    FileAcquisitionNotice = "file.acquisition.notice", "本人への明示", (files[].acquisition.notice), [NA, NA, n("Ⅱ3⑤")];
    FileUsagePurpose = "file.usage.purpose", "使用目的", (files[].usage.purpose), [NA, s("Ⅱ3③"), s("Ⅱ3⑥")];
    FileUsagePurposeChangeValidity = "file.usage.purpose_change_validity", "変更の妥当性", (files[].usage.purpose_change_validity), [NA, NA, n("Ⅱ3⑥変更の妥当性")];
    FileUsageDepartments = "file.usage.departments", "使用部署", (files[].usage.departments), [NA, n("Ⅱ3④使用部署"), s("Ⅱ3⑦使用部署")];
    FileUsageUserCount = "file.usage.user_count", "使用者数", (files[].usage.user_count), [NA, n("Ⅱ3④使用者数"), n("Ⅱ3⑦使用者数")];
    FileUsageMethod = "file.usage.method", "使用方法", (files[].usage.method), [NA, n("Ⅱ3⑤"), s("Ⅱ3⑧")];
    FileUsageMatching = "file.usage.matching", "情報の突合", (files[].usage.matching), [NA, n("Ⅱ3⑤情報の突合"), s("Ⅱ3⑧情報の突合")];
    FileUsageStatistics = "file.usage.statistics", "情報の統計分析", (files[].usage.statistics), [NA, NA, s("Ⅱ3⑧情報の統計分析")];
    FileUsageDecisions = "file.usage.decisions", "権利利益に影響を与え得る決定", (files[].usage.decisions), [NA, NA, s("Ⅱ3⑧権利利益に影響を与え得る決定")];
    FileUsageStart = "file.usage.start", "使用開始日", (files[].usage.start), [NA, n("Ⅱ3⑥"), n("Ⅱ3⑨")];
    FileEntrustmentStatus = "file.entrustment_status", "委託の有無", (files[].entrustment_status), [NA, s("Ⅱ4委託の有無"), s("Ⅱ4委託の有無")];
    FileEntrustmentCount = "file.entrustment_count", "委託の有無　（ ）件", (files[].entrustment_count), [NA, n("Ⅱ4委託の有無　（ ）件"), n("Ⅱ4委託の有無　（ ）件")];
    EntrustmentTitle = "file.entrustment.title", "委託事項", (files[].entrustments[].title), [NA, n("Ⅱ4委託事項"), n("Ⅱ4委託事項")];
    EntrustmentContent = "file.entrustment.content", "委託内容", (files[].entrustments[].content), [NA, n("Ⅱ4①"), n("Ⅱ4①")];
    EntrustmentScope = "file.entrustment.scope", "取扱いを委託する特定個人情報ファイルの範囲", (files[].entrustments[].scope), [NA, NA, n("Ⅱ4②")];
    EntrustmentDataSubjects = "file.entrustment.data_subjects", "委託　対象となる本人の数", (files[].entrustments[].data_subjects), [NA, NA, n("Ⅱ4②対象となる本人の数")];
    EntrustmentSubjectScope = "file.entrustment.subject_scope", "委託　対象となる本人の範囲", (files[].entrustments[].subject_scope), [NA, NA, s("Ⅱ4②対象となる本人の範囲")];
    EntrustmentScopeValidity = "file.entrustment.scope_validity", "委託　その妥当性", (files[].entrustments[].scope_validity), [NA, NA, n("Ⅱ4②その妥当性")];
    EntrustmentHandlerCount = "file.entrustment.handler_count", "委託先における取扱者数", (files[].entrustments[].handler_count), [NA, n("Ⅱ4②"), n("Ⅱ4③")];
    EntrustmentHandoverMethods = "file.entrustment.handover_methods", "委託先への特定個人情報ファイルの提供方法", (files[].entrustments[].handover_methods), [NA, NA, n("Ⅱ4④")];
    EntrustmentEntrusteeConfirmation = "file.entrustment.entrustee_confirmation", "委託先名の確認方法", (files[].entrustments[].entrustee_confirmation), [NA, NA, n("Ⅱ4⑤")];
    EntrustmentEntrustee = "file.entrustment.entrustee", "委託先名", (files[].entrustments[].entrustee), [NA, n("Ⅱ4③"), n("Ⅱ4⑥")];
    EntrustmentReEntrustment = "file.entrustment.re_entrustment", "再委託の有無", (files[].entrustments[].re_entrustment), [NA, s("Ⅱ4④"), s("Ⅱ4⑦")];
    EntrustmentReEntrustmentPermission = "file.entrustment.re_entrustment_permission", "再委託の許諾方法", (files[].entrustments[].re_entrustment_permission), [NA, n("Ⅱ4⑤"), n("Ⅱ4⑧")];
    EntrustmentReEntrustmentItems = "file.entrustment.re_entrustment_items", "再委託事項", (files[].entrustments[].re_entrustment_items), [NA, n("Ⅱ4⑥"), n("Ⅱ4⑨")];
    EntrustmentReEntrustees = "file.entrustment.re_entrustees", "再委託先・再々委託先", (files[].entrustments[].re_entrustees), [NA, NA, NA];
    FileProvisionTransfer = "file.provision_transfer", "提供・移転の有無", (files[].provision_transfer), [NA, n("Ⅱ5提供・移転の有無"), n("Ⅱ5提供・移転の有無")];
    ProvisionName = "file.provision.name", "提供先", (files[].provisions[].name), [NA, n("Ⅱ5提供先"), n("Ⅱ5提供先")];
    ProvisionLegalBasis = "file.provision.legal_basis", "提供先　法令上の根拠", (files[].provisions[].legal_basis), [NA, n("Ⅱ5提供先①"), n("Ⅱ5提供先①")];
    ProvisionPurpose = "file.provision.purpose", "提供先における用途", (files[].provisions[].purpose), [NA, n("Ⅱ5提供先②"), n("Ⅱ5提供先②")];
    ProvisionInformation = "file.provision.information", "提供する情報", (files[].provisions[].information), [NA, n("Ⅱ5提供先③"), n("Ⅱ5提供先③")];
    ProvisionDataSubjects = "file.provision.data_subjects", "提供する情報の対象となる本人の数", (files[].provisions[].data_subjects), [NA, n("Ⅱ5提供先④"), n("Ⅱ5提供先④")];
    ProvisionSubjectScope = "file.provision.subject_scope", "提供する情報の対象となる本人の範囲", (files[].provisions[].subject_scope), [NA, n("Ⅱ5提供先⑤"), n("Ⅱ5提供先⑤")];
    ProvisionMethods = "file.provision.methods", "提供方法", (files[].provisions[].methods), [NA, n("Ⅱ5提供先⑥"), n("Ⅱ5提供先⑥")];
    ProvisionTiming = "file.provision.timing", "提供先　時期・頻度", (files[].provisions[].timing), [NA, n("Ⅱ5提供先⑦"), n("Ⅱ5提供先⑦")];
    TransferName = "file.transfer.name", "移転先", (files[].transfers[].name), [NA, n("Ⅱ5移転先"), n("Ⅱ5移転先")];
    TransferLegalBasis = "file.transfer.legal_basis", "移転先　法令上の根拠", (files[].transfers[].legal_basis), [NA, n("Ⅱ5移転先①"), n("Ⅱ5移転先①")];
    TransferPurpose = "file.transfer.purpose", "移転先における用途", (files[].transfers[].purpose), [NA, n("Ⅱ5移転先②"), n("Ⅱ5移転先②")];
    TransferInformation = "file.transfer.information", "移転する情報", (files[].transfers[].information), [NA, n("Ⅱ5移転先③"), n("Ⅱ5移転先③")];
    TransferDataSubjects = "file.transfer.data_subjects", "移転する情報の対象となる本人の数", (files[].transfers[].data_subjects), [NA, n("Ⅱ5移転先④"), n("Ⅱ5移転先④")];
    TransferSubjectScope = "file.transfer.subject_scope", "移転する情報の対象となる本人の範囲", (files[].transfers[].subject_scope), [NA, n("Ⅱ5移転先⑤"), n("Ⅱ5移転先⑤")];
    TransferMethods = "file.transfer.methods", "移転方法", (files[].transfers[].methods), [NA, n("Ⅱ5移転先⑥"), n("Ⅱ5移転先⑥")];
    TransferTiming = "file.transfer.timing", "移転先　時期・頻度", (files[].transfers[].timing), [NA, n("Ⅱ5移転先⑦"), n("Ⅱ5移転先⑦")];
    FileStorageLocation = "file.storage.location", "保管場所", (files[].storage.location), [NA, s("Ⅱ6保管場所"), s("Ⅱ6①")];
    FileStorageRetention = "file.storage.retention", "保管期間", (files[].storage.retention), [NA, NA, n("Ⅱ6②")];
    FileStorageRetentionValidity = "file.storage.retention_validity", "保管期間　その妥当性", (files[].storage.retention_validity), [NA, NA, n("Ⅱ6②その妥当性")];
    FileStorageErasure = "file.storage.erasure", "消去方法", (files[].storage.erasure), [NA, NA, n("Ⅱ6③")];
    FileRemarks = "file.remarks", "備考", (files[].remarks), [NA, n("Ⅱ7"), n("Ⅱ7")];
    FileRecordItemList = "file.record_item_list", "特定個人情報ファイル記録項目", (files[].record_item_list), [NA, n("別添1"), n("別添2")];

    // ---- 全項目 Ⅲ リスク対策 ※（７．リスク１⑨を除く。）, Ⅳ その他のリスク対策 ※ ----
    FullFileNames = "full.file_names", "特定個人情報ファイル名", (full.risk_measures.file_names), [NA, NA, s("Ⅲ1")];
    FullAcquisitionRisk1 = "full.acquisition.risk1", "リスク１：目的外の入手が行われるリスク", (full.risk_measures.acquisition.risk1), [NA, NA, s("Ⅲ2リスク1")];
    FullAcquisitionRisk1NonSubject = "full.acquisition.risk1.non_subject_prevention", "対象者以外の情報の入手を防止するための措置の内容", (full.risk_measures.acquisition.risk1.non_subject_prevention), [NA, NA, s("Ⅲ2リスク1対象者以外の情報の入手を防止するための措置の内容")];
    FullAcquisitionRisk1Unnecessary = "full.acquisition.risk1.unnecessary_info_prevention", "必要な情報以外を入手することを防止するための措置の内容", (full.risk_measures.acquisition.risk1.unnecessary_info_prevention), [NA, NA, s("Ⅲ2リスク1必要な情報以外を入手することを防止するための措置の内容")];
    FullAcquisitionRisk2 = "full.acquisition.risk2", "リスク２：不適切な方法で入手が行われるリスク", (full.risk_measures.acquisition.risk2), [NA, NA, s("Ⅲ2リスク2")];
    FullAcquisitionRisk3 = "full.acquisition.risk3", "リスク３：入手した特定個人情報が不正確であるリスク", (full.risk_measures.acquisition.risk3), [NA, NA, s("Ⅲ2リスク3")];
    FullAcquisitionRisk3IdentityCheck = "full.acquisition.risk3.identity_check", "入手の際の本人確認の措置の内容", (full.risk_measures.acquisition.risk3.identity_check), [NA, NA, s("Ⅲ2リスク3入手の際の本人確認の措置の内容")];
    FullAcquisitionRisk3NumberAuthenticity = "full.acquisition.risk3.number_authenticity", "個人番号の真正性確認の措置の内容", (full.risk_measures.acquisition.risk3.number_authenticity), [NA, NA, s("Ⅲ2リスク3個人番号の真正性確認の措置の内容")];
    FullAcquisitionRisk3Accuracy = "full.acquisition.risk3.accuracy", "特定個人情報の正確性確保の措置の内容", (full.risk_measures.acquisition.risk3.accuracy), [NA, NA, s("Ⅲ2リスク3特定個人情報の正確性確保の措置の内容")];
    FullAcquisitionRisk4 = "full.acquisition.risk4", "リスク４：入手の際に特定個人情報が漏えい・紛失するリスク", (full.risk_measures.acquisition.risk4), [NA, NA, s("Ⅲ2リスク4")];
    FullAcquisitionOtherRisks = "full.acquisition.other_risks", "特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）におけるその他のリスク及びそのリスクに対する措置", (full.risk_measures.acquisition.other_risks), [NA, NA, s("Ⅲ2その他のリスク")];
    FullUsageRisk1 = "full.usage.risk1", "リスク１：目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク", (full.risk_measures.usage.risk1), [NA, NA, s("Ⅲ3リスク1")];
    FullUsageRisk1AddressSystem = "full.usage.risk1.address_system_measures", "宛名システム等における措置の内容", (full.risk_measures.usage.risk1.address_system_measures), [NA, NA, s("Ⅲ3リスク1宛名システム等における措置の内容")];
    FullUsageRisk1OtherSystems = "full.usage.risk1.other_system_measures", "事務で使用するその他のシステムにおける措置の内容", (full.risk_measures.usage.risk1.other_system_measures), [NA, NA, s("Ⅲ3リスク1事務で使用するその他のシステムにおける措置の内容")];
    FullUsageRisk2 = "full.usage.risk2", "リスク２：権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスク", (full.risk_measures.usage.risk2), [NA, NA, s("Ⅲ3リスク2")];
    FullUsageRisk2UserAuth = "full.usage.risk2.user_auth", "ユーザ認証の管理", (full.risk_measures.usage.risk2.user_auth), [NA, NA, s("Ⅲ3リスク2ユーザ認証の管理")] => [DETAIL_LABEL => MANAGEMENT_METHOD];
    FullUsageRisk2AccessGrant = "full.usage.risk2.access_grant", "アクセス権限の発効・失効の管理", (full.risk_measures.usage.risk2.access_grant), [NA, NA, s("Ⅲ3リスク2アクセス権限の発効・失効の管理")] => [DETAIL_LABEL => MANAGEMENT_METHOD];
    FullUsageRisk2AccessRights = "full.usage.risk2.access_rights", "アクセス権限の管理", (full.risk_measures.usage.risk2.access_rights), [NA, NA, s("Ⅲ3リスク2アクセス権限の管理")] => [DETAIL_LABEL => MANAGEMENT_METHOD];
    FullUsageRisk2UsageRecord = "full.usage.risk2.usage_record", "特定個人情報の使用の記録", (full.risk_measures.usage.risk2.usage_record), [NA, NA, s("Ⅲ3リスク2特定個人情報の使用の記録")];
    FullUsageRisk3 = "full.usage.risk3", "リスク３：従業者が事務外で使用するリスク", (full.risk_measures.usage.risk3), [NA, NA, s("Ⅲ3リスク3")];
    FullUsageRisk4 = "full.usage.risk4", "リスク４：特定個人情報ファイルが不正に複製されるリスク", (full.risk_measures.usage.risk4), [NA, NA, s("Ⅲ3リスク4")];
    FullUsageOtherRisks = "full.usage.other_risks", "特定個人情報の使用におけるその他のリスク及びそのリスクに対する措置", (full.risk_measures.usage.other_risks), [NA, NA, s("Ⅲ3その他のリスク")];
    FullEntrustmentNotEntrusted = "full.entrustment.not_entrusted", "委託しない", (full.risk_measures.entrustment.not_entrusted), [NA, NA, s("Ⅲ4委託しない")];
    FullEntrustmentRisk = "full.entrustment.risk", "委託先による特定個人情報の不正入手・不正な使用に関するリスク", (full.risk_measures.entrustment.risk), [NA, NA, s("Ⅲ4リスク")];
    FullEntrustmentProtectionCheck = "full.entrustment.risk.protection_check", "情報保護管理体制の確認", (full.risk_measures.entrustment.risk.protection_check), [NA, NA, s("Ⅲ4情報保護管理体制の確認")];
    FullEntrustmentViewerRestriction = "full.entrustment.risk.viewer_restriction", "特定個人情報ファイルの閲覧者・更新者の制限", (full.risk_measures.entrustment.risk.viewer_restriction), [NA, NA, s("Ⅲ4特定個人情報ファイルの閲覧者・更新者の制限")] => [DETAIL_LABEL => "具体的な制限方法"];
    FullEntrustmentHandlingRecord = "full.entrustment.risk.handling_record", "特定個人情報ファイルの取扱いの記録", (full.risk_measures.entrustment.risk.handling_record), [NA, NA, s("Ⅲ4特定個人情報ファイルの取扱いの記録")];
    FullEntrustmentProvisionRule = "full.entrustment.risk.provision_rule", "特定個人情報の提供ルール", (full.risk_measures.entrustment.risk.provision_rule), [NA, NA, s("Ⅲ4特定個人情報の提供ルール")];
    FullEntrustmentErasureRule = "full.entrustment.risk.erasure_rule", "特定個人情報の消去ルール", (full.risk_measures.entrustment.risk.erasure_rule), [NA, NA, s("Ⅲ4特定個人情報の消去ルール")] => [DETAIL_LABEL => RULE_CONTENT];
    FullEntrustmentContractClause = "full.entrustment.risk.contract_clause", "委託契約書中の特定個人情報ファイルの取扱いに関する規定", (full.risk_measures.entrustment.risk.contract_clause), [NA, NA, s("Ⅲ4委託契約書中の特定個人情報ファイルの取扱いに関する規定")] => [DETAIL_LABEL => "規定の内容"];
    FullEntrustmentReEntrusteeAssurance = "full.entrustment.risk.re_entrustee_assurance", "再委託先による特定個人情報ファイルの適切な取扱いの確保", (full.risk_measures.entrustment.risk.re_entrustee_assurance), [NA, NA, s("Ⅲ4再委託先による特定個人情報ファイルの適切な取扱いの確保")];
    FullEntrustmentOtherRisks = "full.entrustment.other_risks", "特定個人情報ファイルの取扱いの委託におけるその他のリスク及びそのリスクに対する措置", (full.risk_measures.entrustment.other_risks), [NA, NA, s("Ⅲ4その他のリスク")];
    FullProvisionNotProvided = "full.provision_transfer.not_provided", "提供・移転しない", (full.risk_measures.provision_transfer.not_provided), [NA, NA, s("Ⅲ5提供・移転しない")];
    FullProvisionRisk1 = "full.provision_transfer.risk1", "リスク１：不正な提供・移転が行われるリスク", (full.risk_measures.provision_transfer.risk1), [NA, NA, s("Ⅲ5リスク1")];
    FullProvisionRisk1Record = "full.provision_transfer.risk1.record", "特定個人情報の提供・移転の記録", (full.risk_measures.provision_transfer.risk1.record), [NA, NA, s("Ⅲ5リスク1特定個人情報の提供・移転の記録")];
    FullProvisionRisk1Rule = "full.provision_transfer.risk1.rule", "特定個人情報の提供・移転に関するルール", (full.risk_measures.provision_transfer.risk1.rule), [NA, NA, s("Ⅲ5リスク1特定個人情報の提供・移転に関するルール")] => [DETAIL_LABEL => RULE_CONTENT];
    FullProvisionRisk2 = "full.provision_transfer.risk2", "リスク２：不適切な方法で提供・移転が行われるリスク", (full.risk_measures.provision_transfer.risk2), [NA, NA, s("Ⅲ5リスク2")];
    FullProvisionRisk3 = "full.provision_transfer.risk3", "リスク３：誤った情報を提供・移転してしまうリスク、誤った相手に提供・移転してしまうリスク", (full.risk_measures.provision_transfer.risk3), [NA, NA, s("Ⅲ5リスク3")];
    FullProvisionOtherRisks = "full.provision_transfer.other_risks", "特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）におけるその他のリスク及びそのリスクに対する措置", (full.risk_measures.provision_transfer.other_risks), [NA, NA, s("Ⅲ5その他のリスク")];
    FullNetworkNotConnectedAcquisition = "full.network.not_connected_acquisition", "接続しない（入手）", (full.risk_measures.network.not_connected_acquisition), [NA, NA, s("Ⅲ6接続しない（入手）")];
    FullNetworkNotConnectedProvision = "full.network.not_connected_provision", "接続しない（提供）", (full.risk_measures.network.not_connected_provision), [NA, NA, s("Ⅲ6接続しない（提供）")];
    FullNetworkRisk1 = "full.network.risk1", "リスク１：目的外の入手が行われるリスク", (full.risk_measures.network.risk1), [NA, NA, s("Ⅲ6リスク1")];
    FullNetworkRisk2 = "full.network.risk2", "リスク２：安全が保たれない方法によって入手が行われるリスク", (full.risk_measures.network.risk2), [NA, NA, s("Ⅲ6リスク2")];
    FullNetworkRisk3 = "full.network.risk3", "リスク３：入手した特定個人情報が不正確であるリスク", (full.risk_measures.network.risk3), [NA, NA, s("Ⅲ6リスク3")];
    FullNetworkRisk4 = "full.network.risk4", "リスク４：入手の際に特定個人情報が漏えい・紛失するリスク", (full.risk_measures.network.risk4), [NA, NA, s("Ⅲ6リスク4")];
    FullNetworkRisk5 = "full.network.risk5", "リスク５：不正な提供が行われるリスク", (full.risk_measures.network.risk5), [NA, NA, s("Ⅲ6リスク5")];
    FullNetworkRisk6 = "full.network.risk6", "リスク６：不適切な方法で提供されるリスク", (full.risk_measures.network.risk6), [NA, NA, s("Ⅲ6リスク6")];
    FullNetworkRisk7 = "full.network.risk7", "リスク７：誤った情報を提供してしまうリスク、誤った相手に提供してしまうリスク", (full.risk_measures.network.risk7), [NA, NA, s("Ⅲ6リスク7")];
    FullNetworkOtherRisks = "full.network.other_risks", "情報提供ネットワークシステムとの接続に伴うその他のリスク及びそのリスクに対する措置", (full.risk_measures.network.other_risks), [NA, NA, s("Ⅲ6その他のリスク")];
    FullStorageRisk1 = "full.storage.risk1", "リスク１：特定個人情報の漏えい・滅失・毀損リスク", (full.risk_measures.storage.risk1), [NA, NA, s("Ⅲ7リスク1")];
    FullStorageNisc = "full.storage.risk1.nisc", "NISC政府機関統一基準群", (full.risk_measures.storage.risk1.nisc), [NA, NA, s("Ⅲ7リスク1①")];
    FullStorageSafetySystem = "full.storage.risk1.safety_system", "安全管理体制", (full.risk_measures.storage.risk1.safety_system), [NA, NA, s("Ⅲ7リスク1②")];
    FullStorageSafetyRules = "full.storage.risk1.safety_rules", "安全管理規程", (full.risk_measures.storage.risk1.safety_rules), [NA, NA, s("Ⅲ7リスク1③")];
    FullStorageStaffAwareness = "full.storage.risk1.staff_awareness", "安全管理体制・規程の職員への周知", (full.risk_measures.storage.risk1.staff_awareness), [NA, NA, s("Ⅲ7リスク1④")];
    FullStoragePhysical = "full.storage.risk1.physical", "物理的対策", (full.risk_measures.storage.risk1.physical), [NA, NA, s("Ⅲ7リスク1⑤")] => [DETAIL_LABEL => MEASURE_CONTENT];
    FullStorageTechnical = "full.storage.risk1.technical", "技術的対策", (full.risk_measures.storage.risk1.technical), [NA, NA, s("Ⅲ7リスク1⑥")] => [DETAIL_LABEL => MEASURE_CONTENT];
    FullStorageBackup = "full.storage.risk1.backup", "バックアップ", (full.risk_measures.storage.risk1.backup), [NA, NA, s("Ⅲ7リスク1⑦")];
    FullStorageIncidentProcedure = "full.storage.risk1.incident_procedure", "事故発生時手順の策定・周知", (full.risk_measures.storage.risk1.incident_procedure), [NA, NA, s("Ⅲ7リスク1⑧")];
    FullStorageSeriousIncident = "full.storage.risk1.serious_incident", "過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか", (full.risk_measures.storage.risk1.serious_incident), [NA, NA, n("Ⅲ7リスク1⑨")];
    FullStorageDeceasedNumbers = "full.storage.risk1.deceased_numbers", "死者の個人番号", (full.risk_measures.storage.risk1.deceased_numbers), [NA, NA, s("Ⅲ7リスク1⑩")] => [DETAIL_LABEL => "具体的な保管方法"];
    FullStorageRisk2 = "full.storage.risk2", "リスク２：特定個人情報が古い情報のまま保管され続けるリスク", (full.risk_measures.storage.risk2), [NA, NA, s("Ⅲ7リスク2")];
    FullStorageRisk3 = "full.storage.risk3", "リスク３：特定個人情報が消去されずいつまでも存在するリスク", (full.risk_measures.storage.risk3), [NA, NA, s("Ⅲ7リスク3")];
    FullStorageErasureProcedure = "full.storage.risk3.erasure_procedure", "消去手順", (full.risk_measures.storage.risk3.erasure_procedure), [NA, NA, s("Ⅲ7リスク3消去手順")] => [DETAIL_LABEL => "手順の内容"];
    FullStorageOtherRisks = "full.storage.other_risks", "特定個人情報の保管・消去におけるその他のリスク及びそのリスクに対する措置", (full.risk_measures.storage.other_risks), [NA, NA, s("Ⅲ7その他のリスク")];
    FullSelfCheck = "full.other.self_check", "自己点検", (full.other_measures.self_check), [NA, NA, s("Ⅳ1①")] => [DETAIL_LABEL => "具体的なチェック方法"];
    FullAudit = "full.other.audit", "監査", (full.other_measures.audit), [NA, NA, s("Ⅳ1②")] => [DETAIL_LABEL => "具体的な内容"];
    FullTraining = "full.other.training", "従業者に対する教育・啓発", (full.other_measures.training), [NA, NA, s("Ⅳ2")];
    FullOtherMeasures = "full.other.other", "その他のリスク対策", (full.other_measures.other), [NA, NA, s("Ⅳ3")];

    // ---- 重点 Ⅲ リスク対策 ※（７．②を除く。） ----
    FocusedFileNames = "focused.file_names", "特定個人情報ファイル名", (focused.risk_measures.file_names), [NA, s("Ⅲ1"), NA];
    FocusedAcquisitionRisk = "focused.acquisition.risk", "リスク：目的外の入手が行われるリスク", (focused.risk_measures.acquisition.risk), [NA, s("Ⅲ2リスク"), NA];
    FocusedAcquisitionOtherRisks = "focused.acquisition.other_risks", "特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）におけるその他のリスク及びそのリスクに対する措置", (focused.risk_measures.acquisition.other_risks), [NA, s("Ⅲ2その他のリスク"), NA];
    FocusedUsageRisk1 = "focused.usage.risk1", "リスク１：目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク", (focused.risk_measures.usage.risk1), [NA, s("Ⅲ3リスク1"), NA];
    FocusedUsageRisk2 = "focused.usage.risk2", "リスク２：権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスク", (focused.risk_measures.usage.risk2), [NA, s("Ⅲ3リスク2"), NA];
    FocusedUsageRisk2UserAuth = "focused.usage.risk2.user_auth", "ユーザ認証の管理", (focused.risk_measures.usage.risk2.user_auth), [NA, s("Ⅲ3リスク2ユーザ認証の管理"), NA] => [DETAIL_LABEL => MANAGEMENT_METHOD];
    FocusedUsageOtherRisks = "focused.usage.other_risks", "特定個人情報の使用におけるその他のリスク及びそのリスクに対する措置", (focused.risk_measures.usage.other_risks), [NA, s("Ⅲ3その他のリスク"), NA];
    FocusedEntrustmentNotEntrusted = "focused.entrustment.not_entrusted", "委託しない", (focused.risk_measures.entrustment.not_entrusted), [NA, s("Ⅲ4委託しない"), NA];
    FocusedEntrustmentRisk = "focused.entrustment.risk", "リスク：委託先における不正な使用等のリスク", (focused.risk_measures.entrustment.risk), [NA, s("Ⅲ4リスク"), NA];
    FocusedEntrustmentContractClause = "focused.entrustment.risk.contract_clause", "委託契約書中の特定個人情報ファイルの取扱いに関する規定", (focused.risk_measures.entrustment.risk.contract_clause), [NA, s("Ⅲ4委託契約書中の特定個人情報ファイルの取扱いに関する規定"), NA] => [DETAIL_LABEL => "規定の内容"];
    FocusedEntrustmentReEntrusteeAssurance = "focused.entrustment.risk.re_entrustee_assurance", "再委託先による特定個人情報ファイルの適切な取扱いの担保", (focused.risk_measures.entrustment.risk.re_entrustee_assurance), [NA, s("Ⅲ4再委託先による特定個人情報ファイルの適切な取扱いの担保"), NA];
    FocusedEntrustmentOtherRisks = "focused.entrustment.other_risks", "特定個人情報ファイルの取扱いの委託におけるその他のリスク及びそのリスクに対する措置", (focused.risk_measures.entrustment.other_risks), [NA, s("Ⅲ4その他のリスク"), NA];
    FocusedProvisionNotProvided = "focused.provision_transfer.not_provided", "提供・移転しない", (focused.risk_measures.provision_transfer.not_provided), [NA, s("Ⅲ5提供・移転しない"), NA];
    FocusedProvisionRisk = "focused.provision_transfer.risk", "リスク：不正な提供・移転が行われるリスク", (focused.risk_measures.provision_transfer.risk), [NA, s("Ⅲ5リスク"), NA];
    FocusedProvisionRule = "focused.provision_transfer.risk.rule", "特定個人情報の提供・移転に関するルール", (focused.risk_measures.provision_transfer.risk.rule), [NA, s("Ⅲ5特定個人情報の提供・移転に関するルール"), NA] => [DETAIL_LABEL => RULE_CONTENT];
    FocusedProvisionOtherRisks = "focused.provision_transfer.other_risks", "特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）におけるその他のリスク及びそのリスクに対する措置", (focused.risk_measures.provision_transfer.other_risks), [NA, s("Ⅲ5その他のリスク"), NA];
    FocusedNetworkNotConnectedAcquisition = "focused.network.not_connected_acquisition", "接続しない（入手）", (focused.risk_measures.network.not_connected_acquisition), [NA, s("Ⅲ6接続しない（入手）"), NA];
    FocusedNetworkNotConnectedProvision = "focused.network.not_connected_provision", "接続しない（提供）", (focused.risk_measures.network.not_connected_provision), [NA, s("Ⅲ6接続しない（提供）"), NA];
    FocusedNetworkRisk1 = "focused.network.risk1", "リスク１：目的外の入手が行われるリスク", (focused.risk_measures.network.risk1), [NA, s("Ⅲ6リスク1"), NA];
    FocusedNetworkRisk2 = "focused.network.risk2", "リスク２：不正な提供が行われるリスク", (focused.risk_measures.network.risk2), [NA, s("Ⅲ6リスク2"), NA];
    FocusedNetworkOtherRisks = "focused.network.other_risks", "情報提供ネットワークシステムとの接続に伴うその他のリスク及びそのリスクに対する措置", (focused.risk_measures.network.other_risks), [NA, s("Ⅲ6その他のリスク"), NA];
    FocusedStorageRisk = "focused.storage.risk", "リスク：特定個人情報の漏えい・滅失・毀損リスク", (focused.risk_measures.storage.risk), [NA, s("Ⅲ7リスク"), NA];
    FocusedStorageIncidentProcedure = "focused.storage.risk.incident_procedure", "事故発生時手順の策定・周知", (focused.risk_measures.storage.risk.incident_procedure), [NA, s("Ⅲ7①"), NA];
    FocusedStorageSeriousIncident = "focused.storage.risk.serious_incident", "過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか", (focused.risk_measures.storage.risk.serious_incident), [NA, n("Ⅲ7②"), NA];
    FocusedStorageOtherRisks = "focused.storage.other_risks", "特定個人情報の保管・消去におけるその他のリスク及びそのリスクに対する措置", (focused.risk_measures.storage.other_risks), [NA, s("Ⅲ7その他のリスク"), NA];
    FocusedAudit = "focused.audit", "監査　実施の有無", (focused.risk_measures.audit), [NA, s("Ⅲ8"), NA];
    FocusedTraining = "focused.training", "従業者に対する教育・啓発", (focused.risk_measures.training), [NA, s("Ⅲ9"), NA];
    FocusedOtherMeasures = "focused.other_measures", "その他のリスク対策", (focused.risk_measures.other_measures), [NA, s("Ⅲ10"), NA];

    // ---- 基礎 Ⅳ リスク対策 ----
    BasicReportSet = "basic.report_set", "提出する特定個人情報保護評価書の種類", (basic.risk_measures.report_set), [n("Ⅳ1"), NA, NA];
    BasicAcquisition = "basic.acquisition", "目的外の入手が行われるリスクへの対策は十分か", (basic.risk_measures.acquisition), [n("Ⅳ2"), NA, NA];
    BasicUsageLinking = "basic.usage_linking", "目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスクへの対策は十分か", (basic.risk_measures.usage_linking), [n("Ⅳ3目的を超えた紐付け"), NA, NA];
    BasicUsageUnauthorized = "basic.usage_unauthorized", "権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスクへの対策は十分か", (basic.risk_measures.usage_unauthorized), [n("Ⅳ3権限のない者"), NA, NA];
    BasicEntrustment = "basic.entrustment", "委託先における不正な使用等のリスクへの対策は十分か", (basic.risk_measures.entrustment), [n("Ⅳ4"), NA, NA] => [OPT_OUT_LABEL => "委託しない"];
    BasicProvisionTransfer = "basic.provision_transfer", "不正な提供・移転が行われるリスクへの対策は十分か", (basic.risk_measures.provision_transfer), [n("Ⅳ5"), NA, NA] => [OPT_OUT_LABEL => "提供・移転しない"];
    BasicNetworkAcquisition = "basic.network.acquisition", "情報提供ネットワークシステムとの接続　目的外の入手が行われるリスクへの対策は十分か", (basic.risk_measures.network.acquisition), [n("Ⅳ6目的外の入手"), NA, NA];
    BasicNetworkProvision = "basic.network.provision", "不正な提供が行われるリスクへの対策は十分か", (basic.risk_measures.network.provision), [n("Ⅳ6不正な提供"), NA, NA];
    BasicStorage = "basic.storage", "特定個人情報の漏えい・滅失・毀損リスクへの対策は十分か", (basic.risk_measures.storage), [n("Ⅳ7"), NA, NA];
    BasicManualWork = "basic.manual_work", "人為的ミスが発生するリスクへの対策は十分か", (basic.risk_measures.manual_work), [n("Ⅳ8"), NA, NA];
    BasicManualWorkRationale = "basic.manual_work.rationale", "人手を介在させる作業　判断の根拠", (basic.risk_measures.manual_work.rationale), [n("Ⅳ8判断の根拠"), NA, NA];
    BasicAudit = "basic.audit", "監査　実施の有無", (basic.risk_measures.audit), [n("Ⅳ9"), NA, NA];
    BasicTraining = "basic.training", "従業者に対する教育・啓発", (basic.risk_measures.training), [n("Ⅳ10"), NA, NA];
    BasicPriority = "basic.priority", "最も優先度が高いと考えられる対策", (basic.risk_measures.priority), [n("Ⅳ11"), NA, NA];
    BasicPrioritySufficiency = "basic.priority.sufficiency", "当該対策は十分か【再掲】", (basic.risk_measures.priority.sufficiency), [n("Ⅳ11当該対策は十分か"), NA, NA];
    BasicPriorityRationale = "basic.priority.rationale", "最も優先度が高いと考えられる対策　判断の根拠", (basic.risk_measures.priority.rationale), [n("Ⅳ11判断の根拠"), NA, NA];

    // ---- 評価実施手続 ----
    ProcedureBasicAssessmentDate = "procedure.basic_assessment.date", "基礎項目評価　実施日", (procedures.basic_assessment.date), [NA, n("Ⅴ1①"), n("Ⅵ1①")];
    ProcedureThresholdResult = "procedure.basic_assessment.threshold_result", "基礎項目評価　しきい値判断結果", (procedures.basic_assessment.threshold_result), [NA, n("Ⅴ1②"), n("Ⅵ1②")];
    ProcedurePublicCommentMethod = "procedure.public_comment.method", "意見の聴取　方法", (procedures.public_comment.method), [NA, n("Ⅴ2①"), n("Ⅵ2①")];
    ProcedurePublicCommentPeriod = "procedure.public_comment.period", "意見の聴取　実施日・期間", (procedures.public_comment.period), [NA, n("Ⅴ2②"), n("Ⅵ2②")];
    ProcedureShorteningReason = "procedure.public_comment.shortening_reason", "期間を短縮する特段の理由", (procedures.public_comment.shortening_reason), [NA, NA, n("Ⅵ2③")];
    ProcedureMainOpinions = "procedure.public_comment.main_opinions", "主な意見の内容", (procedures.public_comment.main_opinions), [NA, n("Ⅴ2③"), n("Ⅵ2④")];
    ProcedureReflection = "procedure.public_comment.reflection", "評価書への反映", (procedures.public_comment.reflection), [NA, NA, n("Ⅵ2⑤")];
    ProcedureReviewDate = "procedure.third_party_review.date", "第三者点検　実施日", (procedures.third_party_review.date), [NA, n("Ⅴ3①"), n("Ⅵ3①")];
    ProcedureReviewBody = "procedure.third_party_review.body", "第三者点検を行った機関", (procedures.third_party_review.body), [NA, NA, NA];
    ProcedureReviewMethod = "procedure.third_party_review.method", "第三者点検　方法", (procedures.third_party_review.method), [NA, n("Ⅴ3②"), n("Ⅵ3②")];
    ProcedureReviewResult = "procedure.third_party_review.result", "第三者点検　結果", (procedures.third_party_review.result), [NA, n("Ⅴ3③"), n("Ⅵ3③")];
    ProcedurePpcSubmittedOn = "procedure.ppc_approval.submitted_on", "個人情報保護委員会の承認　提出日", (procedures.ppc_approval.submitted_on), [NA, NA, n("Ⅵ4①")], gov;
    ProcedurePpcReview = "procedure.ppc_approval.review", "個人情報保護委員会による審査", (procedures.ppc_approval.review), [NA, NA, n("Ⅵ4②")], gov;
        }
    };
}
pub(crate) use item_rows;

item_rows!(item_table);

/// The chapter numerals of the forms (Ⅰ–Ⅵ) as Latin letters and as the Unicode numerals the
/// forms print, longest first where one is the start of another (`VI` before `V`).
pub(crate) const ROMAN_NUMERALS: [(&str, &str); 6] = [
    ("VI", "Ⅵ"),
    ("IV", "Ⅳ"),
    ("V", "Ⅴ"),
    ("III", "Ⅲ"),
    ("II", "Ⅱ"),
    ("I", "Ⅰ"),
];

/// Whether `c` (width folded) is white space or a separator between the parts of an item number
/// (「Ⅱ－４．④」, 「Ⅱ・4、⑦」): what [`normalize_number`] drops.
pub(crate) fn is_number_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '.' | '-' | 'ー' | '―' | '−' | '‐' | '—' | '_' | '・' | '･' | '、' | ','
        )
}

/// Normalises an item number for comparison: folds width, drops spaces and separators and turns
/// a leading ASCII Roman numeral into its Unicode form.
pub(crate) fn normalize_number(text: &str) -> String {
    // Full-width separators (`．`, `－`) are folded to these first.
    let folded: String = text
        .chars()
        .map(crate::label::fold_char)
        .filter(|&c| !is_number_separator(c))
        .collect();
    match leading_roman(&folded) {
        Some((numeral, rest)) => format!("{numeral}{rest}"),
        None => folded,
    }
}

/// `form`'s items by their numbers normalized ([`normalize_number`]; a number names one item of
/// a form, as a test holds), built once per form. A lookup normalized every item's number in
/// turn: on the 全項目 seed text's 変更箇所 (an item number under each row's 項目) that was 36 M of
/// the import's 186 M instructions (`benches/import.rs`, measured with callgrind).
fn items_by_number(form: AssessmentKind) -> &'static std::collections::HashMap<String, ItemId> {
    type ByNumber = std::sync::LazyLock<std::collections::HashMap<String, ItemId>>;
    fn build(form: AssessmentKind) -> std::collections::HashMap<String, ItemId> {
        let mut map = std::collections::HashMap::new();
        for &id in ItemId::ALL {
            if let Some(n) = id.number(form) {
                map.entry(normalize_number(n)).or_insert(id);
            }
        }
        map
    }
    static BASIC: ByNumber = std::sync::LazyLock::new(|| build(AssessmentKind::Basic));
    static FOCUSED: ByNumber = std::sync::LazyLock::new(|| build(AssessmentKind::Focused));
    static FULL: ByNumber = std::sync::LazyLock::new(|| build(AssessmentKind::Full));
    match form {
        AssessmentKind::Basic => &BASIC,
        AssessmentKind::Focused => &FOCUSED,
        AssessmentKind::Full => &FULL,
    }
}

/// The chapter numeral (Ⅰ–Ⅵ) that `text` starts with in ASCII letters (`II…` → Ⅱ, the longest
/// first: [`ROMAN_NUMERALS`]), and the text after it.
pub(crate) fn leading_roman(text: &str) -> Option<(char, &str)> {
    ROMAN_NUMERALS
        .iter()
        .find_map(|(ascii, unicode)| Some((unicode.chars().next()?, text.strip_prefix(ascii)?)))
}

impl ItemId {
    /// Every item, in table order (form order within each area: 表紙, Ⅰ, 開示請求, 基礎 Ⅱ–Ⅲ, Ⅱ,
    /// 全項目 Ⅲ–Ⅳ, 重点 Ⅲ, 基礎 Ⅳ, 評価実施手続).
    ///
    /// ```
    /// use mynumber_pia::report::ItemId;
    ///
    /// assert_eq!(ItemId::ALL.first(), Some(&ItemId::CoverNumber));
    /// assert!(ItemId::ALL.len() > 200);
    /// ```
    pub const ALL: &'static [ItemId] = <ItemId as strum::VariantArray>::VARIANTS;

    /// The item's row of the table (a `const fn`, so that [`label`](Self::label) is one: other
    /// modules' tables name an item's words by it rather than writing them again).
    #[allow(clippy::expect_used)]
    const fn row(self) -> &'static Row {
        let after = ROWS
            .split_at_checked(self as usize)
            .expect("ROWS is built from the same list as ItemId, in the same order")
            .1;
        after
            .first()
            .expect("ROWS is built from the same list as ItemId, in the same order")
    }

    /// The stable ID text, e.g. `file.entrustment.re_entrustment`.
    ///
    /// ```
    /// use mynumber_pia::report::ItemId;
    ///
    /// assert_eq!(ItemId::CoverPublishedOn.as_str(), "cover.published_on");
    /// assert_eq!("cover.published_on".parse(), Ok(ItemId::CoverPublishedOn));
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.row().key
    }

    /// The label as printed (the 全項目 wording where forms differ).
    ///
    /// ```
    /// use mynumber_pia::report::ItemId;
    ///
    /// assert_eq!(ItemId::FileStorageRetention.label(), "保管期間");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static str {
        self.row().label
    }

    /// The label as `form` prints it, where it differs from [`label`](Self::label) (the 全項目
    /// wording): `None` when the form prints the same words.
    ///
    /// ```
    /// use mynumber_pia::AssessmentKind;
    /// use mynumber_pia::report::ItemId;
    ///
    /// assert_eq!(ItemId::AffairDescription.label_in(AssessmentKind::Basic), Some("事務の概要"));
    /// assert_eq!(ItemId::AffairDescription.label_in(AssessmentKind::Full), None);
    /// ```
    #[must_use]
    pub fn label_in(self, form: AssessmentKind) -> Option<&'static str> {
        // The one label a form prints in other words: the 基礎 form's 「②事務の概要」 for 事務の内容.
        match (self, form) {
            (ItemId::AffairDescription, AssessmentKind::Basic) => Some("事務の概要"),
            _ => None,
        }
    }

    /// The item's path in a report, with `[]` where a list position goes:
    /// `files[].entrustments[].re_entrustment`.
    ///
    /// ```
    /// use mynumber_pia::report::ItemId;
    ///
    /// assert_eq!(ItemId::TransferMethods.pattern(), "files[].transfers[].methods");
    /// ```
    #[must_use]
    pub fn pattern(self) -> &'static str {
        self.row().pattern
    }

    /// Where the item sits in `form`, or `None` if the form does not have it.
    ///
    /// ```
    /// use mynumber_pia::AssessmentKind;
    /// use mynumber_pia::report::ItemId;
    ///
    /// let p = ItemId::FileStorageLocation.position(AssessmentKind::Full).unwrap();
    /// assert_eq!((p.number(), p.is_significant()), ("Ⅱ6①", true));
    /// assert_eq!(ItemId::FileStorageRetention.position(AssessmentKind::Focused), None);
    /// ```
    #[must_use]
    pub fn position(self, form: AssessmentKind) -> Option<Position> {
        // `positions` is in the order of `AssessmentKind::ALL`: 基礎, 重点, 全項目.
        self.row().positions.get(form.index()).copied().flatten()
    }

    /// Whether `form` has the item.
    ///
    /// ```
    /// use mynumber_pia::AssessmentKind;
    /// use mynumber_pia::report::ItemId;
    ///
    /// // 重点 has no 保管期間; 基礎 alone has the しきい値判断項目.
    /// assert!(!ItemId::FileStorageRetention.in_form(AssessmentKind::Focused));
    /// assert!(ItemId::ThresholdHandlerCount.in_form(AssessmentKind::Basic));
    /// ```
    #[must_use]
    pub fn in_form(self, form: AssessmentKind) -> bool {
        self.position(form).is_some()
    }

    /// The item's number in `form`.
    ///
    /// ```
    /// use mynumber_pia::AssessmentKind;
    /// use mynumber_pia::report::ItemId;
    ///
    /// assert_eq!(ItemId::AffairNumberUseBasis.number(AssessmentKind::Basic), Some("Ⅰ3"));
    /// ```
    #[must_use]
    pub fn number(self, form: AssessmentKind) -> Option<&'static str> {
        self.position(form).map(Position::number)
    }

    /// Whether `form` marks the item ※ (a change to it may be a 重要な変更, 規則 第11条).
    ///
    /// ```
    /// use mynumber_pia::AssessmentKind;
    /// use mynumber_pia::report::ItemId;
    ///
    /// // 全項目 Ⅲ is ※ except ７．リスク１⑨.
    /// assert!(ItemId::FullStoragePhysical.is_significant(AssessmentKind::Full));
    /// assert!(!ItemId::FullStorageSeriousIncident.is_significant(AssessmentKind::Full));
    /// ```
    #[must_use]
    pub fn is_significant(self, form: AssessmentKind) -> bool {
        self.position(form).is_some_and(Position::is_significant)
    }

    /// 【行政機関等のみ】: whether only national bodies (行政機関等) fill the item in.
    ///
    /// ```
    /// use mynumber_pia::report::ItemId;
    ///
    /// assert!(ItemId::CoverApprovalDate.is_gov_only());
    /// assert!(!ItemId::CoverPublishedOn.is_gov_only());
    /// ```
    #[must_use]
    pub fn is_gov_only(self) -> bool {
        self.row().gov_only
    }

    /// The form whose own part holds the item (JSON key `basic`, `focused` or `full`), or `None`
    /// for an item of the shared parts (cover, Ⅰ, Ⅱ, 開示請求, 評価実施手続, …).
    ///
    /// ```
    /// use mynumber_pia::AssessmentKind;
    /// use mynumber_pia::report::ItemId;
    ///
    /// assert_eq!(ItemId::BasicManualWork.part_form(), Some(AssessmentKind::Basic));
    /// assert_eq!(ItemId::FileStorageRetention.part_form(), None);
    /// ```
    #[must_use]
    pub fn part_form(self) -> Option<AssessmentKind> {
        let pattern = self.pattern();
        let head = pattern.split_once('.').map_or(pattern, |(head, _)| head);
        AssessmentKind::ALL
            .iter()
            .copied()
            .find(|form| form.as_str() == head)
    }

    /// The label the form prints for a part of this item where the model's label is generic:
    /// the text part of a typed control (the generic [`DETAIL_LABEL`] is 「具体的な管理方法」 under
    /// ユーザ認証の管理, 「具体的な対策の内容」 under ⑤物理的対策…) and the box of 基礎 Ⅳ4 and Ⅳ5
    /// (「しない」 is 「委託しない」, 「提供・移転しない」), as the item's row says; `label` itself
    /// otherwise. The one rule that the renderer and the change records read.
    pub(crate) fn printed_label(self, label: &'static str) -> &'static str {
        self.row()
            .printed
            .iter()
            .find(|&&(part, _)| part == label)
            .map_or(label, |&(_, printed)| printed)
    }

    /// Every label the forms print for the text part of a typed control: the generic
    /// [`DETAIL_LABEL`] and the words each item's row gives instead (「具体的な管理方法」,
    /// 「具体的な対策の内容」, 「規定の内容」…), each once, longest first (a reader that takes the
    /// longest label a line starts with tries them in this order).
    pub(crate) fn detail_labels() -> Vec<&'static str> {
        let mut labels: Vec<&'static str> = ROWS
            .iter()
            .flat_map(|row| row.printed.iter())
            .filter(|&&(part, _)| part == DETAIL_LABEL)
            .map(|&(_, printed)| printed)
            .chain([DETAIL_LABEL])
            .collect();
        labels.sort_by_key(|l| std::cmp::Reverse(l.len()));
        labels.dedup();
        labels
    }

    /// Whether no form has the item: it is an extension of the model (the explicit 再委託 chain,
    /// the kind of body).
    ///
    /// ```
    /// use mynumber_pia::report::ItemId;
    ///
    /// assert!(ItemId::EntrustmentReEntrustees.is_model_only());
    /// assert!(!ItemId::EntrustmentReEntrustment.is_model_only());
    /// ```
    #[must_use]
    pub fn is_model_only(self) -> bool {
        self.row().positions.iter().all(Option::is_none)
    }

    /// Where the forms print the item, for messages: `全項目評価書（様式4） Ⅱ6②`, several joined
    /// with `、`; empty for an item no form has.
    ///
    /// ```
    /// use mynumber_pia::report::ItemId;
    ///
    /// assert_eq!(
    ///     ItemId::EntrustmentReEntrustment.printed_at(),
    ///     "重点項目評価書（様式3） Ⅱ4④、全項目評価書（様式4） Ⅱ4⑦"
    /// );
    /// ```
    #[must_use]
    pub fn printed_at(self) -> String {
        AssessmentKind::ALL
            .iter()
            .filter_map(|&form| Some(format!("{} {}", form.form_title(), self.number(form)?)))
            .collect::<Vec<_>>()
            .join("、")
    }

    /// The item printed at `number` in `form` (see [`ItemId`] for the notation).
    ///
    /// ```
    /// use mynumber_pia::AssessmentKind;
    /// use mynumber_pia::report::ItemId;
    ///
    /// assert_eq!(ItemId::find_by_number(AssessmentKind::Full, "Ⅲ7リスク1⑨"), Some(ItemId::FullStorageSeriousIncident));
    /// assert_eq!(ItemId::find_by_number(AssessmentKind::Basic, "Ⅱ３"), Some(ItemId::ThresholdSeriousIncident));
    /// ```
    #[must_use]
    pub fn find_by_number(form: AssessmentKind, number: &str) -> Option<ItemId> {
        items_by_number(form)
            .get(&normalize_number(number))
            .copied()
    }

    /// The items `form` has, in table order.
    ///
    /// ```
    /// use mynumber_pia::AssessmentKind;
    /// use mynumber_pia::report::ItemId;
    ///
    /// assert!(ItemId::of_form(AssessmentKind::Full).any(|id| id == ItemId::FileStorageRetention));
    /// assert!(!ItemId::of_form(AssessmentKind::Focused).any(|id| id == ItemId::FileStorageRetention));
    /// ```
    pub fn of_form(form: AssessmentKind) -> impl Iterator<Item = ItemId> {
        ItemId::ALL
            .iter()
            .copied()
            .filter(move |id| id.in_form(form))
    }
}

/// The items of the shared parts that `form` does not print (保管期間 in a 重点 report, 委託事項 in
/// a 基礎 report…). None for the 全項目 form, which prints every shared item.
pub(crate) fn shared_items_outside(form: AssessmentKind) -> impl Iterator<Item = ItemId> {
    // Worked out once per form, at its place in `AssessmentKind::ALL`: every load checks its
    // report against the list.
    static OUTSIDE: std::sync::OnceLock<Vec<Vec<ItemId>>> = std::sync::OnceLock::new();
    let outside = OUTSIDE.get_or_init(|| {
        let shared = ItemId::ALL.iter().copied();
        let shared = shared.filter(|id| !id.is_model_only() && id.part_form().is_none());
        let outside = |form| shared.clone().filter(|id| !id.in_form(form)).collect();
        AssessmentKind::ALL
            .iter()
            .map(|&form| outside(form))
            .collect()
    });
    outside.get(form.index()).into_iter().flatten().copied()
}

/// An ID text that names no item.
///
/// ```
/// use mynumber_pia::report::ItemId;
///
/// let err = "file.colour".parse::<ItemId>().unwrap_err();
/// assert_eq!(err.to_string(), "「file.colour」は評価書の項目IDではありません");
/// ```
#[doc(alias = "項目IDエラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("「{}」は評価書の項目IDではありません", crate::label::Visible(.0))]
pub struct UnknownItemId(String);

impl UnknownItemId {
    /// The error of the text `s`.
    fn of(s: &str) -> Self {
        UnknownItemId(s.to_owned())
    }
}

// Written with `serialize_str`, not `collect_str`: the load check (`loads`) reads every
// `collect_str` text back as a day or a month.
impl serde::Serialize for ItemId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ItemId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::label::deserialize_parsed(
            d,
            "評価書の項目ID (例: \"file.entrustment.re_entrustment\")",
        )
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::report::field::Field;
    use crate::report::items::holds_text;
    use crate::report::{Report, field_at, visit, visit_strays};

    /// [`visit_strays`] finds what [`visit`] finds through `dyn Field` for each item of the
    /// form that [holds text](holds_text), in the same order: on the samples and on a generated
    /// report of each form with a stray character put in.
    #[test]
    fn visit_strays_finds_what_visit_finds() {
        use crate::generate::{Scenario, generate, with_defect};
        use crate::validation::Code;
        let mut reports: Vec<Report> = crate::Sample::ALL
            .iter()
            .map(|s| s.load().unwrap())
            .collect();
        for form in AssessmentKind::ALL {
            let scenario = Scenario::default().with_form(*form);
            let report = generate(&scenario, 7).unwrap();
            let defective = with_defect(&report, Code::UnsafeCharacter, scenario.as_of).unwrap();
            reports.push(defective.report);
        }
        let mut strays = 0;
        for report in &reports {
            let form = report.form();
            let mut by_visit = Vec::new();
            for id in ItemId::of_form(form).filter(|&id| holds_text(id)) {
                visit(report, id, &mut |at, field| {
                    if let Some(c) = field.first_stray() {
                        by_visit.push((id, at.to_vec(), c));
                    }
                });
            }
            let mut found = Vec::new();
            visit_strays(report, form, &mut |id, at, c| {
                found.push((id, at.to_vec(), c))
            });
            assert_eq!(found, by_visit, "{form}");
            strays += found.len();
        }
        assert!(strays >= AssessmentKind::ALL.len(), "{strays}");
    }

    /// A text that repeats the one before it (read once, [`Field::repeats`]) is reported at
    /// each of its instances, and one that differs is read again: three 提供先 with the same
    /// long 本人の範囲 holding a stray character, then one without it.
    #[test]
    fn a_repeated_text_is_reported_at_each_instance() {
        let mut report = Report::example(AssessmentKind::Full);
        let scope = format!("{}\u{202e}", "区内に住所を有する被保険者".repeat(3));
        let file = report.files.first_mut().unwrap();
        let first = file.provisions.first().cloned().unwrap_or_default();
        file.provisions = vec![first; 4];
        for (i, p) in file.provisions.iter_mut().enumerate() {
            p.subject_scope = Some(if i < 3 {
                scope.clone()
            } else {
                scope.replace('\u{202e}', "")
            });
        }
        let mut found = Vec::new();
        visit_strays(&report, AssessmentKind::Full, &mut |id, at, c| {
            if id == ItemId::ProvisionSubjectScope {
                found.push((at.to_vec(), c));
            }
        });
        let expected: Vec<_> = (0..3).map(|i| (vec![0, i], '\u{202e}')).collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn parts_take_the_forms_words() {
        assert_eq!(
            ItemId::FullUsageRisk2UserAuth.printed_label(DETAIL_LABEL),
            "具体的な管理方法"
        );
        assert_eq!(
            ItemId::BasicEntrustment.printed_label("しない"),
            "委託しない"
        );
        assert_eq!(
            ItemId::BasicProvisionTransfer.printed_label("しない"),
            "提供・移転しない"
        );
        assert_eq!(
            ItemId::FullTraining.printed_label(DETAIL_LABEL),
            DETAIL_LABEL
        );
        assert_eq!(
            ItemId::FullUsageRisk2UserAuth.printed_label("リスクへの対策は十分か"),
            "リスクへの対策は十分か"
        );
    }

    #[test]
    fn table_order_matches_enum() {
        // `ItemId::row` relies on it.
        assert_eq!(ROWS.len(), ItemId::ALL.len());
        for (i, &id) in ItemId::ALL.iter().enumerate() {
            assert_eq!(id as usize, i, "{id}");
            assert_eq!(ROWS.get(i).map(|r| r.key), Some(id.as_str()));
        }
    }

    #[test]
    fn keys_and_paths_are_unique() {
        let keys: HashSet<_> = ItemId::ALL.iter().map(|d| d.as_str()).collect();
        assert_eq!(keys.len(), ItemId::ALL.len());
        let paths: HashSet<_> = ItemId::ALL.iter().map(|d| d.pattern()).collect();
        assert_eq!(paths.len(), ItemId::ALL.len());
    }

    #[test]
    fn numbers_are_unique_per_form() {
        for &form in AssessmentKind::ALL {
            let mut seen = HashSet::new();
            for d in ItemId::ALL {
                if let Some(n) = d.number(form) {
                    assert!(seen.insert(normalize_number(n)), "{form}: {n} twice");
                }
            }
        }
    }

    #[test]
    fn every_key_round_trips() {
        for &d in ItemId::ALL {
            assert_eq!(d.as_str().parse::<ItemId>(), Ok(d));
            assert_eq!(d.path(&[0, 0, 0]).item(), Some(d), "{}", d.pattern());
        }
    }

    #[test]
    fn field_at_reaches_what_visit_visits() {
        for &form in AssessmentKind::ALL {
            let report = Report::example(form);
            for &id in ItemId::ALL {
                let mut seen = 0;
                visit(&report, id, &mut |indices, field| {
                    seen += 1;
                    let path = id.path(indices);
                    assert_eq!(path.indices().collect::<Vec<_>>(), indices, "{path}");
                    assert_eq!(path.item(), Some(id), "{path}");
                    let at = field_at(&report, id, indices);
                    assert!(
                        at.is_some_and(|f| std::ptr::addr_eq(
                            f as *const dyn Field,
                            field as *const dyn Field
                        )),
                        "{id} at {path}"
                    );
                });
                if seen == 0 {
                    // Nothing there (another form's part, an empty list): nothing reached.
                    assert!(field_at(&report, id, &[0, 0, 0]).is_none(), "{id}");
                }
            }
        }
        let full = Report::example(AssessmentKind::Full);
        assert!(field_at(&full, ItemId::ProvisionName, &[0, 5]).is_none());
        assert!(field_at(&full, ItemId::ProvisionName, &[0]).is_none());
        assert!(field_at(&full, ItemId::ThresholdResult, &[]).is_none());
    }

    #[test]
    fn an_item_without_text_holds_only_choices_boxes_numbers_and_dates() {
        use crate::report::field::Value;
        let mut without = 0;
        for &form in AssessmentKind::ALL {
            let report = Report::example(form);
            for &id in ItemId::ALL.iter().filter(|&&id| !holds_text(id)) {
                without += 1;
                visit(&report, id, &mut |_, field| {
                    let value = field.value();
                    assert!(
                        matches!(
                            value,
                            Value::Choice { .. }
                                | Value::Checks { other: None, .. }
                                | Value::Flag(_)
                                | Value::Answer(_)
                                | Value::Count(_)
                                | Value::Date(_)
                                | Value::Dates(_)
                                | Value::Month(_)
                                | Value::Period { .. }
                        ),
                        "{id}: {value:?}"
                    );
                    assert_eq!(field.first_stray(), None, "{id}");
                });
            }
        }
        assert!(without > 0);
        assert!(holds_text(ItemId::CoverTitle) && holds_text(ItemId::AffairFileNames));
        assert!(!holds_text(ItemId::CoverPublishedOn) && !holds_text(ItemId::FileKind));
    }

    #[test]
    fn re_entrustment_numbers_differ_between_forms() {
        let d = ItemId::EntrustmentReEntrustment;
        assert_eq!(d.number(AssessmentKind::Full), Some("Ⅱ4⑦"));
        assert_eq!(d.number(AssessmentKind::Focused), Some("Ⅱ4④"));
        assert_eq!(d.number(AssessmentKind::Basic), None);
    }

    #[test]
    fn serious_incident_is_not_significant() {
        assert!(!ItemId::FullStorageSeriousIncident.is_significant(AssessmentKind::Full));
        assert!(ItemId::FullStoragePhysical.is_significant(AssessmentKind::Full));
        assert!(!ItemId::FocusedStorageSeriousIncident.is_significant(AssessmentKind::Focused));
    }

    #[test]
    fn labels_are_the_printed_text() {
        // Spelled as seeds 000 (全項目), 002/004 (重点) and 003 (基礎) print them.
        for (id, label) in [
            (
                ItemId::FullAcquisitionOtherRisks,
                "特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）におけるその他のリスク及びそのリスクに対する措置",
            ),
            (
                ItemId::FocusedProvisionOtherRisks,
                "特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）におけるその他のリスク及びそのリスクに対する措置",
            ),
            (
                ItemId::FullEntrustmentRisk,
                "委託先による特定個人情報の不正入手・不正な使用に関するリスク",
            ),
            (
                ItemId::FocusedEntrustmentReEntrusteeAssurance,
                "再委託先による特定個人情報ファイルの適切な取扱いの担保",
            ),
            (
                ItemId::FullEntrustmentReEntrusteeAssurance,
                "再委託先による特定個人情報ファイルの適切な取扱いの確保",
            ),
            (
                ItemId::BasicNetworkAcquisition,
                "情報提供ネットワークシステムとの接続　目的外の入手が行われるリスクへの対策は十分か",
            ),
            (ItemId::FileEntrustmentCount, "委託の有無　（ ）件"),
        ] {
            assert_eq!(id.label(), label, "{id}");
        }
        assert_eq!(
            ItemId::FullAcquisitionOtherRisks.label(),
            ItemId::FocusedAcquisitionOtherRisks.label()
        );
        assert_eq!(
            ItemId::FullProvisionOtherRisks.label(),
            ItemId::FocusedProvisionOtherRisks.label()
        );
    }

    #[test]
    fn gov_only_items() {
        let gov: Vec<_> = ItemId::ALL
            .iter()
            .copied()
            .filter(|d| d.is_gov_only())
            .collect();
        assert_eq!(
            gov,
            [
                ItemId::CoverApprovalDate,
                ItemId::ProcedurePpcSubmittedOn,
                ItemId::ProcedurePpcReview
            ]
        );
    }

    #[test]
    fn number_lookup_is_lenient() {
        assert_eq!(
            ItemId::find_by_number(AssessmentKind::Full, "II 4 ⑦"),
            Some(ItemId::EntrustmentReEntrustment)
        );
        assert_eq!(
            ItemId::find_by_number(AssessmentKind::Full, "Ⅵ　２．②"),
            Some(ItemId::ProcedurePublicCommentPeriod)
        );
        assert_eq!(ItemId::find_by_number(AssessmentKind::Basic, "Ⅱ4⑦"), None);
    }
}
