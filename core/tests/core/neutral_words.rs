//! What shows outside the app, on a lock screen, a panel or a task bar, reveals nothing, in
//! every language: the reminder wordings, the name reminders go out under, and the discreet
//! words the shortcuts to care use. Each language lists its revealing words in its own
//! `neutral-words.toml`; each is checked against its list and English's.

use std::{collections::BTreeSet, path::Path};

use aftercare_core::content::{Content, Locale};

fn repo_file(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("read {}: {e}", full.display()))
}

/// The words a language's notifications must never hold: its `neutral-words.toml`.
fn own_revealing_words(folder: &str) -> Vec<String> {
    let list: toml::Table = repo_file(&format!("{folder}/neutral-words.toml"))
        .parse()
        .unwrap_or_else(|e| panic!("{folder}/neutral-words.toml: {e}"));
    let words: Vec<String> = list["revealing"]
        .as_array()
        .unwrap_or_else(|| panic!("{folder}/neutral-words.toml has a `revealing` list"))
        .iter()
        .map(|w| w.as_str().unwrap().to_lowercase())
        .collect();
    assert!(words.len() >= 20, "{folder}: a real list");
    words
}

/// In every language: the reminder wordings (title, body and the three answers) and the name
/// reminders go out under hold none of that language's revealing words, nor English's.
#[test]
fn reminder_wordings_reveal_nothing_on_a_lock_screen() {
    for (folder, content) in languages() {
        let words = revealing_words_for(folder);
        let mut texts: Vec<(String, String)> = content
            .reminder_wordings
            .iter()
            .map(|w| {
                let a = &w.answers;
                let text = [&w.title, &w.body, &a.okay, &a.not_so_good, &a.later]
                    .map(|s| s.as_str())
                    .join(" ");
                (format!("wording {}", w.id), text)
            })
            .collect();
        // The name reminders go out under, and the window's and the tray's while discreet.
        let neutral = content
            .string("app.neutral_name")
            .expect("ui.ftl names the app neutrally");
        texts.push(("app-neutral_name".to_owned(), neutral.to_owned()));
        for (what, text) in texts {
            let lower = text.to_lowercase();
            for word in &words {
                assert!(
                    !lower.contains(word.as_str()),
                    "{folder}: {what} must not contain {word:?}: {text}"
                );
            }
        }
    }
}

/// A language's revealing words and English's.
fn revealing_words_for(folder: &str) -> Vec<String> {
    let mut words = own_revealing_words(folder);
    if folder != "content" {
        words.extend(own_revealing_words("content"));
    }
    words
}

/// Each language (not the pseudo ones, made from English), with its folder and its words.
fn languages() -> Vec<(&'static str, &'static Content)> {
    let all: Vec<_> = Locale::all()
        .iter()
        .filter(|l| !l.is_pseudo())
        .map(|l| (l.folder().unwrap(), l.content().unwrap()))
        .collect();
    assert!(all.len() >= 3, "English, Spanish and German at least");
    all
}

/// In every language: no care's discreet word (the tray's menu and the phone's shortcuts while
/// discretion is on) holds a revealing word, no two cares share one, and the rest of the
/// tray's menu while discreet holds none either.
#[test]
fn discreet_care_words_reveal_nothing_outside_the_app() {
    for (folder, content) in languages() {
        let words = revealing_words_for(folder);
        let mut seen = BTreeSet::new();
        for action in &content.actions {
            let word = action.discreet.to_lowercase();
            for revealing in &words {
                assert!(
                    !word.contains(revealing.as_str()),
                    "{folder}: action {}: its discreet word holds {revealing:?}",
                    action.id
                );
            }
            assert!(
                seen.insert(word.clone()),
                "{folder}: action {}: {word:?} is another care's discreet word too, so the two \
                 cannot be told apart",
                action.id
            );
        }
        for key in [
            "tray.open_discreet",
            "tray.quit",
            "tray.saved",
            "tray.not_saved",
        ] {
            let text = content
                .string(key)
                .unwrap_or_else(|| panic!("{folder}: ui.ftl has {key}"))
                .to_lowercase();
            for revealing in &words {
                assert!(
                    !text.contains(revealing.as_str()),
                    "{folder}: {key} holds {revealing:?}"
                );
            }
        }
    }
}
