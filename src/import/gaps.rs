//! What a draft's [`Trace`] tells about the text it was read from, for the person who confirms
//! the draft: how many characters were left unread ([`Trace::unread_chars`]), and whether an
//! item the draft leaves empty was left so by the import or by the report ([`Gaps`]).
//!
//! A draft's empty item is one of three things. The report leaves it empty: the values around
//! its place were read, and no line there was left unread. The import left it empty: lines at its
//! place were left unread ([`Gap::Unread`]), and the value may be among them. Or the text had no
//! such part ([`Gap::Absent`]): nothing of the part of the form that holds the item was read
//! (a text cut short, a chapter the text does not print). Validation of a draft (`pia validate
//! DRAFT.json --trace TRACE.json`) marks its findings on the last two, so that an import's gap is
//! not taken for a fault of the report.
//!
//! An item's *place* is found from the values the import did read: the values of the nearest
//! block, file or chapter that holds the item and has values (its JSON Pointer's longest prefix
//! with traced values) span its first to its last line, and the place runs on to the line before
//! the next value read after them.

use std::borrow::Cow;

use crate::report::{ItemPath, Segment};

use super::{Trace, Unread};

impl Trace {
    /// How many characters of `text` the import left unread: the characters other than white
    /// space (spaces, tabs, line breaks, the full-width space) of the source lines in
    /// [`Trace::unread`], each line counted once however many ranges hold it. `text` is the text
    /// the trace's line numbers count in: the text given to [`super::import`] (after decoding;
    /// for a PDF, the text [`super::pdf_text`] gave). Lines past the end of `text` count nothing.
    ///
    /// White space is left out because it carries nothing a person would miss: a PDF text's
    /// indentation and a table's padding would otherwise count as unread.
    ///
    /// ```
    /// use mynumber_pia::import::{import, Trace};
    /// use mynumber_pia::{render, AssessmentKind, Report};
    ///
    /// let text = render::to_markdown(&Report::example(AssessmentKind::Basic));
    /// let draft = import(&text)?;
    /// assert!(draft.trace.unread_chars(&text) <= text.chars().count());
    /// assert_eq!(Trace::default().unread_chars(&text), 0);
    /// # Ok::<(), mynumber_pia::import::ImportError>(())
    /// ```
    #[must_use]
    pub fn unread_chars(&self, text: &str) -> usize {
        let mut ranges: Vec<[usize; 2]> = self.unread.iter().map(|u| u.lines).collect();
        ranges.sort_unstable();
        let mut count = 0;
        // The ranges in order: a line is counted when the walk over the text reaches it inside
        // one of them (the next range to look at is `next`).
        let mut next = 0;
        for (i, line) in text.lines().enumerate() {
            let no = i + 1;
            while ranges.get(next).is_some_and(|r| r[1] < no) {
                next += 1;
            }
            let Some(range) = ranges.get(next) else {
                break;
            };
            if range[0] <= no {
                count += line.chars().filter(|c| !c.is_whitespace()).count();
            }
        }
        count
    }
}

/// Why an item a draft leaves empty may have been left so by the import.
#[doc(alias = "取込みの欠け")]
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Gap {
    /// Lines at the item's place were left unread: the value may be among them.
    Unread(Vec<Unread>),
    /// No value of the part of the form that holds the item was read: the text may not have that
    /// part (cut short, or a chapter it does not print), or all of it was left unread.
    Absent,
}

/// The places of a draft's values, to tell the items the import left empty ([`Gaps::at`]).
///
/// ```
/// use mynumber_pia::import::{Confidence, Gap, Gaps, Trace, TracedValue, Unread, UnreadReason};
///
/// // A trace whose cover values were read on lines 3 and 9, with lines 5–6 left unread.
/// let trace: Trace = serde_json::from_str(r#"{
///   "values": [
///     {"pointer": "/cover/number", "lines": [3, 3], "confidence": "exact", "rule": "cell"},
///     {"pointer": "/cover/body", "lines": [9, 9], "confidence": "exact", "rule": "cell"}
///   ],
///   "unread": [{"lines": [5, 6], "code": "IU001", "reason": "どの項目にも属さない"}]
/// }"#).unwrap();
/// let gaps = Gaps::new(&trace);
/// // The cover's 評価書名 was not read, and lines at the cover's place were left unread.
/// let title = "cover.title".parse()?;
/// assert!(matches!(gaps.at(&title), Some(Gap::Unread(u)) if u[0].lines == [5, 6]));
/// // A value that was read is no gap; nothing of chapter Ⅳ was read at all.
/// assert_eq!(gaps.at(&"cover.number".parse()?), None);
/// assert_eq!(gaps.at(&"disclosure.inquiry_contact".parse()?), Some(Gap::Absent));
/// # Ok::<(), mynumber_pia::report::ParsePathError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Gaps<'t> {
    trace: &'t Trace,
    /// Each traced value's path and lines (values whose pointer is no path of the model are left
    /// out).
    read: Vec<(ItemPath, [usize; 2])>,
}

impl<'t> Gaps<'t> {
    /// The places of `trace`'s values.
    #[must_use]
    pub fn new(trace: &'t Trace) -> Self {
        let read = trace
            .values
            .iter()
            .filter_map(|v| Some((path_of_pointer(&v.pointer)?, v.lines)))
            .collect();
        Gaps { trace, read }
    }

