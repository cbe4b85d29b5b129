//! Their card and a check-in that reaches them (issue 29): my card saved as an image and added
//! back as someone's card through the file chooser, read beside mine before we start, then
//! deleted; a picture and words that are no card, each with its own message and nothing kept;
//! "Send them a check-in" copying the chosen words to the clipboard (read back from the X
//! server's clipboard), and their answer noted and shown in the history.
//!
//! The file chooser: WebDriver cannot click through the system's own file dialog, so a journey
//! hands the file to the page's `<input type=file>` as WebDriver's file upload does (the same
//! element, and the same `change` the dialog ends with). The dialog plugin would have opened a
//! native dialog no journey can drive.

use std::time::{Duration, Instant};

use aftercare_core::content::Content;
use aftercare_e2e::{App, Launch};

use crate::care::first_run;

fn words(key: &str) -> String {
    Content::embedded()
        .unwrap()
        .string(key)
        .unwrap_or_else(|| panic!("{key} in content/ui.toml"))
        .to_owned()
}

/// Hands `path` to the file chooser at `css`, as choosing it in the dialog would.
async fn choose_file(app: &App, css: &str, path: &std::path::Path) {
    app.wait_for(css)
        .await
        .send_keys(&path.display().to_string())
        .await
        .unwrap_or_else(|e| panic!("choose {}: {e}", path.display()));
}

