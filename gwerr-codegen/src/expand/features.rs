//! The impls that only a feature of `gwerr_core` makes compile: `serde`'s
//! `Serialize` and `Deserialize`, `axum`'s `IntoResponse`.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::Ident;

use crate::ast::Features;
use crate::params::Params;

/// The `serde` and `axum` impls, each as [`when_feature`] decides.
pub fn impls(params: &Params) -> TokenStream {
    let serde_impls = when_feature(params, |f| f.serde, "__serde", serde_impls);
    let axum_impls = when_feature(params, |f| f.axum, "__axum", axum_impls);
    let miette_impls = when_feature(params, |f| f.miette, "__miette", miette_impls);
    quote!(#serde_impls #axum_impls #miette_impls)
}

/// Items that only a feature of `gwerr_core` makes compile: emitted or not
/// as the features `gwerr_core::error_table!` passes say, else handed to
/// `gwerr_core`'s macro (`__serde!`, `__axum!`), which keeps or drops them.
/// Nothing is built for a feature known to be off.
fn when_feature(
    params: &Params,
    enabled: fn(Features) -> bool,
    keeper: &str,
    items: fn(&Params) -> TokenStream,
) -> TokenStream {
    match params.family.features {
        Some(features) if enabled(features) => items(params),
        Some(_) => TokenStream::new(),
        None => {
            let krate = &params.krate;
            let keeper = Ident::new(keeper, Span::call_site());
            let items = items(params);
            quote!(#krate::#keeper! { #items })
        }
    }
}

/// `#[cfg_attr(docsrs, doc(cfg(feature = "...")))]` for an impl of
/// gwerr-core's own families, so that docs.rs shows the feature it needs
/// (a user's family gets none: the feature is gwerr-core's, not theirs).
fn badge(params: &Params, feature: &str) -> TokenStream {
    match params.family.features {
        Some(features) if features.badges => {
            quote!(#[cfg_attr(docsrs, doc(cfg(feature = #feature)))])
        }
        _ => TokenStream::new(),
    }
}

/// `Serialize` and `Deserialize` for both enums, when `gwerr_core`'s
/// `serde` feature is on (the user's crate cannot see that feature). Both
/// call helpers written once in `gwerr_core`.
fn serde_impls(params: &Params) -> TokenStream {
    let ident = &params.family.ident;
    let code = &params.code;
    let krate = &params.krate;
    let arms = params.rows().map(|row| {
        let variant = &row.variant;
        if row.fields.is_empty() {
            return quote!(Self::#variant => __serialize(self, __serializer, &[]));
        }
        let bindings = row.fields.iter().map(|f| &f.ident);
        let entries = row.fields.iter().map(|f| {
            let binding = &f.ident;
            let key = f.text.as_str();
            quote!((#key, #binding as &dyn __Field))
        });
        quote! {
            Self::#variant { #(#bindings),* } => {
                __serialize(self, __serializer, &[#(#entries),*])
            }
        }
    });
    let badge = badge(params, "serde");
    quote! {
            #badge
            #[automatically_derived]
            #[allow(deprecated)]
            impl #krate::__private::serde::Serialize for #ident {
                fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #krate::__private::serde::Serializer,
                {
                    use #krate::__private::serialize_error as __serialize;
                    use #krate::__private::Field as __Field;
                    match self {
                        #(#arms,)*
                    }
                }
            }

            #badge
            #[automatically_derived]
            impl #krate::__private::serde::Serialize for #code {
                fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #krate::__private::serde::Serializer,
                {
                    __serializer.serialize_str(self.as_str())
                }
            }

            #badge
            #[automatically_derived]
            impl<'de> #krate::__private::serde::Deserialize<'de> for #ident {
                fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: #krate::__private::serde::Deserializer<'de>,
                {
                    #krate::__private::deserialize_error(__deserializer)
                }
            }

            #badge
            #[automatically_derived]
            impl<'de> #krate::__private::serde::Deserialize<'de> for #code {
                fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: #krate::__private::serde::Deserializer<'de>,
                {
                    #krate::__private::deserialize_code(__deserializer)
                }
            }
    }
}

/// `IntoResponse`, when `gwerr_core`'s `axum` feature is on.
fn axum_impls(params: &Params) -> TokenStream {
    let ident = &params.family.ident;
    let krate = &params.krate;
    let badge = badge(params, "axum");
    quote! {
            #badge
            #[automatically_derived]
            impl #krate::__private::axum_core::response::IntoResponse for #ident {
                fn into_response(self) -> #krate::__private::axum_core::response::Response {
                    #krate::__private::into_response(&self)
                }
            }
    }
}

/// `miette::Diagnostic`, when `gwerr_core`'s `miette` feature is on: each
/// answer is the row's, written once in `gwerr_core` (`miette_support.rs`).
fn miette_impls(params: &Params) -> TokenStream {
    let ident = &params.family.ident;
    let code = &params.code;
    let krate = &params.krate;
    let badge = badge(params, "miette");
    quote! {
            #badge
            #[automatically_derived]
            impl #krate::__private::miette::Diagnostic for #ident {
                fn code<'a>(&'a self) -> ::core::option::Option<::std::boxed::Box<dyn ::core::fmt::Display + 'a>> {
                    let row = <#code as #krate::ErrorCode>::row(<Self as #krate::ErrorFamily>::code(self));
                    #krate::__private::answers::code(row)
                }

                fn help<'a>(&'a self) -> ::core::option::Option<::std::boxed::Box<dyn ::core::fmt::Display + 'a>> {
                    let row = <#code as #krate::ErrorCode>::row(<Self as #krate::ErrorFamily>::code(self));
                    #krate::__private::answers::help(row)
                }

                fn url<'a>(&'a self) -> ::core::option::Option<::std::boxed::Box<dyn ::core::fmt::Display + 'a>> {
                    let row = <#code as #krate::ErrorCode>::row(<Self as #krate::ErrorFamily>::code(self));
                    #krate::__private::answers::url(<#code as #krate::ErrorCode>::FAMILY, row)
                }

                fn severity(&self) -> ::core::option::Option<#krate::__private::miette::Severity> {
                    ::core::option::Option::Some(#krate::__private::miette::Severity::Error)
                }
            }
    }
}
