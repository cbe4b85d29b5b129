//! Every screen at phone size (issue 30 §1): the screen walk again in a window 360 × 740 CSS px
//! and in one 320 × 568 (the narrowest phone in common use), light and dark, one launch each.
//! On each screen, measured from the page: no sideways scrolling, nothing cut off at the left
//! or right edge, every control at least 44 × 44 px, the screen's main action where a thumb
//! reaches (scrolled to, wholly in the window, its middle in the lower two thirds), and
//! axe-core's WCAG rules. On the long check-in, each place Tab puts the focus is scrolled into
//! view; and the stylesheet keeps clear of a phone's notch and home bar
//! (`env(safe-area-inset-*)`). Faults planted first show that the size checks can fail.
//! Screenshots are kept as `target/e2e-shots/phone-*.png`.

use aftercare_e2e::{
    axe::{still_home, Violation},
    App, Launch, Theme,
};
use fantoccini::key::Key;

use crate::{care::first_run, screens::SCREENS};

/// Screens with nothing to do but read (or, in the calm space, breathe along with a circle
/// that starts by itself): no main action is marked on them.
const READING: &[&str] = &["history", "learn", "page", "about", "calm"];

/// What is wrong at this size on the screen showing (or its open dialog). `arguments[0]`: a
/// main action is expected. Offenders are named by the start of their markup and their box.
const MEASURE: &str = r#"
const wantMain = arguments[0];
const scope = document.querySelector('dialog[open]') || document.querySelector('.view:not([hidden])');
const width = document.documentElement.clientWidth;
const height = window.innerHeight;
const problems = [];
const named = (el) => el.outerHTML.replace(/\s+/g, ' ').slice(0, 110);
const box = (r) => `${Math.round(r.width)}×${Math.round(r.height)} at x ${Math.round(r.left)}, y ${Math.round(r.top)}`;
const shown = (el) => el.getClientRects().length && !el.closest('.visually-hidden, [hidden]')
  && getComputedStyle(el).visibility !== 'hidden';
const words = (el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());

const wide = document.documentElement.scrollWidth;
if (wide > width) problems.push(`scrolls sideways: the page is ${wide} px wide in a ${width} px window`);

// Nothing cut off: no control and no box of words reaches past the left or right edge.
let measured = 0;
for (const el of document.body.querySelectorAll('*')) {
  if (el.closest('svg') || !(el.matches('a[href], button, input, select, textarea, label') || words(el))) continue;
  if (!shown(el)) continue;
  measured += 1;
  const r = el.getBoundingClientRect();
  if (r.left < -0.5 || r.right > width + 0.5) problems.push(`cut off (${box(r)}, window ${width} px): ${named(el)}`);
}

// Every control at least 44 × 44; a radio or check box is tapped through its label.
let controls = 0;
for (const el of scope.querySelectorAll('a[href], button, input, select, textarea, summary')) {
  if (!shown(el) && !el.matches('input[type=radio], input[type=checkbox]')) continue;
  let targets = [el];
  if (el.matches('input[type=radio], input[type=checkbox]')) {
    targets = [...(el.labels || [])].filter(shown);
    if (!targets.length && shown(el)) targets = [el];
  }
  for (const target of targets) {
    const r = target.getBoundingClientRect();
    if (!r.width && !r.height) continue;
    controls += 1;
    if (r.width < 44 - 0.01 || r.height < 44 - 0.01) problems.push(`under 44 × 44 (${box(r)}): ${named(target)}`);
  }
}

