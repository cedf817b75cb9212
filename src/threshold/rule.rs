//! The decision itself: `const fn`s that never allocate and never panic.

use super::AssessmentKind;
use chrono::{Months, NaiveDate};

use super::{
    HandlerCountBand, ReportSet, RequiredAssessment, SeriousIncident, StatedThresholdResult,
    SubjectCountBand,
};

/// The rule as written (指針 第5の2; 規則 第4条第3号, 第5条, 第6条, 第7条): the required
/// assessment for a 対象人数 band, given whether 取扱者数 ≥ 500 or a 重大事故 raises it.
///
/// Kept readable; [`required_for`] answers from [`TABLE`], which is built from this function at
/// compile time, without branches.
const fn rule(subjects: SubjectCountBand, raised: bool) -> RequiredAssessment {
    match (subjects, raised) {
        (SubjectCountBand::Under1k, _) => RequiredAssessment::NotRequired,
        (SubjectCountBand::From1kTo10k, _) | (SubjectCountBand::From10kTo100k, false) => {
            RequiredAssessment::Basic
        }
        (SubjectCountBand::From10kTo100k, true) | (SubjectCountBand::From100kTo300k, false) => {
            RequiredAssessment::BasicAndFocused
        }
        (SubjectCountBand::From100kTo300k, true) | (SubjectCountBand::AtLeast300k, _) => {
            RequiredAssessment::BasicAndFull
        }
    }
}

/// [`rule`] for one band, as the two 2-bit entries of [`TABLE`].
const fn table_entry(band: SubjectCountBand) -> u32 {
    let at = 4 * band as u32;
    ((rule(band, false) as u32) << at) | ((rule(band, true) as u32) << (at + 2))
}

/// [`rule`] for every (band, raised) pair, two bits per entry at bit `4 * band + 2 * raised`.
const TABLE: u32 = table_entry(SubjectCountBand::Under1k)
    | table_entry(SubjectCountBand::From1kTo10k)
    | table_entry(SubjectCountBand::From10kTo100k)
    | table_entry(SubjectCountBand::From100kTo300k)
    | table_entry(SubjectCountBand::AtLeast300k);

/// The required assessment for a band and whether it is raised: a shift and a mask.
#[inline]
pub(super) const fn required_for(subjects: SubjectCountBand, raised: bool) -> RequiredAssessment {
    let shift = 4 * subjects as u32 + 2 * raised as u32;
    match (TABLE >> shift) & 3 {
        0 => RequiredAssessment::NotRequired,
        1 => RequiredAssessment::Basic,
        2 => RequiredAssessment::BasicAndFocused,
        _ => RequiredAssessment::BasicAndFull,
    }
}

/// しきい値判断: the assessment the 規則 requires for the three threshold inputs
/// (指針 第5の2; 規則 第4条第3号, 第5条, 第6条, 第7条).
///
/// | 対象人数 | 取扱者数 500人以上 or 重大事故 発生あり | otherwise |
/// |---|---|---|
/// | 1,000人未満 | not required | not required |
/// | 1,000人以上1万人未満 | 基礎 | 基礎 |
/// | 1万人以上10万人未満 | 基礎 + 重点 | 基礎 |
/// | 10万人以上30万人未満 | 基礎 + 全項目 | 基礎 + 重点 |
/// | 30万人以上 | 基礎 + 全項目 | 基礎 + 全項目 |
///
/// This ignores the 規則 第4条第1号/第2号 exemptions, which are not threshold inputs; see
/// [`ThresholdInput`](super::ThresholdInput) and [`ThresholdOutcome`](super::ThresholdOutcome).
/// Never allocates, never panics. From exact counts, take their bands with
/// [`SubjectCountBand::from_count`] and [`HandlerCountBand::from_count`] (also `const`); when
/// 取扱者数 or 重大事故 is unknown, use [`decide_partial`](super::decide_partial).
///
/// ```
/// use mynumber_pia::threshold::{
///     decide, HandlerCountBand, RequiredAssessment, SeriousIncident, SubjectCountBand,
/// };
///
/// // 熊谷市 国民健康保険 基礎項目評価書 (令和7年5月30日): 1万人以上10万人未満, 500人未満,
/// // 重大事故 発生あり.
/// let r = decide(
///     SubjectCountBand::From10kTo100k,
///     HandlerCountBand::Under500,
///     SeriousIncident::Occurred,
/// );
/// assert_eq!(r, RequiredAssessment::BasicAndFocused);
///
/// // From exact counts: 150,000 people, 499 handlers, no incident.
/// let r = decide(
///     SubjectCountBand::from_count(150_000),
///     HandlerCountBand::from_count(499),
///     SeriousIncident::NotOccurred,
/// );
/// assert_eq!(r, RequiredAssessment::BasicAndFocused);
/// ```
#[doc(alias = "しきい値判断")]
#[must_use]
pub const fn decide(
    subjects: SubjectCountBand,
    handlers: HandlerCountBand,
    incident: SeriousIncident,
) -> RequiredAssessment {
    required_for(subjects, handlers.is_at_least_500() || incident.occurred())
}

