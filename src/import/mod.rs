//! Reading a published 評価書's text into a draft [`Report`](crate::Report).
//!
//! (Being built: the text reader lands in the next commits.)

mod decode;
#[cfg(feature = "pdf")]
mod pdf;

pub use decode::{BinaryReason, DecodeError, Decoded, Encoding, decode};
#[cfg(feature = "pdf")]
pub use pdf::{PdfError, pdf_text};
