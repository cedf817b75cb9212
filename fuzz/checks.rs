//! The fuzz targets' checks, one set shared by the libFuzzer targets (`fuzz/fuzz_targets/*.rs`)
//! and the stable driver (`examples/fuzz/main.rs`), both of which include this file with
//! `#[path]`, so the two cannot drift apart.
//!
//! A check takes one text and returns `Ok(true)` when the parser accepted it, `Ok(false)` when
//! it refused it as it should (a typed error with a one-line message), and `Err(why)` when a
//! property failed: a round trip that does not come back, a message on several lines, two
//! parsers that disagree. A panic inside a check is a failure too: the driver catches it, and
//! libFuzzer reports it as a crash. Each `why` starts with the name of the property and a colon,
//! so that the driver can tell one failure from another while it shrinks an input.

use std::fmt::Display;

use chrono::{Datelike, NaiveDate, Weekday};
use mynumber_pia::Choice;
use mynumber_pia::import::{
    BinaryReason, DecodeError, Draft, Encoding, ImportError, decode as decode_text,
    import as import_text, import_bytes,
};
use mynumber_pia::legal_basis::{Citation, LegalBasis, Target as CitationTarget};
use mynumber_pia::report::ItemPath;
use mynumber_pia::threshold::{
    HandlerCount, HandlerCountBand, StatedThresholdResult, SubjectCount, SubjectCountBand,
};
use mynumber_pia::wareki::{
    DateKind, DateRange, DateValue, FiscalYear, WarekiDate, WarekiError, WarekiYear, YearMonth,
};
use mynumber_pia::{AssessmentKind, Report, Sample, ValidationReport, validate};

/// What a check says about one input.
pub type Verdict = Result<bool, String>;

/// One fuzz target: its name (the libFuzzer binary and the driver's argument), what it checks,
/// the check, and the seed corpus taken from the samples' strings.
pub struct Target {
    /// The name: `date`, `period`, `count`, `legal_basis`, `schedule`, `diff`, `report`, `decode`,
    /// `import`.
    pub name: &'static str,
    /// One line saying what is checked.
    pub about: &'static str,
    /// The check.
    pub check: fn(&str) -> Verdict,
    /// The seed corpus.
    pub seeds: fn() -> Vec<String>,
    /// Whether the inputs are JSON documents (the driver then mutates the document's values).
    pub json: bool,
}

/// Every target, in the order `all` runs them.
pub const TARGETS: &[Target] = &[
    Target {
        name: "date",
        about: "WarekiDate::parse; an accepted day reads back from seven written styles and with its weekday",
        check: date,
        seeds: date_seeds,
        json: false,
    },
    Target {
        name: "period",
        about: "DateValue::parse (年月, 年度, 年, 期間); each kind's own parser agrees; official, short and ISO styles read back",
        check: period,
        seeds: date_seeds,
        json: false,
    },
    Target {
        name: "count",
        about: "対象人数, 取扱者数 (exact or band), しきい値判断結果: Display, JSON and the band read back",
        check: count,
        seeds: count_seeds,
        json: false,
    },
    Target {
        name: "legal_basis",
        about: "LegalBasis::parse: spans inside the text, every canonical line parses back to its citation, JSON",
        check: legal_basis,
        seeds: legal_basis_seeds,
        json: false,
    },
    Target {
        name: "schedule",
        about: "schedule of a loaded report: obligations, the register, iCalendar (lines of at most 75 octets, CRLF), JSON",
        check: schedule,
        seeds: report_seeds,
        json: true,
    },
    Target {
        name: "diff",
        about: "change::compare of a loaded report with itself (no change) and with its form's example (one-line places, JSON), the 変更箇所 rows it writes",
        check: diff,
        seeds: report_seeds,
        json: true,
    },
    Target {
        name: "report",
        about: "report JSON: load → validate → to_json → from_json gives the same report and the same findings",
        check: report,
        seeds: report_seeds,
        json: true,
    },
    Target {
        name: "decode",
        about: "import::decode of the text as UTF-8 (± BOM), Shift_JIS, UTF-16 and as arbitrary bytes: reads back but for line ends, or a one-line refusal at a byte inside the input",
        check: decode,
        seeds: decode_seeds,
        json: false,
    },
    Target {
        name: "import",
        about: "import::import of any text and import_bytes of its bytes: no panic; a draft's report loads back from its JSON, every trace pointer is in that JSON, every line range inside the input; a refusal is one line",
        check: import,
        seeds: import_seeds,
        json: false,
    },
];

/// The target named `name`.
pub fn target(name: &str) -> Option<&'static Target> {
    TARGETS.iter().find(|t| t.name == name)
}

/// For a libFuzzer target: runs the check of `name` on `data` (when it is UTF-8, as every
/// parser takes `&str`) and panics on a failed property, which libFuzzer reports as a crash.
pub fn fuzz(name: &str, data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(t) = target(name) else {
        panic!("no fuzz target {name}");
    };
    if let Err(why) = (t.check)(text) {
        panic!("{name}: {why}");
    }
}

/// For the libFuzzer target `decode`, which takes the raw bytes (the decoder reads bytes, not
/// text): [`decode_bytes`], a failed property a panic.
pub fn fuzz_bytes(data: &[u8]) {
    if let Err(why) = decode_bytes(data) {
        panic!("decode: {why}");
    }
}

/// For the libFuzzer target `import`, which takes the raw bytes: [`import_of_bytes`], and
/// [`import`] of them when they are UTF-8; a failed property a panic.
pub fn fuzz_import(data: &[u8]) {
    let checked = match std::str::from_utf8(data) {
        Ok(text) => import(text),
        Err(_) => import_of_bytes(data),
    };
    if let Err(why) = checked {
        panic!("import: {why}");
    }
}

// --- Helpers --------------------------------------------------------------------------------

macro_rules! ensure {
    ($cond:expr, $property:literal, $($arg:tt)*) => {
        if !$cond {
            return Err(format!(concat!($property, ": {}"), format!($($arg)*)));
        }
    };
}

