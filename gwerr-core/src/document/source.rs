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
/// `${Name}` is not also a `{Name}`).
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
    let chars: Vec<char> = name.chars().collect();
    let mut snake = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1).copied();
            let boundary = match prev {
                Some(p) if p.is_ascii_lowercase() || p.is_ascii_digit() => true,
                Some(p) if p.is_ascii_uppercase() => next.is_some_and(|n| n.is_ascii_lowercase()),
                _ => false,
            };
            if boundary {
                snake.push('_');
            }
        }
        snake.push(c.to_ascii_lowercase());
    }
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

/// The words of `text` in CamelCase, as `error_table!` names a literal
/// code's variant (`Throttled by APP` is `ThrottledByApp`); a name that
/// would start with a digit gets `Code` before it, and a text without
/// letters or digits gives `None`.
pub(crate) fn camel_case(text: &str) -> Option<String> {
    let mut out = String::new();
    for word in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = word.chars();
        let Some(first) = chars.next() else { continue };
        out.push(first.to_ascii_uppercase());
        let shouting = word.len() > 1 && !word.chars().any(|c| c.is_ascii_lowercase());
        for c in chars {
            out.push(if shouting { c.to_ascii_lowercase() } else { c });
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
