//! The JSON reader of [`Report::from_json`](super::Report::from_json) for a text that loads: a
//! serde `Deserializer` that calls the model's visitors just as serde_json's does, but finds the
//! end of a string many bytes at a time (a report is mostly long Japanese strings) and makes no
//! error message of its own.
//!
//! It reads a subset of JSON: numbers only as whole numbers `0`–`u64::MAX` (serde_json reads a
//! fraction, an exponent or a sign too), escapes only in their short forms (`\n`, `\"`…;
//! serde_json reads `\u3042` and surrogate pairs), lists and objects only up to [`DEPTH`] deep,
//! an enum only as an object. Anything else, and any value the model refuses, is a [`Miss`]: the
//! caller reads the text again with serde_json, which loads it or says why not. So a text loads
//! exactly as serde_json alone would load it; faster when this reader reads it (by a quarter,
//! the samples); it reads every text that `Report::to_json` writes unless a string holds a control
//! character that JSON writes as `\u0001`….

use std::fmt;

use serde::de::{self, DeserializeSeed, Visitor};

/// The text is not one this reader reads, or a value in it was refused: serde_json reads it
/// again (a message would be thrown away unread, so none is made). Zero-sized, so that every
/// `Result` of the reader is as small as its value.
#[derive(Debug, thiserror::Error)]
#[error("left to serde_json")]
pub(super) struct Miss;

impl de::Error for Miss {
    #[cold]
    fn custom<T: fmt::Display>(_: T) -> Self {
        Miss
    }
}

type Result<T> = std::result::Result<T, Miss>;

/// Lists and objects nested deeper than this are left to serde_json (which refuses them deeper
/// than 127), so that this reader reads nothing that serde_json refuses.
const DEPTH: usize = 100;

/// A reader of one JSON text.
#[derive(Default)]
pub(super) struct Reader<'de> {
    text: &'de str,
    /// The place of the next byte to read.
    at: usize,
    /// The lists and objects that the next value is in.
    depth: usize,
    /// A string with escapes, as read (they are rare: a line break in a long text).
    scratch: String,
    /// Whether the reader stopped at JSON that it leaves to serde_json (`2.0`, `-1`, `\u3042`…),
    /// rather than at a text or a value that serde_json refuses too.
    pub(super) left: bool,
}

impl<'de> Reader<'de> {
    pub(super) fn new(text: &'de str) -> Self {
        Reader {
            text,
            ..Self::default()
        }
    }

    /// Whether only whitespace is left, as after the value of the text.
    pub(super) fn at_end(&mut self) -> bool {
        self.peek().is_none()
    }

