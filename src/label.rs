//! Exact choice labels and the lenient matching used to parse them.
//!
//! Every ＜選択肢＞ list of the forms is a Rust enum declared with the crate-internal
//! `choice_enum!` macro. The macro gives each enum, from one table of `variant => "label"` rows:
//!
//! - `label()`, a `const fn` returning the label exactly as the form prints it;
//! - `ALL` (every variant in form order) and `LABELS` (every official label);
//! - [`Display`](std::fmt::Display), which prints the official label;
//! - [`FromStr`](std::str::FromStr), which accepts the label and its real-world variants
//!   (see [`normalize_label`]) and fails with a [`ParseChoiceError`] naming the list and the labels
//!   it accepts;
//! - serde support: serialized and deserialized as the official label exactly (the JSON Schema
//!   of the report lists the labels; the lenient spellings are for text input, through `FromStr`);
//! - with the feature `schema`, a `schemars::JsonSchema` implementation: the enum of the labels.
//!
//! # Examples
//!
//! ```
//! use mynumber_pia::threshold::SubjectCountBand;
//!
//! let band: SubjectCountBand = "３）１万人以上１０万人未満".parse()?;
//! assert_eq!(band, SubjectCountBand::From10kTo100k);
//! assert_eq!(band.to_string(), "1万人以上10万人未満");
//! # Ok::<(), mynumber_pia::ParseChoiceError>(())
//! ```

/// A label that is not one of the choices of a ＜選択肢＞ list.
///
/// The message (in Japanese) quotes the input, names the list and lists every label it accepts.
/// It is always one line: control characters in the input (a line break) are shown escaped.
///
/// ```
/// use mynumber_pia::threshold::HandlerCountBand;
///
/// let err = "600人".parse::<HandlerCountBand>().unwrap_err();
/// assert_eq!(err.list_label(), "取扱者数");
/// assert!(err.to_string().contains("500人以上"));
/// ```
#[doc(alias = "選択肢エラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("「{}」は{list}の選択肢ではありません（受け付ける値: {}）", Visible(.input), .expected.join(" / "))]
pub struct ParseChoiceError {
    list: &'static str,
    input: String,
    expected: &'static [&'static str],
}

impl ParseChoiceError {
    /// The error for `input`, which is not a choice of the list named `list`.
    pub(crate) fn new(list: &'static str, input: &str, expected: &'static [&'static str]) -> Self {
        ParseChoiceError {
            list,
            input: input.to_owned(),
            expected,
        }
    }

    /// The Japanese name of the choice list, e.g. `対象人数` (the list's
    /// [`Choice::LIST_LABEL`]).
    ///
    /// ```
    /// use mynumber_pia::report::Sufficiency;
    ///
    /// let err = "十分".parse::<Sufficiency>().unwrap_err();
    /// assert_eq!(err.list_label(), "リスクへの対策は十分か");
    /// assert_eq!(err.input(), "十分");
    /// assert_eq!(err.expected(), ["特に力を入れている", "十分である", "課題が残されている"]);
    /// ```
    pub fn list_label(&self) -> &'static str {
        self.list
    }

    /// The text that did not match, as given.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The official labels the list accepts.
    pub fn expected(&self) -> &'static [&'static str] {
        self.expected
    }
}

/// Whether `c` could move the cursor or the reading order if it reached a terminal or a
/// line-oriented output raw: a C0 or C1 control character (a line break, a tab, `ESC`), `DEL`,
/// a bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069), or the line and
/// paragraph separators U+2028 / U+2029. [`Visible`] writes such a character as its escape.
///
/// ```
/// use mynumber_pia::visible::is_unsafe_char;
///
/// assert!(is_unsafe_char('\u{1b}') && is_unsafe_char('\u{202e}') && is_unsafe_char('\u{2028}'));
/// assert!(is_unsafe_char('\n') && is_unsafe_char('\u{7f}') && is_unsafe_char('\u{85}'));
/// assert!(!is_unsafe_char('あ') && !is_unsafe_char('\u{3000}') && !is_unsafe_char(' '));
/// ```
#[doc(alias = "制御文字")]
#[must_use]
pub const fn is_unsafe_char(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Whether `c` is white space ([`char::is_whitespace`]), told without the white space table
/// for the characters above the ideographic space U+3000 (kana, kanji, full-width forms: most
/// of a Japanese text), since no white space is above it.
#[inline]
pub(crate) fn is_white_space(c: char) -> bool {
    c <= '\u{3000}' && c.is_whitespace()
}

/// Appends the visible escape of `c`: `\n`, `\t`, `\u{1b}`, `\u{202e}` (the escape of
/// [`Visible`] and of the renderers).
pub(crate) fn push_escaped(out: &mut impl std::fmt::Write, c: char) -> std::fmt::Result {
    write!(out, "{}", c.escape_default())
}

/// Whether report text holding `c` is suspicious ([`Code::UnsafeCharacter`](crate::validation::Code::UnsafeCharacter)):
/// an [unsafe](is_unsafe_char) character other than the line break, carriage return and tab
/// that multi-line cells hold.
pub(crate) const fn is_stray_char(c: char) -> bool {
    is_unsafe_char(c) && !matches!(c, '\n' | '\r' | '\t')
}

/// The first [stray](is_stray_char) character of `text`, found by its bytes ([`first_flagged`]).
pub(crate) fn first_stray_char(text: &str) -> Option<char> {
    first_flagged(text, is_stray_char)
}

/// Whether `text`, which follows `before` in a scan for [stray](is_stray_char) characters
/// ([`first_stray_char`], validation's scan of every instance of an item), holds what `before`
/// holds and so needs no scan of its own: asked of a text of a [block](STRAY_BLOCK) or more
/// alone, whose scan costs several times the comparison (of the lengths, then `memcmp`); a
/// shorter one is scanned in about the time it takes to compare.
pub(crate) fn repeats_scanned(text: &str, before: &str) -> bool {
    text.len() >= STRAY_BLOCK && text == before
}

/// The first character of `text` that `wanted` takes, of those that start with a byte that
/// [may start](may_start_stray) a [stray](is_stray_char) character: every stray character (whose
/// UTF-8 starts with a byte below `0x20`, `0x7F`, `0xC2` for U+0080–U+009F or `0xE2` for
/// U+2028–U+202E and U+2066–U+2069), and every [unsafe](is_unsafe_char) one (a line break, a
/// carriage return and a tab are below `0x20`). The bytes are tested a block at a time (which
/// the compiler vectorises) and a character is decoded only where such a byte starts one. A
/// text of 32 bytes or more is read in blocks of 32 ([`flagged_in_long`]); a shorter one (most
/// cells) as two overlapping halves read in place (16 bytes each from 16 bytes on, words of 8
/// from 8 bytes on; a copy into a padded block stalls the load that reads it back), or byte by
/// byte under 8 bytes. The same answer as `text.chars().find(|&c| wanted(c))` for such a
/// `wanted`, several times faster on Japanese text (whose characters start with
/// `0xE3`–`0xE9`).
#[inline(always)]
fn first_flagged(text: &str, wanted: impl Fn(char) -> bool + Copy) -> Option<char> {
    let bytes = text.as_bytes();
    let may_hold = match bytes.len() {
        STRAY_BLOCK.. => return flagged_in_long(text, wanted),
        16.. => match (bytes.first_chunk::<16>(), bytes.last_chunk::<16>()) {
            (Some(head), Some(tail)) => may_start_any(head) | may_start_any(tail),
            _ => true,
        },
        8.. => match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
            (Some(head), Some(tail)) => {
                may_hold_in_word(u64::from_le_bytes(*head))
                    || may_hold_in_word(u64::from_le_bytes(*tail))
            }
            _ => true,
        },
        _ => bytes.iter().any(|&b| may_start_stray(b)),
    };
    if may_hold {
        flagged_in(text, 0, bytes, wanted)
    } else {
        None
    }
}

