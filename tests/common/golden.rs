//! Golden files: output pinned byte for byte against a committed file, rewritten on request.
//! Included by the tests that use it with `#[path = "common/golden.rs"] mod golden;`.
//!
//! After an intended change, `PIA_BLESS=1 cargo test --all-features --test <name>` rewrites the
//! files; then read their diff before committing it.

/// Compares `text` with the committed file at `relative` (from the crate's root), or writes the
/// file first when `PIA_BLESS` is set. The error names the file, the first line that differs,
/// both versions of that line, and the command that rewrites it.
#[allow(clippy::disallowed_methods)] // a test reads its golden files (clippy.toml)
pub fn check(relative: &str, text: &str) -> Result<(), String> {
    let path = format!("{}/{relative}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("PIA_BLESS").is_some() {
        std::fs::write(&path, text).map_err(|e| format!("{path}: {e}"))?;
    }
    let golden = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    if golden == text {
        return Ok(());
    }
    let line = golden
        .lines()
        .zip(text.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| golden.lines().count().min(text.lines().count()));
    Err(format!(
        "{relative} differs from line {}: {:?} → {:?} ({} lines committed, {} now; PIA_BLESS=1 rewrites it)",
        line + 1,
        golden.lines().nth(line),
        text.lines().nth(line),
        golden.lines().count(),
        text.lines().count(),
    ))
}
