//! Compiles the committed IPADIC source (data/ipadic) into lindera's binary
//! dictionary at build time, so the build needs nothing but crates.io and the
//! repository (lindera's `embed-ipadic` feature would download it).
use std::{fs::File, path::PathBuf};

use lindera_dictionary::{builder::DictionaryBuilder, dictionary::metadata::Metadata};

const TARBALL: &str = "data/ipadic/mecab-ipadic-2.7.0-20070801.tar.gz";
const METADATA: &str = "data/ipadic/metadata.json";
const SOURCE_DIR: &str = "mecab-ipadic-2.7.0-20070801";

fn main() {
    println!("cargo::rerun-if-changed={TARBALL}");
    println!("cargo::rerun-if-changed={METADATA}");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR set by cargo"));
    let dict_dir = out_dir.join("lindera-ipadic");

    if !dict_dir.join("metadata.json").exists() {
        let tarball = File::open(TARBALL).expect("IPADIC tarball missing: data/ipadic");
        tar::Archive::new(flate2::read::GzDecoder::new(tarball)).unpack(&out_dir).expect("unpack IPADIC tarball");
        let metadata: Metadata =
            serde_json::from_reader(File::open(METADATA).expect("open metadata.json")).expect("parse metadata.json");
        DictionaryBuilder::new(metadata)
            .build_dictionary(&out_dir.join(SOURCE_DIR), &dict_dir)
            .expect("build IPADIC dictionary");
        // The CSV sources are no longer needed once compiled.
        let _ = std::fs::remove_dir_all(out_dir.join(SOURCE_DIR));
    }
    println!("cargo::rustc-env=LINDERA_WORKDIR={}", out_dir.display());
}
