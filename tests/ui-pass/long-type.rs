// A placeholder type of more tokens than the macro parses (64) is passed
// through to the compiler, which reads it as the type it is.
#![allow(dead_code)]

gwerr_core::error_table! {
    pub enum LongError {
        type Count = <<<<<u32 as ::core::ops::Add<u32>>::Output as ::core::ops::Add<u32>>::Output
            as ::core::ops::Add<u32>>::Output as ::core::ops::Add<u32>>::Output
            as ::core::ops::Add<u32>>::Output;

        table "Errors" (4XX) {
        | Error code | HTTP status code | Message |
        | L400AA as TooMany | 400 | "${Count} too many" |
        }
    }
}

fn main() {
    let error = LongError::TooMany { count: 3 };
    assert_eq!(error.to_string(), "3 too many");
    let count: u32 = match error {
        LongError::TooMany { count } => count,
    };
    assert_eq!(count, 3);
}
