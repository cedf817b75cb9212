//! Interval arithmetic over population bands.
//!
//! Every count on the forms is a band (`10人以上50人未満`, `30万人以上`), that is a half-open range
//! `[lower, upper)` of whole numbers, possibly without an upper bound. Adding bands gives a band:
//! 使用者数 `100人以上500人未満` plus a 委託先 `10人以上50人未満` is somewhere in `[110, 549)`. That is
//! enough to confirm or contradict a declared 「取扱者数は500人以上か」 (指針 第5の2).

use std::fmt;
use std::iter::Sum;
use std::ops::Add;

use crate::report::{DataSubjectBand, Range, StaffCountBand};
use crate::threshold::{HandlerCountBand, SubjectCountBand};

/// A half-open range `[lower, upper)` of head counts; `upper` is `None` when unbounded.
///
/// Never empty: `upper`, when present, is greater than `lower`. The identity of addition is
/// [`Interval::ZERO`] (`[0, 1)`, exactly zero people).
///
/// ```
/// use mynumber_pia::validate::{Interval, Relation};
///
/// let users = Interval::new(100, Some(500)); // 100人以上500人未満
/// let entrustee = Interval::new(10, Some(50)); // 10人以上50人未満
/// let total = users + entrustee;
/// assert_eq!(total, Interval::new(110, Some(549)));
/// assert_eq!(total.relation_to(500), Relation::Straddles);
/// assert_eq!((total + Interval::at_least(1_000)).relation_to(500), Relation::AtOrAbove);
/// assert_eq!(total.to_string(), "[110, 549)");
/// ```
#[doc(alias = "区間")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    lower: u64,
    upper: Option<u64>,
}

/// Where an [`Interval`] lies with respect to a threshold `n`.
///
/// ```
/// use mynumber_pia::validate::{Interval, Relation};
///
/// assert_eq!(Interval::below(500).relation_to(500), Relation::Below);
/// assert_eq!(Interval::at_least(500).relation_to(500), Relation::AtOrAbove);
/// assert_eq!(Interval::new(400, Some(600)).relation_to(500), Relation::Straddles);
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
    /// Exactly zero people: `[0, 1)`, the identity of addition.
    pub const ZERO: Interval = Interval {
        lower: 0,
        upper: Some(1),
    };

    /// `[lower, upper)`. An `upper` not above `lower` is raised to `lower + 1`, so the interval
    /// is never empty.
    #[must_use]
    pub const fn new(lower: u64, upper: Option<u64>) -> Self {
        let upper = match upper {
            Some(u) if u <= lower => Some(lower.saturating_add(1)),
            other => other,
        };
        Interval { lower, upper }
    }

    /// `[n, ∞)`: `n` people or more.
    #[must_use]
    pub const fn at_least(n: u64) -> Self {
        Interval {
            lower: n,
            upper: None,
        }
    }

    /// `[0, n)`: fewer than `n` people.
    #[must_use]
    pub const fn below(n: u64) -> Self {
        Interval::new(0, Some(n))
    }

    /// Exactly `n` people: `[n, n + 1)`.
    #[must_use]
    pub const fn exactly(n: u64) -> Self {
        Interval::new(n, Some(n.saturating_add(1)))
    }

    /// The smallest possible value.
    #[must_use]
    pub const fn lower(self) -> u64 {
        self.lower
    }

    /// One past the largest possible value, or `None` when unbounded.
    #[must_use]
    pub const fn upper(self) -> Option<u64> {
        self.upper
    }

    /// The largest possible value, or `None` when unbounded.
    #[must_use]
    pub const fn max(self) -> Option<u64> {
        match self.upper {
            Some(u) => Some(u.saturating_sub(1)),
            None => None,
        }
    }

    /// Whether `n` is in the interval.
    #[must_use]
    pub const fn contains(self, n: u64) -> bool {
        n >= self.lower
            && match self.upper {
                Some(u) => n < u,
                None => true,
            }
    }

    /// Where the interval lies with respect to the threshold `n`.
    #[must_use]
    pub const fn relation_to(self, n: u64) -> Relation {
        if self.lower >= n {
            Relation::AtOrAbove
        } else {
            match self.upper {
                Some(u) if u <= n => Relation::Below,
                _ => Relation::Straddles,
            }
        }
    }

    /// Whether the two intervals share a value.
    ///
    /// ```
    /// use mynumber_pia::validate::Interval;
    ///
    /// let band = Interval::new(100_000, Some(1_000_000));
    /// assert!(band.overlaps(Interval::new(100_000, Some(300_000))));
    /// assert!(!band.overlaps(Interval::below(100_000)));
    /// assert!(Interval::new(200_000, Some(300_000)).is_within(band));
    /// assert!(band.contains(999_999) && !band.contains(1_000_000));
    /// ```
    #[must_use]
    pub const fn overlaps(self, other: Interval) -> bool {
        let below_other_end = match other.upper {
            Some(u) => self.lower < u,
            None => true,
        };
        let other_below_end = match self.upper {
            Some(u) => other.lower < u,
            None => true,
        };
        below_other_end && other_below_end
    }

    /// Whether every value of `self` is in `other`.
    #[must_use]
    pub const fn is_within(self, other: Interval) -> bool {
        self.lower >= other.lower
            && match (self.upper, other.upper) {
                (_, None) => true,
                (None, Some(_)) => false,
                (Some(a), Some(b)) => a <= b,
            }
    }

    /// The head count of two groups that **may share people** (the same staff counted in two
    /// file blocks, or one 委託先 in two 委託事項): at least the larger group, at most both together.
    ///
    /// ```
    /// use mynumber_pia::validate::Interval;
    ///
    /// let a = Interval::new(100, Some(500));
    /// assert_eq!(a.add_overlapping(a), Interval::new(100, Some(999)));
    /// ```
    #[must_use]
    pub fn add_overlapping(self, other: Interval) -> Interval {
        let sum = self + other;
        Interval::new(self.lower.max(other.lower), sum.upper)
    }
}

