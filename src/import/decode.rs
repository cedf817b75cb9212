//! Bytes to text: the encodings published 評価書 texts come in.
//!
//! [`decode`] reads the bytes of a text file and tells which encoding it was in:
//!
//! - **UTF-16** when the bytes start with a UTF-16 byte-order mark (`FF FE` or `FE FF`);
//! - **UTF-8** when they start with the UTF-8 byte-order mark (`EF BB BF`, dropped), or when they are
//!   valid UTF-8;
//! - **Shift_JIS** as Windows writes it (CP932, Windows-31J, what many municipal systems export)
//!   otherwise, through [`encoding_rs`], accepted only when every byte decodes.
//!
//! Line ends are normalised: CRLF and a lone CR become LF. The text is borrowed from the bytes when
//! nothing had to change (UTF-8 with LF line ends, with or without a byte-order mark).
//!
//! What is refused, with the byte offset (from 0) of the first byte that decided it:
//!
//! - nothing but white space (or nothing): [`DecodeError::Empty`];
//! - a NUL byte, bytes that neither UTF-8 nor Shift_JIS reads, UTF-8 with damaged bytes among
//!   valid multi-byte characters (never re-read as Shift_JIS, which would turn it into other
//!   characters), or control characters making up more than one character in a hundred:
//!   [`DecodeError::Binary`], with a [`BinaryReason`]. No byte is ever replaced or dropped.
//!
//! ```
//! use mynumber_pia::import::{decode, Encoding};
//!
//! // "評価書番号\r\n7" in Shift_JIS (CP932).
//! let bytes = b"\x95\x5d\x89\xbf\x8f\x91\x94\xd4\x8d\x86\r\n7";
//! let decoded = decode(bytes)?;
//! assert_eq!(decoded.text, "評価書番号\n7");
//! assert_eq!(decoded.encoding, Encoding::ShiftJis);
//! # Ok::<(), mynumber_pia::import::DecodeError>(())
//! ```

use super::limits::{CONTROL_SHARE, DAMAGED_UTF8_SHARE};
use std::borrow::Cow;
use std::fmt;

/// Control characters allowed in a text without counting against it: tab, line feed, carriage
/// return (normalised away) and form feed (the page break text extractors write).
const ALLOWED_CONTROLS: [char; 4] = ['\t', '\n', '\r', '\u{c}'];

/// The UTF-8 byte-order mark.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The encoding a text was read in.
///
/// ```
/// use mynumber_pia::import::Encoding;
///
/// assert_eq!(Encoding::ShiftJis.to_string(), "Shift_JIS (CP932)");
/// ```
#[doc(alias = "文字コード")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// Shift_JIS as Windows writes it (CP932, Windows-31J).
    ShiftJis,
    /// UTF-16 little-endian, announced by its byte-order mark (`FF FE`).
    Utf16Le,
    /// UTF-16 big-endian, announced by its byte-order mark (`FE FF`).
    Utf16Be,
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::ShiftJis => "Shift_JIS (CP932)",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
        })
    }
}

/// Text decoded from bytes, with the encoding it was read in.
///
/// ```
/// use std::borrow::Cow;
/// use mynumber_pia::import::{decode, Encoding};
///
/// let decoded = decode("\u{feff}評価書番号\n7".as_bytes())?;
/// assert!(matches!(decoded.text, Cow::Borrowed("評価書番号\n7")));
/// assert_eq!(decoded.encoding, Encoding::Utf8);
/// # Ok::<(), mynumber_pia::import::DecodeError>(())
/// ```
#[doc(alias = "復号結果")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text, without a byte-order mark, its line ends LF only.
    pub text: Cow<'a, str>,
    /// The encoding it was read in.
    pub encoding: Encoding,
}

