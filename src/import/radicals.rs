//! Radicals written for the ideographs they look like, mapped back.
//!
//! A font may draw a radical and its ideograph (⼈ and 人) with one glyph; a PDF that maps that
//! glyph to the radical's code point gives the radical where the page shows the ideograph, and
//! a text copied or extracted from such a PDF keeps it, and neither a label nor a value of the
//! form is read where one stands (`⼈` for 人, `架空市⻑` for 架空市長). No 評価書 writes a radical
//! as a character of its own, so the import reads each as its unified ideograph, counts them
//! and says how many ([`Warning::VariantCharacters`](super::Warning::VariantCharacters),
//! `IW008`): [`import`](super::import) of a text, and `read_pdf` (feature `pdf`), which maps
//! the compatibility ideographs too (its module's docs have the table of what is mapped and
//! which readers give it).
//!
//! **Takes in** a text or a character. **Gives out** the unified ideograph of each radical of
//! the Kangxi Radicals block (U+2F00–U+2FD5, [`KANGXI_RADICALS`]: NFKC's mapping written out)
//! and of the CJK Radicals Supplement (U+2E81–U+2EF3, [`RADICALS_SUPPLEMENT`]: Unicode's
//! `EquivalentUnifiedIdeograph.txt`). **Refuses** (leaves as it is) every other character, and
//! the two of the supplement that have no equivalent (U+2E80, U+2E9A).

use std::borrow::Cow;

/// The unified ideographs of the Kangxi Radicals block, U+2F00 (⼀) to U+2FD5 (⿕), in order:
/// each radical's compatibility mapping (NFKC), so that a text is read without the
/// normalisation tables (a unit test compares them).
const KANGXI_RADICALS: [char; 214] = [
    '一', '丨', '丶', '丿', '乙', '亅', '二', '亠', '人', '儿', '入', '八', '冂', '冖', '冫', '几',
    '凵', '刀', '力', '勹', '匕', '匚', '匸', '十', '卜', '卩', '厂', '厶', '又', '口', '囗', '土',
    '士', '夂', '夊', '夕', '大', '女', '子', '宀', '寸', '小', '尢', '尸', '屮', '山', '巛', '工',
    '己', '巾', '干', '幺', '广', '廴', '廾', '弋', '弓', '彐', '彡', '彳', '心', '戈', '戶', '手',
    '支', '攴', '文', '斗', '斤', '方', '无', '日', '曰', '月', '木', '欠', '止', '歹', '殳', '毋',
    '比', '毛', '氏', '气', '水', '火', '爪', '父', '爻', '爿', '片', '牙', '牛', '犬', '玄', '玉',
    '瓜', '瓦', '甘', '生', '用', '田', '疋', '疒', '癶', '白', '皮', '皿', '目', '矛', '矢', '石',
    '示', '禸', '禾', '穴', '立', '竹', '米', '糸', '缶', '网', '羊', '羽', '老', '而', '耒', '耳',
    '聿', '肉', '臣', '自', '至', '臼', '舌', '舛', '舟', '艮', '色', '艸', '虍', '虫', '血', '行',
    '衣', '襾', '見', '角', '言', '谷', '豆', '豕', '豸', '貝', '赤', '走', '足', '身', '車', '辛',
    '辰', '辵', '邑', '酉', '釆', '里', '金', '長', '門', '阜', '隶', '隹', '雨', '靑', '非', '面',
    '革', '韋', '韭', '音', '頁', '風', '飛', '食', '首', '香', '馬', '骨', '高', '髟', '鬥', '鬯',
    '鬲', '鬼', '魚', '鳥', '鹵', '鹿', '麥', '麻', '黃', '黍', '黑', '黹', '黽', '鼎', '鼓', '鼠',
    '鼻', '齊', '齒', '龍', '龜', '龠',
];

