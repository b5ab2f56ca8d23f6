//! Any bytes as a regulation file: decode (encoding detection), front
//! matter, parse. Errors are fine; a panic, hang or abort is a finding.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok((text, _)) = reiki::source::decode(data) {
        let _ = reiki::parse::load_str("fuzz.md", &text);
    }
});