impl SeriousIncident {
    /// Whether this is `発生あり`, the answer that raises the result (指針 第5の2).
    ///
    /// ```
    /// use mynumber_pia::threshold::SeriousIncident;
    ///
    /// assert!(SeriousIncident::Occurred.occurred());
    /// assert!(!SeriousIncident::NotOccurred.occurred());
    /// ```
    #[must_use]
    pub const fn occurred(self) -> bool {
        matches!(self, SeriousIncident::Occurred)
    }

    /// The first day of the one-year window that ends on `reference`: the same month and day one
    /// year earlier, or 28 February when `reference` is 29 February.
    ///
    /// The 指針 (第5の2) says only 「過去1年以内」; this boundary is the crate's choice, modelled on
    /// 民法 第143条 (a period in years ends on the corresponding day; where that day does not
    /// exist, on the last day of the month), with both ends included.
    ///
    /// `None` when that day is before the first day `chrono` can represent
    /// ([`NaiveDate::MIN`]): the window then holds every date up to `reference`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::threshold::SeriousIncident;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    /// assert_eq!(SeriousIncident::window_start(d(2025, 5, 30).unwrap()), d(2024, 5, 30));
    /// assert_eq!(SeriousIncident::window_start(d(2024, 2, 29).unwrap()), d(2023, 2, 28));
    /// assert_eq!(SeriousIncident::window_start(NaiveDate::MIN), None);
    /// ```
    #[must_use]
    pub fn window_start(reference: NaiveDate) -> Option<NaiveDate> {
        reference.checked_sub_months(Months::new(12))
    }

    /// Whether an incident on `incident` is "within the past 1 year" (過去1年以内) of `reference`
    /// (基礎項目評価書 Ⅱ3; 指針 第5の2).
    ///
    /// The window is closed at both ends: `window_start(reference) <= incident <= reference`.
    /// So with reference 2025-05-30 the window is 2024-05-30 ..= 2025-05-30; with reference
    /// 2024-02-29 it is 2023-02-28 ..= 2024-02-29, and with reference 2025-03-01 an incident on
    /// 2024-02-29 is outside. An incident after `reference` is not counted (it had not happened
    /// at the reference date).
    ///
    /// Which date to pass as `incident` (the day it happened, or the day the body learned of it)
    /// is the caller's judgement; the form asks whether one 発生した.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::threshold::SeriousIncident;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert!(SeriousIncident::within_past_year(d(2024, 5, 30), d(2025, 5, 30)));
    /// assert!(!SeriousIncident::within_past_year(d(2024, 5, 29), d(2025, 5, 30)));
    /// ```
    #[must_use]
    pub fn within_past_year(incident: NaiveDate, reference: NaiveDate) -> bool {
        in_window(Self::window_start(reference), incident, reference)
    }

