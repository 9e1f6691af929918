// import: table "Request parameters" is left out: no column holds HTTP statuses (Parameter | Type | Meaning)

gwerr_core::error_table! {
    /// The errors of the table "1. Errors of requests".
    // import: the family RequestsError is named after the table's title "1. Errors of requests": name it
    // import: every placeholder is a String (Field, Value, Detail, Ledger, Entry, Quota): give one another type with `type Name = u32;`
    #[non_exhaustive]
    pub enum RequestsError {
        #[non_exhaustive]
        code = RequestsErrorCode;
        placeholders = "{Name}";
        status = 2XX | 4XX;
        columns = { code: "Errno", status: "HTTP", message: "Text shown to callers" };

        table "1. Errors of requests" {
        | "Errno" | "HTTP" | "Text shown to callers" | "Since" |
        | "40001" as Code40001 | 400 Bad Request | "The field {Field} is missing." | "v1" |
        | "40002" as Code40002 | 400 Bad Request | "The value `{Value}` of {Field} is not allowed." | "v1" |
        | "InvalidParameter.Format" as InvalidParameterFormat | Bad Request (400) | "A parameter has the wrong format: {Detail}" | "v2" |
        | "Ledger.Locked" as LedgerLocked | 423 | "The ledger {Ledger} is locked | try again later." | "v2" |
        | NotFound | 404 Not Found | "No entry {Entry} in ledger {Ledger}." | "v1" |
        // import: named NotFound2, as its name is another row's or a keyword: name it
        | NotFound as NotFound2 | 410 Gone | "Entry {Entry} was removed." | "v3" |
        | "Quota exceeded" as QuotaExceeded | Too Many Requests (429) | "Slow down: the quota is {Quota} calls a minute." | "v1" |
        | "20701" as Code20701 | 207 "Multi-Status" | "Some entries were not written." | "v3" |
        // import: row 9 (PendingReview) is left out: "n/a" is not a status such as `400`, `400 Bad Request` or `Bad Request (400)`
        }
    }
}

gwerr_core::error_table! {
    /// The errors of the table "2. Errors of the service".
    // import: the family ServiceError is named after the table's title "2. Errors of the service": name it
    // import: every placeholder is a String (Seconds): give one another type with `type Name = u32;`
    #[non_exhaustive]
    pub enum ServiceError {
        #[non_exhaustive]
        code = ServiceErrorCode;
        placeholders = "{Name}";
        columns = { code: "Errno", status: "HTTP", message: "Text shown to callers" };

        table "2. Errors of the service" {
        | "Errno" | "HTTP" | "Text shown to callers" | "Since" |
        | "50001" as Code50001 | 500 | "Something failed on our side." | "v1" |
        | "50301" as Code50301 | 503 "Slow Down" | "The service sheds load; retry in {Seconds} seconds." | "v2" |
        | "type" as Type | 503 | "A reserved word as a code." | "v3" |
        }
    }
}
