use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Code | Status | Message |
        | "Bad%s" % | 400 | "Bad %s" % Parameter |
        | Fine | 400 | "Fine" % |
        }
    }
}

fn main() {}
