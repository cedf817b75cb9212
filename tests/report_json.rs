//! The 評価書 model through JSON: embedded samples, canonical form, errors, and the item table
//! against the real field layout.

use mynumber_pia::report::{
    BasisPart, DataSubjectBand, ItemId, LoadErrorKind, Report, ReportBuilder, SCHEMA_VERSION,
};
use mynumber_pia::samples::Sample;
use mynumber_pia::{AssessmentKind, Choice};
use serde_json::Value;

const FORMS: &[AssessmentKind] = AssessmentKind::ALL;

/// Each fixture (seed 000 全項目, seed 002 and 004 重点, seed 003 基礎) loads through its accessor as its
/// form, round-trips to an equal value, and is byte for byte what `to_json` writes, so that a
/// re-save leaves the file unchanged. The one check for the fixture tests.
#[test]
fn every_sample_loads_and_round_trips_exactly() {
    for &sample in Sample::ALL {
        let path = format!(
            "{}/tests/fixtures/{}",
            env!("CARGO_MANIFEST_DIR"),
            sample.file_name()
        );
        #[allow(clippy::disallowed_methods)] // the test reads the fixture file
        let on_disk = std::fs::read_to_string(&path).unwrap();
        assert_eq!(sample.json(), on_disk, "{path} is what is embedded");
        let report = sample
            .load()
            .unwrap_or_else(|e| panic!("{}: {e}", sample.as_str()));
        assert_eq!(report.form(), sample.form());
        assert_eq!(
            report.form().as_str(),
            Report::empty(sample.form()).form().as_str()
        );
        let saved = report.to_json();
        assert_eq!(
            Report::from_json(&saved).unwrap(),
            report,
            "{}",
            sample.as_str()
        );
        assert_eq!(
            format!("{saved}\n"),
            sample.json(),
            "{}: the fixture is in canonical form",
            sample.as_str()
        );
        assert_eq!(Report::from_json(&saved).unwrap().to_json(), saved);
    }
}

/// A report saved in version 1 of the JSON format (the 情報連携 basis one string) still loads:
/// `tests/fixtures/v1/` keeps 熊谷市's fixture as it was, and it loads to the same report as the
/// version 2 fixture, its basis split into （情報提供 / 情報照会） parts by its headings.
#[test]
fn a_version_1_report_loads_to_the_same_report() {
    let v1 = include_str!("fixtures/v1/seed-003-kumagaya-basic.json");
    assert!(v1.starts_with("{\n  \"schema_version\": 1,"));
    let old = Report::from_json(v1).unwrap();
    let new = Sample::KumagayaBasic.load().unwrap();
    assert_eq!(old, new);
    assert_eq!(format!("{}\n", old.to_json()), Sample::KumagayaBasic.json());
    let basis = old.affair.info_linkage_basis.as_ref().unwrap();
    assert!(
        basis
            .provision()
            .basis()
            .unwrap()
            .as_str()
            .starts_with("第三欄（情報提供者）及び第四欄（利用特定個人情報）に以下が含まれる項")
    );
    assert!(matches!(basis.inquiry(), BasisPart::Basis(_)));

    // A minimal version 1 document: the basis is a string, split on loading.
    let minimal = r#"{"schema_version": 1, "form": "重点項目評価", "affair": {"info_linkage": "実施する",
        "info_linkage_basis": "（1）情報提供の根拠\nなし（情報提供は行わない。）\n(2) 情報照会の根拠\n番号法第19条第7号、別表第二の82の項"}}"#;
    let r = Report::from_json(minimal).unwrap();
    let basis = r.affair.info_linkage_basis.as_ref().unwrap();
    assert!(basis.provision().says_none());
    assert_eq!(
        basis.inquiry().basis().unwrap().canonical(),
        ["番号法第19条第7号", "番号法別表第二第82項"]
    );
    let saved: Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(saved["schema_version"], 2);
    assert_eq!(
        saved["affair"]["info_linkage_basis"]["provision"],
        serde_json::json!({"none": "なし（情報提供は行わない。）"})
    );
    assert_eq!(Report::from_json(&r.to_json()).unwrap(), r);
}

