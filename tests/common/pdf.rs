//! PDFs made byte by byte for the tests: a PDF from its objects, and one whose text layer is
//! given lines (`tests/import_pdf.rs`, `tests/cli/import.rs`).

/// A PDF from its objects (1 the catalog, 2 the page tree, …), the trailer given
/// `extra` entries.
pub fn pdf(objects: &[&str], extra: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{object}\nendobj\n", i + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R {extra} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    out
}

/// A one-page PDF whose text layer is `lines`, one text line each, top down, drawn with a font
/// (Type 0, Identity-H, no font program) whose `ToUnicode` map gives each character as written in
/// `lines`: a radical where `lines` has one, as a PDF does whose font draws a radical and its
/// ideograph with one glyph and maps it to the radical.
pub fn text_pdf(lines: &[&str]) -> Vec<u8> {
    let runs: Vec<(u32, u32, &str)> = (0u32..)
        .zip(lines)
        .map(|(i, line)| (40, 800 - 20 * i, *line))
        .collect();
    placed_pdf(&runs)
}

/// A one-page PDF whose text layer is `runs`, each `(x, y, text)` drawn in that order at that
/// point (PDF units from the page's bottom left) in the font of [`text_pdf`]: 10 units a
/// character, 10 a line.
pub fn placed_pdf(runs: &[(u32, u32, &str)]) -> Vec<u8> {
    placed_pages(&[runs])
}

/// A PDF of `pages`, each page's text layer its runs as [`placed_pdf`] draws them.
pub fn placed_pages(pages: &[&[(u32, u32, &str)]]) -> Vec<u8> {
    let all_runs = pages.iter().flat_map(|runs| runs.iter());
    let mut chars: Vec<char> = all_runs.flat_map(|(_, _, t)| t.chars()).collect();
    chars.sort_unstable();
    chars.dedup();
    let code = |c: char| chars.binary_search(&c).expect("a character of the runs") + 1;
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    for block in chars.chunks(100) {
        cmap.push_str(&format!("{} beginbfchar\n", block.len()));
        for &c in block {
            let mut units = [0u16; 2];
            let utf16: String = c
                .encode_utf16(&mut units)
                .iter()
                .map(|u| format!("{u:04X}"))
                .collect();
            cmap.push_str(&format!("<{:04X}> <{utf16}>\n", code(c)));
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CIDInit /ProcSet findresource pop end end\n");
    let stream = |text: &str| format!("<< /Length {} >>\nstream\n{text}\nendstream", text.len());
    // Objects 1–6: the catalog, the page tree, the font and its parts; then each page and its
    // content, two objects a page.
    let kids: Vec<String> = (0..pages.len())
        .map(|i| format!("{} 0 R", 7 + 2 * i))
        .collect();
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            pages.len()
        ),
        "<< /Type /Font /Subtype /Type0 /BaseFont /Invented /Encoding /Identity-H \
         /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>"
            .to_owned(),
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Invented /CIDSystemInfo \
         << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 \
         /FontDescriptor 5 0 R >>"
            .to_owned(),
        "<< /Type /FontDescriptor /FontName /Invented /Flags 4 /FontBBox [0 -120 1000 880] \
         /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>"
            .to_owned(),
        stream(&cmap),
    ];
    for (i, runs) in pages.iter().enumerate() {
        let mut content = String::new();
        for (x, y, run) in runs.iter() {
            let hex: String = run.chars().map(|c| format!("{:04X}", code(c))).collect();
            content.push_str(&format!("BT /F1 10 Tf 1 0 0 1 {x} {y} Tm <{hex}> Tj ET\n"));
        }
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {} 0 R \
             /Resources << /Font << /F1 3 0 R >> >> >>",
            8 + 2 * i
        ));
        objects.push(stream(&content));
    }
    let objects: Vec<&str> = objects.iter().map(String::as_str).collect();
    pdf(&objects, "")
}

/// The opening of an invented 基礎項目評価書, as a page shows it.
pub const OPENING: [&str; 9] = [
    "特定個人情報保護評価書（基礎項目評価書）",
    "評価書番号 1",
    "評価書名 架空の事務 基礎項目評価書",
    "評価実施機関名 架空市長",
    "公表日 令和6年4月1日",
    "[令和6年10月 様式2]",
    "Ⅰ 関連情報",
    "１．特定個人情報ファイルを取り扱う事務",
    "①事務の名称 住民の架空の事務",
];

/// `lines` with the radicals ⼈ U+2F08 for 人 and ⺠ U+2EA0 for 民 (three in [`OPENING`]).
pub fn with_radicals(lines: &[&str]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l.replace('人', "\u{2F08}").replace('民', "\u{2EA0}"))
        .collect()
}
