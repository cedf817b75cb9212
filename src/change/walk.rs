//! The walk over two versions of a report: list entries matched by identity, items compared
//! through the item table, one [`Change`] per changed value.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::report::location::{appendix_chapter, log_place, push_numbered, split_number, stand_in};
use crate::report::{
    Destination, Entrustment, FileBlock, ItemId, Report, System, Value, entrustee_key, field_at,
    source_text,
};
use crate::{AssessmentKind, Choice};

use super::judge::{Reason, judge_entry, judge_value, notation_key};
use super::{Change, ChangeKind};

/// Where an item is: outside the lists of the report, or in the entries of one list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    Root,
    System,
    File,
    Entrustment,
    Provision,
    Transfer,
}

fn scope_of(id: ItemId) -> Scope {
    // The inner lists of a file block before the file block itself.
    const LISTS: [(&str, Scope); 5] = [
        ("systems[]", Scope::System),
        ("files[].entrustments[]", Scope::Entrustment),
        ("files[].provisions[]", Scope::Provision),
        ("files[].transfers[]", Scope::Transfer),
        ("files[]", Scope::File),
    ];
    LISTS
        .iter()
        .find(|(list, _)| id.pattern().starts_with(list))
        .map_or(Scope::Root, |&(_, scope)| scope)
}

/// The items compared in one form, by [`Scope`] (`Scope as usize`), in table order.
#[derive(Debug, Default)]
struct Items([Vec<ItemId>; 6]);

impl Items {
    fn of(&self, scope: Scope) -> &[ItemId] {
        self.0.get(scope as usize).map_or(&[], Vec::as_slice)
    }
}

/// Whether a change of `id` is a change of the report: the form prints the item, or the model
/// transcribes it from what the form prints (the 再委託 chain, the body of the 第三者点検). The
/// kind of body is metadata, not printed.
fn compared(id: ItemId, form: AssessmentKind) -> bool {
    id.in_form(form) || (id.is_model_only() && id != ItemId::CoverBodyKind)
}

fn items(form: AssessmentKind) -> &'static Items {
    static TABLES: LazyLock<Vec<Items>> = LazyLock::new(|| {
        let table = |form| {
            let mut t = Items::default();
            for &id in ItemId::ALL.iter().filter(|&&id| compared(id, form)) {
                if let Some(list) = t.0.get_mut(scope_of(id) as usize) {
                    list.push(id);
                }
            }
            t
        };
        AssessmentKind::ALL
            .iter()
            .map(|&form| table(form))
            .collect()
    });
    static EMPTY: Items = Items([const { Vec::new() }; 6]);
    TABLES.get(form as usize).unwrap_or(&EMPTY)
}

/// Entries of two lists paired by identity.
#[derive(Debug, Default)]
struct Matching {
    /// (old index, new index, known to be equal), in new order.
    pairs: Vec<(usize, usize, bool)>,
    /// Old entries with no partner.
    removed: Vec<usize>,
    /// New entries with no partner.
    added: Vec<usize>,
}

impl Matching {
    /// The slot of each entry in the merged order of the two lists: new entries at `2j + 1`, a
    /// removed entry just before the first new entry paired with a later old one.
    fn removed_slot(&self, old: usize, new_len: usize) -> usize {
        let next = self
            .pairs
            .iter()
            .filter(|&&(o, _, _)| o > old)
            .map(|&(_, n, _)| n)
            .min()
            .unwrap_or(new_len);
        2 * next
    }

    /// The entries left without a partner, the removed ones then the added ones, each with its
    /// kind and index, and with `old` or `new` for its side.
    fn unpaired<S: Copy>(&self, old: S, new: S) -> impl Iterator<Item = (ChangeKind, usize, S)> {
        let removed = self
            .removed
            .iter()
            .map(move |&k| (ChangeKind::Removed, k, old));
        removed.chain(self.added.iter().map(move |&k| (ChangeKind::Added, k, new)))
    }
}

