use aftercare_core::content::Content;
use aftercare_e2e::App;

fn content() -> &'static Content {
    Content::embedded().expect("valid content")
}

#[tokio::test]
async fn open_the_app_see_every_action_tap_one_read_its_card_and_go_back() {
    let app = App::launch("home").await;
    let content = content();
    crate::care::first_run(&app).await;

    // Home lists every quick action of the content, in order, by its title.
    app.wait_visible("#view-home").await;
    let tiles = app.all(".tile").await;
    let mut titles = Vec::new();
    for tile in &tiles {
        titles.push(tile.text().await.unwrap());
    }
    let expected: Vec<&str> = content.actions.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles, expected,
        "Home must show one tile per action, titled as in content/actions.toml"
    );
    app.screenshot("home").await;

    // Every tile is a large target.
    for tile in &tiles {
        let (_, _, width, height) = tile.rectangle().await.unwrap();
        assert!(
            width >= 44.0 && height >= 44.0,
            "tiles must be at least 44 px ({width}×{height})"
        );
    }

    // A tap opens that action's card: its title, steps and what you could say.
    let action = content.action("cuddle").expect("a cuddle action");
    app.wait_for(".tile[data-action='cuddle']")
        .await
        .click()
        .await
        .unwrap();
    let heading = app.wait_visible("#action-title").await;
    assert_eq!(heading.text().await.unwrap(), action.title);
    assert!(
        !app.wait_for("#view-home")
            .await
            .is_displayed()
            .await
            .unwrap(),
        "Home is hidden behind the card"
    );
    let steps = app.all("#action-steps li").await;
    assert_eq!(steps.len(), action.steps.len());
    assert_eq!(steps[0].text().await.unwrap(), action.steps[0]);
    let say = app.all("#action-say li").await;
    assert_eq!(say.len(), action.say.len());
    assert_eq!(say[0].text().await.unwrap(), action.say[0]);
    app.screenshot("card").await;

    // Back returns Home, with focus on the tile that was tapped.
    let back = app.wait_visible("#view-action [data-back]").await;
    assert_eq!(
        back.attr("aria-label").await.unwrap().as_deref(),
        content.string("action_card.back_label")
    );
    back.click().await.unwrap();
    // Home is shown once it is drawn (`data-view`), which is when the focus is put back.
    app.wait_view("home").await;
    let focused = app
        .script("return document.activeElement.dataset.action || null")
        .await;
    assert_eq!(
        focused,
        serde_json::json!("cuddle"),
        "focus returns to the tile you came from"
    );

    // The data folder this run used is the temporary one, never the real one.
    assert!(
        app.data_dir().is_dir(),
        "the app must create its data folder where AFTERCARE_DATA_DIR points"
    );

    // Starting the app again on the same data folder hands over to this one: the second copy
    // asks it to show its window and exits, and this one carries on.
    let second = app.start_second_copy().await;
    assert!(second.success(), "{second:?}");
    app.click(".tile[data-action='water']").await;
    app.wait_visible("#action-title").await;

    app.finish().await;
}

/// The views a start puts in the page: the ones it can show first.
const START_VIEWS: [&str; 4] = [
    "view-welcome",
    "view-start-again",
    "view-unlock",
    "view-home",
];

/// The ids of the views in the page (not those still waiting in a `<template>`).
async fn views_in_the_page(app: &App) -> Vec<String> {
    let ids = app
        .script("return [...document.querySelectorAll('.view')].map((view) => view.id)")
        .await;
    serde_json::from_value(ids).unwrap()
}

/// A start puts in the page only the views it can show first (the welcome, starting again,
/// unlocking, Home), so Home is drawn and held in a small document; every other screen's view
/// goes in the first time it is opened, with its words, and works as before. A lock leaves the
/// views never opened out of the page.
#[tokio::test]
async fn a_start_holds_only_the_views_it_can_show_and_the_others_go_in_when_first_opened() {
    let app = App::launch("views").await;
    let content = content();
    crate::care::first_run(&app).await;
    assert_eq!(views_in_the_page(&app).await, START_VIEWS);

    // The journal, from Home's link: in the page, in the app's words, and its Back works.
    app.click(".more-nav a[href='#/journal']").await;
    app.wait_view("journal").await;
    assert_eq!(
        app.text("#journal-title").await,
        content.string("journal.title").unwrap()
    );
    assert_eq!(
        app.wait_for("#journal-search")
            .await
            .attr("placeholder")
            .await
            .unwrap()
            .as_deref(),
        content.string("journal.search")
    );
    app.click("#view-journal [data-back]").await;
    app.wait_view("home").await;
    // With the journal came the entry's editor, which the journal's module sets up with it.
    let mut shown = START_VIEWS.map(String::from).to_vec();
    shown.extend(["view-journal".to_owned(), "view-entry".to_owned()]);
    assert_eq!(views_in_the_page(&app).await, shown);

    // Locking forgets what every screen showed, without putting the others in the page.
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;
    assert_eq!(views_in_the_page(&app).await, shown);

    app.finish().await;
}
