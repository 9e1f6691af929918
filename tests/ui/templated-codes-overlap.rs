use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | "Missing%sKey" % Name | 400 | "Missing %s." % Name | "" |
        | "MissingApp%s" % Name | 400 | "Missing app %s." % Name | "" |
        | "Invalid%s" % Name | 400 | "Invalid %s." % Name | "" |
        | "InvalidFormat%s" % Name | 400 | "Invalid format %s." % Name | "" |
        }
    }
}

fn main() {}
