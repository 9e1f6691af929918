//! End to end over loopback: the demo gateway (axum) sends every VPC error,
//! a hyper client reads each back, and the typed value is the one sent.

#[path = "../examples/support/mod.rs"]
mod support;

mod common;

use axum::body::Bytes;
use gwerr_core::wire::{GatewayResponse, Identified, Outcome};
use gwerr_core::{AnyCode, AnyError, VpcErrorCode};
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

async fn serve() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, support::router()).await });
    format!("http://{addr}")
}

#[tokio::test]
async fn every_vpc_error_crosses_the_wire() {
    let base = serve().await;
    let client = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
    for &code in VpcErrorCode::ALL {
        let uri = format!("{base}/vpc/{code}").parse().unwrap();
        let response = client.get(uri).await.unwrap();
        let reading = GatewayResponse::from_response(&response);
        let sent = support::sample(code);
        assert_eq!(reading.status(), code.status());
        assert_eq!(
            reading.outcome(),
            &Outcome::Gateway {
                code: AnyCode::Vpc(code),
                identified: Identified::ByCode,
                error: Ok(AnyError::Vpc(sent)),
            },
            "{code}"
        );
        assert_eq!(reading.request_id(), Some(format!("demo-{code}").as_str()));
        let body = response.into_body().collect().await.unwrap().to_bytes();
        assert!(body.is_empty(), "{code}: a gateway error has an empty body");
    }
}

#[tokio::test]
async fn a_backend_error_a_success_and_an_unknown_code() {
    let base = serve().await;
    let client = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();

    let response = client
        .get(format!("{base}/backend").parse().unwrap())
        .await
        .unwrap();
    let reading = GatewayResponse::from_response(&response);
    assert_eq!(reading.outcome(), &Outcome::Backend);
    assert_eq!(reading.status(), http::StatusCode::BAD_GATEWAY);
    let body = response.into_body().collect().await.unwrap().to_bytes();
    assert_eq!(body, "the backend says no\n");

    let response = client
        .get(format!("{base}/ok").parse().unwrap())
        .await
        .unwrap();
    assert_eq!(
        GatewayResponse::from_response(&response).outcome(),
        &Outcome::Success
    );

    let response = client
        .get(format!("{base}/unknown").parse().unwrap())
        .await
        .unwrap();
    let reading = GatewayResponse::from_response(&response);
    assert_eq!(reading.outcome(), &Outcome::Unrecognized);
    assert_eq!(reading.code_text().as_deref(), Some("I418TP"));
    assert_eq!(reading.message_text().as_deref(), Some("I'm a teapot"));
}

/// The `fetch` example against the demo gateway: the body of a success,
/// one log line for an error, retries for what may be retried.
#[tokio::test]
async fn the_fetch_example_hands_errors_up_with_question_marks() {
    let base = serve().await;
    let run = |path: &str| {
        let url = format!("{base}{path}");
        tokio::task::spawn_blocking(move || common::run_example("fetch", &[&url]))
    };
    let ok = run("/ok").await.unwrap();
    assert!(ok.status.success());
    assert_eq!(common::stdout(&ok), "hello\n");

    let error = run("/vpc/I400BD").await.unwrap();
    assert_eq!(error.status.code(), Some(1));
    assert_eq!(
        common::stderr(&error),
        "error: Invalid Body: reason-é\\r\\n% (I400BD, HTTP 400, request id demo-I400BD)\n"
    );

    let backend = run("/backend").await.unwrap();
    assert_eq!(
        common::stderr(&backend),
        "error: error without a code (HTTP 502)\n"
    );

    let busy = run("/vpc/X503BZ").await.unwrap();
    let lines: Vec<&str> = common::stderr(&busy).lines().collect();
    assert_eq!(lines.len(), 3, "two retries, then the error: {lines:?}");
    assert_eq!(
        lines[..2],
        [
            "retrying in 100ms: Service Busy (X503BZ, HTTP 503, request id demo-X503BZ)",
            "retrying in 200ms: Service Busy (X503BZ, HTTP 503, request id demo-X503BZ)",
        ]
    );
    assert!(
        lines[2].ends_with("(X503BZ, HTTP 503, request id demo-X503BZ)"),
        "{lines:?}"
    );
}

#[test]
fn samples_carry_characters_a_header_cannot() {
    let error = support::sample(VpcErrorCode::InvalidHeader);
    assert_eq!(
        error.to_string(),
        "Invalid Header `header_name-é\r\n%` reason-é\r\n%"
    );
}
