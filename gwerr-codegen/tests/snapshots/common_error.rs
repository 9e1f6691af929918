// The expansion of `common_error`, formatted; written by tests/snapshots.rs.

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
#[cfg_attr(
    doc,
    doc = ::gwerr_core::__private::tables!(
        #[doc = " An error common to the APIs of Alibaba Cloud services, as returned"]#[doc = " by the API Gateway management API."]#[doc = ""]#[doc = " The docs' section 3.3 on its own: its brace templates"]#[doc = " (`Missing{ParameterName}`) overlap the printf templates of"]#[doc = " [`ManagementError`](crate::ManagementError) (`Missing%s`), so a code"]#[doc = " such as `MissingAppId` belongs to either family, and the response's"]#[doc = " context says which."]#[doc = ""]#[doc = " Every row declares its retry advice with `#[retry(kind)]`, reviewed"]#[doc = " against the docs' description and solution; a comment above a row"]#[doc = " quotes the text that decided it."]#[non_exhaustive]pub
        enum
        CommonError{#[doc = " The code of a [`CommonError`]: one variant per row of section"]#[doc = " 3.3, without the fields."]#[non_exhaustive]code = CommonErrorCode;placeholders = "{Name}";#[doc = " The reported HTTP status code is 4XX, which indicates a business error and may be reported when you call APIs of Alibaba Cloud services. The business error can be an invalid request format, an incorrect request method, missing required parameters, an invalid parameter value format, an invalid signature, or an error due to throttling. Carefully view error information before you troubleshoot issues."]table
        "3.3. Common error codes for clients"(4XX){|Scenario|Error
        code|Error
        message|Status
        code|Suggestion|#[retry(
            never
        )]|"The specified API cannot be found."|"InvalidApi.NotFound"|"Specified api is not found, please check your url and method."|404|"Check whether the specified API operation name is valid. The name is case-sensitive."|#[retry(
            never
        )]|"A required parameter is not specified."|"Missing{ParameterName}"|"{ParameterName} is mandatory for this action."|400|"Specify the required parameter."|#[retry(
            never
        )]|"The AccessKey ID cannot be found."|"InvalidAccessKeyId.NotFound"|"Specified access key is not found."|404|"Check whether a valid AccessKey ID is used when you call the API."|#[retry(
            never
        )]|"The AccessKey ID is disabled."|"InvalidAccessKeyId.Inactive"|"Specified access key is disabled."|400|"Check whether the AccessKey pair is available."|#[retry(
            never
        )]|"The format of the date or timestamp is invalid."|"InvalidTimeStamp.Format"|"Specified time stamp or date value is not well formatted."|400|"Check the timestamp."|#[retry(
            never
        )]|"The difference between the client time and server time exceeds 15 minutes."|"InvalidTimeStamp.Expired"|"Specified time stamp or date value is expired."|400|"Check the timestamp."|#[retry(
            never
        )]|"The SignatureNonce value has been used."|SignatureNonceUsed|"Specified signature nonce was used already."|400|""|#[retry(
            never
        )]|"The returned parameter value is in an invalid format."|"InvalidParameter.Format"|"Specified parameter format is not valid."|400|"Specify the parameter only in the XML or JSON format."|#[retry(
            never
        )]|"The parameter value verification fails."|"Invalid{ParameterName}"|"Specified parameter {ParameterName} is not valid."|400|"Check the parameter value."|#[retry(
            never
        )]|"The HTTP request method is not supported."|UnsupportedHTTPMethod|"Specified signature is not matched with our calculation."|400|"Check the request method."|#[retry(
            never
        )]|"The signature method is not supported."|InvalidSignatureMethod|"Specified signature method is not valid."|400|"Specify an available signature method. This parameter can be left empty."|#[retry(
            never
        )]|"The signature verification fails."|SignatureDoesNotMatch|"Specified signature is not matched with our calculation."|400|"Check the signature."|#[retry(
            throttled
        )]|"The user-level call frequency exceeds the threshold."|"Throttling.User"|"Request was denied due to user flow control."|400|"Reduce the call frequency."|#[retry(
            throttled
        )]|"The API-level call frequency exceeds the threshold."|"Throttling.API"|"Request was denied due to api flow control."|400|"Reduce the call frequency."|#[retry(
            never
        )]|"The AccessKey ID is missing."|MissingSecurityToken|"SecurityToken is mandatory for this action."|400|"Check whether you specify a valid AccessKey ID."|}}
    )
)]
#[derive(::core::clone::Clone)]
pub enum CommonError {
    /** `InvalidApi.NotFound` · HTTP 404

 Message: `Specified api is not found, please check your url and method.`

 Solution: Check whether the specified API operation name is valid. The name is case-sensitive.

 Scenario: The specified API cannot be found.
*/
    InvalidApiNotFound,
    /** `Missing{ParameterName}` · HTTP 400

 Message: `{ParameterName} is mandatory for this action.`

 Solution: Specify the required parameter.

 Scenario: A required parameter is not specified.
*/
    Missing {
        /// The value of the placeholder `ParameterName`.
        parameter_name: ::std::string::String,
    },
    /** `InvalidAccessKeyId.NotFound` · HTTP 404

 Message: `Specified access key is not found.`

 Solution: Check whether a valid AccessKey ID is used when you call the API.

 Scenario: The AccessKey ID cannot be found.
*/
    InvalidAccessKeyIdNotFound,
    /** `InvalidAccessKeyId.Inactive` · HTTP 400

 Message: `Specified access key is disabled.`

 Solution: Check whether the AccessKey pair is available.

 Scenario: The AccessKey ID is disabled.
*/
    InvalidAccessKeyIdInactive,
    /** `InvalidTimeStamp.Format` · HTTP 400

 Message: `Specified time stamp or date value is not well formatted.`

 Solution: Check the timestamp.

 Scenario: The format of the date or timestamp is invalid.
*/
    InvalidTimeStampFormat,
    /** `InvalidTimeStamp.Expired` · HTTP 400

 Message: `Specified time stamp or date value is expired.`

 Solution: Check the timestamp.

 Scenario: The difference between the client time and server time exceeds 15 minutes.
*/
    InvalidTimeStampExpired,
    /** `SignatureNonceUsed` · HTTP 400

 Message: `Specified signature nonce was used already.`

 Scenario: The SignatureNonce value has been used.
*/
    SignatureNonceUsed,
    /** `InvalidParameter.Format` · HTTP 400

 Message: `Specified parameter format is not valid.`

 Solution: Specify the parameter only in the XML or JSON format.

 Scenario: The returned parameter value is in an invalid format.
*/
    InvalidParameterFormat,
    /** `Invalid{ParameterName}` · HTTP 400

 Message: `Specified parameter {ParameterName} is not valid.`

 Solution: Check the parameter value.

 Scenario: The parameter value verification fails.
*/
    Invalid {
        /// The value of the placeholder `ParameterName`.
        parameter_name: ::std::string::String,
    },
    /** `UnsupportedHTTPMethod` · HTTP 400

 Message: `Specified signature is not matched with our calculation.`

 Solution: Check the request method.

 Scenario: The HTTP request method is not supported.
*/
    UnsupportedHTTPMethod,
    /** `InvalidSignatureMethod` · HTTP 400

 Message: `Specified signature method is not valid.`

 Solution: Specify an available signature method. This parameter can be left empty.

 Scenario: The signature method is not supported.
*/
    InvalidSignatureMethod,
    /** `SignatureDoesNotMatch` · HTTP 400

 Message: `Specified signature is not matched with our calculation.`

 Solution: Check the signature.

 Scenario: The signature verification fails.
*/
    SignatureDoesNotMatch,
    /** `Throttling.User` · HTTP 400

 Message: `Request was denied due to user flow control.`

 Solution: Reduce the call frequency.

 Scenario: The user-level call frequency exceeds the threshold.
*/
    ThrottlingUser,
    /** `Throttling.API` · HTTP 400

 Message: `Request was denied due to api flow control.`

 Solution: Reduce the call frequency.

 Scenario: The API-level call frequency exceeds the threshold.
*/
    ThrottlingApi,
    /** `MissingSecurityToken` · HTTP 400

 Message: `SecurityToken is mandatory for this action.`

 Solution: Check whether you specify a valid AccessKey ID.

 Scenario: The AccessKey ID is missing.
*/
    MissingSecurityToken,
}
/// The code of a [`CommonError`]: one variant per row of section
/// 3.3, without the fields.
#[non_exhaustive]
#[cfg_attr(
    doc,
    doc = ::gwerr_core::__private::tables!(
        #[doc = " An error common to the APIs of Alibaba Cloud services, as returned"]#[doc = " by the API Gateway management API."]#[doc = ""]#[doc = " The docs' section 3.3 on its own: its brace templates"]#[doc = " (`Missing{ParameterName}`) overlap the printf templates of"]#[doc = " [`ManagementError`](crate::ManagementError) (`Missing%s`), so a code"]#[doc = " such as `MissingAppId` belongs to either family, and the response's"]#[doc = " context says which."]#[doc = ""]#[doc = " Every row declares its retry advice with `#[retry(kind)]`, reviewed"]#[doc = " against the docs' description and solution; a comment above a row"]#[doc = " quotes the text that decided it."]#[non_exhaustive]pub
        enum
        CommonError{#[doc = " The code of a [`CommonError`]: one variant per row of section"]#[doc = " 3.3, without the fields."]#[non_exhaustive]code = CommonErrorCode;placeholders = "{Name}";#[doc = " The reported HTTP status code is 4XX, which indicates a business error and may be reported when you call APIs of Alibaba Cloud services. The business error can be an invalid request format, an incorrect request method, missing required parameters, an invalid parameter value format, an invalid signature, or an error due to throttling. Carefully view error information before you troubleshoot issues."]table
        "3.3. Common error codes for clients"(4XX){|Scenario|Error
        code|Error
        message|Status
        code|Suggestion|#[retry(
            never
        )]|"The specified API cannot be found."|"InvalidApi.NotFound"|"Specified api is not found, please check your url and method."|404|"Check whether the specified API operation name is valid. The name is case-sensitive."|#[retry(
            never
        )]|"A required parameter is not specified."|"Missing{ParameterName}"|"{ParameterName} is mandatory for this action."|400|"Specify the required parameter."|#[retry(
            never
        )]|"The AccessKey ID cannot be found."|"InvalidAccessKeyId.NotFound"|"Specified access key is not found."|404|"Check whether a valid AccessKey ID is used when you call the API."|#[retry(
            never
        )]|"The AccessKey ID is disabled."|"InvalidAccessKeyId.Inactive"|"Specified access key is disabled."|400|"Check whether the AccessKey pair is available."|#[retry(
            never
        )]|"The format of the date or timestamp is invalid."|"InvalidTimeStamp.Format"|"Specified time stamp or date value is not well formatted."|400|"Check the timestamp."|#[retry(
            never
        )]|"The difference between the client time and server time exceeds 15 minutes."|"InvalidTimeStamp.Expired"|"Specified time stamp or date value is expired."|400|"Check the timestamp."|#[retry(
            never
        )]|"The SignatureNonce value has been used."|SignatureNonceUsed|"Specified signature nonce was used already."|400|""|#[retry(
            never
        )]|"The returned parameter value is in an invalid format."|"InvalidParameter.Format"|"Specified parameter format is not valid."|400|"Specify the parameter only in the XML or JSON format."|#[retry(
            never
        )]|"The parameter value verification fails."|"Invalid{ParameterName}"|"Specified parameter {ParameterName} is not valid."|400|"Check the parameter value."|#[retry(
            never
        )]|"The HTTP request method is not supported."|UnsupportedHTTPMethod|"Specified signature is not matched with our calculation."|400|"Check the request method."|#[retry(
            never
        )]|"The signature method is not supported."|InvalidSignatureMethod|"Specified signature method is not valid."|400|"Specify an available signature method. This parameter can be left empty."|#[retry(
            never
        )]|"The signature verification fails."|SignatureDoesNotMatch|"Specified signature is not matched with our calculation."|400|"Check the signature."|#[retry(
            throttled
        )]|"The user-level call frequency exceeds the threshold."|"Throttling.User"|"Request was denied due to user flow control."|400|"Reduce the call frequency."|#[retry(
            throttled
        )]|"The API-level call frequency exceeds the threshold."|"Throttling.API"|"Request was denied due to api flow control."|400|"Reduce the call frequency."|#[retry(
            never
        )]|"The AccessKey ID is missing."|MissingSecurityToken|"SecurityToken is mandatory for this action."|400|"Check whether you specify a valid AccessKey ID."|}}
    )
)]
#[derive(::core::cmp::PartialEq, ::core::cmp::Eq)]
pub enum CommonErrorCode {
    /// `InvalidApi.NotFound` · HTTP 404: the code of [`CommonError::InvalidApiNotFound`](CommonError::InvalidApiNotFound).
    #[cfg_attr(doc, doc(alias(r"InvalidApi.NotFound")))]
    InvalidApiNotFound,
    /// `Missing{ParameterName}` · HTTP 400: the code of [`CommonError::Missing`](CommonError::Missing).
    #[cfg_attr(doc, doc(alias(r"Missing{ParameterName}")))]
    Missing,
    /// `InvalidAccessKeyId.NotFound` · HTTP 404: the code of [`CommonError::InvalidAccessKeyIdNotFound`](CommonError::InvalidAccessKeyIdNotFound).
    #[cfg_attr(doc, doc(alias(r"InvalidAccessKeyId.NotFound")))]
    InvalidAccessKeyIdNotFound,
    /// `InvalidAccessKeyId.Inactive` · HTTP 400: the code of [`CommonError::InvalidAccessKeyIdInactive`](CommonError::InvalidAccessKeyIdInactive).
    #[cfg_attr(doc, doc(alias(r"InvalidAccessKeyId.Inactive")))]
    InvalidAccessKeyIdInactive,
    /// `InvalidTimeStamp.Format` · HTTP 400: the code of [`CommonError::InvalidTimeStampFormat`](CommonError::InvalidTimeStampFormat).
    #[cfg_attr(doc, doc(alias(r"InvalidTimeStamp.Format")))]
    InvalidTimeStampFormat,
    /// `InvalidTimeStamp.Expired` · HTTP 400: the code of [`CommonError::InvalidTimeStampExpired`](CommonError::InvalidTimeStampExpired).
    #[cfg_attr(doc, doc(alias(r"InvalidTimeStamp.Expired")))]
    InvalidTimeStampExpired,
    /// `SignatureNonceUsed` · HTTP 400: the code of [`CommonError::SignatureNonceUsed`](CommonError::SignatureNonceUsed).
    SignatureNonceUsed,
    /// `InvalidParameter.Format` · HTTP 400: the code of [`CommonError::InvalidParameterFormat`](CommonError::InvalidParameterFormat).
    #[cfg_attr(doc, doc(alias(r"InvalidParameter.Format")))]
    InvalidParameterFormat,
    /// `Invalid{ParameterName}` · HTTP 400: the code of [`CommonError::Invalid`](CommonError::Invalid).
    #[cfg_attr(doc, doc(alias(r"Invalid{ParameterName}")))]
    Invalid,
    /// `UnsupportedHTTPMethod` · HTTP 400: the code of [`CommonError::UnsupportedHTTPMethod`](CommonError::UnsupportedHTTPMethod).
    UnsupportedHTTPMethod,
    /// `InvalidSignatureMethod` · HTTP 400: the code of [`CommonError::InvalidSignatureMethod`](CommonError::InvalidSignatureMethod).
    InvalidSignatureMethod,
    /// `SignatureDoesNotMatch` · HTTP 400: the code of [`CommonError::SignatureDoesNotMatch`](CommonError::SignatureDoesNotMatch).
    SignatureDoesNotMatch,
    /// `Throttling.User` · HTTP 400: the code of [`CommonError::ThrottlingUser`](CommonError::ThrottlingUser).
    #[cfg_attr(doc, doc(alias(r"Throttling.User")))]
    ThrottlingUser,
    /// `Throttling.API` · HTTP 400: the code of [`CommonError::ThrottlingApi`](CommonError::ThrottlingApi).
    #[cfg_attr(doc, doc(alias(r"Throttling.API")))]
    ThrottlingApi,
    /// `MissingSecurityToken` · HTTP 400: the code of [`CommonError::MissingSecurityToken`](CommonError::MissingSecurityToken).
    MissingSecurityToken,
}
const _: () = {
    #[automatically_derived]
    impl ::core::fmt::Display for CommonError {
        fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            __parts(
                self,
                |__texts, __values| match __texts.len() {
                    0 => {
                        __out
                            .write_str(
                                <CommonErrorCode as ::gwerr_core::__private::Texts>::PHRASES[CommonError::code(
                                    self,
                                ) as ::core::primitive::usize],
                            )
                    }
                    __n => {
                        ::gwerr_core::__private::write_message(
                            __out,
                            __texts,
                            &__values[__values.len() - (__n - 1)..],
                        )
                    }
                },
            )
        }
    }
    /// Calls `__read` with the texts of `__error`'s message (none
    /// for a message without placeholders) and its values: the
    /// row's fields, in the row's order, then the message's values,
    /// where those are not the same.
    #[allow(deprecated)]
    #[inline]
    fn __parts<__R>(
        __error: &CommonError,
        __read: impl ::core::ops::FnOnce(
            &[&'static ::core::primitive::str],
            &[&dyn ::gwerr_core::__private::Field],
        ) -> __R,
    ) -> __R {
        match __error {
            CommonError::Missing { parameter_name: __f0 } => {
                __read(&[r"", r" is mandatory for this action."], &[__f0])
            }
            CommonError::Invalid { parameter_name: __f0 } => {
                __read(&[r"Specified parameter ", r" is not valid."], &[__f0])
            }
            _ => __read(&[], &[]),
        }
    }
    const __NAMES_0: &[&::core::primitive::str] = &[];
    const __NAMES_1: &[&::core::primitive::str] = &["parameter_name"];
    const __NAME_LISTS: &[&[&::core::primitive::str]] = &[__NAMES_0, __NAMES_1];
    const __NAMES_OF: &[::core::primitive::u8] = b"\x00\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00";
    /// The names of the fields of row `__row`.
    fn __names(
        __row: ::core::primitive::usize,
    ) -> &'static [&'static ::core::primitive::str] {
        __NAME_LISTS[::gwerr_core::__private::row_entry(__NAMES_OF, 1usize, __row)]
    }
    #[automatically_derived]
    impl ::core::fmt::Debug for CommonError {
        fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            let __row = CommonError::code(self) as ::core::primitive::usize;
            __parts(
                self,
                |_, __values| {
                    let __names = __names(__row);
                    ::gwerr_core::__private::debug_fields(
                        __out,
                        <CommonErrorCode as ::gwerr_core::__private::Texts>::NAMES[__row],
                        __names,
                        &__values[..__names.len()],
                    )
                },
            )
        }
    }
    #[automatically_derived]
    impl ::core::cmp::PartialEq for CommonError {
        fn eq(&self, __other: &Self) -> ::core::primitive::bool {
            let __row = CommonError::code(self) as ::core::primitive::usize;
            __row == CommonError::code(__other) as ::core::primitive::usize
                && __parts(
                    self,
                    |_, __values| {
                        __parts(
                            __other,
                            |_, __other_values| {
                                let __len = __names(__row).len();
                                ::gwerr_core::__private::fields_eq(
                                    &__values[..__len],
                                    &__other_values[..__len],
                                )
                            },
                        )
                    },
                )
        }
    }
};
#[automatically_derived]
impl ::core::cmp::Eq for CommonError {}
const _: () = {
    use ::gwerr_core::__private::field_type_is_eq as __is_eq;
    __is_eq::<::std::string::String>();
};
#[automatically_derived]
impl ::std::error::Error for CommonError {}
#[allow(deprecated)]
impl CommonError {
    /// The code of this error's row.
    pub const fn code(&self) -> CommonErrorCode {
        CommonErrorCode::ALL[match self {
            Self::InvalidApiNotFound => 0,
            Self::Missing { .. } => 1,
            Self::InvalidAccessKeyIdNotFound => 2,
            Self::InvalidAccessKeyIdInactive => 3,
            Self::InvalidTimeStampFormat => 4,
            Self::InvalidTimeStampExpired => 5,
            Self::SignatureNonceUsed => 6,
            Self::InvalidParameterFormat => 7,
            Self::Invalid { .. } => 8,
            Self::UnsupportedHTTPMethod => 9,
            Self::InvalidSignatureMethod => 10,
            Self::SignatureDoesNotMatch => 11,
            Self::ThrottlingUser => 12,
            Self::ThrottlingApi => 13,
            Self::MissingSecurityToken => 14,
        }]
    }
    /// The documented HTTP status of this error's row.
    pub const fn status(&self) -> ::gwerr_core::__private::StatusCode {
        self.code().status()
    }
    /// The documented message template of this error's row; the
    /// error's `Display` fills it in.
    pub const fn message_template(&self) -> &'static ::core::primitive::str {
        self.code().message_template()
    }
    /// The documented description of this error's row, empty where
    /// the docs give none.
    pub const fn description(&self) -> &'static ::core::primitive::str {
        self.code().description()
    }
    /// Whether, and how, a caller may retry: each variant's docs say.
    pub const fn retry(&self) -> ::gwerr_core::Retry {
        self.code().retry()
    }
    /// Whether a caller may retry at all.
    pub const fn is_retryable(&self) -> ::core::primitive::bool {
        self.code().is_retryable()
    }
    /// Builds the error of `code`'s row from the text of each of its
    /// fields, in the order of the row's `fields`, each parsed with
    /// its type's `FromStr`.
    pub fn from_fields(
        code: CommonErrorCode,
        fields: &[&::core::primitive::str],
    ) -> ::core::result::Result<Self, ::gwerr_core::FieldError> {
        use ::gwerr_core::__private::ReadBack as __ReadBack;
        use ::gwerr_core::__private::row_entry as __row_entry;
        fn __read_0(
            code: CommonErrorCode,
            fields: &[&::core::primitive::str],
            index: ::core::primitive::usize,
        ) -> ::core::result::Result<::std::string::String, ::gwerr_core::FieldError> {
            <::std::string::String as __ReadBack>::read_field(code, fields, index)
        }
        fn __read_fields_1(
            code: CommonErrorCode,
            fields: &[&::core::primitive::str],
        ) -> ::core::result::Result<(::std::string::String,), ::gwerr_core::FieldError> {
            let __f0 = __read_0(code, fields, 0)?;
            ::core::result::Result::Ok((__f0,))
        }
        ::gwerr_core::__private::field_count(code, fields)?;
        ::core::result::Result::Ok({
            const __LISTS: &[::core::primitive::u8] = b"\x00\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00";
            match __row_entry(__LISTS, 1, code as ::core::primitive::usize) {
                0 => {
                    match code {
                        CommonErrorCode::InvalidApiNotFound => Self::InvalidApiNotFound,
                        CommonErrorCode::InvalidAccessKeyIdNotFound => {
                            Self::InvalidAccessKeyIdNotFound
                        }
                        CommonErrorCode::InvalidAccessKeyIdInactive => {
                            Self::InvalidAccessKeyIdInactive
                        }
                        CommonErrorCode::InvalidTimeStampFormat => {
                            Self::InvalidTimeStampFormat
                        }
                        CommonErrorCode::InvalidTimeStampExpired => {
                            Self::InvalidTimeStampExpired
                        }
                        CommonErrorCode::SignatureNonceUsed => Self::SignatureNonceUsed,
                        CommonErrorCode::InvalidParameterFormat => {
                            Self::InvalidParameterFormat
                        }
                        CommonErrorCode::UnsupportedHTTPMethod => {
                            Self::UnsupportedHTTPMethod
                        }
                        CommonErrorCode::InvalidSignatureMethod => {
                            Self::InvalidSignatureMethod
                        }
                        CommonErrorCode::SignatureDoesNotMatch => {
                            Self::SignatureDoesNotMatch
                        }
                        CommonErrorCode::ThrottlingUser => Self::ThrottlingUser,
                        CommonErrorCode::ThrottlingApi => Self::ThrottlingApi,
                        CommonErrorCode::MissingSecurityToken => {
                            Self::MissingSecurityToken
                        }
                        _ => ::core::unreachable!(),
                    }
                }
                1 => {
                    let (__f0,) = __read_fields_1(code, fields)?;
                    match code {
                        CommonErrorCode::Missing => {
                            Self::Missing {
                                parameter_name: __f0,
                            }
                        }
                        CommonErrorCode::Invalid => {
                            Self::Invalid {
                                parameter_name: __f0,
                            }
                        }
                        _ => ::core::unreachable!(),
                    }
                }
                _ => ::core::unreachable!(),
            }
        })
    }
    /// The code as sent on the wire: the documented code, with the
    /// fields filled in for a templated code. Fixed codes are
    /// borrowed, never allocated.
    pub fn wire_code(&self) -> ::std::borrow::Cow<'static, ::core::primitive::str> {
        match self {
            Self::Missing { parameter_name: __f0 } => {
                let mut __code = ::std::string::String::new();
                let __out = &mut __code;
                __out.push_str("Missing");
                let _ = ::core::fmt::Write::write_fmt(
                    __out,
                    ::core::format_args!("{}", __f0),
                );
                ::std::borrow::Cow::Owned(__code)
            }
            Self::Invalid { parameter_name: __f0 } => {
                let mut __code = ::std::string::String::new();
                let __out = &mut __code;
                __out.push_str("Invalid");
                let _ = ::core::fmt::Write::write_fmt(
                    __out,
                    ::core::format_args!("{}", __f0),
                );
                ::std::borrow::Cow::Owned(__code)
            }
            _ => ::std::borrow::Cow::Borrowed(self.code().as_str()),
        }
    }
}
#[automatically_derived]
impl ::gwerr_core::ErrorFamily for CommonError {
    type Code = CommonErrorCode;
    fn code(&self) -> CommonErrorCode {
        CommonError::code(self)
    }
    fn from_fields(
        code: CommonErrorCode,
        fields: &[&::core::primitive::str],
    ) -> ::core::result::Result<Self, ::gwerr_core::FieldError> {
        CommonError::from_fields(code, fields)
    }
    fn wire_code(&self) -> ::std::borrow::Cow<'static, ::core::primitive::str> {
        CommonError::wire_code(self)
    }
}
#[allow(deprecated)]
impl CommonErrorCode {
    /// Every code, in table order.
    pub const ALL: &'static [Self] = &[
        Self::InvalidApiNotFound,
        Self::Missing,
        Self::InvalidAccessKeyIdNotFound,
        Self::InvalidAccessKeyIdInactive,
        Self::InvalidTimeStampFormat,
        Self::InvalidTimeStampExpired,
        Self::SignatureNonceUsed,
        Self::InvalidParameterFormat,
        Self::Invalid,
        Self::UnsupportedHTTPMethod,
        Self::InvalidSignatureMethod,
        Self::SignatureDoesNotMatch,
        Self::ThrottlingUser,
        Self::ThrottlingApi,
        Self::MissingSecurityToken,
    ];
    /// The tables this family was declared from.
    pub const FAMILY: &'static ::gwerr_core::Family = {
        use ::gwerr_core::__private::meta as __meta;
        use __meta::{Column as __Column, ColumnKind as __ColumnKind, Table as __Table};
        const __TEXTS: &[&::core::primitive::str] = &[
            r"",
            r"InvalidApi.NotFound",
            r"Specified api is not found, please check your url and method.",
            r"Check whether the specified API operation name is valid. The name is case-sensitive.",
            r"The specified API cannot be found.",
            r"Missing",
            r" is mandatory for this action.",
            r"{ParameterName} is mandatory for this action.",
            r"Specify the required parameter.",
            r"A required parameter is not specified.",
            r"ParameterName",
            r"parameter_name",
            r"String",
            r"InvalidAccessKeyId.NotFound",
            r"Specified access key is not found.",
            r"Check whether a valid AccessKey ID is used when you call the API.",
            r"The AccessKey ID cannot be found.",
            r"InvalidAccessKeyId.Inactive",
            r"Specified access key is disabled.",
            r"Check whether the AccessKey pair is available.",
            r"The AccessKey ID is disabled.",
            r"InvalidTimeStamp.Format",
            r"Specified time stamp or date value is not well formatted.",
            r"Check the timestamp.",
            r"The format of the date or timestamp is invalid.",
            r"InvalidTimeStamp.Expired",
            r"Specified time stamp or date value is expired.",
            r"The difference between the client time and server time exceeds 15 minutes.",
            r"SignatureNonceUsed",
            r"Specified signature nonce was used already.",
            r"The SignatureNonce value has been used.",
            r"InvalidParameter.Format",
            r"Specified parameter format is not valid.",
            r"Specify the parameter only in the XML or JSON format.",
            r"The returned parameter value is in an invalid format.",
            r"Invalid",
            r"Specified parameter ",
            r" is not valid.",
            r"Specified parameter {ParameterName} is not valid.",
            r"Check the parameter value.",
            r"The parameter value verification fails.",
            r"UnsupportedHTTPMethod",
            r"Specified signature is not matched with our calculation.",
            r"Check the request method.",
            r"The HTTP request method is not supported.",
            r"InvalidSignatureMethod",
            r"Specified signature method is not valid.",
            r"Specify an available signature method. This parameter can be left empty.",
            r"The signature method is not supported.",
            r"SignatureDoesNotMatch",
            r"Check the signature.",
            r"The signature verification fails.",
            r"Throttling.User",
            r"Request was denied due to user flow control.",
            r"Reduce the call frequency.",
            r"The user-level call frequency exceeds the threshold.",
            r"Throttling.API",
            r"Request was denied due to api flow control.",
            r"The API-level call frequency exceeds the threshold.",
            r"MissingSecurityToken",
            r"SecurityToken is mandatory for this action.",
            r"Check whether you specify a valid AccessKey ID.",
            r"The AccessKey ID is missing.",
        ];
        const __PARTS_0: [__meta::Part; 35] = __meta::parts(
            __TEXTS,
            b"\x02\x04\n\x01\x01\x0c\x1a\x1c\"$*,248:>@F\x01H\x01JRTZ\\bThjprvx",
        );
        const __FIELDS_0: [__meta::Field; 1] = __meta::fields(__TEXTS, b"\n\x0b\x0c");
        const __EXTRAS_0: [&'static ::core::primitive::str; 0] = __meta::extras(
            __TEXTS,
            b"",
        );
        const __SOURCES: __meta::Sources = __meta::Sources {
            texts: __TEXTS,
            codes: <CommonErrorCode as ::gwerr_core::__private::Texts>::CODES,
            names: <CommonErrorCode as ::gwerr_core::__private::Texts>::NAMES,
            phrases: <CommonErrorCode as ::gwerr_core::__private::Texts>::PHRASES,
            parts: &[&__PARTS_0],
            fields: &[&__FIELDS_0],
            extras: &[&__EXTRAS_0],
        };
        const __ROWS_0_0: [__meta::Row; 15] = __meta::rows(
            __SOURCES,
            0,
            b"\x00\x00\x01\x94\x03\x00\x00\x01\x00\x03\x04\x00\x00\x00\x00\x00\x00\x02\x00\x00\x02\x02\x90\x03\x00\x07\x02\x00\x08\t\x00\x00\x00\x00\x00\x01\x02\x00\x00\x06\x01\x94\x03\x00\x00\x01\x00\x0f\x10\x00\x00\x00\x00\x00\x00\x02\x00\x00\x08\x01\x90\x03\x00\x00\x01\x00\x13\x14\x00\x00\x00\x00\x00\x00\x02\x00\x00\n\x01\x90\x03\x00\x00\x01\x00\x17\x18\x00\x00\x00\x00\x00\x00\x02\x00\x00\x0c\x01\x90\x03\x00\x00\x01\x00\x17\x1b\x00\x00\x00\x00\x00\x00\x02\x00\x00\x0e\x01\x90\x03\x00\x00\x01\x00\x00\x1e\x00\x00\x00\x00\x00\x00\x02\x00\x00\x10\x01\x90\x03\x00\x00\x01\x00!\"\x00\x00\x00\x00\x00\x00\x02\x00\x00\x12\x02\x90\x03\x00&\x03\x00\'(\x00\x00\x00\x00\x00\x01\x02\x00\x00\x17\x01\x90\x03\x00\x00\x01\x00+,\x00\x00\x00\x00\x00\x00\x02\x00\x00\x19\x01\x90\x03\x00\x00\x01\x00/0\x00\x00\x00\x00\x00\x00\x02\x00\x00\x1b\x01\x90\x03\x00\x00\x01\x0023\x00\x00\x00\x00\x00\x00\x02\x00\x00\x1d\x01\x90\x03\x00\x00\x01\x0067\x00\x00\x00\x00\x00\x00\x00\x00\x00\x1f\x01\x90\x03\x00\x00\x01\x006:\x00\x00\x00\x00\x00\x00\x00\x00\x00!\x01\x90\x03\x00\x00\x01\x00=>\x00\x00\x00\x00\x00\x00\x02\x00",
        );
        &::gwerr_core::Family::new(
                "CommonError",
                "CommonErrorCode",
                &[
                    __Table::new(
                        "3.3. Common error codes for clients",
                        &[
                            __Column::new(__ColumnKind::Scenario, "Scenario"),
                            __Column::new(__ColumnKind::Code, "Error code"),
                            __Column::new(__ColumnKind::Message, "Error message"),
                            __Column::new(__ColumnKind::Status, "Status code"),
                            __Column::new(__ColumnKind::Solution, "Suggestion"),
                        ],
                        __meta::flat(&[__ROWS_0_0], 15usize),
                    ),
                ],
            )
            .with_placeholders(&["{Name}"])
            .non_exhaustive()
    };
    /// This code's row: every column the docs give for it.
    pub const fn row(self) -> &'static ::gwerr_core::Row {
        let __index = self as ::core::primitive::usize;
        let __tables = Self::FAMILY.tables;
        &__tables[0usize].rows[__index]
    }
    /// The code as documented (a templated code keeps its placeholder).
    pub const fn as_str(self) -> &'static ::core::primitive::str {
        <Self as ::gwerr_core::__private::Texts>::CODES[self as ::core::primitive::usize]
    }
    /// The documented HTTP status.
    pub const fn status(self) -> ::gwerr_core::__private::StatusCode {
        const STATUSES: &[::gwerr_core::__private::StatusCode] = &::gwerr_core::__private::meta::statuses::<
            15usize,
        >(
            b"\x94\x03\x90\x03\x94\x03\x90\x03\x90\x03\x90\x03\x90\x03\x90\x03\x90\x03\x90\x03\x90\x03\x90\x03\x90\x03\x90\x03\x90\x03",
        );
        STATUSES[self as ::core::primitive::usize]
    }
    /// The documented message template.
    pub const fn message_template(self) -> &'static ::core::primitive::str {
        self.row().message.text
    }
    /// The documented description, empty where the docs give none.
    pub const fn description(self) -> &'static ::core::primitive::str {
        self.row().description
    }
    /// Whether, and how, a caller may retry: each variant's docs say.
    pub const fn retry(self) -> ::gwerr_core::Retry {
        self.row().retry
    }
    /// Whether a caller may retry at all.
    pub const fn is_retryable(self) -> ::core::primitive::bool {
        self.row().retryable
    }
}
#[automatically_derived]
impl ::core::fmt::Display for CommonErrorCode {
    fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        __out.write_str(self.as_str())
    }
}
#[automatically_derived]
impl ::core::fmt::Debug for CommonErrorCode {
    fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        __out
            .write_str(
                <Self as ::gwerr_core::__private::Texts>::NAMES[*self
                    as ::core::primitive::usize],
            )
    }
}
#[automatically_derived]
impl ::gwerr_core::__private::Texts for CommonErrorCode {
    const CODES: &'static [&'static ::core::primitive::str] = &[
        r"InvalidApi.NotFound",
        r"Missing{ParameterName}",
        r"InvalidAccessKeyId.NotFound",
        r"InvalidAccessKeyId.Inactive",
        r"InvalidTimeStamp.Format",
        r"InvalidTimeStamp.Expired",
        r"SignatureNonceUsed",
        r"InvalidParameter.Format",
        r"Invalid{ParameterName}",
        r"UnsupportedHTTPMethod",
        r"InvalidSignatureMethod",
        r"SignatureDoesNotMatch",
        r"Throttling.User",
        r"Throttling.API",
        r"MissingSecurityToken",
    ];
    const NAMES: &'static [&'static ::core::primitive::str] = &[
        r"InvalidApiNotFound",
        r"Missing",
        r"InvalidAccessKeyIdNotFound",
        r"InvalidAccessKeyIdInactive",
        r"InvalidTimeStampFormat",
        r"InvalidTimeStampExpired",
        r"SignatureNonceUsed",
        r"InvalidParameterFormat",
        r"Invalid",
        r"UnsupportedHTTPMethod",
        r"InvalidSignatureMethod",
        r"SignatureDoesNotMatch",
        r"ThrottlingUser",
        r"ThrottlingApi",
        r"MissingSecurityToken",
    ];
    const PHRASES: &'static [&'static ::core::primitive::str] = &[
        r"Specified api is not found, please check your url and method.",
        r"",
        r"Specified access key is not found.",
        r"Specified access key is disabled.",
        r"Specified time stamp or date value is not well formatted.",
        r"Specified time stamp or date value is expired.",
        r"Specified signature nonce was used already.",
        r"Specified parameter format is not valid.",
        r"",
        r"Specified signature is not matched with our calculation.",
        r"Specified signature method is not valid.",
        r"Specified signature is not matched with our calculation.",
        r"Request was denied due to user flow control.",
        r"Request was denied due to api flow control.",
        r"SecurityToken is mandatory for this action.",
    ];
}
#[automatically_derived]
impl ::core::clone::Clone for CommonErrorCode {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}
#[automatically_derived]
impl ::core::marker::Copy for CommonErrorCode {}
#[automatically_derived]
impl ::core::cmp::PartialOrd for CommonErrorCode {
    #[inline]
    fn partial_cmp(
        &self,
        other: &Self,
    ) -> ::core::option::Option<::core::cmp::Ordering> {
        ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
    }
}
#[automatically_derived]
impl ::core::cmp::Ord for CommonErrorCode {
    #[inline]
    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
        let (__a, __b) = (
            *self as ::core::primitive::usize,
            *other as ::core::primitive::usize,
        );
        ::core::cmp::Ord::cmp(&__a, &__b)
    }
}
#[automatically_derived]
impl ::core::hash::Hash for CommonErrorCode {
    #[inline]
    fn hash<__H: ::core::hash::Hasher>(&self, __state: &mut __H) {
        ::core::hash::Hasher::write_usize(__state, *self as ::core::primitive::usize)
    }
}
#[automatically_derived]
impl ::gwerr_core::ErrorCode for CommonErrorCode {
    const FAMILY: &'static ::gwerr_core::Family = CommonErrorCode::FAMILY;
    const ALL: &'static [Self] = CommonErrorCode::ALL;
    fn row(self) -> &'static ::gwerr_core::Row {
        CommonErrorCode::row(self)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::str::FromStr for CommonErrorCode {
    type Err = ::gwerr_core::UnknownCode;
    /// Finds the row of a code: an exact match of a fixed code first,
    /// then the templated codes, the longest literal text first.
    #[inline]
    fn from_str(
        __code: &::core::primitive::str,
    ) -> ::core::result::Result<Self, Self::Err> {
        static FIXED: [(&::core::primitive::str, CommonErrorCode); 13usize] = [
            ("InvalidApi.NotFound", CommonErrorCode::InvalidApiNotFound),
            ("InvalidAccessKeyId.NotFound", CommonErrorCode::InvalidAccessKeyIdNotFound),
            ("InvalidAccessKeyId.Inactive", CommonErrorCode::InvalidAccessKeyIdInactive),
            ("InvalidTimeStamp.Format", CommonErrorCode::InvalidTimeStampFormat),
            ("InvalidTimeStamp.Expired", CommonErrorCode::InvalidTimeStampExpired),
            ("SignatureNonceUsed", CommonErrorCode::SignatureNonceUsed),
            ("InvalidParameter.Format", CommonErrorCode::InvalidParameterFormat),
            ("UnsupportedHTTPMethod", CommonErrorCode::UnsupportedHTTPMethod),
            ("InvalidSignatureMethod", CommonErrorCode::InvalidSignatureMethod),
            ("SignatureDoesNotMatch", CommonErrorCode::SignatureDoesNotMatch),
            ("Throttling.User", CommonErrorCode::ThrottlingUser),
            ("Throttling.API", CommonErrorCode::ThrottlingApi),
            ("MissingSecurityToken", CommonErrorCode::MissingSecurityToken),
        ];
        /// The perfect hash has `1 << SLOT_BITS` slots.
        const SLOT_BITS: ::core::primitive::u32 = 5u32;
        static DISPS: [::core::primitive::u64; 4usize] = [
            0u64, 0u64, 14029467366897019727u64, 14029467366897019727u64,
        ];
        /// Each slot's index into `FIXED`; an empty slot's is out of range.
        static SLOTS: [::core::primitive::u16; 32usize] = [
            65535u16, 65535u16, 65535u16, 3u16, 4u16, 65535u16, 65535u16, 65535u16,
            65535u16, 65535u16, 6u16, 65535u16, 0u16, 11u16, 65535u16, 9u16, 65535u16,
            1u16, 2u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 7u16, 10u16,
            65535u16, 12u16, 8u16, 65535u16, 65535u16, 5u16,
        ];
        let __slot = ::gwerr_core::__private::perfect_slot(
            __code.as_bytes(),
            SLOT_BITS,
            &DISPS,
        );
        if let ::core::option::Option::Some(&(__text, __found)) = FIXED
            .get(SLOTS[__slot % SLOTS.len()] as ::core::primitive::usize)
        {
            if __text == __code {
                return ::core::result::Result::Ok(__found);
            }
        }
        if ::gwerr_core::__private::matches_template(__code, "Missing", "") {
            return ::core::result::Result::Ok(Self::Missing);
        }
        if ::gwerr_core::__private::matches_template(__code, "Invalid", "") {
            return ::core::result::Result::Ok(Self::Invalid);
        }
        ::core::result::Result::Err(::gwerr_core::UnknownCode::new(__code))
    }
}
::gwerr_core::__serde! {
    #[automatically_derived] #[allow(deprecated)] impl
    ::gwerr_core::__private::serde::Serialize for CommonError { fn serialize < __S > (&
    self, __serializer : __S) -> ::core::result::Result < __S::Ok, __S::Error > where __S
    : ::gwerr_core::__private::serde::Serializer, { use
    ::gwerr_core::__private::serialize_error as __serialize; use
    ::gwerr_core::__private::Field as __Field; match self { Self::InvalidApiNotFound =>
    __serialize(self, __serializer, & []), Self::Missing { parameter_name } => {
    __serialize(self, __serializer, & [("parameter_name", parameter_name as & dyn
    __Field)]) }, Self::InvalidAccessKeyIdNotFound => __serialize(self, __serializer, &
    []), Self::InvalidAccessKeyIdInactive => __serialize(self, __serializer, & []),
    Self::InvalidTimeStampFormat => __serialize(self, __serializer, & []),
    Self::InvalidTimeStampExpired => __serialize(self, __serializer, & []),
    Self::SignatureNonceUsed => __serialize(self, __serializer, & []),
    Self::InvalidParameterFormat => __serialize(self, __serializer, & []), Self::Invalid
    { parameter_name } => { __serialize(self, __serializer, & [("parameter_name",
    parameter_name as & dyn __Field)]) }, Self::UnsupportedHTTPMethod =>
    __serialize(self, __serializer, & []), Self::InvalidSignatureMethod =>
    __serialize(self, __serializer, & []), Self::SignatureDoesNotMatch =>
    __serialize(self, __serializer, & []), Self::ThrottlingUser => __serialize(self,
    __serializer, & []), Self::ThrottlingApi => __serialize(self, __serializer, & []),
    Self::MissingSecurityToken => __serialize(self, __serializer, & []), } } }
    #[automatically_derived] impl ::gwerr_core::__private::serde::Serialize for
    CommonErrorCode { fn serialize < __S > (& self, __serializer : __S) ->
    ::core::result::Result < __S::Ok, __S::Error > where __S :
    ::gwerr_core::__private::serde::Serializer, { __serializer.serialize_str(self
    .as_str()) } } #[automatically_derived] impl < 'de >
    ::gwerr_core::__private::serde::Deserialize < 'de > for CommonError { fn deserialize
    < __D > (__deserializer : __D) -> ::core::result::Result < Self, __D::Error > where
    __D : ::gwerr_core::__private::serde::Deserializer < 'de >, {
    ::gwerr_core::__private::deserialize_error(__deserializer) } }
    #[automatically_derived] impl < 'de > ::gwerr_core::__private::serde::Deserialize <
    'de > for CommonErrorCode { fn deserialize < __D > (__deserializer : __D) ->
    ::core::result::Result < Self, __D::Error > where __D :
    ::gwerr_core::__private::serde::Deserializer < 'de >, {
    ::gwerr_core::__private::deserialize_code(__deserializer) } }
}
::gwerr_core::__axum! {
    #[automatically_derived] impl
    ::gwerr_core::__private::axum_core::response::IntoResponse for CommonError { fn
    into_response(self) -> ::gwerr_core::__private::axum_core::response::Response {
    ::gwerr_core::__private::into_response(& self) } }
}
::gwerr_core::__miette! {
    #[automatically_derived] impl ::gwerr_core::__private::miette::Diagnostic for
    CommonError { fn code < 'a > (& 'a self) -> ::core::option::Option <
    ::std::boxed::Box < dyn ::core::fmt::Display + 'a >> { let row = < CommonErrorCode as
    ::gwerr_core::ErrorCode > ::row(< Self as ::gwerr_core::ErrorFamily > ::code(self));
    ::gwerr_core::__private::answers::code(row) } fn help < 'a > (& 'a self) ->
    ::core::option::Option < ::std::boxed::Box < dyn ::core::fmt::Display + 'a >> { let
    row = < CommonErrorCode as ::gwerr_core::ErrorCode > ::row(< Self as
    ::gwerr_core::ErrorFamily > ::code(self));
    ::gwerr_core::__private::answers::help(row) } fn url < 'a > (& 'a self) ->
    ::core::option::Option < ::std::boxed::Box < dyn ::core::fmt::Display + 'a >> { let
    row = < CommonErrorCode as ::gwerr_core::ErrorCode > ::row(< Self as
    ::gwerr_core::ErrorFamily > ::code(self)); ::gwerr_core::__private::answers::url(<
    CommonErrorCode as ::gwerr_core::ErrorCode > ::FAMILY, row) } fn severity(& self) ->
    ::core::option::Option < ::gwerr_core::__private::miette::Severity > {
    ::core::option::Option::Some(::gwerr_core::__private::miette::Severity::Error) } }
}
