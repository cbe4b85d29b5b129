//! Their cards and "Send them a check-in" as the UI calls them: a card read from pasted words
//! and from a picture (a data URL, as the page's file reader makes it), nothing kept until it
//! is; the problem of a card that cannot be read, by its code; their answer noted on a moment.

use base64::Engine;
use serde_json::json;

use super::{app, error, ops, to_json, PASSCODE};

/// My card as the UI shares it: saved, then its text.
fn my_card_text(app: &crate::state::AppState) -> String {
    let card = serde_json::from_value(json!({"fields": {
        "needs": {"choices": ["water", "warmth"], "words": "my old hoodie"},
        "check-tomorrow": {"yes": true}
    }}))
    .unwrap();
    ops::save_card(app, &card).unwrap();
    to_json(ops::card(app).unwrap())["text"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn their_card_is_read_from_words_or_a_picture_and_kept_only_when_asked() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    let text = my_card_text(&app);

    let read = to_json(ops::read_their_card_text(&app, &text).unwrap());
    assert_eq!(
        read["lines"],
        json!([
            "What I usually need: Water, Warmth, my old hoodie",
            "Check on me tomorrow: Yes, please"
        ])
    );
    let png = aftercare_core::card::card_png(&text, "caption").unwrap();
    let url = format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(&png)
    );
    let from_picture = to_json(ops::read_their_card_image(&app, &url).unwrap());
    assert_eq!(from_picture, read, "the picture's code holds the same card");
    assert_eq!(
        to_json(ops::their_cards(&app).unwrap())["cards"],
        json!([]),
        "reading keeps nothing"
    );

    let id = to_json(ops::add_their_card(&app, " Sam ", read["card"].clone()).unwrap());
    let id = id.as_i64().unwrap();
    let kept = to_json(ops::their_cards(&app).unwrap());
    assert_eq!(kept["cards"][0]["name"], "Sam");
    assert_eq!(kept["cards"][0]["lines"], read["lines"]);
    assert!(kept["max_image_bytes"].as_u64().unwrap() >= 1 << 20);
    ops::rename_their_card(&app, id, "Sam R.").unwrap();
    assert_eq!(
        to_json(ops::their_card(&app, id).unwrap())["name"],
        "Sam R."
    );

    ops::lock(&app).unwrap();
    assert_eq!(error(ops::their_cards(&app))["kind"], "locked");
    assert_eq!(
        error(ops::read_their_card_text(&app, &text))["kind"],
        "locked"
    );
    ops::unlock(&app, PASSCODE.into()).unwrap();
    ops::delete_their_card(&app, id).unwrap();
    assert_eq!(error(ops::their_card(&app, id))["kind"], "not-found");
}

#[test]
fn a_card_that_cannot_be_read_says_why_by_its_code_and_never_with_its_words() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    let not_a_card = error(ops::read_their_card_text(&app, "see you at eight, Sam"));
    assert_eq!(not_a_card["kind"], "unreadable-card");
    assert_eq!(not_a_card["problem"], "not-a-card");
    assert!(!not_a_card["message"].as_str().unwrap().contains("Sam"));
    let text_url = format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode("aftercare-card v1; needs=water")
    );
    assert_eq!(
        error(ops::read_their_card_image(&app, &text_url))["problem"],
        "not-an-image"
    );
    assert_eq!(
        error(ops::read_their_card_image(
            &app,
            "data:image/png;base64,@@@"
        ))["problem"],
        "not-an-image"
    );
    let huge = "A".repeat(aftercare_core::card::MAX_IMAGE_BYTES / 3 * 4 + 64);
    assert_eq!(
        error(ops::read_their_card_image(&app, &huge))["problem"],
        "too-large",
        "refused from its length, before it is decoded"
    );
}

#[test]
fn their_answer_is_noted_on_the_moment_a_check_in_was_sent_about() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    assert_eq!(
        to_json(ops::check_in_moment(&app, None).unwrap()),
        json!(null)
    );
    ops::record_care(&app, "water").unwrap();
    let moment = to_json(ops::check_in_moment(&app, None).unwrap());
    let id = moment["id"].as_i64().unwrap();
    assert_eq!(
        to_json(ops::check_in_moment(&app, Some(id)).unwrap())["id"],
        id
    );

    ops::note_their_answer(
        &app,
        id,
        json!({"said": "okay", "words": "all good, thank you"}),
    )
    .unwrap();
    let history = to_json(ops::history(&app, 10, None).unwrap());
    let answers = &history[0]["check_ins"][0]["answers"];
    assert_eq!(
        answers[0],
        json!({"question": "they-said", "options": ["okay"], "text": null})
    );
    assert_eq!(answers[1]["text"], "all good, thank you");
    assert_eq!(
        error(ops::note_their_answer(
            &app,
            id,
            json!({"said": null, "words": " "})
        ))["kind"],
        "invalid"
    );
    assert_eq!(
        error(ops::note_their_answer(
            &app,
            id + 1,
            json!({"said": "talk"})
        ))["kind"],
        "not-found"
    );
    let insights = to_json(ops::insights(&app).unwrap());
    assert_eq!(
        insights["their_answers"],
        json!([{"answer": "okay", "times": 1}])
    );
}
