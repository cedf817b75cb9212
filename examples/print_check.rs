//! The Rust half of `scripts/print-check`: writes the reports to print, and reads back what
//! poppler's tools say of the printed PDFs.
//!
//! ```sh
//! cargo run --example print_check -- render DIR
//! cargo run --example print_check -- check DIR
//! ```
//!
//! `render` writes, for every embedded sample and for a generated 全項目 report with and without
//! a 200-character unbroken URL at the end of each free-text box, `DIR/<name>.html` (from
//! `render::to_html`) and `DIR/<name>.values` (the text of every value cell of that HTML, one per
//! line, white space removed: what the PDF must show), and lists the names in `DIR/reports`.
//!
//! `check` reads, for each name, `DIR/<name>.pdfinfo` (`pdfinfo -f 1 -l N`), `DIR/<name>.dests`
//! (`pdfinfo -dests`) and `DIR/<name>.bbox.html` (`pdftotext -bbox-layout`: words by block and line), prints each report's figures
//! (pages, median text height) and one line per failure, and exits 1 if there is any:
//! - a page that is not A4;
//! - a value of the report that is not in the PDF's text (cut, or hidden);
//! - a page with fewer than [`MIN_LINES`] lines that does not start a chapter (a page a link of
//!   the 項目一覧 points to) and is not before the first (the cover, the 項目一覧): a chapter's
//!   last rows alone on a page (issue 48) as well as a page left nearly empty inside a chapter;
//! - a cell that is one of [`NOT_ROWS`] alone: a part of a value printed as a row of its own
//!   that the form does not have;
//! - a median text height of the long-URL report more than 3 % from the one without (Chromium
//!   shrinks every page when something is wider than the page).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use mynumber_pia::generate::{Scenario, generate};
use mynumber_pia::render::to_html;
use mynumber_pia::report::Report;
use mynumber_pia::{AssessmentKind, Sample};

/// The fewest lines of text a page holds unless it starts a chapter.
const MIN_LINES: usize = 6;

/// The height of the page's top and bottom margins that hold the header and the footer, in pt
/// (the style sheet's are 15 and 16 mm: 42.5 and 45.4 pt).
const MARGIN: f64 = 40.0;

/// The length of the pieces a value is looked for in when it is not found whole.
const PIECE: usize = 12;

/// How far the median text height of the long-URL report may be from the one without.
const MAX_HEIGHT_DRIFT: f64 = 0.03;

/// Labels that are no row of the forms: the （1）情報提供の根拠 and （2）情報照会の根拠 of the
/// 法令上の根拠 of 情報連携 are stretches of its one cell (様式4 Ⅰ6②, 様式3 Ⅰ6②).
const NOT_ROWS: [&str; 2] = ["情報提供の根拠", "情報照会の根拠"];

/// The generated report and its long-URL twin.
const GENERATED: &str = "generated-full";
const GENERATED_URL: &str = "generated-full-long-url";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [mode, dir] if mode == "render" => render(Path::new(dir)),
        [mode, dir] if mode == "check" => check(Path::new(dir)),
        _ => Err("使い方: print_check render DIR | print_check check DIR".to_owned()),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("print-check: {message}");
            ExitCode::from(2)
        }
    }
}

/// A 200-character URL without a space or a break opportunity before its end.
fn long_url() -> String {
    let mut url = "https://www.example.lg.jp/kokuho/".to_owned();
    let mut n = 0;
    while url.len() < 200 {
        url.push(char::from(b'a' + (n % 26) as u8));
        n += 1;
    }
    url
}

/// `report` with `url` at the end of every free-text box: every string of its JSON that, with
/// the URL appended, still loads and reads back with it (names, descriptions, legal bases, その他
/// texts — not labels, dates or numbers).
fn with_url(report: &Report, url: &str) -> Result<Report, String> {
    let json = report.to_json();
    let mut value: serde_json::Value = serde_json::from_str(&json).map_err(|e| e.to_string())?;
    let mut paths = Vec::new();
    strings(&value, &mut Vec::new(), &mut paths);
    for path in paths {
        let mut trial = value.clone();
        let Some(serde_json::Value::String(text)) = pointer_mut(&mut trial, &path) else {
            continue;
        };
        let appended = format!("{text}{url}");
        *text = appended.clone();
        let Ok(loaded) = Report::from_json(&trial.to_string()) else {
            continue;
        };
        let back: serde_json::Value = serde_json::from_str(&loaded.to_json()).unwrap_or_default();
        if pointer(&back, &path).and_then(serde_json::Value::as_str) == Some(appended.as_str()) {
            value = trial;
        }
    }
    Report::from_json(&value.to_string()).map_err(|e| e.to_string())
}

