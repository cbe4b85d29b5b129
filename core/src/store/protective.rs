//! The settings that delete or protect: auto-delete, auto-lock, discretion and screen
//! protection. Only the person's explicit choice on this device sets them, so a restore never
//! takes them from a backup, whatever this device has (a new install included: its defaults
//! are choices too). It offers them instead ([`BackupChoices`], in the restore's report), and
//! the person takes them, as if chosen in Settings, or leaves them.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{
    retention::{auto_delete_in, AutoDelete, AUTO_DELETE_KEYS},
    settings::{setting_is_valid, AUTO_LOCK_KEY, DISCREET_KEY, PROTECT_SCREEN_KEY},
    Store,
};
use crate::Error;

/// A backup's own choices for the settings that delete or protect, where they differ from
/// this device's: each `None` where the backup had no choice of its own or the same one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct BackupChoices {
    pub auto_lock_minutes: Option<u32>,
    pub discreet: Option<bool>,
    pub protect_screen: Option<bool>,
    pub auto_delete: Option<AutoDelete>,
}

/// Whether a restore leaves `key` as this device has it (and offers the backup's instead).
pub(super) fn never_restored(key: &str) -> bool {
    [AUTO_LOCK_KEY, DISCREET_KEY, PROTECT_SCREEN_KEY].contains(&key)
        || AUTO_DELETE_KEYS.contains(&key)
}

impl Store {
    /// The choices in a backup's `settings` that differ from this device's, among those that
    /// delete or protect. Values that are not valid are not offered.
    pub(super) fn choices_offered_by(
        &self,
        settings: &BTreeMap<String, String>,
    ) -> Result<BackupChoices, Error> {
        let theirs = |key: &str| {
            settings
                .get(key)
                .filter(|value| setting_is_valid(key, value))
                .and_then(|value| value.parse::<u32>().ok())
        };
        let auto_lock = self.auto_lock_minutes()?;
        let (discreet, protect_screen) = (self.discreet()?, self.protect_screen()?);
        let auto_delete = self.auto_delete()?;
        Ok(BackupChoices {
            auto_lock_minutes: theirs(AUTO_LOCK_KEY).filter(|&m| m != auto_lock),
            discreet: theirs(DISCREET_KEY)
                .map(|on| on == 1)
                .filter(|&on| on != discreet),
            protect_screen: theirs(PROTECT_SCREEN_KEY)
                .map(|on| on == 1)
                .filter(|&on| on != protect_screen),
            auto_delete: auto_delete_in(settings).filter(|&choice| choice != auto_delete),
        })
    }
}
