//! Reads a response as the gateway meant it.
//!
//! ```text
//! cargo run --example server --features axum &
//! cargo run --example client --features axum -- http://127.0.0.1:3000/vpc/I400HD
//! ```

use std::process::ExitCode;

use gwerr_core::wire::{GatewayResponse, Outcome};
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

#[tokio::main]
async fn main() -> ExitCode {
    let Some(url) = std::env::args().nth(1) else {
        eprintln!("usage: client URL");
        return ExitCode::from(2);
    };
    let uri: http::Uri = match url.parse() {
        Ok(uri) => uri,
        Err(err) => {
            eprintln!("error: {url}: {err}");
            return ExitCode::from(2);
        }
    };
    let client = Client::builder(TokioExecutor::new()).build_http::<Empty<axum::body::Bytes>>();
    let response = match client.get(uri).await {
        Ok(response) => response,
        Err(err) => {
            eprintln!("error: {url}: {err}");
            return ExitCode::FAILURE;
        }
    };
    let reading = GatewayResponse::from_response(&response);
    println!("status:      {}", reading.status());
    match reading.outcome() {
        Outcome::Success => println!("outcome:     success"),
        Outcome::Backend => {
            let body = response.into_body().collect().await.map(|b| b.to_bytes());
            let body = body
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default();
            println!("outcome:     the backend answered");
            println!("body:        {}", body.trim_end());
        }
        Outcome::Gateway {
            code,
            identified,
            error,
        } => {
            println!(
                "outcome:     gateway error {code} ({}), found {identified:?}",
                code.family().name
            );
            match error {
                Ok(error) => println!("error:       {error:?}"),
                Err(problem) => println!("unreadable:  {problem}"),
            }
            println!("retryable:   {}", reading.is_retryable());
            if reading.status_mismatch() {
                println!("documented:  {:?}", reading.documented_status());
            }
        }
        // `Unrecognized`, and any outcome a later version reads.
        _ => println!("outcome:     an answer no table knows"),
    }
    if let Some(code) = reading.code_text() {
        println!("code:        {code}");
    }
    if let Some(message) = reading.message_text() {
        println!("message:     {message:?}");
    }
    if let Some(id) = reading.request_id() {
        println!("request id:  {id}");
    }
    ExitCode::SUCCESS
}
