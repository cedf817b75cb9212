//! Test fixtures on demand: valid reports by construction, and the same reports broken in one
//! known way with the finding they must raise, reproducible from a seed.
//!
//! **From [`crate::form`]** it takes the revisions ([`FormRevision`](crate::form::FormRevision):
//! the 様式 a generated cover names) and the word the older forms print for the head of the
//! 担当部署 (among the roles it names people by); through [`crate::report`], the items and the
//! ＜選択肢＞ and box lists it fills. Its made-up data (bodies, offices, systems, record items) is
//! its own.
//!
//! An engineer testing a system that reads or writes 評価書 (often not written in Rust: the
//! command line `pia generate` writes the same reports as JSON) needs a realistic report that is
//! valid, the same report with one known defect, and reports for a given situation. This module
//! makes them without proptest:
//!
//! - [`Scenario`] says what the report is about: its form (or none: the one the しきい値判断
//!   requires), the kind of body, 対象人数, 取扱者数, a 重大事故, its [`Size`], how many systems,
//!   files, 委託 (and how deep their 再委託 go), 提供, 移転 and 変更箇所 rows, the 様式 revision
//!   ([`FormRevision`](crate::form::FormRevision); or none: drawn among those in use on the
//!   公表日), and the as-of date.
//!   A count the scenario does not set is drawn per seed within its size's [`Ranges`]: from a few
//!   of everything ([`Size::Small`]) through the medians of published reports
//!   ([`Size::Typical`], the default) to more than twice the largest of them ([`Size::Huge`]:
//!   20 systems, 6 files, 20 委託 re-entrusted 3 levels deep, up to 60 提供先 and 30 移転先 a
//!   file, up to 250 変更箇所 rows). The default is a typical municipal 重点項目評価書.
//! - [`generate`] writes the report for a scenario and a seed: invented Japanese names of places,
//!   bodies, departments, companies and systems; legal bases in the citation forms of real
//!   reports (current ones from 令和6年5月27日, the 別表第一・第二 forms before), each parsing with
//!   nothing left over; bands consistent with the scenario (every file's 本人の数 possible for the
//!   対象人数, 使用者数 and 委託先 取扱者数 adding up below 500 when the 取扱者数 is under 500);
//!   dates that make sense against the as-of date (公表日 before it, not before the first
//!   reports of 平成26年10月, and more than 6 months from the 5-year re-assessment: in 平成 only
//!   for an as-of date early enough; the 様式 revision one in use on the 公表日, whose labels
//!   [`render`](crate::render) prints; procedures in order before the 公表日, 変更箇所 rows in date order
//!   over up to ten years before the 公表日, counts less than a year old); free text of the
//!   lengths and shapes of published reports, from one line to a page (bullets, numbered lists,
//!   long URLs, full-width digits, parentheses two deep), in invented words; optional items
//!   sometimes empty or 「―」; 特定個人情報ファイル記録項目 lists as long as their band says.
//! - [`with_defect`] (and the table [`Defect`]) changes a valid report so that it raises one
//!   validation code and no other error or warning, and says which codes validation must find.
//!
//! # Valid by construction
//!
//! For every scenario that [`Scenario::check`] accepts and every seed,
//! [`validate`](crate::validate()) finds no error and no warning in the generated report on its
//! as-of date, and the report loads back from its JSON ([`Report::items_outside_form`] is empty).
//! The only findings are infos, in two documented cases:
//!
//! - **TH003** (任意の上位評価) when the form is above what the しきい値判断 requires: a form asked
//!   for with [`Scenario::with_form`] above the requirement, or any report of a 事務 whose
//!   assessment is not required (対象人数 under 1,000).
//! - none else: HC002 is avoided by construction (the bands decide), TM002 and TM004 by the dates,
//!   CH003 and CH004 by the 変更箇所 rows (in date order; rows filed 事後 say why they are not
//!   significant).
//!
//! Property tests check this over more than 1,000 reports per form, of the default scenario and
//! of random scenarios (`tests/generate.rs`).
//!
//! ```
//! use mynumber_pia::generate::{Scenario, generate};
//! use mynumber_pia::validate;
//! use mynumber_pia::AssessmentKind;
//!
//! let scenario = Scenario::default().with_subjects(450_000).with_entrustments(5);
//! let report = generate(&scenario, 2024)?;
//! assert_eq!(report.form(), AssessmentKind::Full);
//! assert_eq!(report.entrustments().count(), 5);
//! let findings = validate(&report, scenario.as_of);
//! assert_eq!(findings.summary(), "0 errors, 0 warnings, 0 infos");
//! assert_eq!(mynumber_pia::Report::from_json(&report.to_json())?, report);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Reproducible
//!
//! The randomness is SplitMix64 (Steele, Lea and Flood, 2014), written in this module: integer
//! arithmetic only, no floating point, no hash-map order, no dependency's generator. So the same
//! scenario and seed give an equal report on every platform, whatever the versions of the
//! dependencies.
//!
//! **Stability promise.** Within one major version of this crate, the default scenario with seed
//! 0 ([`Scenario::default`], as of [`Scenario::DEFAULT_AS_OF`]; `pia generate` without arguments)
//! gives the same report, byte for byte as JSON: a test pins it against a committed file
//! (`tests/golden/generate-default-seed-0.json`). Other scenarios and seeds give the same report
//! within one minor version (a test pins the reports of six scenarios, one of each form and kind
//! of body, by a digest of their JSON); a new minor version may change them (new names in the tables, a
//! new draw, a fix that makes more reports valid), and says so in its changelog. The defects of
//! [`Defect`] may change with any version that changes validation.
//!
//! # Deliberate defects
//!
//! ```
//! use mynumber_pia::generate::{Scenario, generate, with_defect};
//! use mynumber_pia::validation::{Code, Severity, validate};
//!
//! let scenario = Scenario::default();
//! let report = generate(&scenario, 3)?;
//! let broken = with_defect(&report, Code::ReEntrustmentWithoutPermissionMethod, scenario.as_of)?;
//! let findings = validate(&broken.report, scenario.as_of);
//! let serious: Vec<Code> = findings
//!     .iter()
//!     .filter(|f| f.severity() != Severity::Info)
//!     .map(|f| f.code())
//!     .collect();
//! assert_eq!(serious, broken.expected);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The proptest strategies for these reports (valid ones, `(report, expected codes)` pairs, and
//! loadable ones with noise over their items) are in `fixtures` (feature `proptest`).

