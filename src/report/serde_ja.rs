//! serde's and serde_json's English error messages in Japanese, so that a [`LoadError`](super::LoadError) reads in one language: `invalid type: integer `3`, expected a string`
//! becomes `整数 3 は使えません（文字列が必要です）`.
//!
//! The wording of serde (`serde::de::Error`'s provided constructors: invalid type, value and
//! length, unknown variant and field, missing and duplicate field) and of serde_json's syntax
//! errors is stable; a message this module does not know (a crate's own, already Japanese) is
//! returned as it is.

/// `message` (serde's or serde_json's, without its position) in Japanese.
pub(crate) fn japanese(message: &str) -> String {
    if let Some(fixed) = syntax(message) {
        return fixed.to_owned();
    }
    // The text after `prefix`, cut at the first `separator`; the text between `prefix` and a
    // closing backtick at the end.
    let split = |prefix: &str, separator: &str| message.strip_prefix(prefix)?.split_once(separator);
    let quoted = |prefix: &str| message.strip_prefix(prefix)?.strip_suffix('`');
    if let Some((unexpected, expected)) = split("invalid type: ", ", expected ") {
        let (unexpected, expected) = (unexpected_ja(unexpected), expected_ja(expected));
        return format!("{unexpected}は使えません（{expected}が必要です）");
    }
    if let Some((unexpected, expected)) = split("invalid value: ", ", expected ") {
        let (unexpected, expected) = (unexpected_ja(unexpected), expected_ja(expected));
        return format!("{unexpected}は正しい値ではありません（{expected}が必要です）");
    }
    if let Some((len, expected)) = split("invalid length ", ", expected ") {
        let expected = expected_ja(expected);
        return format!("要素の数 {len} が正しくありません（{expected}が必要です）");
    }
    if let Some((field, expected)) = split("unknown field `", "`, ") {
        let expected = choices(expected, "使えるフィールド");
        return format!("不明なフィールド「{field}」（{expected}）");
    }
    if let Some((variant, expected)) = split("unknown variant `", "`, ") {
        let expected = choices(expected, "受け付ける値");
        return format!("不明な値「{variant}」（{expected}）");
    }
    if let Some(field) = quoted("missing field `") {
        return format!("必須のフィールド「{field}」がありません");
    }
    if let Some(field) = quoted("duplicate field `") {
        return format!("フィールド「{field}」が2回あります");
    }
    message.to_owned()
}

/// serde_json's syntax and end-of-input messages.
fn syntax(message: &str) -> Option<&'static str> {
    Some(match message {
        "expected value" => "値がありません",
        "expected ident" => "true / false / null のつづりが正しくありません",
        "expected `:`" => "「:」がありません",
        "expected `,` or `]`" => "「,」か「]」がありません",
        "expected `,` or `}`" => "「,」か「}」がありません",
        "expected `\"`" => "「\"」がありません",
        "EOF while parsing a list" => "配列の途中で終わっています",
        "EOF while parsing an object" => "オブジェクトの途中で終わっています",
        "EOF while parsing a string" => "文字列の途中で終わっています",
        "EOF while parsing a value" => "値の途中で終わっています",
        "trailing characters" => "JSON の後に余分な文字があります",
        "trailing comma" => "末尾に余分な「,」があります",
        "key must be a string" => "キーは文字列でなければなりません",
        "invalid escape" => "エスケープが正しくありません",
        "invalid number" => "数が正しくありません",
        "number out of range" => "数が範囲を超えています",
        "invalid unicode code point" => "Unicode の符号位置が正しくありません",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "文字列の中に制御文字（U+0000〜U+001F）があります（\\n などのエスケープで書きます）"
        }
        "lone leading surrogate in hex escape" => "\\u エスケープのサロゲートが対になっていません",
        "unexpected end of hex escape" => "\\u エスケープが途中で終わっています",
        "recursion limit exceeded" => "入れ子が深すぎます",
        "invalid type: null, expected a string" => "null は使えません（文字列が必要です）",
        _ => return None,
    })
}

/// serde's `Unexpected` (what the JSON held).
fn unexpected_ja(text: &str) -> String {
    const KINDS: [(&str, &str); 5] = [
        ("boolean ", "真偽値"),
        ("integer ", "整数"),
        ("floating point ", "小数"),
        ("character ", "文字"),
        ("string ", "文字列"),
    ];
    for (en, ja) in KINDS {
        if let Some(rest) = text.strip_prefix(en) {
            let value = rest.strip_prefix('`').and_then(|v| v.strip_suffix('`'));
            let value = value.or_else(|| rest.strip_prefix('"').and_then(|v| v.strip_suffix('"')));
            return match value {
                Some(v) => format!("{ja}「{v}」"),
                None => format!("{ja} {rest}"),
            };
        }
    }
    match text {
        "null" | "unit value" => "null".to_owned(),
        "sequence" => "配列".to_owned(),
        "map" => "オブジェクト".to_owned(),
        "byte array" => "バイト列".to_owned(),
        "Option value" => "値".to_owned(),
        "newtype struct" | "enum" | "unit variant" | "newtype variant" | "tuple variant"
        | "struct variant" => "列挙値".to_owned(),
        other => other.to_owned(),
    }
}

