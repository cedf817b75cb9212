//! `pia validate <file.json> [--today YYYY-MM-DD]`: validates a 評価書.
//!
//! Prints one line per finding, `<severity> <code> <path>: <message>`, then the summary line
//! `N errors, N warnings, N infos`. Exit 0 without errors, 1 with errors, 2 when the file cannot
//! be loaded or the arguments are wrong (one line on stderr, nothing on stdout).
//!
//! Without `--today`, the reference date of the time checks is today's date in Japan (UTC+9,
//! whatever the machine's time zone), read from the system clock by `clock.rs`; the library
//! itself never reads the clock.

use std::io::{self, Write};

use mynumber_pia::validation::{ValidationReport, validate};

use super::clock::reference_date;
use super::harness::{Command, Exit, Failure, HELP_TEMPLATE, Misuse, Outcome};
use super::input::load_report;

const USAGE: &str = "使い方: pia validate <file.json> [--today YYYY-MM-DD]";

/// 評価書を検査 / Validate a 評価書
///
/// 指摘ごとに `<severity> <code> <path>: <message>` を1行ずつ、最後に
/// `N errors, N warnings, N infos` を出力します。終了コード: エラーなし 0、エラーあり 1、読み込めない 2。
///
/// Prints one line per finding, then the summary line. Exit 0 without errors, 1 with errors,
/// 2 when the file cannot be loaded.
#[derive(clap::Args)]
#[command(
    help_template = HELP_TEMPLATE,
    override_usage = "pia validate <file.json> [--today YYYY-MM-DD]",
    after_help = "例 / Example: pia validate tests/fixtures/seed-002-kawaguchi-focused.json \
                  --today 2026-11-20"
)]
pub(crate) struct Args {
    /// 評価書の JSON ファイル / the report as JSON
    #[arg(value_name = "file.json")]
    file: Option<String>,
    /// 期限の検査の基準日（省略時は日本の今日の日付）/ the reference date of the time checks
    /// (default: today's date in Japan)
    #[arg(
        long,
        value_name = "YYYY-MM-DD",
        allow_hyphen_values = true,
        overrides_with = "today"
    )]
    today: Option<String>,
}

impl Command for Args {
    const USAGE: &'static str = USAGE;

    fn misuse(misuse: Misuse) -> String {
        match misuse {
            Misuse::MissingValue(_) => format!("--today の日付がありません: {USAGE}"),
            other => other.message(USAGE),
        }
    }

    fn run(self, out: &mut dyn Write) -> Outcome {
        let Some(file) = self.file else {
            return Err(Failure::usage(format!(
                "引数 <file.json> がありません: {USAGE}"
            )));
        };
        let today = reference_date(self.today.as_deref())?;
        let report = load_report(&file, |e| format!("読み込めません: {e}"))?;
        let result = validate(&report, today);
        write_findings(out, &result)?;
        Ok(if result.has_errors() {
            Exit::ErrorsFound
        } else {
            Exit::Success
        })
    }
}

/// Writes the findings to `out`, one line each (`<severity> <code> <path>: <message>`), then
/// the summary line `N errors, N warnings, N infos`.
fn write_findings(out: &mut dyn Write, result: &ValidationReport) -> io::Result<()> {
    for finding in result {
        writeln!(out, "{finding}")?;
    }
    writeln!(out, "{}", result.summary())
}
