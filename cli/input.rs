//! Reading a 評価書 file (or, for `import`, any file's bytes): the one place where `pia` reads files (the library never does;
//! `clippy.toml` forbids file reading everywhere else).
//!
//! Whatever the path names (a missing file, a directory, `/dev/null`, a device that never ends,
//! a 50 MB file, invalid UTF-8), the answer is a report or a one-line [`Failure`], in bounded
//! memory: at most [`MAX_BYTES`] bytes are read. The path `-` is standard input (read once: a
//! second `-` in one command is bad input). A UTF-8 byte order mark is skipped, and CRLF line
//! ends are JSON white space like LF.

use std::fs::File;
use std::io::{self, Read};

use mynumber_pia::import::decode;
use mynumber_pia::report::Report;

use super::harness::{Echo, Failure, unreadable};

/// The largest file `pia` reads. A real 全項目評価書 (江戸川区 国民健康保険, 143 change rows) is
/// about 200 KB of JSON.
pub(crate) const MAX_BYTES: u64 = 10 * 1024 * 1024;

/// Why a report file could not be loaded.
#[derive(Debug)]
enum LoadFailure {
    /// The file could not be opened or read (missing, a directory, not permitted).
    Read(io::Error),
    /// The file was read but holds no report; the message says why and where.
    Content(String),
}

/// The path that stands for standard input.
pub(crate) const STDIN: &str = "-";

/// The name of `path` in messages and output: `<stdin>` for `-`.
pub(crate) fn shown_name(path: &str) -> &str {
    if path == STDIN { "<stdin>" } else { path }
}

/// Refuses `-` given more than once among `paths`: standard input can be read once.
pub(crate) fn stdin_once<'a>(paths: impl IntoIterator<Item = &'a String>) -> Result<(), Failure> {
    if paths.into_iter().filter(|p| p.as_str() == STDIN).count() > 1 {
        return Err(Failure::usage(
            "標準入力（-）は1回しか読めません: - は1つだけ指定してください",
        ));
    }
    Ok(())
}

/// Reads and loads the report at `path` (`-`: standard input). The failure's message starts
/// with the path; a file that cannot be opened or read says so as [`unreadable`] does, the
/// same for every command. A PDF or a text that is not JSON is pointed to `pia import`.
pub(crate) fn load_report(path: &str) -> Result<Report, Failure> {
    read_text(path)
        .and_then(|text| {
            Report::from_json(&text)
                .map_err(|e| LoadFailure::Content(not_a_report(&text, &e.to_string())))
        })
        .map_err(|failure| failure.named(path))
}

/// Reads the trace `pia import --trace` wrote at `path` (`-`: standard input): its values and
/// unread lines (its other keys are not needed). The failure's message starts with the path.
pub(crate) fn load_trace(path: &str) -> Result<mynumber_pia::import::Trace, Failure> {
    read_text(path)
        .and_then(|text| {
            serde_json::from_str(&text).map_err(|e| {
                LoadFailure::Content(format!(
                    "pia import --trace の読取り記録として読めません（{}行目 {}列目）",
                    e.line(),
                    e.column()
                ))
            })
        })
        .map_err(|failure| failure.named(path))
}

/// What `pia import` reads, named where a report's JSON was expected.
const IMPORT_HINT: &str =
    "公表された評価書のテキスト・HTML・PDF は pia import で評価書の JSON（下書き）にできます";

/// The message for `text` that did not load as a report (`why`): a text that does not even
/// start as a JSON object or array is likely a published 評価書, for `pia import`.
fn not_a_report(text: &str, why: &str) -> String {
    match text.trim_start().chars().next() {
        Some('{' | '[') => why.to_owned(),
        _ => format!("{why}: 評価書の JSON ではありません。{IMPORT_HINT}"),
    }
}

impl LoadFailure {
    /// The one-line failure for the file at `path`: its name, then why.
    fn named(self, path: &str) -> Failure {
        let shown = shown_name(path);
        match self {
            LoadFailure::Read(e) => unreadable(shown, &e),
            LoadFailure::Content(why) => Failure::usage(format!("{}: {why}", Echo::path(shown))),
        }
    }
}

/// The bytes of the file at `path` (`-`: standard input), at most `limit` ([`MAX_BYTES`] unless
/// `pia import --max-size` says otherwise), for a command that reads them itself (`import`: a
/// text in any encoding, or a PDF). The failure's message starts with the path, worded as
/// [`load_report`]'s.
pub(crate) fn load_bytes_up_to(path: &str, limit: u64) -> Result<Vec<u8>, Failure> {
    read_bytes(path, limit).map_err(|failure| failure.named(path))
}

/// The regular files of the directory at `path`, by name, not those inside its directories nor
/// hidden ones (a name starting with `.`, which a file manager does not show either); a path
/// that is not a directory is `Ok(None)`. `pia import` takes a directory as all its files.
pub(crate) fn files_in(path: &str) -> Result<Option<Vec<String>>, Failure> {
    if path == STDIN || !std::path::Path::new(path).is_dir() {
        return Ok(None);
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).map_err(|e| unreadable(path, &e))? {
        let entry = entry.map_err(|e| unreadable(path, &e))?;
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        // A link is followed: a link to a file is a file of the directory.
        let is_file = std::fs::metadata(entry.path()).is_ok_and(|m| m.is_file());
        if hidden || !is_file {
            continue;
        }
        files.push(entry.path().to_string_lossy().into_owned());
    }
    files.sort();
    Ok(Some(files))
}

