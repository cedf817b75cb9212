//! The `cli` target of the driver: the `pia` commands, run in this process on each input (a
//! report's JSON in a file of the driver's own, and the first characters of the text as
//! arguments), checked as a terminal or a pipeline sees them: an exit code of 0, 1 or 2; on 2,
//! exactly one line on stderr and nothing on stdout; otherwise nothing on stderr; and no raw
//! character that could move the cursor or the reading order (C0/C1 controls but the line
//! breaks of the output, DEL, ESC, bidi controls, U+2028/U+2029) on stdout or stderr. `render`
//! is left out (its escaping is the renderers' own contract, tested with them).

use std::path::PathBuf;
use std::sync::OnceLock;

#[allow(dead_code)] // `main` is the binary's; the driver calls `run`
#[path = "../../cli/main.rs"]
mod pia;

use super::checks::{Target, Verdict, report_seeds};

/// The driver's target.
pub const TARGET: Target = Target {
    name: "cli",
    about: "the pia commands on a report and on its text as arguments: exit 0/1/2, one line on stderr exactly on 2, no raw control or bidi character on stdout or stderr",
    check,
    seeds: report_seeds,
    json: true,
};

/// The file the inputs are written to, one per process.
fn input_path() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        std::env::temp_dir().join(format!("pia-fuzz-cli-{}.json", std::process::id()))
    })
}

/// Runs `pia <args…>` and checks what it wrote.
fn command(args: &[&str]) -> Result<u8, String> {
    let mut out = Vec::new();
    let (code, err) = pia::run(args.iter().map(|&a| a.to_owned()).collect(), &mut out);
    let shown = args.first().copied().unwrap_or_default();
    let out = String::from_utf8(out).map_err(|_| format!("stdout not UTF-8: pia {shown}"))?;
    let raw = |text: &str| {
        text.chars()
            .find(|&c| c != '\n' && mynumber_pia::visible::is_unsafe_char(c))
    };
    if let Some(c) = raw(&out) {
        return Err(format!(
            "raw control character on stdout: pia {shown} wrote U+{:04X}",
            u32::from(c)
        ));
    }
    if let Some(c) = raw(&err) {
        return Err(format!(
            "raw control character on stderr: pia {shown} wrote U+{:04X}: {err:?}",
            u32::from(c)
        ));
    }
    match code {
        2 if err.lines().count() != 1 || !err.ends_with('\n') => {
            Err(format!("one line on stderr: pia {shown}: {err:?}"))
        }
        2 if !out.is_empty() => Err(format!("nothing on stdout on exit 2: pia {shown}")),
        0 | 1 if !err.is_empty() => Err(format!("stderr on success: pia {shown}: {err:?}")),
        0..=2 => Ok(code),
        _ => Err(format!("exit code: pia {shown} exited {code}")),
    }
}

/// The check of one input.
pub fn check(text: &str) -> Verdict {
    let path = input_path();
    #[allow(clippy::disallowed_methods)] // the driver writes the input for the commands to read
    std::fs::write(path, text).map_err(|e| format!("cannot write the input file: {e}"))?;
    let file = path.to_str().ok_or("temp path not UTF-8")?;
    let loaded = command(&["show", file])? == 0;
    for args in [
        &["show", file, "--json"][..],
        &["validate", file, "--as-of", "2026-11-20"],
        &[
            "validate",
            file,
            file,
            "--as-of",
            "令和8年11月20日",
            "--json",
        ],
        &[
            "schedule",
            file,
            "--as-of",
            "2026-11-20",
            "--incident",
            "2026-10-01",
        ],
        &["schedule", file, "--as-of", "2026-11-20", "--json"],
        &["diff", file, file],
        &["diff", file, file, "--json", "--as-of", "2026-11-20"],
    ] {
        let code = command(args)?;
        if loaded && code == 2 {
            return Err(format!(
                "a loaded report is bad input: pia {}",
                args.join(" ")
            ));
        }
    }
    // The text as arguments: a date, a legal basis, a count, a reference date.
    let words: String = text.chars().take(300).collect();
    for args in [
        &["date", &words][..],
        &["basis", &words],
        &["threshold", &words, "500人以上", "なし"],
        &["validate", file, "--as-of", &words],
        &["codes", &words],
    ] {
        command(args)?;
    }
    Ok(loaded)
}
