//! A field's value as the generated `Display`, `Debug`, `PartialEq` and
//! `Serialize` read it. A leaf; `__private` re-exports it for the
//! expansion.

/// A field's value as the hand-written `Display`, `Debug` and `PartialEq`
/// of a family with fields read it: `Debug` and `PartialEq` through one
/// `match` of the family's rows that passes a row's fields as `&dyn
/// Field`, where a derive would write a `match` each. Every placeholder
/// type is one: it is `Display`, `Debug` and `Eq`, and without lifetimes
/// (the family has no generics). A type that is not is reported on its
/// first use, with the trait it misses.
#[diagnostic::on_unimplemented(
    message = "placeholder type `{Self}` must implement `Display`, `Debug` and `PartialEq`",
    label = "the type of this placeholder",
    note = "a family's `Display`, `Debug` and `PartialEq` read each field through them"
)]
pub trait Field: core::fmt::Display + core::fmt::Debug {
    /// Whether `other` is a value of the same type, equal to this one.
    fn eq_field(&self, other: &dyn Field) -> bool;

    /// The value, for [`Field::eq_field`]'s downcast.
    fn as_any(&self) -> &dyn core::any::Any;
}

impl<T: core::fmt::Display + core::fmt::Debug + PartialEq + core::any::Any> Field for T {
    fn eq_field(&self, other: &dyn Field) -> bool {
        other
            .as_any()
            .downcast_ref::<T>()
            .is_some_and(|other| self == other)
    }

    fn as_any(&self) -> &dyn core::any::Any {
        self
    }
}