/// Why bytes were taken for binary rather than text.
///
/// ```
/// use mynumber_pia::import::{decode, BinaryReason, DecodeError};
///
/// assert_eq!(
///     decode(b"abc\0def"),
///     Err(DecodeError::Binary { offset: 3, reason: BinaryReason::Nul })
/// );
/// ```
#[doc(alias = "バイナリの理由")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BinaryReason {
    /// A NUL byte (or, in UTF-16, a NUL character), which no text holds.
    Nul,
    /// A byte that is not UTF-8, in bytes that announce UTF-8 (a byte-order mark) or hold more
    /// valid UTF-8 multi-byte characters than damaged bytes: not re-read as Shift_JIS.
    InvalidUtf8,
    /// A byte that neither UTF-8 nor Shift_JIS (CP932) reads.
    InvalidShiftJis,
    /// A byte that does not read as UTF-16 after a UTF-16 byte-order mark (an unpaired surrogate,
    /// an odd last byte).
    InvalidUtf16,
    /// The first control character, where control characters (other than tab, line ends and
    /// form feed) make up more than one character in a hundred.
    ControlCharacters,
}

impl fmt::Display for BinaryReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BinaryReason::Nul => "NUL 文字です",
            BinaryReason::InvalidUtf8 => {
                "UTF-8 として読めません（ほかは UTF-8 なので Shift_JIS とは見なしません）"
            }
            BinaryReason::InvalidShiftJis => "UTF-8 としても Shift_JIS（CP932）としても読めません",
            BinaryReason::InvalidUtf16 => "UTF-16 として読めません（BOM は UTF-16 です）",
            BinaryReason::ControlCharacters => {
                "制御文字です（制御文字が全体の1%を超えるのでテキストと見なしません）"
            }
        })
    }
}

/// Bytes that are not the text of a document.
///
/// ```
/// use mynumber_pia::import::{decode, DecodeError};
///
/// let e = decode(b" \r\n\t").unwrap_err();
/// assert_eq!(e, DecodeError::Empty);
/// assert_eq!(e.to_string(), "入力が空です（文字がないか、空白と改行だけです）");
///
/// let e = decode(b"%PDF-1.7\n\0\0").unwrap_err();
/// assert_eq!(e.to_string(), "入力はテキストではありません: オフセット 9 のバイト: NUL 文字です");
/// ```
#[doc(alias = "復号エラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// Nothing but white space.
    #[error("入力が空です（文字がないか、空白と改行だけです）")]
    Empty,
    /// Bytes that no supported encoding reads as text.
    #[error("入力はテキストではありません: オフセット {offset} のバイト: {reason}")]
    Binary {
        /// The byte offset (from 0) of the first byte that is not text.
        offset: usize,
        /// What is wrong with it.
        reason: BinaryReason,
    },
}

