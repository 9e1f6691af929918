use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Code | Status | Message | Description |
        | "Busy"x | 503 | "Busy"suffix | r"raw"z |
        }
    }
}

fn main() {}
