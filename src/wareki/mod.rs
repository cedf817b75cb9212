//! 和暦 (Japanese calendar) dates: eras, parsing, checking and formatting.
