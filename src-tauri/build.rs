fn main() {
    // Declaring the app's own commands makes them subject to capabilities: a command not granted
    // in `capabilities/` cannot be invoked from the web view.
    let commands = tauri_build::AppManifest::new().commands(&[
        "content",
        "rules",
        "vault_status",
        "set_up",
        "unlock",
        "unlock_with_biometric",
        "set_biometric_unlock",
        "lock",
        "still_here",
        "ready_to_lock",
        "change_passcode",
        "wipe",
        "record_care",
        "undo_care",
        "breathing_cue",
        "take_shortcut",
        "share_text",
        "save_check_in",
        "create_journal_entry",
        "journal_entry",
        "edit_journal_entry",
        "delete_journal_entry",
        "journal_entries",
        "journal_search",
        "history",
        "insights",
        "end_moment",
        "recent_moment",
        "delete_moment",
        "check_tomorrow_offer",
        "decline_check_tomorrow",
        "settings",
        "update_settings",
        "set_locale",
        "set_reminder",
        "plan_follow_ups",
        "reminders",
        "cancel_reminder",
        "snooze_reminder",
        "set_reminder_wording",
        "card",
        "save_card",
        "export_card_image",
        "people",
        "add_person",
        "remove_person",
        "set_person_reachable",
        "locked_people",
        "back_up",
        "work_progress",
        "backups",
        "restore_backup",
        "auto_delete",
        "auto_delete_count",
        "set_auto_delete",
        "export_journal",
        "own_tiles",
        "add_own_tile",
        "edit_own_tile",
        "delete_own_tile",
        "locked_tiles",
        "their_cards",
        "their_card",
        "read_their_card_text",
        "read_their_card_image",
        "add_their_card",
        "rename_their_card",
        "delete_their_card",
        "check_in_moment",
        "note_their_answer",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(commands))
        .expect("tauri build step failed");
    link_small();
}

/// Linux (glibc): the program's relative relocations packed (`DT_RELR`, glibc 2.36 and later;
/// the loader of an older one refuses the program by name, `GLIBC_ABI_DT_RELR`): 24 bytes each
/// unpacked, about a bit each packed, and the addresses still randomised.
/// A release build also leaves the linker's map beside it (`OUT_DIR/aftercare.map`), from which
/// `cargo xtask bench` counts what each crate costs the binary. See docs/performance.md.
#[allow(
    clippy::disallowed_methods,
    reason = "a build script is told its target and profile by Cargo, through the environment"
)]
fn link_small() {
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") != "linux" || var("CARGO_CFG_TARGET_ENV") != "gnu" {
        return;
    }
    println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    if var("PROFILE") == "release" {
        let map = std::path::Path::new(&var("OUT_DIR")).join("aftercare.map");
        println!("cargo:rustc-link-arg-bins=-Wl,-Map={}", map.display());
    }
}
