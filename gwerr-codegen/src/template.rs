//! The placeholders of a code or message: `${Name}`, `{Name}` and `%s`,
//! and on a family's request `<Name>`, `[Name]`, `{{Name}}` or delimiters
//! of its own (`$(Name)`, `:Name`).

use std::fmt::{self, Display};

use crate::map::NameIndex;

/// One placeholder syntax a family may accept.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Syntax {
    /// `${Name}`, as in the VPC table.
    DollarBrace,
    /// `{Name}`, as in the common client errors.
    Brace,
    /// `%s`, printf style; its name is given after the text: `"..." % Name`.
    Percent,
    /// `<Name>`, as many vendors' pages write it. Only a name between the
    /// brackets makes a placeholder; any other `<` is text (`a < b`).
    Angle,
    /// `[Name]`, likewise: only a name between the brackets is one.
    Square,
    /// `{{Name}}`, as templating languages write it; likewise.
    DoubleBrace,
    /// The family's own delimiters ([`Syntaxes::custom`]); likewise.
    Custom,
}

impl Syntax {
    /// Every syntax, in the order the option's error lists them.
    pub const ALL: [Syntax; 6] = [
        Syntax::DollarBrace,
        Syntax::Brace,
        Syntax::Percent,
        Syntax::Angle,
        Syntax::Square,
        Syntax::DoubleBrace,
    ];

    /// The spelling used in the `placeholders = ...` option.
    pub fn spelling(self) -> &'static str {
        match self {
            Syntax::DollarBrace => "${Name}",
            Syntax::Brace => "{Name}",
            Syntax::Percent => "%s",
            Syntax::Angle => "<Name>",
            Syntax::Square => "[Name]",
            Syntax::DoubleBrace => "{{Name}}",
            Syntax::Custom => "a family's own",
        }
    }

    pub fn from_spelling(s: &str) -> Option<Self> {
        Syntax::ALL
            .into_iter()
            .find(|syntax| syntax.spelling() == s)
    }
}

/// A family's own placeholder delimiters, from a spelling such as
/// `"$(Name)"` or `":Name"`: the text before `Name` opens a placeholder,
/// the text after it (possibly none) closes it. Each is at most
/// [`Delimiters::MAX`] bytes of punctuation, and the opening one is not
/// empty, so that a name's ends are never in doubt.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Delimiters {
    bytes: [u8; 2 * Delimiters::MAX],
    open: u8,
    close: u8,
}

impl Delimiters {
    /// The most bytes a delimiter may have.
    pub const MAX: usize = 8;

    /// The delimiters a spelling declares, or why it declares none.
    pub fn from_spelling(spelling: &str) -> Result<Self, &'static str> {
        let Some((open, close)) = spelling.split_once("Name") else {
            return Err("a family's own placeholder syntax spells `Name` between its delimiters, as in \"$(Name)\"");
        };
        if open.is_empty() {
            return Err(
                "a placeholder syntax opens with a delimiter before `Name`, as in \":Name\"",
            );
        }
        let punctuation = |text: &str| text.bytes().all(|b| b.is_ascii_punctuation() && b != b'_');
        if !punctuation(open) || !punctuation(close) {
            return Err("a placeholder syntax's delimiters are ASCII punctuation other than `_`, without blanks");
        }
        if open.len() > Self::MAX || close.len() > Self::MAX {
            return Err("a placeholder syntax's delimiters are at most 8 bytes each");
        }
        let mut bytes = [0; 2 * Self::MAX];
        bytes[..open.len()].copy_from_slice(open.as_bytes());
        bytes[open.len()..open.len() + close.len()].copy_from_slice(close.as_bytes());
        Ok(Delimiters {
            bytes,
            open: open.len() as u8,
            close: close.len() as u8,
        })
    }

    /// The text that opens a placeholder.
    pub fn open(&self) -> &[u8] {
        &self.bytes[..usize::from(self.open)]
    }

    /// The text that closes one (possibly empty).
    pub fn close(&self) -> &[u8] {
        &self.bytes[usize::from(self.open)..usize::from(self.open + self.close)]
    }
}

