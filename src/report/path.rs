//! [`ItemPath`]: where a value is in a report, as JSON field names and list positions.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use super::ItemId;
use crate::label::Visible;

/// One step of an [`ItemPath`]: a field name or a position in a list.
///
/// ```
/// use mynumber_pia::report::{ItemPath, Segment};
///
/// let path = ItemPath::root().field("changes").index(3).field("date");
/// assert_eq!(path.segments(), [Segment::field("changes"), Segment::Index(3), Segment::field("date")]);
/// ```
#[doc(alias = "パスの要素")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display)]
#[non_exhaustive]
pub enum Segment {
    /// A field, by its JSON (snake_case) name, or a key of a map (入手元 by its label).
    #[strum(to_string = "{0}")]
    Field(Cow<'static, str>),
    /// A position in a list, from 0.
    #[strum(to_string = "[{0}]")]
    Index(usize),
}

impl Segment {
    /// The field `name`.
    ///
    /// ```
    /// use mynumber_pia::report::Segment;
    ///
    /// assert_eq!(Segment::field("cover").to_string(), "cover");
    /// ```
    #[must_use]
    pub const fn field(name: &'static str) -> Self {
        Segment::Field(Cow::Borrowed(name))
    }
}

/// Where a value is in a report: the JSON field names and list positions that lead to it from
/// the top, written `files[0].entrustments[2].re_entrustment`.
///
/// The one path type of the crate: a load error names the path where the JSON went wrong
/// ([`LoadError::path`](crate::LoadError::path)), a finding the path of the item it is about
/// ([`Finding::path`](crate::validation::Finding::path)), and every item of the form table has a
/// path in a report ([`ItemId::path`]). The top of the report prints as `$`.
///
/// ```
/// use mynumber_pia::report::{ItemId, ItemPath};
///
/// let path = ItemPath::root()
///     .field("files")
///     .index(0)
///     .field("entrustments")
///     .index(2)
///     .field("re_entrustment");
/// assert_eq!(path.to_string(), "files[0].entrustments[2].re_entrustment");
/// assert_eq!(path.indices().collect::<Vec<_>>(), [0, 2]);
/// assert_eq!(path.item(), Some(ItemId::EntrustmentReEntrustment));
/// assert_eq!("files[0].entrustments[2].re_entrustment".parse::<ItemPath>()?, path);
/// assert_eq!(ItemPath::root().to_string(), "$");
/// # Ok::<(), mynumber_pia::report::ParsePathError>(())
/// ```
#[doc(alias = "パス")]
#[doc(alias = "項目の位置")]
#[derive(Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemPath {
    segments: Vec<Segment>,
}

/// The room a path gets at its first step: the deepest item path has six steps
/// (`files[0].entrustments[2].re_entrustees`), so walking the item table extends a path without
/// growing it.
const ROOM: usize = 6;

impl Clone for ItemPath {
    /// A copy with the same room to grow (the walk of the item table clones a path at each list
    /// and then extends it).
    fn clone(&self) -> Self {
        let mut segments = Vec::with_capacity(self.segments.capacity());
        segments.extend(self.segments.iter().cloned());
        ItemPath { segments }
    }
}

impl ItemPath {
    /// Appends a step, making room for a whole item path at the first one.
    fn push(&mut self, segment: Segment) {
        if self.segments.capacity() == 0 {
            self.segments.reserve(ROOM);
        }
        self.segments.push(segment);
    }
}

/// Text that is not an [`ItemPath`] (`files[0].names`, `$`).
///
/// ```
/// use mynumber_pia::report::ItemPath;
///
/// let err = "files[x]".parse::<ItemPath>().unwrap_err();
/// assert_eq!(err.to_string(), "「files[x]」は評価書のパスではありません（例: files[0].entrustments[2].re_entrustment）");
/// ```
#[doc(alias = "パスエラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("「{}」は評価書のパスではありません（例: files[0].entrustments[2].re_entrustment）", Visible(.0))]
pub struct ParsePathError(String);

impl ItemPath {
    /// The top of the report (printed `$`).
    ///
    /// ```
    /// use mynumber_pia::report::ItemPath;
    ///
    /// assert!(ItemPath::root().is_root());
    /// ```
    #[must_use]
    pub const fn root() -> Self {
        ItemPath {
            segments: Vec::new(),
        }
    }

    /// This path followed by the field `name`.
    ///
    /// ```
    /// use mynumber_pia::report::ItemPath;
    ///
    /// assert_eq!(ItemPath::root().field("cover").field("body").to_string(), "cover.body");
    /// ```
    #[must_use]
    pub fn field(self, name: &'static str) -> Self {
        self.key(name)
    }

