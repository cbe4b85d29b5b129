//! Shortcuts to care from outside the app: the first care of Home (`Content::shortcuts`),
//! offered once the person chose it in Settings, in the tray's menu on a desktop (`tray.rs`)
//! and among the app icon's shortcuts on Android (touch and hold the icon), each in discreet
//! words while discretion is on. A shortcut chosen on Android opens the app with the address
//! [`address`] gives (`aftercare:care/<id>`), which Tauri hands over as `RunEvent::Opened`
//! whether the app was running or not; the shell keeps the care ([`opened`]) and tells the
//! page, which opens that care's card as a tap on Home's tile does, and so records it (sealed
//! while locked). iOS could hand over the same address from its home-screen quick actions
//! (docs/mobile.md).
//!
//! What is offered is read from the encrypted settings at set-up, unlock and each change of
//! settings or tiles ([`CHANGED_BY`]). Android keeps the icon's shortcuts itself, across
//! restarts, until they are changed or wipe removes them.

use aftercare_core::content::{ActionId, Shortcut};

use crate::state::AppState;

/// How a shortcut's address starts; the care's id follows.
const ADDRESS: &str = "aftercare:care/";

/// The commands after which the shortcuts may be others.
pub const CHANGED_BY: &[&str] = &[
    "set_up",
    "unlock",
    "unlock_with_biometric",
    "update_settings",
    "set_locale",
    "wipe",
    "add_own_tile",
    "edit_own_tile",
    "delete_own_tile",
    "restore_backup",
];

/// What the settings ask to offer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Chosen {
    pub care: Vec<Shortcut>,
    pub discreet: bool,
}

/// What the settings ask to offer, if they can be read: nothing before set-up and after
/// wipe (discreet, as the defaults are); `None` while locked (what is offered stays as it is).
pub fn chosen(state: &AppState) -> Option<Chosen> {
    use aftercare_core::vault::VaultStatus;
    let vault = state.vault();
    match vault.status() {
        VaultStatus::Unlocked => {}
        VaultStatus::Locked => return None,
        VaultStatus::NotSetUp | VaultStatus::Unfinished => {
            return Some(Chosen {
                care: Vec::new(),
                discreet: true,
            })
        }
    }
    let locked_tiles: Vec<(ActionId, String)> = vault
        .locked_tiles()
        .into_iter()
        .map(|tile| (tile.id, tile.title))
        .collect();
    let store = vault.store().ok()?;
    let discreet = store.discreet().ok()?;
    if !store.care_shortcuts().ok()? {
        return Some(Chosen {
            care: Vec::new(),
            discreet,
        });
    }
    let layout = store.home_layout().ok()?;
    let care_counts = store.care_counts().ok()?;
    let own: Vec<ActionId> = store.own_tiles().ok()?.into_iter().map(|t| t.id).collect();
    let order = state.content().shown_order(&layout, &care_counts, &own);
    Some(Chosen {
        care: state.content().shortcuts(&order, &locked_tiles, discreet),
        discreet,
    })
}

/// The address a shortcut to `care` opens the app with.
#[cfg_attr(
    not(target_os = "android"),
    allow(
        dead_code,
        reason = "only Android publishes shortcuts; the round trip is tested here"
    )
)]
pub fn address(care: &ActionId) -> String {
    format!("{ADDRESS}{}", care.as_str())
}

