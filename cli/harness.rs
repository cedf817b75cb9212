//! What every `pia` command shares: the [`Command`] trait a command implements, how its result
//! becomes an exit code, the one-line error message on stderr ([`Failure`], [`Echo`]), the
//! mapping of clap's parse errors onto the contract's messages ([`Misuse`]), and standard output
//! that ends quietly on a closed pipe ([`Out`]).
//!
//! The contract, for every command (the table of `pia --help`): exit 0 when nothing needs attention, 1 when
//! the command found something that does (`validate`: an error; `schedule`: an overdue duty;
//! `diff`: the versions differ; `basis`: text left unread; `import`: a draft that needs
//! attention), 2 on bad input, with exactly one line `pia: <message>` on stderr and nothing on
//! stdout. Only `import` writes on stderr when it did its job: one summary line
//! ([`Command::run_noted`]); `import --out-dir` writes one line per input as it goes, and exits 2
//! after all of them when one was not a 評価書 ([`Exit::Refused`]).

use std::fmt::{self, Display, Write as _};
use std::io::{self, Write};
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The layout of `pia <command> --help`: the description, the contract's usage line, the
/// arguments and the options, each heading in Japanese and English.
pub(crate) const HELP_TEMPLATE: &str = "{about-with-newline}\n使い方 / Usage: {usage}\n\n\
    引数 / Arguments:\n{positionals}\n\nオプション / Options:\n{options}{after-help}";

/// The layout of `pia <command> --help` for a command that takes options only (`generate`,
/// `codes`): [`HELP_TEMPLATE`] without the heading of arguments it has none of.
pub(crate) const NO_ARGUMENTS_HELP_TEMPLATE: &str = "{about-with-newline}\n使い方 / Usage: {usage}\n\n\
    オプション / Options:\n{options}{after-help}";

/// The layout of `pia --help`.
pub(crate) const MAIN_HELP_TEMPLATE: &str = "{before-help}{about-with-newline}\n\
    使い方 / Usage: {usage}\n\nコマンド / Commands:\n{subcommands}\n\n\
    オプション / Options:\n{options}{after-help}";

/// How a command ended when it did its job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exit {
    /// Exit 0: nothing needs attention.
    Success,
    /// Exit 1: `validate` found errors in a report.
    ErrorsFound,
    /// Exit 1: `schedule` found an overdue obligation.
    Overdue,
    /// Exit 1: `diff` found the versions differ.
    Differs,
    /// Exit 1: `basis` left text unread.
    Unread,
    /// Exit 1: `import` wrote a draft that needs attention (a warning, or no value read).
    NeedsAttention,
    /// Exit 2: `import --out-dir` met an input that is not a 評価書 (or could not be read); the
    /// other inputs were imported, each with its line on stderr.
    Refused,
}

impl Exit {
    /// [`Exit::Success`] unless `found`, then `attention`.
    pub(crate) fn unless(found: bool, attention: Exit) -> Exit {
        if found { attention } else { Exit::Success }
    }
}

impl Exit {
    /// The exit code: 0, 1, or 2 for a batch that refused an input.
    pub(crate) fn code(self) -> u8 {
        match self {
            Exit::Success => 0,
            Exit::ErrorsFound
            | Exit::Overdue
            | Exit::Differs
            | Exit::Unread
            | Exit::NeedsAttention => 1,
            Exit::Refused => 2,
        }
    }
}

/// Why a command could not do its job: exit 2 with one line on stderr.
#[derive(Debug)]
pub(crate) enum Failure {
    /// Bad input or arguments; the message (without the `pia: ` prefix).
    Usage(String),
    /// Standard output failed for another reason than a closed pipe (a full disk, say).
    Output(io::Error),
}

impl Failure {
    /// Bad input or arguments, with `message`.
    pub(crate) fn usage(message: impl Into<String>) -> Self {
        Failure::Usage(message.into())
    }

    /// The message, before [`one_line`] makes it one line.
    pub(crate) fn message(&self) -> String {
        match self {
            Failure::Usage(m) => m.clone(),
            Failure::Output(e) => format!("標準出力に書き込めません（{}）", io_words(e)),
        }
    }
}