/// Pairs the entries of `old` and `new` by identity.
///
/// - When both lists have the same length and `same_identity` holds position by position, the
///   entries pair by position (nothing to compute).
/// - Otherwise equal entries at the start and at the end pair by position, and what is left in
///   between pairs by the first key; within a key, equal entries pair first, then the rest in
///   order. Each further key pairs what is left where it is unique on both sides. Then an entry
///   left on each side that is the other renamed (equal once it takes the other's name, which
///   `rename` copies: a 委託先, 提供先, system or file renamed with the rest unchanged) pairs, in
///   order, so that the rename is one change of the name. With `last_resort`, one entry left on each side pairs too (a renamed
///   file block).
fn match_entries<T: PartialEq + Clone>(
    old: &[T],
    new: &[T],
    same_identity: impl Fn(&T, &T) -> bool,
    keys: &[fn(&T) -> String],
    rename: Option<fn(&mut T, &T)>,
    last_resort: bool,
) -> Matching {
    let renamed = |a: &T, b: &T| {
        rename.is_some_and(|copy_name| {
            let mut a = a.clone();
            copy_name(&mut a, b);
            a == *b
        })
    };
    if old.len() == new.len() && old.iter().zip(new).all(|(a, b)| same_identity(a, b)) {
        return Matching {
            pairs: (0..new.len()).map(|i| (i, i, false)).collect(),
            ..Matching::default()
        };
    }
    let mut old_free = vec![true; old.len()];
    let mut partner: Vec<Option<usize>> = vec![None; new.len()];
    let head = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let tail = old
        .iter()
        .skip(head)
        .rev()
        .zip(new.iter().skip(head).rev())
        .take_while(|(a, b)| a == b)
        .count();
    for k in 0..head {
        pair(&mut old_free, &mut partner, k, k);
    }
    for k in 1..=tail {
        pair(&mut old_free, &mut partner, old.len() - k, new.len() - k);
    }
    // The entries between the head and the tail, which pair by position.
    let (old_mid, new_mid) = (head..old.len() - tail, head..new.len() - tail);
    for (round, key) in keys.iter().enumerate() {
        let mut groups: HashMap<String, (Vec<usize>, Vec<usize>)> = HashMap::new();
        for i in old_mid.clone() {
            if let (Some(true), Some(e)) = (old_free.get(i), old.get(i)) {
                groups.entry(key(e)).or_default().0.push(i);
            }
        }
        for j in new_mid.clone() {
            if let (Some(None), Some(e)) = (partner.get(j), new.get(j)) {
                if let Some(g) = groups.get_mut(&key(e)) {
                    g.1.push(j);
                }
            }
        }
        let mut groups: Vec<(Vec<usize>, Vec<usize>)> = groups.into_values().collect();
        // In old order, so that the pairing does not depend on the map's.
        groups.sort_by_key(|(olds, _)| olds.first().copied());
        for (olds, news) in groups {
            if news.is_empty() || (round > 0 && (olds.len() != 1 || news.len() != 1)) {
                continue;
            }
            let free = |partner: &[Option<usize>], j: usize| partner.get(j) == Some(&None);
            let mut left: Vec<usize> = Vec::new();
            // Equal entries first, so that a copy inserted beside its original is the new one.
            for &i in &olds {
                let equal = news.iter().copied().find(|&j| {
                    free(&partner, j) && old.get(i).zip(new.get(j)).is_some_and(|(a, b)| a == b)
                });
                match equal {
                    Some(j) => pair(&mut old_free, &mut partner, i, j),
                    None => left.push(i),
                }
            }
            let rest: Vec<usize> = news.into_iter().filter(|&j| free(&partner, j)).collect();
            for (i, j) in left.into_iter().zip(rest) {
                pair(&mut old_free, &mut partner, i, j);
            }
        }
    }
    for i in old_mid.clone() {
        let (Some(true), Some(a)) = (old_free.get(i), old.get(i)) else {
            continue;
        };
        let rename = new_mid
            .clone()
            .find(|&j| partner.get(j) == Some(&None) && new.get(j).is_some_and(|b| renamed(a, b)));
        if let Some(j) = rename {
            pair(&mut old_free, &mut partner, i, j);
        }
    }
    if last_resort {
        let removed: Vec<usize> = old_mid
            .filter(|&i| old_free.get(i) == Some(&true))
            .collect();
        let added: Vec<usize> = new_mid.filter(|&j| partner.get(j) == Some(&None)).collect();
        if let ([i], [j]) = (removed.as_slice(), added.as_slice()) {
            pair(&mut old_free, &mut partner, *i, *j);
        }
    }
    let mut m = Matching::default();
    for (j, p) in partner.iter().enumerate() {
        match p {
            // The entries at the start and at the end were compared whole already.
            Some(i) => m.pairs.push((*i, j, j < head || j >= new.len() - tail)),
            None => m.added.push(j),
        }
    }
    m.removed = (0..old.len())
        .filter(|&i| old_free.get(i) == Some(&true))
        .collect();
    m
}

