//! A family declared in a crate whose only dependency is gwerr-core,
//! renamed to `errors`, and that names no `http` type.

#![no_implicit_prelude]

mod vendor;

::errors::error_table! {
    /// Errors of a payment service.
    #[non_exhaustive]
    pub enum PaymentError {
        type Amount = u64;

        table "Payment errors" {
        | Error code | HTTP status code | Message | Description |
        | E1001 as AmountTooLarge | 400 | "Amount ${Amount} exceeds the limit" | "" |
        | E1002 as CardDeclined | 402 | "Card declined: ${Reason}" | "" |
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{PaymentError, PaymentErrorCode};
    use ::std::string::ToString;

    #[test]
    fn declared_and_usable() {
        let error = PaymentError::AmountTooLarge { amount: 100 };
        ::std::assert_eq!(error.to_string(), "Amount 100 exceeds the limit");
        ::std::assert_eq!(error.status().as_u16(), 400);
        ::std::assert_eq!(
            "E1002".parse::<PaymentErrorCode>(),
            ::std::result::Result::Ok(PaymentErrorCode::CardDeclined)
        );
        ::std::assert_eq!(<PaymentErrorCode as ::errors::ErrorCode>::ALL.len(), 2);
    }
}