/// Decodes `bytes` as UTF-16 (after its byte-order mark), UTF-8 (with or without a byte-order
/// mark) or Shift_JIS (CP932), whichever reads it whole, and normalises line ends to LF.
///
/// Linear in the length of the input. Deterministic: the same bytes give the same text or the same
/// error.
///
/// ```
/// use mynumber_pia::import::{decode, BinaryReason, DecodeError, Encoding};
///
/// let d = decode("評価実施機関名\r\n若葉市長\r".as_bytes())?;
/// assert_eq!((d.text.as_ref(), d.encoding), ("評価実施機関名\n若葉市長\n", Encoding::Utf8));
///
/// // 0xFF is never text: neither UTF-8 nor Shift_JIS.
/// assert_eq!(
///     decode(b"abc\xFF"),
///     Err(DecodeError::Binary { offset: 3, reason: BinaryReason::InvalidShiftJis })
/// );
/// # Ok::<(), DecodeError>(())
/// ```
///
/// # Errors
///
/// [`DecodeError::Empty`] for blank input, [`DecodeError::Binary`] for bytes that are not text
/// (see [`BinaryReason`]).
#[doc(alias = "文字コード判定")]
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, DecodeError> {
    let (text, encoding, map) = if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        let text = strict(encoding_rs::UTF_16LE, rest, 2, BinaryReason::InvalidUtf16)?;
        (Cow::Owned(text), Encoding::Utf16Le, Offsets::Utf16)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        let text = strict(encoding_rs::UTF_16BE, rest, 2, BinaryReason::InvalidUtf16)?;
        (Cow::Owned(text), Encoding::Utf16Be, Offsets::Utf16)
    } else if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary {
            offset: nul,
            reason: BinaryReason::Nul,
        });
    } else if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        let text = std::str::from_utf8(rest).map_err(|e| DecodeError::Binary {
            offset: UTF8_BOM.len().saturating_add(e.valid_up_to()),
            reason: BinaryReason::InvalidUtf8,
        })?;
        (Cow::Borrowed(text), Encoding::Utf8, Offsets::Utf8)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => (Cow::Borrowed(text), Encoding::Utf8, Offsets::Utf8),
            Err(e) if looks_like_damaged_utf8(bytes) => {
                return Err(DecodeError::Binary {
                    offset: e.valid_up_to(),
                    reason: BinaryReason::InvalidUtf8,
                });
            }
            Err(e) => {
                let text = strict(
                    encoding_rs::SHIFT_JIS,
                    bytes,
                    0,
                    BinaryReason::InvalidShiftJis,
                )
                .map_err(|sjis| {
                    // Neither: name the encoding the bytes come closer to.
                    let (valid, damaged) = utf8_share(bytes);
                    if valid > damaged {
                        DecodeError::Binary {
                            offset: e.valid_up_to(),
                            reason: BinaryReason::InvalidUtf8,
                        }
                    } else {
                        sjis
                    }
                })?;
                (Cow::Owned(text), Encoding::ShiftJis, Offsets::ShiftJis)
            }
        }
    };
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    check_controls(&text, bytes, map)?;
    Ok(Decoded {
        text: normalise_line_ends(text),
        encoding,
    })
}

/// How a character of the decoded text maps back to a byte offset of the input.
#[derive(Clone, Copy)]
enum Offsets {
    /// UTF-8, perhaps after a byte-order mark: the text is the input's tail.
    Utf8,
    /// UTF-16 after its two-byte byte-order mark.
    Utf16,
    /// Shift_JIS: one or two bytes a character.
    ShiftJis,
}

impl Offsets {
    /// The byte offset in `bytes` of the character at byte index `at` of `text`, the text decoded
    /// from `bytes` (whole, no byte replaced).
    fn of(self, text: &str, bytes: &[u8], at: usize) -> usize {
        let before = text.get(..at).unwrap_or(text);
        match self {
            Offsets::Utf8 => bytes.len().saturating_sub(text.len()).saturating_add(at),
            Offsets::Utf16 => before
                .encode_utf16()
                .count()
                .saturating_mul(2)
                .saturating_add(2),
            Offsets::ShiftJis => {
                // Every character is one byte, or a lead byte and a trail byte.
                let mut offset = 0usize;
                for _ in before.chars() {
                    let lead = bytes.get(offset).is_some_and(|&b| is_sjis_lead(b));
                    offset = offset.saturating_add(if lead { 2 } else { 1 });
                }
                offset
            }
        }
    }
}

/// Whether `b` starts a two-byte Shift_JIS (CP932) character.
fn is_sjis_lead(b: u8) -> bool {
    matches!(b, 0x81..=0x9F | 0xE0..=0xFC)
}

