//! The one error type of `aftercare-core`.
//!
//! Messages never contain user text: they name files, fields and ids we authored, or describe
//! what went wrong in plain words. The shell maps [`ErrorKind`] to what the UI shows.

use std::path::PathBuf;

use crate::content::ContentError;

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The embedded content did not parse or validate. A build whose tests pass never has this.
    #[error(transparent)]
    Content(#[from] ContentError),

    /// The data directory could not be created or is not usable.
    #[error("the data folder {path} cannot be used: {source}")]
    DataDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// A small, stable code for each kind of failure, for callers that act on the kind rather than
/// on the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Content,
    Storage,
}

impl Error {
    /// The stable kind of this error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Content(_) => ErrorKind::Content,
            Error::DataDir { .. } => ErrorKind::Storage,
        }
    }
}
