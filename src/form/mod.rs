//! The forms of the 特定個人情報保護評価書, stated once: 基礎項目評価書 (様式2), 重点項目評価書 (様式3)
//! and 全項目評価書 (様式4), in each [revision](FormRevision) that reports in force print.
//!
//! **What it takes in:** its own tables, and from [`crate::threshold`] the kinds of assessment
//! and the しきい値判断's lists (対象人数, 取扱者数, 重大事故, しきい値判断結果, the report set of
//! 基礎 Ⅳ1), which are lists of the forms written once in `threshold`, the layer this one takes
//! from: `form` names them by their `LIST_LABEL`s (why they are not here: the docs of
//! `src/threshold/labels.rs`); from [`crate::wareki`] its months. It sits above
//! [`crate::report`] (it names the report's fields only as the text of each item's path, which
//! `report` binds to the fields). **What it gives out:** the item table
//! ([`ItemId`]: label, number, ※ mark and path of every item per form, [`ItemNumber`]), the
//! ＜選択肢＞ and checkbox lists (re-exported by [`crate::report`]: `report::InfoLinkage`…), the
//! revisions and what each prints otherwise ([`FormRevision`], [`DIFFERENCES`], [`ADDITIONS`],
//! [`printed_label`], [`labels`], [`in_revision`], [`printed_number`], [`differences_in`]); the
//! chapter and section headings of each form ([`heading`], [`section_title`],
//! [`CHAPTER_TITLES`]) and the columns of its 変更箇所; the words the forms print
//! around the items ([`CHOICE_HEADING`], the spellings texts give it, the endings of a
//! 評価実施機関名 by kind of body, the chapters' Roman numerals, the 「しない」 of the opt-out
//! boxes, the label of the 「その他（ ）」 box and the 「（…）」 of its text); the 様式 as a rule's source ([`FORM_AS_SOURCE`]). **What it refuses:** nothing; a
//! revision it does not know is read as the [nearest known](FormRevision::nearest_known) one.
//!
//! # The revisions
//!
//! The tables are those of 令和6年10月 ([`FormRevision::CURRENT`]). An older revision is written
//! as its differences from them, each citing the published document it comes from: an item
//! printed under another label ([`DIFFERENCES`], [`Change::Label`];
//! [`printed_label`]), read under another label ([`Change::Alias`]; [`labels`]), or not printed
//! because a later revision added it ([`ADDITIONS`]; [`in_revision`], [`printed_number`]). No
//! renumbering and no removed item is known. Where no source shows how a revision prints an
//! item, the revision reads as 令和6年10月 for that item; a month no revision below has reads as
//! the revision before it ([`FormRevision::nearest_known`]).
//!
//! | revision | known to differ from 令和6年10月 | source |
//! |---|---|---|
//! | 平成26年4月 | 表紙: 「特定個人情報保護委員会　承認日」; 様式4 Ⅵ4②: read as 「特定個人情報保護委員会による審査」; Ⅰ 担当部署 ②: 「所属長」 (the head by name); 様式2: no Ⅳ リスク対策 (its 16 items); 様式3–4 Ⅱ4: read as 「委託先の名称」 | published 評価書 tagged `[平成26年4月 様式2–4]` (covers, 項目一覧, Ⅰ); the 個人情報保護委員会 exists from 平成28年1月1日 (平成27年法律第65号); the 変更箇所 of published reports citing the 様式改正 of 平成30年5月21日 |
//! | 平成28年1月 | Ⅰ 担当部署 ②: 「所属長」; 様式2: no Ⅳ リスク対策; Ⅱ4: read as 「委託先の名称」 | published 評価書 tagged `[平成28年1月 様式2–4]` (covers: 「個人情報保護委員会　承認日」); the 指針 of 平成30年5月21日 (平成30年個人情報保護委員会告示第2号) |
//! | 平成29年5月 | as 平成28年1月 | the 記載要領 tagged `[平成29年5月 様式2]` (its 表紙 and 「Ⅰ 6.他の評価実施機関」 as today); the 指針 of 平成30年5月21日 |
//! | 平成30年5月 | Ⅱ4: read as 「委託先の名称」 | published 評価書 tagged `[平成30年5月 様式4]` (covers as today) |
//! | 令和6年10月 | none (the crate's tables) | the 様式2–4 and their 記載要領 of 令和6年10月 |
//!
//! Known to be the same as today, from the same openings: the cover's other labels (評価書番号,
//! 評価書名, 個人のプライバシー等の権利利益の保護の宣言, 特記事項, 評価実施機関名, 公表日) in every
//! revision; the 項目一覧 of 様式3 and 様式4 and their Ⅰ1 (①事務の名称, ②事務の内容, ③対象人数)
//! on 平成26年4月; 様式2 Ⅰ1–Ⅰ3 (①事務の名称, ②事務の概要, ③システムの名称, 特定個人情報ファイル名,
//! 個人番号の利用 法令上の根拠) on 平成26年4月. **Nothing is known** of how the older revisions print
//! Ⅱ (beyond 委託先の名称), Ⅲ–Ⅴ and the ＜選択肢＞ lists: published texts are read here only as far as
//! their openings, so those read as 令和6年10月.
//!
//! # Who reads it
//!
//! - [`crate::report`]: the item table ([`ItemId`]) holds each item's label, number and ※ mark
//!   per form; the places in messages take their section titles from here; the parts of its
//!   group items are named by the lists and items they are (「リスクへの対策は十分か」 is
//!   `Sufficiency`'s name, 「再委託事項」 the item's label).
//! - [`crate::render`]: the chapter headings, the section titles, the ＜選択肢＞ heading, and the
//!   labels and items of the report's own revision ([`printed_label`], [`in_revision`]).
//! - [`crate::import`]: every label any revision prints ([`labels`]), the chapter titles, the
//!   spellings of the ＜選択肢＞ heading, the label of the その他 box, the endings of a body's
//!   name.
//! - [`crate::validation`]: the form items its findings name, the names of its families
//!   (評価実施手続, 変更箇所), the columns of the 変更箇所.
//! - [`crate::change`]: the steps of the 評価実施手続, the 「しない」 of an opt-out box.
//! - [`crate::schedule`]: the 公表日, the 変更日 and the 様式 its duties cite.
//! - [`crate::generate`]: the systems it names after the boxes they connect by.
//!
//! ```
//! use mynumber_pia::AssessmentKind;
//! use mynumber_pia::form::{self, FormRevision};
//! use mynumber_pia::report::ItemId;
//!
//! let old = FormRevision::Heisei26April;
//! assert_eq!(form::printed_label(ItemId::CoverApprovalDate, old), "特定個人情報保護委員会　承認日");
//! assert_eq!(form::printed_label(ItemId::CoverApprovalDate, FormRevision::CURRENT), "個人情報保護委員会　承認日");
//! assert_eq!(form::section_title(AssessmentKind::Full, "Ⅱ", 4), Some("特定個人情報ファイルの取扱いの委託"));
//! ```

