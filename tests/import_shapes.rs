//! The seeds in every shape a published text comes in (issue 44's shapes): each seed text is
//! rewritten as a PDF viewer, an extractor or a document site gives a text, imported, and
//! scored against the seed's transcription as `tests/import_seeds.rs` scores the seed itself
//! (the facts are those of the seed's own text). The shapes are those of
//! `tests/common/shapes.rs` (domain README §12), shared with `tests/import_prints.rs`.
//!
//! The floors in [`FLOORS`] are what this version reaches (a drop below them is a regression);
//! the aim (issue 44) is ≥ 0.9 of the seed's own recall and precision ≥ 0.98 in every shape.
//!
//! The seed texts are not in the repository: the tests read them from the folder `PIA_SEEDS`
//! names, and say they were skipped where it is not there.

#[path = "common/score.rs"]
mod score;
#[path = "common/seeds.rs"]
mod seeds;
#[path = "common/shapes.rs"]
mod shapes;

use mynumber_pia::import::import;
use shapes::{
    SHAPES, cell_a_line, headers_and_footers, label_and_value, page_a_line,
    page_numbers_at_the_top, spaced_kanji,
};

/// The seeds that are whole reports, their transcriptions, and the lists their texts print
/// beyond reading (as tests/import_seeds.rs).
const SEEDS: [(&str, &str, &[&str]); 4] = [
    (
        "000",
        include_str!("fixtures/seed-000-edogawa-full.json"),
        &[],
    ),
    (
        "002",
        include_str!("fixtures/seed-002-kawaguchi-focused.json"),
        &[],
    ),
    (
        "003",
        include_str!("fixtures/seed-003-kumagaya-basic.json"),
        &[],
    ),
    (
        "004",
        include_str!("fixtures/seed-004-matsudo-focused.json"),
        &[
            "/files/0/main_record_items/",
            "/systems/1/connections/",
            "/systems/3/connections/",
        ],
    ),
];

