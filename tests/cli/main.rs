//! The command contracts of `pia` (the binary of feature `cli`; `cargo run --example pia -- …`
//! runs the same code), run against the built binary, one module per subcommand. Other tools
//! run these commands exactly so: the tests pin stdout, stderr and exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

#[cfg(feature = "pdf")]
#[path = "../common/pdf.rs"]
mod pdf_bytes;

mod basis;
mod contract;
mod date;
mod diff;
mod generate;
mod hostile;
mod import;
mod readme;
mod render;
mod schedule;
mod show;
mod threshold;
mod validate;

/// Every command of `pia`, in the order of its help.
pub const COMMANDS: &[&str] = &[
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
];

/// The `pia` binary cargo built for this test run.
pub fn pia() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_pia"))
}

/// Runs `pia <command> <args…>` and returns what it did.
pub fn run(command: &str, args: &[&str]) -> Output {
    Command::new(pia())
        .arg(command)
        .args(args)
        .output()
        .expect("pia runs")
}

/// Standard output as UTF-8.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 stdout")
}

/// Standard error as UTF-8.
pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 stderr")
}

/// The temp directory of this test run (under cargo's per-target temp directory).
pub fn temp_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("pia-cli-{}", std::process::id()));
        std::fs::create_dir_all(&d).expect("temp dir");
        d
    })
}

/// Writes `text` to a file of this test run and returns its path.
pub fn temp_file(name: &str, text: &str) -> PathBuf {
    temp_bytes(name, text.as_bytes())
}

/// Writes `bytes` to a file of this test run and returns its path.
pub fn temp_bytes(name: &str, bytes: &[u8]) -> PathBuf {
    let path = temp_dir().join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

/// Arguments that are not UTF-8 get the usage error, never a panic.
#[cfg(unix)]
#[test]
fn non_utf8_arguments_are_a_usage_error() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;

    for &command in COMMANDS {
        let o = Command::new(pia())
            .arg(command)
            .arg(OsStr::from_bytes(b"\xff"))
            .output()
            .expect("pia runs");
        assert_eq!(o.status.code(), Some(2), "{command}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{command}");
        assert_eq!(stderr(&o).lines().count(), 1, "{command}: {}", stderr(&o));
        assert!(stderr(&o).contains("UTF-8"), "{command}: {}", stderr(&o));
    }
}
