//! `Report` (評価書, an assessment report), its findings (指摘) and its rendering.

use chrono::NaiveDate;
use mynumber_pia::report::Report;
use mynumber_pia::validation::{Finding, ValidationReport};
use mynumber_pia::{Sample, render, schedule, validate};
use pyo3::exceptions::{PyIndexError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple};

use crate::convert::{read_path, to_py, type_name};
use crate::enums::PyEnum;
use crate::errors::{LoadError, to_py_err};
use crate::schedule::PyObligation;

/// A 特定個人情報保護評価書 (assessment report) of any of the three forms: 基礎項目評価書 (basic),
/// 重点項目評価書 (focused) or 全項目評価書 (full).
///
/// Immutable. Load it with `Report.from_json(text)`, `Report.load(path)`, `Report.sample(name)`
/// or `Report.example(form)`; `to_json()` and `to_dict()` give it back. The attributes (`cover`,
/// `affair`, `systems`, `files`, …) are plain dicts and lists in the JSON format's shape, with
/// every ＜選択肢＞ (choice) as its label. Equal reports compare equal; a report pickles.
#[pyclass(frozen, module = "mynumber_pia", name = "Report")]
pub(crate) struct PyReport {
    pub(crate) inner: Report,
}

impl PyReport {
    pub(crate) fn new(inner: Report) -> Self {
        PyReport { inner }
    }
}

/// The text of a report's JSON given as `str` or `bytes` (UTF-8).
fn json_text(data: &Bound<'_, PyAny>) -> PyResult<String> {
    if let Ok(s) = data.cast::<PyString>() {
        return Ok(s.to_cow()?.into_owned());
    }
    let bytes = crate::convert::bytes_of(data).map_err(|_| {
        PyTypeError::new_err(format!("expected str or bytes, got {}", type_name(data)))
    })?;
    String::from_utf8(bytes).map_err(|e| {
        LoadError::new_err(format!(
            "JSON が UTF-8 ではありません（{} バイト目）",
            e.utf8_error().valid_up_to() + 1
        ))
    })
}

/// Parses `text` as a report, without the GIL.
pub(crate) fn report_from_json(py: Python<'_>, text: &str) -> PyResult<Report> {
    py.detach(|| Report::from_json(text))
        .map_err(|e| to_py_err(&e))
}

#[pymethods]
impl PyReport {
    /// Reads a report from its JSON (`str`, or `bytes` in UTF-8).
    ///
    /// Raises LoadError with the JSON path and what is wrong there.
    #[staticmethod]
    fn from_json(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = json_text(data)?;
        report_from_json(py, &text).map(PyReport::new)
    }

    /// Reads a report from a dict in the JSON format's shape (what `to_dict()` gives, or a
    /// report written by hand as a dict). Raises LoadError, as from_json.
    #[staticmethod]
    fn from_dict(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
        let dumps = py.import("json")?.getattr("dumps")?;
        let kwargs = pyo3::types::PyDict::new(py);
        kwargs.set_item("ensure_ascii", false)?;
        let text: String = dumps.call((data,), Some(&kwargs))?.extract()?;
        report_from_json(py, &text).map(PyReport::new)
    }

    /// Reads a report from a JSON file (`str` or `pathlib.Path`).
    ///
    /// Raises OSError when the file cannot be read, LoadError when it is not a report.
    #[staticmethod]
    fn load(py: Python<'_>, path: &Bound<'_, PyAny>) -> PyResult<Self> {
        let bytes = read_path(py, path)?;
        let text = json_text(&PyBytes::new(py, &bytes))?;
        report_from_json(py, &text).map(PyReport::new)
    }

    /// One of the real published 評価書 embedded in the crate, by name (`"edogawa-full"`,
    /// `"kawaguchi-focused"`, `"kumagaya-basic"`, `"matsudo-focused"`; see `samples()`).
    #[staticmethod]
    fn sample(py: Python<'_>, name: &str) -> PyResult<Self> {
        let sample: Sample = name
            .parse()
            .map_err(|e: mynumber_pia::ParseWordError| to_py_err(&e))?;
        py.detach(|| sample.load())
            .map(PyReport::new)
            .map_err(|e| to_py_err(&e))
    }

