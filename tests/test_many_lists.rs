//! A family whose rows have 302 distinct lists of fields: more than a
//! byte can number, so that `from_fields` reads each row's list from a
//! table of two bytes a row. Every row is built from its fields' texts and
//! displayed back. Rows `E000` to `E299` each have a field of their own.

// The table, written by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/many_lists.rs"));

#[test]
fn every_row_reads_back_from_its_own_list_of_fields() {
    assert_eq!(ListsCode::ALL.len(), 302);
    for &code in ListsCode::ALL {
        let row = code.row();
        let texts: Vec<String> = (0..row.fields.len()).map(|i| format!("v{i}")).collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let error = Lists::from_fields(code, &texts).unwrap();
        assert_eq!(error.code(), code);
        let expected = match row.fields.len() {
            0 => row.message.text.to_owned(),
            1 => row
                .message
                .text
                .replace(&format!("{{{}}}", row.fields[0].placeholder), "v0"),
            _ => "Two: v0 and v1".to_owned(),
        };
        assert_eq!(error.to_string(), expected, "{code:?}");
        // A wrong number of fields is an error, not another row's variant.
        let too_many: Vec<&str> = texts.iter().copied().chain(["extra"]).collect();
        assert!(Lists::from_fields(code, &too_many).is_err());
    }
}
