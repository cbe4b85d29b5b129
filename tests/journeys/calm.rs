//! "Need a moment?": the calm space, one tap from Home, locked or not (issue 13 §1).

use aftercare_core::content::Content;
use aftercare_e2e::{App, Launch};

use crate::care::{first_run, unlock, PASSCODE};

fn string(key: &str) -> String {
    Content::embedded()
        .unwrap()
        .string(key)
        .unwrap_or_else(|| panic!("{key} in content/ui.toml"))
        .to_owned()
}

/// The breathing circle's running animation, or "none".
const ANIMATION: &str =
    "return getComputedStyle(document.getElementById('breath-circle')).animationName";

async fn lock_from_home(app: &App) {
    app.click("#calm-home").await;
    app.wait_view("home").await;
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;
}

#[tokio::test]
async fn need_a_moment_while_locked_then_grounding_ends_with_done_back_in_the_calm_space() {
    let app = App::launch("calm").await;
    first_run(&app).await;
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;

    // One tap from Home, above the tiles, without unlocking.
    let above = app
        .script(
            "return document.getElementById('home-calm').getBoundingClientRect().bottom <= \
                    document.getElementById('action-tiles').getBoundingClientRect().top",
        )
        .await;
    assert_eq!(above, true, "\"Need a moment?\" sits above the tiles");
    app.click("#home-calm").await;
    app.wait_view("calm").await;
    app.wait_visible("#calm-people-locked").await;
    let motion = app
        .script("return matchMedia('(prefers-reduced-motion: reduce)').matches")
        .await;
    if motion == serde_json::json!(false) {
        assert_ne!(app.script(ANIMATION).await, "none", "the circle breathes");
        // A visible Stop holds it still, and it can start again.
        app.click("#breath-stop").await;
        assert_eq!(app.script(ANIMATION).await, "none", "stopped");
        app.click("#breath-start").await;
        assert_ne!(app.script(ANIMATION).await, "none", "breathing again");
    }
    // Ways to settle that don't use the breath.
    app.wait_text("#settle-ways", "feet").await;

    // Grounding, step by step, ends with "Done", back where the person came from.
    app.click("#calm-grounding").await;
    app.wait_view("grounding").await;
    for _ in 0..5 {
        assert_eq!(app.text("#grounding-next").await, string("learn.next"));
        app.click("#grounding-next").await;
    }
    assert_eq!(app.text("#grounding-next").await, string("learn.done"));
    // At the end: "Still not okay?", with my people and getting help.
    app.wait_text("#grounding-still", &string("learn.still_title"))
        .await;
    app.wait_visible("#grounding-still a[href='#/calm/people']")
        .await;
    app.wait_visible("#grounding-still a[href='#/learn/getting-help']")
        .await;
    app.click("#grounding-next").await;
    app.wait_view("calm").await;
    // Stop, at any step, leads back too.
    app.click("#calm-grounding").await;
    app.wait_view("grounding").await;
    app.click("#grounding-next").await;
    app.click("#grounding-stop").await;
    app.wait_view("calm").await;

    // The guide's pages are a tap away, and their "see also" links work.
    app.click("#view-calm a[href='#/learn/drop']").await;
    app.wait_view("page").await;
    app.wait_text("#page-title", "low").await;
    let links = app.all("#page-see-also a").await;
    assert!(!links.is_empty(), "the drop page shows its see-also links");
    app.click("#page-see-also a[href='#/learn/grounding']")
        .await;
    app.wait_text("#page-title", "grounding").await;
    app.finish().await;
}

#[tokio::test]
async fn my_people_added_while_unlocked_show_in_the_calm_space_and_hide_when_locked() {
    let app = App::launch("calm-people").await;
    first_run(&app).await;
    app.click("#home-calm").await;
    app.wait_view("calm").await;
    app.type_into("#person-name", "Sam").await;
    app.type_into("#person-number", "+44 7700 900123").await;
    app.click("#person-form button[type=submit]").await;
    app.wait_text("#calm-people-list", "Sam").await;
    assert!(app
        .text("#calm-people-list")
        .await
        .contains("+44 7700 900123"));
    app.screenshot("calm-with-people").await;

    lock_from_home(&app).await;
    app.click("#home-calm").await;
    app.wait_view("calm").await;
    app.wait_visible("#calm-people-locked").await;
    assert_eq!(
        app.text("#calm-people-list").await,
        "",
        "locked, no names stay in the page"
    );

    unlock(&app, PASSCODE).await;
    app.wait_view("home").await;
    app.click("#home-calm").await;
    app.wait_text("#calm-people-list", "Sam").await;
    app.finish().await;
}

