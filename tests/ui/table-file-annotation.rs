use gwerr_core::error_table;

error_table! {
    pub enum Store {
        placeholders = "<Name>";
        status = 3XX | 4XX | 5XX;
        table "Common errors" from "../../../../tests/fixtures/storage-errors.md" {
            NoSuchCode as Gone;
            ConditionNotMet[3] as Third;
            ServerBusy as Busy;
        }
    }
}

error_table! {
    pub enum Malformed {
        table "Common errors" from "../../../../tests/fixtures/storage-errors.md" {
            42 as Answer;
        }
    }
}

fn main() {}
