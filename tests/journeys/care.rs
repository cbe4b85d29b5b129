use aftercare_core::vault::slot::{KdfParams, KeySlot};
use aftercare_e2e::App;

pub const PASSCODE: &str = "blue kettle sunday";

/// First run: the welcome screen, then a passcode. Leaves the app unlocked on Home.
pub async fn first_run(app: &App) {
    app.wait_view("welcome").await;
    app.type_into("#welcome-passcode", PASSCODE).await;
    app.type_into("#welcome-confirm", PASSCODE).await;
    app.click("#welcome-form button[type=submit]").await;
    app.wait_view("home").await;
}

pub async fn unlock(app: &App, passcode: &str) {
    app.go("#/unlock").await;
    app.wait_view("unlock").await;
    app.type_into("#unlock-passcode", passcode).await;
    app.click("#unlock-form button[type=submit]").await;
}

#[tokio::test]
async fn first_run_tap_lock_tap_again_unlock_and_both_taps_are_one_moment() {
    let app = App::launch("care").await;
    first_run(&app).await;

    // The key file the app wrote derives its key with Argon2id at the cost the core pins
    // (`the_app_derives_its_key_with_argon2id_at_128_mib_4_passes_and_1_lane`).
    let slot = std::fs::read(app.data_dir().join("keyslot")).unwrap();
    let slot = KeySlot::decode(&slot).unwrap();
    assert_eq!(
        slot.params,
        KdfParams {
            memory_kib: 128 * 1024,
            iterations: 4,
            lanes: 1
        }
    );

    // A tap records the action and opens its card.
    app.click(".tile[data-action='water']").await;
    app.wait_view("action").await;
    app.wait_text("#action-saved", "Saved").await;
    assert!(
        !app.text("#action-affirmation").await.is_empty(),
        "the card carries a kind word"
    );
    app.click("#view-action [data-back]").await;
    app.wait_view("home").await;
    app.wait_text("#moment-line", "water").await;

    // Lock, then tap while locked: it is sealed, and says so quietly.
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;
    app.click(".tile[data-action='cuddle']").await;
    app.wait_text("#action-saved", "privately").await;
    app.click("#view-action [data-back]").await;
    app.wait_view("home").await;

    // The history needs the passcode; after unlocking it shows both taps in one moment.
    app.go("#/history").await;
    app.wait_view("unlock").await;
    app.type_into("#unlock-passcode", PASSCODE).await;
    app.click("#unlock-form button[type=submit]").await;
    app.wait_view("history").await;
    let moments = app.all("#history-list > li").await;
    assert_eq!(moments.len(), 1, "both taps belong to one moment");
    app.wait_for("#history-list li[data-action='water']").await;
    app.wait_for("#history-list li[data-action='cuddle']").await;

    // A journal entry written now is linked to the moment, and shows in it.
    app.go("#/journal/new").await;
    app.wait_view("entry").await;
    assert!(
        app.wait_visible("#entry-link-moment")
            .await
            .is_selected()
            .await
            .unwrap(),
        "linked by default"
    );
    app.type_into("#entry-body", "We stayed up talking").await;
    app.click("#entry-form button[type=submit]").await;
    app.wait_view("journal").await;
    app.go("#/history").await;
    app.wait_view("history").await;
    app.wait_text("#history-list .moment .entry-link", "We stayed up talking")
        .await;
    app.screenshot("history").await;

    // A moment can be deleted, after a confirmation; its journal entry stays.
    app.click("#history-list .moment-delete").await;
    app.wait_visible("#moment-delete-dialog").await;
    app.screenshot("history-delete-confirm").await;
    app.click("#moment-delete-yes").await;
    app.wait_text("#history-status", "deleted").await;
    app.wait_visible("#history-empty").await;
    assert!(app.all("#history-list > li").await.is_empty());
    app.go("#/journal").await;
    app.wait_view("journal").await;
    app.wait_text("#journal-list", "We stayed up talking").await;
    app.finish().await;
}

#[tokio::test]
async fn a_check_in_with_chips_scales_and_a_note_shows_in_the_history() {
    let app = App::launch("check-in").await;
    first_run(&app).await;
    app.go("#/check-in").await;
    app.wait_view("check-in").await;

    app.click("#check-in-settings [data-setting='partner']")
        .await;
    assert!(
        !app.all("#check-in-partner-questions li").await.is_empty(),
        "questions to read aloud to a partner"
    );
    app.click(".question[data-question='feel-now'] [data-option='calm']")
        .await;
    app.click(".question[data-question='feel-now'] [data-option='tired']")
        .await;
    app.click("label[for='scale-feelings-4']").await;
    app.click("label[for='scale-body-5']").await;
    app.type_into("#check-in-note", "Sleepy, warm, glad we talked")
        .await;
    app.screenshot("filled").await;
    app.click("#check-in-form button[type=submit]").await;
    app.wait_text("#check-in-saved", "saved").await;

    app.go("#/history").await;
    app.wait_view("history").await;
    let answers = app.text(".check-in-summary .check-in-answers").await;
    assert!(
        answers.contains("Calm") && answers.contains("Tired"),
        "{answers}"
    );
    let scales = app.text(".check-in-summary .check-in-scales").await;
    assert!(
        scales.contains("Feelings 4/5") && scales.contains("Body 5/5"),
        "{scales}"
    );
    assert_eq!(
        app.text(".check-in-summary .check-in-note").await,
        "Sleepy, warm, glad we talked"
    );
    app.finish().await;
}

#[tokio::test]
async fn a_check_in_saying_it_did_not_feel_respected_answers_back_with_a_kind_line_and_a_link() {
    let app = App::launch("follow-up").await;
    first_run(&app).await;
    app.click("#view-home a[href='#/check-in']").await;
    app.wait_view("check-in").await;
    app.click("#check-in-settings [data-setting='casual']")
        .await;
    // What to read aloud shows its answers, and what to do if one of them is "Something felt off".
    let aloud = app.text("#check-in-partner-questions").await;
    assert!(
        aloud.contains("If they say “Something felt off”"),
        "{aloud}"
    );
    app.click(".question[data-question='felt-respected'] [data-option='not-really']")
        .await;
    app.click("#check-in-form button[type=submit]").await;
    app.wait_text("#check-in-saved", "saved").await;

    let said = app.wait_text("#follow-ups-list", "honest").await;
    assert!(!said.to_lowercase().contains("error"), "{said}");
    app.screenshot("answered").await;
    app.click("#follow-ups-list a").await;
    app.wait_view("page").await;
    app.wait_text("#view-page h1", "didn't feel okay").await;
    app.finish().await;
}

#[tokio::test]
async fn a_care_card_gives_words_for_asking_for_it_too() {
    let app = App::launch("asking").await;
    first_run(&app).await;
    app.click(".tile[data-action='cuddle']").await;
    app.wait_view("action").await;
    let ask = app.wait_text("#action-ask", "hold me").await;
    assert!(ask.contains("Would you hold me for a bit?"), "{ask}");
    app.screenshot("ask").await;
    app.finish().await;
}
