//! The pseudo-languages of debug builds (issue 28): in `en-XA` every word the app says is
//! accented, longer and in brackets, so a word that escaped translation shows as plain text
//! outside them; every screen is walked at 320 px wide, and none has such a word nor reaches
//! past the window's edge. In `ar-XB`, the same right to left: Home and a card are laid out
//! from the right and stay within the window.

use aftercare_e2e::App;

use crate::care::first_run;

/// Every screen, by its address and its view.
pub const SCREENS: &[(&str, &str)] = &[
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
/// The language pickers name each language in its own words, on purpose; a `<time>` is written
/// by the page's `Intl` in the language's own way.
const ESCAPED: &str = r#"
const scope = document.querySelector('dialog[open]') || document.querySelector('.view:not([hidden])');
const shown = (el) => el.getClientRects().length && !el.closest('.visually-hidden, [hidden], svg, time, select[id$="-language"]')
  && getComputedStyle(el).visibility !== 'hidden';
// The visible text in document order (a Learn page's bold word is a node of its own inside
// its paragraph's brackets), every bracketed part taken out, innermost first.
const parts = [];
const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const text = node.textContent.trim();
  if (text && node.parentElement && shown(node.parentElement)) parts.push(text);
}
const texts = parts.length;
let left = parts.join(' ');
for (let before = null; before !== left;) {
  before = left;
  left = left.replace(/\[[^\[\]]*\]/g, ' ');
}
const escaped = (left.match(/[^\s\[\]]*\p{L}{2,}[^\s\[\]]*/gu) || []).slice(0, 8);
const width = document.documentElement.clientWidth;
const past = [...scope.querySelectorAll('*')].filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > width + 1)
  .slice(0, 4).map((el) => el.id || `${el.tagName}.${el.className}`);
return { escaped, texts, width, past, wide: document.documentElement.scrollWidth > width + 1 ? document.documentElement.scrollWidth : 0 };
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
            found.push(format!(
                "{screen}: {} px wide: {}",
                result["wide"], result["past"]
            ));
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
    app.go("#/").await; // set-up
    app.wait_view("home").await;
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
    // Home: the first tile of a row is its rightmost.
    let tiles = app
        .script(
            "const [a, b] = [...document.querySelectorAll('#action-tiles .tile')].map(t => t.getBoundingClientRect()); \
             return { sameRow: Math.abs(a.top - b.top) < 2, firstRight: a.right, secondRight: b.right, \
             wide: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1 }",
        )
        .await;
    assert_eq!(tiles["sameRow"], true, "two tiles a row at 320 px: {tiles}");
    assert!(
        tiles["firstRight"].as_f64() > tiles["secondRight"].as_f64(),
        "home: the first tile on the right: {tiles}"
    );
    assert_eq!(tiles["wide"], false, "home: within the window");
    app.screenshot("rtl-home").await;

    // A card: its Back button at the right, where a right-to-left reader starts.
    app.click(".tile[data-action='water']").await;
    app.wait_view("action").await;
    let card = app
        .script(
            "const back = document.querySelector('#view-action [data-back]').getBoundingClientRect(); \
             const width = document.documentElement.clientWidth; \
             return { backLeft: back.left, backRight: back.right, width, \
             wide: document.documentElement.scrollWidth > width + 1 }",
        )
        .await;
    let width = card["width"].as_f64().unwrap();
    assert!(
        card["backLeft"].as_f64().unwrap() > width / 2.0 - 1.0
            || card["backRight"].as_f64().unwrap() > width * 0.9,
        "card: Back sits at the right: {card}"
    );
    assert_eq!(card["wide"], false, "card: within the window");
    app.screenshot("rtl-card").await;
    app.finish().await;
}
