//! The crate's errors as Python exceptions: `PiaError(ValueError)` and one subclass per error
//! family, each raised with the crate's one-line message.

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use mynumber_pia::{change, generate, import, legal_basis, report, threshold, validation, wareki};

create_exception!(
    mynumber_pia,
    PiaError,
    PyValueError,
    "The base of every error of mynumber_pia; a ValueError whose message is the crate's one line (in Japanese)."
);

macro_rules! families {
    ($($name:ident: $($rust:ty),+ => $doc:literal;)+) => {
        $(
            create_exception!(mynumber_pia, $name, PiaError, $doc);
            $(
                impl CrateError for $rust {
                    fn to_py(&self) -> PyErr {
                        $name::new_err(self.to_string())
                    }
                }
            )+
        )+

        /// Adds the base and every family to the module.
        pub(crate) fn add_all(m: &Bound<'_, PyModule>) -> PyResult<()> {
            let py = m.py();
            m.add("PiaError", py.get_type::<PiaError>())?;
            $( m.add(stringify!($name), py.get_type::<$name>())?; )+
            Ok(())
        }

        /// Every exception's name, for `__all__`.
        pub(crate) const NAMES: &[&str] = &["PiaError", $(stringify!($name)),+];
    };
}

/// An error of the crate, raised as its family's exception.
pub(crate) trait CrateError: std::fmt::Display {
    /// The exception, with the crate's message.
    fn to_py(&self) -> PyErr;
}

/// `err` as its family's exception.
pub(crate) fn to_py_err<E: CrateError + ?Sized>(err: &E) -> PyErr {
    err.to_py()
}

families! {
    LoadError: report::LoadError
        => "A report's JSON that does not load (report::LoadError): the JSON path and what is wrong there.";
    ParseChoiceError: mynumber_pia::ParseChoiceError, mynumber_pia::ParseWordError
        => "A text that is none of a list's labels (ParseChoiceError, ParseWordError); the message lists every label accepted.";
    ParseCountError: threshold::ParseCountError
        => "A 対象人数 or 取扱者数 (count of people) that is neither a number nor a band (threshold::ParseCountError).";
    WarekiError: wareki::WarekiError
        => "A 和暦 (Japanese-calendar) date that cannot be read or does not exist (wareki::WarekiError).";
    LegalBasisError: legal_basis::LegalBasisError
        => "A 法令上の根拠 (legal basis) text that cites nothing readable (legal_basis::LegalBasisError).";
    CompareError: change::CompareError
        => "Two versions that are not of one report: another 様式 (form) or 事務 (affair) (change::CompareError).";
    UnknownChange: change::UnknownChange
        => "A change's index past the end of a ChangeSet (change::UnknownChange).";
    TextImportError: import::ImportError
        => "A text or bytes that are not a 評価書 (assessment report) the importer reads (import::ImportError).";
    PdfError: import::PdfError
        => "A PDF whose text cannot be read (import::PdfError): not a PDF, encrypted, images only, damaged.";
    ScenarioError: generate::ScenarioError
        => "A generate() scenario outside what the generator makes (generate::ScenarioError).";
    DefectError: generate::DefectError
        => "A defect that cannot be put into the report asked for (generate::DefectError).";
    ParseCodeError: validation::ParseCodeError
        => "A text that is not a finding code (validation::ParseCodeError).";
    UnknownItemId: report::UnknownItemId
        => "A text that is not a form item's id such as \"cover.approval_date\" (report::UnknownItemId).";
}
