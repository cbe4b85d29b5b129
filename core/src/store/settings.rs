//! The app's settings, kept in the encrypted store: auto-lock, the moment window, the
//! reminder hours and wording, discretion, screen protection, "Later" on a reminder, care for
//! on my own first, shortcuts to care (tray, app icon) and the breathing's vibration. Each has a
//! default and a range; a stored value that does not read is damage.
//!
//! The settings that delete or protect (auto-delete, auto-lock, discretion and screen
//! protection) are set only by the person's explicit choice on this device, so a restore never
//! takes them from a backup, whatever this device has (a new install included: its defaults
//! are choices too). It offers them instead ([`BackupChoices`], in the restore's report), and
//! the person takes them, as if chosen in Settings, or leaves them.

use std::{collections::BTreeMap, ops::RangeInclusive};

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::{
    retention::{auto_delete_in, AutoDelete, AUTO_DELETE_KEYS},
    Store,
};
use crate::{
    content::{ActionId, Content, HomeLayout, Locale, WordingId},
    reminders::{ReminderHours, HOURS, SNOOZE_DEFAULT_MINUTES, SNOOZE_MINUTES},
    Error,
};

/// How long after the last tap a new tap still joins the same moment, unless set otherwise.
pub const MOMENT_WINDOW_DEFAULT_MINUTES: u32 = 180;
/// The moment window the setting accepts: from 15 minutes to two days.
pub const MOMENT_WINDOW_MINUTES: RangeInclusive<u32> = 15..=48 * 60;
const MOMENT_WINDOW_KEY: &str = "moment_window_minutes";
/// Lock after this many minutes without a touch, unless set otherwise.
pub const AUTO_LOCK_DEFAULT_MINUTES: u32 = 5;
/// The auto-lock times the setting accepts: from 1 minute to 1 hour.
pub const AUTO_LOCK_MINUTES: RangeInclusive<u32> = 1..=60;
const AUTO_LOCK_KEY: &str = "auto_lock_minutes";
const MORNING_HOUR_KEY: &str = "reminder_morning_hour";
const DISCREET_KEY: &str = "discreet";
const PROTECT_SCREEN_KEY: &str = "protect_screen";
const EVENING_HOUR_KEY: &str = "reminder_evening_hour";
const SOLO_FIRST_KEY: &str = "solo_first";
const SNOOZE_KEY: &str = "reminder_later_minutes";
const HOME_ORDER_KEY: &str = "home_order";
const HOME_HIDDEN_KEY: &str = "home_hidden";
const MOST_USED_KEY: &str = "home_most_used";
const SHORTCUTS_KEY: &str = "care_shortcuts";
const HAPTIC_BREATHING_KEY: &str = "haptic_breathing";
/// The reminders' wording, by id (kept beside the schedule file, which may be rewritten).
const REMINDER_WORDING_KEY: &str = "reminder_wording";
const LOCALE_KEY: &str = "locale";

/// The most tiles a Home order or hidden list keeps (the content has far fewer).
const MAX_HOME_TILES: usize = 200;

/// Whether `value` is one the setting `key` accepts, as its setter would check it: for a
/// setting restored from a backup.
pub(super) fn setting_is_valid(key: &str, value: &str) -> bool {
    let number = value.parse::<u32>().ok();
    let in_range = |range: RangeInclusive<u32>| number.is_some_and(|n| range.contains(&n));
    match key {
        MOMENT_WINDOW_KEY => in_range(MOMENT_WINDOW_MINUTES),
        AUTO_LOCK_KEY => in_range(AUTO_LOCK_MINUTES),
        MORNING_HOUR_KEY | EVENING_HOUR_KEY => in_range(HOURS),
        DISCREET_KEY | PROTECT_SCREEN_KEY | SOLO_FIRST_KEY | MOST_USED_KEY | SHORTCUTS_KEY
        | HAPTIC_BREATHING_KEY => in_range(0..=1),
        SNOOZE_KEY => in_range(SNOOZE_MINUTES),
        REMINDER_WORDING_KEY => wording_id_fits(value),
        LOCALE_KEY => Locale::find(value).is_some(),
        HOME_ORDER_KEY | HOME_HIDDEN_KEY => serde_json::from_str::<Vec<ActionId>>(value)
            .is_ok_and(|ids| ids.len() <= MAX_HOME_TILES),
        _ => super::retention::setting_is_valid(key, value),
    }
}

