//! `pia import <INPUT>... --out-dir DIR`: many published 評価書 imported in one command.
//!
//! Each INPUT is a file or a directory; a directory stands for the regular files in it, by name,
//! not those in its subdirectories nor hidden ones (`.DS_Store`). For each input `NAME.ext`, in
//! DIR:
//!
//! - `NAME.json`: the draft (the report's JSON), as `pia import INPUT -o` writes it;
//! - `NAME.trace.json`: its trace, as `--trace` writes it;
//! - `NAME.review.html`: its review page, as `--review` writes it;
//! - `NAME.txt`: the text the importer read (for a PDF, its extracted text), the text the trace's
//!   line numbers point into; written for an input refused as not a 評価書 too, when it had text.
//!
//! Two inputs with the same `NAME` (`a/x.pdf` and `b/x.txt`) are told apart by the order given:
//! the second is `NAME-2`, the third `NAME-3`; `summary` is kept for the summary (an input
//! `summary.txt` is `summary-2`). The files of an input refused are removed if an earlier run
//! left them, so that DIR never holds a draft of an input that no longer gives one.
//!
//! stderr gets one line per input as it is done, naming it: `<INPUT>: <summary>（読めなかった文字
//! N）` (the summary of `Draft::summary`) for a draft, `<INPUT>: 取り込めません: <why>` for an input
//! refused. On a terminal a progress bar stands below the lines (never when stderr is a file or a
//! pipe). One input that cannot be read or is not a 評価書 never stops the others.
//!
//! Then `summary.csv` (UTF-8 with a byte-order mark, so that a spreadsheet reads its Japanese;
//! RFC 4180 quoting) and `summary.json` (an array of objects): a row per input, in order, with
//! `file` (the input's path), `draft` (the NAME its files have), `form`, `revision` (the 様式's
//! edition, 和暦), `body` (評価実施機関名), `title` (評価書名), `values`, `inferred`,
//! `unread_chars` (`Trace::unread_chars`: the characters other than white space of the lines
//! left unread), `warnings` (their codes, `IW001 IW007`), `outcome` (`ok`, `attention` or
//! `refused`) and `message` (why an input was refused; empty otherwise).
//!
//! The exit code is the worst of the inputs': 0 when every draft needs no attention, 1 when one
//! needs attention (a warning, or no value read), 2 when an input was refused. A directory that
//! cannot be made or a file that cannot be written stops the command: exit 2 with its one line.

use std::io::{IsTerminal, Write};

use mynumber_pia::import::Draft;
use mynumber_pia::visible::Visible;
use serde::Serialize;

use super::harness::{Echo, Exit, Failure, no_directory, one_line, safe_json, unwritable_json};
use super::import::{
    draft_of, inferred, load_input, needs_attention, review_page, text_of, trace_json, write_file,
};
use super::input::{STDIN, files_in};

/// The name the summary's files take: no input's files are named so.
const SUMMARY: &str = "summary";

/// One row of the summary.
#[derive(Serialize)]
struct Row {
    file: String,
    draft: String,
    form: String,
    revision: String,
    body: String,
    title: String,
    values: usize,
    inferred: usize,
    unread_chars: usize,
    warnings: String,
    outcome: &'static str,
    message: String,
}

/// The columns of `summary.csv`, in order: the fields of [`Row`].
const COLUMNS: [&str; 12] = [
    "file",
    "draft",
    "form",
    "revision",
    "body",
    "title",
    "values",
    "inferred",
    "unread_chars",
    "warnings",
    "outcome",
    "message",
];

