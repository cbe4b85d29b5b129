//! The app's commands, each declared once in a [`commands!`] table of its domain's module. The
//! table writes how the web view's arguments are decoded (camelCase keys, as Tauri sends
//! them), what is acquired for the call, and how a call by name reaches the body.
//!
//! The wrapper acquires, the body takes it as a parameter (GitButler): [`handle`] reads the
//! clock, the device's time zone and randomness once per call ([`Given`]); a command declared
//! `fn name(app, vault, given, …)` is given the vault, held for the call, and one declared
//! `fn name(app, given, …)` (still here, progress) runs without waiting for it. Every body is a
//! line or two calling the core (`aftercare_core::api`), which decides; a tidy test keeps
//! bodies off the store. After a call that held the vault, the vault says once what the shell
//! must follow ([`Changes`]): [`handle`] wakes the reminder timer or gives the window its new
//! look. Each call runs on a blocking thread (key derivation takes half a second; every write
//! waits for the disk), never on the main thread.
//!
//! A command's name appears in its table, in `build.rs`, in `capabilities/default.json` and in
//! `ui/js/ipc.js`; `xtask`'s tidy test checks that all four agree.

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

use aftercare_core::{api::Now, vault::Changes};
use serde_json::Value;
use tauri::{ipc::InvokeBody, Manager, Runtime};

use crate::{clock, error::CommandError, state::AppState};

type Result<T> = std::result::Result<T, CommandError>;

/// What the wrapper acquires for one call, before its body runs: the time and the device's
/// time zone, read once, and the system's randomness.
pub struct Given {
    pub now: Now,
    pub rng: clock::Rng,
}

impl Given {
    /// The clock and the time zone as they are now: for the app's own calls.
    pub fn now() -> Given {
        Given::at(Now {
            at: clock::now(),
            zone: clock::time_zone(),
        })
    }

    /// A call at `now`, as the shell's tests make them (never the real clock or zone).
    pub fn at(now: Now) -> Given {
        Given {
            now,
            rng: clock::rng(),
        }
    }
}

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