/// Characters of the CJK Radicals Supplement block and their equivalent unified ideographs
/// (Unicode's `EquivalentUnifiedIdeograph.txt`, U+2E81–U+2EF3; U+2E80 and U+2E9A have none). NFKC
/// leaves these alone (only U+2E9F and U+2EF3 have a compatibility mapping).
const RADICALS_SUPPLEMENT: [(char, char); 114] = [
    ('\u{2E81}', '厂'),
    ('\u{2E82}', '乛'),
    ('\u{2E83}', '乚'),
    ('\u{2E84}', '乙'),
    ('\u{2E85}', '亻'),
    ('\u{2E86}', '冂'),
    ('\u{2E87}', '𠘨'),
    ('\u{2E88}', '刀'),
    ('\u{2E89}', '刂'),
    ('\u{2E8A}', '卜'),
    ('\u{2E8B}', '㔾'),
    ('\u{2E8C}', '小'),
    ('\u{2E8D}', '小'),
    ('\u{2E8E}', '兀'),
    ('\u{2E8F}', '尣'),
    ('\u{2E90}', '尢'),
    ('\u{2E91}', '𡯂'),
    ('\u{2E92}', '巳'),
    ('\u{2E93}', '幺'),
    ('\u{2E94}', '彑'),
    ('\u{2E95}', '𫜹'),
    ('\u{2E96}', '忄'),
    ('\u{2E97}', '心'),
    ('\u{2E98}', '扌'),
    ('\u{2E99}', '攵'),
    ('\u{2E9B}', '旡'),
    ('\u{2E9C}', '日'),
    ('\u{2E9D}', '月'),
    ('\u{2E9E}', '歺'),
    ('\u{2E9F}', '母'),
    ('\u{2EA0}', '民'),
    ('\u{2EA1}', '氵'),
    ('\u{2EA2}', '氺'),
    ('\u{2EA3}', '灬'),
    ('\u{2EA4}', '爫'),
    ('\u{2EA5}', '爫'),
    ('\u{2EA6}', '丬'),
    ('\u{2EA7}', '牛'),
    ('\u{2EA8}', '犭'),
    ('\u{2EA9}', '王'),
    ('\u{2EAA}', '𤴔'),
    ('\u{2EAB}', '目'),
    ('\u{2EAC}', '示'),
    ('\u{2EAD}', '礻'),
    ('\u{2EAE}', '𥫗'),
    ('\u{2EAF}', '糹'),
    ('\u{2EB0}', '纟'),
    ('\u{2EB1}', '罓'),
    ('\u{2EB2}', '罒'),
    ('\u{2EB3}', '㓁'),
    ('\u{2EB4}', '冗'),
    ('\u{2EB5}', '𦉫'),
    ('\u{2EB6}', '羊'),
    ('\u{2EB7}', '𦍌'),
    ('\u{2EB8}', '𦍋'),
    ('\u{2EB9}', '耂'),
    ('\u{2EBA}', '肀'),
    ('\u{2EBB}', '聿'),
    ('\u{2EBC}', '肉'),
    ('\u{2EBD}', '𦥑'),
    ('\u{2EBE}', '艹'),
    ('\u{2EBF}', '艹'),
    ('\u{2EC0}', '艹'),
    ('\u{2EC1}', '虎'),
    ('\u{2EC2}', '衤'),
    ('\u{2EC3}', '覀'),
    ('\u{2EC4}', '西'),
    ('\u{2EC5}', '见'),
    ('\u{2EC6}', '角'),
    ('\u{2EC7}', '𧢲'),
    ('\u{2EC8}', '讠'),
    ('\u{2EC9}', '贝'),
    ('\u{2ECA}', '𧾷'),
    ('\u{2ECB}', '车'),
    ('\u{2ECC}', '辶'),
    ('\u{2ECD}', '辶'),
    ('\u{2ECE}', '辶'),
    ('\u{2ECF}', '邑'),
    ('\u{2ED0}', '钅'),
    ('\u{2ED1}', '長'),
    ('\u{2ED2}', '镸'),
    ('\u{2ED3}', '长'),
    ('\u{2ED4}', '门'),
    ('\u{2ED5}', '𨸏'),
    ('\u{2ED6}', '阝'),
    ('\u{2ED7}', '雨'),
    ('\u{2ED8}', '青'),
    ('\u{2ED9}', '韦'),
    ('\u{2EDA}', '页'),
    ('\u{2EDB}', '风'),
    ('\u{2EDC}', '飞'),
    ('\u{2EDD}', '食'),
    ('\u{2EDE}', '𩙿'),
    ('\u{2EDF}', '飠'),
    ('\u{2EE0}', '饣'),
    ('\u{2EE1}', '𩠐'),
    ('\u{2EE2}', '马'),
    ('\u{2EE3}', '骨'),
    ('\u{2EE4}', '鬼'),
    ('\u{2EE5}', '鱼'),
    ('\u{2EE6}', '鸟'),
    ('\u{2EE7}', '卤'),
    ('\u{2EE8}', '麦'),
    ('\u{2EE9}', '黄'),
    ('\u{2EEA}', '黾'),
    ('\u{2EEB}', '斉'),
    ('\u{2EEC}', '齐'),
    ('\u{2EED}', '歯'),
    ('\u{2EEE}', '齿'),
    ('\u{2EEF}', '竜'),
    ('\u{2EF0}', '龙'),
    ('\u{2EF1}', '龜'),
    ('\u{2EF2}', '亀'),
    ('\u{2EF3}', '龟'),
];

