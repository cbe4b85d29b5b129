//! The app's configuration, read from the environment once at start. Nothing else in the app
//! reads the environment (clippy's `disallowed-methods` keeps it so), so every setting a test or
//! a person can change is listed here.

use std::path::PathBuf;

use aftercare_core::data_dir::DATA_DIR_ENV;

/// Where the card image is saved instead of the Downloads folder (the journeys use a
/// temporary one).
const EXPORT_DIR_ENV: &str = "AFTERCARE_EXPORT_DIR";
/// Debug builds only: "in about an hour" comes after this many seconds, so the journeys need
/// not wait an hour. Release builds ignore it.
const TEST_REMINDER_SECONDS_ENV: &str = "AFTERCARE_TEST_REMINDER_SECONDS";

/// The session's runtime folder (the XDG Base Directory specification).
const RUNTIME_DIR_ENV: &str = "XDG_RUNTIME_DIR";

/// WebKitGTK's switch for painting the page with Skia on the CPU rather than through OpenGL
/// (`process::prepare_the_web_view` sets it unless it is set).
#[cfg(target_os = "linux")]
pub const CPU_PAINTING_ENV: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";

/// JavaScriptCore's switch for its just-in-time compilers (`process::prepare_the_web_view`
/// sets it to 0 unless it is set).
#[cfg(target_os = "linux")]
pub const JIT_ENV: &str = "JSC_useJIT";

#[derive(Debug, Clone)]
pub struct Config {
    /// `AFTERCARE_DATA_DIR`: the data folder, instead of the platform's app-data folder, so
    /// that tests never touch a real person's data.
    pub data_dir: Option<PathBuf>,
    /// `AFTERCARE_EXPORT_DIR`: where a shared card image goes, instead of Downloads.
    pub export_dir: Option<PathBuf>,
    /// How long "in about an hour" is.
    pub in_an_hour: chrono::Duration,
    /// `XDG_RUNTIME_DIR`: the session's own folder (`/run/user/<uid>`), where the one-copy
    /// guard keeps its socket when the folder is the person's alone (`instance.rs`).
    pub runtime_dir: Option<PathBuf>,
    /// The system's languages, most wanted first (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// on Linux; the system's own list elsewhere, through `sys-locale`): what the app speaks
    /// until the person chooses.
    pub system_languages: Vec<String>,
    /// Whether `WEBKIT_SKIA_ENABLE_CPU_RENDERING` was set by whoever started the app: then the
    /// app leaves WebKit's painting as they chose (`process::prepare_the_web_view`). Linux only:
    /// WebKitGTK's switch.
    #[cfg(target_os = "linux")]
    pub painting_chosen: bool,
    /// Whether `JSC_useJIT` was set by whoever started the app: then the app leaves it as they
    /// chose (`process::prepare_the_web_view`).
    #[cfg(target_os = "linux")]
    pub jit_chosen: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            data_dir: None,
            export_dir: None,
            in_an_hour: chrono::Duration::hours(1),
            runtime_dir: None,
            system_languages: Vec::new(),
            #[cfg(target_os = "linux")]
            painting_chosen: false,
            #[cfg(target_os = "linux")]
            jit_chosen: false,
        }
    }
}

impl Config {
    /// Reads the environment: the one place the app does.
    #[allow(
        clippy::disallowed_methods,
        reason = "the one place the app reads its environment"
    )]
    pub fn from_env() -> Config {
        let test_seconds = std::env::var(TEST_REMINDER_SECONDS_ENV)
            .ok()
            .and_then(|s| s.parse::<i64>().ok())
            .filter(|_| cfg!(debug_assertions));
        Config {
            data_dir: std::env::var_os(DATA_DIR_ENV).map(Into::into),
            export_dir: std::env::var_os(EXPORT_DIR_ENV).map(Into::into),
            in_an_hour: test_seconds.map_or(chrono::Duration::hours(1), chrono::Duration::seconds),
            runtime_dir: std::env::var_os(RUNTIME_DIR_ENV).map(Into::into),
            system_languages: sys_locale::get_locales().collect(),
            #[cfg(target_os = "linux")]
            painting_chosen: std::env::var_os(CPU_PAINTING_ENV).is_some(),
            #[cfg(target_os = "linux")]
            jit_chosen: std::env::var_os(JIT_ENV).is_some(),
        }
    }
}