/// The care an address opened the app with names, if it is a shortcut's: our scheme, and an
/// id of the shape ids have (lowercase letters, digits and dashes; at most 64). Whether the
/// content or the vault knows it is checked when it is recorded, as a tap on Home is.
#[cfg_attr(
    desktop,
    allow(
        dead_code,
        reason = "a phone's shortcut opens the app; the rule is tested here"
    )
)]
pub fn care_in(address: &str) -> Option<ActionId> {
    let id = address.strip_prefix(ADDRESS)?;
    let fits = (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    fits.then(|| ActionId(id.to_owned()))
}

/// The app was opened at `addresses` (a phone's shortcut, on a cold start or while running):
/// the care a shortcut names is kept for the page to take (`take_shortcut`), which is told.
#[cfg(mobile)]
pub fn opened<R: tauri::Runtime>(app: &tauri::AppHandle<R>, addresses: &[tauri::Url]) {
    use tauri::{Emitter, Manager};
    let Some(care) = addresses.iter().find_map(|a| care_in(a.as_str())) else {
        return;
    };
    if let Some(state) = app.try_state::<AppState>() {
        state.keep_shortcut(care);
        let _ = app.emit("shortcut-taken", ());
    }
}

/// Android: the app icon's shortcuts, published through the `ShortcutManager` over JNI, each
/// opening the app's own activity at its [`address`]. Type-checked for Android
/// (`cargo xtask mobile-check`); running it needs a phone (docs/mobile.md).
#[cfg(target_os = "android")]
pub mod android {
    use jni::{
        objects::{JObject, JValue},
        JNIEnv,
    };
    use tauri::{AppHandle, Manager, Runtime};

    use super::{address, chosen, Chosen};
    use crate::state::AppState;

    /// `Context.SHORTCUT_SERVICE`.
    const SHORTCUT_SERVICE: &str = "shortcut";

    /// Publishes the shortcuts the settings ask for (none: removes them), if they can be read.
    pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
        let Some(chosen) = chosen(&app.state::<AppState>()) else {
            return;
        };
        let Some(window) = app.get_webview_window(crate::window::MAIN) else {
            return;
        };
        let _ = window.with_webview(move |webview| {
            webview.jni_handle().exec(move |env, activity, _| {
                let _ = publish(env, activity, &chosen);
            });
        });
    }

    fn publish(env: &mut JNIEnv, activity: &JObject, chosen: &Chosen) -> jni::errors::Result<()> {
        let service = env.new_string(SHORTCUT_SERVICE)?;
        let manager = env
            .call_method(
                activity,
                "getSystemService",
                "(Ljava/lang/String;)Ljava/lang/Object;",
                &[JValue::Object(&service)],
            )?
            .l()?;
        if chosen.care.is_empty() {
            env.call_method(&manager, "removeAllDynamicShortcuts", "()V", &[])?;
            return Ok(());
        }
        let list = env.new_object("java/util/ArrayList", "()V", &[])?;
        let class = env
            .call_method(activity, "getClass", "()Ljava/lang/Class;", &[])?
            .l()?;
        let info = env
            .call_method(
                activity,
                "getApplicationInfo",
                "()Landroid/content/pm/ApplicationInfo;",
                &[],
            )?
            .l()?;
        let icon_id = env.get_field(&info, "icon", "I")?.i()?;
        let view = env.new_string("android.intent.action.VIEW")?;
        for care in &chosen.care {
            let text = env.new_string(address(&care.id))?;
            let uri = env
                .call_static_method(
                    "android/net/Uri",
                    "parse",
                    "(Ljava/lang/String;)Landroid/net/Uri;",
                    &[JValue::Object(&text)],
                )?
                .l()?;
            // Explicit: this app's own activity, whatever else could open such an address.
            let intent = env.new_object(
                "android/content/Intent",
                "(Ljava/lang/String;Landroid/net/Uri;Landroid/content/Context;Ljava/lang/Class;)V",
                &[
                    JValue::Object(&view),
                    JValue::Object(&uri),
                    JValue::Object(activity),
                    JValue::Object(&class),
                ],
            )?;
            let shortcut_id = env.new_string(format!("care-{}", care.id.as_str()))?;
            let builder = env.new_object(
                "android/content/pm/ShortcutInfo$Builder",
                "(Landroid/content/Context;Ljava/lang/String;)V",
                &[JValue::Object(activity), JValue::Object(&shortcut_id)],
            )?;
            let label = env.new_string(&care.label)?;
            let icon = env
                .call_static_method(
                    "android/graphics/drawable/Icon",
                    "createWithResource",
                    "(Landroid/content/Context;I)Landroid/graphics/drawable/Icon;",
                    &[JValue::Object(activity), JValue::Int(icon_id)],
                )?
                .l()?;
            let builder_type = "Landroid/content/pm/ShortcutInfo$Builder;";
            env.call_method(
                &builder,
                "setShortLabel",
                format!("(Ljava/lang/CharSequence;){builder_type}"),
                &[JValue::Object(&label)],
            )?;
            env.call_method(
                &builder,
                "setIcon",
                format!("(Landroid/graphics/drawable/Icon;){builder_type}"),
                &[JValue::Object(&icon)],
            )?;
            env.call_method(
                &builder,
                "setIntent",
                format!("(Landroid/content/Intent;){builder_type}"),
                &[JValue::Object(&intent)],
            )?;
            let shortcut = env
                .call_method(
                    &builder,
                    "build",
                    "()Landroid/content/pm/ShortcutInfo;",
                    &[],
                )?
                .l()?;
            env.call_method(
                &list,
                "add",
                "(Ljava/lang/Object;)Z",
                &[JValue::Object(&shortcut)],
            )?;
        }
        env.call_method(
            &manager,
            "setDynamicShortcuts",
            "(Ljava/util/List;)Z",
            &[JValue::Object(&list)],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tray's and the Android icon's shortcuts are made again after the commands on
    /// [`CHANGED_BY`]: each of them is a command, and every way of opening the vault is one of
    /// them (the shortcuts offer what the settings chose, readable only once unlocked).
    #[test]
    fn every_way_of_opening_the_vault_and_only_real_commands_remake_the_shortcuts() {
        let commands: Vec<&str> = crate::commands::names().collect();
        for name in CHANGED_BY {
            assert!(commands.contains(name), "`{name}` is not a command");
        }
        for name in commands
            .iter()
            .filter(|name| name.starts_with("unlock") || **name == "set_up")
        {
            assert!(
                CHANGED_BY.contains(name),
                "`{name}` opens the vault but leaves the shortcuts as they were"
            );
        }
    }

    #[test]
    fn a_shortcuts_address_names_its_care_and_nothing_else_is_taken_for_one() {
        for id in ["water", "slow-kiss", "own-0123456789abcdef"] {
            let care = ActionId(id.to_owned());
            assert_eq!(
                care_in(&address(&care)),
                Some(care),
                "{id} goes there and back"
            );
        }
        for other in [
            "aftercare:care/",
            "aftercare:care/Water",
            "aftercare:care/water/again",
            "aftercare:care/../keyslot",
            "https://example.org/care/water",
            "aftercare:journal/1",
            &format!("aftercare:care/{}", "a".repeat(65)),
        ] {
            assert_eq!(care_in(other), None, "{other} names no care");
        }
    }
}
