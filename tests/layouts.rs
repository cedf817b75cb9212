//! The layout corpus (issue 44), in the manner of pulldown-cmark's specs: every file of
//! `tests/layouts/` holds examples, each an invented text between a fence line
//! ```` ```````````````````````````````` example KIND ```` and a line `.`, then what the
//! importer must make of it up to the closing fence.
//!
//! - `example shape`: the lines [`shape_text`] gives, one a line, then each piece of furniture
//!   as `~ kind first-last` (its source lines), in order;
//! - `example import`: lines `POINTER = JSON` that the draft's report must hold at the JSON
//!   Pointer, or `POINTER = JSON | null`: the value or nothing, never another (the floor of
//!   precision: an empty value beats a wrong one).
//!
//! Every rule of the shape stage has a reading and a refusing example; a failure names the file
//! and the example's line.

#[path = "common/fenced.rs"]
mod fenced;

use mynumber_pia::import::{FurnitureKind, import, shape_text};
use serde_json::Value;

/// One example: where it starts, its kind, its text and what is expected.
struct Example {
    file: &'static str,
    line: usize,
    kind: String,
    text: String,
    expected: Vec<String>,
}

/// The corpus files, embedded so that the test needs no file access.
const FILES: [(&str, &str); 49] = [
    ("line_pitch.txt", include_str!("layouts/line_pitch.txt")),
    ("spaced_kanji.txt", include_str!("layouts/spaced_kanji.txt")),
    ("split_value.txt", include_str!("layouts/split_value.txt")),
    ("run_together.txt", include_str!("layouts/run_together.txt")),
    ("furniture.txt", include_str!("layouts/furniture.txt")),
    ("openings.txt", include_str!("layouts/openings.txt")),
    ("values_first.txt", include_str!("layouts/values_first.txt")),
    ("csv_rows.txt", include_str!("layouts/csv_rows.txt")),
    ("label_marks.txt", include_str!("layouts/label_marks.txt")),
    ("narrow_label.txt", include_str!("layouts/narrow_label.txt")),
    (
        "appendix_pages.txt",
        include_str!("layouts/appendix_pages.txt"),
    ),
    (
        "changes_unbroken.txt",
        include_str!("layouts/changes_unbroken.txt"),
    ),
    (
        "changes_blocks.txt",
        include_str!("layouts/changes_blocks.txt"),
    ),
    (
        "changes_run_on.txt",
        include_str!("layouts/changes_run_on.txt"),
    ),
    (
        "changes_laid_out.txt",
        include_str!("layouts/changes_laid_out.txt"),
    ),
    (
        "changes_centred.txt",
        include_str!("layouts/changes_centred.txt"),
    ),
    (
        "heading_after_cell.txt",
        include_str!("layouts/heading_after_cell.txt"),
    ),
    (
        "label_after_value.txt",
        include_str!("layouts/label_after_value.txt"),
    ),
    (
        "prose_paragraphs.txt",
        include_str!("layouts/prose_paragraphs.txt"),
    ),
    ("met_twice.txt", include_str!("layouts/met_twice.txt")),
    ("risk_titles.txt", include_str!("layouts/risk_titles.txt")),
    ("radicals.txt", include_str!("layouts/radicals.txt")),
    ("model_only.txt", include_str!("layouts/model_only.txt")),
    ("label_rows.txt", include_str!("layouts/label_rows.txt")),
    (
        "rows_out_of_order.txt",
        include_str!("layouts/rows_out_of_order.txt"),
    ),
    ("table_rows.txt", include_str!("layouts/table_rows.txt")),
    ("cell_bars.txt", include_str!("layouts/cell_bars.txt")),
    ("box_table.txt", include_str!("layouts/box_table.txt")),
    ("cell_ends.txt", include_str!("layouts/cell_ends.txt")),
    (
        "name_definition.txt",
        include_str!("layouts/name_definition.txt"),
    ),
    (
        "stacked_labels.txt",
        include_str!("layouts/stacked_labels.txt"),
    ),
    (
        "choice_answers.txt",
        include_str!("layouts/choice_answers.txt"),
    ),
    ("label_rest.txt", include_str!("layouts/label_rest.txt")),
    (
        "centred_labels.txt",
        include_str!("layouts/centred_labels.txt"),
    ),
    ("two_up.txt", include_str!("layouts/two_up.txt")),
    ("invisible.txt", include_str!("layouts/invisible.txt")),
    ("folded.txt", include_str!("layouts/folded.txt")),
    ("reader_marks.txt", include_str!("layouts/reader_marks.txt")),
    (
        "halfwidth_kana.txt",
        include_str!("layouts/halfwidth_kana.txt"),
    ),
    ("padded_bars.txt", include_str!("layouts/padded_bars.txt")),
    ("markup.txt", include_str!("layouts/markup.txt")),
    ("watermark.txt", include_str!("layouts/watermark.txt")),
    ("labels_last.txt", include_str!("layouts/labels_last.txt")),
    ("terminal.txt", include_str!("layouts/terminal.txt")),
    (
        "ruby_brackets.txt",
        include_str!("layouts/ruby_brackets.txt"),
    ),
    ("comments.txt", include_str!("layouts/comments.txt")),
    ("label_end.txt", include_str!("layouts/label_end.txt")),
    ("long_vowel.txt", include_str!("layouts/long_vowel.txt")),
    (
        "overlapped_pieces.txt",
        include_str!("layouts/overlapped_pieces.txt"),
    ),
];

