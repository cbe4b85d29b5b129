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

    /// No passcode has been set up yet.
    #[error("no passcode has been set up yet")]
    NotSetUp,

    /// Set-up was asked for, but there is already data here.
    #[error("this device already has a passcode and saved data")]
    AlreadySetUp,

    /// This needs the vault unlocked.
    #[error("the app is locked")]
    Locked,

    /// The passcode did not open the key slot.
    #[error("that passcode doesn't match; there is no way to recover a forgotten passcode")]
    WrongPasscode,

    /// Too many wrong passcodes in a row: wait before the next try.
    #[error("too many tries; please wait {wait_seconds} seconds before trying again")]
    TooManyAttempts { wait_seconds: u64 },

    /// A new passcode that is too short.
    #[error("a passcode needs at least {min} characters")]
    PasscodeTooShort { min: usize },

    /// A new passcode that would be too easy to guess (see `Passcode::check_strength`).
    #[error("that passcode would be too easy to guess")]
    WeakPasscode,

    /// The key slot was made with this device's secret, and the key store did not give it
    /// (a folder copied from another device, or a key store that is locked or gone). No
    /// passcode was tried and nothing was changed.
    #[error("this device's key for the saved data is not available; nothing was changed")]
    DeviceKeyMissing,

    /// A file read while locked was changed by something other than this app (the key in
    /// hand does not vouch for it, or it holds a key nothing could be sealed to): nothing was
    /// taken from it and nothing was saved. The next unlock writes it again.
    #[error("the {what} was changed since the app wrote it; nothing was saved, unlock to save")]
    Untrusted { what: &'static str },

    /// A file of ours is damaged, missing or not ours. Nothing was changed.
    #[error("the {what} is damaged or not from this app; nothing was changed")]
    Damaged { what: &'static str },

    /// The database was written by a newer version of the app. Nothing was changed.
    #[error("the saved data is from a newer version of the app (schema {found}, this app knows {supported}); nothing was changed")]
    NewerDatabase { found: i64, supported: i64 },

    /// The passphrase does not open this backup.
    #[error("that passphrase doesn't open this backup; nothing was changed")]
    WrongBackupPassphrase,

    /// The file is not a backup made by this app (another file, or an age file that is not
    /// one of ours). Nothing was changed.
    #[error("this file is not a backup from this app; nothing was changed")]
    NotABackup,

    /// A backup that opens but is damaged (cut short, changed). Nothing was changed.
    #[error("this backup is damaged ({what}); nothing was changed")]
    DamagedBackup { what: &'static str },

    /// A backup written by a newer version of the app. Nothing was changed.
    #[error("this backup is from a newer version of the app (format {found}, this app reads {supported}); nothing was changed")]
    NewerBackup { found: u32, supported: u32 },

    /// No such item.
    #[error("no {what} with that id")]
    NotFound { what: &'static str },

    /// The input breaks a rule (too long, out of range, unknown option…).
    #[error("invalid input: {reason}")]
    Invalid { reason: String },

    /// Reading or writing a file failed.
    #[error("could not read or write the {what}: {source}")]
    Io {
        what: &'static str,
        #[source]
        source: std::io::Error,
    },

    /// The database failed.
    #[error("the database failed: {0}")]
    Database(rusqlite::Error),

    /// Someone's card (an image or pasted text) could not be read; nothing was saved.
    #[error("that card could not be read ({problem:?}); nothing was saved")]
    UnreadableCard { problem: CardProblem },

    /// The device has no such thing (vibration, a fingerprint or face, a share sheet), or the
    /// person cancelled it; nothing was changed.
    #[error("not available on this device, or cancelled")]
    NotAvailable,
}

/// Why a card could not be read. Each has its own calm sentence in `content/ui.toml`
/// (`error.card_<problem>`), and nothing is saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CardProblem {
    /// The file is larger than any card image needs to be.
    TooLarge,
    /// The picture has more pixels than the app decodes.
    TooManyPixels,
    /// Not a PNG or JPEG file.
    NotAnImage,
    /// A PNG or JPEG that does not decode: cut short or damaged.
    DamagedImage,
    /// No QR code could be read in the picture.
    NoCode,
    /// More than one QR code, holding different things.
    SeveralCodes,
    /// The pasted text is longer than any card.
    TextTooLong,
    /// Text (pasted, or in a QR code) that is not an aftercare card.
    NotACard,
    /// A card from a newer version of the app.
    NewerCard,
    /// A card with a part this version does not know.
    UnknownField,
    /// A card marker that is broken: an item that does not read, a part given twice.
    DamagedCard,
    /// A card with nothing filled in.
    EmptyCard,
    /// More than one card in the text.
    SeveralCards,
}

impl CardProblem {
    /// Every problem, for checks that each one has its words.
    pub const ALL: [CardProblem; 13] = [
        CardProblem::TooLarge,
        CardProblem::TooManyPixels,
        CardProblem::NotAnImage,
        CardProblem::DamagedImage,
        CardProblem::NoCode,
        CardProblem::SeveralCodes,
        CardProblem::TextTooLong,
        CardProblem::NotACard,
        CardProblem::NewerCard,
        CardProblem::UnknownField,
        CardProblem::DamagedCard,
        CardProblem::EmptyCard,
        CardProblem::SeveralCards,
    ];
}

impl From<CardProblem> for Error {
    fn from(problem: CardProblem) -> Error {
        Error::UnreadableCard { problem }
    }
}

/// A value in a row that does not decode (an unknown code, a time out of range): carried
/// through rusqlite's row mapping and turned back into [`Error::Damaged`], so damaged data is
/// reported as damage, never read as a default.
#[derive(Debug)]
pub(crate) struct DamagedValue(pub &'static str);

impl std::fmt::Display for DamagedValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the {} is damaged", self.0)
    }
}

impl std::error::Error for DamagedValue {}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Self {
        if let rusqlite::Error::FromSqlConversionFailure(_, _, inner) = &error {
            if let Some(DamagedValue(what)) = inner.downcast_ref::<DamagedValue>() {
                return Error::Damaged { what };
            }
        }
        Error::Database(error)
    }
}

