use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Code | Status | Message |
        | E1 as First | 400 | "First" |
        | E1 as Second | 400 | "First" |
        | E2 | 404 | "Not here" |
        | E2 | 404 | "Not here either" |
        }
    }
}

fn main() {
    // The user's code meets the whole API: only the duplicates are errors
    // (a code may repeat with another message; a name may not).
    let code: ErrorCode = "E2".parse().unwrap();
    match Error::First {
        Error::First | Error::Second | Error::E2 => {}
    }
    let _ = (code.status(), code.retry(), Error::First.wire_code());
    let _ = Error::from_fields(code, &[]);
}
