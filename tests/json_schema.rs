//! The JSON Schema of the report format (`schema/report.schema.json`, draft 2020-12), for tools in
//! other languages: derived by the crate (`report::json_schema()`, from the model's types and the
//! item table), compared byte for byte with the committed file, and checked with a validator
//! against the samples and generated reports, and against what `Report::from_json` rejects.
//!
//! After a change of the format, rewrite the file with
//! `PIA_BLESS=1 cargo test --all-features --test json_schema`.
#![cfg(all(feature = "proptest", feature = "schema"))]

#[path = "common/golden.rs"]
mod golden;

use std::collections::BTreeSet;

use mynumber_pia::generate::{Scenario, generate};
use mynumber_pia::report::{DataSubjectBand, JSON_SCHEMA, Report, Sufficiency, json_schema};
use mynumber_pia::threshold::{StatedThresholdResult, SubjectCountBand};
use mynumber_pia::{AssessmentKind, Choice, Sample, fixtures};
use proptest::prelude::*;
use serde_json::{Value, json};

/// The generated schema as the committed file holds it.
fn generated_text() -> String {
    format!("{:#}\n", json_schema())
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    // `report::JSON_SCHEMA` is this file, included when the crate is built.
    let committed = golden::check("schema/report.schema.json", &generated_text());
    assert!(committed.is_ok(), "{committed:?}");
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(JSON_SCHEMA).unwrap();
    jsonschema::draft202012::meta::validate(&schema).expect("a valid draft 2020-12 schema");
    jsonschema::draft202012::new(&schema).expect("the schema compiles")
}

