//! What the item table reaches in a report: a [`Field`] (blank or not, cleared, shown as the form
//! shows it). One implementation per type of the model; the table ([`super::items`]) knows
//! where each item is, this module what each kind of value looks like.

use std::any::Any;
use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::NaiveDate;

use super::cell::Fill;
use super::{BasisPart, LinkageBasis};
use super::{
    CheckSet, ChoiceSet, Control, DateOrMonth, ItemId, Period, ProvisionTransferStatus,
    ReEntrustee, RecentIncidents, RecordItems, Risk, SourceKind, Sufficiency, basic, focused, full,
};
use crate::Choice;
use crate::form::FormRevision;
use crate::form::choices::OtherText;
use crate::form::items::OPT_OUT_LABEL;
use crate::label::{first_stray_char, repeats_scanned};
use crate::legal_basis::LegalBasis;
use crate::threshold::StatedThresholdResult;
use crate::wareki::YearMonth;

/// The value of one item as the form holds it: what a renderer prints and a change record
/// compares.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value<'a> {
    /// Free text; `None` for an empty cell.
    Text(Option<&'a str>),
    /// Several names or lines (a file's names, the record items of 別添).
    Texts(Texts<'a>),
    /// One choice of a ＜選択肢＞ list: the chosen label and every option, in form order.
    Choice {
        chosen: Option<&'static str>,
        options: &'static [&'static str],
    },
    /// A label with words of its own, such as a しきい値判断結果 with 「（任意に…を実施）」.
    Label(Option<String>),
    /// A checkbox list: the checked labels, every option, and the text of 「その他（ ）」.
    Checks {
        checked: Vec<&'static str>,
        options: &'static [&'static str],
        other: Option<&'a str>,
    },
    /// 入手元: the checked sources, each with its detail text, and every option.
    Sources {
        checked: Vec<(&'static str, Option<&'a str>)>,
        options: &'static [&'static str],
    },
    /// A single box (`[ ] 委託しない`).
    Flag(bool),
    /// A yes or no that the model adds (whether the original body permitted a 再委託 level);
    /// `None` when unknown.
    Answer(Option<bool>),
    /// A number written in the form (（ 28 ）件, ３１日間).
    Count(Option<u32>),
    /// A date, given to the day or to the month (a 保有開始日 `平成27年10月`).
    Date(Option<DateOrMonth>),
    /// Several dates.
    Dates(&'a [NaiveDate]),
    /// A month (the 様式 version).
    Month(Option<YearMonth>),
    /// A 法令上の根拠.
    Basis(Option<&'a LegalBasis>),
    /// An item made of labelled parts (a risk: its measures and 十分性; a period: start, end).
    Group(Vec<(&'static str, Value<'a>)>),
    /// An item that is a list of parts (the levels of a 再委託 chain).
    List(Vec<Value<'a>>),
    /// A period as the forms print it: start, end and the number of days stated (意見の聴取
    /// 実施日・期間).
    Period {
        start: Option<NaiveDate>,
        end: Option<NaiveDate>,
        days: Option<u32>,
    },
}

/// The texts of a [`Value::Texts`], as the report holds them: a list of `String`s (a file's
/// names) or the one text of [`RecordItems`].
#[derive(Debug, Clone, Copy)]
pub(crate) enum Texts<'a> {
    /// A `String` each.
    List(&'a [String]),
    /// The record items of 別添.
    Items(&'a RecordItems),
}

impl<'a> Texts<'a> {
    /// The texts in order.
    pub(crate) fn iter(self) -> impl Iterator<Item = &'a str> + Clone {
        let (list, items): (&'a [String], Option<&'a RecordItems>) = match self {
            Texts::List(list) => (list, None),
            Texts::Items(items) => (&[], Some(items)),
        };
        list.iter()
            .map(String::as_str)
            .chain(items.into_iter().flatten())
    }
}

/// The same texts in the same order, however they are held.
impl PartialEq for Texts<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

/// What every [`Field`] does the same way, from its type: equality through `dyn Field` (what
/// lets a comparison skip an unchanged item without building its [`Value`]), and emptying.
/// Implemented for every `'static` type with `PartialEq` and `Default`, which every [`Field`] is.
pub(crate) trait FieldEq: Any {
    /// Whether `other` is of the same type and equal.
    fn same_as(&self, other: &dyn Field) -> bool;
    /// Empties the item, as a report of a form without it holds it: its type's `Default` (no
    /// text, no choice, no box checked, every part empty).
    fn clear(&mut self);
}

impl<T: PartialEq + Any + Default> FieldEq for T {
    fn same_as(&self, other: &dyn Field) -> bool {
        (other as &dyn Any).downcast_ref::<T>() == Some(self)
    }
    fn clear(&mut self) {
        *self = T::default();
    }
}

impl Value<'_> {
    /// Whether the value holds nothing: what [`Field::is_blank`] says of the field it comes
    /// from (no text or only white space, no choice, no box checked, every part blank).
    pub(crate) fn is_blank(&self) -> bool {
        match self {
            Value::Text(text) => blank_text(*text),
            Value::Texts(texts) => texts.iter().all(|t| t.trim().is_empty()),
            Value::Choice { chosen, .. } => chosen.is_none(),
            Value::Label(label) => label.is_none(),
            Value::Checks { checked, other, .. } => checked.is_empty() && blank_text(*other),
            Value::Sources { checked, .. } => checked.is_empty(),
            Value::Flag(on) => !on,
            Value::Answer(answer) => answer.is_none(),
            Value::Count(n) => n.is_none(),
            Value::Date(date) => date.is_none(),
            Value::Dates(dates) => dates.is_empty(),
            Value::Month(month) => month.is_none(),
            Value::Basis(basis) => basis.is_none(),
            Value::Group(parts) => parts.iter().all(|(_, v)| v.is_blank()),
            Value::List(items) => items.iter().all(Value::is_blank),
            Value::Period { start, end, days } => {
                start.is_none() && end.is_none() && days.is_none()
            }
        }
    }

    /// The first [stray](crate::label::is_stray_char) character of the value's own text (its
    /// texts, 「その他」 words, 入手元 details, 法令上の根拠, parts in order): what
    /// [`Field::first_stray`] finds when a field has no quicker way.
    fn first_stray(&self) -> Option<char> {
        let text = first_stray_char;
        match self {
            Value::Text(t) => t.and_then(text),
            Value::Texts(ts) => ts.iter().find_map(text),
            Value::Checks { other, .. } => other.and_then(text),
            Value::Sources { checked, .. } => checked.iter().find_map(|(_, d)| d.and_then(text)),
            Value::Label(l) => l.as_deref().and_then(text),
            Value::Basis(b) => b.and_then(LegalBasis::first_stray),
            Value::Group(parts) => parts.iter().find_map(|(_, v)| v.first_stray()),
            Value::List(items) => items.iter().find_map(Value::first_stray),
            _ => None,
        }
    }
}

/// One value of the model that the item table reaches.
pub(crate) trait Field: FieldEq + Fill {
    /// Whether the item is left empty: no text (or only white space), no choice, no box checked.
    /// Its [`Value`] says it; the fields whose value is built in a new list (a checkbox list, a
    /// group) tell it from their parts instead.
    fn is_blank(&self) -> bool {
        self.value().is_blank()
    }

    /// The value, for rendering and comparing.
    fn value(&self) -> Value<'_>;

    /// The first [stray](crate::label::is_stray_char) character of the field's text
    /// ([`Code::UnsafeCharacter`](crate::validation::Code::UnsafeCharacter)). The field's
    /// [`Value`] says it; an optional text (most items) reads its text directly (validation
    /// asks every field of a report).
    fn first_stray(&self) -> Option<char> {
        self.value().first_stray()
    }

    /// Whether the field holds the text of `before`, the instance of its item before it in
    /// validation's scan, so that its [`Field::first_stray`] is `before`'s and need not be
    /// found again: the rows of a list often repeat a text (提供先 after 提供先 with the same
    /// 対象となる本人の範囲). A text answers when comparing costs less than scanning
    /// ([`repeats_scanned`]); every other field says no.
    fn repeats(&self, _before: &Self) -> bool
    where
        Self: Sized,
    {
        false
    }

    /// Whether a field of this type can hold text of the report's own (a choice, a box, a
    /// number or a date cannot): [`super::items::visit_strays`] reads it for each item, so
    /// that validation's scan for stray characters passes over the items that hold none.
    fn holds_text() -> bool
    where
        Self: Sized,
    {
        true
    }

    /// Draws the field's choices again (each part's, for a group): `pick(n)` gives a number
    /// below `n`. A choice becomes one of its options or none, a checkbox list has one box
    /// toggled; a field without choices stays as it is. The fixtures' noise.
    #[cfg(feature = "proptest")]
    fn redraw_choice(&mut self, _pick: &mut dyn FnMut(usize) -> usize) {}
}

/// A struct of the model shown as labelled parts (a risk's 「リスクに対する措置の内容」 and
/// 「リスクへの対策は十分か」): its cell is read part by part, each under its label.
pub(crate) trait Group: Field {
    /// The parts' labels, in the order of [`Group::parts_mut`] (an empty label for a part
    /// printed without one, first).
    const LABELS: &'static [&'static str];

    /// The parts, in the order of [`Group::LABELS`].
    fn parts_mut(&mut self) -> Vec<&mut dyn Field>;
}

