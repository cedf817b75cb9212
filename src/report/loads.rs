//! Whether a typed [`Report`] loads back from its JSON, found without writing the JSON: what
//! the importer asks of every draft (it never returns one that does not load), at a fraction of
//! the cost of [`Report::to_json`] and [`Report::from_json`].
//!
//! The loader reads back everything the writer writes but two things:
//!
//! - a filled item that the report's form does not print ([`Report::items_outside_form`]),
//!   which the loader checks after reading, as this check does;
//! - a value written as the text of its `Display` (serde's `collect_str`): a day
//!   ([`NaiveDate`](chrono::NaiveDate), [`DateOrMonth`]), a month ([`YearMonth`]) and a
//!   [`StatedThresholdResult`]. Every other value is written as a string, a number, a box or a
//!   list of them that its type reads back whatever it holds (a choice as its label, a legal
//!   basis as its text, which its type keeps non-blank). A day written so can be out of reach of
//!   the loader: chrono writes a day past the year 9999 `+12017-01-01`, and JSON holds a day
//!   only as `YYYY-MM-DD`.
//!
//! So the check serializes the report through its own `Serialize` into a serializer that writes
//! nothing and reads each `collect_str` text back as the loader reads such a text. Only a report
//! it refuses (rare) is written and read as JSON: the loader's error then names the place, so
//! that the path of a refusal has one rule, the loader's.

use std::fmt::{self, Write as _};

use serde::Deserialize;
use serde::de::IntoDeserializer;
use serde::ser::{self, Serialize};

use super::{DateOrMonth, ItemPath, Report};
use crate::threshold::StatedThresholdResult;
#[cfg(doc)]
use crate::wareki::YearMonth;

/// The place where [`Report::from_json`] refuses the JSON of `report` ([`Report::to_json`]),
/// as the path of its error; `None` when it loads. Nothing is written or read as JSON unless the
/// report is refused.
pub(crate) fn refused_at(report: &Report) -> Option<ItemPath> {
    let mut walk = Walk::default();
    if report.serialize(&mut walk).is_ok() && report.items_outside_form().is_empty() {
        return None;
    }
    Report::from_json(&report.to_json())
        .err()
        .map(|e| e.path().clone())
}

/// Whether a value written as `text` with `collect_str` reads back: as a day `YYYY-MM-DD` or a
/// month `YYYY-MM` ([`DateOrMonth`]'s reader, which is the day's and the month's), or as a
/// [`StatedThresholdResult`]. The texts of each type that writes so fall under one reader only
/// (a day or a month is ASCII, a result Japanese), and that reader is the type's own.
fn reads_back(text: &str) -> bool {
    let de = || IntoDeserializer::<serde::de::value::Error>::into_deserializer(text);
    DateOrMonth::deserialize(de()).is_ok() || StatedThresholdResult::deserialize(de()).is_ok()
}

/// The serializer that writes nothing: a buffer for the text of the last `collect_str` value
/// (kept to reuse its room). It is its own list, map and struct writer.
#[derive(Default)]
struct Walk {
    text: String,
}

/// The walk stopped: a value its type does not read back.
#[derive(Debug, thiserror::Error)]
#[error("the loader refuses this value")]
struct Refused;

impl ser::Error for Refused {
    /// A `Serialize` that fails (none of the model does) stops the walk: the JSON writer would
    /// fail there too.
    fn custom<T: fmt::Display>(_: T) -> Self {
        Refused
    }
}

/// Serializer methods by what they do with their value.
macro_rules! methods {
    // A value read back whatever it holds (`Ok(())`), or never (`Err(Refused)`).
    (leaf: $($method:ident($($arg:ty),*) = $result:expr;)+) => {$(
        fn $method(self, $(_: $arg),*) -> Result<(), Refused> {
            $result
        }
    )+};
    // A value inside another: walked.
    (inner: $($method:ident($($arg:ty),*);)+) => {$(
        fn $method<T: Serialize + ?Sized>(self, $(_: $arg,)* value: &T) -> Result<(), Refused> {
            value.serialize(self)
        }
    )+};
    // A list, a map or a struct: the walk is its own writer of them.
    (compound: $($method:ident($($arg:ty),*);)+) => {$(
        fn $method(self, $(_: $arg),*) -> Result<Self, Refused> {
            Ok(self)
        }
    )+};
}

