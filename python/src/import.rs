//! 取込み (import): the text of a published 評価書 read into a draft report.

use mynumber_pia::import::{self, Draft, Gap, Gaps, Shape, Trace, Warning};
use mynumber_pia::render;
use mynumber_pia::report::ItemPath;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};

use crate::convert::{bytes_of, read_path, to_py, type_name};
use crate::errors::{TextImportError, to_py_err};
use crate::report::PyReport;

/// Reads the text of a published 評価書 (PDF text, HTML or Markdown) into a Draft. Releases the
/// GIL. Raises TextImportError when the text is not a 評価書.
#[pyfunction]
pub(crate) fn import_text(py: Python<'_>, text: &str) -> PyResult<PyDraft> {
    let draft = py
        .detach(|| import::import(text))
        .map_err(|e| to_py_err(&e))?;
    PyDraft::new(py, draft)
}

/// The text as the importer's shape stage gives it to the stages after it (a cell a line, page
/// furniture taken off), as a dict: "lines" (each line with its 1-based source line, as
/// `(int, str)`), "furniture" (the page marks, page numbers and running headers taken off:
/// dicts of "lines" `[first, last]` and "kind") and "rules" (the ids of the shape rules that
/// changed the text, "shape.spaced_kanji"…). Releases the GIL. Refuses nothing.
#[pyfunction]
pub(crate) fn shape_text<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyDict>> {
    let shaped = py.detach(|| import::shape_text(text));
    let dict = PyDict::new(py);
    dict.set_item("lines", shaped.lines)?;
    dict.set_item("furniture", to_py(py, &shaped.furniture)?)?;
    dict.set_item("rules", shaped.rules)?;
    Ok(dict)
}

/// Reads the bytes of a 評価書's text (UTF-8, Shift_JIS or UTF-16, told from the bytes) into a
/// Draft. Releases the GIL. Raises TextImportError (bytes that are not text, or not a 評価書).
#[pyfunction]
pub(crate) fn import_bytes(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<PyDraft> {
    let bytes = bytes_of(data)?;
    let draft = py
        .detach(|| import::import_bytes(&bytes))
        .map_err(|e| to_py_err(&e))?;
    PyDraft::new(py, draft)
}

/// Reads a published 評価書 PDF (a path as `str` or `pathlib.Path`, or its `bytes`) into a
/// Draft: its text, then the importer. Releases the GIL. The draft's warnings hold IW008 when
/// the PDF reader mapped radicals or compatibility ideographs back to the ideographs the page
/// shows (`import::read_pdf`).
///
/// Raises OSError when the file cannot be read, PdfError when its text cannot be read (not a
/// PDF, encrypted, images only), TextImportError when the text is not a 評価書.
#[pyfunction]
pub(crate) fn import_pdf(py: Python<'_>, source: &Bound<'_, PyAny>) -> PyResult<PyDraft> {
    let bytes = if source.is_instance_of::<PyBytes>()
        || source.is_instance_of::<pyo3::types::PyByteArray>()
    {
        bytes_of(source)?
    } else if source.is_instance_of::<PyString>() || source.hasattr("__fspath__")? {
        read_path(py, source)?
    } else {
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "expected a path or bytes, got {}",
            type_name(source)
        )));
    };
    let read = py
        .detach(|| import::read_pdf(&bytes))
        .map_err(|e| to_py_err(&e))?;
    // The draft warns (IW008) when the PDF reader mapped radicals back to ideographs.
    let draft = py.detach(|| read.import()).map_err(|e| to_py_err(&e))?;
    PyDraft::new(py, draft)
}

