//! 和暦 (Japanese-calendar) dates: parse, check, format.

use chrono::NaiveDate;
use mynumber_pia::wareki::{DateValue, Era, WarekiDate};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::enums::PyEnum;
use crate::errors::to_py_err;

/// Reads one day written by hand (`"令和6年12月6日"`, `"R7.1.14"`, `"平成十一年三月三十一日"`,
/// `"2024/12/6"`) as a datetime.date.
///
/// Raises WarekiError with the crate's message when the text is not a day or the day does not
/// exist (`"平成31年5月1日"` → 平成は平成31年4月30日までです); a month, 年度 (fiscal year) or
/// range is refused, never turned into a day (use parse_wareki for those).
#[pyfunction]
pub(crate) fn parse_date(text: &str) -> PyResult<NaiveDate> {
    WarekiDate::parse(text)
        .map(WarekiDate::to_naive)
        .map_err(|e| to_py_err(&e))
}

/// Reads any date a 評価書 holds: a day, a month (年月), a fiscal year (年度), a year (年) or a
/// range (期間) as a WarekiValue. Raises WarekiError.
#[pyfunction]
pub(crate) fn parse_wareki(text: &str) -> PyResult<WarekiValue> {
    DateValue::parse(text)
        .map(|inner| WarekiValue { inner })
        .map_err(|e| to_py_err(&e))
}

/// `date` in 和暦: `style="official"` writes `令和6年12月6日`, `style="short"` writes `R6.12.6`.
///
/// Raises WarekiError for a day before 明治6年1月1日 (1873-01-01), when Japan adopted the
/// Gregorian calendar; ValueError for another style.
#[pyfunction]
#[pyo3(signature = (date, *, style = "official"))]
pub(crate) fn format_wareki(date: NaiveDate, style: &str) -> PyResult<String> {
    let day = WarekiDate::from_naive(date).map_err(|e| to_py_err(&e))?;
    match style {
        "official" => Ok(day.to_string()),
        "short" => Ok(day.short().to_string()),
        other => Err(PyValueError::new_err(format!(
            "style must be \"official\" or \"short\", got {other:?}"
        ))),
    }
}

/// The 元号 (era) of `date`, or None before 明治 (1868-10-23).
#[pyfunction]
pub(crate) fn era_of(py: Python<'_>, date: NaiveDate) -> PyResult<Option<Py<PyAny>>> {
    Era::of(date).map(|e| e.to_py(py)).transpose()
}

/// A date of any kind read from a text: a day, a month, a 年度, a year or a range.
#[pyclass(frozen, module = "mynumber_pia", name = "WarekiValue")]
pub(crate) struct WarekiValue {
    inner: DateValue,
}

impl WarekiValue {
    /// The first and the last day it covers. (DateValue is non-exhaustive: a kind added to the
    /// crate later is refused here until this binding names it, never given wrong days.)
    fn days(&self) -> PyResult<(NaiveDate, NaiveDate)> {
        Ok(match self.inner {
            DateValue::Day(d) => (d.to_naive(), d.to_naive()),
            DateValue::YearMonth(m) => (m.first_day(), m.last_day()),
            DateValue::FiscalYear(y) => (y.first_day(), y.last_day()),
            DateValue::Year(y) => (y.first_day(), y.last_day()),
            DateValue::Range(r) => (r.start().to_naive(), r.end().to_naive()),
            _ => {
                return Err(PyValueError::new_err(format!(
                    "{}: この種類の日付の範囲は扱えません",
                    self.inner
                )));
            }
        })
    }
}

#[pymethods]
impl WarekiValue {
    /// DateKind: 年月日 (day), 年月 (month), 年度 (fiscal year), 年 (year) or 期間 (range).
    #[getter]
    fn kind(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.kind().to_py(py)
    }

    /// The first day it covers.
    #[getter]
    fn first_day(&self) -> PyResult<NaiveDate> {
        Ok(self.days()?.0)
    }

    /// The last day it covers (both ends count).
    #[getter]
    fn last_day(&self) -> PyResult<NaiveDate> {
        Ok(self.days()?.1)
    }

    /// The ISO style: `2024-12-06`, `2015-10`, `FY2023`, `1999`, `2024-09-15/2024-10-15`.
    #[getter]
    fn iso(&self) -> String {
        self.inner.iso().to_string()
    }

    /// The official 和暦 style (`令和6年12月6日`, `平成27年10月`, `令和5年度`).
    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self) -> String {
        format!("<WarekiValue {} ({})>", self.inner, self.inner.iso())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<WarekiValue>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }
}
