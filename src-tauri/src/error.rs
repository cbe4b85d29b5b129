//! The one error shape that crosses to the UI: `{ kind, message }` (plus `wait_seconds` for a
//! back-off). The UI switches on `kind` and shows its own calm sentence; `message` is for a
//! developer's console and never holds user text.

use aftercare_core::ErrorKind;
use serde::Serialize;

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
        let kind = error.kind();
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
