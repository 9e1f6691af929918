//! What is emitted next to the errors when a family has any: the real
//! expansion of every row that can stand, so that the user's code using
//! the family (its variants, `parse`, `status()`, the traits) meets the
//! same API and sees only the table's own errors.

use proc_macro2::TokenStream;

use crate::ast::Family;
use crate::attr::Attr;
use crate::check;
use crate::emit::Lexer;
use crate::expand as real;
use crate::map::Set;
use crate::params::Params;

/// The stand-in for a family with errors: the rows whose variant names
/// would clash (with an earlier row, or with a generated item) are left
/// out, and the rest expands as it would without errors. A family whose
/// code enum is named like its error enum, or that has no row left, gets
/// its two enums alone, or nothing.
pub fn expand(family: &mut Family, lexer: Lexer) -> TokenStream {
    // A derive of a trait the expansion implements is reported; the
    // stand-in leaves it out, so that the compiler does not report it again.
    let fields = family.has_fields();
    drop_generated_derives(&mut family.attrs, false, fields);
    if let Some(code) = &mut family.options.code {
        drop_generated_derives(&mut code.attrs, true, fields);
    }
    let mut seen = Set::default();
    for table in &mut family.tables {
        table.rows.retain(|row| {
            !check::clashes_with_generated(row) && seen.insert(row.variant_text.clone())
        });
    }
    let params = Params::new(family, lexer);
    if params.code == family.ident {
        return TokenStream::new();
    }
    if params.rows().next().is_none() {
        // Enums without variants: their impls would match on nothing.
        let row_docs = Vec::new();
        let mut out = real::error_enum(&params, &row_docs);
        out.extend(real::code_enum(&params, &row_docs));
        return out;
    }
    real::expand(family, lexer)
}

/// Leaves out of each derive of `attrs` (`#[derive(...)]`, or one inside
/// a `#[cfg_attr]`) the traits the expansion implements itself (`code`: on
/// the code enum).
fn drop_generated_derives(attrs: &mut [Attr], code: bool, fields: bool) {
    let generated = |entry: &TokenStream| check::generated_trait(entry, code, fields).is_some();
    for attr in attrs {
        if check::derive_entries(attr).iter().any(generated) {
            attr.tokens = check::without_derive_entries(attr.tokens.clone(), 0, &generated);
        }
    }
}
