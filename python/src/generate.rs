//! 生成 (generation): reports made from a scenario and a seed, for test fixtures, optionally with
//! one deliberate defect and the findings it must raise.

use chrono::NaiveDate;
use mynumber_pia::form::FormRevision;
use mynumber_pia::generate::{Defect, Scenario, Size, generate as generate_report, with_defect};
use mynumber_pia::report::BodyKind;
use mynumber_pia::validation::Code;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::enums::PyEnum;
use crate::errors::to_py_err;
use crate::report::PyReport;

/// A generated report with one deliberate defect (欠陥), and the finding codes validation must
/// raise on it.
#[pyclass(frozen, module = "mynumber_pia", name = "Defective")]
pub(crate) struct PyDefective {
    /// The report with the defect.
    #[pyo3(get)]
    report: Py<PyReport>,
    /// The code of the defect put in.
    #[pyo3(get)]
    code: String,
    /// Every code validation must find (the defect's and its companions').
    #[pyo3(get)]
    expected: Vec<String>,
}

#[pymethods]
impl PyDefective {
    fn __repr__(&self) -> String {
        format!(
            "<Defective {} expecting {}>",
            self.code,
            self.expected.join(", ")
        )
    }
}

/// A whole count of the scenario, or the default's when None.
fn set<T>(scenario: Scenario, value: Option<T>, with: fn(Scenario, T) -> Scenario) -> Scenario {
    match value {
        Some(v) => with(scenario, v),
        None => scenario,
    }
}

/// Writes a realistic report, valid by construction, from a scenario and `seed` (the same seed
/// gives the same report), for test fixtures: `generate(form="full", seed=7)`.
///
/// `form` is AssessmentKind or `"basic"`, `"focused"`, `"full"` (基礎, 重点, 全項目); by default
/// the form the scenario's しきい値判断 requires. The scenario's counts (`subjects` 対象人数,
/// `handlers` 取扱者数, `systems`, `files`, `entrustments` 委託, `re_entrustment_depth` 再委託,
/// `provisions` 提供先, `transfers` 移転先, `changes` 変更箇所の行数), `incident` (重大事故),
/// `body_kind` (BodyKind) and `as_of` (datetime.date) override the crate's default scenario.
/// `size` (`"small"`, `"typical"`, `"large"`, `"huge"`; default `"typical"`) chooses the ranges
/// the counts not given are drawn from. `revision` (a FormRevision or a month's text such as
/// `"平成26年4月"`) sets the 様式 revision; by default it is drawn among those in use on the
/// 公表日. These are `pia generate`'s `--size`, `--changes` and `--revision`.
///
/// With `defect` (a finding code such as `"TH001"`), returns a Defective: the report with that
/// one defect and the codes validation must find. Raises ScenarioError (a bad count or size, or
/// a revision not yet in use before `as_of`), DefectError, ParseCodeError, or WarekiError for a
/// `revision` text that is no month.
#[pyfunction]
#[pyo3(signature = (
    *, form = None, seed = 0, defect = None, subjects = None, handlers = None, incident = None,
    systems = None, files = None, entrustments = None, re_entrustment_depth = None,
    provisions = None, transfers = None, changes = None, size = None, revision = None,
    body_kind = None, as_of = None
))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn generate(
    py: Python<'_>,
    form: Option<&Bound<'_, PyAny>>,
    seed: u64,
    defect: Option<&str>,
    subjects: Option<u64>,
    handlers: Option<u64>,
    incident: Option<bool>,
    systems: Option<usize>,
    files: Option<usize>,
    entrustments: Option<usize>,
    re_entrustment_depth: Option<usize>,
    provisions: Option<usize>,
    transfers: Option<usize>,
    changes: Option<usize>,
    size: Option<&str>,
    revision: Option<&Bound<'_, PyAny>>,
    body_kind: Option<&Bound<'_, PyAny>>,
    as_of: Option<NaiveDate>,
) -> PyResult<Py<PyAny>> {
    let mut scenario = Scenario::default();
    if let Some(form) = form {
        scenario = scenario.with_form(crate::form_of(form)?);
    }
    if let Some(kind) = body_kind {
        scenario = scenario.with_body_kind(BodyKind::from_py(kind)?);
    }
    if let Some(name) = size {
        let size: Size = name.parse().map_err(|e| to_py_err(&e))?;
        scenario = scenario.with_size(size);
    }
    if let Some(revision) = revision {
        scenario = scenario.with_revision(FormRevision::from_py(revision)?);
    }
    scenario = set(scenario, subjects, Scenario::with_subjects);
    scenario = set(scenario, handlers, Scenario::with_handlers);
    scenario = set(scenario, incident, Scenario::with_incident);
    scenario = set(scenario, systems, Scenario::with_systems);
    scenario = set(scenario, files, Scenario::with_files);
    scenario = set(scenario, entrustments, Scenario::with_entrustments);
    scenario = set(
        scenario,
        re_entrustment_depth,
        Scenario::with_re_entrustment_depth,
    );
    scenario = set(scenario, provisions, Scenario::with_provisions);
    scenario = set(scenario, transfers, Scenario::with_transfers);
    scenario = set(scenario, changes, Scenario::with_changes);
    scenario = set(scenario, as_of, Scenario::with_as_of);
    let Some(defect) = defect else {
        let report = py
            .detach(|| generate_report(&scenario, seed))
            .map_err(|e| to_py_err(&e))?;
        return Ok(Py::new(py, PyReport::new(report))?.into_any());
    };
    let code: Code = defect.parse().map_err(|e| to_py_err(&e))?;
    if let Some(d) = Defect::of(code) {
        let form = d.form_for(&scenario).map_err(|e| to_py_err(&e))?;
        scenario = scenario.with_form(form);
    }
    let made = py.detach(|| {
        let report = generate_report(&scenario, seed).map_err(|e| to_py_err(&e))?;
        with_defect(&report, code, scenario.as_of).map_err(|e| to_py_err(&e))
    })?;
    let defective = PyDefective {
        report: Py::new(py, PyReport::new(made.report))?,
        code: made.code.to_string(),
        expected: made.expected.iter().map(ToString::to_string).collect(),
    };
    Ok(Py::new(py, defective)?.into_any())
}

/// Every defect generate() can put in: dicts with `code`, `title`, `description`, `forms`
/// (AssessmentKind the code can occur in) and `companions` (codes that come with it).
#[pyfunction]
pub(crate) fn defects<'py>(py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
    Defect::ALL
        .iter()
        .map(|d| {
            let dict = PyDict::new(py);
            dict.set_item("code", d.code().to_string())?;
            dict.set_item("title", d.code().title())?;
            dict.set_item("description", d.description())?;
            let forms = d
                .forms()
                .iter()
                .map(|f| f.to_py(py))
                .collect::<PyResult<Vec<_>>>()?;
            dict.set_item("forms", forms)?;
            let companions: Vec<String> = d.companions().iter().map(ToString::to_string).collect();
            dict.set_item("companions", companions)?;
            Ok(dict)
        })
        .collect()
}

/// Every finding code validation can raise: dicts with `code`, `family` (Family),
/// `severity` (Severity), `title` and `source`.
#[pyfunction]
pub(crate) fn codes<'py>(py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
    Code::ALL
        .iter()
        .map(|c| {
            let dict = PyDict::new(py);
            dict.set_item("code", c.to_string())?;
            dict.set_item("family", c.family().to_py(py)?)?;
            dict.set_item("severity", c.severity().to_py(py)?)?;
            dict.set_item("title", c.title())?;
            dict.set_item("source", c.source())?;
            Ok(dict)
        })
        .collect()
}
