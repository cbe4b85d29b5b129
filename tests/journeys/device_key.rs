//! The device's own secret in a real Secret Service: GNOME Keyring's daemon on the journey's
//! session bus, with an unlocked "login" keyring in a home folder of its own. Every other
//! journey runs without one (the passcode alone wraps the key).

use std::{collections::BTreeMap, path::Path};

use aftercare_e2e::{
    keyring::{self, KeyringDaemon, KeyringHome},
    App, Launch,
};

use crate::care::{first_run, unlock, PASSCODE};

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

    // First run keeps the device's secret in the keyring, filed under the data folder.
    let app = App::start("device-key", Launch::default()).await;
    first_run(&app).await;
    app.click(".tile[data-action='water']").await;
    app.wait_text("#action-saved", "Saved").await;
    let folder = app.data_dir();
    assert_eq!(
        entry_folders(),
        [folder.display().to_string()],
        "one secret, for this data folder"
    );
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

/// The data folders the keyring holds a secret of the app's for.
fn entry_folders() -> Vec<String> {
    keyring::items(SERVICE)
        .into_iter()
        .map(|item| {
            item.into_iter()
                .find(|(name, _)| name == "username")
                .map(|(_, folder)| folder)
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
