//! The settings kept in the encrypted store, as the settings screen shows and sends them.

use serde::{Deserialize, Serialize};

use crate::{
    content::{ActionId, Content, HomeLayout, Locale},
    reminders::{ReminderHours, SNOOZE_DEFAULT_MINUTES},
    store::{AUTO_LOCK_DEFAULT_MINUTES, MOMENT_WINDOW_DEFAULT_MINUTES},
    vault::Vault,
    Error,
};

/// The settings, as the settings screen shows and sends them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Settings {
    pub auto_lock_minutes: u32,
    pub moment_window_minutes: u32,
    /// The hour of "tomorrow morning" reminders, 0–23 local time.
    pub morning_hour: u32,
    /// The hour of "tonight" reminders.
    pub evening_hour: u32,
    /// The window and the tray use the neutral name ([`crate::vault::Look`]).
    pub discreet: bool,
    /// The window is kept out of screenshots and screen sharing where the system allows.
    pub protect_screen: bool,
    /// How long "Later" on a reminder's notification waits, in minutes.
    #[serde(default = "snooze_default")]
    pub snooze_minutes: u32,
    /// Home puts care for on your own first.
    #[serde(default)]
    pub solo_first: bool,
    /// Home leads with the care tapped most.
    #[serde(default)]
    pub most_used_first: bool,
    /// The person's own order of the care tiles, by id (tiles not in it follow).
    #[serde(default)]
    pub tile_order: Vec<ActionId>,
    /// The care tiles the person hid from Home, by id.
    #[serde(default)]
    pub hidden_tiles: Vec<ActionId>,
    /// The first care of Home is offered outside the app: in the tray's menu (desktop), among
    /// the app icon's shortcuts (Android).
    #[serde(default)]
    pub care_shortcuts: bool,
    /// The breathing exercise guides with vibration (phones).
    #[serde(default)]
    pub haptic_breathing: bool,
    /// The care tiles by id, tiles of one's own among them, in the order Home shows them
    /// (read only: it follows `tile_order`, `hidden_tiles`, `solo_first`, `most_used_first`).
    #[serde(default, skip_deserializing)]
    pub shown_order: Vec<ActionId>,
    /// Whether the vault is tied to this device (read only: a change of passcode ties it when
    /// a key store is there).
    #[serde(default, skip_deserializing)]
    pub tied_to_device: bool,
    /// Whether a fingerprint or face unlocks (read only: `set_biometric_unlock` changes it).
    #[serde(default, skip_deserializing)]
    pub biometric_unlock: bool,
}

/// The settings of a new vault.
impl Default for Settings {
    fn default() -> Self {
        let hours = ReminderHours::default();
        Settings {
            auto_lock_minutes: AUTO_LOCK_DEFAULT_MINUTES,
            moment_window_minutes: MOMENT_WINDOW_DEFAULT_MINUTES,
            morning_hour: hours.morning,
            evening_hour: hours.evening,
            discreet: true,
            protect_screen: true,
            snooze_minutes: snooze_default(),
            solo_first: false,
            most_used_first: false,
            tile_order: Vec::new(),
            hidden_tiles: Vec::new(),
            care_shortcuts: false,
            haptic_breathing: false,
            shown_order: Vec::new(),
            tied_to_device: false,
            biometric_unlock: false,
        }
    }
}

fn snooze_default() -> u32 {
    SNOOZE_DEFAULT_MINUTES
}

/// The settings as saved (unlocked only), with the order Home shows its tiles in.
pub fn settings(vault: &Vault, content: &Content) -> Result<Settings, Error> {
    let tied_to_device = vault.tied_to_device();
    let biometric_unlock = vault.has_biometric_slot();
    let store = vault.store()?;
    let hours = store.reminder_hours()?;
    let layout = store.home_layout()?;
    let care_counts = store.care_counts()?;
    let own: Vec<ActionId> = store.own_tiles()?.into_iter().map(|t| t.id).collect();
    Ok(Settings {
        auto_lock_minutes: store.auto_lock_minutes()?,
        moment_window_minutes: store.moment_window_minutes()?,
        morning_hour: hours.morning,
        evening_hour: hours.evening,
        discreet: store.discreet()?,
        protect_screen: store.protect_screen()?,
        snooze_minutes: store.snooze_minutes()?,
        solo_first: layout.solo_first,
        most_used_first: layout.most_used_first,
        shown_order: content.shown_order(&layout, &care_counts, &own),
        tile_order: layout.tile_order,
        hidden_tiles: layout.hidden_tiles,
        care_shortcuts: store.care_shortcuts()?,
        haptic_breathing: store.haptic_breathing()?,
        tied_to_device,
        biometric_unlock,
    })
}

/// Saves `changes` and returns the settings as saved. Every tile id in the order and the
/// hidden list must be a tile of the content or of one's own.
///
/// Errors: [`Error::NotFound`] for any other id (nothing is saved); a value out of its range.
pub fn update_settings(
    vault: &mut Vault,
    content: &Content,
    changes: Settings,
) -> Result<Settings, Error> {
    let own: Vec<ActionId> = vault
        .store()?
        .own_tiles()?
        .into_iter()
        .map(|t| t.id)
        .collect();
    let known = |id: &ActionId| content.action(id.as_str()).is_some() || own.contains(id);
    if !changes
        .tile_order
        .iter()
        .chain(&changes.hidden_tiles)
        .all(known)
    {
        return Err(Error::NotFound {
            what: "care action",
        });
    }
    vault.write(|store| {
        store.set_auto_lock_minutes(changes.auto_lock_minutes)?;
        store.set_moment_window_minutes(changes.moment_window_minutes)?;
        store.set_reminder_hours(ReminderHours {
            morning: changes.morning_hour,
            evening: changes.evening_hour,
        })?;
        store.set_discreet(changes.discreet)?;
        store.set_protect_screen(changes.protect_screen)?;
        store.set_home_layout(&HomeLayout {
            tile_order: changes.tile_order,
            hidden_tiles: changes.hidden_tiles,
            solo_first: changes.solo_first,
            most_used_first: changes.most_used_first,
        })?;
        store.set_snooze_minutes(changes.snooze_minutes)?;
        store.set_care_shortcuts(changes.care_shortcuts)?;
        store.set_haptic_breathing(changes.haptic_breathing)
    })?;
    settings(vault, content)
}

/// Speaks the language with this tag from now on, and keeps the choice: in the encrypted
/// settings when unlocked, and in the `locale` file, locked or not (before set-up too). Returns
/// the language, for the shell to speak.
///
/// Errors: [`Error::NotFound`] for a language this build does not speak; [`Error::Content`] if
/// its words do not parse; [`Error::Io`] if the file cannot be written.
pub fn set_locale(vault: &mut Vault, tag: &str) -> Result<&'static Locale, Error> {
    let locale = Locale::find(tag).ok_or(Error::NotFound { what: "language" })?;
    locale.content().map_err(|e| Error::Content(e.clone()))?;
    vault.choose_locale(locale)?;
    Ok(locale)
}

/// After an unlock: the language the settings keep (the file beside the data put right from
/// them), or `spoken` for a vault from before languages, which keeps it; `spoken` too if the
/// kept one's words would not parse.
///
/// Errors: as [`Vault::settle_locale`].
pub fn settle_locale(vault: &mut Vault, spoken: &'static Locale) -> Result<&'static Locale, Error> {
    let kept = vault.settle_locale(spoken)?;
    Ok(if kept.content().is_ok() { kept } else { spoken })
}
