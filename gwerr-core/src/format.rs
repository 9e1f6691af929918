//! The private format between `error_table!` and this crate: how a
//! family's rows, statuses and perfect hash are written as numbers in byte
//! strings at expansion and read back by `const fn`s when the family's
//! constants are evaluated, and what a column holds.
//!
//! One source compiled into both crates, so that the two sides cannot
//! drift apart: this file is `gwerr-core/src/format.rs`, and
//! `gwerr-codegen/src/format.rs` is a link to it (as `serde_derive`
//! compiles `serde`'s internals). The expansion uses the writing half, the
//! run time the reading half; each leaves the other unused.
//!
//! Every number is unsigned LEB128 (seven bits a byte, low bits first, the
//! high bit set on every byte but the last). A text is an index into the
//! family's list of texts, where 0 is the empty text.

#![allow(dead_code)]

/// The most items a chunk of parts, fields, extra texts or rows holds
/// (more only for one template or list of fields that is longer alone).
/// Two ways the compiler works make one array of each cost time quadratic
/// in its length: it follows every pointer of a constant's value into the
/// whole allocation it points into, once per pointer, and constant
/// evaluation that fills an array of pointers one element at a time moves
/// the pointers already there.
pub const CHUNK: usize = 64;

/// Appends `value` as unsigned LEB128.
pub fn write_number(out: &mut Vec<u8>, mut value: u64) {
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

/// The number at `at`, and the index after it.
pub const fn read_number(bytes: &[u8], mut at: usize) -> (u64, usize) {
    let mut value = 0;
    let mut shift = 0;
    loop {
        let byte = bytes[at];
        at += 1;
        value |= ((byte & 0x7f) as u64) << shift;
        if byte & 0x80 == 0 {
            return (value, at);
        }
        shift += 7;
    }
}

/// Items of a chunk: the chunk, the index of the first, how many.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Run {
    /// The chunk, by its index among its kind's chunks.
    pub chunk: usize,
    /// The index of the first item in the chunk.
    pub first: usize,
    /// How many items.
    pub len: usize,
}

/// A row's retry advice, as its flags hold it.
pub const RETRY_THROTTLED: usize = 0;
/// See [`RETRY_THROTTLED`].
pub const RETRY_TRANSIENT: usize = 1;
/// See [`RETRY_THROTTLED`].
pub const RETRY_NEVER: usize = 2;
/// The bits of the flags that hold the retry advice.
const RETRY_BITS: usize = 3;
/// The flag of a row whose code is what the client sees (no message
/// column).
const CODE_IS_MESSAGE: usize = 4;
/// The flag of a deprecated row.
const DEPRECATED: usize = 8;
/// The flag of a row whose status is written phrase first,
/// `Forbidden (403)`.
const PHRASE_FIRST: usize = 16;
/// The flag of a row whose code another row of the family has too.
const CODE_REPEATS: usize = 32;

/// A row's numbers, by name, in the order they are written. A row's
/// variant name, its code's text and its phrase are not among them: they
/// are the code enum's `Texts`, read by the row's number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PackedRow {
    /// The code's parts, then the message's, in one chunk of parts; `len`
    /// is the code's number of parts.
    pub code_parts: Run,
    /// The message's number of parts, after the code's.
    pub message_parts: usize,
    /// The status.
    pub status: u16,
    /// The status's reason phrase as the table wrote it (a text).
    pub status_phrase: usize,
    /// The message template (a text), 0 for the row's phrase: a message
    /// without placeholder is read from the family's phrases.
    pub message: usize,
    /// The description (a text).
    pub description: usize,
    /// The solution (a text).
    pub solution: usize,
    /// The scenario (a text).
    pub scenario: usize,
    /// The row's texts of the table's own columns.
    pub extras: Run,
    /// The row's fields.
    pub fields: Run,
    /// One of `RETRY_THROTTLED`, `RETRY_TRANSIENT`, `RETRY_NEVER`.
    pub retry: usize,
    /// Whether the code is what the client sees.
    pub code_is_message: bool,
    /// Whether the row is deprecated.
    pub deprecated: bool,
    /// Whether the status is written phrase first.
    pub phrase_first: bool,
    /// Whether another row of the family has this row's code.
    pub code_repeats: bool,
    /// The first backoff the row declares, in milliseconds; 0 for none.
    pub backoff_ms: usize,
}

impl PackedRow {
    /// Appends the row's numbers.
    pub fn write(&self, out: &mut Vec<u8>) {
        let flags = self.retry
            | if self.code_is_message {
                CODE_IS_MESSAGE
            } else {
                0
            }
            | if self.deprecated { DEPRECATED } else { 0 }
            | if self.phrase_first { PHRASE_FIRST } else { 0 }
            | if self.code_repeats { CODE_REPEATS } else { 0 };
        let numbers = [
            self.code_parts.chunk,
            self.code_parts.first,
            self.code_parts.len,
            usize::from(self.status),
            self.status_phrase,
            self.message,
            self.message_parts,
            self.description,
            self.solution,
            self.scenario,
            self.extras.chunk,
            self.extras.first,
            self.extras.len,
            self.fields.chunk,
            self.fields.first,
            self.fields.len,
            flags,
            self.backoff_ms,
        ];
        for number in numbers {
            write_number(out, number as u64);
        }
    }

