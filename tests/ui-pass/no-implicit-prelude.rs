#![no_implicit_prelude]

::gwerr_core::error_table! {
    /// A family in a crate without the prelude.
    pub enum Error {
        status_in_code = 1..4;
        type Count = u32;

        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | E400QT as InvalidQuantity | 400 | "Invalid quantity ${Count} for ${Item}" | "" |
        | "E404%s" % Name as NotFound | 404 | "No %s here" % Name | "" |
        | E500IN as Internal | 500 | "Internal" | "Try again later." |
        }
    }
}

fn main() {
    let error = Error::InvalidQuantity {
        count: 3,
        item: <::std::string::String as ::core::convert::From<&str>>::from("apple"),
    };
    let text = ::std::string::ToString::to_string(&error);
    ::std::assert_eq!(text, "Invalid quantity 3 for apple");
    ::std::assert_eq!(error.code().as_str(), "E400QT");
    ::std::assert_eq!(
        <ErrorCode as ::core::str::FromStr>::from_str("E404AB"),
        ::core::result::Result::Ok(ErrorCode::NotFound)
    );
}
