//! Structure-aware mutations: of a text (byte flips, 年月日条項号 and digits of every width
//! inserted, tokens repeated, corpus entries spliced, sometimes a large input) and of a report's
//! JSON (a value of the document changed, removed, duplicated or retyped).

use serde_json::Value;

use crate::checks::{FULL_WIDTH_DIGITS as FULL, KANJI_DIGITS as KANJI, kanji};

/// A small seeded PRNG (xorshift64*): the same seed gives the same run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        // splitmix64 of the seed, so that 0 and nearby seeds start far apart.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// True once in `n` times.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Words of the grammars: dates, legal bases, counts, and what surrounds them in real cells.
const WORDS: &[&str] = &[
    "年",
    "月",
    "日",
    "条",
    "項",
    "号",
    "度",
    "年度",
    "の",
    "第",
    "から",
    "まで",
    "までの",
    "日間",
    "～",
    "〜",
    "~",
    "、",
    "，",
    ",",
    ".",
    "．",
    "/",
    "／",
    "-",
    "ー",
    " ",
    "　",
    "\n",
    "\r\n",
    "\u{2028}",
    "\u{2029}",
    "\t",
    "(",
    ")",
    "（",
    "）",
    "「",
    "」",
    "・",
    "①",
    "②",
    "及び",
    "並びに",
    "又は",
    "による",
    "に基づく",
    "別表",
    "別表第",
    "別表第一",
    "別表第二",
    "の表",
    "の項",
    "項番",
    "附則",
    "同法",
    "同条",
    "同年",
    "主務省令",
    "番号法",
    "番号利用法",
    "条例",
    "命令",
    "法律",
    "（以下「",
    "」という。）",
    "等",
    "未制定",
    "に係る事項については未制定",
    "イ",
    "ロ",
    "ハ",
    "府番",
    "総行住",
    "令和",
    "平成",
    "昭和",
    "大正",
    "明治",
    "元",
    "R",
    "H",
    "S",
    "T",
    "M",
    "r",
    "ｈ",
    "㋿",
    "㍻",
    "㍼",
    "㍽",
    "㍾",
    "時点",
    "現在",
    "(金)",
    "（月曜日）",
    "FY",
    "十",
    "百",
    "千",
    "〇",
    "万",
    "人",
    "人以上",
    "人未満",
    "以上",
    "未満",
    "以下",
    "（任意実施）",
    "500人以上",
    "30万人以上",
    "1,000人未満",
    "基礎項目評価",
    "重点項目評価",
    "全項目評価",
    "及び",
    "（任意に",
    "を実施）",
];

/// Numbers at the edges: of days, months, era years, u32 and u64.
const NUMBERS: &[u64] = &[
    0,
    1,
    2,
    9,
    10,
    11,
    12,
    13,
    19,
    28,
    29,
    30,
    31,
    32,
    59,
    60,
    63,
    64,
    99,
    100,
    101,
    365,
    366,
    499,
    500,
    999,
    1_000,
    1872,
    1873,
    1989,
    2019,
    9_999,
    10_000,
    99_999,
    100_000,
    300_000,
    65_535,
    65_536,
    2_147_483_647,
    2_147_483_648,
    4_294_967_295,
    4_294_967_296,
    u64::MAX,
];

/// Characters that are not in any grammar but show up in real text or break naive code.
const ODD: &[char] = &[
    '\0',
    '\u{1b}',
    '\u{7f}',
    '\u{85}',
    '\u{200b}',
    '\u{200d}',
    '\u{feff}',
    '\u{fffd}',
    '\u{301}',
    '\u{10ffff}',
    '😀',
    'ｱ',
    'Ａ',
    'ß',
    'İ',
    '\\',
    '"',
];

/// `n` written in half-width, full-width or kanji digits (digit by digit, `二〇二四`), or in
/// kanji numerals with units (`二千二十四`), a sixth of the time with digit-group commas.
fn number(rng: &mut Rng, n: u64) -> String {
    let digits = n.to_string();
    let mut text: String = match rng.below(4) {
        0 => digits.clone(),
        1 => digits
            .bytes()
            .map(|b| FULL[usize::from(b - b'0')])
            .collect(),
        2 => digits
            .bytes()
            .map(|b| KANJI[usize::from(b - b'0')])
            .collect(),
        _ if n < 10_000 => kanji(n as u32),
        _ => digits.clone(),
    };
    if rng.one_in(6) && text.chars().count() > 3 {
        let chars: Vec<char> = text.chars().collect();
        let mut grouped = String::new();
        for (i, c) in chars.iter().enumerate() {
            if i > 0 && (chars.len() - i) % 3 == 0 {
                grouped.push(if rng.one_in(2) { ',' } else { '，' });
            }
            grouped.push(*c);
        }
        text = grouped;
    }
    text
}