    /// The next byte that is not JSON whitespace, not taken.
    #[inline]
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        loop {
            match *bytes.get(self.at)? {
                b' ' | b'\t' | b'\r' => self.at += 1,
                b'\n' => {
                    self.at += 1;
                    // The indentation of a pretty-printed text, eight spaces at a time.
                    while let Some(word) = word(bytes, self.at) {
                        let spaces = (word ^ (ONES * u64::from(b' '))).trailing_zeros() / 8;
                        self.at += spaces as usize;
                        if spaces < 8 {
                            break;
                        }
                    }
                }
                b => return Some(b),
            }
        }
    }

    /// Takes `byte`, the next one after whitespace.
    #[inline]
    fn take(&mut self, byte: u8) -> Result<()> {
        if self.peek() != Some(byte) {
            return Err(Miss);
        }
        self.at += 1;
        Ok(())
    }

    /// Takes `word` (`null`, `true`, `false`), after whitespace.
    fn word(&mut self, word: &str) -> Result<()> {
        self.peek();
        let end = self.at + word.len();
        if self.text.get(self.at..end) != Some(word) {
            return Err(Miss);
        }
        self.at = end;
        Ok(())
    }

    /// Reads a whole number without a sign, a fraction or an exponent, and visits it as
    /// serde_json does whatever the type asked for.
    fn number<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        self.peek();
        let bytes = self.text.as_bytes();
        let start = self.at;
        let mut n = Some(0_u64);
        while let Some(&b) = bytes.get(self.at).filter(|b| b.is_ascii_digit()) {
            n = n.and_then(|n| n.checked_mul(10)?.checked_add(u64::from(b - b'0')));
            self.at += 1;
        }
        let digits = self.at - start;
        // Not a number (`01` is not JSON either).
        if (digits == 0 && bytes.get(start) != Some(&b'-'))
            || (digits > 1 && bytes.get(start) == Some(&b'0'))
        {
            return Err(Miss);
        }
        match n {
            Some(n) if digits > 0 && !matches!(bytes.get(self.at), Some(b'.' | b'e' | b'E')) => {
                visitor.visit_u64(n)
            }
            // A sign, a fraction, an exponent or more than a u64 holds.
            _ => Err(self.leave()),
        }
    }

    /// Leaves the text to serde_json.
    #[cold]
    fn leave(&mut self) -> Miss {
        self.left = true;
        Miss
    }

    /// Reads the string whose opening quote is next, and visits it as serde_json does: borrowed
    /// from the text, or when it has escapes, as read into `scratch`.
    fn string<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        self.take(b'"')?;
        let (bytes, start) = (self.text.as_bytes(), self.at);
        let end = start + special(bytes.get(start..).ok_or(Miss)?).ok_or(Miss)?;
        if bytes.get(end) != Some(&b'"') {
            return self.escaped(start, end, visitor);
        }
        self.at = end + 1;
        visitor.visit_borrowed_str(self.text.get(start..end).ok_or(Miss)?)
    }

    /// The rest of a string from `start`, where `end` is its first escape or control character.
    #[cold]
    fn escaped<V: Visitor<'de>>(
        &mut self,
        start: usize,
        end: usize,
        visitor: V,
    ) -> Result<V::Value> {
        let bytes = self.text.as_bytes();
        self.scratch.clear();
        let (mut from, mut end) = (start, end);
        while bytes.get(end) == Some(&b'\\') {
            self.scratch.push_str(self.text.get(from..end).ok_or(Miss)?);
            let c = match bytes.get(end + 1) {
                Some(&b @ (b'"' | b'\\' | b'/')) => char::from(b),
                Some(b'n') => '\n',
                Some(b'r') => '\r',
                Some(b't') => '\t',
                Some(b'b') => '\u{8}',
                Some(b'f') => '\u{c}',
                // `\u…` is left to serde_json (which reads surrogate pairs).
                Some(b'u') => return Err(self.leave()),
                _ => return Err(Miss),
            };
            self.scratch.push(c);
            from = end + 2;
            end = from + special(bytes.get(from..).ok_or(Miss)?).ok_or(Miss)?;
        }
        // The end of the string, or a control character (which JSON escapes).
        if bytes.get(end) != Some(&b'"') {
            return Err(Miss);
        }
        self.scratch.push_str(self.text.get(from..end).ok_or(Miss)?);
        self.at = end + 1;
        visitor.visit_str(&self.scratch)
    }

    /// Reads the list or object that opens with `open` next, with `visit`, up to `close`.
    fn nested<T>(
        &mut self,
        open: u8,
        close: u8,
        visit: impl FnOnce(Items<'_, 'de>) -> Result<T>,
    ) -> Result<T> {
        self.take(open)?;
        self.depth += 1;
        if self.depth > DEPTH {
            return Err(self.leave());
        }
        let first = true;
        let value = visit(Items { r: self, first })?;
        self.take(close)?;
        self.depth -= 1;
        Ok(value)
    }
}

/// Ones in every byte of a word.
const ONES: u64 = 0x0101_0101_0101_0101;

/// The eight bytes of `s` from `at` as a word, the first in its lowest byte.
#[inline]
fn word(s: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(s.get(at..at + 8)?.try_into().ok()?))
}

