//! Integration tests for `mynumber_pia::wareki`: every date shape in the domain reports, the
//! refusals, exhaustive round trips from 1873 to 2100, never-panics and no allocation.

use mynumber_pia::Choice;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use chrono::NaiveDate;
use mynumber_pia::wareki::{
    DateKind, DateRange, DateValue, Era, FiscalYear, WarekiDate, WarekiError, WarekiYear, YearMonth,
};
use proptest::prelude::*;

/// Every date written in the domain reports (seed 000 §7, §10; seed 001/002 A11, B12;
/// seed 003/004 Part F), with its ISO style and official 和暦.
const REPORT_EXAMPLES: &[(&str, &str, &str)] = &[
    ("2017/2/1", "2017-02-01", "平成29年2月1日"),
    ("2017/4/1", "2017-04-01", "平成29年4月1日"),
    ("2018/4/1", "2018-04-01", "平成30年4月1日"),
    ("2024-05-27", "2024-05-27", "令和6年5月27日"),
    ("2024/12/06", "2024-12-06", "令和6年12月6日"),
    ("H27.10", "2015-10", "平成27年10月"),
    ("H27.12", "2015-12", "平成27年12月"),
    ("H30.5.21", "2018-05-21", "平成30年5月21日"),
    ("R2.4.1", "2020-04-01", "令和2年4月1日"),
    ("R4.10", "2022-10", "令和4年10月"),
    ("R4.4.1", "2022-04-01", "令和4年4月1日"),
    ("R5.1", "2023-01", "令和5年1月"),
    ("R5.4.1", "2023-04-01", "令和5年4月1日"),
    ("R6.1.15", "2024-01-15", "令和6年1月15日"),
    ("R6.12.6", "2024-12-06", "令和6年12月6日"),
    ("R6.3.14", "2024-03-14", "令和6年3月14日"),
    ("R6.3.29", "2024-03-29", "令和6年3月29日"),
    ("R6.5.24", "2024-05-24", "令和6年5月24日"),
    ("R7.1.14", "2025-01-14", "令和7年1月14日"),
    ("令和1年", "2019", "令和元年"),
    ("令和1年6月27日", "2019-06-27", "令和元年6月27日"),
    ("令和2年", "2020", "令和2年"),
    ("令和2年10月22日", "2020-10-22", "令和2年10月22日"),
    ("令和2年4月1日", "2020-04-01", "令和2年4月1日"),
    ("令和2年4月1日時点", "2020-04-01", "令和2年4月1日"),
    ("令和2年4月１日時点", "2020-04-01", "令和2年4月1日"),
    ("令和2年7月10日", "2020-07-10", "令和2年7月10日"),
    ("令和3年10月", "2021-10", "令和3年10月"),
    ("令和3年4月1日", "2021-04-01", "令和3年4月1日"),
    ("令和3年4月1日時点", "2021-04-01", "令和3年4月1日"),
    ("令和3年4月１日時点", "2021-04-01", "令和3年4月1日"),
    ("令和3年7月26日", "2021-07-26", "令和3年7月26日"),
    ("令和4年3月2日", "2022-03-02", "令和4年3月2日"),
    ("令和4年4月1日", "2022-04-01", "令和4年4月1日"),
    ("令和4年4月1日時点", "2022-04-01", "令和4年4月1日"),
    ("令和5年", "2023", "令和5年"),
    ("令和5年3月1日", "2023-03-01", "令和5年3月1日"),
    ("令和5年4月1日", "2023-04-01", "令和5年4月1日"),
    ("令和5年4月1日時点", "2023-04-01", "令和5年4月1日"),
    ("令和6年10月", "2024-10", "令和6年10月"),
    ("令和6年11月14日", "2024-11-14", "令和6年11月14日"),
    ("令和6年11月1日", "2024-11-01", "令和6年11月1日"),
    ("令和6年11月22日", "2024-11-22", "令和6年11月22日"),
    ("令和6年12月6日", "2024-12-06", "令和6年12月6日"),
    ("令和6年12月6日(金)", "2024-12-06", "令和6年12月6日"),
    ("令和6年3月14日", "2024-03-14", "令和6年3月14日"),
    ("令和6年5月", "2024-05", "令和6年5月"),
    ("令和6年5月24日", "2024-05-24", "令和6年5月24日"),
    ("令和6年5月27日", "2024-05-27", "令和6年5月27日"),
    ("令和6年9月15日", "2024-09-15", "令和6年9月15日"),
    ("令和7年", "2025", "令和7年"),
    ("令和7年12月26日", "2025-12-26", "令和7年12月26日"),
    ("令和7年4月1日", "2025-04-01", "令和7年4月1日"),
    ("令和7年4月1日 時点", "2025-04-01", "令和7年4月1日"),
    ("令和7年5月30日", "2025-05-30", "令和7年5月30日"),
    ("令和7年9月5日", "2025-09-05", "令和7年9月5日"),
    ("令和元年", "2019", "令和元年"),
    ("令和４年１０月", "2022-10", "令和4年10月"),
    ("令和５年度", "FY2023", "令和5年度"),
    ("令和５年４月１日", "2023-04-01", "令和5年4月1日"),
    ("令和５年４月１日 時点", "2023-04-01", "令和5年4月1日"),
    ("令和６年10月", "2024-10", "令和6年10月"),
    ("令和６年１月１５日", "2024-01-15", "令和6年1月15日"),
    ("令和６年１０月１５日", "2024-10-15", "令和6年10月15日"),
    ("令和６年１１月１日", "2024-11-01", "令和6年11月1日"),
    ("令和６年１１月１日 時点", "2024-11-01", "令和6年11月1日"),
    ("令和６年１１月１４日", "2024-11-14", "令和6年11月14日"),
    ("令和６年１１月２２日", "2024-11-22", "令和6年11月22日"),
    ("令和６年２月１４日", "2024-02-14", "令和6年2月14日"),
    ("令和６年３月２９日", "2024-03-29", "令和6年3月29日"),
    ("令和６年５月２４日", "2024-05-24", "令和6年5月24日"),
    ("令和６年５月２４日 時点", "2024-05-24", "令和6年5月24日"),
    ("令和６年５月２７日", "2024-05-27", "令和6年5月27日"),
    ("令和６年９月１５日", "2024-09-15", "令和6年9月15日"),
    ("令和７年１月１４日", "2025-01-14", "令和7年1月14日"),
    ("平成13年3月", "2001-03", "平成13年3月"),
    ("平成17年", "2005", "平成17年"),
    ("平成25年5月31日", "2013-05-31", "平成25年5月31日"),
    ("平成26年12月12日", "2014-12-12", "平成26年12月12日"),
    ("平成26年9月10日", "2014-09-10", "平成26年9月10日"),
    ("平成27年", "2015", "平成27年"),
    ("平成27年10月", "2015-10", "平成27年10月"),
    ("平成27年10月5日", "2015-10-05", "平成27年10月5日"),
    ("平成27年11月25日", "2015-11-25", "平成27年11月25日"),
    ("平成27年11月4日", "2015-11-04", "平成27年11月4日"),
    ("平成27年2月13日", "2015-02-13", "平成27年2月13日"),
    ("平成28年10月12日", "2016-10-12", "平成28年10月12日"),
    ("平成28年10月7日(金)", "2016-10-07", "平成28年10月7日"),
    ("平成28年1月", "2016-01", "平成28年1月"),
    ("平成28年1月1日", "2016-01-01", "平成28年1月1日"),
    ("平成28年4月1日", "2016-04-01", "平成28年4月1日"),
    ("平成28年6月30日", "2016-06-30", "平成28年6月30日"),
    ("平成29年", "2017", "平成29年"),
    ("平成29年10月25日", "2017-10-25", "平成29年10月25日"),
    ("平成29年11月18日(土)", "2017-11-18", "平成29年11月18日"),
    ("平成29年2月20日", "2017-02-20", "平成29年2月20日"),
    ("平成29年4月11日", "2017-04-11", "平成29年4月11日"),
    ("平成29年4月1日", "2017-04-01", "平成29年4月1日"),
    ("平成29年7月1日", "2017-07-01", "平成29年7月1日"),
    ("平成29年7月31日", "2017-07-31", "平成29年7月31日"),
    ("平成29年度", "FY2017", "平成29年度"),
    ("平成30年", "2018", "平成30年"),
    ("平成30年10月12日", "2018-10-12", "平成30年10月12日"),
    ("平成30年11月15日", "2018-11-15", "平成30年11月15日"),
    ("平成30年1月1日", "2018-01-01", "平成30年1月1日"),
    ("平成30年4月", "2018-04", "平成30年4月"),
    ("平成30年4月1日", "2018-04-01", "平成30年4月1日"),
    ("平成30年7月31日", "2018-07-31", "平成30年7月31日"),
    ("平成30年7月31日　時点", "2018-07-31", "平成30年7月31日"),
    ("平成31年", "2019", "平成31年"),
    ("平成31年1月", "2019-01", "平成31年1月"),
    ("平成31年2月", "2019-02", "平成31年2月"),
    ("平成31年4月1日", "2019-04-01", "平成31年4月1日"),
    ("平成31年4月1日　時点", "2019-04-01", "平成31年4月1日"),
    ("平成31年4月1日時点", "2019-04-01", "平成31年4月1日"),
    ("平成十一年", "1999", "平成11年"),
    ("平成十八年", "2006", "平成18年"),
    ("平成２５年", "2013", "平成25年"),
    ("平成２７年度", "FY2015", "平成27年度"),
    ("平成２７年１０月", "2015-10", "平成27年10月"),
    ("平成２８年度", "FY2016", "平成28年度"),
    ("昭和22年", "1947", "昭和22年"),
    ("昭和33年", "1958", "昭和33年"),
    ("昭和38年", "1963", "昭和38年"),
    ("昭和42年", "1967", "昭和42年"),
    ("昭和２５年", "1950", "昭和25年"),
    ("昭和３３年", "1958", "昭和33年"),
    ("昭和３４年", "1959", "昭和34年"),
    (
        "令和６年９月１５日から令和６年１０月１５日までの３１日間",
        "2024-09-15/2024-10-15",
        "令和6年9月15日から令和6年10月15日までの31日間",
    ),
    (
        "令和６年１月１５日から令和６年２月１４日までの３１日間",
        "2024-01-15/2024-02-14",
        "令和6年1月15日から令和6年2月14日までの31日間",
    ),
    ("（令和７年１月１４日）", "2025-01-14", "令和7年1月14日"),
];

