//! Benchmarks for `change::compare`: two versions of the embedded 全項目 sample (江戸川区
//! 国民健康保険 全項目評価書) that differ in 10 items (target ≤ 20 µs), and the same pair with
//! the report 10× and 100× its size (every system, file block and their 委託事項, 提供先 and 移転先
//! repeated, each copy renamed so that it is another entry). Comparing should stay linear: the
//! bench prints the 10×/1× and 100×/1× ratios beside the sizes and checks that every size finds
//! the same 10 changes. The work is linear (a fixed part for the chapters outside the lists, then
//! every entry compared once); at 100× the two reports hold some 20 MB of text, more than the
//! caches, so the time per entry there also shows the memory's speed.
//!
//! `cargo bench --bench diff -- --warm-up-time 1 --measurement-time 3`
use std::hint::black_box;
use std::time::Duration;

use chrono::NaiveDate;
mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use mynumber_pia::change::compare;
use mynumber_pia::legal_basis::LegalBasis;
use mynumber_pia::report::{IncidentHistory, Report, StaffCountBand};
use mynumber_pia::samples::Sample;

/// `name` of the `copy`-th copy: `国保給付ファイル（写し3）`.
fn renamed(name: &str, copy: usize) -> String {
    format!("{name}（写し{copy}）")
}

/// `report` with its systems and file blocks repeated `times` times, every copy and every entry
/// of it under another name.
fn scaled(report: &Report, times: usize) -> Report {
    let mut big = report.clone();
    for copy in 1..times {
        big.systems.extend(report.systems.iter().map(|s| {
            let mut s = s.clone();
            s.name = renamed(&s.name, copy);
            s
        }));
        big.files.extend(report.files.iter().map(|f| {
            let mut f = f.clone();
            f.names = f.names.iter().map(|n| renamed(n, copy)).collect();
            for e in &mut f.entrustments {
                e.entrustee = e.entrustee.as_deref().map(|n| renamed(n, copy));
            }
            for d in f.provisions.iter_mut().chain(f.transfers.iter_mut()) {
                d.name = d.name.as_deref().map(|n| renamed(n, copy));
            }
            f
        }));
    }
    big
}

/// `report` changed in 10 items spread over the form: Ⅰ, the systems, three file blocks, a 委託事項,
/// a 提供先, Ⅲ, Ⅴ and Ⅵ.
fn changed(report: &Report) -> Report {
    let mut new = report.clone();
    new.affair.description = Some("事務の内容を改めた。".into());
    if let Some(s) = new.systems.get_mut(2) {
        s.functions = Some("資格確認書の一括更新を行う。".into());
    }
    if let Some(f) = new.files.get_mut(0) {
        f.storage.location = Some("ガバメントクラウドの国内データセンターに保管する。".into());
        if let Some(p) = f.provisions.get_mut(3) {
            p.legal_basis =
                LegalBasis::parse("番号利用法第19条第8号に基づく主務省令第2条の表の28の項").ok();
        }
    }
    if let Some(e) = new.files.get_mut(1).and_then(|f| f.entrustments.get_mut(2)) {
        e.entrustee = Some("株式会社新委託先".into());
    }
    if let Some(f) = new.files.get_mut(2) {
        f.usage.user_count = Some(StaffCountBand::From50To100);
    }
    if let Some(p) = new.full_mut() {
        let st = &mut p.risk_measures.storage.risk1;
        st.physical.detail = Some("入退室管理を強化した。".into());
        st.serious_incident.status = Some(IncidentHistory::Occurred);
    }
    new.disclosure.request_to = Some("総務部総務課".into());
    new.procedures.basic_assessment.date = NaiveDate::from_ymd_opt(2025, 11, 20);
    new
}

fn bench(c: &mut Criterion) {
    let one = Sample::EdogawaFull
        .load()
        .expect("embedded 全項目 sample loads");
    let pairs: Vec<(usize, Report, Report)> = [1, 10, 100]
        .into_iter()
        .map(|k| {
            let old = scaled(&one, k);
            let new = changed(&old);
            (k, old, new)
        })
        .collect();
    let mut times = Vec::new();
    for (k, old, new) in &pairs {
        let set = compare(old, new).expect("two versions of one report");
        assert_eq!(set.changes().len(), 10, "{k}×: {:#?}", set.changes());
        let entries: usize = old
            .files
            .iter()
            .map(|f| f.entrustments.len() + f.provisions.len() + f.transfers.len())
            .sum();
        let t = common::median_of(201, || compare(black_box(old), black_box(new)));
        eprintln!(
            "diff bench: {k}× report: {} systems, {} file blocks, {entries} 委託+提供+移転 entries",
            old.systems.len(),
            old.files.len()
        );
        times.push((*k, t));
    }
    let base = times[0].1.as_secs_f64();
    let line: Vec<String> = times
        .iter()
        .map(|(k, t)| format!("{k}× {t:.1?} ({:.1}× the 1× time)", t.as_secs_f64() / base))
        .collect();
    println!(
        "diff: {} — 1× target ≤ 20 µs: {}",
        line.join(", "),
        if times[0].1 <= Duration::from_micros(20) {
            "met"
        } else {
            "NOT met"
        }
    );

    for (k, old, new) in &pairs {
        c.bench_function(&format!("diff_full_sample_10_changes_{k}x"), |b| {
            b.iter(|| compare(black_box(old), black_box(new)))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