/// Imports every input (a directory: its files) into `dir`, writes the summary, and returns the
/// worst outcome.
pub(crate) fn run(inputs: &[String], dir: &str, limit: u64) -> Result<Exit, Failure> {
    let mut files = Vec::new();
    for input in inputs {
        if input == STDIN {
            return Err(Failure::usage(
                "--out-dir では標準入力（-）は読めません: ファイルかディレクトリを指定してください",
            ));
        }
        match files_in(input)? {
            Some(in_dir) => files.extend(in_dir),
            None => files.push(input.clone()),
        }
    }
    if files.is_empty() {
        return Err(Failure::usage(format!(
            "読むファイルがありません（{} に通常のファイルがありません）",
            inputs
                .iter()
                .map(|i| Echo::path(i).to_string())
                .collect::<Vec<_>>()
                .join("、")
        )));
    }
    std::fs::create_dir_all(dir).map_err(|e| no_directory(dir, &e))?;
    let names = draft_names(&files);
    let mut progress = Progress::new(files.len());
    let mut rows = Vec::with_capacity(files.len());
    for (i, (file, name)) in files.iter().zip(&names).enumerate() {
        progress.show(i, file);
        let stem = std::path::Path::new(dir).join(name);
        let stem = stem.to_string_lossy();
        let (row, line) = import_one(file, name, &stem, limit)?;
        progress.line(&line);
        rows.push(row);
    }
    progress.done();
    let base = std::path::Path::new(dir).join(SUMMARY);
    let base = base.to_string_lossy();
    write_file(&format!("{base}.csv"), &csv(&rows))?;
    let json = serde_json::to_string_pretty(&rows).map_err(unwritable_json)?;
    write_file(
        &format!("{base}.json"),
        &(safe_json(&json).into_owned() + "\n"),
    )?;
    let worst = rows
        .iter()
        .map(|r| r.outcome)
        .fold(Exit::Success, |worst, outcome| match (worst, outcome) {
            (Exit::Refused, _) | (_, "refused") => Exit::Refused,
            (Exit::NeedsAttention, _) | (_, "attention") => Exit::NeedsAttention,
            _ => Exit::Success,
        });
    Ok(worst)
}

/// Imports `file` and writes its files at `stem` (`DIR/NAME`): its summary row and its line.
fn import_one(file: &str, name: &str, stem: &str, limit: u64) -> Result<(Row, String), Failure> {
    let mut row = Row {
        file: file.to_owned(),
        draft: name.to_owned(),
        form: String::new(),
        revision: String::new(),
        body: String::new(),
        title: String::new(),
        values: 0,
        inferred: 0,
        unread_chars: 0,
        warnings: String::new(),
        outcome: "refused",
        message: String::new(),
    };
    let text = load_input(file, limit)
        .map_err(|f| f.message())
        .and_then(|bytes| text_of(&bytes));
    let draft = match &text {
        Ok(input) => {
            write_file(&format!("{stem}.txt"), &input.text)?;
            draft_of(input, None)
        }
        Err(why) => {
            remove(&format!("{stem}.txt"));
            Err(why.clone())
        }
    };
    let (draft, text) = match (draft, text) {
        (Ok(draft), Ok(input)) => (draft, input.text),
        (Err(why), _) | (_, Err(why)) => {
            for ext in ["json", "trace.json", "review.html"] {
                remove(&format!("{stem}.{ext}"));
            }
            // A load failure already names the file.
            let why = why
                .strip_prefix(&format!("{}: ", Echo::path(file)))
                .unwrap_or(&why)
                .to_owned();
            let line = format!("{}: 取り込めません: {why}", Visible(file));
            row.message = why;
            return Ok((row, line));
        }
    };
    write_file(&format!("{stem}.trace.json"), &trace_json(&draft)?)?;
    write_file(&format!("{stem}.review.html"), &review_page(&draft, &text))?;
    let report = safe_json(&draft.report.to_json()).into_owned() + "\n";
    write_file(&format!("{stem}.json"), &report)?;
    fill(&mut row, &draft, &text);
    let line = format!(
        "{}: {}（読めなかった文字 {}）",
        Visible(file),
        Visible(&draft.summary()),
        row.unread_chars
    );
    Ok((row, line))
}

/// The row of a draft.
fn fill(row: &mut Row, draft: &Draft, text: &str) {
    let cover = &draft.report.cover;
    row.form = draft.report.form().document_name().to_owned();
    row.revision = cover
        .form_version
        .map(|r| r.to_string())
        .unwrap_or_default();
    row.body = cover.body.clone().unwrap_or_default();
    row.title = cover.title.clone().unwrap_or_default();
    row.values = draft.trace.values.len();
    row.inferred = inferred(draft);
    row.unread_chars = draft.trace.unread_chars(text);
    row.warnings = draft
        .warnings
        .iter()
        .map(|w| w.code())
        .collect::<Vec<_>>()
        .join(" ");
    row.outcome = if needs_attention(draft) {
        "attention"
    } else {
        "ok"
    };
}

