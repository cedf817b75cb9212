//! The words of each form the importer compares lines with, folded once per form.
//!
//! The walk ([`super::walk`]) and the passes after it match lines against the form's item
//! labels, the part labels of its group items and the options of its ＜選択肢＞ lists. They
//! are the same for every text of a form, so they are derived here from the form model once
//! ([`crate::form`]: the item table, and the form's skeleton, a report of the form with every
//! block and every value empty, whose values name the parts, options and boxes of each item),
//! the first time a text of the form is imported, and shared by every import after it. No word
//! comes from an example report.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::AssessmentKind;
use crate::import::fill::squeeze;
use crate::report::{ItemId, Report, Value, visit};

/// The folded words of one form.
///
/// (The maps the walk looks lines up in are hashed by [`KeyHash`], not SipHash: what they hold
/// comes from the form model alone, never from a text, so a text
/// cannot crowd them with colliding keys; a text's words are only looked up.)
pub(super) struct FormWords {
    /// The form's items by the structural prefix of their numbers (`Ⅱ5提供先①`).
    pub(super) by_prefix: HashMap<String, Vec<Entry>, KeyHash>,
    /// The first two characters of the items' labels (the second `None` for a label of one),
    /// sorted: a line that starts with none of them names no item without a circled number.
    pub(super) label_starts: Vec<(char, Option<char>)>,
    /// Every label of the form, items' and parts', folded.
    pub(super) all_labels: HashSet<String, KeyHash>,
    /// The part labels of the form's group items, folded (empty labels left out).
    pub(super) group_labels: HashMap<ItemId, Vec<String>, KeyHash>,
    /// The first characters of `group_labels`, sorted.
    pub(super) group_label_starts: Vec<char>,
    /// The last characters of `group_labels`, sorted (a boxed line is matched at its end too).
    pub(super) group_label_ends: Vec<char>,
    /// The structural prefixes of each section (`Ⅲ4` → `Ⅲ4`, `Ⅲ4リスク`, …), sorted.
    pub(super) section_keys: HashMap<String, Vec<String>, KeyHash>,
    /// `section_keys` without the prefixes that hold a circled number.
    pub(super) plain_section_keys: HashMap<String, Vec<String>, KeyHash>,
    /// The label words of the items numbered under a circled item (`対象となる本人の数` of
    /// `Ⅱ4②対象となる本人の数`), sorted: labels a PDF text prints without a number.
    pub(super) sub_labels: Vec<String>,
    /// Every option label of the form's ＜選択肢＞ lists: a free-text cell that is one of them
    /// holds another item's answer. (Checkbox options are not: they name systems and media that
    /// a text may name too.)
    pub(super) options: HashSet<String>,
    /// The labels of the parts of the form's group items (`具体的な方法`): a line that is one
    /// is a label, never a value.
    pub(super) part_labels: HashSet<String>,
    /// The labels that are a box of the form (see `choices::box_labels`).
    pub(super) box_labels: HashSet<&'static str>,
    /// The items whose value is free text ([`Value::Text`]): the only ones whose cell may run
    /// over paragraphs (see `walk::Walker::continues_prose`).
    pub(super) text_items: HashSet<ItemId>,
    /// The items whose value is several names or lines ([`Value::Texts`]: a file's names, the
    /// record items): like a free text, a cell of words that holds no box and no option.
    pub(super) list_items: HashSet<ItemId>,
    /// The items whose text the form heads with words of their own (their row's
    /// [`ItemId::printed_label`] of the generic 「具体的な方法」: 「規定の内容」,
    /// 「ルールの内容及びルール遵守の確認方法」…), with those words folded; the items that print
    /// the generic words are left out (see `walk::Walker::detail_owner`).
    pub(super) own_details: Vec<(String, ItemId)>,
}

/// The hasher of the maps and sets of the walk's cell keys (item and list positions; the walk
/// hashes a key for most labels it reads, and each cell of a deferred run several times): a key
/// is two or three words, and the default hasher (SipHash) costs more on so few words than the
/// rest of a look-up. Also the hasher of the form's words the walk looks prefixes up in (see
/// [`FormWords`]).
///
/// A key's item comes from the form's item table, but its list positions are numbers the text
/// prints (`提供先12`), so a text could choose them: the hasher is keyed with a seed drawn at
/// random once per process (from the default hasher's random keys), and each word is mixed into
/// the state by a multiply whose 128-bit product is folded (its high half into its low half),
/// so every bit of a word reaches the low bits that pick a slot. Numbers that collide cannot be
/// chosen without knowing the seed.
#[derive(Clone, Copy)]
pub(crate) struct KeyHash {
    /// The process's seed, the hasher's starting state.
    seed: u64,
}

