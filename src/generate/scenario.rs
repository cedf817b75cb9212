//! What a generated report is about: the situation an engineer wants to test.

use chrono::NaiveDate;

use crate::AssessmentKind;
use crate::form::FormRevision;
use crate::report::BodyKind;
use crate::report::builder::{rows, setters};
use crate::threshold::{
    HandlerCountBand, RequiredAssessment, SeriousIncident, SubjectCountBand, decide,
};
use crate::wareki::ymd;

use super::rng::SplitMix64;

/// The situation a generated report describes: its form, the kind of body, the しきい値判断
/// inputs (対象人数, 取扱者数, 重大事故), its [`Size`], how many systems, files, 委託, 提供, 移転
/// and 変更箇所 rows it has (each drawn per seed within the size's [`Ranges`] unless set), and the
/// as-of date its dates make sense against.
///
/// [`Scenario::default`] is a typical municipal report: a 市長 (or another local office)
/// assessing a 国民健康保険-like 事務 of 120,000 people handled by 300 staff, no 重大事故 (so
/// 基礎項目評価及び重点項目評価 are required and the report is a 重点項目評価書), of
/// [`Size::Typical`] (the medians of the published reports the crate was built on), as of
/// [`Scenario::DEFAULT_AS_OF`]. Without a form ([`Scenario::with_form`]) the form is the one the
/// しきい値判断 requires ([`Scenario::required`]); a 基礎項目評価書 when no assessment is required.
///
/// ```
/// use mynumber_pia::generate::{Scenario, Size};
/// use mynumber_pia::threshold::RequiredAssessment;
/// use mynumber_pia::AssessmentKind;
///
/// let s = Scenario::default();
/// assert_eq!(s.required(), RequiredAssessment::BasicAndFocused);
/// assert_eq!(s.resolved_form(), AssessmentKind::Focused);
/// assert_eq!((s.size, s.systems), (Size::Typical, None));
///
/// let big = Scenario::default().with_subjects(450_000).with_entrustments(6);
/// assert_eq!(big.resolved_form(), AssessmentKind::Full);
/// assert_eq!(big.entrustments, Some(6));
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
    /// The ranges the counts left `None` are drawn from, per seed.
    pub size: Size,
    /// システムの数 (1 to [`Scenario::MAX_SYSTEMS`]); `None`: drawn.
    pub systems: Option<usize>,
    /// 特定個人情報ファイルの数 (1 to [`Scenario::MAX_FILES`]); a 基礎項目評価書 lists their names;
    /// `None`: drawn (at least enough files to hold the 提供先 and 移転先 set).
    pub files: Option<usize>,
    /// 委託事項の数, over all files (up to [`Scenario::MAX_ENTRUSTMENTS`]); `None`: drawn.
    pub entrustments: Option<usize>,
    /// How deep the deepest 再委託 chain goes: 0 none, 1 再委託, 2 再々委託… (up to
    /// [`Scenario::MAX_RE_ENTRUSTMENT_DEPTH`]; only with 委託); `None`: drawn.
    pub re_entrustment_depth: Option<usize>,
    /// 提供先の数, over all files (up to [`Scenario::MAX_PROVISIONS_PER_FILE`] a file); `None`:
    /// drawn file by file.
    pub provisions: Option<usize>,
    /// 移転先の数, over all files (up to [`Scenario::MAX_TRANSFERS_PER_FILE`] a file); `None`:
    /// drawn file by file.
    pub transfers: Option<usize>,
    /// 変更箇所の行数 (up to [`Scenario::MAX_CHANGES`]); `None`: drawn.
    pub changes: Option<usize>,
    /// The 様式 revision the report is written on (its cover's 様式 and the labels it prints);
    /// `None`: drawn per seed among the revisions in use on its 公表日 ([`Scenario::revisions_on`]).
    /// A revision set here is published on or after its month's first day.
    pub revision: Option<FormRevision>,
    /// The day the report's dates make sense against: it was published before, its counts and
    /// procedures precede the 公表日, its 5-year re-assessment is more than 6 months ahead.
    pub as_of: NaiveDate,
}

