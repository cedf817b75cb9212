//! `mynumber_pia._native`: the mynumber-pia crate for Python (PyO3, stable ABI). The package
//! `mynumber_pia` re-exports everything here; its stubs (`__init__.pyi`) are the typed surface.
//!
//! It takes Python values (str, bytes, int, bool, datetime.date, pathlib.Path, the enum
//! members), gives back the crate's values as Python classes, enums and dicts, and refuses bad
//! input with `PiaError` subclasses carrying the crate's one-line message (TypeError for a value
//! of the wrong type, OSError for a file that cannot be read). Long calls release the GIL.
#![forbid(unsafe_code)]

mod change;
mod convert;
mod enums;
mod errors;
mod form;
mod generate;
mod import;
mod legal_basis;
mod report;
mod schedule;
mod threshold;
mod wareki;

use mynumber_pia::AssessmentKind;
use pyo3::prelude::*;

use crate::enums::PyEnum;

/// A form given as AssessmentKind, or as `"basic"`, `"focused"`, `"full"`, 基礎, 重点, 全項目
/// (or the form's label).
pub(crate) fn form_of(obj: &Bound<'_, PyAny>) -> PyResult<AssessmentKind> {
    AssessmentKind::from_py(obj)
}

/// The functions, in the order `help(mynumber_pia)` lists them.
macro_rules! functions {
    ($m:ident: $($f:path),+ $(,)?) => {
        $( $m.add_function(wrap_pyfunction!($f, $m)?)?; )+
    };
}

/// A label as the crate compares labels: full-width digits and letters folded; spaces,
/// digit-group commas, list numbers (`1)`, `１）`) and `[ ]` checkboxes removed
/// (`" １）１，０００人以上１万人未満 "` → `"1000人以上1万人未満"`).
#[pyfunction]
fn normalize_label(text: &str) -> String {
    mynumber_pia::normalize_label(text)
}

#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    errors::add_all(m)?;
    enums::add_all(m)?;
    form::add_all(m)?;
    functions!(m:
        normalize_label,
        threshold::decide,
        threshold::decide_partial_,
        wareki::parse_date,
        wareki::parse_wareki,
        wareki::format_wareki,
        wareki::era_of,
        legal_basis::parse_legal_basis,
        report::samples,
        report::validate_all,
        report::render_html,
        report::render_markdown,
        change::compare_,
        schedule::obligations,
        import::import_text,
        import::import_bytes,
        import::shape_text,
        import::import_pdf,
        import::pdf_text,
        import::decode,
        import::import_change_list,
        generate::generate,
        generate::defects,
        generate::codes,
    );
    m.add_class::<threshold::Outcome>()?;
    m.add_class::<threshold::Partial>()?;
    m.add_class::<wareki::WarekiValue>()?;
    m.add_class::<legal_basis::PyLegalBasis>()?;
    m.add_class::<report::PyReport>()?;
    m.add_class::<report::PyFinding>()?;
    m.add_class::<report::Findings>()?;
    m.add_class::<change::PyChangeSet>()?;
    m.add_class::<change::PyChange>()?;
    m.add_class::<schedule::PyObligation>()?;
    m.add_class::<schedule::PyRegister>()?;
    m.add_class::<import::PyDraft>()?;
    m.add_class::<generate::PyDefective>()?;
    m.add("ENUMS", enums::NAMES.to_vec())?;
    m.add("EXCEPTIONS", errors::NAMES.to_vec())?;
    m.add("SCHEMA_VERSION", mynumber_pia::report::SCHEMA_VERSION)?;
    m.add("JSON_SCHEMA", mynumber_pia::report::JSON_SCHEMA)?;
    Ok(())
}
