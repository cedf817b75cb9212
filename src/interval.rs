//! [`Interval`]: the one range type of the crate, for every band of the forms.
//!
//! Every count on the forms is a band (`10人以上50人未満`, `30万人以上`, `6年以上10年未満`): a range
//! of whole numbers, possibly without an upper end. The choice lists give theirs
//! ([`SubjectCountBand::interval`](crate::threshold::SubjectCountBand::interval),
//! [`StaffCountBand::interval`](crate::report::StaffCountBand::interval), …), and adding bands
//! gives a band: 使用者数 `100人以上500人未満` plus a 委託先 `10人以上50人未満` is somewhere from 110
//! to 548 people. That is enough to confirm or contradict a declared 「取扱者数は500人以上か」
//! (指針 第5の2).

use std::fmt;
use std::iter::Sum;
use std::ops::Add;

/// A non-empty range of whole numbers `min..=max`, or `min..` when it has no upper end.
///
/// Both ends are inclusive, so every range of `u64` values can be written, and an interval is
/// never empty: [`Interval::new`] refuses a `max` below `min`. Sums widen to no upper end rather
/// than wrap when they pass `u64::MAX`, so a sum still holds every possible total.
///
/// ```
/// use mynumber_pia::{Interval, Relation};
/// use mynumber_pia::report::StaffCountBand;
///
/// let users = StaffCountBand::From100To500.interval(); // 100人以上500人未満
/// assert_eq!(users, Interval::new(100, Some(499))?);
/// let entrustee = StaffCountBand::From10To50.interval(); // 10人以上50人未満
/// let total = users + entrustee;
/// assert_eq!(total, Interval::new(110, Some(548))?);
/// assert_eq!(total.relation_to(500), Relation::Straddles);
/// assert_eq!((total + Interval::at_least(1_000)).relation_to(500), Relation::AtOrAbove);
/// assert_eq!(total.to_string(), "110–548");
/// # Ok::<(), mynumber_pia::EmptyIntervalError>(())
/// ```
#[doc(alias = "区間")]
#[doc(alias = "範囲")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    min: u64,
    max: Option<u64>,
}

/// An interval whose upper end is below its lower end: it would hold no number.
///
/// ```
/// use mynumber_pia::Interval;
///
/// let err = Interval::new(500, Some(10)).unwrap_err();
/// assert_eq!(err.to_string(), "区間の上限 10 が下限 500 より小さく、区間が空になります");
/// assert_eq!((err.min(), err.max()), (500, 10));
/// ```
#[doc(alias = "区間エラー")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("区間の上限 {max} が下限 {min} より小さく、区間が空になります")]
pub struct EmptyIntervalError {
    min: u64,
    max: u64,
}

impl EmptyIntervalError {
    /// The lower end that was given.
    #[must_use]
    pub const fn min(&self) -> u64 {
        self.min
    }

    /// The upper end that was given, below [`min`](Self::min).
    #[must_use]
    pub const fn max(&self) -> u64 {
        self.max
    }
}

/// Where an [`Interval`] lies with respect to a threshold `n` ("`n` or more" on the forms).
///
/// ```
/// use mynumber_pia::{Interval, Relation};
///
/// assert_eq!(Interval::up_to(499).relation_to(500), Relation::Below);
/// assert_eq!(Interval::at_least(500).relation_to(500), Relation::AtOrAbove);
/// assert_eq!(Interval::new(400, Some(600))?.relation_to(500), Relation::Straddles);
/// # Ok::<(), mynumber_pia::EmptyIntervalError>(())
/// ```
#[doc(alias = "区間と閾値の関係")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Relation {
    /// Every value is below `n`.
    Below,
    /// Every value is `n` or more.
    AtOrAbove,
    /// Some values are below `n`, some are not: the bands cannot decide.
    Straddles,
}

impl Interval {
    /// Exactly zero: the identity of addition.
    ///
    /// ```
    /// use mynumber_pia::Interval;
    ///
    /// assert_eq!(Interval::ZERO, Interval::exactly(0));
    /// assert_eq!(Interval::ZERO + Interval::at_least(3), Interval::at_least(3));
    /// ```
    pub const ZERO: Interval = Interval::exactly(0);

    /// `min..=max`, or `min..` when `max` is `None`.
    ///
    /// # Errors
    ///
    /// [`EmptyIntervalError`] when `max` is below `min`: no number would be in the interval.
    ///
    /// ```
    /// use mynumber_pia::Interval;
    ///
    /// let band = Interval::new(10, Some(49))?;
    /// assert_eq!((band.min(), band.max()), (10, Some(49)));
    /// assert!(Interval::new(5, Some(5)).is_ok());
    /// assert!(Interval::new(500, Some(10)).is_err());
    /// # Ok::<(), mynumber_pia::EmptyIntervalError>(())
    /// ```
    pub const fn new(min: u64, max: Option<u64>) -> Result<Self, EmptyIntervalError> {
        match max {
            Some(max) if max < min => Err(EmptyIntervalError { min, max }),
            _ => Ok(Interval { min, max }),
        }
    }