/// The floors of each seed in each shape (recall, precision), in [`SHAPES`](shapes::SHAPES) order: what this
/// version reaches, measured with `cargo test --all-features --test import_shapes --
/// --nocapture`. Below the aim: the shapes without blank lines of 000 and 004 (no blank lines, a
/// page a line: the reader after the shape stage ends a cell at a blank line; the 変更箇所 of
/// 000 is printed out of order at its pages, that of 004 with its dates in a column apart, and
/// neither is read whole without blank lines). Issue 44's later stages (locate, rules) are to
/// lift them.
const FLOORS: [(&str, [(f64, f64); 8]); 4] = [
    (
        "000",
        [
            (0.9, 0.99),
            // No blank lines, a page a line: 0.30 / 0.86 and 0.08 / 0.57 before a legal basis
            // ended at a box's bracket and 再 / 委 / 託 was read as the part's label.
            // 0.346 / 0.941 and 0.092 / 0.664 before a cell of words ended at a box, an option
            // or under a dash alone (`tests/layouts/cell_ends.txt`); a page a line 0.096 / 0.711
            // before a bracket alone before a heading broke the line (the first file's chapter
            // heading was lost after `[`, and every file read as the one before it). 0.487 /
            // 0.987 before `changes::run_on` read the 変更箇所 without blank lines.
            (0.75, 0.98),
            // A page a line: 0.325 / 0.988 while the 変更箇所's header row was split at its
            // labels (the table was never found), a box's bracket with its mark ran into the
            // next block's heading (`[ ○ 移転先5 …`), a `]` after an older bracket's words broke
            // before its label (`] 紙`), a dash alone ran into the option after it and a date
            // under `①実施日` opened a 変更箇所 row (`tests/layouts/run_together.txt`).
            (0.68, 0.98),
            // Spaced kanji: 0.834 / 0.997 while a space between two cells beside a kanji was
            // taken off with the spacing (`削除 事後` came back `削除事後`); the form's values
            // part them again (`shape.spaced_kanji`, `tests/layouts/spaced_kanji.txt`).
            (0.89, 0.99),
            (0.9, 0.99),
            (0.9, 0.99),
            (0.9, 0.99),
            (0.86, 0.99),
        ],
    ),
    (
        "002",
        [
            (0.98, 0.99),
            (0.98, 0.99),
            // A page a line: 0.003 while the rows run together stayed one line each page;
            // `shape.table_rows` splits them before each row. 0.879 / 0.993 while the cover's
            // header row of labels ran on into the number and the title (`14\t…` read as the
            // title). 0.886 while a pair of brackets left empty (`( )`) was taken for a number's
            // mark and a note mark in a `<span>` hid a row's label (rows run on).
            (0.90, 0.99),
            (0.98, 0.99),
            (0.98, 0.99),
            (0.98, 0.99),
            // A cell a line: 0.33 / 1.00 while the 変更箇所's rows, their tabs lost, stayed
            // unread; `changes::cell_lines` reads them by the columns' order (the one wrong
            // value is the published text's too: a `一` under a 項目 read as its 変更前).
            (0.98, 0.99),
            (0.98, 0.99),
        ],
    ),
    (
        "003",
        [
            (0.93, 0.985),
            // No blank lines: precision 0.968 before a cell of words ended at a list of options;
            // 0.240 / 0.979 before `changes::run_on` read the 変更箇所 whose cells run on with
            // no blank line (a 項目 ended by a label of the form). A page a line: 0.957 before
            // an option after an empty bracket was no answer; 0.120 / 0.979 before run_on.
            (0.95, 0.99),
            // 0.826 before two dates alone on their lines were a row's 変更前 and 変更後 (the
            // page run together split `2018/4/1 平成30年7月31日　時点 事前` at its cells).
            (0.89, 0.99),
            // Spaced kanji: 0.623 / 0.979 while a space between two cells beside a kanji was
            // taken off with the spacing (`令和2年4月1日時点 令和3年4月1日時点 事後` came back
            // run together; a 変更箇所 row a line lost its cells).
            (0.89, 0.99),
            (0.93, 0.985),
            (0.93, 0.985),
            (0.93, 0.985),
            // A label and its value on one line: 0.74 / 0.83 while a 変更箇所 項目 that ends in
            // a label took the 変更前 joined after it (`changes::label_then_text` parts them).
            (0.94, 0.99),
        ],
    ),
    (
        "004",
        [
            (0.78, 0.99),
            // No blank lines: precision 0.718 while a list of 特定個人情報ファイル名 ran on
            // through the next items' labels (`具体的な管理方法`); a whole label ends a value.
            // 0.438 / 0.983 before a cell of words ended at a box's bracket. 0.485 before the
            // lines under a stack of labels line after line were left unread
            // (`tests/layouts/stacked_labels.txt`): one right value was a guess.
            (0.47, 0.99),
            // 0.80 on the shape stage's own branch; 0.737 merged with the reading of circled
            // labels through the form (issue 43/44): three more values a page run together mixes
            // up (a department with the next heading, a 法令上の根拠 with the next item). 0.714
            // since a `]` that closes a selection of words breaks a run-together line (the
            // prints' pages a line: precision 0.94 → 0.985): this seed's drawing order puts a
            // 委託事項's heading among boxes of Ⅱ3, and two more cells land in its block.
            // 0.238 / 0.738 before a bracket alone before a heading broke the line; 0.285 /
            // 0.881 before the lines under labels line after line were left unread (0.277 /
            // 0.878), and a part's mark `(2)` kept its label and a check mark after a value
            // started a cell. 0.953 (two wrong values) before a box's open bracket with a
            // numbered list entry after it (`[ ○ 5） 1,000万人以上`) and a free text opening with
            // one (`2） 十分である`) were no answer and no text (`tests/layouts/choice_answers.txt`).
            // 0.323 before a bracket opened right after another opened the next box
            // (`定めている[ [ 十分に行っている`: two loose answers lost, the pigeonhole failed).
            (0.36, 0.99),
            // Spaced kanji: 0.615 / 0.976 before the form's values parted cells run together;
            // 0.978 before a 変更後 that holds a 提出時期's word (`…乙野事後人事異動`, its cells
            // closed up) was left unread (`changes::undated`). 0.677 before a 提出時期 cell
            // closed up with its 説明 (`事後問い合わせ先変更`) left the row's texts read.
            (0.70, 0.99),
            (0.78, 0.99),
            // 0.777 before a page's number went on with the pages' run, not the 評価書番号.
            (0.78, 0.99),
            (0.78, 0.99),
            (0.72, 0.99),
        ],
    ),
];

