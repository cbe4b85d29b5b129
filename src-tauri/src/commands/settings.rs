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
    /// How long "Later" on a reminder's notification waits, in minutes.
    #[serde(default = "later_default")]
    pub later_minutes: u32,
    /// Home puts care for on your own first.
    #[serde(default)]
    pub solo_first: bool,
    /// The care tiles by id, in the order Home shows them (read only: it follows
    /// `solo_first`).
    #[serde(default, skip_deserializing)]
    pub home_order: Vec<String>,
}

/// The settings of a new vault.
impl Default for SettingsView {
    fn default() -> Self {
        let hours = ReminderHours::default();
        SettingsView {
            auto_lock_minutes: aftercare_core::store::AUTO_LOCK_DEFAULT_MINUTES,
            moment_window_minutes: aftercare_core::store::MOMENT_WINDOW_DEFAULT_MINUTES,
            morning_hour: hours.morning,
            evening_hour: hours.evening,
            discreet: true,
            protect_screen: true,
            later_minutes: later_default(),
            solo_first: false,
            home_order: Vec::new(),
        }
    }
}

fn later_default() -> u32 {
    aftercare_core::reminders::LATER_MINUTES
}

commands! {
    fn settings(state, _now) -> SettingsView {
        let mut vault = state.vault()?;
        let store = vault.store()?;
        let hours = store.reminder_hours()?;
        let solo_first = store.solo_first()?;
        let later_minutes = store.later_minutes()?;
        // Kept in memory too, for a "Later" answered while locked.
        state.remember_later_minutes(later_minutes);
        let home_order = state
            .content
            .home_tiles(solo_first)
            .iter()
            .map(|a| a.id.0.clone())
            .collect();
        Ok(SettingsView {
            auto_lock_minutes: store.auto_lock_minutes()?,
            moment_window_minutes: store.moment_window_minutes()?,
            morning_hour: hours.morning,
            evening_hour: hours.evening,
            discreet: store.discreet()?,
            protect_screen: store.protect_screen()?,
            later_minutes,
            solo_first,
            home_order,
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
            store.set_solo_first(changes.solo_first)?;
            store.set_later_minutes(changes.later_minutes)?;
        }
        settings(state, now)
    }
}