/// The set of syntaxes a family accepts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Syntaxes {
    pub dollar_brace: bool,
    pub brace: bool,
    pub percent: bool,
    pub angle: bool,
    pub square: bool,
    pub double_brace: bool,
    /// The family's own delimiters, if it declares some.
    pub custom: Option<Delimiters>,
}

impl Syntaxes {
    /// A family's syntaxes when it names none: the gateway's three. The
    /// bracket styles are asked for, since `<` and `[` are common text.
    pub const DEFAULT: Syntaxes = Syntaxes {
        dollar_brace: true,
        brace: true,
        percent: true,
        angle: false,
        square: false,
        double_brace: false,
        custom: None,
    };
    pub const NONE: Syntaxes = Syntaxes {
        dollar_brace: false,
        brace: false,
        percent: false,
        angle: false,
        square: false,
        double_brace: false,
        custom: None,
    };

    pub fn insert(&mut self, syntax: Syntax) {
        match syntax {
            Syntax::DollarBrace => self.dollar_brace = true,
            Syntax::Brace => self.brace = true,
            Syntax::Percent => self.percent = true,
            Syntax::Angle => self.angle = true,
            Syntax::Square => self.square = true,
            Syntax::DoubleBrace => self.double_brace = true,
            // Declared with its delimiters, by `custom`.
            Syntax::Custom => {}
        }
    }
}

/// A piece of a template.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Segment {
    /// Text written as it is.
    Literal(String),
    /// A placeholder, by the name the docs give it (`HeaderName`).
    Placeholder { name: String, syntax: Syntax },
}

/// A code or message cut into literal text and placeholders.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Template {
    pub segments: Vec<Segment>,
}

impl Template {
    /// The placeholder names, in order of appearance, each once.
    pub fn names(&self) -> Vec<&str> {
        self.name_index().into_items()
    }

    /// The placeholder names, each once, with the index of its first
    /// appearance among them.
    pub fn name_index(&self) -> NameIndex<'_> {
        let mut names = NameIndex::default();
        for segment in &self.segments {
            if let Segment::Placeholder { name, .. } = segment {
                names.insert(name);
            }
        }
        names
    }

    pub fn placeholder_count(&self) -> usize {
        self.segments
            .iter()
            .filter(|s| matches!(s, Segment::Placeholder { .. }))
            .count()
    }

    /// The literal text before and after the first placeholder (for a
    /// templated code, which holds one: `("Invalid", ".LengthLimit")` for
    /// `Invalid%s.LengthLimit`); the whole text and `""` without one.
    pub fn affixes(&self) -> (&str, &str) {
        let segments = &self.segments;
        let placeholder = segments
            .iter()
            .position(|s| matches!(s, Segment::Placeholder { .. }))
            .unwrap_or(segments.len());
        fn text(segment: Option<&Segment>) -> &str {
            match segment {
                Some(Segment::Literal(text)) => text,
                _ => "",
            }
        }
        let prefix = match placeholder.checked_sub(1) {
            Some(before) => text(segments.get(before)),
            None => "",
        };
        (prefix, text(segments.get(placeholder + 1)))
    }

    /// The text with every placeholder taken out, for deriving a name.
    pub fn literal_text(&self) -> String {
        let mut out = String::new();
        for segment in &self.segments {
            if let Segment::Literal(text) = segment {
                out.push_str(text);
            }
        }
        out
    }
}

/// Why a template cannot be used; shown on the cell that holds it.
#[derive(Debug, PartialEq, Eq)]
pub enum TemplateError {
    Unterminated { open: &'static str, name: String },
    EmptyName { open: &'static str },
    NotAnIdentifier { name: String },
    MissingPositionalName,
    UnusedPositionalNames { given: usize, used: usize },
    Adjacent { first: String, second: String },
}

impl Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            TemplateError::Unterminated { open, name } => write!(
                f,
                "unterminated placeholder `{open}{name}`; close it with `}}`"
            ),
            TemplateError::EmptyName { open } => {
                write!(f, "empty placeholder `{open}}}`; a placeholder needs a name")
            }
            TemplateError::NotAnIdentifier { name } => write!(
                f,
                "placeholder name `{name}` is not an identifier; use letters, digits and `_`"
            ),
            TemplateError::MissingPositionalName => f.write_str(
                "`%s` has no name; name each `%s` after the text, as in `\"Missing%s\" % ParameterName`",
            ),
            TemplateError::UnusedPositionalNames { given, used } => write!(
                f,
                "{given} name(s) given after `%` but the text holds {used} `%s`"
            ),
            TemplateError::Adjacent { first, second } => write!(
                f,
                "placeholders `{first}` and `{second}` have no text between them, so the text could not be read back; put literal text between them"
            ),
        }
    }
}

