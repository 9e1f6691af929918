//! Deterministic inputs: sample errors, code streams, response headers and
//! synthetic tables.

use gwerr_core::{VpcError, VpcErrorCode};
use http::header::{HeaderMap, HeaderName, HeaderValue};

/// A small xorshift generator: the same streams on every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed | 1)
    }

    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// The VPC error of `code` with a sample value in each field; `long`
/// makes every text field 200 bytes.
pub fn sample(code: VpcErrorCode, long: bool) -> VpcError {
    let texts: Vec<String> = code
        .row()
        .fields
        .iter()
        .map(|field| match (field.ty, long) {
            ("http::Method", _) => String::from("GET"),
            (_, false) => format!("{}-value", field.name),
            (_, true) => "x".repeat(200),
        })
        .collect();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    VpcError::from_fields(code, &texts).expect("sample values parse")
}

/// `len` VPC codes in table order, repeated.
pub fn codes_in_order(len: usize) -> Vec<&'static str> {
    VpcErrorCode::ALL
        .iter()
        .cycle()
        .take(len)
        .map(|c| c.as_str())
        .collect()
}

/// `len` VPC codes drawn at random.
pub fn codes_shuffled(len: usize) -> Vec<&'static str> {
    let mut rng = Rng::new(0x5EED);
    (0..len)
        .map(|_| VpcErrorCode::ALL[rng.below(VpcErrorCode::ALL.len())].as_str())
        .collect()
}

/// `len` six-character strings that are no code, some close to one.
pub fn unknown_codes(len: usize) -> Vec<String> {
    let mut rng = Rng::new(0xBAD);
    (0..len)
        .map(|i| {
            let code = VpcErrorCode::ALL[rng.below(VpcErrorCode::ALL.len())].as_str();
            match i % 3 {
                0 => format!("{}Z", &code[..5]),
                1 => code.to_ascii_lowercase(),
                _ => format!("Q{}", &code[1..]),
            }
        })
        .collect()
}

/// A response's headers as a VPC gateway sends them: the error's three,
/// and seven others that any response carries.
pub fn response_headers(error: &VpcError) -> HeaderMap {
    let mut headers = HeaderMap::new();
    gwerr_core::wire::insert_headers(
        error,
        Some("5F0C7D1C-0E1B-4C5B-8D2E-9A1B2C3D4E5F"),
        &mut headers,
    );
    for (name, value) in [
        ("date", "Fri, 27 Nov 2026 03:10:00 GMT"),
        ("content-type", "application/json; charset=utf-8"),
        ("content-length", "0"),
        ("connection", "keep-alive"),
        ("access-control-allow-origin", "*"),
        ("server", "Kaede/3.5.3.1077006"),
        ("x-ca-request-trace", "ab12cd34"),
    ] {
        headers.insert(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        );
    }
    headers
}

/// The DSL of a synthetic family with `rows` rows, each with a message of
/// two placeholders, as `error_table!`'s input.
pub fn synthetic_table(rows: usize) -> String {
    table_of(rows, "    type Count = u32;\n", |i| {
        format!("Error {i}: ${{Count}} of `${{Item}}` failed")
    })
}

/// The DSL of a synthetic family with `rows` rows whose messages are
/// phrases without placeholders (as the classic family's are), as
/// `error_table!`'s input.
pub fn phrase_table(rows: usize) -> String {
    table_of(rows, "", |i| format!("Error {i} failed"))
}

/// A family `Synthetic` of `rows` rows with the `options` lines, the
/// message of row `i` being `message(i)`.
fn table_of(rows: usize, options: &str, message: impl Fn(usize) -> String) -> String {
    let mut text = format!(
        "pub enum Synthetic {{\n{options}    table \"Synthetic\" {{\n    | Error code | HTTP status code | Message | Description |\n"
    );
    for i in 0..rows {
        let status = if i % 2 == 0 { 400 } else { 503 };
        let message = message(i);
        text.push_str(&format!(
            "    | E{i:05} as Variant{i} | {status} | \"{message}\" | \"Row {i} of the synthetic table.\" |\n"
        ));
    }
    text.push_str("    }\n}\n");
    text
}