fn pair(old_free: &mut [bool], partner: &mut [Option<usize>], i: usize, j: usize) {
    if let Some(f) = old_free.get_mut(i) {
        *f = false;
    }
    if let Some(p) = partner.get_mut(j) {
        *p = Some(i);
    }
}

/// The matching key of a text. A text not written has the empty key, the key of an empty text:
/// for matching, both say nothing.
fn text_key(text: Option<&str>) -> String {
    text.map_or_else(String::new, notation_key)
}

fn entrustment_title(e: &Entrustment) -> Option<&str> {
    e.title.as_deref().or(e.content.as_deref())
}

/// The 委託先 part of a matching key: the [`entrustee_key`] of its name, and the empty key when it
/// is unnamed (unnamed 委託先 match one another, in order).
fn entrustee_part(e: &Entrustment) -> String {
    let name = e.entrustee.as_deref();
    name.map_or_else(String::new, |name| entrustee_key(name).into_owned())
}

/// The identity of a 委託事項: its 委託先 (see [`entrustee_key`]) and what is entrusted.
fn entrustment_key(e: &Entrustment) -> String {
    let mut key = entrustee_part(e);
    key.push('\u{1}');
    key.push_str(&text_key(entrustment_title(e)));
    key
}

/// A 委託事項 as one line: its title, and its 委託先 in `（）`.
fn entrustment_text(e: &Entrustment) -> Option<String> {
    match (entrustment_title(e), e.entrustee.as_deref()) {
        (Some(t), Some(who)) => Some(format!("{t}（{who}）")),
        (t, who) => t.or(who).map(str::to_owned),
    }
}

fn file_key(f: &FileBlock) -> String {
    let keys: Vec<String> = f.names.iter().map(|n| notation_key(n)).collect();
    keys.join("\u{1}")
}

/// A step of the way from an item to the value that changed inside it.
#[derive(Debug, Clone, Copy)]
enum PartStep {
    /// A labelled part of a group (`具体的な方法`); empty for the part that is the item's own
    /// choice.
    Label(&'static str),
    /// A level of a list (the N-th 再委託先), from 0.
    Level(usize),
    /// One 入手元, by its label.
    Source(&'static str),
}

/// The position of a change in the form's order (changes at one position keep the walk's).
type SortKey = (u8, usize, Option<u32>, u32, usize, u32);

/// Where the two versions of one item instance are, and where their entries sort; by default,
/// outside the lists of the report.
#[derive(Debug, Clone, Copy, Default)]
struct At<'i> {
    old: &'i [usize],
    new: &'i [usize],
    file_slot: usize,
    entry_slot: usize,
}

/// One list of the report: how its entries are matched ([`match_entries`]), where their items
/// are, and how an entry added or removed as a whole is named and shown.
struct List<T: 'static> {
    /// Where the items of an entry are.
    scope: Scope,
    /// The item that names an entry (システムの名称, 特定個人情報ファイル名, 委託事項, 提供先…):
    /// an entry added or removed as a whole is one change of it.
    name: ItemId,
    /// Whether two entries at one position are the same entry.
    same: fn(&T, &T) -> bool,
    /// The matching keys, in the order they are tried.
    keys: &'static [fn(&T) -> String],
    /// Gives an entry the other's name, to tell an entry renamed with the rest unchanged.
    rename: fn(&mut T, &T),
    /// The entry as one line.
    text: fn(&T) -> Option<String>,
    /// Compares the lists inside two entries paired (old, new) at their indices (old, new) and
    /// file slot: the 委託事項, 提供先 and 移転先 of a file block.
    inner: Inner<T>,
}

