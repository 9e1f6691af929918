//! Writes the tables of the integration tests that are too long to read
//! written out: rows worked out from their index, each test checking every
//! value against the same rule. `tests/test_many_lists.rs` and
//! `tests/test_packed.rs` include them.

use std::fmt::Write;
use std::path::PathBuf;
use std::{env, fs};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("many_lists.rs"), many_lists()).expect("OUT_DIR is writable");
    fs::write(out.join("packed.rs"), packed()).expect("OUT_DIR is writable");
}

/// 302 rows: `E000` to `E299` each with a field of its own, a row without
/// a field and one with two.
fn many_lists() -> String {
    let mut rows = String::new();
    for i in 0..300 {
        writeln!(
            rows,
            "        | E{i:03} | 400 | \"Row {i} got {{Field{i}}} here\" |"
        )
        .unwrap();
    }
    format!(
        r#"gwerr_core::error_table! {{
    /// Rows with a list of fields each.
    pub enum Lists {{
        placeholders = "{{Name}}";

        table "Lists" {{
        | Code | Status | Message |
{rows}        | Z000 | 503 | "No field" |
        | Z001 | 400 | "Two: {{Field0}} and {{Field1}}" |
        }}
    }}
}}
"#
    )
}

/// 160 numbered rows (status by `i % 4`, retry declared where `i % 7 ==
/// 3`, deprecated where `i % 11 == 5`, an extra column by `i % 3`), then a
/// table of phrase codes.
fn packed() -> String {
    let mut rows = String::new();
    for i in 0..160 {
        if i % 7 == 3 {
            rows.push_str("        #[retry(transient)]\n");
        }
        if i % 11 == 5 {
            rows.push_str("        #[deprecated]\n");
        }
        let status = [400, 403, 429, 503][i % 4];
        writeln!(
            rows,
            "        | E{i:05} as Row{i} | {status} | \"Row {i} of ${{Count}} in `${{Item}}`\" | \"Description {i}.\" | \"v{}\" |",
            i % 3
        )
        .unwrap();
    }
    format!(
        r#"gwerr_core::error_table! {{
    pub enum Packed {{
        type Count = u32;

        table "1. Numbered" {{
        | Error code | HTTP status code | Message | Description | "Since" |
{rows}        }}

        table "2. Phrases" {{
        | Error code | HTTP status code |
        | "Throttled by App" as Throttled | 429 Too Many Requests |
        | "Missing%s" % Name as Missing | 400 Bad Request |
        }}
    }}
}}
"#
    )
}
