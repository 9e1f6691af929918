//! A family's metadata is packed by the macro into texts and numbers, in
//! chunks, and unpacked by `gwerr_core` when `FAMILY` is evaluated: every
//! column of every row comes back as the table wrote it, past 127 texts
//! (numbers of more than one byte), across chunks and tables, with extra
//! columns, reason phrases, templated codes, deprecated rows and declared
//! retry kinds. The rows of
//! `Packed` are numbered so that each value is worked out from its index.

#![allow(deprecated)]

use gwerr_core::{error_table, Part, Retry};
use http::StatusCode;

error_table! {
    pub enum Packed {
        type Count = u32;

        table "1. Numbered" {
        | Error code | HTTP status code | Message | Description | "Since" |
        | E00000 as Row0 | 400 | "Row 0 of ${Count} in `${Item}`" | "Description 0." | "v0" |
        | E00001 as Row1 | 403 | "Row 1 of ${Count} in `${Item}`" | "Description 1." | "v1" |
        | E00002 as Row2 | 429 | "Row 2 of ${Count} in `${Item}`" | "Description 2." | "v2" |
        #[retry(transient)]
        | E00003 as Row3 | 503 | "Row 3 of ${Count} in `${Item}`" | "Description 3." | "v0" |
        | E00004 as Row4 | 400 | "Row 4 of ${Count} in `${Item}`" | "Description 4." | "v1" |
        #[deprecated]
        | E00005 as Row5 | 403 | "Row 5 of ${Count} in `${Item}`" | "Description 5." | "v2" |
        | E00006 as Row6 | 429 | "Row 6 of ${Count} in `${Item}`" | "Description 6." | "v0" |
        | E00007 as Row7 | 503 | "Row 7 of ${Count} in `${Item}`" | "Description 7." | "v1" |
        | E00008 as Row8 | 400 | "Row 8 of ${Count} in `${Item}`" | "Description 8." | "v2" |
        | E00009 as Row9 | 403 | "Row 9 of ${Count} in `${Item}`" | "Description 9." | "v0" |
        #[retry(transient)]
        | E00010 as Row10 | 429 | "Row 10 of ${Count} in `${Item}`" | "Description 10." | "v1" |
        | E00011 as Row11 | 503 | "Row 11 of ${Count} in `${Item}`" | "Description 11." | "v2" |
        | E00012 as Row12 | 400 | "Row 12 of ${Count} in `${Item}`" | "Description 12." | "v0" |
        | E00013 as Row13 | 403 | "Row 13 of ${Count} in `${Item}`" | "Description 13." | "v1" |
        | E00014 as Row14 | 429 | "Row 14 of ${Count} in `${Item}`" | "Description 14." | "v2" |
        | E00015 as Row15 | 503 | "Row 15 of ${Count} in `${Item}`" | "Description 15." | "v0" |
        #[deprecated]
        | E00016 as Row16 | 400 | "Row 16 of ${Count} in `${Item}`" | "Description 16." | "v1" |
        #[retry(transient)]
        | E00017 as Row17 | 403 | "Row 17 of ${Count} in `${Item}`" | "Description 17." | "v2" |
        | E00018 as Row18 | 429 | "Row 18 of ${Count} in `${Item}`" | "Description 18." | "v0" |
        | E00019 as Row19 | 503 | "Row 19 of ${Count} in `${Item}`" | "Description 19." | "v1" |
        | E00020 as Row20 | 400 | "Row 20 of ${Count} in `${Item}`" | "Description 20." | "v2" |
        | E00021 as Row21 | 403 | "Row 21 of ${Count} in `${Item}`" | "Description 21." | "v0" |
        | E00022 as Row22 | 429 | "Row 22 of ${Count} in `${Item}`" | "Description 22." | "v1" |
        | E00023 as Row23 | 503 | "Row 23 of ${Count} in `${Item}`" | "Description 23." | "v2" |
        #[retry(transient)]
        | E00024 as Row24 | 400 | "Row 24 of ${Count} in `${Item}`" | "Description 24." | "v0" |
        | E00025 as Row25 | 403 | "Row 25 of ${Count} in `${Item}`" | "Description 25." | "v1" |
        | E00026 as Row26 | 429 | "Row 26 of ${Count} in `${Item}`" | "Description 26." | "v2" |
        #[deprecated]
        | E00027 as Row27 | 503 | "Row 27 of ${Count} in `${Item}`" | "Description 27." | "v0" |
        | E00028 as Row28 | 400 | "Row 28 of ${Count} in `${Item}`" | "Description 28." | "v1" |
        | E00029 as Row29 | 403 | "Row 29 of ${Count} in `${Item}`" | "Description 29." | "v2" |
        | E00030 as Row30 | 429 | "Row 30 of ${Count} in `${Item}`" | "Description 30." | "v0" |
        #[retry(transient)]
        | E00031 as Row31 | 503 | "Row 31 of ${Count} in `${Item}`" | "Description 31." | "v1" |
        | E00032 as Row32 | 400 | "Row 32 of ${Count} in `${Item}`" | "Description 32." | "v2" |
        | E00033 as Row33 | 403 | "Row 33 of ${Count} in `${Item}`" | "Description 33." | "v0" |
        | E00034 as Row34 | 429 | "Row 34 of ${Count} in `${Item}`" | "Description 34." | "v1" |
        | E00035 as Row35 | 503 | "Row 35 of ${Count} in `${Item}`" | "Description 35." | "v2" |
        | E00036 as Row36 | 400 | "Row 36 of ${Count} in `${Item}`" | "Description 36." | "v0" |
        | E00037 as Row37 | 403 | "Row 37 of ${Count} in `${Item}`" | "Description 37." | "v1" |
        #[retry(transient)]
        #[deprecated]
        | E00038 as Row38 | 429 | "Row 38 of ${Count} in `${Item}`" | "Description 38." | "v2" |
        | E00039 as Row39 | 503 | "Row 39 of ${Count} in `${Item}`" | "Description 39." | "v0" |
        | E00040 as Row40 | 400 | "Row 40 of ${Count} in `${Item}`" | "Description 40." | "v1" |
        | E00041 as Row41 | 403 | "Row 41 of ${Count} in `${Item}`" | "Description 41." | "v2" |
        | E00042 as Row42 | 429 | "Row 42 of ${Count} in `${Item}`" | "Description 42." | "v0" |
        | E00043 as Row43 | 503 | "Row 43 of ${Count} in `${Item}`" | "Description 43." | "v1" |
        | E00044 as Row44 | 400 | "Row 44 of ${Count} in `${Item}`" | "Description 44." | "v2" |
        #[retry(transient)]
        | E00045 as Row45 | 403 | "Row 45 of ${Count} in `${Item}`" | "Description 45." | "v0" |
        | E00046 as Row46 | 429 | "Row 46 of ${Count} in `${Item}`" | "Description 46." | "v1" |
        | E00047 as Row47 | 503 | "Row 47 of ${Count} in `${Item}`" | "Description 47." | "v2" |
        | E00048 as Row48 | 400 | "Row 48 of ${Count} in `${Item}`" | "Description 48." | "v0" |
        #[deprecated]
        | E00049 as Row49 | 403 | "Row 49 of ${Count} in `${Item}`" | "Description 49." | "v1" |
        | E00050 as Row50 | 429 | "Row 50 of ${Count} in `${Item}`" | "Description 50." | "v2" |
        | E00051 as Row51 | 503 | "Row 51 of ${Count} in `${Item}`" | "Description 51." | "v0" |
        #[retry(transient)]
        | E00052 as Row52 | 400 | "Row 52 of ${Count} in `${Item}`" | "Description 52." | "v1" |
        | E00053 as Row53 | 403 | "Row 53 of ${Count} in `${Item}`" | "Description 53." | "v2" |
        | E00054 as Row54 | 429 | "Row 54 of ${Count} in `${Item}`" | "Description 54." | "v0" |
        | E00055 as Row55 | 503 | "Row 55 of ${Count} in `${Item}`" | "Description 55." | "v1" |
        | E00056 as Row56 | 400 | "Row 56 of ${Count} in `${Item}`" | "Description 56." | "v2" |
        | E00057 as Row57 | 403 | "Row 57 of ${Count} in `${Item}`" | "Description 57." | "v0" |
        | E00058 as Row58 | 429 | "Row 58 of ${Count} in `${Item}`" | "Description 58." | "v1" |
        #[retry(transient)]
        | E00059 as Row59 | 503 | "Row 59 of ${Count} in `${Item}`" | "Description 59." | "v2" |
        #[deprecated]
        | E00060 as Row60 | 400 | "Row 60 of ${Count} in `${Item}`" | "Description 60." | "v0" |
        | E00061 as Row61 | 403 | "Row 61 of ${Count} in `${Item}`" | "Description 61." | "v1" |
        | E00062 as Row62 | 429 | "Row 62 of ${Count} in `${Item}`" | "Description 62." | "v2" |
        | E00063 as Row63 | 503 | "Row 63 of ${Count} in `${Item}`" | "Description 63." | "v0" |
        | E00064 as Row64 | 400 | "Row 64 of ${Count} in `${Item}`" | "Description 64." | "v1" |
        | E00065 as Row65 | 403 | "Row 65 of ${Count} in `${Item}`" | "Description 65." | "v2" |
        #[retry(transient)]
        | E00066 as Row66 | 429 | "Row 66 of ${Count} in `${Item}`" | "Description 66." | "v0" |
        | E00067 as Row67 | 503 | "Row 67 of ${Count} in `${Item}`" | "Description 67." | "v1" |
        | E00068 as Row68 | 400 | "Row 68 of ${Count} in `${Item}`" | "Description 68." | "v2" |
        | E00069 as Row69 | 403 | "Row 69 of ${Count} in `${Item}`" | "Description 69." | "v0" |
        | E00070 as Row70 | 429 | "Row 70 of ${Count} in `${Item}`" | "Description 70." | "v1" |
        #[deprecated]
        | E00071 as Row71 | 503 | "Row 71 of ${Count} in `${Item}`" | "Description 71." | "v2" |
        | E00072 as Row72 | 400 | "Row 72 of ${Count} in `${Item}`" | "Description 72." | "v0" |
        #[retry(transient)]
        | E00073 as Row73 | 403 | "Row 73 of ${Count} in `${Item}`" | "Description 73." | "v1" |
        | E00074 as Row74 | 429 | "Row 74 of ${Count} in `${Item}`" | "Description 74." | "v2" |
        | E00075 as Row75 | 503 | "Row 75 of ${Count} in `${Item}`" | "Description 75." | "v0" |
        | E00076 as Row76 | 400 | "Row 76 of ${Count} in `${Item}`" | "Description 76." | "v1" |
        | E00077 as Row77 | 403 | "Row 77 of ${Count} in `${Item}`" | "Description 77." | "v2" |
        | E00078 as Row78 | 429 | "Row 78 of ${Count} in `${Item}`" | "Description 78." | "v0" |
        | E00079 as Row79 | 503 | "Row 79 of ${Count} in `${Item}`" | "Description 79." | "v1" |
        #[retry(transient)]
        | E00080 as Row80 | 400 | "Row 80 of ${Count} in `${Item}`" | "Description 80." | "v2" |
        | E00081 as Row81 | 403 | "Row 81 of ${Count} in `${Item}`" | "Description 81." | "v0" |
        #[deprecated]
        | E00082 as Row82 | 429 | "Row 82 of ${Count} in `${Item}`" | "Description 82." | "v1" |
        | E00083 as Row83 | 503 | "Row 83 of ${Count} in `${Item}`" | "Description 83." | "v2" |
        | E00084 as Row84 | 400 | "Row 84 of ${Count} in `${Item}`" | "Description 84." | "v0" |
        | E00085 as Row85 | 403 | "Row 85 of ${Count} in `${Item}`" | "Description 85." | "v1" |
        | E00086 as Row86 | 429 | "Row 86 of ${Count} in `${Item}`" | "Description 86." | "v2" |
        #[retry(transient)]
        | E00087 as Row87 | 503 | "Row 87 of ${Count} in `${Item}`" | "Description 87." | "v0" |
        | E00088 as Row88 | 400 | "Row 88 of ${Count} in `${Item}`" | "Description 88." | "v1" |
        | E00089 as Row89 | 403 | "Row 89 of ${Count} in `${Item}`" | "Description 89." | "v2" |
        | E00090 as Row90 | 429 | "Row 90 of ${Count} in `${Item}`" | "Description 90." | "v0" |
        | E00091 as Row91 | 503 | "Row 91 of ${Count} in `${Item}`" | "Description 91." | "v1" |
        | E00092 as Row92 | 400 | "Row 92 of ${Count} in `${Item}`" | "Description 92." | "v2" |
        #[deprecated]
        | E00093 as Row93 | 403 | "Row 93 of ${Count} in `${Item}`" | "Description 93." | "v0" |
        #[retry(transient)]
        | E00094 as Row94 | 429 | "Row 94 of ${Count} in `${Item}`" | "Description 94." | "v1" |
        | E00095 as Row95 | 503 | "Row 95 of ${Count} in `${Item}`" | "Description 95." | "v2" |
        | E00096 as Row96 | 400 | "Row 96 of ${Count} in `${Item}`" | "Description 96." | "v0" |
        | E00097 as Row97 | 403 | "Row 97 of ${Count} in `${Item}`" | "Description 97." | "v1" |
        | E00098 as Row98 | 429 | "Row 98 of ${Count} in `${Item}`" | "Description 98." | "v2" |
        | E00099 as Row99 | 503 | "Row 99 of ${Count} in `${Item}`" | "Description 99." | "v0" |
        | E00100 as Row100 | 400 | "Row 100 of ${Count} in `${Item}`" | "Description 100." | "v1" |
        #[retry(transient)]
        | E00101 as Row101 | 403 | "Row 101 of ${Count} in `${Item}`" | "Description 101." | "v2" |
        | E00102 as Row102 | 429 | "Row 102 of ${Count} in `${Item}`" | "Description 102." | "v0" |
        | E00103 as Row103 | 503 | "Row 103 of ${Count} in `${Item}`" | "Description 103." | "v1" |
        #[deprecated]
        | E00104 as Row104 | 400 | "Row 104 of ${Count} in `${Item}`" | "Description 104." | "v2" |
        | E00105 as Row105 | 403 | "Row 105 of ${Count} in `${Item}`" | "Description 105." | "v0" |
        | E00106 as Row106 | 429 | "Row 106 of ${Count} in `${Item}`" | "Description 106." | "v1" |
        | E00107 as Row107 | 503 | "Row 107 of ${Count} in `${Item}`" | "Description 107." | "v2" |
        #[retry(transient)]
        | E00108 as Row108 | 400 | "Row 108 of ${Count} in `${Item}`" | "Description 108." | "v0" |
        | E00109 as Row109 | 403 | "Row 109 of ${Count} in `${Item}`" | "Description 109." | "v1" |
        | E00110 as Row110 | 429 | "Row 110 of ${Count} in `${Item}`" | "Description 110." | "v2" |
        | E00111 as Row111 | 503 | "Row 111 of ${Count} in `${Item}`" | "Description 111." | "v0" |
        | E00112 as Row112 | 400 | "Row 112 of ${Count} in `${Item}`" | "Description 112." | "v1" |
        | E00113 as Row113 | 403 | "Row 113 of ${Count} in `${Item}`" | "Description 113." | "v2" |
        | E00114 as Row114 | 429 | "Row 114 of ${Count} in `${Item}`" | "Description 114." | "v0" |
        #[retry(transient)]
        #[deprecated]
        | E00115 as Row115 | 503 | "Row 115 of ${Count} in `${Item}`" | "Description 115." | "v1" |
        | E00116 as Row116 | 400 | "Row 116 of ${Count} in `${Item}`" | "Description 116." | "v2" |
        | E00117 as Row117 | 403 | "Row 117 of ${Count} in `${Item}`" | "Description 117." | "v0" |
        | E00118 as Row118 | 429 | "Row 118 of ${Count} in `${Item}`" | "Description 118." | "v1" |
        | E00119 as Row119 | 503 | "Row 119 of ${Count} in `${Item}`" | "Description 119." | "v2" |
        | E00120 as Row120 | 400 | "Row 120 of ${Count} in `${Item}`" | "Description 120." | "v0" |
        | E00121 as Row121 | 403 | "Row 121 of ${Count} in `${Item}`" | "Description 121." | "v1" |
        #[retry(transient)]
        | E00122 as Row122 | 429 | "Row 122 of ${Count} in `${Item}`" | "Description 122." | "v2" |
        | E00123 as Row123 | 503 | "Row 123 of ${Count} in `${Item}`" | "Description 123." | "v0" |
        | E00124 as Row124 | 400 | "Row 124 of ${Count} in `${Item}`" | "Description 124." | "v1" |
        | E00125 as Row125 | 403 | "Row 125 of ${Count} in `${Item}`" | "Description 125." | "v2" |
        #[deprecated]
        | E00126 as Row126 | 429 | "Row 126 of ${Count} in `${Item}`" | "Description 126." | "v0" |
        | E00127 as Row127 | 503 | "Row 127 of ${Count} in `${Item}`" | "Description 127." | "v1" |
        | E00128 as Row128 | 400 | "Row 128 of ${Count} in `${Item}`" | "Description 128." | "v2" |
        #[retry(transient)]
        | E00129 as Row129 | 403 | "Row 129 of ${Count} in `${Item}`" | "Description 129." | "v0" |
        | E00130 as Row130 | 429 | "Row 130 of ${Count} in `${Item}`" | "Description 130." | "v1" |
        | E00131 as Row131 | 503 | "Row 131 of ${Count} in `${Item}`" | "Description 131." | "v2" |
        | E00132 as Row132 | 400 | "Row 132 of ${Count} in `${Item}`" | "Description 132." | "v0" |
        | E00133 as Row133 | 403 | "Row 133 of ${Count} in `${Item}`" | "Description 133." | "v1" |
        | E00134 as Row134 | 429 | "Row 134 of ${Count} in `${Item}`" | "Description 134." | "v2" |
        | E00135 as Row135 | 503 | "Row 135 of ${Count} in `${Item}`" | "Description 135." | "v0" |
        #[retry(transient)]
        | E00136 as Row136 | 400 | "Row 136 of ${Count} in `${Item}`" | "Description 136." | "v1" |
        #[deprecated]
        | E00137 as Row137 | 403 | "Row 137 of ${Count} in `${Item}`" | "Description 137." | "v2" |
        | E00138 as Row138 | 429 | "Row 138 of ${Count} in `${Item}`" | "Description 138." | "v0" |
        | E00139 as Row139 | 503 | "Row 139 of ${Count} in `${Item}`" | "Description 139." | "v1" |
        | E00140 as Row140 | 400 | "Row 140 of ${Count} in `${Item}`" | "Description 140." | "v2" |
        | E00141 as Row141 | 403 | "Row 141 of ${Count} in `${Item}`" | "Description 141." | "v0" |
        | E00142 as Row142 | 429 | "Row 142 of ${Count} in `${Item}`" | "Description 142." | "v1" |
        #[retry(transient)]
        | E00143 as Row143 | 503 | "Row 143 of ${Count} in `${Item}`" | "Description 143." | "v2" |
        | E00144 as Row144 | 400 | "Row 144 of ${Count} in `${Item}`" | "Description 144." | "v0" |
        | E00145 as Row145 | 403 | "Row 145 of ${Count} in `${Item}`" | "Description 145." | "v1" |
        | E00146 as Row146 | 429 | "Row 146 of ${Count} in `${Item}`" | "Description 146." | "v2" |
        | E00147 as Row147 | 503 | "Row 147 of ${Count} in `${Item}`" | "Description 147." | "v0" |
        #[deprecated]
        | E00148 as Row148 | 400 | "Row 148 of ${Count} in `${Item}`" | "Description 148." | "v1" |
        | E00149 as Row149 | 403 | "Row 149 of ${Count} in `${Item}`" | "Description 149." | "v2" |
        #[retry(transient)]
        | E00150 as Row150 | 429 | "Row 150 of ${Count} in `${Item}`" | "Description 150." | "v0" |
        | E00151 as Row151 | 503 | "Row 151 of ${Count} in `${Item}`" | "Description 151." | "v1" |
        | E00152 as Row152 | 400 | "Row 152 of ${Count} in `${Item}`" | "Description 152." | "v2" |
        | E00153 as Row153 | 403 | "Row 153 of ${Count} in `${Item}`" | "Description 153." | "v0" |
        | E00154 as Row154 | 429 | "Row 154 of ${Count} in `${Item}`" | "Description 154." | "v1" |
        | E00155 as Row155 | 503 | "Row 155 of ${Count} in `${Item}`" | "Description 155." | "v2" |
        | E00156 as Row156 | 400 | "Row 156 of ${Count} in `${Item}`" | "Description 156." | "v0" |
        #[retry(transient)]
        | E00157 as Row157 | 403 | "Row 157 of ${Count} in `${Item}`" | "Description 157." | "v1" |
        | E00158 as Row158 | 429 | "Row 158 of ${Count} in `${Item}`" | "Description 158." | "v2" |
        #[deprecated]
        | E00159 as Row159 | 503 | "Row 159 of ${Count} in `${Item}`" | "Description 159." | "v0" |
        }

        table "2. Phrases" {
        | Error code | HTTP status code |
        | "Throttled by App" as Throttled | 429 Too Many Requests |
        | "Missing%s" % Name as Missing | 400 Bad Request |
        }
    }
}

