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

mod code;
mod finding;
mod findings;
mod interval;
mod path;
mod threshold;

pub use code::{Code, Family, ParseCodeError};
pub use finding::{Finding, ParseSeverityError, Severity};
pub use findings::ValidationReport;
pub use interval::{Band, Interval, Relation};
pub use path::{FieldPath, Segment};
