//! What a generated report is about: the situation an engineer wants to test.

use chrono::NaiveDate;

use crate::AssessmentKind;
use crate::report::BodyKind;
use crate::report::builder::{rows, setters};
use crate::threshold::{
    HandlerCountBand, RequiredAssessment, SeriousIncident, SubjectCountBand, decide,
};
use crate::wareki::ymd;

/// The situation a generated report describes: its form, the kind of body, the しきい値判断
/// inputs (対象人数, 取扱者数, 重大事故), how many systems, files, 委託, 提供 and 移転 it has, and
/// the as-of date its dates make sense against.
///
/// [`Scenario::default`] is a typical municipal report: a 市長 assessing a 国民健康保険-like 事務
/// of 120,000 people handled by 300 staff, no 重大事故 (so 基礎項目評価及び重点項目評価 are
/// required and the report is a 重点項目評価書), 4 systems, 2 files, 3 委託 re-entrusted one
/// level deep, 3 提供先 and 2 移転先, as of [`Scenario::DEFAULT_AS_OF`]. Without a form
/// ([`Scenario::with_form`]) the form is the one the しきい値判断 requires
/// ([`Scenario::required`]); a 基礎項目評価書 when no assessment is required.
///
/// ```
/// use mynumber_pia::generate::Scenario;
/// use mynumber_pia::threshold::RequiredAssessment;
/// use mynumber_pia::AssessmentKind;
///
/// let s = Scenario::default();
/// assert_eq!(s.required(), RequiredAssessment::BasicAndFocused);
/// assert_eq!(s.resolved_form(), AssessmentKind::Focused);
///
/// let big = Scenario::default().with_subjects(450_000).with_entrustments(6);
/// assert_eq!(big.resolved_form(), AssessmentKind::Full);
/// ```
#[doc(alias = "想定")]
#[doc(alias = "シナリオ")]
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Scenario {
    /// The form of the report; `None`: the one the しきい値判断 requires.
    pub form: Option<AssessmentKind>,
    /// 行政機関等 or 地方公共団体等 (which procedures apply).
    pub body_kind: BodyKind,
    /// 対象人数: the number of people in the 事務's files.
    pub subjects: u64,
    /// 取扱者数: the number of people handling the files (own staff and 委託先).
    pub handlers: u64,
    /// Whether a 重大事故 happened in the past year (raises the しきい値判断, 指針 第5の2).
    pub incident: bool,
    /// システムの数 (1 to [`Scenario::MAX_SYSTEMS`]).
    pub systems: usize,
    /// 特定個人情報ファイルの数 (1 to [`Scenario::MAX_FILES`]); a 基礎項目評価書 lists their names.
    pub files: usize,
    /// 委託事項の数, over all files (up to [`Scenario::MAX_ENTRUSTMENTS`]).
    pub entrustments: usize,
    /// How deep the 再委託 chains go: 0 none, 1 再委託, 2 再々委託… (up to
    /// [`Scenario::MAX_RE_ENTRUSTMENT_DEPTH`]; only with 委託).
    pub re_entrustment_depth: usize,
    /// 提供先の数, over all files (up to [`Scenario::MAX_PROVISIONS`]).
    pub provisions: usize,
    /// 移転先の数, over all files (up to [`Scenario::MAX_TRANSFERS`]).
    pub transfers: usize,
    /// The day the report's dates make sense against: it was published before, its counts and
    /// procedures precede the 公表日, its 5-year re-assessment is more than 6 months ahead.
    pub as_of: NaiveDate,
}

