//! The device's own secret in a real Secret Service: GNOME Keyring's daemon on the journey's
//! session bus, with an unlocked "login" keyring in a home folder of its own. Every other
//! journey runs without one (the passcode alone wraps the key), as the last one here does.

use std::{collections::BTreeMap, path::Path};

use aftercare_e2e::{
    keyring::{self, KeyringDaemon, KeyringHome},
    App, Launch,
};

use crate::{
    care::{first_run, unlock, PASSCODE},
    lock::add_own_tile,
};

/// The name the app files its secret under (`src-tauri/src/device_key.rs`).
const SERVICE: &str = "Aftercare";

#[tokio::test]
async fn with_a_real_keyring_a_copied_folder_does_not_open_elsewhere_and_wipe_forgets_the_secret() {
    let this_device = KeyringHome::new();
    let daemon = KeyringDaemon::start(&this_device);
    assert!(
        keyring::items(SERVICE).is_empty(),
        "a fresh keyring holds nothing of the app's"
    );

    // First run keeps the device's secret in the keyring, filed under a random id.
    let app = App::start("device-key", Launch::default()).await;
    first_run(&app).await;
    app.click(".tile[data-action='water']").await;
    app.wait_text("#action-saved", "Saved").await;
    let names = entry_names();
    assert_eq!(names.len(), 1, "one secret, for this vault: {names:?}");
    assert!(
        names[0].len() == 32 && names[0].bytes().all(|b| b.is_ascii_hexdigit()),
        "named by an id of its own, not by where the folder is: {names:?}"
    );
    app.go("#/settings").await;
    app.wait_view("settings").await;
    app.wait_text("#settings-tied", "tied to this device").await;
    let data = app.quit_keeping_data().await;
    daemon.stop();

    // The folder, copied to another device: a keyring without the secret.
    let other_device = KeyringHome::new();
    let daemon = KeyringDaemon::start(&other_device);
    assert!(keyring::items(SERVICE).is_empty());
    let app = App::start(
        "device-key",
        Launch {
            data_dir: Some(data),
            ..Launch::default()
        },
    )
    .await;
    let before = files(&app.data_dir());
    unlock(&app, PASSCODE).await;
    let message = app
        .wait_text("#unlock-error", "this device's own key")
        .await;
    assert!(message.contains("Nothing has been changed"), "{message}");
    assert!(!message.to_lowercase().contains("error"), "{message}");
    app.screenshot("missing").await;
    assert_eq!(
        files(&app.data_dir()),
        before,
        "nothing changed in the folder: no try counted, nothing opened or written"
    );
    assert!(
        keyring::items(SERVICE).is_empty(),
        "nothing was made in the other keyring"
    );
    let data = app.quit_keeping_data().await;
    daemon.stop();
    assert_eq!(other_device.keyrings(), ["login.keyring", "user.keystore"]);

    // Back on this device: the same passcode opens it, at the first try.
    let daemon = KeyringDaemon::start(&this_device);
    let app = App::start(
        "device-key",
        Launch {
            data_dir: Some(data),
            ..Launch::default()
        },
    )
    .await;
    unlock(&app, PASSCODE).await;
    app.wait_view("home").await;
    app.go("#/history").await;
    app.wait_view("history").await;
    app.wait_for("#history-list li[data-action='water']").await;

    // Wipe forgets the secret too.
    app.go("#/settings").await;
    app.wait_view("settings").await;
    app.type_into("#wipe-word", "delete").await;
    app.click("#wipe-form button[type=submit]").await;
    app.wait_view("welcome").await;
    assert!(
        keyring::items(SERVICE).is_empty(),
        "wipe deletes the device's secret: {:?}",
        keyring::items(SERVICE)
    );
    app.finish().await;
    daemon.stop();
}

/// The names the keyring files the app's secrets under.
fn entry_names() -> Vec<String> {
    keyring::items(SERVICE)
        .into_iter()
        .map(|item| {
            item.into_iter()
                .find(|(name, _)| name == "username")
                .map(|(_, name)| name)
                .unwrap_or_default()
        })
        .collect()
}

/// Every file of the data folder but the web view's own, with its bytes.
fn files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    aftercare_e2e::home::contents(root)
        .into_iter()
        .filter(|path| !path.starts_with("webview/") && !path.ends_with('/'))
        .map(|path| {
            let bytes = std::fs::read(root.join(&path)).unwrap_or_default();
            (path, bytes)
        })
        .collect()
}

