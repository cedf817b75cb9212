//! The serde form of a [`Report`]: a plain object with `schema_version`, `form` and the form's
//! own part under the key `basic`, `focused` or `full`, in any serde format. Reading checks the
//! form (see [`Report::items_outside_form`]).

use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::strict::{List, Strict};
use super::{FormPart, ItemId, Report};
use crate::AssessmentKind;

/// The version of the JSON format that [`Report::to_json`] writes (the `schema_version` field).
///
/// Version 2 holds the 情報連携 basis as an object with its two parts
/// ([`LinkageBasis`](super::LinkageBasis)); version 1 held it as one string. Reading accepts
/// both versions ([`SUPPORTED_SCHEMA_VERSIONS`]): a version 1 basis is split by its headings.
pub const SCHEMA_VERSION: u32 = 2;

/// The versions of the JSON format that [`Report::from_json`] reads.
///
/// ```
/// use mynumber_pia::report::{SCHEMA_VERSION, SUPPORTED_SCHEMA_VERSIONS};
///
/// assert_eq!(SUPPORTED_SCHEMA_VERSIONS, [1, 2]);
/// assert_eq!(SUPPORTED_SCHEMA_VERSIONS.last(), Some(&SCHEMA_VERSION));
/// ```
pub const SUPPORTED_SCHEMA_VERSIONS: &[u32] = &[1, 2];

impl Serialize for Report {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Report", 10)?;
        st.serialize_field("schema_version", &SCHEMA_VERSION)?;
        st.serialize_field("form", &self.form())?;
        st.serialize_field("cover", &self.cover)?;
        st.serialize_field("affair", &self.affair)?;
        st.serialize_field("systems", &self.systems)?;
        st.serialize_field("files", &self.files)?;
        match &self.part {
            FormPart::Basic(p) => st.serialize_field("basic", p)?,
            FormPart::Focused(p) => st.serialize_field("focused", p)?,
            FormPart::Full(p) => st.serialize_field("full", p)?,
        }
        st.serialize_field("disclosure", &self.disclosure)?;
        st.serialize_field("procedures", &self.procedures)?;
        st.serialize_field("changes", &self.changes)?;
        st.end()
    }
}

/// A key of the document, in the order [`Report`]'s `Serialize` writes them, stated once: serde
/// reads a key's text as its `Field` (an unknown key is told with the list of them), and strum
/// gives the list (`VARIANTS`, for `deserialize_struct`) and each key's text (for a key given
/// twice).
#[derive(Clone, Copy, Deserialize, strum::VariantNames, strum::IntoStaticStr)]
#[serde(
    field_identifier,
    rename_all = "snake_case",
    expecting = "評価書の項目名"
)]
#[strum(serialize_all = "snake_case")]
enum Field {
    SchemaVersion,
    Form,
    Cover,
    Affair,
    Systems,
    Files,
    Basic,
    Focused,
    Full,
    Disclosure,
    Procedures,
    Changes,
}

/// The message for an item that `form` does not print.
pub(super) fn outside_form_message(form: AssessmentKind, id: ItemId) -> String {
    format!(
        "「{}」は{}にない項目です（{}の項目）。null にするか削除してください",
        id.label(),
        form.form_title(),
        id.printed_at()
    )
}

/// Reads a report and checks its form: an item the form does not print (see
/// [`Report::items_outside_form`]) is an error naming its path, whatever the format.
impl<'de> Deserialize<'de> for Report {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let report = Unchecked.deserialize(d)?;
        match report.items_outside_form().into_iter().next() {
            Some((id, path)) => Err(de::Error::custom(format!(
                "{path}: {}",
                outside_form_message(report.form(), id)
            ))),
            None => Ok(report),
        }
    }
}

/// Reads a report without the form check, which the caller then makes.
pub(super) struct Unchecked;

impl<'de> DeserializeSeed<'de> for Unchecked {
    type Value = Report;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Report, D::Error> {
        // The rules that make the JSON Schema and loading agree (objects from objects only).
        Strict(d).deserialize_struct(
            "Report",
            <Field as strum::VariantNames>::VARIANTS,
            ReportVisitor,
        )
    }
}

struct ReportVisitor;

impl<'de> Visitor<'de> for ReportVisitor {
    type Value = Report;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("特定個人情報保護評価書の JSON オブジェクト")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Report, A::Error> {
        let mut form: Option<AssessmentKind> = None;
        let mut part: Option<FormPart> = None;
        // The parts every form has, read into place; the form's own part is set at the end.
        let mut report = Report::empty(AssessmentKind::Basic);
        // The keys read so far, a bit each (by `Field`'s place): a key given twice is refused
        // once its second value is read.
        let mut seen = 0_u16;
        while let Some(key) = map.next_key::<Field>()? {
            match key {
                Field::SchemaVersion => {
                    let v: u32 = map.next_value()?;
                    if !SUPPORTED_SCHEMA_VERSIONS.contains(&v) {
                        return Err(de::Error::custom(format!(
                            "schema_version {v} には対応していません（対応しているのは 1 と {SCHEMA_VERSION}）"
                        )));
                    }
                }
                Field::Form => form = Some(map.next_value()?),
                Field::Cover => report.cover = map.next_value()?,
                Field::Affair => report.affair = map.next_value()?,
                Field::Systems => report.systems = map.next_value_seed(List::new())?,
                Field::Files => report.files = map.next_value_seed(List::new())?,
                Field::Basic | Field::Focused | Field::Full => {
                    if part.is_some() {
                        return Err(de::Error::custom(
                            "basic・focused・full は一つだけ書いてください（評価書の様式は一つです）",
                        ));
                    }
                    part = Some(match key {
                        Field::Basic => FormPart::Basic(map.next_value()?),
                        Field::Focused => FormPart::Focused(map.next_value()?),
                        _ => FormPart::Full(map.next_value()?),
                    });
                }
                Field::Disclosure => report.disclosure = map.next_value()?,
                Field::Procedures => report.procedures = map.next_value()?,
                Field::Changes => report.changes = map.next_value_seed(List::new())?,
            }
            let bit = 1 << key as u16;
            if seen & bit != 0 {
                return Err(de::Error::duplicate_field(key.into()));
            }
            seen |= bit;
        }
        if seen & (1 << Field::SchemaVersion as u16) == 0 {
            return Err(de::Error::missing_field("schema_version"));
        }
        let form = form.ok_or_else(|| de::Error::missing_field("form"))?;
        report.part = match part {
            None => FormPart::empty(form),
            Some(p) if p.form() == form => p,
            Some(p) => {
                return Err(de::Error::custom(format!(
                    "form は「{form}」ですが、「{}」の部分（キー \"{}\"）があります。キー \"{}\" に書いてください",
                    p.form(),
                    p.form().as_str(),
                    form.as_str()
                )));
            }
        };
        Ok(report)
    }
}
