//! The `pia date <text>` command contract (issue 3), tested by running the example binary.

use std::process::{Command, Output};

use super::pia;

fn run(args: &[&str]) -> Output {
    Command::new(pia())
        .arg("date")
        .args(args)
        .output()
        .expect("pia runs")
}

fn ok(args: &[&str]) -> String {
    let out = run(args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {out:?}");
    assert!(out.stderr.is_empty(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn refused(args: &[&str]) -> String {
    let out = run(args);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
    assert!(out.stdout.is_empty(), "{args:?}: stdout must be empty");
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert_eq!(
        err.lines().count(),
        1,
        "{args:?}: one line on stderr: {err}"
    );
    err
}

#[test]
fn day_prints_iso_then_official() {
    assert_eq!(ok(&["令和6年12月6日"]), "2024-12-06\n令和6年12月6日\n");
    assert_eq!(
        ok(&["令和６年１１月２２日"]),
        "2024-11-22\n令和6年11月22日\n"
    );
    assert_eq!(ok(&["R7.1.14"]), "2025-01-14\n令和7年1月14日\n");
    assert_eq!(ok(&["2017/4/1"]), "2017-04-01\n平成29年4月1日\n");
    assert_eq!(ok(&["令和1年6月27日"]), "2019-06-27\n令和元年6月27日\n");
    assert_eq!(
        ok(&["平成28年10月7日(金)"]),
        "2016-10-07\n平成28年10月7日\n"
    );
    // Unquoted words are joined with a space.
    assert_eq!(
        ok(&["令和7年4月1日", "時点"]),
        "2025-04-01\n令和7年4月1日\n"
    );
}

#[test]
fn month_fiscal_year_year_and_range() {
    assert_eq!(ok(&["平成27年10月"]), "2015-10\n平成27年10月\n");
    assert_eq!(ok(&["H27.12"]), "2015-12\n平成27年12月\n");
    assert_eq!(ok(&["令和５年度"]), "FY2023\n令和5年度\n");
    assert_eq!(ok(&["平成十一年"]), "1999\n平成11年\n");
    assert_eq!(
        ok(&["令和６年９月１５日から令和６年１０月１５日までの３１日間"]),
        "2024-09-15/2024-10-15\n令和6年9月15日から令和6年10月15日までの31日間\n"
    );
}

#[test]
fn invalid_input_is_refused_with_the_reason() {
    assert!(refused(&["平成31年5月1日"]).contains("平成は平成31年4月30日までです"));
    assert!(refused(&["令和元年4月30日"]).contains("令和元年は5月1日からです"));
    assert!(refused(&["令和6年2月30日"]).contains("令和6年2月は29日までです"));
    assert!(refused(&["令和0年1月1日"]).contains("令和0年はありません"));
    assert!(refused(&["昭和64年1月8日"]).contains("昭和は昭和64年1月7日までです"));
    assert!(refused(&["令和6年12月6日(木)"]).contains("金曜日"));
    assert!(refused(&["明日"]).contains("1文字目"));
    assert!(refused(&[""]).contains("日付が空です"));
    assert!(refused(&[]).contains("pia date"));
}
