//! Paths into a report: `files[0].entrustments[2].re_entrustment`.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::report::ItemId;

/// One step of a [`FieldPath`]: a field name or an index into a list.
///
/// ```
/// use mynumber_pia::validate::{FieldPath, Segment};
///
/// let path = FieldPath::root().item("changes", 3).field("date");
/// assert_eq!(path.segments(), [Segment::Field("changes"), Segment::Index(3), Segment::Field("date")]);
/// assert_eq!(path.last_field(), Some("date"));
/// ```
#[doc(alias = "パスの要素")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Segment {
    /// A field, by its JSON (snake_case) name.
    Field(&'static str),
    /// A position in a list, from 0.
    Index(usize),
}

/// Where a finding is, as the JSON field names and list indices that lead to it from the top of
/// the report: `files[0].entrustments[2].re_entrustment`.
///
/// Built step by step, cheaply (field names are `&'static str`):
///
/// ```
/// use mynumber_pia::validate::FieldPath;
///
/// let path = FieldPath::root()
///     .field("files")
///     .index(0)
///     .field("entrustments")
///     .index(2)
///     .field("re_entrustment");
/// assert_eq!(path.to_string(), "files[0].entrustments[2].re_entrustment");
/// assert_eq!(path.indices().collect::<Vec<_>>(), [0, 2]);
/// assert_eq!(FieldPath::root().to_string(), "$");
/// ```
#[doc(alias = "パス")]
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct FieldPath {
    segments: Vec<Segment>,
}

impl FieldPath {
    /// The top of the report (printed `$`).
    #[must_use]
    pub const fn root() -> Self {
        FieldPath {
            segments: Vec::new(),
        }
    }

    /// The path of a form item, its list positions filled from `indices` in order (see
    /// [`ItemId::path`]): `files[].entrustments[].re_entrustment` with `[0, 2]` gives
    /// `files[0].entrustments[2].re_entrustment`. A position without an index is left out.
    ///
    /// ```
    /// use mynumber_pia::report::ItemId;
    /// use mynumber_pia::validate::FieldPath;
    ///
    /// let p = FieldPath::from_item(ItemId::ProvisionLegalBasis, &[1, 19]);
    /// assert_eq!(p.to_string(), "files[1].provisions[19].legal_basis");
    /// assert_eq!(ItemId::from_path(&p.to_string()), Some(ItemId::ProvisionLegalBasis));
    /// ```
    #[must_use]
    pub fn from_item(item: ItemId, indices: &[usize]) -> Self {
        let mut path = FieldPath {
            segments: Vec::with_capacity(6),
        };
        let mut indices = indices.iter();
        for part in item.path().split('.') {
            match part.strip_suffix("[]") {
                Some(list) => {
                    path.segments.push(Segment::Field(list));
                    if let Some(&i) = indices.next() {
                        path.segments.push(Segment::Index(i));
                    }
                }
                None => path.segments.push(Segment::Field(part)),
            }
        }
        path
    }

    /// This path followed by the field `name`.
    #[must_use]
    pub fn field(mut self, name: &'static str) -> Self {
        self.segments.push(Segment::Field(name));
        self
    }

    /// This path followed by the list position `index` (from 0).
    #[must_use]
    pub fn index(mut self, index: usize) -> Self {
        self.segments.push(Segment::Index(index));
        self
    }

    /// This path followed by `field[index]`.
    #[must_use]
    pub fn item(self, field: &'static str, index: usize) -> Self {
        self.field(field).index(index)
    }

    /// The steps, from the top.
    #[must_use]
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The list positions along the path, from the top (`files[0].entrustments[2]` gives 0, 2).
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.segments.iter().filter_map(|s| match s {
            Segment::Index(i) => Some(*i),
            Segment::Field(_) => None,
        })
    }

    /// The last field name on the path, if any.
    #[must_use]
    pub fn last_field(&self) -> Option<&'static str> {
        self.segments.iter().rev().find_map(|s| match s {
            Segment::Field(f) => Some(*f),
            Segment::Index(_) => None,
        })
    }

    /// Whether this is the top of the report.
    #[must_use]
    pub fn is_root(&self) -> bool {
        self.segments.is_empty()
    }
}

impl fmt::Display for FieldPath {
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

impl Serialize for FieldPath {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_fields_and_indices() {
        let p = FieldPath::root().item("provisions", 3).field("legal_basis");
        assert_eq!(p.to_string(), "provisions[3].legal_basis");
        assert_eq!(p.last_field(), Some("legal_basis"));
        assert!(!p.is_root());
        assert_eq!(FieldPath::root().index(1).to_string(), "[1]");
    }

    #[test]
    fn item_paths_match_the_item_table() {
        for def in crate::report::ITEMS {
            let p = FieldPath::from_item(def.id, &[3, 1, 4]);
            assert_eq!(p.to_string(), def.id.path_with(&[3, 1, 4]), "{}", def.key);
        }
        assert_eq!(
            FieldPath::from_item(ItemId::CoverBody, &[]).to_string(),
            "cover.body"
        );
    }

    #[test]
    fn serializes_as_its_text() {
        let p = FieldPath::root().field("cover").field("published_on");
        assert_eq!(
            serde_json::to_value(&p).unwrap(),
            serde_json::json!("cover.published_on")
        );
    }
}
