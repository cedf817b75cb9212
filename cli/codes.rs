//! `pia codes`: every validation code, one per line, `<CODE> <severity> <title>`.
//!
//! The list of `mynumber_pia::validation::Code::ALL`, in code order: the stable code (`TH001`),
//! its severity (`error`, `warning`, `info`) and its Japanese title. With `--json`, one JSON
//! document instead (`schema/cli-codes.schema.json`): each code with its severity, family, source
//! and title. Exit 0; an argument is bad input (exit 2, one line on stderr).

use std::io::Write;

use mynumber_pia::validation::Code;

use serde_json::json;

use super::harness::{Command, Exit, NO_ARGUMENTS_HELP_TEMPLATE, Outcome, write_json};

const USAGE: &str = "使い方: pia codes [--json]";

/// 検査コードの一覧 / List the validation codes
///
/// 検査コードごとに `<CODE> <severity> <title>` を1行ずつ、コードの順に出力します。
///
/// Prints one line per validation code, `<CODE> <severity> <title>`, in code order.
#[derive(clap::Args)]
#[command(
    help_template = NO_ARGUMENTS_HELP_TEMPLATE,
    override_usage = "pia codes [--json]",
    after_help = "例 / Example: pia codes --json"
)]
pub(crate) struct Args {
    /// JSON で出力 / print one JSON document
    #[arg(long, overrides_with = "json")]
    json: bool,
}

impl Command for Args {
    const USAGE: &'static str = USAGE;

    fn run(self, out: &mut dyn Write) -> Outcome {
        if self.json {
            let codes: Vec<serde_json::Value> = Code::ALL
                .iter()
                .map(|code| {
                    json!({
                        "code": code.as_str(),
                        "severity": code.severity(),
                        "family": code.family().label(),
                        "source": code.source(),
                        "title": code.title(),
                    })
                })
                .collect();
            write_json(out, &json!({ "codes": codes }))?;
            return Ok(Exit::Success);
        }
        for code in Code::ALL {
            writeln!(out, "{code} {} {}", code.severity(), code.title())?;
        }
        Ok(Exit::Success)
    }
}
