//! Memory bounds of a build: oversized files refused, pages written as they
//! are rendered (and identical to pages rendered in memory).
use std::path::Path;

use reiki::site::{self, BuildOptions};
use reiki::source::DEFAULT_MAX_FILE_BYTES as MAX_FILE_BYTES;

#[test]
fn an_oversized_file_is_refused_before_reading_and_the_others_build() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("regulations")).unwrap();
    std::fs::write(
        dir.join("regulations/test-kitei.md"),
        "---\nid: test-kitei\nbody: 試験市\ntitle: 試験規程\n---\n（趣旨）\n第1条 この規程は、保有個人情報の管理について定める。\n",
    )
    .unwrap();
    // A sparse file one byte over the limit: refused on its size alone.
    let huge = dir.join("regulations/reikishu-zenbun.txt");
    std::fs::File::create(&huge).unwrap().set_len(MAX_FILE_BYTES + 1).unwrap();
    let mut options = BuildOptions::in_project(dir);
    options.output = dir.join("site");
    let report = site::build(&options).unwrap();
    assert_eq!(report.regulations, 1);
    assert_eq!(report.load_errors.len(), 1);
    let message = &report.load_errors[0].to_string();
    assert!(
        message.starts_with(&format!("{}: ファイルが大きすぎます（20.0 MB、上限 20 MB）", huge.display())),
        "{message}"
    );
    assert!(Path::new(&options.output.join("reg/test-kitei.html")).is_file());
}

/// Every file of a tree with its bytes, by relative path.
fn tree(root: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (e.path().strip_prefix(root).unwrap().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap())
        })
        .collect()
}

#[test]
fn pages_written_as_rendered_equal_pages_rendered_in_memory() {
    let tmp = tempfile::tempdir().unwrap();
    let mut options = BuildOptions::in_project(Path::new(env!("CARGO_MANIFEST_DIR")));
    options.output = tmp.path().join("streamed");
    site::build(&options).unwrap();
    let mut site = site::Site::load(&options).unwrap();
    site.analyse().unwrap();
    site.render().unwrap();
    site.write(&tmp.path().join("in-memory")).unwrap();
    let (streamed, in_memory) = (tree(&tmp.path().join("streamed")), tree(&tmp.path().join("in-memory")));
    assert!(streamed.contains_key("matrix/ppc-shishin.html") && streamed.contains_key("search-index.js"));
    assert_eq!(streamed.keys().collect::<Vec<_>>(), in_memory.keys().collect::<Vec<_>>());
    for (path, bytes) in &streamed {
        assert!(bytes == &in_memory[path], "{path} differs");
    }
}
