//! （別添） 特定個人情報ファイル記録項目: the record items a file block lists, held as one text.

use std::fmt;
use std::iter::FusedIterator;

use serde::de::{self, DeserializeSeed, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The record items of one file block, in the order the appendix lists them (（別添）
/// 特定個人情報ファイル記録項目: `<宛名>個人番号`, `<宛名>世帯番号`, …).
///
/// A report lists up to hundreds of short items (川口市: 202, about 36 bytes each). They are
/// held in one text with the end of each item, not as one `String` (one heap block) each, so
/// that a loaded list takes two heap blocks whatever its length. Read it as a list of `&str`
/// ([`iter`](Self::iter), [`get`](Self::get)); build it with
/// [`push`](Self::push), [`insert`](Self::insert), `collect()` or `From<Vec<String>>`.
///
/// JSON: an array of strings, as a `Vec<String>` reads and writes it (the same documents load,
/// with the same messages).
///
/// ```
/// use mynumber_pia::report::RecordItems;
///
/// let mut items: RecordItems = ["<宛名>個人番号", "<宛名>世帯番号"].into_iter().collect();
/// items.push("<宛名>本籍地");
/// assert_eq!(items.len(), 3);
/// assert_eq!(items.get(1), Some("<宛名>世帯番号"));
/// assert_eq!(items.last(), Some("<宛名>本籍地"));
/// assert!(items.iter().all(|i| i.starts_with("<宛名>")));
/// assert_eq!(serde_json::to_string(&items)?, r#"["<宛名>個人番号","<宛名>世帯番号","<宛名>本籍地"]"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[doc(alias = "特定個人情報ファイル記録項目")]
#[doc(alias = "記録項目")]
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct RecordItems {
    /// Every item, one after another.
    text: String,
    /// The end of each item in `text` (the start of each is the end of the one before).
    ends: Vec<usize>,
}

impl RecordItems {
    /// An empty list.
    #[must_use]
    pub const fn new() -> Self {
        RecordItems {
            text: String::new(),
            ends: Vec::new(),
        }
    }

    /// An empty list with room for `items` items of `bytes` bytes in all, filled without growing.
    pub(crate) fn with_capacity(items: usize, bytes: usize) -> Self {
        RecordItems {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(items),
        }
    }

    /// The number of items.
    #[must_use]
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the list has no item.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The item at `index`, `None` past the end.
    ///
    /// ```
    /// use mynumber_pia::report::RecordItems;
    ///
    /// let items = RecordItems::from(vec!["氏名".to_owned(), String::new()]);
    /// assert_eq!((items.get(0), items.get(1), items.get(2)), (Some("氏名"), Some(""), None));
    /// ```
    #[must_use]
    pub fn get(&self, index: usize) -> Option<&str> {
        let end = *self.ends.get(index)?;
        // The end of the item before, or the start of the text (as `insert` finds it).
        let start = self.ends.get(..index)?.last().copied().unwrap_or(0);
        self.text.get(start..end)
    }

    /// The first item.
    #[must_use]
    pub fn first(&self) -> Option<&str> {
        self.get(0)
    }

    /// The last item.
    #[must_use]
    pub fn last(&self) -> Option<&str> {
        self.get(self.len().checked_sub(1)?)
    }

    /// The items in order.
    pub fn iter(&self) -> RecordItemsIter<'_> {
        RecordItemsIter {
            items: self,
            left: 0..self.len(),
        }
    }

    /// Adds `item` at the end.
    pub fn push(&mut self, item: &str) {
        self.text.push_str(item);
        self.ends.push(self.text.len());
    }

    /// Puts `item` at `index`, moving the items from there one place on; `false` (and the list
    /// as it was) when `index` is past the end (greater than [`len`](Self::len)).
    ///
    /// ```
    /// use mynumber_pia::report::RecordItems;
    ///
    /// let mut items: RecordItems = ["氏名", "住所"].into_iter().collect();
    /// assert!(items.insert(1, "生年月日"));
    /// assert!(!items.insert(4, "性別"));
    /// assert_eq!(items, ["氏名", "生年月日", "住所"]);
    /// ```
    #[must_use = "the item is not put in when the index is past the end"]
    pub fn insert(&mut self, index: usize, item: &str) -> bool {
        let Some(before) = self.ends.get(..index) else {
            return false;
        };
        // The end of the item before, or the start of the text when there is none.
        let start = before.last().copied().unwrap_or(0);
        self.text.insert_str(start, item);
        for end in self.ends.iter_mut().skip(index) {
            *end += item.len();
        }
        self.ends.insert(index, start + item.len());
        true
    }

    /// Removes every item.
    pub fn clear(&mut self) {
        self.text.clear();
        self.ends.clear();
    }

    /// Gives back the room a list read item by item may hold beyond its items.
    fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}

impl fmt::Debug for RecordItems {
    /// As a list of the items, the way a `Vec<String>` shows.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// A list equals a list of texts with the same items in the same order.
impl<S: AsRef<str>> PartialEq<[S]> for RecordItems {
    fn eq(&self, other: &[S]) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| a == b.as_ref())
    }
}

