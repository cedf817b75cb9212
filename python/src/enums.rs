//! The crate's ＜選択肢＞ lists and named values as Python `enum.Enum` classes whose values are
//! the form's labels.
//!
//! Each class is made once, when the module is imported, from the Rust enum's `ALL` and
//! `label()`; a member's name is the Rust variant's in UPPER_SNAKE (`AtLeast300k` →
//! `AT_LEAST_300K`). The classes derive from `str`, so a member compares equal to its label
//! and `json.dumps` writes the label. `Class("…")` also reads the real-world spellings the
//! crate's `FromStr` reads (full-width digits, list numbers, a text enum's key).

use std::str::FromStr;

use mynumber_pia::Choice as _;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyString, PyTuple, PyType};

use crate::errors::to_py_err;

/// One enum's Python class and its members in the order of the Rust enum's `ALL`.
pub(crate) struct EnumClass {
    class: Py<PyType>,
    members: Vec<Py<PyAny>>,
}

/// A Rust enum with a Python class.
pub(crate) trait PyEnum: Copy + PartialEq + FromStr + 'static
where
    <Self as FromStr>::Err: crate::errors::CrateError,
{
    /// The class's name (the Rust type's).
    const NAME: &'static str;
    /// The Japanese name of the list, as the crate names it (a ＜選択肢＞ list's only).
    const WHAT: Option<&'static str>;
    /// Every value, in the form's order.
    fn all() -> &'static [Self];
    /// The label as the form prints it.
    fn label(self) -> &'static str;
    /// The class, once made.
    fn cell() -> &'static PyOnceLock<EnumClass>;

    /// The Python member of `self`.
    fn to_py(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let class = class_of::<Self>(py)?;
        let index = Self::all().iter().position(|v| *v == self);
        index
            .and_then(|i| class.members.get(i))
            .map(|m| m.clone_ref(py))
            .ok_or_else(|| {
                PyTypeError::new_err(format!("{} has no member for this value", Self::NAME))
            })
    }

    /// A member of the class, or a `str` read as the crate reads a label.
    fn from_py(obj: &Bound<'_, PyAny>) -> PyResult<Self> {
        let py = obj.py();
        let class = class_of::<Self>(py)?;
        if let Some(i) = class.members.iter().position(|m| m.bind(py).is(obj)) {
            if let Some(v) = Self::all().get(i) {
                return Ok(*v);
            }
        }
        if let Ok(text) = obj.cast::<PyString>() {
            return Self::from_str(&text.to_cow()?).map_err(|e| to_py_err(&e));
        }
        Err(PyTypeError::new_err(format!(
            "expected a {} member or its label, got {}",
            Self::NAME,
            obj.get_type().name()?
        )))
    }
}

