//! Generates the error enum, the code enum, their impls and the tables'
//! metadata from a checked [`Family`]. Reading a code back (`FromStr`) is
//! emitted by `lookup.rs`, rustdoc by `docs.rs`.

use std::fmt::{self, Write as _};

use proc_macro2::{Delimiter, Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;

use crate::ast::{Family, Features, Field, Row};
use crate::attr::Attr;
use crate::docs;
use crate::lookup;
use crate::map::{Map, NameIndex};
use crate::params::{FieldType, Params};
use crate::parts;
use crate::source::{render, write_doc, write_str_literal, Source, Text};
use crate::template::{Segment, Template};
use crate::Lexer;

pub fn expand(family: &Family, lexer: Lexer) -> TokenStream {
    let params = Params::new(family, lexer);
    let row_docs = docs::rows(&params);
    let error_enum = error_enum(&params, &row_docs);
    let code_enum = code_enum(&params, &row_docs);
    let error_impls = error_impls(&params);
    let code_impls = code_impls(&params);
    let from_str_impl = lookup::from_str_impl(&params);
    let serde_impls = when_feature(&params, |f| f.serde, "__serde", serde_impls);
    let axum_impls = when_feature(&params, |f| f.axum, "__axum", axum_impls);
    quote! {
        #error_enum
        #code_enum
        #error_impls
        #code_impls
        #from_str_impl
        #serde_impls
        #axum_impls
    }
}

/// `IntoResponse`, when `gwerr_core`'s `axum` feature is on.
fn axum_impls(params: &Params) -> TokenStream {
    let ident = &params.family.ident;
    let krate = &params.krate;
    quote! {
            #[automatically_derived]
            impl #krate::__private::axum_core::response::IntoResponse for #ident {
                fn into_response(self) -> #krate::__private::axum_core::response::Response {
                    #krate::__private::into_response(&self)
                }
            }
    }
}