/// serde's `Expected` (what the type wanted).
fn expected_ja(text: &str) -> String {
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| text.starts_with(p));
    let fixed = match text {
        "a string" | "a borrowed string" | "a char" | "a character" => "文字列",
        "a boolean" => "真偽値（true / false）",
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "0 以上の整数",
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "an integer" => "整数",
        "f32" | "f64" | "a number" => "数",
        "a sequence" | "a list" => "配列",
        "a map" => "オブジェクト",
        "unit" => "null",
        "option" => "値か null",
        "a formatted date string" | "a date" => "日付の文字列（YYYY-MM-DD）",
        _ if starts(&["struct ", "a struct"]) => "オブジェクト",
        _ if starts(&["enum ", "variant identifier"]) => "決められた値の文字列",
        _ if starts(&["field identifier"]) => "フィールド名",
        _ => "",
    };
    if !fixed.is_empty() {
        return fixed.to_owned();
    }
    if let Some(n) = text
        .strip_prefix("a tuple of size ")
        .or_else(|| text.strip_prefix("tuple of "))
    {
        return format!("要素 {} の配列", n.trim_end_matches(" elements"));
    }
    text.to_owned()
}

/// `expected one of `a`, `b`` as `{what}: a / b`; `there are no fields` (or variants) as
/// `{what}なし`.
fn choices(expected: &str, what: &str) -> String {
    if let Some(list) = expected.strip_prefix("expected one of ") {
        let names: Vec<&str> = list.split(", ").map(|n| n.trim_matches('`')).collect();
        return format!("{what}: {}", names.join(" / "));
    }
    if let Some(one) = expected.strip_prefix("expected ") {
        return format!("{what}: {}", one.trim_matches('`'));
    }
    format!("{what}なし")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_wording_becomes_japanese() {
        for (en, ja) in [
            (
                "invalid type: integer `3`, expected a string",
                "整数「3」は使えません（文字列が必要です）",
            ),
            (
                "invalid type: string \"x\", expected u32",
                "文字列「x」は使えません（0 以上の整数が必要です）",
            ),
            (
                "unknown field `numbr`, expected one of `title`, `number`",
                "不明なフィールド「numbr」（使えるフィールド: title / number）",
            ),
            (
                "unknown field `x`, there are no fields",
                "不明なフィールド「x」（使えるフィールドなし）",
            ),
            (
                "missing field `form`",
                "必須のフィールド「form」がありません",
            ),
            ("trailing characters", "JSON の後に余分な文字があります"),
            (
                "EOF while parsing an object",
                "オブジェクトの途中で終わっています",
            ),
            ("「x」は選択肢ではありません", "「x」は選択肢ではありません"),
        ] {
            assert_eq!(japanese(en), ja, "{en}");
        }
    }

    /// What a type wanted, named by a word or by the start of serde's words.
    #[test]
    fn expected_words_become_japanese() {
        for (en, ja) in [
            ("u32", "0 以上の整数"),
            ("struct Cover", "オブジェクト"),
            ("a struct", "オブジェクト"),
            ("enum Fee", "決められた値の文字列"),
            ("variant identifier", "決められた値の文字列"),
            ("field identifier", "フィールド名"),
            ("a tuple of size 2", "要素 2 の配列"),
            ("tuple of 3 elements", "要素 3 の配列"),
            ("評価書の項目名", "評価書の項目名"),
        ] {
            assert_eq!(expected_ja(en), ja, "{en}");
        }
    }

    /// Every error a load can give reads without serde's English words.
    #[test]
    fn load_errors_are_japanese() {
        for text in [
            "{",
            "[",
            "{\"a\" 1}",
            "{} x",
            "{\"schema_version\": 2, \"form\": \"全項目評価\", \"cover\": {\"title\": 3}}",
            "{\"schema_version\": 2, \"form\": \"全項目評価\", \"cover\": {\"numbr\": \"3\"}}",
            "{\"schema_version\": 2, \"form\": \"全項目評価\", \"systems\": {}}",
            "{\"schema_version\": 2, \"form\": \"全項目評価\", \"cover\": {\"published_on\": 5}}",
            "{\"schema_version\": 2, \"form\": \"全項目評価\", \"files\": [{\"entrustment_count\": \"x\"}]}",
            "{\"schema_version\": 2}",
            "{\"schema_version\": 2, \"form\": \"全項目評価\", \"cover\": {\"title\": \"\\q\"}}",
            "{\"schema_version\": 2, \"form\": \"全項目評価\", \"cover\": null}",
        ] {
            let err = crate::report::Report::from_json(text)
                .unwrap_err()
                .to_string();
            for word in [
                "expected", "invalid", "unknown", "missing", "EOF", "trailing",
            ] {
                assert!(!err.contains(word), "{text}: {err}");
            }
        }
    }
}