impl<T> List<T> {
    /// The file and entry slots of an entry at `slot` among the entries of the list, in the
    /// file block at `file_slot`: an entry of the list of file blocks is a file slot itself.
    fn slots(&self, file_slot: usize, slot: usize) -> (usize, usize) {
        match self.scope {
            Scope::File => (slot, 0),
            _ => (file_slot, slot),
        }
    }
}

/// See [`List::inner`].
type Inner<T> = fn(&mut Walker<'_>, (&T, &T), (usize, usize), usize);

/// No list inside.
fn no_inner<T>(_: &mut Walker<'_>, _: (&T, &T), _: (usize, usize), _: usize) {}

const SYSTEMS: List<System> = List {
    scope: Scope::System,
    name: ItemId::SystemName,
    same: |a, b| a.name == b.name,
    keys: &[|s| notation_key(&s.name)],
    rename: |a, b| a.name.clone_from(&b.name),
    text: |s| (!s.name.is_empty()).then(|| s.name.clone()),
    inner: no_inner,
};

const FILES: List<FileBlock> = List {
    scope: Scope::File,
    name: ItemId::FileNames,
    same: |a, b| a.names == b.names,
    keys: &[file_key, |f| text_key(f.names.first().map(String::as_str))],
    rename: |a, b| a.names.clone_from(&b.names),
    text: |f| Some(f.names.join("、")).filter(|names| !names.is_empty()),
    inner: |walker, (a, b), file, slot| {
        let file = Some(file);
        walker.list(&ENTRUSTMENTS, &a.entrustments, &b.entrustments, file, slot);
        walker.list(&PROVISIONS, &a.provisions, &b.provisions, file, slot);
        walker.list(&TRANSFERS, &a.transfers, &b.transfers, file, slot);
    },
};

const ENTRUSTMENTS: List<Entrustment> = List {
    scope: Scope::Entrustment,
    name: ItemId::EntrustmentTitle,
    same: |a, b| a.title == b.title && a.entrustee == b.entrustee,
    keys: &[
        entrustment_key,
        |e| text_key(entrustment_title(e)),
        entrustee_part,
    ],
    rename: |a, b| a.entrustee.clone_from(&b.entrustee),
    text: entrustment_text,
    inner: no_inner,
};

const PROVISIONS: List<Destination> = List {
    scope: Scope::Provision,
    name: ItemId::ProvisionName,
    same: |a, b| a.name == b.name,
    keys: &[|d| text_key(d.name.as_deref())],
    rename: |a, b| a.name.clone_from(&b.name),
    text: |d| d.name.clone(),
    inner: no_inner,
};

const TRANSFERS: List<Destination> = List {
    scope: Scope::Transfer,
    name: ItemId::TransferName,
    ..PROVISIONS
};

/// Every change from `old` to `new`, in the form's order: the walk compares the parts outside
/// the lists, the systems, the file blocks.
pub(super) fn changes(old: &Report, new: &Report) -> Vec<Change> {
    let form = new.form();
    let mut walker = Walker {
        old,
        new,
        form,
        items: items(form),
        parts: Vec::new(),
        found: Vec::new(),
    };
    // Each item compares itself (`same_as`): comparing a whole part first would compare a
    // changed part twice.
    for &id in walker.items.of(Scope::Root) {
        walker.item(id, At::default());
    }
    walker.list(&SYSTEMS, &old.systems, &new.systems, None, 0);
    walker.list(&FILES, &old.files, &new.files, None, 0);
    // A stable sort: changes at one position stay in the order the walk found them.
    walker.found.sort_by_key(|&(key, _)| key);
    walker.found.into_iter().map(|(_, change)| change).collect()
}

/// The walk over two versions of a report.
struct Walker<'a> {
    old: &'a Report,
    new: &'a Report,
    form: AssessmentKind,
    items: &'static Items,
    parts: Vec<PartStep>,
    /// The changes found, each with its position in the form's order.
    found: Vec<(SortKey, Change)>,
}

impl Walker<'_> {
    /// Compares the entries of a list of the report, or of the file blocks `file` (old, new)
    /// at `file_slot`: the entries paired that differ item by item, with the lists inside them
    /// ([`List::inner`]), the others as wholes. A file block takes the file slot of the new one,
    /// and one left alone on each side pairs too (a renamed file block).
    fn list<T: PartialEq + Clone>(
        &mut self,
        list: &List<T>,
        old: &[T],
        new: &[T],
        file: Option<(usize, usize)>,
        file_slot: usize,
    ) {
        let files = list.scope == Scope::File;
        let m = match_entries(old, new, list.same, list.keys, Some(list.rename), files);
        for &(i, j, equal) in &m.pairs {
            let (Some(a), Some(b)) = (old.get(i), new.get(j)) else {
                continue;
            };
            // A file block is not compared whole: its items and lists compare themselves, and
            // comparing it whole first would compare a changed part twice.
            if equal || (!files && a == b) {
                continue;
            }
            let (o, n) = ([file.map_or(0, |f| f.0), i], [file.map_or(0, |f| f.1), j]);
            let skip = usize::from(file.is_none());
            let (file_slot, entry_slot) = list.slots(file_slot, 2 * j + 1);
            let at = At {
                old: o.get(skip..).unwrap_or(&[]),
                new: n.get(skip..).unwrap_or(&[]),
                file_slot,
                entry_slot,
            };
            for &id in self.items.of(list.scope) {
                self.item(id, at);
            }
            (list.inner)(self, (a, b), (i, j), file_slot);
        }
        self.whole_entries(&m, list, file, file_slot, (old, new));
    }

    /// The entries of a list that `m` left without a partner: each removed or added as a whole,
    /// one change of `list.name` with the entry as one line. The list is in the file blocks
    /// `file` (old, new) at `file_slot`, or is the list of file blocks, whose entries are the
    /// file slots themselves. A removed entry that held a ※ item is a reduction; an added one
    /// that holds one is a ※ change.
    fn whole_entries<T>(
        &mut self,
        m: &Matching,
        list: &List<T>,
        file: Option<(usize, usize)>,
        file_slot: usize,
        (old, new): (&[T], &[T]),
    ) {
        for (kind, k, (report, side)) in m.unpaired((self.old, old), (self.new, new)) {
            let file = file.map(|(fi, fj)| if kind == ChangeKind::Removed { fi } else { fj });
            let buffer = [file.unwrap_or(0), k];
            let at = buffer.get(usize::from(file.is_none())..).unwrap_or(&[]);
            let marked = self.holds_marked(report, list.scope, at);
            // An added entry's place among the new entries: as any new entry's, its new
            // index `k` at `2k + 1`.
            let entry_slot = if kind == ChangeKind::Removed {
                m.removed_slot(k, new.len())
            } else {
                2 * k + 1
            };
            let (file_slot, entry_slot) = list.slots(file_slot, entry_slot);
            let placed = At {
                old: at,
                new: at,
                file_slot,
                entry_slot,
            };
            let text = side.get(k).and_then(list.text);
            self.entry_change(list.name, placed, kind, text, marked);
        }
    }

    /// Whether the entry of `report` at `at` fills in a ※ item of `scope`; a file block counts
    /// the ※ items of its 委託事項 too.
    fn holds_marked(&self, report: &Report, scope: Scope, at: &[usize]) -> bool {
        let marked = |scope: Scope, at: &[usize]| {
            self.items.of(scope).iter().any(|&id| {
                id.is_significant(self.form)
                    && field_at(report, id, at).is_some_and(|f| !f.is_blank())
            })
        };
        marked(scope, at)
            || match (scope, at) {
                (Scope::File, &[f]) => report.files.get(f).is_some_and(|block| {
                    (0..block.entrustments.len()).any(|e| marked(Scope::Entrustment, &[f, e]))
                }),
                _ => false,
            }
    }

    /// Compares one item instance.
    fn item(&mut self, id: ItemId, at: At<'_>) {
        let (Some(o), Some(n)) = (
            field_at(self.old, id, at.old),
            field_at(self.new, id, at.new),
        ) else {
            return;
        };
        if o.same_as(n) {
            return;
        }
        self.values(id, at, &o.value(), &n.value());
    }

    /// Compares two values of `id`, part by part.
    fn values(&mut self, id: ItemId, at: At<'_>, ov: &Value<'_>, nv: &Value<'_>) {
        match (ov, nv) {
            (Value::Group(a), Value::Group(b)) if a.len() == b.len() => {
                for ((label, va), (_, vb)) in a.iter().zip(b) {
                    if va != vb {
                        self.parts.push(PartStep::Label(label));
                        self.values(id, at, va, vb);
                        self.parts.pop();
                    }
                }
            }
            (Value::List(a), Value::List(b)) => self.levels(id, at, a, b),
            (
                Value::Sources { checked: a, .. },
                Value::Sources {
                    checked: b,
                    options,
                },
            ) => self.sources(id, at, options, a, b),
            _ => {
                let (before, after) = (ov.printed(), nv.printed());
                let kind = match (&before, &after) {
                    (None, None) => return,
                    (a, b) if a == b => return,
                    (None, Some(_)) => ChangeKind::Added,
                    (Some(_), None) => ChangeKind::Removed,
                    (Some(_), Some(_)) => ChangeKind::Modified,
                };
                let printed = (before.as_deref(), after.as_deref());
                let reason = judge_value(self.form, id, ov, nv, printed);
                self.emit(id, at, kind, before, after, reason);
            }
        }
    }

    /// Compares the levels of a list (the 再委託 chain), matched by their 再委託先 or, unnamed,
    /// by what is re-entrusted ([`level_key`]).
    fn levels(&mut self, id: ItemId, at: At<'_>, a: &[Value<'_>], b: &[Value<'_>]) {
        let same = |x: &Value<'_>, y: &Value<'_>| level_key(x) == level_key(y);
        let m = match_entries(a, b, same, &[level_key], None, false);
        for &(i, j, equal) in &m.pairs {
            if let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
                if !equal && x != y {
                    self.parts.push(PartStep::Level(j));
                    self.values(id, at, x, y);
                    self.parts.pop();
                }
            }
        }
        for (kind, k, levels) in m.unpaired(a, b) {
            self.parts.push(PartStep::Level(k));
            let text = levels.get(k).and_then(Value::printed);
            self.entry_change(id, at, kind, text, id.is_significant(self.form));
            self.parts.pop();
        }
    }

    /// Compares 入手元 one by one, in the form's order (`options`).
    fn sources(
        &mut self,
        id: ItemId,
        at: At<'_>,
        options: &[&'static str],
        a: &[(&'static str, Option<&str>)],
        b: &[(&'static str, Option<&str>)],
    ) {
        let marked = id.is_significant(self.form);
        for &label in options {
            self.parts.push(PartStep::Source(label));
            match (source_detail(a, label), source_detail(b, label)) {
                // Two details as two texts: a change only if they print otherwise.
                (Some(d), Some(e)) => self.values(id, at, &Value::Text(d), &Value::Text(e)),
                (None, None) => {}
                (d, e) => {
                    let kind = match d {
                        Some(_) => ChangeKind::Removed,
                        None => ChangeKind::Added,
                    };
                    let text = d.or(e).map(|detail| source_text(label, detail));
                    self.entry_change(id, at, kind, text, marked);
                }
            }
            self.parts.pop();
        }
    }

    /// An entry added or removed, shown as `text`: an entry of a list named by the item `id`, or
    /// an entry of a list inside the item `id` (a 再委託 level, a 入手元). `marked`: the entry
    /// holds a ※ item, or the item is one ([`judge_entry`]).
    fn entry_change(
        &mut self,
        id: ItemId,
        at: At<'_>,
        kind: ChangeKind,
        text: Option<String>,
        marked: bool,
    ) {
        let (before, after) = match kind {
            ChangeKind::Removed => (text, None),
            _ => (None, text),
        };
        self.emit(id, at, kind, before, after, judge_entry(kind, marked));
    }

    fn emit(
        &mut self,
        id: ItemId,
        at: At<'_>,
        kind: ChangeKind,
        before: Option<String>,
        after: Option<String>,
        reason: Reason,
    ) {
        let (report, indices) = match kind {
            ChangeKind::Removed => (self.old, at.old),
            _ => (self.new, at.new),
        };
        let mut place = log_place(report, id, indices);
        let mut path = id.path(indices);
        for step in &self.parts {
            match *step {
                PartStep::Label("") => {}
                PartStep::Label(label) => {
                    place.push('　');
                    place.push_str(id.printed_label(label));
                }
                PartStep::Level(k) => {
                    push_numbered(&mut place, &(k + 1).to_string());
                    path = path.index(k);
                }
                PartStep::Source(label) => {
                    place.push('　');
                    place.push_str(label);
                    path = path.key(label);
                }
            }
        }
        let (chapter, section) = position(self.form, id);
        let group = match scope_of(id) {
            Scope::Entrustment => ItemId::EntrustmentTitle,
            Scope::Provision => ItemId::ProvisionName,
            Scope::Transfer => ItemId::TransferName,
            Scope::System => ItemId::SystemName,
            Scope::Root | Scope::File => id,
        };
        let key = (
            chapter,
            at.file_slot,
            section,
            group as u32,
            at.entry_slot,
            id as u32,
        );
        let change = Change {
            item: id,
            path,
            place,
            kind,
            before,
            after,
            reason,
            overridden: None,
        };
        self.found.push((key, change));
    }
}

/// The detail of the 入手元 `label` among `checked`, if it is checked.
fn source_detail<'v>(
    checked: &[(&'static str, Option<&'v str>)],
    label: &str,
) -> Option<Option<&'v str>> {
    checked.iter().find(|&&(l, _)| l == label).map(|&(_, d)| d)
}

/// The matching key of a level of the 再委託 chain: its 再委託先 ([`entrustee_key`]) or, unnamed,
/// what is re-entrusted.
fn level_key(v: &Value<'_>) -> String {
    match v {
        Value::Group(parts) => {
            let text = |k: usize| match parts.get(k) {
                Some((_, Value::Text(t))) => t.filter(|t| !t.trim().is_empty()),
                _ => None,
            };
            match text(0) {
                Some(n) => entrustee_key(n).into_owned(),
                None => format!("\u{1}{}", text_key(text(1))),
            }
        }
        other => text_key(other.printed().as_deref()),
    }
}

/// The chapter (表紙 0, Ⅰ 1 … Ⅵ 6; an appendix in the chapter it belongs to) and section number
/// of an item in `form`, for the form's order; items without a number take their entry's or a
/// neighbour's, and an item with none of these comes first, with the cover (0, `None`).
fn position(form: AssessmentKind, id: ItemId) -> (u8, Option<u32>) {
    let stand_in = match id {
        ItemId::EntrustmentReEntrustees => Some(ItemId::EntrustmentTitle),
        _ => stand_in(id),
    };
    let Some(number) = id.number(form).or_else(|| stand_in?.number(form)) else {
        return (0, None);
    };
    let (mut chapter, section, _) = split_number(number);
    if chapter.starts_with(crate::form::APPENDIX) {
        chapter = appendix_chapter(id);
    }
    let chapter = match chapter.chars().next() {
        Some(c @ 'Ⅰ'..='Ⅵ') => (c as u32 - 'Ⅰ' as u32 + 1) as u8,
        _ => 0,
    };
    (chapter, section.parse().ok())
}
