//! The compact binary form of the embedded bank: the length of the structure (four
//! bytes), the structure, then every distinct string once, as one UTF-8 text. In the
//! structure each value is a tag byte, then for a number its eight bytes, for a string
//! its place and length in the text (four bytes each), and for a list or mapping its
//! length (seven bits a byte) and items. Written by `src/build.rs` (which includes
//! this file), read by `bank::packed`.

pub const NULL: u8 = 0;
pub const FALSE: u8 = 1;
pub const TRUE: u8 = 2;
pub const UNSIGNED: u8 = 3;
pub const SIGNED: u8 = 4;
pub const FLOAT: u8 = 5;
pub const STRING: u8 = 6;
pub const LIST: u8 = 7;
/// Followed by its number of entries, then each key (a string) and its value.
pub const MAPPING: u8 = 8;

/// `value` in the packed form.
#[cfg_attr(not(test), allow(dead_code))]
pub fn pack(value: &serde_json::Value) -> Vec<u8> {
    let mut packer = Packer::default();
    packer.value(value);
    let mut out = u32::try_from(packer.structure.len())
        .expect("a bank under 4 GiB")
        .to_le_bytes()
        .to_vec();
    out.extend(packer.structure);
    out.extend(packer.text.as_bytes());
    out
}

#[derive(Default)]
struct Packer {
    structure: Vec<u8>,
    text: String,
    /// Where each string already in `text` starts.
    placed: std::collections::HashMap<String, usize>,
}

impl Packer {
    fn value(&mut self, value: &serde_json::Value) {
        use serde_json::Value;
        match value {
            Value::Null => self.structure.push(NULL),
            Value::Bool(b) => self.structure.push(if *b { TRUE } else { FALSE }),
            Value::Number(n) => {
                let (tag, bytes) = if let Some(u) = n.as_u64() {
                    (UNSIGNED, u.to_le_bytes())
                } else if let Some(i) = n.as_i64() {
                    (SIGNED, i.to_le_bytes())
                } else {
                    (FLOAT, n.as_f64().unwrap_or(f64::NAN).to_le_bytes())
                };
                self.structure.push(tag);
                self.structure.extend(bytes);
            }
            Value::String(s) => self.string(s),
            Value::Array(items) => {
                self.structure.push(LIST);
                self.length(items.len());
                items.iter().for_each(|v| self.value(v));
            }
            Value::Object(map) => {
                self.structure.push(MAPPING);
                self.length(map.len());
                for (k, v) in map {
                    self.string(k);
                    self.value(v);
                }
            }
        }
    }

    fn string(&mut self, s: &str) {
        let at = match self.placed.get(s) {
            Some(&at) => at,
            None => {
                let at = self.text.len();
                self.text.push_str(s);
                self.placed.insert(s.to_string(), at);
                at
            }
        };
        self.structure.push(STRING);
        for n in [at, s.len()] {
            let n = u32::try_from(n).expect("a bank under 4 GiB");
            self.structure.extend(n.to_le_bytes());
        }
    }

    /// Seven bits a byte, lowest first; the high bit says another byte follows.
    fn length(&mut self, mut n: usize) {
        loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.structure.push(low);
                return;
            }
            self.structure.push(low | 0x80);
        }
    }
}