fn class_of<T: PyEnum>(py: Python<'_>) -> PyResult<&'static EnumClass>
where
    <T as FromStr>::Err: crate::errors::CrateError,
{
    T::cell()
        .get(py)
        .ok_or_else(|| PyTypeError::new_err(format!("enum {} is not initialised", T::NAME)))
}

/// `AtLeast300k` → `AT_LEAST_300K`, `From1kTo10k` → `FROM_1K_TO_10K`.
pub(crate) fn member_name(variant: &str) -> String {
    let mut out = String::with_capacity(variant.len() + 8);
    let mut previous: Option<char> = None;
    for c in variant.chars() {
        if let Some(p) = previous {
            let word_starts =
                c.is_ascii_uppercase() && (p.is_ascii_lowercase() || p.is_ascii_digit());
            let number_starts = c.is_ascii_digit() && p.is_ascii_alphabetic();
            if word_starts || number_starts {
                out.push('_');
            }
        }
        out.push(c.to_ascii_uppercase());
        previous = Some(c);
    }
    out
}

/// The Python source of the base class: `str` + `enum.Enum`, `str()` is the label, and a label's
/// other spellings are read through the crate (`_missing_`).
const BASE: &std::ffi::CStr = cr#"
import enum

def make_base(parse):
    class Label(str, enum.Enum):
        """A choice of a form's list; its value is the label exactly as the form prints it."""

        def __str__(self):
            return str(self.value)

        @classmethod
        def _missing_(cls, value):
            if not isinstance(value, str):
                return None
            index = parse(cls.__name__, value)
            if index is None:
                return None
            return list(cls)[index]

        @classmethod
        def parse(cls, text):
            """Reads a label as the crate reads it (full-width digits, 1) prefixes, a key); raises
            ParseChoiceError (or ValueError) with the crate's message when it is none of the list."""
            return list(cls)[parse(cls.__name__, text, True)]

    Label.__module__ = "mynumber_pia"
    return Label
"#;

/// The Japanese name of a ＜選択肢＞ list (`LIST_LABEL`); a named value's (`text`) is not public.
macro_rules! what {
    (choice $ty:path) => {
        Some(<$ty as mynumber_pia::Choice>::LIST_LABEL)
    };
    (text $ty:path) => {
        None
    };
}

/// The `PyEnum` impl of a crate enum with `ALL` and `label()` (`choice`: a ＜選択肢＞ list,
/// `text`: a named value); an `own` enum writes its impl beside its bindings.
macro_rules! impl_enum {
    (own $ty:path => $name:literal) => {};
    ($kind:ident $ty:path => $name:literal) => {
        impl PyEnum for $ty {
            const NAME: &'static str = $name;
            const WHAT: Option<&'static str> = what!($kind $ty);
            fn all() -> &'static [Self] {
                <$ty>::ALL
            }
            fn label(self) -> &'static str {
                <$ty>::label(self)
            }
            fn cell() -> &'static PyOnceLock<EnumClass> {
                static CELL: PyOnceLock<EnumClass> = PyOnceLock::new();
                &CELL
            }
        }
    };
}

macro_rules! enums {
    ($($kind:ident $ty:path => $name:literal;)+) => {
        $( impl_enum!($kind $ty => $name); )+

        /// Makes every class and adds it to the module.
        pub(crate) fn add_all(m: &Bound<'_, PyModule>) -> PyResult<()> {
            let py = m.py();
            let code = PyModule::from_code(py, BASE, c"mynumber_pia/_enums.py", c"mynumber_pia._enums")?;
            let parse = wrap_pyfunction!(parse_label, m)?;
            let base = code.getattr("make_base")?.call1((parse,))?;
            m.add("Label", &base)?;
            $( add::<$ty>(m, &base)?; )+
            Ok(())
        }

        /// `_missing_` and `parse` of the base class: the index of the member `text` names, or
        /// `None` (an error with the crate's message when `strict`).
        #[pyfunction]
        #[pyo3(signature = (class_name, text, strict = false))]
        fn parse_label(class_name: &str, text: &str, strict: bool) -> PyResult<Option<usize>> {
            match class_name {
                $( $name => index_of::<$ty>(text, strict), )+
                other => Err(PyTypeError::new_err(format!("unknown enum {other}"))),
            }
        }

        /// Every class's name, for the module's `__all__`.
        pub(crate) const NAMES: &[&str] = &[$($name),+];
    };
}

fn index_of<T: PyEnum>(text: &str, strict: bool) -> PyResult<Option<usize>>
where
    <T as FromStr>::Err: crate::errors::CrateError,
{
    match T::from_str(text) {
        Ok(v) => match T::all().iter().position(|x| *x == v) {
            Some(index) => Ok(Some(index)),
            // A text the crate reads as a value no member stands for (a FormRevision of an
            // unlisted month): refused as a text that is none of the list's labels.
            None if strict => Err(crate::errors::ParseChoiceError::new_err(format!(
                "「{}」は{}の値ではありません（受け付ける値: {}）",
                mynumber_pia::visible::Visible(text),
                T::NAME,
                T::all()
                    .iter()
                    .map(|v| v.label())
                    .collect::<Vec<_>>()
                    .join(" / ")
            ))),
            None => Ok(None),
        },
        Err(e) if strict => Err(to_py_err(&e)),
        Err(_) => Ok(None),
    }
}

