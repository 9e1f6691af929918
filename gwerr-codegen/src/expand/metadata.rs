//! The tables' metadata (`FAMILY`) as data: a list of the family's texts,
//! each once, and byte strings of numbers, in chunks, that `gwerr_core`'s
//! `const fn`s unpack into rows when the constant is evaluated. The
//! format, and why it comes in chunks, is described in
//! `gwerr-core/src/packed.rs`, which reads what this writes.
//!
//! Written row by row as constants with named fields, the metadata was
//! the largest share of what the compiler parsed, lowered and hashed
//! again after every touch (BENCHMARKS.md, "`cargo check`"); as data it
//! is a few tokens per row.

use std::borrow::Cow;
use std::fmt;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::common::fields_by_name;
use crate::ast::{Row, Table};
use crate::emit;
use crate::format::{literal_part, placeholder_part, write_number, PackedRow, Run, CHUNK};
use crate::map::{Interner, Map, NameIndex};
use crate::naming::unraw;
use crate::params::Params;
use crate::template::{Segment, Template};

/// The distinct texts a row is expected to bring: its description and a
/// literal part, its message if templated.
const TEXTS_PER_ROW: usize = 3;

/// Appends `value` as a number of the format.
pub fn number(out: &mut Vec<u8>, value: usize) {
    write_number(out, value as u64);
}

/// Items packed in chunks: each chunk's numbers and number of items.
struct Chunks {
    chunks: Vec<(Vec<u8>, usize)>,
}

impl Chunks {
    fn new() -> Self {
        Chunks {
            chunks: vec![(Vec::new(), 0)],
        }
    }

    /// Makes room for `count` items in one chunk: the chunk and the index
    /// of the first item in it. Write the items' numbers with `bytes`.
    fn place(&mut self, count: usize) -> (usize, usize) {
        let last = self.chunks.len() - 1;
        let used = self.chunks[last].1;
        if used > 0 && used + count > CHUNK {
            self.chunks.push((Vec::new(), 0));
        }
        let last = self.chunks.len() - 1;
        let first = self.chunks[last].1;
        self.chunks[last].1 += count;
        (last, first)
    }

    /// The numbers of the chunk being filled.
    fn bytes(&mut self) -> &mut Vec<u8> {
        let last = self.chunks.len() - 1;
        &mut self.chunks[last].0
    }
}

/// The family's metadata being packed.
struct Packer<'a> {
    /// Every distinct text, the empty one first (index 0), then in order
    /// of first use.
    texts: Interner<Cow<'a, str>>,
    parts: Chunks,
    fields: Chunks,
    /// Where each distinct list of fields is, by its fields' texts.
    field_lists: Map<Vec<[usize; 3]>, (usize, usize)>,
    /// The texts of each field met so far (its placeholder, its name and
    /// its type's name), by its placeholder and its name: a field repeats
    /// from row to row, and one lookup costs less than three.
    field_texts: Map<(&'a str, &'a str), [usize; 3]>,
    /// The current row's list of fields, kept to reuse its allocation.
    list: Vec<[usize; 3]>,
    extras: Chunks,
}

impl<'a> Packer<'a> {
    /// A packer for `rows` rows, its map of texts sized for the few
    /// distinct texts a row brings (growing a map hashes its keys again).
    fn new(rows: usize) -> Self {
        let mut texts = Interner::with_capacity(rows * TEXTS_PER_ROW);
        texts.intern(Cow::Borrowed(""));
        Packer {
            texts,
            parts: Chunks::new(),
            fields: Chunks::new(),
            field_lists: Map::default(),
            field_texts: Map::default(),
            list: Vec::new(),
            extras: Chunks::new(),
        }
    }

    /// The index of `text` in the family's texts, added if new.
    fn text(&mut self, text: impl Into<Cow<'a, str>>) -> usize {
        self.texts.intern(text.into())
    }

    /// Packs a template's parts at the end of the current chunk of parts;
    /// `fields` are its row's fields by name.
    fn template_parts(&mut self, fields: &NameIndex, template: &'a Template) {
        for segment in &template.segments {
            let value = match segment {
                Segment::Literal(literal) => literal_part(self.text(literal)),
                Segment::Placeholder { name, .. } => {
                    placeholder_part(fields.get(name.as_str()).unwrap_or(0))
                }
            };
            number(self.parts.bytes(), value);
        }
    }