    /// A small valid report of `form` (AssessmentKind, or "basic" / "focused" / "full" / 基礎 /
    /// 重点 / 全項目): the crate's `Report::example`.
    #[staticmethod]
    fn example(form: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(PyReport::new(Report::example(crate::form_of(form)?)))
    }

    /// The report as JSON (pretty-printed, as `pia` writes it); `from_json` reads it back equal.
    fn to_json(&self, py: Python<'_>) -> String {
        py.detach(|| self.inner.to_json())
    }

    /// The report as a dict in the JSON format's shape (labels as `str`, dates as ISO `str`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner)
    }

    /// The form: AssessmentKind.BASIC (基礎), FOCUSED (重点) or FULL (全項目).
    #[getter]
    fn form(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.form().to_py(py)
    }

    /// The revision of the 様式 (form) the cover's tag names (`cover.form_version`): a
    /// FormRevision member; for a month no revision known to the crate has, the month as the tag
    /// prints it (str, "令和3年9月"; FormRevision.nearest_known reads it); None when the cover
    /// names none.
    #[getter]
    fn form_revision(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        self.inner
            .cover
            .form_version
            .map(|revision| crate::form::revision_to_py(py, revision))
            .transpose()
    }

    /// 表紙 (cover): 評価書番号, 評価書名, 評価実施機関名, 公表日, … as a dict.
    #[getter]
    fn cover<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner.cover)
    }

    /// Ⅰ 基本情報 (affair: the 事務 and its description) as a dict.
    #[getter]
    fn affair<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner.affair)
    }

    /// Ⅰ2 システム (systems), one dict a system.
    #[getter]
    fn systems<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner.systems)
    }

    /// Ⅱ 特定個人情報ファイルの概要 (SPI files), one dict a file block (empty for 基礎).
    #[getter]
    fn files<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner.files)
    }

    /// 委託 (entrustments) of every file: dicts with `file` (the file block's index) and the
    /// entrustment's items.
    #[getter]
    fn entrustments<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let list = PyList::empty(py);
        for (file, block) in self.inner.files.iter().enumerate() {
            for e in &block.entrustments {
                list.append(with_file(py, file, e)?)?;
            }
        }
        Ok(list)
    }

    /// 提供先 (provisions: destinations outside the body) of every file, with `file` as above.
    #[getter]
    fn provisions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        destinations(py, &self.inner, |b| &b.provisions)
    }

    /// 移転先 (transfers: other departments of the same body) of every file, with `file`.
    #[getter]
    fn transfers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        destinations(py, &self.inner, |b| &b.transfers)
    }

    /// 開示請求、問合せ (disclosure requests and enquiries) as a dict.
    #[getter]
    fn disclosure<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner.disclosure)
    }

    /// 評価実施手続 (assessment procedures: hearing, third-party review) as a dict.
    #[getter]
    fn procedures<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner.procedures)
    }

    /// 変更箇所 (change records), one dict a row, in the order printed.
    #[getter]
    fn changes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner.changes)
    }

    /// The part only this form has (基礎: しきい値判断項目 and more; 重点 and 全項目: the risk
    /// measures), as a dict.
    #[getter]
    fn part<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let dict = to_py(py, &self.inner)?;
        dict.get_item(self.inner.form().as_str())
    }

    /// 対象人数 (the number of people in the files) as the form states it, or None.
    #[getter]
    fn subject_count(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        self.inner.subject_count().map(|b| b.to_py(py)).transpose()
    }

    /// The しきい値判断結果 (threshold result) the report states, as its label, or None.
    #[getter]
    fn stated_threshold_result(&self) -> Option<String> {
        self.inner.stated_threshold_result().map(|r| r.to_string())
    }

    /// Judges the report as the PPC's reviewers would, on the date `as_of` (a datetime.date the
    /// caller passes: the crate reads no clock). Releases the GIL.
    #[pyo3(signature = (*, as_of))]
    fn validate(&self, py: Python<'_>, as_of: NaiveDate) -> Findings {
        Findings::new(py.detach(|| validate(&self.inner, as_of)))
    }

    /// The report as its form (様式), one standalone HTML document for A4. Releases the GIL.
    fn render_html(&self, py: Python<'_>) -> String {
        py.detach(|| render::to_html(&self.inner))
    }

    /// The report as its form, in Markdown. Releases the GIL.
    fn render_markdown(&self, py: Python<'_>) -> String {
        py.detach(|| render::to_markdown(&self.inner))
    }

    /// The dated duties of this report on `as_of` (再実施 re-assessment, 見直し review, …).
    #[pyo3(signature = (*, as_of))]
    fn obligations(&self, py: Python<'_>, as_of: NaiveDate) -> Vec<PyObligation> {
        py.detach(|| schedule::obligations(&self.inner, as_of))
            .into_iter()
            .map(PyObligation::new)
            .collect()
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyReport>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }

    fn __hash__(&self) -> PyResult<isize> {
        Err(PyTypeError::new_err("unhashable type: 'Report'"))
    }

    fn __repr__(&self) -> String {
        let title = self
            .inner
            .cover
            .title
            .as_deref()
            .unwrap_or(&self.inner.affair.name);
        format!(
            "<Report {} 「{}」>",
            self.inner.form().document_name(),
            title
        )
    }

    /// Pickles as its JSON.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let from_json = slf.get_type().getattr("from_json")?;
        let json = slf.get().inner.to_json();
        PyTuple::new(py, [from_json, PyTuple::new(py, [json])?.into_any()])
    }
}