/// [`first_flagged`] for a text of [`STRAY_BLOCK`] bytes or more: its blocks, then the bytes
/// left over as the last 16 or the last block of the text, overlapping bytes already read (whose
/// characters are not wanted). Apart, so that the short texts' path keeps few registers.
#[inline(never)]
fn flagged_in_long(text: &str, wanted: impl Fn(char) -> bool + Copy) -> Option<char> {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut rest = bytes;
    while let Some((block, tail)) = rest.split_first_chunk::<STRAY_BLOCK>() {
        if may_start_any(block) {
            if let Some(c) = flagged_in_block(text, start, block, wanted) {
                return Some(c);
            }
        }
        start += STRAY_BLOCK;
        rest = tail;
    }
    // The bytes left, read with those before them: as the last 16 bytes when they are no more
    // (half a block less to test), else as the last block.
    match (
        rest.len(),
        bytes.last_chunk::<16>(),
        bytes.last_chunk::<STRAY_BLOCK>(),
    ) {
        (0, _, _) => None,
        (..=16, Some(last), _) if may_start_any(last) => {
            flagged_in(text, bytes.len() - 16, last, wanted)
        }
        (17.., _, Some(last)) if may_start_any(last) => {
            flagged_in_block(text, bytes.len() - STRAY_BLOCK, last, wanted)
        }
        _ => None,
    }
}

/// Whether a stray character may start in one of the 8 bytes of `word`, tested all at once
/// (a byte below `n` sets its high bit in `(x - n…n) & !x & 0x80…80`, the first one exactly).
fn may_hold_in_word(word: u64) -> bool {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH;
    below(word, 0x20)
        | below(word ^ (ONES * 0x7f), 1)
        | below((word | (ONES * 0x20)) ^ (ONES * 0xe2), 1)
        != 0
}

/// Whether a [stray](is_stray_char) character (or a line break, a carriage return, a tab) may
/// start in `bytes`: the [`stray_flag`] of every byte, ORed without a branch.
fn may_start_any(bytes: &[u8]) -> bool {
    bytes.iter().fold(0, |any, &b| any | stray_flag(b)) != 0
}

/// The bytes [`first_flagged`] tests at a time.
const STRAY_BLOCK: usize = 32;

/// Whether `b` may start a [stray](is_stray_char) character (`b | 0x20 == 0xE2` holds for `0xC2`
/// and `0xE2` alone).
const fn may_start_stray(b: u8) -> bool {
    b < 0x20 || b == 0x7f || (b | 0x20) == 0xe2
}

/// [`may_start_stray`] as a byte that is not zero where it holds, written so that a block of
/// them takes a few vector instructions (a saturating subtraction for `b < 0x20`, whole-byte
/// masks for the two comparisons) and [`may_start_any`] ORs them without a branch.
const fn stray_flag(b: u8) -> u8 {
    0x20u8.saturating_sub(b)
        | 0u8.wrapping_sub((b == 0x7f) as u8)
        | 0u8.wrapping_sub(((b | 0x20) == 0xe2) as u8)
}

/// The first character that `wanted` takes among `bytes`, the bytes of `text` from `start`:
/// each byte that [may start](may_start_stray) one is read as a character (such a byte never
/// lies inside a character, so `start + i` is where one starts).
#[cold]
#[inline(never)]
fn flagged_in(
    text: &str,
    start: usize,
    bytes: &[u8],
    wanted: impl Fn(char) -> bool,
) -> Option<char> {
    bytes
        .iter()
        .enumerate()
        .filter(|&(_, &b)| may_start_stray(b))
        .find_map(|(i, _)| {
            let c = text.get(start + i..)?.chars().next()?;
            wanted(c).then_some(c)
        })
}

