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

/// Tiles of one's own (issue 18 §2): what a person does by clicking — hide a tile, reorder two,
/// add one of their own shown while locked and move it up, save, lock; locked Home shows it in
/// its place, and its card keeps the steps behind the passcode until unlocking.
#[tokio::test]
async fn hide_a_tile_reorder_two_add_my_own_lock_and_home_shows_it_in_its_place() {
    let app = App::launch("own-tiles").await;
    first_run(&app).await;
    let before: Vec<String> = serde_json::from_value(app.script(TILES).await).unwrap();

    app.click(".more-nav a[href='#/settings']").await;
    app.wait_view("settings").await;
    app.click("#settings-tile-film").await;
    app.click("#settings-tiles li[data-action='water'] .tile-down")
        .await;
    app.click("#own-tile-add").await;
    app.wait_visible("#own-tile-form").await;
    app.type_into("#own-tile-title", "Tea on the sofa").await;
    // Two steps, one a line: Enter (the WebDriver key) between them, as a person types them.
    app.type_into("#own-tile-steps", "Put the kettle on\u{E007}Bring two cups")
        .await;
    app.type_into("#own-tile-say", "Tea, and then a blanket?")
        .await;
    app.click("#own-tile-locked").await;
    let warning = app.text("#own-tile-locked-hint").await;
    assert!(
        warning.contains("without your passcode"),
        "the screen says the title can be read: {warning}"
    );
    app.screenshot("own-tile-form").await;
    app.click("#own-tile-form button[type=submit]").await;
    app.wait_text("#own-tiles-status", "Saved").await;
    let mine: String = serde_json::from_value(
        app.script("return document.querySelector('#settings-own-list li').dataset.tile")
            .await,
    )
    .unwrap();
    assert!(mine.starts_with("own-"), "{mine}");
    assert_eq!(
        app.text(&format!(
            "#settings-own-list li[data-tile='{mine}'] .person-name"
        ))
        .await,
        "Tea on the sofa"
    );
    // Its row to arrange is last; one step up puts it before the content's last tile.
    app.click(&format!(
        "#settings-tiles li[data-action='{mine}'] .tile-up"
    ))
    .await;
    app.click("#settings-form button[type=submit]").await;
    app.wait_text("#settings-saved", "aved").await;
    app.screenshot("own-tile-arranged").await;
    app.click("#view-settings [data-back]").await;
    app.wait_view("home").await;

    let after: Vec<String> = serde_json::from_value(app.script(TILES).await).unwrap();
    assert_eq!(&after[..2], ["snack", "water"], "swapped");
    assert!(!after.contains(&"film".to_owned()), "hidden");
    assert_eq!(after.len(), before.len(), "one hidden, one of my own");
    assert_eq!(after[after.len() - 2], mine, "my tile where I moved it");
    assert_eq!(
        app.text(&format!(".tile[data-action='{mine}'] .tile-title"))
            .await,
        "Tea on the sofa"
    );

    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;
    app.wait_for(&format!(".tile[data-action='{mine}']")).await;
    let locked: Vec<String> = serde_json::from_value(app.script(TILES).await).unwrap();
    assert_eq!(
        locked, after,
        "locked, Home keeps the arrangement, my tile included"
    );
    app.screenshot("home-own-tile-locked").await;

    app.click(&format!(".tile[data-action='{mine}']")).await;
    app.wait_view("action").await;
    app.wait_text("#action-saved", "Saved").await;
    assert_eq!(app.text("#action-title").await, "Tea on the sofa");
    app.wait_text("#action-locked", "behind your passcode")
        .await;
    assert_eq!(app.text("#action-steps").await, "", "no steps while locked");
    assert!(app.text("#action-say").await.is_empty());
    app.screenshot("own-tile-card-locked").await;

    app.click("#action-unlock").await;
    app.wait_view("unlock").await;
    app.type_into("#unlock-passcode", crate::care::PASSCODE)
        .await;
    app.click("#unlock-form button[type=submit]").await;
    app.wait_view("home").await;
    app.click(&format!(".tile[data-action='{mine}']")).await;
    app.wait_view("action").await;
    app.wait_text("#action-steps", "Put the kettle on").await;
    let steps: Vec<String> = serde_json::from_value(
        app.script(
            "return [...document.querySelectorAll('#action-steps li')].map((li) => li.textContent)",
        )
        .await,
    )
    .unwrap();
    assert_eq!(
        steps,
        ["Put the kettle on", "Bring two cups"],
        "one step a line"
    );
    assert_eq!(app.text("#action-say").await, "Tea, and then a blanket?");
    assert!(
        app.all("#action-locked:not([hidden])").await.is_empty(),
        "unlocked, nothing is behind the passcode"
    );
    app.screenshot("own-tile-card").await;

    // History names it; deleted (after saying yes), its taps stay, read as removed.
    app.go("#/history").await;
    app.wait_view("history").await;
    app.wait_text("#history-list", "Tea on the sofa").await;
    app.go("#/settings").await;
    app.wait_view("settings").await;
    // Edit: the form comes back filled; a new title is saved under the same id.
    app.click(&format!(
        "#settings-own-list li[data-tile='{mine}'] .own-tile-edit"
    ))
    .await;
    assert_eq!(app.value("#own-tile-title").await, "Tea on the sofa");
    assert_eq!(
        app.value("#own-tile-steps").await,
        "Put the kettle on\nBring two cups"
    );
    app.type_into("#own-tile-title", "Tea and a blanket").await;
    app.click("#own-tile-form button[type=submit]").await;
    app.wait_text(
        &format!("#settings-own-list li[data-tile='{mine}']"),
        "Tea and a blanket",
    )
    .await;
    app.click(&format!(
        "#settings-own-list li[data-tile='{mine}'] .own-tile-delete"
    ))
    .await;
    app.wait_visible("#own-tile-delete-dialog").await;
    app.click("#own-tile-delete-yes").await;
    app.wait_text("#own-tiles-status", "Deleted").await;
    assert!(
        app.all(&format!("#settings-tiles li[data-action='{mine}']"))
            .await
            .is_empty(),
        "no longer a tile to arrange"
    );
    app.go("#/history").await;
    app.wait_view("history").await;
    let history = app
        .wait_text("#history-list", "Care of your own (removed)")
        .await;
    assert!(!history.contains("Tea "), "{history}");
    app.finish().await;
}

