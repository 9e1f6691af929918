use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Code | Status | Message |
        #[alias(NotAString)]
        | NotFound | 404 | "Not found" |
        #[alias()]
        | Gone | 410 | "Gone" |
        #[alias("MissingSomething")]
        | "Missing%s" % Name | 400 | "Missing %s" % Name |
        }
    }
}

fn main() {}
