//! A demo gateway that answers with gateway errors, for the `client`
//! example to read.
//!
//! ```text
//! cargo run --example server --features axum            # on 127.0.0.1:3000
//! cargo run --example server --features axum -- 127.0.0.1:8080
//! ```
//!
//! Routes: `/vpc/{code}` (that VPC error with sample values), `/backend` (a
//! backend's own 502), `/unknown` (a code no table has), `/ok`.

mod support;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| String::from("127.0.0.1:3000"));
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, support::router()).await
}
