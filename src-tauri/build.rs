fn main() {
    // Declaring the app's own commands makes them subject to capabilities: a command not granted
    // in `capabilities/` cannot be invoked from the web view.
    let commands = tauri_build::AppManifest::new().commands(&[
        "content",
        "rules",
        "vault_status",
        "set_up",
        "unlock",
        "lock",
        "still_here",
        "change_passcode",
        "wipe",
        "record_action",
        "undo_tap",
        "save_check_in",
        "journal_create",
        "journal_get",
        "journal_edit",
        "journal_delete",
        "journal_list",
        "journal_search",
        "history",
        "end_moment",
        "recent_moment",
        "delete_moment",
        "check_tomorrow_offer",
        "decline_check_tomorrow",
        "settings",
        "update_settings",
        "set_reminder",
        "reminders",
        "cancel_reminder",
        "snooze_reminder",
        "set_reminder_wording",
        "card",
        "save_card",
        "export_card_image",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(commands))
        .expect("tauri build step failed");
}
