//! iCalendar (RFC 5545) export of obligations, written by hand: the few rules it needs
//! (CRLF, folding at 75 octets, TEXT escaping, a DTSTAMP and a stable UID) are below, and the
//! calendar crates at hand take the DTSTAMP from the clock or draw a random UID when one is
//! missing, which a pure library must not do.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::Obligation;

/// The longest line in octets, line break excluded (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

/// The obligations as an iCalendar object (RFC 5545): one all-day `VEVENT` per obligation on
/// its last day, so that an officer can put them into an office calendar.
///
/// - `DTSTAMP` is `stamp` (the reference date the caller passes) at midnight UTC: the library
///   reads no clock, and the same inputs give the same bytes.
/// - `UID` is stable per obligation: a hash of its report (評価実施機関, form, 評価書番号,
///   評価書名), kind and 起算日, so exporting again updates the same events.
/// - `SUMMARY` is `<kind> <評価書番号> <評価書名>`; `DESCRIPTION` the reason, then duty or
///   effort duty and the source. The status is left out: it changes with the day the calendar
///   is read.
/// - Lines end with CRLF and are folded at 75 octets, never inside a character; TEXT values
///   escape `\`, `;`, `,` and line breaks (`\n`); other control characters are written as
///   `\u{…}`.
/// - An obligation due outside the years 0000–9999, which iCalendar dates cannot write, is left
///   out.
///
/// ```
/// use chrono::NaiveDate;
/// use mynumber_pia::report::Report;
/// use mynumber_pia::schedule::{obligations, to_icalendar};
/// use mynumber_pia::AssessmentKind;
///
/// let today = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
/// let list = obligations(&Report::example(AssessmentKind::Full), today);
/// let ics = to_icalendar(&list, today);
/// assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
/// assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20300630\r\n"));
/// assert!(ics.contains("\r\nDTSTAMP:20250701T000000Z\r\n"));
/// assert!(ics.lines().all(|l| l.len() <= 76)); // 75 octets and the CR
/// assert_eq!(ics, to_icalendar(&list, today));
/// ```
#[doc(alias = "iCalendar")]
#[doc(alias = "カレンダー")]
#[must_use]
pub fn to_icalendar(obligations: &[Obligation], stamp: NaiveDate) -> String {
    let mut out = String::new();
    let mut line = String::new();
    // One content line, folded: the name, then the value with TEXT escaping, which leaves the
    // values that are not TEXT (dates, the UID, the fixed words) as they are.
    let mut put = |out: &mut String, name: &str, value: &str| {
        line.clear();
        line.push_str(name);
        line.push(':');
        escape_text(&mut line, value);
        fold_into(out, &line);
    };
    for (name, value) in [
        ("BEGIN", "VCALENDAR"),
        ("VERSION", "2.0"),
        ("PRODID", "-//mynumber-pia//schedule//JA"),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
    ] {
        put(&mut out, name, value);
    }
    let stamp = ical_date(stamp).map(|d| format!("{d}T000000Z"));
    for o in obligations {
        let (Some(due), Some(stamp)) = (ical_date(o.due), stamp.as_deref()) else {
            continue;
        };
        let uid = format!("{:016x}-{}@mynumber-pia", uid_hash(o), o.kind);
        let mut summary = vec![o.kind.label()];
        summary.extend(o.report.number.as_deref());
        summary.extend(o.report.title.as_deref());
        let summary = summary.join(" ");
        let description = format!("{}\n{}・{}", o.reason, o.duty.label(), o.source);
        for (name, value) in [
            ("BEGIN", "VEVENT"),
            ("UID", &uid),
            ("DTSTAMP", stamp),
            ("DTSTART;VALUE=DATE", &due),
            ("SUMMARY", &summary),
            ("DESCRIPTION", &description),
            ("CATEGORIES", o.kind.label()),
            ("TRANSP", "TRANSPARENT"),
            ("END", "VEVENT"),
        ] {
            put(&mut out, name, value);
        }
    }
    put(&mut out, "END", "VCALENDAR");
    out
}

/// `YYYYMMDD`, or `None` outside the years iCalendar writes.
fn ical_date(date: NaiveDate) -> Option<String> {
    (0..=9999)
        .contains(&date.year())
        .then(|| format!("{:04}{:02}{:02}", date.year(), date.month(), date.day()))
}

