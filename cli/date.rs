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
//! With `--json`, one JSON document instead: `{"iso": "2024-12-06", "wareki": "令和6年12月6日"}`
//! (the two lines).
//!
//! Several arguments are joined with one space, so `pia date 令和7年4月1日 時点` works unquoted;
//! an argument that starts with `--` is an option wherever it stands (`pia date R6.12.6 --json`).
//! A text that is not a date: one line on stderr saying why, nothing on stdout, exit 2.

use std::io::Write;

use mynumber_pia::wareki::DateValue;

use super::harness::{Command, Echo, Exit, Failure, HELP_TEMPLATE, Misuse, Outcome, write_json};

const USAGE: &str = "使い方: pia date <日付> [--json]（例: pia date 令和6年12月6日）";

/// 和暦の日付を読む / Read a 和暦 (or Western) date
///
/// 1行目に ISO 形式（2024-12-06、2015-10、FY2023）、2行目に公式の和暦（令和6年12月6日）を出力します。
///
/// Prints the ISO style on line 1 and the official 和暦 on line 2.
#[derive(clap::Args)]
#[command(
    help_template = HELP_TEMPLATE,
    override_usage = "pia date <日付> [--json]",
    after_help = "例 / Example: pia date 令和６年１２月６日（金）"
)]
pub(crate) struct Args {
    /// 日付（令和6年12月6日、R7.1.14、平成27年10月、令和5年度、…から…までの31日間）。複数の語は空白1つでつなぎます / the date; several words are joined with one space
    #[arg(
        value_name = "日付",
        allow_hyphen_values = true,
        trailing_var_arg = true,
        required = true,
        num_args = 1..
    )]
    words: Vec<String>,
    /// JSON で出力（{"iso": …, "wareki": …}）/ print one JSON document
    #[arg(long)]
    json: bool,
}

impl Command for Args {
    const USAGE: &'static str = USAGE;

    fn misuse(misuse: Misuse) -> String {
        match misuse {
            Misuse::MissingArgument(_) => USAGE.to_owned(),
            other => other.message(USAGE),
        }
    }

    fn run(self, out: &mut dyn Write) -> Outcome {
        // The words after the date are taken whole, `--json` among them.
        let (options, words): (Vec<String>, Vec<String>) =
            self.words.into_iter().partition(|w| w.starts_with("--"));
        let mut json = self.json;
        for option in options {
            if option != "--json" {
                return Err(Failure::usage(format!(
                    "不明なオプション「{}」: {USAGE}",
                    Echo::arg(&option)
                )));
            }
            json = true;
        }
        if words.is_empty() {
            return Err(Failure::usage(USAGE));
        }
        let text = words.join(" ");
        let value = DateValue::parse(&text)
            .map_err(|err| Failure::usage(format!("「{}」: {err}", Echo::arg(&text))))?;
        if json {
            write_json(
                out,
                &serde_json::json!({"iso": value.iso().to_string(), "wareki": value.to_string()}),
            )?;
        } else {
            writeln!(out, "{}", value.iso())?;
            writeln!(out, "{value}")?;
        }
        Ok(Exit::Success)
    }
}
