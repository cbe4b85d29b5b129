//! Thin commands: decode the arguments, call the core, map the error. No SQL, crypto or
//! business rules here. Each command runs its work on a blocking thread (key derivation takes
//! half a second; every write waits for the disk), never on the main thread.
//!
//! The work itself is in [`ops`], plain functions of [`AppState`], so the contract tests can
//! call them without a window.

use aftercare_core::{
    card::AftercareCard,
    model::{JournalEntry, JournalId, MomentHistory, MomentId, NewCheckIn},
    reminders::Preset,
    store::Reminder,
    vault::{MergeReport, Recorded},
};
use chrono::{DateTime, Utc};
use tauri::{AppHandle, Manager};

use crate::{error::CommandError, state::AppState};

pub use ops::{CardView, EndedView, RemindersView, SettingsView, StatusView};

type Result<T> = std::result::Result<T, CommandError>;

async fn blocking<T, F>(app: AppHandle, work: F) -> Result<T>
where
    T: Send + 'static,
    F: FnOnce(&AppState) -> Result<T> + Send + 'static,
{
    tauri::async_runtime::spawn_blocking(move || work(&app.state::<AppState>()))
        .await
        .map_err(|_| CommandError::internal("a worker thread stopped"))?
}

#[tauri::command]
pub async fn content(app: AppHandle) -> Result<&'static aftercare_core::content::Content> {
    Ok(app.state::<AppState>().content)
}

#[tauri::command]
pub async fn vault_status(app: AppHandle) -> Result<StatusView> {
    blocking(app, ops::vault_status).await
}

#[tauri::command]
pub async fn set_up(app: AppHandle, passcode: String) -> Result<()> {
    blocking(app, move |s| ops::set_up(s, passcode)).await
}

#[tauri::command]
pub async fn unlock(app: AppHandle, passcode: String) -> Result<MergeReport> {
    blocking(app, move |s| ops::unlock(s, passcode)).await
}

#[tauri::command]
pub async fn lock(app: AppHandle) -> Result<()> {
    blocking(app, ops::lock).await
}

#[tauri::command]
pub async fn change_passcode(app: AppHandle, current: String, new: String) -> Result<()> {
    blocking(app, move |s| ops::change_passcode(s, current, new)).await
}

#[tauri::command]
pub async fn wipe(app: AppHandle) -> Result<()> {
    blocking(app, ops::wipe).await
}

#[tauri::command]
pub async fn record_action(app: AppHandle, action: String) -> Result<Recorded> {
    blocking(app, move |s| ops::record_action(s, &action)).await
}

#[tauri::command]
pub async fn save_check_in(app: AppHandle, check_in: NewCheckIn) -> Result<Recorded> {
    blocking(app, move |s| ops::save_check_in(s, &check_in)).await
}

#[tauri::command]
pub async fn journal_create(
    app: AppHandle,
    body: String,
    prompt: Option<String>,
    moment: Option<MomentId>,
) -> Result<JournalEntry> {
    blocking(app, move |s| {
        ops::journal_create(s, &body, prompt.as_deref(), moment)
    })
    .await
}

#[tauri::command]
pub async fn journal_get(app: AppHandle, id: JournalId) -> Result<JournalEntry> {
    blocking(app, move |s| ops::journal_get(s, id)).await
}

#[tauri::command]
pub async fn journal_edit(app: AppHandle, id: JournalId, body: String) -> Result<JournalEntry> {
    blocking(app, move |s| ops::journal_edit(s, id, &body)).await
}

#[tauri::command]
pub async fn journal_delete(app: AppHandle, id: JournalId) -> Result<()> {
    blocking(app, move |s| ops::journal_delete(s, id)).await
}

#[tauri::command]
pub async fn journal_list(app: AppHandle, limit: u32, offset: u32) -> Result<Vec<JournalEntry>> {
    blocking(app, move |s| ops::journal_list(s, limit, offset)).await
}

#[tauri::command]
pub async fn journal_search(app: AppHandle, query: String) -> Result<Vec<JournalEntry>> {
    blocking(app, move |s| ops::journal_search(s, &query)).await
}

#[tauri::command]
pub async fn history(
    app: AppHandle,
    limit: u32,
    before: Option<MomentId>,
) -> Result<Vec<MomentHistory>> {
    blocking(app, move |s| ops::history(s, limit, before)).await
}

#[tauri::command]
pub async fn end_moment(app: AppHandle, id: MomentId) -> Result<EndedView> {
    blocking(app, move |s| ops::end_moment(s, id)).await
}

#[tauri::command]
pub async fn recent_moment(app: AppHandle) -> Result<Option<MomentHistory>> {
    blocking(app, ops::recent_moment).await
}

