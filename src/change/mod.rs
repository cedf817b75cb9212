//! Changes over time: two versions of one 評価書 compared item by item, each change judged
//! 重要な変更 or not, the 変更箇所 rows written, and what must happen next.
//!
//! **From [`crate::form`]** it takes the item table (each item's ※ mark, number and label per
//! form) and the section titles of the places it writes.
//!
//! A 評価書 is revised every year or so: a new 委託先, a system moved to the ガバメントクラウド, a
//! statute renumbered. Each revision is logged in the report's 変更箇所 (全項目 別添3, 重点
//! 別添2, 基礎 at the end) with its 提出時期: 事前 for a 重要な変更, which is assessed again
//! before it is made (番号法 第28条第1項後段; 規則 第11条), 事後 for a correction published after
//! it. [`compare`] does what officers do by hand from the forms' ※ marks:
//!
//! - every item-level change, in the form's order ([`Change`]): the item ([`ItemId`]), its path
//!   in the new report, its place as real logs print it (`Ⅱ（国保給付ファイル）４．特定個人情報
//!   ファイルの取扱いの委託　委託事項３　⑦再委託の有無`), the values before and after as the form
//!   prints them (choice labels, dates in the 和暦, checked boxes joined with `、`) and whether it
//!   is an addition, a removal or a modification ([`ChangeKind`]);
//! - list entries (systems, file blocks, 委託事項, 再委託 levels, 提供先, 移転先, 入手元) matched by
//!   identity — name, 委託先 + 委託事項, 提供先名 — not by position: one 提供先 inserted at the
//!   front is one change. Record-item and checkbox lists are one value each. The 変更箇所 rows
//!   themselves are not compared, nor the kind of body, which the form does not print;
//! - a judgement per change ([`Reason`], [`Significance`]) that the caller may override with a
//!   reason ([`ChangeSet::override_judgement`]);
//! - the consequences ([`Consequence`]): 再実施 before the change and its steps for the form and
//!   the kind of body, or a correction; and the しきい値判断 of each version, whose rise is a
//!   再実施 too;
//! - the 変更箇所 rows ([`ChangeSet::records`]) to append to the new version, which then
//!   validates without CH001 for them.
//!
//! # The rules
//!
//! Each change is judged by the first rule that applies. The minimal pairs are in
//! `tests/change_rules.rs`.
//!
//! | rule | judgement | source | triggers | does not trigger |
//! |---|---|---|---|---|
//! | the item has no ※ in the form (全項目: Ⅲ as a whole except 7 リスク1⑨, Ⅳ as a whole and the ※ items of Ⅰ and Ⅱ; 重点: Ⅲ except 7②; 基礎: none) | [`Reason::NotMarked`] | 規則 第11条; the forms' ※ marks ([`ItemId::is_significant`]) | `not_marked::triggers` | `not_marked::does_not_trigger` |
//! | 重点 Ⅲ7② (the 3-year 重大事故) is outside the ※ of Ⅲ | [`Reason::NotMarked`] | 様式3 Ⅲ ※（７．②を除く。） | `not_marked_focused::triggers` | `not_marked_focused::does_not_trigger` |
//! | a 基礎項目評価書 has no ※ item | [`Reason::NotMarked`] | 様式2 | `not_marked_basic::triggers` | `not_marked_basic::does_not_trigger` |
//! | a ※ change that only reduces: 委託しない | [`Reason::Reduction`] (judgement aid) | 規則 第11条 | `reduction_entrustment_ended::triggers` | `reduction_entrustment_ended::does_not_trigger` |
//! | a ※ change that only reduces: a 委託事項 removed | [`Reason::Reduction`] (judgement aid) | 規則 第11条 | `reduction_entrustment_removed::triggers` | `reduction_entrustment_removed::does_not_trigger` |
//! | a ※ change that only reduces: 再委託しない | [`Reason::Reduction`] (judgement aid) | 規則 第11条 | `reduction_re_entrustment_ended::triggers` | `reduction_re_entrustment_ended::does_not_trigger` |
//! | a ※ change that only reduces: 主な記録項目 unchecked | [`Reason::Reduction`] (judgement aid) | 規則 第11条 | `reduction_record_items::triggers` | `reduction_record_items::does_not_trigger` |
//! | a ※ change that only reduces: a 入手元 removed | [`Reason::Reduction`] (judgement aid) | 規則 第11条 | `reduction_source_removed::triggers` | `reduction_source_removed::does_not_trigger` |
//! | a ※ change that only reduces: 情報連携 実施しない | [`Reason::Reduction`] (judgement aid) | 規則 第11条 | `reduction_linkage_ended::triggers` | `reduction_linkage_ended::does_not_trigger` |
//! | a ※ change that only reduces: a 「…しない」 box of Ⅲ checked | [`Reason::Reduction`] (judgement aid) | 規則 第11条 | `reduction_opt_out_box::triggers` | `reduction_opt_out_box::does_not_trigger` |
//! | a lower 本人の数 band: no 本人の数 item has a ※ on the 令和6年10月 forms, so the first rule already applies (the reduction rule covers it should a form mark one) | [`Reason::NotMarked`] | 規則 第11条 | `lower_data_subject_band::triggers` | `lower_data_subject_band::does_not_trigger` |
//! | a ※ 法令上の根拠 whose citations mean the same across the 令和6年5月27日 renumbering, 番号法/番号利用法 and notation | [`Reason::SameLegalMeaning`] (judgement aid) | 規則 第11条; [`Citation::current_equivalent`](crate::legal_basis::Citation::current_equivalent) | `same_legal_meaning::triggers` | `same_legal_meaning::does_not_trigger` |
//! | a ※ text changed in notation only (width, spaces, punctuation, numerals) | [`Reason::NotationOnly`] (judgement aid) | 規則 第11条 | `notation_only::triggers` | `notation_only::does_not_trigger` |
//! | any other ※ change (the safe side) | [`Reason::MarkedItem`]: 重要な変更 | 規則 第11条; 番号法 第28条第1項後段 | `marked_item::triggers` | `marked_item::does_not_trigger` |
//! | the caller's judgement, with its reason | [`Override`] | the 評価実施機関 | `override_judgement::triggers` | `override_judgement::does_not_trigger` |
//! | the しきい値判断 requires more after the change (対象人数 crosses a band, 重大事故 発生あり): 再実施 even without a ※ change | [`Consequence::Reassessment`] | 指針 第5の2 | `threshold_rise::triggers` | `threshold_rise::does_not_trigger` |
//! | 再実施 of a 全項目評価: 意見の聴取 and 第三者点検 (地方公共団体等) or 委員会の承認 (行政機関等); 重点: the same, optional | [`Consequence::Reassessment`] | 規則 第7条; 規則 第6条; 番号法 第28条第2項 | `reassessment_steps::triggers` | `reassessment_steps::does_not_trigger` |
//!
//! The judgement aids are the crate's: real logs file such changes 事後 as not significant
//! (「法令の題名等の形式的な変更」, 「主務省令の発出に伴う修正」, 「部署名の変更」 in the 江戸川区 国民健康保険
//! 全項目評価書 of 令和6年12月6日 and the 川口市 後期高齢者医療 重点項目評価書 of 令和7年12月26日), but
//! the crate quotes no passage of the 指針 for them. A change the crate cannot show to be formal
//! stays a 重要な変更; a 組織の名称変更 on a ※ item, for instance, is for the caller to
//! override.
//!
//! ```
//! use chrono::NaiveDate;
//! use mynumber_pia::change::{compare, Significance};
//! use mynumber_pia::report::{Report, SubmissionTiming};
//! use mynumber_pia::AssessmentKind;
//!
//! let old = Report::example(AssessmentKind::Full);
//! let mut new = old.clone();
//! new.files[0].storage.location = Some("ガバメントクラウドの国内データセンターに保管する。".into());
//! let set = compare(&old, &new)?;
//! assert_eq!(set.summary(), "1 changes, 1 significant");
//! let change = &set.changes()[0];
//! assert_eq!(change.place(), "Ⅱ（保険資格ファイル）６．特定個人情報の保管・消去　①保管場所");
//! assert_eq!(change.significance(), Significance::Significant);
//! assert_eq!(change.timing(), SubmissionTiming::Before);
//! assert_eq!(
//!     set.consequences()[0].to_string(),
//!     "再実施: 全項目評価（意見の聴取、第三者点検）を変更の前に行う"
//! );
//! let rows = set.records(NaiveDate::from_ymd_opt(2025, 6, 30).unwrap());
//! assert_eq!(rows[0].explanation.as_deref(), Some("重要な変更である"));
//! # Ok::<(), mynumber_pia::change::CompareError>(())
//! ```