/// The unified ideograph radical `c` stands for; `None` for a character that is no radical
/// of the two blocks (or one with no equivalent).
/// (`'\u{2F08}'` ⼈ → 人).
pub(super) fn unified(c: char) -> Option<char> {
    match c {
        '\u{2F00}'..='\u{2FD5}' => {
            let at = usize::try_from(u32::from(c) - 0x2F00).ok()?;
            KANGXI_RADICALS.get(at).copied()
        }
        '\u{2E80}'..='\u{2EFF}' => RADICALS_SUPPLEMENT
            .binary_search_by_key(&c, |&(radical, _)| radical)
            .ok()
            .and_then(|i| RADICALS_SUPPLEMENT.get(i))
            .map(|&(_, ideograph)| ideograph),
        _ => None,
    }
}

/// Whether `text` holds the byte E2 followed by one of BA–BF, as UTF-8 begins a character of
/// U+2E80–U+2FFF (both blocks of radicals, [`unified`]): a text without such a pair holds no
/// radical. Every pair is compared, with no stop at the first found and no character decoded,
/// which the compiler turns into comparisons of many bytes at a time (a scan of the characters
/// was: −0.3 ms of 20.9 on the import bench).
fn may_hold_radicals(text: &str) -> bool {
    let bytes = text.as_bytes();
    let pairs = bytes.iter().zip(bytes.iter().skip(1));
    pairs.fold(false, |found, (&first, &second)| {
        found | ((first == 0xE2) & (0xBA..=0xBF).contains(&second))
    })
}

/// `text` with each radical written as its unified ideograph ([`unified`]), and how many were
/// mapped; borrowed when none was.
pub(super) fn unify(text: &str) -> (Cow<'_, str>, usize) {
    // Most texts hold none: a scan first, nothing allocated.
    if !may_hold_radicals(text) || !text.chars().any(|c| unified(c).is_some()) {
        return (Cow::Borrowed(text), 0);
    }
    let mut mapped = 0;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match unified(c) {
            Some(ideograph) => {
                out.push(ideograph);
                mapped += 1;
            }
            None => out.push(c),
        }
    }
    (Cow::Owned(out), mapped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kangxi_table_is_nfkc() {
        use unicode_normalization::UnicodeNormalization;
        for (at, &ideograph) in KANGXI_RADICALS.iter().enumerate() {
            let radical = char::from_u32(0x2F00 + at as u32).unwrap_or_default();
            let nfkc: String = radical.to_string().nfkc().collect();
            assert_eq!(
                nfkc,
                ideograph.to_string(),
                "{radical} U+{:04X}",
                0x2F00 + at
            );
        }
    }

    #[test]
    fn the_supplement_table_is_sorted_and_in_its_block() {
        assert!(RADICALS_SUPPLEMENT.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(
            RADICALS_SUPPLEMENT
                .iter()
                .all(|&(r, u)| ('\u{2E81}'..='\u{2EF3}').contains(&r)
                    && !('\u{2E80}'..='\u{2FDF}').contains(&u))
        );
    }

    #[test]
    fn the_byte_scan_finds_every_radical() {
        for c in ('\u{2E80}'..='\u{2FDF}').filter(|&c| unified(c).is_some()) {
            assert!(
                may_hold_radicals(&format!("架空{c}")),
                "U+{:04X}",
                u32::from(c)
            );
        }
        // `※` and `①` begin with E2 too.
        assert!(!may_hold_radicals("※ 架空市長 ①"));
    }

    #[test]
    fn radicals_read_as_their_ideographs() {
        assert_eq!(unified('\u{2F08}'), Some('人'));
        assert_eq!(unified('\u{2ED1}'), Some('長'));
        assert_eq!(unified('\u{2E80}'), None);
        assert_eq!(unified('人'), None);
        let (text, mapped) = unify("評価実施機関名 架空市\u{2ED1}");
        assert_eq!((text.as_ref(), mapped), ("評価実施機関名 架空市長", 1));
        // A text with none is borrowed.
        assert!(matches!(unify("架空市長"), (Cow::Borrowed(_), 0)));
    }
}
