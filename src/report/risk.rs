//! Building blocks shared by the risk chapters of the three forms.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{IncidentHistory, Sufficiency};

model! {
    /// A named risk with its measures and the rating 「リスクへの対策は十分か」.
    ///
    /// `measures` holds 「リスクに対する措置の内容」 (or 「その他の措置の内容」 where the form has
    /// named measures beside it).
    ///
    /// ```
    /// use mynumber_pia::report::{Risk, Sufficiency};
    ///
    /// let r = Risk::sufficient("アクセス権限を設定している。");
    /// assert_eq!(r.sufficiency, Some(Sufficiency::Sufficient));
    /// ```
    #[doc(alias = "リスク")]
    pub struct Risk {
        /// リスクに対する措置の内容.
        pub measures: Option<String>,
        /// リスクへの対策は十分か.
        pub sufficiency: Option<Sufficiency>,
    }
}

impl Risk {
    /// A risk rated 十分である with the given measures.
    #[must_use]
    pub fn sufficient(measures: impl Into<String>) -> Self {
        Risk {
            measures: Some(measures.into()),
            sufficiency: Some(Sufficiency::Sufficient),
        }
    }
}

/// A typed control: a ＜選択肢＞ answer and the text that explains it (具体的な管理方法,
/// 具体的な方法, ルールの内容及びルール遵守の確認方法, 規定の内容, …).
///
/// JSON: `{"status": "行っている", "detail": "…"}`.
///
/// ```
/// use mynumber_pia::report::{Control, Performed};
///
/// let c = Control::new(Performed::Yes, "ID とパスワードで認証");
/// assert_eq!(c.status, Some(Performed::Yes));
/// ```
#[doc(alias = "措置")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, bound(deserialize = "T: Deserialize<'de>"))]
#[non_exhaustive]
pub struct Control<T> {
    /// The answer chosen.
    #[serde(default)]
    pub status: Option<T>,
    /// The explanation text.
    #[serde(default)]
    pub detail: Option<String>,
}

impl<T> Default for Control<T> {
    fn default() -> Self {
        Control {
            status: None,
            detail: None,
        }
    }
}

impl<T> Control<T> {
    /// A control answered `status`, explained by `detail`.
    #[must_use]
    pub fn new(status: T, detail: impl Into<String>) -> Self {
        Control {
            status: Some(status),
            detail: Some(detail.into()),
        }
    }
}

model! {
    /// 過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか (全項目 Ⅲ7 リスク1⑨,
    /// 重点 Ⅲ7②), with その内容 and 再発防止策の内容.
    ///
    /// The item covers the whole 評価実施機関 and any 個人情報, over 3 years; it is *not* the
    /// しきい値判断 item (基礎 Ⅱ3: 1 year, 特定個人情報,
    /// [`basic::ThresholdItems::serious_incident`](crate::report::basic::ThresholdItems::serious_incident)). It is
    /// not a ※ item: its change is not a 重要な変更 (全項目 Ⅲ heading 「※（７．リスク１⑨を除く。）」).
    ///
    /// [`incident_dates`](Self::incident_dates) records when each described incident happened, so
    /// that the 3-year window can be checked; reports drop a case 3 years after it occurred.
    ///
    /// ```
    /// use mynumber_pia::report::{IncidentHistory, RecentIncidents};
    ///
    /// let none = RecentIncidents::none();
    /// assert_eq!(none.status, Some(IncidentHistory::NotOccurred));
    /// ```
    #[doc(alias = "重大事故")]
    #[doc(alias = "過去３年以内の重大事故")]
    pub struct RecentIncidents {
        /// 発生あり / 発生なし.
        pub status: Option<IncidentHistory>,
        /// その内容.
        pub content: Option<String>,
        /// 再発防止策の内容.
        pub prevention: Option<String>,
        /// The dates the described incidents occurred (not a form item; taken from その内容).
        pub incident_dates: Vec<NaiveDate>,
    }
}

impl RecentIncidents {
    /// 発生なし, with nothing described.
    #[must_use]
    pub fn none() -> Self {
        RecentIncidents {
            status: Some(IncidentHistory::NotOccurred),
            ..RecentIncidents::default()
        }
    }
}
