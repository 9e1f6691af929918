// A family with a page per code: `Family::url` holds the option, and
// `code_url` fills in a row's code, percent-encoded.
use gwerr_core::error_table;

error_table! {
    pub enum Shop {
        url = "https://docs.example.com/errors/{code}#{code}";
        table "Errors" {
        | Code | Status | Message |
        | "Missing{Item}" as Missing | 400 | "The {Item} is missing." |
        }
    }
}

fn main() {
    assert_eq!(ShopCode::FAMILY.url, Some("https://docs.example.com/errors/{code}#{code}"));
    let url = ShopCode::FAMILY.code_url(ShopCode::Missing.row().code.text).unwrap();
    assert_eq!(
        url.to_string(),
        "https://docs.example.com/errors/Missing%7BItem%7D#Missing%7BItem%7D"
    );
}
