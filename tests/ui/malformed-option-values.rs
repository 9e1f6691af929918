use gwerr_core::error_table;

error_table! {
    pub enum Error {
        default_type = 42;

        table "Errors" {
        | Error code | HTTP status code | Message |
        | E400AA | 400 | "Bad" |
        }
    }
}

error_table! {
    pub enum Other {
        code = "OtherCode";

        table "Errors" {
        | Error code | HTTP status code | Message |
        | E400AA | 400 | "Bad" |
        }
    }
}

error_table! {
    pub enum Third {
        placeholders = ${Name};

        table "Errors" {
        | Error code | HTTP status code | Message |
        | E400AA | 400 | "Bad" |
        }
    }
}

error_table! {
    pub enum Fourth {
        type Method = ::ht*tp::Method;

        table "Errors" {
        | Error code | HTTP status code | Message |
        | E400AA | 400 | "Bad ${Method}" |
        }
    }
}

fn main() {}