/// Items that only a feature of `gwerr_core` makes compile: emitted or not
/// as the features `gwerr_core::error_table!` passes say, else handed to
/// `gwerr_core`'s macro (`__serde!`, `__axum!`), which keeps or drops them.
/// Nothing is built for a feature known to be off.
fn when_feature(
    params: &Params,
    enabled: fn(Features) -> bool,
    keeper: &str,
    items: fn(&Params) -> TokenStream,
) -> TokenStream {
    match params.family.features {
        Some(features) if enabled(features) => items(params),
        Some(_) => TokenStream::new(),
        None => {
            let krate = &params.krate;
            let keeper = Ident::new(keeper, Span::call_site());
            let items = items(params);
            quote!(#krate::#keeper! { #items })
        }
    }
}

/// `Serialize` and `Deserialize` for both enums, when `gwerr_core`'s
/// `serde` feature is on (the user's crate cannot see that feature). Both
/// call helpers written once in `gwerr_core`.
fn serde_impls(params: &Params) -> TokenStream {
    let ident = &params.family.ident;
    let code = &params.code;
    let krate = &params.krate;
    let arms = params.rows().map(|row| {
        let variant = &row.variant;
        if row.fields.is_empty() {
            return quote!(Self::#variant => __serialize(self, __serializer, &[]));
        }
        let bindings = row.fields.iter().map(|f| &f.ident);
        let entries = row.fields.iter().map(|f| {
            let binding = &f.ident;
            let key = f.text.as_str();
            quote!((#key, #binding as &dyn __Field))
        });
        quote! {
            Self::#variant { #(#bindings),* } => {
                __serialize(self, __serializer, &[#(#entries),*])
            }
        }
    });
    quote! {
            #[automatically_derived]
            #[allow(deprecated)]
            impl #krate::__private::serde::Serialize for #ident {
                fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #krate::__private::serde::Serializer,
                {
                    use #krate::__private::serialize_error as __serialize;
                    use #krate::__private::Field as __Field;
                    match self {
                        #(#arms,)*
                    }
                }
            }

            #[automatically_derived]
            impl #krate::__private::serde::Serialize for #code {
                fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #krate::__private::serde::Serializer,
                {
                    __serializer.serialize_str(self.as_str())
                }
            }

            #[automatically_derived]
            impl<'de> #krate::__private::serde::Deserialize<'de> for #ident {
                fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: #krate::__private::serde::Deserializer<'de>,
                {
                    #krate::__private::deserialize_error(__deserializer)
                }
            }

            #[automatically_derived]
            impl<'de> #krate::__private::serde::Deserialize<'de> for #code {
                fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: #krate::__private::serde::Deserializer<'de>,
                {
                    #krate::__private::deserialize_code(__deserializer)
                }
            }
    }
}

fn deprecated(row: &Row) -> impl Iterator<Item = &Attr> {
    row.attrs.iter().filter(|a| a.is("deprecated"))
}

fn doc_attrs(row: &Row) -> impl Iterator<Item = &Attr> {
    row.attrs.iter().filter(|a| a.is("doc"))
}

/// The error enum: one variant per row, one field per placeholder, each
/// variant documented by `row_docs` (one doc comment or attribute per
/// row, in row order). Written as text (see `source.rs`); the family's
/// attributes, visibility and name, a row's attributes and a type that
/// text cannot carry are spliced as the table wrote them.
pub fn error_enum(params: &Params, row_docs: &[String]) -> TokenStream {
    let family = params.family;
    let mut out = Source::new(params.lexer());
    for attr in &family.attrs {
        out.tokens(attr);
    }
    // The tables as Markdown, for rustdoc alone: `__private::tables!`
    // renders them from the invocation again, and only when rustdoc
    // documents the crate; `cargo check` drops the attribute unread.
    out.push_str("#");
    out.group(Delimiter::Bracket, |out| {
        out.push_str("cfg_attr");
        out.group(Delimiter::Parenthesis, |out| {
            out.push_str("doc, doc = ");
            out.tokens(&params.krate);
            out.push_str("::__private::tables!");
            out.group(Delimiter::Parenthesis, |out| out.tokens(&family.input));
        });
    });
    // A family whose rows have no fields gets its `Debug` (the code's
    // name), `Clone` and `Copy` from `error_impls`, in a few lines;
    // derived, `Debug` and `Clone` have an arm per variant. A family with
    // fields gets its `Debug`, `PartialEq` and `Eq` there too (`parts.rs`),
    // and derives only `Clone`.
    if params.has_fields() {
        out.push_str("#[derive(::core::clone::Clone)]");
    } else {
        out.push_str("#[derive(::core::cmp::PartialEq, ::core::cmp::Eq)]");
    }
    out.tokens(&family.vis);
    out.tokens(quote!(enum));
    out.tokens(&family.ident);
    out.group(Delimiter::Brace, |out| {
        write_variants(out, params, row_docs, Some(&mut FieldDocs::default()));
    });
    out.finish()
}

/// One doc comment per placeholder name, however many rows use it.
#[derive(Default)]
struct FieldDocs<'p>(Map<&'p str, String>);

impl<'p> FieldDocs<'p> {
    fn get(&mut self, field: &'p Field) -> &str {
        self.0.entry(field.name.as_str()).or_insert_with(|| {
            let text = format!(" The value of the placeholder `{}`.", field.name);
            let mut doc = String::new();
            let _ = write_doc(&mut doc, &text);
            doc
        })
    }
}