/// An error message is one line: no character that could move the cursor or the reading order
/// (control characters, bidi controls, U+2028/U+2029; the house rule: the crate escapes them in
/// an echoed input, `mynumber_pia::visible::Visible`).
fn one_line(what: &str, message: impl Display) -> Result<(), String> {
    let message = message.to_string();
    ensure!(
        !message.chars().any(mynumber_pia::visible::is_unsafe_char),
        "one-line message",
        "{what}: {message:?}"
    );
    ensure!(!message.is_empty(), "one-line message", "{what}: empty");
    Ok(())
}

/// The days the checks validate reports against: today's kind of date, one before most
/// reports were written, one far ahead.
fn reference_dates() -> [NaiveDate; 3] {
    [(2026, 11, 20), (2015, 1, 1), (2100, 4, 1)]
        .map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN))
}

// --- date -----------------------------------------------------------------------------------

/// Full-width digits ０–９.
pub const FULL_WIDTH_DIGITS: [char; 10] =
    ['０', '１', '２', '３', '４', '５', '６', '７', '８', '９'];
/// Kanji digits 〇–九.
pub const KANJI_DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

fn full_width(n: u32) -> String {
    n.to_string()
        .bytes()
        .map(|b| FULL_WIDTH_DIGITS[usize::from(b - b'0')])
        .collect()
}

/// `n` (below 10,000) in kanji numerals with 千, 百, 十 (`二千二十四`, `十二`, `三十一`).
pub fn kanji(n: u32) -> String {
    if n == 0 {
        return "〇".to_owned();
    }
    let mut out = String::new();
    let mut rest = n;
    for (unit, name) in [(1000, '千'), (100, '百'), (10, '十')] {
        let d = rest / unit;
        rest %= unit;
        if d > 0 {
            if d > 1 {
                out.push(KANJI_DIGITS[d as usize]);
            }
            out.push(name);
        }
    }
    if rest > 0 {
        out.push(KANJI_DIGITS[rest as usize]);
    }
    out
}

/// The one-character Japanese weekday (月 for Monday … 日 for Sunday).
fn weekday(w: Weekday) -> char {
    "月火水木金土日"
        .chars()
        .nth(w.num_days_from_monday() as usize)
        .unwrap_or('?')
}

/// The era's name for a written style (元年 for year 1).
fn era_year(year: u32, digits: fn(u32) -> String) -> String {
    if year == 1 {
        "元".to_owned()
    } else {
        digits(year)
    }
}

/// Seven written styles of one day, as reports write it: official (`令和6年12月6日`), short
/// (`R6.12.6`), ISO (`2024-12-06`), full-width digits (`令和６年１２月６日`), kanji numerals
/// (`令和六年十二月六日`), Gregorian with slashes (`2024/12/6`) and Gregorian with 年月日
/// (`2024年12月6日`).
pub fn day_styles(d: WarekiDate) -> [String; 7] {
    let n = d.to_naive();
    let era = d.era().label();
    [
        d.to_string(),
        d.short().to_string(),
        d.iso().to_string(),
        format!(
            "{era}{}年{}月{}日",
            era_year(d.year(), full_width),
            full_width(d.month()),
            full_width(d.day())
        ),
        format!(
            "{era}{}年{}月{}日",
            era_year(d.year(), kanji),
            kanji(d.month()),
            kanji(d.day())
        ),
        format!("{}/{}/{}", n.year(), n.month(), n.day()),
        format!("{}年{}月{}日", n.year(), n.month(), n.day()),
    ]
}

/// Every written style of `d` (and the official style with its weekday) reads back as `d`.
pub fn day_round_trips(d: WarekiDate) -> Result<(), String> {
    for text in day_styles(d) {
        let back = WarekiDate::parse(&text);
        ensure!(back == Ok(d), "day style", "{d:?} → {text:?} → {back:?}");
    }
    let with_weekday = format!("{d}（{}）", weekday(d.weekday()));
    let back = WarekiDate::parse(&with_weekday);
    ensure!(
        back == Ok(d),
        "day style",
        "{d:?} → {with_weekday:?} → {back:?}"
    );
    let back = WarekiDate::from_naive(d.to_naive());
    ensure!(back == Ok(d), "day from_naive", "{d:?} → {back:?}");
    let back = WarekiDate::new(d.era(), d.year(), d.month(), d.day());
    ensure!(back == Ok(d), "day new", "{d:?} → {back:?}");
    Ok(())
}

/// `WarekiDate::parse`: a day reads back from its seven styles; a refusal is one line and
/// `DateValue::parse` does not read a day from the same text.
pub fn date(text: &str) -> Verdict {
    let value = DateValue::parse(text);
    match WarekiDate::parse(text) {
        Ok(d) => {
            ensure!(
                value == Ok(DateValue::Day(d)),
                "parsers agree",
                "{text:?}: WarekiDate {d:?}, DateValue {value:?}"
            );
            day_round_trips(d)?;
            Ok(true)
        }
        Err(e) => {
            one_line("WarekiError", e)?;
            ensure!(
                !matches!(value, Ok(DateValue::Day(_))),
                "parsers agree",
                "{text:?}: WarekiDate {e:?}, DateValue {value:?}"
            );
            Ok(false)
        }
    }
}

// --- period ---------------------------------------------------------------------------------

fn same<T: PartialEq + std::fmt::Debug>(
    property: &str,
    text: &str,
    written: &str,
    got: Result<T, WarekiError>,
    want: &T,
) -> Result<(), String> {
    match got {
        Ok(back) if back == *want => Ok(()),
        other => Err(format!(
            "{property}: {text:?} → {want:?} → {written:?} → {other:?}"
        )),
    }
}

