//! Waiting for a key while watching the terminal's size, so that a prompt is drawn
//! again as soon as the terminal is resized rather than at the next key.

/// While it lives, keys are not echoed and reach the program at once, so that they
/// can be waited for; dropping it restores the terminal's line mode.
pub struct Keys {
    #[cfg(unix)]
    saved: Option<rustix::termios::Termios>,
}

#[cfg(unix)]
impl Keys {
    pub fn open() -> Keys {
        use rustix::termios::{tcgetattr, tcsetattr, LocalModes, OptionalActions};
        let stdin = std::io::stdin();
        let saved = tcgetattr(&stdin).ok();
        if let Some(mut keys) = saved.clone() {
            keys.local_modes
                .remove(LocalModes::ICANON | LocalModes::ECHO);
            if tcsetattr(&stdin, OptionalActions::Now, &keys).is_err() {
                return Keys { saved: None };
            }
        }
        Keys { saved }
    }

    /// Whether a key is waiting, after at most `ms` milliseconds.
    pub fn ready(&self, ms: i64) -> bool {
        use rustix::event::{poll, PollFd, PollFlags, Timespec};
        if self.saved.is_none() {
            return true;
        }
        let stdin = std::io::stdin();
        let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
        let timeout = Timespec {
            tv_sec: 0,
            tv_nsec: ms * 1_000_000,
        };
        // An interrupted wait is a wait that saw no key.
        poll(&mut fds, Some(&timeout)).is_ok_and(|n| n > 0)
    }
}

#[cfg(unix)]
impl Drop for Keys {
    fn drop(&mut self) {
        use rustix::termios::{tcsetattr, OptionalActions};
        if let Some(saved) = &self.saved {
            let _ = tcsetattr(std::io::stdin(), OptionalActions::Now, saved);
        }
    }
}

/// Turns echo and line editing back on, however the program stops.
#[cfg(unix)]
pub fn restore() {
    use rustix::termios::{tcgetattr, tcsetattr, LocalModes, OptionalActions};
    let stdin = std::io::stdin();
    if let Ok(mut mode) = tcgetattr(&stdin) {
        mode.local_modes
            .insert(LocalModes::ICANON | LocalModes::ECHO);
        let _ = tcsetattr(&stdin, OptionalActions::Now, &mode);
    }
}

#[cfg(not(unix))]
impl Keys {
    pub fn open() -> Keys {
        Keys {}
    }

    pub fn ready(&self, _ms: i64) -> bool {
        true
    }
}

#[cfg(not(unix))]
pub fn restore() {}