/// The examples of a file.
fn examples(file: &'static str, text: &str) -> Vec<Example> {
    fenced::examples(text)
        .into_iter()
        .map(|e| Example {
            file,
            line: e.line,
            kind: e.info,
            text: e.text,
            expected: e.expected.into_iter().map(|(_, l)| l).collect(),
        })
        .collect()
}

/// The furniture kind as the corpus writes it.
fn kind_name(kind: FurnitureKind) -> &'static str {
    match kind {
        FurnitureKind::PageMark => "page_mark",
        FurnitureKind::PageNumber => "page_number",
        FurnitureKind::RunningHeader => "running_header",
        FurnitureKind::RepeatedHeading => "repeated_heading",
        FurnitureKind::Ruby => "ruby",
        FurnitureKind::ReaderMark => "reader_mark",
        FurnitureKind::Watermark => "watermark",
        FurnitureKind::Comment => "comment",
        _ => "other",
    }
}

/// What `shape_text` makes of the example's text, written as the corpus expects it.
fn shaped(example: &Example) -> Vec<String> {
    let shaped = shape_text(&example.text);
    let mut out: Vec<String> = shaped
        .lines
        .into_iter()
        .map(|(_, text)| text)
        .filter(|t| !t.is_empty())
        .collect();
    out.extend(
        shaped
            .furniture
            .iter()
            .map(|f| format!("~ {} {}-{}", kind_name(f.kind), f.lines[0], f.lines[1])),
    );
    out
}

/// The expectations of an import example the draft misses: `(wrong, empty where a value was
/// allowed)`.
fn imported(example: &Example) -> Result<(Vec<String>, usize), String> {
    let draft = import(&example.text).map_err(|e| e.to_string())?;
    let report: Value = serde_json::from_str(&draft.report.to_json()).map_err(|e| e.to_string())?;
    let mut wrong = Vec::new();
    let mut empty = 0;
    for line in example.expected.iter().filter(|l| !l.trim().is_empty()) {
        let (pointer, want) = line
            .split_once(" = ")
            .ok_or_else(|| format!("not `POINTER = JSON`: {line}"))?;
        let (want, or_null) = match want.strip_suffix(" | null") {
            Some(want) => (want, true),
            None => (want, false),
        };
        let want: Value = serde_json::from_str(want).map_err(|e| format!("{line}: {e}"))?;
        let have = report.pointer(pointer).cloned().unwrap_or(Value::Null);
        if have == want {
            continue;
        }
        if or_null && have.is_null() {
            empty += 1;
            continue;
        }
        wrong.push(format!("{pointer}: {have} (want {want})"));
    }
    Ok((wrong, empty))
}

