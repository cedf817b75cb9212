//! 開示請求、問合せ (全項目 Ⅴ, 重点 Ⅳ, 基礎 Ⅰ7–Ⅰ8).

use super::{Fee, Performed};

model! {
    /// 開示請求、問合せ: where people ask for their 特定個人情報 and whom they contact.
    ///
    /// The 全項目 form has every item (Ⅴ1①–⑥, Ⅴ2①②); the 重点 form has no 特記事項, 手数料等 or
    /// 個人情報ファイル簿の公表 (Ⅳ1①–④, Ⅳ2①②); the 基礎 form has only 請求先 (Ⅰ7) and
    /// 連絡先 (Ⅰ8).
    ///
    /// ```
    /// use mynumber_pia::report::{Disclosure, Fee};
    ///
    /// let mut d = Disclosure::default();
    /// d.request_to = Some("総務課".into());
    /// d.fee = Some(Fee::Free);
    /// assert_eq!(d.fee.map(|f| f.label()), Some("無料"));
    /// ```
    #[doc(alias = "開示請求、問合せ")]
    pub struct Disclosure {
        /// 特定個人情報の開示・訂正・利用停止請求 ①請求先 (基礎 Ⅰ7 請求先).
        pub request_to: Option<String>,
        /// ②請求方法.
        pub request_method: Option<String>,
        /// ②の特記事項 (全項目 only).
        pub request_note: Option<String>,
        /// ③手数料等 (全項目 only).
        pub fee: Option<Fee>,
        /// ③（手数料額、納付方法： ） (全項目 only).
        pub fee_detail: Option<String>,
        /// ④個人情報ファイル簿の公表 (全項目 only).
        pub register_published: Option<Performed>,
        /// ④個人情報ファイル名 (全項目 only).
        pub register_file_name: Option<String>,
        /// ④公表場所 (全項目 only).
        pub register_place: Option<String>,
        /// 法令による特別の手続 (全項目 ⑤, 重点 ③).
        pub special_procedure: Option<String>,
        /// 個人情報ファイル簿への不記載等 (全項目 ⑥, 重点 ④).
        pub register_omission: Option<String>,
        /// 特定個人情報ファイルの取扱いに関する問合せ ①連絡先 (基礎 Ⅰ8 連絡先).
        pub inquiry_contact: Option<String>,
        /// ②対応方法.
        pub inquiry_handling: Option<String>,
    }
}
