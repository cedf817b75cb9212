//! Values of a file the form's structure implies when a PDF text tears them from their item.
//!
//! - **提供・移転の有無 from the blocks**: the form writes a 提供先 or 移転先 block only for a
//!   file that 提供を行っている or 移転を行っている, so a block whose name the import read checks
//!   that box when the item itself was not read (its box `[ ○` printed apart from its label
//!   `] 移転を行っている`). A box is never unchecked so, and 行っていない is never set.
//! - **The counts of 提供・移転の有無**: a torn box line that holds the label and its count,
//!   `] 提供を行っている 1 ） 件` (the `（` went elsewhere), gives that count, when the report has
//!   one file and the body holds that label on one such line only.
//! - **全ての記録項目 by its appendix**: the form's record items are its appendix
//!   ([`ItemId::FileRecordItemList`], 別添1 of 重点, 別添2 of 全項目), and the one cell that
//!   refers to it is Ⅱ2④全ての記録項目 (`別添１を参照。`). A loose line that is only that
//!   reference is the file's 全ての記録項目, when the report has one file whose item is empty and
//!   the body holds one such line.
//!
//! Values decided so are marked inferred.

use super::boxes::Inferred;
use super::text::{Line, LineSet};
use super::{PROVISION_TRANSFER_LABELS, Trace, item_pointer, parenthesized_number};
use crate::import::UnreadReason;
use crate::import::fill::squeeze;
use crate::report::{ItemId, Report};

/// Fills what the structure implies (see the module docs) from the unread lines of `body`; the
/// lines it reads leave `unread`.
pub(super) fn read_implied(
    lines: &[Line],
    body: (usize, usize),
    report: &mut Report,
    trace: &mut Trace,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let loose: Vec<&Line> = {
        let unread_lines: LineSet = unread.iter().map(|&(no, _)| no).collect();
        lines
            .iter()
            .filter(|l| l.no > body.0 && l.no < body.1 && unread_lines.contains(l.no))
            .collect()
    };
    let mut read_lines = LineSet::new();
    // The values go in the trace at once, at the end: what the steps read of the trace, none
    // of them fills (see each).
    let mut inferred = Inferred::default();
    if let [_] = report.files.as_slice() {
        counts_of_torn_boxes(&loose, report, trace, &mut inferred, &mut read_lines);
        record_items_by_appendix(&loose, report, &mut inferred, &mut read_lines);
    }
    status_from_blocks(report, trace, &mut inferred);
    inferred.apply(trace);
    unread.retain(|(no, _)| !read_lines.contains(*no));
}

