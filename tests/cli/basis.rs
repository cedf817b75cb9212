//! `pia basis <text> [--json]`, run as the built `pia` binary.

use super::{run, stderr, stdout};

#[test]
fn prints_one_canonical_citation_per_line() {
    let o = run(
        "basis",
        &[
            "条例第4条第3項による番号利用法第19条第８号に基づく主務省令第２条の表の１３、１６、１９、１４５の項",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "条例第4条第3項による番号法第19条第8号に基づく主務省令第2条の表第13項\n\
         条例第4条第3項による番号法第19条第8号に基づく主務省令第2条の表第16項\n\
         条例第4条第3項による番号法第19条第8号に基づく主務省令第2条の表第19項\n\
         条例第4条第3項による番号法第19条第8号に基づく主務省令第2条の表第145項\n"
    );
    assert_eq!(stderr(&o), "");
}

#[test]
fn joins_the_words_of_the_text_and_flags_unparsed_parts() {
    let o = run("basis", &["国民健康保険法", "第113条の3", "第1項及び第2項"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        "国民健康保険法第113条の3第1項\n国民健康保険法第113条の3第2項\n"
    );
    let o = run(
        "basis",
        &[
            "住民基本台帳法第30条の9",
            "別表第1項番73の2(J-LIS照会による本人確認)",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "住民基本台帳法第30条の9\n住民基本台帳法別表第一第73の2項\n? (J-LIS照会による本人確認)\n"
    );
    let o = run("basis", &["—"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "? —\n");
}

#[test]
fn a_row_and_article_pair_prints_the_row_then_the_article() {
    let o = run(
        "basis",
        &[
            "番号法第19条第8号に基づく主務省令第2条の表の項番\n2項　第4条　、　145項　第147条\n（※注）",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "番号法第19条第8号に基づく主務省令第2条の表\n\
         番号法第19条第8号に基づく主務省令第2条の表第2項\n\
         番号法第19条第8号に基づく主務省令第4条\n\
         番号法第19条第8号に基づく主務省令第2条の表第145項\n\
         番号法第19条第8号に基づく主務省令第147条\n\
         ? （※注）\n"
    );
    let o = run(
        "basis",
        &[
            "--json",
            "番号法第19条第8号に基づく主務省令第2条の表の項番\n3項　第6条",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["citations"][1]["citation"]["provision"]["number"], 6);
    assert_eq!(v["row_article_mismatches"][0]["row"], 3);
    assert_eq!(v["row_article_mismatches"][0]["expected_article"], 5);
}

#[test]
fn headings_and_column_conditions_have_lines_of_their_own() {
    // 松戸市's 情報連携 basis: two headings, a condition on 別表第二's 第一欄 and 第二欄.
    let o = run(
        "basis",
        &[
            "（1）情報提供の根拠\n　なし（情報提供は行わない。）\n(2) 情報照会の根拠\n ①番号法第19条第7号、別表第二第一欄が「市町村長」であって第二欄に「高齢者の医療の確保に関する法律」を含む項のうち本事務に該当するもの（82の項)",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "番号法第19条第7号\n番号法別表第二\n番号法別表第二第82項\n\
         見出し: 情報提供の根拠\n見出し: 情報照会の根拠\n\
         欄の条件: 第1欄「市町村長」 第2欄「高齢者の医療の確保に関する法律」\n\
         ? なし（情報提供は行わない。）\n"
    );
    let o = run(
        "basis",
        &["--json", "【住民基本台帳情報】 ・住民基本台帳法第7条"],
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["headings"][0]["title"], "住民基本台帳情報");
    assert_eq!(v["headings"][0]["kind"], "other");
    assert_eq!(v["column_conditions"], serde_json::json!([]));
}

#[test]
fn a_citation_not_enacted_yet_says_so_on_its_line() {
    // 松戸市's 情報照会の根拠: the order is cited, then 「①に係る事項については未制定」.
    let o = run(
        "basis",
        &[
            "①番号法第19条第7号\n②行政手続における特定の個人を識別するための番号の利用等に関する法律別表第二の主務省令\nで定める事務及び情報を定める命令（平成26年12月12日内閣府・総務省令第７号）\n　①に係る事項については未制定",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "番号法第19条第7号\n番号法別表第二の主務省令（未制定）\n"
    );
    let o = run(
        "basis",
        &[
            "--json",
            "番号法別表第二の主務省令　①に係る事項については未制定",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["citations"][0]["citation"]["not_enacted"], true);
    assert_eq!(
        v["citations"][0]["canonical"],
        "番号法別表第二の主務省令（未制定）"
    );
    assert_eq!(v["unparsed"], serde_json::json!([]));
}

#[test]
fn json_prints_the_structure() {
    for args in [
        ["--json", "番号法第19条第8号 別表第二の109の項"],
        ["番号法第19条第8号 別表第二の109の項", "--json"],
    ] {
        let o = run("basis", &args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
        assert_eq!(v["text"], "番号法第19条第8号 別表第二の109の項");
        assert_eq!(v["cites_article_19_8"], true);
        let c = &v["citations"];
        assert_eq!(c[0]["canonical"], "番号法第19条第8号");
        assert_eq!(c[0]["citation"]["kind"], "条");
        assert_eq!(c[0]["citation"]["instrument"], "番号法");
        assert_eq!(c[0]["citation"]["article"]["number"], 19);
        assert_eq!(c[0]["citation"]["article"]["item"]["number"], 8);
        assert_eq!(c[1]["canonical"], "番号法別表第二第109項");
        assert_eq!(c[1]["citation"]["kind"], "表の項");
        assert_eq!(c[1]["citation"]["table"], "番号法別表第二");
        assert_eq!(c[1]["pre_2024"], true);
        assert_eq!(
            c[1]["current_equivalent"],
            "番号法第19条第8号に基づく主務省令第2条の表第145項"
        );
        assert_eq!(v["unparsed"], serde_json::json!([]));
    }
}

#[test]
fn empty_text_is_a_usage_error() {
    for args in [&[][..], &[""], &["　", " "], &["--json"]] {
        let o = run("basis", args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&o), "", "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains("空"), "{err}");
    }
}

#[test]
fn an_unknown_option_is_a_usage_error() {
    let o = run("basis", &["--yaml", "番号法第9条"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    assert_eq!(stderr(&o).lines().count(), 1);
}
