//! The `custom_family` example runs, and shows its family on both sides of
//! the wire.

mod common;

use common::{run_example, stdout};

#[test]
fn custom_family_example_runs() {
    let output = run_example("custom_family", &[]);
    assert!(output.status.success());
    assert_eq!(
        stdout(&output),
        "/apple?quantity=3: 201 Created, no error\n\
         /apple?quantity=500: 400 Bad Request, E1001 InvalidQuantity { quantity: 500, item: \"apple\" }: Quantity 500 of apple is out of range (retryable: false)\n\
         /pear: 404 Not Found, E1002 ItemNotFound { item: \"pear\" }: No item pear (retryable: false)\n\
         E1003: Client 192.0.2.7 is blocked\n\
         Code | Status | Message | Solution |\n\
         E1001 | 400 | Quantity {Quantity} of {Item} is out of range | Order between 1 and 99. |\n\
         E1002 | 404 | No item {Item} | Check the catalogue. |\n\
         E1003 | 403 | Client {Client} is blocked | |\n\
         \n\
         Code | Status | Message | Solution |\n\
         E2001 | 503 | Stock service unavailable | Try again later. |\n\n"
    );
}

gwerr_core::error_table! {
    /// A family whose vendor writes placeholders as `$(Name)`.
    pub enum Shell {
        placeholders = "$(Name)";
        type Count = u32;

        table "Errors" {
        | Code | Status | Message |
        | E400SH as TooMany | 400 | "Too many files in $(Dir): $(Count)" |
        | E400PR as Plain | 400 | "A $(lone dollar and ${Braces} are text" |
        }
    }
}

#[test]
fn a_familys_own_delimiters_make_placeholders() {
    let error = Shell::TooMany {
        dir: "/tmp".into(),
        count: 7,
    };
    assert_eq!(error.to_string(), "Too many files in /tmp: 7");
    let read: Shell = gwerr_core::wire::read("E400SH", Some("Too many files in /var: 12")).unwrap();
    assert_eq!(
        read,
        Shell::TooMany {
            dir: "/var".into(),
            count: 12
        }
    );
    // Only a name between the delimiters is a placeholder; the built-in
    // syntaxes are text once a family names its own.
    assert_eq!(
        Shell::Plain.to_string(),
        "A $(lone dollar and ${Braces} are text"
    );
}
