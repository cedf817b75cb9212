//! Bytes to text: the encodings published 評価書 texts come in.
//!
//! (Stub: UTF-8 only. The full decoder — BOM, CRLF, Shift_JIS/CP932 through `encoding_rs`,
//! binary detection — replaces it.)

use std::borrow::Cow;

/// The encoding a text was read in.
#[doc(alias = "文字コード")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// Shift_JIS as Windows writes it (CP932, Windows-31J).
    ShiftJis,
}

/// Text decoded from bytes, with the encoding it was read in.
#[doc(alias = "復号結果")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text, without a byte-order mark.
    pub text: Cow<'a, str>,
    /// The encoding it was read in.
    pub encoding: Encoding,
}

/// Bytes that are not the text of a document.
#[doc(alias = "復号エラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// Nothing but white space.
    #[error("入力が空です")]
    Empty,
    /// Bytes that no supported encoding reads as text.
    #[error("入力はテキストではありません（{offset}バイト目）")]
    Binary {
        /// The byte offset of the first byte that is not text.
        offset: usize,
    },
}

/// Decodes `bytes` as UTF-8 (a leading byte-order mark is dropped).
///
/// # Errors
///
/// [`DecodeError::Empty`] for blank input, [`DecodeError::Binary`] for bytes that are not text.
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, DecodeError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) if text.trim().is_empty() => Err(DecodeError::Empty),
        Ok(text) => Ok(Decoded {
            text: Cow::Borrowed(text),
            encoding: Encoding::Utf8,
        }),
        Err(e) => Err(DecodeError::Binary {
            offset: e.valid_up_to(),
        }),
    }
}