/// Writes a variant per row, for either enum: the row's docs, its
/// generated docs (`row_docs`, in row order), its `#[deprecated]`, its
/// name and, for the error enum (`field_docs`), its fields. A run of rows
/// that are text alone is written in one `render` (see `source.rs`); a
/// row whose attributes or field types are spliced as tokens, on its own.
fn write_variants<'p>(
    out: &mut Source,
    params: &'p Params,
    row_docs: &[String],
    mut field_docs: Option<&mut FieldDocs<'p>>,
) {
    let rows: Vec<&Row> = params.rows().collect();
    let with_fields = field_docs.is_some();
    let has_tokens = |row: &Row| {
        doc_attrs(row).next().is_some()
            || deprecated(row).next().is_some()
            || (with_fields
                && (row.fields.iter()).any(|field| params.field_type(field).text().is_none()))
    };
    let mut at = 0;
    while at < rows.len() {
        let run = rows[at..].iter().take_while(|row| !has_tokens(row)).count();
        if run > 0 {
            let text = render(|text| {
                for (row, doc) in rows[at..at + run].iter().zip(&row_docs[at..]) {
                    docs::write_row_doc(text, row, doc)?;
                    write!(text, " {}", row.variant)?;
                    if let Some(field_docs) = field_docs.as_deref_mut() {
                        if !row.fields.is_empty() {
                            text.write_str(" {")?;
                            for field in &row.fields {
                                let ty = params.field_type(field).text().unwrap_or_default();
                                let doc = field_docs.get(field);
                                write!(text, "{doc} {}: {ty}, ", field.ident)?;
                            }
                            text.write_char('}')?;
                        }
                    }
                    text.write_str(", ")?;
                }
                Ok(())
            });
            out.push_str(&text);
            at += run;
            continue;
        }
        let row = rows[at];
        for attr in doc_attrs(row) {
            out.tokens(attr);
        }
        let _ = docs::write_row_doc(out, row, &row_docs[at]);
        for attr in deprecated(row) {
            out.tokens(attr);
        }
        let _ = write!(out, " {}", row.variant);
        if let Some(field_docs) = field_docs.as_deref_mut() {
            if !row.fields.is_empty() {
                out.group(Delimiter::Brace, |out| {
                    for field in &row.fields {
                        let _ = write!(out, "{} {}: ", field_docs.get(field), field.ident);
                        params.field_type(field).write(out);
                        out.push_str(", ");
                    }
                });
            }
        }
        out.push_str(", ");
        at += 1;
    }
}

/// The code enum: one fieldless variant per row, written as the error
/// enum is.
pub fn code_enum(params: &Params, row_docs: &[String]) -> TokenStream {
    let family = params.family;
    let mut out = Source::new(params.lexer());
    let attrs = family.options.code.as_ref().map(|code| &code.attrs);
    let has_docs = attrs.is_some_and(|attrs| attrs.iter().any(|a| a.is("doc")));
    if !has_docs {
        let doc = format!(
            " The code of a [`{}`]: one variant per row, without the fields.",
            family.ident
        );
        let _ = write_doc(&mut out, &doc);
    }
    for attr in attrs.into_iter().flatten() {
        out.tokens(attr);
    }
    // `PartialEq` and `Eq` are derived, so that a constant of the enum can
    // be a pattern; the other traits are written in `code_impls`, in a few
    // lines whatever the number of variants (a derive works on a copy of
    // the whole enum, and `Debug`'s has an arm per variant).
    out.push_str("#[derive(::core::cmp::PartialEq, ::core::cmp::Eq)]");
    out.tokens(&family.vis);
    out.tokens(quote!(enum));
    out.tokens(&params.code);
    out.group(Delimiter::Brace, |out| {
        write_variants(out, params, row_docs, None);
    });
    out.finish()
}

/// The pattern matching a variant of the error enum, binding the fields
/// that `template` uses (and `..` for the others, if any), each to its
/// [`binding`].
fn pattern(params: &Params, row: &Row, template: &Template) -> TokenStream {
    let mut out = Text::default();
    let _ = write_pattern(&mut out, row, template);
    params.source(out.as_str())
}

/// Writes [`pattern`] as text.
fn write_pattern(out: &mut Text, row: &Row, template: &Template) -> fmt::Result {
    let used = template.name_index();
    write!(out, "Self::{}", row.variant)?;
    write_bindings(out, row, |field| used.contains(&field.name))
}

/// The name a pattern binds a row's field `index` to: `__f0`, `__f1`, ...
/// Never the field's own name, which a table chooses, so that no field can
/// shadow a name the expansion uses (`__out`, `code`, `fields`).
fn binding(index: usize) -> Ident {
    format_ident!("__f{}", index)
}