/// The sum of two disjoint groups: `[a, b) + [c, d) = [a + c, b + d − 1)`.
impl Add for Interval {
    type Output = Interval;

    fn add(self, other: Interval) -> Interval {
        let upper = match (self.upper, other.upper) {
            (Some(a), Some(b)) => Some(a.saturating_add(b).saturating_sub(1)),
            _ => None,
        };
        Interval::new(self.lower.saturating_add(other.lower), upper)
    }
}

impl Sum for Interval {
    fn sum<I: Iterator<Item = Interval>>(iter: I) -> Interval {
        iter.fold(Interval::ZERO, Add::add)
    }
}

/// From the model's `(lower, upper)` pair ([`Range`]).
impl From<Range> for Interval {
    fn from((lower, upper): Range) -> Self {
        Interval::new(lower, upper)
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.upper {
            Some(u) => write!(f, "[{}, {})", self.lower, u),
            None => write!(f, "[{}, ∞)", self.lower),
        }
    }
}

/// A choice list whose values are population bands.
///
/// ```
/// use mynumber_pia::threshold::SubjectCountBand;
/// use mynumber_pia::validate::{Band, Interval};
///
/// assert_eq!(SubjectCountBand::From10kTo100k.interval(), Interval::new(10_000, Some(100_000)));
/// assert_eq!(SubjectCountBand::AtLeast300k.interval(), Interval::at_least(300_000));
/// ```
#[doc(alias = "人数の区分")]
pub trait Band: Copy {
    /// The range of head counts the band stands for.
    fn interval(self) -> Interval;
}

impl Band for SubjectCountBand {
    fn interval(self) -> Interval {
        match self {
            SubjectCountBand::Under1k => Interval::below(1_000),
            SubjectCountBand::From1kTo10k => Interval::new(1_000, Some(10_000)),
            SubjectCountBand::From10kTo100k => Interval::new(10_000, Some(100_000)),
            SubjectCountBand::From100kTo300k => Interval::new(100_000, Some(300_000)),
            SubjectCountBand::AtLeast300k => Interval::at_least(300_000),
        }
    }
}

impl Band for HandlerCountBand {
    fn interval(self) -> Interval {
        match self {
            HandlerCountBand::AtLeast500 => Interval::at_least(500),
            HandlerCountBand::Under500 => Interval::below(500),
        }
    }
}

impl Band for StaffCountBand {
    fn interval(self) -> Interval {
        self.range().into()
    }
}

impl Band for DataSubjectBand {
    fn interval(self) -> Interval {
        self.range().into()
    }
}

#[cfg(test)]
mod tests {
    use crate::Choice;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn zero_is_the_identity() {
        let a = Interval::new(10, Some(50));
        assert_eq!(a + Interval::ZERO, a);
        assert_eq!(
            Vec::<Interval>::new().into_iter().sum::<Interval>(),
            Interval::ZERO
        );
    }

