//! The days after (issue 13 §3, §5): one tap plans "check on me tomorrow and in three days",
//! locked or not, and a check-in can say it was with more than one person.

use aftercare_e2e::App;

use crate::care::{first_run, unlock, PASSCODE};

#[tokio::test]
async fn one_tap_sets_tomorrow_and_three_days_while_locked_and_both_show_after_unlock() {
    let app = App::launch("days-after").await;
    first_run(&app).await;
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;

    // One tap on Home, still locked.
    app.click("#home-follow-up").await;
    let said = app.wait_text("#home-follow-up-set", "check on you").await;
    app.screenshot("follow-up-set-locked").await;
    assert!(
        !app.all("#home-follow-up").await[0]
            .is_displayed()
            .await
            .unwrap(),
        "the offer goes once it is taken"
    );

    unlock(&app, PASSCODE).await;
    app.wait_view("home").await;
    app.click(".big-entry[href='#/remind']").await;
    app.wait_view("remind").await;
    app.wait_for("#remind-pending li[data-reminder]").await;
    let pending = app.all("#remind-pending li[data-reminder]").await;
    assert_eq!(pending.len(), 2, "tomorrow and in three days: {said}");
    app.screenshot("follow-up-after-unlock").await;
    app.finish().await;
}

#[tokio::test]
async fn more_than_one_person_is_a_choice_that_keeps_the_questions_to_ask_them() {
    let app = App::launch("group").await;
    first_run(&app).await;
    app.click(".big-entry[href='#/check-in']").await;
    app.wait_view("check-in").await;

    app.click("#check-in-settings [data-setting='group']").await;
    app.wait_visible("#check-in-partner").await;
    assert!(
        !app.all("#check-in-partner-questions li").await.is_empty(),
        "questions to read aloud to them"
    );
    app.click("#check-in-form button[type=submit]").await;
    app.wait_text("#check-in-saved", "saved").await;
    // After a check-in, the follow-up plan is one tap away too.
    app.click("#check-in-follow-up").await;
    app.wait_text("#check-in-follow-up-set", "check on you")
        .await;

    app.click("#view-check-in [data-back]").await;
    app.wait_view("home").await;
    app.click(".more-nav a[href='#/history']").await;
    app.wait_view("history").await;
    app.wait_text("#history-list .who", "More than one person")
        .await;
    app.finish().await;
}

#[tokio::test]
async fn someone_who_checks_in_on_their_own_can_put_their_own_care_first_on_home() {
    let app = App::launch("solo-first").await;
    first_run(&app).await;
    let first_tile = "return document.querySelector('#action-tiles .tile').dataset.action";
    assert_eq!(app.script(first_tile).await, "water");

    app.click(".more-nav a[href='#/settings']").await;
    app.wait_view("settings").await;
    app.click("#settings-solo-first").await;
    app.click("#settings-form button[type=submit]").await;
    app.wait_text("#settings-saved", "aved").await;
    app.click("#view-settings [data-back]").await;
    app.wait_view("home").await;
    assert_eq!(app.script(first_tile).await, "blanket");
    app.screenshot("solo-first").await;

    // Locked, Home keeps the order while the app runs.
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;
    assert_eq!(app.script(first_tile).await, "blanket");
    app.finish().await;
}
