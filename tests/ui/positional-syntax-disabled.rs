use gwerr_core::error_table;

error_table! {
    pub enum Error {
        placeholders = "${Name}";
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | "Missing%s" % ParameterName | 400 | "The ${ParameterName} is mandatory." | "" |
        }
    }
}

fn main() {}