/// Whether `name` can name a placeholder: ASCII letters, digits and `_`, not
/// starting with a digit.
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Cuts `text` into segments. `positional` names the `%s` placeholders in
/// order. Every problem is reported, not only the first.
pub fn parse(
    text: &str,
    syntaxes: Syntaxes,
    positional: &[String],
) -> Result<Template, Vec<TemplateError>> {
    let mut errors = Vec::new();
    let mut segments = Vec::new();
    let mut literal = String::new();
    let mut positional = positional.iter();
    let mut used_positional = 0;
    let mut rest = text;

    while !rest.is_empty() {
        // Literal text runs to the next byte that can open a placeholder
        // (all ASCII), and is copied in one piece, not a `char` at a time.
        let run = literal_run(rest.as_bytes(), syntaxes);
        if run > 0 {
            literal.push_str(&rest[..run]);
            rest = &rest[run..];
            continue;
        }
        if let Some((syntax, name, len)) = bracketed(rest, syntaxes) {
            flush(&mut literal, &mut segments);
            segments.push(Segment::Placeholder {
                name: name.to_owned(),
                syntax,
            });
            rest = &rest[len..];
            continue;
        }
        let open = if syntaxes.dollar_brace && rest.starts_with("${") {
            Some("${")
        } else if syntaxes.brace && rest.starts_with('{') {
            Some("{")
        } else {
            None
        };
        if let Some(open) = open {
            let after = &rest[open.len()..];
            // A name runs to the first `}`, or is cut short by another opening.
            let end = first_brace(after.as_bytes());
            if !after[end..].starts_with('}') {
                let name: String = after[..end]
                    .chars()
                    .take_while(|&c| c.is_ascii_alphanumeric() || c == '_')
                    .collect();
                errors.push(TemplateError::Unterminated { open, name });
                literal.push_str(&rest[..open.len() + end]);
                rest = &after[end..];
                continue;
            }
            let close = end;
            let name = &after[..close];
            if name.is_empty() {
                errors.push(TemplateError::EmptyName { open });
            } else if !is_identifier(name) {
                errors.push(TemplateError::NotAnIdentifier {
                    name: name.to_owned(),
                });
            }
            flush(&mut literal, &mut segments);
            segments.push(Segment::Placeholder {
                name: name.to_owned(),
                syntax: if open == "${" {
                    Syntax::DollarBrace
                } else {
                    Syntax::Brace
                },
            });
            rest = &after[close + 1..];
        } else if syntaxes.percent && rest.starts_with("%s") {
            used_positional += 1;
            let name = match positional.next() {
                Some(name) => name.clone(),
                None => {
                    errors.push(TemplateError::MissingPositionalName);
                    String::from("_")
                }
            };
            flush(&mut literal, &mut segments);
            segments.push(Segment::Placeholder {
                name,
                syntax: Syntax::Percent,
            });
            rest = &rest[2..];
        } else {
            // A `$`, `%`, `<` or `[` that opens nothing: one ASCII byte of
            // text.
            literal.push_str(&rest[..1]);
            rest = &rest[1..];
        }
    }
    flush(&mut literal, &mut segments);

    let given = used_positional + positional.count();
    if given > used_positional {
        errors.push(TemplateError::UnusedPositionalNames {
            given,
            used: used_positional,
        });
    }
    for pair in segments.windows(2) {
        if let [Segment::Placeholder { name: first, .. }, Segment::Placeholder { name: second, .. }] =
            pair
        {
            errors.push(TemplateError::Adjacent {
                first: first.clone(),
                second: second.clone(),
            });
        }
    }

    if errors.is_empty() {
        Ok(Template { segments })
    } else {
        Err(errors)
    }
}