    /// A row's numbers; its parts, fields and extra texts packed.
    fn row(&mut self, params: &Params, row: &'a Row) -> PackedRow {
        let (message_text, message) = row.message_template();
        let code_parts = row.code.template.segments.len();
        let (chunk, first) = self.parts.place(code_parts + message.segments.len());
        // Both templates' placeholders are the row's fields, found by name
        // once for both.
        let fields = fields_by_name(row);
        self.template_parts(&fields, &row.code.template);
        self.template_parts(&fields, message);
        let (extras_chunk, extras_first) = self.extras.place(row.extras.len());
        for extra in &row.extras {
            let text = self.text(extra);
            number(self.extras.bytes(), text);
        }
        PackedRow {
            code_parts: Run {
                chunk,
                first,
                len: code_parts,
            },
            message_parts: message.segments.len(),
            status: row.status.value,
            status_phrase: self.text(&row.status.phrase),
            // A phrase is read from the code enum's `Texts::PHRASES`.
            message: match row.phrase() {
                Some(_) => 0,
                None => self.text(message_text),
            },
            description: self.text(&row.description),
            solution: self.text(&row.solution),
            scenario: self.text(&row.scenario),
            extras: Run {
                chunk: extras_chunk,
                first: extras_first,
                len: row.extras.len(),
            },
            fields: self.fields(params, row),
            retry: row.retry.kind.packed(),
            code_is_message: row.message.is_none(),
            deprecated: row.attrs.iter().any(|a| a.is("deprecated")),
            phrase_first: row.status.phrase_first,
            // Set by the caller, which knows every row.
            code_repeats: false,
            // The row's own backoff, else the family's for its kind.
            backoff_ms: row
                .retry
                .after_ms
                .or_else(|| {
                    let family = &params.family.options.backoff;
                    family
                        .iter()
                        .find(|(kind, _)| *kind == row.retry.kind)
                        .map(|(_, ms)| *ms)
                })
                .map_or(0, |ms| ms as usize),
        }
    }

    /// Where a row's list of fields is, packed if it is new.
    fn fields(&mut self, params: &Params, row: &'a Row) -> Run {
        let mut list = std::mem::take(&mut self.list);
        list.clear();
        for field in &row.fields {
            let key = (field.name.as_str(), field.text.as_str());
            let texts = match self.field_texts.get(&key) {
                Some(&texts) => texts,
                None => {
                    let placeholder = self.text(field.name.as_str());
                    let name = self.text(field.text.as_str());
                    let ty = self.text(params.field_type(field).name().to_owned());
                    self.field_texts.insert(key, [placeholder, name, ty]);
                    [placeholder, name, ty]
                }
            };
            list.push(texts);
        }
        let (chunk, first) = match self.field_lists.get(&list) {
            Some(&place) => place,
            None => {
                let place = self.fields.place(list.len());
                for texts in &list {
                    for text in texts {
                        number(self.fields.bytes(), *text);
                    }
                }
                self.field_lists.insert(list.clone(), place);
                place
            }
        };
        self.list = list;
        Run {
            chunk,
            first,
            len: row.fields.len(),
        }
    }
}