#[tokio::test]
async fn under_reduced_motion_the_breathing_exercise_holds_still() {
    // GTK's "no animations" setting is what WebKitGTK reports as prefers-reduced-motion.
    let home = tempfile::tempdir().unwrap();
    let gtk = home.path().join(".config/gtk-3.0");
    std::fs::create_dir_all(&gtk).unwrap();
    std::fs::write(
        gtk.join("settings.ini"),
        "[Settings]\ngtk-enable-animations=false\n",
    )
    .unwrap();
    let app = App::start(
        "calm-still",
        Launch {
            home: Some(home.path().to_owned()),
            ..Launch::default()
        },
    )
    .await;
    first_run(&app).await;
    assert_eq!(
        app.script("return matchMedia('(prefers-reduced-motion: reduce)').matches")
            .await,
        serde_json::json!(true),
        "GTK without animations asks for reduced motion"
    );
    app.click("#home-calm").await;
    app.wait_view("calm").await;
    assert_eq!(app.script(ANIMATION).await, "none", "nothing moves");
    app.wait_visible("#breath-steps").await;
    app.screenshot("calm-reduced-motion").await;
    app.finish().await;
}

/// Someone marked "reachable without unlocking" shows in the calm space while locked, with a
/// way to reach them (on a desktop, their number to copy); someone not marked does not, and
/// no trace of them stays in the page.
#[tokio::test]
async fn a_person_marked_reachable_shows_in_the_calm_space_while_locked() {
    let app = App::launch("calm-reachable").await;
    first_run(&app).await;
    app.click("#home-calm").await;
    app.wait_view("calm").await;
    app.type_into("#person-name", "Robin").await;
    app.type_into("#person-number", "0800 11 22").await;
    app.click("#person-form button[type=submit]").await;
    app.wait_text("#calm-people-list", "Robin").await;
    app.type_into("#person-name", "Sam").await;
    app.type_into("#person-number", "+44 7700 900123").await;
    app.click("#person-reachable").await;
    assert!(
        app.text("#person-reachable-hint")
            .await
            .contains("anyone holding this device"),
        "the honest line is beside the choice"
    );
    app.click("#person-form button[type=submit]").await;
    app.wait_text("#calm-people-list", "Sam").await;
    app.screenshot("calm-reachable-unlocked").await;

    lock_from_home(&app).await;
    app.click("#home-calm").await;
    app.wait_view("calm").await;
    let shown = app
        .wait_text("#calm-people-reachable", "+44 7700 900123")
        .await;
    assert!(shown.contains("Sam"), "{shown}");
    app.wait_visible("#calm-people-reachable button").await;
    let page = app
        .script("return document.documentElement.outerHTML")
        .await;
    assert!(
        !page.as_str().unwrap().contains("Robin"),
        "someone not marked stays behind the passcode"
    );
    app.screenshot("calm-reachable-locked").await;
    app.finish().await;
}

/// The page's side of the breathing's vibration (issue 30 §3): with it chosen, the calm space
/// asks the device for one cue as the circle grows ("in") and one as it shrinks ("out"), and
/// Stop ends them. A desktop has no vibration, so its settings do not offer the choice: the
/// journey chooses it through the settings command and listens to the page's calls to the
/// shell; the vibration itself needs a phone (docs/mobile.md).
#[tokio::test]
async fn with_vibration_chosen_the_breathing_cues_in_then_out_and_stop_ends_them() {
    let app = App::launch("calm-vibration").await;
    first_run(&app).await;
    app.click(".more-nav a[href='#/settings']").await;
    app.wait_view("settings").await;
    assert_eq!(
        app.script("return document.getElementById('settings-haptic-breathing-row').hidden")
            .await,
        true,
        "not offered where nothing vibrates"
    );
    app.click("#view-settings [data-back]").await;
    app.wait_view("home").await;
    // Set-up: the choice, saved with the command a phone's Settings saves it with (the page's
    // modules are one script in the app, out of a journey's reach), the page started again so
    // that the settings it keeps are asked anew, and a listener on the page's calls.
    app.script_async(
        "const done = arguments[arguments.length - 1];
         const invoke = window.__TAURI__.core.invoke;
         invoke('settings')
           .then((now) => invoke('update_settings', { changes: { ...now, haptic_breathing: true } }))
           .then(() => done(null));",
    )
    .await;
    app.reload().await;
    app.script(
        "window.cues = [];
         // Each call reaches the shell as a request to `ipc://localhost/<command>`.
         const fetch = window.fetch;
         window.fetch = (url, init) => {
           if (String(url).endsWith('/breathing_cue')) window.cues.push(JSON.parse(init.body).cue);
           return fetch(url, init);
         };
         return null;",
    )
    .await;

    app.click("#home-calm").await;
    app.wait_view("calm").await;
    let cues = || app.script("return window.cues.join(' ')");
    let wait_for = |wanted: &'static str| async move {
        let start = std::time::Instant::now();
        loop {
            let seen = cues().await;
            if seen == wanted {
                return;
            }
            assert!(
                start.elapsed() < std::time::Duration::from_secs(15),
                "the cues were {seen}, never {wanted}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    };
    wait_for("in").await;
    wait_for("in out").await;
    app.click("#breath-stop").await;
    assert_eq!(
        app.script("return document.getElementById('calm-settle').classList.contains('vibrating')")
            .await,
        false,
        "Stop stops the vibration with the circle"
    );
    app.click("#breath-start").await;
    wait_for("in out in").await;
    app.finish().await;
}