fn with_file<'py, T: serde::Serialize>(
    py: Python<'py>,
    file: usize,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let item = to_py(py, value)?;
    let dict = pyo3::types::PyDict::new(py);
    dict.set_item("file", file)?;
    if let Ok(fields) = item.cast::<pyo3::types::PyDict>() {
        dict.update(fields.as_mapping())?;
    }
    Ok(dict.into_any())
}

fn destinations<'py>(
    py: Python<'py>,
    report: &Report,
    of: impl Fn(&mynumber_pia::report::FileBlock) -> &Vec<mynumber_pia::report::Destination>,
) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for (file, block) in report.files.iter().enumerate() {
        for d in of(block) {
            list.append(with_file(py, file, d)?)?;
        }
    }
    Ok(list)
}

/// One 指摘 (finding) of validation: what is wrong, where, and which rule says so.
#[pyclass(frozen, module = "mynumber_pia", name = "Finding")]
pub(crate) struct PyFinding {
    inner: Finding,
}

#[pymethods]
impl PyFinding {
    /// The stable finding code (`"threshold-inconsistent"`, …).
    #[getter]
    fn code(&self) -> String {
        self.inner.code().to_string()
    }

    /// Severity.ERROR (エラー), WARNING (警告) or INFO (情報).
    #[getter]
    fn severity(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.severity().to_py(py)
    }

    /// The code's family (検査の分類).
    #[getter]
    fn family(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.code().family().to_py(py)
    }

    /// The JSON path of the value it is about (`files[0].entrustments[1].entrustee`).
    #[getter]
    fn path(&self) -> String {
        self.inner.path().to_string()
    }

    /// The form item it is about, by its id in the item table (`"cover.published_on"`: what
    /// printed_label and labels read), or None.
    #[getter]
    fn item(&self) -> Option<String> {
        self.inner.item().map(|i| i.as_str().to_owned())
    }

    /// The same place in the form's own words.
    #[getter]
    fn location(&self) -> &str {
        self.inner.location()
    }

    /// What is wrong, in Japanese.
    #[getter]
    fn message(&self) -> &str {
        self.inner.message()
    }

