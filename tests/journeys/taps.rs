//! Taps that mean what the person meant: one tap on a tile records once, with "Undo"; reading a
//! card again (Back, forward, reload) records nothing; Back never leads into a form already sent.

use aftercare_e2e::App;

use crate::care::{first_run, unlock, PASSCODE};

/// How many care records the history holds now (unlocked), counted as the history shows them.
async fn care_in_history(app: &App) -> usize {
    app.go("#/history").await;
    app.wait_view("history").await;
    app.all("#history-list li[data-action]").await.len()
}

#[tokio::test]
async fn a_tap_then_undo_leaves_no_record_unlocked_or_locked() {
    let app = App::launch("tap-undo").await;
    first_run(&app).await;

    app.click(".tile[data-action='water']").await;
    app.wait_view("action").await;
    app.wait_text("#action-saved", "Saved").await;
    app.screenshot("saved-with-undo").await;
    app.click("#action-undo").await;
    app.wait_text("#action-saved", "Not saved").await;
    assert!(
        app.wait_visible("#action-record")
            .await
            .is_displayed()
            .await
            .unwrap(),
        "the card offers to record it after all"
    );
    app.back().await;
    app.wait_view("home").await;
    assert_eq!(care_in_history(&app).await, 0, "undo left nothing");

    // Locked: the tap is sealed, and Undo removes exactly that sealed record.
    app.go("#/").await;
    app.wait_view("home").await;
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;
    app.click(".tile[data-action='cuddle']").await;
    app.wait_text("#action-saved", "privately").await;
    app.click("#action-undo").await;
    app.wait_text("#action-saved", "Not saved").await;
    let sealed = app.data_dir().join("sealed");
    let left = std::fs::read_dir(&sealed).map(|d| d.count()).unwrap_or(0);
    assert_eq!(left, 0, "no sealed record is left in {sealed:?}");
    unlock(&app, PASSCODE).await;
    app.wait_view("home").await;
    assert_eq!(care_in_history(&app).await, 0, "nothing merged at unlock");
    app.finish().await;
}

#[tokio::test]
async fn back_forward_and_reload_on_a_card_record_nothing() {
    let app = App::launch("tap-navigation").await;
    first_run(&app).await;

    app.click(".tile[data-action='water']").await;
    app.wait_view("action").await;
    app.wait_text("#action-saved", "Saved").await;
    app.back().await;
    app.wait_view("home").await;
    app.forward().await;
    app.wait_view("action").await;
    assert_eq!(
        app.text("#action-saved").await,
        "",
        "forward only reopens the card"
    );
    app.reload().await;
    app.wait_view("action").await;
    assert_eq!(
        app.text("#action-saved").await,
        "",
        "reload only reopens the card"
    );
    app.back().await;
    app.wait_view("home").await;
    app.forward().await;
    app.wait_view("action").await;

    assert_eq!(care_in_history(&app).await, 1, "one tap, one record");

    // Reading it again (here reached as a link would), a person can still say they did it:
    // one more record, on purpose.
    app.go("#/action/water").await;
    app.wait_view("action").await;
    assert_eq!(
        app.text("#action-saved").await,
        "",
        "a link only opens the card"
    );
    app.click("#action-record").await;
    app.wait_text("#action-saved", "Saved").await;
    assert_eq!(care_in_history(&app).await, 2);
    app.finish().await;
}

#[tokio::test]
async fn back_after_saving_a_journal_entry_reaches_home_in_one_tap() {
    let app = App::launch("journal-back").await;
    first_run(&app).await;

    app.click("#view-home a[href='#/journal']").await;
    app.wait_view("journal").await;
    app.click("#view-journal a[href='#/journal/new']").await;
    app.wait_view("entry").await;
    app.type_into("#entry-body", "Tea, and the long quiet after")
        .await;
    app.click("#entry-form button[type=submit]").await;
    app.wait_view("journal").await;
    app.wait_text("#journal-list", "long quiet").await;

    // Count the Back taps until Home, noting every screen passed on the way.
    let mut passed = Vec::new();
    for _ in 0..4 {
        let view = app.back_to_the_next_screen().await;
        passed.push(view.clone());
        if view == "home" {
            break;
        }
    }
    assert_eq!(
        passed,
        ["home"],
        "one Back from the journal leads Home, past no editor"
    );

    // Editing an entry: after saving, Back again goes where the list came from.
    app.click("#view-home a[href='#/journal']").await;
    app.wait_view("journal").await;
    app.click("#journal-list a").await;
    app.wait_view("entry").await;
    app.type_into("#entry-body", ", by the window").await;
    app.click("#entry-form button[type=submit]").await;
    app.wait_view("journal").await;
    app.wait_text("#journal-list", "by the window").await;
    app.back().await;
    app.wait_view("home").await;
    app.finish().await;
}

/// The Escape key, as WebDriver sends it.
const ESCAPE: &str = "\u{E00C}";