/// A count of a scenario: what it counts (in messages), the least and the most supported, and
/// the count ([`Scenario::COUNTS`]).
pub(crate) type Count = (&'static str, usize, usize, fn(&Scenario) -> usize);

/// A scenario that cannot give a report.
#[doc(alias = "想定の誤り")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScenarioError {
    /// The form asked for is lower than the しきい値判断 requires (only a 重点項目評価書 can be:
    /// a 基礎項目評価書 is filed with every set).
    #[error("{}は「{required}」の事務には提出できません（規則 第7条: 義務付けられた評価より低い評価は不可）", form.document_name())]
    FormBelowRequired {
        /// The form asked for.
        form: AssessmentKind,
        /// What the しきい値判断 requires.
        required: RequiredAssessment,
    },
    /// A count outside what the generator supports.
    #[error("{what}は{min}から{max}までです（{given}）")]
    CountOutOfRange {
        /// What is counted, in Japanese (システムの数…).
        what: &'static str,
        /// The count given.
        given: usize,
        /// The least supported.
        min: usize,
        /// The most supported.
        max: usize,
    },
    /// A 再委託 depth without any 委託.
    #[error("再委託の深さ{depth}には委託事項が必要です（委託事項の数が0）")]
    ReEntrustmentWithoutEntrustment {
        /// The depth given.
        depth: usize,
    },
    /// An as-of date outside what the generator supports.
    #[error("基準日 {as_of} は {min} から {max} までです")]
    AsOfOutOfRange {
        /// The date given.
        as_of: NaiveDate,
        /// The earliest supported.
        min: NaiveDate,
        /// The latest supported.
        max: NaiveDate,
    },
}

impl Scenario {
    /// The as-of date of [`Scenario::default`]: 2026-04-01 (令和8年4月1日). Fixed, so that the
    /// default report stays the same (the library reads no clock).
    pub const DEFAULT_AS_OF: NaiveDate = ymd(2026, 4, 1);
    /// The earliest as-of date: 2018-01-01 (the reports' dates go back up to about four years
    /// before it, into the first years of the 番号制度).
    pub const MIN_AS_OF: NaiveDate = ymd(2018, 1, 1);
    /// The latest as-of date: 2199-12-31.
    pub const MAX_AS_OF: NaiveDate = ymd(2199, 12, 31);
    /// The most systems.
    pub const MAX_SYSTEMS: usize = 12;
    /// The most file blocks.
    pub const MAX_FILES: usize = 8;
    /// The most 委託事項 (so that the bands of 使用者数 and 委託先 取扱者数 can stay under 500
    /// together, 指針 第5の2).
    pub const MAX_ENTRUSTMENTS: usize = 20;
    /// The deepest 再委託 chain.
    pub const MAX_RE_ENTRUSTMENT_DEPTH: usize = 4;
    /// The most 提供先.
    pub const MAX_PROVISIONS: usize = 40;
    /// The most 移転先.
    pub const MAX_TRANSFERS: usize = 20;
    /// Every count of a scenario, in the order [`Scenario::check`] checks them (and the
    /// fixtures draw them).
    pub(crate) const COUNTS: &[Count; 6] = rows! {
        "システムの数", 1, Self::MAX_SYSTEMS, |s| s.systems;
        "特定個人情報ファイルの数", 1, Self::MAX_FILES, |s| s.files;
        "委託事項の数", 0, Self::MAX_ENTRUSTMENTS, |s| s.entrustments;
        "再委託の深さ", 0, Self::MAX_RE_ENTRUSTMENT_DEPTH, |s| s.re_entrustment_depth;
        "提供先の数", 0, Self::MAX_PROVISIONS, |s| s.provisions;
        "移転先の数", 0, Self::MAX_TRANSFERS, |s| s.transfers;
    };

    /// A scenario whose しきい値判断 gives `required`, with typical counts: 500 people for
    /// 義務付けられない, 5,000 for 基礎項目評価, 120,000 (300 staff) for 基礎項目評価及び重点項目評価,
    /// 450,000 for 基礎項目評価及び全項目評価; no 重大事故. The other settings are the default's.
    ///
    /// ```
    /// use mynumber_pia::Choice;
    /// use mynumber_pia::generate::Scenario;
    /// use mynumber_pia::threshold::RequiredAssessment;
    ///
    /// for &r in RequiredAssessment::ALL {
    ///     assert_eq!(Scenario::requiring(r).required(), r);
    /// }
    /// ```
    #[doc(alias = "しきい値判断結果")]
    #[must_use]
    pub fn requiring(required: RequiredAssessment) -> Self {
        let subjects = match required {
            RequiredAssessment::NotRequired => 500,
            RequiredAssessment::Basic => 5_000,
            RequiredAssessment::BasicAndFocused => 120_000,
            RequiredAssessment::BasicAndFull => 450_000,
        };
        // The default has 300 staff and no 重大事故.
        Scenario::default().with_subjects(subjects)
    }

