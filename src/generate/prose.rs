//! The free text of generated reports, in the lengths and shapes published reports show: from
//! one line to a page, with bullets (・), numbered lists (（１）, 1., ①), long URLs, full-width
//! digits and parentheses nested two deep. Every sentence is put together here from invented
//! parts (who, what, how often, what is done), never taken from a published report.
//!
//! The lengths follow the seeds of the crate's tests: most cells hold one or two sentences
//! (their median text is 12–16 characters, nine in ten under 80), some a list or a paragraph,
//! a few run to a page (the longest about 1,200 characters).

use super::rng::{SplitMix64, cycle};

/// Who does something.
const ACTORS: &[&str] = &[
    "担当課",
    // The word the older forms print for the head of the 担当部署 (the form model holds it).
    crate::form::DEPARTMENT_HEAD,
    "システム管理者",
    "情報セキュリティ責任者",
    "委託先の作業責任者",
    "窓口の担当職員",
    "運用管理者",
    "庁内の点検担当",
];

/// What is handled.
const OBJECTS: &[&str] = &[
    "操作の記録",
    "端末の設定",
    "申請書の写し",
    "媒体の受渡しの記録",
    "利用者のID",
    "保管庫の鍵",
    "照会の結果",
    "バックアップの媒体",
    "作業の手順書",
    "通知書の控え",
];

/// What is done with it (the end of a sentence).
const ACTIONS: &[&str] = &[
    "確認し、その結果を記録する",
    "施錠できる場所で管理する",
    "二人で照合してから登録する",
    "書面で報告させる",
    "不要になった時点で消去する",
    "権限のある職員だけが扱えるようにする",
    "定期的に見直し、必要に応じて改める",
    "外部に持ち出さない",
];

/// How often (written with full-width digits, as printed reports often do).
const WHEN: &[&str] = &[
    "毎日、",
    "毎月１回、",
    "年２回、",
    "四半期ごとに、",
    "作業の都度、",
    "異動の日から５日以内に、",
    "",
    "",
];

/// Words that open a sentence of a longer text.
const OPENERS: &[&str] = &["また、", "さらに、", "なお、", "このほか、", ""];

/// Asides in parentheses, two deep (「（…（…）…）」).
const ASIDES: &[&str] = &[
    "（手順は運用要領（第３版）に定める。）",
    "（対象は全ての端末（予備機を含む。）とする。）",
    "（記録は５年間（年度末まで）保存する。）",
];

/// Headings of a page-long text.
const HEADINGS: &[&str] = &[
    "【体制】",
    "【手順】",
    "【点検】",
    "【教育】",
    "【記録の管理】",
];

/// Path words of invented URLs.
const URL_WORDS: &[&str] = &[
    "kurashi",
    "tetsuzuki",
    "mynumber",
    "hogohyoka",
    "kojinjoho",
    "hyokasho",
    "ichiran",
    "shiryo",
];

/// One word of `table`, pushed to `out`.
fn push_one(rng: &mut SplitMix64, table: &[&str], out: &mut String) {
    let word = *rng.one(table);
    out.push_str(word);
}

/// One sentence: `[when] actor は、object を action。` (the bracketed word may be left out).
fn sentence(rng: &mut SplitMix64, out: &mut String) {
    push_one(rng, WHEN, out);
    push_one(rng, ACTORS, out);
    out.push_str("は、");
    push_one(rng, OBJECTS, out);
    out.push('を');
    push_one(rng, ACTIONS, out);
    out.push('。');
}

/// Sentences one after another on one line (`low` to `high` of them), the later ones opened by
/// a connective, one in four with an aside.
fn paragraph(rng: &mut SplitMix64, (low, high): (u64, u64), out: &mut String) {
    for i in 0..rng.between(low, high) {
        if i > 0 {
            push_one(rng, OPENERS, out);
        }
        sentence(rng, out);
        if rng.chance(1, 4) {
            push_one(rng, ASIDES, out);
        }
    }
}

/// A list of `low` to `high` lines, each marked in one style: ・, （１）, 1. (full-width
/// numbers as printed reports write them). Not ①: the importer reads a line that starts with a
/// circled number as the item of that number (`import`'s limit, not the forms').
fn list(rng: &mut SplitMix64, (low, high): (u64, u64), out: &mut String) {
    let style = rng.below(3);
    for i in 0..rng.between(low, high) {
        if i > 0 {
            out.push('\n');
        }
        let n = i + 1;
        match style {
            0 => out.push('・'),
            1 => {
                out.push('（');
                push_full_width(n, out);
                out.push('）');
            }
            _ => {
                out.push_str(&n.to_string());
                out.push_str(". ");
            }
        }
        sentence(rng, out);
    }
}

/// `n` in full-width digits.
fn push_full_width(n: u64, out: &mut String) {
    for c in n.to_string().chars() {
        out.push(char::from_u32(u32::from(c) - u32::from('0') + 0xFF10).unwrap_or(c));
    }
}