    #[test]
    fn unbounded_absorbs() {
        let s: Interval = [Interval::new(1, Some(2)), Interval::at_least(1_000)]
            .into_iter()
            .sum();
        assert_eq!(s, Interval::at_least(1_001));
        assert_eq!(s.max(), None);
    }

    #[test]
    fn relation_boundaries_are_inclusive_at_the_bottom() {
        assert_eq!(Interval::exactly(500).relation_to(500), Relation::AtOrAbove);
        assert_eq!(Interval::exactly(499).relation_to(500), Relation::Below);
        assert_eq!(Interval::below(500).relation_to(500), Relation::Below);
        assert_eq!(
            Interval::new(499, Some(501)).relation_to(500),
            Relation::Straddles
        );
    }

    #[test]
    fn empty_upper_is_raised() {
        assert_eq!(Interval::new(5, Some(5)), Interval::exactly(5));
        assert_eq!(Interval::new(5, Some(2)).max(), Some(5));
    }

    #[test]
    fn overlap_and_within() {
        let a = Interval::new(0, Some(500));
        let b = Interval::at_least(500);
        assert!(!a.overlaps(b) && !b.overlaps(a));
        assert!(Interval::new(400, Some(600)).overlaps(b));
        assert!(Interval::new(10, Some(20)).is_within(a));
        assert!(!b.is_within(a));
        assert!(Interval::at_least(600).is_within(b));
    }

    #[test]
    fn handler_bands_partition() {
        let under = HandlerCountBand::Under500.interval();
        let over = HandlerCountBand::AtLeast500.interval();
        assert!(under.contains(499) && !under.contains(500));
        assert!(over.contains(500) && !over.overlaps(under));
    }

    #[test]
    fn model_bands_agree_with_their_ranges() {
        for b in StaffCountBand::ALL {
            assert_eq!(b.interval(), Interval::from(b.range()));
        }
        assert_eq!(
            DataSubjectBand::AtLeast10m.interval(),
            Interval::at_least(10_000_000)
        );
        assert_eq!(
            StaffCountBand::From10To50.interval() + StaffCountBand::Under10.interval(),
            Interval::from(crate::report::sum_ranges([(10, Some(50)), (0, Some(10))]))
        );
    }

    #[test]
    fn subject_bands_are_contiguous() {
        let bands: Vec<Interval> = SubjectCountBand::ALL.iter().map(|b| b.interval()).collect();
        for pair in bands.windows(2) {
            assert_eq!(pair[0].upper(), Some(pair[1].lower()));
        }
    }

    fn interval() -> impl Strategy<Value = Interval> {
        (0u64..10_000, proptest::option::of(1u64..10_000))
            .prop_map(|(lower, width)| Interval::new(lower, width.map(|w| lower + w)))
    }

    proptest! {
        #[test]
        fn sum_contains_every_sum_of_members(a in interval(), b in interval(), x in 0u64..10_000, y in 0u64..10_000) {
            let (xa, yb) = (a.lower() + x, b.lower() + y);
            prop_assume!(a.contains(xa) && b.contains(yb));
            prop_assert!((a + b).contains(xa + yb));
        }

        #[test]
        fn sum_is_tight(a in interval(), b in interval()) {
            let s = a + b;
            prop_assert_eq!(s.lower(), a.lower() + b.lower());
            match (a.max(), b.max()) {
                (Some(x), Some(y)) => prop_assert_eq!(s.max(), Some(x + y)),
                _ => prop_assert_eq!(s.max(), None),
            }
        }

        #[test]
        fn overlapping_sum_is_within_plain_sum_bounds(a in interval(), b in interval()) {
            let o = a.add_overlapping(b);
            prop_assert!(o.lower() <= (a + b).lower());
            prop_assert_eq!(o.upper(), (a + b).upper());
            prop_assert!(o.lower() >= a.lower() && o.lower() >= b.lower());
        }

        #[test]
        fn relation_agrees_with_contains(a in interval(), n in 0u64..20_000) {
            match a.relation_to(n) {
                Relation::AtOrAbove => prop_assert!(a.lower() >= n),
                Relation::Below => prop_assert!(a.max().is_some_and(|m| m < n)),
                Relation::Straddles => prop_assert!(a.lower() < n && a.max().is_none_or(|m| m >= n)),
            }
        }
    }
}