/// Whether a text cell is empty: missing, blank, or only the dashes real reports write for an
/// empty cell (`－`, `-`, `―`, `—`).
pub(crate) fn blank(text: Option<&str>) -> bool {
    // Every blank character but 'ー', '一' and '－' is at most U+3000 (the ideographic space):
    // the first character of most text is above and is told apart without the white space table.
    text.is_none_or(|t| {
        t.chars().all(|c| {
            matches!(c, '－' | 'ー' | '一')
                || crate::label::is_white_space(c)
                || matches!(c, '-' | '―' | '—' | '‐')
        })
    })
}

fn blank_text(text: Option<&str>) -> bool {
    text.is_none_or(|t| t.trim().is_empty())
}

impl Field for Option<String> {
    fn value(&self) -> Value<'_> {
        Value::Text(self.as_deref())
    }
    fn first_stray(&self) -> Option<char> {
        self.as_deref().and_then(first_stray_char)
    }
    fn repeats(&self, before: &Self) -> bool {
        matches!((self, before), (Some(text), Some(before)) if repeats_scanned(text, before))
    }
}

impl Field for String {
    fn value(&self) -> Value<'_> {
        Value::Text(Some(self))
    }
    fn repeats(&self, before: &Self) -> bool {
        repeats_scanned(self, before)
    }
}

