//! The published seed texts, read at run time (they are not in the repository), and the leaves
//! of a report's JSON. Included by the tests that use them with
//! `#[path = "common/seeds.rs"] mod seeds;`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// The folder of the seed texts: `PIA_SEEDS`, else `../shared/seeds` beside the crate; `None`
/// when it is not there, having said once per test binary, on the terminal (past the test
/// harness's capture of `println!`), that the tests which read the texts checked nothing.
pub fn dir() -> Option<PathBuf> {
    let dir = std::env::var_os("PIA_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"));
    if dir.is_dir() {
        return Some(dir);
    }
    static SAID: std::sync::Once = std::sync::Once::new();
    SAID.call_once(|| {
        use std::io::Write as _;
        // Written to the stream itself: the harness shows a passing test's `eprintln!` only
        // with `--nocapture`.
        let line = format!(
            "skipped: the tests of the published seed texts check nothing here: no folder {} \
             (set PIA_SEEDS to the folder of the texts, as the README says)\n",
            dir.display()
        );
        // One write, so that the line is not cut by the output of tests running meanwhile.
        let _ = std::io::stderr().write_all(line.as_bytes());
    });
    None
}

/// The text of the seed whose file name starts with `prefix`.
#[allow(clippy::disallowed_methods)] // a test reads the seed texts (clippy.toml)
pub fn text(dir: &Path, prefix: &str) -> Option<String> {
    let entry = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))?;
    std::fs::read_to_string(entry.path()).ok()
}

/// Every leaf of `v` by JSON Pointer (scalars; arrays by index).
pub fn leaves(v: &Value, at: String, out: &mut BTreeMap<String, Value>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                leaves(v, format!("{at}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                leaves(v, format!("{at}/{i}"), out);
            }
        }
        _ => {
            out.insert(at, v.clone());
        }
    }
}
