//! The pseudo-languages of debug builds (issue 28): in `en-XA` every word the app says is
//! accented, longer and in brackets, so a word that escaped translation shows as plain text
//! outside them; every screen is walked at 320 px wide, and none has such a word nor reaches
//! past the window's edge. In `ar-XB`, the same right to left: Home and a card are laid out
//! from the right and stay within the window.

use aftercare_e2e::App;

use crate::care::first_run;

/// Every screen, by its address and its view.
const SCREENS: &[(&str, &str)] = &[
    ("#/", "home"),
    ("#/action/cuddle", "action"),
    ("#/check-in", "check-in"),
    ("#/check-in/since", "check-in"),
    ("#/remind", "remind"),
    ("#/card", "card"),
    ("#/before", "before"),
    ("#/their-cards", "their-cards"),
    ("#/their-cards/add", "their-card-add"),
    ("#/send", "send"),
    ("#/journal", "journal"),
    ("#/journal/new", "entry"),
    ("#/history", "history"),
    ("#/insights", "insights"),
    ("#/learn", "learn"),
    ("#/learn/drop", "page"),
    ("#/grounding", "grounding"),
    ("#/calm", "calm"),
    ("#/about", "about"),
    ("#/settings", "settings"),
];

/// The visible words of the screen showing that are outside brackets (what is left of each
/// text once every bracketed part is taken out), and whether the page is wider than the window.
/// The language pickers name each language in its own words, on purpose.
const ESCAPED: &str = r#"
const scope = document.querySelector('dialog[open]') || document.querySelector('.view:not([hidden])');
const shown = (el) => el.getClientRects().length && !el.closest('.visually-hidden, [hidden], svg, select[id$="-language"]')
  && getComputedStyle(el).visibility !== 'hidden';
const escaped = [];
let texts = 0;
const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const text = node.textContent.trim();
  if (!text || !node.parentElement || !shown(node.parentElement)) continue;
  texts += 1;
  let left = text;
  for (let before = null; before !== left;) {
    before = left;
    left = left.replace(/\[[^\[\]]*\]/g, ' ');
  }
  if (/\p{L}{2,}/u.test(left.replace(/[\[\]]/g, ' '))) escaped.push(`${node.parentElement.id || node.parentElement.tagName}: ${text.slice(0, 60)}`);
}
const width = document.documentElement.clientWidth;
return { escaped, texts, width, wide: document.documentElement.scrollWidth > width + 1 ? document.documentElement.scrollWidth : 0 };
"#;

async fn choose_pseudo(app: &App, tag: &str) {
    app.wait_view("welcome").await;
    app.wait_visible("#welcome-language")
        .await
        .select_by_value(tag)
        .await
        .unwrap();
    app.click("#welcome-language-use").await;
    app.wait_text("#welcome-title", "[").await;
    assert_eq!(
        app.script("return document.documentElement.lang").await,
        tag
    );
}

#[tokio::test]
async fn in_the_pseudo_language_no_word_escapes_translation_and_nothing_overflows_at_320_px() {
    let app = App::launch("pseudo").await;
    app.client
        .set_window_size(320, 700)
        .await
        .expect("a window 320 px wide");
    choose_pseudo(&app, "en-XA").await;
    let mut found = Vec::new();
    let mut check = |screen: &str, result: serde_json::Value| {
        assert!(
            result["texts"].as_u64().unwrap() > 2,
            "{screen}: texts seen"
        );
        assert_eq!(result["width"], 320, "{screen}: a window 320 px wide");
        for word in result["escaped"].as_array().unwrap() {
            found.push(format!("{screen}: {}", word.as_str().unwrap()));
        }
        if result["wide"].as_u64().unwrap() > 0 {
            found.push(format!("{screen}: {} px wide", result["wide"]));
        }
    };
    check("welcome", app.script(ESCAPED).await);
    first_run(&app).await;
    // Something saved, so Home and the history have a moment to show.
    app.click(".tile[data-action='water']").await;
    app.wait_view("action").await;
    app.wait_text("#action-saved", "[").await;
    check("card, just tapped", app.script(ESCAPED).await);
    for (hash, view) in SCREENS {
        app.go(hash).await; // set-up: each screen in turn
        app.wait_view(view).await;
        check(hash, app.script(ESCAPED).await);
        app.screenshot(&format!("pseudo-{view}")).await;
    }
    app.click("#lock-button").await;
    app.go("#/unlock").await; // set-up
    app.wait_view("unlock").await;
    check("unlock", app.script(ESCAPED).await);
    assert!(found.is_empty(), "\n{}\n", found.join("\n"));
    app.finish().await;
}

#[tokio::test]
async fn right_to_left_home_and_a_card_are_laid_out_from_the_right() {
    let app = App::launch("pseudo-rtl").await;
    app.client
        .set_window_size(320, 700)
        .await
        .expect("a window 320 px wide");
    choose_pseudo(&app, "ar-XB").await;
    assert_eq!(
        app.script("return document.documentElement.dir").await,
        "rtl"
    );
    first_run(&app).await;
    app.click(".tile[data-action='water']").await;
    app.wait_view("action").await;
    for (screen, css) in [("card", "#action-title"), ("home", "#view-home .greeting")] {
        if screen == "home" {
            app.click("#view-action [data-back]").await;
            app.wait_view("home").await;
        }
        // The text starts at the right: its first line's box ends at the right of its view.
        let layout = app
            .script(&format!(
                "const el = document.querySelector('{css}'); const range = document.createRange(); \
                 range.selectNodeContents(el); const line = range.getClientRects()[0]; \
                 const view = el.closest('.view').getBoundingClientRect(); \
                 const style = getComputedStyle(el.closest('.view')); \
                 return {{ direction: getComputedStyle(el).direction, gapRight: Math.round(view.right - parseFloat(style.paddingRight) - line.right), \
                 wide: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1 }}"
            ))
            .await;
        assert_eq!(layout["direction"], "rtl", "{screen}");
        assert!(
            layout["gapRight"].as_f64().unwrap().abs() <= 2.0,
            "{screen}: text starts at the right: {layout}"
        );
        assert_eq!(layout["wide"], false, "{screen}: within the window");
        app.screenshot(&format!("rtl-{screen}")).await;
    }
    app.finish().await;
}
