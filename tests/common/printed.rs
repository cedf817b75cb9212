//! What of a report its print shows: the report a reading of a rendering can give back. Shared
//! by the tests that import the crate's renders and prints (`tests/import_roundtrip.rs`,
//! `tests/import_prints.rs`), included with `#[path = "common/printed.rs"] mod printed;`.

#![allow(dead_code)] // each test uses its part

use mynumber_pia::report::Report;

/// The report as its print shows it: a cell printed empty is empty (「―」 in an optional item,
/// a dash in a 変更箇所 cell: 記載要領; they import as `None`), and what no print shows is left
/// out (the notes of 変更箇所 rows; a row's item ID is printed, as the item's number under its
/// 項目). What the forms do not have but the render
/// prints marked 様式外 (the kind of body, the explicit 再委託 chain, the body that made the
/// 第三者点検) stays: it is on the page.
pub fn as_printed(mut r: Report) -> Report {
    for text in [
        &mut r.affair.description_appendix,
        &mut r.disclosure.request_note,
        &mut r.disclosure.register_place,
    ]
    .into_iter()
    .chain(r.files.iter_mut().map(|f| &mut f.usage.statistics))
    {
        if text.as_deref() == Some("―") {
            *text = None;
        }
    }
    let dash = |t: &Option<String>| {
        t.as_deref()
            .is_some_and(|t| t.chars().all(|c| "－―-ー—−‐─ 　".contains(c)))
    };
    for c in &mut r.changes {
        c.note = None;
        if dash(&c.before) {
            c.before = None;
        }
        if dash(&c.after) {
            c.after = None;
        }
    }
    r
}

/// The report as printed ([`as_printed`]) without what the forms do not have (the kind of body,
/// the explicit 再委託 chain, the body that made the 第三者点検): the Markdown prints them marked
/// 様式外 and does not carry them back.
pub fn printed_only(r: Report) -> Report {
    let mut r = as_printed(r);
    for file in &mut r.files {
        for e in &mut file.entrustments {
            e.re_entrustees.clear();
        }
    }
    r.procedures.third_party_review.body = None;
    r.cover.body_kind = None;
    r
}
