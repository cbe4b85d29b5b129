//! What the shell holds for the life of the app.

use std::{
    sync::{mpsc::Sender, Condvar, Mutex, MutexGuard, OnceLock},
    time::{Duration as StdDuration, Instant},
};

use aftercare_core::{
    content::{Content, Locale},
    data_dir::DataDir,
    vault::{slot::KdfParams, Vault},
};
use tauri::{AppHandle, Manager};

use crate::{config::Config, device_key::DeviceKeyStore, error::CommandError};

pub struct AppState {
    /// The language the app speaks now: the person's choice, else the system's.
    locale: Mutex<&'static Locale>,
    /// Key-derivation cost for new passcodes.
    pub kdf: KdfParams,
    vault: Mutex<Vault>,
    timer: OnceLock<TimerHandle>,
    /// Where a shared card image is saved: `AFTERCARE_EXPORT_DIR`, else the Downloads folder.
    pub export_dir: Option<std::path::PathBuf>,
    /// How long "in about an hour" is ([`Config::in_an_hour`]).
    pub in_an_hour: chrono::Duration,
    /// The web view's own storage ([`webview_dir`]), which wipe removes with the vault.
    pub webview_dir: Option<std::path::PathBuf>,
    /// When the person last did something in the app (a tap, a key, a scroll, an unlock): what
    /// the shell's auto-lock counts from ([`AppState::lock_if_idle`]).
    last_activity: Mutex<chrono::DateTime<chrono::Utc>>,
    /// Where the device's own secret is kept: the platform's key store in the app, none in
    /// the shell's tests (which never touch the machine's).
    pub key_store: DeviceKeyStore,
    /// How far a backup or a restore under way is, for the page's progress bar: read without
    /// the vault, which the work holds.
    progress: Mutex<Option<aftercare_core::backup::Progress>>,
    /// The phone's vibration and fingerprint or face (nothing on a desktop).
    pub senses: crate::senses::Senses,
    /// The care a phone's shortcut opened the app with, until the page takes it
    /// (`shortcuts.rs`).
    shortcut: Mutex<Option<aftercare_core::content::ActionId>>,
    /// How many times the page said it finished what it does before a lock (`ready_to_lock`),
    /// and a wake-up for the auto-lock waiting on it.
    page_ready: (Mutex<u64>, Condvar),
}

/// Wakes the reminder timer after the schedule changed.
#[derive(Clone)]
pub struct TimerHandle(pub Sender<()>);

impl TimerHandle {
    pub fn wake(&self) {
        let _ = self.0.send(());
    }
}

/// The data folder, resolved once at start: `AFTERCARE_DATA_DIR` when set, so that tests never
/// touch a real person's data, else the platform's app-data folder.
pub fn data_dir(app: &AppHandle, config: &Config) -> Result<DataDir, Box<dyn std::error::Error>> {
    Ok(DataDir::resolve(
        config.data_dir.clone(),
        app.path().app_data_dir()?,
    )?)
}

/// The web view's own storage while the app runs: a folder of the data folder, so that wipe
/// removes it with the vault (`window.rs` says when else it goes).
pub fn webview_dir(data_dir: &DataDir) -> std::path::PathBuf {
    data_dir.path().join("webview")
}

impl AppState {
    /// Parses the embedded content and opens the vault's folder (not its data: that waits for
    /// the passcode).
    pub fn start(
        app: &AppHandle,
        config: &Config,
        data_dir: &DataDir,
    ) -> Result<Self, Box<dyn std::error::Error>> {
        let system = Locale::negotiate(&config.system_languages);
        let mut state = AppState::new(system, data_dir, KdfParams::RECOMMENDED);
        // Every language this build speaks was checked by the content's tests; the one in use
        // is parsed now, so a problem shows at start.
        state.locale().content().map_err(|e| e.clone())?;
        state.export_dir = config
            .export_dir
            .clone()
            .or_else(|| app.path().download_dir().ok());
        state.in_an_hour = config.in_an_hour;
        state.webview_dir = Some(webview_dir(data_dir));
        state.key_store = DeviceKeyStore::for_folder(data_dir.path());
        // A vault tied to this device has its files read while locked checked from the start.
        state.vault().hand_in(&state.key_store);
        Ok(state)
    }

