//! `render::to_html` read back with a real HTML5 parser, and `render::to_markdown`: every item
//! of each form with its number and label (from the item table), every value of each sample
//! (from its JSON), the ※ marks, choice and checkbox lists, escaping, no script and no external
//! resource, and the Markdown 変更箇所 table.

use chrono::NaiveDate;
use mynumber_pia::render::{to_html, to_markdown};
use mynumber_pia::report::{
    ChangeRecord, Connection, Entrustment, ItemId, ReEntrustee, Report, ReportBuilder,
    StaffCountBand,
};
use mynumber_pia::samples::Sample;
use mynumber_pia::threshold::SubjectCountBand;
use mynumber_pia::wareki::{WarekiDate, YearMonth};
use mynumber_pia::{AssessmentKind, Choice};
use scraper::{ElementRef, Html, Selector};

fn sel(text: &str) -> Selector {
    Selector::parse(text).unwrap_or_else(|e| panic!("selector {text}: {e:?}"))
}

fn text_of(el: ElementRef<'_>) -> String {
    el.text().collect()
}

/// The samples, and an empty and an example report of each form.
fn reports() -> Vec<(String, Report)> {
    let mut reports: Vec<(String, Report)> = Sample::ALL
        .iter()
        .map(|s| (s.as_str().to_owned(), s.load().expect("sample loads")))
        .collect();
    for &form in AssessmentKind::ALL {
        reports.push((format!("empty {form}"), Report::empty(form)));
        reports.push((format!("example {form}"), Report::example(form)));
    }
    reports
}

/// The label the form prints: what follows the heading the table writes before a full-width
/// space, except on the cover.
fn printed_label(id: ItemId, form: AssessmentKind) -> &'static str {
    let number = id.number(form).unwrap_or("");
    match id.label().rsplit_once('　') {
        Some((_, tail)) if !number.starts_with("表紙") => tail,
        _ => id.label(),
    }
}

/// The chapter of a number (`Ⅱ`, `表紙`, `別添2`) and its section digits.
fn chapter_and_section(number: &str) -> (String, String) {
    if number.starts_with("表紙") {
        return ("表紙".to_owned(), String::new());
    }
    if number.starts_with("別添") {
        return (number.to_owned(), String::new());
    }
    let mut chars = number.chars();
    let chapter = chars.next().expect("a chapter").to_string();
    let section: String = chars.take_while(char::is_ascii_digit).collect();
    (chapter, section)
}

/// The section number as the forms print it: `４．`, `10．`.
fn section_heading_number(digits: &str) -> String {
    if digits.len() == 1 {
        let d = digits.chars().next().expect("a digit");
        let wide = char::from_u32(d as u32 - '0' as u32 + '０' as u32).expect("a digit");
        format!("{wide}．")
    } else {
        format!("{digits}．")
    }
}

/// The circled number a line prints before its label, if its number ends with one.
fn circled_mark(number: &str) -> Option<char> {
    number.chars().last().filter(|c| ('①'..='⑳').contains(c))
}

#[test]
fn every_item_of_the_form_appears_with_its_number_label_and_place() {
    for (name, report) in reports() {
        let form = report.form();
        let doc = Html::parse_document(&to_html(&report));
        for id in ItemId::of_form(form) {
            let number = id.number(form).expect("in the form");
            let selector = sel(&format!(
                "[data-item=\"{}\"][data-number=\"{number}\"]",
                id.as_str()
            ));
            let found: Vec<ElementRef<'_>> = doc.select(&selector).collect();
            assert!(!found.is_empty(), "{name}: {id} ({number}) is missing");
            let (chapter, section) = chapter_and_section(number);
            for el in found {
                let text = text_of(el);
                let label = printed_label(id, form);
                // A 委託事項, 提供先 or 移転先 names its block with its value (委託事項1 …).
                let names_block = matches!(
                    id,
                    ItemId::EntrustmentTitle | ItemId::ProvisionName | ItemId::TransferName
                );
                match label.split_once("（ ）") {
                    // A count is printed inside its label: （ 6 ）件.
                    Some((before, after)) => assert!(
                        text.contains(&format!("{before}（ "))
                            && text.contains(&format!(" ）{after}")),
                        "{name}: {id} {number}: {text:.200}"
                    ),
                    None if !names_block => {
                        assert!(text.contains(label), "{name}: {id} {number}: {text:.200}")
                    }
                    None => {}
                }
                if let Some(mark) = circled_mark(number) {
                    assert!(text.contains(mark), "{name}: {id} {number}: {text:.200}");
                }
                let chapter_el = el
                    .ancestors()
                    .filter_map(ElementRef::wrap)
                    .find(|a| a.value().name() == "section")
                    .expect("inside a chapter");
                assert_eq!(
                    chapter_el.value().attr("data-chapter"),
                    Some(chapter.as_str()),
                    "{name}: {id} {number}"
                );
                if !section.is_empty() {
                    let heading = chapter_el
                        .select(&sel(&format!("tr[data-section=\"{chapter}{section}\"]")))
                        .next()
                        .unwrap_or_else(|| panic!("{name}: no section {chapter}{section}"));
                    let heading_text = text_of(heading);
                    assert!(
                        heading_text.starts_with(&section_heading_number(&section)),
                        "{name}: {heading_text}"
                    );
                }
            }
        }
    }
}