impl Default for KeyHash {
    fn default() -> Self {
        /// Drawn once: a [`std::hash::RandomState`] takes the process's random keys.
        static SEED: std::sync::LazyLock<u64> = std::sync::LazyLock::new(|| {
            use std::hash::BuildHasher;
            std::hash::RandomState::new().hash_one(0x243f_6a88_85a3_08d3_u64)
        });
        KeyHash { seed: *SEED }
    }
}

impl std::hash::BuildHasher for KeyHash {
    type Hasher = KeyHasher;

    fn build_hasher(&self) -> KeyHasher {
        KeyHasher { state: self.seed }
    }
}

/// The hasher [`KeyHash`] builds: its state, mixed with each word in turn.
pub(crate) struct KeyHasher {
    /// The hash of the words taken so far.
    state: u64,
}

impl KeyHasher {
    /// An odd constant (the digits of π's fraction) the state times a word is multiplied by.
    const MULTIPLIER: u64 = 0x1319_8a2e_0370_7345;

    /// The state with `word` mixed in: (state ^ word) × the multiplier, the 128-bit product's
    /// halves folded into one word.
    fn mix(&mut self, word: u64) {
        let product = u128::from(self.state ^ word) * u128::from(Self::MULTIPLIER);
        // (The halves, not a cast that drops bits: `as` takes the low half exactly.)
        let (high, low) = ((product >> 64) as u64, product as u64);
        self.state = high ^ low;
    }
}

impl std::hash::Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Not what a key hashes (its words come through `write_usize`), but any bytes hash:
        // eight at a time, then the rest and their count.
        // (Copied a byte at a time, zipped: no slicing that could fail.)
        let word_of = |chunk: &[u8]| {
            let mut word = [0; 8];
            for (to, &from) in word.iter_mut().zip(chunk) {
                *to = from;
            }
            u64::from_le_bytes(word)
        };
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.mix(word_of(chunk));
        }
        let tail = chunks.remainder();
        self.mix(word_of(tail) ^ ((tail.len() as u64) << 59));
    }

    fn write_usize(&mut self, word: usize) {
        self.mix(word as u64);
    }

    fn finish(&self) -> u64 {
        self.state
    }
}

/// The words of `form`, derived the first time they are asked for.
pub(super) fn of(form: AssessmentKind) -> &'static FormWords {
    per_form!(FormWords, FormWords::new, form)
}

