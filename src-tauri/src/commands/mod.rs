//! The app's commands. Each is a plain function of the app's state, the time now and its
//! arguments, declared once in a [`commands!`] table of its domain's module; the table also
//! writes how the web view's arguments are decoded (camelCase keys, as Tauri sends them) and
//! how a call by name reaches the function. [`handle`] is the app's invoke handler: it runs
//! each call on a blocking thread (key derivation takes half a second; every write waits for
//! the disk), never on the main thread.
//!
//! Commands are thin: decode, call the core, map the error. No SQL, crypto or business rules
//! here. A command's name appears in its table, in `build.rs`, in `capabilities/default.json`
//! and in `ui/js/ipc.js`; `xtask`'s tidy test checks that all four agree.

mod backup;
mod card;
mod care;
mod journal;
mod moments;
mod own_tiles;
mod people;
mod reminders;
mod settings;
mod their_cards;
mod vault;

use chrono::{DateTime, Utc};
use serde_json::Value;
use tauri::{ipc::InvokeBody, Manager, Runtime};

use crate::{clock, error::CommandError, state::AppState};

#[cfg(test)]
pub use settings::SettingsView;

type Result<T> = std::result::Result<T, CommandError>;

/// A passcode or passphrase as the page sent it (a JSON string): moved out of the call's
/// arguments without a copy and wiped when dropped, on every path, a call that does not decode
/// included. (The copies WebKit and Tauri make before the call reaches the shell are outside
/// its reach.)
pub struct Secret(zeroize::Zeroizing<String>);

impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(from: D) -> std::result::Result<Self, D::Error> {
        // From the call's JSON value the string is moved, not copied.
        String::deserialize(from).map(|text| Secret(zeroize::Zeroizing::new(text)))
    }
}

impl From<Secret> for aftercare_core::vault::Passcode {
    fn from(mut secret: Secret) -> Self {
        // Moved, not copied: the passcode wipes it from here on.
        aftercare_core::vault::Passcode::new(std::mem::take(&mut *secret.0))
    }
}

/// The most rows one call returns, so a page can never be unbounded.
const MAX_PAGE: u32 = 200;

/// Declares commands: for each `fn name(state, now, arg: Type, …) -> Output { body }` it
/// writes the function itself, and adds the command to this module's `dispatch` (which decodes
/// the arguments from the web view's JSON object) and `NAMES`.
macro_rules! commands {
    ($(
        $(#[$doc:meta])*
        fn $name:ident($state:ident, $now:ident $(, $arg:ident: $ty:ty)* $(,)?) -> $out:ty $body:block
    )*) => {
        $(
            $(#[$doc])*
            pub fn $name(
                $state: &crate::state::AppState,
                $now: chrono::DateTime<chrono::Utc>,
                $($arg: $ty),*
            ) -> std::result::Result<$out, crate::error::CommandError> $body
        )*

        /// The commands of this module, by name.
        pub(super) const NAMES: &[&str] = &[$(stringify!($name)),*];

        /// Runs the command called `command` with the arguments as the web view sent them;
        /// `None` if this module has no such command.
        pub(super) fn dispatch(
            state: &crate::state::AppState,
            now: chrono::DateTime<chrono::Utc>,
            command: &str,
            args: serde_json::Value,
        ) -> Option<std::result::Result<serde_json::Value, crate::error::CommandError>> {
            match command {
                $(stringify!($name) => Some((|| {
                    #[derive(serde::Deserialize)]
                    #[serde(rename_all = "camelCase")]
                    struct Args { $($arg: $ty),* }
                    let Args { $($arg),* } = serde_json::from_value(args)
                        .map_err(|_| crate::error::CommandError::bad_arguments(stringify!($name)))?;
                    let value = $name(state, now, $($arg),*)?;
                    Ok(serde_json::to_value(value).expect("command results serialise"))
                })()),)*
                _ => None,
            }
        }
    };
}
pub(crate) use commands;

type Dispatch = fn(&AppState, DateTime<Utc>, &str, Value) -> Option<Result<Value>>;

/// Each domain's commands and how to run them.
const DOMAINS: [(&[&str], Dispatch); 11] = [
    (care::NAMES, care::dispatch),
    (vault::NAMES, vault::dispatch),
    (moments::NAMES, moments::dispatch),
    (journal::NAMES, journal::dispatch),
    (reminders::NAMES, reminders::dispatch),
    (card::NAMES, card::dispatch),
    (settings::NAMES, settings::dispatch),
    (people::NAMES, people::dispatch),
    (backup::NAMES, backup::dispatch),
    (own_tiles::NAMES, own_tiles::dispatch),
    (their_cards::NAMES, their_cards::dispatch),
];

/// Runs a command by name, as the web view calls it.
pub fn run(state: &AppState, now: DateTime<Utc>, command: &str, args: Value) -> Result<Value> {
    DOMAINS
        .iter()
        .find(|(names, _)| names.contains(&command))
        .and_then(|(_, dispatch)| dispatch(state, now, command, args))
        .unwrap_or_else(|| Err(CommandError::unknown_command()))
}

/// Every command, by name.
pub fn names() -> impl Iterator<Item = &'static str> {
    DOMAINS.iter().flat_map(|(names, _)| names.iter().copied())
}

/// The app's invoke handler. Capabilities have already been checked by Tauri (`build.rs`
/// declares the commands, `capabilities/default.json` grants them). The work runs on a
/// blocking thread; the answer is the command's value or its `{kind, message}` error.
pub fn handle<R: Runtime>(invoke: tauri::ipc::Invoke<R>) -> bool {
    let command = invoke.message.command().to_owned();
    if !names().any(|name| name == command) {
        return false; // Tauri answers that there is no such command.
    }
    let args = match invoke.message.payload() {
        InvokeBody::Json(args) => args.clone(),
        InvokeBody::Raw(_) => Value::Null,
    };
    let app = invoke.message.webview().app_handle().clone();
    invoke.resolver.respond_async(async move {
        let work = move || {
            let result = run(&app.state::<AppState>(), clock::now(), &command, args);
            if result.is_ok() && crate::discreet::CHANGED_BY.contains(&command.as_str()) {
                crate::discreet::refresh(&app);
            }
            if result.is_ok() && crate::shortcuts::CHANGED_BY.contains(&command.as_str()) {
                #[cfg(desktop)]
                crate::tray::refresh(&app);
                #[cfg(target_os = "android")]
                crate::shortcuts::android::refresh(&app);
            }
            result
        };
        tauri::async_runtime::spawn_blocking(work)
            .await
            .map_err(|_| CommandError::internal("a worker thread stopped"))?
            .map_err(tauri::ipc::InvokeError::from)
    });
    true
}

#[cfg(test)]
mod tests;