#[test]
fn every_seed_in_every_shape_keeps_its_facts() {
    let Some(dir) = seeds::dir() else {
        eprintln!("skipped: no seed texts (set PIA_SEEDS to the folder of the published texts)");
        return;
    };
    let mut failures = Vec::new();
    for (&(seed, fixture, unreadable), (_, floors)) in SEEDS.iter().zip(FLOORS) {
        let text = seeds::text(&dir, seed).unwrap_or_else(|| panic!("seed {seed} missing"));
        let mut own = None;
        for (&(name, reshape), (min_recall, min_precision)) in SHAPES.iter().zip(floors) {
            let shaped = reshape(&text);
            let Ok(draft) = import(&shaped) else {
                failures.push(format!("seed {seed}, {name}: refused"));
                continue;
            };
            let s = score::score(fixture, &text, &shaped, &draft, unreadable);
            let own_recall = *own.get_or_insert(s.recall());
            println!(
                "seed {seed}, {name:<28}: recall {:.3} ({}/{}, {:.2} of the seed's), precision {:.3} ({}/{}), furniture {}",
                s.recall(),
                s.found,
                s.facts,
                s.recall() / own_recall.max(f64::EPSILON),
                s.precision(),
                s.right,
                s.filled,
                draft.trace.furniture.len(),
            );
            if s.recall() < min_recall || s.precision() < min_precision {
                failures.push(format!(
                    "seed {seed}, {name}: recall {:.3} (floor {min_recall}), precision {:.3} (floor {min_precision})",
                    s.recall(),
                    s.precision()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_shapes_rewrite_as_documented() {
    assert_eq!(spaced_kanji("令和6年 かな\n"), "令 和 6 年 かな\n");
    assert_eq!(cell_a_line("一\t二  三 四\n"), "一\n二\n三 四\n");
    assert_eq!(
        label_and_value("①事務の名称\n\n架空事務\n②事務の内容\n③対象人数\n"),
        "①事務の名称 架空事務\n②事務の内容\n③対象人数\n"
    );
    let text = (1..=50).map(|n| format!("行{n}\n")).collect::<String>();
    assert_eq!(page_a_line(&text).lines().count(), 2);
    assert!(headers_and_footers(&text).contains("2 / 2 ページ"));
    assert!(page_numbers_at_the_top(&text).starts_with("1\n行1\n"));
}

/// With `PIA_WRITE_SHAPES=DIR` (and the seeds), writes every seed in every shape but the
/// published one to DIR as `<seed>-<shape>.txt`, the inputs `scripts/batch-measure` imports in
/// one batch; without it, writes nothing.
#[test]
fn the_shapes_are_written_when_asked() {
    let (Some(out), Some(dir)) = (std::env::var_os("PIA_WRITE_SHAPES"), seeds::dir()) else {
        return;
    };
    let out = std::path::PathBuf::from(out);
    std::fs::create_dir_all(&out).expect("the shapes' folder");
    for &(seed, _, _) in &SEEDS {
        let text = seeds::text(&dir, seed).unwrap_or_else(|| panic!("seed {seed} missing"));
        for &(name, reshape) in SHAPES.iter().skip(1) {
            let file = format!("{seed}-{}.txt", name.replace(' ', "-"));
            std::fs::write(out.join(file), reshape(&text)).expect("a shape written");
        }
    }
}
