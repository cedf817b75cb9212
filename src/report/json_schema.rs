//! The JSON Schema of the report format (feature `schema`): derived from the model's own types
//! (`schemars::JsonSchema`, derived beside `serde`'s traits and read from the same attributes)
//! and from the item table (which items a form leaves blank), never written by hand. The
//! committed `schema/report.schema.json` ([`JSON_SCHEMA`](super::JSON_SCHEMA)) is its text.

use schemars::Schema;
use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use serde_json::{Map, Value, json};

use super::{
    Affair, ChangeRecord, Cover, Disclosure, FileBlock, ItemId, LinkageBasis, Procedures,
    SCHEMA_VERSION, SUPPORTED_SCHEMA_VERSIONS, System, basic, focused, full, items,
};
use crate::label::schema_by_hand;
use crate::legal_basis::LegalBasis;
use crate::{AssessmentKind, Choice};

/// The characters Rust's [`char::is_whitespace`] (Unicode `White_Space`) counts, as ranges: what
/// loading trims before it calls a text blank. Spelled out for the schema's patterns because a
/// regular expression's `\s` is another set (it has U+FEFF and lacks U+0085); read from
/// [`is_white_space`](crate::label::is_white_space), which knows that none is above U+3000.
fn white_space() -> Vec<(char, char)> {
    let mut ranges: Vec<(char, char)> = Vec::new();
    for c in ('\0'..='\u{3000}').filter(|&c| crate::label::is_white_space(c)) {
        match ranges.last_mut() {
            Some((_, to)) if u32::from(*to) + 1 == u32::from(c) => *to = c,
            _ => ranges.push((c, c)),
        }
    }
    ranges
}

/// [`white_space`] as the inside of a character class, each character escaped (`\u3000`).
fn white_space_class() -> String {
    let escape = |c: char| format!("\\u{:04x}", u32::from(c));
    let mut class = String::new();
    for (from, to) in white_space() {
        class.push_str(&escape(from));
        if to != from {
            class.push('-');
            class.push_str(&escape(to));
        }
    }
    class
}

/// A text that is blank: white space only (or empty).
fn blank_pattern() -> String {
    format!("^[{}]*$", white_space_class())
}

/// A text that is not blank: one character at least that is not white space.
fn not_blank_pattern() -> String {
    format!("[^{}]", white_space_class())
}

schema_by_hand! {
    /// A 法令上の根拠: its text as written, not blank.
    LegalBasis, "LegalBasis", false, |_| {
        schemars::json_schema!({ "type": "string", "pattern": not_blank_pattern() })
    }
}

