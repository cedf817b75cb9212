//! `pia`: the command line of `mynumber-pia`.
//!
//! ```text
//! pia threshold <対象人数> <取扱者数> <重大事故> [--json]
//! pia date <text> [--json]
//! pia basis <text> [--json]
//! pia show <file.json> [--json]
//! pia validate <file.json>... [--as-of DATE] [--json]
//! pia schedule <file.json>... [--as-of DATE] [--incident DATE] [--json | --ics]
//! pia diff <old.json> <new.json> [--as-of DATE] [--json]
//! pia render <file.json> [--format html|md]
//! pia generate [--form basic|focused|full] [--seed N] [--as-of DATE] [--subjects N] [--handlers N] [--incident] [--size small|typical|large|huge] [--systems N] [--files N] [--entrustments N] [--re-entrustment-depth N] [--provisions N] [--transfers N] [--changes N] [--revision 様式の版] [--defect CODE]
//! pia import <INPUT> [-o DRAFT.json] [--trace TRACE.json] [--review REVIEW.html] [--text TEXT.txt] [--onto REPORT.json] [--max-size N]
//! pia import <INPUT>... --out-dir DIR [--max-size N]
//! pia codes [--json]
//! ```
//!
//! Every `DATE` is ISO (`2025-04-01`) or 和暦 (`令和7年4月1日`, `R7.4.1`); the old `--today` and
//! `--date` are hidden aliases of `--as-of`. Every `file.json` may be `-` (standard input), with
//! or without a UTF-8 BOM, LF or CRLF. Exit codes ([`EXIT_CODES`], the same for every command):
//! 0 nothing needs attention, 1 found something (validate: an error; schedule: an overdue duty;
//! diff: the versions differ; basis: text left unread), 2 bad input (one line on stderr, nothing
//! on stdout); `import` writes its draft with exit 0 (1 when it needs attention: a warning, or no
//! value read) and one summary line on stderr; `import --out-dir` one line per input, and exit
//! the worst of its inputs'. Installed from a clone with `cargo install --path . --features cli`; the same files also build
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
#[path = "batch.rs"]
mod batch;
#[path = "codes.rs"]
mod codes;
#[path = "date.rs"]
mod date;
#[path = "diff.rs"]
mod diff;
#[path = "generate.rs"]
mod generate;
#[path = "import.rs"]
mod import;
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

use harness::{Command as _, Exit, Misuse};

/// The exit codes of every `pia` command, as `pia --help` prints them (and the README).
pub(crate) const EXIT_CODES: &str = "終了コード / Exit codes（全コマンド共通 / every command）:
  0  要対応なし / ran, nothing needs attention（render・schedule --ics・generate・help も 0。
     import は下書きを書き警告なし、stderr に要約1行 / import: the draft written without a warning,
     a summary line on stderr）
  1  要対応あり / found something: validate エラー / an error; schedule 期限切れ / an overdue duty;
     diff 版に差あり / the versions differ (as diff(1)); basis 読めない部分 / text left unread;
     import 下書きに警告あり・値なし / the draft has a warning or no value
  2  入力・使い方の誤り / bad input or usage（stderr に1行、stdout は空 / one line on stderr, nothing on stdout）;
     import: 空・テキストでない・評価書でない・--onto のない変更箇所の一覧・読めない PDF / empty, binary,
     not a 評価書, a change list without --onto, an unreadable PDF（--out-dir: 入力ごとに1行、
     最も悪い結果 / a line per input, the worst outcome）
`pia <コマンド> --help` で各コマンドの説明 / each command's help.";