/// FNV-1a (64 bits) of the obligation's identity: stable across runs, platforms and Rust
/// versions (unlike the standard library's hasher).
fn uid_hash(o: &Obligation) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    // Each field is marked present (1) or missing (0) and ends with a unit separator, so that
    // no two identities feed the same bytes.
    let mut feed = |text: Option<&str>| {
        let mark = [u8::from(text.is_some())];
        let bytes = text.into_iter().flat_map(str::bytes);
        for byte in mark.into_iter().chain(bytes).chain([0x1f]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    feed(o.report.body.as_deref());
    feed(Some(o.report.form.as_str()));
    feed(o.report.number.as_deref());
    feed(o.report.title.as_deref());
    feed(Some(o.kind.as_str()));
    feed(Some(&o.from.date.to_string()));
    feed(Some(o.from.basis.as_str()));
    hash
}

/// Appends `text` as an RFC 5545 TEXT value: `\`, `;` and `,` escaped with a backslash, a line
/// break (LF, CRLF or CR) as `\n`, every other character that could move the cursor or the
/// reading order but TAB ([`crate::is_unsafe_char`]: control, bidi and line-separator characters)
/// as `\u{…}`.
fn escape_text(out: &mut String, text: &str) {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if crate::label::is_unsafe_char(c) => {
                let _ = write!(out, "\\\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
}

/// Appends one content line, folded: at most 75 octets per line, continuation lines starting
/// with one space, never splitting a character; every line ends with CRLF.
fn fold_into(out: &mut String, line: &str) {
    let mut room = LINE_OCTETS;
    for c in line.chars() {
        if c.len_utf8() > room {
            out.push_str("\r\n ");
            room = LINE_OCTETS - 1;
        }
        out.push(c);
        room -= c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_values() {
        let mut s = String::new();
        escape_text(&mut s, "a,b;c\\d\ne\r\nf\rg\th\u{1b}");
        assert_eq!(s, "a\\,b\\;c\\\\d\\ne\\nf\\ng\th\\\\u{1b}");
    }

    #[test]
    fn folds_at_75_octets_between_characters() {
        let mut out = String::new();
        fold_into(&mut out, &"a".repeat(75));
        assert_eq!(out, format!("{}\r\n", "a".repeat(75)));
        out.clear();
        fold_into(&mut out, &"a".repeat(76));
        assert_eq!(out, format!("{}\r\n a\r\n", "a".repeat(75)));
        out.clear();
        // 3-octet characters: 25 fit on the first line, 24 on each continuation (1 + 72).
        fold_into(&mut out, &"あ".repeat(60));
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0], "あ".repeat(25));
        assert_eq!(lines[1], format!(" {}", "あ".repeat(24)));
        assert_eq!(lines[2], format!(" {}", "あ".repeat(11)));
        assert_eq!(lines[3], "");
    }

    #[test]
    fn the_uid_tells_a_missing_field_from_an_empty_one() {
        let today = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
        let mut report = crate::report::Report::example(crate::AssessmentKind::Full);
        let with_number = super::super::obligations(&report, today);
        report.cover.number = None;
        let without = super::super::obligations(&report, today);
        report.cover.number = Some(String::new());
        let empty = super::super::obligations(&report, today);
        let uid = |list: &[Obligation]| uid_hash(&list[0]);
        assert_ne!(uid(&without), uid(&empty));
        assert_ne!(uid(&with_number), uid(&without));
        // Stable: the same obligation, the same UID (FNV-1a of fixed bytes).
        assert_eq!(
            uid(&with_number),
            uid(&super::super::obligations(
                &crate::report::Report::example(crate::AssessmentKind::Full),
                today
            ))
        );
    }

    #[test]
    fn dates_icalendar_cannot_write_are_none() {
        assert_eq!(
            ical_date(NaiveDate::from_ymd_opt(2030, 6, 30).unwrap()),
            Some("20300630".into())
        );
        assert_eq!(
            ical_date(NaiveDate::from_ymd_opt(10000, 1, 1).unwrap()),
            None
        );
        assert_eq!(ical_date(NaiveDate::from_ymd_opt(-1, 1, 1).unwrap()), None);
    }
}
