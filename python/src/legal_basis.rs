//! 法令上の根拠 (legal basis): a text citing laws, parsed into structured citations.

use mynumber_pia::legal_basis::LegalBasis;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::convert::to_py;
use crate::errors::to_py_err;

/// Parses a 法令上の根拠 (legal basis) text, e.g.
/// `"番号利用法第19条第８号に基づく主務省令第２条の表の１３、１６の項"`, into its citations.
/// Raises LegalBasisError when the text is empty.
#[pyfunction]
pub(crate) fn parse_legal_basis(text: &str) -> PyResult<PyLegalBasis> {
    LegalBasis::parse(text)
        .map(|inner| PyLegalBasis { inner })
        .map_err(|e| to_py_err(&e))
}

/// A parsed 法令上の根拠: the text, its citations (引用) and what could not be read.
#[pyclass(frozen, module = "mynumber_pia", name = "LegalBasis")]
pub(crate) struct PyLegalBasis {
    inner: LegalBasis,
}

#[pymethods]
impl PyLegalBasis {
    /// The text as given.
    #[getter]
    fn text(&self) -> &str {
        self.inner.as_str()
    }

    /// Every citation in the canonical style (`"番号法第19条第8号"`), in the text's order.
    #[getter]
    fn citations(&self) -> Vec<String> {
        self.inner
            .citations()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// The citations as `(text, start, end)`: each citation's canonical style and the span of
    /// the text (character offsets, for slicing the `str`) it was read from.
    #[getter]
    fn spans(&self) -> Vec<(String, usize, usize)> {
        let text = self.inner.as_str();
        let chars = |byte: usize| text.get(..byte).map_or(0, |t| t.chars().count());
        self.inner
            .citations_with_spans()
            .map(|(c, span)| (c.to_string(), chars(span.start), chars(span.end)))
            .collect()
    }

    /// The stretches not read as citations (notes, headings, prose), verbatim.
    #[getter]
    fn unparsed(&self) -> Vec<String> {
        self.inner
            .unparsed()
            .iter()
            .map(|u| u.text.clone())
            .collect()
    }

    /// The citations, sorted and each once: two bases with the same canonical list mean the same.
    fn canonical(&self) -> Vec<String> {
        self.inner.canonical()
    }

    /// Whether `other` cites the same provisions (in any order or spelling).
    fn same_meaning(&self, other: PyRef<'_, PyLegalBasis>) -> bool {
        self.inner.same_meaning(&other.inner)
    }

    /// Whether it cites the 番号法 as numbered before the 2024 (令和6年) amendment.
    #[getter]
    fn is_pre_2024_regime(&self) -> bool {
        self.inner.is_pre_2024_regime()
    }

    /// Whether it cites 番号法 第19条第8号 (provision through 情報提供ネットワークシステム).
    #[getter]
    fn cites_article_19_8(&self) -> bool {
        self.inner.cites_article_19_8()
    }

    /// The structured citations (instrument, article, item, row …) as dicts, with the text.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("text", self.inner.as_str())?;
        dict.set_item("citations", to_py(py, self.inner.citations())?)?;
        dict.set_item("unparsed", to_py(py, self.inner.unparsed())?)?;
        dict.set_item("headings", to_py(py, self.inner.headings())?)?;
        Ok(dict)
    }

    fn __str__(&self) -> &str {
        self.inner.as_str()
    }

    fn __repr__(&self) -> String {
        format!("<LegalBasis {}>", self.citations().join("、"))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyLegalBasis>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }
}