/// The place of the first `"`, `\` or control character of `s`: 32 bytes at a time while there
/// is none (code the compiler makes into vector instructions), then eight at a time.
#[inline]
fn special(s: &[u8]) -> Option<usize> {
    const HIGH: u64 = ONES * 0x80;
    let is = |b: u8| (b == b'"') | (b == b'\\') | (b < 0x20);
    let mut at = 0;
    while let Some(chunk) = s
        .get(at..at + 32)
        .and_then(|c| <&[u8; 32]>::try_from(c).ok())
    {
        if chunk.iter().fold(false, |any, &b| any | is(b)) {
            break;
        }
        at += 32;
    }
    while let Some(x) = word(s, at) {
        // A high bit for each such byte, and maybe above one (a borrow): the lowest is exact.
        let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
        let found = zero(x ^ (ONES * u64::from(b'"')))
            | zero(x ^ (ONES * u64::from(b'\\')))
            | (x.wrapping_sub(ONES * 0x20) & !x & HIGH);
        if found != 0 {
            return Some(at + found.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    Some(at + s.get(at..)?.iter().position(|&b| is(b))?)
}

/// The items of a list, the entries of an object, or the one entry of an enum's object.
struct Items<'a, 'de> {
    r: &'a mut Reader<'de>,
    first: bool,
}

impl Items<'_, '_> {
    /// Whether another item follows (taking the comma before it), or `close` (not taken). A key
    /// is a string, as serde_json requires (it reads the same deserializer's strings).
    #[inline]
    fn next(&mut self, close: u8) -> Result<bool> {
        match self.r.peek().ok_or(Miss)? {
            b if b == close => return Ok(false),
            _ if self.first => self.first = false,
            b',' => self.r.at += 1,
            _ => return Err(Miss),
        }
        // After a comma, `]` or `}` is not JSON.
        match self.r.peek() {
            Some(b'"') => Ok(true),
            Some(b) if close == b']' && b != close => Ok(true),
            _ => Err(Miss),
        }
    }
}

impl<'de> de::SeqAccess<'de> for Items<'_, 'de> {
    type Error = Miss;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if !self.next(b']')? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.r).map(Some)
    }
}

impl<'de> de::MapAccess<'de> for Items<'_, 'de> {
    type Error = Miss;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if !self.next(b'}')? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.r).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        self.r.take(b':')?;
        seed.deserialize(&mut *self.r)
    }
}

impl<'de> de::EnumAccess<'de> for Items<'_, 'de> {
    type Error = Miss;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(mut self, seed: V) -> Result<(V::Value, Self)> {
        let variant = de::MapAccess::next_key_seed(&mut self, seed)?.ok_or(Miss)?;
        self.r.take(b':')?;
        Ok((variant, self))
    }
}

impl<'de> de::VariantAccess<'de> for Items<'_, 'de> {
    type Error = Miss;

