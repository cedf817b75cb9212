//! `pia date <text>`: reads a 和暦 (or Western) date and prints it in ISO and official style.
//!
//! Output, on success (exit 0):
//!
//! ```text
//! line 1: the ISO style   2024-12-06 | 2015-10 (month) | FY2023 (年度) | 1999 (year)
//!                          | 2024-09-15/2024-10-15 (range, an ISO 8601 interval)
//! line 2: the official 和暦 令和6年12月6日 | 平成27年10月 | 令和5年度 | 平成11年
//!                          | 令和6年9月15日から令和6年10月15日までの31日間 (range, real count)
//! ```
//!
//! Several arguments are joined with one space, so `pia date 令和7年4月1日 時点` works unquoted.
//! A text that is not a date: one line on stderr saying why, nothing on stdout, exit 2.

use std::process::ExitCode;

use mynumber_pia::wareki::DateValue;

/// Runs `pia date`.
pub fn run(args: &[String]) -> ExitCode {
    if args.is_empty() {
        return crate::usage_error("使い方: pia date <日付> (例: pia date 令和6年12月6日)");
    }
    let text = args.join(" ");
    match DateValue::parse(&text) {
        Ok(value) => {
            println!("{}", value.iso());
            println!("{value}");
            ExitCode::SUCCESS
        }
        Err(err) => crate::usage_error(&format!("「{text}」: {err}")),
    }
}
