//! Benchmark for the PDF text path (`import::pdf_text`, feature `pdf`): PDF → text → draft
//! against poppler's `pdftotext`, each run as a process of its own, on every PDF in
//! `tests/fixtures/pdf/` and in `PIA_PDFS` (default `target/pdf-samples`, written by
//! `scripts/pdf-samples`: the samples printed by Chromium with its default Japanese font, Type 3,
//! and by LibreOffice). Targets: ≤ 1.5× the CPU time (user + system) of `pdftotext`, peak memory
//! (maximum resident set) ≤ 2× its.
//!
//! Each side is a child process measured with `wait4` (the CPU time and the peak memory of that
//! process alone): `pdftotext -enc UTF-8 FILE -`, and this bench's own executable run again with
//! `PIA_PDF_BENCH_CHILD=FILE`, which reads the file, extracts its text, imports it and exits. The
//! median of `RUNS` runs, alternated. Then criterion's wall-time figure of `pdf_text` on the first
//! file, in this process. Without `pdftotext` on the PATH it says so and measures only the crate.
//!
//! `cargo bench --features pdf --bench pdf -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::{Criterion, criterion_group};
use mynumber_pia::import::{pdf_text, read_pdf};

/// Runs of each side for each file.
const RUNS: usize = 5;

/// The environment variable that makes this executable the child that reads one PDF.
const CHILD: &str = "PIA_PDF_BENCH_CHILD";

/// The CPU time and peak memory of one child process.
#[derive(Clone, Copy)]
struct Usage {
    cpu: Duration,
    /// Maximum resident set, KiB.
    peak_kib: u64,
}

/// Runs `command` to its end (its output discarded) and returns what it used.
#[allow(clippy::zombie_processes)] // reaped by wait4 below, not by `Child::wait`
fn measure(command: &mut Command) -> Usage {
    let child = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the child starts");
    let pid = i32::try_from(child.id()).expect("a pid");
    let mut status = 0;
    // SAFETY: `usage` is a plain C struct that wait4 fills; `pid` is our own child, reaped here
    // (the `Child` handle is never waited on).
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        let reaped = libc::wait4(pid, &mut status, 0, &mut usage);
        assert_eq!(reaped, pid, "wait4");
        usage
    };
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{command:?} failed"
    );
    let time = |t: libc::timeval| {
        Duration::from_secs(u64::try_from(t.tv_sec).unwrap_or(0))
            + Duration::from_micros(u64::try_from(t.tv_usec).unwrap_or(0))
    };
    Usage {
        cpu: time(usage.ru_utime) + time(usage.ru_stime),
        peak_kib: u64::try_from(usage.ru_maxrss).unwrap_or(0),
    }
}

/// The PDFs measured: the committed fixtures, then the prints in `PIA_PDFS`.
#[allow(clippy::disallowed_methods)] // the bench lists its input files
fn pdfs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let printed =
        std::env::var_os("PIA_PDFS").map_or_else(|| root.join("target/pdf-samples"), PathBuf::from);
    let mut files = Vec::new();
    for dir in [root.join("tests/fixtures/pdf"), printed] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut found: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
            .collect();
        found.sort();
        files.extend(found);
    }
    files
}

/// The child: PDF → text → draft for one file, then exit.
#[allow(clippy::disallowed_methods)] // the child reads its PDF
fn child(file: &str) -> ! {
    let bytes = std::fs::read(file).expect("the PDF reads");
    let read = read_pdf(&bytes).expect("the PDF has text");
    // As `pia import X.pdf` reads it: the text with the page's layout.
    let draft = read.import();
    black_box(draft.is_ok());
    std::process::exit(0)
}

fn median<T: Copy + Ord>(mut values: Vec<T>) -> T {
    values.sort();
    values[values.len() / 2]
}

fn bench(c: &mut Criterion) {
    let files = pdfs();
    let exe = std::env::current_exe().expect("the bench's own path");
    let poppler = Command::new("pdftotext").arg("-v").output().is_ok();
    if !poppler {
        println!("pdf: pdftotext is not installed (poppler-utils): measuring the crate only");
    }
    for file in &files {
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..RUNS {
            ours.push(measure(Command::new(&exe).env(CHILD, file)));
            if poppler {
                theirs.push(measure(
                    Command::new("pdftotext")
                        .args(["-enc", "UTF-8"])
                        .arg(file)
                        .arg("-"),
                ));
            }
        }
        let cpu = median(ours.iter().map(|u| u.cpu).collect());
        let peak = median(ours.iter().map(|u| u.peak_kib).collect());
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        if theirs.is_empty() {
            println!(
                "pdf: {name}: PDF → draft {cpu:.1?} CPU, peak {} MiB",
                peak / 1024
            );
            continue;
        }
        let their_cpu = median(theirs.iter().map(|u| u.cpu).collect());
        let their_peak = median(theirs.iter().map(|u| u.peak_kib).collect());
        let cpu_ratio = cpu.as_secs_f64() / their_cpu.as_secs_f64().max(1e-6);
        let peak_ratio = peak as f64 / their_peak.max(1) as f64;
        let met = |ok: bool| if ok { "met" } else { "NOT met" };
        println!(
            "pdf: {name}: PDF → draft {cpu:.1?} CPU, peak {:.1} MiB; pdftotext {their_cpu:.1?}, {:.1} MiB; ×{cpu_ratio:.2} CPU (target ≤ 1.5: {}), ×{peak_ratio:.2} memory (target ≤ 2: {})",
            peak as f64 / 1024.0,
            their_peak as f64 / 1024.0,
            met(cpu_ratio <= 1.5),
            met(peak_ratio <= 2.0),
        );
    }

    let Some(first) = files.first() else {
        println!("pdf: no PDF found");
        return;
    };
    #[allow(clippy::disallowed_methods)] // the bench reads its PDF
    let bytes = std::fs::read(first).expect("the PDF reads");
    let mut group = c.benchmark_group("pdf");
    group.sample_size(10);
    group.bench_function("pdf_text_first_fixture", |b| {
        b.iter(|| pdf_text(black_box(&bytes)))
    });
    group.finish();
}

criterion_group!(benches, bench);

fn main() {
    if let Some(file) = std::env::var_os(CHILD) {
        child(&file.to_string_lossy());
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