/// Why a file or stream could not be opened, read or written, in Japanese: the one wording of
/// every command (the OS's own text is English and is never shown). Kinds without a wording of
/// their own give the OS's error number, which a search finds.
pub(crate) fn io_words(e: &io::Error) -> String {
    use io::ErrorKind as K;
    let words = match e.kind() {
        K::NotFound => "ファイルがありません",
        K::PermissionDenied => "権限がありません",
        K::IsADirectory => "ファイルではなくディレクトリです",
        K::NotADirectory => "パスの途中にディレクトリでないものがあります",
        K::AlreadyExists => "同じ名前のファイルがすでにあります",
        K::StorageFull => "ディスクに空きがありません",
        K::ReadOnlyFilesystem => "読み取り専用のファイルシステムです",
        K::InvalidData => "読み取ったデータが正しくありません",
        K::Interrupted => "中断されました",
        _ => {
            return match e.raw_os_error() {
                Some(code) => format!("入出力エラー（OS のエラー番号 {code}）"),
                None => "入出力エラー".to_owned(),
            };
        }
    };
    words.to_owned()
}

/// The one line for the file `path` that could not be opened or read:
/// `<path>: 読み込めません（<why>）`, the why in the words of [`io_words`]. Every command says it
/// so.
pub(crate) fn unreadable(path: &str, e: &io::Error) -> Failure {
    Failure::usage(format!(
        "{}: 読み込めません（{}）",
        Echo::path(path),
        io_words(e)
    ))
}

/// The one line for the file `path` that could not be written: `<path>: 書き込めません（<why>）`.
/// A missing file is no reason when writing (the write makes it): the directory it goes in is
/// missing.
pub(crate) fn unwritable(path: &str, e: &io::Error) -> Failure {
    let why = match e.kind() {
        io::ErrorKind::NotFound => "書き込み先のディレクトリがありません".to_owned(),
        _ => io_words(e),
    };
    Failure::usage(format!("{}: 書き込めません（{why}）", Echo::path(path)))
}

/// The one line for the directory `path` that could not be made:
/// `<path>: ディレクトリを作れません（<why>）`.
pub(crate) fn no_directory(path: &str, e: &io::Error) -> Failure {
    Failure::usage(format!(
        "{}: ディレクトリを作れません（{}）",
        Echo::path(path),
        io_words(e)
    ))
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Output(e)
    }
}

/// What a command returns.
pub(crate) type Outcome = Result<Exit, Failure>;

/// A `pia` command: its arguments (a clap `Args` struct) and how it runs.
///
/// To add a command `pia foo`: write `cli/foo.rs` with `pub(crate) struct Args` (clap derive,
/// `#[command(help_template = HELP_TEMPLATE, override_usage = …)]`) implementing this trait,
/// then add `#[path = "foo.rs"] mod foo;` and one line `Foo => foo,` to `commands!` in
/// `cli/main.rs`.
pub(crate) trait Command: clap::Args {
    /// The usage line that messages end with, e.g. `使い方: pia show <file.json>`.
    const USAGE: &'static str;

    /// Runs the command, writing its output to `out`.
    fn run(self, out: &mut dyn Write) -> Outcome;

    /// Runs the command as [`Command::run`] does, with the one line it writes on stderr when it
    /// did its job (`import`'s summary; no other command writes one). The default writes none.
    fn run_noted(self, out: &mut dyn Write) -> Result<(Exit, Option<String>), Failure>
    where
        Self: Sized,
    {
        self.run(out).map(|exit| (exit, None))
    }

    /// The message for an argument error clap found before [`Command::run`]; override it where
    /// the command words one differently.
    fn misuse(misuse: Misuse) -> String {
        misuse.message(Self::USAGE)
    }
}

/// An argument error found by clap while reading a command's arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Misuse {
    /// An option the command does not have (`--yaml`, `--json=x`).
    UnknownOption(String),
    /// A positional argument after the last one the command takes.
    ExtraArgument(String),
    /// An option given without its value (`--today` at the end).
    MissingValue(String),
    /// Positional arguments left out, as the usage line names them (`<old.json> <new.json>`).
    MissingArgument(String),
    /// Anything else, in clap's words.
    Other(String),
}