    /// `発生あり` if any of `incidents` is within the past year of `reference`
    /// (see [`SeriousIncident::within_past_year`]). Does not allocate.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::threshold::SeriousIncident;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let reference = d(2025, 5, 30);
    /// assert_eq!(
    ///     SeriousIncident::from_dates([d(2021, 1, 1), d(2025, 1, 10)], reference),
    ///     SeriousIncident::Occurred
    /// );
    /// assert_eq!(SeriousIncident::from_dates([], reference), SeriousIncident::NotOccurred);
    /// ```
    #[must_use]
    pub fn from_dates<I: IntoIterator<Item = NaiveDate>>(
        incidents: I,
        reference: NaiveDate,
    ) -> Self {
        let start = Self::window_start(reference);
        let occurred = incidents
            .into_iter()
            .any(|d| in_window(start, d, reference));
        Self::from_occurred(occurred)
    }

    /// `発生あり` when `occurred`, else `発生なし`: the answer whose [`occurred`](Self::occurred)
    /// is `occurred`.
    pub(crate) const fn from_occurred(occurred: bool) -> Self {
        if occurred {
            SeriousIncident::Occurred
        } else {
            SeriousIncident::NotOccurred
        }
    }
}

/// Whether `day` is in the window `start ..= end`; no `start` means no lower bound.
fn in_window(start: Option<NaiveDate>, day: NaiveDate, end: NaiveDate) -> bool {
    start.is_none_or(|s| s <= day) && day <= end
}

impl RequiredAssessment {
    /// The 評価書 to submit (基礎項目評価書 Ⅳ1), or `None` when no assessment is required.
    ///
    /// ```
    /// use mynumber_pia::threshold::{ReportSet, RequiredAssessment};
    ///
    /// assert_eq!(RequiredAssessment::BasicAndFocused.report_set(), Some(ReportSet::BasicAndFocused));
    /// assert_eq!(RequiredAssessment::NotRequired.report_set(), None);
    /// ```
    #[must_use]
    pub const fn report_set(self) -> Option<ReportSet> {
        match self {
            RequiredAssessment::NotRequired => None,
            RequiredAssessment::Basic => Some(ReportSet::Basic),
            RequiredAssessment::BasicAndFocused => Some(ReportSet::BasicAndFocused),
            RequiredAssessment::BasicAndFull => Some(ReportSet::BasicAndFull),
        }
    }

