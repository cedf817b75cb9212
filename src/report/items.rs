//! The binding of the item table ([`crate::form`]'s rows) to a report's fields: each row's path
//! reaches every instance of its item in a typed [`Report`] ([`visit`], [`visit_mut`],
//! [`field_at`]), which is how loading checks the form, how a report loses the items of another
//! form, and how the renderer and the change records read values. The rows are written once, in
//! `form::items`; this module reads their paths.

use super::field::Field;
use super::{Destination, Entrustment, FileBlock, FormPart, ItemPath, Report, Segment, System};
use crate::AssessmentKind;
use crate::form::items::item_rows;
pub(crate) use crate::form::items::shared_items_outside;
use crate::report::ItemId;

/// Reaches every instance of the field at a path written as tokens, under `$base`, calling
/// `$f(at, field)` for each; `at` holds the list positions taken on the way (`[$($at),*]`, one
/// per `[]`), so no path is built: [`ItemId::path`] builds it from them when a caller needs it.
/// `$amp` is `&` or `&mut`: how the fields are borrowed.
macro_rules! reach_each {
    (($($amp:tt)+) [$($at:expr),*] $f:expr, $base:expr; $field:ident [] $(. $($rest:tt)+)?) => {
        for (i, x) in ($($amp)+ $base.$field).into_iter().enumerate() {
            reach_each!(($($amp)+) [$($at,)* i] $f, x; $($($rest)+)?);
        }
    };
    (($($amp:tt)+) [$($at:expr),*] $f:expr, $base:expr; $field:ident $(. $($rest:tt)+)?) => {
        reach_each!(($($amp)+) [$($at),*] $f, $($amp)+ $base.$field; $($($rest)+)?)
    };
    (($($amp:tt)+) [$($at:expr),*] $f:expr, $base:expr;) => { $f(&[$($at),*], $base) };
}

/// The one instance of the field at a path written as tokens, under `$base`, as its own type
/// (its callers make it a `dyn Field`, or read its type: [`text_in`]) borrowed with `$amp` (`&`
/// or `&mut`), taking list positions from the slice `$at` in order; `None` (by `?`, so in a
/// function that returns an `Option`) when a position is missing or out of range.
macro_rules! reach_at {
    (($($amp:tt)+) $at:expr, $base:expr; $field:ident [] $(. $($rest:tt)+)?) => {{
        let (&i, at) = $at.split_first()?;
        // `nth` of a slice's iterator goes straight to the element, shared or mutable alike.
        let x = ($($amp)+ $base.$field).into_iter().nth(i)?;
        reach_at!(($($amp)+) at, x; $($($rest)+)?)
    }};
    (($($amp:tt)+) $at:expr, $base:expr; $field:ident $(. $($rest:tt)+)?) => {
        reach_at!(($($amp)+) $at, $($amp)+ $base.$field; $($($rest)+)?)
    };
    (($($amp:tt)+) $at:expr, $base:expr;) => {{
        // Positions left over after the last list are ignored.
        let _ = $at;
        Some($base)
    }};
}

/// One of the macros above (`$reach!`, with the arguments that come before the base in `$args`)
/// from the root of a report, borrowed with `$amp`: through the form's own part for a path that
/// starts `basic`, `focused` or `full` (`$none` when the report is of another form), else from
/// the report itself (a shared part).
macro_rules! reach_root {
    ($reach:ident!$args:tt $amp:tt $r:expr, else $none:expr; basic . $($rest:tt)+) => {
        reach_root!(@part Basic, $reach!$args $amp $r, else $none; $($rest)+)
    };
    ($reach:ident!$args:tt $amp:tt $r:expr, else $none:expr; focused . $($rest:tt)+) => {
        reach_root!(@part Focused, $reach!$args $amp $r, else $none; $($rest)+)
    };
    ($reach:ident!$args:tt $amp:tt $r:expr, else $none:expr; full . $($rest:tt)+) => {
        reach_root!(@part Full, $reach!$args $amp $r, else $none; $($rest)+)
    };
    (@part $variant:ident, $reach:ident!($($args:tt)*) ($($amp:tt)+) $r:expr, else $none:expr; $($rest:tt)+) => {
        match $($amp)+ $r.part {
            FormPart::$variant(p) => $reach!(($($amp)+) $($args)* $($amp)+ **p; $($rest)+),
            _ => $none,
        }
    };
    ($reach:ident!($($args:tt)*) ($($amp:tt)+) $r:expr, else $none:expr; $($rest:tt)+) => {
        $reach!(($($amp)+) $($args)* $r; $($rest)+)
    };
}

/// No list positions: what the reach given to [`text_in`] takes (it is never run).
const NO_POSITIONS: &[usize] = &[];

/// [`Field::holds_text`] of the type that `reach` finds (never called: only its type is read,
/// so it is given [`NO_POSITIONS`]).
fn text_in<F: Field>(_reach: for<'a> fn(&'a Report) -> Option<&'a F>) -> bool {
    F::holds_text()
}

/// The first [stray](crate::label::is_stray_char) character of `field`, the instance of an
/// item that follows `last` (the instance before it and its answer) in [`visit_strays`]: the
/// answer before when `field` [repeats](Field::repeats) it, else its own scan. `last` becomes
/// `field`.
#[inline(always)]
fn stray_after<'r, F: Field>(
    field: &'r F,
    last: &mut Option<(&'r F, Option<char>)>,
) -> Option<char> {
    let stray = match *last {
        Some((before, stray)) if field.repeats(before) => stray,
        _ => field.first_stray(),
    };
    *last = Some((field, stray));
    stray
}

