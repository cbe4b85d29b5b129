//! The keyboard, as a person uses it: WebDriver key actions (a key pressed and let go), not
//! scripted clicks or focus calls, and what has the focus after each key.

use std::time::{Duration, Instant};

use fantoccini::{
    actions::{InputSource, KeyAction, KeyActions},
    key::Key,
};

use crate::{App, PATIENCE};

/// Describes an element the same way every time: its id, or its tag with its text or name
/// (the ones a script makes have no id), and whether its focus can be seen.
const DESCRIBE: &str = r#"
window.__describe = (el) => {
  if (!el || el === document.body || el === document.documentElement) return 'body';
  if (el.id) return `#${el.id}`;
  const what = el.dataset.action || el.dataset.option || el.dataset.setting || el.dataset.yes || el.getAttribute('href')
    || el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30);
  return `${el.tagName.toLowerCase()}[${what}]`;
};
"#;

/// What has the focus, and whether a person can see it: an outline (or, for a radio drawn as
/// its label, the label's) at least 2 px wide, in a colour that is not transparent.
const FOCUSED: &str = r#"
const el = document.activeElement;
const shown = (node) => {
  const style = getComputedStyle(node);
  return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
};
let visible = false;
if (el && el !== document.body) {
  visible = shown(el) || (el.matches('input[type=radio], input[type=checkbox]') && el.labels && [...el.labels].some(shown));
}
const style = el ? getComputedStyle(el) : null;
const outline = style ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}, focus-visible: ${el.matches(':focus-visible')}, focus: ${el.matches(':focus')}, document focused: ${document.hasFocus()}` : '';
return { name: window.__describe(el), visible, outline, dialog: !!(el && el.closest('dialog[open]')) };
"#;

/// What the keyboard can reach on the screen showing, in the page's order: every visible,
/// enabled control (one radio a group, the one a Tab lands on), in the open dialog if there is
/// one; with `after`, only those after the focused element.
const REACHABLE: &str = r#"
const after = arguments[0];
const scope = document.querySelector('dialog[open]') || document.querySelector('.view:not([hidden])');
const all = scope.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
const groups = new Set();
const found = [];
for (const el of all) {
  if (el.disabled || !el.getClientRects().length || el.closest('[hidden], [inert]')) continue;
  if (getComputedStyle(el).visibility === 'hidden') continue;
  if (after && !(document.activeElement.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
  if (el.matches('input[type=radio]')) {
    if (groups.has(el.name)) continue;
    groups.add(el.name);
    const checked = scope.querySelector(`input[type=radio][name="${el.name}"]:checked`);
    found.push(window.__describe(checked || el));
    continue;
  }
  found.push(window.__describe(el));
}
return found;
"#;

/// Where the focus is after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Focus {
    /// The element, as `#id` or `tag[text]`; `body` when nothing has it.
    pub name: String,
    /// Whether its focus indicator can be seen.
    pub visible: bool,
    /// Whether it is inside an open dialog.
    pub in_dialog: bool,
    /// Its outline as the page computes it, to say why a focus could not be seen.
    pub outline: String,
}

impl App {
    /// Gives the app's window the keyboard focus, as a person's click on it or a window
    /// manager would (`xdotool`). Under Xvfb nothing else does, and a page in a window without
    /// focus has no `:focus` and draws no focus ring, whatever keys it is sent.
    pub async fn focus_window(&self) {
        let pid = self.app_pid().to_string();
        let start = Instant::now();
        loop {
            let xdotool = |args: &[&str]| {
                std::process::Command::new("xdotool")
                    .args(args)
                    .stderr(std::process::Stdio::null())
                    .output()
                    .expect("xdotool (package xdotool) is installed by cargo xtask test")
            };
            let found = xdotool(&["search", "--onlyvisible", "--pid", &pid]);
            for window in String::from_utf8_lossy(&found.stdout).split_whitespace() {
                xdotool(&["windowfocus", "--sync", window]);
            }
            if self.script("return document.hasFocus()").await == serde_json::json!(true) {
                return;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "[{}] the app's window never took the keyboard focus",
                self.journey
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Presses `key` and lets it go.
    pub async fn press(&self, key: Key) {
        self.press_char(key.into()).await;
    }

    async fn press_char(&self, value: char) {
        let before = self.keys_handled().await;
        let actions = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value })
            .then(KeyAction::Up { value });
        self.client
            .perform_actions(actions)
            .await
            .unwrap_or_else(|e| panic!("[{}] press {value:?}: {e}", self.journey));
        self.wait_keys_handled(before).await;
    }

    /// How many keys the page has finished with: a listener counts each key let go, in a task
    /// of its own queued after the key's handlers ran (and after what they queued first: a
    /// navigation, a dialog), so the count proves the key was handled.
    async fn keys_handled(&self) -> u64 {
        let counted = self
            .script(
                "if (window.__keysHandled === undefined) {
                   window.__keysHandled = 0;
                   window.addEventListener('keyup', () => setTimeout(() => { window.__keysHandled += 1; }, 0), true);
                 }
                 return window.__keysHandled;",
            )
            .await;
        counted.as_u64().unwrap_or_default()
    }

