use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | E1 | 1000 | "Too big" | "" |
        | E2 | 99 | "Too small" | "" |
        | E3 | 400u16 | "Suffixed" | "" |
        | E4 | "400" | "Quoted" | "" |
        }
    }
}

fn main() {}
