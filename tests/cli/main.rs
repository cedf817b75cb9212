//! The command contracts of `pia` (`cargo run --example pia -- …`), run against the built example
//! binary, one module per subcommand. Other tools run these commands exactly so: the tests pin
//! stdout, stderr and exit codes.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::OnceLock;

mod basis;
mod date;
mod show;
mod threshold;
mod validate;

/// Builds `examples/pia` once (with this test's features) and returns its path.
pub fn pia() -> &'static PathBuf {
    static PIA: OnceLock<PathBuf> = OnceLock::new();
    PIA.get_or_init(|| {
        let mut build = Command::new(env!("CARGO"));
        build.current_dir(env!("CARGO_MANIFEST_DIR")).args([
            "build",
            "--quiet",
            "--example",
            "pia",
        ]);
        if cfg!(feature = "proptest") {
            build.args(["--features", "proptest"]);
        }
        let status = build.status().expect("cargo build --example pia runs");
        assert!(status.success(), "cargo build --example pia failed");
        // This test runs from target/<profile>/deps/; examples are in target/<profile>/examples/.
        let exe = std::env::current_exe().expect("current_exe");
        let profile_dir = exe
            .parent()
            .and_then(|deps| deps.parent())
            .expect("target/<profile> directory");
        let path = profile_dir
            .join("examples")
            .join(format!("pia{}", std::env::consts::EXE_SUFFIX));
        assert!(path.exists(), "{} not found", path.display());
        path
    })
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

/// Writes `text` to a file of this test run (under cargo's per-target temp directory) and
/// returns its path.
pub fn temp_file(name: &str, text: &str) -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    let dir = DIR.get_or_init(|| {
        let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("pia-cli-{}", std::process::id()));
        std::fs::create_dir_all(&d).expect("temp dir");
        d
    });
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write temp file");
    path
}

/// Arguments that are not UTF-8 get the usage error, never a panic.
#[cfg(unix)]
#[test]
fn non_utf8_arguments_are_a_usage_error() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;

    for command in ["threshold", "date", "basis", "show", "validate"] {
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