    /// This path followed by the key `key` of a map (入手元 by its label).
    ///
    /// ```
    /// use mynumber_pia::report::ItemPath;
    ///
    /// let p = ItemPath::root().field("sources").key("本人又は本人の代理人");
    /// assert_eq!(p.to_string(), "sources.本人又は本人の代理人");
    /// ```
    #[must_use]
    pub fn key(mut self, key: impl Into<Cow<'static, str>>) -> Self {
        self.push(Segment::Field(key.into()));
        self
    }

    /// This path followed by the list position `index` (from 0).
    ///
    /// ```
    /// use mynumber_pia::report::ItemPath;
    ///
    /// assert_eq!(ItemPath::root().field("systems").index(13).to_string(), "systems[13]");
    /// ```
    #[must_use]
    pub fn index(mut self, index: usize) -> Self {
        self.push(Segment::Index(index));
        self
    }

    /// The steps, from the top.
    ///
    /// ```
    /// use mynumber_pia::report::{ItemPath, Segment};
    ///
    /// assert_eq!(ItemPath::root().field("files").segments(), [Segment::field("files")]);
    /// ```
    #[must_use]
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The list positions along the path, from the top (`files[0].entrustments[2]` gives 0, 2).
    ///
    /// ```
    /// use mynumber_pia::report::ItemPath;
    ///
    /// let p: ItemPath = "files[1].provisions[19].legal_basis".parse()?;
    /// assert_eq!(p.indices().collect::<Vec<_>>(), [1, 19]);
    /// # Ok::<(), mynumber_pia::report::ParsePathError>(())
    /// ```
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.segments.iter().filter_map(|s| match s {
            Segment::Index(i) => Some(*i),
            Segment::Field(_) => None,
        })
    }

    /// The last field name on the path, if any.
    ///
    /// ```
    /// use mynumber_pia::report::ItemPath;
    ///
    /// assert_eq!(ItemPath::root().field("changes").index(0).last_field(), Some("changes"));
    /// assert_eq!(ItemPath::root().last_field(), None);
    /// ```
    #[must_use]
    pub fn last_field(&self) -> Option<&str> {
        self.segments.iter().rev().find_map(|s| match s {
            Segment::Field(f) => Some(f.as_ref()),
            Segment::Index(_) => None,
        })
    }

    /// Whether this is the top of the report.
    ///
    /// ```
    /// use mynumber_pia::report::ItemPath;
    ///
    /// assert!(ItemPath::root().is_root());
    /// assert!(!ItemPath::root().field("cover").is_root());
    /// ```
    #[must_use]
    pub fn is_root(&self) -> bool {
        self.segments.is_empty()
    }

    /// Whether `self` is `other` or lies inside it (`files[0].names` starts with `files[0]`).
    ///
    /// ```
    /// use mynumber_pia::report::ItemPath;
    ///
    /// let block: ItemPath = "files[0]".parse()?;
    /// assert!("files[0].names".parse::<ItemPath>()?.starts_with(&block));
    /// assert!(!"files[1].names".parse::<ItemPath>()?.starts_with(&block));
    /// # Ok::<(), mynumber_pia::report::ParsePathError>(())
    /// ```
    #[must_use]
    pub fn starts_with(&self, other: &ItemPath) -> bool {
        self.segments.starts_with(&other.segments)
    }

    /// The form item this path is, or lies inside: the item of the table ([`ItemId`]) with the
    /// longest path that the given one starts with, whatever the list positions.
    ///
    /// ```
    /// use mynumber_pia::report::{ItemId, ItemPath};
    ///
    /// let p: ItemPath = "full.risk_measures.usage.risk2.user_auth.status".parse()?;
    /// assert_eq!(p.item(), Some(ItemId::FullUsageRisk2UserAuth));
    /// let p: ItemPath = "files[3].storage.retention".parse()?;
    /// assert_eq!(p.item(), Some(ItemId::FileStorageRetention));
    /// assert_eq!(ItemPath::root().field("nowhere").item(), None);
    /// # Ok::<(), mynumber_pia::report::ParsePathError>(())
    /// ```
    #[must_use]
    pub fn item(&self) -> Option<ItemId> {
        let indices: Vec<usize> = self.indices().collect();
        ItemId::ALL
            .iter()
            .filter_map(|&id| {
                let own = id.path(&indices);
                // A path that stops at a list (`files[0].entrustments`) is the item's only when
                // the item's pattern stops there too.
                let whole = own.indices().count() == id.pattern().matches("[]").count();
                (whole && self.starts_with(&own)).then_some((own.segments.len(), id))
            })
            .max_by_key(|&(len, _)| len)
            .map(|(_, id)| id)
    }
}

