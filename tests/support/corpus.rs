//! A larger corpus for tests: the seed regulations copied several times.
use std::path::Path;

/// Copies of the seed regulations, ids (and the versions they supersede)
/// suffixed with the copy number, into `dir/regulations`.
pub fn copy_seeds(dir: &Path, copies: usize) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let regs = dir.join("regulations");
    std::fs::create_dir_all(&regs).unwrap();
    for entry in std::fs::read_dir(repo.join("regulations")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let front_end = text.match_indices("---\n").nth(1).unwrap().0;
        for copy in 0..copies {
            let front: Vec<String> = text[..front_end]
                .lines()
                .map(|line| match line.split_once(": ") {
                    Some((key @ ("id" | "supersedes"), value)) => format!("{key}: {value}-{copy}"),
                    _ => line.to_string(),
                })
                .collect();
            let copied = format!("{}\n{}", front.join("\n"), &text[front_end..]);
            std::fs::write(regs.join(format!("{stem}-{copy}.md")), copied).unwrap();
        }
    }
}
