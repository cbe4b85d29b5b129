//! In your own language (issue 28): Spanish chosen in Settings, German chosen on the welcome
//! before any passcode; then Home, a care's card, a check-in with its follow-up and a
//! reminder's notification (title, body, answer buttons) all speak it, and the unlock screen
//! speaks it too.

use aftercare_core::content::{Content, Locale};
use aftercare_e2e::{App, Launch, NotificationMonitor};

use crate::{
    care::{first_run, unlock, PASSCODE},
    reminders::{soon, wording_in},
};

fn words(tag: &str) -> &'static Content {
    Locale::find(tag).unwrap().content().unwrap()
}

fn say(content: &Content, key: &str) -> String {
    content.string(key).unwrap().to_owned()
}

/// Picks `tag` in the language picker `id`, as a person does, and uses it: the page starts again
/// in that language.
async fn choose_language(app: &App, id: &str, tag: &str, title_css: &str, title_key: &str) {
    app.wait_visible(&format!("#{id}"))
        .await
        .select_by_value(tag)
        .await
        .unwrap();
    app.click(&format!("#{id}-use")).await;
    app.wait_text(title_css, &say(words(tag), title_key)).await;
    assert_eq!(
        app.script("return document.documentElement.lang").await,
        tag,
        "the document says its language"
    );
}

/// Home, a care, a check-in with a follow-up and a reminder, in the language `tag`.
async fn care_check_in_and_reminder_speak(app: &App, monitor: &NotificationMonitor, tag: &str) {
    let content = words(tag);
    let english = Content::embedded().unwrap();
    app.wait_text("#view-home .greeting", &say(content, "home.greeting"))
        .await;

    // A care's card, and the moment it starts on Home.
    app.click(".tile[data-action='water']").await;
    app.wait_view("action").await;
    let water = content.action("water").unwrap();
    assert_eq!(app.text("#action-title").await, water.title);
    app.wait_text("#action-saved", &say(content, "app.saved"))
        .await;
    app.screenshot(&format!("{tag}-card")).await;
    app.click("#view-action [data-back]").await;
    app.wait_view("home").await;
    app.wait_text("#moment-line", &water.title).await;

    // A check-in, and what the app says back to a hard feeling.
    app.click("#view-home a[href='#/check-in']").await;
    app.wait_view("check-in").await;
    assert_eq!(
        app.text("#check-in-title").await,
        say(content, "check_in.title")
    );
    app.click(".question[data-question='feel-now'] [data-option='scared']")
        .await;
    app.click("#check-in-form button[type=submit]").await;
    let scared = content
        .questions
        .iter()
        .find(|q| q.id.as_str() == "feel-now")
        .and_then(|q| q.options.iter().find(|o| o.id.as_str() == "scared"))
        .and_then(|o| o.reply.as_ref())
        .unwrap();
    let first_words: String = scared.text.chars().take(24).collect();
    app.wait_text("#follow-ups-list", &first_words).await;
    app.screenshot(&format!("{tag}-follow-up")).await;

    // "In about an hour": its notification, in the language, and as plain as in English.
    app.go("#/").await; // set-up
    app.wait_view("home").await;
    app.click("#view-home a[href='#/remind']").await;
    app.wait_view("remind").await;
    app.click("#remind-presets [data-preset='in-an-hour']")
        .await;
    app.wait_for("#remind-pending li[data-reminder]").await;
    let sent = monitor.wait_for(1).await;
    let expected = wording_in(content);
    assert_eq!(sent[0], expected, "title, body and answers in the language");
    assert_ne!(
        sent[0].summary, english.reminder_wordings[0].title,
        "not the English"
    );
    assert_eq!(
        sent[0].app_name,
        say(content, "app.neutral_name"),
        "sent under the language's neutral name"
    );
    app.wait_until_no_reminder_is_pending().await;
    monitor.caught_up().await;
}

/// On a first start, before any passcode, the app speaks the system's language.
#[tokio::test]
async fn the_first_start_speaks_the_systems_language() {
    let app = App::start(
        "system-language",
        Launch {
            env: vec![("LANGUAGE".into(), "de_AT.UTF-8".into())],
            ..Launch::default()
        },
    )
    .await;
    app.wait_view("welcome").await;
    app.wait_text("#welcome-title", &say(words("de"), "welcome.title"))
        .await;
    assert_eq!(
        app.script("return document.documentElement.lang").await,
        "de"
    );
    assert_eq!(
        app.value("#welcome-language").await,
        "de",
        "and offers it chosen"
    );
    app.finish().await;
}