/// A step of a path into a JSON value.
#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// The paths of every string of `value`.
fn strings(value: &serde_json::Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    match value {
        serde_json::Value::String(_) => out.push(at.clone()),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                at.push(Step::Index(i));
                strings(item, at, out);
                at.pop();
            }
        }
        serde_json::Value::Object(map) => {
            for (key, item) in map {
                // The schema version and the form are not text of the report.
                if at.is_empty() && matches!(key.as_str(), "schema_version" | "form") {
                    continue;
                }
                at.push(Step::Key(key.clone()));
                strings(item, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn pointer<'a>(value: &'a serde_json::Value, path: &[Step]) -> Option<&'a serde_json::Value> {
    path.iter().try_fold(value, |v, step| match step {
        Step::Key(k) => v.get(k),
        Step::Index(i) => v.get(i),
    })
}

fn pointer_mut<'a>(
    value: &'a mut serde_json::Value,
    path: &[Step],
) -> Option<&'a mut serde_json::Value> {
    path.iter().try_fold(value, |v, step| match step {
        Step::Key(k) => v.get_mut(k),
        Step::Index(i) => v.get_mut(i),
    })
}

/// The texts of every value cell of `html`, one per line, white space removed: each run of text
/// the HTML shows in a value cell (a cell's lines, a box's label, a chosen option), which the
/// PDF's text must hold whole, in whatever order it reads the cells.
fn values(html: &str) -> String {
    let doc = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse("td, .cover .value, .form-version")
        .unwrap_or_else(|e| panic!("a valid selector: {e:?}"));
    let mut out = String::new();
    for el in doc.select(&selector) {
        for text in el.text() {
            let text = normalise(text);
            if !text.is_empty() {
                out.push_str(&text);
                out.push('\n');
            }
        }
    }
    out
}

/// Text as compared: white space removed, and the compatibility forms a PDF's text may hold for
/// a CJK character (a Kangxi radical for its ideograph) folded.
fn normalise(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(fold_radical)
        .collect()
}

/// The CJK ideograph a Kangxi radical or a CJK radical supplement character is printed as, where
/// PDF text extraction maps a glyph to the radical (`⾏` for `行`).
fn fold_radical(c: char) -> char {
    const KANGXI: &str = "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";
    match c {
        '\u{2F00}'..='\u{2FD5}' => KANGXI.chars().nth(c as usize - 0x2F00).unwrap_or(c),
        _ => c,
    }
}

#[allow(clippy::disallowed_methods)] // the example does the check's I/O (clippy.toml)
fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

#[allow(clippy::disallowed_methods)] // the example does the check's I/O (clippy.toml)
fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn render(dir: &Path) -> Result<bool, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut reports: Vec<(String, Report)> = Vec::new();
    for &sample in Sample::ALL {
        let report = sample.load().map_err(|e| e.to_string())?;
        reports.push((sample.as_str().to_owned(), report));
    }
    let scenario = Scenario::default()
        .with_form(AssessmentKind::Full)
        .with_files(2)
        .with_systems(3)
        .with_entrustments(3)
        .with_re_entrustment_depth(2)
        .with_provisions(3)
        .with_transfers(2);
    let generated = generate(&scenario, 1).map_err(|e| e.to_string())?;
    let long = with_url(&generated, &long_url())?;
    reports.push((GENERATED.to_owned(), generated));
    reports.push((GENERATED_URL.to_owned(), long));
    let mut names = String::new();
    for (name, report) in &reports {
        let html = to_html(report);
        write(&dir.join(format!("{name}.html")), &html)?;
        write(&dir.join(format!("{name}.values")), &values(&html))?;
        names.push_str(name);
        names.push('\n');
    }
    write(&dir.join("reports"), &names)?;
    Ok(true)
}

/// A word of `pdftotext -bbox-layout`: its page (from 1), top, bottom and text.
struct Word {
    page: usize,
    y_min: f64,
    y_max: f64,
    text: String,
}

/// The value of attribute `name` in the tag `tag`.
fn attribute(tag: &str, name: &str) -> Option<f64> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let rest = tag.get(at..)?;
    rest.get(..rest.find('"')?)?.parse().ok()
}

/// Undoes the five entities pdftotext writes.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// A line of `pdftotext -bbox-layout`: its page (from 1), left edge, top and text.
struct Line {
    page: usize,
    x_min: f64,
    /// The right edge of the last word so far; 0 before the first.
    x_max: f64,
    y_min: f64,
    text: String,
}

