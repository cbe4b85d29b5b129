//! The keyboard alone: first run, a tap, a check-in, a journal entry and locking, with Tab,
//! Shift+Tab, Enter, Space and Escape only (WebDriver key actions), as someone who cannot use a
//! pointer would. The focus is always seen, follows the page's order, lands on the new
//! screen's heading, stays inside a dialog, and Escape loses nothing typed.

use aftercare_e2e::{axe::still_home, keys::Focus, App, Launch};
use fantoccini::key::Key;

use crate::care::PASSCODE;

/// From the focus (a screen's heading), Tab visits every control after it, in the page's
/// order, each with its focus in sight; `until` ends the walk early at that control.
async fn tab_through(app: &App, screen: &str, until: Option<&str>) {
    let mut expected = app.reachable(true).await;
    assert!(!expected.is_empty(), "{screen}: controls after the heading");
    if let Some(stop) = until {
        let at = expected
            .iter()
            .position(|c| c == stop)
            .unwrap_or_else(|| panic!("{screen}: {stop} is not reachable: {expected:?}"));
        expected.truncate(at + 1);
    }
    let last = expected.last().unwrap().clone();
    let passed = app.tab_to(&last, expected.len() + 2).await;
    assert_eq!(
        passed, expected,
        "{screen}: Tab goes through every control in the page's order"
    );
}

/// After moving to a screen, the focus is on its heading (what a screen reader reads first).
async fn focus_on_heading(app: &App, view: &str, heading: &str) {
    app.wait_view(view).await;
    app.wait_focus(heading).await;
}