impl Misuse {
    /// The misuse that `err` (not a help or version request) stands for.
    pub(crate) fn from_clap(err: &clap::Error) -> Self {
        let arg = context(err, ContextKind::InvalidArg);
        match (err.kind(), arg) {
            (ErrorKind::UnknownArgument, Some(arg)) => {
                if arg.len() > 1 && arg.starts_with('-') {
                    Misuse::UnknownOption(arg)
                } else {
                    Misuse::ExtraArgument(arg)
                }
            }
            // `--json=x`: a flag given a value is an option the command does not have.
            (ErrorKind::TooManyValues, Some(arg)) => {
                let value = context(err, ContextKind::InvalidValue);
                Misuse::UnknownOption(format!("{arg}{}", Part(value.map(|v| format!("={v}")))))
            }
            // `--today` without a date: clap names it `--today <YYYY-MM-DD>`.
            (ErrorKind::InvalidValue | ErrorKind::NoEquals, Some(arg))
                if context(err, ContextKind::InvalidValue).is_some_and(|v| v.is_empty()) =>
            {
                let name = arg.split(' ').next().unwrap_or(&arg).to_owned();
                Misuse::MissingValue(name)
            }
            (ErrorKind::MissingRequiredArgument, _) => Misuse::MissingArgument(missing(err)),
            _ => Misuse::Other(clap_line(err)),
        }
    }

    /// The usual wording, ending with `usage`.
    pub(crate) fn message(&self, usage: &str) -> String {
        match self {
            Misuse::UnknownOption(a) => format!("不明なオプション「{}」: {usage}", Echo::arg(a)),
            Misuse::ExtraArgument(a) => format!("余分な引数「{}」: {usage}", Echo::arg(a)),
            Misuse::MissingValue(a) => format!("{} の値がありません: {usage}", Echo::arg(a)),
            Misuse::MissingArgument(names) => format!("引数 {names} がありません: {usage}"),
            Misuse::Other(text) => format!("{text}: {usage}"),
        }
    }
}

/// The text of one context item of a clap error.
fn context(err: &clap::Error, kind: ContextKind) -> Option<String> {
    err.context().find_map(|(k, v)| match (k == kind, v) {
        (true, ContextValue::String(s)) => Some(s.clone()),
        (true, ContextValue::Strings(s)) => Some(s.join("、")),
        _ => None,
    })
}

/// The positional arguments clap found missing, as the usage lines write them (`<old.json>
/// <new.json>`; `<file.json>` for one or more).
fn missing(err: &clap::Error) -> String {
    let names: Vec<String> = err
        .context()
        .find_map(|(kind, value)| match (kind, value) {
            (ContextKind::InvalidArg, ContextValue::Strings(names)) => Some(names.clone()),
            (ContextKind::InvalidArg, ContextValue::String(name)) => Some(vec![name.clone()]),
            _ => None,
        })
        .unwrap_or_default();
    let names: Vec<&str> = names
        .iter()
        .map(|name| name.trim_end_matches("..."))
        .collect();
    names.join(" ")
}

/// An argument error of clap that no command words itself, in Japanese (clap's own message is
/// English and is never shown): what is wrong, with the argument clap names.
fn clap_line(err: &clap::Error) -> String {
    let arg = context(err, ContextKind::InvalidArg).map(|a| format!("「{}」", Echo::arg(&a)));
    let value = context(err, ContextKind::InvalidValue).map(|v| format!("「{}」", Echo::arg(&v)));
    let (arg, value) = (Part(arg), Part(value));
    match err.kind() {
        ErrorKind::ArgumentConflict => {
            let prior =
                context(err, ContextKind::PriorArg).map(|p| format!("「{}」", Echo::arg(&p)));
            format!("引数{arg}と{}は同時に指定できません", Part(prior))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            format!("引数{arg}の値{value}は使えません")
        }
        ErrorKind::MissingRequiredArgument => format!("引数{arg}がありません"),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            format!("引数{arg}の値の数が正しくありません")
        }
        _ => format!("引数{arg}が正しくありません"),
    }
}

/// An optional part of a line: written as its text when present, left out when absent (the
/// line then reads on without it).
pub(crate) struct Part<T>(pub(crate) Option<T>);

impl<T: Display> Display for Part<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(part) => part.fmt(f),
            None => Ok(()),
        }
    }
}

/// An argument (or a path) as a message echoes it: control characters escaped (`\n`, `\u{1b}`),
/// so that the message stays one line, and a long text cut with `…`.
///
/// An argument keeps its first [`Echo::ARG_CHARS`] characters, like the library's own parse
/// errors; a path keeps its last [`Echo::PATH_CHARS`], where the file name is.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Echo<'a> {
    text: &'a str,
    tail: bool,
}

