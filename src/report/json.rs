//! The JSON text of a [`Report`] (feature `json`): [`Report::from_json`], [`Report::to_json`] and
//! the [`LoadError`] that says where a text went wrong.

use serde::de::DeserializeSeed;

use super::path::is_plain_name;
use super::reader::Reader;
use super::schema::{Unchecked, outside_form_message};
use super::{ItemId, ItemPath, Report, Segment};
use crate::AssessmentKind;
use crate::label::Visible;

/// What kind of problem stopped a load; `Display` is its words in a [`LoadError`]'s message
/// (「評価書の形式に合いません」).
///
/// ```
/// use mynumber_pia::report::LoadErrorKind;
///
/// assert_eq!(LoadErrorKind::Eof.to_string(), "JSON が途中で終わっています");
/// ```
#[doc(alias = "読み込みエラーの種類")]
#[cfg_attr(docsrs, doc(cfg(feature = "json")))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display)]
#[non_exhaustive]
pub enum LoadErrorKind {
    /// The text is not JSON (or has trailing characters).
    #[strum(to_string = "JSON の構文が正しくありません")]
    Syntax,
    /// The JSON ends too early.
    #[strum(to_string = "JSON が途中で終わっています")]
    Eof,
    /// The JSON is well formed but does not have the shape of a 評価書: an unknown field, a
    /// wrong type, a label that is not a choice, an unsupported `schema_version`.
    #[strum(to_string = "評価書の形式に合いません")]
    Schema,
}

/// Why a JSON text could not be loaded as a [`Report`]: where (the JSON path, line and column)
/// and what was expected.
///
/// ```
/// use mynumber_pia::report::{LoadErrorKind, Report};
///
/// let err = Report::from_json(r#"{"schema_version": 2, "form": "全項目評価", "cover": {"numbr": "3"}}"#).unwrap_err();
/// assert_eq!(err.kind(), LoadErrorKind::Schema);
/// assert_eq!(err.path().to_string(), "cover.numbr");
/// assert!(err.message().contains("numbr"));
/// ```
#[doc(alias = "読み込みエラー")]
#[cfg_attr(docsrs, doc(cfg(feature = "json")))]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {kind}: {message}{}", display_path(.path), position(*.line, *.column))]
pub struct LoadError {
    kind: LoadErrorKind,
    path: ItemPath,
    message: String,
    line: usize,
    column: usize,
}

fn display_path(path: &ItemPath) -> String {
    if path.is_root() {
        "（最上位）".to_owned()
    } else {
        Visible(&path.to_string()).to_string()
    }
}

fn position(line: usize, column: usize) -> String {
    if line == 0 {
        String::new()
    } else {
        format!("（{line}行{column}列）")
    }
}

impl LoadError {
    /// The kind of problem.
    ///
    /// ```
    /// use mynumber_pia::report::{LoadErrorKind, Report};
    ///
    /// let err = Report::from_json("{\n  \"schema_version\": 2,\n  \"form\": 3\n}").unwrap_err();
    /// assert_eq!(err.kind(), LoadErrorKind::Schema);
    /// ```
    #[must_use]
    pub fn kind(&self) -> LoadErrorKind {
        self.kind
    }

    /// The path where it occurred, e.g. `files[0].entrustments[2].re_entrustment` (the top of
    /// the report, `$`, for an error about the whole text). An unknown key that a path cannot
    /// write (empty, `$`, or with `.`, `[` or `]`) ends the path before it; the message names it.
    /// The path's text always reads back as the path.
    ///
    /// ```
    /// use mynumber_pia::report::{LoadErrorKind, Report};
    ///
    /// let err = Report::from_json("{\n  \"schema_version\": 2,\n  \"form\": 3\n}").unwrap_err();
    /// assert_eq!(err.path().to_string(), "form");
    /// ```
    #[must_use]
    pub fn path(&self) -> &ItemPath {
        &self.path
    }

