//! Imports the text of a published 評価書 into a draft report.
//!
//! ```sh
//! cargo run --example import -- path/to/評価書.txt > draft.json
//! ```
//!
//! The draft's JSON goes to standard output, the summary line and the trace (where every value
//! came from, what was not read) to standard error.

use std::process::ExitCode;

#[allow(clippy::disallowed_methods)] // the example reads the file it is given
fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: import <text file>");
        return ExitCode::from(2);
    };
    #[allow(clippy::disallowed_methods)] // the example reads the file it is given
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    match mynumber_pia::import::import_bytes(&bytes) {
        Ok(draft) => {
            println!("{}", draft.report.to_json());
            eprintln!("{}", draft.summary());
            for v in &draft.trace.values {
                eprintln!("{} {:?} {}", v.pointer, v.lines, v.confidence);
            }
            for u in &draft.trace.unread {
                eprintln!("unread {:?} {}", u.lines, u.reason);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            ExitCode::from(2)
        }
    }
}
