use aftercare_e2e::App;

use crate::care::{first_run, unlock, PASSCODE};

#[tokio::test]
async fn a_wrong_passcode_is_met_calmly_and_repeated_tries_show_the_wait() {
    let app = App::launch("passcode").await;
    first_run(&app).await;
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;

    unlock(&app, "not my passcode").await;
    let message = app.wait_text("#unlock-error", "doesn't match").await;
    assert!(
        !message.to_lowercase().contains("error"),
        "calm words, not an error code: {message}"
    );
    app.screenshot("wrong").await;

    for _ in 0..4 {
        app.type_into("#unlock-passcode", "still not it").await;
        app.click("#unlock-form button[type=submit]").await;
        app.wait_text("#unlock-error", "doesn't match").await;
        // Wait for the button to come back before the next try.
        app.wait_for("#unlock-form button:not([disabled])").await;
    }
    app.type_into("#unlock-passcode", PASSCODE).await;
    app.click("#unlock-form button[type=submit]").await;
    let wait = app.wait_text("#unlock-error", "seconds").await;
    assert!(
        wait.contains("wait 30 seconds") || wait.contains("wait 29 seconds"),
        "{wait}"
    );
    app.screenshot("wait").await;
    app.finish().await;
}

#[tokio::test]
async fn wipe_returns_to_first_run_and_leaves_no_database() {
    let app = App::launch("wipe").await;
    first_run(&app).await;
    app.click(".tile[data-action='water']").await;
    app.wait_text("#action-saved", "Saved").await;
    assert!(app.data_dir().join("aftercare.db").exists());

    app.go("#/settings").await;
    app.wait_view("settings").await;
    app.type_into("#wipe-word", "nope").await;
    app.click("#wipe-form button[type=submit]").await;
    app.wait_text("#wipe-error", "delete").await;
    assert!(
        app.data_dir().join("aftercare.db").exists(),
        "nothing is wiped without the word"
    );

    app.type_into("#wipe-word", "delete").await;
    app.click("#wipe-form button[type=submit]").await;
    app.wait_view("welcome").await;
    let left: Vec<_> = std::fs::read_dir(app.data_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        left.is_empty(),
        "the data folder is as on a fresh install: {left:?}"
    );
    app.finish().await;
}