    fn unit_variant(self) -> Result<()> {
        self.r.word("null")
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
        seed.deserialize(self.r)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value> {
        Err(self.r.leave())
    }

    fn struct_variant<V: Visitor<'de>>(self, _: &'static [&'static str], _: V) -> Result<V::Value> {
        Err(self.r.leave())
    }
}

/// `deserialize_*` methods that read with another method, or leave the value to serde_json
/// (`miss`).
macro_rules! read_with {
    ($($with:ident: $($method:ident$(($($arg:ty),*))?)*;)*) => {
        $($(
            fn $method<V: Visitor<'de>>(self, $($(_: $arg,)*)? visitor: V) -> Result<V::Value> {
                read_with!(@ self, visitor, $with)
            }
        )*)*
    };
    (@ $self:ident, $visitor:ident, miss) => {{
        let _ = $visitor;
        Err($self.leave())
    }};
    (@ $self:ident, $visitor:ident, $with:ident) => {
        $self.$with($visitor)
    };
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = Miss;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.peek().ok_or(Miss)? {
            b'n' => self.deserialize_unit(visitor),
            b't' | b'f' => self.deserialize_bool(visitor),
            b'"' => self.string(visitor),
            b'[' => self.deserialize_seq(visitor),
            b'{' => self.deserialize_map(visitor),
            _ => self.number(visitor),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let value = self.peek() == Some(b't');
        self.word(if value { "true" } else { "false" })?;
        visitor.visit_bool(value)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.peek() == Some(b'n') {
            self.word("null")?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.word("null")?;
        visitor.visit_unit()
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.nested(b'[', b']', |items| visitor.visit_seq(items))
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.nested(b'{', b'}', |items| visitor.visit_map(items))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        if self.peek() == Some(b'[') {
            self.deserialize_seq(visitor)
        } else {
            self.deserialize_map(visitor)
        }
    }

    /// An enum written as an object of one entry, `{"variant": value}` (serde_json reads a unit
    /// variant written as a string too: that is left to it).
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        if self.peek() == Some(b'"') {
            return Err(self.leave());
        }
        self.nested(b'{', b'}', |items| visitor.visit_enum(items))
    }

