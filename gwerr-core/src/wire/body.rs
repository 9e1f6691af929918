//! Values in a response's body: members of a JSON body, elements of an XML
//! body, each found by its path in one pass over the body, in time and
//! memory linear in its length. A body that does not parse gives what was
//! found before the fault.

#[cfg(any(feature = "json", feature = "xml"))]
use std::borrow::Cow;

/// The text at each of `paths` in a JSON body (`*` standing for every
/// element of an array): a string's value, a number's text (`404`), the
/// first found; `None` where the path leads to
/// nothing, to another kind of value, or into a body that is not JSON
/// (or not UTF-8).
/// Nesting deeper than `serde_json`'s limit (128) ends the reading.
#[cfg(feature = "json")]
pub(super) fn json<'b, const N: usize>(
    body: &'b str,
    paths: [&[&str]; N],
) -> [Option<Cow<'b, str>>; N] {
    use serde::de::DeserializeSeed;

    let mut found: [Option<Cow<'b, str>>; N] = std::array::from_fn(|_| None);
    let active = paths.map(|path| !path.is_empty());
    // The parser lends strings from the body where they hold no escape.
    let mut reader = serde_json::Deserializer::from_str(body);
    let walk = json_walk::Walk {
        paths: &paths,
        depth: 0,
        active: &active,
        found: &mut found,
    };
    // A fault in the body keeps what was found before it.
    let _ = walk.deserialize(&mut reader);
    found
}

#[cfg(feature = "json")]
mod json_walk {
    use std::borrow::Cow;
    use std::fmt;

    use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

    /// Walks a JSON value at `depth`, following the paths still `active`.
    pub(super) struct Walk<'p, 'f, 'de, const N: usize> {
        pub(super) paths: &'p [&'p [&'p str]; N],
        pub(super) depth: usize,
        pub(super) active: &'p [bool; N],
        pub(super) found: &'f mut [Option<Cow<'de, str>>; N],
    }

    impl<'de, const N: usize> DeserializeSeed<'de> for Walk<'_, '_, 'de, N> {
        type Value = ();

        fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
            deserializer.deserialize_any(self)
        }
    }

    impl<'de, const N: usize> Visitor<'de> for Walk<'_, '_, 'de, N> {
        type Value = ();

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON value")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            let Walk {
                paths,
                depth,
                active,
                found,
            } = self;
            while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
                let mut ends = [false; N];
                let mut goes_on = [false; N];
                for (i, path) in paths.iter().enumerate() {
                    if active[i] && path.get(depth).is_some_and(|step| same(step, &key)) {
                        if path.len() == depth + 1 {
                            ends[i] = found[i].is_none();
                        } else {
                            goes_on[i] = true;
                        }
                    }
                }
                if ends.contains(&true) {
                    let Text(mut text) = map.next_value::<Text<'de>>()?;
                    // The text moves to the last path that ends here, and
                    // is copied for any other (paths that name one member
                    // twice).
                    let last = ends.iter().rposition(|&end| end).unwrap_or(0);
                    for (i, slot) in found.iter_mut().enumerate() {
                        if i == last {
                            *slot = text.take();
                        } else if ends[i] {
                            slot.clone_from(&text);
                        }
                    }
                    // Every value found: the rest of the body is not read.
                    // Leaving the map unfinished ends the parse: serde_json
                    // reports the member left as a syntax error, which
                    // costs less than an error of our own (`custom` formats
                    // and searches its message); what was found stays.
                    if found
                        .iter()
                        .zip(paths)
                        .all(|(f, p)| f.is_some() || p.is_empty())
                    {
                        return Ok(());
                    }
                } else if goes_on.contains(&true) {
                    map.next_value_seed(Walk {
                        paths,
                        depth: depth + 1,
                        active: &goes_on,
                        found: &mut *found,
                    })?;
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(())
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            // `*` in a path stands for every element of an array; the
            // first element that holds the rest of the path gives it.
            let Walk {
                paths,
                depth,
                active,
                found,
            } = self;
            let mut goes_on = [false; N];
            for (i, path) in paths.iter().enumerate() {
                goes_on[i] = active[i] && path.get(depth) == Some(&"*") && path.len() > depth + 1;
            }
            if !goes_on.contains(&true) {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                return Ok(());
            }
            loop {
                let walk = Walk {
                    paths,
                    depth: depth + 1,
                    active: &goes_on,
                    found: &mut *found,
                };
                if seq.next_element_seed(walk)?.is_none() {
                    return Ok(());
                }
            }
        }

        fn visit_str<E>(self, _: &str) -> Result<(), E> {
            Ok(())
        }

        fn visit_bool<E>(self, _: bool) -> Result<(), E> {
            Ok(())
        }

        fn visit_i64<E>(self, _: i64) -> Result<(), E> {
            Ok(())
        }

        fn visit_u64<E>(self, _: u64) -> Result<(), E> {
            Ok(())
        }

        fn visit_f64<E>(self, _: f64) -> Result<(), E> {
            Ok(())
        }

        fn visit_unit<E>(self) -> Result<(), E> {
            Ok(())
        }
    }

    /// Whether a path's step is a key: a byte loop, which the compiler
    /// keeps inline for a key's few bytes, where `==` calls `memcmp`.
    #[inline]
    fn same(step: &str, key: &str) -> bool {
        step.len() == key.len() && step.bytes().zip(key.bytes()).all(|(a, b)| a == b)
    }

    /// An object's key, borrowed from the body where it holds no escape.
    struct Key<'de>(Cow<'de, str>);

    impl<'de> de::Deserialize<'de> for Key<'de> {
        fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct KeyVisitor;
            impl<'de> Visitor<'de> for KeyVisitor {
                type Value = Key<'de>;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a key")
                }

                fn visit_borrowed_str<E>(self, key: &'de str) -> Result<Key<'de>, E> {
                    Ok(Key(Cow::Borrowed(key)))
                }

                fn visit_str<E>(self, key: &str) -> Result<Key<'de>, E> {
                    Ok(Key(Cow::Owned(key.to_owned())))
                }
            }
            deserializer.deserialize_str(KeyVisitor)
        }
    }

    /// A value as text: a string's value (borrowed from the body where it
    /// holds no escape) or a number's; `None` for any other value, which
    /// is read past.
    struct Text<'de>(Option<Cow<'de, str>>);

    impl<'de> de::Deserialize<'de> for Text<'de> {
        fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct TextVisitor;
            impl<'de> Visitor<'de> for TextVisitor {
                type Value = Text<'de>;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a string or a number")
                }

                fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Text<'de>, E> {
                    Ok(Text(Some(Cow::Borrowed(text))))
                }

                fn visit_str<E>(self, text: &str) -> Result<Text<'de>, E> {
                    Ok(Text(Some(Cow::Owned(text.to_owned()))))
                }

                fn visit_i64<E>(self, number: i64) -> Result<Text<'de>, E> {
                    Ok(Text(Some(Cow::Owned(number.to_string()))))
                }

                fn visit_u64<E>(self, number: u64) -> Result<Text<'de>, E> {
                    Ok(Text(Some(Cow::Owned(number.to_string()))))
                }

                fn visit_f64<E>(self, number: f64) -> Result<Text<'de>, E> {
                    Ok(Text(Some(Cow::Owned(number.to_string()))))
                }

                fn visit_bool<E>(self, _: bool) -> Result<Text<'de>, E> {
                    Ok(Text(None))
                }

                fn visit_unit<E>(self) -> Result<Text<'de>, E> {
                    Ok(Text(None))
                }

                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text<'de>, A::Error> {
                    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                    Ok(Text(None))
                }

                fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Text<'de>, A::Error> {
                    while seq.next_element::<IgnoredAny>()?.is_some() {}
                    Ok(Text(None))
                }
            }
            deserializer.deserialize_any(TextVisitor)
        }
    }
}

