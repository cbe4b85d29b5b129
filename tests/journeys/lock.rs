//! Locked means locked: once the app locks, by the button or by the shell itself, none of the
//! words it showed are left anywhere in the page, nor the answers a half-filled check-in chose.

use aftercare_e2e::App;

use crate::care::{first_run, unlock, PASSCODE};

const ENTRY: &str = "PRIVATE-ENTRY-WORDS-4c1e";
const NOTE: &str = "PRIVATE-NOTE-WORDS-88b0";
/// A tile of my own kept behind the passcode, and the steps of one shown while locked.
const TILE: &str = "PRIVATE-TILE-TITLE-5d2a";
const STEP: &str = "PRIVATE-TILE-STEP-e9f1";

/// Adds a tile of my own in Settings; `shown`: ticks "Show on Home while locked".
pub async fn add_own_tile(app: &App, title: &str, step: &str, shown: bool) {
    app.click("#own-tile-add").await;
    app.type_into("#own-tile-title", title).await;
    app.type_into("#own-tile-steps", step).await;
    if shown {
        app.click("#own-tile-locked").await;
    }
    app.click("#own-tile-form button[type=submit]").await;
    app.wait_text("#settings-own-list", title).await;
}

/// Everything the page holds: its markup and the value of every field.
async fn page_holds(app: &App) -> String {
    let value = app
        .script(
            "return document.documentElement.outerHTML + \
             [...document.querySelectorAll('input, textarea')].map((e) => e.value).join(' ');",
        )
        .await;
    value.as_str().unwrap_or_default().to_owned()
}

/// How many answers a check-in on the page has chosen: chips pressed, scales set.
async fn chosen_answers(app: &App) -> u64 {
    app.script(
        "return document.querySelectorAll('#check-in-form [aria-pressed=\"true\"]').length + \
                document.querySelectorAll('#check-in-form input:checked').length;",
    )
    .await
    .as_u64()
    .unwrap()
}

/// First run, two tiles of my own (one card looked at), a journal entry and a check-in with a
/// note, each looked at again.
async fn save_private_words(app: &App) {
    first_run(app).await;
    app.go("#/settings").await;
    app.wait_view("settings").await;
    add_own_tile(app, TILE, "a step", false).await;
    add_own_tile(app, "Shown while locked", STEP, true).await;
    app.go("#/").await;
    app.wait_view("home").await;
    app.wait_text("#action-tiles", TILE).await;
    app.script(
        "[...document.querySelectorAll('.tile')] \
           .find((t) => t.textContent.includes('Shown while locked')).click(); return null",
    )
    .await;
    app.wait_view("action").await;
    app.wait_text("#action-steps", STEP).await;

    app.go("#/journal/new").await;
    app.wait_view("entry").await;
    app.type_into("#entry-body", ENTRY).await;
    app.click("#entry-form button[type=submit]").await;
    app.wait_view("journal").await;
    app.wait_text("#journal-list", ENTRY).await;
    app.click("#journal-list a").await;
    app.wait_view("entry").await;

    app.go("#/check-in").await;
    app.wait_view("check-in").await;
    app.type_into("#check-in-note", NOTE).await;
    app.click("#check-in-form button[type=submit]").await;
    app.wait_text("#check-in-saved", "saved").await;
    // Another check-in, half-filled and left for later: a feeling and a scale chosen.
    app.click(".question[data-question='feel-now'] [data-option='scared']")
        .await;
    app.click("label[for='scale-body-2']").await;
    assert_eq!(chosen_answers(app).await, 2);
    app.go("#/history").await;
    app.wait_view("history").await;
    app.wait_text("#history-list", NOTE).await;
    let before = page_holds(app).await;
    assert!(
        [ENTRY, NOTE, TILE, STEP].iter().all(|w| before.contains(w)),
        "the words were shown"
    );
}

#[tokio::test]
async fn after_locking_none_of_the_saved_words_are_left_in_the_page() {
    let app = App::launch("lock-clears").await;
    save_private_words(&app).await;
    app.go("#/").await;
    app.wait_view("home").await;
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;

    let after = page_holds(&app).await;
    assert!(
        !after.contains(ENTRY),
        "the journal entry is still in the page"
    );
    assert!(
        !after.contains(NOTE),
        "the check-in note is still in the page"
    );
    assert!(
        !after.contains(TILE),
        "a tile of my own not chosen for Home while locked is still in the page"
    );
    assert!(
        !after.contains(STEP),
        "the steps of a tile of my own are still in the page"
    );
    assert_eq!(
        chosen_answers(&app).await,
        0,
        "a half-filled check-in's answers are still in the page"
    );
    app.wait_text("#action-tiles", "Shown while locked").await;
    unlock(&app, PASSCODE).await;
    app.wait_view("home").await;
    app.finish().await;
}

#[tokio::test]
async fn the_screen_locking_locks_the_app_while_saved_words_are_on_screen() {
    let app = App::launch("lock-screen").await;
    save_private_words(&app).await;
    // The desktop says the screen locked, as a screensaver does on the session bus.
    let sent = std::process::Command::new("dbus-send")
        .args([
            "--session",
            "--type=signal",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            "boolean:true",
        ])
        .status()
        .expect("dbus-send (from the dbus package)");
    assert!(sent.success());

    app.wait_view("home").await;
    app.wait_text("#moment-line", "Locked").await;
    let after = page_holds(&app).await;
    assert!(
        !after.contains(ENTRY) && !after.contains(NOTE),
        "saved words left after the lock"
    );
    // The shell itself is locked: the history asks for the passcode.
    app.click("#view-home a[href='#/history']").await;
    app.wait_view("unlock").await;
    app.finish().await;
}