/// The length of the text before the first byte of `text` that can open a
/// placeholder of `syntaxes` (`$`, `{`, `%`, `<`, `[`).
fn literal_run(text: &[u8], syntaxes: Syntaxes) -> usize {
    let mut at = 0;
    while at < text.len() {
        let opens = match text[at] {
            b'$' => syntaxes.dollar_brace,
            b'{' => syntaxes.brace || syntaxes.double_brace,
            b'%' => syntaxes.percent,
            b'<' => syntaxes.angle,
            b'[' => syntaxes.square,
            _ => false,
        } || syntaxes
            .custom
            .is_some_and(|custom| custom.open()[0] == text[at]);
        if opens {
            break;
        }
        at += 1;
    }
    at
}

/// A bracketed placeholder at the start of `text` (`<Name>`, `[Name]` or
/// `{{Name}}`, as `syntaxes` allows): its syntax, its name and its
/// length; `None` where the brackets hold anything but a name.
fn bracketed(text: &str, syntaxes: Syntaxes) -> Option<(Syntax, &str, usize)> {
    let custom = syntaxes
        .custom
        .filter(|custom| text.as_bytes().starts_with(custom.open()));
    let (syntax, open, close) = if let Some(custom) = &custom {
        (Syntax::Custom, custom.open().len(), custom.close())
    } else if syntaxes.double_brace && text.starts_with("{{") {
        (Syntax::DoubleBrace, 2, "}}".as_bytes())
    } else {
        match text.as_bytes().first()? {
            b'<' if syntaxes.angle => (Syntax::Angle, 1, ">".as_bytes()),
            b'[' if syntaxes.square => (Syntax::Square, 1, "]".as_bytes()),
            _ => return None,
        }
    };
    let bytes = text.as_bytes();
    let mut end = open;
    while end < bytes.len() && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'_') {
        end += 1;
    }
    let name = &text[open..end];
    (bytes[end..].starts_with(close) && is_identifier(name)).then_some((
        syntax,
        name,
        end + close.len(),
    ))
}

/// The index of the first `{` or `}` in `text`, else its length. A byte
/// loop: unoptimised, `str::find` with a set of `char`s costs more per
/// byte.
fn first_brace(text: &[u8]) -> usize {
    let mut at = 0;
    while at < text.len() && text[at] != b'{' && text[at] != b'}' {
        at += 1;
    }
    at
}

