//! しきい値判断 (threshold determination): which assessment a 事務 must undergo.

use mynumber_pia::threshold::{
    Exemption, HandlerCount, HandlerCountBand, PartialOutcome, SeriousIncident, SubjectCount,
    SubjectCountBand, ThresholdInput, ThresholdOutcome, decide_partial,
};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyInt, PyString};

use crate::convert::{to_py, type_name};
use crate::enums::PyEnum;
use crate::errors::to_py_err;

/// A count of people: an `int` (exact), a band member, or a band's label or a number as text
/// (`"150,000"`, `"１０万人以上３０万人未満"`).
fn count<C, B>(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<C>
where
    C: std::str::FromStr<Err = mynumber_pia::threshold::ParseCountError> + From<u64> + From<B>,
    B: PyEnum,
    <B as std::str::FromStr>::Err: crate::errors::CrateError,
{
    if obj.is_instance_of::<PyBool>() {
        return Err(PyTypeError::new_err(format!(
            "{what}: expected an int or a band, got bool"
        )));
    }
    if obj.is_instance_of::<PyInt>() {
        let n: i64 = obj.extract()?;
        return u64::try_from(n).map(C::from).map_err(|_| {
            PyValueError::new_err(format!("{what}: a count of people is 0 or more, got {n}"))
        });
    }
    if let Ok(text) = obj.cast::<PyString>() {
        return text.to_cow()?.parse::<C>().map_err(|e| to_py_err(&e));
    }
    B::from_py(obj).map(C::from).map_err(|_| {
        PyTypeError::new_err(format!(
            "{what}: expected an int or a {}, got {}",
            B::NAME,
            type_name(obj)
        ))
    })
}

/// 重大事故 (serious incident): a `bool` (True: 発生あり), a member or its label.
fn incident(obj: &Bound<'_, PyAny>) -> PyResult<SeriousIncident> {
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(if b.is_true() {
            SeriousIncident::Occurred
        } else {
            SeriousIncident::NotOccurred
        });
    }
    SeriousIncident::from_py(obj)
}

/// しきい値判断 (threshold determination, 指針 第5の2; 規則 第4条–第7条).
///
/// `subjects` is 対象人数 (people in the files) and `handlers` 取扱者数 (people who handle
/// them), each an `int` or a band (SubjectCountBand, HandlerCountBand, or a label);
/// `serious_incident` is 重大事故 within the past year (`bool` or SeriousIncident). Returns the
/// ThresholdOutcome: the required assessment, its grounds and the Japanese explanation.
///
/// `exemption` is the 号 (item, from 1) of 規則 第4条 the 事務 claims, e.g. 1 for a 事務 that
/// handles only its own staff's personnel files; such a 事務 need not be assessed.
#[pyfunction]
#[pyo3(signature = (*, subjects, handlers, serious_incident, exemption = None))]
pub(crate) fn decide(
    subjects: &Bound<'_, PyAny>,
    handlers: &Bound<'_, PyAny>,
    serious_incident: &Bound<'_, PyAny>,
    exemption: Option<u16>,
) -> PyResult<Outcome> {
    let mut input = ThresholdInput::new(
        count::<SubjectCount, SubjectCountBand>(subjects, "subjects")?,
        count::<HandlerCount, HandlerCountBand>(handlers, "handlers")?,
        incident(serious_incident)?,
    );
    if let Some(item) = exemption {
        let exemption = Exemption::from_item(item).ok_or_else(|| {
            PyValueError::new_err(format!("exemption: 規則第4条の号は1以上です（{item}）"))
        })?;
        input = input.with_exemption(exemption);
    }
    Ok(Outcome {
        inner: input.decide(),
    })
}

/// The しきい値判断 when 取扱者数 or 重大事故 is unknown (None), as in a 重点 or 全項目評価書
/// which prints only 対象人数: the outcome if the known inputs decide it, else the two results
/// still possible.
#[pyfunction]
#[pyo3(name = "decide_partial", signature = (*, subjects, handlers = None, serious_incident = None))]
pub(crate) fn decide_partial_(
    subjects: &Bound<'_, PyAny>,
    handlers: Option<&Bound<'_, PyAny>>,
    serious_incident: Option<&Bound<'_, PyAny>>,
) -> PyResult<Partial> {
    let subjects = count::<SubjectCount, SubjectCountBand>(subjects, "subjects")?;
    let handlers = handlers
        .map(|h| count::<HandlerCount, HandlerCountBand>(h, "handlers"))
        .transpose()?;
    let incident = serious_incident.map(incident).transpose()?;
    Ok(Partial {
        inner: decide_partial(subjects, handlers, incident),
    })
}

