//! Section 2 of the docs: the gateways of the classic network type.

crate::__own_error_table! {
    /// An error returned by an API Gateway instance of the classic network
    /// type.
    ///
    /// The docs' section 2 in one family: its two tables (servers, 5XX;
    /// clients, 4XX) share one kind of code, a phrase that is also the
    /// message the client sees (`Throttled by APP Flow Control`), so one
    /// enum reads them all. Two phrases carry a value after a `%s`.
    ///
    /// Every row declares its retry advice with `#[retry(kind)]`, reviewed
    /// against the docs' description and solution; a comment above a row
    /// quotes the text that decided it.
    #[non_exhaustive]
    pub enum ClassicError {
        /// The code of a [`ClassicError`]: one variant per row of section 2,
        /// without the fields.
        #[non_exhaustive]
        code = ClassicErrorCode;
        placeholders = "%s";

        /// The reported HTTP status code is 5XX, which indicates that services are unavailable. In this case, we recommend that you try again later or contact the API provider.
        table "2.1. Error codes for servers" (5XX) {
        | Error code | HTTP status code | Description | Solution |
        // "Try again later."
        #[retry(transient)]
        | "Internal Error" | 500 | "The error code returned because an internal error has occurred." | "Try again later." |
        // "Try again later."
        #[retry(transient)]
        | "Failed To Invoke Backend Service" | 500 | "The error code returned because the backend service failed." | "Try again later. If the issue persists, contact the API provider." |
        // "Try again later."
        #[retry(transient)]
        | "Service Unavailable" | 503 | "The error code returned because the service is unavailable." | "Try again later." |
        // "Try again later."
        #[retry(transient)]
        | "Async Service" | 504 | "The error code returned because the backend service timed out." | "Try again later." |
        }

        /// The reported HTTP status code is 4XX, which indicates a business error. The business error can be an invalid parameter, an invalid signature, an incorrect request method, or an error due to throttling. Carefully view error information before you troubleshoot issues.
        table "2.2. Error codes for clients" (4XX) {
        | Error code | HTTP status code | Description | Solution |
        // "throttling for the user is triggered".
        #[retry(throttled)]
        | "Throttled by USER Flow Control" | 403 | "The error code returned because throttling for the user is triggered." | "Contact the API provider to modify the value of the userDefault parameter." |
        // "throttling for the user is triggered".
        #[retry(throttled)]
        | "Api Prov" | 403 | "The error code returned because throttling for the user is triggered." | "Contact the API provider to modify the value of the userDefault parameter." |
        // "throttling for the app is triggered".
        #[retry(throttled)]
        | "Throttled by APP Flow Control" | 403 | "The error code returned because throttling for the app is triggered." | "Contact the API provider to modify the value of the appDefault parameter." |
        // "throttling for the API is triggered".
        #[retry(throttled)]
        | "Throttled by API Flow Control" | 403 | "The error code returned because throttling for the API is triggered." | "Contact the API provider to modify the value of the apiDefault parameter." |
        // a per-second limit (500 QPS on a group) or a daily one: back off; the per-second case passes.
        #[retry(throttled)]
        | "Throttled by DOMAIN Flow Control" | 403 | "The error code returned because the number of requests to the specific second-level domain name per day exceeds the upper limit or the number of requests to the specific group per second exceeds the upper limit." | "You can use a system-assigned second-level domain name to make a maximum of 100 API calls per day in regions outside the Chinese mainland and a maximum of 1,000 API calls per day in regions in the Chinese mainland. The maximum queries per second (QPS) on a group is 500." |
        // "the purchased quota has been exhausted".
        #[retry(never)]
        | "Quota Exhausted" | 403 | "The error code returned because the purchased quota has been exhausted." | "Purchase a higher quota." |
        #[retry(never)]
        | "Expiry of Authorization" | 403 | "The error code returned because the authorization expired." | "Grant the permissions again and specify the validity period based on your business requirements." |
        #[retry(never)]
        | "Quota Expired" | 403 | "The error code returned because the purchased quota expired." | "Purchase the service again." |
        #[retry(never)]
        | "User Arrears" | 403 | "The error code returned because your account has overdue payments." | "Top up your account." |
        #[retry(never)]
        | "Empty Request Body" | 400 | "The error code returned because the HTTP request body is empty." | "Check the body of the request." |
        #[retry(never)]
        | "Invalid Request Body" | 400 | "The error code returned because the HTTP request body is invalid." | "Check the body of the request." |
        #[retry(never)]
        | "Invalid Param Location" | 400 | "The error code returned because the location of a request parameter is invalid." | "Check the location of the request parameter." |
        #[retry(never)]
        | "Unsupported Multipart" | 400 | "The error code returned because file upload is not supported." | "The API does not support file upload." |
        #[retry(never)]
        | "Invalid Url" | 400 | "The error code returned because the request URL is invalid." | "Check the Path, Method, and environment settings of the request." |
        #[retry(never)]
        | "Invalid Domain" | 400 | "The error code returned because the domain name is valid." | "The API cannot be found based on the domain name. Contact the API provider." |
        #[retry(never)]
        | "Invalid HttpMethod" | 400 | "The error code returned because the HTTP method is valid." | "Specify a valid HTTP method." |
        #[retry(never)]
        | "Invalid AppKey" | 400 | "The error code returned because the AppKey is invalid or does not exist." | "Check the AppKey. Make sure that no extra spaces exist on the left or right side of the AppKey." |
        #[retry(never)]
        | "Invalid AppSecret" | 400 | "The error code returned because the AppSecret is invalid." | "Check the AppSecret. Make sure that no extra spaces exist on the left or right side of the AppKey." |
        #[retry(never)]
        | "Timestamp Expired" | 400 | "The error code returned because the timestamp has expired." | "Check whether the timestamp in the request is in the correct time zone." |
        #[retry(never)]
        | "Invalid Timestamp" | 400 | "The error code returned because the timestamp is invalid." | "Specify a valid timestamp. For more information, see the Request signature topic." |
        #[retry(never)]
        | "Empty Signature" | 401 | "The error code returned because the signature is empty." | "Add the calculated signature string to the request. For more information, see the Request signature topic." |
        #[retry(never)]
        | "Invalid Signature, Server StringToSign:%s" % StringToSign as InvalidSignature | 400 | "The error code returned because the signature is invalid." | "Check the signature." |
        #[retry(never)]
        | "Invalid Content-MD5" | 400 | "The error code returned because the Content-MD5 value is invalid." | "Check whether an MD5 value is specified for an empty request body or whether the MD5 value is correct if the request body is not empty." |
        #[retry(never)]
        | Unauthorized | 403 | "The error code returned because the app is not authorized to call the API." | "Make sure that the app is authorized to call the API." |
        #[retry(never)]
        | "Nonce Used" | 400 | "The error code returned because the value of the SignatureNonce parameter has been used." | "Make sure that the value of the SignatureNonce parameter is not reused." |
        #[retry(never)]
        | "API Not Found" | 400 | "The error code returned because the specified API cannot be found." | "Check the values of parameters such as GroupId and Stage. Make sure that the API is not unpublished." |
        #[retry(never)]
        | "OpenID Connect Verify Fail: 243, Not found by keyId:%s" % KeyId as OpenIdConnectVerifyFailed | 401 | "The error code returned because the OpenID Connect authentication failed." | "1. Check whether the token that you use is generated by using the sample code in the on-premises demo. The token must be generated by calling the authorization API operation in the deployment environment. 2. Make sure that the authentication type is set to OpenID Connect for both the authorization API operation and business API operation. 3.Make sure that the key ID and public key that you specify to call the authorization API operation are the same as those used by the backend service." |
        }
    }
}
