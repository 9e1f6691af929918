//! Section 1 of the docs: the gateways of the VPC type.

crate::__own_error_table! {
    /// An error returned by an API Gateway instance of the VPC type (shared
    /// and dedicated instances).
    ///
    /// The gateway sends the code in the `X-Ca-Error-Code` header and the
    /// message in `X-Ca-Error-Message`. When `X-Ca-Error-Code` is empty, the
    /// status came from the backend service and is not one of these errors.
    /// Every code is six characters, and its characters 1 to 3 spell its
    /// HTTP status (`I400HD` is 400), which the table checks.
    ///
    /// The docs warn that codes may change when the service is updated.
    ///
    /// Every row declares its retry advice with `#[retry(kind)]`, reviewed
    /// against the docs' description and solution; a comment above a row
    /// quotes the text that decided it.
    ///
    /// # Example
    /// ```
    /// use gwerr_core::{Retry, VpcError, VpcErrorCode};
    ///
    /// let error = VpcError::MissingHeader { header_name: "X-Ca-Key".into() };
    /// assert_eq!(error.to_string(), "Header `X-Ca-Key` is Required");
    /// assert_eq!(error.code(), VpcErrorCode::MissingHeader);
    /// assert_eq!(error.status().as_u16(), 400);
    /// assert_eq!(error.retry(), Retry::Never);
    /// ```
    #[non_exhaustive]
    pub enum VpcError {
        /// The code of a [`VpcError`]: one variant per row of the table,
        /// without the fields.
        ///
        /// # Example
        /// ```
        /// use gwerr_core::VpcErrorCode;
        ///
        /// let code: VpcErrorCode = "I400MH".parse()?;
        /// assert_eq!(code, VpcErrorCode::MissingHeader);
        /// assert_eq!(code.status().as_u16(), 400);
        /// assert_eq!(code.message_template(), "Header `${HeaderName}` is Required");
        /// # Ok::<(), gwerr_core::UnknownCode>(())
        /// ```
        #[non_exhaustive]
        code = VpcErrorCode;
        status_in_code = 1..4;
        placeholders = "${Name}";
        type Method = ::http::Method;

        table "1. Error codes for API Gateway instances of the VPC type" (4XX | 5XX) {
        | Error code | HTTP status code | Message | Description |
        #[retry(never)]
        | I400HD as InvalidHeader | 400 | "Invalid Header `${HeaderName}` ${Reason}" | "The error message returned because an HTTP request header is invalid." |
        #[retry(never)]
        | I400MH as MissingHeader | 400 | "Header `${HeaderName}` is Required" | "The error message returned because an HTTP request header is missing." |
        #[retry(never)]
        | I400BD as InvalidBody | 400 | "Invalid Body: ${Reason}" | "The error message returned because the HTTP request body is invalid." |
        #[retry(never)]
        | I400PA as InvalidRequestPath | 400 | "Invalid Request Path `${Reason}`" | "The error message returned because the HTTP request path is invalid." |
        #[retry(never)]
        | I405UM as UnsupportedMethod | 405 | "Unsupported Method `${Reason}`" | "The error message returned because the HTTP request method is not supported." |
        #[retry(never)]
        | I400RU as InvalidRequestUri | 400 | "Invalid Request Uri `${Reason}`" | "The error message returned because the HTTP request URL is invalid." |
        #[retry(never)]
        | I403PT as UnsupportedProtocol | 403 | "Invalid protocol ${Protocol} unsupported" | "The error message returned because the protocol is not supported based on the API configurations. Check the API configurations." |
        #[retry(never)]
        | I413RL as RequestBodyTooLarge | 413 | "Request body too Large" | "The error message returned because the request body is too large." |
        #[retry(never)]
        | I413UL as RequestUrlTooLarge | 413 | "Request URL too Large" | "The error message returned because the request URL is too long." |
        #[retry(never)]
        | I400CT as InvalidContentType | 400 | "Invalid Content-Type: `${Reason}`" | "The error message returned because the Content-Type value is invalid." |
        #[retry(never)]
        | I404DO as InvalidDomain | 404 | "Invalid Domain `${DomainName}`" | "The error message returned because the domain name in the request is unknown." |
        #[retry(never)]
        | I410GG as InvalidGroupInstance | 410 | "Group's instance invalid" | "The error message returned because an invalid instance is requested. The group may not belong to the specified instance." |
        #[retry(never)]
        // review: the placeholders changed: the variant's fields change
        | I400SG as InvalidStage | 400 | "Invalid Stage `${StageName}`" | "The error message returned because an unknown environment is requested." |
        #[retry(never)]
        | I404NF as ApiNotFound | 404 | "API not found ${Reason}" | "The error message returned because the API is not found based on the Path and Method values of the request." |
        #[retry(never)]
        | X400PM as InvalidPluginMeta | 400 | "Invalid plugin meta ${PluginName} ${Reason}" | "The error message returned because the metadata of the plug-in is invalid. Submit a ticket to contact Alibaba Cloud technical support." |
        #[retry(never)]
        | X500ED as ExpiredApiDefinition | 500 | "Expired api definition" | "The error message returned because the specified API metadata definition is invalid. Submit a ticket to contact Alibaba Cloud technical support." |
        // "try deploy again": the API must be deployed again; the same request fails until then.
        #[retry(never)]
        | X500AM as InvalidApiMeta | 500 | "Invalid Api Meta, try deploy again or contact us via ticket" | "The error message returned because the specified API metadata definition is invalid. Submit a ticket to contact Alibaba Cloud technical support." |
        #[retry(never)]
        | X403DG as BadDomainOrGroup | 403 | "Bad Domain or Group: ${Reason}" | "The error message returned because the group data is invalid. Submit a ticket to contact Alibaba Cloud technical support." |
        #[retry(never)]
        | B451DO as DomainUnavailableForLegalReasons | 451 | "Unavailable Domain for Legal Reasons" | "The error message returned because the domain name does not comply with the requirements of relevant laws or regulations." |
        #[retry(never)]
        | B451GO as GroupUnavailableForLegalReasons | 451 | "Unavailable Group for Legal Reasons" | "The error message returned because the group does not comply with the requirements of relevant laws or regulations." |
        #[retry(never)]
        | B403OD as ProviderAccountOverdue | 403 | "Provider Account Overdue" | "The error message returned because the API provider has overdue payments." |
        #[retry(never)]
        | A401AC as InvalidAppCode | 401 | "Invalid AppCode ${Reason}" | "The error message returned because the AppCode is not found when you perform an authorization in AppCode mode." |
        #[retry(never)]
        | A400IK as InvalidAppKey | 400 | "Invalid or unknown AppKey" | "The error message returned because the AppKey is not found when you perform an authorization by using a key-secret pair." |
        #[retry(never)]
        | A403IS as InvalidSignature | 403 | "Invalid Signature, Server StringToSign:`${StringToSign}`" | "The error message returned because the signature is invalid. For more information, see the Request signature topic." |
        #[retry(never)]
        | A403EP as AppAuthorizationExpired | 403 | "App authorization expired" | "The error message returned because the authorization expired." |
        #[retry(never)]
        | A403PR as PluginAuthorizationNeeded | 403 | "Plugin Authorization Needed" | "The error message returned because plug-in authorization is required." |
        #[retry(never)]
        | A400MA as AuthorizationRequired | 400 | "Need authorization, `X-Ca-Key` or `Authorization: APPCODE ...` is required" | "The error message returned because authorization in AppCode mode or by using a key-secret pair is required." |
        #[retry(never)]
        | I400I5 as InvalidContentMd5 | 400 | "Invalid Content-MD5 ${Reason}" | "The error message returned because the Content-MD5 value is invalid." |
        #[retry(never)]
        | I400NC as NonceRequired | 400 | "X-Ca-Nonce is required" | "The error message returned because the X-Ca-Nonce header is not provided after you select Force Nonce Check (Anti Replay by X-Ca-Nonce)." |
        #[retry(never)]
        | S403NU as NonceUsed | 403 | "Nonce Used" | "The error message returned because a replay attack is detected. The X-Ca-Nonce header in the request has been used." |
        #[retry(never)]
        | S403TE as TimestampExpired | 403 | "X-Ca-Timestamp is expired" | "The error message returned because the timestamp specified by the X-Ca-Timestamp header expired." |
        #[retry(never)]
        | I400MP as MissingParameter | 400 | "Parameter `${ParameterName}` is required" | "The error message returned because a required parameter is not provided based on the API configurations." |
        #[retry(never)]
        | I400IP as InvalidParameter | 400 | "Invalid parameter `${ParameterName}` ${Reason}" | "The error message returned because the value of a parameter is invalid based on the API configurations." |
        #[retry(never)]
        | I400JR as JwtRequired | 400 | "JWT required" | "The error message returned because JSON Web Token (JWT)-related parameters are not found." |
        #[retry(never)]
        | S403JI as JtiRequired | 403 | "Claim `jti` is required when `preventJtiReplay:true`" | "The error message returned because no valid jti claim is included in the request when the preventJtiReplay parameter is set to true in a JWT authentication plug-in." |
        #[retry(never)]
        | A403SV as JtiUsed | 403 | "Claim `jti` in JWT is used" | "The error message returned because the jti claim that is included in the request has been used when the preventJtiReplay parameter is set to true in a JWT authentication plug-in." |
        #[retry(never)]
        | I400JD as JwtDeserializeFailed | 400 | "JWT Deserialize Failed: `${Token}`" | "The error message returned because the JWT in the request cannot be parsed." |
        #[retry(never)]
        | A403JT as InvalidJwt | 403 | "Invalid JWT: ${Reason}" | "The error message returned because the JWT in the request is invalid." |
        #[retry(never)]
        | A403JK as NoMatchingJwk | 403 | "No matching JWK, `${kid}` not found" | "The error message returned because no JWK matches the kid configured in the JWT in the request." |
        #[retry(never)]
        | A403JE as JwtExpired | 403 | "JWT is expired at `${Date}`" | "The error message returned because the JWT in the request expired." |
        #[retry(never)]
        | I400JP as InvalidJwtPluginConfig | 400 | "Invalid JWT plugin config: ${JWT}" | "The error message returned because the JWT authentication plug-in is incorrectly configured." |
        #[retry(never)]
        | A403OL as OAuth2LoginFailed | 403 | "OAuth2 Login failed: ${Reason}" | "" |
        #[retry(never)]
        | A403OU as OAuth2GetUserInfoFailed | 403 | "OAuth2 Get User Info failed: ${Reason}" | "" |
        #[retry(never)]
        | A401OT as InvalidOAuth2AccessToken | 401 | "Invalid OAuth2 Access Token" | "" |
        #[retry(never)]
        | A401OM as OAuth2AccessTokenRequired | 401 | "OAuth2 Access Token is required" | "" |
        // "only 1000 requests per day": a daily quota, spent until the day ends.
        #[retry(never)]
        | T429ID as ThrottledByInnerDomain | 429 | "Throttled by INNER DOMAIN Flow Control, ${Domain} is a test domain, only 1000 requests per day" | "The error message returned because a system-assigned second-level domain name is used to make API calls. You can make 100 API calls per day in regions outside the Chinese mainland and 1,000 API calls per day in regions in the Chinese mainland by using the system-assigned second-level domain name. You can bind an independent domain name to make an unlimited number of API calls." |
        #[retry(throttled)]
        | T429IN as ThrottledByInstance | 429 | "Throttled by INSTANCE Flow Control" | "The error message returned because throttling is triggered for the current instance." |
        #[retry(throttled)]
        | T429GR as ThrottledByGroup | 429 | "Throttled by GROUP Flow Control" | "The error message returned because throttling is triggered for the current group." |
        #[retry(throttled)]
        | T429PA as ThrottledByApi | 429 | "Throttled by API Flow Control" | "The error message returned because the default API-level throttling policy defined in the throttling plug-in is triggered." |
        #[retry(throttled)]
        | T429PR as ThrottledByPlugin | 429 | "Throttled by PLUGIN Flow Control" | "The error message returned because the special throttling policy defined in the throttling plug-in is triggered." |
        #[retry(throttled)]
        | T429SR as ThrottledByServer | 429 | "Throttled by SERVER Flow Control" | "" |
        #[retry(throttled)]
        | T429MR as TooManyRequests | 429 | "Too Many Requests, throttle by `${Description}`" | "" |
        #[retry(never)]
        | A403IP as DeniedByIpControl | 403 | "Access denied by IP Control Policy" | "The error message returned because access is denied by the IP address-based access control plug-in." |
        #[retry(never)]
        | A403IN as InternetAccessDisabled | 403 | "Access from internet is disabled ${Reason}" | "The error message returned because you are not allowed to call APIs or access API groups over the Internet." |
        #[retry(never)]
        | A403VN as VpcAccessDisabled | 403 | "Access from invalid VPC is disabled" | "The error message returned because access over the specified VPC is denied." |
        #[retry(never)]
        | A403AC as AccessControlForbidden | 403 | "Access Control Forbidden by ${RuleName}" | "The error message returned because access is denied by the access control plug-in." |
        #[retry(never)]
        | A403CO as CrossOriginForbidden | 403 | "Cross origin resource forbidden ${Domain}" | "The error message returned because access is denied by the cross-origin resource sharing (CORS) plug-in." |
        #[retry(never)]
        | I404CO as CrossOriginApiNotFound | 404 | "Cross origin resource not found ${Method} - ${Path}" | "The error message returned because the API definition is not found based on the Path and Method values of the request that is pre-checked by the CORS plug-in." |
        #[retry(never)]
        | I404CH as ContentNotCached | 404 | "Content not cached, with `Cache-Control:only-if-cached`" | "" |
        #[retry(never)]
        | I404NR as ResourceNotFound | 404 | "${Resource} not found" | "" |
        #[retry(never)]
        | I404SR as StageRouteMissing | 404 | "Stage route missing: ${Reason}" | "" |
        #[retry(never)]
        | B403MO as MarketSubscriptionOverdue | 403 | "Api Market Subscription overdue" | "The error message returned because the API provider has overdue payments." |
        #[retry(never)]
        | B403MQ as MarketSubscriptionQuotaExhausted | 403 | "Api Market Subscription quota exhausted" | "The error message returned because the API quota you purchased in Alibaba Cloud Marketplace has been exhausted." |
        #[retry(never)]
        | B403ME as MarketSubscriptionExpired | 403 | "Api Market Subscription expired" | "The error message returned because the subscribed API service expired." |
        #[retry(never)]
        | B403MI as MarketSubscriptionInvalid | 403 | "Api Market Subscription invalid" | "The error message returned because the subscribed API service is invalid." |
        // "the domain name cannot be resolved at the backend": a configuration fault.
        #[retry(never)]
        | D504RE as BackendDomainResolveFailed | 504 | "Backend domain `${Domain}` resolve failed" | "The error message returned because the domain name cannot be resolved at the backend." |
        // "the domain name resolution results are invalid": a configuration fault.
        #[retry(never)]
        | D504IL as BackendDomainIllegalAddress | 504 | "Backend domain `${Domain}` resolve to illegal address `${Address}`" | "The error message returned because the domain name resolution results are invalid at the backend." |
        // "the backend connection failed": a backend that is restarting refuses for a while (the docs also point at its configuration).
        #[retry(transient)]
        | D504CO as BackendConnectFailed | 504 | "Backend service connect failed `${Reason}`" | "The error message returned because the backend connection failed. Check the security group configurations, the status of the backend server, and the firewall configurations." |
        // "Check whether the backend protocol matches the port": a configuration fault.
        #[retry(never)]
        | D504CS as BackendSslConnectFailed | 504 | "Backend http ssl connect failed `${Reason}`" | "The error message returned because the backend connection over HTTPS failed. Check whether the backend protocol matches the port." |
        // "the backend request timed out".
        #[retry(transient)]
        | D504TO as BackendTimeout | 504 | "Backend service request timeout" | "The error message returned because the backend request timed out." |
        // "the VPC mapping at the backend is invalid. Submit a ticket": a configuration fault.
        #[retry(never)]
        | X504VE as BackendVpcMappingFailed | 504 | "Backend service vpc mapped failed" | "The error message returned because the VPC mapping at the backend is invalid. Submit a ticket to contact Alibaba Cloud technical support." |
        // "protected by its circuit breaker": back off, then retry.
        #[retry(throttled)]
        | D503BB as CircuitBreakerBusy | 503 | "Backend circuit breaker busy" | "The error message returned because the API is protected by its circuit breaker." |
        // "the circuit breaker is open": retry once it has had time to close.
        #[retry(throttled)]
        | D503CB as CircuitBreakerOpen | 503 | "Backend circuit breaker open, ${Reason}" | "The error message returned because the circuit breaker is open for the API. Check the backend performance of the API." |
        #[retry(never)]
        #[deprecated]
        | I508LD as LoopDetected | 508 | "Loop Detected" | "The error message returned because a loopback call is detected." |
        #[retry(never)]
        | I404DD as DeviceNotFound | 404 | "Device id ${DeviceId} not found" | "The error message returned because the device ID is not found when you call APIs over WebSocket." |
        #[retry(never)]
        | A403FC as FunctionComputeAssumeRoleFailed | 403 | "Function Compute AssumeRole failed ${RequestId}:${Reason}" | "The error message returned because an authorization error has occurred when Function Compute serves as the backend service." |
        // "the response from the backend Function Compute service is invalid": the backend's fault.
        #[retry(never)]
        | D502FC as FunctionComputeResponseInvalid | 502 | "Function Compute response invalid: ${Reason}" | "The error message returned because the response from the backend Function Compute service is invalid." |
        // "often because the client closes the connection in advance or a network error has occurred".
        #[retry(transient)]
        | N502RE as SendResponseIoException | 502 | "Send Response IO Exception: ${Reason}" | "The error message returned because an error has occurred when the server sends a response to the client. This error message is returned often because the client closes the connection in advance or a network error has occurred." |
        // "Submit a ticket": the docs advise support, not a retry.
        #[retry(never)]
        | X500ER as InternalError | 500 | "Service Internal Error" | "The error message returned because an internal server error has occurred. Submit a ticket to contact Alibaba Cloud technical support." |
        // "busy. Try again later".
        #[retry(transient)]
        | X503BZ as ServiceBusy | 503 | "Service Busy" | "The error message returned because the API Gateway service is busy. Try again later or submit a ticket to contact Alibaba Cloud technical support." |
        | X504GT | 504 | "Upstream gave no answer" | "The error message returned because the backend did not answer before the gateway stopped waiting." |
        // "the API Gateway service timed out".
        #[retry(transient)]
        | X504TO as ServiceTimeout | 504 | "Service timeout" | "The error message returned because the API Gateway service timed out." |
        }
    }
}
