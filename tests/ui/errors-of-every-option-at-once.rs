use gwerr_core::error_table;

error_table! {
    pub enum Error {
        status_in_code = 1..9;
        code = "NotAName";
        default_type = 42;

        table "Errors" {
        | Code | Status | Message |
        | E400AA | 400 | "Bad" |
        | E400AB | 400 | "Worse"
        }
    }
}

fn main() {}
