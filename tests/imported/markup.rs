gwerr_core::error_table! {
    /// The errors of the table "1. Fehler der Anfragen".
    // import: the family FehlerDerAnfragenError is named after the table's title "1. Fehler der Anfragen": name it
    // import: table "1. Fehler der Anfragen": column "Meldung" is read as the messages, as its cells have placeholders
    // import: table "1. Fehler der Anfragen": placeholders written <Name> are kept as text: in one row, its message "Bereich <Range> passt nicht.<br>Siehe Größe." has "<br>", which a document's reader takes for HTML or a link
    // import: table "1. Fehler der Anfragen": placeholders written [Name] are kept as text: in one row, its message "Größer als [Limit]; siehe [Grenzen](https://example.com/limits)." has "[Grenzen]", which a document's reader takes for HTML or a link
    #[non_exhaustive]
    pub enum FehlerDerAnfragenError {
        #[non_exhaustive]
        code = FehlerDerAnfragenErrorCode;
        placeholders = "%s";
        columns = { code: "Fehlercode", status: "HTTP-Status", message: "Meldung" };

        table "1. Fehler der Anfragen" {
        | "Fehlercode" | "HTTP-Status" | "Meldung" | "Hinweis" |
        // import: `%s` placeholders named Value, Value2, ...: name them (a templated code's and its message's first share a name)
        | ArchiveMissing | 404 | "Das Archiv %s fehlt." % Value | "Den Namen prüfen." |
        | BadRange | 416 Range Not Satisfiable | "Bereich <Range> passt nicht.<br>Siehe Größe." | "" |
        // import: row 3 (TooLarge): its text beyond the header's cells, "v2", is not in the table as Markdown reads it
        | TooLarge | 413 | "Größer als [Limit]; siehe [Grenzen](https://example.com/limits)." | "Kleiner packen." |
        // import: `%s` placeholders named Value, Value2, ...: name them (a templated code's and its message's first share a name)
        | "Archive.Sealed" as ArchiveSealed | 409 Conflict | "Das Archiv %s ist versiegelt." % Value | "<b>Nicht</b> erneut senden." |
        }
    }
}

gwerr_core::error_table! {
    /// The errors of the table "2. Fehler des Dienstes".
    // import: the family FehlerDesDienstesError is named after the table's title "2. Fehler des Dienstes": name it
    // import: table "2. Fehler des Dienstes": no column is titled as the messages, so each row's message is its code; where a column holds them, give it the role with `columns = { message: "..." }`
    #[non_exhaustive]
    pub enum FehlerDesDienstesError {
        #[non_exhaustive]
        code = FehlerDesDienstesErrorCode;
        placeholders = "<Name>";

        table "2. Fehler des Dienstes" {
        | Code | Status | "Beschreibung" |
        | Unavailable | 503 | "Der Dienst ruht." |
        | Broken | 500 | "Etwas ist kaputt." |
        }
    }
}