#[test]
fn significant_items_show_the_mark_on_their_line_or_heading() {
    for (name, report) in reports() {
        let form = report.form();
        let doc = Html::parse_document(&to_html(&report));
        for chapter in doc.select(&sel("section.chapter")) {
            let title = chapter
                .select(&sel("thead th"))
                .next()
                .map(text_of)
                .unwrap_or_default();
            let mut heading = String::new();
            for row in chapter.select(&sel("tbody tr")) {
                let classes: Vec<&str> = row.value().classes().collect();
                if classes.contains(&"section") {
                    heading = row
                        .select(&sel("th"))
                        .next()
                        .map(text_of)
                        .unwrap_or_default();
                }
                let Some(id) = row.value().attr("data-item") else {
                    continue;
                };
                if row.value().attr("data-number").is_none() {
                    continue;
                }
                let id: ItemId = id.parse().expect("an item ID");
                let label = row
                    .select(&sel("th"))
                    .next()
                    .map(text_of)
                    .unwrap_or_default();
                let marked = label.contains('※') || heading.contains('※') || title.contains('※');
                if id.is_significant(form) {
                    assert!(
                        marked,
                        "{name}: {id} has no ※: {label} / {heading} / {title}"
                    );
                    assert_eq!(
                        row.value().attr("data-significant").unwrap_or("true"),
                        "true"
                    );
                } else {
                    assert!(!label.contains('※'), "{name}: {id} is no ※ item: {label}");
                }
            }
        }
    }
}

#[test]
fn chapters_follow_the_forms_list_of_contents() {
    let chapters = |report: &Report| -> Vec<String> {
        let doc = Html::parse_document(&to_html(report));
        doc.select(&sel("main > section"))
            .filter_map(|s| s.value().attr("data-chapter").map(str::to_owned))
            .collect()
    };
    let full = Sample::EdogawaFull.load().unwrap();
    let mut want = vec!["表紙", "Ⅰ", "別添1"];
    want.extend(std::iter::repeat_n("Ⅱ", full.files.len()));
    want.extend(["別添2", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "変更箇所"]);
    assert_eq!(chapters(&full), want);
    assert_eq!(
        chapters(&Report::empty(AssessmentKind::Focused)),
        ["表紙", "Ⅰ", "Ⅱ", "別添1", "Ⅲ", "Ⅳ", "Ⅴ", "変更箇所"]
    );
    assert_eq!(
        chapters(&Sample::KumagayaBasic.load().unwrap()),
        ["表紙", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "変更箇所"]
    );
}

/// The texts a value of the report's JSON is printed as: strings as written, ISO dates and
/// months in 和暦, numbers in digits, the labels of 入手元 (the keys of its object).
fn expected_texts(
    json: &serde_json::Value,
    key: &str,
    form: AssessmentKind,
    out: &mut Vec<String>,
) {
    match json {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                if k == "schema_version" || k == "form" {
                    continue;
                }
                if key == "sources" {
                    out.push(k.clone());
                }
                expected_texts(v, k, form, out);
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                expected_texts(v, key, form, out);
            }
        }
        serde_json::Value::String(s) if key == "item_id" => {
            let id: ItemId = s.parse().expect("an item ID");
            if let Some(number) = id.number(form) {
                out.push(number.to_owned());
            }
        }
        serde_json::Value::String(s) => {
            if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                out.push(WarekiDate::from_naive(d).expect("a 和暦 date").to_string());
            } else if let Some((y, m)) = s
                .split_once('-')
                .filter(|(y, m)| y.len() == 4 && m.len() == 2)
                .and_then(|(y, m)| Some((y.parse().ok()?, m.parse().ok()?)))
            {
                out.push(
                    YearMonth::from_gregorian(y, m)
                        .expect("a month")
                        .to_string(),
                );
            } else {
                out.push(s.replace("\r\n", "\n").replace('\r', "\n"));
            }
        }
        serde_json::Value::Number(n) => out.push(n.to_string()),
        serde_json::Value::Bool(_) | serde_json::Value::Null => {}
    }
}