/// The value of `form` among `per_form` (one for each form: 基礎, 重点, 全項目), for
/// `per_form!`.
pub(super) fn pick<T>(per_form: &'static [LazyLock<T>; 3], form: AssessmentKind) -> &'static T {
    let [basic, focused, full] = per_form;
    match form {
        AssessmentKind::Basic => basic,
        AssessmentKind::Focused => focused,
        AssessmentKind::Full => full,
    }
}

impl FormWords {
    /// Whether `id`'s value is words: free text or a list of names ([`FormWords::text_items`],
    /// [`FormWords::list_items`]), never a box, a ＜選択肢＞ option or a count.
    pub(super) fn holds_words(&self, id: ItemId) -> bool {
        self.text_items.contains(&id) || self.list_items.contains(&id)
    }

    /// Whether `text`, its circled number aside, is one of the form's labels ([`all_labels`]:
    /// the items' and their groups' parts'), folded: `⑥移転方法` and `リスクへの対策は十分か` are,
    /// `架空事務` is not.
    ///
    /// [`all_labels`]: FormWords::all_labels
    pub(super) fn holds_label(&self, text: &str) -> bool {
        let folded = squeeze(text.trim_start_matches(is_circled));
        !folded.is_empty() && self.all_labels.contains(&folded)
    }

    fn new(form: AssessmentKind) -> FormWords {
        let mut by_prefix: HashMap<String, Vec<Entry>, KeyHash> = HashMap::default();
        let mut sub_labels = Vec::new();
        for id in ItemId::of_form(form) {
            let Some(number) = id.number(form) else {
                continue;
            };
            let (prefix, words) = split_number(number);
            let under = prefix.chars().last().is_some_and(is_circled);
            if under && !words.is_empty() {
                sub_labels.push(squeeze(words));
            }
            let mut labels = vec![squeeze(bare_label(id))];
            if let Some(printed) = id.label_in(form) {
                labels.push(squeeze(printed));
            }
            // (The number is its prefix and its words: without words, it is the prefix.)
            let exact = words.is_empty();
            let words = squeeze(words);
            if !words.is_empty() && !labels.contains(&words) {
                labels.push(words);
            }
            by_prefix
                .entry(prefix)
                .or_default()
                .push(Entry { id, labels, exact });
        }
        sub_labels.sort();
        sub_labels.dedup();
        let mut label_starts: Vec<(char, Option<char>)> = by_prefix
            .values()
            .flatten()
            .flat_map(|e| {
                e.labels.iter().filter_map(|l| {
                    let mut c = l.chars();
                    Some((c.next()?, c.next()))
                })
            })
            .collect();
        label_starts.sort_unstable();
        label_starts.dedup();
        let mut all_labels: HashSet<String, KeyHash> = by_prefix
            .values()
            .flatten()
            .flat_map(|e| e.labels.iter().cloned())
            .collect();
        let skeleton = crate::report::skeleton(form);
        let mut group_labels: HashMap<ItemId, Vec<String>, KeyHash> = HashMap::default();
        let mut part_labels = HashSet::new();
        let mut options = HashSet::new();
        let mut text_items = HashSet::new();
        let mut list_items = HashSet::new();
        for id in ItemId::of_form(form) {
            visit(&skeleton, id, &mut |_, field| {
                let value = field.value();
                match &value {
                    Value::Text(_) => {
                        text_items.insert(id);
                    }
                    Value::Texts(_) => {
                        list_items.insert(id);
                    }
                    _ => {}
                }
                if let Value::Group(parts) = &value {
                    let labels: Vec<String> = parts
                        .iter()
                        .map(|(l, _)| squeeze(l))
                        .filter(|l| !l.is_empty())
                        .collect();
                    all_labels.extend(labels.iter().cloned());
                    part_labels.extend(labels.iter().cloned());
                    group_labels.entry(id).or_insert(labels);
                }
                collect_options(&value, &mut options);
            });
        }
        options.retain(|w| !w.is_empty());
        let generic = crate::form::items::DETAIL_LABEL;
        let own_details = ItemId::of_form(form)
            .filter(|id| id.printed_label(generic) != generic)
            .map(|id| (squeeze(id.printed_label(generic)), id))
            .collect();
        let group_label_starts = label_bounds(group_labels.values().flatten(), false);
        let group_label_ends = label_bounds(group_labels.values().flatten(), true);
        let mut section_keys: HashMap<String, Vec<String>, KeyHash> = HashMap::default();
        for key in by_prefix.keys() {
            section_keys
                .entry(section_of(key).to_owned())
                .or_default()
                .push(key.clone());
        }
        for keys in section_keys.values_mut() {
            keys.sort();
        }
        let plain_section_keys = section_keys
            .iter()
            .map(|(section, keys)| {
                let plain = keys.iter().filter(|k| !k.chars().any(is_circled));
                (section.clone(), plain.cloned().collect())
            })
            .collect();
        FormWords {
            by_prefix,
            label_starts,
            all_labels,
            group_labels,
            group_label_starts,
            group_label_ends,
            section_keys,
            plain_section_keys,
            sub_labels,
            options,
            part_labels,
            box_labels: box_labels(&skeleton),
            text_items,
            list_items,
            own_details,
        }
    }
}

/// The circled numbers ①–⑳.
pub(super) const CIRCLED: &str = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/// The first characters of `labels` (with `last`, the last ones), sorted, each once: a line
/// whose folded text starts (ends) with none of them is matched by none of the labels there.
pub(super) fn label_bounds<'a>(
    labels: impl IntoIterator<Item = &'a String>,
    last: bool,
) -> Vec<char> {
    let bound = |l: &String| match last {
        false => l.chars().next(),
        true => l.chars().next_back(),
    };
    let mut out: Vec<char> = labels.into_iter().filter_map(bound).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `c` is one of [`CIRCLED`]: they are one run of code points, tested as a range
/// rather than searched for in the list (the walk tests most lines).
pub(super) fn is_circled(c: char) -> bool {
    ('①'..='⑳').contains(&c)
}

/// Whether `text` holds a circled number. (Its bytes are searched first for the one that opens
/// every character of U+2000 to U+2FFF in UTF-8, `0xE2`, the circled numbers among them: a line
/// without one, most, is not read a character at a time; 172.4 → 171.3 M instructions an import of
/// the 全項目 seed text, callgrind.)
pub(super) fn holds_circled(text: &str) -> bool {
    text.as_bytes().contains(&0xE2) && text.chars().any(is_circled)
}

/// The number a circled number stands for (`②` → 2); `None` for any other character.
pub(super) fn circled_number(c: char) -> Option<u32> {
    // Any other character is none, not looked for among them (the first of most lines is
    // asked: −0.3 ms of 25 on the import bench).
    if !is_circled(c) {
        return None;
    }
    let at = CIRCLED.chars().position(|o| o == c)?;
    u32::try_from(at + 1).ok()
}

/// Whether `text` is an item's label alone with its circled number, as a form of any revision
/// prints it ([`all_circled_labels`]: `①実施日`, `② しきい値判断結果`, `②所属長`). Refused:
/// `①実施日 令和6年1月6日` (a value after the label), `①架空の語` (no label), `①所属長` (the
/// label's number is ②).
pub(super) fn is_circled_label(text: &str) -> bool {
    let key = squeeze(text);
    let mut chars = key.chars();
    let Some(number) = chars.next().and_then(circled_number) else {
        return false;
    };
    let label = chars.as_str();
    all_circled_labels()
        .iter()
        .any(|&(n, printed)| n == number && squeeze(printed) == label)
}

/// An item's number split into its coordinates: the structural part (`Ⅱ5提供先①`) and the
/// label words that follow it (`主な記録項目` of `Ⅱ2④主な記録項目`).
pub(super) fn split_number(number: &str) -> (String, &str) {
    let mut prefix = String::new();
    let mut rest = number;
    // The chapter: 表紙, 別添N or a Roman numeral.
    if let Some(r) = rest.strip_prefix(crate::form::COVER) {
        return (crate::form::COVER.to_owned(), r);
    }
    if let Some(r) = rest.strip_prefix(crate::form::APPENDIX) {
        prefix.push_str(crate::form::APPENDIX);
        rest = r;
    } else if let Some(c) = rest.chars().next().filter(|c| ('Ⅰ'..='Ⅹ').contains(c)) {
        prefix.push(c);
        rest = rest.split_at(c.len_utf8()).1;
    }
    while let Some(c) = rest.chars().next() {
        if c.is_ascii_digit() || is_circled(c) {
            prefix.push(c);
            rest = rest.split_at(c.len_utf8()).1;
        } else if let Some((w, r)) = [
            crate::form::RISK,
            crate::form::PROVISION,
            crate::form::TRANSFER,
        ]
        .iter()
        .find_map(|w| rest.strip_prefix(w).map(|r| (w, r)))
        {
            prefix.push_str(w);
            rest = r;
        } else {
            break;
        }
    }
    (prefix, rest)
}

/// The label a line starts with when it is the item's: the label after its heading words
/// (`委託　対象となる本人の数` → `対象となる本人の数`).
pub(super) fn bare_label(id: ItemId) -> &'static str {
    /// Each item's bare label, by its position in [`ItemId::ALL`]: found once (the walk asks
    /// for one per label it reads), not searched for in the label each time.
    static BARE: LazyLock<Vec<&'static str>> =
        LazyLock::new(|| ItemId::ALL.iter().map(|id| bare_of(id.label())).collect());
    match BARE.get(id as usize) {
        Some(bare) => bare,
        None => bare_of(id.label()),
    }
}

