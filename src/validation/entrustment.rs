//! EN: 委託 and 再委託 (番号法 第10条; 様式 Ⅱ4).

use std::borrow::Cow;
use std::cell::OnceCell;

use super::Code;
use super::context::{Ctx, blank};
use crate::report::entrustee_key;
use crate::report::location::render;
use crate::report::{Entrustment, EntrustmentStatus, ItemId, ReEntrustmentStatus, Report};

pub(crate) fn check(cx: &mut Ctx<'_>) {
    let report = cx.report;
    // The 評価実施機関's key, the top of every chain: read once, for the first chain.
    let body = OnceCell::new();
    for (fi, file) in report.files.iter().enumerate() {
        let listed = file.entrustments.len();
        let declared = file.entrustment_count;
        // EN001 / EN002: the 委託の有無 against the list; EN003 only when neither applies.
        let contradiction = match file.entrustment_status {
            Some(EntrustmentStatus::Entrusts) if listed == 0 => Some((
                Code::EntrustmentWithoutItems,
                format!(
                    "「委託する」としているが、委託事項が記載されていない{}",
                    declared.map_or(String::new(), |n| format!("（件数は{n}件）"))
                ),
            )),
            Some(EntrustmentStatus::DoesNotEntrust) if listed > 0 || declared.unwrap_or(0) > 0 => {
                Some((
                    Code::ItemsWithoutEntrustment,
                    format!(
                        "「委託しない」としているが、委託事項が{listed}件{}記載されている",
                        declared.map_or(String::new(), |n| format!("（件数{n}件）"))
                    ),
                ))
            }
            _ => None,
        };
        let status = ItemId::FileEntrustmentStatus;
        match (contradiction, declared) {
            (Some((code, message)), _) => cx.emit_in(code, status, &[fi], message),
            (None, Some(n)) if usize::try_from(n).ok() != Some(listed) => cx.emit_in(
                Code::EntrustmentCountMismatch,
                ItemId::FileEntrustmentCount,
                &[fi],
                format!("委託の件数は（{n}）件だが、委託事項は{listed}件記載されている"),
            ),
            _ => {}
        }
        for (ei, e) in file.entrustments.iter().enumerate() {
            check_entrustment(cx, fi, ei, e);
            check_chain(cx, fi, ei, e, &body);
        }
    }
}

fn check_entrustment(cx: &mut Ctx<'_>, fi: usize, ei: usize, e: &Entrustment) {
    let at = [fi, ei];
    match e.re_entrustment {
        Some(ReEntrustmentStatus::ReEntrusts) => {
            if blank(e.re_entrustment_permission.as_deref()) {
                cx.emit_in(
                    Code::ReEntrustmentWithoutPermissionMethod,
                    ItemId::EntrustmentReEntrustmentPermission,
                    &at,
                    "「再委託する」としているが、再委託の許諾方法が記載されていない（委託元の許諾が必要）",
                );
            }
            if blank(e.re_entrustment_items.as_deref()) {
                cx.emit_in(
                    Code::ReEntrustmentWithoutItems,
                    ItemId::EntrustmentReEntrustmentItems,
                    &at,
                    "「再委託する」としているが、再委託事項が記載されていない",
                );
            }
        }
        Some(ReEntrustmentStatus::DoesNotReEntrust) => {
            let mut filled = Vec::new();
            if !e.re_entrustees.is_empty() {
                filled.push(format!("再委託先{}件", e.re_entrustees.len()));
            }
            if !blank(e.re_entrustment_permission.as_deref()) {
                filled.push(
                    ItemId::EntrustmentReEntrustmentPermission
                        .label()
                        .to_owned(),
                );
            }
            if !blank(e.re_entrustment_items.as_deref()) {
                filled.push(ItemId::EntrustmentReEntrustmentItems.label().to_owned());
            }
            if !filled.is_empty() {
                cx.emit_in(
                    Code::ReEntrusteesWithoutReEntrustment,
                    ItemId::EntrustmentReEntrustment,
                    &at,
                    format!(
                        "「再委託しない」としているが、{}が記載されている",
                        filled.join("、")
                    ),
                );
            }
        }
        None => {}
    }
}