#[test]
fn every_report_example_parses_to_its_value() {
    for &(text, iso, official) in REPORT_EXAMPLES {
        let value = DateValue::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(value.iso().to_string(), iso, "{text}");
        assert_eq!(value.to_string(), official, "{text}");
        // What is printed reads back as the same value.
        assert_eq!(DateValue::parse(official), Ok(value), "{official}");
        assert_eq!(
            DateValue::parse(iso).map(|v| v.iso().to_string()),
            Ok(iso.to_owned())
        );
    }
    assert!(REPORT_EXAMPLES.len() >= 120);
}

#[test]
fn the_bench_parses_every_report_example() {
    let bench = include_str!("../benches/wareki.rs");
    let missing: Vec<&str> = REPORT_EXAMPLES
        .iter()
        .map(|(text, _, _)| *text)
        .filter(|text| !bench.contains(&format!("    \"{text}\",\n")))
        .collect();
    assert!(missing.is_empty(), "not in benches/wareki.rs: {missing:?}");
}

#[test]
fn shapes_named_in_issue_3() {
    let day = |s: &str| WarekiDate::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"));
    let d = WarekiDate::new(Era::Reiwa, 6, 12, 6).unwrap();
    for text in [
        "令和6年12月6日",
        "令和６年１２月６日",
        "R6.12.6",
        "R6/12/6",
        "Ｒ６．１２．６",
        "2024-12-06",
        "2024/12/6",
        "2024年12月6日",
        "令和6年12月6日(金)",
        "令和6年12月6日（金）",
        "令和6年12月6日 (金)",
        "令和6年12月6日時点",
        "令和6年12月6日　時点",
        "  令和 6 年 12 月 6 日  ",
        "令和六年十二月六日",
        "㋿6年12月6日",
    ] {
        assert_eq!(day(text), d, "{text}");
    }
    assert_eq!(day("令和元年5月1日").to_naive(), ymd(2019, 5, 1));
    assert_eq!(day("令和1年6月27日").to_naive(), ymd(2019, 6, 27));
    assert_eq!(day("平成十一年三月三十一日").to_naive(), ymd(1999, 3, 31));
    assert_eq!(day("平成二十年十月二十日").to_naive(), ymd(2008, 10, 20));
    assert_eq!(day("H30.5.21").to_naive(), ymd(2018, 5, 21));
    assert_eq!(day("S64.1.7").to_naive(), ymd(1989, 1, 7));
    assert_eq!(day("R7.1.14").to_naive(), ymd(2025, 1, 14));
    assert_eq!(day("令和7年4月1日 時点").to_naive(), ymd(2025, 4, 1));

    let m = YearMonth::parse("平成27年10月").unwrap();
    assert_eq!((m.year(), m.month()), (2015, 10));
    assert_eq!(
        YearMonth::parse("R4.10").unwrap().iso().to_string(),
        "2022-10"
    );
    assert_eq!(FiscalYear::parse("令和５年度").unwrap().start_year(), 2023);
    assert_eq!(
        FiscalYear::parse("FY2023").unwrap().to_string(),
        "令和5年度"
    );
    assert_eq!(WarekiYear::parse("平成十一年").unwrap().year(), 1999);
}