mod build;
mod defect;
pub(crate) mod names;
mod prose;
pub(crate) mod rng;
mod scenario;

pub use defect::{Defect, DefectError, Defective, with_defect};
pub use scenario::{Ranges, Scenario, ScenarioError, Size};

use crate::report::Report;

/// Writes the report of `scenario` for `seed` (see the [module docs](self) for what it holds and
/// what stays the same between versions).
///
/// # Errors
///
/// The [`ScenarioError`] of [`Scenario::check`]: a form below the requirement, a count or an
/// as-of date out of range.
///
/// ```
/// use mynumber_pia::generate::{Scenario, generate};
/// use mynumber_pia::AssessmentKind;
///
/// let a = generate(&Scenario::default(), 5)?;
/// assert_eq!(a, generate(&Scenario::default(), 5)?);
/// assert_ne!(a, generate(&Scenario::default(), 6)?);
/// assert_eq!(a.form(), AssessmentKind::Focused);
/// // Typical: 1 or 2 files, drawn per seed.
/// assert!((1..=2).contains(&a.files.len()));
/// # Ok::<(), mynumber_pia::generate::ScenarioError>(())
/// ```
#[doc(alias = "生成")]
#[doc(alias = "テストデータ")]
pub fn generate(scenario: &Scenario, seed: u64) -> Result<Report, ScenarioError> {
    scenario.check()?;
    Ok(build::Gen::new(scenario, seed).report())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::{Severity, validate};
    use crate::{AssessmentKind, Choice};

    fn serious(report: &Report, scenario: &Scenario) -> Vec<String> {
        validate(report, scenario.as_of)
            .iter()
            .filter(|f| f.severity() != Severity::Info)
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn every_form_of_the_default_scenario_is_valid() {
        for &form in AssessmentKind::ALL {
            let s = Scenario::default().with_form(form);
            for seed in 0..200 {
                let r = generate(&s, seed).unwrap();
                assert_eq!(r.form(), form);
                assert_eq!(serious(&r, &s), Vec::<String>::new(), "{form} seed {seed}");
                assert!(r.items_outside_form().is_empty(), "{form} seed {seed}");
            }
        }
    }
}