// The main action: scrolled to as a person scrolls to it (just far enough to see it whole),
// it is wholly inside the window, and its middle, where a thumb presses, is in the lower two
// thirds of it.
const mains = [...scope.querySelectorAll('[data-main-action]')].filter(shown);
let main = null;
if (mains.length > 1) problems.push(`${mains.length} main actions: ${mains.map(named).join(' | ')}`);
if (wantMain && !mains.length) problems.push('no main action shown (data-main-action)');
if (mains.length === 1) {
  // A group marked (Home's tiles, the reminder's presets) is reached through its first control.
  const control = mains[0].matches('a[href], button') ? mains[0] : [...mains[0].querySelectorAll('a[href], button')].find(shown);
  if (!control) problems.push(`a main action with no control in it: ${named(mains[0])}`);
  else mains[0] = control;
  mains[0].scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const r = mains[0].getBoundingClientRect();
  main = `${box(r)} in a window ${height} px tall`;
  if ((r.top + r.bottom) / 2 < height / 3 || r.top < -0.5 || r.bottom > height + 0.5) {
    problems.push(`main action outside the lower two thirds (${main}, its middle at y ${Math.round((r.top + r.bottom) / 2)}, the lower two thirds from y ${Math.round(height / 3)}): ${named(mains[0])}`);
  }
  window.scrollTo(0, 0);
}
return { problems, measured, controls, width, height, main };
"#;

/// Faults planted in the screen showing: a button 30 px square, a line of words 600 px wide,
/// and the main action moved to a button at the very top.
const PLANT: &str = r#"
const view = document.querySelector('.view:not([hidden])');
const real = view.querySelector('[data-main-action]');
real.removeAttribute('data-main-action');
real.dataset.wasMainAction = '';
const small = document.createElement('button');
small.id = 'planted-small';
small.textContent = 'x';
// Through the style object: the content security policy refuses inline style attributes.
Object.assign(small.style, { minWidth: '0', minHeight: '0', width: '30px', height: '30px', padding: '0' });
const wide = document.createElement('p');
wide.id = 'planted-wide';
wide.textContent = 'words on one line far wider than any phone';
Object.assign(wide.style, { width: '600px', whiteSpace: 'nowrap' });
const top = document.createElement('button');
top.id = 'planted-main';
top.textContent = 'Go';
top.dataset.mainAction = '';
view.prepend(top, small, wide);
return null;
"#;

const UNPLANT: &str = r#"
for (const id of ['planted-small', 'planted-wide', 'planted-main']) document.getElementById(id).remove();
const real = document.querySelector('[data-was-main-action]');
real.removeAttribute('data-was-main-action');
real.dataset.mainAction = '';
return null;
"#;

/// How the stylesheet keeps clear of a phone's notch, rounded corners and home bar. A window
/// on this machine has no such insets (`env(safe-area-inset-*)` is 0 here), so what can be
/// shown is that the rules ask for them: the app frame's padding on all four sides, every
/// element kept in sight while scrolling (sticky or fixed) on the edge it keeps to, and the
/// viewport laid out under the insets (`viewport-fit=cover`) so that they apply.
const SAFE_AREA: &str = r#"
const problems = [];
const viewport = document.querySelector('meta[name=viewport]');
if (!viewport || !/viewport-fit\s*=\s*cover/.test(viewport.content)) problems.push(`viewport without viewport-fit=cover: ${viewport && viewport.content}`);
const frame = document.getElementById('app');
const rules = [];
const walk = (list) => { for (const rule of list) { if (rule.cssRules) walk(rule.cssRules); if (rule.style) rules.push(rule); } };
for (const sheet of document.styleSheets) walk(sheet.cssRules);
for (const side of ['top', 'right', 'bottom', 'left']) {
  const declared = rules.filter((r) => r.selectorText && frame.matches(r.selectorText))
    .map((r) => r.style.getPropertyValue(`padding-${side}`)).filter(Boolean);
  if (!declared.some((v) => v.includes(`env(safe-area-inset-${side})`))) problems.push(`the app frame's padding-${side} ignores safe-area-inset-${side}: ${JSON.stringify(declared)}`);
}
let pinned = 0;
for (const rule of rules) {
  if (!['sticky', 'fixed'].includes(rule.style.getPropertyValue('position'))) continue;
  pinned += 1;
  for (const side of ['top', 'right', 'bottom', 'left']) {
    const value = rule.style.getPropertyValue(side);
    if (value && !value.includes(`env(safe-area-inset-${side})`)) problems.push(`${rule.selectorText} keeps ${side}: ${value} without safe-area-inset-${side}`);
  }
}
const padding = getComputedStyle(frame);
return { problems, pinned, padding: [padding.paddingTop, padding.paddingRight, padding.paddingBottom, padding.paddingLeft].join(' ') };
"#;

