//! A client that hands every failure up with `?`: it GETs a URL through
//! the gateway, retries what the gateway says may be retried, and on
//! failure prints one log line with the code, the status and the request
//! id.
//!
//! ```text
//! cargo run --example server --features axum &
//! cargo run --example fetch --features axum -- http://127.0.0.1:3000/ok
//! cargo run --example fetch --features axum -- http://127.0.0.1:3000/vpc/I400HD
//! ```

use std::error::Error;
use std::process::ExitCode;
use std::time::Duration;

use axum::body::Bytes;
use gwerr_core::wire::GatewayResponse;
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

type HttpClient = Client<HttpConnector, Empty<Bytes>>;

/// The body of `uri`, or why there is none.
async fn get(client: &HttpClient, uri: &http::Uri) -> Result<Bytes, Box<dyn Error + Send + Sync>> {
    for attempt in 1u32.. {
        let response = client.get(uri.clone()).await?;
        let error = match GatewayResponse::from_response(&response).into_result() {
            Ok(_) => return Ok(response.into_body().collect().await?.to_bytes()),
            Err(error) => error,
        };
        match error.retry().backoff() {
            // The suggested first backoff, doubled for each later attempt;
            // capped here so that the demo stays quick.
            Some(backoff) if attempt < 3 => {
                let wait = (backoff * 2u32.pow(attempt - 1)).min(Duration::from_millis(200));
                eprintln!("retrying in {wait:?}: {error}");
                tokio::time::sleep(wait).await;
            }
            _ => return Err(error.into()),
        }
    }
    unreachable!("the loop returns by its third attempt")
}

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let [url] = args.as_slice() else {
        eprintln!("usage: fetch URL");
        return ExitCode::from(2);
    };
    let uri = match url.to_str().map(str::parse::<http::Uri>) {
        Some(Ok(uri)) => uri,
        _ => {
            eprintln!("error: not a URL: {}", url.to_string_lossy().escape_debug());
            return ExitCode::from(2);
        }
    };
    let client = Client::builder(TokioExecutor::new()).build_http();
    match get(&client, &uri).await {
        Ok(body) => {
            print!("{}", String::from_utf8_lossy(&body));
            ExitCode::SUCCESS
        }
        Err(error) => {
            // `{:#}` prints the error with its causes, on one line.
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