/// [`flagged_in`] for a block of [`first_flagged`]'s scan that holds a byte which may start a
/// wanted character: the block's bytes that may are taken as the bits of a mask (their flags
/// gathered 8 at a time by a multiplication: byte `k` of a word of flags lands on bit `56 + k`
/// of the product), and only they are read.
#[cold]
#[inline(never)]
fn flagged_in_block(
    text: &str,
    start: usize,
    block: &[u8; STRAY_BLOCK],
    wanted: impl Fn(char) -> bool,
) -> Option<char> {
    let flags: [u8; STRAY_BLOCK] = block.map(|b| u8::from(may_start_stray(b)));
    let mut mask = flags
        .chunks_exact(8)
        .enumerate()
        .fold(0u32, |mask, (k, word)| {
            let word = word
                .first_chunk::<8>()
                .map_or(0, |w| u64::from_le_bytes(*w));
            let bits = word.wrapping_mul(0x0102_0408_1020_4080) >> 56;
            mask | (u32::from(bits as u8) << (8 * k))
        });
    while mask != 0 {
        let i = start + mask.trailing_zeros() as usize;
        mask &= mask - 1;
        if let Some(c) = text.get(i..).and_then(|t| t.chars().next()) {
            if wanted(c) {
                return Some(c);
            }
        }
    }
    None
}

/// A text shown on one line with every [unsafe](is_unsafe_char) character written as a visible
/// escape (`\n`, `\t`, `\u{1b}`, `\u{202e}`, `\u{2028}`), everything else as given: the one
/// rule of the crate for text that reaches a terminal, an error message or a line of output.
///
/// ```
/// use mynumber_pia::visible::Visible;
///
/// assert_eq!(Visible("a\nb\u{1b}[31m\u{202e}c\u{2028}").to_string(), "a\\nb\\u{1b}[31m\\u{202e}c\\u{2028}");
/// assert_eq!(Visible("令和7年　4月").to_string(), "令和7年　4月");
/// ```
#[doc(alias = "可視化")]
#[doc(alias = "エスケープ")]
#[derive(Debug, Clone, Copy)]
pub struct Visible<'a>(pub &'a str);

impl Visible<'_> {
    /// The text as [`Visible`] shows it, borrowed when it holds nothing to escape.
    ///
    /// ```
    /// use mynumber_pia::visible::Visible;
    ///
    /// assert!(matches!(Visible("abc").text(), std::borrow::Cow::Borrowed("abc")));
    /// assert_eq!(Visible("a\u{7f}").text(), "a\\u{7f}");
    /// ```
    #[must_use]
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        if has_unsafe_char(self.0) {
            std::borrow::Cow::Owned(self.to_string())
        } else {
            std::borrow::Cow::Borrowed(self.0)
        }
    }
}

impl std::fmt::Display for Visible<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !has_unsafe_char(self.0) {
            return f.write_str(self.0);
        }
        // Each piece ends with an unsafe character (but the last): the text before it is written
        // as it is.
        for piece in self.0.split_inclusive(is_unsafe_char) {
            let mut chars = piece.chars();
            match chars.next_back() {
                Some(c) if is_unsafe_char(c) => {
                    f.write_str(chars.as_str())?;
                    push_escaped(f, c)?;
                }
                _ => f.write_str(piece)?,
            }
        }
        Ok(())
    }
}

/// Whether `text` holds an [unsafe](is_unsafe_char) character, found by its bytes
/// ([`first_flagged`]). Most text holds none, and is then shown as it is.
pub(crate) fn has_unsafe_char(text: &str) -> bool {
    first_flagged(text, is_unsafe_char).is_some()
}

/// The most characters of an input that an error message or a finding's place quotes: a longer
/// input is cut there, with `…`, so that a pasted page does not become the message.
pub(crate) const QUOTED_CHARS: usize = 40;

/// `text` up to its [`QUOTED_CHARS`]th character, with `"…"` when it goes on (`""` when not).
pub(crate) fn cut(text: &str) -> (&str, &'static str) {
    let mut chars = text.chars();
    chars.by_ref().take(QUOTED_CHARS).for_each(drop);
    match text.strip_suffix(chars.as_str()) {
        Some(head) if !chars.as_str().is_empty() => (head, "…"),
        _ => (text, ""),
    }
}

/// An input echoed in an error message: on one line (control characters escaped, as
/// [`Visible`] writes them) and [cut] after [`QUOTED_CHARS`] characters with `…`, so that a
/// pasted page does not become the message.
pub(crate) struct Echo<'a>(pub(crate) &'a str);

impl std::fmt::Display for Echo<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (head, more) = cut(self.0);
        write!(f, "{}{more}", Visible(head))
    }
}

/// Folds one character to the form used for comparison: full-width ASCII to half-width,
/// the ideographic space to a space, and the lenticular brackets `〔〕` to `[]`.
pub(crate) const fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => match char::from_u32(c as u32 - 0xFEE0) {
            Some(h) => h,
            None => c,
        },
        '\u{3000}' => ' ',
        '〔' => '[',
        '〕' => ']',
        _ => c,
    }
}

/// Text folded for comparison: full-width ASCII to half-width, white space removed.
pub(crate) fn fold(text: &str) -> String {
    folded(text).into_owned()
}

/// [`fold`], borrowing `text` when folding leaves it as it is (most names and keys).
pub(crate) fn folded(text: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if !may_fold(text.as_bytes()) {
        return Cow::Borrowed(text);
    }
    // The characters that stay as they are are copied a run at a time, up to each character
    // that is folded or dropped; nothing is copied while there is none.
    let mut folded: Option<String> = None;
    let mut run = 0;
    for (at, c) in text.char_indices() {
        let f = fold_char(c);
        if f == c && !c.is_whitespace() {
            continue;
        }
        // Sized once: folding never lengthens a text.
        let out = folded.get_or_insert_with(|| String::with_capacity(text.len()));
        // `run` and `at` are where characters start.
        if let Some(kept) = text.get(run..at) {
            out.push_str(kept);
        }
        if !f.is_whitespace() {
            out.push(f);
        }
        run = at + c.len_utf8();
    }
    match folded {
        None => Cow::Borrowed(text),
        Some(mut out) => {
            if let Some(kept) = text.get(run..) {
                out.push_str(kept);
            }
            Cow::Owned(out)
        }
    }
}