impl Field for Vec<String> {
    fn value(&self) -> Value<'_> {
        Value::Texts(Texts::List(self))
    }
}

/// Read through its [`Value`], which holds the list as it is (blank when every item is, its
/// stray characters those of its items).
impl Field for RecordItems {
    fn value(&self) -> Value<'_> {
        Value::Texts(Texts::Items(self))
    }
}

/// Blank and without stray characters as a choice is, told without building the value (every
/// risk's 十分性 is asked).
impl<C: Choice> Field for Option<C> {
    fn holds_text() -> bool {
        false
    }
    fn is_blank(&self) -> bool {
        self.is_none()
    }
    #[cfg(feature = "proptest")]
    fn redraw_choice(&mut self, pick: &mut dyn FnMut(usize) -> usize) {
        *self = C::ALL.get(pick(C::ALL.len() + 1)).copied();
    }
    fn value(&self) -> Value<'_> {
        Value::Choice {
            chosen: self.map(Choice::label),
            options: C::LABELS,
        }
    }
    fn first_stray(&self) -> Option<char> {
        None
    }
}

impl<C: Choice> Field for CheckSet<C> {
    fn is_blank(&self) -> bool {
        self.checked.is_empty() && blank_text(self.other.as_deref())
    }
    #[cfg(feature = "proptest")]
    fn redraw_choice(&mut self, pick: &mut dyn FnMut(usize) -> usize) {
        self.checked.redraw_choice(pick);
    }
    fn value(&self) -> Value<'_> {
        Value::Checks {
            checked: self.checked.iter().map(|c| c.label()).collect(),
            options: C::LABELS,
            other: self.other.as_deref(),
        }
    }
    fn first_stray(&self) -> Option<char> {
        self.other.as_deref().and_then(first_stray_char)
    }
}

impl<C: Choice> Field for ChoiceSet<C> {
    fn holds_text() -> bool {
        false
    }

