//! 変更 (changes) between two versions of one report, each judged 重要な変更 (significant) or not.

use chrono::NaiveDate;
use mynumber_pia::change::{Change, ChangeSet, Significance, compare};
use pyo3::prelude::*;

use crate::convert::to_py;
use crate::enums::PyEnum;
use crate::errors::to_py_err;
use crate::report::PyReport;

/// Compares two versions of one report (the same 様式 and 事務): every changed item in the
/// form's order, judged 重要な変更 (significant change) or not (規則 第11条, the forms' ※ marks),
/// with its 提出時期 (submission timing) and what must happen next. Releases the GIL.
///
/// Raises CompareError when the two are of different forms or 事務.
#[pyfunction]
#[pyo3(name = "compare")]
pub(crate) fn compare_(
    py: Python<'_>,
    old: PyRef<'_, PyReport>,
    new: PyRef<'_, PyReport>,
) -> PyResult<PyChangeSet> {
    let (old, new) = (&old.inner, &new.inner);
    py.detach(|| compare(old, new))
        .map(|inner| PyChangeSet { inner })
        .map_err(|e| to_py_err(&e))
}

/// Enum members, in order.
type Members = Vec<Py<PyAny>>;

/// Every change between two versions of one report, judged, with what must happen next.
#[pyclass(module = "mynumber_pia", name = "ChangeSet")]
pub(crate) struct PyChangeSet {
    inner: ChangeSet,
}

#[pymethods]
impl PyChangeSet {
    /// The form (AssessmentKind) of both versions.
    #[getter]
    fn form(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.form().to_py(py)
    }

    /// The 事務 (affair) of both versions.
    #[getter]
    fn affair(&self) -> &str {
        self.inner.affair()
    }

    /// Every change, in the form's order.
    #[getter]
    fn changes(&self) -> Vec<PyChange> {
        self.inner
            .changes()
            .iter()
            .map(|c| PyChange { inner: c.clone() })
            .collect()
    }

    /// What must happen next (再実施 re-assessment and its steps, or none; a changed しきい値判断)
    /// as dicts with `kind`, `message` and `source`.
    #[getter]
    fn consequences<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        self.inner
            .consequences()
            .iter()
            .map(|c| {
                let d = to_py(py, c)?;
                d.set_item("message", c.to_string())?;
                d.set_item("source", c.source())?;
                Ok(d)
            })
            .collect()
    }

    /// The しきい値判断 results (RequiredAssessment) the old and the new version allow.
    #[getter]
    fn threshold(&self, py: Python<'_>) -> PyResult<(Members, Members)> {
        let (old, new) = self.inner.threshold();
        let list = |rs: &[mynumber_pia::threshold::RequiredAssessment]| {
            rs.iter().map(|r| r.to_py(py)).collect::<PyResult<Vec<_>>>()
        };
        Ok((list(old)?, list(new)?))
    }

    /// How many changes are 重要な変更.
    #[getter]
    fn significant_count(&self) -> usize {
        self.inner.significant_count()
    }

    /// The summary line in Japanese.
    fn summary(&self) -> String {
        self.inner.summary()
    }

    /// Overrides the judgement of change `index` with `significance` (Significance or its
    /// label) for `reason` (a person's word, kept with it). Raises UnknownChange.
    fn override_judgement(
        &mut self,
        index: usize,
        significance: &Bound<'_, PyAny>,
        reason: String,
    ) -> PyResult<()> {
        let significance = Significance::from_py(significance)?;
        self.inner
            .override_judgement(index, significance, reason)
            .map_err(|e| to_py_err(&e))
    }

    /// The 変更箇所 (change record) rows for every change, dated `date`, as dicts ready to
    /// append to the new version's `changes`.
    fn records<'py>(&self, py: Python<'py>, date: NaiveDate) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner.records(date))
    }

    fn __len__(&self) -> usize {
        self.inner.changes().len()
    }

    fn __repr__(&self) -> String {
        format!("<ChangeSet {}>", self.inner.summary())
    }
}

/// One changed item: where, before and after, and the judgement.
#[pyclass(frozen, module = "mynumber_pia", name = "Change")]
pub(crate) struct PyChange {
    inner: Change,
}

#[pymethods]
impl PyChange {
    /// The form item (`"Ⅱ3"`-style id of the item table).
    #[getter]
    fn item(&self) -> &'static str {
        self.inner.item().as_str()
    }

    /// The JSON path of the value.
    #[getter]
    fn path(&self) -> String {
        self.inner.path().to_string()
    }

    /// The place in the form's words (変更箇所).
    #[getter]
    fn place(&self) -> &str {
        self.inner.place()
    }

    /// ChangeKind: 追加 (added), 削除 (removed) or 変更 (modified).
    #[getter]
    fn kind(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.kind().to_py(py)
    }

    /// 変更前の記載 (the text before), or None when added.
    #[getter]
    fn before(&self) -> Option<&str> {
        self.inner.before()
    }

    /// 変更後の記載 (the text after), or None when removed.
    #[getter]
    fn after(&self) -> Option<&str> {
        self.inner.after()
    }

    /// Significance: 重要な変更 or not (after any override).
    #[getter]
    fn significance(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.significance().to_py(py)
    }

    /// Whether it is a 重要な変更 (significant change).
    #[getter]
    fn significant(&self) -> bool {
        self.inner.significance() == Significance::Significant
    }

    /// Reason: why the crate judged it so.
    #[getter]
    fn reason(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.reason().to_py(py)
    }

    /// SubmissionTiming: 事前 (before the change) or 事後 (after).
    #[getter]
    fn timing(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.timing().to_py(py)
    }

    /// The judgement explained in Japanese (説明).
    #[getter]
    fn explanation(&self) -> String {
        self.inner.explanation()
    }

    /// The rule of the judgement (規則 第11条, the 様式's ※ mark).
    #[getter]
    fn source(&self) -> &'static str {
        self.inner.source()
    }

    /// The change as a dict, in the crate's JSON shape.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner)
    }

    fn __repr__(&self) -> String {
        format!(
            "<Change {} {} {}>",
            self.inner.kind().label(),
            self.inner.place(),
            self.inner.significance().label()
        )
    }
}
