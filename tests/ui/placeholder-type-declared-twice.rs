use gwerr_core::error_table;

error_table! {
    pub enum Error {
        type Method = ::http::Method;
        type Method = ::std::string::String;
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | I404CO | 404 | "Cross origin resource not found ${Method} - ${Path}" | "" |
        }
    }
}

fn main() {}
