//! Every `pia` line of the README's command-line examples runs as written, from a directory that
//! sees the repository's `tests/` (so the files they name exist and the files they write land in
//! a temp directory), and exits with the code its comment gives (`# exit N`), with nothing on
//! stderr but the one line of exit 2 or of `pia import`'s summary.

use std::path::Path;
use std::process::Command;

use super::{pia, temp_dir};

/// The `sh` block of the README's section `## Command line` that holds the examples.
#[allow(clippy::disallowed_methods)] // the test reads the README
fn example_lines() -> Vec<(String, i32)> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let section = readme
        .split("## Command line")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("a Command line section");
    let mut lines = Vec::new();
    let mut in_block = false;
    for line in section.lines() {
        match line.trim() {
            "```sh" => in_block = true,
            "```" => in_block = false,
            text if in_block && (text.starts_with("pia ") || text.contains("| pia ")) => {
                let (command, comment) = text.split_once(" # ").unwrap_or((text, ""));
                let code = comment
                    .trim()
                    .strip_prefix("exit ")
                    .and_then(|c| c.get(..1))
                    .and_then(|c| c.parse().ok())
                    .unwrap_or_else(|| panic!("no `# exit N` on: {text}"));
                lines.push((command.trim().to_owned(), code));
            }
            _ => {}
        }
    }
    lines
}

#[cfg(unix)]
#[test]
fn every_pia_line_of_the_readme_runs_with_its_exit_code() {
    let dir = temp_dir().join("readme");
    std::fs::create_dir_all(&dir).unwrap();
    let tests = dir.join("tests");
    if !tests.exists() {
        std::os::unix::fs::symlink(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests"), &tests)
            .unwrap();
    }
    let bin = pia().parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let lines = example_lines();
    assert!(lines.len() >= 15, "{lines:?}");
    for command in [
        "threshold",
        "date",
        "basis",
        "show",
        "validate",
        "schedule",
        "diff",
        "render",
        "generate",
        "import",
        "codes",
        "help",
    ] {
        assert!(
            lines
                .iter()
                .any(|(l, _)| l.contains(&format!("pia {command}"))),
            "the README has no example of pia {command}"
        );
    }
    for (line, code) in lines {
        // A file an example writes goes to /tmp, never into the clone the newcomer runs it in.
        let words: Vec<&str> = line.split_whitespace().collect();
        for pair in words.windows(2) {
            if let [
                ">" | "-o" | "--output" | "--trace" | "--review" | "--text" | "--out-dir",
                target,
            ] = pair
            {
                assert!(target.starts_with("/tmp/"), "{line}: writes {target}");
            }
        }
        let o = Command::new("sh")
            .arg("-c")
            .arg(&line)
            .current_dir(&dir)
            .env("PATH", &path)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(code), "{line}: {err}");
        // `pia import` writes one summary line on stderr when it writes its draft; with
        // `--out-dir`, one line per input, whatever its exit code.
        if line.contains("--out-dir") {
            assert!(err.lines().count() >= 1, "{line}: {err}");
        } else if code == 2 || line.contains("pia import") {
            assert_eq!(err.lines().count(), 1, "{line}: {err}");
        } else {
            assert_eq!(err, "", "{line}");
        }
    }
}
