//! 変更箇所 (全項目 別添3, 重点 別添2, 基礎 at the end): the change log.

use super::builder::setters;
use chrono::NaiveDate;

use super::{ItemId, SubmissionTiming};

/// Reasons that real 変更箇所 give, instead of 「重要な変更に当たらない」, for a change that is only
/// formal (a new edition of the form, staff or names of organisations changed, wording fixed):
/// read by [`ChangeRecord::declares_significant`] as saying the change is not significant. As the
/// logs word them (松戸市 後期高齢者医療制度に関する事務 重点項目評価書: 「様式改正」, 「人事異動」;
/// 川口市 後期高齢者医療に関する事務 重点項目評価書, 令和7年12月26日: 「字句の修正」, 「組織改正で…」;
/// 熊谷市 国民健康保険に関する事務 基礎項目評価書, 令和7年5月30日: 「様式が変わった」).
///
/// ```
/// use mynumber_pia::report::FORMAL_REASONS;
///
/// assert!(FORMAL_REASONS.contains(&"様式改正"));
/// ```
pub const FORMAL_REASONS: &[&str] = &[
    "様式改正",
    "様式の改正",
    "様式が変わった",
    "様式変更",
    "様式の変更",
    "人事異動",
    "字句の修正",
    "誤字",
    "脱字",
    "誤記",
    "組織改正",
    "部署名の変更",
    "名称の変更",
    "名称が変わった",
    "条ずれ",
    "法令の題名",
    "形式的な変更",
];

model! {
    /// One row of 変更箇所, with its six columns as written.
    ///
    /// 提出時期 and its 説明 are independent data: real logs file some 「重要な変更である」 rows
    /// 事後 (the 江戸川区 国民健康保険 全項目評価書 of 令和6年12月6日 has two), so nothing here derives one from the other. The 項目 column is kept as printed
    /// and may be resolved to an [`ItemId`].
    ///
    /// ```
    /// use mynumber_pia::report::{ChangeRecord, ItemId, SubmissionTiming};
    ///
    /// let row = ChangeRecord::new("Ⅱ　6．特定個人情報の保管・消去①保管場所")
    ///     .with_date(chrono::NaiveDate::from_ymd_opt(2024, 12, 6).unwrap())
    ///     .with_item_id(ItemId::FileStorageLocation)
    ///     .with_timing(SubmissionTiming::Before)
    ///     .with_explanation("重要な変更である");
    /// assert_eq!(row.declares_significant(), Some(true));
    /// ```
    #[doc(alias = "変更箇所")]
    pub struct ChangeRecord {
        /// 変更日.
        pub date: Option<NaiveDate>,
        /// 項目, as printed (`Ⅱ（給付ファイル）５．…提供先16－①法令上の根拠`).
        pub item: String,
        /// The form item the row changes, when resolved.
        pub item_id: Option<ItemId>,
        /// 変更前の記載.
        pub before: Option<String>,
        /// 変更後の記載.
        pub after: Option<String>,
        /// 提出時期: 事前 / 事後.
        pub timing: Option<SubmissionTiming>,
        /// 提出時期に係る説明.
        pub explanation: Option<String>,
        /// A note of the transcriber (not a form item), e.g. that the PDF swapped two cells and the
        /// pairing was reconstructed. Left out of the JSON when empty.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub note: Option<String>,
    }
}

impl ChangeRecord {
    /// A row for `item`, the place as the log prints it (`Ⅱ　6．特定個人情報の保管・消去①保管場所`),
    /// every other column empty.
    ///
    /// ```
    /// use mynumber_pia::report::{ChangeRecord, SubmissionTiming};
    ///
    /// let row = ChangeRecord::new("Ⅰ　7．②所属長の役職名")
    ///     .with_values("課長", "部長")
    ///     .with_timing(SubmissionTiming::After);
    /// assert_eq!((row.before.as_deref(), row.after.as_deref()), (Some("課長"), Some("部長")));
    /// ```
    #[must_use]
    pub fn new(item: impl Into<String>) -> Self {
        ChangeRecord {
            item: item.into(),
            ..ChangeRecord::default()
        }
    }

    setters! {
        /// The row with its 変更日.
        pub fn with_date(date: NaiveDate) |r| r.date = Some(date);

        /// The row with the form item it changes.
        pub fn with_item_id(item: ItemId) |r| r.item_id = Some(item);

        /// The row with its 変更前の記載 and 変更後の記載.
        pub fn with_values(before: impl Into<String>, after: impl Into<String>) |r| (r.before, r.after) = (Some(before.into()), Some(after.into()));

        /// The row with its 提出時期.
        pub fn with_timing(timing: SubmissionTiming) |r| r.timing = Some(timing);

        /// The row with its 提出時期に係る説明.
        pub fn with_explanation(explanation: impl Into<String>) |r| r.explanation = Some(explanation.into());
    }

