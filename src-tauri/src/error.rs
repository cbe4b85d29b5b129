//! The one error shape that crosses to the UI: `{ kind, message }`. The UI switches on `kind`
//! and shows its own calm sentence; `message` is for a developer's console and never holds
//! user text.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// The app's own content is broken; never seen in a build whose tests pass.
    Content,
    /// The disk or the data folder failed.
    Storage,
}

#[derive(Debug, Clone, Serialize)]
pub struct CommandError {
    pub kind: ErrorKind,
    pub message: String,
}

impl From<aftercare_core::Error> for CommandError {
    fn from(error: aftercare_core::Error) -> Self {
        let kind = match error.kind() {
            aftercare_core::ErrorKind::Content => ErrorKind::Content,
            aftercare_core::ErrorKind::Storage => ErrorKind::Storage,
        };
        CommandError {
            kind,
            message: error.to_string(),
        }
    }
}
