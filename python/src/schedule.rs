//! 期限 (dated duties) of reports, and a body's 計画管理書 (register of its 事務, 様式1).

use chrono::NaiveDate;
use mynumber_pia::schedule::{self, Obligation, Register};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::convert::to_py;
use crate::enums::PyEnum;
use crate::report::PyReport;

/// The dated duties of `report` on `as_of` (再実施 re-assessment every 5 years 規則 第15条,
/// 見直し yearly review, …), soonest first.
#[pyfunction]
#[pyo3(signature = (report, *, as_of))]
pub(crate) fn obligations(
    py: Python<'_>,
    report: PyRef<'_, PyReport>,
    as_of: NaiveDate,
) -> Vec<PyObligation> {
    let report = &report.inner;
    py.detach(|| schedule::obligations(report, as_of))
        .into_iter()
        .map(PyObligation::new)
        .collect()
}

/// One dated duty (義務) of a report.
#[pyclass(frozen, module = "mynumber_pia", name = "Obligation")]
pub(crate) struct PyObligation {
    inner: Obligation,
}

impl PyObligation {
    pub(crate) fn new(inner: Obligation) -> Self {
        PyObligation { inner }
    }
}

#[pymethods]
impl PyObligation {
    /// ObligationKind: which duty (再実施, 見直し, …).
    #[getter]
    fn kind(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.kind.to_py(py)
    }

    /// The day it is due.
    #[getter]
    fn due(&self) -> NaiveDate {
        self.inner.due
    }

    /// Status on the date asked: 期限超過 (overdue), 期限間近 (due soon) or 期限前 (later).
    #[getter]
    fn status(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.status.to_py(py)
    }

    /// Duty: 義務 (required by the 規則) or 努力義務 / recommended (指針).
    #[getter]
    fn duty(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.duty.to_py(py)
    }

    /// The day it is counted from (起算日).
    #[getter(from_date)]
    fn anchor_date(&self) -> NaiveDate {
        self.inner.from.date
    }

    /// Basis: what that day is (公表日, 計数日, …).
    #[getter(from_basis)]
    fn anchor_basis(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.from.basis.to_py(py)
    }

    /// The rule (規則 第N条, 指針 第N).
    #[getter]
    fn source(&self) -> &str {
        &self.inner.source
    }

    /// Why it is due, in Japanese.
    #[getter]
    fn reason(&self) -> String {
        self.inner.reason.to_string()
    }

    /// The report it belongs to, as a dict (form, number, title, body).
    #[getter]
    fn report<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner.report)
    }

    /// The duty as a dict, in the crate's JSON shape.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner)
    }

    fn __repr__(&self) -> String {
        format!(
            "<Obligation {} {} {}>",
            self.inner.due,
            self.inner.status.label(),
            self.inner.kind.label()
        )
    }
}

/// A body's 計画管理書 (register of its 事務, 様式1) built from its reports on `as_of`: one
/// entry per 事務, every dated duty, and the problems found. `incident` (a date) adds the
/// body-wide effect of a 重大事故 (serious incident) on that day.
#[pyclass(frozen, module = "mynumber_pia", name = "Register")]
pub(crate) struct PyRegister {
    inner: Register,
}

#[pymethods]
impl PyRegister {
    #[new]
    #[pyo3(signature = (reports, *, as_of, incident = None))]
    fn new(
        py: Python<'_>,
        reports: Vec<PyRef<'_, PyReport>>,
        as_of: NaiveDate,
        incident: Option<NaiveDate>,
    ) -> Self {
        let reports: Vec<&mynumber_pia::Report> = reports.iter().map(|r| &r.inner).collect();
        let inner = py.detach(|| {
            let register = Register::new(reports.iter().copied(), as_of);
            match incident {
                Some(day) => register.with_incident(day),
                None => register,
            }
        });
        PyRegister { inner }
    }

    /// The date it was built on.
    #[getter]
    fn as_of(&self) -> NaiveDate {
        self.inner.as_of
    }

    /// One dict per 事務 (number, title, affair, body, reports, next_due, …).
    #[getter]
    fn entries<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner.entries)
    }

    /// Every dated duty, soonest first.
    #[getter]
    fn obligations(&self) -> Vec<PyObligation> {
        self.inner
            .obligations
            .iter()
            .cloned()
            .map(PyObligation::new)
            .collect()
    }

    /// The problems found (two bodies, a number used twice, …) as dicts with `problem`,
    /// `message` and `source`.
    #[getter]
    fn problems<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.inner
            .problems
            .iter()
            .map(|p| {
                let d = PyDict::new(py);
                d.set_item("problem", p.as_str())?;
                d.set_item("message", p.to_string())?;
                d.set_item("source", p.source())?;
                Ok(d)
            })
            .collect()
    }

    /// How many duties are overdue (期限超過).
    fn overdue(&self) -> usize {
        self.inner.overdue()
    }

    /// The summary line in Japanese.
    fn summary(&self) -> String {
        self.inner.summary()
    }

    /// Every duty as an iCalendar (RFC 5545) text for the office calendar.
    fn to_icalendar(&self, py: Python<'_>) -> String {
        py.detach(|| schedule::to_icalendar(&self.inner.obligations, self.inner.as_of))
    }

    fn __repr__(&self) -> String {
        format!("<Register {}>", self.inner.summary())
    }
}
