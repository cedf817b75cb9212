//! The forms (the crate's `form` module): which revision of the 様式 a report is written on, and
//! how each form and revision prints its items, sections and chapters.
//!
//! Takes an item's id as `str` (`"cover.approval_date"`, as `Finding.item` gives it), a revision
//! as a `FormRevision` member or a month's text in any spelling the crate reads (`"平成２６年４月"`,
//! `"H26.4"`), a form as `AssessmentKind` or its names. Gives labels and titles as `str`, and a
//! revision as its `FormRevision` member, or as the month's text when no revision known to the
//! crate has that month. Refuses an unknown item id (`UnknownItemId`) and a text that is not a
//! month (`WarekiError`).

use std::sync::OnceLock;

use mynumber_pia::form::{self, FormRevision};
use mynumber_pia::report::ItemId;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;

use crate::enums::{EnumClass, PyEnum};
use crate::errors::to_py_err;
use crate::form_of;

/// `FormRevision` is an `enum.Enum` of the revisions the crate knows (`FormRevision::KNOWN`),
/// each valued the month its tag prints (`"平成26年4月"`). A month no known revision has is no
/// member: see [`revision_to_py`].
impl PyEnum for FormRevision {
    const NAME: &'static str = "FormRevision";
    const WHAT: Option<&'static str> = None;

    fn all() -> &'static [Self] {
        &FormRevision::KNOWN
    }

    /// The month's text as the tag prints it, made once from the crate's `Display` (the
    /// member's value). An unlisted month has no member, hence no label here: `""`.
    fn label(self) -> &'static str {
        static TEXTS: OnceLock<[String; 5]> = OnceLock::new();
        let texts = TEXTS.get_or_init(|| FormRevision::KNOWN.map(|r| r.to_string()));
        FormRevision::KNOWN
            .iter()
            .position(|r| *r == self)
            .and_then(|i| texts.get(i))
            .map_or("", String::as_str)
    }

    fn cell() -> &'static PyOnceLock<EnumClass> {
        static CELL: PyOnceLock<EnumClass> = PyOnceLock::new();
        &CELL
    }
}

/// A revision as Python is given it: the member of a known revision; for a month no known
/// revision has, the month as the tag prints it (`"令和3年9月"`), a `str` that is no member (no
/// member stands for it, and the nearest known one would name a month the report does not print).
pub(crate) fn revision_to_py(py: Python<'_>, revision: FormRevision) -> PyResult<Py<PyAny>> {
    match revision {
        FormRevision::Unlisted(_) => {
            Ok(revision.to_string().into_pyobject(py)?.into_any().unbind())
        }
        known => known.to_py(py),
    }
}

/// The item an id names (`"cover.approval_date"`).
fn item_of(id: &str) -> PyResult<ItemId> {
    id.parse::<ItemId>().map_err(|e| to_py_err(&e))
}

/// The known revision whose form a report of `revision` is read in (FormRevision.nearest_known):
/// itself when known; for another month the latest known revision on or before it (平成26年4月
/// for a month before every known one).
#[pyfunction]
fn nearest_known(py: Python<'_>, revision: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    FormRevision::from_py(revision)?.nearest_known().to_py(py)
}

/// The label the forms of `revision` print for the item `item` (an id such as
/// `"cover.approval_date"`, as Finding.item gives it): 平成26年4月 prints
/// 「特定個人情報保護委員会　承認日」 where later revisions print 「個人情報保護委員会　承認日」.
/// `revision` is a FormRevision or a month's text; an unlisted month reads as its nearest known
/// revision. Raises UnknownItemId for an unknown id, WarekiError for a text that is not a month.
#[pyfunction]
pub(crate) fn printed_label(item: &str, revision: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    let revision = FormRevision::from_py(revision)?;
    Ok(form::printed_label(item_of(item)?, revision))
}