/// The words of `label` after its last full-width space (all of it when it has none).
fn bare_of(label: &str) -> &str {
    label.rsplit('　').next().unwrap_or(label)
}

/// One item of the form, as the walk matches it.
pub(super) struct Entry {
    pub(super) id: ItemId,
    /// The words a line starts with: the bare label and, for a labelled sub-item, the words of
    /// its number.
    pub(super) labels: Vec<String>,
    /// Whether the item's number is its structural prefix alone (no label words): the item
    /// the prefix names exactly.
    pub(super) exact: bool,
}

/// The chapter and section of a structural prefix: `Ⅲ4リスク1①` → `Ⅲ4`.
pub(super) fn section_of(prefix: &str) -> &str {
    let mut end = 0;
    for (i, c) in prefix.char_indices() {
        if i == 0 || c.is_ascii_digit() {
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    prefix.get(..end).unwrap_or(prefix)
}

/// The labels of the checkboxes of `report` (the form's skeleton, which has every list): the
/// options of its checkbox lists, the parts of its groups that are one box (「行っていない」 of
/// 提供・移転の有無) and its items that are one box.
fn box_labels(report: &Report) -> HashSet<&'static str> {
    fn collect(value: &Value<'_>, out: &mut HashSet<&'static str>) {
        match value {
            Value::Checks { options, .. } | Value::Sources { options, .. } => {
                out.extend(options.iter().copied());
            }
            Value::Group(parts) => {
                for (label, v) in parts {
                    if matches!(v, Value::Flag(_)) {
                        out.insert(label);
                    }
                    collect(v, out);
                }
            }
            _ => {}
        }
    }
    let mut out = HashSet::new();
    for id in ItemId::of_form(report.form()) {
        visit(report, id, &mut |_, field| match field.value() {
            Value::Flag(_) => {
                out.insert(id.label());
            }
            value => collect(&value, &mut out),
        });
    }
    out
}
/// The option labels of the ＜選択肢＞ lists in `value`, folded, into `out`.
fn collect_options(value: &Value<'_>, out: &mut HashSet<String>) {
    match value {
        Value::Choice { options, .. } => {
            out.extend(options.iter().map(|o| squeeze(o)));
        }
        Value::Group(parts) => {
            for (_, v) in parts {
                collect_options(v, out);
            }
        }
        Value::List(items) => {
            for v in items {
                collect_options(v, out);
            }
        }
        _ => {}
    }
}

/// The labels of every form that a line of cells run together is split at (the *shape* stage)
/// and that end a 変更箇所 項目 run into its next cell (`changes`): the cover's labels and the
/// item labels of every form, from the crate's item table, longest first.
pub(crate) fn form_labels() -> &'static [&'static str] {
    static LABELS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        let mut labels: Vec<&'static str> = cover_labels().collect();
        for &form in <AssessmentKind as crate::Choice>::ALL {
            for id in ItemId::of_form(form) {
                // The words the form prints: the last part of a label the model qualifies
                // (`個人番号の利用　法令上の根拠` prints `法令上の根拠`).
                let label = id.label_in(form).unwrap_or(id.label());
                let printed = label.rsplit('　').next().unwrap_or(label);
                // A label of everyday words (`備考`, `提供先`) is too short to split at.
                if printed.chars().count() >= super::limits::SPLIT_LABEL_CHARS {
                    labels.push(printed);
                }
            }
        }
        labels.sort_by_key(|l| std::cmp::Reverse(l.len()));
        labels.dedup();
        labels
    });
    &LABELS
}