/// Where the focus is and whether its box (a radio's or check box's label, for one drawn as
/// its label) is wholly inside the window.
const FOCUS_IN_VIEW: &str = r#"
const el = document.activeElement;
const target = el.matches('input[type=radio], input[type=checkbox]') && el.labels && el.labels.length ? el.labels[0] : el;
const r = target.getBoundingClientRect();
return { id: el.id || el.outerHTML.slice(0, 80), top: Math.round(r.top), bottom: Math.round(r.bottom),
         inside: r.top >= -0.5 && r.bottom <= window.innerHeight + 0.5, height: window.innerHeight };
"#;

async fn measure(app: &App, main_wanted: bool) -> serde_json::Value {
    app.client
        .execute(MEASURE, vec![serde_json::json!(main_wanted)])
        .await
        .expect("the size checks run")
}

/// Sizes the window so that the page inside it is `width` × `height` CSS px.
async fn phone_window(app: &App, width: u32, height: u32) {
    let (mut w, mut h) = (width, height);
    for _ in 0..3 {
        app.client
            .set_window_size(w, h)
            .await
            .expect("the window resized");
        let (iw, ih) = settled_page_size(app, (u64::from(width), u64::from(height))).await;
        if (iw, ih) == (u64::from(width), u64::from(height)) {
            return;
        }
        // Whatever the window's frame takes, added back.
        w = (i64::from(w) + i64::from(width) - iw as i64) as u32;
        h = (i64::from(h) + i64::from(height) - ih as i64) as u32;
    }
    panic!("the page never became {width} × {height} CSS px");
}