#[test]
fn the_layout_corpus_holds() {
    let mut failures = Vec::new();
    let (mut count, mut allowed_empty) = (0, 0);
    for (file, text) in FILES {
        for example in examples(file, text) {
            count += 1;
            let at = format!("{}:{}", example.file, example.line);
            match example.kind.as_str() {
                "shape" => {
                    let got = shaped(&example);
                    if got != example.expected {
                        failures.push(format!(
                            "{at}: got\n{}\nwant\n{}",
                            got.join("\n"),
                            example.expected.join("\n")
                        ));
                    }
                }
                "import" => match imported(&example) {
                    Ok((wrong, empty)) => {
                        allowed_empty += empty;
                        if !wrong.is_empty() {
                            failures.push(format!("{at}: {}", wrong.join("; ")));
                        }
                    }
                    Err(e) => failures.push(format!("{at}: {e}")),
                },
                other => failures.push(format!("{at}: unknown kind {other}")),
            }
        }
    }
    println!("{count} examples; {allowed_empty} values left empty where a value was allowed");
    assert!(count > 0);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_rule_has_a_reading_and_a_refusing_example() {
    let mut covered = Vec::new();
    for (file, text) in FILES {
        // The file's heading names its rules: `# shape.a, shape.b — …`.
        let Some(heading) = text.lines().next().and_then(|l| l.strip_prefix("# ")) else {
            continue;
        };
        let rules: Vec<&str> = heading
            .split(" — ")
            .next()
            .unwrap_or("")
            .split(", ")
            .filter(|r| r.starts_with("shape."))
            .collect();
        for rule in &rules {
            let (reads, refuses) = if rules.len() == 1 {
                ("Reads:".to_owned(), "Refuses:".to_owned())
            } else {
                (format!("Reads ({rule})"), format!("Refuses ({rule})"))
            };
            assert!(
                text.contains(&reads) && text.contains(&refuses),
                "{file}: {rule} lacks a reading or a refusing example"
            );
            covered.push(*rule);
        }
    }
    for rule in [
        "shape.line_pitch",
        "shape.spaced_kanji",
        "shape.run_together",
        "shape.split_value",
        "shape.table_rows",
        "shape.centred_label",
        "shape.page_mark",
        "shape.page_numbers",
        "shape.running_header",
        "shape.repeated_heading",
        "shape.page_top",
        "shape.laid_out_table",
        "shape.label_after_value",
        "shape.cell_bars",
        "shape.box_table",
        "shape.values_first",
        "shape.stack_after_values",
        "shape.csv_rows",
        "shape.merged_cells",
        "shape.sheet_quotes",
        "shape.line_numbers",
        "shape.quote_marks",
        "shape.label_marks",
        "shape.narrow_label",
        "shape.value_down",
        "shape.dot_leaders",
        "shape.value_quotes",
        "shape.ruby",
        "shape.two_up",
        "shape.invisible",
        "shape.link_marks",
        "shape.folded",
        "shape.reader_marks",
        "shape.halfwidth_kana",
        "shape.padded_bars",
        "shape.psql",
        "shape.wiki_table",
        "shape.asciidoc_table",
        "shape.rst_list_table",
        "shape.org_list",
        "shape.yaml_blocks",
        "shape.json_lines",
        "shape.unified_diff",
        "shape.pdftotext_tsv",
        "shape.dokuwiki_table",
        "shape.latex_tabular",
        "shape.definition_list",
        "shape.watermark",
        "shape.labels_last",
        "shape.terminal_controls",
        "shape.list_mode",
        "shape.ruby_brackets",
        "shape.comment_anchors",
        "shape.side_by_side_diff",
        "shape.python_repr",
        "shape.overlapped_pieces",
    ] {
        assert!(covered.contains(&rule), "{rule} has no examples");
    }
}