/// The gaps between two words of a line, in pt, taken as the gap between two cells: the text is
/// read once with each (a half-width space is about 2 pt, a full-width one 9 pt, the padding
/// between two cells 9 pt or more).
const CELL_GAPS: [f64; 3] = [4.0, 8.0, 12.0];

/// The pages (each with its width and height), words and lines of a `pdftotext -bbox-layout`
/// document.
fn words(bbox: &str, cell_gap: f64) -> (Vec<(f64, f64)>, Vec<Word>, Vec<Line>) {
    let mut pages = Vec::new();
    let mut words = Vec::new();
    let mut lines: Vec<Line> = Vec::new();
    for line in bbox.lines() {
        let line = line.trim();
        if line.starts_with("<page ") {
            pages.push((
                attribute(line, "width").unwrap_or(0.0),
                attribute(line, "height").unwrap_or(0.0),
            ));
        } else if line.starts_with("<line ") {
            lines.push(Line {
                page: pages.len(),
                x_min: attribute(line, "xMin").unwrap_or(0.0),
                x_max: 0.0,
                y_min: attribute(line, "yMin").unwrap_or(0.0),
                text: String::new(),
            });
        } else if let Some(tag_end) = line.strip_prefix("<word ").and_then(|_| line.find('>')) {
            let tag = line.get(..tag_end).unwrap_or("");
            let text = line
                .get(tag_end + 1..)
                .and_then(|t| t.strip_suffix("</word>"))
                .unwrap_or("");
            let text = unescape(text);
            let (x_min, x_max) = (
                attribute(tag, "xMin").unwrap_or(0.0),
                attribute(tag, "xMax").unwrap_or(0.0),
            );
            // A gap wider than a few spaces between two words of a line is the gap between
            // two cells: the second starts a line of its own.
            match lines.last_mut() {
                Some(last)
                    if last.page == pages.len()
                        && (last.x_max == 0.0 || x_min - last.x_max < cell_gap) =>
                {
                    if last.x_max == 0.0 {
                        last.x_min = x_min;
                    }
                    last.x_max = x_max;
                    last.text.push_str(&normalise(&text));
                }
                Some(last) => {
                    let y_min = last.y_min;
                    lines.push(Line {
                        page: pages.len(),
                        x_min,
                        x_max,
                        y_min,
                        text: normalise(&text),
                    });
                }
                None => {}
            }
            words.push(Word {
                page: pages.len(),
                y_min: attribute(tag, "yMin").unwrap_or(0.0),
                y_max: attribute(tag, "yMax").unwrap_or(0.0),
                text,
            });
        }
    }
    (pages, words, lines)
}

/// The text of the document read column by column: the lines that start at one left edge (a
/// column of cells) in the order of the pages and from the top, one column after the other. A
/// cell's text that wraps is whole here even where the PDF's own reading order puts the line
/// of a neighbouring cell between its lines.
fn columns(lines: &[Line]) -> String {
    let mut by_edge: BTreeMap<i64, Vec<&Line>> = BTreeMap::new();
    for line in lines {
        by_edge
            .entry((line.x_min * 2.0).round() as i64)
            .or_default()
            .push(line);
    }
    let mut text = String::new();
    for column in by_edge.values_mut() {
        column.sort_by(|a, b| a.page.cmp(&b.page).then(a.y_min.total_cmp(&b.y_min)));
        for line in column.iter() {
            text.push_str(&line.text);
        }
        text.push('\n');
    }
    text
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    match xs.len() {
        0 => 0.0,
        n if n % 2 == 1 => xs.get(n / 2).copied().unwrap_or(0.0),
        n => {
            (xs.get(n / 2 - 1).copied().unwrap_or(0.0) + xs.get(n / 2).copied().unwrap_or(0.0))
                / 2.0
        }
    }
}

/// The lines of a page: words whose vertical middles are within half a line of each other.
fn lines_of(words: &[&Word]) -> usize {
    let mut middles: Vec<f64> = words.iter().map(|w| (w.y_min + w.y_max) / 2.0).collect();
    middles.sort_by(f64::total_cmp);
    let mut lines = 0;
    let mut last = f64::NEG_INFINITY;
    for m in middles {
        if m - last > 3.0 {
            lines += 1;
            last = m;
        }
    }
    lines
}

/// The figures of one printed report.
struct Figures {
    median_height: f64,
}

