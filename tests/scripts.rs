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

/// `.cargo/mutants.toml` skips each equivalent mutant by its file, its function and the code it
/// changes: all three still exist, or the entry skips nothing (or, once the code moves,
/// something else). The code is what the mutation names: the operator of `replace > with >=`,
/// the guard of `replace match guard G with …`, the field of `delete field F from …`.
#[test]
#[allow(clippy::disallowed_methods)] // the test reads the configuration and the sources
fn every_skipped_mutant_names_a_function_and_code_that_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = std::fs::read_to_string(root.join(".cargo/mutants.toml")).expect("mutants.toml");
    let entries: Vec<&str> = config
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("'src/"))
        .collect();
    assert!(!entries.is_empty());
    for entry in entries {
        let file = entry
            .trim_start_matches('\'')
            .split(":\\d")
            .next()
            .unwrap_or_default()
            .replace("\\.", ".");
        let source = std::fs::read_to_string(root.join(&file))
            .unwrap_or_else(|e| panic!("{entry}: {file}: {e}"));
        let function = entry
            .rsplit(" in ")
            .next()
            .unwrap_or_default()
            .trim_end_matches(['\'', ',', '$', '?', ')'])
            .rsplit("::")
            .next()
            .unwrap_or_default()
            .trim_start_matches(".*");
        assert!(
            function.chars().all(|c| c.is_ascii_lowercase() || c == '_') && !function.is_empty(),
            "{entry}: no function read ({function:?})"
        );
        let body = function_body(&source, function)
            .unwrap_or_else(|| panic!("{entry}: no fn {function} in {file}"));
        let code = mutated_code(entry).unwrap_or_else(|| panic!("{entry}: no mutation read"));
        assert!(
            body.contains(&code),
            "{entry}: fn {function} in {file} has no {code:?}"
        );
    }
}

/// The text of `fn name` in `source`, from its `fn` to the closing brace at its indentation.
fn function_body<'s>(source: &'s str, name: &str) -> Option<&'s str> {
    let start = source.find(&format!("fn {name}("))?;
    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
    let indent: String = source[line_start..start]
        .chars()
        .take_while(|c| *c == ' ')
        .collect();
    let end = source[start..]
        .find(&format!("\n{indent}}}"))
        .map_or(source.len(), |i| start + i);
    Some(&source[start..end])
}

/// The code a mutation of a skip entry changes, as the source writes it (the entry's regex
/// escapes taken off): `>` of `replace > with >=`, `G` of `replace match guard G with …`, `F` of
/// `delete field F from …`. An entry names one code, not an alternation.
fn mutated_code(entry: &str) -> Option<String> {
    let mutation = entry.split_once(": ")?.1;
    let code = if let Some(rest) = mutation.strip_prefix("replace match guard ") {
        rest.split(" with ").next()?
    } else if let Some(rest) = mutation.strip_prefix("delete field ") {
        rest.split(" from ").next()?
    } else {
        mutation.strip_prefix("replace ")?.split(" with ").next()?
    };
    Some(code.replace('\\', ""))
}