#[tauri::command]
pub async fn delete_moment(app: AppHandle, id: MomentId) -> Result<()> {
    blocking(app, move |s| ops::delete_moment(s, id)).await
}

#[tauri::command]
pub async fn tomorrow_offer(app: AppHandle) -> Result<bool> {
    blocking(app, ops::tomorrow_offer).await
}

#[tauri::command]
pub async fn settings(app: AppHandle) -> Result<SettingsView> {
    blocking(app, ops::settings).await
}

#[tauri::command]
pub async fn update_settings(app: AppHandle, changes: SettingsView) -> Result<SettingsView> {
    blocking(app, move |s| ops::update_settings(s, changes)).await
}

#[tauri::command]
pub async fn set_reminder(
    app: AppHandle,
    preset: Preset,
    custom: Option<DateTime<Utc>>,
) -> Result<Reminder> {
    blocking(app, move |s| ops::set_reminder(s, preset, custom)).await
}

#[tauri::command]
pub async fn reminders(app: AppHandle) -> Result<RemindersView> {
    blocking(app, ops::reminders).await
}

#[tauri::command]
pub async fn cancel_reminder(app: AppHandle, id: i64) -> Result<()> {
    blocking(app, move |s| ops::cancel_reminder(s, id)).await
}

#[tauri::command]
pub async fn snooze_reminder(app: AppHandle, id: i64, minutes: u32) -> Result<()> {
    blocking(app, move |s| ops::snooze_reminder(s, id, minutes)).await
}

#[tauri::command]
pub async fn set_reminder_wording(app: AppHandle, wording: String) -> Result<()> {
    blocking(app, move |s| ops::set_reminder_wording(s, &wording)).await
}

#[tauri::command]
pub async fn card(app: AppHandle) -> Result<CardView> {
    blocking(app, ops::card).await
}

#[tauri::command]
pub async fn save_card(app: AppHandle, card: AftercareCard) -> Result<CardView> {
    blocking(app, move |s| ops::save_card(s, &card)).await
}

#[tauri::command]
pub async fn export_card_image(app: AppHandle) -> Result<String> {
    blocking(app, ops::export_card_image).await
}

/// The work of each command, without Tauri.
pub mod ops {
    use aftercare_core::{
        card::AftercareCard,
        content::ActionId,
        model::{JournalEntry, JournalId, Moment, MomentHistory, MomentId, NewCheckIn},
        reminders::{self, Preset, ReminderHours},
        store::{Reminder, ReminderState},
        vault::{MergeReport, Passcode, Recorded, VaultStatus},
        Error,
    };
    use chrono::{DateTime, Utc};
    use serde::Serialize;

    use super::Result;
    use crate::{clock, state::AppState};

    /// The most rows one call returns, so a page can never be unbounded.
    const MAX_PAGE: u32 = 200;

    #[derive(Debug, Clone, Serialize)]
    pub struct StatusView {
        pub status: VaultStatus,
        pub failed_attempts: u32,
        /// A reminder was shown since the last unlock: the app opens on the check-in.
        pub reminder_shown: bool,
    }

    /// The card, and its text as it is shared.
    #[derive(Debug, Clone, Serialize)]
    pub struct CardView {
        pub card: AftercareCard,
        pub text: String,
    }

    pub fn card(state: &AppState) -> Result<CardView> {
        let card = state.vault()?.store()?.card()?;
        let text = card.to_text(state.content);
        Ok(CardView { card, text })
    }

    pub fn save_card(state: &AppState, card: &AftercareCard) -> Result<CardView> {
        card.validate(state.content)?;
        state.vault()?.store()?.save_card(card)?;
        self::card(state)
    }

    /// Writes the card as an image (its text, and a QR code of it) to the export folder (the
    /// Downloads folder, or `AFTERCARE_EXPORT_DIR`) and returns its path. Only ever on the
    /// person's explicit tap.
    pub fn export_card_image(state: &AppState) -> Result<String> {
        let text = self::card(state)?.text;
        let caption = state
            .content
            .string("my_card.image_caption")
            .unwrap_or_default();
        let png = aftercare_core::card::card_png(&text, caption)?;
        let dir = state.export_dir.as_ref().ok_or(Error::NotFound {
            what: "folder to save images in",
        })?;
        std::fs::create_dir_all(dir).map_err(|source| Error::Io {
            what: "export folder",
            source,
        })?;
        let path = dir.join("aftercare-card.png");
        std::fs::write(&path, png).map_err(|source| Error::Io {
            what: "card image",
            source,
        })?;
        Ok(path.display().to_string())
    }

