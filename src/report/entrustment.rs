//! Ⅱ4 特定個人情報ファイルの取扱いの委託: 委託事項 and 再委託 chains.

use super::builder::setters;
use super::{
    CheckSet, DataSubjectBand, EntrustedScope, Medium, ReEntrustmentStatus, StaffCountBand,
};

model! {
    /// 委託事項N: one entrustment of a file block.
    ///
    /// The 全項目 form numbers its items ①–⑨, the 重点 form has six of them numbered ①–⑥
    /// (再委託の有無 is ⑦ in 全項目 and ④ in 重点); the item table
    /// ([`ItemId`](crate::report::ItemId)) has both numbers.
    ///
    /// Beyond the form, [`re_entrustees`](Self::re_entrustees) can state the chain of further
    /// entrustees explicitly (再委託先, 再々委託先, …), which real reports only describe in text:
    /// 江戸川区 → 国保連 → 国保中央会 → an unnamed operator (described in the 江戸川区 国民健康保険 全項目評価書, 令和6年12月6日). 番号法 第10条 allows each
    /// level only with the permission of the original body.
    ///
    /// ```
    /// use mynumber_pia::report::{Entrustment, ReEntrustee, ReEntrustmentStatus, StaffCountBand};
    ///
    /// let e = Entrustment::new("資格履歴管理事務", "東京都国民健康保険団体連合会", StaffCountBand::From10To50)
    ///     .with_re_entrustment("書面による申請を受けて許諾", "中間サーバー等の運用")
    ///     .with_re_entrustee(ReEntrustee::new("国民健康保険中央会"))
    ///     .with_re_entrustee(ReEntrustee::unnamed("運用・保守業務"));
    /// assert_eq!(e.re_entrustment, Some(ReEntrustmentStatus::ReEntrusts));
    /// assert_eq!(e.re_entrustees.len(), 2);
    /// ```
    #[doc(alias = "委託事項")]
    #[doc(alias = "委託")]
    pub struct Entrustment {
        /// 委託事項N の名称, e.g. `システム保守`.
        pub title: Option<String>,
        /// ①委託内容.
        pub content: Option<String>,
        /// ②取扱いを委託する特定個人情報ファイルの範囲 (全項目 only).
        pub scope: Option<EntrustedScope>,
        /// ② 対象となる本人の数 (全項目 only).
        pub data_subjects: Option<DataSubjectBand>,
        /// ② 対象となる本人の範囲 ※ (全項目 only).
        pub subject_scope: Option<String>,
        /// ② その妥当性 (全項目 only).
        pub scope_validity: Option<String>,
        /// 委託先における取扱者数 (全項目 ③, 重点 ②).
        pub handler_count: Option<StaffCountBand>,
        /// ④委託先への特定個人情報ファイルの提供方法 (全項目 only).
        pub handover_methods: CheckSet<Medium>,
        /// ⑤委託先名の確認方法 (全項目 only).
        pub entrustee_confirmation: Option<String>,
        /// 委託先名 (全項目 ⑥, 重点 ③), as printed (it may carry a note, or say it is disclosed on
        /// request).
        pub entrustee: Option<String>,
        /// 再委託の有無 ※ (全項目 ⑦, 重点 ④).
        pub re_entrustment: Option<ReEntrustmentStatus>,
        /// 再委託の許諾方法 (全項目 ⑧, 重点 ⑤).
        pub re_entrustment_permission: Option<String>,
        /// 再委託事項 (全項目 ⑨, 重点 ⑥).
        pub re_entrustment_items: Option<String>,
        /// The explicit chain below the 委託先: `[0]` is the 再委託先 (entrusted by the 委託先),
        /// `[1]` the 再々委託先 (entrusted by `[0]`), and so on. Not a form item.
        pub re_entrustees: Vec<ReEntrustee>,
    }

    /// One level of a 再委託 chain: a body entrusted by the level above it.
    ///
    /// ```
    /// use mynumber_pia::report::ReEntrustee;
    ///
    /// let r = ReEntrustee::new("国民健康保険中央会").with_permission("書面による許諾");
    /// assert_eq!(r.permitted_by_original, Some(true));
    /// assert_eq!(ReEntrustee::unnamed("保守").name, None);
    /// ```
    #[doc(alias = "再委託先")]
    #[doc(alias = "再々委託先")]
    pub struct ReEntrustee {
        /// The body's name; `None` when the report does not name it.
        pub name: Option<String>,
        /// What is re-entrusted to this level.
        pub items: Option<String>,
        /// How the permission for this level was given.
        pub permission_method: Option<String>,
        /// Whether the original entrusting body (the 評価実施機関) permitted this level, as 番号法
        /// 第10条 requires: `Some(false)` is a breach, `None` unknown.
        pub permitted_by_original: Option<bool>,
    }
}

