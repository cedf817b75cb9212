//! `pia codes`: every validation code, one per line, `<CODE> <severity> <title>`.
//!
//! The list of `mynumber_pia::validation::Code::ALL`, in code order: the stable code (`TH001`),
//! its severity (`error`, `warning`, `info`) and its Japanese title. Exit 0; an argument is bad
//! input (exit 2, one line on stderr).

use std::io::Write;

use mynumber_pia::validation::Code;

use super::harness::{Command, Exit, HELP_TEMPLATE, Outcome};

const USAGE: &str = "使い方: pia codes";

/// 検査コードの一覧 / List the validation codes
///
/// 検査コードごとに `<CODE> <severity> <title>` を1行ずつ、コードの順に出力します。
///
/// Prints one line per validation code, `<CODE> <severity> <title>`, in code order.
#[derive(clap::Args)]
#[command(
    help_template = HELP_TEMPLATE,
    override_usage = "pia codes",
    after_help = "例 / Example: pia codes | grep ^EN"
)]
pub(crate) struct Args {}

impl Command for Args {
    const USAGE: &'static str = USAGE;

    fn run(self, out: &mut dyn Write) -> Outcome {
        for code in Code::ALL {
            writeln!(out, "{code} {} {}", code.severity(), code.title())?;
        }
        Ok(Exit::Success)
    }
}
