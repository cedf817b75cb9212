//! The forms of the 特定個人情報保護評価書, stated once: 基礎項目評価書 (様式2), 重点項目評価書 (様式3)
//! and 全項目評価書 (様式4), in each [revision](FormRevision) that reports in force print.
//!
//! **What it takes in:** nothing but its own tables: it sits below [`crate::report`] (it names
//! the report's fields only as the text of each item's path, which `report` binds to the fields)
//! and above [`crate::threshold`] and [`crate::wareki`]. **What it gives out:** the item table
//! ([`ItemId`]: label, number, ※ mark and path of every item per form, [`ItemNumber`]), the
//! ＜選択肢＞ and checkbox lists (re-exported by [`crate::report`]: `report::InfoLinkage`…), the
//! revisions and what each prints otherwise ([`FormRevision`], [`DIFFERENCES`],
//! [`printed_label`], [`labels`]); the chapter and section headings of each form
//! ([`chapter_heading`], [`section_title`], [`CHAPTER_TITLES`]); the words the forms print
//! around the items ([`CHOICE_HEADING`], the spellings texts give it, the endings of a
//! 評価実施機関名 by kind of body, the chapters' Roman numerals). **What it refuses:** nothing; a
//! revision it does not know is read as the [nearest known](FormRevision::nearest_known) one.
//!
//! # The revisions
//!
//! The tables are those of 令和6年10月 ([`FormRevision::CURRENT`]). An older revision is written
//! as [differences](DIFFERENCES) from them, each citing the published document it comes from.
//! Where no source shows how a revision prints an item, the revision reads as 令和6年10月 for
//! that item:
//!
//! | revision | known to differ | source |
//! |---|---|---|
//! | 平成26年4月 | cover: 「特定個人情報保護委員会　承認日」; Ⅱ4: 「委託先の名称」 | the 様式4 of 平成26年4月 as published reports print it; the 個人情報保護委員会 exists from 平成28年1月1日 (平成27年法律第65号) |
//! | 平成28年1月 | Ⅱ4: 「委託先の名称」 | published reports on the 平成28年1月 forms |
//! | 平成29年5月 | Ⅱ4: 「委託先の名称」 | the 記載要領 tagged `[平成29年5月 様式2]` |
//! | 平成30年5月 | Ⅱ4: 「委託先の名称」 | published reports on the 平成30年5月 forms |
//! | 令和6年10月 | none (the crate's tables) | the 様式2–4 and their 記載要領 of 令和6年10月 |
//!
//! # Who reads it
//!
//! - [`crate::report`]: the item table ([`ItemId`]) holds each item's label, number and ※ mark
//!   per form; the places in messages take their section titles from here.
//! - [`crate::render`]: the chapter headings, the section titles, the ＜選択肢＞ heading and the
//!   labels of the report's own revision ([`printed_label`]).
//! - [`crate::import`]: every label any revision prints ([`labels`]), the chapter titles, the
//!   spellings of the ＜選択肢＞ heading, the endings of a body's name.
//! - [`crate::validation`]: the form items its findings name.
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
pub(crate) use chapters::{CHANGES, chapters, is_roman_numeral, sub_heading};
pub use chapters::{CHAPTER_TITLES, chapter_heading, section_title};
pub use differences::{Change, DIFFERENCES, Difference, labels, printed_label};
pub use number::{
    APPENDIX, Block, COVER, ENTRUSTMENT, ItemNumber, PROVISION, Place, RISK, TRANSFER,
    UnknownItemNumber,
};
pub use revision::FormRevision;
pub use words::{CHOICE_HEADING, CHOICE_HEADING_SPELLINGS, GOV_ONLY_MARK, body_kind_of_name};

pub use items::ItemId;
