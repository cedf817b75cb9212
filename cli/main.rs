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
    // Arguments that are not valid UTF-8 are bad input like any other: one line, exit 2.
    let mut args = Vec::new();
    for (i, arg) in std::env::args_os().skip(1).enumerate() {
        match arg.into_string() {
            Ok(arg) => args.push(arg),
            Err(raw) => {
                return usage_error(&format!(
                    "{}番目の引数 {raw:?} は UTF-8 の文字列ではありません",
                    i + 1
                ));
            }
        }
    }
    let Some((command, rest)) = args.split_first() else {
        return usage_error(USAGE);
    };
    match (command.as_str(), rest) {
        ("basis", args) => basis::run(args),
        ("date", args) => date::run(args),
        ("threshold", args) => threshold::run(args),
        ("show", args) => show::run(args),
        ("validate", args) => validate::run(args),
        _ => usage_error(&format!("不明なコマンド「{command}」: {USAGE}")),
    }
}
