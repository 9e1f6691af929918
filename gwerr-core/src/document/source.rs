//! The pieces of `error_table!` source that [`import`](super::import) and
//! [`patch`](super::patch) write, and the placeholders of a text as the
//! macro cuts it: string literals, code and status cells, names.

use std::fmt::Write;

/// A placeholder syntax, as `error_table!`'s `placeholders` option spells
/// it: `"${Name}"`, `"%s"`, or `Name` between delimiters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Syntax {
    spelling: &'static str,
}

/// The syntaxes the importer looks for, in the order it tries them (a
/// `${Name}` is not also a `{Name}`). The first three are the ones prose
/// does not use; `<Name>` and `[Name]` may be words in brackets.
pub(crate) const IMPORTED: [Syntax; 5] = [
    Syntax {
        spelling: "${Name}",
    },
    Syntax { spelling: "{Name}" },
    Syntax { spelling: "%s" },
    Syntax { spelling: "<Name>" },
    Syntax { spelling: "[Name]" },
];

impl Syntax {
    /// The syntax of an option's spelling; `None` for a spelling without
    /// `Name` that is not `%s`.
    pub(crate) fn new(spelling: &'static str) -> Option<Syntax> {
        (spelling == "%s" || spelling.contains("Name")).then_some(Syntax { spelling })
    }

    /// How the option spells it.
    pub(crate) fn spelling(self) -> &'static str {
        self.spelling
    }

    /// The text before and after the name; `None` for `%s`.
    fn delimiters(self) -> Option<(&'static str, &'static str)> {
        self.spelling.split_once("Name")
    }

    /// Whether an opening that is not followed by a name and the closing
    /// delimiter is an error (`${` and `{`) rather than text.
    fn strict(self) -> bool {
        matches!(self.spelling, "${Name}" | "{Name}")
    }
}

/// A placeholder found in a text: its name, `None` for a `%s`, and
/// where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) name: Option<String>,
    pub(crate) at: std::ops::Range<usize>,
}

/// The placeholders of `text` under `syntaxes`, in order, as
/// `error_table!` cuts it: a bracket opens a placeholder only when a name
/// and its closing delimiter follow; a `${` or `{` that does not is an
/// error (`Err`), as it is in the macro. Linear in the text: each opening
/// looks ahead to the next `}` at most once per byte it skips.
pub(crate) fn placeholders(text: &str, syntaxes: &[Syntax]) -> Result<Vec<Found>, ()> {
    let mut found = Vec::new();
    let mut rest = text;
    'text: while let Some(c) = rest.chars().next() {
        // Lenient syntaxes first, longest opening first, as the macro does.
        let mut lenient: Vec<(&str, &str)> = syntaxes
            .iter()
            .filter(|s| !s.strict())
            .filter_map(|s| s.delimiters())
            .collect();
        lenient.sort_by_key(|(open, _)| std::cmp::Reverse(open.len()));
        for (open, close) in lenient {
            if let Some((name, len)) = bracketed(rest, open, close) {
                let start = text.len() - rest.len();
                found.push(Found {
                    name: Some(name.to_owned()),
                    at: start..start + len,
                });
                rest = &rest[len..];
                continue 'text;
            }
        }
        for strict in ["${", "{"] {
            let on = syntaxes
                .iter()
                .any(|s| s.strict() && s.delimiters().is_some_and(|(open, _)| open == strict));
            if on && rest.starts_with(strict) {
                let after = &rest[strict.len()..];
                let end = after.find(['{', '}']).unwrap_or(after.len());
                let name = &after[..end];
                if !after[end..].starts_with('}') || !is_identifier(name) {
                    return Err(());
                }
                let start = text.len() - rest.len();
                found.push(Found {
                    name: Some(name.to_owned()),
                    at: start..start + strict.len() + end + 1,
                });
                rest = &after[end + 1..];
                continue 'text;
            }
        }
        if rest.starts_with("%s") && syntaxes.iter().any(|s| s.spelling == "%s") {
            let start = text.len() - rest.len();
            found.push(Found {
                name: None,
                at: start..start + 2,
            });
            rest = &rest[2..];
            continue;
        }
        rest = &rest[c.len_utf8()..];
    }
    Ok(found)
}