#[tokio::test]
async fn in_spanish_chosen_in_settings_home_a_card_a_check_in_and_a_reminder_speak_spanish() {
    let monitor = NotificationMonitor::start();
    let app = App::start(
        "spanish",
        Launch {
            env: soon(),
            ..Launch::default()
        },
    )
    .await;
    first_run(&app).await;
    app.click(".more-nav a[href='#/settings']").await;
    app.wait_view("settings").await;
    let offered: Vec<String> = serde_json::from_value(
        app.script("return [...document.querySelectorAll('#settings-language option')].map(o => o.textContent)")
            .await,
    )
    .unwrap();
    assert!(
        ["English", "Español", "Deutsch"]
            .iter()
            .all(|name| offered.iter().any(|o| o == name)),
        "each language by its own name: {offered:?}"
    );
    choose_language(
        &app,
        "settings-language",
        "es",
        "#settings-title",
        "settings.title",
    )
    .await;
    app.click("#view-settings [data-back]").await;
    app.wait_view("home").await;
    care_check_in_and_reminder_speak(&app, &monitor, "es").await;
    app.finish().await;
}

#[tokio::test]
async fn in_german_chosen_before_any_passcode_the_app_and_its_unlock_screen_speak_german() {
    let monitor = NotificationMonitor::start();
    let app = App::start(
        "german",
        Launch {
            env: soon(),
            ..Launch::default()
        },
    )
    .await;
    app.wait_view("welcome").await;
    choose_language(
        &app,
        "welcome-language",
        "de",
        "#welcome-title",
        "welcome.title",
    )
    .await;
    app.screenshot("de-welcome").await;
    first_run(&app).await;
    care_check_in_and_reminder_speak(&app, &monitor, "de").await;

    // Locked, and after a start of the app, the unlock screen still speaks German.
    let data = app.quit_keeping_data().await;
    let again = App::start(
        "german-again",
        Launch {
            data_dir: Some(data),
            ..Launch::default()
        },
    )
    .await;
    again.go("#/unlock").await; // set-up
    again.wait_view("unlock").await;
    again
        .wait_text("#unlock-title", &say(words("de"), "unlock.title"))
        .await;
    unlock(&again, PASSCODE).await;
    let start = std::time::Instant::now();
    while again.script("return document.body.dataset.vault").await != "unlocked" {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(30),
            "the passcode opened the app"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    again.go("#/").await; // set-up
    again.wait_view("home").await;
    again
        .wait_text("#view-home .greeting", &say(words("de"), "home.greeting"))
        .await;
    again.finish().await;
}

/// Every screen, in the language `tag`, passes axe-core (WCAG 2.2 A/AA), with the document's
/// `lang` saying which language it is.
async fn every_screen_passes_axe_core_in(journey: &'static str, tag: &str) {
    // Colours read settled, not mid-fade (as the English audit reads them).
    let home = aftercare_e2e::axe::still_home();
    let app = App::start(
        journey,
        Launch {
            home: Some(home.path().to_owned()),
            ..Launch::default()
        },
    )
    .await;
    app.wait_view("welcome").await;
    choose_language(
        &app,
        "welcome-language",
        tag,
        "#welcome-title",
        "welcome.title",
    )
    .await;
    let mut found = app.axe(&format!("{tag} welcome")).await;
    first_run(&app).await;
    app.click(".tile[data-action='water']").await;
    app.wait_view("action").await;
    app.wait_text("#action-saved", &say(words(tag), "app.saved"))
        .await;
    found.extend(app.axe(&format!("{tag} card, just tapped")).await);
    for (hash, view) in crate::pseudo::SCREENS {
        app.go(hash).await; // set-up: each screen in turn
        app.wait_view(view).await;
        assert_eq!(
            app.script("return document.documentElement.lang").await,
            tag
        );
        found.extend(app.axe(&format!("{tag} {hash}")).await);
    }
    let summary: Vec<String> = found
        .iter()
        .map(|v| format!("{}: {} {}", v.screen, v.rule, v.detail))
        .collect();
    assert!(found.is_empty(), "\n{}\n", summary.join("\n"));
    app.finish().await;
}

#[tokio::test]
async fn every_screen_passes_axe_core_in_spanish() {
    every_screen_passes_axe_core_in("axe-es", "es").await;
}

#[tokio::test]
async fn every_screen_passes_axe_core_in_german() {
    every_screen_passes_axe_core_in("axe-de", "de").await;
}