impl ReEntrustee {
    /// A named level, with the original body's permission stated.
    ///
    /// ```
    /// use mynumber_pia::report::{Entrustment, ReEntrustee, ReEntrustmentStatus, StaffCountBand};
    ///
    /// let level = ReEntrustee::new("国民健康保険中央会");
    /// assert_eq!((level.name.as_deref(), level.permitted_by_original), (Some("国民健康保険中央会"), Some(true)));
    /// ```
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        ReEntrustee {
            name: Some(name.into()),
            permitted_by_original: Some(true),
            ..ReEntrustee::default()
        }
    }

    /// An unnamed level doing `items`, with the original body's permission stated.
    ///
    /// ```
    /// use mynumber_pia::report::{Entrustment, ReEntrustee, ReEntrustmentStatus, StaffCountBand};
    ///
    /// let level = ReEntrustee::unnamed("運用・保守業務");
    /// assert_eq!((level.name, level.items.as_deref()), (None, Some("運用・保守業務")));
    /// ```
    #[must_use]
    pub fn unnamed(items: impl Into<String>) -> Self {
        ReEntrustee {
            items: Some(items.into()),
            permitted_by_original: Some(true),
            ..ReEntrustee::default()
        }
    }

    setters! {
        /// Sets the permission method.
        ///
        /// ```
        /// use mynumber_pia::report::{Entrustment, ReEntrustee, ReEntrustmentStatus, StaffCountBand};
        ///
        /// let level = ReEntrustee::new("保守会社").with_permission("書面による許諾");
        /// assert_eq!(level.permission_method.as_deref(), Some("書面による許諾"));
        /// ```
        pub fn with_permission(method: impl Into<String>) |l| l.permission_method = Some(method.into());
    }
}

impl Entrustment {
    /// An entrustment with its content, 委託先 and 取扱者数, not re-entrusted.
    ///
    /// ```
    /// use mynumber_pia::report::{Entrustment, ReEntrustee, ReEntrustmentStatus, StaffCountBand};
    ///
    /// let e = Entrustment::new("システム保守", "保守会社", StaffCountBand::From10To50);
    /// assert_eq!(e.title.as_deref(), Some("システム保守"));
    /// assert_eq!(e.re_entrustment, Some(ReEntrustmentStatus::DoesNotReEntrust));
    /// ```
    #[must_use]
    pub fn new(
        content: impl Into<String>,
        entrustee: impl Into<String>,
        handlers: StaffCountBand,
    ) -> Self {
        let content = content.into();
        Entrustment {
            title: Some(content.clone()),
            content: Some(content),
            handler_count: Some(handlers),
            entrustee: Some(entrustee.into()),
            re_entrustment: Some(ReEntrustmentStatus::DoesNotReEntrust),
            ..Entrustment::default()
        }
    }

    setters! {
        /// Marks it 再委託する with its 許諾方法 and 再委託事項.
        ///
        /// ```
        /// use mynumber_pia::report::{Entrustment, ReEntrustee, ReEntrustmentStatus, StaffCountBand};
        ///
        /// let e = Entrustment::new("保守", "保守会社", StaffCountBand::Under10)
        ///     .with_re_entrustment("書面による申請を受けて許諾", "障害対応");
        /// assert_eq!(e.re_entrustment, Some(ReEntrustmentStatus::ReEntrusts));
        /// assert_eq!(e.re_entrustment_items.as_deref(), Some("障害対応"));
        /// ```
        pub fn with_re_entrustment(permission: impl Into<String>, items: impl Into<String>) |e| {
            e.re_entrustment = Some(ReEntrustmentStatus::ReEntrusts);
            e.re_entrustment_permission = Some(permission.into());
            e.re_entrustment_items = Some(items.into());
        };

        /// Appends a level to the explicit chain of re-entrustees.
        ///
        /// ```
        /// use mynumber_pia::report::{Entrustment, ReEntrustee, ReEntrustmentStatus, StaffCountBand};
        ///
        /// let e = Entrustment::new("保守", "保守会社", StaffCountBand::Under10)
        ///     .with_re_entrustee(ReEntrustee::new("再委託先"))
        ///     .with_re_entrustee(ReEntrustee::unnamed("再々委託の作業"));
        /// assert_eq!(e.re_entrustees.len(), 2);
        /// ```
        pub fn with_re_entrustee(level: ReEntrustee) |e| e.re_entrustees.push(level);
    }
}

/// The 委託先 name as an identity: folded (width, spaces), without the note in parentheses that
/// real reports append (`東京都国民健康保険団体連合会(…国保中央会に再委託する)`). Two 委託事項 with the
/// same key are entrusted to the same company, whose staff count once towards 取扱者数.
/// Borrowed from the name when folding leaves its head as it is (most names).
pub(crate) fn entrustee_key(name: &str) -> std::borrow::Cow<'_, str> {
    // Cut at the first of either parenthesis (each found by its bytes).
    let cut = name.split_once('（').map_or(name, |(before, _)| before);
    let cut = cut.split_once('(').map_or(cut, |(before, _)| before);
    crate::label::folded(cut)
}
