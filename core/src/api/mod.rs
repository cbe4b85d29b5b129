//! What the shell calls: the body of each of the app's commands, one function each, with no
//! Tauri in sight (after yaak's command bodies and GitButler's "the wrapper acquires, the body
//! takes it as a parameter"). The shell decodes a call's arguments, acquires what it needs —
//! the vault (held for the call), the time and the device's time zone ([`Now`]), randomness,
//! the content, the key store — and calls one of these, which decides: which tap counts, what
//! a locked vault answers, which words are used, which files follow (the vault keeps them in
//! step, `vault/in_step.rs`). One module per domain, named as the shell's command modules are.

pub mod backup;
pub mod card;
pub mod care;
pub mod journal;
pub mod moments;
pub mod own_tiles;
pub mod people;
pub mod reminders;
pub mod settings;
pub mod their_cards;
pub mod vault;

use crate::zone::Zone;
use chrono::{DateTime, NaiveDate, Utc};

/// The most rows one call returns, so a page can never be unbounded.
pub const MAX_PAGE: u32 = 200;

/// The time of one call, as the shell read it once: the instant, and the device's time zone
/// (for what is said in local time: "tonight", "tomorrow morning", a file's date, a day).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Now {
    pub at: DateTime<Utc>,
    pub zone: Zone,
}

impl Now {
    /// The date where the person is.
    pub fn today(&self) -> NaiveDate {
        self.at.with_timezone(&self.zone).date_naive()
    }
}