/// How large a generated report is: the [`Ranges`] its counts are drawn from when the
/// [`Scenario`] leaves them `None`.
///
/// The ranges come from the published reports the crate was built on (the seeds of its
/// tests): [`Size::Typical`] is centred on their medians (8 systems, 1 or 2 files, 2 委託
/// re-entrusted one level, 6 移転先, about 55 変更箇所 rows), [`Size::Large`] reaches the largest
/// of them (a 全項目評価書 of 14 systems, 15 委託, 40 提供先 and 143 変更箇所 rows), and
/// [`Size::Huge`] goes to the ends of every range (20 systems, 6 files, 20 委託 re-entrusted 3
/// levels deep, up to 60 提供先 and 30 移転先 a file, up to 250 変更箇所 rows): its 全項目評価書
/// are more than twice the largest seed in bytes.
///
/// ```
/// use mynumber_pia::generate::{Scenario, Size, generate};
///
/// let s = Scenario::default().with_size(Size::Small);
/// let report = generate(&s, 1)?;
/// let (low, high) = Size::Small.ranges().systems;
/// assert!((low..=high).contains(&report.systems.len()));
/// # Ok::<(), mynumber_pia::generate::ScenarioError>(())
/// ```
#[doc(alias = "規模")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Size {
    /// A few of everything: 1 to 3 systems, one file, up to 10 変更箇所 rows.
    Small,
    /// The medians of the published reports (the default).
    #[default]
    Typical,
    /// As large as the largest published report.
    Large,
    /// Every range to its end: more than twice the largest published report.
    Huge,
}

/// The ranges (least, most; both included) of the counts a [`Size`] draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Ranges {
    /// システムの数.
    pub systems: (usize, usize),
    /// 特定個人情報ファイルの数.
    pub files: (usize, usize),
    /// 委託事項の数, over all files.
    pub entrustments: (usize, usize),
    /// The deepest 再委託 chain (0 when the report has no 委託).
    pub re_entrustment_depth: (usize, usize),
    /// 提供先の数 of each file.
    pub provisions_per_file: (usize, usize),
    /// 移転先の数 of each file.
    pub transfers_per_file: (usize, usize),
    /// 変更箇所の行数.
    pub changes: (usize, usize),
}

impl Size {
    /// Every size, smallest first.
    pub const ALL: &'static [Size] = &[Size::Small, Size::Typical, Size::Large, Size::Huge];

    /// The ranges this size draws its counts from (see [`Size`] for where they come from).
    ///
    /// ```
    /// use mynumber_pia::generate::Size;
    ///
    /// assert_eq!(Size::Huge.ranges().changes, (200, 250));
    /// ```
    #[must_use]
    pub const fn ranges(self) -> Ranges {
        match self {
            Size::Small => Ranges {
                systems: (1, 3),
                files: (1, 1),
                entrustments: (0, 2),
                re_entrustment_depth: (0, 1),
                provisions_per_file: (0, 1),
                transfers_per_file: (0, 2),
                changes: (0, 10),
            },
            Size::Typical => Ranges {
                systems: (5, 12),
                files: (1, 2),
                entrustments: (1, 3),
                re_entrustment_depth: (1, 1),
                provisions_per_file: (0, 3),
                transfers_per_file: (2, 6),
                changes: (30, 80),
            },
            Size::Large => Ranges {
                systems: (12, 16),
                files: (2, 4),
                entrustments: (8, 15),
                re_entrustment_depth: (1, 3),
                provisions_per_file: (10, 25),
                transfers_per_file: (5, 15),
                changes: (100, 160),
            },
            Size::Huge => Ranges {
                systems: (17, 20),
                files: (5, 6),
                entrustments: (16, 20),
                re_entrustment_depth: (3, 3),
                provisions_per_file: (45, 60),
                transfers_per_file: (20, 30),
                changes: (200, 250),
            },
        }
    }

