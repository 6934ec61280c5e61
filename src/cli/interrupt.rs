//! What Ctrl-C does during the questionnaire: every answer is already saved, so
//! show the cursor, say where the answers are and how to go on, and exit 130.

use std::path::PathBuf;
use std::sync::{Arc, Once};

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
}

impl Interrupt {
    /// Stops with the answers at `path` on Ctrl-C from now on.
    pub fn install(path: PathBuf, lang: Lang) -> Interrupt {
        let interrupt = Interrupt {
            path,
            lang,
            stopping: Arc::new(Once::new()),
        };
        let on_signal = interrupt.clone();
        // Failing to install the handler only loses the friendly message.
        let _ = ctrlc::set_handler(move || on_signal.stop());
        interrupt
    }

    /// Restores the terminal, says where the answers are, and exits with 130.
    pub fn stop(&self) -> ! {
        self.stopping.call_once(|| {
            Terminal::restore();
            let said = if self.path.exists() {
                msg!("assess-stopped", path = self.path.display().to_string())
            } else {
                msg!("assess-stopped-empty")
            };
            eprintln!("\n\n{}", Messages::shared(self.lang).render(&said));
        });
        std::process::exit(130)
    }
}