/// Removes the file at `path` if it is there (a file of an earlier run).
fn remove(path: &str) {
    // Nothing to do when it is not there; a file that cannot be removed is left, as it was.
    let _ = std::fs::remove_file(path);
}

/// The NAME of each file's drafts: its name without its last extension, `NAME-2`… for a name
/// met before (and for `summary`).
fn draft_names(files: &[String]) -> Vec<String> {
    let mut taken: Vec<String> = vec![SUMMARY.to_owned()];
    let mut names = Vec::with_capacity(files.len());
    for file in files {
        let path = std::path::Path::new(file);
        let stem = path
            .file_stem()
            .map_or_else(|| "input".to_owned(), |s| s.to_string_lossy().into_owned());
        let mut name = stem.clone();
        let mut n = 1;
        while taken.contains(&name) {
            n += 1;
            name = format!("{stem}-{n}");
        }
        taken.push(name.clone());
        names.push(name);
    }
    names
}

/// The summary as CSV: a byte-order mark, the header, a row per input (RFC 4180: a field with a
/// comma, a quote or a line break quoted, its quotes doubled), CRLF line ends.
fn csv(rows: &[Row]) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    for row in rows {
        let fields: [String; 12] = [
            row.file.clone(),
            row.draft.clone(),
            row.form.clone(),
            row.revision.clone(),
            row.body.clone(),
            row.title.clone(),
            row.values.to_string(),
            row.inferred.to_string(),
            row.unread_chars.to_string(),
            row.warnings.clone(),
            row.outcome.to_owned(),
            row.message.clone(),
        ];
        let quoted: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&quoted.join(","));
        out.push_str("\r\n");
    }
    out
}

/// One CSV field: control and bidi characters escaped as everywhere in `pia`, quoted when it
/// holds a comma, a quote or a line break.
fn csv_field(text: &str) -> String {
    let shown = Visible(text).to_string();
    if shown.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", shown.replace('"', "\"\""))
    } else {
        shown
    }
}

/// The progress bar on a terminal: `[#####.....] 12/100 NAME` on the last line of stderr,
/// redrawn for each input, the inputs' lines written above it. Nothing of it where stderr is
/// not a terminal.
struct Progress {
    total: usize,
    terminal: bool,
}

impl Progress {
    /// The width of the bar in characters.
    const WIDTH: usize = 30;

    fn new(total: usize) -> Self {
        Progress {
            total,
            terminal: std::io::stderr().is_terminal(),
        }
    }

    /// The bar before input `done` (from 0) is read.
    fn show(&mut self, done: usize, file: &str) {
        if !self.terminal {
            return;
        }
        let filled = done * Self::WIDTH / self.total.max(1);
        let bar = format!(
            "\r\x1b[2K[{}{}] {done}/{} {}",
            "#".repeat(filled),
            ".".repeat(Self::WIDTH - filled),
            self.total,
            Echo::path(file)
        );
        // Nothing is left to show if stderr itself is closed.
        let _ = std::io::stderr().lock().write_all(bar.as_bytes());
    }

    /// An input's line, above the bar.
    fn line(&mut self, line: &str) {
        let clear = if self.terminal { "\r\x1b[2K" } else { "" };
        let _ = writeln!(std::io::stderr().lock(), "{clear}{}", one_line(line));
    }

    /// The bar taken away.
    fn done(&mut self) {
        if self.terminal {
            let _ = std::io::stderr().lock().write_all(b"\r\x1b[2K");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_told_apart_in_order() {
        let files: Vec<String> = ["a/x.pdf", "b/x.txt", "summary.txt", "c/x", "y.tar.gz"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        assert_eq!(
            draft_names(&files),
            ["x", "x-2", "summary-2", "x-3", "y.tar"]
        );
    }

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(csv_field("江戸川区"), "江戸川区");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"x\""), "\"say \"\"x\"\"\"");
        assert_eq!(csv_field("a\nb"), "a\\nb");
    }
}
