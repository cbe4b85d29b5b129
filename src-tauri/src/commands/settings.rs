//! The settings kept in the encrypted store.

use aftercare_core::reminders::ReminderHours;
use serde::{Deserialize, Serialize};

use super::commands;

/// The settings, as the settings screen shows and sends them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SettingsView {
    pub auto_lock_minutes: u32,
    pub moment_window_minutes: u32,
    /// The hour of "tomorrow morning" reminders, 0–23 local time.
    pub morning_hour: u32,
    /// The hour of "tonight" reminders.
    pub evening_hour: u32,
    /// The window and the tray use the neutral name (`discreet.rs`).
    pub discreet: bool,
    /// The window is kept out of screenshots and screen sharing where the system allows.
    pub protect_screen: bool,
}

commands! {
    fn settings(state, _now) -> SettingsView {
        let mut vault = state.vault()?;
        let store = vault.store()?;
        let hours = store.reminder_hours()?;
        Ok(SettingsView {
            auto_lock_minutes: store.auto_lock_minutes()?,
            moment_window_minutes: store.moment_window_minutes()?,
            morning_hour: hours.morning,
            evening_hour: hours.evening,
            discreet: store.discreet()?,
            protect_screen: store.protect_screen()?,
        })
    }

    fn update_settings(state, now, changes: SettingsView) -> SettingsView {
        {
            let mut vault = state.vault()?;
            let store = vault.store()?;
            store.set_auto_lock_minutes(changes.auto_lock_minutes)?;
            store.set_moment_window_minutes(changes.moment_window_minutes)?;
            store.set_reminder_hours(ReminderHours {
                morning: changes.morning_hour,
                evening: changes.evening_hour,
            })?;
            store.set_discreet(changes.discreet)?;
            store.set_protect_screen(changes.protect_screen)?;
        }
        settings(state, now)
    }
}