impl ser::Serializer for &mut Walk {
    type Ok = ();
    type Error = Refused;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    methods! { leaf:
        serialize_bool(bool) = Ok(());
        serialize_i8(i8) = Ok(());
        serialize_i16(i16) = Ok(());
        serialize_i32(i32) = Ok(());
        serialize_i64(i64) = Ok(());
        serialize_u8(u8) = Ok(());
        serialize_u16(u16) = Ok(());
        serialize_u32(u32) = Ok(());
        serialize_u64(u64) = Ok(());
        serialize_char(char) = Ok(());
        serialize_str(&str) = Ok(());
        serialize_bytes(&[u8]) = Ok(());
        serialize_none() = Ok(());
        serialize_unit() = Ok(());
        serialize_unit_struct(&'static str) = Ok(());
        serialize_unit_variant(&'static str, u32, &'static str) = Ok(());
        // The model holds no float; JSON would write one the loader's whole numbers refuse.
        serialize_f32(f32) = Err(Refused);
        serialize_f64(f64) = Err(Refused);
    }
    methods! { inner:
        serialize_some();
        serialize_newtype_struct(&'static str);
        serialize_newtype_variant(&'static str, u32, &'static str);
    }
    methods! { compound:
        serialize_seq(Option<usize>);
        serialize_tuple(usize);
        serialize_tuple_struct(&'static str, usize);
        serialize_tuple_variant(&'static str, u32, &'static str, usize);
        serialize_map(Option<usize>);
        serialize_struct(&'static str, usize);
        serialize_struct_variant(&'static str, u32, &'static str, usize);
    }

    /// A value written as its text: read back as the loader reads such a text.
    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result<(), Refused> {
        self.text.clear();
        write!(self.text, "{value}").map_err(|_| Refused)?;
        reads_back(&self.text).then_some(()).ok_or(Refused)
    }
}

/// The compound writers: each element, key or field is walked in turn (a field's name is not
/// needed: the loader names the place of a refusal).
macro_rules! compounds {
    ($($trait:ident: $($method:ident($($name:ty)?)),+;)+) => {$(
        impl ser::$trait for &mut Walk {
            type Ok = ();
            type Error = Refused;
            $(
                fn $method<T: Serialize + ?Sized>(&mut self, $(_: $name,)? value: &T) -> Result<(), Refused> {
                    value.serialize(&mut **self)
                }
            )+
            fn end(self) -> Result<(), Refused> {
                Ok(())
            }
        }
    )+};
}

compounds! {
    SerializeSeq: serialize_element();
    SerializeTuple: serialize_element();
    SerializeTupleStruct: serialize_field();
    SerializeTupleVariant: serialize_field();
    SerializeMap: serialize_key(), serialize_value();
    SerializeStruct: serialize_field(&'static str);
    SerializeStructVariant: serialize_field(&'static str);
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::report::field::Field;
    use crate::report::{ItemId, Period, RecentIncidents, field_at_mut, visit};
    use crate::samples::Sample;
    use crate::{AssessmentKind, Choice};

    /// What the loader says of `report`'s JSON: the path of its error, if any.
    fn loader_refuses_at(report: &Report) -> Option<ItemPath> {
        Report::from_json(&report.to_json())
            .err()
            .map(|e| e.path().clone())
    }

    /// The check and the loader agree on `report`: both accept it, or both refuse it at the same
    /// place. Returns whether it is refused.
    fn agree(report: &Report) -> bool {
        let refused = refused_at(report);
        assert_eq!(refused, loader_refuses_at(report));
        refused.is_some()
    }

    /// Days the JSON holds (`0000-01-01` to `9999-12-31`) and days it cannot (chrono writes them
    /// with a sign and five digits or more).
    fn days() -> [(NaiveDate, bool); 6] {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        [
            (day(2024, 12, 6), true),
            (day(0, 1, 1), true),
            (day(9999, 12, 31), true),
            (day(10000, 1, 1), false),
            (day(12017, 1, 1), false),
            (day(-1, 12, 31), false),
        ]
    }

    /// Sets every day that `field` holds (a day, days, a day or month, a period, a group's
    /// days) to `day`; whether it holds any.
    fn spoil(field: &mut dyn Field, day: NaiveDate) -> bool {
        let any: &mut dyn std::any::Any = field;
        if let Some(slot) = any.downcast_mut::<Option<NaiveDate>>() {
            *slot = Some(day);
        } else if let Some(slot) = any.downcast_mut::<Option<DateOrMonth>>() {
            *slot = Some(DateOrMonth::Day(day));
        } else if let Some(period) = any.downcast_mut::<Period>() {
            period.end = Some(day);
        } else if let Some(incidents) = any.downcast_mut::<RecentIncidents>() {
            incidents.incident_dates = vec![day, day];
        } else if let Some(days) = any.downcast_mut::<Vec<NaiveDate>>() {
            *days = vec![day];
        } else {
            return false;
        }
        true
    }

    /// The places of every instance of every item of `report`.
    fn instances(report: &Report) -> Vec<(ItemId, Vec<usize>)> {
        let mut out = Vec::new();
        for &id in ItemId::ALL {
            visit(report, id, &mut |at, _| out.push((id, at.to_vec())));
        }
        out
    }

    /// Every day of `report`, one at a time, set to each of [`days`]: refused exactly where the
    /// loader refuses, at its path. Returns how many places held a day.
    fn every_day_spoiled(report: &Report) -> usize {
        let mut places = 0;
        for (id, at) in instances(report) {
            for (day, loads) in days() {
                let mut r = report.clone();
                let Some(field) = field_at_mut(&mut r, id, &at) else {
                    continue;
                };
                if !spoil(field, day) {
                    break;
                }
                let refused = agree(&r);
                // A day out of reach is refused (unless the item is outside the form, which is
                // refused anyway).
                assert!(refused || loads, "{id:?} {at:?} {day}");
                places += usize::from(!loads);
            }
        }
        for i in 0..report.changes.len() {
            for (day, loads) in days() {
                let mut r = report.clone();
                r.changes[i].date = Some(day);
                assert_eq!(agree(&r), !loads, "changes[{i}] {day}");
            }
        }
        places
    }

    #[test]
    fn the_samples_and_examples_load_and_every_bad_day_is_refused_where_the_loader_refuses() {
        for &sample in Sample::ALL {
            let report = sample.load().unwrap();
            assert!(!agree(&report), "{sample:?}");
            assert!(every_day_spoiled(&report) > 0, "{sample:?}");
        }
        for &form in AssessmentKind::ALL {
            let report = Report::example(form);
            assert!(!agree(&report), "{form}");
            every_day_spoiled(&report);
        }
    }

    /// The check's own walk accepts a report that loads, without falling back to writing and
    /// reading its JSON: every `collect_str` text of the model reads back as a day, a month or a
    /// result (a 法令上の根拠 is written with `serialize_str`; were it `collect_str`, every report
    /// with one would be written and read whole, the import's slowest step).
    #[test]
    fn the_walk_alone_accepts_every_sample_and_example() {
        let walks = |report: &Report| report.serialize(&mut Walk::default()).is_ok();
        let mut bases = 0;
        for &sample in Sample::ALL {
            let report = sample.load().unwrap();
            let provisions = report.files.iter().flat_map(|f| &f.provisions);
            bases += provisions.filter(|p| p.legal_basis.is_some()).count();
            assert!(walks(&report), "{sample:?}");
        }
        assert!(bases > 0, "the samples hold 提供先 with a 法令上の根拠");
        for &form in AssessmentKind::ALL {
            assert!(walks(&Report::example(form)), "{form}");
        }
    }

    #[test]
    fn the_first_refused_place_is_the_loaders() {
        let bad = NaiveDate::from_ymd_opt(12017, 1, 1).unwrap();
        let mut report = Sample::EdogawaFull.load().unwrap();
        // Two bad days: the one the JSON writes first is named.
        report.changes[0].date = Some(bad);
        report.cover.published_on = Some(bad);
        assert!(agree(&report));
        assert_eq!(refused_at(&report).unwrap(), "cover.published_on");
        // An item the form does not print, with no bad day: its path.
        let mut report = Sample::KawaguchiFocused.load().unwrap();
        report.files[0].storage.erasure = Some("消去する".to_owned());
        assert!(agree(&report));
        assert_eq!(refused_at(&report).unwrap(), "files[0].storage.erasure");
        // With a bad day as well, the day (read before the form is checked).
        report.changes[1].date = Some(bad);
        assert!(agree(&report));
        assert_eq!(refused_at(&report).unwrap(), "changes[1].date");
    }

    #[test]
    fn items_outside_the_form_are_refused_where_the_loader_refuses() {
        let full = Sample::EdogawaFull.load().unwrap();
        for &form in &[AssessmentKind::Basic, AssessmentKind::Focused] {
            // The full report's values in the shared parts, under another form.
            let mut report = Report::empty(form);
            report.cover = full.cover.clone();
            report.affair = full.affair.clone();
            report.systems = full.systems.clone();
            report.files = full.files.clone();
            report.disclosure = full.disclosure.clone();
            assert!(agree(&report), "{form}");
            assert!(!agree(&report.without_items_outside_form()), "{form}");
        }
    }

    #[test]
    fn collect_str_texts_read_back_as_their_readers_read_them() {
        assert!(reads_back("2024-12-06") && reads_back("0000-01-01") && reads_back("2015-10"));
        assert!(!reads_back("+12017-01-01") && !reads_back("-0001-12-31"));
        assert!(!reads_back("2024-02-30") && !reads_back(""));
        // Every result a report can hold, as it is written.
        for &required in crate::threshold::RequiredAssessment::ALL {
            let result = StatedThresholdResult::required(required);
            assert!(reads_back(&result.to_string()), "{result}");
            for &kind in AssessmentKind::ALL {
                let result = result.with_voluntary(kind);
                assert!(reads_back(&result.to_string()), "{result}");
            }
        }
    }

    #[cfg(feature = "proptest")]
    mod generated {
        use proptest::prelude::*;

        use super::*;

        proptest! {
            #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

            /// Generated reports of every form, as they are and with one of their days (picked
            /// by `pick`) set to a day of any year.
            #[test]
            fn generated_reports_are_refused_where_the_loader_refuses(
                report in crate::fixtures::report(),
                pick in any::<usize>(),
                year in -20_000_i32..20_000,
            ) {
                prop_assert!(!agree(&report));
                let day = NaiveDate::from_ymd_opt(year, 2, 28).unwrap();
                let mut r = report.clone();
                let places = instances(&r);
                for k in 0..places.len() {
                    let (id, at) = &places[(pick + k) % places.len()];
                    if field_at_mut(&mut r, *id, at).is_some_and(|f| spoil(f, day)) {
                        break;
                    }
                }
                prop_assert_eq!(agree(&r), !(0..=9999).contains(&year) || !r.items_outside_form().is_empty());
            }
        }
    }
}