mod consequence;
mod judge;
mod walk;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::AssessmentKind;
use crate::label::Visible;
use crate::report::{BodyKind, ChangeRecord, ItemId, ItemPath, Report, SubmissionTiming};
use crate::threshold::RequiredAssessment;

pub use consequence::{Consequence, Step};
pub use judge::{Reason, Significance};

crate::label::text_enum! {
    /// What happened to a value: added, removed or modified.
    ///
    /// ```
    /// use mynumber_pia::change::ChangeKind;
    ///
    /// assert_eq!(ChangeKind::Removed.label(), "削除");
    /// assert_eq!(ChangeKind::Modified.as_str(), "modified");
    /// ```
    #[doc(alias = "変更の種類")]
    #[non_exhaustive]
    pub enum ChangeKind: "変更の種類" {
        /// The value or the entry is new (the old version had the item empty, or no such entry).
        Added => "added", "追加";
        /// The value or the entry is gone.
        Removed => "removed", "削除";
        /// The value is another one.
        Modified => "modified", "変更";
    }
}

/// The caller's own judgement of a change, with its reason (e.g. 組織の名称変更 on a ※ item).
///
/// ```
/// use mynumber_pia::change::{Override, Significance};
///
/// let o = Override::new(Significance::NotSignificant, "組織の名称変更");
/// assert_eq!(o.reason, "組織の名称変更");
/// ```
#[doc(alias = "判断の上書き")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Override {
    /// The judgement.
    pub significance: Significance,
    /// Why, in the words of the 提出時期に係る説明.
    pub reason: String,
}