/// The page's size once the window manager's resize has reached it: `wanted`, or the same size
/// read twice in a row 100 ms apart (a loaded machine can take a while to pass a resize on, and
/// reading too early once made the correction overshoot).
async fn settled_page_size(app: &App, wanted: (u64, u64)) -> (u64, u64) {
    let read = || async {
        let inner = app
            .script("return [document.documentElement.clientWidth, window.innerHeight]")
            .await;
        (inner[0].as_u64().unwrap(), inner[1].as_u64().unwrap())
    };
    let mut last = read().await;
    for _ in 0..20 {
        if last == wanted {
            return last;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        let now = read().await;
        if now == last {
            return now;
        }
        last = now;
    }
    last
}

/// Checks the screen showing; its problems and axe-core's go into `found`.
async fn check(app: &App, screen: &str, main_wanted: bool, found: &mut Vec<String>) {
    let seen = measure(app, main_wanted).await;
    eprintln!(
        "[phone] {screen}: {} boxes, {} controls at {}×{}, main action {}",
        seen["measured"], seen["controls"], seen["width"], seen["height"], seen["main"]
    );
    assert!(
        seen["controls"].as_u64().unwrap() > 0,
        "{screen}: the checks must see the screen's controls"
    );
    for problem in seen["problems"].as_array().unwrap() {
        found.push(format!("{screen}: {}", problem.as_str().unwrap()));
    }
    let violations: Vec<Violation> = app.axe(screen).await;
    found.extend(
        violations
            .iter()
            .map(|v| format!("{screen}: axe {}: {}", v.rule, v.detail)),
    );
    app.screenshot(&screen.replace(['/', ' ', ','], "-")).await;
}

/// The planted faults are each reported, by name and size, then taken away.
async fn planted_faults_are_caught(app: &App) {
    app.script(PLANT).await;
    let seen = measure(app, true).await;
    let problems: Vec<String> = serde_json::from_value(seen["problems"].clone()).unwrap();
    for (fault, id) in [
        ("scrolls sideways", ""),
        ("cut off", "planted-wide"),
        ("under 44 × 44 (30×30", "planted-small"),
        ("main action outside the lower two thirds", "planted-main"),
    ] {
        assert!(
            problems.iter().any(|p| p.contains(fault) && p.contains(id)),
            "the size checks must catch {fault} {id}: {problems:?}"
        );
    }
    app.script(UNPLANT).await;
}

/// Tab from the heading of the long check-in to its note at the foot, as a person would: each
/// place the focus lands is scrolled into the window.
async fn focus_scrolls_into_view(app: &App, found: &mut Vec<String>) {
    app.go("#/check-in").await;
    app.wait_view("check-in").await;
    app.wait_focus("#check-in-title").await;
    let below = app
        .script("return document.getElementById('check-in-note').getBoundingClientRect().top - window.innerHeight")
        .await;
    assert!(
        below.as_f64().unwrap() > 0.0,
        "the note starts below the window's foot ({below} px), so reaching it needs scrolling"
    );
    for _ in 0..80 {
        app.press(Key::Tab).await;
        let focus = app.script(FOCUS_IN_VIEW).await;
        if focus["inside"] != serde_json::json!(true) {
            found.push(format!(
                "check-in: the focus on {} is out of sight (y {}..{} in a window {} px tall)",
                focus["id"], focus["top"], focus["bottom"], focus["height"]
            ));
        }
        if focus["id"] == "check-in-note" {
            return;
        }
    }
    panic!("Tab never reached the check-in's note");
}

async fn every_screen_at(journey: &'static str, theme: Theme, width: u32, height: u32) {
    let home = still_home();
    let app = App::start(
        journey,
        Launch {
            theme,
            home: Some(home.path().to_owned()),
            ..Launch::default()
        },
    )
    .await;
    phone_window(&app, width, height).await;
    app.focus_window().await;
    let mut found = Vec::new();

    app.wait_view("welcome").await;
    planted_faults_are_caught(&app).await;
    let safe = app.script(SAFE_AREA).await;
    eprintln!(
        "[{journey}] safe areas: {} pinned rules; the frame's padding here {}",
        safe["pinned"], safe["padding"]
    );
    for problem in safe["problems"].as_array().unwrap() {
        found.push(format!("safe area: {}", problem.as_str().unwrap()));
    }
    check(&app, "welcome", true, &mut found).await;
    first_run(&app).await;
    // Something saved, so Home, history and the lists show what a person sees.
    app.click(".tile[data-action='water']").await;
    app.wait_view("action").await;
    app.wait_text("#action-saved", "Saved").await;
    let mut seen = std::collections::HashSet::new();
    for (name, hash) in SCREENS {
        app.go(hash).await;
        app.wait_view(name).await;
        let screen = if seen.insert(*name) {
            (*name).to_owned()
        } else {
            hash.trim_start_matches("#/").replace('/', "-")
        };
        check(&app, &screen, !READING.contains(name), &mut found).await;
    }
    // A dialog, over the screen: the one that asks before deleting a moment.
    app.go("#/history").await;
    app.wait_view("history").await;
    app.click("#history-list .moment-delete").await;
    app.wait_visible("#moment-delete-dialog").await;
    check(&app, "history, delete dialog", false, &mut found).await;
    app.click("#moment-delete-no").await;
    focus_scrolls_into_view(&app, &mut found).await;
    app.go("#/").await;
    app.wait_view("home").await;
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;
    check(&app, "home, locked", true, &mut found).await;
    app.go("#/unlock").await;
    app.wait_view("unlock").await;
    check(&app, "unlock", true, &mut found).await;
    app.click("#forgot-link").await;
    app.wait_view("start-again").await;
    check(&app, "start again", true, &mut found).await;
    app.finish().await;

    assert!(
        found.is_empty(),
        "[{journey}] at {width} × {height} CSS px:\n{}",
        found.join("\n")
    );
}

#[tokio::test]
async fn every_screen_fits_a_phone_360_by_740_in_light() {
    every_screen_at("phone-360-light", Theme::Light, 360, 740).await;
}

#[tokio::test]
async fn every_screen_fits_a_phone_360_by_740_in_dark() {
    every_screen_at("phone-360-dark", Theme::Dark, 360, 740).await;
}

#[tokio::test]
async fn every_screen_fits_the_narrowest_phone_320_by_568_in_light() {
    every_screen_at("phone-320-light", Theme::Light, 320, 568).await;
}

#[tokio::test]
async fn every_screen_fits_the_narrowest_phone_320_by_568_in_dark() {
    every_screen_at("phone-320-dark", Theme::Dark, 320, 568).await;
}
