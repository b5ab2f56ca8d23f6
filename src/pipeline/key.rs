//! Keys of cached results: a 128-bit xxh3 hash of everything that decides
//! them. Values are hashed through their serde form written as compact
//! binary ([`KeyHasher::add_value`]) rather than as JSON: escaping every
//! string for JSON was a fifth of a rebuild that reused every page
//! (N = 2,000, callgrind), and the keys need no text form.
use std::path::Path;

use serde::ser;
use serde::Serialize;
use xxhash_rust::xxh3::Xxh3;

use super::cache::build_fingerprint;

/// Bytes gathered before they are handed to xxh3 in one call: values
/// arrive as many small pieces (a field name, a number, a marker), and
/// xxh3's streaming update costs a call and a copy each; 16 KiB fits in
/// the first-level cache. Where the pieces are cut never changes the hash.
const PENDING_BYTES: usize = 16 * 1024;

/// Hashes the inputs of a cached result into a 128-bit key (xxh3). Every
/// part is self-delimiting (bytes carry their length, values their
/// structure, see [`KeyHasher::add_value`]), so two different sequences
/// of parts never hash the same bytes.
#[derive(Default, Clone)]
pub struct KeyHasher {
    state: Xxh3,
    pending: Vec<u8>,
}

impl KeyHasher {
    /// A hasher that starts from [`build_fingerprint`] (`None` when the
    /// running executable cannot be read: then nothing is cached).
    pub fn for_this_build(cache_dir: &Path) -> Option<KeyHasher> {
        let mut hasher = KeyHasher::default();
        hasher.add_key(build_fingerprint(cache_dir)?);
        Some(hasher)
    }

    /// Adds a value as its serde data: the same value always adds the same
    /// bytes, and two different values of one type never do (strings and
    /// sequences carry their lengths or an end mark, options and enum
    /// variants their tags, struct fields their names, so a field left out
    /// by `skip_serializing_if` cannot be taken for the next one). As with
    /// JSON, an `untagged` enum's variants of the same shape look alike.
    pub fn add_value<T: Serialize + ?Sized>(&mut self, value: &T) {
        // Writing into a hasher cannot fail; a value whose own `Serialize`
        // fails adds what it wrote before failing, as JSON did.
        let _ = value.serialize(ValueWriter(self));
    }

    /// Adds bytes, prefixed by their length so that consecutive parts cannot run together.
    pub fn add_bytes(&mut self, bytes: &[u8]) {
        self.write(&(bytes.len() as u64).to_le_bytes());
        self.write(bytes);
    }

    /// Adds another key.
    pub fn add_key(&mut self, key: u128) {
        self.write(&key.to_le_bytes());
    }

    /// The key of everything added so far.
    pub fn finish(&self) -> u128 {
        let mut state = self.state.clone();
        state.update(&self.pending);
        state.digest128()
    }

    fn write(&mut self, bytes: &[u8]) {
        if self.pending.len() + bytes.len() > PENDING_BYTES {
            self.state.update(&self.pending);
            self.pending.clear();
            if bytes.len() > PENDING_BYTES {
                self.state.update(bytes);
                return;
            }
        }
        self.pending.extend_from_slice(bytes);
    }

    /// One byte telling what follows: an element of a sequence, map or
    /// struct ([`MORE`]), their end ([`END`]), or an option's presence.
    fn mark(&mut self, mark: u8) {
        self.write(&[mark]);
    }
}

/// Marks another element of a sequence, map or struct, or a `Some`.
const MORE: u8 = 1;
/// Marks the end of a sequence, map or struct, or a `None`.
const END: u8 = 0;

/// The serde serializer of [`KeyHasher::add_value`]. Numbers are written
/// in their fixed little-endian width (floats as their bits), strings and
/// bytes after their length, enum variants as their index; sequences,
/// maps and structs mark each element and their end (their length may be
/// unknown, and a struct's skipped fields leave no trace but the names
/// around them, which are written).
struct ValueWriter<'a>(&'a mut KeyHasher);

/// An error of a value's own `Serialize` (the writer itself cannot fail).
#[derive(Debug)]
struct ValueError(String);

impl std::fmt::Display for ValueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ValueError {}

impl ser::Error for ValueError {
    fn custom<T: std::fmt::Display>(message: T) -> Self {
        ValueError(message.to_string())
    }
}

type Done = Result<(), ValueError>;

macro_rules! write_number {
    ($($method:ident: $type:ty),* $(,)?) => {
        $(fn $method(self, v: $type) -> Done {
            self.0.write(&v.to_le_bytes());
            Ok(())
        })*
    };
}

impl<'a> ser::Serializer for ValueWriter<'a> {
    type Ok = ();
    type Error = ValueError;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    write_number!(
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64, serialize_i128: i128,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64, serialize_u128: u128,
    );

    fn serialize_bool(self, v: bool) -> Done {
        self.0.mark(u8::from(v));
        Ok(())
    }

    fn serialize_f32(self, v: f32) -> Done {
        self.serialize_u32(v.to_bits())
    }

    fn serialize_f64(self, v: f64) -> Done {
        self.serialize_u64(v.to_bits())
    }

    fn serialize_char(self, v: char) -> Done {
        self.serialize_u32(u32::from(v))
    }

    fn serialize_str(self, v: &str) -> Done {
        self.0.add_bytes(v.as_bytes());
        Ok(())
    }

    fn serialize_bytes(self, v: &[u8]) -> Done {
        self.0.add_bytes(v);
        Ok(())
    }

