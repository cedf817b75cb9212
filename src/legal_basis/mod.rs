//! 法令上の根拠 (legal basis): the original text and the citations found in it.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A 法令上の根拠 as written in a 評価書.
///
/// Placeholder: holds the text; the structured citations come with the parser. The API shape is
/// fixed: `parse` fails only on empty input, the original text is kept, and serde reads and writes
/// the original text.
///
/// ```
/// use mynumber_pia::legal_basis::LegalBasis;
///
/// let basis = LegalBasis::parse("番号法第9条第1項")?;
/// assert_eq!(basis.as_str(), "番号法第9条第1項");
/// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
/// ```
#[doc(alias = "法令上の根拠")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LegalBasis {
    text: String,
}

/// Why a text could not be held as a [`LegalBasis`].
#[doc(alias = "法令上の根拠エラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LegalBasisError {
    /// The text is empty or only white space.
    #[error("法令上の根拠が空です")]
    Empty,
}

impl LegalBasis {
    /// Parses `text`; only empty text is refused.
    pub fn parse(text: &str) -> Result<Self, LegalBasisError> {
        if text.trim().is_empty() {
            return Err(LegalBasisError::Empty);
        }
        Ok(LegalBasis {
            text: text.to_owned(),
        })
    }

    /// The original text, exactly as given.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl Serialize for LegalBasis {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for LegalBasis {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        LegalBasis::parse(&text).map_err(serde::de::Error::custom)
    }
}
