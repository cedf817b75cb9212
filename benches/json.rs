//! JSON load and save of the embedded samples (江戸川区 全項目, 川口市 重点, 熊谷市 基礎, 松戸市 重点).
//!
//! The figure that matters is the typed load against parsing the same bytes into
//! `serde_json::Value`, **parse only**: the values are kept and dropped outside the timed
//! region, so neither side is charged for freeing (freeing a `Value` tree is slow and would
//! flatter the typed load). Targets: typed load ≤ 0.8× the `Value` parse on each sample, and
//! ≤ 2.2× the physical anchor beside them, a serde_json `IgnoredAny` scan of the same bytes
//! (validate the JSON, build nothing). The typed load reads with the crate's own JSON reader
//! first (`src/report/reader.rs`), which scans string bodies faster per byte than serde_json,
//! so the ratio is what building the report costs over serde_json's scan, not a bound.
//!
//! The heap a loaded report holds is measured with a counting global allocator (target: a
//! 全項目 report under 1 MB). It counts only while that measurement runs: its count is a locked
//! add on every allocation, which a program that loads reports does not pay, and which would be
//! charged to the typed load alone (hundreds of allocations per load; the scan makes none).
//!
//! `cargo bench --bench json -- --warm-up-time 1 --measurement-time 3`

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

mod common;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use mynumber_pia::report::Report;
use mynumber_pia::samples::Sample;
use serde::de::IgnoredAny;

/// Counts the bytes allocated on the heap while [`COUNTING`] is set.
struct Counting;

/// The bytes allocated less the bytes freed while counting.
static LIVE: AtomicUsize = AtomicUsize::new(0);

/// Whether [`Counting`] counts: only while [`heap_report`] measures (a plain load when not).
static COUNTING: AtomicBool = AtomicBool::new(false);

// SAFETY: forwards every call to the system allocator unchanged; only counts sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if COUNTING.load(Ordering::Relaxed) {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            LIVE.fetch_add(new_size, Ordering::Relaxed);
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Heap bytes held by a loaded report, and by the same JSON as a `Value` (the one place where
/// [`Counting`] counts: every block it measures is allocated and freed while it counts).
fn heap_report(sample: Sample) {
    COUNTING.store(true, Ordering::SeqCst);
    let before = LIVE.load(Ordering::SeqCst);
    let report = Report::from_json(sample.json()).expect("sample loads");
    let typed = LIVE.load(Ordering::SeqCst) - before;
    drop(report);
    let before = LIVE.load(Ordering::SeqCst);
    let value: serde_json::Value = serde_json::from_str(sample.json()).expect("sample parses");
    let untyped = LIVE.load(Ordering::SeqCst) - before;
    drop(value);
    COUNTING.store(false, Ordering::SeqCst);
    println!(
        "heap: {:<18} ({:>6} bytes of JSON): Report {typed:>7} bytes ({:.1}% of 1 MB), \
         serde_json::Value {untyped:>7} bytes",
        sample.as_str(),
        sample.json().len(),
        typed as f64 / 10_485.76
    );
    assert!(typed < 1 << 20, "a report must stay under 1 MB of heap");
}

/// One timed parse; the result is returned so that it is dropped outside the timed region.
fn timed<T>(parse: impl FnOnce() -> T) -> (Duration, T) {
    let start = Instant::now();
    let value = parse();
    (start.elapsed(), value)
}

/// Runs in a block of one parser, each after its own previous result is freed.
const BLOCK: usize = 10;

/// Blocks of each parser per sample.
const BLOCKS: usize = 31;

/// The typed load, the `Value` parse and the `IgnoredAny` scan of one sample, parse only, medians
/// of 310 runs each.
///
/// The three take turns in blocks of [`BLOCK`] runs, so that a busy machine slows all three alike
/// while each runs as a program that loads one kind of value after another does: right after its
/// own previous result is freed. Turns of single runs would charge each parser for the other's
/// freeing: glibc's malloc tidies the small blocks freed before it at the next large request,
/// which only the typed load makes (a 全項目 part, a list of file blocks), so single turns made
/// the typed load pay for the `Value` tree dropped just before it (about 5% of its time).
fn ratios(sample: Sample) {
    let json = sample.json();
    // Room for every time before the first run: a vector that grew between runs would put its
    // new block among the parsers' and change where glibc's malloc tidies their freed blocks
    // (in a run or between runs), which moved the typed load of a sample by up to a tenth.
    let (mut typed, mut value, mut scan) = (
        Vec::with_capacity(BLOCKS * BLOCK),
        Vec::with_capacity(BLOCKS * BLOCK),
        Vec::with_capacity(BLOCKS * BLOCK),
    );
    for _ in 0..BLOCKS {
        for _ in 0..BLOCK {
            let (t, report) = timed(|| Report::from_json(black_box(json)).expect("loads"));
            typed.push(t);
            drop(report);
        }
        for _ in 0..BLOCK {
            let (t, tree) = timed(|| {
                serde_json::from_str::<serde_json::Value>(black_box(json)).expect("parses")
            });
            value.push(t);
            drop(tree);
        }
        for _ in 0..BLOCK {
            let (t, scanned) = timed(|| serde_json::from_str::<IgnoredAny>(black_box(json)));
            scan.push(t);
            scanned.expect("scans");
        }
    }
    let (typed, value, scan) = (
        common::median(typed),
        common::median(value),
        common::median(scan),
    );
    let ratio = typed.as_secs_f64() / value.as_secs_f64();
    let over_scan = typed.as_secs_f64() / scan.as_secs_f64();
    let gb_per_s = |t: Duration| json.len() as f64 / t.as_secs_f64() / 1e9;
    let met = |ok: bool| if ok { "met" } else { "NOT met" };
    println!(
        "ratio: {:<18} typed load {typed:>9.1?} / Value parse {value:>9.1?} = {ratio:.2} \
         (target ≤ 0.8: {}); / anchor IgnoredAny scan {scan:>9.1?} = {over_scan:.2} \
         (target ≤ 2.2: {}; scan {:.2} GB/s, typed load {:.2} GB/s)",
        sample.as_str(),
        met(ratio <= 0.8),
        met(over_scan <= 2.2),
        gb_per_s(scan),
        gb_per_s(typed),
    );
}

fn bench(c: &mut Criterion) {
    for &sample in Sample::ALL {
        heap_report(sample);
    }
    for &sample in Sample::ALL {
        ratios(sample);
    }
    for &sample in Sample::ALL {
        let json = sample.json();
        let mut group = c.benchmark_group(format!("json/{}", sample.as_str()));
        group.throughput(Throughput::Bytes(json.len() as u64));
        group.bench_function("load_typed_parse_only", |b| {
            b.iter_batched(
                || (),
                |()| Report::from_json(black_box(json)).expect("loads"),
                BatchSize::SmallInput,
            )
        });
        group.bench_function("parse_value_parse_only", |b| {
            b.iter_batched(
                || (),
                |()| serde_json::from_str::<serde_json::Value>(black_box(json)).expect("parses"),
                BatchSize::SmallInput,
            )
        });
        group.bench_function("scan_ignored_any", |b| {
            b.iter(|| serde_json::from_str::<IgnoredAny>(black_box(json)).expect("scans"))
        });
        let report = Report::from_json(json).expect("loads");
        group.bench_function("save", |b| b.iter(|| black_box(&report).to_json()));
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