/// Decodes all of `bytes` with `encoding`, or names the offset (from the input's start, `skipped`
/// bytes before `bytes`) of the first byte it cannot read.
fn strict(
    encoding: &'static encoding_rs::Encoding,
    bytes: &[u8],
    skipped: usize,
    reason: BinaryReason,
) -> Result<String, DecodeError> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3));
    let mut text = String::with_capacity(capacity);
    let mut read = 0usize;
    loop {
        let rest = bytes.get(read..).unwrap_or_default();
        let (result, n) = decoder.decode_to_string_without_replacement(rest, &mut text, true);
        read = read.saturating_add(n);
        match result {
            encoding_rs::DecoderResult::InputEmpty => return Ok(text),
            encoding_rs::DecoderResult::OutputFull => {
                text.reserve(rest.len().saturating_sub(n).saturating_mul(3).max(16));
            }
            encoding_rs::DecoderResult::Malformed(bad, after) => {
                let start = read
                    .saturating_sub(usize::from(after))
                    .saturating_sub(usize::from(bad));
                return Err(DecodeError::Binary {
                    offset: skipped.saturating_add(start),
                    reason,
                });
            }
        }
    }
}

/// How much of bytes that are not valid UTF-8 still reads as UTF-8: the valid multi-byte
/// characters that are not control characters, and the damaged sequences.
fn utf8_share(bytes: &[u8]) -> (usize, usize) {
    let (mut valid, mut damaged) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        let readable = chunk
            .valid()
            .chars()
            .filter(|c| !c.is_ascii() && !c.is_control());
        valid = valid.saturating_add(readable.count());
        if !chunk.invalid().is_empty() {
            damaged = damaged.saturating_add(1);
        }
    }
    (valid, damaged)
}

/// Whether bytes that are not valid UTF-8 are UTF-8 with a few bytes damaged: at least
/// [`DAMAGED_UTF8_SHARE`] valid multi-byte characters for each damaged sequence, and that many
/// in all. Read as Shift_JIS such bytes would come out as other characters; Shift_JIS text makes
/// a damaged sequence of nearly every character, and its bytes form a valid UTF-8 character only
/// now and then.
fn looks_like_damaged_utf8(bytes: &[u8]) -> bool {
    let (valid, damaged) = utf8_share(bytes);
    valid >= DAMAGED_UTF8_SHARE && valid >= damaged.saturating_mul(DAMAGED_UTF8_SHARE)
}

/// Whether the control character at `at` of `text` is one a terminal's capture holds (a
/// `script` typescript, a pager's output): the escape that opens a control sequence or an
/// operating system command (`ESC [`, `ESC ]`), a backspace of an overstrike, the bell that
/// ends a command. The import's shape stage takes them off (`shape.terminal_controls`); an
/// escape before anything else (ISO-2022-JP's `ESC $ B`, which this crate does not decode)
/// still counts.
fn is_terminal_control(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or_default();
    rest.starts_with(['\u{8}', '\u{7}'])
        || rest.starts_with("\u{1b}[")
        || rest.starts_with("\u{1b}]")
}

/// Refuses a text whose control characters (other than [`ALLOWED_CONTROLS`] and a terminal's,
/// [`is_terminal_control`]) make up more than
/// one character in [`CONTROL_SHARE`], naming the first; a NUL character (possible in UTF-16)
/// is refused wherever it is.
fn check_controls(text: &str, bytes: &[u8], map: Offsets) -> Result<(), DecodeError> {
    let mut first = None;
    let (mut controls, mut chars) = (0usize, 0usize);
    for (at, c) in text.char_indices() {
        chars = chars.saturating_add(1);
        if c == '\0' {
            return Err(DecodeError::Binary {
                offset: map.of(text, bytes, at),
                reason: BinaryReason::Nul,
            });
        }
        if c.is_control() && !ALLOWED_CONTROLS.contains(&c) && !is_terminal_control(text, at) {
            controls = controls.saturating_add(1);
            first.get_or_insert(at);
        }
    }
    match first {
        Some(at) if controls.saturating_mul(CONTROL_SHARE) > chars => Err(DecodeError::Binary {
            offset: map.of(text, bytes, at),
            reason: BinaryReason::ControlCharacters,
        }),
        _ => Ok(()),
    }
}

