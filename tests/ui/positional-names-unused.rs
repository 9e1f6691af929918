use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | RepeatedCommit | 400 | "Resubmit request." % Parameter | "" |
        | "Repeated%s" % (Parameter, Other) | 400 | "The %s is repeated." % Parameter | "" |
        }
    }
}

fn main() {}