/// What the clipboard of the journey's X server holds, once it holds `wanted`.
async fn clipboard_once_it_holds(wanted: &str) -> String {
    let start = Instant::now();
    loop {
        let out = std::process::Command::new("xclip")
            .args(["-o", "-selection", "clipboard"])
            .output()
            .expect("xclip (cargo xtask installs it with the test packages)");
        let held = String::from_utf8_lossy(&out.stdout).into_owned();
        if held == wanted || start.elapsed() > Duration::from_secs(15) {
            return held;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn export_my_card_add_it_as_their_card_read_it_beside_mine_then_delete_it() {
    let exports = tempfile::tempdir().unwrap();
    let env = vec![(
        "AFTERCARE_EXPORT_DIR".to_owned(),
        exports.path().display().to_string(),
    )];
    let app = App::start(
        "partner-card",
        Launch {
            env,
            ..Launch::default()
        },
    )
    .await;
    first_run(&app).await;
    app.go("#/card").await;
    app.wait_view("card").await;
    app.click(".card-field[data-field='needs'] [data-option='water']")
        .await;
    app.click(".card-field[data-field='needs'] [data-option='warmth']")
        .await;
    app.type_into("#card-words-needs", "my old hoodie").await;
    app.type_into("#card-words-please-dont", "rush off").await;
    app.click(".card-field[data-field='check-tomorrow'] [data-yes='yes']")
        .await;
    app.click("#card-form button[type=submit]").await;
    app.wait_text("#card-saved", "Saved").await;

    // My card as an image, then that file added as someone's card, from "Before we start".
    app.click("#view-card a[href='#/before']").await;
    app.wait_view("before").await;
    app.click("#before-image").await;
    app.wait_text("#before-status", "card-").await;
    let png = std::fs::read_dir(exports.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mine = app.text("#before-card").await;
    app.click("#view-before a[href='#/their-cards/add']").await;
    app.wait_view("their-card-add").await;
    choose_file(&app, "#their-card-file", &png).await;
    app.wait_visible("#their-card-preview").await;
    let read = app.text("#their-card-preview-lines").await;
    let lines = |text: &str| text.lines().skip(1).map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(lines(&read), lines(&mine), "every field as on my card");
    app.screenshot("their-card-read").await;
    app.type_into("#their-card-name", "Sam").await;
    app.click("#their-card-save-form button[type=submit]").await;
    app.wait_view("their-card").await;
    assert_eq!(app.text("#their-card-title").await, "Sam");

    // Beside mine, before anything begins.
    app.click("#their-card-before").await;
    app.wait_view("before").await;
    app.wait_visible("#before-their-card").await;
    let theirs = app.text("#before-their-card").await;
    assert!(theirs.starts_with("Sam"), "{theirs}");
    assert_eq!(lines(&theirs), lines(&app.text("#before-card").await));
    let (mine_box, theirs_box) = (
        app.wait_visible("#before-card")
            .await
            .rectangle()
            .await
            .unwrap(),
        app.wait_visible("#before-their-card")
            .await
            .rectangle()
            .await
            .unwrap(),
    );
    assert!(mine_box.2 > 0.0 && theirs_box.2 > 0.0, "both shown");
    app.screenshot("before-with-theirs").await;

    // Deleted, from its own page: gone from the list and from the choice beside mine.
    app.go("#/their-cards").await;
    app.wait_view("their-cards").await;
    app.click("#their-cards-list a").await;
    app.wait_view("their-card").await;
    app.click("#their-card-delete").await;
    app.wait_visible("#their-card-delete-dialog").await;
    app.click("#their-card-delete-yes").await;
    app.wait_view("their-cards").await;
    app.wait_visible("#their-cards-empty").await;
    assert!(app.all("#their-cards-list li").await.is_empty());
    app.finish().await;
}

#[tokio::test]
async fn a_picture_and_words_that_are_no_card_each_get_their_message_and_nothing_is_kept() {
    let app = App::launch("partner-bad-card").await;
    first_run(&app).await;
    app.go("#/their-cards/add").await;
    app.wait_view("their-card-add").await;

    // A picture without a code in it.
    let tmp = tempfile::tempdir().unwrap();
    let blank = tmp.path().join("holiday.png");
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, 64, 48);
    encoder.set_color(png::ColorType::Grayscale);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&[200; 64 * 48]).unwrap();
    writer.finish().unwrap();
    std::fs::write(&blank, bytes).unwrap();
    choose_file(&app, "#their-card-file", &blank).await;
    app.wait_text("#their-card-read-error", &words("error.card-no-code"))
        .await;
    app.screenshot("their-card-no-code").await;

    // Words from a chat, not a card.
    app.type_into("#their-card-text", "see you at eight x")
        .await;
    app.click("#their-card-text-form button[type=submit]").await;
    app.wait_text("#their-card-read-error", &words("error.card-not-a-card"))
        .await;
    assert!(
        !app.wait_for("#their-card-preview")
            .await
            .is_displayed()
            .await
            .unwrap(),
        "nothing to keep"
    );
    app.go("#/their-cards").await;
    app.wait_view("their-cards").await;
    app.wait_visible("#their-cards-empty").await;
    app.finish().await;
}

#[tokio::test]
async fn send_them_a_check_in_copies_the_words_and_their_answer_shows_in_the_history() {
    let app = App::launch("partner-check-in").await;
    first_run(&app).await;
    app.click(".tile[data-action='water']").await;
    app.wait_view("action").await;

    app.go("#/history").await;
    app.wait_view("history").await;
    app.click("#history-list .moment-send").await;
    app.wait_view("send").await;
    let content = Content::embedded().unwrap();
    let second = &content.messages[1];
    app.click(&format!("label[for='send-message-{}']", second.id))
        .await;
    app.click("#send-copy").await;
    app.wait_text("#send-status", &words("send.copied")).await;
    assert_eq!(clipboard_once_it_holds(&second.text).await, second.text);
    // Their own words instead.
    let own = "Thinking of you today. No need to answer.";
    app.type_into("#send-words", own).await;
    app.click("#send-copy").await;
    assert_eq!(clipboard_once_it_holds(own).await, own);
    app.screenshot("send-check-in").await;

    // What they said, noted on the moment.
    app.click("#send-said [data-option='talk']").await;
    app.type_into("#send-their-words", "coffee on Sunday?")
        .await;
    app.click("#send-answer-form button[type=submit]").await;
    app.wait_text("#send-answer-status", &words("send.noted"))
        .await;
    app.click("#view-send .back").await;
    app.wait_view("history").await;
    let noted = app
        .wait_text("#history-list .their-answer", "coffee on Sunday?")
        .await;
    assert!(noted.contains("They'd like to talk"), "{noted}");
    assert!(noted.contains("What they said"), "{noted}");

    // The next-day reminder's check-in offers it too.
    app.go("#/check-in/since").await;
    app.wait_view("check-in").await;
    app.click("#check-in-send").await;
    app.wait_view("send").await;
    app.finish().await;
}
