use aftercare_e2e::App;

use crate::care::first_run;

const SCRIPT: &str = "<img src=x onerror=alert(1)>";

#[tokio::test]
async fn write_search_edit_and_delete_an_entry_and_html_stays_text() {
    let app = App::launch("journal").await;
    first_run(&app).await;
    app.go("#/journal").await;
    app.wait_view("journal").await;

    // Write, with a prompt.
    app.click("#view-journal a[href='#/journal/new']").await;
    app.wait_view("entry").await;
    app.click("#entry-prompts button").await;
    let field = app.wait_visible("#entry-body").await;
    field.send_keys("the slow breakfast after").await.unwrap();
    app.click("#entry-form button[type=submit]").await;
    app.wait_view("journal").await;
    let first = app.text("#journal-list .entry-preview").await;
    assert!(
        first.starts_with("My favourite moment was") && first.ends_with("the slow breakfast after"),
        "{first}"
    );

    // An entry holding HTML shows it as characters and runs nothing.
    app.click("#view-journal a[href='#/journal/new']").await;
    app.wait_view("entry").await;
    app.type_into("#entry-body", SCRIPT).await;
    app.click("#entry-form button[type=submit]").await;
    app.wait_view("journal").await;
    app.wait_text("#journal-list", SCRIPT).await;
    assert!(
        app.all("#journal-list img").await.is_empty(),
        "no element was made from the entry's text"
    );
    let alerted = app.client.get_alert_text().await;
    assert!(alerted.is_err(), "no script ran: {alerted:?}");

    // Search finds the first entry by a word's beginning.
    app.type_into("#journal-search", "breakf").await;
    app.click("#journal-search-form button[type=submit]").await;
    app.wait_for("#journal-list[data-query='breakf']").await;
    app.wait_text("#journal-list", "breakfast").await;
    assert_eq!(app.all("#journal-list li").await.len(), 1);
    app.screenshot("search").await;

    // Edit it.
    app.click("#journal-list a").await;
    app.wait_view("entry").await;
    app.type_into("#entry-body", "the slow breakfast, and the rain")
        .await;
    app.click("#entry-form button[type=submit]").await;
    app.wait_view("journal").await;
    app.wait_text("#journal-list", "and the rain").await;

    // Delete it, after a confirmation.
    app.type_into("#journal-search", "rain").await;
    app.click("#journal-search-form button[type=submit]").await;
    app.wait_for("#journal-list[data-query='rain']").await;
    app.wait_text("#journal-list", "and the rain").await;
    assert_eq!(app.all("#journal-list li").await.len(), 1);
    app.click("#journal-list a").await;
    app.wait_view("entry").await;
    app.click("#entry-delete").await;
    app.screenshot("delete-confirm").await;
    app.click("#entry-delete-yes").await;
    app.wait_view("journal").await;
    let remaining = app.text("#journal-list").await;
    assert!(
        !remaining.contains("rain") && remaining.contains(SCRIPT),
        "{remaining}"
    );
    app.finish().await;
}

/// Left alone with a draft in the editor, the app locks itself after the shortest auto-lock
/// Settings offers; the draft is saved first (the shell asks the page before it locks), and
/// is there after unlocking. Nothing presses Lock.
#[tokio::test]
async fn a_draft_is_kept_when_the_app_locks() {
    let app = App::launch("draft").await;
    first_run(&app).await;
    app.click("#view-home a[href='#/settings']").await;
    app.wait_view("settings").await;
    let shortest = app.wait_for("#settings-auto-lock option").await;
    assert_eq!(
        shortest.text().await.unwrap(),
        "1 minute",
        "the shortest choice"
    );
    shortest
        .click()
        .await
        .expect("choose the shortest auto-lock");
    app.click("#settings-form button[type=submit]").await;
    app.wait_text("#settings-saved", "saved").await;

    app.go("#/journal/new").await; // set-up
    app.wait_view("entry").await;
    app.type_into("#entry-body", "half a thought, not finished")
        .await;
    // Left alone: the shell locks after the minute (it looks every ten seconds).
    app.wait_text_within(
        "#moment-line",
        "Locked",
        std::time::Duration::from_secs(120),
    )
    .await;

    crate::care::unlock(&app, crate::care::PASSCODE).await;
    app.wait_view("home").await;
    app.click("#view-home a[href='#/journal']").await;
    app.wait_view("journal").await;
    app.wait_text("#journal-list", "half a thought, not finished")
        .await;
    app.wait_visible("#journal-draft-note").await;
    app.finish().await;
}