/// The text a document shows, a text longer than a page whole: without the labels of the rows
/// that continue it (`tr.continued`) and the line breaks between rows.
fn shown_text(doc: &Html) -> String {
    doc.root_element()
        .descendants()
        .filter(|node| {
            let parent = node.parent().and_then(ElementRef::wrap);
            let continued_label = node.ancestors().filter_map(ElementRef::wrap).any(|a| {
                a.value().name() == "th"
                    && a.parent()
                        .and_then(ElementRef::wrap)
                        .is_some_and(|tr| tr.value().classes().any(|c| c == "continued"))
            });
            !continued_label && parent.is_none_or(|p| p.value().name() != "tbody")
        })
        .filter_map(|node| node.value().as_text().map(|t| t.to_string()))
        .chain(continued_changes(doc))
        .collect()
}

/// The 変更前の記載 and 変更後の記載 of each change whose rows continue on more rows, each whole.
fn continued_changes(doc: &Html) -> Vec<String> {
    let mut texts = Vec::new();
    for row in doc.select(&sel("tr.change:not(.continued)")) {
        let i = row.value().attr("data-change").expect("a change row");
        let rows: Vec<ElementRef<'_>> = doc
            .select(&sel(&format!("tr.change[data-change=\"{i}\"]")))
            .collect();
        if rows.len() < 2 {
            continue;
        }
        for column in [2, 3] {
            texts.push("\n".to_owned());
            for r in &rows {
                texts.extend(r.select(&sel("td")).nth(column).map(text_of));
            }
        }
    }
    texts
}

#[test]
fn every_value_of_each_sample_appears() {
    for &sample in Sample::ALL {
        let report = sample.load().unwrap();
        let doc = Html::parse_document(&to_html(&report));
        let text = shown_text(&doc);
        let json: serde_json::Value = serde_json::from_str(sample.json()).unwrap();
        let mut expected = Vec::new();
        expected_texts(&json, "", report.form(), &mut expected);
        assert!(
            expected.len() > 100,
            "{}: {}",
            sample.as_str(),
            expected.len()
        );
        for want in expected.iter().filter(|w| !w.trim().is_empty()) {
            assert!(
                text.contains(want.as_str()),
                "{}: «{want}» is not shown",
                sample.as_str()
            );
        }
    }
}

#[test]
fn choices_show_the_chosen_option_and_the_list() {
    let report = Sample::EdogawaFull.load().unwrap();
    let doc = Html::parse_document(&to_html(&report));
    let row = doc
        .select(&sel("tr[data-item=\"affair.subject_count\"]"))
        .next()
        .expect("③対象人数");
    let text = text_of(row);
    assert!(text.contains("[ 30万人以上 ]"), "{text}");
    for label in SubjectCountBand::LABELS {
        assert!(text.contains(label), "{label}: {text}");
    }
    let selected: Vec<String> = row.select(&sel("li.selected")).map(text_of).collect();
    assert_eq!(selected, ["5) 30万人以上"]);

    // Each 他のシステムとの接続 shows every box, the checked ones with ○.
    for (system, row) in report
        .systems
        .iter()
        .zip(doc.select(&sel("tr[data-item=\"system.connections\"]")))
    {
        let boxes: Vec<String> = row.select(&sel("ul.checks li")).map(text_of).collect();
        assert!(boxes.len() >= Connection::LABELS.len(), "{boxes:?}");
        for &c in Connection::ALL {
            let want = if system.connections.contains(c) {
                format!("[ ○ ] {}", c.label())
            } else {
                format!("[ ] {}", c.label())
            };
            assert!(
                boxes.iter().any(|b| b.starts_with(&want)),
                "{want}: {boxes:?}"
            );
        }
    }
}

#[test]
fn re_entrustment_chains_are_nested_rows() {
    let mut report = ReportBuilder::new(AssessmentKind::Full, "国民健康保険に関する事務").build();
    report.files[0].entrustments = vec![
        Entrustment::new("審査支払", "国保連", StaffCountBand::From10To50)
            .with_re_entrustment("書面で承諾", "電算処理")
            .with_re_entrustee(ReEntrustee::new("国民健康保険中央会"))
            .with_re_entrustee(ReEntrustee::unnamed("運用・保守業務")),
    ];
    let doc = Html::parse_document(&to_html(&report));
    let levels: Vec<String> = doc.select(&sel("tr.level")).map(text_of).collect();
    assert_eq!(levels.len(), 2, "{levels:?}");
    assert!(
        levels[0].starts_with("再委託") && levels[1].starts_with("再々委託"),
        "{levels:?}"
    );
    let text: String = doc.root_element().text().collect();
    assert!(text.contains("国民健康保険中央会") && text.contains("運用・保守業務"));
}

