// A storage service's common errors declared from its published page
// (`storage-errors-newer.md`): the DSL holds only what the page lacks.
gwerr_core::error_table! {
    /// A storage service's common errors, from its published page.
    pub enum Store {
        placeholders = "<Name>";
        status = 3XX | 4XX | 5XX;

        table "Common errors" from "tests/fixtures/storage-errors-newer.md" {
            // review: the row is gone from the document, and its variant with it (a major change)
            // ConditionNotMet[1] as NotModified;
            ConditionNotMet[1] as PreconditionFailed;
            #[retry(transient, after = 2s)]
            ServerBusy[1] as IngressBusy;
            #[retry(transient, after = 2s)]
            ServerBusy[3] as EgressBusy;
            #[retry(throttled)]
            ServerBusy[4] as OperationsBusy;
            // review: the code names several rows: name this one
            MissingHeader[2] as MissingHeader2;
        }
    }
}
