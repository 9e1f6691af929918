//! The baselines the benchmarks compare gwerr with, written as a user
//! would without it: the VPC table as a hand-written enum with `write!`,
//! as a `thiserror` enum, and its codes as a `strum` enum, a `phf` map, a
//! `match` on the string and a `match` on the bytes packed into a `u64`.
//! Generated once from the VPC table; variants and fields match gwerr's.

#![allow(clippy::all)]

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandVpc {
    InvalidHeader { header_name: String, reason: String },
    MissingHeader { header_name: String },
    InvalidBody { reason: String },
    InvalidRequestPath { reason: String },
    UnsupportedMethod { reason: String },
    InvalidRequestUri { reason: String },
    UnsupportedProtocol { protocol: String },
    RequestBodyTooLarge,
    RequestUrlTooLarge,
    InvalidContentType { reason: String },
    InvalidDomain { domain_name: String },
    InvalidGroupInstance,
    InvalidStage,
    ApiNotFound { reason: String },
    InvalidPluginMeta { plugin_name: String, reason: String },
    ExpiredApiDefinition,
    InvalidApiMeta,
    BadDomainOrGroup { reason: String },
    DomainUnavailableForLegalReasons,
    GroupUnavailableForLegalReasons,
    ProviderAccountOverdue,
    InvalidAppCode { reason: String },
    InvalidAppKey,
    InvalidSignature { string_to_sign: String },
    AppAuthorizationExpired,
    PluginAuthorizationNeeded,
    AuthorizationRequired,
    InvalidContentMd5 { reason: String },
    NonceRequired,
    NonceUsed,
    TimestampExpired,
    MissingParameter { parameter_name: String },
    InvalidParameter { parameter_name: String, reason: String },
    JwtRequired,
    JtiRequired,
    JtiUsed,
    JwtDeserializeFailed { token: String },
    InvalidJwt { reason: String },
    NoMatchingJwk { kid: String },
    JwtExpired { date: String },
    InvalidJwtPluginConfig { jwt: String },
    OAuth2LoginFailed { reason: String },
    OAuth2GetUserInfoFailed { reason: String },
    InvalidOAuth2AccessToken,
    OAuth2AccessTokenRequired,
    ThrottledByInnerDomain { domain: String },
    ThrottledByInstance,
    ThrottledByGroup,
    ThrottledByApi,
    ThrottledByPlugin,
    ThrottledByServer,
    TooManyRequests { description: String },
    DeniedByIpControl,
    InternetAccessDisabled { reason: String },
    VpcAccessDisabled,
    AccessControlForbidden { rule_name: String },
    CrossOriginForbidden { domain: String },
    CrossOriginApiNotFound { method: http::Method, path: String },
    ContentNotCached,
    ResourceNotFound { resource: String },
    StageRouteMissing { reason: String },
    MarketSubscriptionOverdue,
    MarketSubscriptionQuotaExhausted,
    MarketSubscriptionExpired,
    MarketSubscriptionInvalid,
    BackendDomainResolveFailed { domain: String },
    BackendDomainIllegalAddress { domain: String, address: String },
    BackendConnectFailed { reason: String },
    BackendSslConnectFailed { reason: String },
    BackendTimeout,
    BackendVpcMappingFailed,
    CircuitBreakerBusy,
    CircuitBreakerOpen { reason: String },
    LoopDetected,
    DeviceNotFound { device_id: String },
    FunctionComputeAssumeRoleFailed { request_id: String, reason: String },
    FunctionComputeResponseInvalid { reason: String },
    SendResponseIoException { reason: String },
    InternalError,
    ServiceBusy,
    ServiceTimeout,
}