/// A report whose texts are markup: every one must show as text.
fn hostile() -> Report {
    let mut report = ReportBuilder::new(AssessmentKind::Full, "<script>alert(1)</script>").build();
    report.cover.body = Some("江戸川区 &amp; \"長\" 'x' <b>太字</b>".to_owned());
    report.files[0].names = vec!["<img src=x onerror=alert(1)>".to_owned()];
    report.files[0].entrustments[0].entrustee = Some("<script>alert(2)</script>".to_owned());
    report.changes.push(
        ChangeRecord::new("<a href=\"http://example.invalid\">項目</a>")
            .with_values("a|b\nc", "<script>alert(3)</script>"),
    );
    report
}

#[test]
fn every_text_is_escaped() {
    let report = hostile();
    let html = to_html(&report);
    let lower = html.to_lowercase();
    for tag in [
        "<script", "<img", "<b>", "<iframe", "<link", "<object", "<embed",
    ] {
        assert!(!lower.contains(tag), "{tag} in the document");
    }
    assert!(html.contains("&amp;amp;"));
    let doc = Html::parse_document(&html);
    for tag in ["script", "img", "b", "iframe", "link"] {
        assert_eq!(doc.select(&sel(tag)).count(), 0, "{tag}");
    }
    // The only links are those of the 項目一覧, to the document's own chapters.
    for a in doc.select(&sel("a")) {
        assert!(
            a.ancestors()
                .filter_map(ElementRef::wrap)
                .any(|p| p.value().classes().any(|c| c == "contents")),
            "a link outside the 項目一覧: {}",
            a.html()
        );
        assert!(a.value().attr("href").is_some_and(|h| h.starts_with('#')));
    }
    let text: String = doc.root_element().text().collect();
    for shown in [
        "<script>alert(1)</script>",
        "<script>alert(2)</script>",
        "<script>alert(3)</script>",
        "江戸川区 &amp; \"長\" 'x' <b>太字</b>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"http://example.invalid\">項目</a>",
    ] {
        assert!(text.contains(shown), "{shown} is not shown as text");
    }
}

#[test]
fn the_document_is_standalone() {
    for (name, report) in reports()
        .into_iter()
        .chain([("hostile".to_owned(), hostile())])
    {
        let html = to_html(&report);
        assert!(
            html.starts_with("<!DOCTYPE html>\n<html lang=\"ja\">"),
            "{name}"
        );
        let doc = Html::parse_document(&html);
        for el in doc
            .root_element()
            .descendants()
            .filter_map(ElementRef::wrap)
        {
            for (attr, value) in el.value().attrs() {
                // A link of the 項目一覧 goes to a chapter of the document itself.
                let own = attr == "href" && value.starts_with('#');
                assert!(
                    own && el.value().name() == "a"
                        || !matches!(attr, "src" | "href" | "srcset" | "action" | "style")
                            && !attr.starts_with("on"),
                    "{name}: {attr}=\"{value}\" on <{}>",
                    el.value().name()
                );
            }
        }
        let style: String = doc.select(&sel("style")).map(text_of).collect();
        assert!(
            !style.contains("url(") && !style.contains("@import"),
            "{name}"
        );
        assert!(style.contains("@page") && style.contains("A4"), "{name}");
        assert_eq!(doc.select(&sel("meta[charset=\"utf-8\"]")).count(), 1);
    }
}

