//! `pia render <file.json> [--format html|md]`: writes a 評価書 as the form, as one standalone
//! HTML document (the default) or as Markdown, on stdout.
//!
//! A missing file, invalid JSON or a schema mismatch: one line on stderr naming the JSON path and
//! what was expected, nothing on stdout, exit 2. So is a `--format` other than `html` or `md`.

use std::io::Write;

use mynumber_pia::render::{to_html, to_markdown};

use super::harness::{Command, Echo, Exit, Failure, HELP_TEMPLATE, Misuse, Outcome};
use super::input::load_report;

const USAGE: &str = "使い方: pia render <file.json> [--format html|md]";

/// 評価書を様式のとおりに出力 / Render a 評価書 as the form
///
/// 様式（令和6年10月）のレイアウトで、1つの HTML 文書（既定）または Markdown を標準出力に書き出します。
///
/// Writes the report in the layout of its form (様式, 令和6年10月) on stdout, as one standalone
/// HTML document (the default) or as Markdown.
#[derive(clap::Args)]
#[command(
    help_template = HELP_TEMPLATE,
    override_usage = "pia render <file.json> [--format html|md]",
    after_help = "例 / Example: pia render tests/fixtures/seed-000-edogawa-full.json > edogawa.html"
)]
pub(crate) struct Args {
    /// 評価書の JSON ファイル / the report as JSON
    #[arg(value_name = "file.json", required = true)]
    file: String,
    /// 出力形式: html（既定）または md / the output format: html (default) or md
    #[arg(
        long,
        value_name = "html|md",
        allow_hyphen_values = true,
        overrides_with = "format"
    )]
    format: Option<String>,
}

/// The output formats.
enum Format {
    Html,
    Markdown,
}

impl Command for Args {
    const USAGE: &'static str = USAGE;

    fn misuse(misuse: Misuse) -> String {
        match misuse {
            Misuse::MissingValue(_) => format!("--format の値がありません: {USAGE}"),
            other => other.message(USAGE),
        }
    }

    fn run(self, out: &mut dyn Write) -> Outcome {
        let format = match self.format.as_deref() {
            None | Some("html") => Format::Html,
            Some("md") => Format::Markdown,
            Some(other) => {
                return Err(Failure::usage(format!(
                    "--format「{}」は html か md です",
                    Echo::arg(other)
                )));
            }
        };
        let report = load_report(&self.file)?;
        let document = match format {
            Format::Html => to_html(&report),
            Format::Markdown => to_markdown(&report),
        };
        out.write_all(document.as_bytes())?;
        Ok(Exit::Success)
    }
}