impl fmt::Display for HandVpc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidHeader { header_name, reason } => write!(f, "Invalid Header `{header_name}` {reason}"),
            Self::MissingHeader { header_name } => write!(f, "Header `{header_name}` is Required"),
            Self::InvalidBody { reason } => write!(f, "Invalid Body: {reason}"),
            Self::InvalidRequestPath { reason } => write!(f, "Invalid Request Path `{reason}`"),
            Self::UnsupportedMethod { reason } => write!(f, "Unsupported Method `{reason}`"),
            Self::InvalidRequestUri { reason } => write!(f, "Invalid Request Uri `{reason}`"),
            Self::UnsupportedProtocol { protocol } => write!(f, "Invalid protocol {protocol} unsupported"),
            Self::RequestBodyTooLarge => write!(f, "Request body too Large"),
            Self::RequestUrlTooLarge => write!(f, "Request URL too Large"),
            Self::InvalidContentType { reason } => write!(f, "Invalid Content-Type: `{reason}`"),
            Self::InvalidDomain { domain_name } => write!(f, "Invalid Domain `{domain_name}`"),
            Self::InvalidGroupInstance => write!(f, "Group's instance invalid"),
            Self::InvalidStage => write!(f, "Invalid Stage"),
            Self::ApiNotFound { reason } => write!(f, "API not found {reason}"),
            Self::InvalidPluginMeta { plugin_name, reason } => write!(f, "Invalid plugin meta {plugin_name} {reason}"),
            Self::ExpiredApiDefinition => write!(f, "Expired api definition"),
            Self::InvalidApiMeta => write!(f, "Invalid Api Meta, try deploy again or contact us via ticket"),
            Self::BadDomainOrGroup { reason } => write!(f, "Bad Domain or Group: {reason}"),
            Self::DomainUnavailableForLegalReasons => write!(f, "Unavailable Domain for Legal Reasons"),
            Self::GroupUnavailableForLegalReasons => write!(f, "Unavailable Group for Legal Reasons"),
            Self::ProviderAccountOverdue => write!(f, "Provider Account Overdue"),
            Self::InvalidAppCode { reason } => write!(f, "Invalid AppCode {reason}"),
            Self::InvalidAppKey => write!(f, "Invalid AppKey"),
            Self::InvalidSignature { string_to_sign } => write!(f, "Invalid Signature, Server StringToSign:`{string_to_sign}`"),
            Self::AppAuthorizationExpired => write!(f, "App authorization expired"),
            Self::PluginAuthorizationNeeded => write!(f, "Plugin Authorization Needed"),
            Self::AuthorizationRequired => write!(f, "Need authorization, `X-Ca-Key` or `Authorization: APPCODE ...` is required"),
            Self::InvalidContentMd5 { reason } => write!(f, "Invalid Content-MD5 {reason}"),
            Self::NonceRequired => write!(f, "X-Ca-Nonce is required"),
            Self::NonceUsed => write!(f, "Nonce Used"),
            Self::TimestampExpired => write!(f, "X-Ca-Timestamp is expired"),
            Self::MissingParameter { parameter_name } => write!(f, "Parameter `{parameter_name}` is required"),
            Self::InvalidParameter { parameter_name, reason } => write!(f, "Invalid parameter `{parameter_name}` {reason}"),
            Self::JwtRequired => write!(f, "JWT required"),
            Self::JtiRequired => write!(f, "Claim `jti` is required when `preventJtiReplay:true`"),
            Self::JtiUsed => write!(f, "Claim `jti` in JWT is used"),
            Self::JwtDeserializeFailed { token } => write!(f, "JWT Deserialize Failed: `{token}`"),
            Self::InvalidJwt { reason } => write!(f, "Invalid JWT: {reason}"),
            Self::NoMatchingJwk { kid } => write!(f, "No matching JWK, `{kid}` not found"),
            Self::JwtExpired { date } => write!(f, "JWT is expired at `{date}`"),
            Self::InvalidJwtPluginConfig { jwt } => write!(f, "Invalid JWT plugin config: {jwt}"),
            Self::OAuth2LoginFailed { reason } => write!(f, "OAuth2 Login failed: {reason}"),
            Self::OAuth2GetUserInfoFailed { reason } => write!(f, "OAuth2 Get User Info failed: {reason}"),
            Self::InvalidOAuth2AccessToken => write!(f, "Invalid OAuth2 Access Token"),
            Self::OAuth2AccessTokenRequired => write!(f, "OAuth2 Access Token is required"),
            Self::ThrottledByInnerDomain { domain } => write!(f, "Throttled by INNER DOMAIN Flow Control, {domain} is a test domain, only 1000 requests per day"),
            Self::ThrottledByInstance => write!(f, "Throttled by INSTANCE Flow Control"),
            Self::ThrottledByGroup => write!(f, "Throttled by GROUP Flow Control"),
            Self::ThrottledByApi => write!(f, "Throttled by API Flow Control"),
            Self::ThrottledByPlugin => write!(f, "Throttled by PLUGIN Flow Control"),
            Self::ThrottledByServer => write!(f, "Throttled by SERVER Flow Control"),
            Self::TooManyRequests { description } => write!(f, "Too Many Requests, throttle by `{description}`"),
            Self::DeniedByIpControl => write!(f, "Access denied by IP Control Policy"),
            Self::InternetAccessDisabled { reason } => write!(f, "Access from internet is disabled {reason}"),
            Self::VpcAccessDisabled => write!(f, "Access from invalid VPC is disabled"),
            Self::AccessControlForbidden { rule_name } => write!(f, "Access Control Forbidden by {rule_name}"),
            Self::CrossOriginForbidden { domain } => write!(f, "Cross origin resource forbidden {domain}"),
            Self::CrossOriginApiNotFound { method, path } => write!(f, "Cross origin resource not found {method} - {path}"),
            Self::ContentNotCached => write!(f, "Content not cached, with `Cache-Control:only-if-cached`"),
            Self::ResourceNotFound { resource } => write!(f, "{resource} not found"),
            Self::StageRouteMissing { reason } => write!(f, "Stage route missing: {reason}"),
            Self::MarketSubscriptionOverdue => write!(f, "Api Market Subscription overdue"),
            Self::MarketSubscriptionQuotaExhausted => write!(f, "Api Market Subscription quota exhausted"),
            Self::MarketSubscriptionExpired => write!(f, "Api Market Subscription expired"),
            Self::MarketSubscriptionInvalid => write!(f, "Api Market Subscription invalid"),
            Self::BackendDomainResolveFailed { domain } => write!(f, "Backend domain `{domain}` resolve failed"),
            Self::BackendDomainIllegalAddress { domain, address } => write!(f, "Backend domain `{domain}` resolve to illegal address `{address}`"),
            Self::BackendConnectFailed { reason } => write!(f, "Backend service connect failed `{reason}`"),
            Self::BackendSslConnectFailed { reason } => write!(f, "Backend http ssl connect failed `{reason}`"),
            Self::BackendTimeout => write!(f, "Backend service request timeout"),
            Self::BackendVpcMappingFailed => write!(f, "Backend service vpc mapped failed"),
            Self::CircuitBreakerBusy => write!(f, "Backend circuit breaker busy"),
            Self::CircuitBreakerOpen { reason } => write!(f, "Backend circuit breaker open, {reason}"),
            Self::LoopDetected => write!(f, "Loop Detected"),
            Self::DeviceNotFound { device_id } => write!(f, "Device id {device_id} not found"),
            Self::FunctionComputeAssumeRoleFailed { request_id, reason } => write!(f, "Function Compute AssumeRole failed {request_id}:{reason}"),
            Self::FunctionComputeResponseInvalid { reason } => write!(f, "Function Compute response invalid: {reason}"),
            Self::SendResponseIoException { reason } => write!(f, "Send Response IO Exception: {reason}"),
            Self::InternalError => write!(f, "Service Internal Error"),
            Self::ServiceBusy => write!(f, "Service Busy"),
            Self::ServiceTimeout => write!(f, "Service timeout"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ThisVpc {
    #[error("Invalid Header `{header_name}` {reason}")]
    InvalidHeader { header_name: String, reason: String },
    #[error("Header `{header_name}` is Required")]
    MissingHeader { header_name: String },
    #[error("Invalid Body: {reason}")]
    InvalidBody { reason: String },
    #[error("Invalid Request Path `{reason}`")]
    InvalidRequestPath { reason: String },
    #[error("Unsupported Method `{reason}`")]
    UnsupportedMethod { reason: String },
    #[error("Invalid Request Uri `{reason}`")]
    InvalidRequestUri { reason: String },
    #[error("Invalid protocol {protocol} unsupported")]
    UnsupportedProtocol { protocol: String },
    #[error("Request body too Large")]
    RequestBodyTooLarge,
    #[error("Request URL too Large")]
    RequestUrlTooLarge,
    #[error("Invalid Content-Type: `{reason}`")]
    InvalidContentType { reason: String },
    #[error("Invalid Domain `{domain_name}`")]
    InvalidDomain { domain_name: String },
    #[error("Group's instance invalid")]
    InvalidGroupInstance,
    #[error("Invalid Stage")]
    InvalidStage,
    #[error("API not found {reason}")]
    ApiNotFound { reason: String },
    #[error("Invalid plugin meta {plugin_name} {reason}")]
    InvalidPluginMeta { plugin_name: String, reason: String },
    #[error("Expired api definition")]
    ExpiredApiDefinition,
    #[error("Invalid Api Meta, try deploy again or contact us via ticket")]
    InvalidApiMeta,
    #[error("Bad Domain or Group: {reason}")]
    BadDomainOrGroup { reason: String },
    #[error("Unavailable Domain for Legal Reasons")]
    DomainUnavailableForLegalReasons,
    #[error("Unavailable Group for Legal Reasons")]
    GroupUnavailableForLegalReasons,
    #[error("Provider Account Overdue")]
    ProviderAccountOverdue,
    #[error("Invalid AppCode {reason}")]
    InvalidAppCode { reason: String },
    #[error("Invalid AppKey")]
    InvalidAppKey,
    #[error("Invalid Signature, Server StringToSign:`{string_to_sign}`")]
    InvalidSignature { string_to_sign: String },
    #[error("App authorization expired")]
    AppAuthorizationExpired,
    #[error("Plugin Authorization Needed")]
    PluginAuthorizationNeeded,
    #[error("Need authorization, `X-Ca-Key` or `Authorization: APPCODE ...` is required")]
    AuthorizationRequired,
    #[error("Invalid Content-MD5 {reason}")]
    InvalidContentMd5 { reason: String },
    #[error("X-Ca-Nonce is required")]
    NonceRequired,
    #[error("Nonce Used")]
    NonceUsed,
    #[error("X-Ca-Timestamp is expired")]
    TimestampExpired,
    #[error("Parameter `{parameter_name}` is required")]
    MissingParameter { parameter_name: String },
    #[error("Invalid parameter `{parameter_name}` {reason}")]
    InvalidParameter { parameter_name: String, reason: String },
    #[error("JWT required")]
    JwtRequired,
    #[error("Claim `jti` is required when `preventJtiReplay:true`")]
    JtiRequired,
    #[error("Claim `jti` in JWT is used")]
    JtiUsed,
    #[error("JWT Deserialize Failed: `{token}`")]
    JwtDeserializeFailed { token: String },
    #[error("Invalid JWT: {reason}")]
    InvalidJwt { reason: String },
    #[error("No matching JWK, `{kid}` not found")]
    NoMatchingJwk { kid: String },
    #[error("JWT is expired at `{date}`")]
    JwtExpired { date: String },
    #[error("Invalid JWT plugin config: {jwt}")]
    InvalidJwtPluginConfig { jwt: String },
    #[error("OAuth2 Login failed: {reason}")]
    OAuth2LoginFailed { reason: String },
    #[error("OAuth2 Get User Info failed: {reason}")]
    OAuth2GetUserInfoFailed { reason: String },
    #[error("Invalid OAuth2 Access Token")]
    InvalidOAuth2AccessToken,
    #[error("OAuth2 Access Token is required")]
    OAuth2AccessTokenRequired,
    #[error("Throttled by INNER DOMAIN Flow Control, {domain} is a test domain, only 1000 requests per day")]
    ThrottledByInnerDomain { domain: String },
    #[error("Throttled by INSTANCE Flow Control")]
    ThrottledByInstance,
    #[error("Throttled by GROUP Flow Control")]
    ThrottledByGroup,
    #[error("Throttled by API Flow Control")]
    ThrottledByApi,
    #[error("Throttled by PLUGIN Flow Control")]
    ThrottledByPlugin,
    #[error("Throttled by SERVER Flow Control")]
    ThrottledByServer,
    #[error("Too Many Requests, throttle by `{description}`")]
    TooManyRequests { description: String },
    #[error("Access denied by IP Control Policy")]
    DeniedByIpControl,
    #[error("Access from internet is disabled {reason}")]
    InternetAccessDisabled { reason: String },
    #[error("Access from invalid VPC is disabled")]
    VpcAccessDisabled,
    #[error("Access Control Forbidden by {rule_name}")]
    AccessControlForbidden { rule_name: String },
    #[error("Cross origin resource forbidden {domain}")]
    CrossOriginForbidden { domain: String },
    #[error("Cross origin resource not found {method} - {path}")]
    CrossOriginApiNotFound { method: http::Method, path: String },
    #[error("Content not cached, with `Cache-Control:only-if-cached`")]
    ContentNotCached,
    #[error("{resource} not found")]
    ResourceNotFound { resource: String },
    #[error("Stage route missing: {reason}")]
    StageRouteMissing { reason: String },
    #[error("Api Market Subscription overdue")]
    MarketSubscriptionOverdue,
    #[error("Api Market Subscription quota exhausted")]
    MarketSubscriptionQuotaExhausted,
    #[error("Api Market Subscription expired")]
    MarketSubscriptionExpired,
    #[error("Api Market Subscription invalid")]
    MarketSubscriptionInvalid,
    #[error("Backend domain `{domain}` resolve failed")]
    BackendDomainResolveFailed { domain: String },
    #[error("Backend domain `{domain}` resolve to illegal address `{address}`")]
    BackendDomainIllegalAddress { domain: String, address: String },
    #[error("Backend service connect failed `{reason}`")]
    BackendConnectFailed { reason: String },
    #[error("Backend http ssl connect failed `{reason}`")]
    BackendSslConnectFailed { reason: String },
    #[error("Backend service request timeout")]
    BackendTimeout,
    #[error("Backend service vpc mapped failed")]
    BackendVpcMappingFailed,
    #[error("Backend circuit breaker busy")]
    CircuitBreakerBusy,
    #[error("Backend circuit breaker open, {reason}")]
    CircuitBreakerOpen { reason: String },
    #[error("Loop Detected")]
    LoopDetected,
    #[error("Device id {device_id} not found")]
    DeviceNotFound { device_id: String },
    #[error("Function Compute AssumeRole failed {request_id}:{reason}")]
    FunctionComputeAssumeRoleFailed { request_id: String, reason: String },
    #[error("Function Compute response invalid: {reason}")]
    FunctionComputeResponseInvalid { reason: String },
    #[error("Send Response IO Exception: {reason}")]
    SendResponseIoException { reason: String },
    #[error("Service Internal Error")]
    InternalError,
    #[error("Service Busy")]
    ServiceBusy,
    #[error("Service timeout")]
    ServiceTimeout,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumString)]
