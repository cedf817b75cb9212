//! Helpers shared by the benches (included with `mod common;`): the median of repeated timings
//! for the one-line summaries the benches print beside criterion's full figures.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// The median of `times` (at least one).
#[allow(dead_code)] // not every bench uses both helpers
pub fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// The median time of `runs` calls of `f`; each result is dropped inside the timing, as a
/// caller of `f` would.
#[allow(dead_code)] // not every bench uses both helpers
pub fn median_of<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                black_box(f());
                start.elapsed()
            })
            .collect(),
    )
}
