//! Retry advice is declared on every row of the gateway's tables
//! (`#[retry(kind)]`, reviewed against the document's descriptions and
//! solutions), and a response no row knows gets its status's advice.

use std::time::Duration;

use gwerr_core::wire::GatewayResponse;
use gwerr_core::{
    ClassicErrorCode, CommonErrorCode, ErrorCode, ManagementErrorCode, Retry, VpcErrorCode,
};
use http::header::HeaderMap;
use http::StatusCode;

/// The kind each row of a table file declares, in row order.
fn declared(source: &str) -> Vec<&str> {
    let mut kinds = Vec::new();
    let mut pending = None;
    for line in source.lines().map(str::trim) {
        if let Some(kind) = line
            .strip_prefix("#[retry(")
            .and_then(|rest| rest.strip_suffix(")]"))
        {
            assert!(pending.replace(kind).is_none(), "two kinds before a row");
        } else if line.starts_with('|') && line.ends_with('|') {
            let is_header = pending.is_none();
            if !is_header {
                kinds.push(pending.take().unwrap());
            }
        }
    }
    kinds
}

fn check<C: ErrorCode>(source: &str) {
    let kinds = declared(source);
    assert_eq!(
        kinds.len(),
        C::ALL.len(),
        "every row of {} declares a kind",
        C::FAMILY.name
    );
    for (code, kind) in C::ALL.iter().zip(kinds) {
        assert_eq!(code.retry().as_str(), kind, "{}", code.as_str());
        assert_eq!(code.is_retryable(), kind != "never");
        assert_eq!(code.row().retryable, kind != "never");
    }
}

#[test]
fn every_row_has_the_kind_its_table_declares() {
    check::<VpcErrorCode>(include_str!("../gwerr-core/src/vpc.rs"));
    check::<ClassicErrorCode>(include_str!("../gwerr-core/src/classic.rs"));
    check::<ManagementErrorCode>(include_str!("../gwerr-core/src/management.rs"));
    check::<CommonErrorCode>(include_str!("../gwerr-core/src/common.rs"));
}

#[test]
fn quotas_configuration_faults_and_blocks_are_never_retried() {
    use VpcErrorCode::*;
    for code in [
        ThrottledByInnerDomain,
        BackendDomainResolveFailed,
        BackendDomainIllegalAddress,
        BackendSslConnectFailed,
        BackendVpcMappingFailed,
    ] {
        assert_eq!(code.retry(), Retry::Never, "{code}");
    }
    assert_eq!(ManagementErrorCode::ServiceForbidden.retry(), Retry::Never);
    assert_eq!(ClassicErrorCode::QuotaExhausted.retry(), Retry::Never);
    assert_eq!(VpcErrorCode::ThrottledByApi.retry(), Retry::Throttled);
    assert_eq!(VpcErrorCode::BackendTimeout.retry(), Retry::Transient);
    assert_eq!(CommonErrorCode::ThrottlingUser.retry(), Retry::Throttled);
}

#[test]
fn a_status_alone_advises_429_503_and_504() {
    let advice = |status: u16| Retry::from_status(StatusCode::from_u16(status).unwrap());
    assert_eq!(advice(429), Retry::Throttled);
    assert_eq!(advice(503), Retry::Transient);
    assert_eq!(advice(504), Retry::Transient);
    for status in [200, 400, 403, 404, 500, 502] {
        assert_eq!(advice(status), Retry::Never, "{status}");
    }
    assert_eq!(Retry::Throttled.backoff(), Some(Duration::from_secs(1)));
    assert_eq!(Retry::Transient.backoff(), Some(Duration::from_millis(100)));
    assert_eq!(Retry::Never.backoff(), None);
}

fn response(status: u16, headers: &[(&str, &str)]) -> GatewayResponse {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        map.insert(
            http::header::HeaderName::from_bytes(name.as_bytes()).unwrap(),
            value.parse().unwrap(),
        );
    }
    GatewayResponse::classify(StatusCode::from_u16(status).unwrap(), &map)
}

#[test]
fn a_response_no_row_knows_gets_its_status_advice() {
    let unknown = response(
        429,
        &[("x-ca-error-code", "T429ZZ"), ("x-ca-error-message", "new")],
    );
    assert_eq!(unknown.retry(), Retry::Throttled);
    let unknown = response(503, &[("x-ca-error-code", "X503ZZ")]);
    assert!(unknown.is_retryable());
    let backend = response(504, &[]);
    assert_eq!(backend.retry(), Retry::Transient);
    let known = response(429, &[("x-ca-error-code", "T429ID"), ("x-ca-error-message", "Throttled by INNER DOMAIN Flow Control, a.b is a test domain, only 1000 requests per day")]);
    assert_eq!(known.retry(), Retry::Never);
    assert_eq!(response(200, &[]).retry(), Retry::Never);
}