/// Writes one constant per chunk, `NAME_k: [Type; len] =
/// __meta::unpack(FROM, bytes)`, as text, where `from` writes `FROM` for
/// chunk `k` (the names are [`chunk_names`]).
fn chunk_items(
    out: &mut fmt::Formatter<'_>,
    chunks: &[(Vec<u8>, usize)],
    name: &str,
    ty: &str,
    unpack: &str,
    from: impl Fn(&mut fmt::Formatter<'_>, usize) -> fmt::Result,
) -> fmt::Result {
    for (index, (bytes, count)) in chunks.iter().enumerate() {
        write!(
            out,
            "const {name}_{index}: [{ty}; {count}] = __meta::{unpack}("
        )?;
        from(out, index)?;
        // `escape_ascii` writes what a byte string literal reads back.
        write!(out, ", b\"{}\"); ", bytes.escape_ascii())?;
    }
    Ok(())
}

/// The names of the constants [`chunk_items`] writes for `chunks`.
fn chunk_names(chunks: &[(Vec<u8>, usize)], name: &str) -> Vec<syn::Ident> {
    (0..chunks.len())
        .map(|index| format_ident!("{}_{}", name, index))
        .collect()
}

/// The block of `FAMILY`: the family's texts and packed rows, unpacked by
/// `gwerr_core`'s `const fn`s, and its tables, each a run of the rows.
pub fn family(params: &Params) -> TokenStream {
    let family = params.family;
    let krate = &params.krate;
    let code = &params.code;
    let mut packer = Packer::new(params.rows().count());
    // How many rows have each code: a code may name several.
    let mut code_rows: Map<&str, usize> = Map::default();
    for row in params.rows() {
        *code_rows.entry(row.code.text.as_str()).or_default() += 1;
    }
    // Each table's rows in chunks of their own, so that a table's rows are
    // an array of their own: as few chunks as hold them, of equal length
    // (the last filled up with blank rows, which `flat` cuts off).
    let mut table_rows = Vec::new();
    // Each table's first row's number in the family, and its chunks' length.
    let mut table_starts = Vec::new();
    let mut start = 0;
    for table in &family.tables {
        let count = table.rows.len().div_ceil(CHUNK).max(1);
        let len = table.rows.len().div_ceil(count);
        table_starts.push((start, len));
        start += table.rows.len();
        let mut chunks = Vec::new();
        for rows in table.rows.chunks(len.max(1)) {
            let mut bytes = Vec::new();
            for row in rows {
                let mut packed = packer.row(params, row);
                packed.code_repeats = code_rows.get(row.code.text.as_str()) > Some(&1);
                packed.write(&mut bytes);
            }
            chunks.push((bytes, len));
        }
        if chunks.is_empty() {
            chunks.push((Vec::new(), 0));
        }
        table_rows.push(chunks);
    }
    let texts = params
        .emit
        .list(packer.texts.items(), |out, text| emit::str_lit(out, text));
    // The chunks of parts, fields and extra texts, each unpacked from the
    // texts by the `const fn` of its name; then each table's rows.
    let pools = [
        (&packer.parts, "__PARTS", "parts", "__meta::Part"),
        (&packer.fields, "__FIELDS", "fields", "__meta::Field"),
        (
            &packer.extras,
            "__EXTRAS",
            "extras",
            "&'static ::core::primitive::str",
        ),
    ];
    let pool_items = params.emit.text(|out| {
        for (pool, name, unpack, ty) in pools {
            let texts = |out: &mut fmt::Formatter<'_>, _| out.write_str("__TEXTS");
            chunk_items(out, &pool.chunks, name, ty, unpack, texts)?;
        }
        Ok(())
    });
    let [parts, fields, extras] = pools.map(|(pool, name, ..)| chunk_names(&pool.chunks, name));
    let row_names = |index: usize| format!("__ROWS_{index}");
    let row_items = params.emit.text(|out| {
        for (index, chunks) in table_rows.iter().enumerate() {
            let (start, len) = table_starts[index];
            let from = |out: &mut fmt::Formatter<'_>, chunk: usize| {
                write!(out, "__SOURCES, {}", start + chunk * len)
            };
            chunk_items(out, chunks, &row_names(index), "__meta::Row", "rows", from)?;
        }
        Ok(())
    });
    let tables: Vec<TokenStream> = (family.tables.iter().zip(&table_rows).enumerate())
        .map(|(index, (table, chunks))| table_meta(table, &chunk_names(chunks, &row_names(index))))
        .collect();
    let family_name = unraw(&family.ident);
    let code_name = unraw(&params.code);
    let with_url = params
        .family
        .options
        .url
        .as_ref()
        .map(|url| quote!(.with_url(#url)));
    // The option's spellings, where the family names its syntaxes.
    let with_placeholders = params
        .family
        .options
        .placeholders
        .as_ref()
        .map(|(_, tokens)| {
            let spellings = tokens
                .clone()
                .into_iter()
                .filter(|tree| matches!(tree, proc_macro2::TokenTree::Literal(_)));
            quote!(.with_placeholders(&[#(#spellings),*]))
        });
    let non_exhaustive =
        |attrs: &[crate::attr::Attr]| attrs.iter().any(|attr| attr.name == "non_exhaustive");
    let code_attrs = params
        .family
        .options
        .code
        .as_ref()
        .map_or(&[][..], |code| &code.attrs[..]);
    let non_exhaustive = (non_exhaustive(&params.family.attrs) && non_exhaustive(code_attrs))
        .then(|| quote!(.non_exhaustive()));
    quote! {{
        use #krate::__private::meta as __meta;
        use __meta::{Column as __Column, ColumnKind as __ColumnKind, Table as __Table};
        const __TEXTS: &[&::core::primitive::str] = &[#texts];
        #pool_items
        const __SOURCES: __meta::Sources = __meta::Sources {
            texts: __TEXTS,
            codes: <#code as #krate::__private::Texts>::CODES,
            names: <#code as #krate::__private::Texts>::NAMES,
            phrases: <#code as #krate::__private::Texts>::PHRASES,
            parts: &[#(&#parts),*],
            fields: &[#(&#fields),*],
            extras: &[#(&#extras),*],
        };
        #row_items
        &#krate::Family::new(#family_name, #code_name, &[#(#tables),*])#with_url #with_placeholders #non_exhaustive
    }}
}

/// A table's metadata: its title, its columns, and its rows, the chunks
/// `rows`.
fn table_meta(table: &Table, rows: &[syn::Ident]) -> TokenStream {
    let title = table.title.value();
    let columns = table.columns.iter().map(|column| {
        let kind = column.kind.tokens();
        let title = &column.title;
        quote!(__Column::new(__ColumnKind::#kind, #title))
    });
    let len = table.rows.len();
    let from_file = table
        .source
        .is_some()
        .then(|| quote!(.declared_from_file()));
    quote! {
        __Table::new(#title, &[#(#columns),*], __meta::flat(&[#(#rows),*], #len))#from_file
    }
}