/// Every label any revision of the forms prints for the item `item` (an id such as
/// `"entrustment.entrustee"`): today's first, then the older ones. What the importer recognises
/// the item by. Raises UnknownItemId for an unknown id.
#[pyfunction]
pub(crate) fn labels(item: &str) -> PyResult<Vec<&'static str>> {
    Ok(form::labels(item_of(item)?).collect())
}

/// The title of the numbered section `section` of chapter `chapter` (a Roman numeral, "Ⅱ") in
/// `form` (AssessmentKind or "basic", "focused", "full", 基礎, 重点, 全項目), as the 令和6年10月
/// forms print it: section_title("full", "Ⅱ", 4) is 「特定個人情報ファイルの取扱いの委託」.
/// None when the form has no such section.
#[pyfunction]
pub(crate) fn section_title(
    form: &Bound<'_, PyAny>,
    chapter: &str,
    section: u32,
) -> PyResult<Option<&'static str>> {
    Ok(form::section_title(form_of(form)?, chapter, section))
}

/// The heading `form` (AssessmentKind or "basic", "focused", "full", 基礎, 重点, 全項目) prints
/// at `key`, its marks included, where it is neither an item nor a numbered section: a chapter
/// (a Roman numeral, "Ⅳ": 「その他のリスク対策　※」), an appendix ("別添1") or a sub-heading
/// ("Ⅱ3⑦": 「使用の主体」), as the 令和6年10月 forms print it; None when the form has no such
/// heading (基礎 Ⅲ is an item, the しきい値判断結果).
#[pyfunction]
pub(crate) fn heading(form: &Bound<'_, PyAny>, key: &str) -> PyResult<Option<&'static str>> {
    Ok(form::heading(form_of(form)?, key))
}

/// The kind of body (BodyKind: 行政機関等 or 地方公共団体等) a 評価実施機関名 (name of the
/// assessing body) names by its ending (「熊谷市長」, 「厚生労働大臣」); None when no ending the
/// forms' bodies have ends it.
#[pyfunction]
pub(crate) fn body_kind_of_name(py: Python<'_>, name: &str) -> PyResult<Option<Py<PyAny>>> {
    form::body_kind_of_name(name)
        .map(|k| k.to_py(py))
        .transpose()
}

/// The module's form functions and constants, and FormRevision's class attributes: its doc,
/// `CURRENT` (the revision whose tables the crate holds) and `nearest_known`.
pub(crate) fn add_all(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_function(wrap_pyfunction!(printed_label, m)?)?;
    m.add_function(wrap_pyfunction!(labels, m)?)?;
    m.add_function(wrap_pyfunction!(section_title, m)?)?;
    m.add_function(wrap_pyfunction!(heading, m)?)?;
    m.add_function(wrap_pyfunction!(body_kind_of_name, m)?)?;
    m.add("CHAPTER_TITLES", form::CHAPTER_TITLES.to_vec())?;

    let class = m.getattr(FormRevision::NAME)?;
    let class = class.cast::<PyType>()?;
    class.setattr(
        "__doc__",
        "FormRevision（様式の版）: a revision of the forms of the 特定個人情報保護評価書, valued \
         the month its tag prints (「[平成26年4月　様式4]」 is HEISEI_26_APRIL, \"平成26年4月\"). \
         FormRevision(text) reads any spelling of a known month (\"平成２６年４月\", \"H26.4\"); \
         a month no known revision has is no member: FormRevision.nearest_known(text) gives the \
         revision its form is read in, and Report.form_revision gives such a month as its text. \
         CURRENT is the revision whose tables the crate holds (令和6年10月).",
    )?;
    class.setattr("CURRENT", FormRevision::CURRENT.to_py(py)?)?;
    let nearest = wrap_pyfunction!(nearest_known, m)?;
    let staticmethod = py.import("builtins")?.getattr("staticmethod")?;
    class.setattr("nearest_known", staticmethod.call1((nearest,))?)?;
    Ok(())
}