/// The item labels of every form that the form numbers with a circled number, each with that
/// number (`(1, "事務の名称")` for ①事務の名称, `(1, "実施日")` for Ⅵ1①実施日), sorted by
/// number, each pair once: the label as printed after its number (its last words), in the
/// words of every revision (`(2, "所属長")` as well as `(2, "所属長の役職名")`).
pub(crate) fn all_circled_labels() -> &'static [(u32, &'static str)] {
    static LABELS: LazyLock<Vec<(u32, &'static str)>> = LazyLock::new(|| {
        let mut labels: Vec<(u32, &'static str)> = section_circled_labels()
            .iter()
            .map(|&(_, circled, label)| (circled, label))
            .collect();
        labels.sort_unstable();
        labels.dedup();
        labels
    });
    &LABELS
}

/// The circled labels of every form with the section each is numbered under (`(1, 1,
/// "事務の名称")` for Ⅰ1①事務の名称, `(4, 2, "委託先における取扱者数")` for 重点 Ⅱ4②), as printed
/// after the number (the label's last words), in the words of every revision, sorted, each
/// triple once: whether a label stands in a section, and ([`all_circled_labels`]) which labels a
/// number opens.
pub(crate) fn section_circled_labels() -> &'static [(u32, u32, &'static str)] {
    static LABELS: LazyLock<Vec<(u32, u32, &'static str)>> = LazyLock::new(|| {
        let mut labels = Vec::new();
        for &form in <AssessmentKind as crate::Choice>::ALL {
            for id in ItemId::of_form(form) {
                let Some(number) = id.position(form).map(|p| p.item_number()) else {
                    continue;
                };
                let Some(circled) = number.circled() else {
                    continue;
                };
                // (An item numbered in no section, if a form has one, counts under section 0.)
                let section = number.section().unwrap_or(0);
                let today = id.label_in(form).unwrap_or(id.label());
                for label in std::iter::once(today).chain(crate::form::labels(id)) {
                    let printed = label.rsplit('　').next().unwrap_or(label);
                    labels.push((u32::from(section), u32::from(circled), printed));
                }
            }
        }
        labels.sort_unstable();
        labels.dedup();
        labels
    });
    &LABELS
}

