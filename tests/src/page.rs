//! Driving the page as a person does: finding, clicking and typing, waiting on what it shows,
//! going back and forward, scripts for set-up, screenshots.

use std::{
    path::PathBuf,
    time::{Duration, Instant},
};

use fantoccini::{elements::Element, Locator};

use crate::{processes::native_window_titles, start::shots_dir, App, PATIENCE, REMINDER_PATIENCE};

impl App {
    /// Waits until an element matching `css` exists, and returns it. A look that the page's
    /// reload cut short (a language chosen reloads it; WebKit's driver then answers "Callback
    /// was not called before the unload event") is simply made again, within the same patience.
    pub async fn wait_for(&self, css: &str) -> Element {
        let start = Instant::now();
        loop {
            let left = PATIENCE.saturating_sub(start.elapsed());
            match self
                .client
                .wait()
                .at_most(left)
                .for_element(Locator::Css(css))
                .await
            {
                Ok(element) => return element,
                Err(e) if e.to_string().contains("unload event") && !left.is_zero() => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => panic!("[{}] `{css}` never appeared: {e}", self.journey),
            }
        }
    }

    /// Waits until `css` matches a displayed element.
    pub async fn wait_visible(&self, css: &str) -> Element {
        let start = Instant::now();
        loop {
            let element = self.wait_for(css).await;
            if element.is_displayed().await.unwrap_or(false) {
                return element;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "[{}] `{css}` exists but never became visible",
                self.journey
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Clicks the element matching `css` once it is visible.
    pub async fn click(&self, css: &str) {
        self.wait_visible(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("[{}] click {css}: {e}", self.journey));
    }

    /// Types into the field matching `css`, replacing what is there.
    pub async fn type_into(&self, css: &str, text: &str) {
        note_typed(text);
        let field = self.wait_visible(css).await;
        field.clear().await.unwrap();
        field
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("[{}] type into {css}: {e}", self.journey));
    }

    /// The visible text of the element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css).await.text().await.unwrap()
    }

    /// What the field matching `css` holds (its `value`, which its text does not show).
    pub async fn value(&self, css: &str) -> String {
        let field = self.wait_for(css).await;
        field.prop("value").await.unwrap().unwrap_or_default()
    }

    /// Waits until the element matching `css` shows text containing `wanted`.
    pub async fn wait_text(&self, css: &str, wanted: &str) -> String {
        self.wait_text_within(css, wanted, PATIENCE).await
    }

    /// Waits up to `patience` until the element matching `css` shows text containing `wanted`
    /// (for what comes only after a while, as the auto-lock does).
    pub async fn wait_text_within(&self, css: &str, wanted: &str, patience: Duration) -> String {
        let start = Instant::now();
        loop {
            // The page may draw the element again between finding and reading it (a list
            // redrawn after a save): then it is simply looked for again.
            let text = self.wait_for(css).await.text().await.unwrap_or_default();
            if text.contains(wanted) {
                return text;
            }
            assert!(
                start.elapsed() < patience,
                "[{}] `{css}` never showed {wanted:?}; it shows {text:?}",
                self.journey
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the screen named `view` (the `data-view` of the body) is showing.
    pub async fn wait_view(&self, view: &str) {
        self.wait_visible(&format!("#view-{view}")).await;
        let start = Instant::now();
        while self.script("return document.body.dataset.view").await != serde_json::json!(view) {
            assert!(
                start.elapsed() < PATIENCE,
                "[{}] never reached the {view} screen",
                self.journey
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The browser's Back, as a phone's back gesture is.
    pub async fn back(&self) {
        self.client.back().await.expect("back");
    }

    /// Back, then waits until the page has shown the screen Back led to (it notes the address
    /// of each screen it finished showing in `data-route`), and returns that screen's name.
    pub async fn back_to_the_next_screen(&self) -> String {
        let before = self.script("return location.href").await;
        self.back().await;
        let start = Instant::now();
        loop {
            let seen = self
                .script(
                    "return [location.href, location.hash || '#/', document.body.dataset.route, \
                     document.body.dataset.view]",
                )
                .await;
            if seen[0] != before && seen[1] == seen[2] {
                return seen[3].as_str().unwrap_or_default().to_owned();
            }
            assert!(
                start.elapsed() < PATIENCE,
                "[{}] Back led nowhere the page showed: {seen}",
                self.journey
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The reminder timer's file as the app last wrote it (`reminder-schedule` in the data
    /// folder, due minutes only); empty when there is none.
    pub fn schedule(&self) -> aftercare_core::reminders::Schedule {
        use aftercare_core::vault::{schedule_file, vouched, SCHEDULE_FILE};
        let Ok(bytes) = std::fs::read(self.data_dir().join(SCHEDULE_FILE)) else {
            return Default::default(); // none written: nothing pending
        };
        // The journey holds no key to check the envelope's tag with; the app checks it.
        let body = vouched::open(None, SCHEDULE_FILE, &bytes)
            .for_locked_use(false)
            .unwrap_or_else(|| panic!("[{}] the schedule's envelope is damaged", self.journey));
        schedule_file::decode(body).unwrap_or_else(|| {
            panic!(
                "[{}] the schedule file does not read as a schedule",
                self.journey
            )
        })
    }

    /// Waits until the reminder timer has nothing left to show: what was due is shown, and
    /// written down as such, so it cannot be shown again.
    pub async fn wait_until_no_reminder_is_pending(&self) {
        let start = Instant::now();
        loop {
            let schedule = self.schedule();
            if schedule.pending.is_empty() {
                return;
            }
            assert!(
                start.elapsed() < REMINDER_PATIENCE,
                "[{}] reminders still pending: {:?}",
                self.journey,
                schedule.pending
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The browser's Forward.
    pub async fn forward(&self) {
        self.client.forward().await.expect("forward");
    }

    /// Reloads the page and waits until it answers taps again.
    pub async fn reload(&self) {
        self.client.refresh().await.expect("reload");
        self.wait_for("body[data-ready='true']").await;
    }

    /// Goes to a screen by its address, as a link would.
    pub async fn go(&self, hash: &str) {
        self.script(&format!("location.hash = '{hash}'; return null"))
            .await;
    }

    /// Every element matching `css`.
    pub async fn all(&self, css: &str) -> Vec<Element> {
        self.client
            .find_all(Locator::Css(css))
            .await
            .expect("find_all")
    }

    /// Runs a script in the page and returns its value.
    pub async fn script(&self, js: &str) -> serde_json::Value {
        self.client
            .execute(js, vec![])
            .await
            .unwrap_or_else(|e| panic!("[{}] script failed: {e}", self.journey))
    }

    /// Runs an asynchronous script: it calls `arguments[arguments.length - 1]` with its result.
    pub async fn script_async(&self, js: &str) -> serde_json::Value {
        self.client
            .execute_async(js, vec![])
            .await
            .unwrap_or_else(|e| panic!("[{}] script failed: {e}", self.journey))
    }

    /// Waits until the app's native window is titled `wanted`, as the X server holds its name
    /// (`xwininfo`, from x11-utils): what a task bar, window switcher or screen share shows.
    /// The document's title is another thing (WebDriver's `title`).
    pub async fn wait_window_title(&self, wanted: &str) {
        let start = Instant::now();
        loop {
            let titles = native_window_titles();
            if titles.iter().any(|t| t == wanted) {
                return;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "[{}] the window was never titled {wanted:?}: {titles:?}",
                self.journey
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Saves a screenshot as `target/e2e-shots/<journey>-<name>.png`.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let png = self.client.screenshot().await.expect("screenshot");
        let dir = shots_dir();
        std::fs::create_dir_all(&dir).expect("create target/e2e-shots");
        let path = dir.join(format!("{}-{name}.png", self.journey));
        std::fs::write(&path, png).expect("write screenshot");
        path
    }
}

/// Notes `text` as typed into the app, for `cargo xtask journeys`, which then looks for it in
/// the journey's output (the app's and WebKit's included): nothing a person types belongs in a
/// log. One JSON string a line, in the file `AFTERCARE_E2E_TYPED` names.
pub fn note_typed(text: &str) {
    use std::io::Write;
    let Some(path) = std::env::var_os("AFTERCARE_E2E_TYPED") else {
        return;
    };
    let line = serde_json::to_string(text).expect("text is JSON") + "\n";
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut file| file.write_all(line.as_bytes()))
        .unwrap_or_else(|e| panic!("cannot note what was typed in {path:?}: {e}"));
}
