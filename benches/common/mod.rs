//! Helpers shared by the benches (included with `mod common;`): the median of repeated timings
//! for the one-line summaries the benches print beside criterion's full figures, in wall time or
//! in the CPU time of the bench's thread (the time on one core, whatever else runs on the shared
//! machine).

use std::hint::black_box;
use std::time::{Duration, Instant};

use cpu_time::ThreadTime;

/// The median of `times` (at least one).
#[allow(dead_code)] // not every bench uses every helper
pub fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// The median time of `runs` calls of `f`; each result is dropped inside the timing, as a
/// caller of `f` would.
#[allow(dead_code)] // not every bench uses every helper
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

/// The median CPU time of this thread and the median wall time of `runs` calls of `f`; each
/// result is dropped outside the timing.
#[allow(dead_code)] // not every bench uses every helper
pub fn cpu_and_wall<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration) {
    let mut cpu = Vec::with_capacity(runs);
    let mut wall = Vec::with_capacity(runs);
    for _ in 0..runs {
        let (start, start_cpu) = (Instant::now(), ThreadTime::now());
        let out = black_box(f());
        cpu.push(start_cpu.elapsed());
        wall.push(start.elapsed());
        drop(out);
    }
    (median(cpu), median(wall))
}
