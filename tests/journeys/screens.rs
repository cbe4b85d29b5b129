//! Every screen in the app's own window (390 × 844), light and dark, saved under
//! `target/e2e-shots/`, and the time from launch to an interactive Home. The same walk at phone
//! sizes, measured, is `phone_size.rs`.

use std::time::Instant;

use aftercare_e2e::{App, Theme};

use crate::care::first_run;

pub(crate) const SCREENS: &[(&str, &str)] = &[
    ("home", "#/"),
    ("action", "#/action/cuddle"),
    ("check-in", "#/check-in"),
    ("check-in", "#/check-in/since"),
    ("remind", "#/remind"),
    ("card", "#/card"),
    ("before", "#/before"),
    ("their-cards", "#/their-cards"),
    ("their-card-add", "#/their-cards/add"),
    ("send", "#/send"),
    ("journal", "#/journal"),
    ("entry", "#/journal/new"),
    ("history", "#/history"),
    ("learn", "#/learn"),
    ("page", "#/learn/drop"),
    ("page", "#/learn/body-care"),
    ("grounding", "#/grounding"),
    ("calm", "#/calm"),
    ("about", "#/about"),
    ("settings", "#/settings"),
];

/// Lists the visible controls of the current screen that have no accessible name or are
/// smaller than 44×44 px.
const AUDIT: &str = r#"
const problems = [];
let checked = 0;
const controls = document.querySelectorAll('.view:not([hidden]) :is(button, a[href], input, select, textarea, label.scale-point, .check-row label)');
for (const el of controls) {
  const box = el.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) continue;
  if (el.matches('input[type=radio], input[type=checkbox]')) continue;
  checked += 1;
  const labelled = el.labels && [...el.labels].some((l) => l.textContent.trim());
  const name = (el.getAttribute('aria-label') || el.textContent || '').trim() || labelled || el.placeholder;
  if (!name) problems.push(`no name: ${el.outerHTML.slice(0, 80)}`);
  if (box.height < 44 || (box.width < 44 && !el.matches('input, textarea, select'))) {
    problems.push(`small (${Math.round(box.width)}x${Math.round(box.height)}): ${el.outerHTML.slice(0, 80)}`);
  }
}
return { problems, checked };
"#;

async fn every_screen(journey: &'static str, theme: Theme) {
    let launched = Instant::now();
    let app = App::launch_with(journey, theme).await;
    app.wait_view("welcome").await;
    let page_ms = app
        .script("return document.body.dataset.readyAfterMs")
        .await;
    eprintln!(
        "[{journey}] interactive {:?} after starting the driver; the page itself took {page_ms} ms",
        launched.elapsed()
    );
    let dark = app
        .script("return matchMedia('(prefers-color-scheme: dark)').matches")
        .await;
    assert_eq!(
        dark,
        serde_json::json!(theme == Theme::Dark),
        "the app follows the system theme"
    );
    app.screenshot("welcome").await;
    first_run(&app).await;
    let mut seen = std::collections::HashSet::new();
    for (name, hash) in SCREENS {
        app.go(hash).await;
        app.wait_view(name).await;
        // A view shown twice (two Learn pages) is kept under its address the second time.
        let shot = if seen.insert(*name) {
            (*name).to_owned()
        } else {
            hash.trim_start_matches("#/").replace('/', "-")
        };
        app.screenshot(&shot).await;
        let audit = app.script(AUDIT).await;
        assert!(
            audit["checked"].as_u64().unwrap() > 0,
            "{name}: the audit must see the screen's controls"
        );
        assert_eq!(
            audit["problems"],
            serde_json::json!([]),
            "{name}: controls without a name or under 44 px"
        );
    }
    app.go("#/").await;
    app.wait_view("home").await;
    app.click("#lock-button").await;
    app.go("#/unlock").await;
    app.wait_view("unlock").await;
    app.screenshot("unlock").await;
    app.finish().await;
}

#[tokio::test]
async fn every_screen_in_light() {
    every_screen("light", Theme::Light).await;
}

#[tokio::test]
async fn every_screen_in_dark() {
    every_screen("dark", Theme::Dark).await;
}

/// Settings speak of times in plain words: "1 minute" and "1 hour", never "1 minutes" or
/// "1 hours", in every list of durations.
#[tokio::test]
async fn settings_name_one_minute_and_one_hour_in_the_singular() {
    let app = App::launch("settings-words").await;
    first_run(&app).await;
    app.click("a[href='#/settings']").await;
    app.wait_view("settings").await;
    let mut words = Vec::new();
    for select in ["auto-lock", "window", "later"] {
        let options = app
            .script(&format!(
                "return [...document.querySelectorAll('#settings-{select} option')].map((o) => o.textContent);"
            ))
            .await;
        words.extend(
            options
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o.as_str().unwrap().to_owned()),
        );
    }
    assert!(words.contains(&"1 minute".to_owned()), "{words:?}");
    assert!(words.contains(&"1 hour".to_owned()), "{words:?}");
    assert!(words.contains(&"3 hours".to_owned()), "{words:?}");
    assert!(
        !words.iter().any(|w| w == "1 minutes" || w == "1 hours"),
        "{words:?}"
    );
    app.finish().await;
}