    /// Waits until the page has finished with a key let go after it had counted `before`.
    async fn wait_keys_handled(&self, before: u64) {
        let start = Instant::now();
        while self.keys_handled().await <= before {
            assert!(
                start.elapsed() < PATIENCE,
                "[{}] the page never finished with the key",
                self.journey
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Shift+Tab: back one control.
    pub async fn press_shift_tab(&self) {
        let before = self.keys_handled().await;
        let shift: char = Key::Shift.into();
        let tab: char = Key::Tab.into();
        let actions = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value: shift })
            .then(KeyAction::Down { value: tab })
            .then(KeyAction::Up { value: tab })
            .then(KeyAction::Up { value: shift });
        self.client
            .perform_actions(actions)
            .await
            .unwrap_or_else(|e| panic!("[{}] shift+tab: {e}", self.journey));
        self.wait_keys_handled(before).await;
    }

    /// Types `text` key by key into whatever has the focus.
    pub async fn type_keys(&self, text: &str) {
        crate::note_typed(text);
        let mut actions = KeyActions::new("keyboard".to_owned());
        for value in text.chars() {
            actions = actions
                .then(KeyAction::Down { value })
                .then(KeyAction::Up { value });
        }
        self.client
            .perform_actions(actions)
            .await
            .unwrap_or_else(|e| panic!("[{}] type {text:?}: {e}", self.journey));
    }

    /// What has the focus now.
    pub async fn focus(&self) -> Focus {
        self.script(&format!("{DESCRIBE}\nreturn null;")).await;
        let seen = self.script(FOCUSED).await;
        Focus {
            name: seen["name"].as_str().unwrap_or_default().to_owned(),
            visible: seen["visible"].as_bool().unwrap_or(false),
            in_dialog: seen["dialog"].as_bool().unwrap_or(false),
            outline: seen["outline"].as_str().unwrap_or_default().to_owned(),
        }
    }

    /// Waits until the focus is on `name` (as `Focus::name` gives it).
    pub async fn wait_focus(&self, name: &str) {
        let start = Instant::now();
        loop {
            let focus = self.focus().await;
            if focus.name == name {
                return;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "[{}] the focus never came to {name}; it is on {}",
                self.journey,
                focus.name
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Every control the keyboard should reach on the screen (or in the dialog) showing, in
    /// the page's order; with `after_focus`, only those after the one with the focus.
    pub async fn reachable(&self, after_focus: bool) -> Vec<String> {
        self.script(&format!("{DESCRIBE}\nreturn null;")).await;
        let found = self
            .client
            .execute(REACHABLE, vec![serde_json::json!(after_focus)])
            .await
            .unwrap_or_else(|e| panic!("[{}] list the controls: {e}", self.journey));
        serde_json::from_value(found).expect("a list of controls")
    }

    /// Presses Tab until the focus is on `name`, asserting that every control passed on the
    /// way shows its focus; returns them. Fails after `most` presses.
    pub async fn tab_to(&self, name: &str, most: usize) -> Vec<String> {
        let mut passed = Vec::new();
        for _ in 0..most {
            self.press(Key::Tab).await;
            let focus = self.focus().await;
            assert!(
                focus.visible || focus.name == "body",
                "[{}] the focus on {} cannot be seen (outline {})",
                self.journey,
                focus.name,
                focus.outline
            );
            passed.push(focus.name.clone());
            if focus.name == name {
                return passed;
            }
        }
        panic!(
            "[{}] {most} presses of Tab never reached {name}: {passed:?}",
            self.journey
        );
    }
}