/// CRLF and a lone CR become LF; the text is kept (borrowed) when it has no CR. ([`decode`]
/// calls it on the bytes' text, [`super::import_laid_out`] on a text given as a string.)
pub(super) fn normalise_line_ends(text: Cow<'_, str>) -> Cow<'_, str> {
    if !text.contains('\r') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut pieces = text.split('\r');
    if let Some(head) = pieces.next() {
        out.push_str(head);
    }
    for piece in pieces {
        out.push('\n');
        out.push_str(piece.strip_prefix('\n').unwrap_or(piece));
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `text` in Shift_JIS (CP932), made with encoding_rs's encoder; every character must map.
    fn sjis(text: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(text);
        assert!(!unmappable, "{text:?} is not all Shift_JIS");
        bytes.into_owned()
    }

    fn binary(offset: usize, reason: BinaryReason) -> Result<Decoded<'static>, DecodeError> {
        Err(DecodeError::Binary { offset, reason })
    }

    /// What `decode` of a UTF-8 string gives: the oracle of the property tests.
    fn line_ends(text: &str) -> String {
        text.replace("\r\n", "\n").replace('\r', "\n")
    }

    #[test]
    fn utf8_is_borrowed_with_or_without_bom() {
        let plain = decode("評価書番号\n7\n".as_bytes()).unwrap();
        assert!(matches!(plain.text, Cow::Borrowed("評価書番号\n7\n")));
        assert_eq!(plain.encoding, Encoding::Utf8);
        let bom = decode("\u{feff}評価書番号\n7".as_bytes()).unwrap();
        assert!(matches!(bom.text, Cow::Borrowed("評価書番号\n7")));
        assert_eq!(bom.encoding, Encoding::Utf8);
    }

    #[test]
    fn crlf_and_lone_cr_become_lf() {
        let d = decode("a\r\nb\rc\r\r\nd\n\re\r".as_bytes()).unwrap();
        assert_eq!(d.text, "a\nb\nc\n\nd\n\ne\n");
        assert!(matches!(d.text, Cow::Owned(_)));
        let bom = decode("\u{feff}若葉市長\r\n".as_bytes()).unwrap();
        assert_eq!(bom.text, "若葉市長\n");
    }

    #[test]
    fn cp932_is_detected_and_decoded() {
        let text = "特定個人情報保護評価書（基礎項目評価書）\r\n評価書番号\t８\r\n評価実施機関名　若葉市長\r\n公表日 令和7年5月30日\r\n①②㈱髙﨑 ｶﾀｶﾅ\r\n";
        let bytes = sjis(text);
        assert!(std::str::from_utf8(&bytes).is_err());
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, Encoding::ShiftJis);
        assert_eq!(d.text, line_ends(text));
        assert_eq!(d.encoding.to_string(), "Shift_JIS (CP932)");
    }

    #[test]
    fn cp932_with_a_bad_byte_names_it() {
        let mut bytes = sjis("評価書名\n国民健康保険に関する事務");
        let at = bytes.len();
        bytes.extend_from_slice(b"\x82\xFF");
        bytes.extend(sjis("基礎項目評価書"));
        assert_eq!(decode(&bytes), binary(at, BinaryReason::InvalidShiftJis));
        // A lead byte at the end, its trail byte missing.
        let mut cut = sjis("評価書");
        cut.pop();
        assert_eq!(
            decode(&cut),
            binary(cut.len() - 1, BinaryReason::InvalidShiftJis)
        );
    }

    #[test]
    fn damaged_utf8_is_not_read_as_shift_jis() {
        let mut bytes = "評価書番号 7 国民健康保険に関する事務".as_bytes().to_vec();
        let at = "評価書番号 7 ".len();
        bytes.insert(at, 0x82);
        assert_eq!(decode(&bytes), binary(at, BinaryReason::InvalidUtf8));
        // After a UTF-8 byte-order mark, bytes that are not UTF-8 are not re-read either.
        let mut bom = UTF8_BOM.to_vec();
        bom.extend(sjis("評価書"));
        assert_eq!(decode(&bom), binary(3, BinaryReason::InvalidUtf8));
    }

    #[test]
    fn shift_jis_bytes_that_happen_to_form_utf8_characters_are_shift_jis() {
        // 82 C2 95 F1 82 9F 81 69: C2 95 and F1 82 9F 81 are valid UTF-8 (a C1 control and a
        // plane-4 character), one damaged sequence beside them.
        let bytes = sjis("つ報ぁ（");
        let d = decode(&bytes).unwrap();
        assert_eq!(
            (d.text.as_ref(), d.encoding),
            ("つ報ぁ（", Encoding::ShiftJis)
        );
    }

    #[test]
    fn utf16_with_bom() {
        let text = "評価書番号\r\n7 𠮷";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        let d = decode(&le).unwrap();
        assert_eq!(
            (d.text.as_ref(), d.encoding),
            ("評価書番号\n7 𠮷", Encoding::Utf16Le)
        );
        let d = decode(&be).unwrap();
        assert_eq!(
            (d.text.as_ref(), d.encoding),
            ("評価書番号\n7 𠮷", Encoding::Utf16Be)
        );
        // An unpaired surrogate, then an odd last byte.
        assert_eq!(
            decode(b"\xFF\xFEa\x00\x00\xD8b\x00"),
            binary(4, BinaryReason::InvalidUtf16)
        );
        assert_eq!(
            decode(b"\xFE\xFF\x00a\x00"),
            binary(4, BinaryReason::InvalidUtf16)
        );
        // A NUL character is binary in UTF-16 too, at its byte offset.
        assert_eq!(
            decode(b"\xFF\xFEa\x00\x00\x00"),
            binary(4, BinaryReason::Nul)
        );
    }

    #[test]
    fn empty_and_blank() {
        for blank in [
            &b""[..],
            b" ",
            b"\r\n\t \n",
            UTF8_BOM,
            "\u{3000}\u{3000}\n".as_bytes(),
            b"\xFF\xFE",
            b"\x81\x40\r\n", // an ideographic space in Shift_JIS
        ] {
            assert_eq!(decode(blank), Err(DecodeError::Empty), "{blank:?}");
        }
    }

    #[test]
    fn binary_is_refused_at_its_first_byte() {
        assert_eq!(
            decode(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n\x00"),
            binary(15, BinaryReason::Nul)
        );
        assert_eq!(decode(b"\x00"), binary(0, BinaryReason::Nul));
        // A PNG signature: not UTF-8, and 0x89 0x50 reads as Shift_JIS, then a NUL.
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
            binary(8, BinaryReason::Nul)
        );
        assert_eq!(
            decode(b"ab\xFDcd"),
            binary(2, BinaryReason::InvalidShiftJis)
        );
        // Control characters: more than one in a hundred.
        assert_eq!(
            decode(b"abc\x01\x02"),
            binary(3, BinaryReason::ControlCharacters)
        );
        let mut sjis_controls = sjis("評価書");
        sjis_controls.push(0x1B);
        assert_eq!(
            decode(&sjis_controls),
            binary(6, BinaryReason::ControlCharacters)
        );
        // A terminal's controls never count (a colour's sequence, an overstrike); an escape
        // before anything else does.
        assert!(decode("\u{1b}[1;36m評\u{8}評\u{1b}[0m".as_bytes()).is_ok());
        assert!(decode("評\u{1b}$B".as_bytes()).is_err());
        // One in a hundred or fewer is text; tab, line ends and form feed never count.
        let mut text = "あ".repeat(99);
        text.push('\u{1b}');
        assert_eq!(decode(text.as_bytes()).unwrap().text, text);
        assert!(decode(b"a\tb\x0cc\r\nd").is_ok());
    }

    #[test]
    fn messages_are_one_japanese_line() {
        let cases = [
            DecodeError::Empty,
            DecodeError::Binary {
                offset: 12,
                reason: BinaryReason::InvalidShiftJis,
            },
        ];
        for e in cases {
            let m = e.to_string();
            assert!(!m.contains('\n'), "{m}");
            assert!(m.starts_with("入力"), "{m}");
        }
        assert_eq!(
            decode(b"ab\xFDcd").unwrap_err().to_string(),
            "入力はテキストではありません: オフセット 2 のバイト: UTF-8 としても Shift_JIS（CP932）としても読めません"
        );
    }

    proptest! {
        /// Any string, as UTF-8, decodes back equal but for its line ends (and a leading U+FEFF,
        /// which is the byte-order mark) — or is refused as blank or binary for a reason it has.
        #[test]
        fn any_utf8_string_reads_back(text in any::<String>()) {
            let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
            let controls = body
                .chars()
                .filter(|c| c.is_control() && !ALLOWED_CONTROLS.contains(c))
                .count();
            match decode(text.as_bytes()) {
                Ok(d) => {
                    prop_assert_eq!(d.encoding, Encoding::Utf8);
                    prop_assert_eq!(d.text.as_ref(), line_ends(body));
                }
                Err(DecodeError::Empty) => prop_assert!(body.trim().is_empty()),
                Err(DecodeError::Binary { reason: BinaryReason::Nul, offset }) => {
                    prop_assert_eq!(text.as_bytes().get(offset), Some(&0));
                }
                Err(DecodeError::Binary { reason: BinaryReason::ControlCharacters, offset }) => {
                    prop_assert!(controls * CONTROL_SHARE > body.chars().count());
                    let c = text.get(offset..).and_then(|t| t.chars().next());
                    prop_assert!(c.is_some_and(char::is_control));
                }
                Err(e) => prop_assert!(false, "{e}"),
            }
        }

        /// Lines of printable characters (not empty, so that a CR and the next LF stay apart)
        /// read back whatever their line ends.
        #[test]
        fn printable_text_with_any_line_ends(
            lines in prop::collection::vec("[^\\p{Cc}\\u{feff}]{1,20}", 1..8),
            ends in prop::collection::vec(prop::sample::select(vec!["\n", "\r\n", "\r"]), 8),
        ) {
            let mut text = String::new();
            for (line, end) in lines.iter().zip(&ends) {
                text.push_str(line);
                text.push_str(end);
            }
            let expected = lines.join("\n") + "\n";
            match decode(text.as_bytes()) {
                Ok(d) => prop_assert_eq!(d.text.as_ref(), expected),
                Err(e) => {
                    prop_assert_eq!(e, DecodeError::Empty);
                    prop_assert!(expected.trim().is_empty());
                }
            }
        }

        /// Japanese text in Shift_JIS reads back as itself.
        #[test]
        fn shift_jis_text_reads_back(text in "[あ-ん][ぁ-んァ-ヶ０-９Ａ-Ｚa-z0-9 　\n、。（）①-⑳評価書番号特定個人情報保護若葉市長令和年月日事務髙﨑]{0,200}") {
            let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(&text);
            prop_assume!(!unmappable);
            let d = decode(&bytes).unwrap();
            prop_assert_eq!(d.encoding, Encoding::ShiftJis);
            prop_assert_eq!(d.text.as_ref(), text.as_str());
        }

        /// Arbitrary bytes: no panic; an accepted text has no CR and no NUL; an offset lies in
        /// the input; the message is one line.
        #[test]
        fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            match decode(&bytes) {
                Ok(d) => {
                    prop_assert!(!d.text.contains(['\r', '\0']));
                    prop_assert!(!d.text.trim().is_empty());
                }
                Err(e) => {
                    prop_assert!(!e.to_string().chars().any(char::is_control));
                    if let DecodeError::Binary { offset, .. } = e {
                        prop_assert!(offset < bytes.len());
                    }
                }
            }
        }
    }
}
