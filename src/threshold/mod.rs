//! しきい値判断 (threshold determination): which 特定個人情報保護評価 a 事務 must undergo.
//!
//! Rules: 指針 第5の2 (the determination); 指針 第4の4 and 規則 第4条 (exemptions);
//! 規則 第5条 (基礎), 第6条 (重点), 第7条 (全項目).
//!
//! | 対象人数 | 取扱者数 500人以上 **or** 重大事故 (past year) | otherwise |
//! |---|---|---|
//! | 1,000人未満 | not required (規則 第4条第3号) | not required |
//! | 1,000人以上1万人未満 | 基礎 | 基礎 |
//! | 1万人以上10万人未満 | 基礎 + 重点 | 基礎 |
//! | 10万人以上30万人未満 | 基礎 + 全項目 | 基礎 + 重点 |
//! | 30万人以上 | 基礎 + 全項目 | 基礎 + 全項目 |
//!
//! - The core, [`decide`] (bands) and [`decide_counts`] (exact counts), is a `const fn` that
//!   never allocates and never panics. [`decide_bounds`] / [`decide_partial`] handle a
//!   取扱者数 or 重大事故 that a 重点/全項目評価書 does not print.
//! - [`ThresholdInput`] holds what a 基礎項目評価書 Ⅱ records: exact or banded counts with their
//!   dates (いつ時点の計数か), the 重大事故 answer or incident dates judged against a reference
//!   date ([`SeriousIncident::within_past_year`]: the window is
//!   `same day one year earlier ..= reference`, 29 February looking back to 28 February), and a
//!   claimed 規則 第4条 exemption ([`Exemption`]).
//! - [`ThresholdOutcome`] gives the result, the 評価書 to submit ([`ReportSet`]), the voluntary
//!   options, the [`Grounds`] and a one-sentence Japanese [`explanation`](ThresholdOutcome::explanation);
//!   [`RequiredAssessment::stated_in`] gives how a 重点 (Ⅴ1②) or 全項目 (Ⅵ1②) report states it.
//!
//! ```
//! use mynumber_pia::threshold::{RequiredAssessment, ThresholdInput};
//! use mynumber_pia::AssessmentKind;
//!
//! let input = ThresholdInput::new(
//!     "150,000".parse::<mynumber_pia::threshold::SubjectCount>()?,
//!     "500人以上".parse::<mynumber_pia::threshold::HandlerCount>()?,
//!     false,
//! );
//! let outcome = input.decide();
//! assert_eq!(outcome.required(), RequiredAssessment::BasicAndFull);
//! assert_eq!(
//!     outcome.stated_in(AssessmentKind::Full).unwrap().to_string(),
//!     "基礎項目評価及び全項目評価の実施が義務付けられる"
//! );
//! # Ok::<(), mynumber_pia::threshold::ParseCountError>(())
//! ```

mod count;
mod grounds;
mod input;
mod labels;
mod outcome;
mod rule;
mod stated;

pub use count::{HandlerCount, ParseCountError, SubjectCount};
pub use grounds::{
    Exemption, Grounds, GuidelineCitation, OtherExemptionItem, ParseExemptionError, RuleCitation,
};
pub use input::{IncidentInput, ThresholdInput};
pub use labels::{
    HandlerCountBand, ReportSet, RequiredAssessment, SeriousIncident, SubjectCountBand,
};
pub use outcome::ThresholdOutcome;
pub use rule::{decide, decide_bounds, decide_counts, decide_partial};
pub use stated::StatedThresholdResult;

/// A date from year, month and day, for the unit tests of this module.
#[cfg(test)]
fn ymd(y: i32, m: u32, day: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