/// The text of the element at each of `paths` in an XML body (element
/// names from the root, namespace prefixes left out), entities resolved,
/// the first found; `None` where no element is there, the body is not
/// XML before it, or not UTF-8.
#[cfg(feature = "xml")]
pub(super) fn xml<'b, const N: usize>(
    body: &'b str,
    paths: [&[&str]; N],
) -> [Option<Cow<'b, str>>; N] {
    use quick_xml::events::Event;

    let mut found: [Option<String>; N] = std::array::from_fn(|_| None);
    // The text of each path's element while the reader is inside it.
    let mut open: [Option<String>; N] = std::array::from_fn(|_| None);
    // How many elements deep the reader is, and how many of the elements
    // it is inside follow each path from the root (a path is followed
    // only as deep as it still matches, so that each element costs the
    // paths' count, never the depth).
    let mut depth = 0usize;
    let mut matched = [0usize; N];
    let mut reader = quick_xml::Reader::from_str(body);
    loop {
        let event = match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(event) => event,
        };
        match event {
            Event::Start(start) => {
                let name = start.local_name();
                for (i, path) in paths.iter().enumerate() {
                    if matched[i] == depth && path.get(depth).is_some_and(|p| *p == name.as_ref()) {
                        matched[i] += 1;
                        if matched[i] == path.len() && found[i].is_none() {
                            open[i] = Some(String::new());
                        }
                    }
                }
                depth += 1;
            }
            Event::Empty(start) => {
                let name = start.local_name();
                for (i, path) in paths.iter().enumerate() {
                    let last = path.len().checked_sub(1) == Some(depth);
                    if matched[i] == depth
                        && last
                        && found[i].is_none()
                        && path[depth] == name.as_ref()
                    {
                        found[i] = Some(String::new());
                    }
                }
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                for i in 0..N {
                    if matched[i] > depth {
                        matched[i] = depth;
                        if let Some(text) = open[i].take() {
                            found[i] = Some(text);
                        }
                    }
                }
                // Every value found: the rest of the body is not read.
                if found
                    .iter()
                    .zip(paths)
                    .all(|(f, p)| p.is_empty() || f.is_some())
                {
                    break;
                }
            }
            Event::Text(text) => push(&mut open, &text.xml10_content()),
            Event::CData(text) => push(&mut open, &text.xml10_content()),
            Event::GeneralRef(entity) => {
                let resolved = match entity.resolve_char_ref() {
                    Ok(Some(c)) => Some(String::from(c)),
                    Ok(None) => {
                        quick_xml::escape::resolve_predefined_entity(&entity).map(str::to_owned)
                    }
                    Err(_) => None,
                };
                // An entity the document declares is kept as written.
                let text = resolved.unwrap_or_else(|| format!("&{};", &*entity));
                push(&mut open, &text);
            }
            _ => {}
        }
    }
    found.map(|text| text.map(Cow::Owned))
}

