//! Validation of a 評価書: findings with stable codes, severities, paths and sources.
//!
//! **From [`crate::form`]** it takes the item table: the form item a finding names (its number
//! and label, by [`ItemId`](crate::report::ItemId)).
//!
//! Validation judges a report as the PPC's reviewers and a careful municipal officer would. It
//! never refuses a report (loading does that for malformed data); it reports what is wrong as
//! [`Finding`]s, each with
//!
//! - a stable [`Code`] (`TH001`, `EN004`, …; the list of rules is on [`Code`]),
//! - a [`Severity`]: error (a rule of the 規則, 指針, 番号法 or form is broken), warning (a likely
//!   mistake or an inconsistency) or info,
//! - the place, as an [`ItemPath`](crate::report::ItemPath) (`files[0].entrustments[2].re_entrustment`) and in the form's
//!   own words (`Ⅱ（国保給付ファイル）4 委託事項3 ⑦ 再委託の有無`),
//! - a message in Japanese and the source of the rule (`規則 第15条`, `番号法 第10条第1項`, …).
//!
//! The checks come in eight families ([`Family`]): しきい値判断, 取扱者数, 委託, 提供・移転,
//! required content, 評価実施手続, dates against the reference date, and 変更箇所. The crate
//! reads no clock: the caller passes the reference date for the time checks.
//!
//! # The rules
//!
//! Every check, its code (whose docs give its severity, its source and an example), and the
//! minimal pair of tests in `tests/validate_rules.rs` that pins it: the example report of the
//! form changed in one place to trigger it, and the same report fixed, which finds exactly the
//! same minus that rule. The full list of codes, with severities and sources, is on [`Code`].
//!
//! | family | check | code | triggers | does not trigger |
//! |---|---|---|---|---|
//! | 1 しきい値 | the stated result follows from the stated inputs (基礎 Ⅱ → Ⅲ) | [TH001](Code) | `th001_basic_result_from_inputs::triggers` | `th001_basic_result_from_inputs::does_not_trigger` |
//! | 1 しきい値 | the stated result is one the 対象人数 allows (重点 Ⅴ1②, 全項目 Ⅵ1②) | [TH001](Code) | `th001_detailed_result_for_band::triggers` | `th001_detailed_result_for_band::does_not_trigger` |
//! | 1 しきい値 | a 基礎-only filing when 全項目 is required (基礎 Ⅳ1) | [TH002](Code) | `th002_basic_filing_below_required::triggers` | `th002_basic_filing_below_required::does_not_trigger` |
//! | 1 しきい値 | a 重点項目評価書 when 全項目 is required | [TH002](Code) | `th002_focused_when_full_required::triggers` | `th002_focused_when_full_required::does_not_trigger` |
//! | 1 しきい値 | a higher voluntary filing (info) | [TH003](Code) | `th003_voluntary_higher_assessment::triggers` | `th003_voluntary_higher_assessment::does_not_trigger` |
//! | 1 しきい値 | 「（任意に…を実施）」 missing or of another kind | [TH004](Code) | `th004_voluntary_suffix_missing::triggers` | `th004_voluntary_suffix_missing::does_not_trigger` |
//! | 1 しきい値 | 対象人数 under 1万 with a file of 10万人以上 | [TH005](Code) | `th005_file_above_subject_count::triggers` | `th005_file_above_subject_count::does_not_trigger` |
//! | 2 取扱者数 | declared `500人未満` / `500人以上` contradicted by the interval sum of 使用者数 and 委託先 取扱者数 | [HC001](Code) | `hc001_handlers_contradict_declared::triggers` | `hc001_handlers_contradict_declared::does_not_trigger` |
//! | 2 取扱者数 | the bands cannot decide (info) | [HC002](Code) | `hc002_handlers_undecidable::triggers` | `hc002_handlers_undecidable::does_not_trigger` |
//! | 3 委託 | `委託する` with no 委託事項 | [EN001](Code) | `en001_entrusts_without_items::triggers` | `en001_entrusts_without_items::does_not_trigger` |
//! | 3 委託 | `委託しない` with 委託事項 | [EN002](Code) | `en002_items_without_entrusting::triggers` | `en002_items_without_entrusting::does_not_trigger` |
//! | 3 委託 | declared （ N ）件 against the 委託事項 listed | [EN003](Code) | `en003_entrustment_count::triggers` | `en003_entrustment_count::does_not_trigger` |
//! | 3 委託 | `再委託する` without 再委託の許諾方法 | [EN004](Code) | `en004_re_entrustment_without_permission::triggers` | `en004_re_entrustment_without_permission::does_not_trigger` |
//! | 3 委託 | `再委託する` without 再委託事項 | [EN005](Code) | `en005_re_entrustment_without_items::triggers` | `en005_re_entrustment_without_items::does_not_trigger` |
//! | 3 委託 | `再委託しない` with re-entrustees | [EN006](Code) | `en006_re_entrustees_without_re_entrustment::triggers` | `en006_re_entrustees_without_re_entrustment::does_not_trigger` |
//! | 3 委託 | a chain level without the original body's permission (番号法 第10条) | [EN007](Code) | `en007_chain_level_without_permission::triggers` | `en007_chain_level_without_permission::does_not_trigger` |
//! | 3 委託 | a chain level the original body refused | [EN007](Code) | `en007_chain_level_refused::triggers` | `en007_chain_level_refused::does_not_trigger` |
//! | 3 委託 | a cycle in the chain | [EN008](Code) | `en008_chain_cycle::triggers` | `en008_chain_cycle::does_not_trigger` |
//! | 3 委託 | re-entrusting to the 評価実施機関 itself | [EN008](Code) | `en008_re_entrusts_to_the_body::triggers` | `en008_re_entrusts_to_the_body::does_not_trigger` |
//! | 3 委託 | a 委託先 re-entrusting to itself | [EN008](Code) | `en008_re_entrusts_to_itself::triggers` | `en008_re_entrusts_to_itself::does_not_trigger` |
//! | 4 提供・移転 | declared 提供 / 移転 count against the entries (warning) | [PV001](Code) | `pv001_provision_count::triggers` | `pv001_provision_count::does_not_trigger` |
//! | 4 提供・移転 | an entry without 法令上の根拠 | [PV002](Code) | `pv002_entry_without_basis::triggers` | `pv002_entry_without_basis::does_not_trigger` |
//! | 4 提供・移転 | 情報提供ネットワークシステム without a 第19条第8号 basis | [PV003](Code) | `pv003_network_provision_without_19_8::triggers` | `pv003_network_provision_without_19_8::does_not_trigger` |
//! | 4 提供・移転 | 情報連携 `実施する` without a basis | [PV004](Code) | `pv004_linkage_without_basis::triggers` | `pv004_linkage_without_basis::does_not_trigger` |
//! | 4 提供・移転 | a pre-2024-05-27 citation (別表第二) after that date, with the current one | [PV005](Code) | `pv005_old_provision_citation::triggers` | `pv005_old_provision_citation::does_not_trigger` |
//! | 4 提供・移転 | a pre-2024-05-27 citation (別表第一) in Ⅰ 個人番号の利用 | [PV005](Code) | `pv005_old_usage_citation::triggers` | `pv005_old_usage_citation::does_not_trigger` |
//! | 4 提供・移転 | entries while 提供・移転 is not declared | [PV006](Code) | `pv006_entries_without_the_box::triggers` | `pv006_entries_without_the_box::does_not_trigger` |
//! | 4 提供・移転 | a 第19条第7号 citation names the 令和4年 renumbering, with 第19条第8号 | [PV005](Code) | `pv005_old_article_19_7::triggers` | `pv005_old_article_19_7::does_not_trigger` |
//! | 4 提供・移転 | a 別表第二 row names the 令和6年5月27日 restructuring | [PV005](Code) | `pv005_old_row_names_the_2024_change::triggers` | `pv005_old_row_names_the_2024_change::does_not_trigger` |
//! | 4 提供・移転 | a checked 提供 / 移転 box without its （ ）件 (warning) | [PV007](Code) | `pv007_checked_box_without_count::triggers` | `pv007_checked_box_without_count::does_not_trigger` |
//! | 4 提供・移転 | a （N）件 beside an unchecked box (consistency, warning) | [PV008](Code) | `pv008_count_beside_unchecked_box::triggers` | `pv008_count_beside_unchecked_box::does_not_trigger` |
//! | 4 提供・移転 | 「行っていない」 checked with 「移転を行っている」 (consistency, warning) | [PV008](Code) | `pv008_none_checked_with_a_box::triggers` | `pv008_none_checked_with_a_box::does_not_trigger` |
//! | 4 提供・移転 | 情報提供 「なし」 with Ⅲ6 「接続しない（提供）」 unchecked (consistency, warning) | [PV009](Code) | `pv009_no_provision_but_connected::triggers` | `pv009_no_provision_but_connected::does_not_trigger` |
//! | 4 提供・移転 | 情報提供 「なし」 with a 提供先 through the 情報提供ネットワークシステム | [PV009](Code) | `pv009_no_provision_but_network_destination::triggers` | `pv009_no_provision_but_network_destination::does_not_trigger` |
//! | 4 提供・移転 | 情報照会 「なし」 with Ⅲ6 「接続しない（入手）」 unchecked | [PV009](Code) | `pv009_no_inquiry_but_connected::triggers` | `pv009_no_inquiry_but_connected::does_not_trigger` |
//! | 4 提供・移転 | 情報照会 「なし」 with 入手方法 情報提供ネットワークシステム | [PV009](Code) | `pv009_no_inquiry_but_network_acquisition::triggers` | `pv009_no_inquiry_but_network_acquisition::does_not_trigger` |
//! | 5 required content | 保管期間 `定められていない` without その妥当性 | [CT001](Code) | `ct001_undefined_retention_without_reason::triggers` | `ct001_undefined_retention_without_reason::does_not_trigger` |
//! | 5 required content | 3-year 重大事故 `発生あり` without その内容 / 再発防止策 | [CT002](Code) | `ct002_incident_without_prevention::triggers` | `ct002_incident_without_prevention::does_not_trigger` |
//! | 5 required content | `課題が残されている` without measures | [CT003](Code) | `ct003_remaining_issue_without_measures::triggers` | `ct003_remaining_issue_without_measures::does_not_trigger` |
//! | 5 required content | an empty mandatory item (表紙) | [CT004](Code) | `ct004_mandatory_item_empty::triggers` | `ct004_mandatory_item_empty::does_not_trigger` |
//! | 5 required content | an empty mandatory item (基礎 Ⅱ しきい値判断項目) | [CT004](Code) | `ct004_basic_threshold_item_empty::triggers` | `ct004_basic_threshold_item_empty::does_not_trigger` |
//! | 5 required content | an empty mandatory item (重点 Ⅴ1① 基礎項目評価 実施日) | [CT004](Code) | `ct004_focused_basic_assessment_date_empty::triggers` | `ct004_focused_basic_assessment_date_empty::does_not_trigger` |
//! | 5 required content | a choice left unselected (warning) | [CT005](Code) | `ct005_choice_not_filled::triggers` | `ct005_choice_not_filled::does_not_trigger` |
//! | 5 required content | Ⅰ3 file names differ from the Ⅱ blocks' (consistency, warning) | [CT006](Code) | `ct006_file_names_of_chapter_1::triggers` | `ct006_file_names_of_chapter_1::does_not_trigger` |
//! | 5 required content | Ⅲ1 file names differ from the Ⅱ blocks' (consistency, warning) | [CT006](Code) | `ct006_file_names_of_chapter_3::triggers` | `ct006_file_names_of_chapter_3::does_not_trigger` |
//! | 5 required content | 記録される項目 band against the items listed in 別添 (consistency, warning) | [CT007](Code) | `ct007_record_items_outside_the_band::triggers` | `ct007_record_items_outside_the_band::does_not_trigger` |
//! | 5 required content | a text holding a control, bidi or line-separator character (warning) | [CT008](Code) | `ct008_unsafe_character::triggers` | `ct008_unsafe_character::does_not_trigger` |
//! | 6 手続 | 全項目 public comment under 30 days without a 短縮 reason | [PC001](Code) | `pc001_short_comment_without_reason::triggers` | `pc001_short_comment_without_reason::does_not_trigger` |
//! | 6 手続 | 全項目 without public comment | [PC002](Code) | `pc002_full_without_public_comment::triggers` | `pc002_full_without_public_comment::does_not_trigger` |
//! | 6 手続 | no 第三者点検 in a local government's 全項目 | [PC003](Code) | `pc003_local_full_without_review::triggers` | `pc003_local_full_without_review::does_not_trigger` |
//! | 6 手続 | comment ending before it starts | [PC004](Code) | `pc004_comment_ends_before_it_starts::triggers` | `pc004_comment_ends_before_it_starts::does_not_trigger` |
//! | 6 手続 | comment ending after the 第三者点検 | [PC004](Code) | `pc004_review_before_comment_ends::triggers` | `pc004_review_before_comment_ends::does_not_trigger` |
//! | 6 手続 | 第三者点検 after the 公表日 | [PC004](Code) | `pc004_review_after_publication::triggers` | `pc004_review_after_publication::does_not_trigger` |
//! | 6 手続 | 公表日 before the 基礎項目評価 実施日 | [PC005](Code) | `pc005_published_before_basic_assessment::triggers` | `pc005_published_before_basic_assessment::does_not_trigger` |
//! | 6 手続 | 委員会承認 filled in by a local government | [PC006](Code) | `pc006_approval_by_local_government::triggers` | `pc006_approval_by_local_government::does_not_trigger` |
//! | 6 手続 | a national body's 全項目 without 委員会承認 | [PC007](Code) | `pc007_national_full_without_approval::triggers` | `pc007_national_full_without_approval::does_not_trigger` |
//! | 7 時期 | 5 years after the 公表日: re-assessment overdue (warning) | [TM001](Code) | `tm001_reassessment_overdue::triggers` | `tm001_reassessment_overdue::does_not_trigger` |
//! | 7 時期 | the 5-year date within 6 months (info) | [TM002](Code) | `tm002_reassessment_due_within_6_months::triggers` | `tm002_reassessment_due_within_6_months::does_not_trigger` |
//! | 7 時期 | いつ時点 after the 公表日 | [TM003](Code) | `tm003_count_date_after_publication::triggers` | `tm003_count_date_after_publication::does_not_trigger` |
//! | 7 時期 | いつ時点 more than a year before the 公表日 (info) | [TM004](Code) | `tm004_count_date_over_a_year_old::triggers` | `tm004_count_date_over_a_year_old::does_not_trigger` |
//! | 7 時期 | 3-year 重大事故 still `発生あり` 3 years after the incident | [TM005](Code) | `tm005_incident_older_than_3_years::triggers` | `tm005_incident_older_than_3_years::does_not_trigger` |
//! | 7 時期 | no 公表日: the 5 years counted from the 基礎項目評価 実施日, saying so | [TM001](Code) | `tm001_reassessment_overdue_without_publication_date::triggers` | `tm001_reassessment_overdue_without_publication_date::does_not_trigger` |
//! | 7 時期 | no 公表日: the 5-year date counted from the latest 変更日, saying so (info) | [TM002](Code) | `tm002_reassessment_due_without_publication_date::triggers` | `tm002_reassessment_due_without_publication_date::does_not_trigger` |
//! | 7 時期 | no 公表日: いつ時点 more than a year before the latest 変更日, saying so (info) | [TM004](Code) | `tm004_count_date_old_without_publication_date::triggers` | `tm004_count_date_old_without_publication_date::does_not_trigger` |
//! | 7 時期 | 【…終了】 in the 評価書名 without a readable date (warning) | [TM006](Code) | `tm006_end_date_unreadable::triggers` | `tm006_end_date_unreadable::does_not_trigger` |
//! | 8 変更箇所 | 重要な変更 filed `事後` (warning) | [CH001](Code) | `ch001_significant_change_filed_after::triggers` | `ch001_significant_change_filed_after::does_not_trigger` |
//! | 8 変更箇所 | a change date after the 公表日 | [CH002](Code) | `ch002_change_after_publication::triggers` | `ch002_change_after_publication::does_not_trigger` |
//! | 8 変更箇所 | rows out of date order (info) | [CH003](Code) | `ch003_rows_out_of_date_order::triggers` | `ch003_rows_out_of_date_order::does_not_trigger` |
//! | 8 変更箇所 | a ※ item (by its number in 項目) filed `事後` with no reason it is not significant (info) | [CH004](Code) | `ch004_significant_item_after_without_reason::triggers` | `ch004_significant_item_after_without_reason::does_not_trigger` |
//! | 8 変更箇所 | a ※ chapter (重点 Ⅲ) filed `事後` with no reason (info) | [CH004](Code) | `ch004_significant_chapter_after_without_reason::triggers` | `ch004_significant_chapter_after_without_reason::does_not_trigger` |
//!
//! Real documents are judged too: `tests/validate_seeds.rs` validates the embedded
//! transcriptions ([`crate::samples`]) with no errors, and lists every warning and info they
//! get with the reason the real document is inconsistent there.
//!
//! ```
//! use chrono::NaiveDate;
//! use mynumber_pia::report::{Report, StaffCountBand};
//! use mynumber_pia::AssessmentKind;
//! use mynumber_pia::validation::{Code, Severity, validate};
//!
//! let mut report = Report::example(AssessmentKind::Full);
//! let today = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
//! assert!(!validate(&report, today).has_errors());
//!
//! // 再委託する without its 許諾方法 (番号法 第10条第1項).
//! report.files[0].entrustments[0].re_entrustment_permission = None;
//! let result = validate(&report, today);
//! let finding = result.with_code(Code::ReEntrustmentWithoutPermissionMethod).next().unwrap();
//! assert_eq!(finding.severity(), Severity::Error);
//! assert_eq!(finding.path().to_string(), "files[0].entrustments[0].re_entrustment_permission");
//! assert_eq!(finding.location(), "Ⅱ（保険資格ファイル）4 委託事項1 ⑧ 再委託の許諾方法");
//! assert_eq!(finding.source(), "番号法 第10条第1項");
//! assert!(result.has_errors());
//! ```