    /// Whether the item at `path` (a draft's empty item, or a finding's place) was left empty by
    /// the import: `None` when a value at or around it was read (at, inside or under `path`)
    /// or when no line at its place was left unread (the report leaves it empty); else the
    /// [`Gap`].
    #[must_use]
    pub fn at(&self, path: &ItemPath) -> Option<Gap> {
        let related = |read: &ItemPath| read.starts_with(path) || path.starts_with(read);
        if path.is_root() || self.read.iter().any(|(read, _)| related(read)) {
            return None;
        }
        // The nearest part of the form that holds `path` and has values read.
        let segments = path.segments();
        for len in (1..segments.len()).rev() {
            let prefix = ItemPath::from(segments.get(..len)?.to_vec());
            let lines = self
                .read
                .iter()
                .filter(|(read, _)| read.starts_with(&prefix))
                .map(|(_, lines)| *lines);
            let Some(span) = lines.reduce(|a, b| [a[0].min(b[0]), a[1].max(b[1])]) else {
                continue;
            };
            // The place runs on to the line before the next value read after the part's.
            let next = self
                .read
                .iter()
                .map(|(_, lines)| lines[0])
                .filter(|&first| first > span[1])
                .min();
            let end = next.map_or(usize::MAX, |first| first - 1);
            let unread: Vec<Unread> = self
                .trace
                .unread
                .iter()
                .filter(|u| u.lines[0] <= end && u.lines[1] >= span[0])
                .cloned()
                .collect();
            return (!unread.is_empty()).then_some(Gap::Unread(unread));
        }
        Some(Gap::Absent)
    }
}

/// The [`ItemPath`] of a JSON Pointer into a report's JSON (`/files/0/entrustments/1/entrustee`
/// → `files[0].entrustments[1].entrustee`); `None` for the root or a pointer that does not start
/// with `/`. A segment of digits is a list position (a report's JSON has no field named by
/// digits); `~1` and `~0` are read back to `/` and `~` (RFC 6901).
pub(crate) fn path_of_pointer(pointer: &str) -> Option<ItemPath> {
    let rest = pointer.strip_prefix('/')?;
    let segments = rest
        .split('/')
        .map(|segment| match segment.parse::<usize>() {
            Ok(index) if segment.bytes().all(|b| b.is_ascii_digit()) => Segment::Index(index),
            _ => Segment::Field(Cow::Owned(segment.replace("~1", "/").replace("~0", "~"))),
        })
        .collect::<Vec<_>>();
    Some(ItemPath::from(segments))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Confidence, TracedValue, UnreadReason};

    fn traced(pointer: &str, lines: [usize; 2]) -> TracedValue {
        TracedValue {
            pointer: pointer.to_owned(),
            lines,
            confidence: Confidence::Exact,
            rule: Cow::Borrowed("cell"),
        }
    }

    fn unread(lines: [usize; 2]) -> Unread {
        Unread {
            lines,
            reason: UnreadReason::NoItem,
        }
    }

    fn path(text: &str) -> ItemPath {
        text.parse().unwrap()
    }

    #[test]
    fn pointers_become_paths() {
        assert_eq!(
            path_of_pointer("/files/0/entrustments/12/entrustee").unwrap(),
            "files[0].entrustments[12].entrustee"
        );
        assert_eq!(
            path_of_pointer("/a~1b~0c").unwrap().last_field(),
            Some("a/b~c")
        );
        assert_eq!(path_of_pointer("files"), None);
        assert_eq!(path_of_pointer("/+1").unwrap().last_field(), Some("+1"));
    }

    #[test]
    fn unread_characters_leave_out_white_space_and_count_a_line_once() {
        let text = "一行目\n ２ 行目\t\n三行目\r\n\n五　行\n";
        let trace = Trace {
            unread: vec![unread([2, 3]), unread([3, 3]), unread([5, 9])],
            ..Trace::default()
        };
        // 「２行目」, 「三行目」 and 「五行」: 3 + 3 + 2.
        assert_eq!(trace.unread_chars(text), 8);
        assert_eq!(trace.unread_chars(""), 0);
    }

    #[test]
    fn a_gap_is_where_lines_around_the_item_were_left_unread() {
        let trace = Trace {
            values: vec![
                traced("/files/0/entrustments/0/entrustee", [10, 10]),
                traced("/files/0/entrustments/0/scope", [12, 12]),
                traced("/files/0/entrustments/1/entrustee", [20, 21]),
                traced("/files/0/names/0", [4, 4]),
                traced("/files/1/entrustments/0/entrustee", [40, 40]),
            ],
            unread: vec![unread([13, 15]), unread([30, 31])],
            ..Trace::default()
        };
        let gaps = Gaps::new(&trace);
        // Read, or inside a value read.
        assert_eq!(gaps.at(&path("files[0].entrustments[0].scope")), None);
        assert_eq!(gaps.at(&path("files[0].names")), None);
        assert_eq!(gaps.at(&path("files[0].names[0]")), None);
        // Block 1 of file 0: lines 10–12, then up to line 19: the unread 13–15 are there.
        let gap = gaps.at(&path("files[0].entrustments[0].method"));
        assert_eq!(gap, Some(Gap::Unread(vec![unread([13, 15])])));
        // Block 2 of file 0: lines 20–21, up to line 39: the unread 30–31.
        let gap = gaps.at(&path("files[0].entrustments[1].method"));
        assert_eq!(gap, Some(Gap::Unread(vec![unread([30, 31])])));
        // File 1 was read at line 40 and nothing after it was left unread: the report's own.
        assert_eq!(gaps.at(&path("files[1].entrustments[0].method")), None);
        // Nothing of chapter Ⅳ was read.
        assert_eq!(
            gaps.at(&path("disclosure.inquiry_contact")),
            Some(Gap::Absent)
        );
        assert_eq!(gaps.at(&ItemPath::root()), None);
    }
}