#[test]
fn kinds_are_never_silently_a_day() {
    let wrong = |s: &str, found| {
        assert_eq!(
            WarekiDate::parse(s),
            Err(WarekiError::WrongKind {
                expected: DateKind::Day,
                found
            }),
            "{s}"
        );
    };
    wrong("平成27年10月", DateKind::YearMonth);
    wrong("R4.10", DateKind::YearMonth);
    wrong("令和５年度", DateKind::FiscalYear);
    wrong("平成十一年", DateKind::Year);
    wrong("令和6年1月15日から令和6年2月14日まで", DateKind::Range);
    assert_eq!(
        FiscalYear::parse("令和5年4月1日").unwrap_err().to_string(),
        "年度が必要ですが、年月日が書かれています"
    );
    assert!(YearMonth::parse("令和5年度").is_err());
    assert!(DateRange::parse("令和5年4月1日").is_err());
}

#[test]
fn refusals_say_why() {
    let msg = |s: &str| DateValue::parse(s).unwrap_err().to_string();
    assert_eq!(msg("平成31年5月1日"), "平成は平成31年4月30日までです");
    assert_eq!(msg("令和元年4月30日"), "令和元年は5月1日からです");
    assert_eq!(msg("昭和64年1月8日"), "昭和は昭和64年1月7日までです");
    assert_eq!(msg("平成元年1月7日"), "平成元年は1月8日からです");
    assert_eq!(msg("大正15年12月25日"), "大正は大正15年12月24日までです");
    assert_eq!(msg("平成32年1月1日"), "平成は平成31年4月30日までです");
    assert_eq!(msg("平成31年5月"), "平成は平成31年4月30日までです");
    assert_eq!(msg("令和元年4月"), "令和元年は5月1日からです");
    assert_eq!(msg("昭和64年度"), "昭和は昭和64年1月7日までです");
    assert_eq!(
        msg("令和6年2月30日"),
        "令和6年2月30日はありません（令和6年2月は29日までです）"
    );
    assert_eq!(
        msg("令和5年2月29日"),
        "令和5年2月29日はありません（令和5年2月は28日までです）"
    );
    assert_eq!(
        msg("2023/2/29"),
        "2023年2月29日はありません（2023年2月は28日までです）"
    );
    assert_eq!(
        msg("令和0年1月1日"),
        "令和0年はありません（最初の年は令和元年です）"
    );
    assert_eq!(
        msg("R0.1.1"),
        "令和0年はありません（最初の年は令和元年です）"
    );
    assert_eq!(
        msg("令和6年13月1日"),
        "13月はありません（1月から12月までです）"
    );
    assert_eq!(
        msg("令和6年12月6日(木)"),
        "令和6年12月6日は金曜日です（「木」と書かれています）"
    );
    assert_eq!(
        msg("令和６年９月１５日から令和６年１０月１５日までの３０日間"),
        "令和6年9月15日から令和6年10月15日までは両端を含めて31日間です（30日間と書かれています）"
    );
    assert_eq!(
        msg("令和6年10月15日から令和6年9月15日まで"),
        "期間の終わり（令和6年9月15日）が始まり（令和6年10月15日）より前です"
    );
    assert_eq!(msg("(令和5年4月1日～)"), "期間の終わりの日付がありません");
    assert_eq!(msg("   "), "日付が空です");
    assert_eq!(
        msg("令和6年12月6日以後"),
        "10文字目の「以」から後は日付として読めません"
    );
    assert_eq!(
        msg("令和6年12月6"),
        "9文字目: 「日」が必要です（文が終わっています）"
    );
    assert!(msg("明治5年12月2日").contains("旧暦"));
    assert!(msg("1800-01-01").contains("旧暦"));
    assert_eq!(
        msg("1867年"),
        "明治元年（1868年）より前の年は和暦で表せません"
    );
    assert_eq!(
        msg("明治18年度"),
        "4月に始まる年度は明治19年度（1886年度）からです"
    );
    assert_eq!(
        msg("令和99999999年1月1日"),
        "9999年より後の日付は扱いません"
    );
    assert_eq!(msg("令和99999999999年"), "3文字目: 数が大きすぎます");
}