    setters! {
        /// Sets the form.
        pub fn with_form(form: AssessmentKind) |s| s.form = Some(form);
        /// Sets the kind of body (行政機関等 bodies are ministers and agency heads, 地方公共団体等
        /// mayors).
        pub fn with_body_kind(body_kind: BodyKind) |s| s.body_kind = body_kind;
        /// Sets 対象人数.
        pub fn with_subjects(subjects: u64) |s| s.subjects = subjects;
        /// Sets 取扱者数.
        pub fn with_handlers(handlers: u64) |s| s.handlers = handlers;
        /// Sets whether a 重大事故 happened in the past year.
        pub fn with_incident(incident: bool) |s| s.incident = incident;
        /// Sets the number of systems.
        pub fn with_systems(systems: usize) |s| s.systems = systems;
        /// Sets the number of file blocks.
        pub fn with_files(files: usize) |s| s.files = files;
        /// Sets how deep the 再委託 chains go.
        pub fn with_re_entrustment_depth(re_entrustment_depth: usize) |s| s.re_entrustment_depth = re_entrustment_depth;
        /// Sets the number of 提供先.
        pub fn with_provisions(provisions: usize) |s| s.provisions = provisions;
        /// Sets the number of 移転先.
        pub fn with_transfers(transfers: usize) |s| s.transfers = transfers;
        /// Sets the as-of date.
        pub fn with_as_of(as_of: NaiveDate) |s| s.as_of = as_of;
        /// Sets the number of 委託事項 (0 sets the 再委託 depth to 0 as well).
        pub fn with_entrustments(n: usize) |s| {
            s.entrustments = n;
            if n == 0 {
                s.re_entrustment_depth = 0;
            }
        };
    }

    /// The 重大事故 input of the しきい値判断.
    #[must_use]
    pub const fn serious_incident(&self) -> SeriousIncident {
        SeriousIncident::from_occurred(self.incident)
    }

    /// What the しきい値判断 requires (指針 第5の2).
    #[must_use]
    pub const fn required(&self) -> RequiredAssessment {
        decide(
            SubjectCountBand::from_count(self.subjects),
            HandlerCountBand::from_count(self.handlers),
            self.serious_incident(),
        )
    }

    /// The form of the report: the one asked for, else the highest the しきい値判断 requires
    /// (基礎項目評価書 when none is required).
    #[must_use]
    pub fn resolved_form(&self) -> AssessmentKind {
        self.form.unwrap_or_else(|| {
            self.required()
                .highest_kind()
                .unwrap_or(AssessmentKind::Basic)
        })
    }

