//! One finding: what is wrong, where, how badly, and by which rule.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::code::Code;
use super::severity::Severity;
use crate::report::ItemId;
use crate::report::ItemPath;

/// One thing validation found in a 評価書.
///
/// A finding names its rule ([`Code`], with its [`Severity`] and the source of the rule), the
/// place in the report twice (the JSON-style [`ItemPath`], e.g.
/// `files[0].entrustments[2].re_entrustment`, and the same place rendered with the form's own
/// chapter, number and label, e.g. `Ⅱ（国保給付ファイル）4 委託事項3 ⑦ 再委託の有無`), and says what is
/// wrong in Japanese.
///
/// ```
/// use mynumber_pia::report::ItemPath;
/// use mynumber_pia::validation::{Code, Finding, Severity};
///
/// let finding = Finding::new(
///     Code::ReEntrustmentWithoutPermissionMethod,
///     ItemPath::root().field("files").index(0).field("entrustments").index(2),
///     "委託事項3 ⑧再委託の許諾方法",
///     "再委託するとしているが、再委託の許諾方法が記載されていない",
/// );
/// assert_eq!(finding.severity(), Severity::Error);
/// assert_eq!(finding.path().to_string(), "files[0].entrustments[2]");
/// assert_eq!(finding.source(), "番号法 第10条第1項");
/// assert_eq!(
///     finding.to_string(),
///     "error EN004 files[0].entrustments[2]: 再委託するとしているが、再委託の許諾方法が記載されていない"
/// );
/// ```
#[doc(alias = "指摘")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    code: Code,
    severity: Severity,
    #[serde(skip_serializing_if = "Option::is_none")]
    item: Option<ItemId>,
    path: ItemPath,
    location: String,
    message: String,
    source: &'static str,
}

impl Finding {
    /// A finding of `code` at `path`, with `location` (the same place in the form's own words)
    /// and a Japanese `message`. The severity and the source come from the code.
    pub fn new(
        code: Code,
        path: ItemPath,
        location: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Finding {
            code,
            severity: code.severity(),
            item: None,
            path,
            location: location.into(),
            message: message.into(),
            source: code.source(),
        }
    }

    /// Names the form item (its stable ID in the item table, [`ItemId`]) the finding is about.
    ///
    /// ```
    /// use mynumber_pia::report::ItemId;
    /// use mynumber_pia::report::ItemPath;
    /// use mynumber_pia::validation::{Code, Finding};
    ///
    /// let item = ItemId::CoverPublishedOn;
    /// let f = Finding::new(Code::ReassessmentOverdue, item.path(&[]), "表紙 公表日", "5年を経過")
    ///     .with_item(item);
    /// assert_eq!(f.item(), Some(ItemId::CoverPublishedOn));
    /// assert_eq!(f.path().to_string(), "cover.published_on");
    /// assert_eq!(f.location(), "表紙 公表日");
    /// ```
    #[must_use]
    pub fn with_item(mut self, item: ItemId) -> Self {
        self.item = Some(item);
        self
    }

    /// The rule that was checked.
    #[must_use]
    pub fn code(&self) -> Code {
        self.code
    }

    /// How serious the finding is (always the code's severity).
    #[must_use]
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// The form item concerned, when the finding is about one item of the item table.
    #[must_use]
    pub fn item(&self) -> Option<ItemId> {
        self.item
    }

    /// Where in the report, as a path of field names and indices.
    #[must_use]
    pub fn path(&self) -> &ItemPath {
        &self.path
    }

    /// The same place in the form's own words: chapter, number and label, e.g.
    /// `Ⅱ（国保給付ファイル）4 委託事項3 ⑦ 再委託の有無`.
    #[must_use]
    pub fn location(&self) -> &str {
        &self.location
    }

