//! The `pia date <text>` command contract (issue 3), tested by running the built `pia` binary:
//! line 1 the ISO style, line 2 the official 和暦, exit 0; invalid input: one line on stderr
//! saying why, nothing on stdout, exit 2.

use super::{run, stderr, stdout};

/// Each input (words passed as separate arguments) and the two lines it must print.
const ACCEPTED: &[(&[&str], &str, &str)] = &[
    (&["令和6年12月6日"], "2024-12-06", "令和6年12月6日"),
    (&["令和６年１１月２２日"], "2024-11-22", "令和6年11月22日"),
    (&["令和元年5月1日"], "2019-05-01", "令和元年5月1日"),
    (&["令和1年6月27日"], "2019-06-27", "令和元年6月27日"),
    (&["平成十一年三月三十一日"], "1999-03-31", "平成11年3月31日"),
    (&["R7.1.14"], "2025-01-14", "令和7年1月14日"),
    (&["H30.5.21"], "2018-05-21", "平成30年5月21日"),
    (&["S64.1.7"], "1989-01-07", "昭和64年1月7日"),
    (&["R6/12/6"], "2024-12-06", "令和6年12月6日"),
    (&["2024-12-06"], "2024-12-06", "令和6年12月6日"),
    (&["2017/4/1"], "2017-04-01", "平成29年4月1日"),
    (&["2024年12月6日"], "2024-12-06", "令和6年12月6日"),
    (&["平成28年10月7日(金)"], "2016-10-07", "平成28年10月7日"),
    (&["令和6年12月6日（金）"], "2024-12-06", "令和6年12月6日"),
    // Unquoted words are joined with a space.
    (&["令和7年4月1日", "時点"], "2025-04-01", "令和7年4月1日"),
    (&["  令和7年4月1日時点 "], "2025-04-01", "令和7年4月1日"),
    // A month, a 年度 and a year are their own kinds, never a day.
    (&["平成27年10月"], "2015-10", "平成27年10月"),
    (&["R4.10"], "2022-10", "令和4年10月"),
    (&["令和５年度"], "FY2023", "令和5年度"),
    (&["平成十一年"], "1999", "平成11年"),
    (
        &["令和６年９月１５日から令和６年１０月１５日までの３１日間"],
        "2024-09-15/2024-10-15",
        "令和6年9月15日から令和6年10月15日までの31日間",
    ),
];

#[test]
fn prints_the_iso_style_then_the_official_wareki() {
    for (args, iso, official) in ACCEPTED {
        let out = run("date", args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {out:?}");
        assert_eq!(stderr(&out), "", "{args:?}");
        assert_eq!(stdout(&out), format!("{iso}\n{official}\n"), "{args:?}");
    }
}

/// Each refused input and a part of the reason the one stderr line must give.
const REFUSED: &[(&[&str], &str)] = &[
    (&["平成31年5月1日"], "平成は平成31年4月30日までです"),
    (&["平成32年1月1日"], "平成は平成31年4月30日までです"),
    (&["令和元年4月30日"], "令和元年は5月1日からです"),
    (&["令和6年2月30日"], "令和6年2月は29日までです"),
    (&["令和0年1月1日"], "令和0年はありません"),
    (&["昭和64年1月8日"], "昭和は昭和64年1月7日までです"),
    (&["令和6年12月6日(木)"], "金曜日"),
    (
        &["令和６年９月１５日から令和６年１０月１５日までの３０日間"],
        "31日間です",
    ),
    (&["明日"], "1文字目"),
    (&[""], "日付が空です"),
    (&[], "pia date"),
];

#[test]
fn invalid_input_is_refused_with_the_reason() {
    for (args, reason) in REFUSED {
        let out = run("date", args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        assert_eq!(stdout(&out), "", "{args:?}: stdout must be empty");
        let err = stderr(&out);
        assert_eq!(
            err.lines().count(),
            1,
            "{args:?}: one line on stderr: {err}"
        );
        assert!(err.contains(reason), "{args:?}: {err}");
    }
}

#[test]
fn json_prints_both_styles_wherever_it_stands() {
    for args in [
        &["R6.12.6", "--json"][..],
        &["--json", "R6.12.6"],
        &["令和6年12月6日", "（金）", "--json"],
    ] {
        let out = run("date", args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
        assert_eq!(
            v,
            serde_json::json!({"iso": "2024-12-06", "wareki": "令和6年12月6日"}),
            "{args:?}"
        );
    }
    let out = run("date", &["R6.12.6", "--yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("pia: 不明なオプション「--yaml」"),
        "{}",
        stderr(&out)
    );
}