const NUMBERED: usize = 160;

/// A template's parts as texts, a placeholder as `{index}`.
fn pieces(parts: &[Part]) -> Vec<String> {
    let piece = |part: &Part| match part {
        Part::Literal(text) => text.to_string(),
        Part::Placeholder(index) => format!("{{{index}}}"),
    };
    parts.iter().map(piece).collect()
}

fn status(i: usize) -> StatusCode {
    StatusCode::from_u16([400, 403, 429, 503][i % 4]).unwrap()
}

#[test]
fn every_numbered_row_comes_back_as_written() {
    let table = &PackedCode::FAMILY.tables[0];
    assert_eq!(table.title, "1. Numbered");
    assert_eq!(table.rows.len(), NUMBERED);
    for (i, row) in table.rows.iter().enumerate() {
        let code = PackedCode::ALL[i];
        assert!(std::ptr::eq(code.row(), row), "row {i}");
        assert_eq!(row.variant, format!("Row{i}"));
        assert_eq!(row.code.text, format!("E{i:05}"));
        assert_eq!(row.code.parts, [Part::Literal(row.code.text)]);
        assert_eq!(row.status, status(i));
        assert_eq!(row.status_phrase, "");
        let message = format!("Row {i} of ${{Count}} in `${{Item}}`");
        assert_eq!(row.message.text, message);
        assert_eq!(
            pieces(row.message.parts),
            [&format!("Row {i} of "), "{0}", " in `", "{1}", "`"]
        );
        assert_eq!(row.description, format!("Description {i}."));
        assert_eq!((row.solution, row.scenario), ("", ""));
        assert_eq!(row.extras, [format!("v{}", i % 3)]);
        let fields: Vec<_> = row
            .fields
            .iter()
            .map(|f| (f.placeholder, f.name, f.ty))
            .collect();
        assert_eq!(
            fields,
            [("Count", "count", "u32"), ("Item", "item", "String")]
        );
        let retry = if i % 7 == 3 {
            Retry::Transient
        } else {
            Retry::from_status(status(i))
        };
        assert_eq!(
            (row.retry, row.retryable),
            (retry, retry.is_retryable()),
            "row {i}"
        );
        assert!(!row.code_is_message);
        assert_eq!(row.deprecated, i % 11 == 5, "row {i}");
    }
}