/// Declares commands: for each `fn name(app, vault, given, arg: Type, …) -> Output { body }`
/// (or `fn name(app, given, …)` for one that runs without the vault) it writes the function
/// itself, and adds the command to this module's `dispatch` (which decodes the arguments from
/// the web view's JSON object and acquires the vault) and `NAMES`. A body returns the core's
/// `Result`; its error becomes the `{kind, message}` the page sees.
macro_rules! commands {
    ($(
        $(#[$doc:meta])*
        fn $name:ident($app:ident, $($rest:tt)*) -> $out:ty $body:block
    )*) => {
        $(
            crate::commands::command_fn! {
                [$(#[$doc])*] $name ($app, $($rest)*) -> $out $body
            }
        )*

        /// The commands of this module, by name.
        pub(super) const NAMES: &[&str] = &[$(stringify!($name)),*];

        /// Runs the command called `command` with the arguments as the web view sent them;
        /// `None` if this module has no such command.
        pub(super) fn dispatch(
            app: &crate::state::AppState,
            given: &mut crate::commands::Given,
            command: &str,
            args: serde_json::Value,
        ) -> Option<(
            std::result::Result<serde_json::Value, crate::error::CommandError>,
            aftercare_core::vault::Changes,
        )> {
            match command {
                $(stringify!($name) => Some(crate::commands::command_call! {
                    $name ($app, $($rest)*) app, given, args
                }),)*
                _ => None,
            }
        }
    };
}
pub(crate) use commands;

/// One command's function: given the vault when it names three parameters before its
/// arguments (`app, vault, given`), not when it names two (`app, given`).
macro_rules! command_fn {
    ([$($doc:tt)*] $name:ident ($app:ident, $vault:ident, $given:ident $(, $arg:ident: $ty:ty)* $(,)?)
        -> $out:ty $body:block) => {
        $($doc)*
        #[allow(unused_variables)]
        pub fn $name(
            $app: &crate::state::AppState,
            $vault: &mut aftercare_core::vault::Vault,
            $given: &mut crate::commands::Given,
            $($arg: $ty),*
        ) -> std::result::Result<$out, aftercare_core::Error> $body
    };
    ([$($doc:tt)*] $name:ident ($app:ident, $given:ident $(, $arg:ident: $ty:ty)* $(,)?)
        -> $out:ty $body:block) => {
        $($doc)*
        #[allow(unused_variables)]
        pub fn $name(
            $app: &crate::state::AppState,
            $given: &mut crate::commands::Given,
            $($arg: $ty),*
        ) -> std::result::Result<$out, aftercare_core::Error> $body
    };
}
pub(crate) use command_fn;

/// One call of a command by name: its arguments decoded, the vault acquired if it takes it
/// (and what changed taken from it after), the value made JSON.
macro_rules! command_call {
    ($name:ident ($app:ident, $vault:ident, $given:ident $(, $arg:ident: $ty:ty)* $(,)?)
        $state:ident, $acquired:ident, $args:ident) => {
        {
            #[derive(serde::Deserialize)]
            #[serde(rename_all = "camelCase")]
            struct Args { $($arg: $ty),* }
            match serde_json::from_value::<Args>($args) {
                Err(_) => (
                    Err(crate::error::CommandError::bad_arguments(stringify!($name))),
                    aftercare_core::vault::Changes::default(),
                ),
                Ok(Args { $($arg),* }) => {
                    let mut vault = $state.vault();
                    let value = $name($state, &mut vault, $acquired, $($arg),*);
                    // Told even when the call failed part-way: what did change is followed.
                    let changes = vault.take_changes();
                    (crate::commands::to_json(value), changes)
                }
            }
        }
    };
    ($name:ident ($app:ident, $given:ident $(, $arg:ident: $ty:ty)* $(,)?)
        $state:ident, $acquired:ident, $args:ident) => {
        {
            #[derive(serde::Deserialize)]
            #[serde(rename_all = "camelCase")]
            struct Args { $($arg: $ty),* }
            let value = match serde_json::from_value::<Args>($args) {
                Err(_) => Err(crate::error::CommandError::bad_arguments(stringify!($name))),
                Ok(Args { $($arg),* }) => crate::commands::to_json($name($state, $acquired, $($arg),*)),
            };
            (value, aftercare_core::vault::Changes::default())
        }
    };
}
pub(crate) use command_call;

type Dispatch = fn(&AppState, &mut Given, &str, Value) -> Option<(Result<Value>, Changes)>;

/// A body's value as JSON, or its error as the page sees it.
pub fn to_json<T: serde::Serialize>(
    value: std::result::Result<T, aftercare_core::Error>,
) -> Result<Value> {
    Ok(serde_json::to_value(value?).expect("command results serialise"))
}

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

/// Runs a command by name, as the web view calls it: its value, and what the shell must
/// follow after it (whether or not it succeeded).
pub fn run(
    state: &AppState,
    given: &mut Given,
    command: &str,
    args: Value,
) -> (Result<Value>, Changes) {
    DOMAINS
        .iter()
        .find(|(names, _)| names.contains(&command))
        .and_then(|(_, dispatch)| dispatch(state, given, command, args))
        .unwrap_or_else(|| (Err(CommandError::unknown_command()), Changes::default()))
}

/// Every command, by name.
pub fn names() -> impl Iterator<Item = &'static str> {
    DOMAINS.iter().flat_map(|(names, _)| names.iter().copied())
}

/// The app's invoke handler. Capabilities have already been checked by Tauri (`build.rs`
/// declares the commands, `capabilities/default.json` grants them). The work runs on a
/// blocking thread; the answer is the command's value or its `{kind, message}` error. What the
/// vault says changed is followed once: the timer woken, the window's look applied.
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
            let state = app.state::<AppState>();
            let (value, changes) = run(&state, &mut Given::now(), &command, args);
            follow(&app, &state, changes);
            if value.is_ok() && crate::shortcuts::CHANGED_BY.contains(&command.as_str()) {
                #[cfg(desktop)]
                crate::tray::refresh(&app);
                #[cfg(target_os = "android")]
                crate::shortcuts::android::refresh(&app);
            }
            value
        };
        tauri::async_runtime::spawn_blocking(work)
            .await
            .map_err(|_| CommandError::internal("a worker thread stopped"))?
            .map_err(tauri::ipc::InvokeError::from)
    });
    true
}

/// What the shell does after the vault changed: the timer looks at its schedule again, the
/// window (and tray) take the look the settings ask for.
pub fn follow<R: Runtime>(app: &tauri::AppHandle<R>, state: &AppState, changes: Changes) {
    if changes.schedule {
        state.wake_timer();
    }
    if let Some(look) = changes.look {
        crate::discreet::apply(app, look.name(state.content), look);
    }
}

#[cfg(test)]
mod tests;
