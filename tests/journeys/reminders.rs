use std::time::Duration;

use aftercare_core::content::Content;
use aftercare_e2e::{App, Launch, Notification, NotificationMonitor};

use crate::care::first_run;

/// "In about an hour" becomes this many seconds, through the debug-only test setting.
pub fn soon() -> Vec<(String, String)> {
    vec![("AFTERCARE_TEST_REMINDER_SECONDS".into(), "3".into())]
}

/// The icon every reminder names: a standard one of the desktop's icon theme (a clock), which
/// says nothing of the app.
const NEUTRAL_ICON: &str = "appointment-soon";

pub fn default_wording() -> Notification {
    let content = Content::embedded().unwrap();
    let wording = &content.reminder_wordings[0];
    Notification {
        // Not the program's name ("aftercare"): the neutral name the content gives.
        app_name: content.string("app.neutral_name").unwrap().to_owned(),
        icon: NEUTRAL_ICON.into(),
        summary: wording.title.clone(),
        body: wording.body.clone(),
        // A tap on the notification itself, and the three answers, in the wording's words.
        actions: vec![
            "default".into(),
            wording.title.clone(),
            "okay".into(),
            wording.answers.okay.clone(),
            "not-so-good".into(),
            wording.answers.not_so_good.clone(),
            "later".into(),
            wording.answers.later.clone(),
        ],
    }
}

pub async fn write_something_private(app: &App) {
    app.go("#/journal/new").await;
    app.wait_view("entry").await;
    app.type_into("#entry-body", "CANARY private words about last night")
        .await;
    app.click("#entry-form button[type=submit]").await;
    app.wait_view("journal").await;
}

pub async fn remind_me_in_about_an_hour(app: &App) {
    app.go("#/remind").await;
    app.wait_view("remind").await;
    app.click("#remind-presets [data-preset='in-an-hour']")
        .await;
    app.wait_text("#remind-status", "remind you").await;
    app.wait_for("#remind-pending li[data-reminder]").await;
}

/// A reminder due while the app is open never takes the person away from what they are
/// reading: a quiet banner shows on that screen, and the check-in is one tap away.
#[tokio::test]
async fn a_reminder_arrives_once_in_neutral_words_and_leads_to_the_check_in() {
    let monitor = NotificationMonitor::start();
    let app = App::start(
        "reminder",
        Launch {
            // Time enough to walk from setting it to a Learn page first.
            env: vec![("AFTERCARE_TEST_REMINDER_SECONDS".into(), "10".into())],
            ..Launch::default()
        },
    )
    .await;
    first_run(&app).await;
    write_something_private(&app).await;
    remind_me_in_about_an_hour(&app).await;
    app.screenshot("set").await;
    app.go("#/").await; // set-up
    app.wait_view("home").await;
    app.click(".more-nav a[href='#/learn']").await;
    app.wait_view("learn").await;
    app.click("#learn-pages a[href='#/learn/body-care']").await;
    app.wait_view("page").await;
    let title = app.text("#page-title").await;
    assert!(
        monitor.notifications().is_empty(),
        "reading the page before the reminder is due"
    );

    let sent = monitor.wait_for(1).await;
    app.wait_visible("#reminder-banner").await;
    assert_eq!(
        app.script("return document.body.dataset.view").await,
        "page",
        "the page stays"
    );
    assert_eq!(app.text("#page-title").await, title);
    app.screenshot("banner-over-learn").await;
    // It opens the "since then" check-in, not the right-after questions, with the drop page a
    // tap away.
    app.click("#reminder-banner-open").await;
    app.wait_view("check-in").await;
    assert!(!app
        .wait_for("#reminder-banner")
        .await
        .is_displayed()
        .await
        .unwrap());
    app.wait_text("#check-in-title", "Since then").await;
    app.wait_for("#check-in-questions [data-question='since-how']")
        .await;
    assert!(app.all("[data-question='felt-respected']").await.is_empty());
    assert!(!app.all("#check-in-company").await[0]
        .is_displayed()
        .await
        .unwrap());
    app.screenshot("since-then").await;
    // Nothing left for the timer to show, and the monitor has seen all that was sent.
    app.wait_until_no_reminder_is_pending().await;
    monitor.caught_up().await;
    app.click("#check-in-since-link").await;
    app.wait_view("page").await;
    app.wait_text("#page-title", "low").await;
    let sent_after = monitor.notifications();
    assert_eq!(
        sent_after.len(),
        1,
        "exactly one notification: {sent_after:?}"
    );
    assert_eq!(sent[0], default_wording(), "the default neutral wording");
    assert!(
        !format!("{:?}", sent[0]).contains("CANARY"),
        "no user text in a notification"
    );
    app.finish().await;
}

#[tokio::test]
async fn a_reminder_due_while_the_app_was_closed_is_shown_once_at_the_next_start() {
    let monitor = NotificationMonitor::start();
    let app = App::start(
        "catch-up",
        Launch {
            env: soon(),
            ..Launch::default()
        },
    )
    .await;
    first_run(&app).await;
    remind_me_in_about_an_hour(&app).await;
    // Its due minute, as the timer's file holds it (the whole minute, never the second).
    let due = app
        .schedule()
        .pending
        .first()
        .map(|reminder| reminder.due_at().timestamp())
        .expect("the reminder waits in the timer's file");
    let data = app.quit_keeping_data().await;
    // Closed until that minute has passed.
    #[allow(
        clippy::disallowed_methods,
        reason = "the test waits in real time for a real minute to pass"
    )]
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let left = u64::try_from(due).unwrap().saturating_sub(now);
    tokio::time::sleep(Duration::from_secs(left + 2)).await;
    monitor.caught_up().await;
    assert!(
        monitor.notifications().is_empty(),
        "nothing is shown while the app is closed"
    );

    let again = App::start(
        "catch-up-again",
        Launch {
            data_dir: Some(data),
            ..Launch::default()
        },
    )
    .await;
    let sent = monitor.wait_for(1).await;
    assert_eq!(sent[0], default_wording());
    again.wait_view("check-in").await;
    // Shown and written down as shown, so never shown again; the monitor has seen all that
    // was sent.
    again.wait_until_no_reminder_is_pending().await;
    monitor.caught_up().await;
    assert_eq!(
        monitor.notifications().len(),
        1,
        "shown once, not again and again"
    );
    again.finish().await;
}
