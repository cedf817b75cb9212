//! The figures of the README's table of generated reports: over 1,000 seeds of each form and
//! size, the least, median and largest of each count and of the JSON's bytes; the span of the
//! 公表日, how many 様式 revisions the reports are on (and the share on the latest in use on
//! their 公表日); and the number of
//! reports that validation finds an error or a warning in on their as-of date (0 by
//! construction).
//!
//! `cargo run --release --example generate_stats [SEEDS]` (default 1,000 seeds) prints the
//! table in Markdown.

use mynumber_pia::generate::{Scenario, Size, generate};
use mynumber_pia::validation::{Severity, validate};
use mynumber_pia::{AssessmentKind, Choice};

/// A count of a report.
type Count = fn(&mynumber_pia::Report) -> usize;

/// The columns: a count of a report.
const COLUMNS: &[(&str, Count)] = &[
    ("systems", |r| r.systems.len()),
    ("files", |r| r.affair.file_names.len()),
    ("委託", |r| r.entrustments().count()),
    ("再委託 levels", |r| {
        r.entrustments()
            .map(|(_, _, e)| e.re_entrustees.len())
            .max()
            .unwrap_or(0)
    }),
    ("提供先", |r| {
        r.files.iter().map(|f| f.provisions.len()).sum()
    }),
    ("移転先", |r| {
        r.files.iter().map(|f| f.transfers.len()).sum()
    }),
    ("記録項目 (most of a file)", |r| {
        r.files
            .iter()
            .map(|f| f.record_item_list.len())
            .max()
            .unwrap_or(0)
    }),
    ("変更箇所 rows", |r| r.changes.len()),
    ("longest text (chars)", |r| longest_text(&r.to_json())),
];

/// The longest JSON string value of `json`, in characters (a rough reading: escapes count as
/// written).
fn longest_text(json: &str) -> usize {
    json.split('"')
        .skip(1)
        .step_by(2)
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(0)
}

fn median(mut v: Vec<usize>) -> usize {
    v.sort_unstable();
    v.get(v.len() / 2).copied().unwrap_or(0)
}

fn main() {
    let seeds: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000);
    let mut header = String::from("| form | size | bytes |");
    for (name, _) in COLUMNS {
        header.push_str(&format!(" {name} |"));
    }
    header.push_str(" 公表日 | 様式 revisions (on the latest in use) | not valid |");
    println!("{header}");
    println!("|{}", "---|".repeat(COLUMNS.len() + 6));
    for &form in AssessmentKind::ALL {
        for &size in Size::ALL {
            let scenario = Scenario::default().with_form(form).with_size(size);
            let mut bytes = Vec::new();
            let mut columns: Vec<Vec<usize>> = vec![Vec::new(); COLUMNS.len()];
            let mut published = Vec::new();
            let mut revisions = std::collections::BTreeSet::new();
            let mut on_latest = 0;
            let mut invalid = 0;
            for seed in 0..seeds {
                let report = generate(&scenario, seed).expect("a checked scenario");
                bytes.push(report.to_json().len());
                for (column, (_, count)) in columns.iter_mut().zip(COLUMNS) {
                    column.push(count(&report));
                }
                published.extend(report.cover.published_on);
                if let (Some(day), Some(revision)) =
                    (report.cover.published_on, report.cover.form_version)
                {
                    revisions.insert(revision.month());
                    on_latest += usize::from(Scenario::revisions_on(day).last() == Some(revision));
                }
                let findings = validate(&report, scenario.as_of);
                if findings.iter().any(|f| f.severity() != Severity::Info) {
                    invalid += 1;
                    if invalid <= 3 {
                        eprintln!("{form} {size:?} seed {seed}: {findings}");
                    }
                }
            }
            let span = |v: Vec<usize>| {
                let (min, max) = (v.iter().min().copied(), v.iter().max().copied());
                format!(
                    "{}–{}–{}",
                    min.unwrap_or(0),
                    median(v.clone()),
                    max.unwrap_or(0)
                )
            };
            let kb = |n: usize| format!("{:.1} k", n as f64 / 1000.0);
            let (min, max) = (bytes.iter().min().copied(), bytes.iter().max().copied());
            let mut row = format!(
                "| {} | {} | {}–{}–{} |",
                form.document_name(),
                size.name(),
                kb(min.unwrap_or(0)),
                kb(median(bytes.clone())),
                kb(max.unwrap_or(0))
            );
            for column in columns {
                row.push_str(&format!(" {} |", span(column)));
            }
            published.sort_unstable();
            row.push_str(&format!(
                " {} – {} | {} ({} %) | {invalid} |",
                published.first().map_or(String::new(), ToString::to_string),
                published.last().map_or(String::new(), ToString::to_string),
                revisions.len(),
                on_latest * 100 / published.len().max(1),
            ));
            println!("{row}");
        }
    }
}