impl Override {
    /// An override to `significance` for `reason`.
    #[must_use]
    pub fn new(significance: Significance, reason: impl Into<String>) -> Self {
        Override {
            significance,
            reason: reason.into(),
        }
    }
}

/// One item-level change between two versions of a report.
///
/// ```
/// use mynumber_pia::change::{compare, ChangeKind, Reason};
/// use mynumber_pia::report::{IncidentHistory, ItemId, Report};
/// use mynumber_pia::AssessmentKind;
///
/// let old = Report::example(AssessmentKind::Full);
/// let mut new = old.clone();
/// new.full_mut().unwrap().risk_measures.storage.risk1.serious_incident.status =
///     Some(IncidentHistory::Occurred);
/// let set = compare(&old, &new)?;
/// let c = &set.changes()[0];
/// assert_eq!(c.item(), ItemId::FullStorageSeriousIncident);
/// assert_eq!(c.path().to_string(), "full.risk_measures.storage.risk1.serious_incident");
/// assert_eq!((c.before(), c.after()), (Some("発生なし"), Some("発生あり")));
/// assert_eq!(c.kind(), ChangeKind::Modified);
/// // 全項目 Ⅲ is ※ except ７．リスク１⑨.
/// assert_eq!(c.reason(), Reason::NotMarked);
/// assert_eq!(c.explanation(), "重要な変更に当たらない（その他の項目の変更）");
/// # Ok::<(), mynumber_pia::change::CompareError>(())
/// ```
#[doc(alias = "変更")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    item: ItemId,
    path: ItemPath,
    place: String,
    kind: ChangeKind,
    before: Option<String>,
    after: Option<String>,
    reason: Reason,
    #[serde(rename = "override", default, skip_serializing_if = "Option::is_none")]
    overridden: Option<Override>,
}

