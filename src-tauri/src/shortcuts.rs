//! Shortcuts to care from outside the app: the first care of Home (`Content::shortcuts`),
//! offered once the person chose it in Settings, in the tray's menu on a desktop (`tray.rs`)
//! and among the app icon's shortcuts on Android (touch and hold the icon), each in discreet
//! words while discretion is on. A shortcut chosen on Android opens the app at that care's
//! card, recorded as a tap on Home's tile is (the page asks for it: `shortcut_taken`).
//!
//! What is offered is read from the encrypted settings at set-up, unlock and each change of
//! settings or tiles ([`CHANGED_BY`]). Android keeps the icon's shortcuts itself, across
//! restarts, until they are changed or wipe removes them.

use aftercare_core::content::{ActionId, Shortcut};

use crate::state::AppState;

/// The commands after which the shortcuts may be others.
pub const CHANGED_BY: &[&str] = &[
    "set_up",
    "unlock",
    "update_settings",
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
    let mut vault = state.vault().ok()?;
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
    let shown_locked: Vec<(ActionId, String)> = vault
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
    let taps = store.tap_counts().ok()?;
    let own: Vec<ActionId> = store.own_tiles().ok()?.into_iter().map(|t| t.id).collect();
    let order = state.content.home_order(&layout, &taps, &own);
    Some(Chosen {
        care: state.content.shortcuts(&order, &shown_locked, discreet),
        discreet,
    })
}

/// Android: the app icon's shortcuts, published through the `ShortcutManager` over JNI, and the
/// care a shortcut opened the app with, read from the activity's intent. Type-checked for
/// Android (`cargo xtask mobile-check`); running it needs a phone (docs/mobile.md).
#[cfg(target_os = "android")]
pub mod android {
    use std::{sync::mpsc, time::Duration};

    use jni::{
        objects::{JObject, JString, JValue},
        JNIEnv,
    };
    use tauri::{AppHandle, Manager, Runtime};

    use super::{chosen, Chosen};
    use crate::state::AppState;

    /// The intent's extra that names the care a shortcut stands for.
    const EXTRA: &str = "app.aftercare.care";
    /// `Context.SHORTCUT_SERVICE`.
    const SHORTCUT_SERVICE: &str = "shortcut";
    /// How long to wait for the activity's thread to answer.
    const PATIENCE: Duration = Duration::from_secs(3);

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
        for care in &chosen.care {
            let intent = env.new_object(
                "android/content/Intent",
                "(Landroid/content/Context;Ljava/lang/Class;)V",
                &[JValue::Object(activity), JValue::Object(&class)],
            )?;
            let view = env.new_string("android.intent.action.VIEW")?;
            env.call_method(
                &intent,
                "setAction",
                "(Ljava/lang/String;)Landroid/content/Intent;",
                &[JValue::Object(&view)],
            )?;
            let (name, id) = (env.new_string(EXTRA)?, env.new_string(care.id.as_str())?);
            env.call_method(
                &intent,
                "putExtra",
                "(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;",
                &[JValue::Object(&name), JValue::Object(&id)],
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

    /// The care the app was last opened with from a shortcut, taken from the activity's intent
    /// (so it is taken once). `None` when it was opened any other way.
    pub fn taken<R: Runtime>(app: &AppHandle<R>) -> Option<String> {
        let window = app.get_webview_window(crate::window::MAIN)?;
        let (send, receive) = mpsc::channel();
        window
            .with_webview(move |webview| {
                webview.jni_handle().exec(move |env, activity, _| {
                    let _ = send.send(take(env, activity).ok().flatten());
                });
            })
            .ok()?;
        receive.recv_timeout(PATIENCE).ok().flatten()
    }

    fn take(env: &mut JNIEnv, activity: &JObject) -> jni::errors::Result<Option<String>> {
        let intent = env
            .call_method(activity, "getIntent", "()Landroid/content/Intent;", &[])?
            .l()?;
        if intent.is_null() {
            return Ok(None);
        }
        let name = env.new_string(EXTRA)?;
        let extra = env
            .call_method(
                &intent,
                "getStringExtra",
                "(Ljava/lang/String;)Ljava/lang/String;",
                &[JValue::Object(&name)],
            )?
            .l()?;
        if extra.is_null() {
            return Ok(None);
        }
        env.call_method(
            &intent,
            "removeExtra",
            "(Ljava/lang/String;)V",
            &[JValue::Object(&name)],
        )?;
        let care: String = env.get_string(&JString::from(extra))?.into();
        Ok(Some(care))
    }
}
