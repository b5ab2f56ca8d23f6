//! Finding regulation files, decoding their bytes and splitting off the
//! YAML front matter. OWNER: parser work (issue 2).