/// Whether [`folded`] may change the text of `bytes`: whether a character that [`fold_char`]
/// changes or white space may start there. Such a character starts with a byte up to `0x20`
/// (ASCII white space), `0xC2` (U+0085, U+00A0), `0xE1` (U+1680), `0xE2` (U+2000–U+205F), `0xEF`
/// (U+FF01–U+FF5E) or `0xE3 0x80` (U+3000, `〔〕`); Japanese text is mostly of other bytes, and
/// is then borrowed without reading its characters.
fn may_fold(bytes: &[u8]) -> bool {
    let alone = |b: u8| b <= 0x20 || matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xEF);
    let (Some((_, next)), Some(&last)) = (bytes.split_first(), bytes.last()) else {
        return false;
    };
    // Every byte with the one after it (the last byte alone), without a branch.
    let pairs = bytes.iter().zip(next);
    pairs.fold(alone(last), |hit, (&b, &n)| {
        hit | alone(b) | (b == 0xE3 && n == 0x80)
    })
}

/// Normalises a choice label for lenient comparison.
///
/// The result is what two spellings of the same label have in common:
///
/// - full-width ASCII (digits `１`, brackets `（）`, letters) becomes half-width;
/// - every kind of white space is removed, so `500人 以上` matches `500人以上`;
/// - digit-group commas are removed, so `1000人` matches `1,000人`;
/// - a leading checkbox (`[ ]`, `[○]`, `［ ○ ］`, `■`, `□`, `☑`) is removed, and brackets around
///   the whole value (`[ 30万人以上 ]`, as forms print the selected choice) are dropped;
/// - a leading list number `1)`, `1）`, `(1)`, `（１）` or `①` is removed.
///
/// ```
/// use mynumber_pia::normalize_label;
///
/// assert_eq!(normalize_label(" １）１，０００人以上１万人未満 "), "1000人以上1万人未満");
/// assert_eq!(normalize_label("[ ○ ] 発生あり"), "発生あり");
/// assert_eq!(normalize_label("1,000人未満"), "1000人未満");
/// ```
pub fn normalize_label(input: &str) -> String {
    if is_normalized(input) {
        return input.to_owned();
    }
    normalize_any(input)
}

/// [`normalize_label`] of any text, without its check for a text already normalised.
fn normalize_any(input: &str) -> String {
    let folded: Vec<char> = folded(input).chars().collect();
    let mut rest: &[char] = &folded;
    // A leading checkbox such as `[ ]`, `[○]` or `[ ✓ ]`, then a selected value written inside
    // brackets as the forms print it: `[ 30万人以上 ]`.
    if let ['[', tail @ ..] = rest {
        if let Some(close) = tail.iter().position(|&c| c == ']') {
            if close <= 2 {
                rest = tail.get(close + 1..).unwrap_or(&[]);
            }
        }
    }
    if let ['[', inner @ .., ']'] = rest {
        if !inner.contains(&'[') && !inner.contains(&']') {
            rest = inner;
        }
    }
    if let ['■' | '□' | '☑' | '☐' | '○' | '●', tail @ ..] = rest {
        rest = tail;
    }
    rest = strip_list_number(rest);
    // Digit-group commas: `1,000` → `1000` (a comma dropped is never the digit before another).
    let digit_at = |i: usize| rest.get(i).is_some_and(char::is_ascii_digit);
    let kept = rest.iter().enumerate().filter(|&(i, &c)| {
        !(matches!(c, ',' | '、') && i.checked_sub(1).is_some_and(digit_at) && digit_at(i + 1))
    });
    kept.map(|(_, &c)| c).collect()
}

/// Removes a leading `1)`, `(1)` or `①` list number (already folded to half-width).
fn strip_list_number(chars: &[char]) -> &[char] {
    if let ['①'..='⑳', tail @ ..] = chars {
        return tail;
    }
    let (open, body) = match chars {
        ['(', tail @ ..] => (true, tail),
        _ => (false, chars),
    };
    let digits = body.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 2 {
        return chars;
    }
    match body.get(digits..) {
        Some([')', tail @ ..]) => tail,
        Some(['.', tail @ ..]) if !open && tail.first().is_some_and(|c| !c.is_ascii_digit()) => {
            tail
        }
        _ => chars,
    }
}

/// Returns whether the normalised input spells `label` (an official label or an alias) once that
/// is normalised too.
pub(crate) fn label_matches(normalized_input: &str, label: &str) -> bool {
    if is_normalized(label) {
        return label == normalized_input;
    }
    normalize_label(label) == normalized_input
}

/// Whether [`normalize_label`] leaves `text` as it is: nothing to fold, no white space, no
/// comma, no bracket or box, and no list number at its start (the labels of the forms).
fn is_normalized(text: &str) -> bool {
    !text.starts_with(|c: char| c.is_ascii_digit())
        && text.chars().all(|c| {
            fold_char(c) == c
                && !c.is_whitespace()
                && !matches!(
                    c,
                    ',' | '、' | '[' | '(' | '■' | '□' | '☑' | '☐' | '○' | '●' | '①'..='⑳'
                )
        })
}