/// `DateValue::parse`: each kind's own parser reads the same value (and refuses other kinds);
/// the official, short and ISO styles read back, with the era they were written in.
pub fn period(text: &str) -> Verdict {
    let value = match DateValue::parse(text) {
        Ok(v) => v,
        Err(e) => {
            one_line("WarekiError", e)?;
            for (kind, result) in [
                ("YearMonth", YearMonth::parse(text).map(|_| ())),
                ("FiscalYear", FiscalYear::parse(text).map(|_| ())),
                ("WarekiYear", WarekiYear::parse(text).map(|_| ())),
                ("DateRange", DateRange::parse(text).map(|_| ())),
            ] {
                ensure!(
                    result.is_err(),
                    "parsers agree",
                    "{text:?}: DateValue {e:?}, {kind} accepts"
                );
            }
            return Ok(false);
        }
    };
    let kinds = [
        (DateKind::YearMonth, YearMonth::parse(text).is_ok()),
        (DateKind::FiscalYear, FiscalYear::parse(text).is_ok()),
        (DateKind::Year, WarekiYear::parse(text).is_ok()),
        (DateKind::Range, DateRange::parse(text).is_ok()),
    ];
    for (kind, accepted) in kinds {
        ensure!(
            accepted == (value.kind() == kind),
            "parsers agree",
            "{text:?}: DateValue {value:?}, {kind:?} parser accepts: {accepted}"
        );
    }
    let official = value.to_string();
    ensure!(
        DateValue::parse(&official).map(|v| v.to_string()) == Ok(official.clone()),
        "official style",
        "{text:?} → {value:?} → {official:?} → {:?}",
        DateValue::parse(&official)
    );
    let iso = value.iso().to_string();
    match value {
        DateValue::Day(d) => {
            same("ISO style", text, &iso, WarekiDate::parse(&iso), &d)?;
        }
        DateValue::YearMonth(m) => {
            let short = m.short().to_string();
            for written in [&official, &short] {
                same("month style", text, written, YearMonth::parse(written), &m)?;
                let era = YearMonth::parse(written).map(YearMonth::era);
                ensure!(
                    era == Ok(m.era()),
                    "era kept",
                    "{text:?} → {written:?}: {era:?}"
                );
            }
            same("ISO style", text, &iso, YearMonth::parse(&iso), &m)?;
            ensure!(
                m.contains(m.first_day()) && m.contains(m.last_day()),
                "month bounds",
                "{m:?}"
            );
        }
        DateValue::FiscalYear(fy) => {
            same(
                "fiscal year style",
                text,
                &official,
                FiscalYear::parse(&official),
                &fy,
            )?;
            let era = FiscalYear::parse(&official).map(FiscalYear::era);
            ensure!(
                era == Ok(fy.era()),
                "era kept",
                "{text:?} → {official:?}: {era:?}"
            );
            same("ISO style", text, &iso, FiscalYear::parse(&iso), &fy)?;
            ensure!(
                fy.contains(fy.first_day()) && fy.contains(fy.last_day()),
                "fiscal year bounds",
                "{fy:?}"
            );
        }
        DateValue::Year(y) => {
            same(
                "year style",
                text,
                &official,
                WarekiYear::parse(&official),
                &y,
            )?;
            let era = WarekiYear::parse(&official).map(WarekiYear::era);
            ensure!(
                era == Ok(y.era()),
                "era kept",
                "{text:?} → {official:?}: {era:?}"
            );
            same("ISO style", text, &iso, WarekiYear::parse(&iso), &y)?;
        }
        DateValue::Range(r) => {
            let ends = |v: Result<DateRange, WarekiError>| v.map(|r| (r.start(), r.end()));
            let want = (r.start(), r.end());
            same(
                "range style",
                text,
                &official,
                ends(DateRange::parse(&official)),
                &want,
            )?;
            same("ISO style", text, &iso, ends(DateRange::parse(&iso)), &want)?;
            let days = (r.end().to_naive() - r.start().to_naive()).num_days() + 1;
            ensure!(
                i64::from(r.days()) == days && r.stated_days().is_none_or(|n| n == r.days()),
                "range days",
                "{text:?}: {r:?} has {} days",
                r.days()
            );
            let rebuilt = DateRange::new(r.start(), r.end()).map(|b| (b.start(), b.end()));
            ensure!(rebuilt == Ok(want), "range new", "{r:?} → {rebuilt:?}");
            day_round_trips(r.start())?;
            day_round_trips(r.end())?;
        }
        _ => {}
    }
    Ok(true)
}

// --- count ----------------------------------------------------------------------------------

macro_rules! count_check {
    ($text:expr, $count:ty, $band:ty, $item:literal) => {{
        let text: &str = $text;
        let parsed = text.parse::<$count>();
        let from_json =
            serde_json::from_value::<$count>(serde_json::Value::String(text.to_owned()));
        ensure!(
            parsed.as_ref().ok() == from_json.as_ref().ok(),
            "JSON string agrees",
            "{text:?}: parse {parsed:?}, JSON {from_json:?}"
        );
        match parsed {
            Ok(c) => {
                let shown = c.to_string();
                let back = shown.parse::<$count>();
                ensure!(
                    back == Ok(c),
                    "count Display",
                    "{text:?} → {c:?} → {shown:?} → {back:?}"
                );
                let json = serde_json::to_string(&c).map_err(|e| format!("count JSON: {e}"))?;
                let back = serde_json::from_str::<$count>(&json).ok();
                ensure!(
                    back == Some(c),
                    "count JSON",
                    "{text:?} → {json} → {back:?}"
                );
                if let Some(n) = c.exact() {
                    ensure!(
                        c.band() == <$band>::from_count(n) && c.band().interval().contains(n),
                        "count band",
                        "{c:?} in {:?}",
                        c.band()
                    );
                }
                Ok::<bool, String>(true)
            }
            Err(e) => {
                one_line(concat!($item, " error"), &e)?;
                ensure!(
                    e.input() == text,
                    "error input",
                    "{text:?} → {:?}",
                    e.input()
                );
                ensure!(e.item() == $item, "error item", "{text:?} → {:?}", e.item());
                Ok(false)
            }
        }
    }};
}

fn choice_round_trip<C>(text: &str) -> Verdict
where
    C: Choice + std::str::FromStr + Display + PartialEq + std::fmt::Debug,
    C::Err: Display,
{
    match text.parse::<C>() {
        Ok(c) => {
            for written in [c.to_string(), c.label().to_owned()] {
                let back = written.parse::<C>().ok();
                ensure!(
                    back.as_ref() == Some(&c),
                    "choice label",
                    "{text:?} → {c:?} → {written:?} → {back:?}"
                );
            }
            Ok(true)
        }
        Err(e) => {
            one_line("choice error", &e)?;
            Ok(false)
        }
    }
}

