//! *detect*: which form a text is of, the revision it was printed on, and where a second
//! report in the same text begins.
//!
//! **Takes** the shaped lines. **Gives** a [`Detected`]: the form (基礎 様式2, 重点 様式3, 全項目
//! 様式4), the [`FormRevision`] its 様式 tag names, and the line where another report starts, if
//! one does. **Refuses** ([`ImportError`]) a text that is no 評価書: one with neither the form's
//! title, nor its 様式 tag, nor a form's name together with the form's own structure (a cover
//! label or a chapter heading) — a notice that only mentions 「全項目評価書」 is not one — and a
//! list of changed items (`変更または追記した箇所`) that is no whole report.
//!
//! The evidence, strongest first (the forms' cover, 様式2–4 of 令和6年10月 and every older
//! revision: the title 「特定個人情報保護評価書（…評価書）」 and the tag `[令和6年10月　様式4]`):
//!
//! 1. the title, `特定個人情報保護評価書（全項目評価書）` (either width of bracket, spaces
//!    anywhere, wrapped over two lines);
//! 2. the 様式 tag, bracketed or not (`[平成26年4月 様式4]`, `平成30年5月　様式２`);
//! 3. a form's name (`重点項目評価書`) where the text also holds a cover label of the forms
//!    (評価書番号, 評価実施機関名, 公表日, …) or a chapter heading (`Ⅰ　基本情報`).
//!
//! ```text
//! reads:    特定個人情報保護評価書（基礎項目評価書）      → 基礎, no revision
//!           [平成26年4月 様式4]                           → 全項目, 平成26年4月
//!           評価書名 架空町の事務 重点項目評価書 / 公表日 → 重点 (a name and a cover label)
//! refuses:  全項目評価書の公表についてお知らせします。    → not a 評価書 (a name alone)
//! ```

use std::collections::HashMap;

use super::ImportError;
use super::classify;
use super::form_words::is_circled;
use super::limits::{COVER_AFTER_TITLE, COVER_LINES, SECOND_COVER_LABELS};
use super::text::Line;
use crate::AssessmentKind;
use crate::form::{self, FormRevision};
use crate::import::fill::squeeze;
use crate::report::ItemId;

/// What *detect* found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Detected {
    /// The form.
    pub(super) form: AssessmentKind,
    /// The revision the 様式 tag names, if the text prints one.
    pub(super) revision: Option<FormRevision>,
    /// The line where a second report begins (its title, after the first report's body), if
    /// one does.
    pub(super) second_report: Option<usize>,
}

/// The forms, as the title names them ([`AssessmentKind::document_name`]) and the tag numbers
/// them ([`AssessmentKind::form_number`]).
const FORMS: [AssessmentKind; 3] = [
    AssessmentKind::Full,
    AssessmentKind::Focused,
    AssessmentKind::Basic,
];

/// The words every title starts with.
const TITLE: &str = crate::form::REPORT_TITLE;

/// The heading of a list of changed items (seed texts of this shape are change lists only).
const CHANGE_LIST: &str = "変更または追記した箇所";

/// The form a folded line's title names: `特定個人情報保護評価書（全項目評価書）` with either
/// width of bracket (folding makes them half-width).
pub(super) fn titled(key: &str) -> Option<AssessmentKind> {
    // A title holds the `(` before its form's name: a key without one is not searched for the
    // title (most lines: −0.7 ms of 25 on the import bench).
    if !key.contains('(') {
        return None;
    }
    let rest = key.get(key.find(TITLE)? + TITLE.len()..)?;
    let rest = rest.strip_prefix('(')?;
    FORMS
        .into_iter()
        .find(|form| rest.starts_with(form.document_name()))
}