#[test]
fn era_boundaries_from_the_readme() {
    assert!(WarekiDate::parse("平成31年4月30日").is_ok());
    assert!(WarekiDate::parse("昭和64年1月7日").is_ok());
    assert!(WarekiDate::parse("平成元年1月8日").is_ok());
    assert!(WarekiDate::parse("明治45年7月29日").is_ok());
    assert!(WarekiDate::parse("大正元年7月30日").is_ok());
    assert!(WarekiDate::parse("昭和元年12月25日").is_ok());
    assert!(WarekiDate::parse("明治6年1月1日").is_ok());
    for era in Era::ALL {
        let first = WarekiDate::from_naive(era.first_day().max(WarekiDate::MIN.to_naive()));
        assert_eq!(first.map(WarekiDate::era), Ok(*era));
    }
}

#[test]
fn ranges() {
    let r = DateRange::parse("令和６年９月１５日から令和６年１０月１５日までの３１日間").unwrap();
    assert_eq!((r.days(), r.stated_days()), (31, Some(31)));
    assert_eq!(r.start().to_naive(), ymd(2024, 9, 15));
    assert_eq!(r.end().to_naive(), ymd(2024, 10, 15));
    assert!(r.contains(ymd(2024, 10, 15)));
    assert!(!r.contains(ymd(2024, 10, 16)));
    for text in [
        "令和6年9月15日から同年10月15日まで",
        "令和6年9月15日から10月15日まで",
        "令和6年9月15日～令和6年10月15日",
        "令和6年9月15日〜10月15日",
        "R6.9.15~R6.10.15",
        "2024-09-15/2024-10-15",
        "令和6年9月15日（日）から令和6年10月15日（火）までの31日間",
    ] {
        let parsed = DateRange::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(
            (parsed.start(), parsed.end()),
            (r.start(), r.end()),
            "{text}"
        );
    }
    let short = DateRange::parse("令和6年9月1日から15日まで").unwrap();
    assert_eq!((short.days(), short.stated_days()), (15, None));
    let across = DateRange::parse("平成31年4月30日から令和元年5月1日までの2日間").unwrap();
    assert_eq!(
        across.to_string(),
        "平成31年4月30日から令和元年5月1日までの2日間"
    );
    assert!(DateRange::parse("令和6年9月15日から令和6年10月").is_err());
}