/// A name between `open` and `close` at the start of `text`, and the
/// length of the whole; an empty `close` ends the name where it ends.
fn bracketed<'t>(text: &'t str, open: &str, close: &str) -> Option<(&'t str, usize)> {
    let after = text.strip_prefix(open)?;
    let len = after
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(after.len());
    let name = &after[..len];
    (is_identifier(name) && after[len..].starts_with(close))
        .then_some((name, open.len() + len + close.len()))
}

/// The names given to `count` `%s` placeholders of a cell, as the
/// table writes them after the text: `% Value`, `% (Value, Value2)`.
pub(crate) fn percent_names(count: usize) -> String {
    let names: Vec<String> = (1..=count)
        .map(|n| match n {
            1 => String::from("Value"),
            n => format!("Value{n}"),
        })
        .collect();
    match names.as_slice() {
        [one] => format!("% {one}"),
        many => format!("% ({})", many.join(", ")),
    }
}

/// Whether `name` is an identifier of ASCII letters, digits and `_`, not
/// starting with a digit.
pub(crate) fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Whether a placeholder's name makes a field: its snake_case (as the
/// macro writes it, `HeaderName` → `header_name`) is not only
/// underscores and not a path keyword, which cannot be raw.
pub(crate) fn is_field_name(name: &str) -> bool {
    let snake = super::case::snake_case(name);
    !snake.chars().all(|c| c == '_') && !matches!(snake.as_str(), "self" | "super" | "crate")
}

/// Whether `name` may be written bare in the table: an identifier that is
/// not a keyword and not only underscores.
pub(crate) fn is_plain_name(name: &str) -> bool {
    is_identifier(name) && !name.chars().all(|c| c == '_') && !KEYWORDS.contains(&name)
}

/// Rust's strict and reserved keywords of every edition, and the path
/// keywords: words that cannot be a bare code or name.
const KEYWORDS: &[&str] = &[
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// `text` as a Rust string literal that reads back as `text`, byte for
/// byte: quotes, backslashes and control characters escaped, anything
/// else as it is.
pub(crate) fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() || c == '\u{feff}' => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The value of a Rust string literal (`"a\"b"`, `r#"a"#`) at the start
/// of `text`, and its length; `None` where `text` does not start with one.
pub(crate) fn literal_value(text: &str) -> Option<(String, usize)> {
    if let Some(raw) = text.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let body = raw[hashes..].strip_prefix('"')?;
        let close = format!("\"{}", "#".repeat(hashes));
        let end = body.find(&close)?;
        return Some((body[..end].to_owned(), 1 + hashes + 1 + end + close.len()));
    }
    let body = text.strip_prefix('"')?;
    let mut value = String::new();
    let mut chars = body.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return Some((value, at + 2)),
            '\\' => match chars.next()?.1 {
                'n' => value.push('\n'),
                'r' => value.push('\r'),
                't' => value.push('\t'),
                '0' => value.push('\0'),
                '\\' => value.push('\\'),
                '"' => value.push('"'),
                '\'' => value.push('\''),
                'x' => {
                    let hex: String = (0..2)
                        .filter_map(|_| chars.next().map(|(_, c)| c))
                        .collect();
                    value.push(char::from(u8::from_str_radix(&hex, 16).ok()?));
                }
                'u' => {
                    let mut hex = String::new();
                    for (_, c) in chars.by_ref() {
                        match c {
                            '{' => {}
                            '}' => break,
                            c => hex.push(c),
                        }
                    }
                    value.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                '\n' => {
                    // A line continuation: the line end and the blanks after it.
                    while chars.clone().next().is_some_and(|(_, c)| c.is_whitespace()) {
                        chars.next();
                    }
                }
                _ => return None,
            },
            c => value.push(c),
        }
    }
    None
}