impl Change {
    /// The item changed.
    #[must_use]
    pub fn item(&self) -> ItemId {
        self.item
    }

    /// Where the value is in the new report (in the old one for a removal); a 入手元 adds its
    /// label, a 再委託 level its position.
    #[must_use]
    pub fn path(&self) -> &ItemPath {
        &self.path
    }

    /// The place as real 変更箇所 print it: `Ⅵ　１．基礎項目評価　①実施日`.
    #[must_use]
    pub fn place(&self) -> &str {
        &self.place
    }

    /// Added, removed or modified.
    #[must_use]
    pub fn kind(&self) -> ChangeKind {
        self.kind
    }

    /// The value before, as the form prints it (`None`: empty).
    #[must_use]
    pub fn before(&self) -> Option<&str> {
        self.before.as_deref()
    }

    /// The value after, as the form prints it (`None`: empty).
    #[must_use]
    pub fn after(&self) -> Option<&str> {
        self.after.as_deref()
    }

    /// The rule that judged the change.
    #[must_use]
    pub fn reason(&self) -> Reason {
        self.reason
    }

    /// The caller's override, if any.
    #[must_use]
    pub fn overridden(&self) -> Option<&Override> {
        self.overridden.as_ref()
    }

    /// Whether the change is a 重要な変更: the override, else the rule's judgement.
    #[must_use]
    pub fn significance(&self) -> Significance {
        self.overridden
            .as_ref()
            .map_or(self.reason.significance(), |o| o.significance)
    }

    /// The 提出時期: 事前 for a 重要な変更, 事後 otherwise.
    #[must_use]
    pub fn timing(&self) -> SubmissionTiming {
        self.significance().timing()
    }

    /// The 提出時期に係る説明 in the words of real logs: 「重要な変更である」,
    /// 「重要な変更に当たらない（法令の改正に伴う形式的な変更）」, or with an override its reason:
    /// 「重要な変更に当たらない（組織の名称変更）」.
    #[must_use]
    pub fn explanation(&self) -> String {
        match &self.overridden {
            Some(o) => match o.significance {
                Significance::Significant => format!("重要な変更である（{}）", o.reason),
                Significance::NotSignificant => format!("重要な変更に当たらない（{}）", o.reason),
            },
            None => self.reason.explanation(),
        }
    }

    /// The source of the judgement: the rule's ([`Reason::source`]), or 「評価実施機関の判断」
    /// for an override.
    #[must_use]
    pub fn source(&self) -> &'static str {
        match self.overridden {
            Some(_) => "評価実施機関の判断",
            None => self.reason.source(),
        }
    }

    /// The 変更箇所 row for the change, dated `date`: 項目 is [`place`](Self::place), 変更前/変更後
    /// the values (変更後 「削除」 for a removal, as real logs write it), 提出時期
    /// and 説明 from the judgement.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::change::compare;
    /// use mynumber_pia::report::{Report, SubmissionTiming};
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let old = Report::example(AssessmentKind::Full);
    /// let mut new = old.clone();
    /// new.files[0].provisions.clear();
    /// let set = compare(&old, &new)?;
    /// let row = set.changes()[0].record(NaiveDate::from_ymd_opt(2025, 6, 30).unwrap());
    /// assert_eq!(row.item, "Ⅱ（保険資格ファイル）５．特定個人情報の提供・移転（委託に伴うものを除く。）　提供先１");
    /// assert_eq!((row.before.as_deref(), row.after.as_deref()), (Some("市町村長"), Some("削除")));
    /// assert_eq!(row.timing, Some(SubmissionTiming::After));
    /// # Ok::<(), mynumber_pia::change::CompareError>(())
    /// ```
    #[must_use]
    pub fn record(&self, date: NaiveDate) -> ChangeRecord {
        let mut row = ChangeRecord::new(self.place.clone())
            .with_date(date)
            .with_item_id(self.item)
            .with_timing(self.timing())
            .with_explanation(self.explanation());
        row.before = self.before.clone();
        row.after = match self.kind {
            ChangeKind::Removed => Some(ChangeKind::Removed.label().to_owned()),
            _ => self.after.clone(),
        };
        row
    }
}

