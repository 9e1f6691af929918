//! A gateway error read from a response, reported by miette with its code
//! and help (`cargo run --example miette --features miette`).

use gwerr_core::wire::GatewayResponse;
use http::{HeaderMap, HeaderValue, StatusCode};
use miette::{GraphicalReportHandler, GraphicalTheme};

fn main() {
    let mut headers = HeaderMap::new();
    headers.insert("x-ca-error-code", HeaderValue::from_static("I400MH"));
    headers.insert(
        "x-ca-error-message",
        HeaderValue::from_static("Header `X-Ca-Key` is Required"),
    );
    headers.insert("x-ca-request-id", HeaderValue::from_static("5F0C-17"));
    let Err(error) = GatewayResponse::classify(StatusCode::BAD_REQUEST, &headers).into_result()
    else {
        unreachable!("the response is a gateway error");
    };
    let mut report = String::new();
    GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
        .render_report(&mut report, &error)
        .expect("a report writes into a String");
    print!("{report}");
}