fn flush(literal: &mut String, segments: &mut Vec<Segment>) {
    if !literal.is_empty() {
        segments.push(Segment::Literal(std::mem::take(literal)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str) -> Segment {
        Segment::Literal(s.to_owned())
    }

    fn placeholder(name: &str, syntax: Syntax) -> Segment {
        Segment::Placeholder {
            name: name.to_owned(),
            syntax,
        }
    }

    #[test]
    fn dollar_brace() {
        let t = parse(
            "Invalid Header `${HeaderName}` ${Reason}",
            Syntaxes::DEFAULT,
            &[],
        )
        .unwrap();
        assert_eq!(
            t.segments,
            [
                lit("Invalid Header `"),
                placeholder("HeaderName", Syntax::DollarBrace),
                lit("` "),
                placeholder("Reason", Syntax::DollarBrace),
            ]
        );
    }

    #[test]
    fn brace_and_percent() {
        let t = parse("{ParameterName} is mandatory", Syntaxes::DEFAULT, &[]).unwrap();
        assert_eq!(
            t.segments,
            [
                placeholder("ParameterName", Syntax::Brace),
                lit(" is mandatory")
            ]
        );
        let names = ["Parameter".to_owned(), "Kind".to_owned()];
        let t = parse(
            "The specified %s has %s definitions.",
            Syntaxes::DEFAULT,
            &names,
        )
        .unwrap();
        assert_eq!(t.names(), ["Parameter", "Kind"]);
        assert_eq!(t.literal_text(), "The specified  has  definitions.");
    }

    #[test]
    fn a_familys_own_delimiters_hold_a_name_or_are_text() {
        let own = |spelling: &str| Syntaxes {
            custom: Some(Delimiters::from_spelling(spelling).unwrap()),
            ..Syntaxes::DEFAULT
        };
        let t = parse("In $(Dir): ${Count} $(x y) $(", own("$(Name)"), &[]).unwrap();
        assert_eq!(
            t.segments,
            [
                lit("In "),
                placeholder("Dir", Syntax::Custom),
                lit(": "),
                placeholder("Count", Syntax::DollarBrace),
                lit(" $(x y) $("),
            ]
        );
        // No closing delimiter: the name runs to the first byte that is
        // not part of one.
        let t = parse("/users/:id/posts/:post.", own(":Name"), &[]).unwrap();
        assert_eq!(t.names(), ["id", "post"]);
        assert_eq!(t.literal_text(), "/users//posts/.");
        for bad in [
            "Name)",
            "a(Name)",
            "$( Name)",
            "$(Name)x",
            "_Name_",
            "(((((((((Name",
        ] {
            assert!(Delimiters::from_spelling(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn brackets_hold_a_name_or_are_text() {
        let brackets = Syntaxes {
            angle: true,
            square: true,
            ..Syntaxes::NONE
        };
        let t = parse(
            "Blob <blobName> in [Container] is < 5 <a b> [] <x",
            brackets,
            &[],
        )
        .unwrap();
        assert_eq!(
            t.segments,
            vec![
                lit("Blob "),
                placeholder("blobName", Syntax::Angle),
                lit(" in "),
                placeholder("Container", Syntax::Square),
                lit(" is < 5 <a b> [] <x"),
            ]
        );
        let braces = Syntaxes {
            double_brace: true,
            brace: true,
            ..Syntaxes::NONE
        };
        let t = parse("Hello {{userName}} from {City} {{ x }}", braces, &[]);
        assert!(
            t.is_err(),
            "`{{ x }}` is a malformed `{{Name}}` with braces on"
        );
        let only = Syntaxes {
            double_brace: true,
            ..Syntaxes::NONE
        };
        let t = parse("Hello {{userName}} from {City}", only, &[]).unwrap();
        assert_eq!(
            t.segments,
            vec![
                lit("Hello "),
                placeholder("userName", Syntax::DoubleBrace),
                lit(" from {City}"),
            ]
        );
        // Asked for only: by default a bracket is text.
        let t = parse("<blobName>", Syntaxes::DEFAULT, &[]).unwrap();
        assert_eq!(t.segments, vec![lit("<blobName>")]);
    }

    #[test]
    fn disabled_syntax_is_literal() {
        let only_dollar = Syntaxes {
            dollar_brace: true,
            ..Syntaxes::NONE
        };
        let t = parse("{x} 100%s", only_dollar, &[]).unwrap();
        assert_eq!(t.segments, [lit("{x} 100%s")]);
    }

    #[test]
    fn errors_are_all_reported() {
        let errors = parse("${} ${a b} ${A}${B} ${open", Syntaxes::DEFAULT, &[]).unwrap_err();
        assert_eq!(
            errors,
            [
                TemplateError::EmptyName { open: "${" },
                TemplateError::NotAnIdentifier { name: "a b".into() },
                TemplateError::Unterminated {
                    open: "${",
                    name: "open".into()
                },
                TemplateError::Adjacent {
                    first: "A".into(),
                    second: "B".into()
                },
            ]
        );
    }

    #[test]
    fn an_opening_cuts_an_unterminated_name_short() {
        let errors = parse("`${HeaderName` ${Reason}", Syntaxes::DEFAULT, &[]).unwrap_err();
        assert_eq!(
            errors,
            [TemplateError::Unterminated {
                open: "${",
                name: "HeaderName".into()
            }]
        );
        let only_braces = Syntaxes {
            brace: true,
            ..Syntaxes::NONE
        };
        let errors = parse("{a {b}", only_braces, &[]).unwrap_err();
        assert_eq!(
            errors,
            [TemplateError::Unterminated {
                open: "{",
                name: "a".into()
            }]
        );
    }

    #[test]
    fn positional_names_must_match() {
        assert_eq!(
            parse("Missing%s", Syntaxes::DEFAULT, &[]).unwrap_err(),
            [TemplateError::MissingPositionalName]
        );
        assert_eq!(
            parse("Missing", Syntaxes::DEFAULT, &["A".into()]).unwrap_err(),
            [TemplateError::UnusedPositionalNames { given: 1, used: 0 }]
        );
    }
}
