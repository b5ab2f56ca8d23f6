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

/// Copies of the seeds in which item pages of the 指針 run over one page
/// (`site::ITEM_PAGE_ROWS` rows): copies of the six regulations checked
/// against it until an item every one of them provides for has more rows
/// than a page holds, with 堺市's 要綱 cut to one article (× for every
/// item) in every third copy, so × regulations sit between the rows.
/// Returns the number of copies.
#[allow(dead_code)] // not every test binary that includes this file pages
pub fn copy_seeds_over_one_page(dir: &Path) -> usize {
    // Six seed regulations are checked against the 指針, one of them cut
    // in copies 0, 3, 6 …: the rows of an item all six provide for.
    let rows = |copies: usize| 6 * copies - copies.div_ceil(3);
    let copies = (1..).find(|&c| rows(c) > reiki::site::ITEM_PAGE_ROWS).unwrap();
    copy_seeds(dir, copies);
    for copy in (0..copies).step_by(3) {
        let path = dir.join(format!("regulations/sakai-tekisei-kanri-yoko-{copy}.md"));
        let text = std::fs::read_to_string(&path).unwrap();
        let body = text.match_indices("---\n").nth(1).unwrap().0 + 4;
        std::fs::write(&path, format!("{}(趣旨)\n第1条 この要綱は、公布の日から施行する。\n", &text[..body])).unwrap();
    }
    std::fs::write(dir.join("reiki.yaml"), "title: ページ送りの試験\ndefault_catalogs: [ppc-shishin]\n").unwrap();
    copies
}
