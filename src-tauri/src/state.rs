//! What the shell holds for the life of the app.

use std::sync::{Mutex, MutexGuard, OnceLock};

use aftercare_core::{
    content::Content,
    data_dir::{DataDir, DATA_DIR_ENV},
    vault::{slot::KdfParams, Vault},
};
use tauri::{AppHandle, Manager};

use crate::{error::CommandError, reminders::TimerHandle};

pub struct AppState {
    pub content: &'static Content,
    /// Key-derivation cost for new passcodes.
    pub kdf: KdfParams,
    vault: Mutex<Vault>,
    timer: OnceLock<TimerHandle>,
    /// Where a shared card image is saved: `AFTERCARE_EXPORT_DIR`, else the Downloads folder.
    pub export_dir: Option<std::path::PathBuf>,
}

/// The data folder, resolved once at start: `AFTERCARE_DATA_DIR` when set, so that tests never
/// touch a real person's data, else the platform's app-data folder.
pub fn data_dir(app: &AppHandle) -> Result<DataDir, Box<dyn std::error::Error>> {
    let override_dir = std::env::var_os(DATA_DIR_ENV).map(Into::into);
    Ok(DataDir::resolve(override_dir, app.path().app_data_dir()?)?)
}

impl AppState {
    /// Parses the embedded content and opens the vault's folder (not its data: that waits for
    /// the passcode).
    pub fn start(app: &AppHandle, data_dir: &DataDir) -> Result<Self, Box<dyn std::error::Error>> {
        let content = Content::embedded().map_err(|e| e.clone())?;
        let mut state = AppState::new(content, data_dir, KdfParams::RECOMMENDED);
        state.export_dir = std::env::var_os("AFTERCARE_EXPORT_DIR")
            .map(Into::into)
            .or_else(|| app.path().download_dir().ok());
        Ok(state)
    }

    pub fn new(content: &'static Content, data_dir: &DataDir, kdf: KdfParams) -> Self {
        AppState {
            content,
            kdf,
            vault: Mutex::new(Vault::new(data_dir)),
            timer: OnceLock::new(),
            export_dir: None,
        }
    }

    /// Connects the reminder timer, once, after the app has started.
    pub fn set_timer(&self, timer: TimerHandle) {
        let _ = self.timer.set(timer);
    }

    /// Tells the reminder timer the schedule changed.
    pub fn wake_timer(&self) {
        if let Some(timer) = self.timer.get() {
            timer.wake();
        }
    }

    /// The vault, for one command at a time.
    pub fn vault(&self) -> Result<MutexGuard<'_, Vault>, CommandError> {
        self.vault
            .lock()
            .map_err(|_| CommandError::internal("the vault lock was poisoned by a crash"))
    }
}