/// Moving the home folder, or reaching it through a symlink, changes the data folder's path;
/// the keyring's entry is named by the id in the key slot, so the vault still opens.
#[tokio::test]
async fn with_a_real_keyring_the_vault_opens_from_a_moved_home_folder_and_through_a_symlink() {
    let keyrings = KeyringHome::new();
    let daemon = KeyringDaemon::start(&keyrings);
    let homes = tempfile::tempdir().unwrap();
    let (first, moved, linked) = (
        homes.path().join("first"),
        homes.path().join("moved"),
        homes.path().join("linked"),
    );
    std::fs::create_dir(&first).unwrap();
    let in_home = |home: &Path| Launch {
        home: Some(home.to_owned()),
        default_data_dir: true,
        ..Launch::default()
    };

    let app = App::start("device-key-moved", in_home(&first)).await;
    first_run(&app).await;
    app.click(".tile[data-action='water']").await;
    app.wait_text("#action-saved", "Saved").await;
    assert_eq!(entry_names().len(), 1);
    app.quit_keeping_data().await;

    // A new home folder: the same files, somewhere else.
    std::fs::rename(&first, &moved).unwrap();
    for home in [&moved, &linked] {
        if home == &linked {
            // And reached through a symlink.
            std::os::unix::fs::symlink(&moved, &linked).unwrap();
        }
        let app = App::start("device-key-moved", in_home(home)).await;
        unlock(&app, PASSCODE).await;
        app.wait_view("home").await;
        app.go("#/history").await;
        app.wait_view("history").await;
        app.wait_for("#history-list li[data-action='water']").await;
        app.quit_keeping_data().await;
    }
    assert_eq!(entry_names().len(), 1, "the same secret, not a new one");
    daemon.stop();
}

/// While locked the app reads the tiles shown on Home from a file beside the data; changed by
/// something else, it is not shown, the app says so calmly, and the next unlock puts it right.
#[tokio::test]
async fn with_a_real_keyring_a_changed_tiles_file_is_not_shown_while_locked_and_unlocking_puts_it_right(
) {
    let keyrings = KeyringHome::new();
    let daemon = KeyringDaemon::start(&keyrings);
    let app = App::start("device-key-tiles", Launch::default()).await;
    first_run(&app).await;
    app.go("#/settings").await;
    app.wait_view("settings").await;
    add_own_tile(&app, "Tea on the sofa", "Put the kettle on", true).await;
    let data = app.quit_keeping_data().await;

    // Set-up: another program changes one letter of the file (a title) while the app is shut.
    let path = data.path().join("data/locked-tiles");
    let mut bytes = std::fs::read(&path).unwrap();
    let at = bytes
        .windows(3)
        .position(|w| w == b"Tea")
        .expect("the title is in the file");
    bytes[at] = b'P';
    std::fs::write(&path, bytes).unwrap();

    let app = App::start(
        "device-key-tiles",
        Launch {
            data_dir: Some(data),
            ..Launch::default()
        },
    )
    .await;
    app.wait_view("home").await;
    let notice = app.wait_text("#app-notice", "changed").await;
    assert!(notice.contains("Nothing you saved"), "{notice}");
    assert!(!notice.to_lowercase().contains("error"), "{notice}");
    let home = app.text("#action-tiles").await;
    assert!(
        !home.contains("Pea on the sofa") && !home.contains("Tea on the sofa"),
        "no tile from a changed file: {home}"
    );
    app.screenshot("changed-tiles").await;

    unlock(&app, PASSCODE).await;
    app.wait_view("home").await;
    let notice = app.wait_text("#app-notice", "made it again").await;
    assert!(notice.contains("Nothing you saved was lost"), "{notice}");
    app.wait_text("#action-tiles", "Tea on the sofa").await;
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;
    app.wait_text("#action-tiles", "Tea on the sofa").await;
    app.finish().await;
    daemon.stop();
}

/// Without a keyring the data cannot be tied to this device: first run says so, and Settings.
#[tokio::test]
async fn without_a_keyring_first_run_and_settings_say_the_data_is_not_tied_to_this_device() {
    let app = App::launch("not-tied").await;
    first_run(&app).await;
    let notice = app.wait_text("#app-notice", "no keyring").await;
    assert!(notice.contains("passcode alone"), "{notice}");
    app.go("#/settings").await;
    app.wait_view("settings").await;
    app.wait_text("#settings-tied", "isn't tied to this device")
        .await;
    app.finish().await;
}
