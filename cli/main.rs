//! `pia`: the command line of `mynumber-pia`.
//!
//! ```text
//! pia threshold <対象人数> <取扱者数> <重大事故> [--json]
//! pia date <text>
//! pia basis <text> [--json]
//! pia show <file.json>
//! pia validate <file.json> [--today YYYY-MM-DD]
//! pia schedule <file.json>... [--today YYYY-MM-DD] [--incident YYYY-MM-DD] [--json | --ics]
//! pia diff <old.json> <new.json> [--date YYYY-MM-DD] [--json]
//! pia render <file.json> [--format html|md]
//! pia generate [--form basic|focused|full] [--seed N] [--as-of YYYY-MM-DD] [--subjects N] [--handlers N] [--incident] [--defect CODE]
//! pia codes
//! ```
//!
//! Exit codes: 0 success (`diff`: whatever the changes), 1 validation errors found (validate) or
//! an obligation overdue (schedule), 2 bad input (one line on stderr, nothing on
//! stdout). Installed with `cargo install mynumber-pia --features cli`; the same files also build
//! `cargo run --example pia -- …` (`examples/pia.rs` includes this file as a module), so every
//! submodule is declared with an explicit `#[path]` and reached through `super::`.
//!
//! Layout: `harness.rs` (the [`harness::Command`] trait, exit codes, one-line messages, clap's
//! errors, closed pipes), `clock.rs` and `input.rs` (the only places that read the clock and
//! files), then one file per command.
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::todo,
        clippy::unimplemented,
        clippy::unreachable
    )
)]

use std::io::Write;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory, Parser};

#[path = "harness.rs"]
mod harness;

#[path = "clock.rs"]
mod clock;
#[path = "input.rs"]
mod input;

#[path = "basis.rs"]
mod basis;
#[path = "codes.rs"]
mod codes;
#[path = "date.rs"]
mod date;
#[path = "diff.rs"]
mod diff;
#[path = "generate.rs"]
mod generate;
#[path = "render.rs"]
mod render;
#[path = "schedule.rs"]
mod schedule;
#[path = "show.rs"]
mod show;
#[path = "threshold.rs"]
mod threshold;
#[path = "validate.rs"]
mod validate;

use harness::{Command as _, Exit, Misuse, Outcome};

/// The commands: `Variant => module`, where `module::Args` implements [`harness::Command`] and
/// the command's name is the module's (`_` written `-`).
macro_rules! commands {
    ($($variant:ident => $module:ident),* $(,)?) => {
        /// The commands of `pia`.
        #[derive(clap::Subcommand)]
        enum Command {
            $($variant($module::Args),)*
        }

        impl Command {
            fn run(self, out: &mut dyn Write) -> Outcome {
                match self {
                    $(Command::$variant(args) => args.run(out),)*
                }
            }
        }

        /// The message for `misuse` of command `name`, as that command words it.
        fn misuse(name: &str, misuse: Misuse) -> Option<String> {
            $(
                if name.replace('-', "_") == stringify!($module) {
                    return Some(<$module::Args as harness::Command>::misuse(misuse));
                }
            )*
            None
        }
    };
}

commands! {
    Threshold => threshold,
    Date => date,
    Basis => basis,
    Show => show,
    Validate => validate,
    Schedule => schedule,
    Diff => diff,
    Render => render,
    Generate => generate,
    Codes => codes,
}

/// pia — 特定個人情報保護評価のコマンドライン / the command line of mynumber-pia
#[derive(Parser)]
#[command(
    name = "pia",
    version,
    help_template = harness::MAIN_HELP_TEMPLATE,
    disable_help_subcommand = true,
    disable_help_flag = true,
    disable_version_flag = true,
    override_usage = "pia <COMMAND> [ARGS]...",
    after_help = "終了コード / Exit codes: 0 成功 / success, 1 検査でエラーあり / validation \
                  errors found (validate)、期限切れあり / an obligation overdue (schedule), 2 \
                  入力の誤り（stderr に1行）/ bad input (one line on stderr).\n`pia <コマンド> --help` で各コマンドの説明 / each command's help."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// ヘルプを表示 / Print help
    #[arg(short = 'h', long, action = clap::ArgAction::Help, global = true)]
    help: Option<bool>,
    /// バージョンを表示 / Print version
    #[arg(short = 'V', long, action = clap::ArgAction::Version)]
    version: Option<bool>,
}

/// `使い方: pia <threshold|date|…> …`, the message of `pia` alone.
fn usage() -> String {
    let cli = Cli::command();
    let names: Vec<&str> = cli.get_subcommands().map(|c| c.get_name()).collect();
    format!("使い方: pia <{}> …", names.join("|"))
}

/// Runs `pia` on the process's arguments.
pub fn main() -> ExitCode {
    // Arguments that are not valid UTF-8 are bad input like any other: one line, exit 2.
    let args = match harness::utf8_args(std::env::args_os().skip(1)) {
        Ok(args) => args,
        Err(message) => return harness::fail(&message),
    };
    let cli = match Cli::try_parse_from(std::iter::once("pia".to_owned()).chain(args.clone())) {
        Ok(cli) => cli,
        Err(err) => return clap_error(&err, args.first().map(String::as_str)),
    };
    match cli.command {
        Some(command) => harness::finish(|out| command.run(out)),
        None => harness::fail(&usage()),
    }
}

/// Help and version on stdout (exit 0); any other error of clap as the contract's one line.
fn clap_error(err: &clap::Error, first: Option<&str>) -> ExitCode {
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => harness::finish(|out| {
            write!(out, "{}", err.render())?;
            Ok(Exit::Success)
        }),
        ErrorKind::InvalidSubcommand | ErrorKind::UnknownArgument
            if first.is_none_or(|f| Cli::command().find_subcommand(f).is_none()) =>
        {
            let command = first.unwrap_or_default();
            harness::fail(&format!(
                "不明なコマンド「{}」: {}",
                harness::Echo::arg(command),
                usage()
            ))
        }
        _ => {
            let misuse_found = Misuse::from_clap(err);
            let message = first
                .and_then(|name| misuse(name, misuse_found.clone()))
                .unwrap_or_else(|| misuse_found.message(&usage()));
            harness::fail(&message)
        }
    }
}