#[test]
fn the_changes_appendix_has_six_columns_and_a_row_per_change() {
    for &sample in Sample::ALL {
        let report = sample.load().unwrap();
        let doc = Html::parse_document(&to_html(&report));
        let table = doc
            .select(&sel("section[data-chapter=\"変更箇所\"] table"))
            .next()
            .expect("the 変更箇所");
        let columns: Vec<String> = table.select(&sel("tr.columns th")).map(text_of).collect();
        assert_eq!(
            columns,
            [
                "変更日",
                "項目",
                "変更前の記載",
                "変更後の記載",
                "提出時期",
                "提出時期に係る説明"
            ]
        );
        // One row per change, and for a text longer than a page rows that continue it, each
        // with the change's date and item.
        let rows: Vec<ElementRef<'_>> = table.select(&sel("tbody tr:not(.continued)")).collect();
        assert_eq!(rows.len(), report.changes.len(), "{}", sample.as_str());
        for (i, (row, change)) in rows.iter().zip(&report.changes).enumerate() {
            assert_eq!(row.select(&sel("td")).count(), 6);
            assert!(text_of(*row).contains(change.item.as_str()));
            assert_eq!(
                row.value().attr("data-change"),
                Some(i.to_string().as_str())
            );
        }
        for row in table.select(&sel("tbody tr.continued")) {
            let i: usize = row
                .value()
                .attr("data-change")
                .and_then(|i| i.parse().ok())
                .expect("the change it continues");
            let cells: Vec<String> = row.select(&sel("td")).map(text_of).collect();
            assert_eq!(cells.len(), 6);
            assert_eq!(cells[1], format!("{}（続き）", report.changes[i].item));
        }
    }
}

/// The rows of the Markdown 変更箇所 table (after its header and separator).
fn markdown_change_rows(md: &str) -> Vec<&str> {
    let table = md
        .split_once(
            "| 変更日 | 項目 | 変更前の記載 | 変更後の記載 | 提出時期 | 提出時期に係る説明 |\n",
        )
        .expect("the table header")
        .1;
    let mut lines = table.lines();
    assert_eq!(lines.next(), Some("| --- | --- | --- | --- | --- | --- |"));
    lines.take_while(|l| l.starts_with('|')).collect()
}

#[test]
fn markdown_has_one_table_row_per_change() {
    for &sample in Sample::ALL {
        let report = sample.load().unwrap();
        let md = to_markdown(&report);
        let rows = markdown_change_rows(&md);
        assert_eq!(rows.len(), report.changes.len(), "{}", sample.as_str());
        for row in rows {
            // Six cells: seven pipes that are not escaped.
            let pipes = row.matches('|').count() - row.matches("\\|").count();
            assert_eq!(pipes, 7, "{row}");
        }
    }
}

