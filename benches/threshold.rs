//! しきい値判断 speed: the decision over 1,000,000 pre-generated inputs, from exact counts and
//! from bands. Target: at most 2 ns per decision, no allocation.
//!
//! ```sh
//! cargo bench --bench threshold -- --warm-up-time 1 --measurement-time 3
//! ```
//!
//! Criterion reports the time for the whole batch and, with the throughput set, elements per
//! second; time per decision = batch time / 1,000,000.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mynumber_pia::threshold::{
    HandlerCountBand, RequiredAssessment, SeriousIncident, SubjectCountBand, ThresholdInput,
    decide, decide_partial,
};

const N: usize = 1_000_000;

/// A small deterministic generator (xorshift64*), so the inputs are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// Exact inputs spread over every band: subjects log-uniform from 1 to ~10^7, handlers 0..1,000,
/// an incident one time in eight.
fn exact_inputs() -> Vec<(u64, u64, SeriousIncident)> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    (0..N)
        .map(|_| {
            let r = rng.next();
            let digits = (r % 8) as u32; // 10^0 ..= 10^7
            let subjects = 10u64.pow(digits) + (r >> 8) % 10u64.pow(digits).max(1) * 9;
            let handlers = (r >> 40) % 1_000;
            let incident = if (r >> 60) & 7 == 0 {
                SeriousIncident::Occurred
            } else {
                SeriousIncident::NotOccurred
            };
            (subjects, handlers, incident)
        })
        .collect()
}

/// Decides every input and sums the results, so no decision can be optimised away.
#[inline(always)]
fn sum_over<T>(inputs: &[T], decide: impl Fn(&T) -> RequiredAssessment) -> u64 {
    let mut sum = 0u64;
    for input in black_box(inputs) {
        sum += decide(input) as u64;
    }
    sum
}

fn bench(c: &mut Criterion) {
    let exact = exact_inputs();
    let bands: Vec<(SubjectCountBand, HandlerCountBand, SeriousIncident)> = exact
        .iter()
        .map(|&(s, h, i)| {
            (
                SubjectCountBand::from_count(s),
                HandlerCountBand::from_count(h),
                i,
            )
        })
        .collect();

    let mut group = c.benchmark_group("threshold");
    group.throughput(Throughput::Elements(N as u64));
    // From exact counts: the bands (`from_count`, `const`) then the decision.
    group.bench_function("decide_counts_1M", |b| {
        b.iter(|| {
            sum_over(&exact, |&(s, h, i)| {
                decide(
                    SubjectCountBand::from_count(s),
                    HandlerCountBand::from_count(h),
                    i,
                )
            })
        })
    });
    group.bench_function("decide_bands_1M", |b| {
        b.iter(|| sum_over(&bands, |&(s, h, i)| decide(s, h, i)))
    });
    // The whole input (exact counts, stated 重大事故) to the outcome with its grounds.
    group.bench_function("input_decide_1M", |b| {
        b.iter(|| {
            sum_over(&exact, |&(s, h, i)| {
                ThresholdInput::new(s, h, i).decide().required()
            })
        })
    });
    // 対象人数 only, as a 重点/全項目評価書 prints it: decided or one of two.
    group.bench_function("decide_partial_1M", |b| {
        b.iter(|| {
            sum_over(&exact, |&(s, _, _)| {
                decide_partial(SubjectCountBand::from_count(s).into(), None, None).highest()
            })
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