/// The form and revision of a 様式 tag (`[平成26年4月 様式4]`, `令和6年10月様式2`, folded).
fn tagged(key: &str) -> Option<(AssessmentKind, Option<FormRevision>)> {
    let (before, rest) = key.split_once(ItemId::CoverFormVersion.label())?;
    let digit = rest.chars().next()?;
    let form = FORMS
        .into_iter()
        .find(|form| char::from_digit(u32::from(form.form_number()), 10) == Some(digit))?;
    // A tag is the line's own: it starts the line (after its bracket) and its digit ends it
    // (before its bracket); a sentence that names a 様式 is no tag.
    let before = before.trim_start_matches('[');
    let after = rest.get(digit.len_utf8()..)?;
    if !matches!(after, "" | "]") {
        return None;
    }
    let revision = match before {
        "" => None,
        month => Some(month.parse::<FormRevision>().ok()?),
    };
    Some((form, revision))
}

/// Whether `line` (as written) is a 様式 tag ([`tagged`]): the cover's own line, which a print
/// may repeat as a running header.
pub(super) fn is_tag(line: &str) -> bool {
    tagged(&crate::import::fill::squeeze(line)).is_some()
}

/// The cover item whose label (any revision's) a folded line starts with.
fn cover_label(key: &str) -> Option<ItemId> {
    const COVER: [ItemId; 6] = [
        ItemId::CoverNumber,
        ItemId::CoverTitle,
        ItemId::CoverDeclaration,
        ItemId::CoverBody,
        ItemId::CoverPublishedOn,
        ItemId::CoverApprovalDate,
    ];
    COVER
        .into_iter()
        .find(|&id| form::labels(id).any(|label| key.starts_with(&squeeze(label))))
}

/// Whether a folded line starts with a label of the cover (any revision's).
pub(super) fn is_cover_label(key: &str) -> bool {
    cover_label(key).is_some()
}

/// Whether a folded line is a chapter heading of the forms (`Ⅰ基本情報`, `II特定個人情報…`).
fn is_chapter_heading(key: &str) -> bool {
    let rest = key.trim_start_matches(|c: char| ('Ⅰ'..='Ⅹ').contains(&c) || c == 'I' || c == 'V');
    rest.len() < key.len()
        && form::CHAPTER_TITLES
            .iter()
            .any(|title| rest.starts_with(title))
}

/// Reads which form `lines` are of.
///
/// # Errors
///
/// [`ImportError::ChangeList`] for a list of changed items, [`ImportError::NotAReport`] for a
/// text with no evidence of a form (see the module's docs).
pub(super) fn detect(lines: &[Line]) -> Result<Detected, ImportError> {
    let mut title: Option<AssessmentKind> = None;
    let mut tag: Option<(AssessmentKind, Option<FormRevision>)> = None;
    let mut mentioned: Option<AssessmentKind> = None;
    let mut structure = false;
    let mut change_list = None;
    // The previous line's key, for a title wrapped over two lines.
    let mut previous = String::new();
    for line in lines.iter().take(COVER_LINES) {
        let key = line.key();
        if change_list.is_none() && key.starts_with(CHANGE_LIST) {
            change_list = Some(line.no);
        }
        if tag.is_none() {
            tag = tagged(key);
        }
        let joined = format!("{previous}{key}");
        if title.is_none() {
            title = titled(key).or_else(|| titled(&joined));
        }
        if mentioned.is_none() {
            mentioned = FORMS
                .iter()
                .filter_map(|&form| joined.find(form.document_name()).map(|at| (at, form)))
                .min_by_key(|&(at, _)| at)
                .map(|(_, form)| form);
        }
        structure = structure || is_cover_label(key) || is_chapter_heading(key);
        previous = key.to_owned();
    }
    let revision = tag.and_then(|(_, revision)| revision);
    let form = match (title.or(tag.map(|(form, _)| form)), mentioned) {
        (Some(form), _) => form,
        (None, _) if change_list.is_some() => {
            return Err(ImportError::ChangeList {
                line: change_list.unwrap_or_default(),
            });
        }
        (None, Some(form)) if structure => form,
        _ => return Err(ImportError::NotAReport),
    };
    Ok(Detected {
        form,
        revision,
        second_report: second_report(lines),
    })
}

