use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | "Missing%s" | 400 | "The %s is mandatory." % ParameterName | "" |
        | "Repeated%s" % Parameter | 400 | "The %s and %s are repeated." % Parameter | "" |
        }
    }
}

fn main() {}
