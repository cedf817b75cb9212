//! Worst cases of the two text parsers (issue 14): `LegalBasis::parse` and `DateValue::parse` on
//! 1 MB inputs made of one repeated token, with and without line breaks, beside typical inputs
//! (real citations and dates). Both parsers are linear: the cost per byte of a worst case stays
//! within 5× the typical cost per byte.
//!
//! Criterion measures each input; at the end a table prints the ns/byte of each worst case and
//! its ratio to the typical ns/byte (timed again here, best of a few runs, so that the table
//! stands on its own). `WORST_CASE_BYTES` sets the input size (default 1,000,000).
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};
use mynumber_pia::legal_basis::LegalBasis;
use mynumber_pia::wareki::DateValue;

/// Typical 法令上の根拠: real cells of 江戸川区, 新宿区, 川口市, 熊谷市 and 松戸市 reports.
const TYPICAL_BASES: &[&str] = &[
    "番号利用法第19条第８号に基づく主務省令第２条の表の１２５の項",
    "条例第4条第3項による番号利用法第19条第８号に基づく主務省令第２条の表の１３、１６、１９、１４５の項",
    "条例第4条第2項による条例別表第二の4の項及び条例第4条第3項による番号利用法第19条第８号に基づく主務省令第２条の表の８７の項",
    "江戸川区個人番号の利用に関する条例第4条第2項による条例別表第二の30の項",
    "住民基本台帳法第7条",
    "番号法第19条第8号 別表第二の109の項",
    "国民健康保険法　第113条の3　第1項及び第2項",
    "住民基本台帳法第30条の9  別表第1項番73の2(J-LIS照会による本人確認)",
    "…（以下この評価書において「番号利用法」という。）第９条第１項及び第２項、別表の44の項並びに番号利用法別表の主務省令で定める事務を定める命令第２４条",
    "国民健康保険法第七十六条の四において準用する介護保険法第百三十六条第一項（同法第百四十条第三項において準用する場合を含む。）、第百三十八条第一項又は第百四十一条第一項",
    "番号利用法第19条第7号（特定個人情報の提供の制限）、同法別表第二及び別表第二主務省令\n別表第二項番及び同主務省令：次のとおり\n58項　第31条の2の2 第5号イ、6号イ\n93項　第46条 第1項第1号、3号\n43項　第25条の2 第1項",
    "・番号法第9条第1項、別表第一の59の項\n・行政手続における特定の個人を識別するための番号の利用等に関する法律別表第一の主務省令で\n定める事務を定める命令（別表第一省令）（平成26年9月10日内閣府・総務省令第5号）第46条",
    "（1）情報提供の根拠\n　なし（情報提供は行わない。）\n(2) 情報照会の根拠\n ①番号法第19条第7号、別表第二第一欄が「市町村長」であって第二欄に「高齢者の医療の確保に関\nする法律」を含む項のうち本事務に該当するもの（82の項)\n ②行政手続における特定の個人を識別するための番号の利用等に関する法律別表第二の主務省令\nで定める事務及び情報を定める命令（平成26年12月12日内閣府・総務省令第７号）\n　①に係る事項については未制定",
];

/// Typical dates as the reports write them.
const TYPICAL_DATES: &[&str] = &[
    "令和6年12月6日",
    "令和７年１月１４日",
    "平成27年10月5日",
    "令和元年5月1日",
    "R6.12.6",
    "2024/12/6",
    "令和2年4月1日時点",
    "令和6年5月27日から令和6年6月25日までの30日間",
    "令和5年度",
    "平成28年1月",
];

/// Tokens whose repetition stresses the parsers: words that start something (別表第, 附則, 「（以下
/// 「…」という。）」), list glue (の, 、), numbers of every width, era names, and the openers of
/// headings and column conditions (【, <, 第一欄, 「).
const TOKENS: &[(&str, &str)] = &[
    ("別表第", "別表第"),
    ("附則", "附則"),
    ("の", "の"),
    ("、", "、"),
    ("definition", "（以下「番号法」という。）"),
    ("digits", "1"),
    ("full-width digits", "１"),
    ("kanji digits", "一"),
    ("kanji number", "百二十"),
    ("令和", "令和"),
    ("article", "第1条"),
    ("same-law", "同法"),
    ("paren", "（"),
    ("quote", "「"),
    ("name", "番号法"),
    ("row list", "1、"),
    ("bullet", "・1,"),
    ("notice", "平成27年2月13日府番第27号、"),
    ("date", "令和6年12月6日"),
    ("ideographic space", "　"),
    ("named then 同法", "国民健康保険法による同法"),
    ("等", "第1条等"),
    ("未制定", "条例第3条①に係る事項については未制定"),
    ("bracket heading", "【"),
    ("angle heading", "<"),
    ("heading line", "(1)情報提供の根拠"),
    ("column", "第一欄"),
    ("column name", "第三欄（"),
    ("column value", "第四欄：「"),
    ("column glue", "第一欄が「市町村長」であって"),
];

/// Line breaks put after each token in the "with line breaks" variants.
const BREAKS: &[(&str, &str)] = &[
    ("", ""),
    (" \\n", "\n"),
    (" \\r", "\r"),
    (" U+2028", "\u{2028}"),
];

/// `unit` repeated to at least `bytes` bytes.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len().max(1)))
}