/// A ＜選択肢＞ list of the forms: a closed set of values, each with the label the form prints.
///
/// Every choice enum of the crate implements it ([`SubjectCountBand`](crate::threshold::SubjectCountBand),
/// [`Sufficiency`](crate::report::Sufficiency), [`AssessmentKind`](crate::AssessmentKind), …), so
/// a tool can build a dropdown, an importer or a schema for any list generically. The trait is
/// sealed: the lists are the forms', and new methods may be added without breaking users.
///
/// - [`label`](Choice::label) is the label exactly as the form prints it; [`Display`](std::fmt::Display) and serde
///   write it too, and serde reads exactly it (so that a document loads if and only if the JSON
///   Schema of the report accepts it);
/// - [`FromStr`](std::str::FromStr) accepts the label and its real-world spellings (full-width digits,
///   `1)`/`1）` prefixes, `[ ]` checkboxes, stray spaces, `1000` for `1,000`; see
///   [`normalize_label`]) and fail with a [`ParseChoiceError`] naming the list and every label
///   it accepts.
///
/// ```
/// use mynumber_pia::Choice;
/// use mynumber_pia::report::Sufficiency;
///
/// fn options<C: Choice>() -> Vec<&'static str> {
///     C::ALL.iter().map(|c| c.label()).collect()
/// }
/// assert_eq!(Sufficiency::LIST_LABEL, "リスクへの対策は十分か");
/// assert_eq!(options::<Sufficiency>(), ["特に力を入れている", "十分である", "課題が残されている"]);
/// assert_eq!(Sufficiency::parse_label("２）十分である"), Ok(Sufficiency::Sufficient));
/// ```
#[doc(alias = "選択肢")]
pub trait Choice:
    Copy
    + Eq
    + Ord
    + std::hash::Hash
    + std::fmt::Debug
    + std::fmt::Display
    + std::str::FromStr<Err = ParseChoiceError>
    + serde::Serialize
    + serde::de::DeserializeOwned
    + Send
    + Sync
    + 'static
    + sealed::Sealed
{
    /// The Japanese name of the list, as error messages name it (`対象人数`, `再委託の有無`).
    const LIST_LABEL: &'static str;

    /// Every choice, in the order the form lists them.
    const ALL: &'static [Self];

    /// Every official label, in the order the form lists them (the labels of [`ALL`](Self::ALL)).
    const LABELS: &'static [&'static str];

    /// The label exactly as the form prints it.
    fn label(self) -> &'static str;

    /// The choice's place in [`ALL`](Self::ALL) (0 for the first), which is its place in the form.
    ///
    /// ```
    /// use mynumber_pia::Choice;
    /// use mynumber_pia::report::Sufficiency;
    ///
    /// assert_eq!(Sufficiency::IssuesRemain.index(), 2);
    /// assert_eq!(Sufficiency::ALL[2], Sufficiency::IssuesRemain);
    /// ```
    fn index(self) -> usize;

    /// Parses the label or one of its real-world spellings (the same as [`FromStr`](std::str::FromStr)).
    ///
    /// # Errors
    ///
    /// A [`ParseChoiceError`] naming the list and every label it accepts.
    fn parse_label(text: &str) -> Result<Self, ParseChoiceError> {
        text.parse()
    }
}

pub(crate) mod sealed {
    /// Keeps [`Choice`](super::Choice) to the crate's own lists.
    pub trait Sealed {}
}

/// Declares a ＜選択肢＞ list as an enum with exact labels.
///
/// ```text
/// choice_enum! {
///     /// docs
///     #[doc(alias = "…")]
///     pub enum Name: "日本語のリスト名" {
///         /// docs
///         Variant => "official label" | "accepted alias", …
///     }
///     // For a list of bands only: where each band starts (see below).
///     /// docs
///     pub const fn interval = [0, 10_000, …];
/// }
/// ```
///
/// Aliases are extra spellings accepted by `FromStr` (after normalisation); the official label is
/// always accepted and is what `Display` and serde write. The enum is `#[non_exhaustive]` (a new
/// revision of the forms may add a choice) and implements [`Choice`]; its variant list comes from
/// strum's `VariantArray`. The list's name is a doc alias of the enum: a `#[doc(alias)]` adds
/// other names.
///
/// A list of bands (`1万人未満`, `1万人以上10万人未満`, …, lowest first) ends with the numbers its
/// bands start at, one per variant in order: `pub const fn interval = […];` writes `interval()`,
/// the [`Interval`](crate::Interval) of each band (`…以上` inclusive, `…未満` exclusive, the last
/// without an upper end), built when the code is (a list of the wrong length or not rising fails
/// the build).
macro_rules! choice_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident : $list:literal {
            $(
                $(#[$vmeta:meta])*
                $variant:ident => $label:literal $(| $alias:tt)*
            ),+ $(,)?
        }
        $(
            $(#[$imeta:meta])*
            pub const fn interval = [$($start:expr),+];
        )?
    ) => {
        $(
            impl $name {
                $(#[$imeta])*
                #[must_use]
                #[allow(clippy::indexing_slicing)] // a band per variant (checked when the code is built): `self as usize` is below the length
                pub const fn interval(self) -> $crate::Interval {
                    const BANDS: [$crate::Interval; <$name as ::strum::EnumCount>::COUNT] =
                        $crate::Interval::bands([$($start),+]);
                    BANDS[self as usize]
                }
            }
        )?

        $(#[$meta])*
        #[doc(alias = $list)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ::strum::VariantArray, ::strum::EnumCount)]
        #[non_exhaustive]
        $vis enum $name {
            $(
                $(#[$vmeta])*
                #[doc = concat!("\n\nLabel: `", $label, "`")]
                $variant,
            )+
        }

        impl $name {
            /// The label exactly as the form prints it.
            #[must_use]
            pub const fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label),+
                }
            }
        }

        impl $crate::label::sealed::Sealed for $name {}

        impl $crate::label::Choice for $name {
            const LIST_LABEL: &'static str = $list;
            const ALL: &'static [$name] = <$name as ::strum::VariantArray>::VARIANTS;
            const LABELS: &'static [&'static str] = &[$($label),+];

            fn label(self) -> &'static str {
                $name::label(self)
            }

            fn index(self) -> usize {
                self as usize
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.pad(self.label())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::label::ParseChoiceError;

            /// Parses the official label or one of its real-world spellings
            /// (see [`normalize_label`](crate::normalize_label)).
            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                let normalized = |s: &str| -> Option<$name> {
                    let n = $crate::label::normalize_label(s);
                    $(
                        if $crate::label::label_matches(&n, $label)
                            $(|| $crate::label::label_matches(&n, $alias))*
                        {
                            return Some($name::$variant);
                        }
                    )+
                    None
                };
                // The official label as it is, first (the common case of a form's own text):
                // it reads as its own variant without normalising anything, as it does after
                // (checked in every debug build, so every test that parses a label checks it).
                let exact = <$name as $crate::label::Choice>::ALL
                    .iter()
                    .copied()
                    .find(|v| v.label() == s);
                if let Some(v) = exact {
                    debug_assert_eq!(normalized(s), Some(v), "{s}");
                    return Ok(v);
                }
                normalized(s).ok_or_else(|| {
                    $crate::label::ParseChoiceError::new($list, s, <$name as $crate::label::Choice>::LABELS)
                })
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.label())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                $crate::label::deserialize_text(
                    d,
                    |f| write!(f, "{} の選択肢 ({})", $list, <$name as $crate::label::Choice>::LABELS.join(" / ")),
                    |v| {
                        // The official label exactly, as `Serialize` writes it and the JSON
                        // Schema lists it; other spellings are for `FromStr`.
                        $( if v == $label { return Ok($name::$variant); } )+
                        Err($crate::label::INVALID)
                    },
                )
            }
        }

        $crate::label::schema_by_hand! {
            /// The schema of the list: an enum of its official labels.
            $name, stringify!($name), false, |_| {
                ::schemars::json_schema!({ "enum": <$name as $crate::label::Choice>::LABELS })
            }
        }
    };
}