    /// The pending reminders and the chosen wording.
    #[derive(Debug, Clone, Serialize)]
    pub struct RemindersView {
        pub pending: Vec<Reminder>,
        pub wording: String,
    }

    /// "About an hour" from now, shortened by `AFTERCARE_TEST_REMINDER_SECONDS` in debug builds
    /// only, so the end-to-end journeys need not wait an hour. Release builds ignore it.
    fn test_delay() -> Option<chrono::Duration> {
        if !cfg!(debug_assertions) {
            return None;
        }
        let seconds: i64 = std::env::var("AFTERCARE_TEST_REMINDER_SECONDS")
            .ok()?
            .parse()
            .ok()?;
        Some(chrono::Duration::seconds(seconds))
    }

    pub fn set_reminder(
        state: &AppState,
        preset: Preset,
        custom: Option<DateTime<Utc>>,
    ) -> Result<Reminder> {
        let now = clock::now();
        let mut vault = state.vault()?;
        let store = vault.store()?;
        // Day-later reminders count from the end of the moment just past; with none close to
        // now, from now.
        let moment = store.recent_moment(now)?;
        let moment_end = moment.as_ref().map_or(now, Moment::end);
        let due = match (preset, test_delay()) {
            (Preset::InAnHour, Some(delay)) => now + delay,
            _ => reminders::due_time(
                preset,
                custom,
                moment_end,
                now,
                clock::time_zone(),
                store.reminder_hours()?,
            )?,
        };
        let reminder = store.reminder_add(moment.map(|m| m.id), preset, due, now)?;
        vault.sync_schedule()?;
        state.wake_timer();
        Ok(reminder)
    }

    /// A moment just ended, and whether to offer "check on me tomorrow" now.
    #[derive(Debug, Clone, Serialize)]
    pub struct EndedView {
        pub moment: Moment,
        pub offer_tomorrow: bool,
    }

    pub fn end_moment(state: &AppState, id: MomentId) -> Result<EndedView> {
        let now = clock::now();
        let mut vault = state.vault()?;
        let store = vault.store()?;
        let moment = store.end_moment(id, now)?;
        let offer_tomorrow = store.offers_check_tomorrow(now)?;
        Ok(EndedView {
            moment,
            offer_tomorrow,
        })
    }

    pub fn recent_moment(state: &AppState) -> Result<Option<MomentHistory>> {
        Ok(state
            .vault()?
            .store()?
            .recent_moment_history(clock::now())?)
    }

    pub fn delete_moment(state: &AppState, id: MomentId) -> Result<()> {
        Ok(state.vault()?.store()?.delete_moment(id)?)
    }

    /// Whether to offer "check on me tomorrow" now (after a check-in, say). Locked: no.
    pub fn tomorrow_offer(state: &AppState) -> Result<bool> {
        let mut vault = state.vault()?;
        if vault.status() != VaultStatus::Unlocked {
            return Ok(false);
        }
        Ok(vault.store()?.offers_check_tomorrow(clock::now())?)
    }

    pub fn reminders(state: &AppState) -> Result<RemindersView> {
        let mut vault = state.vault()?;
        let wording = vault.schedule().wording;
        let pending = vault.store()?.reminders_pending()?;
        Ok(RemindersView { pending, wording })
    }

    pub fn cancel_reminder(state: &AppState, id: i64) -> Result<()> {
        let mut vault = state.vault()?;
        vault
            .store()?
            .reminder_set_state(id, ReminderState::Cancelled)?;
        vault.sync_schedule()?;
        state.wake_timer();
        Ok(())
    }

    pub fn snooze_reminder(state: &AppState, id: i64, minutes: u32) -> Result<()> {
        let until = reminders::snoozed_until(clock::now(), minutes)?;
        let mut vault = state.vault()?;
        vault.store()?.reminder_snooze(id, until)?;
        vault.sync_schedule()?;
        state.wake_timer();
        Ok(())
    }

    pub fn set_reminder_wording(state: &AppState, wording: &str) -> Result<()> {
        if !state
            .content
            .reminder_wordings
            .iter()
            .any(|w| w.id.as_str() == wording)
        {
            return Err(Error::NotFound {
                what: "reminder wording",
            }
            .into());
        }
        let vault = state.vault()?;
        if vault.status() != VaultStatus::Unlocked {
            return Err(Error::Locked.into());
        }
        let mut schedule = vault.schedule();
        schedule.wording = wording.to_owned();
        Ok(vault.save_schedule(&schedule)?)
    }

    /// The settings kept in the encrypted store.
    #[derive(Debug, Clone, Serialize, serde::Deserialize)]
    pub struct SettingsView {
        pub auto_lock_minutes: u32,
        pub moment_window_minutes: u32,
        /// The hour of "tomorrow morning" reminders, 0–23 local time.
        pub morning_hour: u32,
        /// The hour of "tonight" reminders.
        pub evening_hour: u32,
    }

