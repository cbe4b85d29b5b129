//! Every screen at phone size, light and dark, saved under `target/e2e-shots/`, and the time
//! from launch to an interactive Home.

use std::time::Instant;

use aftercare_e2e::{App, Theme};

use crate::care::first_run;

const SCREENS: &[(&str, &str)] = &[
    ("home", "#/"),
    ("action", "#/action/cuddle"),
    ("check-in", "#/check-in"),
    ("journal", "#/journal"),
    ("entry", "#/journal/new"),
    ("history", "#/history"),
    ("learn", "#/learn"),
    ("page", "#/learn/drop"),
    ("grounding", "#/grounding"),
    ("settings", "#/settings"),
];

async fn every_screen(journey: &'static str, theme: Theme) {
    let launched = Instant::now();
    let app = App::launch_with(journey, theme).await;
    app.wait_view("welcome").await;
    eprintln!(
        "[{journey}] launch to an interactive first screen: {:?}",
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
    for (name, hash) in SCREENS {
        app.go(hash).await;
        app.wait_view(name).await;
        app.screenshot(name).await;
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
