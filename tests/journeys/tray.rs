//! Care from the tray (issue 30 §2): chosen in Settings, the tray's menu offers the first care
//! of Home in discreet words; choosing one there while locked records it as a tap on Home
//! would, without opening anything, and it is in the history after unlocking. Without
//! discretion, the menu uses the care's own names.

use aftercare_core::content::Content;
use aftercare_e2e::{tray::TrayHost, App};

use crate::care::{first_run, unlock, PASSCODE};

fn string(key: &str) -> String {
    Content::embedded().unwrap().string(key).unwrap().to_owned()
}

fn discreet(action: &str) -> String {
    Content::embedded()
        .unwrap()
        .action(action)
        .unwrap()
        .discreet
        .clone()
}

#[tokio::test]
async fn care_chosen_from_the_tray_while_locked_is_in_the_history_after_unlock() {
    let host = TrayHost::start().await;
    let app = App::launch("tray").await;
    first_run(&app).await;
    let (open, quit) = (string("tray.open_discreet"), string("tray.quit"));
    // Until the person chooses it, the tray offers no care (and names nothing: discreet).
    host.wait_for_labels(&[&open, &quit]).await;

    app.click("#view-home a[href='#/settings']").await;
    app.wait_view("settings").await;
    app.click("#settings-shortcuts").await;
    app.click("#settings-form button[type=submit]").await;
    app.wait_text("#settings-saved", &string("settings.saved"))
        .await;
    // Home's first three, in discreet words (discretion is on by default).
    let (water, snack, cuddle) = (discreet("water"), discreet("snack"), discreet("cuddle"));
    host.wait_for_labels(&[&water, &snack, &cuddle, &open, &quit])
        .await;

    app.go("#/").await; // set-up
    app.wait_view("home").await;
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;

    host.click(&cuddle).await;
    let saved = string("tray.saved");
    host.wait_for_labels(&[&saved, &water, &snack, &cuddle, &open, &quit])
        .await;
    let sealed = std::fs::read_dir(app.data_dir().join("sealed"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_file())
        .count();
    assert_eq!(sealed, 1, "sealed while locked, as a tap on Home is");
    assert_eq!(
        app.script("return document.body.dataset.view").await,
        "home",
        "nothing opened in the app"
    );
    app.screenshot("after-tray").await;

    unlock(&app, PASSCODE).await;
    app.wait_view("home").await;
    app.click(".more-nav a[href='#/history']").await;
    app.wait_view("history").await;
    app.wait_for("#history-list li[data-action='cuddle']").await;

    // With discretion turned off, the care has its own names, and so has the app.
    app.go("#/settings").await; // set-up
    app.wait_view("settings").await;
    app.click("#settings-discreet").await;
    app.click("#settings-form button[type=submit]").await;
    let title = |id: &str| {
        Content::embedded()
            .unwrap()
            .action(id)
            .unwrap()
            .title
            .clone()
    };
    let (water, snack, cuddle) = (title("water"), title("snack"), title("cuddle"));
    host.wait_for_labels(&[&water, &snack, &cuddle, &string("tray.open"), &quit])
        .await;
    app.finish().await;
}