    /// The rule it comes from (規則 第N条, 指針 第N, the 様式 and its date).
    #[getter]
    fn source(&self) -> &'static str {
        self.inner.source()
    }

    /// The finding as a dict (code, severity, item, path, location, message, source), as the
    /// crate's JSON writes it; severity is its key (`"error"`, `"warning"`, `"info"`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner)
    }

    fn __repr__(&self) -> String {
        format!(
            "<Finding {} {} at {}>",
            self.inner.severity().as_str(),
            self.inner.code(),
            self.inner.path()
        )
    }

    fn __str__(&self) -> String {
        self.inner.line().to_string()
    }
}

/// The findings of one validation, in the crate's order; a sequence of Finding.
#[pyclass(frozen, sequence, module = "mynumber_pia", name = "Findings")]
pub(crate) struct Findings {
    inner: ValidationReport,
}

impl Findings {
    pub(crate) fn new(inner: ValidationReport) -> Self {
        Findings { inner }
    }
}

#[pymethods]
impl Findings {
    /// The date the report was judged on.
    #[getter]
    fn as_of(&self) -> NaiveDate {
        self.inner.reference_date()
    }

    /// Whether any finding is an error (エラー).
    #[getter]
    fn has_errors(&self) -> bool {
        self.inner.has_errors()
    }

    /// How many findings have `severity` (Severity or its label or key).
    fn count(&self, severity: &Bound<'_, PyAny>) -> PyResult<usize> {
        let severity = mynumber_pia::Severity::from_py(severity)?;
        Ok(self.inner.count(severity))
    }

    /// The codes found, each once, in the order of the crate's code table.
    fn codes(&self) -> Vec<String> {
        self.inner.codes().iter().map(ToString::to_string).collect()
    }

    /// The summary line (`エラー 0 件、警告 2 件、情報 1 件`).
    fn summary(&self) -> String {
        self.inner.summary()
    }

    /// Every finding as a dict, for `pandas.DataFrame(findings.to_dicts())`.
    fn to_dicts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, self.inner.findings())
    }

    fn __len__(&self) -> usize {
        self.inner.findings().len()
    }

    fn __getitem__(&self, index: isize) -> PyResult<PyFinding> {
        let len = self.inner.findings().len();
        let i = if index < 0 {
            len.checked_sub(index.unsigned_abs())
        } else {
            Some(index.unsigned_abs())
        };
        i.and_then(|i| self.inner.findings().get(i))
            .map(|f| PyFinding { inner: f.clone() })
            .ok_or_else(|| PyIndexError::new_err("finding index out of range"))
    }

    fn __repr__(&self) -> String {
        format!(
            "<Findings {} as of {}: {}>",
            self.inner.findings().len(),
            self.inner.reference_date(),
            self.inner.summary()
        )
    }
}

/// Validates many reports on `as_of`, without the GIL for the whole batch: a list of Findings in
/// the reports' order.
#[pyfunction]
#[pyo3(signature = (reports, *, as_of))]
pub(crate) fn validate_all(
    py: Python<'_>,
    reports: Vec<PyRef<'_, PyReport>>,
    as_of: NaiveDate,
) -> Vec<Findings> {
    let reports: Vec<&Report> = reports.iter().map(|r| &r.inner).collect();
    py.detach(|| {
        reports
            .iter()
            .map(|r| validate(r, as_of))
            .collect::<Vec<_>>()
    })
    .into_iter()
    .map(Findings::new)
    .collect()
}

/// The names of the embedded samples (real published 評価書), 全項目 first.
#[pyfunction]
pub(crate) fn samples() -> Vec<&'static str> {
    Sample::ALL.iter().map(|s| s.as_str()).collect()
}

/// `report` as its form (様式), one standalone HTML document for A4. Releases the GIL.
#[pyfunction]
pub(crate) fn render_html(py: Python<'_>, report: PyRef<'_, PyReport>) -> String {
    let report = &report.inner;
    py.detach(|| render::to_html(report))
}

/// `report` as its form, in Markdown. Releases the GIL.
#[pyfunction]
pub(crate) fn render_markdown(py: Python<'_>, report: PyRef<'_, PyReport>) -> String {
    let report = &report.inner;
    py.detach(|| render::to_markdown(report))
}
