//! Rules that look across rows and options. Each `check_*` states its rule;
//! all of them run, and every violation is recorded, so one compile shows
//! every problem of a family.

use proc_macro2::{TokenStream, TokenTree};

use crate::ast::{ColumnKind, Family, Row, Table};
use crate::attr::Attr;
use crate::ctxt::Ctxt;
use crate::map::{Interner, Map, Set};
use crate::naming::unraw;
use crate::overlaps::Overlaps;
use crate::suggest;

/// The statuses a family accepts when it does not say: errors only.
pub const DEFAULT_CLASSES: &[u16] = &[4, 5];

pub fn check(family: &Family, cx: &Ctxt) {
    check_duplicate_codes(family, cx);
    crate::aliases::check(family, cx);
    check_duplicate_variants(family, cx);
    check_status_in_code(family, cx);
    check_status_classes(family, cx);
    check_placeholder_types(family, cx);
    check_templated_codes(family, cx);
    check_generated_names(family, cx);
    check_message_column(family, cx);
    check_derives(family, cx);
}

/// The standard traits the expansion implements on every error enum.
const ERROR_TRAITS: &[&str] = &["Debug", "Clone", "PartialEq", "Eq"];

/// The standard traits the expansion implements on every code enum.
const CODE_TRAITS: &[&str] = &[
    "Debug",
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
];

/// The name of the standard trait that the expansion implements already
/// and `path`, an entry of a `#[derive(...)]`, derives again; else `None`.
/// A path is taken for the standard trait when it is the bare name or
/// goes through `core`, `std` or `alloc`. `code` is for the code enum.
pub fn generated_trait(path: &TokenStream, code: bool, fields: bool) -> Option<String> {
    let idents: Vec<String> = path
        .clone()
        .into_iter()
        .filter_map(|token| match token {
            TokenTree::Ident(ident) => Some(ident.to_string()),
            _ => None,
        })
        .collect();
    let (first, last) = (idents.first()?, idents.last()?);
    if idents.len() > 1 && !matches!(first.as_str(), "core" | "std" | "alloc") {
        return None;
    }
    let taken = if code {
        CODE_TRAITS.contains(&last.as_str())
    } else {
        ERROR_TRAITS.contains(&last.as_str()) || (!fields && last == "Copy")
    };
    taken.then(|| last.clone())
}

/// The most `cfg_attr`s nested in one another whose derives are read.
/// The compiler reads any depth; the macro does not recurse without bound.
const MAX_CFG_ATTR_DEPTH: usize = 16;

/// The entries of the derives of an attribute, each the tokens between
/// commas: of `#[derive(...)]`, and of each `derive(...)` inside
/// `#[cfg_attr(predicate, ...)]`, nested up to [`MAX_CFG_ATTR_DEPTH`].
pub fn derive_entries(attr: &Attr) -> Vec<TokenStream> {
    let mut entries = Vec::new();
    collect_derive_entries(&attr.tokens, 0, &mut entries);
    entries
}

fn collect_derive_entries(meta: &TokenStream, depth: usize, out: &mut Vec<TokenStream>) {
    let Some((name, args)) = name_and_args(meta) else {
        return;
    };
    if name == "derive" {
        out.extend(split_at_commas(args));
    } else if name == "cfg_attr" && depth < MAX_CFG_ATTR_DEPTH {
        for attr in split_at_commas(args).iter().skip(1) {
            collect_derive_entries(attr, depth + 1, out);
        }
    }
}