pub enum StrumCode {
    #[strum(serialize = "I400HD")]
    InvalidHeader,
    #[strum(serialize = "I400MH")]
    MissingHeader,
    #[strum(serialize = "I400BD")]
    InvalidBody,
    #[strum(serialize = "I400PA")]
    InvalidRequestPath,
    #[strum(serialize = "I405UM")]
    UnsupportedMethod,
    #[strum(serialize = "I400RU")]
    InvalidRequestUri,
    #[strum(serialize = "I403PT")]
    UnsupportedProtocol,
    #[strum(serialize = "I413RL")]
    RequestBodyTooLarge,
    #[strum(serialize = "I413UL")]
    RequestUrlTooLarge,
    #[strum(serialize = "I400CT")]
    InvalidContentType,
    #[strum(serialize = "I404DO")]
    InvalidDomain,
    #[strum(serialize = "I410GG")]
    InvalidGroupInstance,
    #[strum(serialize = "I400SG")]
    InvalidStage,
    #[strum(serialize = "I404NF")]
    ApiNotFound,
    #[strum(serialize = "X400PM")]
    InvalidPluginMeta,
    #[strum(serialize = "X500ED")]
    ExpiredApiDefinition,
    #[strum(serialize = "X500AM")]
    InvalidApiMeta,
    #[strum(serialize = "X403DG")]
    BadDomainOrGroup,
    #[strum(serialize = "B451DO")]
    DomainUnavailableForLegalReasons,
    #[strum(serialize = "B451GO")]
    GroupUnavailableForLegalReasons,
    #[strum(serialize = "B403OD")]
    ProviderAccountOverdue,
    #[strum(serialize = "A401AC")]
    InvalidAppCode,
    #[strum(serialize = "A400IK")]
    InvalidAppKey,
    #[strum(serialize = "A403IS")]
    InvalidSignature,
    #[strum(serialize = "A403EP")]
    AppAuthorizationExpired,
    #[strum(serialize = "A403PR")]
    PluginAuthorizationNeeded,
    #[strum(serialize = "A400MA")]
    AuthorizationRequired,
    #[strum(serialize = "I400I5")]
    InvalidContentMd5,
    #[strum(serialize = "I400NC")]
    NonceRequired,
    #[strum(serialize = "S403NU")]
    NonceUsed,
    #[strum(serialize = "S403TE")]
    TimestampExpired,
    #[strum(serialize = "I400MP")]
    MissingParameter,
    #[strum(serialize = "I400IP")]
    InvalidParameter,
    #[strum(serialize = "I400JR")]
    JwtRequired,
    #[strum(serialize = "S403JI")]
    JtiRequired,
    #[strum(serialize = "A403SV")]
    JtiUsed,
    #[strum(serialize = "I400JD")]
    JwtDeserializeFailed,
    #[strum(serialize = "A403JT")]
    InvalidJwt,
    #[strum(serialize = "A403JK")]
    NoMatchingJwk,
    #[strum(serialize = "A403JE")]
    JwtExpired,
    #[strum(serialize = "I400JP")]
    InvalidJwtPluginConfig,
    #[strum(serialize = "A403OL")]
    OAuth2LoginFailed,
    #[strum(serialize = "A403OU")]
    OAuth2GetUserInfoFailed,
    #[strum(serialize = "A401OT")]
    InvalidOAuth2AccessToken,
    #[strum(serialize = "A401OM")]
    OAuth2AccessTokenRequired,
    #[strum(serialize = "T429ID")]
    ThrottledByInnerDomain,
    #[strum(serialize = "T429IN")]
    ThrottledByInstance,
    #[strum(serialize = "T429GR")]
    ThrottledByGroup,
    #[strum(serialize = "T429PA")]
    ThrottledByApi,
    #[strum(serialize = "T429PR")]
    ThrottledByPlugin,
    #[strum(serialize = "T429SR")]
    ThrottledByServer,
    #[strum(serialize = "T429MR")]
    TooManyRequests,
    #[strum(serialize = "A403IP")]
    DeniedByIpControl,
    #[strum(serialize = "A403IN")]
    InternetAccessDisabled,
    #[strum(serialize = "A403VN")]
    VpcAccessDisabled,
    #[strum(serialize = "A403AC")]
    AccessControlForbidden,
    #[strum(serialize = "A403CO")]
    CrossOriginForbidden,
    #[strum(serialize = "I404CO")]
    CrossOriginApiNotFound,
    #[strum(serialize = "I404CH")]
    ContentNotCached,
    #[strum(serialize = "I404NR")]
    ResourceNotFound,
    #[strum(serialize = "I404SR")]
    StageRouteMissing,
    #[strum(serialize = "B403MO")]
    MarketSubscriptionOverdue,
    #[strum(serialize = "B403MQ")]
    MarketSubscriptionQuotaExhausted,
    #[strum(serialize = "B403ME")]
    MarketSubscriptionExpired,
    #[strum(serialize = "B403MI")]
    MarketSubscriptionInvalid,
    #[strum(serialize = "D504RE")]
    BackendDomainResolveFailed,
    #[strum(serialize = "D504IL")]
    BackendDomainIllegalAddress,
    #[strum(serialize = "D504CO")]
    BackendConnectFailed,
    #[strum(serialize = "D504CS")]
    BackendSslConnectFailed,
    #[strum(serialize = "D504TO")]
    BackendTimeout,
    #[strum(serialize = "X504VE")]
    BackendVpcMappingFailed,
    #[strum(serialize = "D503BB")]
    CircuitBreakerBusy,
    #[strum(serialize = "D503CB")]
    CircuitBreakerOpen,
    #[strum(serialize = "I508LD")]
    LoopDetected,
    #[strum(serialize = "I404DD")]
    DeviceNotFound,
    #[strum(serialize = "A403FC")]
    FunctionComputeAssumeRoleFailed,
    #[strum(serialize = "D502FC")]
    FunctionComputeResponseInvalid,
    #[strum(serialize = "N502RE")]
    SendResponseIoException,
    #[strum(serialize = "X500ER")]
    InternalError,
    #[strum(serialize = "X503BZ")]
    ServiceBusy,
    #[strum(serialize = "X504TO")]
    ServiceTimeout,
}