#[tokio::test]
async fn a_draft_survives_back_and_escape_and_a_scale_answer_can_be_cleared() {
    let app = App::launch("drafts").await;
    first_run(&app).await;

    // A journal draft: Back, then write again, and the words are still there.
    app.click("#view-home a[href='#/journal']").await;
    app.wait_view("journal").await;
    app.click("#view-journal a[href='#/journal/new']").await;
    app.wait_view("entry").await;
    app.type_into("#entry-body", "Not sure yet how I feel")
        .await;
    app.back().await;
    app.wait_view("journal").await;
    app.click("#view-journal a[href='#/journal/new']").await;
    app.wait_view("entry").await;
    let body = app.value("#entry-body").await;
    assert_eq!(body, "Not sure yet how I feel", "kept after Back");
    app.wait_visible("#entry-draft-note").await;

    // Escape is Back too, and keeps it as well.
    app.wait_for("#entry-body")
        .await
        .send_keys(ESCAPE)
        .await
        .unwrap();
    app.wait_view("journal").await;
    app.click("#view-journal a[href='#/journal/new']").await;
    app.wait_view("entry").await;
    let body = app.value("#entry-body").await;
    assert_eq!(body, "Not sure yet how I feel", "kept after Escape");

    // Saved, it is no longer a draft: a new entry starts empty.
    app.click("#entry-form button[type=submit]").await;
    app.wait_view("journal").await;
    app.click("#view-journal a[href='#/journal/new']").await;
    app.wait_view("entry").await;
    let body = app.value("#entry-body").await;
    assert_eq!(body, "");
    app.back().await;
    app.wait_view("journal").await;
    app.back().await;
    app.wait_view("home").await;

    // A half-filled check-in survives Back and Escape; a scale answer can be taken back.
    app.click("#view-home a[href='#/check-in']").await;
    app.wait_view("check-in").await;
    app.click("label[for='scale-body-4']").await;
    app.type_into("#check-in-note", "a bit shaky").await;
    app.back().await;
    app.wait_view("home").await;
    app.click("#view-home a[href='#/check-in']").await;
    app.wait_view("check-in").await;
    assert!(app
        .wait_for("#scale-body-4")
        .await
        .is_selected()
        .await
        .unwrap());
    app.wait_for("#check-in-note")
        .await
        .send_keys(ESCAPE)
        .await
        .unwrap();
    app.wait_view("home").await;
    app.click("#view-home a[href='#/check-in']").await;
    app.wait_view("check-in").await;
    let note = app.value("#check-in-note").await;
    assert_eq!(note, "a bit shaky");

    app.click(".scale[data-measure='body'] .scale-clear").await;
    assert!(
        !app.wait_for("#scale-body-4")
            .await
            .is_selected()
            .await
            .unwrap(),
        "cleared"
    );
    app.click("#check-in-form button[type=submit]").await;
    app.wait_text("#check-in-saved", "saved").await;
    app.go("#/history").await;
    app.wait_view("history").await;
    let scales = app.text("#history-list").await;
    assert!(
        !scales.contains("Body"),
        "no body answer was saved: {scales}"
    );
    app.finish().await;
}

#[tokio::test]
async fn check_on_me_tomorrow_can_be_answered_not_now() {
    let app = App::launch("tomorrow-not-now").await;
    first_run(&app).await;
    app.go("#/card").await;
    app.wait_view("card").await;
    app.click(".card-field[data-field='check-tomorrow'] [data-yes='yes']")
        .await;
    app.click("#card-form button[type=submit]").await;
    app.wait_text("#card-saved", "Saved").await;
    app.go("#/").await;
    app.wait_view("home").await;

    app.click(".tile[data-action='water']").await;
    app.wait_view("action").await;
    app.back().await;
    app.wait_view("home").await;
    app.click("#end-moment").await;
    app.wait_visible("#home-tomorrow").await;
    app.click("#home-tomorrow-no").await;
    assert!(!offered(&app).await, "\"not now\" puts it away");

    // Not offered again for this moment, after a check-in or coming back Home.
    app.click("#view-home a[href='#/check-in']").await;
    app.wait_view("check-in").await;
    app.click("#check-in-form button[type=submit]").await;
    app.wait_text("#check-in-saved", "saved").await;
    assert!(!app
        .wait_for("#check-in-tomorrow")
        .await
        .is_displayed()
        .await
        .unwrap());
    // Home is drawn whole, the answer to whether to offer it included, before the page notes
    // that it showed it.
    assert_eq!(app.back_to_the_next_screen().await, "home");
    app.wait_text("#moment-line", "ended").await;
    assert!(!offered(&app).await, "not offered again");
    app.finish().await;
}

async fn offered(app: &App) -> bool {
    app.wait_for("#home-tomorrow")
        .await
        .is_displayed()
        .await
        .unwrap()
}

#[tokio::test]
async fn look_around_first_then_choose_a_passcode_and_recording_starts() {
    let app = App::launch("look-around").await;
    app.wait_view("welcome").await;
    app.click("#welcome-look-around").await;
    app.wait_view("home").await;
    app.wait_text("#moment-line", "passcode").await;
    app.screenshot("looking-around").await;

    // A care card can be read, and nothing is recorded: there is nowhere to keep it yet.
    app.click(".tile[data-action='water']").await;
    app.wait_view("action").await;
    app.wait_text("#action-saved", "passcode").await;
    assert!(!app
        .wait_for("#action-record")
        .await
        .is_displayed()
        .await
        .unwrap());
    app.back().await;
    app.wait_view("home").await;

    // Learn too.
    app.click("#view-home a[href='#/learn']").await;
    app.wait_view("learn").await;
    app.back().await;
    app.wait_view("home").await;

    // What would keep something leads to choosing a passcode first.
    app.click("#view-home a[href='#/journal']").await;
    app.wait_view("welcome").await;
    app.back().await;
    app.wait_view("home").await;
    app.click("#home-set-up").await;
    first_run(&app).await;

    app.click(".tile[data-action='water']").await;
    app.wait_text("#action-saved", "Saved").await;
    assert_eq!(care_in_history(&app).await, 1, "only the tap after set-up");
    app.finish().await;
}