/// 対象人数 and 取扱者数 (an exact count or a band) and しきい値判断結果: `Display` and JSON
/// read back, a JSON string reads as the text does, an exact count lies in its band, errors
/// are one line and keep the input.
pub fn count(text: &str) -> Verdict {
    let subject = count_check!(text, SubjectCount, SubjectCountBand, "対象人数")?;
    let handler = count_check!(text, HandlerCount, HandlerCountBand, "取扱者数")?;
    let subject_band = choice_round_trip::<SubjectCountBand>(text)?;
    let handler_band = choice_round_trip::<HandlerCountBand>(text)?;
    let stated = match text.parse::<StatedThresholdResult>() {
        Ok(s) => {
            let shown = s.to_string();
            let back = shown.parse::<StatedThresholdResult>().ok();
            ensure!(
                back == Some(s),
                "stated result",
                "{text:?} → {s:?} → {shown:?} → {back:?}"
            );
            true
        }
        Err(e) => {
            one_line("StatedThresholdResult error", &e)?;
            false
        }
    };
    Ok(subject || handler || subject_band || handler_band || stated)
}

// --- legal_basis ----------------------------------------------------------------------------

/// A citation as its canonical line reads back: a row without its implementing article.
fn as_line(c: &Citation) -> Citation {
    let mut c = c.clone();
    if let CitationTarget::Row { provision, .. } = &mut c.target {
        *provision = None;
    }
    c
}

/// The canonical line of `c` parses back as `c`, whole.
fn canonical_round_trip(text: &str, c: &Citation) -> Result<(), String> {
    let line = c.to_string();
    let again = LegalBasis::parse(&line)
        .map_err(|e| format!("canonical line: {text:?} → {line:?}: {e}"))?;
    ensure!(
        again.citations() == [as_line(c)] && again.unparsed().is_empty(),
        "canonical line",
        "{text:?} → {line:?} → {:?} (unparsed {:?})",
        again.canonical(),
        again.unparsed()
    );
    Ok(())
}

/// `LegalBasis::parse`: fails only on blank text; keeps the text; spans lie inside it; every
/// canonical line (of a citation and of its current equivalent) parses back as its citation;
/// JSON reads back; the derived questions do not panic.
pub fn legal_basis(text: &str) -> Verdict {
    let basis = match LegalBasis::parse(text) {
        Ok(b) => b,
        Err(e) => {
            one_line("LegalBasisError", &e)?;
            ensure!(
                text.trim().is_empty(),
                "refused only when blank",
                "{text:?}: {e}"
            );
            return Ok(false);
        }
    };
    ensure!(
        basis.as_str() == text,
        "text kept",
        "{text:?} → {:?}",
        basis.as_str()
    );
    for u in basis.unparsed() {
        ensure!(
            text.get(u.span.clone()) == Some(u.text.as_str()),
            "unparsed span",
            "{text:?}: {:?} at {:?}",
            u.text,
            u.span
        );
    }
    for (c, span) in basis.citations_with_spans() {
        ensure!(
            text.get(span.clone()).is_some(),
            "citation span",
            "{text:?}: {c} at {span:?}"
        );
    }
    let lines = basis.canonical();
    let shown: Vec<String> = basis.citations().iter().map(ToString::to_string).collect();
    ensure!(
        lines == shown,
        "canonical lines",
        "{text:?}: {lines:?} vs {shown:?}"
    );
    for c in basis.citations() {
        canonical_round_trip(text, c)?;
        if let Some(current) = c.current_equivalent() {
            canonical_round_trip(text, &current)?;
        }
        let _ = c.outdated_by();
        let _ = c.row_article_mismatch();
        let json = serde_json::to_string(c).map_err(|e| format!("citation JSON: {e}"))?;
        let back = serde_json::from_str::<Citation>(&json).ok();
        ensure!(
            back.as_ref() == Some(c),
            "citation JSON",
            "{text:?}: {json} → {back:?}"
        );
    }
    let _ = basis.is_pre_2024_regime();
    ensure!(
        basis.same_meaning(&basis),
        "same meaning",
        "{text:?} differs from itself"
    );
    let json = serde_json::to_string(&basis).map_err(|e| format!("basis JSON: {e}"))?;
    let back = serde_json::from_str::<LegalBasis>(&json).ok();
    ensure!(
        back.as_ref() == Some(&basis),
        "basis JSON",
        "{text:?}: {json} → {back:?}"
    );
    if let Some(back) = back {
        ensure!(
            back.canonical() == lines,
            "basis JSON",
            "{text:?}: lazily parsed lines differ"
        );
    }
    Ok(true)
}

// --- report ---------------------------------------------------------------------------------

fn check_findings(found: &ValidationReport) -> Result<(), String> {
    for f in found.iter() {
        one_line("finding message", f.message())?;
        one_line("finding location", f.location())?;
        one_line("finding", f)?;
        let path = f.path().to_string();
        let back = path.parse::<ItemPath>().ok();
        ensure!(
            back.as_ref() == Some(f.path()),
            "finding path",
            "{path:?} → {back:?}"
        );
        if let (Some(item), Some(at)) = (f.item(), f.path().item()) {
            ensure!(
                item == at,
                "finding item",
                "{} names {item:?} at {path}",
                f.code().as_str()
            );
        }
    }
    let json = serde_json::to_string(found).map_err(|e| format!("findings JSON: {e}"))?;
    let back = serde_json::from_str::<ValidationReport>(&json)
        .map_err(|e| format!("findings JSON: {e}: {json}"))?;
    ensure!(back == *found, "findings JSON", "{json}");
    Ok(())
}