pub(crate) use choice_enum;

/// A text that is not one of the values of an enum with a machine key and a Japanese label
/// ([`ChangeKind`](crate::change::ChangeKind), [`Status`](crate::schedule::Status), …): neither
/// a key nor a label. It lists every key and label the enum accepts.
///
/// ```
/// use mynumber_pia::schedule::Status;
///
/// let err = "soon".parse::<Status>().unwrap_err();
/// assert_eq!(err.to_string(), "「soon」は期限の状態ではありません（受け付ける値: overdue / due-soon / later / 期限超過 / 期限間近 / 期限前）");
/// ```
#[doc(alias = "値エラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("「{}」は{what}ではありません（受け付ける値: {}）", Visible(.input), .accepted.join(" / "))]
pub struct ParseWordError {
    what: &'static str,
    input: String,
    accepted: Vec<&'static str>,
}

impl ParseWordError {
    /// The error for `input`, which is none of `accepted` (the keys, then the labels, of `what`).
    pub(crate) fn new(what: &'static str, input: &str, accepted: Vec<&'static str>) -> Self {
        ParseWordError {
            what,
            input: input.to_owned(),
            accepted,
        }
    }

    /// The text that was refused.
    ///
    /// ```
    /// use mynumber_pia::schedule::ObligationKind;
    ///
    /// assert_eq!("x".parse::<ObligationKind>().unwrap_err().input(), "x");
    /// ```
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// Every text accepted: the machine keys, then the Japanese labels, in the enum's order.
    ///
    /// ```
    /// use mynumber_pia::change::ChangeKind;
    ///
    /// let err = "changed".parse::<ChangeKind>().unwrap_err();
    /// assert_eq!(err.accepted(), ["added", "removed", "modified", "追加", "削除", "変更"]);
    /// ```
    #[must_use]
    pub fn accepted(&self) -> &[&'static str] {
        &self.accepted
    }
}

/// Declares an enum whose values have a stable machine key and a Japanese label: the one text
/// rule of the crate's enums that are not ＜選択肢＞ lists (those are [`choice_enum!`]).
///
/// ```ignore
/// text_enum! {
///     /// docs
///     pub enum Name: "日本語の名前" {
///         /// docs
///         Variant => "machine-key", "日本語のラベル";
///     }
/// }
/// ```
///
/// It gives `ALL` (every value in order), `as_str()` (the key) and `label()`; `Display` prints
/// the label (with `, shown as key` after the name: the key, for words the command line prints);
/// `FromStr` reads the key or the label (the label as [`normalize_label`] compares it: widths,
/// spaces, list numbers) and fails with a [`ParseWordError`] listing every key and label, built
/// from `ALL`; serde writes the key and reads exactly it.
macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident: $what:tt $(, shown as $shown:ident)? {
            $( $(#[$vmeta:meta])* $variant:ident => $key:literal, $label:expr; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable machine key (JSON, command line).
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)+
                }
            }

            /// The Japanese label.
            #[must_use]
            pub const fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label,)+
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.pad($crate::label::text_enum!(@shown self $(, $shown)?))
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::label::ParseWordError;

            /// Reads the key or the label (see [`normalize_label`](crate::normalize_label)).
            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                let key = s.trim();
                let label = $crate::label::normalize_label(s);
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == key || $crate::label::label_matches(&label, v.label()))
                    .ok_or_else(|| {
                        let keys = $name::ALL.iter().map(|v| v.as_str());
                        let labels = $name::ALL.iter().map(|v| v.label());
                        $crate::label::ParseWordError::new($what, s, keys.chain(labels).collect())
                    })
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                let keys = || $name::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>();
                $crate::label::deserialize_text(
                    d,
                    |f| write!(f, "{} ({})", $what, keys().join(" / ")),
                    |v| {
                        $name::ALL.iter().copied().find(|x| x.as_str() == v).ok_or_else(|| {
                            Some($crate::label::ParseWordError::new($what, v, keys()))
                        })
                    },
                )
            }
        }
    };
    (@shown $v:ident) => { $v.label() };
    (@shown $v:ident, key) => { $v.as_str() };
}

pub(crate) use text_enum;

/// Deserializes a JSON string through `T`'s `FromStr`; `expecting` says what was wanted in the
/// error (and so in the `LoadError` message). Shared by the string-typed values of the model
/// ([`DateOrMonth`](crate::report::DateOrMonth), [`ItemId`](crate::report::ItemId)), most
/// through [`serde_as_text!`].
pub(crate) fn deserialize_parsed<'de, D, T>(d: D, expecting: &'static str) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: std::str::FromStr,
{
    deserialize_text(
        d,
        |f| f.write_str(expecting),
        |v| v.parse().ok().ok_or(INVALID),
    )
}