/// The text of a PDF (`bytes`), as the importer reads it. Raises PdfError.
#[pyfunction]
pub(crate) fn pdf_text(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<String> {
    let bytes = bytes_of(data)?;
    py.detach(|| import::pdf_text(&bytes))
        .map_err(|e| to_py_err(&e))
}

/// Decodes the bytes of a text (UTF-8, Shift_JIS (CP932), UTF-16 with or without BOM) as the
/// importer does: `(text, encoding name)`. Raises TextImportError for bytes that are not text.
#[pyfunction]
pub(crate) fn decode(data: &Bound<'_, PyAny>) -> PyResult<(String, String)> {
    let bytes = bytes_of(data)?;
    let decoded = import::decode(&bytes)
        .map_err(|e| TextImportError::new_err(import::ImportError::from(e).to_string()))?;
    Ok((decoded.text.into_owned(), decoded.encoding.to_string()))
}

/// Reads a list of changed items (変更または追記した箇所) into 変更箇所 rows appended to `onto`, the
/// Report it changes: a Draft of `onto` with the rows added. Releases the GIL. Raises
/// TextImportError when the text is no change list.
#[pyfunction]
pub(crate) fn import_change_list(
    py: Python<'_>,
    text: &str,
    onto: PyRef<'_, PyReport>,
) -> PyResult<PyDraft> {
    let onto = &onto.inner;
    let draft = py
        .detach(|| import::import_change_list(text, onto))
        .map_err(|e| to_py_err(&e))?;
    PyDraft::new(py, draft)
}

/// A report read from a published text, for a person to confirm (下書き, draft).
#[pyclass(frozen, module = "mynumber_pia", name = "Draft")]
pub(crate) struct PyDraft {
    report: Py<PyReport>,
    trace: Trace,
    warnings: Vec<Warning>,
    shape: Shape,
    summary: String,
}

impl PyDraft {
    /// The draft's parts, its report moved (not copied) into the Python Report.
    fn new(py: Python<'_>, draft: Draft) -> PyResult<Self> {
        let summary = draft.summary();
        let Draft {
            report,
            trace,
            warnings,
            shape,
            ..
        } = draft;
        Ok(PyDraft {
            report: Py::new(py, PyReport::new(report))?,
            trace,
            warnings,
            shape,
            summary,
        })
    }
}

#[pymethods]
impl PyDraft {
    /// The Report: what was read; None or empty where nothing was.
    #[getter]
    fn report(&self, py: Python<'_>) -> Py<PyReport> {
        self.report.clone_ref(py)
    }

    /// Where every value came from: dicts with `pointer` (JSON Pointer in the report's JSON),
    /// `lines` ([first, last] source lines, from 1) and `confidence` (`"exact"`, `"inferred"`).
    #[getter]
    fn values<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.trace.values)
    }

    /// The lines not read (未読行): dicts with `lines`, `code` (the reason's stable code,
    /// `IU001`…) and `reason` (Japanese).
    #[getter]
    fn unread<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.trace.unread)
    }

    /// The trace as a dict: `{"values": [...], "unread": [...]}`.
    #[getter]
    fn trace<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.trace)
    }

    /// Things a person should know (a block named twice, a value the model could not hold):
    /// dicts with `code` (stable, `IW001`…) and `message` (Japanese).
    #[getter]
    fn warnings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.warnings)
    }

    /// The shape the text was read as: `"pdf_text"`, `"html"` or `"markdown"`.
    #[getter]
    fn shape<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.shape)
    }

    /// The summary line `pia import` prints.
    fn summary(&self) -> String {
        self.summary.clone()
    }

    /// The review page of the draft (render::review_html): one standalone HTML document with a
    /// summary, the draft in the form's layout with each value linked to its source lines, and
    /// `text` (the text the draft was read from) line by line with the unread ranges and the
    /// page furniture marked. Releases the GIL.
    fn review_html(&self, py: Python<'_>, text: &str) -> String {
        let report = &self.report.get().inner;
        let (trace, warnings) = (&self.trace, &self.warnings);
        py.detach(|| render::review_html(report, trace, warnings, text))
    }

    /// How many characters of `text` (the text the draft was read from) were left unread: the
    /// characters other than white space of the unread lines.
    fn unread_chars(&self, text: &str) -> usize {
        self.trace.unread_chars(text)
    }

    /// Whether the item at `path` (`"files[0].entrustments[1].entrustee"`, a validation
    /// finding's path) was left empty by the import: None when a value at or around it was read
    /// or no line at its place was unread; else a dict, `{"gap": "unread", "unread": [...]}`
    /// (the unread ranges at its place) or `{"gap": "absent"}` (nothing of its part read).
    /// Raises ValueError for a path that does not parse.
    fn gap<'py>(&self, py: Python<'py>, path: &str) -> PyResult<Option<Bound<'py, PyDict>>> {
        let path: ItemPath = path
            .parse()
            .map_err(|e: mynumber_pia::report::ParsePathError| {
                pyo3::exceptions::PyValueError::new_err(e.to_string())
            })?;
        let Some(gap) = Gaps::new(&self.trace).at(&path) else {
            return Ok(None);
        };
        let dict = PyDict::new(py);
        match gap {
            Gap::Unread(ranges) => {
                dict.set_item("gap", "unread")?;
                dict.set_item("unread", to_py(py, &ranges)?)?;
            }
            _ => dict.set_item("gap", "absent")?,
        }
        Ok(Some(dict))
    }

    fn __repr__(&self) -> String {
        format!("<Draft {}>", self.summary)
    }
}