/// Appends `text` to every element's text being read.
#[cfg(feature = "xml")]
fn push<const N: usize>(open: &mut [Option<String>; N], text: &str) {
    for slot in open.iter_mut().flatten() {
        slot.push_str(text);
    }
}

/// A body holding `values` (the code, the message, the request id) at the
/// places `convention` puts them in a body: a JSON object, or an XML
/// document, built from their paths. Empty when it puts none there.
pub(super) fn write(convention: &super::Convention, values: [Option<&str>; 3]) -> Vec<u8> {
    let places = [
        &convention.code,
        &convention.message,
        &convention.request_id,
    ];
    #[allow(unused_mut)]
    let mut body = Vec::new();
    #[cfg(feature = "json")]
    {
        let mut root = serde_json::Map::new();
        for (place, value) in places.iter().zip(values) {
            if let (super::Place::Json(path), Some(value)) = (place, value) {
                json_insert(&mut root, path, value);
            }
        }
        if !root.is_empty() {
            body = serde_json::Value::Object(root).to_string().into_bytes();
        }
    }
    #[cfg(feature = "xml")]
    {
        let mut root = XmlNode::default();
        for (place, value) in places.iter().zip(values) {
            if let (super::Place::Xml(path), Some(value)) = (place, value) {
                root.insert(path, value);
            }
        }
        if !root.children.is_empty() && body.is_empty() {
            let mut text = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
            root.write_children(&mut text);
            body = text.into_bytes();
        }
    }
    let _ = (places, values);
    body
}

/// Sets the member at `path` to `value`, making the objects on the way.
#[cfg(feature = "json")]
fn json_insert(
    object: &mut serde_json::Map<String, serde_json::Value>,
    path: &[&str],
    value: &str,
) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut object = object;
    for key in parents {
        let entry = object
            .entry(*key)
            .or_insert_with(|| serde_json::Value::Object(serde_json::Map::new()));
        if !entry.is_object() {
            *entry = serde_json::Value::Object(serde_json::Map::new());
        }
        let serde_json::Value::Object(next) = entry else {
            return;
        };
        object = next;
    }
    object.insert(
        (*last).to_owned(),
        serde_json::Value::String(value.to_owned()),
    );
}

