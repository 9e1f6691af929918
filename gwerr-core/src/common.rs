//! Section 3.3 of the docs: the errors common to Alibaba Cloud APIs.

crate::__own_error_table! {
    /// An error common to the APIs of Alibaba Cloud services, as returned
    /// by the API Gateway management API.
    ///
    /// The docs' section 3.3 on its own: its brace templates
    /// (`Missing{ParameterName}`) overlap the printf templates of
    /// [`ManagementError`](crate::ManagementError) (`Missing%s`), so a code
    /// such as `MissingAppId` belongs to either family, and the response's
    /// context says which.
    ///
    /// Every row declares its retry advice with `#[retry(kind)]`, reviewed
    /// against the docs' description and solution; a comment above a row
    /// quotes the text that decided it.
    #[non_exhaustive]
    pub enum CommonError {
        /// The code of a [`CommonError`]: one variant per row of section
        /// 3.3, without the fields.
        #[non_exhaustive]
        code = CommonErrorCode;
        placeholders = "{Name}";

        /// The reported HTTP status code is 4XX, which indicates a business error and may be reported when you call APIs of Alibaba Cloud services. The business error can be an invalid request format, an incorrect request method, missing required parameters, an invalid parameter value format, an invalid signature, or an error due to throttling. Carefully view error information before you troubleshoot issues.
        table "3.3. Common error codes for clients" (4XX) {
        | Scenario | Error code | Error message | Status code | Suggestion |
        #[retry(never)]
        | "The specified API cannot be found." | "InvalidApi.NotFound" | "Specified api is not found, please check your url and method." | 404 | "Check whether the specified API operation name is valid. The name is case-sensitive." |
        #[retry(never)]
        | "A required parameter is not specified." | "Missing{ParameterName}" | "{ParameterName} is mandatory for this action." | 400 | "Specify the required parameter." |
        #[retry(never)]
        | "The AccessKey ID cannot be found." | "InvalidAccessKeyId.NotFound" | "Specified access key is not found." | 404 | "Check whether a valid AccessKey ID is used when you call the API." |
        #[retry(never)]
        | "The AccessKey ID is disabled." | "InvalidAccessKeyId.Inactive" | "Specified access key is disabled." | 400 | "Check whether the AccessKey pair is available." |
        #[retry(never)]
        | "The format of the date or timestamp is invalid." | "InvalidTimeStamp.Format" | "Specified time stamp or date value is not well formatted." | 400 | "Check the timestamp." |
        #[retry(never)]
        | "The difference between the client time and server time exceeds 15 minutes." | "InvalidTimeStamp.Expired" | "Specified time stamp or date value is expired." | 400 | "Check the timestamp." |
        #[retry(never)]
        | "The SignatureNonce value has been used." | SignatureNonceUsed | "Specified signature nonce was used already." | 400 | "" |
        #[retry(never)]
        | "The returned parameter value is in an invalid format." | "InvalidParameter.Format" | "Specified parameter format is not valid." | 400 | "Specify the parameter only in the XML or JSON format." |
        #[retry(never)]
        | "The parameter value verification fails." | "Invalid{ParameterName}" | "Specified parameter {ParameterName} is not valid." | 400 | "Check the parameter value." |
        #[retry(never)]
        | "The HTTP request method is not supported." | UnsupportedHTTPMethod | "Specified signature is not matched with our calculation." | 400 | "Check the request method." |
        #[retry(never)]
        | "The signature method is not supported." | InvalidSignatureMethod | "Specified signature method is not valid." | 400 | "Specify an available signature method. This parameter can be left empty." |
        #[retry(never)]
        | "The signature verification fails." | SignatureDoesNotMatch | "Specified signature is not matched with our calculation." | 400 | "Check the signature." |
        // "Reduce the call frequency."
        #[retry(throttled)]
        | "The user-level call frequency exceeds the threshold." | "Throttling.User" | "Request was denied due to user flow control." | 400 | "Reduce the call frequency." |
        // "Reduce the call frequency."
        #[retry(throttled)]
        | "The API-level call frequency exceeds the threshold." | "Throttling.API" | "Request was denied due to api flow control." | 400 | "Reduce the call frequency." |
        #[retry(never)]
        | "The AccessKey ID is missing." | MissingSecurityToken | "SecurityToken is mandatory for this action." | 400 | "Check whether you specify a valid AccessKey ID." |
        }
    }
}
