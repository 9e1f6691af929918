//! Declaring a family for a service of your own, in the same style as the
//! gateway's tables, and using it on both sides of the wire.
//!
//! ```text
//! cargo run --example custom_family
//! ```
//!
//! The shop's codes (`E1001`) do not spell their status, its messages use
//! `{Name}` placeholders, and two placeholders have their own types.

use std::net::IpAddr;

use gwerr_core::wire::{self, ReadError};
use http::{Request, Response, StatusCode};

gwerr_core::error_table! {
    /// Errors of the shop's API.
    #[non_exhaustive]
    pub enum ShopError {
        /// The code of a [`ShopError`].
        code = ShopErrorCode;
        placeholders = "{Name}";
        type Quantity = u32;
        type Client = IpAddr;

        /// Requests the client can fix.
        table "1. Client errors" (4XX) {
        | Code | Status | Message | Solution |
        | E1001 as InvalidQuantity | 400 | "Quantity {Quantity} of {Item} is out of range" | "Order between 1 and 99." |
        | E1002 as ItemNotFound | 404 | "No item {Item}" | "Check the catalogue." |
        | E1003 as Blocked | 403 | "Client {Client} is blocked" | "" |
        }

        /// Failures of the shop itself.
        table "2. Server errors" (5XX) {
        | Code | Status | Message | Solution |
        | E2001 as StockUnavailable | 503 | "Stock service unavailable" | "Try again later." |
        }
    }
}

/// The server side: a handler that answers an order with an error.
fn handle(request: &Request<()>) -> Response<()> {
    let quantity = request
        .uri()
        .query()
        .and_then(|q| q.strip_prefix("quantity="));
    let error = match quantity.map(str::parse::<u32>) {
        Some(Ok(1..=99)) => {
            return Response::builder()
                .status(StatusCode::CREATED)
                .body(())
                .unwrap_or_default()
        }
        Some(Ok(quantity)) => ShopError::InvalidQuantity {
            quantity,
            item: String::from("apple"),
        },
        _ => ShopError::ItemNotFound {
            item: request.uri().path().trim_start_matches('/').to_owned(),
        },
    };
    wire::response(&error, Some("req-42"))
}

/// The client side: reads the shop's error back from a response.
fn read(response: &Response<()>) -> Option<Result<ShopError, ReadError<ShopErrorCode>>> {
    let headers = response.headers();
    let code = wire::decode(headers.get(wire::X_CA_ERROR_CODE)?.as_bytes());
    let message = headers
        .get(wire::X_CA_ERROR_MESSAGE)
        .map(|value| wire::decode(value.as_bytes()));
    Some(wire::read(&code, message.as_deref()))
}

fn main() {
    for uri in ["/apple?quantity=3", "/apple?quantity=500", "/pear"] {
        let request = Request::get(uri).body(()).unwrap_or_default();
        let response = handle(&request);
        print!("{uri}: {}", response.status());
        match read(&response) {
            None => println!(", no error"),
            Some(Ok(error)) => println!(
                ", {} {:?}: {error} (retryable: {})",
                error.wire_code(),
                error,
                error.is_retryable()
            ),
            Some(Err(err)) => println!(", unreadable: {err:?}"),
        }
    }
    let blocked = ShopError::Blocked {
        client: IpAddr::from([192, 0, 2, 7]),
    };
    println!("{}: {blocked}", blocked.code().row().code.text);
    println!(
        "{}",
        gwerr_core::document::render(ShopErrorCode::FAMILY.tables)
    );
}
