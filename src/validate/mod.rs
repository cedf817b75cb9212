//! Validation of a 評価書: findings with stable codes, severities, paths and sources.
//!
//! Validation judges a report as the PPC's reviewers and a careful municipal officer would. It
//! never refuses a report (loading does that for malformed data); it reports what is wrong as
//! [`Finding`]s, each with
//!
//! - a stable [`Code`] (`TH001`, `EN004`, …; the list of rules is on [`Code`]),
//! - a [`Severity`]: error (a rule of the 規則, 指針, 番号法 or form is broken), warning (a likely
//!   mistake or an inconsistency) or info,
//! - the place, as a [`FieldPath`] (`files[0].entrustments[2].re_entrustment`) and in the form's
//!   own words (`Ⅱ（国保給付ファイル）４．委託事項3 ⑦再委託の有無`),
//! - a message in Japanese and the source of the rule (`規則 第15条`, `番号法 第10条第1項`, …).
//!
//! The checks come in eight families ([`Family`]): しきい値判断, 取扱者数, 委託, 提供・移転,
//! required content, 評価実施手続, dates against the reference date, and 変更箇所.
//!
//! The crate reads no clock: the caller passes the reference date for the time checks.
//!
//! ```
//! use chrono::NaiveDate;
//! use mynumber_pia::report::{Report, StaffCountBand};
//! use mynumber_pia::threshold::AssessmentKind;
//! use mynumber_pia::validate::{Code, Severity, validate};
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
mod interval;
mod location;
mod path;
mod procedure;
mod provision;
#[cfg(test)]
mod testing;
mod threshold;
mod time;

pub use code::{Code, Family, ParseCodeError};
pub use finding::{Finding, ParseSeverityError, Severity};
pub use findings::ValidationReport;
pub use interval::{Band, Interval, Relation};
pub use path::{FieldPath, Segment};

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
/// use mynumber_pia::threshold::AssessmentKind;
/// use mynumber_pia::validate::validate;
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