/// A `match` on the code string.
pub fn match_code(code: &str) -> Option<StrumCode> {
    Some(match code {
        "I400HD" => StrumCode::InvalidHeader,
        "I400MH" => StrumCode::MissingHeader,
        "I400BD" => StrumCode::InvalidBody,
        "I400PA" => StrumCode::InvalidRequestPath,
        "I405UM" => StrumCode::UnsupportedMethod,
        "I400RU" => StrumCode::InvalidRequestUri,
        "I403PT" => StrumCode::UnsupportedProtocol,
        "I413RL" => StrumCode::RequestBodyTooLarge,
        "I413UL" => StrumCode::RequestUrlTooLarge,
        "I400CT" => StrumCode::InvalidContentType,
        "I404DO" => StrumCode::InvalidDomain,
        "I410GG" => StrumCode::InvalidGroupInstance,
        "I400SG" => StrumCode::InvalidStage,
        "I404NF" => StrumCode::ApiNotFound,
        "X400PM" => StrumCode::InvalidPluginMeta,
        "X500ED" => StrumCode::ExpiredApiDefinition,
        "X500AM" => StrumCode::InvalidApiMeta,
        "X403DG" => StrumCode::BadDomainOrGroup,
        "B451DO" => StrumCode::DomainUnavailableForLegalReasons,
        "B451GO" => StrumCode::GroupUnavailableForLegalReasons,
        "B403OD" => StrumCode::ProviderAccountOverdue,
        "A401AC" => StrumCode::InvalidAppCode,
        "A400IK" => StrumCode::InvalidAppKey,
        "A403IS" => StrumCode::InvalidSignature,
        "A403EP" => StrumCode::AppAuthorizationExpired,
        "A403PR" => StrumCode::PluginAuthorizationNeeded,
        "A400MA" => StrumCode::AuthorizationRequired,
        "I400I5" => StrumCode::InvalidContentMd5,
        "I400NC" => StrumCode::NonceRequired,
        "S403NU" => StrumCode::NonceUsed,
        "S403TE" => StrumCode::TimestampExpired,
        "I400MP" => StrumCode::MissingParameter,
        "I400IP" => StrumCode::InvalidParameter,
        "I400JR" => StrumCode::JwtRequired,
        "S403JI" => StrumCode::JtiRequired,
        "A403SV" => StrumCode::JtiUsed,
        "I400JD" => StrumCode::JwtDeserializeFailed,
        "A403JT" => StrumCode::InvalidJwt,
        "A403JK" => StrumCode::NoMatchingJwk,
        "A403JE" => StrumCode::JwtExpired,
        "I400JP" => StrumCode::InvalidJwtPluginConfig,
        "A403OL" => StrumCode::OAuth2LoginFailed,
        "A403OU" => StrumCode::OAuth2GetUserInfoFailed,
        "A401OT" => StrumCode::InvalidOAuth2AccessToken,
        "A401OM" => StrumCode::OAuth2AccessTokenRequired,
        "T429ID" => StrumCode::ThrottledByInnerDomain,
        "T429IN" => StrumCode::ThrottledByInstance,
        "T429GR" => StrumCode::ThrottledByGroup,
        "T429PA" => StrumCode::ThrottledByApi,
        "T429PR" => StrumCode::ThrottledByPlugin,
        "T429SR" => StrumCode::ThrottledByServer,
        "T429MR" => StrumCode::TooManyRequests,
        "A403IP" => StrumCode::DeniedByIpControl,
        "A403IN" => StrumCode::InternetAccessDisabled,
        "A403VN" => StrumCode::VpcAccessDisabled,
        "A403AC" => StrumCode::AccessControlForbidden,
        "A403CO" => StrumCode::CrossOriginForbidden,
        "I404CO" => StrumCode::CrossOriginApiNotFound,
        "I404CH" => StrumCode::ContentNotCached,
        "I404NR" => StrumCode::ResourceNotFound,
        "I404SR" => StrumCode::StageRouteMissing,
        "B403MO" => StrumCode::MarketSubscriptionOverdue,
        "B403MQ" => StrumCode::MarketSubscriptionQuotaExhausted,
        "B403ME" => StrumCode::MarketSubscriptionExpired,
        "B403MI" => StrumCode::MarketSubscriptionInvalid,
        "D504RE" => StrumCode::BackendDomainResolveFailed,
        "D504IL" => StrumCode::BackendDomainIllegalAddress,
        "D504CO" => StrumCode::BackendConnectFailed,
        "D504CS" => StrumCode::BackendSslConnectFailed,
        "D504TO" => StrumCode::BackendTimeout,
        "X504VE" => StrumCode::BackendVpcMappingFailed,
        "D503BB" => StrumCode::CircuitBreakerBusy,
        "D503CB" => StrumCode::CircuitBreakerOpen,
        "I508LD" => StrumCode::LoopDetected,
        "I404DD" => StrumCode::DeviceNotFound,
        "A403FC" => StrumCode::FunctionComputeAssumeRoleFailed,
        "D502FC" => StrumCode::FunctionComputeResponseInvalid,
        "N502RE" => StrumCode::SendResponseIoException,
        "X500ER" => StrumCode::InternalError,
        "X503BZ" => StrumCode::ServiceBusy,
        "X504TO" => StrumCode::ServiceTimeout,
        _ => return None,
    })
}

