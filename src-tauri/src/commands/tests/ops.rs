//! The calls of `ui/js/ipc.js`, by the same names and with the same argument objects: each
//! goes through [`crate::commands::run`], which decodes it as the app does.

use aftercare_core::{
    card::AftercareCard,
    model::{JournalId, MomentId, NewCheckIn},
    reminders::Preset,
};
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use crate::{commands::Given, error::CommandError, state::AppState};
pub use aftercare_core::api::settings::Settings as SettingsView;

type Result<T = Value> = std::result::Result<T, CommandError>;

fn call<T: DeserializeOwned>(app: &AppState, command: &str, args: Value) -> Result<T> {
    let value = crate::commands::run(app, &mut Given::at(super::tick()), command, args).0?;
    Ok(serde_json::from_value(value).expect("the result decodes"))
}

pub fn vault_status(app: &AppState) -> Result {
    call(app, "vault_status", json!({}))
}
pub fn set_up(app: &AppState, passcode: String) -> Result {
    call(app, "set_up", json!({ "passcode": passcode }))
}
pub fn unlock(app: &AppState, passcode: String) -> Result {
    call(app, "unlock", json!({ "passcode": passcode }))
}
pub fn unlock_with_biometric(app: &AppState) -> Result {
    call(app, "unlock_with_biometric", json!({}))
}
pub fn set_biometric_unlock(app: &AppState, on: bool, passcode: Option<&str>) -> Result {
    call(
        app,
        "set_biometric_unlock",
        json!({ "on": on, "passcode": passcode }),
    )
}
pub fn share_text(app: &AppState, text: &str) -> Result {
    call(app, "share_text", json!({ "text": text }))
}
pub fn take_shortcut(app: &AppState) -> Result {
    call(app, "take_shortcut", json!({}))
}
pub fn breathing_cue(app: &AppState, cue: &str) -> Result {
    call(app, "breathing_cue", json!({ "cue": cue }))
}
pub fn rules(app: &AppState) -> Result {
    call(app, "rules", json!({}))
}
pub fn lock(app: &AppState) -> Result {
    call(app, "lock", json!({}))
}
pub fn still_here(app: &AppState) -> Result {
    call(app, "still_here", json!({}))
}
pub fn ready_to_lock(app: &AppState) -> Result {
    call(app, "ready_to_lock", json!({}))
}
pub fn change_passcode(app: &AppState, current: String, new: String) -> Result {
    call(
        app,
        "change_passcode",
        json!({ "current": current, "new": new, "rekey": false }),
    )
}
pub fn change_passcode_and_rekey(app: &AppState, current: String, new: String) -> Result {
    call(
        app,
        "change_passcode",
        json!({ "current": current, "new": new, "rekey": true }),
    )
}
pub fn wipe(app: &AppState, confirmation: Option<&str>) -> Result {
    call(app, "wipe", json!({ "confirmation": confirmation }))
}
pub fn record_care(app: &AppState, action: &str) -> Result {
    call(app, "record_care", json!({ "action": action }))
}

