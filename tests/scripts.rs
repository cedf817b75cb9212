//! The scripts of the repository (`scripts/`, `.ci/run`) run wherever cargo builds: a binary is
//! reached through `cargo run`, never by a path under `target/`, which is elsewhere when
//! `CARGO_TARGET_DIR` (or a `target-dir` in cargo's config) is set.

use std::path::Path;

/// The scripts and, for each, the lines that name a binary under `target/`.
#[allow(clippy::disallowed_methods)] // the test reads the scripts
fn binaries_under_target() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut scripts: Vec<_> = std::fs::read_dir(root.join("scripts"))
        .expect("scripts/")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    scripts.push(root.join(".ci/run"));
    scripts.sort();
    assert!(scripts.len() >= 3, "{scripts:?}");
    let mut found = Vec::new();
    for script in scripts {
        let text = std::fs::read_to_string(&script).expect("a script");
        for line in text.lines() {
            let code = line.split('#').next().unwrap_or_default();
            if ["target/debug", "target/release"]
                .iter()
                .any(|dir| code.contains(dir))
            {
                found.push((script.display().to_string(), line.to_owned()));
            }
        }
    }
    found
}

#[test]
fn no_script_runs_a_binary_by_its_path_under_target() {
    assert_eq!(binaries_under_target(), Vec::<(String, String)>::new());
}