/// The explicit chain: each level needs the original body's permission (番号法 第10条第1項), and
/// no body may appear twice (or be the 評価実施機関 itself). `body` holds the 評価実施機関's
/// [key](entrustee_key) (`None` without a name), read for the first chain that needs it.
fn check_chain<'r>(
    cx: &mut Ctx<'r>,
    fi: usize,
    ei: usize,
    e: &Entrustment,
    body: &OnceCell<Option<Cow<'r, str>>>,
) {
    if e.re_entrustees.is_empty() {
        return;
    }
    let report = cx.report;
    let body = body.get_or_init(|| key_of(report.cover.body.as_deref()));
    // Every body of the chain so far, by its key, with its place in it (the depth of a level).
    let mut seen: Vec<(Cow<'_, str>, Place)> = Vec::with_capacity(e.re_entrustees.len() + 2);
    if let Some(key) = body {
        seen.push((Cow::Borrowed(key.as_ref()), Place::Body));
    }
    if let Some(key) = key_of(e.entrustee.as_deref()) {
        seen.push((key, Place::Entrustee));
    }
    let form_permission = !blank(e.re_entrustment_permission.as_deref());
    for (li, level) in e.re_entrustees.iter().enumerate() {
        let depth = li + 1;
        let name = level.name.as_deref().unwrap_or("（名称なし）");
        let path = || ItemId::EntrustmentReEntrustees.path(&[fi, ei]).index(li);
        // `Ⅱ（国保給付ファイル）4 委託事項1 再々委託先`, rendered only for a finding.
        let place = |report: &Report| {
            format!(
                "{} {}",
                render(report, ItemId::EntrustmentTitle, &[fi, ei]),
                level_name(depth)
            )
        };
        let stated = level.permitted_by_original;
        let has_method = !blank(level.permission_method.as_deref()) || (li == 0 && form_permission);
        if stated == Some(false) || (stated.is_none() && !has_method) {
            let why = if stated == Some(false) {
                "最初の委託元（評価実施機関）の許諾を得ていない"
            } else {
                "最初の委託元（評価実施機関）の許諾の方法が記載されていない"
            };
            cx.emit_at(
                Code::ChainLevelWithoutPermission,
                Some(ItemId::EntrustmentReEntrustees),
                path().field("permitted_by_original"),
                place(report),
                format!("{}「{name}」について、{why}", level_name(depth)),
            );
        }
        if let Some(key) = key_of(level.name.as_deref()) {
            match seen.iter().find(|(k, _)| *k == key) {
                Some((_, role)) => cx.emit_at(
                    Code::EntrustmentCycle,
                    Some(ItemId::EntrustmentReEntrustees),
                    path().field("name"),
                    place(report),
                    format!(
                        "{}「{name}」は、この委託の連鎖の上位（{}）に既に現れている",
                        level_name(depth),
                        role.name()
                    ),
                ),
                None => seen.push((key, Place::Level(depth))),
            }
        }
    }
}

/// The [key](entrustee_key) of a body named `name`; `None` when it is unnamed or its name folds
/// to nothing.
fn key_of(name: Option<&str>) -> Option<Cow<'_, str>> {
    let key = entrustee_key(name?);
    (!key.is_empty()).then_some(key)
}

/// A body's place in a 委託 chain, named in a cycle's message.
#[derive(Clone, Copy)]
enum Place {
    /// The 評価実施機関, the original 委託元.
    Body,
    /// The 委託先 of the 委託事項.
    Entrustee,
    /// A re-entrustee at this depth (1 for the 再委託先).
    Level(usize),
}