    /// `n..`: `n` or more, with no upper end.
    ///
    /// ```
    /// use mynumber_pia::Interval;
    ///
    /// assert_eq!(Interval::at_least(1_000).max(), None);
    /// ```
    #[must_use]
    pub const fn at_least(n: u64) -> Self {
        Interval { min: n, max: None }
    }

    /// `0..=n`: at most `n`.
    ///
    /// ```
    /// use mynumber_pia::Interval;
    ///
    /// assert!(Interval::up_to(9).contains(0) && !Interval::up_to(9).contains(10));
    /// ```
    #[must_use]
    pub const fn up_to(n: u64) -> Self {
        Interval {
            min: 0,
            max: Some(n),
        }
    }

    /// Exactly `n`.
    ///
    /// ```
    /// use mynumber_pia::Interval;
    ///
    /// assert_eq!(Interval::exactly(u64::MAX).max(), Some(u64::MAX));
    /// ```
    #[must_use]
    pub const fn exactly(n: u64) -> Self {
        Interval {
            min: n,
            max: Some(n),
        }
    }

    /// The band `[lower, upper)` of a choice list, from its printed bounds (`lower` 以上, `upper`
    /// 未満); `upper` `None` for the open top band.
    ///
    /// Only evaluated at compile time (through [`bands`](Self::bands), in `const` items), so a
    /// bound that would make the band empty stops the build instead of giving a wrong band.
    #[allow(clippy::panic)] // evaluated at compile time only: a wrong bound fails the build
    pub(crate) const fn band(lower: u64, upper: Option<u64>) -> Self {
        match upper {
            Some(u) if u > lower => Interval {
                min: lower,
                max: Some(u - 1),
            },
            Some(_) => panic!("a band's upper bound must be above its lower bound"),
            None => Interval::at_least(lower),
        }
    }

    /// The bands of a choice list, from the lower bound of each (`starts`, rising): `[s₀, s₁)`,
    /// `[s₁, s₂)`, …, and the open top band `[sₙ₋₁, ∞)`. Each printed bound is stated once: a
    /// band's upper bound (未満) is the next band's lower bound (以上).
    ///
    /// Only called inside `const` items, so bounds that do not rise stop the build (through
    /// [`band`](Self::band)).
    pub(crate) const fn bands<const N: usize>(starts: [u64; N]) -> [Self; N] {
        let mut bands = [Interval::at_least(0); N];
        let mut rest: &[u64] = &starts;
        let mut slots: &mut [Interval] = &mut bands;
        while let ([lower, after @ ..], [slot, more @ ..]) = (rest, slots) {
            let upper = match after {
                [upper, ..] => Some(*upper),
                [] => None,
            };
            *slot = Interval::band(*lower, upper);
            rest = after;
            slots = more;
        }
        bands
    }

    /// The smallest value.
    ///
    /// ```
    /// use mynumber_pia::threshold::SubjectCountBand;
    ///
    /// assert_eq!(SubjectCountBand::From10kTo100k.interval().min(), 10_000);
    /// ```
    #[must_use]
    pub const fn min(self) -> u64 {
        self.min
    }

    /// The largest value, or `None` when the interval has no upper end.
    ///
    /// ```
    /// use mynumber_pia::threshold::SubjectCountBand;
    ///
    /// assert_eq!(SubjectCountBand::From10kTo100k.interval().max(), Some(99_999));
    /// assert_eq!(SubjectCountBand::AtLeast300k.interval().max(), None);
    /// ```
    #[must_use]
    pub const fn max(self) -> Option<u64> {
        self.max
    }

    /// Whether `n` is in the interval.
    ///
    /// ```
    /// use mynumber_pia::report::DataSubjectBand;
    ///
    /// let band = DataSubjectBand::From100kTo1m.interval();
    /// assert!(band.contains(999_999) && !band.contains(1_000_000));
    /// ```
    #[must_use]
    pub const fn contains(self, n: u64) -> bool {
        n >= self.min && self.reaches(n)
    }

    /// Whether the interval reaches up to `n`: it has no upper bound, or `n` is at most that.
    const fn reaches(self, n: u64) -> bool {
        match self.max {
            Some(max) => n <= max,
            None => true,
        }
    }