mod blocks;
mod chapters;
pub(crate) mod choices;
mod differences;
pub(crate) mod items;
mod number;
mod revision;
mod words;

pub use blocks::medium_boxes;
pub(crate) use chapters::{
    CHANGE_COLUMNS, CHANGE_DATE, CHANGE_EMPTY_TEXT, CHANGES, PROCEDURES, REPORT_TITLE,
    THIRD_PARTY_REVIEW, chapters, is_roman_numeral,
};
pub use chapters::{CHAPTER_TITLES, heading, section_title};
pub(crate) use differences::DEPARTMENT_HEAD;
pub use differences::{
    ADDITIONS, Addition, Change, DIFFERENCES, Difference, differences_in, in_revision, labels,
    printed_label, printed_number,
};
pub use number::{
    APPENDIX, Block, COVER, ENTRUSTMENT, ItemNumber, PROVISION, Place, RISK, TRANSFER,
    UnknownItemNumber,
};
pub use revision::FormRevision;
pub use words::{
    CHOICE_HEADING, CHOICE_HEADING_SPELLINGS, FORM_AS_SOURCE, GOV_ONLY_MARK, body_kind_of_name,
};
pub(crate) use words::{
    CHOICE_HEADING_WORDS, EXTRA_MARK, OTHER_BOX, RE_ENTRUSTMENT_PART, names_an_office_holder,
};

pub use items::ItemId;
