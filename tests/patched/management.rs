//! Sections 3.1 and 3.2 of the docs: the management API's own errors.

crate::__own_error_table! {
    /// An error returned by an API Gateway management API operation, such as
    /// `CreateApi`, `ModifyApi` or `DeleteApi`.
    ///
    /// The docs' sections 3.1 (servers, 5XX) and 3.2 (clients, 4XX) in one
    /// family: the same columns and the same printf-style templates, where a
    /// code such as `Missing%s` is sent as `MissingAppId`. Section 3.3, the
    /// errors common to Alibaba Cloud APIs, is [`CommonError`](crate::CommonError):
    /// its templates (`Missing{ParameterName}`, `Invalid{ParameterName}`)
    /// match the same codes as `Missing%s` and `Invalid%s` here, so in one
    /// family they could not be told apart.
    ///
    /// Every row declares its retry advice with `#[retry(kind)]`, reviewed
    /// against the docs' description and solution; a comment above a row
    /// quotes the text that decided it.
    #[non_exhaustive]
    pub enum ManagementError {
        /// The code of a [`ManagementError`]: one variant per row of
        /// sections 3.1 and 3.2, without the fields.
        #[non_exhaustive]
        code = ManagementErrorCode;
        placeholders = "%s";

        /// The reported HTTP status code is 5XX, which indicates that services are unavailable. In this case, we recommend that you try again later.
        table "3.1.Error codes for servers" (5XX) {
        | Error code | Error message | HTTP status code | Description | Suggestion |
        // "Try again later."
        #[retry(transient)]
        | ServiceUnavailable | "The request has failed due to a temporary failure of the server." | 503 | "The error message returned because the service is unavailable." | "Try again later." |
        // "Try again later."
        #[retry(transient)]
        | InternalError | "The request processing has failed due to some unknown error, exception or failure." | 503 | "The error message returned because an internal error has occurred." | "Try again later." |
        }

        /// The reported HTTP status code is 4XX, which indicates a business error. The business error can be a parameter error, an error due to access control, or a business logic error. Carefully view error information before you troubleshoot issues.
        table "3.2. Error codes for clients" (4XX) {
        | Error code | Error message | HTTP status code | Description | Solution |
        #[retry(never)]
        | "Repeated%s" % Parameter | "The specified %s is repeated." % Parameter | 400 | "The error message returned because the value of the %s parameter has been used." | "Modify the parameter and try again." |
        #[retry(never)]
        | RepeatedCommit | "Resubmit request." | 400 | "The error message returned because the request has been submitted." | "Do not repeatedly submit the same request." |
        #[retry(never)]
        | "Missing%s" % Parameter | "The %s is mandatory for this action." % Parameter | 400 | "The error message returned because the %s parameter is not specified." | "Specify the %s parameter based on the error description and try again." |
        #[retry(never)]
        | MissingAppIdOrAppOwner | "AppId or AppOwner must have a valid value." | 400 | "The error message returned because the AppId or AppOwner parameter is not specified." | "Specify the AppId or AppOwner parameter, or both of them." |
        #[retry(never)]
        | "Invalid%s" % Parameter | "The specified parameter %s value is not valid." % Parameter | 400 | "The error message returned because the specified parameter is invalid." | "View the requirements on the specified parameter, modify the parameter, and then try again." |
        #[retry(never)]
        | "NotFound%s" % Parameter | "Cannot find resource according to your specified %s." % Parameter | 400 | "The error message returned because no resources can be found based on the value of the %s parameter." | "Check whether the %s parameter is correctly specified." |
        #[retry(never)]
        | "InvalidFormat%s" % Parameter | "The specified parameter %s value is not well formatted." % Parameter | 400 | "The error message returned because the parameter format is invalid." | "View the requirements on the format of the parameter value, modify the parameter value, and then try again." |
        #[retry(never)]
        | "Duplicate%s" % Parameter | "The specified parameter %s value is duplicate." % Parameter | 400 | "The error message returned because the value of the %s parameter has been used." | "Change the parameter value and try again." |
        #[retry(never)]
        | "DependencyViolation%s" % Resource | "The specified %s has %s definitions." % (Resource, Dependent) | 400 | "The error message returned because the parameter dependency is invalid." | "Remove the dependency. A parameter on which other parameters depend cannot be deleted. To delete such a parameter, remove the dependencies first." |
        #[retry(never)]
        | "Forbidden%s" % Resource | "Not allowed to operate on the specified %s." % Resource | 403 | "The error message returned because you are not allowed to perform the specified operation." | "Obtain the permission to perform the specified operation." |
        #[retry(never)]
        | NoPermission | "User is not authorized to operate on the specified resource." | 403 | "The error message returned because you are not authorized to perform operations on the specified resource." | "Obtain the permissions to perform operations on the specified resource." |
        // "exceeds the quota".
        #[retry(never)]
        | "ExceedLimit%s" % Resource | "The specified %s count exceeds the limit." % Resource | 400 | "The error message returned because the number of APIs, API groups, or applications created within your Alibaba Cloud account exceeds the quota." | "Adjust the quota of APIs, API groups, or applications." |
        #[retry(never)]
        | UserNotFound | "The specified user can not be found." | 404 | "The error message returned because the specified user does not exist." | "Enter valid information about the user." |
        #[retry(never)]
        | DomainCertificateNotFound | "Cannot find the domain certificate." | 400 | "The error message returned because the certificate for the specified domain name does not exist." | "Check the ID and name of the uploaded certificate." |
        #[retry(never)]
        | DomainNotResolved | "The specified domain has not been resolved." | 400 | "The error message returned because the specified domain name cannot be resolved." | "Bind a specific CNAME record to the second-level domain name of the group. Domain name resolution is performed by the domain name registrar from which you purchase the domain name." |
        #[retry(never)]
        | InvalidICPLicense | "The specified domain have not got ICP license, or the ICP license does not belong to Aliyun." | 400 | "The error message returned because the Internet Content Provider (ICP) filing for the specified domain name is invalid." | "Apply for an ICP filing for the domain name in Alibaba Cloud ICP Filing System. If you have applied for an ICP filing for the domain name in other systems, you must add Alibaba Cloud as a service provider to the ICP filing. To apply for an ICP filing, you must obtain a service identification number. Each Alibaba Cloud Elastic Compute Service (ECS) instance with a public IP address provides five service identification numbers." |
        #[retry(never)]
        | "Invalid%s.LengthLimit" % Parameter | "The parameter %s length exceeds the limit." % Parameter | 400 | "The error message returned because the value of the %s parameter exceeds the upper limit in length." | "Change the parameter value and try again." |
        #[retry(never)]
        | InvalidApiDefault | "The ApiDefault value exceeds limit." | 400 | "The error message returned because the value of the apiDefault parameter exceeds the threshold." | "Change the value of the apiDefault parameter. The value of the apiDefault parameter cannot exceed 100 million, regardless of the unit. To adjust the maximum value of the apiDefault parameter, submit a ticket." |
        #[retry(never)]
        | InvalidAppDefault | "The AppDefault value must smaller than the UserDefault and ApiDefault." | 400 | "The error message returned because the value of the appDefault parameter does not meet requirements." | "Change the value of the appDefault parameter. The value must be less than that of the apiDefault parameter and also less than that of the userDefault parameter." |
        #[retry(never)]
        | InvalidUserDefault | "The UserDefault value must bigger than the AppDefault and smaller than the ApiDefault." | 400 | "The error message returned because the value of the userDefault parameter does not meet requirements." | "Change the value of the userDefault parameter. The value must be greater than that of the appDefault parameter but less than that of the apiDefault parameter." |
        #[retry(never)]
        | InvalidParamMapping | "Parameters must be fully mapped." | 400 | "The error message returned because the parameter mapping is invalid." | "Specify a backend parameter for each request parameter. When you create an API, map each request parameter to a backend parameter." |
        #[retry(never)]
        | InvalidOwnerAccount | "OwnerAccount is invalid." | 400 | "The error message returned because the account of the application owner is invalid." | "The Alibaba Cloud Mail address is used. However, this account is invalid. Change the account of the application owner and try again." |
        // "denied by the risk control system": blocked until the block is lifted, whatever its "Try again later".
        #[retry(never)]
        | ServiceForbidden | "Your Gateway service is forbidden by risk control." | 400 | "The error message returned because the API Gateway service is denied by the risk control system." | "Do not send a large number of requests in a short time. Try again later. If the issue persists, submit a ticket." |
        #[retry(never)]
        | ServiceUnOpen | "Your Gateway service has not been opened." | 400 | "The error message returned because API Gateway is not activated." | "Activate API Gateway on the Alibaba Cloud International site." |
        #[retry(never)]
        | ServiceInDept | "Your API Gateway service is in dept." | 400 | "The error message returned because the API Gateway service has overdue payments." | "Top up your account or settle the overdue payments." |
        #[retry(never)]
        | EqualSignature | "The new signature is the same as the old." | 400 | "The error message returned because the new backend signature key is the same as the previous one." | "Modify the new backend signature key. Make sure that the newly configured key-secret pair is different from the previous one." |
        #[retry(never)]
        | CertificateNotMatch | "The domain does not match the one in the certificate." | 400 | "The error message returned because the specified domain name does not match the domain name in the certificate." | "Make sure that the specified domain name matches the domain name in the certificate." |
        #[retry(never)]
        | CertificateKeyNotMatch | "The certificate private key does not match the public key." | 400 | "The error message returned because the public and private keys in the certificate do not match." | "Check the certificate and make sure that the public and private keys in the certificate match." |
        #[retry(never)]
        | PrivateKeyEncrypted | "The certificate private key is encrypted, please upload the unencrypted version." | 400 | "The error message returned because the private key of the certificate is encrypted." | "Specify a private key that is not encrypted." |
        #[retry(never)]
        | CertificateSecretKeyError | "The certificate private key is invalid." | 400 | "The error message returned because the private key of the certificate is invalid." | "Specify a correct private key." |
        #[retry(never)]
        | InvalidApiServiceAddress | "The specified service address is not valid." | 400 | "The error message returned because the specified IP address of the backend service is invalid." | "Modify the configurations of the backend service." |
        }
    }
}
