//! libyaml's event parser, the one serde's YAML reader drives, for the guards that
//! measure a file before serde builds anything from it; not for reading values.

use std::ffi::CStr;
use std::mem::MaybeUninit;

use libyaml_rs as sys;

/// One parser event, borrowed from the parser for the time of a call to
/// [`EventParser::next`]. `at` is the byte where the event starts.
pub(crate) enum Event<'e> {
    /// A sequence or mapping starts, in flow style or not.
    Start {
        map: bool,
        flow: bool,
        at: usize,
        anchor: Option<&'e [u8]>,
    },
    /// A sequence or mapping ends.
    End,
    Scalar {
        value: &'e [u8],
        at: usize,
        anchor: Option<&'e [u8]>,
    },
    /// `*name`: stands for the node the anchor `name` marks.
    Alias {
        anchor: &'e [u8],
        at: usize,
    },
    StreamEnd,
    /// Stream and document starts and ends.
    Other,
}

/// libyaml's event parser over a string.
pub(crate) struct EventParser<'s> {
    // Boxed: libyaml keeps a pointer to the parser itself, so it must not move.
    sys: Box<MaybeUninit<sys::yaml_parser_t>>,
    src: &'s str,
    done: bool,
}

/// The text of a C string libyaml owns, if there is one.
///
/// # Safety
/// `ptr` is null or points to a NUL-terminated string that outlives `'e`.
unsafe fn text<'e>(ptr: *const u8) -> Option<&'e [u8]> {
    (!ptr.is_null()).then(|| CStr::from_ptr(ptr.cast()).to_bytes())
}

impl<'s> EventParser<'s> {
    pub(crate) fn new(src: &'s str) -> Self {
        let mut sys = Box::new(MaybeUninit::<sys::yaml_parser_t>::uninit());
        // SAFETY: `initialize` fills the whole struct; the input outlives the parser,
        // which is deleted in `drop` before `src` can go.
        let done = unsafe {
            let parser = sys.as_mut_ptr();
            let failed = sys::yaml_parser_initialize(parser).fail;
            if !failed {
                sys::yaml_parser_set_encoding(parser, sys::YAML_UTF8_ENCODING);
                sys::yaml_parser_set_input_string(parser, src.as_ptr(), src.len() as u64);
            }
            failed
        };
        EventParser { sys, src, done }
    }

    /// Hands the next event to `f`; `None` after an error or the end of the stream.
    pub(crate) fn next<T>(&mut self, f: impl FnOnce(Event<'_>) -> T) -> Option<T> {
        if self.done {
            return None;
        }
        let mut raw = MaybeUninit::<sys::yaml_event_t>::uninit();
        // SAFETY: the parser was initialised in `new`; after a successful call the
        // event is initialised, read (its strings only while `f` runs), then deleted
        // once.
        unsafe {
            if sys::yaml_parser_parse(self.sys.as_mut_ptr(), raw.as_mut_ptr()).fail {
                self.done = true;
                return None;
            }
            let event = raw.as_mut_ptr();
            let at = ((*event).start_mark.index as usize).min(self.src.len());
            let data = &(*event).data;
            let out = match (*event).type_ {
                sys::YAML_SEQUENCE_START_EVENT => Event::Start {
                    map: false,
                    flow: data.sequence_start.style == sys::YAML_FLOW_SEQUENCE_STYLE,
                    at,
                    anchor: text(data.sequence_start.anchor),
                },
                sys::YAML_MAPPING_START_EVENT => Event::Start {
                    map: true,
                    flow: data.mapping_start.style == sys::YAML_FLOW_MAPPING_STYLE,
                    at,
                    anchor: text(data.mapping_start.anchor),
                },
                sys::YAML_SEQUENCE_END_EVENT | sys::YAML_MAPPING_END_EVENT => Event::End,
                sys::YAML_SCALAR_EVENT => Event::Scalar {
                    value: match data.scalar.value.is_null() {
                        true => &[],
                        false => std::slice::from_raw_parts(
                            data.scalar.value,
                            data.scalar.length as usize,
                        ),
                    },
                    at,
                    anchor: text(data.scalar.anchor),
                },
                sys::YAML_ALIAS_EVENT => Event::Alias {
                    anchor: text(data.alias.anchor).unwrap_or_default(),
                    at,
                },
                sys::YAML_STREAM_END_EVENT => Event::StreamEnd,
                _ => Event::Other,
            };
            self.done = matches!(out, Event::StreamEnd);
            let result = f(out);
            sys::yaml_event_delete(event);
            Some(result)
        }
    }
}

impl Drop for EventParser<'_> {
    fn drop(&mut self) {
        // SAFETY: initialised in `new` (a failed initialisation leaves nothing that
        // `delete` cannot free) and deleted only here.
        unsafe { sys::yaml_parser_delete(self.sys.as_mut_ptr()) }
    }
}
