//! A row's further spellings of its code (`#[alias("...")]`): each reads
//! back as its row, so none may be a code or another alias.

use crate::ast::{Family, Row, Table};
use crate::check::{locate, rows};
use crate::ctxt::Ctxt;
use crate::map::Map;

/// Reports an alias that is its row's own code, another row's code or
/// another alias.
pub fn check(family: &Family, cx: &Ctxt) {
    let mut taken: Map<String, (&Table, &Row)> = Map::default();
    for (table, row) in rows(family) {
        taken.entry(row.code.text.clone()).or_insert((table, row));
    }
    for (table, row) in rows(family) {
        for alias in &row.aliases {
            let text = alias.value();
            let clash = match taken.get(&text) {
                Some((_, other))
                    if std::ptr::eq(*other, row) || other.code.text == row.code.text =>
                {
                    format!("alias `{text}` is the row's own code")
                }
                Some((other_table, other)) => format!(
                    "alias `{text}` is already a spelling of {}",
                    locate(family, other_table, other)
                ),
                None => {
                    taken.insert(text, (table, row));
                    continue;
                }
            };
            // ui: alias-clash
            cx.error_spanned_by(alias, clash);
        }
    }
}