    /// Where the interval lies with respect to the threshold `n`.
    ///
    /// ```
    /// use mynumber_pia::{Interval, Relation};
    ///
    /// assert_eq!(Interval::exactly(500).relation_to(500), Relation::AtOrAbove);
    /// assert_eq!(Interval::exactly(499).relation_to(500), Relation::Below);
    /// ```
    #[must_use]
    pub const fn relation_to(self, n: u64) -> Relation {
        if self.min >= n {
            Relation::AtOrAbove
        } else if self.reaches(n) {
            Relation::Straddles
        } else {
            Relation::Below
        }
    }

    /// Whether the two intervals share a value.
    ///
    /// ```
    /// use mynumber_pia::Interval;
    /// use mynumber_pia::report::DataSubjectBand;
    ///
    /// let band = DataSubjectBand::From100kTo1m.interval();
    /// assert!(band.overlaps(Interval::new(100_000, Some(299_999))?));
    /// assert!(!band.overlaps(Interval::up_to(99_999)));
    /// # Ok::<(), mynumber_pia::EmptyIntervalError>(())
    /// ```
    #[must_use]
    pub const fn overlaps(self, other: Interval) -> bool {
        self.reaches(other.min) && other.reaches(self.min)
    }

    /// Whether every value of `self` is in `other`.
    ///
    /// ```
    /// use mynumber_pia::Interval;
    ///
    /// assert!(Interval::new(200, Some(300))?.is_within(Interval::at_least(100)));
    /// assert!(!Interval::at_least(100).is_within(Interval::up_to(1_000)));
    /// # Ok::<(), mynumber_pia::EmptyIntervalError>(())
    /// ```
    #[must_use]
    pub const fn is_within(self, other: Interval) -> bool {
        self.min >= other.min
            && match (self.max, other.max) {
                (_, None) => true,
                (None, Some(_)) => false,
                (Some(a), Some(b)) => a <= b,
            }
    }

    /// The head count of two groups that **may share people** (the same staff counted in two
    /// file blocks, or one 委託先 in two 委託事項): at least the larger group, at most both
    /// together.
    ///
    /// ```
    /// use mynumber_pia::Interval;
    ///
    /// let a = Interval::new(100, Some(499))?;
    /// assert_eq!(a.add_overlapping(a), Interval::new(100, Some(998))?);
    /// # Ok::<(), mynumber_pia::EmptyIntervalError>(())
    /// ```
    #[must_use]
    pub fn add_overlapping(self, other: Interval) -> Interval {
        Interval {
            min: self.min.max(other.min),
            ..self + other
        }
    }
}

/// The sum of two disjoint groups: `a..=b` plus `c..=d` is `a + c..=b + d`. A sum past
/// `u64::MAX` has no upper end (it still holds every possible total).
///
/// ```
/// use mynumber_pia::Interval;
///
/// let sum: Interval = [Interval::up_to(9), Interval::at_least(1_000)].into_iter().sum();
/// assert_eq!(sum, Interval::at_least(1_000));
/// assert_eq!(Interval::exactly(u64::MAX) + Interval::exactly(1), Interval::at_least(u64::MAX));
/// ```
impl Add for Interval {
    type Output = Interval;

    fn add(self, other: Interval) -> Interval {
        let max = self.max.zip(other.max).and_then(|(a, b)| a.checked_add(b));
        Interval {
            min: self.min.saturating_add(other.min),
            max,
        }
    }
}

impl Sum for Interval {
    fn sum<I: Iterator<Item = Interval>>(iter: I) -> Interval {
        iter.fold(Interval::ZERO, Add::add)
    }
}

