use gwerr_core::error_table;

error_table! {
    pub enum Error {
        status_in_code = 1..4;

        table "Errors" {
        | Code | Status | Message |
        | E400AA | 404 | "Bad" |
        | E404NF | 404 | "Missing {Thing}" |
        }
    }
}

fn main() {
    let code: ErrorCode = "E404NF".parse().unwrap();
    let error = Error::E404NF { thing: "x".into() };
    let _ = (code.status(), error.to_string(), Error::E400AA.status());
    let _: &'static gwerr_core::Family = ErrorCode::FAMILY;
}