/// The worst-case inputs: name and text.
fn worst_cases(bytes: usize) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (name, token) in TOKENS {
        for (bname, brk) in BREAKS {
            out.push((
                format!("{name}{bname}"),
                repeat_to(&format!("{token}{brk}"), bytes),
            ));
        }
    }
    // The issue's own case: a hundred line starts inside each name window.
    let unit = "あ\r".repeat(100) + "別表";
    out.push(("(あ\\r)×100 別表".to_owned(), repeat_to(&unit, bytes)));
    let unit = "あ\n".repeat(100) + "法(x)";
    out.push(("(あ\\n)×100 法(x)".to_owned(), repeat_to(&unit, bytes)));
    // Parentheses nested a hundred deep, each a definition or a quoted name.
    let unit = "(以下「番号法」".repeat(100) + &"という)".repeat(100);
    out.push(("nested definitions".to_owned(), repeat_to(&unit, bytes)));
    let unit = "番号法".to_owned() + &"(「番号法」".repeat(100) + &")".repeat(100) + "第1条";
    out.push(("nested quoted names".to_owned(), repeat_to(&unit, bytes)));
    // A quoted name of any length is read to its 」: one long quotation, and one never closed.
    let unit = format!("「{}法」第1条、", "あ".repeat(2_000));
    out.push(("long quoted names".to_owned(), repeat_to(&unit, bytes)));
    out.push((
        "unclosed quotation".to_owned(),
        format!("「{}", "あ".repeat(bytes / 3)),
    ));
    let unit = "番号法第1条".to_owned() + &" ".repeat(250) + "同法第2条";
    out.push(("back-reference reach".to_owned(), repeat_to(&unit, bytes)));
    // A date whose number runs on: the date parser reads the whole run once.
    out.push((
        "令和 + 1 MB of digits".to_owned(),
        format!("令和{}", "1".repeat(bytes)),
    ));
    out.push((
        "date + 1 MB of spaces".to_owned(),
        format!("令和6年12月6日{}", " ".repeat(bytes)),
    ));
    out
}

/// Best time of `runs` runs of `f`.
fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// `name` padded to `width` columns (kana and kanji take two).
fn pad(name: &str, width: usize) -> String {
    let cols: usize = name
        .chars()
        .map(|c| if c >= '\u{1100}' { 2 } else { 1 })
        .sum();
    format!("{name}{}", " ".repeat(width.saturating_sub(cols)))
}

fn ns_per_byte(d: Duration, bytes: usize) -> f64 {
    d.as_nanos() as f64 / bytes.max(1) as f64
}

/// ns/byte of `parse` over `texts`: best of 50 runs of `rounds` rounds.
fn typical_ns_per_byte(parse: fn(&[&str]), texts: &[&str], rounds: u32) -> f64 {
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let best = best_of(50, || {
        for _ in 0..rounds {
            parse(texts);
        }
    });
    ns_per_byte(best / rounds, bytes)
}

fn parse_bases(texts: &[&str]) {
    for t in texts {
        black_box(
            LegalBasis::parse(black_box(t))
                .map(|b| b.citations().len())
                .ok(),
        );
    }
}

fn parse_dates(texts: &[&str]) {
    for t in texts {
        black_box(DateValue::parse(black_box(t)).ok());
    }
}

fn main() {
    let bytes: usize = std::env::var("WORST_CASE_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let cases = worst_cases(bytes);
    let typical_bases_bytes: usize = TYPICAL_BASES.iter().map(|t| t.len()).sum();
    let typical_dates_bytes: usize = TYPICAL_DATES.iter().map(|t| t.len()).sum();

    let mut c = Criterion::default()
        .configure_from_args()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_secs(1));
    {
        let mut g = c.benchmark_group("worst_case/typical");
        g.throughput(Throughput::Bytes(typical_bases_bytes as u64));
        g.bench_function("legal_basis", |b| b.iter(|| parse_bases(TYPICAL_BASES)));
        g.throughput(Throughput::Bytes(typical_dates_bytes as u64));
        g.bench_function("wareki", |b| b.iter(|| parse_dates(TYPICAL_DATES)));
        g.finish();
    }
    {
        let mut g = c.benchmark_group("worst_case/legal_basis");
        for (name, text) in &cases {
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_function(name.as_str(), |b| b.iter(|| parse_bases(&[text.as_str()])));
        }
        g.finish();
    }
    {
        let mut g = c.benchmark_group("worst_case/wareki");
        for (name, text) in &cases {
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_function(name.as_str(), |b| b.iter(|| parse_dates(&[text.as_str()])));
        }
        g.finish();
    }
    c.final_summary();

    // The table: ns/byte of each worst case, and its ratio to the typical ns/byte.
    let typical_basis = typical_ns_per_byte(parse_bases, TYPICAL_BASES, 100);
    let typical_date = typical_ns_per_byte(parse_dates, TYPICAL_DATES, 1000);
    println!();
    println!("worst cases, {bytes} bytes each (target: ratio ≤ 5)");
    println!(
        "{} {:>14} {:>8} {:>14} {:>8}",
        pad("input", 28),
        "basis ns/byte",
        "ratio",
        "date ns/byte",
        "ratio"
    );
    println!(
        "{} {:>14.2} {:>8} {:>14.2} {:>8}",
        pad("typical", 28),
        typical_basis,
        "1.00",
        typical_date,
        "1.00"
    );
    let (mut worst_b, mut worst_d) = (0.0f64, 0.0f64);
    for (name, text) in &cases {
        let b = ns_per_byte(best_of(3, || parse_bases(&[text.as_str()])), text.len());
        let d = ns_per_byte(best_of(3, || parse_dates(&[text.as_str()])), text.len());
        worst_b = worst_b.max(b / typical_basis);
        worst_d = worst_d.max(d / typical_date);
        println!(
            "{} {:>14.2} {:>8.2} {:>14.4} {:>8.3}",
            pad(name, 28),
            b,
            b / typical_basis,
            d,
            d / typical_date
        );
    }
    println!("largest ratio: legal basis {worst_b:.2}, dates {worst_d:.3}");
}