/// `min–max` (`110–548`), `n` when both ends are equal, `min–` when there is no upper end.
impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.max {
            Some(max) if max == self.min => write!(f, "{max}"),
            Some(max) => write!(f, "{}–{max}", self.min),
            None => write!(f, "{}–", self.min),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The error keeps the ends it was given (mutation testing: only doctests read them).
    #[test]
    fn empty_interval_error_keeps_its_ends() {
        let err = Interval::new(500, Some(10)).unwrap_err();
        assert_eq!((err.min(), err.max()), (500, 10));
    }
    use proptest::prelude::*;

    #[test]
    fn zero_is_the_identity() {
        let a = Interval::band(10, Some(50));
        assert_eq!(a + Interval::ZERO, a);
        assert_eq!(
            Vec::<Interval>::new().into_iter().sum::<Interval>(),
            Interval::ZERO
        );
    }

    #[test]
    fn unbounded_absorbs() {
        let s: Interval = [Interval::exactly(1), Interval::at_least(1_000)]
            .into_iter()
            .sum();
        assert_eq!(s, Interval::at_least(1_001));
        assert_eq!(s.max(), None);
    }

    #[test]
    fn bands_are_half_open_as_printed() {
        assert_eq!(
            Interval::band(10, Some(50)),
            Interval::new(10, Some(49)).unwrap()
        );
        assert_eq!(Interval::band(0, Some(1)), Interval::exactly(0));
        assert_eq!(Interval::band(7, None), Interval::at_least(7));
    }

    #[test]
    fn bands_from_starts_meet_without_gap_and_end_open() {
        assert_eq!(
            Interval::bands([0, 10, 50]),
            [
                Interval::up_to(9),
                Interval::new(10, Some(49)).unwrap(),
                Interval::at_least(50),
            ]
        );
        assert_eq!(Interval::bands([7]), [Interval::at_least(7)]);
        assert_eq!(Interval::bands::<0>([]), []);
    }

    #[test]
    #[should_panic(expected = "upper bound must be above")]
    fn bands_that_do_not_rise_stop() {
        let _ = Interval::bands([0, 10, 10]);
    }

    #[test]
    #[should_panic(expected = "upper bound must be above")]
    fn a_band_without_numbers_stops() {
        let _ = Interval::band(5, Some(5));
    }

    #[test]
    fn empty_intervals_are_refused() {
        assert_eq!(
            Interval::new(500, Some(10)),
            Err(EmptyIntervalError { min: 500, max: 10 })
        );
        assert_eq!(Interval::new(3, Some(3)), Ok(Interval::exactly(3)));
    }

    #[test]
    fn relation_boundaries_are_inclusive_at_the_bottom() {
        assert_eq!(Interval::exactly(500).relation_to(500), Relation::AtOrAbove);
        assert_eq!(Interval::exactly(499).relation_to(500), Relation::Below);
        assert_eq!(Interval::up_to(499).relation_to(500), Relation::Below);
        assert_eq!(
            Interval::new(499, Some(500)).unwrap().relation_to(500),
            Relation::Straddles
        );
    }

    #[test]
    fn overlap_and_within() {
        let a = Interval::up_to(499);
        let b = Interval::at_least(500);
        assert!(!a.overlaps(b) && !b.overlaps(a));
        assert!(Interval::new(400, Some(599)).unwrap().overlaps(b));
        assert!(Interval::new(10, Some(19)).unwrap().is_within(a));
        assert!(!b.is_within(a));
        assert!(Interval::at_least(600).is_within(b));
    }

    #[test]
    fn sums_past_the_largest_number_lose_their_upper_end() {
        let big = Interval::exactly(u64::MAX);
        assert_eq!((big + big).max(), None);
        assert_eq!((big + big).min(), u64::MAX);
        assert_eq!(big.add_overlapping(Interval::ZERO), big);
    }

    #[test]
    fn display() {
        assert_eq!(Interval::band(110, Some(549)).to_string(), "110–548");
        assert_eq!(Interval::exactly(0).to_string(), "0");
        assert_eq!(Interval::at_least(1_000).to_string(), "1000–");
    }

    fn interval() -> impl Strategy<Value = Interval> {
        (0u64..10_000, proptest::option::of(0u64..10_000)).prop_map(|(min, width)| {
            Interval::new(min, width.map(|w| min + w)).expect("max = min + width is not below min")
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn sum_contains_every_sum_of_members(a in interval(), b in interval(), x in 0u64..10_000, y in 0u64..10_000) {
            let (xa, yb) = (a.min() + x, b.min() + y);
            prop_assume!(a.contains(xa) && b.contains(yb));
            prop_assert!((a + b).contains(xa + yb));
        }

        #[test]
        fn sum_is_tight(a in interval(), b in interval()) {
            let s = a + b;
            prop_assert_eq!(s.min(), a.min() + b.min());
            match (a.max(), b.max()) {
                (Some(x), Some(y)) => prop_assert_eq!(s.max(), Some(x + y)),
                _ => prop_assert_eq!(s.max(), None),
            }
        }

        #[test]
        fn overlapping_sum_is_within_plain_sum_bounds(a in interval(), b in interval()) {
            let o = a.add_overlapping(b);
            prop_assert!(o.min() <= (a + b).min());
            prop_assert_eq!(o.max(), (a + b).max());
            prop_assert_eq!(o.min(), a.min().max(b.min()));
            prop_assert!((a + b).is_within(o));
        }

        #[test]
        fn relation_agrees_with_contains(a in interval(), n in 0u64..20_000) {
            match a.relation_to(n) {
                Relation::AtOrAbove => prop_assert!(a.min() >= n),
                Relation::Below => prop_assert!(a.max().is_some_and(|m| m < n)),
                Relation::Straddles => prop_assert!(a.min() < n && a.max().is_none_or(|m| m >= n)),
            }
        }

        #[test]
        fn overlaps_is_symmetric_and_agrees_with_members(a in interval(), b in interval()) {
            prop_assert_eq!(a.overlaps(b), b.overlaps(a));
            if a.is_within(b) {
                prop_assert!(a.overlaps(b));
            }
        }
    }
}
