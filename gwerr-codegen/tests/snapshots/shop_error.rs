// The expansion of `shop_error`, formatted; written by tests/snapshots.rs.

/// Errors of the shop's API.
#[cfg_attr(
    doc,
    doc = ::gwerr_core::__private::tables!(
        #[doc = " Errors of the shop's API."]pub
        enum
        ShopError{code = ShopErrorCode;status_in_code = 1..4;placeholders = "${Name}";type
        Quantity = u32;table
        "1. Client errors"(4XX){|Error
        code|HTTP
        status
        code|Message|Description||E400QT
        as
        InvalidQuantity|400|"Invalid quantity `${Quantity}` for ${Item}"|"The quantity is out of range."||E404IT
        as
        ItemNotFound|404|"Item ${Item} not found"|""|}}
    )
)]
#[derive(::core::clone::Clone)]
pub enum ShopError {
    /** `E400QT` · HTTP 400

 Message: ``Invalid quantity `${Quantity}` for ${Item}``

 The quantity is out of range.
*/
    InvalidQuantity {
        /// The value of the placeholder `Quantity`.
        quantity: u32,
        /// The value of the placeholder `Item`.
        item: ::std::string::String,
    },
    /** `E404IT` · HTTP 404

 Message: `Item ${Item} not found`
*/
    ItemNotFound {
        /// The value of the placeholder `Item`.
        item: ::std::string::String,
    },
}
/// The code of a [`ShopError`]: one variant per row, without the fields.
#[cfg_attr(
    doc,
    doc = ::gwerr_core::__private::tables!(
        #[doc = " Errors of the shop's API."]pub
        enum
        ShopError{code = ShopErrorCode;status_in_code = 1..4;placeholders = "${Name}";type
        Quantity = u32;table
        "1. Client errors"(4XX){|Error
        code|HTTP
        status
        code|Message|Description||E400QT
        as
        InvalidQuantity|400|"Invalid quantity `${Quantity}` for ${Item}"|"The quantity is out of range."||E404IT
        as
        ItemNotFound|404|"Item ${Item} not found"|""|}}
    )
)]
#[derive(::core::cmp::PartialEq, ::core::cmp::Eq)]
pub enum ShopErrorCode {
    /// `E400QT` · HTTP 400: the code of [`ShopError::InvalidQuantity`](ShopError::InvalidQuantity).
    #[cfg_attr(doc, doc(alias(r"E400QT")))]
    InvalidQuantity,
    /// `E404IT` · HTTP 404: the code of [`ShopError::ItemNotFound`](ShopError::ItemNotFound).
    #[cfg_attr(doc, doc(alias(r"E404IT")))]
    ItemNotFound,
}
const _: () = {
    #[inline]
    fn __field_0(__value: &u32) -> &dyn ::gwerr_core::__private::Field {
        __value
    }
    #[automatically_derived]
    impl ::core::fmt::Display for ShopError {
        fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            __parts(
                self,
                |__texts, __values| match __texts.len() {
                    0 => {
                        __out
                            .write_str(
                                <ShopErrorCode as ::gwerr_core::__private::Texts>::PHRASES[ShopError::code(
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
        __error: &ShopError,
        __read: impl ::core::ops::FnOnce(
            &[&'static ::core::primitive::str],
            &[&dyn ::gwerr_core::__private::Field],
        ) -> __R,
    ) -> __R {
        match __error {
            ShopError::InvalidQuantity { quantity: __f0, item: __f1 } => {
                __read(
                    &[r"Invalid quantity `", r"` for ", r""],
                    &[__field_0(__f0), __f1],
                )
            }
            ShopError::ItemNotFound { item: __f0 } => {
                __read(&[r"Item ", r" not found"], &[__f0])
            }
        }
    }
    const __NAMES_0: &[&::core::primitive::str] = &["quantity", "item"];
    const __NAMES_1: &[&::core::primitive::str] = &["item"];
    const __NAME_LISTS: &[&[&::core::primitive::str]] = &[__NAMES_0, __NAMES_1];
    const __NAMES_OF: &[::core::primitive::u8] = b"\x00\x01";
    /// The names of the fields of row `__row`.
    fn __names(
        __row: ::core::primitive::usize,
    ) -> &'static [&'static ::core::primitive::str] {
        __NAME_LISTS[::gwerr_core::__private::row_entry(__NAMES_OF, 1usize, __row)]
    }
    #[automatically_derived]
    impl ::core::fmt::Debug for ShopError {
        fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            let __row = ShopError::code(self) as ::core::primitive::usize;
            __parts(
                self,
                |_, __values| {
                    let __names = __names(__row);
                    ::gwerr_core::__private::debug_fields(
                        __out,
                        <ShopErrorCode as ::gwerr_core::__private::Texts>::NAMES[__row],
                        __names,
                        &__values[..__names.len()],
                    )
                },
            )
        }
    }
    #[automatically_derived]
    impl ::core::cmp::PartialEq for ShopError {
        fn eq(&self, __other: &Self) -> ::core::primitive::bool {
            let __row = ShopError::code(self) as ::core::primitive::usize;
            __row == ShopError::code(__other) as ::core::primitive::usize
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
impl ::core::cmp::Eq for ShopError {}
const _: () = {
    use ::gwerr_core::__private::field_type_is_eq as __is_eq;
    __is_eq::<u32>();
    __is_eq::<::std::string::String>();
};
#[automatically_derived]
impl ::std::error::Error for ShopError {}
#[allow(deprecated)]
impl ShopError {
    /// The code of this error's row.
    pub const fn code(&self) -> ShopErrorCode {
        ShopErrorCode::ALL[match self {
            Self::InvalidQuantity { .. } => 0,
            Self::ItemNotFound { .. } => 1,
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
        code: ShopErrorCode,
        fields: &[&::core::primitive::str],
    ) -> ::core::result::Result<Self, ::gwerr_core::FieldError> {
        use ::gwerr_core::__private::ReadBack as __ReadBack;
        use ::gwerr_core::__private::row_entry as __row_entry;
        fn __read_0(
            code: ShopErrorCode,
            fields: &[&::core::primitive::str],
            index: ::core::primitive::usize,
        ) -> ::core::result::Result<u32, ::gwerr_core::FieldError> {
            <u32 as __ReadBack>::read_field(code, fields, index)
        }
        fn __read_1(
            code: ShopErrorCode,
            fields: &[&::core::primitive::str],
            index: ::core::primitive::usize,
        ) -> ::core::result::Result<::std::string::String, ::gwerr_core::FieldError> {
            <::std::string::String as __ReadBack>::read_field(code, fields, index)
        }
        fn __read_fields_0(
            code: ShopErrorCode,
            fields: &[&::core::primitive::str],
        ) -> ::core::result::Result<
            (u32, ::std::string::String),
            ::gwerr_core::FieldError,
        > {
            let __f0 = __read_0(code, fields, 0)?;
            let __f1 = __read_1(code, fields, 1)?;
            ::core::result::Result::Ok((__f0, __f1))
        }
        fn __read_fields_1(
            code: ShopErrorCode,
            fields: &[&::core::primitive::str],
        ) -> ::core::result::Result<(::std::string::String,), ::gwerr_core::FieldError> {
            let __f0 = __read_1(code, fields, 0)?;
            ::core::result::Result::Ok((__f0,))
        }
        ::gwerr_core::__private::field_count(code, fields)?;
        ::core::result::Result::Ok({
            const __LISTS: &[::core::primitive::u8] = b"\x00\x01";
            match __row_entry(__LISTS, 1, code as ::core::primitive::usize) {
                0 => {
                    let (__f0, __f1) = __read_fields_0(code, fields)?;
                    match code {
                        ShopErrorCode::InvalidQuantity => {
                            Self::InvalidQuantity {
                                quantity: __f0,
                                item: __f1,
                            }
                        }
                        _ => ::core::unreachable!(),
                    }
                }
                1 => {
                    let (__f0,) = __read_fields_1(code, fields)?;
                    match code {
                        ShopErrorCode::ItemNotFound => Self::ItemNotFound { item: __f0 },
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
            _ => ::std::borrow::Cow::Borrowed(self.code().as_str()),
        }
    }
}
#[automatically_derived]
impl ::gwerr_core::ErrorFamily for ShopError {
    type Code = ShopErrorCode;
    fn code(&self) -> ShopErrorCode {
        ShopError::code(self)
    }
    fn from_fields(
        code: ShopErrorCode,
        fields: &[&::core::primitive::str],
    ) -> ::core::result::Result<Self, ::gwerr_core::FieldError> {
        ShopError::from_fields(code, fields)
    }
    fn wire_code(&self) -> ::std::borrow::Cow<'static, ::core::primitive::str> {
        ShopError::wire_code(self)
    }
}
#[allow(deprecated)]
impl ShopErrorCode {
    /// Every code, in table order.
    pub const ALL: &'static [Self] = &[Self::InvalidQuantity, Self::ItemNotFound];
    /// The tables this family was declared from.
    pub const FAMILY: &'static ::gwerr_core::Family = {
        use ::gwerr_core::__private::meta as __meta;
        use __meta::{Column as __Column, ColumnKind as __ColumnKind, Table as __Table};
        const __TEXTS: &[&::core::primitive::str] = &[
            r"",
            r"E400QT",
            r"Invalid quantity `",
            r"` for ",
            r"Invalid quantity `${Quantity}` for ${Item}",
            r"The quantity is out of range.",
            r"Quantity",
            r"quantity",
            r"u32",
            r"Item",
            r"item",
            r"String",
            r"E404IT",
            r"Item ",
            r" not found",
            r"Item ${Item} not found",
        ];
        const __PARTS_0: [__meta::Part; 9] = __meta::parts(
            __TEXTS,
            b"\x02\x04\x01\x06\x03\x18\x1a\x01\x1c",
        );
        const __FIELDS_0: [__meta::Field; 3] = __meta::fields(
            __TEXTS,
            b"\x06\x07\x08\t\n\x0b\t\n\x0b",
        );
        const __EXTRAS_0: [&'static ::core::primitive::str; 0] = __meta::extras(
            __TEXTS,
            b"",
        );
        const __SOURCES: __meta::Sources = __meta::Sources {
            texts: __TEXTS,
            codes: <ShopErrorCode as ::gwerr_core::__private::Texts>::CODES,
            names: <ShopErrorCode as ::gwerr_core::__private::Texts>::NAMES,
            phrases: <ShopErrorCode as ::gwerr_core::__private::Texts>::PHRASES,
            parts: &[&__PARTS_0],
            fields: &[&__FIELDS_0],
            extras: &[&__EXTRAS_0],
        };
        const __ROWS_0_0: [__meta::Row; 2] = __meta::rows(
            __SOURCES,
            0,
            b"\x00\x00\x01\x90\x03\x00\x04\x04\x05\x00\x00\x00\x00\x00\x00\x00\x02\x02\x00\x00\x05\x01\x94\x03\x00\x0f\x03\x00\x00\x00\x00\x00\x00\x00\x02\x01\x02\x00",
        );
        &::gwerr_core::Family::new(
                "ShopError",
                "ShopErrorCode",
                &[
                    __Table::new(
                        "1. Client errors",
                        &[
                            __Column::new(__ColumnKind::Code, "Error code"),
                            __Column::new(__ColumnKind::Status, "HTTP status code"),
                            __Column::new(__ColumnKind::Message, "Message"),
                            __Column::new(__ColumnKind::Description, "Description"),
                        ],
                        __meta::flat(&[__ROWS_0_0], 2usize),
                    ),
                ],
            )
            .with_placeholders(&["${Name}"])
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
            2usize,
        >(b"\x90\x03\x94\x03");
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
impl ::core::fmt::Display for ShopErrorCode {
    fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        __out.write_str(self.as_str())
    }
}
#[automatically_derived]
impl ::core::fmt::Debug for ShopErrorCode {
    fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        __out
            .write_str(
                <Self as ::gwerr_core::__private::Texts>::NAMES[*self
                    as ::core::primitive::usize],
            )
    }
}
#[automatically_derived]
impl ::gwerr_core::__private::Texts for ShopErrorCode {
    const CODES: &'static [&'static ::core::primitive::str] = &[r"E400QT", r"E404IT"];
    const NAMES: &'static [&'static ::core::primitive::str] = &[
        r"InvalidQuantity",
        r"ItemNotFound",
    ];
    const PHRASES: &'static [&'static ::core::primitive::str] = &[r"", r""];
}
#[automatically_derived]
impl ::core::clone::Clone for ShopErrorCode {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}
#[automatically_derived]
impl ::core::marker::Copy for ShopErrorCode {}
#[automatically_derived]
impl ::core::cmp::PartialOrd for ShopErrorCode {
    #[inline]
    fn partial_cmp(
        &self,
        other: &Self,
    ) -> ::core::option::Option<::core::cmp::Ordering> {
        ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
    }
}
#[automatically_derived]
impl ::core::cmp::Ord for ShopErrorCode {
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
impl ::core::hash::Hash for ShopErrorCode {
    #[inline]
    fn hash<__H: ::core::hash::Hasher>(&self, __state: &mut __H) {
        ::core::hash::Hasher::write_usize(__state, *self as ::core::primitive::usize)
    }
}
#[automatically_derived]
impl ::gwerr_core::ErrorCode for ShopErrorCode {
    const FAMILY: &'static ::gwerr_core::Family = ShopErrorCode::FAMILY;
    const ALL: &'static [Self] = ShopErrorCode::ALL;
    fn row(self) -> &'static ::gwerr_core::Row {
        ShopErrorCode::row(self)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::str::FromStr for ShopErrorCode {
    type Err = ::gwerr_core::UnknownCode;
    /// Finds the row of a code: an exact match of a fixed code first,
    /// then the templated codes, the longest literal text first.
    #[inline]
    fn from_str(
        __code: &::core::primitive::str,
    ) -> ::core::result::Result<Self, Self::Err> {
        match __code {
            "E400QT" => return ::core::result::Result::Ok(Self::InvalidQuantity),
            "E404IT" => return ::core::result::Result::Ok(Self::ItemNotFound),
            _ => {}
        }
        ::core::result::Result::Err(::gwerr_core::UnknownCode::new(__code))
    }
}
::gwerr_core::__serde! {
    #[automatically_derived] #[allow(deprecated)] impl
    ::gwerr_core::__private::serde::Serialize for ShopError { fn serialize < __S > (&
    self, __serializer : __S) -> ::core::result::Result < __S::Ok, __S::Error > where __S
    : ::gwerr_core::__private::serde::Serializer, { use
    ::gwerr_core::__private::serialize_error as __serialize; use
    ::gwerr_core::__private::Field as __Field; match self { Self::InvalidQuantity {
    quantity, item } => { __serialize(self, __serializer, & [("quantity", quantity as &
    dyn __Field), ("item", item as & dyn __Field)]) }, Self::ItemNotFound { item } => {
    __serialize(self, __serializer, & [("item", item as & dyn __Field)]) }, } } }
    #[automatically_derived] impl ::gwerr_core::__private::serde::Serialize for
    ShopErrorCode { fn serialize < __S > (& self, __serializer : __S) ->
    ::core::result::Result < __S::Ok, __S::Error > where __S :
    ::gwerr_core::__private::serde::Serializer, { __serializer.serialize_str(self
    .as_str()) } } #[automatically_derived] impl < 'de >
    ::gwerr_core::__private::serde::Deserialize < 'de > for ShopError { fn deserialize <
    __D > (__deserializer : __D) -> ::core::result::Result < Self, __D::Error > where __D
    : ::gwerr_core::__private::serde::Deserializer < 'de >, {
    ::gwerr_core::__private::deserialize_error(__deserializer) } }
    #[automatically_derived] impl < 'de > ::gwerr_core::__private::serde::Deserialize <
    'de > for ShopErrorCode { fn deserialize < __D > (__deserializer : __D) ->
    ::core::result::Result < Self, __D::Error > where __D :
    ::gwerr_core::__private::serde::Deserializer < 'de >, {
    ::gwerr_core::__private::deserialize_code(__deserializer) } }
}
::gwerr_core::__axum! {
    #[automatically_derived] impl
    ::gwerr_core::__private::axum_core::response::IntoResponse for ShopError { fn
    into_response(self) -> ::gwerr_core::__private::axum_core::response::Response {
    ::gwerr_core::__private::into_response(& self) } }
}
::gwerr_core::__miette! {
    #[automatically_derived] impl ::gwerr_core::__private::miette::Diagnostic for
    ShopError { fn code < 'a > (& 'a self) -> ::core::option::Option < ::std::boxed::Box
    < dyn ::core::fmt::Display + 'a >> { let row = < ShopErrorCode as
    ::gwerr_core::ErrorCode > ::row(< Self as ::gwerr_core::ErrorFamily > ::code(self));
    ::gwerr_core::__private::answers::code(row) } fn help < 'a > (& 'a self) ->
    ::core::option::Option < ::std::boxed::Box < dyn ::core::fmt::Display + 'a >> { let
    row = < ShopErrorCode as ::gwerr_core::ErrorCode > ::row(< Self as
    ::gwerr_core::ErrorFamily > ::code(self));
    ::gwerr_core::__private::answers::help(row) } fn url < 'a > (& 'a self) ->
    ::core::option::Option < ::std::boxed::Box < dyn ::core::fmt::Display + 'a >> { let
    row = < ShopErrorCode as ::gwerr_core::ErrorCode > ::row(< Self as
    ::gwerr_core::ErrorFamily > ::code(self)); ::gwerr_core::__private::answers::url(<
    ShopErrorCode as ::gwerr_core::ErrorCode > ::FAMILY, row) } fn severity(& self) ->
    ::core::option::Option < ::gwerr_core::__private::miette::Severity > {
    ::core::option::Option::Some(::gwerr_core::__private::miette::Severity::Error) } }
}
