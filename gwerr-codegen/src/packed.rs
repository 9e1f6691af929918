//! The tables' metadata (`FAMILY`) as data: a list of the family's texts,
//! each once, and byte strings of numbers that `gwerr_core`'s `const fn`s
//! unpack into rows when the constant is evaluated. The format is
//! described in `gwerr-core/src/packed.rs`, which reads what this writes.
//!
//! Written row by row as constants with named fields, the metadata was
//! the largest share of what the compiler parsed, lowered and hashed
//! again after every touch (BENCHMARKS.md, "`cargo check`"); as data it
//! is a few tokens per row and no item of its own.

use std::borrow::Cow;
use std::collections::HashMap;

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::ast::{Row, Table};
use crate::naming::unraw;
use crate::params::Params;
use crate::template::{Segment, Template};

/// The family's metadata being packed.
#[derive(Default)]
struct Packer<'a> {
    /// Every distinct text, in order of first use; 0 is the empty text.
    texts: Vec<Cow<'a, str>>,
    index: HashMap<Cow<'a, str>, usize>,
    /// The rows' extra columns, each row's a run of its own.
    extras: Vec<&'a str>,
    parts: Vec<u8>,
    part_count: usize,
    fields: Vec<u8>,
    field_count: usize,
    /// Where each distinct list of fields starts, by its packed bytes.
    field_lists: HashMap<Vec<u8>, usize>,
    rows: Vec<u8>,
}

/// Appends `value` as unsigned LEB128.
fn number(out: &mut Vec<u8>, mut value: usize) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

impl<'a> Packer<'a> {
    /// The index of `text` in the family's texts, added if new.
    fn text(&mut self, text: impl Into<Cow<'a, str>>) -> usize {
        let text = text.into();
        if text.is_empty() {
            return 0;
        }
        if let Some(&index) = self.index.get(&text) {
            return index;
        }
        if self.texts.is_empty() {
            self.texts.push(Cow::Borrowed(""));
        }
        let index = self.texts.len();
        self.texts.push(text.clone());
        self.index.insert(text, index);
        index
    }

    /// Packs a template's parts; writes its text and number of parts to
    /// the row.
    fn template(&mut self, row: &'a Row, text: &'a str, template: &'a Template) {
        let text = self.text(text);
        number(&mut self.rows, text);
        number(&mut self.rows, template.segments.len());
        let mut fields = None;
        for segment in &template.segments {
            let value = match segment {
                Segment::Literal(literal) => 2 * self.text(literal),
                Segment::Placeholder { name, .. } => {
                    let fields = fields.get_or_insert_with(|| crate::expand::fields_by_name(row));
                    let index = fields.get(name.as_str()).map_or(0, |(index, _)| *index);
                    2 * index + 1
                }
            };
            number(&mut self.parts, value);
        }
        self.part_count += template.segments.len();
    }

    fn row(&mut self, params: &Params, row: &'a Row) {
        let variant = self.text(unraw(&row.variant));
        number(&mut self.rows, variant);
        self.template(row, &row.code.text, &row.code.template);
        number(&mut self.rows, usize::from(row.status.value));
        let phrase = self.text(&row.status.phrase);
        number(&mut self.rows, phrase);
        let (message_text, message) = row.message_template();
        self.template(row, message_text, message);
        for text in [&row.description, &row.solution, &row.scenario] {
            let text = self.text(text);
            number(&mut self.rows, text);
        }
        number(&mut self.rows, self.extras.len());
        number(&mut self.rows, row.extras.len());
        self.extras.extend(row.extras.iter().map(String::as_str));
        let mut list = Vec::new();
        for field in &row.fields {
            let placeholder = self.text(field.name.as_str());
            number(&mut list, placeholder);
            let name = self.text(unraw(&field.ident));
            number(&mut list, name);
            let ty = self.text(params.field_type(field).name().to_owned());
            number(&mut list, ty);
        }
        let start = match self.field_lists.get(&list) {
            Some(&start) => start,
            None => {
                let start = self.field_count;
                self.field_count += row.fields.len();
                self.fields.extend_from_slice(&list);
                self.field_lists.insert(list, start);
                start
            }
        };
        number(&mut self.rows, start);
        number(&mut self.rows, row.fields.len());
        let retry = row.retry.kind.packed();
        let code_is_message = if row.message.is_none() { 4 } else { 0 };
        let deprecated = if row.attrs.iter().any(|a| a.is("deprecated")) {
            8
        } else {
            0
        };
        number(&mut self.rows, retry | code_is_message | deprecated);
    }
}

/// The block of `FAMILY`: the family's texts and packed rows, unpacked by
/// `gwerr_core`'s `const fn`s, and its tables, each a run of the rows.
pub fn family(params: &Params) -> TokenStream {
    let family = params.family;
    let krate = &params.krate;
    let mut packer = Packer::default();
    for row in params.rows() {
        packer.row(params, row);
    }
    let texts = params.list(&packer.texts, |out, text| {
        use std::fmt::Write as _;
        write!(out, "{:?}", text.as_ref())
    });
    let extras = params.list(&packer.extras, |out, text| {
        use std::fmt::Write as _;
        write!(out, "{text:?}")
    });
    let part_count = Literal::usize_unsuffixed(packer.part_count);
    let parts = Literal::byte_string(&packer.parts);
    let field_count = Literal::usize_unsuffixed(packer.field_count);
    let fields = Literal::byte_string(&packer.fields);
    let row_count = Literal::usize_unsuffixed(params.rows().count());
    let rows = Literal::byte_string(&packer.rows);
    let mut start = 0;
    let tables = family.tables.iter().map(|table| {
        let meta = table_meta(table, start);
        start += table.rows.len();
        meta
    });
    let tables: Vec<TokenStream> = tables.collect();
    let family_name = unraw(&family.ident);
    let code_name = unraw(&params.code);
    quote! {{
        use #krate::__private::meta as __meta;
        use __meta::{Column as __Column, ColumnKind as __ColumnKind, Table as __Table};
        const __TEXTS: &[&::core::primitive::str] = &[#texts];
        const __EXTRAS: &[&::core::primitive::str] = &[#extras];
        const __PARTS: [__meta::Part; #part_count] = __meta::parts(__TEXTS, #parts);
        const __FIELDS: [__meta::Field; #field_count] = __meta::fields(__TEXTS, #fields);
        const __ROWS: [__meta::Row; #row_count] = __meta::rows(
            __meta::Sources { texts: __TEXTS, extras: __EXTRAS, parts: &__PARTS, fields: &__FIELDS },
            #rows,
        );
        &#krate::Family {
            name: #family_name,
            code_name: #code_name,
            tables: &[#(#tables),*],
        }
    }}
}

/// A table's metadata: its title, its columns, and its rows, `len` of
/// `__ROWS` from `start`.
fn table_meta(table: &Table, start: usize) -> TokenStream {
    let title = table.title.value();
    let columns = table.columns.iter().map(|column| {
        let kind = column.kind.tokens();
        let title = &column.title;
        quote!(__Column { kind: __ColumnKind::#kind, title: #title })
    });
    let len = table.rows.len();
    quote! {
        __Table {
            title: #title,
            columns: &[#(#columns),*],
            rows: __meta::slice(&__ROWS, #start, #len),
        }
    }
}
