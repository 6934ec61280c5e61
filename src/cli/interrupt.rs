//! What Ctrl-C does during the questionnaire: wait for a save under way, show the
//! cursor, say where the answers are and how to go on, and exit 130.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, Once, PoisonError};

use crate::i18n::{Lang, Messages};
use crate::msg;
use crate::prompt::terminal::Terminal;

/// The way out of a questionnaire, shared by the signal handler and the prompt
/// that sees Ctrl-C as a key, so the message is printed once whichever comes first.
#[derive(Debug, Clone)]
pub struct Interrupt {
    path: PathBuf,
    lang: Lang,
    stopping: Arc<Once>,
    /// Held while the answers are being saved, and by the way out, so that the
    /// process never ends in the middle of a save.
    saving: Arc<Mutex<()>>,
}

impl Interrupt {
    /// Stops with the answers at `path` on Ctrl-C from now on.
    pub fn install(path: PathBuf, lang: Lang) -> Interrupt {
        let interrupt = Interrupt {
            path,
            lang,
            stopping: Arc::new(Once::new()),
            saving: Arc::new(Mutex::new(())),
        };
        let on_signal = interrupt.clone();
        // Failing to install the handler only loses the friendly message.
        let _ = ctrlc::set_handler(move || on_signal.stop());
        interrupt
    }

    /// Runs `save` to its end even if Ctrl-C comes meanwhile.
    pub fn saving<T>(&self, save: impl FnOnce() -> T) -> T {
        let _saving = self.saving.lock().unwrap_or_else(PoisonError::into_inner);
        save()
    }

    /// Waits for a save under way (and lets no other begin), restores the terminal,
    /// says where the answers are, and exits with 130.
    pub fn stop(&self) -> ! {
        let _saved = self.saving.lock().unwrap_or_else(PoisonError::into_inner);
        self.stopping.call_once(|| {
            Terminal::restore();
            let said = if self.path.exists() {
                msg!("assess-stopped", path = self.path.display().to_string())
            } else {
                msg!("assess-stopped-empty")
            };
            super::stderr::line(format_args!(
                "\n\n{}",
                Messages::new(self.lang).render(&super::context::inert_msg(&said))
            ));
        });
        std::process::exit(130)
    }
}