fn random_number(rng: &mut Rng) -> u64 {
    match rng.below(3) {
        0 => *rng.pick(NUMBERS),
        1 => rng.below(40) as u64,
        _ => rng.next_u64() >> rng.below(64),
    }
}

fn digit_of_width(rng: &mut Rng) -> char {
    let d = rng.below(10);
    match rng.below(3) {
        0 => char::from(b'0' + d as u8),
        1 => FULL[d],
        _ => KANJI[d],
    }
}

/// Converts the run of digits at or after `at` to another width.
fn rewidth(rng: &mut Rng, chars: &mut [char], at: usize) {
    let value = |c: char| {
        c.to_digit(10)
            .or_else(|| FULL.iter().position(|&f| f == c).map(|d| d as u32))
            .or_else(|| KANJI.iter().position(|&k| k == c).map(|d| d as u32))
    };
    let Some(start) = (at..chars.len()).find(|&i| value(chars[i]).is_some()) else {
        return;
    };
    let width = rng.below(3);
    for c in chars[start..].iter_mut() {
        let Some(d) = value(*c) else { break };
        *c = match width {
            0 => char::from_digit(d, 10).unwrap_or(*c),
            1 => FULL[d as usize],
            _ => KANJI[d as usize],
        };
    }
}

/// A slice of `chars`: `len` characters at most, from a random place.
fn slice(rng: &mut Rng, chars: &[char], len: usize) -> (usize, usize) {
    let start = rng.below(chars.len() + 1);
    let end = (start + 1 + rng.below(len)).min(chars.len());
    (start, end)
}

/// The largest input a mutation makes (in characters): 1 MB of text.
pub const LARGE: usize = 1 << 20;

/// One to four mutations of `input`; `corpus` gives the text spliced in.
pub fn mutate_text(rng: &mut Rng, input: &str, corpus: &[String]) -> String {
    let mut chars: Vec<char> = input.chars().collect();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(chars.len() + 1);
        match rng.below(12) {
            0 => {
                // A flipped bit in one byte of the UTF-8 text (invalid UTF-8 becomes U+FFFD).
                let mut bytes = chars.iter().collect::<String>().into_bytes();
                if !bytes.is_empty() {
                    let i = rng.below(bytes.len());
                    bytes[i] ^= 1 << rng.below(8);
                }
                chars = String::from_utf8_lossy(&bytes).chars().collect();
            }
            1 => {
                let c = digit_of_width(rng);
                if at < chars.len() {
                    chars[at] = c;
                } else {
                    chars.push(c);
                }
            }
            2 | 3 => {
                let word = rng.pick(WORDS);
                chars.splice(at..at, word.chars());
            }
            4 => {
                let n = random_number(rng);
                let text = number(rng, n);
                chars.splice(at..at, text.chars());
            }
            5 => {
                let (s, e) = slice(rng, &chars, 8);
                chars.drain(s..e);
            }
            6 => {
                // A token or slice repeated.
                let (s, e) = slice(rng, &chars, 6);
                let piece: Vec<char> = if s < e && !rng.one_in(3) {
                    chars[s..e].to_vec()
                } else {
                    rng.pick(WORDS).chars().collect()
                };
                let most = if rng.one_in(8) { 200 } else { 8 };
                let times = 2 + rng.below(most);
                let repeated: Vec<char> = piece
                    .iter()
                    .copied()
                    .cycle()
                    .take(piece.len() * times)
                    .collect();
                chars.splice(s..s, repeated);
            }
            7 if !corpus.is_empty() => {
                // Splice: this text's head and another entry's tail, or a piece of another
                // entry inserted.
                let other: Vec<char> = rng.pick(corpus).chars().collect();
                let (s, e) = slice(rng, &other, 40);
                if rng.one_in(2) {
                    chars.truncate(at);
                    chars.extend_from_slice(&other[s..]);
                } else {
                    chars.splice(at..at, other[s..e].iter().copied());
                }
            }
            8 => rewidth(rng, &mut chars, at),
            9 => {
                let c = *rng.pick(ODD);
                chars.insert(at.min(chars.len()), c);
            }
            10 => {
                // A number replaced by another.
                if let Some(start) = (at..chars.len()).find(|&i| chars[i].is_ascii_digit()) {
                    let end = (start..chars.len())
                        .find(|&i| !chars[i].is_ascii_digit())
                        .unwrap_or(chars.len());
                    let n = random_number(rng);
                    let text = number(rng, n);
                    chars.splice(start..end, text.chars());
                }
            }
            _ => {
                // Two slices swapped.
                let (a, b) = (slice(rng, &chars, 10), slice(rng, &chars, 10));
                if a.1 <= b.0 {
                    let second: Vec<char> = chars[b.0..b.1].to_vec();
                    let first: Vec<char> = chars[a.0..a.1].to_vec();
                    chars.splice(b.0..b.1, first);
                    chars.splice(a.0..a.1, second);
                }
            }
        }
    }
    if rng.one_in(5000) && !chars.is_empty() {
        // A large input: the text repeated up to 64 KB – 1 MB.
        let target = (64 << 10) + rng.below(LARGE - (64 << 10));
        chars = chars.iter().copied().cycle().take(target).collect();
    }
    chars.truncate(LARGE);
    chars.into_iter().collect()
}

