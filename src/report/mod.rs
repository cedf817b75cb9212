//! The 特定個人情報保護評価書 (assessment report) as typed data: the three forms, every item and
//! choice list, JSON, and a table of the form items.
//!
//! **From [`crate::form`]** it takes the item table ([`ItemId`]: each item's label, number, ※
//! mark and path in a report), the ＜選択肢＞ lists of its choice types and the revisions of the
//! forms ([`crate::form::FormRevision`], the cover's `form_version`); it restates none of them.
//!
//! A [`Report`] holds any of the three forms: 基礎項目評価書 (様式2), 重点項目評価書 (様式3) and
//! 全項目評価書 (様式4). The parts the forms share are shared fields ([`Report::cover`],
//! [`Report::affair`], [`Report::systems`], [`Report::files`], [`Report::disclosure`],
//! [`Report::procedures`], [`Report::changes`]); what only one form has is in [`FormPart`]: the
//! しきい値判断 items and one-line risk ratings of the 基礎 form ([`basic::Part`]), the risk chapter
//! of the 重点 form ([`focused::Part`]) and the risk chapters of the 全項目 form ([`full::Part`]).
//! Items of a shared part that a form lacks (the 重点 form has no 保管期間, for example) are
//! `None` there; [`ItemId`] and its table say which form has which item, under which
//! number, and whether it is a ※ item.
//!
//! Loading checks the JSON shape and the form: an item the form does not print (a 保管期間 in a
//! 重点 report, a 委託事項 in a 基礎 report) is rejected at its path, as the item table says
//! ([`Report::items_outside_form`]). Nothing else is enforced: a faithful transcription of a real
//! report loads even where the report contradicts itself (declared counts that differ from the
//! entries, names that differ between chapters). Judging it is the job of
//! [`validate`](crate::validate()).
//!
//! # JSON
//!
//! [`Report::from_json`] and [`Report::to_json`] read and write this shape (field names are
//! English snake_case, choice values the official Japanese labels, dates ISO `YYYY-MM-DD`):
//!
//! ```json
//! {
//!   "schema_version": 2,
//!   "form": "重点項目評価",
//!   "cover": { "number": "14", "body": "埼玉県川口市長", "published_on": "2025-12-26", … },
//!   "affair": {
//!     "name": "後期高齢者医療制度に関する事務", "subject_count": "10万人以上30万人未満", …
//!     "info_linkage": "実施する",
//!     "info_linkage_basis": {
//!       "text": "（1）情報提供の根拠\n　なし（情報提供は行わない。）\n(2) 情報照会の根拠\n ①番号法第19条第7号、…",
//!       "provision": { "none": "なし（情報提供は行わない。）" },
//!       "inquiry": { "basis": "①番号法第19条第7号、…" }
//!     }, …
//!   },
//!   "systems": [ { "name": "…", "functions": "…", "connections": { "checked": ["庁内連携システム"], "other": null } } ],
//!   "files": [ {
//!     "names": ["後期高齢者医療事務ファイル"],
//!     "data_subjects": "10万人以上100万人未満",
//!     "entrustment_status": "委託する", "entrustment_count": 2,
//!     "entrustments": [ { "entrustee": "…", "handler_count": "10人以上50人未満", "re_entrustment": "再委託する", … } ],
//!     "provision_transfer": { "provision": false, "provision_count": null, "transfer": true, "transfer_count": 6, "neither": false },
//!     "provisions": [], "transfers": [ { "name": "…", "legal_basis": "住民基本台帳法第7条", … } ],
//!     …
//!   } ],
//!   "focused": { "risk_measures": { … } },
//!   "disclosure": { … },
//!   "procedures": { "basic_assessment": { "date": "2025-09-05", "threshold_result": "基礎項目評価及び重点項目評価の実施が義務付けられる" }, … },
//!   "changes": [ { "date": "2025-12-26", "item": "…", "item_id": null, "before": "…", "after": "…", "timing": "事後", "explanation": "…" } ]
//! }
//! ```
//!
//! - `schema_version` is [`SCHEMA_VERSION`] (2) when written; reading accepts 1 as well
//!   ([`SUPPORTED_SCHEMA_VERSIONS`]). `form` is `基礎項目評価`, `重点項目評価` or `全項目評価`, and
//!   the form's own part goes under the key `basic`, `focused` or `full`.
//! - Objects are objects (a list of the values in field order is refused), choices are the
//!   official labels exactly (the real-world spellings that [`FromStr`](std::str::FromStr)
//!   reads are for text input), dates exactly `YYYY-MM-DD`, counts whole numbers (`3`, or `3.0`
//!   as JSON Schema counts it). What loads is what the [`JSON_SCHEMA`] accepts.
//! - Unknown fields are rejected; every other field may be left out (empty / `null`). Items the
//!   form does not print must be empty: 様式3 (重点) has no 保管期間, 消去方法, 手数料等… and 様式2
//!   (基礎) no Ⅱ, no 評価実施手続 and only the names of its systems.
//! - Empty cells (`－`, `―`, `なし`, blank) are `null`; declared counts such as 「（ 28 ）件」 are
//!   numbers beside the lists (`provision_count`, `entrustment_count`).
//! - Checkbox lists are `{"checked": [labels…], "other": "その他 text"}`; 入手元 is an object from
//!   label to detail text.
//! - Legal bases are their original text; the 和暦 of the documents is converted to ISO dates;
//!   dates given to the month only (保有開始日) are `YYYY-MM`.
//! - The 情報連携 basis (`info_linkage_basis`, see [`LinkageBasis`]) is an object: `text`, the
//!   whole cell as written, and its parts `provision` (（1）情報提供の根拠) and `inquiry`
//!   (（2）情報照会の根拠), each `null` when the text does not set it apart, `{"none": words}` when
//!   it says there is none, or `{"basis": text}`; a part's text is written as it appears in
//!   `text` (loading checks it). A plain string (the shape of version 1) is read as `text` and
//!   split by its headings.
//!
//! Errors name the JSON path and what was expected:
//!
//! ```
//! use mynumber_pia::report::Report;
//!
//! let err = Report::from_json(r#"{"schema_version": 2, "form": "全項目評価",
//!     "files": [{"data_subjects": "10万人"}]}"#).unwrap_err();
//! assert_eq!(err.path(), "files[0].data_subjects");
//! assert!(err.to_string().contains("1万人以上10万人未満"));
//! ```
//!
//! # Building reports
//!
//! [`ReportBuilder`] makes small valid reports of each form for tests and examples:
//!
//! ```
//! use mynumber_pia::report::{Report, ReportBuilder};
//! use mynumber_pia::AssessmentKind;
//!
//! let report = ReportBuilder::new(AssessmentKind::Full, "国民健康保険に関する事務").build();
//! let json = report.to_json();
//! assert_eq!(Report::from_json(&json)?, report);
//! # Ok::<(), mynumber_pia::report::LoadError>(())
//! ```