/// An element being written: its children in order, or its text.
#[cfg(feature = "xml")]
#[derive(Default)]
struct XmlNode {
    children: Vec<(&'static str, XmlNode)>,
    text: String,
}

#[cfg(feature = "xml")]
impl XmlNode {
    fn insert(&mut self, path: &'static [&'static str], value: &str) {
        let Some((first, rest)) = path.split_first() else {
            self.text.push_str(value);
            return;
        };
        let at = match self.children.iter().position(|(name, _)| name == first) {
            Some(at) => at,
            None => {
                self.children.push((first, XmlNode::default()));
                self.children.len() - 1
            }
        };
        self.children[at].1.insert(rest, value);
    }

    fn write_children(&self, out: &mut String) {
        for (name, child) in &self.children {
            out.push('<');
            out.push_str(name);
            out.push('>');
            out.push_str(&quick_xml::escape::escape(child.text.as_str()));
            child.write_children(out);
            out.push_str("</");
            out.push_str(name);
            out.push('>');
        }
    }
}

#[cfg(test)]
mod tests {
    #[allow(unused_imports)]
    use std::borrow::Cow;

    #[cfg(feature = "json")]
    #[test]
    fn json_paths_find_strings_and_numbers() {
        let body = r#"{"error": {"code": 404, "message": "No \"blob\" here", "details": [{"x": 1}]}, "code": "outer"}"#;
        let [code, message, missing, outer] = super::json(
            body,
            [
                &["error", "code"],
                &["error", "message"],
                &["error", "details"],
                &["code"],
            ],
        );
        assert_eq!(code.as_deref(), Some("404"));
        assert_eq!(message.as_deref(), Some("No \"blob\" here"));
        // A text without escapes is borrowed from the body; one with is not.
        assert!(
            matches!(code, Some(Cow::Owned(_))),
            "a number's text is made"
        );
        assert!(matches!(message, Some(Cow::Owned(_))));
        assert_eq!(missing, None, "an array is no text");
        assert_eq!(outer.as_deref(), Some("outer"));
        assert!(matches!(outer, Some(Cow::Borrowed(_))));
    }

    #[cfg(feature = "json")]
    #[test]
    fn a_star_walks_every_element_of_an_array() {
        let body = r#"{"error": {"details": [{"reason": "r"}, {"retryDelay": "30s"}, {"retryDelay": "1s"}]}}"#;
        let [delay, reason] = super::json(
            body,
            [
                &["error", "details", "*", "retryDelay"],
                &["error", "details", "*", "reason"],
            ],
        );
        assert_eq!(
            delay.as_deref(),
            Some("30s"),
            "the first element that has it"
        );
        assert_eq!(reason.as_deref(), Some("r"));
    }

    #[cfg(feature = "json")]
    #[test]
    fn a_broken_json_body_keeps_what_came_before() {
        let [code, message] = super::json(
            "{\"code\": \"E1\", \"message\": ",
            [&["code"], &["message"]],
        );
        assert_eq!((code.as_deref(), message), (Some("E1"), None));
        let deep = "[".repeat(100_000);
        assert_eq!(super::json(&deep, [&["code"]]), [None]);
        assert_eq!(super::json("not json", [&["code"]]), [None]);
    }

    #[cfg(feature = "xml")]
    #[test]
    fn xml_paths_find_element_texts() {
        let body = "<?xml version=\"1.0\"?><Error><Code>BlobNotFound</Code>\
            <Message>No blob &amp; no &#x263A; <![CDATA[<here>]]></Message><Empty/>\
            <Nested><Code>inner</Code></Nested></Error>";
        let [code, message, empty, none] = super::xml(
            body,
            [
                &["Error", "Code"],
                &["Error", "Message"],
                &["Error", "Empty"],
                &["Code"],
            ],
        );
        assert_eq!(code.as_deref(), Some("BlobNotFound"));
        assert_eq!(message.as_deref(), Some("No blob & no \u{263A} <here>"));
        assert_eq!(empty.as_deref(), Some(""));
        assert_eq!(none, None, "a path starts at the root");
    }

    #[cfg(feature = "xml")]
    #[test]
    fn a_broken_xml_body_keeps_what_came_before() {
        let [code, message] = super::xml(
            "<Error><Code>E1</Code><Message>cut",
            [&["Error", "Code"], &["Error", "Message"]],
        );
        assert_eq!((code.as_deref(), message), (Some("E1"), None));
        let deep = "<a>".repeat(100_000);
        assert_eq!(super::xml(&deep, [&["a", "b"]]), [None]);
    }
}