/// Report JSON: `from_json` loads what serde_json alone loads (its `Deserialize`), to the same
/// report (`from_json` reads with a reader of its own first); a refusal is one line with a
/// path that reads back; an accepted report validates without panicking, with one-line
/// findings at paths that read back, and load → to_json → from_json gives the same report, the
/// same JSON and the same findings.
pub fn report(text: &str) -> Verdict {
    let alone = serde_json::from_str::<Report>(text).ok();
    let report = match Report::from_json(text) {
        Ok(r) => r,
        Err(e) => {
            ensure!(
                alone.is_none(),
                "as serde_json loads",
                "serde_json loads it: {e}"
            );
            one_line("LoadError", &e)?;
            let path = e.path().to_string();
            let back = path.parse::<ItemPath>().ok();
            ensure!(
                back.as_ref() == Some(e.path()),
                "error path",
                "{path:?} → {back:?}"
            );
            return Ok(false);
        }
    };
    ensure!(
        alone.as_ref() == Some(&report),
        "as serde_json loads",
        "serde_json alone loads {}",
        if alone.is_some() {
            "another report"
        } else {
            "nothing"
        }
    );
    let json = report.to_json();
    let back = Report::from_json(&json).map_err(|e| format!("report round trip: {e}\n{json}"))?;
    ensure!(
        back == report,
        "report round trip",
        "to_json → from_json differs"
    );
    ensure!(
        back.to_json() == json,
        "report JSON stable",
        "to_json differs after a round trip"
    );
    for day in reference_dates() {
        let found = validate(&report, day);
        check_findings(&found)?;
        ensure!(
            validate(&back, day) == found,
            "findings stable",
            "after a round trip, at {day}"
        );
    }
    let _ = report.items_outside_form();
    let _ = report.handler_interval();
    Ok(true)
}

// --- schedule -------------------------------------------------------------------------------

/// An iCalendar text: CRLF line ends only, every line at most 75 octets, the same bytes for the
/// same inputs.
fn check_icalendar(ics: &str, again: &str) -> Result<(), String> {
    ensure!(ics == again, "iCalendar stable", "two exports differ");
    ensure!(
        ics.ends_with("\r\n"),
        "iCalendar lines",
        "no CRLF at the end"
    );
    for line in ics.trim_end_matches("\r\n").split("\r\n") {
        ensure!(
            line.len() <= 75 && !line.contains(['\r', '\n']),
            "iCalendar lines",
            "{line:?}"
        );
    }
    Ok(())
}

/// The schedule of a loaded report (a text that does not load is refused, as the `report`
/// target checks): obligations with one-line reasons, due on or after the day they are counted
/// from, reading back from JSON; the register of the report (and of it twice, a 事務 filed
/// twice), its problems in one line, its iCalendar export; a body-wide incident's effects.
pub fn schedule(text: &str) -> Verdict {
    let Ok(report) = Report::from_json(text) else {
        return Ok(false);
    };
    if let Err(e) = report.cover.ended_on() {
        one_line("EndDateError", &e)?;
    }
    for day in reference_dates() {
        let list = mynumber_pia::schedule::obligations(&report, day);
        for o in &list {
            one_line("obligation reason", &o.reason)?;
            ensure!(o.due >= o.from.date, "obligation due", "{o:?}");
            let json = serde_json::to_string(o).map_err(|e| format!("obligation JSON: {e}"))?;
            let back = serde_json::from_str::<mynumber_pia::schedule::Obligation>(&json).ok();
            ensure!(back.as_ref() == Some(o), "obligation JSON", "{json}");
        }
        let ics = mynumber_pia::schedule::to_icalendar(&list, day);
        check_icalendar(&ics, &mynumber_pia::schedule::to_icalendar(&list, day))?;
        for reports in [vec![&report], vec![&report, &report]] {
            let register = mynumber_pia::schedule::Register::new(reports.iter().copied(), day);
            for p in &register.problems {
                one_line("register problem", p)?;
            }
            one_line("register summary", register.summary())?;
            let ics = |r: &mynumber_pia::schedule::Register| {
                mynumber_pia::schedule::to_icalendar(&r.obligations, r.as_of)
            };
            check_icalendar(&ics(&register), &ics(&register))?;
            let json =
                serde_json::to_string(&register).map_err(|e| format!("register JSON: {e}"))?;
            let back = serde_json::from_str::<mynumber_pia::schedule::Register>(&json).ok();
            ensure!(back.as_ref() == Some(&register), "register JSON", "{json}");
            if let Some(effects) = register.incident_effects(day) {
                ensure!(effects.until >= day, "incident effects", "{effects:?}");
            }
            let _ = register.with_incident(day);
        }
    }
    Ok(true)
}

// --- diff -----------------------------------------------------------------------------------

/// `change::compare` of a loaded report (a text that does not load is refused, as the `report`
/// target checks): with itself it finds nothing; against the example report of its form (with
/// the same 事務) it succeeds, with one-line places, explanations and consequences, paths that
/// read back, a change set that reads back from JSON, and one 変更箇所 row per change.
pub fn diff(text: &str) -> Verdict {
    use mynumber_pia::change::{ChangeSet, compare};
    let Ok(new) = Report::from_json(text) else {
        return Ok(false);
    };
    let same = compare(&new, &new).map_err(|e| format!("self compare: {e}"))?;
    ensure!(
        same.changes().is_empty() && same.consequences().is_empty(),
        "self compare",
        "{}: {:?}",
        same.summary(),
        same.changes().first()
    );
    let mut old = Report::example(new.form());
    old.affair.name = new.affair.name.clone();
    let set = compare(&old, &new).map_err(|e| format!("compare: {e}"))?;
    one_line("change summary", set.summary())?;
    for c in set.changes() {
        one_line("change place", c.place())?;
        one_line("change explanation", c.explanation())?;
        let path = c.path().to_string();
        let back = path.parse::<ItemPath>().ok();
        ensure!(
            back.as_ref() == Some(c.path()),
            "change path",
            "{path:?} → {back:?}"
        );
    }
    for q in set.consequences() {
        one_line("consequence", q)?;
    }
    let json = serde_json::to_string(&set).map_err(|e| format!("change set JSON: {e}"))?;
    let back = serde_json::from_str::<ChangeSet>(&json)
        .map_err(|e| format!("change set JSON: {e}: {json}"))?;
    ensure!(back == set, "change set JSON", "{json}");
    let day = reference_dates()[0];
    let rows = set.records(day);
    ensure!(
        rows.len() == set.changes().len(),
        "change rows",
        "{} rows for {} changes",
        rows.len(),
        set.changes().len()
    );
    Ok(true)
}

// --- decode ---------------------------------------------------------------------------------