    /// Checks the scenario: the form against the requirement, the counts, the as-of date.
    ///
    /// # Errors
    ///
    /// The first problem found, as a [`ScenarioError`].
    ///
    /// ```
    /// use mynumber_pia::generate::{Scenario, ScenarioError};
    /// use mynumber_pia::AssessmentKind;
    ///
    /// assert!(Scenario::default().check().is_ok());
    /// let low = Scenario::default().with_subjects(450_000).with_form(AssessmentKind::Focused);
    /// assert!(matches!(low.check(), Err(ScenarioError::FormBelowRequired { .. })));
    /// ```
    pub fn check(&self) -> Result<(), ScenarioError> {
        let form = self.resolved_form();
        let required = self.required();
        if required.stated_in(form).is_none() {
            return Err(ScenarioError::FormBelowRequired { form, required });
        }
        for &(what, min, max, count) in Self::COUNTS {
            let given = count(self);
            if given < min || given > max {
                return Err(ScenarioError::CountOutOfRange {
                    what,
                    given,
                    min,
                    max,
                });
            }
        }
        if self.entrustments == 0 && self.re_entrustment_depth > 0 {
            return Err(ScenarioError::ReEntrustmentWithoutEntrustment {
                depth: self.re_entrustment_depth,
            });
        }
        if self.as_of < Self::MIN_AS_OF || self.as_of > Self::MAX_AS_OF {
            return Err(ScenarioError::AsOfOutOfRange {
                as_of: self.as_of,
                min: Self::MIN_AS_OF,
                max: Self::MAX_AS_OF,
            });
        }
        Ok(())
    }
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            form: None,
            body_kind: BodyKind::LocalGovernment,
            subjects: 120_000,
            handlers: 300,
            incident: false,
            systems: 4,
            files: 2,
            entrustments: 3,
            re_entrustment_depth: 1,
            provisions: 3,
            transfers: 2,
            as_of: Self::DEFAULT_AS_OF,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_dates_are_the_ones_written() {
        assert_eq!(Scenario::DEFAULT_AS_OF.to_string(), "2026-04-01");
        assert_eq!(Scenario::MIN_AS_OF.to_string(), "2018-01-01");
        assert_eq!(Scenario::MAX_AS_OF.to_string(), "2199-12-31");
    }

    #[test]
    fn default_is_a_focused_municipal_report() {
        let s = Scenario::default();
        assert_eq!(
            SubjectCountBand::from_count(s.subjects),
            SubjectCountBand::From100kTo300k
        );
        assert_eq!(
            HandlerCountBand::from_count(s.handlers),
            HandlerCountBand::Under500
        );
        assert_eq!(s.resolved_form(), AssessmentKind::Focused);
        assert_eq!(s.check(), Ok(()));
    }

    #[test]
    fn forms_follow_the_requirement() {
        let none = Scenario::requiring(RequiredAssessment::NotRequired);
        assert_eq!(none.resolved_form(), AssessmentKind::Basic);
        let basic = Scenario::requiring(RequiredAssessment::Basic);
        assert_eq!(basic.resolved_form(), AssessmentKind::Basic);
        let incident = basic.clone().with_subjects(50_000).with_incident(true);
        assert_eq!(incident.required(), RequiredAssessment::BasicAndFocused);
        let full = Scenario::requiring(RequiredAssessment::BasicAndFull);
        assert_eq!(full.resolved_form(), AssessmentKind::Full);
        // A 基礎項目評価書 goes with every set; a voluntary higher form is allowed.
        assert_eq!(
            full.clone().with_form(AssessmentKind::Basic).check(),
            Ok(())
        );
        assert_eq!(basic.with_form(AssessmentKind::Full).check(), Ok(()));
    }

    #[test]
    fn bad_scenarios_say_why() {
        let e = Scenario::default().with_files(0).check().unwrap_err();
        assert_eq!(
            e.to_string(),
            "特定個人情報ファイルの数は1から8までです（0）"
        );
        let e = Scenario::default()
            .with_entrustments(0)
            .with_re_entrustment_depth(2)
            .check()
            .unwrap_err();
        assert!(matches!(
            e,
            ScenarioError::ReEntrustmentWithoutEntrustment { depth: 2 }
        ));
        let e = Scenario::default()
            .with_as_of(ymd(2010, 1, 1))
            .check()
            .unwrap_err();
        assert!(e.to_string().contains("2018-01-01"), "{e}");
        let e = Scenario::default()
            .with_subjects(450_000)
            .with_form(AssessmentKind::Focused)
            .check()
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "重点項目評価書は「基礎項目評価及び全項目評価の実施が義務付けられる」の事務には提出できません（規則 第7条: 義務付けられた評価より低い評価は不可）"
        );
        assert_eq!(
            Scenario::default().with_systems(13).check(),
            Err(ScenarioError::CountOutOfRange {
                what: "システムの数",
                given: 13,
                min: 1,
                max: 12
            })
        );
    }
}
