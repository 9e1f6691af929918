use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | "Invalid%s.%s" % (Parameter, Limit) | 400 | "The %s exceeds %s." % (Parameter, Limit) | "" |
        }
    }
}

fn main() {}
