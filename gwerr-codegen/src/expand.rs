//! Generates the error enum, the code enum, their impls and the tables'
//! metadata from a checked [`Family`].

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, ToTokens};
use syn::{Ident, Type};

use crate::ast::{Family, Field, Row, Table};
use crate::check;
use crate::docs;
use crate::hash;
use crate::template::{Segment, Template};

/// Names and paths shared by every part of the expansion.
pub struct Names<'a> {
    pub family: &'a Family,
    /// The path of `gwerr_core`.
    pub krate: TokenStream,
    /// The code enum's name.
    pub code: Ident,
    /// Each row's doc block, in row order: both enums' variants carry it.
    pub row_docs: Vec<String>,
}

impl<'a> Names<'a> {
    pub fn new(family: &'a Family) -> Self {
        let krate = match (&family.options.krate, &family.default_crate) {
            (Some(path), _) => path.to_token_stream(),
            (None, Some(path)) => path.clone(),
            (None, None) => quote!(::gwerr_core),
        };
        let code = match &family.options.code {
            Some(code) => code.ident.clone(),
            None => format_ident!("{}Code", family.ident),
        };
        let mut names = Names {
            family,
            krate,
            code,
            row_docs: Vec::new(),
        };
        names.row_docs = names.rows().map(|row| docs::row(&names, row)).collect();
        names
    }

    /// The declared type of a placeholder, else the family's default.
    pub fn field_type(&self, field: &Field) -> TokenStream {
        let options = &self.family.options;
        let declared = options.types.iter().find(|decl| decl.name == field.name);
        match (declared, &options.default_type) {
            (Some(decl), _) => decl.ty.to_token_stream(),
            (None, Some(ty)) => ty.to_token_stream(),
            (None, None) => quote!(::std::string::String),
        }
    }

    /// The type as shown in docs and metadata (`String`, `http::Method`).
    pub fn field_type_name(&self, field: &Field) -> String {
        let options = &self.family.options;
        let declared = options.types.iter().find(|decl| decl.name == field.name);
        match (declared, &options.default_type) {
            (Some(decl), _) => type_name(&decl.ty),
            (None, Some(ty)) => type_name(ty),
            (None, None) => String::from("String"),
        }
    }

    pub fn rows(&self) -> impl Iterator<Item = &'a Row> {
        self.family
            .tables
            .iter()
            .flat_map(|table| table.rows.iter())
    }
}

/// `:: http :: Method` → `http::Method`.
fn type_name(ty: &Type) -> String {
    let text = ty.to_token_stream().to_string();
    let text = text.replace(" :: ", "::").replace(":: ", "::");
    let text = text
        .replace(" <", "<")
        .replace("< ", "<")
        .replace(" >", ">");
    let text = text.replace(" ,", ",").replace("& ", "&");
    text.trim_start_matches("::").to_owned()
}

pub fn expand(family: &Family) -> TokenStream {
    let names = Names::new(family);
    let error_enum = error_enum(&names);
    let code_enum = code_enum(&names);
    let error_impls = error_impls(&names);
    let code_impls = code_impls(&names);
    let serde_impls = serde_impls(&names);
    let axum_impls = axum_impls(&names);
    quote! {
        #error_enum
        #code_enum
        #error_impls
        #code_impls
        #serde_impls
        #axum_impls
    }
}

/// `IntoResponse`, kept by `gwerr_core` only when its `axum` feature is on.
fn axum_impls(names: &Names) -> TokenStream {
    let ident = &names.family.ident;
    let krate = &names.krate;
    quote! {
        #krate::__axum! {
            impl #krate::__private::axum_core::response::IntoResponse for #ident {
                fn into_response(self) -> #krate::__private::axum_core::response::Response {
                    #krate::__private::into_response(&self)
                }
            }
        }
    }
}