/// A start while locked (the app closed and opened again): Home shows the tiles of one's own
/// chosen for it, from the small file outside the vault, after the content's tiles; a tile not
/// chosen stays behind the passcode.
#[tokio::test]
async fn a_start_while_locked_shows_only_the_tiles_chosen_for_home_while_locked() {
    let app = App::launch("own-tiles-restart").await;
    first_run(&app).await;
    for (title, show_locked) in [("Tea on the sofa", true), ("Our own song", false)] {
        app.click("a[href='#/settings']").await;
        app.wait_view("settings").await;
        app.click("#own-tile-add").await;
        app.wait_visible("#own-tile-form").await;
        app.type_into("#own-tile-title", title).await;
        if show_locked {
            app.click("#own-tile-locked").await;
        }
        app.click("#own-tile-form button[type=submit]").await;
        app.wait_text("#own-tiles-status", "Saved").await;
        app.click("#view-settings [data-back]").await;
        app.wait_view("home").await;
    }
    let titles =
        "return [...document.querySelectorAll('#action-tiles li:not([hidden]) .tile-title')]
                    .map((t) => t.textContent)";
    let unlocked: Vec<String> = serde_json::from_value(app.script(titles).await).unwrap();
    assert!(
        unlocked.contains(&"Our own song".to_owned()),
        "{unlocked:?}"
    );
    let data = app.quit_keeping_data().await;

    let app = App::start(
        "own-tiles-restart",
        aftercare_e2e::Launch {
            data_dir: Some(data),
            ..Default::default()
        },
    )
    .await;
    app.wait_view("home").await;
    app.wait_text("#moment-line", "Locked").await;
    app.wait_for(".tile-title").await;
    let locked: Vec<String> = serde_json::from_value(app.script(titles).await).unwrap();
    assert_eq!(
        locked.last().map(String::as_str),
        Some("Tea on the sofa"),
        "the chosen tile, after the content's: {locked:?}"
    );
    assert!(
        !locked.contains(&"Our own song".to_owned()),
        "a tile not chosen stays behind the passcode: {locked:?}"
    );
    app.screenshot("own-tile-after-restart").await;
    app.finish().await;
}

/// Home's quiet lines (what a tap on Home set, an answer given on a reminder) take no room until
/// they say something: after the first run, only the offer to check in tomorrow stands between
/// the greeting and "Need a moment?" with the tiles, not a band of blank lines.
#[tokio::test]
async fn homes_quiet_lines_take_no_room_until_they_say_something() {
    let app = App::launch("home-quiet-lines").await;
    first_run(&app).await;
    app.wait_visible("#home-follow-up").await;
    let gap = "return document.getElementById('home-calm').getBoundingClientRect().top - \
                      document.getElementById('home-follow-up').getBoundingClientRect().bottom";
    let blank = app.script(gap).await.as_f64().unwrap();
    assert!(
        blank <= 40.0,
        "{blank} px between the offer and \"Need a moment?\""
    );

    // Taken, the offer goes and its line says what was set, in room of its own.
    app.click("#home-follow-up").await;
    app.wait_text("#home-follow-up-set", "check on you").await;
    let line = app
        .script(
            "return document.getElementById('home-follow-up-set').getBoundingClientRect().height",
        )
        .await
        .as_f64()
        .unwrap();
    assert!(line >= 16.0, "the line shows ({line} px)");
    app.screenshot("home-quiet-lines").await;
    app.finish().await;
}