/// What the decoder makes of a text's line ends: CRLF and a lone CR become LF.
fn lf_only(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Whether `data` reads as blank text in the encoding its byte-order mark names, or, without one,
/// in UTF-8 or Shift_JIS (encoding_rs, no byte replaced): the oracle of a refusal as empty.
fn blank_in_some_encoding(data: &[u8]) -> bool {
    let blank = |encoding: &'static encoding_rs::Encoding, bytes: &[u8]| {
        encoding
            .decode_without_bom_handling_and_without_replacement(bytes)
            .is_some_and(|t| t.trim().is_empty())
    };
    if let Some(rest) = data.strip_prefix(b"\xFF\xFE") {
        blank(encoding_rs::UTF_16LE, rest)
    } else if let Some(rest) = data.strip_prefix(b"\xFE\xFF") {
        blank(encoding_rs::UTF_16BE, rest)
    } else {
        let rest = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
        blank(encoding_rs::UTF_8, rest) || blank(encoding_rs::SHIFT_JIS, rest)
    }
}

/// `import::decode` of any bytes: the same answer twice; an accepted text is not blank and has no
/// CR and no NUL, and UTF-8 input reads back as itself but for its line ends; a refusal is one
/// line, blank only when the input is, binary at an offset inside the input.
pub fn decode_bytes(data: &[u8]) -> Verdict {
    let decoded = decode_text(data);
    ensure!(
        decode_text(data) == decoded,
        "deterministic",
        "{data:?} decodes two ways"
    );
    match decoded {
        Ok(d) => {
            ensure!(
                !d.text.contains(['\r', '\0']) && !d.text.trim().is_empty(),
                "decoded text",
                "{data:?} → {:?}",
                d.text
            );
            if d.encoding == Encoding::Utf8 {
                let body = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
                let as_utf8 = std::str::from_utf8(body).map(lf_only);
                ensure!(
                    as_utf8.as_deref() == Ok(d.text.as_ref()),
                    "UTF-8 reads back",
                    "{data:?} → {:?}",
                    d.text
                );
            }
            Ok(true)
        }
        Err(e) => {
            one_line("DecodeError", &e)?;
            match e {
                DecodeError::Empty => ensure!(
                    blank_in_some_encoding(data),
                    "empty only when blank",
                    "{data:?}"
                ),
                DecodeError::Binary { offset, reason } => {
                    ensure!(
                        offset < data.len(),
                        "offset inside the input",
                        "{data:?}: {offset}"
                    );
                    if reason == BinaryReason::Nul
                        && !data.starts_with(b"\xFF\xFE")
                        && !data.starts_with(b"\xFE\xFF")
                    {
                        ensure!(
                            data.get(offset) == Some(&0),
                            "NUL where it says",
                            "{data:?}: {offset}"
                        );
                    }
                }
                _ => {}
            }
            Ok(false)
        }
    }
}

/// A decoding of `text`'s bytes in some encoding either reads back as `text` (but for its line
/// ends and a leading U+FEFF) or is refused for a reason the text has (blank, NUL, controls).
fn reads_back(what: &str, text: &str, bytes: &[u8], expected: Encoding) -> Result<(), String> {
    decode_bytes(bytes)?;
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    match decode_text(bytes) {
        Ok(d) => {
            ensure!(
                d.encoding == expected && d.text == lf_only(body),
                "reads back",
                "{what} of {text:?} → {:?} ({})",
                d.text,
                d.encoding
            );
        }
        Err(DecodeError::Empty) => ensure!(
            body.trim().is_empty(),
            "empty only when blank",
            "{what} of {text:?}"
        ),
        Err(DecodeError::Binary { reason, .. }) => ensure!(
            match reason {
                BinaryReason::Nul => body.contains('\0'),
                BinaryReason::ControlCharacters => body.chars().any(char::is_control),
                _ => false,
            },
            "binary only for a reason",
            "{what} of {text:?}: {reason}"
        ),
        Err(e) => ensure!(false, "known error", "{what} of {text:?}: {e}"),
    }
    Ok(())
}

/// `import::decode` of `text` as UTF-8 (with and without a byte-order mark), as UTF-16 (both byte
/// orders, with their marks), as Shift_JIS when it is all Shift_JIS, and of arbitrary bytes made
/// from it (each character's low byte): see [`decode_bytes`] and [`reads_back`].
pub fn decode(text: &str) -> Verdict {
    reads_back("UTF-8", text, text.as_bytes(), Encoding::Utf8)?;
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    reads_back(
        "UTF-8 with BOM",
        &format!("\u{feff}{text}"),
        &bom,
        Encoding::Utf8,
    )?;
    let (mut le, mut be) = (vec![0xFF, 0xFE], vec![0xFE, 0xFF]);
    for unit in text.encode_utf16() {
        le.extend(unit.to_le_bytes());
        be.extend(unit.to_be_bytes());
    }
    // The decoder drops one byte-order mark: a text that starts with U+FEFF keeps it in UTF-16.
    let utf16 = format!("\u{feff}{text}");
    reads_back("UTF-16LE", &utf16, &le, Encoding::Utf16Le)?;
    reads_back("UTF-16BE", &utf16, &be, Encoding::Utf16Be)?;
    let (sjis, _, unmappable) = encoding_rs::SHIFT_JIS.encode(text);
    // Shift_JIS bytes that happen to be UTF-8 (ASCII; half-width katakana pairs) read as UTF-8;
    // Shift_JIS is detected when the bytes are not UTF-8.
    if !unmappable && std::str::from_utf8(&sjis).is_err() {
        decode_bytes(&sjis)?;
        if let Ok(d) = decode_text(&sjis) {
            // The WHATWG Shift_JIS encoder writes three characters as other characters' bytes
            // (¥ as 0x5C, ‾ as 0x7E, − as －'s), which read back as those others.
            let expected: String = lf_only(text)
                .chars()
                .map(|c| match c {
                    '\u{a5}' => '\\',
                    '\u{203e}' => '~',
                    '\u{2212}' => '\u{ff0d}',
                    c => c,
                })
                .collect();
            ensure!(
                d.encoding == Encoding::ShiftJis && d.text == expected,
                "Shift_JIS reads back",
                "{text:?} → {:?} ({})",
                d.text,
                d.encoding
            );
        }
    }
    let low: Vec<u8> = text.chars().map(|c| (u32::from(c) & 0xFF) as u8).collect();
    decode_bytes(&low)?;
    Ok(decode_text(text.as_bytes()).is_ok())
}