    fn is_blank(&self) -> bool {
        self.is_empty()
    }
    #[cfg(feature = "proptest")]
    fn redraw_choice(&mut self, pick: &mut dyn FnMut(usize) -> usize) {
        if let Some(&c) = C::ALL.get(pick(C::ALL.len())) {
            if !self.remove(&c) {
                self.insert(c);
            }
        }
    }
    fn value(&self) -> Value<'_> {
        Value::Checks {
            checked: self.iter().map(|c| c.label()).collect(),
            options: C::LABELS,
            other: None,
        }
    }
}

impl Field for BTreeMap<SourceKind, Option<String>> {
    fn is_blank(&self) -> bool {
        self.is_empty()
    }
    fn value(&self) -> Value<'_> {
        Value::Sources {
            checked: self
                .iter()
                .map(|(kind, detail)| (kind.label(), detail.as_deref()))
                .collect(),
            options: SourceKind::LABELS,
        }
    }
    fn first_stray(&self) -> Option<char> {
        self.values()
            .find_map(|d| d.as_deref().and_then(first_stray_char))
    }
}

/// Implements [`Field`] for a value without text of its own (a box, an answer, a count, a date,
/// a period), each shown as the [`Value`] that `$value` makes of it (`$v` is the field): blank
/// when `None` (a box when unchecked).
macro_rules! textless {
    ($($ty:ty => |$v:ident| $value:expr),+ $(,)?) => {$(
        impl Field for $ty {
            fn holds_text() -> bool {
                false
            }
            fn value(&self) -> Value<'_> {
                let $v = self;
                $value
            }
        }
    )+};
}

textless!(
    bool => |on| Value::Flag(*on),
    Option<bool> => |answer| Value::Answer(*answer),
    Option<u32> => |count| Value::Count(*count),
    Option<DateOrMonth> => |date| Value::Date(*date),
    Option<NaiveDate> => |date| Value::Date(date.map(DateOrMonth::Day)),
    Option<FormRevision> => |revision| Value::Month(revision.map(FormRevision::month)),
    Vec<NaiveDate> => |dates| Value::Dates(dates),
    Period => |period| Value::Period {
        start: period.start,
        end: period.end,
        days: period.stated_days.or_else(|| period.days()),
    },
);

impl Field for Option<LegalBasis> {
    fn value(&self) -> Value<'_> {
        Value::Basis(self.as_ref())
    }
    fn first_stray(&self) -> Option<char> {
        self.as_ref().and_then(|b| b.first_stray())
    }
}

/// A part of a 情報連携 basis as a value: its basis, its 「なし」 words, or nothing.
fn part_value(part: &BasisPart) -> Value<'_> {
    match part {
        BasisPart::Basis(b) => Value::Basis(Some(b)),
        BasisPart::None { text } => Value::Text(Some(text)),
        _ => Value::Basis(None),
    }
}

/// One item (the forms print one cell) whose value is the whole text and its two parts.
impl Field for Option<LinkageBasis> {
    fn value(&self) -> Value<'_> {
        match self {
            Some(b) => Value::Group(vec![
                ("", Value::Basis(Some(b.basis()))),
                ("情報提供の根拠", part_value(b.provision())),
                ("情報照会の根拠", part_value(b.inquiry())),
            ]),
            None => Value::Basis(None),
        }
    }
    /// The whole text alone: each part is a stretch of it (as read, and as loaded: a part not
    /// found in the text is refused), so its first stray character is the value's.
    fn first_stray(&self) -> Option<char> {
        self.as_ref().and_then(|b| b.basis().first_stray())
    }
}

impl Field for Option<StatedThresholdResult> {
    fn is_blank(&self) -> bool {
        self.is_none()
    }
    fn value(&self) -> Value<'_> {
        Value::Label(self.map(|r| r.to_string()))
    }
}

