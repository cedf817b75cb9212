//! 法令上の根拠 (legal basis): the original text and the citations found in it.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A 法令上の根拠 as written in a 評価書 (placeholder: holds the text; structure comes later).
#[doc(alias = "法令上の根拠")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LegalBasis {
    text: String,
}

impl LegalBasis {
    /// Holds `text` as a legal basis.
    pub fn parse(text: &str) -> Self {
        LegalBasis {
            text: text.to_owned(),
        }
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
        Ok(LegalBasis::parse(&text))
    }
}
