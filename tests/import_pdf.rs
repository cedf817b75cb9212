//! `import::pdf_text` on PDFs printed from the crate's own HTML with headless Chromium
//! (`tests/fixtures/pdf/README.md` says how they were made), and on bytes that are not a readable
//! PDF.

use chrono::NaiveDate;
use mynumber_pia::import::{PdfError, Warning, import, pdf_text, read_pdf};

#[path = "common/pdf.rs"]
mod pdf_bytes;
use mynumber_pia::wareki::WarekiDate;
use mynumber_pia::{Report, Sample};
use pdf_bytes::{OPENING, pdf, placed_pages, placed_pdf, text_pdf, with_radicals};

/// The fixture PDF of `sample`, read at compile time.
fn fixture(sample: Sample) -> &'static [u8] {
    match sample {
        Sample::KumagayaBasic => include_bytes!("fixtures/pdf/kumagaya-basic.pdf"),
        Sample::MatsudoFocused => include_bytes!("fixtures/pdf/matsudo-focused.pdf"),
        other => panic!("no PDF fixture for {other:?}"),
    }
}

/// Whether `value` stands on its own in `text`: it starts a line or follows a space, ends a line or
/// is followed by a space, and may wrap over the following lines (a long value in a narrow cell).
fn on_its_own(text: &str, value: &str) -> bool {
    let lines: Vec<&str> = text.lines().collect();
    lines.iter().enumerate().any(|(i, line)| {
        line.match_indices(&value[..value.chars().next().map_or(0, char::len_utf8)])
            .any(|(at, _)| {
                let before = &line[..at];
                (before.is_empty() || before.ends_with(' '))
                    && continues(&line[at..], value, &lines[i + 1..])
            })
    })
}

/// Whether `value` is `piece` (the rest of a line) and, when it is longer, the lines that follow.
fn continues(piece: &str, value: &str, next: &[&str]) -> bool {
    if let Some(after) = piece.strip_prefix(value) {
        return after.is_empty() || after.starts_with(' ');
    }
    match (value.strip_prefix(piece), next.split_first()) {
        (Some(rest), Some((line, more))) if !rest.is_empty() => continues(line, rest, more),
        _ => false,
    }
}

fn wareki(date: NaiveDate) -> String {
    WarekiDate::from_naive(date).unwrap().to_string()
}

/// The key values of the report that every printed form shows.
fn key_values(report: &Report) -> Vec<String> {
    let cover = &report.cover;
    let mut values: Vec<String> = [&cover.number, &cover.title, &cover.body]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    values.extend(cover.published_on.map(wareki));
    values.push(report.affair.name.clone());
    values.extend(report.systems.iter().map(|s| s.name.clone()));
    values
}

#[test]
fn the_printed_samples_hold_their_key_values_each_on_its_own() {
    for sample in [Sample::KumagayaBasic, Sample::MatsudoFocused] {
        let text = pdf_text(fixture(sample)).unwrap();
        let report = sample.load().unwrap();
        let values = key_values(&report);
        assert!(values.len() >= 5, "{sample:?}: {values:?}");
        for value in &values {
            assert!(
                on_its_own(&text, value),
                "{sample:?}: {value:?} not on its own"
            );
        }
        // The labels are apart from their values too.
        for label in ["評価書番号", "評価書名", "事務の名称"] {
            assert!(on_its_own(&text, label), "{sample:?}: {label}");
        }
        // Lines, not runs of blank lines; CJK characters as the font means them.
        assert!(!text.contains("\n\n\n") && !text.contains('\r'));
        assert!(!text.chars().any(|c| ('\u{2E80}'..='\u{2FDF}').contains(&c)));
    }
}

#[test]
fn the_basic_sample_in_detail() {
    let text = pdf_text(fixture(Sample::KumagayaBasic)).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.contains(&"評価書番号 8"), "{:?}", &lines[..12]);
    assert!(lines.contains(&"評価実施機関名 熊谷市長"));
    assert!(lines.contains(&"公表日 令和7年5月30日"));
    // The ideographic space inside the title is kept.
    assert!(lines.contains(&"評価書名 国民健康保険に関する事務\u{3000}基礎項目評価書"));
    // Each page after the first opens with a form feed, as poppler's texts do: 28 pages, 27
    // form feeds, no empty line between them.
    assert_eq!(lines.iter().filter(|l| l.starts_with('\u{c}')).count(), 27);
    assert_eq!(lines.iter().filter(|l| l.is_empty()).count(), 0);
}

