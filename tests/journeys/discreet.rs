//! What others may glimpse: the window's name, before set-up and after, as the settings say.

use aftercare_core::content::Content;
use aftercare_e2e::App;

use crate::care::{first_run, unlock, PASSCODE};

fn string(key: &str) -> String {
    Content::embedded().unwrap().string(key).unwrap().to_owned()
}

async fn save_settings(app: &App) {
    app.click("#settings-form button[type=submit]").await;
    app.wait_text("#settings-saved", &string("settings.saved"))
        .await;
}

#[tokio::test]
async fn the_window_has_a_plain_name_until_discreet_is_turned_off() {
    let app = App::launch("discreet").await;
    let neutral = string("app.neutral_name");
    let own = string("app.name");
    assert_ne!(neutral, own);

    // Before set-up (and so before any setting can be read), the window is named plainly.
    app.wait_view("welcome").await;
    app.wait_window_title(&neutral).await;
    assert_eq!(
        app.client.title().await.unwrap(),
        neutral,
        "the page's title too"
    );
    first_run(&app).await;
    app.wait_window_title(&neutral).await;

    // Discreet and screen protection are on by default; turning discreet off names the window.
    app.click("#view-home a[href='#/settings']").await;
    app.wait_view("settings").await;
    for id in ["settings-discreet", "settings-protect-screen"] {
        let on = app
            .script(&format!("return document.getElementById('{id}').checked"))
            .await;
        assert_eq!(on, true, "{id} is on by default");
    }
    app.click("#settings-discreet").await;
    save_settings(&app).await;
    app.wait_window_title(&own).await;
    app.screenshot("named").await;

    // Locking keeps the look chosen; unlocking reads it again.
    app.go("#/").await;
    app.wait_view("home").await;
    app.click("#lock-button").await;
    app.wait_for("#unlock-link").await;
    app.wait_window_title(&own).await;
    unlock(&app, PASSCODE).await;
    app.wait_view("home").await;
    app.wait_window_title(&own).await;

    // And back.
    app.click("#view-home a[href='#/settings']").await;
    app.wait_view("settings").await;
    app.click("#settings-discreet").await;
    save_settings(&app).await;
    app.wait_window_title(&neutral).await;
    app.finish().await;
}