#[test]
fn markdown_escapes_pipes_new_lines_and_markup() {
    let md = to_markdown(&hostile());
    let rows = markdown_change_rows(&md);
    assert_eq!(rows.len(), 1);
    assert!(rows[0].contains(" a\\|b<br>c |"), "{}", rows[0]);
    assert!(
        rows[0].contains("\\<script\\>alert(3)\\</script\\>"),
        "{}",
        rows[0]
    );
    // Every `<` is escaped, except the line breaks of table cells and the anchors of the
    // chapter headings.
    let md = md
        .lines()
        .map(|line| match line.split_once("<a id=\"") {
            Some((head, rest)) if head.starts_with("## ") => {
                let (id, text) = rest.split_once("\"></a>").expect("an anchor");
                assert!(
                    id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
                    "{line}"
                );
                format!("{head}{text}")
            }
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let unescaped = md
        .replace("<br>", "")
        .match_indices('<')
        .filter(|(at, _)| !md.replace("<br>", "")[..*at].ends_with('\\'))
        .count();
    assert_eq!(unescaped, 0, "{md}");
    assert!(md.contains("\\<img src=x onerror=alert(1)\\>"));
    assert!(md.contains("江戸川区 \\&amp; \"長\" 'x' \\<b\\>太字\\</b\\>"));
}

#[test]
fn markdown_lists_every_item_label_of_the_form() {
    for (name, report) in reports() {
        let form = report.form();
        let md = to_markdown(&report);
        for id in ItemId::of_form(form) {
            let label = printed_label(id, form);
            if label.contains("（ ）") {
                continue; // printed with its count inside: （ 6 ）件
            }
            let mut escaped = String::new();
            for c in label.chars() {
                if "\\`*_[]<>#|~&!{}".contains(c) {
                    escaped.push('\\');
                }
                escaped.push(c);
            }
            assert!(md.contains(&escaped), "{name}: {id} «{label}»");
        }
    }
}

#[test]
fn a_risks_named_measures_come_between_its_heading_and_its_other_parts() {
    let report = Sample::EdogawaFull.load().unwrap();
    let doc = Html::parse_document(&to_html(&report));
    let rows: Vec<ElementRef<'_>> = doc.select(&sel("tr")).collect();
    let at = |item: &str| {
        rows.iter()
            .position(|r| r.value().attr("data-item") == Some(item))
            .unwrap_or_else(|| panic!("{item}"))
    };
    let risk = at("full.usage.risk2");
    let measures = [
        at("full.usage.risk2.user_auth"),
        at("full.usage.risk2.access_grant"),
        at("full.usage.risk2.access_rights"),
        at("full.usage.risk2.usage_record"),
    ];
    let next_risk = at("full.usage.risk3");
    let other = rows[risk..next_risk]
        .iter()
        .position(|r| text_of(*r).starts_with("その他の措置の内容"))
        .map(|i| i + risk)
        .expect("その他の措置の内容 of リスク２");
    assert!(measures.windows(2).all(|w| w[0] < w[1]), "{measures:?}");
    assert!(risk < measures[0] && measures[3] < other && other < next_risk);
    // The line below a measure takes the form's words.
    assert!(text_of(rows[measures[0] + 1]).starts_with("具体的な管理方法"));
}

#[test]
fn markdown_boxes_never_start_a_task_list() {
    for (name, report) in reports() {
        let md = to_markdown(&report);
        for line in md.lines() {
            let item = line.trim_start().strip_prefix("- ").unwrap_or("");
            assert!(
                !item.starts_with("[ ]") && !item.starts_with("[x]"),
                "{name}: {line}"
            );
        }
    }
}

/// A transcriber's note on a 提供先 or 移転先 is printed with it, in both writers (mutation
/// testing: the 提供先 arm was untested).
#[test]
fn a_destinations_note_is_printed_with_it() {
    let mut r = Report::example(AssessmentKind::Full);
    let file = &mut r.files[0];
    assert!(!file.provisions.is_empty() && !file.transfers.is_empty());
    file.provisions[0].note = Some("提供先の注記：別紙の一覧による".into());
    file.transfers[0].note = Some("移転先の注記：庁内の一覧による".into());
    for text in [to_markdown(&r), to_html(&r)] {
        assert!(text.contains("提供先の注記：別紙の一覧による"));
        assert!(text.contains("移転先の注記：庁内の一覧による"));
    }
}

#[test]
fn every_link_of_the_contents_goes_to_a_chapter_of_the_document() {
    for (name, report) in reports() {
        let html = to_html(&report);
        let doc = Html::parse_document(&html);
        let links: Vec<String> = doc
            .select(&sel("nav.contents a"))
            .filter_map(|a| a.value().attr("href"))
            .map(|h| h.trim_start_matches('#').to_owned())
            .collect();
        assert!(!links.is_empty(), "{name}: no 項目一覧");
        for id in &links {
            let target = doc
                .select(&sel(&format!("[id=\"{id}\"]")))
                .next()
                .unwrap_or_else(|| panic!("{name}: #{id} goes nowhere"));
            assert_eq!(target.value().name(), "section", "{name}: #{id}");
        }
        // Every chapter is in the 項目一覧, in the document's order.
        let chapters: Vec<String> = doc
            .select(&sel("section.chapter"))
            .filter_map(|s| s.value().attr("id"))
            .map(str::to_owned)
            .collect();
        let mut listed = links.clone();
        listed.dedup();
        assert_eq!(listed, chapters, "{name}");
        // The Markdown has the same 項目一覧 and the same anchors.
        let md = to_markdown(&report);
        for id in &links {
            assert!(md.contains(&format!("](#{id})")), "{name}: #{id}");
            assert!(md.contains(&format!("<a id=\"{id}\"></a>")), "{name}: {id}");
        }
    }
}

/// Text that would move a terminal's cursor or the reading order, in a free-text box, a name
/// and a cell of the 変更箇所.
fn with_controls() -> Report {
    let mut report = Report::example(AssessmentKind::Full);
    report.cover.special_note =
        Some("前\u{1b}[2J後\u{202e}逆\u{2066}隔\u{2028}行\u{7f}\u{85}末".to_owned());
    report.files[0].names = vec!["ファイル\u{202d}名\u{2069}".to_owned()];
    report
        .changes
        .push(ChangeRecord::new("項\u{2029}目").with_values("前\u{1b}", "後\u{202a}"));
    report
}

/// The characters no rendered text may hold raw.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

#[test]
fn controls_and_bidi_characters_are_shown_as_escapes() {
    let report = with_controls();
    let html = to_html(&report);
    assert!(!html.chars().any(is_unsafe), "a raw control in the HTML");
    let doc = Html::parse_document(&html);
    let escapes: Vec<String> = doc.select(&sel("span.esc")).map(text_of).collect();
    for shown in [
        "\\u{1b}",
        "\\u{202e}",
        "\\u{2066}",
        "\\u{2028}",
        "\\u{7f}",
        "\\u{85}",
        "\\u{202d}",
        "\\u{2069}",
        "\\u{2029}",
        "\\u{202a}",
    ] {
        assert!(
            escapes.iter().any(|e| e == shown),
            "{shown} not shown: {escapes:?}"
        );
    }
    let note = doc
        .select(&sel("[data-item=\"cover.special_note\"] .value"))
        .next()
        .map(text_of)
        .expect("the 特記事項");
    assert_eq!(
        note,
        "前\\u{1b}[2J後\\u{202e}逆\\u{2066}隔\\u{2028}行\\u{7f}\\u{85}末"
    );

    let md = to_markdown(&report);
    assert!(!md.chars().any(is_unsafe), "a raw control in the Markdown");
    assert!(
        md.contains("前\\u{1b}\\[2J後\\u{202e}逆\\u{2066}隔\\u{2028}行\\u{7f}\\u{85}末"),
        "{md}"
    );
    assert!(md.contains("ファイル\\u{202d}名\\u{2069}"));
    let rows = markdown_change_rows(&md);
    let last = rows.last().expect("a change row");
    assert!(
        last.contains("項\\u{2029}目")
            && last.contains("前\\u{1b}")
            && last.contains("後\\u{202a}"),
        "{last}"
    );
    // Line breaks and tabs of a text stay its layout.
    let mut report = Report::example(AssessmentKind::Basic);
    report.cover.special_note = Some("一行目\n二行目\tタブ".to_owned());
    let doc = Html::parse_document(&to_html(&report));
    let note = doc
        .select(&sel("[data-item=\"cover.special_note\"] .value"))
        .next()
        .map(text_of)
        .expect("the 特記事項");
    assert_eq!(note, "一行目\n二行目\tタブ");
}

#[test]
fn a_text_longer_than_a_page_is_rows_that_each_repeat_the_label() {
    let mut report = Report::example(AssessmentKind::Full);
    let long = format!("{}。\n", "長い説明".repeat(30)).repeat(30);
    report.affair.description = Some(long.clone());
    let doc = Html::parse_document(&to_html(&report));
    let row = doc
        .select(&sel("tr[data-item=\"affair.description\"]"))
        .next()
        .expect("the row");
    let continued: Vec<ElementRef<'_>> = doc.select(&sel("tr.continued")).collect();
    assert!(continued.len() >= 2, "{}", continued.len());
    for tr in &continued {
        let label = tr.select(&sel("th")).next().map(text_of).expect("a label");
        assert_eq!(label, "②事務の内容（続き）");
    }
    let mut pieces: String = row.select(&sel("td")).map(text_of).collect();
    for tr in &continued {
        pieces.extend(tr.select(&sel("td")).map(text_of));
    }
    assert_eq!(pieces, long);
    assert!(shown_text(&doc).contains(&long));
}

#[test]
fn dates_never_break_inside() {
    for (name, report) in reports() {
        let doc = Html::parse_document(&to_html(&report));
        for row in doc.select(&sel("tr.change")) {
            let cell = row.select(&sel("td")).next().expect("a date cell");
            if text_of(cell).is_empty() {
                continue;
            }
            let date = cell
                .select(&sel("span.date"))
                .next()
                .unwrap_or_else(|| panic!("{name}: a date outside a span.date: {}", cell.html()));
            assert_eq!(text_of(date), text_of(cell), "{name}");
        }
        let style: String = doc.select(&sel("style")).map(text_of).collect();
        assert!(style.contains(".date { white-space: nowrap; }"), "{name}");
    }
    // A date in a value cell too (公表日).
    let doc = Html::parse_document(&to_html(&Report::example(AssessmentKind::Full)));
    let published = doc
        .select(&sel("[data-item=\"cover.published_on\"] .value span.date"))
        .next()
        .map(text_of);
    assert_eq!(published.as_deref(), Some("令和7年6月30日"));
}

/// A report written on an older revision of the forms renders its cover in that revision's
/// labels (issue 43): 平成26年4月 prints 「特定個人情報保護委員会　承認日」 and its tag.
#[test]
fn a_cover_renders_in_the_labels_of_its_revision() {
    use mynumber_pia::form::FormRevision;

    let mut report = Sample::EdogawaFull.load().unwrap();
    report.cover.form_version = Some(FormRevision::Heisei26April);
    let html = to_html(&report);
    let markdown = to_markdown(&report);
    for text in [&html, &markdown] {
        assert!(
            text.contains("特定個人情報保護委員会　承認日"),
            "the old label"
        );
        assert!(text.contains("[平成26年4月　様式4]"), "the old tag");
    }
    // From 平成28年1月 on, the commission's present name.
    report.cover.form_version = Some(FormRevision::Heisei28January);
    let html = to_html(&report);
    assert!(!html.contains("特定個人情報保護委員会　承認日"));
    assert!(html.contains("個人情報保護委員会　承認日"));
    assert!(html.contains("[平成28年1月　様式4]"));
}

/// Each form's cover on 平成26年4月 (issue 43): rendered with `[平成26年4月　様式N]` (様式2, 3, 4)
/// and, on the one cover that has a 承認日 (様式4), 「特定個人情報保護委員会　承認日」; the importer
/// reads both back from the HTML and the Markdown — the revision from the tag, the 承認日 under
/// the old label. On 平成28年1月, the commission's present name, read back the same.
#[test]
fn every_forms_old_cover_renders_and_imports_in_its_labels() {
    use mynumber_pia::form::FormRevision;
    use mynumber_pia::import::import;

    let approved = NaiveDate::from_ymd_opt(2015, 3, 2);
    for (form, number) in [
        (AssessmentKind::Basic, 2),
        (AssessmentKind::Focused, 3),
        (AssessmentKind::Full, 4),
    ] {
        let has_approval = form == AssessmentKind::Full;
        for (revision, label) in [
            (
                FormRevision::Heisei26April,
                "特定個人情報保護委員会　承認日",
            ),
            (FormRevision::Heisei28January, "個人情報保護委員会　承認日"),
        ] {
            let mut report = Report::example(form);
            report.cover.form_version = Some(revision);
            if has_approval {
                report.cover.approval_date = approved;
            }
            let tag = format!("[{revision}　様式{number}]");
            for text in [to_html(&report), to_markdown(&report)] {
                let shown = format!("{form:?} {revision}");
                assert!(text.contains(&tag), "{shown}: {tag}");
                assert_eq!(text.contains(label), has_approval, "{shown}: {label}");
                assert_eq!(
                    text.contains("特定個人情報保護委員会"),
                    has_approval && revision == FormRevision::Heisei26April,
                    "{shown}: the commission's old name"
                );
                let draft = import(&text).unwrap();
                assert_eq!(draft.report.cover.form_version, Some(revision), "{shown}");
                assert_eq!(
                    draft.report.cover.approval_date, report.cover.approval_date,
                    "{shown}"
                );
            }
        }
    }
}

/// The body renders in its revision's labels and items too (issue 43): before 平成30年5月 the
/// 担当部署's ② is 「所属長」, and the 基礎項目評価書 has no Ⅳ リスク対策 — unless the report holds a
/// value there, which is never left unprinted.
#[test]
fn a_body_renders_in_the_labels_and_items_of_its_revision() {
    use mynumber_pia::form::FormRevision;

    let head_label = |html: &str| {
        let doc = Html::parse_document(html);
        doc.select(&sel("[data-item=\"affair.department_head\"] th"))
            .next()
            .map(text_of)
            .unwrap_or_default()
    };
    let mut full = Sample::EdogawaFull.load().unwrap();
    full.cover.form_version = Some(FormRevision::Heisei29May);
    let label = head_label(&to_html(&full));
    assert!(
        label.contains("所属長") && !label.contains("役職名"),
        "{label}"
    );
    assert!(to_markdown(&full).contains("②所属長"));
    assert!(!to_markdown(&full).contains("所属長の役職名"));
    full.cover.form_version = Some(FormRevision::Heisei30May);
    assert!(head_label(&to_html(&full)).contains("所属長の役職名"));

    // A 基礎 report of 平成26年4月 with nothing in Ⅳ prints no Ⅳ, nor lists it.
    let mut basic = Sample::KumagayaBasic.load().unwrap();
    basic.basic_mut().unwrap().risk_measures = Default::default();
    basic.cover.form_version = Some(FormRevision::Heisei26April);
    // (The chapter's heading and its line of the 項目一覧; the 変更箇所 may name it.)
    let has_risks = |markdown: &str| {
        let lines = markdown.lines();
        lines
            .filter(|l| l.starts_with("## ") || l.starts_with("- ["))
            .any(|l| l.contains("Ⅳ　リスク対策"))
    };
    let markdown = to_markdown(&basic);
    assert!(!has_risks(&markdown), "{markdown}");
    assert!(markdown.contains("Ⅱ　しきい値判断項目"));
    basic.cover.form_version = Some(FormRevision::Heisei30May);
    assert!(has_risks(&to_markdown(&basic)));
    // The sample's own values in Ⅳ are printed whatever its tag says.
    let mut tagged = Sample::KumagayaBasic.load().unwrap();
    tagged.cover.form_version = Some(FormRevision::Heisei26April);
    assert!(has_risks(&to_markdown(&tagged)));
}
