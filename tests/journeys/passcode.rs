use aftercare_e2e::{App, Launch};

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

    let mut fifth_try = std::time::Instant::now();
    for _ in 0..4 {
        app.type_into("#unlock-passcode", "still not it").await;
        fifth_try = std::time::Instant::now();
        app.click("#unlock-form button[type=submit]").await;
        app.wait_text("#unlock-error", "doesn't match").await;
        // Wait for the button to come back before the next try.
        app.wait_for("#unlock-form button:not([disabled])").await;
    }
    app.type_into("#unlock-passcode", PASSCODE).await;
    app.click("#unlock-form button[type=submit]").await;
    let wait = app.wait_text("#unlock-error", "seconds").await;
    // After five wrong passcodes the wait is 30 s from the fifth, in whole seconds rounded up:
    // what is left of it when the sixth try came, which was no later than now.
    let since_fifth = fifth_try.elapsed().as_secs_f64();
    let seconds: f64 = wait
        .split("wait ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no wait in {wait:?}"));
    assert!(
        seconds <= 30.0 && seconds >= 30.0 - since_fifth,
        "{wait:?}, {since_fifth:.1} s after the fifth try"
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

#[tokio::test]
async fn an_interrupted_set_up_offers_to_start_again() {
    let app = App::launch("start-again").await;
    first_run(&app).await;
    let data = app.quit_keeping_data().await;
    // Set-up: the folder a kill leaves before the key slot is written (a database, no slot).
    std::fs::remove_file(data.path().join("data").join("keyslot")).unwrap();

    let app = App::start(
        "start-again",
        Launch {
            data_dir: Some(data),
            ..Launch::default()
        },
    )
    .await;
    app.wait_view("start-again").await;
    app.screenshot("offered").await;
    app.type_into("#start-again-word", "nope").await;
    app.click("#start-again-form button[type=submit]").await;
    app.wait_text("#start-again-error", "delete").await;
    assert!(
        app.data_dir().join("aftercare.db").exists(),
        "nothing goes without the word"
    );

    app.type_into("#start-again-word", "delete").await;
    app.click("#start-again-form button[type=submit]").await;
    first_run(&app).await;
    app.click(".tile[data-action='water']").await;
    app.wait_text("#action-saved", "Saved").await;
    app.finish().await;
}

#[tokio::test]
async fn a_locked_tap_that_cannot_be_opened_is_mentioned_once_and_kept() {
    let app = App::launch("kept-aside").await;
    first_run(&app).await;
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;
    app.click(".tile[data-action='water']").await;
    app.wait_text("#action-saved", "Saved").await;
    // Set-up: damage the sealed record on disk, as a failing disk might.
    let sealed = app.data_dir().join("sealed");
    let record = std::fs::read_dir(&sealed)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_file())
        .expect("the locked tap waits in its own file");
    let mut bytes = std::fs::read(&record).unwrap();
    bytes[100] ^= 0xff;
    std::fs::write(&record, &bytes).unwrap();

    unlock(&app, PASSCODE).await;
    app.wait_view("home").await;
    let notice = app.wait_text("#app-notice", "kept aside").await;
    assert!(!notice.to_lowercase().contains("error"), "{notice}");
    app.screenshot("notice").await;
    let kept: Vec<_> = std::fs::read_dir(sealed.join("kept-aside"))
        .unwrap()
        .collect();
    assert_eq!(kept.len(), 1, "the record is kept, not deleted");

    app.click("#lock-button").await;
    unlock(&app, PASSCODE).await;
    // The notice, if any, is shown as the screen after unlocking is (both at once).
    app.wait_view("home").await;
    assert_eq!(
        app.text("#app-notice").await,
        "",
        "said once, not at every unlock"
    );
    app.finish().await;
}

#[tokio::test]
async fn a_forgotten_passcode_leads_to_starting_again_from_the_unlock_screen() {
    let app = App::launch("forgot").await;
    first_run(&app).await;
    app.click(".tile[data-action='water']").await;
    app.wait_text("#action-saved", "Saved").await;
    app.go("#/").await;
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;

    app.click("#unlock-link").await;
    app.wait_view("unlock").await;
    app.click("#forgot-link").await;
    app.wait_view("start-again").await;
    let said = app.text("#start-again-text").await;
    assert!(said.contains("no way to get it back"), "{said}");
    app.screenshot("explained").await;
    // Changing one's mind is one tap.
    app.click("#start-again-back").await;
    app.wait_view("unlock").await;
    app.click("#forgot-link").await;
    app.wait_view("start-again").await;

    app.type_into("#start-again-word", "delete").await;
    app.click("#start-again-form button[type=submit]").await;
    first_run(&app).await;
    app.click("#view-home a[href='#/history']").await;
    app.wait_view("history").await;
    app.wait_visible("#history-empty").await;
    app.finish().await;
}

#[tokio::test]
async fn changing_the_passcode_with_a_new_key_asks_for_it_twice_and_then_only_the_new_one_opens() {
    const NEW: &str = "a slower kettle on sunday";
    let app = App::launch("change-passcode").await;
    first_run(&app).await;
    app.go("#/settings").await;
    app.wait_view("settings").await;
    app.type_into("#passcode-current", PASSCODE).await;
    app.type_into("#passcode-new", NEW).await;
    app.type_into("#passcode-again", "a slower kettle on monday")
        .await;
    app.click("#passcode-form button[type=submit]").await;
    app.wait_text("#passcode-error", "don't match").await;

    app.type_into("#passcode-again", NEW).await;
    // And a new key for everything, so an old copy of the files no longer opens.
    app.click("#passcode-rekey").await;
    app.click("#passcode-form button[type=submit]").await;
    app.wait_text("#passcode-saved", "changed").await;
    app.go("#/").await;
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;
    unlock(&app, PASSCODE).await;
    app.wait_text("#unlock-error", "doesn't match").await;
    app.type_into("#unlock-passcode", NEW).await;
    app.click("#unlock-form button[type=submit]").await;
    app.wait_view("home").await;
    app.finish().await;
}

#[tokio::test]
async fn a_six_digit_pin_is_refused_kindly_with_a_suggestion() {
    let app = App::launch("weak-passcode").await;
    app.wait_view("welcome").await;
    app.type_into("#welcome-passcode", "482916").await;
    app.type_into("#welcome-confirm", "482916").await;
    app.click("#welcome-form button[type=submit]").await;
    let message = app
        .wait_text("#welcome-error", "easy for someone to guess")
        .await;
    assert!(
        message.contains("a few unrelated words") || message.contains("A few unrelated words"),
        "{message}"
    );
    assert!(!message.to_lowercase().contains("error"), "{message}");
    assert!(
        !app.data_dir().join("keyslot").exists(),
        "nothing is set up with it"
    );
    app.screenshot("refused").await;
    first_run(&app).await;
    app.finish().await;
}