/// The words of `text` in CamelCase, as `error_table!` names a literal
/// code's variant (`Throttled by APP` is `ThrottledByApp`); a name that
/// would start with a digit gets `Code` before it, and a text without
/// letters or digits gives `None`.
pub(crate) fn camel_case(text: &str) -> Option<String> {
    let out = super::case::camel_case(text);
    if out.is_empty() {
        None
    } else if out.starts_with(|c: char| c.is_ascii_digit()) {
        Some(format!("Code{out}"))
    } else {
        Some(out)
    }
}

/// A status cell as the document writes it, cut into the number and the
/// reason phrase: `403`, `403 Forbidden`, `Forbidden (403)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct StatusCell<'a> {
    pub(crate) status: u16,
    pub(crate) phrase: Option<&'a str>,
    pub(crate) phrase_first: bool,
}

impl<'a> StatusCell<'a> {
    /// Reads a cell in one of the three shapes, with a status from 100
    /// to 999 and single spaces, which is what a declared status renders
    /// back as; `None` for any other text.
    pub(crate) fn read(cell: &'a str) -> Option<StatusCell<'a>> {
        let number = |text: &str| {
            (text.len() == 3 && text.bytes().all(|b| b.is_ascii_digit()))
                .then(|| text.parse::<u16>().ok())
                .flatten()
                .filter(|status| (100..=999).contains(status))
        };
        let phrase = |text: &'a str| {
            (!text.is_empty() && text.trim() == text && !text.contains("  ")).then_some(text)
        };
        if let Some(status) = number(cell) {
            return Some(StatusCell {
                status,
                phrase: None,
                phrase_first: false,
            });
        }
        if let Some((first, rest)) = cell.split_once(' ') {
            if let Some(status) = number(first) {
                return Some(StatusCell {
                    status,
                    phrase: Some(phrase(rest)?),
                    phrase_first: false,
                });
            }
        }
        let (words, number_part) = cell.strip_suffix(')')?.rsplit_once(" (")?;
        Some(StatusCell {
            status: number(number_part)?,
            phrase: Some(phrase(words)?),
            phrase_first: true,
        })
    }

    /// The cell as DSL tokens: the phrase as words where it is the
    /// status's registered phrase made of plain words, else as a string
    /// literal, which the macro keeps as written.
    pub(crate) fn source(&self) -> String {
        let Some(phrase) = self.phrase else {
            return self.status.to_string();
        };
        let registered = http::StatusCode::from_u16(self.status)
            .ok()
            .and_then(|status| status.canonical_reason())
            == Some(phrase);
        let words = registered
            && phrase
                .split(' ')
                .all(|word| word.chars().all(|c| c.is_ascii_alphabetic()) && is_plain_name(word));
        let phrase = if words {
            phrase.to_owned()
        } else {
            literal(phrase)
        };
        if self.phrase_first {
            format!("{phrase} ({})", self.status)
        } else {
            format!("{} {phrase}", self.status)
        }
    }
}