    fn serialize_none(self) -> Done {
        self.0.mark(END);
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Done {
        self.0.mark(MORE);
        value.serialize(self)
    }

    fn serialize_unit(self) -> Done {
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Done {
        Ok(())
    }

    fn serialize_unit_variant(self, _name: &'static str, index: u32, _variant: &'static str) -> Done {
        self.serialize_u32(index)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Done {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        index: u32,
        _variant: &'static str,
        value: &T,
    ) -> Done {
        self.0.write(&index.to_le_bytes());
        value.serialize(self)
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self, ValueError> {
        Ok(self)
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self, ValueError> {
        Ok(self)
    }

    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Self, ValueError> {
        Ok(self)
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self, ValueError> {
        self.0.write(&index.to_le_bytes());
        Ok(self)
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self, ValueError> {
        Ok(self)
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self, ValueError> {
        Ok(self)
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self, ValueError> {
        self.0.write(&index.to_le_bytes());
        Ok(self)
    }
}

impl ValueWriter<'_> {
    /// An element of a sequence or map, or a map's key or value, after its mark.
    fn element<T: Serialize + ?Sized>(&mut self, mark: bool, value: &T) -> Done {
        if mark {
            self.0.mark(MORE);
        }
        value.serialize(ValueWriter(self.0))
    }

    /// A struct's field: its name, then its value.
    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Done {
        self.0.mark(MORE);
        self.0.add_bytes(name.as_bytes());
        value.serialize(ValueWriter(self.0))
    }

    fn end_marked(self) -> Done {
        self.0.mark(END);
        Ok(())
    }
}

impl ser::SerializeSeq for ValueWriter<'_> {
    type Ok = ();
    type Error = ValueError;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.element(true, value)
    }

    fn end(self) -> Done {
        self.end_marked()
    }
}

impl ser::SerializeMap for ValueWriter<'_> {
    type Ok = ();
    type Error = ValueError;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Done {
        self.element(true, key)
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.element(false, value)
    }

    fn end(self) -> Done {
        self.end_marked()
    }
}

/// Structs write each field's name before its value.
macro_rules! named_fields {
    ($($trait:ident),*) => {
        $(impl ser::$trait for ValueWriter<'_> {
            type Ok = ();
            type Error = ValueError;

            fn serialize_field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Done {
                self.field(name, value)
            }

            fn end(self) -> Done {
                self.end_marked()
            }
        })*
    };
}

named_fields!(SerializeStruct, SerializeStructVariant);

/// Tuples have the length of their type: their elements need no marks.
macro_rules! fixed_length {
    ($($trait:ident),*) => {
        $(impl ser::$trait for ValueWriter<'_> {
            type Ok = ();
            type Error = ValueError;

            fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
                self.element(false, value)
            }

            fn end(self) -> Done {
                Ok(())
            }
        })*
    };
}

fixed_length!(SerializeTupleStruct, SerializeTupleVariant);

impl ser::SerializeTuple for ValueWriter<'_> {
    type Ok = ();
    type Error = ValueError;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.element(false, value)
    }

    fn end(self) -> Done {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn key<T: Serialize + ?Sized>(value: &T) -> u128 {
        let mut h = KeyHasher::default();
        h.add_value(value);
        h.finish()
    }

    #[derive(Serialize)]
    struct Row {
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        label: Option<String>,
        text: String,
    }

    #[derive(Serialize)]
    enum Status {
        Covered,
        Partial(u32),
        Missing { why: String },
    }

    #[test]
    fn values_that_differ_hash_differently() {
        // Strings cut at another place.
        assert_ne!(key(&("ab", "c")), key(&("a", "bc")));
        assert_ne!(key(&vec!["第1条", "第2条"]), key(&vec!["第1条第2条"]));
        // Elements moved between neighbouring sequences.
        assert_ne!(key(&(vec![1u32, 2], vec![3u32])), key(&(vec![1u32], vec![2u32, 3])));
        // A skipped field is not taken for the one after it.
        let note = Row { note: Some("x".into()), label: None, text: "y".into() };
        let label = Row { note: None, label: Some("x".into()), text: "y".into() };
        assert_ne!(key(&note), key(&label));
        // Options, variants, numbers of other values.
        assert_ne!(key(&Some("")), key(&None::<&str>));
        assert_ne!(key(&Status::Covered), key(&Status::Partial(0)));
        assert_ne!(key(&Status::Missing { why: "a".into() }), key(&Status::Missing { why: "b".into() }));
        assert_ne!(key(&0.1f64), key(&0.2f64));
        let one: BTreeMap<&str, &str> = [("a", "bc")].into();
        let other: BTreeMap<&str, &str> = [("ab", "c")].into();
        assert_ne!(key(&one), key(&other));
    }

    #[test]
    fn the_same_parts_hash_the_same_however_the_bytes_are_gathered() {
        let long = "規".repeat(PENDING_BYTES);
        let mut one = KeyHasher::default();
        one.add_value(&("short", long.as_str(), 7u64));
        let mut other = KeyHasher::default();
        other.add_value(&("short", long.as_str(), 7u64));
        assert_eq!(one.finish(), other.finish());
        // Parts written piecemeal hash as the one stream they make.
        let mut pieces = KeyHasher::default();
        for _ in 0..3 * PENDING_BYTES / 7 {
            pieces.add_bytes(b"abc");
        }
        let mut whole = Xxh3::new();
        for _ in 0..3 * PENDING_BYTES / 7 {
            whole.update(&3u64.to_le_bytes());
            whole.update(b"abc");
        }
        assert_eq!(pieces.finish(), whole.digest128());
        // `finish` does not consume: more parts can follow.
        let before = pieces.finish();
        pieces.add_key(1);
        assert_ne!(pieces.finish(), before);
    }
}