/// A part of the 情報連携 basis must be a stretch of its text: otherwise loading says where.
#[test]
fn a_linkage_part_outside_its_text_is_refused_at_its_path() {
    let json = r#"{"schema_version": 2, "form": "全項目評価", "affair": {"info_linkage_basis":
        {"text": "番号法第19条第8号", "provision": {"basis": "住民基本台帳法第7条"}}}}"#;
    let e = Report::from_json(json).unwrap_err();
    assert_eq!(e.kind(), LoadErrorKind::Schema);
    assert!(
        e.path()
            .to_string()
            .starts_with("affair.info_linkage_basis"),
        "{e}"
    );
    assert!(e.message().contains("provision"), "{e}");
    assert!(!e.to_string().contains('\n'));
}

#[test]
fn an_unknown_schema_version_is_refused() {
    let e = Report::from_json(r#"{"schema_version": 3, "form": "重点項目評価"}"#).unwrap_err();
    assert_eq!(e.kind(), LoadErrorKind::Schema);
    assert!(e.message().contains("1 と 2"), "{e}");
}

#[test]
fn builder_reports_of_every_form_round_trip() {
    for &form in FORMS {
        let r = ReportBuilder::new(form, "介護保険に関する事務").build();
        assert_eq!(Report::from_json(&r.to_json()).unwrap(), r);
        let v: Value = serde_json::from_str(&r.to_json()).unwrap();
        assert_eq!(v["schema_version"], SCHEMA_VERSION);
        assert_eq!(v["form"], form.label());
        let key = r.form().as_str();
        assert!(v.get(key).is_some());
        for other in ["basic", "focused", "full"].iter().filter(|k| **k != key) {
            assert!(v.get(other).is_none());
        }
    }
}

/// Follows a JSON path like `files[0].entrustments[0].re_entrustment`; `None` when an array is
/// too short (the example has no entry there), panics when a field does not exist.
fn resolve<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    let mut cur = root;
    for segment in path.split('.') {
        let (name, index) = match segment.split_once('[') {
            Some((n, rest)) => (
                n,
                Some(rest.trim_end_matches(']').parse::<usize>().unwrap()),
            ),
            None => (segment, None),
        };
        cur = cur
            .get(name)
            .unwrap_or_else(|| panic!("field `{name}` of `{path}` does not exist"));
        if let Some(i) = index {
            cur = cur.get(i)?;
        }
    }
    Some(cur)
}

#[test]
fn every_item_path_names_a_real_field() {
    for &def in ItemId::ALL {
        let mut found = false;
        for &form in FORMS {
            let in_form = def.in_form(form) || def.is_model_only();
            if !in_form {
                continue;
            }
            if def.part_form().is_some_and(|f| f != form) {
                continue;
            }
            let path = def.path(&[0, 0]).to_string();
            let v: Value = serde_json::from_str(&Report::example(form).to_json()).unwrap();
            if resolve(&v, &path).is_some() {
                found = true;
            }
        }
        assert!(
            found,
            "{} ({}) is not reachable in any example",
            def.as_str(),
            def.pattern()
        );
    }
}

/// Sets the value at a concrete path, creating objects and array elements on the way.
fn set_path(root: &mut Value, path: &str, value: Value) {
    let mut cur = root;
    for segment in path.split('.') {
        let (name, index) = match segment.split_once('[') {
            Some((n, rest)) => (
                n,
                Some(rest.trim_end_matches(']').parse::<usize>().unwrap()),
            ),
            None => (segment, None),
        };
        let object = cur.as_object_mut().unwrap();
        let default = if index.is_some() {
            Value::Array(vec![])
        } else {
            Value::Object(Default::default())
        };
        cur = object.entry(name).or_insert(default);
        if let Some(i) = index {
            let array = cur.as_array_mut().unwrap();
            while array.len() <= i {
                array.push(Value::Object(Default::default()));
            }
            cur = &mut array[i];
        }
    }
    *cur = value;
}

