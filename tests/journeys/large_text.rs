//! Large text on a narrow screen: text at 200 % (the root font size doubled, as a person's
//! text-size setting does; every size in the stylesheet is in rem) in a window 320 CSS px
//! wide. On every screen and dialog nothing reaches past the right edge, nothing is clipped,
//! and no two controls overlap. Screenshots are kept in `target/e2e-shots/`.

use aftercare_e2e::{axe::still_home, App, Launch};

use crate::care::PASSCODE;

/// What goes wrong at large sizes on the screen (or dialog) showing: the page wider than the
/// window, an element reaching outside it, text clipped by its box, controls on top of each
/// other.
const LAYOUT: &str = r#"
const scope = document.querySelector('dialog[open]') || document.querySelector('.view:not([hidden])');
const width = document.documentElement.clientWidth;
const problems = [];
const name = (el) => el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}.${el.className}[${el.textContent.trim().slice(0, 24)}]`;
const shown = (el) => el.getClientRects().length && !el.closest('.visually-hidden') && getComputedStyle(el).visibility !== 'hidden';
if (document.documentElement.scrollWidth > width + 1) {
  problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px window`);
}
for (const el of document.body.querySelectorAll('*')) {
  if (!el.getClientRects().length || el.closest('svg')) continue;
  const box = el.getBoundingClientRect();
  // Content spilling out of a control's box, visible or not (a word wider than its button).
  if (el.matches('button, a, label:not(.visually-hidden)') && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} is too narrow for its words`);
  if (box.right > width + 1 || box.left < -1) problems.push(`${name(el)} reaches past the edge (${Math.round(box.left)}..${Math.round(box.right)} of ${width})`);
}
let checked = 0;
for (const el of scope.querySelectorAll('*')) {
  if (!shown(el) || el.closest('svg')) continue;
  checked += 1;
  const style = getComputedStyle(el);
  const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
  if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) problems.push(`${name(el)} cuts off its content`);
}
// A menu's chosen words, measured in its own font, must fit beside its arrow.
for (const select of scope.querySelectorAll('select')) {
  if (!shown(select) || select.selectedIndex < 0) continue;
  const style = getComputedStyle(select);
  const probe = document.createElement('span');
  probe.textContent = select.options[select.selectedIndex].textContent;
  probe.style.font = style.font;
  probe.style.position = 'absolute';
  probe.style.whiteSpace = 'pre';
  document.body.append(probe);
  const needs = probe.getBoundingClientRect().width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  probe.remove();
  if (needs > select.clientWidth) problems.push(`${name(select)} cuts off "${probe.textContent}" (${Math.round(needs)} px in ${select.clientWidth})`);
}
const controls = [...scope.querySelectorAll('a[href], button, input:not([type=radio]):not([type=checkbox]), select, textarea, label.scale-point')].filter(shown);
for (let i = 0; i < controls.length; i += 1) {
  for (let j = i + 1; j < controls.length; j += 1) {
    const [a, b] = [controls[i], controls[j]];
    if (a.contains(b) || b.contains(a)) continue;
    const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
    const across = Math.min(p.right, q.right) - Math.max(p.left, q.left);
    const down = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
    if (across > 1 && down > 1) problems.push(`${name(a)} overlaps ${name(b)}`);
  }
}
return { problems, checked, controls: controls.length, width, fontSize: getComputedStyle(document.documentElement).fontSize };
"#;

/// Checks the screen (or dialog) showing, and keeps a screenshot of it.
async fn check(app: &App, screen: &str, found: &mut Vec<String>) {
    let layout = app.script(LAYOUT).await;
    eprintln!(
        "[large-text] {screen}: {} elements, {} controls, {} px wide, root text {}: {}",
        layout["checked"],
        layout["controls"],
        layout["width"],
        layout["fontSize"],
        layout["problems"]
    );
    assert!(
        layout["checked"].as_u64().unwrap() > 3,
        "{screen}: the check must see the screen"
    );
    for problem in layout["problems"].as_array().unwrap() {
        found.push(format!("{screen}: {}", problem.as_str().unwrap()));
    }
    app.screenshot(&screen.replace([' ', ',', '/'], "-")).await;
}

async fn go(app: &App, hash: &str, view: &str) {
    app.go(hash).await;
    app.wait_view(view).await;
}

#[tokio::test]
async fn at_200_percent_text_and_320_px_wide_nothing_is_cut_off_or_overlaps() {
    let home = still_home();
    let app = App::start(
        "large-text",
        Launch {
            home: Some(home.path().to_owned()),
            ..Launch::default()
        },
    )
    .await;
    app.client
        .set_window_size(320, 700)
        .await
        .expect("a window 320 px wide");
    let normal = app
        .script("return parseFloat(getComputedStyle(document.documentElement).fontSize)")
        .await
        .as_f64()
        .unwrap();
    app.script(&format!(
        "document.documentElement.style.fontSize = '{}px'; return null",
        normal * 2.0
    ))
    .await;
    assert_eq!(
        app.script("return document.documentElement.clientWidth")
            .await,
        320,
        "the page is 320 CSS px wide"
    );
    let mut found = Vec::new();

    app.wait_view("welcome").await;
    check(&app, "welcome", &mut found).await;
    app.type_into("#welcome-passcode", PASSCODE).await;
    app.type_into("#welcome-confirm", PASSCODE).await;
    app.click("#welcome-form button[type=submit]").await;
    app.wait_view("home").await;

    // Something saved, so the lists have rows.
    app.click(".tile[data-action='water']").await;
    app.wait_view("action").await;
    app.wait_text("#action-saved", "Saved").await;
    check(&app, "card, just tapped", &mut found).await;
    go(&app, "#/", "home").await;
    app.wait_text("#moment-line", "water").await;
    check(&app, "home", &mut found).await;
    go(&app, "#/check-in", "check-in").await;
    app.click("#check-in-settings [data-setting='casual']")
        .await;
    app.click(".question[data-question='felt-respected'] [data-option='not-really']")
        .await;
    app.click("label[for='scale-body-4']").await;
    app.type_into("#check-in-note", "Quiet, a bit far away")
        .await;
    check(&app, "check-in, filled", &mut found).await;
    app.click("#check-in-form button[type=submit]").await;
    app.wait_visible("#follow-ups-list a").await;
    check(&app, "check-in, follow-ups", &mut found).await;
    go(&app, "#/journal/new", "entry").await;
    app.type_into(
        "#entry-body",
        "The slow breakfast after, and the rain on the window",
    )
    .await;
    check(&app, "journal entry", &mut found).await;
    app.click("#entry-form button[type=submit]").await;
    app.wait_view("journal").await;
    app.wait_visible("#journal-list a").await;
    check(&app, "journal", &mut found).await;
    app.click("#journal-list a").await;
    app.wait_view("entry").await;
    app.click("#entry-delete").await;
    app.wait_visible("#entry-delete-dialog").await;
    check(&app, "journal, delete dialog", &mut found).await;
    app.click("#entry-delete-no").await;

    for (screen, hash, view) in [
        ("remind", "#/remind", "remind"),
        ("history", "#/history", "history"),
        ("my card", "#/card", "card"),
        ("before we start", "#/before", "before"),
        ("their cards", "#/their-cards", "their-cards"),
        ("add their card", "#/their-cards/add", "their-card-add"),
        ("send them a check-in", "#/send", "send"),
        ("learn", "#/learn", "learn"),
        ("learn page", "#/learn/drop", "page"),
        ("grounding", "#/grounding", "grounding"),
        ("calm", "#/calm", "calm"),
        ("about", "#/about", "about"),
        ("since then", "#/check-in/since", "check-in"),
        ("settings", "#/settings", "settings"),
    ] {
        go(&app, hash, view).await;
        check(&app, screen, &mut found).await;
    }
    go(&app, "#/history", "history").await;
    app.click("#history-list .moment-delete").await;
    app.wait_visible("#moment-delete-dialog").await;
    check(&app, "history, delete dialog", &mut found).await;
    app.click("#moment-delete-no").await;

    go(&app, "#/", "home").await;
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;
    check(&app, "home, locked", &mut found).await;
    go(&app, "#/unlock", "unlock").await;
    check(&app, "unlock", &mut found).await;
    app.click("#forgot-link").await;
    app.wait_view("start-again").await;
    check(&app, "forgot passcode", &mut found).await;
    app.finish().await;

    assert!(
        found.is_empty(),
        "at 200 % text, 320 px wide:\n{}",
        found.join("\n")
    );
}
