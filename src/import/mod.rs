//! Reading a published 評価書's text into a draft [`Report`](crate::Report).
//!
//! (Being built: the text reader lands in the next commits.)

mod decode;

pub use decode::{BinaryReason, DecodeError, Decoded, Encoding, decode};
