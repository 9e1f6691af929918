//! A table whose texts are in a `Description` column names it as the
//! message: its errors display that text and send their code.

gwerr_core::error_table! {
    pub enum ShopError {
        message = Description;
        placeholders = "{Name}";

        table "Errors" {
        | Code | HTTP status code | Description |
        | ItemNotFound | 404 Not Found | "No item {Item}" |
        }
    }
}

fn main() {
    let error = ShopError::ItemNotFound { item: "apple".into() };
    assert_eq!(error.to_string(), "No item apple");
    let response: http::Response<()> = gwerr_core::wire::response(&error, None);
    assert_eq!(response.headers()["x-ca-error-code"], "ItemNotFound");
    assert_eq!(ShopErrorCode::ItemNotFound.row().cell(gwerr_core::ColumnKind::Status), "404 Not Found");
}