    pub fn settings(state: &AppState) -> Result<SettingsView> {
        let mut vault = state.vault()?;
        let store = vault.store()?;
        let hours = store.reminder_hours()?;
        Ok(SettingsView {
            auto_lock_minutes: store.auto_lock_minutes()?,
            moment_window_minutes: store.moment_window_minutes()?,
            morning_hour: hours.morning,
            evening_hour: hours.evening,
        })
    }

    pub fn update_settings(state: &AppState, changes: SettingsView) -> Result<SettingsView> {
        {
            let mut vault = state.vault()?;
            let store = vault.store()?;
            store.set_auto_lock_minutes(changes.auto_lock_minutes)?;
            store.set_moment_window_minutes(changes.moment_window_minutes)?;
            store.set_reminder_hours(ReminderHours {
                morning: changes.morning_hour,
                evening: changes.evening_hour,
            })?;
        }
        settings(state)
    }

    pub fn vault_status(state: &AppState) -> Result<StatusView> {
        let vault = state.vault()?;
        Ok(StatusView {
            status: vault.status(),
            failed_attempts: vault.failed_attempts(),
            reminder_shown: !vault.schedule().shown.is_empty(),
        })
    }

    pub fn set_up(state: &AppState, passcode: String) -> Result<()> {
        Ok(state
            .vault()?
            .set_up(&Passcode::new(passcode), state.kdf, &mut clock::rng())?)
    }

    pub fn unlock(state: &AppState, passcode: String) -> Result<MergeReport> {
        Ok(state
            .vault()?
            .unlock(&Passcode::new(passcode), clock::now())?)
    }

    pub fn lock(state: &AppState) -> Result<()> {
        state.vault()?.lock();
        Ok(())
    }

    pub fn change_passcode(state: &AppState, current: String, new: String) -> Result<()> {
        let (current, new) = (Passcode::new(current), Passcode::new(new));
        Ok(state.vault()?.change_passcode(
            &current,
            &new,
            state.kdf,
            clock::now(),
            &mut clock::rng(),
        )?)
    }

    pub fn wipe(state: &AppState) -> Result<()> {
        state.vault()?.wipe()?;
        state.wake_timer();
        Ok(())
    }

    pub fn record_action(state: &AppState, action: &str) -> Result<Recorded> {
        let action = state
            .content
            .action(action)
            .ok_or(Error::NotFound { what: "action" })?;
        let id: &ActionId = &action.id;
        Ok(state
            .vault()?
            .record_action(id, clock::now(), &mut clock::rng())?)
    }

    pub fn save_check_in(state: &AppState, check_in: &NewCheckIn) -> Result<Recorded> {
        check_in.validate(state.content)?;
        Ok(state
            .vault()?
            .save_check_in(check_in, clock::now(), &mut clock::rng())?)
    }

    pub fn journal_create(
        state: &AppState,
        body: &str,
        prompt: Option<&str>,
        moment: Option<MomentId>,
    ) -> Result<JournalEntry> {
        if let Some(prompt) = prompt {
            state
                .content
                .string(prompt)
                .ok_or(Error::NotFound { what: "prompt" })?;
        }
        Ok(state
            .vault()?
            .store()?
            .journal_create(body, prompt, moment, clock::now())?)
    }

    pub fn journal_get(state: &AppState, id: JournalId) -> Result<JournalEntry> {
        Ok(state.vault()?.store()?.journal_get(id)?)
    }

    pub fn journal_edit(state: &AppState, id: JournalId, body: &str) -> Result<JournalEntry> {
        Ok(state
            .vault()?
            .store()?
            .journal_edit(id, body, clock::now())?)
    }

    pub fn journal_delete(state: &AppState, id: JournalId) -> Result<()> {
        Ok(state.vault()?.store()?.journal_delete(id)?)
    }

    pub fn journal_list(state: &AppState, limit: u32, offset: u32) -> Result<Vec<JournalEntry>> {
        Ok(state
            .vault()?
            .store()?
            .journal_list(limit.min(MAX_PAGE), offset)?)
    }

    pub fn journal_search(state: &AppState, query: &str) -> Result<Vec<JournalEntry>> {
        Ok(state.vault()?.store()?.journal_search(query, MAX_PAGE)?)
    }

    pub fn history(
        state: &AppState,
        limit: u32,
        before: Option<MomentId>,
    ) -> Result<Vec<MomentHistory>> {
        Ok(state
            .vault()?
            .store()?
            .history(limit.min(MAX_PAGE), before)?)
    }
}

#[cfg(test)]
mod tests;
