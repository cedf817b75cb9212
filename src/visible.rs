//! Text shown safely on one line: the rule the crate's messages, the `pia` command line and the
//! renderers share for characters that could move the cursor or the reading order.
//!
//! Takes any text; gives it back with every [unsafe](is_unsafe_char) character (C0 and C1
//! controls, DEL, the bidi embeddings, overrides and isolates, U+2028/U+2029) written as a
//! visible escape (`\u{1b}`), through [`Visible`]. Refuses nothing: every text has its visible
//! form.
//!
//! ```
//! use mynumber_pia::visible::{Visible, is_unsafe_char};
//!
//! assert!(is_unsafe_char('\u{202e}'));
//! assert_eq!(Visible("a\nb").to_string(), "a\\nb");
//! ```

pub use crate::label::{Visible, is_unsafe_char};