/// Implements [`Field`] and [`Group`] for a struct of the model shown as labelled parts: blank
/// when every part is. `field [generics] type { … }` implements [`Field`] alone (a type that
/// its cell reads another way).
macro_rules! group_field {
    ($ty:ty { $($field:ident: $label:expr),+ $(,)? }) => {
        group_field!(field [] $ty { $($field: $label),+ });

        impl Group for $ty {
            const LABELS: &'static [&'static str] = &[$($label),+];
            fn parts_mut(&mut self) -> Vec<&mut dyn Field> {
                vec![$(&mut self.$field),+]
            }
        }
    };
    (field [$($generics:tt)*] $ty:ty { $($field:ident: $label:expr),+ $(,)? }) => {
        impl<$($generics)*> Field for $ty {
            fn is_blank(&self) -> bool {
                $( self.$field.is_blank() )&&+
            }
            #[cfg(feature = "proptest")]
            fn redraw_choice(&mut self, pick: &mut dyn FnMut(usize) -> usize) {
                $( self.$field.redraw_choice(pick); )+
            }
            fn value(&self) -> Value<'_> {
                Value::Group(vec![$( ($label, self.$field.value()) ),+])
            }
            fn first_stray(&self) -> Option<char> {
                None $( .or_else(|| self.$field.first_stray()) )+
            }
        }
    };
}

group_field!(Risk {
    measures: "リスクに対する措置の内容",
    sufficiency: Sufficiency::LIST_LABEL,
});

// A control's cell is read by its own rule (the label of its detail varies by item).
group_field!(field [T: Choice] Control<T> {
    status: "",
    detail: super::DETAIL_LABEL,
});

group_field!(RecentIncidents {
    status: "",
    content: "その内容",
    prevention: "再発防止策の内容",
    incident_dates: "発生日",
});

group_field!(ProvisionTransferStatus {
    provision: "提供を行っている",
    provision_count: "提供先の件数",
    transfer: "移転を行っている",
    transfer_count: "移転先の件数",
    // The third box prints the words of the list of 行っている／行っていない.
    neither: crate::report::Performed::No.label(),
});

/// The risks whose named measures are items of their own: the item of the risk itself holds
/// what is left, its other measures and its 十分性.
macro_rules! risk_rest {
    ($($ty:ty),+ $(,)?) => {
        $(group_field!($ty {
            other_measures: "その他の措置の内容",
            sufficiency: Sufficiency::LIST_LABEL,
        });)+
    };
}

risk_rest!(
    full::UnintendedAcquisitionRisk,
    full::InaccuracyRisk,
    full::LinkingRisk,
    full::UnauthorizedUseRisk,
    full::EntrusteeRisk,
    full::ImproperProvisionRisk,
    full::LeakageRisk,
    full::LingeringDataRisk,
    focused::UnauthorizedUseRisk,
    focused::EntrusteeRisk,
    focused::ImproperProvisionRisk,
    focused::LeakageRisk,
);

group_field!(full::ProvisionRule {
    status: "",
    to_others: "委託先から他者への提供に関するルールの内容及びルール遵守の確認方法",
    between: "委託元と委託先間の提供に関するルールの内容及びルール遵守の確認方法",
});

group_field!(basic::EmergencyException {
    applied: "適用した",
    reason: "適用した理由",
});

// The rationale of Ⅳ8 and the 十分性 and rationale of Ⅳ11 are items of their own.
group_field!(basic::ManualWork {
    none: "人手を介在させる作業はない",
    sufficiency: Sufficiency::LIST_LABEL,
});

group_field!(basic::OptOutRisk {
    opted_out: OPT_OUT_LABEL,
    sufficiency: Sufficiency::LIST_LABEL,
});

group_field!(basic::PriorityItem {
    detailed_assessment: "全項目評価又は重点項目評価を実施する",
    measure: basic::PriorityMeasure::LIST_LABEL,
});

group_field!(ReEntrustee {
    name: "再委託先",
    items: ItemId::EntrustmentReEntrustmentItems.label(),
    permission_method: ItemId::EntrustmentReEntrustmentPermission.label(),
    permitted_by_original: "委託元の許諾",
});

impl Field for Vec<ReEntrustee> {
    fn is_blank(&self) -> bool {
        self.iter().all(Field::is_blank)
    }
    fn value(&self) -> Value<'_> {
        Value::List(self.iter().map(Field::value).collect())
    }
}