/// Cuts a row line of a table's declaration (`| A as B | 400 | "x|y" |`)
/// into its cells' source, trimmed: the pipes inside string literals and
/// brackets are the cells' own. `None` for a line that is not one row.
pub(crate) fn row_cells(line: &str) -> Option<Vec<&str>> {
    let body = line.trim().strip_prefix('|')?.strip_suffix('|')?;
    let mut cells = Vec::new();
    let mut start = 0;
    let mut depth = 0usize;
    let mut at = 0;
    while at < body.len() {
        let rest = &body[at..];
        if rest.starts_with('"') || (rest.starts_with('r') && rest[1..].starts_with(['"', '#'])) {
            // The `r` of an identifier is not a raw string.
            let word = body[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            if !word {
                if let Some((_, len)) = literal_value(rest) {
                    at += len;
                    continue;
                }
            }
        }
        let c = rest.chars().next()?;
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.checked_sub(1)?,
            '|' if depth == 0 => {
                cells.push(body[start..at].trim());
                start = at + 1;
            }
            _ => {}
        }
        at += c.len_utf8();
    }
    cells.push(body[start..].trim());
    Some(cells)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_read_back() {
        for text in [
            "",
            "a\"b\\c",
            "tab\tnew\nline\r",
            "\u{feff}bom \u{1b} é ✓",
            "\0",
        ] {
            let lit = literal(text);
            assert_eq!(literal_value(&lit), Some((text.to_owned(), lit.len())));
        }
        assert_eq!(literal_value("r#\"a\"b\"# |"), Some(("a\"b".to_owned(), 8)));
        assert_eq!(
            literal_value("\"\\u{41}\\x42\" x"),
            Some(("AB".to_owned(), 12))
        );
        assert_eq!(literal_value("\"open"), None);
    }

    #[test]
    fn rows_cut_at_their_own_pipes() {
        let line = r#"        | "a|b" as AB | 400 | "x \" | y" % (A, B) | r"|" |"#;
        assert_eq!(
            row_cells(line),
            Some(vec![
                r#""a|b" as AB"#,
                "400",
                r#""x \" | y" % (A, B)"#,
                r#"r"|""#
            ])
        );
        assert_eq!(row_cells("table \"x\" {"), None);
    }

    #[test]
    fn statuses() {
        let read = |cell| StatusCell::read(cell).map(|cell| cell.source());
        assert_eq!(read("400").as_deref(), Some("400"));
        assert_eq!(read("403 Forbidden").as_deref(), Some("403 Forbidden"));
        assert_eq!(read("Not Found (404)").as_deref(), Some("Not Found (404)"));
        assert_eq!(read("503 Slow Down").as_deref(), Some("503 \"Slow Down\""));
        assert_eq!(
            read("I'm a teapot (418)").as_deref(),
            Some("\"I'm a teapot\" (418)")
        );
        for bad in [
            "",
            "40",
            "4000",
            "099",
            "403  Forbidden",
            "403 ",
            "(403)",
            "abc",
        ] {
            assert_eq!(read(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn placeholders_as_the_macro_cuts_them() {
        let names = |text, syntaxes: &[Syntax]| {
            placeholders(text, syntaxes).map(|found| {
                found
                    .into_iter()
                    .map(|f| f.name.unwrap_or_default())
                    .collect::<Vec<_>>()
            })
        };
        let [dollar, brace, percent, angle, _] = IMPORTED;
        assert_eq!(
            names("a ${B} {C}", &[dollar, brace]),
            Ok(vec!["B".into(), "C".into()])
        );
        assert_eq!(
            names("a ${B} {C}", &[brace]),
            Ok(vec!["B".into(), "C".into()])
        );
        assert_eq!(names("a ${B}", &[dollar]), Ok(vec!["B".into()]));
        assert_eq!(names("{\"json\": 1}", &[brace]), Err(()));
        assert_eq!(
            names("x < y <Name> <b/>", &[angle]),
            Ok(vec!["Name".into()])
        );
        assert_eq!(names("100% %s", &[percent]), Ok(vec![String::new()]));
        assert_eq!(names("plain", &[]), Ok(vec![]));
    }

    #[test]
    fn names() {
        assert_eq!(
            camel_case("Throttled by APP Flow Control").as_deref(),
            Some("ThrottledByAppFlowControl")
        );
        assert_eq!(camel_case("40001").as_deref(), Some("Code40001"));
        assert_eq!(camel_case("--"), None);
        assert!(is_plain_name("I400HD"));
        assert!(!is_plain_name("type"));
        assert!(!is_plain_name("__"));
    }
}