// --- import ---------------------------------------------------------------------------------

/// A draft of a text of `lines` lines: its report loads back from its JSON as the same report,
/// every trace pointer names a value of that JSON, every line range is `1 ≤ first ≤ last ≤
/// lines`, and the summary and warnings are one line each.
fn check_draft(what: &str, draft: &Draft, lines: usize) -> Result<(), String> {
    let json = draft.report.to_json();
    let loaded = Report::from_json(&json);
    ensure!(
        loaded.as_ref() == Ok(&draft.report),
        "draft loads back",
        "{what}: {:?}",
        loaded.err().map(|e| e.to_string())
    );
    let value: serde_json::Value =
        serde_json::from_str(&json).map_err(|e| format!("draft JSON: {what}: {e}"))?;
    let within = |[first, last]: [usize; 2]| 1 <= first && first <= last && last <= lines;
    for v in &draft.trace.values {
        ensure!(
            value.pointer(&v.pointer).is_some(),
            "trace pointer in the draft",
            "{what}: {}",
            v.pointer
        );
        ensure!(
            within(v.lines),
            "trace lines inside the input",
            "{what}: {} at {:?} of {lines} lines",
            v.pointer,
            v.lines
        );
    }
    for u in &draft.trace.unread {
        ensure!(
            within(u.lines),
            "unread lines inside the input",
            "{what}: {:?} of {lines} lines ({})",
            u.lines,
            u.reason
        );
        one_line("unread reason", u.reason)?;
    }
    one_line("summary", draft.summary())?;
    for w in &draft.warnings {
        one_line("warning", w)?;
    }
    Ok(())
}

/// The verdict on one import's result for a text of `lines` lines: a draft passes
/// [`check_draft`], a refusal is one line.
fn check_import(what: &str, result: &Result<Draft, ImportError>, lines: usize) -> Verdict {
    match result {
        Ok(draft) => check_draft(what, draft, lines).map(|()| true),
        Err(e) => one_line("ImportError", e).map(|()| false),
    }
}

/// `import::import_bytes` of any bytes: as [`check_import`], the lines counted in the decoded
/// text; bytes the decoder refuses are refused with its error.
pub fn import_of_bytes(data: &[u8]) -> Verdict {
    let result = import_bytes(data);
    match decode_text(data) {
        Ok(decoded) => check_import("import_bytes", &result, decoded.text.lines().count()),
        Err(e) => {
            ensure!(
                result.as_ref().err() == Some(&ImportError::Decode(e.clone())),
                "refused as the decoder refuses",
                "{data:?}: {e}"
            );
            check_import("import_bytes", &result, 0)
        }
    }
}

/// How many lines `import` reads `text` as: a line ends at LF, CRLF or a CR alone (as
/// `decode` reads bytes).
fn lines_of_import(text: &str) -> usize {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .lines()
        .count()
}

/// `import::import` of `text`, then `import_bytes` of its UTF-8 bytes (the same answer) and of
/// bytes made from it (each character's low byte): see [`check_import`] and
/// [`import_of_bytes`].
pub fn import(text: &str) -> Verdict {
    let result = import_text(text);
    let accepted = check_import("import", &result, lines_of_import(text))?;
    let as_bytes = import_bytes(text.as_bytes());
    if let (Ok(decoded), Ok(draft)) = (decode_text(text.as_bytes()), &result) {
        // The decoder only changes line ends (and drops a byte-order mark).
        if decoded.text == text {
            ensure!(
                as_bytes.as_ref().ok() == Some(draft),
                "import_bytes of UTF-8 as import",
                "{:?}",
                text.chars().take(80).collect::<String>()
            );
        }
    }
    import_of_bytes(text.as_bytes())?;
    let low: Vec<u8> = text.chars().map(|c| (u32::from(c) & 0xFF) as u8).collect();
    import_of_bytes(&low)?;
    Ok(accepted)
}

// --- Seeds ----------------------------------------------------------------------------------

/// Every string and number of the samples' JSON, each once, in order of appearance.
pub fn sample_strings() -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Number(n) => out.push(n.to_string()),
            serde_json::Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            serde_json::Value::Object(map) => map.values().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for sample in Sample::ALL {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(sample.json()) {
            walk(&v, &mut out);
        }
    }
    dedup(out)
}

fn dedup(items: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    items
        .into_iter()
        .filter(|s| seen.insert(s.clone()))
        .collect()
}

/// Dates as the reports write them, beside the samples' strings that hold one.
fn date_seeds() -> Vec<String> {
    let written = [
        "令和6年12月6日",
        "令和６年１１月２２日",
        "令和1年6月27日",
        "令和元年5月1日",
        "平成十一年",
        "H30.5.21",
        "R6/12/6",
        "r7.1.14",
        "令和7年4月1日 時点",
        "令和7年4月1日現在",
        "（令和７年１月１４日）",
        "令和6年12月6日(金)",
        "令和6年12月6日（金曜日）",
        "平成27年10月",
        "R4.10",
        "令和５年度",
        "FY2023",
        "2023年度",
        "令和６年９月１５日から令和６年１０月１５日までの３１日間",
        "令和6年9月15日から同年10月15日まで",
        "令和6年9月15日～10月15日",
        "2017/4/1",
        "2024-12-06",
        "2024年12月6日",
        "2015-10",
        "2024年",
        "昭和64年1月7日",
        "平成31年4月30日",
        "㋿6年12月6日",
        "明治6年1月1日",
        "令和二〇二四年",
        "令和百十二年三月三十一日",
    ];
    let mut out: Vec<String> = written.iter().map(|s| (*s).to_owned()).collect();
    out.extend(
        sample_strings().into_iter().filter(|s| {
            s.chars().count() <= 60 && (DateValue::parse(s).is_ok() || s.contains('年'))
        }),
    );
    dedup(out)
}