impl fmt::Display for ItemPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.segments.is_empty() {
            return f.write_str("$");
        }
        for (i, segment) in self.segments.iter().enumerate() {
            match segment {
                Segment::Field(name) if i == 0 => f.write_str(name)?,
                Segment::Field(name) => write!(f, ".{name}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// Whether [`ItemPath`]'s `Display` writes a field `name` so that `FromStr` reads it back: not
/// empty, not `$` (the top), without `.`, `[` or `]`. Every field of the model and every label
/// used as a map key is such a name; a key found in JSON may not be.
#[cfg(feature = "json")]
pub(crate) fn is_plain_name(name: &str) -> bool {
    !name.is_empty() && name != "$" && !name.contains(['.', '[', ']'])
}

impl FromStr for ItemPath {
    type Err = ParsePathError;

    /// Reads the text [`Display`](fmt::Display) writes: `$` for the top, else field names
    /// joined by `.` with `[N]` after a list field.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ParsePathError(s.to_owned());
        if s == "$" {
            return Ok(ItemPath::root());
        }
        let mut segments = Vec::new();
        for part in s.split('.') {
            // At the first `[` (a char boundary), or at the end: `(part, "")`.
            let (name, mut rest) = part.split_at(part.find('[').unwrap_or(part.len()));
            // Only a path that starts with a position (`[1]`) has a part without a name.
            if name.is_empty() && !(segments.is_empty() && rest.starts_with('[')) {
                return Err(err());
            }
            if !name.is_empty() {
                segments.push(Segment::Field(Cow::Owned(name.to_owned())));
            }
            while !rest.is_empty() {
                let close = rest.find(']').ok_or_else(err)?;
                let digits = rest.get(1..close).ok_or_else(err)?;
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(err());
                }
                segments.push(Segment::Index(digits.parse().map_err(|_| err())?));
                rest = rest.get(close + 1..).ok_or_else(err)?;
            }
        }
        Ok(ItemPath { segments })
    }
}

/// Compares with the text of a path, as [`Display`](fmt::Display) writes it.
///
/// ```
/// use mynumber_pia::report::ItemId;
///
/// assert_eq!(ItemId::CoverBody.path(&[]), "cover.body");
/// ```
impl PartialEq<str> for ItemPath {
    fn eq(&self, other: &str) -> bool {
        other.parse::<ItemPath>().is_ok_and(|p| p == *self)
    }
}

impl PartialEq<&str> for ItemPath {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

impl From<Vec<Segment>> for ItemPath {
    fn from(segments: Vec<Segment>) -> Self {
        ItemPath { segments }
    }
}

crate::label::serde_as_text!(ItemPath, expecting "評価書のパス (例: \"files[0].entrustments[2].re_entrustment\")");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clone_keeps_room_for_a_whole_item_path() {
        let path = ItemPath::root().field("files").index(0);
        let copy = path.clone();
        assert_eq!(copy, path);
        assert!(copy.segments.capacity() >= ROOM);
        assert_eq!(ItemPath::root().clone(), ItemPath::root());
    }

    #[test]
    fn renders_fields_and_indices() {
        let p = ItemPath::root()
            .field("provisions")
            .index(3)
            .field("legal_basis");
        assert_eq!(p.to_string(), "provisions[3].legal_basis");
        assert_eq!(p.last_field(), Some("legal_basis"));
        assert!(!p.is_root());
        assert!(ItemPath::root().is_root());
        assert!("$".parse::<ItemPath>().is_ok_and(|p| p.is_root()));
        assert_eq!(ItemPath::root().index(1).to_string(), "[1]");
    }

    /// The parts of a path and its comparison with a text (mutation testing: only doctests read
    /// them).
    #[test]
    fn segments_indices_and_comparison_with_text() {
        let p = ItemPath::root()
            .field("files")
            .index(2)
            .field("entrustments")
            .index(0);
        assert_eq!(
            p.segments(),
            [
                Segment::field("files"),
                Segment::Index(2),
                Segment::field("entrustments"),
                Segment::Index(0)
            ]
        );
        assert_eq!(p.indices().collect::<Vec<_>>(), [2, 0]);
        assert!(p == "files[2].entrustments[0]");
        assert!(p != "files[2].entrustments[1]");
        assert!(p != *"files[2]");
        assert!(p != "files[");
    }

    #[test]
    fn text_round_trips() {
        for text in [
            "$",
            "cover.body",
            "files[0].entrustments[12].re_entrustees[1].name",
            "files[0].acquisition.sources.本人又は本人の代理人",
            "[1]",
            "changes[0][2]",
        ] {
            let p: ItemPath = text.parse().unwrap();
            assert_eq!(p.to_string(), text);
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(serde_json::from_str::<ItemPath>(&json).unwrap(), p);
        }
        for bad in [
            "",
            ".",
            "files[",
            "files[]",
            "files[-1]",
            "a..b",
            "files[1]x",
            "a.[1]",
        ] {
            assert!(bad.parse::<ItemPath>().is_err(), "{bad}");
        }
    }

    #[test]
    fn item_paths_match_the_item_table() {
        for &id in ItemId::ALL {
            let p = id.path(&[3, 1, 4]);
            assert_eq!(p.item(), Some(id), "{id}");
            assert_eq!(p.to_string().parse::<ItemPath>(), Ok(p));
        }
    }
}
