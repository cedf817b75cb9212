//! Benchmarks for `wareki`: parsing every date written in the domain reports.
//!
//! Target (issue 3): at least 5 million dates per second. Criterion reports the throughput in
//! elements (dates) per second for the whole set.
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mynumber_pia::wareki::{DateValue, WarekiDate};

/// Every date written in the domain reports (seed 000 §7, §10; seed 001/002 A11, B12;
/// seed 003/004 Part F).
const REPORT_DATES: &[&str] = &[
    "2017/2/1",
    "2017/4/1",
    "2018/4/1",
    "2024-05-27",
    "2024/12/06",
    "H27.10",
    "H27.12",
    "H30.5.21",
    "R2.4.1",
    "R4.10",
    "R4.4.1",
    "R5.1",
    "R5.4.1",
    "R6.1.15",
    "R6.12.6",
    "R6.3.14",
    "R6.3.29",
    "R6.5.24",
    "R7.1.14",
    "令和1年",
    "令和1年6月27日",
    "令和2年",
    "令和2年10月22日",
    "令和2年4月1日",
    "令和2年4月1日時点",
    "令和2年4月１日時点",
    "令和2年7月10日",
    "令和3年10月",
    "令和3年4月1日",
    "令和3年4月1日時点",
    "令和3年4月１日時点",
    "令和3年7月26日",
    "令和4年3月2日",
    "令和4年4月1日",
    "令和4年4月1日時点",
    "令和5年",
    "令和5年3月1日",
    "令和5年4月1日",
    "令和5年4月1日時点",
    "令和6年10月",
    "令和6年11月14日",
    "令和6年11月1日",
    "令和6年11月22日",
    "令和6年12月6日",
    "令和6年12月6日(金)",
    "令和6年3月14日",
    "令和6年5月",
    "令和6年5月24日",
    "令和6年5月27日",
    "令和6年9月15日",
    "令和7年",
    "令和7年12月26日",
    "令和7年4月1日",
    "令和7年4月1日 時点",
    "令和7年5月30日",
    "令和7年9月5日",
    "令和元年",
    "令和４年１０月",
    "令和５年度",
    "令和５年４月１日",
    "令和５年４月１日 時点",
    "令和６年10月",
    "令和６年１月１５日",
    "令和６年１０月１５日",
    "令和６年１１月１日",
    "令和６年１１月１日 時点",
    "令和６年１１月１４日",
    "令和６年１１月２２日",
    "令和６年２月１４日",
    "令和６年３月２９日",
    "令和６年５月２４日",
    "令和６年５月２４日 時点",
    "令和６年５月２７日",
    "令和６年９月１５日",
    "令和７年１月１４日",
    "平成13年3月",
    "平成17年",
    "平成25年5月31日",
    "平成26年12月12日",
    "平成26年9月10日",
    "平成27年",
    "平成27年10月",
    "平成27年10月5日",
    "平成27年11月25日",
    "平成27年11月4日",
    "平成27年2月13日",
    "平成28年10月12日",
    "平成28年10月7日(金)",
    "平成28年1月",
    "平成28年1月1日",
    "平成28年4月1日",
    "平成28年6月30日",
    "平成29年",
    "平成29年10月25日",
    "平成29年11月18日(土)",
    "平成29年2月20日",
    "平成29年4月11日",
    "平成29年4月1日",
    "平成29年7月1日",
    "平成29年7月31日",
    "平成29年度",
    "平成30年",
    "平成30年10月12日",
    "平成30年11月15日",
    "平成30年1月1日",
    "平成30年4月",
    "平成30年4月1日",
    "平成30年7月31日",
    "平成30年7月31日　時点",
    "平成31年",
    "平成31年1月",
    "平成31年2月",
    "平成31年4月1日",
    "平成31年4月1日　時点",
    "平成31年4月1日時点",
    "平成十一年",
    "平成十八年",
    "平成２５年",
    "平成２７年度",
    "平成２７年１０月",
    "平成２８年度",
    "昭和22年",
    "昭和33年",
    "昭和38年",
    "昭和42年",
    "昭和２５年",
    "昭和３３年",
    "昭和３４年",
    "令和６年９月１５日から令和６年１０月１５日までの３１日間",
    "令和６年１月１５日から令和６年２月１４日までの３１日間",
    "（令和７年１月１４日）",
];

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("wareki");
    group.throughput(Throughput::Elements(REPORT_DATES.len() as u64));
    group.bench_function("parse_report_dates", |b| {
        b.iter(|| {
            let mut ok = 0usize;
            for text in REPORT_DATES {
                ok += usize::from(DateValue::parse(black_box(text)).is_ok());
            }
            assert_eq!(ok, REPORT_DATES.len());
            ok
        })
    });
    let days: Vec<WarekiDate> = REPORT_DATES
        .iter()
        .filter_map(|t| WarekiDate::parse(t).ok())
        .collect();
    group.throughput(Throughput::Elements(days.len() as u64));
    group.bench_function("format_official_and_short", |b| {
        let mut buf = String::with_capacity(64);
        b.iter(|| {
            use std::fmt::Write;
            for d in &days {
                buf.clear();
                let _ = write!(buf, "{d} {}", d.short());
                black_box(&buf);
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