    /// The row at `at`, and the index after it.
    pub const fn read(bytes: &[u8], at: usize) -> (PackedRow, usize) {
        let mut numbers = [0usize; 18];
        let mut at = at;
        let mut i = 0;
        while i < numbers.len() {
            let (number, next) = read_number(bytes, at);
            numbers[i] = number as usize;
            at = next;
            i += 1;
        }
        let [parts_chunk, first_part, code_parts, status, status_phrase, message, message_parts, description, solution, scenario, extras_chunk, extras_first, extras_len, fields_chunk, fields_first, fields_len, flags, backoff_ms] =
            numbers;
        let row = PackedRow {
            code_parts: Run {
                chunk: parts_chunk,
                first: first_part,
                len: code_parts,
            },
            message_parts,
            status: status as u16,
            status_phrase,
            message,
            description,
            solution,
            scenario,
            extras: Run {
                chunk: extras_chunk,
                first: extras_first,
                len: extras_len,
            },
            fields: Run {
                chunk: fields_chunk,
                first: fields_first,
                len: fields_len,
            },
            retry: flags & RETRY_BITS,
            code_is_message: flags & CODE_IS_MESSAGE != 0,
            deprecated: flags & DEPRECATED != 0,
            phrase_first: flags & PHRASE_FIRST != 0,
            code_repeats: flags & CODE_REPEATS != 0,
            backoff_ms,
        };
        (row, at)
    }
}

/// A part of a template: twice the text's index for a literal, twice the
/// field's index plus one for a placeholder.
pub const fn literal_part(text: usize) -> usize {
    2 * text
}

/// See [`literal_part`].
pub const fn placeholder_part(field: usize) -> usize {
    2 * field + 1
}

/// A part read back: `Ok(text)` for a literal, `Err(field)` for a
/// placeholder.
pub const fn read_part(part: usize) -> Result<usize, usize> {
    if part & 1 == 0 {
        Ok(part >> 1)
    } else {
        Err(part >> 1)
    }
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColumnKind {
    /// When the error happens ([`Row::scenario`](crate::Row::scenario)).
    Scenario,
    /// The error code ([`Row::code`](crate::Row::code)).
    Code,
    /// The message template ([`Row::message`](crate::Row::message)).
    Message,
    /// The HTTP status ([`Row::status`](crate::Row::status)).
    Status,
    /// What the error means ([`Row::description`](crate::Row::description)).
    Description,
    /// What to do about it ([`Row::solution`](crate::Row::solution)).
    Solution,
    /// A column of the table's own (`Since version`, `Category`): the
    /// index-th of [`Row::extras`](crate::Row::extras).
    Extra(usize),
}

// The perfect hash of a family's fixed codes: a code's key, its bucket and
// its slot, computed by the expansion to place the codes and by the run
// time to find them.

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;

#[inline(always)]
fn mix(x: u64) -> u64 {
    let x = x.wrapping_mul(K1);
    x ^ (x >> 29)
}

#[inline(always)]
fn u32_at(bytes: &[u8], at: usize) -> u64 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as u64
}

#[inline(always)]
fn u64_at(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}

/// Up to 8 bytes as one word (two overlapping 4-byte loads, or three
/// single bytes); with the length, it tells codes apart exactly, so that a
/// code of up to 8 bytes is compared as a number.
#[inline(always)]
pub fn word(code: &[u8]) -> u64 {
    let n = code.len();
    if n >= 4 {
        u32_at(code, 0) | u32_at(code, n - 4) << 32
    } else if n > 0 {
        u64::from(code[0]) | u64::from(code[n / 2]) << 8 | u64::from(code[n - 1]) << 16
    } else {
        0
    }
}

/// The key of a code of up to 8 bytes, from its length and [`word`]: one
/// multiplication, whose top bits depend on every bit of the word.
#[inline(always)]
pub fn short_key(len: usize, word: u64) -> u64 {
    ((len as u64).wrapping_mul(K1) ^ word).wrapping_mul(K1)
}

/// A code's 64-bit key: its length and bytes, mixed. Longer codes than 8
/// bytes are read 8 bytes at a time with an overlapping last word:
/// fixed-size loads only.
#[inline(always)]
pub fn key(code: &[u8]) -> u64 {
    let n = code.len();
    if n <= 8 {
        return short_key(n, word(code));
    }
    let mut key = (n as u64).wrapping_mul(K1);
    let mut i = 0;
    while i + 8 < n {
        key = mix(key ^ u64_at(code, i));
        i += 8;
    }
    mix(key ^ u64_at(code, n - 8))
}

/// The bucket of a key among `buckets`, from the key's top bits: a
/// multiplication carries only upward, so only the top bits depend on
/// every byte of the code.
#[inline(always)]
pub fn bucket(key: u64, buckets: usize) -> usize {
    (((key >> 32) * buckets as u64) >> 32) as usize
}

/// The displacement of a bucket as the tables store it, multiplied out.
pub fn displacement(disp: u16) -> u64 {
    u64::from(disp).wrapping_mul(K2)
}

/// The slot of a key whose bucket is displaced by `disp` (multiplied
/// out), among `1 << bits`.
#[inline(always)]
pub fn slot(key: u64, disp: u64, bits: u32) -> usize {
    ((key ^ disp).wrapping_mul(K2) >> (64 - bits)) as usize
}