/// Declares structs of the model with what every one of them shares: the common derives, the
/// JSON Schema (with the `schema` feature), the JSON format's rules (a missing field is its
/// default, an unknown field is refused, a date is exactly `YYYY-MM-DD`, in the schema too) and
/// `#[non_exhaustive]` (a new revision of the forms may add an item). Docs, aliases and field
/// attributes are written inside, as on any struct; a field of type `Option<NaiveDate>` or
/// `Vec<NaiveDate>` gets the date rule (`date::opt_iso_date`, `date::iso_dates`).
macro_rules! model {
    ($( $(#[$meta:meta])* pub struct $name:ident { $($fields:tt)* } )+) => {
        $( model!(@fields [$(#[$meta])* $name] [] $($fields)*); )+
    };
    (@fields $head:tt [$($done:tt)*] $(#[$a:meta])* pub $f:ident: Option<NaiveDate>, $($rest:tt)*) => {
        model!(@fields $head [$($done)* $(#[$a])*
            #[serde(deserialize_with = "super::date::opt_iso_date")]
            #[cfg_attr(feature = "schema", schemars(with = "Option<super::date::IsoDate>"))]
            pub $f: Option<NaiveDate>,] $($rest)*);
    };
    (@fields $head:tt [$($done:tt)*] $(#[$a:meta])* pub $f:ident: Vec<NaiveDate>, $($rest:tt)*) => {
        model!(@fields $head [$($done)* $(#[$a])*
            #[serde(deserialize_with = "super::date::iso_dates")]
            #[cfg_attr(feature = "schema", schemars(with = "Vec<super::date::IsoDate>"))]
            pub $f: Vec<NaiveDate>,] $($rest)*);
    };
    (@fields $head:tt [$($done:tt)*] $(#[$a:meta])* pub $f:ident: $t:ty, $($rest:tt)*) => {
        model!(@fields $head [$($done)* $(#[$a])* pub $f: $t,] $($rest)*);
    };
    (@fields [$(#[$meta:meta])* $name:ident] [$($done:tt)*]) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(default, deny_unknown_fields)]
        #[non_exhaustive]
        pub struct $name { $($done)* }
    };
}

mod affair;
pub mod basic;
pub(crate) mod builder;
mod cell;
mod change;
pub(crate) mod chapters;
pub(crate) use crate::form::choices;
mod cover;
mod date;
mod disclosure;
mod entrustment;
pub(crate) mod field;
mod file;
pub mod focused;
pub mod full;
pub(crate) mod items;
pub(crate) use crate::form::items::DETAIL_LABEL;
#[cfg(feature = "json")]
mod json;
#[cfg(feature = "json")]
mod loads;
#[cfg(feature = "json")]
mod reader;
#[cfg(feature = "json")]
pub(crate) use loads::refused_at;
#[cfg(feature = "schema")]
mod json_schema;
mod linkage;
pub(crate) mod location;
mod path;
mod procedure;
mod provision;
mod ratings;
mod record_items;
mod risk;
mod schema;
#[cfg(feature = "json")]
mod serde_ja;
mod strict;
mod system;

pub(crate) use crate::form::CHANGE_COLUMNS;
pub use affair::Affair;
pub use builder::ReportBuilder;
pub(crate) use cell::{Cell, Fill, Read};
pub use change::{ChangeRecord, FORMAL_REASONS};
pub use choices::{
    AuditKind, CheckSet, ChoiceSet, ChoiceSetIter, Connection, DataSubjectBand, Effort,
    EntrustedScope, EntrustmentStatus, Established, Fee, FileKind, IncidentHistory, InfoLinkage,
    Medium, Performed, ReEntrusteeOversight, ReEntrustmentStatus, RecordItemBand,
    RecordItemCategory, RecordItemGroup, Recorded, Restricted, RetentionPeriod, SourceKind,
    StaffCountBand, SubmissionTiming, Sufficiency,
};
pub(crate) use cover::body_kind;
pub use cover::{BodyKind, Cover};
pub use date::{DateOrMonth, DateOrMonthError};
pub use disclosure::Disclosure;
pub(crate) use entrustment::entrustee_key;
pub use entrustment::{Entrustment, ReEntrustee};
pub(crate) use field::{Value, blank, source_text};
pub use file::{Acquisition, FileBlock, ProvisionTransferStatus, Storage, Usage};
pub(crate) use ratings::{Network, RiskRating, opted_out, risk_ratings};
// Defined in `threshold` (the layer below, which `report` builds on); kept here so that
// `report::AssessmentKind` still names it.
pub use crate::form::items::{ItemId, Position, UnknownItemId};
pub(crate) use crate::form::items::{ROMAN_NUMERALS, is_number_separator, leading_roman};
pub use crate::threshold::AssessmentKind;
pub(crate) use items::{field_at, field_at_mut, skeleton, visit, visit_strays};
#[cfg(feature = "json")]
pub use json::{LoadError, LoadErrorKind};
#[cfg(feature = "schema")]
pub use json_schema::json_schema;
pub use linkage::{BasisPart, LinkageBasis};
pub use path::{ItemPath, ParsePathError, Segment};
pub use procedure::{
    BasicAssessmentStep, Period, PpcApproval, Procedures, PublicComment, ThirdPartyReview,
};
pub use provision::Destination;
pub use record_items::{RecordItems, RecordItemsIter};
pub use risk::{Control, RecentIncidents, Risk};
pub use schema::{SCHEMA_VERSION, SUPPORTED_SCHEMA_VERSIONS};
pub(crate) use {
    field::{Field, Group},
    items::visit_mut,
};

/// The JSON Schema (draft 2020-12) of the report format of [`SCHEMA_VERSION`], as committed in
/// the repository at `schema/report.schema.json`: for tools in other languages (an editor, a
/// Python or TypeScript check) to check a report before sending it.
///
/// It names every field (`additionalProperties: false` everywhere), gives every ＜選択肢＞ as an
/// enum of its official labels, requires `schema_version` (1 or 2) and `form`, and describes the
/// three forms as alternatives on `form`: each its own part key (`basic`, `focused`, `full`) and,
/// blank, the items it does not print ([`ItemId::in_form`]). One rule for what loads: a document
/// loads with [`Report::from_json`] if and only if the schema accepts it, but for what a JSON
/// Schema cannot state (a key given twice in one object; the parts of a 情報連携 basis object,
/// which must be words of its text). With the feature `schema`, `json_schema()` derives it from
/// the model's types and the item table; `tests/json_schema.rs` checks that this file is that
/// value and that loading and the schema agree on the fuzz corpus and its mutations.
///
/// ```
/// use mynumber_pia::report::JSON_SCHEMA;
///
/// let schema: serde_json::Value = serde_json::from_str(JSON_SCHEMA)?;
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert_eq!(schema["$defs"]["BodyKind"]["enum"][0], "行政機関等");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[doc(alias = "JSONスキーマ")]
pub const JSON_SCHEMA: &str = include_str!("../../schema/report.schema.json");
pub use system::System;

use indexmap::IndexMap;

use crate::Interval;
use crate::threshold::{StatedThresholdResult, SubjectCountBand};

/// A 特定個人情報保護評価書 of any of the three forms.
///
/// The form is [`Report::form`], given by [`Report::part`]. See the [module docs](self) for the
/// JSON format.
///
/// ```
/// use mynumber_pia::report::{Report, ReportBuilder};
/// use mynumber_pia::threshold::SubjectCountBand;
/// use mynumber_pia::AssessmentKind;
///
/// let r = ReportBuilder::new(AssessmentKind::Basic, "国民健康保険に関する事務").build();
/// assert_eq!(r.form(), AssessmentKind::Basic);
/// assert!(r.basic().is_some() && r.full().is_none());
/// assert_eq!(r.subject_count(), Some(SubjectCountBand::From1kTo10k));
/// ```
#[doc(alias = "評価書")]
#[doc(alias = "特定個人情報保護評価書")]
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Report {
    /// 表紙.
    pub cover: Cover,
    /// Ⅰ 基本情報 (基礎: Ⅰ 関連情報).
    pub affair: Affair,
    /// Ⅰ2 システム1…N (基礎 Ⅰ1③: names only).
    pub systems: Vec<System>,
    /// Ⅱ 特定個人情報ファイルの概要, one block per file or file group (empty in a 基礎 report).
    pub files: Vec<FileBlock>,
    /// What only this form has.
    pub part: FormPart,
    /// 開示請求、問合せ (全項目 Ⅴ, 重点 Ⅳ, 基礎 Ⅰ7–8).
    pub disclosure: Disclosure,
    /// 評価実施手続 (全項目 Ⅵ, 重点 Ⅴ; empty in a 基礎 report).
    pub procedures: Procedures,
    /// 変更箇所 rows, in the order printed.
    pub changes: Vec<ChangeRecord>,
}

/// The part of a [`Report`] that only its form has.
///
/// ```
/// use mynumber_pia::report::FormPart;
/// use mynumber_pia::AssessmentKind;
///
/// assert_eq!(FormPart::empty(AssessmentKind::Focused).form(), AssessmentKind::Focused);
/// ```
#[doc(alias = "様式")]
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FormPart {
    /// 基礎項目評価書 (様式2).
    Basic(Box<basic::Part>),
    /// 重点項目評価書 (様式3).
    Focused(Box<focused::Part>),
    /// 全項目評価書 (様式4).
    Full(Box<full::Part>),
}

impl FormPart {
    /// The part of `form`, with every item empty.
    ///
    /// ```
    /// use mynumber_pia::report::FormPart;
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let part = FormPart::empty(AssessmentKind::Basic);
    /// assert_eq!(part.form(), AssessmentKind::Basic);
    /// ```
    #[must_use]
    pub fn empty(form: AssessmentKind) -> Self {
        match form {
            AssessmentKind::Basic => FormPart::Basic(Box::default()),
            AssessmentKind::Focused => FormPart::Focused(Box::default()),
            AssessmentKind::Full => FormPart::Full(Box::default()),
        }
    }

    /// The form this part belongs to.
    #[must_use]
    pub const fn form(&self) -> AssessmentKind {
        match self {
            FormPart::Basic(_) => AssessmentKind::Basic,
            FormPart::Focused(_) => AssessmentKind::Focused,
            FormPart::Full(_) => AssessmentKind::Full,
        }
    }
}

/// The accessors of the part of each form (`basic`, `basic_mut`, …): `$get` gives the part of
/// `FormPart::$variant`, `$get_mut` the same mutably, each `None` for a report of another form.
macro_rules! part_access {
    ($($(#[$doc:meta])* $get:ident, $(#[$doc_mut:meta])* $get_mut:ident: $variant:ident => $part:ty;)+) => {$(
        $(#[$doc])*
        #[must_use]
        pub fn $get(&self) -> Option<&$part> {
            match &self.part {
                FormPart::$variant(p) => Some(p),
                _ => None,
            }
        }

        $(#[$doc_mut])*
        pub fn $get_mut(&mut self) -> Option<&mut $part> {
            match &mut self.part {
                FormPart::$variant(p) => Some(p),
                _ => None,
            }
        }
    )+};
}

impl Report {
    /// A report of `form` with every item empty.
    ///
    /// ```
    /// use mynumber_pia::report::Report;
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let r = Report::empty(AssessmentKind::Full);
    /// assert!(r.files.is_empty() && r.full().is_some());
    /// ```
    #[must_use]
    pub fn empty(form: AssessmentKind) -> Self {
        Report {
            cover: Cover::default(),
            affair: Affair::default(),
            systems: Vec::new(),
            files: Vec::new(),
            part: FormPart::empty(form),
            disclosure: Disclosure::default(),
            procedures: Procedures::default(),
            changes: Vec::new(),
        }
    }

    /// The form of the report.
    ///
    /// ```
    /// use mynumber_pia::samples::Sample;
    /// use mynumber_pia::AssessmentKind;
    ///
    /// assert_eq!(Sample::KawaguchiFocused.load()?.form(), AssessmentKind::Focused);
    /// # Ok::<(), mynumber_pia::LoadError>(())
    /// ```
    #[must_use]
    pub const fn form(&self) -> AssessmentKind {
        self.part.form()
    }

    part_access! {
        /// The 基礎-only part, if this is a 基礎項目評価書.
        ///
        /// ```
        /// use mynumber_pia::report::Report;
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let r = Report::empty(AssessmentKind::Basic);
        /// assert!(r.basic().is_some() && r.full().is_none());
        /// ```
        basic,
        /// The 基礎-only part, mutably.
        ///
        /// ```
        /// use mynumber_pia::report::Report;
        /// use mynumber_pia::threshold::SeriousIncident;
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let mut r = Report::empty(AssessmentKind::Basic);
        /// if let Some(b) = r.basic_mut() {
        ///     b.threshold_items.serious_incident = Some(SeriousIncident::Occurred);
        /// }
        /// assert!(r.focused_mut().is_none());
        /// assert_eq!(r.basic().and_then(|b| b.threshold_items.serious_incident), Some(SeriousIncident::Occurred));
        /// ```
        basic_mut: Basic => basic::Part;

        /// The 重点-only part, if this is a 重点項目評価書.
        ///
        /// ```
        /// use mynumber_pia::report::Report;
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let r = Report::empty(AssessmentKind::Focused);
        /// assert!(r.focused().is_some() && r.basic().is_none());
        /// ```
        focused,
        /// The 重点-only part, mutably.
        ///
        /// ```
        /// use mynumber_pia::report::{AuditKind, Report};
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let mut r = Report::empty(AssessmentKind::Focused);
        /// r.focused_mut().map(|p| p.risk_measures.audit.insert(AuditKind::Internal));
        /// assert!(r.focused().is_some_and(|p| p.risk_measures.audit.contains(&AuditKind::Internal)));
        /// ```
        focused_mut: Focused => focused::Part;

        /// The 全項目-only part, if this is a 全項目評価書.
        ///
        /// ```
        /// use mynumber_pia::report::Report;
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let r = Report::empty(AssessmentKind::Full);
        /// assert!(r.full().is_some() && r.focused().is_none());
        /// ```
        full,
        /// The 全項目-only part, mutably.
        ///
        /// ```
        /// use mynumber_pia::report::{Report, Sufficiency};
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let mut r = Report::empty(AssessmentKind::Full);
        /// if let Some(p) = r.full_mut() {
        ///     p.risk_measures.usage.risk3.sufficiency = Some(Sufficiency::Sufficient);
        /// }
        /// assert!(r.basic_mut().is_none());
        /// assert_eq!(r.full().and_then(|p| p.risk_measures.usage.risk3.sufficiency), Some(Sufficiency::Sufficient));
        /// ```
        full_mut: Full => full::Part;
    }

    /// The 対象人数 the report states: 基礎 Ⅱ1, or Ⅰ1③ of the 重点 and 全項目 forms.
    ///
    /// ```
    /// use mynumber_pia::samples::Sample;
    /// use mynumber_pia::threshold::SubjectCountBand;
    ///
    /// // 熊谷市 基礎: Ⅱ1; 江戸川区 全項目: Ⅰ1③.
    /// assert_eq!(Sample::KumagayaBasic.load()?.subject_count(), Some(SubjectCountBand::From10kTo100k));
    /// assert_eq!(Sample::EdogawaFull.load()?.subject_count(), Some(SubjectCountBand::AtLeast300k));
    /// # Ok::<(), mynumber_pia::LoadError>(())
    /// ```
    #[must_use]
    pub fn subject_count(&self) -> Option<SubjectCountBand> {
        let shared = self.affair.subject_count;
        self.basic()
            .map_or(shared, |p| p.threshold_items.subject_count)
    }

    /// The しきい値判断結果 the report states: 基礎 Ⅲ, or 評価実施手続 1② of the 重点 and 全項目
    /// forms.
    ///
    /// ```
    /// use mynumber_pia::samples::Sample;
    /// use mynumber_pia::threshold::RequiredAssessment;
    ///
    /// let stated = Sample::KawaguchiFocused.load()?.stated_threshold_result();
    /// assert_eq!(stated.map(|s| s.required), Some(RequiredAssessment::BasicAndFocused));
    /// # Ok::<(), mynumber_pia::LoadError>(())
    /// ```
    #[must_use]
    pub fn stated_threshold_result(&self) -> Option<StatedThresholdResult> {
        let shared = self.procedures.basic_assessment.threshold_result;
        self.basic().map_or(shared, |p| p.threshold_result)
    }

    /// The 3-year 重大事故 item of the risk chapter (全項目 Ⅲ7 リスク1⑨, 重点 Ⅲ7②); `None` in a
    /// 基礎 report, which has only the 1-year しきい値 item.
    ///
    /// ```
    /// use mynumber_pia::report::{IncidentHistory, Report};
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let full = Report::example(AssessmentKind::Full);
    /// assert_eq!(full.recent_incidents().and_then(|i| i.status), Some(IncidentHistory::NotOccurred));
    /// assert!(Report::example(AssessmentKind::Basic).recent_incidents().is_none());
    /// ```
    #[must_use]
    pub fn recent_incidents(&self) -> Option<&RecentIncidents> {
        self.recent_incidents_item().map(|(_, item)| item)
    }

    /// [`Report::recent_incidents`] with the item it is in this report's form
    /// ([`ItemId::FocusedStorageSeriousIncident`], [`ItemId::FullStorageSeriousIncident`]): the
    /// one place that knows where the 3-year 重大事故 item stands, which validation and the
    /// schedule read.
    pub(crate) fn recent_incidents_item(&self) -> Option<(ItemId, &RecentIncidents)> {
        let id = match self.form() {
            AssessmentKind::Basic => return None,
            AssessmentKind::Focused => ItemId::FocusedStorageSeriousIncident,
            AssessmentKind::Full => ItemId::FullStorageSeriousIncident,
        };
        // Where the item stands in the report is the item table's to say.
        let field: &dyn std::any::Any = field_at(self, id, &[])?;
        Some((id, field.downcast_ref()?))
    }

    /// The items this report fills in that its form does not print, with their paths: a 保管期間
    /// in a 重点項目評価書 (様式3 has no Ⅱ6②), a 委託事項 in a 基礎項目評価書 (様式2 has no Ⅱ),
    /// システムの機能 in a 基礎 report (様式2 Ⅰ1③ lists names only)… The item table
    /// ([`ItemId::in_form`]) decides. Such a report does not load: deserializing it (with
    /// [`Report::from_json`] or any serde format) fails at the first of these items.
    ///
    /// ```
    /// use mynumber_pia::AssessmentKind;
    /// use mynumber_pia::report::{ItemId, Report, RetentionPeriod};
    ///
    /// let mut r = Report::example(AssessmentKind::Focused);
    /// assert!(r.items_outside_form().is_empty());
    /// r.files[0].storage.retention = Some(RetentionPeriod::FiveYears);
    /// let outside = r.items_outside_form();
    /// assert_eq!(outside.len(), 1);
    /// assert_eq!(outside[0].0, ItemId::FileStorageRetention);
    /// assert_eq!(outside[0].1.to_string(), "files[0].storage.retention");
    /// ```
    #[must_use]
    pub fn items_outside_form(&self) -> Vec<(ItemId, ItemPath)> {
        // In table order, each item's instances in the report's order.
        let mut found = Vec::new();
        for id in items::shared_items_outside(self.form()) {
            visit(self, id, &mut |at, field| {
                if !field.is_blank() {
                    found.push((id, id.path(at)));
                }
            });
        }
        found
    }

    /// The report without the items its form does not print (see
    /// [`items_outside_form`](Self::items_outside_form)): useful when deriving a 重点 report from
    /// a 全項目 one.
    ///
    /// ```
    /// use mynumber_pia::AssessmentKind;
    /// use mynumber_pia::report::{FormPart, Report};
    ///
    /// let full = Report::example(AssessmentKind::Full);
    /// let mut focused = full.clone();
    /// focused.part = FormPart::empty(AssessmentKind::Focused);
    /// let focused = focused.without_items_outside_form();
    /// assert!(focused.items_outside_form().is_empty());
    /// assert_eq!(focused.files[0].storage.retention, None);
    /// assert_eq!(focused.files[0].storage.location, full.files[0].storage.location);
    /// ```
    #[must_use]
    pub fn without_items_outside_form(mut self) -> Report {
        items::clear_outside_form(&mut self);
        self
    }

    /// The number of people who handle the report's files, as far as the bands tell (the
    /// 取扱者数 of the しきい値判断, 指針 第5の2): the body's own staff (使用者数) plus the staff of
    /// every 委託先 (委託先における取扱者数).
    ///
    /// The same staff may appear in several file blocks, and one 委託先 in several 委託事項
    /// (matched by name, ignoring a note in parentheses), so each group counts at least as its
    /// largest band and at most as the sum of its bands; different groups are different people
    /// and add up. A missing band counts as "0 or more"; a report without file blocks (a 基礎
    /// report) gives zero.
    ///
    /// ```
    /// use mynumber_pia::{Relation, Sample};
    ///
    /// // 江戸川区: 130 to 2,072 people; the bands alone cannot tell whether 500 or more do.
    /// let handlers = Sample::EdogawaFull.load()?.handler_interval();
    /// assert_eq!((handlers.min(), handlers.max()), (130, Some(2_072)));
    /// assert_eq!(handlers.relation_to(500), Relation::Straddles);
    /// # Ok::<(), mynumber_pia::LoadError>(())
    /// ```
    #[must_use]
    pub fn handler_interval(&self) -> Interval {
        let unknown = Interval::at_least(0);
        let mut own: Option<Interval> = None;
        // One entry per 委託先, whatever the number of 委託事項: linear in the entries. The
        // unnamed 委託先 (`None`) share one entry: they may be the same company, so their staff
        // count as overlapping, as a company's do.
        let mut groups: IndexMap<Option<std::borrow::Cow<'_, str>>, Interval> = IndexMap::new();
        for file in &self.files {
            let users = file
                .usage
                .user_count
                .map_or(unknown, StaffCountBand::interval);
            own = Some(own.map_or(users, |o| o.add_overlapping(users)));
            for e in &file.entrustments {
                let staff = e.handler_count.map_or(unknown, StaffCountBand::interval);
                groups
                    .entry(e.entrustee.as_deref().map(entrustment::entrustee_key))
                    .and_modify(|total| *total = total.add_overlapping(staff))
                    .or_insert(staff);
            }
        }
        own.unwrap_or(Interval::ZERO) + groups.into_values().sum::<Interval>()
    }

    /// Every 委託事項 of every file block, with its block index and its index in the block.
    ///
    /// ```
    /// use mynumber_pia::samples::Sample;
    ///
    /// // 江戸川区: 6 + 7 + 2 委託事項 in three file blocks.
    /// let report = Sample::EdogawaFull.load()?;
    /// assert_eq!(report.entrustments().count(), 15);
    /// let (block, index, last) = report.entrustments().last().unwrap();
    /// assert_eq!((block, index), (2, 1));
    /// assert!(last.entrustee.is_some());
    /// # Ok::<(), mynumber_pia::LoadError>(())
    /// ```
    pub fn entrustments(&self) -> impl Iterator<Item = (usize, usize, &Entrustment)> {
        self.files.iter().enumerate().flat_map(|(fi, f)| {
            f.entrustments
                .iter()
                .enumerate()
                .map(move |(ei, e)| (fi, ei, e))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_incidents_item_is_the_item_of_the_form() {
        assert!(
            Report::example(AssessmentKind::Basic)
                .recent_incidents_item()
                .is_none()
        );
        for form in [AssessmentKind::Focused, AssessmentKind::Full] {
            let r = Report::example(form);
            let (id, item) = r.recent_incidents_item().unwrap();
            // The item table finds the same field under the id, in this form.
            assert!(id.in_form(form), "{id:?}");
            assert_eq!(id.part_form(), Some(form));
            let field = field_at(&r, id, &[]).unwrap();
            assert_eq!(field.value(), item.value());
        }
    }
}