/// Whether the import traced a value at `p` or under it.
fn traced(trace: &Trace, p: &str) -> bool {
    trace.values.iter().any(|v| {
        v.pointer
            .strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// The lines the import read the name of `block` (`/files/0/transfers/1`) from.
fn name_lines(trace: &Trace, block: &str) -> Option<[usize; 2]> {
    let p = format!("{block}/name");
    trace
        .values
        .iter()
        .find(|v| v.pointer == p)
        .map(|v| v.lines)
}

/// 提供を行っている / 移転を行っている from the named 提供先 / 移転先 blocks of each file whose
/// 提供・移転の有無 was not read (the item itself traced, or a block's name: none of the values
/// in `inferred`).
fn status_from_blocks(report: &mut Report, trace: &Trace, inferred: &mut Inferred) {
    for (f, file) in report.files.iter_mut().enumerate() {
        let status = item_pointer(ItemId::FileProvisionTransfer, &[f]);
        if trace.values.iter().any(|v| v.pointer == status) {
            continue;
        }
        for (kind, field) in [("provisions", "provision"), ("transfers", "transfer")] {
            let blocks = match kind {
                "provisions" => &file.provisions,
                _ => &file.transfers,
            };
            let named = blocks.iter().enumerate().find_map(|(b, d)| {
                d.name
                    .as_deref()
                    .filter(|n| !n.trim().is_empty())
                    .and_then(|_| name_lines(trace, &format!("/files/{f}/{kind}/{b}")))
            });
            let Some(lines) = named else { continue };
            match field {
                "provision" => file.provision_transfer.provision = true,
                _ => file.provision_transfer.transfer = true,
            }
            inferred.push(format!("{status}/{field}"), &lines, &mut LineSet::new());
        }
    }
}

/// The count a torn box line `] 提供を行っている 1 ） 件` gives its label: the number between the
/// label and `）件`, the line holding nothing else but the closing bracket before the label.
fn torn_count(text: &str, label: &str) -> Option<u32> {
    let rest = text.trim_start().strip_prefix([']', '］'])?;
    let rest = rest.trim_start().strip_prefix(label)?;
    let (inner, after) = rest.split_once(['）', ')'])?;
    if squeeze(after) != "件" {
        return None;
    }
    let inner = inner.trim().trim_start_matches(['（', '(']).trim();
    (!inner.is_empty()
        && inner
            .chars()
            .all(|c| crate::label::fold_char(c).is_ascii_digit()))
    .then(|| parenthesized_number(&format!("（{inner}）")))
    .flatten()
}

/// The counts of the one file's 提供・移転の有無 from its torn box lines, while nothing of the
/// item is traced (a count read here is: the other is then not read).
fn counts_of_torn_boxes(
    loose: &[&Line],
    report: &mut Report,
    trace: &Trace,
    inferred: &mut Inferred,
    read_lines: &mut LineSet,
) {
    let status = item_pointer(ItemId::FileProvisionTransfer, &[0]);
    let mut counted = false;
    for (label, field) in PROVISION_TRANSFER_LABELS
        .into_iter()
        .zip(["provision_count", "transfer_count"])
    {
        let p = format!("{status}/{field}");
        if counted || traced(trace, &p) || traced(trace, &status) {
            continue;
        }
        let found: Vec<(usize, u32)> = loose
            .iter()
            .filter_map(|l| Some((l.no, torn_count(&l.text, label)?)))
            .collect();
        let [(no, n)] = found.as_slice() else {
            continue;
        };
        let Some(file) = report.files.first_mut() else {
            return;
        };
        match field {
            "provision_count" => file.provision_transfer.provision_count = Some(*n),
            _ => file.provision_transfer.transfer_count = Some(*n),
        }
        inferred.push(p, &[*no], read_lines);
        counted = true;
    }
}

/// The one file's 全ての記録項目 from a loose line that only refers to the record items'
/// appendix.
fn record_items_by_appendix(
    loose: &[&Line],
    report: &mut Report,
    inferred: &mut Inferred,
    read_lines: &mut LineSet,
) {
    let Some(appendix) = ItemId::FileRecordItemList.number(report.form()) else {
        return;
    };
    let reference = format!("{}を参照", squeeze(appendix));
    let found: Vec<&&Line> = loose
        .iter()
        .filter(|l| l.key().trim_end_matches('。') == reference)
        .collect();
    let ([line], Some(file)) = (found.as_slice(), report.files.first_mut()) else {
        return;
    };
    if file.all_record_items.is_some() {
        return;
    }
    file.all_record_items = Some(line.text.trim().to_owned());
    let p = item_pointer(ItemId::FileAllRecordItems, &[0]);
    inferred.push(p, &[line.no], read_lines);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AssessmentKind;
    use crate::import::{Confidence, TracedValue};
    use crate::report::{Destination, FileBlock};

    use crate::import::boxes::tests::numbered;

    fn one_file() -> Report {
        let mut report = Report::empty(AssessmentKind::Focused);
        report.files.push(FileBlock::default());
        report
    }

    /// One file with a named 移転先, and a trace of the values at `traced` (line 9).
    fn named_transfer(traced: &[&str]) -> (Report, Trace) {
        let mut report = one_file();
        report.files[0].transfers.push(Destination {
            name: Some("架空広域連合".into()),
            ..Destination::default()
        });
        let mut trace = Trace::default();
        trace.values.extend(traced.iter().map(|p| TracedValue {
            rule: std::borrow::Cow::Borrowed("implied"),
            pointer: (*p).into(),
            lines: [9, 9],
            confidence: Confidence::Exact,
        }));
        (report, trace)
    }

    fn all_unread(lines: &[Line]) -> Vec<(usize, UnreadReason)> {
        lines.iter().map(|l| (l.no, UnreadReason::NoItem)).collect()
    }

    #[test]
    fn a_named_block_checks_its_box_and_a_torn_box_line_gives_its_count() {
        let (mut report, mut trace) = named_transfer(&["/files/0/transfers/0/name"]);
        report.files[0].provisions.push(Destination::default());
        let lines = numbered(&[
            "見出し",
            "] 提供を行っている 3 ） 件",
            "] 移転を行っている （",
            "終わり",
        ]);
        let mut unread = all_unread(&lines);
        read_implied(&lines, (1, 4), &mut report, &mut trace, &mut unread);
        let s = &report.files[0].provision_transfer;
        // The unnamed 提供先 block checks nothing; no box is unchecked, 行っていない untouched.
        assert!(s.transfer && !s.provision && !s.neither);
        assert_eq!((s.provision_count, s.transfer_count), (Some(3), None));
        let p = |p: &str| {
            trace
                .values
                .iter()
                .find(|v| v.pointer == p)
                .map(|v| (v.lines, v.confidence))
        };
        assert_eq!(
            p("/files/0/provision_transfer/transfer"),
            Some(([9, 9], Confidence::Inferred))
        );
        assert_eq!(
            p("/files/0/provision_transfer/provision_count"),
            Some(([2, 2], Confidence::Inferred))
        );
        assert!(unread.iter().all(|&(no, _)| no != 2));
    }

    #[test]
    fn a_read_status_is_kept() {
        let (mut report, mut trace) =
            named_transfer(&["/files/0/transfers/0/name", "/files/0/provision_transfer"]);
        let lines = numbered(&["見出し", "] 提供を行っている 3 ） 件", "終わり"]);
        let mut unread = all_unread(&lines);
        read_implied(&lines, (1, 3), &mut report, &mut trace, &mut unread);
        let s = &report.files[0].provision_transfer;
        assert!(!s.transfer && s.provision_count.is_none());
    }

    #[test]
    fn torn_counts_are_a_number_before_the_closing_parenthesis_and_ken() {
        assert_eq!(
            torn_count("] 提供を行っている 12 ） 件", "提供を行っている"),
            Some(12)
        );
        assert_eq!(
            torn_count("］ 移転を行っている （ ３ ）件", "移転を行っている"),
            Some(3)
        );
        assert_eq!(
            torn_count("] 移転を行っている （", "移転を行っている"),
            None
        );
        assert_eq!(
            torn_count("] 提供を行っている 1 ） 件", "移転を行っている"),
            None
        );
        assert_eq!(
            torn_count("提供を行っている 1 ） 件", "提供を行っている"),
            None
        );
        assert_eq!(
            torn_count("] 提供を行っている 約1 ） 件", "提供を行っている"),
            None
        );
    }

    #[test]
    fn the_reference_to_the_record_items_appendix_is_the_files_all_record_items() {
        // 重点: the record items are 別添1.
        let lines = numbered(&["見出し", "別添１を参照。", "終わり"]);
        let mut report = one_file();
        let mut trace = Trace::default();
        let mut unread = all_unread(&lines);
        read_implied(&lines, (1, 3), &mut report, &mut trace, &mut unread);
        assert_eq!(
            report.files[0].all_record_items.as_deref(),
            Some("別添１を参照。")
        );
        assert_eq!(trace.values[0].pointer, "/files/0/all_record_items");
        assert_eq!(trace.values[0].confidence, Confidence::Inferred);
        // Another appendix, two such lines, or two files: nothing.
        for (texts, files) in [
            (&["見出し", "別添２を参照。", "終わり"][..], 1),
            (
                &["見出し", "別添1を参照", "別添１を参照。", "終わり"][..],
                1,
            ),
            (&["見出し", "別添１を参照。", "終わり"][..], 2),
        ] {
            let lines = numbered(texts);
            let mut report = one_file();
            if files == 2 {
                report.files.push(FileBlock::default());
            }
            let mut unread = all_unread(&lines);
            read_implied(
                &lines,
                (1, texts.len()),
                &mut report,
                &mut Trace::default(),
                &mut unread,
            );
            assert!(report.files[0].all_record_items.is_none(), "{texts:?}");
        }
    }
}
