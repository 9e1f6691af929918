use gwerr_core::error_table;

// A field type that is not `Eq` (the error enum is `Eq`, as every
// `ErrorFamily` is): reported once, on the `type` line.
error_table! {
    pub enum Ratios {
        type Ratio = f64;
        table "Ratios" {
        | Code | Status | Message |
        | R1 | 400 | "Ratio ${Ratio} out of range" |
        | R2 | 400 | "Ratio ${Ratio} of `${Item}`" |
        }
    }
}

fn main() {}
