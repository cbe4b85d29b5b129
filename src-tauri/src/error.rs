//! The one error shape that crosses to the UI: `{ kind, message }` (plus `wait_seconds` for a
//! back-off). The UI switches on `kind` and shows its own calm sentence; `message` is for a
//! developer's console and never holds user text.

use aftercare_core::ErrorKind as CoreKind;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// The app's own content is broken; never seen in a build whose tests pass.
    Content,
    NotSetUp,
    AlreadySetUp,
    Locked,
    WrongPasscode,
    TooManyAttempts,
    /// A new passcode that would be too easy to guess.
    WeakPasscode,
    /// The key slot needs this device's secret and the key store did not give it.
    DeviceKeyMissing,
    /// A file read while locked was changed by something else; nothing was saved.
    Untrusted,
    Invalid,
    NotFound,
    Damaged,
    NewerVersion,
    /// The passphrase does not open the backup.
    WrongBackupPassphrase,
    /// The file chosen is not a backup from this app.
    NotABackup,
    /// The backup opens but is damaged.
    DamagedBackup,
    /// The backup is from a newer version of the app.
    NewerBackup,
    /// Someone's card could not be read; `problem` says why. Nothing was saved.
    UnreadableCard,
    /// The disk or the data folder failed.
    Storage,
    /// A bug in the shell (a worker thread died); nothing was saved.
    Internal,
    /// The device has no such thing (vibration, a fingerprint or face), or the person
    /// cancelled it; nothing was changed.
    NotAvailable,
}

#[derive(Debug, Clone, Serialize)]
pub struct CommandError {
    pub kind: ErrorKind,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wait_seconds: Option<u64>,
    /// Why a card could not be read, for `unreadable-card`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<aftercare_core::card::CardProblem>,
}

impl CommandError {
    /// The arguments did not decode (a bug in the UI, never the person's doing).
    pub fn bad_arguments(command: &str) -> Self {
        CommandError {
            kind: ErrorKind::Invalid,
            message: format!("the arguments of {command} did not decode"),
            wait_seconds: None,
            problem: None,
        }
    }

    /// No command has that name.
    pub fn unknown_command() -> Self {
        CommandError {
            kind: ErrorKind::NotFound,
            message: "no such command".to_owned(),
            wait_seconds: None,
            problem: None,
        }
    }

    pub fn internal(message: &str) -> Self {
        CommandError {
            kind: ErrorKind::Internal,
            message: message.to_owned(),
            wait_seconds: None,
            problem: None,
        }
    }
}

impl From<aftercare_core::Error> for CommandError {
    fn from(error: aftercare_core::Error) -> Self {
        let kind = match error.kind() {
            CoreKind::Content => ErrorKind::Content,
            CoreKind::NotSetUp => ErrorKind::NotSetUp,
            CoreKind::AlreadySetUp => ErrorKind::AlreadySetUp,
            CoreKind::Locked => ErrorKind::Locked,
            CoreKind::WrongPasscode => ErrorKind::WrongPasscode,
            CoreKind::TooManyAttempts => ErrorKind::TooManyAttempts,
            CoreKind::WeakPasscode => ErrorKind::WeakPasscode,
            CoreKind::DeviceKeyMissing => ErrorKind::DeviceKeyMissing,
            CoreKind::Untrusted => ErrorKind::Untrusted,
            CoreKind::Invalid => ErrorKind::Invalid,
            CoreKind::NotFound => ErrorKind::NotFound,
            CoreKind::WrongBackupPassphrase => ErrorKind::WrongBackupPassphrase,
            CoreKind::NotABackup => ErrorKind::NotABackup,
            CoreKind::DamagedBackup => ErrorKind::DamagedBackup,
            CoreKind::NewerBackup => ErrorKind::NewerBackup,
            CoreKind::Damaged => ErrorKind::Damaged,
            CoreKind::NewerVersion => ErrorKind::NewerVersion,
            CoreKind::UnreadableCard => ErrorKind::UnreadableCard,
            CoreKind::Storage => ErrorKind::Storage,
            CoreKind::NotAvailable => ErrorKind::NotAvailable,
        };
        let wait_seconds = match error {
            aftercare_core::Error::TooManyAttempts { wait_seconds } => Some(wait_seconds),
            _ => None,
        };
        let problem = match error {
            aftercare_core::Error::UnreadableCard { problem } => Some(problem),
            _ => None,
        };
        CommandError {
            kind,
            message: error.to_string(),
            wait_seconds,
            problem,
        }
    }
}
