use gwerr_core::error_table;

error_table! {
    pub enum Error {
        placeholder = "{Name}";

        table "Errors" {
        | Code | Status | Message |
        | E400AA | 400 | "Bad {Thing}" |
        }
    }
}

fn main() {
    let _ = Error::E400AA { thing: String::new() };
}