    /// The size's name as the command line takes it: `small`, `typical`, `large`, `huge`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Size::Small => "small",
            Size::Typical => "typical",
            Size::Large => "large",
            Size::Huge => "huge",
        }
    }
}

impl std::str::FromStr for Size {
    type Err = ScenarioError;

    /// Reads a size's [name](Size::name).
    ///
    /// ```
    /// use mynumber_pia::generate::Size;
    ///
    /// assert_eq!("huge".parse::<Size>(), Ok(Size::Huge));
    /// assert!("medium".parse::<Size>().is_err());
    /// ```
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Size::ALL
            .iter()
            .copied()
            .find(|size| size.name() == text)
            .ok_or_else(|| ScenarioError::UnknownSize(text.to_owned()))
    }
}

/// A count of a scenario: what it counts (in messages), the least and the most supported, and
/// the count set, if any ([`Scenario::COUNTS`]).
pub(crate) type Count = (&'static str, usize, usize, fn(&Scenario) -> Option<usize>);

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
    /// A size name that is none of `small`, `typical`, `large`, `huge`.
    #[error("規模「{0}」は small、typical、large、huge のいずれでもありません")]
    UnknownSize(String),
    /// A 様式 revision no report can be on by the as-of date: one whose month begins on or
    /// after it, or before the first forms ([`FormRevision::Heisei26April`]).
    #[error(
        "様式の版 {revision} の評価書は基準日 {as_of} の前に公表できません（{}から基準日の前の月までに始まる版）",
        FormRevision::Heisei26April
    )]
    RevisionOutOfRange {
        /// The revision given.
        revision: FormRevision,
        /// The scenario's as-of date.
        as_of: NaiveDate,
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
    /// The earliest 公表日 of a generated report: 2014-10-01 (平成26年10月), when the first
    /// assessments under the 規則 of 平成26年4月18日 were published.
    pub const FIRST_PUBLICATION: NaiveDate = ymd(2014, 10, 1);
    /// The most systems.
    pub const MAX_SYSTEMS: usize = 20;
    /// The most file blocks.
    pub const MAX_FILES: usize = 6;
    /// The most 委託事項 (so that the bands of 使用者数 and 委託先 取扱者数 can stay under 500
    /// together, 指針 第5の2).
    pub const MAX_ENTRUSTMENTS: usize = 20;
    /// The deepest 再委託 chain (再々々委託).
    pub const MAX_RE_ENTRUSTMENT_DEPTH: usize = 3;
    /// The most 提供先 of one file.
    pub const MAX_PROVISIONS_PER_FILE: usize = 60;
    /// The most 移転先 of one file.
    pub const MAX_TRANSFERS_PER_FILE: usize = 30;
    /// The most 提供先 over all files.
    pub const MAX_PROVISIONS: usize = Self::MAX_PROVISIONS_PER_FILE * Self::MAX_FILES;
    /// The most 移転先 over all files.
    pub const MAX_TRANSFERS: usize = Self::MAX_TRANSFERS_PER_FILE * Self::MAX_FILES;
    /// The most 変更箇所 rows.
    pub const MAX_CHANGES: usize = 250;
    /// Every count of a scenario, in the order [`Scenario::check`] checks them (and the
    /// fixtures draw them).
    pub(crate) const COUNTS: &[Count; 7] = rows! {
        "システムの数", 1, Self::MAX_SYSTEMS, |s| s.systems;
        "特定個人情報ファイルの数", 1, Self::MAX_FILES, |s| s.files;
        "委託事項の数", 0, Self::MAX_ENTRUSTMENTS, |s| s.entrustments;
        "再委託の深さ", 0, Self::MAX_RE_ENTRUSTMENT_DEPTH, |s| s.re_entrustment_depth;
        "提供先の数", 0, Self::MAX_PROVISIONS, |s| s.provisions;
        "移転先の数", 0, Self::MAX_TRANSFERS, |s| s.transfers;
        "変更箇所の行数", 0, Self::MAX_CHANGES, |s| s.changes;
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
        /// mayors, governors and the heads of 広域連合 and 一部事務組合).
        pub fn with_body_kind(body_kind: BodyKind) |s| s.body_kind = body_kind;
        /// Sets 対象人数.
        pub fn with_subjects(subjects: u64) |s| s.subjects = subjects;
        /// Sets 取扱者数.
        pub fn with_handlers(handlers: u64) |s| s.handlers = handlers;
        /// Sets whether a 重大事故 happened in the past year.
        pub fn with_incident(incident: bool) |s| s.incident = incident;
        /// Sets the size the counts not set are drawn from.
        pub fn with_size(size: Size) |s| s.size = size;
        /// Sets the number of systems.
        pub fn with_systems(systems: usize) |s| s.systems = Some(systems);
        /// Sets the number of file blocks.
        pub fn with_files(files: usize) |s| s.files = Some(files);
        /// Sets how deep the deepest 再委託 chain goes.
        pub fn with_re_entrustment_depth(re_entrustment_depth: usize) |s| s.re_entrustment_depth = Some(re_entrustment_depth);
        /// Sets the number of 提供先, over all files.
        pub fn with_provisions(provisions: usize) |s| s.provisions = Some(provisions);
        /// Sets the number of 移転先, over all files.
        pub fn with_transfers(transfers: usize) |s| s.transfers = Some(transfers);
        /// Sets the number of 変更箇所 rows.
        pub fn with_changes(changes: usize) |s| s.changes = Some(changes);
        /// Sets the as-of date.
        pub fn with_as_of(as_of: NaiveDate) |s| s.as_of = as_of;
        /// Sets the 様式 revision the report is written on.
        pub fn with_revision(revision: FormRevision) |s| s.revision = Some(revision);
        /// Sets the number of 委託事項 (0 sets the 再委託 depth to 0 as well).
        pub fn with_entrustments(n: usize) |s| {
            s.entrustments = Some(n);
            if n == 0 {
                s.re_entrustment_depth = Some(0);
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
            let Some(given) = count(self) else { continue };
            if given < min || given > max {
                return Err(ScenarioError::CountOutOfRange {
                    what,
                    given,
                    min,
                    max,
                });
            }
        }
        // A file holds at most so many 提供先 and 移転先.
        let per_file = [
            ("提供先の数", self.provisions, Self::MAX_PROVISIONS_PER_FILE),
            ("移転先の数", self.transfers, Self::MAX_TRANSFERS_PER_FILE),
        ];
        for (what, count, most) in per_file {
            if let (Some(given), Some(files)) = (count, self.files) {
                if given > most * files {
                    return Err(ScenarioError::CountOutOfRange {
                        what,
                        given,
                        min: 0,
                        max: most * files,
                    });
                }
            }
        }
        if let (Some(0), Some(depth @ 1..)) = (self.entrustments, self.re_entrustment_depth) {
            return Err(ScenarioError::ReEntrustmentWithoutEntrustment { depth });
        }
        if self.as_of < Self::MIN_AS_OF || self.as_of > Self::MAX_AS_OF {
            return Err(ScenarioError::AsOfOutOfRange {
                as_of: self.as_of,
                min: Self::MIN_AS_OF,
                max: Self::MAX_AS_OF,
            });
        }
        if let Some(revision) = self.revision {
            let first = revision.month().first_day();
            if revision.is_before(FormRevision::Heisei26April) || first >= self.as_of {
                return Err(ScenarioError::RevisionOutOfRange {
                    revision,
                    as_of: self.as_of,
                });
            }
        }
        Ok(())
    }

    /// The earliest 公表日 the report can have: [`Scenario::FIRST_PUBLICATION`], or the first
    /// day of the month of the revision the scenario sets when that is later (a form is used
    /// from its publication on).
    ///
    /// ```
    /// use mynumber_pia::form::FormRevision;
    /// use mynumber_pia::generate::Scenario;
    ///
    /// let s = Scenario::default();
    /// assert_eq!(s.earliest_publication(), Scenario::FIRST_PUBLICATION);
    /// let s = s.with_revision(FormRevision::Heisei30May);
    /// assert_eq!(s.earliest_publication().to_string(), "2018-05-01");
    /// ```
    #[must_use]
    pub fn earliest_publication(&self) -> NaiveDate {
        let revision = self.revision.map(|r| r.month().first_day());
        revision.map_or(Self::FIRST_PUBLICATION, |first| {
            first.max(Self::FIRST_PUBLICATION)
        })
    }

    /// The revisions a report published on `day` can be written on, oldest first: every known
    /// revision whose month has begun by then. A report keeps the form it was written on until
    /// it is revised, so an older one stays in use after a newer one is published; a generated
    /// report is on the latest of them two times in three, else on any of them.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::form::FormRevision;
    /// use mynumber_pia::generate::Scenario;
    ///
    /// let day = NaiveDate::from_ymd_opt(2018, 5, 21).unwrap();
    /// let in_use: Vec<_> = Scenario::revisions_on(day).collect();
    /// assert_eq!(in_use.last(), Some(&FormRevision::Heisei30May));
    /// assert_eq!(in_use.len(), 4);
    /// ```
    pub fn revisions_on(day: NaiveDate) -> impl Iterator<Item = FormRevision> {
        FormRevision::KNOWN
            .into_iter()
            .filter(move |r| r.month().first_day() <= day)
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
            size: Size::Typical,
            systems: None,
            files: None,
            entrustments: None,
            re_entrustment_depth: None,
            provisions: None,
            transfers: None,
            changes: None,
            revision: None,
            as_of: Self::DEFAULT_AS_OF,
        }
    }
}