/// A list equals an array of texts with the same items in the same order.
impl<S: AsRef<str>, const N: usize> PartialEq<[S; N]> for RecordItems {
    fn eq(&self, other: &[S; N]) -> bool {
        *self == other[..]
    }
}

impl<S: AsRef<str>> FromIterator<S> for RecordItems {
    fn from_iter<I: IntoIterator<Item = S>>(items: I) -> Self {
        let mut list = RecordItems::new();
        list.extend(items);
        list
    }
}

impl<S: AsRef<str>> Extend<S> for RecordItems {
    fn extend<I: IntoIterator<Item = S>>(&mut self, items: I) {
        for item in items {
            self.push(item.as_ref());
        }
    }
}

/// The list of the items of a `Vec<String>` (the type of
/// [`FileBlock::record_item_list`](super::FileBlock::record_item_list) before `RecordItems`).
impl From<Vec<String>> for RecordItems {
    fn from(items: Vec<String>) -> Self {
        let mut list = RecordItems {
            text: String::with_capacity(items.iter().map(String::len).sum()),
            ends: Vec::with_capacity(items.len()),
        };
        list.extend(items);
        list
    }
}

/// Each item as a `String` of its own.
impl From<RecordItems> for Vec<String> {
    fn from(items: RecordItems) -> Self {
        items.iter().map(str::to_owned).collect()
    }
}

impl<'a> IntoIterator for &'a RecordItems {
    type Item = &'a str;
    type IntoIter = RecordItemsIter<'a>;

    fn into_iter(self) -> RecordItemsIter<'a> {
        self.iter()
    }
}

/// The items of a [`RecordItems`] in order ([`RecordItems::iter`]).
#[doc(alias = "記録項目の一覧")]
#[derive(Debug, Clone)]
pub struct RecordItemsIter<'a> {
    /// The list.
    items: &'a RecordItems,
    /// The indices of the items not yet given, from either end.
    left: std::ops::Range<usize>,
}

impl<'a> Iterator for RecordItemsIter<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        self.items.get(self.left.next()?)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.left.size_hint()
    }
}

impl DoubleEndedIterator for RecordItemsIter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.items.get(self.left.next_back()?)
    }
}

impl ExactSizeIterator for RecordItemsIter<'_> {}

impl FusedIterator for RecordItemsIter<'_> {}

impl Serialize for RecordItems {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for RecordItems {
    /// Reads a JSON array of strings straight into the one text: no `String` per item.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(ListVisitor)
    }
}

/// Reads the array of a [`RecordItems`].
struct ListVisitor;

impl ListVisitor {
    /// The text's room once a list has a second item: a list is read item by item, its length
    /// unknown until its end, and starting with room for a few dozen items spares most of the
    /// moves of a text that grows from nothing.
    const TEXT_ROOM: usize = 1024;
    /// The items' room once a list has a second item, for the same reason.
    const ITEMS_ROOM: usize = 32;
}

impl<'de> Visitor<'de> for ListVisitor {
    type Value = RecordItems;