/// A long invented URL (80 to 160 characters, no character that Markdown reads as markup).
fn url(rng: &mut SplitMix64, out: &mut String) {
    out.push_str("https://www.example.lg.jp");
    let target = 80 + rng.below(81) as usize;
    let start = out.len();
    while out.len() - start < target - 30 {
        out.push('/');
        push_one(rng, URL_WORDS, out);
    }
    out.push('/');
    push_hex(rng.next_u64(), out);
    out.push_str(".html");
}

/// `n` in 16 lowercase hex digits, as `format!("{n:016x}")` writes it, a digit at a time.
/// Callgrind, `generate/full_report` (a report generated and dropped, see [`room`]): 251.5 k
/// instructions a report, 253.7 k with the URL's last part `format!`ted.
fn push_hex(n: u64, out: &mut String) {
    for place in (0..16).rev() {
        // Four bits: a digit below 16.
        let digit = ((n >> (place * 4)) & 0xF) as u32;
        out.push(char::from_digit(digit, 16).unwrap_or('0'));
    }
}

/// A page: headed parts, each a paragraph and a list, one with a URL (about 1,000 to 2,000
/// characters).
fn page(rng: &mut SplitMix64, out: &mut String) {
    let parts = 3 + rng.below(3);
    let first = rng.index(HEADINGS.len());
    for i in 0..parts {
        if i > 0 {
            out.push('\n');
        }
        let heading = *cycle(HEADINGS, first + i as usize);
        out.push_str(heading);
        out.push('\n');
        paragraph(rng, (3, 5), out);
        out.push('\n');
        list(rng, (3, 6), out);
        if i == 0 {
            out.push_str("\n詳細は次のページに掲載している。\n");
            url(rng, out);
        }
    }
}

/// A text of a length drawn as the seeds show them: one sentence (one in two), two or three
/// on a line (one in four), a list (one in eight), a paragraph with a URL (about one in
/// twenty), or a page (one in fifty).
pub(crate) fn text(rng: &mut SplitMix64) -> String {
    let shape = rng.below(100);
    let mut out = String::with_capacity(room(shape));
    match shape {
        0..50 => sentence(rng, &mut out),
        50..75 => paragraph(rng, (2, 3), &mut out),
        75..88 => {
            paragraph(rng, (1, 1), &mut out);
            out.push('\n');
            list(rng, (2, 6), &mut out);
        }
        88..98 => {
            paragraph(rng, (4, 8), &mut out);
            out.push_str("\n参考: ");
            url(rng, &mut out);
        }
        _ => page(rng, &mut out),
    }
    out
}

/// The bytes a text of `shape` (the draw of [`text`]) is given before it is written: enough for
/// most texts of the shape (a sentence takes at most 162 bytes, an aside 69), so that a text is
/// not moved as it grows. Callgrind, `generate/full_report` (benches/generate.rs, b9c3389's
/// report, seeds 0–199): 268 k instructions a report, 316 k when every text started empty and
/// grew by `realloc`.
fn room(shape: u64) -> usize {
    match shape {
        0..50 => 192,
        50..75 => 768,
        75..88 => 1_280,
        88..98 => 2_304,
        _ => 8_192,
    }
}

/// A short text (one in three), else `fixed`: the items whose text a report keeps short but
/// sometimes says more about.
pub(crate) fn or_more(rng: &mut SplitMix64, fixed: &str) -> String {
    if rng.chance(1, 3) {
        // Room for one sentence and an aside after `fixed` (see `room`).
        let mut out = String::with_capacity(fixed.len() + 256);
        out.push_str(fixed);
        paragraph(rng, (1, 1), &mut out);
        out
    } else {
        fixed.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_span_one_line_to_a_page() {
        let mut rng = SplitMix64::new(3);
        let lengths: Vec<usize> = (0..2_000).map(|_| text(&mut rng).chars().count()).collect();
        let (min, max) = (lengths.iter().min(), lengths.iter().max());
        assert!(min.is_some_and(|&n| n < 60), "{min:?}");
        assert!(max.is_some_and(|&n| n > 1_000), "{max:?}");
    }

    #[test]
    fn shapes_are_written_as_printed_reports_write_them() {
        let mut rng = SplitMix64::new(9);
        let all: String = (0..2_000).map(|_| text(&mut rng)).collect();
        for shape in [
            "・",
            "（１）",
            "1. ",
            "https://",
            "（第３版）",
            "（予備機を含む。）",
        ] {
            assert!(all.contains(shape), "{shape}");
        }
        let mut out = String::new();
        push_full_width(120, &mut out);
        assert_eq!(out, "１２０");
        for n in [0, 1, 0xabc, u64::MAX, 0x0123_4567_89ab_cdef] {
            let mut out = String::new();
            push_hex(n, &mut out);
            assert_eq!(out, format!("{n:016x}"));
        }
    }
}
