//! The generator's source of randomness: SplitMix64, written out here so that the reports
//! depend on the seed and on this crate's version only (no dependency's algorithm, no platform
//! detail).

/// SplitMix64 (Steele, Lea and Flood, 2014): a 64-bit state advanced by the golden-ratio
/// increment, each output mixed by two xor-shift-multiply rounds. Integer arithmetic only
/// (wrapping), so every platform gives the same sequence.
#[derive(Debug, Clone)]
pub(crate) struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// The increment: 2^64 / φ, rounded to odd.
    const GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

    /// A generator whose first output is the mix of `seed + GAMMA`.
    pub(crate) const fn new(seed: u64) -> Self {
        SplitMix64 { state: seed }
    }

    /// The next 64 bits.
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(Self::GAMMA);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`0` when `n` is 0): the high 64 bits of the 128-bit product of the
    /// next output and `n` (Lemire's multiply-shift, without the rejection step: the bias is below
    /// n / 2^64, and the draw always takes exactly one output).
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        let wide = u128::from(self.next_u64()) * u128::from(n);
        // Exact: the high half of a u64 × u64 product fits in a u64.
        (wide >> 64) as u64
    }

    /// A number in `low..=high` (`low` when `high < low`).
    pub(crate) fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.below(high.saturating_sub(low).saturating_add(1))
    }

    /// An index into a list of `len` items (`0` for an empty list).
    pub(crate) fn index(&mut self, len: usize) -> usize {
        // Exact both ways: a usize fits in a u64, and the draw is below `len`, a usize.
        self.below(len as u64) as usize
    }

    /// `true` with probability `numerator / denominator`.
    pub(crate) fn chance(&mut self, numerator: u64, denominator: u64) -> bool {
        self.below(denominator) < numerator
    }

    /// `yes` with probability `1 / n`, else `no`.
    pub(crate) fn one_in<T>(&mut self, n: u64, yes: T, no: T) -> T {
        if self.chance(1, n) { yes } else { no }
    }

    /// One of `items`, a table of the generator's words (never empty: `names::tests`): the item
    /// at an index drawn below its length.
    pub(crate) fn one<'t, T>(&mut self, items: &'t [T]) -> &'t T {
        cycle(items, self.index(items.len()))
    }
}

/// The item of `items` at `index`, counting round again past the end.
#[allow(clippy::expect_used)]
pub(crate) fn cycle<T>(items: &[T], index: usize) -> &T {
    items
        .get(index % items.len().max(1))
        .expect("the generator's tables are not empty (names::tests)")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference outputs of SplitMix64 for seed 0 (as published with the algorithm and in
    /// every port of it): the sequence is part of the crate's stability promise.
    #[test]
    fn known_outputs_for_seed_zero() {
        let mut r = SplitMix64::new(0);
        assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(r.next_u64(), 0x6E78_9E6A_A1B9_65F4);
        assert_eq!(r.next_u64(), 0x06C4_5D18_8009_454F);
    }

    #[test]
    fn ranges_stay_in_bounds() {
        let mut r = SplitMix64::new(42);
        for n in [1u64, 2, 3, 7, 1000, u64::MAX] {
            for _ in 0..200 {
                assert!(r.below(n) < n);
            }
        }
        assert_eq!(r.below(0), 0);
        for _ in 0..200 {
            let x = r.between(5, 9);
            assert!((5..=9).contains(&x));
        }
        assert_eq!(r.between(9, 5), 9);
        assert_eq!(r.one(&[7]), &7);
        assert!((0..100).all(|_| [1, 2, 3].contains(r.one(&[1, 2, 3]))));
        assert!(!r.chance(0, 3));
        assert!(r.chance(3, 3));
        assert_eq!(r.one_in(1, "yes", "no"), "yes");
        let yes = (0..4_000).filter(|_| r.one_in(4, true, false)).count();
        assert!((800..1200).contains(&yes), "{yes}");
    }

    #[test]
    fn draws_spread_over_the_range() {
        let mut r = SplitMix64::new(7);
        let mut seen = [0u32; 6];
        for _ in 0..6_000 {
            if let Some(slot) = seen.get_mut(r.index(6)) {
                *slot += 1;
            }
        }
        assert!(seen.iter().all(|&n| (800..1200).contains(&n)), "{seen:?}");
    }
}