/// The refusal of a text that [`deserialize_text`] tells as an invalid value.
pub(crate) const INVALID: Option<std::convert::Infallible> = None;

/// Deserializes a JSON string read by `read` from the borrowed text (no `String` is made for
/// it): the one string visitor of the crate's text values ([`choice_enum!`], [`text_enum!`],
/// [`serde_as_text!`], [`deserialize_parsed`], [`YearMonth`](crate::wareki::YearMonth),
/// [`StatedThresholdResult`](crate::threshold::StatedThresholdResult)).
/// `read` refuses a text with `Err(Some(why))`, told in `why`'s words, or with
/// `Err(`[`INVALID`]`)`, told as an invalid value where what `expecting` writes was wanted.
pub(crate) fn deserialize_text<'de, D, T, M>(
    d: D,
    expecting: impl Fn(&mut std::fmt::Formatter<'_>) -> std::fmt::Result,
    read: impl Fn(&str) -> Result<T, Option<M>>,
) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    M: std::fmt::Display,
{
    struct V<X, R>(X, R);
    impl<T, M, X, R> serde::de::Visitor<'_> for V<X, R>
    where
        M: std::fmt::Display,
        X: Fn(&mut std::fmt::Formatter<'_>) -> std::fmt::Result,
        R: Fn(&str) -> Result<T, Option<M>>,
    {
        type Value = T;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            (self.0)(f)
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
            (self.1)(v).map_err(|why| match why {
                Some(why) => E::custom(why),
                None => E::invalid_value(serde::de::Unexpected::Str(v), &self),
            })
        }
    }
    d.deserialize_str(V(expecting, read))
}

/// Implements serde for a type that the documents write as text: serialized through `Display`
/// (no intermediate `String`), and, with `FromStr`, deserialized through `FromStr` so the same
/// lenient spellings are accepted as on the command line.
///
/// ```ignore
/// serde_as_text!(RuleCitation);              // Serialize only
/// serde_as_text!(Exemption, FromStr);        // Serialize and Deserialize
/// serde_as_text!(ItemPath, expecting "…");    // the same, a refused text told as `expecting`
/// ```
///
/// With `FromStr`, a refused text is reported in `FromStr`'s words; with `expecting`, as an
/// invalid value where the words given were expected ([`deserialize_parsed`]).
macro_rules! serde_as_text {
    ($name:ty) => {
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                s: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
    };
    ($name:ty, expecting $expecting:literal) => {
        $crate::label::serde_as_text!($name);

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                d: D,
            ) -> ::std::result::Result<Self, D::Error> {
                $crate::label::deserialize_parsed(d, $expecting)
            }
        }
    };
    ($name:ty, FromStr) => {
        $crate::label::serde_as_text!($name);

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                d: D,
            ) -> ::std::result::Result<Self, D::Error> {
                $crate::label::deserialize_text(
                    d,
                    |f| f.write_str("a string"),
                    |v| v.parse().map_err(Some),
                )
            }
        }
    };
}

pub(crate) use serde_as_text;

