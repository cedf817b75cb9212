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
//! nothing and reads each `collect_str` text back as the loader reads such a text. The walk is
//! the writer's, so a value is met in the order of the JSON text; when it stops, a second walk
//! keeps the path it is at, and the first refused place is the one the loader's error names.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use serde::Deserialize;
use serde::de::IntoDeserializer;
use serde::ser::{self, Serialize};

use super::path::is_plain_name;
use super::{DateOrMonth, ItemPath, Report, Segment};
use crate::threshold::StatedThresholdResult;
#[cfg(doc)]
use crate::wareki::YearMonth;

/// The place where [`Report::from_json`] refuses the JSON of `report` ([`Report::to_json`]),
/// as the path of its error; `None` when it loads. Nothing is written or read as JSON.
pub(crate) fn refused_at(report: &Report) -> Option<ItemPath> {
    // The path is kept only on a second walk, when the first has stopped: most reports load.
    if report.serialize(&mut Walk::default()).is_err() {
        let mut walk = Walk {
            keep: true,
            ..Walk::default()
        };
        // The walk stops where it stopped before: its steps are the path of that place.
        let _ = report.serialize(&mut walk);
        return Some(walk.path());
    }
    report
        .items_outside_form()
        .into_iter()
        .next()
        .map(|(_, path)| path)
}

/// Whether a value written as `text` with `collect_str` reads back: as a day `YYYY-MM-DD` or a
/// month `YYYY-MM` ([`DateOrMonth`]'s reader, which is the day's and the month's), or as a
/// [`StatedThresholdResult`]. The texts of each type that writes so fall under one reader only
/// (a day or a month is ASCII, a result Japanese), and that reader is the type's own.
fn reads_back(text: &str) -> bool {
    let de = || IntoDeserializer::<serde::de::value::Error>::into_deserializer(text);
    DateOrMonth::deserialize(de()).is_ok() || StatedThresholdResult::deserialize(de()).is_ok()
}

/// One step of the path the walk is at.
enum Step {
    /// A field of a struct (or the variant of an enum).
    Field(&'static str),
    /// A position in a list.
    Index(usize),
    /// A key of a map, as its text; `None` for a key that is not text.
    Key(Option<String>),
}

/// The serializer that writes nothing: the path it is at and a buffer for `collect_str`.
#[derive(Default)]
struct Walk {
    /// Whether the path is kept (in `at`).
    keep: bool,
    /// The steps from the top of the report to the value being written, when they are kept.
    at: Vec<Step>,
    /// The text of the last `collect_str` value (kept to reuse its room).
    text: String,
}

impl Walk {
    /// The path the walk stopped at, as the loader's error gives it: a map's key is a field
    /// name, and a key a path cannot write (or one that is not text) ends the path before it.
    fn path(&self) -> ItemPath {
        let mut segments = Vec::with_capacity(self.at.len());
        for step in &self.at {
            segments.push(match step {
                Step::Field(name) => Segment::Field(Cow::Borrowed(name)),
                Step::Index(i) => Segment::Index(*i),
                Step::Key(Some(key)) if is_plain_name(key) => Segment::Field(key.clone().into()),
                Step::Key(_) => break,
            });
        }
        ItemPath::from(segments)
    }

    /// Writes `value` one step further down the path.
    fn under<T: Serialize + ?Sized>(&mut self, step: Step, value: &T) -> Result<(), Refused> {
        self.step_in(step);
        value.serialize(&mut *self)?;
        self.step_out();
        Ok(())
    }

    /// Takes a step down the path, if the path is kept.
    fn step_in(&mut self, step: Step) {
        if self.keep {
            self.at.push(step);
        }
    }

    /// Takes the last step back, if the path is kept.
    fn step_out(&mut self) {
        if self.keep {
            self.at.pop();
        }
    }
}

/// The walk stopped: a value its type does not read back (the walk's path says where).
#[derive(Debug)]
struct Refused;

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the loader refuses this value")
    }
}

impl std::error::Error for Refused {}