/// A small, stable code for each kind of failure, for callers that act on the kind rather than
/// on the message: the one list, which the shell sends the UI as `kind` (kebab-case), and the UI
/// switches on to show its own calm sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
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
    /// Someone's card could not be read; the error says why. Nothing was saved.
    UnreadableCard,
    /// The disk or the data folder failed.
    Storage,
    /// The device has no such thing (vibration, a fingerprint or face), or the person
    /// cancelled it; nothing was changed.
    NotAvailable,
    /// A bug in the shell (a worker thread died); nothing was saved. Never an [`Error`]'s kind:
    /// the shell's own.
    Internal,
}

impl Error {
    /// The stable kind of this error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Content(_) => ErrorKind::Content,
            Error::NotSetUp => ErrorKind::NotSetUp,
            Error::AlreadySetUp => ErrorKind::AlreadySetUp,
            Error::Locked => ErrorKind::Locked,
            Error::WrongPasscode => ErrorKind::WrongPasscode,
            Error::TooManyAttempts { .. } => ErrorKind::TooManyAttempts,
            Error::WeakPasscode => ErrorKind::WeakPasscode,
            Error::DeviceKeyMissing => ErrorKind::DeviceKeyMissing,
            Error::Untrusted { .. } => ErrorKind::Untrusted,
            Error::PasscodeTooShort { .. } | Error::Invalid { .. } => ErrorKind::Invalid,
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::Damaged { .. } => ErrorKind::Damaged,
            Error::NewerDatabase { .. } => ErrorKind::NewerVersion,
            Error::WrongBackupPassphrase => ErrorKind::WrongBackupPassphrase,
            Error::NotABackup => ErrorKind::NotABackup,
            Error::DamagedBackup { .. } => ErrorKind::DamagedBackup,
            Error::NewerBackup { .. } => ErrorKind::NewerBackup,
            Error::UnreadableCard { .. } => ErrorKind::UnreadableCard,
            Error::NotAvailable => ErrorKind::NotAvailable,
            Error::DataDir { .. } | Error::Io { .. } | Error::Database(_) => ErrorKind::Storage,
        }
    }

    /// An adapter for `map_err` on file operations.
    pub(crate) fn io(what: &'static str) -> impl Fn(std::io::Error) -> Error {
        move |source| Error::Io { what, source }
    }

    /// For a row-mapping closure: this error as a `rusqlite` error on column `column`, which
    /// [`From<rusqlite::Error>`] turns back into the same kind of damage.
    pub(crate) fn in_column(self, column: usize) -> rusqlite::Error {
        match self {
            Error::Damaged { what } => rusqlite::Error::FromSqlConversionFailure(
                column,
                rusqlite::types::Type::Text,
                Box::new(DamagedValue(what)),
            ),
            Error::Database(error) => error,
            other => rusqlite::Error::ToSqlConversionFailure(Box::new(other)),
        }
    }

    pub(crate) fn invalid(reason: impl Into<String>) -> Error {
        Error::Invalid {
            reason: reason.into(),
        }
    }
}
