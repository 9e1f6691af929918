use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP stauts code | Message | Descripton |
        | E400HD | 400 | "Invalid Header" | "" |
        }
    }
}

fn main() {
    // The misspelt titles are read as the columns they name: the row, its
    // status and its description are all there.
    let code: ErrorCode = "E400HD".parse().unwrap();
    let _ = (code.status(), Error::E400HD.description());
}