impl<'a> Echo<'a> {
    /// The most characters of an argument a message shows.
    pub(crate) const ARG_CHARS: usize = 40;
    /// The most characters of a path a message shows.
    pub(crate) const PATH_CHARS: usize = 120;

    /// An argument: its first [`Echo::ARG_CHARS`] characters, then `…`.
    pub(crate) fn arg(text: &'a str) -> Self {
        Echo { text, tail: false }
    }

    /// A path: `…`, then its last [`Echo::PATH_CHARS`] characters.
    pub(crate) fn path(text: &'a str) -> Self {
        Echo { text, tail: true }
    }
}

impl Display for Echo<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.tail {
            let count = self.text.chars().count();
            let skip = count.saturating_sub(Self::PATH_CHARS);
            if skip > 0 {
                f.write_char('…')?;
            }
            return self.text.chars().skip(skip).try_for_each(|c| escaped(c, f));
        }
        for (i, c) in self.text.chars().enumerate() {
            if i == Self::ARG_CHARS {
                return f.write_char('…');
            }
            escaped(c, f)?;
        }
        Ok(())
    }
}

/// Writes `c`, a character that could move the cursor or the reading order as its escape (`\n`,
/// `\u{1b}`, `\u{202e}`): the rule of [`mynumber_pia::visible::Visible`].
fn escaped(c: char, f: &mut impl fmt::Write) -> fmt::Result {
    if mynumber_pia::visible::is_unsafe_char(c) {
        c.escape_default().try_for_each(|e| f.write_char(e))
    } else {
        f.write_char(c)
    }
}

/// Writes `value` as pretty JSON, one document and a line break, with every character that could
/// move the cursor or the reading order written as a JSON escape (`\u001b`, `\u202e`): serde
/// escapes only C0 controls, and such a character can only stand inside a string, where the
/// escape reads back as the same character.
pub(crate) fn write_json<T: serde::Serialize + ?Sized>(
    out: &mut dyn Write,
    value: &T,
) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value).map_err(unwritable_json)?;
    writeln!(out, "{}", safe_json(&text))?;
    Ok(())
}

/// The failure when serde_json cannot write a value (a map whose keys are not strings: a bug of
/// `pia`, never of the input); serde_json's own words are English and not shown.
pub(crate) fn unwritable_json(_: serde_json::Error) -> Failure {
    Failure::usage("JSON を書けませんでした（pia の不具合です）")
}

/// JSON text with the [unsafe](mynumber_pia::visible::is_unsafe_char) characters other than its own line
/// breaks written as `\uXXXX`.
pub(crate) fn safe_json(text: &str) -> std::borrow::Cow<'_, str> {
    if !text
        .chars()
        .any(|c| c != '\n' && mynumber_pia::visible::is_unsafe_char(c))
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if c != '\n' && mynumber_pia::visible::is_unsafe_char(c) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The most characters of a message on stderr; a longer one keeps its start and its end.
const MESSAGE_CHARS: usize = 1_000;

/// `message` as one line of at most [`MESSAGE_CHARS`] characters: control characters escaped
/// (whatever the library or the OS put in it), the middle of a long message cut with `…`. The
/// last guard of the one-line contract: echoed input is already cut by [`Echo`].
pub(crate) fn one_line(message: &str) -> String {
    let mut escaped_text = String::with_capacity(message.len());
    for c in message.chars() {
        // Writing to a String cannot fail.
        let _ = escaped(c, &mut escaped_text);
    }
    let count = escaped_text.chars().count();
    if count <= MESSAGE_CHARS {
        return escaped_text;
    }
    let tail = MESSAGE_CHARS / 4;
    let head = MESSAGE_CHARS - tail - 1;
    let mut out: String = escaped_text.chars().take(head).collect();
    out.push('…');
    out.extend(escaped_text.chars().skip(count - tail));
    out
}

/// Standard output for a command. When the reader goes away (`pia show … | head -1`), the rest
/// of the output is dropped quietly: no panic, no message, and the command's exit code stays.
/// Other write errors are returned.
#[derive(Debug)]
pub(crate) struct Out<W: Write> {
    inner: W,
    closed: bool,
}

