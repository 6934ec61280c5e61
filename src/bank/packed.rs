//! Reads the embedded bank from its packed form (see `packed_format`) through serde,
//! as JSON would be read but without scanning text: start-up time matters to people
//! who run the tool once per retailer.

use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::packed_format::*;

/// What went wrong reading packed data; only a build that wrote it wrongly causes one.
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Error {
        Error(msg.to_string())
    }
}

/// Reads a `T` whose structure fills its part of `bytes` exactly.
pub fn from_bytes<'de, T: Deserialize<'de>>(bytes: &'de [u8]) -> Result<T, Error> {
    let (size, rest) = bytes.split_first_chunk::<4>().ok_or_else(truncated)?;
    let size = usize::try_from(u32::from_le_bytes(*size)).map_err(de::Error::custom)?;
    let (structure, text) = rest.split_at_checked(size).ok_or_else(truncated)?;
    // Checked once as a whole, rather than string by string.
    let text = std::str::from_utf8(text).map_err(de::Error::custom)?;
    let mut reader = Reader {
        bytes: structure,
        pos: 0,
        text,
    };
    let value = T::deserialize(&mut reader)?;
    match reader.pos == structure.len() {
        true => Ok(value),
        false => Err(Error("bytes left over".into())),
    }
}

struct Reader<'de> {
    /// The structure.
    bytes: &'de [u8],
    pos: usize,
    /// Every string, one after the other.
    text: &'de str,
}

fn truncated() -> Error {
    Error("packed data ends early".into())
}

impl<'de> Reader<'de> {
    fn take(&mut self, n: usize) -> Result<&'de [u8], Error> {
        let end = self.pos.checked_add(n).ok_or_else(truncated)?;
        let taken = self.bytes.get(self.pos..end).ok_or_else(truncated)?;
        self.pos = end;
        Ok(taken)
    }

    fn peek(&self) -> Result<u8, Error> {
        self.bytes.get(self.pos).copied().ok_or_else(truncated)
    }

    fn length(&mut self) -> Result<usize, Error> {
        let mut n = 0usize;
        for shift in (0..usize::BITS).step_by(7) {
            let byte = self.take(1)?[0];
            n |= usize::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(Error("length too long".into()))
    }

    fn eight(&mut self) -> Result<[u8; 8], Error> {
        Ok(self.take(8)?.try_into().expect("eight bytes"))
    }

    fn four(&mut self) -> Result<usize, Error> {
        let n = u32::from_le_bytes(self.take(4)?.try_into().expect("four bytes"));
        usize::try_from(n).map_err(de::Error::custom)
    }

    fn str(&mut self) -> Result<&'de str, Error> {
        let (at, n) = (self.four()?, self.four()?);
        let end = at.checked_add(n).ok_or_else(truncated)?;
        // `get` refuses a range that splits a character.
        self.text.get(at..end).ok_or_else(truncated)
    }
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.take(1)?[0] {
            NULL => visitor.visit_unit(),
            FALSE => visitor.visit_bool(false),
            TRUE => visitor.visit_bool(true),
            UNSIGNED => visitor.visit_u64(u64::from_le_bytes(self.eight()?)),
            SIGNED => visitor.visit_i64(i64::from_le_bytes(self.eight()?)),
            FLOAT => visitor.visit_f64(f64::from_le_bytes(self.eight()?)),
            STRING => visitor.visit_borrowed_str(self.str()?),
            LIST => {
                let left = self.length()?;
                visitor.visit_seq(Items { de: self, left })
            }
            MAPPING => {
                let left = self.length()?;
                visitor.visit_map(Items { de: self, left })
            }
            tag => Err(Error(format!("unknown tag {tag}"))),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.peek()? == NULL {
            self.pos += 1;
            return visitor.visit_none();
        }
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    /// As JSON writes enums: a unit variant as its name, any other as a mapping from
    /// its name to its content.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.take(1)?[0] {
            STRING => visitor.visit_enum(self.str()?.into_deserializer()),
            MAPPING if self.length()? == 1 => visitor.visit_enum(self),
            _ => Err(Error("expected an enum".into())),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
        byte_buf unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

/// The items of a list, or the entries of a mapping.
struct Items<'a, 'de> {
    de: &'a mut Reader<'de>,
    left: usize,
}

impl<'de> Items<'_, 'de> {
    /// The next item (or key), if any is left.
    fn next<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        seed.deserialize(&mut *self.de).map(Some)
    }
}

impl<'de> SeqAccess<'de> for Items<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        self.next(seed)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.left)
    }
}

impl<'de> MapAccess<'de> for Items<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        self.next(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(&mut *self.de)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.left)
    }
}

impl<'de> de::EnumAccess<'de> for &mut Reader<'de> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Error> {
        let name = seed.deserialize(&mut *self)?;
        Ok((name, self))
    }
}

impl<'de> de::VariantAccess<'de> for &mut Reader<'de> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        de::Deserialize::deserialize(self)
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_seq(self, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_map(self, visitor)
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::{json, Value};

    fn packed(v: &Value) -> Vec<u8> {
        super::super::packed_format::pack(v)
    }

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    enum Shape {
        Dot,
        Line(u8),
        Box { w: u32, h: u32 },
    }

    #[derive(Debug, PartialEq, Deserialize)]
    struct Sample {
        name: String,
        maybe: Option<i64>,
        none: Option<bool>,
        ratio: f64,
        shapes: Vec<Shape>,
        long: String,
    }

    /// Whatever JSON would read, the packed form reads the same.
    #[test]
    fn reads_what_json_reads() {
        let value = json!({
            "name": "临时 \"x\"", "maybe": -3, "none": null, "ratio": 0.5,
            "shapes": ["dot", {"line": 7}, {"box": {"w": 2, "h": 300}}],
            "long": "a".repeat(1000),
        });
        let from_json: Sample = serde_json::from_value(value.clone()).unwrap();
        let from_packed: Sample = super::from_bytes(&packed(&value)).unwrap();
        assert_eq!(from_packed, from_json);
        assert_eq!(super::from_bytes::<Value>(&packed(&value)).unwrap(), value);
    }

    #[test]
    fn damaged_data_is_an_error_not_a_panic() {
        let bytes = packed(&json!({"name": "x", "list": [1, 2, "three"]}));
        for cut in 0..bytes.len() {
            assert!(super::from_bytes::<Value>(&bytes[..cut]).is_err(), "{cut}");
        }
        // A string's place moved into the middle of a character.
        let wide = packed(&json!(["临时", "a"]));
        let mut split = wide.clone();
        // After the size (4 bytes), the list's tag and length: the first string, whose
        // place in the text comes next.
        assert_eq!(split[6], super::STRING);
        split[7] = 1;
        assert!(super::from_bytes::<Value>(&split).is_err());
        assert!(super::from_bytes::<Value>(&[200]).is_err());
    }
}
