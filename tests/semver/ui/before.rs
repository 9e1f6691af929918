//! Users' code against the families before the update: all of it compiles.

mod reworded {
    use gwerr_semver_before::reworded as family;
    include!("../user/reworded.rs");
}
mod added_non_exhaustive {
    use gwerr_semver_before::added_non_exhaustive as family;
    include!("../user/added_non_exhaustive.rs");
}
mod deprecated {
    use gwerr_semver_before::deprecated as family;
    include!("../user/deprecated.rs");
}
mod placeholder_added {
    use gwerr_semver_before::placeholder_added as family;
    include!("../user/placeholder_added.rs");
}
mod placeholder_removed {
    use gwerr_semver_before::placeholder_removed as family;
    include!("../user/placeholder_removed.rs");
}
mod placeholder_renamed {
    use gwerr_semver_before::placeholder_renamed as family;
    include!("../user/placeholder_renamed.rs");
}
mod code_changed {
    use gwerr_semver_before::code_changed as family;
    include!("../user/code_changed.rs");
}
mod added_exhaustive {
    use gwerr_semver_before::added_exhaustive as family;
    include!("../user/added_exhaustive.rs");
}
mod status_changed {
    use gwerr_semver_before::status_changed as family;
    include!("../user/status_changed.rs");
}
mod column_renamed {
    use gwerr_semver_before::column_renamed as family;
    include!("../user/column_renamed.rs");
}
mod gone_from_file {
    use gwerr_semver_before::gone_from_file as family;
    include!("../user/gone_from_file.rs");
}

fn main() {
    reworded::main();
    added_non_exhaustive::main();
    deprecated::main();
    placeholder_added::main();
    placeholder_removed::main();
    placeholder_renamed::main();
    code_changed::main();
    added_exhaustive::main();
    status_changed::main();
    column_renamed::main();
    gone_from_file::main();
}
