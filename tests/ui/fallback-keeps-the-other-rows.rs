use gwerr_core::error_table;

error_table! {
    pub enum VpcError {
        code = VpcErrorCode;

        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | I400HD as InvalidHeader | 400 | "Invalid Header `${HeaderName}` ${Reason}" | "" |
        | I400MH as MissingHeader | 200 | "Header `${HeaderName}` is Required" | "" |
        }
    }
}

fn main() {
    // Only the status above is wrong: code using the enums sees no more errors.
    let error = VpcError::InvalidHeader {
        header_name: String::from("X-Ca-Key"),
        reason: String::from("is empty"),
    };
    let _: VpcErrorCode = error.code();
    let _ = VpcError::MissingHeader { header_name: String::new() }.to_string();
}
