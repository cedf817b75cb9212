//! CH: 変更箇所 (規則 第11条; 様式).

use chrono::NaiveDate;

use super::Code;
use super::context::{Ctx, show_date};
use crate::report::ItemPath;
use crate::report::location::changes_appendix;
use crate::report::{ChangeRecord, SubmissionTiming};

/// The 変更箇所 columns, as the forms print them.
const DATE_COLUMN: &str = "変更日";
const TIMING_COLUMN: &str = "提出時期";

fn place(cx: &Ctx<'_>, index: usize, row: &ChangeRecord, column: &str) -> String {
    let item: String = row.item.chars().take(40).collect();
    let more = if row.item.chars().count() > 40 {
        "…"
    } else {
        ""
    };
    format!(
        "{} {}行目（{item}{more}） {column}",
        changes_appendix(cx.form),
        index + 1
    )
}

pub(crate) fn check(cx: &mut Ctx<'_>) {
    let report = cx.report;
    let published = report.cover.published_on;
    let mut latest: Option<NaiveDate> = None;
    for (i, row) in report.changes.iter().enumerate() {
        let path = || ItemPath::root().field("changes").index(i);
        // Only a 説明 that mentions 重要 can declare a 重要な変更 (cheap test first).
        let mentions = row.explanation.as_deref().is_some_and(|e| e.contains('重'));
        if row.timing == Some(SubmissionTiming::After)
            && mentions
            && row.declares_significant() == Some(true)
        {
            let location = place(cx, i, row, TIMING_COLUMN);
            cx.emit_at(
                Code::SignificantChangeFiledAfter,
                row.item_id,
                path().field("timing"),
                location,
                "提出時期に係る説明は重要な変更としているが、提出時期が「事後」である（重要な変更は事前に評価を再実施する）",
            );
        }
        if let Some(date) = row.date {
            if let Some(p) = published.filter(|p| date > *p) {
                let location = place(cx, i, row, DATE_COLUMN);
                cx.emit_at(
                    Code::ChangeAfterPublication,
                    row.item_id,
                    path().field("date"),
                    location,
                    format!(
                        "変更日 {} が公表日 {} より後である",
                        show_date(date),
                        show_date(p)
                    ),
                );
            }
            if let Some(before) = latest.filter(|l| date < *l) {
                let location = place(cx, i, row, DATE_COLUMN);
                cx.emit_at(
                    Code::ChangesOutOfOrder,
                    row.item_id,
                    path().field("date"),
                    location,
                    format!(
                        "変更日 {} の行が、より後の変更日 {} の行の後に記載されている",
                        show_date(date),
                        show_date(before)
                    ),
                );
            }
            latest = Some(latest.map_or(date, |l| l.max(date)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AssessmentKind;
    use crate::report::{ItemId, Report, ReportBuilder};
    use crate::validation::testing::{check, codes, d};

    fn row(date: NaiveDate, timing: SubmissionTiming, explanation: &str) -> ChangeRecord {
        ChangeRecord {
            date: Some(date),
            item: "Ⅲ　7．特定個人情報の保管・消去リスク3-消去手順-手順の内容".into(),
            item_id: Some(ItemId::FullStorageErasureProcedure),
            before: None,
            after: Some("クラウドでの消去手順を追加".into()),
            timing: Some(timing),
            explanation: Some(explanation.into()),
            note: None,
        }
    }

    /// A 全項目 report (公表日 2025-06-30) with one change row.
    fn one_row(date: NaiveDate, timing: SubmissionTiming, explanation: &str) -> Report {
        with_rows(vec![row(date, timing, explanation)])
    }

    fn with_rows(rows: Vec<ChangeRecord>) -> Report {
        let mut b = ReportBuilder::new(AssessmentKind::Full, "事務");
        for r in rows {
            b = b.with_change(r);
        }
        b.build()
    }

    /// The place quotes the row's 変更箇所 whole up to 40 characters and cuts a longer one with
    /// `…` (mutation testing: 40 exactly was untested).
    #[test]
    fn the_place_cuts_the_item_after_40_characters() {
        for (len, cut) in [(40, false), (41, true)] {
            let mut r = row(d(2025, 6, 30), SubmissionTiming::After, "重要な変更である");
            r.item = "項".repeat(len);
            let v = check(&with_rows(vec![r]));
            let f = v
                .with_code(Code::SignificantChangeFiledAfter)
                .next()
                .unwrap();
            assert!(f.location().contains(&"項".repeat(40)), "{}", f.location());
            assert_eq!(f.location().contains('…'), cut, "{len}: {}", f.location());
        }
    }

    #[test]
    fn ch001_significant_change_filed_after() {
        let r = one_row(d(2025, 6, 30), SubmissionTiming::After, "重要な変更である");
        let v = check(&r);
        let f = v
            .with_code(Code::SignificantChangeFiledAfter)
            .next()
            .unwrap();
        assert_eq!(f.path().to_string(), "changes[0].timing");
        assert_eq!(f.item(), Some(ItemId::FullStorageErasureProcedure));
        assert!(
            f.location().starts_with("（別添3）変更箇所 1行目"),
            "{}",
            f.location()
        );
        let ok = with_rows(vec![
            row(d(2025, 6, 30), SubmissionTiming::Before, "重要な変更である"),
            row(
                d(2025, 6, 30),
                SubmissionTiming::After,
                "重要な変更に当たらない",
            ),
        ]);
        assert!(!codes(&ok).contains(&Code::SignificantChangeFiledAfter));
    }

    #[test]
    fn ch002_change_after_publication() {
        let r = one_row(d(2025, 7, 1), SubmissionTiming::Before, "重要な変更である");
        assert!(codes(&r).contains(&Code::ChangeAfterPublication));
        let r = one_row(d(2025, 6, 30), SubmissionTiming::Before, "重要な変更である");
        assert!(!codes(&r).contains(&Code::ChangeAfterPublication));
    }

    #[test]
    fn ch003_rows_out_of_date_order() {
        let r = with_rows(vec![
            row(d(2020, 4, 1), SubmissionTiming::After, "その他の項目の変更"),
            row(d(2019, 4, 1), SubmissionTiming::After, "その他の項目の変更"),
            row(d(2019, 5, 1), SubmissionTiming::After, "その他の項目の変更"),
            row(d(2021, 4, 1), SubmissionTiming::After, "その他の項目の変更"),
        ]);
        let v = check(&r);
        let rows: Vec<String> = v
            .with_code(Code::ChangesOutOfOrder)
            .map(|f| f.path().to_string())
            .collect();
        assert_eq!(rows, ["changes[1].date", "changes[2].date"]);
        let sorted = with_rows(vec![
            row(d(2019, 4, 1), SubmissionTiming::After, "その他"),
            row(d(2019, 4, 1), SubmissionTiming::After, "その他"),
            row(d(2020, 4, 1), SubmissionTiming::After, "その他"),
        ]);
        assert!(!codes(&sorted).contains(&Code::ChangesOutOfOrder));
    }
}