mod changes;
mod code;
mod content;
mod context;
mod entrustment;
mod finding;
mod findings;
mod handlers;

mod procedure;
mod provision;
mod severity;
#[cfg(test)]
mod testing;
mod threshold;
mod time;

pub use code::{Code, Family, ParseCodeError};
pub use finding::Finding;
pub use findings::ValidationReport;
pub(crate) use provision::RESTRUCTURING;
pub use severity::Severity;

use chrono::NaiveDate;

use crate::report::Report;

/// Validates `report` as of `reference_date` (the day the time checks are made against: the
/// 5-year re-assessment, the 3-year window of the 重大事故 item).
///
/// Runs every check of the eight families, in the order of [`Family`], each in the order of the
/// form. Never panics; reads no clock.
///
/// ```
/// use chrono::NaiveDate;
/// use mynumber_pia::report::Report;
/// use mynumber_pia::AssessmentKind;
/// use mynumber_pia::validation::validate;
///
/// let report = Report::example(AssessmentKind::Focused);
/// let result = validate(&report, NaiveDate::from_ymd_opt(2030, 7, 1).unwrap());
/// // Published 2025-06-30: five years have passed (規則 第15条).
/// assert_eq!(result.summary(), "0 errors, 1 warnings, 0 infos");
/// assert_eq!(result.findings()[0].code().as_str(), "TM001");
/// ```
#[doc(alias = "検証")]
#[must_use]
pub fn validate(report: &Report, reference_date: NaiveDate) -> ValidationReport {
    let mut cx = context::Ctx::new(report, reference_date);
    threshold::check(&mut cx);
    handlers::check(&mut cx);
    entrustment::check(&mut cx);
    provision::check(&mut cx);
    content::check(&mut cx);
    procedure::check(&mut cx);
    time::check(&mut cx);
    changes::check(&mut cx);
    cx.finish()
}
