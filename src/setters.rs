//! The one macro that writes a builder's `with_*` methods, shared by the report model's builders
//! and the legal bases' values (a leaf: it imports nothing of the crate).

/// Methods of a builder that take it, change one thing and give it back: `pub fn name(arg:
/// Type) |x| change;` writes `#[must_use] pub fn name(mut self, arg: Type) -> Self`, running
/// `change` with `x` borrowing the builder (the report model's builders, the legal bases'
/// values).
macro_rules! setters {
    ($($(#[$doc:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) |$x:ident| $change:expr;)+) => {
        $(
            $(#[$doc])*
            #[must_use]
            $vis fn $name(mut self, $($arg: $ty),*) -> Self {
                let $x = &mut self;
                $change;
                self
            }
        )+
    };
}
pub(crate) use setters;