/// A `match` on the code's bytes packed into a `u64`.
pub fn packed_match_code(code: &str) -> Option<StrumCode> {
    let bytes = code.as_bytes();
    if bytes.len() != 6 {
        return None;
    }
    let mut word = [0u8; 8];
    word[..6].copy_from_slice(bytes);
    Some(match u64::from_le_bytes(word) {
        0x0000444830303449 => StrumCode::InvalidHeader,
        0x0000484d30303449 => StrumCode::MissingHeader,
        0x0000444230303449 => StrumCode::InvalidBody,
        0x0000415030303449 => StrumCode::InvalidRequestPath,
        0x00004d5535303449 => StrumCode::UnsupportedMethod,
        0x0000555230303449 => StrumCode::InvalidRequestUri,
        0x0000545033303449 => StrumCode::UnsupportedProtocol,
        0x00004c5233313449 => StrumCode::RequestBodyTooLarge,
        0x00004c5533313449 => StrumCode::RequestUrlTooLarge,
        0x0000544330303449 => StrumCode::InvalidContentType,
        0x00004f4434303449 => StrumCode::InvalidDomain,
        0x0000474730313449 => StrumCode::InvalidGroupInstance,
        0x0000475330303449 => StrumCode::InvalidStage,
        0x0000464e34303449 => StrumCode::ApiNotFound,
        0x00004d5030303458 => StrumCode::InvalidPluginMeta,
        0x0000444530303558 => StrumCode::ExpiredApiDefinition,
        0x00004d4130303558 => StrumCode::InvalidApiMeta,
        0x0000474433303458 => StrumCode::BadDomainOrGroup,
        0x00004f4431353442 => StrumCode::DomainUnavailableForLegalReasons,
        0x00004f4731353442 => StrumCode::GroupUnavailableForLegalReasons,
        0x0000444f33303442 => StrumCode::ProviderAccountOverdue,
        0x0000434131303441 => StrumCode::InvalidAppCode,
        0x00004b4930303441 => StrumCode::InvalidAppKey,
        0x0000534933303441 => StrumCode::InvalidSignature,
        0x0000504533303441 => StrumCode::AppAuthorizationExpired,
        0x0000525033303441 => StrumCode::PluginAuthorizationNeeded,
        0x0000414d30303441 => StrumCode::AuthorizationRequired,
        0x0000354930303449 => StrumCode::InvalidContentMd5,
        0x0000434e30303449 => StrumCode::NonceRequired,
        0x0000554e33303453 => StrumCode::NonceUsed,
        0x0000455433303453 => StrumCode::TimestampExpired,
        0x0000504d30303449 => StrumCode::MissingParameter,
        0x0000504930303449 => StrumCode::InvalidParameter,
        0x0000524a30303449 => StrumCode::JwtRequired,
        0x0000494a33303453 => StrumCode::JtiRequired,
        0x0000565333303441 => StrumCode::JtiUsed,
        0x0000444a30303449 => StrumCode::JwtDeserializeFailed,
        0x0000544a33303441 => StrumCode::InvalidJwt,
        0x00004b4a33303441 => StrumCode::NoMatchingJwk,
        0x0000454a33303441 => StrumCode::JwtExpired,
        0x0000504a30303449 => StrumCode::InvalidJwtPluginConfig,
        0x00004c4f33303441 => StrumCode::OAuth2LoginFailed,
        0x0000554f33303441 => StrumCode::OAuth2GetUserInfoFailed,
        0x0000544f31303441 => StrumCode::InvalidOAuth2AccessToken,
        0x00004d4f31303441 => StrumCode::OAuth2AccessTokenRequired,
        0x0000444939323454 => StrumCode::ThrottledByInnerDomain,
        0x00004e4939323454 => StrumCode::ThrottledByInstance,
        0x0000524739323454 => StrumCode::ThrottledByGroup,
        0x0000415039323454 => StrumCode::ThrottledByApi,
        0x0000525039323454 => StrumCode::ThrottledByPlugin,
        0x0000525339323454 => StrumCode::ThrottledByServer,
        0x0000524d39323454 => StrumCode::TooManyRequests,
        0x0000504933303441 => StrumCode::DeniedByIpControl,
        0x00004e4933303441 => StrumCode::InternetAccessDisabled,
        0x00004e5633303441 => StrumCode::VpcAccessDisabled,
        0x0000434133303441 => StrumCode::AccessControlForbidden,
        0x00004f4333303441 => StrumCode::CrossOriginForbidden,
        0x00004f4334303449 => StrumCode::CrossOriginApiNotFound,
        0x0000484334303449 => StrumCode::ContentNotCached,
        0x0000524e34303449 => StrumCode::ResourceNotFound,
        0x0000525334303449 => StrumCode::StageRouteMissing,
        0x00004f4d33303442 => StrumCode::MarketSubscriptionOverdue,
        0x0000514d33303442 => StrumCode::MarketSubscriptionQuotaExhausted,
        0x0000454d33303442 => StrumCode::MarketSubscriptionExpired,
        0x0000494d33303442 => StrumCode::MarketSubscriptionInvalid,
        0x0000455234303544 => StrumCode::BackendDomainResolveFailed,
        0x00004c4934303544 => StrumCode::BackendDomainIllegalAddress,
        0x00004f4334303544 => StrumCode::BackendConnectFailed,
        0x0000534334303544 => StrumCode::BackendSslConnectFailed,
        0x00004f5434303544 => StrumCode::BackendTimeout,
        0x0000455634303558 => StrumCode::BackendVpcMappingFailed,
        0x0000424233303544 => StrumCode::CircuitBreakerBusy,
        0x0000424333303544 => StrumCode::CircuitBreakerOpen,
        0x0000444c38303549 => StrumCode::LoopDetected,
        0x0000444434303449 => StrumCode::DeviceNotFound,
        0x0000434633303441 => StrumCode::FunctionComputeAssumeRoleFailed,
        0x0000434632303544 => StrumCode::FunctionComputeResponseInvalid,
        0x000045523230354e => StrumCode::SendResponseIoException,
        0x0000524530303558 => StrumCode::InternalError,
        0x00005a4233303558 => StrumCode::ServiceBusy,
        0x00004f5434303558 => StrumCode::ServiceTimeout,
        _ => return None,
    })
}