#[test]
fn bytes_that_are_not_a_pdf() {
    assert_eq!(pdf_text(b""), Err(PdfError::NotPdf));
    assert_eq!(pdf_text("評価書番号 8".as_bytes()), Err(PdfError::NotPdf));
    assert_eq!(pdf_text(&[0u8; 4096]), Err(PdfError::NotPdf));
}

#[test]
fn damaged_pdfs_give_a_typed_error_never_a_panic() {
    let whole = fixture(Sample::MatsudoFocused);
    for cut in [whole.len() / 2, whole.len() / 10, 200, 9] {
        let e = pdf_text(&whole[..cut]).unwrap_err();
        assert!(
            matches!(e, PdfError::Unreadable { .. } | PdfError::NoText { .. }),
            "cut at {cut}: {e}"
        );
        assert!(!e.to_string().contains('\n'));
    }
    // Bytes flipped through the middle of the file.
    let mut flipped = whole.to_vec();
    for i in (whole.len() / 3..whole.len() / 3 * 2).step_by(97) {
        flipped[i] ^= 0x5A;
    }
    match pdf_text(&flipped) {
        Ok(text) => assert!(!text.trim().is_empty()),
        Err(e) => assert!(!e.to_string().contains('\n'), "{e}"),
    }
}

const ONE_EMPTY_PAGE: [&str; 4] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
    "<< /Length 0 >>\nstream\n\nendstream",
];

#[test]
fn a_pdf_without_text_is_no_text() {
    assert_eq!(
        pdf_text(&pdf(&ONE_EMPTY_PAGE, "")),
        Err(PdfError::NoText { pages: 1 })
    );
}

/// A page drawn with a Type 3 font that has no `ToUnicode` map: its characters come from the
/// `Differences` of its encoding, its advances from its `Widths`, both of which the loader keeps in
/// a smaller form (`vendor/pdf-extract/PATCH.md` 6). Codes 65–68: `/g0` and `/g2` are no glyph
/// list names (65 and 67 keep PDFDocEncoding's `A` and `C`), `/x` and `/y` are (66 and 68).
#[test]
fn a_type_3_font_reads_its_differences_and_widths() {
    let content = "BT /F1 10 Tf 1 0 0 1 40 800 Tm <4142> Tj ET\n\
                   BT /F1 10 Tf 1 0 0 1 80 800 Tm <43> Tj ET\n\
                   BT /F1 10 Tf 1 0 0 1 40 780 Tm <4443> Tj ET";
    let page = format!(
        "<< /Length {} >>\nstream\n{content}\nendstream",
        content.len()
    );
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> >> >>",
        &page,
        // `x` is 2999.5 units wide, 29.995 at size 10 from 50: `C`, drawn at 80, follows it
        // with no space (a space if `x` were read narrower than 2750 units).
        "<< /Type /Font /Subtype /Type3 /FontMatrix [0.001 0 0 0.001 0 0] \
         /FontBBox [0 0 1000 1000] /FirstChar 65 /LastChar 68 \
         /Widths [1000 2999.5 1000 1000] \
         /Encoding << /Type /Encoding /Differences [65 /g0 /x /g2 /y] >> \
         /CharProcs << /g0 6 0 R /x 6 0 R /g2 6 0 R /y 6 0 R >> >>",
        "<< /Length 13 >>\nstream\n1000 0 0 0 d0\nendstream",
    ];
    let text = pdf_text(&pdf(&objects, "")).unwrap();
    assert_eq!(text.lines().collect::<Vec<_>>(), ["AxC", "yC"], "{text:?}");
}

#[test]
fn a_pdf_with_a_password_to_open_it_is_encrypted() {
    let mut objects = ONE_EMPTY_PAGE.to_vec();
    let o = format!("<{}>", "4A".repeat(32));
    let u = format!("<{}>", "B7".repeat(32));
    let encrypt = format!("<< /Filter /Standard /V 1 /R 2 /O {o} /U {u} /P -4 >>");
    objects.push(&encrypt);
    let id = "<00112233445566778899AABBCCDDEEFF>";
    let bytes = pdf(&objects, &format!("/Encrypt 5 0 R /ID [{id} {id}]"));
    assert_eq!(pdf_text(&bytes), Err(PdfError::Encrypted));
}