/// The result of a しきい値判断: the required assessment (RequiredAssessment), the grounds
/// (規則 and 指針 sections) and the Japanese explanation.
#[pyclass(frozen, module = "mynumber_pia", name = "ThresholdOutcome")]
pub(crate) struct Outcome {
    inner: ThresholdOutcome,
}

#[pymethods]
impl Outcome {
    /// しきい値判断結果: the assessment the 事務 must undergo.
    #[getter]
    fn required(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.required().to_py(py)
    }

    /// The grounds in one line (`"規則第5条及び第7条、指針第5の2"`).
    #[getter]
    fn grounds(&self) -> String {
        self.inner.grounds().to_string()
    }

    /// The 規則 (rules) cited, one `str` an article (`"規則第5条"`).
    #[getter]
    fn rules(&self) -> Vec<String> {
        self.inner
            .grounds()
            .rules()
            .map(|r| r.to_string())
            .collect()
    }

    /// The 指針 (guidelines) section cited (`"指針第5の2"`).
    #[getter]
    fn guideline(&self) -> String {
        self.inner.grounds().guideline().to_string()
    }

    /// The explanation in Japanese, with the grounds.
    #[getter]
    fn explanation(&self) -> String {
        self.inner.explanation()
    }

    /// 対象人数 as given: an `int`, or the SubjectCountBand.
    #[getter]
    fn subjects(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match self.inner.subject_count() {
            SubjectCount::Exact(n) => Ok(n.into_pyobject(py)?.into_any().unbind()),
            SubjectCount::Band(b) => b.to_py(py),
        }
    }

    /// The SubjectCountBand 対象人数 falls in.
    #[getter]
    fn subject_band(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.subject_count().band().to_py(py)
    }

    /// The HandlerCountBand 取扱者数 falls in, or None when exempt without it.
    #[getter]
    fn handler_band(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        self.inner
            .handler_count()
            .map(|h| h.band().to_py(py))
            .transpose()
    }

    /// The 規則 第4条 exemption applied: `(号, description)`, or None.
    #[getter]
    fn exemption(&self) -> Option<(u16, Option<&'static str>)> {
        self.inner.exemption().map(|e| (e.item(), e.description()))
    }

    /// 重大事故 as given, or None.
    #[getter]
    fn serious_incident(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        self.inner
            .serious_incident()
            .map(|s| s.to_py(py))
            .transpose()
    }

    /// The outcome as a dict, in the crate's JSON shape.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Outcome>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.inner.hash(&mut h);
        h.finish()
    }

    fn __repr__(&self) -> String {
        format!(
            "<ThresholdOutcome {}（{}）>",
            self.inner.required().label(),
            self.inner.grounds()
        )
    }
}

/// A しきい値判断 whose unknown inputs may leave two results (see `decide_partial`).
#[pyclass(frozen, module = "mynumber_pia", name = "PartialOutcome")]
pub(crate) struct Partial {
    inner: PartialOutcome,
}

#[pymethods]
impl Partial {
    /// The ThresholdOutcome when the known inputs decide it, else None.
    #[getter]
    fn outcome(&self) -> Option<Outcome> {
        self.inner.outcome().map(|inner| Outcome { inner })
    }

    /// The required assessment when decided, else None.
    #[getter]
    fn required(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        self.inner.required().map(|r| r.to_py(py)).transpose()
    }

    /// The least demanding result still possible.
    #[getter]
    fn lowest(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.lowest().to_py(py)
    }

    /// The most demanding result still possible.
    #[getter]
    fn highest(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.inner.highest().to_py(py)
    }

    /// Whether `required` (a RequiredAssessment or its label) is still possible.
    fn __contains__(&self, required: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(self
            .inner
            .contains(mynumber_pia::threshold::RequiredAssessment::from_py(
                required,
            )?))
    }

    fn __repr__(&self) -> String {
        format!(
            "<PartialOutcome {} … {}>",
            self.inner.lowest().label(),
            self.inner.highest().label()
        )
    }
}
