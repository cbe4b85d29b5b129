use std::{collections::BTreeMap, fs, path::Path};

#[path = "build/one_script.rs"]
mod one_script;

fn main() {
    page();
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

/// The page the app embeds, in `OUT_DIR/ui`: `ui/` as it is but for `js/`, which holds one
/// script, `js/main.js`, made from the modules of `ui/js/` (`build/one_script.rs`), so that the
/// page loads one file instead of 29 (docs/performance.md, "7 December 2026, night: one
/// script"). Debug and release builds both embed it, so the journeys test what ships.
/// `tauri::generate_context!` is pointed at it through `TAURI_CONFIG`, merged into
/// `tauri.conf.json`, whose `frontendDist` stays `../ui`: the source, what the Tauri CLI checks.
#[allow(
    clippy::disallowed_methods,
    reason = "a build script is told its output folder by Cargo, and any configuration the \
              Tauri CLI merges, through the environment"
)]
fn page() {
    println!("cargo:rerun-if-changed=../ui");
    let ui = Path::new("../ui");
    let out = Path::new(&std::env::var_os("OUT_DIR").expect("Cargo sets OUT_DIR")).join("ui");
    if out.exists() {
        fs::remove_dir_all(&out).expect("the last build's page can be removed");
    }
    copy_all_but_scripts(ui, &out);

    let mut modules = BTreeMap::new();
    for entry in fs::read_dir(ui.join("js")).expect("ui/js lists") {
        let path = entry.expect("a directory entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name.ends_with(".js") {
            let text = fs::read_to_string(&path).expect("a module of ui/js reads as text");
            modules.insert(name.to_owned(), text);
        }
    }
    let script = one_script::bundle(&modules, "main.js").unwrap_or_else(|error| {
        panic!("the page's one script cannot be made: {error}");
    });
    fs::create_dir_all(out.join("js")).expect("OUT_DIR/ui/js can be made");
    fs::write(out.join("js/main.js"), script).expect("the one script can be written");

    let mut config: serde_json::Value = std::env::var("TAURI_CONFIG")
        .ok()
        .filter(|text| !text.trim().is_empty())
        .map(|text| serde_json::from_str(&text).expect("TAURI_CONFIG is JSON"))
        .unwrap_or_else(|| serde_json::json!({}));
    config["build"]["frontendDist"] = out.to_str().expect("OUT_DIR is UTF-8").into();
    println!("cargo:rustc-env=TAURI_CONFIG={config}");
}

/// Copies `from` into `to`, every file and folder but `from/js`.
fn copy_all_but_scripts(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("OUT_DIR/ui can be made");
    for entry in fs::read_dir(from).expect("ui/ lists") {
        let entry = entry.expect("a directory entry");
        let path = entry.path();
        if path == Path::new("../ui/js") {
            continue;
        }
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_all_but_scripts(&path, &target);
        } else {
            fs::copy(&path, &target).expect("a file of ui/ can be copied");
        }
    }
}