#[test]
fn a_table_without_messages_comes_back_as_written() {
    let table = &PackedCode::FAMILY.tables[1];
    assert_eq!(table.title, "2. Phrases");
    let [throttled, missing] = table.rows else {
        panic!("two rows: {:?}", table.rows)
    };
    assert!(std::ptr::eq(PackedCode::Throttled.row(), &table.rows[0]));
    assert!(std::ptr::eq(PackedCode::Missing.row(), &table.rows[1]));
    assert_eq!(throttled.code.text, "Throttled by App");
    assert_eq!(throttled.message, throttled.code);
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(throttled.status_phrase, "Too Many Requests");
    assert_eq!(throttled.retry, Retry::Throttled);
    assert!(throttled.code_is_message && missing.code_is_message);
    assert_eq!(missing.code.text, "Missing%s");
    assert_eq!(
        missing.code.parts,
        [Part::Literal("Missing"), Part::Placeholder(0)]
    );
    let fields: Vec<_> = missing
        .fields
        .iter()
        .map(|f| (f.placeholder, f.name, f.ty))
        .collect();
    assert_eq!(fields, [("Name", "name", "String")]);
    assert!(missing.extras.is_empty() && throttled.fields.is_empty());
    assert_eq!(PackedCode::ALL.len(), NUMBERED + 2);
}
