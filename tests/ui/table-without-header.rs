use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {

        }
    }
}

fn main() {}
