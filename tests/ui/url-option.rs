use gwerr_core::error_table;

error_table! {
    pub enum NoCode {
        url = "https://docs.example.com/errors/";
        table "Errors" {
        | Code | Status | Message |
        | E400AA | 400 | "A" |
        }
    }
}

error_table! {
    pub enum NotUrl {
        url = "docs/errors/{code}.html";
        table "Errors" {
        | Code | Status | Message |
        | E400AA | 400 | "A" |
        }
    }
}

error_table! {
    pub enum Blank {
        url = "https://docs.example.com/my errors/{code}";
        table "Errors" {
        | Code | Status | Message |
        | E400AA | 400 | "A" |
        }
    }
}

fn main() {}