/// The commands: `Variant => module`, where `module::Args` implements [`harness::Command`] and
/// the command's name is the module's (`_` written `-`).
macro_rules! commands {
    ($($variant:ident => $module:ident),* $(,)?) => {
        /// The commands of `pia`. One value is made per run: the size of its largest variant
        /// (`generate`'s options, each kept as its text for the command's own message) costs
        /// nothing worth a box.
        #[derive(clap::Subcommand)]
        #[allow(clippy::large_enum_variant)]
        enum Command {
            $($variant($module::Args),)*
        }

        impl Command {
            /// Runs the command: its exit and the line it notes on stderr, if any.
            fn run(self, out: &mut dyn Write) -> Result<(Exit, Option<String>), harness::Failure> {
                match self {
                    $(Command::$variant(args) => args.run_noted(out),)*
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
    Import => import,
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
    after_help = EXIT_CODES
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
    let stdout = std::io::stdout();
    let mut out = harness::Out::new(std::io::BufWriter::new(stdout.lock()));
    let (code, err) = run(args, &mut out);
    if !err.is_empty() {
        // Nothing is left to tell if stderr itself is closed.
        let _ = write!(std::io::stderr().lock(), "{err}");
    }
    ExitCode::from(code)
}

/// Runs `pia` on `args` (the arguments after the program's name) with its output to `out`:
/// returns the exit code and what goes to stderr (one line `pia: …`, or nothing). The fuzz
/// driver runs the commands so, in its own process.
pub fn run(args: Vec<String>, out: &mut dyn Write) -> (u8, String) {
    match dispatch(args, out) {
        Ok((exit, None)) => (exit.code(), String::new()),
        Ok((exit, Some(note))) => (exit.code(), format!("{}\n", harness::one_line(&note))),
        Err(message) => (2, harness::error_line(&message)),
    }
}

/// Parses `args` and runs the command; `Ok` is the exit and the line noted on stderr, `Err` the
/// message of a failure.
fn dispatch(args: Vec<String>, out: &mut dyn Write) -> Result<(Exit, Option<String>), String> {
    // `pia help` and `pia help <command>` are the help, as git and cargo have them (exit 0).
    let args = match args.split_first() {
        Some((first, rest)) if first == "help" && rest.len() <= 1 => {
            rest.iter().cloned().chain(["--help".to_owned()]).collect()
        }
        _ => args,
    };
    let cli = match Cli::try_parse_from(std::iter::once("pia".to_owned()).chain(args.clone())) {
        Ok(cli) => cli,
        Err(err) => {
            return clap_error(&err, &args, out).map(|exit| (exit, None));
        }
    };
    let Some(command) = cli.command else {
        return Err(usage());
    };
    command
        .run(out)
        .and_then(|done| {
            out.flush()?;
            Ok(done)
        })
        .map_err(|failure| failure.message())
}

/// The first argument after `command` that looks like a long option (`--yaml`) and is none of
/// the command's.
fn unknown_option(command: &str, args: &[String]) -> Option<String> {
    let cli = Cli::command();
    let sub = cli.find_subcommand(command)?;
    let known = |name: &str| {
        sub.get_arguments().chain(cli.get_arguments()).any(|a| {
            a.get_long() == Some(name) || a.get_all_aliases().is_some_and(|x| x.contains(&name))
        })
    };
    args.iter()
        .skip(1)
        .take_while(|a| a.as_str() != "--")
        .find(|a| {
            a.strip_prefix("--")
                .map(|rest| rest.split('=').next().unwrap_or(rest))
                .is_some_and(|name| !name.is_empty() && !known(name))
        })
        .cloned()
}

/// Help and version on stdout (exit 0); any other error of clap as the contract's one line.
fn clap_error(err: &clap::Error, args: &[String], out: &mut dyn Write) -> Result<Exit, String> {
    let first = args.first().map(String::as_str);
    match (err.kind(), first) {
        (ErrorKind::DisplayHelp | ErrorKind::DisplayVersion, _) => {
            write!(out, "{}", err.render())
                .and_then(|()| out.flush())
                .map_err(|e| harness::Failure::from(e).message())?;
            Ok(Exit::Success)
        }
        (ErrorKind::InvalidSubcommand | ErrorKind::UnknownArgument, Some(command))
            if Cli::command().find_subcommand(command).is_none() =>
        {
            Err(format!(
                "不明なコマンド「{}」: {}",
                harness::Echo::arg(command),
                usage()
            ))
        }
        // An unknown `--option` that clap took for a missing argument's value is named as what
        // it is, before the arguments still missing.
        (ErrorKind::MissingRequiredArgument, Some(command)) => {
            let misuse_found = unknown_option(command, args)
                .map_or_else(|| Misuse::from_clap(err), Misuse::UnknownOption);
            Err(misuse(command, misuse_found.clone())
                .unwrap_or_else(|| misuse_found.message(&usage())))
        }
        _ => {
            let misuse_found = Misuse::from_clap(err);
            Err(first
                .and_then(|name| misuse(name, misuse_found.clone()))
                .unwrap_or_else(|| misuse_found.message(&usage())))
        }
    }
}
