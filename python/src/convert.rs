//! Values across the boundary: serde data as Python dicts and lists, dates, paths and bytes.

use pyo3::exceptions::{
    PyFileNotFoundError, PyOSError, PyPermissionError, PyTypeError, PyValueError,
};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};
use serde::Serialize;
use serde_json::Value;

/// A JSON value as Python: objects as `dict` (in order), arrays as `list`, numbers as `int` or
/// `float`, `null` as `None`.
pub(crate) fn json_to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(json_to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, json_to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// Any serde value of the crate as Python data (its JSON shape).
pub(crate) fn to_py<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let json = serde_json::to_value(value).map_err(|e| PyValueError::new_err(e.to_string()))?;
    json_to_py(py, &json)
}

/// The bytes of `obj`: `bytes`, `bytearray` or `memoryview` (anything `bytes()` takes).
pub(crate) fn bytes_of(obj: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(b.as_bytes().to_vec());
    }
    if obj.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err("expected bytes, got str"));
    }
    obj.extract::<Vec<u8>>()
        .map_err(|_| PyTypeError::new_err(format!("expected bytes, got {}", type_name(obj))))
}

/// A file's bytes: `obj` is a `str` or an `os.PathLike` (`pathlib.Path`). OSError when unread.
///
/// The crate reads no files (clippy.toml forbids it there); the binding, like the `pia` CLI, is
/// the caller that does.
#[allow(clippy::disallowed_methods)]
pub(crate) fn read_path(py: Python<'_>, obj: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    let path: std::path::PathBuf = obj.extract()?;
    py.detach(|| std::fs::read(&path)).map_err(|e| {
        let message = format!("{}: {e}", path.display());
        match e.kind() {
            std::io::ErrorKind::NotFound => PyFileNotFoundError::new_err(message),
            std::io::ErrorKind::PermissionDenied => PyPermissionError::new_err(message),
            _ => PyOSError::new_err(message),
        }
    })
}

/// The name of `obj`'s type, for a TypeError's message.
pub(crate) fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "object".to_owned(), |n| n.to_string())
}