fn add<T: PyEnum + std::fmt::Debug>(
    m: &Bound<'_, PyModule>,
    base: &Bound<'_, PyAny>,
) -> PyResult<()>
where
    <T as FromStr>::Err: crate::errors::CrateError,
{
    let py = m.py();
    let pairs = PyList::empty(py);
    for v in T::all() {
        pairs.append(PyTuple::new(
            py,
            [member_name(&format!("{v:?}")), v.label().to_owned()],
        )?)?;
    }
    let kwargs = pyo3::types::PyDict::new(py);
    kwargs.set_item("module", "mynumber_pia")?;
    kwargs.set_item("qualname", T::NAME)?;
    let class = base.call((T::NAME, pairs), Some(&kwargs))?;
    let doc = match T::WHAT {
        Some(what) => format!(
            "{}（{what}）: a ＜選択肢＞ list; each value is the label as the form prints it.",
            T::NAME
        ),
        None => format!(
            "{}: each value is the Japanese label the crate prints.",
            T::NAME
        ),
    };
    class.setattr("__doc__", doc)?;
    let members: Vec<Py<PyAny>> = class
        .try_iter()?
        .map(|m| m.map(Bound::unbind))
        .collect::<PyResult<_>>()?;
    let class_type = class.cast::<PyType>()?.clone().unbind();
    m.add(T::NAME, &class)?;
    let _ = T::cell().set(
        py,
        EnumClass {
            class: class_type,
            members,
        },
    );
    Ok(())
}

impl EnumClass {
    /// The class itself.
    #[allow(dead_code)]
    pub(crate) fn class(&self) -> &Py<PyType> {
        &self.class
    }
}

use mynumber_pia::{change, form, legal_basis, report, schedule, threshold, validation, wareki};

enums! {
    choice threshold::AssessmentKind => "AssessmentKind";
    choice threshold::SubjectCountBand => "SubjectCountBand";
    choice threshold::HandlerCountBand => "HandlerCountBand";
    choice threshold::SeriousIncident => "SeriousIncident";
    choice threshold::RequiredAssessment => "RequiredAssessment";
    choice threshold::ReportSet => "ReportSet";
    choice wareki::Era => "Era";
    choice wareki::DateKind => "DateKind";
    text validation::Severity => "Severity";
    text validation::Family => "Family";
    text change::ChangeKind => "ChangeKind";
    text change::Significance => "Significance";
    text change::Reason => "Reason";
    text change::Step => "Step";
    text schedule::ObligationKind => "ObligationKind";
    text schedule::Status => "Status";
    text schedule::Duty => "Duty";
    text schedule::Basis => "Basis";
    text legal_basis::LawChange => "LawChange";
    choice report::BodyKind => "BodyKind";
    choice report::InfoLinkage => "InfoLinkage";
    choice report::FileKind => "FileKind";
    choice report::DataSubjectBand => "DataSubjectBand";
    choice report::RecordItemBand => "RecordItemBand";
    choice report::StaffCountBand => "StaffCountBand";
    choice report::EntrustmentStatus => "EntrustmentStatus";
    choice report::EntrustedScope => "EntrustedScope";
    choice report::ReEntrustmentStatus => "ReEntrustmentStatus";
    choice report::RetentionPeriod => "RetentionPeriod";
    choice report::Sufficiency => "Sufficiency";
    choice report::Performed => "Performed";
    choice report::Recorded => "Recorded";
    choice report::Restricted => "Restricted";
    choice report::Established => "Established";
    choice report::ReEntrusteeOversight => "ReEntrusteeOversight";
    choice report::Effort => "Effort";
    choice report::IncidentHistory => "IncidentHistory";
    choice report::Fee => "Fee";
    choice report::SubmissionTiming => "SubmissionTiming";
    choice report::Connection => "Connection";
    choice report::RecordItemCategory => "RecordItemCategory";
    choice report::SourceKind => "SourceKind";
    choice report::Medium => "Medium";
    choice report::AuditKind => "AuditKind";
    choice report::basic::PriorityMeasure => "PriorityMeasure";
    choice report::full::NiscCompliance => "NiscCompliance";
    choice report::full::Maintained => "Maintained";
    choice report::full::Publicized => "Publicized";
    choice report::full::DeceasedNumbers => "DeceasedNumbers";
    own form::FormRevision => "FormRevision";
}