#[tokio::test]
async fn first_run_a_tap_a_check_in_a_journal_entry_and_locking_by_keyboard_alone() {
    let home = still_home();
    let app = App::start(
        "keyboard",
        Launch {
            home: Some(home.path().to_owned()),
            ..Launch::default()
        },
    )
    .await;

    app.focus_window().await;

    // First run: the heading has the focus; Tab walks the form in order.
    focus_on_heading(&app, "welcome", "#welcome-title").await;
    tab_through(&app, "welcome", None).await;
    // Back to the passcode field with Shift+Tab, as a person would after reading on (past
    // "Restore from a backup", "Look around first" and "Create").
    for _ in 0..4 {
        app.press_shift_tab().await;
    }
    assert_eq!(app.focus().await.name, "#welcome-passcode");
    app.type_keys(PASSCODE).await;
    app.press(Key::Tab).await;
    assert_eq!(app.focus().await.name, "#welcome-confirm");
    app.type_keys(PASSCODE).await;
    app.press(Key::Enter).await;
    focus_on_heading(&app, "home", "#home-title").await;
    app.screenshot("home-focus").await;

    // Home: Escape goes nowhere; the controls in order up to Water; Enter taps it. (Once the
    // page finished with the key, a step Back would have changed the address.)
    let address = app.script("return location.href").await;
    app.press(Key::Escape).await;
    assert_eq!(app.script("return location.href").await, address);
    assert_eq!(
        app.script("return document.body.dataset.view").await,
        "home"
    );
    tab_through(&app, "home", Some("button[water]")).await;
    app.press(Key::Enter).await;
    focus_on_heading(&app, "action", "#action-title").await;
    app.wait_text("#action-saved", "Saved").await;
    // The back button sits before the heading: Shift+Tab reaches it.
    app.press_shift_tab().await;
    assert_eq!(app.focus().await.name, "button[Back to all actions]");
    tab_through(&app, "a care card", None).await;
    // Escape goes back, to the tile just used.
    app.press(Key::Escape).await;
    app.wait_view("home").await;
    app.wait_focus("button[water]").await;

    // Check-in: a company chip, a chip answer and a scale with Space, a note, Enter to save.
    tab_through(&app, "home, after Water", Some("a[#/check-in]")).await;
    app.press(Key::Enter).await;
    focus_on_heading(&app, "check-in", "#check-in-title").await;
    tab_through(&app, "check-in", Some("button[partner]")).await;
    app.press(Key::Space).await;
    assert_eq!(
        app.script(
            "return document.querySelector('[data-setting=partner]').getAttribute('aria-pressed')"
        )
        .await,
        "true",
        "Space presses a chip"
    );
    app.tab_to("button[tired]", 40).await;
    app.press(Key::Space).await;
    app.tab_to("#scale-body-1", 40).await;
    // Arrow keys choose within a radio group; Space picks the one with the focus.
    app.press(Key::Space).await;
    app.press(Key::Right).await;
    app.press(Key::Right).await;
    assert_eq!(
        app.script("return document.querySelector('input[name=scale-body]:checked').value")
            .await,
        "3",
        "arrows move along the scale"
    );
    app.tab_to("#check-in-note", 40).await;
    app.type_keys("Warm and sleepy").await;
    app.press(Key::Tab).await;
    assert_eq!(app.focus().await.name, "button[Save check-in]");
    app.press(Key::Enter).await;
    app.wait_text("#check-in-saved", "saved").await;
    app.screenshot("check-in-saved").await;

    // Journal: from Home's "More", write an entry with a prompt, save it with Enter.
    app.press(Key::Escape).await;
    app.wait_view("home").await;
    app.tab_to("a[#/journal]", 40).await;
    app.press(Key::Enter).await;
    focus_on_heading(&app, "journal", "#journal-title").await;
    app.tab_to("a[#/journal/new]", 5).await;
    app.press(Key::Enter).await;
    focus_on_heading(&app, "entry", "#entry-title").await;
    tab_through(&app, "a new entry", Some("#entry-body")).await;
    app.type_keys("The slow breakfast after").await;
    app.tab_to("button[Save]", 5).await;
    app.press(Key::Enter).await;
    focus_on_heading(&app, "journal", "#journal-title").await;
    app.wait_text("#journal-list", "breakfast").await;

    // Open it again, add words, then the delete dialog: the focus stays inside it, and
    // Escape closes it with the words still there, the focus back on Delete.
    let entry = app.reachable(true).await;
    let link = entry
        .iter()
        .find(|c| {
            c.strip_prefix("a[#/journal/")
                .is_some_and(|id| id.starts_with(|d: char| d.is_ascii_digit()))
        })
        .expect("the entry's link")
        .clone();
    app.tab_to(&link, 10).await;
    app.press(Key::Enter).await;
    focus_on_heading(&app, "entry", "#entry-title").await;
    app.tab_to("#entry-body", 10).await;
    app.press(Key::End).await;
    app.type_keys(", and the rain").await;
    app.tab_to("#entry-delete", 5).await;
    app.press(Key::Enter).await;
    app.wait_visible("#entry-delete-dialog").await;
    let opened = app.focus().await;
    assert!(opened.in_dialog, "the dialog takes the focus: {opened:?}");
    for _ in 0..4 {
        app.press(Key::Tab).await;
        let focus: Focus = app.focus().await;
        assert!(
            focus.in_dialog && focus.visible,
            "Tab stays inside the dialog, in sight: {focus:?}"
        );
    }
    app.screenshot("dialog").await;
    let address = app.script("return location.href").await;
    app.press(Key::Escape).await;
    assert_eq!(
        app.script("return document.getElementById('entry-delete-dialog').open")
            .await,
        false,
        "Escape closes the dialog"
    );
    assert_eq!(
        app.script("return location.href").await,
        address,
        "and leaves nothing"
    );
    assert_eq!(
        app.script("return document.body.dataset.view").await,
        "entry"
    );
    assert_eq!(
        app.value("#entry-body").await,
        "The slow breakfast after, and the rain",
        "Escape keeps what was typed"
    );
    app.wait_focus("#entry-delete").await;

    // Escape again leaves the editor, keeping the words as a draft.
    app.press(Key::Escape).await;
    focus_on_heading(&app, "journal", "#journal-title").await;
    app.press(Key::Escape).await;
    focus_on_heading(&app, "home", "#home-title").await;

    // Lock, with the keyboard.
    app.tab_to("#lock-button", 3).await;
    app.press(Key::Enter).await;
    app.wait_text("#moment-line", "Locked").await;
    let after = app.focus().await;
    assert!(
        after.name == "#unlock-link" && after.visible,
        "after locking, the focus moves to Unlock, which took the lock's place: {after:?}"
    );
    app.screenshot("locked").await;
    app.finish().await;
}