/// A `phf` map from code to variant.
pub static PHF_CODES: phf::Map<&'static str, StrumCode> = phf::phf_map! {
    "I400HD" => StrumCode::InvalidHeader,
    "I400MH" => StrumCode::MissingHeader,
    "I400BD" => StrumCode::InvalidBody,
    "I400PA" => StrumCode::InvalidRequestPath,
    "I405UM" => StrumCode::UnsupportedMethod,
    "I400RU" => StrumCode::InvalidRequestUri,
    "I403PT" => StrumCode::UnsupportedProtocol,
    "I413RL" => StrumCode::RequestBodyTooLarge,
    "I413UL" => StrumCode::RequestUrlTooLarge,
    "I400CT" => StrumCode::InvalidContentType,
    "I404DO" => StrumCode::InvalidDomain,
    "I410GG" => StrumCode::InvalidGroupInstance,
    "I400SG" => StrumCode::InvalidStage,
    "I404NF" => StrumCode::ApiNotFound,
    "X400PM" => StrumCode::InvalidPluginMeta,
    "X500ED" => StrumCode::ExpiredApiDefinition,
    "X500AM" => StrumCode::InvalidApiMeta,
    "X403DG" => StrumCode::BadDomainOrGroup,
    "B451DO" => StrumCode::DomainUnavailableForLegalReasons,
    "B451GO" => StrumCode::GroupUnavailableForLegalReasons,
    "B403OD" => StrumCode::ProviderAccountOverdue,
    "A401AC" => StrumCode::InvalidAppCode,
    "A400IK" => StrumCode::InvalidAppKey,
    "A403IS" => StrumCode::InvalidSignature,
    "A403EP" => StrumCode::AppAuthorizationExpired,
    "A403PR" => StrumCode::PluginAuthorizationNeeded,
    "A400MA" => StrumCode::AuthorizationRequired,
    "I400I5" => StrumCode::InvalidContentMd5,
    "I400NC" => StrumCode::NonceRequired,
    "S403NU" => StrumCode::NonceUsed,
    "S403TE" => StrumCode::TimestampExpired,
    "I400MP" => StrumCode::MissingParameter,
    "I400IP" => StrumCode::InvalidParameter,
    "I400JR" => StrumCode::JwtRequired,
    "S403JI" => StrumCode::JtiRequired,
    "A403SV" => StrumCode::JtiUsed,
    "I400JD" => StrumCode::JwtDeserializeFailed,
    "A403JT" => StrumCode::InvalidJwt,
    "A403JK" => StrumCode::NoMatchingJwk,
    "A403JE" => StrumCode::JwtExpired,
    "I400JP" => StrumCode::InvalidJwtPluginConfig,
    "A403OL" => StrumCode::OAuth2LoginFailed,
    "A403OU" => StrumCode::OAuth2GetUserInfoFailed,
    "A401OT" => StrumCode::InvalidOAuth2AccessToken,
    "A401OM" => StrumCode::OAuth2AccessTokenRequired,
    "T429ID" => StrumCode::ThrottledByInnerDomain,
    "T429IN" => StrumCode::ThrottledByInstance,
    "T429GR" => StrumCode::ThrottledByGroup,
    "T429PA" => StrumCode::ThrottledByApi,
    "T429PR" => StrumCode::ThrottledByPlugin,
    "T429SR" => StrumCode::ThrottledByServer,
    "T429MR" => StrumCode::TooManyRequests,
    "A403IP" => StrumCode::DeniedByIpControl,
    "A403IN" => StrumCode::InternetAccessDisabled,
    "A403VN" => StrumCode::VpcAccessDisabled,
    "A403AC" => StrumCode::AccessControlForbidden,
    "A403CO" => StrumCode::CrossOriginForbidden,
    "I404CO" => StrumCode::CrossOriginApiNotFound,
    "I404CH" => StrumCode::ContentNotCached,
    "I404NR" => StrumCode::ResourceNotFound,
    "I404SR" => StrumCode::StageRouteMissing,
    "B403MO" => StrumCode::MarketSubscriptionOverdue,
    "B403MQ" => StrumCode::MarketSubscriptionQuotaExhausted,
    "B403ME" => StrumCode::MarketSubscriptionExpired,
    "B403MI" => StrumCode::MarketSubscriptionInvalid,
    "D504RE" => StrumCode::BackendDomainResolveFailed,
    "D504IL" => StrumCode::BackendDomainIllegalAddress,
    "D504CO" => StrumCode::BackendConnectFailed,
    "D504CS" => StrumCode::BackendSslConnectFailed,
    "D504TO" => StrumCode::BackendTimeout,
    "X504VE" => StrumCode::BackendVpcMappingFailed,
    "D503BB" => StrumCode::CircuitBreakerBusy,
    "D503CB" => StrumCode::CircuitBreakerOpen,
    "I508LD" => StrumCode::LoopDetected,
    "I404DD" => StrumCode::DeviceNotFound,
    "A403FC" => StrumCode::FunctionComputeAssumeRoleFailed,
    "D502FC" => StrumCode::FunctionComputeResponseInvalid,
    "N502RE" => StrumCode::SendResponseIoException,
    "X500ER" => StrumCode::InternalError,
    "X503BZ" => StrumCode::ServiceBusy,
    "X504TO" => StrumCode::ServiceTimeout,
};

