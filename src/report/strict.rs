//! The reading rules of the report format that serde's derived code does not keep by itself, so
//! that a document loads if and only if the JSON Schema accepts it
//! ([`json_schema`](mod@super::json_schema)):
//!
//! - an object of the model is read from an object only: the derived code would also read a list
//!   of the values in field order (`"cover": ["3", "…"]`), which no document needs and the schema
//!   refuses;
//! - a whole number may be written with a fraction or an exponent (`2.0`, `1e3`): JSON Schema
//!   sees the number, not its spelling, and counts `2.0` an integer.
//!
//! [`Strict`] wraps any deserializer and passes everything else through unchanged.
//!
//! [`list`] reads the long lists of a report (変更箇所, 提供先…) with fewer
//! reallocations than serde's own `Vec` reader, which starts from nothing (a JSON text does not
//! say how long a list is) and doubles: what it accepts, and its messages, are the same.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Unexpected,
    VariantAccess, Visitor,
};

/// A deserializer that keeps the rules above, at every depth.
pub(super) struct Strict<D>(pub(super) D);

/// A visitor that keeps the rules for what it visits, and whether it reads an object of the
/// model (a list is then refused).
struct Wrap<V>(V, bool);

/// A seed whose value is read with [`Strict`].
struct Seed<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Strict(d))
    }
}