/// Counts and band labels as the reports write them, beside the samples' numbers.
fn count_seeds() -> Vec<String> {
    let written = [
        "150000",
        "150,000",
        "１５００００",
        "150000人",
        " 1234 ",
        "約15万人",
        "0",
        "18446744073709551615",
        "-5",
        "1,000人未満（任意実施）",
        "１０万人以上３０万人未満",
        "500人以上",
        "500人未満",
        "基礎項目評価及び全項目評価",
        "基礎項目評価及び重点項目評価（任意に全項目評価を実施）",
    ];
    let mut out: Vec<String> = written.iter().map(|s| (*s).to_owned()).collect();
    out.extend(SubjectCountBand::LABELS.iter().map(|s| (*s).to_owned()));
    out.extend(HandlerCountBand::LABELS.iter().map(|s| (*s).to_owned()));
    out.extend(sample_strings().into_iter().filter(|s| {
        s.parse::<SubjectCount>().is_ok()
            || s.parse::<StatedThresholdResult>().is_ok()
            || s.ends_with('人')
    }));
    dedup(out)
}

/// The samples' strings in which the parser finds at least one citation.
fn legal_basis_seeds() -> Vec<String> {
    let mut out = vec![
        "番号利用法第19条第８号に基づく主務省令第２条の表の１３、１６の項".to_owned(),
        "条例第4条第2項による条例別表第二の23、24の項".to_owned(),
        "国民健康保険法　第113条の3　第1項及び第2項".to_owned(),
        "平成27年2月13日府番第27号".to_owned(),
        "番号法別表第二の主務省令（未制定）".to_owned(),
        "58項　第31条の2の2 第5号イ、6号イ".to_owned(),
    ];
    out.extend(
        sample_strings()
            .into_iter()
            .filter(|s| LegalBasis::parse(s).is_ok_and(|b| !b.citations().is_empty())),
    );
    dedup(out)
}

/// Texts with the line ends, marks and characters the decoder meets, beside the samples' strings.
fn decode_seeds() -> Vec<String> {
    let written = [
        "評価書番号\r\n7\r\n",
        "\u{feff}特定個人情報保護評価書（基礎項目評価書）\n",
        "評価実施機関名\r熊谷市長\r",
        "①②㈱髙﨑 ｶﾀｶﾅ　全角",
        "%PDF-1.7\n%\u{e2}\u{e3}\u{cf}\u{d3}\n",
        "a\tb\u{c}c\u{1b}",
        " \u{3000}\n",
    ];
    let mut out: Vec<String> = written.iter().map(|s| (*s).to_owned()).collect();
    out.extend(
        sample_strings()
            .into_iter()
            .filter(|s| !s.is_ascii())
            .take(200),
    );
    dedup(out)
}

/// Generated reports of each form rendered as Markdown and as HTML, the example reports'
/// Markdown, and small hand-written texts in the shape a PDF's text layer has (a title, labels
/// with their values on the next lines, ＜選択肢＞ brackets, check boxes, a 変更箇所 list).
fn import_seeds() -> Vec<String> {
    use mynumber_pia::generate::{Scenario, generate};
    use mynumber_pia::render::{to_html, to_markdown};
    let written = [
        "特定個人情報保護評価書（基礎項目評価書）\n評価書番号\n12\n評価書名\n児童手当に関する事務 基礎項目評価書\n",
        "[令和６年10月　様式３]\n\n評価書番号 評価書名\n3 介護保険に関する事務 重点項目評価書\n",
        "特定個人情報保護評価書（全項目評価書）\nⅠ 基本情報\n１．特定個人情報ファイルを取り扱う事務\n①事務の名称\n予防接種に関する事務\n",
        "②対象となる本人の数\n＜選択肢＞\n[ 10万人以上100万人未満 ]\n1) 1万人未満\n2) 1万人以上10万人未満\n",
        "[ ○ ] 提供を行っている （ 4 ）件 [ ] 移転を行っている （ ）件 [ ] 行っていない\n",
        "[ 委託する ] （ 2 ） 件\n委託事項1\n住民情報システムの運用保守\n",
        "[ ○ [\n] 医療保険関係情報 ] [ ] 児童福祉・子育て関係情報\n",
        "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n令和6年4月1日\tⅠ1②\t旧\t新\t事後\t語句の修正\n",
        "変更または追記した箇所\n令和5年1月1日\n表紙\n",
        "重点項目評価書\n\n令和７年５月１日\n\nⅡ2③\n\n―\n\n追加\n\n事前\n\n",
        "公表日\n令和7年3月31日\n個人のプライバシー等の権利利益の保護の宣言\n",
        // A 変更箇所 as `pdftotext -layout` prints it: columns padded with spaces, a full line
        // run on into the next column after one space, a row continued on the next page.
        "変更箇所\n変更日        項目        変更前の記載        変更後の記載        提出時期 説明\n令和2年4月1日  Ⅰ5① 部署   あいうえおかきくけこさし たちつて  事後   組織改正\n              内容        なにぬね            はひふへ\n- 2 -\n変更日        項目        変更前の記載        変更後の記載        提出時期 説明\n令和2年4月1日  Ⅰ5① 部署（続き） －   追加\n",
        // A 変更箇所 with no blank lines, dates in figures, a page's top above the repeated
        // heading, a 項目 ending in a block.
        "変更箇所\n変更日 項目 変更前の記載 変更後の記載 提出時期 提出時期に係る説明\nH30.10.1\nⅡ 4.特定個人情報ファイルの取扱いの委託 委託事項3\n―\n架空\n事前\n追加\n- 5 -\n架空町 架空事務 基礎項目評価書\n変更箇所\n2024/12/1 Ⅰ 基本情報 ②所属長 甲 乙 事後 異動\n同上 ②提供先における用途\n",
    ];
    let mut out: Vec<String> = written.iter().map(|s| (*s).to_owned()).collect();
    for form in AssessmentKind::ALL {
        out.push(to_markdown(&Report::example(*form)));
        for seed in 0..2 {
            if let Ok(report) = generate(&Scenario::default().with_form(*form), seed) {
                out.push(to_markdown(&report));
                out.push(to_html(&report));
            }
        }
    }
    dedup(out)
}

/// The small example report of each form, then the three samples.
pub fn report_seeds() -> Vec<String> {
    let mut out: Vec<String> = AssessmentKind::ALL
        .iter()
        .map(|form| Report::example(*form).to_json())
        .collect();
    out.extend(Sample::ALL.iter().map(|s| s.json().to_owned()));
    out
}