/// The fields of a pattern of `row`'s variant, as text: ` { name: __f0,
/// .. }`, each field that `bind` accepts bound to its [`binding`] and `..`
/// for the others; nothing for a row without fields.
pub(crate) fn write_bindings(
    out: &mut impl fmt::Write,
    row: &Row,
    bind: impl Fn(&Field) -> bool,
) -> fmt::Result {
    if row.fields.is_empty() {
        return Ok(());
    }
    out.write_str(" {")?;
    let mut bound = 0;
    for (index, field) in row.fields.iter().enumerate() {
        if bind(field) {
            write!(out, " {}: __f{index},", field.ident)?;
            bound += 1;
        }
    }
    if bound < row.fields.len() {
        out.write_str(" ..")?;
    }
    out.write_str(" }")
}

/// The index of each of a row's fields by the name of the placeholder it
/// fills: built once per template, so that a message of many placeholders
/// costs a lookup each, not a scan of every field (see [`NameIndex`]).
pub(crate) fn fields_by_name(row: &Row) -> NameIndex<'_> {
    row.fields.iter().map(|field| field.name.as_str()).collect()
}

/// Writes a templated code to the `String` `__out`.
fn write_code(row: &Row, template: &Template) -> TokenStream {
    let fields = fields_by_name(row);
    let writes = template.segments.iter().map(|segment| match segment {
        Segment::Literal(text) => quote!(__out.push_str(#text);),
        Segment::Placeholder { name, .. } => {
            let field = fields.get(name).map(binding);
            quote! {
                let _ = ::core::fmt::Write::write_fmt(__out, ::core::format_args!("{}", #field));
            }
        }
    });
    quote!(#(#writes)*)
}

fn error_impls(params: &Params) -> TokenStream {
    let ident = &params.family.ident;
    let code = &params.code;
    let krate = &params.krate;

    // Arms that name a variant and nothing a diagnostic could point at are
    // written as text (see `Params::source`).
    // A family without fields is `Copy`, and its variants are numbered as
    // its code's: the code is read from `ALL` by the variant's number,
    // where a `match` has an arm per row.
    let code_body = if params.has_fields() {
        // Each arm is the row's number, which indexes `ALL`: a literal, where
        // the code's variant is a path.
        let arms = params.list(params.rows().enumerate(), |out, (number, row)| {
            let ignore = if row.fields.is_empty() { "" } else { " { .. }" };
            write!(out, "Self::{}{ignore} => {number}", row.variant)
        });
        quote!(#code::ALL[match self { #arms }])
    } else {
        quote!(#code::ALL[*self as ::core::primitive::usize])
    };
    // Fixed codes are their code's text; only templated ones are written.
    let templated = params
        .rows()
        .filter(|row| row.code.template.placeholder_count() > 0);
    let fixed_codes = params
        .rows()
        .any(|row| row.code.template.placeholder_count() == 0)
        .then(|| quote!(_ => ::std::borrow::Cow::Borrowed(self.code().as_str()),));
    let wire_code_arms = templated.map(|row| {
        let pattern = pattern(params, row, &row.code.template);
        let writes = write_code(row, &row.code.template);
        quote! {
            #pattern => {
                let mut __code = ::std::string::String::new();
                let __out = &mut __code;
                #writes
                ::std::borrow::Cow::Owned(__code)
            }
        }
    });

    let from_fields_body = from_fields_body(params);
    // With fields, `Display`, `Debug` and `PartialEq` read the fields
    // through one `match` (`parts.rs`), and `Eq` is sound as each field
    // type is `Eq` (see `field_types_are_eq`). Without fields, `Display`
    // is the row's phrase and `Debug` the code's (the variant's name), both
    // read by the variant's number, and `Clone` is a copy.
    let texts = quote!(<#code as #krate::__private::Texts>);
    let impls = if params.has_fields() {
        let field_types_are_eq = field_types_are_eq(params);
        let parts = parts::impls(params);
        quote! {
            #parts

            #[automatically_derived]
            impl ::core::cmp::Eq for #ident {}

            #field_types_are_eq
        }
    } else {
        let copy_impls = copy_impls(ident);
        quote! {
            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    __out.write_str(#texts::PHRASES[*self as ::core::primitive::usize])
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    __out.write_str(#texts::NAMES[*self as ::core::primitive::usize])
                }
            }

            #copy_impls
        }
    };
    quote! {
        #impls


        #[automatically_derived]
        impl ::std::error::Error for #ident {}

        #[allow(deprecated)]
        impl #ident {
            /// The code of this error's row.
            pub const fn code(&self) -> #code {
                #code_body
            }

            /// The documented HTTP status of this error's row.
            pub const fn status(&self) -> #krate::__private::StatusCode {
                self.code().status()
            }

            /// The documented message template of this error's row; the
            /// error's `Display` fills it in.
            pub const fn message_template(&self) -> &'static ::core::primitive::str {
                self.code().message_template()
            }

            /// The documented description of this error's row, empty where
            /// the docs give none.
            pub const fn description(&self) -> &'static ::core::primitive::str {
                self.code().description()
            }

            /// Whether, and how, a caller may retry: each variant's docs say.
            pub const fn retry(&self) -> #krate::Retry {
                self.code().retry()
            }

            /// Whether a caller may retry at all.
            pub const fn is_retryable(&self) -> ::core::primitive::bool {
                self.code().is_retryable()
            }

            /// Builds the error of `code`'s row from the text of each of its
            /// fields, in the order of the row's `fields`, each parsed with
            /// its type's `FromStr`.
            pub fn from_fields(
                code: #code,
                fields: &[&::core::primitive::str],
            ) -> ::core::result::Result<Self, #krate::FieldError> {
                #from_fields_body
            }

            /// The code as sent on the wire: the documented code, with the
            /// fields filled in for a templated code. Fixed codes are
            /// borrowed, never allocated.
            pub fn wire_code(&self) -> ::std::borrow::Cow<'static, ::core::primitive::str> {
                match self {
                    #(#wire_code_arms,)*
                    #fixed_codes
                }
            }
        }

        #[automatically_derived]
        impl #krate::ErrorFamily for #ident {
            type Code = #code;

            fn code(&self) -> #code {
                #ident::code(self)
            }

            fn from_fields(
                code: #code,
                fields: &[&::core::primitive::str],
            ) -> ::core::result::Result<Self, #krate::FieldError> {
                #ident::from_fields(code, fields)
            }

            fn wire_code(&self) -> ::std::borrow::Cow<'static, ::core::primitive::str> {
                #ident::wire_code(self)
            }
        }
    }
}