impl Place {
    /// `評価実施機関`, `委託先`, `再委託先`, `再々委託先`, ….
    fn name(self) -> Cow<'static, str> {
        match self {
            Place::Body => Cow::Borrowed("評価実施機関"),
            Place::Entrustee => Cow::Borrowed("委託先"),
            Place::Level(depth) => Cow::Owned(level_name(depth)),
        }
    }
}

/// 再委託先, 再々委託先, 再々々委託先, … for depth 1, 2, 3, ….
fn level_name(depth: usize) -> String {
    format!("再{}委託先", "々".repeat(depth.saturating_sub(1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AssessmentKind;
    use crate::report::{ReEntrustee, Report, StaffCountBand};
    use crate::validation::testing::{block, check, codes, with_block};

    fn plain() -> Entrustment {
        Entrustment::new("保守", "株式会社A", StaffCountBand::Under10)
    }

    #[test]
    fn level_names() {
        assert_eq!(level_name(1), "再委託先");
        assert_eq!(level_name(3), "再々々委託先");
    }

    #[test]
    fn en001_entrusts_without_items() {
        let mut b = block();
        b.entrustment_status = Some(EntrustmentStatus::Entrusts);
        assert!(codes(&with_block(b.clone())).contains(&Code::EntrustmentWithoutItems));
        // A declared （ 2 ）件 does not stand in for the 委託事項 themselves.
        b.entrustment_count = Some(2);
        let found = codes(&with_block(b));
        assert!(found.contains(&Code::EntrustmentWithoutItems));
        assert!(!found.contains(&Code::EntrustmentCountMismatch));
        assert!(
            !codes(&with_block(block().with_entrustment(plain())))
                .contains(&Code::EntrustmentWithoutItems)
        );
    }

    #[test]
    fn en002_items_without_entrusting() {
        let mut b = block().with_entrustment(plain());
        b.entrustment_status = Some(EntrustmentStatus::DoesNotEntrust);
        assert!(codes(&with_block(b)).contains(&Code::ItemsWithoutEntrustment));
        assert!(!codes(&with_block(block())).contains(&Code::ItemsWithoutEntrustment));
    }

    /// Either side alone contradicts 「委託しない」: listed 委託事項 without a declared count, or
    /// a declared （ N ）件 without 委託事項 (mutation testing: each side had no test alone).
    #[test]
    fn en002_listed_items_or_a_declared_count_alone() {
        let mut listed = block().with_entrustment(plain());
        listed.entrustment_status = Some(EntrustmentStatus::DoesNotEntrust);
        listed.entrustment_count = None;
        assert!(codes(&with_block(listed)).contains(&Code::ItemsWithoutEntrustment));
        let mut declared = block();
        declared.entrustment_status = Some(EntrustmentStatus::DoesNotEntrust);
        declared.entrustment_count = Some(2);
        assert!(codes(&with_block(declared)).contains(&Code::ItemsWithoutEntrustment));
        let mut neither = block();
        neither.entrustment_status = Some(EntrustmentStatus::DoesNotEntrust);
        neither.entrustment_count = Some(0);
        assert!(!codes(&with_block(neither)).contains(&Code::ItemsWithoutEntrustment));
    }

    #[test]
    fn en003_count_mismatch_is_a_warning() {
        let mut b = block().with_entrustment(plain());
        b.entrustment_count = Some(2);
        let r = check(&with_block(b));
        let f = r.with_code(Code::EntrustmentCountMismatch).next().unwrap();
        assert_eq!(f.path().to_string(), "files[0].entrustment_count");
        assert!(
            !codes(&with_block(block().with_entrustment(plain())))
                .contains(&Code::EntrustmentCountMismatch)
        );
    }

    #[test]
    fn en004_en005_re_entrustment_needs_permission_and_items() {
        let mut e = plain().with_re_entrustment("書面で許諾", "障害対応");
        e.re_entrustment_permission = Some("－".into());
        e.re_entrustment_items = None;
        let found = codes(&with_block(block().with_entrustment(e)));
        assert!(found.contains(&Code::ReEntrustmentWithoutPermissionMethod));
        assert!(found.contains(&Code::ReEntrustmentWithoutItems));
        let ok = plain().with_re_entrustment("書面で許諾", "障害対応");
        let found = codes(&with_block(block().with_entrustment(ok)));
        assert!(!found.contains(&Code::ReEntrustmentWithoutPermissionMethod));
        assert!(!found.contains(&Code::ReEntrustmentWithoutItems));
    }

    #[test]
    fn en006_re_entrustees_without_re_entrustment() {
        let e = plain().with_re_entrustee(ReEntrustee::new("株式会社B"));
        assert!(
            codes(&with_block(block().with_entrustment(e)))
                .contains(&Code::ReEntrusteesWithoutReEntrustment)
        );
        assert!(
            !codes(&with_block(block().with_entrustment(plain())))
                .contains(&Code::ReEntrusteesWithoutReEntrustment)
        );
    }

    #[test]
    fn en007_every_level_needs_the_original_permission() {
        let mut second = ReEntrustee::unnamed("運用");
        second.permitted_by_original = None;
        let e = plain()
            .with_re_entrustment("書面で許諾", "運用")
            .with_re_entrustee(ReEntrustee {
                permitted_by_original: None,
                ..ReEntrustee::new("株式会社B")
            })
            .with_re_entrustee(second);
        let r = check(&with_block(block().with_entrustment(e)));
        let found: Vec<_> = r.with_code(Code::ChainLevelWithoutPermission).collect();
        // Level 1 is covered by ⑧再委託の許諾方法; level 2 has nothing.
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].path().to_string(),
            "files[0].entrustments[0].re_entrustees[1].permitted_by_original"
        );
        assert!(found[0].message().contains("再々委託先"));
        let refused = plain()
            .with_re_entrustment("書面で許諾", "運用")
            .with_re_entrustee(ReEntrustee {
                permitted_by_original: Some(false),
                ..ReEntrustee::new("株式会社B")
            });
        assert!(
            codes(&with_block(block().with_entrustment(refused)))
                .contains(&Code::ChainLevelWithoutPermission)
        );
        assert!(
            !codes(&Report::example(AssessmentKind::Full))
                .contains(&Code::ChainLevelWithoutPermission)
        );
    }

    #[test]
    fn en008_cycles_and_self_re_entrustment() {
        let cycle = plain()
            .with_re_entrustment("書面で許諾", "運用")
            .with_re_entrustee(ReEntrustee::new("株式会社B"))
            .with_re_entrustee(ReEntrustee::new("株式会社 A"));
        assert!(
            codes(&with_block(block().with_entrustment(cycle))).contains(&Code::EntrustmentCycle)
        );
        // A → B → C → B: the message names the level B first appeared at.
        let deeper = plain()
            .with_re_entrustment("書面で許諾", "運用")
            .with_re_entrustee(ReEntrustee::new("株式会社B"))
            .with_re_entrustee(ReEntrustee::new("株式会社C"))
            .with_re_entrustee(ReEntrustee::new("株式会社Ｂ"));
        let r = check(&with_block(block().with_entrustment(deeper)));
        let cycles: Vec<_> = r.with_code(Code::EntrustmentCycle).collect();
        assert_eq!(cycles.len(), 1, "{r}");
        assert_eq!(
            cycles[0].message(),
            "再々々委託先「株式会社Ｂ」は、この委託の連鎖の上位（再委託先）に既に現れている"
        );
        assert_eq!(
            cycles[0].path().to_string(),
            "files[0].entrustments[0].re_entrustees[2].name"
        );
        let to_body = plain()
            .with_re_entrustment("書面で許諾", "運用")
            .with_re_entrustee(ReEntrustee::new("架空市長"));
        assert!(
            codes(&with_block(block().with_entrustment(to_body))).contains(&Code::EntrustmentCycle)
        );
        assert!(!codes(&Report::example(AssessmentKind::Full)).contains(&Code::EntrustmentCycle));
    }
}