    /// serde's words for a `Vec` (the messages stay those of a `Vec<String>`).
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RecordItems, A::Error> {
        let mut items = RecordItems::new();
        if seq.next_element_seed(Item(&mut items))?.is_none() {
            return Ok(items);
        }
        items.text.reserve(Self::TEXT_ROOM);
        items.ends.reserve(Self::ITEMS_ROOM);
        while seq.next_element_seed(Item(&mut items))?.is_some() {}
        items.shrink_to_fit();
        Ok(items)
    }
}

/// One string of the array, added to the list as it is read.
struct Item<'l>(&'l mut RecordItems);

impl<'de> DeserializeSeed<'de> for Item<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Item<'_> {
    type Value = ();

    /// serde's words for a `String`.
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, item: &str) -> Result<(), E> {
        self.0.push(item);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(items: &[&str]) -> RecordItems {
        items.iter().collect()
    }

    #[test]
    fn items_read_back_in_order_from_either_end() {
        let items = list(&["a", "", "ｂｃ", "d"]);
        assert_eq!(items.len(), 4);
        assert_eq!(items.iter().collect::<Vec<_>>(), ["a", "", "ｂｃ", "d"]);
        assert_eq!(
            items.iter().rev().collect::<Vec<_>>(),
            ["d", "ｂｃ", "", "a"]
        );
        let mut both = items.iter();
        assert_eq!(both.len(), 4);
        assert_eq!((both.next(), both.next_back()), (Some("a"), Some("d")));
        assert_eq!(both.len(), 2);
        assert_eq!((both.next_back(), both.next()), (Some("ｂｃ"), Some("")));
        assert_eq!((both.next(), both.next_back()), (None, None));
        assert_eq!((items.first(), items.last()), (Some("a"), Some("d")));
        assert_eq!(items.get(4), None);
        assert_eq!(RecordItems::new().last(), None);
        assert_eq!(format!("{items:?}"), r#"["a", "", "ｂｃ", "d"]"#);
    }

    #[test]
    fn insert_places_an_item_among_the_others() {
        let mut items = list(&["a", "c"]);
        assert!(items.insert(1, "ｂ"));
        assert!(items.insert(0, "0"));
        assert!(items.insert(4, "d"));
        assert!(!items.insert(6, "e"), "past the end");
        assert_eq!(items, ["0", "a", "ｂ", "c", "d"]);
        assert_eq!(items, list(&["0", "a", "ｂ", "c", "d"]));
        items.clear();
        assert!(items.is_empty());
        assert!(!items.insert(1, "x"));
        assert!(items.insert(0, "x"));
        assert_eq!(items, ["x"]);
    }

    #[test]
    fn converts_to_and_from_a_vec_of_strings() {
        let texts = vec!["氏名".to_owned(), "住所".to_owned()];
        let items = RecordItems::from(texts.clone());
        assert_eq!(items, texts[..]);
        assert_eq!(Vec::<String>::from(items), texts);
    }

    #[test]
    fn json_is_that_of_a_vec_of_strings() {
        for texts in [
            vec![],
            vec!["a\"b".to_owned()],
            (0..300).map(|i| format!("項目{i}")).collect(),
        ] {
            let json = serde_json::to_string(&texts).unwrap();
            let items: RecordItems = serde_json::from_str(&json).unwrap();
            assert_eq!(items, texts[..]);
            assert_eq!(serde_json::to_string(&items).unwrap(), json);
        }
        let escaped: RecordItems = serde_json::from_str(r#"["\u6c0f\u540d", "x\ny"]"#).unwrap();
        assert_eq!(escaped, ["氏名", "x\ny"]);
        // The same refusals, in serde's words.
        for text in [
            "{}",
            "null",
            "3",
            r#"["a", 3]"#,
            r#"["a", null]"#,
            r#"["a""#,
            "[[]]",
        ] {
            let ours = serde_json::from_str::<RecordItems>(text)
                .unwrap_err()
                .to_string();
            let serde = serde_json::from_str::<Vec<String>>(text)
                .unwrap_err()
                .to_string();
            assert_eq!(ours, serde, "{text}");
        }
    }
}
