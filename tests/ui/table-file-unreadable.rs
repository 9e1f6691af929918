// A table declared from a file names the file relative to the crate's
// `Cargo.toml` (here, trybuild's project under `target/`).
use gwerr_core::error_table;

error_table! {
    pub enum Missing {
        table "Errors" from "no/such/file.md" {}
    }
}

error_table! {
    pub enum Untitled {
        table "Errors" from "../../../../tests/fixtures/storage-errors.md" {}
    }
}

fn main() {}