pub fn undo_care(app: &AppState, care: serde_json::Value) -> Result {
    call(app, "undo_care", json!({ "care": care }))
}
pub fn save_check_in(app: &AppState, check_in: &NewCheckIn) -> Result {
    call(app, "save_check_in", json!({ "checkIn": check_in }))
}
pub fn create_journal_entry(
    app: &AppState,
    body: &str,
    prompt: Option<&str>,
    moment: Option<MomentId>,
) -> Result {
    let args = json!({ "body": body, "prompt": prompt, "moment": moment });
    call(app, "create_journal_entry", args)
}
pub fn edit_journal_entry(app: &AppState, id: JournalId, body: &str) -> Result {
    call(app, "edit_journal_entry", json!({ "id": id, "body": body }))
}
pub fn delete_journal_entry(app: &AppState, id: JournalId) -> Result {
    call(app, "delete_journal_entry", json!({ "id": id }))
}
pub fn journal_entries(app: &AppState, limit: u32, offset: u32) -> Result {
    call(
        app,
        "journal_entries",
        json!({ "limit": limit, "offset": offset }),
    )
}
pub fn journal_search(app: &AppState, query: &str) -> Result {
    call(app, "journal_search", json!({ "query": query }))
}
pub fn insights(app: &AppState) -> Result {
    call(app, "insights", json!({}))
}
pub fn history(app: &AppState, limit: u32, before: Option<MomentId>) -> Result {
    call(app, "history", json!({ "limit": limit, "before": before }))
}
pub fn end_moment(app: &AppState, id: MomentId) -> Result {
    call(app, "end_moment", json!({ "id": id }))
}
pub fn delete_moment(app: &AppState, id: MomentId) -> Result {
    call(app, "delete_moment", json!({ "id": id }))
}
pub fn check_tomorrow_offer(app: &AppState) -> Result<bool> {
    call(app, "check_tomorrow_offer", json!({}))
}
pub fn decline_check_tomorrow(app: &AppState) -> Result {
    call(app, "decline_check_tomorrow", json!({}))
}
pub fn settings(app: &AppState) -> Result {
    call(app, "settings", json!({}))
}
pub fn content(app: &AppState) -> Result {
    call(app, "content", json!({}))
}
pub fn set_locale(app: &AppState, tag: &str) -> Result {
    call(app, "set_locale", json!({ "tag": tag }))
}
pub fn update_settings(app: &AppState, changes: SettingsView) -> Result {
    call(app, "update_settings", json!({ "changes": changes }))
}
pub fn set_reminder(app: &AppState, preset: Preset, custom: Option<DateTime<Utc>>) -> Result {
    call(
        app,
        "set_reminder",
        json!({ "preset": preset, "custom": custom }),
    )
}
pub fn plan_follow_ups(app: &AppState) -> Result<Vec<DateTime<Utc>>> {
    call(app, "plan_follow_ups", json!({}))
}
pub fn reminders(app: &AppState) -> Result {
    call(app, "reminders", json!({}))
}
pub fn cancel_reminder(app: &AppState, id: i64) -> Result {
    call(app, "cancel_reminder", json!({ "id": id }))
}
pub fn snooze_reminder(app: &AppState, id: i64, minutes: u32) -> Result {
    call(
        app,
        "snooze_reminder",
        json!({ "id": id, "minutes": minutes }),
    )
}
pub fn set_reminder_wording(app: &AppState, wording: &str) -> Result {
    call(app, "set_reminder_wording", json!({ "wording": wording }))
}
pub fn card(app: &AppState) -> Result {
    call(app, "card", json!({}))
}
pub fn save_card(app: &AppState, card: &AftercareCard) -> Result {
    call(app, "save_card", json!({ "card": card }))
}
pub fn export_card_image(app: &AppState) -> Result<String> {
    call(app, "export_card_image", json!({}))
}
pub fn people(app: &AppState) -> Result {
    call(app, "people", json!({}))
}
pub fn add_person(app: &AppState, name: &str, number: &str) -> Result {
    call(
        app,
        "add_person",
        json!({ "person": { "name": name, "number": number } }),
    )
}
pub fn add_reachable_person(app: &AppState, name: &str, number: &str) -> Result {
    call(
        app,
        "add_person",
        json!({ "person": { "name": name, "number": number, "reachable_locked": true } }),
    )
}
pub fn set_person_reachable(app: &AppState, id: i64, reachable: bool) -> Result {
    call(
        app,
        "set_person_reachable",
        json!({ "id": id, "reachable": reachable }),
    )
}
pub fn remove_person(app: &AppState, id: i64) -> Result {
    call(app, "remove_person", json!({ "id": id }))
}
pub fn locked_people(app: &AppState) -> Result {
    call(app, "locked_people", json!({}))
}
pub fn back_up(app: &AppState, passphrase: &str) -> Result {
    call(app, "back_up", json!({ "passphrase": passphrase }))
}
pub fn work_progress(app: &AppState) -> Result {
    call(app, "work_progress", json!({}))
}
pub fn backups(app: &AppState) -> Result {
    call(app, "backups", json!({}))
}
pub fn restore_backup(app: &AppState, file: &str, passphrase: &str) -> Result {
    call(
        app,
        "restore_backup",
        json!({ "file": file, "passphrase": passphrase }),
    )
}
pub fn auto_delete(app: &AppState) -> Result {
    call(app, "auto_delete", json!({}))
}
pub fn auto_delete_count(app: &AppState, choice: Value) -> Result {
    call(app, "auto_delete_count", json!({ "choice": choice }))
}
pub fn set_auto_delete(app: &AppState, choice: Value) -> Result {
    call(app, "set_auto_delete", json!({ "choice": choice }))
}
pub fn export_journal(
    app: &AppState,
    passphrase: Option<&str>,
    plain: bool,
    passcode: Option<&str>,
) -> Result<String> {
    call(
        app,
        "export_journal",
        json!({ "passphrase": passphrase, "plain": plain, "passcode": passcode }),
    )
}
pub fn own_tiles(app: &AppState) -> Result {
    call(app, "own_tiles", json!({}))
}
pub fn add_own_tile(app: &AppState, tile: Value) -> Result {
    call(app, "add_own_tile", json!({ "tile": tile }))
}
pub fn edit_own_tile(app: &AppState, id: &str, tile: Value) -> Result {
    call(app, "edit_own_tile", json!({ "id": id, "tile": tile }))
}
pub fn delete_own_tile(app: &AppState, id: &str) -> Result {
    call(app, "delete_own_tile", json!({ "id": id }))
}
pub fn locked_tiles(app: &AppState) -> Result {
    call(app, "locked_tiles", json!({}))
}

pub fn their_cards(app: &AppState) -> Result {
    call(app, "their_cards", json!({}))
}
pub fn their_card(app: &AppState, id: i64) -> Result {
    call(app, "their_card", json!({ "id": id }))
}
pub fn read_their_card_text(app: &AppState, text: &str) -> Result {
    call(app, "read_their_card_text", json!({ "text": text }))
}
pub fn read_their_card_image(app: &AppState, image: &str) -> Result {
    call(app, "read_their_card_image", json!({ "image": image }))
}
pub fn add_their_card(app: &AppState, name: &str, card: Value) -> Result {
    call(app, "add_their_card", json!({ "name": name, "card": card }))
}
pub fn rename_their_card(app: &AppState, id: i64, name: &str) -> Result {
    call(app, "rename_their_card", json!({ "id": id, "name": name }))
}
pub fn delete_their_card(app: &AppState, id: i64) -> Result {
    call(app, "delete_their_card", json!({ "id": id }))
}
pub fn check_in_moment(app: &AppState, id: Option<i64>) -> Result {
    call(app, "check_in_moment", json!({ "id": id }))
}
pub fn note_their_answer(app: &AppState, moment: i64, answer: Value) -> Result {
    call(
        app,
        "note_their_answer",
        json!({ "moment": moment, "answer": answer }),
    )
}