impl<W: Write> Out<W> {
    /// Output to `inner`.
    pub(crate) fn new(inner: W) -> Self {
        Out {
            inner,
            closed: false,
        }
    }

    /// Whether the reader has gone away.
    #[cfg(test)]
    pub(crate) fn is_closed(&self) -> bool {
        self.closed
    }

    fn quietly<T>(&mut self, done: T, result: io::Result<T>) -> io::Result<T> {
        match result {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(done)
            }
            other => other,
        }
    }
}

impl<W: Write> Write for Out<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        let result = self.inner.write(buf);
        self.quietly(buf.len(), result)
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        let result = self.inner.flush();
        self.quietly((), result)
    }
}

/// Writes `pia: <message>` as one line on stderr and returns exit code 2.
pub(crate) fn fail(message: &str) -> ExitCode {
    // Nothing is left to tell if stderr itself is closed.
    let _ = write!(io::stderr().lock(), "{}", error_line(message));
    ExitCode::from(2)
}

/// The line `pia: <message>` (one line, with its line break) that a failure writes on stderr.
pub(crate) fn error_line(message: &str) -> String {
    format!("pia: {}\n", one_line(message))
}

/// Reads the arguments after the program name; one that is not UTF-8 is bad input.
pub(crate) fn utf8_args(
    args: impl IntoIterator<Item = std::ffi::OsString>,
) -> Result<Vec<String>, String> {
    args.into_iter()
        .enumerate()
        .map(|(i, arg)| {
            arg.into_string().map_err(|raw| {
                format!(
                    "{}番目の引数 {raw:?} は UTF-8 の文字列ではありません",
                    i + 1
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echo_escapes_and_cuts_an_argument() {
        assert_eq!(Echo::arg("a\nb\t\u{1b}").to_string(), "a\\nb\\t\\u{1b}");
        let forty = "あ".repeat(40);
        assert_eq!(Echo::arg(&forty).to_string(), forty);
        assert_eq!(
            Echo::arg(&format!("{forty}い")).to_string(),
            format!("{forty}…")
        );
        assert_eq!(Echo::arg("").to_string(), "");
    }

    #[test]
    fn echo_keeps_the_end_of_a_path() {
        assert_eq!(Echo::path("/tmp/a\nb.json").to_string(), "/tmp/a\\nb.json");
        let long = format!("/{}/report.json", "d".repeat(500));
        let shown = Echo::path(&long).to_string();
        assert!(
            shown.starts_with('…') && shown.ends_with("/report.json"),
            "{shown}"
        );
        assert_eq!(shown.chars().count(), Echo::PATH_CHARS + 1);
    }

    #[test]
    fn json_escapes_what_serde_leaves_raw() {
        let value = serde_json::json!({"k\u{2028}": "a\u{1b}\u{85}\u{202e}\u{7f}\n"});
        let text = serde_json::to_string_pretty(&value).unwrap();
        let safe = safe_json(&text);
        assert!(
            !safe
                .chars()
                .any(|c| c != '\n' && mynumber_pia::visible::is_unsafe_char(c)),
            "{safe}"
        );
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&safe).unwrap(),
            value
        );
    }

    #[test]
    fn one_line_escapes_and_cuts_the_middle() {
        assert_eq!(one_line("a\r\nb"), "a\\r\\nb");
        assert_eq!(one_line("a\u{2028}\u{202e}"), "a\\u{2028}\\u{202e}");
        let long = format!("start{}end", "x".repeat(5_000));
        let line = one_line(&long);
        assert_eq!(line.chars().count(), MESSAGE_CHARS);
        assert!(
            line.starts_with("startxx") && line.ends_with("xxend"),
            "{line}"
        );
        assert!(line.contains('…'));
        let exact = "y".repeat(MESSAGE_CHARS);
        assert_eq!(one_line(&exact), exact);
    }

    /// A writer whose reader has gone away after `room` bytes.
    struct Pipe {
        written: Vec<u8>,
        room: usize,
        error: io::ErrorKind,
    }

    impl Write for Pipe {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.written.len() + buf.len() > self.room {
                return Err(self.error.into());
            }
            self.written.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_ends_output_quietly() {
        let pipe = Pipe {
            written: Vec::new(),
            room: 7,
            error: io::ErrorKind::BrokenPipe,
        };
        let mut out = Out::new(pipe);
        writeln!(out, "line 1").unwrap();
        assert!(!out.is_closed());
        writeln!(out, "line 2").unwrap();
        writeln!(out, "line 3").unwrap();
        out.flush().unwrap();
        assert!(out.is_closed());
        assert_eq!(out.inner.written, b"line 1\n");
    }

    #[test]
    fn other_write_errors_are_returned() {
        let full = Pipe {
            written: Vec::new(),
            room: 0,
            error: io::ErrorKind::StorageFull,
        };
        let mut out = Out::new(full);
        let err = writeln!(out, "x").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::StorageFull);
        assert!(!out.is_closed());
        let failure = Failure::from(err);
        assert_eq!(
            failure.message(),
            "標準出力に書き込めません（ディスクに空きがありません）"
        );
    }

    #[test]
    fn io_errors_are_worded_in_japanese() {
        let kind = |k| io_words(&io::Error::from(k));
        assert_eq!(kind(io::ErrorKind::NotFound), "ファイルがありません");
        assert_eq!(
            kind(io::ErrorKind::IsADirectory),
            "ファイルではなくディレクトリです"
        );
        // ENAMETOOLONG (36 on Linux) has no wording of its own: its number.
        assert_eq!(
            io_words(&io::Error::from_raw_os_error(36)),
            "入出力エラー（OS のエラー番号 36）"
        );
        assert_eq!(kind(io::ErrorKind::Other), "入出力エラー");
        // EEXIST: `--out-dir` naming a file.
        assert_eq!(
            io_words(&io::Error::from_raw_os_error(17)),
            "同じ名前のファイルがすでにあります"
        );
    }

    #[test]
    fn a_file_is_unreadable_or_unwritable_in_one_wording() {
        let missing = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(
            unreadable("a.json", &missing).message(),
            "a.json: 読み込めません（ファイルがありません）"
        );
        assert_eq!(
            unwritable("d/a.json", &missing).message(),
            "d/a.json: 書き込めません（書き込み先のディレクトリがありません）"
        );
        let exists = io::Error::from(io::ErrorKind::AlreadyExists);
        assert_eq!(
            no_directory("out", &exists).message(),
            "out: ディレクトリを作れません（同じ名前のファイルがすでにあります）"
        );
    }

    #[test]
    fn clap_errors_no_command_words_are_japanese() {
        let command = || {
            clap::Command::new("t")
                .arg(
                    clap::Arg::new("a")
                        .long("a")
                        .action(clap::ArgAction::SetTrue),
                )
                .arg(
                    clap::Arg::new("b")
                        .long("b")
                        .action(clap::ArgAction::SetTrue)
                        .conflicts_with("a"),
                )
                .arg(
                    clap::Arg::new("n")
                        .long("n")
                        .value_parser(clap::value_parser!(u8)),
                )
                .arg(clap::Arg::new("x").required(true))
        };
        let line = |args: &[&str]| {
            let err = command().try_get_matches_from(args).unwrap_err();
            clap_line(&err)
        };
        assert_eq!(
            line(&["t", "x", "--a", "--b"]),
            "引数「--a」と「--b」は同時に指定できません"
        );
        assert_eq!(
            line(&["t", "x", "--n", "300"]),
            "引数「--n <n>」の値「300」は使えません"
        );
        assert_eq!(line(&["t"]), "引数「<x>」がありません");
    }

    #[test]
    fn misuse_wording() {
        let usage = "使い方: pia x";
        assert_eq!(
            Misuse::UnknownOption("--a\nb".into()).message(usage),
            "不明なオプション「--a\\nb」: 使い方: pia x"
        );
        assert_eq!(
            Misuse::ExtraArgument("b.json".into()).message(usage),
            "余分な引数「b.json」: 使い方: pia x"
        );
        assert_eq!(
            Misuse::MissingValue("--today".into()).message(usage),
            "--today の値がありません: 使い方: pia x"
        );
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_arguments_are_named() {
        use std::ffi::OsString;
        use std::os::unix::ffi::OsStringExt;

        let args = [OsString::from("date"), OsString::from_vec(vec![0xff])];
        let err = utf8_args(args).unwrap_err();
        assert_eq!(err, "2番目の引数 \"\\xFF\" は UTF-8 の文字列ではありません");
        assert_eq!(
            utf8_args([OsString::from("a")]).unwrap(),
            vec!["a".to_owned()]
        );
    }
}