#[test]
fn items_a_form_does_not_print_are_rejected_at_their_path() {
    // Every shared item that 様式2 or 様式3 lacks, filled in with the 全項目 example's value,
    // makes the load fail at exactly that path, naming the form.
    let full: Value =
        serde_json::from_str(&Report::example(AssessmentKind::Full).to_json()).unwrap();
    let mut checked = 0;
    for form in [AssessmentKind::Basic, AssessmentKind::Focused] {
        for def in ItemId::ALL
            .iter()
            .copied()
            .filter(|d| !d.in_form(form) && !d.is_model_only() && d.part_form().is_none())
        {
            let path = def.path(&[0, 0]).to_string();
            let blank = |v: &&Value| match v {
                Value::Null | Value::Bool(false) => true,
                Value::Array(a) => a.is_empty(),
                Value::Object(o) => o
                    .values()
                    .all(|v| v.is_null() || v == &Value::Array(vec![])),
                _ => false,
            };
            let Some(value) = resolve(&full, &path).filter(|v| !blank(v)) else {
                continue;
            };
            let mut json: Value = serde_json::from_str(&Report::example(form).to_json()).unwrap();
            set_path(&mut json, &path, value.clone());
            let err = Report::from_json(&json.to_string())
                .expect_err(&format!("{form}: {def} filled in"));
            assert_eq!(err.path().to_string(), path, "{form}: {def}");
            // Every way of loading means the same: serde refuses it too, naming the path.
            let serde_err = serde_json::from_value::<Report>(json.clone())
                .expect_err(&format!("{form}: {def} filled in, through serde"));
            assert!(serde_err.to_string().starts_with(&path), "{serde_err}");
            assert!(err.message().contains(form.form_title()), "{err}");
            checked += 1;
        }
    }
    // 重点: the 全項目-only items of Ⅰ, Ⅱ, Ⅴ, Ⅵ and the cover; 基礎: also every file item.
    assert!(checked >= 80, "only {checked} items checked");
    // The embedded samples hold only items their form prints.
    for &sample in Sample::ALL {
        assert_eq!(
            sample.load().unwrap().items_outside_form(),
            [],
            "{}",
            sample.as_str()
        );
    }
}

#[test]
fn form_specific_items_live_under_their_form_key() {
    let mut own = 0;
    for &def in ItemId::ALL {
        let forms: Vec<_> = FORMS.iter().filter(|f| def.in_form(**f)).collect();
        if let Some(form) = def.part_form() {
            assert_eq!(forms, [&form], "{def}");
            own += 1;
        }
    }
    // 基礎 Ⅰ9 and Ⅱ–Ⅳ, 重点 Ⅲ, 全項目 Ⅲ–Ⅳ.
    assert!(own > 100, "{own}");
}

#[test]
fn item_numbers_of_the_report_seeds() {
    // 再委託の有無: ⑦ in 全項目 Ⅱ4, ④ in 重点 Ⅱ4.
    assert_eq!(
        ItemId::find_by_number(AssessmentKind::Full, "Ⅱ４⑦"),
        Some(ItemId::EntrustmentReEntrustment)
    );
    assert_eq!(
        ItemId::find_by_number(AssessmentKind::Focused, "II-4-④"),
        Some(ItemId::EntrustmentReEntrustment)
    );
    // 個人番号の利用: 全項目 Ⅰ5, 重点 Ⅰ4, 基礎 Ⅰ3; ※ except in 基礎.
    let d = ItemId::AffairNumberUseBasis;
    assert_eq!(
        [
            d.number(AssessmentKind::Basic),
            d.number(AssessmentKind::Focused),
            d.number(AssessmentKind::Full)
        ],
        [Some("Ⅰ3"), Some("Ⅰ4"), Some("Ⅰ5")]
    );
    assert!(!d.is_significant(AssessmentKind::Basic) && d.is_significant(AssessmentKind::Full));
    // 保管期間 exists in 全項目 only.
    assert!(!ItemId::FileStorageRetention.in_form(AssessmentKind::Focused));
    // ③消去方法 has no ※ while ①保管場所 has (江戸川区 全項目評価書 Ⅱ6).
    assert!(ItemId::FileStorageLocation.is_significant(AssessmentKind::Full));
    assert!(!ItemId::FileStorageErasure.is_significant(AssessmentKind::Full));
    // Every 全項目 Ⅲ item is ※ except リスク1⑨.
    for id in ItemId::of_form(AssessmentKind::Full).filter(|id| id.pattern().starts_with("full.")) {
        assert_eq!(
            id.is_significant(AssessmentKind::Full),
            id != ItemId::FullStorageSeriousIncident,
            "{id}"
        );
    }
}

#[test]
fn change_rows_carry_item_ids() {
    let json = r#"{"schema_version":1,"form":"全項目評価","changes":[
        {"date":"2024-12-06","item":"Ⅲ　7．特定個人情報の保管・消去リスク1⑨","item_id":"full.storage.risk1.serious_incident",
         "before":"発生あり","after":"発生なし","timing":"事後","explanation":"その他の項目の変更であり、事前の提出・変更が義務付けられない"}]}"#;
    let r = Report::from_json(json).unwrap();
    assert_eq!(
        r.changes[0].item_id,
        Some(ItemId::FullStorageSeriousIncident)
    );
    assert_eq!(r.changes[0].declares_significant(), None);
    let bad = json.replace("full.storage.risk1.serious_incident", "full.storage.risk9");
    let e = Report::from_json(&bad).unwrap_err();
    assert_eq!(e.path(), "changes[0].item_id");
    assert_eq!(e.kind(), LoadErrorKind::Schema);
}

