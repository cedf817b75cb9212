//! JSON load and save of the embedded 全項目評価書 (江戸川区, seed 000), against parsing the same
//! bytes into `serde_json::Value` (target: typed load at least as fast, ratio ≤ 1), and the heap a
//! loaded report holds (measured with a counting global allocator; target under 1 MB).
//!
//! `cargo bench --bench json -- --warm-up-time 1 --measurement-time 3`

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mynumber_pia::report::Report;
use mynumber_pia::samples::Sample;

/// Counts the bytes currently allocated on the heap.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards every call to the system allocator unchanged; only counts sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Heap bytes held by the loaded 全項目 report, and by the same JSON as a `Value`.
fn heap_report(sample: Sample) {
    let before = LIVE.load(Ordering::SeqCst);
    let report = Report::from_json(sample.json()).expect("sample loads");
    let typed = LIVE.load(Ordering::SeqCst) - before;
    drop(report);
    let before = LIVE.load(Ordering::SeqCst);
    let value: serde_json::Value = serde_json::from_str(sample.json()).expect("sample parses");
    let untyped = LIVE.load(Ordering::SeqCst) - before;
    drop(value);
    println!(
        "heap: {} ({} bytes of JSON): Report {typed} bytes ({:.1}% of 1 MB), serde_json::Value \
         {untyped} bytes",
        sample.as_str(),
        sample.json().len(),
        typed as f64 / 10_485.76
    );
    assert!(
        typed < 1 << 20,
        "a 全項目 report must stay under 1 MB of heap"
    );
}

/// Median time of `f` over `n` runs (for the ratio line; criterion gives the full figures).
fn median(n: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[n / 2]
}

fn bench(c: &mut Criterion) {
    let sample = Sample::EdogawaFull;
    let json = sample.json();
    heap_report(sample);

    let typed = median(201, || {
        black_box(Report::from_json(black_box(json)).expect("loads"));
    });
    let value = median(201, || {
        black_box(serde_json::from_str::<serde_json::Value>(black_box(json)).expect("parses"));
    });
    let ratio = typed.as_secs_f64() / value.as_secs_f64();
    println!(
        "ratio: typed load {typed:?} / Value parse {value:?} = {ratio:.2} ({}; target ≤ 1: {})",
        sample.as_str(),
        if ratio <= 1.0 { "met" } else { "NOT met" }
    );

    let mut group = c.benchmark_group(format!("json/{}", sample.as_str()));
    group.throughput(Throughput::Bytes(json.len() as u64));
    group.bench_function("load_typed", |b| {
        b.iter(|| Report::from_json(black_box(json)).expect("loads"))
    });
    group.bench_function("parse_value", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(json)).expect("parses"))
    });
    let report = Report::from_json(json).expect("loads");
    group.bench_function("save", |b| b.iter(|| black_box(&report).to_json()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