/// The same error as a [`HandVpc`].
pub fn hand_from(error: &gwerr_core::VpcError) -> HandVpc {
    use gwerr_core::VpcError as G;
    match error.clone() {
        G::InvalidHeader { header_name, reason } => HandVpc::InvalidHeader { header_name, reason },
        G::MissingHeader { header_name } => HandVpc::MissingHeader { header_name },
        G::InvalidBody { reason } => HandVpc::InvalidBody { reason },
        G::InvalidRequestPath { reason } => HandVpc::InvalidRequestPath { reason },
        G::UnsupportedMethod { reason } => HandVpc::UnsupportedMethod { reason },
        G::InvalidRequestUri { reason } => HandVpc::InvalidRequestUri { reason },
        G::UnsupportedProtocol { protocol } => HandVpc::UnsupportedProtocol { protocol },
        G::RequestBodyTooLarge => HandVpc::RequestBodyTooLarge,
        G::RequestUrlTooLarge => HandVpc::RequestUrlTooLarge,
        G::InvalidContentType { reason } => HandVpc::InvalidContentType { reason },
        G::InvalidDomain { domain_name } => HandVpc::InvalidDomain { domain_name },
        G::InvalidGroupInstance => HandVpc::InvalidGroupInstance,
        G::InvalidStage => HandVpc::InvalidStage,
        G::ApiNotFound { reason } => HandVpc::ApiNotFound { reason },
        G::InvalidPluginMeta { plugin_name, reason } => HandVpc::InvalidPluginMeta { plugin_name, reason },
        G::ExpiredApiDefinition => HandVpc::ExpiredApiDefinition,
        G::InvalidApiMeta => HandVpc::InvalidApiMeta,
        G::BadDomainOrGroup { reason } => HandVpc::BadDomainOrGroup { reason },
        G::DomainUnavailableForLegalReasons => HandVpc::DomainUnavailableForLegalReasons,
        G::GroupUnavailableForLegalReasons => HandVpc::GroupUnavailableForLegalReasons,
        G::ProviderAccountOverdue => HandVpc::ProviderAccountOverdue,
        G::InvalidAppCode { reason } => HandVpc::InvalidAppCode { reason },
        G::InvalidAppKey => HandVpc::InvalidAppKey,
        G::InvalidSignature { string_to_sign } => HandVpc::InvalidSignature { string_to_sign },
        G::AppAuthorizationExpired => HandVpc::AppAuthorizationExpired,
        G::PluginAuthorizationNeeded => HandVpc::PluginAuthorizationNeeded,
        G::AuthorizationRequired => HandVpc::AuthorizationRequired,
        G::InvalidContentMd5 { reason } => HandVpc::InvalidContentMd5 { reason },
        G::NonceRequired => HandVpc::NonceRequired,
        G::NonceUsed => HandVpc::NonceUsed,
        G::TimestampExpired => HandVpc::TimestampExpired,
        G::MissingParameter { parameter_name } => HandVpc::MissingParameter { parameter_name },
        G::InvalidParameter { parameter_name, reason } => HandVpc::InvalidParameter { parameter_name, reason },
        G::JwtRequired => HandVpc::JwtRequired,
        G::JtiRequired => HandVpc::JtiRequired,
        G::JtiUsed => HandVpc::JtiUsed,
        G::JwtDeserializeFailed { token } => HandVpc::JwtDeserializeFailed { token },
        G::InvalidJwt { reason } => HandVpc::InvalidJwt { reason },
        G::NoMatchingJwk { kid } => HandVpc::NoMatchingJwk { kid },
        G::JwtExpired { date } => HandVpc::JwtExpired { date },
        G::InvalidJwtPluginConfig { jwt } => HandVpc::InvalidJwtPluginConfig { jwt },
        G::OAuth2LoginFailed { reason } => HandVpc::OAuth2LoginFailed { reason },
        G::OAuth2GetUserInfoFailed { reason } => HandVpc::OAuth2GetUserInfoFailed { reason },
        G::InvalidOAuth2AccessToken => HandVpc::InvalidOAuth2AccessToken,
        G::OAuth2AccessTokenRequired => HandVpc::OAuth2AccessTokenRequired,
        G::ThrottledByInnerDomain { domain } => HandVpc::ThrottledByInnerDomain { domain },
        G::ThrottledByInstance => HandVpc::ThrottledByInstance,
        G::ThrottledByGroup => HandVpc::ThrottledByGroup,
        G::ThrottledByApi => HandVpc::ThrottledByApi,
        G::ThrottledByPlugin => HandVpc::ThrottledByPlugin,
        G::ThrottledByServer => HandVpc::ThrottledByServer,
        G::TooManyRequests { description } => HandVpc::TooManyRequests { description },
        G::DeniedByIpControl => HandVpc::DeniedByIpControl,
        G::InternetAccessDisabled { reason } => HandVpc::InternetAccessDisabled { reason },
        G::VpcAccessDisabled => HandVpc::VpcAccessDisabled,
        G::AccessControlForbidden { rule_name } => HandVpc::AccessControlForbidden { rule_name },
        G::CrossOriginForbidden { domain } => HandVpc::CrossOriginForbidden { domain },
        G::CrossOriginApiNotFound { method, path } => HandVpc::CrossOriginApiNotFound { method, path },
        G::ContentNotCached => HandVpc::ContentNotCached,
        G::ResourceNotFound { resource } => HandVpc::ResourceNotFound { resource },
        G::StageRouteMissing { reason } => HandVpc::StageRouteMissing { reason },
        G::MarketSubscriptionOverdue => HandVpc::MarketSubscriptionOverdue,
        G::MarketSubscriptionQuotaExhausted => HandVpc::MarketSubscriptionQuotaExhausted,
        G::MarketSubscriptionExpired => HandVpc::MarketSubscriptionExpired,
        G::MarketSubscriptionInvalid => HandVpc::MarketSubscriptionInvalid,
        G::BackendDomainResolveFailed { domain } => HandVpc::BackendDomainResolveFailed { domain },
        G::BackendDomainIllegalAddress { domain, address } => HandVpc::BackendDomainIllegalAddress { domain, address },
        G::BackendConnectFailed { reason } => HandVpc::BackendConnectFailed { reason },
        G::BackendSslConnectFailed { reason } => HandVpc::BackendSslConnectFailed { reason },
        G::BackendTimeout => HandVpc::BackendTimeout,
        G::BackendVpcMappingFailed => HandVpc::BackendVpcMappingFailed,
        G::CircuitBreakerBusy => HandVpc::CircuitBreakerBusy,
        G::CircuitBreakerOpen { reason } => HandVpc::CircuitBreakerOpen { reason },
        G::LoopDetected => HandVpc::LoopDetected,
        G::DeviceNotFound { device_id } => HandVpc::DeviceNotFound { device_id },
        G::FunctionComputeAssumeRoleFailed { request_id, reason } => HandVpc::FunctionComputeAssumeRoleFailed { request_id, reason },
        G::FunctionComputeResponseInvalid { reason } => HandVpc::FunctionComputeResponseInvalid { reason },
        G::SendResponseIoException { reason } => HandVpc::SendResponseIoException { reason },
        G::InternalError => HandVpc::InternalError,
        G::ServiceBusy => HandVpc::ServiceBusy,
        G::ServiceTimeout => HandVpc::ServiceTimeout,
    }
}

