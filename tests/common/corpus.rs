//! The print corpus: the generated reports that `scripts/print-corpus` renders, prints and reads
//! back, and that `tests/import_prints.rs` imports from their Markdown and HTML renders. One list,
//! included by both: `examples/print_corpus.rs` with `#[path = "../tests/common/corpus.rs"] mod
//! corpus;`, the tests with `#[path = "common/corpus.rs"] mod corpus;`.
//!
//! Every form, sizes small and typical, a few seeds each (their 様式 revisions drawn per seed),
//! and one report of each form on the first revision (平成26年4月, whose labels differ). The
//! small set (`scripts/print-corpus --small`, what CI prints) is a part of the whole, so that a
//! floor met by the whole corpus is met by it.

#![allow(dead_code)] // each user takes its part

use mynumber_pia::AssessmentKind;
use mynumber_pia::form::FormRevision;
use mynumber_pia::generate::{Scenario, Size, generate};
use mynumber_pia::report::Report;

/// One report of the corpus.
pub struct Entry {
    /// Its file name without extension: `full-typical-2`, `basic-small-3-h26`.
    pub name: String,
    /// The scenario it is generated from.
    pub scenario: Scenario,
    /// The seed.
    pub seed: u64,
    /// Whether CI prints it (the small set).
    pub small_set: bool,
}

impl Entry {
    /// The generated report.
    pub fn report(&self) -> Report {
        generate(&self.scenario, self.seed).expect("the corpus's scenarios are checked")
    }
}

/// The forms in the corpus, with the word of their file names.
pub const FORMS: [(AssessmentKind, &str); 3] = [
    (AssessmentKind::Basic, "basic"),
    (AssessmentKind::Focused, "focused"),
    (AssessmentKind::Full, "full"),
];

/// The sizes, seeds and revisions of each form: (size, seed, revision set, in the small set).
const DRAWS: [(Size, u64, Option<FormRevision>, bool); 5] = [
    (Size::Small, 1, None, true),
    (Size::Small, 2, None, false),
    (Size::Typical, 1, None, false),
    (Size::Typical, 2, None, false),
    (Size::Small, 3, Some(FormRevision::Heisei26April), true),
];

/// Every report of the corpus, form by form.
pub fn entries() -> Vec<Entry> {
    let mut all = Vec::new();
    for (form, word) in FORMS {
        for (size, seed, revision, small_set) in DRAWS {
            let mut scenario = Scenario::default().with_form(form).with_size(size);
            let mut name = format!("{word}-{}-{seed}", size.name());
            if let Some(revision) = revision {
                scenario = scenario.with_revision(revision);
                name.push_str(&format!("-r{}", revision.month().iso()));
            }
            all.push(Entry {
                name,
                scenario,
                seed,
                small_set,
            });
        }
    }
    all
}

/// The form of a corpus file name (its first word).
pub fn form_of(name: &str) -> Option<AssessmentKind> {
    FORMS
        .iter()
        .find(|(_, word)| name.split('-').next() == Some(*word))
        .map(|(form, _)| *form)
}