/// The path (child indices from the top) of every node of `v`, in pre-order.
pub fn node_paths(v: &Value, path: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    out.push(path.clone());
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(i);
                node_paths(item, path, out);
                path.pop();
            }
        }
        Value::Object(map) => {
            for (i, item) in map.values().enumerate() {
                path.push(i);
                node_paths(item, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// The node at `path`.
pub fn node_at<'a>(v: &'a mut Value, path: &[usize]) -> Option<&'a mut Value> {
    let mut node = v;
    for &i in path {
        node = match node {
            Value::Array(items) => items.get_mut(i)?,
            Value::Object(map) => map.values_mut().nth(i)?,
            _ => return None,
        };
    }
    Some(node)
}

fn random_leaf(rng: &mut Rng, strings: &[String]) -> Value {
    match rng.below(8) {
        0 => Value::Null,
        1 => Value::Bool(rng.one_in(2)),
        2 => Value::from(random_number(rng)),
        3 => Value::from(-(rng.below(1000) as i64) - 1),
        4 => serde_json::Number::from_f64(rng.below(1000) as f64 / 7.0)
            .map_or(Value::Null, Value::Number),
        5 => Value::String(String::new()),
        _ if !strings.is_empty() => Value::String(rng.pick(strings).clone()),
        _ => Value::String(rng.pick(WORDS).to_string()),
    }
}

/// One to three changes to the document `doc`: a string mutated as text or replaced by another
/// grammar's string, a number at an edge, a value of another type, an element removed or
/// duplicated, a key removed or misspelt. `strings` are the other targets' seeds.
pub fn mutate_json(rng: &mut Rng, doc: &Value, strings: &[String]) -> String {
    let mut v = doc.clone();
    for _ in 0..1 + rng.below(3) {
        let mut paths = Vec::new();
        node_paths(&v, &mut Vec::new(), &mut paths);
        let path = rng.pick(&paths).clone();
        let Some(node) = node_at(&mut v, &path) else {
            continue;
        };
        match node {
            Value::String(s) => match rng.below(4) {
                0 | 1 => *s = mutate_text(rng, s, strings),
                2 if !strings.is_empty() => *s = rng.pick(strings).clone(),
                _ => *node = random_leaf(rng, strings),
            },
            Value::Array(items) if !items.is_empty() && !rng.one_in(6) => {
                let i = rng.below(items.len());
                match rng.below(4) {
                    0 | 1 => {
                        items.remove(i);
                    }
                    2 => {
                        let copy = items[i].clone();
                        items.insert(i, copy);
                    }
                    _ => items.clear(),
                }
            }
            Value::Object(map) if !map.is_empty() && !rng.one_in(6) => {
                let keys: Vec<String> = map.keys().cloned().collect();
                let key = rng.pick(&keys).clone();
                match rng.below(4) {
                    0 | 1 => {
                        map.remove(&key);
                    }
                    2 => {
                        let value = map[&key].clone();
                        let mut misspelt: Vec<char> = key.chars().collect();
                        misspelt.truncate(misspelt.len().saturating_sub(1));
                        map.insert(misspelt.into_iter().collect(), value);
                    }
                    _ => {
                        map.insert(key, random_leaf(rng, strings));
                    }
                }
            }
            _ => *node = random_leaf(rng, strings),
        }
    }
    let text = if rng.one_in(2) {
        serde_json::to_string_pretty(&v)
    } else {
        serde_json::to_string(&v)
    }
    .unwrap_or_default();
    if rng.one_in(8) {
        // Now and then the text itself: a cut, a flipped byte, a repeated piece.
        mutate_text(rng, &text, &[])
    } else {
        text
    }
}
