//! What the importer does that mutation testing (docs/mutation-testing.md) found no test of
//! among the tests it runs for `src/import`: each test here fails on a mutant that those tests
//! let pass, named beside it. Through the public API only (the files they read are being
//! changed elsewhere).

use mynumber_pia::import::{Confidence, Draft, UnreadReason, import};

/// An invented 重点項目評価書 text of one file whose 提供先 series has two blocks, as a PDF text
/// prints them: each block's first row of ⑥提供方法 (`row_1` for block 1) under its ⑥, the other
/// rows away from it, torn from their labels: block 1's (`rest_1`) after block 2's ①, block 2's
/// after its ⑦ (the series of `src/import/series.rs`' unit test `method_rows_go_to_the_blocks_in_order`).
fn two_provisions(row_1: &str, rest_1: &str) -> Draft {
    two_provisions_with(row_1, rest_1, "")
}

/// [`two_provisions`] with `after_basis_1` (lines, each ending with `\n`) after block 1's
/// ①法令上の根拠.
fn two_provisions_with(row_1: &str, rest_1: &str, after_basis_1: &str) -> Draft {
    let text = format!(
        "特定個人情報保護評価書（重点項目評価書）\n\nⅠ　基本情報\n\n\
         Ⅱ　特定個人情報ファイルの概要\n\n １．特定個人情報ファイル名\n架空ファイル\n\n \
         ５．特定個人情報の提供・移転（委託に伴うものを除く。）\n\n \
         提供先1 架空協会\n\n ①法令上の根拠 架空法第1条\n{after_basis_1}\n ⑥提供方法\n\n{row_1}\n\n \
         ⑦時期・頻度 随時\n\n \
         提供先2 架空組合\n\n ①法令上の根拠 架空法第2条\n\n{rest_1}\
         ⑥提供方法\n\n[ ] 情報提供ネットワークシステム [ ] 専用線\n\n ⑦時期・頻度 月次\n\n\
         ] 紙\n\n[ ] その他 （ ）\n\n\
         ] 電子メール [ ] 電子記録媒体（フラッシュメモリを除く。）\n\n[ ] フラッシュメモリ [ ○\n\n\
         ６．特定個人情報の保管・消去\n\n ①保管場所 架空の庁舎\n\n"
    );
    import(&text).expect("the invented text imports")
}

/// Each 提供先's checked methods (sorted) and its その他 text.
fn methods(draft: &Draft) -> Vec<(Vec<&str>, Option<&str>)> {
    draft.report.files[0]
        .provisions
        .iter()
        .map(|p| {
            let mut checked: Vec<&str> = p.methods.checked.iter().map(|m| m.label()).collect();
            checked.sort_unstable();
            (checked, p.methods.other.as_deref())
        })
        .collect()
}

/// Block 1's first row holds a checked その他 with its text, which the walk reads; its other
/// rows are torn.
fn block_1_with_its_other_text_in_its_first_row() -> Draft {
    two_provisions(
        "[ ○ ] 情報提供ネットワークシステム [ ] 専用線 [ ○ ] その他 （ 架空DB ）",
        "] 紙\n\n] 電子メール [ ] 電子記録媒体（フラッシュメモリを除く。）\n\n[ ] フラッシュメモリ [\n\n",
    )
}

/// A first row that the walk read, a checked その他 and its text included, agrees with the
/// series' reading of the same block (the その他 text compared as well), so the series reads
/// the torn block after it (mutant: the guard that takes the series' その他 text replaced by
/// `false`, which leaves the whole series unread).
#[test]
fn a_block_read_whole_with_its_other_text_agrees_with_the_series() {
    let draft = block_1_with_its_other_text_in_its_first_row();
    assert_eq!(
        methods(&draft),
        [
            (
                vec!["その他", "情報提供ネットワークシステム"],
                Some("架空DB")
            ),
            (vec!["紙"], None),
        ],
        "{:?}",
        draft.trace.unread
    );
}

/// `Draft::summary`, the line `pia import` prints, counts the values read, those inferred, the
/// unread lines (every line of each unread span, both ends included) and the warnings
/// (mutants: the summary replaced by an empty text; `+ 1` → `- 1` in the count of a span).
#[test]
fn the_summary_counts_values_inferred_values_unread_lines_and_warnings() {
    let draft = block_1_with_its_other_text_in_its_first_row();
    let inferred = draft
        .trace
        .values
        .iter()
        .filter(|v| v.confidence == Confidence::Inferred)
        .count();
    let unread: usize = draft
        .trace
        .unread
        .iter()
        .map(|u| u.lines[1] - u.lines[0] + 1)
        .sum();
    assert!(inferred > 0 && unread > 0, "{:?}", draft.trace);
    assert_eq!(
        draft.summary(),
        format!(
            "重点項目評価書（{}）: 読み取った値 {}（うち推定 {inferred}）、読めなかった行 {unread}、警告 {}",
            draft.shape,
            draft.trace.values.len(),
            draft.warnings.len()
        )
    );
}