/// The line where a second report begins: a title line after the first chapter heading and an
/// item of its body, with at least [`SECOND_COVER_LABELS`] cover labels of different items
/// starting lines of their own within the lines after it, and a chapter Ⅰ after those. A title
/// line the text repeats (a running header, often with the 公表日 and the tag beside it) is no
/// report's start.
///
/// The body is known by an item ([`opens_an_item`]: every chapter opens with its section `１．`
/// and circled items, 様式2–4): chapter headings with none after them are a 項目一覧's entries
/// (a document site that titles its page with the contents page's words, `項目一覧` / `Ⅰ
/// 基本情報` / `Ⅱ …`, above the cover), and the cover after them the first report's own.
/// Reads `Ⅰ 関連情報` / `１．特定個人情報ファイルを取り扱う事務` / … / a title and a cover / `Ⅰ
/// 基本情報` as two reports; refuses `項目一覧` / `Ⅰ 基本情報` / `Ⅱ …` / a title and a cover /
/// `Ⅰ 基本情報` (one report, its contents above it).
fn second_report(lines: &[Line]) -> Option<usize> {
    let body = lines.iter().position(|l| is_chapter_heading(l.key()))?;
    let after = lines.get(body + 1..)?;
    let mut item_seen = false;
    // What each title line asks of the whole text — how often its key stands in it, and
    // whether a chapter Ⅰ comes after it — is counted once, at the first title line after the
    // body, not for every title line: asked of each, it took time in the product of the
    // titles and the lines (the fuzz driver's five-line cover repeated to 2.9 MB, 15,600
    // titles among 78,000 lines: 4.0 s, 0.2 s now). A text with no title after its body pays
    // nothing for them.
    let mut counted: Option<TitleCounts<'_>> = None;
    for (k, line) in after.iter().enumerate() {
        if !item_seen {
            item_seen = opens_an_item(&line.text);
            continue;
        }
        if titled(line.key()).is_none() {
            continue;
        }
        let counts = counted.get_or_insert_with(|| TitleCounts::of(lines, after));
        let repeated = counts.times.get(line.key()).copied().unwrap_or_default() > 1;
        if repeated {
            continue;
        }
        let rest = after.get(k + 1..).unwrap_or_default();
        let window = rest
            .get(..COVER_AFTER_TITLE.min(rest.len()))
            .unwrap_or_default();
        let mut items: Vec<ItemId> = window.iter().filter_map(|l| cover_label(l.key())).collect();
        items.sort();
        items.dedup();
        let chapter_one = counts.last_chapter_one.is_some_and(|at| at > k);
        if items.len() >= SECOND_COVER_LABELS && chapter_one {
            return Some(line.no);
        }
    }
    None
}

/// Whether `text` opens an item of a report's body: a section's heading (`１．特定個人情報ファイルを
/// 取り扱う事務`, [`classify::section_heading_starts`]) or a circled item's number (`①事務の名称`).
fn opens_an_item(text: &str) -> bool {
    let t = text.trim_start();
    classify::section_heading_starts(t).is_some() || t.chars().next().is_some_and(is_circled)
}

/// What [`second_report`] asks of the whole text for each title line, counted in one pass.
struct TitleCounts<'a> {
    /// How many lines of the text have each title line's key (a line with a title's key is a
    /// title line itself: only those are counted).
    times: HashMap<&'a str, usize>,
    /// The last chapter Ⅰ heading among the lines after the body (its index there): a title
    /// at index `k` there has a chapter Ⅰ after it when this is past `k`.
    last_chapter_one: Option<usize>,
}