impl Value<'_> {
    /// The value as the form prints it, `None` for an empty cell: the text itself, the chosen
    /// label, the checked boxes joined with `、` (the その他 text in `（…）` after them), each 入手元
    /// with its detail in `（…）`, `○` for a checked box, dates in the 和暦
    /// (`令和6年11月22日`, `平成27年10月`), a period as `…から…までのN日間`, the parts of a group
    /// as `label：value` joined with a full-width space, the levels of a list joined with `／`.
    pub(crate) fn printed(&self) -> Option<String> {
        let text = match self {
            Value::Text(t) => t.filter(|t| !t.trim().is_empty())?.to_owned(),
            Value::Texts(list) => join(list.iter().filter(|t| !t.trim().is_empty()), "、")?,
            Value::Choice { chosen, .. } => (*chosen)?.to_owned(),
            Value::Label(label) => label.clone()?,
            Value::Checks { checked, other, .. } => {
                let mut out = checked.join("、");
                if let Some(other) = other.filter(|o| !o.trim().is_empty()) {
                    let _ = write!(out, "{}", OtherText(other));
                }
                out
            }
            Value::Sources { checked, .. } => join(
                checked
                    .iter()
                    .map(|&(label, detail)| source_text(label, detail)),
                "、",
            )?,
            Value::Flag(checked) => checked.then(|| "○".to_owned())?,
            Value::Answer(answer) => if (*answer)? { "はい" } else { "いいえ" }.to_owned(),
            Value::Count(n) => (*n)?.to_string(),
            Value::Date(d) => (*d)?.wareki(),
            Value::Dates(days) => join(days.iter().map(|&d| DateOrMonth::Day(d).wareki()), "、")?,
            Value::Month(m) => (*m)?.to_string(),
            Value::Basis(b) => (*b)?.as_str().to_owned(),
            Value::Group(parts) => join(
                parts.iter().filter_map(|(label, v)| {
                    let v = v.printed()?;
                    Some(if label.is_empty() {
                        v
                    } else {
                        format!("{label}：{v}")
                    })
                }),
                "　",
            )?,
            Value::List(levels) => join(levels.iter().filter_map(Value::printed), "／")?,
            Value::Period { start, end, days } => {
                let mut out = String::new();
                if let Some(s) = start {
                    let _ = write!(out, "{}から", DateOrMonth::Day(*s).wareki());
                }
                if let Some(e) = end {
                    let _ = write!(out, "{}まで", DateOrMonth::Day(*e).wareki());
                }
                if let Some(n) = days {
                    if !out.is_empty() {
                        out.push('の');
                    }
                    let _ = write!(out, "{n}日間");
                }
                out
            }
        };
        (!text.is_empty()).then_some(text)
    }
}

/// One 入手元 as printed: its label, and its detail in `（…）`.
pub(crate) fn source_text(label: &str, detail: Option<&str>) -> String {
    match detail.filter(|d| !d.trim().is_empty()) {
        Some(d) => format!("{label}（{d}）"),
        None => label.to_owned(),
    }
}