/// Builds the functions that reach the items' fields from the rows of the item table
/// ([`item_rows!`]): only each row's variant and path are read.
macro_rules! item_paths {
    ($( $variant:ident = $key:literal, $label:literal, ($($path:tt)+), [$b:expr, $f:expr, $a:expr] $(, $gov:ident)? $(=> [$($part:expr => $printed:expr),+])? ; )+) => {
        /// Calls `f` with the list positions (one per `[]` of the item's pattern, in order:
        /// `[file, entrustment]`; [`ItemId::path`] makes them a path) and the field of every
        /// instance of `id` in `report`, in the report's order. The field borrows from the
        /// report, so its value can outlive the call.
        pub(crate) fn visit<'r>(report: &'r Report, id: ItemId, f: &mut dyn FnMut(&[usize], &'r dyn Field)) {
            match id {
                $( ItemId::$variant => reach_root!(reach_each!([] |p, x| f(p, x),) (&) report, else (); $($path)+), )+
            }
        }

        /// Calls `found` with the item, the list positions and the first
        /// [stray](crate::label::is_stray_char) character ([`Field::first_stray`]) of every
        /// instance that holds one, of every item of `form` that can [hold text](Field::holds_text): in
        /// the order of [`ItemId::of_form`], each item's instances in the report's order.
        /// [`visit`] for validation's scan of every text, every item in one call: each field's
        /// type is known (its scan called directly, not through `dyn Field`), and whether it
        /// holds text is known when the code is built (no lookup by item).
        pub(crate) fn visit_strays(report: &Report, form: AssessmentKind, found: &mut dyn FnMut(ItemId, &[usize], char)) {
            $(
                if text_in(|r| reach_root!(reach_at!(NO_POSITIONS,) (&) r, else None; $($path)+)) && ItemId::$variant.in_form(form) {
                    let mut last = None;
                    reach_root!(reach_each!([] |p, x| {
                        if let Some(c) = stray_after(x, &mut last) {
                            found(ItemId::$variant, p, c);
                        }
                    },) (&) report, else (); $($path)+);
                }
            )+
        }

        /// The instance of `id` in `report` at the list positions `at` (one per `[]` of the
        /// item's pattern, in order: `[file, entrustment]`), without building its path; `None`
        /// when the report has no such instance (a position out of range, another form's part).
        pub(crate) fn field_at<'a>(report: &'a Report, id: ItemId, at: &[usize]) -> Option<&'a dyn Field> {
            match id {
                $( ItemId::$variant => reach_root!(reach_at!(at,) (&) report, else None; $($path)+).map(|f| f as &dyn Field), )+
            }
        }

        /// [`field_at`] on a mutable report: the instance of `id` at the list positions `at`,
        /// `None` when the report has no such instance.
        pub(crate) fn field_at_mut<'a>(report: &'a mut Report, id: ItemId, at: &[usize]) -> Option<&'a mut dyn Field> {
            match id {
                $( ItemId::$variant => reach_root!(reach_at!(at,) (&mut) report, else None; $($path)+).map(|f| f as &mut dyn Field), )+
            }
        }

        /// Whether the field of `id` can hold text of the report's own ([`Field::holds_text`] of
        /// the type at the item's path): a choice, a box, a number or a date cannot.
        /// [`visit_strays`] reads the same for each item when the code is built; the tests ask
        /// it by item.
        #[cfg(test)]
        pub(crate) fn holds_text(id: ItemId) -> bool {
            match id {
                $( ItemId::$variant => text_in(|r| reach_root!(reach_at!(NO_POSITIONS,) (&) r, else None; $($path)+)), )+
            }
        }

        /// [`visit`] on a mutable report.
        pub(crate) fn visit_mut(report: &mut Report, id: ItemId, f: &mut dyn FnMut(&[usize], &mut dyn Field)) {
            match id {
                $( ItemId::$variant => reach_root!(reach_each!([] |p, x| f(p, x),) (&mut) report, else (); $($path)+), )+
            }
        }
    };
}

item_rows!(item_paths);

impl ItemId {
    /// The item's path in a report, its list positions filled from `indices` in order; a list
    /// without an index is left at the list (`files[0].entrustments`).
    ///
    /// ```
    /// use mynumber_pia::report::ItemId;
    ///
    /// assert_eq!(
    ///     ItemId::ProvisionLegalBasis.path(&[1, 19]).to_string(),
    ///     "files[1].provisions[19].legal_basis"
    /// );
    /// assert_eq!(ItemId::ProvisionLegalBasis.path(&[1]).to_string(), "files[1].provisions");
    /// ```
    #[must_use]
    pub fn path(self, indices: &[usize]) -> ItemPath {
        let mut segments = Vec::with_capacity(6);
        let mut indices = indices.iter();
        for part in self.pattern().split('.') {
            match part.strip_suffix("[]") {
                Some(list) => {
                    segments.push(Segment::field(list));
                    match indices.next() {
                        Some(&i) => segments.push(Segment::Index(i)),
                        None => break,
                    }
                }
                None => segments.push(Segment::field(part)),
            }
        }
        ItemPath::from(segments)
    }
}

/// Empties every item of `report` that its form does not print.
pub(crate) fn clear_outside_form(report: &mut Report) {
    for id in shared_items_outside(report.form()) {
        visit_mut(report, id, &mut |_, field| field.clear());
    }
}

/// A report of `form` with one empty system and one empty file holding one empty 委託事項,
/// 提供先 and 移転先: the blocks the form prints even when a report has none, and the shape of
/// the form as the report model holds it (every item of the form reachable, every value empty).
pub(crate) fn skeleton(form: AssessmentKind) -> Report {
    let mut report = Report::empty(form);
    report.systems.push(System::default());
    let mut file = FileBlock::default();
    file.entrustments.push(Entrustment::default());
    file.provisions.push(Destination::default());
    file.transfers.push(Destination::default());
    report.files.push(file);
    report
}