/// The same error as a [`ThisVpc`].
pub fn this_from(error: &gwerr_core::VpcError) -> ThisVpc {
    use gwerr_core::VpcError as G;
    match error.clone() {
        G::InvalidHeader { header_name, reason } => ThisVpc::InvalidHeader { header_name, reason },
        G::MissingHeader { header_name } => ThisVpc::MissingHeader { header_name },
        G::InvalidBody { reason } => ThisVpc::InvalidBody { reason },
        G::InvalidRequestPath { reason } => ThisVpc::InvalidRequestPath { reason },
        G::UnsupportedMethod { reason } => ThisVpc::UnsupportedMethod { reason },
        G::InvalidRequestUri { reason } => ThisVpc::InvalidRequestUri { reason },
        G::UnsupportedProtocol { protocol } => ThisVpc::UnsupportedProtocol { protocol },
        G::RequestBodyTooLarge => ThisVpc::RequestBodyTooLarge,
        G::RequestUrlTooLarge => ThisVpc::RequestUrlTooLarge,
        G::InvalidContentType { reason } => ThisVpc::InvalidContentType { reason },
        G::InvalidDomain { domain_name } => ThisVpc::InvalidDomain { domain_name },
        G::InvalidGroupInstance => ThisVpc::InvalidGroupInstance,
        G::InvalidStage => ThisVpc::InvalidStage,
        G::ApiNotFound { reason } => ThisVpc::ApiNotFound { reason },
        G::InvalidPluginMeta { plugin_name, reason } => ThisVpc::InvalidPluginMeta { plugin_name, reason },
        G::ExpiredApiDefinition => ThisVpc::ExpiredApiDefinition,
        G::InvalidApiMeta => ThisVpc::InvalidApiMeta,
        G::BadDomainOrGroup { reason } => ThisVpc::BadDomainOrGroup { reason },
        G::DomainUnavailableForLegalReasons => ThisVpc::DomainUnavailableForLegalReasons,
        G::GroupUnavailableForLegalReasons => ThisVpc::GroupUnavailableForLegalReasons,
        G::ProviderAccountOverdue => ThisVpc::ProviderAccountOverdue,
        G::InvalidAppCode { reason } => ThisVpc::InvalidAppCode { reason },
        G::InvalidAppKey => ThisVpc::InvalidAppKey,
        G::InvalidSignature { string_to_sign } => ThisVpc::InvalidSignature { string_to_sign },
        G::AppAuthorizationExpired => ThisVpc::AppAuthorizationExpired,
        G::PluginAuthorizationNeeded => ThisVpc::PluginAuthorizationNeeded,
        G::AuthorizationRequired => ThisVpc::AuthorizationRequired,
        G::InvalidContentMd5 { reason } => ThisVpc::InvalidContentMd5 { reason },
        G::NonceRequired => ThisVpc::NonceRequired,
        G::NonceUsed => ThisVpc::NonceUsed,
        G::TimestampExpired => ThisVpc::TimestampExpired,
        G::MissingParameter { parameter_name } => ThisVpc::MissingParameter { parameter_name },
        G::InvalidParameter { parameter_name, reason } => ThisVpc::InvalidParameter { parameter_name, reason },
        G::JwtRequired => ThisVpc::JwtRequired,
        G::JtiRequired => ThisVpc::JtiRequired,
        G::JtiUsed => ThisVpc::JtiUsed,
        G::JwtDeserializeFailed { token } => ThisVpc::JwtDeserializeFailed { token },
        G::InvalidJwt { reason } => ThisVpc::InvalidJwt { reason },
        G::NoMatchingJwk { kid } => ThisVpc::NoMatchingJwk { kid },
        G::JwtExpired { date } => ThisVpc::JwtExpired { date },
        G::InvalidJwtPluginConfig { jwt } => ThisVpc::InvalidJwtPluginConfig { jwt },
        G::OAuth2LoginFailed { reason } => ThisVpc::OAuth2LoginFailed { reason },
        G::OAuth2GetUserInfoFailed { reason } => ThisVpc::OAuth2GetUserInfoFailed { reason },
        G::InvalidOAuth2AccessToken => ThisVpc::InvalidOAuth2AccessToken,
        G::OAuth2AccessTokenRequired => ThisVpc::OAuth2AccessTokenRequired,
        G::ThrottledByInnerDomain { domain } => ThisVpc::ThrottledByInnerDomain { domain },
        G::ThrottledByInstance => ThisVpc::ThrottledByInstance,
        G::ThrottledByGroup => ThisVpc::ThrottledByGroup,
        G::ThrottledByApi => ThisVpc::ThrottledByApi,
        G::ThrottledByPlugin => ThisVpc::ThrottledByPlugin,
        G::ThrottledByServer => ThisVpc::ThrottledByServer,
        G::TooManyRequests { description } => ThisVpc::TooManyRequests { description },
        G::DeniedByIpControl => ThisVpc::DeniedByIpControl,
        G::InternetAccessDisabled { reason } => ThisVpc::InternetAccessDisabled { reason },
        G::VpcAccessDisabled => ThisVpc::VpcAccessDisabled,
        G::AccessControlForbidden { rule_name } => ThisVpc::AccessControlForbidden { rule_name },
        G::CrossOriginForbidden { domain } => ThisVpc::CrossOriginForbidden { domain },
        G::CrossOriginApiNotFound { method, path } => ThisVpc::CrossOriginApiNotFound { method, path },
        G::ContentNotCached => ThisVpc::ContentNotCached,
        G::ResourceNotFound { resource } => ThisVpc::ResourceNotFound { resource },
        G::StageRouteMissing { reason } => ThisVpc::StageRouteMissing { reason },
        G::MarketSubscriptionOverdue => ThisVpc::MarketSubscriptionOverdue,
        G::MarketSubscriptionQuotaExhausted => ThisVpc::MarketSubscriptionQuotaExhausted,
        G::MarketSubscriptionExpired => ThisVpc::MarketSubscriptionExpired,
        G::MarketSubscriptionInvalid => ThisVpc::MarketSubscriptionInvalid,
        G::BackendDomainResolveFailed { domain } => ThisVpc::BackendDomainResolveFailed { domain },
        G::BackendDomainIllegalAddress { domain, address } => ThisVpc::BackendDomainIllegalAddress { domain, address },
        G::BackendConnectFailed { reason } => ThisVpc::BackendConnectFailed { reason },
        G::BackendSslConnectFailed { reason } => ThisVpc::BackendSslConnectFailed { reason },
        G::BackendTimeout => ThisVpc::BackendTimeout,
        G::BackendVpcMappingFailed => ThisVpc::BackendVpcMappingFailed,
        G::CircuitBreakerBusy => ThisVpc::CircuitBreakerBusy,
        G::CircuitBreakerOpen { reason } => ThisVpc::CircuitBreakerOpen { reason },
        G::LoopDetected => ThisVpc::LoopDetected,
        G::DeviceNotFound { device_id } => ThisVpc::DeviceNotFound { device_id },
        G::FunctionComputeAssumeRoleFailed { request_id, reason } => ThisVpc::FunctionComputeAssumeRoleFailed { request_id, reason },
        G::FunctionComputeResponseInvalid { reason } => ThisVpc::FunctionComputeResponseInvalid { reason },
        G::SendResponseIoException { reason } => ThisVpc::SendResponseIoException { reason },
        G::InternalError => ThisVpc::InternalError,
        G::ServiceBusy => ThisVpc::ServiceBusy,
        G::ServiceTimeout => ThisVpc::ServiceTimeout,
    }
}
