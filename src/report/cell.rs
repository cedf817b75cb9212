//! The text of one item's cell, as the importer ([`crate::import`]) hands it to a field of the
//! model, and the rule by which a field reads it ([`Fill`]). The rules themselves live with the
//! importer; the model only says that each of its fields has one
//! ([`Field`](super::field::Field) requires it).

/// How sure a fill is: read as written, or decided from the form's structure where the layout
/// was ambiguous.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Read {
    /// Read as written.
    Exact,
    /// Decided from the form's structure (a label far from its value, a wrapped bracket).
    Inferred,
}

/// The text of one item's cell: its lines, each with its 1-based line number in the source.
#[derive(Debug, Clone, Default)]
pub(crate) struct Cell {
    /// The lines, first the rest of the label's line, then the lines that follow it.
    pub(crate) lines: Vec<(usize, String)>,
    /// Whether the layout put the value away from its label (its fills are inferred).
    pub(crate) displaced: bool,
}

impl Cell {
    /// The non-blank lines, trimmed (from either end: `next_back` is the last).
    pub(crate) fn texts(&self) -> impl DoubleEndedIterator<Item = &str> {
        self.lines
            .iter()
            .map(|(_, t)| t.trim())
            .filter(|t| !t.is_empty())
    }

    /// The whole text: trimmed lines joined with `\n`.
    pub(crate) fn text(&self) -> String {
        // Built in one allocation of the right size (collecting the lines to join them would
        // allocate twice).
        let len = self.texts().map(|t| t.len() + 1).sum::<usize>();
        let mut out = String::with_capacity(len.saturating_sub(1));
        for t in self.texts() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(t);
        }
        out
    }

    /// [`Cell::text`], borrowed from the cell's one non-blank line when it has no other (most
    /// cells): nothing is allocated then.
    pub(crate) fn joined(&self) -> std::borrow::Cow<'_, str> {
        let mut texts = self.texts();
        match (texts.next(), texts.next()) {
            (None, _) => std::borrow::Cow::Borrowed(""),
            (Some(only), None) => std::borrow::Cow::Borrowed(only),
            (Some(_), Some(_)) => std::borrow::Cow::Owned(self.text()),
        }
    }

    /// The first and last line numbers.
    pub(crate) fn span(&self) -> Option<(usize, usize)> {
        Some((self.lines.first()?.0, self.lines.last()?.0))
    }

    pub(crate) fn read(&self, exact: bool) -> Read {
        if exact && !self.displaced {
            Read::Exact
        } else {
            Read::Inferred
        }
    }
}

/// A type of the model that can be read from its cell.
pub(crate) trait Fill {
    /// Reads `cell` into `self`; `None` when the cell does not read as this type (nothing is
    /// changed then).
    fn fill(&mut self, cell: &Cell) -> Option<Read>;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`Cell::joined`] is [`Cell::text`], borrowed where the cell has one non-blank line.
    #[test]
    fn joined_is_the_text() {
        for lines in [
            &[][..],
            &["  "],
            &[" 架空の値 "],
            &["", "架空の値", "  "],
            &["一行目", "", " 二行目"],
        ] {
            let cell = Cell {
                lines: lines
                    .iter()
                    .enumerate()
                    .map(|(no, t)| (no + 1, (*t).to_owned()))
                    .collect(),
                displaced: false,
            };
            let joined = cell.joined();
            assert_eq!(joined, cell.text(), "{lines:?}");
            let nonblank = lines.iter().filter(|t| !t.trim().is_empty()).count();
            assert_eq!(
                matches!(joined, std::borrow::Cow::Borrowed(_)),
                nonblank <= 1,
                "{lines:?}"
            );
        }
    }
}