    /// The state for `data_dir`, speaking the language chosen there, else `system`.
    pub fn new(system: &'static Locale, data_dir: &DataDir, kdf: KdfParams) -> Self {
        let vault = Vault::new(data_dir);
        AppState {
            locale: Mutex::new(vault.chosen_locale().unwrap_or(system)),
            kdf,
            vault: Mutex::new(vault),
            timer: OnceLock::new(),
            export_dir: None,
            in_an_hour: Config::default().in_an_hour,
            webview_dir: None,
            last_activity: Mutex::new(chrono::DateTime::<chrono::Utc>::MIN_UTC),
            key_store: DeviceKeyStore::None,
            progress: Mutex::new(None),
            senses: crate::senses::Senses::new(),
            shortcut: Mutex::new(None),
            page_ready: (Mutex::new(0), Condvar::new()),
        }
    }

    /// The language the app speaks now.
    pub fn locale(&self) -> &'static Locale {
        *self
            .locale
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Speaks `locale` from now on (the page reloads to take it).
    pub fn set_locale(&self, locale: &'static Locale) {
        *self
            .locale
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = locale;
    }

    /// Everything the app says, in the language it speaks now (parsed when it was chosen or
    /// at start, and checked for every language by the content's tests).
    pub fn content(&self) -> &'static Content {
        self.locale()
            .content()
            .expect("a language is parsed before the app speaks it")
    }

    /// Notes how far the long work under way is (`None` when it ended).
    pub fn set_progress(&self, progress: Option<aftercare_core::backup::Progress>) {
        *self
            .progress
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = progress;
    }

    /// Runs long work with its progress kept where [`AppState::progress`] reads it.
    pub fn with_progress<T>(
        &self,
        work: impl FnOnce(&mut dyn FnMut(aftercare_core::backup::Progress)) -> T,
    ) -> T {
        let mut report = |p| self.set_progress(Some(p));
        let out = work(&mut report);
        self.set_progress(None);
        out
    }

    /// How far the long work under way is.
    pub fn progress(&self) -> Option<aftercare_core::backup::Progress> {
        *self
            .progress
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The person is here: the auto-lock counts from `now`.
    pub fn touch(&self, now: chrono::DateTime<chrono::Utc>) {
        *self
            .last_activity
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = now;
    }

    /// Locks the vault if the person has been away longer than the auto-lock setting, as of
    /// `now` (`Vault::lock_if_idle`, which runs auto-delete once a day otherwise); says whether
    /// it locked.
    pub fn lock_if_idle(&self, now: chrono::DateTime<chrono::Utc>) -> Result<bool, CommandError> {
        let last = *self
            .last_activity
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        Ok(self.vault().lock_if_idle(last, now)?)
    }

    /// Whether the auto-lock's time has come, as of `now` (`Vault::idle_since`): unlocked,
    /// and nothing done for the setting's minutes.
    pub fn idle(&self, now: chrono::DateTime<chrono::Utc>) -> Result<bool, CommandError> {
        let last = *self
            .last_activity
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        Ok(self.vault().idle_since(last, now)?)
    }

    /// How many times the page has said it is ready for a lock, to wait for the next one
    /// ([`AppState::wait_for_page`]).
    pub fn page_ready_count(&self) -> u64 {
        *self
            .page_ready
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The page finished what it does before a lock (saving a draft).
    pub fn page_is_ready(&self) {
        let (count, changed) = &self.page_ready;
        *count
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) += 1;
        changed.notify_all();
    }

    /// Waits until the page said it is ready after `count` ([`AppState::page_ready_count`]),
    /// for at most `at_most`; says whether it did. The vault is not held meanwhile, so the page
    /// can save.
    pub fn wait_for_page(&self, count: u64, at_most: StdDuration) -> bool {
        let (ready, changed) = &self.page_ready;
        let until = Instant::now() + at_most;
        let mut seen = ready
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        while *seen <= count {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            seen = changed
                .wait_timeout(seen, left)
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .0;
        }
        true
    }

    /// Keeps the care a shortcut opened the app with, for the page (the last one wins).
    #[cfg_attr(
        desktop,
        allow(
            dead_code,
            reason = "phones' shortcuts; the contract tests use it here"
        )
    )]
    pub fn keep_shortcut(&self, care: aftercare_core::content::ActionId) {
        *self
            .shortcut
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(care);
    }

    /// The care a shortcut opened the app with, once.
    pub fn take_shortcut(&self) -> Option<aftercare_core::content::ActionId> {
        self.shortcut
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take()
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

    /// The vault, for one command at a time. If a command panicked while holding it (a bug),
    /// the vault is locked and handed out again: its database rolled back whatever was half
    /// done, and lock, wipe and unlock must keep working. (This relies on panics unwinding.)
    pub fn vault(&self) -> MutexGuard<'_, Vault> {
        self.vault.lock().unwrap_or_else(|poisoned| {
            self.vault.clear_poison();
            let mut vault = poisoned.into_inner();
            vault.lock();
            vault
        })
    }
}