    /// What the 説明 says about 重要な変更 (規則 第11条): `Some(true)` for 「重要な変更である」,
    /// `Some(false)` for 「重要な変更に当たらない」 and its variants (該当しない, にあたらない,
    /// ではない) or for a formal reason that real logs give instead ([`FORMAL_REASONS`]:
    /// 「様式改正」, 「人事異動」, 「字句の修正」, 「組織改正」…), `None` when it says neither.
    ///
    /// ```
    /// use mynumber_pia::report::ChangeRecord;
    ///
    /// let row = |t: &str| ChangeRecord::new("Ⅰ").with_explanation(t);
    /// assert_eq!(row("法令の題名等の形式的な変更であり、重要な変更に当たらない").declares_significant(), Some(false));
    /// assert_eq!(row("人事異動による変更であり、重要な変更には該当しない").declares_significant(), Some(false));
    /// assert_eq!(row("様式改正").declares_significant(), Some(false));
    /// assert_eq!(row("事後で足りるが任意に事前に提出").declares_significant(), None);
    /// assert_eq!(row("見直しによる修正").declares_significant(), None);
    /// ```
    #[must_use]
    pub fn declares_significant(&self) -> Option<bool> {
        let explanation = self.explanation.as_deref()?;
        match significance_in(explanation) {
            Some(said) => said,
            // White space is dropped (a copy is made only when there is some).
            None => {
                let text: String = explanation.chars().filter(|c| !c.is_whitespace()).collect();
                significance_in(&text).flatten()
            }
        }
    }
}

/// The first characters of [`FORMAL_REASONS`] as the bits `c % 128` of a mask: where one of them
/// may start.
static FORMAL_STARTS: std::sync::LazyLock<u128> = std::sync::LazyLock::new(|| {
    FORMAL_REASONS
        .iter()
        .filter_map(|r| r.chars().next())
        .fold(0, |mask, c| mask | 1 << (u32::from(c) % 128))
});

/// [`ChangeRecord::declares_significant`] of a 説明 in one pass over its characters: the first
/// 「重要な変更」 decides by the words after it; until it is found, a character that a formal
/// reason may start with ([`FORMAL_STARTS`]) is tried against the reasons. `None` when the text
/// holds white space, which the caller drops first.
fn significance_in(text: &str) -> Option<Option<bool>> {
    let white = crate::label::is_white_space;
    let starts = *FORMAL_STARTS;
    let mut formal = false;
    let mut chars = text.chars();
    loop {
        // The text from `c` on, taken before `c` is read (no search for where it starts).
        let rest = chars.as_str();
        let Some(c) = chars.next() else {
            break;
        };
        if white(c) {
            return None;
        }
        if c == '重' {
            if let Some(after) = rest.strip_prefix("重要な変更") {
                return (!after.contains(white)).then(|| significance_said(after));
            }
        }
        if !formal && starts >> (u32::from(c) % 128) & 1 != 0 {
            // A reason is compared only when its first three bytes are the text's here (the
            // mask lets through other characters too): no `memcmp` call for the others.
            let head = rest.as_bytes().first_chunk::<3>();
            formal = FORMAL_REASONS
                .iter()
                .any(|r| r.as_bytes().first_chunk::<3>() == head && rest.starts_with(r));
        }
    }
    Some(formal.then_some(false))
}

/// What the words right after 「重要な変更」 say: `Some(false)` for 「に当たらない」 and its
/// variants, `Some(true)` for 「である」, 「に当たる」, 「に該当する」, `None` otherwise.
fn significance_said(after: &str) -> Option<bool> {
    let negated = [
        "に当たらない",
        "にあたらない",
        "には当たらない",
        "にはあたらない",
        "に該当しない",
        "には該当しない",
        "ではない",
    ]
    .iter()
    .any(|n| after.starts_with(n));
    if negated {
        Some(false)
    } else if after.starts_with("である")
        || after.starts_with("に当たる")
        || after.starts_with("に該当する")
    {
        Some(true)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one pass of [`significance_in`] says what the searches it replaced said: white space
    /// dropped, the first 「重要な変更」 and the words after it, else any formal reason. Every
    /// reason and every ending, alone, after other words, twice, and with white space put in.
    #[test]
    fn one_pass_reads_as_the_searches_did() {
        let searched = |explanation: &str| -> Option<bool> {
            let text: String = explanation.chars().filter(|c| !c.is_whitespace()).collect();
            let Some((_, rest)) = text.split_once("重要な変更") else {
                return FORMAL_REASONS
                    .iter()
                    .any(|r| text.contains(r))
                    .then_some(false);
            };
            significance_said(rest)
        };
        let endings = [
            "に当たらない",
            "には該当しない",
            "ではない",
            "である",
            "に当たる",
            "に該当する",
            "を含む",
            "",
        ];
        let mut texts: Vec<String> = Vec::new();
        for reason in FORMAL_REASONS
            .iter()
            .chain(&["見直し", "その他の項目の変更"])
        {
            for ending in endings {
                texts.push((*reason).to_owned());
                texts.push(format!("{reason}による修正であり、重要な変更{ending}"));
                texts.push(format!("重要な変更{ending}。{reason}"));
                texts.push(format!("重要な変更{ending}、重要な変更である（{reason}）"));
                texts.push(format!("{reason} であり、重要な 変更{ending}"));
                texts.push(format!("重要な変更 {ending}\n{reason}"));
            }
        }
        let mut said = [0; 3];
        for text in &texts {
            let row = ChangeRecord::new("Ⅰ").with_explanation(text.as_str());
            let got = row.declares_significant();
            assert_eq!(got, searched(text), "{text}");
            said[got.map_or(0, |s| 1 + usize::from(s))] += 1;
        }
        assert!(said.iter().all(|&n| n > 0), "{said:?}");
    }
}
