use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Code | Status | Message | Description |
        | Broken | 400 | "One line\nand another" | "fine" |
        | Also | 400 | "Fine" | r"a
b" |
        }
    }
}

fn main() {}
