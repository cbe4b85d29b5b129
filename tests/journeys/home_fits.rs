//! A Home that fits (issue 18 §2): hide a tile, reorder two, lock, and Home keeps it.

use aftercare_e2e::App;

use crate::care::first_run;

const TILES: &str = "return [...document.querySelectorAll('#action-tiles li:not([hidden]) .tile')]
                       .map((t) => t.dataset.action)";

#[tokio::test]
async fn hide_a_tile_and_swap_two_and_home_keeps_it_after_locking() {
    let app = App::launch("home-fits").await;
    first_run(&app).await;
    let before: Vec<String> = serde_json::from_value(app.script(TILES).await).unwrap();
    assert_eq!(&before[..2], ["water", "snack"]);
    assert!(before.contains(&"film".to_owned()));

    app.click(".more-nav a[href='#/settings']").await;
    app.wait_view("settings").await;
    app.click("#settings-tile-film").await; // no longer shown on Home
    app.click("#settings-tiles li[data-action='water'] .tile-down")
        .await;
    app.click("#settings-form button[type=submit]").await;
    app.wait_text("#settings-saved", "aved").await;
    app.screenshot("arranged").await;
    app.click("#view-settings [data-back]").await;
    app.wait_view("home").await;

    let after: Vec<String> = serde_json::from_value(app.script(TILES).await).unwrap();
    assert_eq!(&after[..2], ["snack", "water"], "swapped");
    assert!(!after.contains(&"film".to_owned()), "hidden");
    assert_eq!(after.len(), before.len() - 1);

    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;
    let locked: Vec<String> = serde_json::from_value(app.script(TILES).await).unwrap();
    assert_eq!(locked, after, "locked, Home keeps the arrangement");
    app.screenshot("home-arranged-locked").await;
    app.finish().await;
}