impl<'a> TitleCounts<'a> {
    /// The counts for `lines`, whose body is `after` (the lines after its first chapter
    /// heading).
    fn of(lines: &'a [Line], after: &[Line]) -> TitleCounts<'a> {
        let mut times: HashMap<&'a str, usize> = HashMap::new();
        for line in lines {
            let key = line.key();
            if titled(key).is_some() {
                *times.entry(key).or_default() += 1;
            }
        }
        let last_chapter_one = after
            .iter()
            .rposition(|l| is_chapter_heading(l.key()) && l.key().starts_with(['Ⅰ', 'I']));
        TitleCounts {
            times,
            last_chapter_one,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Shape;
    use crate::import::text::lines;

    fn detected(text: &str) -> Result<Detected, ImportError> {
        detect(&lines(text, Shape::PdfText))
    }

    #[test]
    fn a_title_or_a_tag_names_the_form() {
        let d = detected("特定個人情報保護評価書（基礎項目評価書）\n").unwrap();
        assert_eq!((d.form, d.revision), (AssessmentKind::Basic, None));
        let d = detected("[平成26年4月 様式4]\n評価書番号\n").unwrap();
        assert_eq!(
            (d.form, d.revision),
            (AssessmentKind::Full, Some(FormRevision::Heisei26April))
        );
        let d = detected("平成30年5月　様式３\n").unwrap();
        assert_eq!(
            (d.form, d.revision),
            (AssessmentKind::Focused, Some(FormRevision::Heisei30May))
        );
        // Wrapped over two lines, with spaces and half-width brackets.
        let d = detected("特 定 個 人 情 報 保 護 評 価 書 (重点項目\n評価書)\n").unwrap();
        assert_eq!(d.form, AssessmentKind::Focused);
    }

    #[test]
    fn a_name_counts_only_with_the_forms_structure() {
        let d =
            detected("評価書名 架空町の架空事務 重点項目評価書\n公表日 令和6年4月1日\n").unwrap();
        assert_eq!(d.form, AssessmentKind::Focused);
        assert_eq!(
            detected("全項目評価書の公表について\n架空町役場からのお知らせです。\n"),
            Err(ImportError::NotAReport)
        );
        // A sentence naming a 様式 is no tag.
        assert_eq!(
            detected("様式4の記入例を配布します\n"),
            Err(ImportError::NotAReport)
        );
    }

    #[test]
    fn a_change_list_is_refused_unless_a_title_names_a_form() {
        assert_eq!(
            detected("変更または追記した箇所\tページ\n"),
            Err(ImportError::ChangeList { line: 1 })
        );
    }

    #[test]
    fn a_second_report_starts_at_its_title_with_a_cover_after_it() {
        let one = "特定個人情報保護評価書（基礎項目評価書）\n評価書番号 1\nⅠ　関連情報\n\
                   １．特定個人情報ファイルを取り扱う事務\n";
        let two = "特定個人情報保護評価書（全項目評価書）\n評価書番号 2\n評価書名 架空事務 全項目評価書\n\
                   公表日 令和6年4月1日\nⅠ　基本情報\n本文\n";
        let d = detected(&format!("{one}{two}")).unwrap();
        assert_eq!(d.form, AssessmentKind::Basic);
        assert_eq!(d.second_report, Some(5));
        // A running header that repeats the title, with the 公表日 and the tag beside it, is
        // no second report, even where a cover's labels follow it once.
        let header = "特定個人情報保護評価書（基礎項目評価書） 公表日 令和6年4月1日 [様式2]\n";
        let page = "評価書番号 1\n評価書名 架空事務\n公表日 令和6年4月1日\nⅠ　関連情報\n";
        let d = detected(&format!("{one}{header}{page}{header}本文の続き\n")).unwrap();
        assert_eq!(d.second_report, None);
        // A cover's title and labels with no chapter Ⅰ after them (only before) start no
        // report.
        let cover = "特定個人情報保護評価書（全項目評価書）\n評価書番号 2\n評価書名 架空事務 全項目評価書\n\
                     公表日 令和6年4月1日\n本文\n";
        let d = detected(&format!("{one}{cover}")).unwrap();
        assert_eq!(d.second_report, None);
        // Nor does a title its text prints twice, a chapter Ⅰ after each.
        let d = detected(&format!("{one}{two}{two}")).unwrap();
        assert_eq!(d.second_report, None);
        // Nor a report's title after a 項目一覧's chapter headings, no item of a body after
        // them (a site's title above the cover).
        let contents = "項目一覧\nⅠ　基本情報\nⅡ　特定個人情報ファイルの概要\nⅢ　リスク対策\n";
        let d = detected(&format!("{contents}{two}")).unwrap();
        assert_eq!((d.form, d.second_report), (AssessmentKind::Full, None));
    }
}