/// Two reports that are not versions of one report: other forms or other 事務.
///
/// ```
/// use mynumber_pia::change::compare;
/// use mynumber_pia::report::Report;
/// use mynumber_pia::AssessmentKind;
///
/// let err = compare(&Report::example(AssessmentKind::Full), &Report::example(AssessmentKind::Focused)).unwrap_err();
/// assert_eq!(err.to_string(), "様式が異なる: 変更前は全項目評価書、変更後は重点項目評価書");
/// ```
#[doc(alias = "比較エラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CompareError {
    /// The reports are of different forms.
    #[error("様式が異なる: 変更前は{}、変更後は{}", .old.document_name(), .new.document_name())]
    FormMismatch {
        /// The old report's form.
        old: AssessmentKind,
        /// The new report's form.
        new: AssessmentKind,
    },
    /// The reports are of different 事務.
    #[error("事務が異なる: 変更前は「{}」、変更後は「{}」", Visible(.old), Visible(.new))]
    AffairMismatch {
        /// The old report's 事務の名称.
        old: String,
        /// The new report's 事務の名称.
        new: String,
    },
}

/// No change at the index given.
///
/// ```
/// use mynumber_pia::change::{compare, Significance};
/// use mynumber_pia::report::Report;
/// use mynumber_pia::AssessmentKind;
///
/// let r = Report::example(AssessmentKind::Full);
/// let mut set = compare(&r, &r)?;
/// let err = set.override_judgement(0, Significance::Significant, "理由").unwrap_err();
/// assert_eq!(err.to_string(), "変更 0 はありません（変更は 0 件）");
/// # Ok::<(), mynumber_pia::change::CompareError>(())
/// ```
#[doc(alias = "変更の番号エラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("変更 {index} はありません（変更は {len} 件）")]
pub struct UnknownChange {
    index: usize,
    len: usize,
}

/// Every change between two versions of one report, judged, with what must happen next.
///
/// Made by [`compare`]; serializes to JSON and back.
#[doc(alias = "変更箇所")]
#[doc(alias = "差分")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeSet {
    form: AssessmentKind,
    affair: String,
    body_kind: Option<BodyKind>,
    threshold_before: Vec<RequiredAssessment>,
    threshold_after: Vec<RequiredAssessment>,
    changes: Vec<Change>,
    consequences: Vec<Consequence>,
}

impl ChangeSet {
    /// The form of both versions.
    #[must_use]
    pub fn form(&self) -> AssessmentKind {
        self.form
    }

    /// The 事務の名称 (of the new version).
    #[must_use]
    pub fn affair(&self) -> &str {
        &self.affair
    }

