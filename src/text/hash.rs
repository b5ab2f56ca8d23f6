//! A fast hasher for maps whose order is never observed (the term and
//! word tables, memos, caches keyed by text, ids or fingerprints).
use std::hash::{BuildHasherDefault, Hasher};

/// xxh3 of the bytes instead of std's SipHash: these maps are probed for
/// every token and word of a build, and nothing depends on their order or
/// needs SipHash's defence against chosen keys.
#[derive(Default)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = xxhash_rust::xxh3::xxh3_64_with_seed(bytes, self.0);
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        // An id (a dictionary word's): one multiplication mixes it into the
        // high bits the table probes with, cheaper than a call to xxh3.
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn write_u8(&mut self, byte: u8) {
        // `str` ends its hash with one 0xff byte, a `bool` is one byte:
        // fold it in without a call.
        self.0 = (self.0 ^ u64::from(byte)).rotate_left(5);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Build-hasher of those maps (see [`FastHasher`]).
pub type FastHashState = BuildHasherDefault<FastHasher>;