/// The schema's errors for `json`, one line each.
fn errors(validator: &jsonschema::Validator, json: &str) -> Vec<String> {
    let instance: Value = serde_json::from_str(json).unwrap();
    validator
        .iter_errors(&instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_samples_are_valid() {
    let v = validator();
    for sample in Sample::ALL {
        let e = errors(&v, sample.json());
        assert!(e.is_empty(), "{}: {e:?}", sample.as_str());
        // Written back by the crate, too.
        let written = sample.load().unwrap().to_json();
        assert!(errors(&v, &written).is_empty(), "{}", sample.as_str());
    }
}

#[test]
fn examples_and_generated_reports_are_valid() {
    let v = validator();
    for &form in AssessmentKind::ALL {
        assert!(errors(&v, &Report::example(form).to_json()).is_empty());
        for seed in 0..30 {
            let s = Scenario::default().with_form(form).with_entrustments(5);
            let json = generate(&s, seed).unwrap().to_json();
            let e = errors(&v, &json);
            assert!(e.is_empty(), "{form} seed {seed}: {e:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    /// Whatever the crate writes, the schema accepts: any loadable report, any valid one.
    #[test]
    fn written_reports_are_valid(report in fixtures::report()) {
        let v = validator();
        let json = report.to_json();
        let e = errors(&v, &json);
        prop_assert!(e.is_empty(), "{:?}", e);
    }

    #[test]
    fn defective_reports_are_valid_json(
        (report, codes) in prop::sample::select(AssessmentKind::ALL).prop_flat_map(fixtures::defective_report),
    ) {
        let v = validator();
        let e = errors(&v, &report.to_json());
        prop_assert!(e.is_empty(), "{:?}: {:?}", codes, e);
    }
}

/// `Report::from_json` refuses it and so does the schema.
fn assert_both_reject(v: &jsonschema::Validator, json: &str, why: &str) {
    assert!(
        Report::from_json(json).is_err(),
        "{why}: from_json accepts it"
    );
    assert!(!errors(v, json).is_empty(), "{why}: the schema accepts it");
}

/// A generated 全項目 report as a JSON value, to break.
fn full_value() -> Value {
    let s = Scenario::default().with_form(AssessmentKind::Full);
    serde_json::to_value(generate(&s, 0).unwrap()).unwrap()
}

#[test]
fn what_from_json_rejects_the_schema_rejects() {
    let v = validator();
    // An unknown field, at the root and deep inside.
    let mut r = full_value();
    r["remarks"] = json!("x");
    assert_both_reject(&v, &r.to_string(), "unknown root field");
    let mut r = full_value();
    r["files"][0]["storage"]["shelf"] = json!("B2");
    assert_both_reject(&v, &r.to_string(), "unknown nested field");
    // A wrong label.
    let mut r = full_value();
    r["files"][0]["data_subjects"] = json!("10万人");
    assert_both_reject(&v, &r.to_string(), "wrong label");
    let mut r = full_value();
    r["full"]["risk_measures"]["usage"]["risk3"]["sufficiency"] = json!("まあまあ");
    assert_both_reject(&v, &r.to_string(), "wrong label in the form part");
    // An item of another form: 保管期間 in a 重点 report, 委託事項 in a 基礎 report.
    let mut r = full_value();
    r["form"] = json!("重点項目評価");
    r["focused"] = json!({});
    r.as_object_mut().unwrap().remove("full");
    for key in ["necessity", "benefits", "description_appendix"] {
        r["affair"][key] = Value::Null;
    }
    for f in r["files"].as_array_mut().unwrap() {
        for key in ["timing", "validity", "notice"] {
            f["acquisition"][key] = Value::Null;
        }
        for key in ["statistics", "decisions", "purpose_change_validity"] {
            f["usage"][key] = Value::Null;
        }
        for e in f["entrustments"].as_array_mut().unwrap() {
            for key in [
                "scope",
                "data_subjects",
                "subject_scope",
                "scope_validity",
                "entrustee_confirmation",
            ] {
                e[key] = Value::Null;
            }
            e["handover_methods"] = json!({ "checked": [], "other": null });
        }
        for key in ["retention", "retention_validity", "erasure"] {
            f["storage"][key] = Value::Null;
        }
    }
    for key in [
        "request_note",
        "fee",
        "fee_detail",
        "register_published",
        "register_file_name",
        "register_place",
    ] {
        r["disclosure"][key] = Value::Null;
    }
    for key in ["shortening_reason", "reflection"] {
        r["procedures"]["public_comment"][key] = Value::Null;
    }
    // Without the 全項目-only items it is a loadable 重点 report…
    let focused = r.to_string();
    assert!(
        Report::from_json(&focused).is_ok(),
        "{:?}",
        Report::from_json(&focused).err()
    );
    assert!(
        errors(&v, &focused).is_empty(),
        "{:?}",
        errors(&v, &focused)
    );
    // …and a 保管期間 makes it one neither accepts.
    r["files"][0]["storage"]["retention"] = json!("5年");
    assert_both_reject(&v, &r.to_string(), "保管期間 in a 重点 report");
    // A blank text stays allowed, as loading allows it.
    r["files"][0]["storage"]["retention"] = Value::Null;
    r["files"][0]["storage"]["erasure"] = json!("　");
    assert!(Report::from_json(&r.to_string()).is_ok());
    assert!(errors(&v, &r.to_string()).is_empty());
    // The part of another form, and a missing form.
    let mut r = full_value();
    r["basic"] = json!({});
    assert_both_reject(&v, &r.to_string(), "two parts");
    let mut r = full_value();
    r.as_object_mut().unwrap().remove("form");
    assert_both_reject(&v, &r.to_string(), "no form");
    // A 委託事項 in a 基礎 report.
    let basic = generate(&Scenario::default().with_form(AssessmentKind::Basic), 0).unwrap();
    let mut r = serde_json::to_value(basic).unwrap();
    r["files"] = json!([{ "entrustments": [{ "entrustee": "株式会社あおぞら" }] }]);
    assert_both_reject(&v, &r.to_string(), "委託事項 in a 基礎 report");
}

/// Every property the schema names is one the crate writes: the generated reports of the three
/// forms (which fill every field) hold every key of their form's schema.
#[test]
fn the_schema_names_only_fields_the_crate_writes() {
    fn keys(value: &Value, path: &str, out: &mut BTreeSet<String>) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    let p = format!("{path}.{k}");
                    out.insert(p.clone());
                    // 入手元 is a map from labels, not an object of fields.
                    if k != "sources" {
                        keys(v, &p, out);
                    }
                }
            }
            Value::Array(items) => {
                for v in items {
                    keys(v, &format!("{path}[]"), out);
                }
            }
            _ => {}
        }
    }
    fn declared(defs: &Value, schema: &Value, path: &str, out: &mut BTreeSet<String>) {
        if let Some(name) = schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/$defs/"))
        {
            declared(defs, &defs[name], path, out);
        }
        for alternative in schema
            .get("anyOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            declared(defs, alternative, path, out);
        }
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (k, v) in props {
                let p = format!("{path}.{k}");
                out.insert(p.clone());
                declared(defs, v, &p, out);
            }
        }
        if let Some(items) = schema.get("items") {
            declared(defs, items, &format!("{path}[]"), out);
        }
    }
    let schema = json_schema();
    for &form in AssessmentKind::ALL {
        let mut written = BTreeSet::new();
        for seed in 0..20 {
            let s = Scenario::default()
                .with_form(form)
                .with_entrustments(6)
                .with_re_entrustment_depth(2)
                .with_incident(true)
                // 1万人以上10万人未満 with a 重大事故 requires 重点; 30万人以上 全項目.
                .with_subjects(if form == AssessmentKind::Focused {
                    50_000
                } else {
                    450_000
                });
            let r = generate(&s, seed).unwrap();
            keys(&serde_json::to_value(&r).unwrap(), "", &mut written);
            // A 情報連携 part that says 「なし」.
            let none = mynumber_pia::generate::with_defect(
                &r,
                mynumber_pia::validation::Code::LinkageNoneContradicted,
                s.as_of,
            )
            .unwrap();
            keys(
                &serde_json::to_value(&none.report).unwrap(),
                "",
                &mut written,
            );
            let mut asks_nothing = r.clone();
            asks_nothing.affair.info_linkage_basis = Some(
                mynumber_pia::report::LinkageBasis::parse(
                    "（1）情報提供の根拠\n番号利用法第19条第8号\n（2）情報照会の根拠\nなし（情報照会は行わない。）",
                )
                .unwrap(),
            );
            keys(
                &serde_json::to_value(&asks_nothing).unwrap(),
                "",
                &mut written,
            );
        }
        // Fields the generator leaves out but the samples have.
        for sample in Sample::ALL {
            let r = sample.load().unwrap();
            if r.form() == form {
                keys(&serde_json::to_value(&r).unwrap(), "", &mut written);
            }
        }
        let mut named = BTreeSet::new();
        declared(
            &schema["$defs"],
            &schema["$defs"][format!("{}_report", form.as_str())],
            "",
            &mut named,
        );
        // ChangeRecord.note is written only when present.
        let missing: Vec<&String> = named
            .difference(&written)
            .filter(|p| !p.ends_with("changes[].note"))
            // A 基礎 report has no Ⅱ: its (blank) file blocks are checked with the other forms.
            .filter(|p| !(form == AssessmentKind::Basic && p.starts_with(".files[]")))
            .collect();
        assert!(missing.is_empty(), "{form}: {missing:?}");
        assert!(
            written.is_subset(&named),
            "{form}: {:?}",
            written.difference(&named).collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_choice_lists_are_their_official_labels() {
    fn labels<C: Choice>(schema: &Value, name: &str) {
        assert_eq!(schema["$defs"][name]["enum"], json!(C::LABELS), "{name}");
    }
    let schema = json_schema();
    labels::<SubjectCountBand>(&schema, "SubjectCountBand");
    labels::<DataSubjectBand>(&schema, "DataSubjectBand");
    labels::<Sufficiency>(&schema, "Sufficiency");
    labels::<AssessmentKind>(&schema, "AssessmentKind");
    assert_eq!(
        schema["$defs"]["SubjectCountBand"]["enum"][4],
        json!("30万人以上")
    );
    // Every しきい値判断結果 the crate writes, the nine a form prints first.
    let results = schema["$defs"]["StatedThresholdResult"]["enum"]
        .as_array()
        .unwrap();
    assert_eq!(
        results[..9],
        json!(StatedThresholdResult::LABELS).as_array().unwrap()[..]
    );
    assert!(results.contains(&json!(
        "基礎項目評価の実施が義務付けられる（任意に重点項目評価を実施）"
    )));
}

// ── One rule: a document loads if and only if the schema accepts it ──────────────────────

#[allow(dead_code, unused_imports)] // the fuzz targets' seeds and their helpers
#[path = "../fuzz/checks.rs"]
mod checks;
#[allow(dead_code)] // the text mutations of the other targets
#[path = "../examples/fuzz/mutate.rs"]
mod mutate;

/// Whether some object of the JSON text has a key twice: the one thing of JSON the schema
/// cannot see (it reads the last), which loading refuses.
fn has_duplicate_key(text: &str) -> bool {
    use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
    struct Dup;
    impl<'de> serde::de::DeserializeSeed<'de> for Dup {
        type Value = bool;
        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
            d.deserialize_any(Dup)
        }
    }
    impl<'de> Visitor<'de> for Dup {
        type Value = bool;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_bool<E>(self, _: bool) -> Result<bool, E> {
            Ok(false)
        }
        fn visit_i64<E>(self, _: i64) -> Result<bool, E> {
            Ok(false)
        }
        fn visit_u64<E>(self, _: u64) -> Result<bool, E> {
            Ok(false)
        }
        fn visit_f64<E>(self, _: f64) -> Result<bool, E> {
            Ok(false)
        }
        fn visit_str<E>(self, _: &str) -> Result<bool, E> {
            Ok(false)
        }
        fn visit_unit<E>(self) -> Result<bool, E> {
            Ok(false)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
            let mut dup = false;
            while let Some(d) = seq.next_element_seed(Dup)? {
                dup |= d;
            }
            Ok(dup)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
            let mut keys = BTreeSet::new();
            let mut dup = false;
            while let Some(key) = map.next_key::<String>()? {
                dup |= !keys.insert(key);
                dup |= map.next_value_seed(Dup)?;
            }
            Ok(dup)
        }
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let _ = IgnoredAny;
    serde::de::DeserializeSeed::deserialize(Dup, &mut de).unwrap_or(false)
}

/// Loading and the schema agree on `text`, or what they disagree on.
fn agree(v: &jsonschema::Validator, text: &str) -> Result<(), String> {
    let loaded = Report::from_json(text);
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        // Not JSON: nothing for the schema to judge, and nothing to load.
        return match loaded {
            Ok(_) => Err("not JSON, but it loads".into()),
            Err(_) => Ok(()),
        };
    };
    if has_duplicate_key(text) {
        return match loaded {
            Ok(_) => Err("a key twice, but it loads".into()),
            Err(_) => Ok(()),
        };
    }
    let refusals: Vec<String> = v
        .iter_errors(&value)
        .take(3)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    match (loaded, refusals.is_empty()) {
        (Ok(_), true) | (Err(_), false) => Ok(()),
        (Ok(_), false) => Err(format!("it loads, the schema refuses it: {refusals:?}")),
        // The rule a JSON Schema cannot state: a part of a 情報連携 basis object must be words of
        // its text (the schema's description says so).
        (Err(e), true)
            if e.path() == "affair.info_linkage_basis"
                && value["affair"]["info_linkage_basis"].is_object() =>
        {
            Ok(())
        }
        (Err(e), true) => Err(format!("the schema accepts it, loading refuses it: {e}")),
    }
}

/// The documents the mutations start from: the samples, the examples, generated reports of the
/// three forms and the v1 fixture.
fn corpus() -> Vec<Value> {
    let mut docs: Vec<Value> = Sample::ALL
        .iter()
        .map(|s| serde_json::from_str(s.json()).unwrap())
        .collect();
    for &form in AssessmentKind::ALL {
        docs.push(serde_json::to_value(Report::example(form)).unwrap());
        let s = Scenario::default().with_form(form).with_entrustments(3);
        docs.push(serde_json::to_value(generate(&s, 1).unwrap()).unwrap());
    }
    let v1 = include_str!("fixtures/v1/seed-003-kumagaya-basic.json");
    docs.push(serde_json::from_str(v1).unwrap());
    docs
}

/// A change to a document.
type Edit = Box<dyn Fn(&mut Value)>;

#[test]
fn loading_and_the_schema_agree_on_the_corpus_and_its_known_edges() {
    let v = validator();
    let docs = corpus();
    for doc in &docs {
        assert_eq!(agree(&v, &doc.to_string()), Ok(()));
    }
    let full = full_value();
    // Each edit is applied to a 全項目 report; loading and the schema must agree on the result.
    let edits: Vec<(&str, Edit)> = vec![
        (
            "an array for an object",
            Box::new(|r| r["cover"] = json!([])),
        ),
        (
            "a positional array",
            Box::new(|r| r["cover"] = json!(["3", "評価書"])),
        ),
        (
            "a list of objects as lists",
            Box::new(|r| r["files"] = json!([[["a"]]])),
        ),
        (
            "a date with a leading space",
            Box::new(|r| r["cover"]["published_on"] = json!(" 2024-12-06")),
        ),
        (
            "a date of year 0",
            Box::new(|r| r["cover"]["published_on"] = json!("0000-02-29")),
        ),
        (
            "a date of one-digit month",
            Box::new(|r| r["cover"]["published_on"] = json!("2024-1-06")),
        ),
        (
            "a day that is not",
            Box::new(|r| r["cover"]["published_on"] = json!("2023-02-29")),
        ),
        (
            "a leap day of 2000",
            Box::new(|r| r["cover"]["published_on"] = json!("2000-02-29")),
        ),
        (
            "a leap day of 1900",
            Box::new(|r| r["cover"]["published_on"] = json!("1900-02-29")),
        ),
        (
            "a month before 1873",
            Box::new(|r| r["files"][0]["holding_start"] = json!("1872-12")),
        ),
        (
            "the first month",
            Box::new(|r| r["files"][0]["holding_start"] = json!("1873-01")),
        ),
        (
            "a form label with a space",
            Box::new(|r| r["form"] = json!("全項目 評価")),
        ),
        (
            "a label with a list number",
            Box::new(|r| r["files"][0]["data_subjects"] = json!("１）1万人未満")),
        ),
        (
            "an alias",
            Box::new(|r| r["cover"]["body_kind"] = json!("地方公共団体")),
        ),
        (
            "schema_version 1",
            Box::new(|r| r["schema_version"] = json!(1)),
        ),
        (
            "schema_version 2.0",
            Box::new(|r| r["schema_version"] = json!(2.0)),
        ),
        (
            "schema_version 3",
            Box::new(|r| r["schema_version"] = json!(3)),
        ),
        (
            "a count 3.0",
            Box::new(|r| r["files"][0]["entrustment_count"] = json!(3.0)),
        ),
        (
            "a count 3.5",
            Box::new(|r| r["files"][0]["entrustment_count"] = json!(3.5)),
        ),
        (
            "a count past u32",
            Box::new(|r| r["files"][0]["entrustment_count"] = json!(5_000_000_000_u64)),
        ),
        (
            "a blank legal basis",
            Box::new(|r| r["affair"]["number_use_basis"] = json!("\u{3000}\u{85}")),
        ),
        (
            "a basis of a BOM",
            Box::new(|r| r["affair"]["number_use_basis"] = json!("\u{feff}")),
        ),
        (
            "a v1 linkage string",
            Box::new(|r| r["affair"]["info_linkage_basis"] = json!("番号法第19条第8号")),
        ),
        (
            "a box twice",
            Box::new(|r| {
                r["systems"][0]["connections"]["checked"] =
                    json!(["庁内連携システム", "庁内連携システム"])
            }),
        ),
        (
            "an unknown source",
            Box::new(|r| r["files"][0]["acquisition"]["sources"] = json!({ "隣人": null })),
        ),
        (
            "a threshold result with a suffix",
            Box::new(|r| {
                r["procedures"]["basic_assessment"]["threshold_result"] =
                    json!("基礎項目評価の実施が義務付けられる（任意に全項目評価を実施）")
            }),
        ),
        (
            "a threshold result spelt loosely",
            Box::new(|r| {
                r["procedures"]["basic_assessment"]["threshold_result"] =
                    json!("基礎項目評価の実施が義務付けられる(任意に全項目評価を実施)")
            }),
        ),
        (
            "an item ID",
            Box::new(|r| r["changes"] = json!([{ "item_id": "cover.title" }])),
        ),
        (
            "an unknown item ID",
            Box::new(|r| r["changes"] = json!([{ "item_id": "cover.colour" }])),
        ),
        ("a null part", Box::new(|r| r["full"] = Value::Null)),
        ("a null list", Box::new(|r| r["files"] = Value::Null)),
    ];
    for (why, edit) in &edits {
        let mut r = full.clone();
        edit(&mut r);
        assert_eq!(agree(&v, &r.to_string()), Ok(()), "{why}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, failure_persistence: None, ..ProptestConfig::default() })]

    /// The fuzz driver's mutations of the corpus (values changed, removed, duplicated, retyped,
    /// keys misspelt, text cut), one to three rounds: loading and the schema agree on each.
    #[test]
    fn loading_and_the_schema_agree_on_mutations(doc in 0usize..100, seed in any::<u64>(), rounds in 1usize..4) {
        thread_local! {
            static FIXTURE: (jsonschema::Validator, Vec<Value>, Vec<String>) =
                (validator(), corpus(), checks::sample_strings());
        }
        FIXTURE.with(|(v, docs, strings)| {
            let mut rng = mutate::Rng::new(seed | 1);
            let mut text = docs[doc % docs.len()].to_string();
            for _ in 0..rounds {
                let Ok(value) = serde_json::from_str::<Value>(&text) else { break };
                text = mutate::mutate_json(&mut rng, &value, strings);
            }
            prop_assert_eq!(agree(v, &text), Ok(()), "{}", text);
            Ok(())
        })?;
    }
}