    /// The changes, in the form's order.
    #[must_use]
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }

    /// What must happen next: 再実施 or a correction, then the change of the しきい値判断 if
    /// any. Empty when nothing changed.
    #[must_use]
    pub fn consequences(&self) -> &[Consequence] {
        &self.consequences
    }

    /// The results of the しきい値判断 still possible before and after (see
    /// [`Consequence::ThresholdChange`]).
    #[must_use]
    pub fn threshold(&self) -> (&[RequiredAssessment], &[RequiredAssessment]) {
        (&self.threshold_before, &self.threshold_after)
    }

    /// The number of 重要な変更.
    #[must_use]
    pub fn significant_count(&self) -> usize {
        self.changes
            .iter()
            .filter(|c| c.significance() == Significance::Significant)
            .count()
    }

    /// `N changes, N significant`.
    #[must_use]
    pub fn summary(&self) -> String {
        format!(
            "{} changes, {} significant",
            self.changes.len(),
            self.significant_count()
        )
    }

    /// Replaces the judgement of change `index` with the caller's, for `reason`; the
    /// consequences follow.
    ///
    /// ```
    /// use mynumber_pia::change::{compare, Significance};
    /// use mynumber_pia::report::{Report, SubmissionTiming};
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let old = Report::example(AssessmentKind::Full);
    /// let mut new = old.clone();
    /// new.files[0].usage.departments = Some("保険年金課、各支所".into());
    /// let mut set = compare(&old, &new)?;
    /// assert_eq!(set.significant_count(), 1);
    /// set.override_judgement(0, Significance::NotSignificant, "組織の名称変更")?;
    /// let c = &set.changes()[0];
    /// assert_eq!(c.timing(), SubmissionTiming::After);
    /// assert_eq!(c.explanation(), "重要な変更に当たらない（組織の名称変更）");
    /// assert_eq!(set.consequences()[0].to_string(), "再実施: 不要（評価書の修正を変更の後に提出・公表する）");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn override_judgement(
        &mut self,
        index: usize,
        significance: Significance,
        reason: impl Into<String>,
    ) -> Result<(), UnknownChange> {
        let len = self.changes.len();
        let change = self
            .changes
            .get_mut(index)
            .ok_or(UnknownChange { index, len })?;
        change.overridden = Some(Override::new(significance, reason));
        self.consequences = self.derive_consequences();
        Ok(())
    }

    /// The 変更箇所 rows for every change, dated `date`, ready to append to the new version's
    /// [`Report::changes`].
    #[must_use]
    pub fn records(&self, date: NaiveDate) -> Vec<ChangeRecord> {
        self.changes.iter().map(|c| c.record(date)).collect()
    }

    fn derive_consequences(&self) -> Vec<Consequence> {
        consequence::consequences(
            self.form,
            self.body_kind,
            !self.changes.is_empty(),
            self.significant_count() > 0,
            &self.threshold_before,
            &self.threshold_after,
        )
    }
}

/// Compares two versions of one report (same form, same 事務) and judges every change.
///
/// The 事務 is the same when the 事務の名称 differ at most in notation (width, spaces,
/// punctuation). The kind of body for the procedure is the new version's
/// ([`Cover::body_kind`](crate::report::Cover::body_kind), else read from the 評価実施機関名).
/// Never panics; reads no clock.
///
/// ```
/// use mynumber_pia::change::compare;
/// use mynumber_pia::report::Report;
/// use mynumber_pia::AssessmentKind;
///
/// let r = Report::example(AssessmentKind::Focused);
/// let set = compare(&r, &r)?;
/// assert!(set.changes().is_empty() && set.consequences().is_empty());
/// assert_eq!(set.summary(), "0 changes, 0 significant");
/// # Ok::<(), mynumber_pia::change::CompareError>(())
/// ```
#[doc(alias = "比較")]
#[doc(alias = "差分")]
pub fn compare(old: &Report, new: &Report) -> Result<ChangeSet, CompareError> {
    if old.form() != new.form() {
        return Err(CompareError::FormMismatch {
            old: old.form(),
            new: new.form(),
        });
    }
    if !judge::same_notation(&old.affair.name, &new.affair.name) {
        return Err(CompareError::AffairMismatch {
            old: old.affair.name.clone(),
            new: new.affair.name.clone(),
        });
    }
    let mut set = ChangeSet {
        form: new.form(),
        affair: new.affair.name.clone(),
        body_kind: crate::report::body_kind(&new.cover),
        threshold_before: consequence::possible_results(old),
        threshold_after: consequence::possible_results(new),
        changes: walk::changes(old, new),
        consequences: Vec::new(),
    };
    set.consequences = set.derive_consequences();
    Ok(set)
}
