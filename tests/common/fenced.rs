//! The examples of a corpus written in the manner of pulldown-cmark's specs
//! (`tests/layouts/`, `tests/openings/`): a fence line ```` ```````````````````````````````` example
//! INFO ````, the text, a line `.`, then what the text must give up to the closing fence.
//! Included by the tests that read such a corpus with `#[path = "common/fenced.rs"] mod fenced;`.

/// The fence that opens and closes an example (32 backticks, as pulldown-cmark's specs).
pub const FENCE: &str = "````````````````````````````````";

/// One example as the file writes it.
pub struct Fenced {
    /// The line of its fence (from 1).
    pub line: usize,
    /// The words after `example` on the fence line, trimmed.
    pub info: String,
    /// The text, each line ended by a line break.
    pub text: String,
    /// The lines after the `.`, with their line numbers (from 1), as written.
    pub expected: Vec<(usize, String)>,
}

/// The examples of a corpus file, in order.
pub fn examples(text: &str) -> Vec<Fenced> {
    let mut out = Vec::new();
    let mut lines = text.lines().enumerate();
    while let Some((no, line)) = lines.next() {
        let Some(info) = line
            .strip_prefix(FENCE)
            .and_then(|rest| rest.trim().strip_prefix("example"))
        else {
            continue;
        };
        let mut input = Vec::new();
        for (_, l) in lines.by_ref() {
            if l == "." {
                break;
            }
            input.push(l);
        }
        let mut expected = Vec::new();
        for (n, l) in lines.by_ref() {
            if l == FENCE {
                break;
            }
            expected.push((n + 1, l.to_owned()));
        }
        out.push(Fenced {
            line: no + 1,
            info: info.trim().to_owned(),
            text: input.join("\n") + "\n",
            expected,
        });
    }
    out
}