    read_with! {
        number: deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_u8
            deserialize_u16 deserialize_u32 deserialize_u64;
        string: deserialize_char deserialize_str deserialize_string deserialize_identifier;
        deserialize_unit: deserialize_unit_struct(&'static str);
        deserialize_seq: deserialize_tuple(usize) deserialize_tuple_struct(&'static str, usize);
        miss: deserialize_f32 deserialize_f64 deserialize_bytes deserialize_byte_buf
            deserialize_ignored_any;
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde::de::DeserializeSeed;
    use serde_json::Value;

    use super::*;
    use crate::report::schema::Unchecked;
    use crate::samples::Sample;

    /// What this reader reads `text` as, if it reads it.
    fn read<T: Deserialize<'static>>(text: &'static str) -> Option<T> {
        let mut r = Reader::new(text);
        let value = T::deserialize(&mut r).ok()?;
        r.at_end().then_some(value)
    }

    #[test]
    fn texts_read_as_serde_json_reads_them() {
        let read_here = [
            "0",
            "18446744073709551615",
            " \t\r\n[1, 20 ,300]\n",
            "null",
            "[true, false, null]",
            r#""""#,
            r#""あいう""#,
            r#""a\"b\\c\/d\be\ff\ng\rh\ti""#,
            r#""\n""#,
            r#""long \n text with \"escapes\" here and there, and more than thirty-two bytes""#,
            r#"{"a": {"b": [[], {}, [{}]]}, "c": "x", "a": 2}"#,
            r#"{"a":1,"b":"€\\","c":[1,2]}"#,
            &format!("{}1{}", "[".repeat(DEPTH), "]".repeat(DEPTH)),
        ];
        let left = [
            "",
            " ",
            "-1",
            "1.5",
            "2.0",
            "1e3",
            "01",
            "18446744073709551616",
            r#""\u3042""#,
            r#""\ud83d\ude00""#,
            r#""\ud800""#,
            r#""\x""#,
            "\"a\u{1}b\"",
            "\"a\nb\"",
            r#""abc"#,
            r#""abc\"#,
            "[1,]",
            "[1 2]",
            "[,1]",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{1:2}",
            "{\"a\":1 \"b\":2}",
            "nul",
            "tru",
            "[1] x",
            "\u{feff}1",
            &format!("{}1{}", "[".repeat(DEPTH + 1), "]".repeat(DEPTH + 1)),
        ];
        for text in read_here {
            let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
            let ours = read::<Value>(text);
            assert!(ours.is_some(), "{text:?} is read here");
            assert_eq!(ours, serde_json::from_str(text).ok(), "{text:?}");
        }
        for text in left {
            let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
            assert_eq!(read::<Value>(text), None, "{text:?} is left to serde_json");
        }
    }

    #[test]
    fn a_refused_value_is_told_from_a_text_left_to_serde_json() {
        let left = |text: &'static str| {
            let mut r = Reader::new(text);
            Unchecked.deserialize(&mut r).err().map(|Miss| r.left)
        };
        for (part, why) in [
            (r#""colour": 1"#, Some(false)),
            (
                r#""files": [{"entrustments": [{"re_entrustment": "する"}]}]"#,
                Some(false),
            ),
            (r#""files": [{"entrustment_count": "3"}]"#, Some(false)),
            (r#""files": [{"entrustment_count": 03}]"#, Some(false)),
            (r#""files": [{"entrustment_count": 3.0}]"#, Some(true)),
            (r#""files": [{"entrustment_count": -3}]"#, Some(true)),
            (
                r#""files": [{"entrustment_count": 99999999999999999999}]"#,
                Some(true),
            ),
            (r#""cover": {"title": "\u3042"}"#, Some(true)),
            (r#""cover": {"title": "a"}"#, None),
        ] {
            let text = format!(r#"{{"schema_version": 2, "form": "全項目評価", {part}}}"#);
            assert_eq!(left(Box::leak(text.into_boxed_str())), why, "{part}");
        }
        let open = r#"{"schema_version": 2, "form": "全項目評価", "cover": {"title": "a"}"#;
        assert_eq!(left(open), Some(false), "{open}");
    }

    /// A report read here and by serde_json, as `Report::from_json` reads it before its form
    /// check.
    fn both(text: &str) -> (Option<crate::report::Report>, Option<crate::report::Report>) {
        let mut r = Reader::new(text);
        let ours = Unchecked.deserialize(&mut r).ok().filter(|_| r.at_end());
        let mut de = serde_json::Deserializer::from_str(text);
        let theirs = Unchecked
            .deserialize(&mut de)
            .ok()
            .filter(|_| de.end().is_ok());
        (ours, theirs)
    }

    #[test]
    fn reports_read_as_serde_json_reads_them() {
        // Pieces that JSON reads, or not, or that this reader leaves to serde_json.
        const PIECES: &[&str] = &[
            "\"",
            "\\",
            "\\n",
            "\\u3042",
            "\\ud83d\\ude00",
            ",",
            "]",
            "}",
            "[",
            "{",
            ":",
            "null",
            "true",
            "1",
            "2.0",
            "-1",
            "1e3",
            "01",
            " ",
            "\t",
            "\n",
            "\u{1}",
            "あ",
            "{}",
            "[]",
            "\"x\"",
            "99999999999999999999",
        ];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            usize::try_from(state % n as u64).unwrap()
        };
        let (mut loaded, mut read_here) = (0, 0);
        for sample in Sample::ALL {
            let json = sample.json();
            let (ours, theirs) = both(json);
            assert!(ours.is_some() && ours == theirs, "{sample:?} is read here");
            for _ in 0..150 {
                let mut text = json.to_owned();
                for _ in 0..1 + next(3) {
                    let mut at = next(text.len());
                    while !text.is_char_boundary(at) {
                        at -= 1;
                    }
                    let cut = if next(2) == 0 { 0 } else { next(4) };
                    let end = (at + cut..=text.len())
                        .find(|&e| text.is_char_boundary(e))
                        .unwrap();
                    text.replace_range(at..end, PIECES[next(PIECES.len())]);
                }
                let (ours, theirs) = both(&text);
                if let Some(report) = ours {
                    assert_eq!(Some(report), theirs, "{text}");
                    read_here += 1;
                }
                loaded += usize::from(theirs.is_some());
            }
        }
        // The mutations reach both ends: texts read here, and texts left to serde_json.
        assert!(
            read_here > 0 && loaded > read_here,
            "{read_here} of {loaded}"
        );
    }
}