    /// What is wrong, in Japanese.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The rule's source, e.g. `規則 第15条`, `指針 第5の2`, `番号法 第10条第1項`, `様式`.
    #[must_use]
    pub fn source(&self) -> &'static str {
        self.source
    }

    /// The finding as one line naming the form item as a person reads it beside its JSON path:
    /// `<severity> <code> <path> <location>: <message>` (the [location](Finding::location) is
    /// left out when empty), every character that could move the cursor or the reading order
    /// written as its escape ([`Visible`](crate::Visible)). The line `pia validate` prints.
    ///
    /// ```
    /// use mynumber_pia::report::ItemPath;
    /// use mynumber_pia::validation::{Code, Finding};
    ///
    /// let finding = Finding::new(
    ///     Code::MandatoryItemEmpty,
    ///     ItemPath::root().field("files").index(0).field("entrustments").index(0).field("entrustee"),
    ///     "Ⅱ（国保ファイル）4 委託事項1 ③ 委託先名",
    ///     "「委託先名」が空である\u{1b}",
    /// );
    /// assert_eq!(
    ///     finding.line().to_string(),
    ///     "error CT004 files[0].entrustments[0].entrustee Ⅱ（国保ファイル）4 委託事項1 ③ 委託先名: 「委託先名」が空である\\u{1b}"
    /// );
    /// ```
    #[must_use]
    pub fn line(&self) -> impl fmt::Display + '_ {
        FindingLine(self)
    }
}

/// [`Finding::line`].
struct FindingLine<'a>(&'a Finding);

impl fmt::Display for FindingLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::label::Visible;
        let x = self.0;
        write!(
            f,
            "{} {} {}",
            x.severity,
            x.code,
            Visible(&x.path.to_string())
        )?;
        if !x.location.is_empty() {
            write!(f, " {}", Visible(&x.location))?;
        }
        write!(f, ": {}", Visible(&x.message))
    }
}

/// The serde form of a [`Finding`] as read: its fields, with the severity and source its code
/// gives, so that a stored finding reads back only if they still agree.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FindingData {
    code: Code,
    severity: Severity,
    #[serde(default)]
    item: Option<ItemId>,
    path: ItemPath,
    location: String,
    message: String,
    source: String,
}

/// Reads a finding as [`Serialize`] writes it; the severity and the source must be the ones of
/// its code (a finding stored by another version of the rules does not read back silently
/// changed).
impl<'de> Deserialize<'de> for Finding {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let data = FindingData::deserialize(d)?;
        if data.severity != data.code.severity() || data.source != data.code.source() {
            return Err(serde::de::Error::custom(format!(
                "{} の重大度と根拠は {} / {} ですが、{} / {} と書かれています",
                data.code,
                data.code.severity(),
                data.code.source(),
                data.severity,
                crate::label::Visible(&data.source)
            )));
        }
        Ok(Finding {
            code: data.code,
            severity: data.severity,
            item: data.item,
            path: data.path,
            location: data.location,
            message: data.message,
            source: data.code.source(),
        })
    }
}

/// `<severity> <code> <path>: <message>`, the short line (without the place in the form's words).
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {}: {}",
            self.severity, self.code, self.path, self.message
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finding_takes_severity_and_source_from_code() {
        let f = Finding::new(
            Code::ChangesOutOfOrder,
            ItemPath::root(),
            "変更箇所",
            "順序",
        )
        .with_item(ItemId::CoverPublishedOn);
        assert_eq!(f.severity(), Severity::Info);
        assert_eq!(f.item(), Some(ItemId::CoverPublishedOn));
        assert_eq!(f.location(), "変更箇所");
        assert_eq!(f.to_string(), "info CH003 $: 順序");
    }

    #[test]
    fn finding_serializes_code_and_severity_as_strings() {
        let f = Finding::new(Code::ReassessmentOverdue, ItemPath::root(), "表紙", "m");
        let v = serde_json::to_value(&f).unwrap();
        assert_eq!(v["code"], "TM001");
        assert_eq!(v["severity"], "warning");
        assert_eq!(v["source"], "規則 第15条");
        assert!(v.get("item").is_none());
    }
}