    /// What was wrong and what was expected, in Japanese (serde's wording translated).
    ///
    /// ```
    /// use mynumber_pia::report::{LoadErrorKind, Report};
    ///
    /// let err = Report::from_json("{\n  \"schema_version\": 2,\n  \"form\": 3\n}").unwrap_err();
    /// assert!(err.message().contains("基礎項目評価 / 重点項目評価 / 全項目評価"), "{err}");
    /// ```
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The line (1-based) of the JSON text; 0 when the error is about the report as a whole (an
    /// item its form does not print).
    ///
    /// ```
    /// use mynumber_pia::report::{LoadErrorKind, Report};
    ///
    /// let err = Report::from_json("{\n  \"schema_version\": 2,\n  \"form\": 3\n}").unwrap_err();
    /// assert_eq!((err.line(), err.column()), (3, 11));
    /// ```
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column (1-based) of the JSON text; 0 when the line is 0.
    ///
    /// ```
    /// use mynumber_pia::report::{LoadErrorKind, Report};
    ///
    /// let err = Report::from_json("{\n  \"schema_version\": 2,\n  \"form\": 3\n}").unwrap_err();
    /// assert_eq!(err.column(), 11);
    /// ```
    #[must_use]
    pub fn column(&self) -> usize {
        self.column
    }

    /// A filled item that the report's form does not print (様式2–4 differ; see [`ItemId`]).
    fn outside_form(form: AssessmentKind, id: ItemId, path: ItemPath) -> Self {
        LoadError {
            kind: LoadErrorKind::Schema,
            path,
            message: outside_form_message(form, id),
            line: 0,
            column: 0,
        }
    }

    fn from_json_error(path: Option<&serde_path_to_error::Path>, err: &serde_json::Error) -> Self {
        let kind = match err.classify() {
            serde_json::error::Category::Eof => LoadErrorKind::Eof,
            serde_json::error::Category::Data => LoadErrorKind::Schema,
            serde_json::error::Category::Syntax | serde_json::error::Category::Io => {
                LoadErrorKind::Syntax
            }
        };
        let full = err.to_string();
        let message = full.rfind(" at line ").and_then(|pos| full.get(..pos));
        let message = message.unwrap_or(&full);
        // In Japanese, on one line, whatever the input echoed in it (an unknown key with a line
        // break).
        let message = Visible(&super::serde_ja::japanese(message)).to_string();
        let mut segments = Vec::new();
        for segment in path.into_iter().flatten() {
            segments.push(match segment {
                serde_path_to_error::Segment::Seq { index } => Segment::Index(*index),
                serde_path_to_error::Segment::Map { key } if is_plain_name(key) => {
                    Segment::Field(key.clone().into())
                }
                serde_path_to_error::Segment::Enum { variant } if is_plain_name(variant) => {
                    Segment::Field(variant.clone().into())
                }
                // A key a path cannot write so that it reads back (``, `a.b`, `x[0`, `$`: the
                // message names it), or a step it could not name (at the end of the input):
                // the path stops before it.
                serde_path_to_error::Segment::Map { .. }
                | serde_path_to_error::Segment::Enum { .. }
                | serde_path_to_error::Segment::Unknown => break,
            });
        }
        let path = ItemPath::from(segments);
        LoadError {
            kind,
            path,
            message,
            line: err.line(),
            column: err.column(),
        }
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "json")))]
impl Report {
    /// Loads a report from JSON text (see the [module docs](crate::report) for the format).
    ///
    /// # Errors
    ///
    /// A [`LoadError`] naming the JSON path and what was expected when the text is not JSON, has
    /// an unknown field, a wrong type or label, another `schema_version`, or fills in an item its
    /// form does not print (see [`Report::items_outside_form`]).
    ///
    /// ```
    /// use mynumber_pia::report::Report;
    ///
    /// let r = Report::from_json(r#"{"schema_version": 2, "form": "基礎項目評価"}"#)?;
    /// assert!(r.basic().is_some());
    /// # Ok::<(), mynumber_pia::report::LoadError>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Report, LoadError> {
        // Fast path: this crate's reader, which reads the text as serde_json would. When it does
        // not read the text, serde_json does: plainly if the reader left JSON to it that it
        // does not read itself, and then, if that fails or the text was refused already,
        // tracking the JSON path (which costs as much again), so that the error can name where
        // it went wrong. The form check runs here, on the typed report, to give its path as a
        // value; `Deserialize` runs the same.
        let mut reader = Reader::new(text);
        let left = match Unchecked.deserialize(&mut reader) {
            Ok(report) if reader.at_end() => return Self::in_form(report),
            // More than whitespace after the report's object: serde_json refuses that too.
            Ok(_) => false,
            Err(_) => reader.left,
        };
        if left {
            let mut de = serde_json::Deserializer::from_str(text);
            if let Ok(report) = Unchecked
                .deserialize(&mut de)
                .and_then(|r| de.end().map(|()| r))
            {
                return Self::in_form(report);
            }
        }
        let mut de = serde_json::Deserializer::from_str(text);
        let mut track = serde_path_to_error::Track::new();
        let report = Unchecked
            .deserialize(serde_path_to_error::Deserializer::new(&mut de, &mut track))
            .map_err(|e| LoadError::from_json_error(Some(&track.path()), &e))?;
        de.end().map_err(|e| LoadError::from_json_error(None, &e))?;
        Self::in_form(report)
    }

    /// `report`, if it fills no item its form does not print.
    fn in_form(report: Report) -> Result<Report, LoadError> {
        match report.items_outside_form().into_iter().next() {
            Some((id, path)) => Err(LoadError::outside_form(report.form(), id, path)),
            None => Ok(report),
        }
    }

    /// The report as pretty-printed JSON; [`Report::from_json`] reads it back to an equal value
    /// when the report fills no item its form does not print ([`Report::items_outside_form`] is
    /// empty, as for every loaded report and every one [`ReportBuilder`](super::ReportBuilder)
    /// builds), and otherwise refuses it at that item's path (a hand-built report may fill one:
    /// [`Report::without_items_outside_form`] clears them).
    ///
    /// ```
    /// use mynumber_pia::report::{Report, ReportBuilder};
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let r = ReportBuilder::new(AssessmentKind::Focused, "後期高齢者医療に関する事務").build();
    /// let json = r.to_json();
    /// assert!(json.starts_with("{\n  \"schema_version\": 2,\n  \"form\": \"重点項目評価\""));
    /// assert_eq!(Report::from_json(&json)?, r);
    /// # Ok::<(), mynumber_pia::report::LoadError>(())
    /// ```
    #[must_use]
    #[allow(clippy::expect_used)]
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect(
            "a report serializes to JSON: every map key is a label string, no value is a float",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_reports_load() {
        for (form, key) in [
            ("基礎項目評価", "basic"),
            ("重点項目評価", "focused"),
            ("全項目評価", "full"),
        ] {
            let r =
                Report::from_json(&format!(r#"{{"schema_version":1,"form":"{form}"}}"#)).unwrap();
            assert_eq!(r.form().as_str(), key);
            let r2 = Report::from_json(&format!(
                r#"{{"schema_version":1,"form":"{form}","{key}":{{}}}}"#
            ))
            .unwrap();
            assert_eq!(r, r2);
        }
    }

    #[test]
    fn rejects_wrong_version_and_mismatched_part() {
        let e = Report::from_json(r#"{"schema_version":3,"form":"全項目評価"}"#).unwrap_err();
        assert_eq!(e.kind(), LoadErrorKind::Schema);
        assert!(e.message().contains("schema_version 3"));
        let e = Report::from_json(r#"{"schema_version":1,"form":"全項目評価","focused":{}}"#)
            .unwrap_err();
        assert!(e.message().contains("\"full\""), "{e}");
        let e = Report::from_json(r#"{"form":"全項目評価"}"#).unwrap_err();
        assert!(e.message().contains("schema_version"));
    }

    #[test]
    fn unknown_fields_are_rejected_with_their_path() {
        let e = Report::from_json(r#"{"schema_version":1,"form":"全項目評価","colour":1}"#)
            .unwrap_err();
        assert!(e.message().contains("colour"), "{e}");
        let e = Report::from_json(
            r#"{"schema_version":1,"form":"全項目評価","files":[{"entrustments":[{},{"re_entrustment":"する"}]}]}"#,
        )
        .unwrap_err();
        assert_eq!(e.path(), "files[0].entrustments[1].re_entrustment");
        assert!(e.message().contains("再委託する"), "{e}");
        let e = Report::from_json(
            r#"{"schema_version":1,"form":"全項目評価","full":{"risk_measures":{"usage":{"risk9":{}}}}}"#,
        )
        .unwrap_err();
        assert!(
            e.path().to_string().starts_with("full.risk_measures.usage"),
            "{}",
            e.path()
        );
    }

    /// Found by the fuzz driver (`cargo run --release --example fuzz -- report`): the path of
    /// an unknown key `""` printed `affair.`, which does not read back as a path.
    #[test]
    fn unknown_keys_a_path_cannot_write_end_the_path() {
        for key in ["", "$", "a.b", "x[0", "y]", "[1]"] {
            let text = format!(
                r#"{{"schema_version":1,"form":"全項目評価","affair":{{{}:1}}}}"#,
                serde_json::to_string(key).unwrap()
            );
            let e = Report::from_json(&text).unwrap_err();
            assert_eq!(e.path(), "affair", "{key:?}: {e}");
            assert_eq!(
                e.path().to_string().parse::<ItemPath>().as_ref(),
                Ok(e.path())
            );
            assert!(e.message().contains(&format!("「{key}」")), "{key:?}: {e}");
        }
        let e =
            Report::from_json(r#"{"schema_version":1,"form":"全項目評価","affair":{"colour":1}}"#)
                .unwrap_err();
        assert_eq!(e.path(), "affair.colour");
    }

    #[test]
    fn items_the_form_does_not_print_are_rejected() {
        let e = Report::from_json(
            r#"{"schema_version":1,"form":"重点項目評価","files":[{},{"storage":{"retention":"5年"}}]}"#,
        )
        .unwrap_err();
        assert_eq!(e.kind(), LoadErrorKind::Schema);
        assert_eq!(e.path(), "files[1].storage.retention");
        assert_eq!((e.line(), e.column()), (0, 0));
        assert_eq!(
            e.to_string(),
            "files[1].storage.retention: 評価書の形式に合いません: 「保管期間」は重点項目評価書（様式3）にない項目です（全項目評価書（様式4） Ⅱ6②の項目）。null にするか削除してください"
        );
        // null and empty values are fine: that is how a 重点 report is saved.
        assert!(
            Report::from_json(
                r#"{"schema_version":1,"form":"重点項目評価","files":[{"storage":{"retention":null,"erasure":""}}]}"#
            )
            .is_ok()
        );
        let e = Report::from_json(
            r#"{"schema_version":1,"form":"基礎項目評価","systems":[{"name":"宛名","functions":"照会"}]}"#,
        )
        .unwrap_err();
        assert_eq!(e.path(), "systems[0].functions");
        let e = Report::from_json(
            r#"{"schema_version":1,"form":"重点項目評価","cover":{"approval_date":"2025-01-06"}}"#,
        )
        .unwrap_err();
        assert!(e.message().contains("承認日"), "{e}");
    }

    #[test]
    fn bad_dates_name_their_path_and_the_expected_format() {
        let e = Report::from_json(
            r#"{"schema_version":1,"form":"全項目評価","cover":{"published_on":"令和6年12月6日"}}"#,
        )
        .unwrap_err();
        assert_eq!(e.path(), "cover.published_on");
        assert!(e.message().contains("日付 \"YYYY-MM-DD\""), "{e}");
        let e = Report::from_json(
            r#"{"schema_version":1,"form":"重点項目評価","changes":[{"date":"2024-02-30"}]}"#,
        )
        .unwrap_err();
        assert_eq!(e.path(), "changes[0].date");
        assert!(e.message().contains("2024-02-30"), "{e}");
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let e = Report::from_json("{\n  \"schema_version\": 1,\n  oops\n}").unwrap_err();
        assert_eq!(e.kind(), LoadErrorKind::Syntax);
        assert_eq!(e.line(), 3);
        let e = Report::from_json("{\"schema_version\": 1").unwrap_err();
        assert_eq!(e.kind(), LoadErrorKind::Eof);
        let e = Report::from_json(r#"{"schema_version":1,"form":"全項目評価"} x"#).unwrap_err();
        assert_eq!(e.kind(), LoadErrorKind::Syntax);
        // An error about the whole text is at the top, which the message names in words.
        assert!(e.path().is_root());
        assert!(
            e.to_string()
                .starts_with("（最上位）: JSON の構文が正しくありません"),
            "{e}"
        );
    }
}