/// Implements `schemars::JsonSchema` (with the feature `schema`) for a type whose schema is
/// written by hand: named `$name` among the schema's definitions, or written where it is used
/// when `$inline`; `$schema` builds it, with the generator at hand for other types' schemas.
///
/// ```ignore
/// schema_by_hand! {
///     /// The docs of the implementation.
///     YearMonth, "YearMonth", true, |_| {
///         schemars::json_schema!({ "type": "string", "pattern": "…" })
///     }
/// }
/// ```
macro_rules! schema_by_hand {
    ($(#[$doc:meta])* $ty:ty, $name:expr, $inline:literal, |$generator:pat_param| $schema:block) => {
        $(#[$doc])*
        #[cfg(feature = "schema")]
        impl ::schemars::JsonSchema for $ty {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                $name.into()
            }

            fn inline_schema() -> bool {
                $inline
            }

            fn json_schema($generator: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                $schema
            }
        }
    };
}

pub(crate) use schema_by_hand;

#[cfg(test)]
mod tests {
    use super::*;

    /// Text is quoted whole up to 40 characters, and cut with `…` after them.
    #[test]
    fn cut_keeps_forty_characters() {
        let forty = "あ".repeat(40);
        assert_eq!(cut(&forty), (forty.as_str(), ""));
        assert_eq!(cut(&format!("{forty}い")), (forty.as_str(), "…"));
        assert_eq!(cut(""), ("", ""));
    }

    #[test]
    fn white_space_is_told_as_the_table_tells_it() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_white_space(c), c.is_whitespace(), "{c:?}");
        }
    }

    /// The byte scan finds what decoding every character finds: each character up to U+3100
    /// (every stray one among them) alone, after Japanese text, and at every offset of a block.
    #[test]
    fn first_stray_char_is_the_first_stray_character() {
        let slow = |t: &str| t.chars().find(|&c| is_stray_char(c));
        for c in ('\0'..='\u{3100}').chain(['あ', '漢', '\u{1F600}']) {
            for pad in 0..34 {
                let text = format!("{}{c}。\u{2028}", "ア".repeat(pad % 3) + &"a".repeat(pad));
                assert_eq!(first_stray_char(&text), slow(&text), "{c:?} after {pad}");
                // Without the stray end, at every length up to three blocks.
                let text = format!("{}{c}", "ア".repeat(pad % 3) + &"a".repeat(pad * 2));
                assert_eq!(first_stray_char(&text), slow(&text), "{c:?} after {pad}");
                let text = format!("{c}{}", "a".repeat(pad * 2 + pad % 3));
                assert_eq!(first_stray_char(&text), slow(&text), "{c:?} before {pad}");
                let alone = c.to_string();
                assert_eq!(first_stray_char(&alone), slow(&alone), "{c:?}");
            }
        }
        assert_eq!(first_stray_char("改行\nとタブ\tは可"), None);
        assert_eq!(first_stray_char(""), None);
    }

    /// [`Visible`] writes the runs of safe text as they are: the same as escaping each unsafe
    /// character alone, for every character up to U+3100 between others and at either end.
    #[test]
    fn visible_is_each_unsafe_character_escaped() {
        let slow = |t: &str| -> String {
            let mut out = String::new();
            for c in t.chars() {
                if is_unsafe_char(c) {
                    push_escaped(&mut out, c).unwrap();
                } else {
                    out.push(c);
                }
            }
            out
        };
        for c in ('\0'..='\u{3100}').chain(['あ', '\u{FEFF}']) {
            for text in [
                format!("{c}"),
                format!("あ{c}b{c}"),
                format!("{c}{c}改行\n"),
            ] {
                assert_eq!(
                    Visible(&text).to_string(),
                    slow(&text),
                    "U+{:04X}",
                    c as u32
                );
            }
        }
        assert!(has_unsafe_char("a\tb") && has_unsafe_char("\u{2028}"));
        assert!(!has_unsafe_char("令和7年　4月※①"));
    }

    /// [`fold`] copies runs of the text: the same as folding and filtering each character, for
    /// every character that folds or is white space, alone and between others.
    #[test]
    fn fold_is_each_character_folded_without_white_space() {
        let slow = |t: &str| -> String {
            t.chars()
                .map(fold_char)
                .filter(|c| !c.is_whitespace())
                .collect()
        };
        let changing = (0..=0x10_FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|&c| fold_char(c) != c || c.is_whitespace());
        let mut seen = 0;
        for c in changing.chain(['a', 'あ', '漢']) {
            for text in [
                format!("{c}"),
                format!("{c}{c}"),
                format!("株式会社{c}ＡＢＣ{c}"),
                format!("{c}国保 給付\u{3000}ファイル"),
            ] {
                assert_eq!(fold(&text), slow(&text), "U+{:04X}", c as u32);
            }
            seen += 1;
        }
        assert!(seen > 100, "{seen}");
        assert_eq!(fold("（１）　国保ファイル "), "(1)国保ファイル");
        assert_eq!(fold(""), "");
    }

    /// A text [`is_normalized`] calls normalised is one [`normalize_any`] leaves as it is: each
    /// character alone, after a digit, before one and between digits.
    #[test]
    fn a_normalized_text_stays_as_it_is() {
        let mut seen = 0;
        for c in (0..=0x10_FFFF_u32).filter_map(char::from_u32) {
            for text in [
                format!("{c}"),
                format!("{c}1"),
                format!("1{c}"),
                format!("あ{c}い"),
                format!("あ1{c}2"),
            ] {
                if is_normalized(&text) {
                    seen += 1;
                    assert_eq!(normalize_any(&text), text, "U+{:04X}", c as u32);
                }
            }
        }
        assert!(seen > 1_000_000);
        for label in [
            "事後",
            "十分である",
            "1000人以上1万人未満",
            "[ ○ ] 発生あり",
        ] {
            assert_eq!(normalize_label(label), normalize_any(label), "{label}");
        }
    }

    #[test]
    fn normalizes_widths_spaces_commas_and_prefixes() {
        assert_eq!(normalize_label("１，０００人以上"), "1000人以上");
        assert_eq!(normalize_label(" 2） 500人 未満 "), "500人未満");
        assert_eq!(normalize_label("(3)30万人以上"), "30万人以上");
        assert_eq!(normalize_label("［ ○ ］実施する"), "実施する");
        assert_eq!(normalize_label("① 発生あり"), "発生あり");
        assert_eq!(normalize_label("[ ]発生なし"), "発生なし");
        assert_eq!(normalize_label("［ ３０万人以上 ］"), "30万人以上");
        assert_eq!(normalize_label("[ ○ ] [ 500人以上 ]"), "500人以上");
    }

    #[test]
    fn error_messages_stay_on_one_line() {
        let err = ParseChoiceError::new("重大事故", "あり\nなし\t\u{1b}", &["発生あり"]);
        assert_eq!(
            err.to_string(),
            "「あり\\nなし\\t\\u{1b}」は重大事故の選択肢ではありません（受け付ける値: 発生あり）"
        );
        assert_eq!(err.input(), "あり\nなし\t\u{1b}");
    }

    #[test]
    fn quoted_escapes_controls_bidi_and_separators() {
        let text = "a\u{1b}[2Jb\u{202e}c\u{2066}d\u{2028}e\u{2029}f\u{7f}g\u{85}h";
        assert_eq!(
            Visible(text).to_string(),
            "a\\u{1b}[2Jb\\u{202e}c\\u{2066}d\\u{2028}e\\u{2029}f\\u{7f}g\\u{85}h"
        );
        // Japanese text, full-width spaces and the marks of the forms stay as they are.
        assert_eq!(Visible("※　①Ⅱ").to_string(), "※　①Ⅱ");
        assert!(!is_unsafe_char('\u{200b}'));
    }

    /// A comma goes only between two digits: of a group of digits, not of a list.
    #[test]
    fn drops_digit_group_commas_only() {
        for (text, normalized) in [
            ("1,000,000人", "1000000人"),
            ("1、2", "12"),
            ("1,,2", "1,,2"),
            ("あ,1", "あ,1"),
            ("1,", "1,"),
            (",", ","),
        ] {
            assert_eq!(normalize_label(text), normalized, "{text}");
        }
    }

    #[test]
    fn keeps_label_digits_that_are_not_list_numbers() {
        assert_eq!(normalize_label("1,000人未満"), "1000人未満");
        assert_eq!(normalize_label("10人未満"), "10人未満");
        assert_eq!(normalize_label("1年"), "1年");
        assert_eq!(normalize_label("100項目以上"), "100項目以上");
    }
}