/// Whether `id` has the shape of a wording's id: 1 to 64 lowercase letters, digits and
/// dashes (the content says which exist; an unknown one shows the first wording).
fn wording_id_fits(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

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

impl Store {
    /// The wording chosen for reminders, if one was.
    pub fn reminder_wording(&self) -> Result<Option<WordingId>, Error> {
        Ok(self
            .setting::<String>(REMINDER_WORDING_KEY)?
            .filter(|id| wording_id_fits(id))
            .map(WordingId))
    }

    /// Chooses the reminders' wording (which the content must have: the caller checks).
    pub fn set_reminder_wording(&mut self, wording: &WordingId) -> Result<(), Error> {
        if !wording_id_fits(&wording.0) {
            return Err(Error::invalid("not a wording's id"));
        }
        self.set_setting(REMINDER_WORDING_KEY, &wording.0)
    }

    /// The moment window, in minutes.
    pub fn moment_window_minutes(&self) -> Result<u32, Error> {
        Ok(self
            .setting(MOMENT_WINDOW_KEY)?
            .unwrap_or(MOMENT_WINDOW_DEFAULT_MINUTES))
    }

    /// Sets the moment window: from 15 minutes to two days.
    pub fn set_moment_window_minutes(&mut self, minutes: u32) -> Result<(), Error> {
        if !MOMENT_WINDOW_MINUTES.contains(&minutes) {
            return Err(Error::invalid(
                "the moment window goes from 15 minutes to 2 days",
            ));
        }
        self.set_setting(MOMENT_WINDOW_KEY, minutes)
    }

    /// Minutes without a touch before the app locks itself.
    pub fn auto_lock_minutes(&self) -> Result<u32, Error> {
        Ok(self
            .setting(AUTO_LOCK_KEY)?
            .unwrap_or(AUTO_LOCK_DEFAULT_MINUTES))
    }

    /// Sets the auto-lock time: from 1 minute to 1 hour.
    pub fn set_auto_lock_minutes(&mut self, minutes: u32) -> Result<(), Error> {
        if !AUTO_LOCK_MINUTES.contains(&minutes) {
            return Err(Error::invalid("auto-lock goes from 1 minute to 1 hour"));
        }
        self.set_setting(AUTO_LOCK_KEY, minutes)
    }

    /// The hours for "tomorrow morning" and "tonight" reminders.
    pub fn reminder_hours(&self) -> Result<ReminderHours, Error> {
        let default = ReminderHours::default();
        Ok(ReminderHours {
            morning: self.setting(MORNING_HOUR_KEY)?.unwrap_or(default.morning),
            evening: self.setting(EVENING_HOUR_KEY)?.unwrap_or(default.evening),
        })
    }

    /// Sets the reminder hours (0–23, local time).
    pub fn set_reminder_hours(&mut self, hours: ReminderHours) -> Result<(), Error> {
        if !HOURS.contains(&hours.morning) || !HOURS.contains(&hours.evening) {
            return Err(Error::invalid("reminder hours go from 0 to 23"));
        }
        self.set_setting(MORNING_HOUR_KEY, hours.morning)?;
        self.set_setting(EVENING_HOUR_KEY, hours.evening)
    }

    /// Whether the window and the tray use the neutral name: on unless turned off.
    pub fn discreet(&self) -> Result<bool, Error> {
        self.flag(DISCREET_KEY)
    }

    /// Turns the neutral name for the window and the tray on or off.
    pub fn set_discreet(&mut self, on: bool) -> Result<(), Error> {
        self.set_setting(DISCREET_KEY, u32::from(on))
    }

    /// Whether the window is kept out of screenshots and screen sharing where the system
    /// allows: on unless turned off.
    pub fn protect_screen(&self) -> Result<bool, Error> {
        self.flag(PROTECT_SCREEN_KEY)
    }

    /// Turns screen protection on or off.
    pub fn set_protect_screen(&mut self, on: bool) -> Result<(), Error> {
        self.set_setting(PROTECT_SCREEN_KEY, u32::from(on))
    }

    /// How the person arranged Home ([`HomeLayout`]): nothing changed until they do.
    pub fn home_layout(&self) -> Result<HomeLayout, Error> {
        let ids = |key: &str| -> Result<Vec<ActionId>, Error> {
            match self.setting::<String>(key)? {
                None => Ok(Vec::new()),
                Some(json) => serde_json::from_str(&json).map_err(|_| Error::Damaged {
                    what: "saved settings",
                }),
            }
        };
        Ok(HomeLayout {
            tile_order: ids(HOME_ORDER_KEY)?,
            hidden_tiles: ids(HOME_HIDDEN_KEY)?,
            solo_first: self.solo_first()?,
            most_used_first: self.flag_or(MOST_USED_KEY, false)?,
        })
    }

    /// Keeps how the person arranged Home. Errors with [`Error::Invalid`] for lists longer
    /// than any content has.
    pub fn set_home_layout(&mut self, layout: &HomeLayout) -> Result<(), Error> {
        if layout.tile_order.len() > MAX_HOME_TILES || layout.hidden_tiles.len() > MAX_HOME_TILES {
            return Err(Error::invalid("that is more tiles than there are"));
        }
        let json = |ids: &[ActionId]| serde_json::to_string(ids).expect("ids serialise");
        self.set_setting(HOME_ORDER_KEY, json(&layout.tile_order))?;
        self.set_setting(HOME_HIDDEN_KEY, json(&layout.hidden_tiles))?;
        self.set_solo_first(layout.solo_first)?;
        self.set_setting(MOST_USED_KEY, u32::from(layout.most_used_first))
    }

    /// How often each care action was tapped, for "lead with the care I use most".
    pub fn care_counts(&self) -> Result<Vec<(ActionId, u32)>, Error> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT action_id, count(*) FROM action_taken GROUP BY action_id")?;
        let rows = statement.query_map([], |row| Ok((ActionId(row.get(0)?), row.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The language the person chose, if any (`vault::language` keeps its file in step).
    pub fn locale(&self) -> Result<Option<&'static Locale>, Error> {
        match self.setting::<String>(LOCALE_KEY)? {
            None => Ok(None),
            Some(tag) => Locale::find(&tag).map(Some).ok_or(Error::Damaged {
                what: "saved settings",
            }),
        }
    }

    pub(crate) fn set_locale(&mut self, locale: &Locale) -> Result<(), Error> {
        self.set_setting(LOCALE_KEY, locale.tag)
    }

    /// The words of the language the person chose (English if none was), for what the core
    /// writes itself: a backup's README, the exported journal.
    pub fn words(&self) -> Result<&'static Content, Error> {
        let locale = self.locale()?.unwrap_or_else(Locale::english);
        locale.content().map_err(|e| Error::Content(e.clone()))
    }

    /// How long "Later" on a reminder's notification waits, in minutes.
    pub fn snooze_minutes(&self) -> Result<u32, Error> {
        Ok(self.setting(SNOOZE_KEY)?.unwrap_or(SNOOZE_DEFAULT_MINUTES))
    }

    /// Sets how long "Later" waits: 5 minutes to a day ([`SNOOZE_MINUTES`]).
    pub fn set_snooze_minutes(&mut self, minutes: u32) -> Result<(), Error> {
        if !SNOOZE_MINUTES.contains(&minutes) {
            return Err(Error::invalid("\"Later\" waits from 5 minutes to a day"));
        }
        self.set_setting(SNOOZE_KEY, minutes)
    }

    /// Whether Home puts care for on your own first, for someone who usually checks in on
    /// their own: off unless turned on.
    pub fn solo_first(&self) -> Result<bool, Error> {
        self.flag_or(SOLO_FIRST_KEY, false)
    }

    /// Turns "care for on my own first" on or off.
    pub fn set_solo_first(&mut self, on: bool) -> Result<(), Error> {
        self.set_setting(SOLO_FIRST_KEY, u32::from(on))
    }

    /// Whether the app offers shortcuts to care outside itself (the tray's menu on a desktop,
    /// the app's icon on Android): off unless turned on.
    pub fn care_shortcuts(&self) -> Result<bool, Error> {
        self.flag_or(SHORTCUTS_KEY, false)
    }

    /// Turns the shortcuts to care on or off.
    pub fn set_care_shortcuts(&mut self, on: bool) -> Result<(), Error> {
        self.set_setting(SHORTCUTS_KEY, u32::from(on))
    }

    /// Whether the breathing exercise guides with vibration (phones): off unless turned on.
    pub fn haptic_breathing(&self) -> Result<bool, Error> {
        self.flag_or(HAPTIC_BREATHING_KEY, false)
    }

    /// Turns the breathing exercise's vibration on or off.
    pub fn set_haptic_breathing(&mut self, on: bool) -> Result<(), Error> {
        self.set_setting(HAPTIC_BREATHING_KEY, u32::from(on))
    }

    /// A yes-or-no setting, on by default.
    fn flag(&self, key: &str) -> Result<bool, Error> {
        self.flag_or(key, true)
    }

    /// A yes-or-no setting, `default` until set; stored as 1 or 0, anything else is damage.
    fn flag_or(&self, key: &str, default: bool) -> Result<bool, Error> {
        match self.setting::<u32>(key)? {
            None => Ok(default),
            Some(1) => Ok(true),
            Some(0) => Ok(false),
            Some(_) => Err(Error::Damaged {
                what: "saved settings",
            }),
        }
    }

    pub(super) fn setting<T: std::str::FromStr>(&self, key: &str) -> Result<Option<T>, Error> {
        let value: Option<String> = self
            .conn
            .prepare_cached("SELECT value FROM setting WHERE key = ?1")?
            .query_row([key], |row| row.get(0))
            .optional()?;
        value
            .map(|v| {
                v.parse().map_err(|_| Error::Damaged {
                    what: "saved settings",
                })
            })
            .transpose()
    }

    pub(super) fn set_setting(&mut self, key: &str, value: impl ToString) -> Result<(), Error> {
        self.conn
            .prepare_cached(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )?
            .execute(params![key, value.to_string()])?;
        Ok(())
    }
}