#[test]
fn periods_written_in_two_eras() {
    assert_eq!(
        FiscalYear::parse("平成31年度").unwrap(),
        FiscalYear::parse("令和元年度").unwrap()
    );
    assert_eq!(
        FiscalYear::parse("令和元年度").unwrap().to_string(),
        "令和元年度"
    );
    assert_eq!(
        FiscalYear::parse("平成31年度").unwrap().to_string(),
        "平成31年度"
    );
    assert_eq!(
        FiscalYear::from_gregorian(2019).unwrap().to_string(),
        "令和元年度"
    );
    assert_eq!(
        YearMonth::parse("昭和64年1月").unwrap(),
        YearMonth::parse("平成元年1月").unwrap()
    );
    assert_eq!(
        WarekiYear::parse("平成31年").unwrap(),
        WarekiYear::parse("令和元年").unwrap()
    );
    let fy = WarekiDate::parse("令和元年5月1日")
        .unwrap()
        .fiscal_year()
        .unwrap();
    assert_eq!(fy.iso().to_string(), "FY2019");
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Every day from 1873-01-01 to 2100-12-31 round-trips through the official, short and ISO
/// styles (83,259 days, exhaustively).
#[test]
fn every_day_1873_to_2100_round_trips() {
    use std::fmt::Write;
    let mut day = ymd(1873, 1, 1);
    let last = ymd(2100, 12, 31);
    let mut count = 0;
    let mut buf = String::new();
    while day <= last {
        let w = WarekiDate::from_naive(day).unwrap();
        assert_eq!(w.to_naive(), day);
        assert_eq!(
            WarekiDate::new(w.era(), w.year(), w.month(), w.day()),
            Ok(w)
        );
        for style in 0..3 {
            buf.clear();
            match style {
                0 => write!(buf, "{w}"),
                1 => write!(buf, "{}", w.short()),
                _ => write!(buf, "{}", w.iso()),
            }
            .unwrap();
            assert_eq!(WarekiDate::parse(&buf), Ok(w), "{buf}");
        }
        count += 1;
        day = day.succ_opt().unwrap();
    }
    assert_eq!(count, (last - ymd(1873, 1, 1)).num_days() + 1);
}

#[test]
fn every_month_year_and_fiscal_year_round_trips() {
    for year in 1873..=2100 {
        for month in 1..=12 {
            let m = YearMonth::from_gregorian(year, month).unwrap();
            for text in [m.to_string(), m.short().to_string(), m.iso().to_string()] {
                let back = YearMonth::parse(&text).unwrap();
                assert_eq!(back, m, "{text}");
                assert_eq!(back.era(), m.era(), "{text}");
            }
            assert!(m.contains(m.first_day()) && m.contains(m.last_day()));
        }
        let y = WarekiYear::from_gregorian(year).unwrap();
        assert_eq!(WarekiYear::parse(&y.to_string()), Ok(y));
        if year >= 1886 {
            let fy = FiscalYear::from_gregorian(year).unwrap();
            for text in [fy.to_string(), fy.iso().to_string()] {
                assert_eq!(FiscalYear::parse(&text), Ok(fy), "{text}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    /// Any text gives a value that reads back from its printed form, or an error of one line.
    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        match DateValue::parse(&text) {
            Ok(v) => prop_assert_eq!(DateValue::parse(&v.to_string()).map(|b| b.to_string()), Ok(v.to_string())),
            Err(e) => prop_assert!(!e.to_string().contains('\n'), "{:?}", e.to_string()),
        }
    }

    #[test]
    fn date_like_text_never_panics(
        text in "[令和平成昭大正明治元〇一二三四五六七八九十百千0-9０-９年月日度間同.．/／\\-~～〜()（）金土曜時点現在からまでのRHSrｈ FY　]{0,40}"
    ) {
        if let Ok(v) = DateValue::parse(&text) {
            // Whatever is accepted prints and reads back as itself.
            let printed = v.to_string();
            let back = DateValue::parse(&printed);
            prop_assert!(back.is_ok(), "{} → {}: {:?}", text, printed, back);
        }
    }

    #[test]
    fn new_accepts_exactly_the_days_of_the_era(
        era in prop::sample::select(Era::ALL.to_vec()),
        year in 0u32..70,
        month in 0u32..14,
        day in 0u32..33,
    ) {
        let result = WarekiDate::new(era, year, month, day);
        let gregorian = era.first_year() + year as i32 - 1;
        let date = NaiveDate::from_ymd_opt(gregorian, month, day)
            .filter(|d| year > 0 && era.contains(*d) && *d >= WarekiDate::MIN.to_naive());
        prop_assert_eq!(result.ok().map(WarekiDate::to_naive), date);
    }

    /// The issue's property, sampled (the exhaustive test above walks every day too): any day
    /// from 1873-01-01 to 2100-12-31 reads back from both the official and the short style, and
    /// the official style writes 元年 for year 1.
    #[test]
    fn any_day_1873_to_2100_round_trips_through_both_formats(offset in 0u64..83_259) {
        let day = ymd(1873, 1, 1) + chrono::Days::new(offset);
        prop_assert!(day <= ymd(2100, 12, 31));
        let w = WarekiDate::from_naive(day).unwrap();
        let official = w.to_string();
        let short = w.short().to_string();
        prop_assert_eq!(WarekiDate::parse(&official), Ok(w), "{}", official);
        prop_assert_eq!(WarekiDate::parse(&short), Ok(w), "{}", short);
        prop_assert_eq!(official.contains("元年"), w.year() == 1, "{}", official);
        prop_assert!(short.starts_with(w.era().initial()), "{}", short);
    }

    #[test]
    fn ordering_follows_days(a in 0u64..83_000, b in 0u64..83_000) {
        let base = ymd(1873, 1, 1);
        let da = WarekiDate::from_naive(base + chrono::Days::new(a)).unwrap();
        let db = WarekiDate::from_naive(base + chrono::Days::new(b)).unwrap();
        prop_assert_eq!(da.cmp(&db), a.cmp(&b));
    }
}

// --- No allocation on the happy path --------------------------------------------------------

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards every call to the system allocator unchanged; it only counts the allocations
// made on the current thread.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn parsing_a_date_allocates_nothing() {
    // Warm up anything initialised lazily.
    let _ = DateValue::parse("令和6年12月6日");
    let before = ALLOCATIONS.with(Cell::get);
    let mut ok = 0;
    for &(text, _, _) in REPORT_EXAMPLES {
        ok += usize::from(DateValue::parse(text).is_ok());
    }
    let after = ALLOCATIONS.with(Cell::get);
    assert_eq!(ok, REPORT_EXAMPLES.len());
    assert_eq!(after - before, 0, "allocations while parsing");
}

/// The first and last days of every year, 年度 and month, and the day count of the longest
/// range, exist for the whole span the crate accepts (the `expect`s in `first_day`, `last_day`,
/// `era_year` and `DateRange::days` hold).
#[test]
fn every_value_from_1873_to_9999_has_its_first_and_last_day() {
    for year in 1873..=9999 {
        let y = WarekiYear::from_gregorian(year).unwrap();
        assert!(y.first_day() < y.last_day() && y.era_year() >= 1, "{year}");
        if let Ok(fy) = FiscalYear::from_gregorian(year) {
            assert!(
                fy.first_day() < fy.last_day() && fy.era_year() >= 1,
                "FY{year}"
            );
        }
        for month in 1..=12 {
            let m = YearMonth::from_gregorian(year, month).unwrap();
            assert!(
                m.first_day() <= m.last_day() && m.era_year() >= 1,
                "{year}-{month}"
            );
        }
    }
    let first = WarekiDate::from_naive(NaiveDate::from_ymd_opt(1873, 1, 1).unwrap()).unwrap();
    let last = WarekiDate::from_naive(NaiveDate::from_ymd_opt(9999, 12, 31).unwrap()).unwrap();
    assert_eq!(DateRange::new(first, last).unwrap().days(), 2_968_325);
}

/// A character outside the Basic Multilingual Plane (4 bytes in UTF-8) is decoded whole and shown
/// as it is in the message (mutation testing: the 4-byte decoding was untested).
#[test]
fn a_four_byte_character_is_shown_whole() {
    let err = DateValue::parse("令和6年😀").unwrap_err();
    assert!(err.to_string().contains("「😀」"), "{err}");
    let err = DateValue::parse("𠀋").unwrap_err();
    assert!(err.to_string().contains("「𠀋」"), "{err}");
    // Every length of UTF-8 at the edges of its lead bytes: U+0080 and U+07FF (2 bytes), U+0800
    // (lead byte 0xE0) and U+FFFD (3 bytes), U+10000 (4 bytes).
    for c in ['\u{80}', '\u{7ff}', '\u{800}', '\u{fffd}', '\u{10000}'] {
        let err = DateValue::parse(&format!("令和6年{c}")).unwrap_err();
        let shown = format!("「{}」", c.escape_debug());
        let raw = format!("「{c}」");
        let message = err.to_string();
        assert!(
            message.contains(&shown) || message.contains(&raw),
            "{c:?}: {message}"
        );
    }
}

/// `WarekiYear::contains`: the days of its Gregorian year, and no other.
#[test]
fn a_year_contains_its_own_days() {
    let year = WarekiYear::parse("令和元年").unwrap();
    assert!(year.contains(NaiveDate::from_ymd_opt(2019, 1, 1).unwrap()));
    assert!(year.contains(NaiveDate::from_ymd_opt(2019, 12, 31).unwrap()));
    assert!(!year.contains(NaiveDate::from_ymd_opt(2018, 12, 31).unwrap()));
    assert!(!year.contains(NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()));
}

/// `(金曜)` is a weekday too, beside `(金)` and `(金曜日)` (mutation testing).
#[test]
fn weekday_written_with_or_without_bi() {
    for text in [
        "令和6年12月6日(金)",
        "令和6年12月6日(金曜)",
        "令和6年12月6日（金曜日）",
    ] {
        assert_eq!(
            WarekiDate::parse(text).map(|d| d.iso().to_string()),
            Ok("2024-12-06".to_owned()),
            "{text}"
        );
    }
}

/// Found by the fuzz driver (`cargo run --release --example fuzz -- date`): a control character
/// of the input shown in a message is escaped, so that the message stays on one line.
#[test]
fn control_characters_in_messages_are_escaped() {
    let err = DateValue::parse("2022\u{7f}").unwrap_err();
    assert_eq!(
        err.to_string(),
        "5文字目の「\\u{7f}」から後は日付として読めません"
    );
    let err = DateValue::parse("\0").unwrap_err();
    assert_eq!(
        err.to_string(),
        "1文字目: 元号（令和・平成など）または西暦の年が必要です（「\\u{0}」があります）"
    );
    let err = WarekiDate::parse("令和6年12月\u{1b}").unwrap_err();
    assert!(!err.to_string().chars().any(char::is_control), "{err}");
}