    /// The assessments required, in order (規則 第5条 基礎, 第6条 重点, 第7条 全項目: a 重点 or
    /// 全項目 always comes with a 基礎).
    ///
    /// ```
    /// use mynumber_pia::threshold::RequiredAssessment;
    /// use mynumber_pia::AssessmentKind;
    ///
    /// assert_eq!(
    ///     RequiredAssessment::BasicAndFull.required_kinds(),
    ///     [AssessmentKind::Basic, AssessmentKind::Full]
    /// );
    /// ```
    #[must_use]
    pub const fn required_kinds(self) -> &'static [AssessmentKind] {
        match self.report_set() {
            Some(set) => set.kinds(),
            None => &[],
        }
    }

    /// The highest assessment required, the last of [`required_kinds`](Self::required_kinds):
    /// the form a body files to meet the result; `None` when no assessment is required. The
    /// kinds compare as the results do, so `None` (none required) sorts below 基礎.
    ///
    /// ```
    /// use mynumber_pia::threshold::RequiredAssessment;
    /// use mynumber_pia::AssessmentKind;
    ///
    /// assert_eq!(RequiredAssessment::BasicAndFull.highest_kind(), Some(AssessmentKind::Full));
    /// assert_eq!(RequiredAssessment::Basic.highest_kind(), Some(AssessmentKind::Basic));
    /// assert_eq!(RequiredAssessment::NotRequired.highest_kind(), None);
    /// ```
    #[must_use]
    pub fn highest_kind(self) -> Option<AssessmentKind> {
        self.required_kinds().last().copied()
    }

    /// The higher assessments a body may do voluntarily (指針 第5の2: a higher assessment may
    /// always be done, never a lower one).
    ///
    /// ```
    /// use mynumber_pia::threshold::RequiredAssessment;
    /// use mynumber_pia::AssessmentKind;
    ///
    /// assert_eq!(RequiredAssessment::BasicAndFocused.voluntary(), [AssessmentKind::Full]);
    /// assert!(RequiredAssessment::BasicAndFull.voluntary().is_empty());
    /// ```
    #[must_use]
    pub const fn voluntary(self) -> &'static [AssessmentKind] {
        match self {
            RequiredAssessment::NotRequired => &[
                AssessmentKind::Basic,
                AssessmentKind::Focused,
                AssessmentKind::Full,
            ],
            RequiredAssessment::Basic => &[AssessmentKind::Focused, AssessmentKind::Full],
            RequiredAssessment::BasicAndFocused => &[AssessmentKind::Full],
            RequiredAssessment::BasicAndFull => &[],
        }
    }

    /// How a report of kind `form` states this result (指針 第5の2):
    ///
    /// - a 基礎項目評価書 (Ⅲ) prints the result as it is;
    /// - a 重点項目評価書 (Ⅴ1②) adds 「（任意に重点項目評価を実施）」 when less than 重点 is required;
    /// - a 全項目評価書 (Ⅵ1②) adds 「（任意に全項目評価を実施）」 when less than 全項目 is required.
    ///
    /// `None` when a report of that kind cannot stand for the result: a 重点項目評価書 when a
    /// 全項目評価 is required (a lower assessment is never enough).
    ///
    /// ```
    /// use mynumber_pia::threshold::RequiredAssessment;
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let r = RequiredAssessment::Basic;
    /// assert_eq!(
    ///     r.stated_in(AssessmentKind::Full).unwrap().to_string(),
    ///     "基礎項目評価の実施が義務付けられる（任意に全項目評価を実施）"
    /// );
    /// assert_eq!(RequiredAssessment::BasicAndFull.stated_in(AssessmentKind::Focused), None);
    /// ```
    #[must_use]
    pub const fn stated_in(self, form: AssessmentKind) -> Option<StatedThresholdResult> {
        let voluntary = match (form, self) {
            (AssessmentKind::Basic, _)
            | (AssessmentKind::Focused, RequiredAssessment::BasicAndFocused)
            | (AssessmentKind::Full, RequiredAssessment::BasicAndFull) => None,
            (AssessmentKind::Focused, RequiredAssessment::BasicAndFull) => return None,
            (AssessmentKind::Focused, _) => Some(AssessmentKind::Focused),
            (AssessmentKind::Full, _) => Some(AssessmentKind::Full),
        };
        Some(StatedThresholdResult {
            required: self,
            voluntary,
        })
    }
}

