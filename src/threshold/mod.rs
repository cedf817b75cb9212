//! しきい値判断 (threshold determination): which 特定個人情報保護評価 a 事務 must undergo.
//!
//! **From [`crate::form`]** it takes nothing: `form` takes its kinds of assessment and its lists
//! (対象人数, 取扱者数, 重大事故, しきい値判断結果, the report set) from here.
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
//! - The core, [`decide`], takes the three bands; it is a `const fn` that never allocates and
//!   never panics. From exact counts, take the bands with [`SubjectCountBand::from_count`] and
//!   [`HandlerCountBand::from_count`].
//! - [`decide_partial`] decides when 取扱者数 or 重大事故 is unknown, as in a 重点 or 全項目評価書,
//!   which prints only 対象人数 (Ⅰ1③): a [`PartialOutcome`], decided or one of two results.
//! - [`ThresholdInput`] holds what a 基礎項目評価書 Ⅱ records: exact or banded counts with their
//!   dates (いつ時点の計数か), the 重大事故 answer or incident dates judged against a reference
//!   date ([`SeriousIncident::within_past_year`]: the window is
//!   `same day one year earlier ..= reference`, 29 February looking back to 28 February), and a
//!   claimed 規則 第4条 exemption ([`Exemption`]).
//! - [`ThresholdOutcome`] gives the result ([`RequiredAssessment`]), the [`Grounds`] and a
//!   one-sentence Japanese [`explanation`](ThresholdOutcome::explanation); the result gives the
//!   評価書 to submit ([`ReportSet`]), the voluntary options, and how a 重点 (Ⅴ1②) or 全項目
//!   (Ⅵ1②) report states it ([`RequiredAssessment::stated_in`]).
//!   Outcomes serialize and deserialize (the `pia threshold --json` shape).
//!
//! ```
//! use chrono::NaiveDate;
//! use mynumber_pia::threshold::{
//!     decide_partial, HandlerCount, RequiredAssessment, SeriousIncident, SubjectCount,
//!     SubjectCountBand, ThresholdInput,
//! };
//! use mynumber_pia::AssessmentKind;
//!
//! // All three inputs, as a 基礎項目評価書 records them.
//! let input = ThresholdInput::new(
//!     "150,000".parse::<SubjectCount>()?,
//!     "500人以上".parse::<HandlerCount>()?,
//!     SeriousIncident::NotOccurred,
//! )
//! .with_count_date(NaiveDate::from_ymd_opt(2025, 4, 1).unwrap());
//! let outcome = input.decide();
//! assert_eq!(outcome.required(), RequiredAssessment::BasicAndFull);
//! assert_eq!(
//!     outcome.required().stated_in(AssessmentKind::Full).unwrap().to_string(),
//!     "基礎項目評価及び全項目評価の実施が義務付けられる"
//! );
//!
//! // Only 対象人数, as a 重点 or 全項目評価書 prints it.
//! let partial = decide_partial(SubjectCountBand::From100kTo300k.into(), None, None);
//! assert_eq!(partial.required(), None);
//! assert_eq!(partial.lowest(), RequiredAssessment::BasicAndFocused);
//! # Ok::<(), mynumber_pia::threshold::ParseCountError>(())
//! ```

mod count;
mod form;
mod grounds;
mod input;
mod labels;
mod outcome;
mod rule;
mod stated;

pub use count::{CountErrorKind, HandlerCount, ParseCountError, SubjectCount};
pub use form::AssessmentKind;
pub use grounds::{
    Exemption, Grounds, GuidelineCitation, OtherExemptionItem, ParseCitationError, RuleCitation,
};
pub use input::{IncidentInput, ThresholdInput};
pub use labels::{
    HandlerCountBand, ReportSet, RequiredAssessment, SeriousIncident, SubjectCountBand,
};
pub use outcome::{PartialOutcome, ThresholdOutcome, decide_partial};
pub use rule::decide;
pub use stated::StatedThresholdResult;

use crate::label::Echo;

/// A date from year, month and day, for the unit tests of this module.
#[cfg(test)]
fn ymd(y: i32, m: u32, day: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[cfg(test)]
mod echo_tests {
    use super::Echo;

    #[test]
    fn echo_escapes_and_cuts() {
        assert_eq!(Echo("a\nb\t").to_string(), "a\\nb\\t");
        let forty = "あ".repeat(40);
        assert_eq!(Echo(&forty).to_string(), forty);
        assert_eq!(Echo(&format!("{forty}い")).to_string(), format!("{forty}…"));
        assert_eq!(Echo("").to_string(), "");
    }
}
