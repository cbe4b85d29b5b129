use aftercare_core::content::Content;
use aftercare_e2e::{App, Launch};

use crate::care::first_run;

/// Reads the QR code in a PNG back to its text, as a phone camera would.
fn read_qr(bytes: &[u8]) -> String {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .unwrap();
    let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buffer).unwrap();
    let (width, height) = (info.width as usize, info.height as usize);
    let channels = info.color_type.samples();
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        let i = (y * width + x) * channels;
        let sum: u32 = buffer[i..i + channels.min(3)]
            .iter()
            .map(|&v| u32::from(v))
            .sum();
        (sum / channels.min(3) as u32) as u8
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the image");
    grids[0].decode().unwrap().1
}

#[tokio::test]
async fn fill_my_card_see_it_before_we_start_and_share_it_as_a_qr_image() {
    let exports = tempfile::tempdir().unwrap();
    let env = vec![(
        "AFTERCARE_EXPORT_DIR".to_owned(),
        exports.path().display().to_string(),
    )];
    let app = App::start(
        "card",
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
    app.click(".card-field[data-field='normal-for-me'] [data-option='cry']")
        .await;
    app.click(".card-field[data-field='check-tomorrow'] [data-yes='yes']")
        .await;
    app.click("#card-form button[type=submit]").await;
    app.wait_text("#card-saved", "Saved").await;

    app.go("#/before").await;
    app.wait_view("before").await;
    let shown = app.text("#before-card").await;
    assert!(shown.contains("Water, Warmth, my old hoodie"), "{shown}");
    assert!(
        shown.contains("I may cry") && shown.contains("Check on me tomorrow: Yes"),
        "{shown}"
    );
    app.screenshot("before").await;

    // Before the tap that saves it, the screen says plainly what the image is.
    let note = Content::embedded()
        .unwrap()
        .string("my_card.image_note")
        .expect("the note's words in content/ui.toml")
        .to_owned();
    assert!(note.contains("not encrypted") && note.contains("Delete everything"));
    assert_eq!(
        app.wait_visible("#before-image-note")
            .await
            .text()
            .await
            .unwrap(),
        note
    );
    assert!(
        std::fs::read_dir(exports.path()).unwrap().next().is_none(),
        "nothing is saved before the tap"
    );
    app.click("#before-image").await;
    app.wait_text("#before-status", "card-").await;
    let saved: Vec<_> = std::fs::read_dir(exports.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(saved.len(), 1, "{saved:?}");
    let name = saved[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("card-") && name.ends_with(".png") && !name.contains("aftercare"),
        "a neutral name: {name}"
    );
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&saved[0]).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "readable by its owner only");
    }
    let png = std::fs::read(&saved[0]).unwrap();
    let text = app.value("#before-text").await;
    assert_eq!(read_qr(&png), text, "the QR code holds the card's text");
    assert!(text.contains("my old hoodie"));

    // "Check on me tomorrow" is set: ending the moment offers that reminder in one tap.
    app.go("#/").await;
    app.wait_view("home").await;
    app.click(".tile[data-action='water']").await;
    app.wait_view("action").await;
    app.go("#/").await;
    app.wait_view("home").await;
    app.wait_text("#moment-line", "water").await;
    app.screenshot("home-moment").await;
    app.click("#end-moment").await;
    app.wait_text("#moment-line", "ended").await;
    app.wait_visible("#home-tomorrow").await;
    app.screenshot("home-ended").await;
    app.click("#home-tomorrow").await;
    app.wait_text("#moment-line", "remind you").await;
    assert!(
        !app.wait_for("#home-tomorrow")
            .await
            .is_displayed()
            .await
            .unwrap(),
        "offered once"
    );

    // A check-in afterwards does not offer it a second time.
    app.go("#/check-in").await;
    app.wait_view("check-in").await;
    app.click("#check-in-form button[type=submit]").await;
    app.wait_text("#check-in-saved", "saved").await;
    assert!(!app
        .wait_for("#check-in-tomorrow")
        .await
        .is_displayed()
        .await
        .unwrap());
    app.go("#/remind").await;
    app.wait_view("remind").await;
    assert_eq!(
        app.all("#remind-pending li[data-reminder]").await.len(),
        1,
        "one next-day reminder, not two"
    );
    app.finish().await;
}