impl ReportSet {
    /// The 評価書 in the set (基礎項目評価書 Ⅳ1), 基礎項目評価書 first.
    ///
    /// ```
    /// use mynumber_pia::threshold::ReportSet;
    /// use mynumber_pia::AssessmentKind;
    ///
    /// assert_eq!(ReportSet::BasicAndFocused.kinds(), [AssessmentKind::Basic, AssessmentKind::Focused]);
    /// ```
    #[must_use]
    pub const fn kinds(self) -> &'static [AssessmentKind] {
        match self {
            ReportSet::Basic => &[AssessmentKind::Basic],
            ReportSet::BasicAndFocused => &[AssessmentKind::Basic, AssessmentKind::Focused],
            ReportSet::BasicAndFull => &[AssessmentKind::Basic, AssessmentKind::Full],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Choice;
    use HandlerCountBand::{AtLeast500, Under500};
    use RequiredAssessment as R;
    use SeriousIncident::{NotOccurred, Occurred};
    use SubjectCountBand::*;

    use crate::threshold::ymd as d;

    #[test]
    fn packed_table_matches_the_rule() {
        for band in SubjectCountBand::ALL.iter().copied() {
            for raised in [false, true] {
                assert_eq!(
                    required_for(band, raised),
                    rule(band, raised),
                    "{band} {raised}"
                );
            }
        }
    }

    /// Every cell of the rule table (指針 第5の2): band × handlers × incident.
    #[test]
    fn every_cell_of_the_table() {
        let table = [
            (Under1k, [R::NotRequired, R::NotRequired]),
            (From1kTo10k, [R::Basic, R::Basic]),
            (From10kTo100k, [R::BasicAndFocused, R::Basic]),
            (From100kTo300k, [R::BasicAndFull, R::BasicAndFocused]),
            (AtLeast300k, [R::BasicAndFull, R::BasicAndFull]),
        ];
        for (band, [raised, plain]) in table {
            assert_eq!(decide(band, AtLeast500, Occurred), raised, "{band}");
            assert_eq!(decide(band, AtLeast500, NotOccurred), raised, "{band}");
            assert_eq!(decide(band, Under500, Occurred), raised, "{band}");
            assert_eq!(decide(band, Under500, NotOccurred), plain, "{band}");
        }
    }

    #[test]
    fn every_boundary_from_exact_counts() {
        let subjects = [
            (999, R::NotRequired, R::NotRequired),
            (1_000, R::Basic, R::Basic),
            (9_999, R::Basic, R::Basic),
            (10_000, R::Basic, R::BasicAndFocused),
            (99_999, R::Basic, R::BasicAndFocused),
            (100_000, R::BasicAndFocused, R::BasicAndFull),
            (299_999, R::BasicAndFocused, R::BasicAndFull),
            (300_000, R::BasicAndFull, R::BasicAndFull),
        ];
        let from_counts = |s: u64, h: u64, i: SeriousIncident| {
            decide(
                SubjectCountBand::from_count(s),
                HandlerCountBand::from_count(h),
                i,
            )
        };
        for (n, plain, raised) in subjects {
            assert_eq!(from_counts(n, 499, NotOccurred), plain, "{n}");
            assert_eq!(from_counts(n, 500, NotOccurred), raised, "{n}");
            assert_eq!(from_counts(n, 0, Occurred), raised, "{n}");
            assert_eq!(from_counts(n, 499, Occurred), raised, "{n}");
        }
    }

    #[test]
    fn one_year_window_boundaries() {
        let r = d(2025, 5, 30);
        assert!(SeriousIncident::within_past_year(d(2025, 5, 30), r));
        assert!(SeriousIncident::within_past_year(d(2024, 5, 30), r));
        assert!(!SeriousIncident::within_past_year(d(2024, 5, 29), r));
        assert!(!SeriousIncident::within_past_year(d(2025, 5, 31), r));
    }

    #[test]
    fn one_year_window_around_29_february() {
        // Reference on 29 February: the window starts on 28 February of the year before.
        let leap = d(2024, 2, 29);
        assert_eq!(SeriousIncident::window_start(leap), Some(d(2023, 2, 28)));
        assert!(SeriousIncident::within_past_year(d(2023, 2, 28), leap));
        assert!(!SeriousIncident::within_past_year(d(2023, 2, 27), leap));
        // An incident on 29 February, seen a year later.
        let inc = d(2024, 2, 29);
        assert!(SeriousIncident::within_past_year(inc, d(2025, 2, 28)));
        assert!(!SeriousIncident::within_past_year(inc, d(2025, 3, 1)));
        assert_eq!(
            SeriousIncident::window_start(d(2025, 2, 28)),
            Some(d(2024, 2, 28))
        );
        assert_eq!(
            SeriousIncident::window_start(d(2025, 3, 1)),
            Some(d(2024, 3, 1))
        );
        // Reference 29 February, incident 1 March of the year before: inside.
        assert!(SeriousIncident::within_past_year(d(2023, 3, 1), leap));
        // Leap to leap: 2028-02-29 looks back to 2027-02-28.
        assert_eq!(
            SeriousIncident::window_start(d(2028, 2, 29)),
            Some(d(2027, 2, 28))
        );
    }

    /// Within a year after the first day chrono can represent, the window has no start (it
    /// would be before that day): every representable date up to the reference is inside, and
    /// nothing is clamped to a made-up start.
    #[test]
    fn window_at_the_calendar_edges() {
        assert_eq!(SeriousIncident::window_start(NaiveDate::MIN), None);
        let early = NaiveDate::MIN
            .checked_add_days(chrono::Days::new(100))
            .unwrap();
        assert_eq!(SeriousIncident::window_start(early), None);
        assert!(SeriousIncident::within_past_year(NaiveDate::MIN, early));
        assert!(!SeriousIncident::within_past_year(NaiveDate::MAX, early));
        assert_eq!(
            SeriousIncident::from_dates([NaiveDate::MIN], early),
            SeriousIncident::Occurred
        );
        assert!(SeriousIncident::within_past_year(
            NaiveDate::MIN,
            NaiveDate::MIN
        ));
        assert!(SeriousIncident::within_past_year(
            NaiveDate::MAX,
            NaiveDate::MAX
        ));
        let late = SeriousIncident::window_start(NaiveDate::MAX).unwrap();
        assert!(!SeriousIncident::within_past_year(
            late.pred_opt().unwrap(),
            NaiveDate::MAX
        ));
    }

    #[test]
    fn voluntary_and_report_sets() {
        for r in RequiredAssessment::ALL.iter().copied() {
            // Voluntary kinds are exactly those above the highest required kind.
            let highest = r.highest_kind();
            for k in AssessmentKind::ALL.iter().copied() {
                let above = highest.is_none_or(|h| k > h);
                assert_eq!(r.voluntary().contains(&k), above, "{r} {k}");
            }
            assert_eq!(
                r.report_set().map(ReportSet::kinds).unwrap_or(&[]),
                r.required_kinds()
            );
        }
    }

    #[test]
    fn stated_results_match_the_forms_option_lists() {
        // The options of a form's list, most demanding first, as the forms print them.
        let options = |form: AssessmentKind| -> Vec<String> {
            RequiredAssessment::ALL
                .iter()
                .rev()
                .filter_map(|r| r.stated_in(form))
                .map(|s| s.to_string())
                .collect()
        };
        // 重点 Ⅴ1② options (川口市 後期高齢者医療 重点項目評価書) and 全項目 Ⅵ1② options
        // (江戸川区 国民健康保険 全項目評価書).
        assert_eq!(
            options(AssessmentKind::Focused),
            [
                "基礎項目評価及び重点項目評価の実施が義務付けられる",
                "基礎項目評価の実施が義務付けられる（任意に重点項目評価を実施）",
                "特定個人情報保護評価の実施が義務付けられない（任意に重点項目評価を実施）",
            ]
        );
        assert_eq!(
            options(AssessmentKind::Full),
            [
                "基礎項目評価及び全項目評価の実施が義務付けられる",
                "基礎項目評価及び重点項目評価の実施が義務付けられる（任意に全項目評価を実施）",
                "基礎項目評価の実施が義務付けられる（任意に全項目評価を実施）",
                "特定個人情報保護評価の実施が義務付けられない（任意に全項目評価を実施）",
            ]
        );
        assert_eq!(
            options(AssessmentKind::Basic),
            RequiredAssessment::LABELS
                .iter()
                .rev()
                .copied()
                .collect::<Vec<_>>()
        );
        // Together the three forms state exactly the labels of StatedThresholdResult::LABELS.
        let mut stated: Vec<String> = AssessmentKind::ALL
            .iter()
            .copied()
            .flat_map(options)
            .collect();
        stated.sort();
        stated.dedup();
        let mut labels: Vec<&str> = StatedThresholdResult::LABELS.to_vec();
        labels.sort();
        assert_eq!(stated, labels);
    }
}
