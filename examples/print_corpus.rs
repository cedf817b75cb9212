//! The Rust half of `scripts/print-corpus`: writes the generated reports of the print corpus
//! (`tests/common/corpus.rs`) for the printers.
//!
//! ```sh
//! cargo run --example print_corpus -- DIR [--small]
//! ```
//!
//! For each report (with `--small`, those of the small set CI prints): `DIR/<name>.json` (the
//! report, what `tests/import_prints.rs` scores each reading against) and `DIR/<name>.html`
//! (`render::to_html`, what Chromium and LibreOffice print); the names, one a line, in
//! `DIR/reports`.

#[path = "../tests/common/corpus.rs"]
mod corpus;

use std::path::Path;
use std::process::ExitCode;

use mynumber_pia::render::to_html;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, small) = match args.as_slice() {
        [dir] => (dir, false),
        [dir, flag] if flag == "--small" => (dir, true),
        _ => {
            eprintln!("使い方: print_corpus DIR [--small]");
            return ExitCode::from(2);
        }
    };
    match write(Path::new(dir), small) {
        Ok(count) => {
            println!("print-corpus: {count} reports written to {dir}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("print-corpus: {dir}: {e}");
            ExitCode::from(2)
        }
    }
}

/// Writes the reports' JSON and HTML and the list of their names; how many.
fn write(dir: &Path, small: bool) -> std::io::Result<usize> {
    let mut names = String::new();
    let mut count = 0;
    for entry in corpus::entries() {
        if small && !entry.small_set {
            continue;
        }
        let report = entry.report();
        std::fs::write(
            dir.join(format!("{}.json", entry.name)),
            report.to_json() + "\n",
        )?;
        std::fs::write(dir.join(format!("{}.html", entry.name)), to_html(&report))?;
        names.push_str(&entry.name);
        names.push('\n');
        count += 1;
    }
    std::fs::write(dir.join("reports"), names)?;
    Ok(count)
}