schema_by_hand! {
    /// The 情報連携 basis: the object of `schema_version` 2, or a string (the shape of version 1,
    /// read as the text and split by its headings).
    LinkageBasis, "LinkageBasis", false, |_| {
        let text = json!({ "type": "string", "pattern": not_blank_pattern() });
        let part = |key: &str| {
            json!({
                "type": "object",
                "properties": { key: text },
                "required": [key],
                "additionalProperties": false
            })
        };
        let part = json!({ "anyOf": [{ "type": "null" }, part("none"), part("basis")] });
        schemars::json_schema!({
            "anyOf": [
                text,
                {
                    "type": "object",
                    "properties": { "text": text, "provision": part, "inquiry": part },
                    "required": ["text"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

schema_by_hand! {
    /// An item's ID text ([`ItemId::as_str`]).
    ItemId, "ItemId", false, |_| {
        let keys: Vec<&str> = ItemId::ALL.iter().map(|id| id.as_str()).collect();
        schemars::json_schema!({ "enum": keys })
    }
}

/// Removes what the derived schemas carry that the format does not need: the doc comments
/// (written for Rust readers), the defaults (annotations only) and `uniqueItems` (a set reads a
/// box given twice as once); gives `u32` its maximum.
fn tidy(schema: &mut Schema) {
    if let Some(map) = schema.as_object_mut() {
        for key in ["description", "title", "default", "uniqueItems"] {
            map.remove(key);
        }
        if map.get("format").and_then(Value::as_str) == Some("uint32") {
            map.remove("format");
            map.insert("maximum".into(), json!(u32::MAX));
        }
    }
}

/// What an item a form does not print may hold: nothing (`null`, blank text, no box checked,
/// every part blank), as [`Report::items_outside_form`](super::Report::items_outside_form)
/// judges it.
fn blank(schema: &Value) -> Value {
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if types.contains(&"object") {
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            let blanked: Map<String, Value> = properties
                .iter()
                .map(|(name, s)| (name.clone(), blank(s)))
                .collect();
            return json!({ "type": "object", "properties": blanked, "additionalProperties": false });
        }
        return json!({ "type": "object", "maxProperties": 0 });
    }
    if types.contains(&"array") {
        return match schema.get("items") {
            Some(item) if item.get("type") == Some(&json!("string")) && plain_text(item) => {
                json!({ "type": "array", "items": { "type": "string", "pattern": blank_pattern() } })
            }
            _ => json!({ "type": "array", "maxItems": 0 }),
        };
    }
    if types.contains(&"string") && plain_text(schema) {
        return json!({ "type": types, "pattern": blank_pattern() });
    }
    if types == ["boolean"] {
        return json!({ "const": false });
    }
    json!({ "type": "null" })
}

/// A schema of free text: a string with no list, pattern or format.
fn plain_text(schema: &Value) -> bool {
    ["enum", "pattern", "format", "anyOf", "$ref"]
        .iter()
        .all(|k| schema.get(k).is_none())
}

/// Replaces every `$ref` to a derived struct (an object with properties) by the struct's schema,
/// so that each form's copy can blank its own items; the lists and the legal bases stay `$defs`.
fn inline(schema: &mut Value, structs: &Map<String, Value>) {
    if let Some(name) = schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/$defs/"))
    {
        if let Some(def) = structs.get(name) {
            *schema = def.clone();
        }
    }
    match schema {
        Value::Object(map) => map.values_mut().for_each(|v| inline(v, structs)),
        Value::Array(items) => items.iter_mut().for_each(|v| inline(v, structs)),
        _ => {}
    }
}

/// The schema at `pattern` (the item table's path notation, `files[].storage.retention`) below
/// a report's properties.
fn at<'a>(properties: &'a mut Map<String, Value>, pattern: &str) -> Option<&'a mut Value> {
    let mut steps = pattern.split('.');
    let mut here = step(properties, steps.next()?)?;
    for name in steps {
        let properties = here.get_mut("properties")?.as_object_mut()?;
        here = step(properties, name)?;
    }
    Some(here)
}

/// The property `name` (`files[]`: the items of the list `files`).
fn step<'a>(properties: &'a mut Map<String, Value>, name: &str) -> Option<&'a mut Value> {
    match name.strip_suffix("[]") {
        Some(list) => properties.get_mut(list)?.get_mut("items"),
        None => properties.get_mut(name),
    }
}

/// The JSON Schema (draft 2020-12) of the report format, as [`Report::from_json`] reads it: the
/// text of [`JSON_SCHEMA`](super::JSON_SCHEMA) (`schema/report.schema.json`) is this value,
/// pretty-printed.
///
/// It is derived, not written: every object, field and type from the model's own types (their
/// `serde` attributes: unknown fields refused, every field optional), every ＜選択肢＞ as the enum
/// of its official labels ([`Choice::LABELS`]), and for each form the
/// items it does not print ([`ItemId::in_form`]) as blank, from the item table. A document loads
/// if and only if the schema accepts it, but for what a JSON Schema cannot say: a key given
/// twice in one object, and the parts of a 情報連携 basis object, which must be words of its text.
///
/// [`Report::from_json`]: super::Report::from_json
///
/// ```
/// use mynumber_pia::report::{JSON_SCHEMA, json_schema};
///
/// let schema = json_schema();
/// assert_eq!(schema["$defs"]["BodyKind"]["enum"][0], "行政機関等");
/// assert_eq!(format!("{:#}\n", schema), JSON_SCHEMA);
/// ```
#[doc(alias = "JSONスキーマ")]
#[cfg_attr(docsrs, doc(cfg(feature = "schema")))]
#[must_use]
pub fn json_schema() -> Value {
    let mut generator = SchemaSettings::draft2020_12()
        .for_deserialize()
        .with_transform(RecursiveTransform(tidy))
        .into_generator();
    let shared = [
        ("cover", generator.subschema_for::<Cover>()),
        ("affair", generator.subschema_for::<Affair>()),
        ("systems", generator.subschema_for::<Vec<System>>()),
        ("files", generator.subschema_for::<Vec<FileBlock>>()),
        ("disclosure", generator.subschema_for::<Disclosure>()),
        ("procedures", generator.subschema_for::<Procedures>()),
        ("changes", generator.subschema_for::<Vec<ChangeRecord>>()),
    ];
    let parts = [
        generator.subschema_for::<basic::Part>(),
        generator.subschema_for::<focused::Part>(),
        generator.subschema_for::<full::Part>(),
    ];
    let form_list = generator.subschema_for::<AssessmentKind>();
    let mut defs = generator.take_definitions(true);
    let (structs, mut defs): (Map<String, Value>, Map<String, Value>) = std::mem::take(&mut defs)
        .into_iter()
        .partition(|(_, def)| def.get("properties").is_some());
    let mut branches = Vec::new();
    for (&form, part) in AssessmentKind::ALL.iter().zip(parts) {
        let mut properties = Map::new();
        properties.insert(
            "schema_version".into(),
            json!({ "enum": SUPPORTED_SCHEMA_VERSIONS }),
        );
        properties.insert("form".into(), json!({ "const": form.label() }));
        for (name, schema) in &shared {
            properties.insert((*name).into(), schema.clone().to_value());
        }
        properties.insert(form.as_str().into(), part.to_value());
        for schema in properties.values_mut() {
            inline(schema, &structs);
        }
        for id in items::shared_items_outside(form) {
            if let Some(schema) = at(&mut properties, id.pattern()) {
                *schema = blank(schema);
            }
        }
        let name = format!("{}_report", form.as_str());
        defs.insert(
            name.clone(),
            json!({
                "title": form.form_title(),
                "type": "object",
                "properties": properties,
                "additionalProperties": false
            }),
        );
        branches.push(json!({
            "if": { "properties": { "form": { "const": form.label() } }, "required": ["form"] },
            "then": { "$ref": format!("#/$defs/{name}") }
        }));
    }
    defs.sort_keys();
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("urn:mynumber-pia:report:{SCHEMA_VERSION}"),
        "title": format!("特定個人情報保護評価書 (mynumber-pia report, schema_version {SCHEMA_VERSION})"),
        "description": "A 評価書 as mynumber-pia reads and writes it (Report::from_json / to_json): field names in English snake_case, ＜選択肢＞ values as the official Japanese labels exactly, dates YYYY-MM-DD (months YYYY-MM), empty cells null or left out. The form (基礎項目評価 / 重点項目評価 / 全項目評価) decides the part key (basic / focused / full) and which items must stay blank. schema_version 1 is read as well: it differs only in holding the 情報連携 basis as one string, which version 2 reads too. A document loads if and only if this schema accepts it, but for two rules a JSON Schema cannot state: no key twice in one object, and the provision / inquiry parts of a 情報連携 basis object are words of its text. Derived from the crate's types and item table by mynumber_pia::report::json_schema().",
        "type": "object",
        "required": ["schema_version", "form"],
        "properties": {
            "schema_version": { "enum": SUPPORTED_SCHEMA_VERSIONS },
            "form": form_list.to_value()
        },
        "allOf": branches,
        "$defs": defs
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_is_what_rust_trims() {
        let ranges = white_space();
        let listed = |c: char| ranges.iter().any(|&(from, to)| (from..=to).contains(&c));
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            assert_eq!(listed(c), c.is_whitespace(), "{:?}", c);
        }
    }

    #[test]
    fn every_item_a_form_leaves_blank_has_a_place_in_its_schema() {
        let schema = json_schema();
        for &form in AssessmentKind::ALL {
            let report = &schema["$defs"][format!("{}_report", form.as_str())];
            let mut properties = report["properties"].as_object().cloned().unwrap();
            for id in items::shared_items_outside(form) {
                assert!(at(&mut properties, id.pattern()).is_some(), "{form}: {id}");
            }
        }
    }

    #[test]
    fn the_lists_and_bases_stay_definitions() {
        let schema = json_schema();
        let defs = schema["$defs"].as_object().unwrap();
        for name in [
            "AssessmentKind",
            "Sufficiency",
            "ItemId",
            "LegalBasis",
            "LinkageBasis",
        ] {
            assert!(defs.contains_key(name), "{name}");
        }
        assert!(!defs.contains_key("Cover"));
    }
}