/// The items joined with `sep`, `None` when there are none.
fn join<S: std::borrow::Borrow<str>>(items: impl Iterator<Item = S>, sep: &str) -> Option<String> {
    let out = items.collect::<Vec<S>>().join(sep);
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AssessmentKind;
    use crate::report::{ItemId, Medium, Report, Sufficiency};

    #[test]
    fn blank_is_empty_or_white_space() {
        assert!(None::<String>.is_blank());
        assert!(Some(" 　".to_owned()).is_blank());
        assert!(!Some("なし".to_owned()).is_blank());
        assert!(vec![String::new()].is_blank());
        assert!(CheckSet::<Medium>::default().is_blank());
        assert!(!CheckSet::of([Medium::Paper]).is_blank());
        assert!(
            !CheckSet::<Medium>::default()
                .with_other("統合DB")
                .is_blank()
        );
        assert!(Risk::default().is_blank());
        assert!(!Risk::sufficient("対策").is_blank());
        assert!(!true.is_blank() && false.is_blank());
    }

    #[test]
    fn a_value_is_blank_when_its_field_is() {
        use crate::report::{Entrustment, ReEntrustee, StaffCountBand};

        fn same(field: &dyn Field) {
            assert_eq!(
                field.value().is_blank(),
                field.is_blank(),
                "{:?}",
                field.value()
            );
        }
        let report = Report::example(AssessmentKind::Full);
        for &id in ItemId::ALL {
            crate::report::visit(&report, id, &mut |_, field| same(field));
            crate::report::visit(&Report::empty(AssessmentKind::Full), id, &mut |_, field| {
                same(field)
            });
        }
        same(&Some(" 　".to_owned()));
        same(&CheckSet::<Medium>::default().with_other(" "));
        same(&vec![ReEntrustee::default()]);
        same(&Entrustment::new("保守", "保守会社", StaffCountBand::Under10).re_entrustees);
        same(&vec![ReEntrustee::new("再委託先")]);
    }

    #[test]
    fn clear_empties() {
        let mut risk = Risk::sufficient("対策");
        risk.clear();
        assert_eq!(risk, Risk::default());
        let mut choice = Some(Sufficiency::Sufficient);
        choice.clear();
        assert!(choice.is_blank());
    }

    #[test]
    fn a_linkage_basis_is_one_item_of_three_parts() {
        let basis = LinkageBasis::parse(
            "（1）情報提供の根拠\nなし\n（2）情報照会の根拠\n番号法第19条第8号",
        )
        .ok();
        let Value::Group(parts) = basis.value() else {
            panic!("a 情報連携 basis is shown as its whole text and its two parts");
        };
        let labels: Vec<&str> = parts.iter().map(|(l, _)| *l).collect();
        assert_eq!(labels, ["", "情報提供の根拠", "情報照会の根拠"]);
        assert_eq!(parts[1].1, Value::Text(Some("なし")));
        assert!(matches!(&parts[2].1, Value::Basis(Some(b)) if b.as_str() == "番号法第19条第8号"));
        assert!(!basis.is_blank());
        let mut cleared = basis;
        cleared.clear();
        assert!(cleared.is_blank());
        assert_eq!(cleared.value(), Value::Basis(None));
    }

    #[test]
    fn printed_as_the_form_prints_it() {
        assert_eq!(
            Some("十分である".to_owned()),
            Some(Sufficiency::Sufficient).value().printed()
        );
        assert_eq!(None::<Sufficiency>.value().printed(), None);
        assert_eq!(Some("  ".to_owned()).value().printed(), None);
        let set = CheckSet::of([Medium::Paper, Medium::Other]).with_other("統合DB");
        assert_eq!(
            set.value().printed().as_deref(),
            Some("紙、その他（統合DB）")
        );
        let day = NaiveDate::from_ymd_opt(2024, 11, 22);
        assert_eq!(day.value().printed().as_deref(), Some("令和6年11月22日"));
        let period = Period {
            start: NaiveDate::from_ymd_opt(2024, 9, 15),
            end: NaiveDate::from_ymd_opt(2024, 10, 15),
            stated_days: None,
        };
        // 江戸川区 全項目評価書 (令和6年12月6日) Ⅵ2②, both ends counted.
        assert_eq!(
            period.value().printed().as_deref(),
            Some("令和6年9月15日から令和6年10月15日までの31日間")
        );
        assert_eq!(Period::default().value().printed(), None);
        let mut sources = BTreeMap::new();
        sources.insert(SourceKind::Person, None);
        sources.insert(SourceKind::OtherDepartment, Some("市民課".to_owned()));
        assert_eq!(
            sources.value().printed().as_deref(),
            Some("本人又は本人の代理人、評価実施機関内の他部署（市民課）")
        );
        assert_eq!(true.value().printed().as_deref(), Some("○"));
        assert_eq!(false.value().printed(), None);
        let risk = Risk::sufficient("対策");
        assert_eq!(
            risk.value().printed().as_deref(),
            Some("リスクに対する措置の内容：対策　リスクへの対策は十分か：十分である")
        );
    }

    #[test]
    fn same_as_compares_type_and_value() {
        let a = Some("a".to_owned());
        let b = Some("a".to_owned());
        assert!(a.same_as(&b));
        assert!(!a.same_as(&Some("b".to_owned())));
        assert!(!a.same_as(&Some(Sufficiency::Sufficient)));
    }

    #[test]
    fn values_show_labels_and_options() {
        assert_eq!(
            Some(Sufficiency::Sufficient).value(),
            Value::Choice {
                chosen: Some("十分である"),
                options: Sufficiency::LABELS
            }
        );
        let set = CheckSet::of([Medium::Paper]).with_other("統合DB");
        let Value::Checks { checked, other, .. } = set.value() else {
            panic!("a CheckSet is shown as checkboxes");
        };
        assert_eq!((checked, other), (vec!["紙"], Some("統合DB")));
    }
}