/// `deserialize_*` methods that pass a wrapped visitor on.
macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*);)+) => {
        $(
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
                self.0.$method($($arg,)* Wrap(visitor, false))
            }
        )+
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Strict<D> {
    type Error = D::Error;

    forward! {
        deserialize_any();
        deserialize_bool();
        deserialize_i8();
        deserialize_i16();
        deserialize_i32();
        deserialize_i64();
        deserialize_i128();
        deserialize_u8();
        deserialize_u16();
        deserialize_u32();
        deserialize_u64();
        deserialize_u128();
        deserialize_f32();
        deserialize_f64();
        deserialize_char();
        deserialize_str();
        deserialize_string();
        deserialize_bytes();
        deserialize_byte_buf();
        deserialize_option();
        deserialize_unit();
        deserialize_unit_struct(name: &'static str);
        deserialize_newtype_struct(name: &'static str);
        deserialize_seq();
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
        deserialize_map();
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
        deserialize_identifier();
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_struct(name, fields, Wrap(visitor, true))
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_ignored_any(visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// `visit_*` methods of plain values, passed on as they are: those that serde_json calls. The
/// others take serde's defaults, which pass the value on to one of these (`visit_u8` to
/// `visit_u64`, `visit_f32` to `visit_f64`, `visit_char` and `visit_string` to `visit_str`),
/// where every visitor of the model reads it as it would have read it there.
macro_rules! pass {
    ($($method:ident($ty:ty);)+) => {
        $(
            fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
                self.0.$method(v)
            }
        )+
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    pass! {
        visit_bool(bool);
        visit_i64(i64);
        visit_i128(i128);
        visit_u64(u64);
        visit_u128(u128);
        visit_str(&str);
        visit_borrowed_str(&'de str);
        visit_bytes(&[u8]);
        visit_borrowed_bytes(&'de [u8]);
    }

    /// A whole number written `2.0` or `1e3` is read as the whole number.
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::float_cmp
    )]
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<V::Value, E> {
        // 2^64 and -2^63 are exact in f64; every whole f64 inside the ranges converts exactly.
        const U64_END: f64 = 18_446_744_073_709_551_616.0;
        const I64_START: f64 = -9_223_372_036_854_775_808.0;
        if v.fract() == 0.0 && (0.0..U64_END).contains(&v) {
            self.0.visit_u64(v as u64)
        } else if v.fract() == 0.0 && (I64_START..0.0).contains(&v) {
            self.0.visit_i64(v as i64)
        } else {
            self.0.visit_f64(v)
        }
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(Strict(d))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(Strict(d))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        if self.1 {
            return Err(de::Error::invalid_type(Unexpected::Seq, &self));
        }
        self.0.visit_seq(Strict(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Strict(map))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(Strict(data))
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Strict<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(Seed(seed))
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Strict<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(seed)
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.0.next_value_seed(Seed(seed))
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Strict<A> {
    type Error = A::Error;
    type Variant = Strict<A::Variant>;

    fn variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<(T::Value, Self::Variant), A::Error> {
        self.0
            .variant_seed(seed)
            .map(|(value, variant)| (value, Strict(variant)))
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Strict<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.0.newtype_variant_seed(Seed(seed))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, Wrap(visitor, false))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.struct_variant(fields, Wrap(visitor, true))
    }
}

/// A JSON list read into a `Vec` (for `#[serde(deserialize_with = "…")]`; [`List`] is the same as
/// a seed).
pub(super) fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Vec<T>, D::Error> {
    List::new().deserialize(d)
}

/// Reads a JSON list into a `Vec` that grows at most once: a list of up to [`List::SHORT`]
/// items is held as serde holds it, a longer one gets room for [`List::ROOM`] bytes of items
/// at its fifth, and is cut to its length at the end. serde's reader doubles from four, and
/// every doubling of a long list (143 変更箇所) moves it to a new, larger block.
pub(super) struct List<T>(PhantomData<T>);

impl<T> List<T> {
    /// The reader of a list of `T`.
    pub(super) const fn new() -> Self {
        List(PhantomData)
    }

    /// The items a short list holds in its first block (serde's `Vec` takes four at first).
    const SHORT: usize = 4;
    /// The bytes a long list gets room for in one step.
    const ROOM: usize = 8192;
}

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for List<T> {
    type Value = Vec<T>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<T>, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for List<T> {
    type Value = Vec<T>;

    /// serde's words for its `Vec` (the messages stay the same).
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            if items.len() == Self::SHORT {
                let room = Self::ROOM / size_of::<T>().max(1);
                items.reserve_exact(room.saturating_sub(Self::SHORT));
            }
            items.push(item);
        }
        if items.len() > Self::SHORT {
            items.shrink_to_fit();
        }
        Ok(items)
    }
}

#[cfg(test)]
#[cfg(feature = "json")]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, PartialEq, Deserialize)]
    struct Pair {
        a: u32,
        #[serde(default)]
        b: Option<Vec<u8>>,
    }

    fn read(text: &str) -> Result<Pair, serde_json::Error> {
        let mut de = serde_json::Deserializer::from_str(text);
        Pair::deserialize(Strict(&mut de))
    }

    #[test]
    fn objects_are_read_from_objects_only() {
        assert_eq!(
            read(r#"{"a": 1, "b": [2]}"#).unwrap(),
            Pair {
                a: 1,
                b: Some(vec![2])
            }
        );
        assert!(
            serde_json::from_str::<Pair>("[1]").is_ok(),
            "serde alone reads a list"
        );
        let err = read("[1]").unwrap_err();
        assert!(err.to_string().contains("invalid type: sequence"), "{err}");
    }

    /// Reads `text` as a list of `T` with [`list`], under [`Strict`] as a report is read.
    fn read_list<T: for<'de> Deserialize<'de>>(text: &str) -> Result<Vec<T>, serde_json::Error> {
        let mut de = serde_json::Deserializer::from_str(text);
        list(Strict(&mut de))
    }

    #[test]
    fn lists_read_as_serde_reads_them_and_hold_no_spare_room() {
        for n in [0_usize, 1, 4, 5, 6, 300, 400] {
            let items: Vec<usize> = (0..n).collect();
            let text = serde_json::to_string(&items).unwrap();
            let read = read_list::<usize>(&text).unwrap();
            assert_eq!(read, items);
            if n > List::<usize>::SHORT {
                assert_eq!(read.capacity(), read.len(), "{n} items");
            }
        }
        let pairs = read_list::<Pair>(r#"[{"a": 1}, {"a": 2.0, "b": [3]}]"#).unwrap();
        assert_eq!(pairs[1].b, Some(vec![3]));
        // The same refusals, in serde's words.
        for text in ["{}", "3", "[[1]]", r#"[1, "x"]"#, "[1,"] {
            let ours = read_list::<u32>(text).unwrap_err().to_string();
            let serde = serde_json::from_str::<Vec<u32>>(text)
                .unwrap_err()
                .to_string();
            assert_eq!(ours, serde, "{text}");
        }
        assert!(
            read_list::<Pair>("[[1]]").is_err(),
            "an object is read from an object only"
        );
    }

    #[test]
    fn whole_numbers_may_have_a_fraction_or_an_exponent() {
        assert_eq!(
            read(r#"{"a": 2.0, "b": [1e1, -0.0]}"#).unwrap().b,
            Some(vec![10, 0])
        );
        assert_eq!(read(r#"{"a": 4e3}"#).unwrap().a, 4000);
        assert!(read(r#"{"a": 2.5}"#).is_err());
        assert!(read(r#"{"a": -1.0}"#).is_err());
        assert!(read(r#"{"a": 5e9}"#).is_err());
        assert!(read(r#"{"a": 1e30}"#).is_err());
    }
}