/// The check that makes a family's `Eq` sound: each distinct field type
/// is `Eq`, asked once, spanned at the type's declaration, so that a type
/// that is not `Eq` is reported on the table's `type` line. Derived, `Eq`
/// asserted it once per field and reported it at the macro call. Kept
/// apart from the impls, which rustdoc shows without bounds.
fn field_types_are_eq(params: &Params) -> TokenStream {
    let checks = params.distinct_field_types().into_iter().map(|field_type| {
        let ty = field_type.tokens();
        quote_spanned!(field_type.span()=> __is_eq::<#ty>();)
    });
    let krate = &params.krate;
    quote! {
        const _: () = {
            use #krate::__private::field_type_is_eq as __is_eq;
            #(#checks)*
        };
    }
}

/// The body of `from_fields`: the fields' texts read into the variant of
/// `code`.
///
/// Without fields, the count is checked without reading the row, and the
/// variant is the code's number in an array of the variants.
fn from_fields_body<'p>(params: &'p Params) -> TokenStream {
    let ident = &params.family.ident;
    let code = &params.code;
    let krate = &params.krate;
    if !params.has_fields() {
        let errors = params.list(params.rows(), |out, row| {
            write!(out, "{ident}::{}", row.variant)
        });
        return quote! {
            #krate::__private::no_fields(code, fields)?;
            const __ERRORS: &[#ident] = &[#errors];
            ::core::result::Result::Ok(__ERRORS[code as ::core::primitive::usize])
        };
    }
    // One reader per field type, written at the type's first use:
    // `<T as ReadBack>` is checked (and a type without `FromStr` reported,
    // at its declaration) once per type, and each field is a call of its
    // type's reader.
    let mut readers: Vec<TokenStream> = Vec::new();
    let mut reader_of: Map<&str, Ident> = Map::default();
    let mut type_reader = |field_type: FieldType<'p>| -> Ident {
        let next = readers.len();
        let reader = reader_of.entry(field_type.name()).or_insert_with(|| {
            let reader = format_ident!("__read_{}", next);
            // The type keeps the span of its declaration, and the whole
            // call is at the type, so that a type without `FromStr` is
            // reported on the table's `type` line; names still resolve at
            // the call site.
            let ty = field_type.tokens();
            let read = quote_spanned!(field_type.span()=> <#ty as __ReadBack>::read_field(code, fields, index));
            readers.push(quote! {
                fn #reader(
                    code: #code,
                    fields: &[&::core::primitive::str],
                    index: ::core::primitive::usize,
                ) -> ::core::result::Result<#ty, #krate::FieldError> {
                    #read
                }
            });
            reader
        });
        reader.clone()
    };
    // One function per distinct list of fields (names and types), which
    // reads them all; each field is read in a statement of its own, which
    // keeps the work of checking a message of many placeholders linear.
    // `from_fields` picks the code's list from a table, calls its function
    // once, and builds the variant in a `match` over the list's codes: an
    // arm per row that only names its variant and fields, where a call and
    // a `?` per row took twice the time to check.
    let mut lists: Vec<TokenStream> = Vec::new();
    let mut list_of: Map<Vec<(&str, &str)>, usize> = Map::default();
    // The list of each row, and each list's rows.
    let mut row_lists: Vec<usize> = Vec::new();
    let mut arms: Vec<Vec<&Row>> = Vec::new();
    let mut field_counts: Vec<usize> = Vec::new();
    for row in params.rows() {
        let key: Vec<(&str, &str)> = row
            .fields
            .iter()
            .map(|field| (field.text.as_str(), params.field_type(field).name()))
            .collect();
        let next = arms.len();
        let list = *list_of.entry(key).or_insert_with(|| {
            arms.push(Vec::new());
            field_counts.push(row.fields.len());
            if row.fields.is_empty() {
                // Nothing to read: the list's arms need no call.
                return next;
            }
            let reader = format_ident!("__read_fields_{}", next);
            let bindings = (0..row.fields.len()).map(binding);
            let types = row
                .fields
                .iter()
                .map(|field| params.field_type(field).tokens());
            let lets: Vec<TokenStream> = (row.fields.iter().enumerate())
                .map(|(index, field)| {
                    let read = type_reader(params.field_type(field));
                    let binding = binding(index);
                    let index = Literal::usize_unsuffixed(index);
                    quote!(let #binding = #read(code, fields, #index)?;)
                })
                .collect();
            lists.push(quote! {
                fn #reader(
                    code: #code,
                    fields: &[&::core::primitive::str],
                ) -> ::core::result::Result<(#(#types,)*), #krate::FieldError> {
                    #(#lets)*
                    ::core::result::Result::Ok((#(#bindings,)*))
                }
            });
            next
        });
        row_lists.push(list);
        arms[list].push(row);
    }
    let row_entry =
        (arms.len() > 1).then(|| quote!(use #krate::__private::row_entry as __row_entry;));
    let body = render(|out| from_fields_match(out, code, &row_lists, &field_counts, &arms));
    let body = params.source(&body);
    quote! {
        use #krate::__private::ReadBack as __ReadBack;
        #row_entry
        #(#readers)*
        #(#lists)*
        #krate::__private::field_count(code, fields)?;
        ::core::result::Result::Ok({ #body })
    }
}

/// The `match` of `from_fields` once the field count is checked, as text:
/// the variant of `code` built from its fields, read by the function of
/// its row's list of fields. `row_lists` gives each row's list (in the
/// variants' order), `field_counts` each list's number of fields, `arms`
/// each list's arms (`Code::V => Self::V { a: __f0, .. }, `).
///
/// With one list, its reading and then a `match` of its arms. With
/// several, a table of each row's list (`__LISTS`, `width` bytes a row,
/// little-endian, read by `__private::row_entry`) picks the list, and each
/// list's `match` covers its own rows; the others cannot reach it.
fn from_fields_match(
    out: &mut fmt::Formatter<'_>,
    code: &Ident,
    row_lists: &[usize],
    field_counts: &[usize],
    lists: &[Vec<&Row>],
) -> fmt::Result {
    let read = |out: &mut fmt::Formatter<'_>, list: usize| {
        if field_counts[list] > 0 {
            out.write_str("let (")?;
            for index in 0..field_counts[list] {
                write!(out, "__f{index}, ")?;
            }
            write!(out, ") = __read_fields_{list}(code, fields)?; ")?;
        }
        Ok(())
    };
    // `Code::V => Self::V { a: __f0, .. }, ` for each row of a list.
    let arms = |out: &mut fmt::Formatter<'_>, rows: &[&Row]| {
        for row in rows {
            let variant = &row.variant;
            write!(out, "{code}::{variant} => Self::{variant}")?;
            write_bindings(out, row, |_| true)?;
            out.write_str(", ")?;
        }
        Ok(())
    };
    if let [rows] = lists {
        read(out, 0)?;
        out.write_str("match code { ")?;
        arms(out, rows)?;
        return out.write_str("}");
    }
    let width = write_row_table(out, "__LISTS", row_lists)?;
    write!(
        out,
        "match __row_entry(__LISTS, {width}, code as ::core::primitive::usize) {{ "
    )?;
    // Each list has rows of its own, so none covers every code.
    for (list, rows) in lists.iter().enumerate() {
        write!(out, "{list} => {{ ")?;
        read(out, list)?;
        out.write_str("match code { ")?;
        arms(out, rows)?;
        out.write_str("_ => ::core::unreachable!(), } } ")?;
    }
    out.write_str("_ => ::core::unreachable!(), }")
}

/// Writes `const NAME: &[u8] = b"...";`, a table of one entry per row,
/// each `width` bytes, little-endian, as `__private::row_entry` reads
/// them, and returns `width`: the fewest bytes that hold every entry.
pub(crate) fn write_row_table(
    out: &mut impl fmt::Write,
    name: &str,
    entries: &[usize],
) -> Result<usize, fmt::Error> {
    let largest = entries.iter().copied().max().unwrap_or(0);
    let width = match largest {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        _ => 4,
    };
    write!(out, "const {name}: &[::core::primitive::u8] = b\"")?;
    for &entry in entries {
        for &byte in &entry.to_le_bytes()[..width] {
            // Two hex digits, without a `write!` per byte.
            out.write_str("\\x")?;
            out.write_char(char::from(HEX[usize::from(byte >> 4)]))?;
            out.write_char(char::from(HEX[usize::from(byte & 0xf)]))?;
        }
    }
    out.write_str("\"; ")?;
    Ok(width)
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `Clone` as a copy, and `Copy`, for either enum of a family (the error
/// enum where no row has fields).
fn copy_impls(ty: &Ident) -> TokenStream {
    quote! {
        #[automatically_derived]
        impl ::core::clone::Clone for #ty {
            #[inline]
            fn clone(&self) -> Self {
                *self
            }
        }

        #[automatically_derived]
        impl ::core::marker::Copy for #ty {}
    }
}

/// The code enum's inherent items, its metadata and its `Display` and
/// `ErrorCode` impls.
fn code_impls(params: &Params) -> TokenStream {
    let family = params.family;
    let code = &params.code;
    let krate = &params.krate;
    let code_copy_impls = copy_impls(code);

    // The codes' order, texts and statuses as arrays indexed by variant, so
    // that `as_str` and `status` link these alone, not every row's metadata.
    let all = params.list(params.rows(), |out, row| {
        write!(out, "Self::{}", row.variant)
    });
    let texts = params.list(params.rows(), |out, row| {
        write_str_literal(out, &row.code.text)
    });
    let names = params.list(params.rows(), |out, row| {
        write_str_literal(out, &row.variant_text)
    });
    let phrases = params.list(params.rows(), |out, row| {
        write_str_literal(out, row.phrase().unwrap_or(""))
    });
    let mut statuses = Vec::new();
    for row in params.rows() {
        crate::packed::number(&mut statuses, usize::from(row.status.value));
    }
    let statuses = Literal::byte_string(&statuses);
    let row_count = params.rows().count();
    let family_meta = crate::packed::family(params);
    // Variants are numbered from 0 in table order: every table but the
    // last checks whether the index falls in its rows; the last takes the
    // rest.
    let mut start = 0;
    let mut row_branches = Vec::new();
    let last = family.tables.len().saturating_sub(1);
    for (t, table) in family.tables.iter().enumerate().take(last) {
        let end = start + table.rows.len();
        let index = offset(start);
        row_branches.push(quote!(if __index < #end { return &__tables[#t].rows[#index]; }));
        start = end;
    }
    let last_index = offset(start);

    quote! {
        #[allow(deprecated)]
        impl #code {
            /// Every code, in table order.
            pub const ALL: &'static [Self] = &[#all];

            /// The tables this family was declared from.
            pub const FAMILY: &'static #krate::Family = #family_meta;

            /// This code's row: every column the docs give for it.
            pub const fn row(self) -> &'static #krate::Row {
                let __index = self as ::core::primitive::usize;
                let __tables = Self::FAMILY.tables;
                #(#row_branches)*
                &__tables[#last].rows[#last_index]
            }

            /// The code as documented (a templated code keeps its placeholder).
            pub const fn as_str(self) -> &'static ::core::primitive::str {
                <Self as #krate::__private::Texts>::CODES[self as ::core::primitive::usize]
            }

            /// The documented HTTP status.
            pub const fn status(self) -> #krate::__private::StatusCode {
                const STATUSES: &[#krate::__private::StatusCode] =
                    &#krate::__private::meta::statuses::<#row_count>(#statuses);
                STATUSES[self as ::core::primitive::usize]
            }

            /// The documented message template.
            pub const fn message_template(self) -> &'static ::core::primitive::str {
                self.row().message.text
            }

            /// The documented description, empty where the docs give none.
            pub const fn description(self) -> &'static ::core::primitive::str {
                self.row().description
            }

            /// Whether, and how, a caller may retry: each variant's docs say.
            pub const fn retry(self) -> #krate::Retry {
                self.row().retry
            }

            /// Whether a caller may retry at all.
            pub const fn is_retryable(self) -> ::core::primitive::bool {
                self.row().retryable
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #code {
            fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __out.write_str(self.as_str())
            }
        }

        // What `#[derive]` would write for a fieldless enum, compared and
        // hashed by its index (table order); `Debug` writes the variant's name.
        #[automatically_derived]
        impl ::core::fmt::Debug for #code {
            fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __out.write_str(<Self as #krate::__private::Texts>::NAMES[*self as ::core::primitive::usize])
            }
        }

        #[automatically_derived]
        impl #krate::__private::Texts for #code {
            const CODES: &'static [&'static ::core::primitive::str] = &[#texts];
            const NAMES: &'static [&'static ::core::primitive::str] = &[#names];
            const PHRASES: &'static [&'static ::core::primitive::str] = &[#phrases];
        }

        #code_copy_impls

        #[automatically_derived]
        impl ::core::cmp::PartialOrd for #code {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        #[automatically_derived]
        impl ::core::cmp::Ord for #code {
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                let (__a, __b) = (*self as ::core::primitive::usize, *other as ::core::primitive::usize);
                ::core::cmp::Ord::cmp(&__a, &__b)
            }
        }

        #[automatically_derived]
        impl ::core::hash::Hash for #code {
            #[inline]
            fn hash<__H: ::core::hash::Hasher>(&self, __state: &mut __H) {
                ::core::hash::Hasher::write_usize(__state, *self as ::core::primitive::usize)
            }
        }

        #[automatically_derived]
        impl #krate::ErrorCode for #code {
            const FAMILY: &'static #krate::Family = #code::FAMILY;
            const ALL: &'static [Self] = #code::ALL;

            fn row(self) -> &'static #krate::Row {
                #code::row(self)
            }
        }
    }
}

/// `__index` less the index of a table's first row.
fn offset(start: usize) -> TokenStream {
    if start == 0 {
        quote!(__index)
    } else {
        quote!(__index - #start)
    }
}