/// `Serialize` for both enums, kept by `gwerr_core` only when its `serde`
/// feature is on (the user's crate cannot see that feature).
fn serde_impls(names: &Names) -> TokenStream {
    let ident = &names.family.ident;
    let code = &names.code;
    let krate = &names.krate;
    let arms = names.rows().map(|row| {
        let variant = &row.variant;
        if row.fields.is_empty() {
            return quote!(Self::#variant => __serialize(self, __serializer, &[]));
        }
        let bindings = row.fields.iter().map(|f| &f.ident);
        let entries = row.fields.iter().map(|f| {
            let binding = &f.ident;
            let key = f.ident.to_string();
            let key = key.trim_start_matches("r#");
            quote!((#key, #binding as &dyn __Display))
        });
        quote! {
            Self::#variant { #(#bindings),* } => {
                __serialize(self, __serializer, &[#(#entries),*])
            }
        }
    });
    quote! {
        #krate::__serde! {
            #[allow(deprecated)]
            impl #krate::__private::serde::Serialize for #ident {
                fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #krate::__private::serde::Serializer,
                {
                    use #krate::__private::serialize_error as __serialize;
                    use ::core::fmt::Display as __Display;
                    match self {
                        #(#arms,)*
                    }
                }
            }

            impl #krate::__private::serde::Serialize for #code {
                fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #krate::__private::serde::Serializer,
                {
                    __serializer.serialize_str(self.as_str())
                }
            }
        }
    }
}

fn deprecated(row: &Row) -> impl Iterator<Item = &syn::Attribute> {
    row.attrs.iter().filter(|a| a.path().is_ident("deprecated"))
}

fn row_docs(row: &Row) -> impl Iterator<Item = &syn::Attribute> {
    row.attrs.iter().filter(|a| a.path().is_ident("doc"))
}

pub fn error_enum(names: &Names) -> TokenStream {
    let family = names.family;
    let attrs = &family.attrs;
    let vis = &family.vis;
    let ident = &family.ident;
    let table_docs = docs::family_tables(names);
    let variants = names.rows().zip(&names.row_docs).map(|(row, row_doc)| {
        let variant = &row.variant;
        let docs = row_docs(row);
        let deprecated = deprecated(row);
        if row.fields.is_empty() {
            return quote! { #(#docs)* #[doc = #row_doc] #(#deprecated)* #variant };
        }
        let fields = row.fields.iter().map(|field| {
            let name = &field.ident;
            let ty = names.field_type(field);
            let doc = format!(" The value of the placeholder `{}`.", field.name);
            quote! { #[doc = #doc] #name: #ty }
        });
        quote! { #(#docs)* #[doc = #row_doc] #(#deprecated)* #variant { #(#fields,)* } }
    });
    quote! {
        #(#attrs)*
        #[doc = #table_docs]
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq, ::core::cmp::Eq)]
        #vis enum #ident {
            #(#variants,)*
        }
    }
}

pub fn code_enum(names: &Names) -> TokenStream {
    let family = names.family;
    let vis = &family.vis;
    let ident = &names.code;
    let attrs = family.options.code.as_ref().map(|code| &code.attrs);
    let has_docs = attrs.is_some_and(|attrs| attrs.iter().any(|a| a.path().is_ident("doc")));
    let default_doc = (!has_docs).then(|| {
        let doc = format!(
            " The code of a [`{}`]: one variant per row, without the fields.",
            family.ident
        );
        quote!(#[doc = #doc])
    });
    let attrs = attrs.into_iter().flatten();
    let variants = names.rows().zip(&names.row_docs).map(|(row, row_doc)| {
        let variant = &row.variant;
        let docs = row_docs(row);
        let deprecated = deprecated(row);
        quote! { #(#docs)* #[doc = #row_doc] #(#deprecated)* #variant }
    });
    quote! {
        #default_doc
        #(#attrs)*
        #[derive(
            ::core::fmt::Debug,
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
            ::core::hash::Hash,
        )]
        #vis enum #ident {
            #(#variants,)*
        }
    }
}

