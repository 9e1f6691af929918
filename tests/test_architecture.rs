//! ARCHITECTURE.md's module map names every source file of the two
//! library crates, so that the map cannot drift from the tree.

use std::path::Path;

fn files(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path.to_string_lossy().into_owned());
        }
    }
}

#[test]
fn the_module_map_names_every_source_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let map = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    for krate in ["gwerr-codegen/src", "gwerr-core/src"] {
        let mut found = Vec::new();
        files(&root.join(krate), &mut found);
        assert!(found.len() > 10, "{krate}: {found:?}");
        for file in found {
            let relative = file.rsplit_once("/src/").map_or(file.as_str(), |(_, r)| r);
            let name = relative.rsplit('/').next().unwrap_or(relative);
            let named = map.contains(relative)
                || map.contains(&format!("`{}`", name.trim_end_matches(".rs")))
                || map.contains(&format!("`{name}`"));
            assert!(named, "ARCHITECTURE.md does not name {krate}/{relative}");
        }
    }
}