#[test]
fn real_document_quirks_load() {
    // Declared counts beyond the entries, an empty cell, old citations, a 重要な変更 filed 事後,
    // rows out of date order: all load as written.
    let json = r#"{"schema_version":1,"form":"全項目評価",
      "files":[{"names":["国保賦課ファイル","国保資格ファイル"],
        "data_subjects":"10万人以上100万人未満",
        "entrustment_status":"委託する","entrustment_count":6,"entrustments":[{"entrustee":"情報公開請求等にて公開"}],
        "provision_transfer":{"provision":true,"provision_count":28,"transfer":true,"transfer_count":13,"neither":false},
        "provisions":[{"name":"全国健康保険協会","legal_basis":"番号法第19条第8号 別表第二の2の項","timing":null}]}],
      "changes":[
        {"date":"2024-12-06","item":"Ⅳ　1．②監査－具体的な内容","timing":"事後","explanation":"重要な変更である"},
        {"date":"2017-04-01","item":"Ⅱ","timing":"事後"}]}"#;
    let r = Report::from_json(json).unwrap();
    let f = &r.files[0];
    assert_eq!(f.names.len(), 2);
    assert_eq!(
        (f.provision_transfer.provision_count, f.provisions.len()),
        (Some(28), 1)
    );
    assert_eq!((f.entrustment_count, f.entrustments.len()), (Some(6), 1));
    assert_eq!(
        f.data_subjects.map(|b| b.label()),
        Some("10万人以上100万人未満")
    );
    assert_eq!(r.changes[0].declares_significant(), Some(true));
    assert!(r.changes[0].date > r.changes[1].date);
    // A label is the official one, as the JSON Schema lists it; the spellings of real documents
    // are read as text (`FromStr`), where a transcription starts.
    let loose = json.replace("10万人以上100万人未満", "１０万人以上１００万人未満");
    let e = Report::from_json(&loose).unwrap_err();
    assert_eq!(e.path(), "files[0].data_subjects");
    assert!(e.message().contains("10万人以上100万人未満"), "{e}");
    assert_eq!(
        "１０万人以上１００万人未満".parse::<DataSubjectBand>(),
        Ok(DataSubjectBand::From100kTo1m)
    );
}

#[test]
fn change_note_is_written_only_when_present() {
    let mut r = Report::example(AssessmentKind::Focused);
    r.changes.push(Default::default());
    let v: Value = serde_json::from_str(&r.to_json()).unwrap();
    assert!(v["changes"][0].get("note").is_none());
    r.changes[0].note = Some("PDF のセルの対応を推定した".into());
    let json = r.to_json();
    assert!(json.contains("\"note\": \"PDF のセルの対応を推定した\""));
    assert_eq!(Report::from_json(&json).unwrap(), r);
}

/// A key written twice is refused, never resolved by keeping one: a field of a struct (serde's
/// own check) and a 入手元 of ①入手元, a map whose second entry would silently replace the first.
#[test]
fn a_key_written_twice_is_refused_at_its_path() {
    let json = Report::example(AssessmentKind::Full).to_json();
    let once = r#""本人又は本人の代理人": null"#;
    assert!(json.contains(once), "the example lists 本人 as a source");
    let twice = json.replacen(
        once,
        &format!(r#"{once}, "本人又は本人の代理人": "重複""#),
        1,
    );
    let err = Report::from_json(&twice).unwrap_err();
    assert_eq!(err.path().to_string(), "files[0].acquisition.sources");
    assert!(
        err.message()
            .contains("入手元「本人又は本人の代理人」が2回あります"),
        "{err}"
    );
    let err = serde_json::from_str::<Report>(&twice).unwrap_err();
    assert!(err.to_string().contains("2回あります"), "{err}");

    let title = json.replacen(r#""title": "#, r#""title": "a", "title": "#, 1);
    let err = Report::from_json(&title).unwrap_err();
    assert_eq!(err.path().to_string(), "cover");
    assert!(
        err.message().contains("フィールド「title」が2回あります"),
        "{err}"
    );
}
