//! The accessibility engine the journeys run inside the app: axe-core, from the npm package
//! that `cargo xtask test` installs with `npm ci` into `tests/axe/node_modules` (pinned by
//! `tests/axe/package-lock.json`; test-only, never part of `ui/`). It is injected through
//! WebDriver into the real page, under the app's own content security policy.

use std::path::PathBuf;

use crate::App;

/// The rules run: WCAG 2.0, 2.1 and 2.2, levels A and AA.
pub const TAGS: &[&str] = &["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/// Runs the engine over the page as it is and returns what it found. `done` is WebDriver's
/// callback for an asynchronous script.
const RUN: &str = r#"
const [tags, done] = arguments;
axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] })
  .then((r) => done({
    passes: r.passes.length,
    incomplete: r.incomplete.map((rule) => `${rule.id} (${rule.nodes.length})`),
    violations: r.violations.map((rule) => ({
      rule: rule.id,
      impact: rule.impact,
      help: rule.help,
      nodes: rule.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary || '').replace(/\s+/g, ' ')}`),
    })),
  }))
  .catch((error) => done({ error: String(error) }));
"#;

/// Visible words or names that are string keys (`home.title`) instead of words: a key the
/// strings file lacks comes out as the key itself.
const RAW_KEYS: &str = r#"
const key = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;
const found = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const text = walker.currentNode.textContent.trim();
  const parent = walker.currentNode.parentElement;
  if (text && key.test(text) && parent && parent.getClientRects().length) found.push(text);
}
for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
  for (const name of ['aria-label', 'placeholder', 'title']) {
    const value = (el.getAttribute(name) || '').trim();
    if (value && key.test(value)) found.push(`${name}=${value}`);
  }
}
return found;
"#;

/// How the screen is built for a screen reader: one visible `h1`, with words, naming the view
/// (its `aria-labelledby`), inside the `main` landmark; an open dialog named by its words.
const STRUCTURE: &str = r#"
const problems = [];
const view = document.querySelector('.view:not([hidden])');
const headings = [...document.querySelectorAll('h1')].filter((h) => h.getClientRects().length);
if (headings.length !== 1) problems.push(`${headings.length} visible h1 headings, not one`);
else if (!headings[0].textContent.trim()) problems.push('the h1 heading is empty');
if (!view || !view.closest('main')) problems.push('the view is not inside the main landmark');
else if (document.getElementById(view.getAttribute('aria-labelledby')) !== headings[0]) problems.push('the view is not named by its heading');
const dialog = document.querySelector('dialog[open]');
if (dialog) {
  const name = document.getElementById(dialog.getAttribute('aria-labelledby'));
  if (!name || !name.textContent.trim()) problems.push('the open dialog has no name');
}
return problems;
"#;

/// One rule broken on one screen, with the elements that break it.
#[derive(Debug, Clone)]
pub struct Violation {
    pub screen: String,
    pub rule: String,
    pub detail: serde_json::Value,
}

/// The engine's source, read once.
fn source() -> &'static str {
    static SOURCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SOURCE.get_or_init(|| {
        let path = axe_path();
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "axe-core is missing at {} ({e}): `cargo xtask test` installs it (npm ci in tests/axe)",
                path.display()
            )
        })
    })
}

fn axe_path() -> PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("axe/node_modules/axe-core/axe.min.js")
}

impl App {
    /// Runs axe-core over what is on screen now, prints the rules passed and broken under
    /// `screen`, and returns the broken ones; with two checks of our own as rules:
    /// `one-named-heading-in-main` and `raw-string-key` (a key shown instead of words).
    pub async fn axe(&self, screen: &str) -> Vec<Violation> {
        let loaded = self.script("return typeof window.axe === 'object'").await;
        if loaded != serde_json::json!(true) {
            self.script(&format!("{}\nreturn null;", source())).await;
        }
        let report = self
            .client
            .execute_async(RUN, vec![serde_json::json!(TAGS)])
            .await
            .unwrap_or_else(|e| panic!("[{}] axe.run on {screen}: {e}", self.journey));
        assert!(
            report.get("error").is_none(),
            "[{}] axe.run on {screen} failed: {}",
            self.journey,
            report["error"]
        );
        let mut found: Vec<Violation> = report["violations"]
            .as_array()
            .expect("axe's violations")
            .iter()
            .map(|v| Violation {
                screen: screen.to_owned(),
                rule: v["rule"].as_str().unwrap_or_default().to_owned(),
                detail: v.clone(),
            })
            .collect();
        let structure = self.script(STRUCTURE).await;
        if structure.as_array().is_some_and(|p| !p.is_empty()) {
            found.push(Violation {
                screen: screen.to_owned(),
                rule: "one-named-heading-in-main".to_owned(),
                detail: structure,
            });
        }
        let raw = self.script(RAW_KEYS).await;
        if raw.as_array().is_some_and(|keys| !keys.is_empty()) {
            found.push(Violation {
                screen: screen.to_owned(),
                rule: "raw-string-key".to_owned(),
                detail: raw,
            });
        }
        eprintln!(
            "[{}] axe {screen}: {} rules passed, {} violations{}{}",
            self.journey,
            report["passes"],
            found.len(),
            match report["incomplete"].as_array() {
                Some(rules) if !rules.is_empty() => format!(
                    "; for a person to review: {}",
                    rules
                        .iter()
                        .filter_map(|r| r.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                _ => String::new(),
            },
            found
                .iter()
                .map(|v| format!("\n    {}: {}", v.rule, v.detail))
                .collect::<String>()
        );
        found
    }
}

/// A home folder whose GTK settings turn animations off: WebKitGTK then reports
/// `prefers-reduced-motion: reduce`, the views skip their entry fade, and colours are read
/// settled rather than mid-fade.
pub fn still_home() -> tempfile::TempDir {
    let home = tempfile::Builder::new()
        .prefix("aftercare-home-")
        .tempdir()
        .expect("temporary home folder");
    let gtk = home.path().join(".config/gtk-3.0");
    std::fs::create_dir_all(&gtk).expect("the GTK settings folder");
    std::fs::write(
        gtk.join("settings.ini"),
        "[Settings]\ngtk-enable-animations=false\n",
    )
    .expect("GTK settings");
    home
}