/// A checked その他 whose brackets are empty in block 1's first row: the walk's reading and the
/// series' agree (neither has an その他 text), so block 1 keeps the walk's exact reading
/// (mutant: `&&` → `||` in the guard that takes the series' その他 text, which takes the empty
/// text of a checked box and so disagrees with the walk).
#[test]
fn an_empty_other_text_is_no_disagreement() {
    let draft = two_provisions(
        "[ ○ ] 情報提供ネットワークシステム [ ] 専用線 [ ○ ] その他 （ ）",
        "] 紙\n\n] 電子メール [ ] 電子記録媒体（フラッシュメモリを除く。）\n\n[ ] フラッシュメモリ [\n\n",
    );
    let traced: Vec<(&str, Confidence)> = draft
        .trace
        .values
        .iter()
        .filter(|v| v.pointer.ends_with("/methods"))
        .map(|v| (v.pointer.as_str(), v.confidence))
        .collect();
    assert_eq!(
        (methods(&draft), traced),
        (
            vec![
                (vec!["その他", "情報提供ネットワークシステム"], None),
                (vec!["紙"], None)
            ],
            vec![
                ("/files/0/provisions/0/methods", Confidence::Exact),
                ("/files/0/provisions/1/methods", Confidence::Inferred),
            ]
        )
    );
}

/// The confidence of each 提供先's ⑥提供方法 in the trace, in the order of the blocks.
fn method_confidences(draft: &Draft) -> Vec<(&str, Confidence)> {
    draft
        .trace
        .values
        .iter()
        .filter(|v| v.pointer.ends_with("/methods"))
        .map(|v| (v.pointer.as_str(), v.confidence))
        .collect()
}

/// A line of block 1 that starts with the block word and a number, then a closing bracket
/// (`提供先2）…`) or a bracket anywhere (`提供先2 [架空] …`), is no block heading: the ⑥ series
/// still has its two headings, numbered 1 and 2, and reads block 2's torn rows (mutant: `||` →
/// `&&` in `block_heading_number`'s `boxed`, which takes either line for a second heading
/// 提供先2, so the series' heading numbers are no longer 1 to 2 and nothing of it is read).
#[test]
fn a_block_word_before_a_bracket_is_no_block_heading() {
    for line in ["提供先2）の架空の定め", "提供先2 [架空] の定め"] {
        let draft = two_provisions_with(
            "[ ○ ] 情報提供ネットワークシステム [ ] 専用線 [ ○ ] その他 （ 架空DB ）",
            "] 紙\n\n] 電子メール [ ] 電子記録媒体（フラッシュメモリを除く。）\n\n[ ] フラッシュメモリ [\n\n",
            &format!("{line}\n"),
        );
        assert_eq!(
            (methods(&draft), method_confidences(&draft)),
            (
                vec![
                    (
                        vec!["その他", "情報提供ネットワークシステム"],
                        Some("架空DB")
                    ),
                    (vec!["紙"], None),
                ],
                vec![
                    ("/files/0/provisions/0/methods", Confidence::Exact),
                    ("/files/0/provisions/1/methods", Confidence::Inferred),
                ]
            ),
            "{line}: {:?}",
            draft.trace.unread
        );
    }
}

/// A 提供先 series of one block is not read by the series pass: the rows printed after its ⑦,
/// torn from their boxes, cannot be told from another block's, so they stay unread (IU005) and
/// the block keeps the walk's reading of its first row (mutant: `||` → `&&` in `read_series`'
/// guard `n < 2 || numbers != (1..=n)`, which reads a series of one block and checks 紙).
#[test]
fn a_series_of_one_block_is_not_read() {
    let text = "特定個人情報保護評価書（重点項目評価書）\n\nⅠ　基本情報\n\n\
         Ⅱ　特定個人情報ファイルの概要\n\n １．特定個人情報ファイル名\n架空ファイル\n\n \
         ５．特定個人情報の提供・移転（委託に伴うものを除く。）\n\n \
         提供先1 架空協会\n\n ①法令上の根拠 架空法第1条\n\n ⑥提供方法\n\n\
         [ ] 情報提供ネットワークシステム [ ] 専用線\n\n ⑦時期・頻度 随時\n\n\
         ] 紙\n\n[ ] その他 （ ）\n\n\
         ] 電子メール [ ] 電子記録媒体（フラッシュメモリを除く。）\n\n[ ] フラッシュメモリ [ ○\n\n\
         ６．特定個人情報の保管・消去\n\n ①保管場所 架空の庁舎\n\n";
    let draft = import(text).expect("the invented text imports");
    let torn: Vec<[usize; 2]> = draft
        .trace
        .unread
        .iter()
        .filter(|u| u.reason == UnreadReason::UnalignedMarks)
        .map(|u| u.lines)
        .collect();
    assert_eq!(
        (methods(&draft), method_confidences(&draft), torn),
        (
            vec![(vec![], None)],
            vec![("/files/0/provisions/0/methods", Confidence::Exact)],
            vec![[22, 22], [24, 24], [26, 26], [28, 28]]
        ),
        "{:?}",
        draft.trace
    );
}
