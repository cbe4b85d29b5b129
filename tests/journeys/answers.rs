//! Answering a reminder on its notification (issue 15), the way a person does: a button of the
//! notification dunst shows, which dunst reports with `ActionInvoked` on the private session
//! bus. The same signal sent by another program counts for nothing (issue 24).

use aftercare_e2e::{App, Launch, NotificationMonitor};

use crate::{
    care::{first_run, unlock, PASSCODE},
    reminders::{default_wording, remind_me_in_about_an_hour, soon, write_something_private},
};

async fn a_reminder_shown_while_locked(journey: &'static str) -> (App, NotificationMonitor, u32) {
    let monitor = NotificationMonitor::start();
    let app = App::start(
        journey,
        Launch {
            env: soon(),
            ..Launch::default()
        },
    )
    .await;
    first_run(&app).await;
    write_something_private(&app).await;
    app.go("#/").await; // set-up
    app.wait_view("home").await;
    app.click(".tile[data-action='water']").await;
    app.wait_text("#action-saved", "Saved").await;
    remind_me_in_about_an_hour(&app).await;
    app.go("#/").await; // set-up
    app.wait_view("home").await;
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;

    let sent = monitor.wait_for(1).await;
    assert_eq!(sent[0], default_wording(), "three answers and no user text");
    assert!(!format!("{sent:?}").contains("CANARY"));
    // The app listens from before its `Notify` call, which the monitor saw: no answer from
    // here on can be missed.
    let id = monitor.id(0).await;
    (app, monitor, id)
}

#[tokio::test]
async fn i_am_okay_on_the_notification_while_locked_is_in_the_history_after_unlock() {
    let (app, monitor, id) = a_reminder_shown_while_locked("answer-okay").await;

    monitor.answer(id, "okay").await;
    app.wait_text("#home-answer", "okay").await;
    app.screenshot("answered-okay").await;

    unlock(&app, PASSCODE).await;
    app.wait_view("home").await;
    app.click(".more-nav a[href='#/history']").await;
    app.wait_view("history").await;
    let since = app.all("#history-list .check-in-when").await;
    assert_eq!(since.len(), 1, "one since-then check-in");
    app.wait_text("#history-list .check-in-answers", "Okay")
        .await;
    app.finish().await;
}

#[tokio::test]
async fn later_on_the_notification_brings_the_reminder_back_after_the_chosen_step() {
    let (app, monitor, id) = a_reminder_shown_while_locked("answer-later").await;

    monitor.answer(id, "later").await;
    let said = app.wait_text("#home-answer", "ask again").await;

    unlock(&app, PASSCODE).await;
    app.wait_view("home").await;
    app.click(".big-entry[href='#/remind']").await;
    app.wait_view("remind").await;
    app.wait_for("#remind-pending li[data-reminder]").await;
    let pending = app.all("#remind-pending li[data-reminder]").await;
    assert_eq!(pending.len(), 1, "{said}");
    // An hour later, by default.
    let minutes_away = app
        .script_async(
            "const done = arguments[arguments.length - 1];
             window.__TAURI__.core.invoke('reminders')
               .then((r) => done((new Date(r.pending[0].due_at) - Date.now()) / 60000));",
        )
        .await;
    let minutes_away = minutes_away.as_f64().unwrap();
    assert!(
        (55.0..=61.0).contains(&minutes_away),
        "{minutes_away} min / {said:?}"
    );
    app.finish().await;
}

#[tokio::test]
async fn not_so_good_opens_the_calm_space_with_the_since_then_check_in_a_tap_away() {
    let (app, monitor, id) = a_reminder_shown_while_locked("answer-not-so-good").await;

    monitor.answer(id, "not-so-good").await;
    app.wait_view("calm").await;
    app.screenshot("answered-not-so-good").await;
    app.click("#calm-since").await;
    app.wait_view("check-in").await;
    app.wait_text("#check-in-title", "Since then").await;
    app.finish().await;
}

#[tokio::test]
async fn an_answer_sent_by_another_program_than_the_notification_server_counts_for_nothing() {
    let (app, monitor, id) = a_reminder_shown_while_locked("answer-forged").await;

    // Another program on the bus sends "I'm okay" for the reminder's notification, then the
    // person presses "Later" on it. Each reaches the app in the order sent.
    monitor.forge(id, "okay");
    monitor.answer(id, "later").await;
    app.wait_text("#home-answer", "ask again").await;

    unlock(&app, PASSCODE).await;
    app.wait_view("home").await;
    app.click(".more-nav a[href='#/history']").await;
    app.wait_view("history").await;
    // The history is drawn whole: once the water tapped before shows, so would a check-in.
    app.wait_for("#history-list li[data-action='water']").await;
    assert!(
        app.all("#history-list .check-in-when").await.is_empty(),
        "no check-in was recorded from the forged answer"
    );
    app.finish().await;
}