/// The counts of one generated report: the scenario's where it sets them, else drawn from its
/// size's [`Ranges`] (in the order of the fields).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Counts {
    pub(crate) systems: usize,
    pub(crate) entrustments: usize,
    pub(crate) re_entrustment_depth: usize,
    /// 提供先 of each file (as many entries as files).
    pub(crate) provisions: Vec<usize>,
    /// 移転先 of each file.
    pub(crate) transfers: Vec<usize>,
    pub(crate) changes: usize,
}

impl Counts {
    /// The counts of a checked `scenario`, drawing from `rng` those it leaves to its size.
    pub(crate) fn draw(scenario: &Scenario, rng: &mut SplitMix64) -> Counts {
        let ranges = scenario.size.ranges();
        let mut draw = |set: Option<usize>, (low, high): (usize, usize)| {
            set.unwrap_or_else(|| low + rng.index(high - low + 1))
        };
        let systems = draw(scenario.systems, ranges.systems);
        // Enough files for the 提供先 and 移転先 set, when the files are drawn.
        let needed = [
            (scenario.provisions, Scenario::MAX_PROVISIONS_PER_FILE),
            (scenario.transfers, Scenario::MAX_TRANSFERS_PER_FILE),
        ]
        .iter()
        .map(|&(count, most)| count.unwrap_or(0).div_ceil(most))
        .max()
        .unwrap_or(1);
        let files = draw(scenario.files, ranges.files).max(needed).max(1);
        let entrustments = draw(scenario.entrustments, ranges.entrustments);
        let depth = draw(scenario.re_entrustment_depth, ranges.re_entrustment_depth);
        let re_entrustment_depth = if entrustments == 0 { 0 } else { depth };
        let mut per_file = |set: Option<usize>, range: (usize, usize)| match set {
            // Dealt round the files, the first ones getting the rest.
            Some(total) => (0..files)
                .map(|i| total / files + usize::from(i < total % files))
                .collect(),
            None => (0..files).map(|_| draw(None, range)).collect(),
        };
        let provisions = per_file(scenario.provisions, ranges.provisions_per_file);
        let transfers = per_file(scenario.transfers, ranges.transfers_per_file);
        let changes = draw(scenario.changes, ranges.changes);
        Counts {
            systems,
            entrustments,
            re_entrustment_depth,
            provisions,
            transfers,
            changes,
        }
    }