impl ser::Error for Refused {
    /// A `Serialize` that fails (none of the model does) stops the walk: the JSON writer would
    /// fail there too.
    fn custom<T: fmt::Display>(_: T) -> Self {
        Refused
    }
}

/// A list, a map or a struct being written: the walk and the position of the next element.
struct Compound<'a> {
    walk: &'a mut Walk,
    next: usize,
}

/// The serializer's methods for values that need no look: they are read back whatever they
/// hold.
macro_rules! scalars {
    ($($method:ident: $ty:ty,)+) => {$(
        fn $method(self, _: $ty) -> Result<(), Refused> {
            Ok(())
        }
    )+};
}

impl<'a> ser::Serializer for &'a mut Walk {
    type Ok = ();
    type Error = Refused;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    // A value written as a number, a box or a string reads back as its type.
    scalars! {
        serialize_bool: bool,
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
        serialize_char: char,
        serialize_str: &str,
        serialize_bytes: &[u8],
    }
    /// The model holds no float; JSON would write one the loader's whole numbers refuse.
    fn serialize_f32(self, _: f32) -> Result<(), Refused> {
        Err(Refused)
    }
    fn serialize_f64(self, _: f64) -> Result<(), Refused> {
        Err(Refused)
    }
    fn serialize_none(self) -> Result<(), Refused> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Refused> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Refused> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Refused> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<(), Refused> {
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Refused> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Refused> {
        self.under(Step::Field(variant), value)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Refused> {
        Ok(Compound {
            walk: self,
            next: 0,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Refused> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Refused> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Refused> {
        self.step_in(Step::Field(variant));
        self.serialize_seq(Some(len))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'a>, Refused> {
        self.serialize_seq(len)
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Refused> {
        self.serialize_seq(Some(len))
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Refused> {
        self.serialize_tuple_variant(name, index, variant, len)
    }

    /// A value written as its text: read back as the loader reads such a text.
    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result<(), Refused> {
        self.text.clear();
        write!(self.text, "{value}").map_err(|_| Refused)?;
        if reads_back(&self.text) {
            Ok(())
        } else {
            Err(Refused)
        }
    }
}

impl Compound<'_> {
    /// Writes the next element of a list at its position.
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Refused> {
        self.walk.under(Step::Index(self.next), value)?;
        self.next += 1;
        Ok(())
    }

    /// Ends a list, a map or a struct.
    fn end_list(self) -> Result<(), Refused> {
        Ok(())
    }

    /// Ends a variant's list or struct: the step of its variant comes off the path.
    fn end_variant(self) -> Result<(), Refused> {
        self.walk.step_out();
        Ok(())
    }
}

/// The compounds written as lists: each element at its position, then a variant's step off the
/// path at the end.
macro_rules! list_compound {
    ($($trait:ident::$method:ident, $end:path;)+) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Refused;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Refused> {
                self.element(value)
            }
            fn end(self) -> Result<(), Refused> {
                $end(self)
            }
        }
    )+};
}

list_compound! {
    SerializeSeq::serialize_element, Compound::end_list;
    SerializeTuple::serialize_element, Compound::end_list;
    SerializeTupleStruct::serialize_field, Compound::end_list;
    SerializeTupleVariant::serialize_field, Compound::end_variant;
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Refused;
    /// A key's text is kept for the path, when the path is kept.
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Refused> {
        if self.walk.keep {
            let text = serde_json::to_value(key)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned));
            self.walk.at.push(Step::Key(text));
        }
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Refused> {
        value.serialize(&mut *self.walk)?;
        self.walk.step_out();
        Ok(())
    }
    fn end(self) -> Result<(), Refused> {
        self.end_list()
    }
}

/// The compounds written as objects: each field under its name, then a variant's step off the
/// path at the end.
macro_rules! struct_compound {
    ($($trait:ident, $end:path;)+) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Refused;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Refused> {
                self.walk.under(Step::Field(key), value)
            }
            fn end(self) -> Result<(), Refused> {
                $end(self)
            }
        }
    )+};
}

struct_compound! {
    SerializeStruct, Compound::end_list;
    SerializeStructVariant, Compound::end_variant;
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
        let any = field.as_any_mut();
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
