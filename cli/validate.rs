//! `pia validate <file.json> [--today YYYY-MM-DD]`: validates a 評価書.
//!
//! Prints one line per finding, `<severity> <code> <path>: <message>`, then the summary line
//! `N errors, N warnings, N infos`. Exit 0 without errors, 1 with errors, 2 when the file cannot
//! be loaded or the arguments are wrong (one line on stderr, nothing on stdout).
//!
//! Without `--today`, the reference date of the time checks is today's date (UTC), read from the
//! system clock here in the example; the library itself never reads the clock.

use std::io::{self, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{Days, NaiveDate};
use mynumber_pia::report::Report;
use mynumber_pia::validation::{ValidationReport, validate};

use crate::usage_error;

const USAGE: &str = "使い方: pia validate <file.json> [--today YYYY-MM-DD]";

/// Runs the `validate` subcommand on the arguments after `validate`.
pub fn run(args: &[String]) -> ExitCode {
    let mut file: Option<&str> = None;
    let mut today: Option<&str> = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--today" => match rest.next() {
                Some(value) => today = Some(value),
                None => return usage_error(&format!("--today の日付がありません: {USAGE}")),
            },
            a if a.starts_with("--today=") => today = a.strip_prefix("--today="),
            a if a.starts_with("--") => {
                return usage_error(&format!("不明なオプション「{a}」: {USAGE}"));
            }
            a if file.is_none() => file = Some(a),
            a => return usage_error(&format!("余分な引数「{a}」: {USAGE}")),
        }
    }
    let Some(file) = file else {
        return usage_error(&format!("引数 <file.json> がありません: {USAGE}"));
    };
    let today = match today {
        Some(text) => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(d) => d,
            Err(_) => {
                return usage_error(&format!(
                    "--today「{text}」は日付（YYYY-MM-DD）ではありません"
                ));
            }
        },
        None => clock_today(),
    };
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => return usage_error(&format!("{file}: 読み込めません: {e}")),
    };
    let report = match Report::from_json(&text) {
        Ok(r) => r,
        Err(e) => return usage_error(&format!("{file}: {e}")),
    };
    let result = validate(&report, today);
    print_findings(&result);
    if result.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Prints the findings on stdout, one line each (`<severity> <code> <path>: <message>`), then
/// the summary line `N errors, N warnings, N infos`.
pub fn print_findings(result: &ValidationReport) {
    let stdout = io::stdout();
    // A closed pipe (`pia validate … | head`) is not an error worth a panic.
    let _ = write_findings(&mut stdout.lock(), result);
}

/// Writes what [`print_findings`] prints to `out`.
pub fn write_findings(out: &mut impl Write, result: &ValidationReport) -> io::Result<()> {
    for finding in result {
        writeln!(out, "{finding}")?;
    }
    writeln!(out, "{}", result.summary())
}

/// Today (UTC) from the system clock.
fn clock_today() -> NaiveDate {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_days(Days::new(days)))
        .unwrap_or(NaiveDate::MAX)
}