/// The non-space characters of `text` after NFKC, counted.
fn nfkc_counts(text: &str) -> std::collections::BTreeMap<char, i64> {
    use unicode_normalization::UnicodeNormalization;
    let mut counts = std::collections::BTreeMap::new();
    for c in text.nfkc().filter(|c| !c.is_whitespace()) {
        *counts.entry(c).or_insert(0) += 1;
    }
    counts
}

/// The PDFs to hold against poppler: the fixtures, and those in `PIA_PDFS` when it is set
/// (`.ci/run` sets it to the print check's Chromium prints of every sample, Type 3 fonts).
#[allow(clippy::disallowed_methods)] // the test lists and reads its PDFs
fn pdfs_to_compare() -> Vec<(String, Vec<u8>)> {
    let mut pdfs = vec![
        (
            "kumagaya-basic.pdf".to_owned(),
            fixture(Sample::KumagayaBasic).to_vec(),
        ),
        (
            "matsudo-focused.pdf".to_owned(),
            fixture(Sample::MatsudoFocused).to_vec(),
        ),
    ];
    if let Some(dir) = std::env::var_os("PIA_PDFS") {
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .expect("PIA_PDFS is a folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
            .collect();
        files.sort();
        for file in files {
            let bytes = std::fs::read(&file).expect("the PDF reads");
            pdfs.push((file.display().to_string(), bytes));
        }
    }
    pdfs
}

/// Every character `pdf_text` reads is poppler's (`pdftotext -raw`: in the order drawn, as
/// `pdf_text` reads; poppler's reading order drops a hyphen that ends a line), after NFKC, white
/// space aside: counted character by character, none more, none fewer (the order of cells may
/// differ). Skipped, with a line on stderr, where poppler-utils is not installed (`.ci/run`
/// installs it).
#[test]
fn the_text_is_poppler_s_character_for_character() {
    if std::process::Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_err()
    {
        eprintln!("pdftotext is not installed (poppler-utils): the comparison is skipped");
        return;
    }
    for (name, bytes) in pdfs_to_compare() {
        let ours = nfkc_counts(&pdf_text(&bytes).unwrap_or_else(|e| panic!("{name}: {e}")));
        let dir = std::env::temp_dir().join(format!("pia-poppler-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("in.pdf");
        std::fs::write(&file, &bytes).unwrap();
        let out = std::process::Command::new("pdftotext")
            .args(["-raw", "-enc", "UTF-8"])
            .arg(&file)
            .arg("-")
            .output()
            .unwrap();
        std::fs::remove_dir_all(&dir).ok();
        assert!(out.status.success(), "{name}: pdftotext failed");
        let theirs = nfkc_counts(&String::from_utf8(out.stdout).unwrap());
        let mut differ: Vec<(char, i64)> = ours
            .keys()
            .chain(theirs.keys())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .map(|&c| (c, ours.get(&c).unwrap_or(&0) - theirs.get(&c).unwrap_or(&0)))
            .filter(|&(_, d)| d != 0)
            .collect();
        differ.sort_by_key(|&(_, d)| -d.abs());
        let total: i64 = differ.iter().map(|(_, d)| d.abs()).sum();
        assert_eq!(
            total,
            0,
            "{name}: {total} characters differ from pdftotext (ours − poppler's, most first): {:?}",
            &differ[..differ.len().min(20)]
        );
    }
}

/// A PDF whose text layer gives radicals for the ideographs the page shows (⼈ U+2F08 for 人, ⺠
/// U+2EA0 for 民) is read as the page shows it, and its draft warns `IW008` with their count; the
/// same PDF with the ideographs themselves has no such warning; a text imported as text is read
/// as it is, without the warning.
#[test]
fn radicals_of_a_pdf_are_mapped_back_counted_and_warned_of() {
    let radicals = with_radicals(&OPENING);
    let radicals: Vec<&str> = radicals.iter().map(String::as_str).collect();
    let plain = read_pdf(&text_pdf(&OPENING)).unwrap();
    let mapped = read_pdf(&text_pdf(&radicals)).unwrap();
    assert_eq!(plain.text, OPENING.join("\n") + "\n");
    assert_eq!(mapped.text, plain.text);
    assert_eq!((plain.mapped, mapped.mapped), (0, 3));
    assert_eq!(pdf_text(&text_pdf(&radicals)).unwrap(), plain.text);

    let without = plain.import().unwrap();
    let with = mapped.import().unwrap();
    assert_eq!(with.report, without.report);
    assert_eq!(without.report.affair.name, "住民の架空の事務");
    assert!(
        without.warnings.iter().all(|w| w.code() != "IW008"),
        "{:?}",
        without.warnings
    );
    let (last, before) = with.warnings.split_last().unwrap();
    assert_eq!(before, &without.warnings[..]);
    assert_eq!(last, &Warning::VariantCharacters { count: 3 });
    assert_eq!(last.code(), "IW008");
    assert_eq!(
        last.to_string(),
        "異体字・互換文字 3 文字を通常の文字に置き換えました"
    );
    assert_eq!(mapped.warning().as_ref(), Some(last));
    assert_eq!(plain.warning(), None);

    // A text copied from such a PDF is read so too, with the same warning.
    let as_text = import(&radicals.join("\n")).unwrap();
    assert_eq!(as_text.report, without.report);
    assert_eq!(as_text.warnings.last(), Some(last));
}

/// The text with its white space taken out, as a printed cell is compared with the report's.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether two 変更箇所 rows have the same 変更日, 変更前 and 変更後 (white space aside).
fn same_texts(
    a: &mynumber_pia::report::ChangeRecord,
    b: &mynumber_pia::report::ChangeRecord,
) -> bool {
    let texts = |row: &mynumber_pia::report::ChangeRecord| {
        let before = row.before.as_deref().map(squeezed);
        (row.date, before, row.after.as_deref().map(squeezed))
    };
    texts(a) == texts(b)
}

/// The 変更箇所 rows of `draft` with both texts read, and how many of them the report printed
/// holds as they were read (the same 変更日, 変更前 and 変更後).
fn texts_read(draft: &mynumber_pia::import::Draft, printed: &Report) -> (usize, usize) {
    let both = draft
        .report
        .changes
        .iter()
        .filter(|row| row.before.is_some() && row.after.is_some());
    let mut read = 0;
    let mut right = 0;
    for row in both {
        read += 1;
        if printed
            .changes
            .iter()
            .any(|printed_row| same_texts(printed_row, row))
        {
            right += 1;
        }
    }
    (read, right)
}

/// The page's layout parts what the text alone cannot: a 変更箇所 row's 変更前 from its 変更後
/// where both run over lines one under the other. `PdfText::import` reads them; the same text
/// imported alone leaves them unread; every pair read is the report's.
#[test]
fn the_layout_parts_the_change_texts_the_text_alone_cannot() {
    for sample in [Sample::KumagayaBasic, Sample::MatsudoFocused] {
        let read = read_pdf(fixture(sample)).unwrap();
        assert!(!read.layout.cell_starts.is_empty(), "{sample:?}");
        let printed = sample.load().unwrap();
        let laid_out = texts_read(&read.import().unwrap(), &printed);
        let text_alone = texts_read(&import(&read.text).unwrap(), &printed);
        println!(
            "{sample:?}: texts read with the layout {laid_out:?}, from the text alone {text_alone:?}"
        );
        assert_eq!(laid_out.0, laid_out.1, "{sample:?}: a pair read wrong");
        assert!(
            laid_out.0 > text_alone.0,
            "{sample:?}: {laid_out:?} {text_alone:?}"
        );
    }
}

/// An invented 変更箇所 drawn cell by cell, as a browser prints a table: each row's cells from
/// the row's top, left to right. Row 1's texts run over two lines each, one cell beside the
/// other; row 2's are one line each, on one line of text with the 提出時期 and 説明, its 変更後 at
/// `x` (row 1's at 390: the column's left edge).
fn change_table_pdf(x: u32) -> Vec<u8> {
    let mut runs = opening_runs();
    runs.extend(change_heading(600));
    runs.extend(change_row_one(560));
    runs.extend(change_row_two(520, x));
    placed_pdf(&runs)
}

/// [`OPENING`] as runs, a line each from the page's top.
fn opening_runs() -> Vec<(u32, u32, &'static str)> {
    (0u32..)
        .zip(OPENING)
        .map(|(i, line)| (40, 800 - 20 * i, line))
        .collect()
}

/// The 変更箇所's heading at `y`, and its header row under it.
fn change_heading(y: u32) -> [(u32, u32, &'static str); 2] {
    [
        (40, y, "変更箇所"),
        (
            40,
            y - 20,
            "変更日 項目 変更前の記載 変更後の記載 提出時期 提出時期に係る説明",
        ),
    ]
}

/// Row 1 of [`change_table_pdf`], its first line at `y`: its texts two lines each, side by side.
fn change_row_one(y: u32) -> [(u32, u32, &'static str); 9] {
    [
        (40, y, "令和2年4月1日"),
        (120, y, "Ⅰ1② 事務の内容"),
        (120, y - 12, "Ⅰ1②"),
        (220, y, "架空の手順で確認"),
        (220, y - 12, "する。"),
        (390, y, "架空の手順を改"),
        (390, y - 12, "める。"),
        (540, y, "事後"),
        (570, y, "字句の修正"),
    ]
}

/// Row 2 of [`change_table_pdf`] at `y`: its texts one line each, its 変更後 at `x`.
fn change_row_two(y: u32, x: u32) -> [(u32, u32, &'static str); 7] {
    [
        (40, y, "令和2年4月2日"),
        (120, y, "Ⅰ7 請求先"),
        (120, y - 12, "Ⅰ7"),
        (220, y, "架空課"),
        (x, y, "架空部"),
        (540, y, "事後"),
        (570, y, "組織の改正"),
    ]
}

/// [`change_table_pdf`]'s rows on two pages: row 2 alone on the second, where no cell begun
/// above another shows the 変更後's column; its 変更後 at `x`.
fn change_table_on_two_pages(x: u32) -> Vec<u8> {
    let mut first = opening_runs();
    first.extend(change_heading(600));
    first.extend(change_row_one(560));
    let mut second = change_heading(800).to_vec();
    second.extend(change_row_two(760, x));
    placed_pages(&[&first, &second])
}

/// A table sets its columns at one x on every page: a one-line row on a page that shows no
/// column of its own begins its 変更後 at the edge another page shows; a word at no column's
/// edge begins none.
#[test]
fn a_column_s_edge_is_the_table_s_on_every_page() {
    let afters = |x| -> Vec<Option<String>> {
        let read = read_pdf(&change_table_on_two_pages(x)).unwrap();
        let draft = read.import().unwrap();
        draft
            .report
            .changes
            .iter()
            .map(|row| row.after.clone())
            .collect()
    };
    assert_eq!(
        afters(390),
        [
            Some("架空の手順を改める。".to_owned()),
            Some("架空部".to_owned())
        ]
    );
    assert_eq!(afters(400), [Some("架空の手順を改める。".to_owned()), None]);
}

/// What the layout adds, end to end: the PDF reader marks where cells begin, the importer
/// parts the 変更前 from the 変更後 by the marks. The same text without them leaves both rows'
/// texts unread: two lines under two lines, and two words on one line, read alike whether they
/// are one cell or two.
#[test]
fn a_change_row_s_texts_are_parted_where_the_page_begins_a_cell() {
    let read = read_pdf(&change_table_pdf(390)).unwrap();
    let texts = |draft: &mynumber_pia::import::Draft| -> Vec<(Option<String>, Option<String>)> {
        let rows = draft.report.changes.iter();
        rows.map(|row| (row.before.clone(), row.after.clone()))
            .collect()
    };
    let owned = |before: &str, after: &str| (Some(before.to_owned()), Some(after.to_owned()));
    assert_eq!(
        texts(&read.import().unwrap()),
        [
            owned("架空の手順で確認する。", "架空の手順を改める。"),
            owned("架空課", "架空部"),
        ],
        "{}\n{:?}",
        read.text,
        read.layout.cell_starts
    );
    assert_eq!(
        texts(&import(&read.text).unwrap()),
        [(None, None), (None, None)]
    );
    // Each line's left edge is where its first character is drawn.
    let lefts: Vec<(&str, f64)> = read
        .text
        .lines()
        .zip(read.layout.line_lefts.iter().copied())
        .collect();
    for (line, x) in [("架空の手順を改", 390.0), ("める。", 390.0), ("Ⅰ7", 120.0)] {
        assert!(lefts.contains(&(line, x)), "{line} at {x}: {lefts:?}");
    }
    // A word that stands apart on its line but not at a column's edge begins no cell.
    let read = read_pdf(&change_table_pdf(400)).unwrap();
    let rows = texts(&read.import().unwrap());
    assert_eq!(
        rows.get(1),
        Some(&(None, None)),
        "{:?}",
        read.layout.cell_starts
    );
}