/// The pattern matching a variant of the error enum, binding the fields
/// that `template` uses.
fn pattern(row: &Row, template: &Template) -> TokenStream {
    let variant = &row.variant;
    if row.fields.is_empty() {
        return quote!(Self::#variant);
    }
    let used = template.names();
    let fields = row
        .fields
        .iter()
        .filter(|f| used.contains(&f.name.as_str()))
        .map(|f| &f.ident);
    quote!(Self::#variant { #(#fields,)* .. })
}

/// Where a template is written: a `Formatter` (for `Display`) or a `String`
/// (for a templated wire code). Both are named `__out`.
#[derive(Clone, Copy)]
enum Sink {
    Formatter,
    String,
}

/// Writes `template` to `__out`, each literal piece as it is and each
/// field with its own `Display`. For a `Formatter`, one expression: the
/// writes joined with `&&`, which stops at the first error (cheaper for the
/// compiler to check than a `?` per piece, and as fast).
fn write_template(row: &Row, template: &Template, sink: Sink) -> TokenStream {
    let field = |name: &String| {
        row.fields
            .iter()
            .find(|f| &f.name == name)
            .map(|f| &f.ident)
    };
    match sink {
        Sink::Formatter => {
            if let [Segment::Literal(text)] = template.segments.as_slice() {
                return quote!(__out.write_str(#text));
            }
            let pieces = template.segments.iter().map(|segment| match segment {
                Segment::Literal(text) => quote!(__Text(#text)),
                Segment::Hole { name, .. } => {
                    let field = field(name);
                    quote!(__Value(#field))
                }
            });
            quote!(__write(__out, &[#(#pieces),*]))
        }
        Sink::String => {
            let writes = template.segments.iter().map(|segment| match segment {
                Segment::Literal(text) => quote!(__out.push_str(#text);),
                Segment::Hole { name, .. } => {
                    let field = field(name);
                    quote! {
                        let _ = ::core::fmt::Write::write_fmt(__out, ::core::format_args!("{}", #field));
                    }
                }
            });
            quote!(#(#writes)*)
        }
    }
}

fn error_impls(names: &Names) -> TokenStream {
    let ident = &names.family.ident;
    let code = &names.code;
    let krate = &names.krate;

    let display_arms = names.rows().map(|row| {
        let (_, message) = row.message_template();
        let pattern = pattern(row, message);
        let writes = write_template(row, message, Sink::Formatter);
        quote!(#pattern => #writes,)
    });
    let code_arms = names.rows().map(|row| {
        let variant = &row.variant;
        let ignore = (!row.fields.is_empty()).then(|| quote!({ .. }));
        quote!(Self::#variant #ignore => #code::#variant)
    });
    let wire_code_arms = names.rows().map(|row| {
        if row.code.template.hole_count() == 0 {
            let variant = &row.variant;
            let ignore = (!row.fields.is_empty()).then(|| quote!({ .. }));
            let text = &row.code.text;
            return quote!(Self::#variant #ignore => ::std::borrow::Cow::Borrowed(#text));
        }
        let pattern = pattern(row, &row.code.template);
        let writes = write_template(row, &row.code.template, Sink::String);
        quote! {
            #pattern => {
                let mut __code = ::std::string::String::new();
                let __out = &mut __code;
                #writes
                ::std::borrow::Cow::Owned(__code)
            }
        }
    });

    let from_fields_arms = names.rows().map(|row| {
        let variant = &row.variant;
        let fields = row.fields.iter().enumerate().map(|(index, field)| {
            let name = &field.ident;
            let ty = names.field_type(field);
            // The type keeps the span of its declaration, so that a type
            // without `FromStr` is reported on the table's `type` line.
            quote! {
                #name: match __parse::<#ty>(code, fields, #index) {
                    __Ok(value) => value,
                    __Err(error) => return __Err(error),
                }
            }
        });
        let body = if row.fields.is_empty() {
            quote!(Self::#variant)
        } else {
            quote!(Self::#variant { #(#fields,)* })
        };
        quote!(#code::#variant => #body)
    });

    quote! {
        #[allow(deprecated)]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                use #krate::__private::Piece::{Text as __Text, Value as __Value};
                use #krate::__private::write_pieces as __write;
                match self {
                    #(#display_arms)*
                }
            }
        }

        impl ::std::error::Error for #ident {}

        #[allow(deprecated)]
        impl #ident {
            /// The code of this error's row.
            pub const fn code(&self) -> #code {
                match self {
                    #(#code_arms,)*
                }
            }

            /// The documented HTTP status of this error's row.
            pub const fn status(&self) -> #krate::__private::StatusCode {
                self.code().status()
            }

            /// The documented message template of this error's row; the
            /// error's `Display` fills it in.
            pub const fn message_template(&self) -> &'static str {
                self.code().message_template()
            }

            /// The documented description of this error's row, empty where
            /// the docs give none.
            pub const fn description(&self) -> &'static str {
                self.code().description()
            }

            /// Whether a caller may retry: each variant's docs say why.
            pub const fn is_retryable(&self) -> bool {
                self.code().is_retryable()
            }

            /// Builds the error of `code`'s row from the text of each of its
            /// fields, in the order of the row's `fields`, each parsed with
            /// its type's `FromStr`.
            pub fn from_fields(
                code: #code,
                fields: &[&str],
            ) -> ::core::result::Result<Self, #krate::FieldError> {
                use #krate::__private::parse_field as __parse;
                use ::core::result::Result::{Err as __Err, Ok as __Ok};
                if let __Err(error) = #krate::__private::field_count(code, fields) {
                    return __Err(error);
                }
                __Ok(match code {
                    #(#from_fields_arms,)*
                })
            }

            /// The code as sent on the wire: the documented code, with the
            /// fields filled in for a templated code. Fixed codes are
            /// borrowed, never allocated.
            pub fn wire_code(&self) -> ::std::borrow::Cow<'static, str> {
                match self {
                    #(#wire_code_arms,)*
                }
            }
        }

        impl #krate::ErrorFamily for #ident {
            type Code = #code;

            fn code(&self) -> #code {
                #ident::code(self)
            }

            fn from_fields(
                code: #code,
                fields: &[&str],
            ) -> ::core::result::Result<Self, #krate::FieldError> {
                #ident::from_fields(code, fields)
            }

            fn wire_code(&self) -> ::std::borrow::Cow<'static, str> {
                #ident::wire_code(self)
            }
        }
    }
}

fn code_impls(names: &Names) -> TokenStream {
    let family = names.family;
    let code = &names.code;
    let krate = &names.krate;

    let all = names.rows().map(|row| &row.variant);
    let family_name = family.ident.to_string();
    let code_name = code.to_string();
    // Each table's rows are an associated const, and each row a const item
    // of its own, so that the compiler checks many small bodies instead of
    // one holding every row's temporaries (which made checking a large
    // table slow and memory-hungry), and `row()` indexes by discriminant.
    let row_tables = family.tables.iter().enumerate().map(|(t, table)| {
        let name = format_ident!("__ROWS_{}", t);
        let items = table.rows.iter().enumerate().map(|(r, row)| {
            let item = format_ident!("__ROW_{}", r);
            let meta = row_meta(names, row);
            quote!(const #item: __Row = #meta;)
        });
        let items_names = (0..table.rows.len()).map(|r| format_ident!("__ROW_{}", r));
        quote! {
            const #name: &'static [#krate::Row] = {
                use #krate::__private::meta::{field as __field, row as __row, Row as __Row, Template as __Template};
                use #krate::__private::meta::Part::{Field as __Field, Literal as __Literal};
                #(#items)*
                &[#(#items_names),*]
            };
        }
    });
    // Every table but the last gets a range check; the last takes the rest.
    let mut start = 0;
    let mut row_branches = Vec::new();
    let last = family.tables.len().saturating_sub(1);
    for (t, table) in family.tables.iter().enumerate().take(last) {
        let name = format_ident!("__ROWS_{}", t);
        let end = start + table.rows.len();
        row_branches.push(quote!(if __index < #end { return &Self::#name[__index - #start]; }));
        start = end;
    }
    let tables = family
        .tables
        .iter()
        .enumerate()
        .map(|(t, table)| table_meta(t, table));
    let last_table = format_ident!("__ROWS_{}", last);
    let last_start = start;

    // Fixed codes are found by a perfect hash (or a `match` where none can
    // be built); templated ones afterwards, longest literal text first (the
    // order `check_templated_codes` makes unambiguous).
    let fixed_rows: Vec<&Row> = names
        .rows()
        .filter(|row| row.code.template.hole_count() == 0)
        .collect();
    let fixed_texts: Vec<&str> = fixed_rows
        .iter()
        .map(|row| row.code.text.as_str())
        .collect();
    let fixed = match hash::build(&fixed_texts) {
        Some(hash) if fixed_texts.iter().all(|text| text.len() <= 8) => {
            // Codes of up to 8 bytes: the slot's entry holds the code as a
            // number and its length, compared without reading a string.
            let bits = hash.bits;
            let buckets = hash.disps.len();
            let disps = &hash.disps;
            let slot_count = hash.slots.len();
            let first = &fixed_rows[0].variant;
            let words = hash
                .slots
                .iter()
                .map(|&index| match fixed_texts.get(usize::from(index)) {
                    Some(text) => {
                        let word = hash::word(text.as_bytes());
                        let len = text.len() as u8;
                        quote!((#word, #len))
                    }
                    None => quote!((0u64, u8::MAX)),
                });
            let codes = hash.slots.iter().map(|&index| {
                let variant = fixed_rows
                    .get(usize::from(index))
                    .map_or(first, |row| &row.variant);
                quote!(#code::#variant)
            });
            quote! {
                static DISPS: [u64; #buckets] = [#(#disps),*];
                static WORDS: [(u64, u8); #slot_count] = [#(#words),*];
                static CODES: [#code; #slot_count] = [#(#codes),*];
                if __code.len() <= 8 {
                    let (__slot, __word) =
                        #krate::__private::short_probe(__code.as_bytes(), #bits, &DISPS);
                    let __slot = __slot & (#slot_count - 1);
                    let (__expected, __len) = WORDS[__slot];
                    if __expected == __word && __len as usize == __code.len() {
                        return ::core::result::Result::Ok(CODES[__slot]);
                    }
                }
            }
        }
        Some(hash) => {
            let entries = fixed_rows.iter().map(|row| {
                let text = &row.code.text;
                let variant = &row.variant;
                quote!((#text, #code::#variant))
            });
            let count = fixed_rows.len();
            let bits = hash.bits;
            let buckets = hash.disps.len();
            let disps = &hash.disps;
            let slot_count = hash.slots.len();
            let slots = &hash.slots;
            quote! {
                static FIXED: [(&str, #code); #count] = [#(#entries),*];
                static DISPS: [u64; #buckets] = [#(#disps),*];
                static SLOTS: [u16; #slot_count] = [#(#slots),*];
                let __slot = #krate::__private::perfect_slot(__code.as_bytes(), #bits, &DISPS);
                if let ::core::option::Option::Some(&(__text, __found)) =
                    FIXED.get(SLOTS[__slot & (#slot_count - 1)] as usize)
                {
                    if __text == __code {
                        return ::core::result::Result::Ok(__found);
                    }
                }
            }
        }
        None => {
            let arms = fixed_rows.iter().map(|row| {
                let text = &row.code.text;
                let variant = &row.variant;
                quote!(#text => return ::core::result::Result::Ok(Self::#variant),)
            });
            quote! {
                match __code {
                    #(#arms)*
                    _ => {}
                }
            }
        }
    };
    let mut templated: Vec<&Row> = names
        .rows()
        .filter(|row| row.code.template.hole_count() == 1)
        .collect();
    templated.sort_by_key(|row| {
        let (prefix, suffix) = check::affixes(row);
        std::cmp::Reverse(prefix.len() + suffix.len())
    });
    let templated = templated.into_iter().map(|row| {
        let (prefix, suffix) = check::affixes(row);
        let variant = &row.variant;
        quote! {
            if #krate::__private::matches_template(__code, #prefix, #suffix) {
                return ::core::result::Result::Ok(Self::#variant);
            }
        }
    });

    quote! {
        #[allow(deprecated)]
        impl #code {
            /// Every code, in table order.
            pub const ALL: &'static [Self] = &[#(Self::#all),*];

            #(#row_tables)*

            /// The tables this family was declared from.
            pub const FAMILY: &'static #krate::Family = {
                use #krate::__private::meta::{Column as __Column, ColumnKind as __ColumnKind, Table as __Table};
                &#krate::Family {
                    name: #family_name,
                    code_name: #code_name,
                    tables: &[#(#tables),*],
                }
            };

            /// This code's row: every column the docs give for it.
            pub const fn row(self) -> &'static #krate::Row {
                // Variants are numbered from 0 in table order.
                let __index = self as usize;
                #(#row_branches)*
                &Self::#last_table[__index - #last_start]
            }

            /// The code as documented (a templated code keeps its placeholder).
            pub const fn as_str(self) -> &'static str {
                self.row().code.text
            }

            /// The documented HTTP status.
            pub const fn status(self) -> #krate::__private::StatusCode {
                self.row().status
            }

            /// The documented message template.
            pub const fn message_template(self) -> &'static str {
                self.row().message.text
            }

            /// The documented description, empty where the docs give none.
            pub const fn description(self) -> &'static str {
                self.row().description
            }

            /// Whether a caller may retry: each row's docs say why.
            pub const fn is_retryable(self) -> bool {
                self.row().retryable
            }
        }

        impl ::core::fmt::Display for #code {
            fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __out.write_str(self.as_str())
            }
        }

        #[allow(deprecated)]
        impl ::core::str::FromStr for #code {
            type Err = #krate::UnknownCode;

            /// Finds the row of a code: an exact match of a fixed code first,
            /// then the templated codes, the longest literal text first.
            #[inline]
            fn from_str(__code: &str) -> ::core::result::Result<Self, Self::Err> {
                #fixed
                #(#templated)*
                ::core::result::Result::Err(#krate::UnknownCode::new(__code))
            }
        }

        impl #krate::ErrorCode for #code {
            const FAMILY: &'static #krate::Family = #code::FAMILY;
            const ALL: &'static [Self] = #code::ALL;

            fn row(self) -> &'static #krate::Row {
                #code::row(self)
            }
        }
    }
}

fn table_meta(index: usize, table: &Table) -> TokenStream {
    let title = table.title.value();
    let columns = table.columns.iter().map(|column| {
        let kind = Ident::new(column.kind.name(), Span::call_site());
        let title = &column.title;
        quote!(__Column { kind: __ColumnKind::#kind, title: #title })
    });
    let rows = format_ident!("__ROWS_{}", index);
    quote! {
        __Table {
            title: #title,
            columns: &[#(#columns),*],
            rows: Self::#rows,
        }
    }
}

fn row_meta(names: &Names, row: &Row) -> TokenStream {
    let variant = row.variant.to_string();
    let code = template_meta(row, &row.code.text, &row.code.template);
    let (message_text, message) = row.message_template();
    let message = template_meta(row, message_text, message);
    let status = row.status.value;
    let (description, solution, scenario) = (&row.description, &row.solution, &row.scenario);
    let fields = row.fields.iter().map(|field| {
        let placeholder = &field.name;
        let name = field.ident.to_string();
        let name = name.trim_start_matches("r#");
        let ty = names.field_type_name(field);
        quote!(__field(#placeholder, #name, #ty))
    });
    let deprecated = row.attrs.iter().any(|a| a.path().is_ident("deprecated"));
    let retryable = row.retry.is_some();
    let code_is_message = row.message.is_none();
    let flags = u8::from(retryable) | u8::from(code_is_message) << 1 | u8::from(deprecated) << 2;
    quote! {
        __row(#variant, #code, #status, #message, #description, #solution, #scenario, &[#(#fields),*], #flags)
    }
}

fn template_meta(row: &Row, text: &str, template: &Template) -> TokenStream {
    let parts = template.segments.iter().map(|segment| match segment {
        Segment::Literal(text) => quote!(__Literal(#text)),
        Segment::Hole { name, .. } => {
            let index = row
                .fields
                .iter()
                .position(|f| &f.name == name)
                .unwrap_or_default();
            quote!(__Field(#index))
        }
    });
    quote!(__Template { text: #text, parts: &[#(#parts),*] })
}