    /// The number of files.
    pub(crate) fn files(&self) -> usize {
        self.provisions.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drawn_counts_lie_in_the_ranges_and_set_ones_are_kept() {
        for &size in Size::ALL {
            let r = size.ranges();
            let s = Scenario::default().with_size(size);
            for seed in 0..200 {
                let c = Counts::draw(&s, &mut SplitMix64::new(seed));
                let inside = |(low, high): (usize, usize), n: usize| (low..=high).contains(&n);
                assert!(inside(r.systems, c.systems), "{size:?} {c:?}");
                assert!(inside(r.files, c.files()), "{size:?} {c:?}");
                assert!(inside(r.entrustments, c.entrustments), "{size:?} {c:?}");
                assert!(
                    c.entrustments == 0 || inside(r.re_entrustment_depth, c.re_entrustment_depth)
                );
                assert!(
                    c.provisions
                        .iter()
                        .all(|&n| inside(r.provisions_per_file, n))
                );
                assert!(c.transfers.iter().all(|&n| inside(r.transfers_per_file, n)));
                assert!(inside(r.changes, c.changes), "{size:?} {c:?}");
            }
        }
        // Set counts are kept; a total of 提供先 is dealt round the files, and asks for enough
        // files when they are drawn.
        let s = Scenario::default()
            .with_size(Size::Small)
            .with_provisions(100)
            .with_systems(7);
        let c = Counts::draw(&s, &mut SplitMix64::new(1));
        assert_eq!((c.systems, c.provisions.clone()), (7, vec![50, 50]));
        let s = Scenario::default()
            .with_files(3)
            .with_transfers(7)
            .with_entrustments(0);
        let c = Counts::draw(&s, &mut SplitMix64::new(1));
        assert_eq!(
            (c.transfers.clone(), c.re_entrustment_depth),
            (vec![3, 2, 2], 0)
        );
    }

    #[test]
    fn sizes_read_their_names() {
        for &size in Size::ALL {
            assert_eq!(size.name().parse::<Size>(), Ok(size));
        }
        assert_eq!(
            "medium".parse::<Size>().unwrap_err().to_string(),
            "規模「medium」は small、typical、large、huge のいずれでもありません"
        );
    }

    #[test]
    fn revisions_are_checked_against_the_as_of_date() {
        let s = Scenario::default().with_revision(FormRevision::CURRENT);
        assert_eq!(s.check(), Ok(()));
        assert_eq!(s.earliest_publication(), ymd(2024, 10, 1));
        let early = s.clone().with_as_of(ymd(2024, 10, 1));
        assert!(matches!(
            early.check(),
            Err(ScenarioError::RevisionOutOfRange { .. })
        ));
        assert_eq!(
            s.with_as_of(ymd(2024, 10, 2)).check(),
            Ok(()),
            "a day to publish on"
        );
        let month = crate::wareki::YearMonth::from_gregorian(2013, 1).unwrap();
        let before_the_first = Scenario::default().with_revision(FormRevision::from_month(month));
        assert_eq!(
            before_the_first.check().unwrap_err().to_string(),
            "様式の版 平成25年1月 の評価書は基準日 2026-04-01 の前に公表できません（平成26年4月から基準日の前の月までに始まる版）"
        );
        // Every revision is in use from its month on, and none before the first.
        assert_eq!(Scenario::revisions_on(ymd(2014, 3, 31)).count(), 0);
        assert_eq!(
            Scenario::revisions_on(Scenario::DEFAULT_AS_OF).collect::<Vec<_>>(),
            FormRevision::KNOWN
        );
    }

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
            "特定個人情報ファイルの数は1から6までです（0）"
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
            Scenario::default().with_systems(21).check(),
            Err(ScenarioError::CountOutOfRange {
                what: "システムの数",
                given: 21,
                min: 1,
                max: 20
            })
        );
        // More 提供先 than the files set can hold (60 a file).
        assert_eq!(
            Scenario::default()
                .with_files(2)
                .with_provisions(121)
                .check(),
            Err(ScenarioError::CountOutOfRange {
                what: "提供先の数",
                given: 121,
                min: 0,
                max: 120
            })
        );
    }
}