/// The text of the file at `path` (`-`: standard input), at most [`MAX_BYTES`]: UTF-8, or
/// Shift_JIS or UTF-16 as `pia import` reads them.
fn read_text(path: &str) -> Result<String, LoadFailure> {
    read_bytes(path, MAX_BYTES).and_then(|bytes| text_of(bytes).map_err(LoadFailure::Content))
}

/// The bytes of the file at `path` (`-`: standard input), at most `limit`.
fn read_bytes(path: &str, limit: u64) -> Result<Vec<u8>, LoadFailure> {
    if path == STDIN {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .take(limit.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(LoadFailure::Read)?;
        return within_limit(bytes, limit).map_err(LoadFailure::Content);
    }
    #[allow(clippy::disallowed_methods)] // the command line reads the file
    let file = File::open(path).map_err(LoadFailure::Read)?;
    if let Ok(meta) = file.metadata() {
        if meta.is_file() && meta.len() > limit {
            return Err(LoadFailure::Content(format!(
                "ファイルが大きすぎます（{} バイト、上限は {limit} バイト）",
                meta.len()
            )));
        }
    }
    // A device or a pipe has no size: read one byte past the limit to know it is too large.
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(LoadFailure::Read)?;
    within_limit(bytes, limit).map_err(LoadFailure::Content)
}

/// `bytes` (read up to one byte past `limit`) unless there are more than `limit`.
fn within_limit(bytes: Vec<u8>, limit: u64) -> Result<Vec<u8>, String> {
    if u64::try_from(bytes.len()).map_or(true, |size| size > limit) {
        return Err(format!("ファイルが大きすぎます（上限は {limit} バイト）"));
    }
    Ok(bytes)
}

/// The text of a report file's `bytes` (at most [`MAX_BYTES`]), without a leading byte order
/// mark: UTF-8, else Shift_JIS (CP932) or UTF-16 with its byte order mark, as `pia import` reads
/// them ([`decode`]); `Err` says why they are not a report's text (a PDF is pointed to `pia
/// import`).
fn text_of(mut bytes: Vec<u8>) -> Result<String, String> {
    if bytes.is_empty() {
        return Err("ファイルが空です（評価書の JSON がありません）".to_owned());
    }
    if bytes.starts_with(b"%PDF-") {
        return Err(format!(
            "PDF です（評価書の JSON ではありません）。{IMPORT_HINT}"
        ));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err("ファイルが空です（BOM のほかに評価書の JSON がありません）".to_owned());
        }
    }
    // Bytes that are not UTF-8 are read, or refused, as `pia import` reads them: a refusal says
    // what import's says, where the first byte no encoding reads is.
    String::from_utf8(bytes).or_else(|e| match decode(e.as_bytes()) {
        Ok(decoded) => Ok(decoded.text.into_owned()),
        Err(refused) => Err(refused.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(bytes: &[u8]) -> String {
        text_of(bytes.to_vec()).unwrap_err()
    }

    #[test]
    fn plain_utf8_is_the_text() {
        assert_eq!(text_of(b"{}".to_vec()), Ok("{}".to_owned()));
        assert_eq!(
            text_of("{\"a\": \"令和\"}".as_bytes().to_vec()),
            Ok("{\"a\": \"令和\"}".to_owned())
        );
    }

    #[test]
    fn empty_bom_and_bytes_of_no_text_are_refused_with_the_place() {
        assert!(refused(b"").contains("空"));
        assert!(refused(b"\xEF\xBB\xBF").contains("BOM"));
        assert_eq!(
            text_of(b"\xEF\xBB\xBF{}\r\n".to_vec()),
            Ok("{}\r\n".to_owned())
        );
        assert_eq!(
            refused(b"{\n\"a\": \"\xff\"}"),
            "入力はテキストではありません: オフセット 8 のバイト: UTF-8 としても Shift_JIS（CP932）としても読めません"
        );
    }

    #[test]
    fn shift_jis_and_utf16_are_read_as_import_reads_them() {
        // 「{"a": "令和"}」 in Shift_JIS (CP932): 令 = 97 DF, 和 = 98 61.
        assert_eq!(
            text_of(b"{\"a\": \"\x97\xDF\x98\x61\"}".to_vec()),
            Ok("{\"a\": \"令和\"}".to_owned())
        );
        assert_eq!(text_of(b"\xFF\xFE{\0}\0".to_vec()), Ok("{}".to_owned()));
    }

    #[test]
    fn a_pdf_or_a_text_is_pointed_to_import() {
        assert!(refused(b"%PDF-1.7\n").contains("pia import"));
        assert!(not_a_report("特定個人情報保護評価書", "x").contains("pia import"));
        assert_eq!(not_a_report(" {", "x"), "x");
    }

    #[test]
    fn more_than_the_limit_is_too_large() {
        let size = usize::try_from(MAX_BYTES).unwrap();
        assert!(within_limit(vec![b' '; size], MAX_BYTES).is_ok());
        assert!(
            within_limit(vec![b' '; size + 1], MAX_BYTES)
                .unwrap_err()
                .contains("大きすぎます")
        );
    }
}