/// [`all_circled_labels`] but those of fewer than [`super::limits::SPLIT_LABEL_CHARS`]
/// characters, left out as from [`form_labels`]: a number printed in figures before such a
/// label is the item's number (the *shape* stage keeps `1 事務の名称` one cell).
pub(crate) fn circled_labels() -> &'static [(u32, &'static str)] {
    static LABELS: LazyLock<Vec<(u32, &'static str)>> = LazyLock::new(|| {
        all_circled_labels()
            .iter()
            .copied()
            .filter(|(_, label)| label.chars().count() >= super::limits::SPLIT_LABEL_CHARS)
            .collect()
    });
    &LABELS
}

/// The labels of the cover in the words of every revision of the forms ([`crate::form::labels`]:
/// the 平成26年4月 cover's 「特定個人情報保護委員会　承認日」 too), but the 様式 tag's, which is
/// no label a cell starts with.
pub(crate) fn cover_labels() -> impl Iterator<Item = &'static str> {
    let full = AssessmentKind::Full;
    let on_cover = move |id: &ItemId| {
        id.position(full)
            .is_some_and(|p| p.item_number().place() == crate::form::Place::Cover)
    };
    ItemId::ALL
        .iter()
        .copied()
        .filter(on_cover)
        .filter(|&id| id != ItemId::CoverFormVersion)
        .flat_map(crate::form::labels)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Choice;

    #[test]
    fn a_key_hashes_alike_every_time_and_unlike_its_neighbours() {
        use std::hash::BuildHasher;
        // (An item and two list positions, the words a walk's key hashes.)
        let key = |i: usize| (ItemId::ProvisionName, 0usize, i);
        let (one, two) = (KeyHash::default(), KeyHash::default());
        assert_eq!(one.hash_one(key(7)), two.hash_one(key(7)));
        assert_ne!(one.hash_one(key(7)), one.hash_one(key(8)));
        // Numbers alike in their low bits (chosen by a text) still reach the low bits of the
        // hash, which pick a slot: they do not all fall in one.
        let slots: std::collections::BTreeSet<u64> = (1..=64)
            .map(|i| one.hash_one(key(i << 20)) & 0xff)
            .collect();
        assert!(slots.len() > 1);
        // Bytes hash by their content and count.
        assert_ne!(one.hash_one("提供先"), one.hash_one("提供先1"));
        assert_ne!(
            one.hash_one([0u8; 3].as_slice()),
            one.hash_one([0u8; 4].as_slice())
        );
    }

    #[test]
    fn an_entry_is_exact_when_its_number_is_its_prefix() {
        for &form in AssessmentKind::ALL {
            for (prefix, entries) in &of(form).by_prefix {
                for e in entries {
                    let exact = e.id.number(form).is_some_and(|n| n == prefix);
                    assert_eq!(e.exact, exact, "{form} {prefix} {:?}", e.id);
                }
            }
        }
    }

    #[test]
    fn a_bare_label_is_the_label_after_its_heading_words() {
        for &id in ItemId::ALL {
            assert_eq!(
                bare_label(id),
                id.label().rsplit('　').next().unwrap_or(id.label())
            );
        }
        assert_eq!(bare_of("委託　対象となる本人の数"), "対象となる本人の数");
        assert_eq!(bare_of("保管期間"), "保管期間");
    }

    #[test]
    fn each_form_has_its_words() {
        for &form in AssessmentKind::ALL {
            let words = of(form);
            assert!(!words.by_prefix.is_empty(), "{form}");
            assert!(!words.options.is_empty(), "{form}");
            assert!(words.options.iter().all(|o| !o.is_empty()), "{form}");
            assert!(words.label_starts.is_sorted(), "{form}");
            // Asked again, the same words.
            assert!(std::ptr::eq(words, of(form)));
        }
        let full = of(AssessmentKind::Full);
        assert!(full.options.contains("十分である"));
        assert!(full.part_labels.iter().all(|l| full.all_labels.contains(l)));
    }
}
