// `crate = ...` names the runtime crate, here through a re-export, as a
// crate that wraps gwerr_core for its users would.
mod runtime {
    pub use gwerr_core::*;
}

gwerr_core::__private::error_table! {
    pub enum Error {
        crate = crate::runtime;

        table "Errors" {
        | Error code | HTTP status code | Message |
        | E1001 | 400 | "Bad" |
        }
    }
}

fn main() {
    assert_eq!(Error::E1001.to_string(), "Bad");
    assert_eq!(<ErrorCode as runtime::ErrorCode>::ALL, [ErrorCode::E1001]);
}