fn check(dir: &Path) -> Result<bool, String> {
    let names = read(&dir.join("reports"))?;
    let mut failures: Vec<String> = Vec::new();
    let mut figures: BTreeMap<String, Figures> = BTreeMap::new();
    for name in names.lines().filter(|n| !n.is_empty()) {
        let file = |ext: &str| -> PathBuf { dir.join(format!("{name}.{ext}")) };
        let info = read(&file("pdfinfo"))?;
        let dests = read(&file("dests"))?;
        let bbox = read(&file("bbox.html"))?;
        let values = read(&file("values"))?;
        let (pages, words, _) = words(&bbox, 0.0);

        // Every page A4 (595.28 × 841.89 pt; Chromium writes 595.92 × 842.88).
        for line in info
            .lines()
            .filter(|l| l.starts_with("Page ") && l.contains(" size: "))
        {
            if !line.contains("(A4)") {
                failures.push(format!("{name}: not A4: {}", line.trim()));
            }
        }
        if pages.is_empty() {
            failures.push(format!("{name}: the PDF has no page"));
            continue;
        }

        // The pages a link of the 項目一覧 points to: each starts a chapter.
        let starts: Vec<usize> = dests
            .lines()
            .filter_map(|l| l.split_whitespace().next()?.parse().ok())
            .collect();
        if starts.is_empty() {
            failures.push(format!("{name}: no link target of the 項目一覧 in the PDF"));
        }

        let heights: Vec<f64> = words
            .iter()
            .map(|w| w.y_max - w.y_min)
            .filter(|h| *h > 0.0)
            .collect();
        let median_height = median(heights);
        figures.insert(name.to_owned(), Figures { median_height });
        println!(
            "{name}: {} pages, median text height {median_height:.2} pt",
            pages.len()
        );

        // Sparse pages.
        for page in 1..=pages.len() {
            // The page's own text: not the header and footer in its margins.
            let height = pages.get(page - 1).map_or(0.0, |p| p.1);
            let on_page: Vec<&Word> = words
                .iter()
                .filter(|w| w.page == page && w.y_min > MARGIN && w.y_max < height - MARGIN)
                .collect();
            let lines = lines_of(&on_page);
            // The cover and the 項目一覧 come before the first chapter, each a page of its own.
            let before_chapters = starts.iter().all(|&start| page < start);
            let starts_chapter = starts.contains(&page);
            if lines < MIN_LINES && !starts_chapter && !before_chapters {
                failures.push(format!(
                    "{name}: page {page} holds {lines} lines and does not start a chapter"
                ));
            }
        }

        // No cell that is a label the form does not have.
        let cells = self::words(&bbox, CELL_GAPS[1]).2;
        for cell in &cells {
            let text = normalise(&cell.text);
            if NOT_ROWS.contains(&text.as_str()) {
                failures.push(format!(
                    "{name}: page {}: a row 「{text}」 that the form does not have",
                    cell.page
                ));
            }
        }

        // Every value in the text.
        let mut text = String::new();
        for w in &words {
            text.push_str(&normalise(&w.text));
        }
        for gap in CELL_GAPS {
            text.push('\n');
            text.push_str(&columns(&self::words(&bbox, gap).2));
        }
        let mut missing = 0;
        let mut first = String::new();
        for value in values.lines().filter(|v| !v.is_empty()) {
            // A text that breaks across pages, or that the PDF's reading order splits where a
            // neighbouring cell's line comes between, is found piece by piece.
            let chars: Vec<char> = value.chars().collect();
            let whole = text.contains(value)
                || chars
                    .chunks(PIECE)
                    .all(|piece| text.contains(&piece.iter().collect::<String>()));
            if !whole {
                if missing == 0 {
                    first = value.chars().take(60).collect();
                }
                missing += 1;
            }
        }
        if missing > 0 {
            failures.push(format!(
                "{name}: {missing} values not in the PDF's text, the first «{first}»"
            ));
        }
    }
    if let (Some(plain), Some(long)) = (figures.get(GENERATED), figures.get(GENERATED_URL)) {
        let drift = (long.median_height - plain.median_height).abs() / plain.median_height;
        let mut line = String::new();
        let _ = write!(
            line,
            "{GENERATED_URL}: median text height {:.2} pt against {:.2} pt without the URLs ({:+.1} %)",
            long.median_height,
            plain.median_height,
            drift * 100.0
        );
        println!("{line}");
        // A NaN (no text at all) fails too.
        if drift.is_nan() || drift > MAX_HEIGHT_DRIFT {
            failures.push(format!("{GENERATED_URL}: the pages are scaled: {line}"));
        }
    } else {
        failures.push(format!("{GENERATED} or {GENERATED_URL} was not printed"));
    }
    for failure in &failures {
        println!("FAIL {failure}");
    }
    Ok(failures.is_empty())
}
