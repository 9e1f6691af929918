//! The expansion a person reads: the README's family and the gateway's
//! section 3.3 (`CommonError`), expanded and formatted with prettyplease,
//! compared with `tests/snapshots/*.rs`. A change to the expansion shows
//! up here as a diff to review; `GWERR_SNAPSHOTS=overwrite cargo test
//! --test snapshots` writes the new expansion.

use std::path::Path;

fn check(name: &str, input: &str) {
    let tokens: proc_macro2::TokenStream = input.parse().expect("the family lexes");
    let expanded = gwerr_codegen::expand(tokens);
    let file: syn::File = syn::parse2(expanded).expect("the expansion is Rust");
    let text = format!(
        "// The expansion of `{name}`, formatted; written by tests/snapshots.rs.\n\n{}",
        prettyplease::unparse(&file)
    );
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/snapshots/{name}.rs"));
    if std::env::var_os("GWERR_SNAPSHOTS").is_some_and(|v| v == "overwrite") {
        std::fs::write(&path, &text).expect("the snapshot is written");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != text {
        let first = expected
            .lines()
            .zip(text.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(text.lines().count()));
        panic!(
            "the expansion of {name} differs from {} from line {}:\n  expected: {:?}\n  found:    {:?}\nreview, then GWERR_SNAPSHOTS=overwrite cargo test --test snapshots",
            path.display(),
            first + 1,
            expected.lines().nth(first),
            text.lines().nth(first),
        );
    }
}

#[test]
fn the_readme_family() {
    check(
        "shop_error",
        r#"
        /// Errors of the shop's API.
        pub enum ShopError {
            code = ShopErrorCode;
            status_in_code = 1..4;
            placeholders = "${Name}";
            type Quantity = u32;

            table "1. Client errors" (4XX) {
            | Error code | HTTP status code | Message | Description |
            | E400QT as InvalidQuantity | 400 | "Invalid quantity `${Quantity}` for ${Item}" | "The quantity is out of range." |
            | E404IT as ItemNotFound | 404 | "Item ${Item} not found" | "" |
            }
        }
        "#,
    );
}

#[test]
fn the_gateway_common_family() {
    let source = include_str!("../../gwerr-core/src/common.rs");
    let start = source
        .find("crate::__own_error_table! {")
        .expect("the family's macro call");
    let body = &source[start + "crate::__own_error_table! {".len()..];
    let end = body.rfind('}').expect("the macro call's end");
    check("common_error", &body[..end]);
}
