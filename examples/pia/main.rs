//! `pia`: the command-line front end of `mynumber-pia`.
//!
//! ```text
//! cargo run --example pia -- threshold <対象人数> <取扱者数> <重大事故> [--json]
//! cargo run --example pia -- date <text>
//! cargo run --example pia -- basis <text> [--json]
//! cargo run --example pia -- show <file.json>
//! cargo run --example pia -- validate <file.json> [--today YYYY-MM-DD]
//! ```
//!
//! Exit codes: 0 success, 1 validation errors found, 2 bad input (message on stderr).

use std::process::ExitCode;

mod basis;
mod date;
mod show;
mod threshold;
mod validate;

/// Prints one line on stderr and returns exit code 2.
pub(crate) fn usage_error(message: &str) -> ExitCode {
    eprintln!("pia: {message}");
    ExitCode::from(2)
}

const USAGE: &str = "使い方: pia <threshold|date|basis|show|validate> …";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        return usage_error(USAGE);
    };
    #[allow(clippy::match_single_binding)] // commands are added one arm each
    match (command.as_str(), rest) {
        ("basis", args) => basis::run(args),
        ("date", args) => date::run(args),
        ("threshold", args) => threshold::run(args),
        ("show", args) => show::run(args),
        ("validate", args) => validate::run(args),
        _ => usage_error(&format!("不明なコマンド「{command}」: {USAGE}")),
    }
}