/// `meta` (an attribute's tokens) without the derive entries that `drop`
/// accepts, read as [`derive_entries`] reads them.
pub fn without_derive_entries(
    meta: TokenStream,
    depth: usize,
    drop: &impl Fn(&TokenStream) -> bool,
) -> TokenStream {
    let Some((name, args)) = name_and_args(&meta) else {
        return meta;
    };
    let cfg_attr = name == "cfg_attr" && depth < MAX_CFG_ATTR_DEPTH;
    if name != "derive" && !cfg_attr {
        return meta;
    }
    // The name's token, for its span; `name_and_args` found it there.
    let Some(ident) = meta.into_iter().next() else {
        return TokenStream::new();
    };
    let parts = split_at_commas(args);
    if cfg_attr {
        let mut parts = parts.into_iter();
        let predicate = parts.next();
        let attrs = parts.map(|attr| without_derive_entries(attr, depth + 1, drop));
        quote::quote!(#ident(#predicate, #(#attrs),*))
    } else {
        let kept = parts.into_iter().filter(|entry| !drop(entry));
        quote::quote!(#ident(#(#kept),*))
    }
}

/// The name and the parenthesised arguments of `name(args)`; `None` for
/// any other shape (`name = value`, a path).
fn name_and_args(meta: &TokenStream) -> Option<(String, TokenStream)> {
    let mut tokens = meta.clone().into_iter();
    match (tokens.next(), tokens.next(), tokens.next()) {
        (Some(TokenTree::Ident(name)), Some(TokenTree::Group(group)), None)
            if group.delimiter() == proc_macro2::Delimiter::Parenthesis =>
        {
            Some((name.to_string(), group.stream()))
        }
        _ => None,
    }
}

/// The tokens between the commas of `tokens`, empty runs left out.
fn split_at_commas(tokens: TokenStream) -> Vec<TokenStream> {
    let mut parts = vec![TokenStream::new()];
    for token in tokens {
        match &token {
            TokenTree::Punct(punct) if punct.as_char() == ',' => parts.push(TokenStream::new()),
            _ => {
                if let Some(part) = parts.last_mut() {
                    part.extend(std::iter::once(token));
                }
            }
        }
    }
    parts.retain(|part| !part.is_empty());
    parts
}

/// A `#[derive]` on either enum of a trait that the expansion implements
/// itself would be a second impl, which the compiler reports at the
/// derive without saying where the first comes from.
fn check_derives(family: &Family, cx: &Ctxt) {
    let fields = family.has_fields();
    let code_attrs = family.options.code.iter().flat_map(|code| &code.attrs);
    let attrs = family.attrs.iter().map(|attr| (attr, false));
    for (attr, code) in attrs.chain(code_attrs.map(|attr| (attr, true))) {
        for entry in derive_entries(attr) {
            let Some(name) = generated_trait(&entry, code, fields) else {
                continue;
            };
            let what = match (code, name.as_str()) {
                (true, _) => "every code enum",
                (false, "Copy") => "a family whose rows have no fields",
                (false, _) => "every family",
            };
            // ui: derive-of-a-generated-trait
            cx.error_spanned_by(
                &entry,
                format!(
                    "`error_table!` implements `{name}` for {what}; remove it from this derive"
                ),
            );
        }
    }
}

/// `message = Title;` names a column that some table has: a title no table
/// has would silently leave every message the bare code.
fn check_message_column(family: &Family, cx: &Ctxt) {
    let Some((title, original)) = &family.options.message else {
        return;
    };
    let columns = family.tables.iter().flat_map(|table| table.columns.iter());
    let named = columns
        .clone()
        .find(|c| c.title.eq_ignore_ascii_case(title));
    if let Some(column) = named {
        if matches!(column.kind, ColumnKind::Code | ColumnKind::Status) {
            // ui: message-column-unknown
            cx.error_spanned_by(
                original,
                format!("`{title}` is the {} column; the message is taken from a column of texts, such as `Description`", if column.kind == ColumnKind::Code { "code" } else { "status" }),
            );
        }
        return;
    }
    let titles = columns.map(|c| c.title.as_str());
    if family.tables.iter().any(|table| table.columns.is_empty()) {
        return;
    }
    // ui: message-column-unknown
    cx.error_spanned_by(
        original,
        format!(
            "no table has a column `{title}` to take the message from{}",
            did_you_mean(title, titles)
        ),
    );
}

/// The associated items the expansion gives the two enums, which a
/// variant of the same name would shadow (`Code::row` would name the
/// variant) or make ambiguous (`Code::ALL`).
pub const GENERATED_ITEMS: &[&str] = &[
    "ALL",
    "FAMILY",
    "row",
    "as_str",
    "status",
    "message_template",
    "description",
    "retry",
    "is_retryable",
    "code",
    "from_fields",
    "wire_code",
];

/// Whether a row's variant would clash with a generated item.
pub fn clashes_with_generated(row: &Row) -> bool {
    GENERATED_ITEMS.contains(&row.variant_text.as_str())
}

/// A variant cannot be named like an associated item the expansion
/// generates, and the code enum needs a name of its own: either would make
/// the generated code, or the user's calls, name the wrong item.
fn check_generated_names(family: &Family, cx: &Ctxt) {
    for (_, row) in rows(family) {
        if clashes_with_generated(row) {
            // ui: variant-named-like-a-generated-item
            cx.error_spanned_by(
                &row.variant,
                format!(
                    "variant name `{}` is taken by a generated item of the same name; name this row with `as OtherName`",
                    row.variant_text
                ),
            );
        }
    }
    if let Some(code) = &family.options.code {
        if unraw(&code.ident) == unraw(&family.ident) {
            // ui: code-enum-named-like-the-error-enum
            cx.error_spanned_by(
                &code.ident,
                format!(
                    "the code enum needs a name of its own; `{}` is the error enum",
                    family.ident
                ),
            );
        }
    }
}

pub(crate) fn rows(family: &Family) -> impl Iterator<Item = (&Table, &Row)> {
    family
        .tables
        .iter()
        .flat_map(|table| table.rows.iter().map(move |row| (table, row)))
}

/// Names a row for a diagnostic pointing at another row.
pub(crate) fn locate(family: &Family, table: &Table, row: &Row) -> String {
    if family.tables.len() == 1 {
        format!("row {}", row.number)
    } else {
        format!("row {} of table \"{}\"", row.number, table.title.value())
    }
}

/// A code may name several rows (a vendor lists a code once per status or
/// message it is sent with), but never two rows that say the same: a row
/// whose code, status and message repeat an earlier row's is the error,
/// and that earlier row is marked once so both cells show.
fn check_duplicate_codes(family: &Family, cx: &Ctxt) {
    // Sized up front: growing a map hashes its keys again.
    let count = rows(family).count();
    let mut first: Map<(&str, u16, &str), (&Table, &Row, bool)> =
        crate::map::map_with_capacity(count);
    for (table, row) in rows(family) {
        let key = (
            row.code.text.as_str(),
            row.status.value,
            row.message_template().0,
        );
        match first.get_mut(&key) {
            None => {
                first.insert(key, (table, row, false));
            }
            Some((first_table, first_row, marked)) => {
                // ui: duplicate-code
                cx.error_spanned_by(
                    &row.code.original,
                    format!(
                        "duplicate code `{}`: {} already has it with this status and message (a code may repeat on rows with another status or message)",
                        row.code.text,
                        locate(family, first_table, first_row)
                    ),
                );
                if !*marked {
                    *marked = true;
                    // ui: duplicate-code
                    cx.error_spanned_by(
                        &first_row.code.original,
                        format!("code `{}` is first used here", row.code.text),
                    );
                }
            }
        }
    }
}

/// Every row becomes a variant of both enums, so names must differ. A name
/// derived from a phrase code says how to pick another.
fn check_duplicate_variants(family: &Family, cx: &Ctxt) {
    let count = rows(family).count();
    let mut first: Map<&str, (&Table, &Row)> = crate::map::map_with_capacity(count);
    let mut said: Set<(&str, u16, &str)> = Set::with_capacity_and_hasher(count, Default::default());
    for (table, row) in rows(family) {
        // A row that repeats another is reported as a duplicate code; that
        // its name repeats too is the same mistake.
        let key = (
            row.code.text.as_str(),
            row.status.value,
            row.message_template().0,
        );
        if !said.insert(key) {
            continue;
        }
        let name = row.variant_text.as_str();
        if let Some((first_table, first_row)) = first.get(&name) {
            let fix = if row.derived_name {
                format!(
                    "; the name was made from the code `{}`, so name this row with `as OtherName`",
                    row.code.text
                )
            } else if row.code.rename.is_none() && row.code.text == first_row.code.text {
                format!(
                    "; the code `{}` names several rows, so name this row with `as OtherName`",
                    row.code.text
                )
            } else {
                String::new()
            };
            // ui: duplicate-variant, derived-name-collision
            cx.error_spanned_by(
                &row.variant,
                format!(
                    "duplicate variant name `{name}`: {} already uses it{fix}",
                    locate(family, first_table, first_row)
                ),
            );
        } else {
            first.insert(name, (table, row));
        }
    }
}

/// With `status_in_code = a..b`, bytes `a..b` of every code spell the row's
/// status (`I400HD` is 400), so a row cannot contradict its own code.
fn check_status_in_code(family: &Family, cx: &Ctxt) {
    let Some(range) = &family.options.status_in_code else {
        return;
    };
    for (_, row) in rows(family) {
        let embedded = row
            .code
            .text
            .get(range.start..range.end)
            .filter(|digits| digits.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|digits| digits.parse::<u16>().ok());
        match embedded {
            // ui: code-without-embedded-status
            None => cx.error_spanned_by(
                &row.code.original,
                format!(
                    "code `{}` does not spell a status at bytes {}..{}, as `status_in_code` requires",
                    row.code.text, range.start, range.end
                ),
            ),
            // ui: status-contradicts-code
            Some(embedded) if embedded != row.status.value => cx.error_spanned_by(
                &row.status.original,
                format!(
                    "status {} contradicts the code `{}`, which embeds {embedded}",
                    row.status.value, row.code.text
                ),
            ),
            Some(_) => {}
        }
    }
}

/// A row's status is in its table's classes if the table names any, else
/// in the family's (`status = ...`), else it is an error status (4XX, 5XX).
/// A table cannot allow what its family does not.
fn check_status_classes(family: &Family, cx: &Ctxt) {
    let family_classes = family.options.status.as_ref();
    let family_allows = |status: u16| match family_classes {
        Some(classes) => classes.contains(status),
        None => DEFAULT_CLASSES.contains(&(status / 100)),
    };
    for table in &family.tables {
        if let Some(classes) = &table.classes {
            for &hundreds in &classes.hundreds {
                if !family_allows(hundreds * 100) {
                    // ui: table-class-not-in-family
                    cx.error_spanned_by(
                        &classes.original,
                        format!(
                            "class `{hundreds}XX` is not allowed by the family; allow it with `status = ...`"
                        ),
                    );
                }
            }
        }
        for row in &table.rows {
            let status = row.status.value;
            let message = match (&table.classes, family_classes) {
                (Some(classes), _) if !classes.contains(status) => format!(
                    "status {status} is outside this table's class {}",
                    classes.describe()
                ),
                (Some(_), _) => continue,
                (None, Some(classes)) if !classes.contains(status) => format!(
                    "status {status} is outside the family's class {}",
                    classes.describe()
                ),
                (None, None) if !family_allows(status) => format!(
                    "status {status} is not an HTTP error status (4XX or 5XX); to allow it, set `status = ...` on the family"
                ),
                _ => continue,
            };
            // ui: status-outside-table-class, status-outside-family-class, status-not-error
            cx.error_spanned_by(&row.status.original, message);
        }
    }
}

/// A placeholder's type is declared once, and only for a placeholder that
/// some code or message uses (a declaration for a misspelt name would
/// otherwise silently do nothing).
fn check_placeholder_types(family: &Family, cx: &Ctxt) {
    let mut declared = Set::default();
    for decl in &family.options.types {
        if !declared.insert(unraw(&decl.name)) {
            // ui: placeholder-type-declared-twice
            cx.error_spanned_by(
                &decl.name,
                format!("the type of placeholder `{}` is declared twice", decl.name),
            );
        }
    }
    if family.tables.iter().any(|table| table.incomplete) {
        return;
    }
    let used: Interner<&str> = rows(family)
        .flat_map(|(_, row)| row.fields.iter().map(|f| f.name.as_str()))
        .collect();
    for decl in &family.options.types {
        let name = unraw(&decl.name);
        if !used.contains(name.as_str()) {
            // ui: placeholder-type-unused
            cx.error_spanned_by(
                &decl.name,
                format!(
                    "placeholder type `{name}` is declared but no code or message has the placeholder `{name}`{}",
                    did_you_mean(&name, used.items().iter().copied())
                ),
            );
        }
    }
}

/// A templated code (`Missing%s`) holds one placeholder, so reading a code
/// back is a prefix and suffix match. Templates are tried longest literal
/// text first; two templates with literal text of the same length that can
/// match the same code could not be ordered, so they are refused: each such
/// row once, naming the first row it overlaps.
fn check_templated_codes(family: &Family, cx: &Ctxt) {
    let mut overlaps = Overlaps::default();
    let mut templated: Vec<(&Table, &Row)> = Vec::new();
    // A templated code on several rows is one template.
    let mut seen: Set<&str> = Set::default();
    for (table, row) in rows(family) {
        match row.code.template.placeholder_count() {
            0 => {}
            1 if !seen.insert(&row.code.text) => {}
            1 => {
                let (prefix, suffix) = row.code.template.affixes();
                if let Some(first) = overlaps.first_overlapping(prefix, suffix) {
                    let (other_table, other) = templated[first];
                    // ui: templated-codes-overlap
                    cx.error_spanned_by(
                        &row.code.original,
                        format!(
                            "templated code `{}` overlaps `{}` ({}): some codes match both and neither is more specific; make one template's literal text longer or shorter",
                            row.code.text,
                            other.code.text,
                            locate(family, other_table, other)
                        ),
                    );
                }
                overlaps.insert(prefix, suffix, templated.len());
                templated.push((table, row));
            }
            // ui: code-with-two-placeholders
            _ => cx.error_spanned_by(
                &row.code.original,
                format!(
                    "code `{}` has more than one placeholder; a templated code holds one, so that it reads back unambiguously",
                    row.code.text
                ),
            ),
        }
    }
}

/// The suggestion to append to a diagnostic: `; did you mean `x`?`, or
/// nothing.
fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match suggest::nearest(word, candidates, suggest::A_THIRD) {
        Some(candidate) => format!("; did you mean `{candidate}`?"),
        None => String::new(),
    }
}
